//! Reading `.zip` archives of Kamervraag files (stored or deflate, nested folders
//! included) into named byte buffers. Pure Rust: a small reader of the zip central
//! directory over `miniz_oxide`'s inflate, with CRC-32 checks.
//!
//! Why not the `zip` crate: it links `crc32fast`'s 16 KB slicing tables and the
//! `std::io` machinery into the app (measured: +49 KB gzipped wasm, which the budget
//! does not allow). The tests write archives with the `zip` crate and read them here.

/// One file found in an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveEntry {
    /// The path inside the archive, e.g. `2024/kv-1.txt`, prefixed with the archive name.
    pub name: String,
    /// The file's bytes, or why it could not be unpacked.
    pub bytes: Result<Vec<u8>, String>,
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

/// Largest size we unpack one archive member to (protects against zip bombs).
pub const MAX_ENTRY_BYTES: u64 = 16 * 1024 * 1024;

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

/// Finds the end-of-central-directory record (it may be followed by a comment).
fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(22)?;
    let first = last.saturating_sub(u16::MAX as usize);
    (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(EOCD_SIGNATURE))
}

fn read_directory(bytes: &[u8]) -> Result<Vec<Member>, String> {
    let eocd = find_eocd(bytes)
        .ok_or("geen leesbaar zip-archief: het einde van de inhoudsopgave ontbreekt")?;
    let count = u16_at(bytes, eocd.saturating_add(10)).unwrap_or(0) as usize;
    let mut at = u32_at(bytes, eocd.saturating_add(16)).unwrap_or(u32::MAX) as usize;
    if count > 0 && (at == u32::MAX as usize || count == u16::MAX as usize) {
        return Err("zip64-archieven worden niet ondersteund".into());
    }
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
    Ok(members)
}

fn unpack(bytes: &[u8], member: &Member) -> Result<Vec<u8>, String> {
    if member.uncompressed > MAX_ENTRY_BYTES || member.compressed > MAX_ENTRY_BYTES {
        return Err(format!("groter dan {} MB", MAX_ENTRY_BYTES / 1024 / 1024));
    }
    let local = member.local_offset as usize;
    if u32_at(bytes, local) != Some(LOCAL_SIGNATURE) {
        return Err("de lokale kop van dit bestand ontbreekt".into());
    }
    let name_len = u16_at(bytes, local.saturating_add(26)).unwrap_or(0) as usize;
    let extra_len = u16_at(bytes, local.saturating_add(28)).unwrap_or(0) as usize;
    let start = local.saturating_add(30 + name_len + extra_len);
    let data = bytes
        .get(start..start.saturating_add(member.compressed as usize))
        .ok_or("het bestand is afgekapt")?;
    let content = match member.method {
        0 => data.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_ENTRY_BYTES as usize)
            .map_err(|e| format!("uitpakken mislukt: {:?}", e.status))?,
        other => return Err(format!("compressiemethode {other} wordt niet ondersteund")),
    };
    if crc32(&content) != member.crc {
        return Err("de controlesom klopt niet: het bestand is beschadigd".into());
    }
    Ok(content)
}

/// The files of a zip archive named `archive_name`, in archive order; folders and
/// macOS resource forks (`__MACOSX/`) are skipped. A member that cannot be unpacked
/// is returned with its reason, so nothing is lost silently.
pub fn expand_zip(archive_name: &str, bytes: &[u8]) -> Result<Vec<ArchiveEntry>, String> {
    let members = read_directory(bytes)?;
    Ok(members
        .iter()
        .filter(|m| !(m.name.ends_with('/') || m.name.starts_with("__MACOSX/")))
        .map(|m| ArchiveEntry {
            name: format!("{archive_name}/{}", m.name),
            bytes: unpack(bytes, m),
        })
        .collect())
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
        assert!(entries[0]
            .bytes
            .as_ref()
            .unwrap_err()
            .contains("controlesom"));
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
}
