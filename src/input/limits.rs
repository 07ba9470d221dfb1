//! How much one file may hold before the app refuses to read it: the same limit for
//! a dropped file, an entry of a zip archive and a document fetched by an embedded
//! viewer. A Kamervraag is a few kilobytes; the limit keeps one hostile file from
//! taking the page's memory.

/// The largest file, in bytes, that is read (16 MiB).
///
/// ```
/// assert_eq!(kamervraag::input::limits::MAX_FILE_BYTES, 16 * 1024 * 1024);
/// ```
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Whether a file of `size` bytes is too large to read.
///
/// ```
/// use kamervraag::input::limits::{is_too_large, MAX_FILE_BYTES};
/// assert!(!is_too_large(MAX_FILE_BYTES));
/// assert!(is_too_large(MAX_FILE_BYTES + 1));
/// ```
pub fn is_too_large(size: u64) -> bool {
    size > MAX_FILE_BYTES
}
