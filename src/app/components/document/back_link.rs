//! The link back to the library, keeping the current filter.

use crate::app::i18n::{use_lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, use_selection};
use yew::prelude::*;

/// `← Terug naar de bibliotheek`.
#[function_component(BackLink)]
pub fn back_link() -> Html {
    let lang = use_lang();
    let selection = use_selection();
    html! {
        <a class="kv-back" href={href(&Route::Home, &selection.filter)}>{ "← " }{ Msg::BackToLibrary.text(lang) }</a>
    }
}
