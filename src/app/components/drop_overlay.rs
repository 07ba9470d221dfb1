//! The overlay shown while files are dragged over the window.

use crate::app::i18n::{use_lang, Msg};
use yew::prelude::*;

/// Properties of [`DropOverlay`].
#[derive(Properties, PartialEq)]
pub struct DropOverlayProps {
    /// Whether files are being dragged over the window.
    pub active: bool,
}

/// A full-window hint "release to load" while dragging files.
#[function_component(DropOverlay)]
pub fn drop_overlay(props: &DropOverlayProps) -> Html {
    let lang = use_lang();
    if !props.active {
        return html! {};
    }
    html! {
        <div class="kv-drop-overlay" aria-hidden="true">
            <p class="kv-drop-overlay__text">{ Msg::DropOverlay.text(lang) }</p>
        </div>
    }
}
