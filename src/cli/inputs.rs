//! Collecting the input files of a command: files, directories walked recursively
//! (files sorted), and `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input: its name as shown to the user, and its bytes or the reason it could not be read.
#[derive(Debug)]
pub struct Input {
    /// The path as given or found while walking; `-` for standard input.
    pub name: String,
    /// The raw bytes, or an error message naming the reason.
    pub bytes: Result<Vec<u8>, String>,
}

/// Reads every input named by `args`, in argument order; directories are walked
/// recursively with their files sorted by path.
pub fn read_inputs(args: &[String]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg == "-" {
            let mut buf = Vec::new();
            let bytes = std::io::stdin()
                .read_to_end(&mut buf)
                .map(|_| buf)
                .map_err(|e| format!("cannot read standard input: {e}"));
            inputs.push(Input {
                name: "-".into(),
                bytes,
            });
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut inputs);
            files.sort();
            for f in files {
                inputs.push(read_file(&f));
            }
        } else {
            inputs.push(read_file(path));
        }
    }
    inputs
}

fn read_file(path: &Path) -> Input {
    Input {
        name: path.display().to_string(),
        bytes: std::fs::read(path).map_err(|e| format!("cannot read file: {e}")),
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Input {
                name: dir.display().to_string(),
                bytes: Err(format!("cannot read directory: {e}")),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, files, errors);
        } else if p.is_file() {
            files.push(p);
        }
    }
}
