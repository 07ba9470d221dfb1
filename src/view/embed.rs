//! Settings of an embedded viewer — the `<kamervraag-viewer>` element's attributes and
//! the query of the iframe mode (`#/embed/<view>?src=…&lang=…&theme=…`) — read from
//! plain strings. Pure code, so the rules are unit-tested natively; the web app turns
//! these settings into components.

use crate::view::url::{is_same_origin_url, percent_encode, query_pairs};

/// Which view an embedded viewer shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EmbedView {
    /// The whole document: metadata, questions and answers.
    #[default]
    Document,
    /// Only the numbered questions with their answers.
    Questions,
    /// The document's events on a time axis.
    Timeline,
    /// Answer-delay statistics.
    Stats,
}

impl EmbedView {
    /// Every view, in the order the documentation lists them.
    pub const ALL: [EmbedView; 4] = [
        EmbedView::Document,
        EmbedView::Questions,
        EmbedView::Timeline,
        EmbedView::Stats,
    ];

    /// Reads a view name (`document`, `questions`, `timeline`, `stats`), ignoring case
    /// and surrounding blanks.
    ///
    /// ```
    /// use kamervraag::view::embed::EmbedView;
    /// assert_eq!(EmbedView::from_name(" Stats "), Some(EmbedView::Stats));
    /// assert_eq!(EmbedView::from_name("chart"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<EmbedView> {
        let name = name.trim();
        EmbedView::ALL
            .into_iter()
            .find(|view| view.name().eq_ignore_ascii_case(name))
    }

    /// The attribute value of this view.
    pub fn name(self) -> &'static str {
        match self {
            EmbedView::Document => "document",
            EmbedView::Questions => "questions",
            EmbedView::Timeline => "timeline",
            EmbedView::Stats => "stats",
        }
    }
}

/// The colour theme of an embedded viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EmbedTheme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
}

impl EmbedTheme {
    /// Reads `light`, `dark` or `auto` (ignoring case); anything else is `None`.
    ///
    /// ```
    /// use kamervraag::view::embed::EmbedTheme;
    /// assert_eq!(EmbedTheme::from_name("DARK"), Some(EmbedTheme::Dark));
    /// assert_eq!(EmbedTheme::from_name("sepia"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<EmbedTheme> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Some(EmbedTheme::Light),
            "dark" => Some(EmbedTheme::Dark),
            "auto" => Some(EmbedTheme::Auto),
            _ => None,
        }
    }

    /// The attribute value of this theme.
    pub fn name(self) -> &'static str {
        match self {
            EmbedTheme::Light => "light",
            EmbedTheme::Dark => "dark",
            EmbedTheme::Auto => "auto",
        }
    }
}

/// Everything an embedded viewer is told by its host: the view, the language code,
/// the theme and where the document comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedSettings {
    /// The view to show.
    pub view: EmbedView,
    /// The language code as given (`nl`, `en`, …); `None` means the default (Dutch).
    pub lang: Option<String>,
    /// The colour theme.
    pub theme: EmbedTheme,
    /// A URL to fetch the document from, when it is not given inline: a path on the
    /// page's origin, or (for the element only) an absolute `http://` / `https://`
    /// URL (see [`crate::view::url::is_fetchable_url`]).
    pub src: Option<String>,
}

impl EmbedSettings {
    /// Reads the query of the iframe mode (`src=…&lang=…&theme=…`, with or without
    /// the leading `?`). Unknown keys and unusable values are ignored; the view comes
    /// from the route, not the query. The frame's page fetches from its own origin
    /// only (`connect-src 'self'`), so `src` is kept only when it is a path on that
    /// origin (see [`is_same_origin_url`]).
    ///
    /// ```
    /// use kamervraag::view::embed::{EmbedSettings, EmbedTheme, EmbedView};
    /// let s = EmbedSettings::from_query(EmbedView::Stats, "?src=docs%2Fa.txt&lang=en&theme=dark");
    /// assert_eq!(s.view, EmbedView::Stats);
    /// assert_eq!(s.src.as_deref(), Some("docs/a.txt"));
    /// assert_eq!(s.lang.as_deref(), Some("en"));
    /// assert_eq!(s.theme, EmbedTheme::Dark);
    /// ```
    pub fn from_query(view: EmbedView, query: &str) -> EmbedSettings {
        let mut settings = EmbedSettings {
            view,
            ..EmbedSettings::default()
        };
        for (key, value) in query_pairs(query) {
            match key.as_str() {
                "src" => settings.src = Some(value).filter(|v| is_same_origin_url(v)),
                "lang" => settings.lang = Some(value).filter(|v| !v.trim().is_empty()),
                "theme" => settings.theme = EmbedTheme::from_name(&value).unwrap_or_default(),
                "view" => {
                    if let Some(v) = EmbedView::from_name(&value) {
                        settings.view = v;
                    }
                }
                _ => {}
            }
        }
        settings
    }

    /// The iframe mode's address (the hash) of `view` with these settings: where a
    /// link inside the frame may lead, since the frame shows nothing else.
    ///
    /// ```
    /// use kamervraag::view::embed::{EmbedSettings, EmbedView};
    /// let s = EmbedSettings::from_query(EmbedView::Timeline, "src=docs%2Fa.txt&lang=en");
    /// assert_eq!(s.frame_hash(EmbedView::Document), "#/embed/document?src=docs%2Fa.txt&lang=en&theme=auto");
    /// ```
    pub fn frame_hash(&self, view: EmbedView) -> String {
        let mut query = Vec::new();
        if let Some(src) = &self.src {
            query.push(format!("src={}", percent_encode(src)));
        }
        if let Some(lang) = &self.lang {
            query.push(format!("lang={}", percent_encode(lang)));
        }
        query.push(format!("theme={}", self.theme.name()));
        format!("#/embed/{}?{}", view.name(), query.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_name_round_trips() {
        for view in EmbedView::ALL {
            assert_eq!(EmbedView::from_name(view.name()), Some(view));
        }
    }

    #[test]
    fn every_theme_name_round_trips() {
        for theme in [EmbedTheme::Light, EmbedTheme::Dark, EmbedTheme::Auto] {
            assert_eq!(EmbedTheme::from_name(theme.name()), Some(theme));
        }
    }

    #[test]
    fn a_query_with_unusable_values_gives_defaults() {
        let s = EmbedSettings::from_query(
            EmbedView::Document,
            "src=javascript%3Aalert(1)&lang=&theme=neon&x=1",
        );
        assert_eq!(s, EmbedSettings::default());
    }

    #[test]
    fn the_frame_fetches_from_its_own_origin_only() {
        for other in [
            "https%3A%2F%2Fevil.example%2Fa.txt",
            "%2F%2Fevil.example%2Fa.txt",
            "%5C%5Cevil.example%5Ca.txt",
        ] {
            let s = EmbedSettings::from_query(EmbedView::Document, &format!("src={other}"));
            assert_eq!(s.src, None, "{other}");
        }
        let s = EmbedSettings::from_query(EmbedView::Document, "src=%2Fdocs%2Fa.txt");
        assert_eq!(s.src.as_deref(), Some("/docs/a.txt"));
    }

    #[test]
    fn a_frame_hash_reads_back_as_the_same_settings() {
        let s = EmbedSettings::from_query(
            EmbedView::Stats,
            "src=%2Fdocs%2Fa%20b%26c.txt&lang=en&theme=dark",
        );
        let hash = s.frame_hash(EmbedView::Document);
        let (path, query) = hash.split_once('?').unwrap();
        assert_eq!(path, "#/embed/document");
        let back = EmbedSettings::from_query(EmbedView::Document, query);
        assert_eq!(back.src, s.src);
        assert_eq!(back.lang, s.lang);
        assert_eq!(back.theme, s.theme);
    }

    #[test]
    fn a_view_in_the_query_overrides_the_route() {
        let s = EmbedSettings::from_query(EmbedView::Document, "view=timeline");
        assert_eq!(s.view, EmbedView::Timeline);
    }

    #[test]
    fn the_last_value_of_a_repeated_key_wins() {
        let s = EmbedSettings::from_query(EmbedView::Stats, "lang=nl&lang=en");
        assert_eq!(s.lang.as_deref(), Some("en"));
    }
}
