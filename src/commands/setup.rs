//! `pygrade setup [--check] [--venv DIR]`: create the workspace's `.venv` with the
//! interpreter pygrade found and install the pinned packages the exercises declare.
//! Idempotent: what is installed at the pinned version is left alone.
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use colored::Colorize;

use crate::app::{EXIT_FAILED, EXIT_OK};
use crate::error::{Error, Result};
use crate::requirements;
use crate::services::Service;

use crate::app::App;

pub fn run(app: &App, venv: Option<&Path>, check_only: bool) -> Result<i32> {
    let venv = match venv {
        Some(v) => v.to_path_buf(),
        None => app.workspace()?.venv(),
    };
    let wanted = wanted(app)?;
    let python = venv.join("bin/python");
    if let Some(problem) = unusable(&venv) {
        if check_only {
            println!("{} {problem}", "•".yellow());
            println!(
                "{} run `pygrade setup` to recreate it",
                "next:".cyan().bold()
            );
            return Ok(EXIT_FAILED);
        }
        println!("{} {problem}; recreating it", "•".yellow());
        create_venv(app, &venv, true)?;
    }
    if !python.exists() {
        if check_only {
            println!(
                "{} {} does not exist; missing: {}",
                "•".yellow(),
                venv.display(),
                names(&wanted).join(", ")
            );
            println!(
                "{} run `pygrade setup` to create it and install them",
                "next:".cyan().bold()
            );
            return Ok(EXIT_FAILED);
        }
        create_venv(app, &venv, false)?;
    }
    let missing = missing(&python, &wanted)?;
    if missing.is_empty() {
        println!(
            "{} {} has all {} pinned packages",
            "✓".green().bold(),
            venv.display(),
            wanted.len()
        );
        report_services(app);
        return Ok(EXIT_OK);
    }
    if check_only {
        println!(
            "{} missing from {}: {}",
            "•".yellow(),
            venv.display(),
            missing.join(", ")
        );
        println!(
            "{} run `pygrade setup` to install them",
            "next:".cyan().bold()
        );
        return Ok(EXIT_FAILED);
    }
    let total = missing.len();
    // uv installs the same pinned versions, many times faster; pip otherwise.
    let uv = find_uv();
    if uv.is_some() {
        println!("installing with uv (found on PATH)");
    }
    for (i, spec) in missing.iter().enumerate() {
        let start = Instant::now();
        print!("[{}/{total}] installing {spec} … ", i + 1);
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let mut cmd = match &uv {
            Some(uv) => {
                let mut c = Command::new(uv);
                c.args(["pip", "install", "--quiet", "--python"])
                    .arg(&python)
                    .arg(spec);
                c
            }
            None => {
                let mut c = Command::new(&python);
                c.args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    spec,
                ]);
                c
            }
        };
        let tool = if uv.is_some() { "uv" } else { "pip" };
        let out = cmd
            .env_remove("PIP_NO_INDEX")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::new(format!("could not run {tool} in {}: {e}", venv.display())))?;
        if !out.status.success() {
            println!("{}", "failed".red());
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(Error::new(format!("{tool} could not install {spec}: {}", err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message")))
                .with_hint("check your network connection to the package index, then run `pygrade setup` again (it resumes where it stopped)"));
        }
        println!(
            "{} ({:.1} s)",
            "done".green(),
            start.elapsed().as_secs_f64()
        );
    }
    println!(
        "{} {} is ready; exercises that need packages run with it",
        "✓".green().bold(),
        venv.display()
    );
    report_services(app);
    Ok(EXIT_OK)
}

/// Services are system programs, not packages: say which are missing and how to get
/// them (installing them needs the system's package manager, usually as root).
fn report_services(app: &App) {
    let mut declared: Vec<&str> = app
        .catalog
        .exercises
        .iter()
        .flat_map(|e| e.meta.services.iter().map(String::as_str))
        .collect();
    declared.sort();
    declared.dedup();
    let path = std::env::var_os("PATH");
    for service in declared.into_iter().filter_map(Service::named) {
        if service.find(path.as_deref()).is_none() {
            let users: Vec<&str> = app
                .catalog
                .exercises
                .iter()
                .filter(|e| {
                    e.meta
                        .services
                        .iter()
                        .any(|s| Service::named(s) == Some(service))
                })
                .map(|e| e.id.as_str())
                .collect();
            println!(
                "{} {} is not installed: {} need it; {}",
                "•".yellow(),
                service.program(),
                users.join(", "),
                service.install_hint()
            );
        }
    }
}

/// `uv` on PATH, unless PYGRADE_NO_UV is set.
fn find_uv() -> Option<std::path::PathBuf> {
    if std::env::var_os("PYGRADE_NO_UV").is_some() {
        return None;
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join("uv"))
        .find(|p| p.is_file())
}

/// Pinned pip specs of every package any exercise requires, sorted.
fn wanted(app: &App) -> Result<Vec<String>> {
    let reqs = requirements::load(&app.catalog)?;
    let mut specs: Vec<String> = app
        .catalog
        .exercises
        .iter()
        .flat_map(|e| e.meta.requires.iter())
        .filter_map(|name| reqs.get(name).map(|r| r.pip.clone()))
        .collect();
    specs.sort();
    specs.dedup();
    Ok(specs)
}

fn names(specs: &[String]) -> Vec<String> {
    specs
        .iter()
        .map(|s| s.split("==").next().unwrap_or(s).to_string())
        .collect()
}

/// A venv that exists but cannot serve: its python is gone, or older than pygrade
/// supports. pygrade made it, so pygrade may remake it.
fn unusable(venv: &Path) -> Option<String> {
    let py = venv.join("bin/python");
    if !venv.is_dir() {
        return None;
    }
    if !py.exists() {
        return Some(format!(
            "{} is broken: {}",
            venv.display(),
            crate::python::broken_reason(&py)
        ));
    }
    let out = Command::new(&py)
        .args([
            "-E",
            "-s",
            "-c",
            "import sys; print('%d.%d' % sys.version_info[:2])",
        ])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let (major, minor) = text.split_once('.')?;
    let version = (major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?);
    (version < (3, 10)).then(|| {
        format!(
            "{} was made with Python {text}, older than the 3.10 pygrade needs",
            venv.display()
        )
    })
}

fn create_venv(app: &App, venv: &Path, clear: bool) -> Result<()> {
    // The base interpreter: never a venv's own python (that is what we are creating).
    let base = app.python(None)?;
    println!(
        "Creating {} with Python {} ({})",
        venv.display(),
        base.version_text(),
        base.executable.display()
    );
    let status = Command::new(&base.executable)
        .args(["-m", "venv"])
        .args(clear.then_some("--clear"))
        .arg(venv)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| Error::new(format!("could not run {}: {e}", base.executable.display())))?;
    if !status.success() {
        return Err(
            Error::new(format!("`python -m venv {}` failed", venv.display()))
                .with_hint("on Debian/Ubuntu install the venv module: `apt install python3-venv`"),
        );
    }
    Ok(())
}

const VERSIONS: &str = "import sys\nfrom importlib import metadata\nfor spec in sys.argv[1:]:\n    name, _, want = spec.partition('==')\n    try:\n        have = metadata.version(name)\n    except metadata.PackageNotFoundError:\n        have = None\n    if have != want:\n        print(spec)";

/// Specs not installed at exactly the pinned version.
fn missing(python: &PathBuf, wanted: &[String]) -> Result<Vec<String>> {
    let out = Command::new(python)
        .args(["-I", "-c", VERSIONS])
        .args(wanted)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::new(format!("could not run {}: {e}", python.display())))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "{} does not work: {}",
            python.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
        .with_hint("delete the .venv folder and run `pygrade setup` again"));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect())
}
