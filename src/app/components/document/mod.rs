//! The parts of one document, shared by the app's document page and every embedded
//! view (one component per file): the facts list with the source links, the numbered
//! questions and answers, the notices, the footnotes and the source-text tab; and the
//! app's navigation around them (back link, previous/next, topic links, tabs). What
//! they show is decided by [`crate::view::document`].

pub mod back_link;
pub mod document_nav;
pub mod document_tabs;
pub mod facts;
pub mod footnotes;
pub mod notices;
pub mod questions_answers;
pub mod raw_text;
pub mod source_links;
pub mod source_tab;
pub mod topic_links;
