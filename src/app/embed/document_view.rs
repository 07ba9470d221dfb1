//! One whole document for embedding, built from the same document components as the
//! app's document page: title, status, facts (dates in words, delay, people, topics,
//! sources), questions with answers, notices and footnotes.

use crate::app::components::document::facts::FactList;
use crate::app::components::document::footnotes::Footnotes;
use crate::app::components::document::notices::DocumentNotices;
use crate::app::components::document::questions_answers::QuestionsAnswers;
use crate::app::components::status_badge::StatusBadge;
use crate::app::i18n::{use_lang, Msg};
use crate::view::document::title_of;
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The document with its facts.
    pub entry: Rc<LibraryEntry>,
}

/// The whole document.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let lang = use_lang();
    let (doc, facts) = (&props.entry.doc, &props.entry.facts);
    html! {
        <article class="kv-embed-document">
            <h2 class="kv-embed-document__title" data-testid="embed-title">
                { title_of(doc).map(str::to_string).unwrap_or_else(|| Msg::NoId.text(lang).into()) }
            </h2>
            <StatusBadge status={facts.status} />
            <FactList doc={doc.clone()} facts={facts.clone()} />
            <section class="kv-qa">
                <h3>{ Msg::TabQa.text(lang) }</h3>
                <QuestionsAnswers doc={doc.clone()} />
                <DocumentNotices doc={doc.clone()} />
                <Footnotes doc={doc.clone()} />
            </section>
            if !doc.complete {
                <p class="kv-embed-document__incomplete">{ Msg::Incomplete.text(lang) }</p>
            }
        </article>
    }
}
