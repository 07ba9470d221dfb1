//! A readable error inside an embedded viewer, so a failure is never a blank box.

use crate::app::i18n::{use_lang, Msg};
use yew::prelude::*;

/// Properties of [`ErrorBox`].
#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    /// The reason, e.g. the parser's message.
    pub reason: AttrValue,
}

/// A boxed, announced error message with its reason.
#[function_component(ErrorBox)]
pub fn error_box(props: &ErrorBoxProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="kv-embed__error" role="alert">
            <p class="kv-embed__error-title">{ Msg::EmbedCannotRead.text(lang) }</p>
            <p class="kv-embed__error-reason">{ props.reason.clone() }</p>
        </div>
    }
}
