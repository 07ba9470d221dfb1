//! The official Dutch government topic names (`Onderwerpen`) and the splitter for an
//! `Onderwerpen` line.
//!
//! The names are the OWMS / overheid.nl themes used by officielebekendmakingen.nl,
//! lower case, plus every topic seen in the openkamer corpus. An `Onderwerpen` line
//! joins them with single spaces, and many names contain spaces or commas, so the line
//! is split by longest match against this list.

/// Every known official topic name, lower case, sorted alphabetically.
pub const OFFICIAL_TOPICS: &[&str] = &[
    "afval",
    "arbeidsomstandigheden",
    "arbeidsongeschiktheid",
    "arbeidsvoorwaarden",
    "basisonderwijs",
    "begroting",
    "belasting",
    "beroepsonderwijs",
    "bestuur",
    "bestuursrecht",
    "bezwaar en klachten",
    "bodem",
    "bouwen en verbouwen",
    "bouwnijverheid",
    "burgerlijk recht",
    "caribisch nederland",
    "criminaliteit",
    "cultureel erfgoed",
    "cultuur",
    "cultuur en recreatie",
    "de nederlandse antillen en aruba",
    "defensie",
    "dieren",
    "economie",
    "emancipatie",
    "emigratie",
    "energie",
    "ethiek",
    "europese zaken",
    "financieel toezicht",
    "financiën",
    "geluid",
    "gemeenten",
    "geneesmiddelen en medische hulpmiddelen",
    "gezin en kinderen",
    "gezondheidsrisico's",
    "handel",
    "hoger onderwijs",
    "huisvesting",
    "huren en verhuren",
    "ict",
    "immigratie",
    "industrie",
    "inkomensbeleid",
    "integratie",
    "internationaal",
    "internationale samenwerking",
    "jongeren",
    "klimaatverandering",
    "koninklijk huis",
    "kopen en verkopen",
    "kunst",
    "landbouw",
    "levensloop",
    "lucht",
    "luchtvaart",
    "markttoezicht",
    "media",
    "migratie en integratie",
    "militaire missies",
    "nabestaanden",
    "natuur en milieu",
    "natuur- en landschapsbeheer",
    "nederlanderschap",
    "netwerken",
    "ondernemen",
    "onderwijs en wetenschap",
    "onderzoek en wetenschap",
    "ontslag",
    "ontwikkelingssamenwerking",
    "openbare orde en veiligheid",
    "organisatie en beleid",
    "ouderen",
    "overige economische sectoren",
    "overige vormen van onderwijs",
    "parlement",
    "planten",
    "politie, brandweer en hulpdiensten",
    "provincies",
    "rampen",
    "recht",
    "rechtspraak",
    "recreatie",
    "reizen",
    "religie",
    "rijksoverheid",
    "ruimte en infrastructuur",
    "ruimtelijke ordening",
    "sociale zekerheid",
    "spoor",
    "sport",
    "staatsrecht",
    "staatsveiligheid",
    "stoffen",
    "strafrecht",
    "terrorisme",
    "tijdelijk verblijf",
    "toerisme",
    "transport",
    "verkeer",
    "verzekeringen",
    "voeding",
    "voedselkwaliteit",
    "voortgezet onderwijs",
    "water",
    "waterkeringen en waterbeheer",
    "waterschappen",
    "weg",
    "werk",
    "werkgelegenheid",
    "werkloosheid",
    "ziekte en arbeidsongeschiktheid",
    "ziekten en behandelingen",
    "zorg en gezondheid",
];

/// Whether `name` is one of [`OFFICIAL_TOPICS`] (exact, lower case).
///
/// ```
/// use kamervraag::parse::topics::is_official_topic;
/// assert!(is_official_topic("politie, brandweer en hulpdiensten"));
/// assert!(!is_official_topic("politie"));
/// ```
pub fn is_official_topic(name: &str) -> bool {
    OFFICIAL_TOPICS.binary_search(&name).is_ok()
}

/// Splits an `Onderwerpen` value into topic names: at each position the longest
/// official name that matches whole words wins; a word that matches nothing becomes a
/// topic of its own (check it with [`is_official_topic`]). The value is lower-cased
/// and any run of whitespace counts as one space.
///
/// ```
/// use kamervraag::parse::topics::split_topics;
/// assert_eq!(
///     split_topics("internationaal internationale samenwerking organisatie en beleid"),
///     ["internationaal", "internationale samenwerking", "organisatie en beleid"]
/// );
/// assert_eq!(
///     split_topics("cultuur cultuur en recreatie"),
///     ["cultuur", "cultuur en recreatie"]
/// );
/// assert_eq!(
///     split_topics("openbare orde en veiligheid politie, brandweer en hulpdiensten"),
///     ["openbare orde en veiligheid", "politie, brandweer en hulpdiensten"]
/// );
/// assert_eq!(split_topics("recht onzin"), ["recht", "onzin"]);
/// assert!(split_topics("  ").is_empty());
/// ```
pub fn split_topics(text: &str) -> Vec<String> {
    // Normalise to lower case with single spaces, allocating only when needed.
    let normalised;
    let needs_work = text.chars().any(char::is_uppercase)
        || text.contains(|c: char| c.is_whitespace() && c != ' ')
        || text.contains("  ")
        || text.trim().len() != text.len();
    let text = if needs_work {
        normalised = text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ");
        normalised.as_str()
    } else {
        text
    };
    let mut topics = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // The longest official name that matches whole words at the start of `rest`;
        // only names with the same first byte are compared (the list is sorted).
        let first = rest.as_bytes().first().copied().unwrap_or_default();
        let from = OFFICIAL_TOPICS.partition_point(|t| t.as_bytes().first() < Some(&first));
        let longest = OFFICIAL_TOPICS
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|topic| topic.as_bytes().first() == Some(&first))
            .filter(|topic| {
                rest.starts_with(**topic)
                    && rest.as_bytes().get(topic.len()).is_none_or(|&b| b == b' ')
            })
            .max_by_key(|topic| topic.len());
        let taken = match longest {
            Some(topic) => topic.len(),
            None => rest.find(' ').unwrap_or(rest.len()),
        };
        let (topic, after) = rest.split_at(taken);
        topics.push(topic.to_string());
        rest = after.strip_prefix(' ').unwrap_or(after);
    }
    topics
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_lower_case_and_unique() {
        for pair in OFFICIAL_TOPICS.windows(2) {
            assert!(pair[0] < pair[1], "{} / {}", pair[0], pair[1]);
        }
        for topic in OFFICIAL_TOPICS {
            assert_eq!(topic.to_lowercase(), *topic);
            assert_eq!(topic.trim(), *topic);
            assert!(!topic.contains("  "));
        }
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            split_topics("bestuur de nederlandse antillen en aruba financiën inkomensbeleid"),
            [
                "bestuur",
                "de nederlandse antillen en aruba",
                "financiën",
                "inkomensbeleid"
            ]
        );
        assert_eq!(
            split_topics("burgerlijk recht internationaal recht"),
            ["burgerlijk recht", "internationaal", "recht"]
        );
    }

    #[test]
    fn upper_case_and_tabs() {
        assert_eq!(split_topics("Recht\tStaatsrecht"), ["recht", "staatsrecht"]);
    }
}
