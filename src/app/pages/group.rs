//! The pages of one ministry (`#/ministerie/<code>`) and one member
//! (`#/kamerlid/<name>`), over the documents that pass the current filters.

use crate::app::components::group_page_view::GroupPageView;
use crate::app::selection::Shared;
use crate::model::Date;
use crate::view::group_page::GroupPage;
use crate::view::library::LibraryEntry;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`GroupRoutePage`].
#[derive(Properties, PartialEq)]
pub struct GroupRoutePageProps {
    /// Whose page it is.
    pub page: GroupPage,
    /// The entries that pass the current filters.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date.
    pub reference: Date,
}

/// A ministry's or a member's page.
#[function_component(GroupRoutePage)]
pub fn group_route_page(props: &GroupRoutePageProps) -> Html {
    html! { <GroupPageView page={props.page.clone()} entries={props.entries.clone()} reference={props.reference} /> }
}
