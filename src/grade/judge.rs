//! The one place a verdict is decided. The modes hand over raw runs (how each process
//! ended, what it printed); this module turns them, the expected text and the state of
//! the learner's files into pass, fail, timeout, cap, kill, not started, grader fault
//! or error. Nothing else in pygrade concludes a verdict from a run.
use crate::catalog::Exercise;
use crate::sandbox::{self, Status};

use super::check_mode::CheckRun;
use super::normalize::{case_of, first_difference, normalize};
use super::output_mode::CaseRun;
use super::traceback::{self, last_error_line, strip_markers};
use super::verdict::{Failure, Finished, Verdict};

/// What the runs of one grading produced, before any judgement.
pub enum Raw {
    /// Nothing ran: something the run needs is missing or refused.
    Blocked(Blocked),
    Check(CheckRun),
    Output(Vec<CaseRun>),
}

pub enum Blocked {
    Service { program: String, install: String },
    Packages(Vec<String>),
    Refused { path: String, reason: String },
    Missing { path: String },
}

/// The facts a verdict is drawn from besides the run.
pub struct Evidence<'a> {
    /// The blessed expected output; None when blessing (a completed run passes).
    pub expected: Option<&'a str>,
    /// Files the learner edits that are still byte for byte their stub.
    pub unchanged: Vec<String>,
    /// All of them are: nothing has been begun.
    pub untouched: bool,
}

/// A verdict, and the text the run produced when it ran to its end.
pub struct Judged {
    pub verdict: Verdict,
    pub actual: Option<String>,
}

pub fn judge(ex: &Exercise, raw: &Raw, evidence: &Evidence) -> Judged {
    let completed = match raw {
        Raw::Blocked(b) => Err(blocked(b)),
        Raw::Check(run) => check_run(ex, run),
        Raw::Output(cases) => output_runs(ex, cases),
    };
    match completed {
        Err(stop) => Judged {
            verdict: with_finished(stop, raw, evidence.expected),
            actual: None,
        },
        Ok(done) => {
            let verdict = match evidence.expected {
                None => Verdict::Passed,
                Some(expected) => compare(expected, &done, evidence),
            };
            Judged {
                verdict,
                actual: Some(done.actual),
            }
        }
    }
}

fn blocked(b: &Blocked) -> Verdict {
    match b {
        Blocked::Service { program, install } => Verdict::NeedsService {
            program: program.clone(),
            install: install.clone(),
        },
        Blocked::Packages(missing) => Verdict::NeedsPackages {
            missing: missing.clone(),
        },
        Blocked::Refused { path, reason } => Verdict::RefusedFile {
            path: path.clone(),
            reason: reason.clone(),
        },
        Blocked::Missing { path } => Verdict::MissingFile { path: path.clone() },
    }
}

/// A run that reached its end: the text to diff and what explains it.
struct Completed {
    actual: String,
    /// Check mode: the learner's prints and tracebacks, with case markers.
    stderr: String,
    /// Output mode: each case's stderr.
    case_stderr: Vec<(String, String)>,
    lossy: bool,
    /// Every case says NotImplementedError: nothing is written yet.
    all_not_implemented: bool,
}

fn check_run(ex: &Exercise, run: &CheckRun) -> Result<Completed, Verdict> {
    let out = &run.outcome;
    let stderr = &run.stderr;
    if out.memory_capped && out.status != Status::Cancelled {
        return Err(over_memory_cap(ex, running_case(stderr)));
    }
    match out.status {
        Status::Cancelled => return Err(Verdict::Cancelled),
        Status::TimedOut => {
            return Err(timed_out(ex, running_case(stderr), out.busy));
        }
        // The learner's prints reach stderr in check mode (the support module moves
        // them there), so whichever pipe filled, it was the learner's output.
        Status::OutputCapped(_) => {
            return Err(Verdict::OutputTooLarge {
                stream: "its output (print and stderr)".into(),
                limit_bytes: ex.meta.output_kb * 1024,
                case: running_case(stderr),
            })
        }
        _ => {}
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let done = format!("@@pygrade-done {}", run.token);
    let mut lines: Vec<&str> = stdout.lines().collect();
    let finished = lines.last() == Some(&done.as_str());
    if finished {
        lines.pop();
    }
    if let Some(summary) = traceback::grader_fault(stderr, &run.token) {
        return Err(Verdict::GraderFault { summary });
    }
    if let Status::Signaled(_) = out.status {
        return Err(killed(
            &out.status,
            ex,
            running_case(stderr),
            stderr,
            out.memory_capped,
        ));
    }
    if !finished {
        let summary = match (&out.status, last_error_line(stderr)) {
            (Status::Exited(0), _) => "your code ended the program before the check finished (sys.exit, os._exit or exit() at import time?)".to_string(),
            (_, Some(line)) if line.contains("MemoryError") => {
                return Err(memory_error(ex, running_case(stderr)))
            }
            (_, Some(line)) => line,
            (Status::Exited(code), None) => format!("the check exited with status {code} without finishing"),
            _ => "the check did not finish".to_string(),
        };
        return Err(Verdict::Error {
            summary,
            traceback: strip_markers(stderr),
        });
    }
    let mut actual = lines.join("\n");
    actual.push('\n');
    let mut cases = lines.iter().filter(|l| l.starts_with("case ")).peekable();
    let all_not_implemented =
        cases.peek().is_some() && cases.all(|l| l.contains("NotImplementedError"));
    Ok(Completed {
        actual,
        stderr: stderr.clone(),
        case_stderr: Vec::new(),
        lossy: std::str::from_utf8(&out.stdout).is_err()
            || std::str::from_utf8(&out.stderr).is_err(),
        all_not_implemented,
    })
}

fn output_runs(ex: &Exercise, cases: &[CaseRun]) -> Result<Completed, Verdict> {
    for case in cases {
        let label = Some(case.label.clone());
        if case.memory_capped && case.status != Status::Cancelled {
            return Err(over_memory_cap(ex, label));
        }
        match case.status {
            Status::Cancelled => return Err(Verdict::Cancelled),
            Status::TimedOut => return Err(timed_out(ex, label, case.busy)),
            Status::OutputCapped(stream) => {
                return Err(Verdict::OutputTooLarge {
                    stream: stream.into(),
                    limit_bytes: ex.meta.output_kb * 1024,
                    case: label,
                })
            }
            // A limit reached is a verdict of its own, naming the limit, not a diff.
            Status::Signaled(libc::SIGXCPU | libc::SIGKILL) => {
                return Err(killed(
                    &case.status,
                    ex,
                    label,
                    &case.stderr,
                    case.memory_capped,
                ))
            }
            _ => {}
        }
        if last_error_line(&case.stderr).is_some_and(|l| l.starts_with("MemoryError")) {
            return Err(memory_error(ex, label));
        }
    }
    Ok(Completed {
        actual: cases.iter().map(|c| c.transcript.as_str()).collect(),
        stderr: String::new(),
        case_stderr: cases
            .iter()
            .map(|c| (c.label.clone(), c.stderr.clone()))
            .collect(),
        lossy: cases.iter().any(|c| c.lossy),
        all_not_implemented: !cases.is_empty()
            && cases
                .iter()
                .all(|c| c.stderr.contains("NotImplementedError")),
    })
}

/// The case a check was inside when it stopped: the support module announces each
/// case on stderr as it starts.
fn running_case(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("@@pygrade-case "))
        .map(str::to_string)
}

fn timed_out(ex: &Exercise, case: Option<String>, busy: Option<f64>) -> Verdict {
    Verdict::TimedOut {
        limit_seconds: ex.meta.timeout,
        case,
        // Below a tenth of a CPU the program mostly waited; above half it computed.
        waiting: busy.and_then(|b| match b {
            b if b < 0.1 => Some(true),
            b if b > 0.5 => Some(false),
            _ => None,
        }),
        finished: Vec::new(),
    }
}

/// A timeout keeps what the cases before it showed: each finished case, right or not.
fn with_finished(stop: Verdict, raw: &Raw, expected: Option<&str>) -> Verdict {
    let Verdict::TimedOut {
        limit_seconds,
        case,
        waiting,
        ..
    } = stop
    else {
        return stop;
    };
    let expected = normalize(expected.unwrap_or(""));
    let finished = match raw {
        Raw::Check(run) => {
            let stdout = String::from_utf8_lossy(&run.outcome.stdout);
            stdout
                .lines()
                .filter(|l| l.starts_with("case "))
                .map(|l| Finished {
                    line: l.to_string(),
                    right: expected.lines().any(|e| e == l.trim_end()),
                })
                .collect()
        }
        Raw::Blocked(_) => Vec::new(),
        Raw::Output(cases) => cases
            .iter()
            .filter(|c| matches!(c.status, Status::Exited(_) | Status::Signaled(_)))
            .map(|c| Finished {
                line: c.label.clone(),
                right: expected.contains(&normalize(&c.transcript)),
            })
            .collect(),
    };
    Verdict::TimedOut {
        limit_seconds,
        case,
        waiting,
        finished,
    }
}

/// The kernel killed processes of the run (any of them) for the run's total cap: a
/// verdict of its own, whatever the rest of the run did after.
fn over_memory_cap(ex: &Exercise, case: Option<String>) -> Verdict {
    Verdict::Killed {
        reason: format!(
            "your program's processes together used more memory than a run may ({} MB, plus the run dir's 512 MB); the kernel killed some of them",
            ex.meta.memory_mb
        ),
        case,
    }
}

fn memory_error(ex: &Exercise, case: Option<String>) -> Verdict {
    Verdict::Killed {
        reason: format!(
            "memory limit of {} MB reached (MemoryError)",
            ex.meta.memory_mb
        ),
        case,
    }
}

/// Verdict for a process killed by a signal we did not send.
fn killed(
    status: &Status,
    ex: &Exercise,
    case: Option<String>,
    stderr: &str,
    memory_capped: bool,
) -> Verdict {
    if stderr.contains("MemoryError") {
        return memory_error(ex, case);
    }
    if memory_capped {
        return over_memory_cap(ex, case);
    }
    let reason = match status {
        Status::Signaled(libc::SIGXCPU) => format!(
            "CPU time limit of {} s reached",
            ex.meta.timeout.ceil() as u64 + 2
        ),
        Status::Signaled(libc::SIGKILL) => format!(
            "killed (SIGKILL): most likely the memory limit of {} MB or the CPU limit",
            ex.meta.memory_mb
        ),
        Status::Signaled(sig) => format!("crashed with {}", sandbox::signal_name(*sig)),
        _ => "killed".to_string(),
    };
    Verdict::Killed { reason, case }
}

/// Judge completed output against the expected text.
fn compare(expected: &str, out: &Completed, evidence: &Evidence) -> Verdict {
    let (expected, actual) = (normalize(expected), normalize(&out.actual));
    if expected == actual {
        return Verdict::Passed;
    }
    let first = first_difference(&expected, &actual).unwrap_or(0);
    let first_case = case_of(&expected, &actual, first);
    let learner_output = match &first_case {
        Some(case) if out.case_stderr.is_empty() => {
            let own = traceback::for_case(&out.stderr, case);
            if own.is_empty() {
                strip_markers(&out.stderr)
            } else {
                own
            }
        }
        Some(case) => out
            .case_stderr
            .iter()
            .find(|(l, _)| l == case)
            .map(|(_, s)| s.clone())
            .unwrap_or_default(),
        None => strip_markers(&out.stderr),
    };
    Verdict::Failed(Box::new(Failure {
        expected,
        actual,
        first_case,
        learner_output,
        check_notes: traceback::notes(&out.stderr),
        not_started: evidence.untouched || out.all_not_implemented,
        untouched: evidence.untouched,
        unchanged_files: evidence.unchanged.clone(),
        lossy: out.lossy,
    }))
}
