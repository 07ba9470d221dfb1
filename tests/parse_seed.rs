//! The complete real sample `../shared/samples/seed-2023Z13670.txt`, asserted field by
//! field. Skips itself when the shared folder is absent.

use kamervraag::model::{Date, DocumentRef, Format, Person, Position};
use kamervraag::parse::parse_named;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/samples/seed-2023Z13670.txt"
);

#[test]
fn seed_every_field() {
    let Ok(bytes) = std::fs::read(SEED) else {
        eprintln!("note: {SEED} not found; seed test skipped");
        return;
    };
    let doc = parse_named(&bytes, Some("seed-2023Z13670.txt")).unwrap();
    let title = "Het gebruik van digitale technologie voor de repressie van religieuze minderheden en andere andersdenkenden in China en andere landen";

    assert_eq!(doc.schema, "kamervraag/1");
    assert_eq!(doc.source.as_deref(), Some("seed-2023Z13670.txt"));
    assert_eq!(doc.format, Format::Openkamer);
    assert_eq!(doc.id.as_deref(), Some("2023Z13670"));
    assert_eq!(doc.title.as_deref(), Some(title));
    assert_eq!(doc.submitted, Date::from_ymd(2023, 7, 13));
    assert_eq!(doc.answered, Date::from_ymd(2023, 9, 15));
    assert_eq!(doc.stated_delay_days, Some(64));
    assert_eq!(doc.delay_days, Some(64));
    assert_eq!(
        doc.submitters,
        vec![Person {
            name: "Don Ceder".into(),
            party: Some("CU".into()),
            positions: vec![],
        }]
    );
    assert_eq!(
        doc.answerers,
        vec![Person {
            name: "Wopke Hoekstra".into(),
            party: Some("CDA".into()),
            positions: vec![
                Position {
                    role: "viceminister-president".into(),
                    portfolio: None,
                },
                Position {
                    role: "minister".into(),
                    portfolio: Some("buitenlandse zaken".into()),
                },
            ],
        }]
    );
    assert_eq!(
        doc.topics,
        [
            "internationaal",
            "internationale samenwerking",
            "organisatie en beleid"
        ]
    );
    assert_eq!(
        doc.question_url.as_deref(),
        Some("https://zoek.officielebekendmakingen.nl/kv-tk-2023Z13670.html")
    );
    assert_eq!(
        doc.answer_url.as_deref(),
        Some("https://zoek.officielebekendmakingen.nl/ah-tk-20222023-3650.html")
    );
    assert!(doc.footnotes.is_empty());
    assert!(doc.notices.is_empty());

    // Questions: number, text start and end, answer paragraph count, start and end.
    let expected: [(u32, &str, &str, usize, &str, &str); 7] = [
        (
            1,
            "Welke mogelijkheden heeft Nederland",
            "aan de orde te blijven stellen?",
            1,
            "De mensenrechtensituatie in China",
            "het meest effectief is.",
        ),
        (
            2,
            "In hoeveel gevallen is in 2022",
            "Om welke landen ging dit?",
            1,
            "In de EU Dual-Use Verordening",
            "geen exportvergunningen aangevraagd.",
        ),
        (
            3,
            "Wat kunt u meedelen over de implementatie",
            "bijdraagt aan ongewenst gebruik?1",
            3,
            "De mogelijkheid tot het opleggen",
            "adequaat compliance- en IMVO-beleid.",
        ),
        (
            4,
            "Zijn er manieren om nu al toe te zien",
            "(IMVO)-criteria?",
            2,
            "De OESO-richtlijnen voor Multinationale",
            "gedurende de uitvoering van het contract.4",
        ),
        (
            5,
            "Verwacht u dat Europese wetgeving",
            "te weren van de Europese markt?",
            2,
            "De Corporate Sustainability Due Diligence",
            "niet meer op de EU-markt gebracht worden of worden uitgevoerd.",
        ),
        (
            6,
            "Wat is de laatste informatie die u heeft",
            "onderdrukking nog verder toeneemt?",
            2,
            "In de regio Xinjiang is sprake",
            "dreiging van arbitraire detentie.",
        ),
        (
            7,
            "Wat is de laatste informatie over de onderdrukking",
            "onderdrukking nog verder toeneemt?",
            1,
            "Zoals bekend staat de vrijheid",
            "daar om vraagt.",
        ),
    ];
    assert_eq!(doc.questions.len(), expected.len());
    for (q, (number, text_start, text_end, paragraphs, answer_start, answer_end)) in
        doc.questions.iter().zip(expected)
    {
        assert_eq!(q.number, number);
        assert!(q.text.starts_with(text_start), "question {number}");
        assert!(q.text.ends_with(text_end), "question {number}: {}", q.text);
        assert!(!q.text.contains('\n'));
        let answer = q.answer.as_deref().expect("answered");
        assert_eq!(answer.split('\n').count(), paragraphs, "question {number}");
        assert!(answer.starts_with(answer_start), "answer {number}");
        assert!(answer.ends_with(answer_end), "answer {number}: {answer}");
        assert!(answer.split('\n').all(|p| p.trim() == p && !p.is_empty()));
        assert_eq!(q.see_answer, None);
    }
    // Footnote markers are kept as written, also without a footnote list.
    assert!(doc.questions[0]
        .answer
        .as_deref()
        .unwrap()
        .contains("aan China1, als"));
    assert!(doc.questions[5]
        .answer
        .as_deref()
        .unwrap()
        .contains("verplaatst5 6 7. Na jaren"));

    assert_eq!(
        doc.question_document,
        Some(DocumentRef {
            id: "kv-tk-2023Z13670".into(),
            title: title.into(),
        })
    );
    assert_eq!(
        doc.answer_document,
        Some(DocumentRef {
            id: "ah-tk-20222023-3650".into(),
            title: "Antwoorden op vragen van het lid Ceder over het gebruik van digitale technologie voor de repressie van religieuze minderheden en andersdenkenden in China en andere landen".into(),
        })
    );
    assert!(doc.complete);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}
