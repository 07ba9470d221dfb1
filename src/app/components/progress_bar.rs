//! The loading progress: a `<progress>` bar with counts (read, parsed, with warnings,
//! failed), announced politely to screen readers.

use crate::app::i18n::{use_lang, Msg};
use crate::app::state::use_app_state;
use yew::prelude::*;

/// Progress of the current (or last) load; nothing when nothing was loaded.
#[function_component(ProgressBar)]
pub fn progress_bar() -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let Some(p) = state.progress else {
        return html! {};
    };
    let running = p.running > 0;
    let counts = if running {
        Msg::ProgressCounts {
            done: p.done(),
            total: p.total,
            read: p.read,
            parsed: p.parsed,
            warnings: p.with_warnings,
            failed: p.failed,
        }
        .text(lang)
    } else {
        Msg::ProgressDone {
            parsed: p.parsed,
            warnings: p.with_warnings,
            failed: p.failed,
        }
        .text(lang)
    };
    html! {
        <section
            class={classes!("kv-progress", (!running).then_some("kv-progress--done"))}
            data-testid="progress"
            aria-label={Msg::ProgressLabel.text(lang)}
        >
            if running {
                <progress
                    class="kv-progress__bar"
                    max={p.total.max(1).to_string()}
                    value={p.done().to_string()}
                    aria-label={Msg::ProgressLabel.text(lang)}
                />
            }
            <p class="kv-progress__counts" role="status" aria-live="polite">{ counts }</p>
        </section>
    }
}
