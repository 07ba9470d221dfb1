//! Downloads made in the browser: a Blob, an object URL and a temporary `<a download>`;
//! a chart on the page as a standalone SVG (its computed paint copied onto it) and as
//! a PNG drawn from that SVG on a canvas at twice its size.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `file_name` with this MIME type.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("download failed: {what}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let clicked = click_download(&url, file_name).map_err(|what| fail(&what));
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}

/// The SVG presentation attributes copied from the computed style of every element
/// of a chart, so the image keeps the page's theme without its style sheets.
const PAINT_PROPERTIES: [&str; 14] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "font-size",
    "font-family",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
    "visibility",
    "display",
];

/// A chart drawn on the page, serialized with its computed colours and fonts.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnChart {
    /// The SVG text (with `width` and `height` in pixels).
    pub svg: String,
    /// Width on the page in CSS pixels.
    pub width: f64,
    /// Height on the page in CSS pixels.
    pub height: f64,
    /// The page's background colour.
    pub background: String,
    /// The page's text colour.
    pub foreground: String,
    /// The page's font family.
    pub font_family: String,
}

/// The first `<svg>` inside the element with id `container_id`, with the computed
/// paint of every element written as presentation attributes.
pub fn drawn_chart(container_id: &str) -> Result<DrawnChart, String> {
    let fail = |what: &str| format!("chart image failed: {what}");
    let window = web_sys::window().ok_or_else(|| fail("window"))?;
    let document = window.document().ok_or_else(|| fail("document"))?;
    let svg = document
        .query_selector(&format!("#{container_id} svg"))
        .ok()
        .flatten()
        .ok_or_else(|| fail("no chart"))?;
    let rect = svg.get_bounding_client_rect();
    let copy = svg
        .clone_node_with_deep(true)
        .map_err(|_| fail("copy"))?
        .dyn_into::<web_sys::Element>()
        .map_err(|_| fail("copy"))?;
    let originals = svg.query_selector_all("*").map_err(|_| fail("elements"))?;
    let copies = copy.query_selector_all("*").map_err(|_| fail("elements"))?;
    let paint = |from: &web_sys::Element, to: &web_sys::Element| {
        if let Ok(Some(style)) = window.get_computed_style(from) {
            for property in PAINT_PROPERTIES {
                if let Ok(value) = style.get_property_value(property) {
                    if !value.is_empty() {
                        let _ = to.set_attribute(property, &value);
                    }
                }
            }
        }
    };
    paint(&svg, &copy);
    for index in 0..originals.length().min(copies.length()) {
        let pair = (originals.item(index), copies.item(index));
        if let (Some(from), Some(to)) = pair {
            if let (Ok(from), Ok(to)) = (
                from.dyn_into::<web_sys::Element>(),
                to.dyn_into::<web_sys::Element>(),
            ) {
                paint(&from, &to);
            }
        }
    }
    let _ = copy.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    let _ = copy.set_attribute("width", &rect.width().to_string());
    let _ = copy.set_attribute("height", &rect.height().to_string());
    let _ = copy.remove_attribute("class");
    let text = web_sys::XmlSerializer::new()
        .and_then(|s| s.serialize_to_string(&copy))
        .map_err(|_| fail("serialize"))?;
    let body_style = document
        .body()
        .and_then(|body| window.get_computed_style(&body).ok().flatten());
    let body = |property: &str, fallback: &str| {
        body_style
            .as_ref()
            .and_then(|s| s.get_property_value(property).ok())
            .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)")
            .unwrap_or_else(|| fallback.to_string())
    };
    Ok(DrawnChart {
        svg: text,
        width: rect.width(),
        height: rect.height(),
        background: body("background-color", "#ffffff"),
        foreground: body("color", "#000000"),
        font_family: body("font-family", "sans-serif"),
    })
}

/// Offers `svg` (a standalone SVG of `width` × `height` CSS pixels) as a PNG file
/// drawn at twice that size.
pub async fn download_png(
    file_name: &str,
    svg: &str,
    width: f64,
    height: f64,
) -> Result<(), String> {
    let fail = |what: &str| format!("PNG download failed: {what}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| fail("image"))?;
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    image.set_src(&source);
    wasm_bindgen_futures::JsFuture::from(image.decode())
        .await
        .map_err(|_| fail("decode"))?;
    let canvas = document
        .create_element("canvas")
        .map_err(|_| fail("canvas"))?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| fail("canvas"))?;
    canvas.set_width((width * 2.0).round() as u32);
    canvas.set_height((height * 2.0).round() as u32);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or_else(|| fail("context"))?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            width * 2.0,
            height * 2.0,
        )
        .map_err(|_| fail("draw"))?;
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| fail("encode"))?;
    click_download(&url, file_name).map_err(|_| fail("anchor"))
}

/// Clicks a temporary `<a download>` for `url`.
fn click_download(url: &str, file_name: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("document")?;
    let anchor = document
        .create_element("a")
        .map_err(|_| "anchor")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "anchor")?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.set_class_name("kv-visually-hidden");
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        let _ = body.remove_child(&anchor);
    }
    Ok(())
}
