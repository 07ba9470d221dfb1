//! Reading `.zip` archives of Kamervraag files (stored or deflate, nested folders
//! included) into named byte buffers. Pure Rust (`zip` with the miniz_oxide backend).

use std::io::{Cursor, Read};

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
/// use kamervraag::model::is_zip;
/// assert!(is_zip(b"PK\x03\x04rest"));
/// assert!(!is_zip(b"Kamervraag 2024Z00001"));
/// ```
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Largest size we unpack one archive member to (protects against zip bombs).
pub const MAX_ENTRY_BYTES: u64 = 16 * 1024 * 1024;

/// The files of a zip archive named `archive_name`, in archive order; folders and
/// macOS resource forks (`__MACOSX/`) are skipped. A member that cannot be unpacked
/// is returned with its reason, so nothing is lost silently.
pub fn expand_zip(archive_name: &str, bytes: &[u8]) -> Result<Vec<ArchiveEntry>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("geen leesbaar zip-archief: {e}"))?;
    let mut entries = Vec::new();
    for index in 0..archive.len() {
        let mut file = match archive.by_index(index) {
            Ok(file) => file,
            Err(e) => {
                entries.push(ArchiveEntry {
                    name: format!("{archive_name}/#{index}"),
                    bytes: Err(e.to_string()),
                });
                continue;
            }
        };
        let inner = match file.name() {
            Ok(name) => name.into_owned(),
            Err(_) => String::from_utf8_lossy(file.name_raw()).into_owned(),
        };
        if file.is_dir() || inner.starts_with("__MACOSX/") || inner.ends_with('/') {
            continue;
        }
        let name = format!("{archive_name}/{inner}");
        if file.size() > MAX_ENTRY_BYTES {
            entries.push(ArchiveEntry {
                name,
                bytes: Err(format!("groter dan {} MB", MAX_ENTRY_BYTES / 1024 / 1024)),
            });
            continue;
        }
        let mut content = Vec::with_capacity(file.size() as usize);
        let read = (&mut file).take(MAX_ENTRY_BYTES).read_to_end(&mut content);
        entries.push(ArchiveEntry {
            name,
            bytes: read.map(|_| content).map_err(|e| e.to_string()),
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

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
}
