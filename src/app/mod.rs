//! The Yew web app (wasm32 only): drop Kamervraag files, read them with the core parser,
//! and explore them. State lives in one reducer ([`state::AppState`]) shared through a
//! context and changed by [`ingest`] (loading files) and the components; routed views are
//! in [`pages`], reusable parts in [`components`], and all
//! browser glue (files, drag-and-drop, storage, downloads) in [`infra`].

#[cfg(feature = "bench-api")]
pub mod bench_api;
pub mod components;
pub mod embed;
pub mod i18n;
pub mod infra;
pub mod ingest;
pub mod js_api;
pub mod pages;
pub mod root;
pub mod route;
pub mod selection;
pub mod state;
pub mod stored_text;

/// The invented example document behind the "Voorbeeld laden" button.
pub const EXAMPLE_NAME: &str = "voorbeeld-2024Z99999.txt";
/// Text of the invented example document.
pub const EXAMPLE_TEXT: &str = include_str!("example.txt");

/// Mounts the app on the page body — only on the app's own page (`<body data-kv-app>`).
/// When the wasm is loaded by the embed loader (`kamervraag-viewer.js`) on another
/// page, nothing is mounted: each `<kamervraag-viewer>` mounts its own viewer. At
/// `#/embed/…` the chrome-less iframe mode is mounted instead of the full app. The
/// panic hook is installed first, in every case (see [`infra::panic`]).
pub fn start() {
    infra::panic::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if !body.has_attribute("data-kv-app") {
        return;
    }
    let hash = document
        .location()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    if embed::is_frame_hash(&hash) {
        yew::Renderer::<embed::frame_root::FrameRoot>::with_root(body.into()).render();
        return;
    }
    infra::service_worker::register();
    yew::Renderer::<root::Root>::new().render();
}
