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
            Some(ex) => status_of(&session, &progress, ex)?,
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
            if crate::grade::unchanged_files(&session.app.catalog, ex, &session.ws).len()
                == crate::grade::editable_files(&session.app.catalog, ex).len() =>
        {
            Status::NotStarted
        }
        Some(Recorded::Failing) => Status::Failing,
        Some(Recorded::Passed) => Status::Passed,
        None => Status::NotStarted,
    })
}
