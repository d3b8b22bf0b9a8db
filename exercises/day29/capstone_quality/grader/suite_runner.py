"""Run one test file against several shops in ONE interpreter (FastAPI is imported once).

    python suite_runner.py RESULTS.json FOLDER...

Each FOLDER holds test_shop.py, shop.py and pytest.ini. For each, in order: the modules
`shop` and `test_shop` are forgotten, pytest runs there, and its exit code and output
are recorded. RESULTS.json gets [[exit code, output], ...].
"""
import contextlib
import io
import json
import os
import sys

import pytest


def main():
    results_path, folders = sys.argv[1], sys.argv[2:]
    results = []
    for folder in folders:
        for name in ("shop", "test_shop"):
            sys.modules.pop(name, None)
        os.chdir(folder)
        sys.path.insert(0, folder)
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                code = pytest.main(["-q", "--tb=short", "-p", "no:cacheprovider", "--rootdir", folder,
                                    "-W", "ignore::DeprecationWarning", "test_shop.py"])
        except BaseException as exc:  # a suite that kills its session: the run failed
            code = "crashed: " + type(exc).__name__
        finally:
            sys.path.remove(folder)
        results.append([int(code) if isinstance(code, int) else code, out.getvalue()])
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
