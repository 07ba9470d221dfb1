//! The root component: provides the state context and the router.

use super::i18n::{Lang, Msg};
use super::pages::home::Home;
use super::route::Route;
use super::state::{AppContext, AppState};
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole app.
#[function_component(Root)]
pub fn root() -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<AppContext> context={state}>
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
        Route::Home => html! { <Home /> },
        Route::NotFound => html! { <p class="kv-empty">{ Msg::NotFound.text(Lang::Nl) }</p> },
    }
}
