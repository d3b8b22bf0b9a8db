//! `pygrade reset TARGET [--yes]`: the only command that writes a learner's file, and
//! it keeps the previous version as a timestamped backup first.
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use colored::Colorize;

use crate::catalog::{Catalog, Exercise};
use crate::error::{Context, Error, Result};
use crate::fsutil::{timestamp, write_atomic};
use crate::target;
use crate::workspace::Workspace;

use crate::app::App;

pub fn run(app: &App, target: Option<&str>, yes: bool) -> Result<i32> {
    let ws = app.workspace()?;
    let exercises = match target {
        Some(t) => target::resolve(&app.catalog, t)?,
        None => vec![super::hint::chosen(app, &ws, None)?],
    };
    let files: Vec<String> = exercises.iter().flat_map(|e| e.learner_paths()).collect();
    if !yes {
        let question = format!(
            "Reset {} to the starting stub? Your current version is kept in .pygrade/backups/.",
            files.join(", ")
        );
        if !confirm(&question)? {
            println!("Nothing was changed.");
            return Ok(0);
        }
    }
    for ex in exercises {
        for backup in reset_exercise(&ws, &app.catalog, ex)? {
            println!("  kept your previous version as {}", backup.display());
        }
        println!("{} {} is back to its stub", "↺".cyan().bold(), ex.id.bold());
    }
    Ok(0)
}

/// Ask on the terminal; without one, refuse rather than guess.
pub fn confirm(question: &str) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(
            Error::new("reset needs confirmation, and there is no terminal to ask on")
                .with_hint("pass --yes to confirm"),
        );
    }
    print!("{question} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .context(|| "reading the answer".to_string())?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// Back up each existing learner file, then write the stub. Returns the backups made.
pub fn reset_exercise(ws: &Workspace, catalog: &Catalog, ex: &Exercise) -> Result<Vec<PathBuf>> {
    let mut backups = Vec::new();
    let stamp = timestamp();
    for (file, rel) in ex.meta.files.iter().zip(ex.learner_paths()) {
        let path = ws.path(&rel);
        // Only a learner's regular file is worth a backup (never follow a link out).
        if let Ok(current) = crate::untrusted::read_learner_file(&ws.root, &path, 64 << 20) {
            let mut backup = ws.backups().join(format!("{rel}.{stamp}"));
            let mut n = 1;
            while backup.exists() {
                backup = ws.backups().join(format!("{rel}.{stamp}-{n}"));
                n += 1;
            }
            write_atomic(&backup, &current).context(|| format!("backing up {}", path.display()))?;
            backups.push(backup);
        }
        let stub = catalog
            .source
            .get(&format!("{}/stub/{file}", ex.id))
            .unwrap_or_default();
        write_atomic(&path, stub).context(|| format!("restoring {}", path.display()))?;
    }
    Ok(backups)
}
