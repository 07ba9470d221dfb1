//! Every user-visible text of the app, in Dutch (default) and English.
//!
//! Each message is one line of a table: its name, its named and typed arguments, and
//! its text in both languages with `{argument}` placeholders. The tables live per area
//! (`shell`, `library`, `document`, `charts`, `embed`, `reports`, and `labels` for the words of
//! domain values) and become one enum [`Msg`]. A message used with a missing, misspelt
//! or badly typed argument does not compile, and neither does a text that names an
//! argument the message does not have or leaves one of its arguments out.
//! Components get the language with [`use_lang`]; the language is a value, not a
//! global, so several viewers with their own `lang` can share a page.

use std::borrow::Cow;
use yew::prelude::*;

/// Builds [`Msg`] from the lines `Name { argument: Type, … } => nl: "…", en: "…";`
/// (the braces only for messages with arguments).
macro_rules! messages {
    (@word $lang:ident, $nl:literal, $en:literal) => {{
        const _: () = assert!(
            without_placeholder($nl) && without_placeholder($en),
            "a message with a placeholder declares its arguments"
        );
        Cow::Borrowed(match $lang {
            Lang::Nl => $nl,
            Lang::En => $en,
        })
    }};
    (@word $lang:ident, $nl:literal, $en:literal; $($arg:ident),+) => {
        Cow::Owned(match $lang {
            Lang::Nl => format!($nl, $($arg = $arg),+),
            Lang::En => format!($en, $($arg = $arg),+),
        })
    };
    ($( $name:ident $({ $($arg:ident: $ty:ty),+ $(,)? })? => nl: $nl:literal, en: $en:literal; )*) => {
        /// A user-visible text with its arguments; [`Msg::text`] words it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg<'a> {
            $(
                #[doc = concat!("nl: “", $nl, "”, en: “", $en, "”")]
                $name $({ $($arg: $ty),+ })?,
            )*
        }

        impl Msg<'_> {
            /// The text of this message in `lang`, with its arguments filled in.
            pub fn text(self, lang: Lang) -> Cow<'static, str> {
                match self {
                    $( Msg::$name $({ $($arg),+ })? => messages!(@word lang, $nl, $en $(; $($arg),+)?), )*
                }
            }
        }
    };
}

/// Whether `text` has no `{`, so that a message without arguments cannot carry a
/// placeholder that would be shown as it is.
const fn without_placeholder(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            return false;
        }
        i += 1;
    }
    true
}

/// Passes the tables of the areas named after the brackets on, one by one, collecting
/// their lines in the brackets, and builds [`Msg`] from all of them.
macro_rules! collect_messages {
    ([$($table:tt)*]) => {
        messages! { $($table)* }
    };
    ([$($table:tt)*] $area:ident $($rest:ident)*) => {
        $area! { collect_messages [$($table)*] $($rest)* }
    };
}

#[macro_use]
mod charts;
#[macro_use]
mod document;
#[macro_use]
mod embed;
#[macro_use]
pub mod labels;
#[macro_use]
mod library;
#[macro_use]
mod shell;
#[macro_use]
mod reports;

collect_messages! { [] shell_messages library_messages document_messages charts_messages embed_messages label_messages reports_messages }

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for `lang` attributes and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `nl` or `en-GB`; unknown codes give Dutch.
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

/// A date in words: `8 januari 2024` or `8 January 2024`.
pub fn long_date(date: crate::model::Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Nl => date.to_dutch(),
        Lang::En => {
            let month = EN
                .get(date.month().saturating_sub(1) as usize)
                .copied()
                .unwrap_or("?");
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

/// The current language from the context (Dutch when none is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
