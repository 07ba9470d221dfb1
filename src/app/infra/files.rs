//! Reading `File`s from an `<input type=file>` (files or a whole folder) or a drop
//! event into bytes, and the pending inputs of a load.

use crate::input::{check_file_size, ArchiveError, Refusal};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

/// Something to load: a browser file, or text/bytes we already have.
pub enum Pending {
    /// A file from a picker or a drop, with the name to show (folder path included).
    File {
        /// The name shown for it.
        name: String,
        /// The browser file.
        file: File,
    },
    /// Bytes in memory (pasted text, archive members, the stored library).
    Bytes {
        /// The name shown for it.
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
    /// Something that could not be read at all (an unreadable folder or file).
    Failed {
        /// The name shown for it.
        name: String,
        /// Why it could not be read.
        reason: String,
    },
    /// Something not read because it would exceed a resource limit.
    Refused {
        /// The name shown for it.
        name: String,
        /// The limit and by how much.
        refusal: Refusal,
    },
}

impl Pending {
    /// The name shown for this input.
    pub fn name(&self) -> &str {
        match self {
            Pending::File { name, .. }
            | Pending::Bytes { name, .. }
            | Pending::Failed { name, .. }
            | Pending::Refused { name, .. } => name,
        }
    }

    /// A browser file to read, or its refusal when it is larger than the per-file
    /// limit (checked with `File.size`, so the file is never read).
    pub fn of_file(name: String, file: File) -> Pending {
        match check_file_size(file.size() as u64) {
            Ok(()) => Pending::File { name, file },
            Err(refusal) => Pending::Refused { name, refusal },
        }
    }

    /// An archive member: its bytes, or why it was not unpacked.
    pub fn of_member(name: String, bytes: Result<Vec<u8>, ArchiveError>) -> Pending {
        match bytes {
            Ok(bytes) => Pending::Bytes { name, bytes },
            Err(ArchiveError::Refused(refusal)) => Pending::Refused { name, refusal },
            Err(ArchiveError::Damaged(reason)) => Pending::Failed { name, reason },
        }
    }
}

/// The files of a `FileList`, in order, named by their relative path when a folder
/// was chosen (`webkitRelativePath`), else by their name.
pub fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The files of a `FileList` as pending inputs.
pub fn pending_of(list: &FileList) -> Vec<Pending> {
    files_of(list)
        .into_iter()
        .map(|file| {
            let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let name = if relative.is_empty() {
                file.name()
            } else {
                relative
            };
            Pending::of_file(name, file)
        })
        .collect()
}

/// Reads one file's bytes, or gives the browser's reason.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buf) => Ok(Uint8Array::new(&buf).to_vec()),
        Err(e) => Err(e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "the browser could not read the file".to_string())),
    }
}

/// Reads many files at once (the browser reads them in parallel), in order; each
/// gets its bytes or the browser's reason.
pub async fn read_many(files: &[File]) -> Vec<Result<Vec<u8>, String>> {
    let promises: js_sys::Array = files.iter().map(|f| f.array_buffer()).collect();
    let settled = match JsFuture::from(js_sys::Promise::all_settled(&promises)).await {
        Ok(settled) => settled,
        Err(_) => {
            return vec![Err("the browser could not read the files".to_string()); files.len()]
        }
    };
    let settled: js_sys::Array = settled.unchecked_into();
    (0..files.len() as u32)
        .map(|i| {
            let outcome = settled.get(i);
            let field = |key: &str| js_sys::Reflect::get(&outcome, &key.into()).ok();
            let fulfilled =
                field("status").and_then(|s| s.as_string()).as_deref() == Some("fulfilled");
            match field("value") {
                Some(value) if fulfilled => Ok(Uint8Array::new(&value).to_vec()),
                _ => Err(field("reason")
                    .and_then(|r| {
                        r.dyn_ref::<js_sys::Error>()
                            .map(|e| String::from(e.message()))
                    })
                    .unwrap_or_else(|| "the browser could not read the file".to_string())),
            }
        })
        .collect()
}
