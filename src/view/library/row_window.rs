//! Which rows of a long list with a fixed row height are on screen: the arithmetic
//! behind a windowed (virtualised) list that keeps only visible rows in the DOM.

/// The rows to render and the empty space above and below them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowWindow {
    /// Index of the first rendered row.
    pub start: usize,
    /// One past the last rendered row.
    pub end: usize,
    /// Height in pixels of the space above the rendered rows.
    pub space_above: u64,
    /// Height in pixels of the space below the rendered rows.
    pub space_below: u64,
}

/// The window of rows for a list of `total` rows of `row_height` pixels, scrolled to
/// `scroll_top`, in a viewport `viewport_height` high, with `overscan` extra rows on
/// both sides. Out-of-range scroll positions are clamped.
///
/// ```
/// use kamervraag::view::library::row_window;
/// let w = row_window(1000.0, 400.0, 40, 10_000, 5);
/// assert_eq!((w.start, w.end), (20, 41));
/// assert_eq!(w.space_above, 20 * 40);
/// assert_eq!(w.space_below, (10_000 - 41) * 40);
/// // Short lists render completely.
/// let w = row_window(0.0, 400.0, 40, 3, 5);
/// assert_eq!((w.start, w.end, w.space_above, w.space_below), (0, 3, 0, 0));
/// ```
pub fn row_window(
    scroll_top: f64,
    viewport_height: f64,
    row_height: u32,
    total: usize,
    overscan: usize,
) -> RowWindow {
    let row_height = row_height.max(1) as f64;
    let scroll_top = if scroll_top.is_finite() {
        scroll_top.max(0.0)
    } else {
        0.0
    };
    let viewport_height = if viewport_height.is_finite() {
        viewport_height.max(0.0)
    } else {
        0.0
    };
    let first_visible = ((scroll_top / row_height).floor() as usize).min(total);
    let visible = ((viewport_height / row_height).ceil() as usize).saturating_add(1);
    let start = first_visible.saturating_sub(overscan);
    let end = first_visible
        .saturating_add(visible)
        .saturating_add(overscan)
        .min(total);
    let start = start.min(end);
    let height = row_height as u64;
    RowWindow {
        start,
        end,
        space_above: (start as u64).saturating_mul(height),
        space_below: ((total - end) as u64).saturating_mul(height),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_viewport_at_every_position() {
        let total = 1234;
        for step in 0..200 {
            let top = step as f64 * 333.3;
            let w = row_window(top, 500.0, 36, total, 4);
            assert!(w.start <= w.end && w.end <= total);
            assert_eq!(
                w.space_above + w.space_below + (w.end - w.start) as u64 * 36,
                total as u64 * 36
            );
            let first = ((top / 36.0) as usize).min(total);
            let last = (((top + 500.0) / 36.0) as usize).min(total);
            assert!(w.start <= first && w.end >= last.min(total));
        }
    }

    #[test]
    fn odd_numbers_do_not_panic() {
        for (top, h, rh, total) in [
            (f64::NAN, f64::INFINITY, 0, 10),
            (-5.0, -5.0, 1, 0),
            (1e300, 1e300, u32::MAX, usize::MAX / 2),
        ] {
            let w = row_window(top, h, rh, total, usize::MAX);
            assert!(w.start <= w.end && w.end <= total);
        }
    }
}
