//! Our Windows-1252 and UTF-16 decoders agree with `encoding_rs`, the reference
//! implementation of the WHATWG encoding standard (kept as a test-only dependency
//! because linking it into the app costs ~120 KB of gzipped wasm).
#![cfg(not(target_arch = "wasm32"))]

use kamervraag::parse::{utf16_to_string, windows_1252_to_string};
use proptest::prelude::*;

#[test]
fn windows_1252_matches_encoding_rs_for_every_byte() {
    let all: Vec<u8> = (0..=255u8).collect();
    let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&all);
    assert_eq!(windows_1252_to_string(&all), expected);
    for b in 0..=255u8 {
        let byte = [b];
        let (one, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        assert_eq!(windows_1252_to_string(&byte), one, "byte {b:#04x}");
    }
}

proptest! {
    #[test]
    fn utf16_matches_encoding_rs(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let (le, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(&bytes);
        prop_assert_eq!(utf16_to_string(&bytes, false), le);
        let (be, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(&bytes);
        prop_assert_eq!(utf16_to_string(&bytes, true), be);
    }

    #[test]
    fn windows_1252_matches_encoding_rs(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        prop_assert_eq!(windows_1252_to_string(&bytes), expected);
    }
}
