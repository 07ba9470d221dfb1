//! One whole document for embedding: title, facts (dates, delay, people, topics,
//! sources), notices, questions with answers and footnotes.

use super::questions_view::QuestionsView;
use crate::app::i18n::{use_lang, Lang, Msg};
use crate::model::{Kamervraag, Person};
use std::borrow::Cow;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
}

/// A link to an untrusted URL: only `http://` and `https://` become links, opened in a
/// new tab without access to this page.
fn source_link(label: Cow<'static, str>, url: &Option<String>) -> Html {
    match url {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => html! {
            <li><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a></li>
        },
        _ => html! {},
    }
}

fn people(list: &[Person]) -> String {
    list.iter()
        .map(Person::display_with_party)
        .collect::<Vec<_>>()
        .join(", ")
}

fn fact(key: &'static str, label: Cow<'static, str>, value: Option<String>) -> Html {
    match value.filter(|v| !v.is_empty()) {
        Some(value) => html! {
            <div key={key} class="kv-embed-facts__row">
                <dt>{ label }</dt>
                <dd data-testid={key}>{ value }</dd>
            </div>
        },
        None => html! {},
    }
}

fn facts(doc: &Kamervraag, lang: Lang) -> Html {
    let answered = match doc.answered {
        Some(date) => Some(date.to_string()),
        None => Some(Msg::NotAnswered.text(lang).to_string()),
    };
    let delay = doc
        .delay_days
        .or(doc.stated_delay_days)
        .map(|d| format!("{d} {}", Msg::Days.text(lang)));
    html! {
        <dl class="kv-embed-facts">
            { fact("id", Msg::FieldId.text(lang), doc.id.clone()) }
            { fact("submitted", Msg::FieldSubmitted.text(lang), doc.submitted.map(|d| d.to_string())) }
            { fact("answered", Msg::FieldAnswered.text(lang), answered) }
            { fact("delay", Msg::FieldDelay.text(lang), delay) }
            { fact("submitters", Msg::FieldSubmitters.text(lang), Some(people(&doc.submitters))) }
            { fact("answerers", Msg::FieldAnswerers.text(lang), Some(people(&doc.answerers))) }
            { fact("topics", Msg::FieldTopics.text(lang), Some(doc.topics.join(", "))) }
        </dl>
    }
}

/// The whole document.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    html! {
        <article class="kv-embed-document">
            <h2 class="kv-embed-document__title" data-testid="embed-title">
                { doc.title.clone().or_else(|| doc.id.clone()).unwrap_or_else(|| Msg::NoId.text(lang).into()) }
            </h2>
            { facts(doc, lang) }
            <ul class="kv-embed-document__links">
                { source_link(Msg::QuestionSource.text(lang), &doc.question_url) }
                { source_link(Msg::AnswerSource.text(lang), &doc.answer_url) }
            </ul>
            if !doc.notices.is_empty() {
                <section class="kv-embed-notices">
                    <h3>{ Msg::Notices.text(lang) }</h3>
                    { for doc.notices.iter().enumerate().map(|(i, n)| html! {
                        <p key={i}>
                            if let Some(date) = n.date { <strong>{ format!("{date}: ") }</strong> }
                            { &n.text }
                        </p>
                    }) }
                </section>
            }
            <h3>{ Msg::Questions.text(lang) }</h3>
            <QuestionsView doc={doc.clone()} />
            if !doc.footnotes.is_empty() {
                <section class="kv-embed-footnotes">
                    <h3>{ Msg::Footnotes.text(lang) }</h3>
                    <ol>
                        { for doc.footnotes.iter().map(|f| html! {
                            <li key={f.number} value={f.number.to_string()}>{ &f.text }</li>
                        }) }
                    </ol>
                </section>
            }
            if !doc.complete {
                <p class="kv-embed-document__incomplete">{ Msg::Incomplete.text(lang) }</p>
            }
        </article>
    }
}
