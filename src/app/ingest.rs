//! Loading many files without freezing the page: inputs are read and parsed in time
//! slices of about [`SLICE_MS`] milliseconds; after each slice the parsed files and the
//! progress are dispatched and the browser gets a turn. Zip archives are opened and
//! their members loaded like files. New files are stored in IndexedDB afterwards.

use super::infra::clock::{now_ms, yield_to_browser};
use super::infra::entries::{walk, DroppedItems};
use super::infra::files::{read_many, Pending};
use super::infra::idb::{self, StoredFile};
use crate::app::state::{Action, AppContext, Failure, LoadedFile, Notice};
use crate::input::{expand_zip, is_zip};
use std::collections::VecDeque;

/// The length of one slice of parsing work, in milliseconds.
pub const SLICE_MS: f64 = 12.0;

/// How many files are written to IndexedDB in one transaction.
pub const STORE_BATCH: usize = 100;

/// How many files are read from disk at once.
pub const READ_BATCH: usize = 64;

/// Takes up to [`READ_BATCH`] inputs from the queue and reads the files among them
/// in parallel: each comes back as a name with its bytes or the reason.
async fn next_chunk(queue: &mut VecDeque<Pending>) -> Vec<(String, Result<Vec<u8>, Failure>)> {
    let mut chunk: Vec<Pending> = Vec::new();
    while chunk.len() < READ_BATCH {
        match queue.pop_front() {
            Some(input) => chunk.push(input),
            None => break,
        }
    }
    let files: Vec<web_sys::File> = chunk
        .iter()
        .filter_map(|input| match input {
            Pending::File { file, .. } => Some(file.clone()),
            _ => None,
        })
        .collect();
    let mut read = read_many(&files).await.into_iter();
    chunk
        .into_iter()
        .map(|input| match input {
            Pending::File { name, .. } => (
                name,
                read.next()
                    .unwrap_or_else(|| Err("the browser could not read the file".to_string()))
                    .map_err(Failure::Other),
            ),
            Pending::Bytes { name, bytes } => (name, Ok(bytes)),
            Pending::Failed { name, reason } => (name, Err(Failure::Other(reason))),
            Pending::Refused { name, refusal } => (name, Err(Failure::Refused(refusal))),
        })
        .collect()
}

/// Whether loaded files are written to the stored library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persist {
    /// Store them (files the user gave now).
    Store,
    /// Do not (files restored from storage).
    Skip,
}

/// Loads dropped files and folders (folders are walked first).
pub fn load_dropped(state: AppContext, dropped: DroppedItems) {
    wasm_bindgen_futures::spawn_local(async move {
        let DroppedItems { entries, mut files } = dropped;
        if !entries.is_empty() {
            state.dispatch(Action::LoadStarted(0));
            files.extend(walk(entries).await);
            run(&state, files, Persist::Store).await;
            state.dispatch(Action::LoadFinished);
        } else {
            load(state, files, Persist::Store);
        }
    });
}

/// Loads inputs in the background (returns at once).
pub fn load(state: AppContext, inputs: Vec<Pending>, persist: Persist) {
    if inputs.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        state.dispatch(Action::LoadStarted(0));
        run(&state, inputs, persist).await;
        state.dispatch(Action::LoadFinished);
    });
}

/// Loads a small text at once, without time slicing (the built-in example).
pub fn load_now(state: &AppContext, name: &str, text: &str) {
    state.dispatch(Action::LoadStarted(1));
    state.dispatch(Action::Parsed(
        1,
        vec![LoadedFile::parse(name, text.as_bytes())],
    ));
    state.dispatch(Action::LoadFinished);
    store_in_background(vec![StoredFile {
        name: name.to_string(),
        text: text.to_string(),
    }]);
}

/// Reads the stored library and loads it (without storing it again).
pub fn restore(state: AppContext) {
    wasm_bindgen_futures::spawn_local(async move {
        match idb::load_files().await {
            Ok(stored) => {
                state.dispatch(Action::RestoreChecked(stored.len()));
                let inputs = stored
                    .into_iter()
                    .map(|f| Pending::Bytes {
                        name: f.name,
                        bytes: f.text.into_bytes(),
                    })
                    .collect();
                load(state, inputs, Persist::Skip);
            }
            Err(reason) => {
                state.dispatch(Action::RestoreChecked(0));
                state.dispatch(Action::Notify(Notice::StorageUnavailable(reason)));
            }
        }
    });
}

/// Empties the stored library.
pub fn clear_stored(state: AppContext) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(reason) = idb::clear().await {
            state.dispatch(Action::Notify(Notice::StorageUnavailable(reason)));
        }
    });
}

fn store_in_background(files: Vec<StoredFile>) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(reason) = idb::store_files(&files).await {
            web_sys::console::warn_1(&format!("library not stored: {reason}").into());
        }
    });
}

/// The work loop: read, open archives, parse; dispatch after each time slice.
async fn run(state: &AppContext, inputs: Vec<Pending>, persist: Persist) {
    state.dispatch(Action::MoreFound(inputs.len()));
    let mut queue: VecDeque<Pending> = inputs.into();
    let mut batch: Vec<LoadedFile> = Vec::new();
    let mut read_in_slice: usize = 0;
    let mut to_store: Vec<StoredFile> = Vec::new();
    let mut slice_start = now_ms();
    while !queue.is_empty() {
        let chunk = next_chunk(&mut queue).await;
        for (name, bytes) in chunk {
            read_in_slice += 1;
            match bytes {
                Err(failure) => batch.push(LoadedFile::failed(&name, failure)),
                Ok(bytes) if is_zip(&bytes) => match expand_zip(&name, &bytes) {
                    Ok(members) if !members.is_empty() => {
                        // The archive is replaced by its members in the counts.
                        state.dispatch(Action::MoreFound(members.len().saturating_sub(1)));
                        read_in_slice = read_in_slice.saturating_sub(1);
                        for member in members.into_iter().rev() {
                            queue.push_front(Pending::of_member(member.name, member.bytes));
                        }
                    }
                    Ok(_) => batch.push(LoadedFile::empty_archive(&name)),
                    Err(error) => batch.push(LoadedFile::failed(&name, error.into())),
                },
                Ok(bytes) => {
                    let file = LoadedFile::parse(&name, &bytes);
                    if persist == Persist::Store {
                        to_store.push(StoredFile {
                            name: name.clone(),
                            text: file.raw.to_string(),
                        });
                    }
                    batch.push(file);
                }
            }
            if now_ms() - slice_start >= SLICE_MS {
                state.dispatch(Action::Parsed(read_in_slice, std::mem::take(&mut batch)));
                read_in_slice = 0;
                yield_to_browser().await;
                slice_start = now_ms();
            }
        }
    }
    state.dispatch(Action::Parsed(read_in_slice, batch));
    // Stored in small transactions, so writing a big library does not block the page.
    for chunk in to_store.chunks(STORE_BATCH) {
        if let Err(reason) = idb::store_files(chunk).await {
            state.dispatch(Action::Notify(Notice::StorageUnavailable(reason)));
            break;
        }
        yield_to_browser().await;
    }
}
