//! Parser tests on invented fixtures in `tests/fixtures/` (real format, invented
//! content): every quirk, every encoding and line end, and non-Kamervraag input.
#![cfg(not(target_arch = "wasm32"))]

use kamervraag::model::{Date, Diagnostic, Format, Kamervraag, Person, Position, Severity};
use kamervraag::parse::{diagnostics as diag, parse, parse_named};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse_fixture(name: &str) -> Kamervraag {
    parse_named(&fixture(name), Some(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::from_ymd(y, m, d)
}

fn person(name: &str, party: Option<&str>, positions: &[(&str, Option<&str>)]) -> Person {
    Person {
        name: name.to_string(),
        party: party.map(str::to_string),
        positions: positions
            .iter()
            .map(|(role, portfolio)| Position {
                role: role.to_string(),
                portfolio: portfolio.map(str::to_string),
            })
            .collect(),
    }
}

#[test]
fn full_answered_document_with_every_quirk() {
    let doc = parse_fixture("full-answered.txt");
    assert_eq!(doc.schema, "kamervraag/1");
    assert_eq!(doc.source.as_deref(), Some("full-answered.txt"));
    assert_eq!(doc.format, Format::Openkamer);
    assert_eq!(doc.id.as_deref(), Some("2024Z99901"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Het bericht 'Fietsenstallingen bij stations raken overvol'")
    );
    // Tabs after the labels.
    assert_eq!(doc.submitted, date(2024, 3, 4));
    assert_eq!(doc.answered, date(2024, 4, 15));
    assert_eq!(doc.stated_delay_days, Some(42));
    assert_eq!(doc.delay_days, Some(42));
    assert_eq!(
        doc.submitters,
        vec![
            person("Anna de Vries", Some("GroenLinks-PvdA"), &[]),
            person("Bram Jansen", None, &[]),
            person("Carla Visser", Some("Lid-Visser"), &[]),
        ]
    );
    assert_eq!(
        doc.answerers,
        vec![
            person(
                "Dirk Mulder",
                Some("CDA"),
                &[
                    ("viceminister-president", None),
                    ("minister", Some("infrastructuur en waterstaat")),
                ]
            ),
            person(
                "Eva Kok",
                Some("D66"),
                &[("minister zonder portefeuille", None)]
            ),
            person(
                "Frank de Boer",
                Some("VVD"),
                &[(
                    "staatssecretaris",
                    Some("volksgezondheid, welzijn en sport")
                )]
            ),
        ]
    );
    assert_eq!(
        doc.topics,
        [
            "openbare orde en veiligheid",
            "politie, brandweer en hulpdiensten",
            "spoor",
            "verkeer"
        ]
    );
    assert_eq!(
        doc.question_url.as_deref(),
        Some("https://zoek.officielebekendmakingen.nl/kv-tk-2024Z99901.html")
    );
    assert_eq!(
        doc.answer_url.as_deref(),
        Some("https://zoek.officielebekendmakingen.nl/ah-tk-20232024-9901.html")
    );
    assert_eq!(doc.footnotes.len(), 2);
    assert_eq!(doc.footnotes[0].number, 1);
    assert_eq!(doc.footnotes[0].text, "Stadsblad, 1 maart 2024.");
    assert_eq!(doc.footnotes[1].text, "Kamerstuk 12 345, nr. 6 …");

    let q = &doc.questions;
    assert_eq!(q.len(), 5);
    assert_eq!(
        q.iter().map(|q| q.number).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    // Glued footnote markers are kept as written.
    assert!(q[0].text.ends_with("overvol»?1"));
    assert_eq!(q[0].answer.as_deref(), Some("Ja."));
    assert_eq!(
        q[1].text,
        "Hoeveel stallingsplekken zijn er sinds de Covid-19 periode bijgekomen?2Zo nee, waarom niet?"
    );
    assert_eq!(
        q[1].answer.as_deref(),
        Some("Sinds 2020 zijn er ongeveer 12.000 plekken bijgekomen.\nIn 2024 komen er nog 3.000 bij.")
    );
    assert_eq!(q[1].see_answer, None);
    assert_eq!(q[2].answer.as_deref(), Some("Zie antwoord vraag 2."));
    assert_eq!(q[2].see_answer, Some(2));
    // A question without an answer: the next bullet follows directly.
    assert_eq!(q[3].answer, None);
    assert_eq!(q[3].see_answer, None);
    assert_eq!(q[4].see_answer, Some(2));

    assert_eq!(doc.notices.len(), 1);
    assert_eq!(doc.notices[0].date, date(2024, 3, 25));
    assert!(doc.notices[0].text.starts_with("De beantwoording"));

    let qd = doc.question_document.as_ref().unwrap();
    assert_eq!(qd.id, "kv-tk-2024Z99901");
    assert_eq!(qd.title, doc.title.clone().unwrap());
    let ad = doc.answer_document.as_ref().unwrap();
    assert_eq!(ad.id, "ah-tk-20232024-9901");
    assert!(ad.title.starts_with("Antwoord op vragen"));
    assert!(doc.complete);
    // Navigation text before and after the page.
    assert_eq!(
        doc.diagnostics,
        vec![
            diag::unrecognised_line(1, "Open Kamer"),
            diag::unrecognised_line(2, "Kamervragen  Zoeken  Over"),
            diag::unrecognised_line(47, "© Open Kamer"),
        ]
    );
}

#[test]
fn unanswered_with_four_space_bullets() {
    let doc = parse_fixture("unanswered-four-space.txt");
    assert_eq!(doc.id.as_deref(), Some("2024Z99902"));
    assert_eq!(doc.submitted, date(2024, 6, 7));
    assert_eq!(doc.answered, None);
    assert_eq!(doc.delay_days, None);
    assert_eq!(doc.submitters, vec![person("Gerritsen", None, &[])]);
    assert!(doc.answerers.is_empty());
    assert!(doc.topics.is_empty());
    assert_eq!(doc.questions.len(), 2);
    assert!(doc.questions.iter().all(|q| q.answer.is_none()));
    assert_eq!(
        doc.questions[1].text,
        "Welke regels gelden er voor het parkeren van deelscooters op stoepen?"
    );
    assert!(doc.answer_document.is_none());
    assert!(doc.complete);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn table_layout_keeps_answer_paragraphs() {
    let doc = parse_fixture("table-layout.txt");
    assert_eq!(doc.format, Format::OpenkamerTable);
    assert_eq!(doc.id.as_deref(), Some("2022Z99903"));
    assert_eq!(doc.title, None);
    assert_eq!(doc.submitted, date(2022, 2, 2));
    assert_eq!(doc.answered, date(2022, 3, 1));
    assert_eq!(doc.stated_delay_days, Some(27));
    assert_eq!(doc.delay_days, Some(27));
    assert_eq!(
        doc.submitters,
        vec![person("Hanna Peeters", Some("SP"), &[])]
    );
    assert!(doc.answerers.is_empty());
    assert_eq!(doc.topics, ["recht", "staatsrecht"]);
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].number, 1);
    assert_eq!(doc.questions[0].text, "");
    let answer = doc.questions[0].answer.as_deref().unwrap();
    assert_eq!(answer.lines().count(), 3);
    assert!(answer.starts_with("Ja.\nHet kabinet"));
    assert!(!doc.complete);
    assert_eq!(
        doc.diagnostics,
        vec![
            diag::id_from_table_url(7, "2022Z99903"),
            diag::answers_without_questions(9),
            diag::cut_off(Some(11)),
        ]
    );
}

#[test]
fn repairs_are_reported() {
    let doc = parse_fixture("repairs.txt");
    assert_eq!(doc.id.as_deref(), Some("2019Z99904"));
    assert_eq!(doc.answered, None);
    assert_eq!(doc.stated_delay_days, Some(28));
    assert_eq!(doc.delay_days, None);
    assert_eq!(doc.topics, ["gemeenten", "sport", "zwemmen"]);
    assert!(doc.answerers.is_empty());
    assert_eq!(doc.questions[1].number, 3);
    assert!(doc.complete);
    assert_eq!(doc.question_document.unwrap().title, "Het sluiten van zwem");
    assert_eq!(
        doc.diagnostics,
        vec![
            diag::impossible_date(6, "31 juni 2019"),
            diag::unknown_topic(9, "zwemmen"),
            diag::question_number_mismatch(16, 2, 3),
            diag::trailer_cut_off(21),
            diag::id_repaired(1, "20191Z99904", "2019Z99904"),
        ]
    );
}

#[test]
fn cut_mid_line_with_delay_mismatch() {
    let doc = parse_fixture("cut-mid-line.txt");
    assert_eq!(doc.delay_days, Some(53));
    assert_eq!(doc.stated_delay_days, Some(50));
    assert_eq!(
        doc.questions[0].answer.as_deref(),
        Some("De gemiddelde wachttijd bedraagt negen wek")
    );
    assert!(!doc.complete);
    assert_eq!(
        doc.diagnostics,
        vec![diag::delay_mismatch(6, 50, 53), diag::cut_off(Some(15))]
    );
}

/// The document without its decoding diagnostics, for comparing encodings.
fn without_decoding_notes(mut doc: Kamervraag) -> Kamervraag {
    doc.diagnostics.retain(|d| d.line.is_some());
    doc
}

#[test]
fn every_encoding_and_line_end_gives_the_same_document() {
    let bytes = fixture("full-answered.txt");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let reference = parse(&bytes).unwrap();

    let crlf = text.replace('\n', "\r\n");
    let cr = text.replace('\n', "\r");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let mut utf16le = vec![0xFF, 0xFE];
    let mut utf16be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        utf16le.extend_from_slice(&unit.to_le_bytes());
        utf16be.extend_from_slice(&unit.to_be_bytes());
    }
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);

    let cases: Vec<(&str, Vec<u8>, Vec<Diagnostic>)> = vec![
        ("CRLF", crlf.into_bytes(), vec![]),
        ("CR", cr.into_bytes(), vec![]),
        ("BOM", bom, vec![diag::utf8_bom_removed()]),
        ("UTF-16 LE", utf16le, vec![diag::decoded_utf16(false)]),
        ("UTF-16 BE", utf16be, vec![diag::decoded_utf16(true)]),
        (
            "Windows-1252",
            cp1252.into_owned(),
            vec![diag::decoded_windows_1252()],
        ),
    ];
    for (name, bytes, decoding) in cases {
        let doc = parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let notes: Vec<Diagnostic> = doc
            .diagnostics
            .iter()
            .filter(|d| d.line.is_none())
            .cloned()
            .collect();
        assert_eq!(notes, decoding, "{name}");
        assert!(notes.iter().all(|d| d.severity == Severity::Info), "{name}");
        assert_eq!(
            without_decoding_notes(doc),
            reference.clone(),
            "{name} differs"
        );
    }
}

#[test]
fn crlf_fixture_of_an_unanswered_document() {
    let text = String::from_utf8(fixture("unanswered-four-space.txt")).unwrap();
    let doc = parse(text.replace('\n', "\r\n").as_bytes()).unwrap();
    assert_eq!(doc, parse(text.as_bytes()).unwrap());
    assert!(!doc.questions[0].text.contains('\r'));
}

#[test]
fn not_a_kamervraag() {
    let expect = |bytes: &[u8], found: &str| {
        let err = parse(bytes).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "not a Kamervraag: expected a line 'Kamervraag <vraagnummer>' or an 'Ingediend | <date> |' table, found {found}"
            )
        );
    };
    expect(b"", "an empty file");
    expect(b"  \n\r\n\t ", "an empty file");
    expect(&fixture("not-kamervraag-page.html"), "HTML markup");
    expect(&fixture("not-kamervraag-data.json"), "JSON");
    expect(b"[{\"id\": 1}]", "JSON");
    expect(
        &fixture("not-kamervraag-recipe.txt"),
        "unrelated text starting with \"Appeltaart\"",
    );
    expect(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data");
    expect(&[0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x10], "binary data");
}

#[test]
fn other_quirks_inline() {
    // Heading directly followed by a footnote list; a Mededeling with an abbreviated
    // month; a bullet cut off; a Volledige titel without document number.
    let text = "Kamervraag 2015Z99906\n\n1. Krant, 2 januari 2015\n • Vraag 1\n  Is dit waar?1\n\n  Ja.\n\n • Mededeling – 3 feb 2015\n  Uitstel.\n • Vra";
    let doc = parse(text.as_bytes()).unwrap();
    assert_eq!(doc.title, None);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.notices[0].date, date(2015, 2, 3));
    assert_eq!(doc.notices[0].text, "Uitstel.");
    assert_eq!(
        doc.diagnostics,
        vec![
            diag::unrecognised_line(11, "• Vra"),
            diag::submitted_missing(),
            diag::cut_off(Some(11)),
        ]
    );
}

#[test]
fn missing_heading_takes_the_id_from_bron_vraag() {
    let text =
        "Ingediend 1 mei 2020\nIndiener Jan\nBron vraag https://x.nl/kv-tk-2020Z99907.html\n";
    let doc = parse(text.as_bytes()).unwrap();
    assert_eq!(doc.format, Format::Openkamer);
    assert_eq!(doc.id.as_deref(), Some("2020Z99907"));
    assert_eq!(doc.diagnostics[0], diag::heading_missing(3, "2020Z99907"));
}

#[test]
fn impossible_and_unreadable_dates() {
    let text = "Kamervraag 2023Z99908\nTitel\nIngediend 31 februari 2023\nBeantwoord gisteren (na veel dagen)\n";
    let doc = parse(text.as_bytes()).unwrap();
    assert_eq!(doc.submitted, None);
    assert_eq!(doc.answered, None);
    assert_eq!(
        &doc.diagnostics[..3],
        &[
            diag::impossible_date(3, "31 februari 2023"),
            diag::unreadable_date(4, "gisteren"),
            diag::unreadable_delay(4, "(na veel dagen)"),
        ]
    );
}

/// Small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn never_panics_on_random_or_cut_input() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 300) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = parse(&bytes);
    }
    // Every prefix of a real-format document, cut at every byte.
    for name in ["full-answered.txt", "table-layout.txt", "repairs.txt"] {
        let bytes = fixture(name);
        for cut in 0..=bytes.len() {
            let _ = parse(&bytes[..cut]);
        }
    }
    // Random line mixes of real-format pieces.
    let full = String::from_utf8(fixture("full-answered.txt")).unwrap();
    let lines: Vec<&str> = full.lines().collect();
    for _ in 0..2000 {
        let n = (rng.next() % 30) as usize;
        let mut text = String::from("Kamervraag 2024Z99909\n");
        for _ in 0..n {
            text.push_str(lines[(rng.next() as usize) % lines.len()]);
            text.push(['\n', '\r'][(rng.next() % 2) as usize]);
        }
        let doc = parse(text.as_bytes()).unwrap();
        assert!(doc.questions.iter().all(|q| q.text.trim() == q.text));
    }
}

#[test]
fn quirks_of_real_openkamer_pages() {
    let doc = parse_fixture("real-page-quirks.txt");
    assert_eq!(doc.format, Format::Openkamer);
    // A numbered title right after the heading is the title, not footnote 12.
    assert_eq!(doc.title.as_deref(), Some("12. Een titel over de weg"));
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 2]);
    assert!(doc.footnotes[0].text.ends_with("| Het Nieuws."));
    // `(na 0 dagen)`: answered on the day of submission.
    assert_eq!((doc.stated_delay_days, doc.delay_days), (Some(0), Some(0)));
    assert_eq!(doc.submitted, doc.answered);
    let refs: Vec<(Option<u32>, Vec<u32>)> = doc
        .questions
        .iter()
        .map(|q| (q.see_answer, q.see_answers.clone()))
        .collect();
    assert_eq!(
        refs,
        [
            (None, vec![]),
            (Some(1), vec![1]),
            (Some(1), vec![1, 2]),
            (Some(2), vec![2]),
            (Some(1), vec![1, 2, 3]),
        ]
    );
    // Markers stay in the text as written.
    assert!(doc.questions[0].text.ends_with("»? 1"));
    // The notice on day 28 is after the 21-day term: reported, on its line.
    assert_eq!(doc.diagnostics, [diag::notice_after_term(Some(31), 28)]);
}

#[test]
fn a_footnote_with_a_pipe_is_no_table_row() {
    let text = "Kamervraag 2024Z00008\nTitel\nIngediend 2 mei 2024\nIndiener Anna Aap (CU)\n1. Bericht | Krant\nOnderwerpen | verkeer |\n • Vraag 1\n  Waarom?\nKamervraag document nummer: kv-tk-2024Z00008\nVolledige titel: Titel\n";
    let doc = parse(text.as_bytes()).unwrap();
    assert_eq!(doc.format, Format::Openkamer);
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].text, "Waarom?");
}
