//! Property tests: counts always add up, shares stay in [0, 1], delay figures are
//! ordered, and groups cover the total without the total being double counted.

// proptest is native only.
#![cfg(not(target_arch = "wasm32"))]

mod stats_support;

use kamervraag::model::{Date, Kamervraag, Notice};
use kamervraag::stats::{
    aggregate_facts, histogram, status, weekly_series, DocumentFacts, FactTable, Group, GroupBy,
    HistogramOptions, Status,
};
use proptest::prelude::*;

fn check_group(g: &Group) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        g.answered + g.open + g.overdue + g.unknown,
        g.count,
        "{:?}",
        g
    );
    prop_assert_eq!(
        g.on_time + g.on_time_after_postponement + g.late,
        g.answered
    );
    prop_assert!(g.with_notice <= g.count);
    for share in [g.on_time_share, g.on_time_with_postponement_share]
        .into_iter()
        .flatten()
    {
        prop_assert!((0.0..=1.0).contains(&share), "share {share} in {:?}", g);
    }
    prop_assert_eq!(g.on_time_share.is_none(), g.answered + g.overdue == 0);
    if let (Some(a), Some(b)) = (g.on_time_share, g.on_time_with_postponement_share) {
        prop_assert!(a <= b);
    }
    prop_assert_eq!(g.median_delay.is_some(), g.answered > 0);
    if let (Some(median), Some(p75), Some(p90), Some(max), Some(mean)) = (
        g.median_delay,
        g.p75_delay,
        g.p90_delay,
        g.max_delay,
        g.mean_delay,
    ) {
        prop_assert!(median <= p75 && p75 <= p90 && p90 <= max as f64);
        prop_assert!(mean <= max as f64);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn counts_add_up_and_groups_cover_the_total(seed in any::<u64>(), count in 0usize..80, shift in -400i64..400) {
        let docs = stats_support::collection(seed, count);
        let reference = stats_support::reference_date().add_days(shift);
        let facts = DocumentFacts::for_all(&docs, reference);
        for (doc, fact) in docs.iter().zip(&facts) {
            prop_assert_eq!(&DocumentFacts::new(doc, reference), fact);
        }
        for by in GroupBy::ALL {
            let report = aggregate_facts(&facts, Some(by), reference);
            prop_assert_eq!(report.total.count, docs.len());
            prop_assert_eq!(&report.total.key, "total");
            check_group(&report.total)?;
            let mut sums = [0usize; 4];
            for g in &report.groups {
                check_group(g)?;
                prop_assert!(g.count >= 1 && g.count <= report.total.count);
                prop_assert_ne!(&g.key, "total");
                sums[0] += g.count;
                sums[1] += g.answered;
                sums[2] += g.overdue;
                sums[3] += g.unknown;
            }
            // Every document is in at least one group; single-valued groupings partition.
            prop_assert!(sums[0] >= report.total.count);
            prop_assert!(sums[1] >= report.total.answered);
            prop_assert!(sums[2] >= report.total.overdue);
            prop_assert!(sums[3] >= report.total.unknown);
            if matches!(by, GroupBy::Year | GroupBy::Month | GroupBy::Cabinet) {
                prop_assert_eq!(sums[0], report.total.count);
            }
            let mut keys: Vec<&str> = report.groups.iter().map(|g| g.key.as_str()).collect();
            let before = keys.len();
            keys.sort_unstable();
            keys.dedup();
            prop_assert_eq!(keys.len(), before, "group keys are distinct");
            prop_assert!(report.groups.windows(2).all(|w| w[0].count >= w[1].count));
        }
        let h = histogram(&facts, HistogramOptions::default());
        let binned: usize = h.bins.iter().map(|b| b.count).sum();
        prop_assert_eq!(binned + h.below_zero, h.total);
        prop_assert_eq!(h.total, aggregate_facts(&facts, None, reference).total.answered);
        let weeks = weekly_series(&facts);
        let submitted: usize = weeks.iter().map(|p| p.submitted).sum();
        prop_assert_eq!(submitted, docs.iter().filter(|d| d.submitted.is_some()).count());
        prop_assert!(weeks.windows(2).all(|w| w[0].period_start.add_days(7) == w[1].period_start));
        prop_assert!(weeks.iter().all(|p| p.period_start.weekday() == 1));
        let answered: usize = weeks.iter().map(|p| p.answered).sum();
        prop_assert_eq!(answered, docs.iter().filter(|d| d.answered.is_some()).count());
    }

    #[test]
    fn fact_table_subsets_agree_with_plain_aggregation(seed in any::<u64>(), count in 0usize..60, mask in any::<u64>()) {
        let docs = stats_support::collection(seed, count);
        let reference = stats_support::reference_date();
        let table = FactTable::new(&docs, reference);
        let selected: Vec<usize> = (0..count).filter(|i| mask >> (i % 64) & 1 == 1).collect();
        let subset: Vec<&DocumentFacts> = selected.iter().filter_map(|&i| table.facts().get(i)).collect();
        for by in std::iter::once(None).chain(GroupBy::ALL.into_iter().map(Some)) {
            let from_table = table.report_subset(selected.iter().copied(), by);
            let plain = aggregate_facts(subset.iter().copied(), by, reference);
            prop_assert_eq!(from_table, plain);
        }
    }

    #[test]
    fn status_follows_the_definitions(
        submitted_day in 0i64..20_000,
        answer_after in proptest::option::of(0i64..200),
        age in -50i64..200,
        with_notice in any::<bool>(),
    ) {
        let epoch = Date::from_ymd(1990, 1, 1).unwrap_or_else(|| unreachable!());
        let submitted = epoch.add_days(submitted_day);
        let doc = Kamervraag {
            submitted: Some(submitted),
            answered: answer_after.map(|d| submitted.add_days(d)),
            notices: if with_notice {
                vec![Notice { date: None, text: "Uitstel".into() }]
            } else {
                Vec::new()
            },
            ..Kamervraag::default()
        };
        let reference = submitted.add_days(age);
        let term = if with_notice { 42 } else { 21 };
        let expected = match answer_after {
            Some(d) if d <= 21 => Status::OnTime,
            Some(d) if with_notice && d <= 42 => Status::OnTimeAfterPostponement,
            Some(_) => Status::Late,
            None if age <= term => Status::Open,
            None => Status::Overdue,
        };
        prop_assert_eq!(status(&doc, reference), expected);
        let facts = DocumentFacts::new(&doc, reference);
        prop_assert_eq!(facts.days_overdue.is_some(), expected == Status::Overdue);
        if let Some(days) = facts.days_overdue {
            prop_assert_eq!(days, age - term);
            prop_assert!(days > 0);
        }
        if let Some(days) = facts.days_late {
            prop_assert!(days > 0);
        }
    }
}
