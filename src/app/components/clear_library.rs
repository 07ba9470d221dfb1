//! The "bibliotheek wissen" action, with a confirmation step.

use crate::app::i18n::{use_lang, Msg};
use crate::app::ingest::clear_library as clear_everything;
use crate::app::state::use_app_state;
use yew::prelude::*;

/// A button that clears the library (and the stored copy) after confirmation.
#[function_component(ClearLibrary)]
pub fn clear_library() -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let asking = use_state_eq(|| false);
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="kv-button kv-button--danger" data-testid="clear-library"
                onclick={Callback::from(move |_: MouseEvent| asking.set(true))}>
                { Msg::ClearLibrary.text(lang) }
            </button>
        };
    }
    let on_yes = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            clear_everything(&state);
            asking.set(false);
        })
    };
    let on_no = Callback::from(move |_: MouseEvent| asking.set(false));
    html! {
        <div class="kv-confirm" role="alertdialog" aria-label={Msg::ClearLibrary.text(lang)}>
            <p>{ Msg::ConfirmClear.text(lang) }</p>
            <button type="button" class="kv-button kv-button--danger" data-testid="confirm-clear" onclick={on_yes}>{ Msg::ConfirmYes.text(lang) }</button>
            <button type="button" class="kv-button" onclick={on_no}>{ Msg::Cancel.text(lang) }</button>
        </div>
    }
}
