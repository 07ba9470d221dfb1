//! The SVG fill of each deadline status in the charts.

use crate::stats::Status;

/// The SVG `fill` of a status: its pattern from [`super::status_fills::StatusFills`].
pub fn status_fill(status: Status) -> String {
    format!("url(#kv-fill-{})", status.as_str())
}
