//! `pygrade update`: bring exercises added by a newer pygrade into an existing
//! workspace. Writes stubs only where no file exists; never touches the learner's work.
use colored::Colorize;

use crate::catalog::Exercise;
use crate::embedded::write_tree;
use crate::error::Result;
use crate::workspace::Workspace;

use crate::app::App;

pub fn run(app: &App) -> Result<i32> {
    let ws = app.workspace()?;
    let new = missing(app, &ws);
    if new.is_empty() {
        println!(
            "{} {} has every exercise this pygrade knows",
            "✓".green().bold(),
            ws.root.display()
        );
        return Ok(0);
    }
    for ex in &new {
        for (file, rel) in ex.meta.files.iter().zip(ex.learner_paths()) {
            if ws.path(&rel).exists() {
                println!("  kept your existing {rel}");
                continue;
            }
            let stub = app
                .catalog
                .source
                .get(&format!("{}/stub/{file}", ex.id))
                .unwrap_or_default();
            write_tree(&ws.root, std::iter::once((rel.as_str(), stub)))?;
        }
        println!(
            "{} {}  {}",
            "+".green().bold(),
            ex.id.bold(),
            ex.meta.task.dimmed()
        );
    }
    let ids: Vec<&str> = new.iter().map(|e| e.id.as_str()).collect();
    ws.add_installed(&ids)?;
    println!(
        "Added {} exercises; `pygrade next` shows where you are.",
        new.len()
    );
    Ok(0)
}

/// Exercises this pygrade has that the workspace never received.
pub fn missing<'a>(app: &'a App, ws: &Workspace) -> Vec<&'a Exercise> {
    app.catalog
        .exercises
        .iter()
        .filter(|e| !ws.has_installed(&e.id))
        .collect()
}

/// One line for `next` and `list` when there is something to add.
pub fn notice(app: &App, ws: &Workspace) -> Option<String> {
    let n = missing(app, ws).len();
    (n > 0).then(|| format!("{n} new exercises are available: `pygrade update` adds them (your files are not touched)"))
}
