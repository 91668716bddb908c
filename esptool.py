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

ESP_ROM_BAUD = 115200          # every connection starts here (docs/protocol.md §1)
DEFAULT_PORT = None            # None: try the ports the system lists

# Image header encodings, docs/image-format.md §2. They live up here because the
# chip classes of section 5 point their FLASH_SIZES at them; section 6 owns them.
FLASH_MODE_CODES = {"qio": 0, "qout": 1, "dio": 2, "dout": 3}      # header byte 2
FLASH_FREQ_CODES = {"40m": 0x0, "26m": 0x1, "20m": 0x2, "80m": 0xF}  # byte 3, low nibble
# Byte 3, high nibble, already shifted into place.
ESP8266_FLASH_SIZES = {
    "512KB": 0x00, "256KB": 0x10, "1MB": 0x20, "2MB": 0x30, "4MB": 0x40,
    "2MB-c1": 0x50, "4MB-c1": 0x60, "8MB": 0x80, "16MB": 0x90,
}
ESP32_FLASH_SIZES = {"1MB": 0x00, "2MB": 0x10, "4MB": 0x20, "8MB": 0x30, "16MB": 0x40}
# The chips v2.3.1 never knew take sizes up to 128MB (upstream 5.x, docs/chips.md §8).
ESP32_MODERN_FLASH_SIZES = dict(ESP32_FLASH_SIZES, **{"32MB": 0x50, "64MB": 0x60, "128MB": 0x70})


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


def write_file_atomically(path, data, mode=None):
    """Write `data` to `path` whole or not at all (temp file + rename).

    `mode` defaults to what open() would give a new file; a FatalError names
    the file when it cannot be written.
    """
    write_files_together([(path, data)], mode)


def write_files_together(files, mode=None):
    """Write every (path, data) of `files` whole, or none of them.

    All data goes to temporary files next to their targets first; only when
    every one is written are they renamed into place. A failing rename undoes
    the ones before it.
    """
    pending, placed = [], []
    try:
        for path, data in files:
            pending.append((write_temp_beside(path, data, mode), path))
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


def write_temp_beside(path, data, mode=None):
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, new_file_mode() if mode is None else mode)
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


def exit_status_of(work):
    """Run `work()`, which returns an exit status, the way all three tools end.

    This is the one place a FatalError is caught: it becomes the line
    'A fatal error occurred: ...' (plus its hint) and status 2; Ctrl-C
    becomes status 130 and never a success message.
    """
    try:
        return work()
    except FatalError as e:
        print("\nA fatal error occurred: %s" % e)
        if e.hint:
            print("Hint: %s" % e.hint)
        return 2
    except KeyboardInterrupt:
        print("\nInterrupted: the operation did not finish.")
        return 130


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

# docs/protocol.md §2: every packet, both ways, is one SLIP frame.
SLIP_END = 0xC0
SLIP_ESC = 0xDB
SLIP_ESC_END = 0xDC
SLIP_ESC_ESC = 0xDD

# Text a crashing program prints; seen between frames it explains a failure
# better than "invalid head of packet" (docs/protocol.md §2, modern advice).
CRASH_MARKERS = (b"Guru Meditation Error", b"Fatal exception")
# What the ROMs print when they start (docs/protocol.md §6.7): seen mid-command, the
# chip was reset (power, watchdog, a loose EN wire).
BOOT_LOG_MARKERS = (b"rst:0x", b"rst cause:", b"ets Jun  8 2016", b"ets Jan  8 2013")


def slip_encode(payload):
    """One SLIP frame around `payload` (escape 0xDB before 0xC0, docs/protocol.md §2)."""
    escaped = payload.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc")
    return b"\xc0" + escaped + b"\xc0"


class SlipError(FatalError):
    """The bytes on the line are not SLIP frames; `stray` holds them."""

    def __init__(self, message, stray=b""):
        super().__init__(message)
        self.stray = stray


class SlipDecoder:
    """A pure SLIP decoder: feed it bytes, it returns the complete frames.

    Strict like the ROM protocol expects (docs/protocol.md §2): outside a frame only 0xC0 may
    arrive; anything else is a SlipError carrying the stray bytes, so the
    caller can tell a boot log or a crash message from line noise. Frames
    completed before the bad byte are still returned; the error is raised
    by the next feed() (the rest of the bad chunk is dropped), so a reply
    followed by the text of a program it started is not lost.
    """

    def __init__(self):
        self.lenient = False      # True: skip bytes between frames instead of failing
        self.skipped = bytearray()    # what lenient mode skipped (the start of it)
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
                if self.lenient:
                    if len(self.skipped) < 256:
                        self.skipped.append(b)
                    return None
                raise SlipError(describe_stray_bytes(data[i:]), stray=data[i:])
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
STRAY_TEXT_SETTLE = 0.1


class SlipPort:
    """A serial port carrying SLIP frames: write frames, read frames.

    `read_frame(timeout)` gives up when the line stays silent for `timeout`
    seconds (an idle timeout per read, as the ROM protocol's timeouts are
    meant, docs/protocol.md §15).
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
                self._frames.extend(self._feed(chunk))
                deadline = time.monotonic() + timeout
            elif time.monotonic() >= deadline:
                what = "content" if self._decoder.in_frame else "header"
                self.trace("Timed out waiting for packet %s", what)
                stray = bytes(self._decoder.skipped)
                if stray:
                    raise SlipError("Timed out waiting for packet %s; got instead: %s"
                                    % (what, describe_stray_bytes(stray)), stray=stray)
                raise FatalError("Timed out waiting for packet %s" % what)
        return self._frames.pop(0)

    def _feed(self, chunk):
        try:
            return self._decoder.feed(chunk)
        except SlipError as error:
            if not error.stray:
                raise
            # Text arrives a few bytes at a time: wait for the rest of it, so
            # the message can say whether it was a boot log or a crash.
            stray = error.stray + self.drain_input(settle=STRAY_TEXT_SETTLE)
            self.trace("Stray bytes: %r", stray)
            raise SlipError(describe_stray_bytes(stray), stray=stray)

    def skip_stray_bytes(self, skip):
        self._decoder.lenient = skip
        self._decoder.skipped = bytearray()

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
    """Command opcodes (docs/protocol.md §5.1)."""
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
    GET_SECURITY_INFO = 0x14       # ESP32-C3/-S3 ROMs (docs/chips.md §2.2)
    ERASE_FLASH = 0xD0
    ERASE_REGION = 0xD1
    READ_FLASH = 0xD2
    RUN_USER_CODE = 0xD3


# Timeouts in seconds (docs/protocol.md §15). A command's timeout bounds each wait
# for the next byte, not the whole exchange.
DEFAULT_TIMEOUT = 3.0
SYNC_TIMEOUT = 0.1
CHIP_ERASE_TIMEOUT = 120.0
MAX_TIMEOUT = 240.0
MD5_TIMEOUT_PER_MB = 8.0
ERASE_TIMEOUT_PER_MB = 40.0       # v2.3.1 used 30; real 4 MB chips need more
ROM_MEM_END_TIMEOUT = 0.2          # docs/protocol.md §5.4: the ROM may jump before it answers

SYNC_PAYLOAD = b"\x07\x07\x12\x20" + 32 * b"\x55"    # docs/protocol.md §5.2
SYNC_EXTRA_REPLIES = 7             # a ROM answers each SYNC 8 times
MAX_STRAY_FRAMES = 100             # docs/protocol.md §4.5
DEFAULT_CONNECT_ATTEMPTS = 7       # resets tried, alternating the docs/protocol.md §6.3 variants

# Status byte 1 when byte 0 == 1, from a ROM (docs/protocol.md §4.2).
ROM_ERRORS = {
    0x00: "undefined error", 0x01: "invalid input parameter", 0x02: "out of memory",
    0x03: "failed to send message", 0x04: "failed to receive message",
    0x05: "malformed or unsupported request", 0x06: "operation failed",
    0x07: "checksum mismatch", 0x08: "flash write failed", 0x09: "flash read failed",
    0x0A: "bad flash read length", 0x0B: "inflate failed", 0x0C: "inflate Adler-32 mismatch",
    0x0D: "inflate parameter error", 0x0E: "bad RAM download size",
    0x0F: "bad RAM download address",
}
# Status byte 0, from a flasher stub (docs/protocol.md §4.3).
STUB_ERRORS = {
    0x01: "failure", 0xC0: "bad data length", 0xC1: "bad data checksum",
    0xC2: "bad block size", 0xC3: "invalid command", 0xC4: "SPI flash operation failed",
    0xC5: "SPI flash unlock failed", 0xC6: "not in flash mode", 0xC7: "inflate error",
    0xC8: "not enough data", 0xC9: "too much data", 0xFF: "command not implemented",
}

# SPI flash opcodes (docs/protocol.md §8) and the capacity byte of RDID -> size.
SPIFLASH_RDID = 0x9F
SPIFLASH_READ = 0x03
SPIFLASH_RDSR = (0x05, 0x35, 0x15)
SPIFLASH_WRSR = (0x01, 0x31, 0x11)
SPIFLASH_WREN = 0x06
SPIFLASH_WEVSR = 0x50
SPIFLASH_WRDI = 0x04
DETECTED_FLASH_SIZES = {0x12: "256KB", 0x13: "512KB", 0x14: "1MB", 0x15: "2MB",
                        0x16: "4MB", 0x17: "8MB", 0x18: "16MB"}

# Bits of the SPI controller's user-command registers (docs/protocol.md §8.1).
SPI_USR_COMMAND = 1 << 31
SPI_USR_ADDR = 1 << 30
SPI_USR_MISO = 1 << 28
SPI_USR_MOSI = 1 << 27
SPI_CMD_USR = 1 << 18
SPI_USR2_DLEN_SHIFT = 28
SPI_CMD_POLLS = 10

STUB_GREETING = b"OHAI"
STUB_GREETING_TIMEOUT = 3.0
STUB_FLASH_BLOCK = 0x4000          # stub FLASH_DATA / DEFL block (docs/protocol.md §10.6)
READ_FLASH_PACKET = 0x1000         # stub READ_FLASH packet size (docs/protocol.md §12.1)
# The stub counts its window in bytes (docs/protocol.md §12.1): upstream's 64 means stop-and-wait,
# so every packet idles the wire for an ack round trip (the host's frame handling
# plus USB/TCP latency: 30 % of a 921600-baud read on espsim). Four packets in
# flight hide that; the stub's pending acks stay far below the 128-byte RX FIFO.
READ_FLASH_WINDOW = 4 * READ_FLASH_PACKET

CONNECT_HINT = ("check that this is the right port; that the chip is in download mode "
                "(hold BOOT/GPIO0 low while it resets, or let DTR/RTS do it: are they "
                "wired?); that nothing else runs on the chip if you used --before "
                "no_reset; and that the board has power")


class StubFailed(FatalError):
    """The flasher stub could not be started or failed its self-check."""


def timeout_per_mb(seconds_per_mb, size):
    """docs/protocol.md §15: scale with the amount of flash touched, never below the default."""
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
    if port.lower().startswith("espsim://"):
        register_espsim_urls(serial)
    try:
        # Exclusive so a second tool on the same port fails now, not mid-write.
        exclusive = {} if "://" in port else {"exclusive": True}
        link = serial.serial_for_url(port, do_not_open=True, **exclusive)
        # docs/protocol.md §1: a board with RTS wired straight to EN stays in reset while
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
    # Set apart from opening: some CH341 drivers open at 9600 (docs/protocol.md §1).
    try:
        link.baudrate = baud
    except (IOError, ValueError) as e:
        raise FatalError("failed to set baud rate %d: %s" % (baud, e),
                         hint="the serial driver may not support this rate")


USB_SERIAL_JTAG_IDS = (0x303A, 0x1001)     # Espressif VID, USB-Serial-JTAG PID (docs/chips.md §5)


def usb_ids_of_port(name):
    """(VID, PID) of a local serial port as the OS lists it, or None (URLs, non-USB ports)."""
    if not name or "://" in name:
        return None
    try:
        from serial.tools import list_ports
        ports = list_ports.comports()
    except (ImportError, OSError):
        return None
    real = os.path.realpath(name)
    for info in ports:
        if info.device in (name, real) and info.vid is not None:
            return info.vid, info.pid
    return None


def register_espsim_urls(serial):
    """Let --port take espsim:// URLs when the simulator is installed. Only
    called for such a URL: opening a real port never imports the simulator."""
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
    FLASH_WRITE_SIZE = 0x400            # ROM data block (docs/protocol.md §5.5)
    RAM_BLOCK_SIZE = 0x1800             # MEM_DATA block (docs/protocol.md §5.4)
    FLASH_SECTOR_SIZE = 0x1000
    CHIP_DETECT_MAGIC_REG_ADDR = 0x40001000   # docs/protocol.md §7.1
    CHIP_DETECT_MAGIC_VALUE = None       # None: told apart by GET_SECURITY_INFO instead
    CHIP_DETECT_MAGIC_VALUES = ()        # every value the magic word takes on this chip
    IMAGE_CHIP_ID_OF_ROM = None          # the chip ID GET_SECURITY_INFO names (docs/chips.md §2.2)
    SUPPORTS_COMPRESSED = False
    ROM_LACKS = frozenset()
    # The SPI controller's user-command registers (docs/protocol.md §8.1, docs/chips.md §4)
    SPI_USR_OFFS = 0x1C
    SPI_USR1_OFFS = 0x20
    SPI_USR2_OFFS = 0x24
    SPI_MOSI_DLEN_OFFS = 0x28
    SPI_MISO_DLEN_OFFS = 0x2C
    FLASH_BEGIN_EXTRA = b""             # the ESP-ROM loaders' fifth word (docs/chips.md §2.5)
    IMAGE_RULES = "2.3.1"               # whose elf2image output we reproduce for this chip

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
        try:
            self._link.serial.close()
        except OSError:
            pass    # already gone (unplugged); nothing left to release

    def trace(self, message, *args):
        self._link.trace(message, *args)

    def flush_input(self):
        self._link.flush_input()

    def command(self, op=None, data=b"", chk=0, timeout=DEFAULT_TIMEOUT):
        """Send one command (unless op is None) and return (value, data) of its reply.

        Frames that are not a reply to `op` are skipped (extra SYNC replies,
        a stub's greeting, docs/protocol.md §4.5).
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
        """command() and check its status bytes (docs/protocol.md §4.4): the result data or value."""
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
        """Refuse host-side what this loader lacks (docs/protocol.md §5.1), naming the command."""
        if op in self.ROM_LACKS:
            raise NotImplementedInROMError(self, what)

    # -- connecting (docs/protocol.md §6) ---------------------------------------------------

    def sync(self):
        # The end of a boot log may still be arriving: skip text between frames
        # while syncing rather than failing the attempt on it.
        self._link.skip_stray_bytes(True)
        try:
            self.command(Op.SYNC, SYNC_PAYLOAD, timeout=SYNC_TIMEOUT)
            for _ in range(SYNC_EXTRA_REPLIES):
                self.command()
        finally:
            self._link.skip_stray_bytes(False)

    def reset_into_bootloader(self, esp32r0_delay):
        """docs/protocol.md §6.2: EN low, then release it with GPIO0 low (DTR=GPIO0, RTS=EN)."""
        port = self.serial
        port.dtr = False
        port.rts = True
        time.sleep(0.1)
        if esp32r0_delay:
            time.sleep(1.2)   # docs/protocol.md §6.3: hold EN low longer for the rev0 watchdog bug
        port.dtr = True
        port.rts = False
        if esp32r0_delay:
            time.sleep(0.4)
        time.sleep(0.05)
        port.dtr = False

    def usb_reset_into_bootloader(self):
        """docs/chips.md §5: the reset sequence of the chips' USB-Serial-JTAG port,
        whose DTR/RTS reach reset logic inside the chip, not an RC circuit."""
        port = self.serial
        port.rts = False
        port.dtr = False
        time.sleep(0.1)
        port.dtr = True           # GPIO0 low
        port.rts = False
        time.sleep(0.1)
        port.rts = True           # reset, latching download mode
        port.dtr = False
        port.rts = True           # repeated: Windows' usbser.sys passes DTR on with RTS
        time.sleep(0.1)
        port.dtr = False
        port.rts = False          # out of reset

    def _connect_attempt(self, mode, esp32r0_delay):
        if mode == "usb_reset":
            self.usb_reset_into_bootloader()
            self.boot_log += self._link.drain_input(settle=0.05)
        elif mode == "default_reset":
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
        if mode == "default_reset" and self.on_usb_serial_jtag():
            mode = "usb_reset"    # docs/chips.md §5: picked by the port's VID:PID
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

    def on_usb_serial_jtag(self):
        """True if the port is an ESP32-C3/-S3's own USB-Serial-JTAG (docs/chips.md §5)."""
        return usb_ids_of_port(getattr(self.serial, "port", None)) == USB_SERIAL_JTAG_IDS

    @staticmethod
    def detect_chip(port, baud=ESP_ROM_BAUD, connect_mode="default_reset",
                    trace_enabled=False, connect_attempts=DEFAULT_CONNECT_ATTEMPTS,
                    expected=None):
        """Connect to whatever answers on `port` and return its chip object.

        `expected` (a chip class) names the chip the user asked for: the
        connection messages use its name and a different chip is an error.
        """
        if isinstance(port, str) and port.startswith("socket://"):
            connect_mode = "no_reset"    # docs/protocol.md §18: raw TCP carries no reset lines
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
        """The chip class of what answers: by GET_SECURITY_INFO's chip ID where the
        ROM has that command (docs/chips.md §2.2), else by the magic word
        (docs/protocol.md §7.1). With --chip esp8266/esp32 only the magic word is
        read, as those ROMs lack the command."""
        if expected is None:
            print("Detecting chip type...", end="", flush=True)
        found, what = None, None
        if expected is None or expected.CHIP_DETECT_MAGIC_VALUE is None:
            chip_id = self.security_info_chip_id()
            if chip_id is not None:
                found = next((c for c in CHIPS.values() if c.IMAGE_CHIP_ID_OF_ROM == chip_id),
                             None)
                what = "chip ID %d" % chip_id
        if what is None:
            magic = self.read_reg(self.CHIP_DETECT_MAGIC_REG_ADDR)
            found = next((c for c in CHIPS.values() if magic in c.CHIP_DETECT_MAGIC_VALUES),
                         None)
            what = "chip magic value 0x%08x" % magic
        if expected is None:
            if found is None:
                print("")
                raise FatalError("Unexpected %s. Failed to autodetect chip type." % what)
            print(" %s" % found.CHIP_NAME)
            return found
        if found is None:
            print("WARNING: unexpected %s; going on as %s" % (what, expected.CHIP_NAME))
            return expected
        if found is not expected:
            raise FatalError("This chip is %s, not %s." % (found.CHIP_NAME, expected.CHIP_NAME),
                             hint="use --chip %s, or --chip auto" % found.CHIP_NAME.lower())
        return expected

    def security_info_chip_id(self):
        """The chip ID of GET_SECURITY_INFO's reply, or None when the ROM lacks the
        command (an error status, docs/chips.md §2.2) or sends no chip ID."""
        _, data = self.command(Op.GET_SECURITY_INFO)
        if len(data) < 22 or data[20] != 0:
            return None
        return struct.unpack_from("<I", data, 12)[0]

    # -- memory (docs/protocol.md §5.3, §5.4) -----------------------------------------------

    def read_reg(self, addr):
        # Only byte 0 is checked: this runs before the status length is known (docs/protocol.md §4.4).
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
        """MEM_END; word 0 is 'do not run' (docs/protocol.md §5.4).

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

    # -- the flasher stub (docs/protocol.md §10) ---------------------------------------------

    def run_stub(self, stub):
        """Upload `stub` (a stub_image() dict), start it, wait for its greeting.

        Returns the stub loader object; StubFailed if the stub never greets.
        """
        print("Uploading stub...")
        segments = [(stub[name + "_start"], stub[name]) for name in ("text", "data")
                    if stub.get(name)]
        for address, data in segments:
            blocks = div_roundup(len(data), self.RAM_BLOCK_SIZE)
            self.mem_begin(len(data), blocks, self.RAM_BLOCK_SIZE, address)
            for seq in range(blocks):
                start = seq * self.RAM_BLOCK_SIZE
                self.mem_block(data[start:start + self.RAM_BLOCK_SIZE], seq)
        print("Running stub...")
        self._link.write_frame(struct.pack("<BBHI", 0, Op.MEM_END, 8, 0)
                               + struct.pack("<II", 0, stub["entry"]))
        self.wait_for_greeting()
        print("Stub running...")
        self.flush_input()
        return self.STUB_CLASS(self._link)

    def wait_for_greeting(self):
        """MEM_END's reply, then OHAI (docs/protocol.md §10.3). Either may come first: the ROM
        can lose its reply when the stub takes over the UART (docs/protocol.md §5.4)."""
        greeted = False
        try:
            for _ in range(MAX_STRAY_FRAMES):
                frame = self._link.read_frame(STUB_GREETING_TIMEOUT)
                if frame == STUB_GREETING:
                    greeted = True
                    break
                if frame[:2] == bytes([1, Op.MEM_END]) and frame[8:9] != b"\x00":
                    raise StubFailed("the ROM refused to start it (%s)" % hexify(frame[8:]))
        except StubFailed:
            raise
        except FatalError as e:
            raise StubFailed("it did not greet (%s)" % e)
        if not greeted:
            raise StubFailed("it did not greet")

    # -- flash download (docs/protocol.md §5.5, §5.6, §11) ------------------------------------

    def flash_erase_size(self, offset, size):
        """FLASH_BEGIN word 0; ESP8266 ROM overrides it (docs/protocol.md §11.4)."""
        return size

    def flash_begin(self, size, offset):
        """Open a flash download; a ROM erases the region first. Returns the block count."""
        num_blocks = div_roundup(size, self.FLASH_WRITE_SIZE)
        erase_size = self.flash_erase_size(offset, size)
        timeout = DEFAULT_TIMEOUT if self.IS_STUB else timeout_per_mb(ERASE_TIMEOUT_PER_MB, size)
        self.check_command("enter Flash download mode", Op.FLASH_BEGIN,
                           struct.pack("<IIII", erase_size, num_blocks, self.FLASH_WRITE_SIZE,
                                       offset) + self.FLASH_BEGIN_EXTRA, timeout=timeout)
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
            # The ROM erases whole 1 KiB blocks up front (docs/protocol.md §5.6).
            write_size = div_roundup(size, self.FLASH_WRITE_SIZE) * self.FLASH_WRITE_SIZE
            timeout = timeout_per_mb(ERASE_TIMEOUT_PER_MB, write_size)
        self.check_command("enter compressed flash mode", Op.FLASH_DEFL_BEGIN,
                           struct.pack("<IIII", write_size, num_blocks, self.FLASH_WRITE_SIZE,
                                       offset) + self.FLASH_BEGIN_EXTRA, timeout=timeout)
        return num_blocks

    def flash_defl_block(self, data, seq, timeout=DEFAULT_TIMEOUT):
        self.check_command("write compressed data to flash after seq %d" % seq,
                           Op.FLASH_DEFL_DATA,
                           struct.pack("<IIII", len(data), seq, 0, 0) + data,
                           xor_checksum(data), timeout=timeout)

    def flash_defl_finish(self, reboot=False):
        self.check_command("leave compressed flash mode", Op.FLASH_DEFL_END,
                           struct.pack("<I", int(not reboot)))

    def flash_md5sum(self, addr, size):
        """MD5 of a flash range as lowercase hex, computed by the chip (docs/protocol.md §5.10)."""
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
        """ROM: FLASH_BEGIN(0, 0) + FLASH_END(1) runs the firmware in flash (docs/protocol.md §9)."""
        self.flash_begin(0, 0)
        self.flash_finish(reboot)

    # -- SPI flash set-up (docs/protocol.md §5.7, §5.8) -------------------------------------

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

    # -- SPI flash commands through the controller's registers (docs/protocol.md §8) ----------

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
        saved = (self.read_reg(self.spi_reg(self.SPI_USR_OFFS)),
                 self.read_reg(self.spi_reg(self.SPI_USR2_OFFS)))
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
        self.write_reg(self.spi_reg(self.SPI_USR_OFFS), saved[0])
        self.write_reg(self.spi_reg(self.SPI_USR2_OFFS), saved[1])
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
        self.write_reg(self.spi_reg(self.SPI_USR_OFFS), flags)
        self.write_reg(self.spi_reg(self.SPI_USR2_OFFS), (7 << SPI_USR2_DLEN_SHIFT) | opcode)

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
        """docs/protocol.md §8.4: a 16-bit WRSR for chips that take it, then one byte per register."""
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
        # Read requests carry no checksum: a damaged address reads the wrong
        # bytes silently. Where the chip can hash, make it confirm the result.
        if Op.SPI_FLASH_MD5 not in self.ROM_LACKS:
            flash_md5 = self.flash_md5sum(offset, length)
            if flash_md5 != hashlib.md5(data).hexdigest():
                raise FatalError("Flash read was damaged on the way: the data read hashes to %s, "
                                 "the chip's MD5 of that flash is %s"
                                 % (hashlib.md5(data).hexdigest(), flash_md5))
        return bytes(data)

    def read_flash_via_spi_registers(self, offset, length):
        """Up to 64 bytes with a READ (0x03) user command: the only way into flash
        an ESP8266 ROM offers besides writing it (docs/protocol.md §8.2 with address phase)."""
        saved = (self.read_reg(self.spi_reg(self.SPI_USR_OFFS)),
                 self.read_reg(self.spi_reg(self.SPI_USR2_OFFS)))
        self.setup_spi_user_command(SPIFLASH_READ, 0, length * 8, addr=offset)
        self.start_spi_command(addr=offset)
        words = [self.read_reg(self.spi_reg(self.SPI_W0_OFFS) + 4 * i)
                 for i in range(div_roundup(length, 4))]
        self.write_reg(self.spi_reg(self.SPI_USR_OFFS), saved[0])
        self.write_reg(self.spi_reg(self.SPI_USR2_OFFS), saved[1])
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
        # A ROM erases the whole region when a download begins (docs/protocol.md §5.5); the
        # download is then simply never continued.
        self.flash_begin(size, offset)

    def check_rom_erase(self, offset, size):
        pass

    # -- leaving (docs/protocol.md §16) -------------------------------------------------------

    def hard_reset(self):
        usb = self.on_usb_serial_jtag()
        self.serial.rts = True    # EN low
        # Over USB-Serial-JTAG the chip leaves the bus while in reset and must
        # enumerate again afterwards (docs/chips.md §5).
        time.sleep(0.2 if usb else 0.1)
        self.serial.rts = False
        if usb:
            time.sleep(0.2)

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
    """docs/protocol.md §6.7: what the ROM printed after reset says why sync failed, if it printed."""
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
    CHIP_DETECT_MAGIC_VALUES = (0xFFF0C101,)
    STATUS_BYTES_LENGTH = 2
    BOOTLOADER_FLASH_OFFSET = 0x0
    SUPPORTS_COMPRESSED = False
    # docs/protocol.md §5.1: this ROM implements exactly opcodes 0x02-0x0A.
    ROM_LACKS = frozenset(op for op in Op if not Op.FLASH_BEGIN <= op <= Op.READ_REG)

    # OTP words holding MAC and chip ID (docs/protocol.md §7.2).
    ESP_OTP_MAC0 = 0x3FF00050
    ESP_OTP_MAC1 = 0x3FF00054
    ESP_OTP_W2 = 0x3FF00058
    ESP_OTP_MAC3 = 0x3FF0005C

    SPI_REG_BASE = 0x60000200      # SPI0 (docs/protocol.md §8.1)
    SPI_W0_OFFS = 0x40
    SPI_ADDR_REG_MSB = False       # the address sits in ADDR's low bits (as modern upstream)
    ROM_READ_CHUNK = 64            # the SPI data buffer: 16 words

    FLASH_SIZES = ESP8266_FLASH_SIZES

    def otp_bits(self):
        """The 128 OTP bits as one number; read high word first, as v2.3.1 does."""
        words = [self.read_reg(a) for a in (self.ESP_OTP_MAC3, self.ESP_OTP_W2,
                                            self.ESP_OTP_MAC1, self.ESP_OTP_MAC0)]
        return words[0] << 96 | words[1] << 64 | words[2] << 32 | words[3]

    def get_chip_description(self):
        efuses = self.otp_bits()
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
        """docs/protocol.md §11.4: this ROM erases min(H, E) + E sectors when asked for E, H being
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
        # docs/protocol.md §5.7: no SPI_ATTACH here; an empty FLASH_BEGIN attaches the flash.
        self.flash_begin(0, 0)

    def flash_set_parameters(self, size):
        pass    # docs/protocol.md §5.8: the ESP8266 ROM has no SPI_SET_PARAMS and does not need it

    def set_spi_data_lengths(self, mosi_bits, miso_bits, addr_bits):
        # One register, USR1, holds all bit lengths on this SPI controller (docs/protocol.md §8.2).
        value = (((miso_bits - 1) if miso_bits else 0) << 8
                 | ((mosi_bits - 1) if mosi_bits else 0) << 17)
        if addr_bits:
            value |= (addr_bits - 1) << 26
        self.write_reg(self.spi_reg(self.SPI_USR1_OFFS), value)

    def read_flash_chunk(self, offset, length):
        return self.read_flash_via_spi_registers(offset, length)


class ESP32ROM(ESPLoader):
    """ESP32 mask-ROM loader."""

    CHIP_NAME = "ESP32"
    CHIP_DETECT_MAGIC_VALUE = 0x00F01D83
    CHIP_DETECT_MAGIC_VALUES = (0x00F01D83,)
    IMAGE_CHIP_ID = 0                     # the extended header's chip_id (docs/image-format.md §5.2)
    STATUS_BYTES_LENGTH = 4
    BOOTLOADER_FLASH_OFFSET = 0x1000
    SUPPORTS_COMPRESSED = True
    ROM_LACKS = frozenset({Op.ERASE_FLASH, Op.ERASE_REGION, Op.READ_FLASH, Op.RUN_USER_CODE})

    # The 0x6000xxxx aliases v2.3.1 uses, so our packets match its packets
    # (docs/protocol.md §7.3, §8.1: both aliases reach the same registers).
    SPI_REG_BASE = 0x60002000      # SPI1
    EFUSE_REG_BASE = 0x6001A000
    SPI_W0_OFFS = 0x80
    SPI_ADDR_REG_MSB = True
    ROM_READ_CHUNK = 64            # READ_FLASH_SLOW (docs/protocol.md §12.2)

    FLASH_SIZES = ESP32_FLASH_SIZES

    # Facts for the ROM's own crystal estimate (docs/protocol.md §5.9).
    RTC_CALI_REG = 0x3FF5F06C

    def read_efuse(self, n):
        return self.read_reg(self.EFUSE_REG_BASE + 4 * n)

    def baud_word(self, baud):
        """docs/protocol.md §5.9: the ROM derives its divider from a crystal estimate that drifts
        with the 8 MHz oscillator; ask for the rate that comes out right."""
        cali = (self.read_reg(self.RTC_CALI_REG) >> 7) & 0x01FFFFFF
        ck8m = self.read_efuse(4) & 0xFF
        rom_xtal = cali * 15625 * ck8m / 40
        if not rom_xtal:
            return baud          # nothing to go on: ask for the plain rate
        real_xtal = 40000000 if rom_xtal > 33000000 else 26000000
        return int(baud * rom_xtal // real_xtal)

    def flash_spi_attach(self, config):
        """docs/protocol.md §5.7: with the default pins, pass the flash pads recorded in eFuse
        explicitly; the ROM does not attach in-package flash by itself."""
        if config == 0:
            config = self.efuse_spi_pads()
        ESPLoader.flash_spi_attach(self, config)

    def efuse_spi_pads(self):
        word5, word3 = self.read_efuse(5), self.read_efuse(3)
        clk, q, d, cs = (word5 & 0x1F, (word5 >> 5) & 0x1F, (word5 >> 10) & 0x1F,
                         (word5 >> 15) & 0x1F)
        hd = (word3 >> 4) & 0x1F
        if not any((clk, q, d, cs, hd)):
            return 0
        return (hd << 24) | (cs << 18) | (d << 12) | (q << 6) | clk

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
            self.write_reg(self.spi_reg(self.SPI_MOSI_DLEN_OFFS), mosi_bits - 1)
        if miso_bits:
            self.write_reg(self.spi_reg(self.SPI_MISO_DLEN_OFFS), miso_bits - 1)

    def read_flash_chunk(self, offset, length):
        data = self.check_command("read flash", Op.READ_FLASH_SLOW,
                                  struct.pack("<II", offset, length))
        if not isinstance(data, bytes) or len(data) < length:
            raise FatalError("Flash read returned %r, expected %d bytes" % (data, length))
        return data[:length]


class StubLoader:
    """What changes once our flasher stub runs (docs/protocol.md §10.6), for either chip.

    Mixed in before a ROM class: `class ESP32StubLoader(StubLoader, ESP32ROM)`.
    """

    IS_STUB = True
    STATUS_BYTES_LENGTH = 2
    FLASH_BEGIN_EXTRA = b""
    FLASH_WRITE_SIZE = STUB_FLASH_BLOCK
    SUPPORTS_COMPRESSED = True
    ROM_LACKS = frozenset({Op.READ_FLASH_SLOW})

    def flash_erase_size(self, offset, size):
        return size                # the stub erases exactly (docs/protocol.md §11.4 is a ROM bug)

    def check_rom_erase(self, offset, size):
        pass

    def flash_spi_attach(self, config):
        ESPLoader.flash_spi_attach(self, config)    # the stub reads the pads itself (docs/protocol.md §10.5)

    def flash_set_parameters(self, size):
        ESPLoader.flash_set_parameters(self, size)

    def baud_word(self, baud):
        return baud              # the stub scales its own divider (docs/protocol.md §5.9)

    def erase_flash(self):
        self.check_command("erase flash", Op.ERASE_FLASH, timeout=CHIP_ERASE_TIMEOUT)

    def erase_region(self, offset, size):
        if offset % self.FLASH_SECTOR_SIZE or size % self.FLASH_SECTOR_SIZE:
            raise FatalError("Offset and size to erase must be multiples of 4096 "
                             "(got offset 0x%x, size 0x%x)" % (offset, size))
        self.check_command("erase region", Op.ERASE_REGION, struct.pack("<II", offset, size),
                           timeout=timeout_per_mb(ERASE_TIMEOUT_PER_MB, size))

    def read_flash(self, offset, length, progress=None):
        """READ_FLASH (docs/protocol.md §12.1): data frames, each acknowledged, then their MD5."""
        self.check_command("read flash", Op.READ_FLASH,
                           struct.pack("<IIII", offset, length, READ_FLASH_PACKET,
                                       READ_FLASH_WINDOW))
        data = bytearray()
        while len(data) < length:
            frame = self._link.read_frame(DEFAULT_TIMEOUT)
            data += frame
            if len(data) > length:
                raise FatalError("Read more than expected (%d of %d bytes)" % (len(data), length))
            if len(frame) < READ_FLASH_PACKET and len(data) < length:
                raise FatalError("Flash read ended early: a short packet at %d of %d bytes"
                                 % (len(data), length))
            self._link.write_frame(struct.pack("<I", len(data)))
            if progress:
                progress(len(data), length)
        digest = self._link.read_frame(DEFAULT_TIMEOUT)
        if len(digest) != 16:
            raise FatalError("Expected the 16-byte digest after the data, got %s" % hexify(digest))
        if hashlib.md5(data).digest() != digest:
            raise FatalError("Digest mismatch: the stub sent %s, the data read hashes to %s"
                             % (hexify(digest), hashlib.md5(data).hexdigest()))
        return bytes(data)

    def soft_reset(self, stay_in_bootloader):
        if stay_in_bootloader:
            # FLASH_END(reboot) makes the stub reset the chip into the ROM loader (docs/protocol.md §16).
            self.flash_begin(0, 0)
            self.flash_finish(True)
        elif Op.RUN_USER_CODE in self.ROM_LACKS:
            raise FatalError("Soft resetting is currently only supported on ESP8266")
        else:
            self._link.write_frame(struct.pack("<BBHI", 0, Op.RUN_USER_CODE, 0, 0))


class ESP8266StubLoader(StubLoader, ESP8266ROM):
    pass


class ESP32StubLoader(StubLoader, ESP32ROM):
    ROM_LACKS = frozenset({Op.READ_FLASH_SLOW, Op.RUN_USER_CODE})


RTC_WDT_WKEY = 0x50D83AA1            # write-protect keys (docs/chips.md §5)
RTC_SWD_WKEY = 0x8F1D312A
RTC_SWD_AUTO_FEED_EN = 1 << 31


class EspRomLoader(ESP32ROM):
    """What the ESP-ROM loaders of the ESP32-C3 and ESP32-S3 do differently from
    the ESP32's: eFuse words for MAC, revision and features (docs/chips.md §3),
    SPI_MEM registers (docs/chips.md §4), no crystal correction on a baud change
    (docs/chips.md §5), GET_SECURITY_INFO (docs/chips.md §2.2) and the
    "encrypted" word of FLASH_BEGIN (docs/chips.md §2.5). The chip classes
    below fill in the numbers."""

    CHIP_DETECT_MAGIC_VALUE = None      # told apart by GET_SECURITY_INFO (docs/chips.md §2.2)
    FLASH_BEGIN_EXTRA = struct.pack("<I", 0)      # not an encrypted write
    SPI_USR_OFFS = 0x18
    SPI_USR1_OFFS = 0x1C
    SPI_USR2_OFFS = 0x20
    SPI_MOSI_DLEN_OFFS = 0x24
    SPI_MISO_DLEN_OFFS = 0x28
    SPI_W0_OFFS = 0x58
    SPI_ADDR_REG_MSB = False
    STATUS_BYTES_LENGTH = 4
    SPI_REG_BASE = 0x60002000      # SPI1 (SPI_MEM)
    FLASH_32BIT_ADDR = False       # can the stub reach flash above 16 MB (docs/chips.md §4)
    PACKAGES = {}
    FLASH_CAPACITIES = {}
    FLASH_VENDORS = {}

    def read_block1(self, word):
        """Word `word` of eFuse BLOCK1 (docs/chips.md §3)."""
        return self.read_reg(self.EFUSE_BASE + 0x44 + 4 * word)

    def chip_revision(self):
        """(major, minor) from BLOCK1 words 3 and 5 (docs/chips.md §3)."""
        word3, word5 = self.read_block1(3), self.read_block1(5)
        minor = ((word5 >> 23) & 1) << 3 | (word3 >> 18) & 7
        return (word5 >> 24) & 3, minor

    def get_chip_description(self):
        package = self.PACKAGES.get((self.read_block1(3) >> 21) & 7,
                                    "Unknown %s" % self.CHIP_NAME)
        return "%s (revision v%d.%d)" % ((package,) + self.chip_revision())

    def get_chip_features(self):
        features = list(self.FEATURES)
        capacity = (self.read_block1(3) >> 27) & 7
        if capacity:
            vendor = self.FLASH_VENDORS.get(self.read_block1(4) & 7, "")
            features.append("%s (%s)" % (self.FLASH_CAPACITIES.get(capacity,
                                                                   "Unknown Embedded Flash"),
                                         vendor))
        return features

    def read_mac(self):
        word0, word1 = self.read_block1(0), self.read_block1(1)
        return tuple(bytearray(struct.pack(">II", word1, word0)[2:]))   # no CRC byte here

    def chip_id(self):
        return None          # no chip ID word on these chips: the MAC identifies them

    def baud_word(self, baud):
        return baud          # a fixed 40 MHz crystal: the ROM's divider comes out right

    def flash_spi_attach(self, config):
        ESPLoader.flash_spi_attach(self, config)    # 0: the ROM uses the eFuse pin setting

    def disable_watchdogs(self):
        """docs/chips.md §5: over USB-Serial-JTAG nothing resets the RTC watchdog,
        which would reset the chip mid-flash: stop it, let the super watchdog feed
        itself."""
        self.write_reg(self.RTC_CNTL_WDTWPROTECT, RTC_WDT_WKEY)
        self.write_reg(self.RTC_CNTL_WDTCONFIG0, 0)
        self.write_reg(self.RTC_CNTL_WDTWPROTECT, 0)
        self.write_reg(self.RTC_CNTL_SWD_WPROTECT, RTC_SWD_WKEY)
        self.write_reg(self.RTC_CNTL_SWD_CONF,
                       self.read_reg(self.RTC_CNTL_SWD_CONF) | RTC_SWD_AUTO_FEED_EN)
        self.write_reg(self.RTC_CNTL_SWD_WPROTECT, 0)


class ESP32C3ROM(EspRomLoader):
    """ESP32-C3 (RISC-V) mask-ROM loader: its facts (docs/chips.md)."""

    CHIP_NAME = "ESP32-C3"
    # docs/chips.md §2.1: the magic word differs by revision; §2.2 is the way to tell
    CHIP_DETECT_MAGIC_VALUES = (0x6921506F, 0x1B31506F, 0x4881606F, 0x4361606F)
    IMAGE_CHIP_ID = 5                     # docs/chips.md §2
    IMAGE_CHIP_ID_OF_ROM = 5
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = "5.x"
    IROM_MAP = (0x42000000, 0x42800000)   # docs/chips.md §6
    DROM_MAP = (0x3C000000, 0x3C800000)
    # Where upstream 5.x merges adjacent ELF sections: only within the same named
    # regions (docs/chips.md §6), listed as 5.x lists them.
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3C000000, 0x3C800000, "DROM"),
        (0x3FC80000, 0x3FCE0000, "DRAM"), (0x3FC88000, 0x3FD00000, "BYTE_ACCESSIBLE"),
        (0x3FF00000, 0x3FF20000, "DROM_MASK"), (0x40000000, 0x40060000, "IROM_MASK"),
        (0x42000000, 0x42800000, "IROM"), (0x4037C000, 0x403E0000, "IRAM"),
        (0x50000000, 0x50002000, "RTC_IRAM"), (0x50000000, 0x50002000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES

    # Serial-side facts (docs/chips.md §3-§5).
    EFUSE_BASE = 0x60008800
    UART_DATE_REG_ADDR = 0x6000007C
    PACKAGES = {0: "ESP32-C3 (QFN32)", 1: "ESP8685 (QFN28)", 2: "ESP32-C3 AZ (QFN32)",
                3: "ESP8686 (QFN24)"}
    FEATURES = ("Wi-Fi", "BT 5 (LE)", "Single Core", "160MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 4MB", 2: "Embedded Flash 2MB",
                        3: "Embedded Flash 1MB", 4: "Embedded Flash 8MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT", 5: "ZBIT"}
    RTC_CNTL_WDTCONFIG0 = 0x60008090
    RTC_CNTL_WDTWPROTECT = 0x600080A8
    RTC_CNTL_SWD_CONF = 0x600080AC
    RTC_CNTL_SWD_WPROTECT = 0x600080B0


class ESP32S3ROM(EspRomLoader):
    """ESP32-S3 (Xtensa LX7) mask-ROM loader: its facts (docs/chips.md)."""

    CHIP_NAME = "ESP32-S3"
    CHIP_DETECT_MAGIC_VALUES = (0x00000009,)
    IMAGE_CHIP_ID = 9
    IMAGE_CHIP_ID_OF_ROM = 9
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = "5.x"
    IROM_MAP = (0x42000000, 0x44000000)
    DROM_MAP = (0x3C000000, 0x3E000000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3C000000, 0x3D000000, "DROM"),
        (0x3D000000, 0x3E000000, "EXTRAM_DATA"), (0x600FE000, 0x60100000, "RTC_DRAM"),
        (0x3FC88000, 0x3FD00000, "BYTE_ACCESSIBLE"), (0x3FC88000, 0x403E2000, "MEM_INTERNAL"),
        (0x3FC88000, 0x3FD00000, "DRAM"), (0x40000000, 0x4001A100, "IROM_MASK"),
        (0x40370000, 0x403E0000, "IRAM"), (0x600FE000, 0x60100000, "RTC_IRAM"),
        (0x42000000, 0x42800000, "IROM"), (0x50000000, 0x50002000, "RTC_DATA"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES

    EFUSE_BASE = 0x60007000
    UART_DATE_REG_ADDR = 0x60000080
    FLASH_32BIT_ADDR = True
    PACKAGES = {0: "ESP32-S3 (QFN56)", 1: "ESP32-S3-PICO-1 (LGA56)"}
    FEATURES = ("Wi-Fi", "BT 5 (LE)", "Dual Core + LP Core", "240MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 8MB", 2: "Embedded Flash 4MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT", 5: "BY"}
    PSRAM_CAPACITIES = {1: "Embedded PSRAM 8MB", 2: "Embedded PSRAM 2MB",
                        3: "Embedded PSRAM 16MB", 4: "Embedded PSRAM 4MB"}
    PSRAM_VENDORS = {1: "AP_3v3", 2: "AP_1v8"}
    RTC_CNTL_WDTCONFIG0 = 0x60008098
    RTC_CNTL_WDTWPROTECT = 0x600080B0
    RTC_CNTL_SWD_CONF = 0x600080B4
    RTC_CNTL_SWD_WPROTECT = 0x600080B8

    def chip_revision(self):
        """docs/chips.md §3: the first chips (block version 1.1 and a raw minor of
        x.0) used the revision fields for something else; they are v0.0."""
        major, minor = EspRomLoader.chip_revision(self)
        block_major = self.read_reg(self.EFUSE_BASE + 0x6C) & 3
        block_minor = (self.read_block1(3) >> 24) & 7
        if minor & 7 == 0 and block_major == 1 and block_minor == 1:
            return 0, 0
        return major, minor

    def get_chip_features(self):
        features = EspRomLoader.get_chip_features(self)
        word4 = self.read_block1(4)
        psram = ((self.read_block1(5) >> 19) & 1) << 2 | (word4 >> 3) & 3
        if psram:
            features.append("%s (%s)" % (self.PSRAM_CAPACITIES.get(psram,
                                                                   "Unknown Embedded PSRAM"),
                                         self.PSRAM_VENDORS.get((word4 >> 7) & 3, "")))
        return features


class ESP32C3StubLoader(StubLoader, ESP32C3ROM):
    ROM_LACKS = frozenset({Op.READ_FLASH_SLOW, Op.RUN_USER_CODE})


class ESP32S3StubLoader(StubLoader, ESP32S3ROM):
    ROM_LACKS = frozenset({Op.READ_FLASH_SLOW, Op.RUN_USER_CODE})


ESP8266ROM.STUB_CLASS = ESP8266StubLoader
ESP32ROM.STUB_CLASS = ESP32StubLoader
ESP32C3ROM.STUB_CLASS = ESP32C3StubLoader
ESP32S3ROM.STUB_CLASS = ESP32S3StubLoader

CHIPS = {"esp8266": ESP8266ROM, "esp32": ESP32ROM, "esp32c3": ESP32C3ROM, "esp32s3": ESP32S3ROM}


# ---------------------------------------------------------------------------
# 6. ELF and firmware images
# ---------------------------------------------------------------------------
#
# Everything here turns bytes into objects and objects into bytes; the image
# commands of section 7 do the file I/O. The layouts are those of
# docs/image-format.md, written byte for byte the way upstream esptool v2.3.1 does.
# Readers report oddities through a `warn` callback (print, by default).

ESP_IMAGE_MAGIC = 0xE9            # ESP8266 v1 and ESP32 images, docs/image-format.md §1.1
ESP8266_V2_IMAGE_MAGIC = 0xEA     # first header of an ESP8266 v2 image, docs/image-format.md §4.2
ESP8266_V2_HEADER_BYTE1 = 4       # a constant in that header, not a count
IMAGE_CHECKSUM_SEED = 0xEF        # docs/image-format.md §1.3
IMAGE_HEADER = struct.Struct("<BBBBI")      # magic, segments, mode, size|freq, entry
SEGMENT_HEADER = struct.Struct("<II")       # load address, length
MAX_IMAGE_SEGMENTS = 16           # the ROM loaders and ESP-IDF refuse more
FLASH_SECTOR_SIZE = 0x1000

ESP8266_IROM_MAP = (0x40200000, 0x40300000)     # flash-mapped code, docs/image-format.md §3.2
# Outside this window, or longer than 64 KiB, an ESP8266 segment is suspicious (docs/image-format.md §3.4).
ESP8266_USUAL_SEGMENTS = (0x3FFE0000, 0x40200000)
ESP8266_USUAL_SEGMENT_MAX_LEN = 0x10000

ESP32_IROM_MAP = (0x400D0000, 0x40400000)       # docs/image-format.md §5.3
ESP32_DROM_MAP = (0x3F400000, 0x3F800000)
ESP32_MMU_PAGE_SIZE = 0x10000     # flash is mapped in 64 KiB pages
# docs/image-format.md §5.2: wp_pin, three drive-strength bytes, chip_id, min_chip_rev,
# min_chip_rev_full, max_chip_rev_full, 4 reserved, hash_appended.
ESP32_EXTENDED_HEADER = struct.Struct("<BBBBHBHH4sB")
ESP32_WP_PIN_DISABLED = 0xEE      # the ROM then leaves the WP pin alone
ESP32_DIGEST_LEN = 32
ESP32_CHIP_IDS = {0: "ESP32", 2: "ESP32-S2", 5: "ESP32-C3", 9: "ESP32-S3",
                  12: "ESP32-C2", 13: "ESP32-C6", 16: "ESP32-H2"}

FLASH_SIZES_BY_CHIP = {name: chip.FLASH_SIZES for name, chip in CHIPS.items()}


def xor_checksum(data, state=IMAGE_CHECKSUM_SEED):
    """Fold every byte of `data` into `state` by XOR (docs/image-format.md §1.3).

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
    does (docs/image-format.md §1.2). `file_offs` is where the segment's record starts in the image
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
    """The 16 bytes after an ESP32 image's common header (docs/image-format.md §5.2).

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
        # The checksum is the last byte of a 16-byte block (docs/image-format.md §1.4).
        self.pos += 15 - self.pos % 16
        return self.take(1, "the checksum byte")[0]


def warn_if_unusual_esp8266_segment(addr, length, warn):
    start, end = ESP8266_USUAL_SEGMENTS
    if addr > end or addr < start or length > ESP8266_USUAL_SEGMENT_MAX_LEN:
        warn("WARNING: Suspicious segment 0x%x, length %d" % (addr, length))


def read_esp8266_image(data, warn=print):
    """Parse an ESP8266 v1 or v2 image, told apart by the first byte (docs/image-format.md §3.4)."""
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
    """docs/image-format.md §4.3: header 0xEA, the irom record, then a v1 image without its irom."""
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


def read_esp32_image(data, warn=print, chip="esp32"):
    """Parse an ESP32 image (docs/image-format.md §5.5) and check its appended SHA-256, if any.

    The images of the later chips (`chip` "esp32c3", ...) have the same layout."""
    image = FirmwareImage(chip)
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

    That is where its appended SHA-256 starts (docs/image-format.md §5.1, §9.3). Raises FatalError
    if `data` does not parse as an ESP32 image.
    """
    return read_esp32_image(data, warn=lambda message: None).length


def looks_like_esp32_image(data):
    """Guess the chip of an image given without --chip (docs/image-format.md §8).

    An ESP32 image has the disabled WP pin 0xEE at offset 8 and 0 or 1 at
    offset 23. In an ESP8266 v1 image offset 8 is the low byte of the first
    load address, and 0xEE is never a word-aligned address.
    """
    return (len(data) >= 24 and data[0] == ESP_IMAGE_MAGIC
            and data[8] == ESP32_WP_PIN_DISABLED and data[23] in (0, 1))


def read_firmware_image(chip, data, warn=print):
    """Parse an image for `chip` (a CHIPS name or "auto")."""
    if chip == "auto" and looks_like_esp32_image(data):
        chip = chip_of_image(data)
    if chip not in ("auto", "esp8266"):
        return read_esp32_image(data, warn, chip)
    return read_esp8266_image(data, warn)


def chip_of_image(data):
    """The CHIPS name an ESP32-style image's chip_id field names; "esp32" if none does."""
    chip_id = struct.unpack_from("<H", data, 12)[0]
    return next((name for name, c in CHIPS.items() if c.IMAGE_RULES == "5.x"
                 and c.IMAGE_CHIP_ID == chip_id), "esp32")


# --- Reading ELF files ------------------------------------------------------

ELF_HEADER = struct.Struct("<16sHHIIIIIHHHHHH")   # ELF32 file header, docs/image-format.md §6.1
ELF_SECTION_HEADER = struct.Struct("<IIIIII")      # the first 6 words of 10
ELF_SECTION_HEADER_LEN = 0x28
ELF_MAGIC = b"\x7fELF"
EM_XTENSA = 0x5E
SHT_PROGBITS = 1
SHT_STRTAB = 3


class ELFFile:
    """What elf2image takes from an ELF32 file: the entry point and, in
    section-header order, every PROGBITS section with a load address (docs/image-format.md §6.2)."""

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
    """-> (header byte 2, header byte 3) for `chip` (docs/image-format.md §2)."""
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
    out += bytes(15 - len(out) % 16)      # the checksum ends a 16-byte block, docs/image-format.md §1.4
    out.append(checksum)


def is_esp8266_irom_addr(addr):
    return ESP8266_IROM_MAP[0] <= addr < ESP8266_IROM_MAP[1]


def split_esp8266_irom(segments):
    """-> (the irom segment or None, the other segments in order), docs/image-format.md §3.2."""
    irom = [s for s in segments if is_esp8266_irom_addr(s.addr)]
    if len(irom) > 1:
        raise FatalError("Found %d segments that could be irom0 (loaded in 0x%08x-0x%08x). "
                         "Bad ELF file?" % ((len(irom),) + ESP8266_IROM_MAP))
    others = [s for s in segments if not is_esp8266_irom_addr(s.addr)]
    return (irom[0] if irom else None), others


def append_esp8266_boot_image(out, image, segments):
    """Append header, `segments` and checksum: what the ROM loads (docs/image-format.md §3.3)."""
    check_segment_count(len(segments))
    out += image_header(image, len(segments))
    checksum = IMAGE_CHECKSUM_SEED
    for segment in segments:
        checksum = append_segment(out, segment.addr, segment.data, checksum)
    append_checksum(out, checksum)
    return out


def esp8266_v1_files(image, prefix):
    """-> [(file name, bytes)]: `<prefix>0x00000.bin` and, if there is flash
    code, `<prefix>0x<offset>.bin` holding it raw (docs/image-format.md §3.1)."""
    irom, loaded = split_esp8266_irom(image.segments)
    files = []
    if irom is not None:
        files.append(("%s0x%05x.bin" % (prefix, irom.addr - ESP8266_IROM_MAP[0]), irom.data))
    # Last, so that it wins if flash code at 0x40200000 claims the same name (as in v2.3.1).
    files.append(("%s0x00000.bin" % prefix,
                  bytes(append_esp8266_boot_image(bytearray(), image, loaded))))
    return files


def esp8266_v2_bytes(image):
    """An ESP8266 v2 image as v2.3.1 writes it (docs/image-format.md §4.2)."""
    irom, loaded = split_esp8266_irom(image.segments)
    out = bytearray(image_header(image, ESP8266_V2_HEADER_BYTE1, ESP8266_V2_IMAGE_MAGIC))
    if irom is not None:
        append_segment(out, 0, irom.data, 0)   # not checksummed; address field 0
    return bytes(append_esp8266_boot_image(out, image, loaded))


def esp8266_v2_default_name(elf_path, segments):
    """`app.elf` -> `app-0x01000.bin`: the sector the image is meant for (docs/image-format.md §4.1)."""
    irom, _ = split_esp8266_irom(segments)
    offset = irom.addr - ESP8266_IROM_MAP[0] if irom is not None else 0
    return "%s-0x%05x.bin" % (os.path.splitext(elf_path)[0], offset & ~(FLASH_SECTOR_SIZE - 1))


def is_esp32_flash_addr(addr):
    return (ESP32_IROM_MAP[0] <= addr < ESP32_IROM_MAP[1]
            or ESP32_DROM_MAP[0] <= addr < ESP32_DROM_MAP[1])


def esp32_image_bytes(image, extended=None):
    """An ESP32 image as v2.3.1 writes it (docs/image-format.md §5.4), digest appended by default."""
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
    """Two flash segments in one 64 KiB page cannot both be mapped (docs/image-format.md §5.4 step 3)."""
    for previous, segment in zip(flash_segments, flash_segments[1:]):
        if segment.addr // ESP32_MMU_PAGE_SIZE == previous.addr // ESP32_MMU_PAGE_SIZE:
            raise FatalError("Segment loaded at 0x%08x lands in same 64KB flash mapping as "
                             "segment loaded at 0x%08x. Can't generate binary: merge these "
                             "sections in the linker script." % (segment.addr, previous.addr))


def esp32_padding_needed(pos, addr):
    """Data bytes of a padding segment to write at `pos` so that the flash
    segment for `addr` then starts at an offset congruent to `addr` modulo
    64 KiB; None if it already would.

    The arithmetic is v2.3.1's (docs/image-format.md §5.4 step 4), including its quirk of padding
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


# --- Images for the chips v2.3.1 never knew (ESP32-C3, ESP32-S3) ------------
#
# No v2.3.1 image exists for them, so we write what upstream 5.x writes
# (docs/chips.md §7): ELF sections of more types, adjacent sections merged
# within one memory region, the chip ID and revision range in the extended
# header, and 5.x's elf2image options. A chip opts in with IMAGE_RULES = "5.x".

EM_RISCV = 0xF3
SHT_NOBITS = 8
# PROGBITS, INIT_ARRAY, FINI_ARRAY, PREINIT_ARRAY: the section types 5.x copies.
ELF_PROGRAM_SECTION_TYPES = (SHT_PROGBITS, 14, 15, 16)
ELF_FULL_SECTION_HEADER = struct.Struct("<IIIIIIIIII")
ELF_PROGRAM_HEADER = struct.Struct("<IIIIIIII")
PT_LOAD = 1
APP_DESC_SECTION = ".flash.appdesc"      # ESP-IDF's app description, first in flash
APP_DESC_ELF_SHA256_OFFSET = 0xB0        # where IDF's app description keeps the ELF's SHA-256
BOOT_DESC_SECTION = ".dram0.bootdesc"    # ESP-IDF's bootloader description, first in RAM
MAX_SEGMENT_LEN = 0x1000000


class ImageOptions:
    """What elf2image may ask of a 5.x-rules image; the defaults are 5.x's."""

    def __init__(self, min_rev=0, min_rev_full=0, max_rev_full=0xFFFF, append_digest=True,
                 secure_pad_v2=False, elf_sha256_offset=None, pad_to_size=0,
                 ram_only_header=False, use_segments=False, mmu_page_size=None):
        self.min_rev = min_rev
        self.min_rev_full = min_rev_full
        self.max_rev_full = max_rev_full
        self.append_digest = append_digest and not ram_only_header
        self.secure_pad_v2 = secure_pad_v2
        self.elf_sha256_offset = elf_sha256_offset
        self.pad_to_size = pad_to_size
        self.ram_only_header = ram_only_header
        self.use_segments = use_segments
        self.mmu_page_size = mmu_page_size


def parse_elf_5x(data, name, use_segments=False):
    """-> (entry point, [ImageSegment]) as 5.x reads an ELF: the sections of
    ELF_PROGRAM_SECTION_TYPES with an address and a size, or with
    `use_segments` the PT_LOAD program headers (by physical address)."""
    if len(data) < ELF_HEADER.size:
        raise FatalError("Failed to read a valid ELF header from %s: the file has only %d bytes"
                         % (name, len(data)))
    (ident, _type, machine, _version, entry, phoff, shoff, _flags, _ehsize, _phentsize,
     phnum, shentsize, shnum, shstrndx) = ELF_HEADER.unpack_from(data)
    if ident[:4] != ELF_MAGIC:
        raise FatalError("%s has invalid ELF magic header" % name)
    if machine not in (EM_XTENSA, EM_RISCV):
        raise FatalError("%s does not appear to be an Xtensa or a RISC-V ELF file. "
                         "e_machine=%04x" % (name, machine))
    if shentsize != ELF_SECTION_HEADER_LEN:
        raise FatalError("%s has unexpected section header entry size 0x%x (not 0x%x)"
                         % (name, shentsize, ELF_SECTION_HEADER_LEN))
    if shnum == 0:
        raise FatalError("%s has 0 section headers" % name)
    if use_segments:
        segments = elf_load_segments(data, name, phoff, phnum)
    else:
        segments = elf_program_sections(data, name, shoff, shnum, shstrndx)
    if not segments:
        raise FatalError("%s has no loadable sections (with a load address and a size): "
                         "nothing to put in an image" % name)
    return entry, segments


def elf_program_sections(data, name, shoff, shnum, shstrndx):
    read_elf_section_headers(data, name, shoff, shnum)      # checks the table is there
    headers = [ELF_FULL_SECTION_HEADER.unpack_from(data, shoff + i * ELF_SECTION_HEADER_LEN)
               for i in range(shnum)]
    if shstrndx >= shnum:
        raise FatalError("%s has no section name table: e_shstrndx %d is not below e_shnum %d"
                         % (name, shstrndx, shnum))
    names = read_elf_section_names(data, name, headers[shstrndx][:6])
    sections = []
    for name_offs, sec_type, _flags, addr, offset, size, _link, _info, align, _es in headers:
        if addr == 0 or size == 0:
            continue
        if sec_type in ELF_PROGRAM_SECTION_TYPES:
            segment = ImageSegment(addr, elf_section_data(data, name, offset, size),
                                   name=elf_section_name(names, name_offs, name))
            segment.align = align
            sections.append(segment)
        elif sec_type not in (SHT_NOBITS, SHT_STRTAB):
            print("WARNING: Unknown section type 0x%02x in ELF file" % sec_type)
    return sections


def elf_load_segments(data, name, phoff, phnum):
    table_len = phnum * ELF_PROGRAM_HEADER.size
    if phnum and len(data[phoff:phoff + table_len]) != table_len:
        raise FatalError("%s is truncated: its program header table runs past the end"
                         % name)
    segments = []
    for i in range(phnum):
        (p_type, offset, _vaddr, paddr, filesz, _memsz, _flags,
         align) = ELF_PROGRAM_HEADER.unpack_from(data, phoff + i * ELF_PROGRAM_HEADER.size)
        if p_type == PT_LOAD and paddr != 0 and filesz > 0:
            segment = ImageSegment(paddr, elf_section_data(data, name, offset, filesz),
                                   name="PHDR")
            segment.align = align
            segments.append(segment)
    return segments


def memory_regions(chip, addr):
    return [region for start, end, region in chip.MEMORY_MAP if start <= addr < end]


def merge_adjacent_segments(segments, chip, ram_only_header):
    """Join each segment that starts where the previous one ends, if both lie in
    the same memory regions (5.x's rule; a gap is never filled, except that a
    --ram-only-header image pads up to the next section's own alignment)."""
    merged = []
    for segment in segments:
        if merged:
            last = merged[-1]
            end = last.addr + len(last.data)
            if ram_only_header:
                aligned_end = end + (-end % max(segment.align, 1))
                if aligned_end != end and aligned_end == segment.addr:
                    print("Note: Inserting %d bytes padding between %s and %s"
                          % (segment.addr - end, last.name, segment.name))
                    last.data += bytes(segment.addr - end)
                    end = aligned_end
            if (segment.addr == end and memory_regions(chip, last.addr)
                    == memory_regions(chip, segment.addr)):
                last.data += segment.data
                continue
        copy_ = ImageSegment(segment.addr, segment.data, name=segment.name)
        copy_.align = getattr(segment, "align", 4)
        merged.append(copy_)
    return merged


def is_flash_addr(chip, addr):
    return chip.IROM_MAP[0] <= addr < chip.IROM_MAP[1] or chip.DROM_MAP[0] <= addr < chip.DROM_MAP[1]


def move_first(segments, name):
    for segment in segments:
        if segment.name == name:
            segments.remove(segment)
            segments.insert(0, segment)
            return


class ImageWriter:
    """Appends segment records as 5.x does, patching the ELF's SHA-256 in
    where asked (docs/chips.md §7.4)."""

    def __init__(self, head, elf_sha256=None, elf_sha256_offset=None):
        self.out = bytearray(head)
        self.checksum = IMAGE_CHECKSUM_SEED
        self.count = 0
        self.elf_sha256 = elf_sha256
        self.elf_sha256_offset = elf_sha256_offset

    def put(self, addr, data, checksummed=True, name=""):
        data = self.patched(bytes(data))
        if len(data) % 4:
            raise FatalError("Invalid %s segment length 0x%x. It has to be multiple of 4."
                             % (name, len(data)))
        if len(data) >= MAX_SEGMENT_LEN:
            raise FatalError("Invalid %s segment length 0x%x. The 16 MB limit has been "
                             "exceeded." % (name, len(data)))
        if checksummed:
            self.checksum = append_segment(self.out, addr, data, self.checksum)
        else:
            append_segment(self.out, addr, data, 0)
        self.count += 1

    def patched(self, data):
        pos, offset = len(self.out), self.elf_sha256_offset
        if self.elf_sha256 is None or not pos <= offset < pos + len(data):
            return data
        inside = offset - pos          # 5.x counts from the record header, not the data
        if inside < SEGMENT_HEADER.size or inside + ESP32_DIGEST_LEN > len(data):
            raise FatalError("Cannot place SHA256 digest on segment boundary "
                             "(elf_sha256_offset=%d, file_pos=%d, segment_size=%d)"
                             % (offset, pos, len(data)))
        inside -= SEGMENT_HEADER.size
        if any(data[inside:inside + ESP32_DIGEST_LEN]):
            raise FatalError("Contents of segment at SHA256 digest offset 0x%x are not zero. "
                             "Refusing to overwrite." % offset)
        return data[:inside] + self.elf_sha256 + data[inside + ESP32_DIGEST_LEN:]


def esp32_5x_image_bytes(image, chip, options, elf_sha256=None, elf_sha256_offset=None):
    """An image for a 5.x-rules `chip` class from `image`'s (merged) segments."""
    extended = Esp32ExtendedHeader(hash_appended=options.append_digest)
    extended.chip_id = chip.IMAGE_CHIP_ID
    extended.min_chip_rev = options.min_rev
    extended.min_chip_rev_full = options.min_rev_full
    extended.max_chip_rev_full = options.max_rev_full
    by_addr = sorted(image.segments, key=lambda s: s.addr)
    flash = [s for s in by_addr if is_flash_addr(chip, s.addr)]
    ram = [s for s in by_addr if not is_flash_addr(chip, s.addr)]
    move_first(flash, APP_DESC_SECTION)
    move_first(ram, BOOT_DESC_SECTION)
    check_one_segment_per_mmu_page(flash)

    writer = ImageWriter(image_header(image, 0) + extended.pack(), elf_sha256, elf_sha256_offset)
    if options.ram_only_header:
        write_ram_first(writer, flash, ram, chip)
    else:
        write_flash_first(writer, flash, ram)
    if options.secure_pad_v2:
        write_secure_pad_v2(writer, options)
    if not options.ram_only_header:
        append_checksum(writer.out, writer.checksum)
    out = writer.out
    out[1] = len(ram) if options.ram_only_header else writer.count
    if options.append_digest:
        out += hashlib.sha256(out).digest()
    if options.pad_to_size:
        out += b"\xff" * (-len(out) % options.pad_to_size)
    return bytes(out)


def write_flash_first(writer, flash, ram):
    """Each flash segment at a file offset congruent to its address modulo the
    MMU page, the gaps filled with the front of the RAM segments."""
    ram = [(s.addr, s.data) for s in ram]
    for segment in flash:
        pad_len = esp32_padding_needed(len(writer.out), segment.addr)
        while pad_len is not None:
            addr, data = esp32_padding_piece(ram, pad_len)
            writer.put(addr, data, name=segment.name)
            pad_len = esp32_padding_needed(len(writer.out), segment.addr)
        writer.put(segment.addr, segment.data, name=segment.name)
    for addr, data in ram:
        writer.put(addr, data)


def write_ram_first(writer, flash, ram, chip):
    """--ram-only-header: the RAM segments and their checksum are all the ROM
    sees; each flash segment follows behind an unchecksummed zero pad."""
    for segment in ram:
        writer.put(segment.addr, segment.data, name=segment.name)
    append_checksum(writer.out, writer.checksum)
    page = ESP32_MMU_PAGE_SIZE
    for segment in reversed(flash):
        pad_len = (segment.addr - len(writer.out) - 2 * SEGMENT_HEADER.size) % page
        if pad_len < chip.BOOTLOADER_FLASH_OFFSET:
            pad_len += page
        pad_len -= chip.BOOTLOADER_FLASH_OFFSET
        writer.put(0, bytes(pad_len), checksummed=False, name=segment.name)
        writer.put(segment.addr, segment.data, checksummed=False, name=segment.name)


def write_secure_pad_v2(writer, options):
    """Pad so that checksum and digest end the last MMU page: the Secure Boot v2
    signature sector then starts on the next one (docs/chips.md §7.5)."""
    if not options.append_digest:
        raise FatalError("secure_pad only applies if a SHA-256 digest is also appended "
                         "to the image")
    page = ESP32_MMU_PAGE_SIZE
    align_past = (len(writer.out) + SEGMENT_HEADER.size) % page
    pad_len = (page - align_past - 16 - ESP32_DIGEST_LEN) % page
    writer.put(0, bytes(pad_len))


def elf2image_5x(args, chip_name):
    chip = CHIPS[chip_name]
    options = image_options(args, chip)
    data = read_input_file(args.input, "ELF file")
    entry, segments = parse_elf_5x(data, args.input, options.use_segments)
    mode, size_freq = image_flash_params(chip_name, args.flash_mode, args.flash_size,
                                         args.flash_freq)
    elf_sha256, offset = None, options.elf_sha256_offset
    if offset:
        elf_sha256 = hashlib.sha256(data).digest()
    else:
        appdesc = [s for s in segments if APP_DESC_SECTION in s.name]
        if appdesc and is_flash_addr(chip, appdesc[0].addr):
            elf_sha256, offset = hashlib.sha256(data).digest(), APP_DESC_ELF_SHA256_OFFSET
    if options.ram_only_header:
        print("Image has only RAM segments visible. ROM segments are hidden and SHA256 "
              "digest is not appended.")
        segments = sorted(segments, key=lambda s: s.addr)
    merged = merge_adjacent_segments(segments, chip, options.ram_only_header)
    if len(merged) != len(segments):
        delta = len(segments) - len(merged)
        print("Merged %d ELF section%s." % (delta, "s" if delta > 1 else ""))
    if len(merged) > MAX_IMAGE_SEGMENTS:
        raise FatalError("Invalid segment count %d (max %d). Usually this indicates a linker "
                         "script problem." % (len(merged), MAX_IMAGE_SEGMENTS))
    image = FirmwareImage(chip_name, entrypoint=entry, flash_mode=mode, flash_size_freq=size_freq,
                          segments=merged)
    name = args.output if args.output is not None else os.path.splitext(args.input)[0] + ".bin"
    write_files_together([(name, esp32_5x_image_bytes(image, chip, options, elf_sha256,
                                                      offset))])


def image_options(args, chip):
    """ImageOptions from elf2image's arguments, checked before any file is read."""
    options = ImageOptions(
        min_rev=args.min_rev or 0, min_rev_full=args.min_rev_full or 0,
        max_rev_full=0xFFFF if args.max_rev_full is None else args.max_rev_full,
        append_digest=not args.dont_append_digest, secure_pad_v2=args.secure_pad_v2,
        elf_sha256_offset=args.elf_sha256_offset,
        pad_to_size=pad_size_bytes(args.pad_to_size) if args.pad_to_size else 0,
        ram_only_header=args.ram_only_header, use_segments=args.use_segments)
    if not 0 <= options.min_rev <= 0xFF:
        raise FatalError("--min-rev must be 0-255, not %d" % options.min_rev)
    for flag, value in (("--min-rev-full", options.min_rev_full),
                        ("--max-rev-full", options.max_rev_full)):
        if not 0 <= value <= 0xFFFF:
            raise FatalError("%s must be 0-65535 (major * 100 + minor), not %d" % (flag, value))
    if args.flash_mmu_page_size and \
            flash_size_bytes(args.flash_mmu_page_size) != ESP32_MMU_PAGE_SIZE:
        print("WARNING: Changing MMU page size is not supported on %s! Defaulting to 64KB."
              % chip.CHIP_NAME)
    return options


def pad_size_bytes(text):
    try:
        return flash_size_bytes(text)
    except (FatalError, ValueError):
        raise FatalError("Unknown size %s (give it as <n>KB or <n>MB)" % text)


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def version(args):
    print(__version__)


# --- Offline image commands (docs/image-format.md §6-§8) -------------------------

def image_info(args):
    data = read_input_file(args.filename, "image")
    image = read_firmware_image(args.chip, data, warn=print)
    for line in image_info_lines(image):
        print(line)
    if args.chip == "auto" and image.chip != "esp8266":
        print("Image type: %s (detected from the header; give --chip to choose)"
              % CHIPS[image.chip].CHIP_NAME)


def image_info_lines(image):
    """What image_info prints. These lines are v2.3.1's word for word (docs/image-format.md §8):
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
    if image.extended is not None and (image.extended.has_modern_fields()
                                       or CHIPS[image.chip].IMAGE_RULES == "5.x"):
        lines += esp32_extended_header_lines(image.extended, CHIPS[image.chip])
    return lines


def esp32_extended_header_lines(extended, expected):
    """The fields later esptool versions write (v2.3.1 only warned about them)."""
    chip = ESP32_CHIP_IDS.get(extended.chip_id, "unknown chip")
    if extended.chip_id != expected.IMAGE_CHIP_ID:
        chip += "; not an %s image" % expected.CHIP_NAME
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
    chip = args.chip
    if chip != "auto" and CHIPS[chip].IMAGE_RULES == "5.x":
        return elf2image_5x(args, chip)
    refuse_5x_only_options(args, chip)
    elf = ELFFile.load(args.input)
    if chip == "auto":     # v2.3.1's default, kept so old build scripts get the same image
        print("Creating image for ESP8266...")
        chip = "esp8266"
    mode, size_freq = image_flash_params(chip, args.flash_mode, args.flash_size, args.flash_freq)
    image = FirmwareImage(chip, entrypoint=elf.entrypoint, flash_mode=mode,
                          flash_size_freq=size_freq, segments=elf.sections)
    write_files_together(elf2image_outputs(image, args))


ELF2IMAGE_5X_OPTIONS = ("min_rev", "min_rev_full", "max_rev_full", "secure_pad_v2",
                        "elf_sha256_offset", "dont_append_digest", "use_segments",
                        "flash_mmu_page_size", "pad_to_size", "ram_only_header")


def refuse_5x_only_options(args, chip):
    """The chips whose images follow v2.3.1 take none of 5.x's image options:
    ignoring one would write an image the user did not ask for."""
    given = [name for name in ELF2IMAGE_5X_OPTIONS if getattr(args, name, None)]
    if given:
        raise FatalError("--%s applies only to the chips whose images follow upstream 5.x "
                         "(%s), not to %s" % (given[0].replace("_", "-"),
                                              ", ".join(n for n, c in CHIPS.items()
                                                        if c.IMAGE_RULES == "5.x"),
                                              "ESP8266 (the default)" if chip == "auto"
                                              else CHIPS[chip].CHIP_NAME))


def elf2image_outputs(image, args):
    """-> [(file name, bytes)], named as v2.3.1 names them (docs/image-format.md §3.1, §4.1)."""
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
    """An ESP8266 v1 image from raw files (docs/image-format.md §7); `output` is a name prefix."""
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


# --- Commands that talk to a chip (docs/protocol.md §9) ----------------------------

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
    """Each region erases whole sectors, so neighbours must not share one (docs/protocol.md §11.1)."""
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
    """docs/image-format.md §9: set mode/freq/size in a bootloader image's header, and
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
    """FLASH_BEGIN or FLASH_DEFL_BEGIN, then the data blocks (docs/protocol.md §11.3, §11.5).

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
    timeouts = block_timeouts(payload, esp.FLASH_WRITE_SIZE, esp.IS_STUB) if compress else None
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


def block_timeouts(payload, block_size, is_stub):
    """Per compressed block: enough time to erase and write what it inflates to
    (docs/protocol.md §11.7). A stub answers a block before writing it, so its reply to block
    N+1 also waits for block N's work."""
    inflater = zlib.decompressobj()
    timeouts = []
    previous = DEFAULT_TIMEOUT
    for start in range(0, len(payload), block_size):
        produced = len(inflater.decompress(payload[start:start + block_size]))
        if is_stub:
            produced += (div_roundup(produced, 0x8000) + 1) * 0x10000    # erases it starts
        work = timeout_per_mb(ERASE_TIMEOUT_PER_MB, produced)
        timeouts.append(max(work, previous) if is_stub else work)
        previous = work
    return timeouts


def verify_region_digest(esp, region):
    """write_flash's check (docs/protocol.md §11.3): the chip's MD5 of what it holds against ours."""
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
    """The flash size named by the chip's JEDEC ID, 4MB if unknown (docs/protocol.md §8.3)."""
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
    """Load an image's segments into RAM and run it (docs/protocol.md §5.4). v2.3.1 crashed here
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
    value = esp.chip_id()
    if value is None:
        print("WARNING: %s has no Chip ID. Reading MAC instead." % esp.CHIP_NAME)
        read_mac(esp, args)
        return
    print("Chip ID: 0x%08x" % value)


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
    if esp.IS_STUB:
        # docs/protocol.md §11.8: close the session, keep the stub running (flag 1).
        esp.flash_begin(0, 0)
        (esp.flash_defl_finish if compress else esp.flash_finish)(False)
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
    size = None if esp.IS_STUB else flash_size_bytes(detect_flash_size(esp))
    print("Erasing flash (this may take a while)...")
    started = time.time()
    if esp.IS_STUB:
        esp.erase_flash()
    else:
        esp.erase_region(0, size)    # a ROM has no chip erase: erase it all as a region
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

CHIP_CHOICES = ["auto"] + list(CHIPS)
FLASH_MODES = ["qio", "qout", "dio", "dout"]
FLASH_FREQS = ["40m", "26m", "20m", "80m"]
# The union of both chips' size names; the chip checks its own list later.
FLASH_SIZE_NAMES = ["256KB", "512KB", "1MB", "2MB", "4MB", "2MB-c1", "4MB-c1",
                    "8MB", "16MB", "32MB", "64MB", "128MB"]
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
    # Five 6-bit fields, docs/protocol.md §5.7.
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


def add_5x_image_args(parser):
    """elf2image's options for the chips whose images follow upstream 5.x, spelled as 5.x does."""
    group = parser.add_argument_group("ESP32-C3 / ESP32-S3 images (as upstream 5.x)")
    group.add_argument("--min-rev", "-r", type=arg_auto_int, dest="min_rev",
                       help="minimum chip revision, legacy one-byte field (default 0)")
    group.add_argument("--min-rev-full", type=arg_auto_int, dest="min_rev_full",
                       help="minimum chip revision as major * 100 + minor (default 0)")
    group.add_argument("--max-rev-full", type=arg_auto_int, dest="max_rev_full",
                       help="maximum chip revision as major * 100 + minor (default 65535: any)")
    group.add_argument("--secure-pad-v2", action="store_true", dest="secure_pad_v2",
                       help="pad so that the Secure Boot v2 signature starts a 64 KB page")
    group.add_argument("--elf-sha256-offset", type=arg_auto_int, dest="elf_sha256_offset",
                       help="write the ELF file's SHA-256 at this image offset")
    group.add_argument("--dont-append-digest", action="store_true", dest="dont_append_digest",
                       help="append no SHA-256 of the image")
    group.add_argument("--use-segments", action="store_true", dest="use_segments",
                       help="take the ELF's program headers instead of its sections")
    group.add_argument("--flash-mmu-page-size", choices=["64KB", "32KB", "16KB", "8KB"],
                       dest="flash_mmu_page_size",
                       help="MMU page size (fixed at 64KB on these chips)")
    group.add_argument("--pad-to-size", dest="pad_to_size",
                       help="pad the image with 0xFF to a multiple of this size (KB, MB)")
    group.add_argument("--ram-only-header", action="store_true", dest="ram_only_header",
                       help="show the ROM only the RAM segments (implies --dont-append-digest)")


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
    parser.add_argument("--before", choices=["default_reset", "usb_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_BEFORE", "default_reset"),
                        help="how to get the chip into its bootloader (usb_reset: an "
                             "ESP32-C3/-S3's own USB port, picked by itself for "
                             "VID:PID 303a:1001)")
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
    add_5x_image_args(p)

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


# The command table: name -> function. Offline commands take (args).
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
        esp = prepare_chip(esp, args)
        CHIP_COMMANDS[args.operation](esp, args)
        leave_chip(esp, args.after)
    except (serial.SerialException, OSError) as e:
        raise FatalError("lost the serial connection: %s" % e,
                         hint="was the board unplugged or the port taken by another program?")
    finally:
        esp.close()


def connect_to_chip(args):
    """Open the port (or each listed port in turn), reset, sync, identify (docs/protocol.md §9 steps 1-3)."""
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
    """docs/protocol.md §9 steps 3-7: describe the chip, stub, baud rate, flash attach and size."""
    print("Chip is %s" % esp.get_chip_description())
    print("Features: %s" % ", ".join(esp.get_chip_features()))
    if isinstance(esp, EspRomLoader) and esp.on_usb_serial_jtag():
        esp.disable_watchdogs()
    if not args.no_stub and args.operation in STUB_COMMANDS:
        esp = start_stub_or_stay_in_rom(esp, args)
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
        if args.flash_size_bytes > 16 << 20 and not (
                esp.IS_STUB and getattr(esp, "FLASH_32BIT_ADDR", False)):
            # docs/chips.md §4: only the ESP32-S3's stub reaches flash above 16 MB
            print("Note: flash above 16MB is not reachable with 24-bit addresses; "
                  "change the flash size if this fails")
    return esp


# The commands that upload the flasher stub (unless --no-stub): the ones it
# makes faster or possible. The others are a few register reads; the ROM is
# as good for them, and one less thing can go wrong.
STUB_COMMANDS = {"write_flash", "read_flash", "verify_flash", "erase_flash", "erase_region"}
STUB_CHECK_LENGTH = {"ESP8266": 64, "ESP32": 0x1000, "ESP32-C3": 0x1000, "ESP32-S3": 0x1000}


def start_stub_or_stay_in_rom(rom, args):
    """Upload our stub; if it does not start or answers wrongly, warn, reset back
    into the ROM loader and go on there (issue 6: never worse than --no-stub)."""
    try:
        stub_code = stub_image(rom.CHIP_NAME.replace("-", ""))    # "ESP32-C3" -> esp32c3
    except FatalError as e:
        print("Note: %s; going on with the ROM loader (as with --no-stub)." % e)
        return rom
    reference = rom_flash_digest(rom, args)
    try:
        stub = rom.run_stub(stub_code)
        check_stub(stub, reference)
        return stub
    except FatalError as e:    # no greeting, a wrong self-check, a reset mid-upload
        print("WARNING: the flasher stub failed: %s. Going on with the ROM loader "
              "(as with --no-stub)." % e)
    rom.connect(args.before, args.connect_attempts)
    return rom


def rom_flash_digest(rom, args):
    """MD5 of the first bytes of flash as the ROM sees them, to check the stub with."""
    if not isinstance(rom, ESP8266ROM):
        rom.flash_spi_attach(getattr(args, "spi_connection", None) or 0)
    length = STUB_CHECK_LENGTH[rom.CHIP_NAME]
    return length, rom.flash_digest(0, length)


def check_stub(stub, reference):
    length, expected = reference
    try:
        got = stub.flash_md5sum(0, length)
    except FatalError as e:
        raise StubFailed("its MD5 self-check failed (%s)" % e)
    if got != expected:
        raise StubFailed("its MD5 of flash 0x0-0x%x is %s, the ROM's %s" % (length, got, expected))


def leave_chip(esp, after):
    """--after (docs/protocol.md §16)."""
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
    return exit_status_of(lambda: run_cli(argv))


def run_cli(argv):
    argv = expand_file_arguments(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.operation is None:
        parser.print_help()
        return 1
    run_command(args)
    return 0


def _main():
    sys.exit(main())


# --- BEGIN EMBEDDED STUBS (generated by flasher_stub/embed.py; do not edit) ---
# Our flasher stubs, built from flasher_stub/ (make -C flasher_stub embed):
# per chip, base64 of the zlib-compressed JSON from flasher_stub/elf_to_json.py.
STUB_IMAGES = {
    "esp32": (
        "eNqFe1uTqjq77n+Zt35V0C22uKrWRU5AkCgBD403uxQ1ICrdrS2HXfu/7zdgjzHm/NZhVDE0"
        "hpzeU54nefv//rW73f7PLW8Pf/3H+PVl/Pav/of79uv+13+8mOPh6NW2h6//+mu/vW//+o+/"
        "kP4XoYgpxHFVuEQtA4wqSiWfI2kjhVLBosQh0lpidJNOlUxpvYRG2Ppwv95XX0fvbXavOFl8"
        "t19D/FVN7En85WZmuohOpESblWvs80S5l8fEjIPb6mEY4/H7Oy9ytsFfxdBNjGRED9skI0Hk"
        "J/nyMClIKwWO1mfr8nk7vL6tTBlMNguHSaIO2+xVnMbm4HhpDyx7UemwstLZy3Fxd5wPBx+u"
        "p89jfhob7QZdJte8qD5PSz4aPAZ4cnU9fnH3O1lZo+MLe/t6Kz5T4xC/4uDb2FSPYDCor2+7"
        "aVhey8OnI+bGEkevHNOrfJldz5f94zLwmtx7Xa2/RMR4fjXPhv0p39LTeXoblX5oVy/n3WYT"
        "CMonk8ncMMzVK8uWk8Gna6hR3g4cJnD5xiLC3sjxHA5nR/722D3il+YzMq3d18LMcCz/8z//"
        "6jX0p+bezNfRm/mvvw7X+1fT/WQNhy9vb9a//rof6rtWpqB2aNCNsbDFFJ3REVu+xAG2kZ+h"
        "yrMNG/RGvJHRwlNVrFYMIQE6ZgWJGz4UjyWePAxtEq4BL2OSdO0tZmLyzrBx7Op4GgWYo2H1"
        "39bHCrMbU/SoSy0yqG1I+CqOY2OO5mllBgvp8IK53th4SV8pvp+Ti5Trk8hlhVwkkWC5z2IY"
        "AyGq27MqrAwH2/16ZkVkHh9GEzOLHgpMFh4ePIw7uuxOpDEFOp4MaAgt+QeN1Wx6a/MFzERE"
        "t6YhXokWxewVs7iK0MzmV+h/wHX/hZbfaK2NW+j5xiAexM5aaELXZ7p+qBBZYpCTHVdHRBIp"
        "GoyQ4l4UlwKvy2rzzpQUqEgshKqYFxLxw9iQ8IiCI36PUEVgMsr3OcHmlfDs7WF/+loPDieI"
        "mHTpYHMcLAU7eRejRbk6TTMUl0VJRUSRfBNFQcUhMOYnn4C8aus4AU9jlShhxaA1/dvQsD+Q"
        "vTsbL4dYUi81GkUfmOdmgWOekRuWlbOEuS33JyNGy92G+TmTVaHnJgvf17JDr4VD8dRlCseo"
        "UOuX49KdHO08Avt4OdpIpDtDKoG+KLgrgyZ0qob0EGNiOrXiSHzS/azmJLu1Bv+kO5S+d3rJ"
        "bldDQjkaBRWFOWmd1w8b9BNg1ukclgDyHiI6CUdE29RZHk1j8mPPosiq49V4jbxoYBgfMOHa"
        "utdPuY46ufo5D/uyiXR5k/OvCL539k75DOQsBNW/iw9xGBoyt6L5qbKQidrKa03GJJ6N5TKD"
        "9WmDeOtsm6754+5ibdYgf3H3EaWLXubm2UVd76oGG0vYofMB2fkAIjdYAmI3rwI5ILL47Su/"
        "14zQF0K+nFZgX7/eV83a2ywPZzxYMD9NTTL/DppS0Lic3V2iWxEuUHiIaW7O0HHRyRfGSGs9"
        "79khJhN058iret8H/Ujv0X3HDzEatZJ4Hk/2WfTGPEs8/VrPRcsfa3t/0/NBS686oy+S9vKH"
        "fipU1OB/2u+0XPDEsDN4LIo8q+sftDGV1U884SJV2R/ysJA6oyHivmQVhf7j6qB9Kc0TiZpE"
        "/vSLLAax5Meffz6JB74bg+/q3wJFyJKmv/qbVVDGAlW9/CDK4GmzzKUEOeU+Ri0q5f4ciYKx"
        "oZTw+1I4FKnJAll7ea6rC3OTgvGlWKq0YL4sGNKRCt730KHtxg8kE6ryPrt1UlME0nzaBwm4"
        "rE7ocOzn+/z8kfGvmIhoNz+KUogh+I5eTG8h0wlswDWCuNa1oc/4hKgyFoPK79dTNbG3YalJ"
        "0YXRoeQY7F93WA+OE47MQ4OWJqEoeJ+hVkYCCSc9mCgHnwefJNTjfK+iHz2Ys+skNHQHpORg"
        "bwUB+/OU6vSxp365v0RviTdK96DT6lK3ko/Q0WTxd+BSrVRKzeFMWIul1xoN+A09mKzyml4u"
        "akLxEq0iZyuqhHZAA2KgXtucmo1Zo1G4r8mUDq/illqwWYWgoRvYatnbZ5Jre61RXjdTLykO"
        "OR5ovS86mchXiAdvev5jxUDfkXHs4rEvYu544L/rU6D3kR0vfOo0SO3xrb0XQQNxLY+iqoY4"
        "Vq5kzX585pe8mbp06z9CTH+D/qQ36e1Z1b/ttx/faKEitEMNhgjIb+Z4E9gfHJiPheUZHdBS"
        "y1OXSwz1r1q+oVpAmeHev+VcsoYpb1PsTXIMuH9LL1kn8xidGNk2eAG+xpIhwjV5I8P67Whf"
        "i1oI2ZjzH3s8uZ1th4glEJorGkgLv4WdXQhum0SXR70/fUCMb7ty+PSvg7YXni8qFPDWS4zm"
        "0OITjFkmGdRPKIFx9v04LeOCVclea+e17w9i0WqdqkSwFsanCjex3Swqx7YhjrIFPjCnMJbp"
        "1Xi71duWUsG8lgpqybfIHr03/hGl55AXdhrKyR59U+V4LeCBo9YdSgrx7jb+Hte3dtQGrZMv"
        "kQXvThFbWwrV3w87+37ovQ/h6rle1EBsR+6g19l/YTudPjr7BpnzGB0uePDu3ZG61M2WjZBs"
        "Gxti9MuYvzTEgv40nth16zdvw8ofmadQVp87NlVjO8HI45SBbaUg2M0oNIWyGLTHs5F05ogJ"
        "2hSUBOxO7Tx79b1SHTNtR9Uv/xsgt7c36vMUMBrEgNfIySnCe5SD/X9Va1NV0J95C6W8Y+kN"
        "u7XN2gaCED1RcUdW4iDR3GNSgT7OiFszF3Y5JFVFYA/2JZkv/u77vf2G2j4D7T/I1vb63G90"
        "7N0s9yadk3YkICa+LT0pbDQKQpNE6obcllfCk80CbJJW6DNgPgHmkJKJueN5kfqFcF1j4qIu"
        "CHr33p93jXFLEuSY4YmZOcX1On3UdvtN78xvDlNcz+jJDNGhxwirE2dT3H6+D8qcXypszYbo"
        "C5ulB/YNZQfWlrqvUb7A1dtmzV3EPkRSyMRtxfB6OG157t/QQt3Atq9FdWsorq6sWuKX8IlR"
        "0yx7dbxSHju/Vr/0MUYeyCMzOnwHOgAoEBMOcWWqmkVq4sZ0EGCPf8ToTp5T7f+tNwBsTXgB"
        "wfc4NPQn9C01nuz6b6MI4jkEN4S69ysd3+1S4xujAkF18QdMCvSxQLDfMgn6IRWu/iyj0oH6"
        "CMmf+FLp/fnS4WOV/S3+8ArK4JiwP76Qn/Z9/OnjEzpC/5beX373R5ku/xG/fvcn5BXqhf8z"
        "XldPzF/vh1L97f1+vN/zm3fjJV717/ExwJUvwXKhDNM6ozvAOCk0PqCJ3p+qfn/6NZ+tnu9M"
        "71d/27/+i/iLLF891+eqX+v/53gnJMBXNH4gpiefZar1gbluP9d8p5MXMvmP/Lt6orF/bBZE"
        "shQTP6JxEpskiQ14xnkSt00S3xRY/WuGfHcMMR8pvLaHXzlSHsR/lldKwjt7eH8FbXc5kKFm"
        "uVjia4crMOHxMk+iW1Y8BkGb+pnH4IkBt1Ce+S/wPA4NvUJMukDsdky6kOJOi02EVtyJnWS1"
        "hiA0IOkRVZuD5ldmfjigW+KiQ9rE7maAyq2Hwu2cu5s5Upt3FG4O9JJ8IwWm6iZQn0Bg2Xko"
        "hvbldonQ5hu52wNS2xfYBvJRy7lfWgTiFco+K0QDfr0q7lqKuA+QiujHW+nxvHg7WGQVgTZT"
        "GvbvTYAD3BVLWf8ecFIYE/b/bp7lJtPtHIiHJtFlmBf4oxnD9yJ5RXL7pfcLwL0Lf2SR7FPi"
        "7DPFFM06TM6aAG+Ro7o4xLdnvX5kmpjfnBKthj1mFlxx4AMWgZ1l9dXHoEt9rZaas7IyoICt"
        "cuDR4Er8ZiZo9cTaBVCYD9gHULWQNyfp+6T9fim5gjh5h11t3o3tbNNkwDPnxgzjxcQLaTVt"
        "pO4UOX5X7yax17KR0QCXyhUejbnDPw1f8/QpEevbBeVftgK+NHdBQOg4E8NCWZk42p8tVYLH"
        "YyMD3gX/1uXZyqaG3XzZaSPV3N1X7LKopq6hENiKDfZH0rIFvmm0p5gEIqPwfVNToThpQwFt"
        "9N6u3G3F4HPrbqUmwxXVHJYisC3FepwGnA91uI1d+jXu8rXo5MEkvFufLYzi4MlL/BoiY4Ti"
        "Xj4/n/gM7k+2BrrtVI9fKux1cZpOkNJ4pcJujzcmFPAMinoeIOTCaN2OPwIu2QRIar4NW3YU"
        "jnhV0axIMRKA3/Q+egKMFLRtKMHX1grTns/Z/Bv0Cfs9EJflmAsrAJtrDmnLY5VazFJC61r2"
        "e1I755Y3L9t5VFnBXOPd4hYpzX46PYv0ljRgW9nIGF1O7YYgLZlRXcRkmvrUJ1pWDapzdDwO"
        "dH/LT8ojVSAtU/Gp5YPc5YVd0DHo63N2iYDHgbyf+kAiUeAb+nwEcEn37uHx691VvvKch+/y"
        "C4Pg14/Bc/19133Psk4vlHIejJV3Mm5aXwnYJuBG8B/ACjBFDnbCXQocp8M++2HXFjDgoD9T"
        "SSfoYnrvcj/DVZPXVwudQqOy6EJ8PfBSrvzMn/sZR8lRrxewq+qwPzXnWo8mbLAamCUx24U5"
        "9J+Ou36n7XiCunI/DqwhFzeLVqRSKL3+rBGwADv5armEdWUo3f3+PbSrZWhLO+SVrguljauj"
        "Hgu4TyzWmcTSj4H1Pn5+w8E4u69AhgraK2hT+O0asLAQRbHbI9zAd3n1qsDdgN1hYgqp5boL"
        "uzElyJXRWE2l2EXuphjFJkZbo6sDm6xzMEG29E+dvDFozRIq9aI9xB1Kg6kLQB3Zt4UJmF8Z"
        "Na3sMBaevZEgp1DLqezmiXDZrUHrGxnK3AHo2Iao2Pi63042m15eBvBbbRNo8zV4xh7wiYrY"
        "ZE45w2ZLAzTz5yKpqgXEXPdWaR5r4eI5zvMzL68e4hnDRa+nO22hz6TXEf8MS5T09hB9KuR/"
        "2STKbRTKdxQQhPNurhSwdLXQa8iMrjxDp56DZP1a1kuV3JF0aWd/Igk688A+jOtNqIA4ezSJ"
        "WLaDhbR17Jx074V1LpZX/ZsE1I4P3Xzp2/hBReXsbgYN8JqADt57mzjK+g6Yz9ExGfB6KpTT"
        "dP3wrdPzlqjfG+qqyYBAnOjEJRqkIefWv1fFdZbCbHt5njDPSyEnGpObbDPsbBp00fEzsWl/"
        "4lbSz2vyI4MkfMogRw+IsOoOpkFx6LpdBx2/CmG/6cZwPoMBWvW2HsoAXKLV+N3BF45sAlx7"
        "zoX3QKA6+s3iw8AJoU8K/jagENadsJs3Slg/NzMUF3a177ZEyz5GiJxdWyfwQnvRDQ99M4h9"
        "UXbufR++x1qnWWGCn4edTuXxl7/29rXobZyS8N7566K3B4hfgMuZ6mxy8fXLh01iQvn046dK"
        "HN8n/PZu+GMhKRZ5OeNY9HbizvtIkfOYTWB/qbr14IQYwHP03FDc26E+f6HAVnq7MEUNvFD3"
        "bc/GwNuWZDlbap/OxIFOFnL4BiD0/Ix1MTl5qbE0Z9AH5r3NZ6+hOYF4p7p3Zl/GaGwHdW10"
        "caUiBlq10yGKehkOZZCmp6etRb2uPJBstVLY6daBXUeCZApYR0ZfpSrv0Peit6mdaTTmDEXe"
        "4AdzdPKRvUzrsY1baVxDf+iOQ9hMZe/bSPZjZ/2ZqqF9iRyf/ikZ7/XOs2CkbRE+7/Ac4Al5"
        "Nh2VET0C8Fc/50fMF7ISdS3CY1ghZiK0mDqohU0sKYCf/zq/U3UgAdT9cT6Zc1AQbwBg0Fpv"
        "iJku+zHX57Waz1x02enOx5Pn+aV83XjRIDT8Ul7q7lwjNcnrnbvdqSqqDjalBZtbkU0CJOZj"
        "BJgHjyFSf1CQ+wa9rRbep2GZzjyvOcq90hjgASflLcm1LJwdIJIokPvhrWJ31OBhRU0+zXMC"
        "3HMnrA8WX5Jh8RD10BiAD5psHTsjlhQ14BlsdRgDl2jhbQxTxyiIq9Lbd+v3VBSDwfBE1Tvp"
        "r2ujzMzQ+DSa8hZLnrWGXZsP+zNwC8JTwIin6jMI9fehsYWZBUSRhRzJWQxMXhFRnbyp0Zb2"
        "VM5ss0icTmOfLIIW0TRvLdhKiF+D790eBngiv6X/fl7Qybs/bwLGCjAW+KXQfYAM5id/KgvF"
        "5kho3hoNjhMEnF3fTwhMDy/AwF67dTGTAG+9Y/zUa1AdQF+kjFwZYWcqL4ppO3FfEl+ssRo5"
        "BdvmPvmgtvJ9BDgEy6W7EJH0Xv55LtbNj+faHoS2h+K3fXR8l6JNvlQ4l5kPT52XERN4gy9s"
        "dY7Xa/8zORducgwNivfP74GxvfgjfPFq4/UjX8tNZoeTz+RUuOJg6PsPH7XeA+QKdbw/D0Yd"
        "ANahlhvdBBf6/LSbT2e/bne+l2j5uUDrZG+vpf9TxioGPtf5y0PzvaC6/Ht93/4LAz/05OK/"
        "q99292Ndf7b/U3aq60//13/Ud+N188Op5tNd/bTS/Zvsp+xXl7/1/0d/21/t/zm/P+q78Xr7"
        "2XXzDfBN+Bn7hgfBM4CIdGFgP4D/Tudan09ShT748oLjyJvh97bZfApSfwKWUxbaXEySfZlo"
        "cjVPG9jno3KJJoU532Twe16Axk2CL2CxykabwiR1yZC5WxjZZ4mobwyvkruh8t7DWl6O8D2Q"
        "Xlyuxtvh/YxtiHXRd3d4dLnKqbtRTNzywx4VW4yS5AQEvOZz9M2R23MRwucealu/hfkBIadc"
        "8xS36OpCkzzLeX9+ZgI2QqZfcpJlSwxIBt/he5QJcFc78sJQ8hwG7nnHDQLkns1ozJ3NTFZV"
        "nGWij78ZzAFg+6/xQ+AAxeaGFnqPAXzVnzflC5g712e2SX8Gru+keGERQMqHTc5JnadoBSYr"
        "lJVCu0oQ4LDG8ww39+eAW94MI5h7gDe+FuUgkMaemlNFGPAKfMtno2DIP8kd4sF+mltvYQF1"
        "y77OH4VQx/ZQ99LVqdrU3MxtOMTGPd487HwI81OtT2ZL/3AxncIw/e/FySchmWbvJzOUn0xB"
        "W7x7rqc93QCi+SEgamPSjT0feHM5oXH5jdb9eWn9Uer/SXQHIVITa3kkvTxzmlWp3aQtUomJ"
        "ov7M+r2/S9qj7Fnux6rjh12FCzSEGbi1pPG7SgCk7wKjAXkHW8JQ072/6t8HLha5GLDclACB"
        "W6SgjyRDy6x2W2CgtMiA43bYd/Fci6eSAGR8wDnoZ9mf7a2uvsMzy13lwbgub+hn/lH4a/7C"
        "7OcvkawXuk72nLUppfdmP2g1QfXCPlsd9g37djueYzRh/gG12j5GsC+yfr9lt5yfLcBj7BBP"
        "veFN+e4FcESJR95Ncfdcgcwzs2lPEKv1faPSfR0WE33WeLYc6nD3EtpPe2Qff7fHXQ17bXfu"
        "7/f3jqDGr4mAdgL8cn6yclkPGw9Qk6fkNbSL/COz0hkFe9P6jPrz/1XJj91YbuDqwxSQDxGZ"
        "RadL9ibz6cXLy+/5yvGT+BJBdAcMy/Q5QdzPJY8as8N18sf/Ngr87S7RC2wZ9QVQbcgtsU9z"
        "56B9mvVnIvj20GMOzuM4il5dFzi132wnJA5m46oaUk+pgz8noI83vzlYSO0cwL7zw5Zho+d6"
        "Vhmb81Cm2OiwOLi0TMfiXoX4nOqbg2TecoGtdE92twYrhgb5qEFZzZPFx3E1lrOsgIngO5Ew"
        "jynUycwMRMMPeJ3Q8RE+IRr4Y5vge2Dwu4W54nvnyqPlzdrHjOXlyprgGH0rx8+I8ooei+bZ"
        "6sbDKXP4Mi5ftP9o/xr2GHKtlCXScoOMtre7Yc/HSpnecQjl155n7NElIRAP35Gf5JSkD95q"
        "3Gbhlx98eAK8uQ+fuNnCZi+TNcpn7vgB63J3jUv7Nm1fR0BHgqnmpO8NcH4ytE1/PYw3O2vJ"
        "ZKzjZYXuJfCwm1Gcpjz/etw+F0sa73nSxSu6ULWEODbPzesdBe5BIh13ex6HWwKxRGOdK+Ac"
        "MXMgLuO9i1V3RuBADHbELbAF9U2EZ/DbIZufZCVDueOPtBnRH79xH11/LM+muczfFVC8MvGM"
        "YdtkF9X5a3eWt70+uet80NlfDnpA7qXH+r0NZucb8mbBu7gzS4CtoG2Pz82zxe3CQtlXOLAz"
        "i08Ke97btJv2mLuimUqfdu5u+j6D0LjTSC7A92ZI7cmh7fj6DFV7VMFaX/boas4itdRYzLkX"
        "HDhqMJDMgfVG8Nshi+9mv9Zuv+i5lDmDaH83c43TgJ9/BrkiL2PtPwHgRaPnrhCr2QblDHx2"
        "CkAdMDToCIDQXKqghM8RapDSunDGvS4eBviw57fGgn8iD/Yj1MnsyaGdYgoorehQFVdWbMx4"
        "A34GNoUqHzk9P2M9f9c+B3LAuydfpFnzqi7DJlBLoQban52PngNRg8XAW/FjP12N40UWxDSb"
        "vi7SsQpgv016LmirnH0bJ3jybi1v4UlRiGeRIFzNHWtYFBZgAdgXURU7nxXT++aaMAjKrIpS"
        "4PWnw0tQVSxTZefzHOLp+2MsEh3jV71+X2BW+vzuOOOiaqEvUd8iJdFpXl3YzeF8WYgI4sFx"
        "zt3BEXwlZ4sKpGvmLLJyJgchi6tVl4eAubm65tvHbGyM0++P7HVFuRTH1phLXg8Me8RO3tho"
        "i1wcH8Z8wQVqz2S+AsxKWn3/s7FC01gzHldbPN2nfuZM4AFM5hzh8c5k6eLlapw6a4fvVoCX"
        "lzc/WV7YIiokWgAzPAg8vCNngt1PQtFqW4y4DzFrVRQqca1seD7i7eZctku2QP49IfWpQMsb"
        "T07SybF0GiwJ2mROtckxfOdoXztq32ComwWrBBDcO8jQLXgCMoit7P18X1msVPmaBgm6Am70"
        "Tc/afxkKsCPMKzbk6wRvTU7R3kWSTMin6V/lpqoZu3hYXALi3YZTvBM+XrEArwQ3vUyBgUzx"
        "RkCZecQrp/A7/uYYfOzmFFXKD7J0ltXayru7xWO4rVYnIlcxUasFrjIDl7QkaIYJL92PMwQ5"
        "jU62m5KK0oNVOl9iqSo0uCTIWWK1KdluP/q4xIPxhLzu3tUVPIvDs/54h3XG3/eXDSs/N5/n"
        "3QZ9FPka9IbP22J846AfeL7hOcIDGDoBLuXO6SSsj6DPSXeftNT3Sw5K+/wW2t+pssBPgAOb"
        "REScZZgXDMmCYc7oC0SiFyjTqVNVYfyu/bwCDKrmjDVSLpUIdR6LhO+JmnrL+s2YEAkoVcpU"
        "OMQUb0vmp4tmjg79+bg+O0bUOxtVtdRnUaN+7y8XQI5W80P8phrWxS7kZc9clpm8mXKK6qAl"
        "OJGxr68mKIqxnMSo3K/0vQQ85q2NRmH2O3foj3wc0mawfqHvxz6Q0vePOr/npvNzPFT+mY84"
        "6vnj85MAn6xqio7P3JnnnbvzAXTu2J+/Rw8NEH/zTU8fltawYfX5Gr5Iu7MvIU4oRylEOuDg"
        "Gmf/3NcK3TcBE0NC5+utrYf5t/yrx9/zJX/lfcA+9bzn1aGkQhM6sD31Rz5On4O4RzeTWp94"
        "UkPMETpX6ddYy2uYyYbKP+ZGC0LsajdcJjrBDdv9fYQ7CSdrGppdvtQr9kr0x/y69Y41X3+u"
        "d6nP85/zpN6bYXdrprDml9VXMPh9P01+zRfm6fN9EZnzklaUR5yGqBIi0nHuR04c6kwSoLoN"
        "qn/mDCEA1hNqVJpbr3W+GjQDPol+8tXelt4d6fxSo6gNGSDQXgnloWFjwhaYMUArs/054jOp"
        "QglvxPqM4ghP8iMDxUs+odUzT02YJNTnwPKZRzBHuVKtOc1bkKwHFNCBsA2GxpjiDeLpwgN+"
        "9/tuv9OBFL/tk6niKT99NvLveXjT6n+uJ+r8P9Yz+T/Xu/9Lvf+/9O9Wn7hASuf3UrScAHuZ"
        "GDXYLGAJnVf4zAfjQlbkd74SWLEW9tEwjmHY6QTrTLgFyrnOhyQQgB4GgAj2X9i/tndbAsiB"
        "aIP6etrnqVDU6fcD9PsGuMvsckcv4nee3i/7w10+MtL2ou8qTjbS+52t8yEqnd87maFT2VDk"
        "e6L5iCbG5P2OVvBpD2eRlU0eNuDILIJPYBVoOJOTaHK0BTsfTGx6ptEeTATrfa5V/fhn/ZOv"
        "iIo60/aNYA/+yYGuOn+B78dmLP/I7SK6vc04rHdKwN+srnzTZU+XG6nLSJdNLS9R/cqHaPV4"
        "/1t5hrKf/Ap9PtpsvU3R5SCxkdgDuds5PjuYTis3Ix4XGB2Gz5w5xzZqaqAoAa1BvG6nynkF"
        "HcpnvhxR0TEcIJGxbBjayqjYT47XeoGWICuIOzE1+AzZLPYgoN5atDeeedJLgb4/AO2CA1Gu"
        "ik+UpAqwPPZBZIcspUKda+65r0leqdw7f6usDScbEZdn4BZdH2vqBKs0fanNPteP61xfqu/u"
        "+vOOKzMFK37NYQJzQN0c0mfM2Y0NfWdX9/ZbAqduJRVYwHz47gswboWrvi77Du2mRJ4SsMY+"
        "7wvbbeX2x31z4AV24nWWEKIbm5c52vU5lXPiTaWNKgch4DZIFbHPdB7sy6g9ksDj5T6P3rhn"
        "6fx2Ab4WEQ72WlEd1+bSmaBXk77LGSD5Otf57s8c1V/58N37YG8mqlyKxQi9g886pruQyQSr"
        "S42OfV4BCVgOgavPR+vOX0nBq5/47OjcN+Cq/dnPUj1tFh3zsfqxUyr1+4oInV+Tgz3JZ3tJ"
        "dp5fxmdAWMyJ1zDHvp+fT0FJhmOXWcu0wN0dmaPz28Lnnhv+zO9ORZ79nDtDc8b7/QM1B++j"
        "Ol5qcvQ25sEkhgxnGGBKpgo0lK33DTveK0ECX81wIccbtDK1LIQoz/in/5x52/H9yzBFi1bn"
        "dkJCGG92ipq5V1bHHNbooC4fS6+Po5PO19Hjd2WQbzW7Rm+pN7rJaw3zmaC7SccyjkuJBWEJ"
        "hBhaVd4CNSlwne+DhWKT12OOWzn1lxuYx8F45uf+2P9+T5dmeJAOYKFqQQnHb52t6W0pi5qH"
        "MR2m9LtytoNB5V17fZyAM4+5tT9Fb8KzbmADst+nn/sHkFd9B4i4ziG1/3lW7j/zwRfdve1U"
        "vSKd+9v+I252/3R/Andx19T3dV6XPx7+e/54J5+pPP3Y039jH7Co8pc9gH0Nf+2zDseTPo9Z"
        "38UiwJ7N19EeohMTAUGllPrOGXhNwSTg1Ognn5cibesm3claz7uSDfAv5X088d3H71xMJlDW"
        "+1Z354vWM3SZKq8xHYg5ACI2SHkkWp9XVYoiuWp0rL8BDwVVbVm1SrHGw8HmkrjDFQDlLl4H"
        "sezuwmEJ+u8WensF79Y5VgRFYJwR0bxXI2kBWEGnSsL6VIetZzZuvAj4BXIVda21z18+1glw"
        "87ULjBW2jM2no4BfBJFzzmXBU6nA3dvUXZNZyV7TlxfZrSWdyIrN2iWXOXcRkH3JSBSvfYKy"
        "qooEJjKrnvgxwBYPNC6NuTtVyPVXiNxX2eh9CLzNxQhvk1foA7gbd7cyzRLkDvfNSmHvfPjI"
        "mWLCX+NV5bWv59vSiV+nLlK4cRT62lzxyvS3Z8wPa1v/fceZYeYyBTyPqBs/QF+4yJZo+rLe"
        "7oc+0KP7BcYFm1935y/ryyzXd1WTDF8Kj68R/va4d5DqnKDlOZXuywrmAByogL0Bxg9k8oOr"
        "BNly6qFq9ZAXuY3x+/z0YSXVN4TaDKWg09RDLPFSxd21VLCmm3tE2TgRl0uiNh8odzK8wQLw"
        "O//cuC/rt5x/WofL/nJPN7bVj9f0utXyxrathoAcgD8/9/dK/xUGYJju7zsA9+t3tU3M+3sh"
        "gcvERw7Q0Xd4SuCXEg/ZO15xD8rsfkmdpUqVoHE7R/vKqVZx97c0G0I+3ajdLbqxOn4Dob6C"
        "yK33RjrPYFNbAKbt4pXeJ4j0fLYvsreFN5Ibk+zkbIK56ZioQCAvjlIVvQK1Fcfs999IIaT/"
        "4Ev/Fdcff/DV/XWXZf+//w+a92jq"
    ),
    "esp32c3": (
        "eNptelmTqtyy7X/5XjkRiKClO+I85KQH6RvBlxOKSqc0Ygl64v73m1BVrlr77BWxogJFZs5s"
        "Ro6RzP/959B1/9Plr9M///qYc+z8v74+uO9v93/+xcw+ZrPVilnjx8f9ff/Pv/6B8Z8LrpiC"
        "SvpS5tNgQ6AXBEe1wFlBOt2QGKIbS7zDBQQ6R+pjXRhCrpFvUXg7K0vz3qu8//m6seTWr1dr"
        "7yZns8R3C76GXSjTxzxO5etjPfM2Xfig6Y+PKFLLXNyRW8nKMR0vhNM+zviNq8V5cFqX/Msx"
        "iLu9cNe2O82X4czZrHe+JDp8etpnc6P4mFHn6+skZkyasD2XmMzZv0tSI5FTVbTnvPigXzu4"
        "rqu87NsiUBfUgyLrSlbUq3w8OD23ODPi8rYs24Q+eXOy+aR3/WNDUUO1POh2XdWnVjIsOiDu"
        "XCVC5TBmdbkeH1dKeebKPNzeDFdU82p2oVets0yKi94tas1e9czlsNttDEFdr9cWTc/CuZgF"
        "a6qV6XSRvyhJNEi9FF1eXPLni82aZ3X5ODw85tm6M+5w82cZ8Zz//u9/viL0O3LMEgM3+69/"
        "TtX99pw++uAYZsXhR/fTgDf947gy665S2pyfNbs/yCWXKEAMhSzXxYJK4PLEWFonqA2O1LyV"
        "kp53Cb1l77OzanNWNfT5sR+kquMOFWwIL/ZnFuZmM/TgkyGGT0N/Xp4WND3Pp2qoqJw/J6oO"
        "jite+9tRfAoroekdUDtX7wHX7xPg+VYzZ75qz41k3fM+wa/FPhRBSzC3hCq1BFtdggiqVRHA"
        "dUQH7MYpgHdIV0LuEkuReihqywEor54riiStYdpnOttHvN4qt9PeJykYce+HAJKU1rzkLg1x"
        "3ees26X0tL+nJZI+dXcLSyHpdXnhbOXSe36WxlqVfGa7j30Eq2PEx5JCTpbkoh/E/qCQjaUM"
        "vT6/vJZRFsSFComo9o5CdENkemeyQ30eWF6as2lwzh4LQwYYCukeiObsgH41qiHNzddCuj6a"
        "fefUrHQfP0f70B6hmcWq+oxlHkKp7IMIeCu/p7m7u+0jyjA0d2mJi95Df9tylnoN213pGtfn"
        "1SttTnEz5azP0G0HuUrUgkCC/j2D4BrSaEdmJWMcnfG6A6YoPhNAvxI3GP2I8biBGQ+HEMZ4"
        "9j7LW3P20n/liWOdpXsvuuYsQv9tDK1r9CdBu53S3R/OGO+1NaQHS22umrdD/8JVcBelGHMd"
        "C7GthHApSj+RTA5/PxjS4MwWrTp+XubZ1jqYvShos1JMl4nI7662ifmSWuZjTT/d3bKNhOA0"
        "2i+uSpK7piY65fXpOWGGdkcqmrjgBOgoMyTnmrjHLVtuE+qyH+1Df5Fx/30EuJcd4hkHoqt2"
        "/fVZ3lS/i+VX3opd7zFYHxrA0+cPox+uAdgaxKWPeaZpXVlKcawDzAIRZMPRHMMneN+Pf3qz"
        "90ny5xrMXiK2zHJDzdDD6O95BN92zjNDmsEYe9EV+wAErA+1876/JzD3x/qhBM1xYPI3/t51"
        "fvYJaZsbKdZH7m40cBwxUr/3dXNEl3RcO+Qf4o8dte3lrq9Jf679pwNhJvUGgJyAQ9eCOwSQ"
        "zhIJeFWJYkpwn8G4TwYMVZnH65yEcxPrjIh7g185WE9PQ8S/fvaMAdfLX/xBN2vvmfEGzzlQ"
        "kLMIde9lwH/IdY99Qktgqm8QPnXgM3f357qug2v2cy0Kdw947f29KnQ/dsf25unImjgrnSkO"
        "m/pEXE6SIdgT100EAFKBYXOIP/nAH3jSxW2mL8UfnOP0K7tblTTmlwKy+Vo7fJv1khRTJwVU"
        "2e4+thEQW5Ic/unwmliWLgFc5xSJOSN9yObcR0iXbtpd02fihxV0w/Z5uankvh/X0Yy6fPFd"
        "AGLviNXO0il6Je1nmRjPQwlmrfz62ucXzqn8TTldnwGvBeXF4bdnTYvLm+eV2qYr79P+OvYY"
        "QhwViphrxdy+H3v5O/582l0GkW2OySBGR8RPECyZ/dlnqq8T12yjj8OJ3XUlLXKJXMUm4paM"
        "+LY/CkFMXWgmJM6xOD9ieIotu0vwvmDvZ/H2pHKcDOTbn6o9y5xTwX8kUNJnVqBkOk+Dz8uP"
        "v3X7kjLJBaZ6GrY91v+EC+KHHHQucZ+teKubIj0lYhCcRrw34sVHBZBJZbD9znceaIik+9in"
        "npZKFk/MdVMigHWO9TcrXd47aJpatp6X/snbmMoFPXYgDQJ2j/v06+27vij1IrW1a73zyhJY"
        "vb6abrB81wHYaA9d0Wqf6hWRqrYufd5pj4i7qWDZ/YJu/+SlLJTO8fpTf9BohhTA4K4ihs2C"
        "pAC7hI4+N8AbVwrrY0dj0T69HRjL4NH4i0Kz2ed5VeiPEuuC7MAzXB7rRC1Koj7zHf7Owmuf"
        "T9tjGiTEXdhzyyHrMA30mCoiSCulpMvFeJ/lSEXR13DvA84RziH2WeI2ljREgU+CwL8M3/lu"
        "UMT1rmzdP3RQA4UE592I316XClsveNet3+3X7txea4hD7n6MF+JxLL39pFplm83E3YRTsuEt"
        "HT3PXoaMxvjkAVa82CgIKoo79mt3jG80x76VLh3sK+f/i5/pKlAgDpRb/OE+hhGXX+FoF+Ix"
        "uzMwD/tErNxB+ckj0i3NYtlqm7pMhgHxXJu7rmyYvOMJ7soht9OnfzQq+poMqsPvsc7eeZXO"
        "ZtUlEvnr1Te0a8BfL8wL4j7RYHRScEyeqikPIPpZFoPaf4hjIaHdgpvGUDexRJ6WMaRCIX5W"
        "1BPrrSeDCMG2WXBYTyAP/VzDfiT82d+futhi3SGemOy6pyTeMyz0lzA8KrpujmvZswymJ4mD"
        "cYkMfP7iPP/xN2caDfsf/DbVx8hXFvPEfS6lrg6LRZfAHxwXfcwsA/vhhHMqlyrV5hxhfhQZ"
        "JB7i95CEB7/cNqfXh7EJHcljHKvle9dimJtL7quc9Q4H737JX9vDRgk+23xrvrynJbgY+3ix"
        "UlQwRQn9M+aP6ASFoCJVG2YZYL/PsT/9+P3O3yztTrxZJ+oxkmLYGQoHnE96tC+IiVtLkvqO"
        "E4G7Jbfpqt0Q2dryKeYVd6PjPlqANubH061voRL39iyU7WvWNwWRHTae7zekkfDzYiZc7VvW"
        "Y9+YG5s1yU38S9bk6ZMz2PK+DfHaXQs3rKsvHqQ8StQ2we/6lvXaM11v/8771NjmGdbDTz2B"
        "QrEM8ruSOyni1UiIxxUpJJAFQehGctsGx0I4O8uYohTQ0a5BmNm5JOI6mRvNgjdP0Nd3imzz"
        "W3AuJNvnuPF39kUsx/riGemy34z2w1oixYJL1B6/h4fjxdRSgRujcPjcdSsp5Vc9BpSjk992"
        "c5u+zdRQ0t7+BXjorSgnpBDTUEV7164nt8P4XNvZlmiH/Kg+J52wMMb8EoY0wT6WKNXWskm2"
        "FAYf8XbBSWrjKvmpFYYMr7lUVmpb1npSXCDGvgHKGK8U+jxL5Br5PgKNYaylrFjUiTjyf7w2"
        "1+IS9QOY3BDNPvT3Prb/vo90Y/zbPrDv3cyqAcEjyxZ5Zar4dSghLjnCYTuu1wsnI1xbeSR+"
        "8yRnlzhfvIJcrD2Pz0/VX3FoQxQX84urb71mf73U+pZuNvvytffFpfR5KZt3PRsWCrdIe7yO"
        "5dOnfALeMV0lIpAJjy496gckT83HE9Uw5O+8fryqDPFuBlolCX/6XXphtqwieubASb8/h0s2"
        "iPHlWCxOCc9dAuzHJXnba+gF7B1oDtRU57PDyT+eA/s8Xm/B2B1WFGvJ9H3kKYM12oV160DJ"
        "IR85RJt0Vgcjr48XhyXJe+eXnen9VTXpbLITtUCo3RHfNORpHNrnBn/yqHhqe3NdqfbLiYN6"
        "P9mH/EMTF99+tngpHpgQKA05qVyCbPdub/lkIazqXpmBNWfKfusI0pYu2YgR2Dlb9mEqyFu2"
        "Ev0iT89d2Z+A1i2yBiG7n8MoHioG9BD110UTX8td+jxp+fHKcn0pLRtDSezXAnWWFEN/vMcj"
        "rgQFYF2+80jd/5VXsXYuxD6qf+o65hNth3qIRPJ33giprn3vxyDa5RBMdT4ckIOj3l30gthz"
        "goJ1vete52Dk6S7neOK4D8yHjOhD/1ceCGmTsQ13cSb+U9LJDFS2UkRnimNMyRGUGWjf/vyx"
        "qxdXu2U4QPPdd7J4lQyayayd1dHdywwJouPjY8L3zMW+kA1aIVulCCvkt1BtrmKyG9BeMurs"
        "GAw5CKTRP/h32s+FFmiaGnHtKv2FH2pVkD7a693+xx8gj/rhx1/CsPv8eS7uB/PPRbySkfdM"
        "1zrWySfmzW/8yZqfOgS6rbfE7SVl6gP5RbofFoWQllCyZ8R75SYyF9Rgkp4G93Uk27Xey8jv"
        "r+kXPoZScrC97Je9tSoj76hBr7s/eK7zgPe3wLfiaMfKpumx7s7L1sDPl8Dj77/3XyvLNr9a"
        "mwKkffaDFzKwety/jppD9PiZZ2H7a/+7IkP+FeJzxe96FupgIzrtGvmMlo7TKrHVr0GbT3Z+"
        "r9MrZaHqKLYdx+VPxja01957PR5u4il8hh/H6umvitpKRn8wwstga0DcSiUZ8+3ubq+rwK39"
        "0+1GO2ntb9OafOPnCfvmV55/r5cq3rd9JNUOBlMDMG50XaQj/u/OPU3TuC7J3v0NjH+rAx4I"
        "r0vNe5/IyFG3psLyB1+Rul2H/ofXD+cFr37F/cvfJD3krZZNffZ7PVRL2GfbLGjfdqpSv+69"
        "NH7nvXGV9sVZx7x2P3jEKZK/83ChSgoEZ+IW4KRBaLrn67Ou3WLF1ZBtnWvWGFKeafrbryg2"
        "4TT7/lyt5Z+65gVVa0qpkOZ0OeonkZGWh73knsbryZ87HvnMz7oSUSS8zxGmOQJzv//kswWu"
        "nMg+XwI6OLrfl+3Ea772L6TBCfvDgX/HQfRarW48n4RgcEMn3UqpLfvbku7DWzzfBoD1TTm0"
        "ed+YbAhinu2UR8edREc2P6iUf+cbf9GD5Djz+QAVxoF620mYNqAP6J+5ofzUozjqGXc7T3/H"
        "gSeHLNi2ef4nXxyp1Vy073f8tl6rF3/HL9bru/W+1uEh9uclzYVVPI9YuDYBdRH2odjssH+2"
        "26bZ85fH0ps3xrxEXYf5pcIM++r5RdPrCnhTeNbh9tfzhdMR8WG6b/62w/mVH84GdYUqiffV"
        "Q7UHqSuCoYhzR+r2KGd2yERYYwlHXfMnPO08g9vu4SfultBYp4uVoV7Kh1/5IPMP1OfT/T/+"
        "4ATBusg2p4FSFJy/nOJg2bcd/fkTX5BRl0inshP5P/aBEY08w3nXIc8uA7kJJp5xaHb6pd1v"
        "U+zi5b31zcbQtzKPXEfJHHnlzO2KBv5n36CwW/qNUzzyOuQlb/sIi3nvz7TaI/c54sPsLMHW"
        "vK5TPnaPLonndgSqDhdR9HmSgLp0JPD3UTqLFSxks1sc5iBt7dpJ4hfqk7UjLO4sg7h8LHaH"
        "BBRx/mJQ9ysG8ohVQIp4VQiPABByiOhtRNIhfquKpojMOhSM4I76z7V9+hw/3zqc3miA/Tj/"
        "mtPybTYYKnHUNnsaDmoBjVDGkdCoU69WMmBRMnkCfHBch+7WLrndOKeJSK8jwFoKM+oy5JCZ"
        "E8vktYyAQR0JgaQOPPIzmYZ1IAPESu7EWjE3RdIfiqtzoMEVC9ERIa9jP3sir+WKChw71HC9"
        "LfZB3jlppNyH6kK+goXBo1FPb41wGPXrNF+EV7Yc52PoN5XlsxSf08d818cVgB2RBzf513GS"
        "yS51ATKN+2t6hI3TlT2H23Feaw2OKGHfEyDIiTuTrJjyP4nmmmVfsPSHvZVSWcrvc6scUDfq"
        "bZSuUwU2qPcQpqgsIdfmTAgXK3YTCKETgGygX8R9TJyjXPaxWi6SLdrvDDSzCJF9TOuC6Gpd"
        "K+00S1moCRZIWHpdNs1p9cbL9qiL1+McD9xD+jyKORgVUbPigv0Hde6l1iyJOtPrwp3bBrdf"
        "IA69hh6WWWpUmZoKuuGpzyYie34pdPVBkoW9FNN2MPZXuV5qRd76MAssfBiulyyvlnE4PLjX"
        "cUgEg0WRTSsU2i7mGz1ijY3qNYN+NeKiSWOSNkdt7hldo2ZM+B/0cLM9tZfeqgiXC83spHb9"
        "mXUAcYg6VO/5lWzPcB98qofXttkLTb9XJ11uxMoQG9QlDit1KVxz9LfKUWyWjXo90RZD4k+/"
        "F60L5u1lN+arAwWPflefNVJ9oxuvEeHBbrbjPDQlcVqo6VZVnz6T88Z1vNY34/VNysf745xP"
        "CTNk3TJ/6Qf92RXWcN+ITLfZ99LHKb4P1/n1Fh/u8aS3N139fGECdJNOO85+9L/bQ5vxS62r"
        "r/NMu+h25wgINxD36701ty9eJpoe8rF9YRb7slOySV/W+3z8S9e1D2n+5kmGYMLsLMKBUWL6"
        "XEn6b13Owwzxvw6CP/frgiOy5+WXvi1YSTMjL4WjOzeL9eDkfGG2bSqs3Ze5pFLVPzoBb8zb"
        "FpM14jN99BOsgWceC0nhg3sh0XX/lz0gKF/2oE6hlUpowl/2CPDMjI3kEp4fzAPfy6HrGd5u"
        "6pPfv+cFTexrbJ2qLjK1Dp7huyC7rqf/0vWJSzwjaMb5FQVuTDEVT1+UmGoUHvUvA6JPekeY"
        "9KwaKNyCrejcCAnwocttaQ3thnmziefaht8xo85fupmhL0i43i6MzQrWBs//WU/dzBxe16Xg"
        "1z5ez9aI++PFmZsKCbRi2HcoZ375GXgK9436rrff71/M1Z/vVSEJj1fNpQx+fUrdxa/9gSkV"
        "PuZPkfAS8gB+HfpP9+NajPMJYjfWbfxLNx7iw/AVD+GytnewK/2tK+60e1lePWxTpHw8t3Mt"
        "mV0GPjpoR23sU2Kv/opH2tXjHEzUPMrsKbqVfvu53uwL0B3I/8ofnhFH3fc0SAOkADEQ4j68"
        "8Ey1SGdIY/D3VXx9+wm7N+xAyT4HQ5/isnb0WX308qUkq5wQTfEZWJZGHcgQ+eLmBjAj7lLW"
        "cUFzPmEcvwriIjXHvnEuqtOZyrYnP+MwLsNjJt6SiIf0Sz9xfMF/Oghor5mYG9aCqON7RA9l"
        "s09OTviOp456+wMl7Dj3tWrk87dCOd+oU3DYZ8hbFsLnj+5Jb5gfy4Pluuvr668855Exjnl+"
        "ZhSOvlXL7nfdoV58tnof/JUPVb89r6UPU6FSoZAfUasOO/TXlk3H57iYh2zEkn+r3+ZLL/6u"
        "LzFl8H7MT9pNCunhvHVyPc4h06icvreUF8ySaV7A9TNl1l4U6fB4upS9MCnDz4YEns1JGJwE"
        "rG5xecz+ygu4ju8bkDed7Eda/B3/Y9kne8TPEHEgd1/LfTpLdND1qOaW2E/NPdalEHIOcHNl"
        "SYsM9rYogNGvsvzWk9XJ2JEjV0iOA1fUA11sRjtcYFs62Pd6qt8YG2qcI1JuZncb4ouhCcxn"
        "iXzi89Rbgrt2XA7rm9WMDQOSl92XkthHpfSeB/IxNzjSPNXkjgs38Hdc4UIZNjlli+6vfUNa"
        "ZJqETOMXvvJpW7MFiaOQm8USc2OUvgyLXk/43/EuGkOWeyikowNdfyxhb1n3Xr4/uIsc9/sQ"
        "Ygb/WhfYMTKMdeJbMvKh+fBpFsMR/qwn85uujPPs8EcfO+pQVLuZIDhRQZyHY4zPd8b3QeKu"
        "hpkEwelFlh1w1O3jVc3ClDmVyCPs7Cz7WYa8cUD/T/H5qMDashw3v9PeTJqPc6cenGk+Y2jS"
        "bz9k8XUt9g/mg5YUjrpUz2HklffidE1I3BcfQAzjflr5Ed+jzn2shJUmfeG+pXz2QoG9SP41"
        "H07Ts6QgrqeibKhUj7ysZ3Ssa8m9mvddr5yy3/iniu01NyLE/cx9jbrnWKypGMr+rNDcVZje"
        "Y30Y0ToF6lp+9wkHceSQIN+7DucwWj/Kr7h+8XCAE0Ea+4UDH3/mSrd1iHXK9Rvm8cA6ofSq"
        "//bDjz448UaMdjCdYx4IJh/SqHzXH7/6w3v+YOG6EvaB1nTTUI7nWUWeuqRtf3QGpMenfnDS"
        "VtD6T/Wrr7V7jsqUz6fUjXMSRQ07rNtx3vZJ9d7xC9d/5YXIe1yvSlUVhvFh9/f6MurIzwc9"
        "+d819zLWzZGubaw/9j7q0XTd3Dlp5AdX0AxlQVNSurDH9xoviY6R/9QSWW7p9Jlscnxu5ny+"
        "stmRdPRJgb0eLUacOJ2UP/MlhnzNF2VtyZnSMPXvufbWoXJregNjwKwrYWvP9v2IHz96k1Bj"
        "Xd545G34XG11UuF5UvKv99SxJ1veot/fv/ePet6yid5P74lWZWKmc3tY9I7kxpJSGUJ2F/+K"
        "cxp/41ZCP2sEOBH20l/x3PGqPvEZCDbq+L1naDtsN/fF1SZBpKF+Qv+6i/CwXd2fR2k8XyK9"
        "IOkPJ/Z1ovxsceIiQ2YXH21ccufqNbykO5M8ReTnu9kxGTyjHnmlno46CxIvvAz1ff/KugSa"
        "u6/Pug8H/29f5k1nuyIfPg/islODpzvGAznYOYZIvEqEeWn3uT3O83kAz+fjQDLnN83mQiQi"
        "n5rXM0YVPP10ZRDxxM1DfRdIl6u8jXb6omy23mq3Mcvn1Sc7czfpU0vmSlIk6xi6On7xFtqH"
        "uJEj1U9XqTq9X3Tygh9Swi2KiC6W0aPBwvs0jiHd+oQLCF+nwoB9I12hjtJERU2PYcHZ8oJe"
        "ubyhyvOYEwb6TMfj50/jc2l/FNWjWqXPlYSi+uE6KGZi4xN1mU+Mmj/X1TKr9pZWW8Qjduwh"
        "nxDCVEE+wfFb48BD/nLnHKxj6jWssLbrZJ33tTK+1yBg3AmAfulR79Av1BG1+tkkpyuxWRQr"
        "yyuYKg+CfuEC1VgkCviGCqL8YvqEzGNqfhlEMakvRcWksGpWVLXcb68NV6h2QNTn5gKuL6nP"
        "QwhY14vDbF8Ue+FR79z7y1L2YL2GeTy+L1bgYCu7ka+wMmtwmMsftjKkMn6fgOSckCebCv2g"
        "wwJ/d51+l8D9kMRedBm0u+5LrwTszk28aCvcas8iH8fL06d3RR/KJbeVwNsE3p1Yr/Sw1WuH"
        "GjJDS8F69x3u49g8/VXiaV/5c/ESaQOQufkv/mrp18xFHQpi4miiJDqez9TYF7gPhm4tizkv"
        "fSZNUJoaRbGOqJqjGfrTchbn5V/nG9wxj2C0K1zAb55oMtM5GNLt3/3VaL7r3eKv5jzCPJbG"
        "/iyJzTn9nhMdL9T3fEUs3eEHHwz+Qh9OT2eaN7znFCwBkkbi01/TCZ2fTtP5DscZ7clg4qOL"
        "7+daMHsdjtP5qff+7fnTAUn6uv/fzg21rbipHZZ3SFr2lUN6pftP55N+3vtQsVE9HYVM+Pmi"
        "iwVdUdN7JGUWZI6D+VMCdTghzx7XceShwO9kkviGPPUtm6uq6Rzc1zzlzfPWxzk7nXuBg4xx"
        "1hbj3OX7/AoJthFnnMf5N2jKn/eQYNvm/ZXI+PzA66QK+aB/mcVwjimfmcXkEd+PxYfJNr36"
        "CpcJ33EnFm521PT6ixwS/tFsMWfQazHGfxYAG394+LmyAmFdJHMrNFo+VZhwOjcUbsQJf54b"
        "Y5o/XA78tgP5lR90vb5+5r4uln0NIjE2fLMiH+jvv/zoaXpZ1rzXT/7MM9T1+cjvAByRi2eg"
        "yPuyD/Rq1kqYF8qYFzGfmBzivMEdK4hNGbnKK6NL1AHI21EPcIvzjM73u2acA8tz9hyG9/uH"
        "WQ0Ob+ZL9gGu5A3CscX6+D4nsZvOt3hd/n3eB3E1xfX7Ght/1UEQuDXu9z/YPc0rVMSLtYp7"
        "7EuUp6Nd5wWo33bNEvK2azgv6LKVZ9N5oXM6TPkOx/DM6hej3Rm9UzrR9muuhHlixKI8NN/3"
        "yXDA/HiZe6yhfpu+6yCQyVhfX3lAUvmggfHaohwwpFokU55g/vx5jgrRf3zOWBff/uUI1pEw"
        "vVd4kT2BqT7QnjQIftsT/zlfSBLPzbRQDBw3GAgvihG3OtO7ni/Eqf5j/uLI6V928KDC/u91"
        "HUhILU54wZKepOoS+4nCRFejI7/OlS27UiDjORzEe/R3eHW2eL8DBAKU8u65GMb5s2WYvDjW"
        "9WuaT172rRJTzwsRkspClk1WiR2z1QWERJmu+3EuFhbxJhFN9qzZg6GgDQV1SmB6fz5d4363"
        "ZnHv1ekcxthvbn0oxfSrgs1ReQrIA/A52MbZ7/NmuP54ThV/9zLUBp+3M6b52zg3VPB7YcjH"
        "8xannKxUmYkpYUB+gEkw9c/1mc7JfWurT4Gb5qAA44Hh8RTwrwPD36eD/9//B/okzG0="
    ),
    "esp32s3": (
        "eNqNe2uTqjq37n9ZX91V0K22uKv2h9yAIFECYjd+OaWoAVFpW1suu85/PyNgzznX2u9+68wq"
        "psZAMjJueZ4w+r//2t5u/+eWt/u//nPy+jJ5+4/+h/vm6/7Xf76YE/PVfLUs8z/+2m3um7/+"
        "8y+k/4UoZApxXBUOUbGPUUWp5AskLaRQKliY2ESOYoxu0q6SGa1jeAiPPp2vj9XXwX2b3ytO"
        "lt/t1xB/VVNrGn05mZkuwyMp0XrlGLs8Uc75MTUj/7Z6GMZk8vHBi5yt8VcxdBIjGdP9JsmI"
        "H3pJHu+nBWmlwOH7aXS+3vavbytT+tP10maSqP0mexXHiTk4nNs9y15UOqxG6fzlsLzb9qeN"
        "95fj9ZAfJ0a7RufpJS+q6zHm48FjgKcXx+VnZ7eV1Wh8eGFvX2/FNTX20Sv2v4119fAHg/ry"
        "tp0F5aXcX22xMGIcvnJML/Jlfjmdd4/zwG1y93X1/iVCxvOLeTKsq3xLj6fZbVx6gVW9nLbr"
        "tS8on06nC8MwV68si6eDq2Oocd4ObCZw+cZCwt7I4RQM5wf+9tg+opfmGpqj7dfSzHAk/+u/"
        "/uot9DfLTd7eTOs//tpf7l9N99NkOJmaFvx039f3zph0Fhho3bQWu9IdOnijocQ+tpCXocq1"
        "DAvsRtyx0cJVVaxWDCEBNmYFiRo+FI8YTx+GdgnHgJuNWdw9P2ImJh8MG4euj6ehjzkaVv9r"
        "f6QwuzFFD7pVoeZoGRK+isPEWKBFWpn+Utq8YI47MV7SV4rvp+Qs5ftR5LJCDpJIsNxjEcyh"
        "B4TnGRKlYXtWv555EZqHh9FEbET3BSZLFw8exh2dt0fSmAIdjoZ+kCL+SSM1n93afAmSiPDW"
        "NMQt0bKYv2IWVSGaW7yA8Qdcj19o/Y3ftXMLLW8E6kHspJUmdH+m+4c5mpsY9GRF1QGRRIoG"
        "I6S4G0alwO9ltf5gSgpUJCOEqogXEvH9xJBwiYIjfg9RRUAY5XmcYPNCePb2sK6etoPNCSIm"
        "jW1sTvxYsKN7NlqUq+MsQ1FZlFSEFMk3URRU7H1jcfQI6KseHaYQaawSJawY4e63oWF9Imt7"
        "Ml72kaRuajSKPjDPzQJHPCM3LCs7Btni3dGIULxdMy9nsiq0bLLwPK079FrYFM8cpnCECvX+"
        "coid6cHKQ/CPl4OFRLo1pBLoi0K4MniEztSQ7iNMTLtWoFJwwnnNSXZrDX6lW5R+dHbJbhdD"
        "Qjsc+xUFmbTN64cF9vEx62xOpNb3kGl7EO0CJ5WWxvTHn0WRVYeL8Rq64cAwPkHgenSvn3od"
        "d3r1ch70bRPp9jrnXyF87/yd8jnoWQiqfxefYj80ZD4KF8dqhEzUVm5rMibxfCLjDNanHeKt"
        "8236zh93B2u3Bv2Lu4coXfY6N08O6kZXNfhYwvZdDMguBhC5KYhHdnMr0AMiy9+x8nvNCH1B"
        "UMlZA/71637VvLvreH/CgyXz0tQki2+/KQWNyvndIfopwgUK9hHNzTk6LDv9whxpreWe7yMy"
        "RXeO3KqPfbCPdB/dd/wQ43ErievyZJeFb8wdiWdcd5sC6B9rf3/T8qD40u7Q5yzt9Q/jVKio"
        "If503Gm94KlhZXCNKHJH3fhgjZmsfvIJF6nK/tDHSB13aMj5ULKGwvhRtdexlOaJRE0if8ZF"
        "Iwa55Ceefz6JC7EbQezq3/yczE2a/hpv3kAbC9X2+oMsg2dNnEsJeso9jFpUyt0pFAVjQynh"
        "91jYFKnpEo128lRXZ+YkBeOxiFVaME8WDOlMBfe7aN928/uSCVW5126d1BS+NJ/+QXwuqyPa"
        "H3p5n58/Ov6VExHt5KMohRyC7+jFdJcyncIGXCPIa90z9JmfILc07aD87NdTNZG7ZqlJ0ZnR"
        "oeQY/F8PWA8OU47MfYNik1Dkf8xRK0PIWna6N1EOMQ8xSajL+U6FP3Yw8cUPDD0AUSX4Wz4D"
        "/3OJ6uyxo165O4dviTtOd2DT6ly3ko/RwWTRt+9QbVRKzeFcjJax2xoNxA3dm6xym14vakpx"
        "jFahvRFVQjufghyo17agZmPWaBzsajKjw4u4pSN0wAFY6Aa+Wvb+meTaX2uU183MTYp9jgfa"
        "7kutEyqd9Ga8afknOQN7h8ahy8eeiLjtQvy+H329j2x54VG7QWqHb+298BvIa3kYVjXksXIl"
        "a/YTM7/0zci5W/8BcvobjCfdae/Pqv7tv/38RgsdgRVoMJSD/uaeq/cHG+QZZcsd2nPYH92u"
        "XWbQb2r9BvkS2izr41suIACYctfFziQHn3u39Jx1Oo/QkZFNg5cQaywZIlyTNzKs3w7WpaiF"
        "kI25+PHHo9P5doBYAqm5or4c4beg8wvBLZPo9riPp0/I8W3XDp7xtdf+wvNlhXzeuonR7Ft8"
        "hDnLJIP+KSUwz66fp2VcsCrZaeu89uNBLlq9pyoRrIX5qcJNZDXLygaMCbcv8Z7ZhRGnF+Pt"
        "Vm9aSgVzWyroSL6F1vij8Q4oPQW8sNJATnfomyrbbQEPHLTtUFKID6fxdri+tePWb+08RiO4"
        "d4bY+0ih+vthZd8PvfchXD3XixrI7cgZ9Db7F77T2aPzb9A5j9D+jAcf7h2pc91s2BjJtrEg"
        "R79M+EtDRjCexhPbbv3mbVh5Y/MYyOq6ZTM1sRKMXE4Z+FYKil2PA1OoEYPn8Xws7QVigjYF"
        "JT67UyvPXj23VIdM+1H1K/4GxOn9jXo8BYwGOeA1tHOKsA5IVX9V76aqYDzzFkh5x9Iddmub"
        "tw0kIXqk4o5GiY1Ec49IBfY4IT6aO7DLIakqAnuwJ8li+ffY7/030P7p6/hBlvbX536jc+86"
        "3pl0QdqxgJz4FrtSWGjsByYJ1Q05La+EK5sl+CSt0NVnHgHmkJKpueV5kXqFcBxj6qAuCbr3"
        "Pp63jXFLEmSbwZGZOcX1e/qorfab3pnX7Ge4ntOjGaB9jxFWR85muL1+DMqcnys8mg/RFzZL"
        "F/wb2jasLXVew3yJq7f1O3cQ+xRJIROnFcPL/rjhuXdDS3UD374U1a2huLqwKsYvwROjpln2"
        "arulPHRxrX7ZY0Jc0EdmdPgObABQICIc8spMNcvUxI1pI8Aef8/RvT5nOv5bdwDYmvACku9h"
        "aOhPGFtqPNmN30Yh4E1Ibgh191c6v1ulxjdGBYrq8g9l2h5LDvsti8A+pMraP9uoPEF/yOVP"
        "fqn0/nzu8DHJ/pZ/eARtqjLYH9vZz/N9/unzEzno8fX+8ns8Yun2H/nr93h+c9Hyff7M199/"
        "+3X/olF/u7+f77d880bPl1za/5kffa8aSjvXz8sLtO+eOQR4DfiASr0/fXf70295Nlreud6v"
        "/ty//lX+RdXn8bk+J/+1/n/Od+RiKInGD8S8LJ9tqu2BkX5ezJKnvtCt/NF/10809o/MgkiW"
        "YuKFNEoiWGRkwDXJk6htkuimwOtfM+Q5E8j5SOF3a/iVI+VC/md5pSTcs4P7V/DsNgcy1MTL"
        "GF86XIEJj+I8CW9Z8Rj4beplLoMrAtxCeea9wPXYN/QCOekMuds26VKKOy3WIVpxO7KT1Tsk"
        "oQFJD6ha7zW/MvP9Ht0SB+3TJnLWA1RuXBRsFtxZL5Baf6Bgvafn5BspcFUngf4EEsvWRRE8"
        "X25ihNbfyNnskdq8wDaQj1vOvXJEIF+h7Foh6vPLRXFnpIjzAK2Ifr6Vns+NNoNlVhF4ZkaD"
        "/r4pcIC7Yinr7wNOCnPC/t/JWa4z/ZwN+dAkug1yQTyaEXwvklckN196vwDcu/TGI5JdJc6u"
        "KaZo3mFy1vh4g2zV5SG+Oen1I9PE/GaXaDXsMbPgigMfGAE0RauvPged60sVa87KSp8CtsqB"
        "R8Mex29mglZPrF0AhfmEfQBVS3mzk35M2u+XkivIk3fY1Rbd3PYmTQY8s2/MMF5MvJSjpg3V"
        "nSLb6/qdJHJbNjYa4FK5wuMJt/nV8DRPnxHxfjuj/MtSwJcWDigIHeZiWKhRJg7WtaVK8Ghi"
        "ZMC74N97eRplM8Nqvqy0kWrh7Cp2XlYzx1AIfMUC/yNp2QLfNNpjRHyRUfi+rgGYctIGAp7R"
        "e7tyNhWDz42zkZoMV1RzWIrAtxTrcRpwPtThNnbu17jN30WnDybh3vo0wijyn7zEqyEzhijq"
        "9fPziU8lRmRjoNtW9filwm6Xp+kUKY1XKuz0eGNKAc+gsOcBQi6N1un4I+CStY+k5tuwZYfB"
        "mFcVzYoUIwH4Te+jEMzIb9tAQqy9K0x7Pmfxb7An7PdAXOIJFyMffK7Zpy2PVDpiIyW0rWW/"
        "J7ULPnIXZbsIq5G/0Hi3uIVKs5/OziK9JQ34VjY2xudjuyZIa2ZcFxGZpR71iNZVg+ocHQ4D"
        "PV58pTxUBdI6FVetH+TEZ3ZGB7/vz9k5BB4H+n7aA4lEQWzo8xHAJd29+8eve1f5yrUfnsPP"
        "7ATco/ud5/r7tvueZZ1dKOXcnyj3aNy0vRLwTcCNED+AFUBEDn7CHQocp8M+u2H3LGDAQX+m"
        "kk7R2XQ/5G6OqyavLyN0DIxqRJfi64FjufIyb+FlHCUHvV7ArqrD/tRcaDuawaQDZknEtkEO"
        "46eTbtxZO5mirt3PA2vIxW1EK1IplF5+1ghYgB09Fcewrgyl29+/B1YVB5a0Al7pvkBauDro"
        "uYD7ROI9k1h6EbDex89v2J9k9xXoUMHzCp4pvPYdsLAQRbHdIdzAd3lxK99Zg99hYgqp9boN"
        "ujkl6JXRSM2k2IbOuhhHsElsjK4PfLLOwQVZ7B07fWOw2kio1A2BBJiU+jMHgDqybksTML8y"
        "alpZQSRcay1BT4HWU9nJiXDZrUHbGxnK3ALo2ASoWHt63E43615fBvBb7RNo/TV45h6IiYpY"
        "ZEE5w2ZLfeAnC5FU1RJyrnOrNI8d4eI5z/MzLy8u4hnDRW+nO21hzKS3Eb8GJUp6fwivCnlf"
        "FglzCwXyA/kE4byTlQKWrpZ6DZnRtefo2HOQrF/Le6ySO5IO7fxPJH7nHtiDed0pFZBnDyYR"
        "cTtYSkvnzml3X1DnIr7o3wDSILzv5KVvkwcVlb29GdTH7wRs8NH7xEHWd8B8ts7JgNdToeym"
        "G4dv7J63hP3eUFdNBgTiSKcO0SAN2bf+viqqsxSk7fV5xDwvhZxqTG6y9bDzabBFx8/Euv3J"
        "W0kv1/RHB0nw1EGOHpBh1R1cg+LAcboBOn4VwH7TzWFf/QFa9b4eSB9CotX43cZnjiwCXHvB"
        "hftAYDr6zaL9wA5gTArxNqCQ1u2gkxslrJfNDMSZXay7JVHc5wiRs0tr+25gLbvpYWwGuS/M"
        "Tn3sw/dI2zQrTIjzoLOpPPyK196/lr2PUxLcu3hd9v4A+QtwOVOdTy6/fsUwQCloH3/iVInD"
        "x5TfPgxvIiTFIi/nHIveT5xFnylyHrEp7C9Vtx6cEAN4jpYNRb0f6vMXCmyl9wtT1MAL9djW"
        "fAK8LSbxPNYxnYk9nS7l8M2T7PTMdRE5uqkRm3MYA/Pe57PXwJxCvlPdPfMvYzyx/Lo2urxS"
        "EQOt2tkQhb0OAQCn6fHpa2FvKxc0W60Utrt1YMeWoJkC1pHRV6nKO4y97H1qaxqNOUehO/jB"
        "HJ1+ZK/TemLhVhqXwBs6kwA2U9nHNpL93Fl/pmroWCKHZ3xKxnu788wfa1+Ezztce7gCns3G"
        "ZUgPJNb4tT8/Yp6QlahrERyAfDAToeXMRi1sYkkB/PzX+Z2qfQmg7o/zyZyDgXgDAIPWekPM"
        "dNuLuD6v1XzmrNt2dz6ePM8v5evaDQeB4ZXyXHfnGqlJXu/c6U5VUbW3KC3YYhRaxEdiMUGA"
        "efAEMvUnBb2v0dtq6V6NkWkv8pqj3C2NAR5wUt6SXOvC3gIiCX25G94qdkcNHlbU5LM8J8A9"
        "t2L0yaJzMiweoh4aA4hBk71H9pglRQ14Bo86jIFLtHTXhqlzFORV6e669bsqjMBheKLqrfTe"
        "a6PMzMC4Gk15iyTPWsOqzYd19Z2C8BQw4rG6+oH+PjQ2IJlPFFnKsZxHwOQVEdXRnRltac3k"
        "3DKLxO4sdmUhPBHO8nYEWwnxaoi928OASOS39H+eF3T67s+bbgXYUwK/FHoM0MHi6M1kodgC"
        "Cc1bw8FhioCz6/cTAtP9C67c125dzCTAW+8YP+3qN3uwFylDR4bYnsmzYtpPnJfEE+9Yje2C"
        "bXKPfFJLeR4CHIJl7CxFKN2Xf56LdfLxXPuD0P5Q/PaPju9StM5jhXOZeXDVeRkygdf4zFan"
        "6P3duyanwkkOgUHx7vndNzZnb4zPbm28fubvcp1ZwfSaHAtH7A39/sNDrfsAvUIf78+DUQeA"
        "darlRieg1OennTyd/zrd+V6i9ed4XPM/7a/q86eN8wj4XBcvd833/Oj8P/v757884IdutPzf"
        "+hP9fD+e+fnTtqPLz/inf/R383Xy4Vjz6a5/1ujxzeKn7UXnv43/x3jJr+f/Kd8f/d18vf9s"
        "O3l9fBNexr7hQnANQJgzA/8B/Hc81fp8kir0yeMzjkJ3jj/aZn0VpL4CllMjtD6bJPsy0fRi"
        "Htewz4dljKaFuVhn8HtegMVNgs/gscpC68IkdcmQuV0a2bVE1DOGF8mdQLkfQS3PB/jug8Dl"
        "arIZ3k/YglwXfneHR+eLnDlrxcQt3+9QscEoSY4oRDVfoG+OnJ6LEL5wUdt6LcgHhJxyzVOc"
        "ousLTPJs5/35mQnYCJleyUmWxRiQDL7D9zATEK5W6AaB5DlM3POOGyTIHZvTiNvruayqKMtE"
        "n38zkAFg+6/5A+AAxfqGlnqPAXzVnzflS5Cd6zPbpD8D1++keDEigJT365yTOk/RClxWqFEK"
        "z1WCAIc1nme4ubcA3PJmGP7CBbzxtSwHvjR21JwpwoBX4Fs+H/tDfiV3yAe7WT56Cwroi/s+"
        "bxxAH9tB30vXp2pTczOn4ZAbd3j9sPIhyKdaj8xjb3827cIwve/l0SMBmWUfRzOQV6bgWbx9"
        "rqc93gCieQEgamPazb0YuAs5pVH5jd7789L6s9T/k/AOSqQm1vpIen3mNKtSq0lbpBIThf2Z"
        "9Uf/LmmHsme7n6uOHlYVLNEQJHBqSaMPlQBI3/pGA/r2N4Shprt/1d8PXCx0MGC5GQECt0zB"
        "HkmG4qx2WmCgtMiA43bYd/lci6sSH3S8xznYJ+7P9lYXz+bZyFnl/qQub+hH/jD4Jb8we/kl"
        "kvVS98meszaldN+sB62mqF5ap1GHfYP+uS3PMZoyb49a7R9j2BdZv9+yW85PI8BjbB/N3OFN"
        "ec4ZcESJx+5NcedUgc4zs2mPkKv1+0alx9ovp/qs8TSyqc2dc2A9/ZF9/t0ftzXstd25v9e/"
        "dwQzfk0FPCcgLhfHUS7rYeMCanKVvARWkX9mo3ROwd+0PcP+/H9V8kM3l+M7+jAF9ENENqKz"
        "mL3JfHZ28/J7sbK9JDqHkN0BwzJ9ThD1suRhY3a4Tv7E31pBvN0leoEtoz4Dqg34SOzS3N7r"
        "mGb9mQi+PfScg9MkCsNXxwFO7TWbKYn8+aSqhtRVau8tCNjjzWv2I6S2NmDfxX7DsNFzvVEZ"
        "mYtAptjosDiEtEwn4l4F+JTqNwfJouUCj9Id2d4arBga5OMGZTVPlp+H1UTOswIEwXciQY4Z"
        "9MnM9EXD9/g9oZMDfEI28CYWwXff4PcR5orv7AsP49toFzGWl6vRFEfoW9leRpRb9Fg0z1Y3"
        "HsyYzeOofNHxo+Nr2GPId6VGIi3XyGh7vxv2fKyU6R0H0H7tecYOnRMC+fADeUlOSfrgrcZt"
        "I/zygw+PgDd3wRM3j7DZ6+Qd5XNn8oB1OdvGof0zbd9HwEaCqeao3xvg/Ghon/56GG9W1pLp"
        "ROfLCt1L4GE3ozjOeP71uF2XMY12POnyFV2qWkIeW+Tm5Y58Zy+Rzrs9j8MtgVyisc4FcI6Y"
        "25CX8c7BqjsjsCEH2+LmW4J6JsJz+G2fLY6ykoHc8kfajOlP3DiPbjyWZ7Nc5h8KKF6ZuMaw"
        "bbKz6uK1O8vbXJ7cdTHo/C8HOyDn3GP93gez0w25c/9D3NlIgK+gTY/PzdOIW8UIZV/BwMpG"
        "fFpYi96nnbTH3BXNVPr0c2fdj+kHxp2GcgmxN0dqR/Ztx9fnqNqhCtb6skMXcx6qWGMx+15w"
        "4Kj+QDIb1hvCb/ssupv9Wrv9oudS5hyy/d3MNU4Dfn71c0VeJjp+fMCLRs9dIVezNcoZxOwM"
        "gDpgaLARAKGFVH4Jn2PUIKVtYU96WzwMiGHXa40lvyIX9iPU6ezJoe1iBiit6FAVV6PImPMG"
        "4gx8ClUesnt+xnr+rmMO9IC3T75Is+ZVnYeNr2KhBjqe7c+eA1GDRcBb8WM3W02iZeZHNJu9"
        "LtOJ8mG/TXouaKmcfRtHuPJuLW/BUVHIZ6EgXC3s0bAoRoAFYF9EVWRfK6b3zXfCICmzKkyB"
        "1x/3L35VsUyVXcxzyKcfj4lIdI5f9fZ9Aan0+d1hzkXVwliivoVKouOiOrObzXlciBDywWHB"
        "ncEBYiVnywq0a+YsHOVMDgIWVavuHT3m5uqSbx7ziTFJvz+z1xXlUhxaYyF5PTCsMTu6E6Mt"
        "cnF4GIslF6g9kcUKMCvw5aa11lzcjHfGo2qDZ7vUy+wpXIDJ7ANc7onEDo5Xk9R+t/l2BXg5"
        "vnlJfGbLsJBoCcxwL/Dwjuwpdq6EotWmGHMPctaqKFTijLLh6YA361PZxmyJvHtC6mOB4htP"
        "jgCAsbQbLAlaZ3a1zjF852hX22rXYOib+6sEENwH6NApeAI6iEbZx+m+GrFS5e/UT9AFcKNn"
        "uqPdl6EAO4JckSFfp3hjcop2DpJkSq6md5Hrqmbs7GJx9ol7G87wVnh4xXy8Etx0MwUOMsNr"
        "AW3mErecwe/4m2OIsZtdVCnfy9KOq/dR3r1bPASbanUkchURtVriKjNwSUuC5pjw0vk8QZLT"
        "6GSzLqkoXVil/SViVaHBOUF2jNW6ZNvd+PMcDSZT8rr9UBeILA7X++cHrDP6vr+sWXldX0/b"
        "Nfos8newGz5tismNg33g+obrABdg6AS4lEOoH9Qp2HPavU+Ku/dLJO3rW2j/TpX5XgIc2CQi"
        "5CzDvGBIFgxzRl8gE71Am87sqgqiDx3nFWBQtWCskTJWItB1LBK+J2rmxvWbMSUSUKqUqbCJ"
        "Kd5i5qXLZoH2/fm4PjtG1D0ZVRXrs6hxv/eXSyBHq8U+elMN63IXcrNnLctc3kw5Q7XfEpzI"
        "yNOvJiiKsJxGqNyt9HsJuMxbG46D7Hft0B/1OKTKYP1Mvx/75GooeVffc9P1OS4v/6xHHPf8"
        "8flJgE9WNUWHZ+3M8527/Ql07tCfv4cPDRB/801Xn3Zhgp/1Gp5Iu7MvIY4oRylkOuDgGmf/"
        "vK8VemwCLoYAAXrh++hh/q3+6vH3eslfdR+wT/3U4mi8oDmkdTn+UY/T1yDu0M2koyue1pBz"
        "hK5V+jVXfAky2VD5h2y0IMSqtsM40QVu2OrfRzjTYPpOA7Orl3rFbon+kK9bb8fXn+uN9Xn+"
        "U07qvhlWt2bKCVmtvvzB7/fTv+UFOT2+K0JzUdKK8pDTAFVChDrP/eiJQ59JfFS3fvXPmiGk"
        "gbXTn+9IXa/GCHr696fcm1QcvozB0p0CY+pkeV25SGY2gv1beTRWLwRNqT4DOzNX11qhQ/9u"
        "aERmRJ/ZWz2G1mfGga6rmvScQPGSiykpbyAzrpjEkgoJux/mRCjisnocGL/r2DrbF/R3vRVG"
        "n8/6O103hQ7Df7y/J8W/70fqc/lv+61/34/Tf99P5L/vpzeiMHJ0+R6qbGCmWV/vhOdY/q1m"
        "TKDst78grk+DXQMwUdv7opSi0jlF14miT4y2hlHregH0U8v6U5coNGPXwZR07/O7/toILH12"
        "SLqxpKgHj6k17eqH9XuO3+eGP74SdvJ2/oEk7G9I58e+PrmrL1xK/iZURcJWXGOITcDatv6c"
        "t/GeQ/x7E8lj+ARsguC3IIY8QLH3cUc7PA0s2O9gvapfKwd5u/jt6hOe8ZHo+EA/NXIZ7OE/"
        "dYUX6/tvsZ/q5zGsK9HMCvxbt2e6jRW09aESIFTdFnn2U/9Q63oKEV3+P9pc58PHs37SFOfs"
        "de1+qsOpXkTMux1MNpQfc3wpQn4Gre97+y+IbRkZ/Ubrdsn3riGu6COhAv/kd74zjEBOLUO5"
        "/btXAveGSYplFcWEY74YKZNWId8dDXEDze/psy7aEuj+eTDdBuAYV+qKkkTjUexBbG8ymEMB"
        "/XGdlzivFGCHvcrag3X1TVDern/vXbeGj/va2Kw2rCnsIT2vI0d8cblgBeS5iH5zaJs6z6Ru"
        "L0Pav1vnWy37CDc9Ly6BQ7cQ01iAPHyrz0ArXPd92ffBakrkKvBdXPX1EFarXNTzSKcyrMTt"
        "/H2Bbmxe5mjb89UFdmfSgoBBCLgMUkXkMV33OhPsAkb5l2esQHVy8B8BWyAe0QIf5FzXZ+p6"
        "CpGoE8Ta199rUPv7IwD3AqtquQAsVYV4hwvTCWTi3WSXl7taNA7ct5+nz8eXmXjuN0Xd599e"
        "buDyPz7rjr5Hv/y00fe7+VHXa5XwfPN83kRd7dqnXHoZjk/ZP+tlQZeljLNsYbse+jDFVtY7"
        "sFf73H/bH/n0eX8Jc4ln/ghm/flgJS7ZW+qOb/JSv+7cO3qYVFeXEp4ArzFFPVFEzRUA9PWU"
        "mubiVdo7rQtKZ56Uz/F5hl+/Jxtjqt/XrVNDHvV8iZkeszfhjm4wr9TzCr0+4OwQP938XRv0"
        "m9K1ub/gwZZ5VnrJDOnv0MBkxZVp/OvoXGUJbIKswHMnl2/E7kS/SwSsla+ctfype0Y/n5X7"
        "IV/mdFjgraz0u9Ic7fs8CtsSj8FPm/sQTW74/fG44XFvD24BP2wWbmLuj3jggw/EXX7u5NX5"
        "e9m9h61IV+Md/L3Ge/Bjb6Y5r373pXR9qfUv6ku78SiSOo9Nsa6D7WqD23/uO6jXl67lePrT"
        "/+IfsNfOfvkD+NfU+Nln6+gHXwFaCivgV+I6NOYVrylwkxmDHGsB86EeBtaOmXS/n/qj4OtT"
        "9GqKGOQWwMAo5s866J96edTFWIeflk95IRyP0stLbN3xeqZrGYDQ4qpYfa5SF7HYThXkeh/h"
        "NZjqnAn7A6UgE3ldnzHgcdz7pn6/puUCHOWRSPb+KhXH+mwPwiwUTCpdy6KrehAVIeQWBevD"
        "mj+CjtPM1DkDl6j+tvNovlmduY3sLO84uM6BdqxyM1wnhQehzuFKh/ikjhs8v8x3cbcWN4gF"
        "pukLYTyH3YEC/UVFfMpBjlQAz5IFT3t7anxECHiYinOclwjnK4m+Vsl+Na0qW3PO9/Ncj7Fd"
        "RfhcuPwduNswPSUoHH9ck4xjSlZqlWJr+rm1cXzP9bvANEvQ7HVdrXbk/VNG7unBBF55IQpx"
        "xm2foBJY1gXGWvMVIvfV+bJrVop/rcs9bLWVnalEA+xjAp/HIJHrT9zYIEPW4GHBvXfA/h8M"
        "OCTIAIhh7ei8O81N5wdXUXTOUV0Je2t6hVOoVVu+7R3hZxJx6YJNP3CFHTwEDH4qOMjh40vF"
        "96/U+wQuuQEUk8h3uXQwIrNzeF99l/ns2/28rL8+nMPC6+az+v290/ch0O94AJIefvC+3pFh"
        "I6k6PFN2WED02LqXb+MQiSNwuQZVM7QKmea1FegY2thfX/CKu7zjM8pNcQo219jmXaprVqSv"
        "ZtXN1QVnBNCdVSgC9NuWS+yxWlfYwnz6759QgZvQXfN9UQ9iZ4fOJj3IaI53yEPEdAgwH7ZT"
        "2Rt1R/KPv7H4q//LrT/+yKv7i67J6//9f/dEdGk="
    ),
    "esp8266": (
        "eNp9e1uTqrzW7n95b11V0K22uKq+i5yAIFECoo03uxQ1INq0rS2Hr/Z/3yNgzznfddiziokQ"
        "SEbG4RnPCOn//Wt3u/2fW94e/vrn5HU0fP1Hf+O+/br/9c8XczJ8Gw3Hr+Y//tpv79u//vkX"
        "0v9CFDKFOK4Kh6jYx6iiVPIFkhZSKBUsTGwiRzFGN2lXyYzWMbyER5/O1/vq6+i+ze8VJ8vv"
        "9muIv6qpNY2+nMxMl+GJlGizcox9nijn8piakX9bPQxjMnl/50XONvirGDqJkYzpYZtkxA+9"
        "JI8P04K0UuBwfR5drrfD69vKlP50s7SZJOqwzV7FaWIOjpf2wLIXlQ6rUTp/OS7vtv1p48PH"
        "6XrMTxOj3aDL9CMvqusp5uPBY4CnH47LL85+J6vR+PjC3r7eimtqHKJX7H8bm+rhDwb1x9tu"
        "FpQf5eFqi4UR4/CVY/ohX+Yf58v+cRm4Te6+rtZfImQ8/zDPhnWVb+npPLuNSy+wqpfzbrPx"
        "BeXT6XRhGObqlWXxdHB1DDXO24HNBC7fWEjYGzmeg+H8yN8eu0f00lxDc7T7WpoZjuT//M9f"
        "vYX+tNzkBSxq/eOvw8f9q+lujSZTc/QCNr4f6rs2JqeDwCBbo51WboYRu7kVP7aGgIMsYWSe"
        "YCTApqwgUcOH4hFjeEG7gGMYFkoJlxL7eMRMTN4ZNo5dG09DH3M0rP5re6QwuzFFj/qqQcbJ"
        "MiT8FMeJsUCLtDL9pbR5wRx3YrykrxTfz8lFyvVJ5LJCDpJIsNxjEYyBENHvMxWMjBJb3XjW"
        "vAjN48NoIjaihwKTpYsHD+OOLrsTaUyBjicDXkQU8U8aqfns1uZLkESEt6YhbomWxfwVs6gK"
        "0dziF+h/wHX/hdbXeK2dWWh5Iwb/sTP8R4Ruz3T7a4UYw3j6sKLqiEgiRYMRUtwNo1LgdVlt"
        "3pmSAhXJCKEq4oVE/DAxJByi4IjfQ1QREEZ5HifY/CA8e3tYV0/bweYEEZPGNjYnfizYyb0Y"
        "LcrVaZahqCxKKkKK5JsoCioOvrE4eQT0VY+OU4gsVokSZoxwd29oWJ/I2p2Nl0MkqZsajaIP"
        "zHOzwBHPyA3Lyo5Btnh/MiIU7zbMy5msCi2bLDxP6w69FjbFM4cpHKFCrV+OsTM9WnkI/vFy"
        "tJBId4ZUAn1RCE8Gr9CZGtJDhIlp14ojcaX7ec1JdmsNfqU7lL53dsluH4aE63DsVxRk0jav"
        "HxbYx8est7nU+h4KbQ+ifeqMjpbhENnbXxRZdfwwXkM3HBjGJwhcj+71U6/jTq9ezoP+2kT6"
        "epPzrxB+d/5O+Rz0LATV98WnOAwNmY/CxakaIRO1lduajEk8n8g4g/lph3jrfJuu+ePuYO3W"
        "oH9x9xCly17n5tlBXe+qBh9L2KGLAdnFACIK4Wf8XSmC2PsVK7/njFAJqpczcDn263nVrN1N"
        "fDjjwZJ5aWqSxbfflIJG5fzuEP0W4QIFh4jm5hwdl51+YYy01nLPDxGZojtHbgXhDM+CfaT7"
        "6H7jhxiPW0lclyf7LHxj7kg841rLovWPtb+/9fK4NUbuj/6hnwoVNcSfjjutFzw1rAyOEUXu"
        "qOsfrDGTFcTJc56pyv7Qxw0BHoFlpGSIMoai6qBjKc0TiZpE/vSLRgyw5Ceef87EhdiNIHb1"
        "vVlFGKPyV39gWYhPhOpef4AyeNbEuZSgp9zDqEWl3J9DUTA2lBLux8KmSE2XaLSX57q6MCcp"
        "GI9FrNKCebJgSCMVPO+iQ9uN70smVOVeu3lSU/jSfPoH8bmsTuhw7OV9nn90/AsTAZm0fBSl"
        "gCH4jl5MdynTKSTcGgGude/QJz6B7xitVXhP/2kid8NSk6ILo0PJMfi/7rAeHKccmYcGxSah"
        "yH+fo1aGAgk7PZgoh5iHmCTU5Xyvwh87mN6HERi6AxzzEKMFYVKKSnX22FOv3F/Ct8Qdp3uw"
        "aXWpW8nH6Giy6Nt3qDYqpeZwLkbL2G2NBuKGHkxWuU2vFzWlOEar0N6KKqEdsQAM1HNbULMx"
        "azQO9jWZ0eGHuKUjdMQBWOgGvlr2/pnk2l9rlNfNzE2KQ44H2u5LrRMqL4AHb1r+t4qBvUPj"
        "2OGxJyJuuxC/65Ov88iOFx61G6T2+NbeC78BXMvDsKoBx8qVrNlPzPzSty/zbv5HwPQ36E+6"
        "096fVf3bf/vxwS4IBVYAwt4I2GeOXQPygw3y3DDoc4diKZ3uOsXQnmv9Lqol9D/CvT3lQrKG"
        "KXdT7E1y9Ll3Sy9Zp/MInRjZNngJscaSIcI1eSPD+u1ofRS1ELIxFz/+eHI63w4QSwCaK+rL"
        "EX7r87jglkn09biPp0/A+La7Dp7xddD+wvNlhXzeuonRHFp8gjHLJIP2KSUwzr4fp2VcsCrZ"
        "a+u89v0BFq3WqUoEa2F8qnATWc2ysi0LcJQt8YHZhRGnH8bbrd62lArmtlTQkXwLrfF74x1R"
        "eg54YaWBnO7RN1W22wIfOGrboaQQ707j7XF9a8et39p5jEbw7Ayx9Uih+vthZd8PnfsQrp7z"
        "RQ1gO3IGvc3+g+909uj8G3TOI3S44MG7e0fqUjdbNkaybSzA6JcJf2nICPrTfGLXzd+8DStv"
        "bJ4CWV13bKYmFvAnl1Mwd5uCYjfjwBRqxOB9PB9Le4GYoE1Bic/u1MqzV88t1THTflT9ir+p"
        "dHp/ox5PXcsADHgN7ZwivEc5+P9XtTZVBf2Zt0DKO5busJvbvG0AhOiJijsaJTYSzT0iFdjj"
        "jPho7kCWQ1JVBHKwJ8li+ffY7/1XaP+c6fhBlfbXZ77R2LuJ9yZdkHYsABPfYlcKC439wCSh"
        "uiGn5ZVwZbMEn6QVuvrMI1AppGRq7nhepF4hHMeYOqgDQffex/OuMW5JgmwzODEzp7hep4/a"
        "ar/pnXnNYYbrOT2ZATr0HGF14myG2+v7oMz5pcKj+RB9YbN0wb/h2oa5pc5rmC9x9bZZcwex"
        "T5EUMnFaMfw4nLY8925oqW7g2x9FdWsorj5YFeOX4MlR0yx7td1SHru4Vr/s8SZd0EdmdPwO"
        "bABUICIccGWmmmVq4sa0EXCPv2N0r8+Zjv/WHRhVRXgB4HscGvoMfUvNJ7v+AZaNdgDgBqlL"
        "P191+F5qfmNUlk4ugD9kpO0hUSolBThmpMD1n9cotTVeQ7c9vlCp8/OMwI2gyv6GP1RBfzTG"
        "mcZ3+fN+hz9dO7AGaFf8b/2h0sN/w6/f/RFVaH/R7d14XTux+E/7DP3r+Ozv8unxUMnxv+Mj"
        "VJzAByS8gJkL11dsQj7S/IBw3X+q8fMPed61vFzp8X7nL+c/4S8pePacn139mv+/jqeQgPlp"
        "/kBKN3xezzp7mPr9T8Kf+kLyV399u+b+kVkQyVJMvJBGSWSSJDLgmORJ1DZJdFPg9a8Z8pwJ"
        "YD5SeG0Nv3KkXMB/lldKwjN7eH4F7+5yKIaaeBnjj45XYMKjOE/CW1Y8Bn6bepnL4IiAt1Ce"
        "eS9wPA4N/QBMugB22yZdSnGnxSZEK25HdrJaAwgNSHpE1eag6yszPxzQLXHQIW0iZzNA5dZF"
        "wXbBnc0Cqc07CjYHekm+kQJXdRJoTwBYdi6K4P1yCxX/5hs52wNS2xdIA/m45dwrRwTwCmXX"
        "ClGff3wo7owUcR6gFdGPt9LjudF2sMwqAu/MaNA/N4Ua4K5YyvrnoCaFMSH/d3KWm0y/ZwMe"
        "mkRfg1wQj2YEv4vkFcntl84XwHuX3nhEsqvE2TXFFM07Ts4aH2+RrToc4tuznj8yTcxvdolW"
        "w54zC6441AMjApll9dVj0KX+qGJds7LSp8Ctci/TOY7fzAStnly7gBLmE/IAqpbyZid9n7TP"
        "l+CcgJN3yGqLbmx7myYDntk3ZhgvJl7KUdOG6k6R7XXtThK5LRsbDdRSucLjCbf51fBqxSB2"
        "xPp2QfmXpaBeWjigIHSci2GhRpk4WteWKsGjiZFB3QX/1uV5lM0Mq/my0kaqhbOv2GVZzRxD"
        "IfAVC/yPpGUL9abRniLii4zC701NheKkDQS8o3O7crYVg/PW2UpdDFdU17AUgW8p1vM0qPlQ"
        "x9vYpZ/jLl+LTh9MwrP1eYRR5D/rEq8GZAxR1Ovn54zPJUZka6DbTvX8pcJuh9N0ipTmKxV2"
        "er4xpcBnUNjXAUIujdbp6kfgJRsfSV1vQ8oOgzGvKpoVKUYC+JvOoyfgSH7bBhJiba0w7es5"
        "i3+DPSHfQ+EST7gY+eBzzSFteaTSERspoW0t+5zULvjIXZTtIqxG/kLz3eIWKl39dHYW6S1p"
        "wLeysTG+nNoN0QCCxnURkVnqUY9oXTWoztHxOND9xVfKQ1UgrVNx1fpBTnxhF3T0+/acXUKo"
        "40DfT3sgkSiIDb0+Aryke/bw+PXsKl+59sNz+IWdofbo7vNc/951v7OsswulnPsT5Z6Mm7ZX"
        "Ar4JvBHiB7gCiMjBT7hDocbpuM9+2L0LHHDQr6mkU3Qx3Xe5n+OqyeuPEToFRjWiS/H1wLFc"
        "eZm38DKOkqOeL3BX1XF/ai60Hc1g0hGzJGK7IIf+00nX76ydTFF33Y8Dc8jFbUQrUimUfvzM"
        "EbgAO3kqjmFeGUp3v+8HVhUHlrQCXum2QFq4OuqxoPaJxDqTWHoRVL2Pn3vYn2T3FehQwfsK"
        "3im8dg1cWIii2O0RbuC3/HAr39mA32FiCqn1ugu6MQH1z4xGaibFLnQ2xTgyMdoaXRv4ZJ2D"
        "C7LYO3X6xmC1kVCpG+4Bdyj1Zw4QdWTdliZwfmXUtLKCSLjWRoKeAq2nspMT4bKbg7Y3MpS5"
        "A9KxDVCx8XS/nW42vb4MqG+1T6DN1+CJPRATFbHIgnKGzZb6aO4tRFJVS8Bc51ZpqjHCxXOc"
        "5zkvP1zEM4aL3k532kKfSW8jfg1KlPT+EF4V8r4sEuYWCuQ78gnCeScrBS5dLfUcMqO7nqNT"
        "X4Nk/VzWsUruSDq08z+R+J17YA/GdadUAM4eTSLidrCUlsbOafdcUOci/tD3JLB2fOjkpW+T"
        "BxWVvbsZ1MdrAjZ4733iKOs7cD5bYzLw9VQou+n64Vu7r1vCPjfUVZNBAXGiU4dokobsW/9c"
        "FdVZCtL2+jxhnpdCTjUnN9lm2Pk02KKrz8Sm/cGtpJdr+qODJHjqIEcPQFh1B9egOHCcroOu"
        "vgog33Rj2Fd/gFa9rwfSh5BoNX+38YUji0CtveDCfSAwHf1m0WFgB9AnhXgbUIB1O+jkRgnr"
        "ZTMDcWEf1t2SKO4xQuTso7V9N7CW3fDQNwPsC7NzH/vwO9I2zQoT4jzobCqPv+K1969l7+OU"
        "BPcuXpe9PwB+AS9nqvPJ5devGDaJCdennzhV4vg+5bd3w5sISbHIyznHovcTZ9EjRc4jNoX8"
        "UnXzwQkxoM7RsqGo90O9/kKhWun9whQ11IW6b2s+gbotJvE81jGdiQOdLuXwzZPs/MS6iJzc"
        "1IjNOfSBee/z2WtgTgHvVPfM/MsYTyy/ro0OVypioFU7G6Kw1+FQ+ml6evpa2NvKBc1WK4Xt"
        "bh7YsSVopoB5ZPRVqvIOfS97n9qZRmPOUegOfjhHpx/Z67SeWLiVxkfgDZ1JAMlU9rGNZD92"
        "1q+pGjqWyPEZn5Lx3u4888faF+F8h+MAR8Cz2bgMof7gvP5ZP2KekJWoaxEcgwoxE6HlzEYt"
        "JLGkgPr81/qdqn0JpO6P9cmcK72eDwSD1johZvrai7her9X1zEVfs259XDzXL+Xrxg0HgeGV"
        "8lJ36xqpSV7v3OlWVVF1sCgt2GIUWsRHYjFBwHnwBJD6k4LeN+httXSvxsi0F3nNUe6WxgAP"
        "OClvSa51Ye+AkYS+3A9vFbujBg8ravJZnhOoPXdi9MmiSzIsHqIeGgOIQZOtI3vMkqIGPoNH"
        "HcfAJVq6G8PUGAW4Kt19N39XhRE4DE9UvZPeujbKzAyMq9GUtwjYf2tYtfmwrr5TEJ4CRzxV"
        "Vz/Qv4fGFiTziSJLOZbzCCp5RUR1cmdGW1ozObfMIrE7i11ZCG+Es7wdQSohXg2xd3sYEIn8"
        "lv77ekGn7369STGoPyTUl0L3ATpYnLyZLBRbIKHr1nBwnCKo2fX3CYHp4QVX7ms3L2YSqFvv"
        "GD/tShDUc5iUoSNDbM/kBcoh8BPnJfHEGquxXbBt7pFPainPQ8BDsIydpQil+/Kv62KdfDzX"
        "/iC0PxS//aOrdyna5LHCucw8OOq8DJnAG3xhq3O0XnvX5Fw4yTEwKN4/f/vG9uKN8cWtjdfP"
        "fC03mRVMr8mpcMTB0N8/PNS6D9ArtPF+PRh1BFhDLTc6ASOorwedPJ3/zrv1PaH1By4P9Z/2"
        "Vxrzn2tURdDexQtwbl3vnv5De/d+iaHdUcv/1v5Cfl2Xur/uWuj++v6J7v+P9m68Tj76u32G"
        "oH9csl/Pd+//7v+P/rrrP+b3W74/2rvxev9JcP/97ia8jH3DgeAYACJdGPgP8L/Tudbrk1Sh"
        "Tx5fcBS6c/zeNpurIPUVuJwaoc3FJNmXiaYf5mkDeT4sYzQtzMUmg/t5ARY3Cb5oj7XQpjBJ"
        "XTJk7pZGdi0R9Yzhh+ROoNz3oJaXI/z2pRuVq8l2eD9jC7Au/O4Wjy4fcuZsFBO3/LBHxRaE"
        "T04oRDVfoG+OnL4WIXzhorb1WpAPCnLKdZ3iFF1bYJLndd6vn5nAjZDplZxkWYyByeA7/A4z"
        "AeFqhW4QSJ7DwH3dcQOA3LM5jbi9mcuqirJM9PibgQxA23+NH0ANUGxuaKlzDPCrfr0pX4Ls"
        "XK/ZJv0auP4mxYsRAaZ82OSc1HmKVuCyQo1SeK8SBGpY47mGm3sL4C1vhuEvXOAbX8ty4Etj"
        "T82ZIgzqCnzL52N/yK/kDniwn+Wjt6CAtrhv88YBtLE9tL10bao2dW3mNBywcY83Dysfgnyq"
        "9cg89g4X0y4M0/tenjwSkFn2fjIDeWUK3sW753za0w0omhcAozam3diLgbuQUxqV32jdr5fW"
        "n6X+n4R3UCI1sdZH0uszp1mVWk3aIpWYKOzXrN/7b0l7lD2v+7Hq6GFVwRINQQKnljR6VwmQ"
        "9J1vNKBvf0sYarrnV/3zUIuFDgYuNyNQwC1TsEeSoTirnRYqUFpkUON23Hf5nIurEh90fMA5"
        "2Cfu1/ZWH57Ns5Gzyv1JXd7Qj/xh8Et+YfbySyTrpW6Tfc3alNJ9sx60mqJ6aZ1HHfcN+vd2"
        "PMdoyrwDarV/jCEvsj7fslvOzyPgY+wQzdzhTXnOBXhEicfuTXHnXIHOM7NpT4DV+nuj0n0d"
        "llO91nge2dTmziWwnv7IPv/uj7sacm237u/13x3BjF9TAe8JiMvFaZTLeti4wJpcJT8Cq8g/"
        "s1E6p+Bv2p5hv/6/KvmxG8vxHb2YAvohIhvRWczeZD67uHn5vVjZXhJdQkB34LBMrxNEvSx5"
        "2Jgdr5M/8bdREG93iV4gZdQXYLUBH4l9mtsHHdOsXxPBt4cec3CeRGH46jhQU3vNdkoifz6p"
        "qiF1lTp4CwL2ePOawwipnQ3cd3HYMmz0td6ojMxFIFNsdFwcQlqmE3GvAnxO9ZeDZNFygUfp"
        "nuxuDSAjGuTjBmU1T5afx9VEzrMCBMF3IkGOGbTJzPRFww94ndDJEc6ABt7EIvjuG/w+wlzx"
        "vf3Bw/g22gPY5uVqNMUR+la2lxHlFj0XzbPVjQczZvM4Kl90/Oj4GvYccq3USKTlBhlt73fD"
        "vh4rZXrHAVy/9nXGHl0SyODbd+QlOSXpg7eat43wyw8/PAHf3AdP3jzCZq+TNcrnzuQB83J2"
        "jUP7d9q+jYCNBFPNSX83wPnJ0D799TDerKwl04nGywrdS6jDbkZxmvH863G7LmMa7XnS4RVd"
        "qloCji1y8+OOfOcgkcbdvo7DLQEs0VznA3iOmNuAy3jvYNWtEdiAwba4+ZagnonwHO4dssVJ"
        "VjKQO/5ImzH9iRvn0fXH8myWy/xdQYlXJq4xbJvsorp47dbyth/P2nUx6PwvBzsg59Jz/d4H"
        "s/MNuXP/XdzZSICvoG3Pz83ziFvFCGVfwcDKRnxaWIvep52059wVzVT69HNn0/fpB8adhnIJ"
        "sTdHak8ObVevz1G1RxXM9WWPPsx5qGLNxex7waFG9QeS2TDfEO4dsuhu9nPt8kVfS5lzQPu7"
        "mWueBvX51c8VeZno+PGBLxp97QpYzTYoZxCzMyDqwKHBRkCEFlL5JZzHqEFK28Ke9LZ4GBDD"
        "rtcaS35FLuQj1OnsWUPbxQxYWtGxKq5GkTHnDcQZ+BSqPGT39Rnr63cdc6AHvHvWizRrXtVl"
        "2PgqFmqg49n+7GsgarAI6lb82M9Wk2iZ+RHNZq/LdKJ8yLdJXwtaKmffxgmOvJvLW3BSFPAs"
        "FISrhT0aFsUIuADkReAz9rViOm+uCQNQZlWYAv85HV78qmKZKruY54Cn74+JSDTGr3r7voBU"
        "ev3uOOeiaqEvUd9CJdFpUV3YzeY8LkQIeHBccGdwhFjJ2bIC7Zo5C0c5k4OARdWq24eAubn6"
        "yLeP+cSYpN+f2euKcqn3WS0krweGNWYnd2K0RS6OD2Ox5AK1Z7JYAWcljf7+sykDy1gzHlVb"
        "PNunXmZP4QBOZh/hcM8kdnC8mqT22ua7FfDl+OYl8YUtw0KiJVSGB4GHd2RPsXMlFK22xZh7"
        "gFmrolCJM8qG5yPebs5lG7Ml8u4JqU8Fim88OUk7x9JusCRok9nVJsfwm6N9bat9g6Ft7q8S"
        "YHDvoEOn4AnoIBpl7+f7asRKla+pn6AP4I2e6Y72X4YC7ghyRYZ8neKtySnaO0iSKbma3ofc"
        "VDVjFxeLi0/c23CGd8LDK+bjleCmm6mb/ii2EXDNXOKWM7iPvzmGGLvZRZXygyztuFqP8u7b"
        "4jHYVqsTkauIqNUSV5mBS1oSNMeEl87nGUBOs5PtpqSidGGW9peIVYUGlwTZMVabku32489L"
        "NJhMyevuXX1AZHE41p/vMM/o+/6yYeV1cz3vNuizyNdgN3zeFpMbB/vA8Q3HEQ7g0AnUUs6M"
        "GkF9AHtOu+9JYf99Ke33t9D+myrzvQRqYJOIkAMJ5wVDsmCYM/oCSPQC13RmV1UQves4r4CD"
        "qgVjjZSxEoHexyLhd6Jmbly/GVMigaVKmQqbmOItZl66bBbo0K+P67VjRN2zUVWxXosa97m/"
        "XEJxtFocojfVsA67kJs997LM5c2EkqP2W4ITGXn60wRFEZbTCJX7lf4uAYd5a8NxkP3eO/TH"
        "fhzSZHq/iv7ed0EKxOv29yi9PwfKnH7/ENQZqHLHff34PBOoJ6uaouNz78zzm7v9CeXcsV9/"
        "Dx+aIP6uN1292qU/dHe7BbCCEZ79F3WtNCBWDeAF1vvAAEMUdyUe9Dqop3DmesuV3hti73Ij"
        "chujUrV+Fsh2Zun9JKHeT4fGSPXrH3oTS6KBtmOXhHzjEYynv9tQQwuYIwvJmQoQwywEaXyo"
        "LX/vV1waZOl6PHJNsIcQUOfqsRo57Mc4QY1rYcHJDCrs5x4a4n5DPms7mcDOwCv1s/lO80Jg"
        "9pOeU+K3rk7ANShS2LKKKYY6x5llIMeKScxYglokwQ+e9Xq3P+1nXYeiCfrZf7AvQpBxjk5f"
        "kd6/1+0tww/x8737ZdzW/7qHCPiT1n+ttxH90udqQ4xqWOlFjiQwDFohU68HvdICSeZaxgsc"
        "ei8x69caYr3tiEUEKq47RnoPVO8Dgd6zpZ7rFn/ffyN81a9n6X1Q6Dj81+/xlf4e77Jbp39T"
        "XLLXjTtO+zWoKbqbtJWhVZdJBLI/WEDzauEfwM+NanGw0MEUCzOtLcO4QiXBmFOEB8htVv8t"
        "tmTvCk9c3u0DRLZ7M4ZlszjFjV5z4iePIfI5H4/9r9nD2AObEpWdpEA+RKY5jts2xHd5uc/D"
        "N+6O9F5a8Vxfs/T+ALOeoZ/9V93eFObd9pfQkP4dWSZLrgzVgGFD2bp35e6xqsjsNA6nxylB"
        "Fd6KAuKzq/mG96U0gXeagV7rsn7WutI2en0Y28ldy7UVBuBGlwOD/7zmBO/08hyR8hn7L/uh"
        "iBnJ5/5GQl/+2/7GjBXoj/j/t34OTP1/20Nw5P/UDlH6tLsWpRbg96P4kpE1uDQ/qWim2/u9"
        "uj/7Cv+Q68d/n/vH4u57Jvimd4IzRN4OYhsL7z/4GyQXA7Hq8tRP1/9z3s/907Lb9wH4hyrI"
        "70jnh24/ttXtr1xK/ibAfmErrjH4PNQatj7P2/jAAf+8ieQxnIGbIbgXxICDFHvvd7TH08CC"
        "fM/EE5sETkySXNHRl+uoBIFwQVDq2dvVO66wjd85TV9IhdYS4XG5xKvKRVB13S8btduvpex0"
        "x/V+VhToOG5kUfT6ZJygJRwc4mCJGdffiXOu11dbFqOWc4C9pe5rWLkceDxIs0VilyXFaX0G"
        "NiFxkigUw7iXco1XnN/Zeu0RmdUEaix3Xm0S/qqWm/Z91eNJ+0KRHM5lBkwP6gkTI+lBTVlw"
        "4lLMKuYR9+lPer+SugGu2/Ak6Cg5x2j2snbPx1TgOGGQPE4J9OG8xGrziRsbaub90FsDx169"
        "XXiEZHVO7HfNI9a1XPlJCbWUy9eI3C+p/S7P15hl4x341yqKIZEnEY4qNSNVNoa+nMiW6Gu1"
        "+Rym54TMXrfuGXADZuvAJLbJK3cQb1+Zs5VpBjKMUrUfE7JSOFrVaLeKD6uRqpw+9pI7zn72"
        "3lZeqURK8XpKNviT2+nb4iM7kVGMCMMV2LRKIbPvAWc3G0JsRaqNRQALmi1o+1IQvmZ2wXT+"
        "yz+L3Wp3hQIte9u8bl/qjzZ/xnpnW4gbOHe67K67+9r3iSLaFs+8o9sELhOg/EDnwJNQ2eWV"
        "IXsHe7pwzbS+YpUqQaN2gfaVXa2ibi86SHh1wna37MfS/7o/ZtB/ofDHHzN0f7lgmv/3/wE/"
        "d8oe"
    ),
}
# Experimental stubs (flasher_stub/README.md): a host must be ready to fall back
# to the ROM loader whenever a stub does not greet or fails its self-check.
STUB_EXPERIMENTAL = frozenset(["esp32", "esp32c3", "esp32s3"])


def stub_image(chip_name):
    """Our flasher stub for a chip ("ESP8266", "esp32", ...) as a dict with
    text, text_start, data, data_start and entry (docs/protocol.md §10.1)."""
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
