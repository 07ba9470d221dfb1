//! The app's one state reducer, shared through a context: every file the user gave
//! (with the parser's outcome and its raw text), the library of documents (one per
//! vraagnummer), loading progress, messages for the user, today's date and settings.

use crate::model::{Date, Kamervraag};
use crate::view::library::{Admission, Library, Prepared};
use std::rc::Rc;
use yew::prelude::*;

use super::i18n::labels::{not_a_kamervraag_text, refusal_text};
use super::i18n::{Lang, Msg};
use crate::input::{ArchiveError, Refusal as LimitRefusal};
use crate::parse::Found;
use crate::view::ingest::{Parsed, Refusal};

/// Why a file could not be read as a document, worded in the UI's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The parser's verdict: the text is not a Kamervraag.
    NotAKamervraag(Found),
    /// A zip archive without files.
    EmptyArchive,
    /// Any other reason, shown as given (the browser's or the archive reader's).
    Other(String),
    /// Not read because it would exceed a resource limit (named with the limit).
    Refused(LimitRefusal),
}

impl From<ArchiveError> for Failure {
    fn from(error: ArchiveError) -> Self {
        match error {
            ArchiveError::Refused(refusal) => Failure::Refused(refusal),
            ArchiveError::Damaged(reason) => Failure::Other(reason),
        }
    }
}

impl Failure {
    /// The reason in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Failure::NotAKamervraag(found) => not_a_kamervraag_text(found, lang),
            Failure::EmptyArchive => Msg::EmptyArchive.text(lang).into_owned(),
            Failure::Other(reason) => reason.clone(),
            Failure::Refused(refusal) => refusal_text(refusal, lang),
        }
    }
}

/// One file the user gave us, with the parser's outcome. Nothing dropped is lost:
/// a file that failed keeps its raw text and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    /// The file name as the browser gave it (with its folder or archive path).
    pub name: String,
    /// The raw text as decoded for display (empty when it is only in storage: see
    /// `key`).
    pub raw: Rc<str>,
    /// The content key of its bytes (empty when it could not be read).
    pub key: String,
    /// The parsed document, or the reason it could not be read.
    pub outcome: Result<Rc<Kamervraag>, Failure>,
}

impl LoadedFile {
    /// Reads `bytes` with the core parser.
    pub fn parse(name: &str, bytes: &[u8]) -> LoadedFile {
        let outcome = crate::parse::parse_named(bytes, Some(name))
            .map(Rc::new)
            .map_err(|e| Failure::NotAKamervraag(e.found));
        let (text, _) = crate::parse::decode(bytes);
        LoadedFile {
            name: name.to_string(),
            raw: Rc::from(text),
            key: crate::view::ingest::content_key(bytes),
            outcome,
        }
    }

    /// A file the parse workers (or the stored library) read, with its text if at hand.
    pub fn from_parsed(parsed: Parsed, raw: Option<Rc<str>>) -> LoadedFile {
        let outcome = match parsed.outcome {
            Ok(doc) => Ok(Rc::new(doc)),
            Err(Refusal::NotAKamervraag(found)) => Err(Failure::NotAKamervraag(found.into())),
            Err(Refusal::EmptyArchive) => Err(Failure::EmptyArchive),
            Err(Refusal::Unreadable(reason)) => Err(Failure::Other(reason)),
            Err(Refusal::Limit(limit)) => Err(Failure::Refused(limit)),
        };
        LoadedFile {
            name: parsed.name,
            raw: raw.unwrap_or_else(|| Rc::from("")),
            key: parsed.key,
            outcome,
        }
    }

    /// A zip archive that holds no files.
    pub fn empty_archive(name: &str) -> LoadedFile {
        LoadedFile {
            name: name.to_string(),
            raw: Rc::from(""),
            key: String::new(),
            outcome: Err(Failure::EmptyArchive),
        }
    }

    /// A file that could not even be read (the browser's reason).
    pub fn unreadable(name: &str, reason: &str) -> LoadedFile {
        LoadedFile::failed(name, Failure::Other(reason.to_string()))
    }

    /// A file that was not read, and why.
    pub fn failed(name: &str, failure: Failure) -> LoadedFile {
        LoadedFile {
            name: name.to_string(),
            raw: Rc::from(""),
            key: String::new(),
            outcome: Err(failure),
        }
    }

    /// Whether the parser read a document that has warnings.
    pub fn has_warnings(&self) -> bool {
        self.outcome.as_ref().is_ok_and(|d| d.has_warnings())
    }
}

/// A file ready to be admitted: the file and, for a document read from it, what the
/// library computes for it, prepared beforehand (see [`Prepared`]) so that the
/// reducer admits many files quickly.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadyFile {
    /// The file.
    pub file: LoadedFile,
    /// Its document's facts and search text, when prepared.
    pub prepared: Option<Prepared>,
}

impl ReadyFile {
    /// A file whose document the reducer prepares itself.
    pub fn unprepared(file: LoadedFile) -> ReadyFile {
        ReadyFile {
            file,
            prepared: None,
        }
    }

    /// A file with its document prepared on the `reference` date.
    pub fn prepared(file: LoadedFile, reference: Date) -> ReadyFile {
        let prepared = file
            .outcome
            .as_ref()
            .ok()
            .map(|doc| Prepared::new(Rc::clone(doc), reference));
        ReadyFile { file, prepared }
    }
}

/// Counts shown by the progress bar while files load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Files found so far (grows while folders and archives are opened).
    pub total: usize,
    /// Files whose bytes were read.
    pub read: usize,
    /// Files read as a document.
    pub parsed: usize,
    /// Of those, documents with parser warnings.
    pub with_warnings: usize,
    /// Files that could not be read as a document.
    pub failed: usize,
    /// Loads still running (several drops can overlap).
    pub running: usize,
}

impl Progress {
    /// Files finished (parsed or failed).
    pub fn done(&self) -> usize {
        self.parsed + self.failed
    }
}

/// A message for the user about something that happened while loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A vraagnummer was loaded twice; `kept` is the file whose version stayed.
    Duplicate {
        /// The vraagnummer.
        id: String,
        /// The file that was kept.
        kept: String,
        /// The file that was set aside.
        dropped: String,
    },
    /// Files failed to read as documents (see the file list).
    Failures(usize),
    /// The library was restored from the browser's storage.
    Restored(usize),
    /// The browser's storage could not be used.
    StorageUnavailable(String),
}

/// The colour scheme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value stored and written to `data-theme` (`""` for system).
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a stored value; anything unknown is [`Theme::System`].
    pub fn from_code(code: &str) -> Theme {
        match code {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// Everything the views share.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Every file in the order it was loaded.
    pub files: Rc<Vec<Rc<LoadedFile>>>,
    /// The documents, one per vraagnummer.
    pub library: Rc<Library>,
    /// Loading progress, while something loads or until dismissed.
    pub progress: Option<Progress>,
    /// Messages for the user, newest last.
    pub notices: Rc<Vec<Notice>>,
    /// Today's date (the reference for open and overdue documents).
    pub today: Date,
    /// The UI language.
    pub lang: Lang,
    /// The colour scheme.
    pub theme: Theme,
    /// Whether the stored library has been read (or found empty) at start.
    pub restored: bool,
}

impl PartialEq for AppState {
    /// Cheap whatever the library's size (Yew compares the state when it passes it
    /// on): the file list and the notices are compared by pointer (a change makes a
    /// new list), the library by revision.
    fn eq(&self, other: &AppState) -> bool {
        Rc::ptr_eq(&self.files, &other.files)
            && Rc::ptr_eq(&self.notices, &other.notices)
            && self.library == other.library
            && self.progress == other.progress
            && self.today == other.today
            && self.lang == other.lang
            && self.theme == other.theme
            && self.restored == other.restored
    }
}

impl AppState {
    /// An empty state for `today`.
    pub fn new(today: Date, lang: Lang, theme: Theme) -> AppState {
        AppState {
            files: Rc::default(),
            library: Rc::default(),
            progress: None,
            notices: Rc::default(),
            today,
            lang,
            theme,
            restored: false,
        }
    }

    /// Whether files are loading right now.
    pub fn is_loading(&self) -> bool {
        self.progress.is_some_and(|p| p.running > 0)
    }
}

/// What can happen to the state.
pub enum Action {
    /// A load started with this many files known so far.
    LoadStarted(usize),
    /// More files were found (inside folders or archives).
    MoreFound(usize),
    /// Files were read (bytes in memory).
    Read(usize),
    /// Files were parsed: admit their documents to the library.
    Parsed {
        /// How many inputs these finish (counted as read).
        read: usize,
        /// The files.
        files: Vec<ReadyFile>,
    },
    /// A load finished.
    LoadFinished,
    /// The stored library was read at start (it is loaded with ordinary loads).
    RestoreChecked(usize),
    /// Remove the notice at this position.
    DismissNotice(usize),
    /// Report a notice.
    Notify(Notice),
    /// Forget every file and document (the settings stay).
    Clear,
    /// Switch the UI language.
    SetLang(Lang),
    /// Switch the colour scheme.
    SetTheme(Theme),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::LoadStarted(count) => {
                let progress = next.progress.get_or_insert_with(Progress::default);
                if progress.running == 0 {
                    *progress = Progress::default();
                }
                progress.running += 1;
                progress.total += count;
            }
            Action::MoreFound(count) => {
                next.progress.get_or_insert_with(Progress::default).total += count
            }
            Action::Read(count) => {
                next.progress.get_or_insert_with(Progress::default).read += count
            }
            Action::Parsed { read, files } => {
                next.progress.get_or_insert_with(Progress::default).read += read;
                next.admit(files)
            }
            Action::LoadFinished => {
                let progress = next.progress.get_or_insert_with(Progress::default);
                progress.running = progress.running.saturating_sub(1);
                if progress.running == 0 && progress.failed > 0 {
                    let failed = progress.failed;
                    Rc::make_mut(&mut next.notices).push(Notice::Failures(failed));
                }
            }
            Action::RestoreChecked(count) => {
                next.restored = true;
                if count > 0 {
                    Rc::make_mut(&mut next.notices).push(Notice::Restored(count));
                }
            }
            Action::DismissNotice(index) => {
                let notices = Rc::make_mut(&mut next.notices);
                if index < notices.len() {
                    notices.remove(index);
                }
            }
            Action::Notify(notice) => Rc::make_mut(&mut next.notices).push(notice),
            Action::Clear => {
                next.files = Rc::default();
                next.library = Rc::default();
                next.notices = Rc::default();
                next.progress = None;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.theme = theme,
        }
        if next.progress == Some(Progress::default()) {
            next.progress = None;
        }
        Rc::new(next)
    }
}

impl AppState {
    /// The raw text a document was read from, when its file is still loaded and its
    /// text in memory (the newest file of that name).
    pub fn raw_text_of(&self, doc: &Kamervraag) -> Option<Rc<str>> {
        self.file_of(doc)
            .map(|f| f.raw.clone())
            .filter(|raw| !raw.is_empty())
    }

    /// The files that did not become a library document: failures, and copies set
    /// aside because a more complete version of the same vraagnummer was kept.
    pub fn files_set_aside(&self) -> Vec<Rc<LoadedFile>> {
        self.files
            .iter()
            .filter(|f| match &f.outcome {
                Err(_) => true,
                Ok(doc) => doc
                    .id
                    .as_deref()
                    .and_then(|id| self.library.get(id))
                    .is_some_and(|entry| !Rc::ptr_eq(&entry.doc, doc)),
            })
            .cloned()
            .collect()
    }

    /// The file a document was read from (the newest file of that name).
    pub fn file_of(&self, doc: &Kamervraag) -> Option<&Rc<LoadedFile>> {
        self.files
            .iter()
            .rev()
            .find(|f| Some(f.name.as_str()) == doc.source.as_deref())
    }
    /// Adds parsed files: documents go into the library (a duplicate vraagnummer
    /// keeps the most complete version and yields a notice); every file is listed.
    fn admit(&mut self, batch: Vec<ReadyFile>) {
        let today = self.today;
        let library = Rc::make_mut(&mut self.library);
        let files = Rc::make_mut(&mut self.files);
        let notices = Rc::make_mut(&mut self.notices);
        let progress = self.progress.get_or_insert_with(Progress::default);
        for ReadyFile { file, prepared } in batch {
            match &file.outcome {
                Ok(doc) => {
                    progress.parsed += 1;
                    if doc.has_warnings() {
                        progress.with_warnings += 1;
                    }
                    let prepared = prepared
                        .filter(|p| p.reference() == today && Rc::ptr_eq(p.doc(), doc))
                        .unwrap_or_else(|| Prepared::new(Rc::clone(doc), today));
                    match library.admit_prepared(prepared) {
                        Admission::Added | Admission::Joined { .. } => {}
                        Admission::Replaced { previous } => notices.push(Notice::Duplicate {
                            id: previous.key.clone(),
                            kept: file.name.clone(),
                            dropped: previous.source().to_string(),
                        }),
                        Admission::Duplicate { kept } => notices.push(Notice::Duplicate {
                            id: kept.key.clone(),
                            kept: kept.source().to_string(),
                            dropped: file.name.clone(),
                        }),
                    }
                }
                Err(_) => progress.failed += 1,
            }
            files.push(Rc::new(file));
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
