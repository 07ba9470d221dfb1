//! Loading files without freezing the page and without losing any: files go in
//! groups to the parse workers (one per core), which read and parse them; each batch the workers
//! send back is stored in IndexedDB (parsed documents with the parser's version, texts
//! apart) before it counts as loaded; what arrived is admitted to the state at a steady
//! pace ([`AdmitPace`]), so the library can be browsed while the rest arrives. A load
//! first records the names of its inputs, so after a closed tab the inputs that were
//! not stored are listed, never silently dropped. The same bytes are stored once
//! (content keys). Clearing the library cancels every load and tells the other tabs.

use super::infra::clock::{now_ms, yield_to_browser};
use super::infra::entries::{walk, DroppedItems};
use super::infra::files::Pending;
use super::infra::idb;
use super::infra::workers::{
    self, BrowserFile, Bytes, Input, ParseReply, ParseRequest, BATCH_FILES,
};
use crate::app::state::{Action, AppContext, LoadedFile, Notice, ReadyFile};
use crate::view::ingest::{
    decode_parsed, encode_parsed, refused, AdmitPace, Parsed, Refusal, PARSER_VERSION,
};
use futures::StreamExt;
use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// How many stored batches the restore reads from storage at once.
const RESTORE_PAGE: usize = 8;

/// How many requests each worker has queued at most.
const QUEUED_PER_WORKER: usize = 2;

/// The longest stretch of decoding stored batches, or of preparing documents for
/// the library, before the page gets the browser back (well under the 100 ms of a
/// long task, leaving room for drawing what was admitted).
const SLICE_MS: f64 = 30.0;

/// The reason listed for an input whose load was cut off (tab closed, page reloaded).
pub const NOT_STORED: &str = "niet bewaard: de pagina werd gesloten voordat dit bestand was opgeslagen / not stored: the page closed before this file was stored";

thread_local! {
    /// Bumped by every clear: loads of an older generation stop and store nothing more.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    /// Content keys of the files loaded (stored or in memory) since the last clear.
    static KNOWN: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// The last job number handed out.
    static LAST_JOB: Cell<u64> = const { Cell::new(0) };
    /// The loads started in this session (their records are not leftovers).
    static OWN_LOADS: RefCell<HashSet<u64>> = RefCell::new(HashSet::new());
    /// Whether storage failed once this session (then the rest stays in memory).
    static STORAGE_FAILED: Cell<bool> = const { Cell::new(false) };
}

fn generation() -> u64 {
    GENERATION.with(Cell::get)
}

fn next_job() -> u64 {
    LAST_JOB.with(|j| {
        j.set(j.get() + 1);
        j.get()
    })
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
        let started = generation();
        state.dispatch(Action::LoadStarted(0));
        if !entries.is_empty() {
            files.extend(walk(entries).await);
        }
        if generation() == started {
            run(&state, files, Persist::Store).await;
        }
        state.dispatch(Action::LoadFinished);
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

/// Loads a small text at once, on the page (the built-in example), and stores it.
pub fn load_now(state: &AppContext, name: &str, text: &str) {
    let (parsed, parsed_text) = crate::view::ingest::parse_one(name, text.as_bytes());
    state.dispatch(Action::LoadStarted(1));
    let fresh = KNOWN.with(|k| k.borrow_mut().insert(parsed.key.clone()));
    if fresh {
        let file = LoadedFile::from_parsed(parsed.clone(), Some(Rc::from(text)));
        state.dispatch(Action::Parsed {
            read: 1,
            files: vec![ReadyFile::unprepared(file)],
        });
        let state = state.clone();
        let generation = generation();
        wasm_bindgen_futures::spawn_local(async move {
            let texts = [(parsed_text.key, JsValue::from_str(&parsed_text.text))];
            store(
                &state,
                generation,
                0.0,
                &[],
                &encode_parsed(&[parsed]),
                &texts,
            )
            .await;
        });
    } else {
        state.dispatch(Action::Read(1));
    }
    state.dispatch(Action::LoadFinished);
}

/// Reads the stored library: the parsed batches come back without parsing (in time
/// slices); a library stored by another parser version, or by the first storage
/// version (texts only), is parsed again in the background; loads that were cut off
/// are listed with the inputs that were not stored.
pub fn restore(state: AppContext) {
    wasm_bindgen_futures::spawn_local(async move {
        let keys = match idb::batch_keys().await {
            Ok(keys) => keys,
            Err(reason) => {
                storage_failed(&state, reason);
                state.dispatch(Action::RestoreChecked(0));
                return;
            }
        };
        let pending = idb::load_pending().await.unwrap_or_default();
        let mut finished_by_load: std::collections::HashMap<u64, HashSet<String>> =
            std::collections::HashMap::new();
        let mut restored = 0usize;
        let mut outdated = false;
        state.dispatch(Action::LoadStarted(0));
        let started = generation();
        let mut files = Vec::new();
        let mut slice_start = now_ms();
        for (page, numbers) in keys.chunks(RESTORE_PAGE).enumerate() {
            let (Some(&first), Some(&last)) = (numbers.first(), numbers.last()) else {
                continue;
            };
            let batches = match idb::load_batches_between(first, last).await {
                Ok(batches) => batches,
                Err(reason) => {
                    storage_failed(&state, reason);
                    break;
                }
            };
            // The oldest batches tell whether the library was stored by another
            // parser version (then all of it is parsed again).
            if page == 0 && batches.iter().any(|b| b.version != PARSER_VERSION) {
                outdated = true;
                break;
            }
            for batch in batches {
                if OWN_LOADS.with(|own| own.borrow().contains(&batch.load.to_bits())) {
                    // Stored by a load of this session, which admits it itself.
                    continue;
                }
                if let Ok(inputs) = serde_json::from_str::<Vec<String>>(&batch.inputs) {
                    finished_by_load
                        .entry(batch.load as u64)
                        .or_default()
                        .extend(inputs);
                }
                let Ok(parsed) = decode_parsed(&String::from(batch.parsed)) else {
                    continue;
                };
                KNOWN.with(|k| {
                    let mut known = k.borrow_mut();
                    for p in &parsed {
                        if !p.key.is_empty() {
                            known.insert(p.key.clone());
                        }
                    }
                });
                restored += parsed.len();
                files.extend(parsed.into_iter().map(|p| LoadedFile::from_parsed(p, None)));
                if now_ms() - slice_start >= SLICE_MS {
                    let count = files.len();
                    state.dispatch(Action::MoreFound(count));
                    yield_to_browser().await;
                    admit_in_slices(&state, started, std::mem::take(&mut files), count).await;
                    slice_start = now_ms();
                }
            }
        }
        let count = files.len();
        state.dispatch(Action::MoreFound(count));
        admit_in_slices(&state, started, files, count).await;
        state.dispatch(Action::LoadFinished);
        if outdated {
            reparse_stored(&state).await;
        }
        // Loads that were cut off: their inputs not stored are listed (and stored as
        // such, so they stay listed until the library is cleared).
        for (load, names) in pending {
            if OWN_LOADS.with(|own| own.borrow().contains(&load.to_bits())) {
                continue;
            }
            let names: Vec<String> = serde_json::from_str(&names).unwrap_or_default();
            let finished = finished_by_load.remove(&(load as u64)).unwrap_or_default();
            let lost: Vec<Parsed> = names
                .iter()
                .filter(|n| !finished.contains(*n))
                .map(|n| refused(n, Refusal::Unreadable(NOT_STORED.to_string())))
                .collect();
            if !lost.is_empty() {
                let files: Vec<LoadedFile> = lost
                    .iter()
                    .cloned()
                    .map(|p| LoadedFile::from_parsed(p, None))
                    .collect();
                state.dispatch(Action::LoadStarted(files.len()));
                state.dispatch(Action::Parsed {
                    read: files.len(),
                    files: files.into_iter().map(ReadyFile::unprepared).collect(),
                });
                state.dispatch(Action::LoadFinished);
                store(&state, generation(), load, &[], &encode_parsed(&lost), &[]).await;
            }
            let _ = idb::remove_pending(load).await;
        }
        state.dispatch(Action::RestoreChecked(restored));
        // Files of the first storage version: parsed and stored anew.
        if let Ok(legacy) = idb::legacy_files().await {
            if !legacy.is_empty() {
                let inputs = legacy
                    .into_iter()
                    .map(|f| Pending::Bytes {
                        name: f.name,
                        bytes: f.text.into_bytes(),
                    })
                    .collect();
                run(&state, inputs, Persist::Store).await;
                let _ = idb::clear_legacy().await;
            }
        }
    });
}

/// Parses the stored texts again (the parser changed) and stores the new batches.
async fn reparse_stored(state: &AppContext) {
    let Ok(texts) = idb::load_texts().await else {
        return;
    };
    // The names live in the old batches; read them before they are replaced.
    let names: Vec<(String, String)> = match idb::load_batches().await {
        Ok(batches) => batches
            .iter()
            .filter_map(|b| decode_parsed(&String::from(&b.parsed)).ok())
            .flatten()
            .map(|p| (p.key, p.name))
            .collect(),
        Err(_) => vec![],
    };
    let name_of: std::collections::HashMap<String, String> = names.into_iter().collect();
    if idb::clear_batches().await.is_err() {
        return;
    }
    let inputs: Vec<Pending> = texts
        .into_iter()
        .map(|text| {
            let key = crate::view::ingest::content_key(text.as_bytes());
            Pending::Bytes {
                name: name_of.get(&key).cloned().unwrap_or(key),
                bytes: text.into_bytes(),
            }
        })
        .collect();
    state.dispatch(Action::LoadStarted(0));
    run(state, inputs, Persist::Store).await;
    state.dispatch(Action::LoadFinished);
}

/// Empties the library in memory and in storage, cancels every load, and tells the
/// other tabs to do the same.
pub fn clear_library(state: &AppContext) {
    forget_everything(state);
    super::infra::broadcast::send_cleared();
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(reason) = idb::clear().await {
            storage_failed(&state, reason);
        }
    });
}

/// Empties the library in memory and cancels every load (another tab cleared the
/// stored library).
pub fn forget_everything(state: &AppContext) {
    GENERATION.with(|g| g.set(g.get() + 1));
    KNOWN.with(|k| k.borrow_mut().clear());
    state.dispatch(Action::Clear);
}

fn storage_failed(state: &AppContext, reason: String) {
    let first = !STORAGE_FAILED.with(|f| f.replace(true));
    if first {
        state.dispatch(Action::Notify(Notice::StorageUnavailable(reason)));
    }
}

/// Stores a batch — its parsed files in their stored form ([`encode_parsed`]) and
/// their texts under content keys — unless storage failed before or the library was
/// cleared since the load began; true when it is stored.
async fn store(
    state: &AppContext,
    started: u64,
    load: f64,
    finished: &[String],
    parsed: &str,
    texts: &[(String, JsValue)],
) -> bool {
    if STORAGE_FAILED.with(Cell::get) || generation() != started {
        return false;
    }
    let inputs = serde_json::to_string(finished).unwrap_or_default();
    match idb::store_batch(load, &inputs, parsed, texts).await {
        Ok(()) => true,
        Err(reason) => {
            storage_failed(state, reason);
            false
        }
    }
}

/// Takes up to [`BATCH_FILES`] inputs from the queue: the inputs for a worker (it
/// reads the browser files itself), and those refused on the page with their names.
fn next_chunk(queue: &mut VecDeque<Pending>) -> (Vec<Input>, Vec<(String, Refusal)>) {
    let mut inputs = Vec::new();
    let mut refusals = Vec::new();
    while inputs.len() + refusals.len() < BATCH_FILES {
        match queue.pop_front().map(Pending::checked) {
            Some(Pending::File { name, file }) => {
                inputs.push(Input::File(name, BrowserFile(file.into())))
            }
            Some(Pending::Bytes { name, bytes }) => inputs.push(Input::Bytes(name, Bytes(bytes))),
            Some(Pending::Failed { name, reason }) => {
                refusals.push((name, Refusal::Unreadable(reason)))
            }
            Some(Pending::Refused { name, refusal }) => {
                refusals.push((name, Refusal::Limit(refusal)))
            }
            None => break,
        }
    }
    (inputs, refusals)
}

/// What the loading loop hears: a worker's reply, or files refused on the page.
enum Arrival {
    Reply(ParseReply),
    Refused(Vec<Parsed>, Vec<String>),
}

/// Parsed files waiting to be admitted, and the count of inputs they finish.
#[derive(Default)]
struct Admissions {
    files: Vec<LoadedFile>,
    read: usize,
    last: f64,
}

/// Admits files in time slices: each slice prepares documents for the library for
/// at most [`SLICE_MS`] and is admitted in one step; the browser gets the page back
/// between slices (to draw, and to take clicks and keys). `read` inputs are counted as
/// read with the last slice. Stops when the library is cleared meanwhile.
async fn admit_in_slices(state: &AppContext, started: u64, files: Vec<LoadedFile>, read: usize) {
    let reference = state.today;
    let mut files = files.into_iter().peekable();
    let mut read = read;
    loop {
        if generation() != started {
            return;
        }
        let slice_start = now_ms();
        let mut ready = Vec::new();
        for file in files.by_ref() {
            ready.push(ReadyFile::prepared(file, reference));
            if now_ms() - slice_start >= SLICE_MS {
                break;
            }
        }
        let last = files.peek().is_none();
        if ready.is_empty() && read == 0 {
            return;
        }
        state.dispatch(Action::Parsed {
            read: if last { std::mem::take(&mut read) } else { 0 },
            files: ready,
        });
        if last {
            return;
        }
        yield_to_browser().await;
    }
}

/// The work loop: read files in groups, send them to the workers, store each batch
/// that comes back, admit what is stored at a steady pace.
async fn run(state: &AppContext, inputs: Vec<Pending>, persist: Persist) {
    let started = generation();
    let job = next_job();
    let load = js_sys::Date::now() + job as f64 / 1000.0;
    OWN_LOADS.with(|own| own.borrow_mut().insert(load.to_bits()));
    state.dispatch(Action::MoreFound(inputs.len()));
    if persist == Persist::Store && !STORAGE_FAILED.with(Cell::get) {
        let names: Vec<&str> = inputs.iter().map(Pending::name).collect();
        if let Err(reason) =
            idb::set_pending(load, &serde_json::to_string(&names).unwrap_or_default()).await
        {
            storage_failed(state, reason);
        }
    }
    let workers = workers::start_pool();
    let (sender, mut arrivals) = futures::channel::mpsc::unbounded::<Arrival>();
    {
        let sender = sender.clone();
        workers::on_replies(job, move |reply| {
            let _ = sender.unbounded_send(Arrival::Reply(reply));
        });
    }
    let mut queue: VecDeque<Pending> = inputs.into();
    let admissions = Rc::new(RefCell::new(Admissions {
        last: now_ms(),
        ..Admissions::default()
    }));
    let storing = Rc::new(Cell::new(0usize));
    let mut in_flight = 0usize;
    let mut next_worker = 0usize;
    let pace = AdmitPace::default();
    let take = |arrival| {
        receive(
            state,
            started,
            load,
            persist,
            arrival,
            &admissions,
            &storing,
        )
    };
    loop {
        if generation() != started {
            break;
        }
        let mut sending_since = now_ms();
        while in_flight < workers * QUEUED_PER_WORKER && !queue.is_empty() {
            if now_ms() - sending_since >= SLICE_MS {
                yield_to_browser().await;
                sending_since = now_ms();
            }
            let (files, refusals) = next_chunk(&mut queue);
            let mut failed = Vec::new();
            let mut failed_names = Vec::new();
            for (name, reason) in refusals {
                failed.push(refused(&name, reason));
                failed_names.push(name);
            }
            if !failed.is_empty() {
                let _ = sender.unbounded_send(Arrival::Refused(failed, failed_names));
            }
            if !files.is_empty() {
                workers::send(next_worker, ParseRequest { job, files });
                next_worker += 1;
                in_flight += 1;
            }
        }
        if in_flight == 0 && queue.is_empty() {
            // Everything sent came back; take what is still in the channel (once the
            // workers' route to it is gone, it ends).
            workers::forget_job(job);
            drop(sender);
            while let Some(arrival) = arrivals.next().await {
                take(arrival);
            }
            break;
        }
        let Some(arrival) = arrivals.next().await else {
            break;
        };
        if let Arrival::Reply(reply) = &arrival {
            if reply.last {
                in_flight -= 1;
            }
        }
        take(arrival);
        admit_if_due(state, started, &admissions, pace).await;
    }
    workers::forget_job(job);
    // Wait for the last batches to be stored, then admit the rest.
    while storing.get() > 0 && generation() == started {
        yield_to_browser().await;
        admit_if_due(state, started, &admissions, pace).await;
    }
    admit_if_due(
        state,
        started,
        &admissions,
        AdmitPace {
            interval_ms: 0.0,
            max_pending: 0,
        },
    )
    .await;
    if persist == Persist::Store && generation() == started && !STORAGE_FAILED.with(Cell::get) {
        let _ = idb::remove_pending(load).await;
    }
}

async fn admit_if_due(
    state: &AppContext,
    started: u64,
    admissions: &Rc<RefCell<Admissions>>,
    pace: AdmitPace,
) {
    if generation() != started {
        return;
    }
    let due = {
        let mut waiting = admissions.borrow_mut();
        let now = now_ms();
        if pace.due(waiting.files.len().max(waiting.read), now - waiting.last) {
            Some((
                std::mem::take(&mut waiting.files),
                std::mem::take(&mut waiting.read),
            ))
        } else {
            None
        }
    };
    if let Some((files, read)) = due {
        admit_in_slices(state, started, files, read).await;
        admissions.borrow_mut().last = now_ms();
    }
}

/// Decodes an arrival, drops files already loaded, stores the rest (in the
/// background) and queues them for admission once stored.
fn receive(
    state: &AppContext,
    started: u64,
    load: f64,
    persist: Persist,
    arrival: Arrival,
    admissions: &Rc<RefCell<Admissions>>,
    storing: &Rc<Cell<usize>>,
) {
    // The parsed files, their stored form when it can be stored as it came, and
    // their texts.
    let (parsed, stored_form, texts, finished) = match arrival {
        Arrival::Reply(reply) => match decode_parsed(&reply.parsed) {
            Ok(parsed) => {
                let texts = reply.texts.into_iter().map(|(k, t)| (k, t.0)).collect();
                (parsed, Some(reply.parsed), texts, reply.finished)
            }
            // Never expected (the worker wrote the text); the inputs are listed.
            Err(reason) => {
                let parsed = reply
                    .finished
                    .iter()
                    .map(|name| refused(name, Refusal::Unreadable(reason.clone())))
                    .collect();
                (parsed, None, Vec::new(), reply.finished)
            }
        },
        Arrival::Refused(parsed, names) => (parsed, None, Vec::new(), names),
    };
    let extra = parsed.len().saturating_sub(finished.len());
    if extra > 0 {
        // An archive's members replace it in the counts.
        state.dispatch(Action::MoreFound(extra));
    }
    // The same bytes are loaded once: drop files whose content is known.
    let (mut fresh, mut repeated) = (Vec::new(), 0usize);
    KNOWN.with(|k| {
        let mut known = k.borrow_mut();
        for parsed in parsed {
            if parsed.key.is_empty() || known.insert(parsed.key.clone()) {
                fresh.push(parsed);
            } else {
                repeated += 1;
            }
        }
    });
    let texts: Vec<(String, JsValue)> = if repeated == 0 {
        texts
    } else {
        let fresh_keys: HashSet<&str> = fresh.iter().map(|p| p.key.as_str()).collect();
        texts
            .into_iter()
            .filter(|(key, _)| fresh_keys.contains(key.as_str()))
            .collect()
    };
    let count = fresh.len() + repeated;
    let nothing_to_store = fresh.is_empty() && finished.is_empty();
    if persist == Persist::Skip || STORAGE_FAILED.with(Cell::get) || nothing_to_store {
        queue_admission(admissions, fresh, texts, count, false);
        return;
    }
    let stored_form = stored_form
        .filter(|_| repeated == 0)
        .unwrap_or_else(|| encode_parsed(&fresh));
    storing.set(storing.get() + 1);
    let state = state.clone();
    let admissions = admissions.clone();
    let storing = storing.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let stored = store(&state, started, load, &finished, &stored_form, &texts).await;
        drop(stored_form);
        if generation() == started {
            queue_admission(&admissions, fresh, texts, count, stored);
        }
        storing.set(storing.get() - 1);
    });
}

/// Queues parsed files for admission: a stored document keeps no text in memory (it
/// is read from storage when shown); a file not stored, or one that failed, keeps it.
fn queue_admission(
    admissions: &Rc<RefCell<Admissions>>,
    parsed: Vec<Parsed>,
    texts: Vec<(String, JsValue)>,
    count: usize,
    stored: bool,
) {
    let mut texts: std::collections::HashMap<String, JsValue> = texts.into_iter().collect();
    let mut waiting = admissions.borrow_mut();
    waiting.read += count;
    for parsed in parsed {
        let keep_text = !stored || parsed.outcome.is_err();
        let raw = if keep_text {
            texts
                .remove(&parsed.key)
                .and_then(|text| text.as_string())
                .map(Rc::from)
        } else {
            None
        };
        waiting.files.push(LoadedFile::from_parsed(parsed, raw));
    }
}
