//! The statistics of a set of library entries (from their precomputed facts): key figures, the delay histogram,
//! the monthly trend of the median delay, and median delay and % on time per
//! ministry, party, answerer, topic, year and cabinet. Every figure comes from the
//! statistics core; every chart has a table view and a CSV download.

use crate::app::components::charts::chart_frame::ChartFrame;
use crate::app::components::charts::group_bars::{groups_note, GroupBars};
use crate::app::components::charts::histogram::DelayHistogram;
use crate::app::components::charts::monthly_trend::MonthlyTrend;
use crate::app::components::charts::summary_tiles::SummaryTiles;
use crate::app::components::reference_date::ReferenceDateControl;
use crate::app::i18n::labels::{
    column_label, filter_field_label, filter_value_label, grouping_label,
};
use crate::app::i18n::{long_date, use_lang, Lang, Msg};
use crate::app::infra::download::{download_text, drawn_chart};
use crate::app::selection::{use_selection, Shared};
use crate::model::Date;
use crate::stats::{
    aggregate_facts, histogram, monthly_series, DocumentFacts, Group, GroupBy, Histogram,
    HistogramOptions, SeriesPoint,
};
use crate::view::charts::image::{framed_svg, ImageFrame};
use crate::view::charts::stats_table::{largest_groups, order_groups, summary_tiles, StatsTable};
use crate::view::group_page::GroupPage;
use crate::view::library::{LibraryEntry, LibraryFilter};
use crate::view::overdue::dated_file_name;
use crate::view::report::{html_report, ReportChart, ReportParts};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`StatsView`].
#[derive(Properties, PartialEq)]
pub struct StatsViewProps {
    /// The entries to count (those that pass the current filters), with their facts.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
    /// The ministry or member page the view is part of (its title and groupings);
    /// `None` for the statistics view.
    #[prop_or_default]
    pub page: Option<GroupPage>,
}

/// The most groups a per-group chart draws (the table lists all).
pub const MAX_CHART_GROUPS: usize = 15;

/// The groupings shown, with their CSV file names.
const GROUPINGS: [(GroupBy, &str); 7] = [
    (GroupBy::Ministry, "per-ministerie"),
    (GroupBy::Party, "per-partij"),
    (GroupBy::Answerer, "per-bewindspersoon"),
    (GroupBy::Topic, "per-onderwerp"),
    (GroupBy::Year, "per-jaar"),
    (GroupBy::Cabinet, "per-kabinet"),
    (GroupBy::Submitter, "per-kamerlid"),
];

/// One per-group chart, ready to draw.
#[derive(PartialEq)]
struct GroupChart {
    by: GroupBy,
    title: Msg<'static>,
    file_name: &'static str,
    drawn: Rc<Vec<Group>>,
    hrefs: Rc<Vec<Option<String>>>,
    total_groups: usize,
    table: Rc<StatsTable>,
}

/// Everything the view shows, computed by the core from the documents.
#[derive(PartialEq)]
struct StatsData {
    total: Rc<Group>,
    histogram: Rc<Histogram>,
    histogram_table: Rc<StatsTable>,
    monthly: Rc<Vec<SeriesPoint>>,
    monthly_table: Rc<StatsTable>,
    groups: Vec<GroupChart>,
}

impl StatsData {
    fn new(
        entries: &[Rc<LibraryEntry>],
        reference: Date,
        page: Option<&GroupPage>,
        query: &str,
    ) -> StatsData {
        let facts: Vec<&DocumentFacts> = entries.iter().map(|e| &e.facts).collect();
        let total = aggregate_facts(facts.iter().copied(), None, reference).total;
        let histogram = histogram(facts.iter().copied(), HistogramOptions::default());
        let monthly = monthly_series(facts.iter().copied());
        let groups = GROUPINGS
            .iter()
            .filter(|(by, _)| page.is_none_or(|page| page.groupings().contains(by)))
            .map(|&(by, file_name)| {
                let report = aggregate_facts(facts.iter().copied(), Some(by), reference);
                let ordered = order_groups(report.groups, by);
                let drawn = largest_groups(&ordered, MAX_CHART_GROUPS);
                let hrefs = drawn
                    .iter()
                    .map(|group| {
                        GroupPage::for_group(by, &group.key, entries)
                            .filter(|_| page.is_none())
                            .map(|target| match query {
                                "" => format!("#{}", target.path()),
                                query => format!("#{}?{query}", target.path()),
                            })
                    })
                    .collect();
                GroupChart {
                    by,
                    title: grouping_label(by),
                    file_name,
                    hrefs: Rc::new(hrefs),
                    drawn: Rc::new(drawn),
                    total_groups: ordered.len(),
                    table: Rc::new(StatsTable::from_groups(&ordered)),
                }
            })
            .collect();
        StatsData {
            total: Rc::new(total),
            histogram_table: Rc::new(StatsTable::from_histogram(&histogram)),
            histogram: Rc::new(histogram),
            monthly_table: Rc::new(StatsTable::from_monthly_series(&monthly)),
            monthly: Rc::new(monthly),
            groups,
        }
    }
}

/// The parts of the HTML report: the figures of `data`, each chart as drawn on the
/// page (framed like its SVG download) with its table.
fn report_parts(
    data: &StatsData,
    entries: &[Rc<LibraryEntry>],
    reference: Date,
    heading: &str,
    filter: &LibraryFilter,
    lang: Lang,
) -> ReportParts {
    let date = long_date(reference, lang);
    let mut filter_words: Vec<String> = filter
        .selections
        .iter()
        .map(|(field, value)| {
            format!(
                "{}: {}",
                filter_field_label(*field).text(lang),
                filter_value_label(*field, value, lang)
            )
        })
        .collect();
    if !filter.query.trim().is_empty() {
        filter_words.insert(0, format!("\u{201c}{}\u{201d}", filter.query.trim()));
    }
    let filter_line = if filter_words.is_empty() {
        Msg::ReportNoFilter.text(lang).into_owned()
    } else {
        Msg::ReportFilter {
            words: &filter_words.join("; "),
        }
        .text(lang)
        .into_owned()
    };
    let subtitle = Msg::ImageSubtitle {
        date: &date,
        count: entries.len(),
    }
    .text(lang)
    .into_owned();
    let mut charts: Vec<(String, Msg<'static>, Rc<StatsTable>)> = vec![
        (
            "kv-chart-histogram".into(),
            Msg::ChartHistogram,
            data.histogram_table.clone(),
        ),
        (
            "kv-chart-trend".into(),
            Msg::ChartTrend,
            data.monthly_table.clone(),
        ),
    ];
    charts.extend(data.groups.iter().map(|chart| {
        (
            format!("kv-chart-{}", chart.by.as_str()),
            chart.title,
            chart.table.clone(),
        )
    }));
    let decimal_comma = lang == Lang::Nl;
    ReportParts {
        lang: lang.code().to_string(),
        title: heading.to_string(),
        lines: vec![subtitle.clone(), filter_line],
        tiles: summary_tiles(&data.total)
            .iter()
            .map(|tile| {
                (
                    column_label(tile.column).text(lang).into_owned(),
                    tile.display(decimal_comma),
                )
            })
            .collect(),
        charts: charts
            .into_iter()
            .filter_map(|(id, title, table)| {
                let chart = drawn_chart(&id).ok()?;
                let frame = ImageFrame {
                    title: title.text(lang).into_owned(),
                    subtitle: subtitle.clone(),
                    background: "#ffffff".into(),
                    foreground: "#111111".into(),
                    font_family: chart.font_family.clone(),
                };
                let (svg, _, _) = framed_svg(&chart.svg, chart.width, chart.height, &frame);
                let table = table.localized(decimal_comma);
                Some(ReportChart {
                    title: title.text(lang).into_owned(),
                    svg,
                    headers: table
                        .columns
                        .iter()
                        .map(|c| column_label(*c).text(lang).into_owned())
                        .collect(),
                    rows: table.rows,
                })
            })
            .collect(),
        sources_heading: Msg::ReportSources.text(lang).into_owned(),
        sources: entries
            .iter()
            .map(|e| e.source().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    }
}

/// Statistics of the given entries.
#[function_component(StatsView)]
pub fn stats_view(props: &StatsViewProps) -> Html {
    let lang = use_lang();
    let query = use_selection().filter.to_query();
    let data = use_memo(
        (
            props.entries.clone(),
            props.reference,
            props.page.clone(),
            query,
        ),
        |(entries, reference, page, query)| {
            StatsData::new(entries, *reference, page.as_ref(), query)
        },
    );
    let selection = use_selection();
    let report_failed = use_state(|| false);
    let on_report = {
        let data = data.clone();
        let entries = props.entries.clone();
        let reference = props.reference;
        let heading_text = match &props.page {
            Some(page) => page.title(&props.entries),
            None => Msg::StatsHeading.text(lang).into_owned(),
        };
        let filter = selection.filter.clone();
        let report_failed = report_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let parts = report_parts(&data, &entries, reference, &heading_text, &filter, lang);
            let name = dated_file_name("kamervragen-rapport.html", reference);
            report_failed.set(
                download_text(&name, "text/html;charset=utf-8", &html_report(&parts)).is_err(),
            );
        })
    };
    let heading = match &props.page {
        Some(page) => page.title(&props.entries),
        None => Msg::StatsHeading.text(lang).into_owned(),
    };

    if props.entries.is_empty() {
        return html! {
            <section class="kv-stats" aria-labelledby="kv-stats-heading">
                <h2 id="kv-stats-heading">{ heading.clone() }</h2>
                <ReferenceDateControl />
                <p class="kv-empty">{ Msg::StatsEmpty.text(lang) }</p>
            </section>
        };
    }

    html! {
        <section class="kv-stats" aria-labelledby="kv-stats-heading">
            <h2 id="kv-stats-heading">{ heading.clone() }</h2>
            <ReferenceDateControl />
            <div class="kv-chart__actions">
                <button type="button" class="kv-button kv-button--secondary" data-testid="html-report"
                    onclick={on_report}>{ Msg::DownloadReport.text(lang) }</button>
                if *report_failed {
                    <span class="kv-chart__error" role="alert">{ Msg::DownloadFailed.text(lang) }</span>
                }
            </div>
            <SummaryTiles total={data.total.clone()} />
            <div class="kv-chart-grid">
                <ChartFrame id="kv-chart-histogram" title={Msg::ChartHistogram}
                    table={data.histogram_table.clone()} file_name="kamervragen-antwoordtijd.csv">
                    <DelayHistogram histogram={data.histogram.clone()} />
                </ChartFrame>
                <ChartFrame id="kv-chart-trend" title={Msg::ChartTrend}
                    table={data.monthly_table.clone()} file_name="kamervragen-mediaan-per-maand.csv">
                    <MonthlyTrend points={data.monthly.clone()} />
                </ChartFrame>
            </div>
            { for data.groups.iter().map(|chart| html! {
                <ChartFrame key={chart.by.as_str()} id={format!("kv-chart-{}", chart.by.as_str())}
                    title={chart.title} table={chart.table.clone()}
                    file_name={format!("kamervragen-{}.csv", chart.file_name)}
                    note={groups_note(chart.drawn.len(), chart.total_groups, lang)}>
                    <GroupBars groups={chart.drawn.clone()} title={chart.title} hrefs={chart.hrefs.clone()} />
                </ChartFrame>
            }) }
        </section>
    }
}
