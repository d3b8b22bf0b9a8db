//! `pygrade dev bless TARGET`: regenerate expected.txt from the reference solution.
//! Review the resulting diff like code: it is the exercise's specification.
use colored::Colorize;

use crate::error::{Context, Error, Result};
use crate::grade::{normalize, Learner, Runner};
use crate::requirements::Packages;
use crate::target;

use crate::app::App;

pub fn run(app: &App, target: &str) -> Result<i32> {
    let catalog = &app.catalog;
    let Some(root) = catalog.source.dir.clone() else {
        return Err(
            Error::new("dev bless writes into an exercise tree on disk").with_hint(
                "run it from the pygrade repository (it uses ./exercises) or pass --exercises DIR",
            ),
        );
    };
    let python = app.dev_python()?;
    let (level, _) = app.sandbox();
    let packages = Packages::default();
    let runner = Runner {
        warm: None,
        catalog,
        python: &python,
        level,
        packages: &packages,
    };
    for ex in target::resolve(catalog, target)? {
        let graded = runner.judged(ex, Learner::Variant("solution"), "solution", None)?;
        match graded.actual {
            Some(actual) if graded.verdict.passed() => {
                let path = root.join(&ex.id).join("expected.txt");
                let text = normalize(&actual);
                let old = std::fs::read_to_string(&path).unwrap_or_default();
                crate::fsutil::write_atomic(&path, text.as_bytes())
                    .context(|| format!("writing {}", path.display()))?;
                let note = if old == text {
                    "unchanged".dimmed()
                } else {
                    "updated".green()
                };
                println!(
                    "{} {} ({} lines)",
                    note,
                    path.display(),
                    text.lines().count()
                );
            }
            _ => {
                return Err(Error::new(format!(
                    "{}: the solution did not produce output to bless: {}",
                    ex.id,
                    graded.verdict.label()
                ))
                .with_hint(format!(
                    "`PYGRADE_EXERCISES={} pygrade check` it in a workspace to see why",
                    root.display()
                )));
            }
        }
    }
    Ok(0)
}
