//! Prose fitted to the terminal: wrapped at word boundaries, continuation lines
//! indented under the text. Only for a terminal; piped output keeps one line per
//! sentence (for grep, and for the tests that read it).

/// `text` (one paragraph) after a `lead` of `lead_width` visible columns, wrapped to
/// `width` columns. Words longer than a line (paths) stay whole on a line of their own.
pub fn paragraph(lead: &str, lead_width: usize, text: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|w| *w > lead_width + 20) else {
        return format!("{lead}{text}");
    };
    let room = width - lead_width;
    let indent = " ".repeat(lead_width);
    let mut out = String::from(lead);
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if used > 0 && used + 1 + len > room {
            out.push('\n');
            out.push_str(&indent);
            used = 0;
        } else if used > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += len;
    }
    out
}

/// Columns of the terminal on stdout, if it is one.
pub fn terminal_columns() -> Option<usize> {
    // SAFETY: winsize is plain data; TIOCGWINSZ fills it or fails.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: valid fd and pointer for this ioctl.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_col > 0).then_some(ws.ws_col as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_under_the_lead() {
        let text =
            "edit the file until the plus lines match the minus lines; hint if you are stuck";
        let out = paragraph("next: ", 6, text, Some(40));
        for line in out.lines() {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
        assert!(out.lines().skip(1).all(|l| l.starts_with("      ")));
        let words: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(words[1..].join(" "), text, "no word broken or lost");
    }

    #[test]
    fn a_long_word_keeps_its_own_line_and_piped_output_is_untouched() {
        let path = "/home/ada/python-mastery/day02/a_very_long_file_name_indeed.py";
        let out = paragraph("", 0, &format!("edit {path} now"), Some(30));
        assert!(out.lines().any(|l| l == path), "{out}");
        assert_eq!(paragraph("x: ", 3, "a  b", None), "x: a  b");
    }
}
