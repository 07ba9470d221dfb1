//! The library's search box and one menu per filter field. Choosing a value adds it
//! to the filter (in the URL); the menus list the values present in the library.

use crate::app::i18n::labels::{filter_field_label, filter_value_label};
use crate::app::i18n::{use_lang, Msg};
use crate::app::selection::{use_selection, use_set_filter};
use crate::app::state::use_app_state;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The search box and the filter menus.
#[function_component(FilterBar)]
pub fn filter_bar() -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let selection = use_selection();
    let set_filter = use_set_filter();
    let library = state.library.clone();
    let options = use_memo(state.library.revision(), move |_| library.filter_menus());

    let on_search = {
        let set_filter = set_filter.clone();
        let filter = selection.filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            set_filter.emit((filter.with_query(&input.value()), true));
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
                    value={selection.filter.query.clone()}
                    oninput={on_search}
                />
            </label>
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
