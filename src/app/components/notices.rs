//! Messages for the user (duplicates kept or set aside, failures, restored library,
//! storage problems), each dismissible.

use crate::app::i18n::{use_lang, Lang, Msg};
use crate::app::state::{use_app_state, Action, Notice};
use yew::prelude::*;

/// How many notices are shown at once.
const SHOWN: usize = 5;

fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::Duplicate { id, kept, dropped } => Msg::NoticeDuplicate { id, kept, dropped },
        Notice::Failures(count) => Msg::NoticeFailures { count: *count },
        Notice::Restored(count) => Msg::NoticeRestored { count: *count },
        Notice::StorageUnavailable(reason) => Msg::NoticeStorage { reason },
    }
    .text(lang)
    .into_owned()
}

/// The list of notices, newest first.
#[function_component(Notices)]
pub fn notices() -> Html {
    let lang = use_lang();
    let state = use_app_state();
    if state.notices.is_empty() {
        return html! {};
    }
    let total = state.notices.len();
    let hidden = total.saturating_sub(SHOWN);
    html! {
        <section class="kv-notices" aria-label={Msg::NoticesLabel.text(lang)} data-testid="notices">
            <ul class="kv-notices__list">
                { for state.notices.iter().enumerate().rev().take(SHOWN).map(|(index, notice)| {
                    let dismiss = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice(index)))
                    };
                    let kind = match notice {
                        Notice::Duplicate { .. } => "kv-notice--duplicate",
                        Notice::Failures(_) | Notice::StorageUnavailable(_) => "kv-notice--problem",
                        Notice::Restored(_) => "kv-notice--info",
                    };
                    html! {
                        <li key={format!("{index}-{total}")} class={classes!("kv-notice", kind)}>
                            <span class="kv-notice__text">{ notice_text(notice, lang) }</span>
                            <button type="button" class="kv-button kv-button--quiet kv-notice__dismiss" onclick={dismiss}
                                aria-label={format!("{}: {}", Msg::Dismiss.text(lang), notice_text(notice, lang))}>
                                { "×" }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if hidden > 0 {
                <p class="kv-notices__more">{ Msg::MoreNotices { count: hidden }.text(lang) }</p>
            }
        </section>
    }
}
