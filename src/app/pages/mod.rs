//! Routed views.

pub mod home;
pub mod stats;
pub mod timeline;
