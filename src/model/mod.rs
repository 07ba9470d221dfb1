//! The schema `kamervraag/1` — one parsed document with its questions, persons,
//! notices and diagnostics — and the calendar dates it is written in. Every other
//! layer builds on these types; this module imports none of them.

mod copies;
mod date;
mod document;
mod roles;

pub use copies::{keep_most_complete_copies, MostCompleteCopies};
pub use date::{days_in_month, is_leap_year, Date, DateParseError, DUTCH_MONTH_NAMES};
pub use document::{
    Diagnostic, DiagnosticKind, DocumentRef, Footnote, Format, Kamervraag, Notice, Person,
    Position, Question, Severity, SCHEMA,
};
pub use roles::ROLE_WORDS;
