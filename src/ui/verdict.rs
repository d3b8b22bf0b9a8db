//! A verdict in words: what happened, the evidence (diff, traceback), what to do next.
use colored::Colorize;

use crate::catalog::Exercise;
use crate::grade::{Failure, Finished, Verdict};

/// Lines of learner output or traceback shown at most.
const MAX_OUTPUT_LINES: usize = 30;

/// Render `verdict` for exercise `ex`, whose file the learner knows as `file`.
pub fn render(ex: &Exercise, file: &str, verdict: &Verdict) -> String {
    render_sized(ex, file, verdict, super::diff::MAX_LINES + MAX_OUTPUT_LINES)
}

/// As [`render`], with the diff and the learner's output cut to about `budget` lines
/// together (watch mode fits the screen).
pub fn render_sized(ex: &Exercise, file: &str, verdict: &Verdict, budget: usize) -> String {
    let verdict = &super::escape::verdict(verdict);
    let id = ex.id.as_str();
    let head =
        |mark: colored::ColoredString, what: String| format!("{mark} {} — {what}\n", id.bold());
    match verdict {
        Verdict::Passed => head("✓".green().bold(), "passed".green().to_string()),
        Verdict::Cancelled => head("○".dimmed(), "stopped before it finished".to_string()),
        Verdict::Failed(f) => render_failure(ex, file, f, budget),
        Verdict::Error { summary, traceback } => {
            let mut s = head("✗".red().bold(), format!("{}: {summary}", "error".red()));
            s.push_str(&section(
                "Traceback (paths and line numbers are your file's)",
                traceback,
                budget,
            ));
            s.push_str(&next(&format!(
                "fix the error in {file}, save, and grade again (`pygrade check {id}`)"
            )));
            s
        }
        Verdict::TimedOut {
            limit_seconds,
            case,
            waiting,
            finished,
        } => {
            let what = match waiting {
                Some(true) => format!(
                    "{}: still waiting after {limit_seconds} s, using no CPU{}",
                    "never returns".red(),
                    in_case(case)
                ),
                Some(false) => format!(
                    "{}: still computing after {limit_seconds} s{}",
                    "timed out".red(),
                    in_case(case)
                ),
                None => format!(
                    "{}: still running after {limit_seconds} s{}",
                    "timed out".red(),
                    in_case(case)
                ),
            };
            let mut s = head("✗".red().bold(), what);
            s.push_str(&finished_cases(finished));
            s.push_str(&next(&match waiting {
                Some(true) => format!("your code in {file} waits for something that never happens: a lock or queue never released, a thread or task never finished, input() or a read with nothing to read, an event never set"),
                Some(false) => format!("look for a loop that never ends in {file} (a `while` whose condition never changes, an infinite generator consumed without a bound), or an algorithm far too slow for the input"),
                None => format!("look for a loop that never ends in {file}, or for a wait on something that never happens (a lock, a join, input())"),
            }));
            s
        }
        Verdict::Killed { reason, case } => {
            let mut s = head(
                "✗".red().bold(),
                format!("{}: {reason}{}", "killed".red(), in_case(case)),
            );
            s.push_str(&next(&format!("your code used more than it may; look for runaway recursion, huge lists or endless process creation in {file}")));
            s
        }
        Verdict::OutputTooLarge {
            stream,
            limit_bytes,
            case,
        } => {
            let mut s = head(
                "✗".red().bold(),
                format!(
                    "{}: your program wrote more than {} KiB to {stream}{}; the run was stopped",
                    "output too large".red(),
                    limit_bytes / 1024,
                    in_case(case)
                ),
            );
            s.push_str(&next(&format!(
                "look for a print inside a loop that never ends in {file}"
            )));
            s
        }
        Verdict::NeedsPackages { missing } => {
            let mut s = head(
                "•".yellow().bold(),
                format!("{} {}", "needs".yellow(), missing.join(", ")),
            );
            s.push_str(&next(
                "run `pygrade setup` to install them into the workspace's .venv, then grade again",
            ));
            s
        }
        Verdict::NeedsService { program, install } => {
            let mut s = head(
                "•".yellow().bold(),
                format!(
                    "{} {program}: this exercise runs a real {program}, and none is on PATH",
                    "needs".yellow()
                ),
            );
            s.push_str(&next(install));
            s
        }
        Verdict::RefusedFile { path, reason } => {
            let mut s = head(
                "✗".red().bold(),
                format!("{}: {path} is {reason}", "file refused".red()),
            );
            s.push_str(&next("pygrade grades only regular files inside your workspace: replace it with an ordinary file holding your code, then grade again"));
            s
        }
        Verdict::GraderFault { summary } => {
            let mut s = head(
                "!".yellow().bold(),
                format!("{} {summary}", "not your code:".yellow()),
            );
            s.push_str(&next("this is a problem of pygrade or this machine, not of your solution: `pygrade doctor` checks the setup; if it persists, report it"));
            s
        }
        Verdict::MissingFile { path } => {
            let mut s = head(
                "✗".red().bold(),
                format!("{}: {path} does not exist", "missing file".red()),
            );
            s.push_str(&next(&format!("`pygrade reset {id}` puts the starting stub back (git or your editor's history may still have your version)")));
            s
        }
    }
}

fn render_failure(ex: &Exercise, file: &str, f: &Failure, budget: usize) -> String {
    let id = ex.id.as_str();
    let mut s = String::new();
    if f.not_started {
        s.push_str(&format!(
            "{} {} — {}\n",
            "○".yellow().bold(),
            id.bold(),
            "not started yet".yellow()
        ));
        let all = f.untouched;
        s.push_str(&prose(&if all {
            format!("{file} is still the starting stub: read its docstring for the task, then start editing.")
        } else {
            "every case still says `raise NotImplementedError`: replace it in each function with your code.".to_string()
        }));
        if !all && !f.unchanged_files.is_empty() {
            s.push_str(&prose(&format!(
                "Not begun yet: {}.",
                f.unchanged_files.join(", ")
            )));
        }
        s.push_str(&next(&format!(
            "save the file (watch mode re-grades), or `pygrade hint {id}` for a first hint"
        )));
        return s;
    }
    let at = f
        .first_case
        .as_deref()
        .map(|c| format!(": first difference at {}", c.bold()))
        .unwrap_or_default();
    s.push_str(&format!(
        "{} {} — {}{at}\n",
        "✗".red().bold(),
        id.bold(),
        "failed".red()
    ));
    if !f.unchanged_files.is_empty() {
        s.push_str(&prose(&format!(
            "Still the starting stub: {} (the check uses it too).",
            f.unchanged_files.join(", ")
        )));
    }
    let output_lines = if f.learner_output.trim().is_empty() {
        0
    } else {
        (budget / 3).max(4)
    };
    s.push_str(&super::diff::render(
        &f.expected,
        &f.actual,
        budget.saturating_sub(output_lines).max(4),
    ));
    if f.lossy {
        s.push_str("  (your program wrote bytes that are not valid UTF-8; they are shown as �)\n");
    }
    if !f.learner_output.trim().is_empty() {
        let title = if f
            .learner_output
            .contains("Traceback (most recent call last)")
        {
            "Your code raised (paths and line numbers are your file's)"
        } else {
            "Your code printed (to stderr or via print)"
        };
        s.push_str(&section(title, &f.learner_output, output_lines));
    }
    if !f.check_notes.trim().is_empty() {
        s.push_str(&section(
            "From the check",
            &f.check_notes,
            output_lines.max(MAX_OUTPUT_LINES / 2),
        ));
    }
    s.push_str(&next(&format!(
        "edit {file} until the `+` lines match the `-` lines; `pygrade hint {id}` if you are stuck"
    )));
    s
}

/// The cases that finished before a timeout, marked right or wrong.
fn finished_cases(finished: &[Finished]) -> String {
    if finished.is_empty() {
        return String::new();
    }
    let mut s = format!("  {}\n", "Cases that finished first:".bold());
    for f in finished {
        let mark = if f.right { "✓".green() } else { "✗".red() };
        s.push_str(&format!("    {mark} {}\n", f.line));
    }
    s
}

fn in_case(case: &Option<String>) -> String {
    case.as_ref()
        .map(|c| format!(" in {c}"))
        .unwrap_or_default()
}

fn section(title: &str, body: &str, max_lines: usize) -> String {
    if body.trim().is_empty() {
        return String::new();
    }
    let lines: Vec<&str> = body.trim_end().lines().collect();
    let skip = lines.len().saturating_sub(max_lines.min(MAX_OUTPUT_LINES));
    let mut s = format!("{}\n", title.dimmed());
    if skip > 0 {
        s.push_str(&format!("  … {skip} earlier lines not shown\n"));
    }
    for l in &lines[skip..] {
        s.push_str(&format!("  {l}\n"));
    }
    s
}

/// A sentence of the verdict, indented two columns, wrapped to the terminal.
fn prose(text: &str) -> String {
    format!(
        "{}\n",
        super::wrap::paragraph("  ", 2, text, super::wrap::terminal_columns())
    )
}

fn next(text: &str) -> String {
    let lead = format!("{} ", "next:".cyan().bold());
    format!(
        "{}\n",
        super::wrap::paragraph(&lead, 6, text, super::wrap::terminal_columns())
    )
}
