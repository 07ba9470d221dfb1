//! Timelines: the dated events of one document (submission, notices, deadlines,
//! answer or today), and one row per document of a collection for the app's
//! timeline view.

use super::facts::DocumentFacts;
use super::status::{postponed, Status, ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS};
use crate::model::{Date, Kamervraag};
use serde::{Deserialize, Serialize};

/// What happened on a timeline date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EventKind {
    /// `submitted`: the questions were submitted.
    #[serde(rename = "submitted")]
    Submitted,
    /// `notice`: a postponement notice.
    #[serde(rename = "notice")]
    Notice,
    /// `answered`: the answer.
    #[serde(rename = "answered")]
    Answered,
    /// `today`: the reference date, for an unanswered document.
    #[serde(rename = "today")]
    Today,
    /// `deadline_21`: the end of the 21-day term.
    #[serde(rename = "deadline_21")]
    Deadline21,
    /// `deadline_42`: the end of the 42-day term (only with a notice sent within the
    /// 21-day term, see `status::postponed`).
    #[serde(rename = "deadline_42")]
    Deadline42,
}

/// One dated event of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// What happened.
    pub kind: EventKind,
    /// When.
    pub date: Date,
    /// Calendar days since submission; `None` without a submission date.
    pub days_since_submission: Option<i64>,
}

/// The events of `doc`, ordered by date: `submitted`, each dated notice,
/// `deadline_21`, `deadline_42` (only with a notice), and `answered`, or `today`
/// (the `reference` date) for an unanswered document. On one day, events come in the
/// order submitted, notice, answered, today, deadlines (a deadline ends the day).
/// Without a submission date there are no deadlines and no day counts; notices
/// without a date are left out.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Notice};
/// use kamervraag::stats::{document_timeline, EventKind};
/// let doc = Kamervraag {
///     submitted: Date::from_ymd(2024, 1, 1),
///     answered: Date::from_ymd(2024, 2, 5),
///     notices: vec![Notice { date: Date::from_ymd(2024, 1, 19), text: "Uitstel".into() }],
///     ..Kamervraag::default()
/// };
/// let events = document_timeline(&doc, Date::from_ymd(2024, 6, 1).unwrap());
/// let kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
/// use EventKind::*;
/// assert_eq!(kinds, [Submitted, Notice, Deadline21, Answered, Deadline42]);
/// let days: Vec<Option<i64>> = events.iter().map(|e| e.days_since_submission).collect();
/// assert_eq!(days, [Some(0), Some(18), Some(21), Some(35), Some(42)]);
/// ```
pub fn document_timeline(doc: &Kamervraag, reference: Date) -> Vec<TimelineEvent> {
    let submitted = doc.submitted;
    let event = |kind, date: Date| TimelineEvent {
        kind,
        date,
        days_since_submission: submitted.map(|s| s.days_until(date)),
    };
    let mut events = Vec::with_capacity(doc.notices.len() + 4);
    if let Some(submitted) = submitted {
        events.push(event(EventKind::Submitted, submitted));
        events.push(event(
            EventKind::Deadline21,
            submitted.add_days(ANSWER_TERM_DAYS),
        ));
        if postponed(doc) {
            events.push(event(
                EventKind::Deadline42,
                submitted.add_days(POSTPONED_TERM_DAYS),
            ));
        }
    }
    events.extend(
        doc.notices
            .iter()
            .filter_map(|n| n.date)
            .map(|date| event(EventKind::Notice, date)),
    );
    match doc.answered {
        Some(answered) => events.push(event(EventKind::Answered, answered)),
        None => events.push(event(EventKind::Today, reference)),
    }
    events.sort_by_key(|e| (e.date, e.kind));
    events
}

/// One document in the collection timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineRow {
    /// Position of the document in the input.
    pub index: usize,
    /// The vraagnummer, when known.
    pub id: Option<String>,
    /// Date of submission; `None` for documents without one (sorted last).
    pub start: Option<Date>,
    /// Date of the answer, or the reference date when unanswered.
    pub end: Date,
    /// Whether `end` is the reference date (the document is unanswered).
    pub end_is_reference: bool,
    /// The last day of the term, when submitted is known.
    pub deadline: Option<Date>,
    /// The deadline status.
    pub status: Status,
}

/// One row per document of precomputed facts, sorted by start (documents without
/// one last), then end, then input position.
pub fn collection_timeline_from_facts<'a, I>(facts: I) -> Vec<TimelineRow>
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    let mut rows: Vec<TimelineRow> = facts
        .into_iter()
        .enumerate()
        .map(|(index, f)| TimelineRow {
            index,
            id: f.id.clone(),
            start: f.submitted,
            end: f.answered.unwrap_or(f.reference),
            end_is_reference: f.answered.is_none(),
            deadline: f.deadline,
            status: f.status,
        })
        .collect();
    rows.sort_by_key(|r| (r.start.is_none(), r.start, r.end, r.index));
    rows
}

/// One row per document on the `reference` date, sorted by start (documents without
/// one last), then end, then input position.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{collection_timeline, Status};
/// let docs = [
///     Kamervraag { submitted: Date::from_ymd(2024, 3, 1), ..Kamervraag::default() },
///     Kamervraag::default(),
///     Kamervraag {
///         submitted: Date::from_ymd(2024, 1, 1),
///         answered: Date::from_ymd(2024, 1, 5),
///         ..Kamervraag::default()
///     },
/// ];
/// let rows = collection_timeline(&docs, Date::from_ymd(2024, 3, 10).unwrap());
/// let order: Vec<usize> = rows.iter().map(|r| r.index).collect();
/// assert_eq!(order, [2, 0, 1]);
/// assert_eq!(rows[1].status, Status::Open);
/// assert!(rows[1].end_is_reference);
/// ```
pub fn collection_timeline(docs: &[Kamervraag], reference: Date) -> Vec<TimelineRow> {
    collection_timeline_from_facts(&DocumentFacts::for_all(docs, reference))
}
