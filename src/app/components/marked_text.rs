//! Question or answer text with footnote markers as superscript links to the
//! footnote list (only where the footnote exists, split by the core), and search
//! matches highlighted.

use crate::app::components::highlighted::Highlighted;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::dom::scroll_to_id;
use crate::view::document::footnote_anchor;
use crate::view::footnote_marks::{split_document_footnote_marks, FootnoteNumbers, MarkedText};
use crate::view::library::{Field, SearchQuery};
use yew::prelude::*;

/// Properties of [`MarkedTextView`].
#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    /// The footnote numbers of the document (found once per document).
    pub footnotes: FootnoteNumbers,
    /// The text.
    pub text: AttrValue,
    /// Search words to highlight.
    pub query: SearchQuery,
    /// The field the text is (scoped search terms mark only their field).
    #[prop_or(Field::Title)]
    pub field: Field,
}

/// Text with footnote links.
#[function_component(MarkedTextView)]
pub fn marked_text_view(props: &MarkedTextProps) -> Html {
    let lang = use_lang();
    let parts = split_document_footnote_marks(&props.footnotes, &props.text);
    html! {
        <>
            { for parts.into_iter().map(|part| match part {
                MarkedText::Text(text) => html! {
                    <Highlighted text={AttrValue::from(text.to_string())} query={props.query.clone()} field={props.field} />
                },
                MarkedText::Footnote(n) => {
                    let target = footnote_anchor(n);
                    let onclick = {
                        let target = target.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            scroll_to_id(&target);
                        })
                    };
                    html! {
                        <sup class="kv-footnote-mark">
                            <a href={format!("#{target}")} onclick={onclick}
                                aria-label={Msg::FootnoteLink { number: n }.text(lang)}>{ n }</a>
                        </sup>
                    }
                }
            }) }
        </>
    }
}
