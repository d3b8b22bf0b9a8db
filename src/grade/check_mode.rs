//! Check mode: one run of the grader-owned check.py, which imports the learner's module
//! and prints one line per case. Its last line must echo the one-time token we gave it
//! on stdin; without it the check did not run to its end.
use crate::catalog::Exercise;
use crate::sandbox::Status;

use super::traceback::{last_error_line, strip_markers};
use super::verdict::Verdict;
use super::{RunContext, Runner};

pub struct CheckOutput {
    pub lines: String,
    pub stderr: String,
    pub lossy: bool,
}

pub fn run(runner: &Runner, ctx: &RunContext, ex: &Exercise) -> Result<CheckOutput, Verdict> {
    let token = token();
    let check = ctx.dir.grader.join("check.py");
    let out = runner
        .run_python(
            ctx,
            ex,
            vec![check.into_os_string()],
            Some(format!("{token}\n").into_bytes()),
        )
        .map_err(|e| Verdict::Error {
            summary: e.message,
            traceback: String::new(),
        })?;
    match out.status {
        Status::TimedOut => {
            return Err(Verdict::TimedOut {
                limit_seconds: ex.meta.timeout,
                case: None,
            })
        }
        Status::Cancelled => return Err(Verdict::Cancelled),
        Status::OutputCapped(stream) => {
            return Err(Verdict::OutputTooLarge {
                stream: stream.into(),
                limit_bytes: ex.meta.output_kb * 1024,
                case: None,
            })
        }
        _ => {}
    }
    let lossy =
        std::str::from_utf8(&out.stdout).is_err() || std::str::from_utf8(&out.stderr).is_err();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = ctx.rewriter.apply(&String::from_utf8_lossy(&out.stderr));
    let done = format!("@@pygrade-done {token}");
    let mut lines: Vec<&str> = stdout.lines().collect();
    let finished = lines.last() == Some(&done.as_str());
    if finished {
        lines.pop();
    }
    if let Status::Signaled(_) = out.status {
        return Err(super::killed(&out.status, ex, None, &stderr));
    }
    if let Some(summary) = super::traceback::grader_fault(&stderr, &token) {
        return Err(Verdict::GraderFault { summary });
    }
    if !finished {
        let summary = match (&out.status, last_error_line(&stderr)) {
            (Status::Exited(0), _) => "your code ended the program before the check finished (sys.exit, os._exit or exit() at import time?)".to_string(),
            (_, Some(line)) if line.contains("MemoryError") => {
                return Err(Verdict::Killed { reason: format!("memory limit of {} MB reached (MemoryError)", ex.meta.memory_mb), case: None })
            }
            (_, Some(line)) => line,
            (Status::Exited(code), None) => format!("the check exited with status {code} without finishing"),
            _ => "the check did not finish".to_string(),
        };
        return Err(Verdict::Error {
            summary,
            traceback: strip_markers(&stderr),
        });
    }
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(CheckOutput {
        lines: text,
        stderr,
        lossy,
    })
}

/// 128 random bits as hex; the learner's code never sees it (the check reads it from
/// stdin before importing anything).
fn token() -> String {
    let mut bytes = [0u8; 16];
    // SAFETY: getrandom writes at most len bytes into our buffer.
    let n = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
    if n != bytes.len() as isize {
        // Fall back on time and pid: still unguessable enough to stop printed text.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        bytes = (t ^ (u128::from(std::process::id()) << 64)).to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
