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
run it from there, and it does all that esptool v2.3 did. Read it top to
bottom; no section uses a name from a later one:

  1. constants and errors      protocol tables, FatalError
  2. small utilities           numbers, whole-or-nothing output files, reporters
  2b. extension seams          where the espkit package beside it plugs in
  3. transport and SLIP        framing, a pure decoder
  4. ESPLoader                 the chip and stub registries, the ROM command protocol
  5. ELF and images            ELF reader, image readers/writers, v2.3.1's image rules
  6. chip classes              per-chip facts as class attributes, stub variants
  7. the flash engine          connect, prepare, leave; write, reflash, verify, read, erase
  8. commands                  one function per subcommand, over the engine
  9. CLI                       argument parser, command table, main()
  (generated)                  the embedded flasher stubs, added to section 4's registry

What v2.3 never had (merge_bin, partition tables, many boards, the monitor,
the Python session API, the chips after the ESP32, ...) lives in the espkit
package, which registers itself through section 2b (docs/architecture.md).
The offline commands never need pyserial; it is imported only when a command
opens a port.
"""

import argparse
import contextlib
import enum
import functools
import hashlib
import importlib
import io
import os
import re
import shutil
import stat
import struct
import sys
import time
import zlib

__version__ = "2.4.0.dev0"


# ---------------------------------------------------------------------------
# 1. Constants and errors
# ---------------------------------------------------------------------------

ESP_ROM_BAUD = 115200          # every connection starts here (docs/protocol.md §1)
DEFAULT_PORT = None            # None: try the ports the system lists

# Image header encodings, docs/image-format.md §2. They live up here because the
# chip classes of section 6 point their FLASH_SIZES at them; section 5 owns them.
IMAGE_CHECKSUM_SEED = 0xEF        # docs/image-format.md §1.3
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


class ConnectFailed(FatalError):
    """No chip answered on the port (wrong port, not in download mode, no power)."""


class PortError(FatalError):
    """The serial port could not be opened or configured."""


class WrongChip(FatalError):
    """The chip that answered is not the one asked for, or not one this tool knows."""


class FlashVerifyError(FatalError):
    """What the flash holds is not what was written or expected."""


class NotImplementedInROMError(FatalError):
    """The connected loader (usually a ROM) lacks the command asked for."""

    def __init__(self, loader, what):
        super().__init__("%s ROM does not support %s" % (loader.CHIP_NAME, what),
                         hint="run without --no-stub so the flasher stub can do it")


# ---------------------------------------------------------------------------
# 2. Small utilities
# ---------------------------------------------------------------------------

class InvalidNumber(argparse.ArgumentTypeError, ValueError):
    """A number argument that is not one; argparse shows just this message."""


def arg_auto_int(text):
    """Parse '0x1000', '4096' or '0o10' the way C would (the name scripts of v2.3 know)."""
    try:
        return int(text, 0)
    except (TypeError, ValueError):
        raise InvalidNumber("'%s' is not a number (use decimal, or hex with 0x)" % text)


def read_input_file(path, what):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise FatalError("cannot read %s %s: %s" % (what, path, e.strerror or e))


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


def div_roundup(a, b):
    return (a + b - 1) // b


def pad_to_multiple(value, alignment):
    return div_roundup(value, alignment) * alignment


STDOUT_NAME = "-"       # an output file name meaning standard output


def output_kind(path):
    """How `path` gets its data: 'stdout', 'stream' (FIFO, character device,
    socket) or 'file' (a regular file, new or replaced via temp + rename)."""
    if path == STDOUT_NAME:
        return "stdout"
    try:
        st = os.stat(path)      # follows symlinks: the target decides
    except OSError:
        return "file"
    return "file" if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode) else "stream"


def output_target(path):
    """The file a write to `path` lands in: a symlink is written through to its target."""
    return os.path.realpath(path) if os.path.islink(path) else path


def check_output_writable(path):
    """Refuse an output that cannot be written, before any long work (a read of flash)."""
    if output_kind(path) != "file":
        return
    target = output_target(path)
    if os.path.isdir(target):
        raise FatalError("cannot write %s: it is a directory" % path)
    directory = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(directory):
        raise FatalError("cannot write %s: directory %s does not exist" % (path, directory))
    if not os.access(directory, os.W_OK | os.X_OK) or (
            os.path.exists(target) and not os.access(target, os.W_OK)):
        raise FatalError("cannot write %s: permission denied" % path)


@contextlib.contextmanager
def data_on_stdout(path):
    """While a command writes its data to '-', its log goes to stderr."""
    if path != STDOUT_NAME:
        yield
        return
    DATA_STDOUT[0] = sys.stdout
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        DATA_STDOUT[0] = None


def write_stream(path, data):
    """Standard output, a FIFO or a device: written in order, as they are read."""
    try:
        if path == STDOUT_NAME:
            stream = DATA_STDOUT[0] or sys.stdout
            stream = getattr(stream, "buffer", stream)
            stream.write(data)
            stream.flush()
            return
        with open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))


# While a command's data goes to standard output its log goes to stderr;
# this holds the standard output the data is for (see data_on_stdout).
DATA_STDOUT = [None]


def write_file_atomically(path, data, mode=None):
    """Write `data` to `path` whole or not at all (temp file + rename).

    `mode` defaults to what open() would give a new file; a FatalError names
    the file when it cannot be written. '-', FIFOs and devices are streamed
    to; a symlink is written through to its target.
    """
    write_files_together([(path, data)], mode)


def write_files_together(files, mode=None):
    """Write every (path, data) of `files` whole, or none of them.

    All data goes to temporary files next to their targets first; only when
    every one is written are they renamed into place. A failing rename puts
    back what the ones before it replaced. Streams (see output_kind) are
    written last, once every file is in place.
    """
    streams = [(p, d) for p, d in files if output_kind(p) != "file"]
    regular = [(output_target(p), d) for p, d in files if output_kind(p) == "file"]
    pending, placed = [], []
    try:
        for path, data in regular:
            pending.append((write_temp_beside(path, data, mode), path))
        for tmp, path in pending:
            placed.append((path, keep_old_content(path)))
            rename_into_place(tmp, path)
    except FatalError:
        for path, backup in reversed(placed):
            restore_old_content(path, backup)
        raise
    finally:
        for tmp, _ in pending:
            remove_quietly(tmp)
        for _, backup in placed:
            if backup:
                remove_quietly(backup)
    for path, data in streams:
        write_stream(path, data)


def keep_old_content(path):
    """A hard link to the file `path` names now (None if none), to undo a rename with."""
    if not os.path.isfile(path):
        return None
    backup = "%s.%d.old" % (temp_name_beside(path), os.getpid())
    try:
        os.link(path, backup)
    except OSError:
        try:
            shutil.copyfile(path, backup)     # file systems without hard links (FAT)
        except OSError as e:
            remove_quietly(backup)
            raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    return backup


def restore_old_content(path, backup):
    try:
        if backup:
            os.replace(backup, path)
        else:
            os.unlink(path)
    except OSError:
        pass


def temp_name_beside(path):
    directory, name = os.path.split(os.path.abspath(path))
    return os.path.join(directory, ".%s.%s" % (name, os.urandom(4).hex()))


def write_temp_beside(path, data, mode=None):
    # O_EXCL with mode 0o666 lets the kernel apply the umask, as open() does.
    for _ in range(100):
        tmp = temp_name_beside(path)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as e:
            raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    else:
        raise FatalError("cannot write %s: no free temporary name beside it" % path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
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
    becomes status 130 and never a success message. The line goes to
    sys.stdout as it is then (--json points it at stderr).
    """
    console = ConsoleReporter()
    try:
        return work()
    except FatalError as e:
        console.message("\nA fatal error occurred: %s" % e)
        if e.hint:
            console.message("Hint: %s" % e.hint)
        return 2
    except KeyboardInterrupt:
        console.message("\nInterrupted: the operation did not finish.")
        return 130
    except BrokenPipeError:
        return quiet_after_closed_pipe()


SIGPIPE_EXIT_STATUS = 128 + 13      # what a shell reports for a tool that SIGPIPE ended


def quiet_after_closed_pipe():
    """The reader of our output went away (`| head -1`): end quietly, as Unix tools do.

    Whatever is still buffered for stdout goes nowhere, so the flush at exit
    does not raise the same error again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return SIGPIPE_EXIT_STATUS


class Reporter:
    """Where the engine's words go: messages, warnings and progress.

    This base class drops everything: a Python caller who passes no reporter
    hears nothing. Subclass it (or pass ConsoleReporter()) to see or log them.
    `progress(text, done, total)` is called as work advances (`text` names the
    step, e.g. "Writing at 0x00011000..."); `progress_end()` when it stops.
    """

    def message(self, text, end="\n"):
        pass

    def warning(self, text):
        pass

    def progress(self, text, done, total):
        pass

    def progress_end(self):
        pass

    def digest(self, address, size, md5):
        """The chip's MD5 of `size` flash bytes at `address` matched ours (write_flash,
        verify_flash): --json reports it with the board's result."""


class ConsoleReporter(Reporter):
    """The command line's reporter: the text esptool.py has always printed.

    Progress is a bar on a terminal, one line per tenth otherwise, nothing
    with `show_progress=False` (--no-progress).
    """

    BAR_WIDTH = 30

    def __init__(self, show_progress=True, stream=None):
        self.show_progress = show_progress
        self._stream = stream
        self._last_tenth = None

    @property
    def stream(self):
        return self._stream or sys.stdout     # looked up late: tests swap sys.stdout

    def message(self, text, end="\n"):
        self.stream.write(text + end)
        self.stream.flush()

    def warning(self, text):
        self.message(text)

    def is_tty(self):
        return self.show_progress and hasattr(self.stream, "isatty") and self.stream.isatty()

    def progress(self, text, done, total):
        if not self.show_progress or total <= 0:
            return
        percent = 100 * done // total
        if self.is_tty():
            filled = self.BAR_WIDTH * done // total
            bar = "#" * filled + " " * (self.BAR_WIDTH - filled)
            self.stream.write("\r%s (%d %%) [%s]" % (text, percent, bar))
            self.stream.flush()
        elif percent // 10 != self._last_tenth:
            self._last_tenth = percent // 10
            self.message("%s (%d %%)" % (text, percent))

    def progress_end(self):
        """Clear the bar, so the next message does not land on it."""
        if self.is_tty():
            self.stream.write("\r" + " " * 79 + "\r")
        self._last_tenth = None


class WithoutProgress(Reporter):
    """Another reporter's messages and warnings, but no progress (--no-progress)."""

    def __init__(self, inner):
        self.inner = inner

    def message(self, text, end="\n"):
        self.inner.message(text, end)

    def warning(self, text):
        self.inner.warning(text)

    def digest(self, address, size, md5):
        self.inner.digest(address, size, md5)


def ignore_warning(text):
    """The `warn` callback of a reader nobody listens to."""


def with_paths(args):
    """A copy of argparse namespace `args` with every open file replaced by its path.

    esptool v2.x declared file arguments with argparse.FileType, so scripts
    that call the command functions pass open files; the commands take paths.
    """
    copy = argparse.Namespace(**vars(args))
    for key, value in vars(args).items():
        if isinstance(value, io.IOBase) and isinstance(getattr(value, "name", None), str):
            setattr(copy, key, value.name)
    return copy


def accepts_open_files(command):
    """Decorate a command taking (..., args): v2.x-style open files become paths."""
    @functools.wraps(command)
    def run(*positional):
        *rest, args = positional
        return command(*rest, with_paths(args))
    return run


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
# 2b. Extension seams
# ---------------------------------------------------------------------------
# esptool.py alone does what v2.3 did, on the chips v2.3 knew. What came later
# (partition names, Intel HEX input, merge_bin, many boards and --json, port
# choice, the monitor, the Python session API) lives in the package installed
# beside this file. It plugs in through the seams below when the command line
# starts (load_extensions), or when a Python caller asks for one of its names;
# nothing in this file imports it or names its modules (docs/architecture.md).

EXTENSION_MODULE = "espkit.cli"          # whose register(EXTENSIONS) is called
EXTENSION_INSTALL_HINT = ("it comes with the espkit package, installed with this tool by "
                          "'python3 -m pip install espkit-esptool'")
# Commands a copied-alone esptool.py names when asked for them, so the user
# learns what to install instead of reading the list of v2.3's commands.
EXTENSION_COMMAND_NAMES = ("merge_bin", "partition_table", "list_ports", "monitor")


class Extensions:
    """What an extension adds. Each list is empty and each step None until one registers."""

    def __init__(self):
        self.loaded = False
        self.commands = []              # Command objects, listed after v2.3's
        self.port_args = []             # add(parser): options choosing ports, after --port
        self.global_args = []           # add(parser): options of every command, at the end
        self.command_args = {}          # command name -> [add(parser)] for a core command
        self.input_decoders = []        # decode(address, filename, data) -> regions or None
        self.address_resolvers = []     # resolve(args, esp): partition names -> addresses
        self.file_describers = []       # describe(data, name) -> lines, for a non-image
        self.image_tail_describers = []     # describe(data, image) -> lines after image_info's
        self.list_ports = None          # (filters) -> port names to try without --port
        self.run_command = None         # (args) -> exit status, in place of run_command
        self.leave_command = None       # (esp, args) at a command's end, in place of --after's
        self.usage_error = None         # (error, argv) -> exit status, or None to raise it
        self.url_schemes = {}           # "espsim" -> register(serial) before such a URL opens
        self.link_recovery = None       # (esp) -> what to do when a flash block fails
        self.rom_baud_by_divider = None     # (rom, baud): a ROM without CHANGE_BAUDRATE sped up
        self.argv_expanders = []        # expand(argv) -> argv, before parsing (@file)
        self.image_detail_describers = []   # describe(image) -> lines at image_info's end
        self.deflate = None             # (data) -> zlib level 9 of it (shared between boards)
        self.explain_port_error = None  # (port, error) -> a PortError that says why
        self.rom_sector_planner = None  # (esp, plan, hint): sectors to write, asked of a ROM
        self.reflash_hints = None       # (args) -> {address: what was flashed there last time}
        self.resets = {}                # --before name -> reset(loader) into the bootloader
        self.reset_for_port = []        # pick(loader) -> the --before name its port needs, or None
        self.chip_identifiers = []      # identify(loader) -> (chip class or None, what was read)
        self.api = {}                   # name -> object offered as esptool.<name>


EXTENSIONS = Extensions()


def before_choices():
    """--before's choices (docs/protocol.md §6.6), with the resets extensions add."""
    return ["default_reset"] + list(EXTENSIONS.resets) + ["no_reset"]


def load_extensions():
    """Let the package beside this file register what it adds (once); EXTENSIONS."""
    if EXTENSIONS.loaded:
        return EXTENSIONS
    EXTENSIONS.loaded = True
    try:
        module = importlib.import_module(EXTENSION_MODULE)
    except ImportError as e:
        if e.name not in (EXTENSION_MODULE, EXTENSION_MODULE.split(".")[0]):
            raise                       # the package is there but broken: show why
        return EXTENSIONS               # copied alone: v2.3's commands only
    module.register(EXTENSIONS)
    return EXTENSIONS


def add_extension_args(parser, command_name):
    """The options an extension adds to a core command (write_flash --monitor)."""
    for add in EXTENSIONS.command_args.get(command_name, []):
        add(parser)


def extension_api(name):
    """The function `name` an extension offers Python callers, or a FatalError saying
    what to install."""
    offered = load_extensions().api
    if name not in offered:
        raise FatalError("esptool.%s() is not part of esptool.py alone" % name,
                         hint=EXTENSION_INSTALL_HINT)
    return offered[name]


def __getattr__(name):
    """esptool.connect and the other names an extension offers Python callers."""
    if not name.startswith("__"):
        offered = load_extensions().api
        if name in offered:
            return offered[name]
    raise AttributeError("module 'esptool' has no attribute %r" % name)


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


def chip_restarted(error):
    """True if `error` came with a boot log or crash text: the chip is not where the
    failed request left it, so asking again cannot help."""
    stray = getattr(error, "stray", b"")
    return any(marker in stray for marker in CRASH_MARKERS + BOOT_LOG_MARKERS)


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
    # Called on every frame sent or received (for --trace), so it must be cheap:
    # the Python loop it once was cost 0.2 s of CPU per MiB flashed, per board.
    return bytes(data).hex()


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
    FLASH_SECTOR_MD5 = 0xDA        # ours: per-sector digests (docs/protocol.md §5.13)


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
AFTER_CHOICES = ["hard_reset", "soft_reset", "no_reset"]         # --after (docs/protocol.md §16)
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
ECHO_HINT = ("this line echoes everything back, as a loopback plug (TX wired to RX) or a "
             "terminal program in echo mode does: it is not a chip's bootloader; check the "
             "port and the wiring")


class EchoedBack(FatalError):
    """What was read is what was sent: a loopback, not a chip."""


class StubFailed(FatalError):
    """The flasher stub could not be started or failed its self-check."""


def timeout_per_mb(seconds_per_mb, size):
    """docs/protocol.md §15: scale with the amount of flash touched, never below the default."""
    return min(MAX_TIMEOUT, max(DEFAULT_TIMEOUT, seconds_per_mb * size / 1e6))


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
    scheme = port.split("://", 1)[0].lower() if "://" in port else None
    if scheme in EXTENSIONS.url_schemes:
        EXTENSIONS.url_schemes[scheme](serial)      # e.g. espsim:// from the simulator
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
        if EXTENSIONS.explain_port_error:
            raise EXTENSIONS.explain_port_error(port, e)
        raise PortError("could not open port %s: %s" % (port, e))
    set_port_baudrate(link, baud)
    return link


def set_port_baudrate(link, baud):
    # Set apart from opening: some CH341 drivers open at 9600 (docs/protocol.md §1).
    try:
        link.baudrate = baud
    except (IOError, ValueError) as e:
        raise PortError("failed to set baud rate %d: %s" % (baud, e),
                        hint="the serial driver may not support this rate")


# The chips this tool knows, by their --chip name: each chip class of section 6
# adds itself, as the package beside this file adds the later chips. Everything
# the CLI offers per chip (--chip choices, image commands, detection) comes from here.
CHIPS = {}
# The chip of image commands run with --chip auto when the image does not say
# (elf2image, make_image): v2.3.1's default, so old build scripts get the same files.
DEFAULT_IMAGE_CHIP = "esp8266"

# Our flasher stubs, by the CHIPS name: filled by the generated block at the end
# of this file (flasher_stub/embed.py), where the data stays out of the reader's way.
STUB_IMAGES = {}
STUB_EXPERIMENTAL = set()


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


def detect_chip(port, baud=ESP_ROM_BAUD, connect_mode="default_reset",
                trace_enabled=False, connect_attempts=DEFAULT_CONNECT_ATTEMPTS,
                expected=None, reporter=None):
    """Connect to whatever answers on `port` and return its chip object, an
    instance of the CHIPS class whose CHIP_DETECT_MAGIC_VALUE it reads.

    `expected` (a chip class) names the chip the user asked for: the
    connection messages use its name and a different chip is an error.
    `reporter` receives what there is to say (the console's by default).
    """
    if isinstance(port, str) and port.startswith("socket://"):
        connect_mode = "no_reset"    # docs/protocol.md §18: raw TCP carries no reset lines
    loader = (expected or ESPLoader)(port, baud, trace_enabled, reporter)
    try:
        loader.connect(connect_mode, connect_attempts)
        found = loader.identify_chip(expected)
    except BaseException:
        loader.close()
        raise
    chip = found(loader._link, reporter=loader.reporter)
    chip.boot_log = loader.boot_log
    return chip


def chip_key(chip):
    """The CHIPS name (--chip, the embedded stub's key) of a chip class or its stub class."""
    for name, rom in CHIPS.items():
        if chip is rom or chip is getattr(rom, "STUB_CLASS", None):
            return name
    return chip.CHIP_NAME.lower()      # a class not registered: its name is all there is


def chip_class(name):
    """The CHIPS class of a --chip name (not "auto")."""
    try:
        return CHIPS[name]
    except KeyError:
        raise FatalError("unknown chip '%s'; choose one of %s" % (name, ", ".join(CHIPS)))


class ESPLoader:
    """The serial protocol the ROM loaders of both chips speak.

    A chip class (section 6) fills in the per-chip facts. Instances are made
    with `detect_chip(...)` or `ChipClass(port)` + `connect()`.
    What it has to say goes to `reporter` (a Reporter; the console's by
    default, as scripts written for v2.x expect).
    """

    CHIP_NAME = "Espressif device"
    IS_STUB = False
    STATUS_BYTES_LENGTH = 2
    FLASH_WRITE_SIZE = 0x400            # ROM data block (docs/protocol.md §5.5)
    RAM_BLOCK_SIZE = 0x1800             # MEM_DATA block (docs/protocol.md §5.4)
    FLASH_SECTOR_SIZE = 0x1000
    CHIP_DETECT_MAGIC_REG_ADDR = 0x40001000   # docs/protocol.md §7.1
    CHIP_DETECT_MAGIC_VALUE = None       # None: an extension's identifier tells it apart

    @classmethod
    def magic_values(cls):
        """The values of the magic word at CHIP_DETECT_MAGIC_REG_ADDR that mean this chip."""
        return () if cls.CHIP_DETECT_MAGIC_VALUE is None else (cls.CHIP_DETECT_MAGIC_VALUE,)
    SUPPORTS_COMPRESSED = False
    ROM_LACKS = frozenset()
    ESP_ROM_BAUD = ESP_ROM_BAUD         # v2.x scripts read these two here
    DEFAULT_PORT = DEFAULT_PORT
    # The SPI controller's user-command registers (docs/protocol.md §8.1, docs/chips.md §4)
    SPI_USR_OFFS = 0x1C
    SPI_USR1_OFFS = 0x20
    SPI_USR2_OFFS = 0x24
    SPI_MOSI_DLEN_OFFS = 0x28
    SPI_MISO_DLEN_OFFS = 0x2C
    FLASH_BEGIN_EXTRA = b""             # the ESP-ROM loaders' fifth word (docs/chips.md §2.5)
    IMAGE_RULES = None                  # the ImageRules its images follow (set in section 5)

    # Chip facts the flash engine and the CLI read instead of testing the chip's
    # class; each chip class of section 6 sets its own (docs/adding-a-chip.md).
    BOOTLOADER_FLASH_OFFSET = 0x0
    FLASH_SIZES = {}                    # --flash_size name -> header byte 3 high nibble
    FLASH_FREQ_CODES = FLASH_FREQ_CODES     # -ff name -> its low nibble (docs/chips.md §8)
    IMAGE_HAS_DIGEST = False            # images may carry a SHA-256 after the checksum
    SUPPORTS_SPI_CONNECTION = False     # --spi-connection: the ROM can attach other pins
    ROM_NEEDS_ATTACH_TO_READ_FLASH = True   # attach before the ROM reads flash
    STUB_CHECK_LENGTH = 0x1000          # flash bytes hashed by ROM and stub to check the stub
    UF2_FAMILY_ID = None                # merge_bin --format uf2: the family of this chip
    # UART0's clock divider, where a ROM without CHANGE_BAUDRATE gets a faster rate by
    # a WRITE_REG to it (docs/protocol.md §14.1); None where that is not done.
    ROM_UART_CLKDIV_REG = None

    # Image hooks (docs/adding-a-chip.md): a chip class overrides them with its format.
    @classmethod
    def read_image(cls, data, warn=ignore_warning):
        """Parse a firmware image of this chip: a FirmwareImage (section 5)."""
        raise FatalError("image files of %s are not supported" % cls.CHIP_NAME)

    @classmethod
    def looks_like_image(cls, data):
        """True if `data` is this chip's image and no other's (image commands' --chip auto)."""
        return False

    @classmethod
    def is_flash_mapped(cls, addr):
        """True if `addr` is in the window the chip maps flash into (not RAM)."""
        return False

    @classmethod
    def elf2image_files(cls, image, elf_path, output, version):
        """-> [(file name, bytes)] elf2image writes for `image`."""
        raise FatalError("elf2image cannot make images for %s" % cls.CHIP_NAME)

    def __init__(self, port, baud=ESP_ROM_BAUD, trace_enabled=False, reporter=None):
        """`port`: a device path or URL, an open pyserial port, or a SlipPort."""
        self.reporter = reporter or ConsoleReporter()
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

    @property
    def _port(self):
        """The serial port under the name v2.x scripts reached for."""
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
        packet = None
        if op is not None:
            self.trace("command op=0x%02x data len=%d timeout=%.3f", op, len(data), timeout)
            packet = struct.pack("<BBHI", 0, op, len(data), chk) + data
            self._link.write_frame(packet)
        for _ in range(MAX_STRAY_FRAMES):
            frame = self._link.read_frame(min(timeout, MAX_TIMEOUT))
            if frame == packet:
                raise EchoedBack("the port sent our own request back")
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

    def _connect_attempt(self, mode, esp32r0_delay):
        if mode == "default_reset":
            self.reset_into_bootloader(esp32r0_delay)
        elif mode in EXTENSIONS.resets:
            EXTENSIONS.resets[mode](self)
        if mode != "no_reset":
            self.boot_log += self._link.drain_input(settle=0.05)
        last_error = None
        for _ in range(5):
            try:
                self.flush_input()
                self.serial.reset_output_buffer()
                self.sync()
                return None
            except FatalError as e:
                self.reporter.message("_" if esp32r0_delay else ".", end="")
                time.sleep(0.05)
                last_error = e
        return last_error

    def connect(self, mode="default_reset", attempts=DEFAULT_CONNECT_ATTEMPTS):
        """Reset (unless mode is no_reset) and sync; FatalError when it never answers."""
        for pick in EXTENSIONS.reset_for_port if mode == "default_reset" else ():
            mode = pick(self) or mode     # a chip's own USB port needs its own reset
        self.reporter.message("Connecting...", end="")
        last_error = None
        try:
            attempt = 0
            while attempts <= 0 or attempt < attempts:
                last_error = self._connect_attempt(mode, esp32r0_delay=attempt % 2 == 1)
                if last_error is None:
                    return
                attempt += 1
        finally:
            self.reporter.message("")
        hint = ECHO_HINT if isinstance(last_error, EchoedBack) else CONNECT_HINT
        raise ConnectFailed("Failed to connect to %s: %s" % (self.CHIP_NAME, last_error),
                            hint=diagnose_boot_log(self.boot_log) or hint)

    def on_usb_serial_jtag(self):
        """True on a chip's own USB-Serial-JTAG port; the chips that have one say so."""
        return False

    def keep_awake(self):
        """Before the work: the chips whose watchdogs would reset them mid-work stop them."""

    @staticmethod
    def detect_chip(port, baud=ESP_ROM_BAUD, connect_mode="default_reset",
                    trace_enabled=False, connect_attempts=DEFAULT_CONNECT_ATTEMPTS,
                    expected=None, reporter=None):
        """The v2.3 spelling of the module-level detect_chip(), which scripts call: an
        edge, like the command line, so the chips an extension adds are known."""
        load_extensions()
        return detect_chip(port, baud, connect_mode, trace_enabled, connect_attempts, expected,
                           reporter)

    def identify_chip(self, expected):
        """The chip class of what answers: by GET_SECURITY_INFO's chip ID where the
        ROM has that command (docs/chips.md §2.2), else by the magic word
        (docs/protocol.md §7.1). With --chip esp8266/esp32 only the magic word is
        read, as those ROMs lack the command."""
        if expected is None:
            self.reporter.message("Detecting chip type...", end="")
        found, what = None, None
        if expected is None or expected.CHIP_DETECT_MAGIC_VALUE is None:
            for identify in EXTENSIONS.chip_identifiers:
                found, what = identify(self) or (None, None)
                if what is not None:
                    break
        if what is None:
            magic = self.read_reg(self.CHIP_DETECT_MAGIC_REG_ADDR)
            found = next((c for c in CHIPS.values() if magic in c.magic_values()),
                         None)
            what = "chip magic value 0x%08x" % magic
        if expected is None:
            if found is None:
                self.reporter.message("")
                raise WrongChip("Unexpected %s. Failed to autodetect chip type." % what)
            self.reporter.message(" %s" % found.CHIP_NAME)
            return found
        if found is None:
            self.reporter.warning("WARNING: unexpected %s; going on as %s"
                                  % (what, expected.CHIP_NAME))
            return expected
        if found is not expected:
            raise WrongChip("This chip is %s, not %s." % (found.CHIP_NAME, expected.CHIP_NAME),
                            hint="use --chip %s, or --chip auto" % chip_key(found))
        return expected

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

    def run_stub(self, stub=None):
        """Upload `stub` (a stub_image() dict; ours by default), start it, wait
        for its greeting.

        Returns the stub loader object; StubFailed if the stub never greets.
        """
        if stub is None:
            stub = stub_image(self.CHIP_NAME)
        self.reporter.message("Uploading stub...")
        segments = [(stub[name + "_start"], stub[name]) for name in ("text", "data")
                    if stub.get(name)]
        for address, data in segments:
            blocks = div_roundup(len(data), self.RAM_BLOCK_SIZE)
            self.mem_begin(len(data), blocks, self.RAM_BLOCK_SIZE, address)
            for seq in range(blocks):
                start = seq * self.RAM_BLOCK_SIZE
                self.mem_block(data[start:start + self.RAM_BLOCK_SIZE], seq)
        self.reporter.message("Running stub...")
        self._link.write_frame(struct.pack("<BBHI", 0, Op.MEM_END, 8, 0)
                               + struct.pack("<II", 0, stub["entry"]))
        self.wait_for_greeting()
        self.reporter.message("Stub running...")
        self.flush_input()
        return self.STUB_CLASS(self._link, reporter=self.reporter)

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

    def change_baud(self, baud, announce=True):
        self.require(Op.CHANGE_BAUDRATE, "changing the baud rate")
        if announce:
            self.reporter.message("Changing baud rate to %d" % baud)
        old = self.serial.baudrate if self.IS_STUB else 0
        self.command(Op.CHANGE_BAUDRATE, struct.pack("<II", self.baud_word(baud), old))
        if announce:
            self.reporter.message("Changed.")
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

    def labelled_macs(self):
        """What read_mac prints, as (label, MAC): one line here; chips with more override it."""
        return [("MAC", self.read_mac())]

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
        """Read flash the way this loader can; chip classes say how (section 6)."""
        # Read requests carry no checksum: a damaged address reads the wrong
        # bytes silently. Where the chip can hash, make it confirm the result;
        # where it cannot, every chunk is read until two reads agree.
        # A read the chip's MD5 contradicts is read once more, chunk by chunk until
        # two reads agree, before it is an error.
        lacks_md5 = Op.SPI_FLASH_MD5 in self.ROM_LACKS
        data = self.read_flash_chunks(offset, length, progress, confirm=lacks_md5)
        if not lacks_md5:
            flash_md5 = self.asked_again(self.flash_md5sum, offset, length)
            if flash_md5 != hashlib.md5(data).hexdigest():
                self.trace("read damaged on the way; reading it again, each chunk twice")
                data = self.read_flash_chunks(offset, length, progress, confirm=True)
            if flash_md5 != hashlib.md5(data).hexdigest():
                raise FatalError("Flash read was damaged on the way: the data read hashes to %s, "
                                 "the chip's MD5 of that flash is %s"
                                 % (hashlib.md5(data).hexdigest(), flash_md5))
        return bytes(data)

    def read_flash_chunks(self, offset, length, progress=None, confirm=False):
        data = bytearray()
        read = self.read_flash_chunk_twice if confirm else self.read_flash_chunk
        for chunk_offset, chunk_len in chunked(offset, length, self.ROM_READ_CHUNK):
            data += self.asked_again(read, chunk_offset, chunk_len)
            if progress:
                progress(len(data), length)
        return data

    def read_flash_chunk_twice(self, offset, length):
        """A chunk that two reads agree on (a damaged request makes one read differ)."""
        reads = []
        for _ in range(ROM_READ_ATTEMPTS + 1):
            chunk = self.read_flash_chunk(offset, length)
            if chunk in reads:
                return chunk
            reads.append(chunk)
        raise FatalError("reads of flash at 0x%x disagree (a damaged link?)" % offset)

    def asked_again(self, request, *args):
        """A request that changes nothing on the chip (a read, an MD5): after a garbled
        request or a lost reply it is simply asked again, a bounded number of times."""
        for attempt in range(1, ROM_READ_ATTEMPTS + 1):
            try:
                return request(*args)
            except FatalError as e:
                if attempt == ROM_READ_ATTEMPTS or chip_restarted(e):
                    raise
                self.trace("%s%r failed (%s); asking again", request.__name__, args, e)
                time.sleep(0.05)
                self.flush_input()

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
        """MD5 for loaders without SPI_FLASH_MD5: read the range and hash it here. One read
        per chunk: this is compared with known data, and a damaged read can only differ."""
        return hashlib.md5(self.read_flash_chunks(addr, size, progress)).hexdigest()

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

    def erased_past(self, offset, size):
        """(start, end) of flash that a download's erase wipes beyond the region, or None."""
        return None

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


ROM_READ_ATTEMPTS = 3


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
# 5. ELF and firmware images
# ---------------------------------------------------------------------------
#
# Everything here turns bytes into objects and objects into bytes; the image
# commands of section 8 do the file I/O. The layouts are those of
# docs/image-format.md, written byte for byte the way upstream esptool v2.3.1 does.
# Readers report oddities through a `warn` callback (by default nobody hears them).

ESP_IMAGE_MAGIC = 0xE9            # ESP8266 v1 and ESP32 images, docs/image-format.md §1.1
ESP8266_V2_IMAGE_MAGIC = 0xEA     # first header of an ESP8266 v2 image, docs/image-format.md §4.2
ESP8266_V2_HEADER_BYTE1 = 4       # a constant in that header, not a count
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

    @property
    def checksum(self):
        """The checksum byte stored in the image (v2.x's name for it)."""
        return self.stored_checksum

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
            raise FatalError("Invalid firmware image magic=0x%02x segments=%d "
                             "(expected magic 0x%02x and at most %d segments)"
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


def read_esp8266_image(data, warn=ignore_warning):
    """Parse an ESP8266 v1 or v2 image, told apart by the first byte (docs/image-format.md §3.4)."""
    if not data:
        raise FatalError("image file is empty")
    if data[0] == ESP_IMAGE_MAGIC:
        return read_esp8266_v1_image(data, warn)
    if data[0] == ESP8266_V2_IMAGE_MAGIC:
        return read_esp8266_v2_image(data, warn)
    raise FatalError("Invalid image magic number: 0x%02x" % data[0])


def read_esp8266_v1_image(data, warn=ignore_warning):
    image = FirmwareImage("esp8266", version=1)
    reader = ImageReader(data)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    image.segments = [reader.read_segment(warn) for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    return image


def read_esp8266_v2_image(data, warn=ignore_warning):
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


def read_esp32_image(data, warn=ignore_warning, chip="esp32"):
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


def read_firmware_image(chip, data, warn=ignore_warning):
    """Parse an image for `chip`, a CHIPS name or "auto" (docs/image-format.md §8)."""
    if chip == "auto":
        chip = image_chip(data)
    image = chip_class(chip).read_image(data, warn)
    image.chip = chip
    return image


def image_chip(data):
    """The CHIPS name of the first chip that claims the image, else DEFAULT_IMAGE_CHIP."""
    return next((name for name, chip in CHIPS.items() if chip.looks_like_image(data)),
                DEFAULT_IMAGE_CHIP)


def chip_of_image(data):
    """The CHIPS name an ESP32-style image's chip_id field names; "esp32" if none does."""
    chip_id = struct.unpack_from("<H", data, 12)[0]
    return next((name for name, c in CHIPS.items() if c.IMAGE_RULES.NAMES_CHIP
                 and c.IMAGE_CHIP_ID == chip_id), "esp32")


# --- Reading ELF files ------------------------------------------------------

ELF_HEADER = struct.Struct("<16sHHIIIIIHHHHHH")   # ELF32 file header, docs/image-format.md §6.1
ELF_SECTION_HEADER = struct.Struct("<IIIIII")      # the first 6 words of 10
ELF_SECTION_HEADER_LEN = 0x28
ELF_MAGIC = b"\x7fELF"
EM_XTENSA = 0x5E
SHT_PROGBITS = 1
SHT_STRTAB = 3


def looks_like_elf(data):
    return data[:4] == ELF_MAGIC


class ELFFile:
    """What elf2image takes from an ELF32 file: the entry point and, in
    section-header order, every PROGBITS section with a load address (docs/image-format.md §6.2).

    `ELFFile(path)` reads a file, as in v2.x (whose subclasses override
    `_read_elf_file(f)`); `ELFFile(data, name)` parses bytes.
    """

    SEC_TYPE_PROGBITS = SHT_PROGBITS      # v2.x's names, used by its subclasses
    SEC_TYPE_STRTAB = SHT_STRTAB

    def __init__(self, data, name=None, warn=ignore_warning):
        self._warn = warn
        if name is not None:
            self.name = name
            self.entrypoint, self.sections = parse_elf(data, name, warn)
            return
        self.name = data
        try:
            with open(self.name, "rb") as f:
                self._read_elf_file(f)
        except OSError as e:
            raise FatalError("cannot read ELF file %s: %s" % (self.name, e.strerror or e))

    def _read_elf_file(self, f):
        self.entrypoint, self.sections = parse_elf(f.read(), self.name, self._warn)

    @classmethod
    def load(cls, path, warn=ignore_warning):
        return cls(read_input_file(path, "ELF file"), path, warn)

    def get_section(self, section_name):
        for section in self.sections:
            if section.name == section_name:
                return section
        raise ValueError("No section %s in ELF file" % section_name)


class ELFSection(ImageSegment):
    """A named ELF section: v2.x's class, kept for scripts that subclass it."""

    def __init__(self, name, addr, data):
        super().__init__(addr, data, name=name)


def LoadFirmwareImage(chip, filename):
    """v2.x's image reader, kept for scripts: the image in `filename`, parsed as
    an ESP32 image if `chip` is "esp32", else as an ESP8266 one."""
    chip = "esp32" if str(chip).lower() == "esp32" else "esp8266"
    return read_firmware_image(chip, read_input_file(filename, "image"),
                               warn=ConsoleReporter().warning)


def parse_elf(data, name, warn=ignore_warning):
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
    names = read_elf_section_names(data, name, headers[shstrndx], warn)
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


def read_elf_section_names(data, name, header, warn):
    _name_offs, sec_type, _flags, _addr, offset, size = header
    if sec_type != SHT_STRTAB:
        warn("WARNING: ELF file has incorrect STRTAB section type 0x%02x" % sec_type)
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
    chip = chip_class(chip)
    if flash_mode not in FLASH_MODE_CODES:
        raise FatalError("unknown flash mode '%s'; choose one of %s"
                         % (flash_mode, ", ".join(FLASH_MODE_CODES)))
    if flash_size not in chip.FLASH_SIZES:
        raise FatalError("flash size '%s' is not valid for %s; choose one of %s"
                         % (flash_size, chip.CHIP_NAME, ", ".join(chip.FLASH_SIZES)))
    freq = flash_freq_code(chip, flash_freq)
    return FLASH_MODE_CODES[flash_mode], chip.FLASH_SIZES[flash_size] + freq


def flash_freq_code(chip, name):
    """`chip`'s header nibble for -ff `name` (docs/chips.md §8); None (no -ff) is 0 everywhere."""
    if name is not None and name not in chip.FLASH_FREQ_CODES:
        raise FatalError("flash frequency %s is not supported by %s; choose one of %s"
                         % (name, chip.CHIP_NAME, ", ".join(chip.FLASH_FREQ_CODES)))
    return chip.FLASH_FREQ_CODES.get(name, 0)


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


def esp8266_elf2image_files(image, elf_path, output, version):
    """-> [(file name, bytes)], named as v2.3.1 names them (docs/image-format.md §3.1, §4.1)."""
    if int(version) == 2:
        name = output if output is not None else esp8266_v2_default_name(elf_path, image.segments)
        return [(name, esp8266_v2_bytes(image))]
    return esp8266_v1_files(image, output if output is not None else elf_path + "-")


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


def check_one_segment_per_mmu_page(flash_segments, page=ESP32_MMU_PAGE_SIZE):
    """Two flash segments in one MMU page cannot both be mapped (docs/image-format.md §5.4 step 3)."""
    for previous, segment in zip(flash_segments, flash_segments[1:]):
        if segment.addr // page == previous.addr // page:
            raise FatalError("Segment loaded at 0x%08x lands in same %dKB flash mapping as segment "
                             "loaded at 0x%08x. Can't generate binary: merge these sections in "
                             "the linker script." % (segment.addr, page // 1024, previous.addr))


def esp32_padding_needed(pos, addr, page=ESP32_MMU_PAGE_SIZE):
    """Data bytes of a padding segment to write at `pos` so that the flash
    segment for `addr` then starts at an offset congruent to `addr` modulo
    the MMU page (64 KiB, or a later chip's); None if it already would.

    The arithmetic is v2.3.1's (docs/image-format.md §5.4 step 4), including its quirk of padding
    a whole extra page in some cases: images must come out identical.
    """
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


# --- Describing images (image_info) ----------------------------------------

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
    for describe in EXTENSIONS.image_detail_describers:
        lines += describe(image)
    return lines


# --- Image rules: whose elf2image a chip's images reproduce ----------------

class ImageRules:
    """Whose elf2image and image_info a chip's images reproduce. A chip holds one
    as IMAGE_RULES; a later mode may hand it another. These are v2.3.1's; the
    package beside this file holds upstream 5.x's, for the chips v2.3.1 never knew."""

    NAME = "2.3.1"
    NAMES_CHIP = False          # images carry the chip ID that names their chip
    FROM_PYTHON = True          # esptool.elf2image() can make them
    ELF2IMAGE_OPTIONS = ()      # elf2image options (dest names) beyond v2.3's these take

    def elf2image_command(self, args):
        """The elf2image command for args.chip ("auto": the ESP8266): the files, written whole."""
        outputs = elf_image_files(args.input, args.chip, args.output, int(args.version),
                                  args.flash_mode, args.flash_freq, args.flash_size,
                                  ConsoleReporter())
        write_files_together(outputs)
        return dict(outputs)


V231_IMAGE_RULES = ImageRules()
ESPLoader.IMAGE_RULES = V231_IMAGE_RULES


def elf_image_files(input, chip, output, version, flash_mode, flash_freq, flash_size, reporter):
    """[(file name, bytes)] elf2image makes of ELF file `input` by v2.3.1's rules."""
    elf = ELFFile.load(input, warn=reporter.warning)
    if chip == "auto":     # v2.3.1's default, kept so old build scripts get the same image
        chip = DEFAULT_IMAGE_CHIP
        reporter.message("Creating image for %s..." % CHIPS[chip].CHIP_NAME)
    mode, size_freq = image_flash_params(chip, flash_mode, flash_size, flash_freq)
    image = FirmwareImage(chip, entrypoint=elf.entrypoint, flash_mode=mode,
                          flash_size_freq=size_freq, segments=elf.sections)
    return elf2image_outputs(image, input, output, version)


def refuse_options_of_other_rules(args, rules):
    """An option another chip's image rules take but this chip's do not (5.x's
    --min-rev for an ESP32) is refused: ignoring it would write an image the user
    did not ask for."""
    others = {name: chip for chip in CHIPS.values()
              for name in chip.IMAGE_RULES.ELF2IMAGE_OPTIONS}
    given = [name for name in others
             if name not in rules.ELF2IMAGE_OPTIONS and getattr(args, name, None)]
    if given:
        takers = [key for key, chip in CHIPS.items()
                  if given[0] in chip.IMAGE_RULES.ELF2IMAGE_OPTIONS]
        raise FatalError("--%s applies only to the chips whose images follow upstream 5.x "
                         "(%s), not to %s" % (given[0].replace("_", "-"), ", ".join(takers),
                                              "ESP8266 (the default)" if args.chip == "auto"
                                              else CHIPS[args.chip].CHIP_NAME))


def elf2image_outputs(image, input, output, version):
    """-> [(file name, bytes)]: the chip's elf2image_files hook decides."""
    return CHIPS[image.chip].elf2image_files(image, input, output, version)


# ---------------------------------------------------------------------------
# 6. Chip classes
# ---------------------------------------------------------------------------

class ESP8266ROM(ESPLoader):
    """ESP8266 (and ESP8285) mask-ROM loader."""

    CHIP_NAME = "ESP8266"
    UF2_FAMILY_ID = 0x7EAB61ED         # docs/files.md §2.3
    CHIP_DETECT_MAGIC_VALUE = 0xFFF0C101
    BOOTLOADER_FLASH_OFFSET = 0x0      # its 2-byte status, no compressed download: the defaults
    # The host reads this ROM's flash through the SPI registers as reset left them
    # (docs/protocol.md §8.2): no attach (an empty FLASH_BEGIN, §5.7) before the stub check.
    ROM_NEEDS_ATTACH_TO_READ_FLASH = False
    STUB_CHECK_LENGTH = 64         # read by SPI registers, 64 bytes a command: keep it short
    # docs/protocol.md §5.1: this ROM implements exactly opcodes 0x02-0x0A.
    ROM_LACKS = frozenset(op for op in Op if not Op.FLASH_BEGIN <= op <= Op.READ_REG)
    ROM_UART_CLKDIV_REG = 0x60000014    # UART0 base + 0x14 (docs/protocol.md §7.4, §14.1)

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

    # -- images (section 5 holds the format code these hooks call) --------

    @classmethod
    def read_image(cls, data, warn=ignore_warning):
        return read_esp8266_image(data, warn)

    @classmethod
    def is_flash_mapped(cls, addr):
        return is_esp8266_irom_addr(addr)

    @classmethod
    def elf2image_files(cls, image, elf_path, output, version):
        return esp8266_elf2image_files(image, elf_path, output, version)

    def otp_bits(self):
        """The 128 OTP bits as one number; read high word first, as v2.3.1 does."""
        words = [self.read_reg(a) for a in (self.ESP_OTP_MAC3, self.ESP_OTP_W2,
                                            self.ESP_OTP_MAC1, self.ESP_OTP_MAC0)]
        return words[0] << 96 | words[1] << 64 | words[2] << 32 | words[3]

    def get_chip_description(self):
        return "ESP8285" if self.otp_bits() & (1 << 4 | 1 << 80) else "ESP8266EX"

    def get_chip_features(self):
        return ["WiFi"] + (["Embedded Flash"] if self.get_chip_description() == "ESP8285" else [])

    def chip_id(self):
        mac0, mac1 = self.read_reg(self.ESP_OTP_MAC0), self.read_reg(self.ESP_OTP_MAC1)
        return (mac0 >> 24) | ((mac1 & 0xFFFFFF) << 8)

    def read_mac(self):
        mac0, mac1, mac3 = (self.read_reg(address) for address in
                            (self.ESP_OTP_MAC0, self.ESP_OTP_MAC1, self.ESP_OTP_MAC3))
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

    def erased_past(self, offset, size):
        """docs/protocol.md §11.4: asked for E sectors, this ROM erases min(H, E) + E; for an
        odd, small count that is one sector more than the region covers."""
        sector = self.FLASH_SECTOR_SIZE
        first = offset // sector
        asked = self.flash_erase_size(offset, size) // sector
        erased_end = (first + min(16 - first % 16, asked) + asked) * sector
        needed_end = pad_to_multiple(offset + size, sector)
        return (needed_end, erased_end) if erased_end > needed_end else None

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
    UF2_FAMILY_ID = 0x1C5F21B0         # docs/files.md §2.3
    CHIP_DETECT_MAGIC_VALUE = 0x00F01D83
    IMAGE_CHIP_ID = 0                     # the extended header's chip_id (docs/image-format.md §5.2)
    STATUS_BYTES_LENGTH = 4
    BOOTLOADER_FLASH_OFFSET = 0x1000
    SUPPORTS_COMPRESSED = True
    IMAGE_HAS_DIGEST = True
    SUPPORTS_SPI_CONNECTION = True
    ROM_LACKS = frozenset({Op.ERASE_FLASH, Op.ERASE_REGION, Op.READ_FLASH, Op.RUN_USER_CODE,
                           Op.FLASH_SECTOR_MD5})

    # The 0x6000xxxx aliases v2.3.1 uses, so our packets match its packets
    # (docs/protocol.md §7.3, §8.1: both aliases reach the same registers).
    SPI_REG_BASE = 0x60002000      # SPI1
    EFUSE_REG_BASE = 0x6001A000
    SPI_W0_OFFS = 0x80
    SPI_ADDR_REG_MSB = True
    ROM_READ_CHUNK = 64            # READ_FLASH_SLOW (docs/protocol.md §12.2)

    FLASH_SIZES = ESP32_FLASH_SIZES

    # -- images (section 5 holds the format code these hooks call) --------

    @classmethod
    def read_image(cls, data, warn=ignore_warning):
        return read_esp32_image(data, warn, chip_key(cls))

    @classmethod
    def looks_like_image(cls, data):
        """ESP32-style images name their chip in the extended header (docs/chips.md)."""
        return looks_like_esp32_image(data) and chip_of_image(data) == chip_key(cls)

    @classmethod
    def is_flash_mapped(cls, addr):
        return is_esp32_flash_addr(addr)

    @classmethod
    def elf2image_files(cls, image, elf_path, output, version):
        name = output if output is not None else os.path.splitext(elf_path)[0] + ".bin"
        return [(name, esp32_image_bytes(image))]

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

    def erased_past(self, offset, size):
        return None

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

    def flash_sector_md5(self, addr, size):
        """FLASH_SECTOR_MD5 (docs/protocol.md §5.13): the raw MD5 of every whole sector that
        [addr, addr+size) touches, and the MD5 of exactly that range (lowercase hex)."""
        first = addr - addr % self.FLASH_SECTOR_SIZE
        sectors = div_roundup(addr + size - first, self.FLASH_SECTOR_SIZE)
        result = self.check_command("calculate sector digests", Op.FLASH_SECTOR_MD5,
                                    struct.pack("<II", addr, size),
                                    timeout=timeout_per_mb(MD5_TIMEOUT_PER_MB,
                                                           sectors * self.FLASH_SECTOR_SIZE))
        if not isinstance(result, bytes) or len(result) != 16 * (sectors + 1):
            raise FatalError("Sector digests: expected %d bytes, got %r"
                             % (16 * (sectors + 1), result))
        digests = [result[i:i + 16] for i in range(0, 16 * sectors, 16)]
        return digests, hexify(result[-16:])

    def run(self, reboot=False):
        """docs/protocol.md §16: FLASH_END would make a stub reset into the ROM loader; the
        ESP8266 stub starts the firmware with RUN_USER_CODE instead."""
        if Op.RUN_USER_CODE in self.ROM_LACKS:
            return ESPLoader.run(self, reboot)
        self._link.write_frame(struct.pack("<BBHI", 0, Op.RUN_USER_CODE, 0, 0))

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


ESP8266ROM.STUB_CLASS = ESP8266StubLoader
ESP32ROM.STUB_CLASS = ESP32StubLoader
CHIPS.update(esp8266=ESP8266ROM, esp32=ESP32ROM)

# ---------------------------------------------------------------------------
# 7. Connecting and the flash engine
# ---------------------------------------------------------------------------
#
# Keyword arguments, no argparse: the command line (section 9) and the Python
# API (espkit.api) call the same functions. Everything here reports through the
# chip's reporter (`esp.reporter`).

# -- connect, prepare, leave (docs/protocol.md §9) --------------------------------

def connect_to_chip(port, *, chip, baud, before, trace, connect_attempts, reporter):
    """Open `port`, reset, sync, identify (docs/protocol.md §9 steps 1-3) -> its ROM loader.

    `chip`: "auto" or a CHIPS name (another chip answering is WrongChip). The link
    starts at 115200, or at `baud` if that is lower; prepare_chip() moves it up.
    `reporter`: None is the console's."""
    expected = None if chip == "auto" else chip_class(chip)
    return detect_chip(port, min(ESP_ROM_BAUD, baud), before, trace, connect_attempts,
                       expected, reporter)


def prepare_chip(esp, *, baud, use_stub, before, connect_attempts, spi_connection=None,
                 flash_size=None):
    """docs/protocol.md §9 steps 3-7 on a connected chip: describe it, upload the stub,
    change the baud rate, attach the flash and (given `flash_size`) set its size.

    -> (the loader to work with: the stub's, or the ROM's if `use_stub` is False
    or the stub failed; None without `flash_size`, else choose_flash_size()'s pair).
    `before` and `connect_attempts` are for reconnecting to the ROM after a failed
    stub; `spi_connection` (None: the default pins) is --spi-connection's word."""
    say = esp.reporter.message
    say("Chip is %s" % esp.get_chip_description())
    say("Features: %s" % ", ".join(esp.get_chip_features()))
    esp.keep_awake()
    if use_stub:
        # Change the rate while the ROM runs, before the upload: the ~10 KB stub takes
        # 0.9 s at 115200 and 0.1 s at 921600, the largest part of a reflash's fixed
        # cost. The stub keeps the UART divider it finds.
        if baud > ESP_ROM_BAUD:
            change_rom_baud_before_upload(esp, baud=baud, before=before,
                                          connect_attempts=connect_attempts)
        esp = start_stub_or_stay_in_rom(esp, before=before, connect_attempts=connect_attempts,
                                        spi_connection=spi_connection)
    if baud > ESP_ROM_BAUD and esp.serial.baudrate != baud:
        if Op.CHANGE_BAUDRATE in esp.ROM_LACKS:
            esp.reporter.warning("WARNING: ROM doesn't support changing baud rate. Keeping "
                                 "initial baud rate %d" % ESP_ROM_BAUD)
        else:
            esp.change_baud(baud)
    attach_flash(esp, spi_connection)
    return esp, None if flash_size is None else configure_flash_size(esp, flash_size)


def attach_flash(esp, spi_connection=None):
    """The ROM loader reaches flash only once attached (docs/protocol.md §5.12); a stub
    attached the default pins when it started, so it needs attaching only to others."""
    if spi_connection is not None:
        if not esp.SUPPORTS_SPI_CONNECTION:
            raise FatalError("Chip %s does not support --spi-connection option." % esp.CHIP_NAME)
        esp.reporter.message("Configuring SPI flash mode...")
        esp.flash_spi_attach(spi_connection)
    elif not esp.IS_STUB:
        esp.reporter.message("Enabling default SPI flash mode...")
        esp.flash_spi_attach(0)


def configure_flash_size(esp, name):
    """Tell the loader the flash's size: --flash_size detect/keep/NAME ->
    (the name for image headers, the size in bytes), as choose_flash_size()."""
    esp.reporter.message("Configuring flash size...")
    name, size = choose_flash_size(esp, name)
    esp.flash_set_parameters(size)
    if size > 16 << 20 and not (esp.IS_STUB and getattr(esp, "FLASH_32BIT_ADDR", False)):
        # docs/chips.md §4: only the ESP32-S3's stub reaches flash above 16 MB
        esp.reporter.message("Note: flash above 16MB is not reachable with 24-bit addresses; "
                             "change the flash size if this fails")
    return name, size


def change_rom_baud_before_upload(rom, *, baud, before, connect_attempts):
    """The ESP32 ROM has CHANGE_BAUDRATE; the ESP8266 ROM gets the rate through its UART
    divider where an extension knows how (docs/protocol.md §14.1; v2.3 left it at
    115200 until the stub ran). If the chip is lost on the way, reconnect (with
    `before`'s reset) at 115200 and go on as without this: the stub changes the rate
    after its upload."""
    if Op.CHANGE_BAUDRATE not in rom.ROM_LACKS:
        rom.change_baud(baud)
    elif rom.ROM_UART_CLKDIV_REG is not None and EXTENSIONS.rom_baud_by_divider:
        try:
            EXTENSIONS.rom_baud_by_divider(rom, baud)
        except FatalError as e:
            rom.reporter.message("Note: %s; reconnecting at %d to upload the stub."
                                 % (e, ESP_ROM_BAUD))
            set_port_baudrate(rom.serial, ESP_ROM_BAUD)
            rom.connect(before, connect_attempts)


def start_stub_or_stay_in_rom(rom, *, before, connect_attempts, spi_connection=None):
    """Upload our stub; if it does not start or answers wrongly, warn, reset back
    into the ROM loader (`before`'s reset) and go on there (issue 6: never worse
    than --no-stub)."""
    try:
        stub_code = stub_image(chip_key(type(rom)))
    except FatalError as e:
        rom.reporter.message("Note: %s; going on with the ROM loader (as with --no-stub)." % e)
        return rom
    reference = rom_flash_digest(rom, spi_connection)
    try:
        stub = rom.run_stub(stub_code)
        check_stub(stub, reference)
        return stub
    except FatalError as e:    # no greeting, a wrong self-check, a reset mid-upload
        rom.reporter.warning("WARNING: the flasher stub failed: %s. Going on with the ROM loader "
                             "(as with --no-stub)." % e)
    set_port_baudrate(rom.serial, ESP_ROM_BAUD)    # a reset ROM syncs at 115200 again
    rom.connect(before, connect_attempts)
    return rom


def rom_flash_digest(rom, spi_connection=None):
    """MD5 of the first bytes of flash as the ROM sees them, to check the stub with;
    read through the pins the work will use (`spi_connection`, None: the default)."""
    if rom.ROM_NEEDS_ATTACH_TO_READ_FLASH:
        rom.flash_spi_attach(spi_connection or 0)
    length = rom.STUB_CHECK_LENGTH
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
        esp.reporter.message("Hard resetting via RTS pin...")
        esp.hard_reset()
    elif after == "soft_reset":
        esp.reporter.message("Soft resetting...")
        esp.soft_reset(False)
    else:
        esp.reporter.message("Staying in bootloader.")
        esp.soft_reset(True)


def check_range_in_flash(esp, address, size, flash_size=None):
    """Refuse a read or erase past the end of flash, before anything is read or erased.

    Ranges inside the smallest flash this chip comes with need not ask the chip;
    `flash_size` (bytes), where known, saves asking it."""
    end = address + size
    if end <= min(flash_size_bytes(name) for name in esp.FLASH_SIZES):
        return
    if flash_size is None:
        flash_size = flash_size_bytes(detected_flash_size(esp))
    if end > flash_size:
        raise FatalError("0x%x bytes at 0x%x reach past the end of the %d KiB flash (0x%x)"
                         % (size, address, flash_size // 1024, flash_size),
                         hint="check the address and size; the flash ends at 0x%x" % flash_size)


# -- the flash engine: plans and sends, reports through esp.reporter ----------

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


def flash_files(files):
    """What to write where -> [(address, name, data)] by address.

    `files`: {address: bytes or path}, or pairs (address, bytes, path or an
    open file), or the command line's (address, name, data) triples.
    """
    pairs = files.items() if isinstance(files, dict) else files
    triples = []
    for entry in pairs:
        if len(entry) == 3:
            triples.append(tuple(entry))
            continue
        address, source = entry
        if isinstance(source, (bytes, bytearray, memoryview)):
            triples.append((address, "<%d bytes>" % len(source), bytes(source)))
        elif hasattr(source, "read"):      # an open file, as v2.x's argparse gave it
            triples.append((address, getattr(source, "name", "<file>"), source.read()))
        else:
            triples.append((address, str(source), read_input_file(source, "file")))
    return sorted(triples, key=lambda triple: triple[0])


def plan_flash_regions(esp, files, flash_size, flash_mode="keep", flash_freq="keep",
                       header_size="keep"):
    """Pad and patch every (address, name, data) and check the set, before anything is erased.

    `flash_size` is the flash's size in bytes; `flash_mode`, `flash_freq` and
    `header_size` go into a bootloader's header unless "keep".
    """
    if flash_freq != "keep":     # refused even where no header is patched (docs/differences.md)
        flash_freq_code(esp, flash_freq)
    regions = []
    for address, filename, data in files:
        if address % 4:
            raise FatalError("Address 0x%x of %s is not a multiple of 4" % (address, filename))
        if not data:
            esp.reporter.warning("WARNING: File %s is empty" % filename)
            continue
        image = patch_flash_params(esp, address, pad_to(data, 4, b"\xff"),
                                   flash_mode, flash_freq, header_size)
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
            # Upstream's words first: scripts and upstream's tests match them.
            raise FatalError("Detected overlap at address: 0x%x for file: %s (the sector it "
                             "starts in is also written by %s)"
                             % (region.address, region.filename, previous.filename))
        previous = region


def patch_flash_params(esp, address, image, flash_mode="keep", flash_freq="keep",
                       flash_size="keep"):
    """docs/image-format.md §9: set mode/freq/size in a bootloader image's header, and
    keep an appended SHA-256 valid (v2.3.1 left it stale)."""
    if len(image) < 8 or address != esp.BOOTLOADER_FLASH_OFFSET or image[0] != 0xE9:
        return image
    mode, size_freq = image[2], image[3]
    if flash_mode != "keep":
        mode = FLASH_MODE_CODES[flash_mode]
    freq = size_freq & 0x0F
    if flash_freq != "keep":
        freq = flash_freq_code(esp, flash_freq)
    size = size_freq & 0xF0
    if flash_size != "keep":
        size = flash_size_code(esp, flash_size)
    params = bytes([mode, size | freq])
    if params == image[2:4]:
        return image
    esp.reporter.message("Flash params set to 0x%04x" % struct.unpack(">H", params))
    patched = image[:2] + params + image[4:]
    if esp.IMAGE_HAS_DIGEST and len(image) > 23 and image[23] == 1:   # hash_appended (docs/image-format.md §5.2)
        patched = refresh_appended_digest(patched, esp.reporter)
    return patched


def flash_size_code(esp, name):
    try:
        return esp.FLASH_SIZES[name]
    except KeyError:
        raise FatalError("Flash size '%s' is not supported by this chip type. Supported sizes: %s"
                         % (name, ", ".join(esp.FLASH_SIZES)))


def refresh_appended_digest(image, reporter):
    """Recompute the SHA-256 an ESP32 image carries after its checksum byte."""
    try:
        length = esp32_image_length(image)
    except FatalError as e:
        reporter.warning("WARNING: could not update the image's SHA-256 digest: %s" % e)
        return image
    if len(image) < length + 32:
        reporter.warning("WARNING: the image is too short to hold its SHA-256 digest; "
                         "not updated")
        return image
    digest = hashlib.sha256(image[:length]).digest()
    reporter.message("SHA digest in image updated")
    return image[:length] + digest + image[length + 32:]


def resolve_compression(esp, compress=None):
    """True/False as asked (-z / -u), None: compress whenever the loader can (ESP32 ROM, any stub)."""
    if compress is None:
        return esp.SUPPORTS_COMPRESSED
    if compress and not esp.SUPPORTS_COMPRESSED:
        raise FatalError("%s ROM does not support compressed download" % esp.CHIP_NAME,
                         hint="leave out --compress/-z, or run without --no-stub")
    return bool(compress)


def write_regions(esp, regions, compress, progress=None, skip=True, hints=None, verifying=False):
    """Write planned regions, check each one's MD5, close the flash session.

    `progress(done, total)` hears the bytes of all regions written so far.
    `skip`: ask the chip first and send only the sectors that differ (fast
    reflash); `hints`: address -> what was flashed there last time (--diff-with);
    `verifying`: a --verify read-back follows (a ROM without MD5 need not read twice).
    """
    total, before = sum(len(region.data) for region in regions), 0
    skip = skip and reflash_skips(esp, regions)
    hints = hints or {}
    for region in regions:
        if not esp.IS_STUB:
            esp.reporter.message("Erasing flash...")

        def written(done, start=before):
            if progress:
                progress(start + done, total)

        plan = plan_sector_writes(esp, region, hints.get(region.address)) if skip else None
        write_and_check_region(esp, region, compress, written, plan, verifying)
        before += len(region.data)
    esp.reporter.message("\nLeaving...")
    if esp.IS_STUB:
        # docs/protocol.md §11.8: close the session, keep the stub running (flag 1).
        esp.flash_begin(0, 0)
        (esp.flash_defl_finish if compress else esp.flash_finish)(False)


def send_flash_region(esp, region, compress, written=None, announce=True, recovery=None):
    """Write one region; a block that fails (a checksum error, a timeout) is handed to
    `recovery` (link_recovery(): resent where an extension knows how). Returns
    (bytes sent, seconds); the caller's MD5 check decides.
    `written(done)` hears the bytes of the region's data sent so far;
    `announce=False`: one run of a region (fast reflash), no lines of its own.
    """
    recovery = recovery or link_recovery(esp)
    resume, sent, started = 0, 0, time.time()
    while True:
        attempt = RegionSend(esp, region, resume, compress, written, announce)
        try:
            attempt.send()
            return sent + attempt.sent, time.time() - started
        except FatalError as error:
            sent += attempt.sent
            progressed = attempt.safe_resume_offset() > resume
            recovery.recover(error, progressed)
            resume = max(resume, attempt.safe_resume_offset())


class RegionSend:
    """One download session for the part of a region from `resume` on: FLASH_BEGIN or
    FLASH_DEFL_BEGIN, then the data blocks (docs/protocol.md §11.3, §11.5). No FLASH_END:
    for a ROM it ends the session."""

    def __init__(self, esp, region, resume, compress, written=None, announce=True):
        self.esp, self.region, self.resume = esp, region, resume
        self.compress, self.written, self.announce = compress, written, announce
        self.sent = 0
        self.acknowledged = []      # per block: bytes of region data it covers, from `resume`

    def send(self):
        esp, data = self.esp, self.region.data[self.resume:]
        address = self.region.address + self.resume
        if self.compress:
            shared = EXTENSIONS.deflate and not self.resume     # boards share one
            payload = EXTENSIONS.deflate(data) if shared else zlib.compress(data, 9)
        else:
            payload = data
        announce = self.announce and not self.resume
        if self.compress and announce:
            esp.reporter.message("Compressed %d bytes to %d..." % (len(data), len(payload)))
        started = time.time()
        if self.compress:
            blocks = esp.flash_defl_begin(len(data), len(payload), address)
        else:
            blocks = esp.flash_begin(len(data), address)
        if not esp.IS_STUB and announce:
            esp.reporter.message("Took %.2fs to erase flash block" % (time.time() - started))
        size = esp.FLASH_WRITE_SIZE
        timeouts = block_timeouts(payload, size, esp.IS_STUB) if self.compress else None
        covered = inflated_sizes(payload, size) if self.compress else None
        for seq in range(blocks):
            block = payload[seq * size:(seq + 1) * size]
            esp.reporter.progress("Writing at 0x%08x..." % (address + seq * size), seq + 1, blocks)
            if self.compress:
                esp.flash_defl_block(block, seq, timeout=timeouts[seq])
            else:
                block = block + b"\xff" * (size - len(block))
                esp.flash_block(block, seq)
            self.sent += len(block)
            self.acknowledged.append(covered[seq] if self.compress else len(block))
            if self.written:
                self.written(min(len(self.region.data), self.resume + sum(self.acknowledged)))

    def safe_resume_offset(self):
        """Where the next session starts: the start of the sector holding the data of
        the block before the failed one (a stub answers a block before writing it),
        relative to the region. A new session erases from its sector start, so the
        restart must sit on a sector boundary (or the region's own start)."""
        done = self.resume + sum(self.acknowledged[:-1])
        address = self.region.address + done
        aligned = address - address % self.esp.FLASH_SECTOR_SIZE
        return max(aligned - self.region.address, 0)


def inflated_sizes(payload, block_size):
    """Per compressed block: how many bytes of the data it inflates to."""
    inflater = zlib.decompressobj()
    return [len(inflater.decompress(payload[start:start + block_size]))
            for start in range(0, len(payload), block_size)]


class GiveUp:
    """v2.3's answer to a block that fails: the command fails. An extension may hand
    the engine a better one (EXTENSIONS.link_recovery): resend, lower the baud rate."""

    errors_seen = 0

    def __init__(self, esp):
        self.esp = esp

    def recover(self, error, progressed):
        raise error


def link_recovery(esp):
    """What send_flash_region does when a block fails, for one region's writes."""
    return (EXTENSIONS.link_recovery or GiveUp)(esp)


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


class DigestMismatch(FlashVerifyError):
    """The chip's MD5 of a region differs from the data sent."""


def plan_write_regions(esp, files, flash_size, *header):
    """plan_flash_regions() for a write: each region grown by what the loader's erase
    would otherwise wipe past it (the command line and the Python API alike)."""
    return [keep_what_the_erase_would_lose(esp, region, flash_size)
            for region in plan_flash_regions(esp, files, flash_size, *header)]


def keep_what_the_erase_would_lose(esp, region, flash_size):
    """Never erase what the user did not name: where the loader's erase reaches past the
    region (the ESP8266 ROM, docs/protocol.md §11.4), read that flash first and write it
    back as part of the same download."""
    lost = esp.erased_past(region.address, len(region.data))
    if lost is None or lost[0] >= flash_size:
        return region
    start, end = lost[0], min(lost[1], flash_size)
    esp.reporter.message("The %s ROM also erases 0x%x-0x%x: reading it first, to write it back"
                         % (esp.CHIP_NAME, start, end - 1))
    kept = esp.read_flash(start, end - start)
    data = region.data + b"\xff" * (start - region.end) + kept
    return FlashRegion(region.address, region.filename, data)


# An 8-bit XOR checksum lets two flips of the same bit through: after link errors, a
# mismatching MD5 is worth one more write of the region before it is an error.
REGION_WRITES_AFTER_LINK_ERRORS = 3


def write_and_check_region(esp, region, compress, written, plan, verifying):
    """Send the region (or the planned runs of it), then check the chip's MD5."""
    link_errors = 0
    for attempt in range(1, REGION_WRITES_AFTER_LINK_ERRORS + 1):
        recovery = link_recovery(esp)
        if plan is None:
            sent, seconds = send_flash_region(esp, region, compress, written, recovery=recovery)
        else:
            sent, seconds = write_planned_runs(esp, plan, compress, written, recovery)
        esp.reporter.progress_end()
        report_write_speed(esp.reporter, region, sent, seconds, compress,
                           skipped_text(plan) if plan else "")
        link_errors += recovery.errors_seen
        if plan is not None and plan.verified:
            esp.reporter.digest(region.address, len(region.data), plan.region_md5)
            esp.reporter.message("Hash of data verified.")
            return
        try:
            return verify_region_digest(esp, region, verifying)
        except DigestMismatch:
            if not link_errors or attempt == REGION_WRITES_AFTER_LINK_ERRORS:
                raise
            esp.reporter.message("The flash MD5 differs after link errors: writing 0x%x again"
                                 % region.address)
            plan = None


def check_ram_segments(esp, segments):
    """A RAM download aimed at flash-mapped addresses would not land anywhere useful."""
    for segment in segments:
        if esp.is_flash_mapped(segment.addr):
            raise FatalError("segment at 0x%08x is in flash-mapped memory: load_ram can only "
                             "load segments into RAM" % segment.addr,
                             hint="write an image with such segments to flash with write_flash")


def report_write_speed(reporter, region, sent, seconds, compress, skipped=""):
    size = len(region.data)
    if compress:
        speed = " (effective %.1f kbit/s)" % (size / seconds * 8 / 1000) if seconds > 0 else ""
        reporter.message("Wrote %d bytes (%d compressed) at 0x%08x in %.1f seconds%s%s..."
                         % (size, sent, region.address, seconds, speed, skipped))
    else:
        speed = " (%.1f kbit/s)" % (sent / seconds * 8 / 1000) if seconds > 0 else ""
        # With sectors skipped, N is the region now in flash, not the bytes sent.
        reporter.message("Wrote %d bytes at 0x%08x in %.1f seconds%s%s..."
                         % (size if skipped else sent, region.address, seconds, speed, skipped))


# -- fast reflash: send only the sectors the chip does not already hold --

# Regions smaller than this are written whole. Asking first costs a round trip and
# the chip's read of the region, which a few sectors do not repay by much; and the
# trace comparisons with upstream (test/test_trace_compat.py) write such regions.
SKIP_MIN_SIZE = 0x20000
MAX_DIGEST_SECTORS = 1024          # per FLASH_SECTOR_MD5 reply (docs/protocol.md §5.13)
class SectorPlan:
    """What a region needs: the sector runs to write, and whether the chip has
    already confirmed the MD5 of exactly the region (so no check is left to do)."""

    def __init__(self, region, sector):
        self.region = region
        self.sector = sector
        self.first = region.address - region.address % sector      # flash address of sector 0
        self.count = div_roundup(region.end - self.first, sector)
        # What a full write leaves in those sectors: the data, erased bytes around it.
        self.expected = (b"\xff" * (region.address - self.first) + region.data
                         + b"\xff" * (self.first + self.count * sector - region.end))
        self.differing = []        # sector indexes to write
        self.region_md5 = None     # the chip's MD5 of exactly the region, if it sent one

    def expected_digest(self, lo, hi):
        return hashlib.md5(self.expected[lo * self.sector:hi * self.sector])

    def runs(self):
        """Differing sectors merged into (first index, end index) runs."""
        return [(lo, hi + 1) for lo, hi in contiguous_ranges(sorted(set(self.differing)))]

    def run_region(self, lo, hi):
        """Sectors [lo, hi) as a region of their own: whole sectors, with the 0xFF
        a full write leaves around the data, so that a loader rounding the size up
        (the ESP32 ROM, to 1 KiB) never erases a neighbouring sector that was skipped."""
        return FlashRegion(self.first + lo * self.sector, self.region.filename,
                           self.expected[lo * self.sector:hi * self.sector])

    @property
    def verified(self):
        return not self.differing and self.region_md5 == self.region.md5


def skip_supported(esp):
    """Our stub's FLASH_SECTOR_MD5, or a ROM's SPI_FLASH_MD5 where an extension plans by it."""
    return (Op.FLASH_SECTOR_MD5 not in esp.ROM_LACKS
            or (Op.SPI_FLASH_MD5 not in esp.ROM_LACKS and EXTENSIONS.rom_sector_planner))


def plan_sector_writes(esp, region, hint=None):
    """Ask the chip which sectors of `region` already hold the data; None when
    the region is written whole (too small to be worth asking)."""
    if len(region.data) < SKIP_MIN_SIZE:
        return None
    plan = SectorPlan(region, esp.FLASH_SECTOR_SIZE)
    if Op.FLASH_SECTOR_MD5 not in esp.ROM_LACKS:
        compare_stub_digests(esp, plan)
    else:
        EXTENSIONS.rom_sector_planner(esp, plan, hint)     # reflash_skips() saw it there
    return plan


def compare_stub_digests(esp, plan):
    """One FLASH_SECTOR_MD5 per 1024 sectors: the stub's digests against ours."""
    region, sector = plan.region, plan.sector
    for lo in range(0, plan.count, MAX_DIGEST_SECTORS):
        hi = min(plan.count, lo + MAX_DIGEST_SECTORS)
        start = max(region.address, plan.first + lo * sector)
        end = min(region.end, plan.first + hi * sector)
        digests, range_md5 = esp.flash_sector_md5(start, end - start)
        for i, digest in enumerate(digests):
            if digest != plan.expected_digest(lo + i, lo + i + 1).digest():
                plan.differing.append(lo + i)
        if plan.count <= MAX_DIGEST_SECTORS:
            plan.region_md5 = range_md5


def write_planned_runs(esp, plan, compress, written=None, recovery=None):
    """Send each differing run as a download of its own; returns (bytes sent, seconds).
    `written(done)` hears the region's bytes in flash so far (skipped ones count)."""
    sent, seconds, done = 0, 0.0, 0
    runs = plan.runs()
    whole = runs == [(0, plan.count)]      # nothing to skip: today's lines
    for lo, hi in runs:
        run = plan.run_region(lo, hi)

        def run_written(count, base=done):
            if written:
                written(min(len(plan.region.data), base + count))

        run_sent, run_seconds = send_flash_region(esp, run, compress, run_written,
                                                  announce=whole, recovery=recovery)
        sent += run_sent
        seconds += run_seconds
        done += len(run.data)
    if written:
        written(len(plan.region.data))
    return sent, seconds


def skipped_text(plan):
    skipped = plan.count - len(set(plan.differing))
    return " (%d of %d sectors already in flash, skipped)" % (skipped, plan.count)


def reflash_skips(esp, regions):
    """Whether this loader can tell which sectors already hold the data."""
    if not skip_supported(esp):
        if any(len(r.data) >= SKIP_MIN_SIZE for r in regions):
            esp.reporter.message("(%s ROM cannot hash flash: writing every sector; without "
                                 "--no-stub unchanged sectors are skipped)" % esp.CHIP_NAME)
        return False
    return True


def verify_region_digest(esp, region, verifying=False):
    """write_flash's check (docs/protocol.md §11.3): the chip's MD5 of what it holds against ours."""
    if Op.SPI_FLASH_MD5 in esp.ROM_LACKS:
        if verifying:
            esp.reporter.message("(%s ROM cannot compute an MD5: --verify reads the data back "
                                 "below)" % esp.CHIP_NAME)
            return
        # A write is never reported good unchecked: read it back and hash it here.
        esp.reporter.message("(%s ROM cannot compute an MD5: reading the data back to check it)"
                             % esp.CHIP_NAME)
    flash_md5 = esp.flash_digest(region.address, len(region.data))
    if flash_md5 != region.md5:
        esp.reporter.message("File  md5: %s" % region.md5)
        esp.reporter.message("Flash md5: %s" % flash_md5)
        esp.reporter.message("MD5 of 0xFF is %s"
                             % hashlib.md5(b"\xff" * len(region.data)).hexdigest())
        raise DigestMismatch("MD5 of file does not match data in flash! (file %s, flash %s)"
                             % (region.md5, flash_md5))
    esp.reporter.digest(region.address, len(region.data), flash_md5)
    esp.reporter.message("Hash of data verified.")


def verify_regions(esp, regions, diff):
    """Compare each region with the flash by digest; `diff` lists the differing bytes."""
    failed = False
    for region in regions:
        size = len(region.data)
        esp.reporter.message("Verifying 0x%x (%d) bytes @ 0x%08x in flash against %s..."
                             % (size, size, region.address, region.filename))
        if esp.flash_digest(region.address, size) == region.md5:
            esp.reporter.digest(region.address, size, region.md5)
            esp.reporter.message("-- verify OK (digest matched)")
            continue
        failed = True
        if not diff:
            esp.reporter.message("-- verify FAILED (digest mismatch)")
            continue
        report_differences(esp.reporter, region, esp.read_flash(region.address, size))
    if failed:
        raise FlashVerifyError("Verify failed.")


MAX_DIFF_BYTES_LISTED = 256      # byte by byte; the ranges above cover the rest


def report_differences(reporter, region, flash):
    differing = [i for i in range(len(region.data)) if flash[i] != region.data[i]]
    if not differing:
        reporter.message("-- verify FAILED: the digests differ but the data read back matches "
                         "(an unreliable link?)")
        return
    reporter.message("-- verify FAILED: %d differences, first @ 0x%08x"
                     % (len(differing), region.address + differing[0]))
    reporter.message("   differing ranges (first-last, inclusive):")
    for first, last in contiguous_ranges(differing):
        reporter.message("   0x%08x-0x%08x (%d bytes)" % (region.address + first,
                                                         region.address + last, last - first + 1))
    reporter.message("   address  flash file")
    for i in differing[:MAX_DIFF_BYTES_LISTED]:
        reporter.message("   %08x %02x %02x" % (region.address + i, flash[i], region.data[i]))
    if len(differing) > MAX_DIFF_BYTES_LISTED:
        reporter.message("   ... and %d more differing bytes"
                         % (len(differing) - MAX_DIFF_BYTES_LISTED))


def contiguous_ranges(indexes):
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]"""
    ranges = []
    for i in indexes:
        if ranges and ranges[-1][1] == i - 1:
            ranges[-1] = (ranges[-1][0], i)
        else:
            ranges.append((i, i))
    return ranges


# -- reading, erasing, the flash's size ---------------------------------------

def read_flash_data(esp, address, size, progress=None):
    """-> (the flash's bytes, seconds taken); `progress(done, total)` hears the bytes read."""
    if not esp.IS_STUB:
        esp.reporter.message("Reading through the %s ROM, 64 bytes per request: this is slow "
                             "(run without --no-stub for speed)" % esp.CHIP_NAME)

    def report(done, total):
        esp.reporter.progress("%d bytes read" % done, done, total)
        if progress:
            progress(done, total)

    started = time.time()
    data = esp.read_flash(address, size, report)
    seconds = time.time() - started
    esp.reporter.progress_end()
    return data, seconds


def size_to_end_of_flash(esp, address):
    """read_flash ADDR ALL: from ADDR to the end of the detected flash."""
    flash_size = flash_size_bytes(detected_flash_size(esp))
    if address >= flash_size:
        raise FatalError("Address 0x%x is beyond the end of the %d-byte flash"
                         % (address, flash_size))
    return flash_size - address


def erase_whole_flash(esp):
    size = None if esp.IS_STUB else flash_size_bytes(detected_flash_size(esp))
    esp.reporter.message("Erasing flash (this may take a while)...")
    started = time.time()
    if esp.IS_STUB:
        esp.erase_flash()
    else:
        esp.erase_region(0, size)    # a ROM has no chip erase: erase it all as a region
    esp.reporter.message("Chip erase completed successfully in %.1fs" % (time.time() - started))


def erase_flash_region(esp, address, size):
    esp.reporter.message("Erasing region (may be slow depending on size)...")
    started = time.time()
    esp.erase_region(address, size)
    esp.reporter.message("Erase completed successfully in %.1f seconds."
                         % (time.time() - started))


def detected_flash_size(esp):
    """The flash size named by the chip's JEDEC ID, 4MB if unknown (docs/protocol.md §8.3)."""
    flash_id = esp.flash_id()
    size_id = flash_id >> 16
    size = DETECTED_FLASH_SIZES.get(size_id)
    if size is None:
        esp.reporter.warning("Warning: Could not auto-detect Flash size (FlashID=0x%x, "
                             "SizeID=0x%x), defaulting to 4MB" % (flash_id, size_id))
        return "4MB"
    esp.reporter.message("Auto-detected Flash size: %s" % size)
    return size


def choose_flash_size(esp, name):
    """--flash_size detect/keep/NAME -> (the name for image headers, the flash size in bytes)."""
    if name == "detect":
        name = detected_flash_size(esp)
    elif name != "keep":
        flash_size_code(esp, name)    # a clear error for the wrong chip
        warn_if_larger_than_the_chip(esp, name)
    size = detected_flash_size(esp) if name == "keep" else name
    return name, flash_size_bytes(size)


def warn_if_larger_than_the_chip(esp, name):
    """-fs NAME beyond what the flash chip reports makes a bootloader that maps
    flash which is not there. Sizes every chip of this kind has need no question."""
    if flash_size_bytes(name) <= min(flash_size_bytes(n) for n in esp.FLASH_SIZES):
        return
    capacity = (esp.flash_id() >> 16) & 0xFF
    detected = DETECTED_FLASH_SIZES.get(capacity)
    if detected is not None and flash_size_bytes(name) > flash_size_bytes(detected):
        esp.reporter.warning("WARNING: --flash_size %s is larger than the %s flash this chip "
                             "reports; the image's header will claim flash that is not there"
                             % (name, detected))


def format_mac(mac):
    return ":".join("%02x" % b for b in mac)


# ---------------------------------------------------------------------------
# 8. Commands
# ---------------------------------------------------------------------------
#
# One function per subcommand. The command functions (`write_flash(esp, args)`
# ...) take argparse namespaces, as v2.3's did and as scripts written for it call
# them, and are thin layers over the engine of section 7.

# --- Offline image commands (docs/image-format.md §6-§8) -------------------------

def version(args):
    ConsoleReporter().message(__version__)


def image_info(source, chip="auto"):
    """The image_info command, called with an argparse namespace as the command line
    and v2.x scripts call it. Called with a path or bytes, it is the Python API's
    (the image's fields as data, nothing printed), which the package beside this
    file offers."""
    if isinstance(source, argparse.Namespace):
        return print_image_info(with_paths(source))
    return extension_api("image_info")(source, chip)


def print_image_info(args):
    reporter = ConsoleReporter()
    data = read_input_file(args.filename, "image")
    described = describe_other_file(data, args.filename)
    if described:
        reporter.message("\n".join(described))
        return
    image = read_firmware_image(args.chip, data, warn=reporter.warning)
    for line in image_info_lines(image):
        reporter.message(line)
    if args.chip == "auto" and image.chip != DEFAULT_IMAGE_CHIP:
        reporter.message("Image type: %s (detected from the header; give --chip to choose)"
                         % CHIPS[image.chip].CHIP_NAME)
    for describe in EXTENSIONS.image_tail_describers:
        for line in describe(data, image):
            reporter.message(line)


def describe_other_file(data, name):
    """Lines saying what `data` is when an extension knows it is no image; else None."""
    for describe in EXTENSIONS.file_describers:
        lines = describe(data, name)
        if lines:
            return lines
    return None


def elf2image(input, *args, **kwargs):
    """The elf2image command, called with an argparse namespace as the command line
    and v2.x scripts call it. Called with an ELF file's path, it is the Python API's
    ({file name: bytes}), which the package beside this file offers."""
    if not isinstance(input, argparse.Namespace):
        return extension_api("elf2image")(input, *args, **kwargs)
    args = with_paths(input)
    rules = V231_IMAGE_RULES if args.chip == "auto" else CHIPS[args.chip].IMAGE_RULES
    refuse_options_of_other_rules(args, rules)
    return rules.elf2image_command(args)


def make_image(args):
    """An ESP8266 v1 image from raw files (docs/image-format.md §7); `output` is a name prefix.
    Whatever --chip says, as v2.3.1: the format is the ESP8266's."""
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


# --- Commands that talk to a chip: (esp, args) (docs/protocol.md §9) -------------

def detect_flash_size(esp, args=None):
    """The flash size the chip's JEDEC ID names (detected_flash_size). With `args`, as
    v2.x scripts call it: args.flash_size, "detect" replaced by that size."""
    if args is None:
        return detected_flash_size(esp)
    if args.flash_size == "detect":
        args.flash_size = detected_flash_size(esp)
    return args.flash_size


def hide_progress_if_asked(esp, args):
    if getattr(args, "no_progress", False):
        esp.reporter = WithoutProgress(esp.reporter)


def load_ram(esp, args):
    """Load an image's segments into RAM and run it (docs/protocol.md §5.4). v2.3.1 crashed here
    (it unpacked segment objects as tuples); see docs/differences.md."""
    image = esp.read_image(read_input_file(args.filename, "image"), warn=esp.reporter.warning)
    check_ram_segments(esp, image.segments)
    esp.reporter.message("RAM boot...")

    def report(address, size):
        esp.reporter.message("Downloading %d bytes at %08x..." % (size, address))

    esp.load_segments([(s.addr, s.data) for s in image.segments], image.entrypoint, report)
    esp.reporter.message("All segments done, executing at %08x" % image.entrypoint)


def read_mem(esp, args):
    esp.reporter.message("0x%08x = 0x%08x" % (args.address, esp.read_reg(args.address)))


def write_mem(esp, args):
    esp.write_reg(args.address, args.value, args.mask, 0)
    esp.reporter.message("Wrote %08x, mask %08x to %08x" % (args.value, args.mask, args.address))


def dump_mem(esp, args):
    data = bytearray()
    for i in range(args.size // 4):
        data += struct.pack("<I", esp.read_reg(args.address + 4 * i))
        esp.reporter.progress("%d bytes read..." % len(data), len(data), args.size)
    esp.reporter.progress_end()
    write_file_atomically(args.filename, bytes(data))
    esp.reporter.message("Done!")


def read_mac(esp, args):
    for label, mac in esp.labelled_macs():
        esp.reporter.message("%s: %s" % (label, format_mac(mac)))


def chip_id(esp, args):
    value = esp.chip_id()
    if value is None:       # the later chips have none; 5.x shows the MAC instead
        esp.reporter.warning("WARNING: %s has no Chip ID. Reading MAC instead." % esp.CHIP_NAME)
        read_mac(esp, args)
        return
    esp.reporter.message("Chip ID: 0x%08x" % value)


def flash_id(esp, args):
    flash_id = esp.flash_id()
    esp.reporter.message("Manufacturer: %02x" % (flash_id & 0xFF))
    capacity = (flash_id >> 16) & 0xFF
    esp.reporter.message("Device: %02x%02x" % ((flash_id >> 8) & 0xFF, capacity))
    esp.reporter.message("Detected flash size: %s" % DETECTED_FLASH_SIZES.get(capacity, "Unknown"))


def read_flash_status(esp, args):
    esp.reporter.message("Status value: 0x%04x" % esp.read_status(args.bytes))


def write_flash_status(esp, args):
    fmt = "0x%%0%dx" % (args.bytes * 2)
    value = args.value & ((1 << (args.bytes * 8)) - 1)
    esp.reporter.message(("Initial flash status: " + fmt) % esp.read_status(args.bytes))
    esp.reporter.message(("Setting flash status: " + fmt) % value)
    esp.write_status(value, args.bytes, args.non_volatile)
    esp.reporter.message(("After flash status:   " + fmt) % esp.read_status(args.bytes))


def write_flash(esp, args):
    hide_progress_if_asked(esp, args)
    compress = resolve_compression(esp, False if getattr(args, "no_compress", False)
                                   else getattr(args, "compress", None))
    regions = plan_write_regions(esp, flash_files(args.addr_filename), flash_size_of(esp, args),
                                 *header_params(args))
    erase_all = getattr(args, "erase_all", False)
    if erase_all:
        erase_whole_flash(esp)
    skip = not (erase_all or getattr(args, "no_skip", False) or getattr(args, "force", False))
    verifying = getattr(args, "verify", False)
    hints = EXTENSIONS.reflash_hints(args) if EXTENSIONS.reflash_hints else None
    write_regions(esp, regions, compress, skip=skip, hints=hints, verifying=verifying)
    if getattr(args, "verify", False):
        esp.reporter.message("Verifying just-written flash...")
        verify_regions(esp, regions, diff=False)


def flash_size_of(esp, args):
    """The flash size prepare_from_args() found (v2.x scripts calling commands skip that)."""
    if hasattr(args, "flash_size_bytes"):
        return args.flash_size_bytes
    if hasattr(args, "flash_size"):
        args.flash_size, args.flash_size_bytes = choose_flash_size(esp, args.flash_size)
    else:
        args.flash_size_bytes = choose_flash_size(esp, "keep")[1]
    return args.flash_size_bytes


def header_params(args):
    """(mode, freq, size) for a bootloader's header; "keep" for those not given."""
    return tuple(getattr(args, name, "keep") for name in ("flash_mode", "flash_freq", "flash_size"))


def verify_flash(esp, args):
    regions = plan_flash_regions(esp, flash_files(args.addr_filename), flash_size_of(esp, args),
                                 *header_params(args))
    verify_regions(esp, regions, diff=getattr(args, "diff", "no") == "yes")


def read_flash(esp, args):
    hide_progress_if_asked(esp, args)
    if args.size == "ALL":
        args.size = size_to_end_of_flash(esp, args.address)
    check_range_in_flash(esp, args.address, args.size)
    data, seconds = read_flash_data(esp, args.address, args.size)
    write_file_atomically(args.filename, data)
    speed = " (%.1f kbit/s)" % (len(data) / seconds * 8 / 1000) if seconds > 0 else ""
    esp.reporter.message("Read %d bytes at 0x%x in %.1f seconds%s..."
                         % (len(data), args.address, seconds, speed))


def erase_flash(esp, args):
    erase_whole_flash(esp)


def erase_region(esp, args):
    check_range_in_flash(esp, args.address, args.size)
    erase_flash_region(esp, args.address, args.size)


def run(esp, args):
    esp.run()


# ---------------------------------------------------------------------------
# 9. CLI
# ---------------------------------------------------------------------------

FLASH_MODES = ["qio", "qout", "dio", "dout"]
MEGABIT_SIZES = {"2m": "256KB", "4m": "512KB", "8m": "1MB", "16m": "2MB",
                 "32m": "4MB", "16m-c1": "2MB-c1", "32m-c1": "4MB-c1"}


def chip_choices():
    return ["auto"] + list(CHIPS)


def chip_names(chips=None):
    """'ESP8266 and ESP32': the CHIP_NAMEs of `chips` (default: all of CHIPS) for help texts."""
    names = [chip.CHIP_NAME for chip in (CHIPS.values() if chips is None else chips)]
    if len(names) < 2:
        return "".join(names)
    return "%s and %s" % (", ".join(names[:-1]), names[-1])


def flash_size_names():
    """Every chip's flash size names, smallest first; each chip checks its own list later."""
    names = {name for chip in CHIPS.values() for name in chip.FLASH_SIZES}
    return sorted(names, key=lambda name: (flash_size_bytes(name), name))


# -- parsing, shared by esptool, espefuse and espsecure ----------------------

def underscored(text):
    """5.x value spellings (--before default-reset) as ours (default_reset)."""
    return text.replace("-", "_")


class CommandLineParser(argparse.ArgumentParser):
    """argparse, but a bad command line is a FatalError like every other error,
    and every --long_option with underscores is also accepted with dashes (the
    5.x spelling, --flash-mode for --flash_mode), without being listed twice."""

    command_names = None     # set by add_commands(): what an unknown command is told

    def error(self, message):
        match = re.match(r"argument <command>: invalid choice: (.*?) \(choose from ", message)
        if match and underscored(match.group(1).strip("'")) in EXTENSION_COMMAND_NAMES:
            raise FatalError("%s is not a command of esptool.py alone" % match.group(1),
                             hint=EXTENSION_INSTALL_HINT)
        if match and self.command_names:    # name the commands once, not with their aliases
            message = "argument <command>: invalid choice: %s (choose from %s)" % (
                match.group(1), ", ".join(self.command_names))
        raise FatalError("%s (%s)" % (message, self.prog),
                         hint="run '%s -h' for the commands and options" % self.prog)

    def add_argument(self, *names, **kwargs):
        action = super().add_argument(*names, **kwargs)
        dashed = [name.replace("_", "-") for name in names if name.startswith("--") and "_" in name]
        if dashed:
            kwargs.pop("required", None)
            super().add_argument(*dashed, **dict(kwargs, dest=action.dest,
                                                 default=argparse.SUPPRESS,
                                                 help=argparse.SUPPRESS))
        return action


class Command:
    """One subcommand, registered once: its name, what it runs and what it needs.

    `func` is called as func(args) when `needs_chip` is False, else as
    func(esp, args) on a chip prepared by prepare_chip(). `wants_stub`: upload
    the flasher stub first (unless --no-stub), for the commands it makes faster
    or possible; the others are a few register reads and the ROM is as good for
    them, with one less thing to go wrong. `add_args(parser)` adds its arguments.
    `banner`: print the version line first (not for output meant for scripts or
    for the chip's own output, as list_ports --json and monitor make).
    """

    def __init__(self, name, func, help, add_args=None, needs_chip=True, wants_stub=False,
                 banner=True):
        self.name, self.func, self.help, self.add_args = name, func, help, add_args
        self.needs_chip, self.wants_stub, self.banner = needs_chip, wants_stub, banner


def add_commands(parser, commands, help):
    """A sub-parser per Command, also under its 5.x spelling with dashes
    (write-flash for write_flash), which the help does not list twice.
    Parsing sets args.command (the Command) and args.operation (its name)."""
    sub = parser.add_subparsers(dest="operation", metavar="<command>", help=help)
    parser.command_names = [command.name for command in commands]
    for command in commands:
        add_command_parser(sub, command, command.name, help=command.help)
        if "_" in command.name:
            add_command_parser(sub, command, command.name.replace("_", "-"))
    return sub


def add_command_parser(sub, command, name, **kwargs):
    parser = sub.add_parser(name, description=command.help, **kwargs)   # no help=: not listed
    if command.add_args is not None:
        command.add_args(parser)
    parser.set_defaults(operation=command.name, command=command)
    return parser


# -- esptool's argument types --------------------------------------------------

# What the user gave as flash input (docs/files.md §4).

def arg_address_or_name(text):
    """A flash address (0x1000, 4096) or a partition name (nvs, factory)."""
    try:
        return int(text, 0)
    except ValueError:
        pass
    if not re.match(r"^[A-Za-z_][\w.-]*$", text):
        raise argparse.ArgumentTypeError('"%s" is neither an address nor a partition name' % text)
    return text


def file_regions(address, filename, data):
    """One (address-or-name, file) argument -> [(address-or-name, filename, bytes)].

    An ELF file is refused: the chip runs images, not ELF files. A file format
    an extension decodes (Intel HEX) may give several regions at addresses
    of its own."""
    if looks_like_elf(data):
        raise FatalError("%s is an ELF file, not a flash image" % filename,
                         hint="convert it with elf2image first, e.g. "
                              "esptool.py --chip esp32 elf2image %s" % filename)
    for decode in EXTENSIONS.input_decoders:
        regions = decode(address, filename, data)
        if regions is not None:
            return regions
    return [(address, filename, data)]


class FlashSizeAction(argparse.Action):
    """--flash_size: byte sizes, plus the old megabit names with a warning."""

    def __init__(self, option_strings, dest, allow_detect=False, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.allow_detect = allow_detect

    def __call__(self, parser, namespace, value, option_string=None):
        if value in MEGABIT_SIZES:
            new = MEGABIT_SIZES[value]
            print("WARNING: Flash size arguments in megabits like '%s' are deprecated.\nPlease "
                  "use the equivalent size '%s'.\nMegabit arguments may be removed in a future "
                  "release." % (value, new))
            value = new
        # 'keep' (leave the header's size alone) as upstream v3 added it.
        known = flash_size_names() + (["detect", "keep"] if self.allow_detect else [])
        if value not in known:
            raise argparse.ArgumentError(
                self, "%s is not a known flash size. Known sizes: %s" % (value, ", ".join(known)))
        setattr(namespace, self.dest, value)


class SpiConnectionAction(argparse.Action):
    """--spi-connection: SPI, HSPI, or five pins CLK,Q,D,HD,CS -> config word."""

    def __call__(self, parser, namespace, value, option_string=None):
        setattr(namespace, self.dest, parse_spi_connection(self, value))
def parse_spi_connection(action, value):
    if value.upper() in ("SPI", "HSPI"):
        return ["SPI", "HSPI"].index(value.upper())     # the ROM's own pin sets 0 and 1
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


def split_ports(text):
    """'/dev/ttyUSB0,/dev/ttyUSB1' -> ['/dev/ttyUSB0', '/dev/ttyUSB1']"""
    return [port.strip() for port in (text or "").split(",") if port.strip()]


class PortAction(argparse.Action):
    """--port: given more than once, or as a comma list, the boards to run on;
    args.port keeps the text as given (one port: its name)."""

    def __call__(self, parser, namespace, value, option_string=None):
        given = getattr(namespace, "ports_given", None) or []
        namespace.ports_given = given + split_ports(value)
        namespace.port = ",".join(namespace.ports_given)


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
                address = arg_address_or_name(addr_text)
            except argparse.ArgumentTypeError:
                raise argparse.ArgumentError(
                    self, 'address "%s" must be a number or a partition name' % addr_text)
            try:
                with open(filename, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise argparse.ArgumentError(self, "cannot read %s: %s" % (filename, e.strerror))
            pairs += file_regions(address, filename, data)    # HEX: a pair per block
        namespace.addresses_as_given = [pair[0] for pair in pairs]   # for --diff-with
        if not any(isinstance(pair[0], str) for pair in pairs):    # names: sorted once resolved
            pairs.sort(key=lambda pair: pair[0])
        setattr(namespace, self.dest, pairs)


def arg_size_or_all(text):
    """read_flash's size: a number, or ALL (to the end of the detected flash)."""
    return "ALL" if text.upper() == "ALL" else arg_auto_int(text)


# -- each command's arguments ---------------------------------------------------

def add_spi_connection_arg(parser):
    chips = [chip for chip in CHIPS.values() if chip.SUPPORTS_SPI_CONNECTION]
    parser.add_argument("--spi-connection", "-sc", action=SpiConnectionAction,
                        help="%s only: flash pins to use instead of the default: SPI, HSPI, "
                             "or five pin numbers CLK,Q,D,HD,CS" % chip_names(chips))


def add_flash_params_args(parser, for_elf2image):
    """--flash_freq/--flash_mode/--flash_size, with the defaults each command needs."""
    keep = [] if for_elf2image else ["keep"]    # -ff: v2.3's names first, each chip's own after
    freqs = list(dict.fromkeys(name for chip in CHIPS.values() for name in chip.FLASH_FREQ_CODES))
    parser.add_argument("--flash_freq", "-ff", choices=keep + freqs,   # elf2image default: code 0
                        default=os.environ.get("ESPTOOL_FF", None if for_elf2image else "keep"),
                        help="SPI flash clock frequency")
    parser.add_argument("--flash_mode", "-fm", choices=keep + FLASH_MODES,
                        default=os.environ.get("ESPTOOL_FM", "qio" if for_elf2image else "keep"),
                        help="SPI flash mode")
    parser.add_argument("--flash_size", "-fs", action=FlashSizeAction,
                        allow_detect=not for_elf2image,
                        default=os.environ.get("ESPTOOL_FS", "1MB" if for_elf2image else "detect"),
                        help="SPI flash size (1MB, 2MB, 4MB, ...%s)"
                             % ("" if for_elf2image else "; 'detect' reads the flash ID"))


def add_no_progress_arg(parser):
    parser.add_argument("--no-progress", "-p", action="store_true", help="print no progress")


def add_address_size_args(parser, address_help="start address", size_help="number of bytes"):
    parser.add_argument("address", type=arg_auto_int, help=address_help)
    parser.add_argument("size", type=arg_auto_int, help=size_help)


def load_ram_args(p):
    p.add_argument("filename", help="firmware image")


def dump_mem_args(p):
    add_address_size_args(p)
    p.add_argument("filename", help="output file")


def read_mem_args(p):
    p.add_argument("address", type=arg_auto_int, help="address to read")


def write_mem_args(p):
    p.add_argument("address", type=arg_auto_int, help="address to write")
    p.add_argument("value", type=arg_auto_int, help="value")
    p.add_argument("mask", type=arg_auto_int, nargs="?", default=0xFFFFFFFF,
                   help="only these bits are changed (default: all)")


def write_flash_args(p):
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file to write there; repeat for more files")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)
    add_no_progress_arg(p)
    p.add_argument("--verify", action="store_true",
                   help="read back and compare after writing (write_flash already checks an MD5)")
    compress = p.add_mutually_exclusive_group()
    compress.add_argument("--compress", "-z", action="store_true", default=None,
                          help="compress data on the wire (default where the loader can)")
    compress.add_argument("--no-compress", "-u", action="store_true",
                          help="send data uncompressed")
    add_extension_args(p, "write_flash")
    p.add_argument("--no-skip", action="store_true",
                   help="write every sector, also those the chip already holds")
    p.add_argument("--force", action="store_true", help="the same as --no-skip here")
    add_extension_args(p, "write_flash reflash")
    p.add_argument("--erase-all", "-e", action="store_true",
                   help="erase the whole flash first, then write (nothing is skipped)")


def run_args(p):
    add_extension_args(p, "run")


def image_info_args(p):
    p.add_argument("filename", help="image file")


def make_image_args(p):
    p.add_argument("output", help="output file name prefix")
    p.add_argument("--segfile", "-f", action="append", help="segment file (repeat)")
    p.add_argument("--segaddr", "-a", action="append", type=arg_auto_int,
                   help="load address of the matching --segfile (repeat)")
    p.add_argument("--entrypoint", "-e", type=arg_auto_int, default=0, help="entry point address")


def elf2image_args(p):
    p.add_argument("input", help="ELF file from the linker")
    p.add_argument("--output", "-o", type=str,
                   help="output prefix (ESP8266 version 1) or file name (other images)")
    p.add_argument("--version", "-e", choices=["1", "2"], default="1",
                   help="ESP8266 image version")
    add_flash_params_args(p, for_elf2image=True)
    add_spi_connection_arg(p)     # accepted and ignored, as v2.3.1 does
    add_extension_args(p, "elf2image")


def add_status_bytes_arg(p, verb):
    p.add_argument("--bytes", type=arg_auto_int, choices=[1, 2, 3], default=2,
                   help="status bytes to %s" % verb)


def read_flash_status_args(p):
    add_spi_connection_arg(p)
    add_status_bytes_arg(p, "read")


def write_flash_status_args(p):
    add_spi_connection_arg(p)
    p.add_argument("--non-volatile", action="store_true",
                   help="write the non-volatile bits (they survive power off: be careful)")
    add_status_bytes_arg(p, "write")
    p.add_argument("value", type=arg_auto_int, help="new value")


def read_flash_args(p):
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_address_or_name, help="start address, or a partition name")
    p.add_argument("size", type=arg_size_or_all, nargs="?",
                   help="number of bytes, or ALL (to the end of the detected flash); leave out "
                        "after a partition name")
    p.add_argument("filename", help="output file")
    add_no_progress_arg(p)


def verify_flash_args(p):
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file expected there; repeat for more files")
    p.add_argument("--diff", "-d", choices=["no", "yes"], default="no",
                   help="list the differing bytes")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)


def erase_region_args(p):
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_address_or_name,
                   help="start address (multiple of 4096), or a partition name")
    p.add_argument("size", type=arg_auto_int, nargs="?",
                   help="number of bytes (multiple of 4096; leave out after a partition name)")


# The command table: the one place a command is registered, in the order
# `esptool -h` lists them.
COMMANDS = [
    Command("load_ram", load_ram, "load an image into RAM and run it", load_ram_args),
    Command("dump_mem", dump_mem, "copy a range of chip memory to a file", dump_mem_args),
    Command("read_mem", read_mem, "read one 32-bit word of chip memory", read_mem_args),
    Command("write_mem", write_mem, "write one 32-bit word of chip memory", write_mem_args),
    Command("write_flash", write_flash, "write binary files to flash", write_flash_args,
            wants_stub=True),
    Command("run", run, "run the application in flash", run_args),
    Command("image_info", image_info, "show the headers and segments of a firmware image",
            image_info_args, needs_chip=False),
    Command("make_image", make_image, "build an ESP8266 image from raw segment files",
            make_image_args, needs_chip=False),
    Command("elf2image", elf2image, "convert an ELF file into a flashable image",
            elf2image_args, needs_chip=False),
    Command("read_mac", read_mac, "read the MAC address"),
    Command("chip_id", chip_id, "read the chip ID"),
    Command("flash_id", flash_id, "read the SPI flash manufacturer and device ID",
            add_spi_connection_arg),
    Command("read_flash_status", read_flash_status, "read the SPI flash status register",
            read_flash_status_args),
    Command("write_flash_status", write_flash_status, "write the SPI flash status register",
            write_flash_status_args),
    Command("read_flash", read_flash, "copy a range of flash to a file", read_flash_args,
            wants_stub=True),
    Command("verify_flash", verify_flash, "compare files with what the flash holds",
            verify_flash_args, wants_stub=True),
    Command("erase_flash", erase_flash, "erase the whole flash chip", add_spi_connection_arg,
            wants_stub=True),
    Command("erase_region", erase_region, "erase a range of flash", erase_region_args,
            wants_stub=True),
    Command("version", version, "print the esptool version", needs_chip=False),
]


def build_parser():
    extensions = load_extensions()
    parser = CommandLineParser(
        prog="esptool",
        description="esptool.py v%s - flash and inspect %s chips" % (__version__, chip_names()))
    add_global_args(parser)
    add_commands(parser, COMMANDS + extensions.commands,
                 help="run 'esptool <command> -h' for its options")
    return parser


def add_global_args(parser):
    parser.add_argument("--chip", "-c", choices=chip_choices(),
                        default=os.environ.get("ESPTOOL_CHIP", "auto"),
                        help="target chip (default: detect it)")
    parser.add_argument("--port", "-p", action=PortAction,
                        default=os.environ.get("ESPTOOL_PORT", DEFAULT_PORT),
                        help="serial port or pyserial URL (rfc2217://, socket://, espsim://); "
                             "repeat it, or separate ports with commas, to run the command on "
                             "several boards at once")
    for add in EXTENSIONS.port_args:
        add(parser)
    parser.add_argument("--baud", "-b", type=arg_auto_int,
                        default=os.environ.get("ESPTOOL_BAUD", ESP_ROM_BAUD),
                        help="baud rate for transfers (the connection starts at 115200)")
    parser.add_argument("--before", choices=before_choices(), type=underscored,
                        default=os.environ.get("ESPTOOL_BEFORE", "default_reset"),
                        help="how to get the chip into its bootloader (usb_reset: the "
                             "chip's own USB-Serial-JTAG port, picked by itself for "
                             "VID:PID 303a:1001)")
    parser.add_argument("--after", "-a", choices=AFTER_CHOICES,
                        type=underscored, default=os.environ.get("ESPTOOL_AFTER", "hard_reset"),
                        help="what to do with the chip when done")
    parser.add_argument("--no-stub", action="store_true",
                        help="talk to the ROM bootloader only; do not upload the flasher stub")
    parser.add_argument("--connect-attempts", type=arg_auto_int,
                        default=os.environ.get("ESPTOOL_CONNECT_ATTEMPTS",
                                               DEFAULT_CONNECT_ATTEMPTS),
                        help="resets to try when connecting (0: keep trying; default %d)"
                             % DEFAULT_CONNECT_ATTEMPTS)
    parser.add_argument("--trace", "-t", action="store_true",
                        help="print every packet sent and received")
    for add in EXTENSIONS.global_args:
        add(parser)


def run_command(args, run_connected=None):
    """One command as v2.3 ran it: the banner, then the offline command, or the
    checks that need no chip and then the command on the chip (`run_connected`,
    by default run_on_chip: an extension runs it on many boards)."""
    command = args.command
    if command.banner:
        print("esptool.py v%s" % __version__)
    if not command.needs_chip:
        command.func(args)
        return
    check_before_connecting(args)
    resolve_addresses(args)           # names an extension resolves without the chip
    (run_connected or run_on_chip)(args)


def run_on_chip(args, reporter=None, connected=None):
    """The command on one board: connect, prepare, run, leave (and watch).

    `reporter` (default: the console's) hears everything; `connected(esp)` is
    called once the chip is identified."""
    serial = import_pyserial()
    esp = connect_from_args(args, reporter or ConsoleReporter())
    try:
        if connected:
            connected(esp)
        esp = prepare_from_args(esp, args)
        resolve_addresses(args, esp)           # names only the chip can resolve
        args.command.func(esp, args)
        (EXTENSIONS.leave_command or leave_after_command)(esp, args)
    except (serial.SerialException, OSError) as e:
        raise FatalError("lost the serial connection: %s" % e,
                         hint="was the board unplugged or the port taken by another program?")
    finally:
        esp.close()


# The commands that write their result to a file, and the argument naming it.
OUTPUT_ARGUMENTS = {"read_flash": "filename", "dump_mem": "filename"}


def check_before_connecting(args):
    """Everything knowable without a chip, checked before the port is opened."""
    output = OUTPUT_ARGUMENTS.get(args.operation)
    if output:
        check_output_writable(getattr(args, output))
    # A partition name (a str address, no size) and read_flash's ALL are resolved
    # later, from the table or the chip: only numbers given as numbers are checked here.
    address, size = getattr(args, "address", None), getattr(args, "size", None)
    numbers = isinstance(address, int) and isinstance(size, int)
    if args.operation in ("read_flash", "dump_mem", "erase_region") and numbers and size <= 0:
        raise FatalError("size must be greater than 0 (got %d)" % size)
    if args.operation == "dump_mem" and (address % 4 or size % 4):
        raise FatalError("dump_mem reads whole words: address and size must be multiples of 4")
    if args.operation == "erase_region" and numbers and (address % FLASH_SECTOR_SIZE
                                                         or size % FLASH_SECTOR_SIZE):
        raise FatalError("Offset and size to erase must be multiples of 4096 "
                         "(got offset 0x%x, size 0x%x)" % (address, size))
    if args.chip != "auto" and getattr(args, "flash_freq", "keep") != "keep":
        flash_freq_code(CHIPS[args.chip], args.flash_freq)
    if args.operation in ("write_flash", "verify_flash"):
        if not any(d for _, _, d in args.addr_filename):
            # Only empty files leave nothing to do, and that needs no chip to tell.
            raise FatalError("every file given is empty: nothing to %s"
                             % ("write" if args.operation == "write_flash" else "verify"))
        warn_of_empty_files(args)
        regions = [FlashRegion(a, f, d) for a, f, d in args.addr_filename
                   if d and not isinstance(a, str)]
        for region in regions:
            if region.address % 4:
                raise FatalError("Address 0x%x of %s is not a multiple of 4"
                                 % (region.address, region.filename))
        check_regions_disjoint(regions, FLASH_SECTOR_SIZE)


def warn_of_empty_files(args):
    """One empty file among others: v2.3.1's warning, now before the port is opened,
    and the file is left out (plan_flash_regions would warn again after connecting)."""
    out = sys.stderr if getattr(args, "events", None) else sys.stdout
    for _, filename, data in args.addr_filename:
        if not data:
            print("WARNING: File %s is empty" % filename, file=out)
    args.addr_filename = [entry for entry in args.addr_filename if entry[2]]


def resolve_addresses(args, esp=None):
    """Partition names given as addresses become numbers, through the extension that
    reads partition tables: before connecting from a table file, after it from
    the chip. Without the extension a name is refused before the port is opened."""
    if hasattr(args, "size") and args.size is None and not isinstance(args.address, str):
        raise FatalError("%s needs a size after the address 0x%x (or a partition name "
                         "instead of the address)" % (args.operation, args.address))
    if not EXTENSIONS.address_resolvers and names_given(args):
        raise FatalError("partition names as addresses are not known to esptool.py alone",
                         hint=EXTENSION_INSTALL_HINT)
    for resolve in EXTENSIONS.address_resolvers:
        resolve(args, esp)


def names_given(args):
    """True if a command's addresses include partition names (str, not int)."""
    pairs = getattr(args, "addr_filename", None) or []
    return (any(isinstance(address, str) for address, _, _ in pairs)
            or isinstance(getattr(args, "address", None), str))


# -- the options, as keywords to the engine's connect, prepare and leave --------

def connect_from_args(args, reporter):
    """connect_to_chip() on --port, or on each port the system lists until one answers."""
    connect = functools.partial(connect_to_chip, chip=args.chip, baud=args.baud,
                                before=args.before, trace=args.trace,
                                connect_attempts=args.connect_attempts, reporter=reporter)
    if args.port:
        return connect(args.port)
    ports = ports_to_try(getattr(args, "port_filter", ()))
    last_error = None
    for port in ports:
        reporter.message("Serial port %s" % port)
        try:
            return connect(port)
        except FatalError as e:
            reporter.message("%s failed to connect: %s" % (port, e))
            last_error = e
    raise FatalError("Could not connect to an Espressif device on any of the %d available "
                     "serial ports (last error: %s)" % (len(ports), last_error),
                     hint=CONNECT_HINT)


def prepare_from_args(esp, args):
    """prepare_chip() as the options ask. The flash size it settles on goes back into
    `args`, where the command reads it (header_params, flash_size_of)."""
    esp, flash = prepare_chip(
        esp, baud=args.baud, use_stub=not args.no_stub and args.command.wants_stub,
        before=args.before, connect_attempts=args.connect_attempts,
        spi_connection=getattr(args, "spi_connection", None),
        flash_size=getattr(args, "flash_size", None))
    if flash is not None:
        args.flash_size, args.flash_size_bytes = flash
    return esp


def leave_after_command(esp, args):
    leave_chip(esp, args.after)


def ports_to_try(filters=()):
    """Without --port: the ports to try, best first (in an extension's order, where one
    is installed and registered; `filters` are its --port-filter terms)."""
    return (EXTENSIONS.list_ports or serial_port_names)(filters)


def serial_port_names(filters=()):
    """Every port the system lists, by name: what esptool.py alone tries."""
    serial = import_pyserial()
    ports = sorted(port.device for port in serial.tools.list_ports.comports())
    if not ports:
        raise FatalError("No serial ports found and no --port given",
                         hint="connect the board, or name its port with --port or ESPTOOL_PORT")
    return ports


def main(argv=None):
    """Entry point for the console script and `python -m esptool`."""
    return exit_status_of(lambda: run_cli(argv))


def run_cli(argv):
    argv = list(sys.argv[1:] if argv is None else argv)
    for expand in load_extensions().argv_expanders:
        argv = expand(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except FatalError as e:
        status = EXTENSIONS.usage_error(e, argv) if EXTENSIONS.usage_error else None
        if status is None:
            raise
        return status
    if args.operation is None:
        parser.print_help()
        return 1
    with data_on_stdout(getattr(args, OUTPUT_ARGUMENTS.get(args.operation, ""), None)):
        return (EXTENSIONS.run_command or run_command)(args) or 0


def _main():
    sys.exit(main())


# --- BEGIN EMBEDDED STUBS (generated by flasher_stub/embed.py; do not edit) ---
# Our flasher stubs, built from flasher_stub/ (make -C flasher_stub embed):
# per chip, base64 of the zlib-compressed JSON from flasher_stub/elf_to_json.py,
# added to the stub registry of section 4 (stub_image() reads it).
STUB_IMAGES.update({
    "esp32": (
        "eNqFe1uTqjy37n95b/2qoFtUXFXrIicgSJSAh8abXTZqQFS6W1sOu/Z/3yNgzznf77BWV9Ea"
        "AsnIOD4jGf7fv95vt/9zy9vDX/81eX2ZjP/R37jvvu5//deLORmOXm17+PqPv/a7++6v//oL"
        "6b8IRUwhjqvCJWoVYFRRKvkCSRsplAoWJQ6R1gqjm3SqZEbrFbyErQ/36239dfTG83vFyfK7"
        "/Rrir2pqT+MvNzPTZXQiJdquXWOfJ8q9PKZmHNzWD8OYTN7eeJGzLf4qhm5iJCN62CUZCSI/"
        "yVeHaUFaKXC0OVuXz9vhdbw2ZTDdLh0miTrssldxmpiD46U9sOxFpcPKSucvx+XdcT4cfLie"
        "Po/5aWK0W3SZXvOi+jyt+GjwGODp1fX4xd2/y8oaHV/Y+GtcfKbGIX7FwbexrR7BYFBfx++z"
        "sLyWh09HLIwVjl45plf5Mr+eL/vHZeA1ufe63nyJiPH8ap4N+1OO09N5dhuVfmhXL+f37TYQ"
        "lE+n04VhmOtXlq2mg0/XUKO8HThM4HLMIsLG5HgOh/MjHz/eH/FL8xmZ1vvX0sxwLP/7v//q"
        "JfSn5Mbm62hs/uOvw/X+1XS3rOHwZTy2/vHX/VDftTAFtUODbo3ltJipM3ohyJc4wDbyM1R5"
        "tmGD3Ig3Mlq4qorViiEkQMasIHHDh+KxwtOHoVXCNeDhN6K69y1mYvLGsHHs+ngaBZijYfUf"
        "+2OF2Y0petStFhnUNiR8FceJsUCLtDKDpXR4wVxvYrykrxTfz8lFys1J5LJCLpJIsNxnMcyB"
        "ENXvsyqsjHfC+vXMi8g8PowmZhY9FJgsPTx4GHd0eT+RxhToeDLgRXiTf9BYzWe3Nl8CJSK6"
        "NQ3xSrQs5q+YxVWE5ja/wvgDrscvNP9GG63cQtMbA3sQO2umCd2f6f6hQmSFgU92XB0RSaRo"
        "MEKKe1FcCrwpq+0bU1KgIrEQqmJeSMQPE0PCJQqO+D1CFQFilO9zgs0r4dn4YX/6Wg4OJ4iY"
        "dOVgcxKsBDt5F6NFuTrNMhSXRUlFRJEci6Kg4hAYi5NPgF+1dZyCpbFKlLBihLt7Q8P+QPb7"
        "2Xg5xJJ6qdEo+sA8Nwsc84zcsKycFdC22p+MGK3et8zPmawKTZssfF/zDr0WDsUzlykco0Jt"
        "Xo4rd3q08wj04+VoI5G+G1IJ9EXBXBm8QmdqSA8xJqZTK47EJ93Pa06yW2vwT/qO0rdOLtnt"
        "akhoR6OgokCTlnn9sEE+AWadzGEJwO8hotNwRLROneXRNJY/8hdFVh2vxmvkRQPD+ACCa+te"
        "P/k66vjq5zzs2ybS7W3OvyL43uk75XPgsxBU3xcf4jA0ZG5Fi1NlIRO1ldeajEk8n8hVBuvT"
        "CjHudJtu+OPuYq3WwH9x9xGly57n5tlF3eiqBh1L2KGzAdnZACI3WAJiN68CPiCy/G0rv9eM"
        "0BcCe51VoF+/nlfNxtuuDmc8WDI/TU2y+A6aUtC4nN9dot8iXKDwENPcnKPjsuMvzJHWmu75"
        "ISZTdOfIq3rbB/lI79F9xw8xGrWSeB5P9lk0Zp4lnnatadH8x1rfx5oefOPyDKsse/7DOBUq"
        "arA/bXeaL3hq2BlcFkWe1Y0P0pjJ6sefcJGq7Dc//hj/tcrICjHtrzR/mljbsp0NurE6vzX+"
        "c7xB+O/GIxaC94eI+5JVFMaLq4O2zTRPJGoS+UMnshj4ph//8PNJPPAFMfgCfS9QhKxo+mu8"
        "eQVtLFDVywO8Fp41q1xK4HvuY9SiUu7PkSgYG0oJ91fCoUhNl8jay3NdXZibFIyvxEqlBehv"
        "wZD2fPC8hw5tN38gmVCV99mtk5oikOZT30jAZXVCh2NP7/PzR2a/fCzwA4O+UJSCT8J39GJ6"
        "S5lOIaDXCPxk9w59+jtElbG0+R/83rLUpOjC6FByDPakx6sHxylH5qFBK5NQFLzNUSsjgYST"
        "HkyUgw8BGyfU43yvoh85mPPrNDT6ATjwa0w0/1DeyWNP/XJ/icaJN0r3oCPVpW4lH6GjyeLv"
        "wKX6HUrN4VxYy5XXGg3YIT2YrPKani9qSvEKrSNnJ6qEdqsGn6rXtqBmY9ZoFO5rMqPDq7il"
        "FjriECR0A90ve31Pcq3/NcrrZuYlxSHHAy33ZccT+Qr+ZdzRLxnIOzKOnX/3RcwdD/zB5hTo"
        "uPTOC586DVJ7fGvvRdCAn8yjqKrBL5ZrWbMfG/zF7xkqu/UfIUaMYTzpTXt9VvVv/e3nN1ro"
        "CO0Q3jYJyHPueNNwIh3wByYG+7ujlS+Drl1oeQsifOmgDbQR7v2FXEjWMOVti71JjgH3b+kl"
        "63geoxMjuwYvwXZZMkS4JmMyrMdH+1rUQsjGXPzo48ntdDtELAFXX9FAWnjc253gtkl0e9Tb"
        "0wfEjLZrh0/7Omh94fmyQgFvvcRoDi0+wZxlkkH/lBKYZ9/P0zIuWJXstXRe+/HAt603qUoE"
        "a2F+qnAT282ycmwb/DJb4gNzCmOVXo3xrd61lArmtVRQS44je/TW+EeUnkNe2Gkop3v0TZXj"
        "tYAvjlp2KCnEm9v4e1zf2lEbtE6+QhY8O0NsYylUf4Pf+X7oWIpw9VwvaiBWIHfQy+zf6E4n"
        "j06/gec8RocLHrx5d6QudbNjIyTbxgaf/zLhLw2xYDyNT9679Zu3YeWPzFMoq8938IATO8HI"
        "45SBbqXA2O0oNIWyGLyP5yPpLBATtCkoCdid2nn26nulOmZaj6pf9ldXXq9v1OcpYD7wAa+R"
        "k1OE9ygH/f+qNqaqYDzzFkp5x9Ibdmubtw04IXqi4o6sxEGiucekAnmcEbfmLkRNJFVFIKb7"
        "kiyWf7f9Xn8PWj/Dzn4sra/P+KV973a1N+mCtCMBPnG88qSw0SgITRKpG3JbXglPNkvQSVqh"
        "z4D5BDKRlEzNd54XqV8I1zWmLuqcoHfv7fm9MW5JghwzPDEzp7jepI/abr/pnfnNYYbrOT2Z"
        "ITr0mGN94myG28+3QZnzS4Wt+RB9YbP0QL+h7cDaUvc1ype4Gm833EXsQySFTNxWDK+H047n"
        "/g0t1Q10+1pUt4bi6sqqFX55xqM0zbJXxyvlsbNr9Useg04emdHhRZABQIsY/KKIZ6pZpiZu"
        "TAcBlvknH93xc6btv/UGgNUJL8D5HoeG/oSxpcan3fhtFBnLATg3hLrnq86/lxovGVXvTyQi"
        "aoY0jk18yZX34y8mKP1bW2HdRuzH3zQab4UI4jOutD//7X9ooduefp9Un7/eR/Knn2u8wDRe"
        "+GM8T7eDf+fPUKrjka/7u/n6fvrreSz+Pn8/32/6kMXhfVu3/xj/Q9PD5QHaXf8ntnyJKgXP"
        "d/Hyn/3p9694T5gHz3/r+NW/X+o21fnUTB1+8EGBxHO8P/BCjz86frnaP/8zPRSdoP93fPy3"
        "/CBy9sPPmbanfr2Zpj9Q+Q89jZ6faHrBL6Nn29fxppd3ofMzoTQ/O/514/X9cRnj2CyIZCkm"
        "fkTjZLUiyeoI13uerJZNshIKrOo1Q76bKA4RjwhmbhX6hhzlCH5udcvFhRnywqarCxtYhYfs"
        "s5OhpPftMmdTfmE1T6iR20OSLH24hOKhbPhyGvPlZHhTo6ZcjHLIm/bINHWccdfSifEq26zf"
        "VnkdqisgZtesmDDzwwHdkhk6pE3sbgeo3M1QuFtwd7tAartD4fZAL8k3UkmB3GQAz14RT2yU"
        "bw/wbILQtkbu7oDUbgRhJh+1nPulRWpA2hkAbxrw61Vxd6SIC1Tm5RxBO3Bv0ruK3E5ZP/8V"
        "0teGobbxRxbBjxKQr7g8CurOIAvwiB5j5oYVSkX//BylyQkYD+OJrs+TwVWoG7TZ1YPxW+W4"
        "n4hBu+zmmynXdRXEX/vdMBqIm6TM0GrY502Z0skQ8AvikmniWc5w3OclgLJQtdexddVjxBNu"
        "XVoFeHG0LRSr23zCMagSfA/AmTu4zwcg67QS3tEHYzIzwBs93/IZn8E5gF9OmWI9BudVCnka"
        "tnK2qeKr8SYd8LEwXoezmNk94yaxd2Ino4F8MFd4NOEO/zR8vdcwI2KDrmb+ZSvI+ULXlo5t"
        "tpC7EAb56ZdYoCpzQ1vHmg2/3jLnYTdfdtpItXDHkl2WVeCmiGXsaGt9TMsWdNFoTzEJREbh"
        "+7amIDvShgLe0VhCuUPAQ6XYua+VTuYrqnNw8QlAhUDEj5bPfQJxp4jFHf3ONt+nEIdRxSQ8"
        "W9/B9OTkmVf5NXjiCGJ6j8efn/hWYUR2BujhEkmNlypMurhAp0hpfFRh3OObKQX8hGQ/rzgY"
        "g9bt8l/AQbspvBtr/95E4YhXFc2+wC0JwK86bp9AJ3DSYp170V72g3Ci57DFt8I6r4SEaTXx"
        "hRXAM80hbXmu0qW0mjZS2D52z6bopNLxSYw8qm4WDdEibt1nRhZzyIepF7gl8IrvvcG2tF8l"
        "5PEUlH7LVH4l8oevIlFebtw0v2AulkAi7BOd/2uMjc9+Fipv3/fzLCw0Xv/hPUXU5W4hmbad"
        "O3W6Zze/nj1vz0mdNEkD96UXd/cJ19+j7jvfeXp/CFUNIQMLtw+9LryhD8NVej+L6ty0yf3C"
        "Jvhq4V62Hu/eRZ7Xf1ZeKP077vMkUd7An/DWsBfIbGeTKmIO+Ko2T5bK9Sq9XuzynklTyLMF"
        "en8MOn24sJHbWjC+O+rpvA0MyXV72Lf9bHEKFsjW9uGaP2tc5HC/SRwH1rWQbt3dZ/o+NQSj"
        "BgtpI3TfEvDLru3mWuVs4pQrtCIrhXbXwdPHWvHAeo8YjKfHhTFClr4o0BDq++5SsRS+M78G"
        "XtwTpPEeZZqv7uFnzjBCZknAgZnRZbtY3ZF0d12fqHPxFgxiDLyoNL8rQEULyj1svsn5HPjf"
        "ZAWgkDBgU69peGhLO6TmCdtupYBPGucmw45OiAndJ8hbhYAlBdjyqZq53wrG7XnTywXwYKcT"
        "yHV6Grq2QA/Q2gajvaiaisbLkyvAXtoG5xLsDnze23Oe5+cvO33r5RRIe0qR85TR7DRGjtWv"
        "P9miGOy23CmtnxUByt+W3TsTyO+ZXgPw4OkLpyjXc9Gu7Zy5C3k7fu/0j/Z7MWBDEuY1ZOvd"
        "lDeFjOvVKMxQ50e7p60mJ9bqe4ww8HJv3ViD70nVCryZhLC+tQIZOFlHn2eKd1mleAV+mZrC"
        "oxy/dXZM3ClQDLbEItXxFZT4vQYfFOLVdvy0584Prbvnkdblfj3r8EefrGMoPuuYbY0Ccqu4"
        "vIHOSbFYSa3XFguQ/Ynwuq0IfOrnRxQH3lxCbITk1WhoZXvL9NiwhVFATDyZTPtUjQfQyvvR"
        "zyn4N5h3pl7L9yVimMtVwJjSfs6TsvBiiA07yTIM7QjaS8AQN7vwVnCt4drA9YaW4VOuVLo5"
        "hzSF9TZDgC+IVb1NJ3fti274Yz07rfUe6Du/7BrbCQ6McPwKfmZxThqCqqMM7UgcrtOltO9U"
        "sXPvV+oGaGFAR5JlBUqVl6xVCjJ2mmRpYs/o+FgPjZc5rVEG8S7t3qN6zrLVuuD2vgiwTQYY"
        "5+UtVB/w/eMtxPM9rSCn0jaq7fobv1QhPnJysNE3TivnMGRv2Kkcb27EsCYPvSjI9Z76CuNX"
        "FNaNSTc+wqT35TmMDeMXnTxkjt8eGk88pnEZoN06Ll8kxBLIdy+3B6CD/UkUJ9PhNydBx8m0"
        "5yepII6k3dlA2s/1qn14jjKFvFF379fnDkP8NzKlOhqmj+EzX38ToOtm9wwHuYJOhlpH5tjd"
        "KwR2nsAzxE2rnzgL+Vv6p617X10bbJ0TG6I3MU/9vkDy3C/QOVxHr3MLBuiw7L6HMpi1k1bn"
        "ow6+cMD+1BwuuPAe6FYh+s3iw8AJ0YNT8HcDasB6dv06EtaZB4yr8at9tyXav3djipwZLQu8"
        "0I7dfm0S1uG5+rhLxy1YW+x/2SQrTFhLiAKA5W04fNpX0dtX+tWNRUl4RzpWpKd+7E8EeSaz"
        "Oh+T9uuB9tgkJrTD6Y9Nis1kym9vhj8REvgD83P86HhN3UXHegRyL6ZUuZNuPTghBvh7TRt6"
        "v05/9hO7GNTzGTz5qhvbnk/QywQiyHyltD2LtbaB4diXbtU96yQxOTlrY2XOtT5/Hbu1Zauj"
        "OQXL6+U0/zJGEzuoa0OPOa6IgdbtbIh2PQ+HMkjTk8aRJka7XlYecBb8Gi67dWDXkcCZAtaR"
        "UcAX1Z3qeNTpz7upgZHe/7x2fNW41pyjbc/TemLjVhrX0B+6kxDA2vbY3Ufbfu6sP3MwtL89"
        "93LRYy97ufMsGs0yLuDzDtcBrpBnclRG9EjNGfrZD2W+kJWoaxEeAcgzE6HlzEEtxTwpqGC/"
        "9rdVHUhIIv7Yv885CIg3ABVordeR6bYfc32eofPzi2473flR8tzfl69bLxqEhl/KS93t06Um"
        "eb1zV/Q+/GBTWrCFFdkkQGIxQYCn8UT68QcFvm/ReL30Pg3LdBZ5zVEOWHGAB5yUtyTXvHDe"
        "AXVFgdwPbxW7owYPATvyWZ6DG0Tvwvpg8SUZFg8Bfm2gec02sTNiSVGDU8ZWh2FxiZbe1jD1"
        "vt/WRxJwnV6/p6IYFIYnqn6X/qY2yswMjU+jKW+x5Bmgqdp82J+BWxCeTozFqfoMQv19aOyA"
        "soAospQjOY8pwpBbVidvZrSlPZNz2yzAV3b+iUXwRjTLW4vGimgck90eBlgiv6X/uv/V8bvb"
        "P6XMAf7K49AQegzgweLkz2Sh2AIJvQ8TDY5TJOzu/E5genjBlffarYuZhFB2x/gpVyz1/gcp"
        "I1dG2JnJi2JaT9yXxBcbrEZOwXa5Tz6orXwfAT7GcuUuRSS9l3/e5+3o47nWB6H1ofitH93+"
        "DUXbfKUA1WQ+XHVeRkzgLb6w9TnebPzP5Fy4yTE0KN4/vwfG7uKP8MWrjdePfCO3mR1OP5NT"
        "4UJuoc8HfdR6D+Ar9PH+fAMpDWUhWVLc6AhcKmM56Ojp9Ffo/QFcaf6lWPqy01eKZj9tT0PQ"
        "3l4cUvgSy49/7e/fxzjxpajW/6m/0vsTXRutZvLZDrrxuvGn/9TfzdfRR0zd7vqR3MDzwvlp"
        "h7L82/h/jNe1/1jfH/T97u/X1+lPrekFPbgJP2PfcCG4BuCxLwz0hwl0Otd6v50q9MFXFxxH"
        "3hy/tc32U5D6s8KmstD2YpLsy0TTq3nankwSAYafFuZim8H9vACJmwRfwMqUjbaFSeqSIfN9"
        "aWSfJaRUxvAquQv50VtYy8tRaszpxeV6shvez9gGXxd9d5uhl6ucuVvFxC0/7FEBsTpJTihC"
        "NV+gb8DX/RkI4QsPta3fAn2Q1FAO8Ve5Rden43Hfzvv9YJPYBJl+yUmWrbBNInyH71EmwFzt"
        "yAt1lIeJ+7z2Bg5yz+Y05s52LqsqzjLR+98MaEDu6tf8YdKgYntDSx1jLFz0+6c55CqC6zOI"
        "5JlrE2zywoIMih+2OSd1nqI1qKxQVgrvVYJInBnPM4ncX0BeODaMYOEtZ+prWQ4CaexBqoow"
        "yEvxLZ+PgiHgnTv4g/0st8ZhAX2rvs8fhdDH9tD30vWp2tS5v9tw8I17vH3Y+RDoU61P5iv/"
        "cDGdwjD97+XJJyGZZW8nM5SfTMG7+P25nvZ0Eyt9hgGJ/7SbezHwFnJK4/Ibbfr9//qj1P9J"
        "dAcmQk6v+ZH0/MxpVqV2k7ZIJSaK+jOYt/6sdY+yZ7ufq44fdhUu0RAocGtJ4zeVCFG8B0YD"
        "/A52hKGme37dP6+EF7kYUrcZYZZapiCPJEOrrHZbyJxokQlwEfr55XMtnkoC4PEB6/xn1e9V"
        "r68+oFnLXefBpC5v6If+KPxFvzB7+sFE66Xuk/2eSFNKb2w/aDVFNeB9qztPCvv33nmO0ZT5"
        "B9Rq/RhBXGR9vGW3nJ8tBnI6xDNveFO+ewEcUeIR5FrcPVfA88xs2hP4an0er/RYGixCJni2"
        "HOpw9xLaT31kH3/XR8idUH+O5ffn8iDGr6mA9wTY5eJk5bIeNh6gJk/Ja2gX+UdmpXMK+qbl"
        "GfX7QOuSH7u53MBVMAHwh4jMorMVG8t8dvHy8nuxdvwkvkTg3QHDMp1/9PtOJI8akwGuY/LH"
        "/raAhqO7RC8QMuoLoNqQW2Kf5s5B2zTz+3OQ20PPOThP4ih6dV3Iqf1mNyVxMJ9U1ZB6Sh38"
        "BQF5jP3mYCH17uic+bBj2OjzFauMzUUoU2x0OSqYtEwn4g4ZyjnVJ2HJouUCW+mevN8arBga"
        "5KMGZTVPlh/H9UTOswIIwXcigY4Z9MnMDETDD3iT0MkRPsEb+BO9BxEY/G5hrvjeufJodbP2"
        "MWN5ubamOEbfCnI0oryi3yfJs/WNhzPm8BXkMtp+tH0NjX6/RylLpOUWGW2vd8OOdlTK9I5D"
        "aL/2efkeXRIC/vAN+UlOSfrgrcZtFn7p8+I7PQG+3IfPfQILm8/9JJTP3ckD1uW+Ny7t33nu"
        "NRGQkWCqOelzMJyfDK3TXw9jbGctmU60v6zQvbQlvxnFacbzr8ftc7mi8Z4nnb+iS1VL8GOL"
        "3LzeUeAeJNJ+d9qtG7cEfInGOlfAOWLu6Dxp72LV1QY44IMdcQtsQX0T4TncO2SLk6wg7r3z"
        "R9qM6I/duI9+jyPPZrnM31QqVJl4xrBtsovq7LXbA33uJWn+dvqXgxyQe+nefepgdr4hbx68"
        "iTvkJ6AraNfn9+bZ4nZhoewrHNiZxaeFveh12k2f+2w0U+lTz91tP2YQGncaySXY3hypPTm0"
        "EA98NEfVHiIwxS97dDXnkVppLObcC+5IyPskc2C9Edw7ZPHd7NfaxYuvnpY5ePu7mWucxjP2"
        "GeSKvEy0/QSAFw2XyC6/zdgW5QxsdgZAHTA0yAiA0EKqoITPEWqQ0rJwJr0sHgbYsOe3xpJ/"
        "Ig/iUb9v/Pbe7wEVM0BpRV+AoazYmPMG7Ax0ClU+cqrnHlPwzDc1b/D7cz+GZs2rugybQK2E"
        "Gmh7dj76fQhqsBjyVvzYz9aTeJkFMc1mr8t0ogKIt4nR7yOpnH0bJ7jybi3j8KQo+LNIEK4W"
        "jjUsCguwAMRFVMXOZ8V03NwQBk6ZVVGKBDsdXoKqYpkqO5vn4E/fHhORaB+/7uX7AlTp/aXj"
        "nIuqhbFEfYuURKdFdWE3h/NVISLwB8cFdwdHsJWcLSvgrpmzyMqZHIQsrtZdXQ3m5vqa7x7z"
        "iTFJvz+y1zXlUhxbYyF5PTDsETt5E6MtcnF8GIslF6g9k8UaMCtp9Xnm1gpNY8N4XO3wbJ/6"
        "mTOFCzCZc4TLO5OVi1frSepsHP6+Bry8uvnJ6sKWUSHREjLDg8DDO3Km2P0kFK13xYj74LPW"
        "RaES18qG5yPebc9lu2JL5N8TUp8KtLrx5CSdHEunwZKgbeZU2xzDd472taP2DYa+ebBOAMG9"
        "AQ/dgifAg9jK3s73tcVKlW9okKAr4Ebf9Kz9l6EAOwJdsSFfp3hncor2LpJkSj5N/yq3Vc3Y"
        "xcPiEhDvNpzhd+HjNQvwWnDTyxQoyAxvBbSZR7xyBvfxN8dgYzenqFJ+kKWzqjZW3p2VH8Nd"
        "tT4RuY6JWi9xlRm4pCVBc0x46X6cwclpdLLbllSUHqzS+RIrVaHBJUHOCqttyd73o49LPJhM"
        "yev7m7qCZXG4Nh9vsM74+/6yZeXn9vP8vkUfRb4BueHzrpjcOMgHrm+4jnABhk4gl3IXdBrW"
        "R51vdOeX3Xlsd56q67VoXyPAAj+BHNgkIuLdviBDsmCYM/oCnugF2nTmVFUYv2k7rwCDqgVj"
        "jZQrJUJdlyXhe6Jm3qoeG1MiAaVKmQqHmGK8Yn66bBbo0Nd9RbpGjnpno6pWeq901Mf+cgnJ"
        "0XpxiMeqYZ3vQl72rM2ay5spZ6gOWoITGfsUOXDFWE5jVO7X+swLLvPWRqMw+11b90d9GWkz"
        "WH93fg7BWJ/P6vPimz4/LlH5Z73uqM8fn58E8smqpuj4rAV71pA4H5DOHfsah+ihAeLvfNMD"
        "gsMaAlZff+SLtNv7EuKEcpSCp4McXOPsn/oDoccmoGJI6HrWjfUw/1af6PzUX/b0/apjgjj1"
        "rFvQrqTSh1wrLv+oL+trdPfoZlLrE09r8DlC1979mmt1DTPZUPkHbbQgxK7eh6tEn3liuz/n"
        "dKfhdENDs6v/e8Veif6gr1+vztef613pc7wnnbSrI9RrprDml/VXMPhdb4F+0Qt0+nxfROai"
        "pBXlEachqoSItJ/74ROHPpMEqG6D6p9r4BAA6yk1Kp1bb3Q9J7wG+Sb6qeccr7w70vXXRlEb"
        "MkAgvRLaQ8PGhC0xY4BW5vtzxOdShRKeiPUexRGu5IcHipd8SqtnHacwSaj3seWzLmaBcqVa"
        "c5a3wFkPUkAH3DYoGmP6FJ+nSw/yu9+1Kp0MpPitnzN0efJP7438mzpVef0f+zn6n/v96n/u"
        "D/6X/vB/Gd+tPnGBLV1PQtFqCtnL1KhBZwFL6LrbZ30jF7Iif9ajdsw+GsYxDDuZYF3ZuUQ5"
        "1/XCBBzQwzBSXc/xL/rf6bsEkGMsf/ppX3dFUSffD5DvGHCX2dVWX8TvutNf+ke6en2k9QX+"
        "GScb6Xhn6/qeSte/T+foVDYU+Z5oPqKpMX27ozV82sN5ZGXThw04MovgU58FDOdyGk2PtmDn"
        "g4lNzzTag4lgvc+1qh/79H7qeVFRZ1q/EcTgn98I/NTdkmMzkX/UKpLufcZhvTMC9mZ17Ztu"
        "e7rdSN1Gfb/0JaBZkFfxq77nf22r4qceSO+PNjtvW3Q1dWwk9pDcvTs+O5hOK7cjHhcYHYbP"
        "GlDHNmpqoCgBqYG/bmfKeQUZymf9J1HRMRwgkbFsGNrKqNhPzeJmiVbAK/A7MTX4HNks9sCh"
        "3lq0N571ASuBvj8A7YIBUa6KT5SkCrA89oFlhyylQp1r7rmvSV6p3Dt/q6wNp1sRl2fILbox"
        "NtQJ1mn6Upt97SrXtfBUnwX0+x1XZgpW/KJhCjSgjob06XPeJwbYOa57/S0hp24lFVgAPfz9"
        "CzBuhau+L/sO7aZEnhKwxr6OEdtt5fbbfQvIC+zE6zQhRDe2KHP03tcIL4g3kzaqHIQgt0Gq"
        "iH2m68RfRu2RBB4v93k05p6lf/8hwNauWr6A8bVfW0hnil5N2p8N17n+Pciz5vrX70W650Hf"
        "TFS5FIsRegObdUx3KZMpVpcaHb96uwhYDo6rr6/s9l+p7f/yz46u5YRctd/7WamnzqJjPlG/"
        "9LT0QX9eycqXfqX1qWtrfSLvnl/GZ0BYzIk37Kee/OdTUJLh2GXWKi3wUdZ36uh6zfAZc8Mf"
        "+u5U5NnPvjPcSf3ev6Pm4H1Ux0tNjt7WPJjEkOEcA0zJVIGGsvW+wcG+EiTw1QyXcrJFa1Pz"
        "QojyjH/Gz5m3m9y/DFO0aH1upySE+eanqFl4ZXXMYY2OrgFEM5L4cq4A/Pbzd23gbzW/RuPU"
        "G93ktQZ6puhu0omM41JiQVgCLoZWlbdETQq5zvfBQrHJ6wnHrZz5qy3QcTCe9eY/+r/f05UZ"
        "HqQDWKhaUsLxuNM1HZayqHkYs2FKvytnNxhU3rWXxwly5gm39qdoLDzrBjogtX921DO+QPKq"
        "qiV4SF0Tbf99rxwnT3lVS/k8P0a6lr39J7+pQUk3nsCd3zUZ/6Re9/uK8F9/X9HxJ6zOP/r0"
        "H/QDFlX+0gfQr+GvOOtwPO3r8hHPPATYs/k62kN0YiIgqJRS1xBAXlMwCTg1+qlPp0jruknf"
        "Za3prmQD+ZfyPp747uN3bTETKOttq6sKR5s5usyU15gO+BwAEVukPBJtzusqRZFcN9rX3yAP"
        "BVHtWLVOscbDwfaSuMM1AOXOXwex7GobYAn6dz3H/ggZKaZrqFAEyhkRnfdqJC0AK+jSX1if"
        "6rA12F/jRZBfIFdR19r4/OVjk0BuvnEhY4WQsf10FOQXQeScc1nwVCow9zZ1N2Restf05UV2"
        "a0mnsmLzFsJOzl0Eyb5kJIo3PkFZVUUCE5lVT/wYYIsHGpfG3J0p5PprRO7rbPQ2hLzNxQjv"
        "klcYA3I37u5kmiXIHe6btcLe+fCRM8WEv8Hrymtfz7eVE7/OXKRw4yj0tb3itenvzpgfNrb+"
        "/dOZYeYyBXkeUTd+gLFwka3Q7GWz2w99SI/uF5gXdH7T7b9sLvNcn1VNM3wpPL5B+Nvj3kGq"
        "c4JW51S6L2ugAXKgAmIDzB/I5AdXCbLj1EPV+iEvchfjt8Xpw0qqb3C1GUpBpqmHWOKlirsb"
        "qWBNN/eIskkiLpdEbT9Q7mR4iwXgd/65dV8245x/WofL/nJPt7bVz9f0stX8xrathoAcIH9+"
        "xncNzDSG6X7/BLhfP6t1YtGfCwlcJj5yIB19g6uE/FJiXZOw5h602f2SOiuVKkHjdoH2lVOt"
        "4+63ZltCPt2ofV92c3WuEFx9BZ5bx0a6yCCoLQHTdv5KxwkiPZ/ti2y89EZya5J3OZ9ibjom"
        "KhDwi6NURa+Q2opjhv/4fYv+QaT+leMfP4jsfv1o2f/v/wNcN1n1"
    ),
    "esp32c2": (
        "eNp1elmTskzT5n+5T30jUMTtjfgOsqBYZV8ETyYUlU1FxLbQifnvk9jddt/PPNMnHchSuV55"
        "ZVb97z/btv1fbfHc//nvjBfG/H8+f7htrrc//x0NZ0N+tOCnwn/+7Da3zZ///oH+zwOPZqAR"
        "ViliFi4JMElyNRvcOWSvB1KTeoksukJIoHVllhhSFwkX5RpH14M6tW5ME4OP53VMrmwxX/hX"
        "JR+mgVeKNawjhdsVSaac7ouhv2yjO8fNZnGsVQVdk2s1VhIumUj7TZKLS09PinC/qMSnaxJv"
        "dRROTbvnp9HQXS7WgUxdMdtvct4sZ8PB4fTc03yUpWMmpNboENxk+SKT/blsDkU5455rOC3O"
        "RcWaMtQmg/uALM6Kqp2U3dZlwuQwotPrtGpSbu/zZPnBrdl9ORh05+nWcOpzvW9k0+ZC4vEa"
        "kc7uyDofT7v7aaA+CpWPVlfTo1pxHh65eeNO0/JotJNad+ZsdNyu10tT0haLhc1xw4inebgY"
        "NAqXTYrnQKYmqafUE+lUPBydsXXQpvft3R89Gm8obK/BMCe++z//8+fTQ395bsEvFujQ/fl2"
        "fbx+mgmj0VwY/ufPbd/hQ39cTxl785qz+MPSYVulElIViKmS6aKcDFI4PtCX9h4ye05q0c4I"
        "Ez3Crca34cFwBPvcsWLHOvncCtszLIlI2WEMvHXpGASkS+DDNB7Hhw0XJoqZFqmaEPBEM8D1"
        "6Ildd/RRzqULc0FrPYMBrs9SEMVGt4aB4fBmumBiQPA2ZREFPcXYks6ZKTFtChQ0+0wA16Eu"
        "OBe3BNElbQWFR2xVZlDWtgtQnXyPUpLV8NIzG25i0WjU634TkAzMhAURgCxntSh7U5MuWDH2"
        "2pp76fewKWGZt57YKslO06PgqEfmB3mW6Of0I1/PNjHMd7GYyCrZ27KHdqBsq5KlrXbM4I/P"
        "aZyHSalBSjXmqsQw6Yi5Lzm0x3Ysyvw4Cw/5fWIqAF0p30JqDTGWBPPcZYX1nMin+2XTuvVY"
        "vvW/o3woj3QZJpr2SBQRIrliYQyiXdyywltfN/HANHVvatMJ89HejpJn/mXcnrga1xe1E2e9"
        "/GYpOcvRbFvlnGolgRTtewDJM+VejtxOez+6/XULo7L8SAHtSrywtyP64wpW0m0j6P3JgrFo"
        "8+Mj+4wT1z7IN0Y9axij/Zam3l6MB0G53crbbA/o74XdZVtbu5x0f432hZPkTSqaCO0YEkeN"
        "4FhWQSpbAr7fmXLnDieN1v9eFfnK3lqMSvqwotk0peL65FgYL5lt3Rfcw1tPm1gK9738dF6R"
        "wrN06lanh+9GOcodayjiRBCzkW1F5FATb7caV6t0cNz08qG9SK8/iwF1WSOeCUA9rWWnR3XV"
        "gjZRnkVDW+aPMD90gEcgbns7nEJwdEiqAONM19uqkpPEABiGFBTT1V0zIPjct32YxQKS/lyD"
        "xWTiKGOhq0dc19ubj+ElpwR8bspD6H1PPcpCkDA/tNb/uk+AD/r8GUi668LL3vi+537riRI+"
        "zAzzo/CWOrgujbWXXmL5rHq9MA5NzIcHyintZMzDgIQhkHbz87747+8/0L+kFZqumNFvPWpH"
        "KbxAl3+u1YcLUS4zE0BJweVSyetCyIapDKKmxslA8h5hb6cRmJrKJ4uCRLyFeUroxhTnLubj"
        "w6T4P8gfCcolFE9xa1i1/8hFUxRcKMmBQs38HMSZUjOsM3oKL3wA6WqAmHvrn+u6Dk/59zWV"
        "Gh9E/X1fky7fcic293AVnQ4r9+XHZb0nniArEG6I56USADmD6QiIX0UnbkXSJk1uTOk3TjJz"
        "P17PWw7jUwXFei5cscmZLCeDvQqa4rSzVQzEkWVXfLiiTqvKI4Dr7GNajOSZYvHB0pnLV/2m"
        "G0M6s8O2Wz2OV43cNv06ullXT7ENgTKXnte2MeDm8maY04SPZBg2yvNTz0+cVCRd3Z8eoaiH"
        "1dEVVwddT6qr71f6sq1uL/3a8S6CJC5VWugl79x2TPnOExjKHR1fdmlH4x3iL0i2Mv7WMzFH"
        "qWc18WyL+rYtR4VUOScW4p6C+LjZSWEyOHKjiLi78nBP4EGb8TrF58JNkCervSYICpAve2rO"
        "MHf3pThLoeIOY2mgcEUWfhy/7W04x2yUHuGVj92KIX68cIXOlLD1iPdo6LW+lNk+pWG47+uF"
        "mUxmZ4BcrsLVV76IwEEs3/o697A1MnlgrlgyAcQJzN9h5Yn+Vte1qvH97Cduk0EhGYkLWRiO"
        "N6hnUK/e+TnQjnJTe/Y7rmxpbNQnywun7zwAB+XhzpzGMuNM5HNTV4HoNjvE7UyyHTbhmp+4"
        "VKTK3Z2+7C9lbG3KIXTePB6N8zAtwamg5Q4XEM3TAPNjzQ1j7eGvwZyG90swKXVn/DjMS+Ne"
        "YV6QNfimJ2KeaGVFtEexxvdsvA7ErNllYUq8icPbLllEWWgkgzKG7KxWXDXpn7NduSxZDTcW"
        "Cq50iBAfiHex5S7OepwIjt1XvNs88fzTuGZ3A7RQJeFh3eO/32bSyg/feRu0m4XHOwsdcczb"
        "9P5CPE/kt500u2ryIV2/cE4x/alrFPnTVFCYgNzBTiZLtQcVr6/3Xu/fmMe6l01drEuH/xd/"
        "s3moQhKq12Tm3bse159RLxfi+XhtYhyylJ69Tv2OI9JOrXLa6Mu6SrsO64HOe55iWqLrS97c"
        "Jdf9R7Azz9wp7TRX3GCeveMqGw7Px5iKp1Ng6qdQPB1HT0hYqkNvpHCXPjRL6YAGeZ6Axma0"
        "TySUW/KyBOpLIpOHbXaZVNKP8+CB+cZIRyFcXSYC5hMoHeN1rGfSj34/ebHCvEM8scYLNpBF"
        "37TRXlJ3P3P1ZbdQfNscMZK66JfYxO9PDvy3vQXLvIz/xW6v/Oj5zoRPvcdUbuuonLQp/OA4"
        "DTCyTKynL5zThEw9Lw8xxkeZQ+ojft9S3yxCT/E2t9mhZbcI47BCvJSarKXIWzrqm1ni0XKZ"
        "U1d7PAgVzabyoDRE6gm38YnvRsumPpbpsI1e9UKxD6TTJI9gvRhVR6wQssZEAoXpaa4d5FoF"
        "77qzNJthsQ3D25aIJ4czMiUgA7DR3yBpXzjuG++4c5fOEfmFUTCvPKLwFdsbHG/KmF8vHLlv"
        "piOPN9WFfCkndWokLK+clXUq2MbD3/WFpJdTIYUi3JXSAUGs/++4+4rFTBKUjyNeywcP2Dcu"
        "dbMJ1LKsv+OHZJ3f0DL8VZ80idb1qsm/+a4tbm8L5G3ol7zTSwwOXhMA60kky2GsN81RTZg6"
        "dE/OPWdY93gzXFA39zRZ1sJoIX/XRVP82B4KrzZGqtAFw4Et43vSJNBfvOfmrU5Nz7+llWks"
        "VL2caKnZofwi56Z9/SLLET5/H4amrOZhXCpcMBSJ+MbDO5hV5imShq1f9vCQX5oXbBMlo6Zu"
        "9rgQCuYVPGmw4ifp+NjZeWJemAfRO55N23r06x3c4hkeSpkL2G+7Rdpvu0lwKxo9/203WxwZ"
        "td/kYfP2b2ZgS5lFvgGnmH7h6lKIGmt+7fuLkNCpCWKmv/GMNsRjssrCDXYdshyEK/m2NlUT"
        "xiW5u1oyMFSimypFXox+/ajf8m3/6Ve4Yl36Sz5F/Gj5fQWWpmLdKAu2q/B+j2fWfVMEZAqW"
        "0N2HE0NWq08c3A5cA+N18xOvxkdT1NFf8dPUUWUKTQPOMBxevMVOMmerTM1LxRqsqr3sIY+v"
        "YRg1qM9uO3zhX9XzB+Tbr/4J/N0ltaWuc6HZz1vRzdw3TizriZA4sgXiunNHP3Lo1uTmdbRM"
        "kR/9+l3TtdRTLmoyiM/wcZGpsNLhR/9BzZQKNH5UsZUrWcq4GscjacyjPFEmKSvOacf5/bmr"
        "Hs/5Sy7MfwrLeAnDOuz7DbTzlNQMfuKOQPs8XzJUHfQz9ijR+oa4qSP/EwRZ9t71X8qKbK3f"
        "FthXPl3dr3seUhEqRJROUvclnyEeku4mw+CCfQ3KqThMZ3ZAJtK8xvwCW5m95JZX3Jfc4y+5"
        "xyoNysw9pIgfwDknbhHtSuUQwmW1DxDmgvvFly6Cr0+3hxKyeFOxHeNM1B/jXDmcjVf/PTF7"
        "3JW6LEV+l6rndSxiHRuj/vmR7tcTJNkyE/Un/texD58WNpC+P06QQddxh3EqJ/A83lFvrQ5L"
        "AOzfOYnjBshD1MFfcSRoXKmy2H/HvTTU1xgnJFa+8oSA820XkWTmti0z/F6wnSMvt2HCJMoE"
        "Sc3CaPIRHMK+D/EE16e9PbDfy4nRsQfTf/kpO3fjy7RyX/lScekQtPFZRdv09SQZKDFUOehf"
        "fvmWS1OS9TTq4PJVF/Nknna6NVq4853nnRYkjHf32av+5N4XPip2RWGO/BvOyxNN193jx05K"
        "GC9atI8Shi99vu2TqYr82z6JtiyxFVQM7Ic+7QGZKWF/820v2Zi0/td3UZ/DdtDXA+W7bhhh"
        "JPfr9Hk6dziu55+Hy3eckaipVy+cycKEeMVRpttJKWUVVOPDBHT1SkdH7DFlIwtvi1hxaoMp"
        "2H+cshcuiJHcbO9+3sv7JT8iCuJIDUbdIt4cGMdxvd8m+HwDYkN/5IBsbzQm/j4F8ff7+6Y4"
        "2ai0vEG8+pTTJBYWvOdOd4mRPIo8an70p12ZIz+M8Ltf9gE9CZfUbRbIt/TMrYhHG+MUNsVv"
        "OV1VKzWjAuK6nrg3V5Gz8N/raYTQfTT1Zrsz5n9Z22lvj5H0NMc1ZryXyQry8Jvn8vPQq4P9"
        "9cq5WR2sspp84eVeRKW9X+uBwn/jPtgzc1Qjg/C2q+4Ht503bn/5KdsU37j9ZUeTXJra9Rio"
        "R/x94QWrSdb//75vkNW3XRKS/COPpEx+GPLlbScxU/B+Jk2/8yyTj6d5jfVgLtSQr9xTfjHl"
        "IteNt136RN4Pv37XavFtLynXL5Vc2vyw6vszOpKF7Ub29jwnDDz6ETjDIoNnkXhw63YonzUf"
        "bLdG3vOfb/tQriSw4unorINzHNPsFOTdPvPdqlQdClo3zJG/bcAF8Xn50leDRx2Gtaj/XBcg"
        "vvUZzeWlNT/38wjTdbpyrbtI69NEkZt+hoB5GS6xzs242lJdV1lPGEt+3kfIgyxh4U+8Luuj"
        "7EPxdU2y5bfdKTxRHeJ1WeJc0hfe5e6hPI0PXDbcYV+t3slqg3lf+drb/iSTICYaawiksiyS"
        "93fB+P6uDY+8nwvpq8/v7MfP3/zhiXyp8NAPbnT69juYc1P5xSMSe1cmR1fKV/viyFvNAIPE"
        "Y9EJ64dOc96+X1Ya6N/4KpkJ4ur6YcStsDdciE7JOGhAMpWiksp5exD4LeL3AuvOZ5yvRVd8"
        "551CVBn970qv+RW/vr2/C5GSKoFYAQZ+fLtNG1l7xzkBa2ASsm7edpfFRq8vfkAiMIUuk09U"
        "Rj54nXIsuib8KgTE3YE7GH1crXEEtMjX6h3lpa5izQaZ+LaPFBlhuhsGYoid6XbwllMcNSG3"
        "PZCeT3/jJO374FR5ZL/zTSOQh6umKH7yuJYGuuc3+k+eSuAUjVH+fs+GhVHf7Pc1ANajw5QT"
        "onPCj8eI4P/CTxXJSKkLj4ZQzWxcDySDUZc73j5ia5K++JkPlryi8Rw/umaipM8bOfqRI9NH"
        "Y+ynP5/7lpeJ4a88FR8Q+sRbHpZYp7ytNjITXqvIVqlbdlqj/Z52pvpFOFUqYbWkpS2f3vaE"
        "bCadL8GrLra/eKyYtem051dLennnQ/S8eOVAdIkgDOjgivWQSuWUP8zeOO/wTREgNwT4kY9K"
        "yHf7eHzbEe0j9fZ52Uun1IMHcqVPvv7/4fMses2T2F6GbSclg8P8/T1D4nbb/Xc+A8V6FPyK"
        "Q+7DmeWOdsphxb3zydq/9R/wHJsNbrmHeNG5crm+J3CiceiurHLU7yvo6EuW9XPwiriUPwqW"
        "QhgkwdZeLTISlVOqKuawlO4hDLa7hSdg38OvxkA6q13s8f/TyoYHGRLewf58BJ/7E0UHW6X3"
        "28PrrEPkPuWlC3QYDLkxb77nuc7j4YqGrH3N8Zo6DUQIRaNOsU9LQUQ8Ul3Eo3Bdns0EskVy"
        "BjiqhyjExtpWPEbKiKUitp7PfNHPQ5G3aKFCMsQfZkWoh0x8070widyZE5EM012oFDFZlB6k"
        "ijCpFK6fa3SUgNYoVEjPQGxtwqg08nG9UYZ4W6mFu1aOvu1dMqmU2YEDXF5Ocb0wfPX9prA/"
        "gtbbTbRYnfTfUeBqIs8EacS2g5d9KVVfcj1sl9znJTVSrOPx5TYeRVktSs82JCRMictkLQt3"
        "JDg51Szzw2Btagtu8BzlCcmT6668mDHy2OYoOAmu98zZmiRcHQNiEXP3CnlOIxiFMhBs3Wqi"
        "nCBUvQvCq27Hcj8nMQ+LfbQSM7VfFwj1saat/CAf+KrWsuOavuf1Yb2qniLy8Epw6Uowz56W"
        "STrztWQSnPt9n8tGDPLDmeOS4a582spHSMp0noJdJ5Iu+FjZSlqYTcRW2Uc2M5TOy/h85TxH"
        "AKfca+wiERAjLVnKQJaKJrYvZanws4E5TmN4WoICTseh7EQrHsfFU3zQJvUvpaJNEwXjJfZ3"
        "Vbk0fG0XxV9z5885JFlhNTGic3NJpQvba9l0pxZLU10MQV7zzmnC4GufgpSLz/2r47ppVtk0"
        "VYrX/pekkPlKci4rrCt2NqmLBv3m3IQk2HGpKu7TmH6+L13Q/5dVH6/YYrFKBtFsEJvL5eta"
        "kEGaRv38UYOVpj00uRDNapFkpZ7118UIr5sOr5d4H/2xS5OtXbeP06O9as9263fWVuRbsh+f"
        "lun6dml4ZbaC1z7AzDBbDIDraw4x3i173jcI8mGKPNb9KLaGfqv9tV/OKPZ//X6Ksypv5SSs"
        "PSm8leRUPxP+siQC9oXsOVXqfg7CTQ3KNO3XnODpvuZo/fxxPOn8/Pf8J7NoUzSyrP2e5xFr"
        "jPWsn6Mki84PomENaoj1nEtDVPC5aWrgwvS5v9ciHWOcllbTZATzqvY/57Qu3Pp+gB2XSXeY"
        "mn/JA9CxlzwjlKebsGn0Wx5m1oHYha6btcGKteSIfQo9ueTX+1i6TEN2iSjm1kbMaEmHLqnC"
        "sPg1P8K2KixlZBIVO2R05dzW7D7B9RqPfQRk4ZJ+/gmffZFMBvZuwgml7LpwDPfy/REtE2Y1"
        "Pm8VPjvt0A7uoEoC8cONDtFHIHLgBJD9rCeKCwoF9ge/9Zg3pWKq69AqkfeIyXx1tU1d/m2H"
        "e2HI2EfPpcl7X+bwyw8wluN1gf0x3OOa7n/pB5KXDOcy9o/IE3Z4Pwrn1X5ST3v/B9Og6edU"
        "h2l4HkXtlz8mh4BHqklHlaf427WuV83Kz9bL+fFWxBYSpiP/iP1+n5CYovijh7A0XvNfMbyX"
        "qXOf5r/tbIh8zZBdace/4ufmvfrTEjYuJIzIwJvy2r2tB4kldy/exOtvO2G1BwXr9bYNxFvv"
        "l0Mo3gw1rD9yD/v70cs/5m7BTXu/eZcwKcHqcfdQnvcHxOVdSCcjRROkuJ+/C5PxmaujcyXs"
        "1Uw0twtijGWWaRr2O7mAPIpdKwS0dkG0Uvro+/UE6M2QKYsr+cef94rth9D1+7tSg0XCELrx"
        "lDsfFb5GnrN3Z+95j8HvvMHpWYWHdTv8K86zC/Rxri68gTOdDK5/zV0FI22KVv4rHi5z+cx5"
        "+6fH1SB019G0MFce0OPtNQenGIdoV/aP/DX8YHcInb/yS7NipBFFfhjGWrcdvvcFDQm/q8mT"
        "130pn2MeIgjJ3sC0yMK4eN1qNq8O5SA4lK+5utnEr30E6Wqvt4u/4oLpp1dcCONyJmijv/x/"
        "XpuqkkEpH1yoq3RwQt6CfWlxnNr2BevpqnGxLu8p9mP54N5ZWNvkEVC0q5e/9430cam48V7r"
        "Qgr6UWVbRYp4pGujCwV1lDqt+BS5fl59wMyciSzs5MC1thcsmttzKyGfCeke83vxCETM97De"
        "7nPsOyfkZ254ss2Q7GrRu9qyz+hffkXuVkosrvdb6y+9NU3wPQ+0+he+1kZjCWwlj/bIH3ab"
        "hTfX5WQunqH45W8N4zdvsZ+MQ8A6tgalLK8puW6R159M5YgkGP9LF1fZedkrT575LQSr3ZbJ"
        "PHa1X/POYqYreM3/7OeKZjLhd8CGssDC5VDqv0/RPylRNmARV1aRl17BdprBfLKQEyu+gFRK"
        "QtxVQoK80YxG8OmfCZOOt4FtXQ/DG9mduH4eTrHfWriS+DvuNG2l3z1zudhzHcb3ZT1vd8gr"
        "l8n4coaVqQ0YBNIyvtMRa7FvmnHAid5nHXrmsxYErEXdL/skmtp5nWloBEmP02LKpZZ/GSkE"
        "eeN2lZJx/Rv/RGJc6lJG3K/DdHSrsX5yhxPoptpxAz2bOP1+0FPmEnAul+86gTiijJHv6W08"
        "irjt5NOv7/lghjT2EwfsbzzWRIOLME8/THGxnY1Qz+Iy/7LDd5+jZqVCXXLbUmnFXNLvfwin"
        "VP2sD+/5yBP7o77/xX4tkb2TVa9ZWuR+dP2ZP6XFaagZ2SNdFuQlb3P6cGpv1uZbTV4evIe8"
        "xbydYHzP7i09f+H6r7iACuUk68koWin8P9a/UXa9cq+6S4NVXvdzpak0sPLFrMeP2tls9+TF"
        "DzLsSwcHLk/sYMFhmnUHHvnPhrj74x35oyjgd5Nw2Qo71d0645wpxXGwQZyIz/nkvQ9hudu9"
        "5D1cUuw/JC991e9d8Z5bkKYM210A1lIHuVwo7a++XMwOH5iXG+SxDyPOHge1APOcC6VIFidn"
        "RfOy+kiV65f+JIzLkvktDA8UDroqJVY536eUhCviTZ4gbL2//KwpyhduOfMGAc4DJf/Ln4pb"
        "iC8+A7L46O/TUly5BPVZlyySH9g/oX2HyL9H92V69vr5dpcy1VTGt/n4jnUn/pCf5DbYT0+6"
        "rU7m87Tb7mIzR57N79TYDEuj55WPWu77LJUe1+lmuWqFrQrGNnzclvbQWtqj9rl53Gaa0G5P"
        "nX0VZbPq/SElXMyD3Om5u0tRlrLni5ABrdhJJsGuwWvZz6NlEbZWoI/MSnAk8NQP6+ifIrJe"
        "58cj73+sjai6K/5zbV4qtgpWr/NBz/xDh2TsrGBpKCYrsR9C3BBK7AcdTcQ6QVio1axNYG8n"
        "I04YHGdTJJ6zUo0O06rve91GgznWDc1RXufkHpoaJQOp+zhw1EX/3U42zA9jju9/n5fLj3Ig"
        "TGYTTjPvyLel5TDEZmYlLV/nOwIDzlN9UK/5sthIWZgFPM2QT4wSgnxiD8dSwbreDncf4Kyc"
        "dn5QIdyoTtIapDNVwlxpiXxOxP5BZ4f59JIa4rKJ1UsWLJ4Z2NgI+mi4x2Uvi5IdE0afIhDS"
        "LrD/3J2c2yX1iGroyWSBIGIcnMvgdLw0e+0hjcA3i4lLw843TyOXEm+wWii1wGezqRJu02fO"
        "Z1I7351giRjHlGfH93xl192eNsay/ezmCcH72KeGKvLkwONm3CiZP/PJ670zLFdjhR4nqb/1"
        "qy4dgzSjMT2OsumUltn+dY6ET+Zyfx4hd2kxolc3aAVlVDTUaZGnJiC9645tjzf4vEqLz/iZ"
        "hGfiM6RKyS/+KhUX5DU54pdK0W8epdVio4Jo24vDtCxv8QAbHhX2iqQJXMQ1trM4zMrKjgft"
        "EYpI10M4nh9+2McRvOTau/QXT5R23nb3Om/3rq+S8Z6HFMHuiHHr9ft0nWfEwhcOOJND9olf"
        "UNP0Z96Uc/y4rchr3vA9p7AYck25M/vzM45wPr/OQX6ee9Rc0vPRwdd3ses1+TG+p3SXt/6L"
        "n/N9fT/9dW7v81xEk4tTarEKEt3Uh5CS2b+cd/s593WS9HlF2Cd+YpYcJlzd7zOShayFFONn"
        "As5pjDy7X4eSNhnjvSymT/KqW8+BPpnp8D1PefM8J9715+C01lU69LO491/np1wX+2SI5ONA"
        "Unv8EkD/2e8G6fncpmOSkSyiV9Kfl6GTnQIq71QL/L/ll3EyeO6mqWiO9me42uqNGc8RXrds"
        "NYbrNLphDeA43sbnZbB4e5itxoQD4JKxVR4DA/VYRP15P0/2O6nHn3nxfM0f1it2vPbnX06P"
        "otGvdfXIddMAAoHImgPs2T/PrRT+RTegal/27PcDFlrP71ygxFYsIN0JeaJ4WRhY17Luc96n"
        "SnuFeJhXa4a4nqVgCodJ3wcgb4/BtuOFI5xOm82aJN2tn9Nst/vneh5CmXzcZox6Yeu+zjV9"
        "nnOcKVGrKc/qqjW1/1EEBuJqjeubhniZ6zOQZbpBff9F7te8QkS84HzjdT6SiC+5Bq74Jdfu"
        "dR7nUy4zxrAwcuw7+nmuYB5ec30uihePS2CcApPqVB59zpUwTgKF9OcSP58DGGB8mM8VuteU"
        "a/qdBzLJ+vz6ioPMOT1c6bXf8yQbAq84of25xe/viNli+2/f6fPiy74gYZ7B09oAmGyVua98"
        "QnkSWf75jgQDrOIQRq/3Y1olfuTJlEam6+ZEHjgqx/fnZrxX/sMlJPVfckgwyZTsr3Vt6Qgb"
        "8nr+hvwzEe0TYWj3ST+S+elzBlcd2OqwwLRX0d7yupJPNxYCuLLcn9cU5ofXvHqW5X1em6yf"
        "T15WTc477cV1x/ozxzqzx9JtTSYujMnrut83leWEF8dE2o1f+/C9DNz5DNJrX+513c8Pk1kq"
        "vvat+3ozRTxeOfMJE1/nm1/nyLGM35AHd14IPa54fZ6E6VM08Ht8oH6du5a6/lzoPOnP9ah1"
        "dsA6uXLwWoY+CPr6eY85IdtG5cPMBtDPQV+H3fsT7L8Ou3+dbP8//xe3Qqzj"
    ),
    "esp32c3": (
        "eNp1WkeT8sqS/S93y4sQRrgX8RZZUskib5DYTIBAFhBCNCWYmP8+Kbqb7u/OHTaEfNqTJ7Pq"
        "v//ate1/tcXz8Ne/52N+Mv7X54nb9nr769+j4Xw4XCxGSzy93962f/37L+h/Lrg0A5WwShay"
        "YEWAiaKjWuAsIHvdkBjUjSXB4QMCrSOxWBe7kL/I1yi8psrMvDFV8D+e1wm5suVi6V3lfJj4"
        "binUsAllbl/EmXy6L4feqg3vHDefR5FaFXRDrtVEjrl4Kh62cS6sXC0ugsOyEp6OQdz1kT81"
        "7WE8C4fOarnxJeoI2WGbj41yPhykp+eB5qMsmTA+MUepf5Oki0QO57JJi3LOPTdwWp6LijVl"
        "oE4H9wFZnmVFPcn7ncP4aTqis+usahLu4I3J6oPbsPtqMOjOs51u1+f60EiGxQXEHatEPDsj"
        "83w87e+ngfIolHG4vhouVYvz8MgtGmeWlEe9ndaavWCj426zWRmiulwuLY4bhmOaB8tBI3PZ"
        "tHgOJGqQekZdgc6E9GhPzFSd3Xd3b/Ro3CG/u/rDnHjOf/7z16eHfntuNEPHDf/11+F8uz5e"
        "p+b8aLTg8dTt0OFNfzmuPHEXGWeOU81mO7niEwWIoZDZspwOEjg+0JfWATJrQWrByggTXMKt"
        "J7dhqtq8de5YsWeddG753RlWRKAsncDYvHQMfNLF8GHoj+PDggsThEwNFZX3x0TVwXHpiV33"
        "9CEuxAtzQG1dnQF+nyUgCI1mDn3VHhvJkgk+wcuUhRS0BGNLPGeGyNQZUFCtMwH8DnXAvjgl"
        "CA5pKyhcYikSg7K2HIDq5LmUkqyGl57ZcBsJeqNcD1ufZGDEzA8BJCmrBcmdGXTJionbZtxL"
        "v4dFCcvczdRSSHaaHXlbOTLPz7NYOycf+Wa+jWCxj4RYUsjBkly0A2U7hawspWP6+PicRXkQ"
        "lyokVGWOQnSDjpjzkkN97CaCNJ5kQZrfp4YM0JXSLaDmcId2Nc5dVpjPqXS6X7atU0+kW38e"
        "5UN5xMswVtVHLAsQShULIhCs4pYV7ua6jQaGobkzi06Zh/a25TzzLpP2xNX4fUE9cebLb6ac"
        "sxzNtpPPiVoSSNC+KYiuIfVy5FbS+9Hpj1sYleVHAmhX4ga9HdEfVzDjbhdC70/mTwRrPDmy"
        "zzhxrFS6MeqawwjttzK09qI/CMrtVO52l6K/l1aX7Sz1ctK8DdoXTqI7rWjMtxOIbSWEY1n5"
        "iWTy+HxnSJ0znDZqf74q8rW1MxkVtWFFs1lChc3JNjFeMsu8L7mHu5k1kRgcevnpoiKFa2rU"
        "qU4PzwlzlDtSUcQpL2QjywxJWhN3v55U62Rw3Pbyob1Irz+LAHXZIJ7xQF21ZadHdVX9Npaf"
        "RUNb5o0wPzSAhy/sejucArA1iCsf40zT2qqS4lgHGAYUZMPRHMMneN+3fZjJfJL8HIPJJGLL"
        "E76rR1zX23scwUtOEca5IQ2h9z11KQtAxPxQW+/rOoGx3+fPQNQcB172xudd51tPlPBhZJgf"
        "hbvSwHFopL70Espn1euFcWhgPjxQTnEvYR76JAiAtNuf54V/fv6B/iUt33TFnH7rUdty4fqa"
        "9HOsPBwIc4kZAHICDpeIbhdANkwkEFQligei+wh6O43AUJVxvCxIODYxTwndGsLCwXx8GBT/"
        "/fwRo1x88RR2ull7j1wwBN6BkqQUaublIMzlmmGd0RJ44QOIVx2E3N38HNd1cMq/j6nYeCBo"
        "7+uqePmWO7a4hyNrdFg5Lz+u6gNxeUmGYEtcNxEByBkMm0f8KjphJ5A2bnJ9Rr9xkhmHyWZR"
        "cRifCsjmc+kITc4kKR4cFFBlu52vIyC2JDnCwxE0WlUuAfzOIaLFSJrL5tjHkiBdtZumD+nc"
        "Ctpu/TheVXLb9t/RjLp6Cm0AlDn0vLH0AbeQtsOcxuNQgmEjPz/1/MRJWdSUw+kRCFpQHR1h"
        "nWpaXF09r9JWbXV76ddO9iHEUanQQivH9m3P5O88gaHU0clln3Q02iP+gmjJk289Y2OUuGYT"
        "zXeob1txlE/kc2wi7smIj9u9GMSDIzcKibMv03sMD9pMNgneF2z9PF4fVJ6XgXzZU7WHuXMo"
        "hXkCFZdOxIHMFVnwcfy2t24fs1FyhFc+dmuG+PHCFTqXg9Yl7qOh1/pSZoeEBsGhrxdGPJ2f"
        "AXKpCtZf+SIAB5F06+vcw1LJ9IG5YkoEECcwf4eVK3g7TVOrxvOyn7iNB4Woxw5kQTDZop5+"
        "vX7n50A9Sk3tWu+4ssSJXp9MN5i98wBslIc7cyrL9DORzk1d+YLT7BG3M9Gy2ZRrfuJSFitn"
        "f/qyv5ixjSEF0LmLaDTJg6QEu4KWSy8gGKcB5seGw6R/eBswZsH94k9LzZ480kWp3yvMC7IB"
        "z3AFzBO1rIj6KDb4nIXHvpA1+yxIiDu1x5ZDlmEW6PGgjCA7KxVXTfv7LEcqS1bDjQW8I6Yh"
        "4gNxL5bURVmPE/6x+4p3a0xc7zSp2V0HNVBIkG56/PfaTFx7wTtv/Xa7dMf2UkMcc7e9vxDP"
        "Y+ltJ9WqmnxINy+ckw1v5uhF/jRkFMYnd7Di6UrpQcXt673b+zcaY93LZg7WpfT/4m+2CBSI"
        "A+Uaz9171+P6M+zlQjyfbAyMQ5bQs9sp33FE2plZzhptVVdJ12E90MauKxum4Hiiu3DI9fDh"
        "740zd0o61RG2mGfvuMqGw/MxosLp5BvaKRBOx9ETYpZo0Bsp2CcP1ZQ7oH6ex6CyOe0TCeUW"
        "3SyG+hJL5GEZXSaW9OM8eGC+MdJRCNaXKY/5BHLHxhrWM/FHv5+8WGPeIZ6YkyUbSIJnWGgv"
        "sbufufqyX8qeZYwYSRz0S2Tg+6fp+NvevGlcJv9gt1d+9HxnOk7cx0xq67Cctgn84Dj1MbIM"
        "rKcvnFP5TDmv0gjjo8wh8RC/b4lnFIEru9vbPG3ZLcQ4rBAvxSZrKfKWjnpGFru0XOXUUR8P"
        "QgWjqVwodYG6/G1yGnejVVMfy2TYhq96IVsp6VTRJVgvRtURK4SkMoFAYbiqY/m5WsG77qyM"
        "ZljsguC2I8LJ5vRM9skALPQ3iOoXjnv6O+6clX1EfqEXzC2PKHzFDjo3NiTMrxeO3LezkTs2"
        "lKV0Kad1oscsr+y1eSrY1sXz2lLUyhmfQBHsSzFFEOv/bedQsYiJvPxxxGMpdYF941I3n0It"
        "Sdo7fkjWeQ0tg1/1SRVpXa+b/JvvWsLutkTehn7JO63E4BirPGA9CSUpiLSmOSoxU4bOyb7n"
        "DOve2AiW1MldVZLUIFxK33XRED52aeHW+kjhO384sCR8Tpz62ov33Nz1qen5t7g29KWilVM1"
        "MTqUX+CcpK9fZDXC++/DwJCUPIhKmfOHAhHeeHgHo8pcWVSx9cseLvJL44JtoqjX1MkeF0LB"
        "uIIrDtbjaTI5dlYeGxfmQviOZ8MyH/33Uqd4BmkpcT77bbdQ/W03EW5Fo+W/7WYJI732mjxo"
        "3v7NdGwps9DT4RTRL1xd8WFjLq59fxEQOjNAyLQ3ntGGuExSWLDFrkOS/GAt3TaGYsCkJHdH"
        "jQe6QjRDociL0a8f9Vu+3d/9ClesS3/IJwsf7fhQgakqWDfKgu0rvN7jmXnfFj6Zgcl39+FU"
        "l5TqEwd3A0fHeN3+xKv+0RR1+Ef8NHVYGXzTgD0Mhhd3uReN+TpT8lI2B+vqILnI42sYhg3q"
        "s98NX/hX9fwB+farfwJvf0kssescaA6LVnAy540Tq3rKx7ZkgrDpnNGPHJo5vbkdLRPkR7/O"
        "q5qauPJFiQfRGT4uEuXXGvzoP6iZXIE6HlVs7YimPKkm0UicjFGeMBPlNWe3k/z+3FcPf/GS"
        "C/OfwipawbAO+n4D7TwjNYOfuCPQPs+XDFUH7Yw9Sri5IW5qyP94XpLcd/0XsyLbaLcl9pVP"
        "R/PqnodUhPIhpdPEecmnC2nc3SQYXLCvQTllm2nM8slUXNSYX2DJ85fc0pr7knvyJfdEoX6Z"
        "OWmC+AGcfeKW4b6U0wAu64OPMOffL5544T1ttktLyKJtxfaMM1B/jHM5Peuv/ntq9LgrdlmC"
        "/C5RzptIwDo2Qf3zIz1spkiyJSZoT/zXsA+fFRaQvj+OkUHXUYdxKsXwPN5Rb7UOSgDs3zmR"
        "4wbIQ5TBH3HEq1ypsMh7x7041DYYJySSv/KEgP1tF4Fkxq4tM3yfv1sgL7dgykTKeFHJgnD6"
        "4adB34e4vOPR3h7Y7+VE79iDab/8lJ27yWVWOa98qbhkCOrkrKBt+noSD+QIqhy0L798y6XK"
        "8WYWdnD5qot5vEg6zRwtncXedU9LEkT7+/xVf3L3Cx9lq6KwQP4N59WJJpvu8WMnOYiWLdpH"
        "DoKXPt/2yRRZ+m2fWF2V2ArKOvZDn/aAzBCxv/m2l6RPW+/rvahPuhv09UD+rht6EEr9d/o8"
        "Xdgc1/PP9PIdZyRs6vULZ7IgJm5xlOhuWopZBdUknYKmXOnoiD2mpGfBbRnJdq0zGfuPU/bC"
        "BSGUmt3dy3t5v+RHREEcqUGvW8SblHEc1/ttivc3IDT0Rw7IDnpj4PkZCL+fPzTFyUKlpS3i"
        "1aecBjGx4D33mkP0+FHkYfOjP+3KHPlhiO/9sg9ocbCiTrNEvqVlTkVc2uinoCl+y+koaqnq"
        "FRDHcYWDsQ7tpff+nkoIPYQzd74/Y/6XtZX09hiJT2NSY8a7mSQjD7+5zngRuLV/uF45J6v9"
        "dVaTL7w8CKi0++t7II+/cR+suTGqkUG4u3X3g9v2G7e//JRti2/c/rKjQS5N7bgMlCOeX7r+"
        "epr1/9/XdbL+tktM4r/lkZhJD126vO0kZDJez8TZd55l0vG0qLEeLPga8rVzyi+GVOSa/rZL"
        "n8iH4dd5tRbe9hJz7VJJpTUeVn1/RkcSv9tK7mHM8QOXfvj2sMjgWcQu3Lo9ymcuBrudnvf8"
        "59s+lCsJrMd0dNbAPk5odvLz7pB5TlUqNgW1G+bI37bggPC8fOmrwqMOglrQfo4LEN76jBbS"
        "ylyc+3mE4dhdudEcpPVJLEtNP0PAvAxWWOfmXG0qjiNvpozFP88j5EEWs+AnXlf1UfKg+Dom"
        "2erb7hSeqA5xuyy2L8kL73InLU+TlMuGe+yrlTtZbzHvK099259kIkREZQ2BRJIE8n4v6N/v"
        "teCR93Mhbf35nsPk+Zs/PJEvFS76wQlP334HY2HIv3hEbO3L+OiI+fpQHMdmM8AgcVl4wvqh"
        "0Xxs3S9rFbRvfBWNGHF189Cjlj/oDoSneOI3IBpyUYnlok358Q7xe4l15zPON4IjvPNOJoqE"
        "/nfE1/xqvLm93wuhnMi+UAEGfnS7zRpJfcc5AXNgELJp3naXhEarL55PQjD4LpNOVEI+eJ1x"
        "LLzG43UAiLsDZzD6uJqTEGiRb5Q7yksd2ZwPMuFtHzHUg2Q/9IUAO9Pd4C2nMGoCbpeSnk9/"
        "4yTt++BEfmS/800lkAfrpih+8rgWB5rrNdpPnopgF41e/n7OgqVe36z3MQDWo3TG8eE5Hk8m"
        "iOD/wE9lUU+oA4+GUNVoHBdEnVGHO94+InOavPiZB6a0ptECX7phgqgtGin8kSPTRhPspz/v"
        "+5aXCcGvPBUeEHjEXaUrrFPuTh0Z8VityE6uW3baoP2eVqZ4RTCTK369oqUlnd72hGwuni/+"
        "qy62v3iskLXJrOdXK3p550P4vLjlQHAIzw/o4Ir1kIrlbJzO3zhvj5vCR24I8CMfFZHv9vH4"
        "tiPaR+zt87KXRqkLD+RKn3z9/+HzLHzNk9hBgl0nxoN08X6fLnL73eE7n4FiPfJ/xSH3Yc9z"
        "Wz3lsObe+WQe3voPxhybD265i3jROVK5ucdwolHgrM1y1K8raOhLlvVz8Io4dHzkTZkwiP2d"
        "tV5mJCxnVJGNYSneAxjs9kuXx75nvJ4A6cx2ecD/p5kNUwnisY39+Qg+1yeKDnZy77eH25lp"
        "6DyllQN06A+5ydh4z3Ptx8MRdEn9muM1deILEAh6nWCfloCAeKQ4iEfBpjwbMWTL+AxwVNIw"
        "wMbakl1GypAlAraez3zZz0ORt6iBTDLEH2aGqIdEPMO5MJHcmR2SDNOdr2QhXpYuJDI/rWSu"
        "n2t0lIDayJRPzkAsdcqoOPLwe6MM8bZSCmcjHz3LvWRiKbGUA/y8lOD3guDV9xv84QhqbzfB"
        "ZHXcv0eGq4E8E8QR2w1e9qVUecn1sBxyX5RUT7COR5fbZBRmtSA+24CQICEOk9Qs2BP/ZFfz"
        "zAv8jaEuucFzlMckj6/78mJEyGObI2/H+L1nzjYk5uoIEIuYc5DJcxbCKJCAYOtWE/kEgeJe"
        "EF41K5L6OYmRLg/hWsiU/rtAqIc1be35+cBT1JYdN/Q9rw/qdfUUkIdXvEPXvHF21UzUmKfG"
        "U//cr/tctoKfp2eOi4f78mnJHwEpk0UCVh2LGu9hZStpYTQhW2cf2VyXOzcb52v7OQI45W5j"
        "FTGPGGlKYgaSWDSRdSlLeTwfGJMkgqfJy2B3HMpO1OJxXD6FB20S71LK6iyWMV4ib1+VK91T"
        "92H0NXf+nEOSNVYTPTw3l0S8sIOazfZKsTKU5RCkzdg+TRl8rVOQcvm5fnXcNM06myVy8Vr/"
        "EmWyWIv2ZY11xcqmddGg3+wbH/t7LlGEQxLRz+fFC/r/su7jFVssVkkgGA1ic7l6HfMSiLOw"
        "nz+qsFbVhyoVglEt46zUsv64GOFx0+HxCq+jP/ZJvLPq9nF6tFf12e68ztwJ45YcJqdVsrld"
        "mrE8X8NrHWCuGy0GwPU1h5jsVz3vG/j5MEEe63wUO1271d7GK+cU+79+PcVel7dyGtSuGNxK"
        "cqqf8fiyIjz2hew5k+t+DsLNdMpU9dec4Om85mj9/HEy7bz89/wnM2lTNJKk/p7nEXOC9ayf"
        "o8TLzvPDYQ1KgPWcSwJU8LltauCC5Hm41wKdYJyWZtNkBPOq9j7ntA7c+n6AHVdxl86MP+QB"
        "6NhLnhHK003ZLPwtDzNqX+gCx8laf81acsQ+hZ4c8ut5LF2GLjlEEHJzK2S0pEOHVEFQ/Jof"
        "YVsVlBIyiYqlGV3btw27T/F7jcs+fLJ0SD//hM++SCIDaz/l+FJyHDgGB+n+CFcxMxtvbBYe"
        "O+3RDs6gin3hwwnT8MMXOLB9yH6+JwhLCgX2B7/1WDSlbCibwCyR9wjxYn21DE36bYd7oUvY"
        "Ry/E6XtdJv3lB5hI0abA/hjuUU0Pv/QD0Y2HCwn7R+QJe7weBovqMK1nvf/9md/0c6p0FpxH"
        "Yfvlj2nqj5Fq0lHlyt5uo2lVs/ayzWpxvBWRiYTpOH5EXr9OSAxB+NGDX+mv+a8Q3MvEvs/y"
        "33bWhXHNkF2pxz/i5+a++tMStg7EjEgwNqSNc9sMYlPqXrxprL3thNUeZKzXu9YXbr1f0kC4"
        "6UpQf+Qu9vejl3+M/ZKb9X5zL0FcgtnjblqeDyni8j6g05Gs8mLUz9/56eTM1eG54g9KJhi7"
        "JdEnEstUFfudnEcexa4VAlq7JGopfvT9egz0pkuURZX04897xQ5D6Pr1XbHBIqHz3WTGnY/y"
        "uEaec3Dm73mPPt67g9OzCtJNO/wjzrML9HGuLN2BPZsOrn/MXXk9aYpW+iMeLgvpzLmHp8vV"
        "wHfX0aww1i7Q4+01B6cYh2hX9rf81T1/nwb2H/mlmhHSiCJPh5Ha7YbvdUFdxPeq0vR1XcwX"
        "mIcIQpI7MEyy1C9ut54vqrQc+Gn5mqsbTfRaRxCv1ma3/CMumHZ6xQU/Kee8OvrD/+eNocgZ"
        "lFLqQF0lgxPyFuxLi+PMsi5YT9eNg3X5QLEfywf3zsTaJo2Aol3d/L1upE1K2YkOahdQ0I4K"
        "28liOEa6NrpQUEaJ3QpPgevn1Slm5lxgQSf5jrm7YNHcnVsR+UxAD5jfy4cvYL4H9e6QY985"
        "JT9zw5NlBGRfC+7VkjxG//ArcrdSZFF92Jl/6K2qvOe6oNa/8LXWG5Nna2l0QP6w3y7dhSbF"
        "C+EMxS9/qxi/eYv9ZBQA1rENyGV5Tch1h7z+ZMhHJMH4L14cee9mrzx55rcAzHZXxovIUX/N"
        "O4u5JuPx+Gc9VzDi6XgPbCjxLFgNxf79FP2TEHkLJnEkBXnpFSy7GSymSyk2owuIpchHXcXH"
        "yBuNcASf/pky8XgbWOY1Hd7I/sT183CK/dbSEYXfcaeqa+3uGqvlgeswvi+bRbtHXrmKJ5cz"
        "rA11wMAXV9GdjliLfdOcA05wP+vQM5+3wGMt6n7ZJ1aVzu0MXSVIeuwWUy4xvctIJsgbd+uE"
        "TOrf+CcQ/VKXEuJ+HSSjW431k0tPoBlKxw20bGr360FPiYvBvly+6wTiiDxBvqe10SjkdtNP"
        "v77ngxnS2E8csL7xWBV0LsQ8/TCE5W4+Qj2Ly+LLDt99jpKVMnXIbUfFNXNIv/7BnxLlsz68"
        "5yNP7I/6/hf7tVhyT2a9YUmRe+H1Z/6UFKehqmePZFWQl7zN6cOu3Xmb71RplboPaYd5O8X4"
        "nt9bev7C9V9xARXKSTbTUbiWx3/7/o2y65V71V3qr/O6nyvNxIGZL+c9ftT2dncgL36QYV86"
        "SLk8tvwlh2nWpWPkP1viHI535I8Cj++Ng1XL7xVnZ09yJhfHwRZxIjrn0/c6hOnsDqL7cEhx"
        "+BDd5FW/98V7bkGaMmj3PpgrDaRyKbe/+nIhSz8wL7fIYx96lD1SpQDjnPOlQJYne03zsvpI"
        "5OuX/iSIypJ5LQxTCqmmiLFZLg4JJcGauNMn8Dv3Dz+rsvyFW/aiQYBzQc7/8KfsFMKLz4Ak"
        "PPrrtBTWDkF9NiULpQf2T2jfIfLv0X2VnN1+vt0lTDHkyW0xuWPdiT6kJ7kNDrOTZinTxSLp"
        "dvvIyJFnj/dKZASl3vPKRy31fZZCj5tku1q3/E4BfRc8bitraK6sUfvcPm5zlW93p866CpJR"
        "9f4QYy4ag9RpubNPUJay54uQAa3YSSL+vsFjycvDVRG0pq+NjIq3RXCVD/PonUKy2eTH49j7"
        "2OhhdZe958a4VGztr1/7g575hwbxxF7DSpcNVmI/hLjBl9gP2qqAdYKwQK1ZG8PBikccPzjO"
        "Z0g856USprOq73udRoUF1g3Vll/75B6qEsYDsftIOeqg/24nCxbphBv35xfl6qMc8NP5lFON"
        "O/JtcTUMsJlZi6vX/g5fh/NMG9SbcVlsxSzI/DHNkE+MYoJ84gDHUsa63g73H2Cv7XaRKhBs"
        "FTtuddIZCmGOuEI+J2D/oLF0MbskurBqIuWS+ctnBhY2gh4a7nE5SIJoRYTRpwCEtEvsP/cn"
        "+3ZJXKLoWjxdIojoqX0ZnI6X5qA+xBF4RjF1aNB5xmnkUOIO1ku55sfZfCYHu+SZjzOxXexP"
        "sEKMY/KzG/d8Zd/dnhbGsvXsFjHB69inBgryZN/l5twoXjzz6eu5M6zWE5kep4m386oumYA4"
        "pxE9jrLZjJbZ4bWPZBwvpH4/Qu7QYkSvjt/y8qhoqN0iT41BfNcdy5ps8X6FFp/xMw3OxGNI"
        "leJf/FUsLshrcsQvhaLfXEqr5VYBwbKW6awsb9EAGx4FDrKo8lzINZa9TOdlZUWD9ghFqGkB"
        "HM8PL+jjCF5yHRz6iyeKe3e3f+23e9dXUX/PQwp/f8S4dft1us7VI/4LB+xpmn3iF9Q0+Zk3"
        "5dx40lbkNW/4nlOYDLmm1Bn9/hmbP59f+yA/9z2qDun56ODrvdj1GuMJPid3l7f+y5/9fX0/"
        "/bVv73NfRJMLM2qyCmLN0IaQkPk/7Hf72fd1ErVFRdgnfmKWpFOu7tcZyVJSA4rxMwX7NEGe"
        "3X+Hkjae4LUsok/yqlvPgTada/A9T3nzPDva9/vg1NaRO/SzcPBe+6ccB/tkCKXjQFRec0Iw"
        "f9a7QXw+d8mEZCQL6ZX0+2XodC+DMrarJf7vxqsoHjz3s0QwRoczXC3lxvTnCI9btp7AdRbe"
        "sAZw3NjC+yUwx9YwW08IB8DFE7M8+jrqsQz7/X6u5HVijz+L4vmaP2zW7Hjt97+cHkWjXevq"
        "kWuGDgR8gTUpHNjf960U3kXToWpf9uzXA5Zqz+8coMSSTSDdCXmicFnqWNey7nPuLosHmbiY"
        "VxuGuJ4lYPDptO8DkLdHYFnR0uZPp+12Q+Lu1s9pdrvDc7MIoIw/bnNG3aB1XvuaPvc5zuWw"
        "VeVndVWb2vsofB1xtcbvG7pwWWhzkCS6RX3/Qe7XvEJAvOA8/bU/kggvuQaO8CXX/rUf51Mu"
        "I8Kw0HPsO/p5Lm+kr3jnpGj5uPj6yTeoRqXR51wJ48SXSb8v8es+GFw1MJ5rdK8h1fQ7DySS"
        "9fn1FQeZXTwc8bXe8yRbAq84of2+xfd7suU/vqfPiy/7goh5Bk9zC2Cwdea88gnliSXptzxL"
        "jFcIwtfzEa1iL3QlSkPDcXIiDWyFQ/xjnPbKf7gEpP5DDgJTJmd/fFcWT7Alr/tvyD9jwToR"
        "hnaf9iOZnz6ntwNbp0tMewXtLW0q6XRjAYAjSf1+TX6RchvsN+YoB+a1wfr55GXd5GO7vTjO"
        "RHvmWGcOWLrN6dSBCXkd9+umkhSPhQkR95PXOnwvA3c+g/hal3sd9/PDeJ4Ir3Xrvt7MEI/X"
        "9mLKhNf+5tc+cizjN+TBnRtAjytunydB8hR0fN/YV772XYtdvy90Eff7epQ6S7FOrm08lqAP"
        "gr5+3iOOz3Zh+TCyAfRz0Ndm934H+6/N7l872//nfwFcnKoI"
    ),
    "esp32c6": (
        "eNp1elmTskzT5n+5T30jUMTtjfgOsqBYBWQHTyYUlU1FxLbQifnvk9jddt/PPNMnHchSuV55"
        "ZVb97z/btv1fbfHc//nvjBfG/H8+f7htrrc//x0N5/x4wU9m0//82W1umz///QP9nwsuzUAj"
        "rFLELFgSYJLkaDY4c8heD6QmdRNZdISAQOvILDGkLhQuyjUOrwd1at2YJvofz+uYXNlivvCu"
        "Sj5MfbcUa1iHCrcrkkw53RdDb9mGd46bzeJYqwq6JtdqrCRcMpH2myQXl66eFMF+UYlPxyRu"
        "dBROTbvnp+HQWS7WvkwdMdtvct4sZ8PB4fTc03yUpWMmpNbo4N9k+SKT/blsDkU5455rOC3O"
        "RcWaMtAmg/uALM6Kqp2U3dZhwuQwotPrtGpSbu/xZPnBrdl9ORh05+nWWNXnet/Ips0FxOU1"
        "Ip2dkXU+nnb300B9FCofRlfTpVpxHh65eeNM0/JotJNaX83Z6Lhdr5empC0WC5vjhiFP82Ax"
        "aBQumxTPgUxNUk+pK9KpeDiuxtZBm963d2/0aNyhsL36w5x4zv/8z59PD/32nDCdjofCf/7s"
        "z7fr4/OnEf7Q+/i27/ChP46rjInggvXYyw5slUpIVSCmSqaLcjJI4fhAX9p7yOw5qUU7I0x0"
        "CReNb2xP0d/njhU71snnVtieYUlEyg5j4K1Lx8AnXQIfpvE4Pmy4MFHMtFDVBJ8nmgGOS0/s"
        "mtKcgnRhDmita7B+fZaCKDa6xTzqKGa6YKJP8DZlIQU9xdiSzpkpMW0KFHB9ArgOdWB1cUoQ"
        "HdJWULjEVmUGZW07ANXJcyklWQ0vPbPhJhaNRr3uNz7JwEyYHwLIclaLsjs16YIVY1K78NJP"
        "tClhmbue2CrJTtOjsFKPzPPzLNHP6Ue+nm1imO9iMZFVsrdlF+1A2VYlS1vtmMEfn9M4D5JS"
        "g5RqzFGJYdIRc15yaI/tWJT5cRYc8vvEVAC6Ur4F1GIbtKt57rLCek7k0/2yaZ16LN/63/F9"
        "lEe6DBNNeySKCKFcsSAG0S5uWeGur5t4YJq6O7XphHlo75WSZ95l3J64GtcXtRNnvfxmKTnL"
        "0Wxb5ZxqJYEU7XsAyTXlXo7cTns/Ov11C6Oy/EgB7UrcoLcj+uMKVtJtQ+j9yfyxaPPjI/uM"
        "E8c+oKzUtViE9luaensxHgTldip3s8Xso8Tusq2tXU66t0b7wklyJxVNhHYMyUoN4VhWfipb"
        "Q3yfmHLnDCeN1v9eFXlkby1GJX1Y0WyaUnF9WlkYL5lt3Rfcw11Pm1gK9r38dF6RwrV06lSn"
        "h+eEOcodayjiRBCzkW2F5FATdxeNqygdHDe9fGgv0uvPYkBd1ohnAlBXa9npUV01v02UZ9HQ"
        "lnkjzA8d4OGL294OpwBWOiSVj3Gm621VyUliAAwDCorp6I7pE3zu2z7MYj5Jf67BYjJZKWOh"
        "q0dc19ubj+ElpwR8bspDQN8PqUtZABLmh9Z6X/cJ8H6fP6KkOw687I3yu863nijhw8wwPwp3"
        "qYPj0Fh76SWWz6rXC+NQw3x4oJxSKmMe+iQIgLSbn/fFf3//gf4lrdB0xYx+61GvlML1dfnn"
        "Wn04EOYyMwGUFBwuldwuwPxLZRA1NU4GkvsIejuNwNRUPlkUJOQtzFNCN6Y4dzAfHybF/37+"
        "SFAuoXiKW8OqvUcumqLgQEkOFGrm5SDOlJphndFTeOEDSFcDxNxd/1zXdXDKv6+p1Hgg6u/7"
        "mnT5ljuxuYej6HRYOS8/Lus9cQVZgWBDXDeVAMgZzJWA+FV04lYkbdLkxpR+4yQz92NdCAHj"
        "UwXFei4cscmZLCeDvQqasmpnUQxkJcuO+HBEnVaVSwDX2ce0GMkzxXp4smPKV/2mG0M6s4O2"
        "ix7Hq0Zum34d3ayrp9gGQJlDz2vbGHBzeTPMacKHMgwb5fmp5ydOKpKu7k+PQNSD6uiI0UHX"
        "k+rqeZW+bKvbS792vAshiUuVFnrJr247pnznCQzljo4vu7Sj8Q7xFyRbGX/rmZij1LWaeLZF"
        "fesQqJAq58RC3FMQHzc7KUgGR24UEmdXHu4JPGgz1hN8Ltj4eRLtNUFQgHzZU1sNc2dfirMU"
        "Ku4wlgYKV2TBx/Hb3sbqmI3SI7zysYsY4scLV+hMCVqXuI+GXutLme1TGgT7vl6YyWR2Bsjl"
        "Koi+8kUEDmL51tc50dbI5IG5YskEECcwf4eVK3pbXdeqxvOyn7hNBoVkJA5kQTA2UE+/jt75"
        "OdCOclO79juubAmfOVluMH3nAaxQHu7MaSwzzkQ+N3Xli06zQ9zOJHvFJlzzE5eKVDm705f9"
        "pYytTTmAzp3Ho3EepCWsKmi5wwVE8zTA/Fhzw1h7eGswp8H94k9KfTV+HOalca8wL8gaPNMV"
        "MU+0siLao1jjezZe+2LW7LIgJe5kxdsOWYRZYCSDMobsrFZcNemfsx25LFmNdTACR9qHiA/E"
        "vdhyF2c9TvjH7ivebZ643mlcs7sBWqCS4LDu8d9rMynygnfe+u1m4fKrhY445m56fyGeJ/Lb"
        "TppdNfmQrl84p5je1DGK/GkqKIxP7mAnk6Xag4rb13u392/MY93Lpg7Kdfh/8TebByokgXpN"
        "Zu6963H9GfZyIZ6PdQ3jkKX07HbqdxyRdmqV00Zf1lXadVgPdN51FdMSHU9y5w657j/8nXnm"
        "TmmnOeIG8+wdV9lweD7GVDydfFM/BeLpOHpCwlIdeiMFu/SB9bYD6ud5Ahqb0T6RUG7JzRKo"
        "L4lMHrbZZVJJP86DB+YbIx2FILpMBMwnUDrG61jPpB/9fvIiwrxDPLHGCzaQRc+00V5Sdz9z"
        "9WW3UDzbHDGSOuiX2MTvTw78t70Fy7yM/8Vur/zQke9M+NR9TOW2DstJm8IPjlMfI8vEevrC"
        "OU3I1PNyH2N8lDmkHuL3LfXMInAVd3ObHVp2CzEOK8RLqclairylo56ZJS4tlzlSkceDUNFs"
        "KhdKQ6SucBuf+G60bOpjmQ7b8FUvFPtAOk1yCdaLUXXECiFrTCRQmK7m2H6uVfCuO0uzGRbb"
        "ILhtiXhacUam+GQANvobJO0Lxz3jHXfOcnVEfmEUzC2PKHzF9gbHmzLm1wtH7pvpyOVNdSFf"
        "ykmdGgnLq1VknQq2cfF3fSHp5VRIoQh2pXRAEOv/r5x9xWImCcrHEa/lgwvsG5e62QRqWdbf"
        "8UOyzmtoGfyqT5pE6zpq8m++a4vb2wR5G/ol7/QSg4PXBMB6EspyEOtNc1QTpg6d0+qeM6x7"
        "vBksqJO7mixrQbiQv+uiKX5sD4VbGyNV6PzhwJbxPWni6y/ec3OjU9PzbykyjYWqlxMtNTuU"
        "X+SctK9fZDnC5+/DwJTVPIhLhfOHIhHfeHgHs8pcRdKw9cseLvJL84JtomTU1MkeF0LBvIIr"
        "DSJ+ko6PnZ0n5oW5EL7j2bStR7/ewSmewaGUOZ/9tluo/babBLei0fPfdrPFkVF7TR40b/9m"
        "BraUWegZcIrpF64uhbCxhKbvLwJCpyaImf7GM9oQl8kqCzbYdciyH0TybW2qJoxLcne0ZGCo"
        "RDdVirwY/fpRv+Xb/tOvcMW69Jd8ivjR8vsKLE3FulEWbFfh/R7PrPum8MkULKG7DyeGrFaf"
        "OLgdOAbG6+YnXo2PpqjDv+KnqcPKFJoGVsNgeHEXO8mcRZmal4o1iKq97CKPr2EYNqjPbjt8"
        "4V/V8wfk26/+CbzdJbWlrnOg2c9b0cmcN04s64mQrGQLxHXnjH7k0K3Jze1omSI/+vW7pmup"
        "q1zUZBCf4eMiUyHS4Uf/Qc2UCjR+VLHIkSxlXI3jkTTmuYqFmaRE3Kod5/dninb5lAvzn8Iy"
        "XsKwDvp+A+08JTWDn7gj0D7PlwxVB/2MPUq4viFu6sj/BEGW3Xf9l7IiW+u3CfaVkqN7dc9D"
        "KkKFkNJJ6rzkM8RD0t1kGFywr0E5lRXTme2TiTSvMb/AVmYvueWI+5J7/CX3WKV+mTmHFPED"
        "uNWJW4S7UjkEcIn2PsKcf7940kXw9On2UEIWbyq2Y5yJ+mOcK4ez8eq/Ma4Qd6UuS/v6pJ7X"
        "sYh1bIz650e6X0+QZMtM1J/4X8c+fFrYQPr+OEEGXccdxqmcwPN4R721OigBsH/nJI4bIA9R"
        "B3/FkaBxpcpi7x330lBfY5yQWPnKEwKrb7uIJDO3bZnh9/ztHHm5DRMmUSZIahaEkw9/H/R9"
        "iCs4Hu3tgf1eToyOPZj+y0/ZuRtfppXzypeKS4egjc8q2qavJ8lAiaHKQf/yy7dcmpKsp2EH"
        "l6+6mCfztNOt0cKZ71z3tCBBvLvPXvUndyef+KjYFYU58m84L080XXePHzspQbxo0T5KELz0"
        "+bZPpiryb/sk2rLEVlAxsB/6tAdkpoT9zbe9ZGPSel/fRX0O20FfD5TvumEEodyv0+fpfMVx"
        "Pf88XL7jjIRNHb1wJgsS4hZHmW4npZRVUI0PE9DVKx0dsceUjSy4LWJlVRtMwf7jlL1wQQzl"
        "Znv38l7eL/kRURBHajDqFvHmwDiO6/02wecbEBv6Iwdke6Mx8fcpiL/f3zfFyUal5Q3i1aec"
        "JrGw4D13ukOM5FHkYfOjP+3KHPlhiN/9sg/oSbCkTrNAvqVnTkVc2hinoCl+y+moWqkZFRDH"
        "ccW9GYWrhfdeTyOE7sOpO0vPmP9lbae9PUbS0xzXmPFuJivIw2+uw88Dt/b31yvnZLUfZTX5"
        "wsu9iEq7v9YDhf/GfbBn5qhGBuFuo+4Ht1dv3P7yU7YpvnH7y44muTS14zJQj/j7wvWjSdb/"
        "/75vkOjbLglJ/pFHUiY/DPnytpOYKXg/k6bfeZbJx9O8xnowF2rII+eUX0y5yHXjbZc+kffD"
        "r9+1WnzbS8r1SyWXNj+s+v6MjmRhu5HdPc8JA5d++KthkcGzSFy4dTuUz5oPtlsj7/nPt30o"
        "VxKIeDo667A6jml28vNun3lOVaorClo3zJG/bcAB8Xn50leDRx0Etaj/XBcgvvUZzeWlJZz6"
        "eYTprLpyrTtI69NEkZt+hoB5GSyxzs242lIdR1lPGEt+3kfIgyxhwU+8Luuj7EHxdU2y5bfd"
        "KTxRHeJ2WbK6pC+8y51DeRofuGy4w75avZNog3lfedrb/iSTICYaawiksiyS93fB+P6uDY+8"
        "nwvp0ed39uPnb/7wRL5UuOgHJzx9+x3Muan84hGJvSuToyPl0b448lYzwCBxWXjC+qHTnLfv"
        "l0gD/RtfJTNBXF0/jLgV9oYD4SkZ+w1IplJUUjlvDwK/RfxeYN35jPO16IjvvFOIKqP/Hek1"
        "v+LXt/d3IVRSxRcrwMCPb7dpI2vvOCdgDUxC1s3b7rLY6PXF80kIptBl8onKyAevU46F14SP"
        "AkDcHTiD0cfVGmMHVeRr9Y7yIo+yZoNMfNtHCo0g3Q19McDOdDt4yymOmoDbHkjPp79xkvZ9"
        "cKo8st/5phHIg6gpip88rqWB7nqN/pOnEqyKxih/v2fDwqhv9vsaAOvRYcoJ4Tnhx2NE8H/h"
        "p4pkpNSBR0OoZjaOC5LBqMMdbx+xNUlf/MwDS45oPMePrpko6fNGDn/kyPTRGPvpz+e+5WVi"
        "8CtPxQcEHnGXe2x5wN1qIzPhtYpslbplpzXa72lnqlcEU6USoiUtbfn0tidkM+l88V91sf3F"
        "Y8WsTac9v1rSyzsfwufFLQeiQwRhQAdXrIdUKqf8YfbG+RXfFD5yQ4Af+aiEfLePx7cd0T5S"
        "b5+XvXRKXXggV/rk6/8fPs/C1zyJ7WXYdlIyOMzf3zMkbrfdf+czUKxH/q845D5Ws3ylnXKI"
        "uHc+Wfu3/gOeY7PBLXcRLzpHLtf3BE40DpzIKkf9voKOvmRZPweviEP5o2AphEHib+1okZGw"
        "nFJVMYeldA9gsN0tXAH7Hj4aA+msdrHH/08rGx5kSPgV9ucj+NyfKDrYKr3fHm5nHULnKS8d"
        "oEN/yI158z3PXT0ejmjI2tccr6lTX4RANOoU+7QURMQj1UE8Ctbl2UwgWyRngKN6CANsrG3F"
        "ZaQMWSpi6/nMF/08FHmLFigkQ/xhVoh6yMQznQuTyJ2tQpJhuguVIiaL0oVUESaVwvVzjY4S"
        "0BqFCukZiK1NGJVGHq43yhBvK7Vw1srRs91LJpUyO3CAy8sprhcEr77fFPZH0Hq7iRark/47"
        "ClxN5Jkgjdh28LIvpepLroftkPu8pEaKdTy+3MajMKtF6dkGhAQpcZisZcGO+KdVNcu8wF+b"
        "2oIbPEd5QvLkuisvZow8tjkKqwTXe+ZsTRKujgGxiDl7hTynIYwCGQi2bjVRThCo7gXhVbdj"
        "uZ+TmIfFPozETO3XBUI9rGmR5+cDT9VadlzT97w+qKPqKSIPrwSHRoJ5drVM0pmnJRP/3O/7"
        "XDainx/OHJcMd+XTVj4CUqbzFOw6kXTBw8pW0sJsQhZlH9nMUDo34/No9RwBnHK3sYtEQIy0"
        "ZCkDWSqa2L6UpcLPBuY4jeFpCQqsOg5lJ1rxOC6e4oM2qXcpFW2aKBgvsberyqXhabsw/po7"
        "f84hSYTVxAjPzSWVLmyvZdOdWixNdTEEec2vThMGX/sUpFx87l8d100TZdNUKV77X5JC5pG0"
        "ukRYV+xsUhcN+m11ExJ/x6WquE9j+vm+dEH/X6I+XrHFYpUMotkgNpfL17UggzQN+/mjBpGm"
        "PTS5EM1qkWSlnvXXxQivmw6vl3gf/bFLk61dt4/To71qz3brddZW5FuyH5+W6fp2aXhlFsFr"
        "H2BmmC0GwPU1hxjvlj3vQ38MU+SxzkexNfRb7a29ckax/+v3U1ZReSsnQe1Kwa0kp/qZ8Jcl"
        "EbAvZM+pUvdzEG5qUKZpv+YET+c1R+vnj+NJ5+W/5z+ZRZuikWXt9zyPWGOsZ/0cJVl0nh8O"
        "a1ADrOdcGqCCz01TAxekz/29FukY47S0miYjmFe19zmndeDW9wPsuEy6w9T8Sx6Ajr3kGaE8"
        "3YRNw9/yMLP2xS5wnKz1I9aSI/Yp9OSQX+9j6TIN2SGimFsbMaMlHTqkCoLi1/wI26qglJFJ"
        "VOyQ0Wh1W7P7BNdrXPbhk4VD+vknfPZFMhnYuwknlLLjwDHYy/dHuEyY1Xi8VXjstEM7OIMq"
        "8cUPJzyEH77IwcqH7Gc9UVxQKLA/+K3HvCkVU10HVom8R0zm0dU2dfm3He6FIWMfPZcm732Z"
        "wy8/wFiO1wX2x3CPa7r/pR9IbjKcy9g/Ik/Y4f0wmFf7ST3t/e9P/aafUx2mwXkUtl/+mBx8"
        "HqkmHVWu4m3Xul41kZetl/PjrYgtJExH/hF7/T4hMUXxRw9habzmv2JwL9PVfZr/trMh8jVD"
        "dqUd/4qfm/vqT0vYOJAwIgNvymvnth4klty9eBOvv+2E1R4UrNfb1hdvvV8OgXgz1KD+yF3s"
        "70cv/5i7BTft/eZegqQEq8fdQ3neHxCXdwGdjBRNkOJ+/i5MxmeuDs+VsFcz0dwuiDGWWaZp"
        "2O/kAvIodq0Q0NoF0Urpo+/XE6A3Q6YsruQff94rth9C1+/vSg0WCUPoxlPufFT4GnnO3pm9"
        "5z0Gv3MHp2cVHNbt8K84zy7Qx7m6cAer6WRw/WvuKhhpU7TyX/Fwmctnzt0/Xa4GobuOpoUZ"
        "uUCPt9ccnGIcol3ZP/LX8PzdIVj9lV+aFSONKPLDMNa67fC9L2hI+F1NnrzuS/kc8xBBSHYH"
        "pkUWxsXtotm8OpQD/1C+5upmE7/2EaSrvd4u/ooLpp9ecSGMy5mgjf7y/3ltqkoGpXxwoK7S"
        "wQl5C/alxXFq2xesp1HjYF3eU+zH8sG9s7C2ySOgaFc3f+8b6eNSceK91gUU9KPKtooU8kjX"
        "RhcK6ihdteJT5Pp59QEzcyayoJN9x9pesGhuz62EfCage8zvxcMXMd+DervPse+ckJ+54ck2"
        "A7KrRfdqyx6jf/kVuVspsbjeb62/9NY0wXNd0Opf+FobjSWwSB7tkT/sNgt3rsvJXDxD8cvf"
        "GsZv3mI/GQeAdWwNSlleU3LdIq8/mcoRSTD+ly6OsnOzV54881sAVrstk3nsaL/mncVMV/Ca"
        "/9nPFc1kwu+ADWWBBcuh1H+fon9SomzAIo6sIi+9gr1qBvPJQk6s+AJSKQlxVwkJ8kYzHMGn"
        "fyZMOt4GtnU9DG9kd+L6eTjFfmvhSOLvuNO0SL+75nKx5zqM78t63u6QVy6T8eUMkakNGPjS"
        "Mr7TEWuxb5pxwInuZx165rMWBKxF3S/7JJrauZ1paARJz6rFlEst7zJSCPLGbZSScf0b/0Ri"
        "XOpSRtyvg3R0q7F+cocT6KbacQM9m6z6/aCnzCWwuly+6wTiiDJGvqe38SjktpNPv77ngxnS"
        "2E8csL/xWBMNLsQ8/TDFxXY2Qj2Ly/zLDt99jpqVCnb6ty2VIuaQfv9DOKXqZ314z0ee2B/1"
        "/S/2a4nsnqx6zdIi98Lrz/wpLU5Dzcge6bIgL3mb08eqdmdtvtXk5cF9yFvM2wnG9+ze0vMX"
        "rv+KC6hQTrKejMJI4f+x/o2y65V71V3qR3ndz5Wm0sDKF7MeP+rVZrsnL36QYV86OHB5YvsL"
        "DtOsO/DIfzbE2R/vyB9FAb+bBMtW2KnOdjXOmVIcBxvEificT977EJaz3UvuwyHF/kNy01f9"
        "3hXvuQVpyqDd+WAtdZDLhdL+6svF7PCBeblBHvsw4uxxUAswz7lQimRxWkU0L6uPVLl+6U+C"
        "uCyZ18LwQOGgq1JilfN9SkkQEXfyBGHr/uVnTVG+cGs1bxDgXFDyv/ypOIX44jMgi4/+Pi3F"
        "yCGoz7pkofzA/gntO0T+PbojX3P7+XaXMtVUxrf5+I51J/6Qn+Q22E9Puq1O5vO02+5iM0de"
        "x+/U2AxKo+eVj1ru+yyVHtfpZhm1wlYFYxs8bkt7aC3tUfvcPG4zTWi3p86+irJZ9f6QEi7m"
        "Qe703Nmlj21a9nwRMqAVO8nETxu8lr08XBZBa/n6yKyElQSu+mEdvVNI1uv8eOS9j7URVnfF"
        "e67NS8UiP3qdD3rmHzok41UES0MxWYn9EOKGUGI/uNJErBOEBVrN2gT2djLihMFxNkXiOSvV"
        "8DCt+r7XaTSYY93QVsrrnNxDU8NkIHUfB4466L/byYb5Yczx/e/zcvlRDoTJbMJp5h35trQc"
        "BtjMRNLydb7DN+A81Qf1mi+LjZQFmc/TDPnEKCHIJ/ZwLBWs6+1w9wGraNXODyoEG3WVtAbp"
        "TJUwR1oinxOxf9DZYT69pIa4bGL1kvmLZwY2NoIeGu5x2cuiZMeE0acIhLQL7D93p9XtkrpE"
        "NfRkskAQMQ6ry+B0vDR77SGNwDOLiUODzjNPI4cSdxAtlFrgs9lUCbbpM+czqZ3vTrBEjGPK"
        "s+N7vrLrbk8bY9l+dvOE4H3sUwMVebLvcjNulMyf+eT13hmW0Vihx0nqbb2qS8cgzWhMj6Ns"
        "OqVltn+dI+GTudyfR8gdWozo1fFbQRkVDV21yFMTkN51x7bHBj6v0uIzfibBmXgMqVLyi79K"
        "xQV5TY74pVL0m0tptdioINr24jAty1s8wIZHhb0iaQIXco29WhxmZWXHg/YIRajrARzPDy/o"
        "4whecu0d+osnSjt3u3udt3vXV8l4z0MKPz1i3Lr9Pl3nGrHwhQOrySH7xC+oafozb8o5ftxW"
        "5DVv+J5TWAy5ptyZ/fmZlXA+v85Bfp571BzS89HB13ex6zX5Mb6ndJe3/ouf8319P/11bu/z"
        "XESTi1NqsQoS3dSHkJLZv5x3+zn3dZL0eUXYJ35ilhwmXN3vM5KFrAUU42cCq9MYeXa/DiVt"
        "MsZ7WUyf5FW3ngN9MtPhe57y5nmreNefg9NaR+nQz+Lee52fchzskyGUjwPyOScE/We/G6Tn"
        "c5uOSUaykF5Jf16GTnYKqPyqWuD/Lb+Mk8FzN01Fc7Q/w9VWb8x4jvC6ZdEYrtPwhjWA43gb"
        "n5fB4u1hFo0JB8AlY6s8+gbqsQj7836u7HVSjz9QPF/zh3XEjtf+/MvpUTT6ta4euW4aQMAX"
        "WXOAPfvnuZXCu+gGVO3Lnv1+wELr+Z0DlNiKBaQ7IU8ULwsD61p2+Jy7a9JeIS7m1Zohrmcp"
        "mMJh0vcByNtjsO14sRJOp81mTZLu1s9pttv9cz0PoEw+bjNG3aB1XueaPs85zpSw1ZRnddWa"
        "2vsofANxtcb1TUO8zPUZyDLdoL7/IvdrXiEiXnCe8TofScSXXANH/JJr9zqP8ymXGWNYGDn2"
        "Hf08V1A/4507xovHxTdOvkl1Ko8+50oYJ75C+nOJn88R4LBqms8I3WvKNf3OA5lkfX59xQFb"
        "NQ9Heu33PMmGwCtOaH9u8fs7Ura4/tt3+rz4si+VBMyLp7UBMFmUOa98QnkSWf75DsYCxisE"
        "4ev9mFaJF7oypaHpODmRBxaGTwoZF77yHy4Bqf+Sg8CEKdlf6yrSCTbk9fwN+Wci2ifC0O6T"
        "fiTz0+cMUH4WHRaY9iraW15X8unGAgBHlvvzmsK4n1dL0ozlfV6brJ9PXqIm51ftxXHGOq5N"
        "2R5LtzWZOP35aPLad+7nYgkvjomUjl/78L0M3PkM0mtf7nXdzw+TWSq+9q1f58URj6PVfMLE"
        "1/nm1zlyLOM35MGdG0CPK26fJ0H6FA38Hu+rX+eupa4/FzpP+nM9ap0dsE5GK7yWoQ+Cvn7e"
        "Y07ItmH5MLMB9HPQ12H3/gT778Punyfb/8//BQc0qCg="
    ),
    "esp32h2": (
        "eNp1elmTskzT5n+5T30jcMHtjfgOsqBYBWQHTyYUkU1FxLbQifnvk9jddt/PPNMnHchSuV55"
        "ZVb97z+7tv1fbfFM//x3PuYn4/98/nDbXm9//jsaLsaT8XzID//zZ7+9bf/89w/0fw44NAOV"
        "sEoWMn9FgImirVpgLyB7PZAY1IklweZ9Aq0tsVgXu4C/yNcouB6UmXljquB9PK8TcmXLxdK9"
        "yvkw8ZxSqGETyNy+iDP5dF8O3VUb3DluPo8itSrohlyriRxz8VRMt3EurBwtLvx0WQlP2yBO"
        "eORPTZuOZ8HQXi03nkRtIUu3+dgo58PB4fRMaT7KkgnjE3N08G6SdJFIei6bQ1HOuecGTstz"
        "UbGm9NXp4D4gy7OsqCd5v7MZPz2M6Ow6q5qES90xWX1wG3ZfDQbdebbT1/W5ThvJsDifOGOV"
        "iGd7ZJ6Pp/39NFAehTIOwqvhULU4D4/corFnSXnU22mtrRdsdNxtNitDVJfLpcVxw2BMc385"
        "aGQumxbPgUQNUs+oI9CZcDiuJ+ZBnd13d3f0aJwhv7t6w5y49v/8z59PD/32HD8czmeL//xJ"
        "z7fr4/On0WT48vEt7fChP7YjTwhvgvlIqQ07ueITBYihkNmynA4SOD7Ql1YKmbUgtWBlhAkO"
        "4cLJjaW9v88dK/ask84tvzvDigiUHSYwNi8dA490MXwY+uP4sODCBCFTA0XlvTFRdbAdemLX"
        "hGZDEC/MBrV1dNavzxIQhEYzmSvaspEsmeARvE1ZQEFLMLbEc2aITJ0BBVyfAK6Dkq8vdgmC"
        "TdoKCodYisSgrC0boDq5DqUkq+GlZzbcRoLeKNd065EMjJh5AYAkZbUgOTODLlkxIbUJL/0E"
        "ixKWOZuppZDsNDvya+XIXC/PYu2cfOSb+TaCxT4SYkkhqSU5aAfKdgpZWUrH9PHxOYtyPy5V"
        "SKjKbIXoBh0x+yWH+thNBGk8yfxDfp8aMkBXSjefmmyLdjXOXVaYz6l0ul+2rV1PpFv/O76P"
        "8oiXYayqj1gWIJAq5kcgWMUtK5zNdRsNDENzZhadMhftvZbzzL1M2hNX4/qCeuLMl99MOWc5"
        "mm0nnxO1JJCgfQ8gOobUy5FbSe9Hu79uYVSWHwmgXYnj93ZEf1zBjLtdAL0/mTcRrPHkyD7j"
        "xLYOKCt1TBai/VaG1l70B0G57crZ7lL0N7G6bGepl5PmbtC+cBKdaUVjvp1AvFYCOJaVl0jm"
        "EN8nhtTZw2mj9r9XRR5aO5NRURtWNJslVNic1ibGS2aZ9yX3cDazJhL9tJefLipSOKZG7er0"
        "cO0gR7kjFUWc8kI2ssyAHGri7MNJFSaD47aXD+1Fev1ZBKjLBvGMB+qoLTs9qqvqtbH8LBra"
        "MneE+aEBPDxh19vh5MNag7jyMM40ra0qKY51gKFPQTZszTY8gs9924eZzCPJzzWYTCJrecJ3"
        "9YjrenuPI3jJKcI4N6QhoO+H1KHMBxHzQ23dr/sExl6fP4Ko2Ta87I3yO/a3nijhw8gwPwpn"
        "pYFt00h96SWUz6rXC+NQxXx4oJxiImEeesT3gbTbn/eFf3//gf4lLd90xZx+61Gv5cLxNOnn"
        "WnnYEOQSMwDkBGwuEZ3Ox/xLJBBUJYoHovPwezuNwFCVcbwsSDA2MU8J3RrCwsZ8fBgU/3v5"
        "I0a5+OIp7HSzdh+5YAi8DSU5UKiZm4Mwl2uGdUZL4IUPIF51EHJn83Nd1/4p/76mYuOCoL3v"
        "q+LlW+7Y4h62rNFhZb/8uKpT4vCSDP6WOE4iApAzGGse8avohJ1A2rjJ9Rn9xklmpBONdwDj"
        "UwHZfC5tocmZJMWDVAFVXrfzMAKyliRbeNiCRqvKIYDrpBEtRtJcNh8utQ3pqt00fUjnlt92"
        "4eN4Vclt26+jGXX1FFofKLPpeWPpA24hbYc5jceBBMNGfn7q+YmTsqgp6enhC5pfHW0hPGha"
        "XF1dt9JWbXV76ddO9gHEUanQQivH69ueyd95AkOpo5PLPulotEf8BdGSJ996xsYoccwmmu9Q"
        "39oByifyOTYR92TEx+1e9OPBkRsFxN6Xh3sMD9pMtBif87deHoepyvMykC97quthbqelME+g"
        "4g4TcSBzReZ/HL/tra+P2Sg5wisfu5Ahfrxwhc5lv3WI82jotb6UWZpQ30/7emHE0/kZIJcq"
        "P/zKFwE4iKRbX+cESyXTB+aKKRFAnMD8HVaO4O40Ta0a181+4jYeFKIe25D5/kRHPb06fOfn"
        "QD1KTe1Y77iyRHzmZDr+7J0HsEZ5uDOnskw/E+nc1JUn2M0ecTsTrTWbcs1PXMpiZe9PX/YX"
        "M7YxJB86ZxGNJrmflLCuoOUOFxCM0wDzY8MNI/XhbsCY+feLNy219eRxWJT6vcK8IBtwDUfA"
        "PFHLiqiPYoPvWXjtCVmzz/yEONP12LLJMsh8PR6UEWRnpeKqaf+cZUtlyWqsgyHYYhogPhDn"
        "YkldlPU44R27r3i3xsRxT5Oa3XVQfYX4h02P/26biaHrv/PWa7dLZ7xeaohjzrb3F+J5LL3t"
        "pFpVkw/p5oVzsuHObL3In4aMwnjkDlY8XSk9qDh9vXd6/0ZjrHvZzEa5Dv8v/mYLX4HYV67x"
        "3Ll3Pa4/g14uxPOJpmIcsoSenU75jiPSzsxy1mirukq6DuuBNnYc2TAF2xWdhU2u6Ye3N87c"
        "KelUW9hinr3jKhsOz8eICqeTZ2gnXzgdR0+IWaJBbyR/nzyw3nZAvTyPQWVz2icSyi06WQz1"
        "JZbIwzK6TCzpx3nwwHxjpKPgh5cpj/kEcsfGGtYz8Ue/n7wIMe8QT8zJkg0kwTUstJfY3c9c"
        "fdkvZdcyRowkNvolMvD708P42968aVwm/2K3V35oyHem48R5zKS2Dsppm8APjlMPI8vAevrC"
        "OZXPlPMqjTA+yhwSF/H7lrhG4Tuys73NDy27BRiHFeKl2GQtRd7SUdfIYoeWq5za6uNBqGA0"
        "lQOlLlCHv01O4260aupjmQzb4FUvZOtAOlV0CNaLUXXECiGpTCBQGI5qW16uVvCuOyujGRY7"
        "37/tiHBac3ome2QAFvobRPULx139HXf2an1EfqEXzCmPKHzFUp0bGxLm1wtH7tvZyBkbylK6"
        "lNM60WOWV+vQPBVs6+Dv2lLUyhmfQOHvS/GAINb/X9tpxSIm8vLHEa+lgwPsG5e6+RRqSdLe"
        "8UOyzm1o6f+qT6pI6zps8m++awm72xR5G/ol77QSg2Os8oD1JJAkP9Ka5qjETBnap/U9Z1j3"
        "xoa/pHbuqJKk+sFS+q6LhvCxOxROrY8UvvOGA0vC98Spp714z80JT03Pv8XQ0JeKVk7VxOhQ"
        "foGzk75+kdUIn78PfUNScj8qZc4bCkR44+EdjCpzZFHF1i97OMgvjQu2iaJeUzt7XAgF4wqO"
        "OAjH02Ry7Kw8Ni7MgeAdz4ZlPvr1Dnbx9A+lxHnst90C9bfdRLgVjZb/tpsljPTabXK/efs3"
        "07GlzAJXh1NEv3B1xQeNyTd9f+ETOjNAyLQ3ntGGOExSmL/FrkOSPD+UbhtDMWBSkrutxgNd"
        "IZqhUOTF6NeP+i3f7p9+hSvWpb/kk4WPdpxWYKoK1o2yYPsK7/d4Zt63hUdmYPLdfTjVJaX6"
        "xMHdwNYxXrc/8ap/NEUd/BU/TR1UBt80sB76w4uz3IvGPMyUvJTNQVilkoM8voZh0KA++93w"
        "hX9Vzx+Qb7/6J3D3l8QSu86GJl20gp3Zb5xY1VM+XksmCJvOHv3IoZnTm9PRMkF+9Ot3VVMT"
        "R74o8SA6w8dFonyowY/+g5rJFajjUcVCWzTlSTWJRuJkzFUsyEQ55NbtJL8/kyqnn3Jh/lNY"
        "RSsY1n7fb6CdZ6Rm8BN3BNrn+ZKh6qCdsUcJNjfETQ35H89LkvOu/2JWZBvtNsW+EjPJrXse"
        "UhHKB5ROE/slny4c4u4mweCCfQ3KKa+ZxiyPTMVFjfkFljx/yS2F3Jfcky+5Jwr1ysw+JIgf"
        "wK1P3DLYl/LBh0uYeghz3v3iihfe1Wa7QwlZtK3YnnEG6o9xLh/O+qv/xrhC3BW7LOnrk3Le"
        "RALWsQnqnx9pupkiyZaYoD3xv4Z9+KywgPT9cYwMuo46jFMphufxjnqrtV8CYP/OiRw3QB6i"
        "DP6KI17lSoVF7jvuxaG2wTghkfyVJwTW33YRSGbs2jLD73m7BfJyC6ZMpIwXlcwPph9e6vd9"
        "iMPbLu3tgf1eTvSOPZj2y0/ZuZtcZpX9ypeKS4agTs4K2qavJ/FAjqDKQfvyy7dcqhxvZkEH"
        "l6+6mMeLpNPM0dJe7B3ntCR+tL/PX/Und6af+ChbFYUF8m84r0402XSPHzvJfrRs0T6y77/0"
        "+bZPpsjSb/vE6qrEVlDWsR/6tAdkhoj9zbe9JH3aul/fRX0Ou0FfD+TvuqH7gdSv0+fpYs1x"
        "Pf88XL7jjARNHb5wJvNj4hRHie6mpZhVUE0OU9CUKx0dsceU9My/LSN5XetMxv7jlL1wQQik"
        "Znd3817eL/kRURBHatDrFvHmwDiO6/02xecbEBr6Iwdkqd4Y+PsMhN/vp01xslBpaYt49Smn"
        "QUwseM+9ZhM9fhR50PzoT7syR34Y4He/7ANa7K+o3SyRb2mZXRGHNvrJb4rfctqKWqp6BcS2"
        "HSE1wmC9dN/rqYTQNJg58+SM+V/WVtLbYyQ+jUmNGe9kkow8/ObY44Xv1F56vXJ2VnthVpMv"
        "vEwFVNr5tR7I42/cB2tujGpkEM4u7H5we/3G7S8/ZdviG7e/7GiQS1PbDgPliL8vHS+cZv3/"
        "7/s6Cb/tEpP4H3kkZtJDly5vOwmZjPczcfadZ5l0PC1qrAcLvoY8tE/5xZCKXNPfdukTOR1+"
        "/a7WwtteYq5dKqm0xsOq78/oSOJ3W8lJxxw/cOiHtx4WGTwL7Ltu3R7lMxeD3U7Pe/7zbR/K"
        "lQTCMR2dNVgfJzQ7eXmXZq5dlcqagtoNc+RvW7BBeF6+9FXhUft+LWg/1wUIb31GC2ll8qd+"
        "HmHY667caDbS+iSWpaafIWBe+iusc3OuNhXbljdTxuKf9xHyIIuZ/xOvq/oouVB8XZNs9W13"
        "Ck9UhzhdFq8vyQvvcvtQniYHLhvusa9W7iTcYt5Xrvq2P8lEiIjKGgKJJAnk/V3Qv79rwSPv"
        "50Ja+PmddPL8zR+eyJcKB/1gB6dvv4OxMORfPCK29mV8tMU8TIvj2GwGGCQOC05YPzSaj637"
        "JVRB+8ZX0YgRVzcPPWr5VLchOMUTrwHRkItKLBftgR/vEL+XWHc+43wj2MI772SiSOh/W3zN"
        "r8ab2/u7EMiJ7AkVYOBHt9uskdR3nBMwBwYhm+Ztd0lotPrieiQAg+8y6UQl5IPXGceCazwO"
        "fUDcHdiD0cfVnARAi3yj3FFeasvmfJAJb/uIge4n+6En+NiZ7gZvOYVR43O7A+n59DdO0r4P"
        "TuRH9jvfVAK5HzZF8ZPHtTjQHLfRfvJUhHXR6OXv9yxY6vXNel8DYD06zDg+OMfjyQQR/F/4"
        "qSzqCbXh0RCqGo3tgKgzanPH20dkTpMXP3PBlEIaLfCjGyaI2qKRgh85Mm00wX7687lveZng"
        "/8pT4QG+S5xVusI65ezUkRGP1Yrs5Lplpw3a72llilv4M7niwxUtLen0tidkc/F88V51sf3F"
        "Y4WsTWY9v1rRyzsfgufFKQeCTXh+QAdXrIdULGfjw/yN8+txU3jIDQF+5KMi8t0+Ht92RPuI"
        "vX1e9tIodeCBXOmTr/9/+DwLXvMklkqw68R4cFi8v6eL3H6XfuczUKxH3q845D7W83ytnnII"
        "uXc+melb/8GYY/PBLXcQLzpbKjf3GE408u3QLEf9voKGvmRZPweviE3HR96UCYPY21nhMiNB"
        "OaOKbAxL8e7DYLdfOjz2PeNwAqQz22WK/59mNjxIEI/X2J+P4HN/ouhgJ/d+ezideQjsp7Sy"
        "gQ69ITcZG+957vrxsAVdUr/meE2deAL4gl4n2KclICAeKTbikb8pz0YM2TI+AxyVQ+BjY23J"
        "DiNlwBIBW89nvuznochbVF8mGeIPMwPUQyKuYV+YSO5sHZAM052vZCFelg4kMj+tZK6fa3SU"
        "gNrIlE/OQCx1yqg4cnG9UYZ4WymFvZGPruVcMrGU2IEDXF5KcD3ff/X9Bp8eQe3tJpisjvvv"
        "yHA1kGeCOGK7wcu+lCovuR6WTe6LkuoJ1vHocpuMgqwWxGfrE+InxGaSmvl74p3W1TxzfW9j"
        "qEtu8BzlMcnj6768GBHy2ObIr2Nc75mzDYm5OgLEImanMnnOAhj5EhBs3Woin8BXnAvCq2ZF"
        "Uj8nMQ7LNAiFTOnXBUJdrGmh6+UDV1FbdtzQ97zer8PqKSAPr3ibhrxxdtRM1JirxlPv3O/7"
        "XLaClx/OHBcP9+XTkj98UiaLBKw6FjXexcpW0sJoAhZmH9lclzsnG+fh+jkCOOVOYxUxjxhp"
        "SmIGklg0kXUpS3k8HxiTJIKnycuw7jiUnajF47h8Cg/aJO6llNVZLGO8RO6+Kle6q+6D6Gvu"
        "/DmHJCFWEz04N5dEvLBUzWZ7pVgZynII0ma8Pk0ZfO1TkHL5uX913DRNmM0SuXjtf4kyWYTi"
        "+hJiXbGyaV006Lf1jY+9PZcoQppE9PN98YL+v4R9vGKLxSoJBKNBbC5Xr2teAnEW9PNHFUJV"
        "fahSIRjVMs5KLeuvixFeNx1er/A++mOfxDurbh+nR3tVn+3O7cydMG5JOjmtks3t0ozleQiv"
        "fYC5brQYANfXHGKyX/W8D/0xTJDH2h/FTtdutbtxyznF/q/fT1mH5a2c+rUj+reSnOpnPL6s"
        "CI99IXvO5Lqfg3AznTJV/TUneNqvOVo/f5xMOzf/Pf/JTNoUjSSpv+d5xJxgPevnKPGyc71g"
        "WIPiYz3nEh8VfG6bGjg/eab3WqATjNPSbJqMYF7V7uec1oZb3w+w4yruDjPjL3kAOvaSZ4Ty"
        "dFM2C37Lw4zaEzrftrPWC1lLjtin0JNNfr2PpcvQJZsIQm5uhYyWdGiTyveLX/MjbKv8UkIm"
        "UbFDRsP1bcPuU1yvcdiHR5Y26eef8NkXSWRg7accX0q2DUc/le6PYBUzs3HHZuGy0x7tYA+q"
        "2BM+7OAQfHgCB2sPsp/1BGFJocD+4Lcei6aUDWXjmyXyHiFehFfL0KTfdrgXuoR99EKcvvdl"
        "Dr/8ABMp2hTYH8M9qmn6Sz8QnXi4kLB/RJ6wx/uBv6jSaT3r/e/NvKafUx1m/nkUtF/+mB68"
        "MVJNOqoc2d1tNK1qQjfbrBbHWxGZSJiO40fk9vuExBCEHz34lf6a/wr+vUzW91n+2866MK4Z"
        "siv1+Ff83JxXf1rC1oaYEQnGhrSxb5tBbErdizeNtbedsNqDjPV613rCrffLwRduuuLXH7mD"
        "/f3o5R9jv+Rmvd+cix+XYPa4eyjP6QFxee/T6UhWeTHq5+/8dHLm6uBc8amSCcZuSfSJxDJV"
        "xX4n55FHsWuFgNYuiVqKH32/HgO96RJlUSX9+PNesXQIXb+/KzZYJHS+m8y481Ee18hzUnv+"
        "nvfo470zOD0r/7Bph3/FeXaBPs6VpTNYz6aD619zV15PmqKV/oqHy0I6c076dLga+O46mhVG"
        "6AA93l5zcIpxiHZl/8hf3fX2B3/9V36pZoQ0osgPw0jtdsP3vqAu4ndVafq6L+YLzEMEIckZ"
        "GCZZ6henC+eL6lAOvEP5mqsbTfTaRxCv1ma3/CsumHZ6xQU/Kee8OvrL/+eNocgZlNLBhrpK"
        "BifkLdiXFseZZV2wnoaNjXU5pdiP5YN7Z2Jtk0ZA0a5O/t430ialbEep2vkUtKPCdrIYjJGu"
        "jS4UlFGyboWnwPXz6gNm5lxgfid5trm7YNHcnVsR+YxPU8zv5cMTMN/9epfm2HdOyc/c8GQZ"
        "PtnXgnO1JJfRv/yK3K0UWVSnO/MvvVWVdx0H1PoXvtZ6Y/IslEYp8of9duksNCleCGcofvlb"
        "xfjNW+wnIx+wjm1ALstrQq475PUnQz4iCcb/4sWW9072ypNnfvPBbHdlvIhs9de8s5hrMl6P"
        "f/ZzBSOejvfAhhLP/NVQ7L9P0T8JkbdgEltSkJdewVo3g8V0KcVmdAGxFPmoq/gYeaMRjODT"
        "P1MmHm8Dy7wehjeyP3H9PJxiv7W0ReF33KlqqN0dY7VMuQ7j+7JZtHvklat4cjlDaKgDBp64"
        "iu50xFrsm+YccILzWYee+bwFHmtR98s+sap0TmfoKkHSs24x5RLTvYxkgrxxFyZkUv/GP4Ho"
        "l7qUEPdrPxndaqyf3OEEmqF03EDLput+P+gpcTGsL5fvOoE4Ik+Q72ltNAq43fTTr+/5YIY0"
        "9hMHrG88VgWdCzBPPwxhuZuPUM/isviyw3efo2SlTG1y21ExZDbp9z/4U6J81of3fOSJ/VHf"
        "/2K/FkvOyaw3LClyN7j+zJ+S4jRU9eyRrArykrc5faxrZ97mO1VaHZyHtMO8nWJ8z+8tPX/h"
        "+q+4gArlJJvpKAjl8T/Wv1F2vXKvuku9MK/7udJMHJj5ct7jR73e7lLy4gcZ9qWDA5fHlrfk"
        "MM26wxj5z5bY6fGO/FHg8buxv2r5vWLv1pOcycVxsEWciM759L0PYdq7VHQeNinSD9FJXvV7"
        "X7znFqQp/XbvgbnSQCqXcvurLxeywwfm5RZ57EOPssdBKcA453wpkOVpHdK8rD4S+fqlP/Gj"
        "smRuC8MDhYOmiLFZLtKEEj8kzvQJ/M75y8+qLH/h1nrRIMA5IOd/+VO2C+HFZ0ASHv19Wgqh"
        "TVCfTckC6YH9E9p3iPx7dEe+5vTz7S5hiiFPbovJHetO9CE9yW2Qzk6apUwXi6Tb7SMjR143"
        "3iuR4Zd6zysftdT3WQo9bpLtKmz5nQL6zn/cVtbQXFmj9rl93OYq3+5OnXUVJKPq/SHGXDQG"
        "qdNye588dknZ80XIgFbsJBEvafBacvNgVfit6Wkjo+LXIjjKh3l0TwHZbPLjcex+bPSgusvu"
        "c2NcKhZ64et80DP/0CCerENY6bLBSuyHEDf4EvvBtSpgnSDMV2vWxpBa8YjjB8f5DInnvFSC"
        "w6zq+167UWGBdUNdy69zcg9VCeKB2H0cOGqj/24nCxaHCTfuf1+Uq49ywE/nU0417si3xdXQ"
        "x2YmFFev8x2eDueZNqg347LYipmfeWOaIZ8YxQT5RArHUsa63g73H7AO1+3ioIC/VdZxq5PO"
        "UAizxRXyOQH7B40dFrNLogurJlIumbd8ZmBhI+ii4R6XVBJEKyKMPgUgpF1i/7k/rW+XxCGK"
        "rsXTJYKIflhfBqfjpUnVhzgC1yimNvU71ziNbEqcQbiUa36czWeyv0ue+TgT28X+BCvEOCY/"
        "u3HPV/bd7WlhLFvPbhETvI99qq8gT/Ycbs6N4sUzn77eO8MqnMj0OE3cnVt1yQTEOY3ocZTN"
        "ZrTM0tc5knG8kPrzCLlNixG92l7Ly6OioesWeWoM4rvuWNZEx+cVWnzGz9Q/E5chVYp/8Vex"
        "uCCvyRG/FIp+cyitllsFBMtaHmZleYsG2PAokMqiynMB11jr5WFeVlY0aI9QBJrmw/H8cP0+"
        "juAlV2rTXzxR3Du7/eu83bu+ivp7HlJ4yRHj1un36TpHj/gvHFhPD9knfkFNk595U86NJ21F"
        "XvOG7zmFyZBrSp3Rn59Z8+fz6xzk57lH1SY9Hx18fRe7XmM8wffk7vLWf/lzvq/vp7/O7X2e"
        "i2hyYUZNVkGsGdoQEjL/l/NuP+e+TqK2qAj7xE/MksOUq/t9RrKUVJ9i/ExhfZogz+7XoaSN"
        "J3gvi+iTvOrWc6BN5xp8z1PePG8d7ftzcGpryx36WUjd1/kp28Y+GQLpOCCfc0LQfva7QXw+"
        "d8mEZCQL6JX052XodC+DMl5XS/y/G6+iePDczxLBGKVnuFrKjenPEV63LJzAdRbcsAZw3NjC"
        "5yUwx9YwCyeEA+DiiVkePR31WAb9eT9Hcjuxxx8onq/5wyZkx2t//uX0KBrtWlePXDN0IOAJ"
        "rDlAyv55bqVwL5oOVfuyZ78fsFR7fmcDJZZsAulOyBOFy1LHupYdPuebqpjKxMG82jDE9SwB"
        "gz9M+z4AeXsElhUt1/zptN1uSNzd+jnNbpc+NwsfyvjjNmfU8Vv7da7p85zjXA5aVX5WV7Wp"
        "3Y/C0xFXa1zf0IXLQpuDJNEt6vsvcr/mFQLiBefqr/ORRHjJNbCFL7n2r/M4n3IZEYaFnmPf"
        "0c9zeeVzzs8do+Xj4uknz6AalUafcyWME08m/bnEz+dEGGB8GM8Q3WtINf3OA4lkfX59xYG9"
        "bh62+NrveZItgVec0P7c4vd3SLa8/tt3+rz4sq8hYp7B09wCGCzM7Fc+oTyxJP18RwAOvwN+"
        "8Ho/olXsBo5EaWDYdk6kgYnhg/HIBa/8h4tP6r/lgCmTs7/WlcUTbMnr+Rvyz1iwToSh3af9"
        "SOanzxnguiw8LDHtFbS3tKmk0435ALYk9ec1+Uk/rybinOV9Xhusn09ewiYfr9uLbU80XJuy"
        "FEu3OZ3a/flo8tp37udi8ViYEDGZvPbhexm48xnE177c67qfH8bzRHjtW7/OiyMeh+vFlAmv"
        "882vc+RYxm/IgzvHhx5XnD5P/OQp6Pi9sad8nbsWu/5c6CLuz/UodXbAOhmu8VqCPgj6+nmP"
        "OD7bBeXDyAbQz0Ffh937E+y/D7t/nmz/P/8Xr/2mRA=="
    ),
    "esp32s2": (
        "eNqFe2uTqry27n95v7qroFtUXFX7Q25AkCgBL41fTilqQFTa1hbh1PnvZwTsOee71tp7dRWt"
        "IZCMjOszkuH//Wt7u/2fW97s//rH6P1tNPyv7sZ983X/6x9v5qg/sAbvb3B7t7lv/vrHX0j/"
        "RShiCnFcFS5RiwCjilLJZ0jaSKFUsChxiLQWGN2kUyUT+lzAS9j6dL8+ll8Hbzi9V5zMv5uv"
        "Pv6qxvY4/nIzM51HR1Ki9dI1dnmi3PNjbMbBbfkwjNHo44MXOVvjr6LvJkYyoPtNkpEg8pN8"
        "sR8XpJECR6uTdb7e9u/DpSmD8XruMEnUfpO9i+PI7B3OzZ5lbyrtV1Y6fTvM747z6eD95Xg9"
        "5MeR0azReXzJi+p6XPBB79HD44vr8bO728rKGhze2PBrWFxTYx+/4+DbWFePoNd7XobbSVhe"
        "yv3VETNjgaN3julFvk0vp/Puce55de69L1dfImI8v5gnw77KYXo8TW6D0g/t6u20Xa8DQfl4"
        "PJ4Zhrl8Z9li3Lu6hhrkTc9hApdDFhE2JIdT2J8e+PCxfcRv9TUyre3X3MxwLP/7v//qJPSn"
        "5IZv9tiy/uuv/eX+VXe3xuZgaJv/9dd9/7y3wqTj0EBr4zgurspHbxNEJA6wjfwMVZ5t2CA3"
        "4g2MBq6qYk/FEBIgY1aQuOZ98Vjg8cPQKuEa8PDHRLXvW8zE5INh49D28TQKMEf96n/sjxVm"
        "N6boQbcqZMxtQ8JXcRgZMzRLKzOYS4cXzPVGxlv6TvH9lJylXB1FLivkIokEy30Wwxx6QHif"
        "odA0thPWrWdaRObhYdQxs+i+wGTu4d7DuKPz9khqU6DD0dAvUsQ/aaymk1uTz4ESEd3qmngl"
        "mhfTd8ziKkJTmxcwfo/r8QvNv8FKK7fQ9MbAHsROmmlC92e6v58jVGDgkx1XB0QSKWqMkOJe"
        "FJcCr8pq/cGUFKhILISqmBcS8f3IkHCJgiN+j1BFgBjl+5xg80J4NnzYV1/LweEEEZMuHGyO"
        "goVgR+9sNChXx0mG4rIoqYgokkNRFFTsA2N29Anw62kdxmBprBIlrBjh9l7fsD+RvT0Zb/tY"
        "Ui81akUfmOdmgWOekRuWlbMA2ha7oxGjxXbN/JzJqtC0ycL3Ne/Qe+FQPHGZwjEq1OrtsHDH"
        "BzuPQD/eDjYS6daQSqAvCubK4BU6UX26jzExnafiSFzpbvrkJLs1Br/SLUo/Wrlkt4shoR0N"
        "gooCTVrmz4cN8gkwa2VOpOZ3n2l5EK0CJ3UwjfmP/EWRVYeL8R55Uc8wPoHgp3V/vvg6aPnq"
        "5zzs2ibS7XXOvyL43uo75VPgsxBU3xefYt83ZG5Fs2NlIRM1ldeYjEk8HclFBuvTCjFsdZuu"
        "+OPuYq3WwH9x9xGl847n5slF7ejqCTqWsH1rA7K1AURuCvmI3bwK+IDI/Let/F4zQl8cFj6p"
        "Qb9+Pa/qlbde7E+4N2d+mppk9h3UpaBxOb27RL9FOOjmPqa5OUWHectfmCN9arqn+5iM0Z0j"
        "r+psH+QjvUf7HT/EYNBI4nk82WXRkHmWeNl1GxSA/1jr+1DTg2+l9BGelB3/YZwKFU+wP213"
        "mi94bNgZXBZFntWOD9KYyOrHn3CRquw3P/4Y/73OUIGY9leaP3WsbdnOeu1Yrd8a/jleL/x3"
        "4xFLwft9zolkNYXx4mqvbTPNE4nqRP7QiSwGvunHP/x8Eg98QQy+QN8LcoIKmv4ab1pDGwtV"
        "dfIAr4Un9SKXEvie+xg1qJS7UyQKxvpSwv2FcChS4zmydvL0rM7MTQrGF2Kh0oL5smBIez54"
        "3kP7pp0/kAzG967tOqkpAmm+9I0EXFZHtD909L4+f2T2y8cCPzLQF4pS8En4jt5Mby7TMQT0"
        "JwI/2b5DX/4OfJVxtPkf/F6z1KTozGhfcgz2pMd79g5jjsx9jRYmoSj4mKJGRgIJJ92bKAcf"
        "AjZOqMf5TkU/cjDxBcTTDVACv4YTzT+St/LYUb/cnaNh4g3SHehIdX42kg/QwWTxd+BSvQhK"
        "zf5UWPOF1xg12CHdm6zy6o4vakzxAi0jZyOqhLarBp+q1zajZm0+0SDcPcmE9i/illrogEOQ"
        "0A10v+z0Pcm1/j9R/qwnXlLsc9zTcp9rnlDpHixj2NIPXr/AkXFo/bsvYu544A9Wx0DHpS0v"
        "fOrUSO3wrbkXASgbz6OoeoJfLJfyyX5s8Be/J+Ca9foPECOGMJ70xp0+q+dv/e3mNxroCO0Q"
        "3jZzkOfU98bhKHbAH5gZ2N+dL4gM2nah5S0mgkiHrKCNss5fyBkYAFPeutiZ5BBw/5aes5bn"
        "MToysqnxHGyXJX2En2RI+s/hwb4UTyFkbc5+9PHotrodIpaAq69oIC087OxOcNskuj3o7OkT"
        "YkbTtsOXfe21vvB8XqGAN15i1PsGH2HOMsmgf0wJzLPr5mkYF6xKdlo679144NuWq1QlgjUw"
        "P1W4ju16Xjm2DX6ZzfGeOYWxSC/G8PbcNJQK5jVUUEsOI3vwUfsHlJ5CXthpKMc79E2V4zWA"
        "Lw5adigpxIdb+zv8vDWDJmicfIEseHaC2MpS6PkNfuf7oWMpwtVrvaiGWIHcXiezf6M7rTxa"
        "/Qae8xjtz7j34d2ROj/rDRsg2dQ2+Py3EX+riQXjaXyybddv3vqVPzCPoayuWzZRIzvByOOU"
        "gW6lwNj1IDSFshi8j6cD6cwQE7QuKAnYndp59u57pTpkWo+qX/b3rL1O36jPU8B84APeIyen"
        "CO9QDvr/Va1MVcF45i2U8o6l12/XNm1qcEL0SMUdWYmDRH2PSQXyOCFuTV2ImkiqikBM9yWZ"
        "zf9u+53+7rV+hq39WFpfX/FL+971YmfSGWkGAnzicOFJYaNBEJokUjfkNrwSnqznoJO0QteA"
        "+QQykZSMzS3Pi9QvhOsaYxe1TtC7d/a8rY1bkiDHDI/MzCl+rtLH026+6Z359X6Cn1N6NEO0"
        "7zDH8sjZBDfXj16Z83OFrWkffWGz9EC/oe3A2lL3PcrnuBquV9xF7FMkhUzcRvQv++OG5/4N"
        "zdUNdPtSVLea4urCqgV+e8WjNM2yd8cr5aG1a/VLHr1WHpnR4kWQAUCLmHDwKxNVz1MT16aD"
        "AMv83Ud3/Jxo+2+8HmB1wgtwvoe+oT9hbKnxaTt+E0eAX8G5IdQ+X7X+vdR4yag6fyIRUVfw"
        "D4gnRPLc+/EXI57+ra183Sbsx9/UGm+FBOIzrrQ//+1/aKHbnn6f1Ndf73P50881XmAaL/wx"
        "nqfbwb/zZyjV8cjX/e18XT/99TwWf5+/m+83fcgq4X1bt/8Y/1PTw+M9tNv+q28BsKwVPN/G"
        "y3/2p9+/4j1hF3j+W8ev7v1St6nOpyb5/gcfFFy8xvsDL3T4o+WXq/3zP9NDyRH6f8fHf8sP"
        "Iq8//Jxoe+rWm2n6gzz/oafW8xNNLxIlerV9HW86eRc6PxO55mfLv3a8rj8uYxybMA9LMfEj"
        "GieLBUkWB7i2ebKY18lCKLCqd5jXTRSHiEcEM9cKmETQAfzc4paLMzPkmY0XZ9azCg/ZJydD"
        "SefbZc7G/MyePKFGbvdJMvfhEoqHsubzcczno/5NDepyNsghb9oh09Rxxl1KJ8aLbLX8WOTP"
        "UF0AMbtmxYSZ7/folkzQPq1jd91D5WaCws2Mu+sZUusNCtd7ek6+kUoK5CY9ePYC+m6jfL2H"
        "ZxOE1k/kbvZIbQYQZvJBw7lfWuR5g3zkCyJwwC8Xxd2BIi5QmZdTBO3AvUnvInI7Zd38F0hf"
        "a4aa2h9YBD9KQL7i/CioO4EswCN6jIkLNpiK7vkpSpMj+E4YT7R9ngwuQt2gzS4ejN8ox70i"
        "Bu2ynW+iXNdVEH/trWHUEDdJmaFFv8ubMqWTIeAXxCXTxJOc4bjLS6YoR9VOx9ZFhxGPuHFp"
        "FeDZwbZQrG7TEccTyeB7AM7cwV0+AFmnlfCWPhiTmQFe6fnmr/gsuQK/nDLFOgzOqxTyNGzl"
        "bFXFF+NDOuBjYbwWZzGzfcZNYu/IjkYN+WCu8GDEHX41fL3XMCFihS5m/mUryPlC15aObTaQ"
        "uxAG+emXmKEqc0Nbx5oVv9wy52HXX3ZaSzVzh5Kd51Xgpohl7GBrfUzLBnTRaI4xCURG4fv6"
        "SUF2pAkFvKOxhHL7YJCl2LjvlU7mK6pzcHEFoAIpA4rmr30CcaeIxS39zjrfpRCHUcUkPPu8"
        "I4zk6JVX+U/wxBHE9A6Pvz7xrcKIbAzQwzmSGi9VmLRxgY6R0viowrjDN2MK+AnJbl6xN3qN"
        "2+a/gIM2Y3g31v69jsIBryqafRUYCcCvOm4fQSdw0mCde9FO9r1wpOewxbfCOq+EhGkx8oUV"
        "wDP1Pm14rtK5tOomUtg+tM+m6KjS4VEMPKpuFg3RLG7cLiGDuSEfpl7glsArvvN669J+l5DH"
        "U1D6NVP5hcgfvopEeblx0/yCuVgCztEnOv/XGBuf/CxU3q7r51lYaLz+w3uKqMvdQjJtO3fq"
        "tM+ufj17Wp+SZ1InNdyXXtzeJ1x/j9rvfOPp/SFU1YT0LNw89Lrwij4MV+n9LKpz0zr3C5vg"
        "i4U72Xq8fRd5XvdZeaH077jLk0R5A3/CG8OeIbOZjKqIOeCrmjyZK9er9HqxyzsmjSHPFmj7"
        "6LX6cGYDt7FgfHfQ0XnrGZLrdr9r+9nsGMyQre3DNX/WOMvhfp04DqxrJt1ne5/p+9QQjBos"
        "pLXQfXPAL5umnWuRs5FTLtCCLBTaXHovH2vFPWsbMRhPjwtjhCx9U6Ah1PfduWIQlyrmP4EX"
        "9wRpvEeZ5qu7/5kzjJBZEnBgZnRezxZ3JN1N2yeeufgIejEGXlSa3xWgohnlHjY/5HQK/K+z"
        "AlBIGLCxV9c8tKUdUvOIbbdSwCeNc5N+SyfEhPYT5K1CwJICbPlYTdxvBeN2vOnkAniw1Qnk"
        "Oh0NbVugB2htjdFOVHVF4/nRFWAvTY1zCXYHPu/jNc/r85edfnRyCqQ9psh5yWhyHCLH6taf"
        "rFEMdltulNbPigDlH/P2nRHk90yvAXjw8oVjlOu5aNt2TtyFvB1vW/2j3V4M2JCEeQ3ZeDfl"
        "jSHjejcKM9T50eZlq8mRNfoeIwy83Ec7Vu97VDUCr0YhrG+pQAZO1tLnmWIrqxQvwC9TU3iU"
        "44/Wjok7BorBllikWr6CEm+f4INCvFgPX/bc+qFl+zzSutytZxn+6JN1CMX1GbO1UUBuFZc3"
        "0DkpZgup9dpiAbKvCC+bisCnfn5AceBNATCWeg+hppXtzdNDzWZGATHxaDLtUzUeQAvvRz/H"
        "4N9g3ol6L7dzxDCXi4Axpf2cJ2XhxRAbNpJlGNoRtOeAIW524S3gWsK1gusDzcOXXAEX5xzS"
        "FNbZDAG+IFZ1Np3ctS+64c/l5LjUe6Bbft7UthPsGeH4HfzM7JQAWKoOMrQjsb+M59K+U8VO"
        "nV951kALAzqSLANAqrxkqVKQsVMncxN7RsvHZ994m9InyiDepe17VM9ZNloX3M4XAbbJAOO8"
        "fYTqE75/foR4uqMV5FTaRrVdf+O3KsQHTvY2+sZp5ez77AM7leNNjRjW5KE3BbneS19h/IrC"
        "ujFpx0eYdL48h7Fh/KKVh8zxx0Pjicc4LgO0Wcblm4RYAvnu+fYAdLA7iuJoOvzmJOgwGnf8"
        "JBXEkbQ9G0i7ud61D89RppA3aO/9+txgiP9GplRLw/jRf+XrHwJ03Wyf4SBX0MlQ68gUuzuF"
        "wM4TeIa4afUTZyF/S/+0de+rbYOtc2JD9CbmsdsXSF77BTqHa+l1bkEP7eft91AGk2bU6HzU"
        "wWeObELN/owL74FuFaLfLN73nBA9OAV/16MGrGfTrSNhrXnAuBq/2ndbot22HVPkzGhY4IV2"
        "7HZrk7AOz9XHXTpuwdpi/8smWWHCWkIUEISbsP+yr6Kzr/SrHYuS8I50rEiP3dhXBHkms1of"
        "k3brgfbQJCa0w/GPTYrVaMxvH4Y/EhL4A/Nz/Gh5Td1Zy3oEci/GVLmjdj04IQb4e00b2l7G"
        "P/uJbQzq+AyefNGObU9H6G0EEWS6UNqexVLbQH/oS7dqn3WSmBydpbEwp1qfvw7t2rLFwRyD"
        "5XVymn4Zg5EdPJ+GHnNYEQMtm0kfbToe9mWQpkeNI02MNp2sPOAs+DVctuvAriOBMwWsI6OA"
        "L6o71fGo1Z+tqYGR3v+8tHzVuNaconXH0+fIxo00LqHfd0chgLX1ob2P1t3cWXfmYGh/e+rk"
        "oseed3LnWTSYZFzA5x2uPVwhz+SgjOiBmlf0sx/KfCEr8XyK8ABAnpkIzScOaijmSUEF+7W/"
        "rZ6BhCTij/37nIOAeA1QgT71OjLd9mOuzzN0fn7Wbac9P0pe+/vyfe1FvdDwS3l+tvt0qUne"
        "79wVnQ/f25QWbGZFNgmQmI0Q4Gk8kn78SYHvazRczr2rYZnOLH9ylANW7OEeJ+UtyTUvnC2g"
        "riiQu/6tYndU4z5gRz7Jc3CDaCusTxafk37xEODXeprXbBU7A5YUT3DK2GoxLC7R3Fsbpt73"
        "W/tIAq7T6/dUFIPC8EQ9t9JfPY0yM0PjatTlLZY8AzT1NB/2NXALwtORMTtW1yDU3/vGBigL"
        "iCJzOZDTmCIMuWV19CZGU9oTObXNAnxl659YBG9Ek7yxaKyIxjHZ7WGAJfJb+q/7Xy2/2/1T"
        "yk7AX3noG0KPATyYHf2JLBSbIaH3YaLeYYyE3Z7fCUz3b7jy3tt1MZMQyu4Yv+SKY73/QcrI"
        "lRF2JvKsmNYT9y3xxQqrgVOwTe6TT2orH1JwqbBcuHMRSe/tn/d5W/p4rvVBaH0ofutHu39D"
        "0TpfKEA1mQ/XMy8jJvAan9nyFK9W/jU5FW5yCA2Kd6/vgbE5+wN89p7G+2e+kuvMDsfX5Fi4"
        "kFvo80EfNd4D+Ap9vDvfQEpDWUiWFDdaAqUyjr2WnlZ/hd4fwJXmX+pLIlt9pej60/bIAtqt"
        "vTiTgkgcf/5rf/c+9hMiRb38n/orvT/RttHiKl/toB2vHX/8T/3tfC19xNTtth/FK3henH7a"
        "YVz+bfw/xmvbf6zvD/p+93fra/XnqekFPbgJP2PfcCG4euCxzwz0hwl0PD31fjtV6JMvzjiO"
        "vCn+aOr1VZDntcKmstD6bJLsy0Tji3lcH00SAYYfF+ZsncH9vACJmwSfwcqUjdaFSZ4lQ+Z2"
        "bmTXElIqo3+R3IX86CN8yvNBaszpxeVytOnfT9gGXxd9t5uh54ucuGvFxC3f71ABsTpJjihC"
        "Tz5D34CvuzMQwmceahq/AfogqaEc4q9yi7ZPx+OunXf7wSaxCTL9kpMsW2CbRPgO36NMgLna"
        "kRfqKA8Td3ntDRzkjk1pzJ31VFZVnGWi878Z0IDcxa/5w6RGxfqG5jrGWLjo9k9zyFUE12cQ"
        "ySvXJtjkhQUZFN+vc06eeYqWoLJCWSm8VwmQTGa8ziRyfwZ54dAwgpk3n6ivedkLpLGjJgiU"
        "QV6Kb/l0EPQB79zBH+wmuTUM9ebYouvzByH0sR30vbV96mnq3N+tOfjGHV4/7LwP9KnGJ9OF"
        "vz+bTmGY/vf86JOQTLKPoxnKK1PwLt6+1tMcb2KhzzAg8R+3c8963kyOaVx+o1W3///8LPV/"
        "Et2BiZDTa34kHT9zmlWpXacNUomJou4M5qM7a92h7NXu5nrGD7sK56gPFLhPSeMPlQhRbAOj"
        "Bn4HG8JQ3T6/7J5XwotcDKnbhDBLzVOQR5KhRfZ0G8icaJEJcBH6+flrLZ5KAuDxHuv8Z9Ht"
        "VS8vPqBZy13mwehZ3tAP/VH4i35hdvRLJJ9z3Se7PZG6lN7QftBqjJ6A9632PCns3tvyHKMx"
        "8/eo0foxgLjIunjLbjk/WQzktI8nXv+mfPcMOKLEA8i1uHuqgOeZWTdH8NX6PF7psTRYhEzw"
        "ZDnU4e45tF/6yD7/ro+QO6HuHMvvzuVBjF9jAe8JsMvZ0crls197gJo8JS+hXeSfmZVOKeib"
        "lmfU7QMtS35o53IDV8EEwB8iMotOFmwo88nZy8vv2dLxk/gcgXcHDMt0/tHtO5E8qk0GuI7J"
        "H/tbAxqO7hK9Qch4ngHVhtwSuzR39tqmmd+dg9wees7eaRRH0bvrQk7t15sxiYPpqKr61FNq"
        "788IyGPo13sLqa2jc+b9hmGjy1esMjZnoUyx0eaoYNIyHYk7ZCinVJ+EJbOGC2ylO7K91Vgx"
        "1MsHNcqePJl/HpYjOc0KIATfiQQ6JtAnMzMQNd/jVUJHB/gEb+CP9B5EYPC7hbniO+fCo8XN"
        "2sWM5eXSGuMYfSvI0Yjyim6fJM+WNx5OmMMXkMto+9H21Te6/R6lLJGWa2Q0nd71W9pRKdM7"
        "DqH93uXlO3ROCPjDD+QnOSXpgzcat1n4rcuL7/QI+HIXvvYJLGy+9pNQPnVHD1iXu61d2r3z"
        "2msiICPBVH3U52A4Pxpap78extDOGjIeaX9ZoXtpS34ziuOE51+P23W+oPGOJ62/onP1lODH"
        "Zrl5uaPA3Uuk/e64XTduCPgSjXUugHPE1NF50s7Fqq0NcMAHO+IW2IL6JsJTuLfPZkdZyVBu"
        "+SOtB/THbtxHt8eRZ5Nc5h8qFapMPKPf1NlZtfba7oG+9pI0f1v9y0EOyD237750MDvdkDcN"
        "PsQd8hPQFbTp8nvzZHG7sFD2FfbszOLjwp51Ou2mr302mqn0pefuuhszCI07jeQcbG+K1I7s"
        "G4gHPpqiaocqWOvbDl3MaaQWGos594I7EvI+yRxYbwT39ll8N7u1tvHiq6NlCt7+buYap/GM"
        "XYNckbeRtp8A8KLhEtnmtxlbo5yBzU4AqAOGBhkBEJpJFZTwOUA1UloWzqiTxcMAG/b8xpjz"
        "K/IgHnX7xh/bbg+omABKK7oCDGXFxpTXYGegU6gCtFK99piCV76peYO3r/0YmtXv6tyvA7UQ"
        "qqft2fns9iGowWLIW/FjN1mO4nkWxDSbvM/TkQog3iZGt4+kcvZtHOHK27UMw6Oi4M8iQbia"
        "OVa/KCzAAhAXURU714rpuLkiDJwyq6IUCXbcvwVVxTJVtjbPwZ9+PEYi0T5+2cn3DajS+0uH"
        "KRdVA2OJ5y1SEh1n1ZndHM4XhYjAHxxm3O0dwFZyNq+Au2bOIitnsheyuFq2NSeYm8tLvnlM"
        "R8Yo/f7M3peUS3FojJnkz55hD9jRGxlNkYvDw5jNuUDNicyWgFkhXzaO9pqHlrFiPK42eLJL"
        "/cwZwwWYzDnA5Z3IwsWL5Sh1Vg7fLgEvL25+sjizeVRINIfMcC9w/46cMXavhKLlphhwAID3"
        "ZVGoxLWy/umAN+tT2SzYHPn3hDyPADpvPDkCAMbSqbEkaJ051TrH8J2j3dNRuxpD3zRYJoDg"
        "PoCHbsET4EFsZR+n+9JipcpXNEjQBXCjb3rW7stQgB2BrtiQ72O8MTlFOxdJMiZX07/IdfVk"
        "7OxhcQ6Id+tP8Fb4eMkCvBTc9DIFCjLBawFt5hGvnMB9/M0x2NjNKaqU72XpLKqVlbdn5Ydw"
        "Uy2PRC5jopZzXGUGLmlJ0BQTXrqfJ3ByGp1s1iUVpQerdL7EQlWod06Qs8BqXbLtbvB5jnuj"
        "MXnffqgLWBaHa/X5AeuMv+9va1Ze19fTdo0+i3wFcsOnTTG6cZAPXN9wHeACDJ1ALuUS2guf"
        "qc432vPL9jy2PU/V9Vq0qxFggZ9ADmwSEfF2X5AhWTDMGX0DT/QGbTpxqiqMP7SdV4BB1Yyx"
        "WsqFEqGuy5LwPVETb/EcGmMiAaVKmQqHmGK4YH46r2do39V9RbpGjnono6oWeq900MX+cg7J"
        "0XK2j4eqZq3vQl72qs2aypspJ+gZNAQnMvYpcuCKsRzHqNwt9ZkXXOatiQZh9ru27o/6MgJi"
        "OPba83OLt+ez+rz4ps+PS17+Wa876PLH1yeBfLJ6UnR41YK9akicT0jnDl2NQ/TQAPF3vukh"
        "jMInwa/6I1+k7d6XEEeUoxQ8HeTgGmf/1B8IPTYBFUOAAP1oZT3Mv9UnOj/1lx19v+qYIE79"
        "1JZpvIAktRel/KO+rKvR3aGbSa0rHj/B5whde/drrsUlzGRN5R+00YIQu9r2F4k+88R2d87p"
        "jsPxioZmW//3jr0S/UFft16dr7/Wu9DneC86aVtHqNdMOSHL5VfQ+6Mm7he9QKfPd0Vkzkpa"
        "UR5xGqJKiEj7uR8+cegzSYCeTVD9cw0cAmAtqVHp3Hql6zkZ0fs96Keec7jw7kjXXxvF05AB"
        "AumV0O4bNiZsjhk8Xkx3p4hPpQolPBHrPYoDXMkPDxQv+ZhWrzpOYZJQ72PLV13MDOVKNeYk"
        "b4CzHqSADrhtpHzG9Ck+T+ce5He/a1VaGUjxWz8n5Pzin94b+Td1qvHlf+3n5H/v9+v/vT/4"
        "D/3hfxgfkiW0wJauJ6FoMYbsZWw8QWcBS+i621d9IxeyIn/Wo4J4DXkwjEMYtjLBurJzjnKu"
        "64UJOKCHYaS6nuNf9L/Vd4ng/flPP+3qrihq5fsJ8h0C7jLb2uqz+F13+kv/SFuvj7S+gA5D"
        "vEM63tm6vqfS9e/jKTqWNUW+J+rPaGyMP+5oCZ92fxpZ2fhhA47MIvjUZwH9qRxH44Mt2Glv"
        "YtMzjWZvIljva63qxz69n3peVDwzrd8IYvDPbwR+6m7JoR7JP2oVcaXfZxzW64NrCd+Ubpe6"
        "7ep23Y6PdHsykUSS+AryKn7V9/zHNgCqVz2Q3h+tN966aGvq2IDLM9jMfIdT091HTNf24lEn"
        "f4t/ND02s/BlChnXwa5LvFOiYj91ixkY2Jj2mx7ab182bGEnqxyKfckVU6OcyhCz7D206wo4"
        "b73q/yjkj+8nUA0OeXNOSImzXOfODGDf+uooUROPqXS7jANCvP1ySLypUZcPSOpetWHUC+1b"
        "V7sGAQHyFYF2tKVhItw0Ve2ZIQZ61ER4UmQsqw4dDXW3F5A9NO3K4508FKYAnGFtlchR9m1A"
        "KoA81vW5A6OZKATZM5JeV+PhNTOUdvOZW2o8VbsZDji2ku85oMyfus30E/wdWiAyBRMmkf7d"
        "gmtXZRXv0778dzWzCF20fAHja782k84YvZu0Oxt+5vr3IK+a61+/F2mfB30zUeVSLAboA2zW"
        "Md25TMZYnZ/o8NXZRcBycFzdPO3+K7U/f/lnR9dyQq7ayWehXjqLDvlI/dLT8hP0532yINKv"
        "tT61ba1PZOv5ZXwChMWceMV+6sl/PgUlGY5dZi3SAh/k804dXa8ZvmJu+EPfnYo8+9l3hjvp"
        "Z+ffUb33PqvD+UkO3trcm8SQ4RQDTMlUgfqy8b4h4r0TJPDFDOdytEZLU/NCiPKEf8bPmbcZ"
        "3b8MUzRoeWrGJIT5pseonnlldchhjY6uAUSTSULkND+hopu/bQN/q+klGqbe4CYvT6BnjO4m"
        "Hck4LiUWhIHVINBqb47qFHKd772FYpM/Rxw3cuIv1kDH3njVmxuv+pjdji7McC8dwELVnIK+"
        "Dls/qsNSFoGeTvop/a6cTa9XeZdOHkfImUfc2h2jofCsG+iA1P7ZyV/xBZJXVc3BQ+qaaPvv"
        "e+U4ecmrmsvX+THStezNP9eyo9d4Ard+12T8Sr329xXhv/6+ouVPWJ9+9Ol/0A9YVPlLH0C/"
        "+r/irMPxuKvLRzzzEGDP+utg99GRiYCgUkpdQwB5TcEk4NTopz6dIq3rJt3Kp6a7kjXkX8r7"
        "fOG7z9+1xUygLMDiRS9Fqyk6T5RXm05xhcCA1kh5JFqdllWKIrmsta+/QR4KotqwaplijYeD"
        "9Tlx+0sAyodWWWPZ1jbAEvTveg7dETIEPF1DhSJQzojovFcjaQFYQZf+wvpUi63B/mov0j7D"
        "VdS1Vj5/+1wlkJuvXMhYWecDIb8IIueUy4KnUoG5N6m7ItOSvadvb7JdSzqWFZs2Cy5z7iJI"
        "9gEXRfHKJyirqkhgIrPqhR8DbPFA49KYu+DLXH+JyH2ZDT76kLe5GOFN8g5jQO7G3Y1MswS5"
        "/V29VNg77T9zppjwV3hZec376bZw4veJixSuHYW+1he8NP3NCfP9yta/fzoxzFymIM8j6sb3"
        "MBYusgWavK02u74P6dH9DPOCzq/a/ZfVeZrrs6pxhs+Fx1cIf3vc20t1StDilEr3bQk0QA5U"
        "JNrvvgcy+cFVgmw49VC1fMiz3MT4Y3b8tJLq2wH3jlKQaeohlnip4u5KKljTzT2gbJSI8zlR"
        "60+UOxleYwH4nV/X7ttqmPOrtT/vzvd0bVvdfHUnW81vbNuqD+4c8udXfK/0r5QAw7S/fwLc"
        "r5/VOjHrzoUELhMfOZCOfsBVQn4psa5JWHIP2ux+Tp2FSpWgMYSTXeVUy7j9rdmakKsbNdt5"
        "O1frCsHVV+C5MeAZOssEK+YaAuv5dJwg0vPZrsiGc28g1ybZyukYc9MxwQiBXxylKnqH1FYc"
        "MvzH71v0DyL1rxz//EGk/vXj0Pp//x8ur1+v"
    ),
    "esp32s3": (
        "eNqNe22TqrqX73c5b50q6FZbnKp5kScgSJSA2I1vbrWoAVFpW1sepu53vyuge+9z5j8zd1ex"
        "MQSSlfX4W8nq//xrc73+n2ve7v7698nry+Tt3/oHt8/v21///mJOzFfz1bLMf/tr+3n7/Ovf"
        "/0L6X4hCphDHVeEQFfsYVZRKvkDSQgqlgoWJTeQoxugq7SqZ0TqGj/Doy/n+WH3v3bf5reJk"
        "+dN+D/F3NbWm0beTmekyPJASrVeOsc0T5ZzuUzPyr6u7YUwmHx+8yNkafxdDJzGSMd19Jhnx"
        "Qy/J4920IK0UOHw/jk6X6+71bWVKf7pe2kwStfvMXsVhYg72p3bHsheVDqtROn/ZL2+2/WXj"
        "3flw2eeHidGu0Wl6zovqcoj5eHAf4OnZcfnJ2W5kNRrvX9jb91txSY1d9Ir9H2Nd3f3BoD6/"
        "bWZBeS53F1ssjBiHrxzTs3yZn4+n7f00cJvcfV29f4uQ8fxsHg3rIt/Sw3F2HZdeYFUvx816"
        "7QvKp9PpwjDM1SvL4ung4hhqnLcDmwlcvrGQsDeyPwbD+Z6/3Tf36KW5hOZo8700MxzJ//iP"
        "v3oJ/U1yk7c30/q3v3bn23fTPZoMJ1PTgke3XX3rhElngYHWTTtNL4ctepmhocQ+tpCXocq1"
        "DAvkRtyx0cJVVaxWDCEBMmYFiRo+FPcYT++GVgnHgJdXM9V9P2ImJh8MG/uuj6ehjzkaVv9t"
        "f6QwuzJF97pVoeZgGRJ+iv3EWKBFWpn+Utq8YI47MV7SV4pvx+Qk5ftB5LJCDpJIsNxjEcyh"
        "B4TvGRKlsZmxfj3zIjT3d6OJ2IjuCkyWLh7cjRs6bQ6kMQXaHwz9IUX8i0ZqPru2+RIoEeG1"
        "aYhbomUxf8UsqkI0t3gB4w+4Hr/Q/Bu/a+UWmt4I2IPYUTNN6P5M9w9zNDcx8MmKqj0iiRQN"
        "RkhxN4xKgd/Lav3BlBSoSEYIVREvJOK7iSHhEgVH/BaiigAxyvM4weaZ8Oztbl08LQebE0RM"
        "GtvYnPixYAf3ZLQoV4dZhqKyKKkIKZJvoiio2PnG4uAR4Fc92k/B0lglSlgxwt2zoWF9IWtz"
        "NF52kaRuajSK3jHPzQJHPCNXLCs7Btri7cGIULxZMy9nsio0bbLwPM079FrYFM8cpnCECvX+"
        "so+d6d7KQ9CPl72FRLoxpBLom4K5MviEgkLQXYSJadcKWHqh23nNSXZtDX6hG5R+dHLJrmdD"
        "Qjsc+xUFmrTM67sF8vEx62ROpOb3kGl5EK0CR5WWxvIpf1Fk1f5svIZuODCMLyC4Ht3qB1/H"
        "HV+9nAd920S6vc75dwi/O32nfA58FoLq5+JL7IaGzEfh4lCNkInaym1NxiSeT2Scwfq0Qrx1"
        "uk3f+f3mYK3WwH9x8xCly57n5tFB3eiqBh1L2K6zAdnZACJXRbeIXd0K+IDI8ret/F4zQt9g"
        "VHLWgH79el817+463h3xYMm8NDXJ4sdvSkGjcn5ziP6KcIGCXURzc472y46/MEdaa7rnu4hM"
        "0Y0jt+ptXxuse+9+47sYj1tJXJcn2yx8Y+5IPOy6CwrAf6z1/U3Tg6/lcouMWdHzH8apUFGD"
        "/Wm703zBU8PK4BpR5I668UEaM1k9/QkXqcp+8+OP8V+bbG5S67Ls+dNE2patbNCN1fmttz/H"
        "GwT/ajwyUuDvhpwPJWvo3ERRtdO2meaJRE0in3SiEQPf9PQPzztxwRdE4Av0Mz8nQE/6a7x5"
        "A20sVNvLA7wWnjVxLiXwPfcwalEpt8dQFAyUU8LzWNgUqekSjbbyWFcn5iQF47GIVVowTxYM"
        "ac8H77to13bz+5IJVbmXbp3UFL40H/pGfC6rA9rte3of96fMfvlY4EcG+kJRCj4J39CL6S5l"
        "OoWAXiPwk9039OHvwFc1rYV0fHjwe81Sk6ITo0PJMdiTHq8e7KccmbsGxSahyP+Yo1aG4AXt"
        "dGeiHHwI2DihLudbFT7lYOKzHxh6ADoqYfzRDPgn8ryTx5Z65fYUviXuON2CjlSnupV8jPYm"
        "i358h+pFUGoO52K0jN3WaMAO6c5kldv0fFFTimO0Cu1PUSW0WzX4VL22BTUbs0bjYFuTGR2e"
        "xTUdoT0OQEJX0P2y1/ck1/pfo7xuZm5S7HI80HJfap5Q6aRX462jP2Ig79DYd/7dExG3XfAH"
        "7wdfx6UNLzxqN0ht8bW9FX4DfjIPw6oGv1iuZM2eNviL315eduvfQ4x4g/GkO+31WdW/9bef"
        "3wC5oMAK4GszB3nOPXcWTCIb/IGZgX3ceDyUftcutLxnMzGUNnmHNsp6fyEXYABMuetia5K9"
        "z71reso6nkfowMhng5dguywZIlyTNzKs3/bWuaiFkI25eOrjwel0O0AsAVdfUV+O8Ftvd4Jb"
        "JtHtcW9PXxAz2q4dPOxrp/WF58sK+bx1E6PZtfgAc5ZJBv1TSmCebT9Py7hgVbLV0nntxwPf"
        "tnpPVSJYC/NThZvIapaVDZgVXl/iHbMLI07Pxtu1/mwpFcxtqaAj+RZa44/G26P0GPDCSgM5"
        "3aIfqmy3BXyx17JDSSE+nMbb4vrajlu/tfMYjeDdGWLvI4XqH/A7P3cdSxGuHutFDcQK5Ax6"
        "mf0L3enk0ek38JxHaHfCgw/3htSpbj7ZGMm2scDnv0z4S0NGMJ7GJ5tu/eZ1WHlj8xDI6rJh"
        "MzWxEoxcThnoVgqMXY8DU6gRg+/xfCztBWKCNgUlPrtRK89ePbdU+0zrUfXL/urG7fWNejwF"
        "zAc+4DW0c4rwFuWg/9/Vu6kqGM+8BlLesHSH3drmbQNOiB6ouKFRYiPR3CJSgTyOiI/mDkRN"
        "JFVFIKZ7kiyWf7f9Xn93Wj+Dzn5G2fJX/NK+dx1vTbog7ViAT3yLXSksNPYDk4TqipyWV8KV"
        "zRJ0klbo4jOPQCaSkqm54XmReoVwHGPqoM4JurfenjeNcU0SZJvBgYG54Po9vddW+0NvzGt2"
        "M1zP6cEM0K7HHKsDZzPcXj4GZc5PFR7Nh+gbm6UL+g1tG9aWOq9hvsTV2/qdO4h9iaSQidOK"
        "4Xl3+OS5d0VLdQXdPhfVtaG4OrMqxi+PeJSmWfZqu6Xcd3atfslj0MkjMzq8CDIAaBERDn5l"
        "ppplauLGtBFgmb/76J6fM23/rTsArE54Ac53PzT0HcaWGp9247dRCPgVnBtC3ftV599LjZeM"
        "qvcnEkIhQDGgMgEXn7tPfzHh6d/aytNtwp7+ptF4KyAQn3FZtn/6H5rqtqu/J9Hl1/dcPvu5"
        "xgtkVv5tPFu3/X/lz1Cs45Gr+7v5+n78633M/j5/P99v+pCp442l23+M/6Xp4dEO2pXuv3ij"
        "IcABBe938fKf/vTnV7wn7AzvX3X86r8vdZvqfGqW7574oODiMd4feKHHHx2/mPbP/6SH5Ad4"
        "/3d8/Jf8IPzy5OdM21O/3kzT75P8SU+j5yeaXkBT9NHmOt708s413BO55mfHv268vj8qIxyZ"
        "BZEsxcQLaZTEMUniPVybPImXTRILBVb1miHPSRSHiEcEM9cKmETQHvxcfM3FiRnyxKbxiQ1G"
        "hYuso52hpPftMmdTfmI1T6iRW0OSLD24hOKBbPhyGvHlZHhV46ZcjHPIm7bINHWccVbSjnCc"
        "va8+4rwO1BkQs2NWTJj5boeuyQzt0iZy1gNUfs5Q8LngznqB1PoTBesdPSU/SCUFcpIBvHsG"
        "fbdQvt7BuwlC6xo5nzukPscQZvJxy7lXjkh9hXzkGyKwz89nxZ2xIg5QCUxC0Padq3TPIrdS"
        "1s9/hvS1YahtvPGI4HsJyFec7gV1ZpAFuESPMXPABlPRvz9HaXIA3wnjia7Plf5ZqCu02dmF"
        "8VtlOxfEoF12882U4zgK4q+1MYwG4iYpMxQP+7wpUzoZAn5BXDJNPMsZjvq8ZI5yVG11bI17"
        "jHjArUMrHy/21ghF6jqfcDyTDH774Mxt3OcDkHWOEt7RB2My08fver7lIz5LrsAvp0yxHoPz"
        "KoU8DY9y9l5FZ+ND2uBjYbwOZzGze8dJIvfADkYD+WCu8HjCbX4xPL3XMCPiHZ3N/NtSkPMF"
        "jiVty2whdyEM8tNvsUBV5gSWjjXv/HzN7LvVfFtpI9XCeZPstKx8J0UsY3tL6yP4INBFoz1E"
        "xBcZhd/rmoLsSBsI+EZjCeVogyzFp/Na6WS+ojoHFxcAKpAyoHD52CcQN4pY1NFvr/NtCnEY"
        "VUzCu/UNYSQnj7zKq8EThxDTezz+uONrhRH5NEAPl0hqvFRh0sUFOkVK46MK4x7fTCngJyT7"
        "ecXOGLROl/8CDvqcwreR9u9NGIx5VdHsu8BIAH7VcfsAOoGTFuvci/ayHwQTPYclfhTWeSUk"
        "TPHEEyMf3ml2actzlS7lqGlDha19926KDip9O4ixS9V1RAO0iFqnT8hgbsiHqes7JfCKb93B"
        "urReJeTxFJR+zVR+JvLJV5EoNzeuml8wF0sgEfaIzv81xsZHLwuUu+37eRYUGq8/eU8RdbhT"
        "SKZt50bt7t33X+8e18ekTpqkgefSjbrnhOvfYfebf7p6fwhVDSGDEW7vel34nd4NR+n9LKpz"
        "0yb3Covg8wj3snV59y1y3f5euYH0brjPk0R5BX/CW8NaILOdTaqQ2eCr2jxZKset9Hqxw3sm"
        "TSHPFmhzH3T6cGJjpx3B+M64p/M6MCTX7WHf9rLFwV8gS9uHYz7XuMjheZPYNqxrIZ26e870"
        "c2oIRg0W0EboviXgl8+2myvO2cQuYxSTWKHP8+DhY0fRYLQJGYynx4UxApa+KNAQ6nnOUrEU"
        "fjOvBl7cEqTxHmWar87uOWcQQuwk4MDM8LRexDcknc+uT9S5+PAHEQZeVJrfFaCiBeUuNj/k"
        "fA78b7ICUEjgs6nbNDywpBVQ84Atp1LAJ41zk2FHJ8SE7g7yVgFgSQG2fKhmzo+CcXve9HIB"
        "PNjpBHLsnoauLdAdtLbBaCuqpqLR8uAIsJe2wbkEuwOf9/GY53H/ZacfvZx8aU0psh8ymh3e"
        "kD3q15+sUQR2W34qrZ8VAco/lt03E8jvmV4D8ODhC6co13PRrm0fuQN5O950+kf7vRiwIQnz"
        "GrJ1r8qdQsb1ahRmoPOjz4etJgfW6meMMPByH91Yg59J1Qr8PglgfSsFMrCzjj7XFBtZpTgG"
        "v0xN4VKOPzo7Js4UKAZbYqHq+ApKvKnBBwU4Xr897LnzQ6vufaR1uV/PKnjq02gfiEsdsbVR"
        "QG4VlVfQOSkWsdR6PWI+si4Ir9qKwF2/P6bYd+caQEDyajS0stxlum/YwiggJh5Mpn2qxgMo"
        "dp/6OQX/BvPO1Gu5WSKGuYx9xpT2c66UhRtBbPiULMPQDqG9BAxxtQo3hmsF1ztcH2gZPOQK"
        "uDjnkKaw3mYI8AWxqrfp5KZ90RV/rWaHld4D3fDTZ2PZ/o4Rjl/BzyyOSUNQtZeBFYrdebqU"
        "1o0qduz9St0ALQzoSLKsQKlyk5VKQcZ2kyxN7BodH+uh8TKnNcog3qXdd1TPWbZaF5zeFwG2"
        "yQDjvHwE6gt+f30EeL6lFeRU2ka1Xf/glyrAe052FvrBaWXvhuwD25Xtzo0I1uSiFwW53kNf"
        "YfyKwrox6cZHmPS+PIexYfyik4fM8cdd44n7NCp99LmKyhcJsQTy3dP1DuhgexDFwbT51U7Q"
        "fjLt+UkqiCNpdzaQ9nO9ah+eo0whd9w9+3X/xBD/jUypjobpffjI1z8E6LrZvcNBrqCTQQcy"
        "sbNVCOw8gXeIk1bPOAv5W/qnrbvfXRtsnRMLojcxD/2+QPLYL9A5XEevffUHaLfsfgfSn7WT"
        "VuejNj5xZBFqDhdcuHd0rRD9YdFuYAfozin4uwE1YD2f/ToS1pkHjKvxq3WzJNpuujFFzoyW"
        "+W5gRU6/NgnrcB193KXjFqwt8r4tkhUmrCVAPkG4DYYP+yp6+0q/u7EoCW5Ix4r00I99QZBn"
        "slHnY9J+PdB+A+gP7WD6tEnxPpny64fhTYQE/sD8HN87XlNn0bEegdyLKVXOpFsPTogB/l7T"
        "hjbn6XM/sYtBPZ/Bk8fd2NZ8gl4mEEHmsdL2LFbaBoZvnnSq7l07icjBXhmxOdf6/L3v1pbF"
        "e3MKltfLaf5tjCeWX9eGHvOtIgZatbMh+ux5CAlKmh40jjQx+uxl5QJnwa/hslsHdmwJnClg"
        "HRkFfFHdqI5Hnf5sTA2M9P7nueOrxrXmHK17ntYTC7fSOAfe0JkEANbW++45WvdzZ/2Zg6H9"
        "7bGXix572cudZ+F4lnEB9xtcO7gCnslxGdI9vV7ocz+UeUJWoq5FsAcgz0yEljMbtRTzpKCC"
        "/drfVrUvIYn4Y/8+5yAg3gBUoLVeR6bbXsT1eYbOz0+6bXfnR8ljf1++rt1wEBheKU91t0+X"
        "muT1xh3R+/CdRWnBFqPQIj4SiwkCPI0n0ou+KPB9jd5WS/dijEx7kdcc5YAVB3jASXlNcs0L"
        "ewOoK/Tldnit2A01eAjYkc/yHNwg2ojRF4tOybC4C/BrA81r9h7ZY5YUNThlPOowLC7R0l0b"
        "pt73W3tIAq7T63dVGIHC8ETVG+m910aZmYFxMZryGkmeAZqqzbt18Z2C8HRiLA7VxQ/076Hx"
        "CZT5RJGlHMt5RBGG3LI6uDOjLa2ZnFtmAb6y808shC/CWd6OaKSIxjHZ9W6AJfJr+l/3vzp+"
        "d/unlB2Bv3I/NIQeA3iwOHgzWSi2QELvw4SD/RQJqzu/E5juXnDlvnbrYiYhlN0wfsgVR3r/"
        "g5ShI0Nsz+RJMa0nzkviiXesxnbBPnOPfFFLeR4CfIxl7CxFKN2Xf+7zdvTxXOuD0PpQ/NaP"
        "bv+GonUeK0A1mQdXnZchE3iNT2x1jN7fvUtyLJxkHxgUbx+/fePz5I3xya2N16/8Xa4zK5he"
        "kkPhQG6hzwc91Lp34Cv08f58AykNZSFZUtzoCJSqaQcdPZ3++np/AFeaf6knh7LTVzK6PNsu"
        "uA+ztxeqz4NQ8/Vf+/vvsZcMpWhW/13/T3ccpdugEMtHe6bH68ef/KO/m6+jj1x1u+tH0Tu8"
        "L47P9qIp/zb+H+N17T/W95u+P/r79XX6U2t6QQ+uwsvYD1wIrgF47BMD/WECHY613m+nCn3x"
        "+ISj0J3jj7ZZXwSpLxU21QitTybJvk00PZuH9cEkIWD4aWEu1hk8zwuQuEnwCaxMWWhdmKQu"
        "GTI3SyO7lJBSGcOz5A7kRx9BLU97qTGnG5WryefwdsQW+Lrwp9sMPZ3lzFkrJq75bosKiNVJ"
        "ckAhqvkC/QC+7s9ACF+4qG29FuiDpIZyiL/KKbo+HY/7dt7vB5vEIsj0Sk6yLMYWCfENfoeZ"
        "AHO1QjfQUR4m7vPaKzjILZvTiNvruayqKMtE738zoAE58a/5g6RBxfqKljrGjHDR75/mkKsI"
        "rs8gkkeuTbDJixFkUHy3zjmp8xStQGWFGqXwXSWIxJnxOJPIvQXkhW+G4S/c5Ux9L8uBL40t"
        "NWeKMMhL8TWfj/0h4J0b+IPtLB+9BQX0xX2fNw6gj22h76XrU7Wpc3+n4eAbt3h9t/Ih0Kda"
        "j8xjb3cy7cIwvZ/lwSMBmWUfBzOQF6bgW7x5rKc9XEWszzAg8Z92cy8G7kJOaVT+oPd+/7/+"
        "KvX/JLwBEyGn1/xIen7mNKtSq0lbpBIThf0ZzEd/1rpF2aPdz1VHd6sKlmgIFDi1pNGHSoQo"
        "Nr7RAL/9T8JQ072/6t9Xwg0dDKnbjLCRWqYgjyRDcVY7LWROtMgEuAj9/vKxFlclPvB4h3X+"
        "E/d71auzB2h25Kxyf1KXV/SkPwx+0S/Mnn6JZL3UfbLfE2lK6b5Zd1pNUQ14f9SdJwX9dxue"
        "YzRl3g61Wj/GEBdZH2/ZNefHEQM57aKZO7wqzzkBjijxGHIt7hwr4HlmNu0BfLU+j1d6LA0W"
        "IRM8jmxqc+cUWA99ZF9/10fInVB/juX15/Igxu+pgO8E2OXiMMplPWxcQE2ukufAKvKvbJTO"
        "KeiblmfY7wOtSr7v5nJ8R8EEwB8ishGdxexN5rOTm5c/i5XtJdEpBO8OGJbp/KPfdyJ52JgM"
        "cB2TT/tbAxoObxK9QMioT4BqAz4S2zS3d9qmmdefg1zves7BcRKF4avjQE7tNZ9TEvnzSVUN"
        "qavUzlsQkMeb1+xGSG1snTPvPhk2+nxlVEbmIpApNrocFUxaphNxgwzlmOqTsGTRcoFH6ZZs"
        "rg1WDA3ycYOymifLr/1qIudZAYTgG5FAxwz6ZGb6ouE7/J7QyR7u4A28id6D8A1+G2Gu+NY+"
        "8zC+jrYRY3m5Gk1xhH4U5GhEuUW/T5JnqysPZszmMeQy2n60fQ2Nfr9HqZFIyzUy2l7vhh3t"
        "qJTpDQfQfu3z8i06JQT84QfykpyS9M5bjdtG+KXPi2/0APhyGzz2CUbYfOwnoXzuTO6wLmfT"
        "OLT/5rHXREBGgqnmoM/BcH7Q593N9914s7KWTCfaX1boVlqSX43iMOP59x3CVUyjLU86f0WX"
        "qpbgxxa5eb4h39lJpP3utFs3bgn4Eo11zoBzxNzWedLWwaqrDbDBB9vi6luCeibCc3i2yxYH"
        "WclAbvg9bcb0aTfOvd/jyLNZLvMPlQpVJq4xbJvspDp77fZAH3tJmr+d/uUgB+Scum8fOpgd"
        "r8id+x/iBvkJ6Ar67PN78zjiVjFC2XcwsLIRnxbWotdpJ33ss9FMpQ89d9b9mH5g3Ggol2B7"
        "c6S2ZNdCPPDQHFVbVMFaX7bobM5DFWssZt8KbkvI+ySzYb0hPNtl0c3s19rFi++eljl4+5uZ"
        "a5zGM3bxc0VeJtp+fMCLhkNkl99mbI1yBjY7A6AOGBpkBEBoIZVfwn2MGqS0LOxJL4u7ATbs"
        "eq2x5BfkQjzq940/Nv0eUDEDlFb0BRhqFBlz3oCdgU6hykN29dhj8h/5puYN3jz2Y2jWvKrT"
        "sPFVLNRA27P91e9DUINFkLfi+3a2mkTLzI9oNntdphPlQ7xNjH4fSeXsxzjAlXdreQsOioI/"
        "CwXhamGPhkUxAiwAcRFVkX2pmI6b74SBU2ZVmCLBDrsXv6pYpsrO5jn404/7RCTax696+b4A"
        "VXp/aT/nomphLFFfQyXRYVGd2NXmPC5ECP5gv+DOYA+2krNlBdw1cxaOciYHAYuqVVdzgrm5"
        "Ouef9/nEmKQ/X9nrinIp9q2xkLweGNaYHdyJ0Ra52N+NxZIL1B7JYgWYFfLlprXWXFyNd8aj"
        "6hPPtqmX2VO4AJPZe7jcI4kdHK8mqf1u880K8HJ89ZL4xJZhIdESMsOdwMMbsqfYuRCKVp/F"
        "mHvgs1ZFoRJnlA2Pe/y5PpZtzJbIuyWkPhQovvLkAAAYS7vBkqB1ZlfrHMNvjra1rbYNhr65"
        "v0oAwX0AD52CJ8CDaJR9HG+rEStV/k79BJ0BN3qmO9p+GwqwI9AVGfJ1ij9NTtHWQZJMycX0"
        "znJd1YydXCxOPnGvwxneCA+vmI9XgptupkBBZngtoM1c4pYzeI5/OAYbu9pFlfKdLO24eh/l"
        "3Vn5PvisVgciVxFRqyWuMgOXtCRojgkvna8jODmNTj7XJRWlC6u0v0WsKjQ4JciOsVqXbLMd"
        "f52iwWRKXjcf6gyWxeF6//qAdUY/t5c1Ky/ry3GzRl9F/g5yw8fPYnLlIB+4fuDawwUYOoFc"
        "yiHUD+pU5xvd+WV3Htudp+p6LdrXCDDfSyAHNokIebcvyJAsGOaMvoAneoE2ndlVFUQf2s4r"
        "wKBqwVgjZaxEoOuyJPxO1MyN6zdjSiSgVClTYRNTvMXMS5fNAu36uq9Q18hR92hUVaz3Ssd9"
        "7C+XkBytFrvoTTWs813IzR61WXN5NeUM1X5LcCIjjyIbrgjLaYTK7UqfecFlXttwHGS/a+v+"
        "qC8jVQbr787PR7w7n9XnxVd9flzy8s963XGfPz7uBPLJqqZo/6gFe9SQ2F+Qzu37GofwrgHi"
        "73zT1btdmOBH/ZEn0m7vS4gDylEKng5ycI2zn/UHQo9NQMUQIEAvfB/dzb/VJ9rP+suevl91"
        "TBCnnrVlGi9AzERxufyjvqyv0d2iq0lHFzytwecIXXv3a674HGSyofIP2mhBiFVthnGizzyx"
        "1Z9zOtNg+k4Ds6v/e8Vuif6gr1+vztcf6431Od6DTtrVEeo1U07IavXtD/6oiftFL9Dp8W0R"
        "mouSVpSHnAaoEiLUfu7JJw59JvFR3frVP2vgkAbWTr+/I3U9JwN76/X7S+4gUd1/G4OlO4WM"
        "qaPldeUimdkI4rfyaKxeSHd2Mkcn5uraQQQ5vp5zRGYkkBa2gsd570GfK5h40ucEipdcTEl5"
        "BZpxxSSWVEiIfpgToYjL6nFg/K7z7GRf0N/1gyT5etQD6jpAtB/+sx7F+p/78eir/Z/6Sfy/"
        "9Jv/cz8t/5f+K1EYpbpeBFU2ZKZZX7+H51j+rQZSoOy3viCud4NdAzBR2+uilKLSPkXXUaMv"
        "jDaG8arrNdCz1vtZtyt0xs663eTo2V8bgaX3Dkk3lhT14D61pl19vXdAf+wbPnXl3NHb6QeS"
        "EN+Q9o9d/b7V1ccuJX8TqiJhKy4x2CZgbVvf522842D/3kTyGO6ATRA8C2LwAxR7Hze0xdPA"
        "gngH61X9WjnQ29uvrtd52Eei7QM9az4ziOHPOtmz9fM320/19xjWlejMCvRbt2e6jRW09aYS"
        "INSunxQwfvqrngc3l/+Ptvqij/og8C+mOGWva/dL7Y/1ImLedW8C4R9zfC5CfgKu73r5L4ht"
        "GRn9Qet2yXeuIS7oI6ECP/073xpGIKeWodxT70Ph3TBJsayimHDMFyNl0irk24MhrsD5HX3U"
        "A1gC3b72ptsAHONKXVCSaDyKPbDtzwzmUJD+uM5LnFcKsMNOZe3euvgmMG/bn+3XreHjvnY8"
        "qw19/uj2eR054LPLBSvAz0X0h0Pb1H4mdXsa0u+e9o2mfYSbPi8uIYduwaaxAHr4Ru+BVrju"
        "+7KfvdWUyFWgu7jq9BNbrXJRn0c6lWElbqfvC3Rl8zJHmz5fXWB3Ji0wGIQgl0GqiDym68Jn"
        "gp3Pc/Nf7rEiL9LyFRAC8YgWeC/nut6YLqUQiTqCrX3/vaa6fz8CcC+wqpYLwFJViLe4MJ1A"
        "Jt5VPuu785pD7vuYp/PH01n8iDdF3fvfnm7I5Z86645+Rr/0lM+SoZyTI6Qtsdanrq31CXW1"
        "mF9y6WU4Pmb/rP8GXpYyzrKF7XroQ5+51luQV/uIv+2TPr3fX8Jc4uE/jrN+f7AS5+wtdcdX"
        "ea5ft+4N3U2qq6UJTyCvMUU9UUTNFQD09ZSa5uJV2lvNC0pnnpSP8XmGX38mn8aUispep4Y8"
        "6PkSMz1kb8IdXWFeqecl5DQ3qfwC/nTzd23gb0rX5u6MBxvmWek5M6S/RQOTFRem8a+jfZUl"
        "sAm0Qp47Of8gdiNi1yDAWvnKWcvn3wWg571yP+TLnA4LvJGVYFWVo13vRyEs8Rj0tLkN0eSK"
        "3+/3Kx738uAW5IfNwk3M3QEPfNCBuIsP8hk/lt25ekW6v4EI/v43EPFDXhbrzgbzcq50vbT1"
        "X+ul+/EoktqPTXVNTN3Vurf/rHVHD36ZX099+m/0A2Lt7Jc+gH5NjWecraMnvgK0FFaQX4nL"
        "0JhXvKaQm8wY0zUMOaMehqwdM+n+PPhHQden6NUUMdAtIAOjmD/q+p9/T4I6G+vw0/JBL5jj"
        "QXp5ia0bXs8UkggSWlwVq69V6iIW26kCX+8jvAZRnTJhf6AUaCKv6xMGPI573dTna5oupety"
        "Itnrq1Qc6709MLNQMKl0rRR4E4qoCMG3KFgf1vkj8DjNTO0zcInqHzuP5p+rE7eRneVdDq59"
        "oB2r3AzXSeGBqXO40iE+qsMnnp/n27hbixvEAtP0hTCeQ3SgkP6iIj7mQEcqIM+SBU8ff78A"
        "+IgQ0DAV5zgvEc5XEn2vkt1qWlW2zjnfT3M9xmYV4VPh8nfI3YbpMUHh+OOSZBxTslKrFFvT"
        "r42N41uuzwLTLEGz13W12pL3Lxm5xzsTeOWFKMQZt32CSsiyzjDWmq8Qua1O522zUvx7Xe4g"
        "1FZ2phINsA8J3A9BItdfuLGBhqzBw4J774D9PxjkkEADIIa1o/3uNDedJ66i6JSjuhL2xvQK"
        "p1CrtnzbOcLPJOLSBZl+4Ao7eAgY/FhwoMPH54rvXqn3BbnkJ6CYRL7LpYMRmZ3C2+qnzGc/"
        "7td5/f3h7BdeN5/Vx/eO3/tAn/EAJN0/8b6OyBBIqg7PlB0WED227un7dAgAAlC5BlUztAqZ"
        "zmsr4DG0sb8+4xV3eZfPKDfFKchcY5t3qS5Zkb6aVTdXZ5wR0jU5KAL025ZL7LFaV4zr8zOI"
        "E6jATeiu+a6oB7GzRSeT7mU0x1vkAfRzCHI526rsjboj+cffIP3V/2XjH38E2f3F4+T1//4/"
        "jEBmCA=="
    ),
    "esp8266": (
        "eNp9e2uTqrq29n9ZX91V0C0q7qrzIQkBgkQJiIpfTilqQFS6W1sup97//o6APddc66x9ZhUT"
        "QyAZGZdnXJL+nz/29/t/3/P2+Me/J+/G8P1f/YPH7uvxx7/f9MlwbAxH7/q//jjsHrs//v0H"
        "Uv9CFFKJGK4Kh8jYx6iyLMEWSJhIopTTMLGJMGKM7sKukplVx/ARNj6cr83q6+SO54+KkeV3"
        "+zXEX9XUnEZfTqany/BMSrRdOdohT6RzfU71yL+vnpo2mWw2rMjpFn8VQyfRkpF13CUZ8UMv"
        "yePjtCCt4DhcX4zr5/34Pl7pwp9ulzYVRB532Ts/T/TB6doeafYm02FlpPO30/Jh2x82Pt7O"
        "n6f8PNHaLbpOb3lRfZ5jNho8B3h6c1x2dQ57URmj0xsdf42Lz1Q7Ru/Y/9a21dMfDOrbeD8L"
        "ylt5/LT5Qotx+M6wdRNv89vlenheB26Tu++r9RcPKctv+kUzP8U4PV9m91HpBWb1dtlvtz63"
        "2HQ6XWiavnqnWTwdfDqaHOXtwKYcl2MaEjomp0swnJ/Y+Ll/Rm/NZ6gb+6+lnuFI/Nd//dFL"
        "6HfJTd5Aoua//jjeHl9N98iYTHXjDWT8ONYPJUxmDQKN7LRWYwxjRO9uxU6txuEiS5iZJRhx"
        "kCktSNSwIX/GGD5QKuBomokaIoTAPjaojsmGYu3U9bE09DFDw+o/9kcS0zuV1km1GqSdTU3A"
        "T36aaAu0SCvdXwqbFdRxJ9pb+m7hxyW5CrE+81xUyEECcZp7NII5ECLqeyoDQxsQ2s1nzotQ"
        "Pz21JqKGdSwwWbp48NQe6Lo/k0bn6HTW4ENkIfZhRXI+u7f5Eijh4b1piFuiZTF/xzSqQjQ3"
        "2RXGHzA1fqH4NVorZeaK3ojCf/QC/xGu+jPV/14hSjGePs2oOiGSCN5ghCRzw6jkeF1W2w2V"
        "gqMiMRCqIlYIxI4TTcDFC4bYI0QVAWKk5zGC9Rth2fhpfnpKDjYjiOhWbGN94secnt2r1qJc"
        "nmcZisqitHhoITHmRWHxo68tzh4BftXGaQqWRStewooR7p4NNfMDmfuL9naMhOWmWiOtJ2a5"
        "XuCIZeSORWXHQFt8OGsRivdb6uVUVIWiTRSep3iH3gvbwjOHShyhQq7fTrEzPZl5CPrxdjIR"
        "T/eakBx9WWCeFD6xZnJoHSNMdLuWDPFP6zCvGcnuoICf1h6lm04u2f2mCWiHI7+ygCYl8/pp"
        "gnx8THuZC8XvIVfyIEqnLuhkailwu5M/L7LqdNPeQzccaNoHEFwbj/rF11HHVy9nQd/WkWpv"
        "c/YVwu9O3y02Bz5zbqnn/IMfh5rIjXBxrgyko7ZyW51SgecTEWewPqUQ4063rTV7Phys1Br4"
        "zx8esqxlz3P94qBudFmDjiX02NmA6GwAEYl+7O/TQmB7v2zlzzUjVALrxQxUjv56XzZrdxsf"
        "L3iwpF6a6mTx7Tclt6Jy/nCI+oowjoJjZOX6HJ2WHX9hjrRWdM+PEZmiB0NuBeYM74J8hPvs"
        "fuMnH41aQVyXJYcsHFPX4C+7VrQo/mOl72NFj2WwEKPDD/9hnAoVNdifsjvFFzzVzAwuw0Ku"
        "0Y0P0piJCuzktc5UZn/y47fxNXhOQV5Zz58mUrZsZoNuLC9DlTv+fbwXPv1tPHJH8D1IWgiK"
        "LEpRVB2VbaZ5IlCTiB86kUEBm37w4edOXMCCCLBAPZtVBNYrfo0HmgL0IVT38gDUwrMmzoUA"
        "vuceRi0qxeES8oLSoRDwPOa2heR0iYyDuNTVlTpJQVnMY5kW1BMFRQr54H0XHdtufl9QLiv3"
        "s1unpXNf6C99Iz4T1RkdTz29r/uPzH5hLLJMRZ+FUsAk/EBvursU6RQceI0AJ7tvrBfegS5q"
        "7dT8jd9bmuoWulJrKBgGe1ID1oPTlCH92KBYJxbyN3PUipAjbqdHHeWAIWDjxHIZO8jwRw66"
        "d9MCTQ1A7gzoKQgXgohzJ4+D5ZWHazhO3FF6AB2prnUr2AiddBp9+46lhGpZ+nDOjWXstloD"
        "dmgddVq5Tc8XObVwjFahveNVYnVKBJiq1raw9Eav0Sg41GRmDW/8nhrohAOQ0B10v+z1PcmV"
        "/tcor5uZmxTHHA+U3JeKJ5a4Ar6MFf0DSUHeoXbq8N3jEbNdwIP12Vd+ac8Kz7IbJA/43j4K"
        "vwGczMOwqgEXy5Wo6Y8N/snv6tKt/wQ+YgzjCXfa67Os/9Tffn6thY7ADODrkoD9z7GrBWNp"
        "Ax6UGOzvE8WAD107wdBvKP5SsVb2g3u8EAtBGyrdbXHQycln3j29Zh3PI3SmZNfgJdguTYYI"
        "12RMhvX4ZN6KmnPR6IsffTw7nW4HiCYA9ZXlCwOPe7vjzNSJao96e/oAn9F27eBlX0elLyxf"
        "VshnrZtozbHFZ5izTDLon1oE5jn087SUcVolByWd9348wLbVOpUJpy3Mb0ncRGazrGzTBFym"
        "S3ykdqHF6U0b3+tda1mcuq3FLUOMQ3O0abwTSi8BK8w0ENMD+rak7bYQX5yU7FBS8I3TeAdc"
        "39tR67d2HiMD3p0hujYkqr8Bd76fypciXL3WixrwFcgZ9DL7B93p5NHpN/CcReh4xYON+0Dy"
        "Wjc7OkKibUzA/LcJe2uIAeOp+GTfrV+/DytvpJ8DUX3u6UxOTIjHXGZR0K0UGLsdBTqXBoXv"
        "8Xwk7AWi3GoKi/j0YZl59u65pTxlSo+qX/ZXI7fXN8tjqWtqgAHvoZ1bCB9QDvr/Va11WcF4"
        "+j0Q4oGFO+zWNm8bACHrbPEHMhIb8eYRkQrkcUHMmDvgNZGQFQGf7gmyWP7V9nv93Sv9XHT2"
        "c1f6+vJfCnu38UG3FqQdccDEcewKbqKRH+gklHfktKzirmiWoJNWhT596hHIPFIy1fcsL1Kv"
        "4I6jTR3UgaD76O1532j3JEG2Hpypnlu4XqfP2my/rQf1muMM13PrrAfo2MccqzOjM9x+bgZl"
        "zq4VNuZD9IX10gX9hrYNa0ud9zBf4mq8XTMH0Q+eFCJxWj68Hc87lnt3tJR30O1bUd0bC1c3"
        "WsX47eWP0jTL3m23FKfOruUveQw6eWRaFy+CDCC0iAgDXJnJZpnquNFtBLHMXzGj5+dM2X/r"
        "DrSqIqwA8D0NNXWHsYWKT7vxAZa1dgDgBq5LvV8pfDdLFS9pVY8n8C73QB5TJR+3cn/wwkDp"
        "X9oHrNqC/uDNjID/YyiH/tjDf8EfodpUfe+B5/j5Hsjq+1HJwL8sVH7w23hSxQ+zf8QzpPxR"
        "rvq7+fp+m/yMB/FH/fv7/Xy/0cfUfFK1fxv/quhx5RHaqeq/YUPxDRS095d/x9OvP/294ar3"
        "1Xiv71UbUhFYb3X8iQ8yxH/GE3+NPyyp6G0UPv+dngXgMP3NP/4jPyzT++Gn19lTt96jot+r"
        "8h96nmp+ougFBcSvdlBBJNLLW1P8I1Lxp/w1XtdPojLCkV4QQVNMvNCKkjgmSXyCa58n8bJJ"
        "Yi7Bqt4z5DmJhCROEk71rUTfkKOcAOfie86vVBNXOo2vdGAULjIvdoaSHttFTqfsSmuWWFpu"
        "Dkmy9ODikgWiYctpxJaT4V2OmnIxyiFvOiBdV37GWQk7wnG2Xm3ivA7kDSJmR68o1/PjEd2T"
        "GTqmTeRsB6jczVCwWzBnu0Byu0PB9mhdk28kkwI5yQDevSGWmCjfHuHdBKFtjZzdEcndCNxM"
        "PmoZ80qD1HfIR77AA/vsdpPMGUniAJV5OUfQ9p27cG88N1Paz3+D9LWhqG28kUHws4TIl1+f"
        "heXMIAtwiRpj5gQVSnn//hylyRmwE8bjXZ8r/BuXd2jTmwvjt9J2PhGFdtnNN5OO40jwv+Ze"
        "0xrwm6TMUDzs86ZMqmQI+AV+SdfxLKc46vOSOcpRdVC+Ne5jxDNuHavy8eJkGiiS9/mE4Zmg"
        "8NsHMLdxnw9A1mkkrKMPxqS6j9dqvuXLPwsmAZdTKmkfg7MqhTwNGzldV9FN2wgbMBbG6+Is"
        "qnfvOEnknulZayAfzCUeTZjNPjWvlhTsla/RTc+/TAk5X+CYwjb1FnIXQiE//eILVGVOYCpf"
        "s2a3e2Y/zebLTBshF85Y0Ouy8p0U0YyeTKWPadmCLmrtOSI+zyz4va0tkB1pAw7fqFhCOkOI"
        "h0q+c94rlcxXlsrB+ScEKgQ8frh81Qn4w0I06ui3t/khBT+MKirg3fqBMBKTV17l1YDEIfj0"
        "Ph5/3fG9wojsNNDDJRIqXqow6fyCNUVSxUcVxn18M7UgfkKin5cftUHrdPkvxEG7KXwbKXxv"
        "wmDEqsrKvgqMOMSvym+fQSdw0mKVe1m97AfBpIv9+bfEKq+EhCmeeNzw4Z3mmLYsl+lSGE0b"
        "SmyeundTdJbp+MxHriXvhhWgRdQ6fUYGc0M+bLm+UwKv2MEdbEvzXUAeb4HSb6nMb0T88JUn"
        "0s21u+IXzEUTSIQ9ovJ/FWPji5cF0j30/SwLChWv//DeQpbDnEIBJQa+292761/vXraXpE6a"
        "pIHnwo2654Sp32H3m+1cVR9CVUPIwMDtU60Lr62n5kjQMUVDBfbtFSbBNwP3snVZ9y1y3f5e"
        "uYHwHrjPk3h5BzxhrWYukN7OJlVIbcCqNk+W0nErtV7ssJ5JU8izOdo/B50+XOnIaQ0Y3xn1"
        "dN4HmmCqPezbXrY4+wtkKvtw9J81LnJ43iS2DetaCKfunlP13NI4tTQaWA1XfUuIX3ZtN1ec"
        "04ldxigmsUS72+CFsUY0MPYhhfHUuDBGQNM3CRpieZ6zlDSF39SrgRePBKl4z6KKr87xZ84g"
        "RHpJAMD08LpdxA8knF3Xx+ucb/xBhIEXleJ3BVHRwmIu1jdiPgf+N1kB3i/w6dRtGhaYwgws"
        "/YxNp5LAJxXnJsOOTvAJ3R3kDWk/wAXY8rmaOd8Sxu1508sF4sFOJ5Bj9zR0bQ6O7Swb8F+8"
        "aiorWp4dDvbSNjgXYHeAeZvXPK/7Lzvd9HLyhTm1kP2S0ew8RrbRrz/ZogjsttxJpZ8VAco3"
        "y+6bCeT3VK0BePDCwinK1VxW17YvzIG8He87/bP6WgzYkIB5NdG6d+lOwdO/a4UeqPxo97LV"
        "5Exb9YwSCii36cYafE+qluP1JID1rSTIwM46+lyd70WV4hhw2dK5azG86eyYOFOgGGyJhrLj"
        "KyjxvgYMCnC8Hb/sucOhVfc+Urrcr2cV/OiTcQr4Zx3RrVZAbhWVd9A5wRexUHptUB+Znwiv"
        "2orAXb0/srDvzgX4Roh5tMaqTHeZnhq60ArwiWedKkxV8QCK3R/9nAK+wbwz+V7ulwjiNBH7"
        "lEqFc64QhRuBb9gJmmFoh9BeQgxxNws3hmsF1xquDVoGL7lawskZpCm0txkCfEG06m06eSgs"
        "uuOP1ey8UjXQPbvuGtP2j5Qw/A44s7gkDUHVSQRmyI+36VKYD0vSS48rdQO0UKAjybICpdJN"
        "VjIFGdtNstQhsu74WA+1t7lVowz8Xdp9Z6k5y1bpgtNjEcQ2GcQ4b5tAfsDvj02A5wergpxK"
        "2aiy62/8VgX4xMjRRN84rezjkG6wXdnuXItgTS56k5DrvfQVxq8sWDcm3fgIkx7Lcxgbxi86"
        "eYgcb54qnnhOo9JHu1VUvgnwJZDvXu9PiA4OZ16cdZvd7QSdJtOen6QCP5ICHJpa2s/1rjA8"
        "R5lE7qh79uu+w+D/tUzKjobpc/jK1zccdF3v3mEgV9DJQOnIHDsHicDOE3iHOGn142chf0t/"
        "t3X3q2uDrTNigvcm+rmvCySveoHK4Tp67bs/QMdl9zsQ/qydtCoftfGVIZNY+nDBuPtE9wpZ"
        "3zQ6DuwAPZkFeDewNFjPrl9HQjvzgHFV/Go+TIEO+25MnlOtpb4bmJHTr03AOlxHbW8pvwVr"
        "i7wvk2SFDmsJkE8QboPhy76K3r7Sr24siwQPpHxFeu7H/kSQZ1Kjw5i0Xw+0xzrRoR1Mf2yS"
        "rydTdt9o3oQL4A/Mz/Cz47XlLDrWI5B7MbWkM+nWgxOiAd4r2tD+Nv2pJ3Y+qOczIHncjW3O"
        "J+htAh5kHktlz3ylbGA49oRTde/aSUTO9kqL9bnS569Tt7YsPulTsLxeTvMvbTQx/brW1Jjj"
        "imho1c6GaNfzcCj8ND2rOFLHaNfLygXOAq7hslsHdmwBnClgHZkF8UX1sJQ/6vRnr6vASNU/"
        "bx1fVVyrz9G252k9MXErtFvgDZ1JAMHa9tQ9R9t+7qzfc9AU3l56uaixl73cWRaOZhnjcH/A"
        "dYQrYJkYlaF1wtILf+qh1OOi4nXNgxME8lRHaDmzUWthlhQWp7/q27L2BSQRv9XvcybVfheE"
        "Clat1pGpthcxtZ+h8vOratNu/4i/6vvifeuGg0DzSnGtuzpdqpP3B3N4j+FH07IKujBCk/iI"
        "LyYI4mk8EV70YQHft2i8WrqfmqHbi7yGTBhixQEeMFLek1zxwt5D1BX64jC8V/SBGjyE2JHN"
        "8hxgEO258UGjazIsnhxwbaB4TdeRPaJJUQMoY6OLYXGJlu5W01Xdb+shAXGdWr8rwwgUhiWy"
        "3gtvXWtlpgfap9aU90iwDKKpWn+an75TEJZOtMW5+vQD9Xuo7YAyn0iyFCMxjyyEIbeszu5M"
        "a0tzJuamXgBWdvhEQ/ginOWtYUWSqDgmuz81sER2T/93/avjd18/NWzgrzgNNa7GAB4szt5M"
        "FJIuEFd1mHBwmiJudvt3HFvHN1y57926qE6IRR8Yv+TqSlXfIGXoiBDbM3GFfBz0xHlLPL7G"
        "cmQXdJd75MMypechiI+xiJ0lD4X79vc6b0cfy5U+cKUPxZ/60dVvLLTNYwlRTebBVedlSDne"
        "4itdXaL12vtMLoWTnALNwofXb1/bXb0Rvrq19v6Rr8U2M4PpZ3IuHMgt1P6gh1r3CXyFPtbv"
        "byCpQllIliTTOgIjqbWDjp5Of4mqV+NC8W+LhRCdvqK7so+u7YgY+jt7kSRW9ZfLP/R33w8w"
        "9EPE8Z/6ffV91yZI9Xdt0tWTuvGTv/V383X0IanqRV1/IGF8iO5+vY8ufxn/t/H8X9//nb7f"
        "+vv5Ov35xv3+9p17Gf2GC8E1AMS+UtAfytH5Uqt6uyXRB4uvOArdOd60zfaTk/qzwro00Paq"
        "k+xLR9Obft6edRJCDD8t9MU2g+d5ARLXCb6ClUkTbQud1CVF+n6pZZ8lpFTa8CaYA/nRJqjF"
        "9SRUzOlG5WqyGz4u2ASsC7+7Yuj1JmbOVlJ+z48HVICvTpIzClHNFugb4ut+D4SwhYva1muB"
        "PkhqLAb+VzpF16f8cd/O+3qwTkyCdK9kJMtibJIQP+B3mHEwVzN0A+XlYeI+r70DQB7o3IqY"
        "vZ2LqoqyjPf4mwENyIl/zR8kDSq2d7RUPsbARV8/zSFX4UztQSSvXJtgnRUGZFDsuM0ZqfMU"
        "rUBluTRS+K7iROBMe+1J5N4C8sKxpvkLdzmTX8ty4AvtYOkzSSjkpfiez0f+EOKdB+DBYZYb"
        "46CAvrjv80YB9NED9L11fbLWVe7vNAyw8YC3TzMfAn2y9cg89o5X3S403ftenj0SkFm2OeuB"
        "+KQSvsX713ra853Hag8DEv9pN/di4C7E1IrKb7Tu6//1R6n+J+EDmAg5veJH0vMzt7IqNZu0"
        "RTLRUdjvwWz6vdYDyl7tfq46eppVsERDoMCphRVtZMJ5sfe1Bvjt7whFTff+qn9fcjd0MKRu"
        "M0INuUxBHkmG4qx2WsicrCLjABHq/eVrLa5MfODxEav8J+5r1aubB9Gs4axyf1KXd/RDfxj8"
        "op/rPf0CiXqp+kRfE2lK4Y7Np1VNUQ3xvtHtJwX9d3uWYzSl3hG1Sj9G4Bdp72/pPWcXg4Kc"
        "jtHMHd6l51whjijxCHIt5lwq4HmmN+0ZsFrtx0s1lgoWIRO8GLZlM+camC99pB9/1UfInVC/"
        "j+X1+/Igxq8ph+842OXibOSiHjYuRE2uFLfALPKPzEjnFuibkmfY14FWJTt1czm+I2EC4A/h"
        "mWHNYjoW+ezq5uX3YmV7SXQNAd0hhqUq/+jrTiQPG51CXEfFj/1tIRoOHwK9gcuorxDVBszg"
        "hzS3j8qmqdfvg9yfas7BZRKF4bvjQE7tNbspifz5pKqGlivl0VsQkMfYa44Gkntb5czHHcVa"
        "n68YZaQvApFirctRwaRFOuEPyFAuqdoJSxYt49hID2R/b7CkaJCPGpTVLFl+nFYTMc8KIAQ/"
        "iAA6ZtAnMt3nDTvidWJNTnAHNPAmqgbha+xhYCbZwb6xML4bh4jSvFwZUxyhbwk5GpFu0ddJ"
        "8mx1Z8GM2iyGXEbZj7KvodbXe6Q0eFpukdb2ejfsaEelSB84gPZ7n5cf0DUhgIcb5CW5RdIn"
        "a1XcZuC3Pi9+WGeILw/Bq05gYP1VT0L53Jk8YV3OvnGs/ptXrYmAjDiVzVntg+H8rCmd/npq"
        "YzNryXSi8LJCj9IU7K4V5xnLv573z2VsRQeWdHhlLWUtAMcWuX57IN85CqRwd9qtG7cEsETF"
        "OjeIc/jcVnnSwcGyOxtgAwbb/O6b3PJ0hOfw7JgtzqISgdizZ9qMrB+7cZ59jSPPZrnINzLl"
        "skxcbdg22VV29trVQF+1JMXfTv9ykANyrt23Lx3MLnfkzv0Nf0B+ArqCdn1+r18MZhYGyr6C"
        "gZkZbFqYi16nnfRVZ7Mymb703Nn2Y/qB9rBCsQTbmyN5IMcW/IGH5qg6oArW+nZAN30eyljF"
        "YvajYLaAvE9QG9YbwrNjFj30fq2dv/jqaZkD2j/0XMVpLKOffi7J20TZjw/xouYQ0eW3Gd2i"
        "nILNziBQhxgaZASB0EJIv4T7CDVIKlnYk14WTw1s2PVabck+kQv+qK8bb/Z9DaiYQZRWdFEV"
        "k0akzVkDdgY6hSoP2dWrxuS/8k3FG7x/1WOsrHmX12Hjy5jLgbJn+6OvQ1gajSBvxc/DbDWJ"
        "lpkfWdnsfZlOpA/+NtH6OpLM6bd2hivv1jIOztICPAs5YXJhG8OiMCAWAL+Iqsj+rKjym2tC"
        "AZRpFaaI0/Pxza8qmsmys3kGeLp5TniiMH7Vy/cNqFL1pdOc8aqFsXh9D6VA50V1pXebsbjg"
        "IeDBacGcwQlsJafLCrir5zQ0cioGAY2qVXeuBjN9dct3z/lEm6TfH9n7ymJCnUNcCFYPNHNE"
        "z+5Ea4ucn57aYsk4ai9ksYKYlTRqP3NbBqa2piyqdnh2SL3MnsIFMZl9gsu9kNjB8WqS2mub"
        "7VcQL8d3L4mvdBkWAi0hMzxyPHwge4qdT2Kh1a4YMQ8wa1UUMnGMbHg54d32UrYxXSLvkZD6"
        "XKD4zpKzsHMs7AZDILnN7GqbY/jN0KG25aHB0Df3VwlEcBvgoVOwBHgQGdnm8lgZtJT52vIT"
        "dIO40dNd4/ClQTYRAl2RJt6neKczCx0cJMiUfOreTWyrmtKri/nVJ+59OMN77uEV9fGKM93N"
        "5F1t8m45tKlL3HIGz/E3w2Bjd7uoUnYUpR1XayPv9spPwa5anYlYRUSulrjKNFxaJUFzTFjp"
        "fFwA5FR0stuWFi9dWKX9xWNZocE1QXaM5bak+8Po4xoNJlPyvt/IG1gWg2v9sYF1Rt+Pty0t"
        "P7efl/0WfRT5GuSGL7ticmcgH7i+4TrBBTF0ArmUM7O0oD6qfKPbv7z1+5nH/ryW1Z8RoL6X"
        "QA6sEx6yri5IkSgoZtR6AyR6g7Y1s6sqiDbKziuIQeWC0kaIWPJAncsS8DuRMzeux9qUQIIC"
        "z1JuE52PY+qly2aBjv25r1CdkbPci1ZVsaqVjnrfXy4hOVotjtFYNrTDLuRmr7NZc3HXxQzV"
        "fktwIiIPEg+4IiymESoPK7XnBZd+b8NRkP15tu6382WkydT5K3We7g1JIfxKnVeTav/4Au6r"
        "O1/Xn3sb9fnj604gn6xqC51eZ8FeZ0jsD0jnTv0Zh/CpAsQ/801XVbvUwY3u9AuWGL3Oz6Ki"
        "rqUCxErtM2B1ThIwRDJX4EHPg3oKd6aOJKqzTvY+1yK30SpZq3ch2M5MdT4qVOdN0QjJvv6h"
        "DmUlCmi76JIQ2p3XVXuClqYIzJGJxEwGiGIaAjU+5JZ/nuddamTpeixydZAH55DnqrkaMezn"
        "OEOOa2LO1P6SeJ0JI+43+LO2o0nVHIWr3s33Ki6EyH7Sx5R43OUJuAZGcltUcVd3dGYZ0LGi"
        "AlOaoBYJ0INXvt6d3/yp61hogn7O0xyKEGico/NXpM63dmcv8ZP/nN94G7X138/EQfyk+F+r"
        "Y3G/+LnaEq0aVqrIkQSaZlVIV/Wgd6tAgrqm9gaXOmtP+1pDDGzkNCKQcT0wUmf6eh0I1BlE"
        "+apb/PU8GfdlX89S5/rQafj38yWVOl/i0nvHf51fs/etO0r7GtQUPXSrFaFZl0kEtD9pYOXV"
        "wj+CnmvV4miio84XelqbmvYJmQSlThEewbeZp75eRDcST1zWnZNFtnvXhmWzOMeNqjmxs0cR"
        "+ZiPRv7X7KkdIJrilZ2kEHzwTMU4btsQ32XlIQ/HzDXUWXP+qq+Z6ryLXs/Qz3nC7qwV9e6H"
        "a6gJ/4FMnSafFNWAYUPRug/pHrCsyOw8CqenKUEV3vEC7LPL+YaPpdAh7tQDVesyf2pdaRu9"
        "P7Xd5KHo2nENcKPzgcE/15zgm56eE5I+pf/hfB/RI/E6/0ust/90/jejBfrN/v/XOEcq/8/+"
        "EBT5n/rBSl9yV6TUHPTeiK8ZWYNKs7OMZqq/P8v+c072N7p+9Pd1HjKeyf5vBrwz3MHy9mDb"
        "mHv/oG/gXDREq+uLP934r3W//r4g6c4xqfMrFfh3pPxD9/cKZnc+eCnYmIP8wpZ/xqDzkGvY"
        "6j5v4yMD/PMmgsVwh9gMwbMgBhy0sLd5oAOeBib4e8pf2MRxopPkE518sY5KIAgXBKWevVtt"
        "cIVtvGFW+kYqtBYIj8olXlUugqzrcd3K/WEtRMc7ps57o0DZcSOKoucnZQQt4WJgB0tMmTqH"
        "kDNVX21pjFrGAPaWaqxh5TKI44GaHeL7LCnO6wtEEwIniUQxzHst13jF2IOu1x4RWU0gx3Ln"
        "1TZh73K5bTerHk/aNwuJ4VxkEOlBPqFjJDzIKQtGXAvTinrEfemTOn8n74DrNrwJPEouMZq9"
        "rd3LKeU4Tig4j3MCYzhvsdx+4MaGnPkw9NYQY6/GVxYhUV0Se6PiiHUtVn5SQi7lsjUij2tq"
        "b8TlM6bZaA/6tYpiQUUS4aiSM1JlIxjLiWyBvlbbj2F6ScjsfedeADdgtQ4sYpe8Mwex9p06"
        "O5FmQIORysOIkJXE0apG+1V8XBmycnrbSx44+zmbXnml5KmF11OyxR/MTseLW3YmRowIxRXI"
        "tErBsx8AZ7dbQmxJqq1JAAuaHXD7WhC2pnZBlf/LP4r9av8JCVo23r7v3upbm79svZMt2A3c"
        "O1527e650n0iiZLFy++oPo7LBEJ+COdAk1DZ+RW1p7diLrSp4lcsU8mtqF2gQ2VXq6j7Ww2g"
        "8NMJ2/2yn0v96/7YR/0Fz29/7NP9ZY+u/7//D6eYu6s="
    ),
})
# Experimental stubs (flasher_stub/README.md): a host must be ready to fall back
# to the ROM loader whenever a stub does not greet or fails its self-check.
STUB_EXPERIMENTAL.update(["esp32", "esp32c3", "esp32s3", "esp32c6", "esp32s2", "esp32h2", "esp32c2"])
# --- END EMBEDDED STUBS ---


if __name__ == "__main__":
    # Run as a script, this module is __main__; the package beside it imports it
    # as esptool, and must get this same module (one FatalError, one registry).
    sys.modules.setdefault("esptool", sys.modules[__name__])
    _main()
