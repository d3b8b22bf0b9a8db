"""Runs inside the throwaway venv: `<venv python> -I -B call_main.py ARGV_JSON SYS_ARGV_JSON RESULT`.
Sets sys.argv, calls wordtally.cli.main(ARGV) with the real stdin (the text the check
sends) and stdout (captured by the check), and writes what main did to RESULT as
{"outcome": "returned 0"} or {"outcome": "exited 2"}, or {"raises": ..., "traceback": ...}.
"""
import importlib.util
import json
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def load_show():
    spec = importlib.util.spec_from_file_location("pygrade_check", os.path.join(HERE, "pygrade_check.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.show


def main():
    argv, fake_argv, result_path = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
    show = load_show()
    sys.argv = fake_argv
    try:
        import wordtally.cli

        try:
            status = wordtally.cli.main(argv)
            result = {"outcome": "returned " + show(status)}
        except SystemExit as exc:
            result = {"outcome": "exited " + show(exc.code)}
    except Exception as exc:
        result = {"raises": type(exc).__name__, "traceback": traceback.format_exc()}
    sys.stdout.flush()
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


main()
