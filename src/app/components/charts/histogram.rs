//! The delay histogram: answered documents per bin of answer days, with the 21-day
//! term and the 42-day term after a postponement marked.

use crate::app::i18n::{use_lang, Msg};
use crate::stats::Histogram;
use crate::view::charts::layout::{column_chart, histogram_mark_x, Plot};
use crate::view::charts::stats_table::delay_range_label;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DelayHistogram`].
#[derive(Properties, PartialEq)]
pub struct DelayHistogramProps {
    /// The histogram from the statistics core.
    pub histogram: Rc<Histogram>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 270.0;
const PLOT: Plot = Plot {
    left: 52.0,
    top: 24.0,
    width: 572.0,
    height: 190.0,
};

/// The histogram of answer delays as SVG.
#[function_component(DelayHistogram)]
pub fn delay_histogram(props: &DelayHistogramProps) -> Html {
    let lang = use_lang();
    let histogram = &props.histogram;
    if histogram.total == 0 {
        return html! { <p class="kv-chart__empty">{ Msg::NoAnswersYet.text(lang) }</p> };
    }
    let counts: Vec<f64> = histogram.bins.iter().map(|b| b.count as f64).collect();
    let chart = column_chart(&counts, PLOT, 4);
    let bin_count = histogram.bins.len();
    let marks: Vec<(i64, f64)> = histogram
        .marks
        .iter()
        .filter_map(|&days| {
            histogram_mark_x(days, histogram.bin_width, bin_count, &PLOT).map(|x| (days, x))
        })
        .collect();
    let description = Msg::ChartHistogramDescription.text(lang);

    html! {
        <>
        <svg class="kv-svg kv-histogram" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img"
            aria-label={description.clone()} preserveAspectRatio="xMidYMid meet">
            <title>{ Msg::ChartHistogram.text(lang) }</title>
            <desc>{ description }</desc>
            { for chart.value_ticks.iter().enumerate().map(|(i, tick)| html! {
                <g key={i} class="kv-grid">
                    <line class="kv-grid__line" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                        y1={tick.position.to_string()} y2={tick.position.to_string()} />
                    <text class="kv-axis-label" x={(PLOT.left - 6.0).to_string()} y={(tick.position + 4.0).to_string()}
                        text-anchor="end">{ tick.label.clone() }</text>
                </g>
            }) }
            { for histogram.bins.iter().zip(chart.bars.iter()).enumerate().map(|(i, (bin, bar))| {
                let label = delay_range_label(bin.from_days, bin.to_days);
                let centre = bar.x + bar.width / 2.0;
                html! {
                    <g key={i} class="kv-histogram__bin" data-count={bin.count.to_string()}>
                        <rect class="kv-histogram__bar" x={bar.x.to_string()} y={bar.y.to_string()}
                            width={bar.width.to_string()} height={bar.height.to_string()}>
                            <title>{ format!("{label}: {}", bin.count) }</title>
                        </rect>
                        if bin.count > 0 {
                            <text class="kv-bar-value" x={centre.to_string()} y={(bar.y - 4.0).to_string()}
                                text-anchor="middle">{ bin.count }</text>
                        }
                        <text class="kv-axis-label" x={centre.to_string()} y={(PLOT.bottom() + 16.0).to_string()}
                            text-anchor="middle">{ label }</text>
                    </g>
                }
            }) }
            { for marks.iter().map(|(days, x)| html! {
                <g key={*days} class="kv-mark">
                    <line class="kv-mark__line" x1={x.to_string()} x2={x.to_string()}
                        y1={(PLOT.top - 8.0).to_string()} y2={PLOT.bottom().to_string()} />
                    <text class="kv-mark__label" x={(x + 4.0).to_string()} y={(PLOT.top - 10.0 + 8.0).to_string()}>
                        { format!("{days} d") }
                    </text>
                </g>
            }) }
            <line class="kv-axis" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                y1={PLOT.bottom().to_string()} y2={PLOT.bottom().to_string()} />
            <text class="kv-axis-title" x={(PLOT.left + PLOT.width / 2.0).to_string()} y={(HEIGHT - 6.0).to_string()}
                text-anchor="middle">{ Msg::AxisDaysToAnswer.text(lang) }</text>
            <text class="kv-axis-title" x="14" y={(PLOT.top + PLOT.height / 2.0).to_string()} text-anchor="middle"
                transform={format!("rotate(-90 14 {})", PLOT.top + PLOT.height / 2.0)}>
                { Msg::AxisDocuments.text(lang) }
            </text>
        </svg>
        <ul class="kv-chart__marks">
            <li><span class="kv-mark-swatch" aria-hidden="true"></span>{ Msg::MarkTerm.text(lang) }</li>
            <li><span class="kv-mark-swatch" aria-hidden="true"></span>{ Msg::MarkPostponed.text(lang) }</li>
        </ul>
        </>
    }
}
