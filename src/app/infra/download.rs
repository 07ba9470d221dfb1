//! Downloading text made in the browser as a file: a `Blob` behind an object URL,
//! clicked through a temporary `<a download>`. The object URL is released a minute
//! later, when the download has long started.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// How long the object URL stays valid after the click, in milliseconds.
const RELEASE_AFTER_MS: u32 = 60_000;

/// Offers `text` as a download named `file_name` with the MIME type `mime_type`
/// (e.g. `text/csv;charset=utf-8`). Returns the browser's reason when it fails.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    let blob = Blob::new_with_options(text, Some(mime_type));
    let url = ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not create a link".to_string())?
        .dyn_into()
        .map_err(|_| "not a link element".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or_else(|| "no body".to_string())?;
    body.append_child(&anchor)
        .map_err(|_| "could not add the link".to_string())?;
    anchor.click();
    anchor.remove();
    // Keep the URL alive until the browser has fetched it, then release it.
    Timeout::new(RELEASE_AFTER_MS, move || drop(url)).forget();
    Ok(())
}
