//! The app's routes (hash-based, so the app works from any sub-path and from files).

use yew_router::prelude::*;

/// Every routed view of the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    /// The home view: drop zone and library.
    #[at("/")]
    Home,
    /// One document.
    #[at("/doc/:id")]
    Document {
        /// The vraagnummer (or the file key of a document without one).
        id: String,
    },
    /// All filtered documents on one time axis.
    #[at("/timeline")]
    Timeline,
    /// Statistics of the filtered documents.
    #[at("/stats")]
    Stats,
    /// Iframe mode: one view of one document without the app's chrome
    /// (`#/embed/<view>?src=…&lang=…&theme=…`).
    #[at("/embed/:view")]
    Embed {
        /// `document`, `questions`, `timeline` or `stats`.
        view: String,
    },
    /// The unanswered documents past their term, per ministry.
    #[at("/achterstand")]
    Overdue,
    /// The page of one ministry, by its abbreviation (or name).
    #[at("/ministerie/:code")]
    Ministry {
        /// The ministry's code, percent-encoded.
        code: String,
    },
    /// The page of one member of parliament, by name.
    #[at("/kamerlid/:name")]
    Member {
        /// The member's name, percent-encoded.
        name: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}
