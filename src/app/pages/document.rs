//! The document view (`#/doc/<vraagnummer>`): navigation through the filtered list,
//! the header with status and facts (topic chips filter the library), the document's
//! own timeline, and the tabs with questions and answers or the source text. Built
//! from the shared document components; sets the window title.

use crate::app::components::doc_timeline::DocTimeline;
use crate::app::components::document::back_link::BackLink;
use crate::app::components::document::document_nav::DocumentNav;
use crate::app::components::document::document_tabs::DocumentTabs;
use crate::app::components::document::facts::FactList;
use crate::app::components::document::topic_links::TopicLinks;
use crate::app::components::match_stepper::MatchStepper;
use crate::app::components::status_badge::StatusBadge;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::dom;
use crate::app::selection::use_selection;
use crate::app::state::use_app_state;
use crate::app::stored_text::use_stored_text;
use crate::view::library::SearchQuery;
use yew::prelude::*;

/// Properties of [`DocumentPage`].
#[derive(Properties, PartialEq)]
pub struct DocumentPageProps {
    /// The key of the document (its vraagnummer).
    pub id: String,
}

/// One document.
#[function_component(DocumentPage)]
pub fn document_page(props: &DocumentPageProps) -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let selection = use_selection();
    let entry = state.library.get(&props.id).cloned();
    {
        let title = entry
            .as_ref()
            .and_then(|e| e.doc.title.clone())
            .unwrap_or_else(|| props.id.clone());
        use_effect_with((props.id.clone(), title), |(_, title)| {
            dom::set_title(&format!("{title} – Kamervraag Viewer"));
            dom::scroll_to_top();
        });
    }
    let source = entry.as_ref().and_then(|e| state.file_of(&e.doc));
    let raw = use_stored_text(
        source.map(|f| f.raw.clone()),
        source.map(|f| f.key.clone()).unwrap_or_default(),
    );
    let Some(entry) = entry else {
        return html! {
            <section class="kv-document">
                <BackLink />
                <p class="kv-empty" data-testid="doc-not-found">{ Msg::DocNotFound { id: &props.id }.text(lang) }</p>
            </section>
        };
    };
    let doc = entry.doc.clone();
    let no_id = || Msg::NoId.text(lang).to_string();
    html! {
        <article class="kv-document" data-testid="document">
            <DocumentNav id={props.id.clone()} />
            <header class="kv-doc-header">
                <p class="kv-doc-header__id" data-testid="doc-header-id">{ doc.id.clone().unwrap_or_else(no_id) }</p>
                <h1 class="kv-doc-header__title">{ doc.title.clone().unwrap_or_else(no_id) }</h1>
                <StatusBadge status={entry.facts.status} />
                <FactList doc={doc.clone()} facts={entry.facts.clone()}
                    topics={html! { <TopicLinks topics={doc.topics.clone()} /> }} />
            </header>
            <section class="kv-doc-timeline-section">
                <h2>{ Msg::DocTimeline.text(lang) }</h2>
                <DocTimeline doc={doc.clone()} today={state.today} />
            </section>
            <DocumentTabs doc={doc.clone()} query={SearchQuery::parse(&selection.filter.query)} {raw} />
            <MatchStepper query={selection.filter.query.clone()} id={props.id.clone()} />
        </article>
    }
}
