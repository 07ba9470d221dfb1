//! The app's routes (hash-based, so the app works from any sub-path and from files).

use yew_router::prelude::*;

/// Every routed view of the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    /// The home view: drop zone and library.
    #[at("/")]
    Home,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}
