//! Copies of one vraagnummer in a collection: only the most complete copy counts, as
//! in `kamervraag stats` (the JS API's `stats` applies the same rule so it gives the
//! CLI's figures).

use crate::model::Kamervraag;
use std::collections::HashMap;

/// Keeps one document per vraagnummer — the most complete copy (by
/// [`Kamervraag::completeness`]; the first of equals), at the position of the first
/// copy — and every document without vraagnummer. Returns the kept documents and how
/// many copies were left out.
///
/// ```
/// use kamervraag::model::{keep_most_complete_copies, Kamervraag};
/// let short = Kamervraag { id: Some("2024Z00001".into()), ..Kamervraag::default() };
/// let full = Kamervraag { complete: true, ..short.clone() };
/// let other = Kamervraag { id: Some("2024Z00002".into()), ..Kamervraag::default() };
/// let (kept, left_out) = keep_most_complete_copies(vec![short, other, full]);
/// assert_eq!(left_out, 1);
/// assert_eq!(kept.len(), 2);
/// assert!(kept[0].complete);
/// ```
pub fn keep_most_complete_copies(docs: Vec<Kamervraag>) -> (Vec<Kamervraag>, usize) {
    let mut kept: Vec<Kamervraag> = Vec::with_capacity(docs.len());
    let mut position_of_id: HashMap<String, usize> = HashMap::new();
    let mut left_out = 0;
    for doc in docs {
        let Some(id) = doc.id.clone().filter(|id| !id.trim().is_empty()) else {
            kept.push(doc);
            continue;
        };
        match position_of_id.get(&id).and_then(|&i| kept.get_mut(i)) {
            Some(existing) => {
                left_out += 1;
                if doc.completeness() > existing.completeness() {
                    *existing = doc;
                }
            }
            None => {
                position_of_id.insert(id, kept.len());
                kept.push(doc);
            }
        }
    }
    (kept, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_without_vraagnummer_are_all_kept() {
        let blank = Kamervraag {
            id: Some("  ".into()),
            ..Kamervraag::default()
        };
        let (kept, left_out) =
            keep_most_complete_copies(vec![Kamervraag::default(), Kamervraag::default(), blank]);
        assert_eq!((kept.len(), left_out), (3, 0));
    }

    #[test]
    fn the_first_of_equally_complete_copies_stays() {
        let first = Kamervraag {
            id: Some("2024Z00003".into()),
            title: Some("eerste".into()),
            ..Kamervraag::default()
        };
        let second = Kamervraag {
            title: Some("tweede".into()),
            ..first.clone()
        };
        let (kept, left_out) = keep_most_complete_copies(vec![first, second]);
        assert_eq!(left_out, 1);
        assert_eq!(kept[0].title.as_deref(), Some("eerste"));
    }
}
