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
import difflib
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
        value = int(text, 0)
    except (TypeError, ValueError):
        raise InvalidNumber("'%s' is not a number (use decimal, or hex with 0x)" % text)
    if not 0 <= value <= 0xFFFFFFFF:     # every address, size and count on the wire is a u32
        raise InvalidNumber("%s is out of range: give a number from 0 to 0xffffffff" % text)
    return value


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
    """While a command writes its data to '-', its log goes to stderr; so does the line of
    an error that ends it (DATA_STDOUT stays set for exit_status_of, which clears it)."""
    if path != STDOUT_NAME:
        yield
        return
    DATA_STDOUT[0] = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):
        yield
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
    with contextlib.suppress(OSError):
        os.replace(backup, path) if backup else os.unlink(path)


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
        if mode is None and os.path.isfile(path):     # a file replaced keeps its permissions
            mode = stat.S_IMODE(os.stat(path).st_mode)
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
    with contextlib.suppress(OSError):
        os.unlink(path)


def exit_status_of(work):
    """Run `work()`, which returns an exit status, the way all three tools end.

    This is the one place a FatalError is caught: it becomes the line
    'A fatal error occurred: ...' (plus its hint) and status 2; Ctrl-C
    becomes status 130 and never a success message. Both go to stderr, so
    stdout holds only what a script reads (v2.3 printed them on stdout).
    """
    console = ConsoleReporter(stream=sys.stderr)
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
    finally:
        DATA_STDOUT[0] = None


SIGPIPE_EXIT_STATUS = 128 + 13      # what a shell reports for a tool that SIGPIPE ended


def quiet_after_closed_pipe():
    """The reader of our output went away (`| head -1`): end quietly, as Unix tools do.

    Whatever is still buffered for stdout goes nowhere, so the flush at exit
    does not raise the same error again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
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
        return self._stream or (sys.stderr if DATA_STDOUT[0] else sys.stdout)   # late: tests swap

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
        self.commands = []              # Command objects, beside v2.3's
        self.port_args = []             # add(parser): options choosing ports, after --port
        self.global_args = []           # add(parser): options of every command, at the end
        self.command_args = {}          # command name -> [add(parser)]: options at its end
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
        self.connect = None             # (connect_to_chip, port) -> chip, e.g. retrying the open
        self.checked_exchanges = None   # (stub): CRC-32s both ways (docs/protocol.md §5.14)
        self.confirm_digest = None      # (esp, region) -> MD5 asked again (docs/protocol.md §11.9)
        self.misplaced_write = lambda esp, region: ""   # -> where a ROM may have written it
        self.erase_guard = lambda esp, region: contextlib.nullcontext()     # around a write
        self.rom_baud_by_divider = None     # (rom, baud): a ROM without CHANGE_BAUDRATE sped up
        self.argv_expanders = []        # expand(argv) -> argv, before parsing (@file)
        self.image_detail_describers = []   # describe(image) -> lines at image_info's end
        self.deflate = None             # (data) -> zlib level 9 of it (shared between boards)
        self.explain_port_error = None  # (port, error) -> a PortError that says why
        self.boot_log_hint = lambda log: None       # (what the ROM printed) -> why sync failed
        self.flash_size_warning = lambda esp, name: None    # (esp, --flash_size NAME)
        self.rom_sector_planner = None  # (esp, plan, hint): sectors to write, asked of a ROM
        self.reflash_hints = None       # (args) -> {address: what was flashed there last time}
        self.resets = {}                # --before name -> reset(loader) into the bootloader
        self.afters = {}                # --after name -> leave(loader), beside v2.3's
        self.reset_for_port = []        # pick(loader) -> the --before name its port needs, or None
        self.chip_identifiers = []      # identify(loader) -> (chip class or None, what was read)
        self.api = {}                   # name -> object offered as esptool.<name>


EXTENSIONS = Extensions()


def before_choices():
    """--before's choices (docs/protocol.md §6.6), with the resets extensions add."""
    return ["default_reset"] + list(EXTENSIONS.resets) + ["no_reset", "no_reset_no_sync"]


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
    """The options an extension adds to a core command (write_flash --monitor), at its end;
    a key with a word after the name ("write_flash reflash") places them where asked."""
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
    CHECKED_EXCHANGES = 0xE0       # ours: CRC-32 on requests and replies (docs/protocol.md §5.14)


# Timeouts in seconds (docs/protocol.md §15). A command's timeout bounds each wait
# for the next byte, not the whole exchange.
DEFAULT_TIMEOUT = 3.0
SYNC_TIMEOUT = 0.1
CHIP_ERASE_TIMEOUT = 120.0
MAX_TIMEOUT = 240.0
MD5_TIMEOUT_PER_MB = 8.0
ERASE_TIMEOUT_PER_MB = ERASE_REGION_TIMEOUT_PER_MB = 40.0    # v2.3.1: 30, too few for 4 MB
ROM_MEM_END_TIMEOUT = 0.2          # docs/protocol.md §5.4: the ROM may jump before it answers
SYNC_PAYLOAD = b"\x07\x07\x12\x20" + 32 * b"\x55"    # docs/protocol.md §5.2
SYNC_EXTRA_REPLIES = 7             # a ROM answers each SYNC 8 times
MAX_STRAY_FRAMES = 100             # docs/protocol.md §4.5
AFTER_CHOICES = ["hard_reset", "soft_reset", "no_reset"]         # --after (docs/protocol.md §16)
DEFAULT_CONNECT_ATTEMPTS = 7       # resets tried, alternating the docs/protocol.md §6.3 variants
RESET_DELAY, RESET_DELAY_R0 = 0.05, 0.45    # GPIO0 held low after EN rises (docs/protocol.md §6.3)
SERIAL_WRITE_TIMEOUT = None        # seconds a write may block (None: as long as it takes, as v2.3)

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
LINK_LOST_HINT = "was the board unplugged or the port taken by another program?"


class EchoedBack(FatalError):
    """What was read is what was sent: a loopback, not a chip."""


class StubFailed(FatalError):
    """The flasher stub could not be started or failed its self-check."""


def timeout_per_mb(seconds_per_mb, size):
    """docs/protocol.md §15: scale with the amount of flash touched, never below the default."""
    return min(MAX_TIMEOUT, max(DEFAULT_TIMEOUT, seconds_per_mb * size / 1e6))


MAX_FLASH_SIZE = 128 * 1024 * 1024     # the largest any chip's header names (docs/files.md §4.2)


def check_in_largest_flash(address, size, what):
    """A range past the end of the largest flash is a typo: refused before any work."""
    if isinstance(address, int) and address + size > MAX_FLASH_SIZE:
        raise FatalError("%s: 0x%x bytes at 0x%x end past 0x%x, the end of the largest flash "
                         "(128 MiB)" % (what, size, address, MAX_FLASH_SIZE))


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
        link = serial.serial_for_url(port, do_not_open=True, write_timeout=SERIAL_WRITE_TIMEOUT,
                                     **exclusive)
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
    return {"text": base64.b64decode(description["text"]), "text_start": description["text_start"],
            "data": base64.b64decode(description["data"]), "data_start": description["data_start"],
            "entry": description["entry"]}


def detect_chip(port, baud=ESP_ROM_BAUD, connect_mode="default_reset",
                trace_enabled=False, connect_attempts=DEFAULT_CONNECT_ATTEMPTS,
                expected=None, reporter=None):
    """Connect to whatever answers on `port` and return its chip object, an
    instance of the CHIPS class whose CHIP_DETECT_MAGIC_VALUE it reads.

    `expected` (a chip class) names the chip the user asked for: the connection messages
    use its name and a different chip is an error. `reporter` hears what there is to say.
    """
    if str(port).startswith("socket://") and connect_mode != "no_reset_no_sync":
        connect_mode = "no_reset"    # docs/protocol.md §18: raw TCP carries no reset lines
    loader = (expected or ESPLoader)(port, baud, trace_enabled, reporter)
    try:
        loader.connect(connect_mode, connect_attempts)
        found = loader.identify_chip(expected)
    except BaseException as e:
        loader.close()
        if isinstance(e, OSError):   # pyserial's SerialException is one: the line went away
            raise FatalError("lost the serial connection: %s" % e, hint=LINK_LOST_HINT)
        raise
    stub = getattr(loader, "stub_found", False)     # no reset line reached it: go on with it
    chip = (found.STUB_CLASS if stub else found)(loader._link, reporter=loader.reporter)
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
        with contextlib.suppress(OSError):     # already gone (unplugged): nothing to release
            self._link.serial.close()

    def trace(self, message, *args):
        self._link.trace(message, *args)

    def flush_input(self):
        self._link.flush_input()

    def command(self, op=None, data=b"", chk=0, timeout=None):
        """Send one command (unless op is None) and return (value, data) of its reply.

        Frames that are not a reply to `op` are skipped (extra SYNC replies,
        a stub's greeting, docs/protocol.md §4.5).
        """
        packet = None
        if op is not None:
            self.trace("command op=0x%02x data len=%d timeout=%.3f", op, len(data),
                       timeout or DEFAULT_TIMEOUT)
            packet = struct.pack("<BBHI", 0, op, len(data), chk) + data
            self._link.write_frame(packet)
        for _ in range(MAX_STRAY_FRAMES):
            frame = self._link.read_frame(min(timeout or DEFAULT_TIMEOUT, MAX_TIMEOUT))
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

    def check_command(self, what, op, data=b"", chk=0, timeout=None):
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
            values = [self.command(Op.SYNC, SYNC_PAYLOAD, timeout=SYNC_TIMEOUT)[0]]
            values += [self.command()[0] for _ in range(SYNC_EXTRA_REPLIES)]
            self.stub_found = not any(values)    # a running stub answers 0 (docs/protocol.md §5.2)
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
        time.sleep(RESET_DELAY_R0 if esp32r0_delay else RESET_DELAY)   # GPIO0 held low
        port.dtr = False

    def _connect_attempt(self, mode, esp32r0_delay):
        if mode == "default_reset":
            self.reset_into_bootloader(esp32r0_delay)
        elif mode in EXTENSIONS.resets:
            EXTENSIONS.resets[mode](self)
        if mode not in ("no_reset", "no_reset_no_sync"):
            self.boot_log += self._link.drain_input(settle=0.05)
        last_error = None
        for _ in range(0 if mode == "no_reset_no_sync" else 5):   # docs/cli-5x.md §1
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
                            hint=EXTENSIONS.boot_log_hint(self.boot_log) or hint)

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
            found = next((c for c in CHIPS.values() if magic in c.magic_values()), None)
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

    def flash_block(self, data, seq, timeout=None):
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

    def flash_defl_block(self, data, seq, timeout=None):
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
            return result.decode("ascii", "replace").lower()    # damaged: a digest that differs
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


# ---------------------------------------------------------------------------
# 5. ELF and firmware images
# ---------------------------------------------------------------------------
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
        lines.append("Validation Hash: %s (%s)" % (image.calculated_digest.hex(), "valid"
                     if image.calculated_digest == image.stored_digest else "invalid"))
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
    return CHIPS[image.chip].elf2image_files(image, input, output, version)  # the chip decides


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
                           timeout=timeout_per_mb(ERASE_REGION_TIMEOUT_PER_MB, size))

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
    if esp.IS_STUB:
        say("The flasher stub is already running: going on with it, no upload.")
    elif use_stub:
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
        if EXTENSIONS.checked_exchanges:
            EXTENSIONS.checked_exchanges(stub)
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
    elif after in EXTENSIONS.afters:
        EXTENSIONS.afters[after](esp)
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
        with EXTENSIONS.erase_guard(esp, region):       # a ROM erasing past it, unasked
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
        restart must sit on a sector boundary (or the region's own start), and where the
        ESP8266 ROM's erase of the rest would wipe the sector after it (see
        docs/protocol.md §11.4), a sector earlier: never so at the region's own start."""
        done = self.resume + sum(self.acknowledged[:-1])
        sector, region = self.esp.FLASH_SECTOR_SIZE, self.region
        aligned = region.address + done - (region.address + done) % sector
        while aligned > region.address and self.esp.erased_past(aligned, region.end - aligned):
            aligned -= sector
        return max(aligned - region.address, 0)


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
        report_write_speed(esp.reporter, region, sent, seconds, compress, plan)
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


def report_write_speed(reporter, region, sent, seconds, compress, plan=None):
    """v2.3's 'Wrote' line. With sectors skipped, N is the region now in flash and a rate would
    count bytes never sent: none is given, and 'Rewritten' lines say what was written where."""
    size, runs = len(region.data), plan.runs() if plan else None
    skipping = runs is not None and runs != [(0, plan.count)]
    rate = (size if compress else sent) / seconds * 8 / 1000 if seconds > 0 else None
    speed = "" if rate is None or skipping else (
        " (effective %.1f kbit/s)" if compress else " (%.1f kbit/s)") % rate
    skipped = (" (%d of %d sectors already in flash, skipped)"
               % (plan.count - len(set(plan.differing)), plan.count) if plan else "")
    if compress:
        reporter.message("Wrote %d bytes (%d compressed) at 0x%08x in %.1f seconds%s%s..."
                         % (size, sent, region.address, seconds, speed, skipped))
    else:
        reporter.message("Wrote %d bytes at 0x%08x in %.1f seconds%s%s..."
                         % (size if skipped else sent, region.address, seconds, speed, skipped))
    for lo, hi in runs[:MAX_REWRITTEN_LINES] if skipping else ():
        start, end = plan.first + lo * plan.sector, plan.first + hi * plan.sector
        reporter.message("Rewritten: 0x%08x-0x%08x (%d bytes)" % (start, end - 1, end - start))
    if skipping and len(runs) > MAX_REWRITTEN_LINES:
        reporter.message("Rewritten: %d more runs of sectors" % (len(runs) - MAX_REWRITTEN_LINES))


# -- fast reflash: send only the sectors the chip does not already hold --

# Regions smaller than this are written whole. Asking first costs a round trip and
# the chip's read of the region, which a few sectors do not repay by much; and the
# trace comparisons with upstream (test/test_trace_compat.py) write such regions.
SKIP_MIN_SIZE = 0x20000
MAX_DIGEST_SECTORS = 1024          # per FLASH_SECTOR_MD5 reply (docs/protocol.md §5.13)
MAX_REWRITTEN_LINES = 8              # runs of rewritten sectors listed after a skipping write
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
        run = plan.region if whole else plan.run_region(lo, hi)    # whole: as v2.3 sends it

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


def reflash_skips(esp, regions):
    """Whether this loader can tell which sectors already hold the data; says which
    regions are written whole all the same, being too small to be worth asking about."""
    small = ["0x%08x" % r.address for r in regions if len(r.data) < SKIP_MIN_SIZE]
    if not skip_supported(esp):
        if len(small) < len(regions):
            esp.reporter.message("(%s ROM cannot hash flash: writing every sector; without "
                                 "--no-stub unchanged sectors are skipped)" % esp.CHIP_NAME)
    elif small:
        esp.reporter.message("(%s: under %d KiB, written whole without comparing sectors "
                             "first)" % (", ".join(small), SKIP_MIN_SIZE // 1024))
    return skip_supported(esp)


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
    flash_md5 = region_digest(esp, region)
    if flash_md5 != region.md5:
        esp.reporter.message("File  md5: %s" % region.md5)
        esp.reporter.message("Flash md5: %s" % flash_md5)
        esp.reporter.message("MD5 of 0xFF is %s"
                             % hashlib.md5(b"\xff" * len(region.data)).hexdigest())
        raise DigestMismatch("MD5 of file does not match data in flash! (file %s, flash %s)%s"
                             % (region.md5, flash_md5, EXTENSIONS.misplaced_write(esp, region)))
    esp.reporter.digest(region.address, len(region.data), flash_md5)
    esp.reporter.message("Hash of data verified.")


def region_digest(esp, region):
    """The chip's MD5 of the region. A request the chip does not check may have hashed
    another range that holds the data: an extension confirms such a match."""
    md5 = esp.flash_digest(region.address, len(region.data))
    if md5 != region.md5 or getattr(esp, "checked", False) or not EXTENSIONS.confirm_digest:
        return md5
    return EXTENSIONS.confirm_digest(esp, region)


def verify_regions(esp, regions, diff):
    """Compare each region with the flash by digest; `diff` lists the differing bytes."""
    failed = False
    for region in regions:
        size = len(region.data)
        esp.reporter.message("Verifying 0x%x (%d) bytes @ 0x%08x in flash against %s..."
                             % (size, size, region.address, region.filename))
        if region_digest(esp, region) == region.md5:
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


def size_to_end_of_flash(esp, address, flash_size=None):
    """read_flash ADDR ALL: from ADDR to the end of the flash (detected if not given)."""
    flash_size = flash_size or flash_size_bytes(detected_flash_size(esp))
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
        EXTENSIONS.flash_size_warning(esp, name)
    size = detected_flash_size(esp) if name == "keep" else name
    return name, flash_size_bytes(size)


def format_mac(mac):
    return ":".join("%02x" % b for b in mac)


# ---------------------------------------------------------------------------
# 8. Commands
# ---------------------------------------------------------------------------
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
    for describe in EXTENSIONS.file_describers:     # a file an extension knows is no image
        described = describe(data, args.filename)
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
        if not 0 <= value <= 0xFFFFFFFF:
            raise FatalError("address 0x%x does not fit in 32 bits" % value)
    segments = [ImageSegment(addr, read_input_file(path, "segment file"))
                for path, addr in zip(files, addresses)]
    image = FirmwareImage("esp8266", entrypoint=args.entrypoint, segments=segments)
    write_files_together(esp8266_v1_files(image, args.output))


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
    check_status_value(args)
    esp.reporter.message(("Initial flash status: " + fmt) % esp.read_status(args.bytes))
    esp.reporter.message(("Setting flash status: " + fmt) % args.value)
    esp.write_status(args.value, args.bytes, args.non_volatile)
    esp.reporter.message(("After flash status:   " + fmt) % esp.read_status(args.bytes))


def check_status_value(args):
    if not 0 <= args.value < 1 << 8 * args.bytes:      # v2.3.1 cut it to size silently
        raise FatalError("status value 0x%x does not fit %d byte(s)" % (args.value, args.bytes))


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
    known = getattr(args, "flash_size_bytes", None)     # read_flash --flash_size, where given
    if args.size == "ALL":
        args.size = size_to_end_of_flash(esp, args.address, known)
    check_range_in_flash(esp, args.address, args.size, known)
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


def chip_names(chips=None):
    """'ESP8266 and ESP32': the CHIP_NAMEs of `chips` (default: all of CHIPS) for help texts."""
    names = [chip.CHIP_NAME for chip in (CHIPS.values() if chips is None else chips)]
    return "".join(names) if len(names) < 2 else "%s and %s" % (", ".join(names[:-1]), names[-1])


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
        message = "%s (%s)" % (message, self.prog)
        if match and self.command_names:    # the likeliest command, not a list of them all
            typed = match.group(1).strip("'")
            names = [n.replace("_", "-") if "-" in typed else n for n in self.command_names]
            close = difflib.get_close_matches(typed, names, n=1)
            message = "%s is not a command of %s%s" % (
                match.group(1), self.prog, ". Did you mean '%s'?" % close[0] if close else "")
        raise FatalError(message, hint="run '%s -h' for the commands and options" % self.prog)

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
    for command in sorted(commands, key=lambda command: command.name):    # help: A to Z
        add_command_parser(sub, command, command.name, help=command.help)
        if "_" in command.name:
            add_command_parser(sub, command, command.name.replace("_", "-"))
    return sub


def add_command_parser(sub, command, name, **kwargs):
    parser = sub.add_parser(name, description=command.help, **kwargs)   # no help=: not listed
    if command.add_args is not None:
        command.add_args(parser)
    add_extension_args(parser, command.name)
    parser.set_defaults(operation=command.name, command=command)
    return parser


# -- esptool's argument types --------------------------------------------------

# What the user gave as flash input (docs/files.md §4).

def arg_address_or_name(text):
    """A flash address (0x1000, 4096) or a partition name (nvs, factory)."""
    return text if re.match(r"^[A-Za-z_][\w.-]*$", text) else arg_auto_int(text)


def file_regions(address, filename, data):
    """One (address-or-name, file) argument -> [(address-or-name, filename, bytes)].

    An ELF file is refused: the chip runs images, not ELF files. A file format
    an extension decodes (Intel HEX) may give several regions at addresses
    of its own."""
    if looks_like_elf(data):
        raise FatalError("%s is an ELF file, not a flash image" % filename,
                         hint="convert it with elf2image first, e.g. "
                              "esptool.py --chip esp32 elf2image %s" % filename)
    decoded = (decode(address, filename, data) for decode in EXTENSIONS.input_decoders)
    regions = next((r for r in decoded if r is not None), [(address, filename, data)])
    for start, _, block in regions:
        check_in_largest_flash(start, len(block), filename)
    return regions


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
            except argparse.ArgumentTypeError as e:
                raise argparse.ArgumentError(self, "address %s" % e)
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
    p.add_argument("--no-skip", action="store_true",
                   help="write every sector, also those the chip already holds")
    p.add_argument("--force", action="store_true", help="the same as --no-skip here")
    add_extension_args(p, "write_flash reflash")
    p.add_argument("--erase-all", "-e", action="store_true",
                   help="erase the whole flash first, then write (nothing is skipped)")


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


# The command table: the one place a command is registered (`esptool -h` lists
# them A to Z).
COMMANDS = [
    Command("load_ram", load_ram, "load an image into RAM and run it", load_ram_args),
    Command("dump_mem", dump_mem, "copy a range of chip memory to a file", dump_mem_args),
    Command("read_mem", read_mem, "read one 32-bit word of chip memory", read_mem_args),
    Command("write_mem", write_mem, "write one 32-bit word of chip memory", write_mem_args),
    Command("write_flash", write_flash, "write binary files to flash", write_flash_args,
            wants_stub=True),
    Command("run", run, "run the application in flash"),
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
    parser.add_argument("--chip", "-c", choices=["auto"] + list(CHIPS),
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
    parser.add_argument("--after", "-a", choices=AFTER_CHOICES + list(EXTENSIONS.afters),
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
    esp = connect_from_args(args, reporter or ConsoleReporter())
    try:
        if connected:
            connected(esp)
        esp = prepare_from_args(esp, args)
        resolve_addresses(args, esp)           # names only the chip can resolve
        args.command.func(esp, args)
        (EXTENSIONS.leave_command or leave_after_command)(esp, args)
    except OSError as e:                       # pyserial's SerialException is one
        raise FatalError("lost the serial connection: %s" % e, hint=LINK_LOST_HINT)
    finally:
        esp.close()


# The commands that write their result to a file, and the argument naming it.
OUTPUT_ARGUMENTS = {"read_flash": "filename", "dump_mem": "filename", "elf2image": "output"}


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
    if args.operation in ("read_flash", "erase_region") and numbers:
        check_in_largest_flash(address, size, args.operation)
    if args.operation == "write_flash_status":
        check_status_value(args)
    if args.operation == "dump_mem" and (address % 4 or size % 4 or address + size > 1 << 32):
        raise FatalError("dump_mem reads whole words of the 32-bit address space: address and "
                         "size must be multiples of 4, and end at 0x100000000 at most")
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
        return EXTENSIONS.connect(connect, args.port) if EXTENSIONS.connect else connect(args.port)
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
        "eNqNu2+TqjrTL/xd9luvKpjRGfGuOi86JEDQKAHRwTenFDUgo4yjI8JTz3c/HdC11t7XfV/n"
        "rKpZEgJJp/vX/5Lm//trc7n870ve7P76r+Hri2X9q7txXX9f//qvF3PYf3u1rP7rv/7arq/r"
        "v/7rL9D/XCmv9z7n7mD4TenK/yKk723MeHn9XrpuPZ/f72QBSg0P19AXgTXLDy/Xtbi8epOL"
        "8IvjaB6Zg9VgoM7KC8ajm9SDMslCDjakPlGlY1dSQGXaVLEAOHiUsCWRxcwBOWEkdW1lLfRb"
        "u3F4fnlZ9++9wya1oRhe3kfV2gr2QXy+l1uPmUl1BncR3vrJkZOvb2PL8qGzMYxe7+Wl9nnm"
        "yvXb9H4MXmeyfzxymZvRkn96txVcTArx4mvnn7+968/nltnGMr6HDErvWG4PvDcKTm+Xfsa3"
        "iTe1Zh7dfpjDMFyH8uNr8H4alD3DepX+bTX4EuPyxZ7tvw21X92z2s9OS1PMZh+jcHbufY1P"
        "Qb+4qmh4e00ntXG7rHrH+vDuv3vnbE5vLxBvc5Bv5nS+eludNm+3zCqz0efi3LDQ5l8jf2+M"
        "i9mJv0Xfs7U9N8R0tXxdRg3UwX4/vxkjZ5vxRbA/Z7fBLLkYWUhhPcuYzGbq9DYfNR/17Pt1"
        "aF7Tc7Gdue/miMu4+F9/dVL/Ew3v5uvbu/mvv3an63fd3hr0+y/v74N//XXd3a8aIIJagdGs"
        "jLmRTOATIlv4kkyIBX4GlWcZFkrN9t6MBv+qit0VAxCggBV2VPO+uMVkdDNamBn4sGmX7fsD"
        "ZhL7gxFj3/bxNJwQDv3qf+yPFGEXpugeWz4Fg1qGxpnYD40ZzNLKnMylwwvmekPjJX2l5PqZ"
        "HKVcHkQuK3BBgmC5zyKcA2Cu3+dVUBmD53qmRWjub0YdsQHdFcSee6R3M65w3Bzs2hSwPxj4"
        "IlDgXzRS0/GlyedIlwgvdW17JcyL6SthURXC1OJ9HL8n9Pifmn9vS3yTCE1vxLRufGqmSd2f"
        "6/6+AjsmyCcrqvZgJ1LUBEBxL4xKQZZltfpgChWoSAYAVcQLCXw3NCT+iYIDv4ZQ2UiM8n1u"
        "E/Nk8+z9Zp19LQeH22CbNHaIOZzEgh28o9FArg7jDKKyKKlA9Mh3URRU7CbG7OAjYXAf7Ed2"
        "CawSJa4YSHuvb1hfYG0+jZddJKmXGrWiN8JzsyARz+wLkZUTI23x9mBEEG9WzM+ZrApNmyx8"
        "X/MOXguHkrHLFImgUMuXfeyO9lYeIj5e9haIdGNIJeCbSkEYvkLHqk93EbFN5644iDPdTu/c"
        "zi6Nwc90A+lHK5fscjIktsO3SUWRJi3z+81C+UwIa2Vux628gY6CN1tj6kvuTaN6yl8UWbU/"
        "Ga+hF/YM4wsJvg+u9wdf31q++jkPurYJur3K+XeI1y3eKZ8in4Wg+r74Eru+IfNBODtUAzCh"
        "qbzGZEyS6VDGGa5PA+K9xTZd8tvVJRrkyH9x9YHSecdz89OFdnR1R4wlbNfqgGx1AP8NAtPY"
        "B4vMuFnKn5OxtBKO8qZALg3H5XInJCh9M7HHaoxUL+ZE+syRMQ3VYk0SNOq5YLv5q9fg86Jq"
        "x9V4fK+QW6CxmBl7yxeyojPJ81IAQd60+viLr/r52jMQC/av94fKtmP7AmgvvlFb5fgx3o5+"
        "yR3aCesze114U7iadC7FCNE4682Zn0rvpbMnxez12tSloHk5/XHtCnIEQr/IPDXJgQw7GrDv"
        "3vINeXgq1K3te//VZ5L3zu5smukubWR2r10viXcZ6VHU0wj1tNVKpLc6aH1t6W3tgacuj/Xr"
        "NfsiLTJAY69xVu33Bse/GVSkF7TjC8gLtA+btt+mHue/MPfn+Ibi1Sfs7OoPvH3jWDc9ltZ5"
        "bW/+GO/w345nAPclVRT5awGOxy6egiPz+JGBODLypHNGWAnSG7T8hOdvdv9lQ4EOXhH/v8fT"
        "8iGhEVh++sEdXOmSwqJafE0h3EAupWPfgVdj5thS8lrKEG0Zw/uIsyCuZt4CrxGzEu2tTLA/"
        "fcrpCrKmgPrQrsd78p50+P2DH6h7U6jQr4xMG5AvVWvfT2hLpt5FOVNQlf3SSGGyOVDy4V0R"
        "03EOVyIf+vHkEzpW9FeGHmBrx750qk+0r8yXLb9kvfZWxe5Ieh+o67jeS2raM+mNCPvO70qb"
        "CqhG02Y+Yy8EHZwSFvSvRBCrk88gkNUCnDhE3+JCKxXvp+UvVSNxFXI276cyV6O3ZuLNwKvm"
        "uPyJjdjs8LLkSuNK8kuaZ6++V6p9K5dW/16mp1HQ0/7WSgnSG+/7BtJc2XOWk/BujZyy1j7W"
        "rdFO31P0EXIjhivbQt7wIk7F/sMYO7EIwTM7mav7w2bE4w4vFbdnCsf75VvFH/jqQ9zKw5we"
        "QzPj5D3x3tKdadsbzy/nBaHBROvlx+XwwSeqohNZPfw7jZo9nE6RGFH764K2+KbpTJWQbjOt"
        "QkpOhYFAUHN8n/VxZQNADziWgl8iM6jHXlLsctLT+JhrfNBY47P3oKfTl8ZAv7xiSy7AMW20"
        "/+6NbCIKrH+KqpH2EYC6qRfSDzhyfSZEbdJMxdCMX/gEfUkdw0GhRUTNtNEfIS2fwN8EF6nK"
        "fvnvX/oAatZiHBDPTIkgVmMvxmv0L1IIWXcxysj4ewwDwQHl17OI+oQbJL/oR+jeMYb0xVzb"
        "6A2GD9oWaqUw/0d972k8GBrP1kDrezde1ep/N37nvwa2T4DiX2QSijYMbWn/EZs1Ro1ewL9H"
        "fD8x0A8gplt6f//e/vb7ex3wwOM7OMiPFo/lQx4D8dnaL7TjW2jUpbXfu09i0gBmUTPCWGWC"
        "fqjW/lAUVSqVBeP8bstMlR7ctm7Nvzx7RUl2M8KHPxx2eFxat6HrAtnSwX3KVZUuThNrL4Zq"
        "GNrpKVfpXA5GtPI+2/U5SU1slb5/Gmee+xfY0W01rrZjUgmo/QuJufDItUiQhtlxkRNFxnPX"
        "Zy76yOlbv3zNeb4BNpigDfbfxETgfP5dOLCdP+yVx5NtFr4zbyCefGntSw/FgNjB+FPr1Af6"
        "McJUrvW0FEV/CinapYd8f+sgpCCf9tYiD32kMPd5alJJZauXvf3DDyB2n7hAPcMEynt9jlfb"
        "D6zq5sPeBfigUeEdR6H7h0GM+tPq87RC+dFWfm1bVAzxU2h7eCfKl7x9Pqq28AZzHsH2GPal"
        "b13U8Y628kvtPzHiEtL/5g7GXxAeUvDYpJzsvS+j3s1ZdUc7MCDD1r7ZImltkQVhxjBeFleq"
        "vLKjuzo0kuv28eHnQ0rb/uJhP8OhRN3O/QDgchAYR/pD4eKcdpZj4ExNoefpt/NQIVU1J5mp"
        "7e+6e3+s7otVTfC+wPnR9vqTBsf6aBqJca5wBnI5H4X13jg3zrcQopJ7/C/I6JfXfO75p0Xq"
        "2Mrn92pEX0x7MEPzGyTCsRIMM0iO9nbDP03PbYKTuIklClI/W6KDzIG670aNf+ZYIT3wWC/V"
        "sSJshh2WJh4vt3n4zr2B1jGBWGr1q76HKL/WHwu092iXdPx6R1/c/qLN0L+trP+wB1I+9bPJ"
        "8P1ekmucON4oMKnC/ouOb1s8BFaAz7b237Evvpzo+IxUBOOdmbYfmJJju9D2JAfEgw/e39qB"
        "XCFe0Ig88EOrQvf72H6z/46vpY32KVDYtpXOF9v3W3x1/YGN+Ofy8rfxfLg86flv8dr2223+"
        "udLvt/026PZvfeqer/5BTzv/H/R+6/ddWfy7PtABx/6Jfp9UmR6fq8f4gXS1Pmn7+wd9gsCf"
        "/X+8Hyil7SXH8ZXNH+N174N+nkP+bAeQYnwsMT7Rgee/j/+lx/N0P0n/0f+bfpDfT3427fgt"
        "v/+xHhjo8SY63mvnpxbg+kban3T2iP3CRzseLu3pbyZVa680/0DLt7MX7fPFmcmCeGjtfBgc"
        "HRjkqTSPDoGjQ6ujY1tHZvTl5PWgxm6JfhMZIli53sORb2GPOVN8uSafTpYc2Xt6ZEOr8AAS"
        "2sV+H4GBce09t8wcVclO5pM8mU9zPv+q+fxHsAL1EnObgb3bx1Vdvw05U2rLD35G1ntLx9Es"
        "0/o3m8yMWXl9zqGO7A2WnU7Gy4mhcvY2lospPZjTiVRk3fpBQj72I5yrHBCPZ7Mmjcgc44di"
        "9Q4/fiZqJzFqUCN3V3OomLbdFkZhsKSPfQJxhcrZPe3SMB9jZLnZwI57kZPM8C0cY2L37HQJ"
        "1eZL709Y+W4PlySFfVrH7sqAy1pCsA64uwqgXO0hWO3pMbmhbz2Bm2B/8g18tYMc+8r1DsTq"
        "FVzkrVqPAOp81HDulxbmyhKybwF0wk+nirvvOJfZzrUZ4fsRIG1m1LZneu7xvcr9N8smRQk4"
        "hsA4C/xvy77nCdp0jqyp6rY/Swn2yfb6uyRZIXVMttbteyEJvhtjO2rbP0I/O9fX4aHAv0o/"
        "q3Q7OxdE30Oeoe8kbc7LasgUsEPLP568YoYNmg4K0ylEZQZhG94D+hMlPHmlFdt2z1bpPTft"
        "Suq8ipUTuqshKghe502oiPPID+cwc33FMY+Y2tVCnblk884nUa1I1RZxxSSTzzFJNrAHOVti"
        "DNr7wARxnkPdhIc2rrc7vBxZDvfRfoC2mpew29UkGt/qGGNNWx0aveeB+P+2FPZPXVr5ltns"
        "Ipp7VyP/FpgDZu+3QZdPiCoiqrD5btMTZ8MTBadEJbZfJDYpGeG7SU8g7SeMbkFNET8h55c6"
        "xnvk5Op7/pJVrJYKML5Vbk8y/F27o4p1cUXj29o3tXjdHXpPvFJAv3zRMdUq3wvt8xDXBYf7"
        "D5pmnFM/x8/+HSUXYpzVtp+/5EcRHRusvpMBRaum+dIPhnrkK+Ztjc4TXm+6DSN6wfxu280r"
        "NkavcVt/J9hAx+V6fwtDnzD44lVFqTN2XyRGcMYAsZFgTI/5U6VzCDRde8RB2rTjGPakxNg3"
        "wMnjoS8GE5RfjWk/7+LFWsv+vm/pSTEDSN8P4s2j6jLo4lW321HBuTFepd7EvSGv+Nrrrcqk"
        "khonMEszjO9OTD75inGO+9rya4ZzQcJb5hb6WaH76raPJ1TzWt/X/KHu2P3We6RQzTVPvlse"
        "kaV3vCwHxxLtW0HOLZ2Atgevu373SzFx0PHEGdF4aQxYz9t1L36a3v0MehvkGCrfdSs2ojnm"
        "Eyujk8/jN5D+FO8HsOo/2oMrLbX+N6/JDMxm/KZWzMH5D/gXul67Rtv1KniMF3TyP7IXt8F3"
        "wQ3b9dmXnqFjOnCDru1n08NkBhZcOLiiwxPPpjnerxPHsfFaun57n+n71BCMGiygtdB9c6Qx"
        "6dYW56zvlDHEdqwg8dp7Mmdm1BtsQobj6XFxjBlLXxTmotT33Y1kKV7P/HvCW35Pxu5asm69"
        "4Ly08xLolXZB3d7bcfNzuYJ0OlkJ00YsZmEwGLC5n2v8B5joXZRzbftB57uCrI1hp0dVFVX2"
        "jFaIGYKrHVw21n7C1TCjahBEYlJuZIt3zb9lpz/PX0qECsrAjbRO2msXig0Cx5xpTHwEnfyT"
        "uUQ7iO8uvp/8MNFeycEgmMKl6nH6Pj84QrCqqbPDgEykReKONhJ3upaXJw94xkgcPDElR8iH"
        "h6zGB0ztpt3aEwwdOl9V2etX9DG3br0Vif5JT7z5hQWOES5HuiDu8OHk3Gc2UxB38qpy9mJh"
        "P8bkuGYfafGuVKBN3pmYUXi9ARt0fnN+6vB8wRxj3x+hzkrMRMi0XQc9Gz0qKmdtGXRClgTQ"
        "C7FOZtS7GLKK0QugjCs154EMiWPfCa6dCDLpaMd4IdZrJ+OOLynUOA76h24MnVfUrpYWYoaF"
        "qpVPKspNT8uGyNWw22bs5OMZ/+BH2H/y41XLSOTsdR/w9/vcS4wYcjYvLY7pisYuD2IpkG+W"
        "F+AcC/yfCTJHHEeYN6Rpo30x2GTBHSK30+aTp/3RtuGrlKYtn2KMXXQMA/LwxMRbmrNh43Gk"
        "ZaxeL5tUxy4/gTkiEUdwIW/YkqZ2RviFS45po/bRgDxuaX7QC/tb1744Cey/2+swv0B8tiv3"
        "Mz5PY1/vK+er70kVXy2JdLwubgMP1wCLkN3PxsuUoP3V9MHOaN9fFNydSIZ5fV9DMkJ7dv8K"
        "2ufQn3RzCBwfn1mLCnPEVGOSt3o9i1LDPuD1IbVYY870Hk7LP6TVonPwh5Wn5RTIYfUhyMfl"
        "nlZhSsLiZuboz9+nEnPCtMW1Fpzeb8vLCcr9Xuaw3bRzw/aj/UV8arm9YN6lZE4+btXENYNR"
        "hM+vF1H5ItEfubV/vNyo+P6EF25r7HiTjt6xupCKjnNG6nadbd4+g3Tfjp19tXsbes9MZAdH"
        "Y7X1b4FM8nJG3APmy1OV+C2+NsMHT6iDepDBpmnbB6L33uWojdPEWh9eHJEfekx3/7TPm24t"
        "On9uMbkJ2jbaZr0vrvgk0nn5/I5RFbT238K82722ayDr3FDupb2mpt27vVvVAXPpOJGYIKrR"
        "tMkpadQEY6GGsNONzPWYdTI/wbAEUt7adT/24uFKMQCf7SY7Bu6uGxPlmd6jUTNkd/XI05Fv"
        "ZrJKO3uD1znanHK10jansisFq/nooVNo83Rs4kbtWFAdhp2/kd3YqC81+oK09TfTTibYvsIV"
        "252MtJ+Ysx8jmjhGvWsY+l4dl0LS4eBeJC3hWhfQTxBltOtZwm2AskTalEu6cU1CoSL7tp+O"
        "qEgu7dh7uqumuxf4pKi32KZsZcTmtJfHZBe02F8yZd6d/cuUaux/dLLiIebq0iRpN97a6O0M"
        "20r3lR7jArfKSetr5fx0c9OIB1UuUD9b+7rs9PX5+6R93WHwYd+cU8cj79Ww9Z5jEhGeCLAn"
        "EUbqOQtWGO2aU1h6HR9++kYrP+nsO90x7QnS99GOSb1b5U1pL7WU3BwNNMadPJzV336ZjoMw"
        "N+rufbS/HOM6lJNRo29fdGvX4y5a3qDGx7OoDDHujicRj72cxxTtdW/NZL9a63z0sX9qzxlq"
        "UTqn/cZCz4Bz1Rnm7lXk+ohLeJ7HcBGZ4m/7Yzznel9K749Ye7zDI92OdbvgCEhf95NEn/8s"
        "9XnVc/97fzDqNfMv3VnBFK7fETm0UBHeDao3Qn/YHnKMPH6qWefT4rNE1izl7DO+v996UzIv"
        "LxF6vffAUPsczhOMdZEX2dKChkWmtx2ij5JCbS0Y2XZZKvRjbjMbh+zrOH2bNGJrGAfEO3GK"
        "bBe6vlgWaDu7HHMN7P66H00hN90I7Wy/3TckAxYrsrRdLpamvbjs3/mWGvo8eMIwp0gNQ2wn"
        "xji/f0HuzYymtMZ584bXU+NVoR2rSijMWUxj9NgJHAS/1zfrPcB4aT/10Re2Ni9jK/RrUXnp"
        "gVlCnmL+uZkYVWX/d3tcHb+pQSt9LpX6knkjo2nHaNA31lHhc0IV1Xuh8f5kSIzJ4cgoBdm/"
        "yvRxvoACV+o+kfIhV5vr8zR5ZmHBZIhjlETjhFyX9txRySxcEbfMJcqD25HU8XfskKJhMRn9"
        "89yjwwPXeDi0eLB/4eOo21C5ySeHpOAR/qUJzklhKVeZs4o/P/P10V+Ro9fg+j8e17Xx+pXv"
        "8AlrPzonn4Wb7KmxPvI3cvBuyPMaKboPDeudfxb24zyXa8Nuo6m2A52kEqbPx1p6WvyCqfdb"
        "3kjiy5lc2nGH16nWj7ZNC0d9QqsvXLX7Qfr5f/a373uYTMYEXPgf+qne/+naue5v21Dq/bZ2"
        "fFf9vb+dr6NvrM/z2n4y0ONLvb/ctctf9P9zvK79e31/0Pe7v5uvxQ9VH+1+9YbaSTjJkxDw"
        "N0CL72dsf7qjH39LMXcSagDjyPFVXISNXFjWcX2Ay/oCWz4Dd3WFcj2CYDXir8kIirWD11N6"
        "TLZQJl/gJpi3rpD5SYDPYry9JjB1TWOwPqM734/eTJtgzP3SWLF/wuvcJObZ2b1ehyu5R1tn"
        "bm5t+vVl2tkxIe3ei/RdJV2XY1otItqeV587m5XTrBJWjfHfZU31eane5/7q9rlHoLp22Z2z"
        "beGGWb+NcUCZLGAPhdzgdZHMUV1vLGwa00bQrLpz4AmIqh9SaeZkOY8xVyjxudb+DpAGIJ+/"
        "5m9eBeaPG8D8McL4ZdXZGF4M9HmSjhVm3f4IqK3tzzD6jbxjksMlOaG5t4OGzzzbnAkKBSTd"
        "GRxa9HyubPfnZtRNZtbl2HwPMAftS11bktmYR2/4YReN0Md+z8eZF5U/s8Mb9n12fflujn2Z"
        "h33Ttm8gtsy3dRyKtrEvlxuDX5E+Lmp5WNgfX1eyCkb2phhgu8rLxWBEzXHG7fIHlk23nstg"
        "SB1RzyvYGEY79+GWNQX64fNEOd25hFiv9f+y2OhD/RFofiwn3ftqkHqBOImKu1NgaRvrLbq9"
        "xL7kj3Y3l4i/DUHNqqtXQYB/DlxMUt3asJDf9avKQKj2+e6sSe89hBjngq2yGWd9LQ8uHZ6G"
        "l3qcyzc+b2t5ZhA/1pINXLvm+YdKUD6O352Hreow4jvymeQ9az3R+WdLfzz/RT+ddvQzzD1i"
        "PX/cydo6M9K7TSorkCI2/B36lRnMu7ncGmPjILQ/lGjxEa0ZmbXYIROe+zuCPsEr8mw05Hb4"
        "VQA/wy7Ea/KVap5vxWVQybOuA+J6rFNhpPqcZ0fkPSJfB+OJx/H+73i0JOgz3BlEXZ2P2xjv"
        "xhzfw0QPaNnDWHprZQOMmAbMbwyfn5OdR6XGG8qTpR1P1rZXt3Pl9xKJtvkODf0O6k8yK3j+"
        "lQ3Ok8NnGC3ZV4HWHWNgovWNdeehZZFeiY6tWPDQvyPGM8UmhiniX6wwg2zqGfU+ePbR6rTd"
        "rWEz0XPuv3ZmEW+zrER9SI83WeTNzhLT6j7gHqoHymOWp6cf4O5dYux1OmawH7a53W7MMJY2"
        "Pdh3e1yrb9ObNZOUVqsPHeO59KILKzxPHodCJQSC8idVPI1c9v7xsjNpsgo0HbJAOlB/0oJv"
        "7UbknlocodevPRWXSbQzQG0io57sIOK2F65qtpjMvBjzRbRngYzVpCRRIkvy1u1FJeViY9M6"
        "I5HDzpi3Hm456te222dalBxZMXZlYHW423a0j5k3kXPd7vYy+tI/Asr3s7KXXFWnSS0Gon3+"
        "o9fFh6i70pt3+xT6frdvslD8EP4MtX88Wpnq3kk7fkmFtoBwUZpwKKqk1ICxzkOjd+NpdcP4"
        "rExSmKwDZk+CN17n/DwcjosXME9Ru/9HwRyIGO0YLa/+UNr3U6HpILduPy6tinGmYx0f4xxK"
        "wy2o6iNUbe4wImiDyXxiGxTqLcAcw6R+OS9Nwajp1pO++JG/9Oa73T8gvIzKgn9iDs3HmGCM"
        "LKtcla2+7uAHteTruUdzu7T4QzkA+er2QzoMlqsNkCZ6aSbhjDJto7P2nam/swO00XzdGDeO"
        "16sAcdRi+hQ89q4GiffE+bHbF40aYyjNmNWoe5J78nSpfIwrqRSeFLjW7Yf0RzROHB2Lkc3K"
        "JjGutyAE1xtLIF4Zf2+7taaalnFHC0Vr/73lOk6zeTjOByVcURYFYq6qgrsqun2q0JU8Y+dJ"
        "rmyBMRtmHhgQ0YLb7/g7k3q/W9O66/ZeNkaNNq5ODRN9B6lxrTPNM6fbjyUru0zRh3fZxYzd"
        "mghjgRTfr4QtSfrYU7WrZ76KOdnysYeDz11L/2rlA4fyoNXndcsfG4w7U5MaNv3oE3V6EJlq"
        "EF2L/mxgDzAf6/a/DM6zyW1wx792LeizBlDpPSDIOc120zd/hrEAKj4Ilq0v6LxmnqMyQadE"
        "sA9A/PavkSUwTxu38UOO9vRzqPfItY3v9lynmxzzLACviShax7miYsMSBry5+NmERLbjU4b2"
        "wGtycjsZ2lMwC/+u+LfDv+BwZxenqyOMps5qcPxudkavPzkn209ZM+pZRlPYQtemhVyfP7/x"
        "gzfEe2hvxJs8fEZ0Ty46Pl3u6Ch4yWx2cVV0+sA4bB8l4QZjso86CcM3+UnUwtn1ySKL3JcF"
        "xssTe+lgnGau0P1UPPEOsB1KspfhWSnMnL5mkS1hs1j53CU/fPv2US2Pq7V4IayyN0uMN97A"
        "mWB2Y5JExSRFf6ncJEzdROG1DV4aJl6qsI9GL0tYKada5eQLX8A5f/jibbPYkTHnn6p+BR9p"
        "tLek562NAdK0wL+bOb3J5dUGvb/E4CbPV3tluqkIiZ9Vcz+vsuG0VsvGlovQrhZze0oGyUQ7"
        "7eUc2yGpsndbLeaAQkIdm5CV8GyvGJOFcH54W/vpNa+YxleFE6vSiauU76s1vIOiUuZjcl6h"
        "kVMYnSyPa2jGpIpJuG4cLiD4OgJZQOKuidvfrVfF7ceQ1+PLwK95aKN2OefFK67z+3u7DMfj"
        "4/pr+SrHK8wxUG4rZO0Qn9lHHOXDUT48xFxqibmUc1DGfPSh5enZ7Hle3J5f6/rCrsYns+ul"
        "zoHhwCLCZeQTYLreiMAognKr23WWYrzzifFnKDAGRbwTUTCHU/rCC8bw2sVI6EXsboYsmI33"
        "PErklc4+dR2VdXjWiTB9ZgL3t70lHF0btet8/5hVijvzU/FTiqy1XRUZdL4W7dJkymwlIqtS"
        "S12zVZFIVkzFbc3WAq/1GdN0IszdfPBHLejvekjE8940XH2+TeT4b+flRIlHPWhXp9nN+fzN"
        "RkinrB71VvCo0SHrCK+7elbWFoD8zjeJ3rTDyKbjb2XPvXbvjFJeceUBJnulLlzYPuvDaDu2"
        "QohRXXe8+JmMbPrn/oY6/Enfr7o+Wdl/1AunEEgj/6Pe+TX02jrnvpxMoTdW+xRtDm1rRZ9z"
        "vfjNIBbK/JO2N1A34Y5eXH0mC3uvlc39NjcWqhm19WtbFb7DH/S16+21+Xq3XkfX4z/pvOu6"
        "13bNNa55sa4N9bte6he9UNzryFuxLT2DBTWLoKkEpSzW55TPOjrsG0FeibS24B81oeij9Pot"
        "nVs7bb096PxZPvZ7BojBoa7P2xtvYm/aus57DOKua/tkxqqQYLRCP1ZxRGNOzcC0zbbutjoy"
        "98mDgT22A2k96l7pFA5moPe5uro2qnjJBWY+l4pygikgkVRItO6E20LZHrsPbsbvWrNUy6Cg"
        "v/EJ8fiBF703AvtHPe0vHJDBf+7HTOg/9oMcq//YX/3nflL8X/ovY7WCod4fgMoJ0Nsbe/29"
        "A8YSiMFnvS8+LyD7Xf8ILbM9w+g3TScTqct1UJv1dwnwRXQa19P1Mf+Gf73JbjBcd2DBs1/X"
        "VOl69k6+Wt63kTVqv1fxD7/rpH/jz7VNv93yivWm+cCAGfq79nsYC/T3BHPJ34Wq7LAR53i/"
        "NxZD6ejfaRPv+H5jYBzJY/zFfAjwXhDvPwxK/I8rbMkosPpXzMFAdWvlT/1s651aen2RaHz/"
        "qrvPenvrWSd+sn7MP2t3lX6f2LjeWinUt3a8iW7fK2xbhW6Dbr9Vx2c91VHLw1eX/4d26qN8"
        "i0e9timO2euqqw2czb2kksd7FHpXkpruLmJoV7zro6bvvg8saVRsiVLLBnurLslWoQyf9dAl"
        "+2gMtDYh3zYGDywCuy5XdYrKQV5JrpgyaioDwjI0qBNReftHfZ1DYXJe7bQCQc39sXI9rmP5"
        "CM1Lv/yAhvtpRO7XI79gYPa2KXnaGMs5O/s6t2hzQ3WPXj68abrtai9sz8H7Fgev2+/w79P2"
        "3PJJQ8iyKmhp6PJt2+0ZjRlA2u15jFGeqQkNzJEe233HGFdAGnS59+ZgiDMqqi7tSrucey8s"
        "cuvsRfZtGC5pkUCrCaFnrtzhg4dZXQQgiARuopx9pr+Xab9r6Ff5/d9qpwmcED8C7mjXaIGx"
        "1fQKL+23FiJRn/fnNwK/avG753X9p9C1kzPp1GjwtqQw3UAm/kV67x2/8zvXVTFtrXq3/5ra"
        "6pd91vES5qrd3o/Dn5j1Bj+DXzg96edZVeJ80sf3T4/3TdC1puxLzv2MxJ/Zs+7193dXVSnj"
        "LJs5ng8fptjI+5ZiIPXwuc2TvolsePncd9auF2Grx6/EKXtPvbeLPN1ft94VbiZtpA5TEh+m"
        "prgPla2mSmGcNKKmOXuVzlbzgtKxL+VjfJ6R15/h2hjps+hVasiDni8x00P2LrzBBeeVel5f"
        "r4+IMepPO3/bRv6mdGXuTqS3Yb6VnjJDTrbQM1lxZgiXzNVVIRj5m0gr5jrD0w+wq63PylPT"
        "zhfuCum4Pdb7+K28D/kypf2CbGQlWFXlsOvsKLolHqffRn3tw/BClrfbhbw96tQtzEPrmZeY"
        "uwPpTRADcesfOnrRfs/bM8TKbr8RCP6+V9485c1MmxKRl1OF9vTxHeAfdhMe41GQ2o6NiD1W"
        "90rb+eaffgUe/Kr08+l/wAf62vEvPCC+Rr/87D2CfRcjKow9K4w9xblvTCt+p3alxhh6YsyQ"
        "M+oTZuOffHyvAfq7JmcEr6aIkW7BhML86/Fd1vP7LGi/00Bv8/guobM7B+nnJbGuZDVWGERg"
        "8kqqYvG1SD1gsZMqtPUTzENRVMdMOB+4Lq7s19WRXF9WpMNmbhag6VJAfTuSHV6l4kTnuqhm"
        "oWBS4XUbSSM7Q4wXFK6P6NgaeZxmJuYXQEq4/zh5NF0vjtwBJ8OMVX9Nt84SzC9yM1wlhY+q"
        "zvEv7ZNPdViT6Wm6jdu1eEEsCE1fbMZzgpRIRqCIP3OkIxWYtMqCp4/4I6p2to0IU3FO8hJI"
        "vpDwvUh2i1FVOaGSsDxO9RibRUSOhceXQK799DOB8O3jnGScUHuhFimxRl8bh8TXPMN1plkC"
        "49dVtdjayy8ZeZ83JsjCDyEkGcc8D8qJ7Z1wrBVfgH1dHE/bGtOj71W5Q1dbOZnef3G+Dgn+"
        "HoJErr5IjeHdJqtJv+D+Ehz/g5HrAmnAiGHl6s8cRrnpPuMqCscc7pVwNqZfuIVaNOX7zhWT"
        "DE2t9FCmH6QiLuljLPxZcKRjQk4V371S/+vI3TVGMYlcyrmrC1GP4XXxU+bjH+/rtPr+cPcz"
        "v53P6vx7y+99wPG30mc+nX9PwdbbGUZFuxhYP9t+T9idC1FYu7YkEUKuxghM11rA9u5UyGNs"
        "k8nqRBbcQ3yYl0Z5KUlR5jq2WUp1zor01ayq5/mSikDXCmnfCE05Jz676whe5yPoJ6Agdeit"
        "+K6492J3C0eT7mU0JVvwwTZdTKw526rsHfMD+cf3IX91Xwr/8VFx+wXxwPr//w9+hII8"
    ),
    "esp32c2": (
        "eNp1e1mTstzS5X95bz0RoILDifgucjODzLM3HYrKpCJiCdjR/70TqsqqOn36iXjCQBlyZ65c"
        "uTLZ9b//2TfN/2ry1/Gffy9nDMP86/OLx+7++OffU3pJz6br2QK/Puweu3/+/Q8M/yTbfnRz"
        "RZGY5Z3nt+qNkLm8p/3wcQ8lqfe8riMBpOmyeDiqbq3MvJg+dnozkzeNrpaXtefSzJZh0jqV"
        "LW39tIebCrbgKMBBopK0ErnW1qGlOT4VLFDGp8o8EUJil6YI9kYgicSlq+CoOfV0upt3k2Kf"
        "cFAum8W63a2sk+XXXXWQBTpua5AC5zmPLwq53amDkC/FPUVNJtNpryqZZO9Yo7tYM9OeXy6K"
        "ndNuqJzl5xYamgc/uB3V+i4/Ps4HgaNCv3MEqORLdSiUydq6ss08Uw6xbKxMmT9E9NJxdo4d"
        "3ZjFlakm1Gpmq88tc9O1asqZpzuVnrZd1qvZNaR104zWjllPbtrVmpeP1F0+Z8mmp57NdnLp"
        "i4W6kOvM459T8A852CxteFt2e92zz2xVZetzUL8Eh1Nua/VEaaV5VVj3bu44j9KNbTgL3Rf0"
        "1unkPam1eMiUwDrV2ZMx44bKHB52ZibYmZleWW/9inrzPlvSj6QuD6a0oNeK7Zf/889n1P+g"
        "YT1br2f/+ud4fdz78aslM52uGPpf/zyOHZ70j+1Ic2dVUcbstLHavVQyiQxEl7vFumAnCZx7"
        "DKV5hAoqUnFmSlrOIVQ4f9AnzWLMK2kvh7YTrw2zv8KGcEJ7msPMuHUteKSL4UPX+nNvwq3l"
        "uFQJZIXxZkTRwHaES3s/CH2x4m+0DUrjaC3g89sEOK5WDdrTrJmerFvOI/iz0IYCqEkKwF9T"
        "EzbKQhFAMa8O4HMUG6ybXQBnk6aE3CGmLLZQVB+I1PLiOoKAGIVxnSm9jzitlu/HnUdS0OPW"
        "CwBEMa040Vno0rrN505TUeP6elMibepsWVN20svizFjyuXW9rIzVa/KRbZe7CFaHiItFmRxN"
        "0UE/CO1eJhtT7lptdn4tosyPCwUSQWltmWi6MG3t0Q6lL+acOJun/il7sroE0BXiwxcMeo9+"
        "1a8kvRgvVrw8b7vGrubiY/ge7UN7+BsTK0qfShwEYtn6EXAmwjF3tvddNNF11VmYAtu66G9L"
        "ylL3Nm8uVNXGMqdcKGOMmyF1bUYEey9dE6UgaYL+PQHv6OJgR2YmQxzt4biBaVF8JIB+JY4/"
        "+BHjcQcj7vYBDPFs93POnM3P7SdObPMkPlrBMegI/bfR1eam9UQXHLt0dvsTxnttduneVG4X"
        "1d2aggMX3mFLIWaaOcSWHMC5KL1ENBi8vtNFYjNsrQzfl3kWmnujFXiVLoV0kQjc9mIZiJfU"
        "NJ5rqne2izri/eNgv7AqSe4YqmCXl961gwztjgZeYhkelhMjIKeKOIdwXobJ5LzTBWKjv/jD"
        "tX+tPOcUUZtb7BG8d8xGIhBDXJ8mgz9lYnMi8WZGOT2IwM9ULvUXZ8chj3jlTf0EnvGHRpZ1"
        "dBX0dZFcPnHUDX5tiwoSEFsdCRnvu+5HHMDClwHzARxR6/mDivmQv7i9plXuR8YtpLryedUu"
        "wWti6XVLYMS/wjNKz91A03yhLYFX0c0YJ2lrw/+7bgyrbUPcwRm6IZ6zCEY/EJhmOqbJ9zEH"
        "U9sXVvtTIRURhfnW8tuv5wk8Piey+SScY94O+aiTJs479et3nXfHfGX0M+bj3Emq4Xrxna8a"
        "f1J6zFdOFZqSEHCSAoBcQbAKvF/e8QMPTHjVt2HEDdqZ2SB1t/f1yf/n+hQcQXrld2nTuF/r"
        "AFguVFEvw+/jdGWpQEIhAsTotiX8ujVk0eZ4p/VBSQ+HgjFk1UY/eT60yPjFTBGjeMalmwEP"
        "E75jjid8jugs9fkKk40wpdzcEnyuLjA2VxANqaiLOuCW0ncetCZ6XhPF72Okyt6GIR6ECO5G"
        "UBtF6vJauFfuFy4hZb6ed2sTIZ5bU0CewopWsAxiPJ68HhgPYeUHsFFBKd0vXiNs4m78qInn"
        "W72h2rC50OXd9hrWfYl7LWxSaVoPzyn73NO1zka+FNxDydyXVBvcXcEptr7Pu9XezNyd+M33"
        "rSkcFnvVVs6uG4C6XZXn3H2oml1+9C495tPrMPVJdtQTV7lY8WQ6h+03P/NVJHjH8xQL3oH2"
        "iA86sz++848NOmF2Oz0ey8NlyLeM3h1S+iTD1pScG204xSKiAl8kM2OyTnnFvR/OeJ7j3Eyx"
        "2zJFkcbvPEopVyQLffPAOrGmEovZTzTiLoJ3nk1KIvh3BablGQB5p2kvfbmUnv6hoNxEBCGs"
        "M22hKlVInB+8r7XqQKQvPhQ+Sq6qkhfBelK2+5a/mC7yO99h3RJa3+YlM1inWG/MEsCPeltS"
        "Bbp0OHevqiSUBt4QSSuhnTOT3q/G/JnuEwzDXSr9oBrs+sYJGPwXTrj5dtVQ6eooX5k5P+YJ"
        "1sdN9Y1zgkvXRMRBbyMO3uulei4FlGbtLgNNlxqbVKCcRdIs3tf1yx9cF4k5PgcWgXxlv9bP"
        "8ey3PZWev/Noor5/t1cliHE88JaQv/hDOcSR0C4quAT9e1dGvqpmVl2VH7nzkoXWEa5bUYhb"
        "WiWKIXcgPRasQfenyfYlZKAO+Nu++e3oHoPE1nZbvb1s8TOKdFKQtuQiAevQ9KVgHRfAMSUR"
        "/c439gCwGzpPIimXn1MfdcZLAlN3F6elhjgEWbCJs7teEWcC7GU+Lr3e/sWTbzxNBC/rMM/m"
        "pznP+KrSLkvAOjo5TfLznN7ifSMQO8jsQ9Kaunemdl/+4WGeXw//pe6M/i2Zg3zddvKmCvss"
        "tC6oj958tEKclYBxEzBuGDAnXwip7w/89+kP4DU8/oVPbqZUfu4gD6R+MPAhP/KhblXpNEGc"
        "D/fpwhbr7Fh/haXkNw5x+oEHbkV6TATfP444jNnlFSATSz9842NmR+Jj0IO9qRG2Fx3bEAng"
        "upBHv3GtlLXrpj9+q6gjr8U22uPPd01DedX3/bh0Gp/FunJ+4qvzvlZdDMdf/PCjYXqEulJK"
        "W2lXIl4RNx7n1wfUNylvWi1L1ZfsJz+Jfbi8efPB6qIPnbOKpvPMx9pgldBQpxtw+mWC9XpL"
        "0ZHSu1vQF/7z5rGFas3706rQniVULdmCqzucDYVSlETp8y1eZ+Kxx5X1IfUT4rBDt0HWQepr"
        "8aSIIL3KJVWyw3mmLRZFW8Gj9RmbPwVYv8nAU7cIeTb2vXP3ldemSRz3Mq/apwaKLxP/tH2M"
        "ebgqcgzIY/2lNzttxIvCtPK10qAMD49kV0f0g+brNBFej1WhYiuA6yECp+elg3ZzgjN9PHez"
        "wzJiHtGFntydq3+s89BinT4c61zM+rIKhjDUvYDzsX3zC26Q0N3Fgc2hRj54188adW5+W3l5"
        "XIKG+HmJGxN54uG8Dvf+tS7WdELK8GQOejhr3a7r9ZpjFx7ZgY486txVXcYqXPBPb4X6ysva"
        "hMTzRURAlBAf+TuOJnf9g2uO88s2Svls4N3+nVfdNawTp3plfkneOlPTC63+OPoDb9g/ddZW"
        "PlAffpyY7jmdoN3OHu1srU3WOoWYNqiPTpk4M8U1jH2F/thP1s5Mt9YiVh0l0a9YF7iTTceT"
        "nUxuohy3T1q7WPes5VQ8T1wT18BPc02wfziB1eyPAR6Ha75AnHzWi+vTRlkYaD98xnWo5xDv"
        "9dvOasPl2a4WvuttrHHzKerBkjnJwkV3iMsUKerFzPcDZ3upa7QLnvYinkxk1BVy3C1pixMH"
        "nsiciPbf69enj4kpVfdhHZQjPPxTIZw8ZuV4j4uOMj/+XHd+7MlvexjtnU9Q7vUpFqWpcwor"
        "7MdsPtS5tewUTJwIPd6XWPYxnhxl0Ac7TrRQBeJtVwx+0dZCj7oZDKaL6NVtjKO6+NaBHLdB"
        "/hf3tyFf28EOw9vlHllgP9Fu6OBiFVmreaT/PD4ijnSYF9LJ+3jnkfST94U7S4d+kf/APtHs"
        "v9blik5v6pPbgjhj/V6cK0UUOcjfeGpTvUwdjld0wU57hwig38AhH+GD3Xnnj0nYs8n13JoR"
        "8hN1Pjuxc3pR1Br1pvFhzLyNxWI/o874rh3qP9a1XcSnq8QH7frcgKBw33VS43bmUeI7z4ZL"
        "4hvODx7Y436VOMpcxvj9fC9xDNap2plZZ7bVascxxdyW3rx8W+gESc3AfhHrxct5sMZ0ba/X"
        "w3EM3fn5WorMfjXqwNGu2JAJcNO+NTQRsL9FnE7SGJvNVHnrDVVnF7EhGsBtWz8Qw/2Rd1CB"
        "VEfkKzz+Pk/ZiFy4P/nIbzT4tVQyoYr1V8yIiSV59Gtaz/S9Y5u10w92kmLFJXzZHm1K08ka"
        "+PNjO9jdBc8vux9fdj+6TmBQUy8x3qn1Yp9UEMXdFfVvcC0ZVxCWCz9dHIX8eJkzbSUubrqc"
        "WC/yYEWZYfc0XYx6BvXH8ZCu4nF+4bAzo60s0Wi5B7N15Mtxx3cZ1vdkwXd5AvmxGvOrbEOs"
        "riFbtgEqzRk78pOrA2m5H7/Houi+6xmfphM9Jkf3a92Quun5jDpQTLaJ/Rl3svnGayq164dr"
        "4v1g2tjD/IPHOu3xqX4kjictjfXQN6EeIopHQtCF1hOEu8x/4ujUUhSF9Y5Q8vFSO2TMJ2/9"
        "wmJ1TJLhGP1ZMNuEcwW4ZLdPvAhf/VySXW+RwF0+9Y8rFt1LKOfRlO+morKnRecwoz7rjih/"
        "8o4Zs2AjrhPgko/Y6a5oL8iIEZRZ7dZJwiX6Z+uM6+He/jgzweiflUVRg78OH7pODnGN+uXT"
        "Hwqshn7s218RE76+74t8ifhFHmH29Odxe3P82euTP7/Wr5D+J/+1Gvle0vzv53FphPkN72M+"
        "dT+PybOS9ZI60aBc72UMxK3EzSnoigV2y8M6qs/nnZ395UVXv54nkAfqjh1w9ebXumCP52sp"
        "1JmAvEnxFDVBvpU+6gK/N1Py+/q6Rp2VMy0Jq+91Ewjdi67PXR/ws6qCXfaNF4HEMZNoIGL/"
        "9Y0bnhO5TtCeeypzZqb0Xa+w0+sa1ybg25f8dtaq33ZrpMx1EIkqCEx38Kmp9r5fLLR1RuSz"
        "WR4/9cWCv37V44fzfT1HjM96/HUsAYt4ofmXPk2Bc55Yd9AvgP2Otwbts358+YERmTpTfuMA"
        "IMK+U0iAsHEgWn6oNphHlv/jz9P3+gEKLvRxfUH3Xj9nY3388YfNxainYPLGAWdMH83bnmgN"
        "9R97FDGt8+oPLiHo601dBe7bXyYRw0So4NsOnb+FlePmdtA8Vk/NaqOGHyaH2zeOBVjttCsj"
        "ip7vv4wGv023hNy+/QeT2e/7C2Tf+r4i8dK0qpwiYVrIQnvM075TtXf8NUjhSH99r/w8j+Mv"
        "6q0UC+lCIT8BL0zFj/1OdI4zqnrr9xcNlfgn/zyu1rK/+bPJQvfFLSqgHOzL5SldV+3rKTSE"
        "ibtiXTYEdcag3wxpvy+WskchTjXgTZSa3FykAZi5x1JNLSq/4mvM5MPoj87YYskQOU+fYblw"
        "OZuR3NturL8VzL7zEnRzJ/rVT556dhq/42kUxC1Oal+six1rc62fxIKkRUqLPAG+jnpuRV30"
        "mGuRI+HnusqSiWOn9nfcgVyIE9Rivs+J06W2dRtmRaij7FNxmZ6ouGs2JA0uqDNVIf/JjxRY"
        "wrgpeePNkDySlOgEQdx+85jEezyB33i5xzNVACa4VrdDwT4b1GMJnq+LvaMcivsi4Ej+5mOa"
        "kyoSJvl5qcs59s/bi0UvWnhl1QOYyVymdNQphPvmNeDZ77yGXTbMKflwmBd3z07f2IB1kv22"
        "C7ZSIngcDfqsitYfP3ka/GeeAq//Z56m+t243oB3yaIW8uQoDnETYLb+qH/Hmwd5HgVvvxO/"
        "znca6vXA5mV5bYe1xz3vFAkfxXZrA/IGy08u82Z+QL7TxPI4eWWMA/H8uQD1nfeWf3O6uaOr"
        "uJ7bez0c6OHNWz9WQ104fdcFj7hgmPu/67G5i+i4f3g61ZSzqFW3X/gH7Cc/jN/XVVxc50P/"
        "+e0XK/Uy6kll4aHYPRMOhv5K0dMWdSLSqQ19SQSL3e7P92NYsvvnufmIVDbhz7PRXwrK5bdO"
        "BIOnR37/ej5gh36QyOd5szcf2b/wBhvs+xVReKyumtWJTeF3RVzaYrNLX/z2BjFl3iFYGLtq"
        "52WIS70N928/avzDPgb1yB/Ob/7gXovKH89/8yJs6rNkYSTkomC8RcMcBdu07ir18cYd09eG"
        "eix1ifuxr9Xz9+/LhyaGb39zoIy4zd95vayG/nGi9t/4lfjHu06Q/n3eevQv8KryW4fzkzBk"
        "d/PzzQyX7H5z7o8RsAd/mKNtdDmzpZU9s64UcG8/MrQ0f6/PqupM+lWXTLlYx16rVrbzmGG9"
        "o08ihMZlnXKxc3BIPLOiYf5+FjB/SALKwhbB20UpPejIzGjY/QzE0KrsJH652PfZPPuYT1G3"
        "H4rtPkFdNXtNl/ipz3hn5ZMiXmHf68P3nJc0McZVVmVhug543X8AeI7lUaf4p7+lhnnuMM8Z"
        "57lcnXW6QmylznrdRt2okol+INSEOBcz6bAoTFG/cv5hHTihVTJbGSQjIq3GpbwpT4c5djvw"
        "XSyR1yKCqT/wp6h0HOpOiYK1LwHEcm7HajEzBNLui4u9p8ARCsEWIK9iL+sTEJjiCrYVqPi8"
        "EPmTs48qKXeBwkoXMPWIUCvihHrQ2YD8O75neGULXPfgN2XOZSneB5vNpo0xH6yIPJnRv7ad"
        "jHYpLEgUru/Wol5BXX8KwmFOana2IDqtyIOP/E2LZjzxPojqGGVbzKmlFYqpJOaPmVl2SQRa"
        "HaXrVIaNKRMsk5MsIZfbiWBRk62bzwe2D5KOfhF2MbEPUtnGSskmIdpvd9SUDWINxucCtnNY"
        "27aqKbNKkr+4oHSbbHxPpd3cbOfp6trmvAycfdofhBz0K1Gy4mxi3+aH50o1xcmJWhfYuOkM"
        "Vi/JeHUtLLJUv2ZKymu6q/S3iOy4Bd9Ue1Hid2JMWT5wO1GqFmqR1x7Qvok3w+cli4up7/dP"
        "5nXoEl6fpzFQ8gRtF/KNFs31jeLeOg1LYXFLY2xODurM1Zubkk2Dkwpx6bmOoKpNWY7z2Vt4"
        "rLGVvRIm52/0UWna09yG4BpP9lcgX3NDycKeDv2gBZf6tuNv7U4RGPSvHstdrE/OcXBFvXjJ"
        "0d8KFqosM+brNlHZLvE+38OYZ8TteTvgFVsTDv2u9BW2nHozHPOpD9YtxL5cT0mcFkoaKkrv"
        "TXNOvwzH2mY4vov5cH6cI+tMu6xZ5C9tr/VNYXaPjTBtNrtWXB7jR3eZXe7x/hGPc61NU/Uv"
        "BEAzzEesAz3OLYf3ta1dZxwq/eoyy9SzZjU276Y2xO16Z2J/7WaC4c50aVcYxa5s5Ayv561q"
        "lw+fVFV5kOa/5pUGjHPjqRxTp6uoiWNd/H5vRru1Vv2ea2m8LcxPi885TTEXVSNyUzg4M6NY"
        "d3bOFUZdp/zaeRmLSap4B9vn9FldI1gjLtMGPwHq/enQF3H+oxCpqv1jD/Dypz0B2iNf+Vvw"
        "yx4e+kzfiA7huM7Yc60UOK7ubkH4uX4oaW0VYIupCdNKA1f3HJAcB+v0d7+f6theurp/G/qO"
        "CTjxZHrlqLMcT24yx+ryFASPtDY/9nGKj334/ErlekCACxwmpFS0G2a3DeqjDbdFv3X8wsl0"
        "jSXBOmT1zQrWOsdpv+YLtM1p2qgPv9fx6ms9bg9ne2bIxFeLbtcwbfnLz8BNcN3e4dRa7/mX"
        "scp/vUdIgsNFdSY6tz6mDvtrfWCIhYf4KZJxLsKtA693lpeiHudbN3OYnxHq5iI/dJ/x4M9r"
        "awvb0gsdYas+yvLi3rbYcT37cKYm9Lnjor16UIc6JbTKr3ikTTW87xBUd2K0E6oWf/u52uwK"
        "0GzI/+CHmwpDn/41RwHB5+M2OHPTK5vSKCfx+mt8efupcXXYgpx9dLo2xmVta3R1cPOFKCkM"
        "H43x6eZz6oZxI9LZwSZxOvDuxDywFOORqe1d/bhIjU+dfD2eJll49DIG49I9aeGeRBykmYN5"
        "lTFcwX3YSGgvWsh1kx3mFim4NOoMcrSDdzy1iUeWNi8O83izAmLfC/l0nxz9/S5DHcTyH+/3"
        "SnfEx2JvOs768vqDc44rR5yfpjJD3a+L5nfe8emtr7XW/4OHaxue1uLSkCcpX0jPqFa6LfoL"
        "dfNwHwdxOI/m5D/y96YO86jV7/wS0imej/iknKQQnzb8vA/jCyGNyvF3U34BnfjDPgimpWW6"
        "Psvi/tk7E4s1Jvr4Hqm/HfnOTsBs2POT/oMLuMQDLuTiaD3T4m/8D2Wb7JA/Ub9zufNa7FI6"
        "0UDToopZDPpyh3nJB4wNzExeUMIUa1vkw+BXSXrP8a9HfUsOTCHaNlz8E0oRI9riA8LSxrrX"
        "TtqNvpmkQ347mYVtkScEBkw/StQTH8fW5J217TCY33NV30xBdLPHQhTaqBR/5pUx09niLFWl"
        "hgk28DeucJ7oFjlmbPNn3ZAWmYr9Rf6LX7m0ruYFiaOAoWNxep/KbRkUrZZwv+Nd3HRJaqEQ"
        "DzY07aGEnWk+WunxZM5S3O4CiKf4aZ5hO5VgyBPPlFAPzboPo+gO8PM8ids0ZZxn2Ev/vDfo"
        "iuuW5nk7Koj9tPXh/jbGpxW2FdAi+McXWTTYp92XrysdpNNjiTrCyk6Sl2XJ8P7f/4zP8gpm"
        "OGeY2YNyaXG2nwzzcHucZ+qq+NsPWXxZC+1zuqREmZmcr3036MpHcbwkJG6LJRBdfxxXXoRN"
        "bzl/rviVKn7yvil/tHyBtUj6uR9J05MoI6+ngqQrkxZ1WTvVMK9F52I8tq18zH7znyLUl1yP"
        "kPcz5xXOBj27nsRQtieZYi58SZ3m/FKP1ilMLuVXnbCRR/YJ6r1Ldwqi9bP8jOv3POBIUMZ+"
        "8sDyXUeU+zrAPGXazfT5xDyZaNf2yw/ffeWR02O0Y9rYxp4g+FBG5dv28Fkfvvs12cTnilgH"
        "asNJAymeZVfSa6Iafrz72EOv7e205tX2Q/msa/WOmWTyRy826Ne1rAQN5i3i2/qYtO7hk9d/"
        "4ULgXKZVxOs1COL99u/zJdrjPp7U6H/H2EmYNweqsjD/5g/kj0m6vj0YcdAHF+xXZZaaiClr"
        "oU6avEQqRv1TiWQRUmmfbHK8b2Z/vDL6QBrqKMNOi9iBJ45H+f0+RpmSx7AvBSR1wRhiN9bv"
        "mfozd6wNt5vqQDclhBa9awf+eM8BJ0Ne3jnUbXhfdXVUoD/Kua7Is3gdu5Lpsu3u8bV+0Tma"
        "FtFa7F9ssioTI51ZHdvaohOL8lXns4fwJ85p/MVbCdVXSHAC7MQ/8dxyijbqGfA3yvC7q6tb"
        "LDcP9mIRP1Kxf0L/OmywD1eP/iAO++vEFyTt/jh/HSdexh6ZSJfm7LKOS+Z0fXUv8TFNegH1"
        "+ZY+JJ2rV4Ou1NKhz4LEDc5d9di9siaB28PT6GZp4//wZdy1eVPk3cdeWDSK3ztDPFCDnWKI"
        "hItIpi/1MbOG9zkcgOtxsS8as/vGYgIUIh+q2071q9976UoXhSMzC7StL54vUhhtNba8he5q"
        "uzHK/uKRrbEd+1NTYkpSJOsYmip+cSbah7yRo9RPV6kyvve184LrUsKwRUQVi+h5w8T70A8B"
        "VXuE8QlXpXyHdWN8j6EKspIegoKxJJZaOZyuSLOY4TvqRMXD973+sbCWxfV5XaX9SgTQn46N"
        "zUysf4z7fPRKOlXXRXbdmWplEpdYsYt6gg9SGfUEw4X6noP85cwYWMeTV7fC3K6Sdd5WyCOJ"
        "TEB/EADt3GK/Q72wj6iUj1tyvBBrjs3K4gKGwgGvnRlf0dlEBk9XQJBe0zYhs3gyO3eCkFTn"
        "4jpNYXVbTa6LXXi5MYVi+UTpN2dwPFHp9wFgXrN7elcUO/5ZbZ3Hy5R3YL66WTy8x5dhb8nb"
        "Qa/MpbnOIJaXltylEv6egGgfUScbMvWkggKvu4zXJfDYJ7EbnTv1oXniKwGrcRI3Cvl75Zpk"
        "OewnorZFGwzvsUTibnz3QcxXug+1yp50ma6mYL7rDrM83PrXKnHVT/yc3UTcAGRO/ku/mtol"
        "c7APBSGxVUEUbNebVlgXmOWUqk1zelp40zTB1lQvinU0qRhqSn2YNnta9D6n+uXZ5sKTqjoD"
        "jmCwK2DJb51oTMUHLTik2b3rq347pZ/zJbI2ZhHiWBzqsyi+v4f7efLJFynQTrf9+l4iK2p/"
        "HPcN/ZpTzAmQNBL6YR8VlR/xd04VbHuwJ4NRj7Jf15s889ofxv2j7/Vbs2EELH6eP+w/aX/2"
        "AdW1sKnsOWeTtGyvNmnl5r/tz/zeLzKJ9Wtvy2TkzxdVsNR1kq4SAWTaz2wb8VPCZH/83i8j"
        "dQX+JpHE06WxblnM9TruA/6cp7x13vowm3/vo8I4q+y4j84hgH0y8cOI0U8jf7Hzn/fpYFnG"
        "45VIeH/fbcQr6kHvTMdwiifelI7JM34ciqUxv7XKK1gkXMMc53C3olurvcg+4Z63EDGDXosx"
        "/rQP83jp4vfyCvh1kczMQK+5VJ4GyGNECDbCyD/9Rh/nD+c9FzYgvfJhP+jlI/c0oWwrEIi+"
        "6W8rskR///Gjq2plWXFuO/ozz7Cvzwd9B2ALTEyDLO1QJ2pXuhYRF/I4LzNbg0Ge15nDFWJD"
        "IsM8miqxD0Ddjv0Aw55oKt9tb+N7iNn8FASPx9K4djZn5Iv5ExzR7fhh/8jnvlWv2Y77jtwm"
        "H/fV6RXyaorPb+9Y+K8N+L5T4Xr/i93jvEJBvlgruMa2xPZ0sOvEgvJlF52Qt13diaXKWsK+"
        "44J1L+3G9y18Hpzm2lmvt3prl3YUfs6VECd6LEjd7es8kz8hPl7GDnOoDdN3HvgSGfLrEwck"
        "nd9V0F8htgO6WAlkxAni5+c+Cr/7r/cZ8uLLv4zx0dv8uJ/iRXYExvxAez73d33dR+MPP/ur"
        "SeI6mRoIvu34HeEEIWJWJwr5r5j5Q/7H3NmW0j92aPwGdn+f22KJrISRL+akJamywHoiT6OL"
        "3vzstwF+0ZQ8GfZHId+jv4OLHeL5NhAY95Wdim6YZ0uWxwlDXr/G+eR5V8vxpD8TPrmaqLLJ"
        "6rCJ59cz8Ik8HrfDXCwo4k0iGPPTxup0GW0oJscExr8zGI9xvaFRPFplfB8poO68t4EYU68r"
        "bA5yX0yGfUOAZXwOxEJi4fD5wz59vO6lKze831Yf52/jvuxhX1OXD/uajjlZKdI0nvAd6gME"
        "wVg/1ycqJ4/QUnqeGeegAMMfTAx/BfHrDya+/jri//xfLLN/wQ=="
    ),
    "esp32c3": (
        "eNp1e1mTutry5Xc5r94IUMHhRvwfcjODzLMvHYrKpCJiCdjR370Tqsqqun37RJyoABlyZ65c"
        "uTLZv//9z75p/leTv47//Hs5YxjmX58nHrv7459/T+klTa9W0/XsX/8cdo/dP//+B4b/JNt+"
        "dHNFkZjlnee36o2Qubyn/fBxDyWp97yuIwGk6bJ4OKpurcy8mD52ejOTN42ulpe159LMlmHS"
        "OpUtbf20h4cKtuAowEGikrQSudbWoaU5PhUsUMa3yjwRQmKXpgj2RiCJxKWr4Kg59XS6m3eT"
        "Yp9wUC6bxbrdrayT5ddddZAFOm5rkALnOY8vCrndqYOQL8U9RU0m02mvKplk71iju1gz055f"
        "Loqd026onOXnFhqaBz+4HdX6Lj8+zgeBo0K/cwSo5Et1KJTJ2rqyzTxTDrFsrEyZP0T00nF2"
        "jh3dmMWVqSbUamarzy1z07VqypmnO5Wetl3Wq9k1pHXTjNaOWU9u2tWal4/UXT5nyaanns12"
        "cumLhbqQ68zjn1PwDznYLG14W3Z73bPPbFVl63NQvwSHU25r9URppXlVWPdu7jiP0o1tOAvd"
        "F/TW6eQ9qbV4yJTAOtXZkzHjhsocHnZmJtiZmV5Zb/2KevM+W9KPpC4PprSg14rtl//zz2fU"
        "f6NhukAw0P/653h93Pvx1JKZTlcMnnocO7zoH9uR5s4qpYzZSbXavVQyiQxEl7vFumAnCZx7"
        "DKV5hAoqUnFmSlrOIVQ4f9AnxWLMK2kvh7YTrw2zv8KGcEJ7msPMuHUteKSL4UPX+nNvwq3l"
        "uFQJZIXxZkTRwHaES3s/CD2/4m+0DUrjaC3g+9sEOK5WDdpTrJmerFvOI/iz0IYCqEkKwF9T"
        "EzbKQhFAMa8O4HsUG6ybXQBnk6aE3CGmLLZQVB+I1PLiOoKAGIVxnSm9jzitlu/HnUdS0OPW"
        "CwBEMa040Vno0rrN506TUuP6elMibepsWVN20svizFjyuXW9rIzVa/KRbZe7CFaHiItFmRxN"
        "0UE/CO1eJhtT7lptdn4tosyPCwUSQWltmWi6MG3t0Q6lL+acOJun/il7sroE0BXiwxcMeo9+"
        "1a8kvRgvVrw8b7vGrubiYziP9qE9/I2JFaVPJQ4CsWz9CDgT4Zg72/sumui66ixMgW1d9Lcl"
        "Zal7mzcXqmpjmVMulDHGzZC6NiOCvZeuiVKQNEH/noB3dHGwIzOTIY72cNzAtCg+EkC/Escf"
        "/IjxuIMRd/sAhni2+zlnzubn9hMntnkSH63gGHSE/tvoanPTeqILjl06u/0J4702u3RvKreL"
        "6m5NwYEL77ClEDPNHGJLDuBclF4iGgze3+kisRm2VobzZZ6F5t5oBV6lSyFdJAK3vVgG4iU1"
        "jeea6p3too54/zjYL6xKkjuGKtjlpXftIEO7o4GXWIaH5cQIyKkiziGcl2EyOe90gdjoL/5w"
        "7b2V55wianOLPYLPjtlIBGKI69Nk8KdMbE4k3swopwcR+JnKpf7i7DjkEa+8qZ/AM/7QyLKO"
        "roK+LpLLJ466wa9tUUECYqsjIeNz1/2IA1j4MmA+gCNqPX9QMR/yF7fXtMr9yLiFVFc+r9ol"
        "eE0svW4JjPhXeEbpuRtomi+0JfAquhnjJG1t+H/XjWG1bYg7OEM3xHMWwegHAtNMxzT5PuZg"
        "avvCan8qpCKiMN9afvv1PoHH90Q2n4RzzNshH3XSxHmnfv2u8+6Yr4x+xnycO0k63C++81Xj"
        "T0qP+cqpQlMSAk5SAJArCFaBz8s7fuCBCa/6Noy4QTszG6Tu9r4/+f/cn4IjSK/8Lm0a92sd"
        "AMuFKupl+H2criwVSChEgBjdtoRft4Ys2hzvtD4o6eFQMIas2ugnz4cWGb+YKWIUz7h0M+Bh"
        "wnfM8YTvEZ2lPl9hshGmlJtbgu/VBcbmCqIhFXVRB9xS+s6D1kTPa6L4fYxU2dswxIMQwd0I"
        "aqNIXV4L98r9wiWkzNf7bm0ixHNrCshTWNEKlkGMx5PXA+MhrPwANioopfvFa4RN3I0fNfF8"
        "q5dUGzYXurzbXsO6L3GvhU0qTevhPWWfe7rW2ciXgnsomfuSaoO7KzjF1vd5t9qbmbsTv/m+"
        "NYXDYq/aytl1A1C3q/Kcuw9Vs8uP3qXHfHodpj7JjnriKhcrnkznsP3mZ76KBO94nmLBO9Ae"
        "8UFn9sd3/rFBJ8xup8djebgM+ZbRu0NKn2TYmpJzow2nWERU4ItkZkzWKa+498MZr3Ocmyl2"
        "W6Yo0vidRynlimShbx5YJ9ZUYjH7iUbcRfDOs0lJBP+uwLQ8AyDvNO2lL5fS0z8UlJuIIIR1"
        "pi1UpQqJ84P3tVYdiPTFh8JHyVVV8iJYT8p23/IX00V+5zusW0Lr27xkBusU641ZAvhRb0uq"
        "QJcO5+5VlYTSwBsiaSW0c2bS+9WYP9N9gmG4S6UfVINd3zgBg//CCTdHp1Pp6ihfmTk/5gnW"
        "x031jXOCS9dExEFvIw7e66V6LgWUZu0uA02XGptUoJxF0ize9/XLH1wXiTm+BxaBfGW/1s/x"
        "7Lc9lZ6/82iivn+3VyWIcTzwlpC/+EM5xJHQLiq4BP17V0a+qmZWXZUfufOShdYRrltRiFta"
        "JYohdyA9FqxB96fJ9iVkoA7427757egeg8TWdlu9vWzxbxTppCBtyUUC1qHpS8E6LoBjSiL6"
        "nW/sAWA3dJ5EUi4/pz7qjJcEpu4uTksNcQiyYBNnd70izgTYy3xcer39iyffeJoIXtZhns1P"
        "c57xVaVdloB1dHKa5Oc5vcXnRiB2kNmHpDV170ztvvzDwzy/Hv5L3Rn9WzIH+brt5E0V9llo"
        "XVAfvflohTgrAeMmYNwwYE6+EFLfH/jv0x/Aa3j8C5/cTKn83EEeSP1g4EN+5EPdqtJpgjgf"
        "ntOFLdbZsf4KS8lvHOL0Aw/civSYCL5/HHEYs8srQCaWfvjGx8yOxMegB3tTI2wvOrYhEsB1"
        "IY9+41opa9dNf/xWUUdei220x5/vmpLyqu/ncek0Pot15fzEV+d9rboYjr/44UfD9Ah1pZS2"
        "0q5EvCJuPM6vD6hvUt60WpaqL9lPfhL7cHnz5oPVRR86ZxVN55mPtcEqoaFON+D0ywTr9ZbC"
        "otK7W9AX/vPmsYVqzfvTqtCeJVQt2YKrO5wNhVKUROnzLd5n4rHHlfUh9RPisEO3QdZB6mvx"
        "pIggvcoYUXa4zrTFomgreLQ+Y/OnAOs3GXjqFiHPxr537r7y2jSJ417mVfvUQPFl4p+2jzEP"
        "V0WOAXmsv/Rmp414UZhWvlYalOHhkezqiH7QfJ0mwuuxKlRsBXA9ROD0vHTQbk5wpo/nbnZY"
        "RswjutCTu3P1j3UeWqzTh2Odi1lfVsEQhroXcD62b37BDRK6uziwOdTIB+/6WaPOzW8rL49L"
        "0BA/L3FjIk88nNfh3nvrYk0npAxP5qCHs9btul6vOXbhkR3oyKPOXdVlrMIF//RWqK+8rE1I"
        "PF9EBEQJ8ZG/42hy1z+45ji/bKOUzwbe7d951V3DOnGqV+aX5K0zNb3Q6o+jP/CG/VNnbeUD"
        "9eHHieme0wna7ezRztbaZK1TiGmD+uiUiTNTXMPYV+iP/WTtzHRrLWLVURL9inWBO9l0PNnJ"
        "5CbKcfuktYt1z1pOxevENXEN/GuuCfYPJ7Ca/THA43DNF4iTz3pxfdooCwPth8+4DvUc4r1+"
        "21ltuDzb1cJ3vY01bj5FPVgyJ1m46A5xmSJFvZj5fuBsL3WNdsHTXsSTiYy6Qo67JW1x4sAT"
        "mRPR/nv9+vQxMaXqPqyDcoSHfyqEk8esHO9x0VHmx5/rzo89+W0Po73zCcq9PsWiNHVOYYX9"
        "mM2HOreWnYKJE6HH5xLLPsaTowz6YMeJFqpAvO2KwS/aWuhRN4PBdBG9uo1xVBffOpDjNsj/"
        "4v425Gs72GF4u9wjC+wn2g0dXKwiazWP9J/HR8SRDvNCOnkf7zySfvK+cGfp0C/yH9gnmv3X"
        "ulzR6U19clsQZ6zfi3OliCIH+RtPbaqXqcPxii7Yae8QAfQbOOQjfLA77/wxCXs2uZ5bM0J+"
        "os5nJ3ZOL4pao940PoyZp1os9jPqjO/aof5jXdtFfLpKfNCuzw0ICvddJzVuZx4lvvNsuCS+"
        "4fzggT3uV4mjzGWM3895iWOwTtXOzDqzrVY7jinmtvTm5dtCJ0hqBvaLWC9ezoM1pmt7vR6O"
        "Y+jOz9dSZParUQeOdsWGTICb9q2hiYD9LeJ0ksbYbKbKW2+oOruIDdEAbtv6gRjuj7yDCqQ6"
        "Il/h8fd1ykbkwv3JR36jwa+lkglVrL9iRkwsyaNf03qm7x3brJ1+sJMUKy7hy/ZoU5pO1sCf"
        "H9vB7i54ftn9+LL70XUCg5p6ifFOrRf7pIIo7q6of4NrybiCsFz46eIo5MfLnGkrcXHT5cR6"
        "kQcrygy7p+li1DOoP46HdBWP8wuHnRltZYlGyz2YrSNfjju+y7C+Jwu+yxPIj9WYX2UbYnUN"
        "2bINUGnO2JGfXB1Iy/34PRZF913P+DSd6DE5ul/rhtRNz2fUgWKyTezPuJPNN15TqV0/XBOf"
        "B9PGHuYfPNZpj0/1I3E8aWmsh74J9RBRPBKCLrSeINxl/hNHp5aiKKx3hJKPl9ohYz556xcW"
        "q2OSDMfoz4LZJpwrwCW7feJF+Ornkux6iwTu8ql/XLHoXkI5j6Z8NxWVPS06hxn1WXdE+ZN3"
        "zJgFG3GdAJd8xE53RXtBRoygzGq3ThIu0T9bZ1wP9/bHmQlG/6wsihr8dfjQdXKIa9Qvn/5Q"
        "YDX0Y9/+ipjw9f1c5EvEL/IIs6c/j9ub489en/z5tX6F9D/5r9XI95Lmf7+PSyPMb3gf86n7"
        "eUyelYyZcKJBud7LGIhbiZtT0BUL7JaHdVSf7zs7+8uLrn69TyAP1B074OrNr3XBHq/XUqgz"
        "AXmT4ilqgnwrfdQFnjdT8vv+ukadlTMtCavvdRMI3Yuuz10f8G9VBbvsGy8CiWMm0UDE/usb"
        "Nzwncp2gPfdU5sxM6bteYafXNa5NwLcv+e2sVb/t1kiZ6yASVRCY7uBTU+39vFho64zIZ7M8"
        "fuqLBX/9qscP5/t+jhif9fjrWAIW8ULzL32aAuc8se6gXwD7HW8N2mf9+PIDIzJ1pvzGAUCE"
        "faeQAGHjQLT8UG0wjyz/x5+n7/UDFFzo4/qC7r1+zsb6+OMPm4tRT8HkjQPOmD6atz3RGuo/"
        "9ihiWufVH1xC0Nebugrct79MIoaJUMG3HTp/CyvHze2geayeitVGDT9MDrdvHAuw2mlXRhQ9"
        "338ZDZ5Nt4Tcvv0Hk9nv5wtk3/q+IvHStKqcImFayEJ7zNO+U7V3/DVI4Uh/nVd+3sfxF/VW"
        "ioV0oZCfgBem4sd+JzrHGVW99fuLhkr8k38eV2vZ3/zZZKH74hYVUA725fKUrqv29RQawsRd"
        "sS4bgjpj0G+GtN8XS9mjEKca8CZKTW4u0gDM3GOpphaVX/E1ZvJh9EdnbLFkiJynz7BcuJzN"
        "SO5tN9bfCmbfeQm6uRP96idPPTuN3/E0CuIWJ7Xn18WOtbnWT2JB0iKlRZ4AX0c9t6Iuesy1"
        "yJHwc19lycSxU/s77kAuxAlqMd/nxOlS27oNsyLUUfapuExPVNw1G5IGF9SZqpD/5EcKLGHc"
        "lLzxZkgeSUp0giBuv3lM4j2ewG+83OOZKgATXKvboWCfDeqxBK/Xxd5RDsV9EXAkf/MxzUkV"
        "CZP8vNTlHPvn7cWiFy28suoBzGQuUzrqFMJ98xrw7Hdewy4b5pR8OMyLu2enb2zAOsl+2wVb"
        "KRE8jgZ9VkXrj588Df4zT4HX/zNPU/1uXG/Au2RRC3lyFIe4CTBbf9S/482DPI+Ct9+JX+c7"
        "DfV6YPOyvLbD2uOed4qEj2K7tQF5g+Unl3kzPyDfaWJ5nLwyxoF4/lyA+s57y7853dzRVVzP"
        "7b0eDvTw5q0fq6EunL7rgkdcMMz93/XY3EV03D88nWrKWdSq2y/8A/aTH8bv+yourvOh//z2"
        "i5V6GfWksvBQ7J4JB0N/pehpizoR6dSGviSCxW735/sxLNn989x8RCqb8OfZ6C8F5fJbJ4LB"
        "0yO/f70fsEM/SOTzutmbj+xfeIMN9v2KKDxWV8XqxKbwuyIubbHZpS9+e4OYMu8QLIxdtfMy"
        "xKXehvu3HzX+YR+DeuQP5zd/cK9F5Y/Xv3kRNvVZsjASclEw3qJhjoJtWneV+njjjulrQz2W"
        "usT92Nfq+fv35UMTw7e/OVBG3ObvvF5WQ/84Uftv/Er8410nSP++bj36F3hV+a3D+UkYsrv5"
        "+WaGS3a/OffHCNiDP8zRNrqc2dLKnllXCri3Hxlamr/XZ1V1Jv2qS6ZcrGOvVSvbecyw3tEn"
        "EULjsk652Dk4JJ5Z0TB/PwuYPyQBZWGL4O2ilB50ZGY07H4GYmhVdhK/XOz7bJ59zKeo2w/F"
        "dp+grpq9pkv8q894Z+WTIl5h3+vD95yXNDHGVVZlYboOeN1/AHiO5VGn+Ke/pYZ57jDPGee5"
        "XJ11ukJspc563UbdqJKJfiDUhDgXM+mwKExRv3L+YR04oVUyWxkkIyKtxqW8KU+HOXY78F0s"
        "kdcigqk/8KeodBzqTomCtS8BxHJux2oxMwTS7ouLvafAEQrBFiCvYi/rExCY4gq2Faj4vhD5"
        "k7OPKil3gcJKFzD1iFAr4oR60NmA/Dt+Z3hlC1z34DdlzmUpPgebzaaNMR+siDyZ0b+2nYx2"
        "KSxIFK7v1qJeQV1/CsJhTmp2tiA6rciDj/xNi2Y88T6I6hhlW8yppRWKqSTmj5lZdkkEWh2l"
        "61SGjSkTLJOTLCGX24lgUZOtm88Htg+Sjn4RdjGxD1LZxkrJJiHab3fUlA1iDcb3ArZzWNu2"
        "qimzSpK/uKB0m2z8TqXd3Gzn6era5rwMnH3aH4Qc9CtRsuJsYt/mh+dKNcXJiVoX2LjpDFYv"
        "yXh1LSyyVL9mSspruqv0t4jsuAXfVHtR4ndiTFk+cDtRqhZqkdce0L6JD8P3JYuLqe/3T+Z1"
        "6BJen6cxUPIEbRfyjRbN9Y3i3joNS2FxS2NsTg7qzNWbm5JNg5MKcem5jqCqTVmO89lbeKyx"
        "lb0SJudv9FFp2tPchuAaT/ZXIF9zQ8nCng79oAWX+rbjb+1OERj0rx7LXaxPznFwRb14ydHf"
        "ChaqLDPm6zZR2S7xPr/DmGfE7Xk74BVbEw79rvQVtpx6MxzzqQ/WLcS+XE9JnBZKGipK701z"
        "Tr8Mx9pmOL6L+XB9nCPrTLusWeQvba/1TWF2j40wbTa7Vlwe40d3mV3u8f4Rj3OtTVP1LwRA"
        "M8xHrAM9zi2H77WtXWccKv3qMsvUs2Y1Nu+mNsTtemdif+1mguHOdGlXGMWubOQM7+etapcP"
        "f6mq8iDNf80rDRjnxlM5pk5XURPHuvj93Yx2a636PdfSeFuYnxafc5piLqpG5KZwcGZGse7s"
        "nCuMuk75tfMyFpNU8Q62z+mzukawRlymDX4C1PvToS/i/EchUlX7xx7g5U97ArRHvvK34Jc9"
        "PPSZvhEdwnGdsedaKXBc3d2C8HP/UNLaKsAWUxOmlQau7jkgOQ7W6e9+P9WxvXR1/zb0HRNw"
        "4sn0ylFnOZ7cZI7V5SkIHmltfuzjFB/78PmVyvWAABc4TEipaDfMbhvURxtui37r+IWT6RpL"
        "gnXI6psVrHWO037NF2ib07RRH36v49XXetwezvbMkImvFt2uYdryl5+Bm+C6vcOptd7zL2OV"
        "//qOkASHi+pMdG59TB321/rAEAsP8VMk41yEWwde7ywvRT3Ot27mMD8j1M1Ffug+48Gf19YW"
        "tqUXOsJWfZTlxb1tseN69uFMTehzx0V79aAOdUpolV/xSJtq+N4hqO7EaCdULf72c7XZFaDZ"
        "kP/BDzcVhj79a44Cgs/HbXDmplc2pVFO4v3X+PL2U+PqsAU5++h0bYzL2tbo6uDmC1FSGD4a"
        "49PN59QN40aks4NN4nTg3Yl5YCnGI1Pbu/pxkRqfOvl6PE2y8OhlDMale9LCPYk4SDMH8ypj"
        "uIL7sJHQXrSQ6yY7zC1ScGnUGeRoB+94ahOPLG1eHObxZgXEvhfy6T45+vtdhjqI5T/e35Xu"
        "iI/F3nSc9eX1B+ccV444P01lhrpfF83vvOPTW19rrf8HD9c2PK3FpSFPUr6QnlGtdFv0F+rm"
        "4TkO4nAezcl/5O9NHeZRq9/5JaRTvB7xSTlJIT5t+PkexhdCGpXj76b8Ajrxh30QTEvLdH2W"
        "xf2zdyYWa0z08TtSfzvynZ2A2bDnJ/0HF3CJB1zIxdF6psXf+B/KNtkhf6J+53LntdildKKB"
        "pkUVsxj05Q7zkg8YG5iZvKCEKda2yIfBr5L0nuNfj/qWHJhCtG24+CeUIka0xReEpY11r520"
        "G30zSYf8djIL2yJPCAyYfpSoJz6Orck7a9thML/nqr6Zguhmj4UotFEp/swrY6azxVmqSg0T"
        "bOBvXOE80S1yzNjmz7ohLTIV+4v8F79yaV3NCxJHAUPH4vQ+ldsyKFot4X7Hu7jpktRCIR5s"
        "aNpDCTvTfLTS48mcpbjdBRBP8a95hu1UgiFPPFNCPTTrPoyiO8DP+yRu05RxnmEv/fPdoCuu"
        "W5rn7agg9tPWh+fbGJ9W2FZAi+AfX2TRYJ92X76udJBOjyXqCCs7SV6WJcP3f/8zPssrmOGc"
        "YWYPyqXF2X4yzMPtcZ6pq+JvP2TxZS20z+mSEmVmcr723aArH8XxkpC4LZZAdP1xXHkRNr3l"
        "/LniV6r4yfum/NHyBdYi6ed5JE1Pooy8ngqSrkxa1GXtVMO8Fp2L8di28jH7zX+KUF9yPULe"
        "z5xXOBv07HoSQ9meZIq58CV1mvNLPVqnMLmUX3XCRh7ZJ6j3Lt0piNbP8jOu3/OAI0EZ+8kD"
        "y3cdUe7rAPOUaTfT5xPzZKJd2y8/fPeVR06P0Y5pYxt7guBDGZVv28Nnffju12QT3ytiHagN"
        "Jw2keJZdSa+Javjx7mMPvba305pX2w/ls67VO2aSyR+92KBf17ISNJi3iG/rY9K6h09e/4UL"
        "gXOZVhGv1yCI99u/75doj/t4UqP/HWMnYd4cqMrC/Js/kD8m6fr2YMRBH1ywX5VZaiKmrIU6"
        "afISqRj1TyWSRUilfbLJ8bmZ/fHK6ANpqKMMOy1iB544HuX39xhlSh7DvhSQ1AVjiN1Yv2fq"
        "z9yxNtxuqgPdlBBa9K4d+OM9B5wMeXnnULfhc9XVUYH+KOe6Is/idexKpsu2u8fX+kXnaFpE"
        "a7F/scmqTIx0ZnVsa4tOLMpXnc8ewp84p/EXbyVUXyHBCbAT/8RzyynaqGfA3yjD766ubrHc"
        "PNiLRfxIxf4J/euwwT5cPfqDOOyvE1+QtPvj/HWceBl7ZCJdmrPLOi6Z0/XVvcTHNOkF1Odb"
        "+pB0rl4NulJLhz4LEjc4d9Vj98qaBG4PT6ObpY3/hy/jrs2bIu8+9sKiUfzeGeKBGuwUQyRc"
        "RDJ9qY+ZNXzP4QBcj4t90ZjdVYsJUIh8qG471a9+76UrXRSOzCzQtr54vkhhtNXY8ha6q+3G"
        "KPuLR7bGduxPTYkpSZGsY2iq+MWZaB/yRo5SP12lyvjd184LrksJwxYRVSyi5w0T70M/BFTt"
        "EcYnXJXyHdaN8TuGKshKeggKxpJYauVwuiLNYobvqBMVD+d7/WNhLYvr87pK+5UIoD8dG5uZ"
        "WP8Y9/nolXSqrovsujPVyiQusWIX9QQfpDLqCYYL9T0H+cuZMbCOJ69uhbldJeu8rZBHEpmA"
        "/iAA2rnFfod6YR9RKR+35Hgh1hyblcUFDIUDXjszvqKziQyeroAgvaZtQmbxZHbuBCGpzsV1"
        "msLqtppcF7vwcmMKxfKJ0m/O4Hii0u8DwLxm9/SuKHb8s9o6j5cp78B8dbN4+I4vw96St4Ne"
        "mUtznUEsLy25SyX8PQHRPqJONmTqSQUF3ncZ70vgsU9iNzp36kPzxFcCVuMkbhTy98o1yXLY"
        "T0RtizYYvmOJxN347oOYr3QfapU96TJdTcF81x1mebj13ipx1U/8nN1E3ABkTv5Lv5raJXOw"
        "DwUhsVVBFGzXm1ZYF5jllKpNc3paeNM0wdZUL4p1NKkYakp9mDZ7WvQ+p/rl2ebCk6o6A45g"
        "sCtgyW+daEzFBy04pNm966t+O6Wf8yWyNmYR4lgc6rMovs/D/Tz55IsUaKfbfp2XyIraH8d9"
        "Q7/mFHMCJI2EfthHReVH/J1TBdse7Mlg1KPs1/0mz7z2h3H/6Hv91mwYAYuf1w/7T9qffUB1"
        "LWwqe87ZJC3bq01auflv+zO/94tMYv3a2zIZ+fNFFSx1naSrRACZ9jPbRvyUMNkfv/fLSF2B"
        "v0kk8XRprFsWc72O+4A/5ylvnbc+zObf+6gwzio77qNzCGCfTPwwYvTTOM9ayD/f08GyjMcr"
        "kfD5vtuIV9SD3pmO4RRPvCkdk2f8OBRLY35rlVewSLiGOc7hbkW3VnuRfcI9byFiBr0WY/xp"
        "H+bx0sXz8gr4dZHMzECvuVSeBshjRAg2wsg//UYf5w/nPRc2IL3yYT/o5SP3NKFsKxCIvulv"
        "K7JEf//xo6tqZVlxbjv6M8+wr88HfQdgC0xMgyztUCdqV7oWERfygIvYbAwGeV5nDleIDYkM"
        "82iqxD4AdTv2Awx7oql8t72N3yFm81MQPB5L49rZnJEv5k9wRLfjh/0jn/tWvWY77jtym3zc"
        "V6dXyKspvr+9Y+G/NuD7ToXr/S92j/MKBflireAa2xLb08GuEwvKl110Qt52dSeWKmsJ+44L"
        "1r20G+e8fBac5tpZr7d6a5d2FH7OlRAneixI3e3rOok/IT5exg5zqA3Tdx74Ehny6xMHJJ3v"
        "VdBfIbYDulgJZMQJ4ufnOQq//6/PGfLiy7+M8dHb/Lif4kV2BMb8QHs+93e97Ul+9leTxHUy"
        "NRB82/E7wglCxKxO1LbliumY/zF3tqX0jx0cr8Pu73ttvSGVMPLFnLQkVRZYT+RpdMHzzk+f"
        "s2hKngz7o5Dv0d/BxQ7xehsIjPvKTkU3zLNNy+GEIa9f43zyvKvleNKfCZ9cTVTZZHXYxPPr"
        "GfhEHo/bYS4WFPEmEYz5SbU6XUYbiskxgfHfGYzHuN7QKB6tMn6PFFB33ttAjKnXFTYHuecn"
        "w74hwDI+B2IhsXD4/mGfPt730pUbPm+rj/O3cV/2sK+py4d9TcecrBRpGk/4DvUBgmCsn+sT"
        "lZNHaCk9z4xzUIDhH0wM/wri1z+Y+PrXEf/n/wIE9nuA"
    ),
    "esp32c6": (
        "eNp1e1mTutry5Xc5r94IUMHhRvwfcjODgMzgS4eiMomIWAJ29HfvhKqyqm7fPhEnKkDYQ+bK"
        "lSuT/fvf/xya5n812ev0z7+XM4Zh/vV547G/P/7595RezebrGbtc/Ouf4/6x/+ff/8Dwn2RZ"
        "j26uKBKzvPP8Tr0RMpcPtBc87oEk9a7bdcSHJFnmD1vVtyszy6ePvd7M5E2jq0W5dh2a2TFM"
        "UifyVls/rWFQwRJsBTiIVZJUItdaOrQ0xyfCFpRxVpknQkCswhTB2ggklrhk5Z80u55O9/Nu"
        "kh9iDopls1i3+9X2vPXqrjrKAh21NUi+/ZxHpUJud+ooZEvxQFGTyXTaq0oqWXvW6MrtzLTm"
        "ZalYGe0EykV+7qChefD820mt7/Lj43IUOCrwOluASi6rY65M1tsr28xT5RjJxsqU+WNIL217"
        "b1vhjVlcmWpCrWaW+twxN12rppx5vlPJedelvZpeA1o3zXBtm/Xkpl238+KROMvnLN701LPZ"
        "Tco+X6gLuU5d/jkF75iBxdKGu2N31wP7TFdVur749UuwOeW2Vs+UVphXhXXu5p5zKd3YBbPA"
        "eUG/PZ/dJ7UWj6nib891+mTMqKFSm4e9mQpWaiZX1l2/wt68z5b0I66Loykt6LViecX//PPp"
        "9d9oYBaLOY0gOV0f9/7z1hRvzGf/+udx6vChfyxbmhPGBqM/iRYcpIKJZSC63C3WOTuJ4dKj"
        "K80TVFCRijMT0nI2oYL5oz0JlmJeSVse2068NszhChvCCe15DjPj1rXgki6CD13rL70Jt5bj"
        "EsWXFcadEUUDyxbK9h4LqQD8jbZAaWytHeZvY+C4WjVaR7AkPV63nEvwZ6ENBFDjBIC/JiZs"
        "lIUiAM5vA86jWLC9WTlwFmkKyGxiymILefWBSC1KxxYExCiM+0zoQ8hptXw/7V2SgB61rg8g"
        "iknFifZCl9ZtNieVDeP+OFMibWLvWFO2k3JxYbbypXXctIjUa/yR7pb7EFbHkItEmZxM0UY7"
        "CO1BJhtT7lptdnktwtSLcgViQWktmWi6MG2tcR1Kn885cTZPvHP6ZHUJoMvFhycY7R7tql9J"
        "UhovViyft31jVXPxMdzX9GE9/I2JFKVPJA58sWi9EDgT4ZjZu/s+nOi6ai9MgW0dtPdWShPn"
        "Nm9KqmojmVNKyhj9ZkhdmxLBOkjXWMlJEqN9z8DbujisIzXjwY/WcN3ANM8/YkC7Etsb7Ij+"
        "uIMRdQcfBn+2hzlnzuaX9hMnlnnGtQq2gf6yuI2uNjetJ7pgW4W9P5zQ38TskoOp3ErV2ZmC"
        "DSVvs4UQMc0coq3swyUv3Fg0aHyf6CKxGLZWhvtFlgbmwWgFXqULIVnEArcrtwbiJTGN55rq"
        "7d2iDnnvNKxfWBUksw1VsIqydyw/xXWHAy+xDA/LieGTc0XsYzAvgnhy2esCsdBefHxNPXDt"
        "c0htbpFLcOyIDUUghrg+TwZ7ysTiROLOjGJ6FIGfqVziLS62TR7Ryp16MTyjD40s6/Aq6Os8"
        "LqkRR2Swa5tXEIPY6kjIOO66H3EAC08GjAewRa3nYxXjIXtxB02rnI+UW0h15fGqVYDbRNLr"
        "FsOIf4VnlJ67gaZ5QlsAr6KZ0U/SzoL/d9/oVsuCqIMLdIM/ZyGMdiAwTXUMk+9rDqaWJ6wO"
        "51zKQwrjreV3X/MJPM4TWnwczDFuh3jUSRNlnfr1u847Y7wq+gV3NCeRDfi++I5XjT8rPcYr"
        "pwpNQQjYcQ5AriBscxwv6/iBBzhe9SwYcYP2Si2Qutv7/fj/834CtiC9sru0aZyvfQAsF6qo"
        "F8H3dbLaqkACIQTE6K4l/Lo1ZNHieLv1QEmOx5wxZNVCO7ketMj4+UwRw2jGJZsBDxzfMacz"
        "ziPaS32+wmAjTCE3txjn1QXG4nKiIRV1YQfcUvqOg9ZEy2ui+H3NmNfegsEfhAjORlAbReqy"
        "WrhXzhcuIWG+5ru1sRDNt1NAnsKMlrMMYjyavB7oD2Hl+bBRQSmcL14jbOxsvLCJ5qriQxs0"
        "JV3cLbdhnZd40IImkab1ME/RZ66udRbypeAcC+a+pFr/7gh2vvM83qkOZursxW++b03huDio"
        "lnJxHB/U3aq4ZM5D1azio3foMZ5ex6lH0pMeO0q5jSbTOey++ZmvQsE9XaaY8I60SzzQmcPp"
        "HX+s3wmz2/nxWMblEG8pvT8m9FmGnSnZN9qw80VI+Z5IZsZknfCKc48v+Jxt30yx2zF5nkTv"
        "OEooRyQLffPAPLGm4i1zmGjEWfjvOJsURPDuCkyLCwDyTtOWfbGUnt4xp5xYBCGoU22hKlVA"
        "7B+8r7XqSKQvPhQ+Cq6q4hfBfFK0h5YvTQf5ne8wbwmtZ/GS6a8TzDdmAeCFvSWpAl3YnHNQ"
        "VRJIA2+IpJVwnTOTPqzG+JkeYnTDXSo8vxrW9Y0TMPgvnHBzlUFVtjrJV2bOj3GC+XFTfeOc"
        "4NY1EXHQW4iD936pnksApVm7TwHzRWORCpSLSJrF+71++YPrPDbHeWDhy1f2a/8cz36vp9Kz"
        "dxxN1Pfv1qoAMYoG3hKyFx8Xgx8J7aCCi9G+d2Xkq2q2raviI7NfstDawnUnClFLq0Qx5A6k"
        "x4I16P482b2EFNQBf7s3v52ckx9b2n6nt+UO/4ahTnLSFlwoYB6avhTM4wLYpiSi3fnGGgB2"
        "Q+NJJOGyS+KhznhJYOrO4rzUEIcgI6vY++sVcSbAQeajwu2tXzz5xtNEcNMO42x+nvOMpyrt"
        "sgDMo5PzJLvM6R2OG4LYQWod49bU3Qu1/7IPD/PsevwveWe0b8Ec5euukzdV0KfBtkR99Oaj"
        "FeKsAPSbgH5Dh9nZQkg8b+C/T3sAr+H1L3xyM6XyMht5IPH8gQ/5kQ/1bZVMY8T5ME4XtJhn"
        "x/wrLCWvsYndDzxwy5NTLHjeacRhxC6vAKlYeMEbHzMrFB+DHuRMjbC9aFuGSAD3hTz6jWul"
        "qB0n+bFbRZ14LbJwPd5cq3xwq+/xuGQaXcS6sn/8q/OeVpWG7S1++NEwXUJdKaWttCsRr4gb"
        "l/PqI+qbhDe3LUvVZfoTn8Q6lm/efLC66EFnr8LpPPUwN2wLaKjzDTi9nGC+3lF0qPTODvSF"
        "97y5bK5u5/15lWvPAqqW7MDRbc6CXMkLovTZDt8z8drlivqYeDGx2aHaIGs/8bRokoeQXOWC"
        "KtjhOdMS87ytUC8GYPEnPx3wiTx1CzEeIs+9dF9xbZrEdsp51T41UDyZeOfdY4xDyDN0yIP9"
        "0pudNuJFYVr5WmlQBMdHvK9D+kHzdRILr8cqR5Fg4X6IwOlZYeO6OcGePp772XEZMo+wpCd3"
        "++qd6izYsnYfjHkuYj1ZBUMY8p7PeVi+eTk3SOiutGET18gH7/xZo87Nbis3iwrQED8vcWMi"
        "TzzsV3xPPZKv6ZgUwdkc9HDaOl3X6zXHLlyyBx151L6ruoxZOOef7gr1lZu2MYnmi5CAKCE+"
        "srcfTe76B9cc5xVtmPDpwLv9O666a1DHdvVKvYK8daam51r9cfIG3rB+8qylfKA+/Dgz3XM6"
        "wXXbB1xnu92krZ2LSYP66JyKM1Ncw1hX6I/DZG3P9O1axKyjxPoV8wJ3tuhospfJTZSj9klr"
        "5faetpyKz4lr4hj411wTrB/OsG0OJx+vgzWfI04+88X1aaEs9LUfPuM61HOI9/q9zmrDZem+"
        "Fr7zbaRx8wvqwYI5y0Kp28Rh8gT1Yup5vr0r6xrXBU9rEU0mMuoKOeqW9JYTB55I7ZD23vvX"
        "p4+JKVX3YR+ULTy8cy6cXWZlu49SR5kffe47O/Xk93oY7R1PUBz0KSalqX0OKqzHLD7QubVs"
        "50wUCz2OS7bWKZqcZNCHdZxpofLF2z4f7KKthR51MxhMF9Kr2+hHdfGtAzlug/wvHm5DvLbD"
        "Ogx3n7lkgfVEu6H9cpunreaS/vP6hDjSYZ5LZ/fjHUfST9znziwZ6kX+A+tEs//alyPavalP"
        "bgtij/l7cakUUeQge+OpTfQisTle0QUr6W0igH4Dm3wED3bvXj4mQc/G10trhshP1OViR/b5"
        "RVFr1JvGh9E7oqViPaPO+K4d8j/mtX3IJ6vYA+363ICgcN95UuP25kniO9eCMvYM+wcP7Omw"
        "im1lLqP/fu5LHIN5qrZn2wvbarVtm2JmSW9evi10gqRmYL2I+eJlP1hjurbW6+E6gu7yfC1F"
        "5rAadeC4rsiQCXDTvjU0EbC+RZxOkgiLzUR56w1VZxeRIRrA7VrPF4PDibdRgVQn5Cu8/n5O"
        "2Ygc/uYhv9Hg1VLBBCrmXzElJqbk0a5JPdMPtmXWdj+sk+QrLuaL9mRRmk7WwF8eu2Hdnf/8"
        "Wvfja92PrhMY1NRL9HeyfbFPyg+j7or6178WjCMIy4WXLE5CdirnTFuJi5sux9sXebCizLAH"
        "ms5HPYP643RMVtHYv7DZmdFWW9FouQezs+XytOe7FPN7vOC7LIbsVI3xVSBv81rAFq2PSnPG"
        "jvzk6EBa7sfukSg673zGJ8lEj8jJ+do3JE5yuaAOFONdbH36nWy+8ZpI7frhmDgeTBtr6H/w"
        "mKddPtFPxHalpcEOdRPqIaK4JABdaF1BuMv8J47OLUVRmO8IJZ/K2h7ryN5dvzBZneJ4uEZ7"
        "5swu5hwByvT2iRfhq56L0+stFLjyU/84Yt69hGIeTvluKioHWrSPM+oz74jyJ++YEYtZrBt6"
        "MPFHZHdXXC/IiBGUWe3OjoMl2mdnj/vh3va4MP5on9WWogZ7HT90nRyjGvXLpz0UWA312Le9"
        "QiZ4fY+LfIn4RR5hDvTndXuzvdnrkz+/9q+Q/if+tRr5XtK87/m4JMT4hvc1nzif1+RZyXpB"
        "nWlQrvciAuJU4ubsd/kCq+VhH9XnfBf7UL7o6td8Anmg7tgDV29+7QsO+LyWQJ0KyJsUT1ET"
        "5Fvpo87xvpmQ3+/XNeqsjGlJUH3vm0DglLo+dzzAv1Xl79NvvAgkiphYAxHrr2/c8JzIdYL2"
        "PFCpPTOl73yFlV7XOBYBzyqz20Wrfq9bI0Wmg0hUQWC6o0dNtfd4kdDWKZEvZnH61BcL/vqV"
        "jx/29/scMT7z8de1BCziheZf+jQBzn5i3kG7ANY77hq0z/zxZQdGZOpU+Y0DgBDrTiEGwka+"
        "uPUCtcE42no/9jx/7x8g5wIP9+d37/1zFubHH3tYXIR6CiZvHHDG9NG81xOuof6zHkVM6qz6"
        "g0vw+3pTV77ztpdJxCAWKvheh87fgsp2MstvHsyHYEHY8EPncPfGsQCrvXZlRNH1vJfR4N1k"
        "R8jt234wmf0eXyCH1vMUiZemVWXnMdNCGlhjnPadqr39r0ECJ/rrvvIzH8eX6q0Qc6mkkJ+A"
        "F6bix2Ev2qcZVb31+4uGSvwTfy5Xa+nf+NmkgfPiFhVQNtbl8pSuq/b1FBrCRF2+LhqCOmPQ"
        "b4Z0OORL2aUQpxrwJkpNbi7SAMzcZammFpVf/jVm8nG0R2fsMGWInKvPMF04nMVIzm0/5t8K"
        "Zt9xCbq5F73qJ05dK4ne/jRy4uQnnI/ke9biWi+OBEkLlRZ5Ajwd9dyKKvWIa5Ej4ee9aisT"
        "20qsb78DKYnt12J2yIjdJdb2NvSKUEdZ57ycnqmoazYk8UvUmaqQ/cRHAixhnIS88WZILokL"
        "NIIg7r55TOJdnsBvvNyjmSoA41+r2zFnnw3qsRif18XeVo75feFzJHvzMc1JFQni7LLU5Qzr"
        "5125pRctvNLqAcxkLlM66hTCffMa8Ox3XMM+HfqUfDD0i7tnp28swDzJfq8LdlIsuBwN+qwK"
        "1x8/cer/Z5wCr/9nnCb63bjegHfIohay+CQOfhNgtv6of/ubB3ke+m+7E6/O9hrqdd/iZXlt"
        "BbXLPe8UCR75bmcB8gbLT8p5Mz8i32licZq8UtS30fy5APUd91vvZndzW1dxP7f3fjjQg5u7"
        "fqyGvHD+zgsuccAwD3/3Y3GlaDt/eDrRlIuoVbdf+AesJz+M3+9VXFRnQ/35bZdt4qbUk0qD"
        "Y75/xhwM9ZWiJy3qRKRTC/qCCFt2d7jcT0HBHp6X5iNU2Zi/zEZ7KSiX3zoRDJ4e+f1rfsAK"
        "/SiRz+dmbz6yfuENNlj3K6LwYErBImKTe10eFZbY7JMXv7tBRJl38BfGvtq7KeJSb4PD244a"
        "/7BOfj3yh/2bP7jXovLG59+8CJv6Im3RE3KeM+6iYTD/m9u7Sn28ccf0taGeCl3iftbX6tn7"
        "9+VDE4O3vTlQRtxm77heVkP9OFH7b/xK/OOdJ0j/fm492hd4Vfmtw/lJELD7+eVmBkv2sLn0"
        "pxDYozf00Ta6nFrSypptrxRwbzsytDR/729b1an0Ky+Zcr6O3FatLPsxw3xHn0UIjHKdcJF9"
        "tEk024ZD//0iYPyQGPOiJYK7DxN60JGp0bCHGYjBtrLi6OVg3Wfx7GM+Rd1+zHeHGHXV7DVd"
        "4l99xtsrLI6jFda9Hnz3eUkToV9lVRama5/XvQeAa29d6hz91LfU0M8d+jljP5er005XiKXU"
        "aa9bqBtVMtGPhJoQuzTjDpPCFPUr5x3Xvh1sC2Yng2SEpNW4hDfl6dDHbge+iyTyWoQw9Qb+"
        "FJWOQ90pUbD2JIBIzqxIzWeGQNpDXloHCmwhFywBsipy0z4GgcmvYG19FecLkD8566SSYu8r"
        "rFSCqYeEWhE70P3OAuTf8TvDK13gvge7KXMuTXAcLDabNsJ42IbkyYz2tax4XJfCgkTh/m4t"
        "6hXU9Wc/GPqkZmcJot2KPHjI37RoRhP3g6i2UbT5nFpuAzGRxOwxM4suDkGrw2SdyLAxZYJp"
        "cpLGpLydCSY1eXvzeN/yQNLRLsI+ItZRKtpIKdg4wPVbHTVl/UiDcV7Acg5z2041ZVaJsxfn"
        "F06Tjt+ptJuT7l1dXVucm4J9SPqjkIF+JUqaX0ys27zgUqmmODlT6xwLN53B7CUZr66FRZro"
        "11RJeE13lP4Wkj234JvqIEr8XoyorQfcXpSqhZpntQu0Z+JgOF+8KE39cHgyr2MX8/o8iYCS"
        "J7h2Idto4VzfKM6t0zAV5rckwuLkqM4cvbkp6dQ/qxAVrmMLqtoUxdifvQWnGkvZK2Ey/kaf"
        "lKY9zy3wr9HkcAXy1TeUtljToR00v6xve/7W7hWBQfvqkdxF+uQS+VfUi2WG9lYwUaWpMV+3"
        "scp2sfv5Hca8IG4vuwGvWJpwaHelr7Dk1Jvhmk882N4CrMv1hERJriSBovTuNOP0crjWNsP1"
        "XcyG56MMWWfapc0ie2kHrW9ys3tshGmz2bfi8hQ9unJW3qPDIxr7Wpum6l8IgGboj2yP9Ni3"
        "RD/arVWnHCr9qpyl6kXbNhbvJBZE7XpvYn3tpILhzHRpnxv5vmjkFN/nt9U+G/5SVeVCkv3q"
        "Vxow9o2nckSdr6Imjnnx+7sZ7dRa9buvpfGWMD8vPvs0+VxUjdBJ4GjPjHzdWRmXG3Wd8Gv7"
        "ZSwmieIeLY/TZ3WNYA25VBvsBKj3p0NdxHmPXKSq9s96gJc/1+PjeuQrf/N/rYeHPtU3ok04"
        "rjMOXCv5tqM7OxB+3h9SWlv5WGJqwrTSwNFdGyTbxjz9Xe8nOpaXju7dhrpjAnY0mV456iJH"
        "k5vMsbo8BcElrcWPdZziYR0+v1KZ7hPgfJsJKBXXDbPbBvXRhtuh3Tp+Yae6xhJ/HbD6ZgVr"
        "neO0X/0F2uI0bdSH3/t49bUetceLNTNk4ql5t2+YtvhlZ+AmuG/3eG637/6Xscp+fUeI/WOp"
        "2hOdW58Sm/21PzDE3EX85PHYF+HWvtvbyzKvx/7WzRz6Z4S6OcgP3ac/+Mt6u4Nd4Qa2sFMf"
        "RVE6tx1WXM8+mKkxfem48KAe1SFPCa3yyx9JUw3fOwTVmRjthKrF33auNvscNAuyP/jhpsJQ"
        "p3/1UUDw+Kj1L9z0yiY0ykl8/xqVbzs1jg47kNOPTtdGv6wtja6OTrYQJYXhw9E/3XxO3dBv"
        "RLrYWCROB96dmEeWYlwytdyrF+WJ8amTr6fzJA1ObsqgX7onLdzjkIMktVlTThku5z4sJLQX"
        "LWS6yQ59iwQcGnUGOVn+25/axCVLixeHfrxZAbHuuXy+T07eYZ+iDmL5j/d3pTviY3EwbXtd"
        "vv7gnOOKEefnqcxQ9+ui+R13fHLra631/uDh2gbntbg05EnC59IzrJVuh/ZC3TyMYyMO5+Gc"
        "/Ef83tShH7X6HV9CMsXnEZ+UHefi04Kf72F8LiRhMf5uyi+gY284B8G0tEzXF1k8PHt7smWN"
        "iT5+R+pvJ76zYjAb9vKk/+ACymjAhZyfts8k/+v/Y9HGe+RP1O9cZr8W+4SONdC0sGIWg77c"
        "Y1zyPmMBM5MXlDDF3BZ6MNhVkt59/OtJ35Ejk4uWBaV3RilihDucICgszHvtpN3om0kyxLed"
        "brEscgXfgOlHgXri49SavL22bAbje67qmymITvpYiEIbFuJPvzJiOkucJarUMP4G/voVLhN9"
        "S04p2/zZNyR5qmJ9kf3iVy6pq3lOotBn6Eic3qdyW/h5q8Xcb3/nN12SWsjFowVNeyxgb5qP"
        "Vno8mYsUtXsfoin+NS+wm0owxIlrSqiHZt2HkXdH+JlP4jZNEWUp1tI/3w26/Lqjed4Kc2I9"
        "LX0Y30L/tMKuAloE7/QiiwbrtPvydaX9ZHoqUEds07Pkpmk8fP/3Pv2zvIIZzBlm9qAcWpwd"
        "JkM/3Br7mboq/rZDGpVroX1Ol5QoM5PLte8GXfnIT2VMojZfAtH1x2nlhlj0FvPnil+p4ifv"
        "m/JHy+eYi6Sf8UiSnEUZeT0RJF2ZtKjL2qmGcS3apfHYtfIp/c1/ilCXmR4i76f2K5gNenY9"
        "iaBozzLFlHxBnef8Ug/XCUzK4itPWMgjhxj1Xtmd/XD9LD79+t0POBGUsZ88sHznEeW+9jFO"
        "mXYzfT4xTibatf2yw3ddeeL0CNcxbSzjQBB8KKOyXXv8zA/f9Zps4rwi5oHasBNfimbplfSa"
        "qAYf7zr22GsHK6l5tf1QPvNavWcmqfzRiw3adS0rfoNxi/jefkxa5/jJ679wIXAO0yri9er7"
        "0WH3d36JdrmPJzXa3zb2EsbNkaq2GH/zB/LHJFnfHow46IMS61WZpSZiwm5RJ01eIhWh/qlE"
        "sgiopI83GY6bWh+vlD6ShjrJsNdCduCJ00l+f49RpuQxnEsBSV0whtiN+Xum/vQda8PppjrQ"
        "TQHBlt63A3+8+4CTIS7vHOo2HFddnRToT3KmK/IsWkeOZDpsu3987V+0T+aWaC3WLxZZFbGR"
        "zLYd21qiHYnyVefTh/DHz0n0xVsx1VdIcALsxT/+3HGKNuoZ8DbK8LujqztMNw+23BIvVLF+"
        "QvvarH8IVo/+KA7n68QXxO3hNH+dJm7KnphQl+bsso4K5nx9dS/xMY17AXXdjj7GnaNXg67U"
        "kqHOgtjxL1312L/SJobbw9XoZmnh/8HLuGvzJs+6j4OwaBSvtwd/oAY7RxAKpUimL/XRm8P3"
        "HA7AcbnIE42+Fi3FRyHyoTrtVL96vZusdFE4MTNf23nipZSCcKexxS1wVruNUfSlS3bGbqxP"
        "TYkpSB6vI2iq6MWZuD7kjQylfrJKlPG7r5XlXJcQhs1DKl+EzxsG3od+9KnaJYxHuCrhO8wb"
        "43cMVZCV5OjnzFZiqZXN6Yo0ixi+o85UNNzv9Y/Fdplfn9dV0q9EAP1pW1jMRPrHeM5Hr6Rz"
        "dV2k172pViZxyDZyUE/wfiKjnmC4QD9wkL3sGQPraPLqVhjbVbzO2gp5JJYJ6A8CoF1arHeo"
        "F9YRlfJxi08l2c6xWFmUYCgc8NqF8RSdjWVwdQUE6TVtYzKLJrNLJwhxdcmv0wRWt9XkutgH"
        "5Y3Jla1HlH5zAdsVlf7gA8Y1e6D3eb7nn9XOfrxMeQ/mq5tFw3d8GQ5beTfolbk01xnE8nIr"
        "d4mEv8cgWifUyYZMPSk/x/fK8b0YHoc4csJLpz40V3zFsG3s2AkD/l45JlkO54n4Xd76w3cs"
        "kTgbz3kQ85UcAq2yJl2qqwmY77zDLONb6iHO1E/8XJxY3ACkdvZLv5pamdpYh4IQW6ogCpbj"
        "TivMC8xyStWmOT0v3GkSY2mq5/k6nFQMNaU+TIs9L3qPU73iYnHBWVXtAUcwrMtnyW+daEzF"
        "By3YpNm/86t+Oyef/SWyNvoAcSwO+VkU3/fhfpl88kUCtN3tvu5LZEUdTuO5oV99ijkBkoRC"
        "P5yjorIT/s6pgmUN60lh1KPs1/smz7wOx/H86Hv/29nQAhY/nx/On7Q/54DqWthU1pyzSFK0"
        "V4u0cvPfzmd+nxeZRPq1t2Qy8ueLylnqOklWsQAy7aWWhfgpYHI4fZ+Xkbocf5NI7OrSmLe2"
        "zPU6ngP+7Ke8dd76OJt/n6NCP6vseI7OJoB1MvGCkJE/+1ns/Od7Omy3xuMVSzi+5zTiFfWg"
        "e6EjOEcTd0pH5Bk9jvnSmN9a5eUvYq5hTnO4b8Nbq73IIeaetwAxg1aL0P+0B/No6eB9eQX8"
        "Oo9npq/XXCJPfeQxIvgbYeQfbqOP/YfLgQsakF7ZcB60/MhcTSjaCgSib/rbiizR3n/s6Kha"
        "UVSc0472zFKs67NB3wFYAhPRIEt71Inala7Fy4SMuIhM2mCQ53XmeIXIkMjQj6YKrANQt2M9"
        "wLBnmsr2u9v4HWI2P/v+47E0rp3FGdli/gRbdDp+OD/yeW7VbXbjuSOnycZzdXqFvJrg/O0d"
        "E/+1Ac+zK9zvf1n32K9QkC/WCu6xLbA8HdZ1ZkH5Whcdk/e6ujNLFbWEdUeJeS85j31ePvfP"
        "c+2i1zu9tQorDD77SogTPRKk7vb1HMeniI+XsccYaoPkHQeeRIb4+sJBMl+qoL8CLAd0sRLI"
        "iBPEz884On/4r+MMcfFlX8XAuODH8xQvsicwxgeu5/N819c4Jp//nK8msWOnqi94lu11hBOE"
        "kJlT1K4l+awY4j/iLpaU/FkHx+uw/zuvpTekEka+mJOWJMoC84k8DUu8b//UOYum4MlwPgr5"
        "Hu3tl1aAz1tAYDxXds7PQz9b23qcMMT1a+xPXva1HE36C+Fj1EyYZ1bHTTS/XoCP5fG6Hfpi"
        "fh5tYsF4nUSL6DKuIZ+c4s9/ZzBe434DI3+0yvg9UkDdeW99MaJeV9jEcipww7khwDQ+B7JF"
        "YuFw/uGcPr730pUbjrfTx/7beC57ONfUZcO5plNGVoo0jSZ8h/oAQTDmz/WZysgj2Co9z4x9"
        "UIDhH0wM/wri9z+Y+PzXEf/n/wIcCHuO"
    ),
    "esp32h2": (
        "eNp1e1mTstzS5X95bz0RoILDifgucjODgMzgTYeiMqmIqIAd/d87wSqr6vTpJ+IJA4U9ZK5c"
        "uTLZ9b//2dX1/6qz1+Gff88nDMP86/3FfXu7//PvMb2YTCdzmqH/9c9+e9/+8+9/oP8nWda9"
        "nSqKxMxvPL9Rr4RM5R3tBfdbIEmd67Yt8SFJ5vndVvX1wszy8X2r1xN5VetqcV66Ds1sGCap"
        "EnmtLZ9WP6hgCbYCHMQqSUqRaywdGprjE2ENyjCrzBMhIFZhimCtBBJLXLLwD5pdjcfbaTvK"
        "dzEHxbyeLZvtYn1ce1Vb7mWBjpoKJN9+TqOzQq43ai9kc3FHUaPReNypSipZW9Zoz+uJaU3P"
        "Z8XKaCdQTvJzAzXNg+dfD2p1k++P017gqMBrbQFK+Vzuc2W0XF/Yepoq+0g2FqbM70N6bttb"
        "2wqvzOzClCNqMbHU54a56lo55szjjUqOmzbt1PQS0LpphkvbrEZX7bKeFvfEmT8n8aqjnvVm"
        "dO7ymTqTq9Tln2Pw9hlYLG24G3Zz2bHPdFGmy5NfvQSbU65L9UhphXlRWOdmbjmX0o1NMAmc"
        "F3Tr49F9Uktxnyr++lilT8aMaiq1ediaqWClZnJh3eUr7Mwb+vkeV8XelGb0UrG84n/+eXv9"
        "NxoYmp7PFv/653C537r3V+MpzUwn//rnfmjxpn8sW5oSxgCjOwgW7KSCiWUgutzOljk7iuHU"
        "oSvNA5RQkpIzE9JwNqGC6b058JZiXkhz3jeteKmZ3QVWhBOa4xQmxrVtwCVtBA9d606dCdeG"
        "4xLFlxXGnRBFA8sWzs0tFhIa+CttgVLbWtPP38TAcZVqNA5vSXq8bDiX4M9CEwigxgkAf0lM"
        "WCkzRQCc3wacR7FgfbVy4CxSF5DZxJTFBvLygUgtzo4tCIhRGPaZ0LuQ0yr5dti6JAE9alwf"
        "QBSTkhPtmS4tm2xKSgOG/XGmRJrE3rCmbCfn2YlZy6fGcdMiUi/xI93MtyEs9iEXiTI5mKKN"
        "dhCanUxWptw22uT0moWpF+UKxILSWDLRdGHcWMM6lC6fcuJkmnjH9MnqEkCbi3dPMJot2lW/"
        "kORsvFjx/Lxua6ucivf+e03v18NfmUhRukTiwBeLxguBMxGOmb25bcORrqv2zBTYxkF7r6U0"
        "ca7T+kyVTSRzypkyBr8ZUtukRLB20iVWcpLEaN8j8LYu9utIzbj3o9Vf1zDO80cMaFdie70d"
        "0R83MKJ250Pvz2Y35czJ9NS8cWKZR1yrYBtNgPZb6Wp91TqiC7ZV2NvdAf1NzDbZmcr1rDob"
        "U7DhzNtsIURMPYVoLftwygs3Fg0anye6SCyGrZT++yJLA3NnNAKv0oWQzGKB25zXBuIlMY3n"
        "kurszawKee/Qr19YFCSzDVWwinPnWH6K6w57XmIZHuYjwyfHktj7YFoE8ei01QViob34+JIK"
        "4NrHkFpdI5fg2BEbikAMcXkc9faUicWJxJ0YxXgvAj9RucSbnWyb3KOFO/ZieEYPjcyr8CLo"
        "yzw+UwOOSG/XJi8hBrHRkZBx3GU34ABmngwYD2CLWsfHKsZD9uJ2mlY6j5SbSVXp8apVgFtH"
        "0usaw4B/hWeUjruCpnlCUwCvopnRT9LGgv933+hWy4KohRO0vT8nIQx2IDBOdQyT72sOxpYn"
        "LHbHXMpDCuOt4Tdf8wk8zhNafBxMMW77eNRJHWWt+vW7zjtDvCr6CeNxSiID8HnxE68af1Q6"
        "jFdOFeqCELDjHIBcQFjnOF7W8j0PcLzqWTDgBu2VWiC118/z8f/n+QRsQXplN2lVO1/7AJjP"
        "VFEvgu/rZLFWgQRCCIjRTUP4ZWPIosXxduOBkuz3OWPIqoV2cj1okPHziSKG0YRLVj0eOL5l"
        "DkecR7Tn+nSBwUaYQq6vMc6rC4zF5URDKmrDFri59B0HjYmW10Tx+5oxL50FvT8IEZyVoNaK"
        "1GaVcCudL1xCwnzNd21iIZqux4A8hRktZxnEeDR63dEfwsLzYaWCUjhfvEbY2Fl5YR1NVcWG"
        "JqjPdHGz3Jp1XuJOC+pEGlf9PEWXubrWWsiXgrMvmNucavybI9j5xvN4p9yZqbMVv/m+MYX9"
        "bKdayslxfFA3i+KUOXdVs4pH59BDPL32Y4+kBz12lPM6Go2nsPnmZ74MBfdwGmPC29Mu8UBn"
        "dodP/LF+K0yux/t9Hp/7eEvp7T6hjzJsTMm+0oadz0LK90QyMUbLhFecW3zC+2z7aorthsnz"
        "JPrEUUI5IpnpqzvmiSUVr5ndSCPOzP/E2agggndTYFycAJB36ubcFXPp6e1zyolFEIIq1Waq"
        "UgbE/sH7Uiv3RPriQ+FRcGUZvwjmk6LZNfzZdJDf+RbzltB4Fi+Z/jLBfGMWAF7YWZIq0IXN"
        "OTtVJYHU84ZIGgnXOTHp3WKIn/EuRjfcpMLzy35d3zgBg//CCTdVGRvBe5AvzJQf4gTz46r8"
        "xjnBrWsi4qCzEAef/VIdlwBKs2abAuaL2iIlKCeR1LPPc938B9d5bA7zwMyXL+zX/jme/V5P"
        "qWefOBqpn9+tRQFiFPW8JWQvPi56PxLaQQUXo31vysBX5WRdlcUjs1+y0NjCZSMKUUOrRDHk"
        "FqT7jDXo7jjavIQU1B5/mw+/HZyDH1vadqM35w1+hqFOctIUXChgHhq/FMzjiAhTEtHufG31"
        "ALui8SSScNkp8VBnvCQwdWd2nGuIQ5AFi9jbywVxJsBO5qPC7axfPPnB00hw0xbjbHqc8oyn"
        "Ks28AMyjo+MoO03pDY4bgthCau3jxtTdE7X9sg8P0+yy/y95Z7Bvwezly6aVV2XQpcH6jPro"
        "w0cLxFkB6DcB/YYOs7OZkHhez39vewCv4fUvfHITpfQyG3kg8fyeD/mBD/V1mYxjxHk/Ths0"
        "mGeH/CvMJa+2id31PHDNk0MseN5hwGHEzi8AqVh4wQcfEysU770e5EyNsJ1oW4ZIAPeFPPqN"
        "a6WoHCf5sVtJHXgtsnA93lQrbXDL7/G4ZBydxKq0f/yr855Wng3bm/3wo2G6hLpQSlNqFyJe"
        "EDcu51V71DcJb64blqrO6U98Emt//vDmndVFD1p7EY6nqYe5YV1ATR2vwOnnEebrDUWHSuds"
        "QJ95z6vL5up62h0XufYsoGzIBhzd5izIlbwgSpdt8DkTr12uqPaJFxOb7asNsvQTT4tGeQjJ"
        "RS6ogu3vMy0xz5sS9WIAFn/wMX+TnqeuIcZD5Lmn9iuuTZPYznlaNk8NFE8m3nFzH+IQ8gwd"
        "cme/9GarDXhRmEa+lBoUwf4eb6uQvtN8lcTC677IVSwFcD9E4PSssHHdnGCP78/tZD8PmXt4"
        "pkc3++IdqixYs3YXDHkuYj1ZBUPo857PeVi+eTnXS+j2bMMqrpAPPvmzQp2bXRduFhWgIX5e"
        "4spEnrjbr/iWCiRf0jEpgqPZ6+G0cdq20yuOnblkCzryqH1TdRmzcM4/3QXqKzdtYhJNZyEB"
        "UUJ8ZB8/mtzlD645ziuaMOHTnne7T1y1l6CK7fKVegX56ExNz7XqcfB63rB+8qylPFAfPo5M"
        "+xyPcN32DtfZrFdpY+diUqM+OqbixBSXMNQV+n03WtoTfb0UMesosX7BvMAdLToabWVyFeWo"
        "edLaeX1LG07F+8QlcQz8NJcE64cjrOvdwcfrYMnniJN3vrg8LZSFvvbDZ1yLeg7xXn3WWa64"
        "LN1Wwne+jTRuekI9WDBHWTjrNnGYPEG9mHqeb2/OVYXrgqc1i0YjGXWFHLVzes2JPU+kdkh7"
        "n/3r4/vIlMpbvw/KFu7eMReOLrOw3ftZR5kfvfedHTryez2M9oknKHb6GJPS2D4GJdZjFh/o"
        "3FK2cyaKhQ7HJWvrEI0OMuj9Oo60UPridZv3dtGWQoe6GQymDenFdfCjOvvWgRy3Qv4Xd9c+"
        "Xpt+HYa7zVwyw3qiWdH+eZ2njeaS7n19QBzpMM2lo/v4xJH0E/e5M0n6epF/YJ1odl/7ckS7"
        "M/XRdUbsIX/PTqUiihxkHzw1iV4kNscrumAlnU0E0K9gk0dwZ7fu6TEKOja+nBozRH6iTic7"
        "so8vilqi3jQeRucIlor1jDrh26bP/5jXtiGfLGIPtMtzBYLCfedJjduaB4lvXQvOsWfYP3hg"
        "D7tFbCtTGf33873EMZinKnuyPrGNVtm2KWaW9OHl60wnSGoG1ouYL172nTXGS2u57K8jaE/P"
        "11xkdotBBw7rigyZADfuGkMTAetbxOkoibDYTJSP3lB1dhYZogHcpvF8MdgdeBsVSHlAvsLr"
        "7/uUlcjhbx7yGw1eJRVMoGL+FVNiYkoe7JpUE31nW2Zld/06Sb7gYr5oDhal6WQJ/Om+6dfd"
        "+s+vdd+/1n1vW4FBTT1HfyfrF/uk/DBqL6h//UvBOIIwn3nJ7CBkh/OUaUpxdtXleP0id1aU"
        "GXZH0/mgZ1B/HPbJIhr6FzY7MZpyLRoNd2c2tnw+bPk2xfwez/g2iyE7lEN8FcjbvBawReOj"
        "0pywAz85OpCG+7F7JIrOJ5/xSTLSI3JwvvYNiZOcTqgDxXgTW2+/k9U3XhOpWd4dE8eDcW31"
        "/Q8e87TLJ/qB2K40N9i+bkI9RBSXBKALjSsIN5l/4+jYUBSF+Y5Q8uFc2UMd2bnLFyarQxz3"
        "12jPnNnEnCPAOb2+8SJ81XNxermGAnd+6x9HzNuXUEzDMd+ORWVHi/Z+Qr3zjii/eceMWMxi"
        "bd+DiR+R3V5wvSAjRlBmNRs7DuZon4097If72OPE+IN9FmuK6u21f+g62UcV6pe3PRRY9PXY"
        "t71CJnh9j4t8ifhFHmF29Pu6udre5PXmz6/9K6T7iX+tQr6XNO97Pi4JMb7hc80nzvuaPEtZ"
        "L6gjDcrlVkRAnFJcHf02n2G13O+jfM93snfnF13+mk8gd9QdW+Cq1a99wQ7v1xLAXIm8SfEU"
        "NUK+lR5Vjt+bCfn9fFWhzsqYhgTl974JBM5Z16eOB/hZlv42/caLQKKIiTUQsf76xg3PiVwr"
        "aM8dldoTU/rOV1jptbVjEfCsc3Y9aeXvdWukyHQQiSoITLv3qLH2GS8Smiol8sksDm99MeMv"
        "X/n4bn8/zxHjnY+/riVgES80/9LHCXD2E/MO2gWw3nGXoL3zx5cdGJGpUuU3DgBCrDuFGAgb"
        "+eLaC9Qa42jt/djz+L1/gJwLPNyf3372z1mYH3/sYXER6ikYfXDAGeN7/VlPuITqz3oUMamy"
        "8g8uwe+qVVX6zsdeJhGDWCjhex06fw1K28ksv74zD96CsOb7zuHmg2MBFlvtwoii63kvo8Zv"
        "kw0h12/7wWjye3yB7BrPUyReGpelncdMA2lgDXHatar28b8GCRzor++Vn/k4/qxeCzGXzhTy"
        "E/DCWHzstqJ9mFDlR7+/aCjFP/HncpWW/o2fVRo4L25WAmVjXS6P6apsXk+hJkzU5suiJqgz"
        "ev1mSLtdPpddCnGqAW+i1OSmIg3ATF2WqitR+eVfYyLvB3u0xgZThsi5+gTThcNZjORct0P+"
        "LWHyHZegm1vRK3/i1LWS6ONPIydOflATmuRb1uIaL44ESQuVBnkCPB313II66xHXIEfCz3Pl"
        "Wia2lVjffgdyJrZfidkuI3abWOtr3ytCHWUd8/P4SEVtvSKJf0adqQrZT3wkwBLGScgHb4bk"
        "krhAIwji5pvHJN7lCfzGyy2aqAIw/qW87nP2WaMei/F+XexsZZ/fZj5Hsg8f05xUkiDOTnNd"
        "zrB+3pzX9KyBV1regRlNZUpHnUK4b14Dnv2Oa9imfZ+SD/p+cfts9ZUFmCfZ73XBRooFl6NB"
        "n5Th8vETp/5/xinw+n/GaaLfjMsVeIfMKiGLD2LvNwEmy0f12988yNPQ/9ideFW21VCv+xYv"
        "y0srqFzueaNIcM83GwuQN1h+dJ7W0z3ynSYWh9ErRd6Jps8ZqJ+4X3tXu53auor7uX72w4Ee"
        "XN3lfdHnheN3XnCJA4a5+7sfizuLtvOHpxNNOYlaef2Ff8B68mH8fq7koirr689vu6wTN6We"
        "VBrs8+0z5qCvrxQ9aVAnIp1a0BVEWLOb3el2CAp29zzVj1BlY/40GeyloFz+6EQweHrg96/5"
        "ASv0vUTe900+fGT9whussO5XROHOnHmLiHXutXlUWGK9TV785goRZd7AnxnbcuumiEu9CXYf"
        "O2r83Tr41cAf9m/+4F6z0hvu//AirKqTtEZPyHnOuLOawTrfXN9U6vHBHdNVhnoodIn7WV+j"
        "Z5/f53dNDD725kAZcJt94npe9vXjSO2+8Svx90+eIN3nvuVgX+BV5bcO50dBwG6np6sZzNnd"
        "6tQdQmD3Xt9HW+lyakkLa7K+UMB97MjQ0vSzv3VZpdKvvGTK+TJyG7W07PsE8x19FCEwzsuE"
        "i+y9TaLJOuz77ycB44fEmBctEdxtmNC9jkyNmt1NQAzWpRVHLwfrPotn79Mx6vZ9vtnFqKsm"
        "r/EcP/UJby88kkcLrHs9+O7zkjpCv8qqLIyXPq97dwDXXrvUMfqpb6m+n9v3c4Z+Llelra4Q"
        "S6nSTrdQN6pkpO8JNSL22YxbTApj1K+ct1/6drAumI0MkhGSRuMS3pTHfR+76fkukshrFsLY"
        "6/lTVFoOdadEwdKTACI5syI1nxgCaXb52dpRYAu5YAmQlZGbdjEITH4Ba+2rOF+A/MlZB5UU"
        "W19hpTOYekioBbED3W8tQP4d3jO80hnuu7ebMuXSBMfBYrNuIoyHdUiezGBfy4qHdSksSBTu"
        "79qgXkFdf/SDvk9qtpYg2o3Ig4f8TYtmNHIfRLWNosmn1HwdiIkkZveJWbRxCFoVJstEhpUp"
        "E0yTozQm5+uRYFKT11eP9y0PJB3tImwjYu2loomUgo0DXL/VUmPWjzQY5gUs5zC3bVRTZpU4"
        "e3F+4dTp8J5Kuzrp1tXVpcW5Kdi7pNsLGegXoqT5ycS6zQtOpWqKoyO1zLFw0xnMXpLxahuY"
        "pYl+SZWE13RH6a4h2XIzvi53osRvxYhae8BtRamcqXlWuUB7Jg6G88Wzs6nvdk/mtW9jXp8m"
        "EVDyCNcuZCstnOorxbm2GqbC/JpEWJzs1Ymj11clHftHFaLCdWxBVeuiGPqz1+BQYSl7IUzG"
        "X+mDUjfHqQX+JRrtLkC++obSGms6tIPmn6vrlr82W0Vg0L56JLeRPjpF/gX14jlDeyuYqNLU"
        "mC6bWGXb2H2/hzFPiNvTpscrliYc2l3pSiw59bq/5hMP1tcA63I9IVGSK0mgKJ07zjj93F9r"
        "q/76Jmb9/VGGrDNu03qWvbSd1tW52d5XwrhebRtxfoju7XlyvkW7ezT0tVZ12b0QAHXfH1nv"
        "6aFviX60G6tKOVT65XmSqidtXVu8k1gQNcutifW1kwqGM9GlbW7k26KWU3yeX5fbrP+kytKF"
        "JPvVrzRg6BuP5Yg6XkRNHPLi93sz2qm08ndfS+MtYXqcvfs0+VRUjdBJYG9PjHzZWhmXG1WV"
        "8Ev7ZcxGieLuLY/TJ1WFYA25VOvtBKj3x31dxHn3XKTK5s96gJff6/FxPfKFv/q/1sNDl+or"
        "0SYc1xo7rpF829GdDQg/z/cprSl9LDE1YVxq4OiuDZJtY57+rvcTHctLR/eufd0xAjsajS8c"
        "dZKj0VXmWF0eg+CSxuKHOk7xsA6fXqhM9wlwvs0ElIrrhsl1hfpoxW3Qbi0/s1NdY4m/DFh9"
        "tYClznHar/4CbXGaNujD7328ukqPmv3Jmhgy8dS83dZMU/yyM3Aj3Le7PzbrT//LWGS/3iPE"
        "/v6s2iOdWx4Sm/21PzDE3EX85PHQF+GWvtvZ83NeDf2tq9n3zwh1dZAf2rc/+NNyvYFN4Qa2"
        "sFHvRXF2rhusuJ5dMFFj+tRy4U7dq32eEhrllz+SuuzfdwiqMzKaEVWJv+1crrY5aBZkf/DD"
        "jYW+Tv/qo4Dg8VHjn7jxhU1olJP4/CU6f+xUOzpsQE4fra4NfllaGl3unWwmSgrDh4N/2umU"
        "uqLfiHSysUgc97w7MvcsxbhkbLkXL8oT462TL4fjKA0ObsqgX9onLdzikIMktVlTThku5x4W"
        "EtqLFjLdZPu+RQIOjTqDHCz/409t5JK5xYt9P94sgVi3XD7eRgdvt01RB7H84/Ne6Yb4mO1M"
        "216eX39wznHFgPPjWGao22VW/447Prl2ldZ4f/BwaYLjUpwb8ijhc+kZVkq7QXuhbu7HsRGH"
        "03BK/iN+r2rfj1r8ji8hGeP9iE/KjnPxacHP+zA+F5KwGH435RfQsdefg2AaWqarkyzunp09"
        "WrPGSB/eI3XXA99aMZg1e3rSf3AB56jHhZwf1s8k/+v/fdHEW+RP1O9cZr9m24SONdC0sGRm"
        "vb7cYlzyPmMBM5FnlDDG3BZ60NtVkj59/MtB35A9k4uWBWfviFLECDc4QVBYmPeaUbPSV6Ok"
        "j287XWNZ5Aq+AeNHgXricWhM3l5aNoPxPVX11RhEJ73PRKEJC/GnXxkxrSVOElWqGX8Ff/0K"
        "p5G+JoeUrf/sG5I8VbG+yH7xK5dU5TQnUegzdCSOb2O5Kfy80WLut7/zqy5JDeTi3oK62Rew"
        "Nc17I92fzEmKmq0P0Rg/zRNsxhL0ceKaEuqhSfsw8nYPP/NJ3KouoizFWvrnvUGbXzY0z1th"
        "TqynpffjW+ifRtiUQIvgHV5kVmOddpu/LrSfjA8F6oh1epTcNI379//e2z/zC5jBlGEmd8qh"
        "xclu1PfDraGfqavibzuk0XkpNM/xnBJlZnS6dG2vK+/54RyTqMnnQHT9fli4IRa9xfS54Beq"
        "+OZ9U340fI65SPoZjyTJUZSR1xNB0pVRg7qsGWsY16J9Nu6bRj6kv/lPEapzpofI+6n9Cia9"
        "nl2OIiiao0xhDVJQxyk/18NlAqNz8ZUnLOSRXYx679we/XD5LN5+/e4HHAjK2DcPzD95RLkt"
        "fYxTplmNn0+Mk5F2ab7s8F1XHjg9wnWMa8vYEQQfyqhs0+zf+eG7XpNNnFfEPFAZduJL0SS9"
        "kE4T1eDxqWP3nbazkopXm4fyzmvVlhml8qMTa7TrUlb8GuMW8b1+jBpn/+b1X7gQOIdpFPFy"
        "8f1ot/k7v0S73ONJDfa3ja2EcbOnyjXG3/SO/DFKltc7I/b64Iz1qsxSIzFh16iTRi+RilD/"
        "lCKZBVTSxasMx02txyul96SmDjJstZDteeJwkD/vY5QxuffnUkBSZ4whtkP+nqg/fcfKcNqx"
        "DnRdQLCmt03PH58+4KiPyxuHug3HVRcHBbqDnOmKPImWkSOZDtts71/7F+2DuSZag/WLRRZF"
        "bCSTdcs2lmhHonzR+fQu/PFzEn3xVkx1JRKcAFvxjz83nKINega8ldL/7ujqBtPNnT2viReq"
        "WD+hfW3W3wWLe7cX+/N14gviZneYvg4jN2UPTKhLU3ZeRQVzvLzal3gfx52Aum5D7+PW0cte"
        "V2pJX2dB7PintrxvX2kdw/XuanQ9t/B/8DJu2rTOs/axE2a14nV27w/UYMcIQuEskvFLvXdm"
        "/z6HA3BcLvJEo6sES/FRiDxUpxnrF69zk4UuCgdm4msbTzydpSDcaGxxDZzFZmUU3dklG2Mz"
        "1KemxBQkj5cR1GX04kxcH/JGhlI/WSTK8N7XynKuTQjD5iGVz8LnFQPvoe99qnIJ4xGuTPgW"
        "88bwHkMVZCXZ+zmzllhqYXO6Ik0ihm+pIxX133f6Y7ae55fnZZF0CxFAf9oWFjOR/hjO+eil"
        "dCwvs/SyNdXSJA5ZRw7qCd5PZNQTDBfoOw6ylz1hYBmNXu0CY7uMl1lTIo/EMgH9TgC0U4P1"
        "DvXCOqJUHtf4cCbrKRYrszMYCge8dmI8RWdjGVxdAUF6jZuYTKLR5NQKQlye8ss4gcV1MbrM"
        "tsH5yuTK2iNKtzqB7YpKt/MB45rd0ds83/LPcmPfX6a8BfPVTqL+Pb4Mu7W86fXKVJrqDGJ5"
        "vpbbRMLfYxCtA+pkQ6aelJ/jc+fhuRjuuzhywlOr3jVXfMWwru3YCQP+VjommffnifhN3vj9"
        "eyyROCvPuRPzlewCrbRGbaqrCZifvMPM42sqIM7UN35OTiyuAFI7+6VfTe2c2liHghBbqiAK"
        "luOOS8wLzHxMVaY5Ps7ccRJjaarn+TIclQw1ph6mxR5nncepXnGyuOCoqnaPI+jX5bPkt040"
        "xuKdFmxSbz/5Vb8ek3d/iSyNLkAci31+FsXP93A7jd58kQBtt5uv7yWyoHaH4dzQrz7FlABJ"
        "QqHrz1FR2QF/51TBsvr1pDDoUfbreZNnXrv9cH70s//1pG8Bi+/7+/Mnzc85oKoSVqU15SyS"
        "FM3FIo1c/7fzmd/nRUaRfuksmQz8+aJylrqMkkUsgEx7qWUhfgoY7Q7f52WkNsffJBK7ujTk"
        "rTVzuQzngN/9lI/OW+4n0+9zVOhnlR3O0dkEsE4mXhAy8rufxU5/3qfDem3cX7GE43tOLV5Q"
        "D7onOoJjNHLHdESe0X2fz43ptVFe/izmauYwhds6vDbai+xi7nkNEDNotQj9T3swjeYOfi8v"
        "gF/m8cT09YpL5LGPPEYEfyUM/MOt9KH/cNpxQQ3SK+vPg54fmasJRVOCQPRVd12QOdr7jx0d"
        "VSuKknOawZ5ZinV91us7AEtgIhpkaYs6UbvQlXgaka/+WGMwyPM6s79AZEik70dTBdYBqNux"
        "HmDYI01l2811eA8xmR59/36fG5fW4oxsNn2CLTot358feZ9bdevNcO7IqbPhXJ1eIq8mOH9z"
        "w8R/qcHz7BL3+1/WPfQrFOSLpYJ7bAosT/t1HVlQvtZFx+SzrvbIUkUlYd1xxryXHAe887l/"
        "nGonvdrojVVYYfDuKyFO9EiQ2uvXfRrWZAW8jC3GUBMknzjwJNLH1xsHkEznKuivAIfVxVIg"
        "A04QPz/jCPzuv47Tx8WXfUuj6yx+OE/xIlsCQ3zget7nu77Gkfj853w1iR07VX3Bs2yvJZwg"
        "hMyUojao9yZeH/8Rd7Kk5M86OF6H7d95Lb0mpTDwxZQ0JFFmmE/kcXjG7+2fOmdWFzzpz0ch"
        "36O9/bMV4P0WEBjOlR3zY9/P5tYeJ/Rx/Rr6k6dtJUej7kT4GG2AeWaxX0XTywn4WB6um74v"
        "5ufRKhaM10GwiC7jGvLRIX7/ncFwjfsNjPzeKMP7SAF1563xxYh6XWCF49Bcf24IMI1PgayR"
        "WDicvz+nj8+9dOWK4230of82nMvuzzW1WX+u6ZCRhSKNoxHfoj5AEAz5c3mkMnIP1krHM0Mf"
        "FKD/g4n+ryB+/8HE+68j/s//BSAXefY="
    ),
    "esp32s2": (
        "eNqNu22TqjzTLvxfzq9eVTAjM+JdtT90CC9BowREB7/sUtSAqOjoiPDU8993B3StdZ73dV97"
        "r6pZEAJJp/vot6T9//5aX6//+5o327/+a/D+Zpr/6h7cVt+3v/7rTR/0P4yP97fPf/21Wd1W"
        "f/3XX6D+uULcHn3GXGPwTenSPxPS99Z6vLh9L1y3ns0eDzIHKQf7W+jzwJzm+7fbil/fvfGV"
        "+8VxOIt0Y2kY8iK9YDS8CzWoLeyQgQWpT2TpWJXgUOkWlXYADDxK7AURxdQBMbZJ6lrSnKuv"
        "tqPw8va26j96+3VqQTG4fg6rlRnsgvjyKDeerSfVBdx5eO8nR0bO39rGzgfOWtN6vbe32meZ"
        "K1Yfk8cxeJ+K/vHIRK5HC3bw7ku46hTi+XnrX769289hY1vaIn6ENpTesdzsWW8YnD6u/Yxt"
        "Em9iTj26+dIHYbgKxdfZ+DwZZU8z34V/XxpnPirfrOnuW5O75SOr/ey00Pl0+jUMp5feeXQK"
        "+sVNRoP7ezqutft12TvW+0//07tkM3p/g3iTg/jQJ7Plx/K0/rhnZpkND/NLY4cWOw/9nTYq"
        "pif2EX1PV9ZM45Pl4n0RNVAHu93srg2dTcbmwe6S3Y1pctWykMJqmtkim8rTx2zYfNXT7/eB"
        "fksvxWbqfupDJuLif/3VSf1PNHy+mUPD+Ndf29Ptu+4eDfWPT1P/11+37ePWAoQOA61aanst"
        "+QYfohG3BBkTE/wMKs/UTJSa5X1oDf5Vlf2QNgAHCXZhRTXr83tMhnethZmGL+ujsv3esHVi"
        "fdlE27V9LA3HhEG/+h/7I0nsqy3pDls+gDYzNYUzvhtoU5imlT6eCYcVtusNtLf0nZLbITkK"
        "sdjzXFTgggBu574d4RyADfyeQaBrxms9kyLUd3etjmyDbgtizTzSu2s3OK73Vq1z2O01/BAo"
        "sDON5GR0bfIZ0sXDa11bXgmzYvJO7KgKYWIyHcfvcTX+QfHvY4FfEq7ojWylGwfFNKH6c9Xf"
        "zwEKgnwyo2oHViJ4TQAk88Ko5GRRVssvW6ICFYkBUEWsEMC2A03gHy8YsFsIlYXESN9nFtFP"
        "Fss+7+bFV3JwmAWWTmOH6INxzO29d9QayOV+lEFUFiXliB7xyYuC8u1Ym+59C/n1MHZDqwS7"
        "4iWuGEj7rK+ZZzDXB+1tGwnqpVot6Z2wXC9IxDLrSkTlxEhbvNlrEcTrpe3ntqgKRZsofF/x"
        "Dt4Lh5KRa0sSQSEXb7vYHe7MPER8vO1M4OlaE5LDNxWc2PgJHck+3UbE0p2HZMAvdDN5MCu7"
        "Nhq70DWkX61csutJE9gOP8YVRZqUzB93E+UzJnYrcytu5W0reVgKU2e507XqJX9eZNXupL2H"
        "XtjTtDMS/DBujydfP1q++jkLurYOqr3M2XeI9y3eKZsgnzmn6jk/821fE7kRTveVATo0ldfo"
        "ti3IZCDiDNenAPHZYpsu2P3mEgVy5D+/+UDprOO5fnChHV0+EGOJvW11QLQ6oN4PDG0XzDPt"
        "bkp/RkbCTBjKmwK5NsyKK+aEBKWvJ9ZIjpDq+YwI33ZETEM5X5EEjXrO7e3s3WvwfV514yJ/"
        "PmvEIygsZtrO9Lmo6FSwvORAkDft1L/5iu/XnoZYsH59P8jRdFtXiYr6jT5AjJ7jbelZbNFO"
        "mIfsfe5N4KbTmeBDROO0N7P9VHhvnT0ppu+3pi45zcvJj2tVkCMQ+kXmyXEOZNDRgH2Plm84"
        "56mQ97bv81efTj47u7NuJtu0Edmjdr0k3makR1FPI9RTJQRFbyWVvrb0tvbAy6/P9as1+zwt"
        "MkBjr3BW7XYaw78pVKQXtONzyAu0D+u236IeY7948+f4miwrHx1c9QfevnGsuxpL6byyN3+M"
        "t/+342mMWYIiOwrLlDieffUkHG2PHW3gR5u86JwSuwThGS0/4XXNHr9sKFDD3Rna7/GUfEio"
        "BaaffjEHV7qgMK/m5wmEa8iFcKwHsGpkO5YQrBYiRFtm43PEWRBXU2+O94hZgfZWJNifvuR0"
        "A1FTQH1o1+O9eE86/P7BD9S9CVToV4a6BciXqrXvJ7QlE+8qnQnIynprBNftGVDy5d0Q03EO"
        "NyKe+vHi00Qof6WpATaj2BJOfUD7ap9Fyy9Rr7xlsT2S3hfqOq73murWVHhDYn/nD6lMBVTD"
        "STOb2m8EHZzkJvRvhBOzk48RiGoOThyib3GhlYr30/KXyiG/cTGd9VORy+FHM/am4FUzXP7Y"
        "Qmx2eFkwqXAl2DXNs3ffK+WulUurf2/k1At6yt+aaYb0xru+hjRX1szOSfgwh05ZKx/r1min"
        "Hyn6CLHmg6UCg8WKOOW7L23kxDwET+9kLh9PmxFfOrxUzJpKHO+Xb+V/4KvP4lYe+uQY6hkj"
        "n4n3kW51y1p7fjkrCA3GSi+/rvsvNpYVHYvq6d9p1OzgdIr4kFrnK9riu6IzlVy4zaQKKTkV"
        "GgJBzvB7u3+A2ABRBSPB2TXSg3rkJcU2Jz2Fj5nCB40VPntPejp9aTT0y0t7wTg4uoX2372T"
        "dUTB7p+iaqh8BKBuqoX0A4Zcn3Je6zSTMTSjNzZGX1LHsJdoEVEzLfRHSMsB2AdnPJXZL//9"
        "Sx9ATluMA+LZljyI5ciL8R79i+Bc1F2MMtT+HsNAIFF+PTOTPtxZ8ot+hO4DY0ifz5SNXmP4"
        "oGyhUgr9f9T3nsKDpvBsGkrfu/HqVv+78Tv/ZVg+mhr8i3RCLa5saf8ZmzVajV7Af0RsN9bQ"
        "DyCmW3p/X+9/u/5eBzzx+Gk5yI8Wj+VTHgY/tPYL7fgGGnlt7ff2QHQawDRqhhirjNEP1cof"
        "8qJKhTRhlD8skcnSg/vGrdnZs5aUZHctfPrDQYfHhXkfuC6QDTUeEyardH4amzs+kIPQSk+5"
        "TGfCGNLKO7Trc5KaWDL9PGgXlvtX2NJNNao2I1JxqP0riRn3yK1IkIbpcZ4TSUYz17dd9JGT"
        "j375nrN8DbYxRhvsf/Axx/n8B3dgM3vaK48lmyz8tD2Dv/jS2peeyFAeDONPpVNf6MeILXOl"
        "pyUv+hNI0S495ftbByFl4mVvzeypjxRmPkt1Kqho9bK3e/oBxO4LF6hnmEB576/xauuJVdV8"
        "2rsAX9QqfOLkDMc3CoxvWn2e1Cg/2sqvbfPaRvwUyh4+fGkhnFmL9w18wIxFsDmGfeGbV3l8"
        "oK3EOOmAERcX/jdzMP6CcJ+CZ4/L8c47a/V2ZlcPtAMGGbT2zeJJa4tMCDMb42V+o9IrO7qr"
        "fSOYah+ffj6ktO0vnvYzHAjU7dwPAK57jnGkP+AuzmllOQbOVOdqnn47D+VCVjOS6cr+rrrv"
        "R/IxX9YEn3OcH22vP25wrK+mERjncscQi9kwrHfapXG+OeeV2OF/QUbPXnPYsYNJ6tjMZ49q"
        "SN90y5ii+Q0S7pgJhhkkR3u7Zgfdc5vgxO984aMg8d0SHSSG8e6nVuOfPpJIDzzXS1WsCOtB"
        "h6Wxx8pNHn4yz1A6xhFLrX7VdYjxQeuPOdp7tEsqfn2gL26vaDPUtZX1H/ZAiJd+Njl+30ty"
        "hRPfGwY6SOy/qvi2xUNgBvhua/+d0dUSYxWfkSrDeGeq7EdgofxJoexJzhAPvuX9rR1ES8QL"
        "y+GJH1oXqv+M7Y/R3/G1GKF9CnJsW1Lli+33Lb66fjT42I6ufxvPt64vev4tXtt+q80/l+r7"
        "tt8C1f6tT9371T/oaef/g95v9b0bFf9dH6hRYv9YfU/qTI1fyuf4QeQqfVL29w/6eAZ/9v/x"
        "fZBLZS9LHF+O2HO87ntQ7zMrf7UDlmJ8HGF8YvGz+O/jn9V4nuon6T/6f9MP0feLn007fsvv"
        "f6wHDDXeWMV77fzUlLi+ofInnT2yf+GjHQ9d98vfjOvWXin+gZJvZy/a94uLLQriobXD2Pno"
        "gJGnQj86BI4OrY6OZR5trS/G73s5ckv8EKTF7XK1gyPbwA5zpvh6Sw5Olhztz/RoD8zCA0ho"
        "F/t9BRrGtY/c1HNUJSuZjfNkNsnZ7Fyz2Q+3C9RLzG0Ma7uLq7r+GDBbyg3b+xlZ7UwVR9uZ"
        "0r/peKpNy9trDnm0P2DR6WS8GGsytz9GYj6he30yFpKsWj9IyNduiHOVBvFYNm3SiMwwfiiW"
        "n/DjZ7x2Eq0GOXS3NYPKVrbbxCgMFvS5T8BvUDnbl10a5COMLNdr2DIvcpIpfoVjjK2elS6g"
        "Wp/V/oSZb3dwTVLYpXXsLjW4rgQEq4C5ywDK5Q6C5Y4ekzv61hO4CfajSrDlFnLsK1db4Mt3"
        "cJG3cjUEqPNhw5hfmpgrC8i+OdAxO50q5n7iXHo713qI30eAtOlR256quUePKvc/TIsUJeAY"
        "HOMs8L9N65EnaNMZsqaq2/4sJdgn2vvvkmSFUDHZSrUfhSD4bYztqG3/cPXuTN2H+wL/KvWu"
        "VO3sUhD1DHmGvpO0Oa9dQybB3rf8Y8k7Ztig6KAwmUBUZhC24T2gP5HcEzda2Zvu3Sp95LpV"
        "CZVX2eWYbmuICoL3eRNK4jzzwxlMXV8yzCMmVjWXFybsWeeTqIXRUrVBXNnCFq8xSWZYRm4v"
        "MAbtfQlPznKom3DfxvVWh5ejncNjuDPQVrMSttuaRKN7HWOsacl9o/Y8EP/fpsT+iUsr39Sb"
        "bURz76bl3xxzwOzzbnT5BK8iIlGht+sev2geLxglMrH8IrFIaRO2Hfc40n7C6BbkBPETMnat"
        "Y3xGTq565i/syq6FBIxvpdsTNl5X7rCyu7ii8S3lm1q8bve9F14poF++qphqme+48nmI64LB"
        "46cigHOq99jFf6DkQoyz2vbrSn4kUbHB8jsxKAQtX/rBQI18w7ytUXnC+121YUivmN9tunn5"
        "Wus1buvvuG2ouFztb2HoEwZnVlWUOiP3TWAEpxmIjQQNEeZPlcohYAg7xEHatONo1rjE2DfA"
        "yeOBz40xyq/GtJ918WKtZP/YtfSkmAGkn3v+4VF5Nbp41e12VHBujFepN3bvyCu28nrLMqmE"
        "wglM0wzju5MtXnzFOMd9b/k1xbkgYS1zC/UuV31128cSqnitniv+UHfkfqs9UqhmiiffLY/I"
        "wjteF8axRPtWkEtLJ7oudd/1u2dp872KJy6IxmujwWrWrnv+0/QeF1DbIMdQ+q5b2UOaYz6x"
        "1Dr5PK+B8Cf4PIBl/9k2brRU+t+8J1PQm9GHXNoOzr/Hv9D12jVarlfBc7ygk//RfnMb/Bbc"
        "sF2fde1pKqYDN+jafjbZj6dgwpWByzs8sWyS4/M6cRwL74Xrt89t9Zxq3KaaHdCaq74Z0ph0"
        "a4tzu++UMcRWLCHx2mcit/WoZ6xDG8dT4+IYUzt9k5iLUt9318JO8X7qPxLW8ns8clfC7tYL"
        "zls7L4FeaRXU7X0c1z/XGwinkxXXLcRiFgaGYc/8XOE/wETvKp1b2w8q3+VkpQ06PaqqqLKm"
        "tELMEFytcV2buzGTg4xKI4j4uFyLFu+Kf4tOf15XSrgMysCNlE5aK4wf1ggcfaow8RV08k9m"
        "Au0gfjv/fvFDR3slDCOYwLXqMfo52zuc21VTZ3uDjIVJ4o42Ene6lpcnD1hmkzh4YUoMkQ9P"
        "WY32n+BMurUnDYjOV1XW6h19zL1bb0Wif9ITr39hgWGEy5AuiDt8YOrh25YtIe7kVeX2m4n9"
        "GJPjmjFfyrwb5WiTtzpmFF7PsI3Ob85OHZ6vmGPs+kPUWQwTgUzaddCL1qO8clamRsdkQQC9"
        "kN3JjHpXTVQxegGUcSVnLBAhcawHwbUTTsYd7RgvxGrtZNTxJYUax0H/0I2h8oraVdJCzNih"
        "bOWT8nLdU7IhYjnothk7+XjaP/gR9l/8eFcy4rn9vgvY52PmJVoMuT0rTYbpisIuC2LBkW+m"
        "F+Acc/zf5mSGOI4wb0jTRvlisMicOURsJs2Bpf3hpmHLlKYtn2KMXVQMA2L/wsRHmtuDxmNI"
        "y0i+X9epil1+An1IIobgQt7YC5paGWFXJhimjcpHA/K4pflJL+zuXfvqJLD7bu/D/IpJg1W5"
        "h/gyiX21r5wvv8dVfDMF0vE+vxsergHmof24aG8TgvZX0Qdbrf1+XjB3LGzM6/sKkhHas8c5"
        "aN9Df9LNwXF8fGfFK8wRU4VJ1ur1NEo1a4/3+9S0G32q9nBa/iGtJp2BP6g8JadADKovTr6u"
        "j7QKUxIWdz1Hf/45EZgTpi2uleDUfltejlHujzKHzbqdGzZf7RXxqeT2hnmXFDn5uldjVw+G"
        "Eb6/mkflm0B/5Nb+8Xqn/PsAb8xS2PHGHb0jeSUVHeU2qdt1tnn7FNJdO3Z2bvc21J4Zz/aO"
        "wmrr3wKR5OWUuHvMlycy8Vt8rQdPnlAH9SCDddO290TtvYthG6fxlTq8OCI/1Jju7mWf191a"
        "VP7cYnIdtG20zWpfXLJxpPLy2QOjKmjtv4l5t3tr10BWuSbda3tPdat3/zSrPebScSIwiZbD"
        "SZNT0sgxxkINsU93MlNj1snsBIMSSHlv1/3ci4cbxQB8uh1vbXC33Zgoz/QRDZuB/ZDPPB35"
        "pifLtLM3eJ+jzSmXS2VzKquSsJwNnzqFNk/FJm7UjgXVftD5G9GNjfpSoy9IW38z6WSC7Rvc"
        "sN3JSPmJmf2jRWNHq7eNjb5XxaWQdDh4FEl3noL4Qj9BpNauZwF3A2WJtEmXdOPqhEJFdm0/"
        "HVKeXNuxd3RbTbZvcKCot9im9lKL9Ukvj8k2aLG/sKX+cHZvE6qw/9XJioWYqwudpN14K623"
        "1Swz3VVqjCvcKyetb5Xz081NIxZUOUf9bO3rotPX1/VF+6rD4NO+OaeOR967Zqk9xyQiLOFg"
        "jSOM1HM7WGK0q09g4XV8+OlrrfyEs+t0R7fGSN9XOyb17pU3ob3UlGJ91NAYd/Jwln+72ioO"
        "wtyoe/bVXjGHVHLSavTt827tatx5yxvU+HgalSHG3fE4YrGXs5iive6tbNGvVioffe6fWjMb"
        "tSid0X5jomfAuepMcHTCLua9BF7nMYxHOv/b/pjKV1HP1P6IucMnLFLtWLULhoD0VT9J1PnP"
        "Qp1Xvfa/d3utXtn+tTsrmMDtOyL7Fircu0P1QeiPvYMcI4+fatr5tPgikDULMT3Ej897b0Jm"
        "5TVCr/cZaHKXw2WMsS7yIluY0NiR7m0G6KMElxsThpZVlhL9mNtMR6F9Pk4+xg3faNoe8U6c"
        "ItuGrs8XBdrOLsdcgf143w0nkOtuhHa23+4bEsOOJVlYLuML3Zpfd59sQzV1Hjy2MadINY1v"
        "xtoof5wh96ZaU5qjvPnA+4n2LtGOVSUU+jSmMXrsBPacPeq7+RlgvLSb+OgLW5uX2Uv0a1F5"
        "7YFeQp5i/rkea1Vl/bs9ro7fVKNI9NRPLWF7Q61px2jQN9ZR4TNCJVV7ofHupAmMyeFoUwqi"
        "fxPp83wBBS7lYyzEU64WU+dp4mKHhS1CHKMkCifktrBmjkym4ZK4ZS5QHsyKhIq/Y4cUjR2T"
        "4T/PPTo8MIWHfYsH6xc+jqoNlZscGCQFi/AvTXBOCguxzJxlfDjkq6O/JEevwfV/Pe9r7f2c"
        "b/ENcze8JIfCTXZUWx3ZB9l7d+R5jRQ9Bpr5yQ7F89wUmDLsFppqK1BJKrHV+VhLT4tf0NV+"
        "y4efWGIaLaDo8DpR+tG2aXGQPrT6gmmm2g9S7/+zv/3ew0QeYXSE/6Gfqv2frp2r/rYNpdpv"
        "a8d387/3t/N19I3UeV7bTww1vlD7y127/EX/P8fr2r/X9wd9v/u7+Vr80Pyr3a9eUysJx3kS"
        "Al4DtPh+Zu9OD/TjHynmTlwaMIocX8ZF2Ii5aR5Xe7iurrBhU3CXNyhXQwiWQ/aeDKFYOXg/"
        "ocdkA2VyBjfBvHWJzE8CfBfj7RWBiatrxuqC7nw3/NAtgjH3W2PG/gnvc53oF2f7fhssxQ5t"
        "nb6+t+nXWbeyY0LavRfhu1K4LsO0mke0Pa++dDYrp1nFzRrjv+uKqvNStc997va5hyC7dtmd"
        "s23gjlm/hXFAmcxhB4VY432RzFBd73bYNLqFoFl258Bj4FU/pELPyWIWY65Q4nut/TWQBiCH"
        "X/M37xzzxzVg/hhh/LLsbAwrDHWepGKFabc/AnJj+VOMfiPvmORwTU5o7q2gYVPP0qdc7RQm"
        "3RkcWvR8Ji33567VTabX5Uj/DDAH7QtVW5JZmEev2X4bDdHHfs9GmReVP9P9B/Ydur58O8O+"
        "zMO+Sdtn8I3tWyoORdvYF4u1xm5IH+O12M+tr/ONLIOhtS4MbFd5OTeGVB9lzCp/YNF067ka"
        "A+rwelbBWtPauff3rCnQD1/G0unOJfhqpf4XxVod6g9B8WMx7r6XRuoF/MQr5k7ATttYb97t"
        "JfYFe7a7uXj8rXGqV129Sgz6wXAxSXVrzUR+1+8yAy7b97uzJrX3EGKcC5bMpszuK3kw4bA0"
        "vNajXHywWVvLM4X4uZbMcK2a5V8yQfk4fncetqzDiG3JIcl75mqs8s+W/nj2i3466ei3MfeI"
        "1fxxJ2vzYpPefVyZgeCx5m/Rr0xh1s3l1hgbB6H1JXmLj2hlk2mLHTJmub8l6BO8Is+GA2aF"
        "5wLYBbYh3pNzqni+4VejEhdVB8TUWKdCS9U5z5aIR0TOe+2Fx9Hu73g0Bagz3ClEXZ2P22if"
        "2gy/w0QPaNnDWHpjZgZGTIbtN5rPLsnWo0LhDeVppx1PVpZXt3PljxKJttgWDf0W6gOZFiw/"
        "Z8ZlvD+E0cI+F2jdMQYmSt/s7jy0LNIbUbGVHTz174jxTLGOYYL450vMIJt6Sr0vln21Om11"
        "a1iP1Zy781Yv4k2WlagP6fEuirzZmnxSPQzmoXqgPKZ5evoB5j4Exl6nYwa7QZvbbUc2xtK6"
        "B7tuj2v5rXvTZpzSavmlYjyXXlVhheeJ44DLhEBQ/qSSpZFrf369bXWaLANFhyiQDtSftGAb"
        "q+G5J+dH6PVrT8ZlEm01kOtIq8dbiJjlhcvano+nXoz5ItqzQMRyXJIoESX56PaiknK+tmid"
        "kcixL5i37u856tem22ealwxZMXJFYHa423S0j2xvLGaq3e1l9IV/BJTvobIWTFancc0N3r7/"
        "1eviQ9Rd4c26fQr1vNs3mUu2D38Gyj8ezUx236Qdv4REW0AYL3XYF1VSKsCYl4HWu7O0umN8"
        "ViYpjFeBbY2DD1bn7DIYjIo30E9Ru/9HQTd4jHaMljd/IKzHqVB0kHu3H5dWxShTsY6PcQ6l"
        "4QZk9RXKNncYErTBZDa2NAr1BmCGYVK/nJU6t6nu1uM+/xG/9Oa73T8grIzKgh0wh2YjTDCG"
        "plkuy1Zft/CDWnJ+7dHcry3+UA5Azt1+SIfBcrkG0kRvzTicUlvZ6Kz9ZuJvrQBtNFs12p3h"
        "/TJAHLWYPgXPvSsj8V44P3b7olGjDYQe2zXqnmCeOF0rH+NKKrgnOK518yX8IY0TR8ViZL20"
        "SIzrLQjB9cYCiFfG35turamiZdTRQtHaf2+YitMsFo5yo4QbyqJAzFVV8JBFt08VuoJl9mWc"
        "S4tjzIaZBwZEtGDWJ16nQu13K1q33d7LWqvRxtWppqPvIDWudap45nT7sWRplSn68C67mNr3"
        "JsJYIMXvK1UtkT73VK3qla9iTrZ47uHge7fSv5m54VAWtPq8avljgfaw5biGdT86oE4bkS6N"
        "6Fb0p4ZlYD7W7X9pjGXju/HAv3Yt6LMMqNQeEOSMZtvJhz/FWAAVH7idra7ovKaeIzNOJ4Tb"
        "X4D47d8ik2OeNmrjhxzt6WGg9siVje/2XCfrHPMsAK+JKFrHmaR8bSc2sObqZ2MSWY5PbbQH"
        "XpOT+0lTnsI28e+Gf1v8C/YP++p0dYTRxFkax+9mq/X640uyOYjapp6pNYXFVW1ayNT58wfb"
        "ewN8hvaGf4j9IaI7clXx6SKiveAts+yrK6PTF8ZhuygJ1xiTfdVJGH6IA5FzZ9sn8yxy3+YY"
        "L4+thYNxmr5E91OxxNvDZiDIToQXKTFzOk8jS8B6vvSZS37Y5uOrWhyXK/5G7MpaLzDe+ABn"
        "jNmNjgFwTFL0l9JNwtRNJN5b4KVh4qUS+2j0toCldKplTs74Ac75w+Yf6/mWjBg7yPodfKTR"
        "2pCet9IMpGmOf3d9cheLmwVqf8mGu7jcrKXupjwkflbN/LzKBpNaLhpLzEOrms+sCTGSsXLa"
        "ixm2Q1Jln5aczwCFhDo2JkvuWV4xInPu/LC29tNr3jGNrwonlqUTVynbVSv4BEmFyEfkskQj"
        "JzE6WRxX0IxIFZNw1TiMQ3A+AplD4q6I29+ulsX9RxO345vh1yy0ULucy/wd1/n9vVmEo9Fx"
        "dV68i9EScwyU2xJZO8B3dhFD+TCUDwsxl1pgLuVIqe2HX0qe3sh+nRe359eqvrCr8cmseqFy"
        "YNjbEWEi8gnYqt6IwDCCcqPadZZivHPA+DPkGIMi3gkvbIdR+sYK28Z7FyOhN769a6KwLXzm"
        "USJudHpQdVTm/lUnYqszE3h87EzuqNqobef7R3YlmTM7FT8lz1rbVRGj87Vol8YT25I8Miu5"
        "UDVbFYlEZcu4rdma4706Y5qMub6dGX/Ugv6uh0Q87wzNVefbJBr97byc5PxZD9rVaXZzvq7Z"
        "EOkU1bPeCp41OmQV4X1Xz2q3BSC/801SgaCmkB1/K2vmtXtnlLKKSQ8w2cOcGuPsV30YbceW"
        "CDHKLCue/4yHFv3b/sb+T/p+1fWJyvqjXjgFG7T8j3rn99Br65z7YjyB3kjuUrQ5tK0Vfc01"
        "9xsj5lL/k7YPkHfuDt9cdSYLO6+VzeM+0+ayGbb1axsZfsIf9LXr7bX5erdeR9Xjv+h8qLrX"
        "ds01yMN8VWvyd73UL3qheNSRt7Q39AIm1HYETcUptWN1Tvmqo8O+IeQVT2sT/lETij5Krd9U"
        "ubXT1tuDyp/Fc7/HQAwOVH3eTvvgO91Sdd4j4A9V2ycyuwrxdZ9+LeOIxozqgW7pbd1tdbTd"
        "Fw8Ma2QFwnzWvdIJ7PVA7XN1dW1UspJxzHyuFWUEU0AiKBdo3QmzuLQ8+2Hctd+1ZqmSQUF/"
        "4xPiyxMvam8Eds962l84IMZ/7qf6f+4HcZH/sb/6z/2k+L98j8mSAwO1PwCVE6C313bq9w4Y"
        "SyAGX/W++D6H7Hf9IzAMa3VP0/pN08lECF6h48jV7xLgTFQa11P1Mf8N/1zJ2wb83rRe/aqm"
        "StWzd/JV8r4PzWH7exV//7tO+jf+3JGO9Fqqfh0E2kcksNf9HkbVVenaTLBPLisrbPgl3u20"
        "+UA46jpp4i3brTWMI1mMV8yHAJ8F8e5Lo8T/usGGDAOzf8McDGS3VvbSz7beqaXX54nC96+6"
        "+6y3M1914ifzR/+zdjdV3xML11ujaaHDRLVHqv2Q2DalaoNqf9THVz3VUcnDz6//D+30jPIt"
        "nvXaOj9m78uuNnAa2f51p9t98TUhpyJUteiveu+p5ZhaRn9g2czY1tP4Bb4Syglsu7pGttG0"
        "QAxN7VdNIL4bJikRVRRbjLCpIXVahWyz1/gVE7Dtq77G5HA773SvBnUGKS+QJCp3Jj4KbZXh"
        "HDJ7MM99i/NKZv3DVmbNzryMdWTes7bz0Whj0tWeZg/NHFLwunoPa09O6jytQCsc0R+GbZ2y"
        "kKVeR0Pa7a2wtaLdIHW3h1KCeKg6Q8LVmej6rqmzgkfXl/3szLoETyJ2SdXt05qNfNYJTtxK"
        "MzFWUP+mcLUnZQ7r5lnH742EiQoDsBcWyCLyEdJ3PuL26TTR/20NOWagJ8QPhwfaNVpgbDW5"
        "wVv7WwueyMPj9RuBX7X43fuq/pOr2smpcGo0eBtS6G4gEv8qvM9OL/IHU1Ux7Tzd/ms6kr/s"
        "s4qXMFft5OOwF2Y948f4hdOTet9GVhQgzvj96fm9DqrW1D6LmZ+R+JC96l5//+6qKkWcZVPH"
        "8+FL52vx2KC8mqfPbV70jUXDyte+s3K9o7Qdv+Kn7DP1Pq7i9HjfeDe467QRKkxJfJjo/DGQ"
        "lpxIiXHSkOr69F04G8ULSke+EM/xWUbefwYrbajOopepJvZqvkRP99kn94wrzivUvL5aH0Go"
        "+938bRv5m9Klvj2R3tr2zfSUaWK8gZ5uFxcbZpC5qioEI38dacVcZ3D6AftmqbPyVLfyubtE"
        "Ou7P9T6vlfcl3ia0X5C1qLhdVTlsOzuKbonFiNP61ofBlSzu9yv5eNapm5iH1lMv0bd70hsj"
        "BuLWP3T0ov2etWeIldX+RiD4+15585K3rVuU8LycSLSnz98B/mE34TkeBaHs2JBYI/molJ1v"
        "/ukX4MmvSr2f/gd8oK8d/cID4mv4y88+Ith1MaLE2LPC2JNf+tqkYg9qVXKEoSfGDLlNfWJb"
        "+Ceev9cA9bsmZwjvOo+Rbm5zifnX83dZr99nQatj6G2ev0tov3P2aBRLYt7IciQxlsHklVTF"
        "/DxPPbBjJ5Vo68eYh6Kojhl3viBFmqz35ZHc3pakw2auKx1VsRb1rUh0eBWSEZXropqF3BYS"
        "79tIGtkZom2RuD6iYmvkcZrpymaQEh4/Th5NVvMjc8DJMGMNOxuI+UWuh8uk8FHVGf6lfXKQ"
        "+xWZnCabuF2LF8Sc0PTNsllOkBJhEyjiQ450pByTVlGw9Bl/RNXWshBhMs5JXgLJ5wK+58l2"
        "PqwqJ5QCFseJGmM9j8ix8NgCyK2fHhIIP74uScYIteZynhJzeF47JL7lGa4zzRIYvS+r+cZa"
        "nEXkHe42J3M/hJBkDPM8KMeWd8KxlmwO1m1+PG1qTI++l+UWXW3lZGr/xTnvE7zug0Qsz6R2"
        "kIasJv2C+Qtw/C+b3OZIA0YMS1fZ3WGuu6+4isIxh0fFnbXuF24h5035uXX5OBPAhIcy/SIV"
        "cUmfWeRQMKRjTE4V275T/3xk7gqjmEQsxMxVhajH8Db/KfPRj3c+Lb+/3N3Ub+czO//e8nsX"
        "MLxW6syn8++pCi7QkVS0i4HVu+3vCbtzIQorVyUkCLkaqpGqtYDNw6mQx9gm4+WJzJmH+NCv"
        "6E5SkqLMVWyzEPKSFem7XlWv8yUZgaoVgkgANOWM+PZDRfAqH0E/gQpYh96SbYtHL3Y3cNTp"
        "TkQTskGltHQXE2tmb2T2ifmB+OP3IX91vxT+80fF6hfEn8b//38AtpWLkQ=="
    ),
    "esp32s3": (
        "eNqFe22TqjzW7n+Zrz5V0K3d4lQ9H/ImBI0SEG38ckpRA6KirS3CqfPfz0rQvfd9z0zNruot"
        "IZCsrNdrJYv/+4/19fp/rnmz/cc/++9vjvM/7Y3b6vv2j3++2X373X53HPt//rFZ3Vb/+Oc/"
        "kP7nSnl7dDl3e/1vSpf+GeOut7bjxe174br1bPZ44DlSqr+/hb4InGm+f7utxPXdG1+FXxwH"
        "s8juLXs9dVFeMBrcpR6USRZyRFDqY1UOSSUFqmxCFQsQRx7FbIFlMR0iOWY4dYly5vqt7Si8"
        "vL2tuo/Ofp0SVPSvn4Nq5QS7IL48yo3H7KS6IHce3rvJkePzt7VheX+4tqxO5+2t9nnmytXH"
        "5HEM3qeyezxymdvRgh+8+xJdbYri+XnrX769289hw4i1iB8hQ6V3LDd73hkEp49rN+ObxJs4"
        "U49uvux+GK5C+XXufZ56Zcdy3qV/X/bOYlS+kenu21K75SOr/ey0sMV0+jUIp5fOeXQKusVN"
        "Rf37ezqurft12TnW+0//07tkM3p/Q/EmR/LDnsyWH8vT+uOeOWU2OMwvDQsJPw/8nTUqpif+"
        "EX1PV2Rmicly8b6IGlQHu93sbg2Gm4zPg90lu/emydXKQopW04zJbKpOH7NB81VPv9/79i29"
        "FJup+2kPuIyL//1HK/W/aEP/89MGJdmebt+1udXv9ge21pvb9nEzCkJHgVUt68aS33SDopHo"
        "SjzGDvIzVHmO5YDUiPdhNfBXVeyhGEICKcQKEtW8K+4xHtwto2YWPFyPSvN+j9mYfDFs7Uwf"
        "T8Mx5qhb/cf+SGF2ZYruoOUjVO8dS+uZ2PWtKZqmlT2eySEvmOv1rbf0neLbITlKudiLXFbI"
        "RRIJlvssgjkQNOB9jkRp9V7rmRShvbtbdcR6dFtgMvNw527d0HG9J7Ut0G5vwYuIIn6mkZqM"
        "rk0+A7pEeK1r4pVoVkzeMYuqEE0cbsP4HaHHP2j+fSzgTSw0vRHTtnHQTJO6P9f93RxNbAx8"
        "cqJqh0giRY0RUtwLo1LgRVktv5gCAyqSHkJVxAuJ+LZvSfgTBUf8FqKKADHK9znB9onw7PPu"
        "XHwthyEniNg0HmK7P44F23tHq0G52o8yFJVFSQVoj/wURUHFdmxN9z4Bfj16uwEpEatECStG"
        "2NzrWs4ZOeuD9baNJPVSq1b0jnluFzjiGbliWQ1joC3e7K0Ixesl83Mmq0LTJgvf17xD78WQ"
        "4pHLFI5QoRZvu9gd7Jw8BP142zlIpGtLKoG+qRSYwSt0pLp0G2FiDx8KRHahm8mDk+zaWPxC"
        "1yj9MnLJridLQjv8GFcUaNIyf9wdkM8YMyNzEht5My0PonXqrNLSql7yF0VW7U7We+iFHcs6"
        "A8GP3u3x5OuH4auf86Bt20i3lzn/DuHa6DvlE+CzEFTfF2ex7Voy74XTfdVDNmoqr7EZk3jS"
        "l3EG69MK8Wl0my74/eZireTAf3HzEaWzluf2wUVmdPUAHUvY1tiANDagnxdXaxfMM+vuKH+G"
        "R9JJOMibInxtOIkrPgwxSN9OyEiNgOr5DEufDWVMQzVf4QScei7YdvbuNfC8qNpxgT+fNegj"
        "0rqYWTvHF7KiU8nzUiAMvGmn/sVXeL72LNAF8uv9fk4mNrkq8BffYNRy9BxvS89yC37COWTv"
        "c2+CbjadSTEAbZx2ZsxPpffW+pNi+n5r6lLQvJz8uKRCOShCt8g8Nc4R7rc0QN/D8A3mPBXq"
        "bvo+f/XZ+LP1O+tmsk0bmT1q10vibYY7FOw0AjvVQtD0Vkrbq6HX+AOPXJ/r12v2RVpkCJy9"
        "1rNqt7M4/E1RhTuBGV+gvAD/sDb9hHqc/+LNn+Nbqmw2KB1Vf+jbN4x112Npm9f+5o/x9v92"
        "PIvzrqQ5Bf46CsZjV0+hI/P4kSFxZPhF5xSzEkmvZ/iJXr/Z45cPRbTnplfr93haPji0AsdP"
        "v/gQVrqgaF7NzxMUrlEu5ZA8EK9GbEik5LWUIfgyBvdBz4K4mnpzuAadleBvZQL96UtONyRr"
        "isAezHq8F++x0d/NH/wA25ugCuLKwCYI+FIZ/34CXzLxrmo4Qaoib40UNpshir+8G+h0nKMb"
        "lk/7ePFpInW8svQA61HclcPoAOtzzjPDL1mvvGWxPeLOF9g6rPea2mQqvQFm3/lDaVeBqsGk"
        "mU3ZG4YAp4SDujcssNPKpxfIao6GcQixxUVGKt6P4S9VA3ETcjrrpjJXg49m7E2RV81g+WMC"
        "utnqy4IrrVeSX9M8e/e9Uu2MXIz9veHTOOjoeOukGdAb77oW0FyRGctx+HAGw7LWMdatwU8/"
        "UogRci36S1CGivAiTsXuyxoNYxEiz25lrh5PnyEurb5UnEwVjPcrtoo/9KvLYyMPe3IM7Yzj"
        "z8T7SLc2IWvPL2cFpsFY2+XXdf/Fx6qiY1k94zuNmh06nSIxoOR8BV9813SmSki3mVQhxafC"
        "AkVQM3ifdQ8o7iFZBSMp+DWyg3rkJcU2xx2tHzOtHzTW+tl50tPaS2NBXF6yBRdoaBPw/+4d"
        "ryOKWPcUVQMdIxDYpl5IN+DA9akQtU0zFaNm9MbHEEvqGO0VeESwTALxCGg5IP4huEhV9it+"
        "/7IHpKZGxxHoM1MiiNXIi+Ea4osUQtYtRhlYf8UwKFAgv46T7TfozpNf9IPqPgBD+mKmffQa"
        "4IP2hdoo7P9o7x2tD5bWZ6en7b0drzb2347fxq8e8cHVwF9kY0qE9qXdJzZrrBqigP+I+G5s"
        "QRwAnTb0/v69/+X39zrQUx8/yRD4YfSxfMqjJw7Gf4Ef36BGXY3/3h6wTQM0jZoBYJUxxKFa"
        "x0NRVKlUDhrlDyIzVXrovnFrfvbIkuLsboXPeNhv9XHh3Puui/CG9h4Trqp0fho7O9FX/ZCk"
        "p1ylM9kb0Mo7mPUNkxoTlX4erAvP/Sva0k01qjYjXAlU+1ccc+HhW5EADdPjPMcKj2auz1yI"
        "kZOPbvme83yNWG8MPtj/EGMB8/kPMUSb2dNfeTzZZOEn83rixRfjXzoyA3lwwJ/apr4gjmGm"
        "cm2npSi6E5SCX3rK97cNopTLl791sqc9UjTzeWpTSaWxy87uGQdAd196AXYGCZT3/hqvJk9d"
        "1c2nvwvgQauCO8Ocw/i9AvCNsedJDfKjRn6mLWoG+pNqf/jwVRfUmRt936APNOMR2hzDrvSd"
        "qzo+wFee1e4AiEtI/5sPAX+hcJ8ij43L8c47W/V2xqoH+IEe7hv/RkRifJGDwowBXhY3qryy"
        "pbvaN5Lr9vEZ50NKTX/x9J9hX4Jt536A0HUvAEf6feHCnCTLAThTW+h5umYeKqSqZjiztf9d"
        "te+P1GO+rDHcFzA/+F5/3MBYX00jAeeKYU8uZoOw3lmXZvgthKjkDv4LMnr2msOOHxxcx04+"
        "e1QD+maT3hTcb5CIoZMAzMA5+Ns1P9ie2wQncRcLHwQJz5YQIAHGu59WDX/2SAE96LleqrEi"
        "WvdbXRp7vNzk4Sf3etrGBOiSsa+6DgEfmHgswN+DX9L49QGx2PyCz9C/RtZ/+AMpX/bZ5PB+"
        "J8m1nvjeKLCRgv6rxrdGHwIngGeN/6eja1eONT7DVQZ4Z6r9R0BA/rjQ/iTnoA8+8f7SDqIl"
        "6AvP6VN/aF3o/rNuj/6qX/EI/FOQQ5skOl807xv9avvB4QO+qq9/GY/n1xc9/1ZfTT8x+edS"
        "v2/6cU+3f9tT+/zP3+gx8/9B70W/70bFv9oD7ZXQ7+v3cZ3BfKjcP8cPIlfbk/a/f9AnMvpn"
        "/x/vB7nS/rKE8dWIP8dr30f6eU7yVzvgKfC7BnxC2Hn2r+Of9Hiu7sfx3/p/0x/Ulxc/GzO+"
        "4fff1oN6eryxxntmfuooWN9Ax5OWf85l/9QPMx6E7le8GdfGX2n+dUbxa3zzfHFhssAeeDsf"
        "9Y5D1MtTaR+HGB2HtDoOiXNkFgzwvlcjt4QXkSKClasdOvIN2kHOFF9vyWGYJUf2mR5Z3yk8"
        "hBLaYr+vwAJc+8gdOwdTIslsnCezSc5n55rPfgQrwC4ht+mR7S6u6vqjz5lSG773M7zaORpH"
        "s0zb33Q8tabl7TWHOrIPtGhtMl6MLZWzj5GcT+jenoylwisTBzH+2g1grrKHPZ5NmzTCM8AP"
        "xfIT/fiZqIeJVSM1cLc1RxXTvtsBFIYW9LlPIG6oGm5ffqmfjwBZrtdoy71omEzhLRhjTDok"
        "XaBqfdb7E06+3aFrkqJdWsfu0kLXlUTBKuDuMkDlcoeC5Y4ekzvE1hNyE+hPvhFfblEOfeVq"
        "i8TyHbnAW7UaIFTng4Zzv3QgV5Yo+xaIjvnpVHH3E+ayzVzrAbwfIaDNjkx7quceParc/3AI"
        "LkoEYwjAWcj/dsgjT8Cnc2BNVZv+LMXQJ831d4mzQmpMttLtRyExvBtDOzLtH6GfnenrcF/A"
        "X6WfVbqdXQqs7wHPIHZik/OyGmUKsb3hH0/eIcNGmg6KJhMUlRkKDbxHEE+U8OSNVmzTPlul"
        "j9wmldR5FSvHdFujqMBwnTehwsNnfjhDU9dXHPKICanm6sIlm7UxiRJAS9UG9IpJJl9j4qxH"
        "ejlbAAbtfElPzXJUN+He4HrS6suR5egx2PXAV/MSbbc1jkb3OgasSdS+0XseoP/fjoL+iUsr"
        "37GbbURz72bl3wJywOzz3mvzCVFFWBWEb9cdcbE8UXCKVUL8IiG4ZJhvxx0BtJ8A3SI1Af0J"
        "Ob/WMdzDJ1ff8xesYrWEtLMUyu1IBr8rd1CxFlc0PtGxyejrdt956StFEJevGlMt853QMQ/0"
        "uuDo8VNhBHPq5/jFf4DkQsBZpv36xT8Ka2yw/E56FAWGL92gr0e+Qd7W6Dzh/a7baECv4Fw3"
        "7bxibXUa18Q7wXoal+v9LYA+YXDmVUXpcOS+SUBwVg90IwFMD/lTpXMINEA70IO0MeNYZFwC"
        "9g1g8rjvi94Y5FdD2s9bvFhr2T92hp4UMoD0cy8+PKquvRavuu2OCswNeJV6Y/cOvOIrr7Ms"
        "k0pqPUHTNAN8d2LyxVfAOe674dcU5kIJN8wt9LNC99WmjydU81rf1/yh7sj91nukqJppnnwb"
        "HuGFd7wuescS/FuBL4ZOCF36uu13z4qJvcYTF9DGa2Oh1cyse/7TdB4XpLdBjqHyXbdiA5pD"
        "PrG0Wvk8fwPpT+B+gJbdZ7t3o6W2/+Y9mSK7GX2oJRvC/Hv4C13PrJG4XoWe4wWt/I/szW3g"
        "XeSGZn3k2rE0pkNu0Lb9bLIfT5GDrhy5otUnnk1yuF8nwyGBa+n65j7T96klGLVYQGuh+2ZA"
        "Y9KuLc5Zd1jGKCaxQoln7smc2VGntw4ZjKfHhTGmLH1TkItS33fXkqVwPfUfCTf8Ho/clWTt"
        "etHwzcyLUackBXU7H8f1z/WG5LCVlbAJ6GIWBr0em/m51v8AEr2rGt5MP9L5rsArq9/aUVVF"
        "FZnSCnQGw2p717WzG3PVz6jqBZEYl2tp9F3zb9Haz+uXYqGCMnAjbZNk5aJiDYpjT7VOfAWt"
        "/JOZBD8I786/X/ywwV/JXi+YoGvV4fRzth8KwaqmzvY9PJYOjlvacNzaWl6ePMQzhuPgpVNy"
        "AHx4ymq0/0TDSbv2pEGyjVUVWb1DjLm3661w9Hd64vUvXeCAcDnQheJWPyD18BlhCsWtvKqc"
        "vTnQD5gc1uwDLd6NCvDJWxsyCq/TY702bs5OrT5fIcfYdQdgsxIyETwx66AXq0NFNVw5Fh3j"
        "BUYQhVgrM+pdLVnFEAVAxpWa8UCGeEgeGNaOBR63tANeiPXa8ajlS4pqGAfiQzuGzitqd21A"
        "MmWhMvJJRbnuaNlguey324ytfDzrb/wIuy9+vGsZiZy97wL++Zh5iRWjnM1Kh0O6onWXB7EU"
        "wDfHC2COOfzPBJ6BHkeQN6Rpo2MxInjOh1huJs0B4OFg0/BlSlPDpxiwi8YwSO5fOvGR5qzf"
        "eBxoGan36zrV2OUnsAc44qBcwBu2oCnJML9yySFt1DEaAY8NzU960e7etq/DBO2+zXWYX1F8"
        "IZV7iC+T2Nf7yvnye1zFN0cCHe/ze8+DNaB5yB4X622Cwf9q+tDWMu/PC+6OJYO8vqtVMgJ/"
        "9jgH5jmIJ+0cAsaHZ1aighwx1TrJjV1Po9Qie7jepw5r7KnewzH8A1odOkN+v/K0nALZr74E"
        "/ro+0ipMcVjc7Rzi+edEQk6YGr3WgtP7bXk5Brk/yhxt1mZutPkyv6CfWm5vkHcpmeOvezV2"
        "7WAQwfOreVS+SYhHbu0fr3cqvg/ojROtO964pXekrriio5zh2qzT5O1TlO7M2NnZ7G3oPTOR"
        "7YdaV018C2SSl1Ps7iFfnqjEN/q17j95QodgBxlaN6a9x3rvXQ4MThMrfXhxBH7oMd3dyz+v"
        "27Xo/Nno5DowbfDNel9c8XGk8/LZA1AVMv7fgbzbvZk14FVuKfdqrqlNOvdPp9pDLh0nEpJo"
        "NZg0OcWNGgMWajA73fFMj1knsxPqlwiXd7Pu5148ulEA4NPteMuQu23HBHmmj2jQ9NlDPfN0"
        "4JudLNPW38B1Dj6nXC61z6lIpdByNnjaFPg8jU3cyIyFqn2/jTeyHRvspYZYkJp4M2llAu0b"
        "ukG7lZGOEzP2Y0XjoVVvGwaxV+NSlLR68CiS9jwF9AviBFaWWc8C3XsgS6BNubgd18YUVXhn"
        "+umAiuRqxt7RbTXZvqEDBbuFNmVLK7YnnTzG28Do/oIp+zHcvU2o1v2vVlY89AaBtHHajrey"
        "OluLOOmu0mNc0b0apvWtGv60c9OIB1UuwD6Nf1209vr6fdG+anXw6d+Gp5ZH3rtF9J5jEmGe"
        "CETGESD1nAVLQLv2BC28lg8/XcvITw53re3YZAz0fZkxqXevvAntpI6S66MFzriVx3D5l1+m"
        "cRDkRu29L/PLAdeBnKwaYvu8Xbsed254AxYfT6MyBNwdjyMeezmPKfjrzorJbpXofPS5f0pm"
        "DKwondFu40BkgLnqTAoIwq4Peole5zFcRLb4y/4Y5Kt6X0rvjzg7uMMj3Y51u+CgkL7ux4k+"
        "/1no86rX/vdub9Ur5l/bs4IJun1HeG9URXh3VH1g+sN2KAfk8VNN25gWXySwZiGnh/jxee9M"
        "8Ky8RhD1PgNL7XJ0GQPWBV5kCwc1LLK9TR9ilBRq46ABIWWpII65zXQUsvNx8jFuxMay9qDv"
        "eFhk29D1xaIA39nmmCvEHu+7wQTlthuBn+2afUPcY7HCC+JysbDJ/Lr75Btq6fPgMYOcIrUs"
        "sRlbo/xxRrk3tZrSGeXNB1xPrHcFfqwqUWFPYxpDxE7QXvBHfXc+A8BLu4kPsdD4vIwtIa5F"
        "5bWD7BLlKeSf67FVVeTf7XG1/KYWBaKnftqVzBtYjRmjgdhYR4XPMVVU74XGu5MlAZOjI6MU"
        "ye5Nps/zBRC4Uo+xlE+5Eq7P0+SFhQWTIYxRYq0n+LYgs6FKpuESu2UuQR6cRFLj73iIi4bF"
        "ePD3c49WH7jWh73RB/JLP466jSo3OXCUFDyCvzSBOSlayGU2XMaHQ746+kt89BpY/9fzurbe"
        "z/kWnnB2g0tyKNxkR63VkX/gvXcHntdA0aNvOZ/8UDzPTRHXjp2AqyaBTlIx0+djhh6jv+iq"
        "9+8+/KQrp9FiYrf6Otb2Ydq0OOw3yNgLJ996/0o///d+876XJ/A+OtL/0E/q71db6X7TRkrv"
        "t5nxXfLXfjNfSx/X53mmH/f0+FLvL7dt9Yv+v4/Xtn+v7w/6fve38xn9ofmX2a9eU5KE4zwJ"
        "EfwG4PH9jO1OD4jjHynkTkL10Cga+iouwkbOHee42qPr6oo2fIrc5Q2VqwEKlgP+ngxQsRrC"
        "9YQekw0qkzNyE8hbl8D8JIBnAW+vMJq4ttVbXSCc7wYfNsGAud8aJ/ZPcJ3b2L4Mt++3/lLu"
        "wNfZ67tJv842yY4JNnsv0neVdF0OabWIqDmvvrQ+K6dZJZwa8N91RfV5qd7nPrf73AOk2nbZ"
        "nrNt0B2yfgI4oEzmaIcKuYbrIpmBud5Z2DQ2AaVZtufAYySqbkilnePFLIZcoYTnjP/tAQ0I"
        "H37N37wLyB/XCPLHCPDLsvUxvOjp8ySNFabt/ghSG+JPAf1G3jHJ0TU5gbsnQcOnHrGngqIC"
        "Je0ZHHj0fKaI+3O36iaz63JkfwaQg3alri3JCOTRa77fRgOIsd+zUeZF5c90/wF9h7Yv386g"
        "L/Ogb2L6emLDfKJxKPjGrlysLX4D+rio5X5Ovs43vAwGZF30oF3l5bw3oPYo46T8QYumXc+1"
        "16dDUc8qtLYsM/f+njUFxOHLWA3bcwmxWun/ZbHWh/oDpPmxGLfvq17qBeIkKu5OEEsN1pu3"
        "e4lgCM92O5eIvy1B7aqtV4mRfei5kKS6teUAv+t3lSGhzPPtWZPeewgB5yKisilnXS0PLoc8"
        "Da/1KJcffGZqeaYofq4l67mk5vmXSkA+Q789D1vWYcS3+JDkHWc11vmnoT+e/aKfTlr6GeQe"
        "sZ4/bmXtXBju3MeVE0gRW/4W4soUzdq53BqwcRCSLyWMfkQrhqdGd/CY5/4WQ0zwijwb9DkJ"
        "zwXiF7QN4RqfU83zjbj2KnnRdUBcj3UqrFSf82yxfET4vLde+jja/VUfHYn0Ge4URW2dj9tY"
        "n9YM3oNED9GyA1h642Q9QEw95jeWzy/J1qNS6xvIk6UtT1bEq81c+aMEognfgqPfovqApwXP"
        "z1nvMt4fwmjBzgV4d8DAWNsba89DyyK9YY2tWPC0vyPgmWIdownov1hCBtnUU+p98ezL2DRp"
        "17Ae6zl3561dxJssK8Ee0uNdFnmzdcSkevS4B+YB8pjm6ekHcfchAXudjhna9U1utx0xwNK2"
        "h3btHtfy2/amzTil1fJLYzyXXnVhhefJY1+oBKOg/EkVTyOXfX69bW2aLANNhyyADrCftOAb"
        "0ojcU/Mj6nRrT8VlEm0tpNaRVY+3KOLEC5c1m4+nXgz5IvizQMZqXOIokSX+aPeiknK+JrTO"
        "cDRkF8hb9/cc7GvT7jPNSw6sGLkycFq927S0j5g3ljPdbvcyutI/IpDvoSILrqrTuBY9YZ7/"
        "6rT4EGxXerN2n0Lfb/dN5orvw5++jo9HJ1PtO2nLL6nAF2AuShvtiyoptcI4l77VufO0ugM+"
        "K5MUjVcBI+Pgg9c5v/T7o+IN2afI7P9RZPdEDH6Mlje/L8njVGg68L3dj0urYpRprOMDzqE0"
        "hOBXfYXK5A4DDD4Yz8bEoqjeIDQDmNQtZ6UtGLXdetwVP/KX3Xyb/QPMy6gs+AFyaD6CBGPg"
        "OOWyNPa6RT9gJefXHs39avQP5IDwud0PaXWwXK4RbqK3ZhxOKdM+OjPvTPwtCcBH81Vj3Tlc"
        "LwPQI6PTp+C5d9VLvJeeH9t90aix+tKOWQ22J7knT9fKB1xJpfCkgLVuvqQ/oHEy1FgMr5cE"
        "x7DeAmNYbywR9sr4e9OuNdW0jFpaKHj77w3XOI3wcJT3SnQDWRSgc1UVPFTR7lOFruQZu4xz"
        "RQRgNsg8ABDRgpNP+J1Kvd+tad22ey9rqwYfV6eWDbED17DWqebZsN2PxUtSphDD2+xiyu5N"
        "BFgghfcrQSROn3uqpHrlqwA2Fs89HHjuVvo3J+8NKQ+MPa8MfwiyHkyNa7TuRgew6V5kq150"
        "K7rTHulBPtbuf1mcZ+N77wF/Zi0Qs3qo0ntAKOc0204+/ClgATB8JFi2ukLwmnpDlQk6wYJ9"
        "IdDf7i1yBORpI4MfcvCnh77eI9c+vt1znaxzyLMQ8pqIgnecKSrWLGGIN1c/G+OIDH3KwB94"
        "TY7vJ0tHCubA3w3+tvAX7B/sOmzrCKPJcNk7fjdbq9MdX5LNQdaMeo7VFETo2rSQ6/PnD773"
        "+nAP/I34kPtDRHf4qvHpIqLj4C0j7Oqq6PQFOGwXJeEaMNlXnYThhzxgNR9uu3ieRe7bHPDy"
        "mCyGgNPsJYSfiifeHm36Eu9keFEKMqfzNCISredLn7v4h28+vqrFcbkSb5hVZL0AvPGBhmPI"
        "bjQAjnEK8VK5SZi6iYJrgrw0TLxUQR+N3hZoqYbVMsdneAHm/OHzj/V8i0ecH1T9jnygkWxw"
        "x1tZPaBpDn93e3KXixtBen+Jobu83MjSdlMRYj+rZn5eZf1JrRYNkfOQVPMZmeBeMtZBezGD"
        "doir7JOo+QyBkMDGxngpPOIVIzwXwx9uaj+95h3S+KoYxqocxlXKd9UKfSJFpcxH+LIEJ6cA"
        "nSyOK9SMcBXjcNUMuUDB+YjwHCXuCrvd7WpZ3H8seTu+9fyahwSsa3iZv8M6v783i3A0Oq7O"
        "i3c5WkKOAXJbAmv78Mwu4iAfDvLhIeRSC8ilhkrVzeBLy9Mbsdd5sTm/1vWFbY1PRuqFzoHR"
        "nkWYy8jHiOl6I4wGESo3ul1nKeCdA+DPUAAGBX3HomBDTukbLxiDaxeQ0JvY3i1ZMAL3PIrl"
        "jU4Puo7K2b/qRJg+M0GPj50jhro2atvG/hGrFB/OTsVPKTLjuyrca2Mt+KXxhBElIqdSC12z"
        "VeFIVkzFpmZrDtf6jGkyFvZ21vujFvR3PSToc3q1mK5fwNHoL+flOBfPetC2TrOd8/WbDYBO"
        "WT3rrdCzRgevIrhu61mZKQD5nW9iWI0L4arlb0Vmntk7o5RXXHkIkj3IqQFnv+rDqBlbgYpR"
        "Tkg8/xkPCP3L/sb+T/p+1fXJivxRL6z3hVX+R73ze+iZOueuHE9QZ6R2KfgcampFX3PN/aYX"
        "C2X/SdsHUnfhDt5cfSaLdp6RzeM+s+aqGZj6tY0KP9Ef9Jn1tvl6u96hrsd/0fnQda9mzTVS"
        "h/mqttTveqlf9KLiUUfekm3oBTmoZhFqKkEpi/U55auODvoGKK9EWjvobzWhEKP0+s3+DiO6"
        "3h7p/Fnr92fs3VDjfVpW8bDkuKVlcAgrBhYC8ZsT+cYnUpk9U+ln2IE/BTm+nnOqa+ntAO3o"
        "6zx6QGt7grZtTtAjI0IDeRkLWF0KpMSogekLGQECRdlDbGfW77pkw98zevyuv6Oj4s/vLQb/"
        "Uk/2X/r7/6WfPL+3+E/9o//S//Vf+vvASjmNdD21wDPwDM961pmMfSEhpjyfh5z9t75ArEUu"
        "xpbGRK0uMkYF1j5F19+PpHQty0qf9byV3itCu+6z7gIydm1MLum9+oWpG2UCXfVYBRW7b2sX"
        "tDX2SfXHvuEv+yQ3oNfoB2IQ3ypdT2U5uj7L1LfbNsR18MdF2owOYJuAtfEcfpv0zcvB/uut"
        "TYb6d6QQTd/oG/iBqormfenJ3cyaQLyD9bZrhfUkxn4J/6Yv+3Bdcxb3rIHmO4jhz7pu3xrf"
        "/rR9T78PrgT8CWRWoN+6TZRuJ7rNTT+s2yXxWdfr6P0Zn/yqp/pv7YP2h6b+StcHUr/cHENT"
        "EzwrMrL2BnhiDxu5/GARyB95t2cdX7YLerKv3NSuvcxqRmr4jhokn/6deDursQN4Bn+0OZbq"
        "K7bwUCzYATxfRH/4BDks8hKrGYNheepZTxdQAPBfA+wogmrOR8p1da06isCdHMsFajikP/hx"
        "m/Mr19ih5GnXGuUDSN69uM3tU6uuTHxBPN1ZAQQKu5V/WS0ftTmjVEz1c2hvtJ/x8JOGUUs7"
        "qF6jc462LnMEOXRqw9pmQA9xwegrgdJnrr0+WeKCcA90F6Wtn9yJHq7aPDK8BpaLWytXY0xX"
        "XLnOqw6yLgIwGIm4jRT3mf4+Zt2QPfY/ms2/3WOF6c66vg8JXbf8gb5supaTDbJtSl2u64E/"
        "//YNgHle18NTlAjWFDgFm/2Sywne2y5Zs9f3CPwaccxwO4/xx67+vMLEG1+0/relGz2il87i"
        "zvjnl576kf4cg11An8hI17tF5bPe1L+mx2wEOUci537yL98rVGIE8CGZZWEthwPq2uIL5PW3"
        "+mVdPy7q0atu3KQTJzN+Sv3e9oQ7a+Y7m1PYl+MBcvTXA7lLJN1Qse2hkoKdVO5ODib0VuAv"
        "CbyoqjqP2XN8wuXm++cdIEsj8OIrsLkD871PPN7b7mGZMG9s9qNjvb5wpLrSzN+2gb/ofeOd"
        "q93xQXae39vZpCuDG/YhlwT8G2b6MI6ijaB+BXnuR18Brtl7VwVYqzyER6Dj+R3F61fgN3sy"
        "k4MPtLAFxUJAXP42/IKwlA+1nn5vqmkfzb/7fbRt9+JIAPnhdZ8B3WW1yzX+R9o/PzS92n8z"
        "m8BY4CGLB9o1z1r0p/zEU147vQdvzs4S8/1A8K/fD5jxUMW0HwsAzpYi1X7e+XtcQE9+rfTz"
        "Rp/+k374GVEvfdD6tXvFWSdWT3zFIb9KdX41uoEPJoB7roAzsa5D4hmqZYhyGQIfX9/XgK7v"
        "5ORGh0A3hQwMVRHanqy2nun0u1a3xU/P76KA74lNkgvajeUiKhFDuNCftw5X8y9c4SH+4uDr"
        "IadcgC/6KGd4XnlAE7odl2q9WUhpdJPr77s0XQjoKopWXxl4ab23B2bGZphxQF7wJqQggBVi"
        "7dPAJ+r8EXjs8Y3xGSsk1llS7BcHyG4kThJlcnDwgXjO+Y0tFj4BmEvA3L1JtUz4u5otm6+5"
        "WQtu3vTZykRmEFEhOgAWkv7QTyDb1l/mVswn3lOeGh+pK2D5ITx5gVhyiNHobeEddqnAMeSc"
        "w/M+gTHct1gtz7geKrTedP0FYtv555FHSFaHZPiFdsFq8ZDzcVImkKPxBSK3Yzr8kodLzLKP"
        "NcT/eRRLJpMIR5UakSr7gLHcaCjR93x57qaHhIzeVx5k3iCHxNUAO3nnrq5fYu5KphnQ0EvV"
        "5gNAq8LR/AE5ZLyd91Tl6jqBXZDccPbCVZVfKpFSvBiQJT7zYfo5PWV70osRYbgCmVYpCtUG"
        "8OhySchQkWrpEO+m6hVw+1gQvmDDgj0UWPq5WM/XF55/Z5/L99Xb49Tk7XxtfDf89ppaf3+D"
        "VLd64n0TkfX3sAbPGCxAn9ja0OdmqkCxEpDfCqKGcajz2hTyRWij6H1ZzSNcI53P9HAXfYHM"
        "zbeeBR+VS29yE6IdB/QNXD3YNWIFKPAnq6JQSJhH06bjhI/SInyPvLPYHfBJ+jfUtdkeogDk"
        "4DesFK6xl/CtenTY72/mEPpf/TGx/kL4j4+JzZfD/ff/9/8BgUKCRQ=="
    ),
    "esp8266": (
        "eNp9e2+TqrrS73fZbz1VMCMz4qm6LzokQNAoAdHBN08pakB0mBkdEW7d73474Ky99j77PKvK"
        "BSGQdLp//TeZ//vH9nL5n0vR7v/49+jZsqx/9Q+um6/rH/9+MkfDV2v48mz+64/d5rr5499/"
        "gP7nSXm9Dzn3rNEXpevgg5ChvzWT1fVr5XnNYnG/kyUoNTpeo0CE9rw4Pl034vLsTy8iKM/j"
        "RWxaa8tSn8oPJ+Ob1IMyySIODmQBUZXr1FJAbTpUsRA4+JSwFZHl3AU5ZSTzHGUv9Vf7SfT5"
        "9LQZ3gfHbeZAObq8juuNHR7C5PNe7XxmpvUneMvoNkzPnHx8GTtWjNytYQwGT09NwHNPbl5m"
        "93P4PJfD85nLwoxX/OTf1nAxKSTLj33w+eVfv0875hir5B4xqPxztTvywTh8f7kMc75L/Zk9"
        "9+nuzRxF0SaSbx/W67tVDQz7WQa3tfUhJtWTMz98GeqwvudNkL+vTDGfv42j+efgY/IeDsur"
        "ike352zaGLfLenBujq/Bq/+ZL+jtCZJdAfLFnC3WL+v37cstt6t8fFp+tixy+Mc4OBiTcv7O"
        "X+Kv+cZZGGK2Xj2v4haa8HBY3Iyxu8v5Mjx85jdrnl6MPKKwmedM5nP1/rIYt2/N/Ot5ZF6z"
        "z3I3917NMZdJ+X/+6KX+OxpGT4gS+19/7N+vX033yBqNTevp+V9/XPf3qwYIp4PQaDZGa9v8"
        "ToBd/JofWkPgz1kwQXhKQIACVjpxw4filhD8oIOVYdgQOpmUZEosZhLnjRHj0PXxLJoSDsP6"
        "v/bHirALU/SArcAB42gbGlfiMDLmMM9qc7qQLi+Z54+Mp+yZkuspPUu5OopC1uCBBMGKgMU4"
        "B0Csv+cqtIytI7v57FkZmYeb0cTMovuSOAufDG7GFc7bo9OYAg5HAz8ECvyDxmo2ubTFAukS"
        "0aVpHL+CRTl7JiyuI5jZ/BnHHwg9/knz62WFXxKh6Y2Z1oUT/udI3V/o/ucaGCNkfLPj+gBO"
        "KkVDABT3o7gSZFXV6zemUGHK1AKoY15K4PuRIfEnSg78GkHtIDEqCLhDzHeH5683+zPQcnC5"
        "A45JE5eYo2ki2NE/Gy0U6jjJIa7KigpEi3wVZUnFfmrMj4GD/Lpbh7FTAatFhSsG0j0bGvYH"
        "2NuT8bSPJfUzo1H0RnhhliTmuXMhsnYTpC3ZHY0Yku2aBQWTdalpk2UQaN7Bc+lSMvGYIjGU"
        "avV0SLzxwS4ixMfTwQaRbQ2pBHxRKQjDT+hEDek+Jo7p3hUH8Ul3szt38ktr8E+6heytk0t+"
        "eTcktqOXaU2RJi3z+81G+UwJ62TuJJrfltDycDSmPuBgGy+O6uUvyrw+vBvPkR8NDOMDCb5b"
        "1/uDry8dX4OCh33bBN1eF/wrwvsO75TPkM9CUP1cfIj90JCFFc2PtQUmtLXfmoxJMhvJJMf1"
        "aUC8dtimK367ekSDHPkvrgFQuuh5bp486EZXd8RYyvadDshOB/BfFdrGIVzmxs1WwYJMpJ1y"
        "lDcFcmm5k9TcjQhK30ydiZog1csFkQFzZUIjtdyQFI14Idh+8ey3+L6ou3E1Hl8Rogw0FnPj"
        "YAdC1nQueVEJIMibTh9/8VW/3/gGYsH58/vaYcxRQAhUKHo5eYy3px9y778Y9il/XvozuJp0"
        "IcUY0TgfLFiQSf8JTQSKqpw/X9umErSoZt+eU0OBQBiWua+mBZBRTwP23Tu+IQ/fS3Xr+l5/"
        "9Znk9dbdb9vZPmtlfm88P032ORlQ1NMY9VQLQdNbF1pfO3o7ezBX1WP9es2ByMoc0LhrnNWH"
        "g8HxN4f6x64JKEq0D9uu36E+578w9/v440uA47/+BW9fONZNj6V1Xtub38Y7/uN4NnApnZoi"
        "f1EjO/ur4Mx8fmYgzoz80DknrALpWx0/4eea33/ZUKDWGfH/53haPiQyQjvI3riLK11RWNbL"
        "jxlEWyikdJ078HrCXOQQb6SM0JYxfI44C5N67i/xHjEr0d7KFPuzHzldQTYUUB+69fg/vCcd"
        "fu3f+IG6N4M6yGFsOoB8qTv7/o62ZOZflDsDVTtPrRQmWwAlb/4VMZ0UcCXyoR8/fJrFa6M1"
        "DD0AR85KkGfkVxpEHb9ks/HX5f5MBm+o67jeS2Y6c+mPCfsq7kqbCqjHs3YxZ08EKVTChuGV"
        "CGL38rFCWS/BTSL0LR50UvG/O/5SNRZXIeeLYSYLNX5pp/4c/HqBy586iM0eLyuuNK4kv2RF"
        "/hz4lTp0cun07yl4N8JBg/TbkiC9yWFoaB+LvrUg0d0eu1VzVwy8Bu30PUMfIbditHZs5A0v"
        "k0wc3oyJm4gIfLOXubr3NsOB4MdfO3OF4/3yreI3fJmQdPIwZ+fIzDl5Tf2XbG86ztYPqkVJ"
        "aDjVevl2Ob7xqarpVNbotzo7FrcHeH+PxZg6Hxe0xTdNZ6aE9NpZHVHyXhoIBLXA79nwBIkF"
        "sg4nUvBLbIbNxE/LfUEGGh8LjQ+aaHyOHvT0+qJjDH/NVlyAazpo/70b2cYU2PA9rsfaRwDq"
        "pl7IMOTI9bkQjUlzlUA7eeJT9CVNAkeFFhE100F/hLScgL8ILjKV//Lfv/QB1LzDOCCemRJh"
        "oiZ+gvfoX6QQsuljlLHx1xgGwgLlN6hJTuAC6S/6Ebp3jBkDsdA2eovhg7aFWinM/6rvA40H"
        "Q+PZvmh978eDTv/78UUfLzkBPsVfbBLqCG1Lh/3Yfms0XAs/5oepgX4AMd3R++f19pfrn+uA"
        "Bx5fpIv86PB4esjDEqfOfqEd30GrLp393p+ISUOYx+0YY5Up+qFG+0NR1plUNkyKuyNzVflw"
        "23kN//CdNSX5zYge/nDU43Fl30aeB2RHrfuMqzpbvk/tgxipUeRk74XKFtIa09o/detz04Y4"
        "Kns9GZ+8CC6wp7t6Uu8mpBbQBBeScOGTa5kiDfPzsiCKTBZewDz0kbOXYfVc8GILzJqiDQ5e"
        "xFTgfMFduLBbPOyVz9NdHr0y3xI/fOnsy4ARlAfH+FPr1Bv6McJUofW0EuVwBhnapYd8f+kg"
        "wBrd4cPe1uShjxQWAc9MKqns9HJwePgBxO4PLlDPMGHyn3/Ga5wHVnXzYe9CfNGo8QmrOY5v"
        "MdSfTp9ngPKjnfy6tkB3zEgSIH6+Cdpfv3s/rnfwAgsew+4cDWVgX9T5jrbyQx1OGHEJGXxx"
        "F+MviI4Z+GxaTQ/+h9HsF6y+ox2wyKizb45IO1tkQ5QzjJfFlSq/6umuj63kun1++PmI0q6/"
        "fNjPaCRRt4sgBLgcBcaRwUh4OKeTFxg4U1PoeYbdPFRIVS9Ibmr7u+m/n6j7ct0QfC5wfrS9"
        "wbTFsd7aVmKcK1xLrhbjqDkYn637JYSo5QH/C3P64benAz/ZpEnsYnGvx/TJdKw5mt8wFa6N"
        "OQ2QAu3tlp9M32vDd3ETq0BS/W6FDrIA6r0aDf7MiUJ64LFeqmNF2I56LE19Xu2K6JX7ltYx"
        "gVjq9KupI5Rf548F2nu0Szp+vaMv7q5oM/S1k/Vv9kDKH/1sFX4/SAuNE+Iboemozl7geB0e"
        "QjuU0Nt/pfOriY7PSEkwHplq+4HBHbZTbU8OgHjg0v9Le67W2LYd8sBPUJeIJ1PHM432r7/h"
        "i+jx57W2F2wSPb7v8NX3v+v4alKf/zJeKKsfev4Rr10/tSfYP9bfd/0O1/j9U5/697d/o6eb"
        "/zd6b/r7UJb/qQ/0wrGfOdq+QY70mPxn/LnycD2d/f2NPtD0/tn/2/fzWml7yXH8ncMf4/Xf"
        "jzW/fVn8tAUgv1wdn4Ct1/P38Zd6PQ7ofva3/j/p9+H9h5+1pqfn99/WAxc9HtfxXjc/rQHH"
        "e9X+pOMfqX/hoxsPM+YffzPt/E2m+TfU9HTj9++Xn0yWxEdrF4B1dsEqMmmeXQJnl9Zn17HP"
        "zBjK6fNRTbwK/SZOIFi1OcCZ7+CAOVNyuaYnN0/P7DU7s5Fd+gAp7WO/t9DAuPZe2GaBquSk"
        "i2mRLmYFX3w0fPEtWIl6ibmN5ewPSd00LyPOlNrxIzJqc7B1HM1yrX/z6dyYV9efOdSZvcCq"
        "18lkNTVUwV4mcjmjR3M2lYpsOj9IyNthjHNVFvF5Pm+zmCwwfijXr/Ad5KJxU6MBNfb2DYea"
        "adttYxQGK/qoE4gr1O7+xy6NiglGltst7Lkfu+kcv8Ixps7AyVZQbz90fcIu9ge4pBkcsibx"
        "1gZcNhLCTci9dQjV+gDh+kDP6Q196zt4KfanX8DXeyiwr9rsQayfwUPeqs0YoCnGLedBZWOu"
        "LCH/EkCn/P295t4rzmV2c23H+H0MSJsZd+25nntyr4vgBeFUVoBjCIyzIPiynXuRok3nyJq6"
        "6frzjGCf7O6/KpKXUsdkG92+l5Lgtwm24679LfS7C30fHUv81fpdpdv5Z0n0M+QZ+k7S5bys"
        "gVwBO3b84+kzZtig6aAwm0Fc5RB14T2gP1HCl1das13/bp3dC9Oppc6rWDWl+wbikuB90UaK"
        "uI/8cAFzL1Ac84iZUy/VJ5ds0fsk6mC0VO8QV0wy+TMmyS3HKtgKY9DBm/TVooCmjY5dXO/0"
        "eDmzAu7jg4W2mlew3zckntyaBGNNRx1bXfNA/H/ZCvtnHq0D22z3MS38q1F8CcwB89eb1ecT"
        "oo6JKh2+3w7Ep+GLklOiUicoU4dUjPD9dCCQ9neMbkHNED8R55cmwWfk3dPPghWrWSMVYHyr"
        "vIFkeN1445r1cUUbONo3dXjdHwc/eKWAfvmiY6p1cRDa5yGuSw7375oAzqnf45/BHSUXYZzV"
        "tX+u5FsRHRusv1KLQtjxZRiO9MhXzNtanSc833QbxvSC+d2un1dsjUHrdf5OMEvH5bq+haFP"
        "FH7wuqbUnXhPEiM4w0JspBjTY/5U6xwCTekBcZC13TiGM60w9g1x8mQUCGuK8msw7ed9vNho"
        "2d8PHT0ZZgDZ61G8+FRdrD5e9fqKCs6N8Sr1p94NecU3/mBdpbXUOIF5lmN8987kD18xzvGe"
        "O37NcS5IecfcUr8rdF/T9fGUal7r55o/1Jt4X0rLoV5onnx1PCIr/3xZWecK7VtJPjs6AW0P"
        "3vf93odi4qjjiU9E46U1YLPo1r38bgf3T9BlkHOkAs+r2ZgWmE+sjV4+j2sogxk+D2E9fLSt"
        "K620/rfP6RzMdvKCTt7F+Y/4izy/W6Pj+TU8xgt7+Z/Zk9fit+BF3fqcy8DQMR14Yd8O8tlx"
        "OgcbLhw80eOJ57MCnzep6zp4L72ge870c2oIRg0W0kbovgXSmPZrSwo2dKsEEidRkPrdM/Rc"
        "ZjywthF6w5keF8eYs+xJYS5Kg8DbSpbh/Ty4p7zj93TibSTr1wvuUzcvgUHllNQbvJy335cr"
        "SLeXlTAdxGIehZbFFkGh8R9idHBR7rXrB53vCrIxRr0e1XVcO3NaI2YIrta6bO3DlKtRTpUV"
        "xmJabWWHd82/Va8/P1dKhAqr0Iu1TjobD8otAseca0y8hb3804VEO4jfLr9++GGivZKWFc7g"
        "Ug84fV0cXSFY3Tb50SJTaZOkp40kva4V1bsPPMdgP/zBlBwjHx6ymhxfwZ31a09bkL2vqp3N"
        "M/qYW7/emsR/pyfZ/sICxwiXI12Q9PhwCx4whylIennVBXuysR9jclxzgLT4VyrQJu9NzCj8"
        "gcWs3m8u3ns8XzDHOAzHqLMSMxEy69ZBP40BFbW7sQ06JSuMZziwXmbUvxiyTtALoIxrteCh"
        "jIjrYGhSVESQaU87xguJXjuZ9HzJoMFx0D/0Y+i8ovG0tBAzLFKdfDJRbQdaNkSuR32ZsZeP"
        "b/yNH9Hwhx/PWkaiYM+HkL/eF35qJFCwRWVzTFc0dnmYSIF8s/0Q51ji/0yQBeI4xrwhy1rt"
        "i8EhS+4SuZu1J54Nx7uWrzOadXxKMHbRMQzI4w8mXrKCjVqfIy0T9XzZZjp2+Q7NMYk5ggt5"
        "w1Y0c3LCLxwD/bjWPhqQxx3ND3rhcOvbFzeFw1d3HxUXSD6d2jsln7Mk0HXlYv01rZOrLZGO"
        "5+XN8nENsIzY/dN4mhG0v5o+2Bvd98uSe1PJMK8fakjGaM/uH2H3HvqTfg6B4+M7G1Fjjphp"
        "TPJOr+dxZjhHvD9mNmvNua7hdPxDWm26gGBU+1pOoRzVb4K8Xe5ZHWUkKm9mgf78dSYxJ8w6"
        "XGvB6XpbUU1R7veqgN22mxt2b90V8anl9oR5l5IFebvVU88MxzG+v1nG1ZNEf+Q1wflyo+Lr"
        "BE/c0djxpz29E3UhNZ0UjDTdOru8fQ7ZoRs7/+hqG7pmJvKjq7Ha+bdQpkU1J94R8+WZSoMO"
        "X9vRgyfURT3IYdt27SPRtXc57uI0sdGbF2fkhx7TO/zY522/Fp0/d5jchl0bbbOuiys+jXVe"
        "vrhjVAWd/bcx7/au3RrIpjCUd+nuqekMbq92fcRcOkklJtFqPGsLSlo1xVioJez9RhZ6zCZd"
        "vMOoAlLdunU/avFwpRiAz/fTPQNv34+J8szu8bgdsbt65OnINzNdZ729wfsCbU61XmubUzu1"
        "gvVi/NAptHk6NvHibiyoj6Pe38h+bNSXBn1B1vmbWS8TbF/hiu1eRtpPLNi3EU9do9m3DH2v"
        "jksh7XFwL9OOcK0L6CeIMrr1rOBmoSyRNuWRflyTUKjJoeunYyrSSzf2ge7r2f4JThT1FtuU"
        "rY3EnA2KhOzDDvsrpsy7e3iaUY39t15WPPLHoTRJ1o+3MQZ7w7GzQ63HuMCtdrPmWrvf/dw0"
        "5mFdCNTPzr6uen39uf7Qvukx+LBv7nvPI//ZcHTNMY0JTwU40xgj9YKFa4x2zRms/J4P30Oj"
        "k590D73umM4U6XvrxqT+rfZndJDZSm7PBhrjXh7u+i9XpuMgzI36Z2/dlWNch3IyGvTty37t"
        "etxlxxvU+GQeVxHG3ck05olf8ISivR5smBzWT4/9YF0/1fvLVGQLOmxt9Aw4V5NLgU7YCxCX"
        "8LMfw0Vsir/Ux3jBdV1K10fsAz7hsW4nul1yBGSg+4nQ+z8LvV/1U/8+HI1mw4JLv1cwg+tX"
        "TI4dVIR/g/qF0G92gAIjj+963vu05FMia1Zyfkrur7fBjCyqS4xe7zU01KGAzynGusiLfGVD"
        "y2LT343QR0mhdjaMHaeqFPoxr51PIvZxnr1MW7EzjCPinbhlvo+8QKxKtJ19jrkBdn8+jGdQ"
        "mF6MdnbY1Q2JxRJFVo7Hxcp0lpfDK99RQ+8HTxnmFJlhiN3UmBT3Dyj8udFW9qRoX/B+Zjwr"
        "tGN1BaU5T2iCHjuFo+D35ma/hhgvHWYB+sLO5uVsjX4tri4DMCsoMsw/t1Ojrp1/qnH1/KYG"
        "rXV9CuXJ/LHRdmO06BubuAw4oYrqWmhyeDckxuRwZpSCHF5l9thfQIErdZ9K+ZArveh6kPxk"
        "UclkhGNUROOEXFfOwlXpPFoTryokyoM7sdTxd+KSsmUJGf9936PHA9d4OHZ4cH7h46zbUHvp"
        "iUNa8hh/WYpzUljJde6uk9Op2JyDNTn7La7/7XHfGM8fxR7fsA/jz/RUeumBGpszfyFH/4Y8"
        "b5Ci+8iwX/mpdB77uVwbdgdNtRPqJJUwvT/W0dPjV+l6yzPR9S21YqzHa6X1o2vT1M0JdPoS"
        "yveu3nX/z/7ue69OGQPTI/+lf6LrP3173NULddtJNL+78Wfyr/3dfD19J72f1/WTix5/Rn7a"
        "NPlF/9/H69t/ru83+v7s7+fr8OPUb129ekudNJoWaQR4DdHiBzk7vN/Rj79kmDsJZcEkdgOV"
        "lFErl7Z93hzhsrnAjs/BW1+h2owhXI/5czqGcuPi/Yye0x1U6Qd4Keata2R+GuK7GG9vcDGe"
        "aVibT3Tnh/GL6RCMuZ9aOwne8b4wifnp7p+vo7U8oK0zt7cu/fownfyckq72IgNPSc/jmFaL"
        "mHb71Z+9zSpoXgu7wfjvsqF6v1TXuT/6OvcYVN+u+n22Hdww63cwDqjSJRyglFu8L9MFquuN"
        "RW1rOgiadb8PPAVRDyMqzYKsFgnmChW+19lfC2kAcvo1f/ssMH/cAuaPMcYv697G8NLS+0k6"
        "Vpj39RFQOyeYY/Qb++e0gEv6jubeCVs+9x1zLiiUkPZ7cGjRi4VyvO+b0bS52VQT8zXEHHQo"
        "9dmS3ME8esuP+3iMPvZrMcn9uPqeH1+w79T3FfsF9uU+9s26PkvsWODoOBRt41Cutga/In1c"
        "NPK4dN4+rmQdjp1taWG7LqqlNabmJOdO9Q2rtl/PxRpRVzSLGraG0c19vOVtiX74c6rcfl9C"
        "bDb6f1lu9ab+GDQ/VtP+e2VlfijeRc29GbCsi/WWfS1xKPmj3c8lki9DULPuz6skYJ4sD5NU"
        "rzFs5HfzrHIQqnu/32vStYcI41xU9XzO2VDLg0uXZ9GlmRTyhS+6szxzSB5ryS3PaXjxplKU"
        "jxv0+2HrJor5npzSYmBvpjr/7OhPFr/op7Oefoa5R6LnT3pZ25+MDG7T2g6lSIxgj35lDot+"
        "Lq/B2DiMnDclOnzEG0bmHXbIlBfBnqBP8MsiH4+4E32UwD9hH+E9+cg0z3fiYtXyU58D4nqs"
        "99LI9D7Pnsh7TD6Oxg8eJ4e/4tGWoPdw5xD353y81ng1FvgdJnpAqwHG0js7tzBisljQGgH/"
        "TPc+lRpvKE+W9TzZOH7TzVXcKyTa4Xs09HtoTmRe8uIjtz6nx1MUr9hHidYdY2Ci9Y31+6FV"
        "mV2Jjq1Y+NC/M8Yz5TaBGeJfrDGDbJs59d94/tbptNOvYTvVcx4+9maZ7PK8Qn3IzjdZFu3e"
        "FrP6bnEf1QPlMS+y92/g3l1i7PV+zuEw6nK7/YRhLG36cOhrXOsv05+304zW6zcd43n0og9W"
        "+L48j4RKCYTVd6Z4Fnvs9e1pb9J0HWo6ZIl0oP5kJd85rSh8tTzDYNj4KqnSeG+A2sZGM91D"
        "zB0/WjdsOZ37CeaLaM9CmahpReJUVuSlr0Wl1XLr0CYnscs+MW893grUr11fZ1pWHFkx8WRo"
        "97jb9bRPmD+VC93uaxlDGZwB5XuqnRVX9fu0EZbo3n8b9PEh6q70F32dQj/v6yZLxY/R90j7"
        "x7Odq/6brOeXVGgLCBeVCceyTisNGPtzZAxuPKtvGJ9VaQbTTcicafjCm4J/jkaT8gnM97ir"
        "/1EwLZGgHaPVNRhJ5/5eajrIra/HZXU5yXWsE2CcQ2m0A1W/RarLHcYEbTBZTB2DQrMDWGCY"
        "NKwWlSnQD3vNdCi+5S+9+erqB4RXcVXyE+bQfIIJxti2q3XV6esevlFLPn5qNLdLhz+UA5CP"
        "vh7SY7Bab4G08VM7jeaUaRudd9/Mgr0Too3mm9a4cbxfh4ijDtPv4aN2ZaX+D87PfV00bo2R"
        "NBPWoO5J7sv3Sx1gXEml8KXAte7eZDCmSerqWIxs1w5JcL0lIbjeRALxq+Rr168107RMeloo"
        "WvuvHddxmsOjSWFVcEVZlIi5ug7vquzrVJEnec4+p4VyBMZsmHlgQERL7rzidS51vVvTuu9r"
        "L1ujQRvXZIaJvoM0uNa55pnb12PJ2qky9OF9djFntzbGWCDD72vhSJI9aqpO/ZOvYk62etRw"
        "8L1rFVztwnIpDzt93nT8ccC4MzVtYDuMT6jTVmwqK76Ww7nlWJiP9fUvg/N8erPu+OvWgj7L"
        "glrXgKDgNN/PXoI5xgKo+CBYvrmg85r7rsoFnRHB3gDxO7zGtj5HO+nihwLt6Wmka+Taxvc1"
        "19m2wDwLwG9jitZxoajYspQBby9BPiWx4waUoT3w24Lc3g3tKZiNvyv+9vgLj3d2cftzhPHM"
        "XVvnr3ZvDIbTz3R3kg2jvm20pSP02bSI6/3nF370R/gM7Y14kcdTTA/kouPT1YYa4VPusIun"
        "4vc3jMMOcRptMSZ7a9IoepEnopbufkiWeew9LTFenjorF+M0c830OYXUP8JuJMlBRp9KYeb0"
        "MY8dCdvlOuAe+ea7l7d6dV5vxBNhtbNdYbzxAu4UsxuTpCohGfpL5aVR5qUK7x3wsyj1M4V9"
        "NH5awVq59bogH/gBzvnNly/b5Z5MOD+p5hkCpNHZkYG/MSykaYm/mzm7ydXVAV1fYnCTn1dn"
        "bXqZiEiQ14ugqPPRrFGr1pHLyKmXC2dGrHSqnfZqge2I1Pmro5YLQCGhjk3JWviOX07IUrjf"
        "vDv76bfPmMbXpZuoyk3qjB/qDbyColIWE/K5RiOnMDpZnTfQTkidkGjTulxA+HEGsoTU2xBv"
        "uN+sy9u3Ia/nJytoeOSgdrmfy2dc59fXbhVNJufNx+pZTtaYY6Dc1sjaEb5ziDnKh6N8eIS5"
        "1ApzKbdQRjt+0/JkDvvZL+72r/X5wv6MT+40K50Dw5HFhMs4wE593ghzgBiqnW43eYbxzgnj"
        "z0hgDIp4J6JkLqf0iZeM4b2HkdCT2N8MWTIHn/mUyCudn/Q5Kvv4c06E6T0TuL8cbOHqs1H7"
        "3vdPWK24u3gvvyuRd7arJlbva9EuTWeYQojYrnUyU+iytayZSrozW0u813tMs6kw9wvrt7Og"
        "f56HRDzr85COkBLU5C/75VCLx3nQ/pxmP+fPNR8jnbJ+nLeCxxkdsonxvj/PyroDIH/mmwRX"
        "44GuOXQ7QSlI8hg/EFmqHwlxhAIyUAgrR581BsyL+/OQyAtMFCcYOnI/Wlk3M7f1OWf9LsV3"
        "D76hzxrpd+aS9/UP6OYr9XyJPj1UyWO3v49tfSYfjV4IzKloTSBCu4KeT0BHD12znW8adXlv"
        "YpaPQ1tQinmujXOJcvaY424jHxYO2nBIfs6Q5aMb+jP9HkWrj3Fld276bOq4UMG+jylh35/x"
        "zPYHg5JEuN2e2L2oEIDLiEFEPMxeGHn5ydd/P6OHi5rX/fmpJvbXTJZ39Fqv5kXvIerzwrBt"
        "f87XzfaZ/fczorpGhusXB+M3fi5X8mbPbF3k8Gh3dmam60Ez9QKMECMcRwbGgBx9d1drcFFs"
        "lDB11HUyGYifM3fU1GcLH3WLv56vbB0LunoWBDmamPHfz4cZ+jzP/T7t+L+jQbU7R4O3vgZl"
        "yOkObJMdxEafn1fTO62tCy2GiqmDTd9v4F8pvfriEBqvZaQiQj7YW0kAMdHVi4hrwf7eYEqu"
        "ARqNwvGrOFZPQtecGt5EAJ+L/T5+bb6MoZSqFWTlh5cr5Wl3PNBWxf0/z2nqYrI+rzoWsfp1"
        "vrY7M+Zs/XV5MJ2RDGfEw9hJpAJmpriPUjKUeF9UgwTxrM/7r/q/O9A5326UmDOMO6/0WdP+"
        "U+vyhXn9Mp6/R1LTdQzrK+19YPOPNSft2tTPedc7+W/nXa+s7OWBee0YMQSHxzll+nv9MArg"
        "N/3/j3F8vR31v/SzyPvHftTS387zXxZAYO8GlUTfFDvcYhg/aPp1LeznXPdvdIkf/Pbng13M"
        "m/u/1UhrRL/q/95m4aT/gDd0LjURwYM//fj9usnNMIDWH4x1R2BwFvTvtT5PZtjnm2105/tN"
        "E+Ma9Edl1k5OiHnMNcgSr2325Bdo/5q96bj6OkH9z57oE9rBuo6XI+nLw8KYob9HSjveUljN"
        "4DxRfmO6ZbePvQblO9HqtKwziOSygeFMXsBF67XfsHqZEbTkMF2fU2+4LFnHO13P7vYN9P57"
        "EDzsOUqUNaActCOsjhzAe33+SIC4uyAaB80e02Ohvjfo69EceIp61irgTx8rjB9g5WFEiXxY"
        "f7pqGTvTyD0VmL9mEnOsqM28lTOr2HP29CR7ezJGhzNrEy4LjvnEDCRzMKcMHMjrOhLEkXnd"
        "40mfn+VTbddj7iGPvGAJznWZv7wNKSw9gs4jfcYxyHXJvY3M8hS84a5ZKuKf9h8FU0wEK7Ks"
        "MY44XRI3fp54gFGwq+Br/U6WZrA5Eb5f2frvcU6MMLQWyYU76sL3OBYp8wQmT6vNbhisoLie"
        "cd4rysEjCmB1nhUEQ/BxTs6lz1dAvn3u76U6pZCcMokxHNLABSk73XueyvTnbymEs+HUh3p5"
        "k2e5icnb/PhhpfU35gs5ZCjTzEfPjrEZ91ZS4Zou3gEdRSrO51StP6Bwc7ImQsexn2vvafWK"
        "CZq1P+/O12xtW/18TS/bWtdMe/zodvdcYx8qUCgL0fsd3Udh42HIH0PtNlBPOr+yu7v1MibY"
        "JlPNL+5zTP0urfIzkmFMpnGEFH7mZfZs1vVPfVb/wZz+K7jf/mCu++s40/x//x+vAdzk"
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
