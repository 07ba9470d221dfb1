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
        return (
            Cow::Owned(decode_utf16_body(rest, false, &mut diags)),
            diags,
        );
    }
    if let [0xFE, 0xFF, rest @ ..] = bytes {
        return (Cow::Owned(decode_utf16_body(rest, true, &mut diags)), diags);
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
            (Cow::Owned(windows_1252_to_string(body)), diags)
        }
    }
}

/// Decodes a UTF-16 body (after its byte-order mark): an odd last byte — a text cut
/// inside a character — is dropped with a warning, as for UTF-8.
fn decode_utf16_body(body: &[u8], big_endian: bool, diags: &mut Vec<Diagnostic>) -> String {
    diags.push(diagnostics::decoded_utf16(big_endian));
    let even = body.len() & !1;
    if even != body.len() {
        diags.push(diagnostics::incomplete_utf16_at_end());
    }
    utf16_to_string(body.get(..even).unwrap_or_default(), big_endian)
}

/// Unicode code points of the Windows-1252 bytes 0x80..=0x9F (the rest equal Latin-1).
/// The five bytes the WHATWG encoding standard leaves unassigned map to C1 controls,
/// as `encoding_rs` does.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Decodes Windows-1252 (as the WHATWG encoding standard defines it).
///
/// ```
/// # use kamervraag::parse::windows_1252_to_string;
/// assert_eq!(windows_1252_to_string(b"Oekra\xefne \x80 5 \x93ja\x94"), "Oekraïne € 5 “ja”");
/// ```
pub fn windows_1252_to_string(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// Decodes UTF-16 without its byte-order mark; unpaired surrogates and an odd last
/// byte become U+FFFD.
///
/// ```
/// # use kamervraag::parse::utf16_to_string;
/// assert_eq!(utf16_to_string(&[0x4B, 0x00, 0xEB, 0x00], false), "Kë");
/// assert_eq!(utf16_to_string(&[0x00, 0x4B, 0x00], true), "K\u{FFFD}");
/// ```
pub fn utf16_to_string(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    // An odd last byte is one more malformed sequence, unless it continues a lead
    // surrogate that was already replaced (one U+FFFD for both, as encoding_rs does).
    let ends_with_lead_surrogate = bytes.len() >= 3 && {
        let n = bytes.len() - 1;
        let unit = if big_endian {
            u16::from_be_bytes([bytes[n - 2], bytes[n - 1]])
        } else {
            u16::from_le_bytes([bytes[n - 2], bytes[n - 1]])
        };
        (0xD800..=0xDBFF).contains(&unit)
    };
    if bytes.len() % 2 == 1 && !ends_with_lead_surrogate {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_cut_inside_a_character_drops_it_with_a_warning() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Kë".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        bytes.push(0x41); // half of the next character
        let (text, diags) = decode(&bytes);
        assert_eq!(text, "Kë");
        assert_eq!(
            diags,
            vec![
                diagnostics::decoded_utf16(false),
                diagnostics::incomplete_utf16_at_end()
            ]
        );
    }

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
