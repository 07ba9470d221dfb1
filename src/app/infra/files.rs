//! Reading `File`s from an `<input type=file>` or a drop event into bytes.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

/// A file's name and its bytes, or the reason it could not be read.
pub struct ReadFile {
    /// The file name.
    pub name: String,
    /// Its bytes, or the browser's error.
    pub bytes: Result<Vec<u8>, String>,
}

/// The files of a `FileList`, in order.
pub fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads one file's bytes.
pub async fn read_file(file: &File) -> ReadFile {
    let name = file.name();
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buf) => Ok(Uint8Array::new(&buf).to_vec()),
        Err(e) => Err(e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "het bestand kon niet worden gelezen".to_string())),
    };
    ReadFile { name, bytes }
}
