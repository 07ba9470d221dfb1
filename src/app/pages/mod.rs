//! Routed views.

pub mod home;
