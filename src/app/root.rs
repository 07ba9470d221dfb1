//! The root component: provides the state context, the language, the router and the
//! selection (the filter from the URL and the documents that pass it), and renders
//! the app shell around the routed views.

use super::components::app_header::AppHeader;
use super::components::drop_overlay::DropOverlay;
use super::components::launch_queue_loader::LaunchQueueLoader;
use super::components::notices::Notices;
use super::components::progress_bar::ProgressBar;
use super::components::update_prompt::UpdatePrompt;
use super::embed::page::EmbedPage;
use super::i18n::{Lang, Msg};
use super::infra::{clock, dom, listeners, settings_store};
use super::ingest;
use super::pages::document::DocumentPage;
use super::pages::group::GroupRoutePage;
use super::pages::home::Home;
use super::pages::overdue::OverduePage;
use super::pages::stats::StatsPage;
use super::pages::timeline::TimelinePage;
use super::route::Route;
use super::selection::{Selection, Shared};
use super::state::{use_app_state, AppContext, AppState};
use crate::view::group_page::GroupPage;
use crate::view::library::{LibraryFilter, LibraryRefresh};
use crate::view::url::percent_decode;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole app.
#[function_component(Root)]
pub fn root() -> Html {
    let state = use_reducer(|| {
        AppState::new(
            clock::today(),
            settings_store::load_lang(),
            settings_store::load_theme(),
        )
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            ingest::restore(state.clone());
            let listener =
                super::infra::broadcast::on_cleared(move || ingest::forget_everything(&state));
            move || drop(listener)
        });
    }
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            dom::set_document_lang(lang.code());
            settings_store::save_lang(*lang);
        });
    }
    {
        let theme = state.theme;
        use_effect_with(theme, move |theme| {
            dom::set_theme_attribute(theme.code());
            settings_store::save_theme(*theme);
        });
    }
    let lang = state.lang;
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Lang> context={lang}>
                <UpdatePrompt />
                <LaunchQueueLoader />
                <HashRouter>
                    <Shell />
                </HashRouter>
            </ContextProvider<Lang>>
        </ContextProvider<AppContext>>
    }
}

/// The shell inside the router: reads the filter from the URL and provides the
/// selection; listens for drops and pastes anywhere in the window.
#[function_component(Shell)]
fn shell() -> Html {
    let state = use_app_state();
    let location = use_location();
    let query = location
        .as_ref()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let filter = use_memo(query, |query| LibraryFilter::from_query(query));
    // The library the selection is computed on: while files load, refreshed as it
    // grows (see `LibraryRefresh`), not for every batch.
    let shown = use_mut_ref(|| (LibraryRefresh::default(), state.library.clone()));
    {
        let mut shown = shown.borrow_mut();
        let next = shown.0.next(
            state.library.revision(),
            state.library.len(),
            state.is_loading(),
        );
        if next != shown.0 {
            *shown = (next, state.library.clone());
        }
    }
    let library = shown.borrow().1.clone();
    let selection = {
        let filter = (*filter).clone();
        use_memo(
            (Shared(library), filter, state.today),
            |(library, filter, today)| {
                let reference = filter.reference.unwrap_or(*today);
                Selection {
                    library: library.clone(),
                    filter: filter.clone(),
                    entries: Shared(Rc::new(library.select(filter))),
                    reference,
                    submitted_later: library.submitted_after(reference),
                }
            },
        )
    };

    let hovering = use_state_eq(|| false);
    {
        let state = state.clone();
        let hovering = hovering.clone();
        use_effect_with((), move |_| {
            let on_hover = {
                let hovering = hovering.clone();
                move |active: bool| hovering.set(active)
            };
            let drop_state = state.clone();
            let drops = listeners::window_drop_target(on_hover, move |dropped| {
                ingest::load_dropped(drop_state.clone(), dropped)
            });
            let counter = std::cell::Cell::new(0usize);
            let paste = listeners::document_paste(move |text| {
                counter.set(counter.get() + 1);
                let name = Msg::PastedName {
                    number: counter.get(),
                }
                .text(state.lang)
                .into_owned();
                ingest::load(
                    state.clone(),
                    vec![super::infra::files::Pending::Bytes {
                        name,
                        bytes: text.into_bytes(),
                    }],
                    ingest::Persist::Store,
                );
            });
            move || {
                drop(drops);
                drop(paste);
            }
        });
    }

    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let today = selection.reference;
    let body = match route {
        Route::Home => html! { <Home /> },
        Route::Document { id } => html! { <DocumentPage {id} /> },
        Route::Timeline => html! {
            <TimelinePage entries={selection.entries.clone()} reference={today} />
        },
        Route::Stats => html! {
            <StatsPage entries={selection.entries.clone()} reference={today} />
        },
        Route::Ministry { code } => html! {
            <GroupRoutePage page={GroupPage::Ministry(percent_decode(&code))}
                entries={selection.entries.clone()} reference={today} />
        },
        Route::Member { name } => html! {
            <GroupRoutePage page={GroupPage::Member(percent_decode(&name))}
                entries={selection.entries.clone()} reference={today} />
        },
        Route::Overdue => {
            html! { <OverduePage entries={selection.entries.clone()} reference={today} /> }
        }
        Route::Embed { view } => html! { <EmbedPage view={AttrValue::from(view)} /> },
        Route::NotFound => html! { <p class="kv-empty">{ Msg::NotFound.text(state.lang) }</p> },
    };
    html! {
        <ContextProvider<Selection> context={(*selection).clone()}>
            <a class="kv-skip-link" href="#main-content" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                dom::scroll_to_id("main-content");
            })}>{ Msg::SkipToContent.text(state.lang) }</a>
            <AppHeader />
            <main class="kv-app" id="main-content">
                <ProgressBar />
                <Notices />
                { body }
            </main>
            <DropOverlay active={*hovering} />
        </ContextProvider<Selection>>
    }
}
