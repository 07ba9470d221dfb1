//! A small SVG bar: the delay (or the time open so far) against the answer term,
//! with a tick at the term. Colours come from CSS classes per status.

use crate::app::i18n::{use_lang, Msg};
use crate::stats::Status;
use crate::view::charts::DayScale;
use yew::prelude::*;

/// Properties of [`DelayBar`].
#[derive(Properties, PartialEq)]
pub struct DelayBarProps {
    /// Days to the answer, or days open so far.
    pub days: i64,
    /// The term: 21, or 42 after a postponement notice.
    pub term: i64,
    /// The status (for the colour).
    pub status: Status,
}

/// Width of the bar in pixels.
const WIDTH: f64 = 240.0;

/// The delay against the term as a bar.
#[function_component(DelayBar)]
pub fn delay_bar(props: &DelayBarProps) -> Html {
    let lang = use_lang();
    let scale = DayScale::fitting(&[props.days, props.term, 21], WIDTH);
    let fill = scale.x(props.days);
    let term_x = scale.x(props.term);
    let label = Msg::DelayBarLabel {
        days: props.days,
        term: props.term,
    }
    .text(lang);
    html! {
        <svg class="kv-delay-bar" width={WIDTH.to_string()} height="16" viewBox={format!("0 0 {WIDTH} 16")}
            role="img" aria-label={label.clone()}>
            <title>{ label }</title>
            <rect class="kv-delay-bar__track" x="0" y="3" width={WIDTH.to_string()} height="10" rx="3" />
            <rect class={format!("kv-delay-bar__fill kv-fill--{}", props.status.as_str())}
                x="0" y="3" width={format!("{fill:.1}")} height="10" rx="3" />
            <line class="kv-delay-bar__term" x1={format!("{term_x:.1}")} x2={format!("{term_x:.1}")} y1="0" y2="16" />
        </svg>
    }
}
