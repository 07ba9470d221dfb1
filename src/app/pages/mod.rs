//! Routed views.

pub mod document;
pub mod group;
pub mod home;
pub mod overdue;
pub mod stats;
pub mod timeline;
