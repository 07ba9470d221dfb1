//! Routed views.

pub mod document;
pub mod home;
pub mod stats;
pub mod timeline;
