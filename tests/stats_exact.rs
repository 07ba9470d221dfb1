//! Exact figures on a small hand-made collection covering the deadline edge cases:
//! a same-day answer, leap days, a notice after the 21-day term, unanswered within
//! and past the term, no answerers, several ministries and parties, no submission date.

use kamervraag::model::{Date, Kamervraag, Notice, Person, Position};
use kamervraag::stats::{
    aggregate, collection_timeline, days_overdue, document_timeline, histogram, monthly_series,
    status, weekly_series, DocumentFacts, EventKind, Group, GroupBy, HistogramOptions, StatsReport,
    Status,
};

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("valid test date")
}

fn minister(name: &str, role: &str, portfolio: &str) -> Person {
    Person {
        name: name.into(),
        party: None,
        positions: vec![Position {
            role: role.into(),
            portfolio: (!portfolio.is_empty()).then(|| portfolio.to_string()),
        }],
    }
}

fn member(name: &str, party: &str) -> Person {
    Person {
        name: name.into(),
        party: Some(party.into()),
        positions: Vec::new(),
    }
}

fn notice(date: Date) -> Notice {
    Notice {
        date: Some(date),
        text: "Uitstel beantwoording.".into(),
    }
}

/// The reference date of the collection.
fn today() -> Date {
    day(2024, 6, 1)
}

/// Thirteen invented documents, `A` to `M`, with known statuses.
fn collection() -> Vec<Kamervraag> {
    let bz = || minister("Berend Buiten", "minister", "buitenlandse zaken");
    let doc = |id: &str, submitted: Option<Date>, answered: Option<Date>| Kamervraag {
        id: Some(id.into()),
        submitted,
        answered,
        ..Kamervraag::default()
    };
    vec![
        // A: answered the same day, on a leap day: 0 days, on time.
        Kamervraag {
            answerers: vec![bz()],
            submitters: vec![member("Anna Aap", "CU")],
            topics: vec!["internationaal".into()],
            ..doc("A", Some(day(2024, 2, 29)), Some(day(2024, 2, 29)))
        },
        // B: 21 days across 29 February: on time, exactly at the term.
        Kamervraag {
            answerers: vec![bz()],
            submitters: vec![member("Anna Aap", "CU")],
            ..doc("B", Some(day(2024, 2, 8)), Some(day(2024, 2, 29)))
        },
        // C: 22 days across 29 February, no notice: late.
        Kamervraag {
            answerers: vec![minister("Fien Fiscus", "minister", "financiën")],
            submitters: vec![member("Piet Pan", "VVD")],
            ..doc("C", Some(day(2024, 2, 8)), Some(day(2024, 3, 1)))
        },
        // D: notice sent on day 24 (after the 21-day term, so it does not postpone),
        // answered after 35 days: late. Two JenV posts, two parties (VVD twice).
        Kamervraag {
            answerers: vec![
                minister("Jan Recht", "minister", "justitie en veiligheid"),
                minister("Sanne Slot", "staatssecretaris", "veiligheid en justitie"),
            ],
            submitters: vec![
                member("Piet Pan", "VVD"),
                member("Karel Kool", "CDA"),
                member("Vera Vos", "VVD"),
            ],
            notices: vec![notice(day(2024, 1, 25))],
            ..doc("D", Some(day(2024, 1, 1)), Some(day(2024, 2, 5)))
        },
        // E: notice, 42 days: on time after postponement, exactly at the term.
        Kamervraag {
            answerers: vec![bz()],
            notices: vec![notice(day(2024, 1, 15))],
            ..doc("E", Some(day(2024, 1, 1)), Some(day(2024, 2, 12)))
        },
        // F: notice, 43 days: late. Minister without portfolio at BZ.
        Kamervraag {
            answerers: vec![minister(
                "Olga Ontwikkel",
                "minister zonder portefeuille",
                "buitenlandse zaken",
            )],
            notices: vec![notice(day(2024, 1, 15))],
            ..doc("F", Some(day(2024, 1, 1)), Some(day(2024, 2, 13)))
        },
        // G: unanswered, 21 days old: open.
        Kamervraag {
            answerers: vec![minister(
                "Vic Zorg",
                "minister",
                "volksgezondheid, welzijn en sport",
            )],
            ..doc("G", Some(day(2024, 5, 11)), None)
        },
        // H: unanswered, 22 days old: overdue by 1.
        Kamervraag {
            answerers: vec![minister("Jan Recht", "minister", "justitie en veiligheid")],
            ..doc("H", Some(day(2024, 5, 10)), None)
        },
        // I: unanswered with a notice, 42 days old: open. No answerers.
        Kamervraag {
            notices: vec![notice(day(2024, 5, 8))],
            ..doc("I", Some(day(2024, 4, 20)), None)
        },
        // J: unanswered with a notice, 43 days old: overdue by 1.
        Kamervraag {
            answerers: vec![bz()],
            notices: vec![notice(day(2024, 5, 8))],
            ..doc("J", Some(day(2024, 4, 19)), None)
        },
        // K: no answerers, 10 days: on time.
        doc("K", Some(day(2023, 12, 1)), Some(day(2023, 12, 11))),
        // L: answered but no submission date: unknown.
        Kamervraag {
            answerers: vec![bz()],
            ..doc("L", None, Some(day(2024, 3, 1)))
        },
        // M: several ministries (and a lone viceminister-president), 51 days: late.
        // Submitted the day before Rutte IV was sworn in.
        Kamervraag {
            answerers: vec![
                minister("Fien Fiscus", "minister", "financiën"),
                Person {
                    name: "Vic Zorg".into(),
                    party: Some("XYZ".into()),
                    positions: vec![
                        Position {
                            role: "viceminister-president".into(),
                            portfolio: None,
                        },
                        Position {
                            role: "minister".into(),
                            portfolio: Some("volksgezondheid, welzijn en sport".into()),
                        },
                    ],
                },
            ],
            ..doc("M", Some(day(2022, 1, 9)), Some(day(2022, 3, 1)))
        },
    ]
}

fn group<'a>(report: &'a StatsReport, key: &str) -> &'a Group {
    report
        .groups
        .iter()
        .find(|g| g.key == key)
        .unwrap_or_else(|| panic!("no group {key:?} in {:?}", report.groups))
}

fn close(actual: Option<f64>, expected: f64) -> bool {
    actual.is_some_and(|a| (a - expected).abs() < 1e-9)
}

#[test]
fn statuses_of_the_edge_cases() {
    let expected = [
        ("A", Status::OnTime),
        ("B", Status::OnTime),
        ("C", Status::Late),
        ("D", Status::Late),
        ("E", Status::OnTimeAfterPostponement),
        ("F", Status::Late),
        ("G", Status::Open),
        ("H", Status::Overdue),
        ("I", Status::Open),
        ("J", Status::Overdue),
        ("K", Status::OnTime),
        ("L", Status::Unknown),
        ("M", Status::Late),
    ];
    let docs = collection();
    assert_eq!(docs.len(), expected.len());
    for (doc, (id, wanted)) in docs.iter().zip(expected) {
        assert_eq!(doc.id.as_deref(), Some(id));
        assert_eq!(status(doc, today()), wanted, "document {id}");
    }
    let overdue: Vec<Option<i64>> = docs.iter().map(|d| days_overdue(d, today())).collect();
    assert_eq!(overdue[7], Some(1));
    assert_eq!(overdue[9], Some(1));
    assert_eq!(overdue.iter().flatten().count(), 2);
}

#[test]
fn stated_delay_wins_over_the_dates_and_status_serializes_snake_case() {
    let doc = Kamervraag {
        submitted: Some(day(2024, 3, 1)),
        answered: Some(day(2024, 3, 11)),
        delay_days: Some(25),
        ..Kamervraag::default()
    };
    assert_eq!(status(&doc, today()), Status::Late);
    let names: Vec<String> = Status::ALL
        .iter()
        .map(|s| serde_json::to_string(s).unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "\"on_time\"",
            "\"on_time_after_postponement\"",
            "\"late\"",
            "\"open\"",
            "\"overdue\"",
            "\"unknown\""
        ]
    );
}

#[test]
fn total_figures() {
    let report = aggregate(&collection(), None, today());
    let t = &report.total;
    assert_eq!(t.key, "total");
    assert_eq!(
        (
            t.count,
            t.answered,
            t.open,
            t.overdue,
            t.unknown,
            t.with_notice
        ),
        (13, 8, 2, 2, 1, 5)
    );
    assert_eq!((t.on_time, t.on_time_after_postponement, t.late), (3, 1, 4));
    // Delays: 0 10 21 22 35 42 43 51.
    assert!(close(t.median_delay, 28.5));
    assert!(close(t.mean_delay, 28.0));
    assert!(close(t.p75_delay, 42.25));
    assert!(close(t.p90_delay, 45.4));
    assert_eq!(t.max_delay, Some(51));
    assert!(close(t.on_time_share, 0.3));
    assert!(close(t.on_time_with_postponement_share, 0.4));
    assert!(report.groups.is_empty());
}

#[test]
fn groups_by_ministry() {
    let report = aggregate(&collection(), Some(GroupBy::Ministry), today());
    let keys: Vec<&str> = report.groups.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "Buitenlandse Zaken (BZ)",
            "Financiën (Fin)",
            "Justitie en Veiligheid (JenV)",
            "Volksgezondheid, Welzijn en Sport (VWS)",
            "onbekend",
        ]
    );
    let bz = group(&report, "Buitenlandse Zaken (BZ)");
    assert_eq!(
        (
            bz.count,
            bz.answered,
            bz.open,
            bz.overdue,
            bz.unknown,
            bz.with_notice
        ),
        (6, 4, 0, 1, 1, 3)
    );
    assert_eq!(
        (bz.on_time, bz.on_time_after_postponement, bz.late),
        (2, 1, 1)
    );
    assert!(close(bz.median_delay, 31.5));
    assert!(close(bz.mean_delay, 26.5));
    assert!(close(bz.p75_delay, 42.25));
    assert!(close(bz.p90_delay, 42.7));
    assert_eq!(bz.max_delay, Some(43));
    assert!(close(bz.on_time_share, 0.4));
    assert!(close(bz.on_time_with_postponement_share, 0.6));

    let fin = group(&report, "Financiën (Fin)");
    assert_eq!((fin.count, fin.late), (2, 2));
    assert!(close(fin.median_delay, 36.5));
    assert!(close(fin.p75_delay, 43.75));
    assert!(close(fin.p90_delay, 48.1));
    assert!(close(fin.on_time_share, 0.0));

    let jenv = group(&report, "Justitie en Veiligheid (JenV)");
    assert_eq!(
        (jenv.count, jenv.answered, jenv.overdue, jenv.with_notice),
        (2, 1, 1, 1)
    );
    assert!(close(jenv.on_time_with_postponement_share, 0.0));

    let vws = group(&report, "Volksgezondheid, Welzijn en Sport (VWS)");
    assert_eq!((vws.count, vws.open, vws.late), (2, 1, 1));
    assert_eq!(vws.max_delay, Some(51));

    let unknown = group(&report, "onbekend");
    assert_eq!((unknown.count, unknown.open, unknown.on_time), (2, 1, 1));
    assert!(close(unknown.on_time_share, 1.0));

    let sum: usize = report.groups.iter().map(|g| g.count).sum();
    assert_eq!(sum, 14, "M counts in two ministries");
    assert_eq!(report.total.count, 13, "and once in the total");
}

#[test]
fn groups_by_party_submitter_year_cabinet_answerer_topic() {
    let docs = collection();
    let counts = |by: GroupBy| -> Vec<(String, usize)> {
        aggregate(&docs, Some(by), today())
            .groups
            .into_iter()
            .map(|g| (g.key, g.count))
            .collect()
    };
    let pairs = |v: &[(&str, usize)]| -> Vec<(String, usize)> {
        v.iter().map(|(k, c)| (k.to_string(), *c)).collect()
    };
    assert_eq!(
        counts(GroupBy::Party),
        pairs(&[("onbekend", 9), ("CU", 2), ("VVD", 2), ("CDA", 1)])
    );
    assert_eq!(
        counts(GroupBy::Submitter),
        pairs(&[
            ("onbekend", 9),
            ("Anna Aap", 2),
            ("Piet Pan", 2),
            ("Karel Kool", 1),
            ("Vera Vos", 1)
        ])
    );
    assert_eq!(
        counts(GroupBy::Year),
        pairs(&[("2024", 10), ("2022", 1), ("2023", 1), ("onbekend", 1)])
    );
    assert_eq!(
        counts(GroupBy::Cabinet),
        pairs(&[("Rutte IV", 11), ("Rutte III", 1), ("onbekend", 1)])
    );
    assert_eq!(
        counts(GroupBy::Answerer),
        pairs(&[
            ("Berend Buiten", 5),
            ("Fien Fiscus", 2),
            ("Jan Recht", 2),
            ("Vic Zorg", 2),
            ("onbekend", 2),
            ("Olga Ontwikkel", 1),
            ("Sanne Slot", 1),
        ])
    );
    assert_eq!(
        counts(GroupBy::Topic),
        pairs(&[("onbekend", 12), ("internationaal", 1)])
    );
    assert_eq!(
        counts(GroupBy::Month).first().cloned(),
        Some(("2024-01".to_string(), 3))
    );
}

#[test]
fn report_json_has_exactly_the_documented_fields() {
    let report = aggregate(&collection(), Some(GroupBy::Ministry), today());
    let value = serde_json::to_value(&report).expect("serializable");
    let top: Vec<&str> = value
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(top, ["groups", "reference_date", "total"]);
    assert_eq!(value["reference_date"], "2024-06-01");
    let mut fields: Vec<&str> = value["total"]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    fields.sort_unstable();
    let mut expected = vec![
        "key",
        "count",
        "answered",
        "open",
        "overdue",
        "unknown",
        "with_notice",
        "on_time",
        "on_time_after_postponement",
        "late",
        "median_delay",
        "mean_delay",
        "p75_delay",
        "p90_delay",
        "max_delay",
        "on_time_share",
        "on_time_with_postponement_share",
    ];
    expected.sort_unstable();
    assert_eq!(fields, expected);
    let back: StatsReport = serde_json::from_value(value).expect("round trip");
    assert_eq!(back, report);
}

#[test]
fn empty_collection_has_nulls_not_panics() {
    let report = aggregate(&[], Some(GroupBy::Topic), today());
    assert_eq!(report.total.count, 0);
    assert_eq!(report.total.median_delay, None);
    assert_eq!(report.total.on_time_share, None);
    assert!(report.groups.is_empty());
}

#[test]
fn histogram_of_the_collection() {
    let facts = DocumentFacts::for_all(&collection(), today());
    let h = histogram(&facts, HistogramOptions::default());
    let counts: Vec<usize> = h.bins.iter().map(|b| b.count).collect();
    assert_eq!(counts, [1, 1, 0, 2, 0, 1, 2, 1, 0, 0, 0, 0, 0]);
    assert_eq!(h.total, 8);
    assert_eq!(h.marks, [21, 42]);
    assert_eq!(
        h.bins.last().map(|b| (b.from_days, b.to_days)),
        Some((84, None))
    );
    let wide = histogram(
        &facts,
        HistogramOptions {
            bin_width: 30,
            bins: 2,
        },
    );
    let counts: Vec<usize> = wide.bins.iter().map(|b| b.count).collect();
    assert_eq!(counts, [4, 4]);
    let degenerate = histogram(
        &facts,
        HistogramOptions {
            bin_width: 0,
            bins: 0,
        },
    );
    assert_eq!(degenerate.bins.len(), 1);
    assert_eq!(degenerate.bins[0].count, 8);
}

#[test]
fn monthly_series_of_the_collection() {
    let facts = DocumentFacts::for_all(&collection(), today());
    let months = monthly_series(&facts);
    let first = months.first().map(|p| p.period_start);
    let last = months.last().map(|p| p.period_start);
    assert_eq!(first, Some(day(2022, 1, 1)));
    assert_eq!(last, Some(day(2024, 5, 1)));
    assert_eq!(months.len(), 29, "gaps filled");
    let february = months
        .iter()
        .find(|p| p.period_start == day(2024, 2, 1))
        .expect("February 2024");
    // Submitted in Feb: A, B, C. Answered in Feb: A(0), B(21), D(35), E(42), F(43).
    assert_eq!((february.submitted, february.answered), (3, 5));
    assert_eq!(february.median_delay, Some(35.0));
    let march = months
        .iter()
        .find(|p| p.period_start == day(2024, 3, 1))
        .expect("March 2024");
    // C (22 days) and L (no submission date: counted, no delay).
    assert_eq!((march.answered, march.median_delay), (2, Some(22.0)));
}

#[test]
fn timelines() {
    let docs = collection();
    let j = &docs[9];
    let kinds: Vec<(EventKind, Option<i64>)> = document_timeline(j, today())
        .iter()
        .map(|e| (e.kind, e.days_since_submission))
        .collect();
    assert_eq!(
        kinds,
        [
            (EventKind::Submitted, Some(0)),
            (EventKind::Notice, Some(19)),
            (EventKind::Deadline21, Some(21)),
            (EventKind::Deadline42, Some(42)),
            (EventKind::Today, Some(43)),
        ]
    );
    let l = document_timeline(&docs[11], today());
    assert_eq!(l.len(), 1);
    assert_eq!(
        (l[0].kind, l[0].days_since_submission),
        (EventKind::Answered, None)
    );
    let json = serde_json::to_string(&document_timeline(&docs[4], today())).unwrap_or_default();
    assert!(json.contains("\"deadline_21\"") && json.contains("\"deadline_42\""));
    // D's notice came after day 21: it does not postpone, so there is no 42-day deadline.
    let json = serde_json::to_string(&document_timeline(&docs[3], today())).unwrap_or_default();
    assert!(json.contains("\"deadline_21\"") && !json.contains("\"deadline_42\""));
    assert!(json.contains("\"notice\""));

    let rows = collection_timeline(&docs, today());
    let order: Vec<&str> = rows
        .iter()
        .filter_map(|r| docs.get(r.index).and_then(|d| d.id.as_deref()))
        .collect();
    assert_eq!(
        order,
        ["M", "K", "D", "E", "F", "B", "C", "A", "J", "I", "H", "G", "L"]
    );
    assert!(rows
        .iter()
        .filter(|r| r.end_is_reference)
        .all(|r| r.end == today()));
    assert_eq!(rows.last().map(|r| r.status), Some(Status::Unknown));
}

#[test]
fn series_with_absurd_dates_list_only_periods_with_data() {
    let docs = [
        Kamervraag {
            submitted: Some(day(1, 1, 1)),
            answered: Some(day(9999, 12, 31)),
            ..Kamervraag::default()
        },
        Kamervraag {
            submitted: Some(day(2024, 2, 29)),
            ..Kamervraag::default()
        },
    ];
    let facts = DocumentFacts::for_all(&docs, today());
    let weeks = weekly_series(&facts);
    assert_eq!(weeks.len(), 3);
    assert_eq!(weeks[1].period_start, day(2024, 2, 26));
    let months = monthly_series(&facts);
    assert_eq!(months.len(), 3);
    assert_eq!(months[2].period_start, day(9999, 12, 1));
    assert_eq!(
        months[2].median_delay,
        Some(day(1, 1, 1).days_until(day(9999, 12, 31)) as f64)
    );
}

#[test]
fn a_notice_postpones_only_when_sent_within_the_term() {
    let with_notice = |notice_day: Option<u32>, answered_after: Option<i64>| Kamervraag {
        submitted: Some(day(2024, 1, 1)),
        answered: answered_after.map(|days| day(2024, 1, 1).add_days(days)),
        notices: vec![Notice {
            date: notice_day.map(|d| day(2024, 1, 1).add_days(i64::from(d))),
            text: "Uitstel.".into(),
        }],
        ..Kamervraag::default()
    };
    // Sent on day 21: in time, the term is 42 days.
    assert_eq!(
        status(&with_notice(Some(21), Some(30)), today()),
        Status::OnTimeAfterPostponement
    );
    // Sent on day 22: too late, answered after day 21: late.
    assert_eq!(
        status(&with_notice(Some(22), Some(30)), today()),
        Status::Late
    );
    // Sent on day 22 but answered within 21 days (a notice dated after the answer).
    assert_eq!(
        status(&with_notice(Some(22), Some(21)), today()),
        Status::OnTime
    );
    // A notice without a date counts as sent in time.
    assert_eq!(
        status(&with_notice(None, Some(42)), today()),
        Status::OnTimeAfterPostponement
    );
    // Unanswered: a late notice leaves the 21-day term, so the document is overdue.
    let unanswered = with_notice(Some(25), None);
    let reference = day(2024, 1, 1).add_days(30);
    assert_eq!(status(&unanswered, reference), Status::Overdue);
    assert_eq!(days_overdue(&unanswered, reference), Some(9));
    // Two notices: one in time is enough.
    let mut both = with_notice(Some(30), Some(40));
    both.notices.push(notice(day(2024, 1, 10)));
    assert_eq!(status(&both, today()), Status::OnTimeAfterPostponement);
}
