//! The statistics view of the filtered documents. (Skeleton: the statistics issue
//! and the app issue fill it in.)

use crate::model::{Date, Kamervraag};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`StatsPage`].
#[derive(Properties, PartialEq)]
pub struct StatsPageProps {
    /// The documents that pass the current filters.
    pub documents: Rc<Vec<Rc<Kamervraag>>>,
    /// The reference date ("today") for open and overdue documents.
    pub reference: Date,
}

/// Statistics of the filtered documents.
#[function_component(StatsPage)]
pub fn stats_page(props: &StatsPageProps) -> Html {
    html! { <section class="kv-stats"><p>{ props.documents.len() }</p></section> }
}
