//! The app bar: the name, the main navigation (keeping the filter in the URL), and
//! the language and colour-scheme switches.

use crate::app::i18n::{use_lang, Lang, Msg};
use crate::app::route::Route;
use crate::app::selection::{href, use_selection};
use crate::app::state::{use_app_state, Action, Theme};
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// The app bar at the top of every view.
#[function_component(AppHeader)]
pub fn app_header() -> Html {
    let lang = use_lang();
    let state = use_app_state();
    let selection = use_selection();
    let route = use_route::<Route>().unwrap_or(Route::Home);
    let link = |to: Route, label: Msg| {
        let current = match (&route, &to) {
            (Route::Document { .. }, Route::Home) => true,
            _ => route == to,
        };
        html! {
            <a
                href={href(&to, &selection.filter)}
                class={classes!("kv-nav__link", current.then_some("kv-nav__link--current"))}
                aria-current={current.then_some("page")}
            >{ label.text(lang) }</a>
        }
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetLang(match state.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }))
        })
    };
    let on_theme = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::SetTheme(Theme::from_code(&select.value())));
        })
    };
    let other_lang = match lang {
        Lang::Nl => ("English", "en"),
        Lang::En => ("Nederlands", "nl"),
    };
    html! {
        <header class="kv-appbar">
            <a class="kv-appbar__name" href={href(&Route::Home, &selection.filter)}>{ Msg::AppName.text(lang) }</a>
            <nav class="kv-nav" aria-label={Msg::MainNavLabel.text(lang)}>
                { link(Route::Home, Msg::NavLibrary) }
                { link(Route::Timeline, Msg::NavTimeline) }
                { link(Route::Stats, Msg::NavStats) }
                { link(Route::Overdue, Msg::NavOverdue) }
            </nav>
            <div class="kv-appbar__settings">
                <button
                    type="button"
                    class="kv-button kv-button--quiet"
                    data-testid="lang-switch"
                    title={Msg::LanguageLabel.text(lang)}
                    lang={other_lang.1}
                    onclick={on_lang}
                >{ other_lang.0 }</button>
                <label class="kv-select-label">
                    <span class="kv-visually-hidden">{ Msg::ThemeLabel.text(lang) }</span>
                    <select class="kv-select" data-testid="theme-switch" onchange={on_theme}>
                        { for [(Theme::System, Msg::ThemeSystem), (Theme::Light, Msg::ThemeLight), (Theme::Dark, Msg::ThemeDark)]
                            .into_iter()
                            .map(|(theme, label)| html! {
                                <option key={theme.code()} value={theme.code()} selected={state.theme == theme}>
                                    { label.text(lang) }
                                </option>
                            }) }
                    </select>
                </label>
            </div>
        </header>
    }
}
