//! Previous/next through the filtered list (buttons and the `j`/`k` keys), the
//! position in it, and the way back to the library.

use super::back_link::BackLink;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::listeners;
use crate::app::route::Route;
use crate::app::selection::{use_go, use_selection, Destination};
use crate::view::library::neighbours;
use yew::prelude::*;

/// Properties of [`DocumentNav`].
#[derive(Properties, PartialEq)]
pub struct DocumentNavProps {
    /// The key of the document shown.
    pub id: String,
}

/// The navigation bar above a document.
#[function_component(DocumentNav)]
pub fn document_nav(props: &DocumentNavProps) -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let go = use_go();
    let keys: Vec<&str> = selection.entries.iter().map(|e| e.key.as_str()).collect();
    let (previous, next) = neighbours(&keys, &props.id);
    let position = keys.iter().position(|k| *k == props.id);
    let (previous, next) = (previous.map(str::to_string), next.map(str::to_string));
    let goto = {
        let filter = selection.filter.clone();
        move |key: String| {
            go.emit(Destination {
                route: Route::Document { id: key },
                filter: filter.clone(),
                replace: false,
            })
        }
    };
    {
        let goto = goto.clone();
        use_effect_with((previous.clone(), next.clone()), move |(previous, next)| {
            let (previous, next) = (previous.clone(), next.clone());
            let listener = listeners::shortcut_keys(move |key| {
                let target = match key {
                    "j" => &next,
                    "k" => &previous,
                    _ => &None,
                };
                if let Some(k) = target {
                    goto(k.clone())
                }
            });
            move || drop(listener)
        });
    }
    let step = |target: Option<String>,
                label: Msg,
                testid: &'static str,
                shortcut: &'static str| {
        let goto = goto.clone();
        match target {
            Some(key) => html! {
                <button type="button" class="kv-button" data-testid={testid} aria-keyshortcuts={shortcut}
                    onclick={Callback::from(move |_: MouseEvent| goto(key.clone()))}>{ label.text(lang) }</button>
            },
            None => html! {
                <button type="button" class="kv-button" data-testid={testid} disabled=true>{ label.text(lang) }</button>
            },
        }
    };
    html! {
        <nav class="kv-doc-nav" aria-label={Msg::DocNav.text(lang)}>
            <BackLink />
            <div class="kv-doc-nav__steps">
                { step(previous, Msg::Previous, "doc-previous", "k") }
                if let Some(i) = position {
                    <span class="kv-doc-nav__position">{ Msg::PositionOf.fill(lang, &[&(i + 1), &keys.len()]) }</span>
                }
                { step(next, Msg::Next, "doc-next", "j") }
            </div>
            <p class="kv-muted kv-doc-nav__hint">{ Msg::KeyboardHint.text(lang) }</p>
        </nav>
    }
}
