//! The JavaScript API, exported with wasm-bindgen: `parse(text, name?)`,
//! `merge(documents)`, `stats(documents, {by, today})` and `version()`. Values are converted with
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
  /** The reference date `YYYY-MM-DD` (default: today): documents submitted after it are left out, later answers count as not yet given. */
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

/// The options of [`stats`], as passed from JS.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct StatsOptions {
    /// A grouping name (the CLI's `--by`).
    by: Option<String>,
    /// The reference date `YYYY-MM-DD` (the CLI's `--today`).
    today: Option<String>,
}

/// Answer-delay statistics of a collection: the object `kamervraag stats --json`
/// prints — `{reference_date, total, groups}`. `documents` is an array of objects from
/// [`parse_text`] (`parse`) or of raw texts; copies of one vraagnummer count once, the
/// most complete one, as in the CLI. `options`: `{by?: "ministry" | "answerer" |
/// "party" | "submitter" | "topic" | "year" | "month" | "cabinet", today?:
/// "YYYY-MM-DD"}` (default: today in the browser's time zone). The reference date
/// rule is the CLI's: documents submitted after it are left out, answers and notices
/// dated after it count as not yet sent. Throws an `Error` for
/// an unknown grouping, a bad date, or a document that cannot be read.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn stats(
    #[wasm_bindgen(unchecked_param_type = "Array<object | string>")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatsOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: StatsOptions = if options.is_undefined() || options.is_null() {
        StatsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("stats: bad options: {e}")))?
    };
    let group_by = options
        .by
        .as_deref()
        .map(str::parse::<crate::stats::GroupBy>)
        .transpose()
        .map_err(|message| JsError::new(&format!("stats: by: {message}")))?;
    let today = match options.today.as_deref() {
        Some(text) => text
            .parse::<crate::model::Date>()
            .map_err(|e| JsError::new(&format!("stats: today: {e}")))?,
        None => crate::app::infra::clock::today(),
    };
    let docs = documents_of(&documents, "stats")?;
    let (docs, _copies_left_out) = crate::model::keep_most_complete_copies(docs);
    let (docs, _submitted_later) = crate::stats::collection_as_of(docs, today);
    to_js(&crate::stats::aggregate(&docs, group_by, today))
}

/// The documents of a JS array of `kamervraag/1` objects or raw texts (a raw text is
/// parsed, without a file name); errors name `function` and the failing index.
fn documents_of(documents: &JsValue, function: &str) -> Result<Vec<Kamervraag>, JsError> {
    if !js_sys::Array::is_array(documents) {
        return Err(JsError::new(&format!(
            "{function}: documents must be an array"
        )));
    }
    let mut docs = Vec::new();
    for (index, item) in js_sys::Array::from(documents).iter().enumerate() {
        let doc = match item.as_string() {
            Some(text) => parse_document(&text, None)?,
            None => serde_wasm_bindgen::from_value::<Kamervraag>(item).map_err(|e| {
                JsError::new(&format!(
                    "{function}: document {index} is not a kamervraag/1 object: {e}"
                ))
            })?,
        };
        docs.push(doc);
    }
    Ok(docs)
}

/// Joins the texts of one Kamervraag — question document, answer document, notices,
/// openkamer page — into one object listing them all in `sources`, as `kamervraag
/// parse --merge` does: an array with one `kamervraag/1` object per Kamervraag, in
/// the order of its first text. `documents` is an array of objects from `parse` or
/// of raw texts (a raw text has no file name). Differences between the texts become
/// diagnostics; copies of one text count once. Throws an `Error` for a document that
/// cannot be read.
#[wasm_bindgen(unchecked_return_type = "Array<object>")]
pub fn merge(
    #[wasm_bindgen(unchecked_param_type = "Array<object | string>")] documents: JsValue,
) -> Result<JsValue, JsError> {
    let docs = documents_of(&documents, "merge")?;
    let (joined, _copies) = crate::parse::join::join_all(docs);
    to_js(&joined)
}
