//! The facts of a document as a definition list: vraagnummer, dates in words, the
//! delay in words and as a bar, submitters, answerers with their posts, topics and
//! the source links.

use super::source_links::SourceLinks;
use crate::app::components::delay_bar::DelayBar;
use crate::app::i18n::{long_date, use_lang, Lang, Msg};
use crate::model::{Kamervraag, Person};
use crate::stats::DocumentFacts;
use crate::view::document::{bar_days, person_with_posts, Delay};
use std::rc::Rc;
use yew::prelude::*;

/// The delay of a document in words.
pub fn delay_words(delay: Delay, lang: Lang) -> String {
    match delay {
        Delay::Late { days, late, term } => Msg::DelayLate.fill(lang, &[&days, &late, &term]),
        Delay::OnTime { days, term } => Msg::DelayOnTime.fill(lang, &[&days, &term]),
        Delay::Overdue { age, overdue, term } => {
            Msg::DelayOverdue.fill(lang, &[&age, &overdue, &term])
        }
        Delay::Open { age, term, left } => Msg::DelayOpen.fill(lang, &[&age, &term, &left]),
        Delay::Unknown => Msg::DelayUnknown.text(lang).to_string(),
    }
}

/// Properties of [`FactList`].
#[derive(Properties, PartialEq)]
pub struct FactListProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// Its facts on the reference date.
    pub facts: DocumentFacts,
    /// The topics as the page wants them (e.g. chips that filter the library); plain
    /// chips when not given.
    #[prop_or_default]
    pub topics: Option<Html>,
}

fn people(list: &[Person], with_posts: bool, lang: Lang) -> Html {
    if list.is_empty() {
        return html! { <span class="kv-muted">{ Msg::NoneListed.text(lang) }</span> };
    }
    html! {
        <ul class="kv-people">
            { for list.iter().enumerate().map(|(i, p)| html! {
                <li key={i}>{ if with_posts { person_with_posts(p) } else { p.display_with_party() } }</li>
            }) }
        </ul>
    }
}

/// The facts list.
#[function_component(FactList)]
pub fn fact_list(props: &FactListProps) -> Html {
    let lang = use_lang();
    let (doc, facts) = (&props.doc, &props.facts);
    let topics = match &props.topics {
        _ if doc.topics.is_empty() => {
            html! { <span class="kv-muted">{ Msg::NoneListed.text(lang) }</span> }
        }
        Some(topics) => topics.clone(),
        None => html! {
            <ul class="kv-chips__list">
                { for doc.topics.iter().enumerate().map(|(i, t)| html! { <li key={i}><span class="kv-chip">{ t.clone() }</span></li> }) }
            </ul>
        },
    };
    html! {
        <dl class="kv-facts">
            <dt>{ Msg::LabelId.text(lang) }</dt>
            <dd data-testid="fact-id">{ doc.id.clone().unwrap_or_default() }</dd>
            <dt>{ Msg::LabelSubmitted.text(lang) }</dt>
            <dd>{ doc.submitted.map(|d| long_date(d, lang)).unwrap_or_else(|| "–".into()) }</dd>
            <dt>{ Msg::LabelAnswered.text(lang) }</dt>
            <dd>{ doc.answered.map(|d| long_date(d, lang)).unwrap_or_else(|| Msg::NotAnswered.text(lang).into()) }</dd>
            <dt>{ Msg::LabelDelay.text(lang) }</dt>
            <dd>
                <span data-testid="delay-words">{ delay_words(Delay::of(facts), lang) }</span>
                if let Some(days) = bar_days(facts) {
                    <DelayBar {days} term={facts.term_days} status={facts.status} />
                }
            </dd>
            <dt>{ Msg::LabelSubmitters.text(lang) }</dt>
            <dd>{ people(&doc.submitters, false, lang) }</dd>
            <dt>{ Msg::LabelAnswerers.text(lang) }</dt>
            <dd>{ people(&doc.answerers, true, lang) }</dd>
            <dt>{ Msg::LabelTopics.text(lang) }</dt>
            <dd>{ topics }</dd>
            <dt>{ Msg::LabelSources.text(lang) }</dt>
            <dd><SourceLinks doc={doc.clone()} /></dd>
        </dl>
    }
}
