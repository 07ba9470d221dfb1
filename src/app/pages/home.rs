//! The home view: the drop zone, the example button and the loaded files.

use crate::app::components::drop_zone::DropZone;
use crate::app::components::file_list::FileList;
use crate::app::i18n::{use_lang, Msg};
use crate::app::infra::files::read_file;
use crate::app::state::{use_app_state, Action, LoadedFile};
use crate::app::{EXAMPLE_NAME, EXAMPLE_TEXT};
use web_sys::File;
use yew::prelude::*;

/// The home page.
#[function_component(Home)]
pub fn home() -> Html {
    let state = use_app_state();
    let lang = use_lang();

    let on_files = {
        let state = state.clone();
        Callback::from(move |files: Vec<File>| {
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
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Loaded(vec![LoadedFile::parse(
                EXAMPLE_NAME,
                EXAMPLE_TEXT.as_bytes(),
            )]));
        })
    };

    html! {
        <>
            <header class="kv-header">
                <h1>{ Msg::AppName.text(lang) }</h1>
                <p>{ Msg::Tagline.text(lang) }</p>
            </header>
            <DropZone {on_files} />
            <button type="button" class="kv-button" onclick={on_example}>{ Msg::LoadExample.text(lang) }</button>
            <FileList files={state.files.clone()} />
        </>
    }
}
