//! What a learner sees on an 80×24 terminal: every line of the watch screen, `list`,
//! a failing verdict with a long diff and the hints fits in 80 columns (so nothing is
//! broken mid-word by the terminal). Run under a pseudo-terminal of that size, with
//! the real exercise catalog.
mod common;

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COLS: u16 = 80;
const ROWS: u16 = 24;

/// A pseudo-terminal of COLS×ROWS: (master, slave).
fn pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: ROWS,
        ws_col: COLS,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors; the winsize outlives the call.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty failed");
    // SAFETY: both descriptors are new and ours.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                let mut params = String::new();
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() {
                        // A screen clear stays visible as a form feed: screens split there.
                        if d == 'J' && params == "2" {
                            out.push('\x0c');
                        }
                        break;
                    }
                    params.push(d);
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

fn assert_fits(what: &str, screen: &str) {
    assert!(!screen.trim().is_empty(), "{what}: nothing on screen");
    for line in screen.lines() {
        let cols = line.chars().count();
        assert!(
            cols <= COLS as usize,
            "{what}: a line of {cols} columns:\n{line}\n--- screen ---\n{screen}"
        );
    }
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(common::BIN)
        .args(["init", "ws"])
        .current_dir(dir.path())
        .env("XDG_CACHE_HOME", dir.path().join(".cache-test"))
        .env_remove("PYGRADE_EXERCISES")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::text(&out));
    // A long, failing attempt: many cases differ.
    std::fs::write(
        dir.path().join("ws/day02/deep_equal.py"),
        "def deep_equal(a, b):\n    return a == b\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_failing_verdict_with_a_long_diff_fits_80_columns() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let screen = drive(&ws, &["check", "day02/deep_equal"], &[]);
    assert!(screen.contains("failed"), "{screen}");
    assert_fits("check", &screen);
}

#[test]
fn hints_fit_80_columns() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let screen = drive(&ws, &["hint", "day15/fastapi_crud", "--all"], &[]);
    assert!(screen.contains("Hint 3/3"), "{screen}");
    assert_fits("hint", &screen);
}

#[test]
fn the_list_fits_80_columns() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    // The interactive list, and the plain one a pipe gets (folded at 80 by COLUMNS-less
    // terminals is not our business: it is cut to the terminal's width).
    let screen = drive(&ws, &["list"], &[("Progress", b"q")]);
    assert!(screen.contains("day01/"), "{screen}");
    assert_fits("list", &screen);
}

#[test]
fn the_watch_screen_fits_80_by_24() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let screen = drive(&ws, &["watch"], &[("[q]uit", b"q")]);
    assert!(screen.contains("Progress"), "{screen}");
    assert_fits("watch", &screen);
    // The last screen (after the last clear) fits the height too.
    let last = screen.rsplit('\x0c').next().unwrap_or(&screen);
    assert!(last.lines().count() <= ROWS as usize, "{last}");
}

/// Drive pygrade on the terminal: after `ready` shows, type `keys` (each step waits
/// for its expected text, if any); returns the whole screen text.
fn drive(dir: &std::path::Path, args: &[&str], steps: &[(&str, &[u8])]) -> String {
    drive_exit(dir, args, steps).0
}

/// As [`drive`], and whether pygrade ended by itself after the last keys.
fn drive_exit(dir: &std::path::Path, args: &[&str], steps: &[(&str, &[u8])]) -> (String, bool) {
    use std::io::Write;
    let (master, slave) = pty();
    let mut child = Command::new(common::BIN)
        .args(args)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", dir.join(".cache-test"))
        .env_remove("NO_COLOR")
        .env_remove("PYGRADE_EXERCISES")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(slave);
    let mut writer = std::fs::File::from(master.try_clone().unwrap());
    let mut reader = std::fs::File::from(master);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut out = Vec::new();
    let mut all = Vec::new();
    for (wait_for, keys) in steps {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !strip_ansi(&String::from_utf8_lossy(&out)).contains(wait_for) {
            assert!(
                Instant::now() < deadline,
                "never saw {wait_for:?}:\n{}",
                strip_ansi(&String::from_utf8_lossy(&out))
            );
            if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(50)) {
                out.extend(chunk);
            }
        }
        all.append(&mut out);
        writer.write_all(keys).unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(50)) {
            out.extend(chunk);
        }
    }
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
        out.extend(chunk);
    }
    let ended = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    all.append(&mut out);
    (strip_ansi(&String::from_utf8_lossy(&all)), ended)
}

#[test]
fn q_in_watch_stops_a_running_check_and_quits() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let marker = format!("pygrade-q-test-{}", std::process::id());
    std::fs::write(
        ws.join("day01/environment.py"),
        format!("import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)', '{marker}'])\nwhile True:\n    time.sleep(1)\n"),
    )
    .unwrap();
    // Pressed once the check has run a second (the countdown shows), so its child
    // process is surely there to be stopped.
    let (screen, ended) = drive_exit(&ws, &["watch"], &[("1 s (limit", b"q")]);
    assert!(ended, "watch did not quit on q during a check:\n{screen}");
    // Nothing of the stopped check is left running.
    let alive = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains(&marker))
        })
        .count();
    assert_eq!(alive, 0, "the check's processes outlived q");
}

#[test]
fn the_interactive_list_scrolls_filters_searches_and_opens_an_exercise() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let screen = drive(
        &ws,
        &["list"],
        &[
            ("Progress", b"\x1b[B\x1b[B\x1b[6~"), // arrows and page down
            ("Progress", b"p"),                   // pending only
            ("showing pending", b"/deep_eq"),
            ("matching \"deep_eq\"", b"\r"),
            ("day02/deep_equal", b"\r"), // open it
        ],
    );
    assert!(screen.contains("Implement `deep_equal(a,b)`"), "{screen}");
    assert!(
        screen.contains("pygrade check day02/deep_equal"),
        "{screen}"
    );
}

#[test]
fn the_interactive_list_resets_an_exercise_only_after_a_yes() {
    let dir = workspace();
    let ws = dir.path().join("ws");
    let file = ws.join("day02/deep_equal.py");
    drive(
        &ws,
        &["list"],
        &[
            ("Progress", b"/deep_equal\r"),
            ("matching", b"r"),
            ("Reset day02/deep_equal", b"n"),
            ("Nothing was changed", b"q"),
        ],
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("return a == b"),
        "a no keeps the file"
    );
    drive(
        &ws,
        &["list"],
        &[
            ("Progress", b"/deep_equal\r"),
            ("matching", b"r"),
            ("Reset day02/deep_equal", b"y"),
            ("back to its stub", b"q"),
        ],
    );
    assert!(!std::fs::read_to_string(&file)
        .unwrap()
        .contains("return a == b"));
    let backups = std::fs::read_dir(ws.join(".pygrade/backups/day02"))
        .unwrap()
        .count();
    assert_eq!(backups, 1, "the learner's version was kept");
}
