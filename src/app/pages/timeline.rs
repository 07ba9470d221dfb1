//! The timeline view: all filtered documents on one time axis. (Skeleton: the statistics issue
//! and the app issue fill it in.)

use crate::model::{Date, Kamervraag};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`TimelinePage`].
#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    /// The documents that pass the current filters.
    pub documents: Rc<Vec<Rc<Kamervraag>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
}

/// All filtered documents on one time axis.
#[function_component(TimelinePage)]
pub fn timeline_page(props: &TimelinePageProps) -> Html {
    html! { <section class="kv-timeline"><p>{ props.documents.len() }</p></section> }
}
