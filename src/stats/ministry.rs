//! Ministries of a document, derived from its answerers' portfolios and normalised to
//! official names with their usual abbreviations, through one table
//! ([`MINISTRY_TABLE`]) covering the Dutch ministries since 2002 and their names over
//! time.
//!
//! Choices:
//! - Every official name is its own group, as it was named at the time (VROM, LNV,
//!   EL&I, EZ, EZK, KGG, VenW, IenM, IenW, ...): merging successors would mix
//!   different departments. The one exception is Veiligheid en Justitie (VenJ,
//!   2010–2017), which is the same department as Justitie en Veiligheid (JenV) with
//!   its words swapped: both are grouped as Justitie en Veiligheid (JenV). The older
//!   Ministerie van Justitie (before 2010, without the police) stays apart.
//! - A minister for a policy area without a department of its own (minister voor
//!   Buitenlandse Handel en Ontwikkelingssamenwerking, voor Ontwikkelingssamenwerking,
//!   voor Jeugd en Gezin, voor Wonen en Rijksdienst, voor Primair en Voortgezet
//!   Onderwijs, ...) is grouped under that area, as users name it: e.g.
//!   Buitenlandse Handel en Ontwikkelingssamenwerking (BHO), although the minister
//!   sits at Buitenlandse Zaken. openkamer.org usually lists such ministers as
//!   `minister zonder portefeuille <host ministry>`; those land in the host ministry
//!   (`minister zonder portefeuille X` → ministry X).
//! - A staatssecretaris post named after a part of a ministry (Europese Zaken,
//!   Koninkrijksrelaties) belongs to that ministry.
//! - `minister-president` (or `algemene zaken`) → Algemene Zaken (AZ);
//!   `viceminister-president` without a portfolio gives no ministry by itself.
//! - A portfolio not in the table stays as written (trimmed, spaces collapsed), with
//!   no abbreviation. A document whose answerers give no ministry at all — no
//!   answerers, or only names without posts — gets `onbekend`.

use crate::model::{Kamervraag, Position, ROLE_WORDS};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The group name of documents whose ministry is not known.
pub const UNKNOWN_MINISTRY: &str = "onbekend";

/// A ministry (or ministerial post) as a statistics group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ministry {
    /// The official name without "Ministerie van", e.g. `Buitenlandse Zaken`; a
    /// portfolio as written when not in the table; `onbekend` when unknown.
    pub name: String,
    /// The usual abbreviation, e.g. `BZ`; `None` for portfolios not in the table.
    pub abbreviation: Option<String>,
}

impl Ministry {
    /// The ministry of documents without a known ministry: `onbekend`.
    pub fn unknown() -> Ministry {
        Ministry {
            name: UNKNOWN_MINISTRY.to_string(),
            abbreviation: None,
        }
    }

    /// `Name (ABBR)`, or the name alone without an abbreviation. Used as group key.
    ///
    /// ```
    /// use kamervraag::stats::ministry_for_portfolio;
    /// let bz = ministry_for_portfolio("buitenlandse zaken").unwrap();
    /// assert_eq!(bz.label(), "Buitenlandse Zaken (BZ)");
    /// ```
    pub fn label(&self) -> String {
        match &self.abbreviation {
            Some(abbreviation) => format!("{} ({})", self.name, abbreviation),
            None => self.name.clone(),
        }
    }
}

impl fmt::Display for Ministry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// One row of the ministry table: the official name, its abbreviation, and the
/// normalised (lower-case) portfolio names that mean it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MinistryEntry {
    /// The official name, e.g. `Justitie en Veiligheid`.
    pub name: &'static str,
    /// The usual abbreviation, e.g. `JenV`.
    pub abbreviation: &'static str,
    /// Lower-case portfolio names as they appear after a role, e.g. `veiligheid en justitie`.
    pub portfolios: &'static [&'static str],
    /// The years the name was in use, for people reading the table.
    pub years: &'static str,
}

const fn entry(
    name: &'static str,
    abbreviation: &'static str,
    years: &'static str,
    portfolios: &'static [&'static str],
) -> MinistryEntry {
    MinistryEntry {
        name,
        abbreviation,
        portfolios,
        years,
    }
}

/// The mapping from portfolios to ministries: Dutch ministries since 2002 under their
/// historical names, and the ministerial posts without a department of their own.
pub static MINISTRY_TABLE: &[MinistryEntry] = &[
    // Departments.
    entry(
        "Algemene Zaken",
        "AZ",
        "since 1937",
        &["algemene zaken", "minister-president"],
    ),
    entry(
        "Buitenlandse Zaken",
        "BZ",
        "since 1798",
        &["buitenlandse zaken", "europese zaken"],
    ),
    entry(
        "Binnenlandse Zaken en Koninkrijksrelaties",
        "BZK",
        "since 1998",
        &[
            "binnenlandse zaken en koninkrijksrelaties",
            "binnenlandse zaken",
            "koninkrijksrelaties",
            "bestuurlijke vernieuwing en koninkrijksrelaties",
        ],
    ),
    entry("Defensie", "Def", "since 1959", &["defensie"]),
    entry(
        "Financiën",
        "Fin",
        "since 1798",
        &["financiën", "financien"],
    ),
    entry("Justitie", "Jus", "until 2010", &["justitie"]),
    entry(
        "Justitie en Veiligheid",
        "JenV",
        "since 2017; Veiligheid en Justitie (VenJ) 2010-2017",
        &["justitie en veiligheid", "veiligheid en justitie"],
    ),
    entry(
        "Onderwijs, Cultuur en Wetenschap",
        "OCW",
        "since 1994",
        &[
            "onderwijs, cultuur en wetenschap",
            "onderwijs cultuur en wetenschap",
            "onderwijs, cultuur en wetenschappen",
        ],
    ),
    entry(
        "Volksgezondheid, Welzijn en Sport",
        "VWS",
        "since 1994",
        &[
            "volksgezondheid, welzijn en sport",
            "volksgezondheid welzijn en sport",
        ],
    ),
    entry(
        "Sociale Zaken en Werkgelegenheid",
        "SZW",
        "since 1981",
        &["sociale zaken en werkgelegenheid"],
    ),
    entry(
        "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
        "VROM",
        "1982-2010",
        &[
            "volkshuisvesting, ruimtelijke ordening en milieubeheer",
            "volkshuisvesting ruimtelijke ordening en milieubeheer",
            "volkshuisvesting, ruimtelijke ordening en milieu",
        ],
    ),
    entry(
        "Volkshuisvesting en Ruimtelijke Ordening",
        "VRO",
        "since 2024; a minister for it 2022-2024",
        &["volkshuisvesting en ruimtelijke ordening"],
    ),
    entry(
        "Verkeer en Waterstaat",
        "VenW",
        "until 2010",
        &["verkeer en waterstaat"],
    ),
    entry(
        "Infrastructuur en Milieu",
        "IenM",
        "2010-2017",
        &["infrastructuur en milieu"],
    ),
    entry(
        "Infrastructuur en Waterstaat",
        "IenW",
        "since 2017",
        &["infrastructuur en waterstaat"],
    ),
    entry(
        "Economische Zaken",
        "EZ",
        "until 2010, 2012-2017 and since 2024",
        &["economische zaken"],
    ),
    entry(
        "Economische Zaken, Landbouw en Innovatie",
        "EL&I",
        "2010-2012",
        &[
            "economische zaken, landbouw en innovatie",
            "economische zaken landbouw en innovatie",
        ],
    ),
    entry(
        "Economische Zaken en Klimaat",
        "EZK",
        "2017-2024",
        &["economische zaken en klimaat"],
    ),
    entry(
        "Klimaat en Groene Groei",
        "KGG",
        "since 2024",
        &["klimaat en groene groei"],
    ),
    entry(
        "Landbouw, Natuurbeheer en Visserij",
        "LNV",
        "until 2003",
        &[
            "landbouw, natuurbeheer en visserij",
            "landbouw natuurbeheer en visserij",
        ],
    ),
    entry(
        "Landbouw, Natuur en Voedselkwaliteit",
        "LNV",
        "2003-2010 and 2017-2024",
        &[
            "landbouw, natuur en voedselkwaliteit",
            "landbouw natuur en voedselkwaliteit",
        ],
    ),
    entry(
        "Landbouw, Visserij, Voedselzekerheid en Natuur",
        "LVVN",
        "since 2024",
        &["landbouw, visserij, voedselzekerheid en natuur"],
    ),
    entry(
        "Asiel en Migratie",
        "AenM",
        "since 2024",
        &["asiel en migratie"],
    ),
    // Ministerial posts without a department of their own.
    entry(
        "Buitenlandse Handel en Ontwikkelingssamenwerking",
        "BHO",
        "since 2012, at Buitenlandse Zaken",
        &[
            "buitenlandse handel en ontwikkelingssamenwerking",
            "buitenlandse handel en ontwikkelingshulp",
            "buitenlandse handel",
        ],
    ),
    entry(
        "Ontwikkelingssamenwerking",
        "OS",
        "until 2010, at Buitenlandse Zaken",
        &["ontwikkelingssamenwerking"],
    ),
    entry(
        "Jeugd en Gezin",
        "JenG",
        "2007-2010, at VWS",
        &["jeugd en gezin"],
    ),
    entry(
        "Wonen, Wijken en Integratie",
        "WWI",
        "2007-2010, at VROM",
        &["wonen, wijken en integratie", "wonen wijken en integratie"],
    ),
    entry(
        "Vreemdelingenzaken en Integratie",
        "VenI",
        "2003-2007, at Justitie",
        &["vreemdelingenzaken en integratie"],
    ),
    entry(
        "Immigratie en Asiel",
        "IenA",
        "2010-2012, at BZK and Justitie",
        &["immigratie en asiel", "immigratie, integratie en asiel"],
    ),
    entry(
        "Wonen en Rijksdienst",
        "WenR",
        "2012-2017, at BZK",
        &["wonen en rijksdienst"],
    ),
    entry(
        "Primair en Voortgezet Onderwijs",
        "PVO",
        "2022-2024, at OCW",
        &[
            "primair en voortgezet onderwijs",
            "basis- en voortgezet onderwijs en media",
        ],
    ),
    entry(
        "Medische Zorg",
        "MZ",
        "2017-2022, at VWS",
        &["medische zorg", "medische zorg en sport"],
    ),
    entry(
        "Langdurige Zorg en Sport",
        "LZS",
        "2022-2024, at VWS",
        &["langdurige zorg en sport"],
    ),
    entry(
        "Klimaat en Energie",
        "KenE",
        "2022-2024, at EZK",
        &["klimaat en energie"],
    ),
    entry(
        "Natuur en Stikstof",
        "NenS",
        "2022-2024, at LNV",
        &["natuur en stikstof"],
    ),
    entry(
        "Armoedebeleid, Participatie en Pensioenen",
        "APP",
        "2022-2024, at SZW",
        &["armoedebeleid, participatie en pensioenen"],
    ),
    entry(
        "Rechtsbescherming",
        "RB",
        "2017-2024, at JenV",
        &["rechtsbescherming"],
    ),
    entry("Migratie", "Mig", "2019-2022, at JenV", &["migratie"]),
];

/// Lower-cases, turns tabs and runs of spaces into one space, trims spaces and
/// stray commas, and spells `&` as `en`.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word == "&" {
            out.push_str("en");
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out.trim_matches(|c: char| c == ',' || c == ' ').to_string()
}

/// Removes `prefix` from the start of `text` when followed by a space or the end.
fn strip_word_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    if rest.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix(' ')
    }
}

/// Removes words that are not part of the portfolio name: roles, `zonder
/// portefeuille`, `ministerie van`, `voor`, `van`.
fn strip_non_portfolio_words(mut text: &str) -> &str {
    loop {
        let before = text;
        for prefix in ROLE_WORDS.iter().copied().chain([
            "zonder portefeuille",
            "ministerie van",
            "ministerie",
            "voor",
            "van",
        ]) {
            if let Some(rest) = strip_word_prefix(text, prefix) {
                // `minister-president` as the whole portfolio means Algemene Zaken.
                if prefix == "minister-president" && rest.is_empty() {
                    continue;
                }
                text = rest;
                break;
            }
        }
        if text == before {
            return text;
        }
    }
}

/// The table row whose portfolio list holds `portfolio` (already normalised).
fn table_entry(portfolio: &str) -> Option<&'static MinistryEntry> {
    MINISTRY_TABLE
        .iter()
        .find(|entry| entry.portfolios.contains(&portfolio))
}

/// The ministry of a portfolio such as `buitenlandse zaken` or
/// `veiligheid en justitie`: the table's official name and abbreviation, or the
/// portfolio as written when the table does not know it. `None` for an empty
/// portfolio.
///
/// ```
/// use kamervraag::stats::ministry_for_portfolio;
/// let label = |p: &str| ministry_for_portfolio(p).map(|m| m.label());
/// assert_eq!(label("buitenlandse zaken").as_deref(), Some("Buitenlandse Zaken (BZ)"));
/// assert_eq!(label("veiligheid en justitie"), label("justitie en veiligheid"));
/// assert_eq!(label("Justitie en Veiligheid").as_deref(), Some("Justitie en Veiligheid (JenV)"));
/// assert_eq!(label("zonder portefeuille  financien ").as_deref(), Some("Financiën (Fin)"));
/// assert_eq!(label("ruimtevaart").as_deref(), Some("ruimtevaart"));
/// assert_eq!(label("zonder portefeuille Ruimtevaart").as_deref(), Some("Ruimtevaart"));
/// assert_eq!(label("  "), None);
/// ```
pub fn ministry_for_portfolio(portfolio: &str) -> Option<Ministry> {
    let normalised = normalise(portfolio);
    let key = strip_non_portfolio_words(&normalised);
    if key.is_empty() {
        return None;
    }
    Some(match table_entry(key) {
        Some(entry) => Ministry {
            name: entry.name.to_string(),
            abbreviation: Some(entry.abbreviation.to_string()),
        },
        None => {
            // As written, without the role words that were stripped from the key.
            let stripped_words = normalised
                .split(' ')
                .count()
                .saturating_sub(key.split(' ').count());
            let written: Vec<&str> = portfolio.split_whitespace().skip(stripped_words).collect();
            Ministry {
                name: written
                    .join(" ")
                    .trim_matches(|c: char| c == ',' || c == ' ')
                    .to_string(),
                abbreviation: None,
            }
        }
    })
}

/// The ministry of one post: its portfolio's ministry; Algemene Zaken for a
/// `minister-president`; `None` for a post without portfolio (e.g. a lone
/// `viceminister-president` or `minister `). A role that still holds the portfolio
/// (`minister zonder portefeuille defensie` with no separate portfolio) is read too.
///
/// ```
/// use kamervraag::model::Position;
/// use kamervraag::stats::ministry_for_position;
/// let post = |role: &str, portfolio: Option<&str>| Position {
///     role: role.into(),
///     portfolio: portfolio.map(str::to_string),
/// };
/// let label = |p: Position| ministry_for_position(&p).map(|m| m.label());
/// assert_eq!(label(post("minister-president", None)).as_deref(), Some("Algemene Zaken (AZ)"));
/// assert_eq!(label(post("viceminister-president", None)), None);
/// assert_eq!(
///     label(post("minister zonder portefeuille", Some("buitenlandse zaken"))).as_deref(),
///     Some("Buitenlandse Zaken (BZ)")
/// );
/// ```
pub fn ministry_for_position(position: &Position) -> Option<Ministry> {
    if let Some(ministry) = position
        .portfolio
        .as_deref()
        .and_then(ministry_for_portfolio)
    {
        return Some(ministry);
    }
    let role = normalise(&position.role);
    if role == "minister-president" {
        return ministry_for_portfolio("algemene zaken");
    }
    // The role may still carry the portfolio when it was not split off.
    let rest = strip_non_portfolio_words(&role);
    if rest == role || rest.is_empty() {
        return None;
    }
    ministry_for_portfolio(rest)
}

/// The ministries of a document: those of its answerers' posts, each once, in order
/// of appearance; `[onbekend]` when no answerer gives one (no answerers, or names
/// without posts).
///
/// ```
/// use kamervraag::model::{Kamervraag, Person, Position};
/// use kamervraag::stats::ministries;
/// let minister = |portfolio: &str| Person {
///     name: "Eva Voorbeeld".into(),
///     party: None,
///     positions: vec![Position { role: "minister".into(), portfolio: Some(portfolio.into()) }],
/// };
/// let doc = Kamervraag {
///     answerers: vec![minister("financiën"), minister("defensie"), minister("financien")],
///     ..Kamervraag::default()
/// };
/// let labels: Vec<String> = ministries(&doc).iter().map(|m| m.label()).collect();
/// assert_eq!(labels, ["Financiën (Fin)", "Defensie (Def)"]);
/// assert_eq!(ministries(&Kamervraag::default())[0].name, "onbekend");
/// ```
pub fn ministries(doc: &Kamervraag) -> Vec<Ministry> {
    distinct_ministries(
        doc.answerers
            .iter()
            .flat_map(|p| &p.positions)
            .filter_map(ministry_for_position),
    )
}

/// The distinct ministries in order of first appearance (one hash look-up each, so
/// linear however many there are), or [`Ministry::unknown`] alone when there are none.
pub(crate) fn distinct_ministries(found: impl Iterator<Item = Ministry>) -> Vec<Ministry> {
    let mut seen: HashSet<Ministry> = HashSet::new();
    let mut out: Vec<Ministry> = Vec::new();
    for ministry in found {
        if !seen.contains(&ministry) {
            seen.insert(ministry.clone());
            out.push(ministry);
        }
    }
    if out.is_empty() {
        out.push(Ministry::unknown());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(portfolio: &str) -> String {
        ministry_for_portfolio(portfolio)
            .map(|m| m.label())
            .unwrap_or_default()
    }

    #[test]
    fn table_has_no_duplicate_portfolios_and_every_key_is_normalised() {
        let mut seen = std::collections::HashSet::new();
        for entry in MINISTRY_TABLE {
            assert!(!entry.portfolios.is_empty(), "{}", entry.name);
            for portfolio in entry.portfolios {
                assert!(seen.insert(*portfolio), "duplicate {portfolio}");
                assert_eq!(normalise(portfolio), *portfolio);
                assert_eq!(
                    label(portfolio),
                    format!("{} ({})", entry.name, entry.abbreviation)
                );
            }
        }
    }

    #[test]
    fn maps_the_portfolios_seen_in_the_data() {
        let cases = [
            (
                "volksgezondheid, welzijn en sport",
                "Volksgezondheid, Welzijn en Sport (VWS)",
            ),
            (
                "onderwijs, cultuur en wetenschap",
                "Onderwijs, Cultuur en Wetenschap (OCW)",
            ),
            (
                "infrastructuur en waterstaat",
                "Infrastructuur en Waterstaat (IenW)",
            ),
            (
                "buitenlandse handel en ontwikkelingssamenwerking",
                "Buitenlandse Handel en Ontwikkelingssamenwerking (BHO)",
            ),
            (
                "binnenlandse zaken en koninkrijksrelaties",
                "Binnenlandse Zaken en Koninkrijksrelaties (BZK)",
            ),
            (
                "economische zaken en klimaat",
                "Economische Zaken en Klimaat (EZK)",
            ),
            ("economische zaken", "Economische Zaken (EZ)"),
            (
                "landbouw, natuur en voedselkwaliteit",
                "Landbouw, Natuur en Voedselkwaliteit (LNV)",
            ),
            (
                "sociale zaken en werkgelegenheid",
                "Sociale Zaken en Werkgelegenheid (SZW)",
            ),
            ("veiligheid en justitie", "Justitie en Veiligheid (JenV)"),
            ("justitie en veiligheid", "Justitie en Veiligheid (JenV)"),
            ("financiën", "Financiën (Fin)"),
            ("defensie", "Defensie (Def)"),
            (
                "volkshuisvesting, ruimtelijke ordening en milieubeheer",
                "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer (VROM)",
            ),
            (
                "voor primair en voortgezet onderwijs",
                "Primair en Voortgezet Onderwijs (PVO)",
            ),
            ("jeugd en gezin", "Jeugd en Gezin (JenG)"),
            ("wonen en rijksdienst", "Wonen en Rijksdienst (WenR)"),
            ("klimaat en groene groei", "Klimaat en Groene Groei (KGG)"),
            ("asiel en migratie", "Asiel en Migratie (AenM)"),
            (
                "economische zaken, landbouw en innovatie",
                "Economische Zaken, Landbouw en Innovatie (EL&I)",
            ),
            (
                "economische zaken, landbouw & innovatie",
                "Economische Zaken, Landbouw en Innovatie (EL&I)",
            ),
            ("verkeer en waterstaat", "Verkeer en Waterstaat (VenW)"),
            (
                "infrastructuur en milieu",
                "Infrastructuur en Milieu (IenM)",
            ),
            (
                "ontwikkelingssamenwerking",
                "Ontwikkelingssamenwerking (OS)",
            ),
            ("algemene zaken", "Algemene Zaken (AZ)"),
            ("minister-president", "Algemene Zaken (AZ)"),
            ("Minister  van\tDefensie", "Defensie (Def)"),
            ("Ministerie van Financiën", "Financiën (Fin)"),
        ];
        for (portfolio, expected) in cases {
            assert_eq!(label(portfolio), expected, "{portfolio}");
        }
    }

    #[test]
    fn reads_the_posts_seen_in_the_data() {
        let post = |role: &str, portfolio: Option<&str>| Position {
            role: role.into(),
            portfolio: portfolio.map(str::to_string),
        };
        let of = |p: Position| ministry_for_position(&p).map(|m| m.label());
        assert_eq!(
            of(post(
                "minister zonder portefeuille",
                Some("buitenlandse zaken")
            ))
            .as_deref(),
            Some("Buitenlandse Zaken (BZ)")
        );
        assert_eq!(of(post("minister zonder portefeuille", None)), None);
        assert_eq!(of(post("minister zonder portefeuille", Some(" "))), None);
        assert_eq!(of(post("minister", None)), None);
        assert_eq!(of(post("minister", Some(""))), None);
        assert_eq!(of(post("viceminister-president", None)), None);
        assert_eq!(of(post("viceminister-president", Some(" "))), None);
        assert_eq!(
            of(post("minister-president", None)).as_deref(),
            Some("Algemene Zaken (AZ)")
        );
        assert_eq!(
            of(post("minister-president", Some("algemene zaken"))).as_deref(),
            Some("Algemene Zaken (AZ)")
        );
        assert_eq!(
            of(post("minister zonder portefeuille defensie", None)).as_deref(),
            Some("Defensie (Def)")
        );
        assert_eq!(
            of(post("staatssecretaris", Some("justitie en veiligheid"))).as_deref(),
            Some("Justitie en Veiligheid (JenV)")
        );
        assert_eq!(
            of(post("minister", Some("Ruimtevaart en  Maanbeleid"))).as_deref(),
            Some("Ruimtevaart en Maanbeleid")
        );
    }
}
