//! The statistics view as one self-contained HTML file: the reference date, the
//! filter in words, the key figures, every chart as inline SVG with its table, and
//! the list of source files. No script, no external resource, so it opens offline in
//! any browser; the print style keeps every chart on one A4 page.

use crate::view::charts::image::xml_escape;

/// One chart of the report: its title, its standalone SVG and its table (headers
/// already in the report's language).
#[derive(Debug, Clone, PartialEq)]
pub struct ReportChart {
    /// The chart title.
    pub title: String,
    /// The standalone SVG.
    pub svg: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

/// Everything the report shows, worded in its language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportParts {
    /// The `lang` code, e.g. `nl`.
    pub lang: String,
    /// The report title.
    pub title: String,
    /// Lines under the title: the reference date, the filter in words, the count.
    pub lines: Vec<String>,
    /// Key figures: label and value.
    pub tiles: Vec<(String, String)>,
    /// The charts.
    pub charts: Vec<ReportChart>,
    /// The heading of the source list.
    pub sources_heading: String,
    /// Source file names.
    pub sources: Vec<String>,
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#111;background:#fff;max-width:60rem}\
h1{font-size:1.5rem}dl.tiles{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}dl.tiles div{min-width:8rem}\
dt{font-size:.85rem;color:#444}dd{margin:0;font-size:1.3rem;font-weight:600}\
section.chart{margin:2rem 0;break-inside:avoid;page-break-inside:avoid}\
section.chart svg{max-width:100%;height:auto;display:block}\
table{border-collapse:collapse;font-size:.85rem;margin-top:.5rem}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}\
@media print{body{margin:0;max-width:none}@page{size:A4;margin:15mm}section.chart svg{max-height:240mm}}";

/// The report as one HTML document.
///
/// ```
/// use kamervraag::view::report::{html_report, ReportChart, ReportParts};
/// let html = html_report(&ReportParts {
///     lang: "nl".into(),
///     title: "Statistieken".into(),
///     lines: vec!["Peildatum 31 december 2024".into(), "Filter: partij VVD".into()],
///     tiles: vec![("Documenten".into(), "12".into())],
///     charts: vec![ReportChart {
///         title: "Per jaar".into(), svg: "<svg></svg>".into(),
///         headers: vec!["groep".into()], rows: vec![vec!["2024 <b>".into()]],
///     }],
///     sources_heading: "Bronbestanden".into(),
///     sources: vec!["a.txt".into()],
/// });
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("<svg></svg>"));
/// assert!(html.contains("2024 &lt;b&gt;"));
/// assert!(html.contains("<li>a.txt</li>"));
/// assert!(!html.contains("<script"));
/// ```
pub fn html_report(parts: &ReportParts) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(&xml_escape(&parts.lang));
    out.push_str("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>");
    out.push_str(&xml_escape(&parts.title));
    out.push_str("</title><style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body><h1>");
    out.push_str(&xml_escape(&parts.title));
    out.push_str("</h1>");
    for line in &parts.lines {
        out.push_str("<p>");
        out.push_str(&xml_escape(line));
        out.push_str("</p>");
    }
    out.push_str("<dl class=\"tiles\">");
    for (label, value) in &parts.tiles {
        out.push_str("<div><dt>");
        out.push_str(&xml_escape(label));
        out.push_str("</dt><dd>");
        out.push_str(&xml_escape(value));
        out.push_str("</dd></div>");
    }
    out.push_str("</dl>");
    for chart in &parts.charts {
        out.push_str("<section class=\"chart\"><h2>");
        out.push_str(&xml_escape(&chart.title));
        out.push_str("</h2>");
        out.push_str(&chart.svg);
        out.push_str("<table><thead><tr>");
        for header in &chart.headers {
            out.push_str("<th scope=\"col\">");
            out.push_str(&xml_escape(header));
            out.push_str("</th>");
        }
        out.push_str("</tr></thead><tbody>");
        for row in &chart.rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str("<td>");
                out.push_str(&xml_escape(cell));
                out.push_str("</td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></section>");
    }
    out.push_str("<h2>");
    out.push_str(&xml_escape(&parts.sources_heading));
    out.push_str("</h2><ul>");
    for source in &parts.sources {
        out.push_str("<li>");
        out.push_str(&xml_escape(source));
        out.push_str("</li>");
    }
    out.push_str("</ul></body></html>\n");
    out
}
