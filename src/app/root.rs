//! The root component: provides the state context and the router.

use super::components::launch_queue_loader::LaunchQueueLoader;
use super::components::update_prompt::UpdatePrompt;
use super::embed::page::EmbedPage;
use super::i18n::{Lang, Msg};
use super::pages::home::Home;
use super::pages::stats::StatsPage;
use super::pages::timeline::TimelinePage;
use super::route::Route;
use super::state::use_app_state;
use super::state::{AppContext, AppState};
use crate::model::Date;
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole app.
#[function_component(Root)]
pub fn root() -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<AppContext> context={state}>
            <UpdatePrompt />
            <LaunchQueueLoader />
            <HashRouter>
                <main class="kv-app">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home | Route::Document { .. } => html! { <Home /> },
        Route::Timeline => html! { <WithDocuments route={Route::Timeline} /> },
        Route::Stats => html! { <WithDocuments route={Route::Stats} /> },
        Route::Embed { view } => html! { <EmbedPage view={AttrValue::from(view)} /> },
        Route::NotFound => html! { <p class="kv-empty">{ Msg::NotFound.text(Lang::Nl) }</p> },
    }
}

/// Properties of [`WithDocuments`].
#[derive(Properties, PartialEq)]
struct WithDocumentsProps {
    route: Route,
}

/// Hands the parsed documents to the timeline and statistics pages.
#[function_component(WithDocuments)]
fn with_documents(props: &WithDocumentsProps) -> Html {
    let state = use_app_state();
    let documents = std::rc::Rc::new(
        state
            .files
            .iter()
            .filter_map(|f| f.outcome.as_ref().ok().cloned())
            .collect::<Vec<_>>(),
    );
    let reference = Date::from_ymd(2026, 1, 1).expect("valid date");
    match props.route {
        Route::Stats => html! { <StatsPage {documents} {reference} /> },
        _ => html! { <TimelinePage {documents} {reference} /> },
    }
}
