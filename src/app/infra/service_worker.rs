//! The service worker (`sw.js`, written by the build): registration, noticing that a
//! new version is installed and waiting, and switching to it. Only the full app
//! registers it; embedded viewers on other pages never do.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The window event dispatched when a new version is installed and waiting.
pub const UPDATE_WAITING_EVENT: &str = "kv-update-waiting";

/// The message `sw.js` answers by activating itself (`skipWaiting`).
pub const SKIP_WAITING_MESSAGE: &str = "skip-waiting";

thread_local! {
    static UPDATE_WAITING: Cell<bool> = const { Cell::new(false) };
    static RELOAD_ON_CONTROLLER_CHANGE: Cell<bool> = const { Cell::new(false) };
}

/// Whether a new version is installed and waiting for the page to switch.
pub fn update_waiting() -> bool {
    UPDATE_WAITING.with(Cell::get)
}

/// The page's service worker container, when the browser offers one (it does only in
/// secure contexts: https or localhost/127.0.0.1).
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let navigator = window.navigator();
    let has =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

fn announce_update() {
    UPDATE_WAITING.with(|w| w.set(true));
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(UPDATE_WAITING_EVENT) {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Registers `./sw.js` (relative to the page, so the app works under any sub-path) and
/// watches for a new version. Does nothing where service workers are unavailable.
pub fn register() {
    let Some(container) = container() else {
        return;
    };
    let on_controller_change = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ON_CONTROLLER_CHANGE.with(Cell::get) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    // Lives as long as the page.
    on_controller_change.forget();

    let registering = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let controlled = container.controller().is_some();
        if controlled && registration.waiting().is_some() {
            announce_update();
        }
        watch_installing(&registration);
    });
}

/// Announces the update once a newly found worker is installed while an older one
/// controls the page.
fn watch_installing(registration: &ServiceWorkerRegistration) {
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let observed = worker.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            let controlled = container().and_then(|c| c.controller()).is_some();
            if observed.state() == ServiceWorkerState::Installed && controlled {
                announce_update();
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        // Dropped with the worker object by the browser; one per update.
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Switches to the waiting version: asks it to activate and reloads the page when it
/// has taken control. Reloads at once when nothing is waiting.
pub fn apply_update() {
    let reload_now = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        reload_now();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = match JsFuture::from(container.get_registration()).await {
            Ok(registration) => registration
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.waiting()),
            Err(_) => None,
        };
        match waiting {
            Some(worker) => {
                RELOAD_ON_CONTROLLER_CHANGE.with(|r| r.set(true));
                if worker
                    .post_message(&JsValue::from_str(SKIP_WAITING_MESSAGE))
                    .is_err()
                {
                    reload_now();
                }
            }
            None => reload_now(),
        }
    });
}
