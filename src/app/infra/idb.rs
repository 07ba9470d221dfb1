//! The stored library in IndexedDB: parsed files in batches (with the parser's
//! version), their decoded texts apart under content keys (read only when a source
//! is shown), the names of loads still in progress, and clearing it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "kamervraag-viewer";
const DB_VERSION: u32 = 2;
/// The first version's store: raw texts with names, parsed again at every start.
const LEGACY: &str = "files";
/// Parsed batches: `{version, load, inputs, parsed}` (JSON texts), auto-numbered.
const BATCHES: &str = "batches";
/// Decoded texts under their content key.
const TEXTS: &str = "texts";
/// Loads in progress: the names still to store, under the load's number.
const PENDING: &str = "pending";

/// A stored file of the first storage version: its name and raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// The file name (with folder or archive path).
    pub name: String,
    /// The raw text as decoded when it was loaded.
    pub text: String,
}

/// A stored batch of parsed files.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredBatch {
    /// The parser version that produced it.
    pub version: String,
    /// The load it belongs to.
    pub load: f64,
    /// The inputs it finished (JSON array of names).
    pub inputs: String,
    /// The parsed files (`encode_parsed`), left a JavaScript string until read (a
    /// large library is turned into Rust strings batch by batch, not all at once).
    pub parsed: js_sys::JsString,
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "IndexedDB error".to_string())
}

/// Waits for a request's success (or error) event.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(|_| {
        request
            .error()
            .ok()
            .flatten()
            .map(|e| e.message())
            .unwrap_or_else(|| "IndexedDB request failed".to_string())
    })?;
    request.result().map_err(describe)
}

/// Waits for a transaction to complete.
async fn committed(transaction: &IdbTransaction) -> Result<(), String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "IndexedDB transaction failed".to_string())
}

thread_local! {
    static DB: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

/// The open database (opened once; closed when another tab upgrades it).
async fn open() -> Result<IdbDatabase, String> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let db = open_new().await?;
    let on_version_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        if let Some(db) = DB.with(|db| db.borrow_mut().take()) {
            db.close();
        }
    });
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    DB.with(|slot| *slot.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Opens (and on first use creates) the database.
async fn open_new() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(describe)?
        .ok_or("IndexedDB is not available")?;
    let request = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(describe)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let db = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            let names = db.object_store_names();
            for (store, numbered) in [
                (LEGACY, true),
                (BATCHES, true),
                (TEXTS, false),
                (PENDING, false),
            ] {
                if !names.contains(store) {
                    let params = web_sys::IdbObjectStoreParameters::new();
                    params.set_auto_increment(numbered);
                    let _ = db.create_object_store_with_optional_parameters(store, &params);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    // Another tab with an older version open blocks the upgrade: say so instead of
    // waiting for ever (the app keeps working in memory).
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
        let blocked = reject.clone();
        let on_blocked = Closure::once_into_js(move || {
            let _ = blocked.call1(
                &JsValue::NULL,
                &"the stored library is held by another tab of an older version of the app; close it"
                    .into(),
            );
        });
        request.set_onblocked(Some(on_blocked.unchecked_ref()));
    });
    let result = match JsFuture::from(promise).await {
        Ok(_) => request.result().map_err(describe),
        Err(error) => Err(error.as_string().unwrap_or_else(|| {
            request
                .error()
                .ok()
                .flatten()
                .map(|e| e.message())
                .unwrap_or_else(|| "IndexedDB could not be opened".to_string())
        })),
    };
    request.set_onupgradeneeded(None);
    drop(upgrade);
    result?.dyn_into::<IdbDatabase>().map_err(describe)
}

fn set(record: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), String> {
    js_sys::Reflect::set(record, &key.into(), value)
        .map(|_| ())
        .map_err(describe)
}

fn field(record: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(record, &key.into()).ok()
}

/// Stores one parsed batch and its texts in one transaction: either all of it is
/// stored or nothing.
pub async fn store_batch(
    load: f64,
    inputs: &str,
    parsed: &str,
    texts: &[(String, JsValue)],
) -> Result<(), String> {
    let db = open().await?;
    let stores = js_sys::Array::of2(&BATCHES.into(), &TEXTS.into());
    let transaction = db
        .transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let batches = transaction.object_store(BATCHES).map_err(describe)?;
    let record = js_sys::Object::new();
    set(
        &record,
        "version",
        &crate::view::ingest::PARSER_VERSION.into(),
    )?;
    set(&record, "load", &load.into())?;
    set(&record, "inputs", &inputs.into())?;
    set(&record, "parsed", &parsed.into())?;
    batches.add(&record).map_err(describe)?;
    let store = transaction.object_store(TEXTS).map_err(describe)?;
    for (key, text) in texts {
        store
            .put_with_key(text, &key.as_str().into())
            .map_err(describe)?;
    }
    committed(&transaction).await
}

/// Every stored batch, in the order stored.
pub async fn load_batches() -> Result<Vec<StoredBatch>, String> {
    Ok(batches_of(&get_all(BATCHES).await?))
}

/// The numbers under which the batches are stored, in the order stored (read a few
/// at a time with [`load_batches_between`], a large library never comes back as one
/// piece).
pub async fn batch_keys() -> Result<Vec<f64>, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(BATCHES).map_err(describe)?;
    let store = transaction.object_store(BATCHES).map_err(describe)?;
    let keys = finished(&store.get_all_keys().map_err(describe)?).await?;
    let keys: js_sys::Array = keys.dyn_into().map_err(describe)?;
    Ok(keys.iter().filter_map(|k| k.as_f64()).collect())
}

/// The stored batches numbered from `first` to `last` (both included), in order.
pub async fn load_batches_between(first: f64, last: f64) -> Result<Vec<StoredBatch>, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(BATCHES).map_err(describe)?;
    let store = transaction.object_store(BATCHES).map_err(describe)?;
    let range = web_sys::IdbKeyRange::bound(&first.into(), &last.into()).map_err(describe)?;
    let request = store.get_all_with_key(&range).map_err(describe)?;
    let records: js_sys::Array = finished(&request).await?.dyn_into().map_err(describe)?;
    Ok(batches_of(&records))
}

fn batches_of(records: &js_sys::Array) -> Vec<StoredBatch> {
    records
        .iter()
        .filter_map(|record| {
            let text = |key: &str| field(&record, key).and_then(|v| v.as_string());
            Some(StoredBatch {
                version: text("version")?,
                load: field(&record, "load")?.as_f64()?,
                inputs: text("inputs")?,
                parsed: field(&record, "parsed")?.dyn_into().ok()?,
            })
        })
        .collect()
}

async fn get_all(store: &str) -> Result<js_sys::Array, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(store).map_err(describe)?;
    let store = transaction.object_store(store).map_err(describe)?;
    let request = store.get_all().map_err(describe)?;
    finished(&request).await?.dyn_into().map_err(describe)
}

/// The stored text under a content key.
pub async fn load_text(key: &str) -> Result<Option<String>, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(TEXTS).map_err(describe)?;
    let store = transaction.object_store(TEXTS).map_err(describe)?;
    let request = store.get(&key.into()).map_err(describe)?;
    Ok(finished(&request).await?.as_string())
}

/// Every stored text (for parsing the library again with a new parser).
pub async fn load_texts() -> Result<Vec<String>, String> {
    Ok(get_all(TEXTS)
        .await?
        .iter()
        .filter_map(|t| t.as_string())
        .collect())
}

/// Replaces the parsed batches by nothing (before they are parsed again).
pub async fn clear_batches() -> Result<(), String> {
    clear_stores(&[BATCHES]).await
}

/// Files stored by the first storage version (raw text only).
pub async fn legacy_files() -> Result<Vec<StoredFile>, String> {
    Ok(get_all(LEGACY)
        .await?
        .iter()
        .filter_map(|record| {
            let text = |key: &str| field(&record, key).and_then(|v| v.as_string());
            Some(StoredFile {
                name: text("name")?,
                text: text("text")?,
            })
        })
        .collect())
}

/// Forgets the files of the first storage version (once they are stored anew).
pub async fn clear_legacy() -> Result<(), String> {
    clear_stores(&[LEGACY]).await
}

/// Records a load's inputs (a JSON array of names) before it starts.
pub async fn set_pending(load: f64, names: &str) -> Result<(), String> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(PENDING, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = transaction.object_store(PENDING).map_err(describe)?;
    store
        .put_with_key(&names.into(), &load.into())
        .map_err(describe)?;
    committed(&transaction).await
}

/// Forgets a finished load's record.
pub async fn remove_pending(load: f64) -> Result<(), String> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(PENDING, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = transaction.object_store(PENDING).map_err(describe)?;
    store.delete(&load.into()).map_err(describe)?;
    committed(&transaction).await
}

/// The records of loads that did not finish: each load's number and its names.
pub async fn load_pending() -> Result<Vec<(f64, String)>, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(PENDING).map_err(describe)?;
    let store = transaction.object_store(PENDING).map_err(describe)?;
    let keys = finished(&store.get_all_keys().map_err(describe)?).await?;
    let values = finished(&store.get_all().map_err(describe)?).await?;
    let keys: js_sys::Array = keys.dyn_into().map_err(describe)?;
    let values: js_sys::Array = values.dyn_into().map_err(describe)?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_f64()?, v.as_string()?)))
        .collect())
}

async fn clear_stores(names: &[&str]) -> Result<(), String> {
    let db = open().await?;
    let stores: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    let transaction = db
        .transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    for name in names {
        transaction
            .object_store(name)
            .map_err(describe)?
            .clear()
            .map_err(describe)?;
    }
    committed(&transaction).await
}

/// Deletes everything stored.
pub async fn clear() -> Result<(), String> {
    clear_stores(&[LEGACY, BATCHES, TEXTS, PENDING]).await
}
