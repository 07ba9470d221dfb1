//! Splitting text into numbered lines with LF, CRLF or CR line ends.

/// Iterator over `(1-based line number, line text without its line end)`.
pub(crate) struct NumberedLines<'a> {
    rest: Option<&'a str>,
    number: u32,
    /// Whether the text holds a CR at all; without one, lines are found with the
    /// fast `memchr`-based search for LF only.
    has_cr: bool,
}

impl<'a> NumberedLines<'a> {
    /// Lines of `text`. A final line end does not start an extra empty line.
    pub(crate) fn new(text: &'a str) -> Self {
        NumberedLines {
            rest: (!text.is_empty()).then_some(text),
            number: 0,
            has_cr: text.contains('\r'),
        }
    }
}

impl<'a> Iterator for NumberedLines<'a> {
    type Item = (u32, &'a str);

    fn next(&mut self) -> Option<(u32, &'a str)> {
        let rest = self.rest?;
        self.number = self.number.saturating_add(1);
        let bytes = rest.as_bytes();
        let end = if self.has_cr {
            bytes.iter().position(|&b| b == b'\n' || b == b'\r')
        } else {
            rest.find('\n')
        };
        match end {
            None => {
                self.rest = None;
                Some((self.number, rest))
            }
            Some(end) => {
                let after = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                // `end` and `after` sit next to ASCII bytes, so both are char boundaries.
                let line = &rest[..end];
                let tail = &rest[after..];
                self.rest = (!tail.is_empty()).then_some(tail);
                Some((self.number, line))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u32, &str)> {
        NumberedLines::new(text).collect()
    }

    #[test]
    fn all_line_ends() {
        assert_eq!(lines("a\nb"), [(1, "a"), (2, "b")]);
        assert_eq!(lines("a\r\nb\r\n"), [(1, "a"), (2, "b")]);
        assert_eq!(lines("a\rb\r"), [(1, "a"), (2, "b")]);
        assert_eq!(lines("a\n\nb"), [(1, "a"), (2, ""), (3, "b")]);
        assert_eq!(lines("a\r\rb"), [(1, "a"), (2, ""), (3, "b")]);
        assert_eq!(lines(""), []);
        assert_eq!(lines("\n"), [(1, "")]);
    }
}
