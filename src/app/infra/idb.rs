//! The stored library in IndexedDB: the raw text and name of every loaded file (the
//! app re-parses them at start), and clearing it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "kamervraag-viewer";
const DB_VERSION: u32 = 1;
const STORE: &str = "files";

/// A stored file: its name and raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// The file name (with folder or archive path).
    pub name: String,
    /// The raw text as decoded when it was loaded.
    pub text: String,
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

/// Opens (and on first use creates) the database.
async fn open() -> Result<IdbDatabase, String> {
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
            if !db.object_store_names().contains(STORE) {
                let params = web_sys::IdbObjectStoreParameters::new();
                params.set_auto_increment(true);
                let _ = db.create_object_store_with_optional_parameters(STORE, &params);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    result?.dyn_into::<IdbDatabase>().map_err(describe)
}

/// Appends files to the stored library.
pub async fn store_files(files: &[StoredFile]) -> Result<(), String> {
    if files.is_empty() {
        return Ok(());
    }
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = transaction.object_store(STORE).map_err(describe)?;
    for file in files {
        let record = js_sys::Object::new();
        js_sys::Reflect::set(&record, &"name".into(), &file.name.as_str().into())
            .map_err(describe)?;
        js_sys::Reflect::set(&record, &"text".into(), &file.text.as_str().into())
            .map_err(describe)?;
        store.add(&record).map_err(describe)?;
    }
    let done = committed(&transaction).await;
    db.close();
    done
}

/// Every stored file, in the order stored.
pub async fn load_files() -> Result<Vec<StoredFile>, String> {
    let db = open().await?;
    let transaction = db.transaction_with_str(STORE).map_err(describe)?;
    let store = transaction.object_store(STORE).map_err(describe)?;
    let request = store.get_all().map_err(describe)?;
    let all = finished(&request).await;
    db.close();
    let all: js_sys::Array = all?.dyn_into().map_err(describe)?;
    let field = |record: &JsValue, key: &str| {
        js_sys::Reflect::get(record, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    Ok(all
        .iter()
        .filter_map(|record| {
            Some(StoredFile {
                name: field(&record, "name")?,
                text: field(&record, "text")?,
            })
        })
        .collect())
}

/// Deletes every stored file.
pub async fn clear() -> Result<(), String> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = transaction.object_store(STORE).map_err(describe)?;
    store.clear().map_err(describe)?;
    let done = committed(&transaction).await;
    db.close();
    done
}
