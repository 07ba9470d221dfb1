//! Small DOM helpers: the theme and language attributes of `<html>`, the document
//! title, and scrolling to (and focusing) an element by id.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `data-theme` on `<html>` (`""` removes it, so the system preference rules).
pub fn set_theme_attribute(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if code.is_empty() {
            root.remove_attribute("data-theme")
        } else {
            root.set_attribute("data-theme", code)
        };
    }
}

/// Sets the `lang` attribute of `<html>`.
pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Scrolls the element with this id into view and moves the keyboard focus to it.
pub fn scroll_to_id(id: &str) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    element.scroll_into_view();
    if let Ok(html) = element.dyn_into::<HtmlElement>() {
        if !html.has_attribute("tabindex") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let _ = html.focus();
    }
}

/// Scrolls the window to the top.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Whether keyboard focus is in a text field, select or editable element (where
/// single-key shortcuts and paste must not be taken over).
pub fn focus_is_in_a_field() -> bool {
    let Some(active) = document().and_then(|d| d.active_element()) else {
        return false;
    };
    let tag = active.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || active
            .dyn_ref::<HtmlElement>()
            .is_some_and(|e| e.is_content_editable())
}
