"""Soak esptool against a faulty simulated chip and classify every outcome (issue 15).

    python3 bench/soak.py --runs 500 --jobs 2 --seed 1 [--table bench-soak.md]

Each run draws one case from the fault space x commands x chips x stub/ROM,
starts an espsim device in this process (served over rfc2217:// on loopback,
its flash a file filled with seeded random bytes), runs esptool.py against it
in a subprocess and classifies what happened:

  right      exit 0 and the flash (or the file read) holds exactly the right bytes
  clean      exit 2 with exactly one 'A fatal error occurred:' line, no traceback
  false      exit 0 but the bytes are wrong (a false success)
  hang       still running after --timeout seconds
  traceback  a Python traceback, or any other ending (exit 1, two fatal lines, ...)

An exit 0 that changed any flash byte outside what its command may touch is "false"
too. The last three must be zero. test/test_soak.py runs a seeded slice of the same
cases through the same code.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import espsim  # noqa: E402

FLASH_SIZE = "1MB"
FLASH_BYTES = 1 << 20
REGION = 0x10000                 # where writes, reads, verifies and erases happen
WRITE_SIZE = 24 * 1024
READ_SIZE = 4096
ERASE_SIZE = 0x2000
# The ESP8266 ROM reads flash 64 bytes at a time through 19 register requests (write_flash
# reads back what it wrote; read_flash reads each chunk until two reads agree): smaller
# sizes (an even number of sectors, which that ROM erases exactly) and short reply delays
# keep its runs inside the hang bound while still crossing several chunks and blocks.
ESP8266_ROM_WRITE_SIZE = 8192
ESP8266_ROM_READ_SIZE = 2048
ESP8266_ROM_REPLY_DELAY = 0.01
OUTCOMES = ("right", "clean", "false", "hang", "traceback")
BAD_OUTCOMES = ("false", "hang", "traceback")

# Byte positions a single flip is drawn from: the SYNC exchange and the whole of the
# largest command's traffic in either direction.
FLIP_SPAN = WRITE_SIZE + 4096

# The fault space: name -> espsim.Device options drawn with a random.Random.
FAULTS = {
    "none": lambda r: {},
    "drop": lambda r: {"drop_rate": r.choice((1e-5, 5e-5, 2e-4))},
    "corrupt": lambda r: {"corrupt_rate": r.choice((1e-5, 5e-5, 2e-4))},
    "drop+corrupt": lambda r: {"drop_rate": 2e-5, "corrupt_rate": 2e-5},
    "reply-delay": lambda r: {"reply_delay": r.choice((0.05, 0.5, 4.0))},
    "stop-replies": lambda r: {"stop_replies_after": r.randrange(3, 60)},
    "reset-mid-command": lambda r: {"reset_at_command": r.randrange(3, 40)},
    "stuck-bits": lambda r: {"stuck_bits": r.choice((0x01, 0x80))},
    "refuse-download": lambda r: {"refuse_download": True},
    # One bit of one byte, anywhere in what the host sends or what the chip answers
    # (headers, data, digests): the faults the SLIP layer has no checksum for.
    "flip-to-chip": lambda r: {"corrupt_at": r.randrange(FLIP_SPAN), "corrupt_bit": r.randrange(8)},
    "flip-to-host": lambda r: {"reply_corrupt_at": r.randrange(FLIP_SPAN),
                               "corrupt_bit": r.randrange(8)},
}

# Faults whose runs end quickly (no long timeouts): what the test suite's slice uses.
FAST_FAULTS = ("none", "drop", "corrupt", "drop+corrupt", "stuck-bits", "refuse-download",
               "flip-to-chip", "flip-to-host")
COMMANDS = ("write", "read", "verify", "erase")
CHIPS = ("esp8266", "esp32")
LOADERS = ("stub", "rom")


def cases(count, seed, faults=tuple(FAULTS)):
    """`count` cases, every combination in turn, fault parameters drawn from `seed`."""
    rng = random.Random(seed)
    grid = [(f, c, chip, loader) for f in faults for c in COMMANDS for chip in CHIPS
            for loader in LOADERS]
    rng.shuffle(grid)
    out = []
    for i in range(count):
        fault, command, chip, loader = grid[i % len(grid)]
        options = FAULTS[fault](rng)
        if options.get("drop_rate") or options.get("corrupt_rate"):
            options["seed"] = rng.randrange(1 << 30)
        slow_reads = chip == "esp8266" and loader == "rom"
        if slow_reads and "reply_delay" in options:
            options["reply_delay"] = min(options["reply_delay"], ESP8266_ROM_REPLY_DELAY)
        out.append({"fault": fault, "options": options, "command": command, "chip": chip,
                    "loader": loader, "baud": rng.choice((115200, 460800, 921600)),
                    "slow_reads": slow_reads,
                    "data_seed": rng.randrange(1 << 30), "verify_matches": rng.random() < 0.5})
    return out


def write_size(case):
    return ESP8266_ROM_WRITE_SIZE if case["slow_reads"] else WRITE_SIZE


def read_size(case):
    return ESP8266_ROM_READ_SIZE if case["slow_reads"] else READ_SIZE


def esptool_argv(case, url, work):
    argv = [sys.executable, os.path.join(ROOT, "esptool.py"), "--port", url,
            "--chip", case["chip"], "--connect-attempts", "2", "-b", str(case["baud"])]
    if case["loader"] == "rom":
        argv.append("--no-stub")
    command = case["command"]
    if command == "write":
        return argv + ["write_flash", "--no-progress", hex(REGION), os.path.join(work, "in.bin")]
    if command == "verify":
        return argv + ["verify_flash", hex(REGION), os.path.join(work, "in.bin")]
    if command == "read":
        return argv + ["read_flash", "--no-progress", hex(REGION), str(read_size(case)),
                       os.path.join(work, "out.bin")]
    return argv + ["erase_region", hex(REGION), hex(ERASE_SIZE)]


def prepare(case, work):
    """The flash before the run and the input file; returns (flash, data)."""
    rng = random.Random(case["data_seed"])
    flash = rng.randbytes(FLASH_BYTES)
    with open(os.path.join(work, "flash.bin"), "wb") as f:
        f.write(flash)
    data = rng.randbytes(write_size(case))
    if case["command"] == "verify" and case["verify_matches"]:
        data = flash[REGION:REGION + len(data)]
    with open(os.path.join(work, "in.bin"), "wb") as f:
        f.write(data)
    return flash, data


def touched_range(case, data):
    """The flash bytes the command may change: [start, end)."""
    command = case["command"]
    if command == "write":
        return REGION, REGION + (len(data) + 0xFFF) // 0x1000 * 0x1000
    if command == "erase":
        return REGION, REGION + ERASE_SIZE
    return REGION, REGION                   # read and verify change nothing


def bytes_are_right(case, before, data, after, work):
    """The command's own bytes are right and nothing outside what it may touch changed."""
    start, end = touched_range(case, data)
    if after[:start] != before[:start] or after[end:] != before[end:]:
        return False
    command = case["command"]
    if command == "write":
        return after[REGION:REGION + len(data)] == data
    if command == "verify":
        return after[REGION:REGION + len(data)] == data
    if command == "read":
        path = os.path.join(work, "out.bin")
        return (os.path.exists(path)
                and open(path, "rb").read() == after[REGION:REGION + read_size(case)])
    return after[REGION:REGION + ERASE_SIZE] == b"\xff" * ERASE_SIZE


def classify(returncode, stdout, stderr, right):
    if returncode is None:
        return "hang"
    if "Traceback" in stdout + stderr:
        return "traceback"
    if returncode == 0:
        return "right" if right() else "false"
    fatal = [line for line in (stdout + stderr).splitlines()
             if line.startswith("A fatal error occurred:")]
    if returncode == 2 and len(fatal) == 1:
        return "clean"
    return "traceback"      # any other ending is as bad: counted with the tracebacks


def run_case(case, timeout=120):
    """-> (outcome, the last lines of output): one run against a fresh simulated chip."""
    with tempfile.TemporaryDirectory(prefix="soak-") as work:
        before, data = prepare(case, work)
        device = espsim.Device(chip=case["chip"], flash_file=os.path.join(work, "flash.bin"),
                               flash_size=FLASH_SIZE, **case["options"])
        server = espsim.serve(device)
        try:
            result = subprocess.run(esptool_argv(case, server.url, work), capture_output=True,
                                    text=True, timeout=timeout)
            returncode, stdout, stderr = result.returncode, result.stdout, result.stderr
        except subprocess.TimeoutExpired as e:
            returncode, stdout, stderr = None, str(e.stdout or ""), str(e.stderr or "")
        finally:
            server.close()
        with open(os.path.join(work, "flash.bin"), "rb") as f:
            after = f.read()
        outcome = classify(returncode, stdout, stderr,
                           lambda: bytes_are_right(case, before, data, after, work))
        return outcome, "\n".join((stdout + stderr).splitlines()[-6:])


def soak(case_list, jobs=2, timeout=120, report=None):
    """Run the cases `jobs` at a time; -> list of (case, outcome, tail)."""
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_case, case, timeout): case for case in case_list}
        for future in concurrent.futures.as_completed(futures):
            case = futures[future]
            outcome, tail = future.result()
            results.append((case, outcome, tail))
            if report:
                report(len(results), case, outcome, tail)
    return results


def table(results):
    """Markdown: one row per fault, a column per outcome, and the totals."""
    counts = collections.defaultdict(collections.Counter)
    for case, outcome, _ in results:
        counts[case["fault"]][outcome] += 1
    lines = ["| fault | runs | " + " | ".join(OUTCOMES) + " |",
             "|---|---:|" + "---:|" * len(OUTCOMES)]
    total = collections.Counter()
    for fault in FAULTS:
        if fault in counts:
            row = counts[fault]
            total.update(row)
            lines.append("| %s | %d | %s |" % (fault, sum(row.values()),
                                                " | ".join(str(row[o]) for o in OUTCOMES)))
    lines.append("| **all** | %d | %s |" % (sum(total.values()),
                                           " | ".join(str(total[o]) for o in OUTCOMES)))
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="runs at a time (default 2)")
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds after which a run counts as a hang")
    parser.add_argument("--table", help="also write the markdown table to this file")
    args = parser.parse_args(argv)

    def report(n, case, outcome, tail):
        print("%4d %-9s %-17s %-6s %-7s %-4s %s" % (n, outcome, case["fault"], case["command"],
                                                     case["chip"], case["loader"],
                                                     case["options"]), flush=True)
        if outcome in BAD_OUTCOMES:
            print("     " + tail.replace("\n", "\n     "), flush=True)

    results = soak(cases(args.runs, args.seed), args.jobs, args.timeout, report)
    text = table(results)
    print(text)
    if args.table:
        with open(args.table, "w") as f:
            f.write(text + "\n")
    return 1 if any(outcome in BAD_OUTCOMES for _, outcome, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
