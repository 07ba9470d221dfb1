//! The one URL query codec of the app: percent-encoding and decoding of query values,
//! splitting a query into pairs, and the two URL checks the app makes on untrusted
//! text — whether a document link may be shown as a link, and whether an embed `src`
//! may be fetched.

use std::fmt::Write as _;

/// Percent-encodes a URL query value: every byte except `A-Z a-z 0-9 - . _ ~`.
///
/// ```
/// use kamervraag::view::url::{percent_decode, percent_encode};
/// assert_eq!(percent_encode("café bar"), "caf%C3%A9%20bar");
/// assert_eq!(percent_decode(&percent_encode("a&b=c")), "a&b=c");
/// ```
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The target of a link taken from document text (`Bron vraag`, `Bron antwoord`), when
/// it may be shown as a link: an absolute `http://` or `https://` URL, whatever its
/// case, with surrounding blanks removed. Anything else — `javascript:`, `data:`,
/// `vbscript:`, a protocol-relative `//host`, a URL with control characters or blanks
/// inside — stays plain text.
///
/// ```
/// use kamervraag::view::url::web_link;
/// assert_eq!(web_link(" HTTPS://www.tweedekamer.nl/x "), Some("HTTPS://www.tweedekamer.nl/x"));
/// assert_eq!(web_link("javascript:alert(1)"), None);
/// assert_eq!(web_link("//evil.example/x"), None);
/// ```
pub fn web_link(url: &str) -> Option<&str> {
    let url = url.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let scheme_end = url.find("://")?;
    let scheme = &url[..scheme_end];
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host_present = url.len() > scheme_end + 3;
    let clean = !url.chars().any(|c| c.is_control() || c.is_whitespace());
    (web && host_present && clean).then_some(url)
}

/// Where a URL given as a document source leads, read as a browser reads it: a URL
/// parser drops tabs and line breaks anywhere and leading/trailing spaces and control
/// characters, and takes `\\` for `/` in web URLs, so `//host/x`, `\\host\x` and
/// `/\host` are other hosts (scheme-relative), not paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlTarget {
    /// A path on the page's own origin (`docs/a.txt`, `/a.txt`, `./a.txt?t=1`).
    SameOrigin,
    /// An absolute `http://` / `https://` URL: another origin unless the browser
    /// finds it equal to the page's.
    WebUrl,
    /// A scheme-relative URL (`//host/x`, `\\host\x`): another host.
    OtherHost,
    /// Empty, or another scheme (`javascript:`, `data:`, `file:` …).
    Refused,
}

impl UrlTarget {
    /// Classifies `url`.
    ///
    /// ```
    /// use kamervraag::view::url::UrlTarget;
    /// assert_eq!(UrlTarget::of("docs/a.txt"), UrlTarget::SameOrigin);
    /// assert_eq!(UrlTarget::of("https://example.org/a.txt"), UrlTarget::WebUrl);
    /// assert_eq!(UrlTarget::of("//evil.example/x"), UrlTarget::OtherHost);
    /// assert_eq!(UrlTarget::of("\\\\evil.example\\x"), UrlTarget::OtherHost);
    /// assert_eq!(UrlTarget::of("javascript:alert(1)"), UrlTarget::Refused);
    /// ```
    pub fn of(url: &str) -> UrlTarget {
        let cleaned: String = url
            .trim_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        if cleaned.is_empty() {
            return UrlTarget::Refused;
        }
        let lower = cleaned.to_ascii_lowercase();
        if lower.starts_with("http:") || lower.starts_with("https:") {
            // `http:x` and `https:/x` are as good as `http://x` to a browser; require
            // the two slashes (either way round) and a host.
            let rest = &cleaned[cleaned.find(':').map_or(0, |i| i + 1)..];
            let slashes = rest.chars().take_while(|c| *c == '/' || *c == '\\').count();
            return if slashes >= 2 && rest.len() > slashes {
                UrlTarget::WebUrl
            } else {
                UrlTarget::Refused
            };
        }
        let mut start = cleaned.chars();
        if matches!(
            (start.next(), start.next()),
            (Some('/' | '\\'), Some('/' | '\\'))
        ) {
            return UrlTarget::OtherHost;
        }
        // Relative: no scheme before the first '/', '\\', '?' or '#'.
        let head = cleaned.split(['/', '\\', '?', '#']).next().unwrap_or("");
        if head.contains(':') {
            UrlTarget::Refused
        } else {
            UrlTarget::SameOrigin
        }
    }
}

/// Whether `url` may be fetched as a document source by an embedded element: a path
/// on the page's origin or an absolute `http://` / `https://` URL (which the host
/// then serves with CORS). Scheme-relative URLs (`//host/x`, `\\host\x`) and other
/// schemes (`javascript:`, `data:`, `file:` …) are refused.
///
/// ```
/// use kamervraag::view::url::is_fetchable_url;
/// assert!(is_fetchable_url("docs/2024Z00001.txt"));
/// assert!(is_fetchable_url("https://example.org/a.txt"));
/// assert!(!is_fetchable_url("//evil.example/a.txt"));
/// assert!(!is_fetchable_url("javascript:alert(1)"));
/// assert!(!is_fetchable_url(""));
/// ```
pub fn is_fetchable_url(url: &str) -> bool {
    matches!(
        UrlTarget::of(url),
        UrlTarget::SameOrigin | UrlTarget::WebUrl
    )
}

/// Whether `url` is a path on the page's own origin: the only document sources of
/// the iframe mode, whose page allows `connect-src 'self'` alone.
///
/// ```
/// use kamervraag::view::url::is_same_origin_url;
/// assert!(is_same_origin_url("docs/2024Z00001.txt"));
/// assert!(!is_same_origin_url("https://example.org/a.txt"));
/// assert!(!is_same_origin_url("\\\\evil.example\\a.txt"));
/// ```
pub fn is_same_origin_url(url: &str) -> bool {
    UrlTarget::of(url) == UrlTarget::SameOrigin
}

/// Splits a URL query into decoded key/value pairs (`+` is a space, `%XX` escapes are
/// decoded, a leading `?` is skipped, empty pieces are dropped).
///
/// ```
/// use kamervraag::view::url::query_pairs;
/// assert_eq!(
///     query_pairs("?a=1&b=x+y%21&&c"),
///     vec![("a".into(), "1".into()), ("b".into(), "x y!".into()), ("c".into(), "".into())]
/// );
/// ```
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` (space) of a query component. Invalid escapes are
/// kept as written; bytes that are not UTF-8 become U+FFFD.
///
/// ```
/// use kamervraag::view::url::percent_decode;
/// assert_eq!(percent_decode("caf%C3%A9+au+lait"), "café au lait");
/// assert_eq!(percent_decode("100%"), "100%");
/// assert_eq!(percent_decode("%zz"), "%zz");
/// ```
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let high = bytes.get(i + 1).and_then(|b| hex_value(*b));
                let low = bytes.get(i + 2).and_then(|b| hex_value(*b));
                match (high, low) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_round_trip() {
        for s in [
            "",
            "a b&c=d",
            "Ëlla's ‘quote’ 100%",
            "%",
            "+",
            "日本",
            "(Lid-Haga)",
        ] {
            assert_eq!(percent_decode(&percent_encode(s)), s);
        }
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%e9"), "\u{fffd}");
    }

    #[test]
    fn relative_urls_with_colons_after_the_path_start_are_fetchable() {
        assert!(is_fetchable_url("./a.txt?t=12:00"));
        assert!(is_fetchable_url("/docs/a:b.txt"));
        assert!(!is_fetchable_url("data:text/plain,Kamervraag"));
        assert!(!is_fetchable_url("FILE:///etc/passwd"));
    }

    #[test]
    fn scheme_relative_urls_are_other_hosts_however_spelled() {
        for other in [
            "//evil.example/x",
            "\\\\evil.example\\x",
            "/\\evil.example/x",
            "\\/evil.example/x",
            " //evil.example/x",
            "/\t/evil.example/x",
            "\u{1}//evil.example",
        ] {
            assert_eq!(UrlTarget::of(other), UrlTarget::OtherHost, "{other:?}");
            assert!(!is_fetchable_url(other), "{other:?}");
            assert!(!is_same_origin_url(other), "{other:?}");
        }
        for refused in [
            "http:evil.example",
            "https:/",
            "java\tscript:alert(1)",
            " \t",
        ] {
            assert_eq!(UrlTarget::of(refused), UrlTarget::Refused, "{refused:?}");
        }
        assert_eq!(UrlTarget::of("HTTPS://a.example/x"), UrlTarget::WebUrl);
        assert!(is_fetchable_url("https://a.example/x"));
        assert!(!is_same_origin_url("https://a.example/x"));
        assert!(is_same_origin_url("/docs/a.txt"));
        assert!(is_same_origin_url("a\\b.txt"));
    }

    #[test]
    fn percent_decoding_never_panics_on_truncated_escapes() {
        for text in ["%", "%4", "%4g", "a%", "%%%", "%C3", "%E2%82"] {
            let _ = percent_decode(text);
        }
        assert_eq!(percent_decode("%C3"), "\u{FFFD}");
    }

    #[test]
    fn only_web_links_become_links() {
        assert_eq!(web_link("http://a.example/b"), Some("http://a.example/b"));
        assert_eq!(web_link("HtTpS://a.example"), Some("HtTpS://a.example"));
        assert_eq!(
            web_link("\t\n https://a.example/x \r"),
            Some("https://a.example/x")
        );
        assert_eq!(
            web_link("\u{1}https://a.example"),
            Some("https://a.example")
        );
        for refused in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{0}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "https://",
            "java\tscript:alert(1)",
            "https://a.example/\u{7}x",
            "https://a.example/ x",
            "ftp://a.example/x",
            "",
        ] {
            assert_eq!(web_link(refused), None, "{refused:?}");
        }
    }
}
