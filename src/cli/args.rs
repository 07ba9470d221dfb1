//! A tiny argument reader: positional arguments plus `--flag` and `--key VALUE` options.

use std::collections::BTreeMap;

/// Arguments of one subcommand, split into options and positionals.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Args {
    /// Positional arguments in order (`-` included).
    pub positional: Vec<String>,
    /// `--key value` options (the last one wins) and `--flag`s (value `None`).
    pub options: BTreeMap<String, Option<String>>,
}

impl Args {
    /// Splits `argv`; `with_value` names the options that take a value.
    /// Returns an error message for an unknown option or a missing value.
    pub fn parse(argv: &[String], with_value: &[&str], flags: &[&str]) -> Result<Args, String> {
        let mut args = Args::default();
        let mut it = argv.iter();
        let mut only_positional = false;
        while let Some(a) = it.next() {
            if only_positional || a == "-" || !a.starts_with("--") {
                args.positional.push(a.clone());
                continue;
            }
            if a == "--" {
                only_positional = true;
                continue;
            }
            let body = &a[2..];
            let (key, inline) = match body.split_once('=') {
                Some((k, v)) => (k, Some(v.to_string())),
                None => (body, None),
            };
            if with_value.contains(&key) {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| format!("option --{key} needs a value"))?,
                };
                args.options.insert(key.to_string(), Some(value));
            } else if flags.contains(&key) || key == "help" {
                args.options.insert(key.to_string(), None);
            } else {
                return Err(format!("unknown option --{key}"));
            }
        }
        Ok(args)
    }

    /// Whether `--name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.options.contains_key(name)
    }

    /// The value of `--name VALUE`.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.options.get(name).and_then(|v| v.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn splits_options_and_positionals() {
        let a = Args::parse(
            &v(&[
                "a.txt",
                "--by",
                "ministry",
                "-",
                "--json",
                "--today=2024-01-02",
            ]),
            &["by", "today"],
            &["json"],
        )
        .unwrap();
        assert_eq!(a.positional, v(&["a.txt", "-"]));
        assert_eq!(a.value("by"), Some("ministry"));
        assert_eq!(a.value("today"), Some("2024-01-02"));
        assert!(a.flag("json"));
        assert!(Args::parse(&v(&["--nope"]), &[], &[]).is_err());
        assert!(Args::parse(&v(&["--by"]), &["by"], &[]).is_err());
    }
}
