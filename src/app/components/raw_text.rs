//! A file's raw text behind a "show source text" disclosure; a text kept only in
//! storage is read when the disclosure opens, and a long text is windowed.

use crate::app::components::document::raw_text::RawText as WindowedRawText;
use crate::app::i18n::{use_lang, Msg};
use crate::app::state::LoadedFile;
use crate::app::stored_text::use_stored_text;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`RawText`].
#[derive(Properties, PartialEq)]
pub struct RawTextProps {
    /// The file whose text is shown.
    pub file: Rc<LoadedFile>,
}

/// A `<details>` with the file's raw text.
#[function_component(RawText)]
pub fn raw_text(props: &RawTextProps) -> Html {
    let lang = use_lang();
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Option<web_sys::HtmlDetailsElement> = e.target_dyn_into();
            open.set(details.is_some_and(|d| d.open()));
        })
    };
    html! {
        <details class="kv-file__raw" {ontoggle}>
            <summary>{ Msg::ShowRawText.text(lang) }</summary>
            if *open || !props.file.raw.is_empty() {
                <Text file={props.file.clone()} />
            }
        </details>
    }
}

/// The text itself (read from storage when needed).
#[function_component(Text)]
fn text(props: &RawTextProps) -> Html {
    let lang = use_lang();
    let text = use_stored_text(Some(props.file.raw.clone()), props.file.key.clone());
    match text {
        Some(text) if !text.is_empty() => html! { <WindowedRawText raw={text} /> },
        _ => html! { <pre class="kv-raw-text">{ Msg::EmptyRaw.text(lang).to_string() }</pre> },
    }
}
