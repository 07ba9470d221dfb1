//! Fetching a document's text from a URL (the `src` of an embedded viewer), within
//! limits: at most [`MAX_FILE_BYTES`] (read as a stream, stopped as soon as it grows
//! past the limit), within [`FETCH_TIMEOUT_MS`], and aborted when its owner goes away.
//! The page's Content-Security-Policy (`connect-src`) decides which origins answer.

use crate::input::limits::{is_too_large, MAX_FILE_BYTES};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, Response};

/// How long a fetch may take before it is given up, in milliseconds.
pub const FETCH_TIMEOUT_MS: u32 = 30_000;

/// Why a fetch gave no document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The body is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// No complete answer within [`FETCH_TIMEOUT_MS`].
    TimedOut,
    /// Aborted by its owner (the viewer left the page or its `src` changed).
    Aborted,
    /// The HTTP status or the browser's network error, as a readable text.
    Failed(String),
}

/// One fetch that can be aborted; dropping it does not abort it, [`Fetch::abort`] does.
#[derive(Clone)]
pub struct Fetch {
    controller: Option<AbortController>,
    aborted: Rc<Cell<bool>>,
}

impl Default for Fetch {
    fn default() -> Fetch {
        Fetch {
            controller: AbortController::new().ok(),
            aborted: Rc::new(Cell::new(false)),
        }
    }
}

impl Fetch {
    /// Stops the fetch (the request and the reading of its body).
    pub fn abort(&self) {
        self.aborted.set(true);
        self.cancel();
    }

    /// Stops the request without calling it aborted (the fetch ends for a reason of
    /// its own, such as the size limit).
    fn cancel(&self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    /// Fetches `url` (relative to the page) and returns the body's bytes.
    pub async fn bytes(&self, url: &str) -> Result<Vec<u8>, FetchError> {
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let (timed_out, fetch) = (timed_out.clone(), self.clone());
            Timeout::new(FETCH_TIMEOUT_MS, move || {
                timed_out.set(true);
                fetch.abort();
            })
        };
        let result = self.read(url).await;
        drop(timer);
        match result {
            Err(FetchError::Failed(_)) if timed_out.get() => Err(FetchError::TimedOut),
            Err(FetchError::Failed(_)) if self.aborted.get() => Err(FetchError::Aborted),
            other => other,
        }
    }

    async fn read(&self, url: &str) -> Result<Vec<u8>, FetchError> {
        let failed =
            |e: &wasm_bindgen::JsValue| FetchError::Failed(format!("{url}: {}", error_text(e)));
        let window = web_sys::window().ok_or_else(|| FetchError::Failed("no window".into()))?;
        let init = RequestInit::new();
        if let Some(controller) = &self.controller {
            init.set_signal(Some(&controller.signal()));
        }
        let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|e| failed(&e))?;
        let response: Response = response
            .dyn_into()
            .map_err(|_| FetchError::Failed(format!("{url}: not a response")))?;
        if !response.ok() {
            return Err(FetchError::Failed(format!(
                "{url}: HTTP {} {}",
                response.status(),
                response.status_text()
            )));
        }
        let declared = response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .and_then(|n| n.trim().parse::<u64>().ok());
        if declared.is_some_and(is_too_large) {
            self.cancel();
            return Err(FetchError::TooLarge);
        }
        let Some(body) = response.body() else {
            return Ok(Vec::new());
        };
        let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        let mut bytes = Vec::new();
        loop {
            let chunk = JsFuture::from(reader.read())
                .await
                .map_err(|e| failed(&e))?;
            let done = js_sys::Reflect::get(&chunk, &"done".into())
                .map(|d| d.is_truthy())
                .unwrap_or(true);
            if done {
                return Ok(bytes);
            }
            let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|e| failed(&e))?;
            let chunk = js_sys::Uint8Array::new(&value);
            if is_too_large(bytes.len() as u64 + u64::from(chunk.length())) {
                self.cancel();
                return Err(FetchError::TooLarge);
            }
            let start = bytes.len();
            bytes.resize(start + chunk.length() as usize, 0);
            chunk.copy_to(&mut bytes[start..]);
        }
    }
}

/// The limit of [`FetchError::TooLarge`] in whole megabytes, for messages.
pub fn limit_megabytes() -> u64 {
    MAX_FILE_BYTES / (1024 * 1024)
}

/// The message of a JS error value, or its string form.
pub fn error_text(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
