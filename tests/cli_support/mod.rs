//! Helpers shared by the CLI tests: run the real `kamervraag` binary, make temp dirs,
//! and small invented documents in the openkamer format.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The output of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `kamervraag ARGS` with `stdin` as standard input.
pub fn kamervraag(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kamervraag"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kamervraag");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin).expect("write stdin");
    }
    finish(child.wait_with_output().expect("wait for kamervraag"))
}

/// A fresh empty directory under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh empty directory under the system temp dir, unique per call.
pub fn temp_dir(label: &str) -> TempDir {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "kamervraag-test-{}-{label}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    TempDir(dir)
}

/// Writes `text` to `dir/name` (creating parent dirs) and returns the path.
pub fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent");
    }
    std::fs::write(&path, text).expect("write file");
    path
}

/// A small complete invented document with vraagnummer `id` and `title`.
pub fn document(id: &str, title: &str) -> String {
    format!(
        "Kamervraag {id}\n\n{title}\n\nIngediend 3 januari 2024\nBeantwoord 24 januari 2024 (na 21 dagen)\n\
Indiener Anna Proefmans (D66)\nBeantwoord door Bert Testerveld (minister justitie en veiligheid) (VVD)\n\
Onderwerpen recht\nBron vraag https://zoek.officielebekendmakingen.nl/kv-tk-{id}.html\n\
Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20232024-9001.html\n \u{2022} Vraag 1\n  Is dit een proef?\n\n  Ja.\n\n\n\
Kamervraag document nummer: kv-tk-{id}\nVolledige titel: {title}\n\
Kamerantwoord document nummer: ah-tk-20232024-9001\nVolledige titel: Antwoord op vragen over een proef\n"
    )
}

/// Parses each line of JSON Lines output.
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// A directory holding `documents` (`a/N.txt`) and two symbolic links that lead
/// back up the tree (`a/loop -> ..`, `a/deeper/up -> ../..`), which a walk that
/// follows links blindly would never leave.
#[cfg(unix)]
pub fn dir_with_symlink_loops(documents: &[(&str, &str)]) -> TempDir {
    let dir = temp_dir("symlink-loop");
    for (id, title) in documents {
        write(&dir, &format!("a/{id}.txt"), document(id, title).as_bytes());
    }
    std::fs::create_dir_all(dir.join("a/deeper")).expect("create a/deeper");
    std::os::unix::fs::symlink("..", dir.join("a/loop")).expect("symlink a/loop");
    std::os::unix::fs::symlink("../..", dir.join("a/deeper/up")).expect("symlink a/deeper/up");
    dir
}
