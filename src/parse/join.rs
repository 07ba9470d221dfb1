//! Joining the texts of one Kamervraag that were read separately — the question
//! document, the answer document, postponement notices, an openkamer page — into
//! one document that lists all its sources.
//!
//! Pure and independent of the layouts: it works on the parsed documents only.
//!
//! * **Which texts belong together** ([`same_kamervraag`]): the same vraagnummer; a
//!   text without one matches by the same submitters (names), submission date and
//!   title.
//! * **Pieces or copies** ([`are_pieces`]): two texts of one Kamervraag are joined
//!   when they are in different layouts (`format`), or when they hold different
//!   parts of it (one only the questions, one the answer, one only notices). Two
//!   texts in one layout holding the same part are copies: the most complete one is
//!   kept ([`Kamervraag::completeness`]), as before.
//! * **How** ([`join`]): the first document's values are kept; a value it lacks is
//!   taken from the other. Where both have a value and they differ (submission or
//!   answer date, number of questions), the first is kept and a `join_conflict`
//!   diagnostic says what the other had — never a silent overwrite. Questions are
//!   joined by number (text and answer filled where missing), notices and topics
//!   are united, footnotes added by number. `sources` lists the file names in
//!   order; `source` stays the first. The other text's diagnostics follow a
//!   `source_joined` diagnostic naming it. `delay_days` is recomputed, and a
//!   notice after the 21-day term is reported when the joining brought the dates
//!   together (a notice text without submission date joined to the question).

use super::diagnostics as diag;
use crate::model::{Date, Kamervraag, Notice, Question};
use crate::stats::notice_in_time;

/// Which part of a Kamervraag a text holds, for telling pieces from copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Questions, no answer.
    Questions,
    /// The answer (possibly with the questions).
    Answer,
    /// Only notices.
    Notices,
    /// Nothing of the above (e.g. a text cut off in its header).
    Header,
}

fn part(doc: &Kamervraag) -> Part {
    if doc.is_answered() || doc.questions.iter().any(|q| q.answer.is_some()) {
        Part::Answer
    } else if !doc.questions.is_empty() {
        Part::Questions
    } else if doc.has_notice() {
        Part::Notices
    } else {
        Part::Header
    }
}

/// Whether `a` and `b` are texts of the same Kamervraag: the same vraagnummer, or,
/// when either has none, the same submitter names, submission date and title (all
/// known).
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::parse::join::same_kamervraag;
/// let a = Kamervraag { id: Some("2024Z00001".into()), ..Kamervraag::default() };
/// let b = Kamervraag { id: Some("2024Z00002".into()), ..Kamervraag::default() };
/// assert!(same_kamervraag(&a, &a.clone()));
/// assert!(!same_kamervraag(&a, &b));
/// ```
pub fn same_kamervraag(a: &Kamervraag, b: &Kamervraag) -> bool {
    match (vraagnummer(a), vraagnummer(b)) {
        (Some(x), Some(y)) => x == y,
        _ => match (match_key(a), match_key(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// The vraagnummer of a text, when it has one that is not blank.
///
/// ```
/// use kamervraag::model::Kamervraag;
/// use kamervraag::parse::join::vraagnummer;
/// let doc = Kamervraag { id: Some("2024Z00001".into()), ..Kamervraag::default() };
/// assert_eq!(vraagnummer(&doc), Some("2024Z00001"));
/// assert_eq!(vraagnummer(&Kamervraag { id: Some("  ".into()), ..doc }), None);
/// ```
pub fn vraagnummer(doc: &Kamervraag) -> Option<&str> {
    doc.id.as_deref().filter(|id| !id.trim().is_empty())
}

/// What identifies a text without vraagnummer: submitter names, submission date and
/// title, with white space and case folded (see [`match_key`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MatchKey {
    names: Vec<String>,
    submitted: Date,
    title: String,
}

/// The key of a text without vraagnummer: submitter names (lower case), submission
/// date and title (white space and case folded); `None` unless all three are known.
pub fn match_key(doc: &Kamervraag) -> Option<MatchKey> {
    let submitted = doc.submitted?;
    let title = fold(doc.title.as_deref()?);
    if doc.submitters.is_empty() || title.is_empty() {
        return None;
    }
    let names = doc.submitters.iter().map(|p| fold(&p.name)).collect();
    Some(MatchKey {
        names,
        submitted,
        title,
    })
}

/// Finds, among numbered slots each holding a text, the first slot that holds a
/// text of the same Kamervraag as a given one ([`same_kamervraag`]) without comparing
/// it with every slot: the slots are filed by vraagnummer and by [`MatchKey`].
/// Each list of slots is kept in ascending order, so "first" is the lowest slot, as
/// a scan from the start would find.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Person};
/// use kamervraag::parse::join::SlotIndex;
/// let asked = Kamervraag {
///     submitters: vec![Person { name: "A. Jansen".into(), party: None, positions: vec![] }],
///     submitted: Date::from_ymd(2024, 3, 1),
///     title: Some("Over dijken".into()),
///     ..Kamervraag::default()
/// };
/// let numbered = Kamervraag { id: Some("2024Z00009".into()), ..asked.clone() };
/// let mut index = SlotIndex::default();
/// index.insert(0, &numbered);
/// assert_eq!(index.find(&asked), Some(0));
/// assert_eq!(index.find(&Kamervraag { id: Some("2024Z00010".into()), ..asked }), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SlotIndex {
    by_id: std::collections::HashMap<String, Vec<usize>>,
    by_key: std::collections::HashMap<MatchKey, Vec<usize>>,
    by_key_without_id: std::collections::HashMap<MatchKey, Vec<usize>>,
}

impl SlotIndex {
    /// Files `slot` as holding `doc`.
    pub fn insert(&mut self, slot: usize, doc: &Kamervraag) {
        fn add<K: std::hash::Hash + Eq>(
            map: &mut std::collections::HashMap<K, Vec<usize>>,
            key: K,
            slot: usize,
        ) {
            let slots = map.entry(key).or_default();
            if let Err(at) = slots.binary_search(&slot) {
                slots.insert(at, slot);
            }
        }
        let id = vraagnummer(doc);
        if let Some(id) = id {
            add(&mut self.by_id, id.to_string(), slot);
        }
        if let Some(key) = match_key(doc) {
            if id.is_none() {
                add(&mut self.by_key_without_id, key.clone(), slot);
            }
            add(&mut self.by_key, key, slot);
        }
    }

    /// Takes `slot` out of the files it was put in for `doc` (call before the slot's
    /// text changes, with the text it held).
    pub fn remove(&mut self, slot: usize, doc: &Kamervraag) {
        fn take<K, Q>(map: &mut std::collections::HashMap<K, Vec<usize>>, key: &Q, slot: usize)
        where
            K: std::hash::Hash + Eq + std::borrow::Borrow<Q>,
            Q: std::hash::Hash + Eq + ?Sized,
        {
            if let Some(slots) = map.get_mut(key) {
                if let Ok(at) = slots.binary_search(&slot) {
                    slots.remove(at);
                }
                if slots.is_empty() {
                    map.remove(key);
                }
            }
        }
        let id = vraagnummer(doc);
        if let Some(id) = id {
            take(&mut self.by_id, id, slot);
        }
        if let Some(key) = match_key(doc) {
            if id.is_none() {
                take(&mut self.by_key_without_id, &key, slot);
            }
            take(&mut self.by_key, &key, slot);
        }
    }

    /// The first slot holding a text of the same Kamervraag as `doc`.
    pub fn find(&self, doc: &Kamervraag) -> Option<usize> {
        let first = |slots: Option<&Vec<usize>>| slots.and_then(|s| s.first().copied());
        let key = match_key(doc);
        match vraagnummer(doc) {
            Some(id) => {
                let same_id = first(self.by_id.get(id));
                let unnumbered = key.and_then(|k| first(self.by_key_without_id.get(&k)));
                match (same_id, unnumbered) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            }
            None => key.and_then(|k| first(self.by_key.get(&k))),
        }
    }

    /// The first slot holding a text without vraagnummer of the same Kamervraag as
    /// `doc`.
    pub fn find_unnumbered(&self, doc: &Kamervraag) -> Option<usize> {
        match_key(doc).and_then(|k| self.by_key_without_id.get(&k)?.first().copied())
    }
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches('.')
        .to_string()
}

/// Whether two texts of the same Kamervraag are pieces to join rather than copies
/// of which the most complete is kept: different layouts, or different parts
/// (questions only, answer, notices only). A text holding nothing but its header
/// is always a copy.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Question};
/// use kamervraag::parse::join::are_pieces;
/// let question = Question { number: 1, text: "Waarom?".into(), ..Question::default() };
/// let asked = Kamervraag { questions: vec![question.clone()], ..Kamervraag::default() };
/// let answered = Kamervraag {
///     answered: Date::from_ymd(2024, 2, 1),
///     questions: vec![Question { answer: Some("Daarom.".into()), ..question }],
///     ..Kamervraag::default()
/// };
/// assert!(are_pieces(&asked, &answered));
/// assert!(!are_pieces(&answered, &answered.clone()));
/// ```
pub fn are_pieces(a: &Kamervraag, b: &Kamervraag) -> bool {
    let (pa, pb) = (part(a), part(b));
    if pa == Part::Header || pb == Part::Header {
        return false;
    }
    pa != pb || a.format != b.format
}

/// Joins `other` into `base` (see the module docs): `base`'s values win, gaps are
/// filled from `other`, differences become diagnostics.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Question};
/// use kamervraag::parse::join::join;
/// let q = Question { number: 1, text: "Waarom?".into(), ..Question::default() };
/// let asked = Kamervraag {
///     id: Some("2024Z00001".into()),
///     source: Some("vraag.txt".into()),
///     sources: vec!["vraag.txt".into()],
///     submitted: Date::from_ymd(2024, 1, 2),
///     questions: vec![q.clone()],
///     ..Kamervraag::default()
/// };
/// let answered = Kamervraag {
///     source: Some("antwoord.txt".into()),
///     sources: vec!["antwoord.txt".into()],
///     answered: Date::from_ymd(2024, 1, 20),
///     questions: vec![Question { text: String::new(), answer: Some("Daarom.".into()), ..q }],
///     ..asked.clone()
/// };
/// let joined = join(asked, answered);
/// assert_eq!(joined.sources, ["vraag.txt", "antwoord.txt"]);
/// assert_eq!(joined.source.as_deref(), Some("vraag.txt"));
/// assert_eq!(joined.delay_days, Some(18));
/// assert_eq!(joined.questions[0].text, "Waarom?");
/// assert_eq!(joined.questions[0].answer.as_deref(), Some("Daarom."));
/// ```
pub fn join(mut base: Kamervraag, other: Kamervraag) -> Kamervraag {
    let other_source = other.source.clone().unwrap_or_default();
    let mut conflicts = Vec::new();
    let mut conflict = |field: &str, kept: String, theirs: String| {
        conflicts.push(diag::join_conflict(field, &kept, &theirs, &other_source));
    };

    if base.sources.is_empty() {
        base.sources.extend(base.source.clone());
    }
    let other_sources = if other.sources.is_empty() {
        other.source.clone().into_iter().collect()
    } else {
        other.sources.clone()
    };
    for source in other_sources {
        if !base.sources.contains(&source) {
            base.sources.push(source);
        }
    }
    if base.source.is_none() {
        base.source = base.sources.first().cloned();
    }

    // A text without submission date could not report its late notices itself.
    let recheck_base_notices = base.submitted.is_none();
    let recheck_other_notices = other.submitted.is_none();
    fill(&mut base.id, other.id, "id", &mut conflict);
    if base.title.is_none() {
        base.title = other.title;
    }
    fill(
        &mut base.submitted,
        other.submitted,
        "submitted",
        &mut conflict,
    );
    fill(
        &mut base.answered,
        other.answered,
        "answered",
        &mut conflict,
    );
    if base.stated_delay_days.is_none() {
        base.stated_delay_days = other.stated_delay_days;
    }
    base.delay_days = match (base.submitted, base.answered) {
        (Some(s), Some(a)) => Some(s.days_until(a)),
        _ => base.delay_days.or(other.delay_days),
    };
    if base.submitters.is_empty() {
        base.submitters = other.submitters;
    }
    if base.answerers.is_empty() {
        base.answerers = other.answerers;
    }
    for topic in other.topics {
        if !base.topics.contains(&topic) {
            base.topics.push(topic);
        }
    }
    if base.question_url.is_none() {
        base.question_url = other.question_url;
    }
    if base.answer_url.is_none() {
        base.answer_url = other.answer_url;
    }
    for footnote in other.footnotes {
        if base.footnote(footnote.number).is_none() {
            base.footnotes.push(footnote);
        }
    }
    join_questions(&mut base.questions, other.questions, &mut conflict);
    let notices_before = base.notices.len();
    for notice in other.notices {
        if !base.notices.contains(&notice) {
            base.notices.push(notice);
        }
    }
    if base.question_document.is_none() {
        base.question_document = other.question_document;
    }
    if base.answer_document.is_none() {
        base.answer_document = other.answer_document;
    }
    base.complete |= other.complete;

    base.diagnostics.extend(conflicts);
    let base_notices = 0..notices_before;
    let other_notices = notices_before..base.notices.len();
    if recheck_base_notices {
        late_notices(&mut base, base_notices);
    }
    if recheck_other_notices {
        late_notices(&mut base, other_notices);
    }
    if !other.diagnostics.is_empty() {
        base.diagnostics.push(diag::source_joined(&other_source));
        base.diagnostics.extend(other.diagnostics);
    }
    base
}

/// Reports the notices at `range` that are after the 21-day term, now that the
/// submission date is known.
fn late_notices(doc: &mut Kamervraag, range: std::ops::Range<usize>) {
    let Some(submitted) = doc.submitted else {
        return;
    };
    let late: Vec<i64> = doc
        .notices
        .get(range)
        .unwrap_or_default()
        .iter()
        .filter_map(|n: &Notice| n.date)
        .filter(|&date| !notice_in_time(Some(submitted), Some(date)))
        .map(|date| submitted.days_until(date))
        .collect();
    for days in late {
        doc.diagnostics.push(diag::notice_after_term(None, days));
    }
}

/// Keeps `base`'s value; takes `other`'s when `base` has none; reports a difference.
fn fill<T: PartialEq + ToString>(
    base: &mut Option<T>,
    other: Option<T>,
    field: &str,
    conflict: &mut impl FnMut(&str, String, String),
) {
    match (base.as_ref(), other) {
        (None, other) => *base = other,
        (Some(kept), Some(theirs)) if *kept != theirs => {
            conflict(field, kept.to_string(), theirs.to_string());
        }
        _ => {}
    }
}

/// Joins questions by number: a question `base` lacks is added (in number order),
/// one it has gets its empty text, answer and references filled. Different numbers
/// of questions (both having some) are reported.
fn join_questions(
    base: &mut Vec<Question>,
    other: Vec<Question>,
    conflict: &mut impl FnMut(&str, String, String),
) {
    if !base.is_empty() && !other.is_empty() && base.len() != other.len() {
        conflict("questions", base.len().to_string(), other.len().to_string());
    }
    for question in other {
        match base.iter_mut().find(|q| q.number == question.number) {
            Some(mine) => {
                if mine.text.is_empty() {
                    mine.text = question.text;
                }
                if mine.answer.is_none() {
                    mine.answer = question.answer;
                    mine.see_answer = question.see_answer;
                    mine.see_answers = question.see_answers;
                }
            }
            None => {
                let at = base
                    .iter()
                    .position(|q| q.number > question.number)
                    .unwrap_or(base.len());
                base.insert(at, question);
            }
        }
    }
}

/// Joins every group of texts of one Kamervraag in `docs` into one document and keeps
/// the most complete of copies (see the module docs), in the order of first
/// appearance. Returns the documents and how many texts were left out as copies.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Question};
/// use kamervraag::parse::join::join_all;
/// let q = Question { number: 1, text: "Waarom?".into(), ..Question::default() };
/// let asked = Kamervraag {
///     id: Some("2024Z00001".into()),
///     questions: vec![q.clone()],
///     ..Kamervraag::default()
/// };
/// let answered = Kamervraag {
///     answered: Date::from_ymd(2024, 2, 1),
///     questions: vec![Question { answer: Some("Daarom.".into()), ..q }],
///     ..asked.clone()
/// };
/// let (docs, copies) = join_all(vec![asked.clone(), answered, asked]);
/// assert_eq!((docs.len(), copies), (1, 1));
/// assert!(docs[0].is_answered());
/// ```
pub fn join_all(docs: Vec<Kamervraag>) -> (Vec<Kamervraag>, usize) {
    // Each group keeps its pieces (one per part and layout) until the end; the index
    // files each group by its first piece.
    let mut groups: Vec<Vec<Kamervraag>> = Vec::new();
    let mut index = SlotIndex::default();
    let mut copies = 0;
    for doc in docs {
        let Some(slot) = index.find(&doc) else {
            index.insert(groups.len(), &doc);
            groups.push(vec![doc]);
            continue;
        };
        let Some(group) = groups.get_mut(slot) else {
            continue;
        };
        match group.iter().position(|piece| !are_pieces(piece, &doc)) {
            Some(at) => {
                copies += 1;
                if doc.completeness() > group[at].completeness() {
                    if at == 0 {
                        index.remove(slot, &group[0]);
                        index.insert(slot, &doc);
                    }
                    group[at] = doc;
                }
            }
            None => group.push(doc),
        }
    }
    (join_groups(groups), copies)
}

/// Joins each group's pieces into one document, in order.
fn join_groups(groups: Vec<Vec<Kamervraag>>) -> Vec<Kamervraag> {
    groups
        .into_iter()
        .filter_map(|group| group.into_iter().reduce(join))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DiagnosticKind, Format, Person};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("valid test date")
    }

    fn question(number: u32, text: &str, answer: Option<&str>) -> Question {
        Question {
            number,
            text: text.into(),
            answer: answer.map(str::to_string),
            ..Question::default()
        }
    }

    fn asked(source: &str) -> Kamervraag {
        Kamervraag {
            id: Some("2024Z01234".into()),
            source: Some(source.into()),
            sources: vec![source.into()],
            title: Some("Over de dijken".into()),
            submitted: Some(day(2024, 3, 1)),
            submitters: vec![Person {
                name: "Anna Aap".into(),
                party: Some("CU".into()),
                positions: Vec::new(),
            }],
            questions: vec![
                question(1, "Kent u het bericht?", None),
                question(2, "Wat gaat u doen?", None),
            ],
            complete: true,
            ..Kamervraag::default()
        }
    }

    fn answer(source: &str) -> Kamervraag {
        Kamervraag {
            source: Some(source.into()),
            sources: vec![source.into()],
            answered: Some(day(2024, 4, 5)),
            questions: vec![
                question(1, "", Some("Ja.")),
                question(2, "", Some("Zie antwoord vraag 1.")),
            ],
            ..asked(source)
        }
    }

    fn notice(source: &str, date: Date) -> Kamervraag {
        Kamervraag {
            source: Some(source.into()),
            sources: vec![source.into()],
            questions: Vec::new(),
            notices: vec![Notice {
                date: Some(date),
                text: "Uitstel.".into(),
            }],
            ..asked(source)
        }
    }

    fn conflicts(doc: &Kamervraag) -> Vec<&str> {
        doc.diagnostics
            .iter()
            .filter_map(|d| match &d.kind {
                DiagnosticKind::JoinConflict { field, .. } => Some(field.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn question_and_answer_join_in_either_order() {
        for (first, second) in [
            (asked("vraag.txt"), answer("antwoord.txt")),
            (answer("antwoord.txt"), asked("vraag.txt")),
        ] {
            assert!(are_pieces(&first, &second));
            let (docs, copies) = join_all(vec![first, second]);
            assert_eq!((docs.len(), copies), (1, 0));
            let doc = &docs[0];
            assert_eq!(doc.sources.len(), 2);
            assert_eq!(
                doc.source.as_deref(),
                doc.sources.first().map(String::as_str)
            );
            assert_eq!(doc.answered, Some(day(2024, 4, 5)));
            assert_eq!(doc.delay_days, Some(35));
            assert_eq!(doc.questions.len(), 2);
            assert_eq!(doc.questions[0].text, "Kent u het bericht?");
            assert_eq!(doc.questions[0].answer.as_deref(), Some("Ja."));
            assert!(conflicts(doc).is_empty(), "{:?}", doc.diagnostics);
        }
    }

    #[test]
    fn notice_joins_and_counts_only_within_the_term() {
        let in_time = join(answer("a.txt"), notice("m.txt", day(2024, 3, 15)));
        assert_eq!(in_time.notices.len(), 1);
        assert_eq!(crate::stats::term_days(&in_time), 42);
        assert!(in_time
            .diagnostics
            .iter()
            .all(|d| !matches!(d.kind, DiagnosticKind::NoticeAfterTerm { .. })));

        let mut undated_piece = notice("m.txt", day(2024, 3, 30));
        undated_piece.submitted = None;
        let late = join(answer("a.txt"), undated_piece);
        assert_eq!(crate::stats::term_days(&late), 21);
        let reported = late
            .diagnostics
            .iter()
            .filter(|d| matches!(d.kind, DiagnosticKind::NoticeAfterTerm { .. }))
            .collect::<Vec<_>>();
        assert_eq!(reported.len(), 1);
        assert_eq!(
            reported[0].kind,
            DiagnosticKind::NoticeAfterTerm { days: 29 }
        );

        // Question, notice and answer: three sources, one document.
        let (docs, _) = join_all(vec![
            notice("m.txt", day(2024, 3, 15)),
            asked("v.txt"),
            answer("a.txt"),
        ]);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].sources, ["m.txt", "v.txt", "a.txt"]);
        assert_eq!(docs[0].questions.len(), 2);
        assert!(docs[0].is_answered() && docs[0].has_notice());
    }

    #[test]
    fn conflicts_are_reported_never_overwritten() {
        let mut other = answer("antwoord.txt");
        other.submitted = Some(day(2024, 3, 2));
        other.questions.push(question(3, "", Some("Nee.")));
        let doc = join(asked("vraag.txt"), other);
        assert_eq!(doc.submitted, Some(day(2024, 3, 1)));
        assert_eq!(conflicts(&doc), ["submitted", "questions"]);
        assert_eq!(doc.questions.len(), 3);
        let conflict = doc
            .diagnostics
            .iter()
            .find(|d| matches!(d.kind, DiagnosticKind::JoinConflict { .. }))
            .expect("a conflict");
        assert!(conflict.message.contains("antwoord.txt"));
        assert!(conflict.message.contains("2024-03-02") || conflict.message.contains("2 maart"));
    }

    #[test]
    fn copies_of_one_part_and_layout_keep_the_most_complete() {
        let mut cut = answer("kort.txt");
        cut.complete = false;
        cut.questions.pop();
        let full = answer("lang.txt");
        assert!(!are_pieces(&cut, &full));
        let (docs, copies) = join_all(vec![cut, full]);
        assert_eq!((docs.len(), copies), (1, 1));
        assert_eq!(docs[0].source.as_deref(), Some("lang.txt"));
        assert_eq!(docs[0].sources, ["lang.txt"]);
    }

    #[test]
    fn different_layouts_of_one_part_join() {
        let page = answer("pagina.txt");
        let other = Kamervraag {
            format: Format::OpenkamerTable,
            ..answer("tabel.md")
        };
        assert!(are_pieces(&page, &other));
        let (docs, copies) = join_all(vec![page, other]);
        assert_eq!((docs.len(), copies), (1, 0));
        assert_eq!(docs[0].sources, ["pagina.txt", "tabel.md"]);
    }

    #[test]
    fn texts_without_vraagnummer_match_by_submitters_date_and_title() {
        let mut answer_without_id = answer("antwoord.txt");
        answer_without_id.id = None;
        answer_without_id.title = Some("over de  dijken.".into());
        assert!(same_kamervraag(&asked("v.txt"), &answer_without_id));
        let joined = join(asked("v.txt"), answer_without_id.clone());
        assert_eq!(joined.id.as_deref(), Some("2024Z01234"));

        let mut other_day = answer_without_id.clone();
        other_day.submitted = Some(day(2024, 3, 2));
        assert!(!same_kamervraag(&asked("v.txt"), &other_day));
        let mut no_title = answer_without_id;
        no_title.title = None;
        assert!(!same_kamervraag(&asked("v.txt"), &no_title));
    }

    #[test]
    fn diagnostics_of_the_other_text_follow_its_name() {
        let mut other = answer("antwoord.txt");
        other.diagnostics.push(diag::cut_off(Some(12)));
        let doc = join(asked("vraag.txt"), other);
        let at = doc
            .diagnostics
            .iter()
            .position(|d| {
                d.kind
                    == DiagnosticKind::SourceJoined {
                        source: "antwoord.txt".into(),
                    }
            })
            .expect("source_joined");
        assert_eq!(doc.diagnostics[at + 1].line, Some(12));
    }

    #[test]
    fn joined_json_reads_back_and_old_json_reads_without_sources() {
        let doc = join(asked("v.txt"), answer("a.txt"));
        let back: Kamervraag = serde_json::from_str(&doc.to_json()).expect("json");
        assert_eq!(back, doc);
        let mut value: serde_json::Value = serde_json::from_str(&asked("v.txt").to_json()).unwrap();
        let object = value.as_object_mut().unwrap();
        object.remove("sources");
        for q in object["questions"].as_array_mut().unwrap() {
            q.as_object_mut().unwrap().remove("see_answers");
        }
        let old: Kamervraag = serde_json::from_value(value).expect("old json");
        assert!(old.sources.is_empty());
        assert!(old.questions.iter().all(|q| q.see_answers.is_empty()));
    }

    /// [`join_all`] against a scan over every group (what it did before it filed
    /// groups in a [`SlotIndex`]).
    #[cfg(not(target_arch = "wasm32"))]
    mod filing {
        use super::*;

        /// The grouping as a scan over every group (what [`join_all`] did before it
        /// filed groups in a [`SlotIndex`]).
        fn join_all_by_scanning(docs: Vec<Kamervraag>) -> (Vec<Kamervraag>, usize) {
            let mut groups: Vec<Vec<Kamervraag>> = Vec::new();
            let mut copies = 0;
            for doc in docs {
                let Some(group) = groups
                    .iter_mut()
                    .find(|g| g.first().is_some_and(|first| same_kamervraag(first, &doc)))
                else {
                    groups.push(vec![doc]);
                    continue;
                };
                match group.iter_mut().find(|piece| !are_pieces(piece, &doc)) {
                    Some(copy) => {
                        copies += 1;
                        if doc.completeness() > copy.completeness() {
                            *copy = doc;
                        }
                    }
                    None => group.push(doc),
                }
            }
            (join_groups(groups), copies)
        }

        /// A text drawn from few ids, titles, dates and parts, so that many collide.
        fn drawn_text(pick: (u8, u8, u8, u8, u8)) -> Kamervraag {
            let (id, title, date, part, complete) = pick;
            let source = format!("t{id}{title}{date}{part}{complete}.txt");
            let mut doc = match part % 3 {
                0 => asked(&source),
                1 => answer(&source),
                _ => notice(&source, day(2024, 3, 10)),
            };
            doc.id = match id % 4 {
                0 => None,
                1 => Some(" ".into()),
                n => Some(format!("2024Z0000{n}")),
            };
            doc.title =
                Some(["Over de dijken", "over de  DIJKEN.", "Bruggen"][title as usize % 3].into());
            doc.submitted = Some(day(2024, 3, 1 + u32::from(date % 2)));
            doc.complete = complete % 2 == 0;
            doc
        }

        proptest::proptest! {
            #[test]
            fn filing_groups_finds_what_scanning_finds(
                picks in proptest::collection::vec((0u8..8, 0u8..3, 0u8..2, 0u8..3, 0u8..2), 0..40)
            ) {
                let docs: Vec<Kamervraag> = picks.into_iter().map(drawn_text).collect();
                proptest::prop_assert_eq!(join_all(docs.clone()), join_all_by_scanning(docs));
            }
        }
    }
}
