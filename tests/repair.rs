//! A newcomer's trip-ups, repaired or explained: a deleted workspace marker, a workspace
//! made inside another, a bogus PYGRADE_SANDBOX, a broken or too-old `.venv`, and
//! `next` after a progress file had to be rebuilt.
mod common;

use common::{text, Fixture};

#[test]
fn a_deleted_workspace_marker_is_restored_with_a_warning() {
    let f = Fixture::new();
    std::fs::remove_file(f.ws.join(".pygrade/workspace.toml")).unwrap();
    let out = f.run(&["next"]);
    let t = text(&out);
    assert!(t.contains("was missing; pygrade restored it"), "{t}");
    assert!(t.contains("day01/add"), "{t}");
    assert!(f.ws.join(".pygrade/workspace.toml").is_file());
}

#[test]
fn init_inside_a_workspace_is_refused() {
    let f = Fixture::new();
    let out = f.run(&["init", "day01/nested"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("is inside the pygrade workspace"), "{t}");
    assert!(!f.ws.join("day01/nested").exists());
}

#[test]
fn a_bogus_pygrade_sandbox_is_an_error() {
    let f = Fixture::new();
    let out = f
        .command(&f.ws, &["check", "day01/add"])
        .env("PYGRADE_SANDBOX", "bogus")
        .output()
        .unwrap();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(
        t.contains("PYGRADE_SANDBOX=\"bogus\" is not a sandbox level"),
        "{t}"
    );
    assert!(t.contains("full, partial or minimal"), "{t}");
}

#[test]
fn a_broken_venv_is_named_with_the_way_to_recreate_it() {
    let f = Fixture::new();
    let bin = f.ws.join(".venv/bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink("/nonexistent/python3.9", bin.join("python")).unwrap();
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains(".venv") && t.contains("is broken"), "{t}");
    assert!(
        t.contains("/nonexistent/python3.9, which does not exist"),
        "{t}"
    );
    assert!(t.contains("pygrade setup"), "{t}");
    let doctor = text(&f.run(&["doctor"]));
    assert!(doctor.contains("BROKEN"), "{doctor}");
}

#[test]
fn a_venv_made_by_an_old_python_says_recreate_it() {
    let f = Fixture::new();
    let bin = f.ws.join(".venv/bin");
    std::fs::create_dir_all(&bin).unwrap();
    let fake = bin.join("python");
    // Answers pygrade's interpreter query as Python 3.9 would.
    std::fs::write(
        &fake,
        "#!/bin/sh\necho '{\"executable\": \"'$0'\", \"version\": [3, 9, 18], \"implementation\": \"CPython\", \"prefix\": \"/v\", \"base_prefix\": \"/usr\"}'\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("too old"), "{t}");
    assert!(
        t.contains("delete the .venv folder and run `pygrade setup`"),
        "{t}"
    );
}

#[test]
fn next_walks_past_exercises_that_already_pass_after_progress_was_lost() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    std::fs::write(f.ws.join(".pygrade/progress.json"), "{oops").unwrap();
    let out = f.run(&["next"]);
    let t = text(&out);
    assert!(t.contains("✓ day01/add — passed"), "{t}");
    assert!(t.contains("Task: Echo the arguments"), "{t}");
}

#[test]
fn files_name_exercises_and_hint_reset_solution_default_to_the_current_one() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    for target in ["./day01/add.py", "day01/add.py", "add.py"] {
        let out = f.run(&["check", target]);
        assert!(
            text(&out).contains("day01/add — passed"),
            "{target}: {}",
            text(&out)
        );
    }
    let abs = f.ws.join("day01/add.py");
    let out = f.run(&["check", abs.to_str().unwrap()]);
    assert!(text(&out).contains("day01/add — passed"), "{}", text(&out));
    // day01/add passed: the current exercise is day01/echo.
    let hint = text(&f.run(&["hint"]));
    assert!(hint.contains("day01/echo"), "{hint}");
    let solution = f.run(&["solution"]);
    assert_eq!(solution.status.code(), Some(1), "{}", text(&solution));
    assert!(
        text(&solution).contains("day01/echo"),
        "{}",
        text(&solution)
    );
    f.write("day01/echo.py", "print('mine')\n");
    let reset = f.run(&["reset", "--yes"]);
    assert!(reset.status.success(), "{}", text(&reset));
    assert!(
        text(&reset).contains("day01/echo is back to its stub"),
        "{}",
        text(&reset)
    );
}
