//! The library of loaded documents: one entry per Kamervraag (texts of one Kamervraag
//! that hold different parts are joined, see `parse::join`; a second copy of one
//! part keeps the most complete version), each with its statistics facts and folded search text
//! computed once; selecting (filter + sort), the values to filter on, and neighbours
//! in a selection. Pure: used by the web app, tested natively.

use super::filter::{status_rank, FilterField, LibraryFilter, SortColumn};
use super::search::{SearchQuery, SearchText};
use crate::model::{Date, Kamervraag};
use crate::parse::join::{are_pieces, join, vraagnummer, SlotIndex};
use crate::stats::DocumentFacts;
use std::borrow::Cow;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

/// One document in the library, with what the views need precomputed.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryEntry {
    /// The key used in URLs: the vraagnummer, or `bestand-N` for a document without one.
    pub key: String,
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// Status, delay, ministries and group keys on the reference date.
    pub facts: DocumentFacts,
    /// The folded text that full-text search looks in.
    pub search_text: SearchText,
}

impl LibraryEntry {
    /// Computes the facts (on `reference`) and the search text of `doc`.
    pub fn new(key: String, doc: Rc<Kamervraag>, reference: Date) -> LibraryEntry {
        let facts = DocumentFacts::new(&doc, reference);
        let search_text = SearchText::new(&doc);
        LibraryEntry {
            key,
            doc,
            facts,
            search_text,
        }
    }

    /// The file name the document came from, or an empty string.
    pub fn source(&self) -> &str {
        self.doc.source.as_deref().unwrap_or("")
    }

    /// This entry as its document stood on the `reference` date (see
    /// [`as_of`](crate::stats::as_of)): `None` when it was submitted later; the entry
    /// itself when nothing changes; else an entry with its facts recomputed.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::stats::Status;
    /// use kamervraag::view::library::LibraryEntry;
    /// use std::rc::Rc;
    /// let doc = Kamervraag {
    ///     submitted: Date::from_ymd(2024, 1, 1),
    ///     answered: Date::from_ymd(2024, 1, 10),
    ///     ..Kamervraag::default()
    /// };
    /// let entry = Rc::new(LibraryEntry::new("a".into(), Rc::new(doc), Date::from_ymd(2025, 1, 1).unwrap()));
    /// let then = entry.as_of(Date::from_ymd(2024, 1, 5).unwrap()).unwrap();
    /// assert_eq!(then.facts.status, Status::Open);
    /// assert!(entry.as_of(Date::from_ymd(2023, 1, 1).unwrap()).is_none());
    /// assert!(Rc::ptr_eq(&entry.as_of(Date::from_ymd(2025, 1, 1).unwrap()).unwrap(), &entry));
    /// ```
    pub fn as_of(self: &Rc<Self>, reference: Date) -> Option<Rc<LibraryEntry>> {
        let then = crate::stats::as_of(&self.doc, reference)?;
        let doc = match then {
            Cow::Borrowed(_) if self.facts.reference == reference => return Some(self.clone()),
            Cow::Borrowed(_) => self.doc.clone(),
            Cow::Owned(doc) => Rc::new(doc),
        };
        Some(Rc::new(LibraryEntry {
            key: self.key.clone(),
            facts: DocumentFacts::new(&doc, reference),
            doc,
            search_text: self.search_text.clone(),
        }))
    }

    /// Days to the answer, or days open so far (for sorting and display).
    pub fn delay_or_age(&self) -> Option<i64> {
        self.facts.delay_days.or(self.facts.age_days)
    }
}

/// A document with what the library computes for it (its facts on a reference date
/// and its search text), computed before it is admitted: a loading page prepares
/// documents in short time slices, so that admitting many at once stays quick.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    doc: Rc<Kamervraag>,
    facts: DocumentFacts,
    search_text: SearchText,
}

impl Prepared {
    /// Computes the facts (on `reference`) and the search text of `doc`.
    pub fn new(doc: Rc<Kamervraag>, reference: Date) -> Prepared {
        Prepared {
            facts: DocumentFacts::new(&doc, reference),
            search_text: SearchText::new(&doc),
            doc,
        }
    }

    /// The document.
    pub fn doc(&self) -> &Rc<Kamervraag> {
        &self.doc
    }

    /// The reference date its facts were computed on.
    pub fn reference(&self) -> Date {
        self.facts.reference
    }

    fn into_entry(self, key: String) -> LibraryEntry {
        LibraryEntry {
            key,
            doc: self.doc,
            facts: self.facts,
            search_text: self.search_text,
        }
    }
}

/// What happened to a document given to [`Library::admit`].
#[derive(Debug, Clone, PartialEq)]
pub enum Admission {
    /// A new document.
    Added,
    /// Same vraagnummer as a less complete document, which it replaced.
    Replaced {
        /// The entry that was replaced.
        previous: Rc<LibraryEntry>,
    },
    /// Same vraagnummer as a document at least as complete, which was kept.
    Duplicate {
        /// The entry that was kept.
        kept: Rc<LibraryEntry>,
    },
    /// Another text of a Kamervraag already loaded (e.g. the answer document to a
    /// question document): the two were joined into one entry.
    Joined {
        /// The entry before the joining.
        previous: Rc<LibraryEntry>,
    },
}

/// All loaded documents, at most one per vraagnummer, in loading order.
///
/// Cloning is cheap whatever the size: the clone copies the list of entries (shared
/// pointers) and shares the lookup tables with the original. Positions never change
/// (entries are only added or replaced in place), so a shared table stays right for
/// both; the library that admits next keeps using it, and any other rebuilds its own
/// from its entries first ([`Lookup::revision`] says whose it is).
#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Rc<LibraryEntry>>,
    lookup: Rc<RefCell<Lookup>>,
    without_id: usize,
    revision: u64,
}

impl PartialEq for Library {
    /// Two libraries are equal when they are one revision (revisions are never
    /// reused, see [`Library::revision`]).
    fn eq(&self, other: &Library) -> bool {
        self.revision == other.revision && self.entries.len() == other.entries.len()
    }
}

/// The tables that find an entry's position.
#[derive(Debug, Clone, Default)]
struct Lookup {
    /// Entry keys and every vraagnummer an entry holds, to its position.
    position_by_key: HashMap<String, usize>,
    /// The entries' documents filed by vraagnummer and by match key (slot =
    /// position), for finding the texts of one Kamervraag without a scan.
    texts: SlotIndex,
    /// The revision of the library that last changed these tables.
    revision: u64,
}

impl Lookup {
    /// The tables built from a library's entries.
    fn of(entries: &[Rc<LibraryEntry>], revision: u64) -> Lookup {
        let mut lookup = Lookup {
            revision,
            ..Lookup::default()
        };
        for (position, entry) in entries.iter().enumerate() {
            lookup.position_by_key.insert(entry.key.clone(), position);
            lookup.texts.insert(position, &entry.doc);
        }
        for (position, entry) in entries.iter().enumerate() {
            if let Some(id) = vraagnummer(&entry.doc) {
                lookup
                    .position_by_key
                    .entry(id.to_string())
                    .or_insert(position);
            }
        }
        lookup
    }
}

/// The last revision stamp handed out, shared by every library of the process.
static LAST_REVISION: AtomicU64 = AtomicU64::new(0);

impl Library {
    /// An empty library.
    pub fn new() -> Library {
        Library::default()
    }

    /// The entries in loading order.
    pub fn entries(&self) -> &[Rc<LibraryEntry>] {
        &self.entries
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// A stamp that changes whenever the contents change (every added document,
    /// including a more complete copy that replaces one), unique among the libraries
    /// of this process, so views memoised on it never show stale menus or counts. An
    /// empty library has revision 0.
    ///
    /// ```
    /// use kamervraag::view::library::Library;
    /// use kamervraag::model::{Date, Kamervraag};
    /// let today = Date::from_ymd(2025, 1, 1).unwrap();
    /// let mut lib = Library::new();
    /// assert_eq!(lib.revision(), 0);
    /// lib.admit(Kamervraag::default(), today);
    /// let first = lib.revision();
    /// lib.admit(Kamervraag::default(), today);
    /// assert_ne!(lib.revision(), first);
    /// ```
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn touch(&mut self) {
        let mut lookup = self.own_lookup();
        let revision = LAST_REVISION.fetch_add(1, AtomicOrdering::Relaxed) + 1;
        lookup.revision = revision;
        drop(lookup);
        self.revision = revision;
    }

    /// Whether the library is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with this key.
    pub fn get(&self, key: &str) -> Option<&Rc<LibraryEntry>> {
        let position = self.lookup.borrow().position_by_key.get(key).copied();
        // A table shared with a newer library may know keys this one does not hold.
        position
            .and_then(|i| self.entries.get(i))
            .filter(|e| e.key == key || vraagnummer(&e.doc) == Some(key))
    }

    /// The lookup tables, made this library's own first when another library
    /// changed them since.
    fn own_lookup(&mut self) -> std::cell::RefMut<'_, Lookup> {
        if self.lookup.borrow().revision != self.revision {
            self.lookup = Rc::new(RefCell::new(Lookup::of(&self.entries, self.revision)));
        }
        self.lookup.borrow_mut()
    }

    /// Adds a parsed document, computing its facts on `reference`. Another text of a
    /// Kamervraag already present (same vraagnummer; a text without one matches by
    /// submitters, submission date and title) is joined to it when the two hold
    /// different parts or layouts ([`are_pieces`]); a copy of the same part replaces
    /// it only when it is more complete ([`Kamervraag::completeness`]).
    ///
    /// ```
    /// use kamervraag::view::library::{Admission, Library};
    /// use kamervraag::model::{Date, Kamervraag, Question};
    /// let today = Date::from_ymd(2025, 1, 1).unwrap();
    /// let short = Kamervraag { id: Some("2024Z00001".into()), ..Kamervraag::default() };
    /// let full = Kamervraag { complete: true, ..short.clone() };
    /// let mut lib = Library::new();
    /// assert_eq!(lib.admit(short.clone(), today), Admission::Added);
    /// assert!(matches!(lib.admit(full, today), Admission::Replaced { .. }));
    /// assert!(matches!(lib.admit(short, today), Admission::Duplicate { .. }));
    /// assert_eq!(lib.len(), 1);
    /// assert!(lib.get("2024Z00001").unwrap().doc.complete);
    ///
    /// // A question document and its answer document: one entry.
    /// let q = Question { number: 1, text: "Waarom?".into(), ..Question::default() };
    /// let asked = Kamervraag { id: Some("2024Z00002".into()), source: Some("v.txt".into()),
    ///     questions: vec![q.clone()], ..Kamervraag::default() };
    /// let answered = Kamervraag { source: Some("a.txt".into()), answered: Date::from_ymd(2024, 2, 1),
    ///     questions: vec![Question { answer: Some("Daarom.".into()), ..q }], ..asked.clone() };
    /// assert_eq!(lib.admit(asked, today), Admission::Added);
    /// assert!(matches!(lib.admit(answered, today), Admission::Joined { .. }));
    /// assert_eq!(lib.len(), 2);
    /// assert_eq!(lib.get("2024Z00002").unwrap().doc.sources, ["v.txt", "a.txt"]);
    /// ```
    pub fn admit(&mut self, doc: impl Into<Rc<Kamervraag>>, reference: Date) -> Admission {
        self.admit_prepared(Prepared::new(doc.into(), reference))
    }

    /// [`Library::admit`] for a document whose facts and search text are computed
    /// already (on the reference date they were computed on).
    pub fn admit_prepared(&mut self, prepared: Prepared) -> Admission {
        let doc = prepared.doc.clone();
        let reference = prepared.reference();
        let id = vraagnummer(&doc).map(str::to_string);
        let lookup = self.own_lookup();
        let position = match &id {
            // Its vraagnummer, or a text loaded earlier without one, of the same
            // Kamervraag.
            Some(id) => lookup
                .position_by_key
                .get(id)
                .copied()
                .or_else(|| lookup.texts.find_unnumbered(&doc)),
            // A text without vraagnummer: another text of the same Kamervraag.
            None => lookup.texts.find(&doc),
        };
        drop(lookup);
        let Some(position) = position else {
            let key = match id {
                Some(id) => id,
                None => {
                    self.without_id += 1;
                    format!("bestand-{}", self.without_id)
                }
            };
            self.push(prepared.into_entry(key));
            return Admission::Added;
        };
        let Some(existing) = self.entries.get(position).cloned() else {
            return Admission::Added;
        };
        let key = existing.key.clone();
        let already_joined = doc.source.is_some()
            && existing.doc.sources.len() > 1
            && doc
                .source
                .as_ref()
                .is_some_and(|s| existing.doc.sources.contains(s));
        if are_pieces(&existing.doc, &doc) && !already_joined {
            // The entry keeps its key; its vraagnummer, when it gets one by joining,
            // finds it too.
            if let Some(id) = id {
                self.own_lookup()
                    .position_by_key
                    .entry(id)
                    .or_insert(position);
            }
            let joined = join((*existing.doc).clone(), (*doc).clone());
            self.replace(position, LibraryEntry::new(key, Rc::new(joined), reference));
            Admission::Joined { previous: existing }
        } else if doc.completeness() > existing.doc.completeness() {
            self.replace(position, prepared.into_entry(key));
            Admission::Replaced { previous: existing }
        } else {
            Admission::Duplicate { kept: existing }
        }
    }

    fn replace(&mut self, position: usize, entry: LibraryEntry) {
        let Some(previous) = self.entries.get(position).cloned() else {
            return;
        };
        {
            let mut lookup = self.own_lookup();
            lookup.texts.remove(position, &previous.doc);
            lookup.texts.insert(position, &entry.doc);
        }
        self.entries[position] = Rc::new(entry);
        self.touch();
    }

    fn push(&mut self, entry: LibraryEntry) {
        let position = self.entries.len();
        {
            let mut lookup = self.own_lookup();
            lookup.position_by_key.insert(entry.key.clone(), position);
            lookup.texts.insert(position, &entry.doc);
        }
        self.entries.push(Rc::new(entry));
        self.touch();
    }

    /// How many documents were submitted after the `reference` date (left out of
    /// every view while that date is set).
    pub fn submitted_after(&self, reference: Date) -> usize {
        self.entries
            .iter()
            .filter(|e| crate::stats::submitted_after(&e.doc, reference))
            .count()
    }

    /// The entries that pass `filter`, in its sort order. With a reference date in
    /// the filter, every entry is taken as it stood on that date
    /// ([`LibraryEntry::as_of`]); without one, on the date its facts were computed.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::view::library::{Library, LibraryFilter};
    /// let today = Date::from_ymd(2025, 1, 1).unwrap();
    /// let mut lib = Library::new();
    /// for (id, title, day) in [("2024Z00001", "Bruggen", 3), ("2024Z00002", "Dijken", 9)] {
    ///     lib.admit(Kamervraag {
    ///         id: Some(id.into()),
    ///         title: Some(title.into()),
    ///         submitted: Date::from_ymd(2024, 5, day),
    ///         ..Kamervraag::default()
    ///     }, today);
    /// }
    /// let newest_first: Vec<String> = lib.select(&LibraryFilter::default()).iter().map(|e| e.key.clone()).collect();
    /// assert_eq!(newest_first, ["2024Z00002", "2024Z00001"]);
    /// let dijk = lib.select(&LibraryFilter::default().with_query("DIJK"));
    /// assert_eq!(dijk.len(), 1);
    /// ```
    pub fn select(&self, filter: &LibraryFilter) -> Vec<Rc<LibraryEntry>> {
        let query = SearchQuery::parse(&filter.query);
        let mut selected: Vec<Rc<LibraryEntry>> = self
            .entries
            .iter()
            .filter_map(|e| e.as_of(filter.reference.unwrap_or(e.facts.reference)))
            .filter(|e| filter.matches_with(&query, &e.facts, &e.doc, &e.search_text))
            .collect();
        let column = filter.sort.column;
        selected.sort_by(|a, b| {
            let order = compare_by(column, a, b);
            let order = if filter.sort.descending {
                order.reverse()
            } else {
                order
            };
            order.then_with(|| a.key.cmp(&b.key))
        });
        selected
    }

    /// Every filter menu: each field with its values and counts (see [`Library::options`]).
    pub fn filter_menus(&self) -> Vec<(FilterField, Vec<(String, usize)>)> {
        FilterField::ALL
            .into_iter()
            .map(|field| (field, self.options(field)))
            .collect()
    }

    /// The values of `field` over all documents with their counts, most frequent
    /// first (years and cabinets newest first), for filter menus.
    pub fn options(&self, field: FilterField) -> Vec<(String, usize)> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for entry in &self.entries {
            for value in field.values(&entry.facts) {
                *counts.entry(value).or_insert(0) += 1;
            }
        }
        let mut options: Vec<(String, usize)> = counts
            .into_iter()
            .map(|(value, count)| (value.to_string(), count))
            .collect();
        match field {
            FilterField::Year => options.sort_by(|a, b| b.0.cmp(&a.0)),
            FilterField::Cabinet => {
                let start = |name: &str| {
                    crate::stats::cabinets()
                        .iter()
                        .find(|c| c.name == name)
                        .map(|c| c.start)
                };
                options.sort_by(|a, b| start(&b.0).cmp(&start(&a.0)).then(a.0.cmp(&b.0)));
            }
            _ => options.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
        }
        // "onbekend" (no value) goes last.
        options.sort_by_key(|(value, _)| value == crate::stats::UNKNOWN_KEY);
        options
    }
}

/// Orders two entries by one column, ascending; missing values sort last.
fn compare_by(column: SortColumn, a: &LibraryEntry, b: &LibraryEntry) -> Ordering {
    fn some_first<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let text = |s: Option<&str>| s.map(super::search::fold);
    match column {
        SortColumn::Submitted => some_first(a.doc.submitted, b.doc.submitted),
        SortColumn::Title => some_first(text(a.doc.title.as_deref()), text(b.doc.title.as_deref())),
        SortColumn::Submitters => some_first(
            text(a.doc.submitters.first().map(|p| p.name.as_str())),
            text(b.doc.submitters.first().map(|p| p.name.as_str())),
        ),
        SortColumn::Ministries => some_first(
            a.facts.ministries.first().map(|m| m.name.as_str()),
            b.facts.ministries.first().map(|m| m.name.as_str()),
        ),
        SortColumn::Delay => some_first(a.delay_or_age(), b.delay_or_age()),
        SortColumn::Status => status_rank(a.facts.status).cmp(&status_rank(b.facts.status)),
    }
    .then_with(|| some_first(a.doc.submitted, b.doc.submitted))
}

/// The keys before and after `key` in a selection (for previous/next navigation).
///
/// ```
/// use kamervraag::view::library::neighbours;
/// let keys = ["a", "b", "c"];
/// assert_eq!(neighbours(&keys, "b"), (Some("a"), Some("c")));
/// assert_eq!(neighbours(&keys, "a"), (None, Some("b")));
/// assert_eq!(neighbours(&keys, "x"), (None, None));
/// ```
pub fn neighbours<'a, K: AsRef<str>>(
    keys: &'a [K],
    key: &str,
) -> (Option<&'a str>, Option<&'a str>) {
    let Some(i) = keys.iter().position(|k| k.as_ref() == key) else {
        return (None, None);
    };
    let previous = i
        .checked_sub(1)
        .and_then(|j| keys.get(j))
        .map(AsRef::as_ref);
    let next = keys.get(i + 1).map(AsRef::as_ref);
    (previous, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    fn doc(id: &str, party: &str, year: i32, answered: bool) -> Kamervraag {
        let submitted = Date::from_ymd(year, 3, 1);
        Kamervraag {
            id: Some(id.into()),
            title: Some(format!("Titel {id}")),
            submitted,
            answered: if answered {
                submitted.map(|d| d.add_days(10))
            } else {
                None
            },
            submitters: vec![Person {
                name: format!("Lid {party}"),
                party: Some(party.into()),
                positions: vec![],
            }],
            ..Kamervraag::default()
        }
    }

    #[test]
    fn a_replaced_copy_changes_the_revision_and_the_menus() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut lib = Library::new();
        lib.admit(doc("2023Z00001", "AAA", 2023, false), today);
        let (revision, menus) = (lib.revision(), lib.filter_menus());
        let party = |menus: &[(FilterField, Vec<(String, usize)>)]| {
            menus
                .iter()
                .find(|(field, _)| *field == FilterField::Party)
                .map(|(_, values)| values.clone())
                .unwrap_or_default()
        };
        assert_eq!(party(&menus), [("AAA".to_string(), 1)]);

        // The same vraagnummer, answered now and asked by another party: same length,
        // other menus.
        let mut answered = doc("2023Z00001", "BBB", 2023, true);
        answered.complete = true;
        assert!(matches!(
            lib.admit(answered, today),
            Admission::Replaced { .. }
        ));
        assert_eq!(lib.len(), 1);
        assert_ne!(lib.revision(), revision);
        assert_ne!(lib.filter_menus(), menus);
        assert_eq!(party(&lib.filter_menus()), [("BBB".to_string(), 1)]);

        // A copy that is kept out changes nothing.
        let revision = lib.revision();
        assert!(matches!(
            lib.admit(doc("2023Z00001", "CCC", 2023, false), today),
            Admission::Duplicate { .. }
        ));
        assert_eq!(lib.revision(), revision);
    }

    #[test]
    fn a_new_library_never_reuses_a_revision() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut first = Library::new();
        first.admit(doc("2023Z00001", "AAA", 2023, false), today);
        let mut second = Library::new();
        second.admit(doc("2023Z00002", "BBB", 2023, false), today);
        assert_ne!(first.revision(), second.revision());
        assert_eq!(first.clone().revision(), first.revision());
    }

    #[test]
    fn a_clone_and_its_original_grow_apart_without_mixing_up() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut original = Library::new();
        original.admit(doc("2023Z00001", "AAA", 2023, false), today);
        let mut clone = original.clone();
        assert_eq!(clone, original);
        clone.admit(doc("2023Z00002", "BBB", 2023, false), today);
        assert!(clone.get("2023Z00002").is_some());
        assert!(original.get("2023Z00002").is_none());
        // The original admits another document at the position the clone used.
        original.admit(doc("2023Z00003", "CCC", 2023, false), today);
        assert!(original.get("2023Z00002").is_none());
        assert_eq!(original.get("2023Z00003").unwrap().key, "2023Z00003");
        assert!(clone.get("2023Z00003").is_none());
        assert_eq!(clone.get("2023Z00002").unwrap().key, "2023Z00002");
        // Each finds its own documents when admitting again.
        assert_eq!(
            original.admit(doc("2023Z00003", "CCC", 2023, false), today),
            Admission::Duplicate {
                kept: original.get("2023Z00003").unwrap().clone()
            }
        );
        assert_eq!(
            clone.admit(doc("2023Z00003", "CCC", 2023, false), today),
            Admission::Added
        );
        assert_eq!((original.len(), clone.len()), (2, 3));
        assert_ne!(clone, original);
    }

    #[test]
    fn filters_combine_and_options_count() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut lib = Library::new();
        lib.admit(doc("2023Z00001", "AAA", 2023, true), today);
        lib.admit(doc("2023Z00002", "BBB", 2023, false), today);
        lib.admit(doc("2024Z00003", "AAA", 2024, false), today);
        lib.admit(Kamervraag::default(), today);
        assert_eq!(lib.len(), 4);
        assert!(lib.get("bestand-1").is_some());

        let f = LibraryFilter::default().with(FilterField::Party, "AAA");
        assert_eq!(lib.select(&f).len(), 2);
        let f = f.with(FilterField::Year, "2024");
        assert_eq!(lib.select(&f).len(), 1);
        let f = LibraryFilter::default().with(FilterField::Status, "on_time");
        assert_eq!(lib.select(&f).len(), 1);

        let parties = lib.options(FilterField::Party);
        assert_eq!(parties[0], ("AAA".to_string(), 2));
        let years = lib.options(FilterField::Year);
        assert_eq!(years[0].0, "2024");
    }

    #[test]
    fn every_column_sorts_both_ways_without_losing_rows() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut lib = Library::new();
        for i in 0..20 {
            lib.admit(
                doc(
                    &format!("2020Z{i:05}"),
                    ["A", "B", "C"][i % 3],
                    2019 + (i as i32 % 4),
                    i % 2 == 0,
                ),
                today,
            );
        }
        lib.admit(Kamervraag::default(), today);
        for column in SortColumn::ALL {
            for descending in [false, true] {
                let f = LibraryFilter::default()
                    .with_sort(crate::view::library::SortOrder { column, descending });
                assert_eq!(lib.select(&f).len(), 21);
            }
        }
    }

    /// One invented Kamervraag as separate texts: `"question"`, `"answer"` or
    /// `"notice"`, read from the file `name`.
    fn piece(part: &str, name: &str) -> Kamervraag {
        use crate::model::{Notice, Question};
        let submitted = Date::from_ymd(2024, 3, 1);
        let questions = (1..=2)
            .map(|number| Question {
                number,
                text: if part == "answer" {
                    String::new()
                } else {
                    format!("Vraag {number}?")
                },
                answer: (part == "answer").then(|| format!("Antwoord {number}.")),
                ..Question::default()
            })
            .collect();
        Kamervraag {
            id: Some("2024Z05555".into()),
            source: Some(name.into()),
            sources: vec![name.into()],
            title: Some("Over de polders".into()),
            submitted,
            answered: (part == "answer")
                .then(|| Date::from_ymd(2024, 4, 1))
                .flatten(),
            submitters: vec![Person {
                name: "Anna Aap".into(),
                party: Some("CU".into()),
                positions: vec![],
            }],
            questions: if part == "notice" {
                Vec::new()
            } else {
                questions
            },
            notices: if part == "notice" {
                vec![Notice {
                    date: Date::from_ymd(2024, 3, 15),
                    text: "Uitstel.".into(),
                }]
            } else {
                Vec::new()
            },
            ..Kamervraag::default()
        }
    }

    #[test]
    fn the_texts_of_one_kamervraag_join_into_one_row_in_any_order() {
        use crate::stats::Status;
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let parts = ["question", "answer", "notice"];
        for first in parts {
            for second in parts.iter().filter(|&&p| p != first) {
                let mut lib = Library::new();
                assert_eq!(lib.admit(piece(first, "1.txt"), today), Admission::Added);
                let admission = lib.admit(piece(second, "2.txt"), today);
                assert!(
                    matches!(admission, Admission::Joined { .. }),
                    "{first} + {second}"
                );
                assert_eq!(lib.len(), 1, "{first} + {second}");
                let entry = lib.get("2024Z05555").expect("one entry");
                assert_eq!(entry.doc.sources, ["1.txt", "2.txt"]);
                assert_eq!(entry.source(), "1.txt");
                // The same file again is a copy, not a third source.
                assert!(matches!(
                    lib.admit(piece(second, "2.txt"), today),
                    Admission::Duplicate { .. }
                ));
                assert_eq!(lib.get("2024Z05555").unwrap().doc.sources.len(), 2);
            }
        }
        // All three: answered after 31 days with a notice in time.
        let mut lib = Library::new();
        for (part, name) in [
            ("question", "v.txt"),
            ("notice", "m.txt"),
            ("answer", "a.txt"),
        ] {
            lib.admit(piece(part, name), today);
        }
        let entry = lib.get("2024Z05555").expect("one entry");
        assert_eq!(lib.len(), 1);
        assert_eq!(entry.doc.sources, ["v.txt", "m.txt", "a.txt"]);
        assert_eq!(entry.doc.questions[1].text, "Vraag 2?");
        assert_eq!(
            entry.doc.questions[1].answer.as_deref(),
            Some("Antwoord 2.")
        );
        assert_eq!(entry.facts.status, Status::OnTimeAfterPostponement);
    }

    #[test]
    fn a_text_without_vraagnummer_joins_by_submitters_date_and_title() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut lib = Library::new();
        lib.admit(piece("question", "v.txt"), today);
        let answer = Kamervraag {
            id: None,
            ..piece("answer", "a.txt")
        };
        assert!(matches!(lib.admit(answer, today), Admission::Joined { .. }));
        assert_eq!(lib.len(), 1);
        assert!(lib.get("2024Z05555").unwrap().doc.is_answered());

        // The other way round: the text without vraagnummer comes first.
        let mut lib = Library::new();
        let notice = Kamervraag {
            id: None,
            ..piece("notice", "m.txt")
        };
        lib.admit(notice, today);
        assert!(lib.get("bestand-1").is_some());
        assert!(matches!(
            lib.admit(piece("question", "v.txt"), today),
            Admission::Joined { .. }
        ));
        assert!(matches!(
            lib.admit(piece("answer", "a.txt"), today),
            Admission::Joined { .. }
        ));
        assert_eq!(lib.len(), 1);
        let entry = lib.get("2024Z05555").expect("found by its vraagnummer");
        assert_eq!(entry.key, "bestand-1");
        assert_eq!(entry.doc.id.as_deref(), Some("2024Z05555"));
        assert_eq!(entry.doc.sources, ["m.txt", "v.txt", "a.txt"]);
    }

    #[test]
    fn a_reference_date_in_the_filter_shows_the_library_as_it_stood_then() {
        let today = Date::from_ymd(2025, 6, 1).unwrap();
        let mut lib = Library::new();
        lib.admit(doc("2023Z00001", "AAA", 2023, true), today);
        lib.admit(doc("2024Z00002", "BBB", 2024, false), today);
        // 2023-03-05: the first was submitted on 1 March and answered on the 11th.
        let then = Date::from_ymd(2023, 3, 5);
        let f = LibraryFilter::default().with_reference(then);
        let selected = lib.select(&f);
        assert_eq!(selected.len(), 1);
        assert_eq!(selected[0].facts.status, crate::stats::Status::Open);
        assert_eq!(selected[0].facts.reference, then.unwrap());
        assert_eq!(lib.submitted_after(then.unwrap()), 1);
        // Status filters judge the status on the reference date.
        let open = f.with(FilterField::Status, "open");
        assert_eq!(lib.select(&open).len(), 1);
        assert_eq!(lib.select(&LibraryFilter::default()).len(), 2);
        assert_eq!(lib.submitted_after(today), 0);
    }
}
