//! The document view (`#/doc/<vraagnummer>`): header with dates, delay in words and as
//! a bar, people, topics (chips that filter the library) and source links; questions
//! and answers as numbered pairs with footnote links and `Zie antwoord` links; notices
//! in place; the document's own timeline; a source-text tab with the parser's
//! diagnostics; previous/next through the filtered list (buttons and `j`/`k`).

use crate::app::components::doc_timeline::DocTimeline;
use crate::app::components::document::facts::FactList;
use crate::app::components::document::footnotes::Footnotes;
use crate::app::components::document::notices::DocumentNotices;
use crate::app::components::document::questions_answers::QuestionsAnswers;
use crate::app::components::document::source_tab::SourceTab;
use crate::app::components::status_badge::StatusBadge;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::{dom, listeners};
use crate::app::route::Route;
use crate::app::selection::{href, use_go, use_selection, Destination};
use crate::app::state::use_app_state;
use crate::model::Kamervraag;
use crate::view::library::{neighbours, FilterField, SearchQuery};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DocumentPage`].
#[derive(Properties, PartialEq)]
pub struct DocumentPageProps {
    /// The key of the document (its vraagnummer).
    pub id: String,
}

/// Which tab is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    QuestionsAndAnswers,
    Source,
}

/// One document.
#[function_component(DocumentPage)]
pub fn document_page(props: &DocumentPageProps) -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let selection = use_selection();
    let go = use_go();
    let tab = use_state_eq(|| Tab::QuestionsAndAnswers);
    let entry = state.library.get(&props.id).cloned();

    let keys: Vec<&str> = selection.entries.iter().map(|e| e.key.as_str()).collect();
    let (previous, next) = neighbours(&keys, &props.id);
    let position = keys.iter().position(|k| *k == props.id);
    let (previous, next) = (previous.map(str::to_string), next.map(str::to_string));
    let goto = {
        let go = go.clone();
        let filter = selection.filter.clone();
        move |key: String| {
            go.emit(Destination {
                route: Route::Document { id: key },
                filter: filter.clone(),
                replace: false,
            })
        }
    };
    {
        let goto = goto.clone();
        use_effect_with((previous.clone(), next.clone()), move |(previous, next)| {
            let (previous, next) = (previous.clone(), next.clone());
            let listener = listeners::shortcut_keys(move |key| match key {
                "j" => {
                    if let Some(k) = &next {
                        goto(k.clone())
                    }
                }
                "k" => {
                    if let Some(k) = &previous {
                        goto(k.clone())
                    }
                }
                _ => {}
            });
            move || drop(listener)
        });
    }
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

    let back = html! {
        <a class="kv-back" href={href(&Route::Home, &selection.filter)}>{ "← " }{ Msg::BackToLibrary.text(lang) }</a>
    };
    let Some(entry) = entry else {
        return html! {
            <section class="kv-document">
                { back }
                <p class="kv-empty" data-testid="doc-not-found">{ Msg::DocNotFound.fill(lang, &[&props.id]) }</p>
            </section>
        };
    };
    let doc: Rc<Kamervraag> = Rc::clone(&entry.doc);
    let query = SearchQuery::parse(&selection.filter.query);

    let nav_button = |target: Option<String>,
                      label: Msg,
                      testid: &'static str,
                      rel: &'static str| {
        let goto = goto.clone();
        match target {
            Some(key) => html! {
                <button type="button" class="kv-button" data-testid={testid} aria-keyshortcuts={if rel == "next" { "j" } else { "k" }}
                    onclick={Callback::from(move |_: MouseEvent| goto(key.clone()))}>{ label.text(lang) }</button>
            },
            None => html! {
                <button type="button" class="kv-button" data-testid={testid} disabled=true>{ label.text(lang) }</button>
            },
        }
    };

    let topic_chip = |topic: &String| {
        let go = go.clone();
        let filter = selection.filter.cleared().with(FilterField::Topic, topic);
        let link = href(&Route::Home, &filter);
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            go.emit(Destination {
                route: Route::Home,
                filter: filter.clone(),
                replace: false,
            })
        });
        html! {
            <li key={topic.clone()}>
                <a class="kv-chip kv-chip--link" href={link} {onclick}
                    aria-label={Msg::TopicFilterHint.fill(lang, &[topic])}>{ topic.clone() }</a>
            </li>
        }
    };

    let topics =
        html! { <ul class="kv-chips__list">{ for doc.topics.iter().map(topic_chip) }</ul> };
    let qa = html! {
        <section class="kv-qa" aria-label={Msg::TabQa.text(lang)}>
            <QuestionsAnswers doc={doc.clone()} {query} />
            <DocumentNotices doc={doc.clone()} />
            <Footnotes doc={doc.clone()} />
        </section>
    };
    let raw = state
        .files
        .iter()
        .rev()
        .find(|f| Some(f.name.as_str()) == doc.source.as_deref())
        .map(|f| f.raw.clone());

    let tab_button = |which: Tab, label: Msg, id: &'static str, panel: &'static str| {
        let tab = tab.clone();
        let selected = *tab == which;
        html! {
            <button type="button" role="tab" id={id} aria-controls={panel}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                class={classes!("kv-tab", selected.then_some("kv-tab--selected"))}
                onclick={{
                    let tab = tab.clone();
                    Callback::from(move |_: MouseEvent| tab.set(which))
                }}
                onkeydown={{
                    let tab = tab.clone();
                    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                        "ArrowRight" | "ArrowLeft" => {
                            e.prevent_default();
                            tab.set(if *tab == Tab::QuestionsAndAnswers { Tab::Source } else { Tab::QuestionsAndAnswers });
                        }
                        _ => {}
                    })
                }}>
                { label.text(lang) }
            </button>
        }
    };
    html! {
        <article class="kv-document" data-testid="document">
            <nav class="kv-doc-nav" aria-label={Msg::DocNav.text(lang)}>
                { back }
                <div class="kv-doc-nav__steps">
                    { nav_button(previous.clone(), Msg::Previous, "doc-previous", "previous") }
                    if let Some(i) = position {
                        <span class="kv-doc-nav__position">{ Msg::PositionOf.fill(lang, &[&(i + 1), &keys.len()]) }</span>
                    }
                    { nav_button(next.clone(), Msg::Next, "doc-next", "next") }
                </div>
                <p class="kv-muted kv-doc-nav__hint">{ Msg::KeyboardHint.text(lang) }</p>
            </nav>
            <header class="kv-doc-header">
                <p class="kv-doc-header__id" data-testid="doc-header-id">{ doc.id.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }</p>
                <h1 class="kv-doc-header__title">{ doc.title.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }</h1>
                <StatusBadge status={entry.facts.status} />
                <FactList doc={doc.clone()} facts={entry.facts.clone()} topics={topics} />
            </header>
            <section class="kv-doc-timeline-section">
                <h2>{ Msg::DocTimeline.text(lang) }</h2>
                <DocTimeline doc={doc.clone()} today={state.today} />
            </section>
            <div class="kv-tabs" role="tablist" aria-label={Msg::TabsLabel.text(lang)}>
                { tab_button(Tab::QuestionsAndAnswers, Msg::TabQa, "tab-qa", "panel-qa") }
                { tab_button(Tab::Source, Msg::TabSource, "tab-source", "panel-source") }
            </div>
            if *tab == Tab::QuestionsAndAnswers {
                <div role="tabpanel" id="panel-qa" aria-labelledby="tab-qa" class="kv-tabpanel">{ qa }</div>
            } else {
                <div role="tabpanel" id="panel-source" aria-labelledby="tab-source" class="kv-tabpanel"><SourceTab doc={doc.clone()} {raw} /></div>
            }
        </article>
    }
}
