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
