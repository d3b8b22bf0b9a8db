//! Learner-controlled text never reaches the terminal raw: control characters (C0 but
//! newline and tab, DEL, C1) and bidirectional overrides are shown as visible escapes,
//! so a program cannot set the title, write the clipboard (OSC 52), clear the screen or
//! draw a fake "✓ passed". pygrade's own colours are added after this, so they stay.
use std::borrow::Cow;

use crate::grade::{Failure, Finished, Verdict};

/// `text` with every character a terminal would act on replaced by a visible escape.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(dangerous) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if dangerous(c) {
            let n = c as u32;
            if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:04x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn dangerous(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // Bidirectional overrides and isolates reorder what the learner sees.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

fn own(s: &str) -> String {
    text(s).into_owned()
}

fn own_opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(own)
}

/// A copy of `verdict` whose every text field is safe to print.
pub fn verdict(verdict: &Verdict) -> Verdict {
    match verdict {
        Verdict::Passed => Verdict::Passed,
        Verdict::Cancelled => Verdict::Cancelled,
        Verdict::Failed(f) => Verdict::Failed(Box::new(Failure {
            expected: own(&f.expected),
            actual: own(&f.actual),
            first_case: own_opt(&f.first_case),
            learner_output: own(&f.learner_output),
            check_notes: own(&f.check_notes),
            not_started: f.not_started,
            untouched: f.untouched,
            unchanged_files: f.unchanged_files.iter().map(|x| own(x)).collect(),
            lossy: f.lossy,
        })),
        Verdict::Error { summary, traceback } => Verdict::Error {
            summary: own(summary),
            traceback: own(traceback),
        },
        Verdict::TimedOut {
            limit_seconds,
            case,
            waiting,
            finished,
        } => Verdict::TimedOut {
            limit_seconds: *limit_seconds,
            case: own_opt(case),
            waiting: *waiting,
            finished: finished
                .iter()
                .map(|f| Finished {
                    line: own(&f.line),
                    right: f.right,
                })
                .collect(),
        },
        Verdict::Killed { reason, case } => Verdict::Killed {
            reason: own(reason),
            case: own_opt(case),
        },
        Verdict::OutputTooLarge {
            stream,
            limit_bytes,
            case,
        } => Verdict::OutputTooLarge {
            stream: own(stream),
            limit_bytes: *limit_bytes,
            case: own_opt(case),
        },
        Verdict::NeedsPackages { missing } => Verdict::NeedsPackages {
            missing: missing.iter().map(|m| own(m)).collect(),
        },
        Verdict::MissingFile { path } => Verdict::MissingFile { path: own(path) },
        Verdict::NeedsService { program, install } => Verdict::NeedsService {
            program: own(program),
            install: own(install),
        },
        Verdict::RefusedFile { path, reason } => Verdict::RefusedFile {
            path: own(path),
            reason: own(reason),
        },
        Verdict::GraderFault { summary } => Verdict::GraderFault {
            summary: own(summary),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_become_visible() {
        assert_eq!(
            text("a\x1b]52;c;ZXZpbA==\x07b"),
            "a\\x1b]52;c;ZXZpbA==\\x07b"
        );
        assert_eq!(text("\x1b[2J\x1b[H✓ passed"), "\\x1b[2J\\x1b[H✓ passed");
        assert_eq!(text("x\ry"), "x\\x0dy");
        assert_eq!(text("\u{9b}31m"), "\\x9b31m");
        assert_eq!(text("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(text("\x7f"), "\\x7f");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let s = "line 1\n\tindented — héllo ✓\n";
        assert!(matches!(text(s), Cow::Borrowed(_)));
        assert_eq!(text(s), s);
    }

    #[test]
    fn every_text_field_of_a_failure_is_escaped() {
        let f = Failure {
            expected: "case 1: x -> 1\n".into(),
            actual: "case 1: x -> \x1b[32m1\n".into(),
            first_case: Some("case 1: \x1b]0;t\x07".into()),
            learner_output: "\x1b[2J".into(),
            check_notes: "\x1b[1A".into(),
            not_started: false,
            untouched: false,
            unchanged_files: vec!["\x1b[2Jx.py".into()],
            lossy: false,
        };
        let Verdict::Failed(g) = verdict(&Verdict::Failed(Box::new(f))) else {
            panic!()
        };
        for field in [
            &g.actual,
            g.first_case.as_ref().unwrap(),
            &g.learner_output,
            &g.check_notes,
        ] {
            assert!(!field.contains('\x1b'), "{field:?}");
        }
    }
}
