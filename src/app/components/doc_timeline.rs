//! The document's own timeline as SVG: submitted → 21-day term → notice → 42-day
//! term → answered (or today), each event with its date, from the statistics core's
//! per-document timeline.

use crate::app::i18n::labels::event_label;
use crate::app::i18n::{long_date, use_lang, Msg};
use crate::model::{Date, Kamervraag};
use crate::stats::{document_timeline, EventKind};
use crate::view::charts::DayScale;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DocTimeline`].
#[derive(Properties, PartialEq)]
pub struct DocTimelineProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// Today, for unanswered documents.
    pub today: Date,
}

fn event_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Submitted => "kv-ev--submitted",
        EventKind::Deadline21 | EventKind::Deadline42 => "kv-ev--deadline",
        EventKind::Notice => "kv-ev--notice",
        EventKind::Answered => "kv-ev--answered",
        EventKind::Today => "kv-ev--today",
    }
}

const WIDTH: f64 = 640.0;
const LEFT: f64 = 12.0;
const ROW: f64 = 22.0;

/// The timeline of one document, with a list of the same events for screen readers.
#[function_component(DocTimeline)]
pub fn doc_timeline(props: &DocTimelineProps) -> Html {
    let lang = use_lang();
    let events = document_timeline(&props.doc, props.today);
    if events.is_empty() || props.doc.submitted.is_none() {
        return html! {};
    }
    let days: Vec<i64> = events
        .iter()
        .filter_map(|e| e.days_since_submission)
        .collect();
    let scale = DayScale::fitting(&days, WIDTH - 2.0 * LEFT);
    let end_x = LEFT + days.iter().copied().max().map_or(0.0, |d| scale.x(d));
    let axis_y = 20.0;
    let height = axis_y + 16.0 + ROW * events.len() as f64;
    html! {
        <figure class="kv-doc-timeline" data-testid="doc-timeline">
            <svg class="kv-doc-timeline__svg" width={WIDTH.to_string()} height={height.to_string()}
                viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                aria-label={Msg::DocTimeline.text(lang)}>
                <line class="kv-doc-timeline__axis" x1={LEFT.to_string()} x2={end_x.to_string()}
                    y1={axis_y.to_string()} y2={axis_y.to_string()} />
                { for events.iter().enumerate().map(|(i, event)| {
                    let x = LEFT + scale.x(event.days_since_submission.unwrap_or(0));
                    let label_y = axis_y + 16.0 + ROW * i as f64 + 4.0;
                    let anchor = if x > WIDTH * 0.6 { "end" } else { "start" };
                    let text_x = if anchor == "end" { x - 6.0 } else { x + 6.0 };
                    html! {
                        <g key={format!("{i}")} class={classes!("kv-ev", event_class(event.kind))}>
                            <line class="kv-ev__stem" x1={format!("{x:.1}")} x2={format!("{x:.1}")}
                                y1={(axis_y - 8.0).to_string()} y2={label_y.to_string()} />
                            <circle class="kv-ev__dot" cx={format!("{x:.1}")} cy={axis_y.to_string()} r="5" />
                            <text class="kv-ev__label" x={format!("{text_x:.1}")} y={(label_y + 4.0).to_string()}
                                text-anchor={anchor}>
                                { format!("{} · {}", event_label(event.kind).text(lang), long_date(event.date, lang)) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="kv-visually-hidden">
                <ol>
                    { for events.iter().enumerate().map(|(i, event)| html! {
                        <li key={format!("{i}")}>{ format!("{}: {}", event_label(event.kind).text(lang), long_date(event.date, lang)) }</li>
                    }) }
                </ol>
            </figcaption>
        </figure>
    }
}
