//! Grading one exercise: prepare a run directory, run the learner's code in the sandbox
//! (output or check mode), compare with the expected output, conclude a verdict.
mod check_mode;
pub mod judge;
mod normalize;
mod output_mode;
pub mod rundir;
pub mod runfs;
mod sweep;
pub mod traceback;
pub mod verdict;
pub mod warm;

use std::ffi::OsString;
use std::time::{Duration, Instant};

use crate::catalog::{Catalog, Exercise, Mode};
use crate::error::{Error, Result};
use crate::python::Interpreter;
use crate::requirements::Packages;
use crate::sandbox::{self, Level, Limits, Outcome};

pub use normalize::normalize;
pub use rundir::Learner;

/// Remove a run directory, whatever a hostile program left in it.
pub fn remove_run_dir(dir: &std::path::Path) -> std::io::Result<()> {
    sweep::remove_tree(dir)
}
pub use verdict::{Failure, Finished, Verdict};

/// Everything needed to grade, shared across many exercises.
pub struct Runner<'a> {
    pub catalog: &'a Catalog,
    pub python: &'a Interpreter,
    pub level: Level,
    pub packages: &'a Packages,
    /// Warm interpreters, for the exercises that benefit (None: every run cold).
    pub warm: Option<&'a warm::Warm>,
}

/// One run's directory and how to present its paths.
pub struct RunContext<'w> {
    pub dir: std::sync::Arc<rundir::RunDir>,
    pub rewriter: traceback::Rewriter,
    /// Service programs the run may start (their env var and path).
    pub services: Vec<crate::services::Found>,
    /// The warm interpreter the runs go to, if any.
    lease: std::cell::RefCell<Option<warm::Lease<'w>>>,
    /// Some run of this grading went to a warm interpreter.
    warm_used: std::cell::Cell<bool>,
}

/// A verdict and the raw output it was drawn from (for `dev bless`).
pub struct Graded {
    pub verdict: Verdict,
    pub actual: Option<String>,
    pub elapsed: Duration,
    /// The runs went to a warm interpreter.
    pub warm: bool,
}

impl<'a> Runner<'a> {
    /// Grade `ex` with the learner's files from `learner`. `learner_dir` is how the
    /// learner names the folder of their files (for tracebacks).
    pub fn grade(&self, ex: &Exercise, learner: Learner, learner_dir: &str) -> Result<Graded> {
        let Some(expected) = self.catalog.source.text(&format!("{}/expected.txt", ex.id)) else {
            return Err(Error::new(format!("{} has no expected output", ex.id))
                .with_hint(format!("authors: `pygrade dev bless {}`", ex.id)));
        };
        self.judged(ex, learner, learner_dir, Some(&expected))
    }

    /// Run and judge; with `expected` None, a run that completes passes and its text
    /// is returned (what `dev bless` writes).
    pub fn judged(
        &self,
        ex: &Exercise,
        learner: Learner,
        learner_dir: &str,
        expected: Option<&str>,
    ) -> Result<Graded> {
        let start = Instant::now();
        let (raw, warm) = self.produce(ex, learner, learner_dir)?;
        let unchanged = match learner {
            Learner::Workspace(ws) => unchanged_files(self.catalog, ex, ws),
            _ => Vec::new(),
        };
        let judged = judge::judge(
            ex,
            &raw,
            &judge::Evidence {
                expected,
                untouched: all_stub(self.catalog, ex, &unchanged),
                unchanged,
            },
        );
        Ok(Graded {
            verdict: judged.verdict,
            actual: judged.actual,
            elapsed: start.elapsed(),
            warm,
        })
    }

    /// Run the exercise and collect what it did, without judging it. An interpreter
    /// that cannot be started is a setup error (Err), never the learner's.
    fn produce(
        &self,
        ex: &Exercise,
        learner: Learner,
        learner_dir: &str,
    ) -> Result<(judge::Raw, bool)> {
        use judge::{Blocked, Raw};
        let services = match crate::services::locate(&ex.meta.services) {
            Ok(found) => found,
            Err(service) => {
                return Ok((
                    Raw::Blocked(Blocked::Service {
                        program: service.program().to_string(),
                        install: service.install_hint().to_string(),
                    }),
                    false,
                ))
            }
        };
        let missing = self
            .packages
            .missing(self.catalog, self.python, &ex.meta.requires)?;
        if !missing.is_empty() {
            return Ok((Raw::Blocked(Blocked::Packages(missing)), false));
        }
        let lease = self.warm_lease(ex, &services)?;
        let dir = match lease.as_ref().and_then(warm::Lease::dir) {
            Some(dir) => {
                rundir::clear(&dir)?;
                dir
            }
            None => std::sync::Arc::new(rundir::create()?),
        };
        match rundir::fill(&dir, self.catalog, ex, learner)? {
            rundir::Filled::Ready => {}
            rundir::Filled::Refused(path, why) => {
                return Ok((
                    Raw::Blocked(Blocked::Refused {
                        path: path.display().to_string(),
                        reason: why.to_string(),
                    }),
                    false,
                ))
            }
            rundir::Filled::Missing(path) => {
                return Ok((
                    Raw::Blocked(Blocked::Missing {
                        path: path.display().to_string(),
                    }),
                    false,
                ))
            }
        }
        let rewriter = traceback::Rewriter {
            work_dir: dir.work.display().to_string(),
            grader_dir: dir.grader.display().to_string(),
            learner_dir: learner_dir.to_string(),
        };
        let ctx = RunContext {
            dir,
            rewriter,
            services,
            lease: std::cell::RefCell::new(lease),
            warm_used: std::cell::Cell::new(false),
        };
        let raw = match ex.meta.mode {
            Mode::Check => Raw::Check(check_mode::run(self, &ctx, ex)?),
            Mode::Output => Raw::Output(output_mode::run(self, &ctx, ex)?),
        };
        Ok((raw, ctx.warm_used.get()))
    }

    /// The same runner without warm interpreters: every run cold.
    pub fn cold(&self) -> Runner<'a> {
        Runner {
            catalog: self.catalog,
            python: self.python,
            level: self.level,
            packages: self.packages,
            warm: None,
        }
    }

    /// Whether runs of `ex` go to a warm interpreter.
    pub fn is_warm(&self, ex: &Exercise) -> bool {
        self.warm.is_some_and(|w| {
            let imports = self.imports(ex).unwrap_or_default();
            w.modules(ex, &imports, self.level).is_some()
        })
    }

    fn imports(&self, ex: &Exercise) -> Result<Vec<String>> {
        let reqs = crate::requirements::load(self.catalog)?;
        Ok(ex
            .meta
            .requires
            .iter()
            .filter_map(|r| reqs.get(r).map(|q| q.import.clone()))
            .collect())
    }

    /// A warm interpreter for `ex`, when it benefits from one (see `warm`).
    fn warm_lease(
        &self,
        ex: &Exercise,
        services: &[crate::services::Found],
    ) -> Result<Option<warm::Lease<'a>>> {
        let Some(warm) = self.warm else {
            return Ok(None);
        };
        let imports = self.imports(ex)?;
        let Some(modules) = warm.modules(ex, &imports, self.level) else {
            return Ok(None);
        };
        warm.lease(ex, self.python, modules, self.level, || {
            let dir = std::sync::Arc::new(rundir::create()?);
            let job = self.job(&dir, services, ex, Vec::new(), None);
            Ok((dir, job))
        })
    }

    /// The sandbox job for running the interpreter with `args` in run dir `dir`.
    fn job(
        &self,
        dir: &rundir::RunDir,
        services: &[crate::services::Found],
        ex: &Exercise,
        args: Vec<OsString>,
        stdin: Option<Vec<u8>>,
    ) -> sandbox::Job {
        let mut all_args: Vec<OsString> = vec!["-B".into()];
        all_args.extend(args);
        let limits = Limits::new(
            Duration::from_secs_f64(ex.meta.timeout),
            ex.meta.memory_mb,
            ex.meta.output_kb,
        );
        let mut read_dirs = self.python.read_dirs();
        read_dirs.push(dir.grader.clone());
        let mut env = environment(self.python, dir, self.level);
        for found in services {
            read_dirs.extend(found.dirs());
            env.push((found.env.to_string(), found.program.display().to_string()));
        }
        sandbox::Job {
            program: self.python.executable.clone(),
            args: all_args,
            dir: dir.work.clone(),
            env,
            stdin,
            limits,
            read_dirs,
            write_dirs: vec![dir.work.clone(), dir.tmp.clone()],
        }
    }

    /// Run the interpreter with `args` in the run directory under the sandbox: in the
    /// warm interpreter when the run has one (cold if it fails, in the same dir).
    pub fn run_python(
        &self,
        ctx: &RunContext,
        ex: &Exercise,
        args: Vec<OsString>,
        stdin: Option<Vec<u8>>,
    ) -> Result<Outcome> {
        let job = self.job(&ctx.dir, &ctx.services, ex, args, stdin);
        let could_not_start = |e: std::io::Error| {
            Error::new(format!(
                "could not start {}: {e}",
                self.python.executable.display()
            ))
            .with_hint(
                "check the interpreter with `pygrade doctor`, or choose another with --python",
            )
        };
        if let Some(lease) = ctx.lease.borrow_mut().as_mut() {
            if sandbox::layers::runs_as_nobody(self.level) {
                sandbox::layers::give_dirs(&job).map_err(could_not_start)?;
            }
            if let Ok(out) = lease.run(&job) {
                ctx.warm_used.set(true);
                return Ok(out);
            }
        }
        sandbox::run(&job, self.level).map_err(could_not_start)
    }
}

/// The cleared environment every run gets: deterministic hashing, UTF-8, no colors, a
/// fixed terminal width (argparse wraps to it), no bytecode files.
fn environment(python: &Interpreter, dir: &rundir::RunDir, level: Level) -> Vec<(String, String)> {
    let bin = python
        .executable
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut env: Vec<(String, String)> = [
        ("PATH", format!("{bin}:/usr/local/bin:/usr/bin:/bin")),
        ("HOME", dir.work.display().to_string()),
        ("TMPDIR", dir.tmp.display().to_string()),
        ("LANG", "C.UTF-8".into()),
        ("LC_ALL", "C.UTF-8".into()),
        ("PYTHONHASHSEED", "0".into()),
        ("PYTHONDONTWRITEBYTECODE", "1".into()),
        ("PYTHONUTF8", "1".into()),
        ("PYTHONIOENCODING", "utf-8".into()),
        ("PYTHONNOUSERSITE", "1".into()),
        ("PYTHON_COLORS", "0".into()),
        ("NO_COLOR", "1".into()),
        ("TERM", "dumb".into()),
        ("COLUMNS", "80".into()),
        ("LINES", "24".into()),
        ("MALLOC_ARENA_MAX", "2".into()),
        ("PIP_NO_INDEX", "1".into()),
        ("PIP_DISABLE_PIP_VERSION_CHECK", "1".into()),
        ("PYGRADE_SANDBOX_LEVEL", level.name().into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    if python.in_venv() {
        env.push(("VIRTUAL_ENV".into(), python.prefix.display().to_string()));
    }
    env
}

/// The files the learner is to edit (a file handed over ready-made has no solution
/// copy: it is run, not edited).
fn editable_files<'e>(catalog: &Catalog, ex: &'e Exercise) -> Vec<&'e String> {
    ex.meta
        .files
        .iter()
        .filter(|file| {
            catalog
                .source
                .get(&format!("{}/solution/{file}", ex.id))
                .is_some()
        })
        .collect()
}

/// Every file the learner edits for `ex` is still its stub: nothing is begun.
pub fn untouched(catalog: &Catalog, ex: &Exercise, ws: &crate::workspace::Workspace) -> bool {
    all_stub(catalog, ex, &unchanged_files(catalog, ex, ws))
}

fn all_stub(catalog: &Catalog, ex: &Exercise, unchanged: &[String]) -> bool {
    let editable = editable_files(catalog, ex).len();
    editable > 0 && unchanged.len() == editable
}

/// The files the learner is to edit that are still byte for byte their stub.
pub fn unchanged_files(
    catalog: &Catalog,
    ex: &Exercise,
    ws: &crate::workspace::Workspace,
) -> Vec<String> {
    let editable = editable_files(catalog, ex);
    ex.meta
        .files
        .iter()
        .zip(ex.learner_paths())
        .filter(|(file, _)| editable.contains(file))
        .filter(|(file, rel)| {
            let stub = catalog.source.get(&format!("{}/stub/{file}", ex.id));
            stub.is_some()
                && crate::untrusted::read_learner_file(
                    &ws.root,
                    &ws.path(rel),
                    rundir::LEARNER_FILE_CAP,
                )
                .ok()
                .as_deref()
                    == stub
        })
        .map(|(file, _)| file.clone())
        .collect()
}
