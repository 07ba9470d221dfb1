//! The key figures of the statistics view as tiles: documents, answered, median
//! delay, % on time, % on time counting postponements, open and overdue.

use crate::app::i18n::labels::column_label;
use crate::app::i18n::{use_lang, Lang, Msg};
use crate::stats::Group;
use crate::view::charts::stats_table::summary_tiles;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SummaryTiles`].
#[derive(Properties, PartialEq)]
pub struct SummaryTilesProps {
    /// The total of the statistics report.
    pub total: Rc<Group>,
}

/// The tiles with the key figures.
#[function_component(SummaryTiles)]
pub fn summary_tiles_view(props: &SummaryTilesProps) -> Html {
    let lang = use_lang();
    let tiles = summary_tiles(&props.total);
    html! {
        <dl class="kv-tiles" aria-label={Msg::StatsTilesLabel.text(lang)}>
            { for tiles.iter().map(|tile| html! {
                <div class="kv-tile" key={tile.column.name()} data-tile={tile.column.name()}>
                    <dt class="kv-tile__label">{ column_label(tile.column).text(lang) }</dt>
                    <dd class="kv-tile__value">{ tile.display(lang == Lang::Nl) }</dd>
                </div>
            }) }
        </dl>
    }
}
