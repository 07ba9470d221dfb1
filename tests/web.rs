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

// --- app: library table, highlighting, status badges (app engineer) ---

use kamervraag::app::components::highlighted::{Highlighted, HighlightedProps};
use kamervraag::app::components::library_table::{LibraryTable, LibraryTableProps};
use kamervraag::app::components::status_badge::{StatusBadge, StatusBadgeProps};
use kamervraag::app::selection::Shared;
use kamervraag::model::{Date, Kamervraag, Library, LibraryFilter, SearchQuery};
use kamervraag::stats::Status;

#[wasm_bindgen_test]
async fn highlighted_marks_matches_without_html() {
    let root = mount_point();
    let props = yew::props!(HighlightedProps {
        text: "Het <b>Café</b> in Zürich",
        query: SearchQuery::parse("cafe zurich"),
    });
    yew::Renderer::<Highlighted>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let marks = root.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 2);
    assert_eq!(marks.item(0).unwrap().text_content().unwrap(), "Café");
    assert!(
        root.query_selector("b").unwrap().is_none(),
        "text is never HTML"
    );
    assert_eq!(root.text_content().unwrap(), "Het <b>Café</b> in Zürich");
}

#[wasm_bindgen_test]
async fn status_badge_has_a_word_and_a_shape() {
    let root = mount_point();
    let props = yew::props!(StatusBadgeProps {
        status: Status::Overdue
    });
    yew::Renderer::<StatusBadge>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("over termijn"), "{text}");
    assert!(text.contains('▲'), "{text}");
}

#[wasm_bindgen_test]
async fn library_table_renders_only_a_window_of_rows() {
    let root = mount_point();
    let today = Date::from_ymd(2025, 1, 1).unwrap();
    let mut library = Library::new();
    for i in 0..2000 {
        library.admit(
            Kamervraag {
                id: Some(format!("2024Z{i:05}")),
                title: Some(format!("Verzonnen titel {i}")),
                submitted: Date::from_ymd(2024, 1, 1).map(|d| d.add_days(i % 300)),
                ..Kamervraag::default()
            },
            today,
        );
    }
    let entries = Shared(Rc::new(library.select(&LibraryFilter::default())));
    let props = yew::props!(LibraryTableProps {
        entries,
        filter: LibraryFilter::default(),
        on_sort: yew::Callback::noop(),
    });
    yew::Renderer::<LibraryTable>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let rows = root
        .query_selector_all("[data-testid=library-row]")
        .unwrap()
        .length();
    assert!(rows > 0 && rows < 120, "rows in the DOM: {rows}");
    let table = root.query_selector("[role=table]").unwrap().unwrap();
    assert_eq!(
        table.get_attribute("aria-rowcount").as_deref(),
        Some("2001")
    );
}
