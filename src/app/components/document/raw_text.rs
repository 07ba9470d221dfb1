//! The raw text a document was read from. A short text is one `<pre>`; a long one
//! (thousands of lines, say a file of junk) is windowed: only the lines in view are
//! in the DOM, chosen by [`RawLines::window`] as the reader scrolls.

use crate::view::raw_lines::RawLines;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Texts with more lines than this are windowed.
pub const WINDOWED_FROM_LINES: usize = 1000;
/// Height of one line of the windowed text in pixels (the CSS uses the same value).
pub const LINE_HEIGHT: u32 = 18;
/// Lines rendered above and below the visible ones.
const OVERSCAN: usize = 40;
/// The height of the scrolling box before it is measured (30rem in the CSS).
const DEFAULT_VIEWPORT: f64 = 480.0;

/// Properties of [`RawText`].
#[derive(Properties, PartialEq)]
pub struct RawTextProps {
    /// The text as read.
    pub raw: Rc<str>,
}

/// The raw text, windowed when long.
#[function_component(RawText)]
pub fn raw_text(props: &RawTextProps) -> Html {
    let lines = use_memo(props.raw.clone(), |raw| RawLines::new(raw));
    let scroll_top = use_state_eq(|| 0.0f64);
    let viewport = use_state_eq(|| DEFAULT_VIEWPORT);
    if lines.count() <= WINDOWED_FROM_LINES {
        return html! {
            <pre class="kv-raw-text" tabindex="0">{ props.raw.to_string() }</pre>
        };
    }
    let on_scroll = {
        let scroll_top = scroll_top.clone();
        let viewport = viewport.clone();
        Callback::from(move |e: Event| {
            let scroller: Element = e.target_unchecked_into();
            scroll_top.set(f64::from(scroller.scroll_top()));
            viewport.set(f64::from(scroller.client_height()).max(1.0));
        })
    };
    let window = lines.window(&props.raw, *scroll_top, *viewport, LINE_HEIGHT, OVERSCAN);
    html! {
        <div class="kv-raw-text kv-raw-text--windowed" tabindex="0"
            onscroll={on_scroll} data-lines={lines.count().to_string()}>
            <svg class="kv-spacer" aria-hidden="true" width="1" height={window.rows.space_above.to_string()} />
            <pre class="kv-raw-text__lines">{ window.text.to_string() }</pre>
            <svg class="kv-spacer" aria-hidden="true" width="1" height={window.rows.space_below.to_string()} />
        </div>
    }
}
