//! Calendar dates without a time zone: the `YYYY-MM-DD` values of schema `kamervraag/1`.
//!
//! A small proleptic-Gregorian date type with day arithmetic, so the core needs no
//! date crate. Serialized as an ISO 8601 string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Dutch month names as documents print them, January first.
pub const DUTCH_MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Number of days in `month` of `year`, or 0 for a month outside 1..=12.
///
/// ```
/// use kamervraag::model::days_in_month;
/// assert_eq!(days_in_month(2024, 2), 29);
/// assert_eq!(days_in_month(2023, 2), 28);
/// assert_eq!(days_in_month(1900, 2), 28);
/// assert_eq!(days_in_month(2000, 2), 29);
/// assert_eq!(days_in_month(2023, 13), 0);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// The date `year-month-day`, or `None` when it does not exist (`2023-02-31`).
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// assert!(Date::from_ymd(2024, 2, 29).is_some());
    /// assert!(Date::from_ymd(2023, 2, 29).is_none());
    /// assert!(Date::from_ymd(2023, 0, 1).is_none());
    /// ```
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    pub fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1..=31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before it).
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
    /// assert_eq!(Date::from_ymd(2000, 3, 1).unwrap().days_since_epoch(), 11017);
    /// ```
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01; `None` outside years 1..=9999.
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// let d = Date::from_ymd(2024, 2, 29).unwrap();
    /// assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        let year = i32::try_from(y).ok()?;
        Date::from_ymd(year, m as u32, d as u32)
    }

    /// Calendar days from `self` to `later` (negative when `later` is earlier).
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// let a = Date::from_ymd(2023, 7, 13).unwrap();
    /// let b = Date::from_ymd(2023, 9, 15).unwrap();
    /// assert_eq!(a.days_until(b), 64);
    /// assert_eq!(b.days_until(a), -64);
    /// ```
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The date `days` later (earlier when negative), saturating at the ends of the range.
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// let d = Date::from_ymd(2024, 2, 8).unwrap();
    /// assert_eq!(d.add_days(21).to_string(), "2024-02-29");
    /// ```
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(days)).unwrap_or(self)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// assert_eq!(Date::from_ymd(2026, 11, 28).unwrap().weekday(), 6);
    /// ```
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u32
    }

    /// The Monday of the week that holds this date.
    pub fn week_start(self) -> Date {
        self.add_days(-(self.weekday() as i64 - 1))
    }

    /// The Dutch name of this date's month, e.g. `juli`.
    pub fn dutch_month_name(self) -> &'static str {
        DUTCH_MONTH_NAMES[(self.month as usize).clamp(1, 12) - 1]
    }

    /// The date as Dutch documents print it: day without leading zero, month name, year.
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// use kamervraag::parse::parse_dutch_date;
    /// let d = Date::from_ymd(2023, 7, 3).unwrap();
    /// assert_eq!(d.to_dutch(), "3 juli 2023");
    /// assert_eq!(parse_dutch_date(&d.to_dutch()), Some(d));
    /// ```
    pub fn to_dutch(self) -> String {
        format!("{} {} {}", self.day, self.dutch_month_name(), self.year)
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Error for a string that is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParseError(pub String);

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected a date as YYYY-MM-DD, found {:?}", self.0)
    }
}

impl std::error::Error for DateParseError {}

impl FromStr for Date {
    type Err = DateParseError;

    /// Reads `YYYY-MM-DD`.
    ///
    /// ```
    /// use kamervraag::model::Date;
    /// let d: Date = "2023-07-13".parse().unwrap();
    /// assert_eq!((d.year(), d.month(), d.day()), (2023, 7, 13));
    /// assert!("2023-02-30".parse::<Date>().is_err());
    /// assert!("13 juli 2023".parse::<Date>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (
            num(0..4).ok_or_else(err)?,
            num(5..7).ok_or_else(err)?,
            num(8..10).ok_or_else(err)?,
        );
        Date::from_ymd(y as i32, m, d).ok_or_else(err)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap().days_since_epoch();
        let end = Date::from_ymd(2300, 1, 1).unwrap().days_since_epoch();
        let mut prev: Option<Date> = None;
        for n in start..end {
            let d = Date::from_days_since_epoch(n).unwrap();
            assert_eq!(d.days_since_epoch(), n);
            if let Some(p) = prev {
                assert!(p < d);
            }
            prev = Some(d);
        }
    }

    #[test]
    fn serializes_as_iso_string() {
        let d = Date::from_ymd(2023, 7, 3).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2023-07-03\"");
        let back: Date = serde_json::from_str("\"2023-07-03\"").unwrap();
        assert_eq!(back, d);
    }
}
