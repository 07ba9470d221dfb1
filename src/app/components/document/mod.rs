//! The parts of one document, shared by the app's document page and every embedded
//! view (one component per file): the facts list with the source links, the numbered
//! questions and answers, the notices, the footnotes and the source-text tab. What
//! they show is decided by [`crate::view::document`].

pub mod facts;
pub mod footnotes;
pub mod notices;
pub mod questions_answers;
pub mod source_links;
pub mod source_tab;
