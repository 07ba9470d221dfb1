//! The two tabs under a document: questions and answers (with notices and
//! footnotes), and the source text with the parser's diagnostics. Arrow keys switch.

use super::footnotes::Footnotes;
use super::notices::DocumentNotices;
use super::questions_answers::QuestionsAnswers;
use super::source_tab::SourceTab;
use crate::app::i18n::{use_lang, Msg};
use crate::model::Kamervraag;
use crate::view::library::SearchQuery;
use std::rc::Rc;
use yew::prelude::*;

/// Which tab is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    QuestionsAndAnswers,
    Source,
}

impl Tab {
    fn other(self) -> Tab {
        match self {
            Tab::QuestionsAndAnswers => Tab::Source,
            Tab::Source => Tab::QuestionsAndAnswers,
        }
    }
}

/// Properties of [`DocumentTabs`].
#[derive(Properties, PartialEq)]
pub struct DocumentTabsProps {
    /// The document.
    pub doc: Rc<Kamervraag>,
    /// Search words to highlight.
    #[prop_or_default]
    pub query: SearchQuery,
    /// The text the document was read from, when known.
    #[prop_or_default]
    pub raw: Option<Rc<str>>,
}

/// The tab list and the selected panel.
#[function_component(DocumentTabs)]
pub fn document_tabs(props: &DocumentTabsProps) -> Html {
    let lang = use_lang();
    let tab = use_state_eq(|| Tab::QuestionsAndAnswers);
    let doc = &props.doc;
    let tab_button = |which: Tab, label: Msg, id: &'static str, panel: &'static str| {
        let selected = *tab == which;
        let onclick = {
            let tab = tab.clone();
            Callback::from(move |_: MouseEvent| tab.set(which))
        };
        let onkeydown = {
            let tab = tab.clone();
            Callback::from(move |e: KeyboardEvent| {
                if matches!(e.key().as_str(), "ArrowRight" | "ArrowLeft") {
                    e.prevent_default();
                    tab.set(tab.other());
                }
            })
        };
        html! {
            <button type="button" role="tab" id={id} aria-controls={panel}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                class={classes!("kv-tab", selected.then_some("kv-tab--selected"))}
                {onclick} {onkeydown}>
                { label.text(lang) }
            </button>
        }
    };
    html! {
        <>
            <div class="kv-tabs" role="tablist" aria-label={Msg::TabsLabel.text(lang)}>
                { tab_button(Tab::QuestionsAndAnswers, Msg::TabQa, "tab-qa", "panel-qa") }
                { tab_button(Tab::Source, Msg::TabSource, "tab-source", "panel-source") }
            </div>
            if *tab == Tab::QuestionsAndAnswers {
                <div role="tabpanel" id="panel-qa" aria-labelledby="tab-qa" class="kv-tabpanel">
                    <section class="kv-qa" aria-label={Msg::TabQa.text(lang)}>
                        <QuestionsAnswers doc={doc.clone()} query={props.query.clone()} />
                        <DocumentNotices doc={doc.clone()} />
                        <Footnotes doc={doc.clone()} />
                    </section>
                </div>
            } else {
                <div role="tabpanel" id="panel-source" aria-labelledby="tab-source" class="kv-tabpanel">
                    <SourceTab doc={doc.clone()} raw={props.raw.clone()} />
                </div>
            }
        </>
    }
}
