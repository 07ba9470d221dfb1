//! Pure line classifiers: what a single line (or the whole text) looks like, without
//! any state. The reader ([`super::reader`]) decides what a line means where it
//! stands; these functions only say which shape it has. All take the line already
//! trimmed.

use super::is_valid_vraagnummer;
use super::lines::NumberedLines;

/// A header label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Ingediend,
    Beantwoord,
    BeantwoordDoor,
    Indiener,
    Onderwerpen,
    BronVraag,
    BronAntwoord,
}

impl Label {
    /// This label's bit in a set of labels seen.
    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The label as written, for diagnostics.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Label::Ingediend => "Ingediend",
            Label::Beantwoord => "Beantwoord",
            Label::BeantwoordDoor => "Beantwoord door",
            Label::Indiener => "Indiener",
            Label::Onderwerpen => "Onderwerpen",
            Label::BronVraag => "Bron vraag",
            Label::BronAntwoord => "Bron antwoord",
        }
    }
}

/// Label words in matching order (`Beantwoord door` before `Beantwoord`).
const LABELS: &[(&[&str], Label)] = &[
    (&["Beantwoord", "door"], Label::BeantwoordDoor),
    (&["Beantwoord"], Label::Beantwoord),
    (&["Indieners"], Label::Indiener),
    (&["Indiener"], Label::Indiener),
    (&["Ingediend"], Label::Ingediend),
    (&["Onderwerpen"], Label::Onderwerpen),
    (&["Bron", "vraag"], Label::BronVraag),
    (&["Bron", "antwoord"], Label::BronAntwoord),
];

/// A recognised label line: the label, its value and whether it was a table row.
pub(crate) struct LabelLine<'a> {
    pub(crate) label: Label,
    pub(crate) value: &'a str,
    pub(crate) table: bool,
}

/// Reads a header-label line (already trimmed), plain or as a table row.
pub(crate) fn match_label(trimmed: &str) -> Option<LabelLine<'_>> {
    let first = trimmed.as_bytes().first()?;
    if !matches!(first, b'B' | b'I' | b'O' | b'|') {
        return None;
    }
    let (line, leading_pipe) = match trimmed.strip_prefix('|') {
        Some(rest) => (rest.trim_start(), true),
        None => (trimmed, false),
    };
    'labels: for (words, label) in LABELS {
        let mut rest = line;
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                let after_space = rest.trim_start();
                if after_space.len() == rest.len() {
                    continue 'labels;
                }
                rest = after_space;
            }
            match rest.strip_prefix(word) {
                Some(after) => rest = after,
                None => continue 'labels,
            }
        }
        let after_space = rest.trim_start();
        let value = match after_space.as_bytes().first() {
            None => "",
            Some(b'|') => {
                let cell = after_space[1..].trim();
                let cell = cell.strip_suffix('|').unwrap_or(cell).trim();
                return Some(LabelLine {
                    label: *label,
                    value: cell,
                    table: true,
                });
            }
            Some(b':') if after_space.len() == rest.len() => rest[1..].trim(),
            Some(_) if after_space.len() < rest.len() => after_space.trim_end(),
            Some(_) => continue 'labels,
        };
        let value = if leading_pipe {
            value.strip_suffix('|').unwrap_or(value).trim()
        } else {
            value
        };
        return Some(LabelLine {
            label: *label,
            value,
            table: leading_pipe,
        });
    }
    None
}

/// The vraagnummer of a `Kamervraag <vraagnummer>` heading line (trimmed), as written.
/// The number must be one word of ASCII letters and digits holding a digit.
pub(crate) fn match_heading(trimmed: &str) -> Option<&str> {
    let line = trimmed.trim_start_matches('#').trim_start();
    let rest = line.strip_prefix("Kamervraag")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let number = rest.trim();
    let ok = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_alphanumeric())
        && number.bytes().any(|b| b.is_ascii_digit());
    ok.then_some(number)
}

/// A table separator row such as `---|---|` or `| --- | :-: |`.
pub(crate) fn is_table_separator(trimmed: &str) -> bool {
    trimmed.contains('-')
        && trimmed.contains('|')
        && trimmed
            .bytes()
            .all(|b| matches!(b, b'-' | b'|' | b':' | b' ' | b'\t'))
}

/// A footnote line `N. text` (N = 1 to 3 digits): the number and the text.
pub(crate) fn match_footnote(trimmed: &str) -> Option<(u32, &str)> {
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = trimmed[digits..].strip_prefix('.')?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let number = trimmed[..digits].parse().ok()?;
    Some((number, rest.trim()))
}

/// What a bullet line announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bullet<'a> {
    /// `Vraag N`: a question with its number as written.
    Question(u32),
    /// `Mededeling - <date>`: a notice with its date text (possibly empty).
    Notice(&'a str),
    /// A `•` bullet with anything else after it.
    Other,
}

/// A bullet line (trimmed): what it announces, when the line has a bullet.
/// `•` always counts; `*`, `-` and `·` only before `Vraag` or `Mededeling`.
pub(crate) fn match_bullet(trimmed: &str) -> Option<Bullet<'_>> {
    let text = bullet_text(trimmed)?;
    Some(if let Some(number) = match_question_bullet(text) {
        Bullet::Question(number)
    } else if let Some(date_text) = match_notice_bullet(text) {
        Bullet::Notice(date_text)
    } else {
        Bullet::Other
    })
}

/// The text after the bullet character, when the line has one.
fn bullet_text(trimmed: &str) -> Option<&str> {
    if let Some(rest) = trimmed.strip_prefix('•') {
        return Some(rest.trim());
    }
    let rest = trimmed
        .strip_prefix('*')
        .or_else(|| trimmed.strip_prefix('-'))
        .or_else(|| trimmed.strip_prefix('·'))?;
    let rest = rest.trim();
    (rest.starts_with("Vraag") || rest.starts_with("Mededeling")).then_some(rest)
}

/// `Vraag N`: the number.
fn match_question_bullet(text: &str) -> Option<u32> {
    let rest = text.strip_prefix("Vraag")?;
    let number = rest.trim();
    if rest.len() == number.len()
        || number.is_empty()
        || number.len() > 6
        || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    number.parse().ok()
}

/// `Mededeling - <date>`: the date text (possibly empty).
fn match_notice_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("Mededeling")?;
    if !(rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '-')) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('–'))
        .or_else(|| rest.strip_prefix('—'))
        .unwrap_or(rest);
    Some(rest.trim())
}

/// The valid vraagnummer after `kv-tk-` in a URL or document number, if any.
pub(crate) fn vraagnummer_after_kv_tk(text: &str) -> Option<&str> {
    let at = text.find("kv-tk-")?;
    let rest = &text[at + "kv-tk-".len()..];
    let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let number = &rest[..len];
    is_valid_vraagnummer(number).then_some(number)
}

/// A trailer line: what it holds, with its value trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TrailerLine<'a> {
    /// `Kamervraag document nummer: <number>` (the question document).
    QuestionDocument(&'a str),
    /// `Kamerantwoord document nummer: <number>` (the answer document).
    AnswerDocument(&'a str),
    /// `Volledige titel: <title>`, the title of the document named on the line before.
    FullTitle(&'a str),
}

/// Reads a trailer line (already trimmed).
pub(crate) fn match_trailer(trimmed: &str) -> Option<TrailerLine<'_>> {
    if !matches!(trimmed.as_bytes().first(), Some(b'K' | b'V')) {
        return None;
    }
    let line = if let Some(value) = trimmed.strip_prefix("Kamervraag document nummer:") {
        TrailerLine::QuestionDocument(value.trim())
    } else if let Some(value) = trimmed.strip_prefix("Kamerantwoord document nummer:") {
        TrailerLine::AnswerDocument(value.trim())
    } else {
        TrailerLine::FullTitle(trimmed.strip_prefix("Volledige titel:")?.trim())
    };
    Some(line)
}

/// The longest answer that can still be a bare reference to other answers.
const SEE_ANSWER_MAX_BYTES: usize = 120;

/// The most questions one range (`vraag 8 tot en met 11`) may name.
const SEE_ANSWER_MAX_RANGE: u32 = 100;

/// The questions an answer refers to when the whole answer is a reference to the
/// answers of other questions, in order; empty for any other answer.
///
/// The family: `Zie` [`ook`] [`het` | `de` | `mijn`] `antwoord`/`antwoorden`
/// [`op` | `bij` | `onder` | `van`] [`de`] `vraag`/`vragen` and a list of numbers
/// joined by `,`, `en`, or ranges with `tot en met`, `t/m` or a dash; any case, an
/// optional final period.
pub(crate) fn see_answers(answer: &str) -> Vec<u32> {
    if answer.len() > SEE_ANSWER_MAX_BYTES {
        return Vec::new();
    }
    let lower = answer.trim().to_lowercase();
    let text = lower.strip_suffix('.').unwrap_or(&lower);
    let spaced = text.replace(',', " , ").replace(['-', '\u{2013}'], " t/m ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    read_see_answers(&words).unwrap_or_default()
}

/// [`see_answers`] over the lower-case words of the answer.
fn read_see_answers(words: &[&str]) -> Option<Vec<u32>> {
    let mut rest = words.strip_prefix(&["zie"])?;
    for optional in [&["ook"][..], &["het", "de", "mijn"]] {
        if let Some((first, tail)) = rest.split_first() {
            if optional.contains(first) {
                rest = tail;
            }
        }
    }
    let (first, tail) = rest.split_first()?;
    if !matches!(*first, "antwoord" | "antwoorden") {
        return None;
    }
    rest = tail;
    for optional in [&["op", "bij", "onder", "van"][..], &["de"]] {
        if let Some((first, tail)) = rest.split_first() {
            if optional.contains(first) {
                rest = tail;
            }
        }
    }
    let (first, tail) = rest.split_first()?;
    if !matches!(*first, "vraag" | "vragen") {
        return None;
    }
    rest = tail;
    let number = |word: &str| -> Option<u32> {
        (word.len() <= 6 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse().ok())
            .flatten()
    };
    let (first, tail) = rest.split_first()?;
    let mut out = vec![number(first)?];
    rest = tail;
    while let Some((word, tail)) = rest.split_first() {
        let (range, tail) = match (*word, tail) {
            ("," | "en", tail) => (false, tail),
            ("t/m", tail) => (true, tail),
            ("tot", ["en", "met", tail @ ..]) => (true, tail),
            _ => return None,
        };
        let (word, tail) = tail.split_first()?;
        let next = number(word)?;
        if range {
            let from = *out.last()?;
            if next <= from || next - from > SEE_ANSWER_MAX_RANGE {
                return None;
            }
            out.extend(from + 1..=next);
        } else {
            out.push(next);
        }
        rest = tail;
    }
    let mut seen = Vec::with_capacity(out.len());
    for n in out {
        if !seen.contains(&n) {
            seen.push(n);
        }
    }
    Some(seen)
}

/// Where the document starts: the first heading or label line, with its 1-based number.
pub(crate) fn find_start(text: &str) -> Option<u32> {
    NumberedLines::new(text).find_map(|(number, line)| {
        let trimmed = line.trim();
        (match_heading(trimmed).is_some() || match_label(trimmed).is_some()).then_some(number)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_plain_tab_and_table() {
        let l = match_label("Ingediend\t13 juli 2023").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::Ingediend, "13 juli 2023", false)
        );
        let l = match_label("Beantwoord door | |").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::BeantwoordDoor, "", true)
        );
        let l = match_label("| Indiener | Jan (SP) |").unwrap();
        assert_eq!(
            (l.label, l.value, l.table),
            (Label::Indiener, "Jan (SP)", true)
        );
        let l = match_label("Beantwoord door").unwrap();
        assert_eq!((l.label, l.value), (Label::BeantwoordDoor, ""));
        let l = match_label("Beantwoord 1 mei 2020 (na 3 dagen)").unwrap();
        assert_eq!(l.label, Label::Beantwoord);
        assert!(match_label("Beantwoorde vragen").is_none());
        assert!(match_label("Bronvraag x").is_none());
    }

    #[test]
    fn headings() {
        assert_eq!(match_heading("Kamervraag 2023Z13670"), Some("2023Z13670"));
        assert_eq!(
            match_heading("Kamervraag\t20011Z03937"),
            Some("20011Z03937")
        );
        assert_eq!(match_heading("Kamervraag document nummer: kv-tk-1"), None);
        assert_eq!(match_heading("Kamervragen 2023Z13670"), None);
        assert_eq!(match_heading("Kamervraag nummer"), None);
    }

    #[test]
    fn see_answer_forms() {
        let first = |a: &str| see_answers(a).first().copied();
        assert_eq!(first("Zie antwoord vraag 2."), Some(2));
        assert_eq!(first("zie antwoord op vraag 12"), Some(12));
        assert_eq!(first("ZIE ANTWOORD VRAAG 3"), Some(3));
        assert_eq!(see_answers("Zie het antwoord op vraag 10."), [10]);
        assert_eq!(see_answers("Zie mijn antwoord bij vraag 2."), [2]);
        assert_eq!(see_answers("Zie antwoord vraag 2 en 3."), [2, 3]);
        assert_eq!(
            see_answers("Zie het antwoord op vraag 8 tot en met 11."),
            [8, 9, 10, 11]
        );
        assert_eq!(
            see_answers("Zie de antwoorden op de vragen 1 en 2."),
            [1, 2]
        );
        assert_eq!(see_answers("Zie antwoord op vragen 1, 4 en 6"), [1, 4, 6]);
        assert_eq!(see_answers("Zie ook het antwoord op vraag 4-6."), [4, 5, 6]);
        assert_eq!(see_answers("Zie antwoord vraag 2 t/m 3"), [2, 3]);
    }

    #[test]
    fn see_answer_refuses_other_answers() {
        for answer in [
            "Zie antwoord vraag 2, maar ook de brief.",
            "Zie de brief van 3 mei.",
            "Zie antwoord vraag.",
            "Zie antwoord vraag 5 tot en met 3.",
            "Zie antwoord vraag 1 tot en met 900.",
            "Nee. Zie antwoord vraag 2.",
            "Zie antwoord vraag 2 en",
        ] {
            assert_eq!(see_answers(answer), Vec::<u32>::new(), "{answer}");
        }
    }

    #[test]
    fn footnotes_and_separators() {
        assert_eq!(
            match_footnote("1. NRC, 10 mei 2010."),
            Some((1, "NRC, 10 mei 2010."))
        );
        assert_eq!(match_footnote("12."), Some((12, "")));
        assert_eq!(match_footnote("2022. Jaar"), None);
        assert_eq!(match_footnote("1.5 miljoen"), None);
        assert!(is_table_separator("---|---|"));
        assert!(is_table_separator("| --- | :-: |"));
        assert!(!is_table_separator("- Vraag 1"));
    }

    #[test]
    fn bullets() {
        assert_eq!(match_bullet("• Vraag 2"), Some(Bullet::Question(2)));
        assert_eq!(match_bullet("- Vraag 3"), Some(Bullet::Question(3)));
        assert_eq!(
            match_bullet("• Mededeling - 1 mei 2020"),
            Some(Bullet::Notice("1 mei 2020"))
        );
        assert_eq!(match_bullet("• Vra"), Some(Bullet::Other));
        assert_eq!(match_bullet("- boodschappen"), None);
    }

    #[test]
    fn trailer_lines() {
        assert_eq!(
            match_trailer("Kamervraag document nummer: kv-tk-2020Z00001"),
            Some(TrailerLine::QuestionDocument("kv-tk-2020Z00001"))
        );
        assert_eq!(
            match_trailer("Kamerantwoord document nummer:"),
            Some(TrailerLine::AnswerDocument(""))
        );
        assert_eq!(
            match_trailer("Volledige titel:  Over iets "),
            Some(TrailerLine::FullTitle("Over iets"))
        );
        assert_eq!(match_trailer("Kamervraag 2020Z00001"), None);
        assert_eq!(
            vraagnummer_after_kv_tk("https://example.org/kv-tk-2020Z00001/"),
            Some("2020Z00001")
        );
    }
}
