//! Collecting the input files of a command: files, directories walked recursively
//! (files sorted), and `-` for standard input. The paths are found first; each
//! file is read only when the command comes to it, so one file at a time is in
//! memory. A directory reached a second time (a symbolic link back up the tree, or
//! to a directory already walked) is skipped with a message instead of being
//! walked forever.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One input: its name as shown to the user, and its bytes or the reason it could not be read.
#[derive(Debug)]
pub struct Input {
    /// The path as given or found while walking; `-` for standard input.
    pub name: String,
    /// The raw bytes, or an error message naming the reason.
    pub bytes: Result<Vec<u8>, String>,
}

/// An input found but not read yet.
#[derive(Debug)]
enum Source {
    /// Standard input.
    Stdin,
    /// A file to read.
    File(PathBuf),
    /// A path that could not be walked, with the reason.
    Unreadable { name: String, reason: String },
}

impl Source {
    fn read(self) -> Input {
        match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                let bytes = std::io::stdin()
                    .read_to_end(&mut buf)
                    .map(|_| buf)
                    .map_err(|e| format!("cannot read standard input: {e}"));
                Input {
                    name: "-".into(),
                    bytes,
                }
            }
            Source::File(path) => Input {
                name: path.display().to_string(),
                bytes: std::fs::read(&path).map_err(|e| format!("cannot read file: {e}")),
            },
            Source::Unreadable { name, reason } => Input {
                name,
                bytes: Err(reason),
            },
        }
    }
}

/// The inputs named by `args`, in argument order, read one at a time as the
/// iterator is advanced; directories are walked recursively with their files
/// sorted by path. A directory seen before (by its canonical path) is skipped with
/// a line on `err` starting with `command: `.
pub fn read_inputs(
    args: &[String],
    command: &str,
    err: &mut dyn Write,
) -> impl Iterator<Item = Input> + use<> {
    let mut sources = Vec::new();
    let mut seen_dirs = HashSet::new();
    for arg in args {
        if arg == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            let mut files = Vec::new();
            let mut walker = Walker {
                files: &mut files,
                problems: &mut sources,
                seen_dirs: &mut seen_dirs,
                command,
                err: &mut *err,
            };
            walker.walk(path);
            files.sort();
            sources.extend(files.into_iter().map(Source::File));
        } else {
            sources.push(Source::File(path.to_path_buf()));
        }
    }
    sources.into_iter().map(Source::read)
}

/// The state of one recursive directory walk.
struct Walker<'a> {
    files: &'a mut Vec<PathBuf>,
    problems: &'a mut Vec<Source>,
    seen_dirs: &'a mut HashSet<PathBuf>,
    command: &'a str,
    err: &'a mut dyn Write,
}

impl Walker<'_> {
    fn walk(&mut self, dir: &Path) {
        match std::fs::canonicalize(dir) {
            Ok(real) => {
                if self.seen_dirs.contains(&real) {
                    let _ = writeln!(
                        self.err,
                        "{}: {}: skipped: leads to {}, a directory already read (a symbolic link loop)",
                        self.command,
                        dir.display(),
                        real.display()
                    );
                    return;
                }
                self.seen_dirs.insert(real);
            }
            Err(e) => {
                self.problems.push(Source::Unreadable {
                    name: dir.display().to_string(),
                    reason: format!("cannot read directory: {e}"),
                });
                return;
            }
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.problems.push(Source::Unreadable {
                    name: dir.display().to_string(),
                    reason: format!("cannot read directory: {e}"),
                });
                return;
            }
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                self.walk(&p);
            } else if p.is_file() {
                self.files.push(p);
            }
        }
    }
}
