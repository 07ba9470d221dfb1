//! Reusable view parts.

pub mod charts;
pub mod drop_zone;
pub mod file_list;
