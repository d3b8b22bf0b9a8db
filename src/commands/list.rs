//! `pygrade list [--json]`: every roadmap task by week and day, with status.
use colored::Colorize;
use serde::Serialize;

use crate::catalog::Exercise;
use crate::error::Result;
use crate::progress::{Progress, Status as Recorded};
use crate::ui::bar;

use crate::app::App;
use crate::session::Session;

#[derive(Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Passed,
    Failing,
    NotStarted,
    NeedsPackages,
    /// The roadmap task has no exercise yet.
    Unavailable,
    /// This pygrade has the exercise; the workspace does not yet (`pygrade update`).
    New,
}

#[derive(Serialize)]
struct Row<'a> {
    week: &'a str,
    day: &'a str,
    task: &'a str,
    id: Option<&'a str>,
    status: Status,
    current: bool,
}

pub fn run(app: &App, json: bool) -> Result<i32> {
    let session = Session::open(app)?;
    use std::io::IsTerminal;
    if !json && std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        if let Some(raw) = super::watch::keys::RawMode::enable() {
            let picked = interactive(&session, read_byte)?;
            drop(raw);
            if let Some(ex) =
                picked.and_then(|id| app.catalog.exercises.iter().find(|e| e.id == id))
            {
                print!("{}", super::next::describe(&session, ex));
                println!(
                    "{} `pygrade check {}` grades it; `pygrade` watches it",
                    "next:".cyan().bold(),
                    ex.id
                );
            }
            return Ok(0);
        }
    }
    print_list(&session, json)
}

/// The plain list (piped) or `--json`.
fn print_list(session: &Session, json: bool) -> Result<i32> {
    let app = session.app;
    let progress = session.progress()?;
    let current = session.current(&progress).map(|e| e.id.clone());
    let catalog = &app.catalog;
    // One interpreter run answers for every exercise's packages, not one run each.
    let mut all: Vec<String> = catalog
        .exercises
        .iter()
        .flat_map(|e| e.meta.requires.iter().cloned())
        .collect();
    all.sort();
    all.dedup();
    session.packages.missing(catalog, &session.python, &all)?;
    let mut rows = Vec::new();
    for (i, task) in catalog.roadmap.tasks.iter().enumerate() {
        let ex = catalog.exercises.iter().find(|e| e.task_index == Some(i));
        let status = match ex {
            None => Status::Unavailable,
            Some(ex) => status_of(session, &progress, ex)?,
        };
        let id = ex.map(|e| e.id.as_str());
        rows.push(Row {
            week: &task.week_heading,
            day: &task.day_heading,
            task: &task.text,
            id,
            status,
            current: id.is_some() && id == current.as_deref(),
        });
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
        );
        return Ok(0);
    }
    let width = crate::ui::wrap::terminal_columns();
    let (mut week, mut day) = ("", "");
    for row in &rows {
        if row.week != week {
            week = row.week;
            println!("\n{}", week.bold());
        }
        if row.day != day {
            day = row.day;
            println!("  {}", day.underline());
        }
        let (mark, word) = match row.status {
            Status::Passed => ("✓".green().bold(), "passed".green()),
            Status::Failing => ("✗".red().bold(), "failing".red()),
            Status::NotStarted => ("○".normal(), "not started".normal()),
            Status::NeedsPackages => ("•".yellow().bold(), "needs packages".yellow()),
            Status::Unavailable => (" ".normal(), "coming soon".dimmed()),
            Status::New => ("+".cyan().bold(), "new: update".cyan()),
        };
        let arrow = if row.current {
            "→".cyan().bold().to_string()
        } else {
            " ".to_string()
        };
        let id = row.id.unwrap_or("");
        // In a terminal the task is cut to the width (the id says where it is).
        let used = 2 + 2 + 2 + id.chars().count().max(32) + 1 + 15 + 1;
        let task = match width {
            Some(w) if row.task.chars().count() > w.saturating_sub(used) => {
                let keep = w.saturating_sub(used + 1);
                format!("{}…", row.task.chars().take(keep).collect::<String>())
            }
            _ => row.task.to_string(),
        };
        println!("  {arrow} {mark} {id:<32} {:<15} {}", word, task.dimmed());
    }
    let available = rows
        .iter()
        .filter(|r| r.status != Status::Unavailable)
        .count();
    let passed = rows.iter().filter(|r| r.status == Status::Passed).count();
    println!(
        "\n{}",
        crate::ui::wrap::paragraph(
            "",
            0,
            &format!(
                "Progress {}  ({available} of {} roadmap tasks have exercises)",
                bar::render(passed, available, 30),
                rows.len()
            ),
            width
        )
    );
    if let Some(notice) = super::update::notice(app, &session.ws) {
        println!("{} {notice}", "note:".yellow());
    }
    if let Some(id) = current {
        println!("Current: {}  (`pygrade next`)", id.bold());
    }
    Ok(0)
}

fn status_of(session: &Session, progress: &Progress, ex: &Exercise) -> Result<Status> {
    if progress.passed(&ex.id) {
        return Ok(Status::Passed);
    }
    if !session.ws.has_installed(&ex.id) {
        return Ok(Status::New);
    }
    let missing =
        session
            .packages
            .missing(&session.app.catalog, &session.python, &ex.meta.requires)?;
    if !missing.is_empty() {
        return Ok(Status::NeedsPackages);
    }
    Ok(match progress.status(&ex.id) {
        // Reset to the stub since (or recorded by an older pygrade): not begun.
        Some(Recorded::Failing)
            if crate::grade::untouched(&session.app.catalog, ex, &session.ws) =>
        {
            Status::NotStarted
        }
        Some(Recorded::Failing) => Status::Failing,
        Some(Recorded::Passed) => Status::Passed,
        None => Status::NotStarted,
    })
}

/// One byte from stdin, waiting at most `wait` (forever when None).
fn read_byte(wait: Option<std::time::Duration>) -> Option<u8> {
    if let Some(w) = wait {
        let mut fd = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd for the duration of the call.
        if unsafe { libc::poll(&mut fd, 1, w.as_millis() as i32) } <= 0 {
            return None;
        }
    }
    // Straight from the descriptor: std's buffered stdin would swallow the rest of an
    // escape sequence, and poll would then say nothing is left.
    let mut b = [0u8; 1];
    // SAFETY: reading one byte into our buffer.
    let n = unsafe { libc::read(libc::STDIN_FILENO, b.as_mut_ptr().cast(), 1) };
    (n == 1).then_some(b[0])
}

/// The interactive list on the terminal (alternate screen) until q; `next_byte`
/// gives the terminal's bytes. Returns the exercise picked with Enter, if any.
pub fn interactive(
    session: &Session,
    mut next_byte: impl FnMut(Option<std::time::Duration>) -> Option<u8>,
) -> Result<Option<String>> {
    use crate::ui::list_screen::{decode, Action, Item, Screen};
    use std::io::Write;
    let app = session.app;
    let progress = session.progress()?;
    let current = session.current(&progress).map(|e| e.id.clone());
    let mut items = Vec::new();
    for (i, task) in app.catalog.roadmap.tasks.iter().enumerate() {
        let ex = app
            .catalog
            .exercises
            .iter()
            .find(|e| e.task_index == Some(i));
        let status = match ex {
            None => Status::Unavailable,
            Some(ex) => status_of(session, &progress, ex)?,
        };
        items.push(Item {
            id: ex.map(|e| e.id.clone()),
            task: task.text.clone(),
            day: format!("{}  ›  {}", task.week_heading, task.day_heading),
            file: ex.map(|e| e.learner_paths().join(", ")).unwrap_or_default(),
            status: match status {
                Status::Passed => "passed",
                Status::Failing => "failing",
                Status::NotStarted => "not started",
                Status::NeedsPackages => "needs pkgs",
                Status::Unavailable => "coming soon",
                Status::New => "new",
            },
            done: status == Status::Passed,
            current: ex.is_some_and(|e| Some(&e.id) == current.as_ref()),
        });
    }
    let mut screen = Screen::new(items);
    let mut out = std::io::stdout();
    // The alternate screen keeps the learner's scrollback as it was.
    print!("\x1b[?1049h\x1b[?25l");
    let result = loop {
        let width = crate::ui::wrap::terminal_columns().unwrap_or(80);
        let height = crate::ui::terminal_rows().unwrap_or(24);
        print!(
            "\x1b[H\x1b[2J{}",
            screen.render(width, height).replace('\n', "\r\n")
        );
        let _ = out.flush();
        let Some(first) = next_byte(None) else {
            break Ok(None);
        };
        let key = decode(first, || {
            next_byte(Some(std::time::Duration::from_millis(50)))
        });
        match screen.key(key, height.saturating_sub(6).max(1)) {
            Action::Redraw => {}
            Action::Quit => break Ok(None),
            Action::Open(id) => break Ok(Some(id)),
            Action::Reset(id) => {
                if let Some(ex) = app.catalog.exercises.iter().find(|e| e.id == id) {
                    super::reset::reset_exercise(&session.ws, &app.catalog, ex)?;
                    screen.was_reset(&id);
                }
            }
        }
    };
    print!("\x1b[?25h\x1b[?1049l");
    let _ = out.flush();
    result
}
