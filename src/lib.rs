//! Kamervraag Viewer: read Dutch parliamentary written questions (Kamervragen) from
//! text files and measure how long the government takes to answer them.
//!
//! The pure core — [`model`], [`parse`], [`stats`], [`export`] and [`gen`] — compiles
//! natively and to wasm32 without any UI crate. The Yew web app lives in `app`
//! (wasm32 only) and the command-line tool in `cli` (native only); both call the core.

pub mod export;
pub mod gen;
pub mod model;
pub mod parse;
pub mod stats;

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
