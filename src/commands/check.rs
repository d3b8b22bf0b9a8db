//! `pygrade check [TARGET|--all] [--json]`.
use serde::Serialize;

use crate::app::{EXIT_FAILED, EXIT_OK, EXIT_SETUP};
use crate::catalog::Exercise;
use crate::error::Result;
use crate::grade::Verdict;
use crate::sandbox::Level;
use crate::{target, ui};

use crate::app::App;
use crate::session::Session;

/// One exercise's result, as `--json` prints it.
#[derive(Serialize)]
pub struct Report<'a> {
    pub id: &'a str,
    pub task: &'a str,
    pub file: String,
    pub passed: bool,
    pub verdict: &'a Verdict,
    pub elapsed_ms: u128,
    pub sandbox_level: Level,
    /// Graded in a warm interpreter (see `grade::warm`).
    pub warm: bool,
}

pub fn run(app: &App, target: Option<&str>, all: bool, json: bool) -> Result<i32> {
    let mut session = Session::open(app)?;
    if all {
        session = session.warmed();
    }
    let exercises: Vec<&Exercise> = match (all, target) {
        (true, _) => app.catalog.exercises.iter().collect(),
        (false, Some(t)) => target::resolve(&app.catalog, t)?,
        (false, None) => {
            let progress = session.progress()?;
            match session.current(&progress) {
                Some(ex) => vec![ex],
                None => {
                    println!("Every available exercise is done; `pygrade check --all` re-grades them all.");
                    return Ok(EXIT_OK);
                }
            }
        }
    };
    let mut verdicts = Vec::new();
    let mut reports = Vec::new();
    let mut not_started = 0;
    let many = exercises.len() > 1;
    for ex in &exercises {
        // Of many, an untouched stub is summed up, not graded: every stub fails
        // untouched (`dev check` proves it), and a list of them would bury the rest.
        if many && !json && untouched(&session, ex) {
            not_started += 1;
            continue;
        }
        let graded = session.grade(ex)?;
        if many && !json && matches!(&graded.verdict, Verdict::Failed(f) if f.not_started) {
            not_started += 1;
            verdicts.push((ex, graded));
            continue;
        }
        if !json {
            print!(
                "{}",
                ui::verdict::render(ex, &session.file_of(ex), &graded.verdict)
            );
            if exercises.len() > 1 && !graded.verdict.passed() {
                println!();
            }
        }
        verdicts.push((ex, graded));
    }
    for (ex, graded) in &verdicts {
        reports.push(Report {
            id: &ex.id,
            task: &ex.meta.task,
            file: session.file_of(ex),
            passed: graded.verdict.passed(),
            verdict: &graded.verdict,
            elapsed_ms: graded.elapsed.as_millis(),
            sandbox_level: session.level,
            warm: graded.warm,
        });
    }
    let all_verdicts: Vec<&Verdict> = verdicts.iter().map(|(_, g)| &g.verdict).collect();
    if json {
        let text = serde_json::to_string_pretty(&reports).unwrap_or_else(|_| "[]".into());
        println!("{text}");
    } else if many {
        let passed = all_verdicts.iter().filter(|v| v.passed()).count();
        let mut line = format!("{passed} of {} passed", exercises.len());
        let failing = exercises.len() - passed - not_started;
        if failing > 0 {
            line.push_str(&format!(", {failing} failing"));
        }
        if not_started > 0 {
            line.push_str(&format!(", {not_started} not started (still the stub)"));
        }
        println!("{line}");
    }
    if not_started > 0 && all_verdicts.iter().all(|v| v.passed()) {
        return Ok(EXIT_FAILED);
    }
    Ok(exit_code(&all_verdicts))
}

/// An installed exercise that is still all stub.
fn untouched(session: &Session, ex: &Exercise) -> bool {
    session.ws.has_installed(&ex.id)
        && crate::grade::untouched(&session.app.catalog, ex, &session.ws)
}

/// 0 when all passed, 2 when any had a setup problem, else 1.
pub fn exit_code(verdicts: &[&Verdict]) -> i32 {
    if verdicts.iter().any(|v| v.is_setup_problem()) {
        EXIT_SETUP
    } else if verdicts.iter().all(|v| v.passed()) {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}
