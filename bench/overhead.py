#!/usr/bin/env python3
"""How much does pygrade add to a check? Prints wall-time ratios, median of N runs.

1. `pygrade check day02/deep_equal` (passing solution) vs. running the same check.py
   directly with the same interpreter (what pygrade runs, minus pygrade).
2. The same `pygrade check` with the full sandbox vs. the minimal one.

3. With --baseline BIN (another build, e.g. of the previous commit): the same two
   pygrade runs with that binary, in the same round-robin, so a change's cost is
   measured side by side against what it changed.

Usage: python3 bench/overhead.py [--runs N] [--bin target/release/pygrade] [--baseline BIN]
Build first: cargo build --release
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXERCISE = "day02/deep_equal"


def medians(commands, runs):
    """Median wall time of each (cmd, kwargs), run round-robin so that load changes on
    the machine affect every command alike."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for slot, (cmd, kwargs) in zip(times, commands):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
            slot.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--bin", default=os.path.join(REPO, "target", "release", "pygrade"))
    parser.add_argument("--baseline", help="another pygrade binary to measure side by side")
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NO_COLOR="1")
        subprocess.run([args.bin, "init", os.path.join(tmp, "ws")], check=True, stdout=subprocess.DEVNULL, env=env)
        ws = os.path.join(tmp, "ws")
        shutil.copy(os.path.join(REPO, "exercises", EXERCISE, "solution", "deep_equal.py"), os.path.join(ws, "day02"))
        doctor = subprocess.run([args.bin, "doctor", "--json"], cwd=ws, env=env, capture_output=True, text=True, check=True)
        import json

        info = json.loads(doctor.stdout)
        python = info["python"]["executable"]

        # The direct run: the same files, the same interpreter, the same flags.
        direct = os.path.join(tmp, "direct")
        os.makedirs(direct)
        shutil.copy(os.path.join(REPO, "exercises", EXERCISE, "check.py"), direct)
        shutil.copy(os.path.join(REPO, "exercises", "_support", "pygrade_check.py"), direct)
        shutil.copy(os.path.join(REPO, "exercises", EXERCISE, "solution", "deep_equal.py"), direct)
        token = "0" * 32 + "\n"
        direct_cmd = [python, "-B", "check.py"]

        pygrade_cmd = [args.bin, "check", EXERCISE]
        # Warm caches (interpreter discovery, page cache) before measuring.
        subprocess.run(pygrade_cmd, cwd=ws, env=env, check=True, stdout=subprocess.DEVNULL)
        # Same cleared environment pygrade gives a run, so only pygrade itself differs.
        direct_env = {
            "PATH": os.path.dirname(python) + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": direct, "TMPDIR": tmp, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUTF8": "1",
            "PYTHONIOENCODING": "utf-8", "PYTHONNOUSERSITE": "1", "MALLOC_ARENA_MAX": "2",
        }
        commands = [
            (direct_cmd, dict(cwd=direct, env=direct_env, input=token.encode())),
            (pygrade_cmd, dict(cwd=ws, env=env)),
            (pygrade_cmd + ["--sandbox", "minimal"], dict(cwd=ws, env=env)),
        ]
        if args.baseline:
            base_ws = os.path.join(tmp, "base-ws")
            subprocess.run([args.baseline, "init", base_ws], check=True, stdout=subprocess.DEVNULL, env=env)
            shutil.copy(os.path.join(REPO, "exercises", EXERCISE, "solution", "deep_equal.py"), os.path.join(base_ws, "day02"))
            base_cmd = [args.baseline, "check", EXERCISE]
            subprocess.run(base_cmd, cwd=base_ws, env=env, check=True, stdout=subprocess.DEVNULL)
            commands += [
                (base_cmd, dict(cwd=base_ws, env=env)),
                (base_cmd + ["--sandbox", "minimal"], dict(cwd=base_ws, env=env)),
            ]
        times = medians(commands, args.runs)
        t_direct, t_full, t_min = times[:3]

    print(f"python {python}, sandbox level {info['sandbox_level']}, {args.runs} runs each (median)")
    print(f"direct check.py:              {t_direct * 1000:7.1f} ms")
    print(f"pygrade check (best sandbox): {t_full * 1000:7.1f} ms")
    print(f"pygrade check (minimal):      {t_min * 1000:7.1f} ms")
    print(f"ratio pygrade/direct:         {t_full / t_direct:7.3f}   (target <= 1.15)")
    print(f"ratio full/minimal sandbox:   {t_full / t_min:7.3f}   (target <= 1.05)")
    if args.baseline:
        b_full, b_min = times[3:]
        print(f"baseline {args.baseline}:")
        print(f"  pygrade check (best sandbox): {b_full * 1000:7.1f} ms   this/baseline {t_full / b_full:6.3f}")
        print(f"  pygrade check (minimal):      {b_min * 1000:7.1f} ms   this/baseline {t_min / b_min:6.3f}")
        print(f"  ratio pygrade/direct:         {b_full / t_direct:7.3f}")
        print(f"  ratio full/minimal sandbox:   {b_full / b_min:7.3f}")


if __name__ == "__main__":
    main()
