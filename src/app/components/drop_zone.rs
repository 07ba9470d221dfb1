//! The drop zone: a file picker and a target for dropped files. Hands the files to
//! its `on_files` callback.

use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::files::files_of;

/// Properties of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Called with the chosen or dropped files.
    pub on_files: Callback<Vec<File>>,
}

/// A labelled area that accepts dropped files and offers a file picker.
#[function_component(DropZone)]
pub fn drop_zone(props: &DropZoneProps) -> Html {
    let active = use_state(|| false);
    let lang = use_lang();

    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                on_files.emit(files_of(&list));
            }
            input.set_value("");
        })
    };
    let on_drag_over = {
        let active = active.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            active.set(true);
        })
    };
    let on_drag_leave = {
        let active = active.clone();
        Callback::from(move |_: DragEvent| active.set(false))
    };
    let on_drop = {
        let active = active.clone();
        let on_files = props.on_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            active.set(false);
            if let Some(list) = e.data_transfer().and_then(|dt| dt.files()) {
                on_files.emit(files_of(&list));
            }
        })
    };

    html! {
        <section
            class={classes!("kv-drop-zone", (*active).then_some("kv-drop-zone--active"))}
            aria-label={Msg::DropZoneLabel.text(lang)}
            ondragover={on_drag_over}
            ondragenter={Callback::from(|e: DragEvent| e.prevent_default())}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <p class="kv-drop-zone__hint">{ Msg::DropHint.text(lang) }</p>
            <label class="kv-button">
                { Msg::ChooseFiles.text(lang) }
                <input
                    type="file"
                    class="kv-visually-hidden"
                    multiple=true
                    accept=".txt,.md,text/plain"
                    data-testid="file-input"
                    onchange={on_change}
                />
            </label>
        </section>
    }
}
