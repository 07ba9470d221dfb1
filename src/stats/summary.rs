//! Summary statistics of delays: percentiles by linear interpolation (type 7), median
//! and mean. Small, allocation-free helpers over sorted slices.

/// The `p`-quantile (0 ≤ `p` ≤ 1) of `sorted` (ascending) by linear interpolation
/// between order statistics: the R "type 7" rule, the same as the spreadsheet function
/// `PERCENTILE.INC`. With `n` values, `h = (n - 1) · p`; the result is
/// `x[⌊h⌋] + (h - ⌊h⌋) · (x[⌊h⌋ + 1] - x[⌊h⌋])`.
///
/// Returns `None` for an empty slice or a `p` that is not a number; `p` outside
/// `[0, 1]` is clamped.
///
/// ```
/// use kamervraag::stats::percentile_sorted;
/// let delays = [1, 2, 3, 4];
/// assert_eq!(percentile_sorted(&delays, 0.5), Some(2.5));
/// assert_eq!(percentile_sorted(&delays, 0.75), Some(3.25));
/// assert!((percentile_sorted(&delays, 0.9).unwrap() - 3.7).abs() < 1e-9);
/// assert_eq!(percentile_sorted(&delays, 0.0), Some(1.0));
/// assert_eq!(percentile_sorted(&delays, 1.0), Some(4.0));
/// assert_eq!(percentile_sorted(&[42], 0.9), Some(42.0));
/// assert_eq!(percentile_sorted(&[], 0.5), None);
/// ```
pub fn percentile_sorted(sorted: &[i64], p: f64) -> Option<f64> {
    if sorted.is_empty() || p.is_nan() {
        return None;
    }
    let p = p.clamp(0.0, 1.0);
    let h = (sorted.len() - 1) as f64 * p;
    let lower_index = h.floor() as usize;
    let fraction = h - h.floor();
    let lower = *sorted.get(lower_index)? as f64;
    let upper = sorted.get(lower_index + 1).map_or(lower, |&v| v as f64);
    Some(lower + fraction * (upper - lower))
}

/// The median of `sorted` (ascending): the type-7 percentile at 0.5, so the mean of
/// the two middle values for an even count.
///
/// ```
/// use kamervraag::stats::median_sorted;
/// assert_eq!(median_sorted(&[3, 10, 64]), Some(10.0));
/// assert_eq!(median_sorted(&[3, 10, 20, 64]), Some(15.0));
/// assert_eq!(median_sorted(&[]), None);
/// ```
pub fn median_sorted(sorted: &[i64]) -> Option<f64> {
    percentile_sorted(sorted, 0.5)
}

/// The arithmetic mean, `None` when empty.
///
/// ```
/// use kamervraag::stats::mean;
/// assert_eq!(mean(&[0, 21, 42]), Some(21.0));
/// assert_eq!(mean(&[1, 2]), Some(1.5));
/// assert_eq!(mean(&[]), None);
/// ```
pub fn mean(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let sum: i128 = values.iter().map(|&v| v as i128).sum();
    Some(sum as f64 / values.len() as f64)
}

/// `numerator / denominator`, or `None` when the denominator is 0.
///
/// ```
/// use kamervraag::stats::share;
/// assert_eq!(share(1, 4), Some(0.25));
/// assert_eq!(share(0, 0), None);
/// ```
pub fn share(numerator: usize, denominator: usize) -> Option<f64> {
    if denominator == 0 {
        None
    } else {
        Some(numerator as f64 / denominator as f64)
    }
}
