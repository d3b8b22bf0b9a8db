//! Everything the terminal sees. Grading code never prints; it returns values that
//! these functions render.
pub mod bar;
pub mod diff;
pub mod escape;
pub mod list_screen;
pub mod verdict;
pub mod wrap;

use std::io::IsTerminal;

/// Colors only on a terminal, and never with NO_COLOR set (https://no-color.org).
pub fn init_colors(force_off: bool) {
    let off = force_off
        || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stdout().is_terminal();
    if off {
        colored::control::set_override(false);
    }
}

/// Print a warning to stderr.
pub fn warn(message: &str) {
    use colored::Colorize;
    eprintln!("{} {message}", "warning:".yellow().bold());
}

/// Rows of the terminal on stdout, if it is one.
pub fn terminal_rows() -> Option<usize> {
    // SAFETY: winsize is plain data; TIOCGWINSZ fills it or fails.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: valid fd and pointer for this ioctl.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_row > 0).then_some(ws.ws_row as usize)
}
