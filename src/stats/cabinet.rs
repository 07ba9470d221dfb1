//! The Dutch cabinets since 1998 with their swearing-in dates, so a document can be
//! placed in the cabinet in office on its submission date.

use crate::model::Date;
use serde::Serialize;
use std::sync::LazyLock;

/// A cabinet and the days it was in office: from its swearing-in (inclusive) to the
/// swearing-in of the next one (exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cabinet {
    /// The usual name, e.g. `Rutte IV`.
    pub name: &'static str,
    /// The day it was sworn in.
    pub start: Date,
    /// The day the next cabinet was sworn in; `None` for the cabinet still in office.
    pub end: Option<Date>,
}

impl Cabinet {
    /// Whether the cabinet was in office on `date` (a swearing-in day belongs to the
    /// new cabinet).
    pub fn in_office_on(&self, date: Date) -> bool {
        date >= self.start && self.end.is_none_or(|end| date < end)
    }
}

/// Name and swearing-in date (year, month, day) of every cabinet, in order.
const SWEARING_IN: &[(&str, (i32, u32, u32))] = &[
    ("Kok II", (1998, 8, 3)),
    ("Balkenende I", (2002, 7, 22)),
    ("Balkenende II", (2003, 5, 27)),
    ("Balkenende III", (2006, 7, 7)),
    ("Balkenende IV", (2007, 2, 22)),
    ("Rutte I", (2010, 10, 14)),
    ("Rutte II", (2012, 11, 5)),
    ("Rutte III", (2017, 10, 26)),
    ("Rutte IV", (2022, 1, 10)),
    ("Schoof", (2024, 7, 2)),
];

static CABINETS: LazyLock<Vec<Cabinet>> = LazyLock::new(|| {
    let starts: Vec<(&'static str, Date)> = SWEARING_IN
        .iter()
        .filter_map(|&(name, (y, m, d))| Date::from_ymd(y, m, d).map(|date| (name, date)))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(i, &(name, start))| Cabinet {
            name,
            start,
            end: starts.get(i + 1).map(|&(_, next)| next),
        })
        .collect()
});

/// Every cabinet in the table, oldest first.
pub fn cabinets() -> &'static [Cabinet] {
    &CABINETS
}

/// The cabinet in office on `date`; `None` before Kok II (3 August 1998).
///
/// ```
/// use kamervraag::model::Date;
/// use kamervraag::stats::cabinet_on;
/// let name = |y, m, d| cabinet_on(Date::from_ymd(y, m, d).unwrap()).map(|c| c.name);
/// assert_eq!(name(2024, 7, 1), Some("Rutte IV"));
/// assert_eq!(name(2024, 7, 2), Some("Schoof"));
/// assert_eq!(name(2002, 7, 22), Some("Balkenende I"));
/// assert_eq!(name(1990, 1, 1), None);
/// ```
pub fn cabinet_on(date: Date) -> Option<&'static Cabinet> {
    CABINETS
        .iter()
        .rev()
        .find(|cabinet| cabinet.in_office_on(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_swearing_in_date_is_valid_and_in_order() {
        assert_eq!(cabinets().len(), SWEARING_IN.len());
        for pair in cabinets().windows(2) {
            assert!(pair[0].start < pair[1].start);
            assert_eq!(pair[0].end, Some(pair[1].start));
        }
        assert_eq!(cabinets().last().and_then(|c| c.end), None);
    }

    #[test]
    fn places_days_around_each_change() {
        let day = |y, m, d| Date::from_ymd(y, m, d).unwrap();
        let cases = [
            (day(2002, 7, 21), "Kok II"),
            (day(2003, 5, 26), "Balkenende I"),
            (day(2003, 5, 27), "Balkenende II"),
            (day(2006, 7, 7), "Balkenende III"),
            (day(2007, 2, 22), "Balkenende IV"),
            (day(2010, 10, 13), "Balkenende IV"),
            (day(2010, 10, 14), "Rutte I"),
            (day(2012, 11, 5), "Rutte II"),
            (day(2017, 10, 25), "Rutte II"),
            (day(2017, 10, 26), "Rutte III"),
            (day(2022, 1, 10), "Rutte IV"),
            (day(2025, 9, 1), "Schoof"),
        ];
        for (date, name) in cases {
            assert_eq!(cabinet_on(date).map(|c| c.name), Some(name), "{date}");
        }
    }
}
