//! The Yew web app (wasm32 only).

/// Mounts the app on the page body.
pub fn start() {}
