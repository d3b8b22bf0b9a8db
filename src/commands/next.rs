//! `pygrade next`: the next unfinished task, what to do, and how the attempt does now.
use colored::Colorize;

use crate::catalog::Exercise;
use crate::error::Result;
use crate::ui;

use crate::app::App;
use crate::session::Session;

pub fn run(app: &App) -> Result<i32> {
    let session = Session::open(app)?;
    show(&session)
}

/// Print the current exercise and its verdict; returns the exit code.
pub fn show(session: &Session) -> Result<i32> {
    if let Some(notice) = super::update::notice(session.app, &session.ws) {
        println!("{} {notice}", "note:".yellow());
    }
    // Exercises that pass when graded are recorded and skipped: after a progress file
    // was rebuilt, one `next` walks past everything already solved.
    let mut skipped = 0;
    let (ex, graded) = loop {
        let progress = session.progress()?;
        let Some(ex) = session.current(&progress) else {
            println!(
                "{} Every available exercise is done. `pygrade list` shows your journey.",
                "★".yellow().bold()
            );
            return Ok(0);
        };
        let graded = session.grade(ex)?;
        if graded.verdict.passed() && skipped < session.app.catalog.exercises.len() {
            skipped += 1;
            println!("{} {} — passed", "✓".green().bold(), ex.id.bold());
            continue;
        }
        break (ex, graded);
    };
    if skipped > 0 {
        println!();
    }
    print!("{}", describe(session, ex));
    println!();
    print!(
        "{}",
        ui::verdict::render(ex, &session.file_of(ex), &graded.verdict)
    );
    let shown = session.progress()?.hints_shown(&ex.id) as usize;
    let left = ex.meta.hints.len().saturating_sub(shown);
    if !graded.verdict.passed() && left > 0 {
        println!(
            "{} `pygrade hint {}` ({left} of {} left)",
            "hint:".cyan().bold(),
            ex.id,
            ex.meta.hints.len()
        );
    }
    Ok(crate::commands::check::exit_code(&[&graded.verdict]))
}

/// Heading, task text and the file to edit.
pub fn describe(session: &Session, ex: &Exercise) -> String {
    let roadmap = &session.app.catalog.roadmap;
    let task = ex.task_index.and_then(|i| roadmap.tasks.get(i));
    let mut s = String::new();
    if let Some(t) = task {
        s.push_str(&format!(
            "{}  ›  {}\n",
            t.week_heading.dimmed(),
            t.day_heading.bold()
        ));
    }
    s.push_str(&format!("{} {}\n", "Task:".bold(), ex.meta.task));
    s.push_str(&format!(
        "{} {}\n",
        "Edit:".bold(),
        session
            .ws
            .path(&ex.learner_paths()[0])
            .display()
            .to_string()
            .underline()
    ));
    for extra in ex.learner_paths().iter().skip(1) {
        s.push_str(&format!("      {}\n", session.ws.path(extra).display()));
    }
    s
}
