//! Nothing a run starts outlives pygrade. Told to stop (SIGINT, SIGTERM, SIGHUP),
//! pygrade kills its runs and removes their directories before it dies; killed
//! outright (SIGKILL), its runs die with it (parent-death signal) and the next
//! pygrade sweeps the directory left behind.
mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::{text, Fixture};

/// Generous bounds: they guard against things never happening, not speed.
const PATIENCE: Duration = Duration::from_secs(30);
const GRACE: Duration = Duration::from_secs(3);

struct Running {
    f: Fixture,
    tmp: PathBuf,
    mark: String,
    child: Child,
}

fn marked_processes(mark: &str) -> Vec<String> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .map(|c| String::from_utf8_lossy(&c).contains(mark))
                .unwrap_or(false)
        })
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect()
}

fn run_dirs(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.starts_with("pygrade-"))
                .collect()
        })
        .unwrap_or_default()
}

/// `pygrade check day01/echo` on a learner program that loops forever (in a child
/// process too), once that program is running.
fn start() -> Running {
    let f = Fixture::new();
    f.set_echo_timeout(300);
    let tmp = f.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mark = format!(
        "pygrade-lifetime-mark-{}",
        f.dir.path().file_name().unwrap().to_string_lossy()
    );
    f.write(
        "day01/echo.py",
        &format!(
            "import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', 'while True: pass', '{mark}'])\nwhile True:\n    pass\n"
        ),
    );
    let child = f
        .command(&f.ws, &["check", "day01/echo"])
        .env("TMPDIR", &tmp)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + PATIENCE;
    while marked_processes(&mark).is_empty() {
        assert!(
            Instant::now() < deadline,
            "the learner program never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    Running {
        f,
        tmp,
        mark,
        child,
    }
}

fn gone_within_grace(mark: &str) {
    let deadline = Instant::now() + GRACE;
    loop {
        let alive = marked_processes(mark);
        if alive.is_empty() {
            return;
        }
        assert!(Instant::now() < deadline, "still running: {alive:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stopped_by(sig: libc::c_int) {
    let mut r = start();
    // SAFETY: signalling our own child.
    unsafe { libc::kill(r.child.id() as i32, sig) };
    let status = r.child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        status.signal(),
        Some(sig),
        "pygrade should die of the signal"
    );
    gone_within_grace(&r.mark);
    assert!(
        run_dirs(&r.tmp).is_empty(),
        "left behind: {:?}",
        run_dirs(&r.tmp)
    );
}

#[test]
fn sigint_kills_the_run_and_removes_its_directory() {
    stopped_by(libc::SIGINT);
}

#[test]
fn sigterm_kills_the_run_and_removes_its_directory() {
    stopped_by(libc::SIGTERM);
}

#[test]
fn sighup_kills_the_run_and_removes_its_directory() {
    stopped_by(libc::SIGHUP);
}

#[test]
fn sigkill_kills_the_run_and_the_next_pygrade_sweeps_it() {
    let mut r = start();
    r.child.kill().unwrap();
    r.child.wait().unwrap();
    gone_within_grace(&r.mark);
    assert_eq!(run_dirs(&r.tmp).len(), 1, "the killed run's directory");
    r.f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    let out =
        r.f.command(&r.f.ws, &["check", "day01/add"])
            .env("TMPDIR", &r.tmp)
            .output()
            .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        run_dirs(&r.tmp).is_empty(),
        "not swept: {:?}",
        run_dirs(&r.tmp)
    );
}
