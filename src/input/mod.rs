//! Unpacking what a user hands over before it is parsed: `.zip` archives read into
//! named byte buffers, within the resource limits of [`limits`]. Pure Rust, shared by
//! the web app and tests.

mod archive;
pub mod limits;

pub use archive::{crc32, expand_zip, expand_zip_within, is_zip, ArchiveEntry, ArchiveError};
pub use limits::{
    check_file_size, check_input_size, human_bytes, ArchiveLimits, Refusal, MAX_FILE_BYTES,
};
