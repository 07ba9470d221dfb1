//! Fuzz target: `kamervraag::parse::parse` must never panic, whatever the bytes, and
//! every document it returns must serialize to JSON (schema `kamervraag/1`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = kamervraag::parse::parse(data) {
        let _ = doc.to_json();
        let _ = kamervraag::export::documents_to_csv(std::slice::from_ref(&doc));
    }
});
