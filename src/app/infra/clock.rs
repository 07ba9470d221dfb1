//! The browser's clock: today's date in the reader's time zone.

use crate::model::Date;

/// Today's date as the browser sees it (local time). Falls back to 1 January 2000
/// if the clock gives an impossible date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = now.get_month() + 1;
    let day = now.get_date();
    Date::from_ymd(year, month, day)
        .unwrap_or_else(|| Date::from_ymd(2000, 1, 1).expect("2000-01-01 is a valid date"))
}
