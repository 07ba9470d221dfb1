//! Settings kept in `localStorage`: the UI language and the colour scheme.

use crate::app::i18n::Lang;
use crate::app::state::Theme;

const LANG_KEY: &str = "kamervraag-viewer.lang";
const THEME_KEY: &str = "kamervraag-viewer.theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// The stored language (Dutch when none).
pub fn load_lang() -> Lang {
    get(LANG_KEY)
        .map(|c| Lang::from_code(&c))
        .unwrap_or_default()
}

/// The stored colour scheme (system when none).
pub fn load_theme() -> Theme {
    get(THEME_KEY)
        .map(|c| Theme::from_code(&c))
        .unwrap_or_default()
}

/// Stores the language.
pub fn save_lang(lang: Lang) {
    set(LANG_KEY, lang.code());
}

/// Stores the colour scheme.
pub fn save_theme(theme: Theme) {
    set(THEME_KEY, theme.code());
}
