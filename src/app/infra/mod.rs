//! Browser glue: reading files and folders, drag-and-drop and paste, time slices,
//! IndexedDB and localStorage, downloads, the clock, fetching a document by URL,
//! files opened with the installed app, the service worker, the panic message and a
//! few DOM helpers.
//! The only place that talks to web-sys for these.

pub mod broadcast;
pub mod clock;
pub mod dom;
pub mod download;
pub mod entries;
pub mod fetch;
pub mod files;
pub mod idb;
pub mod launch_queue;
pub mod listeners;
pub mod panic;
pub mod service_worker;
pub mod settings_store;
pub mod workers;
