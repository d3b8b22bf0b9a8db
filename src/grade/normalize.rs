//! Output comparison rules: line endings, trailing whitespace and trailing blank lines
//! are ignored; nothing looser.

pub fn normalize(text: &str) -> String {
    let mut out: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_end_matches('\r').trim_end())
        .collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    let mut s = out.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

/// Index of the first line that differs, if any.
pub fn first_difference(expected: &str, actual: &str) -> Option<usize> {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i))
}

/// The case a line belongs to: check-mode lines are `case N: label -> result`;
/// output-mode transcripts have `== case N: name ==` headers above their lines. Never
/// quotes the expected result: without a case, the learner's own line is named.
pub fn case_of(expected: &str, actual: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = expected.lines().collect();
    let theirs = actual.lines().nth(line);
    if let Some(rest) = lines
        .get(line)
        .copied()
        .or(theirs)
        .and_then(|l| l.strip_prefix("case "))
    {
        return Some(match rest.split_once(" -> ") {
            Some((label, _)) => format!("case {label}"),
            None => format!("case {}", rest.split(':').next().unwrap_or(rest)),
        });
    }
    let upto = line.min(lines.len().saturating_sub(1));
    lines
        .get(..=upto)
        .unwrap_or_default()
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("== ").and_then(|h| h.strip_suffix(" ==")))
        .map(str::to_string)
        .or_else(|| {
            Some(match theirs {
                Some(l) => format!("line {}: {l}", line + 1),
                None => format!("line {} (your output ends before it)", line + 1),
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_crlf_trailing_space_and_blank_tail() {
        assert_eq!(normalize("a \r\nb\t\n\n\n"), "a\nb\n");
        assert_eq!(normalize(""), "");
        assert_ne!(normalize(" a"), normalize("a"), "leading space matters");
    }

    #[test]
    fn finds_the_case_of_a_difference() {
        let exp = "case 1: f(1) -> 1\ncase 2: f(2) -> 4\n";
        let act = "case 1: f(1) -> 1\ncase 2: f(2) -> 3\n";
        let i = first_difference(exp, act).unwrap();
        assert_eq!(case_of(exp, act, i).unwrap(), "case 2: f(2)");
        let t = "== case 1: x ==\n$ python a.py\nhi\n[exit 0]\n";
        assert_eq!(case_of(t, t, 2).unwrap(), "case 1: x");
        // Never the expected value: the learner's line, or where theirs ended.
        assert_eq!(
            case_of("a\ncaught\n", "a\nmissed\n", 1).unwrap(),
            "line 2: missed"
        );
        assert_eq!(
            case_of("a\ncaught\n", "a\n", 1).unwrap(),
            "line 2 (your output ends before it)"
        );
        assert_eq!(
            case_of("case 3: caught\n", "case 3: x\n", 0).unwrap(),
            "case 3"
        );
        assert_eq!(first_difference("a\n", "a\n"), None);
        assert_eq!(first_difference("a\n", "a\nb\n"), Some(1));
    }
}
