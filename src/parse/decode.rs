//! Encoding detection: turns the bytes of a dropped file into text.
//!
//! Rules, in order:
//! 1. `EF BB BF` (UTF-8 byte-order mark): removed, info [`utf8_bom_removed`], then
//!    the rest is read by rule 3.
//! 2. `FF FE` / `FE FF` (UTF-16 LE / BE byte-order mark): decoded as UTF-16, info
//!    [`decoded_utf16`]; malformed pairs become U+FFFD.
//! 3. Valid UTF-8 is used as is. UTF-8 that is valid except for an incomplete
//!    character at the very end (a file cut inside a character) keeps the valid part,
//!    warning [`incomplete_utf8_at_end`] — but only when the valid part holds at
//!    least one non-ASCII character (evidence of UTF-8); otherwise rule 4 applies, so
//!    a Windows-1252 text ending in `é` (byte `E9`) still reads as `é`.
//! 4. Anything else is decoded as Windows-1252, info [`decoded_windows_1252`].
//!
//! [`utf8_bom_removed`]: super::diagnostics::utf8_bom_removed
//! [`decoded_utf16`]: super::diagnostics::decoded_utf16
//! [`incomplete_utf8_at_end`]: super::diagnostics::incomplete_utf8_at_end
//! [`decoded_windows_1252`]: super::diagnostics::decoded_windows_1252

use super::diagnostics;
use crate::model::Diagnostic;
use std::borrow::Cow;

/// Decodes `bytes` to text and says how (see the module docs for the rules).
///
/// ```
/// use kamervraag::parse::decode;
/// let (text, diags) = decode("Kamervraag één".as_bytes());
/// assert_eq!(text, "Kamervraag één");
/// assert!(diags.is_empty());
///
/// // Windows-1252: 0xE9 is 'é'.
/// let (text, diags) = decode(b"caf\xe9");
/// assert_eq!(text, "café");
/// assert_eq!(diags.len(), 1);
///
/// // UTF-16 LE with byte-order mark.
/// let (text, _) = decode(&[0xFF, 0xFE, b'h', 0, b'i', 0]);
/// assert_eq!(text, "hi");
/// ```
pub fn decode(bytes: &[u8]) -> (String, Vec<Diagnostic>) {
    let (text, diagnostics) = decode_cow(bytes);
    (text.into_owned(), diagnostics)
}

/// Like [`decode`], borrowing the input when it is plain UTF-8 (no copy).
pub(crate) fn decode_cow(bytes: &[u8]) -> (Cow<'_, str>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    if let [0xFF, 0xFE, rest @ ..] = bytes {
        diags.push(diagnostics::decoded_utf16(false));
        let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(rest);
        return (text, diags);
    }
    if let [0xFE, 0xFF, rest @ ..] = bytes {
        diags.push(diagnostics::decoded_utf16(true));
        let (text, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(rest);
        return (text, diags);
    }
    let body = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => {
            diags.push(diagnostics::utf8_bom_removed());
            rest
        }
        _ => bytes,
    };
    match std::str::from_utf8(body) {
        Ok(text) => (Cow::Borrowed(text), diags),
        Err(err)
            if err.error_len().is_none()
                && !body.get(..err.valid_up_to()).unwrap_or_default().is_ascii() =>
        {
            // Only an incomplete character at the very end: keep the valid part.
            diags.push(diagnostics::incomplete_utf8_at_end());
            let valid = body.get(..err.valid_up_to()).unwrap_or_default();
            let text = std::str::from_utf8(valid).unwrap_or_default();
            (Cow::Borrowed(text), diags)
        }
        Err(_) => {
            diags.push(diagnostics::decoded_windows_1252());
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(body);
            (text, diags)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        let (text, diags) = decode(b"\xEF\xBB\xBFKamervraag");
        assert_eq!(text, "Kamervraag");
        assert_eq!(diags, vec![diagnostics::utf8_bom_removed()]);
    }

    #[test]
    fn utf16_be_with_bom() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "Joël".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        let (text, diags) = decode(&bytes);
        assert_eq!(text, "Joël");
        assert_eq!(diags, vec![diagnostics::decoded_utf16(true)]);
    }

    #[test]
    fn cut_inside_a_character_keeps_the_valid_part() {
        let bytes = "Belgi\u{eb} en Belgi\u{eb}".as_bytes();
        let (text, diags) = decode(&bytes[..bytes.len() - 1]);
        assert_eq!(text, "Belgi\u{eb} en Belgi");
        assert_eq!(diags, vec![diagnostics::incomplete_utf8_at_end()]);
        // Pure ASCII before the odd byte: Windows-1252.
        let (text, _) = decode(b"Belgi\xeb");
        assert_eq!(text, "Belgi\u{eb}");
    }

    #[test]
    fn odd_utf16_length_does_not_panic() {
        let (text, _) = decode(&[0xFF, 0xFE, b'a', 0, b'b']);
        assert!(text.starts_with('a'));
    }
}
