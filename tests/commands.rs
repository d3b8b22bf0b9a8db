//! The other commands end to end: next, list, hint, solution, roadmap, json, init.
mod common;

use common::{text, Fixture};

#[test]
fn init_refuses_to_overwrite_and_says_why() {
    let f = Fixture::new();
    let out = f.run_in(f.dir.path(), &["init", "ws"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("already a pygrade workspace"),
        "{}",
        text(&out)
    );
}

#[test]
fn next_shows_the_task_the_file_and_the_verdict() {
    let f = Fixture::new();
    let out = f.run(&["next"]);
    let t = text(&out);
    assert!(t.contains("Task: Add two numbers"), "{t}");
    assert!(t.contains("day01/add.py"), "{t}");
    assert!(t.contains("not started yet"), "{t}");
    assert!(t.contains("pygrade hint day01/add"), "{t}");
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    f.run(&["check", "day01/add"]);
    assert!(text(&f.run(&["next"])).contains("Task: Echo the arguments"));
}

#[test]
fn check_with_a_day_grades_every_exercise_and_exit_codes_follow() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    let out = f.run(&["check", "day1"]);
    assert_eq!(out.status.code(), Some(1), "echo still fails");
    assert!(text(&out).contains("1 of 2 passed"), "{}", text(&out));
    f.write("day01/echo.py", "import sys\nprint(*sys.argv[1:])\n");
    assert_eq!(f.run(&["check", "--all"]).status.code(), Some(0));
}

#[test]
fn check_json_carries_verdicts_and_the_sandbox_level() {
    let f = Fixture::new();
    let out = f.run(&["check", "day01", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 2);
    assert_eq!(arr[0]["id"], "day01/add");
    assert_eq!(arr[0]["verdict"]["status"], "failed");
    assert!(arr[0]["sandbox_level"].is_string());
}

#[test]
fn list_shows_status_and_progress() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    f.run(&["check", "add"]);
    f.run(&["check", "echo"]);
    let t = text(&f.run(&["list"]));
    assert!(t.contains("day01/add") && t.contains("passed"), "{t}");
    // Checked, but still the stub: not started, not failing.
    assert!(t.contains("day01/echo") && t.contains("not started"), "{t}");
    assert!(t.contains("coming soon"), "{t}");
    assert!(t.contains("1/2 (50%)"), "{t}");
    let json: serde_json::Value =
        serde_json::from_slice(&f.run(&["list", "--json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[2]["status"], "unavailable");
}

#[test]
fn hints_are_progressive() {
    let f = Fixture::new();
    let first = text(&f.run(&["hint", "add"]));
    assert!(
        first.contains("Hint 1/2: use +") && !first.contains("Hint 2/2"),
        "{first}"
    );
    let second = text(&f.run(&["hint", "add"]));
    assert!(second.contains("Hint 2/2: return a + b"), "{second}");
    assert!(text(&f.run(&["hint", "echo", "--all"])).contains("Hint 1/1"));
}

#[test]
fn solution_unlocks_only_after_passing() {
    let f = Fixture::new();
    let locked = f.run(&["solution", "add"]);
    assert_eq!(locked.status.code(), Some(1));
    assert!(text(&locked).contains("unlocks once you pass"));
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    f.run(&["check", "add"]);
    let open = f.run(&["solution", "add"]);
    assert!(text(&open).contains("return a + b"), "{}", text(&open));
}

#[test]
fn roadmap_ticks_passed_tasks() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    f.run(&["check", "add"]);
    let t = text(&f.run(&["roadmap"]));
    assert!(t.contains("- [x] Add two numbers"), "{t}");
    assert!(t.contains("- [ ] A third task without an exercise"), "{t}");
}

#[test]
fn outside_a_workspace_commands_say_how_to_make_one() {
    let f = Fixture::new();
    let out = f.run_in(f.dir.path(), &["next"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("pygrade init"), "{}", text(&out));
}

#[test]
fn a_missing_python_is_a_clear_setup_error() {
    let f = Fixture::new();
    let out = f
        .command(&f.ws, &["check", "add"])
        .env("PYGRADE_PYTHON", "/nonexistent/python3")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("/nonexistent/python3"),
        "{}",
        text(&out)
    );
}

#[test]
fn dev_check_proves_the_fixture_set_honest() {
    let f = Fixture::new();
    let out = f.run_in(
        f.dir.path(),
        &["dev", "check", "--exercises", f.exercises.to_str().unwrap()],
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("2/3 tasks mapped"), "{t}");
    assert!(t.contains("4 wrong variants fail"), "{t}");
}

#[test]
fn dev_check_requires_every_exercise_to_state_and_prove_its_clauses() {
    let f = Fixture::new();
    let meta = f.exercises.join("day01/add/exercise.toml");
    let text_of = std::fs::read_to_string(&meta).unwrap();
    let head = text_of.split("\n[clauses]").next().unwrap().to_string();
    std::fs::write(&meta, &head).unwrap();
    let run = || {
        f.run_in(
            f.dir.path(),
            &["dev", "check", "--exercises", f.exercises.to_str().unwrap()],
        )
    };
    let out = run();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("day01/add: states no [clauses]"),
        "{}",
        text(&out)
    );
    // A clause no variant breaks is untested.
    std::fs::write(
        &meta,
        format!("{head}\n[clauses]\nsum = \"a + b\"\nint = \"an int\"\n\n[breaks]\nminus = [\"sum\"]\nconcat = [\"sum\"]\n"),
    )
    .unwrap();
    let out = run();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("clause `int` is broken by no known-wrong variant"),
        "{}",
        text(&out)
    );
}

#[test]
fn dev_check_catches_a_stub_that_passes_and_a_wrong_variant_that_passes() {
    let f = Fixture::new();
    std::fs::write(
        f.exercises.join("day01/add/stub/add.py"),
        "def add(a, b):\n    return a + b\n",
    )
    .unwrap();
    std::fs::write(
        f.exercises.join("day01/add/wrong/minus/add.py"),
        "def add(a, b):\n    return b + a\n",
    )
    .unwrap();
    let out = f.run_in(
        f.dir.path(),
        &["dev", "check", "--exercises", f.exercises.to_str().unwrap()],
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("the untouched stub passes"), "{t}");
    assert!(t.contains("known-wrong variant wrong/minus passes"), "{t}");
}

#[test]
fn dev_bless_writes_expected_output_from_the_solution() {
    let f = Fixture::new();
    std::fs::remove_file(f.exercises.join("day01/echo/expected.txt")).unwrap();
    let out = f.run_in(
        f.dir.path(),
        &[
            "dev",
            "bless",
            "echo",
            "--exercises",
            f.exercises.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let blessed = std::fs::read_to_string(f.exercises.join("day01/echo/expected.txt")).unwrap();
    assert_eq!(
        blessed,
        "== case 1: two words ==\n$ python echo.py hello world\nhello world\n[exit 0]\n"
    );
}

#[test]
fn a_closed_output_pipe_ends_pygrade_quietly() {
    let f = Fixture::new();
    let mut child = f
        .command(&f.ws, &["roadmap"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away, like `pygrade roadmap | head -0`
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn update_adds_new_exercises_without_touching_existing_files() {
    let f = Fixture::new();
    f.write("day01/add.py", "# my work\n");
    // A newer pygrade maps the third roadmap task to a new exercise.
    let new = f.exercises.join("day01/third");
    std::fs::create_dir_all(new.join("stub")).unwrap();
    std::fs::write(new.join("exercise.toml"), "task = \"A third task without an exercise\"\nmode = \"check\"\nfiles = [\"third.py\"]\nhints = [\"h\"]\n").unwrap();
    std::fs::write(new.join("stub/third.py"), "raise NotImplementedError\n").unwrap();
    std::fs::write(new.join("check.py"), "").unwrap();
    let next = text(&f.run(&["next"]));
    assert!(
        next.contains("1 new exercises are available: `pygrade update`"),
        "{next}"
    );
    let list = text(&f.run(&["list"]));
    assert!(list.contains("new: update"), "{list}");
    let out = f.run(&["update"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("day01/third"));
    assert!(f.ws.join("day01/third.py").is_file());
    assert_eq!(
        std::fs::read_to_string(f.ws.join("day01/add.py")).unwrap(),
        "# my work\n"
    );
    assert!(text(&f.run(&["update"])).contains("has every exercise"));
    assert!(!text(&f.run(&["next"])).contains("new exercises"));
}

#[test]
fn setup_installs_the_pinned_versions_with_uv_when_it_is_on_path() {
    let f = Fixture::new();
    std::fs::write(
        f.exercises.join("requirements.toml"),
        "[fakepkg]\npip = \"fakepkg==1.2.3\"\nimport = \"fakepkg\"\n",
    )
    .unwrap();
    let meta = f.exercises.join("day01/add/exercise.toml");
    let toml = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(
        &meta,
        toml.replace("timeout = 2\n", "timeout = 2\nrequires = [\"fakepkg\"]\n"),
    )
    .unwrap();
    // A stand-in uv: records how it was called and "installs" the package's metadata.
    let bin = f.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = f.dir.path().join("uv.log");
    let uv = bin.join("uv");
    std::fs::write(
        &uv,
        format!(
            "#!/bin/sh\necho \"$@\" >> {log}\nPY=\"$5\"\nSITE=$(\"$PY\" -c 'import sysconfig; print(sysconfig.get_paths()[\"purelib\"])')\nmkdir -p \"$SITE/fakepkg-1.2.3.dist-info\"\nprintf 'Metadata-Version: 2.1\\nName: fakepkg\\nVersion: 1.2.3\\n' > \"$SITE/fakepkg-1.2.3.dist-info/METADATA\"\ntouch \"$SITE/fakepkg.py\"\n",
            log = log.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&uv, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = f
        .command(&f.ws, &["setup"])
        .env("PATH", &path)
        .output()
        .unwrap();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("installing with uv"), "{t}");
    let called = std::fs::read_to_string(&log).unwrap();
    let venv_python = f.ws.join(".venv/bin/python");
    assert_eq!(
        called.trim(),
        format!(
            "pip install --quiet --python {} fakepkg==1.2.3",
            venv_python.display()
        )
    );
    // Installed at the pinned version: a second setup has nothing to do.
    let again = f
        .command(&f.ws, &["setup"])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert!(
        text(&again).contains("has all 1 pinned packages"),
        "{}",
        text(&again)
    );
}

#[test]
fn learn_installs_says_how_to_reach_pygrade_and_resumes_quietly() {
    let f = Fixture::new();
    let fake = f.dir.path().join("fakebin");
    std::fs::create_dir_all(&fake).unwrap();
    // A stand-in cargo: "installs" the binary under test where cargo install would.
    let cargo = fake.join("cargo");
    std::fs::write(
        &cargo,
        format!(
            "#!/bin/sh\nmkdir -p \"$CARGO_INSTALL_ROOT/bin\"\ncp {} \"$CARGO_INSTALL_ROOT/bin/pygrade\"\n",
            common::BIN
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).unwrap();
    let root = f.dir.path().join("install");
    let learn = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("learn");
    let ws = f.dir.path().join("mine");
    let run = || {
        std::process::Command::new(&learn)
            .arg(&ws)
            .env(
                "PATH",
                format!("{}:{}", fake.display(), std::env::var("PATH").unwrap()),
            )
            .env("CARGO_INSTALL_ROOT", &root)
            .env("PYGRADE_EXERCISES", &f.exercises)
            .env("NO_COLOR", "1")
            .env("XDG_CACHE_HOME", f.dir.path().join("cache"))
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let first = run();
    let t = text(&first);
    assert!(first.status.success(), "{t}");
    assert!(t.contains("is not on your PATH"), "{t}");
    assert!(t.contains(&format!("{}/bin", root.display())), "{t}");
    assert!(t.contains("Created a workspace"), "{t}");
    let again = run();
    let t = text(&again);
    assert_eq!(
        again.status.code(),
        Some(0),
        "resuming is not a failure: {t}"
    );
    assert!(t.contains("is there already"), "{t}");
    assert!(!t.contains("Created a workspace"), "{t}");
}
