//! Downloads of the filtered documents: CSV and JSON (schema `kamervraag/1`), made by
//! the core's exporters and saved through the browser.

use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::download::download_text;
use crate::app::selection::use_selection;
use crate::export::{documents_to_csv, documents_to_json_array};
use crate::model::Kamervraag;
use yew::prelude::*;

/// The two download buttons.
#[function_component(ExportButtons)]
pub fn export_buttons() -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let entries = selection.entries.clone();
    let owned = move || -> Vec<Kamervraag> { entries.iter().map(|e| (*e.doc).clone()).collect() };
    let on_csv = {
        let owned = owned.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = documents_to_csv(&owned());
            if let Err(e) = download_text("kamervragen.csv", "text/csv;charset=utf-8", &csv) {
                web_sys::console::warn_1(&e.into());
            }
        })
    };
    let on_json = Callback::from(move |_: MouseEvent| {
        let json = documents_to_json_array(&owned(), true);
        if let Err(e) = download_text("kamervragen.json", "application/json", &json) {
            web_sys::console::warn_1(&e.into());
        }
    });
    html! {
        <div class="kv-export" role="group" aria-label={Msg::ExportLabel.text(lang)}>
            <button type="button" class="kv-button" data-testid="export-csv" onclick={on_csv}>{ Msg::ExportCsv.text(lang) }</button>
            <button type="button" class="kv-button" data-testid="export-json" onclick={on_json}>{ Msg::ExportJson.text(lang) }</button>
        </div>
    }
}
