//! Browser glue: reading files and drag-and-drop. The only place that talks to web-sys
//! for these.

pub mod download;
pub mod files;
