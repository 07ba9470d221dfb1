//! The app's one state reducer, shared through a context: the loaded files and what
//! the parser made of each.

use crate::model::Kamervraag;
use std::rc::Rc;
use yew::prelude::*;

/// One file the user gave us, with the parser's outcome. Nothing dropped is lost:
/// a file that failed keeps its raw text and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    /// The file name as the browser gave it.
    pub name: String,
    /// The raw text as decoded for display.
    pub raw: Rc<str>,
    /// The parsed document, or the parser's error message.
    pub outcome: Result<Rc<Kamervraag>, String>,
}

impl LoadedFile {
    /// Reads `bytes` with the core parser.
    pub fn parse(name: &str, bytes: &[u8]) -> LoadedFile {
        let outcome = crate::parse::parse_named(bytes, Some(name))
            .map(Rc::new)
            .map_err(|e| e.to_string());
        LoadedFile {
            name: name.to_string(),
            raw: Rc::from(String::from_utf8_lossy(bytes).as_ref()),
            outcome,
        }
    }
}

/// Everything the views share.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// Files in the order they were loaded.
    pub files: Rc<Vec<Rc<LoadedFile>>>,
}

/// What can happen to the state.
pub enum Action {
    /// Files were read and parsed.
    Loaded(Vec<LoadedFile>),
    /// Forget everything.
    Clear,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Loaded(new) => {
                let mut files = (*self.files).clone();
                files.extend(new.into_iter().map(Rc::new));
                Rc::new(AppState {
                    files: Rc::new(files),
                })
            }
            Action::Clear => Rc::new(AppState::default()),
        }
    }
}

/// The shared state handle that components get from the context.
pub type AppContext = UseReducerHandle<AppState>;

/// The app state from the context (panics only if used outside [`crate::app::root::Root`]).
#[hook]
pub fn use_app_state() -> AppContext {
    use_context::<AppContext>().expect("AppState context is provided by Root")
}
