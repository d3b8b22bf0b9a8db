//! Watch mode without a terminal: it grades on start, then on every save, and a save to
//! another exercise's file grades that exercise. Both event and polling modes.
mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::Fixture;

/// Generous: only guards against a hang, never measures speed.
const PATIENCE: Duration = Duration::from_secs(30);

struct Watching {
    child: Child,
    lines: Receiver<String>,
}

impl Watching {
    fn start(f: &Fixture, extra: &[&str]) -> Watching {
        let mut args = vec!["watch"];
        args.extend_from_slice(extra);
        let mut child = f
            .command(&f.ws, &args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watching { child, lines }
    }

    /// Read lines until one contains `needle`; all lines read so far on failure.
    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut seen = String::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                    if line.contains(needle) {
                        return seen;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("never saw {needle:?}; output was:\n{seen}");
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn regrades_on_save(extra: &[&str]) {
    let f = Fixture::new();
    let w = Watching::start(&f, extra);
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
    let w = Watching::start(&f, &["--poll"]);
    w.wait_for("polling for changes");
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    w.wait_for("day01/add — passed");
}

#[test]
fn saving_by_rename_counts_as_a_save() {
    let f = Fixture::new();
    let w = Watching::start(&f, &[]);
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
    let w = Watching::start(&f, &[]);
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
    let w = Watching::start(&f, &[]);
    w.wait_for("watching for saves");
    std::fs::remove_file(f.ws.join("day01/add.py")).unwrap();
    w.wait_for("missing file");
}
