//! Unpacking what a user hands over before it is parsed: `.zip` archives read into
//! named byte buffers. Pure Rust, shared by the web app and tests.

mod archive;
pub mod limits;

pub use archive::{crc32, expand_zip, is_zip, ArchiveEntry};
