//! What the overdue view shows: the overdue list cut into one section per ministry
//! (each sorted by days overdue), its CSV, and file names that carry the reference
//! date so a download says which day its figures are for.

use crate::model::Date;
use crate::stats::{OverdueDocument, OverdueList};

/// The documents of one ministry (or answerer) on the overdue list.
#[derive(Debug, Clone, PartialEq)]
pub struct OverdueSection<'a> {
    /// The ministry label or answerer name.
    pub key: &'a str,
    /// Its overdue documents, longest overdue first.
    pub documents: Vec<&'a OverdueDocument>,
}

/// One section per group of the list (in the list's group order, largest first); a
/// document with several ministries appears in each.
///
/// ```
/// use kamervraag::model::Date;
/// use kamervraag::stats::{OverdueDocument, OverdueGroup, OverdueList};
/// use kamervraag::view::overdue::sections;
/// let doc = |days, ministry: &str| OverdueDocument {
///     id: None, title: None, submitted: Date::from_ymd(2024, 1, 1).unwrap(),
///     term_days: 21, days_overdue: days,
///     ministries: vec![ministry.into()], answerers: vec![],
/// };
/// let list = OverdueList {
///     reference_date: Date::from_ymd(2024, 6, 1).unwrap(),
///     documents: vec![doc(90, "A"), doc(40, "B"), doc(10, "A")],
///     groups: vec![OverdueGroup { key: "A".into(), count: 2 }, OverdueGroup { key: "B".into(), count: 1 }],
/// };
/// let by_ministry = sections(&list);
/// assert_eq!(by_ministry[0].key, "A");
/// assert_eq!(by_ministry[0].documents.iter().map(|d| d.days_overdue).collect::<Vec<_>>(), [90, 10]);
/// ```
pub fn sections(list: &OverdueList) -> Vec<OverdueSection<'_>> {
    list.groups
        .iter()
        .map(|group| OverdueSection {
            key: &group.key,
            documents: list
                .documents
                .iter()
                .filter(|d| d.ministries.contains(&group.key) || d.answerers.contains(&group.key))
                .collect(),
        })
        .collect()
}

/// The list as CSV (UTF-8 with BOM, as the other downloads): one row per document,
/// with the reference date in every row so the file stands on its own.
///
/// ```
/// use kamervraag::model::Date;
/// use kamervraag::stats::{OverdueDocument, OverdueList};
/// use kamervraag::view::overdue::overdue_csv;
/// let list = OverdueList {
///     reference_date: Date::from_ymd(2024, 6, 1).unwrap(),
///     documents: vec![OverdueDocument {
///         id: Some("2024Z00001".into()), title: Some("Dijken, bruggen".into()),
///         submitted: Date::from_ymd(2024, 1, 1).unwrap(), term_days: 21, days_overdue: 131,
///         ministries: vec!["A".into(), "B".into()], answerers: vec!["Jan".into()],
///     }],
///     groups: vec![],
/// };
/// let csv = overdue_csv(&list);
/// assert!(csv.starts_with('\u{feff}'));
/// assert!(csv.contains("2024-06-01,2024Z00001,\"Dijken, bruggen\",2024-01-01,21,131,A; B,Jan"));
/// ```
pub fn overdue_csv(list: &OverdueList) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "peildatum",
        "vraagnummer",
        "titel",
        "ingediend",
        "termijn_dagen",
        "dagen_over_termijn",
        "ministeries",
        "bewindspersonen",
    ]);
    let reference = list.reference_date.to_string();
    for doc in &list.documents {
        let _ = writer.write_record([
            reference.as_str(),
            doc.id.as_deref().unwrap_or(""),
            doc.title.as_deref().unwrap_or(""),
            &doc.submitted.to_string(),
            &doc.term_days.to_string(),
            &doc.days_overdue.to_string(),
            &doc.ministries.join("; "),
            &doc.answerers.join("; "),
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// `name` with the reference date before its extension, so every download says the
/// day its figures are for.
///
/// ```
/// use kamervraag::model::Date;
/// use kamervraag::view::overdue::dated_file_name;
/// let day = Date::from_ymd(2024, 12, 31).unwrap();
/// assert_eq!(dated_file_name("kamervragen-per-jaar.csv", day), "kamervragen-per-jaar-peildatum-2024-12-31.csv");
/// assert_eq!(dated_file_name("grafiek", day), "grafiek-peildatum-2024-12-31");
/// ```
pub fn dated_file_name(name: &str, reference: Date) -> String {
    match name.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}-peildatum-{reference}.{extension}"),
        None => format!("{name}-peildatum-{reference}"),
    }
}
