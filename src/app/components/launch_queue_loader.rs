//! Loads the files the operating system opened with the installed app (the
//! manifest's `file_handlers`) into the app state, like dropped files.

use crate::app::infra::files::read_file;
use crate::app::infra::launch_queue::consume_launched_files;
use crate::app::state::{use_app_state, Action, LoadedFile};
use yew::prelude::*;

/// Renders nothing; sets the launch queue's consumer once.
#[function_component(LaunchQueueLoader)]
pub fn launch_queue_loader() -> Html {
    let state = use_app_state();
    use_effect_with((), move |_| {
        consume_launched_files(move |files| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = Vec::with_capacity(files.len());
                for file in &files {
                    let read = read_file(file).await;
                    loaded.push(match read.bytes {
                        Ok(bytes) => LoadedFile::parse(&read.name, &bytes),
                        Err(reason) => LoadedFile {
                            name: read.name,
                            raw: "".into(),
                            outcome: Err(reason),
                        },
                    });
                }
                state.dispatch(Action::Loaded(loaded));
            });
        });
    });
    html! {}
}
