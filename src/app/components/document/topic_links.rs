//! The topics of a document as chips that open the library filtered on that topic.

use crate::app::i18n::{use_lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, use_go, use_selection, Destination};
use crate::view::library::FilterField;
use yew::prelude::*;

/// Properties of [`TopicLinks`].
#[derive(Properties, PartialEq)]
pub struct TopicLinksProps {
    /// The topics.
    pub topics: Vec<String>,
}

/// One linked chip per topic.
#[function_component(TopicLinks)]
pub fn topic_links(props: &TopicLinksProps) -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let go = use_go();
    html! {
        <ul class="kv-chips__list">
            { for props.topics.iter().enumerate().map(|(i, topic)| {
                let go = go.clone();
                let filter = selection.filter.cleared().with(FilterField::Topic, topic);
                let link = href(&Route::Home, &filter);
                let onclick = Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    go.emit(Destination { route: Route::Home, filter: filter.clone(), replace: false })
                });
                html! {
                    <li key={i}>
                        <a class="kv-chip kv-chip--link" href={link} {onclick}
                            aria-label={Msg::TopicFilterHint.fill(lang, &[topic])}>{ topic.clone() }</a>
                    </li>
                }
            }) }
        </ul>
    }
}
