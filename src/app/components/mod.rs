//! Reusable view parts (one component per file). Charts live in `charts`.

pub mod app_header;
pub mod charts;
pub mod clear_library;
pub mod delay_bar;
pub mod doc_timeline;
pub mod document;
pub mod drop_overlay;
pub mod drop_zone;
pub mod export_buttons;
pub mod file_list;
pub mod filter_bar;
pub mod filter_chips;
pub mod highlighted;
pub mod launch_queue_loader;
pub mod library_table;
pub mod marked_text;
pub mod notices;
pub mod progress_bar;
pub mod raw_text;
pub mod stats_view;
pub mod status_badge;
pub mod timeline_view;
pub mod update_prompt;
