//! Submissions per week, drawn on the same time axis as the collection timeline
//! below it.

use super::timeline_bars::{AXIS_LEFT, AXIS_WIDTH, VIEW_WIDTH};
use crate::app::i18n::{use_lang, Msg};
use crate::stats::SeriesPoint;
use crate::view::charts::layout::{week_bars, Plot, TimeScale, YearRange};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`WeeklyChart`].
#[derive(Properties, PartialEq)]
pub struct WeeklyChartProps {
    /// The weekly series from the statistics core.
    pub points: Rc<Vec<SeriesPoint>>,
    /// The years on the axis.
    pub range: YearRange,
}

const HEIGHT: f64 = 96.0;
const PLOT: Plot = Plot {
    left: AXIS_LEFT,
    top: 8.0,
    width: AXIS_WIDTH,
    height: 72.0,
};

/// A column per week with submissions.
#[function_component(WeeklyChart)]
pub fn weekly_chart(props: &WeeklyChartProps) -> Html {
    let lang = use_lang();
    let Some(scale) = TimeScale::for_years(props.range, PLOT.left, PLOT.width) else {
        return Html::default();
    };
    let (bars, ticks) = week_bars(&props.points, &scale, PLOT);
    let description = Msg::ChartWeeklyDescription.text(lang);
    html! {
        <svg class="kv-svg kv-weekly" viewBox={format!("0 0 {VIEW_WIDTH} {HEIGHT}")} role="img"
            aria-label={description.clone()} data-weeks={bars.len().to_string()}>
            <title>{ Msg::ChartWeekly.text(lang) }</title>
            <desc>{ description }</desc>
            { for ticks.iter().enumerate().map(|(i, tick)| html! {
                <g key={i} class="kv-grid">
                    <line class="kv-grid__line" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                        y1={tick.position.to_string()} y2={tick.position.to_string()} />
                    <text class="kv-axis-label" x={(PLOT.left - 6.0).to_string()} y={(tick.position + 4.0).to_string()}
                        text-anchor="end">{ tick.label.clone() }</text>
                </g>
            }) }
            { for bars.iter().map(|(index, bar)| {
                let point = props.points.get(*index);
                let title = point
                    .map(|p| format!("{}: {}", p.period_start, p.submitted))
                    .unwrap_or_default();
                html! {
                    <rect key={*index} class="kv-weekly__bar" x={bar.x.to_string()} y={bar.y.to_string()}
                        width={bar.width.to_string()} height={bar.height.to_string()}>
                        <title>{ title }</title>
                    </rect>
                }
            }) }
            { for scale.ticks().iter().enumerate().map(|(i, tick)| html! {
                <line key={format!("t{i}")} class="kv-grid__line" x1={tick.position.to_string()} x2={tick.position.to_string()}
                    y1={PLOT.top.to_string()} y2={PLOT.bottom().to_string()} />
            }) }
            <line class="kv-axis" x1={PLOT.left.to_string()} x2={PLOT.right().to_string()}
                y1={PLOT.bottom().to_string()} y2={PLOT.bottom().to_string()} />
        </svg>
    }
}
