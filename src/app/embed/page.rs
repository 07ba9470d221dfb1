//! The iframe mode's page, `#/embed/<view>?src=…&lang=…&theme=…`: one view of one
//! fetched document, without the app's chrome.

use super::viewer::EmbeddedViewer;
use crate::app::i18n::Lang;
use crate::app::infra::dom::{set_document_lang, set_theme_attribute};
use crate::view::embed::{EmbedSettings, EmbedTheme, EmbedView};
use yew::prelude::*;
use yew_router::prelude::*;

/// Properties of [`EmbedPage`].
#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    /// The view name from the route (`document`, `questions`, `timeline`, `stats`).
    pub view: AttrValue,
}

/// The embedded view named by the route, with the settings of the query.
#[function_component(EmbedPage)]
pub fn embed_page(props: &EmbedPageProps) -> Html {
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let view = EmbedView::from_name(&props.view).unwrap_or_default();
    let settings = EmbedSettings::from_query(view, &query);
    let lang = Lang::from_code(settings.lang.as_deref().unwrap_or("nl"));
    use_effect_with((settings.theme, lang), |(theme, lang)| {
        // The app's convention: `data-theme` on <html>, absent for "follow the system".
        set_theme_attribute(match theme {
            EmbedTheme::Auto => "",
            other => other.name(),
        });
        set_document_lang(lang.code());
    });
    html! {
        <div class="kv-frame">
            <EmbeddedViewer {settings} in_frame=true />
        </div>
    }
}
