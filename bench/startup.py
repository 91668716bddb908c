#!/usr/bin/env python3
"""`esptool.py version` start-up: this tree against another commit, interleaved.

    python3 bench/startup.py                 # against HEAD~ (20 runs each)
    python3 bench/startup.py --base 9b079f2 --runs 40

The other commit is checked out into a temporary directory (git archive), so
both trees run with the same Python, the same installed packages and the same
machine load: the runs alternate, one of each at a time. The figure is the
median wall time of `python esptool.py version`, process start to exit, with
the imported modules' bytecode cached as on a user's machine.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def export_tree(rev, directory):
    archive = subprocess.run(["git", "-C", ROOT, "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)


# As a user runs it: imported modules' bytecode cached (some shells and CI set
# PYTHONDONTWRITEBYTECODE, which would recompile every module on every start).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def one_start(tree, env=ENV):
    started = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(tree, "esptool.py"), "version"], check=True,
                   capture_output=True, cwd=tree, env=env)
    return time.perf_counter() - started


def without_bytecode_cache(directory):
    """Every module compiled on every start: no cache written, none found."""
    return dict(ENV, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=directory)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="HEAD~", help="the commit to compare with")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-cache", action="store_true",
                        help="compile every module on every start (PYTHONDONTWRITEBYTECODE)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as base, tempfile.TemporaryDirectory() as empty:
        export_tree(args.base, base)
        env = without_bytecode_cache(empty) if args.no_cache else ENV
        trees = {"this tree": ROOT, args.base: base}
        for tree in trees.values():
            one_start(tree, env)            # write the imported modules' caches once
        times = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name].append(one_start(tree, env))
    for name, runs in times.items():
        print("%-12s median %6.1f ms  (min %.1f, max %.1f, %d runs)"
              % (name, 1000 * statistics.median(runs), 1000 * min(runs), 1000 * max(runs),
                 len(runs)))
    ratio = statistics.median(times["this tree"]) / statistics.median(times[args.base])
    print("this tree / %s: %.3f" % (args.base, ratio))


if __name__ == "__main__":
    main()
