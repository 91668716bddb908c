"""Flashing many boards at once: does one esptool.py process keep up?

    python3 bench/many_boards.py [--boards 1,4,8,16] [--upstream 8] [--baud 921600]

For each N, N simulated ESP32s (`python3 -m espsim --chip esp32 --realtime
--raw`, one process each, served over plain TCP) get the same 1 MiB
firmware-like image from ONE esptool.py command (`--port A --port B ...
write_flash 0x10000 image`). Reported: the command's wall time, the ratio to
N = 1, the CPU seconds the esptool.py process used (user + system), the CPU the
simulators used, and the load average before the run. Then the comparison: N
upstream esptool 5.x processes started in parallel by a shell loop, one per
simulator (`for url ...; do esptool ... & done; wait`).

Every run counts only if it exits 0 and every simulator's flash holds the image
at 0x10000 afterwards.
"""
import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.join(ROOT, "test"))

from oracle import upstream_python  # noqa: E402
from stub_speed import firmware_image  # noqa: E402

ADDRESS = 0x10000
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Simulators:
    """N espsim processes, each a --realtime ESP32 on its own socket:// port."""

    def __init__(self, count, work):
        self.flash_files = [os.path.join(work, "flash-%d.bin" % i) for i in range(count)]
        for path in self.flash_files:
            if os.path.exists(path):
                os.unlink(path)
        self.processes = [subprocess.Popen(
            [sys.executable, "-m", "espsim", "--chip", "esp32", "--flash-size", "4MB",
             "--realtime", "--raw", "--listen", "127.0.0.1:0", "--flash-file", path,
             "--mac", "24:0a:c4:00:01:%02x" % i],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            for i, path in enumerate(self.flash_files)]
        self.urls = [self._url(p) for p in self.processes]

    @staticmethod
    def _url(process):
        for line in process.stdout:
            if "serving" in line:
                return line.split(" on ")[-1].strip()
        raise RuntimeError("espsim did not start")

    def cpu_seconds(self):
        total = 0
        for process in self.processes:
            with open("/proc/%d/stat" % process.pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])       # utime, stime
        return total / CLOCK_TICKS

    def stop(self):
        for process in self.processes:
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            process.wait(timeout=60)

    def all_hold(self, image):
        for path in self.flash_files:
            with open(path, "rb") as f:
                f.seek(ADDRESS)
                if f.read(len(image)) != image:
                    return False
        return True


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv, **kwargs):
    """(wall seconds, CPU seconds of the command and everything it waited for, result)."""
    cpu = children_cpu()
    started = time.monotonic()
    result = subprocess.run(argv, capture_output=True, text=True, timeout=3600, **kwargs)
    return time.monotonic() - started, children_cpu() - cpu, result


# --compress-per-board: esptool.py with its shared compression turned off
# (deflate_once keeps nothing), to see what sharing saves.
PER_BOARD = ("import sys, esptool, espkit.boards; espkit.boards.DEFLATED_KEPT = 0; "
             "sys.exit(esptool.main(sys.argv[1:]))")


def ours(urls, baud, image_path, per_board=False):
    start = ["-c", PER_BOARD] if per_board else [os.path.join(ROOT, "esptool.py")]
    argv = [sys.executable] + start + ["--chip", "esp32", "--baud", str(baud)]
    for url in urls:
        argv += ["--port", url]
    return timed(argv + ["write_flash", ADDRESS_TEXT, image_path], cwd=ROOT)


def upstream(urls, baud, image_path):
    python = upstream_python("5")
    if python is None:
        sys.exit("upstream esptool 5.x is not available (test/oracle.py)")
    loop = ('for url in %s; do "%s" -m esptool --chip esp32 --before no_reset --baud %d '
            '--port "$url" write_flash %s "%s" > "%s/up-${url##*:}.log" 2>&1 & done; '
            'status=0; for job in $(jobs -p); do wait $job || status=1; done; exit $status'
            % (" ".join(urls), python, baud, ADDRESS_TEXT, image_path,
               os.path.dirname(image_path)))
    return timed(["bash", "-c", loop])


ADDRESS_TEXT = "0x%x" % ADDRESS


def ours_compressing_per_board(urls, baud, image_path):
    return ours(urls, baud, image_path, per_board=True)


def run(tool, count, baud, image, work):
    image_path = os.path.join(work, "image.bin")
    load = os.getloadavg()[0]
    sims = Simulators(count, work)
    try:
        sim_cpu = sims.cpu_seconds()
        wall, cpu, result = tool(sims.urls, baud, image_path)
        sim_cpu = sims.cpu_seconds() - sim_cpu
    finally:
        sims.stop()
    if result.returncode != 0:
        sys.exit("%s with %d boards failed:\n%s%s" % (tool.__name__, count, result.stdout,
                                                    result.stderr))
    if not sims.all_hold(image):
        sys.exit("%s with %d boards: a flash does not hold the image" % (tool.__name__, count))
    return {"tool": tool.__name__, "boards": count, "wall": wall, "cpu": cpu,
            "sim_cpu": sim_cpu, "load": load}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boards", default="1,4,8,16")
    parser.add_argument("--upstream", type=int, default=8,
                        help="upstream processes in parallel (0: skip)")
    parser.add_argument("--baud", type=int, default=921600)
    parser.add_argument("--compress-per-board", action="store_true",
                        help="also run esptool.py with every board compressing for itself")
    args = parser.parse_args()
    image = firmware_image()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "image.bin"), "wb") as f:
            f.write(image)
        for count in [int(n) for n in args.boards.split(",")]:
            rows.append(run(ours, count, args.baud, image, work))
            print_row(rows[-1], rows[0])
            if args.compress_per_board and count > 1:
                rows.append(run(ours_compressing_per_board, count, args.baud, image, work))
                print_row(rows[-1], rows[0])
        if args.upstream:
            rows.append(run(upstream, args.upstream, args.baud, image, work))
            print_row(rows[-1], rows[0])
    print()
    print("| tool | boards | wall s | wall / wall(ours, 1 board) | esptool CPU s | CPU s per "
          "board | simulators' CPU s | load avg before |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| %s | %d | %.1f | %.2f | %.2f | %.2f | %.1f | %.1f |"
              % (TOOL_NAMES[row["tool"]], row["boards"], row["wall"],
                 row["wall"] / rows[0]["wall"], row["cpu"], row["cpu"] / row["boards"],
                 row["sim_cpu"], row["load"]))


TOOL_NAMES = {"ours": "esptool.py (one process)",
              "ours_compressing_per_board": "esptool.py, compressing per board",
              "upstream": "upstream 5.x (a process per board)"}


def print_row(row, first):
    print("%-26s N=%-2d wall %.1f s (x%.2f)  CPU %.2f s  simulators %.1f s  load %.1f"
          % (row["tool"], row["boards"], row["wall"], row["wall"] / first["wall"], row["cpu"],
             row["sim_cpu"], row["load"]), flush=True)


if __name__ == "__main__":
    main()
