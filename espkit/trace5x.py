# GPLv2, see LICENSE.
"""--trace in the 5.x compatibility mode: the lines upstream 5.6 writes (docs/compat.md §7).

The engine traces what it always traced (a command, the SLIP frame written, the
bytes read, as v2.3's one-line `TRACE +t message`); in the mode the tracer
re-says them in 5.x's layout: a blank line and `--- Cmd NAME (0xop) | ... ---`
before each request, `Write N bytes:` / `Read N bytes:` with the bytes as 5.x
lays them out, and `Received full packet:` for each frame the read bytes
complete (the tracer decodes them itself, leniently: a boot log is just bytes).
"""
import string
import sys
import time

import esptool

PREFIX = "  TRACE +%.3f   "
LABEL_WIDTH = 21                  # `Write 46 bytes:` is padded to this, then one space
BYTES_PER_LINE = 16               # longer data: 16 bytes a line, two groups of 8, then ASCII
SHOWN = set(string.printable) - set(string.whitespace) | {" "}


def hex_of(data):
    """Bytes as 5.x's trace shows them: plain lowercase hex up to 16 bytes; longer,
    one indented line per 16 (two groups of 8) with their printable characters."""
    if len(data) <= BYTES_PER_LINE:
        return data.hex()
    lines = []
    for at in range(0, len(data), BYTES_PER_LINE):
        line = data[at:at + BYTES_PER_LINE]
        text = "".join(chr(b) if chr(b) in SHOWN and b < 0x80 else "." for b in line)
        lines.append("\n    %-16s %-16s | %s" % (line[:8].hex(), line[8:].hex(), text))
    return "".join(lines)


def op_name(op):
    try:
        return esptool.Op(op).name
    except ValueError:
        return "UNKNOWN"


class Tracer5x(esptool.Tracer):
    """esptool.Tracer, speaking 5.x's lines (installed by compat.in_the_mode)."""

    def __init__(self, enabled, out=None):
        super().__init__(enabled, out)
        self._request = None          # (op, timeout) of the command whose frame comes next
        self._frames = esptool.SlipDecoder()
        self._frames.lenient = True   # boot logs and stray text between frames: skipped

    def __call__(self, message, *format_args):
        if not self.enabled:
            return
        if message.startswith("command op="):
            self._request = (format_args[0], format_args[2])
        elif message.startswith("Write %d bytes"):
            self.written(bytes.fromhex(format_args[1]))
        elif message.startswith("Read %d bytes"):
            self.read(bytes.fromhex(format_args[1]))
        else:
            self.line(message % format_args)

    def written(self, frame):
        if self._request is not None:
            op, timeout = self._request
            self._request = None
            packet = (esptool.SlipDecoder().feed(frame) or [b""])[0]
            data = packet[8:]
            self.line("--- Cmd %s (%#04x) | data_len %d | wait_response 1 | timeout %.3f | "
                      "data %s ---" % (op_name(op), op, len(data), timeout, hex_of(data)),
                      blank_before=True)
        self.line("%-*s %s" % (LABEL_WIDTH, "Write %d bytes:" % len(frame), hex_of(frame)))

    def read(self, chunk):
        self.line("%-*s %s" % (LABEL_WIDTH, "Read %d bytes:" % len(chunk), hex_of(chunk)))
        try:
            frames = self._frames.feed(chunk)
        except esptool.SlipError:
            frames = []
        for frame in frames:
            self.line("Received full packet: %s" % hex_of(frame))

    def line(self, text, blank_before=False):
        now = time.time()
        delta = 0.0 if self._last is None else now - self._last
        self._last = now
        out = self._out or sys.stdout
        out.write(("\n" if blank_before else "") + PREFIX % delta + text + "\n")
        out.flush()
