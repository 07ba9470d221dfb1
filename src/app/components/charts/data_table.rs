//! A [`StatsTable`] as a real HTML `<table>`: translated column headers, numbers
//! right-aligned, rows keyed by position.

use crate::app::i18n::labels::column_label;
use crate::app::i18n::use_lang;
use crate::view::charts::stats_table::StatsTable;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The table to show (already localized for display).
    pub table: Rc<StatsTable>,
    /// The caption, for screen readers.
    pub caption: AttrValue,
}

/// The table view of a chart.
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let lang = use_lang();
    let table = &props.table;
    let numeric: Vec<bool> = table.columns.iter().map(|c| c.is_numeric()).collect();
    let cell_class = |i: usize| {
        if numeric.get(i).copied().unwrap_or(false) {
            "kv-data-table__num"
        } else {
            "kv-data-table__text"
        }
    };
    html! {
        <div class="kv-data-table-wrap" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="kv-data-table">
                <caption class="kv-visually-hidden">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        { for table.columns.iter().enumerate().map(|(i, column)| html! {
                            <th key={i} scope="col" class={cell_class(i)}>{ column_label(*column).text(lang) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for table.rows.iter().enumerate().map(|(r, row)| html! {
                        <tr key={r}>
                            { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th key={i} scope="row" class={cell_class(i)}>{ cell.clone() }</th> }
                            } else {
                                html! { <td key={i} class={cell_class(i)}>{ cell.clone() }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
