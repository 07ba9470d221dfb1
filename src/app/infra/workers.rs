//! The parse workers: a gloo worker that parses batches of files with the core parser
//! (the `parse_worker` binary, built by Trunk as a second wasm with a loader shim) and
//! the page's pool of them, one per core (at most [`MAX_WORKERS`]). A request carries
//! many files; every reply carries many parsed files as one JSON text.

use crate::view::ingest::ParsedBatch;
use gloo::worker::{HandlerId, Registrable, Spawnable, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The most workers the page starts.
pub const MAX_WORKERS: usize = 4;

/// The worker's loader shim, written by Trunk next to the page.
const LOADER: &str = "./parse_worker_loader.js";

/// How many parsed files a worker puts in one reply at most (an archive's members
/// come back in several replies).
const REPLY_FILES: usize = 400;

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

/// Files to parse: a job number and the files' names and bytes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParseRequest {
    /// The load the files belong to.
    pub job: u64,
    /// The files, in order.
    pub files: Vec<(String, Bytes)>,
}

/// Parsed files: a [`ParsedBatch`] as JSON, and the names of the request's inputs that
/// are now finished (an archive finishes with the last reply that holds its members).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParseReply {
    /// The load the files belong to.
    pub job: u64,
    /// [`ParsedBatch::encode`] of the files parsed.
    pub batch: String,
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
        let mut batch = ParsedBatch::default();
        let mut finished = Vec::new();
        for (name, bytes) in request.files {
            let (parsed, texts) = crate::view::ingest::parse_input(&name, &bytes.0);
            for (parsed, text) in chunk_pairs(parsed, texts) {
                batch.parsed.push(parsed);
                batch.texts.extend(text);
                if batch.parsed.len() >= REPLY_FILES {
                    scope.respond(
                        id,
                        ParseReply {
                            job: request.job,
                            batch: std::mem::take(&mut batch).encode(),
                            finished: std::mem::take(&mut finished),
                            last: false,
                        },
                    );
                }
            }
            finished.push(name);
        }
        scope.respond(
            id,
            ParseReply {
                job: request.job,
                batch: batch.encode(),
                finished,
                last: true,
            },
        );
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
    ParseWorker::registrar().register();
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
