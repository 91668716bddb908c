"""Fast reflash (issue 12): ours against upstream 5.x --diff-with and --skip-flashed.

    python3 bench/reflash.py [--chips esp32,esp8266] [--tools ours,diff-with,skip-flashed]
                             [--size 2097152] [--json results.json]

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
so asking the chip is not free here.
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
from stub_speed import Simulator  # noqa: E402

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


def argv_for(tool, chip, url, image_path, previous_path, step):
    if tool == "ours":
        return [sys.executable, "-u", os.path.join(ROOT, "esptool.py"), "--chip", chip,
                "--port", url, "--baud", str(BAUD), "--before", "no_reset",
                "write_flash", "0x%x" % ADDRESS, image_path]
    python = upstream_python("5")
    if python is None:
        raise RuntimeError("upstream esptool 5.x is not available")
    argv = [python, "-u", "-m", "esptool", "--chip", chip, "--port", url, "--baud", str(BAUD),
            "--before", "no-reset", "write-flash", "0x%x" % ADDRESS, image_path]
    if step != "full":
        argv += ["--diff-with", previous_path] if tool == "diff-with" else ["--skip-flashed"]
    return argv


def run_timed(argv, cwd):
    """(seconds, seconds until the ready line or None, exit status, output)."""
    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    ready, lines = None, []
    for line in proc.stdout:
        if ready is None and READY_LINE in line:
            ready = time.monotonic() - started
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
    sim = Simulator(chip, flash_path, transport="socket")
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
           "skipped": skipped.group(1) if skipped else ""}
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
        row, previous_path = run_step(tool, chip, step, image, flash_path, previous_path, work)
        rows.append(row)
    return rows


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
    parser.add_argument("--tools", default="ours,diff-with,skip-flashed")
    parser.add_argument("--size", type=int, default=2 << 20)
    parser.add_argument("--json", help="also write the raw results here")
    args = parser.parse_args()
    tools = args.tools.split(",")
    results = []
    with tempfile.TemporaryDirectory() as work:
        for chip in args.chips.split(","):
            for tool in tools:
                results += run_sequence(tool, chip, args.size, work, results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    print()
    print(table(results, tools))


if __name__ == "__main__":
    main()
