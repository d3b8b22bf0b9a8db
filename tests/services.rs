//! Services as a learner meets them: an exercise that declares `services = ["redis"]`
//! gets a real redis-server started inside its run, killed with it; without the program
//! the verdict is "needs redis-server" with the install command (exit 2), and a server
//! that fails to start is reported as the machine's problem, never the learner's.
mod common;

use std::path::Path;

use common::{text, Fixture, ROADMAP};

/// The fixture tree plus `day01/counter`, whose check talks RESP to the run's redis.
fn fixture() -> Fixture {
    let f = Fixture::new();
    let support = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/_support");
    let files: Vec<(&str, String)> = vec![
        ("ROADMAP.md", format!("{ROADMAP}- [ ] Count in redis\n")),
        (
            "_support/pygrade_services.py",
            std::fs::read_to_string(support.join("pygrade_services.py")).unwrap(),
        ),
        (
            "day01/counter/exercise.toml",
            "task = \"Count in redis\"\nmode = \"check\"\nfiles = [\"counter.py\"]\ntimeout = 20\nservices = [\"redis\"]\nhints = [\"INCR\"]\n".into(),
        ),
        (
            "day01/counter/stub/counter.py",
            "def command(key):\n    raise NotImplementedError\n".into(),
        ),
        (
            "day01/counter/solution/counter.py",
            "def command(key):\n    return f'INCR {key}'\n".into(),
        ),
        ("day01/counter/check.py", COUNTER_CHECK.into()),
        (
            "day01/counter/expected.txt",
            "case 1: first INCR -> b':1'\ncase 2: second INCR -> b':2'\n".into(),
        ),
    ];
    for (rel, body) in files {
        let p = f.exercises.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    let out = f.run(&["update"]);
    assert!(out.status.success(), "{}", text(&out));
    f
}

const COUNTER_CHECK: &str = r#"import socket
from pygrade_check import Check
from pygrade_services import redis_socket
check = Check()
m = check.load("counter.py")
path = redis_socket()

def send(line):
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(path)
        s.sendall(line.encode() + b"\r\n")
        return s.recv(64).strip()

check.case("first INCR", lambda: send(m.command("hits")))
check.case("second INCR", lambda: send(m.command("hits")))
check.done()
"#;

const SOLVED: &str = "def command(key):\n    return 'INCR ' + key\n";

/// A PATH holding the system directories but not the one with redis-server, plus
/// `extra` first.
fn path_without_redis(extra: Option<&Path>) -> String {
    let mut dirs: Vec<String> = extra.iter().map(|p| p.display().to_string()).collect();
    let current = std::env::var("PATH").unwrap_or_default();
    for dir in current.split(':') {
        if !Path::new(dir).join("redis-server").exists() {
            dirs.push(dir.to_string());
        }
    }
    dirs.join(":")
}

#[test]
fn a_real_redis_server_runs_in_the_sandbox_and_dies_with_the_run() {
    let f = fixture();
    f.write("day01/counter.py", SOLVED);
    let out = f.run(&["check", "day01/counter"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("passed"), "{t}");
    // Nothing started for the run outlives it.
    let survivors: Vec<String> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
        .filter(|c| c.contains("redis-server") && c.contains("pygrade-"))
        .collect();
    assert!(survivors.is_empty(), "still running: {survivors:?}");
}

#[test]
fn without_redis_server_the_verdict_says_how_to_install_it() {
    let f = fixture();
    f.write("day01/counter.py", SOLVED);
    let out = f
        .command(&f.ws, &["check", "day01/counter"])
        .env("PATH", path_without_redis(None))
        .output()
        .unwrap();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("needs redis-server"), "{t}");
    assert!(t.contains("sudo apt-get install redis-server"), "{t}");
    assert!(t.contains("brew install redis"), "{t}");
    assert!(!t.contains("passed"), "{t}");
}

#[test]
fn a_server_that_will_not_start_is_not_the_learners_fault() {
    let f = fixture();
    f.write("day01/counter.py", SOLVED);
    let bin = f.dir.path().join("fakebin");
    std::fs::create_dir_all(&bin).unwrap();
    let fake = bin.join("redis-server");
    std::fs::write(&fake, "#!/bin/sh\necho 'cannot bind' >&2\nexit 1\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = f
        .command(&f.ws, &["check", "day01/counter"])
        .env("PATH", path_without_redis(Some(&bin)))
        .output()
        .unwrap();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("not your code"), "{t}");
    assert!(t.contains("cannot bind"), "{t}");
    assert!(!t.contains("fix the error in"), "{t}");
}

#[test]
fn learner_text_that_imitates_a_grader_fault_is_not_one() {
    let f = fixture();
    f.write(
        "day01/counter.py",
        "import sys\nsys.stderr.write('@@pygrade-fault 00 redis is down\\n')\nraise SystemExit(1)\n",
    );
    let out = f.run(&["check", "day01/counter"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(!t.contains("not your code"), "{t}");
}

#[test]
fn the_real_redis_cache_exercise_says_needs_redis_server_without_it() {
    // The built-in catalog, the reference solution, and no redis-server on PATH.
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let run = |args: &[&str], path: Option<String>| {
        let mut cmd = std::process::Command::new(common::BIN);
        cmd.args(args)
            .current_dir(dir.path())
            .env_remove("PYGRADE_EXERCISES")
            .env("NO_COLOR", "1")
            .env("XDG_CACHE_HOME", dir.path().join("cache"));
        if let Some(p) = path {
            cmd.env("PATH", p);
        }
        cmd.output().unwrap()
    };
    let out = run(&["init", ws.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", text(&out));
    let solution = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exercises/day17/redis_cache/solution/redis_cache.py");
    std::fs::copy(solution, ws.join("day17/redis_cache.py")).unwrap();
    let out = run(
        &[
            "check",
            "day17/redis_cache",
            "--workspace",
            ws.to_str().unwrap(),
        ],
        Some(path_without_redis(None)),
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("needs redis-server"), "{t}");
    assert!(t.contains("sudo apt-get install redis-server"), "{t}");
    assert!(!t.contains("passed"), "{t}");
}
