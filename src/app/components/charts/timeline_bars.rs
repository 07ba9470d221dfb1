//! The collection timeline: one bar per document from submission to answer (open
//! documents run to the reference date), filled by status, on a year axis. Each bar
//! is a link to the document: focusable, named for screen readers, opened with a
//! click or Enter through the router. Inside an embedded viewer ([`BarLinks`] given)
//! a bar leads only where the embed can follow: the iframe mode's document view, or
//! nowhere.

use super::labels::status_fill;
use crate::app::i18n::labels::status_label;
use crate::app::i18n::{use_lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, use_go, use_selection, Destination, Shared};
use crate::model::Date;
use crate::stats::TimelineRow;
use crate::view::charts::layout::{timeline_row_height, TimeScale, YearRange};
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// The width of the timeline's SVG coordinate system.
pub const VIEW_WIDTH: f64 = 960.0;
/// Where the time axis starts (room for value labels on the left).
pub const AXIS_LEFT: f64 = 40.0;
/// The length of the time axis.
pub const AXIS_WIDTH: f64 = 904.0;
const TOP: f64 = 26.0;

/// Where the bars lead inside an embedded viewer, provided as a context by the
/// viewer: the iframe mode's address of the document view, or `None` (the element
/// shows one view only) for bars that are not links.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLinks {
    /// The address of the document view, if the embed can show it.
    pub document: Option<AttrValue>,
}

/// Properties of [`TimelineBars`].
#[derive(Properties, PartialEq)]
pub struct TimelineBarsProps {
    /// The rows to draw (already zoomed and capped), in order.
    pub rows: Rc<Vec<TimelineRow>>,
    /// All entries; a row's `index` points into this list.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The years on the axis.
    pub range: YearRange,
    /// The reference date ("today").
    pub reference: Date,
}

/// One bar per document on a shared time axis.
#[function_component(TimelineBars)]
pub fn timeline_bars(props: &TimelineBarsProps) -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let go = use_go();
    let embedded = use_context::<BarLinks>();
    let Some(scale) = TimeScale::for_years(props.range, AXIS_LEFT, AXIS_WIDTH) else {
        return Html::default();
    };
    let row_height = timeline_row_height(props.rows.len());
    let bar_height = (row_height - 2.0).max(2.0);
    let bottom = TOP + row_height * props.rows.len() as f64;
    let height = bottom + 20.0;
    let ticks = scale.ticks();
    let today = props
        .range
        .contains(props.reference)
        .then(|| scale.x(props.reference));
    let description = Msg::ChartTimelineDescription.text(lang);

    let open = {
        let filter = selection.filter.clone();
        move |id: String| {
            go.emit(Destination {
                route: Route::Document { id },
                filter: filter.clone(),
                replace: false,
            })
        }
    };

    html! {
        <svg class="kv-svg kv-timeline-bars" viewBox={format!("0 0 {VIEW_WIDTH} {height}")}
            role="group" aria-label={description} data-bars={props.rows.len().to_string()}>
            <title>{ Msg::ChartTimeline.text(lang) }</title>
            { for ticks.iter().enumerate().map(|(i, tick)| html! {
                <g key={i} class="kv-grid">
                    <line class="kv-grid__line" x1={tick.position.to_string()} x2={tick.position.to_string()}
                        y1={(TOP - 6.0).to_string()} y2={bottom.to_string()} />
                    <text class="kv-axis-label" x={(tick.position + 3.0).to_string()} y={(TOP - 10.0).to_string()}>
                        { tick.label.clone() }
                    </text>
                </g>
            }) }
            { for props.rows.iter().enumerate().map(|(i, row)| {
                let Some(start) = row.start else { return Html::default() };
                let Some((x, width)) = scale.span(start, row.end, 2.0) else { return Html::default() };
                let y = TOP + row_height * i as f64 + 1.0;
                let key = props.entries.get(row.index).map(|e| e.key.clone()).filter(|k| !k.is_empty());
                let name = key.clone().unwrap_or_else(|| Msg::NoId.text(lang).to_string());
                let end_words = if row.end_is_reference { Msg::BarStillOpen } else { Msg::BarAnswered };
                let label = format!(
                    "{name}: {} {start}, {} {}, {}",
                    Msg::BarSubmitted.text(lang),
                    end_words.text(lang),
                    row.end,
                    status_label(row.status).text(lang),
                );
                let classes = classes!(
                    "kv-bar",
                    format!("kv-bar--{}", row.status.as_str()),
                    row.end_is_reference.then_some("kv-bar--running"),
                );
                let rect = html! {
                    <rect class={classes} x={x.to_string()} y={y.to_string()} width={width.to_string()}
                        height={bar_height.to_string()} fill={status_fill(row.status)}>
                        <title>{ label.clone() }</title>
                    </rect>
                };
                match (key, &embedded) {
                    (Some(_), Some(BarLinks { document: Some(link) })) => html! {
                        <a key={format!("{}-{}", row.index, i)} class="kv-bar-link" href={link.clone()}
                            aria-label={label}>
                            { rect }
                        </a>
                    },
                    (Some(id), None) => {
                        let link = href(&Route::Document { id: id.clone() }, &selection.filter);
                        let onclick = {
                            let open = open.clone();
                            let id = id.clone();
                            Callback::from(move |event: MouseEvent| {
                                event.prevent_default();
                                open(id.clone());
                            })
                        };
                        let onkeydown = {
                            let open = open.clone();
                            Callback::from(move |event: KeyboardEvent| {
                                if event.key() == "Enter" {
                                    event.prevent_default();
                                    open(id.clone());
                                }
                            })
                        };
                        html! {
                            <a key={format!("{}-{}", row.index, i)} class="kv-bar-link" href={link}
                                aria-label={label} {onclick} {onkeydown}>
                                { rect }
                            </a>
                        }
                    }
                    _ => html! { <g key={format!("{}-{}", row.index, i)}>{ rect }</g> },
                }
            }) }
            if let Some(x) = today {
                <g class="kv-today">
                    <line class="kv-today__line" x1={x.to_string()} x2={x.to_string()}
                        y1={(TOP - 6.0).to_string()} y2={(bottom + 2.0).to_string()} />
                    <text class="kv-today__label" x={x.to_string()} y={(bottom + 14.0).to_string()}
                        text-anchor="middle">{ Msg::Today.text(lang) }</text>
                </g>
            }
        </svg>
    }
}
