#!/usr/bin/env python3
"""Timings for the offline image commands (targets from issue 3).

    python3 bench/images.py [--runs N]

  * elf2image of a ~1 MiB ELF, as a user runs it (a new process each time,
    start-up included): median must be under 0.3 s, for ESP32 and ESP8266;
  * `esptool.py version`, the bare start-up: median must be under 150 ms.

The 1 MiB ELFs are built with xtensa-lx106-elf-gcc through test/elf/build.py
(shape ELFs: sections of exact sizes), in a temporary directory.
Exit status 1 if a median misses its target.
"""
import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "elf"))
import build  # noqa: E402  (test/elf/build.py)

ESPTOOL = os.path.join(ROOT, "esptool.py")
MIB_ELFS = {
    "esp32_1mib.elf": (0x40080004, [
        build.section(".iram0.vectors", 0x40080000, 0x400),
        build.section(".iram0.text", 0x40080400, 0x1BC00),
        build.section(".dram0.data", 0x3FFB0000, 0x8000),
        build.section(".flash.rodata", 0x3F400020, 0x40000),
        build.section(".flash.text", 0x400D0018, 0x9C000),
    ]),
    "esp8266_1mib.elf": (0x40100004, [
        build.section(".data", 0x3FFE8000, 0x2000),
        build.section(".rodata", 0x3FFEA000, 0x4000),
        build.section(".irom0.text", 0x40210000, 0xF0000),
        build.section(".text", 0x40100000, 0x7000),
    ]),
}
TARGETS = {"elf2image": 0.300, "version": 0.150}


def time_run(argv, runs):
    """Wall-clock (median, min, max) of `runs` runs; prints the median CPU time too,
    which is steadier on a shared machine whose scheduler quantises wall time."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, timeout=60)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), min(times), max(times), statistics.median(cpu)


def time_in_process(argv, runs):
    sys.path.insert(0, ROOT)
    import esptool
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            status = esptool.main(argv)
        times.append(time.perf_counter() - start)
        assert status == 0
    return statistics.median(times), min(times), max(times), None


def build_elfs(directory):
    build.SHAPES.update(MIB_ELFS)
    paths = {}
    for name in MIB_ELFS:
        build.build_shape(name, directory, directory)
        paths[name] = os.path.join(directory, name)
    return paths


def report(label, result, target):
    median, low, high, cpu = result
    verdict = "ok" if median < target else "TOO SLOW"
    cpu_text = "" if cpu is None else ", CPU %5.1f ms" % (cpu * 1000)
    print("%-38s median %6.1f ms  (min %6.1f, max %6.1f%s; target < %d ms) %s"
          % (label, median * 1000, low * 1000, high * 1000, cpu_text, target * 1000, verdict))
    return median < target


def main():
    parser = argparse.ArgumentParser(description="time the offline image commands")
    parser.add_argument("--runs", type=int, default=9, help="runs per measurement")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        elfs = build_elfs(tmp)
        for name, path in sorted(elfs.items()):
            chip = "esp32" if name.startswith("esp32") else "esp8266"
            size = os.path.getsize(path)
            argv = [sys.executable, ESPTOOL, "--chip", chip, "elf2image", "-o",
                    os.path.join(tmp, "out-"), path]
            ok &= report("elf2image %s (%d KiB ELF)" % (chip, size // 1024),
                         time_run(argv, args.runs), TARGETS["elf2image"])
            report("  the same in-process (no start-up)", time_in_process(argv[2:], args.runs),
                   TARGETS["elf2image"])
    ok &= report("esptool.py version", time_run([sys.executable, ESPTOOL, "version"],
                                                args.runs * 2), TARGETS["version"])
    # For context: the interpreter alone, and the module imported from its
    # cached bytecode (a script run recompiles all of esptool.py every time).
    report("python3 -c pass (interpreter alone)",
           time_run([sys.executable, "-c", "pass"], args.runs * 2), TARGETS["version"])
    report("import esptool; version (cached .pyc)",
           time_run([sys.executable, "-c", "import sys; sys.path.insert(0, %r); import esptool; "
                     "esptool.main(['version'])" % ROOT], args.runs * 2), TARGETS["version"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
