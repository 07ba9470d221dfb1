//! The library's search box and one menu per filter field. Choosing a value adds it
//! to the filter (in the URL); the menus list the values present in the library
//! (those of the selection's library: while files load, refreshed as it grows).

use crate::app::i18n::labels::{filter_field_label, filter_value_label};
use crate::app::i18n::{use_lang, Msg};
use crate::app::selection::{use_selection, use_set_filter};
use crate::view::library::SearchQuery;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The search box and the filter menus.
#[function_component(FilterBar)]
pub fn filter_bar() -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let set_filter = use_set_filter();
    let library = selection.library.clone();
    let options = use_memo(library.revision(), move |_| library.filter_menus());

    // What is typed; a query that cannot be read stays here (with the reason) and
    // the filter keeps the previous one, so the results stay.
    let draft = use_state(|| selection.filter.query.clone());
    let problem = use_state(|| {
        SearchQuery::parse(&selection.filter.query)
            .error()
            .map(|e| e.to_string())
    });
    {
        let draft = draft.clone();
        let problem = problem.clone();
        use_effect_with(selection.filter.query.clone(), move |query| {
            draft.set(query.clone());
            problem.set(SearchQuery::parse(query).error().map(|e| e.to_string()));
        });
    }
    let on_search = {
        let set_filter = set_filter.clone();
        let filter = selection.filter.clone();
        let draft = draft.clone();
        let problem = problem.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            draft.set(text.clone());
            match SearchQuery::parse(&text).error() {
                Some(error) => problem.set(Some(error.to_string())),
                None => {
                    problem.set(None);
                    set_filter.emit((filter.with_query(&text), true));
                }
            }
        })
    };
    html! {
        <div class="kv-filter-bar" role="search">
            <label class="kv-search">
                <span class="kv-visually-hidden">{ Msg::SearchLabel.text(lang) }</span>
                <input
                    type="search"
                    class="kv-search__input"
                    data-testid="search"
                    placeholder={Msg::SearchPlaceholder.text(lang)}
                    value={(*draft).clone()}
                    oninput={on_search}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={problem.is_some().then_some("kv-search-problem")}
                />
            </label>
            if let Some(reason) = (*problem).as_ref() {
                <p id="kv-search-problem" class="kv-search__problem" role="alert" data-testid="search-problem">
                    { Msg::QueryProblem { reason }.text(lang) }
                </p>
            }
            <div class="kv-filter-menus" role="group" aria-label={Msg::FiltersLabel.text(lang)}>
                { for options.iter().map(|(field, values)| {
                    let field = *field;
                    let on_change = {
                        let set_filter = set_filter.clone();
                        let filter = selection.filter.clone();
                        Callback::from(move |e: Event| {
                            let select: HtmlSelectElement = e.target_unchecked_into();
                            let value = select.value();
                            if !value.is_empty() {
                                set_filter.emit((filter.with(field, &value), false));
                            }
                            select.set_value("");
                        })
                    };
                    let label = filter_field_label(field).text(lang);
                    html! {
                        <label key={field.key()} class="kv-select-label">
                            <span class="kv-visually-hidden">{ label.clone() }</span>
                            <select class="kv-select" data-filter={field.key()} onchange={on_change}>
                                <option value="" selected=true>{ Msg::FilterAny { field: &label }.text(lang) }</option>
                                { for values.iter().map(|(value, count)| html! {
                                    <option key={value.clone()} value={value.clone()}>
                                        { format!("{} ({count})", filter_value_label(field, value, lang)) }
                                    </option>
                                }) }
                            </select>
                        </label>
                    }
                }) }
            </div>
        </div>
    }
}
