//! Output mode: run the learner's program once per case and build a transcript of what
//! each run printed and how it exited; the transcript is what gets diffed.
use crate::catalog::{Exercise, Match};
use crate::sandbox::{self, Status};

use crate::error::Result;

use super::{RunContext, Runner};

/// One case's raw run: how it ended, its transcript part, its stderr.
pub struct CaseRun {
    pub label: String,
    pub status: Status,
    /// What the transcript shows of this case (command, streams, files, exit).
    pub transcript: String,
    /// stderr with sandbox paths rewritten to the learner's.
    pub stderr: String,
    pub lossy: bool,
    /// CPU share of the run when it was stopped at its deadline.
    pub busy: Option<f64>,
    /// The run's total memory cap was reached.
    pub memory_capped: bool,
}

/// Run every case in order; stop after one that ended the run abnormally (timeout,
/// output cap, cancel, a limit's signal): the later ones would tell nothing new.
pub fn run(runner: &Runner, ctx: &RunContext, ex: &Exercise) -> Result<Vec<CaseRun>> {
    let mut runs = Vec::new();
    for (i, case) in ex.meta.cases.iter().enumerate() {
        let label = format!("case {}: {}", i + 1, case.name);
        let mut args = vec![ex.main_file().into()];
        args.extend(case.args.iter().map(Into::into));
        let stdin = case.stdin.as_ref().map(|s| s.as_bytes().to_vec());
        let out = runner.run_python(ctx, ex, args, stdin)?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = ctx.rewriter.apply(&String::from_utf8_lossy(&out.stderr));
        let lossy =
            std::str::from_utf8(&out.stdout).is_err() || std::str::from_utf8(&out.stderr).is_err();
        let mut text = format!(
            "== {label} ==\n$ python {}\n",
            shell_words(ex.main_file(), &case.args)
        );
        text.push_str(&render_stream(
            "stdout",
            case.stdout,
            &case.stdout_contains,
            &stdout,
        ));
        text.push_str(&render_stream(
            "stderr",
            case.stderr,
            &case.stderr_contains,
            &stderr,
        ));
        for file in &case.show_files {
            // The program may have left a symlink, FIFO or device there: read it as
            // untrusted, capped like its output.
            match crate::untrusted::read_beneath(
                &ctx.dir.work,
                file,
                (ex.meta.output_kb * 1024) as u64,
            ) {
                Ok(b) => text.push_str(&format!(
                    "[file {file}]\n{}\n",
                    String::from_utf8_lossy(&b).trim_end()
                )),
                Err(why) => text.push_str(&format!("[file {file}: {why}]\n")),
            }
        }
        if case.exit {
            text.push_str(&match out.status {
                Status::Exited(code) => format!("[exit {code}]\n"),
                Status::Signaled(sig) => format!("[killed by {}]\n", sandbox::signal_name(sig)),
                _ => String::new(),
            });
        }
        let last = !matches!(out.status, Status::Exited(_) | Status::Signaled(_))
            || matches!(out.status, Status::Signaled(libc::SIGXCPU | libc::SIGKILL));
        runs.push(CaseRun {
            label,
            status: out.status,
            transcript: text,
            stderr,
            lossy,
            busy: out.busy,
            memory_capped: out.memory_capped,
        });
        if last {
            break;
        }
    }
    Ok(runs)
}

fn render_stream(name: &str, how: Match, needles: &[String], text: &str) -> String {
    match how {
        Match::Ignore => String::new(),
        Match::Exact if name == "stdout" => text.to_string(),
        Match::Exact => format!("[{name}]\n{text}"),
        Match::Bytes => byte_for_byte(name, text),
        Match::Contains => needles
            .iter()
            .map(|n| {
                format!(
                    "[{name} mentions {n:?}: {}]\n",
                    if text.contains(n.as_str()) {
                        "yes"
                    } else {
                        "no"
                    }
                )
            })
            .collect(),
    }
}

/// The stream with every byte the lenient comparison would forgive made visible, as
/// `cat -A` does: `$` ends each line, `^M` is a carriage return, `^I` a tab.
fn byte_for_byte(name: &str, text: &str) -> String {
    let mut out =
        format!("[{name} byte for byte: $ ends a line, ^M is a carriage return, ^I a tab]\n");
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let last = lines.peek().is_none();
        if last && line.is_empty() {
            break;
        }
        out.push_str(&line.replace('\r', "^M").replace('\t', "^I"));
        out.push_str(if last {
            "\n[no newline at the end]\n"
        } else {
            "$\n"
        });
    }
    out
}

/// `hello.py --name 'Grace Hopper'`, quoted as a shell would need.
fn shell_words(main: &str, args: &[String]) -> String {
    let quote = |a: &str| {
        if !a.is_empty()
            && a.chars()
                .all(|c| c.is_alphanumeric() || "-_./=:,+@%".contains(c))
        {
            a.to_string()
        } else {
            format!("'{}'", a.replace('\'', "'\\''"))
        }
    };
    std::iter::once(main)
        .chain(args.iter().map(String::as_str))
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(
            shell_words(
                "a.py",
                &["--name".into(), "Grace Hopper".into(), "it's".into()]
            ),
            "a.py --name 'Grace Hopper' 'it'\\''s'"
        );
        assert_eq!(shell_words("a.py", &["".into()]), "a.py ''");
    }

    #[test]
    fn bytes_rule_shows_what_lenient_comparison_forgives() {
        assert_eq!(
            byte_for_byte("stdout", "a \r\nb\n\n")
                .lines()
                .skip(1)
                .collect::<Vec<_>>(),
            ["a ^M$", "b$", "$"]
        );
        assert_eq!(
            byte_for_byte("stdout", "a\tb")
                .lines()
                .skip(1)
                .collect::<Vec<_>>(),
            ["a^Ib", "[no newline at the end]"]
        );
        assert_eq!(byte_for_byte("stdout", "").lines().count(), 1);
    }

    #[test]
    fn contains_rules_render_yes_or_no() {
        let out = render_stream(
            "stderr",
            Match::Contains,
            &["usage:".into(), "--x".into()],
            "usage: a.py\n",
        );
        assert_eq!(
            out,
            "[stderr mentions \"usage:\": yes]\n[stderr mentions \"--x\": no]\n"
        );
        assert_eq!(render_stream("stderr", Match::Ignore, &[], "boom"), "");
    }
}
