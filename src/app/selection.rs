//! The current selection: the library filter read from the URL (hash query) and the
//! documents that pass it, shared with every view through a context, plus the hooks
//! that change the filter by navigating (so the URL is the one source of truth).

use super::route::Route;
use crate::model::Date;
use crate::view::library::{Library, LibraryEntry, LibraryFilter};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

/// An `Rc` compared by pointer, for large shared data in properties.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The filter and the entries that pass it, in sort order.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// The library the selection was made from: while files load, refreshed as it
    /// grows, not for every batch (see [`LibraryRefresh`](crate::view::library::LibraryRefresh));
    /// the views that go over the whole library (filter menus) use it too.
    pub library: Shared<Library>,
    /// The filter from the URL.
    pub filter: LibraryFilter,
    /// The entries that pass, sorted, each with its document and facts.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date the entries are shown on (the filter's, else today).
    pub reference: Date,
    /// Documents left out because they were submitted after the reference date.
    pub submitted_later: usize,
}

/// The current selection (an empty one outside the provider).
#[hook]
pub fn use_selection() -> Selection {
    use_context::<Selection>().unwrap_or_else(|| Selection {
        library: Shared(Rc::default()),
        filter: LibraryFilter::default(),
        entries: Shared(Rc::default()),
        reference: crate::app::infra::clock::today(),
        submitted_later: 0,
    })
}

/// `route` as a hash link that keeps `filter` in the query: `#/doc/X?party=VVD`.
pub fn href(route: &Route, filter: &LibraryFilter) -> String {
    let query = filter.to_query();
    if query.is_empty() {
        format!("#{}", route.to_path())
    } else {
        format!("#{}?{}", route.to_path(), query)
    }
}

/// Where to go and with which filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    /// The view.
    pub route: Route,
    /// The filter to keep in the URL.
    pub filter: LibraryFilter,
    /// Replace the current history entry instead of adding one (for typing).
    pub replace: bool,
}

/// A callback that navigates to a destination, keeping the filter in the URL.
#[hook]
pub fn use_go() -> Callback<Destination> {
    let navigator = use_navigator();
    Callback::from(move |to: Destination| {
        let Some(navigator) = navigator.as_ref() else {
            return;
        };
        let query = to.filter.to_query();
        match (query.is_empty(), to.replace) {
            (true, false) => navigator.push(&to.route),
            (true, true) => navigator.replace(&to.route),
            (false, false) => {
                let _ = navigator.push_with_query(&to.route, Raw(query));
            }
            (false, true) => {
                let _ = navigator.replace_with_query(&to.route, Raw(query));
            }
        }
    })
}

/// A callback that changes the filter on the current view.
#[hook]
pub fn use_set_filter() -> Callback<(LibraryFilter, bool)> {
    let go = use_go();
    let route = use_route::<Route>().unwrap_or(Route::Home);
    Callback::from(move |(filter, replace): (LibraryFilter, bool)| {
        go.emit(Destination {
            route: route.clone(),
            filter,
            replace,
        })
    })
}
