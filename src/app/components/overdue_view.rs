//! The overdue list of a set of library entries on the reference date: the counts per
//! ministry and per answerer, then one table per ministry of its documents past their
//! term, longest overdue first, and the whole list as CSV. Computed by the statistics
//! core ([`overdue_list`]) and the view layer ([`sections`], [`overdue_csv`]).

use crate::app::components::reference_date::ReferenceDateControl;
use crate::app::i18n::{long_date, use_lang, Lang, Msg};
use crate::app::infra::download::download_text;
use crate::app::route::Route;
use crate::app::selection::{href, use_selection, Shared};
use crate::model::Date;
use crate::stats::{overdue_list, GroupBy, OverdueGroup, OverdueList};
use crate::view::library::LibraryEntry;
use crate::view::overdue::{dated_file_name, overdue_csv, sections};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`OverdueView`].
#[derive(Properties, PartialEq)]
pub struct OverdueViewProps {
    /// The entries, as they stood on the reference date.
    pub entries: Shared<Vec<Rc<LibraryEntry>>>,
    /// The reference date.
    pub reference: Date,
    /// Whether to show the reference date control (a page that shows it already
    /// passes `false`).
    #[prop_or(true)]
    pub with_control: bool,
}

/// A two-column table of counts.
fn count_table(id: &str, caption: Msg<'static>, groups: &[OverdueGroup], lang: Lang) -> Html {
    html! {
        <table class="kv-table kv-overdue__counts" id={id.to_string()}>
            <caption>{ caption.text(lang) }</caption>
            <thead><tr>
                <th scope="col">{ Msg::ColumnName.text(lang) }</th>
                <th scope="col">{ Msg::ColumnCount.text(lang) }</th>
            </tr></thead>
            <tbody>
                { for groups.iter().map(|g| html! {
                    <tr key={g.key.clone()}><th scope="row">{ &g.key }</th><td>{ g.count }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

/// The overdue list.
#[function_component(OverdueView)]
pub fn overdue_view(props: &OverdueViewProps) -> Html {
    let lang = use_lang();
    let selection = use_selection();
    let failed = use_state(|| false);
    let list: Rc<OverdueList> = use_memo(
        (props.entries.clone(), props.reference),
        |(entries, reference)| {
            overdue_list(
                entries.iter().map(|e| (&*e.doc, &e.facts)),
                GroupBy::Ministry,
                *reference,
            )
        },
    );
    let per_answerer = list.counts_by(GroupBy::Answerer);
    let on_download = {
        let list = list.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            let name = dated_file_name("kamervragen-over-termijn.csv", list.reference_date);
            failed
                .set(download_text(&name, "text/csv;charset=utf-8", &overdue_csv(&list)).is_err());
        })
    };
    let date_words = long_date(props.reference, lang);
    html! {
        <section class="kv-overdue" aria-labelledby="kv-overdue-heading">
            <h2 id="kv-overdue-heading">{ Msg::OverdueHeading.text(lang) }</h2>
            if props.with_control {
                <ReferenceDateControl />
            }
            if list.documents.is_empty() {
                <p class="kv-empty">{ Msg::OverdueEmpty.text(lang) }</p>
            } else {
                <p data-testid="overdue-intro">
                    { Msg::OverdueIntro { count: list.documents.len(), date: &date_words }.text(lang) }
                </p>
                <div class="kv-chart__actions">
                    <button type="button" class="kv-button kv-button--secondary"
                        data-testid="overdue-csv" onclick={on_download}>
                        { Msg::DownloadCsv.text(lang) }
                    </button>
                    if *failed {
                        <span class="kv-chart__error" role="alert">{ Msg::DownloadFailed.text(lang) }</span>
                    }
                </div>
                <div class="kv-overdue__summary">
                    { count_table("kv-overdue-ministries", Msg::OverduePerMinistry, &list.groups, lang) }
                    { count_table("kv-overdue-answerers", Msg::OverduePerAnswerer, &per_answerer, lang) }
                </div>
                { for sections(&list).into_iter().map(|section| html! {
                    <table class="kv-table kv-overdue__section" key={section.key.to_string()}
                        data-testid="overdue-section">
                        <caption>{ Msg::OverdueSectionLabel { name: section.key, count: section.documents.len() }.text(lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ Msg::ColumnDaysOverdue.text(lang) }</th>
                            <th scope="col">{ Msg::ColumnNumber.text(lang) }</th>
                            <th scope="col">{ Msg::ColumnTitle.text(lang) }</th>
                            <th scope="col">{ Msg::ColumnSubmitted.text(lang) }</th>
                            <th scope="col">{ Msg::ColumnTermDays.text(lang) }</th>
                            <th scope="col">{ Msg::ColumnAnswerers.text(lang) }</th>
                        </tr></thead>
                        <tbody>
                            { for section.documents.iter().enumerate().map(|(i, doc)| {
                                let id = doc.id.clone().unwrap_or_default();
                                let title = doc.title.clone().unwrap_or_default();
                                html! {
                                    <tr key={format!("{i}-{id}")}>
                                        <td>{ doc.days_overdue }</td>
                                        <td>
                                            if id.is_empty() { { "–" } } else {
                                                <a href={href(&Route::Document { id: id.clone() }, &selection.filter)}>{ &id }</a>
                                            }
                                        </td>
                                        <td>{ title }</td>
                                        <td>{ long_date(doc.submitted, lang) }</td>
                                        <td>{ doc.term_days }</td>
                                        <td>{ doc.answerers.join(", ") }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
            }
        </section>
    }
}
