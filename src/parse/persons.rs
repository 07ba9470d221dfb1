//! Person lists of the `Indiener(s)` and `Beantwoord door` lines.
//!
//! A list is `<person>, <person>, ...`, split only outside parentheses. A person is
//! `<name>[ (<positions>)][ (<party>)]`. A parenthesised group whose text starts with a
//! role word (`minister`, `minister zonder portefeuille`, `staatssecretaris`,
//! `minister-president`, `viceminister-president`) is a list of positions; the last
//! other group is the party. Positions are split only before a role word, because
//! portfolios contain commas (`volksgezondheid, welzijn en sport`).

use crate::model::{Person, Position, ROLE_WORDS};

/// The role word `segment` starts with (followed by a space or the end), and the rest.
fn split_role(segment: &str) -> Option<(&'static str, &str)> {
    ROLE_WORDS.iter().find_map(|role| {
        let rest = segment.strip_prefix(role)?;
        (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((*role, rest))
    })
}

/// Reads the inside of one parenthesised group as a list of positions, or `None`
/// when it does not start with a role word.
///
/// ```
/// use kamervraag::parse::persons::parse_positions;
/// let p = parse_positions("viceminister-president , minister buitenlandse zaken").unwrap();
/// assert_eq!(p.len(), 2);
/// assert_eq!(p[0].portfolio, None);
/// assert_eq!(p[1].portfolio.as_deref(), Some("buitenlandse zaken"));
/// let p = parse_positions("minister volksgezondheid, welzijn en sport").unwrap();
/// assert_eq!(p.len(), 1);
/// assert_eq!(p[0].portfolio.as_deref(), Some("volksgezondheid, welzijn en sport"));
/// assert!(parse_positions("CDA").is_none());
/// ```
pub fn parse_positions(group: &str) -> Option<Vec<Position>> {
    let mut positions: Vec<(&'static str, String)> = Vec::new();
    for segment in group.split(',') {
        let segment = segment.trim();
        match split_role(segment) {
            Some((role, rest)) => positions.push((role, rest.trim().to_string())),
            None => {
                let (_, portfolio) = positions.last_mut()?;
                if !portfolio.is_empty() {
                    portfolio.push_str(", ");
                }
                portfolio.push_str(segment);
            }
        }
    }
    Some(
        positions
            .into_iter()
            .map(|(role, portfolio)| Position {
                role: role.to_string(),
                portfolio: (!portfolio.is_empty()).then_some(portfolio),
            })
            .collect(),
    )
}

/// Reads one person: the name before the first `(`, then the groups. Text outside the
/// groups after the name, and non-position groups before the last one, are appended
/// to the name so nothing is lost.
///
/// ```
/// use kamervraag::parse::persons::parse_person;
/// let p = parse_person("Opstelten (minister veiligheid en justitie) (VVD)");
/// assert_eq!(p.name, "Opstelten");
/// assert_eq!(p.party.as_deref(), Some("VVD"));
/// assert_eq!(p.positions[0].role, "minister");
/// ```
pub fn parse_person(text: &str) -> Person {
    let text = text.trim();
    let mut name = String::new();
    let mut party: Option<String> = None;
    let mut positions = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('(') {
            None => {
                push_words(&mut name, rest);
                break;
            }
            Some(open) => {
                push_words(&mut name, &rest[..open]);
                let after = &rest[open + 1..];
                let (inner, next) = match after.find(')') {
                    Some(close) => (&after[..close], &after[close + 1..]),
                    None => (after, ""),
                };
                let inner = inner.trim();
                match parse_positions(inner) {
                    Some(found) => positions.extend(found),
                    None => {
                        if let Some(previous) = party.take() {
                            push_words(&mut name, &format!("({previous})"));
                        }
                        if !inner.is_empty() {
                            party = Some(inner.to_string());
                        }
                    }
                }
                rest = next;
            }
        }
    }
    Person {
        name,
        party,
        positions,
    }
}

fn push_words(name: &mut String, words: &str) {
    let words = words.trim();
    if words.is_empty() {
        return;
    }
    if !name.is_empty() {
        name.push(' ');
    }
    name.push_str(words);
}

/// Splits a person list at commas outside parentheses and reads each person; empty
/// items (e.g. an empty `Beantwoord door`) are dropped.
///
/// ```
/// use kamervraag::parse::persons::parse_person_list;
/// let list = parse_person_list("Sadet Karabulut , Joël Voordewind (CU)");
/// assert_eq!(list.len(), 2);
/// assert_eq!(list[0].name, "Sadet Karabulut");
/// assert_eq!(list[0].party, None);
/// assert_eq!(list[1].party.as_deref(), Some("CU"));
///
/// let list = parse_person_list(
///     "Hugo de Jonge (viceminister-president , minister volksgezondheid, welzijn en sport) (CDA)",
/// );
/// assert_eq!(list.len(), 1);
/// assert_eq!(list[0].positions.len(), 2);
/// assert_eq!(list[0].positions[0].role, "viceminister-president");
/// assert_eq!(list[0].positions[0].portfolio, None);
/// assert_eq!(
///     list[0].positions[1].portfolio.as_deref(),
///     Some("volksgezondheid, welzijn en sport")
/// );
/// assert!(parse_person_list("").is_empty());
/// ```
pub fn parse_person_list(text: &str) -> Vec<Person> {
    let mut persons = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                push_person(&mut persons, &text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    push_person(&mut persons, &text[start..]);
    persons
}

fn push_person(persons: &mut Vec<Person>, item: &str) {
    if !item.trim().is_empty() {
        persons.push(parse_person(item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(role: &str, portfolio: Option<&str>) -> Position {
        Position {
            role: role.to_string(),
            portfolio: portfolio.map(str::to_string),
        }
    }

    #[test]
    fn empty_portfolio_and_party() {
        let p = parse_person("Caspar Veldkamp (minister ) (NSC)");
        assert_eq!(p.name, "Caspar Veldkamp");
        assert_eq!(p.positions, vec![position("minister", None)]);
        assert_eq!(p.party.as_deref(), Some("NSC"));
    }

    #[test]
    fn minister_zonder_portefeuille_twice() {
        let p = parse_person(
            "Sigrid Kaag (minister zonder portefeuille buitenlandse zaken, minister buitenlandse zaken) (D66)",
        );
        assert_eq!(
            p.positions,
            vec![
                position("minister zonder portefeuille", Some("buitenlandse zaken")),
                position("minister", Some("buitenlandse zaken")),
            ]
        );
        let p = parse_person("Lilianne Ploumen (minister zonder portefeuille ) (PvdA)");
        assert_eq!(
            p.positions,
            vec![position("minister zonder portefeuille", None)]
        );
    }

    #[test]
    fn only_surname_and_unusual_parties() {
        let list = parse_person_list("Kuipers");
        assert_eq!(list[0].name, "Kuipers");
        assert_eq!(list[0].party, None);
        let list = parse_person_list("Wybren van Haga (Lid-Haga), Pieter Omtzigt (Lid Omtzigt)");
        assert_eq!(list[0].party.as_deref(), Some("Lid-Haga"));
        assert_eq!(list[1].party.as_deref(), Some("Lid Omtzigt"));
    }

    #[test]
    fn unbalanced_parentheses_do_not_panic() {
        let list = parse_person_list("Don Ceder (C");
        assert_eq!(list[0].party.as_deref(), Some("C"));
        let list = parse_person_list(")) ,(( , (");
        assert!(list.len() <= 3);
    }

    #[test]
    fn stray_spaces_inside_parentheses() {
        let p = parse_person("Jan Jansen ( SP )");
        assert_eq!(p.party.as_deref(), Some("SP"));
        assert_eq!(p.name, "Jan Jansen");
    }
}
