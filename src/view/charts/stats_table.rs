//! The tables behind the statistics and timeline charts: a header of [`Column`]s and
//! rows of ready-formatted strings, built from the statistics core's [`Group`]s,
//! [`Histogram`] bins, [`SeriesPoint`]s and [`TimelineRow`]s. The app renders the
//! same table as an accessible HTML `<table>` and downloads it with
//! [`StatsTable::to_csv`], so no number is computed in a view. Also the summary
//! tiles of the statistics view ([`summary_tiles`]).
//!
//! Numbers are written with a decimal point (`12.5`); [`StatsTable::localized`] gives
//! a copy with decimal commas for Dutch display. Shares are percentages with one
//! decimal; a missing value is an empty cell.

use crate::export::write_safe_record;
use crate::model::Date;
use crate::stats::{cabinets, Group, GroupBy, Histogram, SeriesPoint, TimelineRow, UNKNOWN_KEY};
use std::cmp::Ordering;

/// One column of a [`StatsTable`]. [`Column::name`] is the CSV header; the app
/// translates the column into a header for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The group key (a ministry, party, year, ...).
    Group,
    /// Documents in the group.
    Count,
    /// Answered documents.
    Answered,
    /// Unanswered documents within their term.
    Open,
    /// Unanswered documents past their term.
    Overdue,
    /// Answered within 21 days.
    OnTime,
    /// Answered within 42 days after a postponement notice.
    OnTimeAfterPostponement,
    /// Answered after the term.
    Late,
    /// Documents with a postponement notice.
    WithNotice,
    /// Median delay in days.
    MedianDelay,
    /// Mean delay in days.
    MeanDelay,
    /// 90th percentile of the delay in days.
    P90Delay,
    /// Longest delay in days.
    MaxDelay,
    /// Percentage answered within 21 days.
    OnTimeShare,
    /// Percentage answered within the term, counting postponements.
    OnTimeWithPostponementShare,
    /// A delay range of a histogram bin, e.g. `7-13` or `84+`.
    DelayRange,
    /// The first day of a week.
    Week,
    /// A month, `YYYY-MM`.
    Month,
    /// Documents submitted in a period.
    SubmittedCount,
    /// Documents answered in a period.
    AnsweredCount,
    /// The vraagnummer of a document.
    Id,
    /// The submission date of a document.
    SubmittedDate,
    /// The answer date of a document, or the reference date when unanswered.
    EndDate,
    /// The deadline status of a document (its serialized name, e.g. `on_time`).
    Status,
}

impl Column {
    /// The CSV header name, e.g. `median_delay`.
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::Column;
    /// assert_eq!(Column::OnTimeShare.name(), "on_time_percent");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Column::Group => "group",
            Column::Count => "documents",
            Column::Answered => "answered",
            Column::Open => "open",
            Column::Overdue => "overdue",
            Column::OnTime => "on_time",
            Column::OnTimeAfterPostponement => "on_time_after_postponement",
            Column::Late => "late",
            Column::WithNotice => "with_notice",
            Column::MedianDelay => "median_delay_days",
            Column::MeanDelay => "mean_delay_days",
            Column::P90Delay => "p90_delay_days",
            Column::MaxDelay => "max_delay_days",
            Column::OnTimeShare => "on_time_percent",
            Column::OnTimeWithPostponementShare => "on_time_with_postponement_percent",
            Column::DelayRange => "delay_days",
            Column::Week => "week_start",
            Column::Month => "month",
            Column::SubmittedCount => "submitted",
            Column::AnsweredCount => "answered",
            Column::Id => "id",
            Column::SubmittedDate => "submitted_date",
            Column::EndDate => "end_date",
            Column::Status => "status",
        }
    }

    /// Whether the column holds a number with a possible decimal point (these are the
    /// cells [`StatsTable::localized`] rewrites).
    pub fn has_decimals(self) -> bool {
        matches!(
            self,
            Column::MedianDelay
                | Column::MeanDelay
                | Column::P90Delay
                | Column::OnTimeShare
                | Column::OnTimeWithPostponementShare
        )
    }

    /// Whether the column holds numbers (right-aligned in a table).
    pub fn is_numeric(self) -> bool {
        self.has_decimals()
            || matches!(
                self,
                Column::Count
                    | Column::Answered
                    | Column::Open
                    | Column::Overdue
                    | Column::OnTime
                    | Column::OnTimeAfterPostponement
                    | Column::Late
                    | Column::WithNotice
                    | Column::MaxDelay
                    | Column::SubmittedCount
                    | Column::AnsweredCount
            )
    }
}

/// A table of strings with a typed header: what a chart shows, as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatsTable {
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// The rows; each has one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// A number of days rounded to one decimal, without a trailing `.0`; empty for `None`.
///
/// ```
/// use kamervraag::view::charts::stats_table::format_days;
/// assert_eq!(format_days(Some(12.0)), "12");
/// assert_eq!(format_days(Some(12.25)), "12.3");
/// assert_eq!(format_days(Some(-0.04)), "0");
/// assert_eq!(format_days(None), "");
/// ```
pub fn format_days(days: Option<f64>) -> String {
    days.filter(|d| d.is_finite())
        .map(format_one_decimal)
        .unwrap_or_default()
}

/// A share (0..=1) as a percentage with one decimal, without a trailing `.0`; empty for
/// `None`.
///
/// ```
/// use kamervraag::view::charts::stats_table::format_percent;
/// assert_eq!(format_percent(Some(0.5)), "50");
/// assert_eq!(format_percent(Some(1.0 / 3.0)), "33.3");
/// assert_eq!(format_percent(None), "");
/// ```
pub fn format_percent(share: Option<f64>) -> String {
    format_days(share.map(|s| s * 100.0))
}

fn format_one_decimal(value: f64) -> String {
    if value.abs() >= 1e15 {
        // No decimals are meaningful (and value * 10 could overflow).
        return format!("{value:.0}");
    }
    let rounded = (value * 10.0).round() / 10.0;
    let text = format!("{rounded:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
    if text == "-0" {
        "0".to_string()
    } else {
        text
    }
}

/// The label of a histogram bin: `from-to` (inclusive) or `from+` for the open last bin.
///
/// ```
/// use kamervraag::view::charts::stats_table::delay_range_label;
/// assert_eq!(delay_range_label(7, Some(14)), "7-13");
/// assert_eq!(delay_range_label(84, None), "84+");
/// assert_eq!(delay_range_label(3, Some(4)), "3");
/// ```
pub fn delay_range_label(from_days: i64, to_days: Option<i64>) -> String {
    match to_days {
        None => format!("{from_days}+"),
        Some(to) if to.saturating_sub(1) <= from_days => from_days.to_string(),
        Some(to) => format!("{from_days}-{}", to.saturating_sub(1)),
    }
}

/// A month as `YYYY-MM`.
///
/// ```
/// use kamervraag::view::charts::stats_table::month_label;
/// use kamervraag::model::Date;
/// assert_eq!(month_label(Date::from_ymd(2024, 3, 1).unwrap()), "2024-03");
/// ```
pub fn month_label(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

impl StatsTable {
    /// The figures of each group: key, documents, answered, median delay, % on time,
    /// % on time counting postponements, late, open, overdue, with notice, mean, p90
    /// and max delay. Rows keep the order of `groups`.
    ///
    /// ```
    /// use kamervraag::model::{Date, Kamervraag};
    /// use kamervraag::view::charts::stats_table::{Column, StatsTable};
    /// use kamervraag::stats::{aggregate, GroupBy};
    /// let today = Date::from_ymd(2024, 6, 1).unwrap();
    /// let doc = Kamervraag {
    ///     submitted: Date::from_ymd(2024, 1, 1),
    ///     answered: Date::from_ymd(2024, 1, 11),
    ///     ..Kamervraag::default()
    /// };
    /// let report = aggregate(&[doc], Some(GroupBy::Year), today);
    /// let table = StatsTable::from_groups(&report.groups);
    /// assert_eq!(table.columns[0], Column::Group);
    /// assert_eq!(table.rows[0][..5], ["2024", "1", "1", "10", "100"]);
    /// ```
    pub fn from_groups(groups: &[Group]) -> StatsTable {
        let columns = vec![
            Column::Group,
            Column::Count,
            Column::Answered,
            Column::MedianDelay,
            Column::OnTimeShare,
            Column::OnTimeWithPostponementShare,
            Column::Late,
            Column::Open,
            Column::Overdue,
            Column::WithNotice,
            Column::MeanDelay,
            Column::P90Delay,
            Column::MaxDelay,
        ];
        let rows = groups
            .iter()
            .map(|g| {
                vec![
                    g.key.clone(),
                    g.count.to_string(),
                    g.answered.to_string(),
                    format_days(g.median_delay),
                    format_percent(g.on_time_share),
                    format_percent(g.on_time_with_postponement_share),
                    g.late.to_string(),
                    g.open.to_string(),
                    g.overdue.to_string(),
                    g.with_notice.to_string(),
                    format_days(g.mean_delay),
                    format_days(g.p90_delay),
                    g.max_delay.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        StatsTable { columns, rows }
    }

    /// The bins of a histogram: delay range and count, plus a `<0` row when some
    /// answers are dated before their submission.
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::StatsTable;
    /// use kamervraag::stats::{Histogram, HistogramBin};
    /// let histogram = Histogram {
    ///     bin_width: 7,
    ///     bins: vec![
    ///         HistogramBin { from_days: 0, to_days: Some(7), count: 2 },
    ///         HistogramBin { from_days: 7, to_days: None, count: 1 },
    ///     ],
    ///     marks: vec![21, 42],
    ///     total: 3,
    ///     below_zero: 0,
    /// };
    /// let table = StatsTable::from_histogram(&histogram);
    /// assert_eq!(table.rows, [["0-6", "2"], ["7+", "1"]]);
    /// ```
    pub fn from_histogram(histogram: &Histogram) -> StatsTable {
        let mut rows: Vec<Vec<String>> = Vec::with_capacity(histogram.bins.len() + 1);
        if histogram.below_zero > 0 {
            rows.push(vec!["<0".to_string(), histogram.below_zero.to_string()]);
        }
        rows.extend(histogram.bins.iter().map(|bin| {
            vec![
                delay_range_label(bin.from_days, bin.to_days),
                bin.count.to_string(),
            ]
        }));
        StatsTable {
            columns: vec![Column::DelayRange, Column::Count],
            rows,
        }
    }

    /// A weekly series: week start, documents submitted and answered in that week.
    pub fn from_weekly_series(points: &[SeriesPoint]) -> StatsTable {
        StatsTable {
            columns: vec![Column::Week, Column::SubmittedCount, Column::AnsweredCount],
            rows: points
                .iter()
                .map(|p| {
                    vec![
                        p.period_start.to_string(),
                        p.submitted.to_string(),
                        p.answered.to_string(),
                    ]
                })
                .collect(),
        }
    }

    /// A monthly series: month, median delay of the answers given that month, and
    /// their number.
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::StatsTable;
    /// use kamervraag::model::Date;
    /// use kamervraag::stats::SeriesPoint;
    /// let point = SeriesPoint {
    ///     period_start: Date::from_ymd(2024, 2, 1).unwrap(),
    ///     submitted: 3,
    ///     answered: 2,
    ///     median_delay: Some(17.5),
    /// };
    /// assert_eq!(StatsTable::from_monthly_series(&[point]).rows, [["2024-02", "17.5", "2"]]);
    /// ```
    pub fn from_monthly_series(points: &[SeriesPoint]) -> StatsTable {
        StatsTable {
            columns: vec![Column::Month, Column::MedianDelay, Column::AnsweredCount],
            rows: points
                .iter()
                .map(|p| {
                    vec![
                        month_label(p.period_start),
                        format_days(p.median_delay),
                        p.answered.to_string(),
                    ]
                })
                .collect(),
        }
    }

    /// One row per timeline row: vraagnummer, submission date, end date (answer or
    /// reference date) and status name.
    pub fn from_timeline(rows: &[TimelineRow]) -> StatsTable {
        StatsTable {
            columns: vec![
                Column::Id,
                Column::SubmittedDate,
                Column::EndDate,
                Column::Status,
            ],
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        r.id.clone().unwrap_or_default(),
                        r.start.map(|d| d.to_string()).unwrap_or_default(),
                        r.end.to_string(),
                        r.status.as_str().to_string(),
                    ]
                })
                .collect(),
        }
    }

    /// A copy with decimal commas in the columns that hold decimals (for Dutch display).
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::{Column, StatsTable};
    /// let table = StatsTable {
    ///     columns: vec![Column::Month, Column::MedianDelay],
    ///     rows: vec![vec!["2024-02".into(), "17.5".into()]],
    /// };
    /// assert_eq!(table.localized(true).rows, [["2024-02", "17,5"]]);
    /// assert_eq!(table.localized(false), table);
    /// ```
    pub fn localized(&self, decimal_comma: bool) -> StatsTable {
        if !decimal_comma {
            return self.clone();
        }
        let rows = self
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, cell)| match self.columns.get(i) {
                        Some(c) if c.has_decimals() => cell.replace('.', ","),
                        _ => cell.clone(),
                    })
                    .collect()
            })
            .collect();
        StatsTable {
            columns: self.columns.clone(),
            rows,
        }
    }

    /// A copy with every cell of `column` passed through `rewrite` (e.g. to translate
    /// status names for display).
    pub fn map_column(&self, column: Column, rewrite: impl Fn(&str) -> String) -> StatsTable {
        let Some(index) = self.columns.iter().position(|&c| c == column) else {
            return self.clone();
        };
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut row = row.clone();
                if let Some(cell) = row.get_mut(index) {
                    *cell = rewrite(cell);
                }
                row
            })
            .collect();
        StatsTable {
            columns: self.columns.clone(),
            rows,
        }
    }

    /// The table as CSV (comma-separated, `\n` line ends, quoted where needed) with
    /// the [`Column::name`]s as header; a cell that would start a formula is made
    /// [`spreadsheet_safe`](crate::export::spreadsheet_safe), numbers stay numbers.
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::{Column, StatsTable};
    /// let table = StatsTable {
    ///     columns: vec![Column::Group, Column::Count],
    ///     rows: vec![vec!["Financiën, Fin".into(), "3".into()]],
    /// };
    /// assert_eq!(table.to_csv(), "group,documents\n\"Financiën, Fin\",3\n");
    /// ```
    pub fn to_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let header: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        write_safe_record(&mut writer, &header);
        for row in &self.rows {
            write_safe_record(&mut writer, row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// One figure of the summary tiles: what it is and its formatted value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tile {
    /// What the figure is (translated by the app).
    pub column: Column,
    /// The formatted value (`12.5`, `62.5`); `–` when there is no value.
    pub value: String,
}

impl Tile {
    /// The value for display: decimal comma when asked, `%` after a percentage.
    ///
    /// ```
    /// use kamervraag::view::charts::stats_table::{Column, Tile};
    /// let tile = Tile { column: Column::OnTimeShare, value: "62.5".into() };
    /// assert_eq!(tile.display(true), "62,5%");
    /// let none = Tile { column: Column::OnTimeShare, value: "–".into() };
    /// assert_eq!(none.display(false), "–");
    /// ```
    pub fn display(&self, decimal_comma: bool) -> String {
        let value = if decimal_comma && self.column.has_decimals() {
            self.value.replace('.', ",")
        } else {
            self.value.clone()
        };
        let is_share = matches!(
            self.column,
            Column::OnTimeShare | Column::OnTimeWithPostponementShare
        );
        if is_share && value != "–" {
            format!("{value}%")
        } else {
            value
        }
    }
}

/// The tiles of the statistics view from the total of a report, in display order:
/// documents, answered, median delay, % on time, % on time counting postponements,
/// open, overdue.
///
/// ```
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::view::charts::stats_table::summary_tiles;
/// use kamervraag::stats::aggregate;
/// let today = Date::from_ymd(2024, 6, 1).unwrap();
/// let report = aggregate(&[Kamervraag::default()], None, today);
/// let values: Vec<String> = summary_tiles(&report.total).into_iter().map(|t| t.value).collect();
/// assert_eq!(values, ["1", "0", "–", "–", "–", "0", "0"]);
/// ```
pub fn summary_tiles(total: &Group) -> Vec<Tile> {
    let or_dash = |text: String| {
        if text.is_empty() {
            "–".to_string()
        } else {
            text
        }
    };
    vec![
        Tile {
            column: Column::Count,
            value: total.count.to_string(),
        },
        Tile {
            column: Column::Answered,
            value: total.answered.to_string(),
        },
        Tile {
            column: Column::MedianDelay,
            value: or_dash(format_days(total.median_delay)),
        },
        Tile {
            column: Column::OnTimeShare,
            value: or_dash(format_percent(total.on_time_share)),
        },
        Tile {
            column: Column::OnTimeWithPostponementShare,
            value: or_dash(format_percent(total.on_time_with_postponement_share)),
        },
        Tile {
            column: Column::Open,
            value: total.open.to_string(),
        },
        Tile {
            column: Column::Overdue,
            value: total.overdue.to_string(),
        },
    ]
}

/// The position of a cabinet key in history (unknown and unlisted names last).
fn cabinet_rank(key: &str) -> usize {
    cabinets()
        .iter()
        .position(|c| c.name == key)
        .unwrap_or(usize::MAX)
}

/// Compares two delays, slowest first, missing last.
fn slowest_first(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Groups in the order a chart of `by` shows them: years and months oldest first,
/// cabinets in historical order (the unknown key last); every other grouping
/// slowest median delay first (groups without answers last), then larger groups, then
/// by key.
///
/// ```
/// use kamervraag::view::charts::stats_table::order_groups;
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{aggregate, GroupBy};
/// let today = Date::from_ymd(2025, 1, 1).unwrap();
/// let doc = |y| Kamervraag { submitted: Date::from_ymd(y, 3, 1), ..Kamervraag::default() };
/// let report = aggregate(&[doc(2024), doc(2022), doc(2022)], Some(GroupBy::Year), today);
/// let keys: Vec<String> = order_groups(report.groups, GroupBy::Year)
///     .into_iter()
///     .map(|g| g.key)
///     .collect();
/// assert_eq!(keys, ["2022", "2024"]);
/// ```
pub fn order_groups(mut groups: Vec<Group>, by: GroupBy) -> Vec<Group> {
    let unknown_last = |a: &Group, b: &Group| (a.key == UNKNOWN_KEY).cmp(&(b.key == UNKNOWN_KEY));
    match by {
        GroupBy::Year | GroupBy::Month => {
            groups.sort_by(|a, b| unknown_last(a, b).then_with(|| a.key.cmp(&b.key)))
        }
        GroupBy::Cabinet => groups.sort_by(|a, b| {
            cabinet_rank(&a.key)
                .cmp(&cabinet_rank(&b.key))
                .then_with(|| a.key.cmp(&b.key))
        }),
        _ => groups.sort_by(|a, b| {
            slowest_first(a.median_delay, b.median_delay)
                .then_with(|| b.count.cmp(&a.count))
                .then_with(|| a.key.cmp(&b.key))
        }),
    }
    groups
}

/// The `limit` largest groups (by document count, then key), kept in the order of
/// `ordered`: what a chart draws when there are too many groups to show.
///
/// ```
/// use kamervraag::view::charts::stats_table::largest_groups;
/// use kamervraag::model::{Date, Kamervraag};
/// use kamervraag::stats::{aggregate, GroupBy};
/// let today = Date::from_ymd(2025, 1, 1).unwrap();
/// let doc = |y| Kamervraag { submitted: Date::from_ymd(y, 3, 1), ..Kamervraag::default() };
/// let report = aggregate(&[doc(2021), doc(2022), doc(2022), doc(2023), doc(2023)], Some(GroupBy::Year), today);
/// let mut groups = report.groups;
/// groups.sort_by(|a, b| a.key.cmp(&b.key));
/// let keys: Vec<String> = largest_groups(&groups, 2).into_iter().map(|g| g.key).collect();
/// assert_eq!(keys, ["2022", "2023"]);
/// ```
pub fn largest_groups(ordered: &[Group], limit: usize) -> Vec<Group> {
    if ordered.len() <= limit {
        return ordered.to_vec();
    }
    let mut by_size: Vec<usize> = (0..ordered.len()).collect();
    by_size.sort_by(|&a, &b| {
        ordered[b]
            .count
            .cmp(&ordered[a].count)
            .then_with(|| ordered[a].key.cmp(&ordered[b].key))
    });
    by_size.truncate(limit);
    by_size.sort_unstable();
    by_size.into_iter().map(|i| ordered[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kamervraag;
    use crate::stats::{aggregate, collection_timeline, GroupBy};

    fn doc(submitted: (i32, u32, u32), answered: Option<(i32, u32, u32)>) -> Kamervraag {
        Kamervraag {
            id: Some(format!(
                "{}Z{:05}",
                submitted.0,
                submitted.1 * 100 + submitted.2
            )),
            submitted: Date::from_ymd(submitted.0, submitted.1, submitted.2),
            answered: answered.and_then(|(y, m, d)| Date::from_ymd(y, m, d)),
            ..Kamervraag::default()
        }
    }

    #[test]
    fn group_rows_follow_the_report() {
        let today = Date::from_ymd(2024, 6, 1).unwrap();
        let docs = [
            doc((2023, 1, 1), Some((2023, 1, 11))),
            doc((2024, 1, 1), Some((2024, 2, 20))),
            doc((2024, 5, 1), None),
        ];
        let report = aggregate(&docs, Some(GroupBy::Year), today);
        let table = StatsTable::from_groups(&report.groups);
        assert_eq!(table.rows.len(), 2);
        let row_2024 = table.rows.iter().find(|r| r[0] == "2024").unwrap();
        // 2 documents, 1 answered after 50 days, 0 % on time, 1 late, 1 overdue.
        assert_eq!(row_2024[1..9], ["2", "1", "50", "0", "0", "1", "0", "1"]);
        assert!(table.rows.iter().all(|r| r.len() == table.columns.len()));
    }

    #[test]
    fn csv_has_a_header_and_one_line_per_row() {
        let today = Date::from_ymd(2024, 6, 1).unwrap();
        let docs = [doc((2024, 1, 1), None), doc((2024, 1, 3), None)];
        let rows = collection_timeline(&docs, today);
        let csv = StatsTable::from_timeline(&rows).to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "id,submitted_date,end_date,status");
        assert_eq!(lines[1], "2024Z00101,2024-01-01,2024-06-01,overdue");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn csv_quotes_cells_with_quotes_and_newlines() {
        let table = StatsTable {
            columns: vec![Column::Group],
            rows: vec![vec!["een \"rare\"\nnaam".into()]],
        };
        assert_eq!(table.to_csv(), "group\n\"een \"\"rare\"\"\nnaam\"\n");
    }

    #[test]
    fn map_column_rewrites_only_that_column() {
        let table = StatsTable {
            columns: vec![Column::Id, Column::Status],
            rows: vec![vec!["on_time".into(), "on_time".into()]],
        };
        let mapped = table.map_column(Column::Status, |s| s.to_uppercase());
        assert_eq!(mapped.rows, [["on_time", "ON_TIME"]]);
        assert_eq!(table.map_column(Column::Week, |_| String::new()), table);
    }

    #[test]
    fn ministries_are_ordered_slowest_first_and_cabinets_by_history() {
        let today = Date::from_ymd(2025, 1, 1).unwrap();
        let docs = [
            doc((2023, 1, 1), Some((2023, 1, 5))),
            doc((2024, 9, 1), Some((2024, 11, 1))),
            doc((2021, 1, 1), None),
        ];
        let report = aggregate(&docs, Some(GroupBy::Cabinet), today);
        let keys: Vec<String> = order_groups(report.groups, GroupBy::Cabinet)
            .into_iter()
            .map(|g| g.key)
            .collect();
        assert_eq!(keys, ["Rutte III", "Rutte IV", "Schoof"]);
        let report = aggregate(&docs, Some(GroupBy::Year), today);
        let keys: Vec<String> = order_groups(report.groups, GroupBy::Party)
            .into_iter()
            .map(|g| g.key)
            .collect();
        // 2024: 61 days, 2023: 4 days, 2021: no answers.
        assert_eq!(keys, ["2024", "2023", "2021"]);
    }

    #[test]
    fn formats_never_show_minus_zero_or_nan() {
        assert_eq!(format_days(Some(f64::NAN)), "");
        assert_eq!(format_days(Some(f64::INFINITY)), "");
        assert_eq!(format_days(Some(-0.01)), "0");
        assert_eq!(format_percent(Some(0.0)), "0");
        assert_eq!(format_percent(Some(0.9999)), "100");
        assert!(!format_days(Some(f64::MAX)).contains("inf"));
        assert_eq!(format_days(Some(1e15)), "1000000000000000");
    }

    #[test]
    fn csv_neutralises_formulas_and_keeps_numbers() {
        for start in crate::export::FORMULA_STARTS {
            let name = format!("{start}HYPERLINK(\"https://example.invalid\")");
            let table = StatsTable {
                columns: vec![Column::Group, Column::Count, Column::MeanDelay],
                rows: vec![vec![name.clone(), "3".into(), "-3".into()]],
            };
            let csv = table.to_csv();
            let mut reader = csv::Reader::from_reader(csv.as_bytes());
            let row = reader.records().next().unwrap().unwrap();
            assert_eq!(&row[0], format!("'{name}"), "{start:?}");
            assert_eq!(&row[1], "3");
            assert_eq!(&row[2], "-3");
        }
    }
}
