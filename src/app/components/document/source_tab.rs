//! The source of a document: the texts it was joined from (when more than one), the
//! parser's diagnostics (folded; the parser keeps at most a thousand and counts the
//! rest) and the raw text as read, windowed when long, when the file is still at hand.
//! The tabs build it only when it is opened.

use super::raw_text::RawText;
use crate::app::i18n::labels::diagnostic_text;
use crate::app::i18n::{use_lang, Msg};
use crate::model::Kamervraag;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SourceTab`].
#[derive(Properties, PartialEq)]
pub struct SourceTabProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// The text it was read from, when known.
    #[prop_or_default]
    pub raw: Option<Rc<str>>,
}

/// Diagnostics and raw text.
#[function_component(SourceTab)]
pub fn source_tab(props: &SourceTabProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    html! {
        <section class="kv-source" aria-label={Msg::TabSource.text(lang)}>
            if doc.sources.len() > 1 {
                <h3 class="kv-source__title">{ Msg::FieldSources.text(lang) }</h3>
                <ol class="kv-joined-sources" data-testid="sources">
                    { for doc.sources.iter().enumerate().map(|(i, name)| html! { <li key={i}>{ name.clone() }</li> }) }
                </ol>
            }
            <details class="kv-diagnostics">
                <summary>{ Msg::Diagnostics { count: doc.diagnostics.len() }.text(lang) }</summary>
                if doc.diagnostics.is_empty() {
                    <p>{ Msg::NoDiagnostics.text(lang) }</p>
                } else {
                    <ul>
                        { for doc.diagnostics.iter().enumerate().map(|(i, d)| html! {
                            <li key={i} class={format!("kv-diagnostic kv-diagnostic--{:?}", d.severity).to_lowercase()}>
                                { d.line.map(|l| format!("{}: ", Msg::LineN { line: l }.text(lang))).unwrap_or_default() }
                                { diagnostic_text(d, lang) }
                            </li>
                        }) }
                    </ul>
                }
            </details>
            { match &props.raw {
                Some(raw) => html! { <div data-testid="raw-text"><RawText raw={raw.clone()} /></div> },
                None => html! { <p class="kv-muted">{ Msg::RawUnavailable.text(lang) }</p> },
            } }
        </section>
    }
}
