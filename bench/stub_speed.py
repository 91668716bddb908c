"""Stub-mode speed: our esptool.py against upstream esptool 5.x on a --realtime espsim.

    python3 bench/stub_speed.py [--chips esp32,esp8266|all] [--bauds 921600,115200]
                                [--ops write_random,write_firmware,read,erase]
                                [--tools ours,upstream] [--transport rfc2217|socket]
                                [--stub-impl generic|cstub|auto] [--usb]
                                [--json results.json]

Every measurement gets its own simulator process (`python3 -m espsim
--realtime --trace ...` served over rfc2217://) and a fresh flash file; both
tools get exactly the same simulator options. Each run is checked (exit
status 0, flash or read-back content) before its time counts.

Times:
  cmd  the whole command, from starting the process to its exit (connect,
       stub upload, baud change, the operation, verify, reset);
  op   the operation alone, as the tool itself prints it: "Wrote ... in N
       seconds" (data blocks only: after FLASH_(DEFL_)BEGIN, before the MD5
       check, for both tools), "Read ... in N seconds" (the READ_FLASH stream
       including its MD5 frame), and the erase messages ("Chip erase
       completed successfully in Ns" / "Flash memory erased successfully in
       N seconds").

Wire limit: the bytes each tool actually put on the wire for the timed phase,
taken from the simulator's --trace of that very run (each traced SLIP frame
counted as sent: payload + one escape byte per 0xC0/0xDB + the two 0xC0
delimiters, both directions), times 10 bits per byte, divided by the baud of
the data phase:
  write: every frame from the first FLASH_DATA / FLASH_DEFL_DATA to the reply
         to the last one (what "Wrote ... in" times);
  read:  the READ_FLASH command, its reply, all data frames, the host's
         acknowledgements and the final MD5 frame;
  erase: ERASE_FLASH and its reply -- a few dozen bytes, so the real floor is
         the flash itself: the simulator's chip-erase model (1 s per MiB).
The "limit" column is the wire limit for writes and reads and the modelled
chip-erase time for erase_flash.

--transport socket serves the same simulator as plain TCP (espsim --raw; both
tools get --before no_reset since there are no control lines). It is a
supplementary view: over rfc2217:// pyserial's client sleeps at least 50 ms
whenever a program changes the port timeout, which upstream does around
commands, so rfc2217 shows per-command latency a local serial port would not.

--usb (ESP32-C3 and ESP32-S3): the chip's own USB-Serial-JTAG port (espsim
--usb-jtag, `--before usb_reset`): no baud rate (the --bauds value is only what the
tools ask for); the wire limit is the bytes over espsim's USB rate
(USB_SERIAL_JTAG_BYTES_PER_S in espsim/uart.py, a published figure, unproven on silicon).

What a row is for the chips whose stub has run on no silicon (SIMULATED_ONLY):
the host build of our stub's core (--stub-impl cstub or auto) or espsim's
generic stub model, over espsim's model of that chip's link. It is not the
chip's figure, and the report says so in the chip column.
"""
import argparse
import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test"))

from oracle import upstream_python  # noqa: E402
sys.path.insert(0, ROOT)
from espsim.flash import CHIP_ERASE_S_PER_MIB  # noqa: E402  (the erase floor)
from espsim.uart import USB_SERIAL_JTAG_BYTES_PER_S  # noqa: E402

MIB = 1 << 20
FLASH_SIZE = 4 * MIB
WRITE_ADDRESS = 0x10000          # clear of the bootloader header both tools may patch
READ_SIZE = MIB
BITS_PER_BYTE = 10
COMMAND_TIMEOUT = 1800

FLASH_DATA_OPS = (0x03, 0x11)    # FLASH_DATA, FLASH_DEFL_DATA (docs/protocol.md)
READ_FLASH_OP = 0xD2
ERASE_FLASH_OP = 0xD0

# Every chip espsim models, in the order --chips all runs them.
ALL_CHIPS = ("esp8266", "esp32", "esp32c3", "esp32s3", "esp32s2", "esp32c2", "esp32c6",
             "esp32h2")
# Chips whose stub has run on no silicon: what their numbers measure, named in the report.
SIMULATED_ONLY = {"esp32c6", "esp32s2", "esp32h2", "esp32c2"}
OPS = ("write_random", "write_firmware", "read", "erase")
OP_TITLES = {"write_random": "write_flash 1 MiB random",
             "write_firmware": "write_flash 1 MiB firmware",
             "read": "read_flash 1 MiB",
             "erase": "erase_flash 4 MiB"}


# ------------------------------------------------------------------ data

def random_image(seed=1):
    return random.Random(seed).randbytes(MIB)


def firmware_image(seed=6):
    """1 MiB that compresses like an application image (about 55 %).

    Built like a linked app: a text section made of real Xtensa machine code
    (the .text of our own lx106-compiled flasher stubs) cut into runs of
    16..256 bytes, every 5th..12th byte replaced so that immediates, branch
    offsets and literal indexes differ as in a larger program; a rodata
    section of log format strings; data tables of 32-bit pointers into the
    flash-mapped range; and 0xFF/zero padding between sections (alignment).
    """
    rng = random.Random(seed)
    code = stub_machine_code()
    out = bytearray()
    while len(out) < MIB:
        out += text_section(rng, code, rng.randint(24, 96) * 1024)
        out += rodata_section(rng, rng.randint(4, 16) * 1024)
        out += pointer_table(rng, rng.randint(2, 8) * 1024)
        out += bytes([rng.choice((0x00, 0xFF))]) * rng.randint(256, 4096)
    return bytes(out[:MIB])


def stub_machine_code():
    """The .text of the stubs embedded in our esptool.py (present in any clone)."""
    sys.path.insert(0, ROOT)
    import esptool
    return esptool.stub_image("esp8266")["text"] + esptool.stub_image("esp32")["text"]


def text_section(rng, code, size):
    out = bytearray()
    while len(out) < size:
        length = rng.randint(16, 256)
        start = rng.randrange(len(code) - length)
        run = bytearray(code[start:start + length])
        for i in range(0, length, rng.randint(5, 12)):
            run[i] = rng.randrange(256)
        out += run
    return bytes(out)


WORDS = ("flash", "wifi", "task", "heap", "event", "init", "failed", "timeout", "sector",
         "partition", "nvs", "handle", "queue", "mutex", "spi", "uart", "gpio", "error",
         "connected", "retry", "buffer", "config", "invalid", "state", "boot", "mode")


def rodata_section(rng, size):
    out = bytearray()
    while len(out) < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7)))
        tag = rng.choice(WORDS).upper()
        line = "%s: %s %%d (0x%%08x)\n" % (tag, words) if rng.random() < 0.5 else words
        out += line.encode() + b"\0" * rng.randint(1, 4)
    return bytes(out)


def pointer_table(rng, size):
    out = bytearray()
    address = 0x400D0000 + rng.randrange(0x100000) & ~3
    while len(out) < size:
        address += rng.choice((4, 8, 12, 16, 24, 32, 64, 128, rng.randrange(4096) & ~3))
        out += address.to_bytes(4, "little")
    return bytes(out)


# ------------------------------------------------------------- simulator

STUB_HOST_BUILD = os.path.join(ROOT, "flasher_stub", "build", "host", "stub_host")


class Simulator:
    """One `python3 -m espsim --realtime` process with a 4 MB flash, serving
    rfc2217:// (or socket://, espsim --raw). Shared by bench/reflash.py.
    `stub_impl` None leaves espsim's choice (auto); `trace_file` None: no trace."""

    def __init__(self, chip, flash_file, trace_file=None, transport="rfc2217", stub_impl=None,
                 usb=False, extra=()):
        argv = [sys.executable, "-m", "espsim", "--chip", chip, "--flash-file", flash_file,
                "--flash-size", "4MB", "--realtime", "--listen", "127.0.0.1:0"]
        argv += ["--trace", trace_file] if trace_file else []
        argv += ["--stub-impl", stub_impl] if stub_impl else []
        argv += ["--stub-host-build", STUB_HOST_BUILD] if stub_impl in ("cstub", "auto") else []
        argv += ["--raw"] if transport == "socket" else []
        argv += ["--usb-jtag"] if usb else []
        argv += list(extra)             # e.g. fault injection (bench/reflash.py)
        self.proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        line = self.proc.stdout.readline()
        match = re.search(r"((?:rfc2217|socket)://\S+)", line)
        if not match:
            self.stop()
            raise RuntimeError("espsim did not start: %r" % line)
        self.url = match.group(1)

    def stop(self):
        """SIGINT: espsim saves the flash file whole, then exits."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()


# ----------------------------------------------------------------- trace

def parse_trace(path):
    """[(direction, payload bytes, device baud at the time)] for every frame."""
    frames, baud = [], 115200
    with open(path) as f:
        for line in f:
            if line.startswith("# device baud"):
                baud = int(line.split()[3])
            elif line[:2] in ("> ", "< "):
                frames.append((line[0], bytes.fromhex(line[2:].strip()), baud))
    return frames


def wire_length(payload):
    return 2 + len(payload) + payload.count(0xC0) + payload.count(0xDB)


def command_op(direction, payload):
    """Opcode of a request (host, byte 0 == 0) or a response (chip, byte 0 == 1)."""
    if len(payload) >= 8 and payload[0] == (0 if direction == ">" else 1):
        return payload[1]
    return None


def write_window(frames):
    """From the first FLASH_(DEFL_)DATA request to the reply to the last one."""
    data = [i for i, (d, p, _) in enumerate(frames)
            if d == ">" and command_op(d, p) in FLASH_DATA_OPS]
    last_reply = next(i for i in range(data[-1] + 1, len(frames))
                      if command_op(frames[i][0], frames[i][1]) in FLASH_DATA_OPS)
    return frames[data[0]:last_reply + 1]


def read_window(frames):
    """READ_FLASH, then everything up to the next request (the stream, acks, MD5)."""
    start = next(i for i, (d, p, _) in enumerate(frames)
                 if command_op(d, p) == READ_FLASH_OP and d == ">")
    end = next((i for i in range(start + 1, len(frames))
                if frames[i][0] == ">" and command_op(">", frames[i][1]) is not None),
               len(frames))
    return frames[start:end]


def erase_window(frames):
    start = next(i for i, (d, p, _) in enumerate(frames)
                 if d == ">" and command_op(d, p) == ERASE_FLASH_OP)
    return frames[start:start + 2]


WINDOWS = {"write_random": write_window, "write_firmware": write_window,
           "read": read_window, "erase": erase_window}


def wire_seconds(frames, usb=False):
    if usb:
        return wire_bytes(frames) / USB_SERIAL_JTAG_BYTES_PER_S
    return sum(wire_length(p) * BITS_PER_BYTE / baud for _, p, baud in frames)


def wire_bytes(frames):
    return sum(wire_length(p) for _, p, _ in frames)


# ------------------------------------------------------------ one run

def tool_argv(tool, chip, url, baud, usb=False):
    # socket:// has no DTR/RTS: espsim --raw starts in download mode.
    no_reset = ["--before", "no_reset" if tool == "ours" else "no-reset"]
    options = ["--chip", chip, "--port", url, "--baud", str(baud)]
    if url.startswith("socket://"):
        options += no_reset
    elif usb:
        options += ["--before", "usb_reset" if tool == "ours" else "usb-reset"]
    if tool == "ours":
        return [sys.executable, os.path.join(ROOT, "esptool.py")] + options
    python = upstream_python("5")
    if python is None:
        raise RuntimeError("upstream esptool 5.x is not available")
    return [python, "-m", "esptool"] + options


def operation_argv(tool, op, work):
    names = {"ours": ("write_flash", "read_flash", "erase_flash"),
             "upstream": ("write-flash", "read-flash", "erase-flash")}[tool]
    if op.startswith("write"):
        return [names[0], "0x%x" % WRITE_ADDRESS, os.path.join(work, "image.bin")]
    if op == "read":
        return [names[1], "0", str(READ_SIZE), os.path.join(work, "read.bin")]
    return [names[2]]


OP_TIME_PATTERNS = (
    r"Wrote \d+ bytes.*? in ([0-9.]+) seconds",
    r"Read \d+ bytes .*?in ([0-9.]+) seconds",
    r"Chip erase completed successfully in ([0-9.]+)s",
    r"erased successfully in ([0-9.]+) seconds",
)


def operation_seconds(output):
    for pattern in OP_TIME_PATTERNS:
        match = re.search(pattern, output)
        if match:
            return float(match.group(1))
    return None


def prepare_flash(op, path, prefill):
    """Writes start on a fresh (erased) chip; reads and erases on a full one."""
    if op in ("read", "erase"):
        with open(path, "wb") as f:
            f.write(prefill)


def verify(op, work, image, prefill):
    with open(os.path.join(work, "flash.bin"), "rb") as f:
        flash = f.read()
    if op.startswith("write"):
        expected = (b"\xff" * WRITE_ADDRESS + image
                    + b"\xff" * (FLASH_SIZE - WRITE_ADDRESS - len(image)))
        return flash == expected, "flash does not hold exactly the image"
    if op == "read":
        with open(os.path.join(work, "read.bin"), "rb") as f:
            return f.read() == prefill[:READ_SIZE], "read file differs from the flash"
    return flash == b"\xff" * FLASH_SIZE, "flash is not all 0xFF after erase"


def measure(tool, chip, baud, op, images, prefill, transport="rfc2217", stub_impl="generic",
            usb=False):
    with tempfile.TemporaryDirectory(prefix="stub_speed_") as work:
        image = images.get(op)
        if image is not None:
            with open(os.path.join(work, "image.bin"), "wb") as f:
                f.write(image)
        flash_file, trace_file = os.path.join(work, "flash.bin"), os.path.join(work, "trace.txt")
        prepare_flash(op, flash_file, prefill)
        sim = Simulator(chip, flash_file, trace_file, transport, stub_impl, usb)
        try:
            argv = tool_argv(tool, chip, sim.url, baud, usb) + operation_argv(tool, op, work)
            started = time.monotonic()
            result = subprocess.run(argv, cwd=work, capture_output=True, text=True,
                                    timeout=COMMAND_TIMEOUT)
            command = time.monotonic() - started
        finally:
            sim.stop()
        output = result.stdout + result.stderr
        if result.returncode != 0:
            raise RuntimeError("%s %s %s %d exited %d:\n%s" % (tool, chip, op, baud,
                                                             result.returncode, output[-3000:]))
        ok, why = verify(op, work, image, prefill)
        if not ok:
            raise RuntimeError("%s %s %s %d: %s" % (tool, chip, op, baud, why))
        window = WINDOWS[op](parse_trace(trace_file))
    return {"tool": tool, "chip": chip, "baud": baud, "op": op, "command_s": command,
            "op_s": operation_seconds(output), "wire_bytes": wire_bytes(window),
            "wire_s": wire_seconds(window, usb), "stub_impl": stub_run(tool, stub_impl),
            "usb": usb}


def stub_run(tool, stub_impl):
    """What espsim ran for the tool's uploaded stub: 'auto' runs the host build of our
    core for our stub only (espsim/cstub.py), its generic model for upstream's."""
    if stub_impl == "auto":
        return "cstub" if tool == "ours" else "generic"
    return stub_impl


def chip_label(row):
    """The chip as the report names it: for SIMULATED_ONLY chips, what ran the stub, over
    what -- never the chip's own figure."""
    if row["chip"] not in SIMULATED_ONLY:
        return row["chip"]
    what = ("the host build of our stub's core" if row.get("stub_impl") == "cstub"
            else "espsim's generic stub model")
    return "%s: %s over espsim's model of its link, not the chip" % (row["chip"], what)


# ------------------------------------------------------------- report

def limit_seconds(row):
    if row["op"] == "erase":
        return CHIP_ERASE_S_PER_MIB * FLASH_SIZE / MIB
    return row["wire_s"]


def ratio(a, b):
    return "%.2f" % (a / b) if a and b else "-"


def fmt(seconds):
    return "%.1f" % seconds if seconds is not None else "-"




def table(results):
    """Markdown table: one row per chip, baud and operation."""
    head = ("| chip | baud | operation | ours cmd s | ours op s | upstream 5.x cmd s "
            "| upstream 5.x op s | wire bytes (ours / up) | limit s | ours op / limit "
            "| ours / upstream (cmd, op) |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    keys = []
    for r in results:
        key = (r["chip"], r["baud"], r["op"])
        if key not in keys:
            keys.append(key)
    for chip, baud, op in keys:
        rows = {r["tool"]: r for r in results if (r["chip"], r["baud"], r["op"]) == (chip, baud, op)}
        ours, up = rows.get("ours"), rows.get("upstream")
        base = ours or up
        limit = limit_seconds(base)
        limit_text = ("%.1f (flash)" % limit) if op == "erase" else "%.2f" % limit
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s, %s |" % (
            chip_label(base), "USB-Serial-JTAG" if base.get("usb") else baud, OP_TITLES[op],
            fmt(ours and ours["command_s"]), fmt(ours and ours["op_s"]),
            fmt(up and up["command_s"]), fmt(up and up["op_s"]),
            ours["wire_bytes"] if ours else "-", up["wire_bytes"] if up else "-",
            limit_text, ratio(ours and ours["op_s"], limit),
            ratio(ours and ours["command_s"], up and up["command_s"]),
            ratio(ours and ours["op_s"], up and up["op_s"])))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chips", default="esp32,esp8266",
                        help="comma-separated, or all: %s" % ",".join(ALL_CHIPS))
    parser.add_argument("--bauds", default="921600,115200")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--tools", default="ours,upstream")
    parser.add_argument("--transport", default="rfc2217", choices=("rfc2217", "socket"),
                        help="socket: espsim --raw and --before no_reset, for both tools "
                             "(pyserial's rfc2217 client sleeps 50 ms per timeout change)")
    parser.add_argument("--stub-impl", default="generic", choices=("generic", "cstub", "auto"),
                        help="espsim's stub: cstub runs our C stub's host build for any "
                             "upload, so use it with --tools ours; auto runs it for our "
                             "stub and the generic model for upstream's")
    parser.add_argument("--usb", action="store_true",
                        help="over the chip's own USB-Serial-JTAG port (ESP32-C3, ESP32-S3)")
    parser.add_argument("--json", help="also write the raw results here")
    args = parser.parse_args()
    if args.usb and set(args.chips.split(",")) - {"esp32c3", "esp32s3"}:
        parser.error("--usb: only esp32c3 and esp32s3 are modelled with their USB port here")
    unknown = set(args.ops.split(",")) - set(OPS)
    if unknown:
        parser.error("unknown --ops %s (choose from %s)" % (",".join(sorted(unknown)), ",".join(OPS)))
    if args.stub_impl in ("cstub", "auto"):     # espsim runs the host build it is given
        subprocess.run(["make", "-s", "-C", os.path.join(ROOT, "flasher_stub"), "host"],
                       check=True)
    firmware = firmware_image()
    images = {"write_random": random_image(), "write_firmware": firmware}
    prefill = random.Random(2).randbytes(FLASH_SIZE)
    print("firmware image: %d bytes, zlib -9 to %d (%.0f %%), sha256 %s..."
          % (len(firmware), len(zlib.compress(firmware, 9)),
             100.0 * len(zlib.compress(firmware, 9)) / len(firmware),
             hashlib.sha256(firmware).hexdigest()[:16]), flush=True)
    results = []
    chips = ALL_CHIPS if args.chips == "all" else args.chips.split(",")
    for chip in chips:
        for baud in (int(b) for b in args.bauds.split(",")):
            for op in args.ops.split(","):
                for tool in args.tools.split(","):
                    row = measure(tool, chip, baud, op, images, prefill, args.transport,
                                  args.stub_impl, args.usb)
                    results.append(row)
                    print("%-8s %-7s %6s %-15s cmd %6.1f s  op %6s s  wire %6.2f s (%d bytes)"
                          % (tool, chip_label(row), "USB" if args.usb else baud, op,
                             row["command_s"], fmt(row["op_s"]),
                             row["wire_s"], row["wire_bytes"]), flush=True)
                    if args.json:
                        with open(args.json, "w") as f:
                            json.dump(results, f, indent=1)
    print()
    print(table(results))


if __name__ == "__main__":
    main()
