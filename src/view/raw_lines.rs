//! The raw text of a document cut into lines for a windowed view: the line starts
//! are found once, then any run of lines is a slice of the text, so a view of a
//! 10 MB text keeps only the lines on screen in the DOM (see
//! [`row_window`](crate::view::library::row_window)).

use crate::view::library::{row_window, RowWindow};

/// The lines of a text, found in one pass. Line ends are `\n`; a `\r` before it stays
/// part of the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLines {
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<u32>,
    /// Length of the text in bytes.
    len: usize,
}

/// The run of lines a windowed raw-text view renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawWindow<'a> {
    /// The lines to render, joined with their `\n`s.
    pub text: &'a str,
    /// The rows: which lines and the space above and below them.
    pub rows: RowWindow,
}

impl RawLines {
    /// The line starts of `text`.
    ///
    /// ```
    /// use kamervraag::view::raw_lines::RawLines;
    /// let text = "een\ntwee\r\ndrie";
    /// let lines = RawLines::new(text);
    /// assert_eq!(lines.count(), 3);
    /// assert_eq!(lines.slice(text, 1, 3), "twee\r\ndrie");
    /// assert_eq!(RawLines::new("").count(), 1);
    /// ```
    pub fn new(text: &str) -> RawLines {
        let mut starts = vec![0u32];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        RawLines {
            starts,
            len: text.len(),
        }
    }

    /// The number of lines (a text without `\n` has one).
    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// Lines `from..to` of `text` (the text these lines were found in), without the
    /// line end after the last; empty when the range is empty or out of bounds.
    pub fn slice<'a>(&self, text: &'a str, from: usize, to: usize) -> &'a str {
        let to = to.min(self.count());
        if from >= to {
            return "";
        }
        let start = self.starts[from] as usize;
        let end = match self.starts.get(to) {
            Some(&next) => (next as usize).saturating_sub(1),
            None => self.len,
        };
        text.get(start..end.max(start)).unwrap_or("")
    }

    /// The lines of `text` to render for a view scrolled to `scroll_top` in a
    /// viewport `viewport_height` high, each line `line_height` pixels high.
    ///
    /// ```
    /// use kamervraag::view::raw_lines::RawLines;
    /// let text: String = (0..10_000).map(|i| format!("regel {i}\n")).collect();
    /// let lines = RawLines::new(&text);
    /// let window = lines.window(&text, 20.0 * 500.0, 400.0, 20, 10);
    /// assert!(window.text.starts_with("regel 490\n"));
    /// assert!(window.rows.end - window.rows.start < 50);
    /// ```
    pub fn window<'a>(
        &self,
        text: &'a str,
        scroll_top: f64,
        viewport_height: f64,
        line_height: u32,
        overscan: usize,
    ) -> RawWindow<'a> {
        let rows = row_window(
            scroll_top,
            viewport_height,
            line_height,
            self.count(),
            overscan,
        );
        RawWindow {
            text: self.slice(text, rows.start, rows.end),
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_of_five_million_lines_stay_small() {
        let text = "x\n".repeat(5_000_000);
        let lines = RawLines::new(&text);
        assert_eq!(lines.count(), 5_000_001);
        for top in [0.0, 1e6, 5e7, 1e12, f64::NAN] {
            let window = lines.window(&text, top, 800.0, 18, 20);
            assert!(window.rows.end - window.rows.start <= 100, "{top}");
            assert!(window.text.len() <= 200);
            let rendered = window.rows.end - window.rows.start;
            assert_eq!(
                window.rows.space_above + window.rows.space_below + rendered as u64 * 18,
                lines.count() as u64 * 18
            );
        }
    }

    #[test]
    fn every_line_window_joins_back_to_the_text() {
        let text = "a\r\nbb\n\nccc\nd";
        let lines = RawLines::new(text);
        assert_eq!(lines.count(), 5);
        assert_eq!(lines.slice(text, 0, lines.count()), text);
        let pieces: Vec<&str> = (0..lines.count())
            .map(|i| lines.slice(text, i, i + 1))
            .collect();
        assert_eq!(pieces, ["a\r", "bb", "", "ccc", "d"]);
        assert_eq!(lines.slice(text, 3, 2), "");
        assert_eq!(lines.slice(text, 9, 12), "");
    }
}
