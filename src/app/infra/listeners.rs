//! Window-wide listeners: drag-and-drop over the whole window, paste anywhere, and
//! single-key shortcuts. Each returns an `EventListener` that stops listening when
//! dropped (keep it in an effect's cleanup).

use super::dom::focus_is_in_a_field;
use super::entries::{take_dropped, DroppedItems};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, KeyboardEvent};

/// Whether a drag carries files (and not, say, selected text).
fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|dt| {
            let types = dt.types();
            types
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// Listeners for files dragged over the window: `on_hover(true)` when a drag with
/// files enters, `on_hover(false)` when it leaves or drops, `on_drop` with what was
/// dropped. Returns the listeners; drop them to stop.
pub fn window_drop_target(
    on_hover: impl Fn(bool) + Clone + 'static,
    on_drop: impl Fn(DroppedItems) + 'static,
) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let active = EventListenerOptions::enable_prevent_default();
    let hover = on_hover.clone();
    let over = EventListener::new_with_options(&window, "dragover", active, move |e| {
        if let Some(e) = e.dyn_ref::<DragEvent>() {
            if carries_files(e) {
                e.prevent_default();
                hover(true);
            }
        }
    });
    let hover = on_hover.clone();
    let enter = EventListener::new_with_options(&window, "dragenter", active, move |e| {
        if let Some(e) = e.dyn_ref::<DragEvent>() {
            if carries_files(e) {
                e.prevent_default();
                hover(true);
            }
        }
    });
    let hover = on_hover.clone();
    let leave = EventListener::new(&window, "dragleave", move |e| {
        // Leaving the window: the related target is null.
        if let Some(e) = e.dyn_ref::<DragEvent>() {
            if e.related_target().is_none() {
                hover(false);
            }
        }
    });
    let hover = on_hover;
    let drop = EventListener::new_with_options(&window, "drop", active, move |e| {
        let Some(e) = e.dyn_ref::<DragEvent>() else {
            return;
        };
        e.prevent_default();
        hover(false);
        if let Some(dt) = e.data_transfer() {
            on_drop(take_dropped(&dt));
        }
    });
    vec![over, enter, leave, drop]
}

/// Calls `on_text` with plain text pasted anywhere outside a text field.
pub fn document_paste(on_text: impl Fn(String) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    Some(EventListener::new(&document, "paste", move |e| {
        if focus_is_in_a_field() {
            return;
        }
        let text = e
            .dyn_ref::<ClipboardEvent>()
            .and_then(|e| e.clipboard_data())
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if !text.trim().is_empty() {
            on_text(text);
        }
    }))
}

/// Calls `on_key` with the key of a plain key press (no Ctrl/Alt/Meta) made
/// outside a text field.
pub fn shortcut_keys(on_key: impl Fn(&str) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    Some(EventListener::new(&document, "keydown", move |e| {
        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        if focus_is_in_a_field() {
            return;
        }
        on_key(&e.key());
    }))
}
