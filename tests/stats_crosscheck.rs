//! Cross-check of the statistics on 5,000 generated documents against a deliberately
//! naive second implementation written here: its own day count (Julian day numbers),
//! its own status rules, grouping by scanning, and percentiles by a second formula.

mod stats_support;

use kamervraag::model::{Date, Kamervraag};
use kamervraag::stats::{aggregate, ministries, FactTable, Group, GroupBy, StatsReport};
use std::collections::BTreeMap;

/// Julian day number (Fliegel & Van Flandern), independent of `Date::days_since_epoch`.
fn julian_day(date: Date) -> i64 {
    let (y, m, d) = (date.year() as i64, date.month() as i64, date.day() as i64);
    let a = (14 - m) / 12;
    let y = y + 4800 - a;
    let m = m + 12 * a - 3;
    d + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NaiveStatus {
    OnTime,
    AfterPostponement,
    Late,
    Open,
    Overdue,
    Unknown,
}

fn naive_status(doc: &Kamervraag, reference: Date) -> (NaiveStatus, Option<i64>) {
    let Some(submitted) = doc.submitted else {
        return (NaiveStatus::Unknown, None);
    };
    // A notice postpones only when it is undated or sent within 21 days of submission.
    let has_notice = doc.notices.iter().any(|notice| match notice.date {
        Some(date) => julian_day(date) - julian_day(submitted) <= 21,
        None => true,
    });
    if let Some(answered) = doc.answered {
        let delay = match doc.delay_days {
            Some(stated) => stated,
            None => julian_day(answered) - julian_day(submitted),
        };
        let status = if delay <= 21 {
            NaiveStatus::OnTime
        } else if has_notice && delay <= 42 {
            NaiveStatus::AfterPostponement
        } else {
            NaiveStatus::Late
        };
        return (status, Some(delay));
    }
    let age = julian_day(reference) - julian_day(submitted);
    let term = if has_notice { 42 } else { 21 };
    if age > term {
        (NaiveStatus::Overdue, None)
    } else {
        (NaiveStatus::Open, None)
    }
}

/// Quantile by the "1 + (n - 1) p" position rule, written as a weighted average.
fn naive_quantile(values: &[i64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted: Vec<f64> = values.iter().map(|&v| v as f64).collect();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let position = 1.0 + (sorted.len() as f64 - 1.0) * p; // 1-based
    let below = position.floor();
    let weight_above = position - below;
    let at = |pos: f64| sorted[(pos as usize).clamp(1, sorted.len()) - 1];
    Some(at(below) * (1.0 - weight_above) + at(below + 1.0) * weight_above)
}

fn naive_keys(doc: &Kamervraag, by: GroupBy) -> Vec<String> {
    let mut keys: Vec<String> = match by {
        GroupBy::Ministry => ministries(doc).iter().map(|m| m.label()).collect(),
        GroupBy::Answerer => doc.answerers.iter().map(|p| p.name.clone()).collect(),
        GroupBy::Party => doc
            .submitters
            .iter()
            .filter_map(|p| p.party.clone())
            .collect(),
        GroupBy::Submitter => doc.submitters.iter().map(|p| p.name.clone()).collect(),
        GroupBy::Topic => doc.topics.clone(),
        GroupBy::Year => doc
            .submitted
            .map(|d| d.to_string()[..4].to_string())
            .into_iter()
            .collect(),
        GroupBy::Month => doc
            .submitted
            .map(|d| d.to_string()[..7].to_string())
            .into_iter()
            .collect(),
        GroupBy::Cabinet => doc
            .submitted
            .and_then(naive_cabinet)
            .map(str::to_string)
            .into_iter()
            .collect(),
    };
    keys.sort();
    keys.dedup();
    if keys.is_empty() {
        keys.push("onbekend".to_string());
    }
    keys
}

fn naive_cabinet(date: Date) -> Option<&'static str> {
    let text = date.to_string();
    let table = [
        ("1998-08-03", "Kok II"),
        ("2002-07-22", "Balkenende I"),
        ("2003-05-27", "Balkenende II"),
        ("2006-07-07", "Balkenende III"),
        ("2007-02-22", "Balkenende IV"),
        ("2010-10-14", "Rutte I"),
        ("2012-11-05", "Rutte II"),
        ("2017-10-26", "Rutte III"),
        ("2022-01-10", "Rutte IV"),
        ("2024-07-02", "Schoof"),
    ];
    let mut found = None;
    for (start, name) in table {
        if text.as_str() >= start {
            found = Some(name);
        }
    }
    found
}

fn naive_group(key: &str, docs: &[&Kamervraag], reference: Date) -> Group {
    let statuses: Vec<(NaiveStatus, Option<i64>)> =
        docs.iter().map(|d| naive_status(d, reference)).collect();
    let count_of = |s: NaiveStatus| statuses.iter().filter(|(x, _)| *x == s).count();
    let delays: Vec<i64> = statuses.iter().filter_map(|(_, d)| *d).collect();
    let on_time = count_of(NaiveStatus::OnTime);
    let after = count_of(NaiveStatus::AfterPostponement);
    let late = count_of(NaiveStatus::Late);
    let overdue = count_of(NaiveStatus::Overdue);
    let answered = delays.len();
    let known = answered + overdue;
    Group {
        key: key.to_string(),
        count: docs.len(),
        answered,
        open: count_of(NaiveStatus::Open),
        overdue,
        unknown: count_of(NaiveStatus::Unknown),
        with_notice: docs.iter().filter(|d| !d.notices.is_empty()).count(),
        on_time,
        on_time_after_postponement: after,
        late,
        median_delay: naive_quantile(&delays, 0.5),
        mean_delay: (!delays.is_empty())
            .then(|| delays.iter().map(|&d| d as f64).sum::<f64>() / delays.len() as f64),
        p75_delay: naive_quantile(&delays, 0.75),
        p90_delay: naive_quantile(&delays, 0.9),
        max_delay: delays.iter().copied().max(),
        on_time_share: (known > 0).then(|| on_time as f64 / known as f64),
        on_time_with_postponement_share: (known > 0)
            .then(|| (on_time + after) as f64 / known as f64),
    }
}

fn naive_report(docs: &[Kamervraag], by: Option<GroupBy>, reference: Date) -> StatsReport {
    let all: Vec<&Kamervraag> = docs.iter().collect();
    let mut groups = Vec::new();
    if let Some(by) = by {
        let mut members: BTreeMap<String, Vec<&Kamervraag>> = BTreeMap::new();
        for doc in docs {
            for key in naive_keys(doc, by) {
                members.entry(key).or_default().push(doc);
            }
        }
        groups = members
            .iter()
            .map(|(key, docs)| naive_group(key, docs, reference))
            .collect();
        groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    }
    StatsReport {
        reference_date: reference,
        total: naive_group("total", &all, reference),
        groups,
    }
}

fn same_float(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        _ => false,
    }
}

fn assert_same_group(fast: &Group, naive: &Group, context: &str) {
    let counts = |g: &Group| {
        (
            g.key.clone(),
            g.count,
            g.answered,
            g.open,
            g.overdue,
            g.unknown,
            g.with_notice,
            g.on_time,
            g.on_time_after_postponement,
            g.late,
            g.max_delay,
        )
    };
    assert_eq!(counts(fast), counts(naive), "{context}");
    for (name, a, b) in [
        ("median", fast.median_delay, naive.median_delay),
        ("mean", fast.mean_delay, naive.mean_delay),
        ("p75", fast.p75_delay, naive.p75_delay),
        ("p90", fast.p90_delay, naive.p90_delay),
        ("on_time_share", fast.on_time_share, naive.on_time_share),
        (
            "with_postponement_share",
            fast.on_time_with_postponement_share,
            naive.on_time_with_postponement_share,
        ),
    ] {
        assert!(same_float(a, b), "{context} {}: {a:?} vs {b:?}", fast.key);
        let _ = name;
    }
}

#[test]
fn five_thousand_generated_documents_agree_with_the_naive_implementation() {
    let docs = stats_support::collection(20_240_601, 5_000);
    let reference = stats_support::reference_date();
    let table = FactTable::new(&docs, reference);
    let groupings = std::iter::once(None).chain(GroupBy::ALL.into_iter().map(Some));
    for by in groupings {
        let fast = aggregate(&docs, by, reference);
        assert_eq!(
            table.report(by),
            fast,
            "FactTable agrees with aggregate for {by:?}"
        );
        let naive = naive_report(&docs, by, reference);
        let context = format!("grouping {by:?}");
        assert_eq!(fast.reference_date, naive.reference_date);
        assert_same_group(&fast.total, &naive.total, &context);
        assert_eq!(
            fast.groups.iter().map(|g| &g.key).collect::<Vec<_>>(),
            naive.groups.iter().map(|g| &g.key).collect::<Vec<_>>(),
            "{context}"
        );
        for (f, n) in fast.groups.iter().zip(&naive.groups) {
            assert_same_group(f, n, &context);
        }
    }
    // The generated data exercises every status.
    let total = aggregate(&docs, None, reference).total;
    assert!(total.on_time > 0 && total.on_time_after_postponement > 0 && total.late > 0);
    assert!(total.open > 0 && total.overdue > 0 && total.unknown > 0);
}
