//! Unified diff of expected vs actual output, colored, with the changed words of a
//! changed line highlighted.
use colored::Colorize;
use similar::{ChangeTag, TextDiff};

/// At most this many diff lines are printed by default; the rest is summarised.
pub const MAX_LINES: usize = 40;

pub fn render(expected: &str, actual: &str, max_lines: usize) -> String {
    let diff = TextDiff::from_lines(expected, actual);
    let mut out = format!("{}\n{}\n", "--- expected".red(), "+++ your output".green());
    let mut printed = 0;
    let mut hidden = 0;
    for group in diff.grouped_ops(2) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let (old, new) = (
            first.old_range().start..last.old_range().end,
            first.new_range().start..last.new_range().end,
        );
        let header = format!(
            "@@ -{},{} +{},{} @@",
            old.start + 1,
            old.len(),
            new.start + 1,
            new.len()
        );
        if printed < max_lines {
            out.push_str(&format!("{}\n", header.cyan()));
        }
        for op in &group {
            for change in diff.iter_inline_changes(op) {
                if printed >= max_lines {
                    hidden += 1;
                    continue;
                }
                printed += 1;
                let (sign, paint): (&str, fn(&str) -> colored::ColoredString) = match change.tag() {
                    ChangeTag::Delete => ("-", |s| s.red()),
                    ChangeTag::Insert => ("+", |s| s.green()),
                    ChangeTag::Equal => (" ", |s| s.normal()),
                };
                let mut line = paint(sign).to_string();
                for (emphasized, text) in change.iter_strings_lossy() {
                    let text = text.trim_end_matches('\n');
                    let piece = paint(text);
                    line.push_str(&if emphasized {
                        piece.bold().underline().to_string()
                    } else {
                        piece.to_string()
                    });
                }
                if change.missing_newline() {
                    line.push_str(" (no newline)");
                }
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    if hidden > 0 {
        out.push_str(&format!(
            "{}\n",
            format!("… {hidden} more diff lines not shown").dimmed()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_removed_and_added_lines() {
        colored::control::set_override(false);
        let out = render("a\nb\nc\n", "a\nB\nc\n", MAX_LINES);
        assert!(out.contains("-b\n"), "{out}");
        assert!(out.contains("+B\n"), "{out}");
        assert!(out.contains(" a\n"));
    }

    #[test]
    fn long_diffs_are_cut_with_a_count() {
        colored::control::set_override(false);
        let e: String = (0..100).map(|i| format!("{i}\n")).collect();
        let out = render(&e, "", MAX_LINES);
        assert!(out.contains("more diff lines not shown"));
    }
}
