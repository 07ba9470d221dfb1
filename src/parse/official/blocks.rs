//! The block headings of an official text, one per line: `Vraag N` and `Antwoord N`
//! with their number lists (`2 en 3`, `1, 2`, `1, 5, 6`, `4 t/m 6`), `Mededeling`,
//! `Toelichting:`, `X Noot` and the closing `Naar boven`; and the numbers of a
//! footnote or a footnote marker wrapped onto its own line.

/// A line that opens a block of an official text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Heading {
    /// `Vraag N…`: the questions it names, in the order written.
    Question(Vec<u32>),
    /// `Antwoord N…`: the questions it answers.
    Answer(Vec<u32>),
    /// `Mededeling`: the text of a postponement notice follows.
    Notice,
    /// `Toelichting:`: an explanation of the questions follows.
    Explanation,
    /// `X Noot`: a footnote number and its text follow.
    Footnote,
    /// `Naar boven`: the end of the page.
    End,
}

/// The most numbers one heading may name (a range is expanded up to this).
const MAX_NUMBERS: usize = 100;

/// Reads a number list: numbers joined by `,`, `en`, `&`, and ranges `t/m`, `tot en
/// met` or `-`; `None` when anything else is in it.
///
/// ```text
/// assert_eq!(number_list("1, 5 en 6"), Some(vec![1, 5, 6]));
/// assert_eq!(number_list("4 t/m 6"), Some(vec![4, 5, 6]));
/// ```
pub(crate) fn number_list(text: &str) -> Option<Vec<u32>> {
    let text = text
        .trim()
        .trim_end_matches([':', '.'])
        .replace("tot en met", " t/m ")
        .replace(['-', '–'], " t/m ")
        .replace([',', '&'], " ");
    let mut numbers: Vec<u32> = Vec::new();
    let mut range_open = false;
    let mut expect_number = true;
    for word in text.split_whitespace() {
        match word {
            "en" if !expect_number => expect_number = true,
            "t/m" if !expect_number && !range_open => {
                range_open = true;
                expect_number = true;
            }
            _ => {
                if word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let n: u32 = word.parse().ok()?;
                if range_open {
                    let from = *numbers.last()?;
                    if n <= from || (n - from) as usize > MAX_NUMBERS {
                        return None;
                    }
                    numbers.extend(from + 1..=n);
                    range_open = false;
                } else {
                    numbers.push(n);
                }
                expect_number = false;
            }
        }
        if numbers.len() > MAX_NUMBERS {
            return None;
        }
    }
    (!numbers.is_empty() && !range_open && !expect_number).then_some(numbers)
}

/// The block heading `line` (trimmed) is, if any.
///
/// ```text
/// assert_eq!(match_heading("Vraag 2 en 3"), Some(Heading::Question(vec![2, 3])));
/// assert_eq!(match_heading("Naar boven"), Some(Heading::End));
/// ```
pub(crate) fn match_heading(line: &str) -> Option<Heading> {
    match line {
        "Mededeling" | "Mededeling:" => return Some(Heading::Notice),
        "Toelichting" | "Toelichting:" => return Some(Heading::Explanation),
        "X Noot" => return Some(Heading::Footnote),
        "Naar boven" => return Some(Heading::End),
        _ => {}
    }
    if let Some(rest) = line
        .strip_prefix("Vraag ")
        .or_else(|| line.strip_prefix("Vragen "))
    {
        return number_list(rest).map(Heading::Question);
    }
    if let Some(rest) = line
        .strip_prefix("Antwoord ")
        .or_else(|| line.strip_prefix("Antwoorden "))
    {
        return number_list(rest).map(Heading::Answer);
    }
    None
}

/// The number of a line that is only a number (a footnote number after `X Noot`, or a
/// footnote marker wrapped onto its own line).
pub(crate) fn lone_number(line: &str) -> Option<u32> {
    let line = line.trim();
    (!line.is_empty() && line.len() <= 4 && line.bytes().all(|b| b.is_ascii_digit()))
        .then(|| line.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_lists() {
        assert_eq!(number_list("1"), Some(vec![1]));
        assert_eq!(number_list("2 en 3"), Some(vec![2, 3]));
        assert_eq!(number_list("1, 2"), Some(vec![1, 2]));
        assert_eq!(number_list("1, 5, 6"), Some(vec![1, 5, 6]));
        assert_eq!(number_list("4 t/m 6"), Some(vec![4, 5, 6]));
        assert_eq!(number_list("7 tot en met 9:"), Some(vec![7, 8, 9]));
        assert_eq!(number_list("10-11"), Some(vec![10, 11]));
        assert_eq!(number_list("1 en"), None);
        assert_eq!(number_list("van de leden"), None);
        assert_eq!(number_list("1 t/m 100000"), None);
        assert_eq!(number_list(""), None);
    }

    #[test]
    fn headings() {
        assert_eq!(
            match_heading("Vraag 1, 2"),
            Some(Heading::Question(vec![1, 2]))
        );
        assert_eq!(
            match_heading("Antwoord 4 t/m 6"),
            Some(Heading::Answer(vec![4, 5, 6]))
        );
        assert_eq!(match_heading("Antwoord van Minister Aa (Zaken)"), None);
        assert_eq!(match_heading("Vraag"), None);
        assert_eq!(match_heading("Toelichting:"), Some(Heading::Explanation));
        assert_eq!(match_heading("X Noot"), Some(Heading::Footnote));
        assert_eq!(lone_number(" 12 "), Some(12));
        assert_eq!(lone_number("12a"), None);
    }
}
