"""How long does upstream esptool take to write 1 MiB to a --realtime espsim at
115200 baud, compared with what the wire allows?

    python3 bench/realtime_write.py [--version 2.3.1|5] [--chip esp32|esp8266]
                                    [--size 1048576] [--baud 115200] [-- extra esptool args]

The wire limit is computed from the trace of the very session that was timed:
every SLIP frame of the write (FLASH_BEGIN .. the MD5 reply), escaped, both
directions, at 10 bits per byte. The simulator's --realtime model should make
upstream's own "Wrote ... in N seconds" come out within 10 % of that (the
stub's flash work overlaps the next block's transfer, as on a chip).

Over socket:// (default) only the simulated wire and flash are measured. Over
rfc2217:// pyserial's client adds its own cost: every change of the port
timeout (upstream changes it around each command) is a telnet round trip that
the client polls in 50 ms steps, which a real chip behind an RFC 2217 server
would pay too.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "test"))

import espsim  # noqa: E402
from oracle import upstream_python  # noqa: E402

FLASH_BEGIN_OPS = ("02", "10")      # FLASH_BEGIN, FLASH_DEFL_BEGIN
MD5_OP = "13"


def escaped_length(payload_hex):
    payload = bytes.fromhex(payload_hex)
    return 2 + len(payload) + payload.count(0xC0) + payload.count(0xDB)


def wire_bytes_of_write(trace_path):
    """Bytes on the wire from the first (non-empty) flash begin to the MD5 reply."""
    total, counting = 0, False
    with open(trace_path) as f:
        for line in f:
            if line.startswith("#"):
                continue
            direction, payload = line[:1], line[2:].strip()
            op = payload[2:4]
            if direction == ">" and op in FLASH_BEGIN_OPS and payload[16:24] != "00000000":
                counting = True
            if counting:
                total += escaped_length(payload)
                if direction == "<" and op == MD5_OP:
                    break
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default="2.3.1", choices=("2.3.1", "5"))
    parser.add_argument("--chip", default="esp32", choices=("esp32", "esp8266"))
    parser.add_argument("--size", type=int, default=1 << 20)
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--transport", default="raw", choices=("raw", "rfc2217"),
                        help="raw (socket://, default) or rfc2217:// (adds pyserial's "
                             "~0.1 s per port-setting change on every command)")
    parser.add_argument("extra", nargs="*", help="extra esptool arguments (after --)")
    args = parser.parse_args()
    python = upstream_python(args.version)
    if python is None:
        sys.exit("upstream esptool %s is not available" % args.version)
    with tempfile.TemporaryDirectory() as work:
        image = os.path.join(work, "image.bin")
        with open(image, "wb") as f:       # incompressible: the wire carries it all
            f.write(random.Random(1).randbytes(args.size))
        trace = os.path.join(work, "trace.txt")
        device = espsim.Device(chip=args.chip, flash_file=os.path.join(work, "flash.bin"),
                               realtime=True, trace=trace)
        raw = args.transport == "raw"
        server = espsim.serve(device, raw=raw)
        argv = [python, "-m", "esptool", "--chip", args.chip, "--port", server.url,
                "--baud", str(args.baud)] + (["--before", "no_reset"] if raw else [])
        argv += args.extra + ["write_flash", "0x10000", image]
        started = time.monotonic()
        result = subprocess.run(argv, cwd=work, capture_output=True, text=True, timeout=3600)
        total = time.monotonic() - started
        server.close()
        if result.returncode != 0:
            sys.exit(result.stdout + result.stderr)
        with open(os.path.join(work, "flash.bin"), "rb") as f:
            f.seek(0x10000)
            with open(image, "rb") as g:
                assert f.read(args.size) == g.read(), "flash does not hold the image"
        wrote = float(re.search(r"Wrote .* in ([0-9.]+) seconds", result.stdout).group(1))
        wire = wire_bytes_of_write(trace)
    limit = wire * 10 / args.baud
    print("upstream %s, %s, %d bytes at %d baud over %s (%s)"
          % (args.version, args.chip, args.size, args.baud, args.transport,
             " ".join(args.extra) or "defaults"))
    print("  wire bytes of the write session : %d" % wire)
    print("  wire limit (10 bits/byte)       : %.1f s" % limit)
    print("  upstream 'Wrote ... in'         : %.1f s  (%+.1f %% vs wire)" % (wrote, 100 * (wrote / limit - 1)))
    print("  whole run (connect..reset)      : %.1f s" % total)


if __name__ == "__main__":
    main()
