//! Geometry of the app's SVG charts, kept pure so the views only place what is
//! computed here: "nice" axis ticks, bar rectangles of column and bar charts,
//! line-chart points, a date axis with year/month ticks, and the year-range zoom and
//! row layout of the collection timeline. Coordinates are SVG user units.

use crate::model::Date;
use crate::stats::{SeriesPoint, TimelineRow};

/// The inner area of a chart, where the marks go.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Plot {
    /// The bottom edge (`top + height`).
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// The right edge (`left + width`).
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Ticks of a vertical value axis running from 0 at the bottom to `scale_max` at
    /// the top.
    fn value_ticks(&self, ticks: &[f64], scale_max: f64) -> Vec<Tick> {
        ticks
            .iter()
            .map(|&t| Tick {
                position: self.bottom() - t / scale_max * self.height,
                label: tick_label(t),
            })
            .collect()
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (never negative).
    pub width: f64,
    /// Height (never negative).
    pub height: f64,
}

/// A tick on an axis: where it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The position along the axis (x for a horizontal axis, y for a vertical one).
    pub position: f64,
    /// The label, e.g. `20` or `2024`.
    pub label: String,
}

/// Round tick values from 0 up to at least `max`, about `target` of them, with a step
/// of 1, 2 or 5 times a power of ten. Always at least `[0, step]`.
///
/// ```
/// use kamervraag::view::charts::layout::nice_ticks;
/// assert_eq!(nice_ticks(42.0, 5), [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
/// assert_eq!(nice_ticks(3.0, 4), [0.0, 1.0, 2.0, 3.0]);
/// assert_eq!(nice_ticks(0.0, 5), [0.0, 1.0]);
/// assert_eq!(nice_ticks(100.0, 5), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
/// ```
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    // Beyond 1e300 the ticks themselves would overflow; such values are clamped.
    let max = if max.is_finite() && max > 0.0 {
        max.min(1e300)
    } else {
        1.0
    };
    let target = target.clamp(1, 20) as f64;
    let raw_step = max / target;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw_step)
        .unwrap_or(10.0 * magnitude)
        .max(if max >= 1.0 { 1.0 } else { 0.0 });
    let step = if step > 0.0 { step } else { 1.0 };
    let count = (max / step).ceil().clamp(1.0, 100.0) as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// A tick label: an integer without decimals, otherwise one decimal.
fn tick_label(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round() as i64)
    } else {
        format!("{value:.1}")
    }
}

/// A column chart: one bar per value, left to right, with a value axis from 0.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnChart {
    /// One bar per value, in order.
    pub bars: Vec<Rect>,
    /// Ticks on the value axis (y positions).
    pub value_ticks: Vec<Tick>,
    /// The value at the top of the plot.
    pub scale_max: f64,
    /// The width of one slot (bar plus gap).
    pub slot_width: f64,
}

/// Lays out `values` (negative values count as 0) as columns filling `plot`, with a gap
/// of a fifth of a slot between bars.
///
/// ```
/// use kamervraag::view::charts::layout::{column_chart, Plot};
/// let plot = Plot { left: 0.0, top: 0.0, width: 100.0, height: 50.0 };
/// let chart = column_chart(&[1.0, 2.0], plot, 2);
/// assert_eq!(chart.scale_max, 2.0);
/// assert_eq!(chart.bars[1].height, 50.0);
/// assert_eq!(chart.bars[0].height, 25.0);
/// assert_eq!(chart.bars[0].y, 25.0);
/// assert_eq!(chart.bars[1].x, 55.0);
/// ```
pub fn column_chart(values: &[f64], plot: Plot, tick_target: usize) -> ColumnChart {
    let max = values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let ticks = nice_ticks(max, tick_target);
    let scale_max = ticks.last().copied().unwrap_or(1.0);
    let slot_width = if values.is_empty() {
        plot.width
    } else {
        plot.width / values.len() as f64
    };
    let gap = slot_width / 5.0;
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
            let height = (v / scale_max).min(1.0) * plot.height;
            Rect {
                x: plot.left + i as f64 * slot_width + gap / 2.0,
                y: plot.bottom() - height,
                width: (slot_width - gap).max(0.0),
                height,
            }
        })
        .collect();
    let value_ticks = plot.value_ticks(&ticks, scale_max);
    ColumnChart {
        bars,
        value_ticks,
        scale_max,
        slot_width,
    }
}

/// The x position of a day count on a histogram drawn with [`column_chart`]: bins of
/// `bin_width` days, `bin_count` slots over `plot`. `None` when it falls beyond the
/// last bin (or the bin width is not positive).
///
/// ```
/// use kamervraag::view::charts::layout::{histogram_mark_x, Plot};
/// let plot = Plot { left: 10.0, top: 0.0, width: 130.0, height: 50.0 };
/// assert_eq!(histogram_mark_x(21, 7, 13, &plot), Some(40.0));
/// assert_eq!(histogram_mark_x(200, 7, 13, &plot), None);
/// ```
pub fn histogram_mark_x(days: i64, bin_width: i64, bin_count: usize, plot: &Plot) -> Option<f64> {
    if bin_width <= 0 || bin_count == 0 || days < 0 {
        return None;
    }
    let slots = days as f64 / bin_width as f64;
    (slots <= bin_count as f64).then(|| plot.left + plot.width * slots / bin_count as f64)
}

/// Horizontal bars on a shared scale: their lengths and the scale's ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct BarScale {
    /// One length per value (0 for a missing value).
    pub lengths: Vec<f64>,
    /// Ticks from 0 to `max_length` (positions along the bars).
    pub ticks: Vec<Tick>,
    /// The value at `max_length`.
    pub scale_max: f64,
    /// The length of a bar of value `scale_max`.
    pub max_length: f64,
}

impl BarScale {
    /// The position of `value` along the bars, or `None` beyond the scale.
    pub fn position(&self, value: f64) -> Option<f64> {
        (self.scale_max > 0.0 && (0.0..=self.scale_max).contains(&value))
            .then(|| value / self.scale_max * self.max_length)
    }
}

/// Lengths of horizontal bars for `values` over `max_length`, scaled to the larger of
/// the largest value and `at_least` (e.g. 42 days so the marks fit), rounded up to a
/// nice tick. Missing values get length 0.
///
/// ```
/// use kamervraag::view::charts::layout::bar_lengths;
/// let scale = bar_lengths(&[Some(10.0), None, Some(40.0)], 100.0, 0.0);
/// assert_eq!(scale.lengths, [25.0, 0.0, 100.0]);
/// assert_eq!(scale.ticks.last().map(|t| t.label.as_str()), Some("40"));
/// assert_eq!(scale.position(20.0), Some(50.0));
/// assert_eq!(scale.position(41.0), None);
/// ```
pub fn bar_lengths(values: &[Option<f64>], max_length: f64, at_least: f64) -> BarScale {
    let max = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .fold(at_least.max(0.0), f64::max);
    let ticks = nice_ticks(max, 4);
    let scale_max = ticks.last().copied().unwrap_or(1.0);
    let lengths = values
        .iter()
        .map(|v| match v {
            Some(v) if v.is_finite() => (v.max(0.0) / scale_max).min(1.0) * max_length,
            _ => 0.0,
        })
        .collect();
    let ticks = ticks
        .iter()
        .map(|&t| Tick {
            position: t / scale_max * max_length,
            label: tick_label(t),
        })
        .collect();
    BarScale {
        lengths,
        ticks,
        scale_max,
        max_length,
    }
}

/// Lengths of bars for shares (0..=1) over `max_length`; missing shares get 0.
///
/// ```
/// use kamervraag::view::charts::layout::share_lengths;
/// assert_eq!(share_lengths(&[Some(0.5), None, Some(1.5)], 200.0), [100.0, 0.0, 200.0]);
/// ```
pub fn share_lengths(shares: &[Option<f64>], max_length: f64) -> Vec<f64> {
    shares
        .iter()
        .map(|s| match s {
            Some(s) if s.is_finite() => max_length * s.clamp(0.0, 1.0),
            _ => 0.0,
        })
        .collect()
}

/// Ticks of a percentage axis over `max_length`: 0, 25, 50, 75 and 100 %.
pub fn percent_ticks(max_length: f64) -> Vec<Tick> {
    [0.0, 25.0, 50.0, 75.0, 100.0]
        .iter()
        .map(|&p| Tick {
            position: max_length * p / 100.0,
            label: tick_label(p),
        })
        .collect()
}

/// Label every `n`-th of `count` items so that at most `max_labels` are labelled.
///
/// ```
/// use kamervraag::view::charts::layout::label_step;
/// assert_eq!(label_step(12, 12), 1);
/// assert_eq!(label_step(25, 12), 3);
/// assert_eq!(label_step(5, 0), 5);
/// ```
pub fn label_step(count: usize, max_labels: usize) -> usize {
    if max_labels == 0 {
        return count.max(1);
    }
    count.div_ceil(max_labels).max(1)
}

/// A line chart of values over evenly spaced periods: the points of each unbroken run
/// of values (a missing value breaks the line) and the value ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// Runs of points `(x, y)`; each run is drawn as one polyline.
    pub segments: Vec<Vec<(f64, f64)>>,
    /// Every point with a value: its index in the input and `(x, y)`.
    pub points: Vec<(usize, f64, f64)>,
    /// Ticks on the value axis (y positions).
    pub value_ticks: Vec<Tick>,
    /// The value at the top of the plot.
    pub scale_max: f64,
}

impl LineChart {
    /// The y position of `value` on this chart's scale, when within it.
    pub fn y_of(&self, value: f64, plot: &Plot) -> Option<f64> {
        (self.scale_max > 0.0 && (0.0..=self.scale_max).contains(&value))
            .then(|| plot.bottom() - value / self.scale_max * plot.height)
    }
}

/// Lays out `values` as a line over `plot`, one period per value, each point in the
/// middle of its period, the value axis from 0 to at least `at_least`.
///
/// ```
/// use kamervraag::view::charts::layout::{line_chart, Plot};
/// let plot = Plot { left: 0.0, top: 0.0, width: 40.0, height: 10.0 };
/// let chart = line_chart(&[Some(5.0), None, Some(10.0), Some(0.0)], plot, 0.0);
/// assert_eq!(chart.segments.len(), 2);
/// assert_eq!(chart.segments[0], [(5.0, 5.0)]);
/// assert_eq!(chart.segments[1], [(25.0, 0.0), (35.0, 10.0)]);
/// ```
pub fn line_chart(values: &[Option<f64>], plot: Plot, at_least: f64) -> LineChart {
    let max = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .fold(at_least.max(0.0), f64::max);
    let ticks = nice_ticks(max, 4);
    let scale_max = ticks.last().copied().unwrap_or(1.0);
    let step = if values.is_empty() {
        plot.width
    } else {
        plot.width / values.len() as f64
    };
    let mut segments: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut points = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        match value {
            Some(v) if v.is_finite() => {
                let x = plot.left + step * (i as f64 + 0.5);
                let y = plot.bottom() - (v.max(0.0) / scale_max).min(1.0) * plot.height;
                current.push((x, y));
                points.push((i, x, y));
            }
            _ => {
                if !current.is_empty() {
                    segments.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        segments.push(current);
    }
    let value_ticks = plot.value_ticks(&ticks, scale_max);
    LineChart {
        segments,
        points,
        value_ticks,
        scale_max,
    }
}

/// The `points` attribute of an SVG `<polyline>`: `x,y x,y ...` with one decimal.
///
/// ```
/// use kamervraag::view::charts::layout::polyline_points;
/// assert_eq!(polyline_points(&[(1.0, 2.26), (3.5, 4.0)]), "1.0,2.3 3.5,4.0");
/// ```
pub fn polyline_points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A label shortened to at most `max_chars` characters, ending in `…` when cut (never
/// splits a character).
///
/// ```
/// use kamervraag::view::charts::layout::short_label;
/// assert_eq!(short_label("Financiën (Fin)", 20), "Financiën (Fin)");
/// assert_eq!(short_label("Binnenlandse Zaken en Koninkrijksrelaties", 12), "Binnenlands…");
/// assert_eq!(short_label("abc", 0), "");
/// ```
pub fn short_label(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        return label.to_string();
    }
    if max_chars == 0 {
        return String::new();
    }
    let mut out: String = label.chars().take(max_chars - 1).collect();
    out.push('…');
    out
}

/// A calendar range of whole years, `from..=to`, the zoom of the timeline view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearRange {
    /// The first year shown.
    pub from: i32,
    /// The last year shown (inclusive).
    pub to: i32,
}

impl YearRange {
    /// The range with `from ≤ to` (swapped when given the other way round).
    pub fn new(from: i32, to: i32) -> YearRange {
        YearRange {
            from: from.min(to),
            to: from.max(to),
        }
    }

    /// January 1 of the first year.
    pub fn start(&self) -> Option<Date> {
        Date::from_ymd(self.from, 1, 1)
    }

    /// January 1 of the year after the last (the exclusive end).
    pub fn end(&self) -> Option<Date> {
        Date::from_ymd(self.to.saturating_add(1), 1, 1).or_else(|| Date::from_ymd(self.to, 12, 31))
    }

    /// Whether `date` falls in one of the range's years.
    pub fn contains(&self, date: Date) -> bool {
        (self.from..=self.to).contains(&date.year())
    }

    /// Whether this range lies within `outer`.
    pub fn within(&self, outer: YearRange) -> bool {
        self.from >= outer.from && self.to <= outer.to
    }

    /// Every year in the range, oldest first.
    pub fn years(&self) -> Vec<i32> {
        (self.from..=self.to).collect()
    }

    /// Whether a span `start..=end` overlaps the range.
    pub fn overlaps(&self, start: Date, end: Date) -> bool {
        let (first, last) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        first.year() <= self.to && last.year() >= self.from
    }
}

/// The years spanned by the timeline rows (submission to answer or reference date),
/// ignoring rows without a submission date; `None` when there are none.
///
/// ```
/// use kamervraag::view::charts::layout::{year_bounds, YearRange};
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::collection_timeline;
/// let docs = [
///     Kamervraag { submitted: Date::from_ymd(2021, 12, 20), answered: Date::from_ymd(2022, 1, 5), ..Kamervraag::default() },
///     Kamervraag { submitted: Date::from_ymd(2023, 3, 1), answered: Date::from_ymd(2023, 3, 9), ..Kamervraag::default() },
///     Kamervraag::default(),
/// ];
/// let rows = collection_timeline(&docs, Date::from_ymd(2025, 1, 1).unwrap());
/// assert_eq!(year_bounds(&rows), Some(YearRange { from: 2021, to: 2023 }));
/// ```
pub fn year_bounds(rows: &[TimelineRow]) -> Option<YearRange> {
    let mut bounds: Option<(i32, i32)> = None;
    for row in rows {
        let Some(start) = row.start else { continue };
        let first = start.min(row.end).year();
        let last = start.max(row.end).year();
        bounds = Some(match bounds {
            None => (first, last),
            Some((a, b)) => (a.min(first), b.max(last)),
        });
    }
    bounds.map(|(from, to)| YearRange { from, to })
}

/// The number of rows without a submission date (they cannot be drawn on a time axis).
pub fn undated_count(rows: &[TimelineRow]) -> usize {
    rows.iter().filter(|r| r.start.is_none()).count()
}

/// The rows with a submission date that overlap `range`, in their order.
pub fn rows_in_range(rows: &[TimelineRow], range: YearRange) -> Vec<&TimelineRow> {
    rows.iter()
        .filter(|r| r.start.is_some_and(|start| range.overlaps(start, r.end)))
        .collect()
}

/// A horizontal date axis: `start` at `left`, the exclusive `end` at `left + width`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    start_day: i64,
    end_day: i64,
    left: f64,
    width: f64,
}

impl TimeScale {
    /// The scale from `start` to `end` (at least one day) over `left..left + width`.
    pub fn new(start: Date, end: Date, left: f64, width: f64) -> TimeScale {
        let start_day = start.days_since_epoch();
        let end_day = end.days_since_epoch().max(start_day + 1);
        TimeScale {
            start_day,
            end_day,
            left,
            width,
        }
    }

    /// The scale of a year range, or `None` for years without dates.
    pub fn for_years(range: YearRange, left: f64, width: f64) -> Option<TimeScale> {
        Some(TimeScale::new(range.start()?, range.end()?, left, width))
    }

    /// The x position of the start of `date`, clamped to the axis.
    ///
    /// ```
    /// use kamervraag::view::charts::layout::{TimeScale, YearRange};
    /// use kamervraag::model::Date;
    /// let scale = TimeScale::for_years(YearRange::new(2024, 2024), 0.0, 366.0).unwrap();
    /// assert_eq!(scale.x(Date::from_ymd(2024, 1, 11).unwrap()), 10.0);
    /// assert_eq!(scale.x(Date::from_ymd(2030, 1, 1).unwrap()), 366.0);
    /// ```
    pub fn x(&self, date: Date) -> f64 {
        let day = date.days_since_epoch().clamp(self.start_day, self.end_day);
        self.left
            + self.width * (day - self.start_day) as f64 / (self.end_day - self.start_day) as f64
    }

    /// The horizontal span of the days `start..=end` (a one-day span is one day wide,
    /// at least `min_width`), clamped to the axis; `None` when it lies outside.
    ///
    /// ```
    /// use kamervraag::view::charts::layout::{TimeScale, YearRange};
    /// use kamervraag::model::Date;
    /// let scale = TimeScale::for_years(YearRange::new(2024, 2024), 0.0, 366.0).unwrap();
    /// let day = |m, d| Date::from_ymd(2024, m, d).unwrap();
    /// assert_eq!(scale.span(day(1, 1), day(1, 10), 0.0), Some((0.0, 10.0)));
    /// assert_eq!(scale.span(day(3, 1), day(3, 1), 2.0), Some((60.0, 2.0)));
    /// let later = Date::from_ymd(2025, 2, 1).unwrap();
    /// assert_eq!(scale.span(later, later, 1.0), None);
    /// ```
    pub fn span(&self, start: Date, end: Date, min_width: f64) -> Option<(f64, f64)> {
        let (first, last) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        let first_day = first.days_since_epoch();
        let after_last_day = last.days_since_epoch().saturating_add(1);
        if after_last_day <= self.start_day || first_day >= self.end_day {
            return None;
        }
        let x0 = self.x(first);
        let x1 = self.x(last.add_days(1));
        let width = (x1 - x0).max(min_width);
        let x0 = x0.min(self.left + self.width - width).max(self.left);
        Some((x0, width))
    }

    /// Ticks at each January 1 in the scale (not at its exclusive end); when the scale
    /// spans at most two years, also at the first of every quarter (labelled `YYYY-MM`).
    ///
    /// ```
    /// use kamervraag::view::charts::layout::{TimeScale, YearRange};
    /// let scale = TimeScale::for_years(YearRange::new(2020, 2023), 0.0, 400.0).unwrap();
    /// let labels: Vec<String> = scale.ticks().into_iter().map(|t| t.label).collect();
    /// assert_eq!(labels, ["2020", "2021", "2022", "2023"]);
    /// let one = TimeScale::for_years(YearRange::new(2024, 2024), 0.0, 400.0).unwrap();
    /// assert_eq!(one.ticks().len(), 4);
    /// ```
    pub fn ticks(&self) -> Vec<Tick> {
        let (Some(first), Some(last)) = (
            Date::from_days_since_epoch(self.start_day),
            Date::from_days_since_epoch(self.end_day),
        ) else {
            return Vec::new();
        };
        let quarters = last.year() - first.year() <= 2;
        let months: &[u32] = if quarters { &[1, 4, 7, 10] } else { &[1] };
        let mut ticks = Vec::new();
        for year in first.year()..=last.year() {
            for &month in months {
                let Some(date) = Date::from_ymd(year, month, 1) else {
                    continue;
                };
                if date < first || date >= last {
                    continue;
                }
                let label = if month == 1 {
                    year.to_string()
                } else {
                    format!("{year:04}-{month:02}")
                };
                ticks.push(Tick {
                    position: self.x(date),
                    label,
                });
            }
        }
        ticks
    }
}

/// The most timeline bars drawn at once; beyond it the view says how many are left out.
pub const MAX_TIMELINE_BARS: usize = 300;

/// The height of one timeline row for `row_count` rows: 14 units for few rows,
/// shrinking to fit about 900 units, never below 4.
///
/// ```
/// use kamervraag::view::charts::layout::timeline_row_height;
/// assert_eq!(timeline_row_height(10), 14.0);
/// assert_eq!(timeline_row_height(300), 4.0);
/// ```
pub fn timeline_row_height(row_count: usize) -> f64 {
    if row_count == 0 {
        return 14.0;
    }
    (900.0 / row_count as f64).clamp(4.0, 14.0).floor()
}

/// Bars of a weekly series on a date axis: one per week with submissions, as tall as
/// its share of the busiest week, filling `plot` vertically. Returns each bar with the
/// index of its point, and the value ticks.
///
/// ```
/// use kamervraag::view::charts::layout::{week_bars, Plot, TimeScale, YearRange};
/// use kamervraag::model::Date;
/// use kamervraag::stats::SeriesPoint;
/// let point = |m, d, n| SeriesPoint {
///     period_start: Date::from_ymd(2024, m, d).unwrap(),
///     submitted: n,
///     answered: 0,
///     median_delay: None,
/// };
/// let plot = Plot { left: 0.0, top: 0.0, width: 366.0, height: 40.0 };
/// let scale = TimeScale::for_years(YearRange::new(2024, 2024), plot.left, plot.width).unwrap();
/// let (bars, _) = week_bars(&[point(1, 1, 2), point(1, 8, 0), point(1, 15, 4)], &scale, plot);
/// assert_eq!(bars.len(), 2);
/// assert_eq!(bars[1].0, 2);
/// assert_eq!(bars[1].1.height, 40.0);
/// assert_eq!(bars[0].1.width, 7.0);
/// ```
pub fn week_bars(
    points: &[SeriesPoint],
    scale: &TimeScale,
    plot: Plot,
) -> (Vec<(usize, Rect)>, Vec<Tick>) {
    let max = points.iter().map(|p| p.submitted).max().unwrap_or(0) as f64;
    let ticks = nice_ticks(max, 3);
    let scale_max = ticks.last().copied().unwrap_or(1.0);
    let bars = points
        .iter()
        .enumerate()
        .filter(|(_, p)| p.submitted > 0)
        .filter_map(|(i, p)| {
            let (x, width) = scale.span(p.period_start, p.period_start.add_days(6), 1.0)?;
            let height = p.submitted as f64 / scale_max * plot.height;
            Some((
                i,
                Rect {
                    x,
                    y: plot.bottom() - height,
                    width,
                    height,
                },
            ))
        })
        .collect();
    let ticks = plot.value_ticks(&ticks, scale_max);
    (bars, ticks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kamervraag;
    use crate::stats::collection_timeline;

    #[test]
    fn nice_ticks_cover_the_maximum_for_many_sizes() {
        for max in [0.3, 1.0, 7.0, 9.9, 13.0, 64.0, 99.0, 101.0, 1234.0, 1e9] {
            let ticks = nice_ticks(max, 5);
            assert!(ticks.last().copied().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.len() >= 2 && ticks.len() <= 101, "{max}: {ticks:?}");
            assert_eq!(ticks[0], 0.0);
        }
        assert_eq!(nice_ticks(f64::NAN, 5), [0.0, 1.0]);
        assert!(nice_ticks(f64::MAX, 5).iter().all(|t| t.is_finite()));
        assert_eq!(nice_ticks(-3.0, 5), [0.0, 1.0]);
    }

    #[test]
    fn column_chart_of_nothing_is_empty_and_of_zeros_is_flat() {
        let plot = Plot {
            left: 0.0,
            top: 0.0,
            width: 10.0,
            height: 10.0,
        };
        assert!(column_chart(&[], plot, 4).bars.is_empty());
        let flat = column_chart(&[0.0, 0.0], plot, 4);
        assert!(flat.bars.iter().all(|b| b.height == 0.0 && b.y == 10.0));
    }

    #[test]
    fn zoom_keeps_only_rows_overlapping_the_years() {
        let day = |y, m, d| Date::from_ymd(y, m, d);
        let docs = [
            Kamervraag {
                submitted: day(2021, 12, 20),
                answered: day(2022, 1, 5),
                ..Kamervraag::default()
            },
            Kamervraag {
                submitted: day(2023, 3, 1),
                answered: day(2023, 3, 9),
                ..Kamervraag::default()
            },
            Kamervraag {
                submitted: day(2020, 3, 1),
                ..Kamervraag::default()
            },
            Kamervraag::default(),
        ];
        let rows = collection_timeline(&docs, Date::from_ymd(2024, 1, 1).unwrap());
        let in_2022: Vec<usize> = rows_in_range(&rows, YearRange::new(2022, 2022))
            .iter()
            .map(|r| r.index)
            .collect();
        // The open 2020 document runs to the reference date, so it crosses 2022.
        assert_eq!(in_2022, [2, 0]);
        assert_eq!(rows_in_range(&rows, YearRange::new(2025, 2030)).len(), 0);
        assert_eq!(
            YearRange::new(2023, 2021),
            YearRange {
                from: 2021,
                to: 2023
            }
        );
    }

    #[test]
    fn spans_are_clamped_to_the_axis() {
        let scale = TimeScale::for_years(YearRange::new(2024, 2024), 100.0, 366.0).unwrap();
        let (x, w) = scale
            .span(
                Date::from_ymd(2023, 6, 1).unwrap(),
                Date::from_ymd(2025, 6, 1).unwrap(),
                1.0,
            )
            .unwrap();
        assert_eq!((x, w), (100.0, 366.0));
        let (x, w) = scale
            .span(
                Date::from_ymd(2024, 12, 31).unwrap(),
                Date::from_ymd(2024, 12, 31).unwrap(),
                4.0,
            )
            .unwrap();
        assert_eq!((x, w), (462.0, 4.0));
    }

    #[test]
    fn short_labels_never_split_characters() {
        for n in 0..12 {
            let s = short_label("Ëën ünïcödé labél", n);
            assert!(s.chars().count() <= n);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_date() -> impl Strategy<Value = Date> {
        (1i32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
            Date::from_ymd(y, m, d.min(crate::model::days_in_month(y, m))).unwrap()
        })
    }

    proptest! {
        #[test]
        fn ticks_are_increasing_finite_and_cover_the_maximum(max in proptest::num::f64::ANY, target in 0usize..50) {
            let ticks = nice_ticks(max, target);
            prop_assert!(ticks.len() >= 2 && ticks.len() <= 101);
            prop_assert!(ticks.iter().all(|t| t.is_finite()));
            prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]));
            if max.is_finite() && max > 0.0 && max <= 1e300 {
                prop_assert!(*ticks.last().unwrap() >= max || ticks.len() == 101);
            }
        }

        #[test]
        fn bars_stay_inside_the_plot(values in proptest::collection::vec(proptest::num::f64::ANY, 0..40)) {
            let plot = Plot { left: 10.0, top: 5.0, width: 300.0, height: 100.0 };
            let chart = column_chart(&values, plot, 5);
            for bar in &chart.bars {
                prop_assert!(bar.height >= 0.0 && bar.height <= plot.height + 1e-9);
                prop_assert!(bar.y >= plot.top - 1e-9 && bar.x >= plot.left);
            }
            let options: Vec<Option<f64>> = values.iter().map(|v| Some(*v)).collect();
            let scale = bar_lengths(&options, 200.0, 42.0);
            prop_assert!(scale.lengths.iter().all(|l| (0.0..=200.0 + 1e-9).contains(l)));
            let line = line_chart(&options, plot, 21.0);
            prop_assert!(line.points.iter().all(|&(_, x, y)| x >= plot.left && x <= plot.right() && y >= plot.top - 1e-9 && y <= plot.bottom()));
        }

        #[test]
        fn spans_are_inside_the_axis(from in 1i32..=9999, years in 0i32..40, a in any_date(), b in any_date()) {
            let range = YearRange::new(from, from.saturating_add(years).min(9999));
            if let Some(scale) = TimeScale::for_years(range, 40.0, 900.0) {
                if let Some((x, width)) = scale.span(a, b, 2.0) {
                    prop_assert!(x >= 40.0 && width >= 2.0 - 1e-9 && x + width <= 940.0 + 1e-9);
                }
                prop_assert!(scale.ticks().iter().all(|t| t.position >= 40.0 && t.position <= 940.0));
            }
        }
    }
}
