//! Watch mode without a terminal: it grades on start, then on every save, and a save to
//! another exercise's file grades that exercise. Both event and polling modes.
mod common;

use common::{Fixture, Watching};

fn regrades_on_save(extra: &[&str]) {
    let f = Fixture::new();
    let w = Watching::start(&f, extra, &[]);
    w.wait_for("not started yet");
    w.wait_for("watching for saves");
    f.write("day01/add.py", "def add(a, b):\n    return a - b\n");
    w.wait_for("first difference at case 1");
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    w.wait_for("day01/add — passed");
    // A save to another exercise's file grades that exercise.
    f.write("day01/echo.py", "import sys\nprint(*sys.argv[1:])\n");
    w.wait_for("day01/echo — passed");
}

#[test]
fn events_regrade_on_every_save() {
    regrades_on_save(&[]);
}

#[test]
fn polling_regrades_on_every_save_and_says_so() {
    let f = Fixture::new();
    let w = Watching::start(&f, &["--poll"], &[]);
    w.wait_for("polling for changes");
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    w.wait_for("day01/add — passed");
}

#[test]
fn saving_by_rename_counts_as_a_save() {
    let f = Fixture::new();
    let w = Watching::start(&f, &[], &[]);
    w.wait_for("watching for saves");
    // What vim and many editors do: write a temp file, rename it over the original.
    let tmp = f.ws.join("day01/.add.py.swp");
    std::fs::write(&tmp, "def add(a, b):\n    return a + b\n").unwrap();
    std::fs::rename(&tmp, f.ws.join("day01/add.py")).unwrap();
    w.wait_for("day01/add — passed");
}

#[test]
fn a_save_during_a_run_stops_it_and_grades_the_new_content() {
    let f = Fixture::new();
    // Far longer than PATIENCE: only a cancelled run lets the new save be graded in time.
    f.set_echo_timeout(300);
    let w = Watching::start(&f, &[], &[]);
    w.wait_for("watching for saves");
    f.write(
        "day01/echo.py",
        "import sys\nwhile True:\n    pass  # pygrade-watch-loop-mark\n",
    );
    w.wait_for("grading…");
    f.write("day01/echo.py", "import sys\nprint(*sys.argv[1:])\n");
    w.wait_for("day01/echo — passed");
}

#[test]
fn deleting_the_watched_file_is_noticed() {
    let f = Fixture::new();
    let w = Watching::start(&f, &[], &[]);
    w.wait_for("watching for saves");
    std::fs::remove_file(f.ws.join("day01/add.py")).unwrap();
    w.wait_for("missing file");
}
