//! The document view (`#/doc/<vraagnummer>`): header with dates, delay in words and as
//! a bar, people, topics (chips that filter the library) and source links; questions
//! and answers as numbered pairs with footnote links and `Zie antwoord` links; notices
//! in place; the document's own timeline; a source-text tab with the parser's
//! diagnostics; previous/next through the filtered list (buttons and `j`/`k`).

use crate::app::components::delay_bar::DelayBar;
use crate::app::components::doc_timeline::DocTimeline;
use crate::app::components::marked_text::{footnote_anchor, MarkedTextView};
use crate::app::components::status_badge::StatusBadge;
use crate::app::i18n::labels::diagnostic_text;
use crate::app::i18n::{long_date, use_lang, Lang, Msg};
use crate::app::infra::{dom, listeners};
use crate::app::route::Route;
use crate::app::selection::{href, use_go, use_selection, Destination};
use crate::app::state::use_app_state;
use crate::model::{Kamervraag, Person};
use crate::stats::Status;
use crate::view::library::{neighbours, FilterField, LibraryEntry, SearchQuery};
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

/// Only http(s) URLs become links.
fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

/// The delay of a document in words.
fn delay_words(entry: &LibraryEntry, lang: Lang) -> String {
    let f = &entry.facts;
    let term = f.term_days;
    match (f.status, f.delay_days, f.age_days) {
        (Status::Late, Some(days), _) => Msg::DelayLate {
            days,
            late: f.days_late.unwrap_or(0),
            term,
        },
        (_, Some(days), _) => Msg::DelayOnTime { days, term },
        (Status::Overdue, None, Some(age)) => Msg::DelayOverdue {
            age,
            over: f.days_overdue.unwrap_or(0),
            term,
        },
        (_, None, Some(age)) => Msg::DelayOpen {
            age,
            term,
            left: (term - age).max(0),
        },
        _ => Msg::DelayUnknown,
    }
    .text(lang)
    .into_owned()
}

/// `Name (posts) (PARTY)` of an answerer.
fn person_with_posts(person: &Person) -> String {
    let posts: Vec<String> = person
        .positions
        .iter()
        .map(|p| match &p.portfolio {
            Some(portfolio) => format!("{} {portfolio}", p.role),
            None => p.role.clone(),
        })
        .collect();
    let mut text = person.name.clone();
    if !posts.is_empty() {
        text.push_str(&format!(" ({})", posts.join(", ")));
    }
    if let Some(party) = &person.party {
        text.push_str(&format!(" ({party})"));
    }
    text
}

/// The id of the answer to question `n` in the page.
fn answer_anchor(n: u32) -> String {
    format!("antwoord-{n}")
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
                <p class="kv-empty" data-testid="doc-not-found">{ Msg::DocNotFound { id: &props.id }.text(lang) }</p>
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
                    aria-label={Msg::TopicFilterHint { topic }.text(lang)}>{ topic.clone() }</a>
            </li>
        }
    };

    let source_link = |url: &Option<String>, label: Msg| {
        url.as_deref().and_then(safe_url).map(|url| {
            html! {
                <li>
                    <a href={url.to_string()} target="_blank" rel="noopener noreferrer">
                        { label.text(lang) }
                        <span class="kv-visually-hidden">{ " " }{ Msg::NewTab.text(lang) }</span>
                    </a>
                </li>
            }
        })
    };

    let people = |list: &[Person], with_posts: bool| {
        if list.is_empty() {
            return html! { <span class="kv-muted">{ Msg::NoneListed.text(lang) }</span> };
        }
        html! {
            <ul class="kv-people">
                { for list.iter().enumerate().map(|(i, p)| html! {
                    <li key={i.to_string()}>{ if with_posts { person_with_posts(p) } else { p.display_with_party() } }</li>
                }) }
            </ul>
        }
    };

    let answered = doc.is_answered();
    let qa = html! {
        <section class="kv-qa" aria-label={Msg::TabQa.text(lang)}>
            if doc.questions.is_empty() {
                <p class="kv-empty">{ Msg::NoQuestions.text(lang) }</p>
            }
            <ol class="kv-qa__list">
                { for doc.questions.iter().map(|q| {
                    let answer = match (&q.answer, q.see_answer) {
                        (_, Some(n)) => {
                            let target = answer_anchor(n);
                            let onclick = {
                                let target = target.clone();
                                Callback::from(move |e: MouseEvent| { e.prevent_default(); dom::scroll_to_id(&target); })
                            };
                            html! { <p><a href={format!("#{target}")} class="kv-see-answer" {onclick}>{ Msg::SeeAnswer { number: n }.text(lang) }</a></p> }
                        }
                        (Some(text), None) => html! {
                            { for text.split('\n').enumerate().map(|(i, para)| html! {
                                <p key={i.to_string()}><MarkedTextView doc={doc.clone()} text={AttrValue::from(para.to_string())} query={query.clone()} /></p>
                            }) }
                        },
                        (None, None) if answered => html! { <p class="kv-muted kv-no-answer">{ Msg::NoOwnAnswer.text(lang) }</p> },
                        (None, None) => html! { <p class="kv-muted kv-no-answer">{ Msg::NoAnswerYet.text(lang) }</p> },
                    };
                    html! {
                        <li key={q.number.to_string()} class="kv-qa__pair" value={q.number.to_string()}>
                            <div class="kv-qa__question">
                                <h3 class="kv-qa__label">{ Msg::QuestionN { number: q.number }.text(lang) }</h3>
                                <p><MarkedTextView doc={doc.clone()} text={AttrValue::from(q.text.clone())} query={query.clone()} /></p>
                            </div>
                            <div class="kv-qa__answer" id={answer_anchor(q.number)}>
                                <h3 class="kv-qa__label">{ Msg::AnswerN { number: q.number }.text(lang) }</h3>
                                { answer }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            { for doc.notices.iter().enumerate().map(|(i, n)| html! {
                <aside key={i.to_string()} class="kv-doc-notice" data-testid="doc-notice">
                    <h3>{ Msg::NoticeHeading { date: &n.date.map(|d| long_date(d, lang)).unwrap_or_default() }.text(lang) }</h3>
                    <p>{ n.text.clone() }</p>
                </aside>
            }) }
            if !doc.footnotes.is_empty() {
                <section class="kv-footnotes">
                    <h2>{ Msg::Footnotes.text(lang) }</h2>
                    <ol>
                        { for doc.footnotes.iter().map(|f| html! {
                            <li key={f.number.to_string()} id={footnote_anchor(f.number)} value={f.number.to_string()}>
                                { f.text.clone() }
                            </li>
                        }) }
                    </ol>
                </section>
            }
        </section>
    };

    let raw = state
        .files
        .iter()
        .rev()
        .find(|f| Some(f.name.as_str()) == doc.source.as_deref())
        .map(|f| f.raw.clone());
    let source = html! {
        <section class="kv-source" aria-label={Msg::TabSource.text(lang)}>
            <details class="kv-diagnostics">
                <summary>{ Msg::Diagnostics { count: doc.diagnostics.len() }.text(lang) }</summary>
                if doc.diagnostics.is_empty() {
                    <p>{ Msg::NoDiagnostics.text(lang) }</p>
                } else {
                    <ul>
                        { for doc.diagnostics.iter().enumerate().map(|(i, d)| html! {
                            <li key={i.to_string()} class={format!("kv-diagnostic kv-diagnostic--{:?}", d.severity).to_lowercase()}>
                                { d.line.map(|l| format!("{}: ", Msg::LineN { line: l }.text(lang))).unwrap_or_default() }
                                { diagnostic_text(d, lang) }
                            </li>
                        }) }
                    </ul>
                }
            </details>
            { match raw {
                Some(raw) => html! { <pre class="kv-raw-text" data-testid="raw-text" tabindex="0">{ raw.to_string() }</pre> },
                None => html! { <p class="kv-muted">{ Msg::RawUnavailable.text(lang) }</p> },
            } }
        </section>
    };

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
    let facts = &entry.facts;
    let bar_days = facts.delay_days.or(facts.age_days);

    html! {
        <article class="kv-document" data-testid="document">
            <nav class="kv-doc-nav" aria-label={Msg::DocNav.text(lang)}>
                { back }
                <div class="kv-doc-nav__steps">
                    { nav_button(previous.clone(), Msg::Previous, "doc-previous", "previous") }
                    if let Some(i) = position {
                        <span class="kv-doc-nav__position">{ Msg::PositionOf { position: i + 1, total: keys.len() }.text(lang) }</span>
                    }
                    { nav_button(next.clone(), Msg::Next, "doc-next", "next") }
                </div>
                <p class="kv-muted kv-doc-nav__hint">{ Msg::KeyboardHint.text(lang) }</p>
            </nav>
            <header class="kv-doc-header">
                <p class="kv-doc-header__id" data-testid="doc-header-id">{ doc.id.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }</p>
                <h1 class="kv-doc-header__title">{ doc.title.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }</h1>
                <StatusBadge status={facts.status} />
                <dl class="kv-facts">
                    <dt>{ Msg::FieldId.text(lang) }</dt>
                    <dd>{ doc.id.clone().unwrap_or_default() }</dd>
                    <dt>{ Msg::FieldSubmitted.text(lang) }</dt>
                    <dd>{ doc.submitted.map(|d| long_date(d, lang)).unwrap_or_else(|| "–".into()) }</dd>
                    <dt>{ Msg::FieldAnswered.text(lang) }</dt>
                    <dd>{ doc.answered.map(|d| long_date(d, lang)).unwrap_or_else(|| Msg::NotAnswered.text(lang).into()) }</dd>
                    <dt>{ Msg::FieldDelay.text(lang) }</dt>
                    <dd>
                        <span data-testid="delay-words">{ delay_words(&entry, lang) }</span>
                        if let Some(days) = bar_days {
                            <DelayBar {days} term={facts.term_days} status={facts.status} />
                        }
                    </dd>
                    <dt>{ Msg::FieldSubmitters.text(lang) }</dt>
                    <dd>{ people(&doc.submitters, false) }</dd>
                    <dt>{ Msg::FieldAnswerers.text(lang) }</dt>
                    <dd>{ people(&doc.answerers, true) }</dd>
                    <dt>{ Msg::FieldTopics.text(lang) }</dt>
                    <dd>
                        if doc.topics.is_empty() {
                            <span class="kv-muted">{ Msg::NoneListed.text(lang) }</span>
                        } else {
                            <ul class="kv-chips__list">{ for doc.topics.iter().map(topic_chip) }</ul>
                        }
                    </dd>
                    <dt>{ Msg::FieldSources.text(lang) }</dt>
                    <dd>
                        <ul class="kv-links">
                            { for source_link(&doc.question_url, Msg::QuestionSource) }
                            { for source_link(&doc.answer_url, Msg::AnswerSource) }
                        </ul>
                    </dd>
                </dl>
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
                <div role="tabpanel" id="panel-source" aria-labelledby="tab-source" class="kv-tabpanel">{ source }</div>
            }
        </article>
    }
}
