//! The active filters as removable chips (one per part of the search query), and a
//! button that clears them all.

use crate::app::i18n::labels::{filter_field_label, filter_value_label};
use crate::app::i18n::{use_lang, Msg};
use crate::app::selection::{use_selection, use_set_filter};
use crate::view::library::SearchQuery;
use yew::prelude::*;

/// The chips of the current filter; nothing when nothing is filtered.
#[function_component(FilterChips)]
pub fn filter_chips() -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let set_filter = use_set_filter();
    let filter = selection.filter.clone();
    if filter.is_empty() {
        return html! {};
    }
    let chip = |key: String, text: String, next: crate::view::library::LibraryFilter| {
        let set_filter = set_filter.clone();
        let on_remove = Callback::from(move |_: MouseEvent| set_filter.emit((next.clone(), false)));
        html! {
            <li key={key} class="kv-chip">
                <span class="kv-chip__text">{ text.clone() }</span>
                <button type="button" class="kv-chip__remove" onclick={on_remove}
                    aria-label={Msg::RemoveFilter { filter: &text }.text(lang)}>{ "×" }</button>
            </li>
        }
    };
    let query = SearchQuery::parse(&filter.query);
    let parsed = query.parsed();
    let clear = {
        let set_filter = set_filter.clone();
        let cleared = filter.cleared();
        Callback::from(move |_: MouseEvent| set_filter.emit((cleared.clone(), false)))
    };
    html! {
        <div class="kv-chips">
            <ul class="kv-chips__list" aria-label={Msg::ActiveFilters.text(lang)} data-testid="chips">
                { for query.parts().into_iter().enumerate().map(|(i, part)| {
                    let text = Msg::SearchChip { words: part }.text(lang).into_owned();
                    chip(format!("q{i}={part}"), text, filter.with_query(&parsed.without_part(i)))
                }) }
                { for filter.selections.iter().map(|(field, value)| {
                    let text = format!("{}: {}", filter_field_label(*field).text(lang), filter_value_label(*field, value, lang));
                    chip(format!("{}={value}", field.key()), text, filter.without(*field, value))
                }) }
            </ul>
            <button type="button" class="kv-button kv-button--quiet" onclick={clear}>{ Msg::ClearFilters.text(lang) }</button>
        </div>
    }
}
