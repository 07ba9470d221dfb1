//! Kamervraag Viewer: read Dutch parliamentary written questions (Kamervragen) from
//! text files and measure how long the government takes to answer them.
//!
//! Layers, from the ground up; each imports only the layers below it:
//!
//! 1. [`model`] — the schema `kamervraag/1` and dates;
//! 2. [`parse`] (text to documents), [`stats`] (statuses, ministries, aggregates),
//!    [`export`] (CSV and JSON) and [`input`] (archives) — the pure core;
//! 3. [`view`] — what the app's screens compute, and [`gen`] — invented test documents;
//! 4. `app` — the Yew web app and its browser glue (wasm32 only), and `cli` — the
//!    command-line tool (native only).
//!
//! Everything below `app` and `cli` compiles natively and to wasm32 without a UI crate.

pub mod export;
pub mod gen;
pub mod input;
pub mod model;
pub mod parse;
pub mod stats;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// Entry point of the `kamervraag` binary: the web app on wasm32, the CLI elsewhere.
pub fn main() {
    #[cfg(target_arch = "wasm32")]
    app::start();
    #[cfg(not(target_arch = "wasm32"))]
    std::process::exit(cli::main(std::env::args().skip(1).collect()));
}
