//! Check mode: one run of the grader-owned check.py, which imports the learner's module
//! and prints one line per case. Its last line must echo the one-time token we gave it
//! on stdin; without it the check did not run to its end. This module only runs it;
//! `judge` decides what the run means.
use crate::catalog::Exercise;
use crate::error::Result;
use crate::sandbox::Outcome;

use super::{RunContext, Runner};

/// The raw run: what the check printed, and how it ended.
pub struct CheckRun {
    pub outcome: Outcome,
    /// stderr with sandbox paths rewritten to the learner's.
    pub stderr: String,
    pub token: String,
}

pub fn run(runner: &Runner, ctx: &RunContext, ex: &Exercise) -> Result<CheckRun> {
    let token = token();
    let check = ctx.dir.grader.join("check.py");
    let outcome = runner.run_python(
        ctx,
        ex,
        vec![check.into_os_string()],
        Some(format!("{token}\n").into_bytes()),
    )?;
    let stderr = ctx
        .rewriter
        .apply(&String::from_utf8_lossy(&outcome.stderr));
    Ok(CheckRun {
        outcome,
        stderr,
        token,
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
