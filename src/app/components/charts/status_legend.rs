//! The legend of the status fills: a swatch and the translated label per status.

use super::labels::status_fill;
use crate::app::i18n::labels::status_label;
use crate::app::i18n::{use_lang, Msg};
use crate::stats::Status;
use yew::prelude::*;

/// The legend of the timeline's bar fills (needs [`super::status_fills::StatusFills`] on the page).
#[function_component(StatusLegend)]
pub fn status_legend() -> Html {
    let lang = use_lang();
    html! {
        <ul class="kv-legend" aria-label={Msg::Legend.text(lang)}>
            { for Status::ALL.iter().filter(|s| **s != Status::Unknown).map(|status| html! {
                <li key={status.as_str()} class="kv-legend__item">
                    <svg class="kv-legend__swatch" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                        <rect x="0.5" y="0.5" width="23" height="13" class="kv-bar" fill={status_fill(*status)} />
                    </svg>
                    { status_label(*status).text(lang) }
                </li>
            }) }
        </ul>
    }
}
