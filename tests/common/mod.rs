//! A fixture exercise tree and workspace, and a way to run the built binary in it the
//! way a learner would.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_pygrade");

pub const ROADMAP: &str = "# Fixture roadmap\n\n## WEEK 1 — Fixtures\n\n### Day 1 — Basics\n- [ ] Add two numbers\n- [ ] Echo the arguments\n- [ ] A third task without an exercise\n";

/// Two tiny exercises: `day01/add` (check mode) and `day01/echo` (output mode, 5 s limit).
pub fn write_fixture_tree(root: &Path) {
    let support = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/_support/pygrade_check.py");
    let files: Vec<(&str, String)> = vec![
        ("ROADMAP.md", ROADMAP.into()),
        ("_support/pygrade_check.py", std::fs::read_to_string(support).unwrap()),
        (
            "day01/add/exercise.toml",
            "task = \"Add two numbers\"\nmode = \"check\"\nfiles = [\"add.py\"]\ntimeout = 2\nhints = [\"use +\", \"return a + b\"]\n\n[clauses]\nsum = \"add(a, b) returns a + b\"\n\n[breaks]\nminus = [\"sum\"]\nconcat = [\"sum\"]\n".into(),
        ),
        ("day01/add/stub/add.py", "def add(a, b):\n    raise NotImplementedError\n".into()),
        ("day01/add/solution/add.py", "def add(a, b):\n    return a + b\n".into()),
        ("day01/add/wrong/minus/add.py", "def add(a, b):\n    return a - b\n".into()),
        ("day01/add/wrong/concat/add.py", "def add(a, b):\n    return int(str(a) + str(b))\n".into()),
        ("day01/add/alt/builtin/add.py", "import operator\n\nadd = operator.add\n".into()),
        (
            "day01/add/check.py",
            "from pygrade_check import Check\ncheck = Check()\nm = check.load('add.py')\nfor a, b in [(1, 2), (0, 0), (-3, 3)]:\n    check.case(f'add({a}, {b})', lambda a=a, b=b: m.add(a, b))\ncheck.done()\n".into(),
        ),
        ("day01/add/expected.txt", "case 1: add(1, 2) -> 3\ncase 2: add(0, 0) -> 0\ncase 3: add(-3, 3) -> 0\n".into()),
        (
            "day01/echo/exercise.toml",
            "task = \"Echo the arguments\"\nmode = \"output\"\nfiles = [\"echo.py\"]\ntimeout = 5\noutput_kb = 64\nhints = [\"sys.argv\"]\n\n[clauses]\njoined = \"prints its arguments joined by single spaces\"\n\n[breaks]\nfirst = [\"joined\"]\nupper = [\"joined\"]\n\n[[case]]\nname = \"two words\"\nargs = [\"hello\", \"world\"]\n".into(),
        ),
        ("day01/echo/stub/echo.py", "raise NotImplementedError('echo')\n".into()),
        ("day01/echo/solution/echo.py", "import sys\nprint(' '.join(sys.argv[1:]))\n".into()),
        ("day01/echo/wrong/first/echo.py", "import sys\nprint(sys.argv[1])\n".into()),
        ("day01/echo/wrong/upper/echo.py", "import sys\nprint(' '.join(sys.argv[1:]).upper())\n".into()),
        ("day01/echo/alt/star/echo.py", "import sys\nprint(*sys.argv[1:])\n".into()),
        ("day01/echo/expected.txt", "== case 1: two words ==\n$ python echo.py hello world\nhello world\n[exit 0]\n".into()),
    ];
    for (rel, text) in files {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub exercises: PathBuf,
    pub ws: PathBuf,
}

impl Fixture {
    /// A fixture tree and a workspace created from it with `pygrade init`.
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let exercises = dir.path().join("exercises");
        write_fixture_tree(&exercises);
        let ws = dir.path().join("ws");
        let f = Fixture { dir, exercises, ws };
        let out = f.run_in(f.dir.path(), &["init", "ws"]);
        assert!(out.status.success(), "init failed: {}", text(&out));
        f
    }

    pub fn command(&self, cwd: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .current_dir(cwd)
            .env("PYGRADE_EXERCISES", &self.exercises)
            .env("NO_COLOR", "1")
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env_remove("PYGRADE_WORKSPACE")
            .stdin(Stdio::null());
        cmd
    }

    pub fn run_in(&self, cwd: &Path, args: &[&str]) -> Output {
        self.command(cwd, args).output().unwrap()
    }

    /// Run in the workspace.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_in(&self.ws, args)
    }

    pub fn write(&self, rel: &str, content: &str) {
        std::fs::write(self.ws.join(rel), content).unwrap();
    }

    /// Change the echo exercise's time limit (seconds).
    pub fn set_echo_timeout(&self, seconds: u32) {
        let meta = self.exercises.join("day01/echo/exercise.toml");
        let text = std::fs::read_to_string(&meta).unwrap();
        std::fs::write(
            &meta,
            text.replace("timeout = 5\n", &format!("timeout = {seconds}\n")),
        )
        .unwrap();
    }

    pub fn write_bytes(&self, rel: &str, content: &[u8]) {
        std::fs::write(self.ws.join(rel), content).unwrap();
    }
}

/// stdout and stderr together, for assertions and failure messages.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Only guards against a hang, never measures speed.
pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(60);

/// `pygrade watch` running without a terminal, its output read line by line.
pub struct Watching {
    pub child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Watching {
    /// `pygrade watch ARGS` in the fixture's workspace, with extra environment `env`.
    pub fn start(f: &Fixture, args: &[&str], env: &[(&str, &str)]) -> Watching {
        use std::io::BufRead;
        let mut all = vec!["watch"];
        all.extend_from_slice(args);
        let mut child = f
            .command(&f.ws, &all)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watching { child, lines }
    }

    /// Read lines until one contains `needle`; all lines read so far on failure.
    pub fn wait_for(&self, needle: &str) -> String {
        let deadline = std::time::Instant::now() + PATIENCE;
        let mut seen = String::new();
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
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
