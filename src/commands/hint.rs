//! `pygrade hint TARGET [--all]`: hints are revealed one at a time.
use colored::Colorize;

use crate::catalog::Exercise;
use crate::error::{Error, Result};
use crate::progress::Store;
use crate::target;

use crate::app::App;

pub fn run(app: &App, target: Option<&str>, all: bool) -> Result<i32> {
    let ws = app.workspace()?;
    let ex = chosen(app, &ws, target)?;
    if target.is_none() {
        println!("{} {}", "Current exercise:".dimmed(), ex.id.bold());
    }
    let shown = reveal(&Store::new(&ws.state_dir()), ex, all)?;
    print!("{}", render(ex, shown));
    if shown < ex.meta.hints.len() {
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

/// Record one more hint as shown (all of them with `all`); returns how many are.
pub fn reveal(store: &Store, ex: &Exercise, all: bool) -> Result<usize> {
    let total = ex.meta.hints.len() as u32;
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
    Ok(shown as usize)
}

/// The first `shown` hints, numbered.
pub fn render(ex: &Exercise, shown: usize) -> String {
    let total = ex.meta.hints.len();
    ex.meta
        .hints
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, hint)| {
            let label = format!("Hint {}/{total}:", i + 1);
            let width = label.chars().count() + 1;
            let lead = format!("{} ", label.cyan().bold());
            format!(
                "{}\n",
                crate::ui::wrap::paragraph(&lead, width, hint, crate::ui::wrap::terminal_columns())
            )
        })
        .collect()
}

/// The exercise TARGET names, or the current one (the first not passed) without one.
pub fn chosen<'a>(
    app: &'a App,
    ws: &crate::workspace::Workspace,
    target: Option<&str>,
) -> Result<&'a Exercise> {
    match target {
        Some(t) => one(app, t),
        None => {
            let (progress, _) = Store::new(&ws.state_dir()).read()?;
            app.catalog
                .exercises
                .iter()
                .find(|e| !progress.passed(&e.id) && ws.has_installed(&e.id))
                .ok_or_else(|| {
                    Error::new("every exercise is done, so there is no current one")
                        .with_hint("name the exercise, e.g. `day02/deep_equal`")
                })
        }
    }
}

/// TARGET must name exactly one exercise.
pub fn one<'a>(app: &'a App, target: &str) -> Result<&'a Exercise> {
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
