//! The numbered questions of one document with their answers.

use crate::app::i18n::{use_lang, Msg};
use crate::model::Kamervraag;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`QuestionsView`].
#[derive(Properties, PartialEq)]
pub struct QuestionsViewProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
}

/// A keyed list of questions, each with its answer paragraphs (or "no answer").
#[function_component(QuestionsView)]
pub fn questions_view(props: &QuestionsViewProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="kv-embed-questions" aria-label={Msg::Questions.text(lang)}>
            <ol class="kv-embed-questions__list">
                { for props.doc.questions.iter().map(|q| html! {
                    <li key={q.number} class="kv-embed-question" data-testid="question">
                        <p class="kv-embed-question__label">
                            { format!("{} {}", Msg::QuestionLabel.text(lang), q.number) }
                        </p>
                        <p class="kv-embed-question__text">{ &q.text }</p>
                        { match &q.answer {
                            Some(answer) => html! {
                                <div class="kv-embed-question__answer">
                                    { for answer.split('\n').enumerate().map(|(i, para)| html! {
                                        <p key={i}>{ para }</p>
                                    }) }
                                </div>
                            },
                            None => html! {
                                <p class="kv-embed-question__answer kv-embed-question__answer--none">
                                    { Msg::NoAnswer.text(lang) }
                                </p>
                            },
                        } }
                    </li>
                }) }
            </ol>
        </section>
    }
}
