"""Runs in a fresh interpreter (`python -I -B imports_probe.py REQUEST RESULT`) so each
scenario starts with its own sys.path and an empty module cache.

REQUEST is JSON: {"path": [dirs put first on sys.path], "steps": [...]}. Each step is
run independently; RESULT gets one entry per step: {"shown": show(value)} or
{"raises": "ExceptionName", "traceback": "..."}. Values are rendered here, with the
support module's show(), so the check never needs to rebuild learner objects.
"""
import importlib
import importlib.util
import json
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
# Frames of the import machinery and of this probe tell the learner nothing.
NOISE = (os.path.abspath(__file__), os.path.dirname(importlib.__file__) + os.sep, "<frozen ")


def load_show():
    # By path: the grader folder is deliberately not on this process's sys.path.
    spec = importlib.util.spec_from_file_location("pygrade_check", os.path.join(HERE, "pygrade_check.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.show


def learner_traceback(exc):
    """The traceback of `exc`, keeping only frames of the learner's (and test) code."""
    summary = traceback.TracebackException.from_exception(exc)
    kept = [frame for frame in summary.stack if not frame.filename.startswith(NOISE)]
    summary.stack = traceback.StackSummary.from_list(kept)
    return "".join(summary.format())


def run_step(step):
    kind = step["do"]
    if kind == "import":
        importlib.import_module(step["module"])
        return "imported"
    if kind == "call":
        module = importlib.import_module(step["module"])
        return getattr(module, step["func"])(*step["args"])
    if kind == "stray":
        # Which of these top-level names did importing the package put in sys.modules?
        importlib.import_module(step["package"])
        return sorted(name for name in step["names"] if name in sys.modules)
    if kind == "path_unchanged":
        before = list(sys.path)
        importlib.import_module(step["package"])
        return sys.path == before
    if kind == "identity":
        plugins = importlib.import_module(step["module"]).discover(*step["args"])
        if not isinstance(plugins, dict):
            return "discover returned " + type(plugins).__name__ + ", not a dict"
        return {
            name: plugins[name] is getattr(importlib.import_module(step["namespace"] + "." + name), "transform", None)
            for name in sorted(plugins)
        }
    if kind == "portions":
        package = importlib.import_module(step["package"])
        return [os.path.relpath(p, step["base"]) for p in package.__path__]
    if kind == "discover":
        plugins = importlib.import_module(step["module"]).discover(*step["args"])
        if not isinstance(plugins, dict):
            return "discover returned " + type(plugins).__name__ + ", not a dict"
        return {name: plugins[name](step["sample"]) for name in sorted(plugins)}
    raise ValueError("unknown step " + repr(kind))


def main():
    request_path, result_path = sys.argv[1], sys.argv[2]
    with open(request_path, encoding="utf-8") as f:
        request = json.load(f)
    show = load_show()
    sys.path[:0] = request["path"]
    results = []
    for step in request["steps"]:
        try:
            results.append({"shown": show(run_step(step))})
        except Exception as exc:
            results.append({"raises": type(exc).__name__, "traceback": learner_traceback(exc)})
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(results, f)


main()
