//! The JavaScript API, exported with wasm-bindgen: `parse(text, name?)`,
//! `stats(documents, {by, today})` and `version()`. Values are converted with
//! `serde_wasm_bindgen`'s JSON-compatible serializer, so the objects equal the CLI's
//! JSON (dates as `YYYY-MM-DD` strings, `null` for missing values, plain objects).
//! Errors are thrown as JS `Error`s carrying the parser's (or the option's) message.

use crate::model::Kamervraag;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Options of `stats`. */
export interface StatsOptions {
  /** Group by `ministry`, `answerer`, `party`, `submitter`, `topic`, `year`, `month` or `cabinet`. */
  by?: string;
  /** The reference date `YYYY-MM-DD` for open/overdue documents (default: today). */
  today?: string;
}
"#;

/// Converts a serializable value to a plain JS value shaped like the CLI's JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Reads one Kamervraag text into an object of schema `kamervraag/1` (the CLI's
/// `kamervraag parse` output for the same file). `name`, when given, is recorded as
/// `source`. Throws an `Error` with the parser's message when the text is not a
/// Kamervraag.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "object")]
pub fn parse_text(text: &str, name: Option<String>) -> Result<JsValue, JsError> {
    let doc = parse_document(text, name.as_deref())?;
    to_js(&doc)
}

/// Parses with the core parser, turning its error into a JS `Error`.
fn parse_document(text: &str, name: Option<&str>) -> Result<Kamervraag, JsError> {
    crate::parse::parse_named(text.as_bytes(), name).map_err(|e| JsError::new(&e.message))
}

/// The version of the Kamervraag Viewer (the crate version), e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
