//! The monthly trend of the median answer delay: a line over the months (broken
//! where a month has no answers) with a dot per month and the 21-day term as a line.

use crate::app::i18n::{use_lang, Lang, Msg};
use crate::stats::{SeriesPoint, ANSWER_TERM_DAYS};
use crate::view::charts::layout::{label_step, line_chart, polyline_points, Plot};
use crate::view::charts::stats_table::{format_days, month_label};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`MonthlyTrend`].
#[derive(Properties, PartialEq)]
pub struct MonthlyTrendProps {
    /// The monthly series from the statistics core.
    pub points: Rc<Vec<SeriesPoint>>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 250.0;
const PLOT: Plot = Plot {
    left: 52.0,
    top: 16.0,
    width: 572.0,
    height: 180.0,
};
const MAX_MONTH_LABELS: usize = 8;

/// The median delay per month as a line chart.
#[function_component(MonthlyTrend)]
pub fn monthly_trend(props: &MonthlyTrendProps) -> Html {
    let lang = use_lang();
    let points = &props.points;
    if points.iter().all(|p| p.median_delay.is_none()) {
        return html! { <p class="kv-chart__empty">{ Msg::NoAnswersYet.text(lang) }</p> };
    }
    let values: Vec<Option<f64>> = points.iter().map(|p| p.median_delay).collect();
    let chart = line_chart(&values, PLOT, ANSWER_TERM_DAYS as f64);
    let step = label_step(points.len(), MAX_MONTH_LABELS);
    let slot = PLOT.width / points.len().max(1) as f64;
    let term_y = chart.y_of(ANSWER_TERM_DAYS as f64, &PLOT);
    let description = Msg::ChartTrendDescription.text(lang);
    let local = |text: String| {
        if lang == Lang::Nl {
            text.replace('.', ",")
        } else {
            text
        }
    };

    html! {
        <svg class="kv-svg kv-trend" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={description.clone()}>
            <title>{ Msg::ChartTrend.text(lang) }</title>
            <desc>{ description }</desc>
            { for chart.value_ticks.iter().enumerate().map(|(i, tick)| html! {
                <g key={i} class="kv-grid">
                    <line class="kv-grid__line" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                        y1={tick.position.to_string()} y2={tick.position.to_string()} />
                    <text class="kv-axis-label" x={(PLOT.left - 6.0).to_string()} y={(tick.position + 4.0).to_string()}
                        text-anchor="end">{ tick.label.clone() }</text>
                </g>
            }) }
            if let Some(y) = term_y {
                <g class="kv-mark">
                    <line class="kv-mark__line" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                        y1={y.to_string()} y2={y.to_string()} />
                    <text class="kv-mark__label" x={(PLOT.right() - 4.0).to_string()} y={(y - 4.0).to_string()}
                        text-anchor="end">{ Msg::MarkTerm.text(lang) }</text>
                </g>
            }
            { for chart.segments.iter().enumerate().map(|(i, segment)| html! {
                <polyline key={i} class="kv-trend__line" points={polyline_points(segment)} />
            }) }
            { for chart.points.iter().map(|&(index, x, y)| {
                let point = points.get(index);
                let label = point.map(|p| month_label(p.period_start)).unwrap_or_default();
                let value = local(format_days(point.and_then(|p| p.median_delay)));
                html! {
                    <circle key={index} class="kv-trend__dot" cx={x.to_string()} cy={y.to_string()} r="3.5">
                        <title>{ format!("{label}: {value} d") }</title>
                    </circle>
                }
            }) }
            { for points.iter().enumerate().filter(|(i, _)| i % step == 0).map(|(i, point)| html! {
                <text key={i} class="kv-axis-label" x={(PLOT.left + slot * (i as f64 + 0.5)).to_string()}
                    y={(PLOT.bottom() + 16.0).to_string()} text-anchor="middle">
                    { month_label(point.period_start) }
                </text>
            }) }
            <line class="kv-axis" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                y1={PLOT.bottom().to_string()} y2={PLOT.bottom().to_string()} />
            <text class="kv-axis-title" x="14" y={(PLOT.top + PLOT.height / 2.0).to_string()} text-anchor="middle"
                transform={format!("rotate(-90 14 {})", PLOT.top + PLOT.height / 2.0)}>
                { Msg::AxisMedianDays.text(lang) }
            </text>
        </svg>
    }
}
