//! The numbered questions of one document with their answers, for embedding: the
//! same component as the app's document page.

use crate::app::components::document::questions_answers::QuestionsAnswers;
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

/// The questions and answers only.
#[function_component(QuestionsView)]
pub fn questions_view(props: &QuestionsViewProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="kv-embed-questions kv-qa" aria-label={Msg::TabQa.text(lang)}>
            <QuestionsAnswers doc={props.doc.clone()} />
        </section>
    }
}
