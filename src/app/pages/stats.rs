//! The statistics page (`#/stats`): key figures, the delay histogram, the monthly
//! trend and the per-group charts of the documents that pass the current filters.

use crate::app::components::stats_view::StatsView;
use crate::app::selection::Shared;
use crate::model::Date;
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`StatsPage`].
#[derive(Properties, PartialEq)]
pub struct StatsPageProps {
    /// The entries that pass the current filters, with their facts.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
}

/// Statistics of the filtered documents.
#[function_component(StatsPage)]
pub fn stats_page(props: &StatsPageProps) -> Html {
    html! { <StatsView entries={props.entries.clone()} reference={props.reference} /> }
}
