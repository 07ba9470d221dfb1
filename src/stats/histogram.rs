//! The distribution of answer delays as a histogram with fixed-width bins, an
//! open-ended last bin, and the 21- and 42-day marks for drawing.

use super::facts::DocumentFacts;
use super::status::{ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS};
use serde::{Deserialize, Serialize};

/// The largest number of bins a histogram will have, whatever is asked.
pub const MAX_BINS: usize = 10_000;

/// How to cut delays into bins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistogramOptions {
    /// Width of each bin in days (at least 1); default 7.
    pub bin_width: i64,
    /// Number of bins including the open-ended last one (at least 1); default 13,
    /// so with weeks the last bin holds delays of 84 days and more.
    pub bins: usize,
}

impl Default for HistogramOptions {
    fn default() -> Self {
        HistogramOptions {
            bin_width: 7,
            bins: 13,
        }
    }
}

/// One bin: delays `from_days ≤ delay < to_days`, or `delay ≥ from_days` for the
/// open-ended last bin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistogramBin {
    /// The smallest delay in the bin.
    pub from_days: i64,
    /// One more than the largest delay in the bin; `None` for the last bin.
    pub to_days: Option<i64>,
    /// Answered documents whose delay falls in the bin.
    pub count: usize,
}

/// A histogram of the delays of answered documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Histogram {
    /// Width of each bin in days.
    pub bin_width: i64,
    /// The bins, from delay 0 upwards.
    pub bins: Vec<HistogramBin>,
    /// Days to mark on the axis: 21 (the term) and 42 (the term after a postponement).
    pub marks: Vec<i64>,
    /// Answered documents counted (all bins plus `below_zero`).
    pub total: usize,
    /// Delays below zero (an answer dated before the submission: a data error), not in any bin.
    pub below_zero: usize,
}

/// The histogram of the delays of the answered documents among `facts`.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{histogram, DocumentFacts, HistogramOptions};
/// let today = Date::from_ymd(2024, 6, 1).unwrap();
/// let start = Date::from_ymd(2024, 1, 1).unwrap();
/// let facts: Vec<DocumentFacts> = [0, 6, 7, 21, 100]
///     .iter()
///     .map(|&days| Kamervraag {
///         submitted: Some(start),
///         answered: Some(start.add_days(days)),
///         ..Kamervraag::default()
///     })
///     .map(|doc| DocumentFacts::new(&doc, today))
///     .collect();
/// let h = histogram(&facts, HistogramOptions { bin_width: 7, bins: 4 });
/// let counts: Vec<usize> = h.bins.iter().map(|b| b.count).collect();
/// assert_eq!(counts, [2, 1, 0, 2]); // 0-6, 7-13, 14-20, 21 and more
/// assert_eq!(h.bins[3].to_days, None);
/// assert_eq!(h.marks, [21, 42]);
/// ```
pub fn histogram<'a, I>(facts: I, options: HistogramOptions) -> Histogram
where
    I: IntoIterator<Item = &'a DocumentFacts>,
{
    let width = options.bin_width.max(1);
    let bin_count = options.bins.clamp(1, MAX_BINS);
    let last = bin_count - 1;
    let mut bins: Vec<HistogramBin> = (0..bin_count)
        .map(|i| {
            let from = (i as i64).saturating_mul(width);
            HistogramBin {
                from_days: from,
                to_days: (i < last).then(|| from.saturating_add(width)),
                count: 0,
            }
        })
        .collect();
    let mut total = 0;
    let mut below_zero = 0;
    for delay in facts
        .into_iter()
        .filter(|f| f.status.is_answered())
        .filter_map(|f| f.delay_days)
    {
        total += 1;
        if delay < 0 {
            below_zero += 1;
            continue;
        }
        let index = usize::try_from(delay / width).map_or(last, |i| i.min(last));
        if let Some(bin) = bins.get_mut(index) {
            bin.count += 1;
        }
    }
    Histogram {
        bin_width: width,
        bins,
        marks: vec![ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS],
        total,
        below_zero,
    }
}
