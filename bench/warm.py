#!/usr/bin/env python3
"""Warm vs cold: save->verdict in `pygrade watch` (warm interpreters) against a one-shot
`pygrade check` (cold), side by side, round-robin, median of N.

For each exercise: write its reference solution (with a changing comment, so that every
save is new content) into a watching workspace and time until watch prints the verdict;
in the same round, time a one-shot `pygrade check` of the same file.

Usage: python3 bench/warm.py [--runs N] [--bin target/release/pygrade] [--python PY]
Build first: cargo build --release. PY needs the exercises' packages (`pygrade setup`).
"""
import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXERCISES = [("day15/fastapi_crud", "fastapi_crud.py"), ("day02/deep_equal", "deep_equal.py")]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bin", default=os.path.join(REPO, "target", "release", "pygrade"))
    parser.add_argument("--python", default=os.path.join(REPO, ".venv", "bin", "python"))
    args = parser.parse_args()
    env = dict(os.environ, NO_COLOR="1")
    with tempfile.TemporaryDirectory() as tmp:
        ws = os.path.join(tmp, "ws")
        subprocess.run([args.bin, "init", ws, "--python", args.python], check=True, stdout=subprocess.DEVNULL, env=env)
        watch = subprocess.Popen(
            [args.bin, "watch", "--python", args.python], cwd=ws, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True,
        )
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout], daemon=True).start()

        def wait_for(needle, timeout=120):
            deadline = time.monotonic() + timeout
            while True:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
                if needle in line:
                    return

        wait_for("watching")
        results = {ex: {"warm": [], "cold": []} for ex, _ in EXERCISES}
        try:
            for i in range(args.runs + 1):
                for ex, name in EXERCISES:
                    source = open(os.path.join(REPO, "exercises", ex, "solution", name)).read()
                    path = os.path.join(ws, ex.split("/")[0], name)
                    start = time.perf_counter()
                    with open(path, "w") as f:
                        f.write(source + f"\n# save {i}\n")
                    wait_for(f"{ex} — passed")
                    warm = time.perf_counter() - start
                    start = time.perf_counter()
                    subprocess.run([args.bin, "check", ex, "--python", args.python], cwd=ws, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    cold = time.perf_counter() - start
                    if i > 0:  # the first round starts the warm interpreters
                        results[ex]["warm"].append(warm)
                        results[ex]["cold"].append(cold)
        finally:
            watch.kill()
    print(f"{args.runs} saves each, median, round-robin ({args.python})")
    print(f"{'exercise':<22} {'watch (warm)':>13} {'check (cold)':>13} {'cold/warm':>10}")
    for ex, _ in EXERCISES:
        w = statistics.median(results[ex]["warm"]) * 1000
        c = statistics.median(results[ex]["cold"]) * 1000
        print(f"{ex:<22} {w:>10.0f} ms {c:>10.0f} ms {c / w:>9.2f}x")


if __name__ == "__main__":
    if not shutil.which("python3"):
        sys.exit("python3 is needed")
    main()
