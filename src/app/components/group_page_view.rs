//! The page of one ministry or one member: its statistics (tiles, delay histogram,
//! monthly trend, and the breakdown by answerer and cabinet or topic), its documents
//! past their term, and its documents in the library table. Which documents belong
//! to it is decided by the view layer ([`GroupPage`]).

use crate::app::components::library_table::LibraryTable;
use crate::app::components::overdue_view::OverdueView;
use crate::app::components::stats_view::StatsView;
use crate::app::i18n::{use_lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, use_selection, use_set_filter, Shared};
use crate::model::Date;
use crate::view::group_page::GroupPage;
use crate::view::library::{LibraryEntry, SortColumn};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`GroupPageView`].
#[derive(Properties, PartialEq)]
pub struct GroupPageViewProps {
    /// Whose page it is.
    pub page: GroupPage,
    /// The entries that pass the current filters, as they stood on the reference date.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date.
    pub reference: Date,
}

/// A ministry's or a member's page.
#[function_component(GroupPageView)]
pub fn group_page_view(props: &GroupPageViewProps) -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let set_filter = use_set_filter();
    let entries = use_memo(
        (props.page.clone(), props.entries.clone()),
        |(page, entries)| Shared(Rc::new(page.entries(entries))),
    );
    let on_sort = {
        let filter = selection.filter.clone();
        Callback::from(move |column: SortColumn| {
            set_filter.emit((filter.with_sort(filter.sort.toggled(column)), true))
        })
    };
    html! {
        <div class="kv-group-page" data-testid="group-page">
            <p class="kv-group-page__back">
                <a href={href(&Route::Stats, &selection.filter)}>{ Msg::BackToStats.text(lang) }</a>
            </p>
            <StatsView entries={(*entries).clone()} reference={props.reference} page={props.page.clone()} />
            <OverdueView entries={(*entries).clone()} reference={props.reference} with_control={false} />
            <section class="kv-group-page__documents" aria-labelledby="kv-group-documents">
                <h2 id="kv-group-documents">{ Msg::GroupDocumentsHeading.text(lang) }</h2>
                <LibraryTable entries={(*entries).clone()} filter={selection.filter.clone()} {on_sort} />
            </section>
        </div>
    }
}
