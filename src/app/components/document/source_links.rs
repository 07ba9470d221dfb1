//! The `Bron vraag` / `Bron antwoord` links of a document: only http(s) URLs become
//! links (see [`crate::view::url::web_link`]), opened in a new tab without access to
//! this page.

use crate::app::i18n::{use_lang, Msg};
use crate::model::Kamervraag;
use crate::view::document::{source_links, SourceKind};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SourceLinks`].
#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
}

/// The safe source links as a list.
#[function_component(SourceLinks)]
pub fn source_links_view(props: &SourceLinksProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="kv-links">
            { for source_links(&props.doc).into_iter().map(|(kind, url)| {
                let label = match kind {
                    SourceKind::Question => Msg::SourceQuestion,
                    SourceKind::Answer => Msg::SourceAnswer,
                };
                html! {
                    <li key={format!("{kind:?}")}>
                        <a href={url.to_string()} target="_blank" rel="noopener noreferrer">
                            { label.text(lang) }
                            <span class="kv-visually-hidden">{ " " }{ Msg::NewTab.text(lang) }</span>
                        </a>
                    </li>
                }
            }) }
        </ul>
    }
}
