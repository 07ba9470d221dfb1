//! Component tests in a real browser (wasm-bindgen-test in headless Chromium).
//! Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use kamervraag::app::components::file_list::FileList;
use kamervraag::app::root::Root;
use kamervraag::app::state::LoadedFile;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn file_list_shows_parsed_documents_and_failures() {
    let root = mount_point();
    let files = Rc::new(vec![
        Rc::new(LoadedFile::parse(
            "a.txt",
            b"Kamervraag 2020Z00001\n\nEen verzonnen titel\n\nIngediend 1 maart 2020\n",
        )),
        Rc::new(LoadedFile::parse("b.txt", b"")),
    ]);
    let props = yew::props!(kamervraag::app::components::file_list::FileListProps { files });
    yew::Renderer::<FileList>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let text = root.text_content().unwrap();
    assert!(text.contains("2020Z00001"), "{text}");
    assert!(text.contains("Een verzonnen titel"), "{text}");
    let error = root
        .query_selector(".kv-file--error")
        .unwrap()
        .expect("an error row");
    assert!(error.text_content().unwrap().contains("b.txt"));
}

#[wasm_bindgen_test]
async fn example_button_loads_the_example_document() {
    let root = mount_point();
    yew::Renderer::<Root>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("[data-testid=doc-id]")
        .unwrap()
        .is_none());

    let button = root.query_selector_all("button").unwrap();
    let example = (0..button.length())
        .filter_map(|i| button.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .contains("Voorbeeld laden")
        })
        .expect("a 'Voorbeeld laden' button");
    example.click();
    yew::scheduler::flush().await;

    let id = root
        .query_selector("[data-testid=doc-id]")
        .unwrap()
        .expect("the example is listed");
    assert_eq!(id.text_content().unwrap(), "2024Z99999");
}

#[wasm_bindgen_test]
fn language_codes_round_trip() {
    use kamervraag::app::i18n::{Lang, Msg};
    assert_eq!(Lang::from_code("en-GB"), Lang::En);
    assert_eq!(Lang::from_code("nl"), Lang::Nl);
    assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
    assert_eq!(Msg::LoadExample.text(Lang::Nl), "Voorbeeld laden");
    assert_eq!(Msg::LoadExample.text(Lang::En), "Load example");
}

// ---------------------------------------------------------------------------------
// Embedding (embed issue): the embedded viewer, the custom element's mount API and
// the JS API.
// ---------------------------------------------------------------------------------

const EMBED_TEXT: &str = "Kamervraag 2023Z40404\n\nEen verzonnen vraag over speeltuinen\n\nIngediend 2 oktober 2023\nIndiener Noor Schommel (PvdD)\n • Vraag 1\n  Hoeveel speeltuinen zijn er?\n\n  Veel.\n • Vraag 2\n  En glijbanen?\n";

fn embed_props(
    view: &str,
    lang: &str,
    text: &str,
) -> kamervraag::app::embed::viewer::EmbeddedViewerProps {
    use kamervraag::model::{EmbedSettings, EmbedView};
    kamervraag::app::embed::viewer::EmbeddedViewerProps {
        settings: EmbedSettings {
            view: EmbedView::from_name(view).unwrap(),
            lang: Some(lang.to_string()),
            ..EmbedSettings::default()
        },
        text: Some(Rc::from(text)),
    }
}

#[wasm_bindgen_test]
async fn embedded_viewer_shows_the_document_and_its_questions() {
    use kamervraag::app::embed::viewer::EmbeddedViewer;
    let root = mount_point();
    let mut app = yew::Renderer::<EmbeddedViewer>::with_root_and_props(
        root.clone(),
        embed_props("document", "nl", EMBED_TEXT),
    )
    .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Een verzonnen vraag over speeltuinen"),
        "{text}"
    );
    assert!(text.contains("Noor Schommel (PvdD)"), "{text}");
    assert_eq!(
        root.query_selector_all("[data-testid=question]")
            .unwrap()
            .length(),
        2
    );

    app.update(embed_props("questions", "en", EMBED_TEXT));
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Question 2"), "{text}");
    assert!(text.contains("No answer."), "{text}");
    assert!(!text.contains("Noor Schommel"), "{text}");

    app.destroy();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".kv-embed").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn embedded_viewer_shows_a_readable_error_for_a_bad_text_and_a_note_without_one() {
    use kamervraag::app::embed::viewer::EmbeddedViewer;
    let root = mount_point();
    yew::Renderer::<EmbeddedViewer>::with_root_and_props(
        root.clone(),
        embed_props("document", "nl", "geen kamervraag"),
    )
    .render();
    yew::scheduler::flush().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error box");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Dit document kon niet worden gelezen"));

    let empty = mount_point();
    yew::Renderer::<EmbeddedViewer>::with_root_and_props(
        empty.clone(),
        embed_props("stats", "en", "   "),
    )
    .render();
    yew::scheduler::flush().await;
    assert!(empty.text_content().unwrap().contains("No document"));
}

#[wasm_bindgen_test]
async fn mount_viewer_takes_the_element_options_and_destroys_on_request() {
    use kamervraag::app::embed::element::mount_viewer;
    let root = mount_point();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"text".into(), &EMBED_TEXT.into()).unwrap();
    js_sys::Reflect::set(&options, &"view".into(), &"questions".into()).unwrap();
    let mut handle = mount_viewer(root.clone(), options.clone().into()).unwrap();
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("Vraag 1"));

    js_sys::Reflect::set(&options, &"lang".into(), &"en".into()).unwrap();
    handle.update(options.into()).unwrap();
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("Question 1"));

    assert!(handle.mounted());
    handle.destroy();
    handle.destroy();
    yew::scheduler::flush().await;
    assert!(!handle.mounted());
    assert!(root.query_selector(".kv-embed").unwrap().is_none());
}

#[wasm_bindgen_test]
fn js_api_parse_gives_the_schema_object_or_throws_the_parser_message() {
    use kamervraag::app::js_api::{parse_text, version};
    let doc = parse_text(EMBED_TEXT, Some("speeltuinen.txt".into())).unwrap();
    let get = |key: &str| js_sys::Reflect::get(&doc, &key.into()).unwrap();
    assert_eq!(get("schema").as_string().unwrap(), "kamervraag/1");
    assert_eq!(get("id").as_string().unwrap(), "2023Z40404");
    assert_eq!(get("source").as_string().unwrap(), "speeltuinen.txt");
    assert_eq!(get("submitted").as_string().unwrap(), "2023-10-02");
    assert!(get("answered").is_null());
    assert!(parse_text("geen kamervraag", None).is_err());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
