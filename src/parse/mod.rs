//! Reading Kamervraag text files into schema `kamervraag/1`.
//!
//! TEMPORARY minimal reader (heading and title only) for the skeleton; replaced by the
//! real parser of the parser issue.

pub mod diagnostics;

use crate::model::Kamervraag;
use std::fmt;

/// Why a text could not be read as a Kamervraag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What was expected and what was found.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// Reads one Kamervraag text, in any supported encoding.
pub fn parse(bytes: &[u8]) -> Result<Kamervraag, ParseError> {
    let text = String::from_utf8_lossy(bytes);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let id = lines
        .next()
        .and_then(|l| l.strip_prefix("Kamervraag "))
        .ok_or_else(|| ParseError {
            message: "expected a Kamervraag text starting with 'Kamervraag <vraagnummer>'".into(),
        })?;
    Ok(Kamervraag {
        id: Some(id.trim().to_string()),
        title: lines.next().map(str::to_string),
        ..Kamervraag::default()
    })
}

/// Like [`parse`], recording the file name in `source`.
pub fn parse_named(bytes: &[u8], source: Option<&str>) -> Result<Kamervraag, ParseError> {
    let mut doc = parse(bytes)?;
    doc.source = source.map(str::to_string);
    Ok(doc)
}
