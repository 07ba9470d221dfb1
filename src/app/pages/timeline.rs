//! The timeline page (`#/timeline`): the documents that pass the current filters on
//! one time axis, with the submissions per week above.

use crate::app::components::timeline_view::TimelineView;
use crate::app::selection::Shared;
use crate::model::Date;
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`TimelinePage`].
#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    /// The entries that pass the current filters, with their facts.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
}

/// All filtered documents on one time axis.
#[function_component(TimelinePage)]
pub fn timeline_page(props: &TimelinePageProps) -> Html {
    html! { <TimelineView entries={props.entries.clone()} reference={props.reference} /> }
}
