//! Words for the charts: the translated header of each table column and the label of
//! each deadline status, and filling `{name}` placeholders in translated templates.

use crate::app::i18n::Msg;
use crate::stats::Status;
use crate::view::charts::stats_table::Column;

/// The translated header of a table column.
pub fn column_msg(column: Column) -> Msg {
    match column {
        Column::Group => Msg::ColGroup,
        Column::Count => Msg::ColCount,
        Column::Answered => Msg::ColAnswered,
        Column::Open => Msg::ColOpen,
        Column::Overdue => Msg::ColOverdue,
        Column::OnTime => Msg::ColOnTime,
        Column::OnTimeAfterPostponement => Msg::ColOnTimeAfterPostponement,
        Column::Late => Msg::ColLate,
        Column::WithNotice => Msg::ColWithNotice,
        Column::MedianDelay => Msg::ColMedianDelay,
        Column::MeanDelay => Msg::ColMeanDelay,
        Column::P90Delay => Msg::ColP90Delay,
        Column::MaxDelay => Msg::ColMaxDelay,
        Column::OnTimeShare => Msg::ColOnTimeShare,
        Column::OnTimeWithPostponementShare => Msg::ColOnTimeWithPostponementShare,
        Column::DelayRange => Msg::ColDelayRange,
        Column::Week => Msg::ColWeek,
        Column::Month => Msg::ColMonth,
        Column::SubmittedCount => Msg::ColSubmittedCount,
        Column::AnsweredCount => Msg::ColAnsweredCount,
        Column::Id => Msg::ColId,
        Column::SubmittedDate => Msg::ColSubmittedDate,
        Column::EndDate => Msg::ColEndDate,
        Column::Status => Msg::ColDocStatus,
    }
}

/// The translated label of a deadline status.
pub fn status_msg(status: Status) -> Msg {
    match status {
        Status::OnTime => Msg::ChartStatusOnTime,
        Status::OnTimeAfterPostponement => Msg::ChartStatusOnTimeAfterPostponement,
        Status::Late => Msg::ChartStatusLate,
        Status::Open => Msg::ChartStatusOpen,
        Status::Overdue => Msg::ChartStatusOverdue,
        Status::Unknown => Msg::ChartStatusUnknown,
    }
}

/// The SVG `fill` of a status: its pattern from [`super::status_fills::StatusFills`].
pub fn status_fill(status: Status) -> String {
    format!("url(#kv-fill-{})", status.as_str())
}

/// `template` with every `{name}` replaced by its value.
pub fn fill_template(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
