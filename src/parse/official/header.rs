//! The prose sentences that open an official text: `Vragen van het lid X (PARTIJ) aan
//! de Minister van Y over … (ingezonden <date>).` and `Antwoord van Minister Z (Y)
//! (ontvangen <date>).` or `Mededeling van …`, read with regular expressions whose
//! named groups follow the sentence grammar; and the rows of the glued header tables.
//!
//! Every function here is pure: it reads one sentence or row and returns what it
//! says, or `None` when the text is not such a sentence.

use crate::model::{Person, Position};
use regex_lite::Regex;
use std::sync::OnceLock;

/// What a `Vragen van …` sentence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuestionsSentence {
    /// The members who asked, in order, with their parties.
    pub(crate) submitters: Vec<Person>,
    /// The subject after `over`, as written.
    pub(crate) subject: String,
    /// The text inside `(ingezonden …)`, when present.
    pub(crate) submitted: Option<String>,
}

/// Whether a reply sentence answers the questions or postpones the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReplyKind {
    /// `Antwoord van …`.
    Answer,
    /// `Mededeling van …`: a postponement notice.
    Notice,
}

/// What an `Antwoord van …` or `Mededeling van …` sentence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReplySentence {
    /// Answer or notice.
    pub(crate) kind: ReplyKind,
    /// The named government members who sign, signers first, then named co-signers
    /// (`mede namens de Staatssecretaris Van Huffelen (…)`); co-signers named only by
    /// their post (`mede namens de Minister van …`) are not persons and are left out.
    pub(crate) persons: Vec<Person>,
    /// The date inside `(ontvangen …)` or the bare parenthesised date.
    pub(crate) date: String,
}

fn questions_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"^Vragen van (?:het |de )?(?:lid|leden) (?P<members>.+?),? aan (?:de |het )?(?P<addressees>.+?) over (?P<subject>.+?)(?: ?\((?:ingezonden|ontvangen) (?P<date>[^()]*)\))?\.?$",
        )
        .expect("questions sentence pattern")
    })
}

fn reply_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"^(?P<kind>Antwoord|Mededeling) van (?P<who>.+?) ?\((?:ontvangen )?(?P<date>[0-9]{1,2} +[a-z]+ +[0-9]{4})\)\.?(?: *(?P<rest>.*))?$",
        )
        .expect("reply sentence pattern")
    })
}

fn table_row_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"^Tweede Kamer der Staten-Generaal(?P<from>[0-9]{4})-(?P<to>[0-9]{4})(?:(?P<id>[0-9]{4}Z[0-9]{5})|(?P<number>[0-9]{1,6}))?",
        )
        .expect("header table row pattern")
    })
}

/// Reads a `Vragen van …` sentence.
///
/// ```text
/// let s = read_questions_sentence(
///     "Vragen van de leden Jansen en Bakker (beiden XYZ) aan de Minister van Zaken over de brug (ingezonden 2 maart 2020).",
/// ).unwrap();
/// assert_eq!(s.submitters[1].party.as_deref(), Some("XYZ"));
/// ```
pub(crate) fn read_questions_sentence(text: &str) -> Option<QuestionsSentence> {
    let caps = questions_pattern().captures(text.trim())?;
    Some(QuestionsSentence {
        submitters: read_members(&caps["members"]),
        subject: caps["subject"].trim().to_string(),
        submitted: caps.name("date").map(|m| m.as_str().trim().to_string()),
    })
}

/// Reads an `Antwoord van …` or `Mededeling van …` sentence.
pub(crate) fn read_reply_sentence(text: &str) -> Option<ReplySentence> {
    let caps = reply_pattern().captures(text.trim())?;
    let rest = caps.name("rest").map_or("", |m| m.as_str()).trim();
    if !(rest.is_empty() || rest.starts_with("Zie ook")) {
        return None;
    }
    let kind = if &caps["kind"] == "Antwoord" {
        ReplyKind::Answer
    } else {
        ReplyKind::Notice
    };
    Some(ReplySentence {
        kind,
        persons: read_signers(&caps["who"]),
        date: caps["date"].to_string(),
    })
}

/// Whether `text` starts like a sentence [`read_questions_sentence`] or
/// [`read_reply_sentence`] reads, so that one that does not read is reported.
pub(crate) fn is_sentence_start(text: &str) -> bool {
    ["Vragen van ", "Antwoord van ", "Mededeling van "]
        .iter()
        .any(|start| text.starts_with(start))
}

/// A row of the glued header table: `Tweede Kamer der Staten-Generaal2014-20151365`
/// (answer document number 1365 of the parliamentary year 2014-2015) or
/// `…2017-20182018Z10359` (a vraagnummer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TableRow {
    /// The header row or the table's caption: nothing to read.
    Caption,
    /// The data row.
    Data {
        /// `ah-tk-<years>-<number>` when the row holds a document number.
        answer_document: Option<String>,
        /// The vraagnummer when the row holds one.
        id: Option<String>,
    },
}

/// Reads a line of the header tables of the official texts (`Aanhangsel van de
/// Handelingen`, `Kamervragen zonder Antwoord`, the glued column names and the glued
/// data row).
pub(crate) fn read_table_row(text: &str) -> Option<TableRow> {
    if text == "Aanhangsel van de Handelingen"
        || text == "Kamervragen zonder Antwoord"
        || text.starts_with("Datum publicatieOrganisatie")
    {
        return Some(TableRow::Caption);
    }
    let caps = table_row_pattern().captures(text)?;
    let years = format!("{}{}", &caps["from"], &caps["to"]);
    Some(TableRow::Data {
        answer_document: caps
            .name("number")
            .map(|n| format!("ah-tk-{years}-{}", n.as_str())),
        id: caps.name("id").map(|m| m.as_str().to_string()),
    })
}

/// Splits `text` at every `separator` outside parentheses.
fn split_outside_parentheses<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            if let Some(sep) = separators.iter().find(|s| rest.starts_with(**s)) {
                parts.push(&text[start..at]);
                at += sep.len();
                start = at;
                continue;
            }
        }
        at += c.len_utf8();
    }
    parts.push(&text[start..]);
    parts
}

/// The members of `X (P), Y (Q) en Z (R)`, `A en B (beiden P)`, `A, B en C (allen P)`,
/// with co-signers after `mede namens`.
fn read_members(text: &str) -> Vec<Person> {
    let mut persons: Vec<Person> = Vec::new();
    let mut shared_from = 0;
    for item in split_outside_parentheses(text, &[", mede namens ", " mede namens ", ", ", " en "])
    {
        let item = item
            .trim()
            .trim_start_matches("het lid ")
            .trim_start_matches("de leden ")
            .trim_start_matches("lid ")
            .trim();
        if item.is_empty() {
            continue;
        }
        let (name, party) = match (item.rfind('('), item.ends_with(')')) {
            (Some(open), true) => (
                item[..open].trim(),
                Some(item[open + 1..item.len() - 1].trim()),
            ),
            _ => (item, None),
        };
        persons.push(Person {
            name: name.to_string(),
            party: None,
            positions: Vec::new(),
        });
        if let Some(party) = party {
            let shared = ["beiden ", "allen "]
                .iter()
                .find_map(|word| party.strip_prefix(word));
            let from = if shared.is_some() {
                shared_from
            } else {
                persons.len() - 1
            };
            let party = shared.unwrap_or(party).trim().to_string();
            for person in &mut persons[from..] {
                person.party = Some(party.clone());
            }
            shared_from = persons.len();
        }
    }
    persons
}

/// The role word a government post starts with (any case), and the rest.
fn split_post(text: &str) -> Option<(&'static str, &str)> {
    [
        "viceminister-president",
        "minister-president",
        "staatssecretaris",
        "minister",
    ]
    .into_iter()
    .find_map(|role| {
        let head = text.get(..role.len())?;
        head.eq_ignore_ascii_case(role)
            .then(|| (role, &text[role.len()..]))
    })
}

/// A signer such as `Minister Blok (Buitenlandse Zaken)` or `minister-president
/// Rutte (Algemene Zaken)`; `None` for a post without a name (`de Minister van X`).
fn read_signer(text: &str) -> Option<Person> {
    let text = text.trim().trim_end_matches(',').trim();
    let text = text.strip_prefix("van ").unwrap_or(text);
    let text = text.strip_prefix("de ").unwrap_or(text);
    let (role, rest) = split_post(text)?;
    let rest = rest.trim();
    if rest.is_empty() || rest.starts_with("van ") || rest.starts_with("voor ") {
        return None;
    }
    let (name, portfolio) = match (rest.find('('), rest.ends_with(')')) {
        (Some(open), true) => (
            rest[..open].trim(),
            Some(rest[open + 1..rest.len() - 1].trim().to_lowercase()),
        ),
        _ => (rest, None),
    };
    (!name.is_empty()).then(|| Person {
        name: name.to_string(),
        party: None,
        positions: vec![Position {
            role: role.to_string(),
            portfolio: portfolio.filter(|p| !p.is_empty()),
        }],
    })
}

/// The named signers of the `who` part of a reply sentence: `A (X) en (van) B (Y)`,
/// then named co-signers after `mede namens` or `mede ondertekend door`.
fn read_signers(who: &str) -> Vec<Person> {
    let parts = split_outside_parentheses(
        who,
        &[
            ", mede namens ",
            " mede namens ",
            ", mede ondertekend door ",
            " mede ondertekend door ",
            " en ",
        ],
    );
    // A part without a role word continues the previous one (a portfolio with `en`).
    let mut posts: Vec<String> = Vec::new();
    for part in parts {
        let starts_post = {
            let p = part.trim();
            let p = p.strip_prefix("van ").unwrap_or(p);
            let p = p.strip_prefix("de ").unwrap_or(p);
            split_post(p).is_some()
        };
        match posts.last_mut() {
            Some(last) if !starts_post => {
                last.push_str(" en ");
                last.push_str(part);
            }
            _ => posts.push(part.to_string()),
        }
    }
    posts.iter().filter_map(|p| read_signer(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(persons: &[Person]) -> Vec<(String, Option<String>)> {
        persons
            .iter()
            .map(|p| (p.name.clone(), p.party.clone()))
            .collect()
    }

    fn pair(name: &str, party: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), party.map(str::to_string))
    }

    #[test]
    fn one_member_and_the_date() {
        let s = read_questions_sentence(
            "Vragen van het lid Pietersen (ABC) aan de Minister van Wegen over de brug (ingezonden 3 maart 2021).",
        )
        .unwrap();
        assert_eq!(names(&s.submitters), vec![pair("Pietersen", Some("ABC"))]);
        assert_eq!(s.subject, "de brug");
        assert_eq!(s.submitted.as_deref(), Some("3 maart 2021"));
    }

    #[test]
    fn shared_and_own_parties() {
        let s = read_questions_sentence(
            "Vragen van de leden Aa, Bee en Cee (allen XY) aan de Ministers van A en van B over iets (ingezonden 1 mei 2020).",
        )
        .unwrap();
        assert_eq!(
            names(&s.submitters),
            vec![
                pair("Aa", Some("XY")),
                pair("Bee", Some("XY")),
                pair("Cee", Some("XY"))
            ]
        );
        let s = read_questions_sentence(
            "Vragen van de leden Aa (P), Van der Bee (Groep Q/R) en Cee (S) aan de minister-president over iets (ingezonden 1 mei 2020)",
        )
        .unwrap();
        assert_eq!(
            names(&s.submitters),
            vec![
                pair("Aa", Some("P")),
                pair("Van der Bee", Some("Groep Q/R")),
                pair("Cee", Some("S"))
            ]
        );
        let s = read_questions_sentence(
            "Vragen van lid Aa (P), mede namens het lid Bee (Q), aan de Staatssecretaris van X over iets (ingezonden 1 mei 2020).",
        )
        .unwrap();
        assert_eq!(
            names(&s.submitters),
            vec![pair("Aa", Some("P")), pair("Bee", Some("Q"))]
        );
    }

    #[test]
    fn replies_with_two_signers_and_co_signers() {
        let r = read_reply_sentence(
            "Antwoord van Minister Aa (Buitenlandse Zaken) en van Minister Bee (Handel en Hulp) (ontvangen 9 juni 2020).",
        )
        .unwrap();
        assert_eq!(r.kind, ReplyKind::Answer);
        assert_eq!(r.persons.len(), 2);
        assert_eq!(r.persons[1].name, "Bee");
        assert_eq!(
            r.persons[1].positions[0].portfolio.as_deref(),
            Some("handel en hulp")
        );
        assert_eq!(r.date, "9 juni 2020");
        let r = read_reply_sentence(
            "Antwoord van minister-president Aa (Algemene Zaken), mede ondertekend door de minister van Werk en Zorg (12 juli 2013). Zie ook Aanhangsel Handelingen, nr. 1.",
        )
        .unwrap();
        assert_eq!(r.persons.len(), 1);
        assert_eq!(r.persons[0].positions[0].role, "minister-president");
        assert_eq!(r.date, "12 juli 2013");
        let r = read_reply_sentence(
            "Mededeling van Staatssecretaris Aa (Geld), mede namens de Staatssecretaris Van Bee (Geld – Toeslagen) (ontvangen 1 juni 2021)",
        )
        .unwrap();
        assert_eq!(r.kind, ReplyKind::Notice);
        assert_eq!(r.persons[1].name, "Van Bee");
        assert!(read_reply_sentence("Antwoord van Minister Aa (Zaken)").is_none());
    }

    #[test]
    fn table_rows() {
        assert_eq!(
            read_table_row("Tweede Kamer der Staten-Generaal2014-20151365"),
            Some(TableRow::Data {
                answer_document: Some("ah-tk-20142015-1365".to_string()),
                id: None
            })
        );
        assert_eq!(
            read_table_row("Tweede Kamer der Staten-Generaal2017-20182018Z10359"),
            Some(TableRow::Data {
                answer_document: None,
                id: Some("2018Z10359".to_string())
            })
        );
        assert_eq!(
            read_table_row("Kamervragen zonder Antwoord"),
            Some(TableRow::Caption)
        );
        assert_eq!(read_table_row("Vraag 1"), None);
    }
}
