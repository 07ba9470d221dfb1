//! The reference date (peildatum) rule: what a collection looked like on a given day.
//! Documents submitted after the reference date are left out; an answer dated after it
//! counts as not yet given, and a postponement notice dated after it as not yet sent.
//! The CLI's `--today`, the JS API's `today` and the app's `peildatum` all apply
//! this one rule before computing statistics.

use crate::model::{Date, Kamervraag};
use std::borrow::Cow;

/// Whether `doc` was submitted after the `reference` date (and so did not exist yet).
/// A document without a submission date is never after it.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::submitted_after;
/// let doc = Kamervraag { submitted: Date::from_ymd(2024, 3, 2), ..Kamervraag::default() };
/// assert!(submitted_after(&doc, Date::from_ymd(2024, 3, 1).unwrap()));
/// assert!(!submitted_after(&doc, Date::from_ymd(2024, 3, 2).unwrap()));
/// assert!(!submitted_after(&Kamervraag::default(), Date::from_ymd(2000, 1, 1).unwrap()));
/// ```
pub fn submitted_after(doc: &Kamervraag, reference: Date) -> bool {
    doc.submitted.is_some_and(|submitted| submitted > reference)
}

/// `doc` as it stood on the `reference` date: `None` when it was submitted after
/// that date; else the document itself, or a copy without the answer date (and its
/// delays) when the answer came after the reference date, and without the notices
/// dated after it. Answer texts stay: only the dates decide the status.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{as_of, status, Status};
/// let doc = Kamervraag {
///     submitted: Date::from_ymd(2024, 1, 1),
///     answered: Date::from_ymd(2024, 3, 1),
///     delay_days: Some(60),
///     ..Kamervraag::default()
/// };
/// let before = Date::from_ymd(2024, 2, 1).unwrap();
/// let then = as_of(&doc, before).unwrap();
/// assert_eq!(then.answered, None);
/// assert_eq!(status(&then, before), Status::Overdue);
/// let after = Date::from_ymd(2024, 6, 1).unwrap();
/// assert_eq!(status(&as_of(&doc, after).unwrap(), after), Status::Late);
/// assert!(as_of(&doc, Date::from_ymd(2023, 12, 31).unwrap()).is_none());
/// ```
pub fn as_of(doc: &Kamervraag, reference: Date) -> Option<Cow<'_, Kamervraag>> {
    if submitted_after(doc, reference) {
        return None;
    }
    let answer_later = doc.answered.is_some_and(|answered| answered > reference);
    let notice_later = doc
        .notices
        .iter()
        .any(|notice| notice.date.is_some_and(|date| date > reference));
    if !answer_later && !notice_later {
        return Some(Cow::Borrowed(doc));
    }
    let mut then = doc.clone();
    if answer_later {
        then.answered = None;
        then.delay_days = None;
        then.stated_delay_days = None;
    }
    then.notices
        .retain(|notice| notice.date.is_none_or(|date| date <= reference));
    Some(Cow::Owned(then))
}

/// A collection as it stood on the `reference` date ([`as_of`] of every document, in
/// order), and how many documents were left out because they were submitted later.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::collection_as_of;
/// let on = |d| Kamervraag { submitted: Date::from_ymd(2024, 1, d), ..Kamervraag::default() };
/// let (kept, left_out) = collection_as_of(vec![on(1), on(20), on(5)], Date::from_ymd(2024, 1, 10).unwrap());
/// assert_eq!((kept.len(), left_out), (2, 1));
/// ```
pub fn collection_as_of(docs: Vec<Kamervraag>, reference: Date) -> (Vec<Kamervraag>, usize) {
    let total = docs.len();
    let kept: Vec<Kamervraag> = docs
        .into_iter()
        .filter_map(|doc| match as_of(&doc, reference)? {
            Cow::Borrowed(_) => Some(doc),
            Cow::Owned(then) => Some(then),
        })
        .collect();
    let left_out = total - kept.len();
    (kept, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Notice;
    use crate::stats::{status, DocumentFacts, Status};

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn doc(submitted: Date, answered: Option<Date>, notice: Option<Date>) -> Kamervraag {
        Kamervraag {
            submitted: Some(submitted),
            answered,
            delay_days: answered.map(|a| submitted.days_until(a)),
            notices: notice
                .map(|d| Notice {
                    date: Some(d),
                    text: "Uitstel".into(),
                })
                .into_iter()
                .collect(),
            ..Kamervraag::default()
        }
    }

    fn status_on(doc: &Kamervraag, reference: Date) -> Option<Status> {
        as_of(doc, reference).map(|then| status(&then, reference))
    }

    #[test]
    fn the_submission_day_itself_counts() {
        let d = doc(date(2024, 5, 1), None, None);
        assert_eq!(status_on(&d, date(2024, 5, 1)), Some(Status::Open));
        assert_eq!(status_on(&d, date(2024, 4, 30)), None);
    }

    #[test]
    fn an_answer_on_the_reference_date_counts_one_day_later_does_not() {
        let d = doc(date(2024, 1, 1), Some(date(2024, 1, 30)), None);
        assert_eq!(status_on(&d, date(2024, 1, 30)), Some(Status::Late));
        assert_eq!(status_on(&d, date(2024, 1, 29)), Some(Status::Overdue));
        assert_eq!(status_on(&d, date(2024, 1, 15)), Some(Status::Open));
        let facts = DocumentFacts::new(&as_of(&d, date(2024, 1, 29)).unwrap(), date(2024, 1, 29));
        assert_eq!(facts.days_overdue, Some(7));
        assert_eq!(facts.delay_days, None);
    }

    #[test]
    fn a_notice_sent_after_the_reference_date_does_not_extend_the_term_yet() {
        let d = doc(
            date(2024, 1, 1),
            Some(date(2024, 2, 5)),
            Some(date(2024, 1, 20)),
        );
        // Notice sent (day 19), answer later: open within 42 days.
        assert_eq!(status_on(&d, date(2024, 1, 28)), Some(Status::Open));
        assert_eq!(
            status_on(&d, date(2024, 2, 5)),
            Some(Status::OnTimeAfterPostponement)
        );
        // Before the notice: the 21-day term applies.
        assert_eq!(status_on(&d, date(2024, 1, 19)), Some(Status::Open));
        let then = as_of(&d, date(2024, 1, 19)).unwrap();
        assert!(then.notices.is_empty());
    }

    #[test]
    fn untouched_documents_are_borrowed_and_undated_ones_stay() {
        let d = doc(date(2024, 1, 1), Some(date(2024, 1, 10)), None);
        assert!(matches!(
            as_of(&d, date(2024, 6, 1)),
            Some(Cow::Borrowed(_))
        ));
        let undated = Kamervraag::default();
        assert!(as_of(&undated, date(1990, 1, 1)).is_some());
        let (kept, left_out) = collection_as_of(vec![d, undated], date(2023, 1, 1));
        assert_eq!((kept.len(), left_out), (1, 1));
    }
}
