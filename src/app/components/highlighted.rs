//! Text with the search words highlighted: the text is split into spans by the
//! core's `highlight` (never HTML), matches in `<mark>`.

use crate::view::library::{highlight, Field, SearchQuery};
use yew::prelude::*;

/// Properties of [`Highlighted`].
#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    /// The text.
    pub text: AttrValue,
    /// The search query whose words are marked.
    pub query: SearchQuery,
    /// The field the text is (scoped search terms mark only their field).
    #[prop_or(Field::Title)]
    pub field: Field,
}

/// The text with every match of the query in a `<mark>`.
#[function_component(Highlighted)]
pub fn highlighted(props: &HighlightedProps) -> Html {
    if props.query.is_empty() {
        return html! { <>{ props.text.clone() }</> };
    }
    html! {
        <>
            { for highlight(&props.text, props.field, &props.query).into_iter().map(|span| {
                if span.matched {
                    html! { <mark class="kv-mark">{ span.text }</mark> }
                } else {
                    html! { { span.text } }
                }
            }) }
        </>
    }
}
