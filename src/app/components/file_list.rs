//! The list of loaded files: each parsed document's vraagnummer and title, or the
//! file name and the reason it failed.

use crate::app::i18n::{use_lang, Msg};
use crate::app::state::LoadedFile;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FileList`].
#[derive(Properties, PartialEq)]
pub struct FileListProps {
    /// The loaded files.
    pub files: Rc<Vec<Rc<LoadedFile>>>,
}

/// A keyed list of loaded files.
#[function_component(FileList)]
pub fn file_list(props: &FileListProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="kv-file-list" aria-label={Msg::LoadedFiles.text(lang)}>
            { for props.files.iter().enumerate().map(|(i, f)| {
                let key = format!("{i}-{}", f.name);
                match &f.outcome {
                    Ok(doc) => html! {
                        <li key={key} class="kv-file kv-file--ok">
                            <span class="kv-file__id" data-testid="doc-id">
                                { doc.id.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }
                            </span>
                            <span class="kv-file__title" data-testid="doc-title">
                                { doc.title.clone().unwrap_or_default() }
                            </span>
                        </li>
                    },
                    Err(reason) => html! {
                        <li key={key} class="kv-file kv-file--error" role="alert">
                            <span class="kv-file__name">{ &f.name }</span>
                            { ": " }
                            <span class="kv-file__error">{ reason }</span>
                        </li>
                    },
                }
            }) }
        </ul>
    }
}
