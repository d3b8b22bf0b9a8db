//! Finding the Python interpreter: `--python`, `PYGRADE_PYTHON`, the workspace venv,
//! `python3`, `python` — in that order. The candidate is asked once for its real
//! `sys.executable`, which we exec directly from then on (a pyenv shim costs ~50 ms a
//! run); the answer is cached and revalidated by file modification times.
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use wait_timeout::ChildExt;

use crate::error::{Error, Result};
use crate::fsutil;

pub const MIN_VERSION: (u32, u32) = (3, 10);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Interpreter {
    pub executable: PathBuf,
    pub version: [u32; 3],
    pub implementation: String,
    pub prefix: PathBuf,
    pub base_prefix: PathBuf,
    /// How it was found, e.g. "PYGRADE_PYTHON" or "python3 on PATH".
    pub found_by: String,
}

impl Interpreter {
    pub fn version_text(&self) -> String {
        format!(
            "{}.{}.{}",
            self.version[0], self.version[1], self.version[2]
        )
    }

    pub fn in_venv(&self) -> bool {
        self.prefix != self.base_prefix
    }

    /// Directories the interpreter needs to read at run time.
    pub fn read_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.prefix.clone(), self.base_prefix.clone()];
        if let Ok(real) = std::fs::canonicalize(&self.executable) {
            if let Some(prefix) = real.parent().and_then(Path::parent) {
                dirs.push(prefix.to_path_buf());
            }
        }
        dirs.sort();
        dirs.dedup();
        dirs
    }
}

/// Where to look, most specific first.
pub struct Search<'a> {
    pub flag: Option<&'a Path>,
    pub venv: Option<&'a Path>,
    pub cache_dir: Option<&'a Path>,
}

struct Candidate {
    path: PathBuf,
    found_by: String,
    /// Explicitly requested: failing to run it is an error, not a reason to go on.
    explicit: bool,
}

pub fn find(search: &Search) -> Result<Interpreter> {
    let mut candidates = Vec::new();
    if let Some(p) = search.flag {
        candidates.push(Candidate {
            path: p.to_path_buf(),
            found_by: "--python".into(),
            explicit: true,
        });
    }
    if let Some(p) = std::env::var_os("PYGRADE_PYTHON").filter(|v| !v.is_empty()) {
        candidates.push(Candidate {
            path: PathBuf::from(p),
            found_by: "PYGRADE_PYTHON".into(),
            explicit: true,
        });
    }
    if let Some(venv) = search.venv {
        let py = venv.join("bin").join("python");
        if py.exists() {
            candidates.push(Candidate {
                path: py,
                found_by: "workspace .venv".into(),
                explicit: true,
            });
        } else if venv.is_dir() && candidates.is_empty() {
            // Not silently some other Python: the exercises' packages live in the venv.
            return Err(Error::new(format!(
                "the workspace .venv at {} is broken: {}",
                venv.display(),
                broken_reason(&py)
            ))
            .with_hint(RECREATE_VENV));
        }
    }
    for name in ["python3", "python"] {
        if let Some(path) = which(name) {
            candidates.push(Candidate {
                path,
                found_by: format!("{name} on PATH"),
                explicit: false,
            });
        }
    }
    let mut cache = Cache::load(search.cache_dir);
    let mut tried = Vec::new();
    for cand in candidates {
        let found = match cache.lookup(&cand.path) {
            Some(hit) => Ok(Interpreter {
                found_by: cand.found_by.clone(),
                ..hit
            }),
            None => query(&cand.path, &cand.found_by),
        };
        match found {
            Ok(interp) => {
                check_version(&interp).map_err(|e| {
                    if cand.found_by == "workspace .venv" {
                        e.with_hint(RECREATE_VENV)
                    } else {
                        e
                    }
                })?;
                cache.store(&cand.path, &interp);
                return Ok(interp);
            }
            Err(e) if cand.explicit => {
                return Err(e.with_hint(format!(
                    "{} names this interpreter; point it at a working Python 3.10+ (e.g. `which python3`), or unset it to let pygrade search PATH",
                    cand.found_by
                )))
            }
            Err(e) => tried.push(e.message),
        }
    }
    let detail = if tried.is_empty() {
        String::new()
    } else {
        format!(" ({})", tried.join("; "))
    };
    Err(Error::new(format!("no Python interpreter found: tried --python, PYGRADE_PYTHON, python3 and python{detail}"))
        .with_hint("install Python 3.10 or newer, or point pygrade at one: `pygrade --python /path/to/python3 …` or PYGRADE_PYTHON=/path/to/python3"))
}

const RECREATE_VENV: &str = "recreate it: delete the .venv folder and run `pygrade setup` (it uses python3 from PATH, or the one you name with --python)";

/// Why a venv's `bin/python` does not run: a link to nowhere, or nothing there.
pub fn broken_reason(py: &Path) -> String {
    match std::fs::read_link(py) {
        Ok(target) => format!(
            "{} links to {}, which does not exist (was that Python removed or upgraded?)",
            py.display(),
            target.display()
        ),
        Err(_) => format!("{} is missing", py.display()),
    }
}

fn check_version(interp: &Interpreter) -> Result<()> {
    let [major, minor, _] = interp.version;
    if (major, minor) < MIN_VERSION {
        return Err(Error::new(format!(
            "Python {} at {} is too old: pygrade needs {}.{} or newer",
            interp.version_text(),
            interp.executable.display(),
            MIN_VERSION.0,
            MIN_VERSION.1
        ))
        .with_hint("install a newer Python (e.g. `pyenv install 3.12`) and pass it with --python or PYGRADE_PYTHON"));
    }
    Ok(())
}

// Kept to Python 2 syntax so an ancient interpreter still answers and gets a clear
// "too old" message instead of a SyntaxError.
const QUERY: &str = "import sys, json, platform\nprint(json.dumps({'executable': sys.executable, 'version': list(sys.version_info[:3]), 'implementation': platform.python_implementation(), 'prefix': sys.prefix, 'base_prefix': getattr(sys, 'base_prefix', sys.prefix)}))";

fn query(path: &Path, found_by: &str) -> Result<Interpreter> {
    #[derive(Deserialize)]
    struct Answer {
        executable: PathBuf,
        version: [u32; 3],
        implementation: String,
        prefix: PathBuf,
        base_prefix: PathBuf,
    }
    let fail = |why: String| Error::new(format!("{} ({found_by}) {why}", path.display()));
    let mut child = Command::new(path)
        .args(["-E", "-s", "-c", QUERY]) // not -I: Python 2 lacks it, and should hear "too old"
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(format!("could not be started: {e}")))?;
    let status = match child
        .wait_timeout(Duration::from_secs(20))
        .map_err(|e| fail(e.to_string()))?
    {
        Some(s) => s,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(fail("did not answer within 20 s".into()));
        }
    };
    let mut out = String::new();
    if let Some(mut s) = child.stdout.take() {
        let _ = s.read_to_string(&mut out);
    }
    if !status.success() {
        let mut err = String::new();
        if let Some(mut s) = child.stderr.take() {
            let _ = s.read_to_string(&mut err);
        }
        return Err(fail(format!(
            "failed: {}",
            err.lines().last().unwrap_or("no output")
        )));
    }
    let a: Answer = serde_json::from_str(out.trim())
        .map_err(|e| fail(format!("gave an answer pygrade could not read: {e}")))?;
    if a.executable.as_os_str().is_empty() {
        return Err(fail("did not report sys.executable".into()));
    }
    Ok(Interpreter {
        executable: a.executable,
        version: a.version,
        implementation: a.implementation,
        prefix: a.prefix,
        base_prefix: a.base_prefix,
        found_by: found_by.to_string(),
    })
}

pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Cached answers, keyed by candidate path, valid while neither the candidate nor the
/// executable changed and `PYENV_VERSION` (which retargets shims) is the same.
#[derive(Default, Serialize, Deserialize)]
struct CacheFile {
    entries: BTreeMap<String, Entry>,
}

#[derive(Serialize, Deserialize, Clone)]
struct Entry {
    interpreter: Interpreter,
    stamp: String,
}

struct Cache {
    path: Option<PathBuf>,
    file: CacheFile,
    dirty: bool,
}

impl Cache {
    fn load(dir: Option<&Path>) -> Cache {
        let path = dir.map(|d| d.join("python.json"));
        let file = path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Cache {
            path,
            file,
            dirty: false,
        }
    }

    fn lookup(&self, candidate: &Path) -> Option<Interpreter> {
        let entry = self.file.entries.get(&candidate.display().to_string())?;
        (stamp(candidate, &entry.interpreter.executable) == entry.stamp)
            .then(|| entry.interpreter.clone())
    }

    fn store(&mut self, candidate: &Path, interp: &Interpreter) {
        let key = candidate.display().to_string();
        let entry = Entry {
            interpreter: interp.clone(),
            stamp: stamp(candidate, &interp.executable),
        };
        if self.file.entries.get(&key).map(|e| &e.stamp) != Some(&entry.stamp) {
            self.file.entries.insert(key, entry);
            self.dirty = true;
        }
        if let (true, Some(path)) = (self.dirty, &self.path) {
            if let Ok(text) = serde_json::to_string_pretty(&self.file) {
                // A cache that cannot be written only costs speed.
                let _ = fsutil::write_atomic(path, text.as_bytes());
            }
        }
    }
}

fn stamp(candidate: &Path, executable: &Path) -> String {
    let mtime = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    };
    let pyenv = std::env::var("PYENV_VERSION").unwrap_or_default();
    format!("{}:{}:{pyenv}", mtime(candidate), mtime(executable))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_python_and_caches_it() {
        let dir = tempfile::tempdir().unwrap();
        let search = Search {
            flag: None,
            venv: None,
            cache_dir: Some(dir.path()),
        };
        let first = find(&search).unwrap();
        assert!(first.version[0] >= 3);
        assert!(dir.path().join("python.json").exists());
        let second = find(&search).unwrap();
        assert_eq!(first.executable, second.executable);
    }

    #[test]
    fn explicit_missing_python_is_an_error_naming_it() {
        let search = Search {
            flag: Some(Path::new("/nonexistent/python9")),
            venv: None,
            cache_dir: None,
        };
        let err = find(&search).unwrap_err();
        assert!(
            err.message.contains("/nonexistent/python9"),
            "{}",
            err.message
        );
        assert!(err.hint.is_some());
    }

    #[test]
    fn old_versions_are_refused() {
        let old = Interpreter {
            executable: "/usr/bin/python3.8".into(),
            version: [3, 8, 10],
            implementation: "CPython".into(),
            prefix: "/usr".into(),
            base_prefix: "/usr".into(),
            found_by: "test".into(),
        };
        let err = check_version(&old).unwrap_err();
        assert!(err.message.contains("3.8.10") && err.message.contains("3.10"));
    }
}
