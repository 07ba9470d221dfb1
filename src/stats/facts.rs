//! Per-document facts computed once for a reference date — status, delay, term,
//! and the group keys of every grouping — so that statistics over any subset and
//! any grouping are cheap to recompute (the web app keeps a `Vec<DocumentFacts>`).

use super::cabinet::cabinet_on;
use super::ministry::{distinct_ministries, ministries, ministry_for_position, Ministry};
use super::status::{answer_delay_days, status, term_days, Status};
use crate::model::{Date, Kamervraag, Position};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

/// The group key of documents that lack the grouped field (no answerers, no party,
/// no topics, no submission date, no cabinet).
pub const UNKNOWN_KEY: &str = "onbekend";

/// What to group documents by. The serialized names are also the CLI names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// `ministry`: the ministries of the answerers ([`ministries`]).
    Ministry,
    /// `answerer`: the names of the answerers.
    Answerer,
    /// `party`: the parties of the submitters.
    Party,
    /// `submitter`: the names of the submitters.
    Submitter,
    /// `topic`: the topics.
    Topic,
    /// `year`: the year of submission, e.g. `2023`.
    Year,
    /// `month`: the month of submission, e.g. `2023-07`.
    Month,
    /// `cabinet`: the cabinet in office on the submission date.
    Cabinet,
}

impl GroupBy {
    /// Every grouping, in CLI order.
    pub const ALL: [GroupBy; 8] = [
        GroupBy::Ministry,
        GroupBy::Answerer,
        GroupBy::Party,
        GroupBy::Submitter,
        GroupBy::Topic,
        GroupBy::Year,
        GroupBy::Month,
        GroupBy::Cabinet,
    ];

    /// The CLI and serialized name, e.g. `party`.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Ministry => "ministry",
            GroupBy::Answerer => "answerer",
            GroupBy::Party => "party",
            GroupBy::Submitter => "submitter",
            GroupBy::Topic => "topic",
            GroupBy::Year => "year",
            GroupBy::Month => "month",
            GroupBy::Cabinet => "cabinet",
        }
    }
}

impl fmt::Display for GroupBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for GroupBy {
    type Err = String;

    /// Reads a CLI name, ignoring case.
    ///
    /// ```
    /// use kamervraag::stats::GroupBy;
    /// assert_eq!("Ministry".parse::<GroupBy>(), Ok(GroupBy::Ministry));
    /// assert!("colour".parse::<GroupBy>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<GroupBy, String> {
        let wanted = s.trim().to_ascii_lowercase();
        GroupBy::ALL
            .into_iter()
            .find(|g| g.as_str() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = GroupBy::ALL.iter().map(|g| g.as_str()).collect();
                format!(
                    "unknown grouping {s:?}; expected one of {}",
                    names.join(", ")
                )
            })
    }
}

/// The keys of one document for every grouping; each list holds distinct values and
/// is never empty ([`UNKNOWN_KEY`] stands in for a missing value).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GroupKeys {
    /// Ministry labels, e.g. `Buitenlandse Zaken (BZ)`.
    pub ministry: Vec<String>,
    /// Answerer names.
    pub answerer: Vec<String>,
    /// Submitter parties.
    pub party: Vec<String>,
    /// Submitter names.
    pub submitter: Vec<String>,
    /// Topics.
    pub topic: Vec<String>,
    /// Year of submission, `YYYY`.
    pub year: String,
    /// Month of submission, `YYYY-MM`.
    pub month: String,
    /// Cabinet in office on the submission date.
    pub cabinet: String,
}

impl GroupKeys {
    /// The keys of `doc` for every grouping.
    pub fn new(doc: &Kamervraag, ministries: &[Ministry]) -> GroupKeys {
        let submitted = doc.submitted;
        GroupKeys {
            ministry: distinct_or_unknown(ministries.iter().map(|m| m.label())),
            answerer: distinct_or_unknown(doc.answerers.iter().map(|p| p.name.trim().to_string())),
            party: distinct_or_unknown(
                doc.submitters
                    .iter()
                    .filter_map(|p| p.party.as_deref())
                    .map(|party| party.trim().to_string()),
            ),
            submitter: distinct_or_unknown(
                doc.submitters.iter().map(|p| p.name.trim().to_string()),
            ),
            topic: distinct_or_unknown(doc.topics.iter().map(|t| t.trim().to_string())),
            year: submitted.map_or_else(|| UNKNOWN_KEY.to_string(), |d| format!("{:04}", d.year())),
            month: submitted.map_or_else(
                || UNKNOWN_KEY.to_string(),
                |d| format!("{:04}-{:02}", d.year(), d.month()),
            ),
            cabinet: submitted
                .and_then(cabinet_on)
                .map_or(UNKNOWN_KEY, |c| c.name)
                .to_string(),
        }
    }

    /// The keys for one grouping.
    pub fn get(&self, by: GroupBy) -> &[String] {
        match by {
            GroupBy::Ministry => &self.ministry,
            GroupBy::Answerer => &self.answerer,
            GroupBy::Party => &self.party,
            GroupBy::Submitter => &self.submitter,
            GroupBy::Topic => &self.topic,
            GroupBy::Year => std::slice::from_ref(&self.year),
            GroupBy::Month => std::slice::from_ref(&self.month),
            GroupBy::Cabinet => std::slice::from_ref(&self.cabinet),
        }
    }
}

/// Distinct non-empty values in order of first appearance, or `[onbekend]`.
fn distinct_or_unknown(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut out: Vec<String> = Vec::new();
    for value in values {
        if !value.is_empty() && seen.insert(value.clone()) {
            out.push(value);
        }
    }
    if out.is_empty() {
        out.push(UNKNOWN_KEY.to_string());
    }
    out
}

/// Everything the statistics need to know about one document on a reference date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentFacts {
    /// The vraagnummer, when known.
    pub id: Option<String>,
    /// The date the facts were computed for ("today").
    pub reference: Date,
    /// The deadline status on `reference`.
    pub status: Status,
    /// Date of submission.
    pub submitted: Option<Date>,
    /// Date of the answer.
    pub answered: Option<Date>,
    /// Whether the document has a postponement notice.
    pub has_notice: bool,
    /// The answer term in days: 21, or 42 with a notice.
    pub term_days: i64,
    /// The last day of the term (`submitted + term_days`), when submitted is known.
    pub deadline: Option<Date>,
    /// Days from submission to answer, for answered documents with a submission date.
    pub delay_days: Option<i64>,
    /// Days from submission to `reference`, for unanswered documents with a submission date.
    pub age_days: Option<i64>,
    /// Days past the term on `reference`, for `overdue` documents.
    pub days_overdue: Option<i64>,
    /// Days the answer came after the term, for `late` documents.
    pub days_late: Option<i64>,
    /// The ministries of the answerers (`[onbekend]` when none).
    pub ministries: Vec<Ministry>,
    /// The group keys for every grouping.
    pub keys: GroupKeys,
}

impl DocumentFacts {
    /// Computes the facts of `doc` on the `reference` date.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::stats::{DocumentFacts, GroupBy, Status};
    /// let doc = Kamervraag {
    ///     submitted: Date::from_ymd(2023, 7, 13),
    ///     answered: Date::from_ymd(2023, 9, 15),
    ///     ..Kamervraag::default()
    /// };
    /// let facts = DocumentFacts::new(&doc, Date::from_ymd(2024, 1, 1).unwrap());
    /// assert_eq!(facts.status, Status::Late);
    /// assert_eq!(facts.delay_days, Some(64));
    /// assert_eq!(facts.days_late, Some(43));
    /// assert_eq!(facts.keys(GroupBy::Cabinet), ["Rutte IV"]);
    /// assert_eq!(facts.keys(GroupBy::Ministry), ["onbekend"]);
    /// ```
    pub fn new(doc: &Kamervraag, reference: Date) -> DocumentFacts {
        DocumentFacts::with_ministries(doc, reference, ministries(doc))
    }

    /// The facts of `doc` whose ministries were found already.
    fn with_ministries(
        doc: &Kamervraag,
        reference: Date,
        ministries: Vec<Ministry>,
    ) -> DocumentFacts {
        let status = status(doc, reference);
        let term = term_days(doc);
        let delay_days = if status.is_answered() {
            answer_delay_days(doc)
        } else {
            None
        };
        let age_days = match (doc.submitted, doc.answered) {
            (Some(submitted), None) => Some(submitted.days_until(reference)),
            _ => None,
        };
        let keys = GroupKeys::new(doc, &ministries);
        DocumentFacts {
            id: doc.id.clone(),
            reference,
            status,
            submitted: doc.submitted,
            answered: doc.answered,
            has_notice: doc.has_notice(),
            term_days: term,
            deadline: doc.submitted.map(|d| d.add_days(term)),
            delay_days,
            age_days,
            days_overdue: age_days
                .filter(|_| status == Status::Overdue)
                .map(|age| age - term),
            days_late: delay_days
                .filter(|_| status == Status::Late)
                .map(|delay| delay - term),
            ministries,
            keys,
        }
    }

    /// Facts of every document, in order.
    /// (Each distinct post is looked up in the ministry table once.)
    pub fn for_all(docs: &[Kamervraag], reference: Date) -> Vec<DocumentFacts> {
        let mut ministry_of_post: HashMap<&Position, Option<Ministry>> = HashMap::new();
        docs.iter()
            .map(|doc| {
                let found = distinct_ministries(
                    doc.answerers
                        .iter()
                        .flat_map(|p| &p.positions)
                        .filter_map(|position| {
                            ministry_of_post
                                .entry(position)
                                .or_insert_with(|| ministry_for_position(position))
                                .clone()
                        }),
                );
                DocumentFacts::with_ministries(doc, reference, found)
            })
            .collect()
    }

    /// The document's keys for one grouping (never empty).
    pub fn keys(&self, by: GroupBy) -> &[String] {
        self.keys.get(by)
    }

    /// The facts with only what [`aggregate_facts`](super::aggregate_facts) grouped
    /// `by` reads: the keys of other groupings, the ministries and the id are
    /// dropped, so a long stream of documents keeps little per document.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::stats::{DocumentFacts, GroupBy};
    /// let doc = Kamervraag { topics: vec!["recht".into()], ..Kamervraag::default() };
    /// let facts = DocumentFacts::new(&doc, Date::from_ymd(2024, 1, 1).unwrap());
    /// let slim = facts.clone().for_aggregation(Some(GroupBy::Topic));
    /// assert_eq!(slim.keys(GroupBy::Topic), facts.keys(GroupBy::Topic));
    /// assert!(slim.keys(GroupBy::Party).is_empty());
    /// ```
    pub fn for_aggregation(mut self, by: Option<GroupBy>) -> DocumentFacts {
        let all = std::mem::take(&mut self.keys);
        let mut keys = GroupKeys::default();
        match by {
            Some(GroupBy::Ministry) => keys.ministry = all.ministry,
            Some(GroupBy::Answerer) => keys.answerer = all.answerer,
            Some(GroupBy::Party) => keys.party = all.party,
            Some(GroupBy::Submitter) => keys.submitter = all.submitter,
            Some(GroupBy::Topic) => keys.topic = all.topic,
            Some(GroupBy::Year) => keys.year = all.year,
            Some(GroupBy::Month) => keys.month = all.month,
            Some(GroupBy::Cabinet) => keys.cabinet = all.cabinet,
            None => {}
        }
        DocumentFacts {
            id: None,
            ministries: Vec::new(),
            keys,
            ..self
        }
    }
}
