//! `pygrade hint TARGET [--all]`: hints are revealed one at a time.
use colored::Colorize;

use crate::error::{Error, Result};
use crate::progress::Store;
use crate::target;

use super::App;

pub fn run(app: &App, target: &str, all: bool) -> Result<i32> {
    let ws = app.workspace()?;
    let ex = one(app, target)?;
    let total = ex.meta.hints.len() as u32;
    let store = Store::new(&ws.state_dir());
    let (shown, warning) = store.update(|p| {
        let r = p.exercises.entry(ex.id.clone()).or_default();
        r.hints_shown = if all {
            total
        } else {
            (r.hints_shown + 1).min(total)
        };
        r.hints_shown
    })?;
    if let Some(w) = warning {
        crate::ui::warn(&w);
    }
    for (i, hint) in ex.meta.hints.iter().take(shown as usize).enumerate() {
        println!(
            "{} {}",
            format!("Hint {}/{total}:", i + 1).cyan().bold(),
            hint
        );
    }
    if shown < total {
        println!(
            "{}",
            format!("(`pygrade hint {}` again for the next one)", ex.id).dimmed()
        );
    } else {
        println!(
            "{}",
            "(that was the last hint; the solution unlocks once you pass)".dimmed()
        );
    }
    Ok(0)
}

/// TARGET must name exactly one exercise.
pub fn one<'a>(app: &'a App, target: &str) -> Result<&'a crate::catalog::Exercise> {
    let found = target::resolve(&app.catalog, target)?;
    match found.as_slice() {
        [ex] => Ok(ex),
        many => Err(Error::new(format!(
            "`{target}` names {} exercises; pick one",
            many.len()
        ))
        .with_hint(
            many.iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )),
    }
}
