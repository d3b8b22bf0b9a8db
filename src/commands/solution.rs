//! `pygrade solution TARGET`: the reference solution, once the learner passed.
use colored::Colorize;

use crate::app::EXIT_FAILED;
use crate::error::Result;

use super::hint;
use crate::app::App;

pub fn run(app: &App, target: Option<&str>) -> Result<i32> {
    let ws = app.workspace()?;
    let ex = hint::chosen(app, &ws, target)?;
    let (progress, _) = crate::progress::Store::new(&ws.state_dir()).read()?;
    if !progress.passed(&ex.id) {
        eprintln!("The solution to {} unlocks once you pass it: `pygrade check {}`; stuck? `pygrade hint {}`", ex.id.bold(), ex.id, ex.id);
        return Ok(EXIT_FAILED);
    }
    for file in &ex.meta.files {
        let text = crate::variant::solution_file(&app.catalog.source, &ex.id, file)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        println!(
            "{}\n{text}",
            format!("# ── {}/{file} (reference solution) ──", ex.day_dir()).cyan()
        );
    }
    Ok(0)
}
