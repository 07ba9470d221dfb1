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

/// A period as a number: weeks since Monday 1970-01-05, or months since year 0.
fn period_number(date: Date, monthly: bool) -> i64 {
    if monthly {
        date.year() as i64 * 12 + date.month() as i64 - 1
    } else {
        (date.days_since_epoch() - 4).div_euclid(7)
    }
}

/// The first day of period `number`.
fn period_start(number: i64, monthly: bool) -> Option<Date> {
    if monthly {
        let year = i32::try_from(number.div_euclid(12)).ok()?;
        Date::from_ymd(year, number.rem_euclid(12) as u32 + 1, 1)
    } else {
        Date::from_days_since_epoch(number.checked_mul(7)?.checked_add(4)?)
    }
}

fn series<'a, I>(facts: I, monthly: bool) -> Vec<SeriesPoint>
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    // (submission period, answer period, delay) of every document.
    let events: Vec<(Option<i64>, Option<i64>, Option<i64>)> = facts
        .into_iter()
        .map(|f| {
            (
                f.submitted.map(|d| period_number(d, monthly)),
                f.answered.map(|d| period_number(d, monthly)),
                f.delay_days.filter(|_| f.status.is_answered()),
            )
        })
        .collect();
    let numbers = events.iter().flat_map(|&(s, a, _)| s.into_iter().chain(a));
    let (Some(first), Some(last)) = (numbers.clone().min(), numbers.max()) else {
        return Vec::new();
    };
    let span = usize::try_from(last - first).unwrap_or(usize::MAX);
    if span < MAX_FILLED_PERIODS {
        // Dense: every period from the first to the last, gaps as zeros.
        let mut periods: Vec<Period> = (0..=span).map(|_| Period::default()).collect();
        let slot = |n: i64| usize::try_from(n - first).ok();
        for &(submitted, answered, delay) in &events {
            if let Some(period) = submitted.and_then(slot).and_then(|i| periods.get_mut(i)) {
                period.submitted += 1;
            }
            if let Some(period) = answered.and_then(slot).and_then(|i| periods.get_mut(i)) {
                period.answered += 1;
                period.delays.extend(delay);
            }
        }
        return periods
            .into_iter()
            .enumerate()
            .filter_map(|(i, period)| Some((period_start(first + i as i64, monthly)?, period)))
            .map(point)
            .collect();
    }
    // Sparse (only with absurd dates): the periods with data.
    let mut periods: BTreeMap<i64, Period> = BTreeMap::new();
    for &(submitted, answered, delay) in &events {
        if let Some(n) = submitted {
            periods.entry(n).or_default().submitted += 1;
        }
        if let Some(n) = answered {
            let period = periods.entry(n).or_default();
            period.answered += 1;
            period.delays.extend(delay);
        }
    }
    periods
        .into_iter()
        .filter_map(|(n, period)| Some((period_start(n, monthly)?, period)))
        .map(point)
        .collect()
}

/// The series point of one period.
fn point((period_start, mut period): (Date, Period)) -> SeriesPoint {
    period.delays.sort_unstable();
    SeriesPoint {
        period_start,
        submitted: period.submitted,
        answered: period.answered,
        median_delay: median_sorted(&period.delays),
    }
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
