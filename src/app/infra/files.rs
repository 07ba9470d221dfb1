//! The files of an `<input type=file>` (files or a whole folder) or a drop event, and
//! the pending inputs of a load (the parse workers read the files).

use crate::input::{check_input_size, ArchiveError, Refusal};
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

    /// A browser file to read. Its size is checked just before it goes to a parse
    /// worker ([`Pending::checked`]), not here: the first question about a file from a
    /// chosen folder (its size) makes the browser look it up on disk, which takes a
    /// fraction of a millisecond, too long for tens of thousands of files in one go.
    pub fn of_file(name: String, file: File) -> Pending {
        Pending::File { name, file }
    }

    /// This input, or its refusal when it is a browser file larger than its limit
    /// ([`check_input_size`], checked with `File.size`, so the file is never read).
    pub fn checked(self) -> Pending {
        match self {
            Pending::File { name, file } => match check_input_size(&name, file.size() as u64) {
                Ok(()) => Pending::File { name, file },
                Err(refusal) => Pending::Refused { name, refusal },
            },
            other => other,
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
