//! The core runner as a learner meets it: the built binary on a fixture workspace.
mod common;

use std::time::{Duration, Instant};

use common::{text, Fixture};

#[test]
fn correct_code_passes_and_is_recorded() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return b + a\n");
    let out = f.run(&["check", "day01/add"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("✓ day01/add — passed"));
    let roadmap = std::fs::read_to_string(f.ws.join("ROADMAP.md")).unwrap();
    assert!(
        roadmap.contains("- [x] Add two numbers  `day01/add`"),
        "{roadmap}"
    );
    assert!(roadmap.contains("- [ ] Echo the arguments  `day01/echo`"));
}

#[test]
fn wrong_code_fails_with_a_diff_pointing_at_the_first_case() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a * b\n");
    let out = f.run(&["check", "add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("first difference at case 1: add(1, 2)"), "{t}");
    assert!(t.contains("-case 1: add(1, 2) -> 3"), "{t}");
    assert!(t.contains("+case 1: add(1, 2) -> 2"), "{t}");
}

#[test]
fn untouched_stub_is_reported_as_not_started() {
    let f = Fixture::new();
    let out = f.run(&["check", "day01/add"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("not started yet"), "{}", text(&out));
}

#[test]
fn learner_exception_shows_a_traceback_against_their_file() {
    let f = Fixture::new();
    f.write(
        "day01/add.py",
        "def helper(x):\n    return x['key']\n\ndef add(a, b):\n    return helper(a)\n",
    );
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("raises TypeError"), "{t}");
    let learner = f.ws.join("day01/add.py").canonicalize().unwrap();
    assert!(
        t.contains(&format!(
            "File \"{}\", line 2, in helper",
            learner.display()
        )),
        "{t}"
    );
    assert!(!t.contains("/pygrade-"), "sandbox paths leak: {t}");
}

#[test]
fn syntax_error_is_an_error_verdict_naming_the_line() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b)\n    return a + b\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("error: SyntaxError"), "{t}");
    assert!(t.contains("day01/add.py\", line 1"), "{t}");
}

#[test]
fn import_error_is_an_error_verdict() {
    let f = Fixture::new();
    f.write("day01/add.py", "import no_such_module_anywhere\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("ModuleNotFoundError"), "{t}");
}

#[test]
fn printing_the_expected_output_and_exiting_early_does_not_pass() {
    let f = Fixture::new();
    let expected = std::fs::read_to_string(f.exercises.join("day01/add/expected.txt")).unwrap();
    let print =
        format!("import os, sys\nos.write(1, {expected:?}.encode())\nprint({expected:?})\n");
    f.write("day01/add.py", &format!("{print}os._exit(0)\n"));
    let out = f.run(&["check", "day01/add"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("ended the program before the check finished"),
        "{}",
        text(&out)
    );
    f.write("day01/add.py", &format!("{print}sys.exit(0)\n"));
    let out = f.run(&["check", "day01/add"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("called sys.exit(0) while being imported"),
        "{}",
        text(&out)
    );
}

#[test]
fn infinite_loop_times_out_within_the_limit_plus_a_second() {
    let f = Fixture::new();
    f.set_echo_timeout(1);
    f.write("day01/echo.py", "while True:\n    pass\n");
    let start = Instant::now();
    let out = f.run(&["check", "day01/echo"]);
    let took = start.elapsed();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("timed out: still computing after 1 s in case 1: two words"),
        "{t}"
    );
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

#[test]
fn output_flood_is_capped_with_a_notice() {
    let f = Fixture::new();
    f.write("day01/echo.py", "while True:\n    print('spam' * 100)\n");
    let out = f.run(&["check", "day01/echo"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("output too large: your program wrote more than 64 KiB to stdout"),
        "{t}"
    );
    assert!(
        out.stdout.len() < 16 * 1024,
        "the flood must not reach the terminal"
    );
}

#[test]
fn a_grandchild_left_running_is_killed() {
    let f = Fixture::new();
    let marker = f.dir.path().join("grandchild-alive");
    // The grandchild outlives its parent, then would write a marker 1.5 s later.
    let script = format!(
        "import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1.5); open({:?}, \"w\").write(\"x\")'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nprint(' '.join(sys.argv[1:]))\n",
        marker.display().to_string()
    );
    f.write("day01/echo.py", &script);
    let out = f.run(&["check", "day01/echo"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    std::thread::sleep(Duration::from_millis(2500));
    assert!(!marker.exists(), "the grandchild survived the run");
}

#[test]
fn non_utf8_output_is_shown_not_fatal() {
    let f = Fixture::new();
    f.write(
        "day01/echo.py",
        "import sys\nsys.stdout.buffer.write(b'hello \\xff\\xfe world\\n')\n",
    );
    let out = f.run(&["check", "day01/echo"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("not valid UTF-8"), "{t}");
    assert!(t.contains("+hello �� world"), "{t}");
}

#[test]
fn missing_exercise_file_says_how_to_restore_it() {
    let f = Fixture::new();
    std::fs::remove_file(f.ws.join("day01/add.py")).unwrap();
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("does not exist"), "{t}");
    assert!(t.contains("pygrade reset day01/add"), "{t}");
}

#[test]
fn malformed_metadata_is_a_clear_error_and_other_exercises_still_work() {
    let f = Fixture::new();
    std::fs::write(
        f.exercises.join("day01/echo/exercise.toml"),
        "task = \"Echo the arguments\"\nmode = \"sideways\"\n",
    )
    .unwrap();
    let out = f.run(&["check", "day01/echo"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("day01/echo has malformed metadata"), "{t}");
    assert!(t.contains("exercise.toml"), "{t}");
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    assert_eq!(f.run(&["check", "day01/add"]).status.code(), Some(0));
    let dev = f.run(&["dev", "check", "--exercises", f.exercises.to_str().unwrap()]);
    assert_eq!(
        dev.status.code(),
        Some(1),
        "dev check must flag it: {}",
        text(&dev)
    );
}

#[test]
fn corrupt_progress_is_backed_up_and_rebuilt_with_a_warning() {
    let f = Fixture::new();
    std::fs::write(
        f.ws.join(".pygrade/progress.json"),
        "{\"format\": 1, \"exercises\": [oops",
    )
    .unwrap();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("warning: progress file was unreadable"), "{t}");
    let backups: Vec<_> = std::fs::read_dir(f.ws.join(".pygrade"))
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.corrupt-")
        })
        .collect();
    assert_eq!(backups.len(), 1);
    let list = f.run(&["list", "--json"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("\"status\": \"passed\""));
}

#[test]
fn reset_restores_the_stub_and_keeps_a_backup() {
    let f = Fixture::new();
    f.write("day01/add.py", "# my precious work\n");
    let refused = f.run(&["reset", "day01/add"]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "no terminal and no --yes: refuse"
    );
    assert_eq!(
        std::fs::read_to_string(f.ws.join("day01/add.py")).unwrap(),
        "# my precious work\n"
    );
    let out = f.run(&["reset", "day01/add", "--yes"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(std::fs::read_to_string(f.ws.join("day01/add.py"))
        .unwrap()
        .contains("NotImplementedError"));
    let backups: Vec<_> = std::fs::read_dir(f.ws.join(".pygrade/backups/day01"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].path()).unwrap(),
        "# my precious work\n"
    );
}

#[test]
fn unknown_target_suggests_close_matches() {
    let f = Fixture::new();
    let out = f.run(&["check", "ad"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("no exercise or day matches `ad`"), "{t}");
    assert!(t.contains("did you mean day01/add"), "{t}");
}

#[test]
fn a_stub_without_not_implemented_error_is_still_not_started_until_edited() {
    let f = Fixture::new();
    let stub = "def add(a, b):\n    return None  # fix me\n";
    std::fs::write(f.exercises.join("day01/add/stub/add.py"), stub).unwrap();
    f.write("day01/add.py", stub);
    let t = text(&f.run(&["check", "day01/add"]));
    assert!(t.contains("not started yet"), "{t}");
    f.write("day01/add.py", "def add(a, b):\n    return None  # tried\n");
    let t = text(&f.run(&["check", "day01/add"]));
    assert!(t.contains("first difference at case 1"), "{t}");
}

#[test]
fn a_memory_bomb_is_killed_with_the_limit_named() {
    let f = Fixture::new();
    f.write(
        "day01/echo.py",
        "blocks = []\nwhile True:\n    blocks.append(bytes(256 * 1024 * 1024))\n",
    );
    let out = f.run(&["check", "day01/echo"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("killed: memory limit of 1024 MB reached"), "{t}");
    assert!(t.contains("in case 1: two words"), "{t}");
}
