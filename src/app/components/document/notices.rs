//! The notices (`Mededeling`) of a document, each headed by its date in words.

use crate::app::i18n::{long_date, use_lang, Msg};
use crate::model::Kamervraag;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DocumentNotices`].
#[derive(Properties, PartialEq)]
pub struct DocumentNoticesProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
}

/// One aside per notice.
#[function_component(DocumentNotices)]
pub fn document_notices(props: &DocumentNoticesProps) -> Html {
    let lang = use_lang();
    html! {
        { for props.doc.notices.iter().enumerate().map(|(i, n)| html! {
            <aside key={i} class="kv-doc-notice" data-testid="doc-notice">
                <h3>{ Msg::NoticeHeading.fill(lang, &[&n.date.map(|d| long_date(d, lang)).unwrap_or_default()]) }</h3>
                <p>{ n.text.clone() }</p>
            </aside>
        }) }
    }
}
