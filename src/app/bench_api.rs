//! A measuring hook for the benchmark (`scripts/bench.sh`): `parseTimed(files,
//! rounds)` parses byte buffers with the core parser inside the wasm and returns how
//! long that took, so the figure is the parser's own, without the JS API's object
//! conversion (which the benchmark measures apart through `parse`). Built only with the
//! feature `bench-api`, so the shipped app does not carry it.

use wasm_bindgen::prelude::*;

/// Parses every buffer of `files` (an array of `Uint8Array`) `rounds` times, timing only
/// the parsing (the buffers are copied into the wasm first). Returns
/// `{ ms, bytes, documents }`: elapsed milliseconds, bytes parsed in all and how many
/// parses yielded a document.
#[wasm_bindgen(js_name = parseTimed, unchecked_return_type = "object")]
pub fn parse_timed(
    #[wasm_bindgen(unchecked_param_type = "Array<Uint8Array>")] files: js_sys::Array,
    rounds: u32,
) -> Result<JsValue, JsError> {
    let buffers: Vec<Vec<u8>> = files
        .iter()
        .map(|file| js_sys::Uint8Array::new(&file).to_vec())
        .collect();
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or_else(|| JsError::new("no performance clock"))?;
    let mut documents: u32 = 0;
    let mut bytes: f64 = 0.0;
    let start = performance.now();
    for _ in 0..rounds {
        for buffer in &buffers {
            if crate::parse::parse(std::hint::black_box(buffer)).is_ok() {
                documents += 1;
            }
            bytes += buffer.len() as f64;
        }
    }
    let ms = performance.now() - start;
    let result = js_sys::Object::new();
    for (key, value) in [
        ("ms", ms),
        ("bytes", bytes),
        ("documents", documents as f64),
    ] {
        js_sys::Reflect::set(&result, &key.into(), &value.into())
            .map_err(|_| JsError::new("could not build the result"))?;
    }
    Ok(result.into())
}
