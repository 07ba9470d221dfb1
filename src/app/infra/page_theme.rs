//! The whole page's colour theme and language, for the iframe mode where the page is
//! the embedded viewer: sets `data-kv-theme` and `lang` on `<html>`.

use crate::model::EmbedTheme;

/// Marks `<html>` with the theme (`styles/embed.css` reads `data-kv-theme`) and the
/// language code.
pub fn set_page_theme_and_lang(theme: EmbedTheme, lang_code: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("data-kv-theme", theme.name());
    let _ = root.set_attribute("lang", lang_code);
}
