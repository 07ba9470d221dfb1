//! What the charts compute: SVG geometry ([`layout`]), the day scale of the delay bar
//! and per-document timeline ([`DayScale`]), and the tables and summary tiles behind
//! every chart ([`stats_table`]).

mod day_scale;
pub mod layout;
pub mod stats_table;

pub use day_scale::DayScale;
