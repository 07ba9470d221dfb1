//! The offer to switch to a new version of the app: shown when the service worker
//! has installed a new version that waits for this page to let go.

use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::service_worker::{apply_update, update_waiting, UPDATE_WAITING_EVENT};
use gloo::events::EventListener;
use yew::prelude::*;

/// A status bar with a "Nieuwe versie — herladen" button, or nothing.
#[function_component(UpdatePrompt)]
pub fn update_prompt() -> Html {
    let lang = use_lang();
    let waiting = use_state(update_waiting);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, UPDATE_WAITING_EVENT, move |_| waiting.set(true))
            });
            move || drop(listener)
        });
    }
    if !*waiting {
        return html! {};
    }
    html! {
        <div class="kv-update" role="status">
            <span class="kv-update__text">{ Msg::UpdateAvailable.text(lang) }</span>
            <button type="button" class="kv-button" onclick={Callback::from(|_: MouseEvent| apply_update())}>
                { Msg::UpdateReload.text(lang) }
            </button>
        </div>
    }
}
