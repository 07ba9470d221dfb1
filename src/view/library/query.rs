//! The search query language, read into clauses: words (all must occur),
//! `"exact phrases"`, `-exclusions`, `a OR b`, field scopes (`titel:`, `antwoord:`,
//! `party:`, ...) and `/regular expressions/`. Pure: no matching here, only reading
//! what was typed and saying why when it cannot be read.

use super::search::fold;
use regex_lite::{Regex, RegexBuilder};
use std::fmt;
use std::ops::Range;

/// At most this many terms in one query (more is refused with a reason).
pub const MAX_TERMS: usize = 32;

/// A part of a document a query term can be scoped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The vraagnummer (searched by unscoped terms only).
    Id,
    /// The title.
    Title,
    /// A question's text.
    Question,
    /// An answer's text.
    Answer,
    /// A submitter's name.
    Submitter,
    /// A submitter's party.
    Party,
    /// An answerer's name (a minister or state secretary).
    Answerer,
    /// A topic.
    Topic,
}

impl Field {
    /// The fields an unscoped term looks in.
    pub const TEXT: [Field; 4] = [Field::Id, Field::Title, Field::Question, Field::Answer];

    /// The name in JSON output, e.g. `answer`.
    pub fn json_name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Question => "question",
            Field::Answer => "answer",
            Field::Submitter => "submitter",
            Field::Party => "party",
            Field::Answerer => "answerer",
            Field::Topic => "topic",
        }
    }

    /// The Dutch scope word, e.g. `antwoord` (also the label of a match's place).
    pub fn dutch_name(self) -> &'static str {
        match self {
            Field::Id => "vraagnummer",
            Field::Title => "titel",
            Field::Question => "vraag",
            Field::Answer => "antwoord",
            Field::Submitter => "indiener",
            Field::Party => "partij",
            Field::Answerer => "minister",
            Field::Topic => "onderwerp",
        }
    }

    /// The field a scope word names (Dutch or English, any case).
    ///
    /// ```
    /// use kamervraag::view::library::Field;
    /// assert_eq!(Field::from_scope("Antwoord"), Some(Field::Answer));
    /// assert_eq!(Field::from_scope("party"), Some(Field::Party));
    /// assert_eq!(Field::from_scope("http"), None);
    /// ```
    pub fn from_scope(word: &str) -> Option<Field> {
        let field = match word.to_ascii_lowercase().as_str() {
            "titel" | "title" => Field::Title,
            "vraag" | "question" => Field::Question,
            "antwoord" | "answer" => Field::Answer,
            "indiener" | "submitter" => Field::Submitter,
            "partij" | "party" => Field::Party,
            "minister" | "answerer" => Field::Answerer,
            "onderwerp" | "topic" => Field::Topic,
            _ => return None,
        };
        Some(field)
    }
}

/// What a term looks for.
#[derive(Debug, Clone)]
pub enum Pattern {
    /// A folded word that must occur as part of the text.
    Word(String),
    /// A folded phrase (single spaces) that must occur as written.
    Phrase(String),
    /// A regular expression, case-insensitive, on the original text.
    Regex(Regex),
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        match (self, other) {
            (Pattern::Word(a), Pattern::Word(b)) | (Pattern::Phrase(a), Pattern::Phrase(b)) => {
                a == b
            }
            (Pattern::Regex(a), Pattern::Regex(b)) => a.as_str() == b.as_str(),
            _ => false,
        }
    }
}

impl Eq for Pattern {}

/// One term: a pattern, maybe scoped to a field, maybe negated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// True for `-word`: the pattern must not occur.
    pub negated: bool,
    /// The field it is limited to; `None` is title, questions, answers and vraagnummer.
    pub scope: Option<Field>,
    /// What it looks for.
    pub pattern: Pattern,
}

impl Term {
    /// Whether this term looks in `field`.
    pub fn applies_to(&self, field: Field) -> bool {
        match self.scope {
            Some(scope) => scope == field,
            None => Field::TEXT.contains(&field),
        }
    }
}

/// Terms of which at least one must hold (`a OR b`), with where they were typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The alternatives (one for a plain term).
    pub alternatives: Vec<Term>,
    /// Byte range of the clause in the query text.
    pub source: Range<usize>,
}

/// Why a query cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// A `"` without its closing `"`.
    UnclosedQuote,
    /// A `/` without its closing `/`.
    UnclosedRegex,
    /// `OR` without a term on one side.
    DanglingOr,
    /// More than [`MAX_TERMS`] terms.
    TooManyTerms,
    /// The regular expression is not valid; the regex crate's message.
    InvalidRegex(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnclosedQuote => write!(f, "a quote (\") is not closed"),
            QueryError::UnclosedRegex => write!(f, "a regular expression (/…/) is not closed"),
            QueryError::DanglingOr => write!(f, "OR needs a term on both sides"),
            QueryError::TooManyTerms => write!(f, "too many search terms (at most {MAX_TERMS})"),
            QueryError::InvalidRegex(message) => write!(f, "invalid regular expression: {message}"),
        }
    }
}

impl std::error::Error for QueryError {}

/// Compiles a pattern case-insensitively with a limit on its size. The engine
/// (`regex-lite`, chosen for the app's size) folds only ASCII case, so every other
/// letter with a distinct upper or lower case form is first widened to both forms
/// ([`widen_case`]): `/ë/` finds `Ë`.
fn compile_regex(pattern: &str) -> Result<Regex, QueryError> {
    RegexBuilder::new(&widen_case(pattern))
        .case_insensitive(true)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| {
            let message = e.to_string();
            // The crate's message may repeat the pattern over several lines; keep the gist.
            let gist = message
                .lines()
                .rev()
                .find(|l| l.trim_start().starts_with("error:"))
                .map(|l| {
                    l.trim_start()
                        .trim_start_matches("error:")
                        .trim()
                        .to_string()
                })
                .unwrap_or(message);
            QueryError::InvalidRegex(gist)
        })
}

/// The other case forms of a non-ASCII letter (one character each), if any.
fn other_cases(c: char) -> impl Iterator<Item = char> {
    let mut lower = c.to_lowercase();
    let mut upper = c.to_uppercase();
    let lower = (lower.len() == 1).then(|| lower.next()).flatten();
    let upper = (upper.len() == 1).then(|| upper.next()).flatten();
    [lower, upper]
        .into_iter()
        .flatten()
        .filter(move |&o| o != c && !c.is_ascii())
}

/// Widens every non-ASCII letter of a pattern to all its case forms: `ë` becomes
/// `[ëË]` outside a bracket class and `ëË` inside one; escapes and ASCII stay as
/// written.
///
/// ```
/// # use kamervraag::view::library::widen_case;
/// assert_eq!(widen_case("citroën"), "citro[ëË]n");
/// assert_eq!(widen_case("[éa]\\d"), "[éÉa]\\d");
/// ```
pub fn widen_case(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => {
                let others: Vec<char> = other_cases(c).collect();
                if others.is_empty() {
                    out.push(c);
                } else if in_class {
                    out.push(c);
                    out.extend(others);
                } else {
                    out.push('[');
                    out.push(c);
                    out.extend(others);
                    out.push(']');
                }
            }
        }
    }
    out
}

/// One token as read: a term (maybe incomplete and then ignored), or `OR`.
enum Token {
    Term(Option<Term>, Range<usize>),
    Or,
}

/// Reads the body of a term starting at `i`: a phrase, a regex or a word. Returns
/// the pattern (None when empty) and the index after it.
fn read_body(text: &str, i: usize) -> Result<(Option<Pattern>, usize), QueryError> {
    let rest = &text[i..];
    if let Some(inner) = rest.strip_prefix('"') {
        let close = inner.find('"').ok_or(QueryError::UnclosedQuote)?;
        let phrase = fold(&inner[..close]);
        let phrase = phrase.trim();
        let pattern = (!phrase.is_empty()).then(|| Pattern::Phrase(phrase.to_string()));
        return Ok((pattern, i + 1 + close + 1));
    }
    if let Some(inner) = rest.strip_prefix('/') {
        // Up to the next `/` that is not escaped.
        let mut escaped = false;
        let mut close = None;
        for (j, c) in inner.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '/' if !escaped => {
                    close = Some(j);
                    break;
                }
                _ => escaped = false,
            }
        }
        let close = close.ok_or(QueryError::UnclosedRegex)?;
        let source = inner[..close].replace("\\/", "/");
        let pattern = if source.is_empty() {
            None
        } else {
            Some(Pattern::Regex(compile_regex(&source)?))
        };
        return Ok((pattern, i + 1 + close + 1));
    }
    let end = rest.find(char::is_whitespace).map_or(text.len(), |j| i + j);
    let word = fold(&text[i..end]);
    Ok(((!word.is_empty()).then_some(Pattern::Word(word)), end))
}

fn tokens(text: &str) -> Result<Vec<Token>, QueryError> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let rest = &text[i..];
        if rest.starts_with("OR") && rest[2..].chars().next().is_none_or(char::is_whitespace) {
            out.push(Token::Or);
            i += 2;
            continue;
        }
        let mut at = i;
        let negated = rest.starts_with('-');
        if negated {
            at += 1;
        }
        let mut scope = None;
        let head_end = text[at..]
            .find(|c: char| c.is_whitespace() || c == '"' || c == '/')
            .map_or(text.len(), |j| at + j);
        if let Some((name, _)) = text[at..head_end].split_once(':') {
            if let Some(field) = Field::from_scope(name) {
                scope = Some(field);
                at += name.len() + 1;
            }
        }
        let (pattern, end) = if at < text.len() && !text[at..].starts_with(char::is_whitespace) {
            read_body(text, at)?
        } else {
            (None, at)
        };
        let term = pattern.map(|pattern| Term {
            negated,
            scope,
            pattern,
        });
        out.push(Token::Term(term, start..end));
        i = end.max(i + 1);
    }
    Ok(out)
}

/// A parsed search query: clauses that must all hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    /// The query as typed.
    pub text: String,
    /// The clauses, duplicates removed.
    pub clauses: Vec<Clause>,
}

impl ParsedQuery {
    /// Reads a query; see the module documentation for the language.
    ///
    /// ```
    /// use kamervraag::view::library::{Field, ParsedQuery, Pattern};
    /// let q = ParsedQuery::parse(r#"stikstof -"niet bekend" antwoord:/boer(en)?/ a OR b"#).unwrap();
    /// assert_eq!(q.clauses.len(), 4);
    /// let answer = &q.clauses[2].alternatives[0];
    /// assert_eq!(answer.scope, Some(Field::Answer));
    /// assert!(matches!(answer.pattern, Pattern::Regex(_)));
    /// assert_eq!(q.clauses[3].alternatives.len(), 2);
    /// assert!(ParsedQuery::parse("/(/").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<ParsedQuery, QueryError> {
        let mut clauses: Vec<Clause> = Vec::new();
        let mut pending_or = false;
        let mut term_count = 0usize;
        for token in tokens(text)? {
            match token {
                Token::Or => {
                    if pending_or || clauses.is_empty() {
                        return Err(QueryError::DanglingOr);
                    }
                    pending_or = true;
                }
                Token::Term(None, _) => {}
                Token::Term(Some(term), range) => {
                    term_count += 1;
                    if term_count > MAX_TERMS {
                        return Err(QueryError::TooManyTerms);
                    }
                    match clauses.last_mut() {
                        Some(last) if pending_or => {
                            last.alternatives.push(term);
                            last.source.end = range.end;
                        }
                        _ => clauses.push(Clause {
                            alternatives: vec![term],
                            source: range,
                        }),
                    }
                    pending_or = false;
                }
            }
        }
        if pending_or {
            return Err(QueryError::DanglingOr);
        }
        // Drop repeated clauses (at most MAX_TERMS, so this stays small).
        let mut unique: Vec<Clause> = Vec::with_capacity(clauses.len());
        for clause in clauses {
            if !unique.iter().any(|u| u.alternatives == clause.alternatives) {
                unique.push(clause);
            }
        }
        Ok(ParsedQuery {
            text: text.to_string(),
            clauses: unique,
        })
    }

    /// Whether the query has no terms (matches everything).
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// The text of each clause as typed (for chips).
    pub fn parts(&self) -> Vec<&str> {
        self.clauses
            .iter()
            .filter_map(|c| self.text.get(c.source.clone()))
            .collect()
    }

    /// The query text without clause `index` (for removing one chip).
    ///
    /// ```
    /// use kamervraag::view::library::ParsedQuery;
    /// let q = ParsedQuery::parse(r#"fiets "gladde weg" a OR b"#).unwrap();
    /// assert_eq!(q.parts(), ["fiets", "\"gladde weg\"", "a OR b"]);
    /// assert_eq!(q.without_part(1), "fiets a OR b");
    /// ```
    pub fn without_part(&self, index: usize) -> String {
        let kept: Vec<&str> = self
            .clauses
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .filter_map(|(_, c)| self.text.get(c.source.clone()))
            .collect();
        kept.join(" ")
    }

    /// Every term that must occur (not negated), for highlighting.
    pub fn positive_terms(&self) -> impl Iterator<Item = &Term> {
        self.clauses
            .iter()
            .flat_map(|c| c.alternatives.iter())
            .filter(|t| !t.negated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(q: &str) -> Term {
        let parsed = ParsedQuery::parse(q).unwrap();
        assert_eq!(parsed.clauses.len(), 1, "{q}");
        parsed.clauses[0].alternatives[0].clone()
    }

    #[test]
    fn reads_every_construct() {
        assert_eq!(only("Über").pattern, Pattern::Word("uber".into()));
        assert_eq!(
            only("\"Niet   BEKEND\"").pattern,
            Pattern::Phrase("niet bekend".into())
        );
        let t = only("-fiets");
        assert!(t.negated && t.scope.is_none());
        let t = only("-\"gladde weg\"");
        assert!(t.negated);
        assert_eq!(t.pattern, Pattern::Phrase("gladde weg".into()));
        let t = only("antwoord:\"niet bekend\"");
        assert_eq!(t.scope, Some(Field::Answer));
        let t = only("-party:VVD");
        assert!(t.negated);
        assert_eq!(t.scope, Some(Field::Party));
        assert_eq!(t.pattern, Pattern::Word("vvd".into()));
        let t = only("title:/stikstof(crisis|beleid)/");
        assert_eq!(t.scope, Some(Field::Title));
        assert!(matches!(t.pattern, Pattern::Regex(_)));
        let t = only(r"/a\/b/");
        match t.pattern {
            Pattern::Regex(r) => assert_eq!(r.as_str(), "a/b"),
            other => panic!("{other:?}"),
        }
        // An unknown scope is part of the word.
        assert_eq!(only("http://x").pattern, Pattern::Word("http://x".into()));
        let q = ParsedQuery::parse("a OR b OR c d").unwrap();
        assert_eq!(q.clauses.len(), 2);
        assert_eq!(q.clauses[0].alternatives.len(), 3);
        // Lower-case "or" is a word.
        assert_eq!(ParsedQuery::parse("a or b").unwrap().clauses.len(), 3);
    }

    #[test]
    fn incomplete_parts_while_typing_are_ignored() {
        assert!(ParsedQuery::parse("fiets - titel:").unwrap().clauses.len() == 1);
        assert!(ParsedQuery::parse("\"\" //").unwrap().is_empty());
        assert!(ParsedQuery::parse("   ").unwrap().is_empty());
    }

    #[test]
    fn says_why_a_query_cannot_be_read() {
        assert_eq!(
            ParsedQuery::parse("\"niet bek"),
            Err(QueryError::UnclosedQuote)
        );
        assert_eq!(ParsedQuery::parse("/abc"), Err(QueryError::UnclosedRegex));
        assert_eq!(ParsedQuery::parse("a OR"), Err(QueryError::DanglingOr));
        assert_eq!(ParsedQuery::parse("OR a"), Err(QueryError::DanglingOr));
        assert_eq!(ParsedQuery::parse("a OR OR b"), Err(QueryError::DanglingOr));
        let many: Vec<String> = (0..=MAX_TERMS).map(|i| format!("w{i}")).collect();
        assert_eq!(
            ParsedQuery::parse(&many.join(" ")),
            Err(QueryError::TooManyTerms)
        );
        let err = ParsedQuery::parse("/stikstof(/").unwrap_err();
        assert!(matches!(err, QueryError::InvalidRegex(_)));
        assert!(
            err.to_string().contains("invalid regular expression"),
            "{err}"
        );
    }

    #[test]
    fn repeated_clauses_count_once() {
        let q = ParsedQuery::parse("fiets FIETS fiets -fiets").unwrap();
        assert_eq!(q.clauses.len(), 2);
    }

    #[test]
    fn accented_letters_match_case_insensitively_in_regexes() {
        let Pattern::Regex(r) = only("/ë/").pattern else {
            panic!()
        };
        assert!(r.is_match("CITROËN"));
        let Pattern::Regex(r) = only("/stikstof(crisis|beleid)/").pattern else {
            panic!()
        };
        assert!(r.is_match("StikstofBeleid"));
        let Pattern::Regex(r) = only("/CITROËN|[é]tude/").pattern else {
            panic!()
        };
        assert!(r.is_match("citroën"));
        assert!(r.is_match("Étude"));
    }
}
