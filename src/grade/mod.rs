//! Grading one exercise: prepare a run directory, run the learner's code in the sandbox
//! (output or check mode), compare with the expected output, conclude a verdict.
mod check_mode;
mod normalize;
mod output_mode;
pub mod rundir;
pub mod runfs;
mod sweep;
pub mod traceback;
pub mod verdict;

use std::ffi::OsString;
use std::time::{Duration, Instant};

use crate::catalog::{Catalog, Exercise, Mode};
use crate::error::{Error, Result};
use crate::python::Interpreter;
use crate::requirements::Packages;
use crate::sandbox::{self, Level, Limits, Outcome, Status};

pub use normalize::normalize;
pub use rundir::Learner;

/// Remove a run directory, whatever a hostile program left in it.
pub fn remove_run_dir(dir: &std::path::Path) -> std::io::Result<()> {
    sweep::remove_tree(dir)
}
pub use verdict::{Failure, Verdict};

/// Everything needed to grade, shared across many exercises.
pub struct Runner<'a> {
    pub catalog: &'a Catalog,
    pub python: &'a Interpreter,
    pub level: Level,
    pub packages: &'a Packages,
}

/// One run's directory and how to present its paths.
pub struct RunContext {
    pub dir: rundir::RunDir,
    pub rewriter: traceback::Rewriter,
    /// Service programs the run may start (their env var and path).
    pub services: Vec<crate::services::Found>,
}

/// A verdict and the raw output it was drawn from (for `dev bless`).
pub struct Graded {
    pub verdict: Verdict,
    pub actual: Option<String>,
    pub elapsed: Duration,
}

/// What a run produced before any comparison.
pub enum Produced {
    Output(Output),
    /// The run ended in a way that decides the verdict by itself (timeout, crash…).
    Stopped(Verdict),
}

pub struct Output {
    /// The text to diff: check lines, or the output-mode transcript.
    pub actual: String,
    /// Check mode: the learner's prints and tracebacks, with case markers.
    pub stderr: String,
    /// Output mode: each case's stderr.
    pub case_stderr: Vec<(String, String)>,
    pub lossy: bool,
}

impl Runner<'_> {
    /// Grade `ex` with the learner's files from `learner`. `learner_dir` is how the
    /// learner names the folder of their files (for tracebacks).
    pub fn grade(&self, ex: &Exercise, learner: Learner, learner_dir: &str) -> Result<Graded> {
        let start = Instant::now();
        let produced = self.produce(ex, learner, learner_dir)?;
        let (verdict, actual) = match produced {
            Produced::Stopped(v) => (v, None),
            Produced::Output(out) => {
                let Some(expected) = self.catalog.source.text(&format!("{}/expected.txt", ex.id))
                else {
                    return Err(Error::new(format!("{} has no expected output", ex.id))
                        .with_hint(format!("authors: `pygrade dev bless {}`", ex.id)));
                };
                let mut verdict = compare(ex, &expected, &out);
                if let (Verdict::Failed(f), Learner::Workspace(ws)) = (&mut verdict, learner) {
                    f.not_started |= untouched(self.catalog, ex, ws);
                }
                (verdict, Some(out.actual))
            }
        };
        Ok(Graded {
            verdict,
            actual,
            elapsed: start.elapsed(),
        })
    }

    /// Run the exercise and collect its output, without judging it.
    pub fn produce(&self, ex: &Exercise, learner: Learner, learner_dir: &str) -> Result<Produced> {
        let services = match crate::services::locate(&ex.meta.services) {
            Ok(found) => found,
            Err(service) => {
                return Ok(Produced::Stopped(Verdict::NeedsService {
                    program: service.program().to_string(),
                    install: service.install_hint().to_string(),
                }))
            }
        };
        let missing = self
            .packages
            .missing(self.catalog, self.python, &ex.meta.requires)?;
        if !missing.is_empty() {
            return Ok(Produced::Stopped(Verdict::NeedsPackages { missing }));
        }
        let dir = match rundir::prepare(self.catalog, ex, learner)? {
            rundir::Prepared::Ready(d) => d,
            rundir::Prepared::Refused(path, why) => {
                return Ok(Produced::Stopped(Verdict::RefusedFile {
                    path: path.display().to_string(),
                    reason: why.to_string(),
                }))
            }
            rundir::Prepared::Missing(path) => {
                return Ok(Produced::Stopped(Verdict::MissingFile {
                    path: path.display().to_string(),
                }))
            }
        };
        let rewriter = traceback::Rewriter {
            work_dir: dir.work.display().to_string(),
            grader_dir: dir.grader.display().to_string(),
            learner_dir: learner_dir.to_string(),
        };
        let ctx = RunContext {
            dir,
            rewriter,
            services,
        };
        Ok(match ex.meta.mode {
            Mode::Check => match check_mode::run(self, &ctx, ex) {
                Ok(out) => Produced::Output(Output {
                    actual: out.lines,
                    stderr: out.stderr,
                    case_stderr: Vec::new(),
                    lossy: out.lossy,
                }),
                Err(v) => Produced::Stopped(v),
            },
            Mode::Output => match output_mode::run(self, &ctx, ex) {
                Ok(t) => Produced::Output(Output {
                    actual: t.text,
                    stderr: String::new(),
                    case_stderr: t.stderr,
                    lossy: t.lossy,
                }),
                Err(v) => Produced::Stopped(v),
            },
        })
    }

    /// Run the interpreter with `args` in the run directory under the sandbox.
    pub fn run_python(
        &self,
        ctx: &RunContext,
        ex: &Exercise,
        args: Vec<OsString>,
        stdin: Option<Vec<u8>>,
    ) -> Result<Outcome> {
        let mut all_args: Vec<OsString> = vec!["-B".into()];
        all_args.extend(args);
        let limits = Limits::new(
            Duration::from_secs_f64(ex.meta.timeout),
            ex.meta.memory_mb,
            ex.meta.output_kb,
        );
        let mut read_dirs = self.python.read_dirs();
        read_dirs.push(ctx.dir.grader.clone());
        let mut env = environment(self.python, &ctx.dir, self.level);
        for found in &ctx.services {
            read_dirs.extend(found.dirs());
            env.push((found.env.to_string(), found.program.display().to_string()));
        }
        let job = sandbox::Job {
            program: self.python.executable.clone(),
            args: all_args,
            dir: ctx.dir.work.clone(),
            env,
            stdin,
            limits,
            read_dirs,
            write_dirs: vec![ctx.dir.work.clone(), ctx.dir.tmp.clone()],
        };
        sandbox::run(&job, self.level).map_err(|e| {
            Error::new(format!(
                "could not start {}: {e}",
                self.python.executable.display()
            ))
            .with_hint(
                "check the interpreter with `pygrade doctor`, or choose another with --python",
            )
        })
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

/// Every learner file is still byte for byte the stub.
fn untouched(catalog: &Catalog, ex: &Exercise, ws: &crate::workspace::Workspace) -> bool {
    ex.meta
        .files
        .iter()
        .zip(ex.learner_paths())
        .all(|(file, rel)| {
            let stub = catalog.source.get(&format!("{}/stub/{file}", ex.id));
            stub.is_some()
                && crate::untrusted::read_learner_file(
                    &ws.root,
                    &ws.path(&rel),
                    rundir::LEARNER_FILE_CAP,
                )
                .ok()
                .as_deref()
                    == stub
        })
}

/// Judge produced output against the expected text.
fn compare(ex: &Exercise, expected: &str, out: &Output) -> Verdict {
    let (expected, actual) = (normalize(expected), normalize(&out.actual));
    if expected == actual {
        return Verdict::Passed;
    }
    let first = normalize::first_difference(&expected, &actual).unwrap_or(0);
    let first_case = normalize::case_of(&expected, first);
    let learner_output = match (&first_case, ex.meta.mode) {
        (Some(case), Mode::Check) => {
            let own = traceback::for_case(&out.stderr, case);
            if own.is_empty() {
                traceback::strip_markers(&out.stderr)
            } else {
                own
            }
        }
        (Some(case), Mode::Output) => out
            .case_stderr
            .iter()
            .find(|(l, _)| l == case)
            .map(|(_, s)| s.clone())
            .unwrap_or_default(),
        (None, _) => traceback::strip_markers(&out.stderr),
    };
    let not_started = match ex.meta.mode {
        Mode::Check => {
            let mut cases = actual.lines().filter(|l| l.starts_with("case ")).peekable();
            cases.peek().is_some() && cases.all(|l| l.contains("NotImplementedError"))
        }
        Mode::Output => {
            !out.case_stderr.is_empty()
                && out
                    .case_stderr
                    .iter()
                    .all(|(_, s)| s.contains("NotImplementedError"))
        }
    };
    Verdict::Failed(Box::new(Failure {
        expected,
        actual,
        first_case,
        learner_output,
        check_notes: traceback::notes(&out.stderr),
        not_started,
        lossy: out.lossy,
    }))
}

/// Verdict for a process killed by a signal we did not send.
fn killed(status: &Status, ex: &Exercise, case: Option<String>, stderr: &str) -> Verdict {
    let reason = match status {
        Status::Signaled(libc::SIGXCPU) | Status::Signaled(libc::SIGKILL)
            if stderr.is_empty() || !stderr.contains("MemoryError") =>
        {
            if matches!(status, Status::Signaled(libc::SIGXCPU)) {
                format!(
                    "CPU time limit of {} s reached",
                    ex.meta.timeout.ceil() as u64 + 2
                )
            } else {
                format!(
                    "killed (SIGKILL): most likely the memory limit of {} MB or the CPU limit",
                    ex.meta.memory_mb
                )
            }
        }
        Status::Signaled(sig) => format!("crashed with {}", sandbox::signal_name(*sig)),
        _ => "killed".to_string(),
    };
    Verdict::Killed { reason, case }
}
