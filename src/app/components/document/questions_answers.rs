//! The numbered questions of a document, each paired with its answer (paragraphs, a
//! `Zie antwoord` link, or why there is none), footnote marks linked and search words
//! highlighted.

use crate::app::components::marked_text::MarkedTextView;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::dom;
use crate::model::Kamervraag;
use crate::view::document::{answer_anchor, answer_ids, AnswerShown};
use crate::view::library::SearchQuery;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`QuestionsAnswers`].
#[derive(Properties, PartialEq)]
pub struct QuestionsAnswersProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// Search words to highlight.
    #[prop_or_default]
    pub query: SearchQuery,
}

/// The question/answer pairs, or a note that the document has no questions.
#[function_component(QuestionsAnswers)]
pub fn questions_answers(props: &QuestionsAnswersProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    let marked = |text: &str| {
        html! { <MarkedTextView doc={doc.clone()} text={AttrValue::from(text.to_string())} query={props.query.clone()} /> }
    };
    if doc.questions.is_empty() {
        return html! { <p class="kv-empty">{ Msg::NoQuestions.text(lang) }</p> };
    }
    let ids = answer_ids(doc);
    html! {
        <ol class="kv-qa__list">
            { for doc.questions.iter().zip(ids).enumerate().map(|(i, (q, id))| {
                let answer = match AnswerShown::of(q, doc.is_answered()) {
                    AnswerShown::SeeAnswer(n) => {
                        let target = answer_anchor(n);
                        let onclick = {
                            let target = target.clone();
                            Callback::from(move |e: MouseEvent| { e.prevent_default(); dom::scroll_to_id(&target); })
                        };
                        html! { <p><a href={format!("#{target}")} class="kv-see-answer" {onclick}>{ Msg::SeeAnswer { number: n }.text(lang) }</a></p> }
                    }
                    AnswerShown::Paragraphs(paragraphs) => html! {
                        { for paragraphs.into_iter().enumerate().map(|(i, para)| html! { <p key={i}>{ marked(para) }</p> }) }
                    },
                    AnswerShown::NoOwnAnswer => html! { <p class="kv-muted kv-no-answer">{ Msg::NoOwnAnswer.text(lang) }</p> },
                    AnswerShown::NoAnswer => html! { <p class="kv-muted kv-no-answer">{ Msg::NoAnswer.text(lang) }</p> },
                };
                html! {
                    <li key={i} class="kv-qa__pair" value={q.number.to_string()} data-testid="question">
                        <div class="kv-qa__question">
                            <h3 class="kv-qa__label">{ Msg::QuestionN { number: q.number }.text(lang) }</h3>
                            <p>{ marked(&q.text) }</p>
                        </div>
                        <div class="kv-qa__answer" {id}>
                            <h3 class="kv-qa__label">{ Msg::AnswerN { number: q.number }.text(lang) }</h3>
                            { answer }
                        </div>
                    </li>
                }
            }) }
        </ol>
    }
}
