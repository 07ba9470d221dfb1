//! The role words of a government post, as written in a position
//! (`minister van financiën`, `staatssecretaris …`).

/// Role words, longest first where one is a prefix of another, so that the first
/// match is the right one.
///
/// ```
/// use kamervraag::model::ROLE_WORDS;
/// let role = ROLE_WORDS.iter().find(|r| "minister-president".starts_with(**r));
/// assert_eq!(role, Some(&"minister-president"));
/// ```
pub const ROLE_WORDS: &[&str] = &[
    "minister zonder portefeuille",
    "viceminister-president",
    "minister-president",
    "staatssecretaris",
    "minister",
];
