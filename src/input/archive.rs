//! Reading `.zip` archives of Kamervraag files (stored or deflate, nested folders
//! included) into named byte buffers. Pure Rust: a small reader of the zip central
//! directory over `miniz_oxide`'s inflate, with CRC-32 checks.
//!
//! Why not the `zip` crate: it links `crc32fast`'s 16 KB slicing tables and the
//! `std::io` machinery into the app (measured: +49 KB gzipped wasm, which the budget
//! does not allow). The tests write archives with the `zip` crate and read them here.

use super::limits::{ArchiveLimits, Refusal};

/// One file found in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveEntry {
    /// The path inside the archive, e.g. `2024/kv-1.txt`, prefixed with the archive name.
    pub name: String,
    /// The file's bytes, or why it could not be unpacked.
    pub bytes: Result<Vec<u8>, ArchiveError>,
}

/// Why an archive, or one file in it, could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// A limit it would exceed (see [`crate::input::limits`]).
    Refused(Refusal),
    /// The archive is damaged or uses what this reader does not support (the reason,
    /// in Dutch as the reader words it).
    Damaged(String),
}

impl From<Refusal> for ArchiveError {
    fn from(refusal: Refusal) -> Self {
        ArchiveError::Refused(refusal)
    }
}

impl From<&str> for ArchiveError {
    fn from(reason: &str) -> Self {
        ArchiveError::Damaged(reason.to_string())
    }
}

/// Whether `bytes` start like a zip archive (`PK\x03\x04`, or an empty archive).
///
/// ```
/// use kamervraag::input::is_zip;
/// assert!(is_zip(b"PK\x03\x04rest"));
/// assert!(!is_zip(b"Kamervraag 2024Z00001"));
/// ```
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// CRC-32 (IEEE 802.3, as zip uses it), bit by bit: archives of text files are small.
///
/// ```
/// use kamervraag::input::crc32;
/// assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
/// ```
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// One central-directory record.
struct Member {
    name: String,
    method: u16,
    crc: u32,
    compressed: u64,
    uncompressed: u64,
    local_offset: u64,
}

/// The central directory: its members and where it starts.
struct Directory {
    members: Vec<Member>,
    start: usize,
}

/// Finds the end-of-central-directory record (it may be followed by a comment).
fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(22)?;
    let first = last.saturating_sub(u16::MAX as usize);
    (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(EOCD_SIGNATURE))
}

fn read_directory(bytes: &[u8], limits: &ArchiveLimits) -> Result<Directory, ArchiveError> {
    let eocd = find_eocd(bytes)
        .ok_or("geen leesbaar zip-archief: het einde van de inhoudsopgave ontbreekt")?;
    let count = u16_at(bytes, eocd.saturating_add(10)).unwrap_or(0) as usize;
    let start = u32_at(bytes, eocd.saturating_add(16)).unwrap_or(u32::MAX) as usize;
    if count > 0 && (start == u32::MAX as usize || count == u16::MAX as usize) {
        return Err("zip64-archieven worden niet ondersteund".into());
    }
    if count > limits.entries {
        return Err(Refusal::TooManyEntries {
            count,
            limit: limits.entries,
        }
        .into());
    }
    let mut at = start;
    let mut members = Vec::with_capacity(count.min(65_535));
    for _ in 0..count {
        if u32_at(bytes, at) != Some(CENTRAL_SIGNATURE) {
            return Err("geen leesbaar zip-archief: de inhoudsopgave is beschadigd".into());
        }
        let field = |offset: usize| u32_at(bytes, at.saturating_add(offset)).unwrap_or(0) as u64;
        let name_len = u16_at(bytes, at.saturating_add(28)).unwrap_or(0) as usize;
        let extra_len = u16_at(bytes, at.saturating_add(30)).unwrap_or(0) as usize;
        let comment_len = u16_at(bytes, at.saturating_add(32)).unwrap_or(0) as usize;
        let raw_name = bytes
            .get(at.saturating_add(46)..at.saturating_add(46 + name_len))
            .ok_or("geen leesbaar zip-archief: een bestandsnaam is afgekapt")?;
        members.push(Member {
            name: String::from_utf8_lossy(raw_name).into_owned(),
            method: u16_at(bytes, at.saturating_add(10)).unwrap_or(0),
            crc: field(16) as u32,
            compressed: field(20),
            uncompressed: field(24),
            local_offset: field(42),
        });
        at = at.saturating_add(46 + name_len + extra_len + comment_len);
    }
    Ok(Directory { members, start })
}

/// Where a member's local header starts and its packed data ends.
fn span(bytes: &[u8], member: &Member) -> Result<(usize, usize), ArchiveError> {
    let local = usize::try_from(member.local_offset).unwrap_or(usize::MAX);
    if u32_at(bytes, local) != Some(LOCAL_SIGNATURE) {
        return Err("de lokale kop van dit bestand ontbreekt".into());
    }
    let name_len = u16_at(bytes, local.saturating_add(26)).unwrap_or(0) as usize;
    let extra_len = u16_at(bytes, local.saturating_add(28)).unwrap_or(0) as usize;
    let start = local.saturating_add(30 + name_len + extra_len);
    let end = start.saturating_add(usize::try_from(member.compressed).unwrap_or(usize::MAX));
    if end > bytes.len() {
        return Err("het bestand is afgekapt".into());
    }
    Ok((start, end))
}

/// What one archive and the archives inside it have used of the limits so far.
struct Budget {
    limits: ArchiveLimits,
    bytes: u64,
    entries: usize,
}

/// The declared sizes held to the limits, before anything is unpacked.
fn check_limits(member: &Member, budget: &Budget) -> Result<(), Refusal> {
    let limits = &budget.limits;
    if member.uncompressed > limits.entry_bytes {
        return Err(Refusal::EntryTooLarge {
            size: member.uncompressed,
            limit: limits.entry_bytes,
        });
    }
    if member.uncompressed > limits.ratio_floor {
        let ratio = member.uncompressed / member.compressed.max(1);
        if ratio > limits.ratio {
            return Err(Refusal::RatioTooHigh {
                ratio,
                limit: limits.ratio,
            });
        }
    }
    if budget.bytes.saturating_add(member.uncompressed) > limits.total_bytes {
        return Err(Refusal::ArchiveTooLarge {
            limit: limits.total_bytes,
        });
    }
    Ok(())
}

fn unpack(member: &Member, data: &[u8]) -> Result<Vec<u8>, ArchiveError> {
    let content = match member.method {
        0 => data.to_vec(),
        // Never more than the declared size: a member that lies about it is damaged.
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(
            data,
            (member.uncompressed as usize).max(1),
        )
        .map_err(|e| ArchiveError::Damaged(format!("uitpakken mislukt: {:?}", e.status)))?,
        other => {
            return Err(ArchiveError::Damaged(format!(
                "compressiemethode {other} wordt niet ondersteund"
            )))
        }
    };
    if content.len() as u64 != member.uncompressed || crc32(&content) != member.crc {
        return Err("de controlesom klopt niet: het bestand is beschadigd".into());
    }
    Ok(content)
}

/// The files of a zip archive named `archive_name`, in archive order; folders and
/// macOS resource forks (`__MACOSX/`) are skipped. A member that cannot be unpacked
/// is returned with its reason, so nothing is lost silently.
///
/// Bounded: the limits in [`crate::input::limits`] hold for the archive and the
/// archives inside it together; a zip inside the archive is unpacked in place (its
/// files named `outer.zip/inner.zip/file.txt`), a zip inside that is refused; members
/// whose data overlap each other or the directory are refused, so an overlapping or
/// self-containing archive ends.
pub fn expand_zip(archive_name: &str, bytes: &[u8]) -> Result<Vec<ArchiveEntry>, ArchiveError> {
    expand_zip_within(archive_name, bytes, ArchiveLimits::DEFAULT)
}

/// [`expand_zip`] within other limits.
pub fn expand_zip_within(
    archive_name: &str,
    bytes: &[u8],
    limits: ArchiveLimits,
) -> Result<Vec<ArchiveEntry>, ArchiveError> {
    let mut budget = Budget {
        limits,
        bytes: 0,
        entries: 0,
    };
    let mut out = Vec::new();
    expand_into(archive_name, bytes, 0, &mut budget, &mut out)?;
    Ok(out)
}

fn expand_into(
    archive_name: &str,
    bytes: &[u8],
    depth: usize,
    budget: &mut Budget,
    out: &mut Vec<ArchiveEntry>,
) -> Result<(), ArchiveError> {
    let directory = read_directory(bytes, &budget.limits)?;
    let files: Vec<&Member> = directory
        .members
        .iter()
        .filter(|m| !(m.name.ends_with('/') || m.name.starts_with("__MACOSX/")))
        .collect();
    let count = budget.entries.saturating_add(files.len());
    if count > budget.limits.entries {
        return Err(Refusal::TooManyEntries {
            count,
            limit: budget.limits.entries,
        }
        .into());
    }
    budget.entries = count;
    // Every member's bytes, from its local header to the end of its data, must be its
    // own: sorted by start, each must end before the next starts and before the
    // directory.
    let spans: Vec<Result<(usize, usize), ArchiveError>> =
        files.iter().map(|m| span(bytes, m)).collect();
    // Sorted as numbers with the member's index in the low 20 bits (offsets are 32-bit,
    // a directory holds at most 65,535 members): an `i64` sort the app links anyway, where a
    // sort by key would add its own copy of the sort to the wasm.
    let mut order: Vec<i64> = (0..files.len())
        .filter(|&i| spans[i].is_ok())
        .map(|i| ((files[i].local_offset as i64) << 20) | i as i64)
        .collect();
    order.sort_unstable();
    let mut overlapping = vec![false; files.len()];
    let mut previous_end = 0usize;
    for i in order.into_iter().map(|key| (key & 0xF_FFFF) as usize) {
        if let Ok((_, end)) = spans[i] {
            let local = files[i].local_offset as usize;
            if local < previous_end || end > directory.start {
                overlapping[i] = true;
            }
            previous_end = previous_end.max(end);
        }
    }
    for (i, member) in files.iter().enumerate() {
        let name = format!("{archive_name}/{}", member.name);
        let content = match &spans[i] {
            Err(e) => Err(e.clone()),
            Ok(_) if overlapping[i] => Err(Refusal::Overlapping.into()),
            Ok((start, end)) => check_limits(member, budget)
                .map_err(ArchiveError::from)
                .and_then(|()| unpack(member, &bytes[*start..*end])),
        };
        let content = match content {
            Ok(content) => content,
            Err(error) => {
                out.push(ArchiveEntry {
                    name,
                    bytes: Err(error),
                });
                continue;
            }
        };
        budget.bytes = budget.bytes.saturating_add(content.len() as u64);
        if !is_zip(&content) {
            out.push(ArchiveEntry {
                name,
                bytes: Ok(content),
            });
        } else if depth >= budget.limits.nesting {
            out.push(ArchiveEntry {
                name,
                bytes: Err(Refusal::NestedTooDeep {
                    limit: budget.limits.nesting,
                }
                .into()),
            });
        } else {
            let before = out.len();
            match expand_into(&name, &content, depth + 1, budget, out) {
                // An empty archive inside stays one entry, read as an empty archive.
                Ok(()) if out.len() == before => out.push(ArchiveEntry {
                    name,
                    bytes: Ok(content),
                }),
                Ok(()) => {}
                Err(error) => out.push(ArchiveEntry {
                    name,
                    bytes: Err(error),
                }),
            }
        }
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn make_zip(files: &[(&str, &str)], method: zip::CompressionMethod) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, text) in files {
            if name.ends_with('/') {
                writer.add_directory(*name, options).unwrap();
            } else {
                writer.start_file(*name, options).unwrap();
                writer.write_all(text.as_bytes()).unwrap();
            }
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_nested_folders_stored_and_deflated() {
        for method in [
            zip::CompressionMethod::Stored,
            zip::CompressionMethod::Deflated,
        ] {
            let bytes = make_zip(
                &[
                    ("a.txt", "Kamervraag 2020Z00001"),
                    ("map/", ""),
                    ("map/diep/b.txt", &"herhaald ".repeat(500)),
                    ("__MACOSX/map/._b.txt", "x"),
                ],
                method,
            );
            assert!(is_zip(&bytes));
            let entries = expand_zip("set.zip", &bytes).unwrap();
            let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(names, ["set.zip/a.txt", "set.zip/map/diep/b.txt"]);
            assert_eq!(entries[1].bytes.as_ref().unwrap().len(), 9 * 500);
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(expand_zip("x.zip", b"PK\x03\x04garbage").is_err());
        assert!(expand_zip("x.zip", b"").is_err());
        let mut bytes = make_zip(
            &[("a.txt", &"abc".repeat(100))],
            zip::CompressionMethod::Deflated,
        );
        let len = bytes.len();
        bytes.truncate(len / 2);
        let _ = expand_zip("x.zip", &bytes);
    }

    #[test]
    fn a_damaged_member_is_listed_with_its_reason() {
        let mut bytes = make_zip(
            &[("a.txt", &"abc".repeat(100)), ("b.txt", "kort")],
            zip::CompressionMethod::Stored,
        );
        // Flip a byte inside a.txt's data: its checksum no longer matches.
        let at = bytes.windows(3).position(|w| w == b"abc").unwrap();
        bytes[at] = b'X';
        let entries = expand_zip("x.zip", &bytes).unwrap();
        assert!(matches!(
            &entries[0].bytes,
            Err(ArchiveError::Damaged(reason)) if reason.contains("controlesom")
        ));
        assert_eq!(entries[1].bytes.as_deref(), Ok(&b"kort"[..]));
    }

    #[test]
    fn no_panic_on_any_cut_or_flipped_byte() {
        let bytes = make_zip(
            &[("map/a.txt", &"Kamervraag ".repeat(50)), ("b.txt", "kort")],
            zip::CompressionMethod::Deflated,
        );
        for cut in 0..bytes.len() {
            let _ = expand_zip("x.zip", &bytes[..cut]);
        }
        for i in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0xA5;
            let _ = expand_zip("x.zip", &flipped);
        }
    }

    /// A tiny archive written by hand: stored members at the given local offsets, and a
    /// directory listing `(name, local offset, packed size, unpacked size, crc)`.
    fn hand_made(locals: &[(&str, &[u8])], directory: &[(&str, u32, u32, u32, u32)]) -> Vec<u8> {
        let mut bytes = Vec::new();
        for (name, data) in locals {
            bytes.extend(LOCAL_SIGNATURE.to_le_bytes());
            bytes.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            bytes.extend(crc32(data).to_le_bytes());
            bytes.extend((data.len() as u32).to_le_bytes());
            bytes.extend((data.len() as u32).to_le_bytes());
            bytes.extend((name.len() as u16).to_le_bytes());
            bytes.extend(0u16.to_le_bytes());
            bytes.extend(name.as_bytes());
            bytes.extend(*data);
        }
        let start = bytes.len() as u32;
        for (name, offset, packed, unpacked, crc) in directory {
            bytes.extend(CENTRAL_SIGNATURE.to_le_bytes());
            bytes.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            bytes.extend(crc.to_le_bytes());
            bytes.extend(packed.to_le_bytes());
            bytes.extend(unpacked.to_le_bytes());
            bytes.extend((name.len() as u16).to_le_bytes());
            bytes.extend([0; 12]);
            bytes.extend(offset.to_le_bytes());
            bytes.extend(name.as_bytes());
        }
        let size = bytes.len() as u32 - start;
        bytes.extend(EOCD_SIGNATURE.to_le_bytes());
        bytes.extend([0; 4]);
        bytes.extend((directory.len() as u16).to_le_bytes());
        bytes.extend((directory.len() as u16).to_le_bytes());
        bytes.extend(size.to_le_bytes());
        bytes.extend(start.to_le_bytes());
        bytes.extend([0; 2]);
        bytes
    }

    fn refusal(entry: &ArchiveEntry) -> Option<Refusal> {
        match &entry.bytes {
            Err(ArchiveError::Refused(refusal)) => Some(*refusal),
            _ => None,
        }
    }

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            writer.start_file(*name, options).unwrap();
            writer.write_all(bytes).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn the_hand_made_archive_reads() {
        let bytes = hand_made(
            &[("a.txt", b"Kamervraag")],
            &[("a.txt", 0, 10, 10, crc32(b"Kamervraag"))],
        );
        let entries = expand_zip("h.zip", &bytes).unwrap();
        assert_eq!(entries[0].bytes.as_deref(), Ok(&b"Kamervraag"[..]));
    }

    #[test]
    fn a_zip_bomb_is_refused_by_its_ratio_before_it_is_unpacked() {
        let zeros = vec![0u8; 4 * 1024 * 1024];
        let bytes = zip_of(&[("bom.txt", &zeros), ("kort.txt", b"Kamervraag")]);
        let entries = expand_zip("bom.zip", &bytes).unwrap();
        match refusal(&entries[0]) {
            Some(Refusal::RatioTooHigh { ratio, limit }) => {
                assert!(ratio > 500, "{ratio}");
                assert_eq!(limit, crate::input::limits::MAX_COMPRESSION_RATIO);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(entries[1].bytes.as_deref(), Ok(&b"Kamervraag"[..]));
    }

    #[test]
    fn a_member_larger_than_the_limit_is_refused() {
        let big = "Kamervraag 2024Z00001 ".repeat(1000);
        let bytes = zip_of(&[("groot.txt", big.as_bytes())]);
        let limits = ArchiveLimits {
            entry_bytes: 10_000,
            ..ArchiveLimits::DEFAULT
        };
        let entries = expand_zip_within("g.zip", &bytes, limits).unwrap();
        assert_eq!(
            refusal(&entries[0]),
            Some(Refusal::EntryTooLarge {
                size: big.len() as u64,
                limit: 10_000
            })
        );
    }

    #[test]
    fn the_total_unpacked_size_is_bounded() {
        let text = vec![b'k'; 4_000];
        let files: Vec<(String, &[u8])> = (0..5).map(|i| (format!("{i}.txt"), &text[..])).collect();
        let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), *b)).collect();
        let bytes = zip_of(&files);
        let limits = ArchiveLimits {
            total_bytes: 10_000,
            ..ArchiveLimits::DEFAULT
        };
        let entries = expand_zip_within("t.zip", &bytes, limits).unwrap();
        assert_eq!(entries.len(), 5);
        assert!(entries[..2].iter().all(|e| e.bytes.is_ok()));
        for entry in &entries[2..] {
            assert_eq!(
                refusal(entry),
                Some(Refusal::ArchiveTooLarge { limit: 10_000 })
            );
        }
    }

    #[test]
    fn the_number_of_entries_is_bounded() {
        let bytes = zip_of(&[("a", b"1"), ("b", b"2"), ("c", b"3"), ("d", b"4")]);
        let limits = ArchiveLimits {
            entries: 3,
            ..ArchiveLimits::DEFAULT
        };
        assert_eq!(
            expand_zip_within("n.zip", &bytes, limits),
            Err(ArchiveError::Refused(Refusal::TooManyEntries {
                count: 4,
                limit: 3
            }))
        );
        assert_eq!(expand_zip("n.zip", &bytes).unwrap().len(), 4);
    }

    #[test]
    fn a_zip_in_a_zip_is_unpacked_a_zip_deeper_is_refused() {
        let innermost = zip_of(&[("diep.txt", b"te diep")]);
        let inner = zip_of(&[("b.txt", b"binnen"), ("c.zip", &innermost)]);
        let outer = zip_of(&[("a.txt", b"buiten"), ("in.zip", &inner)]);
        let entries = expand_zip("uit.zip", &outer).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "uit.zip/a.txt",
                "uit.zip/in.zip/b.txt",
                "uit.zip/in.zip/c.zip"
            ]
        );
        assert_eq!(entries[1].bytes.as_deref(), Ok(&b"binnen"[..]));
        assert_eq!(
            refusal(&entries[2]),
            Some(Refusal::NestedTooDeep { limit: 1 })
        );
    }

    #[test]
    fn an_archive_that_holds_itself_ends() {
        // An archive whose member is the archive holding it, as far as bytes go: every
        // level unpacks to the same bytes again. One level is unpacked, then it stops.
        let inner = zip_of(&[("x.txt", b"x")]);
        let outer = zip_of(&[("zelf.zip", &inner)]);
        let twice = zip_of(&[("zelf.zip", &outer)]);
        let entries = expand_zip("zelf.zip", &twice).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].name, "zelf.zip/zelf.zip/zelf.zip");
        assert_eq!(
            refusal(&entries[0]),
            Some(Refusal::NestedTooDeep { limit: 1 })
        );
    }

    #[test]
    fn overlapping_members_are_refused_and_the_first_is_read() {
        // Two directory records for the same local data (an overlapping zip bomb
        // repeats one compressed kernel like this thousands of times).
        let crc = crc32(b"Kamervraag");
        let bytes = hand_made(
            &[("a.txt", b"Kamervraag")],
            &[("a.txt", 0, 10, 10, crc), ("b.txt", 0, 10, 10, crc)],
        );
        let entries = expand_zip("o.zip", &bytes).unwrap();
        assert_eq!(entries[0].bytes.as_deref(), Ok(&b"Kamervraag"[..]));
        assert_eq!(refusal(&entries[1]), Some(Refusal::Overlapping));
    }

    #[test]
    fn a_member_that_spans_the_directory_is_refused() {
        // A member whose data reaches over the archive's own directory: the shape of a
        // self-containing archive.
        let local_len = 30 + 5 + 10;
        let whole = local_len + 46 + 5 + 22;
        let bytes = hand_made(
            &[("a.txt", b"Kamervraag")],
            &[("a.txt", 0, (whole - 35) as u32, 10, 0)],
        );
        assert_eq!(bytes.len(), whole);
        let entries = expand_zip("s.zip", &bytes).unwrap();
        assert_eq!(refusal(&entries[0]), Some(Refusal::Overlapping));
    }
}
