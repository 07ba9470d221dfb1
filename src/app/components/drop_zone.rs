//! The drop zone: the visible target and hint for dropping (the drop itself is handled
//! for the whole window by the shell), with the keyboard-accessible alternatives: a
//! file picker, a folder picker and the example button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::files::{pending_of, Pending};

/// Properties of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Called with the chosen files (from either picker).
    pub on_files: Callback<Vec<Pending>>,
    /// Called when the example button is pressed.
    pub on_example: Callback<()>,
    /// A compact one-line version (in the library view).
    #[prop_or_default]
    pub compact: bool,
}

/// A labelled area with a hint, a file picker, a folder picker and the example button.
#[function_component(DropZone)]
pub fn drop_zone(props: &DropZoneProps) -> Html {
    let lang = use_lang();
    let folder_input = use_node_ref();
    {
        // `webkitdirectory` is not a standard attribute Yew knows; set it directly.
        let folder_input = folder_input.clone();
        use_effect_with((), move |_| {
            if let Some(input) = folder_input.cast::<HtmlInputElement>() {
                let _ = input.set_attribute("webkitdirectory", "");
                input.set_webkitdirectory(true);
            }
        });
    }
    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                on_files.emit(pending_of(&list));
            }
            input.set_value("");
        })
    };
    let on_example = {
        let on_example = props.on_example.clone();
        Callback::from(move |_: MouseEvent| on_example.emit(()))
    };
    let hint = if props.compact {
        Msg::DropMore
    } else {
        Msg::DropHint
    };
    html! {
        <section
            class={classes!("kv-drop-zone", props.compact.then_some("kv-drop-zone--compact"))}
            aria-label={Msg::DropZoneLabel.text(lang)}
        >
            <p class="kv-drop-zone__hint">{ hint.text(lang) }</p>
            <div class="kv-drop-zone__actions">
                <label class="kv-button">
                    { Msg::ChooseFiles.text(lang) }
                    <input
                        type="file"
                        class="kv-visually-hidden"
                        multiple=true
                        accept=".txt,.md,.zip,text/plain,application/zip"
                        data-testid="file-input"
                        onchange={on_change.clone()}
                    />
                </label>
                <label class="kv-button">
                    { Msg::ChooseFolder.text(lang) }
                    <input
                        ref={folder_input}
                        type="file"
                        class="kv-visually-hidden"
                        multiple=true
                        data-testid="folder-input"
                        onchange={on_change}
                    />
                </label>
                <button type="button" class="kv-button kv-button--primary" onclick={on_example}>
                    { Msg::LoadExample.text(lang) }
                </button>
            </div>
            if !props.compact {
                <p class="kv-drop-zone__paste">{ Msg::PasteHint.text(lang) }</p>
            }
        </section>
    }
}
