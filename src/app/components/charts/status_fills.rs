//! The SVG fills of the six deadline statuses, defined once per page: a colour per
//! status (from CSS) and, so the statuses differ without colour too, a pattern:
//! plain for on time and late, stripes after a postponement, dots for open, and
//! cross-hatching for overdue. Bars use them with `fill="url(#kv-fill-<status>)"`.

use crate::stats::Status;
use yew::prelude::*;

/// The marks drawn over a status colour (an SVG path in a 8×8 tile), if any.
fn pattern_marks(status: Status) -> Option<&'static str> {
    match status {
        Status::OnTime | Status::Late | Status::Unknown => None,
        Status::OnTimeAfterPostponement => Some("M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4"),
        Status::Open => Some("M2,2 h1 v1 h-1 z M6,6 h1 v1 h-1 z"),
        Status::Overdue => Some("M0,0 l8,8 M8,0 l-8,8"),
    }
}

/// A zero-size SVG holding the status patterns; render it once on a page with bars.
#[function_component(StatusFills)]
pub fn status_fills() -> Html {
    html! {
        <svg class="kv-status-fills" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                { for Status::ALL.iter().map(|status| {
                    let name = status.as_str();
                    html! {
                        <pattern key={name} id={format!("kv-fill-{name}")} patternUnits="userSpaceOnUse"
                            width="8" height="8">
                            <rect class={format!("kv-fill-bg kv-fill-bg--{name}")} x="0" y="0" width="8" height="8" />
                            if let Some(marks) = pattern_marks(*status) {
                                <path class="kv-fill-mark" d={marks} />
                            }
                        </pattern>
                    }
                }) }
            </defs>
        </svg>
    }
}
