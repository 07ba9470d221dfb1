//! A chart as an image that stands on its own: the chart's SVG framed with its title,
//! a line with the reference date and the number of documents, and the credit
//! "Kamervraag Viewer", on the theme's background — the SVG download, and the source
//! the PNG download is drawn from.

use std::fmt::Write as _;

/// The words and colours around a chart image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageFrame {
    /// The chart title.
    pub title: String,
    /// The line under it, e.g. `Peildatum 31 december 2024 · 120 documenten`.
    pub subtitle: String,
    /// Background colour (any CSS colour).
    pub background: String,
    /// Text colour.
    pub foreground: String,
    /// Font family list.
    pub font_family: String,
}

/// The credit in every image.
pub const CREDIT: &str = "Kamervraag Viewer";

/// Height of the title block above the chart, in pixels.
const HEADER: f64 = 64.0;
/// Height of the credit line below the chart.
const FOOTER: f64 = 28.0;
/// Margin left and right of the chart.
const MARGIN: f64 = 16.0;

/// Escapes text for XML content and attribute values.
///
/// ```
/// use kamervraag::view::charts::image::xml_escape;
/// assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
/// ```
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The chart's serialized SVG (`chart_svg`, drawn `width` × `height` pixels) inside
/// a standalone SVG with the frame's title, subtitle and credit. Returns the SVG text
/// and its width and height in pixels.
///
/// ```
/// use kamervraag::view::charts::image::{framed_svg, ImageFrame};
/// let frame = ImageFrame {
///     title: "Antwoordtijd <per> ministerie".into(),
///     subtitle: "Peildatum 31 december 2024 · 12 documenten".into(),
///     background: "#ffffff".into(), foreground: "#111111".into(),
///     font_family: "sans-serif".into(),
/// };
/// let (svg, width, height) = framed_svg("<svg viewBox=\"0 0 10 10\"></svg>", 400.0, 300.0, &frame);
/// assert_eq!((width, height), (432.0, 392.0));
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.contains("Antwoordtijd &lt;per&gt; ministerie"));
/// assert!(svg.contains("Peildatum 31 december 2024"));
/// assert!(svg.contains(">Kamervraag Viewer</text>"));
/// ```
pub fn framed_svg(
    chart_svg: &str,
    width: f64,
    height: f64,
    frame: &ImageFrame,
) -> (String, f64, f64) {
    let total_width = (width + 2.0 * MARGIN).ceil();
    let total_height = (height + HEADER + FOOTER).ceil();
    let font = xml_escape(&frame.font_family);
    let fg = xml_escape(&frame.foreground);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total_width}\" height=\"{total_height}\" \
viewBox=\"0 0 {total_width} {total_height}\" font-family=\"{font}\">\
<rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>\
<text x=\"{MARGIN}\" y=\"28\" font-size=\"18\" font-weight=\"600\" fill=\"{fg}\">{title}</text>\
<text x=\"{MARGIN}\" y=\"50\" font-size=\"13\" fill=\"{fg}\">{subtitle}</text>\
<g transform=\"translate({MARGIN},{HEADER})\">{chart_svg}</g>\
<text x=\"{credit_x}\" y=\"{credit_y}\" font-size=\"12\" text-anchor=\"end\" fill=\"{fg}\">{CREDIT}</text></svg>",
        bg = xml_escape(&frame.background),
        title = xml_escape(&frame.title),
        subtitle = xml_escape(&frame.subtitle),
        credit_x = total_width - MARGIN,
        credit_y = total_height - 10.0,
    );
    (out, total_width, total_height)
}

/// `name` with its extension replaced by `extension` (added when it has none).
///
/// ```
/// use kamervraag::view::charts::image::with_extension;
/// assert_eq!(with_extension("kamervragen-per-jaar.csv", "png"), "kamervragen-per-jaar.png");
/// assert_eq!(with_extension("grafiek", "svg"), "grafiek.svg");
/// ```
pub fn with_extension(name: &str, extension: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    format!("{stem}.{extension}")
}
