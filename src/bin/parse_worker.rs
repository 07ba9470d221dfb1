//! The parse worker's entry point: a second wasm, started by the web app once per core,
//! that parses batches of files off the page's main thread. Natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    kamervraag::app::infra::workers::register();
}
