//! Stepping through the search matches of the open document: `n` goes to the next
//! highlighted match, `N` to the previous one (wrapping), the current one marked
//! and scrolled into view. Opening a document with a search lands on its first match.

use crate::app::infra::listeners;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The class of the match stepped to.
const CURRENT: &str = "kv-mark--current";

/// Properties of [`MatchStepper`].
#[derive(Properties, PartialEq)]
pub struct MatchStepperProps {
    /// The search query as typed (stepping is off without one).
    pub query: AttrValue,
    /// The document's key (a new document starts at its first match).
    pub id: AttrValue,
}

/// The highlighted matches in the document view, in page order.
fn marks() -> Vec<Element> {
    let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all("[data-testid=document] mark.kv-mark")
            .ok()
    }) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Marks match `index` (modulo the count) as current and scrolls to it.
fn show(index: usize) -> Option<usize> {
    let all = marks();
    if all.is_empty() {
        return None;
    }
    let index = index % all.len();
    for (i, mark) in all.iter().enumerate() {
        let _ = if i == index {
            mark.class_list().add_1(CURRENT)
        } else {
            mark.class_list().remove_1(CURRENT)
        };
    }
    all[index].scroll_into_view();
    Some(index)
}

/// Listens for `n` / `N`; renders nothing.
#[function_component(MatchStepper)]
pub fn match_stepper(props: &MatchStepperProps) -> Html {
    let current: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    use_effect_with(
        (props.query.clone(), props.id.clone()),
        move |(query, _)| {
            *current.borrow_mut() = None;
            let listener = (!query.trim().is_empty()).then(|| {
                // After the page has scrolled to its top: land on the first match.
                let first = {
                    let current = current.clone();
                    Timeout::new(60, move || *current.borrow_mut() = show(0))
                };
                let current = current.clone();
                let keys = listeners::shortcut_keys(move |key| {
                    let count = marks().len();
                    if count == 0 {
                        return;
                    }
                    let now = *current.borrow();
                    let next = match (key, now) {
                        ("n", None) => 0,
                        ("n", Some(i)) => i + 1,
                        ("N", None) => count - 1,
                        ("N", Some(i)) => i + count - 1,
                        _ => return,
                    };
                    *current.borrow_mut() = show(next);
                });
                (first, keys)
            });
            move || drop(listener)
        },
    );
    html! {}
}
