//! What grading one exercise concluded. The UI turns this into words and colors; JSON
//! output serialises it as is.
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    /// Ran to completion; output differs from the expected output.
    Failed(Box<Failure>),
    /// Crashed outside any case: syntax error, import error, early exit.
    Error {
        summary: String,
        traceback: String,
    },
    TimedOut {
        limit_seconds: f64,
        /// The case that was running.
        case: Option<String>,
        /// Some(true): it sat waiting (blocked, never returns); Some(false): it was
        /// computing the whole time (endless loop or too slow); None: unclear.
        waiting: Option<bool>,
        /// The cases that finished before it, each right or wrong.
        finished: Vec<Finished>,
    },
    /// Killed by a signal we did not send: a limit or a crash.
    Killed {
        reason: String,
        case: Option<String>,
    },
    OutputTooLarge {
        stream: String,
        limit_bytes: usize,
        case: Option<String>,
    },
    NeedsPackages {
        missing: Vec<String>,
    },
    MissingFile {
        path: String,
    },
    /// The run was stopped before it ended (the learner saved again, or quit).
    Cancelled,
    /// A learner file that is not a regular file inside the workspace.
    RefusedFile {
        path: String,
        reason: String,
    },
    /// The grader or the machine failed (a service would not start): not the
    /// learner's error.
    GraderFault {
        summary: String,
    },
    /// A service the exercise runs (redis-server) is not installed on this machine.
    NeedsService {
        program: String,
        install: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub expected: String,
    pub actual: String,
    /// The first case whose output differs, as the check labels it.
    pub first_case: Option<String>,
    /// The learner's own prints and tracebacks (paths rewritten), if any.
    pub learner_output: String,
    /// What the check explained (a tool's report, what differed and why).
    pub check_notes: String,
    /// The learner has not begun: every case raises NotImplementedError, or the files
    /// are still byte for byte the stub.
    pub not_started: bool,
    /// Every file the learner edits is still byte for byte its stub.
    pub untouched: bool,
    /// Files the learner edits still byte for byte their stub (of several, the ones
    /// not begun).
    pub unchanged_files: Vec<String>,
    /// Non-UTF-8 bytes were replaced for display.
    pub lossy: bool,
}

/// A case that finished before a timeout.
#[derive(Debug, Clone, Serialize)]
pub struct Finished {
    pub line: String,
    pub right: bool,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Passed)
    }

    /// A problem with the setup rather than the learner's code (exit code 2).
    pub fn is_setup_problem(&self) -> bool {
        matches!(
            self,
            Verdict::NeedsPackages { .. }
                | Verdict::MissingFile { .. }
                | Verdict::NeedsService { .. }
                | Verdict::GraderFault { .. }
                | Verdict::RefusedFile { .. }
        )
    }

    pub fn label(&self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::Failed(_) => "failed",
            Verdict::Error { .. } => "error",
            Verdict::TimedOut { .. } => "timed out",
            Verdict::Killed { .. } => "killed",
            Verdict::OutputTooLarge { .. } => "output too large",
            Verdict::NeedsPackages { .. } => "needs packages",
            Verdict::MissingFile { .. } => "missing file",
            Verdict::NeedsService { .. } => "needs a service",
            Verdict::GraderFault { .. } => "grader problem",
            Verdict::RefusedFile { .. } => "file refused",
            Verdict::Cancelled => "cancelled",
        }
    }
}
