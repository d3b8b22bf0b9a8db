//! `pygrade dev check`: proves the exercise set honest. For every exercise: metadata is
//! valid, the stub fails, the solution passes (20 times in a row when marked
//! concurrent), every known-wrong variant fails, and a file that just prints the
//! expected output fails. Also reports how many roadmap tasks are mapped.
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use colored::Colorize;

use crate::app::{EXIT_FAILED, EXIT_OK};
use crate::catalog::{Catalog, Exercise};
use crate::error::Result;
use crate::grade::{Learner, Runner, Verdict};
use crate::requirements::Packages;
use crate::target;

use crate::app::App;

/// Repetitions of the solution for exercises marked concurrent.
const CONCURRENT_REPEATS: usize = 20;

struct Outcome {
    id: String,
    problems: Vec<String>,
    wrong_failed: usize,
}

pub fn run(app: &App, target: Option<&str>, jobs: Option<usize>) -> Result<i32> {
    let catalog = &app.catalog;
    let python = app.dev_python()?;
    let (level, _) = app.sandbox();
    let exercises: Vec<&Exercise> = match target {
        Some(t) => target::resolve(catalog, t)?,
        None => catalog.exercises.iter().collect(),
    };
    println!(
        "Checking {} exercises from {} with Python {} ({}), sandbox {}",
        exercises.len(),
        catalog.source.origin,
        python.version_text(),
        python.executable.display(),
        level.name()
    );
    let mut problems: Vec<String> = catalog
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.id, p.message))
        .collect();
    problems.extend(set_problems(catalog));

    let packages = Packages::default();
    let warm = crate::grade::warm::Warm::new(crate::grade::warm::Policy::from_env());
    let runner = Runner {
        warm: Some(&warm),
        catalog,
        python: &python,
        level,
        packages: &packages,
    };
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let jobs = jobs
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
        .max(1);
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(exercises.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(ex) = exercises.get(i) else { break };
                let outcome = check_one(&runner, ex);
                let mark = if outcome.problems.is_empty() {
                    "ok".green().bold()
                } else {
                    "FAIL".red().bold()
                };
                let mut report = format!(
                    "  {mark} {} ({} wrong variants fail)",
                    ex.id, outcome.wrong_failed
                );
                for line in clause_table(ex) {
                    report.push('\n');
                    report.push_str(&line);
                }
                println!("{report}");
                results
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(outcome);
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by(|a, b| a.id.cmp(&b.id));
    let wrong_total: usize = results.iter().map(|r| r.wrong_failed).sum();
    for r in &results {
        problems.extend(r.problems.iter().map(|p| format!("{}: {p}", r.id)));
    }
    let clauses: usize = exercises.iter().map(|e| e.meta.clauses.len()).sum();
    println!(
        "{clauses} contract clauses, each broken by a known-wrong variant that some case catches"
    );
    let mapped = mapped_tasks(catalog);
    println!("{mapped}/{} tasks mapped", catalog.roadmap.tasks.len());
    println!(
        "{} exercises: stubs fail, solutions pass; {wrong_total} wrong variants fail",
        results.len()
    );
    if problems.is_empty() {
        println!("{}", "dev check passed".green().bold());
        Ok(EXIT_OK)
    } else {
        println!("{}", format!("{} problems:", problems.len()).red().bold());
        for p in &problems {
            println!("  - {p}");
        }
        Ok(EXIT_FAILED)
    }
}

/// Roadmap tasks that have an exercise.
fn mapped_tasks(catalog: &Catalog) -> usize {
    let mut seen: Vec<usize> = catalog
        .exercises
        .iter()
        .filter_map(|e| e.task_index)
        .collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// Problems of the set as a whole: unmapped tasks, duplicate mappings, clashing files.
fn set_problems(catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    let mut by_task: HashMap<usize, &str> = HashMap::new();
    let mut by_file: HashMap<String, &str> = HashMap::new();
    for ex in &catalog.exercises {
        match ex.task_index {
            None => problems.push(format!(
                "{}: task {:?} matches no roadmap checkbox",
                ex.id, ex.meta.task
            )),
            Some(i) => {
                if let Some(other) = by_task.insert(i, &ex.id) {
                    problems.push(format!(
                        "{} and {other} both claim task {:?}",
                        ex.id, ex.meta.task
                    ));
                }
            }
        }
        for path in ex.learner_paths() {
            if let Some(other) = by_file.insert(path.clone(), &ex.id) {
                problems.push(format!(
                    "{} and {other} both use the learner file {path}",
                    ex.id
                ));
            }
        }
    }
    problems
}

fn check_one(runner: &Runner, ex: &Exercise) -> Outcome {
    let mut problems = Vec::new();
    let source = &runner.catalog.source;
    if source.get(&format!("{}/expected.txt", ex.id)).is_none() {
        problems.push(format!(
            "no expected.txt (run `pygrade dev bless {}`)",
            ex.id
        ));
        return Outcome {
            id: ex.id.clone(),
            problems,
            wrong_failed: 0,
        };
    }
    for file in &ex.meta.files {
        if crate::variant::solution_file(source, &ex.id, file).is_none() {
            problems.push(format!("solution/{file} is missing"));
        }
    }
    let wrong = crate::variant::names(source, &ex.id);
    if wrong.len() < 2 {
        problems.push(format!(
            "has {} known-wrong variants; at least 2 are required",
            wrong.len()
        ));
    }
    let grade = |learner: Learner, name: &str| runner.grade(ex, learner, name).map(|g| g.verdict);
    match grade(Learner::Variant("stub"), "stub") {
        Ok(v) if v.passed() => problems.push("the untouched stub passes".into()),
        Ok(v) => setup_problem(&v, "stub", &mut problems),
        Err(e) => problems.push(format!("stub: {e}")),
    }
    let repeats = if ex.meta.concurrent {
        CONCURRENT_REPEATS
    } else {
        1
    };
    for round in 0..repeats {
        match grade(Learner::Variant("solution"), "solution") {
            Ok(Verdict::Passed) => {}
            Ok(v) => {
                problems.push(format!(
                    "the solution does not pass (run {} of {repeats}): {}",
                    round + 1,
                    describe(&v)
                ));
                break;
            }
            Err(e) => {
                problems.push(format!("solution: {e}"));
                break;
            }
        }
    }
    if runner.is_warm(ex) {
        problems.extend(warm_cold_differences(runner, ex));
    }
    let alternatives = crate::variant::alternatives(source, &ex.id);
    for alt in &alternatives {
        match grade(Learner::Variant(alt), alt) {
            Ok(Verdict::Passed) => {}
            Ok(v) => problems.push(format!(
                "alternative solution {alt} does not pass: {}",
                describe(&v)
            )),
            Err(e) => problems.push(format!("{alt}: {e}")),
        }
    }
    let mut wrong_failed = 0;
    for variant in &wrong {
        match grade(Learner::Variant(variant), variant) {
            Ok(v) if v.passed() => problems.push(format!("known-wrong variant {variant} passes")),
            Ok(v) if v.is_setup_problem() => setup_problem(&v, variant, &mut problems),
            Ok(_) => wrong_failed += 1,
            Err(e) => problems.push(format!("{variant}: {e}")),
        }
    }
    problems.extend(clause_problems(ex, &wrong, &alternatives));
    let expected = source
        .text(&format!("{}/expected.txt", ex.id))
        .unwrap_or_default();
    let cheat = vec![(ex.main_file().to_string(), printer(&expected).into_bytes())];
    match grade(Learner::Inline(&cheat), "printer") {
        Ok(v) if v.passed() => {
            problems.push("a file that only prints the expected output passes".into())
        }
        Ok(_) => {}
        Err(e) => problems.push(format!("printer: {e}")),
    }
    Outcome {
        id: ex.id.clone(),
        problems,
        wrong_failed,
    }
}

/// A warm run must judge exactly as a cold one: the stub and the solution, graded
/// both ways, give the same verdict and the same output.
fn warm_cold_differences(runner: &Runner, ex: &Exercise) -> Vec<String> {
    let cold = runner.cold();
    let mut problems = Vec::new();
    for variant in ["stub", "solution"] {
        let warm = runner.grade(ex, Learner::Variant(variant), variant);
        let cold = cold.grade(ex, Learner::Variant(variant), variant);
        match (warm, cold) {
            (Ok(w), Ok(c)) => {
                let (wv, cv) = (
                    serde_json::to_string(&w.verdict).unwrap_or_default(),
                    serde_json::to_string(&c.verdict).unwrap_or_default(),
                );
                if wv != cv || w.actual != c.actual {
                    problems.push(format!(
                        "the {variant} is judged differently warm ({}) and cold ({}): {}",
                        w.verdict.label(),
                        c.verdict.label(),
                        first_difference(&wv, &cv)
                    ));
                }
            }
            (Err(e), _) | (_, Err(e)) => problems.push(format!("{variant} warm vs cold: {e}")),
        }
    }
    problems
}

/// Where two texts part, with a little context, for a problem line.
fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map(|((i, _), _)| i)
        .unwrap_or(a.len().min(b.len()));
    let from = a[..at]
        .char_indices()
        .rev()
        .nth(40)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let tail = |s: &str| {
        s.get(from..)
            .unwrap_or("")
            .chars()
            .take(120)
            .collect::<String>()
    };
    format!("warm …{}… / cold …{}…", tail(a), tail(b))
}

/// Every exercise states its contract clause by clause (`[clauses]`) and proves each
/// one testable: some known-wrong variant breaks it (`[breaks]`), and an alternative
/// solution keeps the check from growing over-strict.
fn clause_problems(ex: &Exercise, wrong: &[String], alternatives: &[String]) -> Vec<String> {
    let meta = &ex.meta;
    let mut problems = Vec::new();
    if meta.clauses.is_empty() {
        problems.push(
            "states no [clauses]: list every promise of the stub's contract, each with a wrong variant that breaks it"
                .into(),
        );
    }
    if alternatives.is_empty() {
        problems.push("has no alternative solution (alt/<name>/); at least 1 is required".into());
    }
    for variant in wrong {
        let name = variant.trim_start_matches("wrong/");
        if !meta.breaks.contains_key(name) {
            problems.push(format!(
                "{variant} is not in [breaks]: say which clause it breaks"
            ));
        }
    }
    for name in meta.breaks.keys() {
        if !wrong.iter().any(|w| w.trim_start_matches("wrong/") == name) {
            problems.push(format!("[breaks] names {name}, which is not a variant"));
        }
    }
    for clause in meta.clauses.keys() {
        if !meta.breaks.values().any(|cs| cs.contains(clause)) {
            problems.push(format!(
                "clause `{clause}` is broken by no known-wrong variant: add one, or drop the clause from the stub"
            ));
        }
    }
    problems
}

/// Lines of the clause table: each clause and the variants that break it.
fn clause_table(ex: &Exercise) -> Vec<String> {
    ex.meta
        .clauses
        .keys()
        .map(|clause| {
            let by: Vec<&str> = ex
                .meta
                .breaks
                .iter()
                .filter(|(_, cs)| cs.contains(clause))
                .map(|(v, _)| v.as_str())
                .collect();
            if by.is_empty() {
                format!("      {clause}: UNTESTED")
            } else {
                format!("      {clause}: {}", by.join(", "))
            }
        })
        .collect()
}

/// A learner file that prints the expected output (on every channel it can reach) and
/// exits successfully: grading must see through it.
fn printer(expected: &str) -> String {
    let hex: String = expected.bytes().map(|b| format!("{b:02x}")).collect();
    format!(
        "import os, sys\nTEXT = bytes.fromhex(\"{hex}\")\nos.write(1, TEXT)\nsys.stdout.write(TEXT.decode())\nsys.stdout.flush()\nos._exit(0)\n"
    )
}

fn setup_problem(v: &Verdict, what: &str, problems: &mut Vec<String>) {
    if v.is_setup_problem() {
        problems.push(format!(
            "{what}: {} (CI must install everything; run `pygrade setup`)",
            describe(v)
        ));
    }
}

fn describe(v: &Verdict) -> String {
    match v {
        Verdict::Failed(f) => format!("failed at {}", f.first_case.as_deref().unwrap_or("?")),
        Verdict::Error { summary, .. } => format!("error: {summary}"),
        Verdict::NeedsPackages { missing } => format!("needs {}", missing.join(", ")),
        Verdict::NeedsService { program, .. } => format!("needs {program}"),
        Verdict::GraderFault { summary } => format!("grader fault: {summary}"),
        Verdict::Cancelled => "cancelled".to_string(),
        Verdict::RefusedFile { path, reason } => format!("{path} refused: {reason}"),
        other => other.label().to_string(),
    }
}
