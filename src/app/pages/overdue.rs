//! The overdue page (`#/achterstand`): the unanswered documents past their term on
//! the reference date, per ministry and per answerer.

use crate::app::components::overdue_view::OverdueView;
use crate::app::selection::Shared;
use crate::model::Date;
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`OverduePage`].
#[derive(Properties, PartialEq)]
pub struct OverduePageProps {
    /// The entries that pass the current filters, as they stood on the reference date.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date.
    pub reference: Date,
}

/// The overdue list of the filtered documents.
#[function_component(OverduePage)]
pub fn overdue_page(props: &OverduePageProps) -> Html {
    html! { <OverdueView entries={props.entries.clone()} reference={props.reference} /> }
}
