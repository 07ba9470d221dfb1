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
    let mut copies = MostCompleteCopies::default();
    for doc in docs {
        let id = doc.id.clone();
        copies.offer(id.as_deref(), doc.completeness(), doc);
    }
    copies.finish()
}

/// The rule of [`keep_most_complete_copies`] applied one document at a time, keeping
/// for each document only what the caller needs (`T`, say its statistics facts), so
/// a long stream of documents never has to be in memory whole.
///
/// ```
/// use kamervraag::model::{Kamervraag, MostCompleteCopies};
/// let short = Kamervraag { id: Some("2024Z00001".into()), ..Kamervraag::default() };
/// let full = Kamervraag { complete: true, ..short.clone() };
/// let mut copies = MostCompleteCopies::default();
/// for (doc, label) in [(short, "short"), (full, "full")] {
///     copies.offer(doc.id.as_deref(), doc.completeness(), label);
/// }
/// assert_eq!(copies.finish(), (vec!["full"], 1));
/// ```
#[derive(Debug)]
pub struct MostCompleteCopies<T> {
    kept: Vec<(T, Completeness)>,
    position_of_id: HashMap<String, usize>,
    left_out: usize,
}

/// What [`Kamervraag::completeness`] returns.
type Completeness = (bool, bool, usize, usize);

impl<T> Default for MostCompleteCopies<T> {
    fn default() -> Self {
        MostCompleteCopies {
            kept: Vec::new(),
            position_of_id: HashMap::new(),
            left_out: 0,
        }
    }
}

impl<T> MostCompleteCopies<T> {
    /// Offers what is kept of one document with vraagnummer `id` and the
    /// document's [`Kamervraag::completeness`].
    pub fn offer(&mut self, id: Option<&str>, completeness: Completeness, item: T) {
        let Some(id) = id.filter(|id| !id.trim().is_empty()) else {
            self.kept.push((item, completeness));
            return;
        };
        match self
            .position_of_id
            .get(id)
            .and_then(|&i| self.kept.get_mut(i))
        {
            Some(existing) => {
                self.left_out += 1;
                if completeness > existing.1 {
                    *existing = (item, completeness);
                }
            }
            None => {
                self.position_of_id.insert(id.to_string(), self.kept.len());
                self.kept.push((item, completeness));
            }
        }
    }

    /// The kept items in order of first appearance, and how many copies were left out.
    pub fn finish(self) -> (Vec<T>, usize) {
        (
            self.kept.into_iter().map(|(item, _)| item).collect(),
            self.left_out,
        )
    }
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
