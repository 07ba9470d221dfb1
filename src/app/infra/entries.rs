//! Dropped folders: the `webkitGetAsEntry` file-system entries of a drop, walked
//! recursively. `readEntries` is called until it returns nothing, because Chromium
//! hands out at most 100 entries per call.

use super::files::Pending;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// What a drop carried, taken synchronously inside the drop event (the browser
/// empties the `DataTransfer` afterwards).
pub struct DroppedItems {
    /// File-system entries (files and folders), when the browser offers them.
    pub entries: Vec<FileSystemEntry>,
    /// Plain files for items without an entry.
    pub files: Vec<Pending>,
}

/// Takes the entries and files out of a drop's `DataTransfer`.
pub fn take_dropped(transfer: &DataTransfer) -> DroppedItems {
    let mut dropped = DroppedItems {
        entries: Vec::new(),
        files: Vec::new(),
    };
    let items = transfer.items();
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        match item.webkit_get_as_entry() {
            Ok(Some(entry)) => dropped.entries.push(entry),
            _ => {
                if let Ok(Some(file)) = item.get_as_file() {
                    dropped.files.push(Pending::of_file(file.name(), file));
                }
            }
        }
    }
    if items.length() == 0 {
        if let Some(list) = transfer.files() {
            dropped.files.extend(super::files::pending_of(&list));
        }
    }
    dropped
}

/// Every file below the dropped entries, depth first, named by path
/// (`map/sub/file.txt`). Unreadable folders are reported as failed inputs.
pub async fn walk(entries: Vec<FileSystemEntry>) -> Vec<Pending> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, FileSystemEntry)> = entries
        .into_iter()
        .rev()
        .map(|e| (String::new(), e))
        .collect();
    while let Some((prefix, entry)) = stack.pop() {
        let name = format!("{prefix}{}", entry.name());
        if entry.is_directory() {
            let directory: FileSystemDirectoryEntry = entry.unchecked_into();
            match read_all_entries(&directory).await {
                Ok(children) => {
                    let prefix = format!("{name}/");
                    stack.extend(children.into_iter().rev().map(|c| (prefix.clone(), c)));
                }
                Err(reason) => out.push(Pending::Failed {
                    name: format!("{name}/"),
                    reason,
                }),
            }
        } else if entry.is_file() {
            let file_entry: FileSystemFileEntry = entry.unchecked_into();
            match file_of(&file_entry).await {
                Ok(file) => out.push(Pending::of_file(name, file)),
                Err(reason) => out.push(Pending::Failed { name, reason }),
            }
        }
    }
    out
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// All children of a folder: `readEntries` repeated until it returns an empty batch.
async fn read_all_entries(
    directory: &FileSystemDirectoryEntry,
) -> Result<Vec<FileSystemEntry>, String> {
    let reader = directory.create_reader();
    let mut all = Vec::new();
    loop {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let _ = reader.read_entries_with_callback_and_callback(&resolve, &reject);
        });
        let batch = JsFuture::from(promise).await.map_err(describe)?;
        let batch: js_sys::Array = batch.unchecked_into();
        if batch.length() == 0 {
            return Ok(all);
        }
        all.extend(batch.iter().map(|v| v.unchecked_into::<FileSystemEntry>()));
    }
}

/// The `File` behind a file entry.
async fn file_of(entry: &FileSystemFileEntry) -> Result<web_sys::File, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    let value = JsFuture::from(promise).await.map_err(describe)?;
    Ok(value.unchecked_into())
}
