//! Per-group bars (ministry, party, answerer, topic, year, cabinet): the median
//! answer delay with the 21- and 42-day marks, and beside it the percentage answered
//! on time. Groups come ordered and selected by the core.

use crate::app::i18n::{use_lang, Lang, Msg};
use crate::stats::{Group, ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS};
use crate::view::charts::layout::{bar_lengths, percent_ticks, share_lengths, short_label};
use crate::view::charts::stats_table::{format_days, format_percent};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`GroupBars`].
#[derive(Properties, PartialEq)]
pub struct GroupBarsProps {
    /// The groups to draw, in display order.
    pub groups: Rc<Vec<Group>>,
    /// What the chart is about (its title), for the accessible name.
    pub title: Msg<'static>,
    /// Per drawn group, the link of its page (its name becomes a link).
    #[prop_or_default]
    pub hrefs: Rc<Vec<Option<String>>>,
}

const WIDTH: f64 = 800.0;
const ROW_HEIGHT: f64 = 24.0;
const TOP: f64 = 44.0;
const LABEL_RIGHT: f64 = 208.0;
const MEDIAN_LEFT: f64 = 216.0;
const MEDIAN_LENGTH: f64 = 280.0;
const SHARE_LEFT: f64 = 556.0;
const SHARE_LENGTH: f64 = 200.0;
const LABEL_CHARS: usize = 30;

/// Horizontal bars of median delay and % on time per group.
#[function_component(GroupBars)]
pub fn group_bars(props: &GroupBarsProps) -> Html {
    let lang = use_lang();
    let decimal_comma = lang == Lang::Nl;
    let local = |text: String| {
        if decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let groups = &props.groups;
    let medians: Vec<Option<f64>> = groups.iter().map(|g| g.median_delay).collect();
    let shares: Vec<Option<f64>> = groups.iter().map(|g| g.on_time_share).collect();
    let median_scale = bar_lengths(&medians, MEDIAN_LENGTH, POSTPONED_TERM_DAYS as f64);
    let share_bars = share_lengths(&shares, SHARE_LENGTH);
    let bottom = TOP + ROW_HEIGHT * groups.len() as f64;
    let height = bottom + 24.0;
    let description = format!(
        "{} — {}",
        props.title.text(lang),
        Msg::GroupBarsDescription.text(lang)
    );
    let marks: Vec<(i64, f64)> = [ANSWER_TERM_DAYS, POSTPONED_TERM_DAYS]
        .iter()
        .filter_map(|&d| {
            median_scale
                .position(d as f64)
                .map(|x| (d, MEDIAN_LEFT + x))
        })
        .collect();

    // A chart whose names are links is a group of links, not one image.
    let role = if props.hrefs.iter().any(Option::is_some) {
        "group"
    } else {
        "img"
    };
    html! {
        <svg class="kv-svg kv-group-bars" viewBox={format!("0 0 {WIDTH} {height}")} role={role}
            aria-label={description.clone()} data-groups={groups.len().to_string()}>
            <title>{ description }</title>
            <text class="kv-panel-title" x={MEDIAN_LEFT.to_string()} y="14">{ Msg::BarsMedianHeading.text(lang) }</text>
            <text class="kv-panel-title" x={SHARE_LEFT.to_string()} y="14">{ Msg::BarsOnTimeHeading.text(lang) }</text>
            { for median_scale.ticks.iter().enumerate().map(|(i, tick)| {
                let x = (MEDIAN_LEFT + tick.position).to_string();
                html! {
                    <g key={format!("m{i}")} class="kv-grid">
                        <line class="kv-grid__line" x1={x.clone()} x2={x.clone()} y1={(TOP - 6.0).to_string()} y2={bottom.to_string()} />
                        <text class="kv-axis-label" x={x} y={(TOP - 10.0).to_string()} text-anchor="middle">{ tick.label.clone() }</text>
                    </g>
                }
            }) }
            { for percent_ticks(SHARE_LENGTH).iter().enumerate().map(|(i, tick)| {
                let x = (SHARE_LEFT + tick.position).to_string();
                html! {
                    <g key={format!("s{i}")} class="kv-grid">
                        <line class="kv-grid__line" x1={x.clone()} x2={x.clone()} y1={(TOP - 6.0).to_string()} y2={bottom.to_string()} />
                        <text class="kv-axis-label" x={x} y={(TOP - 10.0).to_string()} text-anchor="middle">{ format!("{}%", tick.label) }</text>
                    </g>
                }
            }) }
            { for marks.iter().map(|(days, x)| html! {
                <g key={format!("mark{days}")} class="kv-mark">
                    <line class="kv-mark__line" x1={x.to_string()} x2={x.to_string()}
                        y1={(TOP - 4.0).to_string()} y2={bottom.to_string()} />
                    <text class="kv-mark__label" x={x.to_string()} y={(bottom + 14.0).to_string()} text-anchor="middle">
                        { format!("{days} d") }
                    </text>
                </g>
            }) }
            { for groups.iter().enumerate().map(|(i, group)| {
                let y = TOP + ROW_HEIGHT * i as f64;
                let bar_y = (y + 4.0).to_string();
                let text_y = (y + 16.0).to_string();
                let median_length = median_scale.lengths.get(i).copied().unwrap_or(0.0);
                let share_length = share_bars.get(i).copied().unwrap_or(0.0);
                let median_text = local(format_days(group.median_delay));
                let share_text = local(format_percent(group.on_time_share));
                html! {
                    <g key={group.key.clone()} class="kv-group-bars__row" data-key={group.key.clone()}>
                        <title>{ format!("{} · {}: {} · {}: {} · {}: {}", group.key,
                            Msg::ColMedianDelay.text(lang), median_text,
                            Msg::ColOnTimeShare.text(lang), share_text,
                            Msg::ColCount.text(lang), group.count) }</title>
                        if let Some(href) = props.hrefs.get(i).cloned().flatten() {
                            <a class="kv-group-link" href={href} data-testid="group-link">
                                <text class="kv-bar-label" x={LABEL_RIGHT.to_string()} y={text_y.clone()} text-anchor="end">
                                    { short_label(&group.key, LABEL_CHARS) }
                                </text>
                            </a>
                        } else {
                            <text class="kv-bar-label" x={LABEL_RIGHT.to_string()} y={text_y.clone()} text-anchor="end">
                                { short_label(&group.key, LABEL_CHARS) }
                            </text>
                        }
                        <rect class="kv-bar-median" x={MEDIAN_LEFT.to_string()} y={bar_y.clone()}
                            width={median_length.to_string()} height="16" />
                        <text class="kv-bar-value" x={(MEDIAN_LEFT + median_length + 4.0).to_string()} y={text_y.clone()}>
                            { if median_text.is_empty() { "–".to_string() } else { median_text } }
                        </text>
                        <rect class="kv-bar-share-track" x={SHARE_LEFT.to_string()} y={bar_y.clone()}
                            width={SHARE_LENGTH.to_string()} height="16" />
                        <rect class="kv-bar-share" x={SHARE_LEFT.to_string()} y={bar_y}
                            width={share_length.to_string()} height="16" />
                        <text class="kv-bar-value" x={(SHARE_LEFT + SHARE_LENGTH + 4.0).to_string()} y={text_y}>
                            { if share_text.is_empty() { "–".to_string() } else { format!("{share_text}%") } }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// The note under a chart that draws only some of its groups; `None` when all are drawn.
pub fn groups_note(shown: usize, total: usize, lang: Lang) -> Option<AttrValue> {
    (shown < total).then(|| AttrValue::from(Msg::GroupsShown { shown, total }.text(lang)))
}
