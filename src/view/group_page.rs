//! The page of one ministry (`#/ministerie/<code>`) or one member
//! (`#/kamerlid/<name>`): which library entries belong to it, the groupings it is
//! broken down by, and the link to it from a group name in the statistics view.

use crate::stats::{GroupBy, Ministry, UNKNOWN_KEY};
use crate::view::library::LibraryEntry;
use crate::view::url::percent_encode;
use std::rc::Rc;

/// Whose page it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupPage {
    /// A ministry by its code ([`ministry_code`]).
    Ministry(String),
    /// A member of parliament by name, as a submitter.
    Member(String),
}

/// The code of a ministry in page URLs: its abbreviation (`BZ`), else its name.
///
/// ```
/// use kamervraag::stats::Ministry;
/// use kamervraag::view::group_page::ministry_code;
/// let bz = Ministry { name: "Buitenlandse Zaken".into(), abbreviation: Some("BZ".into()) };
/// assert_eq!(ministry_code(&bz), "BZ");
/// assert_eq!(ministry_code(&Ministry::unknown()), "onbekend");
/// ```
pub fn ministry_code(ministry: &Ministry) -> String {
    ministry
        .abbreviation
        .clone()
        .unwrap_or_else(|| ministry.name.clone())
}

impl GroupPage {
    /// The page a group of the statistics view links to: ministries (by label, as
    /// the statistics core makes them) and submitters; `None` for other groupings and
    /// for the group of documents without a value.
    pub fn for_group(by: GroupBy, key: &str, entries: &[Rc<LibraryEntry>]) -> Option<GroupPage> {
        if key == UNKNOWN_KEY {
            return None;
        }
        match by {
            GroupBy::Ministry => entries
                .iter()
                .flat_map(|e| &e.facts.ministries)
                .find(|m| m.label() == key)
                .map(|m| GroupPage::Ministry(ministry_code(m))),
            GroupBy::Submitter => Some(GroupPage::Member(key.to_string())),
            _ => None,
        }
    }

    /// The route path, e.g. `/ministerie/BZ` or `/kamerlid/Anna%20Aap`.
    ///
    /// ```
    /// use kamervraag::view::group_page::GroupPage;
    /// assert_eq!(GroupPage::Member("Anna Aap".into()).path(), "/kamerlid/Anna%20Aap");
    /// assert_eq!(GroupPage::Ministry("JenV".into()).path(), "/ministerie/JenV");
    /// ```
    pub fn path(&self) -> String {
        match self {
            GroupPage::Ministry(code) => format!("/ministerie/{}", percent_encode(code)),
            GroupPage::Member(name) => format!("/kamerlid/{}", percent_encode(name)),
        }
    }

    /// Whether the entry belongs to the page.
    pub fn contains(&self, entry: &LibraryEntry) -> bool {
        match self {
            GroupPage::Ministry(code) => entry
                .facts
                .ministries
                .iter()
                .any(|m| ministry_code(m) == *code),
            GroupPage::Member(name) => entry.doc.submitters.iter().any(|p| p.name.trim() == name),
        }
    }

    /// The entries of the page, in the given order.
    pub fn entries(&self, entries: &[Rc<LibraryEntry>]) -> Vec<Rc<LibraryEntry>> {
        entries
            .iter()
            .filter(|e| self.contains(e))
            .cloned()
            .collect()
    }

    /// The page's title: the ministry's label as found in `entries`, or the name.
    pub fn title(&self, entries: &[Rc<LibraryEntry>]) -> String {
        match self {
            GroupPage::Ministry(code) => entries
                .iter()
                .flat_map(|e| &e.facts.ministries)
                .find(|m| ministry_code(m) == *code)
                .map_or_else(|| code.clone(), |m| m.label()),
            GroupPage::Member(name) => name.clone(),
        }
    }

    /// The groupings the page breaks its documents down by: a ministry by answerer
    /// and cabinet, a member by answerer (who answered, how late) and topic.
    pub fn groupings(&self) -> [GroupBy; 2] {
        match self {
            GroupPage::Ministry(_) => [GroupBy::Answerer, GroupBy::Cabinet],
            GroupPage::Member(_) => [GroupBy::Answerer, GroupBy::Topic],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Kamervraag, Person, Position};
    use crate::view::library::{Library, LibraryFilter};

    fn doc(id: &str, member: &str, portfolio: &str) -> Kamervraag {
        Kamervraag {
            id: Some(id.into()),
            submitted: Date::from_ymd(2024, 1, 8),
            submitters: vec![Person {
                name: member.into(),
                party: Some("ABC".into()),
                positions: vec![],
            }],
            answerers: vec![Person {
                name: "Bert Bewinds".into(),
                party: None,
                positions: vec![Position {
                    role: "minister".into(),
                    portfolio: Some(portfolio.into()),
                }],
            }],
            ..Kamervraag::default()
        }
    }

    #[test]
    fn ministry_and_member_pages_select_their_documents_and_link_from_groups() {
        let today = Date::from_ymd(2024, 6, 1).unwrap();
        let mut lib = Library::new();
        lib.admit(doc("2024Z00001", "Anna Aap", "financiën"), today);
        lib.admit(doc("2024Z00002", "Anna Aap", "defensie"), today);
        lib.admit(doc("2024Z00003", "Piet Pan", "financiën"), today);
        let all = lib.select(&LibraryFilter::default());
        let label = all[0].facts.ministries[0].label();
        let page = GroupPage::for_group(GroupBy::Ministry, &label, &all).expect("a ministry page");
        assert_eq!(page.title(&all), label);
        let keys = |entries: Vec<Rc<LibraryEntry>>| {
            let mut keys: Vec<String> = entries.iter().map(|e| e.key.clone()).collect();
            keys.sort();
            keys
        };
        let wanted = if all[0].key == "2024Z00002" {
            vec!["2024Z00002".to_string()]
        } else {
            vec!["2024Z00001".to_string(), "2024Z00003".to_string()]
        };
        assert_eq!(keys(page.entries(&all)), wanted);
        let member = GroupPage::for_group(GroupBy::Submitter, "Anna Aap", &all).expect("member");
        assert_eq!(keys(member.entries(&all)), ["2024Z00001", "2024Z00002"]);
        assert_eq!(GroupPage::for_group(GroupBy::Party, "ABC", &all), None);
        assert_eq!(
            GroupPage::for_group(GroupBy::Ministry, UNKNOWN_KEY, &all),
            None
        );
    }
}
