#!/usr/bin/env python3
"""Time to sign and to encrypt 4 MiB: our espsecure.py beside upstream 5.6 (issue 22).

    python3 bench/secure.py [--runs 5] [--size BYTES] [--json FILE]

Operations, on the same input and key files for both tools: `sign_data
--version 2` with a key of each secure boot v2 scheme, `encrypt_flash_data
--aes-xts` with 256- and 512-bit keys, and `encrypt_flash_data` with the
ESP32's own scheme (AES through `cryptography` in both tools). Two medians
each, in CPU seconds (user + system), which a machine shared with other work
disturbs far less than wall time: *command*, whole processes (interpreter
start-up included), and *work*, the tool's main(argv) inside one process that
has imported it (reading the input, the work, writing the output). The two
tools' runs alternate. Upstream is esptool 5.6.0 from
test/oracle.py's virtualenv, spelled as 5.x wants (`sign-data`). A run
counts only if it exits 0; afterwards each tool verifies the other's signed
image and the ciphertexts of both tools must be equal, else the bench stops.
"""
import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test"))
from oracle import upstream_python  # noqa: E402

SCHEMES = ("rsa3072", "ecdsa192", "ecdsa256", "ecdsa384")


def ours(*args):
    return [sys.executable, os.path.join(ROOT, "espsecure.py")] + list(args)


def upstream(command, *args):
    """Upstream 5.6's espsecure, with its dashed spellings."""
    python = upstream_python("5")
    if python is None:
        raise SystemExit("upstream esptool 5.6.0 could not be installed (test/oracle.py)")
    return [python, "-m", "espsecure", command.replace("_", "-")] + [
        arg.replace("_", "-") if arg.startswith("--") else arg for arg in args]


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv, cwd):
    """Run a command; -> the CPU seconds it used."""
    start = children_cpu()
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    used = children_cpu() - start
    if result.returncode != 0:
        raise SystemExit("failed: %s\n%s%s" % (" ".join(argv), result.stdout, result.stderr))
    return used


def median_times(mine, theirs, cwd, runs):
    """(our median, upstream's median) of whole commands, the two run in turn."""
    times = ([], [])
    for _ in range(runs):
        for argv, kept in zip((mine, theirs), times):
            kept.append(run(argv, cwd))
    return statistics.median(times[0]), statistics.median(times[1])


# Times main(argv) `runs` times in one process: argv[1] the directory to import
# espsecure from ('' for the interpreter's own), argv[2] the command as JSON.
IN_PROCESS = r"""
import contextlib, io, json, sys, time
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
import espsecure
times = []
for _ in range(int(sys.argv[3])):
    start = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            status = espsecure.main(json.loads(sys.argv[2]))
        except SystemExit as e:
            status = e.code
    times.append(time.process_time() - start)
    if status not in (0, None):
        raise SystemExit("failed: %s" % sys.argv[2])
print(json.dumps(times))
"""


def median_work_time(argv, cwd, runs):
    """argv as ours() or upstream() build it -> the median of main(argv) in one process."""
    python, script = argv[0], argv[1]
    path, command = (ROOT, argv[2:]) if script.endswith("espsecure.py") else ("", argv[3:])
    result = subprocess.run([python, "-c", IN_PROCESS, path, json.dumps(command), str(runs)],
                            cwd=cwd, capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:
        raise SystemExit("failed: %s\n%s%s" % (" ".join(argv), result.stdout, result.stderr))
    return statistics.median(json.loads(result.stdout.splitlines()[-1]))


def operations(work):
    """(name, our argv, upstream argv, output files to compare or None, cross checks)."""
    ops = []
    data = os.path.join(work, "input.bin")
    for scheme in SCHEMES:
        key = os.path.join(work, "%s.pem" % scheme)
        mine, theirs = key + ".ours.bin", key + ".up.bin"
        ops.append(("sign_data --version 2, %s" % scheme,
                    ours("sign_data", "--version", "2", "--keyfile", key, "--output", mine, data),
                    upstream("sign_data", "--version", "2", "--keyfile", key,
                             "--output", theirs, data),
                    None,
                    [ours("verify_signature", "--version", "2", "--keyfile", key, theirs),
                     upstream("verify_signature", "--version", "2", "--keyfile", key, mine)]))
    for name, key, extra in (("encrypt_flash_data --aes-xts, 256-bit key", "xts256.bin",
                              ["--aes-xts"]),
                             ("encrypt_flash_data --aes-xts, 512-bit key", "xts512.bin",
                              ["--aes-xts"]),
                             ("encrypt_flash_data, ESP32 scheme (256-bit key)", "esp32.bin", [])):
        key = os.path.join(work, key)
        mine, theirs = key + ".ours.enc", key + ".up.enc"
        ops.append((name,
                    ours("encrypt_flash_data", *extra, "--keyfile", key, "--address", "0x10000",
                         "--output", mine, data),
                    upstream("encrypt_flash_data", *extra, "--keyfile", key,
                             "--address", "0x10000", "--output", theirs, data),
                    (mine, theirs), []))
    return ops


def prepare(work, size):
    rng = random.Random(2026)
    with open(os.path.join(work, "input.bin"), "wb") as f:
        f.write(rng.randbytes(size))
    for name, length in (("xts256.bin", 32), ("xts512.bin", 64), ("esp32.bin", 32)):
        with open(os.path.join(work, name), "wb") as f:
            f.write(rng.randbytes(length))
    for scheme in SCHEMES:
        run(ours("generate_signing_key", "--version", "2", "--scheme", scheme,
                 os.path.join(work, "%s.pem" % scheme)), work)


def same_file(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=4 * 1024 * 1024)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        prepare(work, args.size)
        print("input %d bytes, median of %d runs; CPU seconds" % (args.size, args.runs))
        print("| operation | ours, command | upstream 5.6, command | ours, work | "
              "upstream 5.6, work |")
        print("|---|---|---|---|---|")
        for name, mine, theirs, outputs, checks in operations(work):
            ours_command, upstream_command = median_times(mine, theirs, work, args.runs)
            row = {"operation": name, "ours_command": ours_command,
                   "upstream_command": upstream_command,
                   "ours_work": median_work_time(mine, work, args.runs),
                   "upstream_work": median_work_time(theirs, work, args.runs)}
            if outputs and not same_file(*outputs):
                raise SystemExit("%s: our output differs from upstream's" % name)
            for check in checks:
                run(check, work)
            rows.append(row)
            print("| %s | %.2f | %.2f | %.3f | %.3f |" % (
                name, row["ours_command"], row["upstream_command"], row["ours_work"],
                row["upstream_work"]), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"size": args.size, "runs": args.runs, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
