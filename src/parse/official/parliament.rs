//! The parliament's own detail pages (tweedekamer.nl): the first line names the kind
//! of page (`Antwoord schriftelijke vragen : …`, `Schriftelijke vragen : …`,
//! `Mededeling (uitstel antwoord) : …`), sentences are hard-wrapped over several
//! lines (sometimes indented), and the page ends with an `Indieners` / `Gericht aan`
//! / `Indiener` / `Medeindiener` block.
//!
//! [`units`] turns the lines of any official text into its units: one per line for
//! the publications, whose paragraphs are single lines, and rejoined paragraphs for
//! the wrapped detail pages.

use super::blocks::{lone_number, match_heading};
use super::header::is_sentence_start;
use crate::parse::lines::NumberedLines;

/// The line that ends the body of a detail page: its list of submitters follows.
pub(crate) const SUBMITTERS_BLOCK: &str = "Indieners";

/// The page title after the kind of page, when `line` is the first line of a detail
/// page.
///
/// ```text
/// assert_eq!(page_title("Schriftelijke vragen : De brug"), Some("De brug"));
/// ```
pub(crate) fn page_title(line: &str) -> Option<&str> {
    [
        "Antwoord schriftelijke vragen :",
        "Schriftelijke vragen :",
        "Mededeling (uitstel antwoord) :",
    ]
    .iter()
    .find_map(|kind| line.strip_prefix(kind))
    .map(str::trim)
}

/// One paragraph or heading with the number of its first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// 1-based number of the first line.
    pub(crate) line: u32,
    /// The text, trimmed, wrapped lines joined with a space.
    pub(crate) text: String,
}

/// Whether a wrapped paragraph ending in `previous` goes on with `next`: it does
/// unless `previous` ends a sentence and `next` starts a new one.
fn continues(previous: &str, next: &str) -> bool {
    let ends_sentence = previous.ends_with(['.', '?', '!', ':', '»', '”', ';']);
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    !ends_sentence || starts_lower
}

/// The units of `text`. With `wrapped`, consecutive lines are joined into one
/// paragraph while [`continues`] holds; headings, sentences that open the document
/// and every line from the submitters block on stand alone; a line that is only a
/// number is a footnote marker and is glued to the paragraph before it.
pub(crate) fn units(text: &str, wrapped: bool) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut open = false;
    let mut in_trailer = false;
    for (number, raw) in NumberedLines::new(text) {
        let line = raw.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        if !wrapped || in_trailer {
            units.push(Unit {
                line: number,
                text: line.to_string(),
            });
            continue;
        }
        let stands_alone = units.is_empty()
            || match_heading(line).is_some()
            || is_sentence_start(line)
            || line == SUBMITTERS_BLOCK;
        if line == SUBMITTERS_BLOCK {
            in_trailer = true;
        }
        match units.last_mut() {
            Some(last) if open && !stands_alone && lone_number(line).is_some() => {
                last.text.push_str(line);
            }
            Some(last) if open && !stands_alone && continues(&last.text, line) => {
                last.text.push(' ');
                last.text.push_str(line);
            }
            _ => {
                units.push(Unit {
                    line: number,
                    text: line.to_string(),
                });
                open = match_heading(line).is_none() && !in_trailer && units.len() > 1;
            }
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_are_rejoined() {
        let text = "Schriftelijke vragen : Iets\nVragen van het lid A (B) aan de Minister van C over iets (ingezonden 1 mei 2020).\nVraag 1\nBent u bekend met het bericht\n   over de brug?\n2\nVraag 2\nEen. Twee.\nDrie.\nIndieners\n-\n";
        let u = units(text, true);
        let texts: Vec<&str> = u.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Schriftelijke vragen : Iets",
                "Vragen van het lid A (B) aan de Minister van C over iets (ingezonden 1 mei 2020).",
                "Vraag 1",
                "Bent u bekend met het bericht over de brug?2",
                "Vraag 2",
                "Een. Twee.",
                "Drie.",
                "Indieners",
                "-",
            ]
        );
        assert_eq!(u[3].line, 4);
        assert_eq!(page_title(texts[0]), Some("Iets"));
    }
}
