//! Verdicts tell the truth, as a learner sees them: the case a timeout stopped in and
//! what it was doing, whose fault an exception is, which files are not begun.
mod common;

use common::{text, Fixture};

/// Replace the add exercise's check (its expected output stays: 3, 0, 0).
fn set_add_check(f: &Fixture, check: &str) {
    std::fs::write(f.exercises.join("day01/add/check.py"), check).unwrap();
}

#[test]
fn a_timeout_names_the_running_case_and_keeps_the_finished_ones() {
    let f = Fixture::new();
    f.write(
        "day01/add.py",
        "def add(a, b):\n    while a == 0:\n        pass\n    return a + b\n",
    );
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("timed out: still computing after 2 s in case 2: add(0, 0)"),
        "{t}"
    );
    assert!(t.contains("✓ case 1: add(1, 2) -> 3"), "{t}");
    assert!(t.contains("a loop that never ends"), "{t}");
}

#[test]
fn a_run_that_waits_forever_is_told_apart_from_one_that_computes() {
    let f = Fixture::new();
    f.write(
        "day01/add.py",
        "import threading\n\ndef add(a, b):\n    if a == 0:\n        threading.Event().wait()\n    return a + b\n",
    );
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("never returns: still waiting after 2 s, using no CPU in case 2: add(0, 0)"),
        "{t}"
    );
    assert!(t.contains("waits for something that never happens"), "{t}");
}

#[test]
fn an_output_timeout_keeps_the_cases_before_it() {
    let f = Fixture::new();
    f.set_echo_timeout(1);
    let meta = f.exercises.join("day01/echo/exercise.toml");
    let toml = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(
        &meta,
        format!("{toml}\n[[case]]\nname = \"no words\"\nargs = []\n"),
    )
    .unwrap();
    std::fs::write(
        f.exercises.join("day01/echo/expected.txt"),
        "== case 1: two words ==\n$ python echo.py hello world\nhello world\n[exit 0]\n== case 2: no words ==\n$ python echo.py\n\n[exit 0]\n",
    )
    .unwrap();
    f.write(
        "day01/echo.py",
        "import sys\nwhile len(sys.argv) == 1:\n    pass\nprint(' '.join(sys.argv[1:]))\n",
    );
    let out = f.run(&["check", "day01/echo"]);
    let t = text(&out);
    assert!(t.contains("after 1 s in case 2: no words"), "{t}");
    assert!(t.contains("✓ case 1: two words"), "{t}");
}

#[test]
fn a_flood_of_prints_in_check_mode_is_named_as_the_learners_output() {
    let f = Fixture::new();
    f.write(
        "day01/add.py",
        "def add(a, b):\n    while True:\n        print('spam' * 100)\n",
    );
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("your program wrote more than 1024 KiB to its output (print and stderr) in case 1: add(1, 2)"),
        "{t}"
    );
}

#[test]
fn a_value_the_check_cannot_read_is_described_not_blamed_on_a_check_exception() {
    let f = Fixture::new();
    set_add_check(
        &f,
        "from pygrade_check import Check\ncheck = Check()\nm = check.load('add.py')\nfor a, b in [(1, 2), (0, 0), (-3, 3)]:\n    check.case(f'add({a}, {b})', lambda a=a, b=b: m.add(a, b) + 0)\ncheck.done()\n",
    );
    f.write("day01/add.py", "def add(a, b):\n    a + b\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains("+case 1: add(1, 2) -> returned a value the check cannot use (unsupported operand type(s) for +: 'NoneType' and 'int')"),
        "{t}"
    );
    assert!(!t.contains("raises TypeError"), "{t}");
    assert!(!t.contains("<pygrade check>"), "{t}");
    assert!(!t.contains("Traceback"), "{t}");
}

#[test]
fn an_exception_that_passed_through_learner_code_is_theirs() {
    let f = Fixture::new();
    // The check hands the learner a callback that raises; letting it escape is theirs.
    set_add_check(
        &f,
        "from pygrade_check import Check\ncheck = Check()\nm = check.load('add.py')\ndef boom():\n    raise KeyError('k')\nfor a, b in [(1, 2), (0, 0), (-3, 3)]:\n    check.case(f'add({a}, {b})', lambda a=a, b=b: m.add(a, b, boom))\ncheck.done()\n",
    );
    f.write("day01/add.py", "def add(a, b, on_error):\n    on_error()\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert!(t.contains("+case 1: add(1, 2) -> raises KeyError"), "{t}");
}

#[test]
fn a_crash_of_the_check_itself_is_a_pygrade_bug_not_the_learners() {
    let f = Fixture::new();
    set_add_check(
        &f,
        "from pygrade_check import Check\nimport warnings\ncheck = Check()\nm = check.load('add.py')\nwarnings.warn('internal detail of the check')\nsecret = {}['expected answer']\ncheck.done()\n",
    );
    f.write("day01/add.py", "def add(a, b):\n    return a + b\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(
        t.contains(
            "not your code: pygrade bug: the check itself failed (KeyError at line 6 of check.py)"
        ),
        "{t}"
    );
    assert!(!t.contains("expected answer"), "{t}");
    assert!(!t.contains("internal detail"), "{t}");
}

#[test]
fn a_title_quotes_the_learners_line_never_the_expected_one() {
    let f = Fixture::new();
    set_add_check(
        &f,
        "from pygrade_check import Check\ncheck = Check()\nm = check.load('add.py')\ncheck.line('sum is ' + str(m.add(1, 2)))\ncheck.done()\n",
    );
    std::fs::write(f.exercises.join("day01/add/expected.txt"), "sum is 3\n").unwrap();
    f.write("day01/add.py", "def add(a, b):\n    return a * b\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert!(t.contains("first difference at line 1: sum is 2"), "{t}");
    assert!(!t.contains("at line 1: sum is 3"), "{t}");
}

#[test]
fn an_untouched_stub_stays_not_started_in_list_after_check() {
    let f = Fixture::new();
    let out = f.run(&["check", "day01/add"]);
    assert!(text(&out).contains("not started yet"), "{}", text(&out));
    let list = text(&f.run(&["list"]));
    let row = list.lines().find(|l| l.contains("day01/add")).unwrap();
    assert!(row.contains("not started"), "{list}");
    // A real attempt fails; a reset back to the stub is not started again.
    f.write("day01/add.py", "def add(a, b):\n    return a - b\n");
    f.run(&["check", "day01/add"]);
    let list = text(&f.run(&["list"]));
    assert!(
        list.lines()
            .any(|l| l.contains("day01/add") && l.contains("failing")),
        "{list}"
    );
    f.run(&["reset", "day01/add", "--yes"]);
    let list = text(&f.run(&["list"]));
    let row = list.lines().find(|l| l.contains("day01/add")).unwrap();
    assert!(row.contains("not started"), "{list}");
}

#[test]
fn a_multi_file_exercise_names_only_the_files_not_begun() {
    let f = Fixture::new();
    let ex = f.exercises.join("day01/pair");
    std::fs::create_dir_all(ex.join("stub")).unwrap();
    std::fs::create_dir_all(ex.join("solution")).unwrap();
    std::fs::write(
        ex.join("exercise.toml"),
        "task = \"A third task without an exercise\"\nmode = \"check\"\nfiles = [\"lib.py\", \"test_lib.py\"]\ntimeout = 5\nhints = [\"x\"]\n",
    )
    .unwrap();
    std::fs::write(
        ex.join("stub/lib.py"),
        "def one():\n    raise NotImplementedError\n",
    )
    .unwrap();
    std::fs::write(
        ex.join("stub/test_lib.py"),
        "def test_one():\n    raise NotImplementedError\n",
    )
    .unwrap();
    std::fs::write(ex.join("solution/lib.py"), "def one():\n    return 1\n").unwrap();
    std::fs::write(
        ex.join("solution/test_lib.py"),
        "import lib\n\ndef test_one():\n    assert lib.one() == 1\n",
    )
    .unwrap();
    std::fs::write(
        ex.join("check.py"),
        "from pygrade_check import Check\ncheck = Check()\nlib = check.load('lib.py')\nt = check.load('test_lib.py')\ncheck.case('one()', lambda: lib.one())\ncheck.case('test_one()', lambda: t.test_one())\ncheck.done()\n",
    )
    .unwrap();
    std::fs::write(
        ex.join("expected.txt"),
        "case 1: one() -> 1\ncase 2: test_one() -> None\n",
    )
    .unwrap();
    let out = f.run(&["update"]);
    assert!(out.status.success(), "{}", text(&out));
    f.write("day01/lib.py", "def one():\n    return 2\n");
    let out = f.run(&["check", "day01/pair"]);
    let t = text(&out);
    assert!(t.contains("Still the starting stub: test_lib.py"), "{t}");
    assert!(!t.contains("lib.py (and test_lib.py) is still"), "{t}");
}

#[test]
fn a_function_with_the_wrong_parameters_is_told_so() {
    let f = Fixture::new();
    f.write("day01/add.py", "def add(a):\n    return a\n");
    let out = f.run(&["check", "day01/add"]);
    let t = text(&out);
    assert!(
        t.contains("+case 1: add(1, 2) -> cannot be called as the contract says (add() takes 1 positional argument but 2 were given)"),
        "{t}"
    );
}
