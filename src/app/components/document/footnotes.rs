//! The numbered footnotes of a document, each with a unique id; footnote marks
//! link to the first footnote of their number.

use crate::app::i18n::{use_lang, Msg};
use crate::model::Kamervraag;
use crate::view::document::footnote_ids;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Footnotes`].
#[derive(Properties, PartialEq)]
pub struct FootnotesProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
}

/// The footnote list; nothing when the document has none.
#[function_component(Footnotes)]
pub fn footnotes(props: &FootnotesProps) -> Html {
    let lang = use_lang();
    if props.doc.footnotes.is_empty() {
        return html! {};
    }
    let ids = footnote_ids(&props.doc);
    html! {
        <section class="kv-footnotes">
            <h2>{ Msg::Footnotes.text(lang) }</h2>
            <ol>
                { for props.doc.footnotes.iter().zip(ids).enumerate().map(|(i, (f, id))| html! {
                    <li key={i} {id} value={f.number.to_string()}>
                        { f.text.clone() }
                    </li>
                }) }
            </ol>
        </section>
    }
}
