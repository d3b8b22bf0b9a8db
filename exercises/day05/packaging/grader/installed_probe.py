"""Runs inside the throwaway venv, after `pip install -e`:
`<venv python> -I -B installed_probe.py PROJECT RESULT`. Reports what got installed,
one entry per fact, as {"shown": show(value)} or {"raises": "Name", "traceback": "..."},
in a JSON object written to RESULT (never stdout: the learner's code may print).
"""
import importlib.metadata
import importlib.util
import json
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def load_show():
    # By path: the grader folder is not on this process's sys.path, on purpose.
    spec = importlib.util.spec_from_file_location("pygrade_check", os.path.join(HERE, "pygrade_check.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.show


def editable(dist):
    # pip records how it installed a project in direct_url.json (PEP 610).
    text = dist.read_text("direct_url.json")
    return bool(text) and json.loads(text).get("dir_info", {}).get("editable", False)


def loaded_from(project):
    import wordtally

    return os.path.relpath(os.path.realpath(wordtally.__file__), os.path.realpath(project))


def version_attribute():
    import wordtally

    return wordtally.__version__


def main():
    project, result_path = sys.argv[1], sys.argv[2]
    show = load_show()
    facts = {
        "name": lambda: importlib.metadata.distribution("wordtally").metadata["Name"],
        "version": lambda: importlib.metadata.distribution("wordtally").version,
        "requires_python": lambda: importlib.metadata.distribution("wordtally").metadata["Requires-Python"],
        "requires_dist": lambda: importlib.metadata.distribution("wordtally").requires or [],
        "console_scripts": lambda: sorted(
            ep.name + " = " + ep.value
            for ep in importlib.metadata.distribution("wordtally").entry_points
            if ep.group == "console_scripts"
        ),
        "editable": lambda: editable(importlib.metadata.distribution("wordtally")),
        "loaded_from": lambda: loaded_from(project),
        "version_attribute": version_attribute,
    }
    results = {}
    for key, fact in facts.items():
        try:
            results[key] = {"shown": show(fact())}
        except Exception as exc:
            results[key] = {"raises": type(exc).__name__, "traceback": traceback.format_exc()}
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(results, f)


main()
