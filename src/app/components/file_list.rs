//! A list of loaded files, each with its raw text (nothing dropped is lost): a file
//! that could not be read shows its name and the reason; a file that was read shows
//! its vraagnummer and title (with `show_all`, the default).

use crate::app::components::raw_text::RawText;
use crate::app::i18n::{use_lang, Msg};
use crate::app::selection::Shared;
use crate::app::state::LoadedFile;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FileList`].
#[derive(Properties, PartialEq)]
pub struct FileListProps {
    /// The loaded files (compared by pointer: tens of thousands of documents are
    /// never compared one by one).
    pub files: Shared<Vec<Rc<LoadedFile>>>,
    /// List the files that were read too (not only failures).
    #[prop_or(true)]
    pub show_all: bool,
}

/// A keyed list of loaded files; failures can show their raw text.
#[function_component(FileList)]
pub fn file_list(props: &FileListProps) -> Html {
    let lang = use_lang();
    let rows = props
        .files
        .iter()
        .enumerate()
        .filter(|(_, f)| props.show_all || f.outcome.is_err());
    html! {
        <ul class="kv-file-list" aria-label={Msg::LoadedFiles.text(lang)}>
            { for rows.map(|(i, f)| {
                let key = format!("{i}-{}", f.name);
                match &f.outcome {
                    Ok(doc) => html! {
                        <li key={key} class="kv-file kv-file--ok">
                            <span class="kv-file__name">{ &f.name }</span>
                            <span class="kv-file__id" data-testid="file-doc-id">
                                { doc.id.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }
                            </span>
                            <span class="kv-file__title" data-testid="doc-title">
                                { doc.title.clone().unwrap_or_default() }
                            </span>
                            <RawText file={f.clone()} />
                        </li>
                    },
                    Err(reason) => html! {
                        <li key={key} class="kv-file kv-file--error">
                            <span class="kv-file__name">{ &f.name }</span>
                            { ": " }
                            <span class="kv-file__error">{ reason.text(lang) }</span>
                            <RawText file={f.clone()} />
                        </li>
                    },
                }
            }) }
        </ul>
    }
}
