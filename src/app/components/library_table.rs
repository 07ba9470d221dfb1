//! The library table: one keyed row per document (submitted, vraagnummer and title
//! with search matches highlighted, submitters with party, ministries, delay, status),
//! sortable by every column. Windowed: only the visible rows plus a margin are in the
//! DOM; fixed row height, with SVG spacers (geometry attributes, no inline styles) for
//! the rows above and below.

use crate::app::components::highlighted::Highlighted;
use crate::app::components::status_badge::StatusBadge;
use crate::app::i18n::labels::sort_column_label;
use crate::app::i18n::{use_lang, Lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, Shared};
use crate::view::library::{
    row_window, snippets, Field, LibraryEntry, LibraryFilter, SearchQuery, SortColumn,
};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Height of one row in pixels (the CSS uses the same value).
pub const ROW_HEIGHT: u32 = 56;
/// Height of one row with its search snippets in pixels (the CSS uses the same value).
pub const ROW_HEIGHT_WITH_SNIPPETS: u32 = 112;
/// Snippets shown under a matching row's title.
pub const SNIPPETS_PER_ROW: usize = 3;
/// Characters of context in a snippet.
pub const SNIPPET_WIDTH: usize = 80;
/// Rows rendered above and below the visible ones.
pub const OVERSCAN: usize = 8;

/// Properties of [`LibraryTable`].
#[derive(Properties, PartialEq)]
pub struct LibraryTableProps {
    /// The rows, in order.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The filter (for the search highlight, the sort marks and links).
    pub filter: LibraryFilter,
    /// Called with the column whose header was pressed.
    pub on_sort: Callback<SortColumn>,
}

/// The submitters of a row: `Name (PARTY)`, at most two, then `+N`.
fn submitters_text(entry: &LibraryEntry) -> String {
    let people = &entry.doc.submitters;
    let mut text = people
        .iter()
        .take(2)
        .map(|p| p.display_with_party())
        .collect::<Vec<_>>()
        .join(", ");
    if people.len() > 2 {
        text.push_str(&format!(" +{}", people.len() - 2));
    }
    text
}

/// The ministries of a row, abbreviated.
fn ministries_text(entry: &LibraryEntry) -> String {
    entry
        .facts
        .ministries
        .iter()
        .filter(|m| m.name != crate::stats::UNKNOWN_MINISTRY)
        .map(|m| m.abbreviation.clone().unwrap_or_else(|| m.name.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The delay of a row: days to the answer, or days open.
fn delay_text(entry: &LibraryEntry, lang: Lang) -> String {
    match (entry.facts.delay_days, entry.facts.age_days) {
        (Some(days), _) => Msg::DaysShort { days }.text(lang).into_owned(),
        (None, Some(days)) => Msg::DaysOpenShort { days }.text(lang).into_owned(),
        _ => "–".to_string(),
    }
}

/// The height of the browser window (an upper bound of the table body's height).
fn window_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .filter(|h| *h > 0.0)
        .unwrap_or(900.0)
}

/// The windowed, sortable table of documents.
#[function_component(LibraryTable)]
pub fn library_table(props: &LibraryTableProps) -> Html {
    let lang = use_lang();
    let scroll_top = use_state_eq(|| 0.0f64);
    // The body is at most as high as the window: render enough rows to fill that.
    let viewport = use_state_eq(window_height);
    let body_ref = use_node_ref();
    let on_scroll = {
        let scroll_top = scroll_top.clone();
        let viewport = viewport.clone();
        Callback::from(move |e: Event| {
            let body: Element = e.target_unchecked_into();
            scroll_top.set(body.scroll_top() as f64);
            viewport.set(window_height());
        })
    };
    let total = props.entries.len();
    let query = SearchQuery::parse(&props.filter.query);
    let row_height = if query.is_empty() {
        ROW_HEIGHT
    } else {
        ROW_HEIGHT_WITH_SNIPPETS
    };
    let window = row_window(*scroll_top, *viewport, row_height, total, OVERSCAN);
    let sort = props.filter.sort;

    let header = SortColumn::ALL.into_iter().map(|column| {
        let sorted = sort.column == column;
        let aria_sort = match (sorted, sort.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let mark = match aria_sort {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "↕",
        };
        let on_sort = props.on_sort.clone();
        let label = sort_column_label(column).text(lang);
        html! {
            <div key={column.key()} role="columnheader" aria-sort={aria_sort}
                class={format!("kv-cell kv-cell--{}", column.key())}>
                <button type="button" class="kv-sort" data-sort={column.key()}
                    onclick={Callback::from(move |_: MouseEvent| on_sort.emit(column))}>
                    { label }
                    <span class="kv-sort__mark" aria-hidden="true">{ mark }</span>
                </button>
            </div>
        }
    });

    let rows = props
        .entries
        .get(window.start..window.end)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .map(|(offset, entry)| {
            let index = window.start + offset;
            let doc = &entry.doc;
            let link = href(&Route::Document { id: entry.key.clone() }, &props.filter);
            let title = doc.title.clone().unwrap_or_default();
            html! {
                <div role="row" key={entry.key.clone()} class="kv-row" aria-rowindex={(index + 2).to_string()}
                    data-testid="library-row">
                    <div role="cell" class="kv-cell kv-cell--submitted">
                        { doc.submitted.map(|d| d.to_string()).unwrap_or_else(|| "–".into()) }
                    </div>
                    <div role="cell" class="kv-cell kv-cell--title">
                        <a class="kv-row__id" href={link.clone()} data-testid="doc-id">
                            { doc.id.clone().unwrap_or_else(|| Msg::NoId.text(lang).into()) }
                        </a>
                        <span class="kv-row__title" title={title.clone()}>
                            <Highlighted text={title} query={query.clone()} field={Field::Title} />
                        </span>
                        if !query.is_empty() {
                            <ul class="kv-snippets" data-testid="snippets">
                                { for snippets(doc, &query, SNIPPETS_PER_ROW, SNIPPET_WIDTH).into_iter().enumerate().map(|(i, (m, s))| html! {
                                    <li key={i} class="kv-snippet" data-testid="snippet">
                                        <a href={link.clone()} class="kv-snippet__link">
                                            <span class="kv-snippet__place">{ m.place() }</span>
                                            { if s.cut_before { "…" } else { "" } }{ s.before }
                                            <mark class="kv-mark">{ s.hit }</mark>
                                            { s.after }{ if s.cut_after { "…" } else { "" } }
                                        </a>
                                    </li>
                                }) }
                            </ul>
                        }
                    </div>
                    <div role="cell" class="kv-cell kv-cell--submitters">{ submitters_text(entry) }</div>
                    <div role="cell" class="kv-cell kv-cell--ministries"
                        title={entry.facts.ministries.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ")}>
                        { ministries_text(entry) }
                    </div>
                    <div role="cell" class="kv-cell kv-cell--delay">{ delay_text(entry, lang) }</div>
                    <div role="cell" class="kv-cell kv-cell--status"><StatusBadge status={entry.facts.status} /></div>
                </div>
            }
        });

    html! {
        <div role="table" class={classes!("kv-table", (!query.is_empty()).then_some("kv-table--snippets"))}
            aria-label={Msg::LibraryTableLabel.text(lang)}
            aria-rowcount={(total + 1).to_string()} data-testid="library">
            <div role="rowgroup" class="kv-table__head">
                <div role="row" class="kv-row kv-row--head" aria-rowindex="1">{ for header }</div>
            </div>
            <div role="rowgroup" class="kv-table__body" ref={body_ref} onscroll={on_scroll} tabindex="0"
                aria-label={Msg::LibraryTableLabel.text(lang)}>
                <svg class="kv-spacer" aria-hidden="true" width="1" height={window.space_above.to_string()} />
                { for rows }
                <svg class="kv-spacer" aria-hidden="true" width="1" height={window.space_below.to_string()} />
            </div>
        </div>
    }
}
