//! What the charts compute: SVG geometry ([`layout`]), the day scale of the delay bar
//! and per-document timeline ([`DayScale`]), and the tables and summary tiles behind
//! every chart ([`stats_table`]), and a chart framed as a standalone image ([`image`]).

mod day_scale;
pub mod image;
pub mod layout;
pub mod stats_table;

pub use day_scale::DayScale;
