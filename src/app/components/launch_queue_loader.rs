//! Loads the files the operating system opened with the installed app (the
//! manifest's `file_handlers`) into the library, like dropped files.

use crate::app::infra::files::Pending;
use crate::app::infra::launch_queue::consume_launched_files;
use crate::app::ingest::{load, Persist};
use crate::app::state::use_app_state;
use yew::prelude::*;

/// Renders nothing; sets the launch queue's consumer once.
#[function_component(LaunchQueueLoader)]
pub fn launch_queue_loader() -> Html {
    let state = use_app_state();
    use_effect_with((), move |_| {
        consume_launched_files(move |files| {
            let pending = files
                .into_iter()
                .map(|file| Pending::of_file(file.name(), file))
                .collect();
            load(state.clone(), pending, Persist::Store);
        });
    });
    html! {}
}
