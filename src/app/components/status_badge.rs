//! The deadline status as a badge: a shape and a word as well as a colour, so it is
//! readable without colour.

use crate::app::i18n::labels::status_label;
use crate::app::i18n::use_lang;
use crate::stats::Status;
use yew::prelude::*;

/// The shape shown before the label (decorative; the word carries the meaning).
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::OnTime => "✓",
        Status::OnTimeAfterPostponement => "◔",
        Status::Late => "✕",
        Status::Open => "○",
        Status::Overdue => "▲",
        Status::Unknown => "?",
    }
}

/// Properties of [`StatusBadge`].
#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    /// The status to show.
    pub status: Status,
}

/// A status badge: icon + word, coloured by a CSS class per status.
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let lang = use_lang();
    let class = format!("kv-status kv-status--{}", props.status.as_str());
    html! {
        <span class={class} data-status={props.status.as_str()}>
            <span class="kv-status__icon" aria-hidden="true">{ status_icon(props.status) }</span>
            <span class="kv-status__label">{ status_label(props.status).text(lang) }</span>
        </span>
    }
}
