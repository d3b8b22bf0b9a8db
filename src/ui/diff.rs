//! Unified diff of expected vs actual output, colored, with the changed words of a
//! changed line highlighted.
use colored::Colorize;
use similar::{ChangeTag, TextDiff};

/// At most this many diff lines are printed by default; the rest is summarised.
pub const MAX_LINES: usize = 40;

pub fn render(expected: &str, actual: &str, max_lines: usize) -> String {
    render_width(expected, actual, max_lines, super::wrap::terminal_columns())
}

/// As [`render`]; lines longer than `width` columns go on continuation lines that
/// start with the same sign and `…`, so a terminal never breaks them mid-word.
pub fn render_width(
    expected: &str,
    actual: &str,
    max_lines: usize,
    width: Option<usize>,
) -> String {
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
                let mut line = Folded::new(sign, paint, width);
                for (emphasized, text) in change.iter_strings_lossy() {
                    line.push(text.trim_end_matches('\n'), emphasized);
                }
                if change.missing_newline() {
                    line.push(" (no newline)", false);
                }
                out.push_str(&line.text);
                out.push('\n');
            }
        }
    }
    if hidden > 0 {
        out.push_str(&format!(
            "{}\n",
            format!("… {hidden} more diff lines not shown (`--json` prints the whole expected and actual output)").dimmed()
        ));
    }
    out
}

/// One diff line being built, folded at the width with colours kept per piece.
struct Folded {
    text: String,
    sign: &'static str,
    paint: fn(&str) -> colored::ColoredString,
    width: Option<usize>,
    used: usize,
}

impl Folded {
    fn new(
        sign: &'static str,
        paint: fn(&str) -> colored::ColoredString,
        width: Option<usize>,
    ) -> Self {
        Folded {
            text: paint(sign).to_string(),
            sign,
            paint,
            width,
            used: 1,
        }
    }

    fn push(&mut self, piece: &str, emphasized: bool) {
        let style = |s: &str| {
            let p = (self.paint)(s);
            if emphasized {
                p.bold().underline().to_string()
            } else {
                p.to_string()
            }
        };
        let Some(width) = self.width.filter(|w| *w > 10) else {
            self.text.push_str(&style(piece));
            return;
        };
        let mut rest: Vec<char> = piece.chars().collect();
        while !rest.is_empty() {
            let room = width - self.used;
            if room == 0 {
                let cont = format!("{}…", self.sign);
                self.text.push('\n');
                self.text.push_str(&(self.paint)(&cont).to_string());
                self.used = 2;
                continue;
            }
            let take = room.min(rest.len());
            let chunk: String = rest.drain(..take).collect();
            self.text.push_str(&style(&chunk));
            self.used += take;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_under_their_sign() {
        colored::control::set_override(false);
        let long = "x".repeat(50);
        let out = render_width("a\n", &format!("{long}\n"), MAX_LINES, Some(20));
        assert!(out.lines().all(|l| l.chars().count() <= 20), "{out}");
        assert!(out.contains("+…"), "{out}");
        let joined: String = out
            .lines()
            .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
            .map(|l| l.trim_start_matches("+…").trim_start_matches('+'))
            .collect();
        assert_eq!(joined, long, "nothing lost");
    }

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
