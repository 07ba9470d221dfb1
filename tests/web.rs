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
    let files = kamervraag::app::selection::Shared(Rc::new(vec![
        Rc::new(LoadedFile::parse(
            "a.txt",
            b"Kamervraag 2020Z00001\n\nEen verzonnen titel\n\nIngediend 1 maart 2020\n",
        )),
        Rc::new(LoadedFile::parse("b.txt", b"")),
    ]));
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
    // Other tests may have navigated; the app starts at its home route.
    web_sys::window().unwrap().location().set_hash("/").unwrap();
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
fn failures_are_worded_in_the_ui_language() {
    use kamervraag::app::i18n::Lang;
    use kamervraag::app::state::Failure;
    use kamervraag::parse::Found;
    let reason = LoadedFile::parse("leeg.txt", b"").outcome.unwrap_err();
    assert_eq!(reason, Failure::NotAKamervraag(Found::Empty));
    let nl = reason.text(Lang::Nl);
    assert!(
        nl.starts_with("geen Kamervraag") && nl.ends_with("een leeg bestand"),
        "{nl}"
    );
    let en = reason.text(Lang::En);
    assert!(
        en.starts_with("not a Kamervraag") && en.ends_with("an empty file"),
        "{en}"
    );
    let other = LoadedFile::parse("x.txt", b"Hallo wereld")
        .outcome
        .unwrap_err();
    assert!(other
        .text(Lang::Nl)
        .ends_with("beginnend met \"Hallo wereld\""));
}

#[wasm_bindgen_test]
fn parser_diagnostics_are_worded_in_the_ui_language() {
    use kamervraag::app::i18n::labels::diagnostic_text;
    use kamervraag::app::i18n::Lang;
    use kamervraag::model::{Diagnostic, DiagnosticKind, Severity};
    let doc = kamervraag::parse::parse(
        "Kamervraag 2023Z40405\n\nEen verzonnen vraag over bruggen\n\nIndiener Noor Schommel (PvdD)\n • Vraag 1\n  Hoeveel bruggen zijn er?\n".as_bytes(),
    )
    .unwrap();
    let missing = doc
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::SubmittedMissing)
        .expect("a diagnostic for the missing Ingediend line");
    assert_eq!(
        diagnostic_text(missing, Lang::Nl),
        "geen regel 'Ingediend': de datum van indiening is onbekend"
    );
    assert_eq!(diagnostic_text(missing, Lang::En), missing.message);
    let mismatch = Diagnostic {
        severity: Severity::Warning,
        line: Some(6),
        message: "stated delay differs".to_string(),
        kind: DiagnosticKind::DelayMismatch {
            stated: 60,
            computed: 64,
        },
    };
    assert_eq!(
        diagnostic_text(&mismatch, Lang::Nl),
        "vermelde vertraging (na 60 dagen) wijkt af van de 64 dagen tussen Ingediend en Beantwoord"
    );
    let stored_without_kind = Diagnostic {
        kind: DiagnosticKind::Other,
        ..mismatch
    };
    assert_eq!(
        diagnostic_text(&stored_without_kind, Lang::Nl),
        "stated delay differs"
    );
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
// Embedding: the embedded viewer, the custom element's mount API and
// the JS API.
// ---------------------------------------------------------------------------------

const EMBED_TEXT: &str = "Kamervraag 2023Z40404\n\nEen verzonnen vraag over speeltuinen\n\nIngediend 2 oktober 2023\nIndiener Noor Schommel (PvdD)\n • Vraag 1\n  Hoeveel speeltuinen zijn er?\n\n  Veel.\n • Vraag 2\n  En glijbanen?\n";

fn embed_props(
    view: &str,
    lang: &str,
    text: &str,
) -> kamervraag::app::embed::viewer::EmbeddedViewerProps {
    use kamervraag::view::embed::{EmbedSettings, EmbedView};
    kamervraag::app::embed::viewer::EmbeddedViewerProps {
        settings: EmbedSettings {
            view: EmbedView::from_name(view).unwrap(),
            lang: Some(lang.to_string()),
            ..EmbedSettings::default()
        },
        text: Some(Rc::from(text)),
        in_frame: false,
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
async fn embedded_document_uses_the_app_rules_for_dates_and_links() {
    use kamervraag::app::embed::viewer::EmbeddedViewer;
    let text = EMBED_TEXT.replace(
        "Indiener Noor Schommel (PvdD)\n",
        "Indiener Noor Schommel (PvdD)\nBron vraag  HTTPS://zoek.example/kv-tk-2023Z40404.html\nBron antwoord JavaScript:alert(1)\n",
    );
    let root = mount_point();
    yew::Renderer::<EmbeddedViewer>::with_root_and_props(
        root.clone(),
        embed_props("document", "nl", &text),
    )
    .render();
    yew::scheduler::flush().await;
    let content = root.text_content().unwrap();
    assert!(content.contains("2 oktober 2023"), "{content}");
    assert!(!content.contains("2023-10-02"), "{content}");
    let links = root.query_selector_all(".kv-links a").unwrap();
    assert_eq!(links.length(), 1);
    let link: web_sys::Element = links.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("HTTPS://zoek.example/kv-tk-2023Z40404.html")
    );
    assert!(root
        .query_selector("a[href^='JavaScript']")
        .unwrap()
        .is_none());
    assert_eq!(
        root.query_selector_all("[data-testid=question]")
            .unwrap()
            .length(),
        2
    );
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

// --- app: library table, highlighting, status badges (app engineer) ---

use kamervraag::app::components::highlighted::{Highlighted, HighlightedProps};
use kamervraag::app::components::library_table::{LibraryTable, LibraryTableProps};
use kamervraag::app::components::status_badge::{StatusBadge, StatusBadgeProps};
use kamervraag::app::selection::Shared;
use kamervraag::model::{Date, Kamervraag};
use kamervraag::stats::Status;
use kamervraag::view::library::{Library, LibraryFilter, SearchQuery};

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

// --- statistics and timeline (charts) ---

mod charts {
    use super::mount_point;
    use kamervraag::app::i18n::{Lang, Msg};
    use kamervraag::app::pages::stats::{StatsPage, StatsPageProps};
    use kamervraag::app::pages::timeline::TimelinePage;
    use kamervraag::app::selection::Shared;
    use kamervraag::model::{Date, Kamervraag, Notice};
    use kamervraag::view::library::LibraryEntry;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{Element, HtmlElement};
    use yew::prelude::*;
    use yew_router::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    /// Four invented documents: on time (10 days), late (50 days), answered after a
    /// postponement (30 days), and one still unanswered and overdue.
    fn documents() -> Rc<Vec<Rc<Kamervraag>>> {
        let doc = |id: &str, submitted: Date, answered: Option<Date>| Kamervraag {
            id: Some(id.to_string()),
            submitted: Some(submitted),
            answered,
            ..Kamervraag::default()
        };
        let mut postponed = doc("2022Z90003", day(2022, 3, 1), Some(day(2022, 3, 31)));
        postponed.notices.push(Notice {
            date: Some(day(2022, 3, 20)),
            text: "Uitstel".into(),
        });
        Rc::new(vec![
            Rc::new(doc("2022Z90001", day(2022, 1, 3), Some(day(2022, 1, 13)))),
            Rc::new(doc("2023Z90002", day(2023, 2, 1), Some(day(2023, 3, 23)))),
            Rc::new(postponed),
            Rc::new(doc("2023Z90004", day(2023, 11, 1), None)),
        ])
    }

    fn reference() -> Date {
        day(2024, 1, 1)
    }

    /// The four documents as library entries (keyed by vraagnummer) with their facts.
    fn entries() -> Shared<Vec<Rc<LibraryEntry>>> {
        let entries = documents()
            .iter()
            .map(|doc| {
                let key = doc.id.clone().unwrap_or_default();
                Rc::new(LibraryEntry::new(key, doc.clone(), reference()))
            })
            .collect();
        Shared(Rc::new(entries))
    }

    fn text_of(root: &Element, selector: &str) -> String {
        root.query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    async fn mount_stats() -> Element {
        let root = mount_point();
        let props = yew::props!(StatsPageProps {
            entries: entries(),
            reference: reference(),
        });
        yew::Renderer::<StatsPage>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        root
    }

    #[wasm_bindgen_test]
    async fn stats_tiles_show_the_core_figures() {
        let root = mount_stats().await;
        let tile = |name: &str| text_of(&root, &format!("[data-tile={name}] dd"));
        assert_eq!(tile("documents"), "4");
        assert_eq!(tile("answered"), "3");
        // Delays 10, 30 and 50 days: median 30.
        assert_eq!(tile("median_delay_days"), "30");
        // 1 on time of 4 with a known outcome (3 answered + 1 overdue).
        assert_eq!(tile("on_time_percent"), "25%");
        assert_eq!(tile("on_time_with_postponement_percent"), "50%");
        assert_eq!(tile("open"), "0");
        assert_eq!(tile("overdue"), "1");
    }

    #[wasm_bindgen_test]
    async fn histogram_has_weekly_bins_and_both_marks() {
        let root = mount_stats().await;
        let bins = root
            .query_selector_all("#kv-chart-histogram .kv-histogram__bin")
            .unwrap();
        assert_eq!(bins.length(), 13);
        let counts: Vec<String> = (0..bins.length())
            .filter_map(|i| bins.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .map(|e| e.get_attribute("data-count").unwrap_or_default())
            .collect();
        // 10 days in 7-13, 30 days in 28-34, 50 days in 49-55.
        assert_eq!(counts[1], "1");
        assert_eq!(counts[4], "1");
        assert_eq!(counts[7], "1");
        assert_eq!(counts.iter().filter(|c| *c == "0").count(), 10);
        let marks = root
            .query_selector_all("#kv-chart-histogram .kv-mark")
            .unwrap();
        assert_eq!(marks.length(), 2);
        let svg = root
            .query_selector("#kv-chart-histogram svg")
            .unwrap()
            .unwrap();
        assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
        assert!(svg.get_attribute("aria-label").is_some());
    }

    #[wasm_bindgen_test]
    async fn table_view_opens_with_the_same_numbers() {
        let root = mount_stats().await;
        assert!(root
            .query_selector("#kv-chart-year table")
            .unwrap()
            .is_none());
        let summary: HtmlElement = root
            .query_selector("#kv-chart-year summary")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        summary.click();
        yew::scheduler::flush().await;
        let rows = root
            .query_selector_all("#kv-chart-year table tbody tr")
            .unwrap();
        assert_eq!(rows.length(), 2);
        let first = rows.item(0).unwrap().text_content().unwrap();
        // Year 2022 first (chronological): 2 documents, 2 answered, median 20 days.
        assert!(first.starts_with("202222"), "{first}");
        let header = text_of(&root, "#kv-chart-year thead");
        assert!(header.contains("Mediane antwoordtijd"), "{header}");
        let bars = root
            .query_selector_all("#kv-chart-year .kv-group-bars__row")
            .unwrap();
        assert_eq!(bars.length(), 2);
    }

    #[derive(Properties, PartialEq)]
    struct RoutedProps {
        entries: Shared<Vec<Rc<LibraryEntry>>>,
    }

    #[function_component(RoutedTimeline)]
    fn routed_timeline(props: &RoutedProps) -> Html {
        html! {
            <HashRouter>
                <TimelinePage entries={props.entries.clone()} reference={reference()} />
            </HashRouter>
        }
    }

    #[wasm_bindgen_test]
    async fn timeline_draws_a_bar_per_document_and_a_click_opens_it() {
        let root = mount_point();
        let props = yew::props!(RoutedProps { entries: entries() });
        yew::Renderer::<RoutedTimeline>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        let bars = root.query_selector_all("a.kv-bar-link").unwrap();
        assert_eq!(bars.length(), 4);
        let overdue = root
            .query_selector("a.kv-bar-link[href='#/doc/2023Z90004']")
            .unwrap()
            .expect("a link to the overdue document");
        let label = overdue.get_attribute("aria-label").unwrap_or_default();
        assert!(label.contains("nog open op 2024-01-01"), "{label}");
        let overdue_words = Msg::StatusOverdue.text(Lang::Nl);
        assert!(label.contains(overdue_words.as_ref()), "{label}");

        // Zoom to 2022: only the two documents of 2022 remain.
        let from: web_sys::HtmlSelectElement = root
            .query_selector("[data-testid=zoom-to]")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        from.set_value("2022");
        from.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        yew::scheduler::flush().await;
        assert_eq!(
            root.query_selector_all("a.kv-bar-link").unwrap().length(),
            2
        );

        let link: web_sys::Element = root
            .query_selector("a.kv-bar-link[href='#/doc/2022Z90001']")
            .unwrap()
            .expect("a link to the first document");
        dispatch(
            &link,
            "new MouseEvent('click', {bubbles: true, cancelable: true})",
        );
        yew::scheduler::flush().await;
        let hash = web_sys::window().unwrap().location().hash().unwrap();
        assert_eq!(hash, "#/doc/2022Z90001");

        // Enter on a focused bar opens its document too.
        let link: web_sys::Element = root
            .query_selector("a.kv-bar-link[href='#/doc/2022Z90003']")
            .unwrap()
            .expect("a link to the postponed document");
        dispatch(
            &link,
            "new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true})",
        );
        yew::scheduler::flush().await;
        let hash = web_sys::window().unwrap().location().hash().unwrap();
        assert_eq!(hash, "#/doc/2022Z90003");
        web_sys::window().unwrap().location().set_hash("/").unwrap();
    }

    /// Dispatches a bubbling event made by the JS expression `event` (SVG links are not
    /// `HtmlElement`s, so they have no `click()`).
    fn dispatch(target: &web_sys::Element, event: &str) {
        let fire = js_sys::Function::new_with_args("el", &format!("el.dispatchEvent({event});"));
        fire.call1(&wasm_bindgen::JsValue::NULL, target).unwrap();
    }
}

// --- JS API merge and joined documents (openkamer engineer) ---

#[wasm_bindgen_test]
fn js_api_merge_joins_question_and_answer_texts() {
    use kamervraag::app::js_api::{merge, parse_text};
    let asked = "Kamervraag 2024Z90078\nOver de bruggen\nIngediend 2 mei 2024\nIndiener Anna Aap (CU)\n • Vraag 1\n  Waarom?\nKamervraag document nummer: kv-tk-2024Z90078\nVolledige titel: Over de bruggen\n";
    let answered = asked
        .replace(
            "Ingediend 2 mei 2024\n",
            "Ingediend 2 mei 2024\nBeantwoord 6 juni 2024 (na 35 dagen)\n",
        )
        .replace("  Waarom?\n", "  Waarom?\n\n  Daarom.\n");
    let documents = js_sys::Array::new();
    documents.push(&parse_text(asked, Some("vraag.txt".into())).unwrap());
    documents.push(&parse_text(&answered, Some("antwoord.txt".into())).unwrap());
    let joined = js_sys::Array::from(&merge(documents.into()).unwrap());
    assert_eq!(joined.length(), 1);
    let doc = joined.get(0);
    let get = |key: &str| js_sys::Reflect::get(&doc, &key.into()).unwrap();
    assert_eq!(get("answered").as_string().unwrap(), "2024-06-06");
    assert_eq!(get("source").as_string().unwrap(), "vraag.txt");
    let sources = js_sys::Array::from(&get("sources"));
    assert_eq!(sources.length(), 2);
    assert_eq!(sources.get(1).as_string().unwrap(), "antwoord.txt");
    assert!(merge(wasm_bindgen::JsValue::from_str("geen lijst")).is_err());
}

#[wasm_bindgen_test]
async fn references_to_several_answers_link_each_and_joined_sources_are_listed() {
    use kamervraag::app::components::document::questions_answers::{
        QuestionsAnswers, QuestionsAnswersProps,
    };
    use kamervraag::app::components::document::source_tab::{SourceTab, SourceTabProps};
    use kamervraag::model::{Kamervraag, Question};
    let question = |number: u32, answer: &str, see: Vec<u32>| Question {
        number,
        text: format!("Vraag {number}?"),
        answer: Some(answer.into()),
        see_answer: see.first().copied(),
        see_answers: see,
    };
    let doc = Rc::new(Kamervraag {
        answered: kamervraag::model::Date::from_ymd(2024, 2, 1),
        questions: vec![
            question(1, "Ja.", vec![]),
            question(2, "Nee.", vec![]),
            question(3, "Zie de antwoorden op de vragen 1 en 2.", vec![1, 2]),
        ],
        sources: vec!["vraag.txt".into(), "antwoord.txt".into()],
        ..Kamervraag::default()
    });
    let root = mount_point();
    let props = yew::props!(QuestionsAnswersProps { doc: doc.clone() });
    yew::Renderer::<QuestionsAnswers>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let links = root.query_selector_all("a.kv-see-answer").unwrap();
    assert_eq!(links.length(), 2);
    let href = |i: u32| {
        links
            .item(i)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute("href")
            .unwrap()
    };
    assert_eq!(href(0), "#antwoord-1");
    assert_eq!(href(1), "#antwoord-2");

    let root = mount_point();
    let props = yew::props!(SourceTabProps { doc });
    yew::Renderer::<SourceTab>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let sources = root
        .query_selector("[data-testid=sources]")
        .unwrap()
        .expect("the list of joined sources");
    let text = sources.text_content().unwrap();
    assert!(
        text.contains("vraag.txt") && text.contains("antwoord.txt"),
        "{text}"
    );
}

/// A document that repeats everything a document can repeat: question numbers,
/// topics, people, footnote numbers, notices and answer paragraphs.
const REPEATING_TEXT: &str = "Kamervraag 2023Z50505\n\nEen verzonnen vraag die zichzelf herhaalt\n\nIngediend 2 oktober 2023\nBeantwoord 9 oktober 2023 (na 7 dagen)\nIndieners Noor Schommel (PvdD), Noor Schommel (PvdD)\nBeantwoord door Kees Wip (minister speeltuinen) (VVD), Kees Wip (minister speeltuinen) (VVD)\nOnderwerpen recht recht speeltuinen recht\n1. Een verzonnen krant\n1. Dezelfde verzonnen krant\n2. Een tweede noot\n2. Een tweede noot\n • Vraag 1\n  Hoeveel speeltuinen zijn er?1\n\n  Veel.\n  Veel.\n • Vraag 1\n  Hoeveel speeltuinen zijn er?1 2\n\n  Zie antwoord vraag 1.\n • Vraag 2\n  En glijbanen?2\n\n  Veel.\n • Mededeling - 5 oktober 2023\n  Uitstel.\n • Mededeling - 5 oktober 2023\n  Uitstel.\n";

#[wasm_bindgen_test]
async fn a_document_that_repeats_itself_renders_with_unique_ids_and_working_links() {
    use kamervraag::app::embed::viewer::EmbeddedViewer;
    use std::collections::HashSet;
    let root = mount_point();
    // A debug build: Yew panics on duplicate keys, which fails this test.
    yew::Renderer::<EmbeddedViewer>::with_root_and_props(
        root.clone(),
        embed_props("document", "nl", REPEATING_TEXT),
    )
    .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Een verzonnen vraag die zichzelf herhaalt"),
        "{text}"
    );
    assert_eq!(
        root.query_selector_all("[data-testid=question]")
            .unwrap()
            .length(),
        3,
        "{text}"
    );

    let with_id = root.query_selector_all("[id]").unwrap();
    let mut ids = HashSet::new();
    for i in 0..with_id.length() {
        let element: Element = with_id.item(i).unwrap().dyn_into().unwrap();
        assert!(ids.insert(element.id()), "id {} repeated", element.id());
    }
    for id in [
        "antwoord-1",
        "antwoord-1-2",
        "antwoord-2",
        "voetnoot-1",
        "voetnoot-1-2",
    ] {
        assert!(ids.contains(id), "no #{id} in {ids:?}");
    }

    // Every in-page link reaches an element, the first of its number.
    let links = root.query_selector_all("a[href^='#']").unwrap();
    assert!(
        links.length() >= 4,
        "footnote marks and the see-answer link"
    );
    for i in 0..links.length() {
        let link: Element = links.item(i).unwrap().dyn_into().unwrap();
        let href = link.get_attribute("href").unwrap();
        assert!(
            root.query_selector(&href).unwrap().is_some(),
            "{href} reaches nothing"
        );
        assert_eq!(
            href.matches('-').count(),
            1,
            "{href} links the first of its number"
        );
    }
    let first_note = root.query_selector("#voetnoot-1").unwrap().unwrap();
    assert!(first_note
        .text_content()
        .unwrap()
        .contains("Een verzonnen krant"));
    let first_answer = root.query_selector("#antwoord-1").unwrap().unwrap();
    assert!(first_answer.text_content().unwrap().contains("Veel."));
    assert!(!first_answer
        .text_content()
        .unwrap()
        .contains("Zie antwoord"));
}
