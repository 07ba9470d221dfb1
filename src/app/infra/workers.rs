//! The parse workers: a gloo worker that reads and parses batches of files with the
//! core parser (the `parse_worker` binary, built by Trunk as a second wasm with a
//! loader shim) and the page's pool of them, one per core (at most [`MAX_WORKERS`]).
//! A request carries many files — browser `File`s, which the worker checks against the
//! size limit and reads itself, so the page never touches their bytes, or bytes the
//! page already has; every reply carries many parsed files as one JSON text (the form
//! they are stored in) and their texts. Messages
//! travel as JavaScript values ([`JsCodec`]), so a `File` passes as itself.

use crate::input::check_input_size;
use crate::view::ingest::{encode_parsed, refused, Parsed, ParsedBatch, ParsedText, Refusal};
use gloo::worker::{Codec, HandlerId, Registrable, Spawnable, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// The most workers the page starts.
pub const MAX_WORKERS: usize = 4;

/// The worker's loader shim, written by Trunk next to the page.
const LOADER: &str = "./parse_worker_loader.js";

/// How many files go into one request at most, and how many parsed files into one
/// reply (an archive's members come back in several replies): small enough that the
/// page takes in a reply quickly.
pub const BATCH_FILES: usize = 64;

/// File bytes sent as one block (not byte by byte).
#[derive(Debug, Clone, Default)]
pub struct Bytes(pub Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
        }
        deserializer.deserialize_byte_buf(Visit)
    }
}

/// A browser `File`, passed to a worker as itself (not copied byte by byte).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BrowserFile(#[serde(with = "serde_wasm_bindgen::preserve")] pub JsValue);

/// One input of a request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Input {
    /// A browser file, read by the worker (after the size check).
    File(String, BrowserFile),
    /// Bytes the page has (pasted text, stored texts parsed again).
    Bytes(String, Bytes),
}

impl Input {
    /// The name shown for the input.
    pub fn name(&self) -> &str {
        match self {
            Input::File(name, _) | Input::Bytes(name, _) => name,
        }
    }
}

/// Files to parse: a job number and the inputs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParseRequest {
    /// The load the files belong to.
    pub job: u64,
    /// The inputs, in order.
    pub files: Vec<Input>,
}

/// Messages as JavaScript values (serde-wasm-bindgen): a `File` inside one passes as
/// itself, byte blocks as `Uint8Array`s.
pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        serde_wasm_bindgen::to_value(&input).unwrap_or(JsValue::NULL)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        match serde_wasm_bindgen::from_value(input) {
            Ok(value) => value,
            // Only the app's own two halves talk here, built together.
            Err(error) => {
                panic!("a message between the page and a parse worker did not decode: {error}")
            }
        }
    }
}

/// Reads a browser file in the worker: its bytes, or why not (larger than the
/// limit for its name, checked with `File.size` first; or the browser's reason).
fn read_in_worker(name: &str, file: &JsValue) -> Result<Vec<u8>, Refusal> {
    let file: &web_sys::File = file
        .dyn_ref()
        .ok_or_else(|| Refusal::Unreadable("not a file".to_string()))?;
    check_input_size(name, file.size() as u64).map_err(Refusal::Limit)?;
    let unreadable = |error: JsValue| {
        Refusal::Unreadable(
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "the browser could not read the file".to_string()),
        )
    };
    let reader = web_sys::FileReaderSync::new().map_err(unreadable)?;
    let buffer = reader.read_as_array_buffer(file).map_err(unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads (when it is a browser file) and parses one input.
fn parse_request_input(input: &Input) -> (Vec<Parsed>, Vec<ParsedText>) {
    match input {
        Input::Bytes(name, bytes) => crate::view::ingest::parse_input(name, &bytes.0),
        Input::File(name, file) => match read_in_worker(name, &file.0) {
            Ok(bytes) => crate::view::ingest::parse_input(name, &bytes),
            Err(refusal) => (vec![refused(name, refusal)], vec![]),
        },
    }
}

/// A decoded text as a JavaScript string: the page stores it as it is and turns it
/// into a Rust string only when it keeps the text in memory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JsText(#[serde(with = "serde_wasm_bindgen::preserve")] pub JsValue);

/// Parsed files: their stored form (one JSON text, stored as it is) and their decoded
/// texts under content keys, and the names of the request's inputs that are now
/// finished (an archive finishes with the last reply that holds its members).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParseReply {
    /// The load the files belong to.
    pub job: u64,
    /// [`encode_parsed`] of the files parsed.
    pub parsed: String,
    /// The decoded texts of the files read, under their content keys.
    pub texts: Vec<(String, JsText)>,
    /// The inputs finished with this reply.
    pub finished: Vec<String>,
    /// Whether this is the request's last reply.
    pub last: bool,
}

/// The worker itself: parses each request and replies.
pub struct ParseWorker;

impl Worker for ParseWorker {
    type Message = ();
    type Input = ParseRequest;
    type Output = ParseReply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        ParseWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: ParseRequest, id: HandlerId) {
        let reply = |batch: ParsedBatch, finished: Vec<String>, last: bool| ParseReply {
            job: request.job,
            parsed: encode_parsed(&batch.parsed),
            texts: batch
                .texts
                .into_iter()
                .map(|t| (t.key, JsText(JsValue::from_str(&t.text))))
                .collect(),
            finished,
            last,
        };
        let send = |batch: &mut ParsedBatch, finished: &mut Vec<String>, last: bool| {
            let reply = reply(std::mem::take(batch), std::mem::take(finished), last);
            scope.respond(id, reply);
        };
        let mut batch = ParsedBatch::default();
        let mut finished = Vec::new();
        // An input is finished in the reply that holds its last parsed file (the
        // page lists the inputs of a load cut off by a reload that no stored reply
        // finished: a file stored in one reply and finished in the next would be
        // both back and listed as not stored).
        for input in &request.files {
            let (parsed, texts) = parse_request_input(input);
            let mut members = chunk_pairs(parsed, texts).into_iter().peekable();
            while let Some((parsed, text)) = members.next() {
                batch.parsed.push(parsed);
                batch.texts.extend(text);
                if batch.parsed.len() >= BATCH_FILES && members.peek().is_some() {
                    send(&mut batch, &mut finished, false);
                }
            }
            finished.push(input.name().to_string());
            if batch.parsed.len() >= BATCH_FILES {
                send(&mut batch, &mut finished, false);
            }
        }
        send(&mut batch, &mut finished, true);
    }
}

/// Pairs each parsed input with its text (inputs that were not read have none).
fn chunk_pairs(
    parsed: Vec<crate::view::ingest::Parsed>,
    texts: Vec<crate::view::ingest::ParsedText>,
) -> Vec<(
    crate::view::ingest::Parsed,
    Option<crate::view::ingest::ParsedText>,
)> {
    let mut texts = texts.into_iter().peekable();
    parsed
        .into_iter()
        .map(|p| {
            let text = if texts
                .peek()
                .is_some_and(|t| t.key == p.key && !p.key.is_empty())
            {
                texts.next()
            } else {
                None
            };
            (p, text)
        })
        .collect()
}

/// Registers the worker (the `parse_worker` binary's whole job).
pub fn register() {
    ParseWorker::registrar().encoding::<JsCodec>().register();
}

type Receivers = HashMap<u64, Rc<dyn Fn(ParseReply)>>;

thread_local! {
    static POOL: RefCell<Vec<WorkerBridge<ParseWorker>>> = const { RefCell::new(Vec::new()) };
    static RECEIVERS: RefCell<Receivers> = RefCell::new(HashMap::new());
}

/// How many workers to run: the machine's cores, at least 1, at most [`MAX_WORKERS`].
pub fn worker_count() -> usize {
    let cores = web_sys::window()
        .map(|w| w.navigator().hardware_concurrency())
        .unwrap_or(1.0);
    (cores as usize).clamp(1, MAX_WORKERS)
}

fn deliver(reply: ParseReply) {
    let receiver = RECEIVERS.with(|r| r.borrow().get(&reply.job).cloned());
    if let Some(receiver) = receiver {
        receiver(reply);
    }
}

/// Starts the pool (once) and returns its size.
pub fn start_pool() -> usize {
    POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.is_empty() {
            for _ in 0..worker_count() {
                let bridge = ParseWorker::spawner()
                    .callback(deliver)
                    .encoding::<JsCodec>()
                    .spawn_with_loader(LOADER);
                pool.push(bridge);
            }
        }
        pool.len()
    })
}

/// Sends a request to worker `index` of the pool.
pub fn send(index: usize, request: ParseRequest) {
    POOL.with(|pool| {
        let pool = pool.borrow();
        if let Some(bridge) = pool.get(index % pool.len().max(1)) {
            bridge.send(request);
        }
    });
}

/// Routes the replies of `job` to `receiver` until [`forget_job`].
pub fn on_replies(job: u64, receiver: impl Fn(ParseReply) + 'static) {
    RECEIVERS.with(|r| r.borrow_mut().insert(job, Rc::new(receiver)));
}

/// Drops the replies of `job` from now on.
pub fn forget_job(job: u64) {
    RECEIVERS.with(|r| r.borrow_mut().remove(&job));
}
