//! The deadline status of one document on a reference date: answered on time, on
//! time after a postponement, late, still open, or overdue; `unknown` without a
//! submission date. The answer term is 21 days, 42 with a postponement notice sent
//! within the 21 days (a notice without a date counts as sent in time).

use crate::model::{Date, Kamervraag};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Days the government has to answer: three weeks from submission.
pub const ANSWER_TERM_DAYS: i64 = 21;

/// Days the government has after sending a postponement notice: six weeks in all.
pub const POSTPONED_TERM_DAYS: i64 = 42;

/// Where a document stands against its answer term.
///
/// Serialized with the snake_case names below. Labels for people (Dutch, English)
/// belong to the user interface, not to the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// `on_time`: answered within 21 days.
    OnTime,
    /// `on_time_after_postponement`: answered after 22 to 42 days, with a notice.
    OnTimeAfterPostponement,
    /// `late`: answered after its term (21 days, or 42 with a notice).
    Late,
    /// `open`: not answered, its term has not passed on the reference date.
    Open,
    /// `overdue`: not answered, its term passed before the reference date.
    Overdue,
    /// `unknown`: no submission date, so no term.
    Unknown,
}

impl Status {
    /// Every status, in the order used by tables.
    pub const ALL: [Status; 6] = [
        Status::OnTime,
        Status::OnTimeAfterPostponement,
        Status::Late,
        Status::Open,
        Status::Overdue,
        Status::Unknown,
    ];

    /// The serialized name, e.g. `on_time_after_postponement`.
    ///
    /// ```
    /// use kamervraag::stats::Status;
    /// assert_eq!(Status::OnTimeAfterPostponement.as_str(), "on_time_after_postponement");
    /// assert_eq!("overdue".parse::<Status>(), Ok(Status::Overdue));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Status::OnTime => "on_time",
            Status::OnTimeAfterPostponement => "on_time_after_postponement",
            Status::Late => "late",
            Status::Open => "open",
            Status::Overdue => "overdue",
            Status::Unknown => "unknown",
        }
    }

    /// Whether the status is one of the three answered outcomes.
    pub fn is_answered(self) -> bool {
        matches!(
            self,
            Status::OnTime | Status::OnTimeAfterPostponement | Status::Late
        )
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;

    /// Reads a serialized status name.
    fn from_str(s: &str) -> Result<Status, String> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == s.trim())
            .ok_or_else(|| format!("unknown status {s:?}"))
    }
}

/// Whether a postponement notice dated `notice` extends the term of a document
/// submitted on `submitted`: a notice without a date, or of a document without a
/// submission date, counts as sent in time; a dated one must be sent within the
/// 21-day term.
///
/// ```
/// use kamervraag::model::Date;
/// use kamervraag::stats::notice_in_time;
/// let submitted = Date::from_ymd(2024, 1, 1);
/// assert!(notice_in_time(submitted, Date::from_ymd(2024, 1, 22))); // day 21
/// assert!(!notice_in_time(submitted, Date::from_ymd(2024, 1, 23))); // day 22
/// assert!(notice_in_time(submitted, None));
/// ```
pub fn notice_in_time(submitted: Option<Date>, notice: Option<Date>) -> bool {
    match (submitted, notice) {
        (Some(submitted), Some(notice)) => submitted.days_until(notice) <= ANSWER_TERM_DAYS,
        _ => true,
    }
}

/// Whether the document has a postponement notice that extends its term to 42
/// days (see [`notice_in_time`]).
pub fn postponed(doc: &Kamervraag) -> bool {
    doc.notices
        .iter()
        .any(|notice| notice_in_time(doc.submitted, notice.date))
}

/// The answer term of a document in days: 42 when it has a postponement notice
/// sent within the 21-day term (or one without a date), else 21.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag, Notice};
/// use kamervraag::stats::term_days;
/// let mut doc = Kamervraag { submitted: Date::from_ymd(2024, 1, 1), ..Kamervraag::default() };
/// assert_eq!(term_days(&doc), 21);
/// doc.notices.push(Notice { date: Date::from_ymd(2024, 1, 25), text: "Uitstel".into() });
/// assert_eq!(term_days(&doc), 21); // sent on day 24: too late to postpone
/// doc.notices.push(Notice { date: None, text: "Uitstel".into() });
/// assert_eq!(term_days(&doc), 42);
/// ```
pub fn term_days(doc: &Kamervraag) -> i64 {
    if postponed(doc) {
        POSTPONED_TERM_DAYS
    } else {
        ANSWER_TERM_DAYS
    }
}

/// Days from submission to answer of an answered document with a submission date:
/// the recomputed `delay_days` when present, else computed from the two dates.
/// `None` when unanswered or without a submission date.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::answer_delay_days;
/// let doc = Kamervraag {
///     submitted: Date::from_ymd(2024, 2, 8),
///     answered: Date::from_ymd(2024, 3, 1),
///     ..Kamervraag::default()
/// };
/// assert_eq!(answer_delay_days(&doc), Some(22));
/// ```
pub fn answer_delay_days(doc: &Kamervraag) -> Option<i64> {
    let submitted = doc.submitted?;
    let answered = doc.answered?;
    Some(
        doc.delay_days
            .unwrap_or_else(|| submitted.days_until(answered)),
    )
}

/// The deadline status of `doc` on the `reference` date.
///
/// With `delay = answered - submitted`, `age = reference - submitted` and the term
/// of [`term_days`]: answered documents are `on_time` (delay ≤ 21),
/// `on_time_after_postponement` (a notice sent within the 21 days and
/// 21 < delay ≤ 42) or `late` (also when the only notice came after day 21);
/// unanswered ones are `open` (age ≤ term) or `overdue`; without a submission date
/// the status is `unknown`.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{status, Status};
/// let today = Date::from_ymd(2024, 3, 1).unwrap();
/// let open = Kamervraag { submitted: Date::from_ymd(2024, 2, 9), ..Kamervraag::default() };
/// assert_eq!(status(&open, today), Status::Open); // age 21
/// let overdue = Kamervraag { submitted: Date::from_ymd(2024, 2, 8), ..Kamervraag::default() };
/// assert_eq!(status(&overdue, today), Status::Overdue); // age 22
/// assert_eq!(status(&Kamervraag::default(), today), Status::Unknown);
/// ```
pub fn status(doc: &Kamervraag, reference: Date) -> Status {
    let Some(submitted) = doc.submitted else {
        return Status::Unknown;
    };
    let term = term_days(doc);
    match answer_delay_days(doc) {
        Some(delay) if delay <= ANSWER_TERM_DAYS => Status::OnTime,
        Some(delay) if delay <= term => Status::OnTimeAfterPostponement,
        Some(_) => Status::Late,
        None if doc.answered.is_some() => Status::Unknown,
        None if submitted.days_until(reference) <= term => Status::Open,
        None => Status::Overdue,
    }
}

/// Days past the term of an unanswered document on the `reference` date; `None`
/// unless its status is `overdue`.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::days_overdue;
/// let doc = Kamervraag { submitted: Date::from_ymd(2024, 1, 1), ..Kamervraag::default() };
/// assert_eq!(days_overdue(&doc, Date::from_ymd(2024, 1, 25).unwrap()), Some(3));
/// assert_eq!(days_overdue(&doc, Date::from_ymd(2024, 1, 22).unwrap()), None);
/// ```
pub fn days_overdue(doc: &Kamervraag, reference: Date) -> Option<i64> {
    if status(doc, reference) != Status::Overdue {
        return None;
    }
    let submitted = doc.submitted?;
    Some(submitted.days_until(reference) - term_days(doc))
}
