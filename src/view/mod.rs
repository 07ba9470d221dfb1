//! The presentation layer: everything the app's screens compute, as pure Rust that is
//! tested natively without a browser or Yew. The Yew components in `app` only place
//! what this layer returns.
//!
//! - [`library`]: the loaded documents, filtering, sorting, search and the row window
//!   of the long table;
//! - [`charts`]: chart geometry and the tables behind every chart;
//! - [`document`]: what the document view shows (delay, answers, anchors, sources);
//! - [`footnote_marks`]: question text split into text and footnote markers;
//! - [`embed`]: the settings of an embedded viewer;
//! - [`group_page`]: the page of one ministry or member;
//! - [`overdue`]: the overdue list per ministry, its CSV, dated file names;
//! - [`report`]: the statistics view as one self-contained HTML file;
//! - [`url`]: the one URL query codec and the checks on URLs from document text;
//! - [`ingest`]: loading files: content keys, parsed batches, the pace of admission.

pub mod charts;
pub mod document;
pub mod embed;
pub mod footnote_marks;
pub mod group_page;
pub mod ingest;
pub mod library;
pub mod overdue;
pub mod raw_lines;
pub mod report;
pub mod url;
