//! Embedding the viewer in other pages: the `<kamervraag-viewer>` custom element
//! (its JS loader `src/web/kamervraag-viewer.js` calls [`element::mount_viewer`]),
//! the iframe mode (`index.html#/embed/<view>?src=…&lang=…&theme=…`, see
//! [`frame_root::FrameRoot`] and [`page::EmbedPage`]) and the views they show.
//! The settings themselves are read by the pure [`crate::view::embed`] module; the
//! views are built from the app's document, statistics and timeline components.

pub mod document_view;
pub mod element;
pub mod error_box;
pub mod frame_root;
pub mod page;
pub mod questions_view;
pub mod viewer;

/// Whether a location hash (`#/embed/…`) asks for the iframe mode.
pub fn is_frame_hash(hash: &str) -> bool {
    hash.starts_with("#/embed/") || hash == "#/embed"
}
