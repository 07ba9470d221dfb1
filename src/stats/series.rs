//! Time series per week or per month: documents submitted, documents answered, and
//! the median delay of the answers given in each period.

use super::facts::DocumentFacts;
use super::summary::median_sorted;
use crate::model::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most periods a series fills in between its first and last period; beyond
/// that (only with absurd dates) only periods with data are listed.
pub const MAX_FILLED_PERIODS: usize = 100_000;

/// One period of a series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// The first day of the period (a Monday, or the 1st of the month).
    pub period_start: Date,
    /// Documents submitted in the period.
    pub submitted: usize,
    /// Documents answered in the period.
    pub answered: usize,
    /// Median delay (days) of the answers given in the period, over those with a
    /// submission date; `None` when there are none.
    pub median_delay: Option<f64>,
}

#[derive(Default)]
struct Period {
    submitted: usize,
    answered: usize,
    delays: Vec<i64>,
}

/// The next period start after `start`, for weeks or months.
fn next_period(start: Date, monthly: bool) -> Option<Date> {
    if monthly {
        let (year, month) = if start.month() >= 12 {
            (start.year() + 1, 1)
        } else {
            (start.year(), start.month() + 1)
        };
        Date::from_ymd(year, month, 1)
    } else {
        let next = start.add_days(7);
        (next > start).then_some(next)
    }
}

fn series<'a, I>(facts: I, monthly: bool) -> Vec<SeriesPoint>
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    let period_of = |date: Date| {
        if monthly {
            date.month_start()
        } else {
            date.week_start()
        }
    };
    let mut periods: BTreeMap<Date, Period> = BTreeMap::new();
    for document in facts {
        if let Some(submitted) = document.submitted {
            periods.entry(period_of(submitted)).or_default().submitted += 1;
        }
        if let Some(answered) = document.answered {
            let period = periods.entry(period_of(answered)).or_default();
            period.answered += 1;
            if let Some(delay) = document
                .delay_days
                .filter(|_| document.status.is_answered())
            {
                period.delays.push(delay);
            }
        }
    }
    let (Some(&first), Some(&last)) = (periods.keys().next(), periods.keys().next_back()) else {
        return Vec::new();
    };
    let span = if monthly {
        (last.year() as i64 - first.year() as i64) * 12 + last.month() as i64 - first.month() as i64
    } else {
        first.days_until(last) / 7
    };
    if span < MAX_FILLED_PERIODS as i64 {
        let mut start = first;
        while let Some(next) = next_period(start, monthly).filter(|&n| n <= last) {
            periods.entry(next).or_default();
            start = next;
        }
    }
    periods
        .into_iter()
        .map(|(period_start, mut period)| {
            period.delays.sort_unstable();
            SeriesPoint {
                period_start,
                submitted: period.submitted,
                answered: period.answered,
                median_delay: median_sorted(&period.delays),
            }
        })
        .collect()
}

/// One point per ISO week (starting Monday) from the first to the last week with a
/// submission or an answer, gaps included as zeros.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{weekly_series, DocumentFacts};
/// let doc = Kamervraag {
///     submitted: Date::from_ymd(2024, 1, 3),  // a Wednesday
///     answered: Date::from_ymd(2024, 1, 17),
///     ..Kamervraag::default()
/// };
/// let facts = [DocumentFacts::new(&doc, Date::from_ymd(2024, 6, 1).unwrap())];
/// let weeks = weekly_series(&facts);
/// assert_eq!(weeks.len(), 3);
/// assert_eq!(weeks[0].period_start.to_string(), "2024-01-01");
/// assert_eq!((weeks[0].submitted, weeks[1].submitted, weeks[2].answered), (1, 0, 1));
/// assert_eq!(weeks[2].median_delay, Some(14.0));
/// ```
pub fn weekly_series<'a, I>(facts: I) -> Vec<SeriesPoint>
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    series(facts, false)
}

/// One point per calendar month from the first to the last month with a submission
/// or an answer, gaps included as zeros.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{monthly_series, DocumentFacts};
/// let doc = Kamervraag {
///     submitted: Date::from_ymd(2023, 12, 20),
///     answered: Date::from_ymd(2024, 2, 2),
///     ..Kamervraag::default()
/// };
/// let facts = [DocumentFacts::new(&doc, Date::from_ymd(2024, 6, 1).unwrap())];
/// let months: Vec<String> = monthly_series(&facts)
///     .iter()
///     .map(|p| p.period_start.to_string())
///     .collect();
/// assert_eq!(months, ["2023-12-01", "2024-01-01", "2024-02-01"]);
/// ```
pub fn monthly_series<'a, I>(facts: I) -> Vec<SeriesPoint>
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    series(facts, true)
}
