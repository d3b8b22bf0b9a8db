//! Warm interpreters for the exercises whose declared third-party modules are slow to
//! import (the FastAPI stack, SQLAlchemy, Celery…): a zygote per exercise imports them
//! once, under the full sandbox, and forks a fresh child per run.
//!
//! Which exercises: those that declare packages (`requires`), until measured otherwise:
//! each zygote reports how long its imports took, and an exercise whose imports took
//! less than [`WORTH_IT`] goes back to cold runs (a fork saves nothing worth a
//! resident interpreter). `PYGRADE_WARM=never` turns warm runs off, `always` makes
//! every exercise warm (for tests of the warm path itself). Only at the full sandbox
//! level: the zygote kills a run's leftovers with `kill(-1)`, safe only inside the
//! run's own PID namespace.
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use crate::catalog::Exercise;
use crate::python::Interpreter;
use crate::sandbox::zygote::{self, Zygote};
use crate::sandbox::{Job, Level, Outcome};

use super::rundir::RunDir;

/// Imports quicker than this are not worth a resident interpreter.
pub const WORTH_IT: Duration = Duration::from_millis(50);
/// Idle zygotes kept at most (the least recently used go first): each holds its
/// imports in memory, and `dev check` moves through many exercises.
const MAX_IDLE: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    Auto,
    Always,
    Never,
}

impl Policy {
    pub fn from_env() -> Policy {
        match std::env::var("PYGRADE_WARM").as_deref() {
            Ok("never") | Ok("0") => Policy::Never,
            Ok("always") => Policy::Always,
            _ => Policy::Auto,
        }
    }
}

struct Idle {
    /// What the zygote is for: its modules, memory limit and services.
    group: String,
    /// The installed packages it imported from.
    fingerprint: String,
    zygote: Zygote,
    dir: Arc<RunDir>,
}

type Started = std::io::Result<Zygote>;
struct StartRequest {
    job: Job,
    level: Level,
    modules: Vec<String>,
    reply: mpsc::Sender<Started>,
}

/// The warm interpreters of one pygrade process.
pub struct Warm {
    policy: Policy,
    idle: Mutex<Vec<Idle>>,
    starter: Mutex<mpsc::Sender<StartRequest>>,
    /// Groups measured not worth it (or whose zygote would not start): cold.
    cold: Mutex<HashMap<String, String>>,
}

impl Warm {
    pub fn new(policy: Policy) -> Warm {
        // Zygotes are forked from this thread, which lives as long as pygrade: the
        // sandbox's parent-death signal follows the forking thread, and a grading
        // thread that ends must not take a zygote with it.
        let (tx, rx) = mpsc::channel::<StartRequest>();
        std::thread::spawn(move || {
            let tag = format!("pygrade-{}", std::process::id());
            for req in rx {
                let stderr = req.job.dir.with_file_name("zygote-stderr");
                let started = zygote::start(&req.job, req.level, &req.modules, &tag, stderr);
                let _ = req.reply.send(started);
            }
        });
        Warm {
            policy,
            idle: Mutex::new(Vec::new()),
            starter: Mutex::new(tx),
            cold: Mutex::new(HashMap::new()),
        }
    }

    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// The modules a zygote for `ex` would import, or None when `ex` runs cold.
    pub fn modules(&self, ex: &Exercise, imports: &[String], level: Level) -> Option<Vec<String>> {
        if level != Level::Full || self.policy == Policy::Never {
            return None;
        }
        if self.policy == Policy::Auto
            && (imports.is_empty() || self.lock_cold().contains_key(&group_of(ex, imports)))
        {
            return None;
        }
        Some(imports.to_vec())
    }

    /// A zygote for `ex` with this interpreter and its installed packages, idle and
    /// ready, started if need be (from `job`, built for a fresh run dir `dir`).
    pub fn lease(
        &self,
        ex: &Exercise,
        python: &Interpreter,
        modules: Vec<String>,
        level: Level,
        fresh: impl FnOnce() -> crate::error::Result<(Arc<RunDir>, Job)>,
    ) -> crate::error::Result<Option<Lease<'_>>> {
        let group = group_of(ex, &modules);
        let fingerprint = fingerprint(python);
        let found = {
            let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
            // A zygote made for other packages (the venv changed) is dropped, which
            // kills it.
            idle.retain(|i| i.group != group || i.fingerprint == fingerprint);
            idle.iter()
                .position(|i| i.group == group)
                .map(|at| idle.remove(at))
        };
        if let Some(mut idle) = found {
            if idle.zygote.alive() {
                return Ok(Some(Lease {
                    warm: self,
                    idle: Some(idle),
                }));
            }
        }
        let (dir, job) = fresh()?;
        let (reply, answer) = mpsc::channel();
        let sent = self
            .starter
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(StartRequest {
                job,
                level,
                modules,
                reply,
            });
        let started = match sent {
            Ok(()) => answer
                .recv()
                .unwrap_or_else(|_| Err(std::io::Error::other("the zygote starter ended"))),
            Err(_) => Err(std::io::Error::other("the zygote starter ended")),
        };
        match started {
            Ok(mut zygote) => {
                if self.policy == Policy::Auto && zygote.import_time < WORTH_IT {
                    self.lock_cold().insert(
                        group.clone(),
                        format!(
                            "its packages import in {} ms: a cold run costs as much",
                            zygote.import_time.as_millis()
                        ),
                    );
                }
                zygote.import_time = Duration::ZERO;
                Ok(Some(Lease {
                    warm: self,
                    idle: Some(Idle {
                        group,
                        fingerprint,
                        zygote,
                        dir,
                    }),
                }))
            }
            Err(e) => {
                // Cold from now on, and this run too: a zygote that will not start
                // says nothing about the learner's code.
                self.lock_cold()
                    .insert(group, format!("its warm interpreter failed: {e}"));
                Ok(None)
            }
        }
    }

    fn lock_cold(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.cold.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Exercises whose runs can share a zygote: the same modules imported, the same
/// memory limit (the zygote's own), the same services reachable.
fn group_of(ex: &Exercise, modules: &[String]) -> String {
    format!(
        "{}|{} MB|{}",
        modules.join(","),
        ex.meta.memory_mb,
        ex.meta.services.join(",")
    )
}

/// A zygote borrowed for one run; given back (if it still lives) when dropped.
pub struct Lease<'w> {
    warm: &'w Warm,
    idle: Option<Idle>,
}

impl Lease<'_> {
    pub fn dir(&self) -> Option<Arc<RunDir>> {
        self.idle.as_ref().map(|i| i.dir.clone())
    }

    pub fn run(&mut self, job: &Job) -> std::io::Result<Outcome> {
        let Some(idle) = self.idle.as_mut() else {
            return Err(std::io::Error::other("no zygote"));
        };
        let out = idle.zygote.run(job);
        if out.is_err() {
            // Broken: never lent again (dropping it kills it).
            self.idle = None;
        }
        out
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(mut idle) = self.idle.take() {
            if idle.zygote.alive() {
                let mut pool = self.warm.idle.lock().unwrap_or_else(|p| p.into_inner());
                pool.push(idle);
                while pool.len() > MAX_IDLE {
                    pool.remove(0);
                }
            }
        }
    }
}

/// What the interpreter's installed packages look like: changes when a package is
/// installed, upgraded or removed (the site-packages directories change).
pub fn fingerprint(python: &Interpreter) -> String {
    let mut parts = vec![python.executable.display().to_string()];
    for dir in site_packages(&python.prefix) {
        let stamp = std::fs::metadata(&dir)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        parts.push(format!("{}={stamp}", dir.display()));
    }
    parts.join("|")
}

fn site_packages(prefix: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for lib in ["lib", "lib64"] {
        let Ok(entries) = std::fs::read_dir(prefix.join(lib)) else {
            continue;
        };
        for e in entries.flatten() {
            let sp = e.path().join("site-packages");
            if sp.is_dir() {
                found.push(sp);
            }
        }
    }
    found.sort();
    found
}
