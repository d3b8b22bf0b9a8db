//! `pygrade doctor`: which interpreter, which venv, which sandbox level and why.
use colored::Colorize;
use serde::Serialize;

use crate::error::Result;
use crate::sandbox::{LayerState, Level};

use crate::app::App;
use crate::services::Service;

/// Every service program, found on PATH or not.
fn services() -> Vec<(String, Option<String>)> {
    let path = std::env::var_os("PATH");
    Service::all()
        .into_iter()
        .map(|s| {
            (
                s.program().to_string(),
                s.find(path.as_deref())
                    .map(|f| f.program.display().to_string()),
            )
        })
        .collect()
}

#[derive(Serialize)]
struct Report {
    python: Option<crate::python::Interpreter>,
    python_error: Option<String>,
    workspace: Option<String>,
    venv: Option<String>,
    sandbox_level: Level,
    layers: Vec<LayerState>,
    /// Service programs exercises start in their runs: name → path, or None if missing.
    services: Vec<(String, Option<String>)>,
    /// Which paths grade in warm interpreters, and why (not).
    warm: String,
}

/// What `doctor` says about warm interpreters at sandbox level `level`.
fn warm_paths(level: Level) -> String {
    use crate::grade::warm::{Policy, WORTH_IT};
    match (Policy::from_env(), level) {
        (Policy::Never, _) => "off (PYGRADE_WARM=never): every run is cold".into(),
        (_, l) if l != Level::Full => format!(
            "off: they need the full sandbox (a run's leftovers are killed inside its own PID namespace), and runs here get {}",
            l.name()
        ),
        (Policy::Always, _) => "every run, one-shot `check` too (PYGRADE_WARM=always)".into(),
        (Policy::Auto, _) => format!(
            "watch, `check --all` and `dev check` grade exercises that declare packages in a zygote that has imported them (kept when its imports took {} ms or more, measured in the sandbox); a one-shot `check` runs cold",
            WORTH_IT.as_millis()
        ),
    }
}

pub fn run(app: &App, json: bool) -> Result<i32> {
    // Doctor reports what the machine does now, not what a cached probe remembers.
    std::env::set_var("PYGRADE_FRESH_PROBE", "1");
    let ws = app.workspace().ok();
    let (python, python_error) = match app.python(ws.as_ref()) {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let venv = ws.as_ref().map(|w| w.venv()).and_then(|v| {
        let py = v.join("bin/python");
        if py.exists() {
            Some(v.display().to_string())
        } else if v.is_dir() {
            Some(format!(
                "{} is BROKEN: {}; delete it and run `pygrade setup`",
                v.display(),
                crate::python::broken_reason(&py)
            ))
        } else {
            None
        }
    });
    let (level, layers) = app.sandbox();
    let report = Report {
        python,
        python_error,
        workspace: ws.map(|w| w.root.display().to_string()),
        venv,
        sandbox_level: level,
        layers,
        services: services(),
        warm: warm_paths(level),
    };
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
        return Ok(if report.python.is_some() { 0 } else { 2 });
    }
    match &report.python {
        Some(p) => println!(
            "{} {} {} at {} (found via {})",
            "python:".bold(),
            p.implementation,
            p.version_text(),
            p.executable.display(),
            p.found_by
        ),
        None => println!(
            "{} {}",
            "python:".bold(),
            report.python_error.as_deref().unwrap_or("not found").red()
        ),
    }
    println!(
        "{} {}",
        "workspace:".bold(),
        report.workspace.as_deref().unwrap_or("(not inside one)")
    );
    println!(
        "{} {}",
        "venv:".bold(),
        report
            .venv
            .as_deref()
            .unwrap_or("none (`pygrade setup` creates it)")
    );
    println!("{} {}", "sandbox:".bold(), level.name().bold());
    println!(
        "  {} layer 1: temp dir, cleared environment, process group, timeout, output caps",
        "✓".green()
    );
    println!(
        "  {} layer 2: rlimits (CPU, memory, file size, open files, core dumps)",
        "✓".green()
    );
    for l in &report.layers {
        let mark = if l.active { "✓".green() } else { "✗".red() };
        println!("  {mark} {:?}: {}", l.layer, l.note);
    }
    println!(
        "  {} run dir: {}",
        if crate::grade::runfs::available() {
            "✓".green()
        } else {
            "✗".red()
        },
        crate::grade::runfs::describe()
    );
    println!("{} {}", "warm interpreters:".bold(), report.warm);
    println!("{}", "services:".bold());
    for (program, found) in &report.services {
        match found {
            Some(path) => println!("  {} {program} at {path}", "✓".green()),
            None => {
                let hint = Service::named_program(program)
                    .map(Service::install_hint)
                    .unwrap_or_default();
                println!(
                    "  {} {program} not found: exercises that run it say \"needs {program}\"; {hint}",
                    "✗".red()
                )
            }
        }
    }
    Ok(if report.python.is_some() { 0 } else { 2 })
}
