//! The interactive list: every task with its status and file, scrollable, filtered to
//! done or pending, searchable; Enter picks an exercise, `r` resets one (asked first).
//! Pure state and rendering here; the command feeds it keys and acts on what it
//! returns.
use colored::Colorize;

/// One roadmap task as the list shows it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: Option<String>,
    pub task: String,
    pub day: String,
    pub file: String,
    pub status: &'static str,
    pub done: bool,
    pub current: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Done,
    Pending,
}

/// A decoded key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Char(char),
}

/// What the command should do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Redraw,
    Quit,
    /// Enter on an exercise: go to it.
    Open(String),
    /// `r` confirmed with `y`: reset it to its stub.
    Reset(String),
}

pub struct Screen {
    items: Vec<Item>,
    filter: Filter,
    search: String,
    /// Typing a search (after `/`).
    typing: bool,
    /// Reset asked for this exercise; `y` confirms.
    confirming: Option<String>,
    cursor: usize,
    top: usize,
    pub message: String,
}

impl Screen {
    pub fn new(items: Vec<Item>) -> Screen {
        let cursor = items.iter().position(|i| i.current).unwrap_or(0);
        Screen {
            items,
            filter: Filter::All,
            search: String::new(),
            typing: false,
            confirming: None,
            cursor,
            top: 0,
            message: String::new(),
        }
    }

    /// Indexes of the items the filter and search let through.
    fn visible(&self) -> Vec<usize> {
        let needle = self.search.to_lowercase();
        (0..self.items.len())
            .filter(|&i| {
                let it = &self.items[i];
                let shown = match self.filter {
                    Filter::All => true,
                    Filter::Done => it.done,
                    Filter::Pending => !it.done && it.id.is_some(),
                };
                shown
                    && (needle.is_empty()
                        || it.task.to_lowercase().contains(&needle)
                        || it.id.as_deref().unwrap_or("").contains(&needle)
                        || it.file.to_lowercase().contains(&needle))
            })
            .collect()
    }

    pub fn selected(&self) -> Option<&Item> {
        let v = self.visible();
        v.get(self.cursor.min(v.len().saturating_sub(1)))
            .map(|&i| &self.items[i])
    }

    pub fn key(&mut self, key: Key, page: usize) -> Action {
        self.message.clear();
        if let Some(id) = self.confirming.take() {
            return match key {
                Key::Char('y') | Key::Char('Y') => Action::Reset(id),
                _ => {
                    self.message = "Nothing was changed.".into();
                    Action::Redraw
                }
            };
        }
        if self.typing {
            match key {
                Key::Enter | Key::Esc => self.typing = false,
                Key::Backspace => {
                    self.search.pop();
                }
                Key::Char(c) if !c.is_control() => self.search.push(c),
                _ => {}
            }
            self.cursor = 0;
            return Action::Redraw;
        }
        let len = self.visible().len();
        let last = len.saturating_sub(1);
        match key {
            Key::Char('q') | Key::Esc => return Action::Quit,
            Key::Up | Key::Char('k') => self.cursor = self.cursor.saturating_sub(1),
            Key::Down | Key::Char('j') => self.cursor = (self.cursor + 1).min(last),
            Key::PageUp => self.cursor = self.cursor.saturating_sub(page),
            Key::PageDown => self.cursor = (self.cursor + page).min(last),
            Key::Home | Key::Char('g') => self.cursor = 0,
            Key::End | Key::Char('G') => self.cursor = last,
            Key::Char('d') => self.set_filter(Filter::Done),
            Key::Char('p') => self.set_filter(Filter::Pending),
            Key::Char('a') => self.set_filter(Filter::All),
            Key::Char('/') => {
                self.typing = true;
                self.search.clear();
            }
            Key::Char('c') => {
                if let Some(i) = self.items.iter().position(|i| i.current) {
                    self.filter = Filter::All;
                    self.search.clear();
                    self.cursor = i;
                }
            }
            Key::Enter => match self.selected().and_then(|i| i.id.clone()) {
                Some(id) => return Action::Open(id),
                None => self.message = "That task has no exercise yet.".into(),
            },
            Key::Char('r') => match self.selected().and_then(|i| i.id.clone()) {
                Some(id) => {
                    self.message = format!(
                        "Reset {id} to its stub? Your version is kept in .pygrade/backups/. y: yes, any other key: no"
                    );
                    self.confirming = Some(id);
                }
                None => self.message = "That task has no exercise yet.".into(),
            },
            _ => {}
        }
        Action::Redraw
    }

    fn set_filter(&mut self, f: Filter) {
        self.filter = f;
        self.cursor = 0;
    }

    /// Mark `id` as reset (status back to not started).
    pub fn was_reset(&mut self, id: &str) {
        if let Some(it) = self.items.iter_mut().find(|i| i.id.as_deref() == Some(id)) {
            it.status = "not started";
            it.done = false;
        }
        self.message = format!("{id} is back to its stub (your version is in .pygrade/backups/)");
    }

    /// The whole screen for a terminal of `width` × `height`.
    pub fn render(&mut self, width: usize, height: usize) -> String {
        let visible = self.visible();
        let done = self.items.iter().filter(|i| i.done).count();
        let available = self.items.iter().filter(|i| i.id.is_some()).count();
        let rows = height.saturating_sub(5).max(1);
        self.cursor = self.cursor.min(visible.len().saturating_sub(1));
        if self.cursor < self.top {
            self.top = self.cursor;
        } else if self.cursor >= self.top + rows {
            self.top = self.cursor + 1 - rows;
        }
        let mut out = String::new();
        let filter = match self.filter {
            Filter::All => "all",
            Filter::Done => "done",
            Filter::Pending => "pending",
        };
        let title = format!(
            "Progress {}  showing {filter}{}",
            super::bar::render(done, available, 20),
            if self.search.is_empty() {
                String::new()
            } else {
                format!(", matching \"{}\"", self.search)
            }
        );
        out.push_str(&format!("{}\n", fit(&title, width).bold()));
        for (n, &i) in visible.iter().enumerate().skip(self.top).take(rows) {
            let it = &self.items[i];
            let mark = match it.status {
                "passed" => "✓".green(),
                "failing" => "✗".red(),
                "coming soon" => " ".normal(),
                _ => "○".normal(),
            };
            let arrow = if it.current { "→" } else { " " };
            let left = format!(
                "{arrow} {} {:<11} ",
                it.id.as_deref().unwrap_or("(coming soon)"),
                it.status
            );
            let rest = width.saturating_sub(left.chars().count() + 2);
            let detail = if it.file.is_empty() {
                it.task.clone()
            } else {
                format!("{}  {}", it.file, it.task)
            };
            let line = format!("{left}{}", fit(&detail, rest));
            let line = fit(&line, width.saturating_sub(2));
            if n == self.cursor {
                // Reversed where colours are on; the `>` shows it where they are off.
                out.push_str(&format!("{mark}>{}\n", line.reversed()));
            } else {
                out.push_str(&format!("{mark} {line}\n"));
            }
        }
        if visible.is_empty() {
            out.push_str("  (nothing matches)\n");
        }
        if let Some(it) = self.selected() {
            out.push_str(&format!("{}\n", fit(&it.day, width).dimmed()));
        }
        let keys = if self.typing {
            format!("search: {}▏  (Enter: done, Esc: stop)", self.search)
        } else if !self.message.is_empty() {
            self.message.clone()
        } else {
            "↑↓ move  Enter open  d done  p pending  a all  / search  c current  r reset  q quit"
                .to_string()
        };
        out.push_str(&format!("{}\n", fit(&keys, width).dimmed()));
        out
    }
}

/// `s` cut to `width` columns, with `…` when cut.
fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let keep = width.saturating_sub(1);
    format!("{}…", s.chars().take(keep).collect::<String>())
}

/// Turns the bytes of a terminal into keys; `more` reads the next byte if one comes
/// soon (the rest of an escape sequence), None when the Esc key was alone.
pub fn decode(first: u8, mut more: impl FnMut() -> Option<u8>) -> Key {
    match first {
        b'\r' | b'\n' => Key::Enter,
        127 | 8 => Key::Backspace,
        3 | 4 => Key::Char('q'),
        0x1b => match more() {
            Some(b'[') | Some(b'O') => match more() {
                Some(b'A') => Key::Up,
                Some(b'B') => Key::Down,
                Some(b'H') => Key::Home,
                Some(b'F') => Key::End,
                Some(d @ b'1'..=b'8') => {
                    let tilde = more();
                    match (d, tilde) {
                        (b'5', Some(b'~')) => Key::PageUp,
                        (b'6', Some(b'~')) => Key::PageDown,
                        (b'1' | b'7', Some(b'~')) => Key::Home,
                        (b'4' | b'8', Some(b'~')) => Key::End,
                        _ => Key::Esc,
                    }
                }
                _ => Key::Esc,
            },
            _ => Key::Esc,
        },
        b => Key::Char(b as char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<Item> {
        (0..30)
            .map(|n| Item {
                id: (n != 3).then(|| format!("day{:02}/ex{n}", n / 2 + 1)),
                task: format!("Task number {n} with a fairly long description of what to do"),
                day: format!("Day {}", n / 2 + 1),
                file: format!("day{:02}/ex{n}.py", n / 2 + 1),
                status: match n {
                    3 => "coming soon",
                    0..=4 => "passed",
                    _ => "not started",
                },
                done: n < 5 && n != 3,
                current: n == 5,
            })
            .collect()
    }

    #[test]
    fn starts_on_the_current_exercise_and_scrolls_within_the_height() {
        colored::control::set_override(false);
        let mut s = Screen::new(items());
        assert_eq!(s.selected().unwrap().id.as_deref(), Some("day03/ex5"));
        for _ in 0..20 {
            s.key(Key::Down, 10);
        }
        let screen = s.render(80, 24);
        assert!(screen.lines().count() <= 24, "{screen}");
        assert!(screen.lines().all(|l| l.chars().count() <= 80), "{screen}");
        assert!(
            screen.contains("day13/ex25"),
            "the cursor row is on screen: {screen}"
        );
    }

    #[test]
    fn filters_searches_opens_and_resets_after_a_yes() {
        let mut s = Screen::new(items());
        s.key(Key::Char('d'), 10);
        assert_eq!(s.visible().len(), 4);
        s.key(Key::Char('p'), 10);
        assert_eq!(
            s.visible().len(),
            25,
            "pending excludes done and coming soon"
        );
        s.key(Key::Char('a'), 10);
        s.key(Key::Char('/'), 10);
        for c in "ex17".chars() {
            s.key(Key::Char(c), 10);
        }
        s.key(Key::Enter, 10);
        assert_eq!(s.visible().len(), 1);
        assert_eq!(s.key(Key::Enter, 10), Action::Open("day09/ex17".into()));
        assert_eq!(s.key(Key::Char('r'), 10), Action::Redraw);
        assert_eq!(
            s.key(Key::Char('n'), 10),
            Action::Redraw,
            "anything but y cancels"
        );
        s.key(Key::Char('r'), 10);
        assert_eq!(
            s.key(Key::Char('y'), 10),
            Action::Reset("day09/ex17".into())
        );
        assert_eq!(s.key(Key::Char('q'), 10), Action::Quit);
    }

    #[test]
    fn decodes_arrows_pages_and_a_lone_escape() {
        let seq = |bytes: &[u8]| {
            let mut rest = bytes[1..].iter().copied();
            decode(bytes[0], move || rest.next())
        };
        assert_eq!(seq(b"\x1b[A"), Key::Up);
        assert_eq!(seq(b"\x1b[B"), Key::Down);
        assert_eq!(seq(b"\x1b[5~"), Key::PageUp);
        assert_eq!(seq(b"\x1b[6~"), Key::PageDown);
        assert_eq!(seq(b"\x1b"), Key::Esc);
        assert_eq!(seq(b"\r"), Key::Enter);
        assert_eq!(seq(b"j"), Key::Char('j'));
    }
}
