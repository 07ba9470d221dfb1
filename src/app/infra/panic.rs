//! What a panic leaves behind. The release build aborts on a panic (the wasm traps and
//! the app, and every `<kamervraag-viewer>` sharing its instance, stops), so a hook
//! set before anything renders logs the panic and puts a readable message, in Dutch
//! and English, in place of the app on its own page and inside each viewer element on
//! a host page: something went wrong, the stored library is safe, reload. The message
//! is built as plain text nodes, so nothing in the panic's text can become markup.

use crate::app::i18n::{Lang, Msg};
use std::sync::Once;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

static INSTALL: Once = Once::new();

/// Installs the panic hook (once; later calls do nothing). Set through Yew, so that
/// rendering an app does not replace it with Yew's own.
pub fn install() {
    INSTALL.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
}

fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    let detail = info.to_string();
    gloo::console::error!(format!("Kamervraag Viewer: {detail}"));
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        show(&document, &detail);
    }
}

/// Replaces the app (on its own page) and the view of every `<kamervraag-viewer>`
/// (on a host page) with the message. Never touches the rest of a host page.
fn show(document: &Document, detail: &str) {
    if let Some(body) = document.body().filter(|b| b.has_attribute("data-kv-app")) {
        if let Some(message) = message(document, detail) {
            body.set_text_content(None);
            let _ = body.append_child(&message);
        }
    }
    let Ok(viewers) = document.query_selector_all("kamervraag-viewer") else {
        return;
    };
    for i in 0..viewers.length() {
        let root = viewers
            .item(i)
            .and_then(|node| node.dyn_into::<Element>().ok())
            .and_then(|element| element.shadow_root())
            .and_then(|shadow| shadow.query_selector(".kv-embed-root").ok().flatten());
        if let (Some(root), Some(message)) = (root, message(document, detail)) {
            root.set_text_content(None);
            let _ = root.append_child(&message);
        }
    }
}

/// The message: a heading, the reassurance and the advice in both languages, and
/// the panic's own text folded away for a bug report.
fn message(document: &Document, detail: &str) -> Option<Element> {
    let add = |parent: &Element, tag: &str, text: &str, lang: Option<Lang>| {
        let child = document.create_element(tag).ok()?;
        child.set_text_content(Some(text));
        if let Some(lang) = lang {
            let _ = child.set_attribute("lang", lang.code());
        }
        parent.append_child(&child).ok()?;
        Some(child)
    };
    let root = document.create_element("div").ok()?;
    root.set_class_name("kv-panic");
    root.set_attribute("role", "alert").ok()?;
    root.set_attribute("data-testid", "panic").ok()?;
    for lang in [Lang::Nl, Lang::En] {
        let part = add(&root, "section", "", Some(lang))?;
        add(&part, "h2", &Msg::PanicTitle.text(lang), None)?;
        add(&part, "p", &Msg::PanicLibrarySafe.text(lang), None)?;
        add(&part, "p", &Msg::PanicReload.text(lang), None)?;
    }
    let details = add(&root, "details", "", None)?;
    add(&details, "summary", &Msg::PanicDetail.text(Lang::En), None)?;
    add(&details, "pre", detail, None)?;
    Some(root)
}

/// Panics on purpose, so tests can see the message. Only script already running in
/// the page can call it (it is an export of the wasm module, not a URL), and a panic
/// reveals nothing and harms no stored data.
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic() {
    panic!("test panic requested by the page");
}
