//! The library of loaded documents: one entry per Kamervraag (texts of one Kamervraag
//! that hold different parts are joined, see `parse::join`; a second copy of one
//! part keeps the most complete version), each with its statistics facts and folded search text
//! computed once; selecting (filter + sort), the values to filter on, and neighbours
//! in a selection. Pure: used by the web app, tested natively.

use super::filter::{status_rank, FilterField, LibraryFilter, SortColumn};
use super::search::{SearchQuery, SearchText};
use crate::model::{Date, Kamervraag};
use crate::parse::join::{are_pieces, join, same_kamervraag};
use crate::stats::DocumentFacts;
use std::borrow::Cow;
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Library {
    entries: Vec<Rc<LibraryEntry>>,
    position_by_key: HashMap<String, usize>,
    without_id: usize,
    revision: u64,
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
        self.revision = LAST_REVISION.fetch_add(1, AtomicOrdering::Relaxed) + 1;
    }

    /// Whether the library is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with this key.
    pub fn get(&self, key: &str) -> Option<&Rc<LibraryEntry>> {
        self.position_by_key
            .get(key)
            .and_then(|&i| self.entries.get(i))
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
        let doc: Rc<Kamervraag> = doc.into();
        let id = doc.id.clone().filter(|id| !id.trim().is_empty());
        let position = match &id {
            Some(id) => self.position_by_key.get(id).copied().or_else(|| {
                // A text loaded earlier without vraagnummer, of the same Kamervraag.
                self.entries
                    .iter()
                    .position(|entry| entry.doc.id.is_none() && same_kamervraag(&entry.doc, &doc))
            }),
            // A text without vraagnummer: another text of the same Kamervraag.
            None => self
                .entries
                .iter()
                .position(|entry| same_kamervraag(&entry.doc, &doc)),
        };
        let Some(position) = position else {
            let key = match id {
                Some(id) => id,
                None => {
                    self.without_id += 1;
                    format!("bestand-{}", self.without_id)
                }
            };
            self.push(LibraryEntry::new(key, doc, reference));
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
                self.position_by_key.entry(id).or_insert(position);
            }
            let joined = join((*existing.doc).clone(), (*doc).clone());
            self.replace(position, LibraryEntry::new(key, Rc::new(joined), reference));
            Admission::Joined { previous: existing }
        } else if doc.completeness() > existing.doc.completeness() {
            self.replace(position, LibraryEntry::new(key, doc, reference));
            Admission::Replaced { previous: existing }
        } else {
            Admission::Duplicate { kept: existing }
        }
    }

    fn replace(&mut self, position: usize, entry: LibraryEntry) {
        if let Some(slot) = self.entries.get_mut(position) {
            *slot = Rc::new(entry);
        }
        self.touch();
    }

    fn push(&mut self, entry: LibraryEntry) {
        self.position_by_key
            .insert(entry.key.clone(), self.entries.len());
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
