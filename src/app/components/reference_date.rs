//! The reference date (peildatum) control of the statistics, timeline and overdue
//! views: a date field kept in the URL (`peildatum=YYYY-MM-DD`), a button back to
//! today, and how many documents the date leaves out.

use crate::app::i18n::{long_date, use_lang, Msg};
use crate::app::selection::{use_selection, use_set_filter};
use crate::model::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The date field with its notes.
#[function_component(ReferenceDateControl)]
pub fn reference_date_control() -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let set_filter = use_set_filter();
    let on_change = {
        let filter = selection.filter.clone();
        let set_filter = set_filter.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let date = input.value().parse::<Date>().ok();
            set_filter.emit((filter.with_reference(date), true));
        })
    };
    let on_today = {
        let filter = selection.filter.clone();
        Callback::from(move |_: MouseEvent| set_filter.emit((filter.with_reference(None), false)))
    };
    let date_words = long_date(selection.reference, lang);
    html! {
        <div class="kv-reference" data-testid="reference-date">
            <label class="kv-reference__label" for="kv-reference-date">
                { Msg::ReferenceDateLabel.text(lang) }
            </label>
            <input id="kv-reference-date" class="kv-input kv-reference__input" type="date"
                value={selection.reference.to_string()} onchange={on_change} />
            if selection.filter.reference.is_some() {
                <button type="button" class="kv-button kv-button--quiet" onclick={on_today}
                    title={Msg::ReferenceDateResetHint.text(lang)}>
                    { Msg::ReferenceDateToday.text(lang) }
                </button>
            }
            <p class="kv-reference__note" data-testid="reference-note">
                { Msg::FiguresOn { date: &date_words }.text(lang) }
            </p>
            if selection.submitted_later > 0 {
                <p class="kv-reference__note" role="status" data-testid="submitted-later">
                    { Msg::SubmittedLater { count: selection.submitted_later }.text(lang) }
                </p>
            }
        </div>
    }
}
