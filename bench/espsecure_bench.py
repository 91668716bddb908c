#!/usr/bin/env python3
"""Time espsecure's AES-heavy commands on a 4 MiB input, median of 3 runs.

    python3 bench/espsecure_bench.py [--backend pyaes|cryptography|both] [--size BYTES]

Runs the real commands (espsecure.main, in this process, so interpreter
start-up is not counted) for each AES backend: encrypt_flash_data and
digest_secure_bootloader. The digest input is raw data (not an ESP32 image),
so the whole 4 MiB is hashed.
"""
import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import espsecure  # noqa: E402


def run_timed(argv):
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = espsecure.main(argv)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit("espsecure %s failed:\n%s" % (" ".join(argv), out.getvalue()))
    return elapsed


def median_of(runs, argv):
    return statistics.median(run_timed(argv) for _ in range(runs))


def bench_backend(backend, workdir, runs):
    os.environ["ESPSECURE_AES"] = backend
    key, data = os.path.join(workdir, "key.bin"), os.path.join(workdir, "input.bin")
    out = os.path.join(workdir, "out.bin")
    encrypt = median_of(runs, ["encrypt_flash_data", "-k", key, "-a", "0x10000",
                               "-o", out, data])
    digest = median_of(runs, ["digest_secure_bootloader", "-k", key, "-o", out, data])
    return encrypt, digest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["pyaes", "cryptography", "both"], default="both")
    parser.add_argument("--size", type=int, default=4 * 1024 * 1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    backends = ["pyaes", "cryptography"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(workdir, "key.bin"), "wb") as f:
            f.write(os.urandom(32))
        with open(os.path.join(workdir, "input.bin"), "wb") as f:
            f.write(os.urandom(args.size))
        print("input %d bytes, median of %d runs" % (args.size, args.runs))
        for backend in backends:
            try:
                encrypt, digest = bench_backend(backend, workdir, args.runs)
            except SystemExit as e:
                print("%-12s skipped: %s" % (backend, e))
                continue
            print("%-12s encrypt_flash_data %7.2f s   digest_secure_bootloader %7.2f s"
                  % (backend, encrypt, digest))


if __name__ == "__main__":
    main()
