//! A memo key for the document list that compares by identity: the pages recompute
//! their statistics when they are handed a different list, without comparing every
//! document field by field on each render.

use crate::model::Kamervraag;
use std::rc::Rc;

/// The filtered document list, equal only to the very same list.
#[derive(Clone)]
pub struct SameDocuments(pub Rc<Vec<Rc<Kamervraag>>>);

impl PartialEq for SameDocuments {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
