"""pytest plugin the check loads into every run of the learner's suite (`-p suite_probe`).

It records what pytest itself knows, so no style of writing tests is favoured over
another: which tests ran and how they ended, whether a test that ran had `tmp_path` in
its fixture closure (directly or through a fixture of the learner's), whether it carried
a `parametrize` mark (on the function, its class or the module), and which fixtures the
learner's own file defined and pytest set up. Written as JSON to $PYGRADE_PROBE_OUT at
the end of the session, so a run that never reaches the end leaves no report.
"""

import json
import os

TESTS_FILE = os.environ.get("PYGRADE_PROBE_TESTS", "")
_seen = {"passed": 0, "failed": 0, "skipped": 0, "tmp_path": False, "parametrize": False, "own_fixtures": []}


def pytest_runtest_call(item):
    names = getattr(item, "fixturenames", ())
    if "tmp_path" in names or "tmp_path_factory" in names:
        _seen["tmp_path"] = True
    if any(True for _ in item.iter_markers("parametrize")) and hasattr(item, "callspec"):
        _seen["parametrize"] = True


def pytest_fixture_setup(fixturedef, request):
    baseid = getattr(fixturedef, "baseid", "") or ""
    if baseid.split("::")[0] == TESTS_FILE and fixturedef.argname not in _seen["own_fixtures"]:
        _seen["own_fixtures"].append(fixturedef.argname)


def pytest_runtest_logreport(report):
    if report.when == "call" or report.outcome != "passed":
        _seen[report.outcome] = _seen.get(report.outcome, 0) + 1


def pytest_sessionfinish(session, exitstatus):
    target = os.environ.get("PYGRADE_PROBE_OUT")
    if target:
        with open(target, "w", encoding="utf-8") as f:
            json.dump(dict(_seen, exitstatus=int(exitstatus)), f)
