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

/// Number of words of `topic` that match `words` from its start, when all do.
fn matched_words(topic: &str, words: &[&str]) -> Option<usize> {
    let mut count = 0;
    for part in topic.split(' ') {
        if words.get(count) != Some(&part) {
            return None;
        }
        count += 1;
    }
    Some(count)
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
    let lower;
    let text = if text.chars().any(char::is_uppercase) {
        lower = text.to_lowercase();
        lower.as_str()
    } else {
        text
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut topics = Vec::new();
    let mut at = 0;
    while let Some(rest) = words.get(at..).filter(|rest| !rest.is_empty()) {
        let longest = OFFICIAL_TOPICS
            .iter()
            .filter_map(|topic| matched_words(topic, rest).map(|n| (n, *topic)))
            .max_by_key(|(n, _)| *n);
        match longest {
            Some((n, topic)) => {
                topics.push(topic.to_string());
                at += n;
            }
            None => {
                topics.push(rest[0].to_string());
                at += 1;
            }
        }
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
