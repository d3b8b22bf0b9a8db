//! The learner's progress: one JSON file, written atomically under an exclusive lock so
//! `pygrade watch` and `pygrade check` running at once never lose an update.
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Context, Error, Result};
use crate::fsutil::{now_secs, timestamp, write_atomic};

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Passed,
    Failing,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    pub status: Option<Status>,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub hints_shown: u32,
    #[serde(default)]
    pub last_run: u64,
    #[serde(default)]
    pub passed_at: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Progress {
    pub format: u32,
    #[serde(default)]
    pub exercises: BTreeMap<String, Record>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            format: FORMAT,
            exercises: BTreeMap::new(),
        }
    }
}

impl Progress {
    pub fn passed(&self, id: &str) -> bool {
        self.exercises.get(id).and_then(|r| r.passed_at).is_some()
    }

    pub fn status(&self, id: &str) -> Option<Status> {
        self.exercises.get(id).and_then(|r| r.status)
    }

    pub fn hints_shown(&self, id: &str) -> u32 {
        self.exercises.get(id).map(|r| r.hints_shown).unwrap_or(0)
    }

    /// Record a grading result. Once passed, an exercise stays done (as in rustlings)
    /// even if a later edit breaks it; its status shows the latest result.
    /// A result that shows the learner has not begun (an untouched stub) leaves no
    /// status: the exercise still reads "not started", not "failing".
    pub fn record(&mut self, id: &str, result: Attempt) {
        let r = self.exercises.entry(id.to_string()).or_default();
        r.attempts += 1;
        r.last_run = now_secs();
        let passed = result == Attempt::Passed;
        r.status = match result {
            Attempt::Passed => Some(Status::Passed),
            Attempt::Failed => Some(Status::Failing),
            Attempt::NotStarted => None,
        };
        if passed && r.passed_at.is_none() {
            r.passed_at = Some(r.last_run);
        }
    }
}

/// What one grading concluded, as progress keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Passed,
    Failed,
    NotStarted,
}

/// Handle on the progress file of one workspace.
pub struct Store {
    path: PathBuf,
    lock: PathBuf,
}

/// A warning to show the user (e.g. a corrupt file was backed up).
pub type Warning = String;

impl Store {
    pub fn new(state_dir: &Path) -> Store {
        Store {
            path: state_dir.join("progress.json"),
            lock: state_dir.join("progress.lock"),
        }
    }

    pub fn read(&self) -> Result<(Progress, Option<Warning>)> {
        let _guard = self.locked()?;
        self.read_unlocked()
    }

    /// Read, change and write back under the lock.
    pub fn update<T>(
        &self,
        change: impl FnOnce(&mut Progress) -> T,
    ) -> Result<(T, Option<Warning>)> {
        let _guard = self.locked()?;
        let (mut progress, warning) = self.read_unlocked()?;
        let out = change(&mut progress);
        let text =
            serde_json::to_string_pretty(&progress).context(|| "encoding progress".to_string())?;
        write_atomic(&self.path, text.as_bytes())
            .context(|| format!("saving progress to {}", self.path.display()))?;
        Ok((out, warning))
    }

    fn read_unlocked(&self) -> Result<(Progress, Option<Warning>)> {
        let text = match std::fs::read(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((Progress::default(), None))
            }
            Err(e) => {
                return Err(Error::new(format!(
                    "cannot read {}: {e}",
                    self.path.display()
                )))
            }
        };
        #[derive(Deserialize)]
        struct Head {
            format: u32,
        }
        match serde_json::from_slice::<Head>(&text) {
            Ok(h) if h.format > FORMAT => {
                return Err(Error::new(format!(
                    "{} was written by a newer pygrade (format {}, this one reads {FORMAT})",
                    self.path.display(),
                    h.format
                ))
                .with_hint("upgrade pygrade (`cargo install --path .` in an up-to-date clone); your progress was left untouched"))
            }
            _ => {}
        }
        match serde_json::from_slice::<Progress>(&text) {
            Ok(p) => Ok((p, None)),
            Err(e) => {
                let backup = self
                    .path
                    .with_file_name(format!("progress.corrupt-{}.json", timestamp()));
                std::fs::rename(&self.path, &backup)
                    .context(|| format!("backing up {}", self.path.display()))?;
                let warning = format!(
                    "progress file was unreadable ({e}); it was kept as {} and progress starts afresh — re-run `pygrade check --all` to rebuild it from your files",
                    backup.display()
                );
                Ok((Progress::default(), Some(warning)))
            }
        }
    }

    fn locked(&self) -> Result<Lock> {
        if let Some(dir) = self.lock.parent() {
            std::fs::create_dir_all(dir).context(|| format!("creating {}", dir.display()))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock)
            .context(|| format!("opening {}", self.lock.display()))?;
        // SAFETY: flock on a descriptor we own; released when the file closes.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(Error::new(format!(
                "cannot lock {}: {}",
                self.lock.display(),
                std::io::Error::last_os_error()
            )));
        }
        Ok(Lock { _file: file })
    }
}

struct Lock {
    _file: File,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        store
            .update(|p| p.record("day01/a", Attempt::Failed))
            .unwrap();
        store
            .update(|p| p.record("day01/a", Attempt::Passed))
            .unwrap();
        store
            .update(|p| p.record("day01/a", Attempt::Failed))
            .unwrap();
        let (p, warn) = store.read().unwrap();
        assert!(warn.is_none());
        assert!(p.passed("day01/a"), "passing once marks it done");
        assert_eq!(p.status("day01/a"), Some(Status::Failing));
        assert_eq!(p.exercises["day01/a"].attempts, 3);
    }

    #[test]
    fn corrupt_file_is_backed_up_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("progress.json"), "{not json").unwrap();
        let store = Store::new(dir.path());
        let (_, warn) = store
            .update(|p| p.record("day01/a", Attempt::Passed))
            .unwrap();
        assert!(warn.unwrap().contains("progress.corrupt-"));
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("progress.corrupt-")
            })
            .collect();
        assert_eq!(backups.len(), 1);
        assert_eq!(
            std::fs::read_to_string(backups[0].path()).unwrap(),
            "{not json"
        );
        assert!(store.read().unwrap().0.passed("day01/a"));
    }

    #[test]
    fn newer_format_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let text = r#"{"format": 99, "exercises": {}}"#;
        std::fs::write(dir.path().join("progress.json"), text).unwrap();
        let store = Store::new(dir.path());
        assert!(store.update(|p| p.record("x/y", Attempt::Passed)).is_err());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("progress.json")).unwrap(),
            text
        );
    }

    #[test]
    fn concurrent_updates_are_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let store = Store::new(&path);
                    for j in 0..10 {
                        store
                            .update(|p| p.record(&format!("day{i:02}/e{j}"), Attempt::Passed))
                            .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(Store::new(&path).read().unwrap().0.exercises.len(), 80);
    }
}
