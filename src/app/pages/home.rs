//! The home view: a welcome with the drop zone when the library is empty; otherwise
//! the library (search, filters and chips, export, the windowed table), a compact
//! drop bar, and the files that could not be read.

use crate::app::components::clear_library::ClearLibrary;
use crate::app::components::drop_zone::DropZone;
use crate::app::components::export_buttons::ExportButtons;
use crate::app::components::file_list::FileList;
use crate::app::components::filter_bar::FilterBar;
use crate::app::components::filter_chips::FilterChips;
use crate::app::components::library_table::LibraryTable;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::dom;
use crate::app::infra::files::Pending;
use crate::app::ingest;
use crate::app::selection::{use_selection, use_set_filter, Shared};
use crate::app::state::use_app_state;
use crate::app::{EXAMPLE_NAME, EXAMPLE_TEXT};
use crate::view::library::SortColumn;
use yew::prelude::*;

/// The home page.
#[function_component(Home)]
pub fn home() -> Html {
    let state = use_app_state();
    let lang = use_lang();
    let selection = use_selection();
    let set_filter = use_set_filter();
    use_effect_with(lang, |lang| dom::set_title(&Msg::AppName.text(*lang)));

    let on_files = {
        let state = state.clone();
        Callback::from(move |files: Vec<Pending>| {
            ingest::load(state.clone(), files, ingest::Persist::Store)
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |_| ingest::load_now(&state, EXAMPLE_NAME, EXAMPLE_TEXT))
    };

    // The files set aside (`AppState::files_set_aside`), looked up again when the
    // shown selection changes (while files load, as the library grows) or, with
    // nothing loading, when the files change.
    let set_aside = {
        let files_key = (!state.is_loading()).then(|| Shared(state.files.clone()));
        let state = state.clone();
        use_memo((selection.entries.clone(), files_key), move |_| {
            state.files_set_aside()
        })
    };

    if state.library.is_empty() {
        return html! {
            <>
                <section class="kv-welcome">
                    <h1>{ Msg::WelcomeTitle.text(lang) }</h1>
                    <p class="kv-welcome__tagline">{ Msg::Tagline.text(lang) }</p>
                    <p>{ Msg::WelcomeText.text(lang) }</p>
                </section>
                <DropZone {on_files} {on_example} />
                if !state.files.is_empty() {
                    <section class="kv-files">
                        <h2>{ Msg::FailedFiles.text(lang) }</h2>
                        <FileList files={Shared(state.files.clone())} show_all={false} />
                        <ClearLibrary />
                    </section>
                }
            </>
        };
    }

    let on_sort = {
        let set_filter = set_filter.clone();
        let filter = selection.filter.clone();
        Callback::from(move |column: SortColumn| {
            set_filter.emit((filter.with_sort(filter.sort.toggled(column)), false))
        })
    };
    html! {
        <>
            <h1 class="kv-visually-hidden">{ Msg::NavLibrary.text(lang) }</h1>
            <FilterBar />
            <div class="kv-toolbar">
                <p class="kv-result-count" data-testid="result-count" role="status">
                    { Msg::ResultCount { shown: selection.entries.len(), total: state.library.len() }.text(lang) }
                </p>
                <ExportButtons />
                <ClearLibrary />
            </div>
            <FilterChips />
            if selection.entries.is_empty() {
                <p class="kv-empty" data-testid="no-results">{ Msg::NoResults.text(lang) }</p>
            } else {
                <LibraryTable entries={selection.entries.clone()} filter={selection.filter.clone()} {on_sort} />
            }
            <DropZone {on_files} {on_example} compact=true />
            <section class="kv-files">
                <p class="kv-files__summary">
                    { Msg::FilesSummary { files: state.files.len(), documents: state.library.len() }.text(lang) }
                </p>
                if !set_aside.is_empty() {
                    <h2>{ Msg::FailedFiles.text(lang) }</h2>
                    <FileList files={Shared(set_aside)} />
                }
            </section>
        </>
    }
}
