//! The Yew web app (wasm32 only): drop Kamervraag files, read them with the core parser,
//! and explore them. State lives in one reducer ([`state::AppState`]) shared through a
//! context; routed views are in [`pages`], reusable parts in [`components`], and all
//! browser glue (files, drag-and-drop, storage, downloads) in [`infra`].

pub mod components;
pub mod i18n;
pub mod infra;
pub mod pages;
pub mod root;
pub mod route;
pub mod selection;
pub mod state;

/// The invented example document behind the "Voorbeeld laden" button.
pub const EXAMPLE_NAME: &str = "voorbeeld-2024Z99999.txt";
/// Text of the invented example document.
pub const EXAMPLE_TEXT: &str = include_str!("example.txt");

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<root::Root>::new().render();
}
