//! The root of the iframe mode: the page was opened at `#/embed/…`, so only the
//! embedded view is rendered — no header, navigation or drop zone.

use super::page::EmbedPage;
use crate::app::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole page in iframe mode.
#[function_component(FrameRoot)]
pub fn frame_root() -> Html {
    html! {
        <HashRouter>
            <Switch<Route> render={switch} />
        </HashRouter>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Embed { view } => html! { <EmbedPage view={AttrValue::from(view)} /> },
        _ => html! { <EmbedPage view={AttrValue::Static("document")} /> },
    }
}
