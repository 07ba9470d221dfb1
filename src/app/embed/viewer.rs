//! The embedded viewer: one document (inline text or fetched from `src`) shown in one
//! view, in one language, with a readable error when it cannot be read. Used by the
//! custom element and by the iframe mode.

use super::document_view::DocumentView;
use super::error_box::ErrorBox;
use super::questions_view::QuestionsView;
use crate::app::components::charts::timeline_bars::BarLinks;
use crate::app::components::stats_view::StatsView;
use crate::app::components::timeline_view::TimelineView;
use crate::app::i18n::{Lang, Msg};
use crate::app::infra::clock::today;
use crate::app::infra::fetch::{limit_megabytes, Fetch, FetchError, FETCH_TIMEOUT_MS};
use crate::app::selection::Shared;
use crate::app::state::LoadedFile;
use crate::model::Kamervraag;
use crate::view::embed::{EmbedSettings, EmbedView};
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`EmbeddedViewer`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbeddedViewerProps {
    /// View, language, theme and `src`.
    pub settings: EmbedSettings,
    /// The document text given inline; when it is blank, `settings.src` is fetched.
    #[prop_or_default]
    pub text: Option<Rc<str>>,
    /// Whether the viewer is the iframe mode's page, whose links may lead to its
    /// other views; an element shows its one view only.
    #[prop_or_default]
    pub in_frame: bool,
}

/// What the viewer has to show.
#[derive(Clone, PartialEq)]
enum Content {
    /// Neither text nor `src`.
    Nothing,
    /// Fetching `src`.
    Loading,
    /// The document, or why it could not be read.
    Read(Rc<LoadedFile>),
}

/// The name a document gets in `source`: the last part of its URL, or none inline.
fn source_name(src: Option<&str>) -> &str {
    src.and_then(|s| s.split(['?', '#']).next())
        .and_then(|s| s.rsplit('/').next())
        .filter(|s| !s.is_empty())
        .unwrap_or("kamervraag.txt")
}

/// One document in one view.
#[function_component(EmbeddedViewer)]
pub fn embedded_viewer(props: &EmbeddedViewerProps) -> Html {
    let lang = Lang::from_code(props.settings.lang.as_deref().unwrap_or("nl"));
    let inline = props.text.clone().filter(|t| !t.trim().is_empty());
    let fetched = use_state(|| None::<Rc<LoadedFile>>);
    let loading = use_state(|| false);

    {
        let fetched = fetched.clone();
        let loading = loading.clone();
        let src = props.settings.src.clone();
        let has_inline = inline.is_some();
        use_effect_with((src, has_inline), move |(src, has_inline)| {
            let fetch = Fetch::default();
            fetched.set(None);
            match src.clone().filter(|_| !*has_inline) {
                Some(url) => {
                    loading.set(true);
                    let fetch = fetch.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = fetch.bytes(&url).await;
                        let name = source_name(Some(&url)).to_string();
                        let file = match result {
                            Err(FetchError::Aborted) => return,
                            Ok(bytes) => LoadedFile::parse(&name, &bytes),
                            Err(FetchError::TooLarge) => LoadedFile::unreadable(
                                &name,
                                &Msg::EmbedTooLarge {
                                    limit_mb: limit_megabytes(),
                                }
                                .text(lang),
                            ),
                            Err(FetchError::TimedOut) => LoadedFile::unreadable(
                                &name,
                                &Msg::EmbedTimedOut {
                                    seconds: FETCH_TIMEOUT_MS / 1000,
                                }
                                .text(lang),
                            ),
                            Err(FetchError::Failed(reason)) => {
                                LoadedFile::unreadable(&name, &reason)
                            }
                        };
                        fetched.set(Some(Rc::new(file)));
                        loading.set(false);
                    });
                }
                None => loading.set(false),
            }
            // Leaving the page or changing `src` stops the request and its reading.
            move || fetch.abort()
        });
    }

    let inline_file = use_memo(inline, |inline| {
        inline
            .as_ref()
            .map(|text| Rc::new(LoadedFile::parse(source_name(None), text.as_bytes())))
    });

    let content = match ((*inline_file).clone(), (*fetched).clone()) {
        (Some(file), _) => Content::Read(file),
        (None, Some(file)) => Content::Read(file),
        (None, None) if *loading => Content::Loading,
        (None, None) => Content::Nothing,
    };

    let body = match &content {
        Content::Nothing => {
            html! { <p class="kv-embed__note" role="status">{ Msg::EmbedNoDocument.text(lang) }</p> }
        }
        Content::Loading => {
            html! { <p class="kv-embed__note" role="status">{ Msg::EmbedLoading.text(lang) }</p> }
        }
        Content::Read(file) => match &file.outcome {
            Err(reason) => html! { <ErrorBox reason={AttrValue::from(reason.text(lang))} /> },
            Ok(doc) => {
                html! { <ViewOf view={props.settings.view} doc={doc.clone()} /> }
            }
        },
    };

    let bar_links = BarLinks {
        document: props
            .in_frame
            .then(|| AttrValue::from(props.settings.frame_hash(EmbedView::Document))),
    };
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<BarLinks> context={bar_links}>
            <div
                class={classes!("kv-embed", format!("kv-embed--{}", props.settings.view.name()))}
                lang={lang.code()}
                data-view={props.settings.view.name()}
            >
                { body }
            </div>
        </ContextProvider<BarLinks>>
        </ContextProvider<Lang>>
    }
}

/// Properties of [`ViewOf`].
#[derive(Properties, PartialEq)]
struct ViewOfProps {
    view: EmbedView,
    doc: Rc<Kamervraag>,
}

/// The chosen view of one parsed document, as one library entry (keyed by its
/// vraagnummer, facts computed once): the document view shows it, the timeline and
/// statistics views take it as their collection.
#[function_component(ViewOf)]
fn view_of(props: &ViewOfProps) -> Html {
    let reference = today();
    let entries = use_memo((props.doc.clone(), reference), |(doc, reference)| {
        let key = doc.id.clone().unwrap_or_default();
        Shared(Rc::new(vec![Rc::new(LibraryEntry::new(
            key,
            doc.clone(),
            *reference,
        ))]))
    });
    let entries = (*entries).clone();
    match props.view {
        EmbedView::Document => match entries.first() {
            Some(entry) => html! { <DocumentView entry={entry.clone()} /> },
            None => Html::default(),
        },
        EmbedView::Questions => html! { <QuestionsView doc={props.doc.clone()} /> },
        EmbedView::Timeline => html! { <TimelineView {entries} {reference} /> },
        EmbedView::Stats => html! { <StatsView {entries} {reference} /> },
    }
}
