//! A linear scale from days (since submission) to pixels, for the small delay bar
//! and the per-document timeline.

/// Maps day counts in `0..=max_days` onto `0.0..=width`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayScale {
    max_days: i64,
    width: f64,
}

impl DayScale {
    /// A scale that fits every value of `days` (at least one day) with a 5% margin.
    ///
    /// ```
    /// use kamervraag::view::charts::DayScale;
    /// let s = DayScale::fitting(&[21, 42, 64], 200.0);
    /// assert_eq!(s.x(0), 0.0);
    /// assert!(s.x(64) < 200.0 && s.x(64) > 180.0);
    /// assert_eq!(s.x(-5), 0.0);
    /// assert_eq!(s.x(10_000), 200.0);
    /// ```
    pub fn fitting(days: &[i64], width: f64) -> DayScale {
        let largest = days.iter().copied().max().unwrap_or(1).max(1);
        let max_days = largest.saturating_add((largest / 20).max(1));
        DayScale {
            max_days,
            width: if width.is_finite() {
                width.max(0.0)
            } else {
                0.0
            },
        }
    }

    /// The x position of a day count, clamped to the scale.
    pub fn x(&self, days: i64) -> f64 {
        let clamped = days.clamp(0, self.max_days);
        clamped as f64 / self.max_days as f64 * self.width
    }

    /// The width of the scale.
    pub fn width(&self) -> f64 {
        self.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_extreme_inputs_stay_in_range() {
        for days in [&[][..], &[0], &[-3], &[i64::MAX], &[i64::MIN, 5]] {
            let s = DayScale::fitting(days, 100.0);
            for d in [i64::MIN, -1, 0, 1, 21, i64::MAX] {
                let x = s.x(d);
                assert!((0.0..=100.0).contains(&x), "{days:?} {d} {x}");
            }
        }
        assert_eq!(DayScale::fitting(&[5], f64::NAN).x(3), 0.0);
    }
}
