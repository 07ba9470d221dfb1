//! The timeline of a set of library entries (from their precomputed facts): all on one time axis, a bar per document
//! from submission to answer (open ones running to today) filled by status, above it
//! the submissions per week, zoomable to a range of years. Clicking a bar (or Enter
//! on it) opens the document. At most [`MAX_TIMELINE_BARS`] bars are drawn; a note
//! says so and the table lists every document.

use crate::app::components::charts::chart_frame::ChartFrame;
use crate::app::components::charts::status_fills::StatusFills;
use crate::app::components::charts::status_legend::StatusLegend;
use crate::app::components::charts::timeline_bars::TimelineBars;
use crate::app::components::charts::weekly_chart::WeeklyChart;
use crate::app::components::reference_date::ReferenceDateControl;
use crate::app::i18n::labels::status_label;
use crate::app::i18n::{use_lang, Msg};
use crate::app::selection::Shared;
use crate::model::Date;
use crate::stats::{
    collection_timeline_from_facts, weekly_series, SeriesPoint, Status, TimelineRow,
};
use crate::view::charts::layout::{
    rows_in_range, undated_count, year_bounds, YearRange, MAX_TIMELINE_BARS,
};
use crate::view::charts::stats_table::{Column, StatsTable};
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The entries to draw (those that pass the current filters), with their facts.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
}

/// The entries and their timeline rows, computed once per input.
#[derive(PartialEq)]
struct TimelineData {
    entries: Shared<Vec<Rc<LibraryEntry>>>,
    rows: Vec<TimelineRow>,
    bounds: Option<YearRange>,
    undated: usize,
}

impl TimelineData {
    fn new(entries: Shared<Vec<Rc<LibraryEntry>>>) -> TimelineData {
        let rows = collection_timeline_from_facts(entries.iter().map(|e| &e.facts));
        TimelineData {
            bounds: year_bounds(&rows),
            undated: undated_count(&rows),
            entries,
            rows,
        }
    }
}

/// What the current zoom shows.
#[derive(PartialEq)]
struct ZoomedView {
    drawn: Rc<Vec<TimelineRow>>,
    in_range: usize,
    weekly: Rc<Vec<SeriesPoint>>,
    table: Rc<StatsTable>,
}

impl ZoomedView {
    fn new(data: &TimelineData, range: YearRange) -> ZoomedView {
        let in_range = rows_in_range(&data.rows, range);
        let table =
            StatsTable::from_timeline(&in_range.iter().map(|r| (*r).clone()).collect::<Vec<_>>());
        let weekly = weekly_series(
            data.entries
                .iter()
                .map(|e| &e.facts)
                .filter(|f| f.submitted.is_some_and(|d| range.contains(d))),
        );
        ZoomedView {
            in_range: in_range.len(),
            drawn: Rc::new(
                in_range
                    .iter()
                    .take(MAX_TIMELINE_BARS)
                    .map(|r| (*r).clone())
                    .collect(),
            ),
            weekly: Rc::new(weekly),
            table: Rc::new(table),
        }
    }
}

/// The given entries on one time axis.
#[function_component(TimelineView)]
pub fn timeline_view(props: &TimelineViewProps) -> Html {
    let lang = use_lang();
    let data = use_memo(props.entries.clone(), |entries| {
        TimelineData::new(entries.clone())
    });
    let zoom = use_state(|| None::<YearRange>);
    let bounds = data.bounds;
    let range = zoom
        .filter(|z| bounds.is_some_and(|b| z.within(b)))
        .or(bounds);
    let view = {
        let data = data.clone();
        use_memo(
            (props.entries.clone(), props.reference, range),
            move |(_, _, range)| range.map(|range| ZoomedView::new(&data, range)),
        )
    };

    let heading = html! {
        <>
            <h2 id="kv-timeline-heading">{ Msg::TimelineHeading.text(lang) }</h2>
            <ReferenceDateControl />
        </>
    };
    let (Some(bounds), Some(range), Some(view)) = (bounds, range, view.as_ref()) else {
        return html! {
            <section class="kv-timeline" aria-labelledby="kv-timeline-heading">
                { heading }
                <p class="kv-empty">{ Msg::TimelineEmpty.text(lang) }</p>
            </section>
        };
    };

    let on_from = {
        let zoom = zoom.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(from) = select.value().parse::<i32>() {
                zoom.set(Some(YearRange::new(from, range.to.max(from))));
            }
        })
    };
    let on_to = {
        let zoom = zoom.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(to) = select.value().parse::<i32>() {
                zoom.set(Some(YearRange::new(range.from.min(to), to)));
            }
        })
    };
    let on_all = {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(None))
    };
    let year_options = |selected: i32| {
        bounds
            .years()
            .into_iter()
            .map(|year| {
                html! {
                    <option key={year} value={year.to_string()} selected={year == selected}>{ year }</option>
                }
            })
            .collect::<Html>()
    };

    let capped_note = (view.in_range > view.drawn.len()).then(|| {
        AttrValue::from(
            Msg::TimelineCapped {
                shown: view.drawn.len(),
                total: view.in_range,
            }
            .text(lang),
        )
    });
    let table = Rc::new(view.table.map_column(Column::Status, |name| {
        name.parse::<Status>()
            .map(|status| status_label(status).text(lang).into_owned())
            .unwrap_or_else(|_| name.to_string())
    }));

    html! {
        <section class="kv-timeline" aria-labelledby="kv-timeline-heading">
            { heading }
            <StatusFills />
            <fieldset class="kv-zoom">
                <legend>{ Msg::ZoomLabel.text(lang) }</legend>
                <label class="kv-zoom__field">
                    { Msg::FromYear.text(lang) }
                    <select class="kv-select" data-testid="zoom-from" onchange={on_from}>{ year_options(range.from) }</select>
                </label>
                <label class="kv-zoom__field">
                    { Msg::ToYear.text(lang) }
                    <select class="kv-select" data-testid="zoom-to" onchange={on_to}>{ year_options(range.to) }</select>
                </label>
                <button type="button" class="kv-button kv-button--secondary" onclick={on_all}
                    disabled={range == bounds}>{ Msg::AllYears.text(lang) }</button>
            </fieldset>
            <ChartFrame id="kv-chart-weekly" title={Msg::ChartWeekly}
                table={Rc::new(StatsTable::from_weekly_series(&view.weekly))}
                file_name="kamervragen-per-week.csv">
                <WeeklyChart points={view.weekly.clone()} {range} />
            </ChartFrame>
            <ChartFrame id="kv-chart-timeline" title={Msg::ChartTimeline} table={table}
                file_name="kamervragen-tijdlijn.csv" note={capped_note}>
                <StatusLegend />
                <TimelineBars rows={view.drawn.clone()} entries={props.entries.clone()}
                    {range} reference={props.reference} />
            </ChartFrame>
            if data.undated > 0 {
                <p class="kv-chart__note">{ Msg::TimelineUndated { count: data.undated }.text(lang) }</p>
            }
        </section>
    }
}
