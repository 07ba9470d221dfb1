//! Dutch dates (`13 juli 2023`, `1 mrt 2024`) and the `(na N dagen)` delay.

use crate::model::Date;

/// The outcome of reading a Dutch date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateRead {
    /// A real date.
    Valid(Date),
    /// Day, month name and year were read, but the date does not exist.
    Impossible,
    /// Not a Dutch date at all.
    NotADate,
}

/// Month number of a Dutch month name or abbreviation (lower case, final `.` removed).
fn month_number(name: &str) -> Option<u32> {
    Some(match name {
        "januari" | "jan" => 1,
        "februari" | "feb" | "febr" => 2,
        "maart" | "mrt" | "mar" | "maa" => 3,
        "april" | "apr" => 4,
        "mei" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "augustus" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Reads `<day> <month> <year>` with any whitespace between the parts.
pub(crate) fn read_dutch_date(text: &str) -> DateRead {
    let mut parts = text.split_whitespace();
    let (Some(day), Some(month), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return DateRead::NotADate;
    };
    let all_digits = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !all_digits(day, 2) || year.len() != 4 || !all_digits(year, 4) {
        return DateRead::NotADate;
    }
    let month = month.strip_suffix('.').unwrap_or(month).to_lowercase();
    let Some(month) = month_number(&month) else {
        return DateRead::NotADate;
    };
    let (Ok(day), Ok(year)) = (day.parse::<u32>(), year.parse::<i32>()) else {
        return DateRead::NotADate;
    };
    match Date::from_ymd(year, month, day) {
        Some(date) => DateRead::Valid(date),
        None => DateRead::Impossible,
    }
}

/// Reads a Dutch date: day, month name (full or abbreviated, any case, optional final
/// period) and four-digit year. `None` for anything else and for impossible dates.
///
/// ```
/// use kamervraag::parse::parse_dutch_date;
/// use kamervraag::model::Date;
/// assert_eq!(parse_dutch_date("13 juli 2023"), Date::from_ymd(2023, 7, 13));
/// assert_eq!(parse_dutch_date("1 maart 2024"), Date::from_ymd(2024, 3, 1));
/// assert_eq!(parse_dutch_date("01 mrt 2024"), Date::from_ymd(2024, 3, 1));
/// assert_eq!(parse_dutch_date("5 Sept. 2019"), Date::from_ymd(2019, 9, 5));
/// assert_eq!(parse_dutch_date("29 feb 2024"), Date::from_ymd(2024, 2, 29));
/// assert_eq!(parse_dutch_date("31 februari 2023"), None);
/// assert_eq!(parse_dutch_date("13 july 2023"), None);
/// assert_eq!(parse_dutch_date("2023-07-13"), None);
/// ```
pub fn parse_dutch_date(text: &str) -> Option<Date> {
    match read_dutch_date(text) {
        DateRead::Valid(date) => Some(date),
        _ => None,
    }
}

/// Reads the delay `(na N dagen)` (also `(na 1 dag)`); `None` when it is not one.
///
/// ```
/// use kamervraag::parse::parse_stated_delay;
/// assert_eq!(parse_stated_delay("(na 64 dagen)"), Some(64));
/// assert_eq!(parse_stated_delay("(na 1 dagen)"), Some(1));
/// assert_eq!(parse_stated_delay("(na 1 dag)"), Some(1));
/// assert_eq!(parse_stated_delay("(64 dagen)"), None);
/// ```
pub fn parse_stated_delay(text: &str) -> Option<i64> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    let mut parts = inner.split_whitespace();
    let (Some("na"), Some(number), Some("dagen" | "dag"), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if number.len() > 6 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_dates_round_trip_through_the_parser() {
        for month in 1..=12 {
            for day in [1, 9, 28] {
                let d = Date::from_ymd(2024, month, day).unwrap();
                assert_eq!(parse_dutch_date(&d.to_dutch()), Some(d));
            }
        }
    }

    #[test]
    fn impossible_and_not_a_date_differ() {
        assert_eq!(read_dutch_date("31 februari 2023"), DateRead::Impossible);
        assert_eq!(read_dutch_date("0 mei 2023"), DateRead::Impossible);
        assert_eq!(read_dutch_date("gisteren"), DateRead::NotADate);
        assert_eq!(read_dutch_date("123 mei 2023"), DateRead::NotADate);
        assert_eq!(read_dutch_date("1 mei 20233"), DateRead::NotADate);
        assert_eq!(read_dutch_date("1 mei 2023 extra"), DateRead::NotADate);
    }

    #[test]
    fn every_abbreviation() {
        let cases = [
            ("jan", 1),
            ("feb", 2),
            ("mrt", 3),
            ("apr", 4),
            ("mei", 5),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("okt", 10),
            ("nov", 11),
            ("dec", 12),
        ];
        for (name, month) in cases {
            let date = parse_dutch_date(&format!("2 {name} 2020")).unwrap();
            assert_eq!(date.month(), month, "{name}");
        }
    }
}
