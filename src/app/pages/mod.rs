//! Routed views.

pub mod document;
pub mod home;
pub mod overdue;
pub mod stats;
pub mod timeline;
