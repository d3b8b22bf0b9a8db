//! Makes the learner's tracebacks point at their own files: sandbox paths become the
//! workspace path, line numbers stay; grader frames are named, not exposed.

/// Paths to rewrite for one run.
pub struct Rewriter {
    pub work_dir: String,
    pub grader_dir: String,
    /// What the learner knows their files by, e.g. `/home/ada/python-mastery/day02`.
    pub learner_dir: String,
}

impl Rewriter {
    pub fn apply(&self, text: &str) -> String {
        let grader = format!("{}/", self.grader_dir);
        text.replace(&format!("{grader}check.py"), "<pygrade check>")
            .replace(&format!("{grader}pygrade_check.py"), "<pygrade support>")
            .replace(&grader, "<pygrade>/")
            .replace(
                &format!("{}/", self.work_dir),
                &format!("{}/", self.learner_dir),
            )
            .replace(&self.work_dir, &self.learner_dir)
    }
}

/// The last line of a traceback (`ValueError: boom`), for one-line summaries.
pub fn last_error_line(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("@@pygrade"))
        .map(str::to_string)
}

/// The part of stderr that belongs to case `label` (written by the support module after
/// an `@@pygrade-traceback case N: label` marker), or all of it without markers.
pub fn for_case(stderr: &str, case: &str) -> String {
    let marker = format!("@@pygrade-traceback {case}");
    let mut out = String::new();
    let mut inside = false;
    for line in stderr.lines() {
        if line.starts_with(NOTE) {
            continue;
        }
        if line.starts_with("@@pygrade-traceback") {
            inside = line.starts_with(&marker);
            continue;
        }
        if line.starts_with("@@pygrade-case ") {
            inside = false;
            continue;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

const NOTE: &str = "@@pygrade-note ";

/// What the check explained to the learner (`check.note(...)`), in order.
pub fn notes(stderr: &str) -> String {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix(NOTE))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The grader's own report of a fault that is not the learner's (a service that would
/// not start): only a line carrying this run's token counts.
pub fn grader_fault(stderr: &str, token: &str) -> Option<String> {
    let prefix = format!("@@pygrade-fault {token} ");
    stderr
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .map(str::to_string)
}

/// stderr without the markers (and without the check's notes).
pub fn strip_markers(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.starts_with("@@pygrade"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_sandbox_paths_keeping_line_numbers() {
        let rw = Rewriter {
            work_dir: "/tmp/pg1/work".into(),
            grader_dir: "/tmp/pg1/grader".into(),
            learner_dir: "/home/ada/ws/day02".into(),
        };
        let tb = "  File \"/tmp/pg1/grader/check.py\", line 9, in <module>\n  File \"/tmp/pg1/work/deep_equal.py\", line 5, in deep_equal\n";
        let out = rw.apply(tb);
        assert!(out.contains("File \"<pygrade check>\", line 9"));
        assert!(out.contains("File \"/home/ada/ws/day02/deep_equal.py\", line 5"));
        assert!(!out.contains("/tmp/pg1"));
    }

    #[test]
    fn picks_the_traceback_of_one_case() {
        let err = "@@pygrade-traceback case 1: a\nTB1\n@@pygrade-traceback case 2: b\nTB2\nmore\n@@pygrade-case case 3: c\nprinted in 3\n";
        assert_eq!(for_case(err, "case 2: b"), "TB2\nmore\n");
        let with_note = "@@pygrade-traceback case 1: a\nTB1\n@@pygrade-note mypy says: x\n";
        assert_eq!(for_case(with_note, "case 1: a"), "TB1\n");
        assert_eq!(notes(with_note), "mypy says: x\n");
        assert_eq!(strip_markers(with_note), "TB1\n");
        assert_eq!(
            last_error_line("x\nValueError: boom\n\n").unwrap(),
            "ValueError: boom"
        );
    }

    #[test]
    fn a_grader_fault_counts_only_with_this_runs_token() {
        let err = "x\n@@pygrade-fault 00 fake\n@@pygrade-fault abc redis-server exited\n";
        assert_eq!(
            grader_fault(err, "abc").as_deref(),
            Some("redis-server exited")
        );
        assert_eq!(grader_fault(err, "def"), None);
        assert_eq!(grader_fault("", "abc"), None);
    }
}
