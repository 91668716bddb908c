"""Fast reflash (issues 12, 24): ours against upstream 5.x --diff-with and --skip-flashed.

    python3 bench/reflash.py [--chips esp32,esp8266] [--tools ours,diff-with,skip-flashed]
                             [--size 2097152] [--repeat N] [--reads] [--json results.json]

For each chip and tool, one sequence on one flash file, each command against a
fresh simulator process (`python3 -m espsim --chip C --flash-size 4MB --realtime
--raw`, plain TCP, `--before no_reset`), at 921600 baud, the flasher stub:

  full       a random image (seeded) written to a blank chip;
  unchanged  the same image again;
  one        the image with one 4 KiB sector changed;
  10 %       that image with 10 % of its sectors changed (random ones, seeded).

Tools: `ours` (esptool.py, default options: it asks the chip for sector
digests and writes what differs); `diff-with` (upstream 5.x, given the image
written before with --diff-with: it trusts that file and asks the chip
nothing before writing); `skip-flashed` (upstream 5.x --skip-flashed: one MD5
of the whole image first, then everything or nothing). The first (full) row
is the same command for both upstream columns.

Each run counts only if it exits 0 and the flash file afterwards holds the
image at 0x10000. Times are whole commands, process start to exit; ratios are
to that tool's full write.

Fixed cost: the time from the process start until the tool has connected,
uploaded its stub and changed the baud rate -- the moment it prints
"Configuring flash size..." (both tools print it right after the baud change),
read from its unbuffered stdout -- in the `full` run.

The simulator charges flash read + MD5 time for SPI_FLASH_MD5 and our
FLASH_SECTOR_MD5 (0.4 s per MiB, see HASH_SECONDS_PER_BYTE in espsim/flash.py),
so asking the chip is not free here; erase and program times are the W25Q32JV's
typical ones (docs/protocol.md §13.2).

--repeat N runs each sequence N times (a fresh flash file each time) and reports
the median with the spread (min-max). Each run's simulator writes a trace; the
`full` write's trace gives the wire limit: the bytes of every frame from the first
FLASH_(DEFL_)DATA to the reply to the last one, 10 bits a byte, at the baud of the
data phase (bench/stub_speed.py's rule), and the whole command's wire (every frame
of the trace at the rate it went at). The floor of a row is fixed cost + one hash
pass of the image (hash_time, espsim/flash.py; none in `full`, see HASH_PASSES) +
the wire of its data.

--reads adds, for our tool only (upstream 5.x's read_flash starts over on no
fault), a read of the image (2 MiB) clean and with about one fault per 100 KB of
chip-to-host bytes (espsim --reply-drop-rate 5e-6 --reply-corrupt-rate 5e-6, a
seed per repetition): each must exit 0 with a file equal to the flash.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test"))

from oracle import upstream_python  # noqa: E402
from stub_speed import (Simulator, parse_trace, wire_seconds,  # noqa: E402
                        write_window)
sys.path.insert(0, ROOT)
from espsim.flash import hash_time  # noqa: E402

READ_FAULTS = ["--reply-drop-rate", "5e-6", "--reply-corrupt-rate", "5e-6"]

BAUD = 921600
ADDRESS = 0x10000
SECTOR = 0x1000
READY_LINE = "Configuring flash size..."
STEPS = ("full", "unchanged", "one", "10 %")


def images(size, seed=1):
    """The four images of a sequence (full and unchanged share the first)."""
    rng = random.Random(seed)
    first = rng.randbytes(size)
    one = bytearray(first)
    sector = rng.randrange(size // SECTOR)
    one[sector * SECTOR:(sector + 1) * SECTOR] = rng.randbytes(SECTOR)
    ten = bytearray(one)
    for sector in rng.sample(range(size // SECTOR), size // SECTOR // 10):
        ten[sector * SECTOR:(sector + 1) * SECTOR] = rng.randbytes(SECTOR)
    return [first, first, bytes(one), bytes(ten)]


# Ours as an installed user runs it, and as 5.6 is run below: the module, from its cached
# bytecode (the installed esptool.py launcher imports it too). `python esptool.py` would
# compile its 4,500 lines on every run, about 0.06 s no user pays.
OURS = [sys.executable, "-u", "-m", "esptool"]


def argv_for(tool, chip, url, image_path, previous_path, step):
    if tool == "ours":
        return OURS + ["--chip", chip, "--port", url, "--baud", str(BAUD), "--before", "no_reset",
                       "write_flash", "0x%x" % ADDRESS, image_path]
    python = upstream_python("5")
    if python is None:
        raise RuntimeError("upstream esptool 5.x is not available")
    argv = [python, "-u", "-m", "esptool", "--chip", chip, "--port", url, "--baud", str(BAUD),
            "--before", "no-reset", "write-flash", "0x%x" % ADDRESS, image_path]
    if step != "full":
        argv += ["--diff-with", previous_path] if tool == "diff-with" else ["--skip-flashed"]
    return argv


PROVEN_LINE = "Hash of data verified."     # the proof done; after it: close the session, reset
LAST_MARK = {}                              # seconds to PROVEN_LINE of the last run_timed


def run_timed(argv, cwd):
    """(seconds, seconds until the ready line or None, exit status, output); the time of
    the proof line goes to LAST_MARK["proven"]."""
    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    ready, lines = None, []
    LAST_MARK.clear()
    for line in proc.stdout:
        if ready is None and READY_LINE in line:
            ready = time.monotonic() - started
        if PROVEN_LINE in line:
            LAST_MARK["proven"] = time.monotonic() - started
        lines.append(line)
    status = proc.wait()
    return time.monotonic() - started, ready, status, "".join(lines)


def new_flash_file(path, content=b""):
    flash = bytearray(b"\xff" * (4 << 20))
    flash[ADDRESS:ADDRESS + len(content)] = content
    with open(path, "wb") as f:
        f.write(flash)


def run_step(tool, chip, step, image, flash_path, previous_path, work):
    """One command on a fresh simulator over `flash_path`; checked, then timed."""
    image_path = os.path.join(work, "%s-%s-%s.bin" % (tool, chip, step.replace(" %", "")))
    with open(image_path, "wb") as f:
        f.write(image)
    trace = os.path.join(work, "trace.txt") if step == "full" else None
    sim = Simulator(chip, flash_path, trace_file=trace, transport="socket")
    try:
        seconds, ready, status, output = run_timed(
            argv_for(tool, chip, sim.url, image_path, previous_path, step), work)
    finally:
        sim.stop()
    with open(flash_path, "rb") as f:
        right = f.read()[ADDRESS:ADDRESS + len(image)] == image
    if status != 0 or not right:
        raise RuntimeError("%s %s %s failed (exit %d, flash right: %s):\n%s"
                           % (tool, chip, step, status, right, output[-3000:]))
    skipped = re.search(r"\((\d+ of \d+ sectors already in flash, skipped)\)", output)
    row = {"tool": tool, "chip": chip, "step": step, "seconds": seconds, "ready": ready,
           "proven": LAST_MARK.get("proven"), "skipped": skipped.group(1) if skipped else ""}
    if trace:
        frames = parse_trace(trace)
        row["wire_s"] = wire_seconds(write_window(frames))
        row["command_wire_s"] = wire_seconds(frames)
        os.remove(trace)
    print("%-12s %-7s %-9s %6.2f s  %s" % (tool, chip, step, seconds, row["skipped"]),
          flush=True)
    return row, image_path


def run_sequence(tool, chip, size, work, results):
    """The four steps on one flash file. skip-flashed's full write is the same
    command as diff-with's: when that was measured, it is reused, and the
    sequence goes on from a flash file holding the first image."""
    flash_path = os.path.join(work, "%s-%s-flash.bin" % (tool, chip))
    steps = list(zip(STEPS, images(size)))
    shared = [dict(r, tool=tool) for r in results
              if tool == "skip-flashed" and (r["tool"], r["chip"], r["step"]) ==
              ("diff-with", chip, "full")]
    new_flash_file(flash_path, steps[0][1] if shared else b"")
    rows, previous_path = shared, None
    for step, image in steps[len(shared):]:
        try:
            row, path = run_step(tool, chip, step, image, flash_path, previous_path, work)
        except RuntimeError as e:         # reported, then once more (a loaded machine)
            print("FAILED, running it again: %s" % str(e)[-600:], flush=True)
            row, path = run_step(tool, chip, step, image, flash_path, previous_path, work)
            row["retried"] = True
        rows.append(row)
        previous_path = path
    return rows


def run_read(chip, image, faults, seed, work):
    """read_flash of the image (ours) on a fresh simulator: (seconds, output)."""
    flash_path = os.path.join(work, "read-flash.bin")
    new_flash_file(flash_path, image)
    out = os.path.join(work, "read.bin")
    if os.path.exists(out):
        os.remove(out)
    extra = (READ_FAULTS + ["--seed", str(seed)]) if faults else []
    sim = Simulator(chip, flash_path, transport="socket", extra=extra)
    argv = OURS + ["--chip", chip, "--port", sim.url, "--baud", str(BAUD), "--before", "no_reset",
                   "read_flash", "0x%x" % ADDRESS, str(len(image)), out]
    try:
        seconds, _, status, output = run_timed(argv, work)
    finally:
        sim.stop()
    with open(out, "rb") if os.path.exists(out) else open(os.devnull, "rb") as f:
        right = f.read() == image
    if status != 0 or not right:
        raise RuntimeError("read %s faults=%s failed (exit %d, file right: %s):\n%s"
                           % (chip, faults, status, right, output[-3000:]))
    resumed = len(re.findall(r"resuming at|Link error", output))
    again = re.search(r"Reading (\d+) bytes again", output)
    row = {"tool": "ours", "chip": chip, "step": "read faults" if faults else "read clean",
           "seconds": seconds, "seed": seed, "again": int(again.group(1)) if again else 0}
    print("%-12s %-7s %-11s %6.2f s  (seed %d%s)" % ("ours", chip, row["step"], seconds, seed,
          ", damaged bytes read again: %d" % row["again"] if again else ""), flush=True)
    return row


def spread(values):
    values = sorted(values)
    median = values[len(values) // 2] if len(values) % 2 else \
        (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    return median, values[0], values[-1]


def cell(rows):
    if not rows:
        return "-"
    median, low, high = spread([r["seconds"] for r in rows])
    return "%.2f (%.2f-%.2f)" % (median, low, high) if len(rows) > 1 else "%.2f" % median


def issue24_table(results):
    """The rows of issue 24: ours against 5.x --diff-with, the wire limit and the floor."""
    lines = ["| chip | row | ours s | 5.x --diff-with s | ours / 5.x | wire limit s | floor s "
             "| ours / wire | ours / floor |", "|" + "---|" * 9]
    for chip in sorted({r["chip"] for r in results}):
        def rows(tool, step):
            return [r for r in results if (r["tool"], r["chip"], r["step"]) == (tool, chip, step)]
        full = rows("ours", "full")
        fixed = spread([r["ready"] for r in full if r.get("ready")])[0] if full else None
        wire = spread([r["wire_s"] for r in full if "wire_s" in r])[0] if full else None
        for step in ("full", "unchanged", "one"):
            ours, up = rows("ours", step), rows("diff-with", step)
            o = spread([r["seconds"] for r in ours])[0] if ours else None
            u = spread([r["seconds"] for r in up])[0] if up else None
            data_wire = wire if step == "full" else \
                (SECTOR * 10 / BAUD if step == "one" else 0.0)     # a random sector
            floor = (fixed + HASH_PASSES[step] * hash_time(ADDRESS_SIZE[0]) + data_wire
                     if fixed else None)
            lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                chip, {"full": "2 MiB random to an erased chip", "unchanged": "unchanged",
                       "one": "one sector changed"}[step], cell(ours), cell(up),
                "%.3fx" % (o / u) if o and u else "-",
                "%.2f" % data_wire if wire else "-",
                "%.2f" % floor if floor else "-",
                "%.3fx" % (o / data_wire) if step == "full" and o and wire else "-",
                "%.3fx" % (o / floor) if o and floor else "-"))
        clean, faulty = rows("ours", "read clean"), rows("ours", "read faults")
        if clean and faulty:
            c, f = spread([r["seconds"] for r in clean])[0], spread([r["seconds"] for r in faulty])[0]
            lines.append("| %s | read 2 MiB, ~1 fault per 100 KB | %s | (clean: %s) | %.3fx of clean "
                         "| | | | |" % (chip, cell(faulty), cell(clean), f / c))
    return "\n".join(lines)


def breakdown_table(results):
    """Where our time goes, per row (medians): start to ready (fixed cost), ready to the
    proof line (asking, writing, proving), proof line to exit (closing the session, the
    reset, the port's close)."""
    lines = ["| chip | row | whole s | fixed cost s | operation s | of it modelled hashing s "
             "| after the proof s |", "|" + "---|" * 7]
    for chip in sorted({r["chip"] for r in results}):
        for step in ("full", "unchanged", "one"):
            rows = [r for r in results if (r["tool"], r["chip"], r["step"]) == ("ours", chip, step)
                    and r.get("proven") and r.get("ready")]
            if not rows:
                continue
            whole = spread([r["seconds"] for r in rows])[0]
            ready = spread([r["ready"] for r in rows])[0]
            proven = spread([r["proven"] for r in rows])[0]
            lines.append("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |" % (
                chip, step, whole, ready, proven - ready,
                HASH_PASSES[step] * hash_time(ADDRESS_SIZE[0]), whole - proven))
    return "\n".join(lines)


ADDRESS_SIZE = [2 << 20]     # the image size of this run, for the floor's hash pass
# Hash passes over the region in our rows: none in the full write to an erased chip
# (the sampled sectors differ, so no pass before writing, docs/protocol.md §5.17;
# the stub's read-back proves it, docs/protocol.md §5.16), one before writing elsewhere.
HASH_PASSES = {"full": 0, "unchanged": 1, "one": 1}


def table(results, tools):
    by = {(r["tool"], r["chip"], r["step"]): r for r in results}
    chips = sorted({r["chip"] for r in results})
    head = ["chip", "step"]
    for tool in tools:
        head += ["%s s" % tool, "%s / full" % tool]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for chip in chips:
        for step in STEPS:
            cells = [chip, step]
            for tool in tools:
                row, full = by.get((tool, chip, step)), by.get((tool, chip, "full"))
                if row is None:
                    cells += ["-", "-"]
                    continue
                cells += ["%.2f" % row["seconds"], "%.3fx" % (row["seconds"] / full["seconds"])]
            lines.append("| " + " | ".join(cells) + " |")
        cells = [chip, "fixed cost"]
        for tool in tools:
            full = by.get((tool, chip, "full"))
            cells += ["%.2f" % full["ready"] if full and full["ready"] else "-", ""]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chips", default="esp32,esp8266")
    parser.add_argument("--tools", default="ours,diff-with,skip-flashed",
                        help="or none (with --reads: the reads alone)")
    parser.add_argument("--size", type=int, default=2 << 20)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every sequence this many times (median and spread)")
    parser.add_argument("--reads", action="store_true",
                        help="also a clean and a faulty 2 MiB read_flash (ours)")
    parser.add_argument("--json", help="also write the raw results here")
    args = parser.parse_args()
    tools = [] if args.tools == "none" else args.tools.split(",")     # none: --reads alone
    ADDRESS_SIZE[0] = args.size
    results = []
    with tempfile.TemporaryDirectory() as work:
        for repetition in range(args.repeat):
            for chip in args.chips.split(","):
                for tool in tools:
                    done = [r for r in results if r.get("repetition") == repetition]
                    for row in run_sequence(tool, chip, args.size, work, done):
                        results.append(dict(row, repetition=repetition))
                if args.reads:
                    image = images(args.size)[0]
                    for faults in (False, True):
                        row = run_read(chip, image, faults, repetition + 1, work)
                        results.append(dict(row, repetition=repetition))
                if args.json:
                    with open(args.json, "w") as f:
                        json.dump(results, f, indent=1)
    print()
    print(table([r for r in results if r["repetition"] == 0], tools))
    print()
    print(issue24_table(results))
    print()
    print(breakdown_table(results))


if __name__ == "__main__":
    main()
