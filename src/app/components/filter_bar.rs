//! The library's search box and one menu per filter field. Choosing a value adds it
//! to the filter (in the URL); the menus list the values present in the library.

use crate::app::components::status_badge::status_label;
use crate::app::i18n::{use_lang, Lang, Msg};
use crate::app::selection::{use_selection, use_set_filter};
use crate::app::state::use_app_state;
use crate::stats::Status;
use crate::view::library::FilterField;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The label of a filter field.
pub fn field_label(field: FilterField, lang: Lang) -> &'static str {
    match field {
        FilterField::Party => Msg::FilterParty,
        FilterField::Submitter => Msg::FilterSubmitter,
        FilterField::Ministry => Msg::FilterMinistry,
        FilterField::Answerer => Msg::FilterAnswerer,
        FilterField::Topic => Msg::FilterTopic,
        FilterField::Year => Msg::FilterYear,
        FilterField::Cabinet => Msg::FilterCabinet,
        FilterField::Status => Msg::FilterStatus,
    }
    .text(lang)
}

/// How a filter value is shown (statuses are translated).
pub fn value_label(field: FilterField, value: &str, lang: Lang) -> String {
    if field == FilterField::Status {
        if let Ok(status) = value.parse::<Status>() {
            return status_label(status, lang).to_string();
        }
    }
    value.to_string()
}

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
                    let label = field_label(field, lang);
                    html! {
                        <label key={field.key()} class="kv-select-label">
                            <span class="kv-visually-hidden">{ label }</span>
                            <select class="kv-select" data-filter={field.key()} onchange={on_change}>
                                <option value="" selected=true>{ Msg::FilterAny.fill(lang, &[&label]) }</option>
                                { for values.iter().map(|(value, count)| html! {
                                    <option key={value.clone()} value={value.clone()}>
                                        { format!("{} ({count})", value_label(field, value, lang)) }
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
