//! The Rust side of the `<kamervraag-viewer>` custom element. The element itself is
//! defined by the plain JS loader `kamervraag-viewer.js` (a stable name in `dist/`),
//! which creates a shadow root and calls [`mount_viewer`] with a mount point inside
//! it; the returned [`ViewerHandle`] re-renders on attribute changes and destroys the
//! Yew app when the element leaves the page. Each element is its own Yew app.

use super::viewer::{EmbeddedViewer, EmbeddedViewerProps};
use crate::view::embed::{EmbedSettings, EmbedTheme, EmbedView};
use crate::view::url::is_fetchable_url;
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// What the loader passes from the element: its text content and attributes.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ViewerOptions {
    /// The element's text content (the document), possibly blank.
    text: Option<String>,
    /// The `src` attribute.
    src: Option<String>,
    /// The `view` attribute.
    view: Option<String>,
    /// The `lang` attribute.
    lang: Option<String>,
    /// The `theme` attribute.
    theme: Option<String>,
}

impl ViewerOptions {
    /// Reads the options object; `undefined`/`null` give the defaults.
    fn from_js(options: JsValue) -> Result<ViewerOptions, JsError> {
        if options.is_undefined() || options.is_null() {
            return Ok(ViewerOptions::default());
        }
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("kamervraag-viewer: bad options: {e}")))
    }

    /// The viewer's properties: unknown views and themes fall back to the defaults
    /// (`document`, `auto`); a `src` with another scheme than http(s) is ignored.
    fn into_props(self) -> EmbeddedViewerProps {
        let settings = EmbedSettings {
            view: self
                .view
                .as_deref()
                .and_then(EmbedView::from_name)
                .unwrap_or_default(),
            lang: self.lang.filter(|l| !l.trim().is_empty()),
            theme: self
                .theme
                .as_deref()
                .and_then(EmbedTheme::from_name)
                .unwrap_or_default(),
            src: self.src.filter(|s| is_fetchable_url(s)),
        };
        EmbeddedViewerProps {
            settings,
            text: self.text.map(Rc::from),
            in_frame: false,
        }
    }
}

/// One mounted viewer, owned by its element.
#[wasm_bindgen]
pub struct ViewerHandle {
    app: Option<AppHandle<EmbeddedViewer>>,
}

#[wasm_bindgen]
impl ViewerHandle {
    /// Re-renders with new options (`{text, src, view, lang, theme}`), keeping state
    /// such as a fetched document when `src` did not change.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let props = ViewerOptions::from_js(options)?.into_props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Destroys the Yew app: its DOM, listeners and pending work. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    /// Whether the app is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.app.is_some()
    }
}

/// Mounts a viewer into `root` (an element inside the custom element's shadow root)
/// with the options `{text, src, view, lang, theme}`.
#[wasm_bindgen(js_name = mountViewer)]
pub fn mount_viewer(root: web_sys::Element, options: JsValue) -> Result<ViewerHandle, JsError> {
    crate::app::infra::panic::install();
    let props = ViewerOptions::from_js(options)?.into_props();
    let app = yew::Renderer::<EmbeddedViewer>::with_root_and_props(root, props).render();
    Ok(ViewerHandle { app: Some(app) })
}
