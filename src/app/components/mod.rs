//! Reusable view parts.

pub mod charts;
pub mod drop_zone;
pub mod file_list;
pub mod launch_queue_loader;
pub mod update_prompt;
