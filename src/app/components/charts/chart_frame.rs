//! The frame around every chart: a heading, the reference date, the chart itself, an
//! optional note, a CSV download of the chart's table, the chart as SVG and as PNG
//! (2×, with title, reference date, document count and credit) and a disclosure with
//! the table as HTML. The table is only put in the page while the disclosure is open,
//! so long tables cost nothing until asked for.

use super::data_table::DataTable;
use crate::app::i18n::{long_date, use_lang, Lang, Msg};
use crate::app::infra::download::{download_png, download_text, drawn_chart, DrawnChart};
use crate::app::selection::use_selection;
use crate::view::charts::image::{framed_svg, with_extension, ImageFrame};
use crate::view::charts::stats_table::StatsTable;
use crate::view::overdue::dated_file_name;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ChartFrame`].
#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// A page-unique id, used for the heading and the test hooks.
    pub id: AttrValue,
    /// The chart title.
    pub title: Msg<'static>,
    /// The numbers behind the chart (decimal points; localized here for display).
    pub table: Rc<StatsTable>,
    /// The name of the downloaded CSV file.
    pub file_name: AttrValue,
    /// A note under the chart (e.g. that not every group is drawn).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The chart.
    #[prop_or_default]
    pub children: Html,
}

/// A chart with its heading, table view and CSV download.
#[function_component(ChartFrame)]
pub fn chart_frame(props: &ChartFrameProps) -> Html {
    let lang = use_lang();
    let table_open = use_state(|| false);
    let failed = use_state(|| false);
    let heading_id = format!("{}-heading", props.id);
    let selection = use_selection();
    let reference = selection.reference;
    let document_count = selection.entries.len();

    let on_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            table_open.set(!*table_open);
        })
    };
    let on_download = {
        let table = props.table.clone();
        let file_name = dated_file_name(&props.file_name, reference);
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = download_text(&file_name, "text/csv;charset=utf-8", &table.to_csv());
            failed.set(outcome.is_err());
        })
    };
    let on_image = {
        let id = props.id.clone();
        let failed = failed.clone();
        let file_name = dated_file_name(&props.file_name, reference);
        let title = props.title.text(lang).into_owned();
        let frame = move |chart: &DrawnChart| ImageFrame {
            title: title.clone(),
            subtitle: Msg::ImageSubtitle {
                date: &long_date(reference, lang),
                count: document_count,
            }
            .text(lang)
            .into_owned(),
            background: chart.background.clone(),
            foreground: chart.foreground.clone(),
            font_family: chart.font_family.clone(),
        };
        Callback::from(move |as_png: bool| {
            let chart = match drawn_chart(&id) {
                Ok(chart) => chart,
                Err(_) => return failed.set(true),
            };
            let (svg, width, height) =
                framed_svg(&chart.svg, chart.width, chart.height, &frame(&chart));
            if as_png {
                let name = with_extension(&file_name, "png");
                let failed = failed.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    failed.set(download_png(&name, &svg, width, height).await.is_err());
                });
            } else {
                let name = with_extension(&file_name, "svg");
                failed.set(download_text(&name, "image/svg+xml", &svg).is_err());
            }
        })
    };
    let on_svg = on_image.reform(|_: MouseEvent| false);
    let on_png = on_image.reform(|_: MouseEvent| true);
    let shown_table = if *table_open {
        Rc::new(props.table.localized(lang == Lang::Nl))
    } else {
        Rc::new(StatsTable::default())
    };

    html! {
        <section class="kv-chart" id={props.id.clone()} aria-labelledby={heading_id.clone()}>
            <h3 class="kv-chart__title" id={heading_id}>{ props.title.text(lang) }</h3>
            <p class="kv-chart__reference">{ Msg::FiguresOn { date: &long_date(reference, lang) }.text(lang) }</p>
            <div class="kv-chart__body">{ props.children.clone() }</div>
            if let Some(note) = &props.note {
                <p class="kv-chart__note">{ note.clone() }</p>
            }
            <div class="kv-chart__actions">
                <button type="button" class="kv-button kv-button--secondary kv-chart__download"
                    onclick={on_download}>
                    { Msg::DownloadCsv.text(lang) }
                </button>
                <button type="button" class="kv-button kv-button--secondary kv-chart__svg"
                    onclick={on_svg}>
                    { Msg::DownloadSvg.text(lang) }
                </button>
                <button type="button" class="kv-button kv-button--secondary kv-chart__png"
                    onclick={on_png}>
                    { Msg::DownloadPng.text(lang) }
                </button>
                if *failed {
                    <span class="kv-chart__error" role="alert">{ Msg::DownloadFailed.text(lang) }</span>
                }
            </div>
            <details class="kv-chart__table" open={*table_open}>
                <summary onclick={on_toggle}>{ Msg::ShowTable.text(lang) }</summary>
                if *table_open {
                    <DataTable table={shown_table} caption={props.title.text(lang)} />
                }
            </details>
        </section>
    }
}
