//! Tabs of the app telling each other that the stored library was cleared
//! (`BroadcastChannel`), so every open tab empties its library and stops its loads.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "kamervraag-viewer";
const CLEARED: &str = "cleared";

/// Tells the other tabs that the library was cleared.
pub fn send_cleared() {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&CLEARED.into());
        channel.close();
    }
}

/// Listens for clears in other tabs until the returned guard is dropped.
pub fn on_cleared(mut callback: impl FnMut() + 'static) -> Option<Listener> {
    let channel = BroadcastChannel::new(CHANNEL).ok()?;
    let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if event.data().as_string().as_deref() == Some(CLEARED) {
            callback();
        }
    });
    channel.set_onmessage(Some(closure.as_ref().unchecked_ref()));
    Some(Listener {
        channel,
        _closure: closure,
    })
}

/// An open channel with its message handler; closes it when dropped.
pub struct Listener {
    channel: BroadcastChannel,
    _closure: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
