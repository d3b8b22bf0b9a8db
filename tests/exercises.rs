//! The exercise set proves itself honest on every run: for every exercise the untouched
//! stub fails, the reference solution passes, each known-wrong variant fails, and a
//! file that only prints the expected output fails. Third-party packages are installed
//! for real (into a test virtualenv) first: nothing is skipped.
mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{text, BIN};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_exercise_is_honest() {
    let exercises = repo().join("exercises");
    let venv = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("exercise-venv");
    let setup = Command::new(BIN)
        .args(["setup", "--venv"])
        .arg(&venv)
        .env("PYGRADE_EXERCISES", &exercises)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        setup.status.success(),
        "pygrade setup failed:\n{}",
        text(&setup)
    );

    let out = Command::new(BIN)
        .args(["dev", "check", "--exercises"])
        .arg(&exercises)
        .arg("--python")
        .arg(venv.join("bin/python"))
        .env("NO_COLOR", "1")
        .current_dir(repo())
        .output()
        .unwrap();
    let t = text(&out);
    println!("{t}");
    assert!(out.status.success(), "dev check failed:\n{t}");
    assert!(t.contains("dev check passed"), "{t}");

    // Every exercise on disk was checked, and each maps to its own roadmap task.
    let count = std::fs::read_dir(&exercises)
        .unwrap()
        .flatten()
        .filter(|d| d.file_name().to_string_lossy().starts_with("day"))
        .flat_map(|d| std::fs::read_dir(d.path()).unwrap().flatten())
        .filter(|e| e.path().join("exercise.toml").is_file())
        .count();
    assert!(
        t.contains(&format!("{count}/65 tasks mapped")),
        "expected {count}/65 tasks mapped:\n{t}"
    );
    assert!(
        t.contains(&format!("{count} exercises: stubs fail, solutions pass")),
        "{t}"
    );
}
