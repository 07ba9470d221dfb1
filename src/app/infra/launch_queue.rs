//! Files opened with the installed app from the operating system (`file_handlers` in
//! the manifest): the `window.launchQueue` consumer. Browsers without the File
//! Handling API have no `launchQueue`; then nothing happens.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// Sets the launch queue's consumer: `on_files` receives the files of each launch (the
/// browser keeps launches that happened before a consumer was set). Returns whether
/// the browser has a launch queue.
pub fn consume_launched_files(on_files: impl Fn(Vec<File>) + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(queue) = Reflect::get(&window, &JsValue::from_str("launchQueue")) else {
        return false;
    };
    if queue.is_undefined() || queue.is_null() {
        return false;
    }
    let Some(set_consumer) = Reflect::get(&queue, &JsValue::from_str("setConsumer"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let on_files = std::rc::Rc::new(on_files);
    let consumer = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
        let on_files = on_files.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let files = files_of_launch(&params).await;
            if !files.is_empty() {
                on_files(files);
            }
        });
    });
    let ok = set_consumer.call1(&queue, consumer.as_ref()).is_ok();
    // The consumer lives as long as the page.
    consumer.forget();
    ok
}

/// The `File`s behind the file handles of one launch, skipping handles that fail.
async fn files_of_launch(params: &JsValue) -> Vec<File> {
    let handles = Reflect::get(params, &JsValue::from_str("files"))
        .ok()
        .map(|files| Array::from(&files))
        .unwrap_or_default();
    let mut files = Vec::new();
    for handle in handles.iter() {
        let get_file = Reflect::get(&handle, &JsValue::from_str("getFile"))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let Some(promise) = get_file
            .and_then(|f| f.call0(&handle).ok())
            .and_then(|p| p.dyn_into::<Promise>().ok())
        else {
            continue;
        };
        if let Ok(file) = JsFuture::from(promise).await {
            if let Ok(file) = file.dyn_into::<File>() {
                files.push(file);
            }
        }
    }
    files
}
