#!/usr/bin/env python3
#
# esptool.py - talk to the ROM serial bootloader of ESP8266 and ESP32 chips,
# and build the firmware images those bootloaders load.
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License version 2 as published by
# the Free Software Foundation. See the file LICENSE.
"""Flash and inspect ESP8266 / ESP32 chips over their ROM serial bootloader.

This module is deliberately a single file: SDKs copy it next to pyserial and
run it from there. Read it top to bottom, section by section:

  1. constants and errors      protocol tables, FatalError
  2. small utilities           argument parsing helpers, atomic file writes
  3. transport and SLIP        framing, a pure decoder
  4. ESPLoader                 the ROM command protocol shared by all chips
  5. chip classes              per-chip facts as class attributes, stub variants
  6. ELF and images            ELF reader, firmware image readers/writers
  7. commands                  one function per subcommand
  8. CLI                       argument parser, command table, main()

The offline commands (elf2image, image_info, make_image, version) never need
pyserial; it is imported only when a command opens a port.
"""

import argparse
import enum
import hashlib
import os
import re
import shlex
import struct
import sys
import tempfile
import time
import zlib

__version__ = "2.4.0.dev0"


# ---------------------------------------------------------------------------
# 1. Constants and errors
# ---------------------------------------------------------------------------

ESP_ROM_BAUD = 115200          # every connection starts here (PROTOCOL.md §1)
DEFAULT_PORT = None            # None: try the ports the system lists

# Image header encodings, IMAGE_FORMAT.md §2. They live up here because the
# chip classes of section 5 point their FLASH_SIZES at them; section 6 owns them.
FLASH_MODE_CODES = {"qio": 0, "qout": 1, "dio": 2, "dout": 3}      # header byte 2
FLASH_FREQ_CODES = {"40m": 0x0, "26m": 0x1, "20m": 0x2, "80m": 0xF}  # byte 3, low nibble
# Byte 3, high nibble, already shifted into place.
ESP8266_FLASH_SIZES = {
    "512KB": 0x00, "256KB": 0x10, "1MB": 0x20, "2MB": 0x30, "4MB": 0x40,
    "2MB-c1": 0x50, "4MB-c1": 0x60, "8MB": 0x80, "16MB": 0x90,
}
ESP32_FLASH_SIZES = {"1MB": 0x00, "2MB": 0x10, "4MB": 0x20, "8MB": 0x30, "16MB": 0x40}


class FatalError(RuntimeError):
    """A failure the user must hear about: one line, plus an optional hint.

    Raised anywhere below; caught once in main(), printed as
    'A fatal error occurred: <message>' and turned into exit status 2.
    """

    def __init__(self, message, hint=None):
        super().__init__(message)
        self.hint = hint


class NotImplementedInROMError(FatalError):
    """The connected loader (usually a ROM) lacks the command asked for."""

    def __init__(self, loader, what):
        super().__init__("%s ROM does not support %s" % (loader.CHIP_NAME, what),
                         hint="run without --no-stub so the flasher stub can do it")


# ---------------------------------------------------------------------------
# 2. Small utilities
# ---------------------------------------------------------------------------

def arg_auto_int(text):
    """Parse '0x1000', '4096' or '0o10' the way C would."""
    return int(text, 0)


def write_file_atomically(path, data, mode=None):
    """Write `data` to `path` whole or not at all (temp file + rename)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def import_pyserial():
    """Import pyserial on first use, so offline commands work without it."""
    try:
        import serial  # noqa: F401
        import serial.tools.list_ports  # noqa: F401
    except ImportError:
        raise FatalError("this command talks to a chip and needs pyserial, which is not installed",
                         hint="install it with: python3 -m pip install pyserial")
    return serial


# ---------------------------------------------------------------------------
# 3. Transport and SLIP
# ---------------------------------------------------------------------------

# PROTOCOL.md §2: every packet, both ways, is one SLIP frame.
SLIP_END = 0xC0
SLIP_ESC = 0xDB
SLIP_ESC_END = 0xDC
SLIP_ESC_ESC = 0xDD

# Text a crashing program prints; seen between frames it explains a failure
# better than "invalid head of packet" (PROTOCOL.md §2, modern advice).
CRASH_MARKERS = (b"Guru Meditation Error", b"Fatal exception")
# What the ROMs print when they start (PROTOCOL.md §6.7): seen mid-command, the
# chip was reset (power, watchdog, a loose EN wire).
BOOT_LOG_MARKERS = (b"rst:0x", b"rst cause:", b"ets Jun  8 2016", b"ets Jan  8 2013")


def slip_encode(payload):
    """One SLIP frame around `payload` (escape 0xDB before 0xC0, §2)."""
    escaped = payload.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc")
    return b"\xc0" + escaped + b"\xc0"


class SlipError(FatalError):
    """The bytes on the line are not SLIP frames."""


class SlipDecoder:
    """A pure SLIP decoder: feed it bytes, it returns the complete frames.

    Strict like the ROM protocol expects (§2): outside a frame only 0xC0 may
    arrive; anything else is a SlipError carrying the stray bytes, so the
    caller can tell a boot log or a crash message from line noise. Frames
    completed before the bad byte are still returned; the error is raised
    by the next feed() (the rest of the bad chunk is dropped), so a reply
    followed by the text of a program it started is not lost.
    """

    def __init__(self):
        self.reset()

    def reset(self):
        self._frame = None        # None: between frames
        self._in_escape = False
        self._error = None

    @property
    def in_frame(self):
        return self._frame is not None

    def feed(self, data):
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        data = bytes(data)
        frames = []
        for i, b in enumerate(data):
            try:
                frame = self._take(b, data, i)
            except SlipError as error:
                self.reset()
                if not frames:
                    raise
                self._error = error
                break
            if frame is not None:
                frames.append(frame)
        return frames

    def _take(self, b, data, i):
        """One byte in; a finished frame out, or None."""
        if self._frame is None:
            if b != SLIP_END:
                raise SlipError(describe_stray_bytes(data[i:]))
            self._frame = bytearray()
        elif self._in_escape:
            self._in_escape = False
            if b not in (SLIP_ESC_END, SLIP_ESC_ESC):
                raise SlipError("Invalid SLIP escape (0xdb 0x%02x)" % b)
            self._frame.append(SLIP_END if b == SLIP_ESC_END else SLIP_ESC)
        elif b == SLIP_ESC:
            self._in_escape = True
        elif b == SLIP_END:
            frame, self._frame = bytes(self._frame), None
            return frame
        else:
            self._frame.append(b)
        return None


def describe_stray_bytes(stray):
    for marker in CRASH_MARKERS:
        if marker in stray:
            return ("The program on the chip crashed (%s): %r"
                    % (marker.decode(), stray[:200]))
    for marker in BOOT_LOG_MARKERS:
        if marker in stray:
            return "The chip reset: it printed its boot log instead of a reply (%r)" % stray[:80]
    return "Invalid head of packet (%r)" % stray[:32]


class Tracer:
    """--trace: every packet both ways, with the time since the previous line."""

    def __init__(self, enabled, out=None):
        self.enabled = enabled
        self._out = out
        self._last = None

    def __call__(self, message, *format_args):
        if not self.enabled:
            return
        now = time.time()
        delta = 0.0 if self._last is None else now - self._last
        self._last = now
        out = self._out or sys.stdout
        out.write("TRACE +%.3f %s\n" % (delta, message % format_args))
        out.flush()


# How long one serial read may block; read_frame() keeps its own deadline.
POLL_INTERVAL = 0.02


class SlipPort:
    """A serial port carrying SLIP frames: write frames, read frames.

    `read_frame(timeout)` gives up when the line stays silent for `timeout`
    seconds (an idle timeout per read, as the ROM protocol's timeouts are
    meant, PROTOCOL.md §15).
    """

    def __init__(self, serial_port, tracer):
        self.serial = serial_port
        self.trace = tracer
        self._decoder = SlipDecoder()
        self._frames = []

    def write_frame(self, payload):
        frame = slip_encode(payload)
        self.trace("Write %d bytes: %s", len(frame), hexify(frame))
        self.serial.write(frame)

    def read_frame(self, timeout):
        """The next frame; FatalError if the line stays silent for `timeout` s."""
        if self.serial.timeout != POLL_INTERVAL:
            # Set once: over rfc2217:// each change renegotiates the port (~0.1 s).
            self.serial.timeout = POLL_INTERVAL
        deadline = time.monotonic() + timeout
        while not self._frames:
            chunk = self.serial.read(self.serial.in_waiting or 1)
            if chunk:
                self.trace("Read %d bytes: %s", len(chunk), hexify(chunk))
                self._frames.extend(self._decoder.feed(chunk))
                deadline = time.monotonic() + timeout
            elif time.monotonic() >= deadline:
                what = "content" if self._decoder.in_frame else "header"
                self.trace("Timed out waiting for packet %s", what)
                raise FatalError("Timed out waiting for packet %s" % what)
        return self._frames.pop(0)

    def flush_input(self):
        """Forget everything received so far (boot logs, stale replies)."""
        self.serial.reset_input_buffer()
        self._decoder.reset()
        self._frames = []

    def drain_input(self, settle=0.0):
        """Read and return whatever is waiting, after `settle` seconds."""
        if settle:
            time.sleep(settle)
        waiting = self.serial.in_waiting
        data = self.serial.read(waiting) if waiting else b""
        self._decoder.reset()
        self._frames = []
        return data


def hexify(data):
    return "".join("%02x" % b for b in bytearray(data))


# ---------------------------------------------------------------------------
# 4. ESPLoader: the ROM command protocol
# ---------------------------------------------------------------------------

class Op(enum.IntEnum):
    """Command opcodes (PROTOCOL.md §5.1)."""
    FLASH_BEGIN = 0x02
    FLASH_DATA = 0x03
    FLASH_END = 0x04
    MEM_BEGIN = 0x05
    MEM_END = 0x06
    MEM_DATA = 0x07
    SYNC = 0x08
    WRITE_REG = 0x09
    READ_REG = 0x0A
    SPI_SET_PARAMS = 0x0B
    SPI_ATTACH = 0x0D
    READ_FLASH_SLOW = 0x0E
    CHANGE_BAUDRATE = 0x0F
    FLASH_DEFL_BEGIN = 0x10
    FLASH_DEFL_DATA = 0x11
    FLASH_DEFL_END = 0x12
    SPI_FLASH_MD5 = 0x13
    ERASE_FLASH = 0xD0
    ERASE_REGION = 0xD1
    READ_FLASH = 0xD2
    RUN_USER_CODE = 0xD3


# Timeouts in seconds (PROTOCOL.md §15). A command's timeout bounds each wait
# for the next byte, not the whole exchange.
DEFAULT_TIMEOUT = 3.0
SYNC_TIMEOUT = 0.1
CHIP_ERASE_TIMEOUT = 120.0
MAX_TIMEOUT = 240.0
MD5_TIMEOUT_PER_MB = 8.0
ERASE_TIMEOUT_PER_MB = 40.0       # v2.3.1 used 30; real 4 MB chips need more
ROM_MEM_END_TIMEOUT = 0.2          # §5.4: the ROM may jump before it answers

SYNC_PAYLOAD = b"\x07\x07\x12\x20" + 32 * b"\x55"    # §5.2
SYNC_EXTRA_REPLIES = 7             # a ROM answers each SYNC 8 times
MAX_STRAY_FRAMES = 100             # §4.5
DEFAULT_CONNECT_ATTEMPTS = 7       # resets tried, alternating the §6.3 variants

# Status byte 1 when byte 0 == 1, from a ROM (§4.2).
ROM_ERRORS = {
    0x00: "undefined error", 0x01: "invalid input parameter", 0x02: "out of memory",
    0x03: "failed to send message", 0x04: "failed to receive message",
    0x05: "malformed or unsupported request", 0x06: "operation failed",
    0x07: "checksum mismatch", 0x08: "flash write failed", 0x09: "flash read failed",
    0x0A: "bad flash read length", 0x0B: "inflate failed", 0x0C: "inflate Adler-32 mismatch",
    0x0D: "inflate parameter error", 0x0E: "bad RAM download size",
    0x0F: "bad RAM download address",
}
# Status byte 0, from a flasher stub (§4.3).
STUB_ERRORS = {
    0x01: "failure", 0xC0: "bad data length", 0xC1: "bad data checksum",
    0xC2: "bad block size", 0xC3: "invalid command", 0xC4: "SPI flash operation failed",
    0xC5: "SPI flash unlock failed", 0xC6: "not in flash mode", 0xC7: "inflate error",
    0xC8: "not enough data", 0xC9: "too much data", 0xFF: "command not implemented",
}

# SPI flash opcodes (PROTOCOL.md §8) and the capacity byte of RDID -> size.
SPIFLASH_RDID = 0x9F
SPIFLASH_READ = 0x03
SPIFLASH_RDSR = (0x05, 0x35, 0x15)
SPIFLASH_WRSR = (0x01, 0x31, 0x11)
SPIFLASH_WREN = 0x06
SPIFLASH_WEVSR = 0x50
SPIFLASH_WRDI = 0x04
DETECTED_FLASH_SIZES = {0x12: "256KB", 0x13: "512KB", 0x14: "1MB", 0x15: "2MB",
                        0x16: "4MB", 0x17: "8MB", 0x18: "16MB"}

# Bits of the SPI controller's user-command registers (§8.1).
SPI_USR_COMMAND = 1 << 31
SPI_USR_ADDR = 1 << 30
SPI_USR_MISO = 1 << 28
SPI_USR_MOSI = 1 << 27
SPI_CMD_USR = 1 << 18
SPI_USR2_DLEN_SHIFT = 28
SPI_CMD_POLLS = 10

CONNECT_HINT = ("check that this is the right port; that the chip is in download mode "
                "(hold BOOT/GPIO0 low while it resets, or let DTR/RTS do it: are they "
                "wired?); that nothing else runs on the chip if you used --before "
                "no_reset; and that the board has power")


def timeout_per_mb(seconds_per_mb, size):
    """§15: scale with the amount of flash touched, never below the default."""
    return min(MAX_TIMEOUT, max(DEFAULT_TIMEOUT, seconds_per_mb * size / 1e6))


def div_roundup(a, b):
    return (a + b - 1) // b


def flash_size_bytes(name):
    """'4MB' -> 4194304, '512KB' -> 524288, '2MB-c1' -> 2097152."""
    number = name.split("-")[0]
    if number.endswith("MB"):
        return int(number[:-2]) * 1024 * 1024
    if number.endswith("KB"):
        return int(number[:-2]) * 1024
    raise FatalError("unknown flash size %s" % name)


def describe_status(status, is_stub):
    code = status[0] if is_stub else status[1] if len(status) > 1 else 0
    table = STUB_ERRORS if is_stub else ROM_ERRORS
    return table.get(code, "unknown error 0x%02x" % code)


def open_serial_port(port, baud):
    """Open a device path or any pyserial URL, lines released, at `baud`."""
    serial = import_pyserial()
    register_espsim_urls(serial)
    try:
        # Exclusive so a second tool on the same port fails now, not mid-write.
        exclusive = {} if "://" in port else {"exclusive": True}
        link = serial.serial_for_url(port, do_not_open=True, **exclusive)
        # §1: a board with RTS wired straight to EN stays in reset while
        # both lines are asserted, which is what opening does by default.
        link.dtr = False
        link.rts = False
        link.open()
    except (serial.SerialException, OSError, ValueError) as e:
        text = str(e)
        if "could not open port" not in text.lower():
            text = "could not open port %s: %s" % (port, text)
        raise FatalError(text,
                         hint="check the port name; is another program (a serial "
                              "monitor?) using it?")
    set_port_baudrate(link, baud)
    return link


def set_port_baudrate(link, baud):
    # Set apart from opening: some CH341 drivers open at 9600 (§1).
    try:
        link.baudrate = baud
    except (IOError, ValueError) as e:
        raise FatalError("failed to set baud rate %d: %s" % (baud, e),
                         hint="the serial driver may not support this rate")


def register_espsim_urls(serial):
    """Let --port take espsim:// URLs when the simulator is installed."""
    try:
        import espsim  # noqa: F401
    except ImportError:
        return
    if "espsim" not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append("espsim")


class ESPLoader:
    """The serial protocol the ROM loaders of both chips speak.

    A chip class (section 5) fills in the per-chip facts. Instances are made
    with `ESPLoader.detect_chip(...)` or `ChipClass(port)` + `connect()`.
    """

    CHIP_NAME = "Espressif device"
    IS_STUB = False
    STATUS_BYTES_LENGTH = 2
    FLASH_WRITE_SIZE = 0x400            # ROM data block (§5.5)
    RAM_BLOCK_SIZE = 0x1800             # MEM_DATA block (§5.4)
    FLASH_SECTOR_SIZE = 0x1000
    CHIP_DETECT_MAGIC_REG_ADDR = 0x40001000   # §7.1
    SUPPORTS_COMPRESSED = False
    ROM_LACKS = frozenset()

    def __init__(self, port, baud=ESP_ROM_BAUD, trace_enabled=False):
        """`port`: a device path or URL, an open pyserial port, or a SlipPort."""
        if isinstance(port, SlipPort):
            self._link = port
        else:
            if isinstance(port, str):
                port = open_serial_port(port, baud)
            self._link = SlipPort(port, Tracer(trace_enabled))
        self.boot_log = b""

    # -- transport ---------------------------------------------------------

    @property
    def serial(self):
        return self._link.serial

    def close(self):
        self._link.serial.close()

    def trace(self, message, *args):
        self._link.trace(message, *args)

    def flush_input(self):
        self._link.flush_input()

    def command(self, op=None, data=b"", chk=0, timeout=DEFAULT_TIMEOUT):
        """Send one command (unless op is None) and return (value, data) of its reply.

        Frames that are not a reply to `op` are skipped (extra SYNC replies,
        a stub's greeting, §4.5).
        """
        if op is not None:
            self.trace("command op=0x%02x data len=%d timeout=%.3f", op, len(data), timeout)
            self._link.write_frame(struct.pack("<BBHI", 0, op, len(data), chk) + data)
        for _ in range(MAX_STRAY_FRAMES):
            frame = self._link.read_frame(min(timeout, MAX_TIMEOUT))
            if len(frame) < 8:
                continue
            direction, reply_op, _, value = struct.unpack("<BBHI", frame[:8])
            if direction != 1:
                continue
            if op is None or reply_op == op:
                return value, frame[8:]
        raise FatalError("Response doesn't match request")

    def check_command(self, what, op, data=b"", chk=0, timeout=DEFAULT_TIMEOUT):
        """command() and check its status bytes (§4.4): the result data or value."""
        value, reply = self.command(op, data, chk, timeout)
        n = self.STATUS_BYTES_LENGTH
        if len(reply) < n:
            raise FatalError("Failed to %s. Only got %d byte status response." % (what, len(reply)))
        status = reply[-n:]
        if status[0] != 0:
            raise FatalError("Failed to %s (result was %s: %s)"
                             % (what, hexify(status), describe_status(status, self.IS_STUB)))
        return reply[:-n] if len(reply) > n else value

    def require(self, op, what):
        """Refuse host-side what this loader lacks (§5.1), naming the command."""
        if op in self.ROM_LACKS:
            raise NotImplementedInROMError(self, what)

    # -- connecting (§6) ---------------------------------------------------

    def sync(self):
        self.command(Op.SYNC, SYNC_PAYLOAD, timeout=SYNC_TIMEOUT)
        for _ in range(SYNC_EXTRA_REPLIES):
            self.command()

    def reset_into_bootloader(self, esp32r0_delay):
        """§6.2: EN low, then release it with GPIO0 low (DTR=GPIO0, RTS=EN)."""
        port = self.serial
        port.dtr = False
        port.rts = True
        time.sleep(0.1)
        if esp32r0_delay:
            time.sleep(1.2)   # §6.3: hold EN low longer for the rev0 watchdog bug
        port.dtr = True
        port.rts = False
        if esp32r0_delay:
            time.sleep(0.4)
        time.sleep(0.05)
        port.dtr = False

    def _connect_attempt(self, mode, esp32r0_delay):
        if mode == "default_reset":
            self.reset_into_bootloader(esp32r0_delay)
            self.boot_log += self._link.drain_input(settle=0.05)
        last_error = None
        for _ in range(5):
            try:
                self.flush_input()
                self.serial.reset_output_buffer()
                self.sync()
                return None
            except FatalError as e:
                print("_" if esp32r0_delay else ".", end="", flush=True)
                time.sleep(0.05)
                last_error = e
        return last_error

    def connect(self, mode="default_reset", attempts=DEFAULT_CONNECT_ATTEMPTS):
        """Reset (unless mode is no_reset) and sync; FatalError when it never answers."""
        print("Connecting...", end="", flush=True)
        last_error = None
        try:
            attempt = 0
            while attempts <= 0 or attempt < attempts:
                last_error = self._connect_attempt(mode, esp32r0_delay=attempt % 2 == 1)
                if last_error is None:
                    return
                attempt += 1
        finally:
            print("")
        raise FatalError("Failed to connect to %s: %s" % (self.CHIP_NAME, last_error),
                         hint=diagnose_boot_log(self.boot_log) or CONNECT_HINT)

    @staticmethod
    def detect_chip(port, baud=ESP_ROM_BAUD, connect_mode="default_reset",
                    trace_enabled=False, connect_attempts=DEFAULT_CONNECT_ATTEMPTS,
                    expected=None):
        """Connect to whatever answers on `port` and return its chip object.

        `expected` (a chip class) names the chip the user asked for: the
        connection messages use its name and a different chip is an error.
        """
        loader = (expected or ESPLoader)(port, baud, trace_enabled)
        try:
            loader.connect(connect_mode, connect_attempts)
            chip_class = loader.identify_chip(expected)
        except BaseException:
            loader.close()
            raise
        chip = chip_class(loader._link)
        chip.boot_log = loader.boot_log
        return chip

    def identify_chip(self, expected):
        if expected is None:
            print("Detecting chip type...", end="", flush=True)
        magic = self.read_reg(self.CHIP_DETECT_MAGIC_REG_ADDR)
        found = next((c for c in CHIPS.values() if c.CHIP_DETECT_MAGIC_VALUE == magic), None)
        if expected is None:
            if found is None:
                print("")
                raise FatalError("Unexpected chip magic value 0x%08x. "
                                 "Failed to autodetect chip type." % magic)
            print(" %s" % found.CHIP_NAME)
            return found
        if found is None:
            print("WARNING: unexpected chip magic value 0x%08x; going on as %s"
                  % (magic, expected.CHIP_NAME))
            return expected
        if found is not expected:
            raise FatalError("This chip is %s, not %s." % (found.CHIP_NAME, expected.CHIP_NAME),
                             hint="use --chip %s, or --chip auto" % found.CHIP_NAME.lower())
        return expected

    # -- memory (§5.3, §5.4) -----------------------------------------------

    def read_reg(self, addr):
        # Only byte 0 is checked: this runs before the status length is known (§4.4).
        value, data = self.command(Op.READ_REG, struct.pack("<I", addr))
        if not data or data[0] != 0:
            raise FatalError("Failed to read register address %08x (result was %s)"
                             % (addr, hexify(data)))
        return value

    def write_reg(self, addr, value, mask=0xFFFFFFFF, delay_us=0):
        return self.check_command("write target memory", Op.WRITE_REG,
                                  struct.pack("<IIII", addr, value, mask, delay_us))

    def mem_begin(self, size, blocks, blocksize, offset):
        return self.check_command("enter RAM download mode", Op.MEM_BEGIN,
                                  struct.pack("<IIII", size, blocks, blocksize, offset))

    def mem_block(self, data, seq):
        return self.check_command("write to target RAM", Op.MEM_DATA,
                                  struct.pack("<IIII", len(data), seq, 0, 0) + data,
                                  xor_checksum(data))

    def mem_finish(self, entrypoint=0):
        """MEM_END; word 0 is 'do not run' (§5.4).

        A ROM may jump into the new code before its reply has left the UART,
        so a lost reply after starting code is not an error.
        """
        data = struct.pack("<II", int(entrypoint == 0), entrypoint)
        if self.IS_STUB or entrypoint == 0:
            return self.check_command("leave RAM download mode", Op.MEM_END, data)
        try:
            self.check_command("leave RAM download mode", Op.MEM_END, data,
                               timeout=ROM_MEM_END_TIMEOUT)
        except FatalError as e:
            self.trace("ignoring MEM_END reply: %s", e)

    def load_segments(self, segments, entrypoint, report=None):
        """Load (address, data) segments into RAM, then start `entrypoint`."""
        for address, data in segments:
            if report:
                report(address, len(data))
            blocks = div_roundup(len(data), self.RAM_BLOCK_SIZE)
            self.mem_begin(len(data), blocks, self.RAM_BLOCK_SIZE, address)
            for seq in range(blocks):
                start = seq * self.RAM_BLOCK_SIZE
                self.mem_block(data[start:start + self.RAM_BLOCK_SIZE], seq)
        self.mem_finish(entrypoint)

    # -- flash download (§5.5, §5.6, §11) ------------------------------------

    def flash_erase_size(self, offset, size):
        """FLASH_BEGIN word 0; ESP8266 ROM overrides it (§11.4)."""
        return size

    def flash_begin(self, size, offset):
        """Open a flash download; a ROM erases the region first. Returns the block count."""
        num_blocks = div_roundup(size, self.FLASH_WRITE_SIZE)
        erase_size = self.flash_erase_size(offset, size)
        timeout = DEFAULT_TIMEOUT if self.IS_STUB else timeout_per_mb(ERASE_TIMEOUT_PER_MB, size)
        self.check_command("enter Flash download mode", Op.FLASH_BEGIN,
                           struct.pack("<IIII", erase_size, num_blocks, self.FLASH_WRITE_SIZE,
                                       offset), timeout=timeout)
        return num_blocks

    def flash_block(self, data, seq, timeout=DEFAULT_TIMEOUT):
        self.check_command("write to target Flash after seq %d" % seq, Op.FLASH_DATA,
                           struct.pack("<IIII", len(data), seq, 0, 0) + data,
                           xor_checksum(data), timeout=timeout)

    def flash_finish(self, reboot=False):
        self.check_command("leave Flash mode", Op.FLASH_END, struct.pack("<I", int(not reboot)))

    def flash_defl_begin(self, size, compsize, offset):
        self.require(Op.FLASH_DEFL_BEGIN, "compressed flash download")
        num_blocks = div_roundup(compsize, self.FLASH_WRITE_SIZE)
        if self.IS_STUB:
            write_size, timeout = size, DEFAULT_TIMEOUT
        else:
            # The ROM erases whole 1 KiB blocks up front (§5.6).
            write_size = div_roundup(size, self.FLASH_WRITE_SIZE) * self.FLASH_WRITE_SIZE
            timeout = timeout_per_mb(ERASE_TIMEOUT_PER_MB, write_size)
        self.check_command("enter compressed flash mode", Op.FLASH_DEFL_BEGIN,
                           struct.pack("<IIII", write_size, num_blocks, self.FLASH_WRITE_SIZE,
                                       offset), timeout=timeout)
        return num_blocks

    def flash_defl_block(self, data, seq, timeout=DEFAULT_TIMEOUT):
        self.check_command("write compressed data to flash after seq %d" % seq,
                           Op.FLASH_DEFL_DATA,
                           struct.pack("<IIII", len(data), seq, 0, 0) + data,
                           xor_checksum(data), timeout=timeout)

    def flash_md5sum(self, addr, size):
        """MD5 of a flash range as lowercase hex, computed by the chip (§5.10)."""
        self.require(Op.SPI_FLASH_MD5, "MD5 of flash")
        result = self.check_command("calculate md5sum", Op.SPI_FLASH_MD5,
                                    struct.pack("<IIII", addr, size, 0, 0),
                                    timeout=timeout_per_mb(MD5_TIMEOUT_PER_MB, size))
        if isinstance(result, bytes) and len(result) == 32:
            return result.decode("ascii").lower()
        if isinstance(result, bytes) and len(result) == 16:
            return hexify(result)
        raise FatalError("MD5Sum command returned unexpected result: %r" % (result,))

    def run(self, reboot=False):
        """ROM: FLASH_BEGIN(0, 0) + FLASH_END(1) runs the firmware in flash (§9)."""
        self.flash_begin(0, 0)
        self.flash_finish(reboot)

    # -- SPI flash set-up (§5.7, §5.8) -------------------------------------

    def flash_spi_attach(self, config):
        self.require(Op.SPI_ATTACH, "SPI_ATTACH")
        data = struct.pack("<I", config)
        if not self.IS_STUB:
            data += struct.pack("BBBB", 0, 0, 0, 0)   # ROM32: 'is legacy' + reserved
        self.check_command("configure SPI flash pins", Op.SPI_ATTACH, data)

    def flash_set_parameters(self, size):
        self.check_command("set SPI params", Op.SPI_SET_PARAMS,
                           struct.pack("<IIIIII", 0, size, 0x10000, 0x1000, 0x100, 0xFFFF))

    def change_baud(self, baud):
        self.require(Op.CHANGE_BAUDRATE, "changing the baud rate")
        print("Changing baud rate to %d" % baud)
        old = self.serial.baudrate if self.IS_STUB else 0
        self.command(Op.CHANGE_BAUDRATE, struct.pack("<II", self.baud_word(baud), old))
        print("Changed.")
        set_port_baudrate(self.serial, baud)
        time.sleep(0.05)    # the switch leaves noise on the line (Appendix A.3)
        self.flush_input()

    def baud_word(self, baud):
        return baud

    # -- SPI flash commands through the controller's registers (§8) ----------

    def spi_reg(self, offset):
        return self.SPI_REG_BASE + offset

    def run_spiflash_command(self, opcode, data=b"", read_bits=0, addr=None, addr_bits=24):
        """Run one SPI flash command by hand: send `opcode` [+ address] [+ `data`],
        read back `read_bits` (<= 32) bits as a number."""
        if read_bits > 32:
            raise FatalError("Reading more than 32 bits back from a SPI flash operation "
                             "is unsupported")
        if len(data) > 64:
            raise FatalError("Writing more than 64 bytes of data with one SPI command "
                             "is unsupported")
        saved = self.read_reg(self.spi_reg(0x1C)), self.read_reg(self.spi_reg(0x24))
        self.setup_spi_user_command(opcode, len(data) * 8, read_bits, addr, addr_bits)
        if data:
            words = pad_to(data, 4, b"\x00")
            for i in range(0, len(words), 4):
                self.write_reg(self.spi_reg(self.SPI_W0_OFFS) + i,
                               struct.unpack("<I", words[i:i + 4])[0])
        else:
            self.write_reg(self.spi_reg(self.SPI_W0_OFFS), 0)
        self.start_spi_command()
        result = self.read_reg(self.spi_reg(self.SPI_W0_OFFS))
        self.write_reg(self.spi_reg(0x1C), saved[0])
        self.write_reg(self.spi_reg(0x24), saved[1])
        return result

    def setup_spi_user_command(self, opcode, mosi_bits, miso_bits, addr=None, addr_bits=24):
        flags = SPI_USR_COMMAND
        if miso_bits:
            flags |= SPI_USR_MISO
        if mosi_bits:
            flags |= SPI_USR_MOSI
        if addr is not None:
            flags |= SPI_USR_ADDR
        self.set_spi_data_lengths(mosi_bits, miso_bits, addr_bits if addr is not None else 0)
        self.write_reg(self.spi_reg(0x1C), flags)
        self.write_reg(self.spi_reg(0x24), (7 << SPI_USR2_DLEN_SHIFT) | opcode)

    def start_spi_command(self, addr=None, addr_bits=24):
        if addr is not None:
            if self.SPI_ADDR_REG_MSB:
                addr <<= 32 - addr_bits    # ESP32 sends the address from the top bits
            self.write_reg(self.spi_reg(0x04), addr)
        self.write_reg(self.spi_reg(0x00), SPI_CMD_USR)
        for _ in range(SPI_CMD_POLLS):
            if self.read_reg(self.spi_reg(0x00)) & SPI_CMD_USR == 0:
                return
        raise FatalError("SPI command did not complete in time")

    def flash_id(self):
        return self.run_spiflash_command(SPIFLASH_RDID, read_bits=24)

    def read_status(self, num_bytes=2):
        status = 0
        for i, opcode in enumerate(SPIFLASH_RDSR[:num_bytes]):
            status |= self.run_spiflash_command(opcode, read_bits=8) << (8 * i)
        return status

    def write_status(self, value, num_bytes=2, non_volatile=False):
        """§8.4: a 16-bit WRSR for chips that take it, then one byte per register."""
        enable = SPIFLASH_WREN if non_volatile else SPIFLASH_WEVSR
        if num_bytes == 2:
            self.run_spiflash_command(enable)
            self.run_spiflash_command(SPIFLASH_WRSR[0], struct.pack("<H", value))
        for opcode in SPIFLASH_WRSR[:num_bytes]:
            self.run_spiflash_command(enable)
            self.run_spiflash_command(opcode, struct.pack("B", value & 0xFF))
            value >>= 8
        self.run_spiflash_command(SPIFLASH_WRDI)

    # -- reading flash without a stub ---------------------------------------

    def read_flash(self, offset, length, progress=None):
        """Read flash the way this loader can; chip classes say how (section 5)."""
        data = bytearray()
        for chunk_offset, chunk_len in chunked(offset, length, self.ROM_READ_CHUNK):
            data += self.read_flash_chunk(chunk_offset, chunk_len)
            if progress:
                progress(len(data), length)
        return bytes(data)

    def read_flash_via_spi_registers(self, offset, length):
        """Up to 64 bytes with a READ (0x03) user command: the only way into flash
        an ESP8266 ROM offers besides writing it (§8.2 with address phase)."""
        saved = self.read_reg(self.spi_reg(0x1C)), self.read_reg(self.spi_reg(0x24))
        self.setup_spi_user_command(SPIFLASH_READ, 0, length * 8, addr=offset)
        self.start_spi_command(addr=offset)
        words = [self.read_reg(self.spi_reg(self.SPI_W0_OFFS) + 4 * i)
                 for i in range(div_roundup(length, 4))]
        self.write_reg(self.spi_reg(0x1C), saved[0])
        self.write_reg(self.spi_reg(0x24), saved[1])
        return struct.pack("<%dI" % len(words), *words)[:length]

    def flash_md5_by_reading(self, addr, size, progress=None):
        """MD5 for loaders without SPI_FLASH_MD5: read the range and hash it here."""
        return hashlib.md5(self.read_flash(addr, size, progress)).hexdigest()

    def flash_digest(self, addr, size):
        if Op.SPI_FLASH_MD5 in self.ROM_LACKS:
            return self.flash_md5_by_reading(addr, size)
        return self.flash_md5sum(addr, size)

    # -- erasing without a stub ---------------------------------------------

    def erase_region(self, offset, size):
        if offset % self.FLASH_SECTOR_SIZE or size % self.FLASH_SECTOR_SIZE:
            raise FatalError("Offset and size to erase must be multiples of 4096 "
                             "(got offset 0x%x, size 0x%x)" % (offset, size))
        self.check_rom_erase(offset, size)
        # A ROM erases the whole region when a download begins (§5.5); the
        # download is then simply never continued.
        self.flash_begin(size, offset)

    def check_rom_erase(self, offset, size):
        pass

    # -- leaving (§16) -------------------------------------------------------

    def hard_reset(self):
        self.serial.rts = True    # EN low
        time.sleep(0.1)
        self.serial.rts = False

    def soft_reset(self, stay_in_bootloader):
        if stay_in_bootloader:
            return    # a ROM loader is the bootloader
        self.flash_begin(0, 0)
        self.flash_finish(False)


def chunked(offset, length, size):
    """(offset, length) pieces of at most `size` bytes covering a range."""
    end = offset + length
    while offset < end:
        yield offset, min(size, end - offset)
        offset += size


def diagnose_boot_log(log):
    """§6.7: what the ROM printed after reset says why sync failed, if it printed."""
    match = re.search(rb"boot:(0x[0-9a-fA-F]+)(.*waiting for download)?", log, re.DOTALL)
    if not match:
        return None
    if match.group(2):
        return ("the chip printed that it is waiting for download, but its replies do "
                "not reach this computer: check the chip's TX line")
    return ("the chip booted in mode %s, not in download mode: hold GPIO0 low during "
            "reset (and GPIO2 low or floating)" % match.group(1).decode())


# ---------------------------------------------------------------------------
# 5. Chip classes
# ---------------------------------------------------------------------------

class ESP8266ROM(ESPLoader):
    """ESP8266 (and ESP8285) mask-ROM loader."""

    CHIP_NAME = "ESP8266"
    CHIP_DETECT_MAGIC_VALUE = 0xFFF0C101
    STATUS_BYTES_LENGTH = 2
    BOOTLOADER_FLASH_OFFSET = 0x0
    SUPPORTS_COMPRESSED = False
    # §5.1: this ROM implements exactly opcodes 0x02-0x0A.
    ROM_LACKS = frozenset(op for op in Op if not Op.FLASH_BEGIN <= op <= Op.READ_REG)

    # OTP words holding MAC and chip ID (§7.2).
    ESP_OTP_MAC0 = 0x3FF00050
    ESP_OTP_MAC1 = 0x3FF00054
    ESP_OTP_W2 = 0x3FF00058
    ESP_OTP_MAC3 = 0x3FF0005C

    SPI_REG_BASE = 0x60000200      # SPI0 (§8.1)
    SPI_W0_OFFS = 0x40
    SPI_ADDR_REG_MSB = False       # the address sits in ADDR's low bits (as modern upstream)
    ROM_READ_CHUNK = 64            # the SPI data buffer: 16 words

    FLASH_SIZES = ESP8266_FLASH_SIZES

    def otp_words(self):
        return [self.read_reg(a) for a in (self.ESP_OTP_MAC0, self.ESP_OTP_MAC1,
                                           self.ESP_OTP_W2, self.ESP_OTP_MAC3)]

    def get_chip_description(self):
        mac0, mac1, w2, mac3 = self.otp_words()
        efuses = mac3 << 96 | w2 << 64 | mac1 << 32 | mac0
        return "ESP8285" if efuses & (1 << 4 | 1 << 80) else "ESP8266EX"

    def get_chip_features(self):
        features = ["WiFi"]
        if self.get_chip_description() == "ESP8285":
            features.append("Embedded Flash")
        return features

    def chip_id(self):
        mac0, mac1 = self.read_reg(self.ESP_OTP_MAC0), self.read_reg(self.ESP_OTP_MAC1)
        return (mac0 >> 24) | ((mac1 & 0xFFFFFF) << 8)

    def read_mac(self):
        mac0 = self.read_reg(self.ESP_OTP_MAC0)
        mac1 = self.read_reg(self.ESP_OTP_MAC1)
        mac3 = self.read_reg(self.ESP_OTP_MAC3)
        if mac3 != 0:
            oui = ((mac3 >> 16) & 0xFF, (mac3 >> 8) & 0xFF, mac3 & 0xFF)
        elif (mac1 >> 16) & 0xFF == 0:
            oui = (0x18, 0xFE, 0x34)
        elif (mac1 >> 16) & 0xFF == 1:
            oui = (0xAC, 0xD0, 0x74)
        else:
            raise FatalError("Unknown OUI")
        return oui + ((mac1 >> 8) & 0xFF, mac1 & 0xFF, (mac0 >> 24) & 0xFF)

    def flash_erase_size(self, offset, size):
        """§11.4: this ROM erases min(H, E) + E sectors when asked for E, H being
        the sectors up to the next 64 KiB boundary; ask for what makes it right."""
        sectors = div_roundup(size, self.FLASH_SECTOR_SIZE)
        head = min(16 - (offset // self.FLASH_SECTOR_SIZE) % 16, sectors)
        if sectors < 2 * head:
            return div_roundup(sectors, 2) * self.FLASH_SECTOR_SIZE
        return (sectors - head) * self.FLASH_SECTOR_SIZE

    def check_rom_erase(self, offset, size):
        sectors = size // self.FLASH_SECTOR_SIZE
        head = min(16 - (offset // self.FLASH_SECTOR_SIZE) % 16, sectors)
        if sectors < 2 * head and sectors % 2:
            raise FatalError("the ESP8266 ROM cannot erase exactly %d sectors at 0x%x (it "
                             "would erase the sector after the region too)" % (sectors, offset),
                             hint="erase an even number of sectors, or run without --no-stub")

    def flash_spi_attach(self, config):
        # §5.7: no SPI_ATTACH here; an empty FLASH_BEGIN attaches the flash.
        self.flash_begin(0, 0)

    def flash_set_parameters(self, size):
        pass    # §5.8: the ESP8266 ROM has no SPI_SET_PARAMS and does not need it

    def set_spi_data_lengths(self, mosi_bits, miso_bits, addr_bits):
        # One register, USR1, holds all bit lengths on this SPI controller (§8.2).
        value = (((miso_bits - 1) if miso_bits else 0) << 8
                 | ((mosi_bits - 1) if mosi_bits else 0) << 17)
        if addr_bits:
            value |= (addr_bits - 1) << 26
        self.write_reg(self.spi_reg(0x20), value)

    def read_flash_chunk(self, offset, length):
        return self.read_flash_via_spi_registers(offset, length)


class ESP32ROM(ESPLoader):
    """ESP32 mask-ROM loader."""

    CHIP_NAME = "ESP32"
    CHIP_DETECT_MAGIC_VALUE = 0x00F01D83
    STATUS_BYTES_LENGTH = 4
    BOOTLOADER_FLASH_OFFSET = 0x1000
    SUPPORTS_COMPRESSED = True
    ROM_LACKS = frozenset({Op.ERASE_FLASH, Op.ERASE_REGION, Op.READ_FLASH, Op.RUN_USER_CODE})

    # The 0x6000xxxx aliases v2.3.1 uses, so our packets match its packets
    # (PROTOCOL.md §7.3, §8.1: both aliases reach the same registers).
    SPI_REG_BASE = 0x60002000      # SPI1
    EFUSE_REG_BASE = 0x6001A000
    SPI_W0_OFFS = 0x80
    SPI_ADDR_REG_MSB = True
    ROM_READ_CHUNK = 64            # READ_FLASH_SLOW (§12.2)

    FLASH_SIZES = ESP32_FLASH_SIZES

    def read_efuse(self, n):
        return self.read_reg(self.EFUSE_REG_BASE + 4 * n)

    def get_chip_description(self):
        word3 = self.read_efuse(3)
        revision = {0x0: "0", 0x8: "1", 0xC: "1"}.get((word3 >> 12) & 0xF,
                                                      "(unknown 0x%x)" % ((word3 >> 12) & 0xF))
        package = {0: "ESP32D0WDQ6", 1: "ESP32D0WDQ5", 2: "ESP32D2WDQ5",
                   5: "ESP32-PICO-D4"}.get((word3 >> 9) & 7, "unknown ESP32")
        return "%s (revision %s)" % (package, revision)

    def get_chip_features(self):
        word3 = self.read_efuse(3)
        features = ["WiFi"]
        if not word3 & (1 << 1):
            features.append("BT")
        features.append("Single Core" if word3 & 1 else "Dual Core")
        if (word3 >> 9) & 7:
            features.append("Embedded Flash")
        if (self.read_efuse(4) >> 8) & 0x1F:
            features.append("VRef calibration in efuse")
        return features

    def chip_id(self):
        word1, word2 = self.read_efuse(1), self.read_efuse(2)
        return ((word2 & 0xFFFFFF) << 24) | ((word1 >> 8) & 0xFFFFFF)

    def read_mac(self):
        packed = struct.pack(">II", self.read_efuse(2), self.read_efuse(1))
        return tuple(bytearray(packed[2:8]))    # the first 2 bytes are the MAC's CRC

    def set_spi_data_lengths(self, mosi_bits, miso_bits, addr_bits):
        if mosi_bits:
            self.write_reg(self.spi_reg(0x28), mosi_bits - 1)    # SPI_MOSI_DLEN
        if miso_bits:
            self.write_reg(self.spi_reg(0x2C), miso_bits - 1)    # SPI_MISO_DLEN

    def read_flash_chunk(self, offset, length):
        data = self.check_command("read flash", Op.READ_FLASH_SLOW,
                                  struct.pack("<II", offset, length))
        if not isinstance(data, bytes) or len(data) < length:
            raise FatalError("Flash read returned %r, expected %d bytes" % (data, length))
        return data[:length]


CHIPS = {"esp8266": ESP8266ROM, "esp32": ESP32ROM}


# ---------------------------------------------------------------------------
# 6. ELF and firmware images
# ---------------------------------------------------------------------------
#
# Everything here turns bytes into objects and objects into bytes; the image
# commands of section 7 do the file I/O. The layouts are those of
# IMAGE_FORMAT.md, written byte for byte the way upstream esptool v2.3.1 does.
# Readers report oddities through a `warn` callback (print, by default).

ESP_IMAGE_MAGIC = 0xE9            # ESP8266 v1 and ESP32 images, §1.1
ESP8266_V2_IMAGE_MAGIC = 0xEA     # first header of an ESP8266 v2 image, §4.2
ESP8266_V2_HEADER_BYTE1 = 4       # a constant in that header, not a count
IMAGE_CHECKSUM_SEED = 0xEF        # §1.3
IMAGE_HEADER = struct.Struct("<BBBBI")      # magic, segments, mode, size|freq, entry
SEGMENT_HEADER = struct.Struct("<II")       # load address, length
MAX_IMAGE_SEGMENTS = 16           # the ROM loaders and ESP-IDF refuse more
FLASH_SECTOR_SIZE = 0x1000

ESP8266_IROM_MAP = (0x40200000, 0x40300000)     # flash-mapped code, §3.2
# Outside this window, or longer than 64 KiB, an ESP8266 segment is suspicious (§3.4).
ESP8266_USUAL_SEGMENTS = (0x3FFE0000, 0x40200000)
ESP8266_USUAL_SEGMENT_MAX_LEN = 0x10000

ESP32_IROM_MAP = (0x400D0000, 0x40400000)       # §5.3
ESP32_DROM_MAP = (0x3F400000, 0x3F800000)
ESP32_MMU_PAGE_SIZE = 0x10000     # flash is mapped in 64 KiB pages
# §5.2: wp_pin, three drive-strength bytes, chip_id, min_chip_rev,
# min_chip_rev_full, max_chip_rev_full, 4 reserved, hash_appended.
ESP32_EXTENDED_HEADER = struct.Struct("<BBBBHBHH4sB")
ESP32_WP_PIN_DISABLED = 0xEE      # the ROM then leaves the WP pin alone
ESP32_DIGEST_LEN = 32
ESP32_CHIP_IDS = {0: "ESP32", 2: "ESP32-S2", 5: "ESP32-C3", 9: "ESP32-S3",
                  12: "ESP32-C2", 13: "ESP32-C6", 16: "ESP32-H2"}

FLASH_SIZES_BY_CHIP = {"esp8266": ESP8266_FLASH_SIZES, "esp32": ESP32_FLASH_SIZES}


def xor_checksum(data, state=IMAGE_CHECKSUM_SEED):
    """Fold every byte of `data` into `state` by XOR (§1.3).

    Done on one big integer, halving it until one byte is left: a megabyte
    costs milliseconds instead of the tenth of a second a byte loop takes.
    """
    n = len(data)
    if n == 0:
        return state
    acc = int.from_bytes(data, "little")
    while n > 1:
        half = (n + 1) // 2
        acc = (acc >> (8 * half)) ^ (acc & ((1 << (8 * half)) - 1))
        n = half
    return state ^ acc


def pad_to(data, alignment, pad_byte=b"\x00"):
    """`data` extended with `pad_byte` to a multiple of `alignment` bytes."""
    return data + pad_byte * (-len(data) % alignment)


class ImageSegment:
    """Bytes to be loaded at `addr`.

    The data is zero-padded to a multiple of 4, as every tool in the chain
    does (§1.2). `file_offs` is where the segment's record starts in the image
    it was read from; `name` is the ELF section it came from.
    """

    def __init__(self, addr, data, file_offs=None, name=None, in_checksum=True):
        self.addr = addr
        self.data = pad_to(bytes(data), 4)
        self.file_offs = file_offs
        self.name = name
        self.in_checksum = in_checksum

    def __repr__(self):
        text = "len 0x%05x load 0x%08x" % (len(self.data), self.addr)
        if self.file_offs is not None:
            text += " file_offs 0x%08x" % self.file_offs
        return text


class FirmwareImage:
    """A firmware image: header fields and segments, whatever the file format.

    `chip` is "esp8266" or "esp32"; `version` is 1 or 2 (ESP8266 v2 only).
    Readers also fill in `stored_checksum` and, for ESP32, `extended`
    (an Esp32ExtendedHeader), `length` (just past the checksum byte),
    `stored_digest` and `calculated_digest`.
    """

    def __init__(self, chip, version=1, entrypoint=0, flash_mode=0, flash_size_freq=0,
                 segments=()):
        self.chip = chip
        self.version = version
        self.entrypoint = entrypoint
        self.flash_mode = flash_mode
        self.flash_size_freq = flash_size_freq
        self.segments = list(segments)
        self.stored_checksum = None
        self.extended = None
        self.length = None
        self.stored_digest = None
        self.calculated_digest = None

    def calculate_checksum(self):
        checksum = IMAGE_CHECKSUM_SEED
        for segment in self.segments:
            if segment.in_checksum:
                checksum = xor_checksum(segment.data, checksum)
        return checksum


class Esp32ExtendedHeader:
    """The 16 bytes after an ESP32 image's common header (§5.2).

    v2.3.1 writes only wp_pin, the drive strengths and hash_appended; later
    upstream fills chip_id and the chip revision range, decoded here too.
    """

    def __init__(self, hash_appended=True):
        self.wp_pin = ESP32_WP_PIN_DISABLED
        self.drive_strengths = (0, 0, 0)   # (q|clk, cs|d, wp|hd) nibble pairs
        self.chip_id = 0
        self.min_chip_rev = 0
        self.min_chip_rev_full = 0
        self.max_chip_rev_full = 0
        self.reserved = bytes(4)
        self.hash_appended = hash_appended

    @classmethod
    def unpack(cls, raw):
        (wp_pin, drv0, drv1, drv2, chip_id, min_rev, min_rev_full, max_rev_full,
         reserved, hash_appended) = ESP32_EXTENDED_HEADER.unpack(raw)
        if hash_appended not in (0, 1):
            raise FatalError("Invalid value for append_digest field (0x%02x). Should be 0 or 1."
                             % hash_appended)
        header = cls(hash_appended == 1)
        header.wp_pin = wp_pin
        header.drive_strengths = (drv0, drv1, drv2)
        header.chip_id = chip_id
        header.min_chip_rev = min_rev
        header.min_chip_rev_full = min_rev_full
        header.max_chip_rev_full = max_rev_full
        header.reserved = reserved
        return header

    def pack(self):
        return ESP32_EXTENDED_HEADER.pack(
            self.wp_pin, *self.drive_strengths, self.chip_id, self.min_chip_rev,
            self.min_chip_rev_full, self.max_chip_rev_full, self.reserved,
            1 if self.hash_appended else 0)

    def has_modern_fields(self):
        """True if anything beyond what v2.3.1 writes is set (bytes 4..14)."""
        return bool(self.chip_id or self.min_chip_rev or self.min_chip_rev_full
                    or self.max_chip_rev_full or any(self.reserved))


# --- Reading images ---------------------------------------------------------

class ImageReader:
    """A cursor over image bytes; reading past the end is a FatalError."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, length, what):
        end = self.pos + length
        if end > len(self.data):
            raise FatalError("image is truncated: %s needs %d bytes at offset 0x%x, "
                             "but the file ends at 0x%x" % (what, length, self.pos, len(self.data)))
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def unpack(self, layout, what):
        return layout.unpack(self.take(layout.size, what))

    def read_header(self, image, expected_magic):
        """Read a common header into `image`; returns its segment count."""
        magic, count, image.flash_mode, image.flash_size_freq, image.entrypoint = \
            self.unpack(IMAGE_HEADER, "the image header")
        if magic != expected_magic or count > MAX_IMAGE_SEGMENTS:
            raise FatalError("Invalid firmware image magic=%d segments=%d "
                             "(expected magic %d and at most %d segments)"
                             % (magic, count, expected_magic, MAX_IMAGE_SEGMENTS))
        return count

    def read_segment(self, warn=None):
        """One segment record; `warn` gets the ESP8266 suspicious-segment check."""
        file_offs = self.pos
        addr, length = self.unpack(SEGMENT_HEADER, "a segment header")
        if warn is not None:
            warn_if_unusual_esp8266_segment(addr, length, warn)
        left = len(self.data) - self.pos
        if length > left:
            raise FatalError("End of file reading segment 0x%x, length %d (actual length %d)"
                             % (addr, length, left))
        return ImageSegment(addr, self.take(length, "segment data"), file_offs)

    def read_checksum(self):
        # The checksum is the last byte of a 16-byte block (§1.4).
        self.pos += 15 - self.pos % 16
        return self.take(1, "the checksum byte")[0]


def warn_if_unusual_esp8266_segment(addr, length, warn):
    start, end = ESP8266_USUAL_SEGMENTS
    if addr > end or addr < start or length > ESP8266_USUAL_SEGMENT_MAX_LEN:
        warn("WARNING: Suspicious segment 0x%x, length %d" % (addr, length))


def read_esp8266_image(data, warn=print):
    """Parse an ESP8266 v1 or v2 image, told apart by the first byte (§3.4)."""
    if not data:
        raise FatalError("image file is empty")
    if data[0] == ESP_IMAGE_MAGIC:
        return read_esp8266_v1_image(data, warn)
    if data[0] == ESP8266_V2_IMAGE_MAGIC:
        return read_esp8266_v2_image(data, warn)
    raise FatalError("Invalid image magic number: %d" % data[0])


def read_esp8266_v1_image(data, warn=print):
    image = FirmwareImage("esp8266", version=1)
    reader = ImageReader(data)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    image.segments = [reader.read_segment(warn) for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    return image


def read_esp8266_v2_image(data, warn=print):
    """§4.3: header 0xEA, the irom record, then a v1 image without its irom."""
    image = FirmwareImage("esp8266", version=2)
    reader = ImageReader(data)
    byte1 = reader.read_header(image, ESP8266_V2_IMAGE_MAGIC)
    if byte1 != ESP8266_V2_HEADER_BYTE1:
        warn('Warning: V2 header has unexpected "segment" count %d (usually %d)'
             % (byte1, ESP8266_V2_HEADER_BYTE1))
    irom = reader.read_segment()
    # Its address field is 0 in the file; the code runs wherever the image is flashed.
    irom.addr = 0
    irom.in_checksum = False
    first = (image.flash_mode, image.flash_size_freq, image.entrypoint)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    warn_if_v2_headers_disagree(first, image, warn)
    image.segments = [irom] + [reader.read_segment(warn) for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    return image


def warn_if_v2_headers_disagree(first, image, warn):
    mode, size_freq, entry = first
    if mode != image.flash_mode:
        warn("WARNING: Flash mode value in first header (0x%02x) disagrees with second "
             "(0x%02x). Using second value." % (mode, image.flash_mode))
    if size_freq != image.flash_size_freq:
        warn("WARNING: Flash size/freq value in first header (0x%02x) disagrees with second "
             "(0x%02x). Using second value." % (size_freq, image.flash_size_freq))
    if entry != image.entrypoint:
        warn("WARNING: Entrypoint address in first header (0x%08x) disagrees with second "
             "header (0x%08x). Using second value." % (entry, image.entrypoint))


def read_esp32_image(data, warn=print):
    """Parse an ESP32 image (§5.5) and check its appended SHA-256, if any."""
    image = FirmwareImage("esp32")
    reader = ImageReader(data)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    image.extended = Esp32ExtendedHeader.unpack(
        reader.take(ESP32_EXTENDED_HEADER.size, "the extended header"))
    image.segments = [reader.read_segment() for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    if image.extended.hash_appended:
        image.stored_digest = data[image.length:image.length + ESP32_DIGEST_LEN]
        image.calculated_digest = hashlib.sha256(data[:image.length]).digest()
    return image


def esp32_image_length(data):
    """Offset just past the checksum byte of the ESP32 image in `data`.

    That is where its appended SHA-256 starts (§5.1, §9.3). Raises FatalError
    if `data` does not parse as an ESP32 image.
    """
    return read_esp32_image(data, warn=lambda message: None).length


def looks_like_esp32_image(data):
    """Guess the chip of an image given without --chip (§8).

    An ESP32 image has the disabled WP pin 0xEE at offset 8 and 0 or 1 at
    offset 23. In an ESP8266 v1 image offset 8 is the low byte of the first
    load address, and 0xEE is never a word-aligned address.
    """
    return (len(data) >= 24 and data[0] == ESP_IMAGE_MAGIC
            and data[8] == ESP32_WP_PIN_DISABLED and data[23] in (0, 1))


def read_firmware_image(chip, data, warn=print):
    """Parse an image for `chip` ("esp8266", "esp32" or "auto")."""
    if chip == "esp32" or (chip == "auto" and looks_like_esp32_image(data)):
        return read_esp32_image(data, warn)
    return read_esp8266_image(data, warn)


# --- Reading ELF files ------------------------------------------------------

ELF_HEADER = struct.Struct("<16sHHIIIIIHHHHHH")   # ELF32 file header, §6.1
ELF_SECTION_HEADER = struct.Struct("<IIIIII")      # the first 6 words of 10
ELF_SECTION_HEADER_LEN = 0x28
ELF_MAGIC = b"\x7fELF"
EM_XTENSA = 0x5E
SHT_PROGBITS = 1
SHT_STRTAB = 3


class ELFFile:
    """What elf2image takes from an ELF32 file: the entry point and, in
    section-header order, every PROGBITS section with a load address (§6.2)."""

    def __init__(self, data, name):
        self.name = name
        self.entrypoint, self.sections = parse_elf(data, name)

    @classmethod
    def load(cls, path):
        return cls(read_input_file(path, "ELF file"), path)


def parse_elf(data, name):
    """-> (entry point, [ImageSegment]) of the loadable sections of `data`."""
    if len(data) < ELF_HEADER.size:
        raise FatalError("Failed to read a valid ELF header from %s: the file has only %d bytes"
                         % (name, len(data)))
    (ident, _type, machine, _version, entry, _phoff, shoff, _flags, _ehsize, _phentsize,
     _phnum, shentsize, shnum, shstrndx) = ELF_HEADER.unpack_from(data)
    if ident[:4] != ELF_MAGIC:
        raise FatalError("%s has invalid ELF magic header" % name)
    if machine != EM_XTENSA:
        raise FatalError("%s does not appear to be an Xtensa ELF file. e_machine=%04x"
                         % (name, machine))
    if shentsize != ELF_SECTION_HEADER_LEN:
        raise FatalError("%s has unexpected section header entry size 0x%x (not 0x%x)"
                         % (name, shentsize, ELF_SECTION_HEADER_LEN))
    if shnum == 0:
        raise FatalError("%s has 0 section headers" % name)
    headers = read_elf_section_headers(data, name, shoff, shnum)
    if shstrndx >= shnum:
        raise FatalError("%s has no section name table: e_shstrndx %d is not below e_shnum %d"
                         % (name, shstrndx, shnum))
    names = read_elf_section_names(data, name, headers[shstrndx])
    sections = [ImageSegment(addr, elf_section_data(data, name, offset, size), name=
                             elf_section_name(names, name_offs, name))
                for name_offs, sec_type, _flags, addr, offset, size in headers
                if sec_type == SHT_PROGBITS and addr != 0]
    if not sections:
        raise FatalError("%s has no loadable sections (PROGBITS with a load address): "
                         "nothing to put in an image" % name)
    return entry, sections


def read_elf_section_headers(data, name, shoff, shnum):
    table_len = shnum * ELF_SECTION_HEADER_LEN
    table = data[shoff:shoff + table_len]
    if not table:
        raise FatalError("No section header found at offset %04x in ELF file %s." % (shoff, name))
    if len(table) != table_len:
        raise FatalError("Only read 0x%x bytes from section header (expected 0x%x.) "
                         "Truncated ELF file %s?" % (len(table), table_len, name))
    return [ELF_SECTION_HEADER.unpack_from(table, offs)
            for offs in range(0, table_len, ELF_SECTION_HEADER_LEN)]


def read_elf_section_names(data, name, header):
    _name_offs, sec_type, _flags, _addr, offset, size = header
    if sec_type != SHT_STRTAB:
        print("WARNING: ELF file has incorrect STRTAB section type 0x%02x" % sec_type)
    return elf_section_data(data, name, offset, size)


def elf_section_data(data, name, offset, size):
    if offset + size > len(data):
        raise FatalError("%s is truncated: a section of %d bytes at offset 0x%x runs past "
                         "the end of the file (%d bytes)" % (name, size, offset, len(data)))
    return data[offset:offset + size]


def elf_section_name(names, name_offs, elf_name):
    end = names.find(b"\x00", name_offs)
    if name_offs >= len(names) or end < 0:
        raise FatalError("%s is corrupt: a section name at offset %d is not inside the "
                         "section name table" % (elf_name, name_offs))
    return names[name_offs:end].decode("utf-8", "replace")


# --- Writing images ---------------------------------------------------------

def image_flash_params(chip, flash_mode, flash_size, flash_freq):
    """-> (header byte 2, header byte 3) for `chip` (§2)."""
    sizes = FLASH_SIZES_BY_CHIP[chip]
    if flash_mode not in FLASH_MODE_CODES:
        raise FatalError("unknown flash mode '%s'; choose one of %s"
                         % (flash_mode, ", ".join(FLASH_MODE_CODES)))
    if flash_freq not in FLASH_FREQ_CODES:
        raise FatalError("unknown flash frequency '%s'; choose one of %s"
                         % (flash_freq, ", ".join(FLASH_FREQ_CODES)))
    if flash_size not in sizes:
        raise FatalError("flash size '%s' is not valid for %s; choose one of %s"
                         % (flash_size, chip.upper(), ", ".join(sizes)))
    return FLASH_MODE_CODES[flash_mode], sizes[flash_size] + FLASH_FREQ_CODES[flash_freq]


def check_segment_count(count):
    if count > MAX_IMAGE_SEGMENTS:
        raise FatalError("Invalid segment count %d (max %d): the chip's loaders refuse such "
                         "an image. Usually this means the linker script should merge sections."
                         % (count, MAX_IMAGE_SEGMENTS))


def image_header(image, count, magic=ESP_IMAGE_MAGIC):
    return IMAGE_HEADER.pack(magic, count, image.flash_mode, image.flash_size_freq,
                             image.entrypoint)


def append_segment(out, addr, data, checksum):
    """Append one segment record to `out`; returns the checksum with its data folded in."""
    out += SEGMENT_HEADER.pack(addr, len(data))
    out += data
    return xor_checksum(data, checksum)


def append_checksum(out, checksum):
    out += bytes(15 - len(out) % 16)      # the checksum ends a 16-byte block, §1.4
    out.append(checksum)


def is_esp8266_irom_addr(addr):
    return ESP8266_IROM_MAP[0] <= addr < ESP8266_IROM_MAP[1]


def split_esp8266_irom(segments):
    """-> (the irom segment or None, the other segments in order), §3.2."""
    irom = [s for s in segments if is_esp8266_irom_addr(s.addr)]
    if len(irom) > 1:
        raise FatalError("Found %d segments that could be irom0 (loaded in 0x%08x-0x%08x). "
                         "Bad ELF file?" % ((len(irom),) + ESP8266_IROM_MAP))
    others = [s for s in segments if not is_esp8266_irom_addr(s.addr)]
    return (irom[0] if irom else None), others


def append_esp8266_boot_image(out, image, segments):
    """Append header, `segments` and checksum: what the ROM loads (§3.3)."""
    check_segment_count(len(segments))
    out += image_header(image, len(segments))
    checksum = IMAGE_CHECKSUM_SEED
    for segment in segments:
        checksum = append_segment(out, segment.addr, segment.data, checksum)
    append_checksum(out, checksum)
    return out


def esp8266_v1_files(image, prefix):
    """-> [(file name, bytes)]: `<prefix>0x00000.bin` and, if there is flash
    code, `<prefix>0x<offset>.bin` holding it raw (§3.1)."""
    irom, loaded = split_esp8266_irom(image.segments)
    files = []
    if irom is not None:
        files.append(("%s0x%05x.bin" % (prefix, irom.addr - ESP8266_IROM_MAP[0]), irom.data))
    # Last, so that it wins if flash code at 0x40200000 claims the same name (as in v2.3.1).
    files.append(("%s0x00000.bin" % prefix,
                  bytes(append_esp8266_boot_image(bytearray(), image, loaded))))
    return files


def esp8266_v2_bytes(image):
    """An ESP8266 v2 image as v2.3.1 writes it (§4.2)."""
    irom, loaded = split_esp8266_irom(image.segments)
    out = bytearray(image_header(image, ESP8266_V2_HEADER_BYTE1, ESP8266_V2_IMAGE_MAGIC))
    if irom is not None:
        append_segment(out, 0, irom.data, 0)   # not checksummed; address field 0
    return bytes(append_esp8266_boot_image(out, image, loaded))


def esp8266_v2_default_name(elf_path, segments):
    """`app.elf` -> `app-0x01000.bin`: the sector the image is meant for (§4.1)."""
    irom, _ = split_esp8266_irom(segments)
    offset = irom.addr - ESP8266_IROM_MAP[0] if irom is not None else 0
    return "%s-0x%05x.bin" % (os.path.splitext(elf_path)[0], offset & ~(FLASH_SECTOR_SIZE - 1))


def is_esp32_flash_addr(addr):
    return (ESP32_IROM_MAP[0] <= addr < ESP32_IROM_MAP[1]
            or ESP32_DROM_MAP[0] <= addr < ESP32_DROM_MAP[1])


def esp32_image_bytes(image, extended=None):
    """An ESP32 image as v2.3.1 writes it (§5.4), digest appended by default."""
    extended = extended or Esp32ExtendedHeader(hash_appended=True)
    by_addr = sorted(image.segments, key=lambda s: s.addr)   # stable: ties keep ELF order
    flash = [s for s in by_addr if is_esp32_flash_addr(s.addr)]
    ram = [(s.addr, s.data) for s in by_addr if not is_esp32_flash_addr(s.addr)]
    check_one_segment_per_mmu_page(flash)

    out = bytearray(image_header(image, 0)) + extended.pack()
    checksum = IMAGE_CHECKSUM_SEED
    count = 0
    for segment in flash:
        pad_len = esp32_padding_needed(len(out), segment.addr)
        while pad_len is not None:
            addr, data = esp32_padding_piece(ram, pad_len)
            checksum = append_segment(out, addr, data, checksum)
            count += 1
            pad_len = esp32_padding_needed(len(out), segment.addr)
        checksum = append_segment(out, segment.addr, segment.data, checksum)
        count += 1
    for addr, data in ram:
        checksum = append_segment(out, addr, data, checksum)
        count += 1
    append_checksum(out, checksum)
    check_segment_count(count)
    out[1] = count            # the header is outside the checksum, so patch it now
    if extended.hash_appended:
        out += hashlib.sha256(out).digest()
    return bytes(out)


def check_one_segment_per_mmu_page(flash_segments):
    """Two flash segments in one 64 KiB page cannot both be mapped (§5.4 step 3)."""
    for previous, segment in zip(flash_segments, flash_segments[1:]):
        if segment.addr // ESP32_MMU_PAGE_SIZE == previous.addr // ESP32_MMU_PAGE_SIZE:
            raise FatalError("Segment loaded at 0x%08x lands in same 64KB flash mapping as "
                             "segment loaded at 0x%08x. Can't generate binary: merge these "
                             "sections in the linker script." % (segment.addr, previous.addr))


def esp32_padding_needed(pos, addr):
    """Data bytes of a padding segment to write at `pos` so that the flash
    segment for `addr` then starts at an offset congruent to `addr` modulo
    64 KiB; None if it already would.

    The arithmetic is v2.3.1's (§5.4 step 4), including its quirk of padding
    a whole extra page in some cases: images must come out identical.
    """
    page = ESP32_MMU_PAGE_SIZE
    gap = (page - pos % page) + (addr % page) - SEGMENT_HEADER.size
    if gap in (0, page):
        return None
    pad_len = gap - SEGMENT_HEADER.size        # the padding record has a header too
    return pad_len + page if pad_len < 0 else pad_len


def esp32_padding_piece(ram, pad_len):
    """-> (addr, data) of the next padding segment: the front of the first RAM
    segment still to be written (a loader copies it like any other), or zeros
    loaded at address 0 when no RAM is left or the gap is too small."""
    if not ram or pad_len <= SEGMENT_HEADER.size:
        return 0, bytes(pad_len)
    addr, data = ram[0]
    piece, rest = data[:pad_len], data[pad_len:]
    if rest:
        ram[0] = (addr + pad_len, rest)
    else:
        del ram[0]
    return addr, piece


# --- Image files on disk ----------------------------------------------------

def read_input_file(path, what):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise FatalError("cannot read %s %s: %s" % (what, path, e.strerror or e))


def new_file_mode():
    """The mode open() would give a new file (mkstemp's are private)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_files_together(files):
    """Write every (path, data) of `files` whole, or none of them.

    All data goes to temporary files next to their targets first; only when
    every one is written are they renamed into place. A failing rename undoes
    the ones before it.
    """
    pending, placed = [], []
    try:
        for path, data in files:
            pending.append((write_temp_beside(path, data), path))
        for tmp, path in pending:
            rename_into_place(tmp, path)
            placed.append(path)
    except FatalError:
        for path in placed:
            remove_quietly(path)
        raise
    finally:
        for tmp, _ in pending:
            remove_quietly(tmp)


def write_temp_beside(path, data):
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, new_file_mode())
    except OSError as e:
        remove_quietly(tmp)
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def rename_into_place(tmp, path):
    try:
        os.replace(tmp, path)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))


def remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def not_implemented(args):
    raise FatalError("'%s' is not implemented yet" % args.operation)


def version(args):
    print(__version__)


# --- Offline image commands (IMAGE_FORMAT.md §6-§8) -------------------------

def image_info(args):
    data = read_input_file(args.filename, "image")
    image = read_firmware_image(args.chip, data, warn=print)
    for line in image_info_lines(image):
        print(line)
    if args.chip == "auto" and image.chip == "esp32":
        print("Image type: ESP32 (detected from the header; give --chip to choose)")


def image_info_lines(image):
    """What image_info prints. These lines are v2.3.1's word for word (§8):
    scripts parse them. Anything new goes after them."""
    lines = ["Image version: %d" % image.version,
             "Entry point: %08x" % image.entrypoint if image.entrypoint else "Entry point not set",
             "%d segments" % len(image.segments)]
    lines += ["Segment %d: %r" % (i, segment) for i, segment in enumerate(image.segments, 1)]
    calculated = image.calculate_checksum()
    lines.append("Checksum: %02x (%s)" % (
        image.stored_checksum,
        "valid" if image.stored_checksum == calculated else "invalid - calculated %02x" % calculated))
    if image.calculated_digest is not None:
        lines.append("Validation Hash: %s (%s)" % (
            image.calculated_digest.hex(),
            "valid" if image.calculated_digest == image.stored_digest else "invalid"))
    if image.extended is not None and image.extended.has_modern_fields():
        lines += esp32_extended_header_lines(image.extended)
    return lines


def esp32_extended_header_lines(extended):
    """The fields later esptool versions write (v2.3.1 only warned about them)."""
    chip = ESP32_CHIP_IDS.get(extended.chip_id, "unknown chip")
    if extended.chip_id != 0:
        chip += "; not an ESP32 image"
    lines = ["Chip ID: %d (%s)" % (extended.chip_id, chip),
             "Minimum chip revision: %s (legacy field: %d)"
             % (chip_revision_text(extended.min_chip_rev_full), extended.min_chip_rev)]
    if extended.max_chip_rev_full in (0, 0xFFFF):    # both mean "no limit" to ESP-IDF
        lines.append("Maximum chip revision: no limit")
    else:
        lines.append("Maximum chip revision: %s" % chip_revision_text(extended.max_chip_rev_full))
    if any(extended.reserved):
        lines.append("Reserved extended header bytes are not zero: %s" % extended.reserved.hex())
    return lines


def chip_revision_text(full):
    return "v%d.%d" % divmod(full, 100)     # stored as major * 100 + minor


def elf2image(args):
    elf = ELFFile.load(args.input)
    chip = args.chip
    if chip == "auto":     # v2.3.1's default, kept so old build scripts get the same image
        print("Creating image for ESP8266...")
        chip = "esp8266"
    mode, size_freq = image_flash_params(chip, args.flash_mode, args.flash_size, args.flash_freq)
    image = FirmwareImage(chip, entrypoint=elf.entrypoint, flash_mode=mode,
                          flash_size_freq=size_freq, segments=elf.sections)
    write_files_together(elf2image_outputs(image, args))


def elf2image_outputs(image, args):
    """-> [(file name, bytes)], named as v2.3.1 names them (§3.1, §4.1)."""
    if image.chip == "esp32":
        name = args.output if args.output is not None else os.path.splitext(args.input)[0] + ".bin"
        return [(name, esp32_image_bytes(image))]
    if args.version == "2":
        name = args.output if args.output is not None else \
            esp8266_v2_default_name(args.input, image.segments)
        return [(name, esp8266_v2_bytes(image))]
    prefix = args.output if args.output is not None else args.input + "-"
    return esp8266_v1_files(image, prefix)


def make_image(args):
    """An ESP8266 v1 image from raw files (§7); `output` is a name prefix."""
    files = args.segfile or []
    addresses = args.segaddr or []
    if not files:
        raise FatalError("No segments specified")
    if len(files) != len(addresses):
        raise FatalError("Number of specified files does not match number of specified "
                         "addresses (%d files, %d addresses)" % (len(files), len(addresses)))
    for value in addresses + [args.entrypoint]:
        check_u32(value)
    segments = [ImageSegment(addr, read_input_file(path, "segment file"))
                for path, addr in zip(files, addresses)]
    image = FirmwareImage("esp8266", entrypoint=args.entrypoint, segments=segments)
    write_files_together(esp8266_v1_files(image, args.output))


def check_u32(value):
    if not 0 <= value <= 0xFFFFFFFF:
        raise FatalError("address 0x%x does not fit in 32 bits" % value)


# --- Commands that talk to a chip (PROTOCOL.md §9) ----------------------------

# -- progress ---------------------------------------------------------------

class Progress:
    """How a command shows progress: a bar on a terminal, a line per tenth
    otherwise, nothing with --no-progress. The engine only calls update()."""

    BAR_WIDTH = 30

    def __init__(self, enabled=True, stream=None):
        self.stream = stream or sys.stdout
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_tenth = None

    def update(self, text, done, total):
        if not self.enabled or total <= 0:
            return
        percent = 100 * done // total
        if self.tty:
            filled = self.BAR_WIDTH * done // total
            bar = "#" * filled + " " * (self.BAR_WIDTH - filled)
            self.stream.write("\r%s (%d %%) [%s]" % (text, percent, bar))
            self.stream.flush()
        elif percent // 10 != self._last_tenth:
            self._last_tenth = percent // 10
            self.stream.write("%s (%d %%)\n" % (text, percent))
            self.stream.flush()

    def finish_line(self):
        """Call before printing the result, so it does not land on the bar."""
        if self.tty:
            self.stream.write("\r" + " " * 79 + "\r")
        self._last_tenth = None


def make_progress(args):
    return Progress(enabled=not getattr(args, "no_progress", False))


# -- the flash engine: plans and sends, reports through callbacks -------------

class FlashRegion:
    """One address/file pair of write_flash or verify_flash, ready to send."""

    def __init__(self, address, filename, data):
        self.address = address
        self.filename = filename
        self.data = data

    @property
    def end(self):
        return self.address + len(self.data)

    @property
    def md5(self):
        return hashlib.md5(self.data).hexdigest()


def plan_flash_regions(esp, args, flash_size):
    """Read, pad and patch every file and check the set, before anything is erased."""
    regions = []
    for address, filename, data in args.addr_filename:
        if address % 4:
            raise FatalError("Address 0x%x of %s is not a multiple of 4" % (address, filename))
        if not data:
            print("WARNING: File %s is empty" % filename)
            continue
        image = patch_flash_params(esp, address, args, pad_to(data, 4, b"\xff"))
        regions.append(FlashRegion(address, filename, image))
    check_regions_fit(regions, flash_size)
    check_regions_disjoint(regions, esp.FLASH_SECTOR_SIZE)
    return regions


def check_regions_fit(regions, flash_size):
    for region in regions:
        if region.end > flash_size:
            raise FatalError("File %s (length %d) at offset %d will not fit in %d bytes of flash. "
                             "Use --flash-size argument, or change flashing address."
                             % (region.filename, len(region.data), region.address, flash_size))


def check_regions_disjoint(regions, sector):
    """Each region erases whole sectors, so neighbours must not share one (§11.1)."""
    previous = None
    for region in sorted(regions, key=lambda r: r.address):
        if previous is not None and region.address & ~(sector - 1) < pad_to_multiple(previous.end,
                                                                                     sector):
            raise FatalError("Detected overlap at address 0x%x for file %s (the sector it starts "
                             "in is also written by %s)"
                             % (region.address, region.filename, previous.filename))
        previous = region


def pad_to_multiple(value, alignment):
    return div_roundup(value, alignment) * alignment


def patch_flash_params(esp, address, args, image):
    """IMAGE_FORMAT.md §9: set mode/freq/size in a bootloader image's header, and
    keep an appended SHA-256 valid (v2.3.1 left it stale)."""
    if len(image) < 8 or address != esp.BOOTLOADER_FLASH_OFFSET or image[0] != 0xE9:
        return image
    mode, size_freq = image[2], image[3]
    if args.flash_mode != "keep":
        mode = FLASH_MODE_CODES[args.flash_mode]
    freq = size_freq & 0x0F
    if args.flash_freq != "keep":
        freq = FLASH_FREQ_CODES[args.flash_freq]
    size = size_freq & 0xF0
    if args.flash_size != "keep":
        size = flash_size_code(esp, args.flash_size)
    params = bytes([mode, size | freq])
    if params == image[2:4]:
        return image
    print("Flash params set to 0x%04x" % struct.unpack(">H", params))
    patched = image[:2] + params + image[4:]
    if isinstance(esp, ESP32ROM) and image[23] == 1:
        patched = refresh_appended_digest(patched)
    return patched


def flash_size_code(esp, name):
    try:
        return esp.FLASH_SIZES[name]
    except KeyError:
        raise FatalError("Flash size '%s' is not supported by this chip type. Supported sizes: %s"
                         % (name, ", ".join(esp.FLASH_SIZES)))


def refresh_appended_digest(image):
    """Recompute the SHA-256 an ESP32 image carries after its checksum byte."""
    try:
        length = esp32_image_length(image)
    except FatalError as e:
        print("WARNING: could not update the image's SHA-256 digest: %s" % e)
        return image
    if len(image) < length + 32:
        print("WARNING: the image is too short to hold its SHA-256 digest; not updated")
        return image
    digest = hashlib.sha256(image[:length]).digest()
    print("SHA digest in image updated")
    return image[:length] + digest + image[length + 32:]


def resolve_compression(esp, args):
    """-z / -u, else compress whenever the loader can (ESP32 ROM, any stub)."""
    if args.no_compress:
        return False
    if args.compress:
        if not esp.SUPPORTS_COMPRESSED:
            raise FatalError("%s ROM does not support compressed download" % esp.CHIP_NAME,
                             hint="leave out --compress/-z, or run without --no-stub")
        return True
    return esp.SUPPORTS_COMPRESSED


def send_flash_region(esp, region, compress, progress):
    """FLASH_BEGIN or FLASH_DEFL_BEGIN, then the data blocks (§11.3, §11.5).

    Returns (bytes sent, seconds). No FLASH_END: for a ROM it ends the session.
    """
    if compress:
        payload = zlib.compress(region.data, 9)
        print("Compressed %d bytes to %d..." % (len(region.data), len(payload)))
    else:
        payload = region.data
    started = time.time()
    if compress:
        blocks = esp.flash_defl_begin(len(region.data), len(payload), region.address)
    else:
        blocks = esp.flash_begin(len(region.data), region.address)
    if not esp.IS_STUB:
        print("Took %.2fs to erase flash block" % (time.time() - started))
    timeouts = block_timeouts(payload, esp.FLASH_WRITE_SIZE) if compress else None
    sent = 0
    started = time.time()
    for seq in range(blocks):
        block = payload[seq * esp.FLASH_WRITE_SIZE:(seq + 1) * esp.FLASH_WRITE_SIZE]
        progress.update("Writing at 0x%08x..." % (region.address + seq * esp.FLASH_WRITE_SIZE),
                        seq + 1, blocks)
        if compress:
            esp.flash_defl_block(block, seq, timeout=timeouts[seq])
        else:
            block = block + b"\xff" * (esp.FLASH_WRITE_SIZE - len(block))
            esp.flash_block(block, seq)
        sent += len(block)
    return sent, time.time() - started


def block_timeouts(payload, block_size):
    """Per compressed block: enough time to write what it inflates to (§11.7)."""
    inflater = zlib.decompressobj()
    timeouts = []
    for start in range(0, len(payload), block_size):
        produced = len(inflater.decompress(payload[start:start + block_size]))
        timeouts.append(timeout_per_mb(ERASE_TIMEOUT_PER_MB, produced))
    return timeouts


def verify_region_digest(esp, region):
    """write_flash's check (§11.3): the chip's MD5 of what it holds against ours."""
    if Op.SPI_FLASH_MD5 in esp.ROM_LACKS:
        print("(%s ROM cannot compute an MD5: the data was not read back; use --verify)"
              % esp.CHIP_NAME)
        return
    flash_md5 = esp.flash_md5sum(region.address, len(region.data))
    if flash_md5 != region.md5:
        print("File  md5: %s" % region.md5)
        print("Flash md5: %s" % flash_md5)
        print("MD5 of 0xFF is %s" % hashlib.md5(b"\xff" * len(region.data)).hexdigest())
        raise FatalError("MD5 of file does not match data in flash! (file %s, flash %s)"
                         % (region.md5, flash_md5))
    print("Hash of data verified.")


def detect_flash_size(esp):
    """The flash size named by the chip's JEDEC ID, 4MB if unknown (§8.3)."""
    flash_id = esp.flash_id()
    size_id = flash_id >> 16
    size = DETECTED_FLASH_SIZES.get(size_id)
    if size is None:
        print("Warning: Could not auto-detect Flash size (FlashID=0x%x, SizeID=0x%x), "
              "defaulting to 4MB" % (flash_id, size_id))
        return "4MB"
    print("Auto-detected Flash size:", size)
    return size


def resolve_flash_size(esp, args):
    """--flash_size detect/keep/NAME -> args.flash_size and the size in bytes."""
    if args.flash_size == "detect":
        args.flash_size = detect_flash_size(esp)
    elif args.flash_size != "keep":
        flash_size_code(esp, args.flash_size)    # a clear error for the wrong chip
    name = detect_flash_size(esp) if args.flash_size == "keep" else args.flash_size
    return flash_size_bytes(name)


# -- commands that talk to a chip: (esp, args) --------------------------------

def load_ram(esp, args):
    """Load an image's segments into RAM and run it (§5.4). v2.3.1 crashed here
    (it unpacked segment objects as tuples); see docs/differences.md."""
    image = read_firmware_image(esp.CHIP_NAME.lower(), read_input_file(args.filename, "image"))
    print("RAM boot...")

    def report(address, size):
        print("Downloading %d bytes at %08x..." % (size, address))

    esp.load_segments([(s.addr, s.data) for s in image.segments], image.entrypoint, report)
    print("All segments done, executing at %08x" % image.entrypoint)


def read_mem(esp, args):
    print("0x%08x = 0x%08x" % (args.address, esp.read_reg(args.address)))


def write_mem(esp, args):
    esp.write_reg(args.address, args.value, args.mask, 0)
    print("Wrote %08x, mask %08x to %08x" % (args.value, args.mask, args.address))


def dump_mem(esp, args):
    progress = Progress()
    data = bytearray()
    for i in range(args.size // 4):
        data += struct.pack("<I", esp.read_reg(args.address + 4 * i))
        progress.update("%d bytes read..." % len(data), len(data), args.size)
    progress.finish_line()
    write_file_atomically(args.filename, bytes(data))
    print("Done!")


def read_mac(esp, args):
    print("MAC: %s" % ":".join("%02x" % b for b in esp.read_mac()))


def chip_id(esp, args):
    print("Chip ID: 0x%08x" % esp.chip_id())


def flash_id(esp, args):
    flash_id = esp.flash_id()
    print("Manufacturer: %02x" % (flash_id & 0xFF))
    capacity = (flash_id >> 16) & 0xFF
    print("Device: %02x%02x" % ((flash_id >> 8) & 0xFF, capacity))
    print("Detected flash size: %s" % DETECTED_FLASH_SIZES.get(capacity, "Unknown"))


def read_flash_status(esp, args):
    print("Status value: 0x%04x" % esp.read_status(args.bytes))


def write_flash_status(esp, args):
    fmt = "0x%%0%dx" % (args.bytes * 2)
    value = args.value & ((1 << (args.bytes * 8)) - 1)
    print(("Initial flash status: " + fmt) % esp.read_status(args.bytes))
    print(("Setting flash status: " + fmt) % value)
    esp.write_status(value, args.bytes, args.non_volatile)
    print(("After flash status:   " + fmt) % esp.read_status(args.bytes))


def write_flash(esp, args):
    compress = resolve_compression(esp, args)
    regions = plan_flash_regions(esp, args, args.flash_size_bytes)
    progress = make_progress(args)
    for region in regions:
        if not esp.IS_STUB:
            print("Erasing flash...")
        sent, seconds = send_flash_region(esp, region, compress, progress)
        progress.finish_line()
        print_write_speed(region, sent, seconds, compress)
        verify_region_digest(esp, region)
    print("\nLeaving...")
    if args.verify:
        print("Verifying just-written flash...")
        verify_regions(esp, regions, diff=False)


def print_write_speed(region, sent, seconds, compress):
    size = len(region.data)
    if compress:
        speed = " (effective %.1f kbit/s)" % (size / seconds * 8 / 1000) if seconds > 0 else ""
        print("Wrote %d bytes (%d compressed) at 0x%08x in %.1f seconds%s..."
              % (size, sent, region.address, seconds, speed))
    else:
        speed = " (%.1f kbit/s)" % (sent / seconds * 8 / 1000) if seconds > 0 else ""
        print("Wrote %d bytes at 0x%08x in %.1f seconds%s..."
              % (sent, region.address, seconds, speed))


def verify_flash(esp, args):
    regions = plan_flash_regions(esp, args, args.flash_size_bytes)
    verify_regions(esp, regions, diff=args.diff == "yes")


def verify_regions(esp, regions, diff):
    failed = False
    for region in regions:
        size = len(region.data)
        print("Verifying 0x%x (%d) bytes @ 0x%08x in flash against %s..."
              % (size, size, region.address, region.filename))
        if esp.flash_digest(region.address, size) == region.md5:
            print("-- verify OK (digest matched)")
            continue
        failed = True
        if not diff:
            print("-- verify FAILED (digest mismatch)")
            continue
        print_differences(region, esp.read_flash(region.address, size))
    if failed:
        raise FatalError("Verify failed.")


MAX_DIFF_BYTES_LISTED = 256      # byte by byte; the ranges above cover the rest


def print_differences(region, flash):
    differing = [i for i in range(len(region.data)) if flash[i] != region.data[i]]
    if not differing:
        print("-- verify FAILED: the digests differ but the data read back matches "
              "(an unreliable link?)")
        return
    print("-- verify FAILED: %d differences, first @ 0x%08x"
          % (len(differing), region.address + differing[0]))
    print("   differing ranges (first-last, inclusive):")
    for first, last in contiguous_ranges(differing):
        print("   0x%08x-0x%08x (%d bytes)" % (region.address + first, region.address + last,
                                             last - first + 1))
    print("   address  flash file")
    for i in differing[:MAX_DIFF_BYTES_LISTED]:
        print("   %08x %02x %02x" % (region.address + i, flash[i], region.data[i]))
    if len(differing) > MAX_DIFF_BYTES_LISTED:
        print("   ... and %d more differing bytes" % (len(differing) - MAX_DIFF_BYTES_LISTED))


def contiguous_ranges(indexes):
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]"""
    ranges = []
    for i in indexes:
        if ranges and ranges[-1][1] == i - 1:
            ranges[-1] = (ranges[-1][0], i)
        else:
            ranges.append((i, i))
    return ranges


def read_flash(esp, args):
    if not esp.IS_STUB:
        print("Reading through the %s ROM, 64 bytes per request: this is slow "
              "(run without --no-stub for speed)" % esp.CHIP_NAME)
    progress = make_progress(args)
    started = time.time()
    data = esp.read_flash(args.address, args.size,
                          lambda done, total: progress.update("%d bytes read" % done, done, total))
    seconds = time.time() - started
    progress.finish_line()
    write_file_atomically(args.filename, data)
    speed = " (%.1f kbit/s)" % (len(data) / seconds * 8 / 1000) if seconds > 0 else ""
    print("Read %d bytes at 0x%x in %.1f seconds%s..." % (len(data), args.address, seconds, speed))


def erase_flash(esp, args):
    size = flash_size_bytes(detect_flash_size(esp))
    print("Erasing flash (this may take a while)...")
    started = time.time()
    esp.erase_region(0, size)
    print("Chip erase completed successfully in %.1fs" % (time.time() - started))


def erase_region(esp, args):
    print("Erasing region (may be slow depending on size)...")
    started = time.time()
    esp.erase_region(args.address, args.size)
    print("Erase completed successfully in %.1f seconds." % (time.time() - started))


def run(esp, args):
    esp.run()


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

CHIP_CHOICES = ["auto", "esp8266", "esp32"]
FLASH_MODES = ["qio", "qout", "dio", "dout"]
FLASH_FREQS = ["40m", "26m", "20m", "80m"]
# The union of both chips' size names; the chip checks its own list later.
FLASH_SIZE_NAMES = ["256KB", "512KB", "1MB", "2MB", "4MB", "2MB-c1", "4MB-c1",
                    "8MB", "16MB"]
MEGABIT_SIZES = {"2m": "256KB", "4m": "512KB", "8m": "1MB", "16m": "2MB",
                 "32m": "4MB", "16m-c1": "2MB-c1", "32m-c1": "4MB-c1"}


class CommandLineParser(argparse.ArgumentParser):
    """argparse, but a bad command line is a FatalError like every other error."""

    def error(self, message):
        raise FatalError("%s (%s)" % (message, self.prog),
                         hint="run '%s -h' for the commands and options" % self.prog)


class FlashSizeAction(argparse.Action):
    """--flash_size: byte sizes, plus the old megabit names with a warning."""

    def __init__(self, option_strings, dest, allow_detect=False, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.allow_detect = allow_detect

    def __call__(self, parser, namespace, value, option_string=None):
        if value in MEGABIT_SIZES:
            new = MEGABIT_SIZES[value]
            print("WARNING: Flash size arguments in megabits like '%s' are deprecated." % value)
            print("Please use the equivalent size '%s'." % new)
            print("Megabit arguments may be removed in a future release.")
            value = new
        # 'keep' (leave the header's size alone) as upstream v3 added it.
        known = FLASH_SIZE_NAMES + (["detect", "keep"] if self.allow_detect else [])
        if value not in known:
            raise argparse.ArgumentError(
                self, "%s is not a known flash size. Known sizes: %s" % (value, ", ".join(known)))
        setattr(namespace, self.dest, value)


class SpiConnectionAction(argparse.Action):
    """--spi-connection: SPI, HSPI, or five pins CLK,Q,D,HD,CS -> config word."""

    def __call__(self, parser, namespace, value, option_string=None):
        setattr(namespace, self.dest, parse_spi_connection(self, value))


def parse_spi_connection(action, value):
    if value.upper() == "SPI":
        return 0
    if value.upper() == "HSPI":
        return 1
    parts = value.split(",")
    if len(parts) != 5:
        raise argparse.ArgumentError(
            action, "%s is not a valid spi-connection value: use SPI, HSPI or five "
            "comma-separated pin numbers CLK,Q,D,HD,CS" % value)
    try:
        clk, q, d, hd, cs = [int(p, 0) for p in parts]
    except ValueError:
        raise argparse.ArgumentError(action, "%s: every pin must be a number" % value)
    if any(not 0 <= pin <= 33 for pin in (clk, q, d, hd, cs)):
        raise argparse.ArgumentError(action, "pin numbers must be in the range 0-33")
    # Five 6-bit fields, PROTOCOL.md §5.7.
    return (hd << 24) | (cs << 18) | (d << 12) | (q << 6) | clk


class AddrFilenamePairAction(argparse.Action):
    """<address> <filename> pairs; files are opened now so typos fail early."""

    def __init__(self, option_strings, dest, nargs="+", **kwargs):
        super().__init__(option_strings, dest, nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if len(values) % 2:
            raise argparse.ArgumentError(
                self, "must be pairs of an address and the binary filename to write there")
        pairs = []
        for addr_text, filename in zip(values[0::2], values[1::2]):
            try:
                address = int(addr_text, 0)
            except ValueError:
                raise argparse.ArgumentError(self, 'address "%s" must be a number' % addr_text)
            try:
                with open(filename, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise argparse.ArgumentError(self, "cannot read %s: %s" % (filename, e.strerror))
            pairs.append((address, filename, data))
        pairs.sort(key=lambda pair: pair[0])
        setattr(namespace, self.dest, pairs)


def add_spi_connection_arg(parser):
    parser.add_argument("--spi-connection", "-sc", action=SpiConnectionAction,
                        help="ESP32 only: flash pins to use instead of the default: SPI, HSPI, "
                             "or five pin numbers CLK,Q,D,HD,CS")


def add_flash_params_args(parser, for_elf2image):
    """--flash_freq/--flash_mode/--flash_size, with the defaults each command needs."""
    keep = [] if for_elf2image else ["keep"]
    parser.add_argument("--flash_freq", "-ff", choices=keep + FLASH_FREQS,
                        default=os.environ.get("ESPTOOL_FF", "40m" if for_elf2image else "keep"),
                        help="SPI flash clock frequency")
    parser.add_argument("--flash_mode", "-fm", choices=keep + FLASH_MODES,
                        default=os.environ.get("ESPTOOL_FM", "qio" if for_elf2image else "keep"),
                        help="SPI flash mode")
    parser.add_argument("--flash_size", "-fs", action=FlashSizeAction,
                        allow_detect=not for_elf2image,
                        default=os.environ.get("ESPTOOL_FS", "1MB" if for_elf2image else "detect"),
                        help="SPI flash size (1MB, 2MB, 4MB, ...; 'detect' reads the flash ID)")


def build_parser():
    parser = CommandLineParser(
        prog="esptool",
        description="esptool.py v%s - flash and inspect ESP8266 and ESP32 chips" % __version__)
    parser.add_argument("--chip", "-c", choices=CHIP_CHOICES,
                        default=os.environ.get("ESPTOOL_CHIP", "auto"),
                        help="target chip (default: detect it)")
    parser.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", DEFAULT_PORT),
                        help="serial port or pyserial URL (rfc2217://, socket://, espsim://)")
    parser.add_argument("--baud", "-b", type=arg_auto_int,
                        default=os.environ.get("ESPTOOL_BAUD", ESP_ROM_BAUD),
                        help="baud rate for transfers (the connection starts at 115200)")
    parser.add_argument("--before", choices=["default_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_BEFORE", "default_reset"),
                        help="how to get the chip into its bootloader")
    parser.add_argument("--after", "-a", choices=["hard_reset", "soft_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_AFTER", "hard_reset"),
                        help="what to do with the chip when done")
    parser.add_argument("--no-stub", action="store_true",
                        help="talk to the ROM bootloader only; do not upload the flasher stub")
    parser.add_argument("--connect-attempts", type=int,
                        default=os.environ.get("ESPTOOL_CONNECT_ATTEMPTS",
                                               DEFAULT_CONNECT_ATTEMPTS),
                        help="resets to try when connecting (0: keep trying; default %d)"
                             % DEFAULT_CONNECT_ATTEMPTS)
    parser.add_argument("--trace", "-t", action="store_true",
                        help="print every packet sent and received")

    sub = parser.add_subparsers(dest="operation", metavar="<command>",
                                help="run 'esptool <command> -h' for its options")

    p = sub.add_parser("load_ram", help="load an image into RAM and run it")
    p.add_argument("filename", help="firmware image")

    p = sub.add_parser("dump_mem", help="copy a range of chip memory to a file")
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")

    p = sub.add_parser("read_mem", help="read one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to read")

    p = sub.add_parser("write_mem", help="write one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to write")
    p.add_argument("value", type=arg_auto_int, help="value")
    p.add_argument("mask", type=arg_auto_int, nargs="?", default=0xFFFFFFFF,
                   help="only these bits are changed (default: all)")

    p = sub.add_parser("write_flash", help="write binary files to flash")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file to write there; repeat for more files")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")
    p.add_argument("--verify", action="store_true",
                   help="read back and compare after writing (write_flash already checks an MD5)")
    compress = p.add_mutually_exclusive_group()
    compress.add_argument("--compress", "-z", action="store_true", default=None,
                          help="compress data on the wire (default where the loader can)")
    compress.add_argument("--no-compress", "-u", action="store_true",
                          help="send data uncompressed")

    sub.add_parser("run", help="run the application in flash")

    p = sub.add_parser("image_info", help="show the headers and segments of a firmware image")
    p.add_argument("filename", help="image file")

    p = sub.add_parser("make_image", help="build an ESP8266 image from raw segment files")
    p.add_argument("output", help="output file name prefix")
    p.add_argument("--segfile", "-f", action="append", help="segment file (repeat)")
    p.add_argument("--segaddr", "-a", action="append", type=arg_auto_int,
                   help="load address of the matching --segfile (repeat)")
    p.add_argument("--entrypoint", "-e", type=arg_auto_int, default=0, help="entry point address")

    p = sub.add_parser("elf2image", help="convert an ELF file into a flashable image")
    p.add_argument("input", help="ELF file from the linker")
    p.add_argument("--output", "-o", type=str,
                   help="output prefix (ESP8266 version 1) or file name (other images)")
    p.add_argument("--version", "-e", choices=["1", "2"], default="1",
                   help="ESP8266 image version")
    add_flash_params_args(p, for_elf2image=True)
    add_spi_connection_arg(p)     # accepted and ignored, as v2.3.1 does

    sub.add_parser("read_mac", help="read the MAC address")
    sub.add_parser("chip_id", help="read the chip ID")

    p = sub.add_parser("flash_id", help="read the SPI flash manufacturer and device ID")
    add_spi_connection_arg(p)

    p = sub.add_parser("read_flash_status", help="read the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to read")

    p = sub.add_parser("write_flash_status", help="write the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--non-volatile", action="store_true",
                   help="write the non-volatile bits (they survive power off: be careful)")
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to write")
    p.add_argument("value", type=arg_auto_int, help="new value")

    p = sub.add_parser("read_flash", help="copy a range of flash to a file")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")

    p = sub.add_parser("verify_flash", help="compare files with what the flash holds")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file expected there; repeat for more files")
    p.add_argument("--diff", "-d", choices=["no", "yes"], default="no",
                   help="list the differing bytes")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_flash", help="erase the whole flash chip")
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_region", help="erase a range of flash")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address (multiple of 4096)")
    p.add_argument("size", type=arg_auto_int, help="number of bytes (multiple of 4096)")

    sub.add_parser("version", help="print the esptool version")
    return parser


# name -> (function, needs a connected chip). Filled in by the sections above
# as commands are implemented; see COMMANDS below.
OFFLINE_COMMANDS = {
    "version": version,
    "elf2image": elf2image,
    "image_info": image_info,
    "make_image": make_image,
}
# Each takes (esp, args): a connected chip, prepared by prepare_chip().
CHIP_COMMANDS = {
    "load_ram": load_ram,
    "dump_mem": dump_mem,
    "read_mem": read_mem,
    "write_mem": write_mem,
    "write_flash": write_flash,
    "run": run,
    "read_mac": read_mac,
    "chip_id": chip_id,
    "flash_id": flash_id,
    "read_flash_status": read_flash_status,
    "write_flash_status": write_flash_status,
    "read_flash": read_flash,
    "verify_flash": verify_flash,
    "erase_flash": erase_flash,
    "erase_region": erase_region,
}


def expand_file_arguments(argv):
    """'@file' arguments are replaced by the words in that file."""
    expanded = []
    for arg in argv:
        if arg.startswith("@"):
            try:
                with open(arg[1:]) as f:
                    for line in f:
                        expanded += shlex.split(line)
            except OSError as e:
                raise FatalError("cannot read argument file %s: %s" % (arg[1:], e.strerror))
        else:
            expanded.append(arg)
    if expanded != list(argv):
        print("esptool.py %s" % " ".join(expanded))
    return expanded


def run_command(args):
    print("esptool.py v%s" % __version__)
    if args.operation in OFFLINE_COMMANDS:
        OFFLINE_COMMANDS[args.operation](args)
        return
    serial = import_pyserial()
    esp = connect_to_chip(args)
    try:
        prepare_chip(esp, args)
        CHIP_COMMANDS[args.operation](esp, args)
        leave_chip(esp, args.after)
    except (serial.SerialException, OSError) as e:
        raise FatalError("lost the serial connection: %s" % e,
                         hint="was the board unplugged or the port taken by another program?")
    finally:
        esp.close()


def connect_to_chip(args):
    """Open the port (or each listed port in turn), reset, sync, identify (§9 steps 1-3)."""
    expected = None if args.chip == "auto" else CHIPS[args.chip]
    initial_baud = min(ESP_ROM_BAUD, args.baud)
    ports = [args.port] if args.port else list_serial_ports()
    last_error = None
    for port in ports:
        if not args.port:
            print("Serial port %s" % port)
        try:
            return ESPLoader.detect_chip(port, initial_baud, args.before, args.trace,
                                         args.connect_attempts, expected)
        except FatalError as e:
            if args.port:
                raise
            print("%s failed to connect: %s" % (port, e))
            last_error = e
    raise FatalError("Could not connect to an Espressif device on any of the %d available "
                     "serial ports (last error: %s)" % (len(ports), last_error),
                     hint=CONNECT_HINT)


def list_serial_ports():
    serial = import_pyserial()
    ports = sorted(p.device for p in serial.tools.list_ports.comports())
    if not ports:
        raise FatalError("No serial ports found and no --port given",
                         hint="connect the board, or name its port with --port or ESPTOOL_PORT")
    return ports


def prepare_chip(esp, args):
    """§9 steps 3-7: describe the chip, stub, baud rate, flash attach and size."""
    print("Chip is %s" % esp.get_chip_description())
    print("Features: %s" % ", ".join(esp.get_chip_features()))
    if not args.no_stub:
        print("Note: this esptool has no flasher stub yet; talking to the ROM loader "
              "(as with --no-stub).")
    if args.baud > ESP_ROM_BAUD:
        if Op.CHANGE_BAUDRATE in esp.ROM_LACKS:
            print("WARNING: ROM doesn't support changing baud rate. Keeping initial baud rate %d"
                  % ESP_ROM_BAUD)
        else:
            esp.change_baud(args.baud)
    spi_connection = getattr(args, "spi_connection", None)
    if spi_connection is not None:
        if not isinstance(esp, ESP32ROM):
            raise FatalError("Chip %s does not support --spi-connection option." % esp.CHIP_NAME)
        print("Configuring SPI flash mode...")
        esp.flash_spi_attach(spi_connection)
    elif not esp.IS_STUB:
        print("Enabling default SPI flash mode...")
        esp.flash_spi_attach(0)
    if hasattr(args, "flash_size"):
        print("Configuring flash size...")
        args.flash_size_bytes = resolve_flash_size(esp, args)
        esp.flash_set_parameters(args.flash_size_bytes)


def leave_chip(esp, after):
    """--after (§16)."""
    if after == "hard_reset":
        print("Hard resetting via RTS pin...")
        esp.hard_reset()
    elif after == "soft_reset":
        print("Soft resetting...")
        esp.soft_reset(False)
    else:
        print("Staying in bootloader.")
        esp.soft_reset(True)


def main(argv=None):
    """Entry point for the console script and `python -m esptool`."""
    try:
        argv = expand_file_arguments(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.operation is None:
            parser.print_help()
            return 1
        run_command(args)
        return 0
    except FatalError as e:
        print("\nA fatal error occurred: %s" % e)
        if e.hint:
            print("Hint: %s" % e.hint)
        return 2
    except KeyboardInterrupt:
        print("\nInterrupted: the operation did not finish.")
        return 130


def _main():
    sys.exit(main())


# --- BEGIN EMBEDDED STUBS (generated by flasher_stub/embed.py; do not edit) ---
# Our flasher stubs, built from flasher_stub/ (make -C flasher_stub embed):
# per chip, base64 of the zlib-compressed JSON from flasher_stub/elf_to_json.py.
STUB_IMAGES = {
    "esp32": (
        "eNqFe1uTsry27n/5bl1V0O0JV9W6yAkIGjUgKt7salED4qFbbQPs2v99j0Db3zvnXLNmV1EQ"
        "A8nIOD4jGf1//9re7//nntf7v/57+P42HPxX+8Pj4/b467/f7GG3/+443ff/+mv38fj467//"
        "QuYvRCFTiGNdeETFE4w0pZLPkHSQQqlgYeIS2YsxuktXJ2NaxvAR7n16t/XydvAH04fmZPFd"
        "37r4pkfOKLp5mZ0uwiO5os3Ss3Z5orzzc2RHk/vyaVnD4XrNi5xt8K3oeomV9On+I8nIJAyS"
        "PN6PClJLgcPVqXf+uu/fB0tbTkabhcskUfuP7F0ch3bncK73LHtTaVf30unbYfFw3U8X7y/H"
        "r0N+HFr1Bp1Hl7zQX8eY9zvPDh5dPJ+fvd1W6l7/8MYGt0HxlVr76B1Pvq2Nfk46nfIy2I7n"
        "18t1/+WKmRXj8J1jepFv08vpvHueO36V++/L1U2EjOcX+2Q5X3KQHk/je/8azB39dtpuNhNB"
        "+Wg0mlmWvXxnWTzqfHmW6ud1x2UCXwcsJGxADqd5d3rgg+f2Gb1VX6Hd294WdoYj+T//81cr"
        "oT8lN7Df+wP7v/7aXx63qvmp1+2+DQa9//rrsS8fRpiCOnOLbqyF5QT6hLa4F0g8wQ4KMqR9"
        "x3JAbsTvWzVcWrNSMYQEyJgVJKp4VzxjPHpaRiU8C14ekbj5vsdsTNYMW4emj6fhBHPU1f+2"
        "P1KY3ZmiB9OqkUUdS8KjOAytGZql2p4spMsL5vlD6y19p/hxSs5Sro4ilxp5SCLB8oBFMAdC"
        "1HzP9FxbGDvteqZFaB+eVhWxHt0XmCx83HlaD3TeHkllC3Q4WvAhfMk/aaSm43udL4ASEd6r"
        "ivhXtCim75hFOkRTh19g/A434xeGf/2VUW5h6I2APYidDNOE6c9Mf1chEmPgkxPpAyKJFBVG"
        "SHE/jK4Cr656s2ZKClQkPYR0xAuJ+H5oSbhEwRF/hEgTIEYFASfYvhCeDZ7OV2Dk4HKCiE1j"
        "F9vDSSzY0T9bNcrVcZyh6FpcqQgpkgNRFFTsJ9bsGBDgV9k7jMDSmBZXWDHCzW9dy/lEzvZk"
        "ve0jSf3UqhR9Yp7bBY54Ru5YajcG2uLd0YpQvN2wIGdSF4Y2WQSB4R16L1yKxx5TOEKFWr0d"
        "Ym90cPIQ9OPt4CCRbi2pBLpRMFcGn9Cx6tJ9hIntlooj8UV305KT7F5b/ItuUbpu5JLdL5aE"
        "dtifaAo0GZmXTwfkM8GskTksAfjdRXQ07xOjUyd5sK3+S59FkenDxXoP/bBjWZ9AcNl7lD98"
        "7Td8DXI+b9s2Mu1Nzm8hPDf6TvkU+CwENb+LT7HvWjLvhbOj7iEb1dqvbcYkng5lnMH6jEIM"
        "Gt2mK/58eNioNfBfPAJE6aLluX3yUDO6KkHHErZvbEA2NoDIHZaA2N3XwAdEFn/byt9rRuiG"
        "UCDHGvTr931VrfxNvD/hzoIFaWqT2fekugoaXacPj5ivCBdovo9obk/RYdHwF+ZIS0P3dB+R"
        "EXpw5OvW9kE+0n82z/gp+v1aEt/nyS4LB8zviR+7NrQ09mb0fWDoQcwHf3Ihact/GEejogT7"
        "M3Zn+IJHlpPB1aPI7zXjgzTGUr/8CRepyv7gRw+pE+oiHkimKYwf6b2xpTRPJKoS+RoX9Rj4"
        "kpc9v+7EB9uNwHbNbxNFSEzT3/GmGtpYIN3yD7wMHldxLiXwKQ8wqtFV7k6hKBjrSgm/x8Kl"
        "SI0WqLeTp1KfmZcUjMciVmnBAlkwZDwVvO+jfd3MP5FMKO1/NeuktphI+0c/yIRLfUT7Q0vv"
        "z/3F41+fiGhDH0Up+BD8QG+2v5DpCAJwicCvNd/QH/+EqLIWHRW069FV5G9YalN0ZrQrOQb9"
        "NwOWncOII3tfodgmFE3WU1TLUCDhpnsb5WDzYJOE+pzvVPiSgz29jOaWGYAkHPRNEdA/T6lG"
        "HjsaXHfncJD4/XQHMtXnspa8jw42i74nHjVCpdTuTkVvEfu1VYHd0L3NtF+1fFEjimO0DN0P"
        "oRPaAA3wgWZtM2pXdon6811JxrR7Efe0hw54DhK6g65eW/1McqOvJcrLauwnxT7HHSP3RcMT"
        "+Q7+YGDoHyoG8g6tQ+OPAxFx1wf7XR0nJo5seRFQt0Jqh+/1o5hU4NfyMNQl+LHrUpbsZTO/"
        "/Kbq3Kz/AD59AONJf9Tqsyr/1t92fquGjrkzN2CIAP+mrj+C+OACPT0sT2iPID76TfuKob8y"
        "/J2pBbQZbu1bziSrmPI3xc4mhwkP7uk5a3geoSMjHxVegK2xpItwSQakWw4OzqUohZCVPXvp"
        "49FrdHuOWAKuWdOJ7OHBvNELwR2bmHa/tadP8PF1057/2Nfe6AvPFxpNeO0nVrWv8RHmvCYZ"
        "9I8ogXl27Tw144LpZGek896OB75ouUpVIlgN81OFq8ipFtp1HPCjbIH3zC2sOL1Yg3v5UVMq"
        "mF9TQXtyEDr9dRUcUHqa88JJ53K0Q99UuX4NeOBgZIeSQqy9Ktjh8l7360nt5jHqwbtjxFY9"
        "hcrvp5N9P03sQ1j/rBdV4NuR12ll9r/oTiOPRr+B5zxC+zPurP0HUuey+mB9JOvKAR/9NuRv"
        "FenBeAZPbJv12/euDvr2cS7115aN1dBJMPI5ZaBbKTB205/bQvUYfI+nfenOEBO0KiiZsAd1"
        "8uw98K/qkBk90r/210Feq2804ClgNPAB76GbU4R3KAf9v+mVrTSMZ9/nUj6w9LvN2qZ1BU6I"
        "Hql4oF7iIlE9IqJBHifEe1MPohySShOIwYEks8U/2n6rv3OjnxNjP8gx+voTb4zv3cQ7m85I"
        "3RfgEwexL4WD+pO5TUJ1R17NtfBltQCdpBp9TVhAIHNIycje8rxIg0J4njXyUOME/Udrz9vK"
        "uicJcu35kdk5xeUqfZZO/U0fLKj2Y1xO6dGeo32LEZZHzsa4/lp3rjk/a9ybdtEN21cf9Bva"
        "Lqwt9d7DfIH1YLPiHmKfIilk4tWie9kfP3ge3NFC3UG3L4W+VxTrC9Mxfpv/YNQ0y95d/yoP"
        "jV2rX3kMkQ/8yKwG34EMAApEhINfGatqkdq4sl0E2OOffHTDz7Gx/9rvALYmvADne+ha5g5j"
        "S4Mnm/HrMAR/Ds4NoeZ9bfy7czX4xtKO8Zvgf0ClQB4LBPGWSZAP0Vj/2UaJC/0hki//okx8"
        "zg0+dlX2D/4Ha2iDYUJ8/Cav71v/0/R76AD92sSXv8cjV9P+w3/9Pd5YXQw9wWu+9v3i9/2Z"
        "VP/wfjvf3/RNzXyE+/pf/aOPNdCPzPfIh/YnwDgpDD4gmqN/408DE68I+qf+v+cnhp/tej/M"
        "+lr+pWb82HzPUArfN/F4YvDDWO5e7TFJAtnGg2sA/Eua9crsNV7TH4CvdCeRDFCoGT+xaZBN"
        "JFwOXN9wzYNsXNGIzz8YKrZfaAEY303q/TfcD+B/ognBNMgCG64lXN8B/pgH4VR6+8ZuGM+C"
        "KMi8yltYvecU8Ekqz2zHCQCPnF3inJ1HQz5Lv+h3An5rLadT8Fmz8MRwrJZ8WSzX/L7oBaVD"
        "yxOwDdVR0O+RUiW4Xwd8c+mR7Jqi0bWnNkWP4BM8n3qzTQ7POUebI/SD383uEgcneP6UCJ97"
        "aPMJ/bcYIP/kIpQ6H9XEeyLiAYYV93y/R2qbI/4xAK5UzXxZDPPxXXDrz3xkvrkKp32vi9BH"
        "De+1dIFhhMeewbBNOzv1zHcraMumnfcwPIfmGR8Fxl/KwPH8OhWXiwq8q/S8T/C7yE4MBl3w"
        "u3tFK7/NO744NvFxIVmuVwqv2ximdI6U8BdqkiO8avAUXt28LYY0uocidZ8OOeFnhsCf53Wo"
        "8LLF7pBTCq/QDNDvlOilasaM2zxhinKkdyZ2xlbrzx5l3svZSsfUWksXfN1k6kEOguJb07/J"
        "+EEsbsZfkDHyL3cV5zfnYuLglZfbal2NnxWBHKu3GSGJHbs2mJ9VVnUTM6SzidVpfD742Xwd"
        "sbtVj59lHRB430bRZg66N0SEXawa9C6ojkJxas2mnN8rALMcX5gAlDQRjvkG8rgKbSBPhvhz"
        "3ZxNLKYQYKQy8RXWFLX+T3wZlK8Vilqcu8yDxOwpUBQSqai30gzzFp/m14uPeAbtlnevu7cE"
        "/gU3h2QP28zxoIjtGr2HWANwwbS3Pzh7DvgTe+13JT5YIsmBHyBjXCjc5pE0YFZxpGjmhYgh"
        "fRh2QFc8iJPoORcjsDX8gdisHV/nA5An5FJK4MVd1eoO7wb9WmQQd9QiR5WRNW7zG9E7qnRw"
        "FH2fqnuPztEsKpt8jxk5o7IqcwcD0L9a54/5tAAeg55dvJDzT12YvB/iMKce4HUIMLD86Coy"
        "j0CuAzytroY/aBMlEXgYq+3n0cbET4F+5AEpfY4z2+jvYiLL5t3h/Pfd1SZOVqJI8iSKAfsN"
        "G55zeO434xGPGT1FAkz1+Y32i04jLzW0StXDLY5D4pqDnqhkjKTBkBp3n804uHto7gLXNtnK"
        "3Q7btg927x0UEZZF1VRU344b4vjMit6ZKZw5Zr0ozBvUj+ayB3L0Q+tuSAkyHt47Zvy6oQ3d"
        "5k+DUaHdzgNr4FWt5mhCEK6erzVy+F2ccShhXQyXv3ziyqqxtEqqnaNZMxtR7ZNmLpdnvPxw"
        "kYtO3GxpvX5jz2/vbQk8NN+bb+RlmgCGhuwqfFwB0nGBSXpA100GeseA38Tw9dHymwBf5XSM"
        "PlH5YJvz4gT5IL43fVQkRy+wChXKs2j47eb4qCqsd64NfkeI+3XD4L2qnIfOPacWm1M94vqQ"
        "FTbwyQE+eceGTuTl7R18GO3Q8Gaj4OoQXCQwbsubS8MvOgIPtjD8Ozc8Ad8DbcgBNe8JJf0F"
        "TIrsolceKRbCUR9G9A+qIJ6087R3Ms7TFOVMej9ysueAc/GxlVF+7Sh8bGXhQQg4PzX3JpAf"
        "4NTkbN64+WYGNouNzXq8aQubzCU3c3lNG28inIMOJ63+laohQLAC5j3YohxybEleLg79KTV+"
        "Zj1s3rM8XkZP+K1EGUfusBlrfvt2RI2W37Uj7m5iZLBrdWJEPVv4aGl8MuSgukLreTNOduXI"
        "2FLJ2tgASuwdJBELnXitprr3ZmyuI/AFDGiHuEK9nULno06MjXi7Zl/RrNE9tXS81uweX2vm"
        "xFGcENvkZcxJkmboZp/AwetWx1fXZw+vWzsdoTuYgOAwfuwlimo+X6Q9pfcOqYGnvTAY9mIH"
        "xhRndulBwoCWk2Y9WMlmaBi3SqJD1S0RXrQ2W/HoIOJ7apUi+cnTJKzF8+LW1uGZgwzH3kKC"
        "j3GMDF32a5+y1SfZjiV4p7VP2dIL/kqALdJGB+e/NjuRkwjh2a9dmj0JOy8hX72XIONqrGzF"
        "3lseJYOGcAK2uAA5L1r5uGrSAd4a2rBox32ALxIoslo9kLUHgBbGprp7p+sHwLm3xoZZ2Z+/"
        "TenhekLRsfVtGR+LPR0tpA1jsFZWxE+thT1FUTsf5LCXp376vmPGmKAJiEfcUuw366Y79Cir"
        "l2757dpTVE3wCrGPZjyWLBEB7Ed4zuYbArnyFIXbVteeC6uxM8nil16YfSLWju0/tT+lndS5"
        "pNu7pdm8tUWITS1/SMPnOfgDxcSPPU6RfDZjg7U8C/CvOmffds4egCvuTs5u54xNHa7Pv/mk"
        "LEqKap/pkQPEgKixuMZUCJblgKvl734ahfxU/MP+HDeu+8gBUMx9sz/ETPtk2gHhZr/ItFdm"
        "v9I1++GvfNrs/Z0zsvU/1eFU1nLyYaukIZnioRYzKYeZr/kd6eGdAsaBvPs0LuYOXhb0cyn2"
        "N+so48GEKcL3R6vn99Q4L3NuYuTyiUTJHri7r1FkU+4fwF+qrzHnkCrf67wIx5vjPnJq/2D1"
        "DK/DDV8XkCC6nwiSgibmewqL3cVagE/CRYHRrtusf49dDsEwy6kL9Gz9Tu5Lq3OzYO4A5f7c"
        "qv3Iqq73D8mz+ukM5uR675jnw+gKlN3HKJjSE3qDCOIhXhOR3qzZUX+ibh2FKm79Z+jBF+xr"
        "MlcQOvjFB9urLEcg9b/tb7X8bvJBV0fmvME6OJUZA3gwEMUniZDsoXKCHdfvW2bPujnj0Ww6"
        "jP3XfgWsk4vIZi+53sz+ORtnbIMZiz8J5ENmn2u7VEWZeLRYyfCLFyCPChUFBdzhYrkRJeS7"
        "63/Kd1v6jGAQr4w+yL/1A5IGgxXOQYS8gLBzQHwP5pTaLbwkXC2DTXL+zFdykzmwfvf95/k5"
        "+kou8MbBtz7OwQaffW1B30wm5dByfs48LGuWBxuk2j1q0gBecLXo2IBsPKOjea+hp9HflcnP"
        "kAL+Ic4gf/vR1/OrTTDke429kLvJ727m/X/ub74nKYN8cIPFv+nHSfBqj814bXth8u12fPGP"
        "/e18DX1MX179FzO+Jxev9vGX/n8er23/vb4/6Pujv5mv1Z/U0Mvunob8MQKMBhGcLYbgsZPQ"
        "7ztSk9ma9SE3nSFSZFHiBiy13cM8OF/1BHI6P6IKn7dy7D0lfT9E0/NcBl4GzwvZP/vw+1ji"
        "80RyD6KNRwGKLOTEU5KGj3nH+4K84WLtd4AtO2iXWi6BHEYlD7QbZ+vHbf8e++DrRt7QSNX7"
        "2KEm56ggb7RJeGU4ywVmlKke6Sn00fosrnopnYuLAPqUhhTG4IWPdi8XMMRPe9K0uxKwEJVn"
        "pcaeK30dMO9dQa7ItIcmJUudEagyTNyekWgqpra0p1wtizfanH81ym/PDA1os/idf3TkJDxr"
        "PIcYAxhHtt8HM4hZR7PHevzJL7kv84WCDDLrnznkyYGGEHJ0KprpBz0iHSDP/zkzyXnRQ9nt"
        "Zjn33k58kcfsCNh5ZM/lFwJ3DlRWvFs80/w6tsEf2F+T47UDfcFP36WwoC+EvkXc9FHf5GJo"
        "y8E3jmz3bFWTPfCWQk7yJk+DrVwtLHnuz6Dt8C93P5cjco3Q10QBFmrWM5nNdLkQhWMQdDv3"
        "sJf2qT0dQy6+afMj7wymSFngvcNHcwnxRLl5+z2f+biug1pAvi6xb7CTctu9jalNftppm+O5"
        "Y6tGI0HTCF23LpoGe6x0Fd6fluH348ol5c37cTs25F4sceHpyhc5nkJuG+YMRz7bAoooZhGD"
        "nNZgXVf80ALj3XN+6nlGPtGhzfXTIs59tVnx59PLNXrRz37pR/WioT9DmLrN/KjNIccZOtwq"
        "Z05t6s6rtTJYl7Xn7BjmYdSWJ8gWjX4U5wwtWt2NKp6vFeCxsM+vhz1424+NOevwC3hWH2vD"
        "c38xmQk2VoiBH4axgv68a/bp18qcTH0kVvWjjz+5+K8+PiHPM3mzAszT0mF1njbQFldUo8Ec"
        "cmb/AHyI4CKpVUXjs59pW4C+GXn685YnKnOauZL7B4UJgD+88pX4lItPwr+SPbzbj+NTNt6A"
        "d1eAYSOwt7C1t3HgT6TBdSH9sb/gjMDe3sz5qaLeFuKDc1TlW8WXjU3Ldg1eZeZcD9aPwPWT"
        "5APs4RLc7IDfu09KU7EnuFf0QB70egmGiuB7DNi3379Kv9NgJD/PQK4jbGod7o0vGeH6XnWR"
        "4y1hAh+roTm4y0o7+K65hyQdTC6c+CzLZqfR+oHevQW859kBgbV/TS4Qu+S95lnP3aj5w4E7"
        "eIOLyX3sp5N3FYTBzF6lmRvV2RuXEfizo+1yMkCQC49fefZq7K60cq4yzsLxMTb2A/YFOKXJ"
        "Rz8IVWWVFdRq9Q4waoP3MlzZkMsqv8WaYCsbCHXhZ4pOORdB5RxntHl/+YMPZ6Bn2G7zNfN7"
        "1I6fEG5vvw2DN0+e/HzT4kxminx0RMdTxPvCG8/Nedb427JulS8m3Tv4Sx+R92OJ8roTiWs+"
        "/u5Un1M5DexMNf5qOqMuAT82mER7G903fUMH2nabdfsiIFcJWKdKAedoew1+2bXbXGsuV+CD"
        "40o/tRYXiZgNSxywwZRiSCrv+aieFL9289Hi/2jMvgICPkFXJFMH6zAfex/NWH6zd/f1k4tc"
        "h8NG/4wc0EeLx1sdHHsrjVL7kVb2QpXGB1zbHDpaq2O1UMS7W0PQ8+P7Qvdand7UnbaWZOZh"
        "/aPnm0unPQ+yOvbUxQJszzY1B0NBwqJANsU22KrwlzY5yDcPS4PFVu9SQU767CO5lpBtIRQO"
        "3HE3bNZ6MbTkbW4gjbfvRganAdKPrt9jNFnfwX5A5wR1kqA5wPhiYUF4CHZ4RUfAbBDDNACi"
        "PkHfCgBRQZtaEsih25zBsxyw4fQyH4FnRCnEI9rwbNfmeCv5BXbcppM5zSaOfQQ7g+8FRQVa"
        "02aMsM3XkbExJN1Hq3fw3uSDbA/8G0Ncaex51fJHzZ3Q5MLeyP4Em56xB5+x22Zaf6Nv/sqX"
        "5xXh0bAj4GrXcu3MICUFrKwBxPXWELcWqqpMXKSYr24meGVlwheolgvsaqQjwLxPiiKPGJ30"
        "IDUpNnvrXuaGp3Er31VPYdA77NiqhtjXQ7VXehgRMSRJpGOVRbL0zL5qT237YCvA2Tlck4iH"
        "fs5D2nPCCY6b2gh2DFf74MvpPq1HNTj7m1hkqLTmTh8d/aFVF5E4PK1ZxMuO5fTNGd0s5v0Y"
        "MOvE4NPyoqzFKJHZBF/Z5xvgsbV9ZivAZEvnzOJ9HMjEDdcPvUzi7LEEvBzpE0CycOqFkL8R"
        "D/e0D7a2ttnHlQu8/FoUqkDe2yqKsNrm/n7puJ/n1XFqzv/Pb4A3ZpAz6yyfohV30RoujmFW"
        "fOY+PCvcZSvc5R4824+l8hKceon6kBmsezrJ3f3qba2inASJeCiSAna8yEP2/uyQJHSBrsmI"
        "bm33JpXAdoLRxB7f5HmHL5TJKElZldz5vk6v7l0XbizvbqyPct/UrlzdQkNbpnyvrvC711Ng"
        "Y0SvFlhnfaKWC7zNuakdwM7ohlciwEs+xkvhE9/x1ExxZDOeq4/zEpwcoJO3z7MSlUpdFK/u"
        "ZUQRHWwUWkoPn1X46J7Pm8nwaU82jz1JcyZVzsKP0w7WOR50l0WUf56/lo+CnKNgA3LzgLXf"
        "kGOvIcdeQY69hBw7ZnfXnBUmvbltuR2Qp23Oj9rzKmnOr0w93PQUdqXoyfspgxxY8pKpiLFc"
        "SkykZErOYzX2TU2KuK4pGgU7sPMFYFCCenIRYBwhPYrgTuHK0XW38G+WHWBTv4K1jiey/pTy"
        "VM7565wfN2etYr+2KJZmr7WN/SQTnOC43598US6N7xJo356FzOUbqUN0pewpuJthc04ZFwJz"
        "l75xkr3BsznDpFE99YsO+/u89I8aIUApkG+Z80VSmPqHI4L8g5j6G5QQ1darmDqV13np684h"
        "n6RM4FF7NvCqEVoVCp5bTNYc4P+db6IUCLYYgKG2nrEoy2bvS1dAJTZ1XpBTG5yNOz/nA2Zs"
        "SAQhP0dq525zS/5Zv0Hu/j/Q133ltwJlf9dj+ebQYaD3v/spuyIcSBaInU1qOc+vftf4nLIz"
        "/2OuKO24pr7sD9pmkk9q/NyFyqTGftnIRmxt6y0Rhq5/rRdr13v7rd8sytDUav7QKQ43q12z"
        "gDUvV/dn7+86svGLXhSItMjeQ18O1ByJjCnhUKRL15wpvfikoE/yO/XFs63R+q2LNNDBrN+i"
        "kFvjxNSjSdScl7b7PXv6Kfc2FSDTzsIfoTsgbaKgfbA046FgUnIi396XTL0RNKJNHVqQYQcu"
        "9cODmaltNGf+7RlZLfmIVvYU7dt19siYAHj+mgjgbArLi1HNCCpkhI4cZaWpgaw8P4n3GYZE"
        "x8jg0+yJvPRzRuSf9a//Usdz+Q/93k9967/rn/6H/uV/6M//Q/+WXD2J0RX4LfDCJhzkb3R2"
        "IWNTlzR8vQ9Y41dmiGrzvtmNQZZl/dQXWNrUJzT1wbZNZkcuUJHW45Pftd72Nl7CvU7f/Nx/"
        "t+y0Ii7cK0D1NH2jb/6bpXW0HEpfHhbWdCgxzNfOxUE/bB+ywrpu9RE8mjZxmzaywGgLPtnU"
        "I6BXreyr7lG09gzfd6T66TcxFNYFAcCMJUXZeY6cUVOfHBzRb13hH3ZMXvbZ1isY3pCF19QO"
        "veroOOgnOrRnrIE1efzhU5A5Q59rqUbUuXKgR5l2pU07Ne2g6UfQBvuWJ3Q3+y8T9Fv/8J/a"
        "mrCfeol/qqdbFOW7YME9LsKhXE/xpcjGkuFhy5ueWNcWmzvYzcCDgL8WX2idUIHRvs0fx9h1"
        "rB6qWGTqeoE46RdtrrcRGPB8DH6Hzx1lUx3y3cEitcDd1teafjI4A9rlSImcRFecVRhwEysQ"
        "2g1cLSqyZirdbvIJgclXA+IL660ox3kMuUXjmxMRP5ZlvfbDtjY2K4HuOWSpdePHSboAGuQv"
        "DXbIU9rQULXry55Px5zRtXseRGHqT5HRGwHZ1LfBuMinbZ/Xs2rQwz2qYY1tzu3Xc6NWjX/4"
        "sKxSpY3DdIiWg5zj73adPZ5+Uk3BYxDIbQgJTR2259Try9Th9/RfarFsrkw9pjB1qH3AVnQr"
        "pztk25R6PEilP2h1L3vVCjXvm/o9ikztW4FT0Mm13Ezx0fbI9rd+ld8jjhnYuACf1PjzQB5/"
        "/XMMeAn91OWjMnrpLO5Mvn/1VCB4H2sO+jQlPJBN2+gTamoFxzEgLLkMEvmyj9/6WzFmLk8W"
        "WVhJtzkTW0uNnZ+Y+3MH+mxRjV/7zk36kTfjpzTo7S+4s2WBs7uAnk5GyLENTPGIpDsq9j1A"
        "DwlH2jvI0ZQ+CryWwAutqzxmP+MTLne37/enJUH8q/Xc5g7M9z71eW9/hGXCvHFTP4XM+lIC"
        "+KGZv20Df9H7zv/Uh3NJDn7QO9ikK+cPHIwzBG4mNBWKc4p2ggYacpX+UOGJPPp3BQp1PYVn"
        "oGP4s97hS//f7OlCjvpoZQtzHsoVYCuzcAhLueuPLee207MhWt6Gw9/63TnkzPdjBnRf9SEH"
        "HXBNTRfonGj9N2vOACECmvrd+h/3yuc/8jrg5lyWf9Gkqf+e/2v9dzMe0sz4sbmU+VWkxs87"
        "/0v9acOfk3m/0ad/px9BRtRLH4x+HV5x1okV+PXGCQL2TAF70vEDYgAB/3sH/IfNGTPPUCVD"
        "lMsQ+Pj88dug6wc5fVAX6KaYgvwjtP/Bdz93MvH5FfzMq86x4Xtik+QLHSZyFV0RQxgQYxq4"
        "H8s11tjFaw6xBnKCFUCT/nWBl9o3e7KP80ZtdyspW39t6u0NXQjoKopWXxmgZlNTBWbGFphx"
        "k/caJK0BKwBe4LA+ZLA18NjnO5PDow8AX1lSHFenTY4lThKFYlPVdF1BfsEfbLUKiMxKAubu"
        "T/Um4e9qsanXy2YtuH6jSHanMiNcASyyMZKBGyQFJz7FTLOA+D/yNPWU6g641IU3vxBKTjEa"
        "v6380yEVOE4Ycj+PCYzhvcVq84krV6HtrhusENsvB2ceIalPibtGh/nHqpTLSXJNCPL5CpHH"
        "OXXX8vQVs6y/hfi/jGLJpKln0GpMIHmCsbzIlei23Hx201NCxu8f/mlvgxzM/gv+SN65Oat6"
        "Z96HTDOgoZeqXZ+QpcLRskTbZbxf9iAHCiE2HObJA2cvXKWDqxIpxasR2eBP7qaD2SU7kh64"
        "WoY1yFSnKFQ7wMKbDSGuInrjEP+hqg/g9rkgfMXcghn8nn8W2+X2i+e3bLB5/3grL3Xeztfi"
        "i4bffl3BXZgznx+c3/oLBH66OQfSXgb5bwzpZ6oEUW4cIj8NUzdW0EbR+0YvI1whPZ2IHu6i"
        "Nci4+V+bgo+vG3/6EOJ1ntTiBx9Mrf3/Jw6uHuy6iY1iwHQUCgnzGtpMnAhQWoTvkf8pDid8"
        "kcEDdW12hChAJHpgpXCF/QRS27LD/vh/BdT8c5f5j60//rmr+U+unvP//j8wgmN3"
    ),
    "esp8266": (
        "eNp9e9mSq7i27b/Uq3cEZLrDO+I8qAOEkY3A2MYvN5zYFhg36SZNc+L++52CzFWrate+K8IL"
        "hEDNbMeQlP/7x8fj8X8eebP/49/j90H//V/dg+f2/vzj32/muD8a9Ifv5r/+2G2f2z/+/QfS"
        "/0IUMoU4LguHqNjHqKRU8jmSFlIoFSxMbCIHMUYPaZfJlFYxfIQHn859vbwf3NHsWXKy+Gru"
        "fXwvJ9YkujuZmS7CI7mizdIxdnminPNrYkb+Y/kyjPF4veZFzjb4XvSdxEiGdL9NMuKHXpLH"
        "+0lBGilwuDoNzrfH/n20NKU/2SxsJonab7N3cRybvcO52bPsTaX9cpDO3g6Lp21/2nh/Od4O"
        "+XFsNBt0nlzyorwdYz7svXp4cnFcfnZ2H7IcDA9vbHQfFbfU2Efv2P8yNuXL7/Wqy+hjGlwv"
        "1/3NFnMjxuE7x/Qi32aX03n3OvfcOnffl6u7CBnPL+bJsG5ylB5P08fw6gVW+Xb62Gx8Qflk"
        "Mpkbhrl8Z1k86d0cQw3zpmczga8jFhI2IodT0J8d+Oj18Yre6ltoDj7uCzPDkfyf//mj09Dv"
        "mhu/gUatf/2xvzzvdftoMJ6YgzfQ8XNfPbUyOe0FBtkazUS5GUbs4Zb80BgCfmQBPfMEIwE6"
        "ZQWJat4XrxjDB9oEHMOwUEK4lNjHA2ZismbYOLR1PA19zFG//K/1kcLswRQ96FKNjKNlSLgV"
        "h7ExR/O0NP2FtHnBHHdsvKXvFD9PyVnK1VHkskQOkkiw3GMR9IEQ0d8zFQyMAlttf9asCM3D"
        "y6gjNqD7ApOFi3sv44nOH0dSmwIdjgZ8iCjinzRSs+mjyRcwEhE+6pq4V7QoZu+YRWWIZhY/"
        "Q/s93rav5TVcaWMWerwRg//YCf4jQtdnuv69RIxhPHlZUXlAJJGixggp7obRVeDVtdysmZIC"
        "FckAoTLihUR8PzYk/ETBEX+GqCQwGOV5nGDzQng2elk3T+vB5gQRk8Y2Nsd+LNjRPRsNytVx"
        "mqHoWlypCCmSI1EUVOx9Y370CMirGhwm4FmsFFeYMcLts75hfSLr42S87SNJ3dSoFX1hnpsF"
        "jnhGHliWdgxji3dHI0Lxx4Z5OZNloccmC8/TskPvhU3x1GEKR6hQq7dD7EwOVh6CfbwdLCTS"
        "D0Mqge4U3JPBJ3Sq+nQfYWLaleJI3OhuVnGSPRqD3+gHStetXrLHxZBQDod+SWFMWufVywL9"
        "+Jh1Opda3n2h9UG0TZ3QwTIIkZ3+RZGVh4vxHrphzzA+YcDV4Fl9y3XYytXLedCVTaTLm5zf"
        "Q7hv7Z3yGchZCKqfi0+x7xsyH4TzYzlAJmpKtzEZk3g2lnEG89MGMWptm6746+lgbdYgf/H0"
        "EKWLTubmyUFt66oCG0vYvvUB2foAIgrhb/+7UQS+98tX/pwzQlcQvZyCybFf76t65W7i/Qn3"
        "FsxLU5PMv/z6Kmh0nT0dor8iXKBgH9HcnKHDopUv9JFWetyzfUQm6MmRW4I7w7ugH+m+2nv8"
        "EsNhI4nr8mSXhSPmDsS3X+uxaPljbe+jdjzSrTCiP/KHdkpUVOB/2u+0XPDEsDL4DShyB237"
        "oI2pLMFPvueZquw3eTwQxCPQjJQMUcZQVO61L6V5IlGdyJ920YBBLPnx558rccF3I/Bd/Wxa"
        "Esao/NUeaBb8E6Gqkx9EGTyt41xKkFPuYdSgq9ydQlEw1pcSnsfCpkhNFmiwk6eqPDMnKRiP"
        "RazSgnmyYEhHKnjfRfum7d+XTKjSvbXzpKbwpfltH8Tnsjyi/aEb7/f1R8a/YiJEJj0+ilKI"
        "IfiJ3kx3IdMJJNwKQVxrv6Hf8Qlsx2is2Pu2nzpyNyw1KToz2pccg/3rBqveYcKRua9RbBKK"
        "/PUMNTIUSNjp3kQ5+Dz4JKEu5zsV/ujB9C5GYOgGMOMhRlPCpPRL1epjR73r7hyOEneY7kCn"
        "5blqJB+ig8miL9+hWqmUmv2ZGCxitzFq8Bu6N1np1p1c1ITiGC1DeyvKhLbAAmKgntucmrVZ"
        "oWGwq8iU9i/ikQ7QAQegoQfY6rWzzyTX9lqhvKqnblLsc9zTel9omVB5hngw0uMflQz0HRqH"
        "Nh57IuK2C/67Ovo6j3zwwqN2jdQOP5pn4dcQ1/IwLCuIY9elrNiPz/yS91Tm7fwPENNH0J50"
        "J509q+pP++36B70gFFgBDPZBQD8z7BqQH2wYzwODPD9QLKXTllMM9Xst31m5gPYHuNOnnEtW"
        "M+Vuip1JDj73Huk5a2UeoSMj2xovwNdY0ke4IiPSr0YH61JUQsjanP/Y49FpbTtALIHQXFJf"
        "DvCoy+OCWybR5WHnT58Q45u2HHz7117bC88XJfJ54yZGvW/wEfq8JhnUTyiBfnZdPw3jgpXJ"
        "TmvnvWsPYtFylapEsAb6pwrXkVUvStuyII6yBd4zuzDi9GKMHtW2oVQwt6GCDuQotIbr2jug"
        "9BTwwkoDOdmhL6pstwE8cNC6Q0kh1k7t7XD1aIaN39h5jAbw7hSx1UCh6utlZV8vnfsQLr/n"
        "i2qI7cjpdTr7B9tp9dHaN8icR2h/xr21+0TqXNVbNkSyqS2I0W9j/laTAbSn8cRHO3/z0S+9"
        "oXkMZHn7YFM1tgA/uZyCupsUBLsZBqZQAwbf49lQ2nPEBK0LSnz2pFaevXvuVR0ybUflL/+b"
        "SKezN+rx1LUMiAHvoZ1ThHcoB/u/lytTldCe+QikfGLp9tu5zZoaghA9UvFEg8RGon5GpAR9"
        "nBAfzBzIckiqkkAO9iSZL/7q+539Cm2fU+0/qNT2+p1vdOzdxDuTzkkzFBATR7ErhYWGfmCS"
        "UD2Q0/BSuLJegE3SEt185hFgCimZmB88L1KvEI5jTBzUBkH32fnzR208kgTZZnBkZk5xtUpf"
        "ldV80Sfz6v0UVzN6NAO07zDC8sjZFDe3de+a83OJB7M+umPz6oJ9Q9mGuaXOe5gvcDnarLiD"
        "2KdICpk4jehf9sctz70HWqgH2PalKB81xeWFlTF+C74xappl77Z7lYfWr9UvfYykC/LIjBbf"
        "gQ4ACkSEQ1yZqnqRmrg2bQTY468xupPnVPt/4/aMsiS8gOB76Bv6Cm1LjSfb9iEsG00Pghuk"
        "Lv1+2cb3q8Y3RgmCauMPGWh9SJRKSSEcM1Lg6vcyxHWoB0b2HV8g60K9Q+ABLfO/xJ+5zKA+"
        "xpmO7/Ln+zb+tPVg3VBWPPu9PZR4+C/x68/2sCr0+7q+7a+tJw/+U++h7C/vt/39Nr5521/C"
        "8X/GR4ZLeF/q/GO6UD5jU48P8AFW/L/FU6bnh65/q/+zf6+N5+181+jX/KVuf9bKS6Yw/jYf"
        "c40fPLX7KZ80v+n0EWv5lJp/2OhXe229B7HS9iOYd1gyfmIzL/Ml/Cz4fcEv8LJpTSMebBkq"
        "Pm5oARjfTpr9F1wPEH8in2DqZZ4JvyX8vjy8DbxwJp196zeMZ17kZU7tLIzBawb4JJVntuME"
        "gEfOLnHOzpMxn6c3+pVA3FrL2Qxi1jw8MRyrJV8WyzV/LAZeZdHqdAVg1ETecEAqleBh4/HN"
        "ZUCya4om14HaFAOCT3B/Gsw3OdznHG2OUA9xN3tI7J3g/lMifB6gzSfU32OA/P5FKHU+Kt95"
        "IeLcIQY/8v0eqY8c8e0IpFK3/WUx9Md33n04d5H+5iqs7r0+QtsG3uvGBY4RHgcaw7bl7DTQ"
        "362gLNtyPsBwH+p7fBQY35SG4/l1Ji4X5TlX6TifEHeRmWgMuuAP+4pWbsc7bhzr/LiQLC9X"
        "Cq+7HKbKHCnhLpSfI7xq8RRe3Z0PvAA8iyL1mI054WcG/sHyJlR42WF34JTCKUoAsHhGyqVq"
        "24w7njBDOSp3OnfGRhfPnlU+yNmqjKmxljbEOn/mAAdB8b2t32T8IBZ3HS/IFLmXh4rzu3XR"
        "efDKq496XU9fNQGONdhMkMSW2WjMz2qjvos5KjPf6LUxH+Jsvo7Yw2imr6rxCLxvomgTgO2N"
        "ARlfjAbszquPQnFqzGecP2oAsxxfmACU5AtLfwM8rkYb4MmQf66bs87FFBKMVDq/wpyiLv6J"
        "m0b5pUJRh3OXuZdUCuSBQiBw1FmVDPMOn+bXi4t4BuVOdj9XZwny8+4WyZ6m7uNJEdu1dg+5"
        "BuCCLn9842wInRw73XcVPhgiyUEeoGNcKNzxSOoxozhSNHdCBEntMO6BrTiQJ9ErEBPwNbxF"
        "bN61X+Yj0CdwKSXw4qEa9YB3vWEjMsg7apGjWusad/xGDI4qHR3F0KXqMaABmkdVy/eY1jOq"
        "6iq3MAD9q3HeBrMCZAx2dnFCzj/LQvN+yMOcOoDXg7GefnQVmUOA64BM66uWD9pESZRgy+jq"
        "ebTR+VOgb30Apc9xZmr7Xfiyat8dB7/eXW3iZCWKJE+iGLDfuJU5h/th2x5xmLZTJMBVX19o"
        "v+i1+lJjo1ID3OE4JK452IlKpkhqDFni/qttB/cP7VXgxiQfcrfDpumC3zsHRYRhUDUT9ZcF"
        "CSk+s2JwZgpnlp4vCvMW9aNADkCPbmg89FC8jIePnm6/aceG7sFLY1Qod/3AHHjdqAD5BOH6"
        "9TNHDs/FGYcS5sVw9UtOHPInlkZFS+uo58wmtHRJ25fNM15tbWSjE9dLWj/P2OvLeVuCDPX3"
        "+ht5mSWAoYFdhc8rQDouMEkP6LrJwO4YyJtouT47eROQq5xN0SeqnmxzXpyAD+JHW0dFcnQ8"
        "o1ChPItW3naOj6rG5c42Ie4I8bhuGLxXV0FoPXJqsICWE14essIEOVkgJ+fYjhM5eXeFGEZ7"
        "NLybyLtaBBcJtNvJ5tLKi04ggi20/M6tTCD2QBk4YMkHQkl3AZ0isxhUR4qFsNRWq/5JFeST"
        "rp/uSqZ5mkJuk863nswAcC4+djrKrz2Fj50uHEgB51fJHR/4AU41Z3Om7Tdz8FmsfdbhbVmY"
        "JJBc9+W0ZbyJcA42nHT2V6l2AIIV0O/BFNWYY0PyanEYzqiOM+tx+57h8Cp6wbMKZRzZ47at"
        "4P5liQYtvxpLPOxE62DX2cSEOqZw0VLHZOCgZY3WQdtOduVI+1LFutwARuwcJBGLMnE6S7Uf"
        "bdu8jCAWMBg75BXq7BQ6H8tE+4iza9m7nqN96sbxM2f7+DNnTizFCTE1L2NWkrRNt+sEFl53"
        "Nr66vgZ43fnpBD3ABQSH9mMnUbTkwSIdqHJvkQZkOgi98SC2oE1xZpdB0APH9dv5YCXbpqHd"
        "OokOdb9CeNH5bM2jg4gfqVGJ5JunSZiL48Sdr8M9Bx1OnYWEGGNpHdrsl3/Kzp5k15bgvc4/"
        "ZTdeiFcCfJG2Nhj88llf+hHC819+qdckzLwCvvqoQMf1VJmKvXcySkbtwAn44gL0vOj0Yyu/"
        "B7LVY8Oia/cJsUigyOjsQDaOJ3XbtOw/6PoJ4O6t9WFWDYO3GT1cTyg6drEt41Oxp5OFNKEN"
        "1umKuKmxMGco6voDDnt5lS/XtXQbPvJBPeKeYredN92hZ1X/2JbbzT1FtY9XiG3b9liyRASw"
        "H+E5CzYEuPIMhR+drb0WRutnksU/dqHXiVjXtvsq3RntpdYl/XgYJQs6X4Tc1MmHtHIOIB4o"
        "Jr79cYbkq20bvOVVQHwFpP9l5uwJuOJh5ex+ztjMClT+i0/KoqKocVk5sWAwoGosrjEVgmW5"
        "FKX8tZ5GgZ+Kv6zPcR26jxwAReDCp4Tp8kmXPQJORFr+stDrlUyvh//wab32d87Ih/upDqeq"
        "kf7WVEk7ZIrHpZhLOc7ckj9QOX5QwDjAu0/TIrDwsqCfS7G/G0cZj3ymCN8fjYE7UNO8yrnO"
        "kcsXEhV74v6+QZFJuXuAeKluU86BKj+avAinm+M+shr3YAy0rMMNXxdAEO1PQPuqzfmOwmJ3"
        "MRYQk3BRYLTrt/PfY5tDMsxyasN4Ptxe7kqjdzegbw/lbmA0bmTU18dW8qx5WaOAXB89fX+Y"
        "XGFkjynyZvSE3iCDOIg3RKR3Y34sP1G/iUIVd/EzdOALdvMDBamDX1zwvdqwBFL/tL7Vybvl"
        "gzaK9H6DcbBq3QbIYCSKTxIhOUCVjy3bHRp6zRp5GSpLNhvH7s96BcyTi8hkP3plmv+xacY2"
        "mLH4k2yR1OtcH0tVVIlDi5UMb7wAfdSoKCjgDhvLjaiA767/vibZjk8rBvFa24P80z6ANGis"
        "cPYi5HiEnT3iOtCnLO3CScLV0tsk5898JTeZBfO337/vX5NbcoE3Dq6xPXsbfHZLA+rmMqnG"
        "hvW952EY89zbINWtUZMW8EKoRccWZOMpNYJBO57WfivNz4IyBP5pMeCDrb0Kzee6soGBP3b+"
        "kvCWn4p/qNffE8mgfoX/Wz1lmh+2ZayOP+Uv3V7bPh38tb7rrx2f377f1he6fVstfsq9P8f/"
        "9/ba8p/z+218v9W3/XX2I1m7/+eUwB8jwGiQwdliDBE7Cd2hJUsyX7MhcNM5IkUWJbbHUtM+"
        "BN75WvrA6dyIKnz+kFPnJen7IZqdA+k5Gdwv5PDswvOpxGdfcgeyjUMBiiyk7yhJw2fQc27A"
        "Gy7GfgfYsod2qWET4DAqeaLdNFs/7/v32IVYN3HGWqvOdodazlEDbzRJeGU4ywWGKakBGSi0"
        "7WIWV4OUBuIiYHyqBAqj8cK2W8sFDPFd9ttyXwIWovKs1NSxpVt6zHlXwBVZ6SC/Yqk1AVOG"
        "jrs9kpKKmSnNGVfL4o22+1+t8ZtzPQa0Wfzqf3LkJDyXOIAcAxhHdt97c8hZR73Gevzml9yV"
        "+UIBg8yGZw482SshhRytmmblkx5R6SHH/d4zyXkxQNn9bliPwU7cyHN+BOw8MQN5QxDOYZQ1"
        "7xevNL9OTYgH5s0/XntQ533XXQoD6kKoW8RtHXU1F0MfHGLjxLTPRu3vQbYUOMmbPI0+5Gph"
        "yPNwDmWL3+x9ICfkGqGbrwALtfPx5/OyWojC0gi663s8SIfUnE2Bi286fuScwRUp85x3+CiQ"
        "kE+UnXff87mLm8ZrBPB1iV2NnZTdrW3MTPJdTjuOZ0+NBk0ETSN0/bDRzNtjVdbh42VoeT+v"
        "XFLevh93bQP3Yomtt874Iscz4LZhznDksg9AEcU8YsBpNda1xfdYoL1Hzk8DR+snOnRcPy3i"
        "3FWbFX+9nLxEP+Nnv8aPmkU7/gxharf9o45DTjN0uNdWQE1qB/VaaazLrG69E/ph1JQnYIva"
        "Popzhhad7UY1z9cK8Fg45NfDHqLtdqP3OtwC7tV2rWXuLvy5YFOFGMRhaMsbBn29Tr9Wemdq"
        "mxj1tz1+c/Ff9vgCnqd5swLM043D6L1MGFtc0xKNAuDM7gHkEMGPpEYdTc9uVpoC7E3r0w06"
        "majMavtKHlsKHYB8eO0q8SkXn4Tfkj28O4zjUzbdQHRXgGEj8Lew87ep5/pS47qQfvufd0bg"
        "b296/1RR5wPyg3VU1VvNl61Py24OTq37XI/WT892k2QL/nDx7qbHH/0XpanYEzwoBqAPer14"
        "Y0XwIwbsOxxepdtrMZKbZ6DXCS5dqy072wluHnUfWc4SOnCxGuuNu6wyva+GO0jSkX/hxGVZ"
        "Nj9N1k/07izgPcf0CMz95l8gd8lHw7OBvVHB04IrRIOL5j7my8r7CtJgZq7SzI6a7I3LCOLZ"
        "0bQ5GSHgwtMfnr2a2qtSWVcZZ+H0GGv/Af8CnNLy0S2hqqqzAnJXa3eAUVu8l+HaBC6r3A5r"
        "gq9sINWFnyk65Vx4tXWc0/b95Tc+nIOdYbPja/p51LWfEG5+fGkBb148+f6mw5lMH+opIzqd"
        "IT4UzjTQ+1nTL8O4167w+w+Ily4i78cK5U0vEtd8+tWrP2dy5pmZauPVbE5tAnFs5Ed7Ez02"
        "Qz0O9NFv5+0Kj1wlYJ06BZxTmmuIy7bZca1AriAGx3X5KktxkYiZMMURG80oBlL5yCeNX/zy"
        "m22H/6Mpu3kEYkJZk0wdjEMwdbZtW267dnf75iLX8bi1P60HtO3weGeDU2dVotR8prW5UJWO"
        "AdeOQ0drdawXijgPYwx2fnxflIPOpjdNrztLMndw+W3nm0uv2w8yeubMxgJ8z9RnDsaChEWB"
        "TIpN8FXhLk1ykG8OlhqLrd6lAk76GiK5lsC2EApH9rQftnO96LHkHTeQOtr3I43TAOlH168p"
        "8tcP8B+wOUGtxGs3MG4sLAgPwQ+v6AiYDXJYCYBoSNCXAkBU0PYsCXDojjM4hgU+nF6CCURG"
        "lEI+oq3Mdh3HW8kb+HFHJ3Oa+ZZ5BD+D7wVFBVrTto2w4+tI+xiS9rOzO3jP35KPA//CkFda"
        "f1518lGBFWou7EzMT/DpOXvyObtvZs0X+uI/fDmoCY/GPQG/bi7X3hwoKWDlEkDcYA15a6Hq"
        "WudFivnqrpNXViV8gRq5wHaJyggw74uiyCHaJh2gJsVmbzyqXMs07vS7GigMdoctUzWQ+wao"
        "cSoHIyLGJInKWGWRrBy9rjpQH0PwFZBsAD8/4qGb85AOrNDHcXs2gh3D1d67Wf2X8axHZ3cT"
        "iwxVRmAN0dEdG00RicPLmEe86hnWUO/RzWM+jAGz+hqfVmdlNJNEZj6+ss83wGNr88xWgMmW"
        "1pnF+9iTiR2un+UyibPnEvByVJ4AkoUzJwT+Rhw8KF3wtbXJtlcu8PK2KFSBnLdVFGH1kbv7"
        "pWV/nlfHmd7/P78B3pgDZy6zfIZW3EZr+HEMveIzd+Fe4T5b4T534N58LpWT4NRJ1FZmMO+Z"
        "n9v71dtaRTnxEvFUJAXseJGH7P3VI0low7j8Cf0w7btUApsJRr45vcvzDl8ok1GSsjp58H2T"
        "Xu1HWdixfNhxeZT79uzK1S5KKMuU79UVnjsDBT5GytUCl9mQqOUCf+Rcnx3A1uSOV8LDSz7F"
        "S+ES13LUXHFkMp6r7XkJQQ7QydvnWYlapTaKV48qooiONgotpYPPKnz2z+eNP36Z/ua5J2nO"
        "JCDlcHvawTyno/6yiPLP8235LMg58jagNwdE+wUcew0cewUcewkcO2YPW+8VJsDNDXtE9X5e"
        "+rNfNdP7V/o83OwU9qUYyMcpAw4secUUgPAcKoGBMSWDWE1dfSZFXNcUTbwd+PkCMChBA7nw"
        "MI5QOYngSuGXo+tu4d4N08P6/Aouy9iXzaeUpyrgP/v8uN1rFfu1QbHUa61d7ieZ4ATHw6F/"
        "o1zq2CXQvtsLCeQbaUJ0pewluJ1hvU8ZFwJzm75xkr3Bvd7DpFEzc4se+3O/9LczQv7UBXuW"
        "B+AfiT7/ADBfSqLP3yBBvs8b6nMqP/ulP1cOfJIygSfd3sDPGaFVoeC+w2TtBv6ffBOlerVL"
        "L4okerXaQQx1+9UlWbjteSxKecmVi7g+RpUjtUPAi1tM6b4Z+twqUVSfA1t++RN+8A1C23cH"
        "gGwqA3g0a8+FFaRb/4AABP3pQNuiSz69tucndTnQgyYcOA66IQtJFurRPBaoG48+kzYJLE+k"
        "RcYPC4OisrLgE46oR9OuDwEct2Sl4jdg94cOM+kzgocg0GMaohxwpX6XeE+NCzlyOyyOwA70"
        "1XVBkOUSdC1YbYrkxiAcxyFiMlRU4J899L+f9xH0gX7Oz72HDMZokvnTb/eNuCqRY5W41+1f"
        "rS8Ba89s/TonqbvV86eu8Zs835aFb0DbsZYXVASQvhDwzwRiDpKHxojhp8/hRe1aA5agtjLk"
        "HLKVyfQ5uG8b0GvY5Gfd4je9w6DLL9Sdx9FnLf/z3FxANkZjpVHZnaept+6mOJyqbg3KJH0Z"
        "zLDbOFnGUUIsac19NHgOMHcNNByXeCzLcdi4jdH7ZAnQ5W1oQ4IGm+jWi8I9yD5ViVY9iveN"
        "sT/y0WzRrjnlopBoWvQvxdfjZkwgFOn16KwB8FG3GOcQcP5I//PcB8i31OcFFuza6sMU32d+"
        "5Ll637gT9GXSRob5VVIHYtiOiv072plwz2/BCezZhP7tay3BZzXnu+zfZnRh2r6c6LWu8met"
        "q5n5W2Ny/zL1uK6N5escB7HU+sc1J40Hu/FYBD2k1GfR+v+pDz/00M/5qCD+L+ejCIvk7/7/"
        "93bwIEL/33oWqn+sFyj787ykD8Rculm0ZZCbCpXPMb/qeqtdC3NHfx9Xote/9DQZNV6GZSCd"
        "j9vz0VZ73nEh+QjiPgkbcYsPB2M5Bq+C66yJ9xxsM2w4j+EKfovgWRDrOIY94A07DD7ff+p9"
        "525tqo0f4mAYXYyyyRV1Z3OTEtKZ6s5XL0jSybsb77ccPwyjxML7h/njl3aW0j5KL79i64k3"
        "wLwkcqQ+qr/8XKYuYrGdKhibj/AGHPacCXuNUsIVed+c8fNtgzvZ5WbRrvtDPPJIJDt5SsUB"
        "y3KkII4ISI9wD1+CrVERSiqUIlAPT0CWaWYmEA7wFVVfdh7Ntssz4Ac7A0SpTwdvs8SOVW6G"
        "m6QADsU0x0r7+KSOWzy7zHZxF0+CWGCavhFI4hhGIhlGRXzKYRypgIQoC55+x+Oo3BOi9+nj"
        "HAN+xflSovsy2S8nZWmHSqLVeabb+FhG+Fy4fIXws5+eEhQO17ck45iSpVqmgCM+P2wcP/MM"
        "5plmCZq+b8rljqw+ZeSeXpCUll4IuSXjtk/Q1SfuBdra8CUiz+X5squXit831z2YRmlnKgF+"
        "9XlM4HoMErn5xLUNY8hq3C+4t0K2t2b4uYQx5BRtWt+b5Kbzc96IonOOqlLYH6ZXOIVaNtfR"
        "3hF+JhGXLuh0jUvsADYj+FRwGIePLyXfv1Pv88wdvRqdyJVcaBw7PYfP5ZcmaO7nZXNfO4e5"
        "9+3r3/YI106Wutw913F5irg+v9Tlnfbd0skAT8YA51IliNJ5xU3DFPQJZRRpeUW4BurniwHu"
        "ozVgsvbsegFZcuPOnuLHB9Af3V8i/PZHC+1fKJjm//1/Fua/8A=="
    ),
}
# Experimental stubs (flasher_stub/README.md): a host must be ready to fall back
# to the ROM loader whenever a stub does not greet or fails its self-check.
STUB_EXPERIMENTAL = frozenset(["esp32"])


def stub_image(chip_name):
    """Our flasher stub for a chip ("ESP8266", "esp32", ...) as a dict with
    text, text_start, data, data_start and entry (PROTOCOL.md §10.1)."""
    import base64
    import json
    packed = STUB_IMAGES.get(chip_name.lower())
    if packed is None:
        raise FatalError("There is no flasher stub for %s" % chip_name)
    description = json.loads(zlib.decompress(base64.b64decode(packed)).decode())
    return {
        "text": base64.b64decode(description["text"]),
        "text_start": description["text_start"],
        "data": base64.b64decode(description["data"]),
        "data_start": description["data_start"],
        "entry": description["entry"],
    }
# --- END EMBEDDED STUBS ---


if __name__ == "__main__":
    _main()
