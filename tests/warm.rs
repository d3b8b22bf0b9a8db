//! Warm interpreters, as a learner's pygrade uses them: nothing of one run reaches the
//! next, a zygote made for other packages is replaced, and nothing outlives pygrade.
//! PYGRADE_WARM=always makes the fixture's light exercises warm too.
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{text, Fixture, Watching, PATIENCE};

/// Whether this machine runs the full sandbox (warm interpreters need it).
fn full_sandbox(f: &Fixture) -> bool {
    let out = f.run(&["doctor", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    if v["sandbox_level"] == "full" {
        return true;
    }
    assert!(
        std::env::var_os("PYGRADE_ALLOW_MISSING_LAYERS").is_some(),
        "warm interpreters need the full sandbox, which this machine lacks; set PYGRADE_ALLOW_MISSING_LAYERS=1 to acknowledge and skip"
    );
    eprintln!("*** warm tests skipped: no full sandbox here ***");
    false
}

/// The zygotes of the pygrade process `pid` (their argv carries its tag).
fn zygotes_of(pid: u32) -> Vec<u32> {
    let tag = format!("pygrade-{pid}");
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|p| {
            std::fs::read(format!("/proc/{p}/cmdline"))
                .map(|c| {
                    let args: Vec<&[u8]> = c.split(|b| *b == 0).collect();
                    args.contains(&b"pygrade-zygote".as_slice()) && args.contains(&tag.as_bytes())
                })
                .unwrap_or(false)
        })
        .collect()
}

fn gone(pids: &[u32]) -> bool {
    pids.iter()
        .all(|p| !Path::new(&format!("/proc/{p}")).exists())
}

#[test]
fn nothing_of_one_warm_run_reaches_the_next() {
    let f = Fixture::new();
    if !full_sandbox(&f) {
        return;
    }
    // The first run (add) leaves everything it can behind; the second (echo, in the
    // same zygote) prints its arguments only if it sees none of it.
    f.write(
        "day01/add.py",
        r#"import json, os, subprocess, threading, time
json.leaked = True
os.environ["LEAKED"] = "1"
for d in (os.environ["HOME"], os.environ["TMPDIR"]):
    open(os.path.join(d, "leaked.txt"), "w").write("x")
subprocess.Popen(["sleep", "60"])
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()

def add(a, b):
    return a + b
"#,
    );
    f.write(
        "day01/echo.py",
        r#"import json, os, sys
leaks = []
if hasattr(json, "leaked"):
    leaks.append("module state")
if os.environ.get("LEAKED"):
    leaks.append("environment")
for d in (os.environ["HOME"], os.environ["TMPDIR"]):
    if os.path.exists(os.path.join(d, "leaked.txt")):
        leaks.append("a file in " + d)
mine = {1, os.getpid(), os.getppid()}
others = [p for p in os.listdir("/proc") if p.isdigit() and int(p) not in mine]
if others:
    leaks.append("processes " + ", ".join(open(f"/proc/{p}/cmdline").read() for p in others))
print(" ".join(sys.argv[1:]) if not leaks else "LEAK: " + "; ".join(leaks))
"#,
    );
    let out = f
        .command(&f.ws, &["check", "--all", "--json"])
        .env("PYGRADE_WARM", "always")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {}", text(&out)));
    for report in v.as_array().unwrap() {
        assert_eq!(report["warm"], true, "not graded warm: {report}");
        assert_eq!(
            report["verdict"]["status"], "passed",
            "{}: {report}",
            report["id"]
        );
    }
}

/// `pygrade watch` with every exercise warm.
fn watch(f: &Fixture, python: Option<&Path>) -> Watching {
    let flag = python.map(|p| p.display().to_string());
    let args: Vec<&str> = match &flag {
        Some(p) => vec!["--python", p],
        None => vec![],
    };
    Watching::start(f, &args, &[("PYGRADE_WARM", "always")])
}

fn zygotes(w: &Watching) -> Vec<u32> {
    zygotes_of(w.child.id())
}

/// Poll `cond` until true, for at most PATIENCE (a hang guard, not a measurement).
fn eventually(what: &str, cond: impl Fn() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !cond() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn killing_pygrade_kills_its_zygote_and_the_zygotes_runs() {
    let f = Fixture::new();
    if !full_sandbox(&f) {
        return;
    }
    // A run that never ends, so a child of the zygote is alive when pygrade dies.
    f.write(
        "day01/add.py",
        "import time\n\ndef add(a, b):\n    time.sleep(600)\n",
    );
    let mut w = watch(&f, None);
    eventually("a zygote starts", || !zygotes(&w).is_empty());
    let zygotes = zygotes(&w);
    std::thread::sleep(Duration::from_millis(300)); // let the run begin
    w.child.kill().unwrap();
    w.child.wait().unwrap();
    eventually("the zygote dies with pygrade", || gone(&zygotes));
}

#[test]
fn a_zygote_made_for_other_packages_is_replaced() {
    let f = Fixture::new();
    if !full_sandbox(&f) {
        return;
    }
    let venv = f.dir.path().join("venv");
    let made = std::process::Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", text(&made));
    let python = venv.join("bin/python");
    f.write("day01/add.py", "def add(a, b):\n    return a - b\n");
    let w = watch(&f, Some(&python));
    w.wait_for("first difference");
    let before = zygotes(&w);
    assert_eq!(before.len(), 1, "one zygote after the first grading");
    // A package appears in the venv: its site-packages directory changes.
    let site = std::fs::read_dir(venv.join("lib"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("site-packages"))
        .find(|p| p.is_dir())
        .unwrap();
    std::fs::create_dir(site.join("newly_installed")).unwrap();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    w.wait_for("day01/add — passed");
    eventually("the old zygote is gone", || gone(&before));
    let after = zygotes(&w);
    assert_eq!(after.len(), 1, "a new zygote: {after:?}");
    assert!(!before.contains(&after[0]));
}
