//! The browser's clock: today's local date and a millisecond timer for time slices.

use crate::model::Date;

/// Today's date in the browser's time zone (1970-01-01 if the clock is unusable).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .or_else(|| Date::from_ymd(1970, 1, 1))
    .expect("1970-01-01 is a valid date")
}

/// Milliseconds on a monotonic-enough clock, for measuring time slices.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Gives the event loop a turn (a `setTimeout(0)`), so the page can paint and
/// handle input between two slices of work.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
