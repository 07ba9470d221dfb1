//! Browser glue: reading files and drag-and-drop. The only place that talks to web-sys
//! for these.

pub mod clock;
pub mod download;
pub mod fetch;
pub mod files;
pub mod launch_queue;
pub mod page_theme;
pub mod service_worker;
