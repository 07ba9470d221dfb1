//! The resource limits on what a user hands over: how large one file may be (a dropped
//! file, an entry of a zip archive, a document fetched by an embedded viewer), and how
//! much a `.zip` archive may unpack to. Each limit that is hit is a [`Refusal`] that
//! names the limit, so the list of files that could not be read says why and where
//! the line is.

/// Largest file read at all, in bytes (16 MiB), checked with the file's size before a
/// byte is read. A Kamervraag text is never more than a few hundred KB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Largest size one archive member is unpacked to, in bytes (the same 16 MiB).
pub const MAX_ENTRY_BYTES: u64 = MAX_FILE_BYTES;

/// Most bytes one archive (with the archives inside it) unpacks to in total: 512 MiB,
/// room for every Kamervraag since 1998 (about 230 MB of text).
pub const MAX_ARCHIVE_BYTES: u64 = 512 * 1024 * 1024;

/// Most files one archive (with the archives inside it) may hold.
pub const MAX_ARCHIVE_ENTRIES: usize = 100_000;

/// Highest compression ratio (unpacked size / packed size) of a member that unpacks to
/// more than [`RATIO_FLOOR_BYTES`]. Text compresses about 5 to 10 times; a zip bomb
/// about 1,000 times.
pub const MAX_COMPRESSION_RATIO: u64 = 100;

/// Members that unpack to at most this many bytes (1 MiB) are not held to the ratio:
/// small files of repeated text compress well and harm nobody.
pub const RATIO_FLOOR_BYTES: u64 = 1024 * 1024;

/// How deep archives may sit inside archives: a zip inside a zip is unpacked, a zip
/// inside that is not.
pub const MAX_ARCHIVE_NESTING: usize = 1;

/// The limits one archive is unpacked within (all of them together; tests set small
/// ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// Largest unpacked member, in bytes.
    pub entry_bytes: u64,
    /// Most bytes unpacked in total (archives inside included).
    pub total_bytes: u64,
    /// Most files (archives inside included).
    pub entries: usize,
    /// Highest compression ratio of a member larger than `ratio_floor`.
    pub ratio: u64,
    /// Members up to this unpacked size are not held to the ratio.
    pub ratio_floor: u64,
    /// How deep archives may sit inside the archive.
    pub nesting: usize,
}

impl ArchiveLimits {
    /// The limits the app and the CLI use: the constants of this module.
    pub const DEFAULT: ArchiveLimits = ArchiveLimits {
        entry_bytes: MAX_ENTRY_BYTES,
        total_bytes: MAX_ARCHIVE_BYTES,
        entries: MAX_ARCHIVE_ENTRIES,
        ratio: MAX_COMPRESSION_RATIO,
        ratio_floor: RATIO_FLOOR_BYTES,
        nesting: MAX_ARCHIVE_NESTING,
    };
}

/// Why a file or an archive member was not read: a limit it would exceed, with the
/// figures to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    /// The file is larger than [`MAX_FILE_BYTES`].
    FileTooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The member would unpack to more than [`MAX_ENTRY_BYTES`] (or the entry limit
    /// of the [`ArchiveLimits`] in use; likewise below).
    EntryTooLarge {
        /// The size the archive declares for it.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Unpacking the member would take the archive past [`MAX_ARCHIVE_BYTES`].
    ArchiveTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The archive holds more than [`MAX_ARCHIVE_ENTRIES`] files.
    TooManyEntries {
        /// How many the archive holds (with the archives inside it, as far as read).
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The member is compressed more than [`MAX_COMPRESSION_RATIO`] times.
    RatioTooHigh {
        /// Its ratio, rounded down.
        ratio: u64,
        /// The limit.
        limit: u64,
    },
    /// A zip inside a zip inside a zip: deeper than [`MAX_ARCHIVE_NESTING`].
    NestedTooDeep {
        /// The limit.
        limit: usize,
    },
    /// The member's data overlaps another member's (or the archive's own directory):
    /// the shape of a zip bomb or a self-containing archive.
    Overlapping,
}

/// Whether a file of `size` bytes may be read.
///
/// ```
/// use kamervraag::input::{check_file_size, Refusal, MAX_FILE_BYTES};
/// assert_eq!(check_file_size(300_000), Ok(()));
/// assert_eq!(check_file_size(MAX_FILE_BYTES), Ok(()));
/// assert_eq!(
///     check_file_size(MAX_FILE_BYTES + 1),
///     Err(Refusal::FileTooLarge { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES })
/// );
/// ```
pub fn check_file_size(size: u64) -> Result<(), Refusal> {
    if size > MAX_FILE_BYTES {
        Err(Refusal::FileTooLarge {
            size,
            limit: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Largest `.zip` archive read, in bytes, before it is unpacked: 512 MiB, as much as
/// an archive may unpack to ([`MAX_ARCHIVE_BYTES`]); an archive of every Kamervraag
/// is larger than [`MAX_FILE_BYTES`].
pub const MAX_ZIP_FILE_BYTES: u64 = MAX_ARCHIVE_BYTES;

/// Checks a file before a byte of it is read, by its name and size: a file named
/// `*.zip` may be as large as [`MAX_ZIP_FILE_BYTES`], any other [`MAX_FILE_BYTES`]. (A
/// file named `.zip` that turns out not to be an archive is held to
/// [`MAX_FILE_BYTES`] once read.)
///
/// ```
/// use kamervraag::input::limits::{check_input_size, MAX_FILE_BYTES};
/// assert!(check_input_size("a.txt", MAX_FILE_BYTES + 1).is_err());
/// assert!(check_input_size("alles/2024.ZIP", MAX_FILE_BYTES + 1).is_ok());
/// assert!(check_input_size("alles.zip", 600 * 1024 * 1024).is_err());
/// ```
pub fn check_input_size(name: &str, size: u64) -> Result<(), Refusal> {
    let limit = if is_zip_name(name) {
        MAX_ZIP_FILE_BYTES
    } else {
        MAX_FILE_BYTES
    };
    if size > limit {
        Err(Refusal::FileTooLarge { size, limit })
    } else {
        Ok(())
    }
}

/// Whether a file name ends in `.zip` (any case).
fn is_zip_name(name: &str) -> bool {
    name.len() >= 4
        && name
            .get(name.len() - 4..)
            .is_some_and(|end| end.eq_ignore_ascii_case(".zip"))
}

/// Whether a file of `size` bytes is too large to read.
///
/// ```
/// use kamervraag::input::limits::{is_too_large, MAX_FILE_BYTES};
/// assert!(!is_too_large(MAX_FILE_BYTES));
/// assert!(is_too_large(MAX_FILE_BYTES + 1));
/// ```
pub fn is_too_large(size: u64) -> bool {
    check_file_size(size).is_err()
}

/// A byte count for people: `16 MB`, `17.5 MB`, `512 MB`, `900 KB`, `12 bytes`
/// (binary units, as the limits are set).
///
/// ```
/// use kamervraag::input::human_bytes;
/// assert_eq!(human_bytes(16 * 1024 * 1024), "16 MB");
/// assert_eq!(human_bytes(17 * 1024 * 1024 + 512 * 1024), "17.5 MB");
/// assert_eq!(human_bytes(900 * 1024), "900 KB");
/// assert_eq!(human_bytes(12), "12 bytes");
/// ```
pub fn human_bytes(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = bytes * 10 / MB;
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} bytes")
    }
}
