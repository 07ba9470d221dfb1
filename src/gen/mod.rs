//! Generator of realistic Kamervraag documents with invented text, each with the parse
//! it must give (schema `kamervraag/1`, diagnostics included).
//!
//! [`generate`] is deterministic for a seed: the same `(count, seed)` always gives the
//! same bytes, natively and in wasm32. The documents cover every variant of the input
//! format described in `docs/FORMAT.md` (layouts, person and topic quirks, footnotes,
//! combined answers, notices, cut-off texts, line ends and encodings); the first
//! [`FEATURES`]`.len()` documents of a corpus each force one variant, so even a small
//! corpus covers them all.
//!
//! How it works: invented [`content`] is laid out by [`render`] as lines that each
//! carry the field they feed; a cut drops or shortens lines; the expected value is then
//! folded from the remaining lines (no parsing involved), with the diagnostics the
//! parser documents in [`crate::parse::diagnostics`].

mod content;
mod expect;
mod official;
mod render;
mod rng;
pub mod vocab;

pub use rng::Rng;

use crate::model::Kamervraag;
use content::ContentChoices;
use render::{Cut, Encoding, Layout, LineEnd, Role, Style};

/// One generated document: its file name stem, its bytes and the expected parse.
#[derive(Debug, Clone)]
pub struct GeneratedDocument {
    /// A file name stem such as `gen-s7-00042` (write `<name>.txt` and `<name>.json`).
    pub name: String,
    /// The file contents, in the document's encoding.
    pub bytes: Vec<u8>,
    /// What `parse(&bytes)` must return (with `source` unset).
    pub expected: Kamervraag,
    /// The variants this document exercises, from [`FEATURES`].
    pub features: Vec<&'static str>,
}

/// Every variant tag a generated document can carry; the first `FEATURES.len()`
/// documents of a corpus force them one by one.
pub const FEATURES: &[&str] = &[
    "cut-off-at-line-end",
    "cut-off-mid-line",
    "cut-off-in-trailer-title",
    "unanswered",
    "bullets-4-space",
    "tab-after-label",
    "many-submitters",
    "person-without-party",
    "stray-space-before-comma",
    "surname-only",
    "answerer-without-position",
    "empty-portfolio",
    "empty-answerers",
    "empty-topics",
    "footnotes",
    "footnote-cut-with-ellipsis",
    "glued-footnote-marker",
    "see-answer",
    "question-without-answer",
    "notice",
    "navigation-before",
    "navigation-after",
    "table-layout",
    "heading-then-bullets",
    "heading-then-footnotes",
    "malformed-id",
    "delay-mismatch",
    "na-1-dagen",
    "empty-trailer-titles",
    "crlf",
    "cr",
    "utf8-bom",
    "utf16le",
    "utf16be",
    "windows-1252",
    "no-final-line-end",
    "unknown-topic",
    "impossible-date",
    "cut-inside-utf8-char",
    "complete",
    "answered",
    "official-answer",
    "official-question",
    "official-notice",
    "parliament-page",
];

/// The official formats of the documents that force them, in [`FEATURES`] order.
const OFFICIAL_KINDS: [official::OfficialKind; 4] = [
    official::OfficialKind::Answer,
    official::OfficialKind::Question,
    official::OfficialKind::Notice,
    official::OfficialKind::Page,
];

/// In percent: how many of the documents that force no variant are written in one of
/// the official formats.
const OFFICIAL_SHARE: u32 = 8;

/// The official format document `index` is written in, if any: forced by its
/// variant, or chosen at random with its own generator so that the other documents
/// of a corpus stay the same.
fn official_kind(seed: u64, index: usize) -> Option<official::OfficialKind> {
    if let Some(kind) = OFFICIAL_KINDS
        .iter()
        .find(|k| FEATURES.get(index) == Some(&k.feature()))
    {
        return Some(*kind);
    }
    if index < FEATURES.len() {
        return None;
    }
    let mut rng = Rng::for_item(seed ^ 0x0FF1_C1A1_F0E5_0001, index as u64);
    rng.chance(OFFICIAL_SHARE)
        .then(|| OFFICIAL_KINDS[rng.below(OFFICIAL_KINDS.len())])
}

/// How the text is damaged at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CutKind {
    None,
    AtLineEnd,
    MidLine,
    InTrailerTitle,
}

/// All random decisions for one document, made before anything is rendered.
#[derive(Debug, Clone)]
struct Plan {
    choices: ContentChoices,
    layout: Layout,
    encoding: Encoding,
    line_end: LineEnd,
    final_line_end: bool,
    deep_bullets: bool,
    tabs: bool,
    navigation_before: bool,
    navigation_after: bool,
    stray_comma_space: bool,
    malformed_id: bool,
    impossible_date: bool,
    cut: CutKind,
    /// Leave the first bytes of a multi-byte character at the end of a mid-line cut.
    partial_char: bool,
}

fn random_plan(rng: &mut Rng) -> Plan {
    let answered = rng.chance(80);
    let footnotes = if rng.chance(40) { rng.range(1, 4) } else { 0 };
    let choices = ContentChoices {
        answered,
        delay_mismatch: answered && rng.chance(5),
        one_day: answered && rng.chance(2),
        empty_answerers: answered && rng.chance(10),
        empty_topics: rng.chance(4),
        footnotes,
        footnote_ellipsis: footnotes > 0 && rng.chance(25),
        notice: rng.chance(10),
        see_answer: false,
        unanswered_question: false,
        partyless_submitter: rng.chance(5),
        surname_only_answerer: rng.chance(5),
        empty_portfolio: rng.chance(5),
        empty_trailer_titles: rng.chance(3),
        allow_non_latin1: true,
        unknown_topic: rng.chance(3),
    };
    let layout = match rng.below(100) {
        0..=3 => Layout::Table,
        4..=5 => Layout::HeadingThenBullets,
        6..=7 => Layout::HeadingThenFootnotes,
        _ => Layout::Page,
    };
    let encoding = match rng.below(100) {
        0..=69 => Encoding::Utf8,
        70..=79 => Encoding::Utf8Bom,
        80..=84 => Encoding::Utf16Le,
        85..=89 => Encoding::Utf16Be,
        _ => Encoding::Windows1252,
    };
    let line_end = match rng.below(100) {
        0..=79 => LineEnd::Lf,
        80..=94 => LineEnd::CrLf,
        _ => LineEnd::Cr,
    };
    let cut = match rng.below(100) {
        0..=19 => CutKind::AtLineEnd,
        20..=44 => CutKind::MidLine,
        45..=47 => CutKind::InTrailerTitle,
        _ => CutKind::None,
    };
    Plan {
        choices,
        layout,
        encoding,
        line_end,
        final_line_end: rng.chance(70),
        deep_bullets: rng.chance(15),
        tabs: rng.chance(8),
        navigation_before: rng.chance(6),
        navigation_after: rng.chance(6),
        stray_comma_space: rng.chance(50),
        malformed_id: rng.chance(2),
        impossible_date: rng.chance(2),
        cut,
        partial_char: rng.chance(20),
    }
}

/// Makes `plan` exercise feature `FEATURES[index]` (for the first documents of a corpus).
fn force_feature(plan: &mut Plan, index: usize) {
    let Some(feature) = FEATURES.get(index) else {
        return;
    };
    // Forced variants are shown in the full page layout unless they are a layout.
    plan.layout = Layout::Page;
    if !feature.starts_with("cut-off") {
        // Keep the forced variant visible: no cut that could drop it.
        plan.cut = CutKind::None;
    }
    let c = &mut plan.choices;
    match *feature {
        "cut-off-at-line-end" => plan.cut = CutKind::AtLineEnd,
        "cut-off-mid-line" => plan.cut = CutKind::MidLine,
        "cut-off-in-trailer-title" => {
            plan.cut = CutKind::InTrailerTitle;
            c.empty_trailer_titles = false;
        }
        "unanswered" => c.answered = false,
        "bullets-4-space" => plan.deep_bullets = true,
        "tab-after-label" => plan.tabs = true,
        "many-submitters" | "person-without-party" | "stray-space-before-comma" => {
            c.partyless_submitter = true;
            plan.stray_comma_space = true;
        }
        "surname-only" | "answerer-without-position" => {
            c.answered = true;
            c.empty_answerers = false;
            c.surname_only_answerer = true;
        }
        "empty-portfolio" => {
            c.answered = true;
            c.empty_answerers = false;
            c.empty_portfolio = true;
        }
        "empty-answerers" => {
            c.answered = true;
            c.empty_answerers = true;
        }
        "empty-topics" => c.empty_topics = true,
        "footnotes" | "glued-footnote-marker" => c.footnotes = c.footnotes.max(2),
        "footnote-cut-with-ellipsis" => {
            c.footnotes = c.footnotes.max(1);
            c.footnote_ellipsis = true;
        }
        "see-answer" => {
            c.answered = true;
            c.see_answer = true;
        }
        "question-without-answer" => {
            c.answered = true;
            c.unanswered_question = true;
        }
        "notice" => c.notice = true,
        "navigation-before" => plan.navigation_before = true,
        "navigation-after" => {
            plan.navigation_after = true;
            plan.cut = CutKind::None;
        }
        "table-layout" => plan.layout = Layout::Table,
        "heading-then-bullets" => plan.layout = Layout::HeadingThenBullets,
        "heading-then-footnotes" => {
            plan.layout = Layout::HeadingThenFootnotes;
            c.footnotes = c.footnotes.max(1);
        }
        "malformed-id" => plan.malformed_id = true,
        "delay-mismatch" => {
            c.answered = true;
            c.delay_mismatch = true;
        }
        "na-1-dagen" => {
            c.answered = true;
            c.one_day = true;
            c.delay_mismatch = false;
        }
        "empty-trailer-titles" => {
            c.empty_trailer_titles = true;
            plan.cut = CutKind::None;
        }
        "crlf" => plan.line_end = LineEnd::CrLf,
        "cr" => plan.line_end = LineEnd::Cr,
        "utf8-bom" => plan.encoding = Encoding::Utf8Bom,
        "utf16le" => plan.encoding = Encoding::Utf16Le,
        "utf16be" => plan.encoding = Encoding::Utf16Be,
        "windows-1252" => plan.encoding = Encoding::Windows1252,
        "no-final-line-end" => plan.final_line_end = false,
        "unknown-topic" => {
            c.unknown_topic = true;
            c.empty_topics = false;
        }
        "impossible-date" => plan.impossible_date = true,
        "cut-inside-utf8-char" => {
            plan.cut = CutKind::MidLine;
            plan.partial_char = true;
            plan.encoding = Encoding::Utf8;
        }
        "complete" => plan.cut = CutKind::None,
        "answered" | "official-answer" | "parliament-page" => c.answered = true,
        _ => {}
    }
}

/// Makes the plan's choices consistent with each other.
fn harmonise(plan: &mut Plan) {
    let c = &mut plan.choices;
    if plan.encoding == Encoding::Windows1252 {
        c.allow_non_latin1 = false;
    }
    if !c.answered {
        c.delay_mismatch = false;
        c.one_day = false;
        c.empty_answerers = false;
        c.see_answer = false;
        c.unanswered_question = false;
        c.surname_only_answerer = false;
        c.empty_portfolio = false;
    }
    match plan.layout {
        Layout::Table => {
            // A Markdown conversion: no page furniture, no footnotes, no trailer.
            plan.navigation_before = false;
            plan.navigation_after = false;
            plan.tabs = false;
            plan.malformed_id = false;
            plan.impossible_date = false;
            plan.deep_bullets = false;
            c.notice = false;
            c.see_answer = false;
            if plan.cut == CutKind::InTrailerTitle {
                plan.cut = CutKind::MidLine;
            }
        }
        Layout::HeadingThenBullets | Layout::HeadingThenFootnotes => {
            plan.malformed_id = false;
            plan.impossible_date = false;
            plan.tabs = false;
        }
        Layout::Page => {}
    }
    if plan.cut != CutKind::None {
        plan.navigation_after = false;
    }
    if plan.cut != CutKind::MidLine || !matches!(plan.encoding, Encoding::Utf8 | Encoding::Utf8Bom)
    {
        plan.partial_char = false;
    }
}

/// `2023Z41234` → `20023Z41234`: a digit too many in the year, as seen in real pages.
fn malformed(id: &str) -> String {
    match (id.get(..2), id.get(2..)) {
        (Some(head), Some(tail)) => format!("{head}0{tail}"),
        _ => format!("0{id}"),
    }
}

/// Char indices in `8..count-3` of `value` where a multi-byte character starts.
fn multibyte_positions(value: &str) -> Vec<usize> {
    let count = value.chars().count();
    value
        .chars()
        .enumerate()
        .filter(|&(i, ch)| i >= 8 && i + 3 < count && ch.len_utf8() > 1)
        .map(|(i, _)| i)
        .collect()
}

fn pick_cut(
    rng: &mut Rng,
    lines: &[render::Line],
    kind: CutKind,
    partial_char: bool,
) -> Option<Cut> {
    let body_start = lines
        .iter()
        .position(|l| {
            matches!(
                l.role,
                Role::Footnote(_) | Role::Bullet(_) | Role::TableParagraph
            )
        })
        .unwrap_or(lines.len());
    let trailer_start = lines
        .iter()
        .position(|l| l.role == Role::QuestionDocId)
        .unwrap_or(lines.len());
    let in_body = |i: usize| i >= body_start && i < trailer_start;
    match kind {
        CutKind::None => None,
        CutKind::AtLineEnd => {
            let candidates: Vec<usize> = (0..lines.len())
                .filter(|&i| in_body(i) && lines.get(i).is_some_and(|l| l.role.may_end_cut_text()))
                .collect();
            rng.pick(&candidates).map(|&i| Cut::AfterLine(i))
        }
        CutKind::MidLine | CutKind::InTrailerTitle => {
            let candidates: Vec<usize> = (0..lines.len())
                .filter(|&i| {
                    let Some(line) = lines.get(i) else {
                        return false;
                    };
                    let wanted = if kind == CutKind::MidLine {
                        in_body(i) && line.role.is_free_text()
                    } else {
                        matches!(line.role, Role::QuestionDocTitle | Role::AnswerDocTitle)
                    };
                    wanted
                        && line.value().chars().count() >= 30
                        && (!partial_char || !multibyte_positions(line.value()).is_empty())
                })
                .collect();
            let &index = rng.pick(&candidates)?;
            let line = lines.get(index)?;
            let value = line.text.get(line.value_start..)?;
            let chars = value.chars().count();
            let keep = if partial_char {
                *rng.pick(&multibyte_positions(value))?
            } else {
                rng.range(8, chars.saturating_sub(3))
            };
            let byte = value
                .char_indices()
                .nth(keep)
                .map(|(b, _)| b)
                .unwrap_or(value.len());
            Some(Cut::InsideLine(index, line.value_start + byte))
        }
    }
}

/// Generates document `index` of the corpus made with `seed`.
///
/// ```
/// use kamervraag::gen::generate_one;
/// let a = generate_one(7, 3);
/// let b = generate_one(7, 3);
/// assert_eq!(a.bytes, b.bytes);
/// assert_eq!(a.expected, b.expected);
/// ```
pub fn generate_one(seed: u64, index: usize) -> GeneratedDocument {
    let mut rng = Rng::for_item(seed, index as u64);
    let mut plan = random_plan(&mut rng);
    force_feature(&mut plan, index);
    harmonise(&mut plan);

    let content = content::invent(&mut rng, &plan.choices);
    if let Some(kind) = official_kind(seed, index) {
        let (text, expected) = official::write(&content, kind);
        let mut features = vec![kind.feature(), "complete"];
        if expected.answered.is_some() {
            features.push("answered");
        }
        return GeneratedDocument {
            name: format!("gen-s{seed}-{index:05}"),
            bytes: text.into_bytes(),
            expected,
            features,
        };
    }
    let mut navigation_before = Vec::new();
    if plan.navigation_before {
        for _ in 0..rng.range(1, 2) {
            navigation_before.push(rng.word(vocab::NAVIGATION_BEFORE));
        }
    }
    let mut navigation_after = Vec::new();
    if plan.navigation_after {
        for _ in 0..rng.range(1, 2) {
            navigation_after.push(rng.word(vocab::NAVIGATION_AFTER));
        }
    }
    let mut tab_after_label = [false; 8];
    if plan.tabs {
        for (i, slot) in tab_after_label.iter_mut().enumerate() {
            *slot = i == 0 || rng.chance(50);
        }
    }
    let style = Style {
        layout: plan.layout,
        deep_bullets: plan.deep_bullets,
        tab_after_label,
        heading_id: plan.malformed_id.then(|| malformed(&content.id)),
        navigation_before,
        navigation_after,
        stray_comma_space: plan.stray_comma_space,
        submitted_text: plan
            .impossible_date
            .then(|| content::impossible_date_text(&mut rng, content.submitted)),
        blank_after_unanswered: rng.chance(20),
        two_blanks_before_trailer: rng.chance(60),
        trailer: plan.layout != Layout::Table,
    };
    let mut lines = render::render(&content, &style);
    let cut = pick_cut(&mut rng, &lines, plan.cut, plan.partial_char);
    // The first bytes of the character right after a mid-line cut, when wanted.
    let mut partial: Vec<u8> = Vec::new();
    if let (true, Some(Cut::InsideLine(index, byte))) = (plan.partial_char, cut) {
        if let Some(ch) = lines
            .get(index)
            .and_then(|l| l.text.get(byte..))
            .and_then(|rest| rest.chars().next())
        {
            let mut buffer = [0u8; 4];
            let encoded = ch.encode_utf8(&mut buffer).as_bytes();
            let keep = rng.range(1, encoded.len().saturating_sub(1));
            partial.extend_from_slice(encoded.get(..keep).unwrap_or_default());
        }
    }
    if let Some(cut) = cut {
        render::apply_cut(&mut lines, cut);
    }
    // A cut text never ends with a line end in the middle of a line.
    let final_line_end = plan.final_line_end && !matches!(cut, Some(Cut::InsideLine(..)));
    let text = render::join(&lines, plan.line_end, final_line_end);
    let (mut bytes, encoding) = match render::encode(&text, plan.encoding) {
        Some(bytes) => (bytes, plan.encoding),
        None => (text.clone().into_bytes(), Encoding::Utf8),
    };
    // After pure ASCII, a stray byte would make the text Windows-1252; keep it UTF-8.
    if matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom) && !text.is_ascii() {
        bytes.extend_from_slice(&partial);
    }

    let expected = expect::expected(&content, &style, &lines, encoding, &bytes);
    let features = features_of(
        &expected,
        &content,
        &style,
        &plan,
        encoding,
        &bytes,
        cut,
        &lines,
        final_line_end,
    );
    GeneratedDocument {
        name: format!("gen-s{seed}-{index:05}"),
        bytes,
        expected,
        features,
    }
}

/// Generates `count` documents with `seed`; see the module documentation.
///
/// ```
/// use kamervraag::gen::generate;
/// let docs = generate(3, 1);
/// assert_eq!(docs.len(), 3);
/// assert_eq!(docs[0].name, "gen-s1-00000");
/// ```
pub fn generate(count: usize, seed: u64) -> Vec<GeneratedDocument> {
    (0..count).map(|index| generate_one(seed, index)).collect()
}

/// The variant tags of a finished document, read from what was actually written (a
/// cut can drop a variant the plan asked for).
#[allow(clippy::too_many_arguments)]
fn features_of(
    expected: &Kamervraag,
    content: &content::Content,
    style: &Style,
    plan: &Plan,
    encoding: Encoding,
    bytes: &[u8],
    cut: Option<Cut>,
    lines: &[render::Line],
    final_line_end: bool,
) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |tag: &'static str, on: bool| {
        if on {
            out.push(tag);
        }
    };
    let cut_role = match cut {
        Some(Cut::InsideLine(i, _)) => lines.get(i).map(|l| l.role),
        _ => None,
    };
    add(
        "cut-off-at-line-end",
        matches!(cut, Some(Cut::AfterLine(_))),
    );
    add(
        "cut-off-mid-line",
        matches!(cut, Some(Cut::InsideLine(..)))
            && !matches!(
                cut_role,
                Some(Role::QuestionDocTitle | Role::AnswerDocTitle)
            ),
    );
    add(
        "cut-off-in-trailer-title",
        matches!(
            cut_role,
            Some(Role::QuestionDocTitle | Role::AnswerDocTitle)
        ),
    );
    add("unanswered", content.answered.is_none());
    let has = |role: fn(&Role) -> bool| lines.iter().any(|l| role(&l.role));
    add(
        "bullets-4-space",
        style.deep_bullets && has(|r| matches!(r, Role::Bullet(_))),
    );
    add(
        "tab-after-label",
        lines.iter().any(|l| l.text.contains('\t')),
    );
    let page_header = style.layout == Layout::Page || style.layout == Layout::Table;
    add(
        "many-submitters",
        page_header && expected.submitters.len() >= 2,
    );
    add(
        "person-without-party",
        expected
            .submitters
            .iter()
            .chain(&expected.answerers)
            .any(|p| p.party.is_none()),
    );
    add(
        "stray-space-before-comma",
        lines.iter().any(|l| {
            matches!(l.role, Role::Submitters | Role::Answerers) && l.text.contains(" , ")
        }),
    );
    add(
        "surname-only",
        expected
            .submitters
            .iter()
            .chain(&expected.answerers)
            .any(|p| !p.name.contains(' ')),
    );
    add(
        "answerer-without-position",
        expected.answerers.iter().any(|p| p.positions.is_empty()),
    );
    add(
        "empty-portfolio",
        expected
            .answerers
            .iter()
            .any(|p| p.positions.iter().any(|pos| pos.portfolio.is_none())),
    );
    add(
        "empty-answerers",
        has(|r| *r == Role::Answerers) && expected.answerers.is_empty(),
    );
    add(
        "empty-topics",
        has(|r| *r == Role::Topics) && expected.topics.is_empty(),
    );
    add("footnotes", !expected.footnotes.is_empty());
    add(
        "footnote-cut-with-ellipsis",
        expected.footnotes.iter().any(|f| f.text.ends_with('…')),
    );
    add(
        "glued-footnote-marker",
        expected.questions.iter().any(|q| {
            expected.footnotes.iter().any(|f| {
                q.text.contains(&format!("?{}", f.number))
                    || q.text.contains(&format!("berichtgeving{}", f.number))
            })
        }),
    );
    add(
        "see-answer",
        expected.questions.iter().any(|q| q.see_answer.is_some()),
    );
    add(
        "question-without-answer",
        expected.answered.is_some()
            && expected.questions.len() >= 2
            && expected
                .questions
                .iter()
                .take(expected.questions.len() - 1)
                .any(|q| q.answer.is_none()),
    );
    add("notice", !expected.notices.is_empty());
    add("navigation-before", !style.navigation_before.is_empty());
    add(
        "navigation-after",
        has(|r| *r == Role::Navigation) && !style.navigation_after.is_empty() && cut.is_none(),
    );
    add("table-layout", style.layout == Layout::Table);
    add(
        "heading-then-bullets",
        style.layout == Layout::HeadingThenBullets,
    );
    add(
        "heading-then-footnotes",
        style.layout == Layout::HeadingThenFootnotes,
    );
    add("malformed-id", style.heading_id.is_some());
    add(
        "delay-mismatch",
        has(|r| *r == Role::Answered) && expected.stated_delay_days != expected.delay_days,
    );
    add(
        "na-1-dagen",
        has(|r| *r == Role::Answered) && expected.stated_delay_days == Some(1),
    );
    add(
        "empty-trailer-titles",
        expected
            .question_document
            .as_ref()
            .is_some_and(|d| d.title.is_empty()),
    );
    let several_lines = lines.len() > 1;
    add("crlf", several_lines && plan.line_end == LineEnd::CrLf);
    add("cr", several_lines && plan.line_end == LineEnd::Cr);
    add("utf8-bom", encoding == Encoding::Utf8Bom);
    add("utf16le", encoding == Encoding::Utf16Le);
    add("utf16be", encoding == Encoding::Utf16Be);
    add(
        "windows-1252",
        encoding == Encoding::Windows1252 && std::str::from_utf8(bytes).is_err(),
    );
    add("no-final-line-end", !final_line_end);
    add(
        "unknown-topic",
        expected
            .topics
            .iter()
            .any(|t| vocab::UNKNOWN_TOPICS.contains(&t.as_str())),
    );
    add(
        "impossible-date",
        style.submitted_text.is_some() && has(|r| *r == Role::Submitted),
    );
    add(
        "cut-inside-utf8-char",
        matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom)
            && std::str::from_utf8(bytes).is_err(),
    );
    add("complete", expected.complete);
    add("answered", expected.answered.is_some());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_for_a_seed_and_different_across_seeds() {
        let a = generate(20, 5);
        let b = generate(20, 5);
        let c = generate(20, 6);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.bytes, y.bytes);
            assert_eq!(x.expected, y.expected);
        }
        assert!(a.iter().zip(&c).any(|(x, y)| x.bytes != y.bytes));
    }

    #[test]
    fn the_first_documents_cover_every_feature() {
        for seed in (0..40).chain([12_345, u64::MAX]) {
            let docs = generate(FEATURES.len(), seed);
            for (index, feature) in FEATURES.iter().enumerate() {
                let doc = &docs[index];
                assert!(
                    doc.features.contains(feature),
                    "document {index} should exercise {feature}, has {:?}",
                    doc.features
                );
            }
        }
    }

    #[test]
    fn topic_words_are_official_and_unknown_words_are_not() {
        use crate::parse::topics::OFFICIAL_TOPICS;
        for topic in vocab::TOPICS {
            assert!(OFFICIAL_TOPICS.contains(topic), "{topic} is not official");
        }
        for word in vocab::UNKNOWN_TOPICS {
            assert!(
                !OFFICIAL_TOPICS
                    .iter()
                    .any(|t| t.split(' ').next() == Some(word)),
                "{word} starts an official topic"
            );
        }
    }

    #[test]
    fn malformed_inserts_a_digit() {
        assert_eq!(malformed("2011Z03937"), "20011Z03937");
    }
}
