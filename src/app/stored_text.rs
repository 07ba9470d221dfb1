//! The raw text of a loaded file: in memory when at hand, otherwise read from the
//! stored library when it is shown (stored documents keep no text in memory).

use super::infra::idb;
use std::rc::Rc;
use yew::prelude::*;

/// The text in `raw` when it is not empty; otherwise the stored text under `key`
/// once read (`None` until then, or when nothing is stored).
#[hook]
pub fn use_stored_text(raw: Option<Rc<str>>, key: String) -> Option<Rc<str>> {
    let loaded = use_state_eq(|| None::<Rc<str>>);
    let in_memory = raw.filter(|r| !r.is_empty());
    {
        let loaded = loaded.clone();
        let wanted = in_memory.is_none() && !key.is_empty();
        use_effect_with((key, wanted), move |(key, wanted)| {
            loaded.set(None);
            if *wanted {
                let key = key.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(Some(text)) = idb::load_text(&key).await {
                        loaded.set(Some(Rc::from(text)));
                    }
                });
            }
        });
    }
    in_memory.or_else(|| (*loaded).clone())
}
