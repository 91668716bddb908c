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
        self.flash_reach = lambda esp, address, size, flash_size: None  # refuse past 16 MiB
        self.rom_sector_planner = None  # (esp, plan, hint): sectors to write, asked of a ROM
        self.reflash_hints = None       # (args) -> {address: what was flashed there last time}
        self.reflash_proof = lambda esp, plan: False    # -> True: written sectors' digests prove it
        self.stub_sector_planner = None     # (esp, plan): sectors to write, asked of our stub
        self.read_flash = lambda esp, *range_progress: esp.read_flash(*range_progress)
        self.resets = {}                # --before name -> reset(loader) into the bootloader
        self.afters = {}                # --after name -> leave(loader), beside v2.3's
        self.reset_for_port = []        # pick(loader) -> the --before name its port needs, or None
        self.chip_identifiers = []      # identify(loader) -> (chip class or None, what was read)
        self.tracer = None              # (enabled) -> what --trace writes with, in place of Tracer
        self.api = {}                   # name -> object offered as esptool.<name>


EXTENSIONS = Extensions()


def before_choices():
    """--before's choices (docs/protocol.md §6.6), with the resets extensions add."""
    return ["default_reset"] + list(EXTENSIONS.resets) + ["no_reset", "no_reset_no_sync"]


def import_extension(name):
    """The package module `name` installed beside this file; None when copied alone
    (then v2.3's commands only). espsecure.py finds its own part of the package so."""
    try:
        return importlib.import_module(name)
    except ImportError as e:
        if e.name not in (name, name.split(".")[0]):
            raise                       # the package is there but broken: show why
        return None


def load_extensions():
    """Let the package beside this file register what it adds (once); EXTENSIONS."""
    if not EXTENSIONS.loaded:
        EXTENSIONS.loaded = True
        module = import_extension(EXTENSION_MODULE)
        if module:
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
    FLASH_WRITTEN_MD5 = 0xE1       # ours: MD5 of what the stub read back (docs/protocol.md §5.16)


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
                        0x16: "4MB", 0x17: "8MB", 0x18: "16MB", 0x19: "32MB"}

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
        if isinstance(port, str):
            port = open_serial_port(port, baud)
        self._link = port if isinstance(port, SlipPort) else SlipPort(
            port, (EXTENSIONS.tracer or Tracer)(trace_enabled))
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
    SPI_ADDR_REG_MSB = True        # the address from ADDR's top bits (docs/protocol.md §8.2)
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
        # docs/protocol.md §5.7: an empty FLASH_BEGIN attaches the flash; a damaged size erases at 0x0.
        with EXTENSIONS.erase_guard(self, None):     # None: no region, the attach's own erase
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
        if EXTENSIONS.checked_exchanges:    # its SYNC turned them off (docs/protocol.md §5.14)
            EXTENSIONS.checked_exchanges(esp)
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
        stub_code = stub_image(getattr(rom, "stub_key", lambda: chip_key(type(rom)))())
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
    EXTENSIONS.flash_reach(esp, address, size, flash_size)


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
    check_regions_fit(esp, regions, flash_size)
    check_regions_disjoint(regions, esp.FLASH_SECTOR_SIZE)
    return regions


def check_regions_fit(esp, regions, flash_size):
    for region in regions:
        if region.end > flash_size:
            raise FatalError("File %s (length %d) at offset %d will not fit in %d bytes of flash. "
                             "Use --flash-size argument, or change flashing address."
                             % (region.filename, len(region.data), region.address, flash_size))
        EXTENSIONS.flash_reach(esp, region.address, len(region.data), flash_size)


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
            recovery.recover(error, attempt.safe_resume_offset() > resume, attempt)  # progressed?
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
    """v2.3's answer to a failed block: the command fails (EXTENSIONS.link_recovery does more)."""

    errors_seen = 0

    def __init__(self, esp):
        self.esp = esp

    def recover(self, error, progressed, attempt=None):
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
        if plan is not None and (plan.verified or EXTENSIONS.reflash_proof(esp, plan)):
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
    """Ask the chip which sectors of `region` hold the data; None: too small to ask."""
    if len(region.data) < SKIP_MIN_SIZE:
        return None
    plan = SectorPlan(region, esp.FLASH_SECTOR_SIZE)
    if Op.FLASH_SECTOR_MD5 not in esp.ROM_LACKS:
        (EXTENSIONS.stub_sector_planner or compare_stub_digests)(esp, plan)
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
    data = EXTENSIONS.read_flash(esp, address, size, report)     # a link fault: resumed
    esp.reporter.progress_end()
    return data, time.time() - started


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
    if size is None or size == "32MB" and size not in esp.FLASH_SIZES:  # not in v2.3's headers
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
    verifying, esp.verify_all = getattr(args, "verify", False), getattr(args, "verify_all", False)
    hints = EXTENSIONS.reflash_hints(args) if EXTENSIONS.reflash_hints else None
    write_regions(esp, regions, compress, skip=skip, hints=hints, verifying=verifying)
    if verifying:
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
    p.add_argument("--force", action="store_true", help="--no-skip, and write an image the chip refuses")
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
        "eNqFfFuTqjy37n95b/2qoFu6xVW1LhISIGiUgGjjzS5FDYhKd2vLYdf+73sk6Jzz/Q5rdRUT"
        "YiAZGRmHZ4wk8//+tb1e/8+16PZ//dfodfjy/o/+h9vm+/bXf72Yo+Hbq20PX//x125z2/z1"
        "X38h9ecJcWuGjHnW6JuQdfCJ8dDfmsnq9r3yvHaxaBq8RFKOjrco4KE9L44vtw2/vvrTKw/K"
        "83gRm9basuSX9MPJ+C4ynxa6ZUwxjRGSviPSCRZXShCfIWlhUjsI13XkyiQguaBOgz6wrEJX"
        "wFd+UW5uu9XNPlSvQySD+Wh+z7w7GXYvk+vGj5qZxycSn5Lt+DUo0GZjDCP206wMw7jfdlkR"
        "s6j0fhbZ+jg+lrO3z4KyGz0VQTR6FdMZql1381FsvprR9vMjQveXE08iNMFvX37ahvfF22A7"
        "s2J/hbsDyevhcjwHVpSJ+76ffw4m4d2Ylc72dT9ZOF8zcby8G5b/mqVZka5fboQcT0ay+Lp/"
        "xZ/d+G2a0p/R+OLY99HIO3xeq0Gxz9+rpB6Nheunks53JHndr9avg611mLDDerm5NlQUk0P8"
        "YbSf5LOdJ1/dWZZGR1bL26m81vw4HJojw4g+0thdDN+r7YCcp6GViNo7VhFliyoYJEb2Yh+/"
        "xj/j6cfk01/kP7cwpm7wVz/zf0rEu/n69m7+46/95fbd6p+sIUjOu/WPv2775qaEhBM7HHYb"
        "Y2FTjk5o56SBwFNsoyBHtW8bNkya478ZHVx1TRtJEeJIIlo6ccuG/J7g8d3QombAy4Zj6u8t"
        "amLng2LjoOtYFk0xQ8P6P9bHEtMrleQApYAgg9iGkhd+GBlzNM9qc7oQLiup54+Ml+yV4Nsp"
        "PQuxOvJC1MhDAnFaBCCRwxqhhfqe1WFtECfrxzMrI/NwN9qYWmRfYmfh48HduKHz9ui0JkeH"
        "owEfIoLYJ4nlbHLtigXQxaNr2zp+hRbl7BUEvo7QzGZDaH/AVfsnxb+3ldIHruiNgT2InhTT"
        "hKovNH8lchIMfLLj+oCcVPAWg+YwP4orjldVvf6gUnBUphZCdcxKgdh+ZAi4eMkQu0UIdAox"
        "GQTMwebFYfn73f4K1Dy4zEGOSRIXm6NpwunRPxsdKuRxkqO4KivCI4LEOy9LwvdTY34MgDDU"
        "WIexUyFa8wpGjLD+bWjYn8jenoyXfSyInxmtJHfMCrPEMcudKxa1mwBtye5oxCjZrmlQUFGX"
        "ijZRBoHiHXotXYInHpU4RqVcvRwSb3ywiwjk4+VgI55tDSE5+iaCYwqfkIkckn2MHdNtJEP8"
        "i+xmDXPya2ewL7JF2Yeel/x6MQSUo7dpTYAmNefN3Yb5mWKq59xJFL8tRMbhm6Nk6lMcTGP0"
        "lGde5vXhYrxGfjQwjE8guLFuzYOvb5qvQcHCvmwiVV4X7DuCZy3vhM2Az5wT9Tv/5PuhIQor"
        "mh9rC5moq/3OpFTg2UgkOYxPCcS7lm2yYvebh5WQA//5LUCELHqemycP6dZlAzKW0r3WAaF1"
        "AP6s0DQO4TI37rYMFngi7JTBfBOErx2D4TI3wjD7ZupM5ASoXi6wCKgrEhLJ5QanYNgLTveL"
        "V7+D93mt21Xy+F4Dt5CSxdw42AEXNZkLVlQcYeCN1sdffFXvt74BsuD8+n4kHSdxrgjsxTdo"
        "q5g82tuTT7EHO2Gf8telP0M3kywEH4M0zgcLGmTCf+ntSTl/vXVtxUlRzX48p0YFCMKwzH05"
        "LRAe9TRAXaP5Bjy8lPKu695/1Zn4vbc72262zzqRN63np8k+xwMCehqDnmqtBHrro9JXTa+2"
        "BxNxf4xfjTngWZmjw7eWs/pwMBhcc1TjQajb56gowT5sdb1DfMZ+ydyf7ds8qE/o07H/kLdv"
        "aOuu2lI6r+zNH+0d/217BmKBIJIAf20E7dGrL9GZ+uxMET9T/KRzjmmFhG9pfqLnPW9+2VCE"
        "rde7afxuT80PjozQDrIP5sJIVwQt6+XnDEVbVAjhgp9m9YS6jhCsFSICW0bhd5CzMKnn/hKe"
        "QWYF2FuRQn32nKcbEi1BoA96PP6T95gq+f36gx+ge+Chwa+MTQcBX2pt3y9gS2b+VboAHmrn"
        "pRPcpAtE8Id/A5lOCnTD4qEfTz75i4mxGKcTmM+b0u8JqoBfTJWBX+J1TTnJzvl76r9l4txM"
        "BH2jC2KLzAT1fElRgm40mUi08FvDxJQuqwIdfE3Pcc44lWgnlIzF5IfhO8+lRJOY4lEvDwUT"
        "AX4zxnEV2l8zAvro7hcvsl54bYB4Q4flT7Yd7vaH79Ga+66MDiHY8Jx+NbuaTxDFQ803chUw"
        "3gba1hKOOn8o5bbj+8PY2r4bNVZ0XjVtu4OmzT1PB2ATqTP1WbUronfmW8qvci07pG7B3u34"
        "9zhsOuCPIVX5hV/G4YsE/mAW/OJXferlnwQsA52sywbm5hPFjKOXbes4BQe7kiwvjDFZZ0cy"
        "rT54KtBcZrlUglYv2GyEBPiWlxHHQ8Gb98N4RoR/1XLIWod9GZSVYKrzRAnFCfDD0TDNGdr3"
        "Y5lMug0rzle0/3iWL/y7tqbzruPQ52jCrSMtsvjIh2XBmteDnb+GNh72eCEHQ2IdSRnPg/oN"
        "aFwoPzmZ1FtWBFfn39pTjKZSy0fNnLl0Fr+xB/9D/26o9xfm7ByZOcNahvam42z9oFqUmIRT"
        "Zbc+rscPNpU1mYr6gX9I3B3Q5RLzMXE+r+Cr7gorZZILr5vVEcGX0gBFkQv4ng5PKLEQIISJ"
        "4Owam2E78dNyX+CB0p+F0p9+Pk30p//qDMAta7qCeXJN4DHx7ngbE0SHl7geKx+KDj1/hyED"
        "pZxz3poklwnqJi9sCr62TdBRgscAfjjgr4GWE2JvnPFM5r/wTUgCkB9DNeSjJBC+0i9c/9Yv"
        "/1MeTs1IRJNEnhsBfbYbf4fuJmmktqIZI8QUvI66ObciH/SsBR8JNmc2yhzE0ygUTYCWZYQA"
        "46gvYuSmdLkB2ZNmW7DPGdyX3dQnKIgrgYsqHAOmgBdnBO04cWu+H6DMnEPQ8b4wGUXePllF"
        "1655C9smZ6BPEw/XeIYKZIBPv9VuGW0Exa96rnBKVxK7ea9POdDc3oYTwyY/tbueD+wG/FHg"
        "OX2c87sN5IdavvG6MMqtaTSpM7C2IPNVge+h8e/00lb6Vx9BHwclBnueHIaGkkGQvwJHjT12"
        "q1bJCdgORzQZYEKx5aO1Y4NtYGWS8cOHMXETHiHf7G28bB4ybT39AyM5BmSMeEkx8P0F0NML"
        "PMP3lBDKwT6fmqdc/GGftX8wIQYTM4A7v+yBSTjYZqCvRTVamTVggl5PbuSXn1H69ZAV7X6O"
        "ED+MTdXeHPFne5miT7cPkK33P8rPIPAdFGiqjwr/j3sfkkOgUSDpZEmhZEWCfwg1vb/v07/d"
        "f48D/rS8DhIH5PMTgX8PBHvgkSDN/HdjfIrARlnTsGycD/9T7EAWSXk1RKCwx5YfUb0jAfcp"
        "C5FTXUXJIKKtp8PoWkyi+izqdGuYKdHi8PBz7n06aHKJPsSAL8Bu+u66Nfxubs1NcQmsyqfm"
        "PBQ2ftO8wysuReXPPw/vBSu2yJfDzLn6scxAfqG8dAiut2sPaCCfp1SmKC6bIsJyy7v97n1W"
        "Fexc47lTA3bYL5wO+nMyQHt+8vT7/4p9evvxicpAOP7AaMCGuCYJRQQ2vWxA7oNZJ/ypSJ7z"
        "+9sO+ogC/7R8Jep7HQ/WtI3Bf5vIZKgEebo84iWQr/ohF4CPofyMB7VN+W1/e3qMDl7E2j8l"
        "ulxD2asnqj+F17X9nQoP/LmJwV7rMq+BHiKU/QEtCUSItlCfOb09F3NBWyr9dbkzncOUBden"
        "74/RkTqbFi8moOGpgXDjvDvD5u1uX8qGc9Gac7TvccjRA5taBCGiKYQqyq5b4ON7vMZs09Hl"
        "nk+fEPN0qmz19RYF/wC2tFjUaMo6f2m0+w4foc8y/YR68AfQz67vp6OAL+y0VELx2rc3RlXj"
        "QNzj5gVwCet28vZgBJfBOXzf2G9M+LHmL5E5g/ipje1WSFSh/TdnpY0PYaDwhdzm+DN89ZHR"
        "BQe0gjpeC01X09h1gX6oczq8R0awaM1wK0KZ4Mge13Wq/VTJPrxujjYOKmrpfnCDrgKI4RYN"
        "xDdpt+Bb32BwiS+FuJ+xMi+IQPj2mO9rVuSvgV/Jg8ahOt7Q9q9tMNgHbW842D9Fk4o3AYvq"
        "+8DQd63L+xngF5PIpz2h9KnftpaPMwMn4Oj2NL7UeMewQ6DGIBCqabwzUO+Ptb8XjgXypOMV"
        "LS9clf+Qb4qugI9r/1mv9eWPMoOwUIS1+yxrefTkBcpC4X3qlH+T11yVZwjKhE+h/oIqsEdK"
        "vvv6jYo/puj+t/am9V35V4ye5X+Sf11PqGqv1N/r+qsqZ0g84wX9/siRf/te9/8Hva/q+wBd"
        "/lW/YODQ/0p9T2Wp2g/Eo32w4X+zB3+036n6np/MEQ/9dBXe7NuLVVnjzR5/av+A1Pt9+w9/"
        "ofC7Nfnb+AlX/DAVPVjz/w9+/O5fz6fmb/++Hq8jgH6s4wPdP5GKviuC97+dRM2n86RX90/Q"
        "D7yv5UW3h5W/IkL5k7uq/6O/3/zAleLnVM13MMmZP42Br1HtsgudB3mE4LLhusF1CHJAfgUL"
        "N67O8cwAXbubMVmxGB3gOZ462AuidBnkoRfk8wtcRoBr5I603rssD50g57H7ZVj3uVB5kutH"
        "QvDUSRdBnC54bX7OCrb4bNnibo8gvinBSgSVzaTcMWN29CgwvVwaxocrr5FTDbjkbFwyfv6a"
        "FI5Ew/PN3rIK4g4LYpnmWkRv0yL6Fg6ZBh/8+u0hiVcR6Gs1B4z7MvIGdztP7jZHXelgaWn8"
        "2xy6zfT8oN+CS7hpb7fciWGxfB6XZCHMMalQxZDb+y7qUuMV6o6SZgUdzRq2BFs4mYLvXDzi"
        "SyLduX6Xb7YI+MlbagOelGNv3/p1TUOxqKctwvEzXgfMi5I+Xoe2fsDXIXy2sAm8OOJXb1Mz"
        "4BUv6ru8uHLibcBV2cX+gKp0hw5Zm7yuDVRtIhRuQnZeh6hcSxSuD+Sc3mH+vpAHvqRKfxBb"
        "26hYH1C5OSC+HqrO15+2E32bCEYw5FKej/XUaxDxrjVMmeqj3IJP6OLgzXbw3UL4ghzkTKQZ"
        "q/63c9X/pKkLXV9WaAy+XtEffEO7hUR5DhOJ61bX5xmGOqGfvyvcnKmKCTaq3JQphm8TKOu+"
        "mh+h3l2o5/yUwlWqd6Uuf5WqLlfP0TFxohPMO9j2imOdn6JtlSPR2/z8e2Ho/AsHPpsmnhQU"
        "Y813onByvXPMEIkeoy3z7rveDwdzRKsp2bfgX3PwYZhdrRQduoF6R8WIUV6D35s59VJKlgLe"
        "DEe/28OAZg5b/e7y1F3Mgq7q3WjwIdwZWUznnqNyt76uX+dsx3fHASu5M0H+x1Umxbd9Vrnh"
        "ir03McSkDOpIJDN0mEFcKc3cPFhfHQFlyIYDDHqFWNOy7D7gX4YPMSVB+75tXG2NoExB1pHD"
        "sg/QH4YuEF0hOVuhGjDVtU3gN3xx1W/BSsEl8NEQX0lvf7DhvvF2WohromJVDn7UBpSPdmTw"
        "xFGAr+fGVen7uhjyFMO7FLAoas6dgbLvnl9fQQORQYSyoy4/7/h8NFQutfY2r7O6j0ubno87"
        "JBVeqXF9H2m8QTLTQVnfL99MB52n/TGnlooLVf4ZVCgK1wzaAdX1lgcjOt8tmPO0BX+/YrWK"
        "YQG3HEAutgvdDgQ/DEEcW4PmjQLA2jHEmlnWsULuFqJuu1zi74OmJ4MIdNce+Zu/kLeahGge"
        "D70+4wl9E2wSf+qpQIuli8G6Smtl7yCWzQDiFBcqnnzlKbBW82sGfaGUaeUv1btc1W10HVO4"
        "/clzApo48ab3PoeheHLSPMIrP7uurGtVpBDjl5pOBDYCnvt6LwBbB2ECYV+I1VeYj7SX3+VP"
        "N4BoUSnAOZKBd5Z0TGKQyfTQz8/jHopgBr+HKP14lM0bARuFWPeaAqqG+FyuqQv9H8GeR56v"
        "x+h4fo369j7u/fyf6YvXwbfIfdPjc65jQzBVHvblIJ8dpzNkoyvYWLOXJ5bPQPdmbeq6DjwL"
        "t9G/U/U7MTglBg1Jy1XdAmhc9WNLCjp0qwQlTiLR6qJ/EwU147G5jSi0p9qFNuY0e5ESZCUI"
        "vNHByuB5FjQp0/yeTrz3g9WPF7k73S9G48opiTd+OW/3V4gF3X6uuOmALOaBYVl0ERRK/kMh"
        "+FW6S12vcTnHiTHq7Xxdx7UzJzXIDD4JZF63NuB/OYyIMMOYT1Ow3eLBv6TXn+edYC7DNPRa"
        "A3yXs/HAxvtoYc6UTERhP//pQoDtU99On/wwwU4J0wpn6FqPGXldHF3Oad21+fdooHzWvKcN"
        "z3tdK6qLr7A5nodPmRJjla/p52pyfEf0pR/7pjNUfkPpsLN5BT/T9OOtMf9neuLRL1lghEkG"
        "dKG4lw/3iwXUoRLF/XzVBX2xoT6SysaqOMHfEQ62GGIlvgeQTU2p7VDc27llyTy+J/p33U7U"
        "9/V6N0TH8eo7rFuw0zBntJ8zAjZL1AmTHOa4lgsGESZ2AaHD2DHHbk874JJEjR3Tni8Zaqd4"
        "hajox45siL5AXmlv/9gGG1r+o97/NHWbX7pBUKUuvvf50l6eqPdL5h/6jH/xah1Df9Dv2raP"
        "3y7fXsYC7Ob8WEveYAfq5DhCbbr4qDMbcTeBf0XtcuAX6DhuOtAGsNHMTaRaWxvOk/z7/jLk"
        "+ametQTwBgY9beD7Kx4ZyvVj6K9R+AvC3nqh/HBz+h4AiamxMF0mBfBfyCid1RNKizpHMpqq"
        "dYwKv4XDp2zA9ym27n0Z+Iytg27bm9Q4rqZos4yrFwH22WuD8/WO42Gj6FivDJHBGPCSLjxu"
        "JKY7FWP4vcYvui28EjKFOfMTI3vgSeK5/XsUm7oP4PcU4HVUdSgzxlq+QG5A5u2gsyfAl9dZ"
        "Vy9C8ephofkH9G7rGUeXO9p52q8ccFa7+87tsFu7bmfEMMekekGZr9trZG+rG8A7V8DYXsHw"
        "ve8b3zUPiJov4GMCsTj04e4NdN0K40W9/7mcHJdqnXLLzpvW5u0uFInm0fXBL6Af5Er5JDL+"
        "5VOTjUogqZwtz4+uklXt30KRApbFHgnf+UxutO9Am+34gRnd5XWC0Wahy0es1sbEGBWA03jq"
        "GIW2FwNEentx0f2TMfhZLYOXfiwKv9wB3csbAw+Buef1oqvyASFa9325X9MBWn/09OIl2JXv"
        "EHlJpGk4Mtqo9ccQsC4lS5q1LcHDegqRzjCil5v0d/ioaBhDHHBS8ghyX+G8l0eYo5OSSRUX"
        "rKQkwrCIH9pLiNGQ5L4A2XO9YWj2c8+VLLLzDfDwawg2pvcf71pe/tCvfS+rEDyonEiNd/eH"
        "7ABeBF2CeAjhzBg+dHCr1+yyw1M/koaGZtEc7Mu1UbgS+Cndq+6DrfttJcoHAV/B3/T8kdOB"
        "xqIzhtd9uyp3yNGq5xlYJW+q2/6oRxm53CA8e4tVWTQDo5mRe3VCy5F+dylZwg8HeyEs5XO2"
        "/dj8ziDmHC37/t7vxse9vvu+rdrYoqmNP/h3hpf9uKVVEJsdQa4xyoE/kW7jeX/SnvT64wPd"
        "Sj4XvYw3L0ZdqJwqlbEHoKQwS9D5nLwKWasYx9dt8O1NgWeVX4oOTzkC+pKw16GRjTthfISM"
        "em93G4ueLoDgf7t7gdpGAfZS+eCmIuMeX9J+PmEuhxozUKu3B6bCtLbCtEfGLXrc77Aji6BJ"
        "fJBb0BPf24Uv+GrUnDiMwvcJoy0xqYjEVQiw+zfyArErol+/7ItjzkA/8aSnL7+FdYbqbWFI"
        "euppeNzp+mQsJtKw17mx9KSBdN4b5ecF6Jvrl19U1oXrmYXrWoVL7cIl55zObOQkz/WcNqZq"
        "DZs3DQ8PYY3AG6LFxEUdwSwtCad/5K2novvbemuh8kmsBf0njeJ7rspBzNT+DSWQOt/k6v0b"
        "Kfq9/hENQiOoxLnReUbA06838Js9ht3bhJR0bkW2M0V8PkJvI4ZHIog/ASYu1+h9ufAhjjfd"
        "edEwVPiVMcAD5lTXtFAY1d0CWo2mYje81vSGWlB4YrJJUThI5aqtTxqf02F5583QGCjZoKvY"
        "faNp2aj1DUvHYrhCC39tmEpH1wHY/T708GWk1llYKputCFaNUeVmaHwZbXWNBcs7w27Mu/01"
        "9SA2zEYG+Mqvaaieh8YGKJs60lmINzGLIZ6WDq+P/sToKnsiZrZZpq5OAn7RCL6IJkVnkVg6"
        "QQPx5fWucn7/Nj+o+R2q/B0uPZWvOwwNrtoAHsyPwUSUks4Rj+sDjgaHMeK23j/DMdm/4Np/"
        "7XMIpuMQesP4Ma9TcYb5cqrIU1hkIgCUKznxXtKAr7B8c0u6KQLnk9gyCBDEE1gk3oJHz/0J"
        "v9dYevpYoeSBK3kof8tHWmgfsy4SiQuRB3A1RRVRjtf4TJeneLUKvtJT6aWH0CB493ieGptz"
        "8IbPfmO8fhYrsc7tcPyVHkvAXYbanxOgzr8DX6GO9esbSAWmSLkSpvZYIXqUxmKg6dHy66n8"
        "FRKKfxRXKv+m5FVOn2XwZE7S68tN50PFz7/W999/4msgvHr7n+pTnR/T7ZnTZ9lV+yn69k//"
        "VK/70/ThROUrdf1EqPav3rMciJ+/tf9He+mv7/+Zvj/qdX+9/Kw1vVN85UFOf+BCcA1MxzxT"
        "kB/K0fHUqPUCItEnS844jvwZ/uja9Rd3mq8am9JC67Pp5N8mGl/M4/poOhHEQOPSnK9z+L0o"
        "YcZNB59BYqWN1qXpNBVF5nZh5F8VIoExvAjmhdL/CBtxPsDzVPhxtRxthrcTtr+IEf3oRcTz"
        "RUy8taQqL7RD5QajND2iCDVsjn4Y8qp+TYXNfdR1AeDRpgKxZ2DHpVfqutB0HuVCl2emYzvI"
        "DCrm5HmCbSfCN3iOcg7qakd+GAoG/vjc5+uvYCB3FKJS5q5nAmKpPOd9vi0HGgCE/Oo/TFvA"
        "O9c+PrIgJu73QSyAdqbWUNJ+DVftmWKlBWiB7dcFc5oiUz7X4NLK4LuaOwKwyWNNpQjmgPPf"
        "DWM698H+fy8qiJ+MHTEn0qGAUPC1mL1Nh+zLuYE92E0K6z0soS7p6wIAzWBrdlD3outkY6pc"
        "idcysI07vL7bxRDok13gzJJgfzbd0jCDn8UxcEJnkn8czVCAb4Fv8fYxnu545UkXhIBGjbHu"
        "ez7w5xCvxdUPWvX5xOazUv86kVr0ICZW/Eh7fhYkh1CizTokUxNF/RrSR783YIfyR7nvq4nv"
        "dh0u0BAo8BpB4g+Zcl5up0YL/J5uHIpa/f6yfx/wWgS4G6GJQy25yGA+0hwleeN17CsgZa58"
        "t3p/8RiLL9Mp8HiPNXbo1+qWlwA8s+Uti+moqSBwetAfhb/o52ZPv0CiWag60ef22kr47/ad"
        "1GPULOyTpdfDwv67LSsgoKfBHnVKPt7AL9Le39JrwU4WhXnaxxN/eFX5EaHiwjf/Kpl3qoHn"
        "udl2R7DVaj+cVG1BUFoDBjhZLnGZdw7thzzSz7/L41bFx3odLujX0WAav8ccvuOgl/OjVYhm"
        "2PoyAV6IS2iXxWduZTMC8qbmM+p6nlTsoPvypgA+bIiPLYfnFpkk9F0Uk7NfVD/zpRuk8TkC"
        "6w5xAwV9o/16nFNErUnHUBZP/VtL0LebQC+FyttBzB0yi++ywt0rnaZBv3/geld9Dk6jOIpe"
        "VVzAg3YzduLpbFTXQ+JLuQ/mDszHe9DuLSS3LnLM+X5DsaHjZ2xVsVpfzrDR56fOd5GN+K0O"
        "8SlT+eF03jGOrWznbK8tlhQNircW5Q1LF5+H5UjM8lKtw94cAXRMoE7k5pS3bI9XKRkd4A7W"
        "IBjZDr5NDXazMJNs515YlFytndoXVi2tMY7Rj3SD3JF+2eeZinx5ZeGEuiyBOFXpj9KvodHn"
        "2KS0eFatkdH1cjfsY/VKZDccQvn1/shXnlMH7OEHCtKCONmddQq3Wfilz8vdCMQ8aBfqvIT6"
        "3ex5skLFzBup3J63bT3Sf9P1dQ7MEaeyPQpnvsDF0VAy/X033u28c8YjZS9rdKtswa5GeZyw"
        "4vt+/VokJN6xVNsrspCNADs2L8zLDU29vVDrEt64z2d1DtgShXUugHP4DPA0+HsP63yO6YIN"
        "dvl1anMSmGo7CSL7fH4UNQDnLbtn7Rt56o137/NyRT4pRPEhMy6r1DeGXZufpdZXy7Ek2lwe"
        "ueD5QMtfAfOAvHOfC+1lMD9dkT+bfvAbtTjICtr0+R3zZDG7tFD+HQ7s3GLj0p73Mu1lzxxb"
        "LrOHnHvrvs1paNxIJBagezMkd86+A38QIAgKd4DXCX7ZoYs5i2SisJh7K5krrtOBoC6MN4Lf"
        "9nl8M/uxan/R5+BMCJYmN7NQOE3tj5sW0nkZKf2ZAl40PEfoHFlO16igoLMTAOqAoWGOAAjN"
        "hZxWcH9DLZJ6jWjUz8XdAB32g85YsC/kgz9Cmmcf/RqCW04ApZUaVTFpxcaMtaBnIFOoDpBb"
        "9/xPp30sqnSM4u0jH0zy9lWeh+1UJlwOlD67n32+ihg0hlgf33eT5She5NOY5JPXRTbS8W+q"
        "5R/AZkF/jCNchR7Le3iUBOxZxB0m5641LEsLsAD4RVTH7ldNld9cORSMMq2jDOLl4/5lWtc0"
        "l5XWeQb29OM+4qmy8ct+fl+AqghE5TBjvO6gLd5cIynQcV6f6dVlLCl5BPbgMGfe4AC6UtBF"
        "Ddw1CxpZBRWDkMb1Uq/FY2YuL8XmPhsZo+znM39dEib4oTPmgqk1+zd69EdGVxZqv9B8wTjq"
        "Ts58CZjV1+v3O7U+v6Isrjd4ssuC3B3DBZjMPcDln5zEw8lylLkrl22XgJeTa5AmZ7qISoEW"
        "KJd7joc35I6x9+UQtNyUbywAm7UsS5l6Vj48HfBmfaq6hC5QcEud5lii5MrSo3ALLNwWCwet"
        "c7deFxieGdo1rty1GOpm02UKCO4DeOiVLAUexFb+cbotLVrJYkWmKboAbgxM39p9GxKwI9AV"
        "G+J1jDcmIyrfJZyx82UGF7GuG0rPPubnqeNfhxO85QFe0ilecmb6uQQBmeA1hzL1Hb+awO/4"
        "h2HQsatb1hnbi8pN6pVVeBDfoUO4qZdHRyxjR+3nrnMDV6Ry0Aw7rPI+T2DkFDrZrCvCKx9G"
        "6X7zRNZocE6RC5h9XdHt7u3zHA9GY+d1+yEvoFkMrtXnB4wz/rm9rGn1tf46bdfosyxWMG/4"
        "tClHVwbzA9cPXAe4AEOnEEt9zMk4fLmr+WS/1vP1/gC9v2qd7Ewyp9MghRjYdHjEaL8XTai9"
        "aLTfi6b2oU3cug7jD6XnNWBQOae0FSKRPEwKIQQ8p3LiJ827MVb7j+G3jLuOyd8TGmSLdo72"
        "/fpjpPbWE/9k1HWi8k+PPTnVAoKj5Xwfv8uWatuF/LxfezZn4mqKCWqmnYNTEQcEuXDFWIxj"
        "VO2W8FzAZV676C3MHd9n6S6P3ukf+8t8kqv9JhNxQkswE3/uJ9gh68/zMm+P/dhvj3MzL0bd"
        "kOfeu+cecvcTwrlDv+81uiuA+Dve9IHgsAGH1e9PD3iWqh0wnB9RgTKwdBCDK5z93H/FVdsO"
        "iBji6jzJyrqbf9/P+vfzPONnfAt+6vf+PawWmQZm8Cuf4q9pf0Zmh64msb7wuAGbw9We9V99"
        "JZdQ7WoQf9BGSsex6+0wUeuICNv9+QdvHI5XJDQfe0z9Cv1Bnx7vSMXrj/Emat3zQSfx3+Gu"
        "xkxgzC/L7+nAIc99h84veoHOgO3KyJxXpCYsYiRENeeRsnNPPjGoM50parpprffc72T0a28a"
        "VotERq1i65U6z0DVaRJ18qDfX/me+Dekzj8ZZWOIKYLZq9R2bcPGDl1gSgGtzHaniM2EDAW8"
        "EascxQGu9MkDySo2JjXE9Xa/zhUKwLXCv+nyHBVSduak6ICzPoSALphtJANKJWsRyxY+xHd5"
        "/ur6lTjIRs+B4L/lk6Lrg3/6nMG/7GueiP+53gEx+Z/qSf0/17v/S33wv7Tv1V+4RKk6f0ZQ"
        "MoboZaz3KwKWUPu0f51JEbXz5/kYzeyDYRzCUM8JxqgDx1EwdV7HAQN0Nwy9P+tf5F/Juy0A"
        "5Bh6v5SqJ76t9sETpOf3E+b3HXCXqc82ncHm/Dqv8ZQ/rM/LqTSrginG0e7P66j9a7U6vzae"
        "oWPVEhT4vP2Mxsb444aWcLeHs8jKx3cbcGQewR2iCjSciXE0PticnvYmNn3T6PYmgvE+xiqf"
        "+nl/nqdAZZMr+Ub+6NcZvVrrCzwf2pH4bVNgfuF7mzIY78QBfbN0+arKviq3QpWRKreKX1z8"
        "2m/WqP7+17L8VOdVpv1+ZNFu/HW5P+PBB33jOwjutm5A96bbifUbi0v83EM7J65tNMRAUQqz"
        "Bva6mxLjVW0p8x+5D3V2YoB4TvNhaEujpvitjzlXC5QAr8DuxMRgM2TT2AeDeu3QznjsTUw4"
        "+vkEtAsKRJgsv1CaScDyOACW7fOMcHlqmO+9pkUtC//0I/MuHK95XIFR7/ccr4g7XWbZS/PY"
        "+8vUWTRSS5T1+Y4LNTktf9EwBhqQpiF72JztyFB7gJtefiuIqTtBOOZqzXb7DRi3xvVj//NP"
        "aLcV8iWHMdZ9Dtfuan2kEhgFcYGd+v3CJ7rSeVWgbb+fdO74E2Gj2kUIYhskyziggIH5y1t3"
        "+Hf70UOnAnmtibJrc+GO0atJPsQMkHxTqP3YjzNKv85r6vfVeQhUewTzN/QBOuua3kKkYyzP"
        "zfM8kjOlBRiu/uyCzr862aR+2mdX7cGBWLXP/STyIbPoUIzkU04JU+/vHb0f8wvkiz2+F/rs"
        "RXwChEXdeEWf57J+nc8iTo5jj1pJVuKDaG7EVXuC/r5/HOi7EV7kz7wz/NmT3n+gdu9/1odz"
        "4xz8tbk3HUOEMwwwJZclGorO/wGP9+ogji9muBCjNVqans8459UJP9svqL8Z3b4Nk3dqn9LY"
        "CaG/2TFq535VHwoYo4tUv60any+/wR7q/nUZ+FvPLtF75r9dxaUBesbq7NxIxOrsA3doKtT+"
        "6dpfoDaDWOdnb6HYZM2I4U5MgmQNdOx7uX/eAaPuSGKGe+HeCG4Jcdjj7JxyS3nU3o3JMFPn"
        "HTaDQe1f+vk4Qsw8YtbuGL1z37qCDAhln0NNr8rBz1DeErCQARePs8G/sAuxnvO9ECyT7US+"
        "6n3i3T/ZTSXDuj2Otd01Kfsivj6PE/7reRzNn6D+fsrTf5APGFT1Sx5Avoa//KzL8Fj7G0ft"
        "fUCAPdvvgz1ER8qnDqqEAI12IK4pqQCc+us8CkFK1k2yFY2iuxYtxF/S/3zgu8e9aNoJuIH8"
        "eQZLfbeaofNE+q3pgs0BELFWR+Sj1WlZZygSy1bZ+ivEoTBVG1ovM6zw8HR9Tr3hEoCyttfT"
        "WOmo8j1cnavtzy+BdlOIdR0UgXBGjop7FZLmgBUAL7QwPqmx9czGra/2uCFPEs9aBezlc5VC"
        "bL7yIGIFl7H+ciXEF9PIPRWiZJmQoO5d5q2cWUVfs5cXoceSjUVNZ13CRME8BMG+oE4UrwIH"
        "5XUdceyIvH7gxym22FTh0ph5E4m8YImc2zJ/+xhC3OZhhDfpK7QBsRvzNiLLU+QNd+1SYv+0"
        "/yyopDxY4WXtd6+na+LGrxO137R1JfpeX/DSDDYnzPYrW50/PlFMPSohznPkle2hLVzmCZq8"
        "rDa7YQDh0e0M/QL+X+n8y+o8K9Ra1TjH59JnK4R/fObvhTylKDllwntZAg0QA5XgG6D/qUif"
        "uIo7G0Z8VC/v4iw2Mf6YHz+ttP4BU5ujDOY08xFN/UwybyUkjOnqHVA+Svn5nMr1JyrcHK8x"
        "B/zOvtbey+q9YF/W/rw737K1bfX9tf3cKn5j25ZDQA4QPz/8e61OCQOG0eePnf78rZKJeb8u"
        "xHGVBvo88AdcFcSXAg/pB14yH8r0ds7cRGaSk7ibo13t1stYn/VeO86XF3Xbhe5L5znA1Ndg"
        "uZVvJPMcnNoCMK22V8pPOMIP6K7M3xf+m1ibzlbMxpiZrolKBPxiKJPRK4S2/JD/PsOP0H//"
        "1f8vA3/8hwT6fx+w7P/3/wHja9VE"
    ),
    "esp32c2": (
        "eNp9e1mTssy25n/5btkRqOC0I/oiEzKZBGQGbzoUlUkFChWwo/97L6gqq+qcffqNeMNgyly5"
        "hmc9a2XW//nn0DT/u8lep3/+vZzNl7N/fd647z/u//x7OllOZtP1bMH/65/j/r7/59//oOGf"
        "ZFn3jlMUiV9+iOJOrTDm5MPEC+4fgST1rtt12EdJsszvtqpvV2aWT+97vZnJm0ZXi+vadSb8"
        "jueTOpG32vppxTLJxpExwcRBKJEFK9Kw1RAR6QZKeCy2wucLbWvTxFPF1CJCh0KclFsaZsX+"
        "fgzuq3M541CimkvzGUtPkXtNtWYv250h6VqCL95hPVMztN+znK08uoBl2ef9GGeOYhfSw413"
        "+TovjHmVEeVOLplqL2fWxkAtpfsw29fd8lCFNnpOL7pnIw3Paznqt093zhwM3pED/DqLacv5"
        "axNUUXh0cTIrRts+WaMQDrOT5gq1YeW3BcvLsziKs2g3vYtifmE9t37WTvVazzcReSzXN2H1"
        "XC6lc9WUTHZKF6XXLtcWlaOEmEfRm52C3Yw58GdNOe/8fdMRK9POTsj2lVj1ple/rknBvsTA"
        "v1+KptVzjpssWdYOI4e63KI8MOJ1s+U9q5Xy0iaKW6qMx8bTVV6vH+tNqFWymz7uW4dQ9Z9P"
        "y//xiPVsvQZHOd3uH/14a8lPpyt+8q9/7qcOXvrHsiXOXpWsMTtvtu1BKvhYRliXu+UxnzMx"
        "uvRgSfOESnGCS8FMcCvYmA24++SsbXnzhtvrse3oreEPN7TBAmnPHJoZVdciF3cReuhaf+lN"
        "VLWCkCi+rPDuDCsasmxybT+OpM9XYjWxkNLYWotg/jZGglCrxsTVtjM9XreCi+ExaQOC1DhB"
        "SLwlJmKUhUKQYt5sBPMoFtpWVo4ECzcFymxsyrRFefmwECqujk0I+B4a15lMDqGg1fLHae/i"
        "BOlR6/oIUZqUArUXurRuM85uSnZcX29KuE3s3dyU7eS6uPBb+dI6blpE6i1+pLvlPkSrYyhE"
        "VMYnk9qgB9IeZLwx5a7VZpfXIky9KFdQTJTWkrGmk2lrjXIofc4JdMYl3jl9znUJoS6nd48Y"
        "kwPoVb/h5Gq85vT6rPaNVXL0PtwH+UAeseIjRekTSUA+LVovRIJZ3JPM3n3sQ0bXVXthknnr"
        "gL63Upo4Fddc2bKNZEG5ssZoN0Pq2hQT6yDdYiXHSQz6PSPR1ukgR2rGgx2t4bpB0zx/xAj0"
        "im1v0CPY4wMZUXfw0WDP9sAJ5oy7tJ9+Yplnem+JbUxC0N9GV5tK67FObKuw94cz2HttdsnB"
        "VKqr6uxMYqOraM8LEvENh6Kt7KNLXrgxNXj4vtMptvh5rQz3iywNzIPRElGdFCRZxETYXbcG"
        "+EtiGs8129u7RR2K3mmQn6wKnNmGSqzi2juWn4LcoQIiznkRKQ/Dx+cS28eAK4KYuex1gi3Q"
        "l3i89a+Va59DdlNFLoaxo3lIETbo+swM+pSxJVDszoxieqRInKlC4i0uto3v0cqdejF6Rg8N"
        "L+vwRvR1Hl8//agb9NrmJYoRbXUAZRh33Y9+gBaejCAekE21XjyqEA/ZSzhoWuk8UmEh1aUn"
        "qlaB3CaSXlWMRv9XRF7phQppmkfaAokqqBnsJO0s9N/XDWa1LBR16IK6wZ6zEI16wGia6hAm"
        "39cCmloeWR3OuZSHLMRbK+6+5iMizBNaYhxwELdDPOq4ibJO/Xqui84Yr7x+gXjk7Lgcvqfv"
        "eNWQo/QQr4JKmgJjZMc5pIcbInoA42WdOOAAI6qehUa/ATlTC0ld9f5++z987yKbSK/sQ9o0"
        "ztc6EFouVKoXwfd1stqqCAckROCjuxaL69aQqSWIdushJTkec96QVQv05HqoTc67fKbQMJoJ"
        "yWbwB0bs+NMN5qH2UudWEGyYL+SmimFenfCWkGMNoKgLOyQspe84aE3QvEbp9zVAZW+hwR4Y"
        "0uaGqI0idVlNPkrnyy9RQpaf81WTmETcdooAp5Dn53MefDxiXnewB1l5PtqoSCmcL1zD89j/"
        "UIzpcwPx5ql3VZuQpek1XdBfllLU2Nf2+oHwfV+DP6nF+gN8kRLk1diJ/A/SdptqrusrtKKu"
        "rfsdPNxVOnUW8fWy+9K/gHQtDl6Un6CGuc0R8iDhu/mN/1jl3jFnipi2QYxtSQ8Zy7qm398p"
        "6GCcCLYPqqVcHMdH6m5VXDIHZLSKR+/0ql4UAPDe7/gUkrVCZZ0/ycgyZNyKOZmfl6l1zq/h"
        "mQ0PMA/y1aY7qWiz5YxWUuetR/iu8thJwJIuBD/Z+++8hY37FHDMQl33BFxSGsj6esPihr/2"
        "xYfiNjunowcB8g65Ab4brYiXHeCBuoo9ZbaZnU6ivbJwFeui5lkYBzUXxA17n35AvgR0n5UX"
        "bHekOj3G9z5OceyB9z6qY07OnnSfhpvt6+iDXd3UCk4QR7T81o8uHiQqcP6qYQv+KN+OuRhQ"
        "IeraIU+KN4Q7L7XieCrMEtRfCCIzrmmdypIMoA0C3Ql7yNe+Ws2/xiMiT+KZiyfiqmzlCQK/"
        "jwoX/ERVm6LInErVcCAJyfd3nUn7Wvr2P/SE+aoK5vuOW0HMrgdGw87C/8atcl1g4n0oaFpc"
        "EAIcb1rQ41J6gh+wTkwRCepUW6hKGWD7Bz/WWnnE0ld+IY9CKMv4hSE/F+2hFa+mA/lS7IAH"
        "kNazRMn01wnkb7MAVwt7S1LJpLAF56Cqo/zKluJWongxMyeH1YhH08NxHjsbz2/K0b5tUF4n"
        "xYflNvN9T5cSvu+clzbEW9Fnrr7pLOANyDkX/HPBTlISzboLsqhE2hIRVddWaJ1LqBCsU4Tt"
        "aJY03HGKLL8uwL6Oct1GjBEij9aT8o0zgMByGhLXuUxfpD/E7nprbfXW0QZ7ZRbW0tGvzxA/"
        "g1/jXKYxHf06OjNyvH+l8QXpfEisb/0rYk3iiYs9pDcXlPmq6qHLrXcCiPGiEpylurEHfSAq"
        "lZWTXV1dzTzh+FyCXT0E49lv/obM+D49SZxSHeh9eQyGPJe2+3MyOctoBzynWhl2vghZ36N4"
        "ZjDrRFScj8FvV7ZdmTTdozxPonf+shgG9K9v7hC+azbe8ocV4NqHVHh+OfjFmw9oyy/cE7gd"
        "+HmyOskVz4kj7gPf25TfuI0T1tEo4FpvAa698yTbw/ogbtt9ijRdaixcIuVCcbP4zltJffjB"
        "6Tw2x3nQwpchLtCXH8/fOKzt33mB+c5fkvBYFYhG0ZCHSfYSj96gH9w6Z5nEXzgB+becbeuy"
        "eGT2SyatRW5zSqJ2omLFkDsk3RdzY9Kfmd2LpEgtD2a6e8+fOic/trT9Tm+vO/gNQx3nuC0E"
        "QCtsT18K8FKCbFOi4PdiAw7NHyrwEwknQnZJPMCDl4RM3Vmclxr4F5KJhe397Qb2I+ggixDn"
        "vfUr77/1xxRu2kHe4M6cyHuq0i4LBLyQOTPZhZvsYNwQ0Q6l1jFuTd29sPu3XufZ7fgfeNQX"
        "XsXybd7JmzLo02B7Bb7/zq8riPMCgd3IgLcgZ7YgiecN+fwLD4QSrn/wQRE8pfQyG/Ja4vlD"
        "fhfH/K5vy2QKQQH2B5wO2uQbbz4Ur7GxvajVj7LKk1NMPO804kA0X94QSmnhBW+/6gBz71Oo"
        "b3pTwfMFtQOVoJWnDvj4jStKUTtO8qO3kj2JlVKAPB4XNA2rvuNcSFr+QrWyuL7tq4sC8DXD"
        "dvY/+V6XXMy6rNIm2i2lt7q0AG/qM/D1RDS37Zz90NKf9Z+t4/ULh3ECaZF6qLNX7pg3oK7Q"
        "abcnOdpCIdSDUK1rYcMB1/nkcUd5yn2tDyrd/rVmLBTqDt2xk1DpgTw6+922Kl6nU4EK9kxY"
        "8LeyBVRxdBtDHd8KeqkikovJgL+lduMp8I6Tu84tdPYjKly3t2mr4I6fKUq78JBkbiGJcNRN"
        "kbECvtbSIZ9cCuCTqW1+ySUkq5LS7jDLhVUJ/hVTm5G4X3bguqEO4iOZfIy8O8/R6Qr+Ze/6"
        "aVdXca6C/6BFKWNBv+o2yTcpsZS+x0TQ68JGuSaAf/WqTRw9iWz5xDGb4/z+rGenZXjzTnUW"
        "bFm7n408L5o38gYZZOB9vuAhYnm5MJSQ3dVGm2MNen7jeAo8IKtjN4sKpEH98qIbMz2ZgAfI"
        "jDoohOupHDGgo+Wn3HVyuhZtkIAX0PXecTGQRL7bLtiaylF7m+CK3l7VCfApJovzupNykzqW"
        "9DWfiBL3+DGMo9WPqzfghgW8kRVZljmhRLpCvfO48d1rylw2JtQrgNsxjrgsxAmVwD+zH5wR"
        "0GdcnVuWZQHXoBxuw0RMh7zbv+drRakY632wc+55LvaBELY7WLgOecl5pU/w+9VeQtK2Xlvo"
        "lZkw/gTYnKn7s+2e4vWM4+fSdV16Mj9nZVYwdaHedfcVYPLqIWNJD4RW7G2GhBEfTpA61j/3"
        "+xL01h4mwXVbpm1/tGe6uRbTfF7GkDeOg3+3EfOAeugC720nkjK8L09k+H6F2Ptz58tR95xs"
        "dSpDHCHgCac10qAurd9xZ6lJnSpT6pQ/8X9ZaLR+82yc1B9nGeoNN13FTtRFVM9MhFuo/22f"
        "xvu6ArnktTjPl8C7S5CLsLageA62HUrP9k+d0V05nuzrO7wvrEk9tRndXm/zjpqzqE1cnIzr"
        "7tWlQn/JIyTFd35HwqF5BQkSfZrtNRd3UFe37uR03aZp66owrroW1JH/tyCH/LSC1PP9Wv/U"
        "i1fpMpRbOT27/agP5VZ+53tF9XOx9SdF61siHuTgLrWqyyWwFOFs7yPGlBF8D0QuF5/2Cvhv"
        "K5703dpcfMUvQvE3rxSE8LYXPv2/DScxjEPQMpe2blP+4O4Elb/XKaJ0XxOQ9wfnTIGM8T/0"
        "U+YTsYP6WiutXbdORaizC6R2Mt9uplTx6cgDy9mQJxThXWcKHOodTCI9aW1JHPGhBz5q6XVi"
        "C6JWEAv1DSbb+eFweZ1CMj8+L1MzjfSqhaIhss8vll3fkGkgY+qCHAPPB97QDrgH+XwRygnQ"
        "fqRx+QYRmPcrjhBem6dA7FwLXWPPsH/Wc/cOq9hWuA3I+XNfFxrIz7U921bzVqtt26TZr3i/"
        "LnRcISFcbVl28Md9FHCAH5YoB2zBhVNxOmPBbolIAnbbhPj5+uIjwFcTqA3RJtygSekN/Zeo"
        "Oyxw0kYCyr7GE5OjeKuSiQdxd4PYCNbPob5FQsrzlNreD1+tPHV3X0Hd/rKwU+7dNAJd8gEh"
        "89j68s8u6iqKFpWstFIBeNCqLeDg/Ku+2Mw+5aZfcnPDNcgtBZxMnJSb63KyfdE764dRd4N6"
        "1r8VvEPIcuElixPJzhJHj1CvcOJqcjjZNmPaa53/5Bct8At+K+Ghj9ieznkM9YEbo4+T5Nnz"
        "2zVZRSFSZBN+b0i51QqP5AFnEvTqnlC/Rui1e4I/Aq/IwZPRNz4k6vUTL77wFUmHnFhhcem+"
        "npOVugP+gkPpHQfe7ksfJu7wwcsTGM868NTuTTRvRdLyopx4ofpwz2MfA+pAhwx6wDrpsNa1"
        "fYt/7IMhV3FVXVhj3BRsPEEKdwN/cfEO4ogBPykG/vhpj2+5eDneLaA6ryrgabgjabSKO9WY"
        "rq3V0balNfZC4P0Drq1SG+Kr69T8alrAc2LAiNvmSuJd14845+II6ZIXThvwB8n7XM+3foBg"
        "0N/6SWieYysMtGb/pQ9gCa5K3/qSHPXxPS6s53xgbHtmSmv0ea15/vzBf+LC5/qFxFe/9Clh"
        "4EWQr7LLjz0EBtu/8p+FH+P169Djl7rlYFx1MZfAKOCz7PQQzbIDAnyV9p/zqV5QNYD3P/Ph"
        "xJ3rlCKhzoqfdUVk4WLHQnXZAT6986Whlb2LIc7/fC/UWtROV8jfv9dd0sWr27eoYQOKDoZ+"
        "t8Rr+ut5RKfA70vkwTjffMiwvA2xnPsTuEPEH9550T5KHfAvbAt77erVWfpb/2SvtMgj4C45"
        "nbrsr/GQ59SEnLyF/cVDygdgg7eHPDX9pb+/+kzQwz2eoS59BQjps8UPfm/f+P2FI8gSvvH7"
        "Sz8mYoHH2i2SL6nnrW1nNk+G3+/nAu6+168IyX+JIyHRoL6r3vLjRANem4jvfJNo0pVp3/Kc"
        "J8IfeWDYrNb+yCOguVY+6tTXfvwHp7vWSX7ixpzvU6qpOOi5AHAFn1odKub38xIVYlfWN6g7"
        "DNvVZxAGJi6I9KM/cf97fIWwoM8kUg5BlkJdn6N3H2ZTTeq3/VvBw0vn637/M59lNterFej7"
        "AzPW9a4X7O6lT5cHBuL2sz9y21pC8nudBD20sv4Tl5Ewo7uNvqkTcU2NhXcOnToXzZXTyikk"
        "5pnTSsBndFoibv00t81xu3odlRLqyiuxNnFoITE/bm9MXw788a1PNTpORn2Q6U2FIFP11wF0"
        "qqhistMuYA8y8NwffxDmpe+8v9cxFnD2ticXU82Y3jbbmdFc0AbbXWJFVTziMbZeucS+mKhL"
        "NhAD1s93Ilo3lAr4Oz+iZAH4EZT+Ezggm3hxRMBnICiAJw788x6yM/0gtNFn33IfD3zY+uo/"
        "utaJlOj7mogB5Cd1sAcO9m8/nMH8GpLe868kI7ORSXcLLYyYwxIrVIb3wV7XmxwtmAvY/41/"
        "hpfWyL8p1emF+QrhYJevzQb0vN9Y5vbesa/BX6x3/JnSGweXin/bVtb9Djx8dVi5wgTpzOAX"
        "4P/ZyRnyi87UEM9j32x+aaqvdQjoKMVkfH9W+tVDe/Nh/82Hv+fDOvBh/w/+kg/jViHRwYua"
        "ZPFp9BOCZrSpa8iX7/fQSg79N57ha3b5rEvnrEfrov1YsDPjCsU51BtDHmK7+9LgfETofiff"
        "Gv5Ehr4XA6rex7/HhdJCltdO5arP1YCD528cBDxGxvqQ/ZUfgd87tfZbfiG6AJ+3f+JDRwrg"
        "gPH7Ox5B/TdZ/IyjF1CPP9k0OOYHNhb+I4/85ImiVhIr6StMkP6BbJEJZvOYu3RmeJgf06Fe"
        "AjlpQMIVTL5rhdzY76n3g5sJ73HH5Ou9tzyi/uOHpsAlXoFt8RhD3Wkf0NSIGG2HN1I5xifo"
        "TWvpPvNqCfxVr146zRLhjfsrT74MfA17/e3HbxG6r2qIT3h//s1bRdep7PykWohvVxNmqcsG"
        "kfMFd16+cWRj1ZnD3cVhh/RbPk3Uf54z1z/4h7cj/n1ft5uh71bfsvjxnS/Rs/qaX0Hb93t6"
        "ICr6oOdR74VlE1GziJ30t0HP/x/+PvGHvlzTnnx06MRodl6jb16uCK/bgXnn6b6ujV/5Imlq"
        "TeVZxlg+Fur8MPnCebALBPeIa4iXLGv/lrvfa1T99b0gDv0Xdow/vJurjyvU25MzRYFxXYMX"
        "2kcbR7NtOOzfXQjEI46RsrAocvdhMolkyEVGMz/MEA22pRVHLwfqXUuc37kp8MVjvjvESCaz"
        "13QJv/oMeKOH82gF9ZiHvveJcBNhW5FVmUzXvqh7d4Rce+uy5+innmeH/aChfzbuBwl12ukK"
        "tpQ67XUL+LOKGf2IWeABVzPuYFXTLEaCd1z7drAt+J2MJCPErSYkoilPh30wqMtSK5LwC+r5"
        "qQf80aNKJ9yANbJo7QH5iuTMitR8ZhDcHvKrdWCRTYBHE5SVkZv2MSJ8fkPW1ldhvgDwXrBO"
        "Ki72vjKXrqD9ELMrbAe631mAH5/7lK90Aese9KZwQprAOFDWNC3we7SFIogf9WtZ8SiXMkcS"
        "C+urWkTx6cqd/WDYFzA7i1C7pSLyAEcm1IwY94FV2yjanGOX24AmEs3uM7Po4hBpdZisExlt"
        "TBkXNGfSGF+rM8Z8JG8rT/QtD0k66IXsI2wdIRYjpZjHAchvdex07oNfjvMiYqtNTXeqKc+V"
        "OHsJfuE06bjPrVVOunehjrcEN0X2IemPJEP6DStpfhn6Kl5wKVWTMmd2nUPBCHljPsR/16JF"
        "mui3VElETXeUvgrxXliITXmgkrinEbv1kLCnUrlQ86x20cQzYTCYL15cTf1wePKvYxeLOpdE"
        "iJUZkJ1kGy3k9I3iVJ121aO8SiKcVEd15uhNpaRT//xnv2jsh1fBqb605g3zmVhNTkrTnjkL"
        "8h3kxRvCX31aCbijB3rQ/Gtd7cWq3SuEB/3qkdxFOnOJID8uxGsG+lZ4hktTg1u3sTrvYvdz"
        "H9e8gN9edoO/WigXQO9KXwJl15vhWkw8tK0CyId6gqMkV5JAUXp3mgn6dbjWNsP1B82G96MM"
        "2N20S5tF9tIOWt/kZnffkGmz2bd0eYru3XV2/YgO92jsC26asn+BAzRj/+k4uc8++xNpa437"
        "pU15naXqRds2lugkFora9d6cbS9OSgxnpkv73Mj3RSOn8L24LQGz4ZctSxcl2a/+sIHGPv1U"
        "jtjzjWp0zIff++4TyG/l7z6eJlqEOy8Q5PWoyzmqGqGToKM9M/J1Z2WQceqB99kvY8Ekinu0"
        "PEGf1TU4ayik2qAnBHXS9DmnsuDdc8qW7R95kCh/yuODPPJNrPxf8oioT/UNtbEgdAbwKsm3"
        "Hd3ZIfKrzwgpsy0h1SsamZYacnTXRpJtA79/19l6bGNH96qhDmSQHTHTm8Be5IipZGGuy1NE"
        "oK63xLFuH3kcd2Mz3cdI8G0+YFWQG82qTTRTN8IO9NaJCzvVtTn218Fc36zQWheEn/mUzcQS"
        "NG3Mw9/rePW1HrXHizUzZOypebdv+Lb4pWcoNmHdUA+123f/0Fj9PFfE2D9eVZvRhfUpsee/"
        "1gcMIHfBf/JYoGP/z3d7e3nNa7A/3lbmx/DLVg7gQ/dpD/Gy3u7QrnADm+zUe1FcnWqn4eLZ"
        "BzM1nlw6ITyoR3XYzyOt8sseSVMO+0tEdRijZdiBD/3IUW72OdIslP3xH2FKhn5MP/SZcI6I"
        "J0atfxGmt3kyAboA39+i61tPjaOjHZLTR6dro13WljYpj062oJLCi+Fon47j2ArshqWLnelo"
        "OuAuYx7nLO/iqeXevChPjCFvnPPb6cykwclNebBL95yQjzgUUDL2JVJeyIWHBYD2mpBMN+dY"
        "Gc5hOZMS8vLJ8t/21IAHLy2RelAvmCXUCx+5fP5gTt5hn0I+nouP9z7eB/jH4mDa9vr6+uPn"
        "glCMfn6eyjz7cVs0v+NOTKq+1lrvjz/c2uC8pktDZhIxl55hrXQ70FfAjftsNvghF3L4v8Rv"
        "9dmH+R1fJJnC++CfrB3n9Gm9+yulLuYkCYvxuSm/0CQe+3h8O5En9UWmh2dvM9u5wejjvl0/"
        "7BtYMTKb+eU5+eMX6BoNfiHnp+0zyf/a/1i08R7wE+oBIbNfi30yiTWkaWHJLyCfGnuIS9Hn"
        "gRfO5AVLppDbQg8NepWkd3/wdtJ3+Mjn1LLQ1TsDFTHCHUwQFMO+UMu0UH8yyRDfdrptNtgl"
        "voGmjwL4xOPUmqK9tmwe4ptT9c0UUSe9L4CfhgXdvfddI76z6CxRpQbqZPTXrujC6Ft8SufN"
        "n3WjJE9VqFeyX/gqJHXJ5TgKfX4S0enHVG4LP2+1WPht77zSJalFOT1awCePBdqb5r2V7k/+"
        "IkXt3kfRFH7NC9pNJTTEiWtKwIdm3cPIuyP6mU8SNk0RZenhZ7/PUqBu301E0QpzbD0tfRjf"
        "Avu0ZFeiCUUe1IeLBvHMx/J1m/jJ9FQAj9imZ8lN03g4P+R92md5Q2bA8fzszjoTOhvqwRZZ"
        "Y/9UV+lvPaTRdU3a53TJUplnLre+G3jlPT9dYxy1+RJhXb+fVm4otKjgnitxpdJP3DflRyvm"
        "kIsk5dc+SXKmMuB6QiRdYVrgZe1Ug7im9tW471r5lP7GP4XU10wPAfdT+xXMBj67ZiJUtGeZ"
        "5a9iwZ45camH6wQx1+IrT1iAI8P5Hevanf1w/Sw+7frd3zlhoLGfOLB85xHlY+1DnA77As8n"
        "xAmj3dovPXz3qU6CHoEc08YyDhicD2hUtmuPn/nhq/4oZXPog0EeqA078aVolt5wD3w/eLz5"
        "/rHXDlZSi2r7UD7zWr3nmVR+9LQBva5lxW8gboc++INpneMnrv/yCyI4fKvQ2833o8Pu7/zS"
        "xBUeT3bUv23sJYibI1tuIf64O+AHk6yroQ8ANrlCPSzPWYYm8y3wJOZF2Qj4T0nxImCTPt5k"
        "MG5qPV7p5Igb9iSjvRbOB5w4neT3/rMyxfex7y+pC96g3Zi/Z+q7ryVBrdRNdTRpChRsJ/v2"
        "Vx9Iw8wQlx/C2NcQ1dVJQf1JznRFnkXryJFMZ97u71/rp/bJ3GKtHc8/rYrYSGbbbt5a1I6o"
        "fNPF9E7+2DmJvnArZvsSAI6gPf1jz52gaCOfQd5GGZ47urqDdHOfX7fYC1Won0C/9tw/BKt7"
        "f6TD+Vz6QnF7OHGvE+Om8xMf6hI3X9ZRwZ9vr+5F79O4J8DPd5Nj3Dl6OfBKLRnqLBQ7/qUr"
        "7/tX2sSourvapFla8D94GR8a1+RZ9ziQRaN4vT3YAzjYOUIhuVI8fan32XbYRxIQclwh8qgx"
        "+9hseSiYvYfqtFP95vVu0uoSOfEzX9t59HKVgnCnzYsqcFa7jVH0VxfvjN2Q9zemxBc4j9cR"
        "asroJZggH+BGBlQ/WUE1DXkYW1kudAnm53nI5ovwWUHgPfSjz9Yu5j0slInYQd5IVlBHqURW"
        "kqOf81tpzq5sQVekWcSLHXtmo+F+rz8W22V+e95WSb+iCOlP24JiJtIfn+ejSvlc3hbpbW+q"
        "pYkdvI0c4BOin8jAJ3gh0A8Cyl72jEfriHl1K4jtMl5nbQk4EssY6XeMkHZpod5hX1BHlMqj"
        "ik9XvOWgWFlckaEISNQuvKfo81hGrq4gIr2mbYxnETO7dITE5SW/TRO0qlbMbbEPrhWfK1sP"
        "K/3mgmyXKv3BRxDXUN/v83wvPsudfX+Z8h6Zr24GemTPMjps5d3AVziJ03nw5eVW7hIJnseI"
        "WifgyYbMPlk/h++u43cxuh/iyAkvnXrXXPqK0baxYycMxI/SMfHyeOlf7C5vfangQ4qdjefc"
        "sflKDoFWWkyX6mqCzHfe4ZfHqn+tYkf99J+LE9MNQqmd/eKvpnZNbahDEYktlVBiOe60hLzA"
        "L6dsbZrT88KdJjGUpnqer0Om5Nkp+zCt+XnRe4LqFRdLCM6q+nkebJArmOPfPNGY0vuE2Lh5"
        "n39CenVOvvY97sYsBD8e+rsepfOv+0jkL8xX/8wo7W73dV8H2DmcxnNav/oUHEY4CUk/nAdj"
        "sxM8F1RiWYM8KRr56Pe4pkhfh+N4/vy9/u2stxCln++P5zR/zl3VNdmUFidYOCnam4VbuflP"
        "57u/99eZSL/1loxH/Hyx+Zy9MckqJkieeKllgf8UiDmcvs8nSV0OzyQcu7o05q0tf7uNf0fw"
        "2U9587z1ccZ9n1sDO6vz8RyujRHUydgLQl4/j/h1h3neeXK7Ne6vWILxPaehN+CD7mUSoXPE"
        "uNNJhJ/R/ZgvDa5qlZe/iIWGP3HoYxtWrfbCh1h4VgH4DGgtAvtPPMRFSwfuyyskrvN4Zvp6"
        "LSTy1Accw8TfkBF/+o0+9h8uByFokPTKhvPk10fmaqQYzjdifdPXMV6Cvv/o0VG1oigFpx31"
        "maVQ12cDv0PIInw0QbK0B56ojfscjCiP/cBNYfDRcK7xeEORMezXvlK2GM775AjqAX5+nrDZ"
        "fldVBc2lGXf2/ft9adw6SzCyBfdENnU6cTh/83nu/fucl9Nk4zlSvQRcTWD+9kOr2luDPM8u"
        "Yb3/Qe6xX6EAXqwVWGNbQHn6dd5S+ZJrEuO3XN15zha1BHXHFfJe0o37LMLTP3PaRa93emsV"
        "Vhh89pXAT/SISF319Z4pNOAfL2MPMdQGyTsOPAkP8fXpBziplyrSx/MdOi0JHv0E/OdnHEW4"
        "/cdxhrj40i+vZb0l6tMSoRfeYzTGB8jzeZ7uaxxNqH/+PgPHjp2qPvEs2+uwQEjIr84s4F9e"
        "FUP8R8LFkpI/cmhChPZ/523VGJdkxAsOtzhRFpBP5Gl41Zufc3tIXDSFiIdzZoD3oG//agXw"
        "voUwGs/xnfNuOG8hmYlAhrh+jf3Jy76WI6a/YDG+mcCy8erIRNztgsRYHq/boS/m59EmJgZ3"
        "3mw7fTwvy5xiNJ5bGq9hvYGR31tlPO9JgHfeW59G7OuGNsfP8z0wDqRxDuEtAIswnJOlQ5zY"
        "L12pYLydPvbfxr/rGM6FddlwLuyU4ZUiTSNG7IAfgBOM+XN9ZjN8D7ZKL/JjHxSh//XP519R"
        "/fqDq6+/rvq//w93TdUM"
    ),
    "esp32c3": (
        "eNp9u2mTqkDTNvhf7q+8Eajg9kTMhyqoYhOQHfwyoahsKtCogBPz3yehbbvPO/fMiThhsFVl"
        "5XLllVnV/9d/Dk3zfzbZ6/Sf/1nO5svZ//q+cd9/3f/zP9PJcjJZraZruH3c3/f/+Z//oOGf"
        "ZFn3jlMUiV9+ieJOrTDm5MPEC+5fgST1rtt12EdJsszvtqpvV2aWT+97vZnJm0ZXi+vadSb8"
        "jueTOpG32vppxTLJxpExwcRBKJEFK9Kw1RAR6QZKeCy2wvcLbWvTxFPF1CJCh0KclFsaZsX+"
        "fgzuq3M541CimkvzGUtPkXtNtWYv250h6VqCL95hPVMztN+znK08uoBl2ef9GGeOYhfSw413"
        "+TovjHmVEeVOLplqL2fWxkAtpfsw29fd8lCFNnpOL7pnIw3Paznqt093zhwM3pED/DqLacv5"
        "axNUUXh0cTIrRts+WaMQDrOT5gq1YeW3BcvLsziKs2g3vYtifmE9t37WTvVazzcReSzXN2H1"
        "XC6lc9WUTHZKF6XXLtcWlaOEmEfRm52C3Yw58GdNOe/8fdMRK9POTsj2lVj1ple/rknBvsTA"
        "v1+KptVzjpssWdYOI4e63KI8MOJ1s+U9q5Xy0iaKW6qMx8bTVV6vH+tNqFWymz7uW4dQ9T/f"
        "lv/rEdMFOMTkf/3ndLt/9eOtJT+drni4dT918NJ/LFvi7FXCGrOzum0PUsHHMsK63C2P+ZyJ"
        "0aUHS5onVIoTXApmglvBxmzA3SdnZcubN9xej21Hbw1/uKENFkh75tDMqLoWubiL0EPX+ktv"
        "oqoVhETxZYV3Z1jRkGWTa/t1JL24EquJhZTG1loE87cxEoRaNSausp3p8boVXAyPSRsQpMYJ"
        "QuItMRGjLBSCFPNmI5hHsdC2snIkWLgpUGZjU6YtysuHhVBxdWxCwPfQuM5kcggFrZa/TnsX"
        "J0iPWtdHiNKkFKi90KV1m3F2k7Dj+npTwm1i7+ambCfXxYXfypfWcdMiUm/xI90t9yFaHUMh"
        "ojI+mdQGPZD2IOONKXetNru8FmHqRbmCYqK0low1nUxba5RD6XNOoDMu8c7pc65LCHU5vXvE"
        "mBxAr/oNJ1fjNafXZ7VvrJKj9+E+yAfyiBUfKUqfSALyadF6IRLM4p5k9u5rHzK6rtoLk8xb"
        "B/S9ldLEqbjmypZtJAvKlTVGuxlS16aYWAfpFis5TmLQ7xmJtk4HOVIzHuxoDdcNmub5I0ag"
        "V2x7gx7BHl/IiLqDjwZ7tgdOMGfcpf32E8s803tLbGMSgv42utpUWo91YluFvT+cwd5rs0sO"
        "plJdVWdnEhtdRXtekIhvOBRtZR9d8sKNqcHD951OscXPa2W4X2RpYB6MlojqpCDJIibC7ro1"
        "wF8S03iu2d7eLepQ9E6D/GRV4Mw2VGIV196x/BTkDhUQcc6LSHkYPj6X2D4GXBHEzGWvE2yB"
        "vsTjrXdXrn0O2U0VuRjGjuYhRdig6zMz6FPGlkCxOzOK6ZEicaYKibe42Da+Ryt36sXoGT00"
        "vKzDG9HXeXz99qNu0GublyhGtNUBlGHcdT/6AVp4MoJ4QDbVevGoQjxkL+GgaaXzSIWFVJee"
        "qFoFcptIelUxGv1fEXmlFyqkaR5pCySqoGawk7Sz0P973WBWy0JRhy6oG+w5C9GoB4ymqQ5h"
        "8nMtoKnlkdXhnEt5yEK8teLuPR8RYZ7QEuOAg7gd4lHHTZR16vu5LjpjvPL6BeKRs+Nk+J5+"
        "4lVDjtJDvAoqaQqMkR3nkB5uiOgBjJd14oADjKh6Fhr9BuRMLSR11ef77f/H9y6yifTKvqRN"
        "47zXgdByoVK9CH6uk9VWRTggIQIf3bVYXLeGTC1BtFsPKcnxmPOGrFqgJ9dDbXLe5TOFhtFM"
        "SDaDPzBix59uMA+1lzq3gmDDfCE3VQzz6oS3hBxrAEVd2CFhKf3EQWuC5jVKf64BKnsLDfbA"
        "kDY3RG0Uqctq8lU6b79ECVl+z1dNYhJx2ykCnEKen8958PGIed3BHmTl+WijIqVw3riG57H/"
        "pRjTpwrx5ql3VZuQpek1XdBfllLU2Nf2+oXwfV+DP6nF+gt8kRLk1diJ/C/SdptqrusrtKKu"
        "rfsdPNxVOnUW8fWye+tfQLoWBy/KT1DD3OYIeZDw3fzGf61y75gzRUzbIMa2pIeMZV3Tn+8U"
        "dDBOBNsH1VIujuMjdbcqLpkDMlrFo3d6VS8KAHjvb3wKyVqhss6fZGQZMm7FnMzPy9Q659fw"
        "zIYHmAf5atOdVLTZckYrqfPWI3xXeewkYEkXgp/s/U/ewsZ9Cjhmoa57Ai4pDWR9vWBxw1/7"
        "4ktxm53T0YMAeYfcAN+NVsTLDvBAXcWeMtvMTifRXlm4inVR8yyMg5oL4oK9T78gXwK6z8oL"
        "tjtSnR7je1+nOPbAex/VMSdnT7pPQ3X7OvpgVze1ghPEES1/9KOLB4kKnL8q2II/yrdjLgZU"
        "iLp2yJPiDeHOS604ngqzBPUXgsiMa1qnsiQDaINAd8Ie8rWvVvP3eETkSTxz8URcla08QeD3"
        "UeGCn6hqUxSZU6kaDiQh+fmuM2lfSz/+h54wX1XBfD9xK4jZ9cBo2Fn4P7hVrgtMvC8FTYsL"
        "QoDjTQt6XEpP8APWiSkiQZ1qC1UpA2z/4sdaK49YeucX8iiEsoxfGPJz0R5a8Wo6kC/FDngA"
        "aT1LlEx/nUD+NgtwtbC3JJVMCltwDqo6yq9sKW4lihczc3JYjXg0PRznsbPx/KYc7dsG5XVS"
        "fFluM9/3dCnh+855aUO8FX3m6pvOAt6AnHPBPxfsJCXRrLsgi0qkLRFRdW2F1rmECsE6RdiO"
        "ZknDHafI8usC7Oso123EGCHyaD0pPzgDCCynIXGdy/RF+kPsrrfWVm8dbbBXZmEtHf36DPEz"
        "+DXOZRrT0a+jMyPH+1caX5DOh8T60b8i1iSeuNhDenNBma+qHrrceieAGC8qwVmqG3vQB6JS"
        "WTnZ1dXVzBOOzyXY1UMwnv3hb8iM79OTxCnVgd6Xx2DIc2m7PyeTs4x2wHOqlWHni5D1PYpn"
        "BrNORMX5Gvx2ZduVSdM9yvMk+uQvi2FA//rmDuG7ZuMtf1gBrn1JheeXg198+IC2fOOewEHw"
        "s8nqJFc8J464D3xvU/7gNk5YR6OAa70FuPbJk2wP64O4bfcp0nSpsXCJlAvFzeInbyX14Ren"
        "89gc50ELX4a4QG8/nn9wWNt/8gLzk78k4bEqEI2iIQ+T7CUevUE/uHXOMonfOAH5t5xt67J4"
        "ZPZLJq1FbnNKonaiYsWQOyTdF3Nj0p+Z3YukSC0PZrr7zJ86Jz+2tP1Ob687+A1DHee4LQRA"
        "K2xPXwrwUoJsU6Lg92IDDs0fKvATCSdCdkk8wIOXhEzdWZyXGvgXkomF7f3tBvYj6CCLEOe9"
        "9Sfvf/THFG7aQd7gzpzIe6rSLgsEvJA5M9mFm+xg3BDRDqXWMW5N3b2w+49e59nt+F941Buv"
        "Yvk27+RNGfRpsL0C3//k1xXEeYHAbmTAW5AzW5DE84Z8/sYDoYTrX3xQBE8pvcyGvJZ4/pDf"
        "xTG/69symUJQgP0Bp4M2+cGbL8VrbGwvavWrrPLkFBPPO404EM2XN4RSWnjBx686wNz7FOqb"
        "3lTwfEHtQCVo5akDPv7gilLUjpP86q1kT2KlFCCPxwVNwaqfOBeSlr9QrSyuH/vqogB8zbCd"
        "/W++1yUXsy6rtIl2S+mtLi3Am/oMfD0RzW07Z7+09Hf9Z+t4feMwTiAtUg919sod8wbUFTrt"
        "9iRHWyiEehCqdS1sOOA63zzuKE+59/qg0u1fa8ZCoe7QHQtkqgfy6Ox326p4nU4FKtgzYcHf"
        "yhZQxdFtDHV8K+ilikguJgP+ltqNp8A7Tu46t9DZj6hw3d6mrYI7fqYo7cJDkrmFJMJRN0XG"
        "CvhaS4d8cimAT6a2+ZZLSFYlpd1hlgurEvwrpjYjcX/swHVDHcRHMvkaeXeeo9MV/Mve9dOu"
        "ruJcBf9Bi1LGgn7VbZJvUmIpfY+JoNeFjXJNAP/qVZs4ehLZ8oljNsf5/VnPTsvw5p3qLNiy"
        "dj8beV40b+QNMsjA+3zBQ8TycmEoIburjTbHGvT8wfEUeEBWx24WFUiD+uVFN2Z6MgEPkBl1"
        "UAjXUzliQEfLb7nr5HQt2iABL6DrveNiIIl8t12wNZWj9jbBFb29qhPgU0wW53Un5SZ1LOk9"
        "n4gS9/g1jKPVj6s34IYFvJEVWZY5oUS6Qr3zuPHda8pcNibUK4DbMY64LMQJlcA/s1+cEdB3"
        "XJ1blmUB16AcbsNETIe823/ma0WpGOt9sHPueS72gRC2O1i4DnnJeaVP8PvVXkLStl5b6JWZ"
        "MP4E2Jyp+7PtnuL1jOPn0nVdejI/Z2VWMHWh3nX3FWDy6iFjSQ+EVuxthoQRH06QOtY/9/sS"
        "9NYeJsF1W6Ztf7RnurkW03xexpA3joN/txHzgHroAu9tJ5IyvC9PZPh+hdj7c+fLUfecbHUq"
        "Qxwh4AmnNdKgLq0/cWepSZ0qU+qUv/F/WWi0/vBsnNRfZxnqDTddxU7URVTPTIRbqP9tn8b7"
        "ugK55LU4z5fAu0uQi7C2oHgOth1Kz/ZvndFdOZ7s6zu8L6xJPbUZ3V5v846as6hNXJyM6+7V"
        "pUL/yCMkxU9+R8KheQUJEn2a7TUXd1BXt+7kdN2maeuqMK66FtSR/7cgh/y0gtTz/Vr/1otX"
        "6TKUWzk9u/2oD+VW/uR7RfVzsfUnRetbIh7k4C61qsslsBThbO8jxpQRfA9ELhef9gr4byue"
        "9N3aXLzjF6H4h1cKQnjbC9/+34aTGMYhaJlLW7cpf3F3gsq/6xRRuq8JyPuLc6ZAxvgf+inz"
        "idhBfa2V1q5bpyLU2QVSO5lvN1Oq+HTkgeVsyBOK8KkzBQ71DiaRnrS2JI740AMftfQ6sQVR"
        "K4iF+gaT7fxwuLxOIZkfn5epmUZ61ULRENnnF8uub8g0kDF1QY6B5wNvaAfcg3y+COUEaD/S"
        "uHyDCMz7jiOE1+YpEDvXQtfYM+zf9dy9wyq2FW4Dcv7e14UG8nNtz7bVvNVq2zZp9iferwsd"
        "V0gIV1uWHfxxHwUc4IclygFbcOFUnM5YsFsikoDdNiF+vt58BPhqArUh2oQbNCm9of8SdYcF"
        "TtpIQNl7PDE5ircqmXgQdzeIjWD9HOpbJKQ8T6nt/fLVylN39xXU7S8LO+XeTSPQJR8QMo+t"
        "t392UVdRtKhkpZUKwINWbQEH5+/6YjP7lpu+5eaGa5BbCjiZOCk31+Vk+6J31g+j7gb1rH8r"
        "eIeQ5cJLFieSnSWOHqFe4cTV5HCybca01zr/zS9a4Bf8VsJDH7E9nfMY6gM3Rl8nybPnt2uy"
        "ikKkyCb83pByqxUeyQPOJOjVPaF+jdBr9wR/BF6RgyejH3xI1Os3XrzxFUmHnFhhcenez8lK"
        "3QF/waH0iQNv99aHiTt88PIExrMOPLV7E81bkbS8KCdeqD7c89jHgDrQIYMesE46rHVt3+Jf"
        "+2DIVVxVF9YYNwUbT5DC3cBfXLyDOGLAT4qBP37b40cuXo53C6jOqwp4Gu5IGq3iTjWma2t1"
        "tG1pjb0QeP+Aa6vUhvjqOjW/mhbwnBgw4ra5knjX9SPOuThCuuSF0wb8QfK+1/OjHyAY9K9+"
        "Eprn2AoDrdm/9QEswVXpR1+Soz5+xoX1nA+Mbc9MaY2+rzXPnz/4b1z4Xr+Q+OpbnxIGXgT5"
        "Krv82kNgsP0n/1n4MV6/Dj1+qVsOxlUXcwmMAj7LTg/RLDsgwFdp/z2f6gVVA3j/Ox9O3LlO"
        "KRLqrPhdV0QWLnYsVJcd4NMnXxpa2bsY4vyf74Vai9rpCvn7z7pLunh1+xY1bEDRwdDvlnhN"
        "/zyP6BT4fYk8GOeHDxmWtyGWc38Cd4j4wycv2kepA/6FbWGvXb06S//qn+yVFnkE3CWnU5f9"
        "Mx7ynJqQk7ew3zykfAA2eHvIU9M/+vtXnwl6uMcz1KWvACF9tvjF7+0Hv984gizhB7/f+jER"
        "CzzWbpF8ST1vbTuzeTL8/jwXcPezfkVI/rc4EhIN6rvqIz9ONOC1ifjJN4kmXZn2I895Ivwj"
        "Dwyb1do/8ghorpWPOvW1X//B6a51kt+4Mef7lGoqDnouAFzBp1aHivnzvESF2JX1DeoOw3b1"
        "GYSBiQsi/epP3P8dXyEs6DOJlEOQpVDX5+jTh9lUk/pj/1bw8NJ53+9/57PM5nq1An1/YMa6"
        "3vWC3b306fLAQNx+90duW0tI/q6ToIdW1v/EZSTM6G6jb+pEXFNj4Z1Dp85Fc+W0cgqJeea0"
        "EvAZnZaIWz/NbXPcrl5HpYS68kqsTRxaSMyP2xvTlwN//OhTjY6TUR9kelMhyFT9dQCdKqqY"
        "7LQL2IMMPPfXH4R56Tuf73WMBZx97MnFVDNgnO3MaC5og+0usaIqHvEYW69cYl9M1CUbiAHr"
        "9zsRrRtKBfyTH1GyAPwISv8JHJBNvDgi4DMQFMATB/55D9mZfhDa6LtvuY8HPmy9+4+udSIl"
        "+rkmYgD5SR3sgYP9xw9nML+GpM/8K8nIbGTS3UILI+awxAqV4X2w1/UmRwvmAvb/4J/hpTXy"
        "b0p1emG+QjjY5WuzAT3vN5a5vXfsa/AX6xN/pvTBwaXi37aVdb8DD18dVq4wQToz+AX4f3Zy"
        "hvyiMzXE89g3m1+a6r0OAR2lmIzvz0q/emgfPux/+PDPfFgHPuz/g7/ky7hVSHTwoiZZfBr9"
        "hKAZbeoa8uXnPbSSQ/+DZ/iaXb7r0jnr0bpovxbszLhCcQ71xpCH2O6+NDgfEbrfybeGP5Gh"
        "78WAqvfx33GhtJDltVO56nM14OD5BwcBj5GxPmT/yo/A751a+yu/EF2Az9u/8aEjBXDA+Psd"
        "j6D+myx+x9ELqMefbBoc8wMbC/+VR37zRFEriZX0FSZI/0K2yASzecxdOjM8zI/pUC+BnDQg"
        "4Qom37VCbuz31PvFzYT3uGPyfu8jj6j/+qEpcIlXYFs8xlB32gc0NSJG2+GNVI7xCXrTWrrP"
        "vFoCf9Wrl06zRPjg/sqTLwNfw15/+/VbhO6rGuIT3p//8FbRdSo7P6kW4tvVhFnqskHkfMGd"
        "lx8c2Vh15nB3cdgh/ZFPE/Xf58z1H/zD2xH/fq7bzdB3q29Z/PjJl+hZvedX0Pbznh6Iij7o"
        "edR7YdlE1CxiJ/1t0PP/D3+f+ENfrmlPPjp0YjQ7r9EPL1eE1+3AfPJ0X9fGn3yRNLWm8ixj"
        "LB8LdX6YvHEe7ALBPeIa4iXL2n/k7vcaVf98L4hD/4Ud4w/v5urjCvX25ExRYFzX4IX20cbR"
        "bBsO+3cXAvGIY6QsLIrcfZhMIhlykdHMDzNEg21pxdHLgXrXEud3bgp88ZjvDjGSyew1XcKv"
        "PgPe6OE8WkE95qGffSLcRNhWZFUm07Uv6t4dIdfeuuw5+q3n2WE/aOifjftBQp12uoItpU57"
        "3QL+rGJGP2IWeMDVjDtY1TSLkeAd174dbAt+JyPJCHGrCYloytNhHwzqstSKJPyCen7qAX/0"
        "qNIJN2CNLFp7QL4iObMiNZ8ZBLeH/GodWGQT4NEEZWXkpn2MCJ/fkLX1VZgvALwXrJOKi72v"
        "zKUraD/E7Arbge53FuDH9z7lK13Auge9KZyQJjAOlDVNC/webaEI4kf9WlY8yqXMkcTC+qoW"
        "UXy6cmc/GPYFzM4i1G6piDzAkQk1I8Z9YNU2ijbn2OU2oIlEs/vMLLo4RFodJutERhtTxgXN"
        "mTTG1+qMMR/J28oTfctDkg56IfsIW0eIxUgp5nEA8lsdO5374JfjvIjYalPTnWrKcyXOXoJf"
        "OE067nNrlZPuXajjLcFNkX1I+iPJkH7DSppfhr6KF1xK1aTMmV3nUDBC3pgP8d+1aJEm+i1V"
        "ElHTHaWvQrwXFmJTHqgk7mnEbj0k7KlULtQ8q1008UwYDOaLF1dTPxye/OvYxaLOJRFiZQZk"
        "J9lGCzl9ozhVp131KK+SCCfVUZ05elMp6dQ//7NfNPbDq+BUX1rzhvlMrCYnpWnPnAX5DvLi"
        "DeF3n1YC7uiBHjT/Wld7sWr3CuFBv3okd5HOXCLIjwvxmoG+FZ7h0tTg1m2szrvY/d7HNS/g"
        "t5fd4K8WygXQu9KXQNn1ZrgWEw9tqwDyoZ7gKMmVJFCU3p1mgn4drrXNcP1Fs+H9KAN2N+3S"
        "ZpG9tIPWN7nZ3Tdk2mz2LV2eont3nV2/osM9GvuCm6bsX+AAzdh/Ok7us+/+RNpa435pU15n"
        "qXrRto0lOomFona9N2fbi5MSw5np0j438n3RyCl8L25LwGz4ZcvSRUn2pz9soLFPP5Uj9nyj"
        "Gh3z4c+++wTyW/m3j6eJFuHOCwR5PepyjqpG6CToaM+MfN1ZGWSceuB99stYMIniHi1P0Gd1"
        "Dc4aCqk26AlBnTR9zqksePecsmX7jzxIlL/l8UEe+SZW/h95RNSn+obaWBA6A3iV5NuO7uwQ"
        "+dNnhJTZlpDqFY1MSw05umsjybaB33/qbD22saN71VAHMsiOmOlNYC9yxFSyMNflKSJQ11vi"
        "WLePPI67sZnuYyT4Nh+wKsiNZtUmmqkbYQd668SFneraHPvrYK5vVmitC8LvfMpmYgmaNubh"
        "n3W8+lqP2uPFmhky9tS82zd8W/zRMxSbsG6oh9rtp39orH6fK2LsH6+qzejC+pTY8z/rAwaQ"
        "u+A/eSzQsf/nu729vOY12B9vK/Nr+GUrB/Ch+7aHeFlvd2hXuIFNduq9KK5OtdNw8eyDmRpP"
        "Lp0QHtSjOuznkVb5Y4+kKYf9JaI6jNEy7MCHfuUoN/scaRbK/vEfYUqGfkw/9JlwjognRq1/"
        "Eaa3eTIBugDf36LrR0+No6MdktNHp2ujXdaWNimPTragksKL4WifjuPYCuyGpYud6Wg64C5j"
        "Hucs7+Kp5d68KE+MIW+c89vpzKTByU15sEv3nJCvOBRQMvYlUl7IhYcFgPaakEw351gZzmE5"
        "kxLy8snyP/bUgAcvLZF6UC+YJdQLX7l8/mJO3mGfQj6ei4/PPt4X+MfiYNr2+vr6x88FoRj9"
        "/DyVefbrtmj+xp2YVH2ttd4//nBrg/OaLg2ZScRceoa10u1AXwE37rPZ4IdcyOH/LX6r7z7M"
        "3/giyRTeB/9k7TinT+vTXyl1MSdJWIzPTfmFJvHYx+PbiTypLzI9PHub2c4NRh/37fph38CK"
        "kdnML8/JP36BrtHgF3J+2j6T/F/7H4s23gN+Qj0gZPZrsU8msYY0LSz5BeRTYw9xKfo88MKZ"
        "vGDJFHJb6KFBr5L06Q/eTvoOH/mcWha6emegIka4gwmCYtgXapkW6k8mGeLbTrfNBrvEN9D0"
        "UQCfeJxaU7TXls1DfHOqvpki6qT3BfDTsKC7z75rxHcWnSWq1ECdjP61K7ow+haf0nnzz7pR"
        "kqcq1CvZH3wVkrrkchyFPj+J6PRrKreFn7daLPy1d17pktSinB4t4JPHAu1N895K9yd/kaJ2"
        "76NoCr/mBe2mEhrixDUl4EOz7mHk3RH9zicJm6aIsvTwu99nKVC37yaiaIU5tp6WPoxvgX1a"
        "sivRhCIP6sNFg3jma/m6TfxkeiqAR2zTs+SmaTycH/K+7bO8ITPgeH52Z50JnQ31YIussX+q"
        "q/SvHtLouibtc7pkqcwzl1vfDbzynp+uMY7afImwrt9PKzcUWlRwz5W4Uuk37pvyoxVzyEWS"
        "8mefJDlTGXA9IZKuMC3wsnaqQVxT+2rcd618Sv/in0Lqa6aHgPup/QpmA59dMxEq2rPM8lex"
        "YM+cuNTDdYKYa/HOExbgyHB+x7p2Zz9cP4tvu/70d04YaOw3Diw/eUT5WvsQp8O+wPMJccJo"
        "t/ath58+1UnQI5Bj2ljGAYPzAY3Kdu3xOz+8649SNoc+GOSB2rATX4pm6Q33wPeDx4fvH3vt"
        "YCW1qLYP5Tuv1XueSeVHTxvQ61pW/AbiduiDP5jWOX7j+h+/IILDtwq93Xw/Ouz+nV+auMLj"
        "yY76t429BHFzZMstxB93B/xgknU19AHAJleoh+U5y9BkvgWexLwoGwH/KSleBGzSx5sMxk2t"
        "xyudHHHDnmS018L5gBOnk/zZf1am+D72/SV1wRu0G/P3TP30tSSolbqpjiZNgYLtZN/+6QNp"
        "mBni8ksY+xqiujopqD/Jma7Is2gdOZLpzNv9/b1+ap/MLdba8fzTqoiNZLbt5q1F7YjKN11M"
        "7+QfOyfRG7diti8B4Aja03/suRMUbeQzyNsow3NHV3eQbu7z6xZ7oQr1E+jXnvuHYHXvj3Q4"
        "n0tfKG4PJ+51Ytx0fuJDXeLmyzoq+PPt1b3ofRr3BPj5bnKMO0cvB16pJUOdhWLHv3Tlff9K"
        "mxhVd1ebNEsL/gcv40vjmjzrHgeyaBSvtwd7AAc7RygkV4qnL/U+2w77SAJCjitEHjVmX+qW"
        "h4LZe6hOO9VvXu8mrS6REz/ztZ1HL1cpCHfavKgCZ7XbGEV/dfHO2A15f2NKfIHzeB2hpoxe"
        "ggnyAW5kQPWTFVTTkIexleVCl2B+nodsvgifFQTeQz/6bO1i3sNCmYgd5I1kBXWUSmQlOfo5"
        "v5Xm7MoWdEWaRbzYsWc2Gu73+mOxXea3522V9CuKkP60LShmIv3xfT6qlM/lbZHe9qZamtjB"
        "28gBPiH6iQx8ghcC/SCg7GXPeLSOmFe3gtgu43XWloAjsYyRfscIaZcW6h32BXVEqTyq+HTF"
        "Ww6KlcUVGYqARO3Ce4o+j2Xk6goi0mvaxngWMbNLR0hcXvLbNEGrasXcFvvgWvG5svWw0m8u"
        "yHap0h98BHEN9f0+z/fis9zZ95cp75H56magR/Yso8NW3g18hZM4nQdfXm7lLpHgeYyodQKe"
        "bMjsk/Vz+O46fhej+yGOnPDSqXfNpa8YbRs7dsJA/CodEy+Pl95ld3nrSwUfUuxsPOeOzVdy"
        "CLTSYrpUVxNkfvIOvzxWvbuKHfXbfy5OTDcIpXb2h7+a2jW1oQ5FJLZUQonluNMS8gK/nLK1"
        "aU7PC3eaxFCa6nm+DpmSZ6fsw7Tm50XvCapXXCwhOKvq93mwQa5gjv/yRGNK7xNi4+Zz/gnp"
        "1Tl573vcjVkIfjz0dz1K5+/7SOQvzLt/ZpR2t3vf1wF2DqfxnNafPgWHEU5C0g/nwdjsBM8F"
        "lVjWIE+KRj76M64p0tfhOJ4//6x/O+stROn3++M5zd9zV3VNNqXFCRZOivZm4VZu/tv57p/9"
        "dSbSb70l4xE/X2w+Z29MsooJkidealngPwViDqef80lSl8MzCceuLo15a8vfbuPfEXz3Uz48"
        "b32ccT/n1sDO6nw8h2tjBHUy9oKQ189j3/QeTrxPntxujfsrlmB8z2noDfige5lE6Bwx7nQS"
        "4Wd0P+ZLg6ta5eUvYqHhTxz62oZVq73wIRaeVQA+A1qLwP4TD3HR0oH78gqJ6zyemb5eC4k8"
        "9QHHMPE3ZMSffqOP/YfLQQgaJL2y4Tz59ZG5GimG841Y3/R1jJeg73/06KhaUZSC0476zFKo"
        "67OB3yFkET6aIFnaA0/Uxn0ORpS/+4OJwUfDucbjDUXGsF/7StliOO+TI6gH+Pl5wmb7XVUV"
        "NJdm3Nn37/elcesswcgW3BPZ1OnE4fzN97n3n3NeTpON50j1EnA1gfnbL61qbw3yPLuE9f4X"
        "ucd+hQJ4sVZgjW0B5en7vKXylmsS449c3XnOFrUEdccV8l7SffcTH/6Z0y56vdNbq7DC4Luv"
        "BH6iR0Tqqvd7ktCAf7yMPcRQGySfOPAkPMTXtx8M50xUpI/nO3RaEjz6CfjP7ziKUP7XcYa4"
        "eOuX17LeEvVpidAL7zEa4wPk+T5P95Gn+v37DBw7dqr6xLNsr8MCISG/Oo996ooM8R8JF0tK"
        "/pFDEHZo/++8lprgcnx/z+EWJ8oC8ok8Da9683tuD4mLphDxcM4M8B707V+tAN63EEbjOb5z"
        "3o3nLcyTQIa4fo39ycu+liOmv2AxvpnAsvHqyETc7YLEWB6v26Ev5ufRJiYGd1a3nT6el2VO"
        "MRrPLY3XsN7AyO+tMp73JMA7761PI/Z1Q5vj9/keGAfSOIfwFoBFGM7J0iFO7JeuVDDeTh/7"
        "b+PfdQznwrpsOBd2yvBKkaYRI3bAD8AJxvy5PrMZvgdbpRf5sQ+K0P/xn++/ovrzB1fvv676"
        "v/8fWWXQEg=="
    ),
    "esp32c5": (
        "eNp9e2mTskyT7n95vjIRqOD2RsyHKqhiE5Bd/HJCUdlUoFEBT5z/fhLs1u6Zd+aOuKMDgVpy"
        "ufLKrOT//rOv6/9Tp8/jP/+aT6bzyX+8frjtvm7//Gs8Wky4Jfw8+49/Drvb7p9//YP6f5Jl"
        "3VpOUSR+/iWKW7XEmJP3Iy+4fQWS1Llu22IfxfE8u9mqvl6YaTa+7fR6Iq9qXc0vS9cZ8Vue"
        "j6tYXmvLhxXJJB1GxgQTB6FYFqxQw1ZNRKQbKOax2AivB5rGprGniolFhBZtcFys6SbNd7dD"
        "cFucigmHYtWcm49Ieojcc6zVO9luDUnXYnz29suJmqLdjuVs5d4GLMs+bocodRQ7l+5utM2W"
        "WW5My5QoN3JOVXs+sVYGaijdbdJd1c735cZGj/FZ92yk4Wklh9364U6ZvcE7coCfJzFpOH9p"
        "gihyj86OZslo6wdr5MJ+ctRcoTKs7DpjeXkShVEabsc3UczOrOdWj8opn8vpKiT3+fIqLB7z"
        "uXQq64JJj8ms8Jr50qJyGBPzIHqTY7CdMHv+pCmnrb+rW2Kl2snZsF0plp3pVc9LnLNPMfBv"
        "57xu9IzjRnOWtTehQ11uVuwZ8bJa857VSFlhE8UtVMZjo/Eiq5b35WqjlbKb3G9rh1D1n5fm"
        "f1sEP5txI/4//jleb1/d66cx/MCB7dyOLTz0j2VLHOZtZHRHaqG9lPORjLAut/NDNmUidO5A"
        "k+YRFeIIF4IZ40awMRtwt+ZILMW84uZyaFp6rfn9Fa2wQJoThyZG2TbIxW2I7rrWnTsTlY0g"
        "xIovK7w7wYqGLJtcmq+IJASJ5chCSm1rTT9/EyFBqFSjcYgl6dGyEVwMt0kTEKRGMULiNTYR"
        "o8wUgmB+G8E8ioXWpZUhwcJ1jlIbmzJtUFbcLYTyi2MTAraHhn3Go/1G0Cr567hzcYz0sHF9"
        "hCiNC4HaM11aNimHCxsN+xNMCTexvZ2ash1fZmd+LZ8bx03yUL1G92Q7323Q4rARQirjo0lt"
        "kANp9jJemXLbaJPzc7ZJvDBTUESUxpKxppNxYw3rULqME+iEi71T8pjqEkJtRm8eMZodyFW/"
        "4vhiPKf08ih3tVVw9Nb/run9esSSDxWliyUB+TRvvA0SzPwWp/b2a7dhdF21ZyaZNg7Iey0l"
        "sVNy9YUtmlAWlAtrDHozpLZJMLH20jVSMhxHIN8TEm2d9utIzKjXo9Vf12icZfcIgVyx7fVy"
        "BH18ISNs9z7q9dnsOcGccOfmZSeWeYK1EtsAfVnCSlfrUuuwTmwrt3f7I+gbm228N5Xyojpb"
        "k9joItrTnIR8zaFwLfvonOVuRI0RvI91ii1+Win973maBObeaIiojnISzyIibC9rA+wlNo3H"
        "ku3s7azaiN6xXz9Z5Di1DZVY+aVzLD+BdW8UWOKUF5FyN3x8KrB9CLg8iJjzTifYAnmJ0TXx"
        "kGufNuyqDF0MY4fTDUXYoMsT08tTxpZAsTsx8vGBInGiCrE3O9s2voULd+xF6BHeNTyvNlei"
        "L7Powg52hHu5NlmBIkQbHUAZxl12gx2gmScj8AdkU60TIxX8IX0Ke00rnHsizKSq8ETVypFb"
        "h9KzjNBg/4rIK51QIk3zSJMjUQUxg56krYX++75BrZaFwhadUdvrc7JBgxwwGic6uMnPtYDG"
        "lkcW+1MmZRsW/K0Rt9/zERHm2VhiFHDgt70/6rgO01b9vq+LzuCvin6GHXE4tBG8T9/+qiFH"
        "6cBfBZXUOcbIjjIID1dE9ADGS1uxxwFBVD0LDXYD8kosJLXl+/31//C+i2wiPdMvaVU73/tA"
        "aD5TqZ4HP9fxYq0iHJANAhvdNlhcNoZMLUG0Gw8p8eGQ8YasWiAn10NNfNpmE4VuwokQr3p7"
        "EMSWP15hHmrPdW4Bzob5XK7LCObVCW8JGdYAitpNi4S59OMHjQmS1yj9uebNa2ehXh8YwuaK"
        "qLUitWlFvgrn2y4FRL/nK0cRCbn1GAFOIc/PpjzYeMg8b6APsvB8tFKRkjvfuIankf+lGO0d"
        "trTy1Juqjcjc9Oo26M5zKaztS3P5Qvi2q8Ce1Hz5BbZICfIq7IT+F2naVTnV9QVaUNfW/RZu"
        "bkudOrPoct5+y19BhhYFT8qPUM1cpwh5EPDd7Mp/LTLvkDF5RJsgwrakbxjLuiQ/7+koMY4E"
        "23vVUs6O4yN1u8jPqQNrtPJ753SqnucA8N5v/xTipUJlnT/KyDJk3IgZmZ7miXXKLpsTu9nD"
        "PMhX6/aootWaMxpJnTYe4dvSY0cBS9oN2MnOf8ctnNzGgGMWatsH4JJSNxxVfIRr/tLlX4pb"
        "b52W7gWIO+QK+G40Ip63gAfqIvKUyWpyPIr2wsJlpIuaZ2EcVJwU+ujWVjAmoPukOGO7JeXx"
        "Pjz3dYwiD6z3Xh4ycvKkWxtQcBwf9OomVnAEP6LFWz7iXqICR3lAN/4gXw+ZGFAhbJs+TopX"
        "hFsvsaJoLExi1J0JIhOubpzSkgygDQLdCjuI175aTn/8RJySaOLikbgoGnmEwO7D3AU7UdU6"
        "z1OnVDUcSEL8815r0q6SvuWO0APmK0uY78dvBTG97BkNOzP/B7eKZY6J96WgcX5GCHC8bkCO"
        "c+kBdsA6EUUkqBJtpipFgO0Pfiy14oCl7/hC7rlQFNETQ3zOm30jXkwH4qXYAg8gjWeJkukv"
        "Y4jfZg6mtuksSSWj3BacvaoO61fWFDcSxbOJOdovBjwa7w/TyFl5fl0M+m2C4jLKvyy3nu46"
        "Opfwbes8td7f8i519VVrAW9AzinnHzN2lJBw0p6RRSXSFIiourZAy0xCuWAdQ2yHk7jmDmNk"
        "+VUO+nWUyzpkjA3yaDUq3jgDCCwnG+I65/GTdPvIXa6ttd44Wq+v1MJaMtj1Cfynt2ucyTSi"
        "g12HJ0aOds8kOiOd3xDrR/5EvJFo5GIP6fUZpb6qeuh87ZwAfDwvBWeuruxeHohKRemkF1dX"
        "U084POagVw/BePabvzVAEcZHiVPKPb3No6CPc0mzO8Wjk4y2wHPKhWFnsw3rexRPDGYZi4rz"
        "1dstsu3SpMkOZVkcvuOXxTAgf311A/ddstGa3y8A176k3POL3i7efECbf+OewKlg5/HiKJc8"
        "Jw64D3xvVfzgNo5ZR6OAa50FuPaOk2wH+wO/bXYJAv5TW7hAypnievYTt+Jq/8HpLDKHedDM"
        "l8Ev0LcdT984rO3ecYH5iV+ScF/kiIZhH4dJ+hQjr5cPbpyTTKJvnID4W0zWVZHfU/spk8Yi"
        "1yklYTNSsWLILZJus6kx6k7M9kkSpBZ7M9m+50+cox9Z2m6rN5ct/N1sdJzhJhcArbA9firA"
        "SwmyTYmC3Ys1GDS/L8FOJBwL6Tn2AA+eEjJ1Z3aaa2BfSIYoae+uV9AfQXtZBD/vrF9x/y0/"
        "JneTFuIGd+JE3lOVZp4j4IXMiUnP3GgL424QbVFiHaLG1N0zu3vLdZpeD/+GR33jVSRfp628"
        "KoIuCdYX4Pvv+LoAP88R6I30eAvrTGck9rw+nn/jgVDA9QcfFMFTCi+1Ia7Fnt/Hd3GI7/q6"
        "iMfgFKB/wOmgiX/w5kvxahvbs0r9KsosPkbE844DDoTT+RWhhOZe8LarFjD31kJ+I5gKns6o"
        "HagELTy1x8cfXFHyynHij9wK9iiWSg7r8TipgMj19nMhbvgz1Yr88tavLgrA1wzb2X3ivS65"
        "mHVZpYm1a0KvVWEB3lQn4OuxaK6bKfulJZ/9n6zD5Yefxs+pTj3U2gt3iBuQV+i03ZEMrSER"
        "6mBRjWthwwHTefG4gzzmvvcHmW73XDIW2ugO3bKjjdIBeXR223WZP4/HHOXsibBgb0UDqOLo"
        "NoY8vhH0QkUkE+MefwvtylPgHUd3mVno5IdUuKyv40bBLT9RlGbmIclcQxDhaIiRwQNfA/yB"
        "eHLOgU8mtvm9LiFeFJS2+0kmLAqwr4jajMT90gOX9HkQH8rka+DdWYaOF7Ave9uN26qMMhXs"
        "B80KGQv6RbdJtkqAYnYdJoJe5TbKNAHsq1Nt4uhxaMtHjlkdprdHNTnON1fvWKXBmrW7ycDz"
        "wmktr5BBet7nCx4ilpcJfQrZXmy0iiqQ8xvHE+ABaRW5aZgjDfKXJ12ZydEEPEBm2EIiXI3l"
        "kAEZzV/rruLjJW+CGKyALneOi4Ek8u16xlZUDpvrCJf0+iyPgE8RmZ2WrZSZ1LGk7/lEFLvR"
        "Vz+OVt0vXo8bFvBGVmRZ5ohi6QL5zv3Kt88xc16ZkK8Abkc45NINjqkE9pl+cEZAL786NSzL"
        "Aq5BOtxsYjHp4273nq8RpXzI9yEeZZ7nYh8IYbOFjesQl5xn8gC7X+wkJK2rpYWeqQnjj4AF"
        "mro/We8oXk44fipdloUn81NWZgVTF6pte1sAJi/uMpb0QGjEzmbIJuQ3I6QO+c/tNge5NftR"
        "cFkXSdMd7IluLsUkmxYRxI1Db99NyNwhHzrDc+uRpPTPyyMZ3l8g9vbY+nLYPkZrncrgRwh4"
        "wnGJNMhLq7ffWWpcJcqYOsXH/88zjVZvni3G9f4oQ77hJovICduQ6qmJcAN+Zvs02lUlrEte"
        "itNsDry7gHUR1hYUz8G2Q+nJ/uQZ7YXjya66wfPCklRjm9Ht5TprqTkJm9jF8bDvTp0r9Nd6"
        "hDj/ie+KkNbPIEaiT9Od5uIW8urGHR0v6yRpXBXGVZeCOvD/BtYhPyyI275f6S+5eKUuQ7qV"
        "0ZPbDfJQrsWb96ptJjb+KG98SxzyT+5cqbpcAEsRTvYuZEwZwftA5DLxYS+A/zbiUd8uzdm3"
        "/yIUvXmlcLzuhJf9N5tRBOMQNM+ktVsXH9wdoeL3PkWU7CoC6/3gnCmQwf9VU7anI7GF/For"
        "rG27TETIs3OktjLfrMbA3+jAA4tJHycU4Z1nChzqHExCPW5sSRzwoQM+aulVbAuilgMUdTUm"
        "6+l+f34eN2R6eJzHZhLqZQNJQ2ifniy7vCLTQEbrwDp6ns/AOnrcg3g+28gx0H6kcdkKEZj3"
        "248QXprHQGxdC10iz7A/+7l5+0VkK9wK1vn5XRdqiM+VPVmX00arbNuk6S9/v8x0XCJhs1iz"
        "bG+fuzDgAD8sUQ7YnNuMxfGEBb3FIgnYdb3Bj+c3HwG+GkNuiFabFRoVXl9/Cdv9DMdNKKD0"
        "ezwxPojXMh554HdX8I1g+ejzWyQkPE+p7X34aump2xsPebtoYafYuUkIsgQ8J9PIGvaBhDZs"
        "S4pmpaw0Ug540KgN4OD0O79YTV7rpt/r5vprWLcUcDJxEm6qy/H6SW+svwnbK+Sz/jWH+ch8"
        "5sWzI0lPEkcPkK9w4mK0P9o2Y9pLnX/xiwb4Bb+WcF9HbI6nLIL8wI3Q11Hy7On1Ei/CDVJk"
        "E/5ekXKtFB7JPc7E6Nk+IH8N0XP7AHsEXpGBJaMffIjVywsvvvEVSfuMWJv83H7fJwt1C/wF"
        "b6S3H3jbb3lIeIr3XhbDeNaep3ZnomkjkoYX5djbqHf3ONQxIA90SC8HrJMWa23TNfijHwyx"
        "iiur3Br8JmejEVK4K9iLi7fgRwzYSd7zx5c+ftYVyovtDLLzsgSehluShIuoVY3x0locbFta"
        "Ym8DvL/HNZTYU1NuWzW7mBbwnAgw4rq6kGjbdgPOuThEuuRtxjXYg+S99vMjHyAY9Ld8Yppl"
        "2NoEWr37lgewBFelP+tCUqfef8aF/Zz2jG1PTGmJXtea50/v/AsXXvsXYl/9lqeJ71UB8So9"
        "f/QhMNj+Ff8sfB+un/sOP9U1B+Oqs6kESgGbZcf7cJLuEeCrtHvNp3pBWQPef+bDsQt8iiKh"
        "SvPPvkIyc7FjoapoAZ/e8dLQis7F4Od/3hcqLWzGC+Tv3vtWpN2z3TWoZgOK9oZ+s8RL8us+"
        "L9nA7wvkwTg/fMiwvBWxnNsDuEPI799x0T5ILfAvbAs77eJVafJb/mSnNMgjYC4ZHbvsZzyE"
        "Aqci5OjN7G8eUtwBG7wdxKnxL/n9lWeM7u7hBHnpM0BIn8w++L1+4/c3jiBL+MHvb/mYiAUe"
        "azdIPieet7SdyTTu//7cF3D7lo8Q/xc/EmIN8rvyvX4ca8BrY/Edb2JNujDNez2nkfBnPTBs"
        "Wml/1iOgqVbcq8TXPvaDk23jxG+/4c3pLqGaioOOkwBX8LHRIWN+3y9QLrZFdYW8w7BdfQJu"
        "YOKcSB/5ibvf4yuEBXnGobIP0gTy+gy96zCrclR97EOI8Nz5/r37zGeZ9eViBfpuzwx5vesF"
        "21vh0/meAb991Ueua0uIf++ToLtWVH/8MhQmdLvSV1UsLqkx804bp8pEc+E0cgKBeeI0EvAZ"
        "nRaIWz7MdX1YL54HpYC88kKsVbSxkJgd1lemK3r++JanGh5GgzzI+KqCk6n6cw8yVVQx3mpn"
        "0Afpee7HHoRp4Tvv93WMBZy+9clFVDPaC7Ukoz6jFbbb2ArLaMBjbD0ziX0yYRuvwAesz3si"
        "WtaUCvgnPqJ4BvgRFP4DOCAbe1FIwGbAKYAn9vzztmEn+l5owlfdchf1fPgbXwAljqRAP9dE"
        "DCA+qb0+cLB72+EE5teQ9J5/IRmpjUy6nWmbkNnPMfBkeB70dbnK4Yw5g/7f8cLwkgr5V6U8"
        "PjFfIhxss6VZg5x3K8tc31r22duL9fY/U3rj4Fzxr+vSut0g31rsF64wQjrT2wXYf3p0+vii"
        "MxX481A3m57r8nsfGsqliAzPTwq/vGtvPuy/+fDPfFgHPuz/wV/yZVxLJDp4VpE0Og52QtCE"
        "1lUF8fL9HFrIG//tR4KQntUhL52yHq3y5mvGTowLJOeQb/RxiG1vc4PzEaG7rXyt+SPp614M"
        "iHoX/R4XUgtZXjqlqz4WPQ6efnAQ8BgZy336d/0I7N6ptN/rF8Iz8Hn74x86UgAHjN/v8Qjy"
        "v9HsM46eQz7+YJPgkO3ZSPi3PPLFE0WtIFbclZgg/QvZIhNMphF3bs3NfnpI+nwJ1kkDslnA"
        "5NtGyIzdjnof3Ix5jzvE38+91yPqHzs0BS72cmyLUQR5p71HYyNktC1eScXgnyA3raG71Ksk"
        "sFe9fOo0jYV3/F3k8rnna9jrrh+7Rei2qMA/4fnpD28VXae0s6NqIb5ZjJi5LhtEzmbcaf7G"
        "kZVVpQ53E/sT0p/1aaL+uc9c/uAfXg/493PdrIA/89U1je4/8RI9yu/5FbR+P6cHoqL3ch7k"
        "nls2ETWL2HF37eX8v/D3kd/X5erm6KN9K4aT0xL98HJFeF73zDtOd1Vl/IoXcV1pKs8yxvw+"
        "U6f70TfOg17AuQdcgyhtWbv3urudRtVf7wtD3V4c/A9vp+r9Avn26ERRYFyWYIX2wcbhZL3p"
        "z+/OBPwRR0iZWRS5u008CmWIRUY93U8QDdaFFYVPB/JdS5zeuDHwxUO23UdIJpPneA5/9Qnw"
        "Rg9n4QLyMQ/9nBPhOsS2IqsyGS99UfduCLn22mVP4SefZ/vzoL5+NpwHCVXS6gq2lCrpdAv4"
        "s4oZ/YBZ4AEXM2phV+M0QoJ3WPp2sM75rYwkY4MbTYhFUx7352CQlyVWKOEn5PNjD/ijR5VW"
        "uAJrZNHSA/IVyqkVqtnEILjZZxdrzyKbAI8mKC1CN+kiRPjsiqy1r8J8AeC9YB1VnO98ZSpd"
        "QPobzC6wHeh+awF+vM4pn8kM9t3LTeGEJIZxIK2pG+D3aA1JED/I17KiYV3KFEks7K9sEMXH"
        "C3fyg/5cwGwtQu2GisgDHBlRM2TcO1ZtI28yjp2vAxpLNL1NzLyNNkirNvEyltHKlHFOMyaJ"
        "8KU8YcyH8rr0RN/ykKSDXMguxNYBfDFU8mkUwPqtlh1PfbDLYV5EbLWu6Bby2qkSpU/Bz506"
        "Gc65tdJJdi7k8ZbgJsjex92BpEi/YiXJzn1dxQvOhWpS5sQuM0gYIW5Me/9vGzRLYv2aKLGo"
        "6Y7SlRu8E2ZiXeypJO5oyK49JOyoVMzULK1cNPJMGAzmi2YXU9/vH/zz0EaizsUhYmUG1k7S"
        "lbbh9JXilK120cOsjEMclwd14uh1qSRj//TnvGioh5fBsTo35hXzqViOjkrdnDgL4h3ExSvC"
        "33VaCbijB3LQ/EtV7sSy2SmEB/nqodyGOnMOIT7OxEsK8lZ4hksSg1s2kTptI/d1jmuewW7P"
        "295eLZQJIHelK4Cy63V/LcYeWpcBxEM9xmGcKXGgKJ07TgX90l9rq/76i6b982EK7G7cJvUs"
        "fWp7raszs72tyLhe7Ro6P4a39jK5fIX7WzjUBVd10T3BAOqh/nQY3bpXfSJprOG8tC4uk0Q9"
        "a+vaEp3YQmGz3JmT9dlJiOFMdGmXGdkur+UE3hfXBWA2/GWLwkVx+qs+bKChTj+WQ/Z0pRod"
        "4uHPufsI4lvxu46niRbhTjMEcT1sM46qxsaJ0cGeGNmytVKIOFXP++ynMWNixT1YnqBPqgqM"
        "dSMkWi8nBHnS+DGlsuDdMsoWzZ/1IFF+rceH9chXsfR/rUdEXaKvqI0FoTWAV0m+7ejOFpFf"
        "dUYImU0BoV7RyLjQkKO7NpJsG/j9O8/WIxs7ulf2eSCD7JAZXwX2LIdMKQtTXR4jAnm9JQ55"
        "+8DjuCub6j5Ggm/zAavCutGkXIUTdSVsQW6tOLMTXZtifxlM9dUCLXVB+MynrEaWoGlDHP7Z"
        "x7Or9LA5nK2JIWNPzdpdzTf5LzlDsgn7hnyoWb/rh8bic1+BAHC4qDajC8tjbE9/7Q8YQOaC"
        "/WSRQIf6n+929vySVaB/vC7Nr/4vWzqAD+1LH+J5ud6ibe4GNtmqtzy/OOVWw/mjCyZqNDq3"
        "wmavHtT+PI80yi99xHXRny8R1WGMhmF7PvRZR7HaZUizUPrHfoQx6esxXV9nwhkinhg2/lkY"
        "X6fxCOgCvH8NL2851Y6OtkhO7q2uDXpZWtqoODjpjEoKL24G/bQcx5agNyyd7VRH4x53GfMw"
        "ZXkXjy336oVZbPRx45RdjycmCY5uwoNe2seIfEUbAcVDXSLhhUy4WwBozxFJdXOKlb4PyxkV"
        "EJePlv/WpwY8eG6J1IN8wSwgX/jK5NMXc/T2uwTi8VS8v8/xvsA+ZnvTtpeX5x87F4R8sPPT"
        "WObZr+us/u13Ylx2ldZ4f+zh2gSnJZ0bMhOLmfTYVEq7BXkF3HDOZoMdchsO/xf/LV91mN/+"
        "ReIxPA/2ydpRRh/Wu75S6GJG4k0+3DflJxpFQx2Pb0byqDrLdP/obGY9NRh9OLfr+nMDK0Jm"
        "PT0/Rn/sAl3C3i7k7Lh+xNlf/R/yJtoBfkI+IKT2c7aLR5GGNG1T8DOIp8YO/FL0eeCFE3nG"
        "kjHEto2HerlK0rs+eD3qW3zgM2pZ6OKdgIoYmy1MEOT9uVDDNJB/MnHv33ayrlfYJb6Bxvcc"
        "+MT92JiivbRsHvybU/XVGFEnuc2An25yun2fu4Z8a9FJrEo15Mnor17RmdHX+JhM6z/7RnGW"
        "qJCvpL/wVYirgstwuPH5UUjHX2O5yf2s0SLht76zUpekBmX0YAGfPORoZ5q3Rro9+LMUNjsf"
        "hWP4a57Rdiyh3k9cUwI+NGnvRtYe0Gc+SVjVeZgm+895n6VA3r4diaK1ybD1sPR+fAv005Bt"
        "gUYUeZAfzmrEM1/z53Xkx+NjDjxinZwkN0mivn/Ie+lnfkVmwPH85MY6Izrp88EGWUP9VFfp"
        "bzkk4WVJmsd4zlKZZ87Xru155S07XiIcNtkcYV2/HRfuRmhQzj0W4kKlL9w35XsjZhCLJOXX"
        "OUl8ojLgekwkXWEa4GXNWAO/pvbFuG0b+Zj8xj+FVJdU3wDuJ/YzmPR8dsmEKG9OMstfxJw9"
        "ceJc3yxjxFzy7zhhAY70/TvWpT35m+Ujf+n1p75zxEBjXzgwf8cR5Wvpg5/25wKPB/gJo12b"
        "bzn81KmOgh7COsa1ZewxGB/QqHTbHF7x4Tv/KGSzr4NBHKgMO/alcJJccQd8P7i/+f6h0/ZW"
        "XIlqc1deca3a8Uwi3ztag1yXsuLX4Ld9HfzONM7hheu/7IIIDt8o9Hr1/XC//Tu/NHKF+4Md"
        "5G8bOwn85sAWa/A/7gb4wcTLsq8DgE4ukA/LU5ah8XQNPIl5UjYE/lNQPAvYuItWKYybWPdn"
        "Mjrgmj3KaKdtpj1OHI/y+/xZGePbUPeX1Blv0HaI3xP1XdeSIFdqxzoa1TkK1qNd86sOpGGm"
        "98svYahriOriqKDuKKe6Ik/CZehIpjNtdrfv/VP7aK6x1gz9T4s8MuLJup02FrVDKl91MbmR"
        "P3qOw2/citiuAIAjaEf/6HMrKNrAZ5C3Uvr7jq5uIdzcppc19jYq5E8gX3vq74PFrTvQvj+X"
        "PlHU7I/c88i4yfTIb3SJm86rMOdP12f7pLdx1BHgddvRIWodveh5pRb3eRaKHP/cFrfdM6kj"
        "VN5cbVTPLfgfPI0vjauztL3vyaxWvM7u9QEc7BSiDblQPH6qt87sz5EEhBxXCD1qdBW1FEiY"
        "vbvqNGP96nVu3OgSOfITX9t69HyRgs1Wm+Zl4Cy2KyPvLi7eGts+7q9Mic9xFi1DVBfhUzBh"
        "fYAbKVD9eAHZNMRhbKWZ0MaYn2YbNpttHiU43l0/+GzlYt7DQhGLLcSNeAF5lEpkJT74Gb+W"
        "puzCFnRFmoS82LInNux/7/T7bD3Pro/rIu4WFCH9YVuQzIT6/dUfVcin4jpLrjtTLUzs4HXo"
        "AJ8Q/VgGPsELgb4XUPq0JzxahsyzXYBvF9EybQrAkUjGSL9hhLRzA/kO+4Q8olDuZXS84DUH"
        "ycrsggxFQKJ25j1Fn0YycnUFEek5biI8CZnJuSUkKs7ZdRyjRblgrrNdcCn5TFl7WOlWZ2S7"
        "VOn2PgK/hvx+l2U78VFs7dvTlHfIfLYTkCN7ktF+LW97vsJJnM6DLc/XchtLcD9C1DoCTzZk"
        "9sH6Gbx3Gd6L0G0fhc7m3Ko3zaXPCK1rO3I2gfhVOCaeR+fEE7dZ40s5v6HYWXnODZvPeB9o"
        "hcW0ia7GyHzHHX4elYkHdqa+7OfsRHSFUGKnv/irqV0SG/JQRCJLJZRYjjsuIC7w8zFbmeb4"
        "NHPHcQSpqZ5lyw1T8OyYvZvW9DTrPEH18rMlBCdVffWD9esKpvg3TzTG9DYiNq7f/T3I3J7i"
        "73OPm9EFYMd9fdejdPr9OxL5M/NdPzMKu/15XgfY2R+HPq1fdQoOIxxvSNf3g7HpEe4LKrGs"
        "fj0JGvjoz7imSJ/7w9B//t7/etJZiNLX80Of5qfvqqrIqrA4wcJx3lwt3Mj1v+vv/jlfZ0L9"
        "2lkyHvDzyWZT9srEi4ggeeQllgX2kyNmf/zpT5LaDO5JOHJ1aYhba/56Hb4jeNVT3vJaHibc"
        "T98a6FmdDn24NkaQJ2Mv2PDyq450g3necXK9Nm7PSILxPaemV+CD7nkUolPIuONRiB/h7ZDN"
        "Da5slKc/i4SaP3Loa70pG+2J95HQ97eHq5l/YyNAx4mZLw8UGRNzFAccZhFiQw4MytUSL3Jx"
        "EaqyrgEOROqVmDRlNizoZ9nXKfTmRNGqPwukGW/Cfm3qtGLf9/LqNx/6q85fCNdTrfvuk0xU"
        "HTaGXGFRXfER+MDpv/eTorwe6gQ/fVNoxKcpxJM0hvcsZJEmnCJZ2gG/1MoO+BKDv+uGsc+H"
        "fT/k4YpCoz/nfSZs3vcJZQjyCL49Tdm68royf2LBxvb+sPS9gKsnsA9lskqj5fJVf/nbH/rT"
        "xwW43tulDgm89PzV51v3chB7OUhVImoknDw5NMhBuKfb7/3W1VU6NtjeBOyfvjpH1fK8oOG7"
        "P81QFcCnpVKgvg+f/PR3Kt/7GUX4z37ySoI85wJxNj4N5zpCrZ6u2lmvtnpj5VYAOg2i6jwH"
        "ewE9Le+ffstiNMXElXDvvy87E+MK7E8f+kd0WhA82KH1P7yP+ve93++juPz6N+/bRGrL9/pS"
        "8IOnsYPI0ATx2997v/3WY6GZnSXq4wKhJ95hNPgv+NWr3+97HE2oPt+P4MixE9UnnmV7LRYI"
        "2fBcX0cXs4L0+BQKZ0uK/6zDFGy0+zsvxDb8en7H4QbHygzinTzeXPT601eIxFmdi7jvg4N4"
        "BPrxL1YAz1ug5aHP8JSd+n4QwdwLpMed51A/Pe8qOWS6MxYjLiZD/wG42fXc283ruq/b+Vm4"
        "iojxPFIL60M/L3OMXt9RDdew38DIbo0y9KMS4MW3xqch+7z2fjj0H8E4QDM4hNcAfELfx0t7"
        "u7WfulLCeFt9qA8O3530fWtt2vetHVO8UKRxyIgt8Jfc2gzxfXliU3wL1kon8n2d9genjMYi"
        "sO4xkoQ3z18GkiEcgw8+q+9+llnb91F7X9aqyNOxsHfceuo86V4L6uTYDvHt3qXPnXYvHCat"
        "NRXGR5/3xVnYhCrKohHM5+LTlYV8j6BjQT/fRSxc7FmI+5WXzXv81cXyqZqQQCLOAJy/9d+B"
        "rUc+AZmh80RH3uWN73NRlx2LPJMcHvSOIGeQW183XpnBMhb9LDCloS48IzL4ncxm/f5Bb8DP"
        "nNKzhU8dq+QnzpaVTCRYmnt2c2Q8PcDb/hs4cUnt/jsU9ZB99ne5PS1wE432fTLoU9873xoI"
        "8NikGGnP7b7+9JuYDtib9RpXfdeVMuR9+p7nqkkS5Gf0aYn/a5/3S4/DeURifeTH8QEL8ZWw"
        "3c7/xPuZe4C1ZnH0TPgC6ePNGAk6GuRCAnaojzcU8sUQONvQB/LTv5vNIP5CHtci5Cuol++r"
        "z/Dz/ZEuXhY5Em1IZYZ+/Jff+m+/k8QlDnM83avoj31JwnEM+R/4sanV4b0VV8I7f15PPn3Z"
        "LuT3+S6FfE2JPeCUPH3zBGS++6hi5tEfUXufvm2IY15tD33CQ/29qpSvwuoSDLiOHA4cDEvH"
        "7N/EC0pf30Voasg5EAN0GNh5pk6MQ0aZIYZS0QsuyWgnOUX8Zz0W5AhnUSdAtc1U6vu2PITy"
        "MWX2y2nk7J2BF54//qPcbOcp9H3Ll098bRC5NTVCIRe/7WYt/OF1Yf7lOLm6qnPAt+F7GeQe"
        "1vla5x3N0nYyrHvf540giGzBA18trKdQ5Ojjd93bf2bSOnGadWJbZ/ostloSD3JOk+n7ew2r"
        "KC84o5rqvM6jBcfb0BvvX6sy4nps04pttjtBXOvP0+D+O84w1XDd9++hOmCb/vzg2cdbUiUX"
        "o1w2YtLbb4xG3/YmZNOh70FxMcBnu1/AGv7zP/95faH6+2PW15er/+//A+wziAQ="
    ),
    "esp32c6": (
        "eNp9u2mTqkC3Lvhf3q+cCFRwOhH9IRMymQRkBr90KCqTChQqYEf/915QllX73nN7R+yoYMpc"
        "uYZnPWtl+v/859A0/3eTvU7/+e/lbL6c/df3jfv+6/6f/55OVjNuDbcX//Wf4/6+/89//wcN"
        "/yTLunecokj88ksUd2qFMScfJl5w/wokqXfdrsM+SpJlfrdVfbsys3x63+vNTN40ulpc164z"
        "4Xc8n9SJvNXWTyuWSTaOjAkmDkKJLFiRhq2GiEg3UMJjsRW+X2hbmyaeKqYWEToU4qTc0jAr"
        "9vdjcF+dyxmHEtVcms9Yeorca6o1e9nuDEnXEnzxDuuZmqH9nuVs5dEFLMs+78c4cxS7kB5u"
        "vMvXeWHMq4wod3LJVHs5szYGaindh9m+7paHKrTRc3rRPRtpeF7LUb99unPmYPCOHODXWUxb"
        "zl+boIrCo4uTWTHa9skahXCYnTRXqA0rvy1YXp7FUZxFu+ldFPML67n1s3aq13q+ichjub4J"
        "q+dyKZ2rpmSyU7oovXa5tqgcJcQ8it7sFOxmzIE/a8p55++bjliZdnZCtq/Eqje9+nVNCvYl"
        "Bv79UjStnnPcZMmydhg51OUW5YERr5st71mtlJc2UdxSZTw2nq7yev1Yb0Ktkt30cd86hKr/"
        "+bb8X4/gFwtuwv/Xf063+1f/fWsKNzjwnfupg5f+Y9kSh3kbGf2JWuggFXwsI6zL3fKYz5kY"
        "XXqwpHlCpTjBpWAmuBVszAbcvT0RSzFvuL0e247eGv5wQxsskPbMoZlRdS1ycRehh671l95E"
        "VSsIieLLCu/OsKIhyybX9ismKUFiNbGQ0thaO8zfxkgQatVoHWJJerxuBRfDY9IGBKlxgpB4"
        "S0zEKAuFIJjfRjCPYqFtZeVIsHBToMzGpkxblJcPC6Hi6tiEgO+hcZ3J5BAKWi1/nfYuTpAe"
        "ta6PEKVJKVB7oUvrNuNwaaNxfYIp4Taxd3NTtpPr4sJv5UvruGkRqbf4ke6W+xCtjqEQURmf"
        "TGqDHkh7kPHGlLtWm11eizD1olxBMVFaS8aaTqatNcqh9Dkn0BmXeOf0OdclhLqc3j1itHvQ"
        "q37DydV4zen1We0bq+Tofbiv6YM8YsVHitInkoB8WrReiASzuCeZvfvah4yuq/bCJPPWAX1v"
        "pTRxKq65smUbyYJyZY3RbobUtSkm1kG6xUqOkxj0e0airdNBjtSMBztaw3WDpnn+iBHoFdve"
        "oEewxxcyou7go8Ge7YETzBl3ab/9xDLPICuxDbCXJWx0tam0HuvEtgp7fziBvbHZJQdTqa6q"
        "szOJja6iPS9IxDccirayjy554cbUmMD3WKfY4ue1MtwvsjQwD0ZLRHVSkGQRE2F33RrgL4lp"
        "PNdsb+8WdSh6p0F+sipwZhsqsYpr71h+CnKHCog450WkPAwfn0tsHwOuCGLmstcJtkBfYnxL"
        "PeTa55DdVJGLYexoHlKEDbo+M4M+ZWwJFLszo5geKRJnqpB4i4tt43u0cqdejJ7RQ8PLOrwR"
        "fZ3HV3b0Izzotc1LFCPa6gDKMO66H/0ALTwZQTwgm2q9GKsQD9lLOGha6TxSYSHVpSeqVoHc"
        "JpJeVYxG/1dEXumFCmmaR9oCiSqoGewk7Sz0v68bzGpZKOrQBXWDPWchGvWA0TTVIUx+rgU0"
        "tTyyOpxzKQ9ZiLdW3L3nIyLME1piHHAQt0M86riJsk59P9dFZ4xXRb/Aijgc2Qi+p5941ZCj"
        "9BCvgkqaAmNkxzmkhxsiegDjZZ044IAgqp6FRr8BfaUWkrrq8/32//C9i2wivbIvadM473Ug"
        "tFyoVC+Cn+tktVURDkiIwEd3LRbXrSFTSxDt1kNKcjzmvCGrFujJ9VCbnHf5TKFhNBOSzeAP"
        "gtjxpxvMQ+2lzq0g2DBfyE0Vw7w64S0hxxpAURd2SFhKP3HQmqB5jdKfa9689RYa7IEhbW6I"
        "2ihSl9Xkq3TefokSsvyer5rEJOK2UwQ4hTw/n/Pg4xHzuoM9yMrz0UZFSuG8cQ3PY/9LMboH"
        "LGnjqXdVm5Cl6TVd0F+WUtTY1/b6hfB9X4M/qcX6C3yREuTV2In8L9J2m2qu6yu0oq6t+x08"
        "3FU6dRbx9bJ7619AuhYHL8pPUMPc5gh5kPDd/MZ/rXLvmDNFTNsgxrakh4xlXdOf7xR0ME4E"
        "2wfVUi6O4yN1tyoumQMyWsWjd3pVLwoAeO9vfArJWqGyzp9kZBkybsWczM/L1Drn1/DMhgeY"
        "B/lq051UtNlyRiup89YjfFd57CRgSReCn+z9T97Cxn0KOGahrnsCLilNy1HFR7jhr33xpbjN"
        "zunoQYC8Q26A70Yr4mUHeKCuYk+ZbWank2ivLFzFuqh5FsZBzUmRj+5dDWMCus/KC7Y7Up0e"
        "43tfpzj2wHsf1TEnZ0+6dwGFwPHBrm5qBSeII1r+6EcXDxIVOMoDuvFH+XbMxYAKUdcOeVK8"
        "Idx5qRXHU2GWoP5CEJlxTetUlmQAbRDoTthDvvbVav4ej4g8iWcunoirspUnCPw+KlzwE1Vt"
        "iiJzKlXDgSQkP991Ju1r6cf/0BPmqyqY7yduBTG7HhgNOwv/B7fKdYGJ96WgaXFBCHC8aUGP"
        "S+kJfsA6MUUkqFNtoSplgO1f/Fhr5RFL7/xCHoVQlvELQ34u2kMrXk0H8qXYAQ8grWeJkumv"
        "E8jfZgGuFvaWpJJJYQvOQVVH+ZUtxa1E8WJmTg6rEY+mh+M8djae35SjfdugvE6KL8tt5vue"
        "LiV83zkvbYi3os9cfdNZwBuQcy7454KdpCSadRdkUYm0JSKqrq3QOpdQIVinCNvRLGm44xRZ"
        "fl2AfR3luo0YI0QerSflB2cAgeU0JK5zmb5If4jd9dba6q2jDfbKLKylo1+fIX4Gv8a5TGM6"
        "+nV0ZuR4/0rjC9L5kFg/+lfEmsQTF3tIby4o81XVQ5db7wQQ40UlOEt1Yw/6QFQqKye7urqa"
        "ecLxuQS7egjGsz/8DZnxfXqSOKU60PsyDoY8l7b7czI5y2gHPKdaGXa+CFnfo3hmMOtEVJyv"
        "wW+RbVcmTfcoz5Pok78shgH965s7hO+ajbf8YQW49iUVnl8OfvHhA9ryjXsCp4KfJ6uTXPGc"
        "OOI+8L1N+YPbOGEdjQKu9Rbg2idPsj2sD+K23acI+E9j4RIpF4qbxU/eSurDL07nsTnOgxa+"
        "DHGB3n48/+Cwtv/kBeYnf0nCY1UgGkVDHibZS4y9QT+4dc4yid84Afm3nG3rsnhk9ksmrUVu"
        "c0qidqJixZA7JN0Xc2PSn5ndi6RILQ9muvvMnzonP7a0/U5vrzv4G4Y6znFbCIBW2J6+FOCl"
        "BNmmRMHvxQYcmj9U4CcSToTskniABy8JmbqzOC818C8kQ5a097cb2I+ggyxCnPfWn7z/0R9T"
        "uGkHeYM7cyLvqUq7LBDwQubMZBdusoNxQ0Q7lFrHuDV198LuP3qdZ7fj/8Cj3ngVy7d5J2/K"
        "oE+D7RX4/ie/riDOCwR2IwPegpzZgiSeN+TzNx4IJVz/4oMieErpZTbktcTzh/wujvld35bJ"
        "FIIC7A84HbTJD958KV5jY3tRq19llSenmHjeacSBaL68IZTSwgs+ftUB5t47qG8EU8HzBbUD"
        "laCVpw74+IMrSlE7TvKrt5I9iZVSgDweJ5WQuT5xLiQtf6FaWVw/9tVFAfiaYTv733yvSy5m"
        "XVZpE+2W0ltdWoA39Rn4eiKa23bOfmnp7/rP1vH6xmGcQFqkHurslTvmDagrdNrtSY62UAj1"
        "IFTrWthwwHW+edxRnnLv9UGl27/WjIVC3aE7dhIqPZBHZ7/bVsXrdCpQwZ4JC/5WtoAqjm5j"
        "qONbQS9VRHIxGfC31G48Bd5xcte5hc5+RIXr9jZtFdzxM0VpFx6SzC0kEY5GGBk88DXAH8gn"
        "lwL4ZGqbb7mEZFVS2h1mubAqwb9iajMS98cOXDrUQXwkk6+Rd+c5Ol3Bv+xdP+3qKs5V8B+0"
        "KGUs6FfdJvkmBYrZ95gIel3YKNcE8K9etYmjJ5Etnzhmc5zfn/XstAxv3qnOgi1r97OR50Xz"
        "Rt4ggwy8zxc8RCwvF4YSsrvaaBPXoOcPjqfAA7I6drOoQBrULy+6MdOTCXiAzKiDQrieyhED"
        "Olp+y10np2vRBgl4AV3vHRcDSeS77YKtqRy1twmu6O1VnQCfYrI4rzspN6ljSe/5RJS48dcw"
        "jlY/rt6AGxbwRlZkWeaEEukK9c7jxnevKXPZmFCvAG7HOOKyECdUAv/MfnFGQN9xdW5ZlgVc"
        "g3K4DRMxHfJu/5mvFaVirPchH+We52IfCGG7g4XrkJecV/oEv1/tJSRt67WFXpkJ40+AzZm6"
        "P9vuKV7POH4uXdelJ/NzVmYFUxfqXXdfASavHjKW9EBoxd5mSBjx4QSpY/1zvy9Bb+1hEly3"
        "Zdr2R3umm2sxzedlDHnjOPh3GzEPqIcu8N52IinD+/JEhu9XiL0/d74cdc/JVqcyxBECnnBa"
        "Iw3q0voTd5aa1KkypU75G/+XhUbrD8/GSf11kqHecNNV7ERdRPXMRLiFOLN9Gu/rCuSS1+I8"
        "XwLvLkEuwtqC4jnYdig92791RnfleLKv7/C+sCb11GZ0e73NO2rOojZxcTKuu1eXCv0jj5AU"
        "P/kdCYfmFSRI9Gm211zcQV3dupPTdZumravCuOpaUEf+34Ic8tOCvO37tf6tF6/SZSi3cnp2"
        "+1Efyq38yfeK6udi60+K1rfEsf7kLrWqyyWwFOFs7yPGlBF8D0QuF5/2CvhvK5703dpcvOMX"
        "ofiHVwpCeNsL3/7fhpMYxiFomUtbtyl/cXeCyr/rFFG6rwnI+4tzpkDG+FdN2Z5PxA7qa620"
        "dt06FaHOLpDayXy7mQJ/oyMPLGdDnlCET50pcKh3MIn0pLUlccSHHviopdeJLYhaAVDUN5hs"
        "54fD5XUKyfz4vEzNNNKrFoqGyD6/WHZ9Q6aBjM4BOQaez4AcA+5BPl+EcgK0H2lcvkEE5n3H"
        "EcJr8xSInWuha+wZ9u967t5hFdsKtwE5f+/rQgP5ubZn22rearVtmzT7E+/XhY4rJISrLcsO"
        "/riPAg7wwxLlgC24cCpOZyzYLRFJwG6bED9fbz4CfDWB2hBtwg2alN7Qf4m6wwInbSSg7D2e"
        "mBzFW5VMPIi7G8RGsH4O9S0SUp6n1PZ++Wrlqbs7D3W7aGGn3LtpBLoEPCfz2Hr7Zxd1FUWL"
        "SlZaqQA8aNUWcHD+ri82s2+56VtubrgGuaWAk4mTcnNdTrYvemf9MOpuUM/6twLmI8uFlyxO"
        "JDtLHD1CvcKJq8nhZNuMaa91/ptftMAv+K2Ehz5iezrnMdQHboy+TpJnz2/XZBWFSJFN+HtD"
        "yq1WeCQPOJOgV/eE+jVCr90T/BF4RQ6ejH7wIVGv33jxxlckHXJihcWlez8nK3UH/AWH0icO"
        "vN1bHybu8MHLExjPOvDU7k00b0XS8qKceKH6cE9jHwPqQIcMesA66bDWtX2Lf+2DIVdxVV1Y"
        "Y9wUbDxBCncDf3HxDuKIAT8pBv74bY8fuXg53i2gOq8q4Gm4I2m0ijvVmK6t1dG2pTX2QuD9"
        "A66h1J6bctep+dW0gOfEgBG3zZXEu64fcc7FEdIlL5w24A+S972eH/0AwaB/9ZPQPMdWGGjN"
        "/q0PYAmuSj/6khz18TMurOd8YGx7Zkpr9H2tef78wX/jwvf6hcRX3/qUMPAiyFfZ5dceAoPt"
        "P/nPwo/x+nXo8UvdcjCuuphLYBTwWXZ6iGbZAQG+Svvv+VQvqBrA+9/5cOLOdUqRUGfF77oi"
        "snCxY6G67ACfPvnS0MrexRDn/3wv1FrUTlfI33/WXdLFq9u3qGEDig6GfrfEa/rneUSnwO9L"
        "5ME4P3zIsLwNsZz7E7hDxB8+edE+Sh3wL2wLe+3q1Vn6V/9kr7TII+AuOZ267J/xkOfUhJy8"
        "hf3mIeUDsMHbQ56a/tHfv/pM0MM9nqEufQUI6bPFL35vP/j9xhFkCT/4/daPiVjgsXaL5Evq"
        "eWvbmc2T4e/PcwF3P+tXhOR/iSMh0aC+qz7y40QDXpuIn3yTaNKVaT/ynCfCP/LAsFmt/SOP"
        "gOZa+ahTX/v1H5zuWif5jRtzvk+ppuKg5yTAFXxqdaiYP89LVIhdWd+g7jBsV59BGJi4INKv"
        "/sT93/EVwoI+k0g5BFkKdX2OPn2YTTWpP/ZvBQ8vnff9/nc+y2yuVyvQ9wdmrOtdL9jdS58u"
        "DwzE7Xd/5La1hOTvOgl6aGX9T1xGwozuNvqmTsQ1NRbeOXTqXDRXTiunkJhnTisBn9Fpibj1"
        "09w2x+3qdVRKqCuvxNrEoYXE/Li9MX058MePPtXoOBn1QaY3FYJM1V8H0KmiislOu4A9yMBz"
        "f/1BmJe+8/lex1jA2ceeXEw1o7tSSzKaC9pgu0usqIpHPMbWK5fYFxN1yQZiwPr9TkTrhlIB"
        "/+RHlCwAP4LSfwIHZBMvjgj4DAQF8MSBf95DdqYfhDb67lvu44EPW+/+o2udSIl+rokYQH5S"
        "B3vgYP/xwxnMryHpM/9KMjIbmXS30MKIOSwx8GR4H+x1vcnRgrmA/T/4Z3hpjfybUp1emK8Q"
        "Dnb52mxAz/uNZW7vHfsa/MX6xJ8pfXBwqfi3bWXd71BvrQ4rV5ggnRn8Avw/OzlDftGZGuJ5"
        "7JvNL031XoeAjlJMxvdnpV89tA8f9j98+Gc+rAMf9v/BX/Jl3CokOnhRkyw+jX5C0Iw2dQ35"
        "8vMeWsmh/8EzfM0u33XpnPVoXbRfC3ZmXKE4h3pjyENsd18anI8I3e/kW8OfyND3YkDV+/jv"
        "uFBayPLaqVz1uRpw8PyDg4DHyFgfsn/lR+D3Tq39lV+ILsDn7d/40JECOGD8/Y5HUP9NFr/j"
        "6AXU4082DY75gY2F/5FHfvNEUSuJlfQVJkj/QrbIBLN5zF06MzzMj+lQL4GcNCDhCibftUJu"
        "7PfU+8XNhPe4Y/J+7yOPqP/6oSlwiVdgW4xjqDvtA5oaEaPt8EYqx/gEvWkt3WdeLYG/6tVL"
        "p1kifHB/5cmXga9hr7/9+i1C91UN8Qnvz394q+g6lZ2fVAvx7WrCLHXZIHK+4M7LD45srDpz"
        "uLs47JD+yKeJ+u9z5voP/uHtiH8/1+0G+DNf37L48ZMv0bN6z6+g7ec9PRAVfdDzqPfCsomo"
        "WcRO+tug5/8f/j7xh75c0558dOjEaHZeox9ergiv24H55Om+ro0/+SJpak3lWcZYPhbq/DB5"
        "4zzYBYJ7xDXES5a1/8jd7zWq/vleGPv24hh/eDdXH1eotydnigLjugYvtI82jmbbcNi/uxCI"
        "RxwjZWFR5O7DZBLJkIuMZn6YIRpsSyuOXg7Uu5Y4v3NT4IvHfHeIkUxmr+kS/uoz4I0ezqMV"
        "1GMe+tknwk2EbUVWZTJd+6Lu3RFy7a3LnqPfep4d9oOG/tm4HyTUaacr2FLqtNct4M8qZvQj"
        "ZoEHXM24g1VNsxgJ3nHt28G24HcykowQt5qQiKY8HfbBoC5LrUjCL6jnpx7wR48qnXAD1sii"
        "tQfkK5IzK1LzmUFwe8iv1oFFNgEeTVBWRm7ax4jw+Q1ZW1+F+QLAe8E6qbjY+8pcuoL2Q8yu"
        "sB3ofmcBfnzvU77SBax70JvCCWkC40BZ07TA79EWiiB+1K9lxaNcyhxJLKyvahHFpyt39oNh"
        "X8DsLELtlorIAxyZUDNi3AdWbaNoc45dbgOaSDS7z8yii0Ok1WGyTmS0MWVc0JxJY3ytzhjz"
        "kbytPNG3PCTpoBeyj7B1hFiMlGIeByC/1bHTuQ9+Oc6LiK02Nd1BXTtX4uwl+IXTpOM+t1Y5"
        "6d6FOt4S3BTZh6Q/kgzpN6yk+WXoq3jBpVRNypzZdQ4FI+SN+RD/XYsWaaLfUiURNd1R+irE"
        "e2EhNuWBSuKeRuzWQ8KeSuVCzbPaRRPPhMFgvnhxNfXD4cm/jl0s6lwSIVZmQHaSbbSQ0zeK"
        "U3XaVY/yKolwUh3VmaM3lZJO/fM/+0VjP7wKTvWlNW+Yz8RqclKa9sxZkO8gL94QfvdpJeCO"
        "HuhB8691tRerdq8QHvSrR3IX6cwlgvy4EK8Z6FvhGS5NDW7dxuq8i93vfVzzAn572Q3+aqFc"
        "AL0rfQmUXW+GazHx0LYKIB/qCY6SXEkCRendaSbo1+Fa2wzXXzQb3o8yYHfTLm0W2Us7aH2T"
        "m919Q6bNZt/S5Sm6d9fZ9Ss63KOxL7hpyv4FDtCM/afj5N5/9yfS1hr3S5vyOkvVi7ZtLNFJ"
        "LBS16705216clBjOTJf2uZHvi0ZO4XtxWwJmw1+2LF2UZH/6wwYa+/RTOWLPN6rRMR/+7LtP"
        "IL+Vf/t4mmgR7rxAkNejLueoaoROgo72zMjXnZVBxqkH3me/jAWTKO7R8gR9VtfgrKGQaoOe"
        "ENRJ0+ecyoJ3zylbtv/Ig0T5Wx4f5JFvYuX/kUdEfapvqI0FoTOAV0m+7ejODpE/fUZImW0J"
        "qV7RyLTUkKO7NpJsG/j9p87WYxs7ulcNdSCD7IiZ3gT2IkdMJQtzXZ4iAnW9JY51+8jjuBub"
        "6T5Ggm/zAauC3GhWbaKZuhF2oLdOXNiprs2xvw7m+maF1rog/M6nbCaWoGljHv5Zx6uv9ag9"
        "XqyZIWNPzbt9w7fFHz1DsQnrhnqo3X76h8bq97kCCeB4VW1GF9anxJ7/WR8wgNwF/8ljgY79"
        "P9/t7eU1r8H+eFuZX8NftnIAH7pve4iX9XaHdoUb2GSn3ovi6lQ7DRfPPpip8eTSCeFBParD"
        "fh5plT/2SJpy2F8iqsMYLcMOfOhXjnKzz5Fmoewf/xGmZOjH9EOfCeeIeGLU+hdhepsnE6AL"
        "8P0tun701Dg62iE5fXS6NtplbWmT8uhkCyopvBiO9uk4jq3Abli62JmOpgPuMuZxzvIunlru"
        "zYvyxBjyxjm/nc5MGpzclAe7dM8J+YpDASVjXyLlhVx4WABorwnJdHOOleEcljMpIS+fLP9j"
        "Tw148NISqQf1gllCvfCVy+cv5uQd9ink47n4+OzjfYF/LA6mba+vr3/8XBCK0c/PU5lnv26L"
        "5m/ciUnV11rr/eMPtzY4r+nSkJlEzKVnWCvdDvQVcOM+mw1+yIUc/l/it/ruw/yNL5JM4X3w"
        "T9aOc/q0Pv2VUhdzkoTF+NyUX2gSj308vp3Ik/oi08Ozt5nt3GD0cd+uH/YNrBiZzfzynPzj"
        "F+gaDX4h56ftM8n/tf+xaOM94CfUA0Jmvxb7ZBJrSNPCkl9APjX2EJeizwMvnMkLlkwht4Ue"
        "GvQqSZ/+4O2k7/CRz6lloat3BipihDuYICiGfaGWaaH+ZJIhvu1022ywS3wDTR8F8InHqTVF"
        "e23ZPMQ3p+qbKaJOel8APw0Luvvsu0Z8Z9FZokoN1MnoX7uiC6Nv8SmdN/+sGyV5qkK9kv3B"
        "VyGpSy7HUejzk4hOv6ZyW/h5q8XCX3vnlS5JLcrp0QI+eSzQ3jTvrXR/8hcpavc+iqbw17yg"
        "3VRCQ5y4pgR8aNY9jLw7ot/5JGHTFFGWHn73+ywF6vbdRBStMMfW09KH8S2wT0t2JZpQ5EF9"
        "uGgQz3wtX7eJn0xPBfCIbXqW3DSNh/ND3rd9ljdkBhzPz+6sM6GzoR5skTX2T3WV/tVDGl3X"
        "pH1OlyyVeeZy67uBV97z0zXGUZsvEdb1+2nlhkKLCu65Elcq/cZ9U360Yg65SFL+7JMkZyoD"
        "ridE0hWmBV7WTjWIa2pfjfuulU/pX/xTSH3N9BBwP7VfwWzgs2smQkV7lln+KhbsmROXerhO"
        "EHMt3nnCAhwZzu9Y1+7sh+tn8W3Xn/7OCQON/caB5SePKF9rH+J02Bd4PiFOGO3WvvXw06c6"
        "CXoEckwbyzhgcD6gUdmuPX7nh3f9Ucrm0AeDPFAbduJL0Sy94R74fvD48P1jrx2spBbV9qF8"
        "57V6zzOp/OhpA3pdy4rfQNwOffAH0zrHb1z/4xdEcPhWobeb70eH3b/zSxNXeDzZUf+2sZcg"
        "bo5suYX44+6AH0yyroY+ANjkCvWwPGcZmsy3wJOYF2Uj4D8lxYuATfp4k8G4qfV4pZMjbtiT"
        "jPZaOB9w4nSSP/vPyhTfx76/pC54g3Zj/p6pn76WBLVSN9XRpClQsJ3s2z99IA0zQ1x+CWNf"
        "Q1RXJwX1JznTFXkWrSNHMp15u7+/10/tk7nFWjuef1oVsZHMtt28tagdUfmmi+md/GPnJHrj"
        "Vsz2JQAcQXv6jz13gqKNfAZ5G2V47ujqDtLNfX7dYi9UoX4C/dpz/xCs7v2RDudz6QvF7eHE"
        "vU6Mm85PfKhL3HxZRwV/vr26F71P454Ar9tNjnHn6OXAK7VkqLNQ7PiXrrzvX2kTo+ruapNm"
        "acH/4GV8aVyTZ93jQBaN4vX2YA/gYOcIheRK8fSl3ntz2EcSEHJcIfKo0dfUUqBg9h6q0071"
        "m9e7SatL5MTPfG3n0ctVCsKdNi+qwFntNkbRX128M3ZD3t+YEl/gPF5HqCmjl2CCfIAbGVD9"
        "ZAXVNORhbGW50CWYn+chmy/CZwWB99CPPlu7mPewUCZiB3kjWUEdpRJZSY5+zm+lObuyBV2R"
        "ZhEvduyZjYb7vf5YbJf57XlbJf2KIqQ/bQuKmUh/fJ+PKuVzeVukt72pliZ28DZygE+IfiID"
        "n+CFQD8IKHvZMx6tI+bVrSC2y3idtSXgSCxjpN8xQtqlhXqHfUEdUSqPKj5d8ZaDYmVxRYYi"
        "IFG78J6iz2MZubqCiPSatjGeRczs0hESl5f8Nk3Qqloxt8U+uFZ8rmw9rPSbC7JdqvQHH0Fc"
        "Q32/z/O9+Cx39v1lyntkvroZ6JE9y+iwlXcDX+EkTufBl5dbuUskeB4jap2AJxsy+2T9HL67"
        "jt/F6H6IIye8dOpdc+krRtvGjp0wEL9Kx8TL+JJ64i5vfangQ4qdjefcsflKDoFWWkyX6mqC"
        "zE/e4ZdxlXrgZ+q3/1ycmG4QSu3sD381tWtqQx2KSGyphBLLcacl5AV+OWVr05yeF+40iaE0"
        "1fN8HTIlz07Zh2nNz4veE1SvuFhCcFbV7/Ngg1zBHP/licaU3ifExs3n/BPSq3Py3ve4G30A"
        "fjz0dz1K5+/7SOQvzLt/ZpR2t3vf1wF2DqfxnNafPgWHEU5C0g/nwdjsBM8FlVjWIE+KRj76"
        "M64p0tfhOJ4//6x/O+stROn3++M5zd9zV3VNNqXFCRZOivZm4VZu/qfz3T/760yk33pLxiN+"
        "vth8zt6YZBUTJE+81LLAfwrEHE4/55OkLodnEo5dXRrz1pa/3cbfEXz3Uz48b32ccT/n1sDO"
        "6nw8h2tjBHUy9oKQl7/7pneY55Mnt1vj/oolGN9zGnoDPuheJhE6R4w7nUT4Gd2P+dLgqlZ5"
        "+YtYaPgTh762YdVqL3yIhWcVgM+A1iKw/8RDXLR04L68QuI6j2emr9dCIk99wDFM/A0Z8UfY"
        "6GP/4XIQggZJr2w4T359ZK5GiuF8I9Y3fR3jJej7Hz06qlYUpeC0oz6zFOr6bOB3CFmEjyZI"
        "lvbAE7Vxn4PB7/5gafDRcK7xeEORMezXvlK2GM775AjqAX5+nrDZfldVBc2lGXf2/ft9adw6"
        "SzCyBfdENnU6cTh/833u/eecl9Nk4zlSvQRcTWD+9kur2luDPM8uYb3/g9xjv0IBvFgrsMa2"
        "gPL0fd5Secs1ifFHru48Z4tagrrjCnkvOX/3E1v/zGkXvd7prVVYYfDdVwI/0SMiddX7PUF4"
        "gH+8jD3EUBsknzjwJDzE19sPki/wD30836HTkuDRT8B/fsfRhfJ/HGeIi7d+Fa3uLVGflgi9"
        "8B6jMT5Anu/zdO9xTKH9/X0Gjh07VX3iWbbXYYGQkOeGPjXOqzH+I+FiSck/cgjCDu3/nddS"
        "E1ySES843OJEWUA+kafhVW9+z+0hcdEUIh7OmQHeg779qxXA+xbCaDzHd87Pw3kLzUwFMsT1"
        "a+xPXva1HDH9BYvxsLfl4tWRibjbBYmxPF63Q1/Mz6NNTIzXiVpYH8/LMqf4+3dK4zWsNzDy"
        "e6uM5z0J8M5769OIfd3QJv4+3wPjQBrnEN4CsAjDOVk6xIn90pUKxtvpY/9t/F3HcC6sy4Zz"
        "YacMrxRpGjFiB/wAnGDMn+szm+F7sFV6kR/7oAj9X//5/hXV3x9cff+66v/9/wCno9GY"
    ),
    "esp32c61": (
        "eNp9e1mzskqT7n/Zt3QEKjh9EX1RBVVMAjKLNycUlUkFFirgifPfT4Jr6VrdX/d+Y4fBAmrI"
        "4ckns5L/+8++rv9PnT6P//xrPpnOJ//x+sNt93X751/j0WIyXk6Xs8V//HPY3Xb//Osf1P8n"
        "Wdat5RRF4udforhVS4w5eT/ygttXIEmd67Yt9lEcz7ObrerrhZlm49tOryfyqtbV/LJ0nRG/"
        "5fm4iuW1tnxYkUzSYWRMMHEQimXBCjVs1UREuoFiHouN8HqgaWwae6qYWERo0QbHxZpu0nx3"
        "OwS3xamYcChWzbn5iKSHyD3HWr2T7daQdC3GZ2+/nKgp2u1YzlbubcCy7ON2iFJHsXPp7kbb"
        "bJnlxrRMiXIj51S15xNrZaCG0t0m3VXtfF9ubPQYn3XPRhqeVnLYrR/ulNkbvCMH+HkSk4bz"
        "lyaIIvfo7GiWjLZ+sEYu7CdHzRUqw8quM5aXJ1EYpeF2fBPF7Mx6bvWonPK5nK5Ccp8vr8Li"
        "MZ9Lp7IumPSYzAqvmS8tKocxMQ+iNzkG2wmz50+actr6u7olVqqdnA3blWLZmV71vMQ5+xQD"
        "/3bO60bPOG40Z1l7EzrU5WbFnhEvqzXvWY2UFTZR3EJlPDYaL7JqeV+uNlopu8n9tnYIVf95"
        "af63RUxmS/j3H/8cr7ev7ttIuBHPge3cji089I9lSxzmKTK6o2ChvZTzkYywLrfzQzZlInTu"
        "QJPmERXiCBeCGeNGsDEbcLfmiC3FvOLmcmhaeq35/RWtsECaE4cmRtk2yMVtiO661p07E5WN"
        "IMSKLyu8O8GKhiybXJqviMQeEsuRhZTa1pp+/iZCglCpRuNgS9KjZSO4GG6TJiBIjWKExGts"
        "IkaZKQTB/DaCeRQLrUsrQ4KF6xylNjZl2qCsuFsI5RfHJgRsDw37jEf7jaBV8tdx5+IY6WHj"
        "+ghRGhcCtWe6tGxSDhcUDfsTTAk3sb2dmrIdX2Znfi2fG8dN8lC9RvdkO99t0OKwEUIq46NJ"
        "bZADafYyXply22iT83O2SbwwU1BElMaSsaaTcWMN61C6jBPohIu9U/KY6hJCbUZvHjGaHchV"
        "v+L4Yjyn9PIod7VVcPTW/13T+/WIJR8qShdLAvJp3ngbJJj5LU7t7dduw+i6as9MMm0ckPda"
        "SmKn5OoLWzShLCgX1hj0Zkhtk2Bi7aVrpGQ4jkC+JyTaOu3XkZhRr0erv67ROMvuEQK5Ytvr"
        "5Qj6+EJG2O591Ouz2XOCOeHOzctOLPMEayW20QQgv5Wu1qXWYZ3YVm7v9kfQNzbbeG8q5UV1"
        "tiax0UW0pzkJ+ZpD4Vr20TnL3YgaI3gf6xRb/LRS+r/naRKYe6MhojrKSTyLiLC9rA2wl9g0"
        "Hku2s7ezaiN6x379ZJHj1DZUYuWXzrH8BNa9UWCJU15Eyt3w8anA9iHg8iBizjudYAvkJUbX"
        "OEeufdqwqzJ0MYwdTjcUYYMuT0wvTxk2RbE7MfLxgSJxogqxNzvbNr6FC3fsRegR3jU8rzZX"
        "oi+z6MIOdoR7uTZZgSJEGx1AGcZddoMdoJknI/AHZFOtEyMV/CF9CntNK5x7IsykqvBE1YJF"
        "1aH0LCM02L8i8konlEjTPNLkSFRBzKAnaWuh/75vUKtlobBFZ9T2+pxs0CAHjMaJDm7ycy2g"
        "seWRxf6USdmGBX9rxO33fESEeTaWGAUc+G3vjzquw7RVv+/rojP4q6KfwR85HFIE79O3v2rI"
        "UTrwV0EldY4xsqMMwsMVET2A8dJW7HFAEFXPQoPdgLwSC0lt+X5//T+87yKbSM/0S1rVzvc+"
        "EJrPVKrnwc91vFirCAdkg8BGtw0Wl40hU0sQ7cZDSnw4ZLwhqxbIyfVQE5+22UShm3AixKve"
        "HgSx5Y9XmIfac51bgLNhPpfrMoJ5dcJbQoY1gKJ20yJhLv34QWOC5DVKf65589pZqNcHhrC5"
        "ImqtSG1aka/C+bZLAdHv+cpRREJuPUaAU8jzsykPNh4yzxvogyw8H61UpOTON67haeR/KUZ7"
        "F8DfPPWmaiMyN726DbrzXApr+9JcvhC+7SqwJzVffoHRUYK8Cjuh/0WadlVOdX2BFtS1db+F"
        "m9tSp84supy33/JXkKFFwZPyI1Qz1ylCHgR8N7vyX4vMO2RMHtEmiLAt6RvGsi7Jz3s6Sowj"
        "wfZetZSz4/hI3S7yc+rAGq383jmdquc5ALz32z+FeKlQWeePMrIMGTdiRqaneWKdssvmxG72"
        "MA/y1bo9qmi15oxGUqeNR/i29NhRwJJ2A3ay899xCye3MeCYhdr2Abik1A1HFbCHmr90+Zfi"
        "1lunpXsB4g65Ar4bjYjnLeCBuog8ZbKaHI+ivbBwGemi5lkYBxUnhSq6tRXES0D3SXHGdkvK"
        "43147usYRR5Y7708ZOTkSbc2EMBxfNCrm1jBEfyIFm/5iHuJChzlVZTzB/l6yMSACmHb9HFS"
        "vCLceokVRWNhEqPuTBCZcHXjlJZkAG0Q6FbYQbz21XL64yfilEQTF4/ERdHIIwR2H+Yu2Imq"
        "1nmeOqWq4UAS4p/3WpN2lfQtd4QeMF9Zwnw/fiuI6WXPaNiZ+T+4VSxzTLwvBY3zM0KA43UD"
        "cpxLD7AD1onA8YMq0WaqUgTY/uDHUisOWPqOL+SeC0URPTHE57zZN+LFdCBeii3wANJ4liiZ"
        "/jKG+G3mYGqbzpJUMsptwdmr6rB+ZU1xI1E8m5ij/WLAo/H+MI2clefXxaDfJiguo/zLcuvp"
        "rqNzCd+2zlPr/S3vUldftRbwBuSccv4xY0cJCSftGVlUIk2BiKprC7TMJJQL1jHEdjiJa+4w"
        "RpZf5aBfR7msQ8bYII9Wo+KNM4DAcrIhrnMeP0m3j9zl2lrrjaP1+kotrCWDXZ/Af3q7xplM"
        "IzrYdXhi5Gj3TKIz0vkNsX7kT8QbiUYu9pBen1Hqq6qHztfOCcDH81Jw5urK7uWBqFSUTnpx"
        "dTX1hMNjDnr1EIxnv/lbAxRhfJQ4pdzT2zwK+jiXNLtTPDrJaAs8p1wYdjbbsL5H8cRglrGo"
        "OF+93SLbLk2a7FCWxeE7flkMA/LXVzdw3yUbrfn9AnDtS8o9v+jt4s0HtPk37gmcCnYeL45y"
        "yXPigPvA91bFD27jmHU0CrjWWYBr7zjJdrA/8NtmlyDgP7WFC6ScKa5nP3ErrvYfnM4ic5gH"
        "zXwZ/AJ92/H0jcPa7h0XmJ/4JQn3RY5oGPZxmKRPMfJ6+eDGOckk+sYJiL/FZF0V+T21nzJp"
        "LHKdUhI2IxUrhtwi6TabGqPuxGyfJEFqsTeT7Xv+xDn6kaXttnpz2cLvZqPjDDe5AGiF7fFT"
        "AV5KkG1KFOxerMGg+X0JdiLhWEjPsQd48JSQqTuz01wD+0IysbC9u15BfwTtZRH8vLN+xf23"
        "/JjcTVqIG9yJE3lPVZp5joAXMicmPXOjLYy7QbRFiXWIGlN3z+zuLddpej38Gx71jVeRfJ22"
        "8qoIuiRYX4Dvv+PrAvw8R6A30uMtrDOdQXz3+nj+jQdCAdcffFAETym81Ia4Fnt+H9/FIb7r"
        "6yIeg1OA/gGngyb+wZsvxattbM8q9asos/gYEc87DjgQTudXhBKae8HbrlrA3FsL+Y1gKng6"
        "o3agErTw1B4ff3BFySvHiT9yK9ijWCo5rMfjpEIFfQZvuTT8mWpFfnnrVxcF4GuG7ew+8V6X"
        "XMy6rNLE2jWh16qwAG+qE/D1WDTXzZT90pLP/k/W4fLDT+PnVKceau2FO8QNyCt02u5IhtaQ"
        "CHWwqMa1sOGA6bx43EEec9/7g0y3ey4ZC210h27Z0UbpgDw6u+26zJ/HY45y9kRYsLeiAVRx"
        "dBtDHt8IOuyQZGLc42+hXXkKvOPoLjMLnfyQCpf1ddwouOUnitLMPCSZawgiHA0xMnjga4A/"
        "EE/OOfDJxDa/1yXEi4LSdj/JhEUB9hVRm5G4X3rgkj4P4kOZfA28O8vQ8QL2ZW+7cVuVUaaC"
        "/aBZIWNBv+g2yVYJsZSuw0TQq9xGmSaAfXWqTRw9Dm35yDGrw/T2qCbH+ebqHas0WLN2Nxl4"
        "Xjit5RUySM/7fMFDxPIyoU8h24uNVlEFcn7jeAI8IK0iNw1zpEH+8qQrMzmagAfIDFtIhKux"
        "HDIgo/lr3VV8vORNEIMV0OXOcTGQRL5dz9iKymFzHeGSXp/lEfApIrPTspUykzqW9D2fiGI3"
        "+urH0ar7xetxwwLeyIosyxxRLF0g37lf+fY5Zs4rE/IVwO0Ih1y6wTGVwD7TD84I6OVXp4Zl"
        "WcA1SIebTSwmfdzt3vM1opQP+T7Eo8zzXOwDIWy2sHEd4pLzTB5g94udhKR1tbTQMzVh/BGw"
        "QFP3J+sdxcsJx0+ly7LwZH7Kyqxg6kK1bW8LwOTFXcaSHgiN2NkM2YT8ZoTUIf+53eYgt2Y/"
        "Ci7rImm6gz3RzaWYZNMigrhx6O27CZk75ENneG49kpT+eXkkw/sLxN4eW18O28dorVMZ/AgB"
        "TzgukQZ5afX2O0uNq0QZU6f4+P95ptHqzbPFuN4fZcg33GQROWEbUj01EW7Az2yfRruqhHXJ"
        "S3GazYF3F7AuwtqC4jnYdig92Z88o71wPNlVN3heWJJqbDO6vVxnLTUnYRO7OB723alzhf5a"
        "jxDnP/FdEdL6GcRI9Gm601zcQl7duKPjZZ0kjavCuOpSUAf+38A65IcVJJ7vV/pLLl6py5Bu"
        "ZfTkdoM8lGvx5r1qm4mNP8ob3xKH/JM7V6ouF8BShJO9CxlTRvA+ELlMfNgL4L+NeNS3S3P2"
        "7b8IRW9eKRyvO+Fl/81mFME4BM0zae3WxQd3R6j4vU8RJbuKwHo/OGcKZPB/1ZTt6UhsIb/W"
        "CmvbLhMR8uwcqa3MN6sxVXw68MBi0scJRXjnmQKHOgeTUI8bWxIHfOiAj1p6FduCqOXEQl2N"
        "yXq635+fxw2ZHh7nsZmEetlA0hDapyfLLq/INJDROrCOnuczsI4e9yCezzZyDLQfaVy2QgTm"
        "/fYjhJfmMRBb10KXyDPsz35u3n4R2Qq3gnV+/q4LNcTnyp6sy2mjVbZt0vSXv19mOi6RsFms"
        "Wba3z10YcIAfligHbM5txuJ4woLeYpEE7Lre4Mfzm48AX40hN0SrzQqNCq+vv4TtfobjJhRQ"
        "+j2eGB/EaxmPPPC7K/hGsHz0+S0SEp6n1PY+fLX01O2Nh7xdtLBT7NwkBFnyASHTyBr2gYQ2"
        "bEuKZqWsNFIOeNCoDeDg9Du/WE1e66bf6+b6a1i3FHAycRJuqsvx+klvrL8J2yvks/415x1C"
        "5jMvnh1JepI4eoB8hRMXo/3RthnTXur8i180wC/4tYT7OmJzPGUR5AduhL6OkmdPr5d4EW6Q"
        "Ipvwe0XKtVJ4JPc4E6Nn+4D8NUTP7QPsEXhFBpaMfvAhVi8vvPjGVyTtM2Jt8nP7fZ8s1C3w"
        "F7yR3n7gbb/lIeEp3ntZDONZe57anYmmjUgaXgQ82ah39zjUMSAPdEgvB6yTFmtt0zX4ox8M"
        "sYorq9wa/CZnoxFSuCvYi4u34EcM2Ene88eXPn7WFcqL7Qyy87IEnoZbkoSLqFWN8dJaHGxb"
        "WmJvA7y/xzWU2FNTbls1u5gW8JwIMOK6upBo23YDzrk4RLrkbcY12IPkvfbzIx8gGPS3fGKa"
        "ZdjaBFq9+5YHsARXpT/rQlKn3n/Ghf2c9oxtT0xpiV7XmudP7/wLF177F2Jf/Zanie9VAfEq"
        "PX/0ITDY/hX/LHwfrp/7Dj/VNQfjqrOpBEoBm2XH+3CS7hHgq7R7zad6QVkD3n/mw7ELfIoi"
        "oUrzz75CMnOxY6GqaAGf3vHS0IrOxeDnf94XKi1sxgvk7977VqTds901qGYDivaGfrPES/Lr"
        "Pi/ZwO8L5ME4P3zIsLwVsZzbA7hDyO/fcdE+SC3wL2wLO+3iVWnyW/5kpzTII2AuGR277Gc8"
        "hAKnIuTozexvHlLcARu8HcSp8S/5/ZVnjO7u4QR56TNASJ/MPvi9fuP3N44gS/jB72/5mIgF"
        "Hms3SD4nnre0nck07n9/7gu4fctHiP+LHwmxBvld+V4/jjXgtbH4jjexJl2Y5r2e00j4sx4Y"
        "Nq20P+sR0FQr7lXiax/7wcm2ceK33/DmdJdQTcVBx0mAK/jY6JAxv+8XKBfborpC3mHYrj4B"
        "NzBxTqSP/MTd7/EVwoI841DZB2kCeX2G3nWYVTmqPvYhRHjufP+9+8xnmfXlYgX6bs8Meb3r"
        "Bdtb4dP5ngG/fdVHrmtLiH/vk6C7VlR//DIUJnS70ldVLC6pMfNOG6fKRHPhNHICgXniNBLw"
        "GZ0WiFs+zHV9WC+eB6WAvPJCrFW0sZCYHdZXpit6/viWpxoeRoM8yPgKSbSn6s89yFRRxXir"
        "nUEfpOe5H3sQpoXvvN/XMRZw+tYnF1HNaC+CJRn1Ga2w3cZWWEYDHmPrmUnskwnbeAU+YH3e"
        "E9GyplTAP/ERxTPAj6DwH8AB2diLQgI2A04BPLHnn7cNO9H3QhO+6pa7qOfD3/gCKHEkBfq5"
        "JmIA8Unt9YGD3dsOJzC/hqT3/AvJSG1k0u1M24TMfo6BJ8PzoK/LVQ5nzBn0/44XhpdUyL8q"
        "5fGJ+RLhYJstzRrkvFtZ5vrWss/eXqy3/5nSGwfnin9dl9btBvnWYr9whRHSmd4uwP7To9PH"
        "F52pwJ+Hutn0XJff+9BQLkVkeH5S+OVde/Nh/82Hf+bDOvBh/w/+ki/jWiLRwbOKpNFxsBOC"
        "JrSuKoiX7+fQQt74bz8ShPSsDnnplPVolTdfM3ZiXCA5h3yjj0Nse5sbnI8I3W3la80fSV/3"
        "YkDUu+j3uJBayPLSKV31sehx8PSDg4DHyFju07/rR2D3TqX9Xr8QnoHP2x//0JECOGD8fo9H"
        "kP+NZp9x9Bzy8QebBIdsz0bCv+WRL54oagWx4q7EBOlfyBaZYDKNuHNrbvbTQ9LnS7BOGpDN"
        "AibfNkJm7HbU++BmzHvcIf5+7r0eUf/YoSlwsZdjW4wiyDvtPRobIaNt8UoqBv8EuWkN3aVe"
        "JYG96uVTp2ksvOPvIpfPPV/DXnf92C1Ct0UF/gnPT394q+g6pZ0dVQvxzWLEzHXZIHI2407z"
        "N46srCp1uJvYn5D+rE8T9c995vIH//B6wL+f62YF/Jmvrml0/4mX6FF+z6+g9fs5PRAVvZfz"
        "IPfcsomoWcSOu2sv5/+Fv4/8vi5XN0cf7VsxnJyW6IeXK8LzumfecbqrKuNXvIjrSlN5ljHm"
        "95k63Y++cR70As494BpEacvavdfd7TSq/npfGOr24uB/eDtV7xfIt0cnigLjsgQrtA82Difr"
        "TX9+dybgjzhCysyiyN1t4lEoQywy6ul+gmiwLqwofDqQ71ri9MaNgacdsu0+QjKZPMdz+NUn"
        "wBs9nIULyMc89HNOhOsQ24qsymS89EXduyHk2muXPYWffJ7tz4P6+tlwHiRUSasr2FKqpNMt"
        "4M8qZvQDZoEHXMyohV2N0wgJ3mHp28E657cykowNbjQhFk153J+DQV6WWKGEn5DPjz3gjx5V"
        "WuEKrJFFSw/IVyinVqhmE4PgZp9drD2LbAI8mqC0CN2kixDhsyuy1r4K8wWA94J1VHG+85Wp"
        "dAHpbzC7wHag+60F+PE6p3wmM9h3LzeFE5IYxoG0pm6A36M1JEH8IF/LioZ1KVMksbC/skEU"
        "Hy/cyQ/6cwGztQi1GyoiD3BkRM2Qce9YtY28yTh2vg5oLNH0NjHzNtogrdrEy1hGK1PGOc2Y"
        "JMKX8oQxH8rr0hN9y0OSDnIhuxBbB/DFUMmnUQDrt1p2PPXBLod5EbHVuqJbyGunSpQ+BT93"
        "6mQ459ZKJ9m5kMdbgpsgex93B5Ii/YqVJDv3dRUvOBeqSZkTu8wgYYS4Me39v23QLIn1a6LE"
        "oqY7Sldu8E6YiXWxp5K4oyG79pCwo1IxU7O0ctHIM2EwmC+aXUx9v3/wz0MbiToXh4iVGVg7"
        "SVfahtNXilO22kUPszIOcVwe1Imj16WSjP3Tn/OioR5eBsfq3JhXzKdiOToqdXPiLIh3EBev"
        "CH/XaSXgjh7IQfMvVbkTy2anEB7kq4dyG+rMOYT4OBMvKchb4RkuSQxu2UTqtI3c1zmueQa7"
        "PW97e7VQJoDcla4Ayq7X/bUISc26DCAe6jEO40yJA0Xp3HEq6Jf+Wlv111807Z8PU2B34zap"
        "Z+lT22tdnZntbUXG9WrX0PkxvLWXyeUr3N/CoS64qovuCQZQD/Wnw+jWveoTSWMN56V1cZkk"
        "6llb15boxBYKm+XOnKzPTkIMZ6JLu8zIdnktJ/C+uC4As+GXLQoXxemv+rCBhjr9WA7Z05Vq"
        "dIiHP+fuI4hvxe86niZahDvNEMT1sM04qhobJ0YHe2Jky9ZKIeJUPe+zn8aMiRX3YHmCPqkq"
        "MNaNkGi9nBDkSePHlMqCd8soWzR/1oNE+bUeH9YjX8XS/7UeEXWJvqI2FoTWAF4l+bajO1tE"
        "ftUZIWQ2BYR6RSPjQkOO7tpIsm3g9+88W49s7Ohe2eeBDLJDZnwV2LMcMqUsTHV5jAjk9ZY4"
        "5O0Dj+OubKr7GAm+zQesCutGk3IVTtSVsAW5teLMTnRtiv1lMNVXC7TUBeEzn7IaWYKmDXH4"
        "Zx/PrtLD5nC2JoaMPTVrdzXf5L/kDMkm7BvyoWb9rh8ai899BQLA4aLajC4sj7E9/bU/YACZ"
        "C/aTRQId6n++29nzS1aB/vG6NL/6X7Z0AB/alz7E83K9RdvcDWyyVW95fnHKrYbzRxdM1Gh0"
        "boXNXj2o/XkeaZRf+ojroj9fIqrDGA3D9nzos45itcuQZqH0j/0IY9LXY7q+zoQzRDwxbPyz"
        "ML5O4xHQBXj/Gl7ecqodHW2RnNxbXRv0srS0UXFw0hmVFF7cDPppOY4tQW9YOtupjsY97jLm"
        "YcryLh5b7tULs9jo48Ypux5PTBIc3YQHvbSPEfmKNgKKh7pEwguZcLcA0J4jkurmFCt9H5Yz"
        "KiAuHy3/rU8NePDcEqkH+YJZQL7wlcmnL+bo7XcJxOOpeH+f432Bfcz2pm0vL88/di4I+WDn"
        "p7HMs1/XWf3b78S47Cqt8f7Yw7UJTks6N2QmFjPpsamUdgvyCrjhnM0GO+Q2HP4v/lu+6jC/"
        "/YvEY3ge7JO1o4w+rHd9pdDFjMSbfLhvyk80ioY6Ht+M5FF1lun+0dnMemow+nBu1/XnBlaE"
        "zHp6foz+2AW6hL1dyNlx/Yizv/o/5E20A/yEfEBI7edsF48iDWnapuBnEE+NHfil6PPACyfy"
        "jCVjiG0bD/VylaR3ffB61Lf4wGfUstDFOwEVMTZbmCDI+3Ohhmkg/2Ti3r/tZF2vsEt8A43v"
        "OfCJ+7ExRXtp2Tz4N6fqqzGiTnKbAT/d5HT7PncN+daik1iVasiT0V+9ojOjr/ExmdZ/9o3i"
        "LFEhX0l/4asQVwWX4XDj86OQjr/GcpP7WaNFwm99Z6UuSQ3K6MECPnnI0c40b410e/BnKWx2"
        "PgrH8Gue0XYsod5PXFMCPjRp70bWHtBnPklY1XmYJvvPeZ+lQN6+HYmitcmw9bD0fnwL9NOQ"
        "bYFGFHmQH85qxDNf8+d15MfjYw48Yp2cJDdJor5/yHvpZ35FZsDx/OTGOiM66fPBBllD/VRX"
        "6W85JOFlSZrHeM5SmWfO167teeUtO14iHDbZHGFdvx0X7kZoUM49FuJCpS/cN+V7I2YQiyTl"
        "1zlJfKIy4HpMJF1hGuBlzVgDv6b2xbhtG/mY/MY/hVSXVN8A7if2M5j0fHbJhChvTjLLX8Sc"
        "PXHiXN8sY8Rc8u84YQGO9P071qU9+ZvlI3/p9ae+c8RAY184MH/HEeVr6YOf9ucCjwf4CaNd"
        "m285/NSpjoIewjrGtWXsMRgf0Kh02xxe8eE7/yhks6+DQRyoDDv2pXCSXHEHfD+4v/n+odP2"
        "VlyJanNXXnGt2vFMIt87WoNcl7Li1+C3fR38zjTO4YXrv+yCCA7fKPR69f1wv/07vzRyhfuD"
        "HeRvGzsJ/ObAFmvwP+4G+MHEy7KvA4BOLpAPy1OWofF0DTyJeVI2BP5TUDwL2LiLVimMm1j3"
        "ZzI64Jo9yminbaY9ThyP8vv8WRnj21D3l9QZb9B2iN8T9V3XkiBXasc6GtU5CtajXfOrDqRh"
        "pvfLL2Goa4jq4qig7iinuiJPwmXoSKYzbXa37/1T+2iusdYM/U+LPDLiybqdNha1QypfdTG5"
        "kT96jsNv3IrYrgCAI2hH/+hzKyjawGeQt1L6+46ubiHc3KaXNfY2KuRPIF976u+Dxa070L4/"
        "lz5R1OyP3PPIuMn0yG90iZvOqzDnT9dn+6S3cdQR4HXb0SFqHb3oeaUW93kWihz/3Ba33TOp"
        "I1TeXG1Uzy34P3gaXxpXZ2l735NZrXid3esDONgpRBtyoXj8VG+d2Z8jCQg5rhB61OgqwVIg"
        "YfbuqtOM9avXuXGjS+TIT3xt69HzRQo2W22al4Gz2K6MvLu4eGts+7i/MiU+x1m0DFFdhE/B"
        "hPUBbqRA9eMFZNMQh7GVZkIbY36abdhstnmU4Hh3/eCzlYt5DwtFLLYQN+IF5FEqkZX44Gf8"
        "WpqyC1vQFWkS8mLLntiw/3un32freXZ9XBdxt6AI6Q/bgmQm1O+v/qhCPhXXWXLdmWphYgev"
        "Qwf4hOjHMvAJXgj0vYDSpz3h0TJknu0CfLuIlmlTAI5EMkb6DSOknRvId9gn5BGFci+j4wWv"
        "OUhWZhdkKAIStTPvKfo0kpGrK4hIz3ET4UnITM4tIVFxzq7jGC3KBXOd7YJLyWfK2sNKtzoj"
        "26VKt/cR+DXk97ss24mPYmvfnqa8Q+aznYAc2ZOM9mt52/MVTuJ0Hmx5vpbbWIL7EaLWEXiy"
        "IbMP1s/gvcvwXoRu+yh0NudWvWkufUZoXduRswnEr8Ix8Tw6x7m4zRpfyvkNxc7Kc27YfMb7"
        "QCsspk10NUbmO+7w86iMc7Az9WU/ZyeiK4QSO/3FX03tktiQhyISWSqhxHLccQFxgZ+P2co0"
        "x6eZO44jSE31LFtumIJnx+zdtKanWecJqpefLSE4qeqrH6xfVzDFv3miMaa3EbFx/e7vQeb2"
        "FH+fe9yMLgA77uu7HqXT778jkT8z3/Uzo7Dbn+d1gJ39cejT+lWn4DDC8YZ0fT8Ymx7hvqAS"
        "y+rXk6CBj/6Ma4r0uT8M/efv/a8nnYUofT0/9Gl++q6qiqwKixMsHOfN1cKNXP+7/u6f83Um"
        "1K+dJeMBP59sNmWvTLyICJJHXmJZYD85YvbHn/4kqc3gnoQjV5eGuLXmr9fhO4JXPeUtr+Vh"
        "wv30rYGe1enQh2tjBHky9oINL7/qSDeY5x0n12vj9owkGN9zanoFPuieRyE6hYw7HoX4Ed4O"
        "2dzgykZ5+rNIqPkjh77Wm7LRnngfCX1/e7ia+Tc2AnScmPnyQJExMUdxwGEWITbkwKBcLfEi"
        "FxehKusa4ECkXolJU2bDgn6WfZ1Cb04UrfqzQJrxJuzXpk4r9n0vr37zob/q/IVwPdW67z7J"
        "RNVhY8gVFtUVH4EPnP57PynK66FO8NM3hUZ8mkI8SWN4z0IWacIpkqUd8Eut7IAvMfi7bhj7"
        "fNj3Qx6uKDT6c95nwuZ9n1CGII/g29OUrSuvK/MnFmxs7w9L3wu4egL7UCarNFouX/WXv/2h"
        "P31cgOu9XeqQwEvPX32+dS8HsZeDVCWiRsLJk0ODHIR7uv3eb11dpWOD7U3A/umrc1Qtzwsa"
        "vvvTDFUBfFoqBer78MlPf6fyvZ9RhP/sJ68kyHMuEGfj03CuI9Tq6aqd9WqrN1ZuBaDTIKrO"
        "c7AX0NPy/um3LEZTTFwJ9/77sjMxrsD+9KF/RKcFwYMdWv/D+6h/3/v9PorLr3/zvk2ktnyv"
        "LwU/eBo7iAxNEL/9vffbbz0WmtlZoj4uEHriHUaD/4Jfvfr9vsfRhOrz/QiOHDtRfeJZttdi"
        "gZANz/V1dDErSI9PoXC2pPjPOkzBRru/80Jsw6/ndxxucKzMIN7J481Frz99hUic1bmI+z44"
        "iEegH/9iBfC8BVoe+gxP2anvBxHMvUB63HkO9dPzrpJDpjtjMeJiMvQfgJtdz73dvK77up2f"
        "hauIGM8jwJI+9PMyx+j1HdVwDfsNjOzWKEM/KgFefGt8GrLPa++HQ/8RjAM0g0N4DcAn9H28"
        "tLdb+6krJYy31Yf64PDdSd+31qZ939oxxQtFGoeM2AJ/ya3NEN+XJzbFt2CtdCLf12l/cMpo"
        "LALrHiNJePP8ZSAZwjH44LP67meZtX0ftfdlrYo8HQt7x62nzpPutaBOju0Q3+5d+txp98Jh"
        "0lpTYXz0eV+chU2ooiwawXwuPl1ZyPcIOhb0813EwsWehbhfedm8x19dLJ+qCQkk4gzA+Vv/"
        "Hdh65BOQGTpPdORd3vg+F3XZscgzyeFB7whyBrn1deOVGSxj0c8CUxrqwjMig9/JbNbvH/QG"
        "/MwpPVv41LFKfuJsWclEgqW5ZzdHxtMDvO2/gROX1O6/Q1EP2Wd/l9vTAjfRaN8ngz71vfOt"
        "8VCETYqR9tzu60+/iemAvVmvcdV3XSlD3qfvea6aJEF+Rp+W+L/2eb/0OJxHJNZHfhwfsBBf"
        "Cdvt/E+8n7kHWGsWR8+EL5A+3oyRoKNBLiRgh/p4Q8EOQ+BsQx/IT/9uNoP4C3lci5CvoF6+"
        "rz7Dz/dHunhZ5Ei0IZUZ+vFffuu//U4SlzjM8XSvoj/2JQnHMeR/4MemVof3VlwJ7/x5Pfn0"
        "ZbuQ3+e7FPI1JfaAU/L0zROQ+e6jiplHf0Ttffq2IY55tT30CQ/196pSvgqrSzDgOnI4cDAs"
        "HbN/Ey8ofX0Xoakh50AM0GFg55k6MQ4ZZYYYSkUvuCSjneQU8Z/1WJAjnEWdANU2U6nv2/IQ"
        "yseU2S+nkbN3Bl54/viPcrOdp9D3LV8+8bVB5NbUCIVc/LabtfCH14X5l+Pk6qrOAd+G72WQ"
        "e1jna513NEvbybDufZ83giCyBQ98tbCeQpGjj991b/+ZSevEadaJbZ3ps9hqSTzIOU2m7+81"
        "rKK84IxqqvM6jxYcb0NvvH+tyojrsU0rttnuBHGtP0+D++84w1TDdd+/h+qAbfrzg2cfb0mV"
        "XIxy2YhJb78xGn3bm5BNh74HxcUAn+1+AWv4z//85/WF6p/Pm4cvV//f/wc4eIkY"
    ),
    "esp32h2": (
        "eNp9e1mTssy25n/5btkRqOC0I/oiEzKZBGQGbzoUlUkFChWwo/97L6gqq+qcffqNeKOCKXPl"
        "Gp71rJXp//nn0DT/u8lep3/+vZzNl7N/fd647z/u//x7OlnNuNlywk/+9c9xf9//8+9/0PBP"
        "sqx7xymKxC8/RHGnVhhz8mHiBfePQJJ61+067KMkWeZ3W9W3KzPLp/e93szkTaOrxXXtOhN+"
        "x/NJnchbbf20Yplk48iYYOIglMiCFWnYaoiIdAMlPBZb4fOFtrVp4qliahGhQyFOyi0Ns2J/"
        "Pwb31bmccShRzaX5jKWnyL2mWrOX7c6QdC3BF++wnqkZ2u9ZzlYeXcCy7PN+jDNHsQvp4ca7"
        "fJ0XxrzKiHInl0y1lzNrY6CW0n2Y7etueahCGz2nF92zkYbntRz126c7Zw4G78gBfp3FtOX8"
        "tQmqKDy6OJkVo22frFEIh9lJc4XasPLbguXlWRzFWbSb3kUxv7CeWz9rp3qt55uIPJbrm7B6"
        "LpfSuWpKJjuli9Jrl2uLylFCzKPozU7BbsYc+LOmnHf+vumIlWlnJ2T7Sqx606tf16RgX2Lg"
        "3y9F0+o5x02WLGuHkUNdblEeGPG62fKe1Up5aRPFLVXGY+PpKq/Xj/Um1CrZTR/3rUOo+s+n"
        "5X97BD+ZLBerf/1zut0/+s9bU27Cc+A791MHL/1j2RKHeQMZ/YlY6CAVfCwjrMvd8pjPmRhd"
        "erCkeUKlOMGlYCa4FWzMBty9PYmWYt5wez22Hb01/OGGNlgg7ZlDM6PqWuTiLkIPXesvvYmq"
        "VhASxZcV3p1hRUOWTa7tR0ySCRKriYWUxtbaYf42RoJQq0briJakx+tWcDE8Jm1AkBonCIm3"
        "xESMslAIgvltBPMoFtpWVo4ECzcFymxsyrRFefmwECqujk0I+B4a15lMDqGg1fLHae/iBOlR"
        "6/oIUZqUArUXurRuMw6XBhrXJ5gSbhN7NzdlO7kuLvxWvrSOmxaReosf6W65D9HqGAoRlfHJ"
        "pDbogbQHGW9MuWu12eW1CFMvyhUUE6W1ZKzpZNpaoxxKn3MCnXGJd06fc11CqMvp3SNGuwe9"
        "6jecXI3XnF6f1b6xSo7eh/uaPsgjVnykKH0iCcinReuFSDCLe5LZu499yOi6ai9MMm8d0PdW"
        "ShOn4porW7aRLChX1hjtZkhdm2JiHaRbrOQ4iUG/ZyTaOh3kSM14sKM1XDdomuePGIFese0N"
        "egR7fCAj6g4+GuzZHjjBnHGX9tNPLPMMshLbaAPQ30ZXm0rrsU5sq7D3hxPYG5tdcjCV6qo6"
        "O5PY6Cra84JEfMOhaCv76JIXbkyNCXyPdYotfl4rw/0iSwPzYLREVCcFSRYxEXbXrQH+kpjG"
        "c8329m5Rh6J3GuQnqwJntqESq7j2juWnIHeogIhzXkTKw/DxucT2MeCKIGYue51gC/QlxreU"
        "INc+h+ymilwMY0fzkCJs0PWZGfQpY0ug2J0ZxfRIkThThcRbXGwb36OVO/Vi9IweGl7W4Y3o"
        "6zy+sqMf4UGvbV6iGNFWB1CGcdf96Ado4ckI4gHZVOvFWIV4yF7CQdNK55EKC6kuPVG1CuQ2"
        "kfSqYjT6vyLySi9USNM80hZIVEHNYCdpZ6H/vm4wq2WhqEMX1A32nIVo1ANG01SHMPm+FtDU"
        "8sjqcM6lPGQh3lpx9zUfEWGe0BLjgIO4HeJRx02UderXc110xnhV9AvEI4cjA8H39B2vGnKU"
        "HuJVUElTYIzsOIf0cENED2C8rBMHHBBE1bPQ6Degr9RCUle9v9/+D9+7yCbSK/uQNo3ztQ6E"
        "lguV6kXwfZ2stirCAQkR+OiuxeK6NWRqCaLdekhJjsecN2TVAj25HmqT8y6fKTSMZkKyGfxB"
        "EDv+dIN5qL3UuRUEG+YLualimFcnvCXkWAMo6sIOCUvpOw5aEzSvUfp9zZu33kKDPTCkzQ1R"
        "G0Xqspp8lM6XX6KELD/nqyYxibjtFAFOIc/P5zz4eMS87mAPsvJ8tFGRUjhfuIbnsf+hGN2D"
        "QLx56l3VJmRpek0X9JelFDX2tb1+IHzf1+BParH+AF+kBHk1diL/g7Tdpprr+gqtqGvrfgcP"
        "d5VOnUV8vey+9C8gXYuDF+UnqGFuc4Q8SPhufuM/Vrl3zJkipm0QY1vSQ8ayrun3dwo6GCeC"
        "7YNqKRfH8ZG6WxWXzAEZreLRO72qFwUAvPc7PoVkrVBZ508ysgwZt2JO5udlap3za3hmwwPM"
        "g3y16U4q2mw5o5XUeesRvqs8dhKwpAvBT/b+O29h4z4FHLNQ1z0Bl5Sm5ahiI9zw1774UNxm"
        "53T0IEDeITfAd6MV8bIDPFBXsafMNrPTSbRXFq5iXdQ8C+Og5qTIRveuhnwJ6D4rL9juSHV6"
        "jO99nOLYA+99VMecnD3p3gUEAscHu7qpFZwgjmj5rR9dPEhU4Chvo4I/yrdjLgZUiLp2yJPi"
        "DeHOS604ngqzBPUXgsiMa1qnsiQDaINAd8Ie8rWvVvOv8YjIk3jm4om4Klt5gsDvo8IFP1HV"
        "pigyp1I1HEhC8v1dZ9K+lr79Dz1hvqqC+b7jVhCz64HRsLPwv3GrXBeYeB8KmhYXhADHmxb0"
        "uJSe4AesE1NEgjrVFqpSBtj+wY+1Vh6x9JVfyKMQyjJ+YcjPRXtoxavpQL4UO+ABpPUsUTL9"
        "dQL52yzA1cLeklQyKWzBOajqKL+ypbiVKF7MzMlhNeLR9HCcx87G85tytG8blNdJ8WG5zXzf"
        "06WE7zvnpQ3xVvSZq286C3gDcs4F/1ywk5REs+6CLCqRtkRE1bUVWucSKgTrFGE7miUNd5wi"
        "y68LsK+jXLcRY4TIo/WkfOMMILCchsR1LtMX6Q+xu95aW711tMFemYW1dPTrM8TP4Nc4l2lM"
        "R7+Ozowc719pfEE6HxLrW/+KWJN44mIP6c0FZb6qeuhy650AYryoBGepbuxBH4hKZeVkV1dX"
        "M084PpdgVw/BePabvyEzvk9PEqdUB3pfxsGQ59J2f04mZxntgOdUK8POFyHrexTPDGadiIrz"
        "Mfgtsu3KpOke5XkSvfOXxTCgf31zh/Bds/GWP6wA1z6kwvPLwS/efEBbfuGewKng58nqJFc8"
        "J464D3xvU37jNk5YR6OAa70FuPbOk2wP64O4bfcpAv7TWLhEyoXiZvGdt5L68IPTeWyO86CF"
        "L0NcoC8/nr9xWNu/8wLznb8k4bEqEI2iIQ+T7CXG3qAf3DpnmcRfOAH5t5xt67J4ZPZLJq1F"
        "bnNKonaiYsWQOyTdF3Nj0p+Z3YukSC0PZrp7z586Jz+2tP1Ob687+BuGOs5xWwiAVtievhTg"
        "paBpU6Lg92IDDs0fKvATCSdCdkk8wIOXhEzdWZyXGvgXkomF7f3tBvYj6CCLEOe99Svvv/XH"
        "FG7aQd7gzpzIe6rSLgsEvJA5M9mFm+xg3BDRDqXWMW5N3b2w+7de59nt+B941BdexfJt3smb"
        "MujTYHsFvv/OryuI8wKB3ciAtyBntiCJ5w35/AsPhBKuf/BBETyl9DIb8lri+UN+F8f8rm/L"
        "ZApBAfYHnA7a5BtvPhSvsbG9qNWPssqTU0w87zTiQDRf3hBKaeEFb7/qAHPvHdQ3gqng+YLa"
        "gUrQylMHfPzGFaWoHSf50VvJnsRKKUAej5NKG+wZvPXS8heqlcX1bV9dFICvGbaz/8n3uuRi"
        "1mWVNtFuKb3VpQV4U5+BryeiuW3n7IeW/qz/bB2vXziME0iL1EOdvXLHvAF1hU67PcnRFgqh"
        "HoRqXQsbDrjOJ487ylPua31Q6favNWOhUHfojp2ESg/k0dnvtlXxOp0KVLBnwoK/lS2giqPb"
        "GOr4VtBLFZFcTAb8LbUbT4F3nNx1bqGzH1Hhur1NWwV3/ExR2oWHJHMLSYSjEUYGD3wN8Afy"
        "yaUAPpna5pdcQrIqKe0Os1xYleBfMbUZiftlBy4d6iA+ksnHyLvzHJ2u4F/2rp92dRXnKvgP"
        "WpQyFvSrbpN8kxJL6XtMBL0ubJRrAvhXr9rE0ZPIlk8csznO7896dlqGN+9UZ8GWtfvZyPOi"
        "eSNvkEEG3ucLHiKWlwtDCdldbbSJa9DzG8dT4AFZHbtZVCAN6pcX3ZjpyQQ8QGbUQSFcT+WI"
        "AR0tP+Wuk9O1aIMEvICu946LgSTy3XbB1lSO2tsEV/T2qk6ATzFZnNedlJvUsaSv+USUuPHH"
        "MI5WP67egBsW8EZWZFnmhBLpCvXO48Z3rylz2ZhQrwBuxzjishAnVAL/zH5wRkCfcXVuWZYF"
        "XINyuA0TMR3ybv+erxWlYqz3IR/lnudiHwhhu4OF65CXnFf6BL9f7SUkbeu1hV6ZCeNPgM2Z"
        "uj/b7ilezzh+Ll3XpSfzc1ZmBVMX6l13XwEmrx4ylvRAaMXeZkgY8eEEqWP9c78vQW/tYRJc"
        "t2Xa9kd7pptrMc3nZQx54zj4dxsxD6iHLvDediIpw/vyRIbvV4i9P3e+HHXPyVanMsQRAp5w"
        "WiMN6tL6HXeWmtSpMqVO+RP/l4VG6zfPxkn9cZKh3nDTVexEXUT1zES4hTizfRrv6wrkktfi"
        "PF8C7y5BLsLaguI52HYoPds/dUZ35Xiyr+/wvrAm9dRmdHu9zTtqzqI2cXEyrrtXlwr9JY+Q"
        "FN/5HQmH5hUkSPRpttdc3EFd3bqT03Wbpq2rwrjqWlBH/t+CHPLTClLP92v9Uy9epctQbuX0"
        "7PajPpRb+Z3vFdXPxdafFK1viWP9yV1qVZdLYCnC2d5HjCkj+B6IXC4+7RXw31Y86bu1ufiK"
        "X4Tib14pCOFtL3z6fxtOYhiHoGUubd2m/MHdCSp/r1NE6b4mIO8PzpkCGeNfNWV7PhE7qK+1"
        "0tp161SEOrtAaifz7WZKFZ+OPLCcDXlCEd51psCh3sEk0pPWlsQRH3rgo5ZeJ7YgagVQ8r7B"
        "ZDs/HC6vU0jmx+dlaqaRXrVQNET2+cWy6xsyDWR0Dsgx8HwG5BhwD/L5IpQToP1I4/INIjDv"
        "VxwhvDZPgdi5FrrGnmH/rOfuHVaxrXAbkPPnvi40kJ9re7at5q1W27ZJs1/xfl3ouEJCuNqy"
        "7OCP+yjgAD8sUQ7Yggun4nTGgt0SkQTstgnx8/XFR4CvJlAbok24QZPSG/ovUXdY4KSNBJR9"
        "jScmR/FWJRMP4u4GsRGsn0N9i4SU5ym1vR++Wnnq7s5D3Q4Vt1Pu3TQCXfIBIfPY+vLPLuoq"
        "ihaVrLRSAXjQqi3g4PyrvtjMPuWmX3JzwzXILQWcTJyUm+tysn3RO+uHUXeDeta/FbxDyHLh"
        "JYsTyc4SR49Qr3DianI42TZj2mud/+QXLfALfivhoY/Yns55DPWBG6OPk+TZ89s1WUUhUmQT"
        "/t6QcqsVHskDziTo1T2hfo3Qa/cEfwRekYMno298SNTrJ1584SuSDjmxwuLSfT0nK3UH/AWH"
        "0jsOvN2XPkzc4YOXJzCedeCp3Zto3oqk5UU58UL14Z7GPgbUgQ4Z9IB10mGta/sW/9gHQ67i"
        "qrqwxrgp2HiCFO4G/uLiHcQRA35SDPzx0x7fcvFyvFtAdV5VwNNwR9JoFXeqMV1bq6NtS2vs"
        "hcD7B1xDqT035a5T86tpAc+JASNumyuJd10/4pyLI6RLXjhtwB8k73M93/oBgkF/6yeheY6t"
        "MNCa/Zc+gCW4Kn3rS3LUx/e4sJ7zgbHtmSmt0ee15vnzB/+JC5/rFxJf/dKnhIEXQb7KLj/2"
        "EBhs/8p/Fn6M169Dj1/qloNx1cVcAqOAz7LTQzTLDgjwVdp/zqd6QdUA3v/MhxN3rlOKhDor"
        "ftYVkYWLHQvVZQf49M6Xhlb2LoY4//O9UGtRO10hf/9ed0kXr27fooYNKDoY+t0Sr+mv5xGd"
        "Ar8vkQfjfPMhw/I2xHLuT+AOEX9450X7KHXAv7At7LWrV2fpb/2TvdIij4C75HTqsr/GQ55T"
        "E3LyFvYXDykfgA3eHvLU9Jf+/uozQQ/3eIa69BUgpM8WP/i9feP3F44gS/jG7y/9mIgFHmu3"
        "SL6knre2ndk8Gf5+Pxdw971+RUj+SxwJiQb1XfWWHyca8NpEfOebRJOuTPuW5zwR/sgDw2a1"
        "9kceAc218lGnvvbjPzjdtU7yEzfmfJ9STcVBz0mAK/jU6lAxv5+XqBC7sr5B3WHYrj6DMDBx"
        "QaQf/Yn73+MrhAV9JpFyCLIU6vocvfswm2pSv+3fCh5eOl/3+5/5LLO5Xq1A3x+Ysa53vWB3"
        "L326PDAQt5/9kdvWEpLf6yTooZX1n7iMhBndbfRNnYhraiy8c+jUuWiunFZOITHPnFYCPqPT"
        "EnHrp7ltjtvV66iUUFdeibWJQwuJ+XF7Y/py4I9vfarRcTLqg0xvKgSZqr8OoFNFFZOddgF7"
        "kIHn/viDMC995/29jrGAs7c9uZhqRgfzSUZzQRtsd4kVVfGIx9h65RL7YqIu2UAMWD/fiWjd"
        "UCrg7/yIkgXgR1D6T+CAbOLFEQGfgaAAnjjwz3vIzvSD0Eaffct9PPBh66v/6FonUqLvayIG"
        "kJ/UwR442L/9cAbza0h6z7+SjMxGJt0ttDBiDksMPBneB3tdb3K0YC5g/zf+GV5aI/+mVKcX"
        "5iuEg12+NhvQ835jmdt7x74Gf7He8WdKbxxcKv5tW1n3O9Rbq8PKFSZIZwa/AP/PTs6QX3Sm"
        "hnge+2bzS1N9rUNARykm4/uz0q8e2psP+28+/D0f1oEP+3/wl3wYtwqJDl7UJItPo58QNKNN"
        "XUO+fL+HVnLov/EMX7PLZ106Zz1aF+3Hgp0ZVyjOod4Y8hDb3ZcG5yNC9zv51vCnwe4vBlS9"
        "j3+PC6WFLK+dylWfqwEHz984CHiMjPUh+ys/Ar93au23/EJ0AT5v/8SHjhTAAeP3dzyC+m+y"
        "+BlHL6Aef7JpcMwPbCz8Rx75yRNFrSRW0leYIP0D2SITzOYxd+nM8DA/pkO9BHLSgIQrmHzX"
        "Crmx31PvBzcT3uOOydd7b3lE/ccPTYFLvALbYhxD3Wkf0NSIGG2HN1I5xifoTWvpPvNqCfxV"
        "r146zRLhjfsrT74MfA17/e3HbxG6r2qIT3h//s1bRdep7PykWohvVxNmqcsGkfMFd16+cWRj"
        "1ZnD3cVhh/RbPk3Uf54z1z/4h7cj/n1ftxvgz3x9y+LHd75Ez+prfgVt3+/pgajog55HvReW"
        "TUTNInbS3wY9/3/4+8Qf+nJNe/LRoROj2XmNvnm5IrxuB+adp/u6Nn7li6SpNZVnGWP5WKjz"
        "w+QL58EuENwjriFesqz9W+5+r1H11/fC2LcXx/jDu7n6uEK9PTlTFBjXNXihfbRxNNuGw/7d"
        "hUA84hgpC4sidx8mk0iGXGQ088MM0WBbWnH0cqDetcT5nZsCXzzmu0OMZDJ7TZfwV58Bb/Rw"
        "Hq2gHvPQ9z4RbiJsK7Iqk+naF3XvjpBrb132HP3U8+ywHzT0z8b9IKFOO13BllKnvW4Bf1Yx"
        "ox8xCzzgasYdrGqaxUjwjmvfDrYFv5ORZIS41YRENOXpsA8GdVlqRRJ+QT0/9YA/elTphBuw"
        "RhatPSBfkZxZkZrPDILbQ361DiyyCfBogrIyctM+RoTPb8ja+irMFwDeC9ZJxcXeV+bSFbQf"
        "YnaF7UD3Owvw43Of8pUuYN2D3hROSBMYB8qapgV+j7ZQBPGjfi0rHuVS5khiYX1Viyg+Xbmz"
        "Hwz7AmZnEWq3VEQe4MiEmhHjPrBqG0Wbc+xyG9BEotl9ZhZdHCKtDpN1IqONKeOC5kwa42t1"
        "xpiP5G3lib7lIUkHvZB9hK0jxGKkFPM4APmtjp3OffDLcV5EbLWp6Q7q2rkSZy/BL5wmHfe5"
        "tcpJ9y7U8Zbgpsg+JP2RZEi/YSXNL0NfxQsupWpS5syucygYIW/Mh/jvWrRIE/2WKomo6Y7S"
        "VyHeCwuxKQ9UEvc0YrceEvZUKhdqntUumngmDAbzxYurqR8OT/517GJR55IIsTIDspNso4Wc"
        "vlGcqtOuepRXSYST6qjOHL2plHTqn//sF4398Co41ZfWvGE+E6vJSWnaM2dBvoO8eEP4q08r"
        "AXf0QA+af62rvVi1e4XwoF89krtIZy4R5MeFeM1A3wrPcGlqcOs2Vudd7H7u45oX8NvLbvBX"
        "C+UC6F3pS6DsejNci4mHtlUA+VBPcJTkShIoSu9OM0G/DtfaZrj+oNnwfpQBu5t2abPIXtpB"
        "65vc7O4bMm02+5YuT9G9u86uH9HhHo19wU1T9i9wgGbsPx0n9/6zP5G21rhf2pTXWapetG1j"
        "iU5ioahd783Z9uKkxHBmurTPjXxfNHIK34vbEjAb/rJl6aIk+9UfNtDYp5/KEXu+UY2O+fB7"
        "330C+a383cfTRItw5wWCvB51OUdVI3QSdLRnRr7urAwyTj3wPvtlLJhEcY+WJ+izugZnDYVU"
        "G/SEoE6aPudUFrx7Ttmy/SMPEuVPeXyQR76Jlf9LHhH1qb6hNhaEzgBeJfm2ozs7RH71GSFl"
        "tiWkekUj01JDju7aSLJt4PfvOluPbezoXjXUgQyyI2Z6E9iLHDGVLMx1eYoI1PWWONbtI4/j"
        "bmym+xgJvs0HrApyo1m1iWbqRtiB3jpxYae6Nsf+OpjrmxVa64LwM5+ymViCpo15+Hsdr77W"
        "o/Z4sWaGjD017/YN3xa/9AzFJqwb6qF2++4fGquf5wokgONVtRldWJ8Se/5rfcAAchf8J48F"
        "Ovb/fLe3l9e8BvvjbWV+DH/ZygF86D7tIV7W2x3aFW5gk516L4qrU+00XDz7YKbGk0snhAf1"
        "qA77eaRVftkjacphf4moDmO0DDvwoR85ys0+R5qFsj/+I0zJ0I/phz4TzhHxxKj1L8L0Nk8m"
        "QBfg+1t0feupcXS0Q3L66HRttMva0ibl0ckWVFJ4MRzt03EcW4HdsHSxMx1NB9xlzOOc5V08"
        "tdybF+WJMeSNc347nZk0OLkpD3bpnhPyEYcCSsa+RMoLufCwANBeE5Lp5hwrwzksZ1JCXj5Z"
        "/tueGvDgpSVSD+oFs4R64SOXzx/MyTvsU8jHc/Hx3sf7AP9YHEzbXl9ff/xcEIrRz89TmWc/"
        "bovmd9yJSdXXWuv98YdbG5zXdGnITCLm0jOslW4H+gq4cZ/NBj/kQg7/l/itPvswv+OLJFN4"
        "H/yTteOcPq13f6XUxZwkYTE+N+UXmsRjH49vJ/Kkvsj08OxtZjs3GH3ct+uHfQMrRmYzvzwn"
        "f/wCXaPBL+T8tH0m+V/7H4s23gN+Qj0gZPZrsU8msYY0LSz5BeRTYw9xKfo88MKZvGDJFHJb"
        "6KFBr5L07g/eTvoOH/mcWha6emegIka4gwmCYtgXapkW6k8mGeLbTrfNBrvEN9D0UQCfeJxa"
        "U7TXls1DfHOqvpki6qT3BfDTsKC7975rxHcWnSWq1ECdjP7aFV0YfYtP6bz5s26U5KkK9Ur2"
        "C1+FpC65HEehz08iOv2Yym3h560WC7/tnVe6JLUop0cL+OSxQHvTvLfS/clfpKjd+yiawl/z"
        "gnZTCQ1x4poS8KFZ9zDy7oh+5pOETVNEWXr42e+zFKjbdxNRtMIcW09LH8a3wD4t2ZVoQpEH"
        "9eGiQTzzsXzdJn4yPRXAI7bpWXLTNB7OD3mf9lnekBlwPD+7s86EzoZ6sEXW2D/VVfpbD2l0"
        "XZP2OV2yVOaZy63vBl55z0/XGEdtvkRY1++nlRsKLSq450pcqfQT90350Yo55CJJ+bVPkpyp"
        "DLieEElXmBZ4WTvVIK6pfTXuu1Y+pb/xTyH1NdNDwP3UfgWzgc+umQgV7Vlm+atYsGdOXOrh"
        "OkHMtfjKExbgyHB+x7p2Zz9cP4tPu373d04YaOwnDizfeUT5WPsQp8O+wPMJccJot/ZLD999"
        "qpOgRyDHtLGMAwbnAxqV7drjZ374qj9K2Rz6YJAHasNOfCmapTfcA98PHm++f+y1g5XUoto+"
        "lM+8Vu95JpUfPW1Ar2tZ8RuI26EP/mBa5/iJ67/8gggO3yr0dvP96LD7O780cYXHkx31bxt7"
        "CeLmyJZbiD/uDvjBJOtq6AOATa5QD8tzlqHJfAs8iXlRNgL+U1K8CNikjzcZjJtaj1c6OeKG"
        "Pclor4XzASdOJ/m9/6xM8X3s+0vqgjdoN+bvmfrua0lQK3VTHU2aAgXbyb791QfSMDPE5Ycw"
        "9jVEdXVSUH+SM12RZ9E6ciTTmbf7+9f6qX0yt1hrx/NPqyI2ktm2m7cWtSMq33QxvZM/dk6i"
        "L9yK2b4EgCNoT//Ycyco2shnkLdRhueOru4g3dzn1y32QhXqJ9CvPfcPwereH+lwPpe+UNwe"
        "TtzrxLjp/MSHusTNl3VU8Ofbq3vR+zTuCfC63eQYd45eDrxSS4Y6C8WOf+nK+/6VNjGq7q42"
        "aZYW/A9exofGNXnWPQ5k0Shebw/2AA52jlBIrhRPX+q9N4d9JAEhxxUijxp9TSwFCmbvoTrt"
        "VL95vZu0ukRO/MzXdh69XKUg3Gnzogqc1W5jFP3VxTtjN+T9jSnxBc7jdYSaMnoJJsgHuJEB"
        "1U9WUE1DHsZWlgtdgvl5HrL5InxWEHgP/eiztYt5DwtlInaQN5IV1FEqkZXk6Of8VpqzK1vQ"
        "FWkW8WLHntlouN/rj8V2md+et1XSryhC+tO2oJiJ9Mfn+ahSPpe3RXrbm2ppYgdvIwf4hOgn"
        "MvAJXgj0g4Cylz3j0TpiXt0KYruM11lbAo7EMkb6HSOkXVqod9gX1BGl8qji0xVvOShWFldk"
        "KAIStQvvKfo8lpGrK4hIr2kb41nEzC4dIXF5yW/TBK2qFXNb7INrxefK1sNKv7kg26VKf/AR"
        "xDXU9/s834vPcmffX6a8R+arm4Ee2bOMDlt5N/AVTuJ0Hnx5uZW7RILnMaLWCXiyIbNP1s/h"
        "u+v4XYzuhzhywkun3jWXvmK0bezYCQPxo3RMvIwvKRF3eetLBR9S7Gw8547NV3IItNJiulRX"
        "E2S+8w6/jKuUgJ+pn/5zcWK6QSi1s1/81dSuqQ11KCKxpRJKLMedlpAX+OWUrU1zel640ySG"
        "0lTP83XIlDw7ZR+mNT8vek9QveJiCcFZVT/Pgw1yBXP8mycaU3qfEBs37/NPSK/Oyde+x93o"
        "A/Djob/rUTr/uo9E/sJ89c+M0u52X/d1gJ3DaTyn9atPwWGEk5D0w3kwNjvBc0ElljXIk6KR"
        "j36Pa4r0dTiO58/f69/OegtR+vn+eE7z59xVXZNNaXGChZOivVm4lZv/dL77e3+difRbb8l4"
        "xM8Xm8/ZG5OsYoLkiZdaFvhPgZjD6ft8ktTl8EzCsatLY97a8rfb+DuCz37Km+etjzPu+9wa"
        "2Fmdj+dwbYygTsZeEPLyZ9/0DvO88+R2a9xfsQTje05Db8AH3cskQueIcaeTCD+j+zFfGlzV"
        "Ki9/EQsNf+LQxzasWu2FD7HwrALwGdBaBPafeIiLlg7cl1dIXOfxzPT1WkjkqQ84hom/ISP+"
        "CBt97D9cDkLQIOmVDefJr4/M1UgxnG/E+qavY7wEff/Ro6NqRVEKTjvqM0uhrs8GfoeQRfho"
        "gmRpDzxRG/c5GPzZ19wUBh8N5xqPNxQZw37tK2WL4bxPjqAe4OfnCZvtd1VV0FyacWffv9+X"
        "xq2zBCNbcE9kU6cTh/M3n+fev895OU02niPVS8DVBOZvP7SqvTXI8+wS1vsf5B77FQrgxVqB"
        "NbYFlKdf5y2VL7kmMX7L1Z3nbFFLUHdcIe8l59HfhdY/c9pFr3d6axVWGHz2lcBP9IhIXfX1"
        "nibcwT9exh5iqA2Sdxx4Eh7i69MPoC4B/9DH8x06LQke/QT852ccIpT/cZwhLr70W2rX3hL1"
        "aYnQC+8xGuMD5Pk8T/c1jiS0P7/PwLFjp6pPPMv2OiwQEvLc0KcW86oY4j8SLpaU/JFDEHZo"
        "/3deS01wSUa84HCLE2UB+USehle9+Tm3h8RFU4h4OGcGeA/69q9WAO9bCKPxHN85Pw/nLQQz"
        "FcgQ16+xP3nZ13LE9BcsxsPelotXRybibhckxvJ43Q59MT+PNjExXidiYX08L8uc4s/fKY3X"
        "sN7AyO+tMp73JMA7761PI/Z1Q5v483wPjANpnEN4C8AiDOdk6RAn9ktXKhhvp4/9t/F3HcO5"
        "sC4bzoWdMrxSpGnEiB3wA3CCMX+uz2yG78FW6UV+7IMi9L/++fwV1e8fXH3+uur//j+0YM9O"
    ),
    "esp32p4": (
        "eNp9e2mTskyT7n95vvJGoILbRMyHKqhiE5Ad/HJCUdlUoFEBT5z/fhK62+6eeWfuiDs6EKgl"
        "lyuvzEr+7z+Hpvk/TfY6/fMfy9l8OfvX5w/3/cf9n/+Ycvx0PpuuZ5N//XPc3/f//Mc/aPgn"
        "Wda94xRF4pcforhTK4w5+TDxgvtHIEm963Yd9lGSLPO7rerblZnl0/teb2byptHV4rp2nQm/"
        "4/mkTuSttn5asUyycWRMMHEQSmTBijRsNUREuoESHout8PlA29o08VQxtYjQoRAn5ZaGWbG/"
        "H4P76lzOOJSo5tJ8xtJT5F5TrdnLdmdIupbgi3dYz9QM7fcsZyuPLmBZ9nk/xpmj2IX0cONd"
        "vs4LY15lRLmTS6bay5m1MVBL6T7M9nW3PFShjZ7Ti+7ZSMPzWo767dOdMweDd+QAv85i2nL+"
        "2gRRFB5dnMyK0bZP1iiEw+ykuUJtWPltwfLyLI7iLNpN76KYX1jPrZ+1U73W801EHsv1TVg9"
        "l0vpXDUlk53SRem1y7VF5Sgh5lH0ZqdgN2MO/FlTzjt/33TEyrSzE7J9JVa96dWva1KwLzHw"
        "75eiafWc4yZLlrXDyKEutygPjHjdbHnPaqW8tInilirjsfF0ldfrx3oTapXspo/71iFU/edT"
        "838sYj1f8Kt//XO63T/6z5/4+YJb8f/6537q4KF/LFviMLvbGv2Zc9uDVPCxjLAud8tjPmdi"
        "dOlBk+YJleIEl4KZ4FawMRtw9/Y8c3nzhtvrse3oreEPN7TBAmnPHJoZVdciF3cReuhaf+lN"
        "VLWCkCi+rPDuDCsasmxybT9isi5WYjWxkNLYWotg/jZGglCrRuvO3Jker1vBxXCbtAFBapwg"
        "JN4SEzHKQiFIMW82gnkUC20rK0eChZsCZTY2ZdqivHxYCBVXxyYEbA+N+0wmh1DQavnjtHdx"
        "gvSodX2EKE1KgdoLXVq3GYefu+24v96UcJvYu7kp28l1ceG38qV13LSI1Fv8SHfLfYhWx1CI"
        "qIxPJrVBDqQ9yHhjyl2rzS6vRZh6Ua6gmCitJWNNJ9PWGteh9Dkn0BmXeOf0OdclhLqc3j1i"
        "tAeQq37DydV4zen1We0bq+Toffgd1gfrESs+UpQ+kQTk06L1QiSYxT3J7N3HPmR0XbUXJpm3"
        "Dsh7K6WJU3HNlS3bSBaUK2uMejOkrk0xsQ7SLVZynMQg3zMSbZ0O60jNeNCjNVw3aJrnjxiB"
        "XLHtDXIEfXwgI+oOPhr02R44wZxxl/bTTizzDGslttGGIL+NrjaV1mOd2FZh7w8n0Pfa7JKD"
        "qVRX1dmZxEZX0Z4XJOIbDkVb2UeXvHBjakzg/U6n2OLntTL8XmRpYB6MlojqpCDJIibC7ro1"
        "wF4S03iu2d7eLepQ9E7D+smqwJltqMQqrr1j+SmsO1RgiXNeRMrD8PG5xPYx4IogZi57nWAL"
        "5CXGt/Vk5drnkN1UkYth7GgeUoQNuj4zgzxlbAkUuzOjmB4pEmeqkHiLi23je7Ryp16MntFD"
        "w8s6vBF9ncdXdrSjbpBrm5coRrTVAZRh3HU/2gFaeDICf0A21XoxVsEfspdw0LTSeaTCQqpL"
        "T1StArlNJL2qGI32r4i80gsV0jSPtAUSVRAz6EnaWei/7xvUalko6tAFdYM+ZyEa5YDRNNXB"
        "Tb6vBTS1PLI6nHMpD1nwt1bcfc1HRJgntMQ44MBvB3/UcRNlnfp1Xxed0V95/QL+yOHzbgvv"
        "07e/ashRevBXQSVNgTGy4xzCww0RPYDxsk4ccIARVc9Co93AOlMLSV31fn/7P7zvIptIr+xD"
        "2jTO1z4QWi5UqhfB93Wy2qoIByREYKO7Fovr1pCpJYh26yElOR5z3pBVC+TkeqhNzrt8ptAw"
        "mgnJZrAHRuz40w3mofZS51bgbJgv5KaKYV6d8JaQYw2gqAs7JCylbz9oTZC8Run3NUBlb6FB"
        "HxjC5oaojSJ1WU0+SufLLgVEv+arJjGJuO0UAU4hz8/nPNh4xLzuoA+y8ny0UZFSOF+4huex"
        "/6EY3ZMDf/PUu6pNyNL0mi7oL0spauxre/1A+L6vwZ7UYv0BtkgJ8mrsRP4HabtNNdf1FVpR"
        "19b9Dm7uKp06i/h62X3JX0GGFgcvyk9Qw9zmCHkQ8N38xn+scu+YM0VM2yDGtqSHjGVd0+/3"
        "dJQaJ4Ltg2opF8fxkbpbFZfMgTVaxaN3elUvCgB477d/CslaobLOn2RkGTJuxZzMz8vUOufX"
        "8MyGB5gH+WrTnVS02XJGK6nz1iN8V3nsJGBJF4Kd7P133MLpfQo4ZqGuewIuKU3L0e1xixv+"
        "2hcfitvsnI4eBIg75Ab4brQiXnaAB+oq9pTZZnY6ifbKwlWsi5pnYRzUnHQ+bu/dB8RLQPdZ"
        "ecF2R6rTY3zu4xTHHljvozrm5OxJ9y7k3Ffsg17d1ApO4Ee0fMtHPEhU4Ch73Bb8Ub4dczGg"
        "QtS1Q5wUbwh3XmrF8VSYJai/EERmXNM6lSUZQBsEuhP2EK99tZp/+4k4J/HMxRNxVbbyBIHd"
        "R4ULdqKqTVFkTqVqOJCE5Pu9zqR9LX3JHaEnzFdVMN+33wpidj0wGnYW/jdulesCE+9DQdPi"
        "ghDgeNOCHJfSE+yAdWKKSFCn2kJVygDbP/ix1sojlr7iC3kUQlnGLwzxuWgPrXg1HYiXYgc8"
        "gLSeJUqmv04gfpsFmFrYW5JKJoUtOAdVHdevbCluJYoXM3NyWI14ND0c57Gz8fymHPXbBuV1"
        "UnxYbjPf93Qp4fvOeWmDvxV95uqbzgLegJxzwT8X7CQl0ay7IItKpC0RUXVthda5hArBOkXY"
        "jmZJwx2nyPLrAvTrKNdtxBgh8mg9Kd84AwgspyFxncv0RfpD7K631lZvHW3QV2ZhLR3t+gz+"
        "M9g1zmUa09GuozMjx/tXGl+QzofE+pY/Ee8knrjYQ3pzQZmvqh663HonAB8vKsFZqht7kAei"
        "Ulk52dXV1cwTjs8l6NVDMJ795m8tUITpSeKU6kDvyzgY4lza7s/J5CyjHfCcamXY+SJkfY/i"
        "mcGsE1FxPga7Xdl2ZdJ0j/I8id7xy2IYkL++uYP7rtl4yx9WgGsfUuH55WAXbz6gLb9wT+BU"
        "sPNkdZIrnhNH3Ae+tym/cRsnrKNRwLXeAlx7x0m2h/2B37b7FGm61Fi4RMqF4mbxHbeS+vCD"
        "03lsjvOghS+DX6AvO56/cVjbv+MC8x2/JOGxKhCNoiEOk+wlxt4gH9w6Z5nEXzgB8becbeuy"
        "eGT2SyatRW5zSqJ2omLFkDsk3RdzY9Kfmd2LpEgtD2a6e8+fOic/trT9Tm+vO/gbhjrOcVsI"
        "gFbYnr4U4KUE2aZEwe7FBgyaP1RgJxJOhOySeIAHLwmZurM4LzWwLyQTC9v72w30R9BBFsHP"
        "e+tX3H/LjynctIO4wZ05kfdUpV0WCHghc2ayCzfZwbghoh1KrWPcmrp7Yfdvuc6z2/Hf8Kgv"
        "vIrl27yTN2XQp8H2Cnz/HV9X4OcFAr2RAW9hndmCJJ43xPMvPBBKuP7BB0XwlNLLbIhriecP"
        "8V0c47u+LZMpOAXoH3A6aJNvvPlQvMbG9qJWP8oqT04x8bzTiAPRfHlDKKWFF7ztqgPMvXeQ"
        "3/SmgucLagcqQStPHfDxG1eUonac5EduJXsSK6WA9Xic9Dxu1befC0nLX6hWFte3fnVRAL5m"
        "2M7+J97rkotZl1XaRLul9FaXFuBNfQa+nojmtp2zH1r6s/+zdbx+89PkNdephzp75Y5xA/IK"
        "nXZ7kqMtJEI9LKp1LWw4YDqfPO4oT7mv/UGm27/WjIVC3aE7dhIqPZBHZ7/bVsXrdCpQwZ4J"
        "C/ZWtoAqjm5jyONbQS9VRHIxGfC31G48Bd5xcte5hc5+RIXr9jZtFdzxM0VpFx6SzC0EEY6e"
        "/a3BA19r6RBPLgXwydQ2v9YlJKuS0u4wy4VVCfYVU5uRuF964NIhD+IjmXyMvDvP0ekK9mXv"
        "+mlXV3Gugv2gRSljQb/qNsk3KbGUvsdE0OvCRrkmgH31qk0cPYls+cQxm+P8/qxnp2V48051"
        "FmxZu5+NPC+aN/IGGWTgfb7gIWJ5uTCkkN3VRpu4Bjm/cTwFHpDVsZtFBdIgf3nRjZmeTMAD"
        "ZEYdJML1VI4YkNHyc911croWbZCAFdD13nExkES+2y7YmspRe5vgit5e1QnwKSaL87qTcpM6"
        "lvQ1n4gSN/4YxtHqx9UbcMMC3siKLMucUCJdId953PjuNWUuGxPyFcDtGEdcFuKESmCf2Q/O"
        "COjTr84ty7KAa5AOt2EipkPc7d/ztaJUjPk+6Dn3PBf7QAjbHWxch7jkvNIn2P1qLyFpW68t"
        "9MpMGH8CLNDU/dl2T/F6xvFz6bouPZmfszIrmLpQ77r7CjB59ZCxpAdCK/Y2Q8KIDydIHfOf"
        "+30JcmsPk+C6LdO2P9oz3VyLaT4vY4gbx8G+24h5QD50gee2E0kZnpcnMry/Quz9ufPlqHtO"
        "tjqVwY8Q8ITTGmmQl9Zvv7PUpE6VKXXKH/+/LDRav3m2mDSHkwz5hpuuYifqIqpnJsIt5P+2"
        "T+N9XcG65LU4z5fAu0tYF2FtQfEcbDuUnu2fPKO7cjzZ13d4XliTemozur3e5h01Z1GbuDgZ"
        "992rS4X+Wo+QFN/xXRGy5hUkSPRpttdc3EFe3bqT03Wbpq2rwrjqWlBH/t/COuSnFaSe79f6"
        "p1y8Spch3crp2e1HeSi38s171S4XW39StL4l4mEd3KVWdbkEliKc7X3EmDKC94HI5eLTXgH/"
        "bcWTvlubiy//RSh+80rhdNsLn/bfhpMYxiFomUtbtyl/cHeCyt/7FFG6rwms9wfnTIGM/j/U"
        "U+YTsYP8WiutXbdORcizC6R2Mt9uplTx6cgDy9kQJxThnWcKHOodTCI9aW1JHPGhBz5q6XVi"
        "C6JWEAv1DSbb+eFweZ1CMj8+L1MzjfSqhaQhss8vll3fkGkgo3NhHQPPB97QDrgH8XwRygnQ"
        "fqRx+QYRmPfLjxBem6dA7FwLXWPPsH/2c/cOq9hWuA2s8+d3XWggPtf2bFvNW622bZNmv/z9"
        "utBxhYRwtWXZwT73UcABfliiHLAFF07F6YwFvSUiCdhtE+Ln64uPAF9NIDdEm3CDJqU31F+i"
        "7rDASRsJKPsaT0yO4q1KJh743Q18I1g/h/wWCSnPU2p7P3y18tTdnYe8/WVhp9y7aQSy5ANC"
        "5rE17gMJXdRVFC0qWWmlAvCgVVvAwflXfrGZfa6bfq2bG65h3VLAycRJubkuJ9sXvbN+GHU3"
        "yGf9W8E7hCwXXrI4kewscfQI+QonriaHk20zpr3W+U9+0QK/4LcSHuqI7emcx5AfuDH6OEme"
        "Pb9dk1UUIkU24e8NKbda4ZE84EyCXt0T8tcIvXZPsEfgFTlYMvrGh0S9fuLFF74i6ZATKywu"
        "3dd9slJ3wF9wKL39wNt9yUPCc3zw8gTGsw48tXsTzVuRtLwoJ16oPtzTWMeAPNAhgxywTjqs"
        "dW3f4h/9YIhVXFUX1ug3BRtPkMLdwF5cvAM/YsBOioE/furje12RvNotIDuvKuBpuCNptIo7"
        "1ZiurdXRtqU19kLg/QOurVIb/Kvr1PxqWsBzYsCI2+ZK4l3Xjzjn4gjpkhdOG7AHyfvcz7d8"
        "gGDQ3/JJaJ5jKwy0Zv8lD2AJrkq/14WkXn18jwv7OR8Y256Z0hp9XmueP3/wn7jwuX8h8dUv"
        "eZr4UZcQr7LLjz4EBtu/4p+FH+P169Djl7rlYFx1MZdAKWCz7PQQzbIDAnyV9p/zqV5QNYD3"
        "P/PhBPycUiTUWfGzr4gsXOxYqC47wKd3vDS0sncx+Pmf94Vai9rpCvn7974Vaf/q9i1q2ICi"
        "g6HfLfGa/rrPSzbw+xJ5MM43HzIsb0Ms5/4E7hDxh3dctI9SB/wL28Jeu3p1lv6WP9krLfII"
        "mEtOpy77Mx5CgVMTcvIW9hcPKR+ADd4e4tT0l/z+yjNBD/d4hrz0FSCkzxY/+L194/cXjiBL"
        "+MbvL/mYiAUea7dIvqSet7ad2TwZ/n7fF3D3lo+Q/Bc/EhIN8rvqvX6caMBrE/EdbxJNujLt"
        "ez3nifBnPTBsVmt/1iOguVY+6tTXfuwHp7vWSd5+w5vzfUo1FQc9JwGu4FOrQ8b8vl+iQuzK"
        "+gZ5h2G7+gzcwMQFkX7kJ+5/j68QFuSZRMohyFLI63P0rsNsqkn9Yx9CjJfO1+/9z3yW2Vyv"
        "VqDvD8yY17tesLuXPl0eGPDbz/rIbWsJye99EvTQyvqPX0bCjO42+qZOxDU1Ft45dOpcNFdO"
        "K6cQmGdOKwGf0WmJuPXT3DbH7ep1VErIK6/E2sShhcT8uL0xfTnwx7c81eg4GeVBpjcVnEzV"
        "XweQqaKKyU67gD7IwHN/7EGYl77zfl/HWMDZW59cTDWju3HuzGguaIPtLrGiKh7xGFuvXGJf"
        "TNQlG/AB6+c9Ea0bSgX8HR9RsgD8CEr/CRyQTbw4ImAz4BTAEwf+eQ/ZmX4Q2uizbrmPBz78"
        "hS+AEidSou9rIgYQn9RBHzjYv+1wBvNrSHrPv5KMzEYm3S20MGIOS6xQGZ4HfV1vcrRgLqD/"
        "d7wwvLRG/k2pTi/MVwgHu3xtNiDn/cYyt/eOfQ32Yr39z5TeOLhU/Nu2su534OGrw8oVJkhn"
        "BrsA+89OzhBfdKYGfx7rZvNLU33tQ0OFFJPx+VnpVw/tzYf9Nx/+ng/rwIf9P/hLPoxbhUQH"
        "L2qSxafRTgia0aauIV6+n0MrOfTffiQI2UUd89I569G6aD8W7My4QnIO+cYQh9juvjQ4HxG6"
        "38m3hj+Roe7FgKj38e9xIbWQ5bVTuepzNeDg+RsHAY+RsT5kf9ePwO6dWvu9fiG6AJ+3f/xD"
        "RwrggPH7PR5B/jdZ/IyjF5CPP9k0OOYHNhb+LY/85ImiVhIr6StMkP6BbJEJZvOYu3RmeJgf"
        "0yFfgnXSgIQrmHzXCrmx31PvBzcT3uOOyddz7/WI+o8dmgKXeAW2xTiGvNM+oKkRMdoOb6Ry"
        "9E+Qm9bSfebVEtirXr10miXCO/6uCvky8DXs9bcfu0XovqrBP+H5+TdvFV2nsvOTaiG+XU2Y"
        "pS4bRM4X3Hn5xpGNVWcOdxeHE9Lv9Wmi/nOfuf7BP7wd8e/7ut0Mdbf6lsWP73iJntXX/Ara"
        "vp/TA1HRBzmPci8sm4iaReykvw1y/l/4+8Qf6nJNe/LRoROj2XmNvnm5IrxuB+Ydp/u6Nn7F"
        "i6SpNZVnGWP5WKjzw+QL50Ev4NwjrkGUtqz9e939XqPqr/cFcai/sKP/4d1cfVwh356cKQqM"
        "6xqs0D7aOJptw+H87kLAH3GMlIVFkbsPk0kkQywymvlhhmiwLa04ejmQ71ri/M5NgS8e890h"
        "RjKZvaZL+KvPgDd6OI9WkI956PucCDcRthVZlcl07Yu6d0fItbcue45+8nl2OA8a6mfjeZBQ"
        "p52uYEup0163gD+rmNGPmAUecDXjDnY1zWIkeMe1bwfbgt/JSDJC3GpCIprydDgHg7wstSIJ"
        "vyCfn3rAHz2qdMINWCOL1h6Qr0jOrEjNZwbB7SG/WgcW2QR4NEFZGblpHyPC5zdkbX0V5gsA"
        "7wXrpOJi7ytz6QrSDzG7wnag+50F+PF5TvlKF7DvQW4KJ6QJjANpTdMCv0dbSIL4Ub6WFY/r"
        "UuZIYmF/VYsoPl25sx8M5wJmZxFqt1REHuDIhJoR4z6wahtFm3PschvQRKLZfWYWXRwirQ6T"
        "dSKjjSnjguZMGuNrdcaYj+Rt5Ym+5SFJB7mQfYStI/hipBTzOID1Wx07nftgl+O8iNhqU9Od"
        "aspzJc5egl84TTqec2uVk+5dyOMtwU2RfUj6I8mQfsNKml+GuooXXErVpMyZXeeQMELcmA/+"
        "37VokSb6LVUSUdMdpa9CvBcWYlMeqCTuacRuPSTsqVQu1DyrXTTxTBgM5osXV1M/HJ7869jF"
        "os4lEWJlBtZOso0WcvpGcapOu+pRXiURTqqjOnP0plLSqX/+c1401sOr4FRfWvOG+UysJiel"
        "ac+cBfEO4uIN4a86rQTc0QM5aP61rvZi1e4VwoN89UjuIp25RBAfF+I1A3krPMOlqcGt21id"
        "d7H7eY5rXsBuL7vBXi2UCyB3pS+BsuvNcC0mHtpWAcRDPcFRkitJoCi9O80E/Tpca5vh+oNm"
        "w/NRBuxu2qXNIntpB61vcrO7b8i02exbujxF9+46u35Eh3s01gU3Tdm/wACasf50nNz7z/pE"
        "2lrjeWlTXmepetG2jSU6iYWidr03Z9uLkxLDmenSPjfyfdHIKbwvbkvAbPjLlqWLkuxXfdhA"
        "Y51+Kkfs+UY1OsbD73P3CcS38ncdTxMtwp0XCOJ61OUcVY3QSdDRnhn5urMyiDj1wPvsl7Fg"
        "EsU9Wp6gz+oajDUUUm2QE4I8afqcU1nw7jlly/bPepAof67Hh/XIN7Hyf61HRH2qb6iNBaEz"
        "gFdJvu3ozg6RX3VGCJltCaFe0ci01JCjuzaSbBv4/TvP1mMbO7pXDXkgg+yImd4E9iJHTCUL"
        "c12eIgJ5vSWOefvI47gbm+k+RoJv8wGrwrrRrNpEM3Uj7EBunbiwU12bY38dzPXNCq11QfiZ"
        "T9lMLEHTxjj8vY9XX+tRe7xYM0PGnpp3+4Zvi19yhmQT9g35ULt91w+N1c99BQLA8arajC6s"
        "T4k9/7U/YAC5C/aTxwId63++29vLa16D/vG2Mj+Gv2zlAD50n/oQL+vtDu0KN7DJTr0XxdWp"
        "dhounn0wU+PJpRPCg3pUh/M80iq/9JE05XC+RFSHMVqGHfjQzzrKzT5HmoWyP/YjTMlQj+mH"
        "OhPOEfHEqPUvwvQ2TyZAF+D9W3R9y6lxdLRDcvrodG3Uy9rSJuXRyRZUUngxHPXTcRxbgd6w"
        "dLEzHU0H3GXM45zlXTy13JsX5YkxxI1zfjudmTQ4uSkPeumeE/IRhwJKxrpEygu58LAA0F4T"
        "kunmHCtDH5YzKSEunyz/rU8NePDSEqkH+YJZQr7wkcvnD+bkHfYpxOO5+Hif432AfSwOpm2v"
        "r68/di4IxWjn56nMsx+3RfPb78Sk6mut9f7Yw60Nzmu6NGQmEXPpGdZKtwN5Bdx4zmaDHXIh"
        "h/+L/1afdZjf/kWSKTwP9snacU6f1ru+UupiTpKwGO+b8gtN4rGOx7cTeVJfZHp49jaznRuM"
        "Pp7b9cO5gRUjs5lfnpM/doGu0WAXcn7aPpP8r/6PRRvvAT8hHxAy+7XYJ5NYQ5oWlvwC4qmx"
        "B78UfR544UxesGQKsS300CBXSXrXB28nfYePfE4tC129M1ARI9zBBEExnAu1TAv5J5MM/m2n"
        "22aDXeIbaPoogE88Tq0p2mvL5sG/OVXfTBF10vsC+GlY0N373DXiO4vOElVqIE9Gf/WKLowO"
        "+Xo6b/7sGyV5qkK+kv3CVyGpSy7HUejzk4hOP6ZyW/h5q8XCb33nlS5JLcrp0QI+eSzQ3jTv"
        "rXR/8hcpavc+iqbw17yg3VRCg5+4pgR8aNY9jLw7op/5JGHTFFGWHn7O+ywF8vbdRBStMMfW"
        "09KH8S3QT0t2JZpQ5EF+uGgQz3wsX7eJn0xPBfCIbXqW3DSNh/4h71M/yxsyA47nZ3fWmdDZ"
        "kA+2yBrrp7pKf8shja5r0j6nS5bKPHO59d3AK+/56RrjqM2XCOv6/bRyQ6FFBfdciSuVfuK+"
        "KT9aMYdYJCm/zkmSM5UB1xMi6QrTAi9rpxr4NbWvxn3Xyqf0N/4ppL5megi4n9qvYDbw2TUT"
        "oaI9yyx/FQv2zIlLPVwniLkWX3HCAhwZ+nesa3f2w/Wz+NTrd33nhIHGfuLA8h1HlI+1D346"
        "nAs8n+AnjHZrv+TwXac6CXoE65g2lnHAYHxAo7Jde/yMD1/5RymbQx0M4kBt2IkvRbP0hnvg"
        "+8HjzfePvXawklpU24fyGdfqPc+k8qOnDch1LSt+A3471MEfTOscP3H9l10QweFbhd5uvh8d"
        "dn/nlyau8Hiyo/xtYy+B3xzZcgv+x90BP5hkXQ11ANDJFfJhec4yNJlvgScxL8pGwH9KihcB"
        "m/TxJoNxU+vxSidH3LAnGe21cD7gxOkkv8+flSm+j3V/SV3wBu3G+D1T33UtCXKlbqqjSVOg"
        "YDvZt7/qQBpmBr/8EMa6hqiuTgrqT3KmK/IsWkeOZDrzdn//2j+1T+YWa+3Y/7QqYiOZbbt5"
        "a1E7ovJNF9M7+aPnJPrCrZjtSwA4gvb0jz53gqKNfAZ5G2W47+jqDsLNfX7dYi9UIX8C+dpz"
        "/xCs7v2RDv259IXi9nDiXifGTecnPtQlbr6so4I/317di96ncU+An+8mx7hz9HLglVoy5Fko"
        "dvxLV973r7SJUXV3tUmztOB/8DI+NK7Js+5xIItG8Xp70AdwsHOEQnKlePpS7/12OEcSEHJc"
        "IfKo0X9wLg8Js/dQnXaq37zeTVpdIid+5ms7j16uUhDutHlRBc5qtzGK/urinbEb4v7GlPgC"
        "5/E6Qk0ZvQQT1ge4kQHVT1aQTUMcxlaWC12C+XkesvkifFbgeA/96LO1i3kPC2UidhA3khXk"
        "USqRleTo5/xWmrMrW9AVaRbxYsee2Wj4vdcfi+0yvz1vq6RfUYT0p21BMhPpj8/+qFI+l7dF"
        "etubamliB28jB/iE6Ccy8AleCPSDgLKXPePROmJe3Qp8u4zXWVsCjsQyRvodI6RdWsh32Bfk"
        "EaXyqOLTFW85SFYWV2QoAhK1C+8p+jyWkasriEivaRvjWcTMLh0hcXnJb9MEraoVc1vsg2vF"
        "58rWw0q/uSDbpUp/8BH4NeT3+zzfi89yZ99fprxH5qubgRzZs4wOW3k38BVO4nQebHm5lbtE"
        "gvsxotYJeLIhs0/Wz+G96/hejO6HOHLCS6feNZe+YrRt7NgJA/GjdEy8jC/rCbvLW18q+JBi"
        "Z+M5d2y+kkOglRbTpbqaIPMdd/hlXK0nq9hRP+3n4sR0g1BqZ7/4q6ldUxvyUERiSyWUWI47"
        "LSEu8MspW5vm9Lxwp0kMqame5+uQKXl2yj5Ma35e9J6gesXFEoKzqn72gw3rCub4N080pvQ+"
        "ITZu3v09yNydk69zj7vRh2DHQ33Xo3T+9TsS+QvzVT8zSrv7fl4H2Dmcxj6tX3UKrkKdFZJ+"
        "6AdjsxPcF1RiWcN6UjTy0e9xTZG+Dsex//y9/+2stxCln8+PfZo/fVd1TTalxdVWZxXtzcKt"
        "3Py7/u7v83Um0m+9JeMRP19sPmdvTLKKCZInXmpZYD8FYg6n7/4kqctPhUhx7OrSGLe2/O02"
        "fkfwWU95y2t9nHHffWugZ3U+9uHaGEGejL0g5PWPsY50h3necXK7Ne6v0xXG95yG3oAPupdJ"
        "hM4R404nEX5G92O+NLiqVV7+IhYa/sShj21YtdoLH2LBWMS6t1n4dzYGdJyZxfpIkTEzJ0nA"
        "YRYhNuLAoFwt9WIXl5Eq6xrgQKzeiEkzJmRBP+uhTqG3Z4o2w1kgzXkTZGFTpxOHvpfPfvOx"
        "v+rygXAz1/qvPslU1WFjyBVW9Q2fgA+c/3s/KSqasU7w3TeFJnyWQTzJEnjPQhZpozmSpT3w"
        "S63qgS8xojbGn03i89HQD3m8ocgYznlfKVsMfUI5gjyC785ztqm9vipeWLCxfTiufS/gmhns"
        "Q5ltsni9/qy//O0P/e7jAlwf7FKHBF56/erzbQY5iIMcpDoVNRLNXhwa5cA8st3Xfpv6Jp1a"
        "bIcB+6evzlG1oihp9O5PM1QF8GmtlGjowyff/Z3K134mMf6zn6KWIM+5QpxN+ufgR8KHer5p"
        "F73e6a1VWAHoNIjryzKWBj2tHz/9luVkjokr4cF/v+wsqcH+9LF/RKclwaMdWv/D+2h43/v9"
        "vpBUh3/zvk2krnqvLwU/eBl7iAxtkLz9ffDbLz0qmtlboj4tEXrhPUaj/4Jfffb7fY0jCPXP"
        "9yM4duxU9Yln2V6HBUJCfvXB7lqcl2TAp0i4WFLyZx2mYKP933khtuHP5/fgO52lLCDeydPw"
        "qjc/fYVIXDSFiIc+OIhHoB//agV7DmI/RmOf4Tnvn+sb0sy9QAbceY3108u+liOmv2Ax5tbe"
        "0Ad6Aje7XQa7+bwe6nZ+Hm1iYrzOnNvpYz8vc4rR2Fc1XsN+AyO/t8rYj0qAF99bn0bs6zb4"
        "4dh/BOMAzeAQ3gLwCUMfLx3s1n7pSgXj7fSxPjh+dzL0rXXZ0Ld2yvBKkaYRI3bAXworHOP7"
        "+sxm+B5slV7khzrtN04ZrUWQePYFKrx5/jqQDOEU/OCz+u5nWXRDH7X3YW3KIpsKB8dt5s6L"
        "HrSgSU/dGN8effbaa4/SYbJGU2F89PO+uIjaSEX52YP5XHy+sZDvEXQq6c93ESA/z0Lcr7xs"
        "mQMe6WL1Uk1IIBE3tVLrPnwHtp34BGSGLjMdedc3vi9FXXYs8koLCwM/AjmD3Ia68cYM1ono"
        "54EpjXXhBZHB72Q2H/YPfAb4mVN5tvBTx6r4mbNjJRMJluZe3AIZa0/xBpzE4praw3co6jH/"
        "2d/1vrYUT9Po0CeDfup7l3vroRibFCPttTs0P/0mpgP2Zn2Oq77rSjnyfvqel6pJUuTn9GWJ"
        "/2uf96cex/OI1PqRH8cHLMRXwvZ7/yfeL9zjC0huEr9SvkT6NJwiQUejXEjAjvXxlkK+GAFn"
        "G/tAvvt38wXEX8jjOoR8BQ3y/ewz/Pn+SBevqwKJNqQyYz/+p9/6b7+TxDWOCjwHfPljX5Jw"
        "mkL+B35sak306MSN8M6ft7OfvmwX8vtin0G+piQecEqevnkCMt99VAnzHI6ovZ++bYhjXmOP"
        "fcJj/b2ulY/S6lMMuI4cDhwMS6f838QLSj+/i9DUiHMgBugwsPPKnARHjLJADKWiF1zTyV5y"
        "yuTPeizIES6iToBqm5k09G15CBVTyhzW89g5OCMvvPz4j3K3nZcw9C1ff+Jri8i9bRCKuORt"
        "N1vhD6+Lig/HKdRNUwC+jd/LIPe4LbY672iWtpdh3YchbwRB5Cse+GppvYSyQD9+17/9ZyFt"
        "U6fdprZ1oa9yp6XJKOcsnb+/17DK6opzqqnO53m04HghvfP+ra5ibsA2rdzl+zPEteE8De6/"
        "4wxTj9dD/x5qArYdzg9eQ7wldXo1qnUrpoP9JmjyZW9CPh/7HhQXA3x2hxWs4T//85/PL1R/"
        "f8z6+eXq//v/wMiFJg=="
    ),
    "esp32p4rev1": (
        "eNp9e2mTskyT7n95vjIRqOD2RsyHKqhiE5Bd/HJCUdlUoFFZTpz/fhK62+6eeWfuiDs6EKgl"
        "lyuvzEr+7z/Huv4/ddqf//nXcjZfzv7j84fH4ePxz7+mHD/l5wtuxf/HP6fD4/DPv/5Bwz/J"
        "sh4tpygSv/wQxb1aYszJx4kXPD4CSepct22xj+J4mT1sVd+uzDSbPg56PZM3ta7mt7XrTPg9"
        "z8dVLG+19cuKZJKOI2OCiYNQLAtWqGGrJiLSDRTzWGyEzweaxqaxp4qJRYQW7XBcbOkuzQ+P"
        "U/BYXYoZh2LVXJqvSHqJXD/V6oNst4akazG+esf1TE3R4cBytvJsA5ZlX49TlDqKnUtPN9pn"
        "6yw35mVKlAe5pqq9nFkbAzWUHnbpoWqXx3Jno9f0qns20vC8ksNu+3LnzNHgHTnA/UVMGs5f"
        "myCK3KOLs1ky2vbFGrlwnJ01V6gMK7svWF6eRWGUhvvpQxSzK+u51atyyn4934TkuVzfhdVr"
        "uZQuZV0w6TlZFF6zXFtUDmNinkRvdg72M+bIXzTlsvcPdUusVLs4O7YrxbIzvaq/xTnbi4H/"
        "uOZ1o2ccN1myrL0LHepyi+LIiLfNlvesRsoKmyhuoTIeG01XWbV+rjc7rZTd5PnYOoSq/3xq"
        "/rdFzLnJdAqGcr4/PrrPn6ZrfsZP/uOfx7mFh/6xbInDrL81usvMbY5SzkcywrrcLk/ZnInQ"
        "tQNNmmdUiBNcCGaMG8HGbMA9msvU5c07bm6npqX3mj/e0QYLpLlwaGaUbYNc3IboqWvdtTNR"
        "2QhCrPiywrszrGjIssmt+YjI2luJ5cRCSm1rDYL5mwgJQqUajTt1Z3q0bgQXw23SBASpUYyQ"
        "eI9NxCgLhSDFvNsI5lEstC2tDAkWrnOU2tiUaYOy4mkhlN8cmxCwPTTuM54cd4JWyR/ng4tj"
        "pIeN6yNEaVwI1F7o0rpJOfzyt+P+OlPCTWzv56Zsx7fFld/K18ZxkzxU79Ez2S8PO7Q67YSQ"
        "yvhsUhvkQJqjjDem3Dba7NovdokXZgqKiNJYMtZ0Mm2scR1Kl3ECnXGxd0lec11CqM3owyNG"
        "cwS56ncc34x+Tm+v8lBbBUcfw++wPliPWPKhonSxJCCf5o23Q4KZP+LU3n8cdoyuq/bCJPPG"
        "AXlvpSR2Sq6+sUUTyoJyY41Rb4bUNgkm1lG6R0qG4wjke0GirdNhHYkZDXq0husaTbPsGSGQ"
        "K7a9QY6gjw9khO3RR4M+myMnmDPu2nzaiWVeYK3ENpodyG+jq3WpdVgntpXbh+MZ9L022/ho"
        "KuVNdfYmsdFNtOc5CfmaQ+FW9tE1y92IGhN4v9Uptvh5pQy/52kSmEejIaI6yUm8iIiwv20N"
        "sJfYNF5rtrP3i2oneudh/WSV49Q2VGLlt86x/ATWvVNgiXNeRMrT8PGlwPYp4PIgYq4HnWAL"
        "5CVG93W+cu3Ljt2UoYth7HC+owgbdH1hBnnK2BIodmdGPj1RJM5UIfYWV9vGj3DlTr0IvcKn"
        "hpfV7k70dRbd2NGO2kGuTVagCNFGB1CGcdfdaAdo4ckI/AHZVOvESAV/SHvhqGmF80yEhVQV"
        "nqhaOXLrUOrLCI32r4i80gkl0jSPNDkSVRAz6EnaW+i/7xvUalkobNEVtYM+Zzs0ygGjaaKD"
        "m3xfC2hqeWR1vGRStmPB3xpx/zUfEWGenSVGAQd+O/ijjuswbdWv+7rojP7K61fwRw5f/C28"
        "T9/+qiFH6cBfBZXUOcbIjjIID3dE9ADGS1txwAFGVD0LjXYD60wsJLXl+/3t//C+i2wi9emH"
        "tKmdr30gtFyoVM+D7+t4tVURDsgOgY3uGyyuG0OmliDajYeU+HTKeENWLZCT66EmvuyzmUJ3"
        "4UyIN4M9MGLLn+8wD7WXOrcCZ8N8LtdlBPPqhLeEDGsARe2uRcJS+vaDxgTJa5R+XwNUdhYa"
        "9IEhbG6IWitSm1bko3C+7FJA9Gu+chKRkNtOEeAU8vxszoONh0z/AH2QleejjYqU3PnCNTyP"
        "/A/FaF8z8DdPfajahCxNr26D7rqUwtq+NbcPhB+HCuxJzdcfYIuUIK/CTuh/kKbdlHNdX6EV"
        "dW3db+HmvtSps4hu1/2X/BVkaFHQU36CauY+R8iDgO9md/5jlXmnjMkj2gQRtiV9x1jWLfl+"
        "T0eJcSbYPqqWcnUcH6n7VX5NHVijlT87p1P1PAeA9377pxCvFSrr/FlGliHjRszI/LJMrEt2"
        "213Y3RHmQb5at2cVbbac0UjqvPEI35YeOwlY0u7ATg7+O27h5DEFHLNQ274Al5S64eh2v8U1"
        "f+vyD8Wt905LjwLEHXIHfDcaES9bwAN1FXnKbDM7n0V7ZeEy0kXNszAOKk667LeP9gPiJaD7"
        "rLhiuyXl+Tk+93GOIg+s91meMnLxpEe7m7l95INe3cQKzuBHtHjLRzxKVOAou9/m/Em+nzIx"
        "oELYNkOcFO8It15iRdFUmMWouxJEZlzdOKUlGUAbBLoXDhCvfbWcf/uJOCfRzMUTcVU08gSB"
        "3Ye5C3aiqnWep06pajiQhPj7vdakXSV9yR2hF8xXljDft98KYno7Mhp2Fv43bhXrHBPvQ0HT"
        "/IoQ4HjdgByX0gvsgHUiikhQJdpCVYoA2z/4sdaKE5a+4gt55kJRRD2G+Jw3x0a8mQ7ES7EF"
        "HkAazxIl01/HEL/NHExt11mSSia5LThHVR3Xr2wpbiSKFzNzclyNeDQ9nuaRs/H8uhj12wTF"
        "bZJ/WG49P3R0KeHH3um1wd/yLnX1TWsBb0DOJedfC3aSkHDWXpFFJdIUiKi6tkLrTEK5YJ1D"
        "bIezuOZOU2T5VQ76dZTbNmSMHfJoNSneOAMILCc74jrXaU+6Y+Sut9ZWbxxt0FdqYS0Z7foC"
        "/jPYNc5kGtHRrsMLI0eHPomuSOd3xPqWPxEfJJq42EN6fUWpr6oeut47JwAfz0vBWaobe5AH"
        "olJROunN1dXUE06vJejVQzCe/eZvDVCE6VnilPJIH8soGOJc0hwu8eQioz3wnHJl2Nlix/oe"
        "xTODWcei4nwMdruy7dKkyQFlWRy+45fFMCB/ffMA912z0ZY/rgDXPqTc84vBLt58QFt+4Z7A"
        "qWDn8eoslzwnjrgPfG9TfOM2jllHo4BrnQW49o6TbAf7A79tDgnSdKm2cIGUK8X14jtuxdXx"
        "B6ezyBznQQtfBr9AX3Y8f+OwdnjHBeY7fknCc5UjGoZDHCZpL0beIB/cOBeZRF84AfG3mG2r"
        "In+mdi+TxiL3OSVhM1GxYsgtkh6LuTHpLsy+JwlSi6OZ7N/zJ87ZjyztsNeb2x7+7nY6znCT"
        "C4BW2J72CvBSgmxTomD3Yg0GzR9LsBMJx0J6jT3Ag15Cpu4sLksN7AvJxML24X4H/RF0lEXw"
        "8876Ffff8mNyN2khbnAXTuQ9VWmWOQJeyFyY9MpN9jDuDtEWJdYpakzdvbKHt1zn6f30b3jU"
        "F15F8n3eypsi6JJgewO+/46vK/DzHIHeyIC3sM50QWLPG+L5Fx4IBVz/4IMieErhpTbEtdjz"
        "h/gujvFd3xbxFJwC9A84HTTxN958KF5tY3tRqR9FmcXniHjeecSBcL68I5TQ3AvedtUC5j5a"
        "yG86U8HzBbUDlaCVpw74+I0rSl45Tvwjt4I9i6WSw3o8Tnrtt+rbz4W44a9UK/LbW7+6KABf"
        "M2zn8BPvdcnFrMsqTazdE3qvCgvwproAX49Fc9vM2Q8t+dn/xTrdvvlp3M916qHWXrlj3IC8"
        "QqftgWRoC4lQB4tqXAsbDpjOJ487yVPua3+Q6Xb9mrHQTnfonp3slA7Io3PYb8u8P59zlLMX"
        "woK9FQ2giqPbGPL4RtALFZFMjAf8LbQ7T4F3nN11ZqGLH1Lhtr1PGwW3/ExRmoWHJHMLQYSj"
        "F7o1eOBrDR3iyTUHPpnY5te6hHhVUNoeZ5mwKsC+ImozEvdLD1wy5EF8KJOPkXdnGTrfwL7s"
        "fTdtqzLKVLAftChkLOg33SbZJiGW0nWYCHqV2yjTBLCvTrWJo8ehLZ85ZnOaP17V7Lzc3b1z"
        "lQZb1u5mI88L57W8QQYZeJ8veIhYXiYMKWR7s9EmqkDObxxPgAekVeSmYY40yF96ujGTswl4"
        "gMywhUS4msohAzJafq67is+3vAlisAK6PjguBpLIt9sFW1E5bO4TXNJ7X54BnyKyuKxbKTOp"
        "Y0lf84kodqOPYRytet68ATcs4I2syLLMGcXSDfKd551v+ylz3ZiQrwBuRzjk0h2OqQT2mf7g"
        "jIA+/erSsCwLuAbpcLOLxWSIu917vkaU8jHfBz1nnudiHwhhs4eN6xCXnD55gd2vDhKSttXa"
        "Qn1qwvgTYIGm7s+2B4rXM46fS7d14cn8nJVZwdSFat8+VoDJq6eMJT0QGrGzGbIL+d0EqWP+"
        "83gsQW7NcRLctkXSdCd7pptrMcnmRQRx4zTYdxMyT8iHrvDcdiIpw/PyRIb3V4h9vPa+HLav"
        "yVanMvgRAp5wXiMN8tLq7XeWGleJMqVO8eP/14VGqzfPFuP6eJYh33CTVeSEbUj11ES4gfzf"
        "9ml0qEpYl7wW59kSeHcB6yKsLSieg22H0ov9k2e0N44nh+oBzwtrUk1tRrfX26yl5ixsYhfH"
        "4747danQX+sR4vw7vitCWvdBjESfpgfNxS3k1Y07Od+2SdK4KoyrrgV15P8NrEN+WUHi+X6l"
        "f8rFK3UZ0q2MXtxulIdyL968V20zsfEneeNbIh7WwV0rVZcLYCnCxT6EjCkjeB+IXCa+7BXw"
        "30Y86/u1ufjyX4SiN68UzveD8Gn/zW4SwTgELTNp69bFD+5OUPF7nyJKDhWB9f7gnCmQ0f+H"
        "esp8IraQX2uFtW/XiQh5do7UVuabzZQqPh15YDEb4oQivPNMgUOdg0mox40tiSM+dMBHLb2K"
        "bUHUcmKhrsZkOz8er/15R+an13VqJqFeNpA0hPalZ9n1HZkGMloX1jHwfOANzYB7EM8XOzkG"
        "2o80LtsgAvN++RHCa/MciK1roVvkGfbPfh7ecRXZCreBdf78rgs1xOfKnm3LeaNVtm3S9Je/"
        "3xY6LpGwW21ZdrDPQxhwgB+WKAdszu2m4nTGgt5ikQTstt7hV//FR4CvxpAbos1ugyaFN9Rf"
        "wva4wHETCij9Gk+MT+K9jCce+N0dfCNYv4b8FgkJz1Nqez98tfTU/YOHvL23sFMc3CQEWfIB"
        "IfPIGveBhDZsS4oWpaw0Ug540KgN4OD8K7/YzD7XTb/WzQ3XsG4p4GTiJNxcl+NtTx+svwvb"
        "O+Sz/j3nHUKWCy9enEl6kTh6gnyFE1eT49m2GdNe6/wnv2iAX/BbCQ91xOZ8ySLID9wIfZwl"
        "z57fb/Eq3CFFNuHvHSn3SuGRPOBMjPr2BflriPr9C+wReEUGloy+8SFWb5948YWvSDpmxNrl"
        "1/brPlmpe+AveCe9/cDbf8lDwnN89LIYxrOOPLU7E80bkTS8KMfeTn2657GOAXmgQwY5YJ20"
        "WGubrsE/+sEQq7iyyq3Rb3I2miCFu4O9uHgPfsSAneQDf/zUx/e6Qnm1X0B2XpbA03BLknAV"
        "taoxXVurk21La+ztgPcPuLZKbPCvtlWzm2kBz4kAI+6bG4n2bTfinItDpEveblqDPUje536+"
        "5QMEg/6WT0yzDFu7QKsPX/IAluCq9HtdSOrU5/e4sJ/LkbHtmSmt0ee15vnzJ/+JC5/7F2Jf"
        "/ZKniZ9VAfEqvf7oQ2Cw/Sv+Wfg5XvfHDvfqloNx1cVcAqWAzbLTYzhLjwjwVTp8zqd6QVkD"
        "3v/Mh2Pwc0qRUKX5z75CsnCxY6GqaAGf3vHS0IrOxeDnf94XKi1spivkH977VqRD3x4aVLMB"
        "RUdDf1jiLfl1n5ds4PcF8mCcbz5kWN6GWM7jBdwh5I/vuGifpBb4F7aFg3bzqjT5LX9yUBrk"
        "ETCXjE5d9mc8hAKnIuTsLewvHlI8ARu8A8Sp6S/5/ZVnjJ7u6QJ5aR8gpM8WP/i9feP3F44g"
        "S/jG7y/5mIgFHms3SL4mnre2ndk8Hv5+3xdw+5aPEP8XPxJiDfK78r1+HGvAa2PxHW9iTbox"
        "zXs9l4nwZz0wbFppf9YjoLlWPKvE137sByf7xonffsOb80NCNRUHHScBruBzo0PG/L5foFxs"
        "i+oOeYdhu/oM3MDEOZF+5Ccefo+vEBbkGYfKMUgTyOsz9K7DbMpJ9WMfQoSXztfv3c98llnf"
        "blagH47MmNe7XrB/FD5dHhnw28/6yH1rCfHvfRL01Irqj1+GwozuN/qmisU1NRbeZedUmWiu"
        "nEZOIDDPnEYCPqPTAnHrl7mtT9tVf1IKyCtvxNpEOwuJ2Wl7Z7pi4I9vearhaTLKg0zvKjiZ"
        "qvdHkKmiivFeu4I+yMBzf+xBmBe+835fx1jA6VufXEQ1o73P3JlRX9EG221shWU04jG2+kxi"
        "eyZs4w34gPXznojWNaUC/o6PKF4AfgSF/wIOyMZeFBKwGXAK4IkD/3zs2Jl+FJrws255iAY+"
        "/IUvgBJnUqDvayIGEJ/UQR84OLztcAbza0h6z7+SjNRGJt0vtF3IHJdYoTI8D/q63eVwwVxB"
        "/+94YXhJhfy7Up57zJcIB/tsbdYg58PGMrePlu0He7He/mdKbxxcKv59W1qPB/Dw1XHlChOk"
        "M4NdgP2nZ2eILzpTgT+PdbP5tS6/9qGhXIrI+Pys8Mun9ubD/psPf8+HdeDD/h/8JR/GvUSi"
        "gxcVSaPzaCcEzWhdVRAv38+hlbzz334kCOlVHfPSOevRKm8+FuzMuEFyDvnGEIfY9rE0OB8R"
        "etjL95o/k6HuxYCoD9HvcSG1kOW1U7rqazXg4OUbBwGPkbE+pn/Xj8DunUr7vX4hvAKft3/8"
        "Q0cK4IDx+z0eQf43WfyMo+eQj7/YJDhlRzYS/i2P/OSJolYQK+5KTJD+gWyRCWbziLu25u44"
        "PyVDvgTrpAHZrWDyfSNkxuFAvR/cjHmPO8Vfz73XI+o/dmgKXOzl2BajCPJO+4imRshoe7yR"
        "itE/QW5aQw+pV0lgr3rZ6zSNhXf8XeXydeBr2OvuP3aL0GNVgX/C8/Nv3iq6TmlnZ9VCfLOa"
        "MEtdNoicLbjL8o0jG6tKHe4hDiek3+vTRP3nPnP7g394O+Lf93WzGepu1T2Nnt/xEr3Kr/kV"
        "tH0/pweiog9yHuWeWzYRNYvYcXcf5Py/8PeJP9Tl6ubso2MrhrPLGn3zckXo70fmHae7qjJ+"
        "xYu4rjSVZxlj+Vyo8+PkC+dBL+DcI65BlLasw3vd3UGj6q/3BXGov7Cj/+H9XH3eIN+eXCgK"
        "jNsarNA+2TicbXfD+d2VgD/iCCkLiyL3sIsnoQyxyKjnxxmiwbaworB3IN+1xPmDmwJfPGX7"
        "Y4RkMuunS/irz4A3ejgLV5CPeej7nAjXIbYVWZXJdO2LuvdAyLW3LnsJf/J5djgPGupn43mQ"
        "UCWtrmBLqZJOt4A/q5jRT5gFHnAzoxZ2NU0jJHintW8H25zfy0gydrjRhFg05elwDgZ5WWKF"
        "Eu4hn596wB89qrTCHVgji9YekK9QTq1QzWYGwc0xu1lHFtkEeDRBaRG6SRchwmd3ZG19FeYL"
        "AO8F66zi/OArc+kG0t9hdoXtQPdbC/Dj85yyTxaw70FuCickMYwDaU3dAL9HW0iC+FG+lhWN"
        "61LmSGJhf2WDKD7fuIsfDOcCZmsRajdURB7gyISaIeM+sWobeZNx7HIb0Fii6WNm5m20Q1q1"
        "i9exjDamjHOaMUmEb+UFYz6Ut6Un+paHJB3kQg4htk7gi6GSz6MA1m+17HTug12O8yJiq3VF"
        "96opz5Uo7QU/d+pkPOfWSic5uJDHW4KbIPsYdyeSIv2OlSS7DnUVL7gWqkmZC7vOIGGEuDEf"
        "/L9t0CKJ9XuixKKmO0pX7vBBWIh1caSSeKAhu/WQcKBSsVCztHLRxDNhMJgvWtxM/Xh88f2p"
        "jUSdi0PEygysnaQbbcfpG8UpW+2mh1kZhzguT+rM0etSSab+5c950VgPL4NzdW3MO+ZTsZyc"
        "lbq5cBbEO4iLd4S/6rQScEcP5KD5t6o8iGVzUAgP8tVDuQ115hpCfFyItxTkrfAMlyQGt24i"
        "dd5G7uc5rnkFu73uB3u1UCaA3JWuAMqu18O1GHtoWwYQD/UYh3GmxIGidO40FfTbcK1thusP"
        "mg7Phymwu2mb1Iu0145aV2dm+9iQab05NHR5Dh/tbXb7CI+PcKwLbuqi68EA6rH+dJo8us/6"
        "RNJY43lpXdxmiXrVtrUlOrGFwmZ9MGfbq5MQw5np0iEzskNeywm8L24LwGz4yxaFi+L0V33Y"
        "QGOdfiqH7OVONTrGw+9z9wnEt+J3HU8TLcJdFgjiethmHFWNnROjkz0zsnVrpRBxqoH32b2x"
        "YGLFPVmeoM+qCox1JyTaICcEedL0Naey4D0yyhbNn/UgUf5cjw/rke9i6f9aj4i6RN9QGwtC"
        "awCvknzb0Z09Ir/qjBAymwJCvaKRaaEhR3dtJNk28Pt3nq1HNnZ0rxzyQAbZITO9C+xVDplS"
        "Fua6PEUE8npLHPP2kcdxdzbVfYwE3+YDVoV1o1m5CWfqRtiD3FpxYSe6Nsf+OpjrmxVa64Lw"
        "M5+ymViCpo1x+HsffVfpYXO6WjNDxp6atYeab/JfcoZkE/YN+VCzfdcPjdXPfQUCwOmm2owu"
        "rM+xPf+1P2AAmQv2k0UCHet/vtvZy1tWgf7xtjQ/hr9s6QA+tJ/6EK/r7R7tczewyV595PnN"
        "Kfcazl9dMFOjybUVdkf1pA7neaRRfukjrovhfImoDmM0DDvwoZ91FJtDhjQLpX/sR5iSoR7T"
        "DXUmnCHiiWHjX4XpfR5PgC7A+/fw9pZT7ehoj+Tk2eraqJe1pU2Kk5MuqKTw4m7UT8txbAl6"
        "w9LVTnU0HXCXMU9zlnfx1HLvXpjFxhA3Ltn9fGGS4OwmPOilfU3IR7QTUDzWJRJeyISnBYDW"
        "T0iqm3OsDH1YzqSAuHy2/Lc+NeDBS0ukHuQLZgH5wkcmXz6Ys3c8JBCP5+LzfY73AfaxOJq2"
        "vb71f+xcEPLRzi9TmWc/7ov6t9+JcdlVWuP9sYd7E1zWdGnITCxm0mtXKe0e5BVw4zmbDXbI"
        "7Tj8X/y3/KzD/PYvEk/hebBP1o4y+rLe9ZVCFzMS7/Lxvin3aBKNdTy+mciT6irT46uzme3c"
        "YPTx3K4bzg2sCJn1/Pqa/LELdAsHu5Cz8/YVZ3/1f8qb6AD4CfmAkNr94hBPIg1p2q7gFxBP"
        "jQP4pejzwAtn8oIlU4htOw8NcpWkd33wftb3+MRn1LLQzbsAFTF2e5ggyIdzoYZpIP9k4sG/"
        "7WRbb7BLfANNnznwiee5MUV7bdk8+Den6pspok7yWAA/3eV0/z53DfnWorNYlWrIk9FfvaIr"
        "o0O+nszrP/tGcZaokK+kv/BViKuCy3C48/lJSKcfU7nJ/azRIuG3vrNSl6QGZfRkAZ885ehg"
        "mo9Gerz4qxQ2Bx+FU/hrXtF+KqHBT1xTAj40a59G1p7Qz3ySsKnzME2OP+d9lgJ5+34iitYu"
        "w9bL0ofxLdBPQ/YFmlDkQX64qBHPfCz7+8SPp+cceMQ2uUhukkRD/5D3qZ/lHZkBx/OzB+tM"
        "6GzIBxtkjfVTXaW/5ZCEtzVpXtMlS2Weud67duCVj+x8i3DYZEuEdf1xXrk7oUE591qJK5V+"
        "4r4pPxsxg1gkKb/OSeILlQHXYyLpCtMAL2umGvg1tW/GY9/I5+Q3/imkuqX6DnA/sftgNvDZ"
        "NROivLnILH8Tc/bCiUt9t44Rc8u/4oQFODL071i39uLv1q/8U6/f9Z0zBhr7iQPLdxxRPtY+"
        "+OlwLvB6gZ8w2r35ksN3neos6CGsY1pbxhGD8QGNSvfN6TM+fOUfhWwOdTCIA5Vhx74UzpI7"
        "7oDvB8833z912tGKK1FtnspnXKsOPJPIz47WINe1rPg1+O1QB38yjXP6xPVfdkEEh28Uer/7"
        "fnjc/51fmrjC88WO8reNgwR+c2KLLfgf9wD8YOJ1OdQBQCc3yIflOcvQeL4FnsT0lA2B/xQU"
        "LwI27qJNCuMm1rNPJidcs2cZHbTdfMCJ81l+nz8rU/wY6/6SuuAN2o7xe6a+61oS5ErtVEeT"
        "OkfBdnJoftWBNMwMfvkhjHUNUV2dFdSd5VRX5Fm4Dh3JdObN4fG1f2qfzS3WmrH/aZVHRjzb"
        "tvPGonZI5bsuJg/yR89x+IVbEdsVAHAEHegffe4FRRv5DPI2ynDf0dU9hJvH/LbF3k6F/Ank"
        "a8/9Y7B6dCc69OfSHkXN8cz1Z8ZN5md+p0vcfFmFOX+5921PH9OoI8DP95NT1Dp6MfBKLR7y"
        "LBQ5/rUtHoc+qSNUPlxtUi8t+B/0xofG1VnaPo9kUSteZw/6AA52CdGO3Cie9uqj2w7nSAJC"
        "jiuEHjW6j5nLQ8LsPVWnmep3r3PjRpfImZ/52t6j15sU7PbaPC8DZ7XfGHl3c/He2A9xf2NK"
        "fI6zaB2iugh7wYT1AW6kQPXjFWTTEIexlWZCG2N+nu3YbLF7leB4T/3ks5WLeQ8LRSy2EDfi"
        "FeRRKpGV+ORn/Faasytb0BVpFvJiy17YcPi905+L7TK7v+6ruFtRhPSXbUEyE+rPz/6oQr4U"
        "90VyP5hqYWIHb0MH+IToxzLwCV4I9KOA0t6e8WgdMn27At8uonXaFIAjkYyR/sAIadcG8h22"
        "hzyiUJ5ldL7hLQfJyuKGDEVAonblPUWfRzJydQURqZ82EZ6FzOzaEhIV1+w+jdGqXDH3xSG4"
        "lXymbD2sdJsrsl2qdEcfgV9Dfn/IsoP4Kvb2ozflAzL7dgZyZC8yOm7l/cBXOInTebDl5VZu"
        "YwnuR4haZ+DJhsy+WD+D927jexF6HKPQ2V1b9aG5tI/QtrYjZxeIH4Vj4mV0XefsPmt8Ked3"
        "FDsbz3lgs4+PgVZYTJvoaozMd9zhl1G5zleRo37az9WJ6AahxE5/8VdTuyU25KGIRJZKKLEc"
        "d1pAXOCXU7Yyzell4U7jCFJTPcvWO6bg2Sn7NK35ZdF5gurlV0sILqr62Q82rCuY49880ZjS"
        "x4TYuH739yBzf4m/zj0eRrcDOx7qux6l86/fkchfma/6mVHY7ffzOsDO8Tz2af2qU3Alaq0d"
        "6YZ+MDY9w31BJZY1rCdBIx/9HtcUaX88jf3n7/1vZ52FKP18fuzT/Om7qiqyKSyuslorb+4W"
        "buT63/V3f5+vM6F+7ywZj/jZs9mcvTPxKiJInniJZYH95Ig5nr/7k6Q2O+cixZGrS2Pc2vL3"
        "+/gdwWc95S2v9WnGffetgZ7V+diHa2MEeTL2gh2vL8c60gPmecfJ7dZ49OcbjO85Nb0DH3Sv"
        "kxBdQsadTkL8Ch+nbGlwZaP0/iISav7MoY/trmy0Hh8jwVhEurdZ+A82AnScmfn6RJExMydx"
        "wGEWITbkwKBcLfEiFxehKusa4ECk3olJU2bHgn7WQ51Cby4UbYazQJrxJsjCpk4rDn0vn/3m"
        "Y3/V9QPheq51X32SiarDxpArrKo7PgMfuPz3flKU12Od4LtvCk34NIV4ksbwnoUs0oRzJEsH"
        "4Jda2QFfYkRzjD+b2OfDoR/ydEehMZzz9gmbD31CGYI8gm8vc7auvK7MeyzY2D6e1r4XcPUM"
        "9qHMNmm0Xn/WX/72h373cQGuD3apQwIv9b/6fOtBDuIgB6lKRI2Es55DoxyYZ7r/2m9d3aVz"
        "g+1dwP7pq3NULc8LGr770wxVAXxaKwUa+vDJd3+n8rWfSYT/7CevJMhzbhBn4/41+JHwoV7u"
        "2lWv9npj5VYAOg2i6rqMpEFP6+dPv2UxmWPiSnjw3y87iyuwP33sH9FpQfBoh9b/8D4a3vd+"
        "vy/E5fHfvG8TqS3f60vAD3rjAJGhCeK3vw9++6VHRTM7S9SnBUI9PmA0+i/41We/39c4glD9"
        "fD+CI8dOVJ94lu21WCBkx6+W7L7BWUEGfAqFqyXFf9ZhCjY6/J0XYhv+fP4AvtNaygLinTzd"
        "3fT6p68QiYs6F/HQBwfxCPTj36zgwEHsx2jsM7xk/Wt9R5p5EMiAO/1YP70eKjlkuisWI27l"
        "DX2gZ3Cz+3Wwm8/roW7nZ+EmIkZ/mbmtPvbzMucIjX1V4zXsNzCyR6OM/agEePGj8WnI9vfB"
        "D8f+IxgHaAaH8BaATxj6eOlgt3avKyWMt9fH+uD43cnQt9amQ9/aOcUrRZqGjNgCf8mt3Rjf"
        "1xc2xY9gq3QiP9Rpv3HKaCyCxIsvUOHN89eBZAjn4Aef1Xc/y6Id+qi9D2tT5OlUODpuPXd6"
        "etSCOjm3Y3x7dml/0J6Fw6S1psL46Od9cRE2oYqyiwfzufhyZyHfI+hc0J/vIkB+noW4X3nZ"
        "MgM80sWyV01IIBE3tRLrMXwHtp34BGSGrjMdebc3vi9FXXYs0ie5hYEfgZxBbkPdeGMG61j0"
        "s8CUxrrwgsjgdzKbDfsHPgP8zCk9W/ipY5X8zNmzkokES3Ovbo6Mtad4A05icU3t4TsU9ZT9"
        "7O/2WFuKp2l06JNBP/W966PxUIRNipHW74/1T7+J6YC9WZ/jqu+6Uoa8n77npWqSBPkZ7S3x"
        "f+3z/tTjeB6RWD/y4/iAhfhK2O7g/8T7hXvqgeTGUZ/wBdKnuykSdDTKhQTsWB9vKOSLIXC2"
        "sQ/ku383W0D8hTyuRchX0CDfzz7Dn++PdPG2ypFoQyoz9uN/+q3/9jtJXOMwx3PAlz/2JQnn"
        "KeR/4MemVofPVtwI7/x5O/vpy3Yhv88PKeRrSuwBp+Tpmycg891HFTOv4Yja++nbhjjm1fbY"
        "JzzW36tK+SisLsGA68jhwMGwdM7+Tbyg9PO7CE0NOQdigA4DO33qxDhklAViKBW94JZMDpJT"
        "xH/WY0GOcBV1AlTbTKWhb8tDKJ9S5rieR87RGXnh9cd/lIft9MLQt3z7ia8NIo+mRijk4rfd"
        "bIU/vC7MPxwnVzd1Dvg2fi+D3NM23+q8o1naQYZ1H4e8EQSRrXjgq4XVC0WOfvyue/vPQtom"
        "TrNNbOtK+2KvJfEo5zSZv7/XsIryhjOqqc7nebTgeDv64P17VUbcgG1asc8OF4hrw3ka3H/H"
        "GaYar4f+PVQHbDOcH/RDvCVVcjPKdSMmg/3GaPJlb0I2H/seFBcDfLbHFazhP//zn88vVH9/"
        "zPr55er/+/+db4eW"
    ),
    "esp32s2": (
        "eNqFfF2Tqjq37n9Zt+4q6JZucVfti3wBQaMERMWbU4oaEBW7tQU8df77GQGdc653vXvvWcXE"
        "EEhGRsbHM0aS/r9/ba7X/3PNH7u//nPw3n/7/I/uwW39ffvrP9/MQf/D+njXj7fr2/qv//wL"
        "6X+ulLe6z7lrDb4pXfkXjPvexowXt++F6zazWV3jOVJqcLiFvgjsaX54u63F9d0bX4VfnIaz"
        "yLRWlqW+lBeMhneZeixvW8YMswgh5RGZjLC8MorEBCkL04ogXFWho2KfZpKRGi2xKgNHwlde"
        "Xqxv28XN3pfvfaT86WB6T9077T/eRte1F9YTV4wUPsab4bufo/Xa6If8p14YhnG/bdM84mHh"
        "/szS1WF4KCYfl5zxGzvmfjh4l+MJqhxnvczXX/Vgc1mG6P52FHGIRvjjy0ua4D776G0mVuQt"
        "8GNPs6o/H06BFUXsfO6ml94ouBuTgmzed6MZ+ZrIw/nTsLz3NEnzZPV2o/RwNOLZ1/0rujyG"
        "H+OE/QyGZ2LfBwN3f7mWvXyXfZZxNRhKx0sUm25p/L5brN57G2s/4vvVfH2tmcxH+2hpNBd6"
        "aabx1+OkCuNBF/PbsbhW4tDvmwPDCJdJ5Mz6n+WmR0/jwIpl5R7KkPFZ6fdiI32zD1/Dn+F4"
        "Obp4s+znFkTM8f/qZv5Pifh8s4eW9R9/7c6376Z7NDQ/Pm3zP/667epbKyR0GPSrtXGw2RX5"
        "aDtKiMRjbCM/Q5VnGzZMGvE+jAdcVcVqxRASSCFWkKjhfXGP8fButKJmwMvGyGy/t5iJyZJh"
        "Y9/W8TQcY4761X9bHynMrkzRPZR8hIyZbWh5EfuBMUXTtDLHM+nwgrnewHhL3ym+HZOTlIuD"
        "yGWFXCSRYLkPEtmvEBTge44C06CjtBvPpAjN/d1oImbRXYHJzMO9u3FDp82BNKZA+4MBHyKK"
        "+IVGajK6PvIZ0CXCa9MQr0SzYvIOAl+FaGJzE9rvCd3+UfPvY6H1QWh6I2APYkfNNKnr85a/"
        "oDEFBj7ZUbVHJJGiwaA53AujUuBFWa2WTEmBisRCqIp4IRHfDQwJlyg44rcQgU4hrnyfE2ye"
        "Cc8+7/aXr+fB4QQRk8YONgfjWLCDdzIeKFeHUYaisiipCCmSn6IoqNiNjenBJ8Cv2toPSYlY"
        "JUoYMcLts75hX5C9ORpvu0hSLzUaRe+Y52aBI56RK5aVEwNt8fZgRCjerJifM1kVmjZZ+L7m"
        "HXovHIpHLlM4QoVavO1jd7i38xDk421vI5FuDKkE+qZSYAaf0JHq012EienUiiPxRbeTmpPs"
        "+jD4F92gdNnOS3Y9GxLK4ce4okCTnvP6bsP8jDFr55zEmt8W0/NBtExd1N40Bi95FkVW7c/G"
        "e+iFPcO4AMG1dauffP1o+ernPOjKJtLlVc6/Q/jdyjvlE+CzEFQ/Fxex6xsyt8LpobKQiR6V"
        "9zAZk3gykHEG49MC8dnKNl3w+83FWsiB/+LmI0pnHc/No4va1lUNMpawXasDstUB/X5gGftg"
        "nhl3W/kzPJJ2wmG+KcLXBydxxZ0Qw+ybCRmpEVA9n2HpM0fGNFTzNU7AsOeC7Wbv3gPeF1XX"
        "LvDnswF5RFoWM2Nv+0JWdCp5XgqEgTdt17/5Cu83ngGyQH59P8gJKshVgaJ+cxD00bO9Hb3I"
        "HdgJ+5i9z70Jupl0JsUQpHHamzE/ld5bZ0+K6fvt0ZSC5uXkxyUVykEQ+kXmqXGO8KCjAerq"
        "lm/Q57lQ97bu81ediT87u7N5THbpQ2Z143pJvMtwj4KeRqCnehI0vZXS+trS29qDUXR/jl+P"
        "2RdpkaH9dytn1X5vcLimqMK9oG1foLwA+7Bp6wn1OP/Fmz/bt8Wl8tFlZP8hb9/Q1l23pXVe"
        "25s/2jv82/YMzomkwI6C2AraY1dPoRPz+IkhcWL4RecUsxJJz2r5iV73rP5lQxG23Ltl/G5P"
        "zw8OjcD20yV3YKQLiubV/DJB4QblUjrgp3k1Yg6RkjdShmDLGDwHOQviaurN4TfIrAR7KxOo"
        "T1/zdEOyoQj0oR2P9+I9Zlp+v/7gB+geeGjwK0OTIOBL1dr3M9iSiXdVDoCHirw9pDDZDFG8"
        "9G4g03GOblg+9ePFJ0+OjMMw+YL5vGn9HoEpKwjXZeCXfF8xQdNT9pl4H6k81SPJPtiM2jI1"
        "QT3fEhSjG4tHCs28xjAxY/MyR3uvpecw5YIptJVaxiL6w/FdZEqhUcTwoJOHnEsffxjDqAzs"
        "rwkFfXR2szdVzdzGR6Jm/eIn3fS3u/33YCU8R4X7AGx4xr7qbSVGiOF+yzd6lTDeGtpuJRw9"
        "vL5Sm4fY7YfW5tOosKbz2tK23be0OadxD2wiI2OPl9s8/OSepf2q6PS0InvL2KLvXlBXwB9D"
        "6fIbOveCtxz4g8E4v/jVHDv5pz5PQSerooa5uaCIC/S2aQjJBdiVeH7mnKsqPdBxuRSJRFOV"
        "ZkoLWjXjkwGS4FveBgL3pag/98MJld61lUPewGQYjBdgqrNYC8UR8MPBMM0J2nVjGY0ea56f"
        "rmi3fJXP4ruyxtPHQ0Cfg5GwDixPo4PoFzmv3/d29h7YuN/hhQwMiXWgRTT1qw+gcab95GhU"
        "bXjuX8m/tacYfatWPipOporMfmMP8Yf+3XjnL8zJKTQzjlsZ2pmEbDy/nBWYBmNtt5bXw5KP"
        "VUXHsnriHxo99uh8jsSQkssVfNVdY6VUCek+JlVI8bkwQFHUDL5n/SOKLSSrYCQFv0Zm0Iy8"
        "pNjluKf1Z6b1p5tPk//pvx4G4JYVW8A8OSbwmLp3vIkoYv1zVA21D0X7jr/9gINSToVoTJqp"
        "GD1Gb3wMvraJ0UGBxwB+EPDXQMsR8Q/BRaqyX/gmQD7Ij6Eb8nhMpKf1C1e/9csD33qsBzIc"
        "xepUS+izWXtbdDdprVormnJKTSmq8DEVVuiBnjXgI8HmTAYpQSIJA1n7aF6ECDCO/iJCTsLm"
        "a5A9ZTY5v0zgPn+MPYr8qJQ4L4MhYAp4cULRVlCnErseSs0pBB2fM5Mz5O7iRXh91B9BU2cc"
        "9Gnk4gpPUI4M8Om3yinCtWT4vZ0rnLCFwk7W6VMGNDe3/siw6U/lrKY9uwaD6buki3N+t4G8"
        "oJVvvMqNYmMadUJ61gZkvszxPTD+nV7aWv8qBfrYgwn0UbzvG1oGQf5yHNb20CkbLSdgO4is"
        "U8CEciMGK238CS/iVOyXxsiJRYg8s7Pxqn7KtPXyD5xmGJAxEgXDwPc3QE9v8Bu+Z5QyAfb5"
        "WL/k4g/73PoHkysiJ4T/tgcmFWCbgb4GVWhhVoAJOj250V9+RuvXU1Za96Mgfhiauj0wn6/2"
        "Uk1f2/64efof7WcQ+A4GNFUHjf+HnQ/JINDIkSJpnGtZUeAfgpbe3/fx3+6/xwH/WnntgasA"
        "/8vBv/sRf+IRP0m9T2N4DMFGWeOgqMnSu8gtyCItrob0NfbYiAOqttQXHngsRMqrLDhEtNW4"
        "H17zUVidZJVsDDOhrTg8/ZxzH/fqTKGl7IkZ2E3PWTWG95haU1Oefav0mDkNpI0/Wt7hhVCy"
        "9KaX/WfO8w0wrJ+SqxepFOQXynNCcbVZuUADvRwTlaCoqPMQq4147LafkzLnpwpPSQXYYTcj"
        "D+iPpID2vPjl9/+JfTr7ceEFkcTrGTXYEMekgQzBphc1yL0/eUhvLOPX/P62gx5hwL9WvmL9"
        "fRsPVqyJwH+bMKWoAHk6P+MlkK/qKReAj6H8igdbm/Lb/nb0GA94Ebf+KW7LoCEg/KO2P8Dr"
        "rf0dRy74czMDe92WRQP0UKntjz+SRAZkA/Vp3tlzOZWsYcpbFVuT7Mfcv758f4QOjKwbPBuB"
        "hicGwjX5JP36426fi1oI2ZhTtOtwyMEFm5r7AWIJhCrarlvg4zu8xm2TtOWOTxeIeR66bHX1"
        "FgP/ALY0n1VozB/e3Gh2D3yAPovkAvXgD6CfbdfPgwG+sJNCC8V7194QlTWBuMfJIEzUsQ20"
        "kzV7wz/3TsHn2v7g0ota/lKVcYifmshupEIl2n0LXth4H/gaX6hNhi/Bu4eMh79HC6gTlWzp"
        "qmu7ytEPI8f9Z2j4s8YMNjJQMQ7tYVUlrZ8q+NJ9TNGaoLxSzlIYbOFDDDerIb5JHjOx8QwO"
        "F0wCIO5XrCxyKhG+Pef7mubZu++Vat/i0DbeaO1f02BjNmztjQD7p2nS8SZg0fbeM9p7q8s7"
        "DPjFROplTxh76bfdyseJgxMgbXstvmzxjgEeC1GDQqjW4p2efn/Y+ns5skCe2nillRehy3/I"
        "N+NXwMeN96pv9eWPMvdNkLfGeZVbeXTzM5SlxvtsVPxNXjNdnhAoU4AzPjrzEuyRlu+ufq3j"
        "jzG5/629cXPX/jVDr/K/yH9bT5lur2i/b+uvupxy+YoX2vcHI/W379v+/6D3XX/vk/M/9QsV"
        "Gh8u9PcsL3T7F/lsHxTjb/bgj/Yfur7jJ0zqUz8djTe79iJdbvFmhz9b/4D0+137T3+h8bv1"
        "9bfxU6H5YWp6cMv/P/jxu/92Plv+du+34yUR9I7b+KDtn+aavquC979HsZ5P8qK37Z+SH3i/"
        "lZe2Paz9FZXan9x1/R/9/eYHLjU/x3q+/VHGvXEEzYWVw89s6mchgsuG6wbX3s8A+eU8WDtt"
        "jmcC6NpZD+mCR2gPv6Mxwa4fJnM/C1w/m57hMnxcIWfQ6r3Ds4D4mYicL8O6T6XOk1yXMcVj"
        "ksz8KJmJyrxMcj67NHx2twcQ3xRgJfzS5kptuTE5uAwCmmJuGEtHXUNS9oQSfFhwcfoa5USh"
        "/ulmb3gJcYcFsUx9zcOPcR5+S0LH/lJcv12k8CIEfS2ngHHfBm7vbmfx3RboURCsrBb/1vvH"
        "enx60m/BJZ2ks1vOyLB4No0KOpPmkJao5MjpfBdzmPEOdQfF0pwNJjWfgy0cjcF3zp7xJVXO"
        "tH1XrDcI+AniagOeVEN313hVxQI5q8YNwtErXgfMi+IuXoe2fsDXIXyysAm8OOB3d11x4JXI"
        "q7s6O2rkrsFV2fluj8pki/ZpE7+vDFSuQxSsA35aBahYKRSs9vSUgB6CWLngS8rkB/GVjfLV"
        "HhXrPRKrvu58dbFJ+G0iGEFfKHU6VGO3RtS9VjBluo9iAz7hEfkfNsF3C+EzIoiMlBnp/jdT"
        "3f+orvK2vijREHy9pt//hnZzhbJMav/ZtPVZiqFOtr+/S1yfmI4J1rpcFwmGb2Mot33VP1K/"
        "O9O/s2MClw6YqWrLX4Wuy/Tv8BCT8AjzDra9FLjNT7GmzJDsbH72PTPa/IsAPpsmHuUM45bv"
        "VOPkakvMAMkOo82zx3e16/emiJVjumtAbTLwYZhfrQTtHz39jo4Rw6wCvzch1VwpngDeDAa/"
        "28OAZvab9t358XE2c7aotoPeUjoTOhtPXaJzt15bv8r4VmwPPV4IMkLe8qri/Ns+6dxwyT/r"
        "CGJSDnU0VCnaTyCuVGZm7q2vBwVlSPs9DHqFeN3w9N4TX4YHMSVFu65tXG4Mv0hA1hHh6RL0"
        "h6MzRFdITRaoAkx1bWJ4hs+OfuYvNFwCHw3xlXJ3exvua3fbCnFFdawqwI/agPLRlvZeOArw"
        "9dS4an1f5X2RYHiXARZF9elhoPS749eXX0NkEKL00JZfd3w6GDqXWrnr90nVxaV1x8ctUhqv"
        "VLi6D1q8QVOToLTrV6zHvYfb+mPBLB0X6vwzqFAYrDi0A6rrzvdGeLpbMOdJA/5+wSsdwwJu"
        "2YNcbGZtOxD8cARxbAWaN/ABa0cQa6bpg+dqO5NV88gU/t639KQQgW6bg/jwZupW0QBNo77b"
        "ZTyhb4pN6o1dHWjxZNZblUml7R3EsilAnPzM5IuvIgHWtvyaQF8o4a3yF/pdoevWbR3XuP3F"
        "cwqaOHLH9y6HoXlybHmEF156XVjXMk8gxi9aOhHYCPjd1bs+2DoIEyj/Qry6wnwknfzOfx49"
        "iBa1ApxC5bsnxYY0AplM9t38PO+B9CfwPEDJ8lk2bxRsFOKP9wRQNcTnasUc6P8A9jx0vXaM"
        "xPUq1LW3vHfzf2Jv7gO+Rc5HOz5yHRqS63K/K/vZ5DCeAPC6go01O3ni2QR0b9IkjkPgt3Tq"
        "9jnTz6khGDVYQBuh62ZA46IbW5yzvlPGKCaxQotz+0zmzIyG5iZk0J5uF9qYsvRNKZAV33cH"
        "eyuF3xO/TnjL7/HI/dxb3XiRs237xWhYkoK6w7fTZneFWNDp5kqYBGQx8w3LYjM/1/IfSCmu"
        "ypm39S0uFzg2Bp2dr6qoIlNagczgo0TmdWMD/lf9kEoziMQ4Adstn/yLO/153SkWKkgCtzHA"
        "d5E1+PeVh2bmRMtEGHTzn8wk2D797fjFDxPslDStYIKu1ZDT99nBEYJVjyb7HvS0z5p2tOFp"
        "p2t5efY0NsfT4CVTcqjzNd1cjQ6fiL11Y18/DJ3f0DpM1u/gZ+puvBUW/0pPNPglC5xyxYEu"
        "FHXy4XxxnxGmUNTNV5WzNxvqQ6VtrI4TvC0VYIshVhK72dBkpmrtUNTZuXnBXbGj7fO2nbDr"
        "6/1uyIfAi++gasBOw5yxbs4o2CxZxVwJmONKzThEmNghNYaxY4GdjnbAJbEeO2YdX1LUjPEC"
        "MdmNHdkQfYG8ss7+8TU2WvkPO/9TV012fvT8MnHwvcuXdvLE3F8y/9Rn/ItXqwj6g35Xtn34"
        "dsTmPJRgN6eHSokaE6hTwxA1yWxZpTYSTgz/y8oRwC/QcVw/hE4oI+7ESq+t9adx9n1/64vs"
        "WE0aCngDg57W8P0VDwzt+jH0V2v8BWFvNdN+uD5+94DExJiZDlcS+C9VmEyqEWM5gH0VjvU6"
        "Rok/gv5LNuD7BFv3rgx8xta+bdsdVTgqx2g9j8o3CfbZbfzT9Y6jfq3pWC0MmcIY8JzNXGHE"
        "pjOWQ3he4be2LbyQKoE582IjfeJJ6jrdewybbR/A7zG6obB8oNQYtvIFcgMyb/sPewR8eZ88"
        "qlkg310sW/4BvZtqItD5jrZu61f2OK2c3cN5YKdynIcRwRzT8g2lXtterTpbXQPeueKKujnH"
        "965vfG95QPV8AR9jiMWhD2dnoOtGGm/6/ct8dJjrdcoNP60bWzTbQMYtj65PfgH9IFfaJ9Hh"
        "L58ar3UCSedsRXZwtKy2/i2QCWBZ7NLgU0zUuvUdaL0ZPjGjM7+OMFrP2vIB67UxOUQ54DSR"
        "ECNv7UUP0c5enNv+6RD8bCuD524sGr/cAd2rGwcPgYXrdqKr8wEBWnV9OV/jHlotO3rxHOzK"
        "d4DcOGxpOHBW6/XHALAuo3OWNg3F/WosMOqH7HxT3hYfNA1DiAOOWh5B7kucdfIIc3TUMqnj"
        "goVSVBoW9QJ7jnygSXgSZM9x+xBst3MvtCzy0w3w8HsANqbzH5+tvPyhX7tOViF40DmRCm/v"
        "T9kBvAi6hMYE4dToP3Vw067ZpfuXfsQ1C8y83tvna61xJfBTOde2D77qtpVoHwR8BX/T8UeN"
        "ey0WnXC86trVuUOBFh3PwCq547btZTVI6fkmffkR6bKse0Y9offyiOaD9t254rHY7+2ZtLTP"
        "2XRj8x4GNado3vX3eTeW9+ruebZuY4PGNl6K7xTPu3ErK6c2P4BcY5QBf8K2jdf9RXvc6Y8H"
        "dGv5nHUyXr8ZVa5zqkxFLoCS3CxA5zP6LlWlYxyvbUNsbho86/xSuH/JEdAXB50ODWz8kMYy"
        "4Mz9uNtYdnQBBP/b3fX1Ngqwl9oH1yUddviSdfMJc9lvMQOzOntgakxra0x74MJih90WE5X7"
        "deyB3IKeeO42eMNXoxKUcAbfx5w11GQylFcpwe7f6BvEroh9/bIvxJyAfuJRR192C6oUVZvc"
        "UOzY0fC8s9XRmI2UYa8yY+4qA7V5b5SdZqBvjld8MVXljmvmjmPlDrNzh54yNrERiV/rOU3E"
        "9Bq2qGsR7IMKgTdEs5GDHhTzpKCC/ZG3HsvH39Zbc51P4g3oP6013zNd1vljRKQWyDbf5LT7"
        "NxL1e/0j7AWGX8pT3eYZAU+/38Bvdhh2Z1NasKkV2mSMxHSAPgYcD6QfXQAmzlfocz7zII43"
        "nWlec5R7pdHDPU7Ka5JrjOpsAK2GY7ntXyt2Qw0oPDX5KM8J0rlq68KiU9Iv7qLuGz0tG2wR"
        "OR8sKWq9vmG1sRgu0cxbGabW0ZUPdr8LPTwV6nUWnqh6I/1FbZSZGRhfRlNeI8mzh2HX5t3+"
        "GrsQG6YDA3zl1zjQv/vGGigbE0Vm8kNOIoinFRHVwRsZj9IeyYltFonTJgG/WAhfhKP8YdFI"
        "Eb+G+PJ61zm/f5sfbPkd6PwdLk46X7fvG0K3ATyYHvyRLBSbIhFVexz29kMk7Hb/jMB094Yr"
        "773LIZiEUHbD+Dmv4+gE80XK0NVYZCQBlGs5cd8SXyyw+nAKts59cqG28n0E8QSWsTsT4Wt/"
        "wu81lo4+nmt5EFoeit/ykeStj1nlscK5zHy46rwMmcArfGLzY7RY+F/JsXCTfWBQvH3+Hhvr"
        "k/+BT15tvF/yhVxldjD8Sg4F4C5D78/x0cO7A1+hjnfrG0gHpki7Eq73WCGmlHHotfS08uvq"
        "/BWSmn/ML3X+Tcur+n6VMVmjotOXW5sPjX7+Wd99f/GvRLrN5r+rT9r8WNue+f0qO3o/Rdf+"
        "8V/q2/5a+nCs85Vt/SjS7V9Pr7If/fyt/T/aS359/6/0/VHf9tfJz6qld4yvws/YD1wIrp5J"
        "zBMD+WECHY61Xi+gCl14fMJR6E3w8tGsvgSpvypsKgutTibJvk00PJuH1cEkIcRAw8KcrjJ4"
        "nhcw4ybBJ5BYZaNVYZK6ZMjczIzsq0TUN/pnyd1Aecuglqc9/B5LLyrng3X/dsT2FzXCn3YR"
        "8XSWI3elmM4LbVGxxihJDihENZ+iH47csltT4VMPPR4+4NG6BLHnYMeVW7R1gUme5bwtT0xi"
        "E2T6JSdZFmObhPgGv8NMgLraoRcEkoM/PnX5+isYyC2DqJQ7q4mEWCrLRJdvy4AGACG/+g+S"
        "BvDOtYuPLIiJu30QM6Cd6zWUpFvD1XumeGEBWuC7Vc5Jnafa5xpCWSl8VwmYmey1ppL7U8D5"
        "n4Yxnnpg/79nJcRPxpbqhC8DhIKv+eRj3Odf5Ab2YDvKrc+ggLq4q/MBNIOt2ULdW1unalPn"
        "StyGg23c4tXdzvtAn3r4ZBL7u5PpFIbp/8wOPgnIKFsezECCb4Fv8eY5nsfhKuKHHwAaNYZt"
        "39OeN4V4LSp/0KLLJ9aXUv9PQr3oQU2s+ZF0/MxpBqFEkz6QSkwUdmtIy25vwBZlz3LXVx3d"
        "7SqYoT5Q4NaSRkuVCFFsxkYD/B6vCUNN+/68ex/wWgi4G6ERYZaapTAfSYbirHYf/MunRaZ9"
        "t35/9hyLp5Ix8HiHW+zQrdXNzz54Zsud5+NBXULg9KQ/DH7RL8yOfolkPdN1ssvtNaX0Pu07"
        "rYaontlHq10PC7rvNjyHgJ75O/TQ8vEBfpF1/pZdc360GMzTLhp5/avOj0gdF354V8XdYwU8"
        "z8zmcQBbrffDKd0WBKUVYICj5VCHu6fAfsoju/xdHjc6Pm7X4fxuHQ2m8Xso4DsBejk9WLms"
        "+42nYuCFPAd2kV8yK51QkDc9n+Gj40nJ921f7hjAhw3xsUVEZtFRzD5lPjp5efkznTt+Ep1C"
        "sO4QNzDQN9atx5E8bEw2hLJ86d9Kgb7dJHrLdd4OYu6AW2Kb5s5O6zTzu/0D17vus3ccRGH4"
        "ruMC4TfrIYnGk0FV9amn1M6fEpiPT7/ZWUhtHETM6W7NsNHGz9gqI72+nGKjy0+d7jIdiFsV"
        "4GOq88PJ9MEFttIt2VwbrBjq5R8NymqezC77+UBOskKvw96IBDpGUCczcywavsOLhA72cAdr"
        "4A9sgm9jg98szBXfOmcexldrq/eFlXNriCP0oxw/I8orujxTns2vPBgxh8cQp2r90frVN7oc"
        "m1KWSMsVMh6d3PW7WL2U6Q0HUH6/P/OVp4SAPVwiP8kpSe/8oXGbhd+6vNyNQsyDtkGbl9DP"
        "zY4nC5RP3IHO7bmbxqXdN4+ujsAcCaaagyTTGc4Phpbp77vxaWcPMhxoe1mhW2lLfjWKw4jn"
        "3/fr1yym0ZYnrb2iM1VLsGPT3Dzf0NjdSb0u4Q67fNaDgC3RWOcMOEdMAE+Dv3dxm88xHbDB"
        "jriObUF9U28nQXSXTQ+yAuC84fe0+aAvvXHvXV4uz0a5zJcqFapMPKP/aLKTavXVIpZC6/Mz"
        "FzzttfKXwzwg99TlQjsZzI5X5E3GS3FjlgBZQesuv2MeLW4XFsq+g56dWXxY2NNOpt30lWPL"
        "VPqUc3fVtTkOjBsN5Qx0b4LUluwe4A98BEHhFvA6xW9bdDYnoYo1FnNuBXfkddyTzIHxhvBs"
        "l0U3sxtr6y+6HJwJwdLoZuYap+n9ceNckbeB1p8x4EXDJbLNkWVshXIGOjsCoA4YGuYIgNBU"
        "qnEJ9w/UINWuEQ26ubgboMOe/zBm/At54I9Qy7Nlt4bgFCNAaUW3v1ZZkTHhDegZyBQCNOJU"
        "Hf+TcReLah1jePPMB9OseVenfjNWsVA9rc/OpctXUYNFEOvj+3Y0H0SzbBzRbPQ+Swdt/Ju0"
        "8g9gM2c/xgGuvB3LZ3BQFOxZKAhXU8fqF4UFWAD8Iqoi56ti2m8uCAOjzKowhXj5sHsbVxXL"
        "VNnqPAd7urwPRKJt/Lyb3zegKgRR2U+4qB7QlqivoZLoMK1O7OpwHhciBHuwn3K3twddydms"
        "Au6aOQutnMlewKJq3q7FY27Oz/n6PhkYg/Tnkr3PKZdi/zCmkus1+w928AbGo8j1fqHpjAv0"
        "OJLpHDCr167fb/X6/ILxqFrj0Tb1M2cIF2AyZw+XdySxi+P5IHUWDt/MAS/HVz+JT2wWFhLN"
        "UKZ2AvdvyBli94tQNF8XH9wHmzUvCpW4VtY/7vF6dSwfMZsh/5aQ+lCg+MqTAwBgLJ0GS4JW"
        "mVOtcgy/OdrWjto2GOom43kCCG4JPHQLngAPIitbHm9zi5UqX9Bxgs6AG33Ts7bfhgLsCHRF"
        "hnwf4rXJqc53STIkX6Z/lquqZuzkYXEaE+/aH+GN8PGcjfFccNPLFAjICK8ElJlHvHIEz/EP"
        "x6BjV6eoUr6TpRNXCyt3Ib5D+2BdzQ9EziOi93NXmYFLWhI0wYSX7uUIRk6jk/WqpKL0YJTO"
        "t4hVhXqnBDkxVquSbbYfl1PUGwzJ+2apzqBZHK7FZQnjjH5ubytWfq2+jpsVuhT5AuYNH9fF"
        "4MphfuD6gWsPF2DoBGKpJaG94O2q55P/Ws9v9we0+6tW8dakUzb2E4iBTSJCzrq9aFLvRWPd"
        "XjS9D23kVFUQLbWeV4BB1ZSxRspYiSDOpZTwO1EjL64/jaHefwzPUuEQU3zGzE9nzRTtuvXH"
        "UO+tp97RqKpY55+ee3LKGQRH8+ku+lQNa20X8rJu7dmcyKspR6gePwhOZORT5MAVYTmMULmd"
        "w+8cLvP6CD+CjHgeT7ZZ+Mn+2F/moQzGz76kj+a8+tt+gi23/jwv8/Hcj/3xPDfzZlQ1fe29"
        "e+0hdy4Qzu27fa/hXQPE3/GmhzAKaoKf+9N9kSZ6B4wQB5SjFCwdxOAaZ7/2XwndNgERQ4AA"
        "/XBh3c2/72f9+3me4Su+BT/1e/8erpCkPfPyK5/irVh3RmaLria1vvCwBpsj9J71X33F50Dv"
        "apB/0EYLQuxq04/1OiLCdnf+wR0GwwUNzOceU69Ef9DXjneg4/XneGO97vmkk3qfcNdjppyQ"
        "+fx73CP0te+Q/KIX6PT5tgjNaUkrykNOA1QJEWo79+IThzqTjFH9GFftnvutCn/tTQNgLalR"
        "6dh6oc8zMKLjZ/TM96jP2Lshff7JKGpDjhHMXqm3axs2JmyGGbxeTLbHkE+kCiS8EekcxR6u"
        "5MUDxUs+pBXE9Xa3zhVIwLXSu7XlKcqVepij/AGc9SAEdMBsI+UzpniDeDrzIL7LsnfHK+Ve"
        "1e0cSPFbPhm5PvnXnjP4x77mUfQ/1xNy+x/rafM/1zv/S73/v7QPwRKKUaLPn1EUDyF6Gbb7"
        "FQFL6H3av86kyIr8eT4GpteQe8PYB0E7JxijBziOnOvzOgQM0N0w2v1Z/5B/Le+2RPB9u19K"
        "11PP1vvgKWrn9wLz+wm4y2zPNp3A5vw6r/GSP9yel0NaXkCGjYPdndfR+9cqfX5tOEGHsqHI"
        "90RzCYfGcHlDc7jb/UloZcO7DTgyC+EOUQXqT+QwHO5twY47E5ueaTx2JoLxPseqXvp5f52n"
        "QEWdaflG3uDXGb2q1Rf4vW8G8rdNAf2G723GYbw+mJbgTelyqcuuLje6faAfyo3ml4h+7Ter"
        "dX//azm/6PMq391+ZNmsvVWxO+Hekn1weQKdmW1xarq7kOUQWeJBN/8WXz56bGrh8wQirr3d"
        "VMZQiYrhzy6uzEDBhrT/6KHd5qnDFnayyqHYl1wxNcipDDDT5wLgW/uZ+wSsDvHj+xFEg0Pc"
        "nBNS4izXsTMD2Lf6cpRoiMdUuplHY0K83fyTeBOjKe8Q1OG3Lt71Avva+mPgqwfxikBb2p1T"
        "EG6aqiqShGOgR42EJ0XGsmrf0dB0uYDsrmlXHu/mQ2EKwBnGVokcZT8GhALIY12d+2E8RgpB"
        "9Iykh7s87WOK0q4/c0ONWrUJc8CxlXzXa2bBc99peqF6vwUiEwT2MdTnBl27Kqtol/ZlXv/z"
        "TAFCwagEea2otmtT6QzRu0mXcgJIvs71fuznGaVf5zXb9/V5CFS5FIsPtASddUx3JpMhVqf6"
        "dR6JjFkOhqvrp82/kvSretlnR+/BgVi1m59YPWUW7fOBeskp5fr93ajdj/kF8sWf38v27EV0"
        "BITFnGjBXueyfp3PoiTDkcusOC3wXtY36ug9QX/fPw703ajIs1feGf7ZX53/QM3Ou1T7U032"
        "3srcmcSQwQQDTMlUgfry4f2Ax3snSOCzGczkYIXmputxIUR5xK/2c+atB7dvwxQPvU9pSALo"
        "b3IIm6lXVvscxugg3W+jx+fl32AP2/7bMvC3mpzDz9T7uMpzDfQM9dm5gYz02QdBGGgNAqn2"
        "ZqhJIdb52VkoMnk94PghR368Ajp2Rjfe5x0w6pbGZrCTzo3ihlKQ1+7snHZLWQhyOuqn+rzD"
        "utervHM3HweImQfc2h7CT+FZV5ABqe1z0NKrc/ATlDUULKQv5PNs8C/sAjDhOd8zyVPVjNR7"
        "u0/88S92Uwth257Ard01Gf+iXnseJ/jneZyWP37z/ZKn/0Y+YFDlL3kA+er/8rMOx8PW3hC9"
        "9wEB9my+93YfHZgYE1RKWdGKQFxTMAk49dd5FIq0rJt0I2tNdyUbiL+Ud3niu+dd6xgTKHud"
        "wdLfLSboNFJeYzrFFzgGtNJH5MPFcV6lKJTzRtv6K8ShMFVrVs1TrPHweHVK3P4cgPK+FdZI"
        "66j2PUKfq+3OLwHCZWCpCQpBOEOi416NpAVgBcALDYxPtdh6AlbI03vckKuoay18/nZZJBCb"
        "L1yIWFlnAyG+GIfOMZcFT6UCdX+k7oJMSvaevr3JdizpUFZs8oi5zLmLINgHXBRGC5+grKpC"
        "gYnMqid+HGOLjzUujbgLtsz154jc5tnHsg9xm4sRXifv0AbEbtxdyzRLkNvfNnOFvePukjPF"
        "hL/A88p7vB+vsRO9j/R+08ZR6Ht1xnPTXx8x3y1sff74yDBzmYI4j6gr30FbuMhiNHpbrLd9"
        "H8Kj2wn6Bfy/aPMvi9Mk12tVwwyfCo8vEP7xuLeT6pig+JhK920ONEAMVCTa7r6PZfLCVYKs"
        "OfVQNb/Lk1xHeDk9XKyk+nHAvKMU5jT1EEu8VHF3IRWM6eruUTZIxOmUqNUF5U6GV1gAfudf"
        "K/dt8ZnzL2t32p5u6cq2uv6abm41v7Ftqz6Yc4ifn/690qeEAcO0549Jd/5Wy8S0WxcSuEz8"
        "9jzwEq4S4kuJ+2yJ59yDMrudUidWqRI0AneyrZxqHrVnvVeEfLnhYzNr+2rzHGDqK7DcGPAM"
        "nWaCFTMNgXV/2k+AwfLZtsg+Z96HXJlkIydDzE3HBCUGfnGUqvAdQluxz36f4Ufov/7q/srA"
        "n3+QQP/1gU/r//1/BRXcfQ=="
    ),
    "esp32s3": (
        "eNqFfGuTqryX73d53jpV0K3d4lTNi9yAoFECouKbU4oaEBW7teVy6nz3swK6LzP/mdlVbAyB"
        "ZGVlXX5rJen/+8/2dvs/t6zZ//Pvw/f+2+e/dQ/um+/7P//+Zg7Nd/Pdssx/+2e3uW/++fd/"
        "kP7nSHmv+pw7g+E3pWvvinHf3ZrR8v69dJx6Pq8qvEBKDY/3wBO+NcuOb/eNuL27k5vw8vNo"
        "HpqD9WCgvpTrj0cPmbgsa1vGDLMQIeUSGY+xvDGKxBSpAaYlQbgsA1tFHk0lIxVaYVX4toSv"
        "3Czf3HfLu3Uo3vtIebPh7JE4D9pv3sa3jRtUU0eMFT5F29G7l6HNxugH/KdaGobxuO+SLORB"
        "7vzMk/VxdMynH9eM8Ts7ZV4wfJeTKSpte7PKNl/VcHtdBejxdhJRgMb448uNa/8x/+htp4PQ"
        "XeLmQNOyvxjNgBV5ZH/uZ9fe2H8Y05xs3/fjOfmayuPl0xi470mcZPH67U7p8WRE86/HV3ht"
        "Rh+TmP0MRxdiPYZD53C9Fb1sn34WUTkcSduNFZvtaPS+X67fe9vBYcwP68XmVjGZjQ/hyqiv"
        "9FrPoq/mrHKjocvF/ZTfSnHs982hYQSrOLTn/c9i26PniT+IZOkci4DxeeH1IiN5s45fo5/R"
        "ZDW+uvP05+6HzPb+6Wb+L4kYfn6a1r/9s7/cv+v20bA/HJkWPLrvq3srJHTs98tN3Yz4je7Q"
        "bhz3JZ5gC3kpKl3LsGDSiPthNHCVJasUQ0gghVhOwpr3xSPCo4fRipoBL8vxoP1+wExMVgwb"
        "h7aOJ8EEc9Qv/9v6UGF2Y4oeoOQhVB8tQ8uLOAyNGZolpTmZS5vnzHGHxlvyTvH9FJ+lXB5F"
        "JkvkIIkEyzyQyH6JoADfcyQKg46TbjzTPDAPD6MO2YDuc0zmLu49jDs6b4+kNgU6HA34EFHE"
        "rzRU0/GtyeZAlwhudU3cAs3z6TsIfBmgqcVNaL8ndPsnzb+PpdYHoekNgT2InTTTpK7PWv5m"
        "aGpi4JMVlgdEYilqDJrD3SAsBF4W5XrFlBQojwcIlSHPJeL7oSHhEjlH/B4g0CnEledxgs0L"
        "4ennw/ry9DzYnCBi0sjG5nASCXZ0z0aDMnUcpygs8oKKgCL5KfKciv3EmB09AvyqBocRKRAr"
        "RQEjRrh91jesK7K2J+NtH0rqJkat6APzzMxxyFNyw7K0I6At2h2NEEXbNfMyJstc0yZzz9O8"
        "Q++5TfHYYQqHKFfLt0PkjA5WFoB8vB0sJJKtIZVA31QKzOATOlZ9ug8xMe1KwZR90d204iS9"
        "NQb/oluUrNp5SW8XQ0I5+JiUFGjSc149LJifCWbtnJNI83vA9HwQLVNXlRTG8CXPIk/Lw8V4"
        "D9ygZxhXILga3KsnXz9avnoZ97uyiXR5nfHvAH638k75FPgsBNXPxVXs+4bMBsHsWA6QiZrS"
        "bUzGJJ4OZZTC+LRAfLayTZf8cXewFnLgv7h7iNJ5x3Pz5KC2dVWBjMVs3+qAbHVAvy9uxsFf"
        "pMbDUt4cj6UVc5hvivCt4SQquR1gmH0zJmM1BqoXcyw9ZsuIBmqxwTEY9kyw/fzdbeB9UXbt"
        "An8+a5BHpGUxNQ6WJ2RJZ5JnhUAYeNN1/Yuv8H7tGiAL5Nf3w4xMTXJTYC++Qanl+Nnenl7l"
        "HuyEdUrfF+4U3U06l2IE0jjrzZmXSPetsyf57P3e1IWgWTH9cUiJMhCEfp66apIhPOxogLqq"
        "5Rv0ecnVo637/FVn4s/O7myb6T5pZFrVjhtH+xT3KOhpCHqqJ0HTWyqtry29rT2YZY/n+PWY"
        "PZHkKTp8t3JWHg4Gh2uGStzz2/YFynKwD9u2nlCX81+8+bN9S1ybHfocW3/I2ze09dBtaZ3X"
        "9uaP9o7/sj2D876kGQX+WgraYzdXoTNz+ZkhcWb4RecMswJJd9DyE73uafXLhiI8cG4343d7"
        "en5wYPiWl6y4DSNdUrQoF9cpCrYok9IGP83LMbOJlLyWMgBbxuA5yJkflTN3Ab9BZiXYWxlD"
        "ffKapzuSNUWgD+143BfvMdPyO/yDH6B74KHBr4xMgoAvZWvfL2BLpu5N2QAeSvLWSGGyOaJ4"
        "5d5BpqMM3bF86seLTy5IXDMCc7BDd63fnhYHgnQZ+CXf10zQ5Jx+xu5HIs/VWLIPNqeWTExQ"
        "z7cYRejOorFCc7c2TMzYosjQwW3pOc64YArtpJaxkP5w/BCpUmgcMjzs5CHj0sMfxigsfOtr"
        "SkEf7f38TZVzp/aQqFg//0m2/d3+8D1cC9dWwcEHG56yr2pXijFiuN/yjd4kjLeCtlsJR43b"
        "V2rbiP1hNNh+GiXWdN5a2naHljb7POmBTWRk4vJilwWf3B1ovyo6PS1JcjNAIyd+VQJ/DKXL"
        "b+gy8d+IVhdwbE9+jetTJ//U4wnoZJlXMDdXFHKB3rY1IZkAuxItLpxzVSZHOilWIpZoppJU"
        "aUEr53w6RBJ8y9tQ4L4U1edhNKXSvbVyyGvCvwzGczDVaaSF4gT44WiY5hTtu7GMx82GZ+cb"
        "2q9e5Yv4LgeTWdMI6HM4FoMjy5LwKPp5xqv3g5W++xbud3ghBUMyONI8nHnlB9A4135yPC63"
        "PPNu5F/aU8K+j618lJzMFJn/xh7iD/27885fmNNzYKYctzK0NwnZul4xzzH1J9purW7HFZ+o"
        "kk5k+cQ/NGwO6HIJxYiS6w2E86GxUqKEdJppGVB8yQ1QFDWH71n/hKIBkqU/loLfQtOvx26c"
        "7zPc0/oz1/rTzafJ//RfjQG4Zc2WME+2CTymzgNvQ4pY/xKWI+1D0aHjb9/noJQzIWqTpipC"
        "zfiNT8DX1hE6KvAYYB8I+Gug5YT4h+AiUekvfOMjD+TH0A25POpLpzW3xW/9cq/qcKqGMhhH"
        "6lxJ6LPeuDv0MGmlWiuacEpNKcqgmYlB4IKe1eAjweZMhwlBIg58WXlokQcIMI7+IkR2zBYb"
        "kD1l1hm/TuG+aCYuRV5YSJwV/ggwBbw4pWgnqF2KfQ8l5gyCjs+5yRly9tEyuDXVh19XKQd9"
        "Gju4xFOUIQN8+r2082AjGX5v5wrHbKmwnXb6lALN9b0/Niz6U9rrWc+qwB95DuninN9tINdv"
        "5RuvMyPfmkYVk95gCzJfZPjhG/9KLy2tf6UCfezlKdjz6NA3tAyC/GU4qKyRXdRaTsB2EFkl"
        "gAnlVgzXYPxLwvMoEYeVMbYjESDX7Gy8qp4yPXj5B05TDMgYiZxh4PsboKc3+A3fM0qZAPt8"
        "ql5y8Yd9bv2DyVVfTgn/bQ9MKsA2A301KtHSLAETdHpyp7/8jNavp6y07kfp+MHU7YH5fLWX"
        "aPra9if10/9oP4PAdzCgqTxq/D/qfEgKgUaGwGJFmZYVBf7Bb+n9fZ/8df89DvjXymsvykA+"
        "rxz8uxfyJx7x4sT9NEanAGzUYOLnFVm5V7kDWaT5zZCexh5bcUTljnrCZdxHpLjJnENEW076"
        "wS0bB+VZlvHWMGPaisPTz9mPSa9KFVrJnpiD3XTtdW24zWwwM+XFGxQuM2e+tPBHyzu8FEoW"
        "7ux6+Mx4tgWG9RNyc0OVgPxCeUEoLrdrB2ig11OsYhTmVRZgtRXNfvc5LTJ+LvGMlIAd9nPS"
        "QH8kAbTnRi+//1+xT2c/rjzvS+L2jApsiG1SXwZg0/MK5N6bNtKdyOg1v7/toEsY8K+Vr0h/"
        "38aDJatD8N8mTCnKQZ4uz3gJ5Kt8ygXgYyi/4sHWpvy2vx09RgMv4tY/RW0ZNASEf9z2B3i9"
        "tb+T0AF/bqZgr9uyqIEeyrX98cayL32yhfok6+y5nElWM+Wu851JDhPu3V6+P0RHRjY1no9B"
        "w2MD4Yp8kn718bAueSWErM0Z2nc45OiATc08H7EYQhVt1wfg4zu8xi2TtOWOT1eIeRpdHnT1"
        "Awb+AWxpNi/RhDfuwqj3DT5Cn3l8hXrwB9DPruunAVTErDjXQvHetTdCRUUg7rHTDLiE23bS"
        "+mB4l97Z/9xYH1y6YctfqlIO8VMdWrVUqED7b8FzCx98T+MLtU3x1X93kdF4B7SEOlHKlq6q"
        "ssoM/TByOnwGhjevTX8rfRXhwBqVZdz6qZyvnGaGNgRlpbJXwmBLD2K4eQXxTdzMxdY1OFzy"
        "SyPuV6wsMioRvj/n+5Zk6bvnFurQ4tA23mjtX13j+jhq7Y0A+6dp0vEmYNH23jPae6vLewz4"
        "xUTqZU8Ye+m31crHmYMTIG17Lb5s8Y4BHgtRg0Ko1uKdXmsPWn+f6nzDpI1XWnnZ6fIf8s34"
        "DfBx7b7qW335o8w9E+Sttl/lVh6d7AJlqfE+Ged/yetBl6cEykjqfMqFF2CPtHx39Rsdf/jh"
        "46/2ECnBv5YpfZb/s/y39ajNz+T6+7aelt/Qf8LlK15o3/8Yq7++b/v/g943/b1HLv9Vv1Cu"
        "8WGkv2dZruO76/zZPijGX/bgj/YbXd/xEwTtqZ+2xptde6Eut3izw5+tf0D6/a79tixa/F5+"
        "/TV+KjQ/ak0Pbvn/m94/+m/ns+Vv9347XhIC/biND9r+aabpuyl4/3sc6fkkL3rb/t3wB9pr"
        "5aVtD2t/RaX2Jw9d/0d/v/mBC81PT8+3N065Owmlh4LS5hc289IAwWXBdYfr4KWA/DLub+w2"
        "xzMFdG1vRnTJQ3SA3+GEYMcL4oWX+o6Xzi5wGR4ukT1s9d7mqU+8VIT2lzF4zKTOk9xWEcUT"
        "Es+9MJ6L0rxOMz6/1nz+sIYQ3+RgJbzC4krtuDE9OgwCmnxhGCtb3QJS9IQSfJRzcf4aZ0Sh"
        "/vlubXkBcccAYpnqlgUfkyz4loROvJW4fTtI4WUA+lrMAOO+DZ3ew0qjhyVQkxOsBi3+rQ7N"
        "ZnJ+0j+AS9pxZ7fssTHg6SzM6VyaI1qggiO7813MZsY71B0VSzI2nFZ8AbZwPAHfOX/Gl1TZ"
        "s/Zdsdki4CeIqwV4Uo2cfe2WJfPlvJzUCIeveB0wL4q6eB3a+gHHgfB5gE3gxRG/O5uSA69E"
        "Vj7UxVZjZwOuysr2B1TEoMBJHb2vDVRsAuRvfH5e+yhfK+SvD/QcP2D+vpADvqSIfxBfWyhb"
        "H1C+OSCx7uvO11eLBN8mghH0hVLnYzlxKkSdWwlTpvvIt+ATmtD7sAh+DBC+IAJGRJmh7n87"
        "0/2PqzJr6/MCjcDXa/q9b2g3UyhNpfafdVufJhjqZPv7u8DVmemYYKPLVR5j+DaCcttX9SP1"
        "u3P9Oz3FcOX6XdWWv3Jdl+rfwTEiwQnmHWx7IXCbn2J1kSLZ2fz0e260+RcBfDZNPM4Yxi3f"
        "qcbJ5Y6YPpIdRlukzXe57/dmiBUTuq9BbVLwYZjfBjE6ND39jo4Rg7QEvzcl5UIpHgPe9Ie/"
        "28OAZg7b9t3FqbmYGVuWu2FvJe0pnU9mDtG5W7etX6d8J3bHHs8FGSN3dVNR9m2ddW644J9V"
        "CDEphzoaqAQdphBXKjM1D4OvhoIyJP0eBr1CvKp58uiJL8OFmJKifdc2LraGl8cg64jwZAX6"
        "w9EFoiukpktUAqa61RE8wxdbP/OWGi6Bj4b4Sjn7gwX3jbNrhbikOlYV4EctQPloR3svHAX4"
        "embctL6vs76IMbzLAIui6twYKPnu+PXlVRAZBCg5tuXXHZ+Phs6lls7mfVp2cWnV8XGHlMYr"
        "JS4fwxZv0MQkKOn6FZtJr3FafyzYQMeFOv8MKhT4aw7tgOo6i4MRnB8DmPO4Bn+/5KWOYQG3"
        "HEAutvO2HQh+OII4tgTNG3qAtUOINZOk4ZnazWVZN6nC34eWngQi0F19FB/uXN1L6qNZ2He6"
        "jCf0TbFJ3YmjAy0ez3vrIi61vYNYNgGIk12YfPFVxMDall9T6AvFvFX+XL8rdN2mreMat794"
        "TkETx87k0eUwNE9OLY/w0k1uy8GtyGKI8fOWTgQ2An539Y4Htg7CBAChiJc3mI+4k9/FT9OD"
        "aFErwDlQnnNWbERDkMn40M3P8+5LbwrPfRSvnmXzTsFGId68x4CqIT5Xa2ZD/0ew54HjtmMk"
        "jluirr3Vo5v/M3tzGvgW2R/t+MhtZEiuy/2u7KXT42QKwOsGNtbs5ImnU9C9aR3bNoHf0q7a"
        "50w/p4Zg1GA+rYWumwONy25sUcb6dhGhiEQKLS/tM5kxMxyZ24BBe7pdaGPGkjelQFY8zxke"
        "Bgn8nnpVzFt+T8bO52HQjRfZu7ZfjEYFyakzejtv9zeIBe1uroRJQBZTzxgM2NzLtPz7Uoqb"
        "shdtfYvLBY6MYWfnyzIsyYyWIDP4JJF521qA/1U/oNL0QzGJwXbLJ/+iTn9ed4qF8mPfqQ3w"
        "XWTjgI130dycapkI/G7+47kE26e/nbz4YYKdkubAn6JbOeL0fX60hWBlU6ffw572WbOONjzr"
        "dC0rLq7G5njmv2RKjnS+ppur8fETsbdu7JvGUG16HSL/zTv4maobb4nFf6YnHP6SBU654kAX"
        "Cjv5sL+4xwhTKOzmq8zYmwX1gdI2VscJ7o4KsMUQK4n9fGQyU7V2KOzs3CLnjtjT9nnbTtD1"
        "9f4wZCPw8tsva7DTMGesmzMKNkuWEVcC5rhUcw4RJrZJhWHsWGC7ox1wSaTHjlnHlwTVE7xE"
        "THZjRxZEXyCvrLN/fIONVv6Dzv9UZZ1emp5XxDZ+dPnSTp6Y80vmn/qMf/FqHUJ/0O/aso7f"
        "ttheRhLs5uxYKlFhAnVqFKA6nq/KxELCjuB/WdoC+AU6jqsGtAFsNLcjpdfW+rMo/X689UV6"
        "Kqc1BbyBQU8r+P6Gh4Z2/Rj6qzT+grC3nGs/XJ2+e0BibMxNmysJ/JcqiKflmLGsTJEKJnod"
        "o8Affv8lG/B9jAePrgx8xoND27YzLnFYTNBmERZvEuyzU3vn2wOH/UrTsV4aMoEx4AWbO8KI"
        "THsiR/C8xG9tW3gpVQxz5kZG8sST1LG79xg22z6A3xN0R0HRoMQYtfIFcgMyb3mNNQa+vE+b"
        "cu7LdwfLln9A77acCnR5oJ3T+pUDTkp739gNtkvbbowQ5pgWbyhx2/Yq1dnqCvDODZfUyTh+"
        "dH3jR8sDqucL+BhBLA592HsD3bbSeNPvXxfj40KvU275eVNbot75Mmp5dHvyC+gHudI+iY5+"
        "+dRooxNIOmcr0qOtZbX1b76MActih/qfYqo2re9Am+3oiRntxW2M0Wbelo9Yr43JEcoAp4mY"
        "GFlrL3qIdvbi0vZPR+BnWxm8dGPR+OUB6F7dOXgILBynE12dD/DRuuvL/pr00HrV0YsXYFe+"
        "feREQUvDkbNKrz/6gHUZXbCkrinulxOBUT9gl7tyd/ioaRhBHHDS8ghyX+C0k0eYo5OWSR0X"
        "LJWi0hhQ17cWyAOahCtB9mynD8F2O/dCyyI/3wEPv/tgYzr/8dnKyx/6te9kFYIHnRMp8e7x"
        "lB3Ai6BLaEIQToz+Uwe37ZpdcnjpR1Qx38yqg3W5VRpXAj+VfWv74OtuW4n2QcBX8Dcdf9Sk"
        "12LRKcfrrl2dOxRo2fEMrJIzadtelcOEXu7Skx+hLsuqZ1RT+ihOaDFs310oHonDwZrLgfY5"
        "225sbmNQc4YWXX+fD2P1KB+ua+k2tmhi4ZX4TvCiG7caZNTiR5BrjFLgT9C28bq/aI86/XGB"
        "bi2f807GqzejzHROlanQAVCSmTnofErfpSp1jOO2bYjtXYNnnV8KDi85Avoiv9OhoYUbaax8"
        "zpyPh4VlRxdA8L/ujqe3UYC91D64Kuiow5esm0+Yy36LGdigswemxrSWxrRHLgbsuN9hojKv"
        "ilyQW9AT19n5b/hmlIISzuD7iLOamkwG8iYl2P07fYPYFbGvX/aFmFPQTzzu6EvvfpmgcpsZ"
        "ip06Gp53tj4Z87EyrHVqLBxloDbvjdLzHPTNdvMvpsrMdszMtgeZzazMpueU6fxm/FrPqUOm"
        "17BFVQn/4JcIvCGaj23UUMzjnAr2R956Ipu/1lsznU/iNeg/rTTfU132Qq73b2iBbPNNdrt/"
        "I1a/1z+Cnm94hTxXbZ4R8PT7Hfxmh2H3FqU5mw0Ci0yQmA3Rx5DjofTCK8DExRp9LuYuxPGm"
        "PcsqjjK3MHq4x0lxizONUe0toNVgInf9W8nuqAaFpyYfZxlBOlc9uLLwHPfzh6j6Rk/LBluG"
        "9geL80qvbwzaWAwXaO6uDVPr6NoDu9+FHq4K9DoLj1W1ld6yMorU9I0voy5uoeRpY1iV+bC+"
        "Jg7EhsnQAF/5NfH1776xAcomRJG5/JDTEOJpRUR5dMdGU1hjObXMPLbbJOAXC+CLYJw1Axoq"
        "4lUQX94eOuf3L/ODLb99nb/D+RnmUx76htBtAA9mR28sc8VmSITlAQe9wwgJq90/IzDdv+HS"
        "fe9yCCYhlN0xfs7rJDzDfJEicDQWGUsA5VpOnLfYE0usPuycbTKPXKmlPA9BPIFl5MxF8Nqf"
        "8HuNpaOPZ1oehJaH/Ld8xFnrY9ZZpHAmUw+uKisCJvAan9niFC6X3ld8yp344BsU756/J8bm"
        "7H3gs1sZ79dsKdep5Y++4mMOuMvQ+3M81LgP4CvU8W59A+nAFGlXwvUeK8SUqpteS08rv2Od"
        "v0JS8495RV+28kry71cZk83U7PSlp/NbfvbzX+u776/erS+devvf1rf5sba9wfer7On9FF37"
        "7/+pvu2vpY/EOl/53pWhfXw7v8rT7Oev9v9o7/rr+/9M3x/1bX+d/Kxbeif4JryU/cCF4OqZ"
        "xDwzkB8m0PFU6fUCqtCVR2ccBu4Ur5p6/SVI9VViUw3Q+myS9NtEo4t5XB9NEkAMNMrN2TqF"
        "51kOM24SfAaJVRZa5yapCobM7dxIvwpEPaN/kdzxlbvyK3k+wO+JdMNiMdz07ydsfVEj+GkX"
        "Ec8XOXbWium80A7lG4zi+IgCVPEZ+uHIKbo1FT5zUdN4gEerAsSegx1XTt7W+SZ5lrO2rDeN"
        "EGR6BSdpGmGLBPgOv4NUgLpagev7koM/Pnf5+hsYyB2DqJTb66mEWCpNRZdvS4EGACG/+vfj"
        "GvDOrYuPBhATd/sg5kA712socbeGq/dM8XwAaIHv1xknVZZon2sINUjgu1IQCdjkuaaSeTPA"
        "+Z+GMZm5YP+/5wXET8aOmmNFGCAUfMumH5M+/yJ3sAe7cTb49HOoi7o6D0Az2Jod1L21daoy"
        "da7EqTnYxh1eP6ysD/SpxiPTyNufTTs3TO9nfvSIT8bp6mj6EnwLfIu3z/E0x5uIGs8HNGqM"
        "2r5nPXcG8VpY/KBll0+sroX+nwR60YOaWPMj7viZ0RRCiTppkIpNFHRrSKtub8AOpc9y11cV"
        "PqzSn6M+UOBUkoYrFQuRbydGDfyebAhDdfv+onsf8FoAuBtUnbCBmicwH3GKorRyGv7l0TzV"
        "vlu/P3+OxVXxBHi8xy126NbqFhcPPPPAWWSTYVVA4PSkP/B/0S/Mjn6JZDXXdbLL7dWFdD+t"
        "By1HqJpbp0G7HuZ33215BgE98/ao0fLxAX6Rdf6W3TJ+GjCYp304dvs3nR+ROi78cG+KO6cS"
        "eJ6adXMEW633wyndFgSlJWCA08CmNnfOvvWUR3b9Wx63Oj5u1+G8bh0NpvF7JOA7AXo5Ow4y"
        "WfVrV0XAC3nxrTy7poNkSkHe9HwGTceTgh/avpwJgA8L4uMBEemAjiP2KbPx2c2Kn9nC9uLw"
        "HIB1h7iBgb6xbj2OZEFtshGU5Uv/1gr07S7RW6bzdhBz+3wgdklm77VOM6/bP3B76D57p2EY"
        "BO86LhBevRmRcDIdlmWfukrtvRmB+fj06v0Aqa2NiDnbbxg22vgZD4pQry8n2OjyU+eHTIbi"
        "Xvr4lOj8cDxruMCDZEe2txorhnrZR43Sisfz62ExlNM01+uwdyKBjjHUydSciJrv8TKmwwPc"
        "wRp4Q4vg+8Tg9wHmiu/sCw+i22Cn94UVi8EIh+hH2V5KlJt3eaYsXdy4P2Y2jyBO1fqj9atv"
        "dDk2pQYiKdbIaDq563exeiGTO/ah/P545ivPMQF7uEJenFGSPHijcdsAv3V5uTuFmAft/DYv"
        "oZ+bHU+WKJs6Q53bc7a1Q7tvmq6OwBwJpuqjJLM5zo6Glunvh/FppQ0ZDbW9LNG9sCS/Gflx"
        "zLPvx+1rHtFwx+PWXtG5qiTYsVlmXu5o4uylXpdwRl0+qyFgSzTWuQDOEVPA0+DvHdzmc0wb"
        "bLAtbhNLUM/U20kQ3aezoywBOG/5I6k/6EtvnEeXl8vScSazlUqEKmLX6Dd1elatvg7IQKHN"
        "5ZkLnvVa+ctgHpBz7nKhnQympxtyp5OVuLOBAFlBmy6/Y54G3MoHKP32e1Y64KPcmnUy7SSv"
        "HFuqkqecO+uuzYlv3Gkg56B7U6R2ZN+AP/AQBIU7wOsUv+3QxZwGKtJYzL7n3Ja3SU8yG8Yb"
        "wLN9Gt7Nbqytv+hycCYES+O7mWmcpvfHTTJF3oZafyaAFw2HyDZHlrI1yhjo7BiAOmBomCMA"
        "QjOpJgXcP1CNVLtGNOzm4mGADrteY8z5F3LBH6GWZ6tuDcHOx4DS8m5/rRqExpTXoGcgU6j0"
        "kF12/I8nXSyqdYzh7TMfTNP6XZ379URFQvW0PtvXLl9FDRZCrI8fu/FiGM7TSUjT8fs8Gbbx"
        "b9zKP4DNjP0YR7iydiyf/lFRsGeBIFzN7EE/zweABcAvojK0v0qm/eaSMDDKrAwSiJeP+7dJ"
        "WbJUFa3Oc7Cnq8dQxNrGL7r5fQOqAhCVw5SLsoG2RHULlETHWXlmN5vzKBcB2IPDjDu9A+hK"
        "xuYlcNfMWDDImOz5LCwX7Vo85ubikm0e06ExTH6u6fuCcikOjTGTXK/Zf7CjOzSaPNP7hWZz"
        "LlBzIrMFYFa3Xb/f6fX5JeNhucHjXeKl9gguwGT2AS73RCIHR4thYi9tvl0AXo5uXhyd2TzI"
        "JZqjVO0F7t+RPcLOF6Fosck/uAc2a5HnKnYGaf90wJv1qWgiNkfePSbVMUfRjcdHAMBY2jWW"
        "BK1Tu1xnGH5ztKtstasx1E0nixgQ3Ap46OQ8Bh6Eg3R1ui8GrFDZkk5idAHc6JnuYPdtKMCO"
        "QFdoyPcR3pic6nyXJCPyZXoXuS4rxs4uFucJcW/9Md4KDy/YBC8EN91UgYCM8VpAmbnELcbw"
        "HP9wDDp2s/My4XtZ2FG5HGQOxHfo4G/KxZHIRUj0fu4yNXBBC4KmmPDCuZ7AyGl0slkXVBQu"
        "jNL+FpEqUe8cIzvCal2w7e7jeg57wxF5367UBTSLw7W8rmCc4c/9bc2Kr/XXabtG1zxbwrzh"
        "0yYf3jjMD1w/cB3gAgwdQyy1InTiv930fPJf6/nt/oB2f9U62pl0xiZeDDGwSUTAWbcXTeq9"
        "aKzbi6b3oY3tsvTDldbzEjComjFWSxkp4UeZlBJ+x2rsRtWnMdL7j+FZImxiis+Iecm8nqF9"
        "t/4Y6L311D0ZZRnp/NNzT04xh+BoMduHn6pmre1CbtqtPZtTeTPlGFWThuBYhh5FNlwhlqMQ"
        "FbsF/M7gMm9N8OGnxHV5vEuDT/bH/jIXpXVjWV/zHVrw8q/9BDs++PO8zMdzP/bH89zMm1FW"
        "9LX37rWH3L5COHfo9r0GDw0Qf8ebrl4ywgQ/96d7Ion1DhghjihDCVg6iME1zn7tvxK6bQIi"
        "hgABesFy8DD/3s/693me0Su+BT/1e/8ehlcdYl5/5VPcNevOyOzQDQK5LzyqwOYIvWf9V1/R"
        "xde7GuQftNGcEKvc9iO9joiw1Z1/cEb+aEl987nH1C3QH/S1423j9ed4I73u+aSTup9w12Om"
        "nJDF4nvSI/S17/A3vUCnx3d5YM4KWlIecOqjUohA27kXnzjUmWSCqmZStnvudyr4tTdNA2un"
        "y+9IfZ6BkT/OM+j9kN9Gb+6OIGJqaXlfuEimNgL/rTwaqTeCRrQGTHJmLlhZ57VHcUDGRO8B"
        "tF7r4xBzTKSJh11MoHjBxYgUN6AZl0xiSYUE74c5EYq4rPrwjacsugCcdN85/b2/Hw2+u3xU"
        "Cf2CjD333//mT/k/1yPre/4/1ePb/1xP1P9cT6P/pf5GFEarCfAblTZEpvosis7zTLHU+wsf"
        "r/cFSn/LCwLViZlrACZqOlmUUpTapuhzTOiK0dYwyuz6lKf23MVzn7fQEbtWpngWFs96vQdN"
        "5w5J25YUVe8xskbt+TbviP7IG75kJWvpbeUDSfBvSNvH9vwcvCgKYy75p1AlCRrxFYFuAta2"
        "9X3aRHsO+u8NJY/grteW4JkfgR2g2Fvd0Q6PfAv8HYxXdWPlQG+rv93+r04/Yq0fv87ppODD"
        "X+dKLtbPX7qf6O8xjCvWkRXIty6PdRkrKOukkt7NAGVBrq/9ZaQdX1b+72WKtD1Euqz3y4tz"
        "+toXPguZdzuYrC9XU3zJA3125bVvdkZsy0jpD1o3c753DXHzjZgK/LLvfGcYvhxZhnLPnQ2F"
        "d4M4wbIMI8Ixnw2UScuA747tt2hPn3sRLYHu14Pp1kiviaovFMcaj2IPdHuTQh8Kwh/XeYuy"
        "UgF22Ku0OVhfExOYt5t3sX1jTHB3diutDGsEPqSL68gRX1wuWA52Tp8JgbKp7UzS0Y+S7kwO"
        "32raB7ju4uICYugGdBoLvUa71TlQvSejm7cfvScEuQpkF5fdHmGrUS7q4kinNKzYbeV9hm5s"
        "WmRo2zzP/bhjaYHCIASxDFJ56DHAvGIs2OUyNf9ljhXR8AvmT4ALxAOa44Oc3tFbezZLxErv"
        "Df/+e091934I4F5gVc5ngKXKAO9wbjq+jL2bbO2yhsQVh9i366ezx6fx7elv8qqzvx3dEMu/"
        "ZNYd/Ax+yWmp33fJN/RnfsH35fN7E52resOucu6lODqlr/NSv89ploWM0nRmux5amWIrqx3M"
        "V/P0v82LPp3vL36dkdHLj11+sBSX9DNxP27yUr3v3Duy9Kkj60bieAbKLSqIfa2ppSieb1QB"
        "pM5Nz6VfEP7o5d3yk6L1iOYmeQesQU6mk0XOOpLuT3f+JcVn290M71SUxOSLtLGID5hkegzq"
        "mVuUhwzmxkZ6bv678ZfTS/Cir96DHzY0fZ9Oe4iajlPQC30OAvyd6Y+GA4ifh+6tBPLqE0aH"
        "TifQ3ujO1jAmbPEVwlThCdA/viYmpmMFgPMLWtnRyCR7PY4zaHHE8EdrT8B0Jt+7EuR1Ik/L"
        "g1G89jtzS59XmbmxuT/i3gRkJur2m3915xFKiheZmWpbhRco0l5X3Ng5edP7sB0yBrvzX+0q"
        "en5PYaZExbStE/bxGpK5g9b6bFim997QZNGA9ed6PVC9zg78hXcszT9Utvl+X8qsEAnY9+c5"
        "5r/7Q7q/Vl698Fvvv9XlVj5EOx9a/r1b0uY3nvRW4QvLNZJbkXquF3CIohKUcTq+G01CwJ/c"
        "APdiinwQBVTLAGUyYE+/j/SeyVYHqQ10U0w5xHtof3nOWXdvz5KAX/qlw/Adjk0SfwG6kMuw"
        "QKD2OUGJZ28WK1xiG684Td5IiZYS4Y9ijhelCzSh+3mttrullC3W4/r8qaYLAV153uE/xgma"
        "w8UxY3PMwH4S+FKvNzUsQg2H8UFAlunz2y7fORoubpDYpnF+XJ4gupIYbC2KoN9zscQLzu9s"
        "ufSITCsCltSdluuYv6v5ulktOrzVvFEk+1OZQuQbI2RiJD3bi3NOXIpZyTziPudTn29RN7Cf"
        "NrwJPjM+RWj8tnRPh0TgCLCxfT3q8xJg19X6imtboe2u7y0R2y8+zzxEsjzF9krHVctKLiZx"
        "AdjU5UtE7ufEXsnTV8TSjy3g4UUYSSbjEIcleMky/YC2nBD07XuxvvaTU0zG7xv3tDdhHmIH"
        "BrGJ37mj928xZyOTFGgYJGr3AUBV4XBRoe0i2i8GqnTaeNyP7zjtzsCD1nuFEgnFyxFZ4yu3"
        "k8/ZJT2SQYQIuAOY0zKBSGdXI7VeE2IrUq4t4t5VvQFun3PCl8zOWQVxfXbNt4vtF8++08/1"
        "++atujRZ11+3dtTy221quLe44omXQRW68/odhtLvtvjpo8MepZMqiKWVwIkSRNlRgNwkSOxI"
        "QRmF7+tyEeIaldOJGOA+xNEL3p5Fz/m4WLvTu/iNYQCuap0G34nEJyvDADAuavGnPg/koSQP"
        "3kP3Kg4nfJHeHfVNdpQrSSS6A0yBwN2N+V5VvT/jMfQf//FP9xcM/vhjB+1fNhi+/7//Dyfl"
        "Bm0="
    ),
    "esp8266": (
        "eNp9e22Tqjyz7n+5v/pUwagz4lO1PyQhQNAoAVHxyylfA6LDzOgYYNf576cTnLXWvZ97n6li"
        "MASSpnN199VJ+O+/drfb/7kV7fGvf4/6r6P+v7oL9+3X/a9/v9ijwdtw8Nq3//XXYXvf/vXv"
        "v5D+84W41wPG/OHoy3U34QfGg2Bnp6v718r3m8WirvESSTk63+OQR868OL/ct/zWD6Y3HpbX"
        "8SKxh5vhUH7KIJqMH2If0MK0jCmmCUIyICKbYHGjLuIzJIfYVQRhpWJPpqGbC0pqtMayijwB"
        "TwVFub0fVnfnVPUHSIbz0fyx9x/uoH2Z3LZBXM98PpH4ku7G/bBA2601iNl3vbIs63E/7IuE"
        "xaX/vdhvzuNzOXv9KCi700sRxqO+mM6Q8rztuth+1qPdxzpGj5cLT2M0wa+fQdZEj8Vrbzcb"
        "JsEKtyc3V4PleA6qKFPv7Tj/6E2ihzUrya5/nCzI50yc39+sYdDfZ/si27zcXfd8sdLF5+Mz"
        "+WjHr9OMfo/G78R5jEb+6eNW9Ypj/lalajQWXpBJOj+4af+42vR7u+Fpwk6b5fZWU1FMTsna"
        "aj7cj2aefrZXWVqtu1reL+VN8fNgYI8sK15nibcYvFW7nnudRsNUKP9cxZQtqrCXWvsX5/w5"
        "/h5P15OPYJF/36OEeuFf3cj/iYjRy6g/dP711/H9/tWYS8PR2B6+AHbux/quQcLcXjRodlY7"
        "rsIcI3oLFDu1FoeDLCjHLMOII4loSZKGDfgjxb3IMtCyLAdtSSUEnuIhtTFZU2ydTB3bx1PM"
        "0ED9r/WJxPRGpXuCUkiQdXYsjQ9+GllzNN8re7oQHiupH4ysl33fxfdLdhVideaFUMhHAnFa"
        "hIDAgUIo0c8zGQ2tK9mb/pxZGdunh9UkdOgeS0wWAe49rDu67s6ksTk6nS14ELmIfbiJnE1u"
        "bbEAuXh8axoSVGhRzvoAcBWjmcP60H6P6/YvWl+vK41/ruVNKPyjF/hHhK4vdH1fIUoxHj+c"
        "RJ0QyQRvMFgKC+Kk4nhVqc2aSsFRmQ0RUgkrBWLHkSXg4CVD7B4jsCHEZBgygu13wvK3h/MZ"
        "6nHwGEHEdlMP26Npyuk5uFotKuR5kqOkKiuXxy4Sb7wsXX6cWvNzSEBf9fA0JhWiilfwxgib"
        "awPL+UDO7mK9HBPhBnurke4Ds8IuccJycsNCeSnIlh7OVoLS3YaGBRWq1LKJMgy17lC/9Fw8"
        "8anECSrl6uWU+uOTU8SAj5eTg/h+ZwnJ0ZcrOKbwiDuRA/eYYGJ7tWSIf7qHWc1Ifmst9unu"
        "0H5txiW/vVsCyvHrVLkgkx7z+uHA+EwxNWNOUq3vIdfjQTSmPtDJsShR3fjzMlend6sfB3HP"
        "sj5A4Hp4r596fTV6DQsWdWUb6fKmYF8x/DZ4d9kM9My5q6/zD34cWKIYxvOzGiIbtSpobUoF"
        "no1EmsP7aUC8GWy7K/a4+1iDHPTP7yFy3UWnc/viI9O6rAFjGT0aGxDGBuCvihzrFC1z6+HI"
        "cIEnwskYjLeL8K1lJFXMizGMvp2RiZyA1MsFFiH1ROrGcrnFGTjygtPjoh+0cD9Xpl2NxzeA"
        "KEUai7l1ckIulDsXrKg4wqAbY4+/9KrvbwILsEB+P68IpUQijFEFQy8mz/aO7oc4Bq+Wc8n7"
        "y2CG7ra7EHwMaJz3FjTci+AFXAQMVTnv39um4m5Rzb59olABQBiUeSCnBcKjTgaoq43eQIfv"
        "pXyYurdfdTZ+e5jfu3Z23Lcirxs/yNJjjnsu2GkCdqoHQcurCm2vRt7OH0B06t5fv3PI92WO"
        "Tl8GZ+p0shgcc6R+/BpHRQn+YWfqiRsw9gtzf2s/C2uMvL/h7Qvaeui2tM1rf/NHe+d/bM9B"
        "TAiiXNAvWKTxvxJdacCuFPErxT9yzjGtkAiGRp/o55zXv3wowsPrw7F+t6fHB8dW5IT7NfPg"
        "TVcuWqrlxwzFO1QI4UFcZmpCPSIEa4SIwZdRuA44i1I1D5bwGzArwN+KDOr3P+N0R6JxEdiD"
        "eZ/gR/cgIOA3+EMfYHsQkcMcjW2CQC/K+Pd38CWz4CY9IAuKvLSC23SBXLwO7oDptEB3LJ72"
        "8aOnIJlYreNMYDx93T5VH/B+ahIbfYn+hnJ3f83fsuB1L671RNBXunAdsbfBPF8ylKI7TScS"
        "LYLGsjGly6pAp8DIc54zTiU6CI2xxP1m+MFzKdEkoXjU4aFgIsSv1jiB9/ucuWCP3nHxItXC"
        "b0LEazoov/e7weF4+hpteODJ+BSBD8/pZ31QfIIoHhi9uTcB71tD2wbhqA0GUu5afjyNh7s3"
        "S2Et583IdjgZ2bzrtAc+kZJpwKpDEb+xYKjjKjfYcVUB/u7AvqyobkA/ltTlF/ZuRa2qQD9O"
        "+KOvCbp0+HdDtgebVGUNY/OBEsbRy64hpODgV9LlO2NMqv3ZnVZrngk0l/tcaqCpBZuNkIDY"
        "8jLieCB4/XYaz1wR3AwOWUPYp0VZCa46TzUoLlYbnC3bnqFj9y6TSbtlxfWGjuuf8jv/UsPp"
        "vG059Dma8OGZFvvkzAdlwer+ycn7kYMHHV/IwZEMz26ZzEP1CjIudJycTNSOFeGN/KM/JbfJ"
        "D58hcwlc5hf34H/Y3yfKDF7t2TW2c4YNho42IbsgrBYldqOp9lvr23nNplK5U6EgrpvxTNoT"
        "en9P+NglHzeIVY9aUrSXXPjtTMUufi8tMBS5gOfp4ILSIRIqmgjObokdNZMgK48F7mn7WWj7"
        "6cazfsrT+RPNwYINXcE4eTbo2PUfeJe4iA7eEzXWMRSdOv0OIgZGOee8sd1cpqidvLApxNom"
        "RWcJEQP8A4F4DbJcEHvljO9l/ovfRCQE/Fi6IYpSMHkB+HGptrfOvoIPebrUIxFPUnmtBfTZ"
        "bIMDethuLY0X3TPXtQVXcTvnwzgAO2sgRoLPmY32BPEsjkQdomUZI+A4+okEeRldbgF70m4K"
        "9jGD87KdBi4Kk0rgoorGwCngxpmLDtz1FD/20N6eQ5LxtrAZRf4xXcW3tn6NmjpnYE8THys8"
        "Q+CaIabflVfGW0Fx34wVzuhKYi/v7CkHmZv7YGI57rfyNvOeU0M8Cn3S5TW/20BBZPCNN4VV"
        "7myrzkhvuAPMVwV+RNY/2aWj7U8VYI+9DIM/T08DS2MQ8FfguHbGXtVonIDvIKLeAycUOz7a"
        "EAd8AyvTPT+trYmX8hgFdufjZf3E9O0nPjA3x8CMES8phCP3BdjTC/yG56nrUg7++VL/4OIP"
        "/2ziQ42kHl/22x/YLgffDPI1SKGVrYATdHZyd3/FGW1fT6yY8FNsIV+wdXtTxH/aE1o+0/4U"
        "PeOPjjMIYgcFmdRZ8/9xF0NyiFQFkmSfFhorEuJDZOT9fZ7+7fz7PeDP4LUHlA3iO4L4ziR7"
        "8pEw2wdv1vgSg48aTqOyJuvgQxwAi255s0SouceOn5E6uCEPKIsQqW6iZJDBqukgvhWTWF2F"
        "ynaWnbkGDs845z2mvTqXaC16fAF+M/A2jRW08+HcFu/hsAqoPY+Eg1+N7vCKS1EF84/TW8GK"
        "HQrkYE9uQSL3gF8oL4mL1W7jgwzuxyWTGUrKuoix3PH2eHibVQW7KjwnCrjDcUFa6I/sge0F"
        "6U/c/0/u0/mPKyoh/gc9qwYf4tluJGLw6WUNuA9nrQimIv0Z399+0BcU9GfwFevntf9BijYJ"
        "xG8b2QyVgKf3Z74E+FJPXAA/hvLTHyLjU377304eiNugDhOfUlNWUPbRBPobar5u/O9E+sB/"
        "Kgz+2pQ50EtKkI7vPjAQMRc7KAvS+XMo0obKYFMebHKasvD2E/sTdKZk2+DFBCw8sxCuyRsZ"
        "1K8P572sOReNPUfHjoecffCpRRghmkGqov36EGJ8x9eYYxNT7vT0ATlPq8vDrn5IIT6ALy0W"
        "Ck1ZGyyt5tjiM/RZZh9QD/EA+jl0/bQU+IWTlRoU/a69MapqAnmPlxegJWzayZuTFb73rtHb"
        "1nllIkiMfl2ZM8ifmsRphATqffzirHTwKQo1v5C7HH9E/QBZbXhCK6jjShi56toBivpNyeX0"
        "FlvhorGjnYhkimNnrFRm4lTJ1n47h/wdFUp6a27RVQg53KKG/CZrF3wXWAwO8akZ90+uzAtX"
        "IHx/jvdtX+T9MKjkyfBQk28Y/9coDP7B+BsO/k/LpPNN4KLm3LPM2djyMQT+YhP5408o/bFv"
        "x+DjyiAIENOe4ZeG71hOBNJYLqRqhu/0jD8w8f5LzzdMTL5i8PKuy3/gG6ObACUFP/XGXv4o"
        "Q1otRIS8n3KHR/kOz0sdD8ek/BteuW4fQr7mo1OoLxGUQ43vrr7R+cdMfvytPQI8j+IS42f5"
        "f+Lf1KNKt8eI/Km3tT1sIP165gvm/uv/kMf0/4e8b7p/gqr/tC+UaX4Y6fZdVer8LvxpP1Ls"
        "b/7gj/aVrjf6dB2Cn/bpGr75bE/88E3DP018iIT7074pM7Apiiv9Pr/fH9JcuF/q98FG/7/l"
        "/aN/M55Gv9395n2xLHV/k5/+idLvJxHcX5FUjyf5kdf0H6pPaM/gxbSHdbwCng31N13/R3+/"
        "9eEyne8R0/8kZ8E0ATli5bF3Og/zGMHhwHGH4xTmwPwKFm09M8czA3btbcfuiiXoBL+TKcF+"
        "GGfLMI/8MJ+/w2GFWCFvZOzeYzmYQM4T79MaPuZCz5Pc1qmLpyRbhEm24Mr+mBVs8dGwxcMZ"
        "QX5TgpcIK4dJeWDW7OxTSGjKpWWtPXmLSdXjkrNxyfj1c1JAJj+43p0dqyDvGEIuU9+K+HVa"
        "xF+CuNNwzW9fPpJ4FYO9VnPguC8jv/dw8vThcNSWBMuh4b/1qd1Or0/5h3AIL+v8ljexhiyf"
        "J6W7EPbYrVDFkNfFLupRqw91Z0n3BR3NarYEXziZQuxcPPNLV3pzcy/f7hDokzfUAT4px/6x"
        "CZSikVioaYNw8pOvA+dFaZevQ1vfEOsQvg6xDbo4476/VQx0xQv1kO+enPhbCFVOcTyhKjug"
        "075J+xsLVdsYRduIXTcRKjcSRZuTe80eMH6fyIdYUmXfiG0cVGxOqNyeEN8MdOebD4fEXzaC"
        "NxhwKa9nNfVr5Po3BUOm+yh3EBPaJHwF+D2GCL8jgshE2onufzfX/U9qVZj6skJjiPVa/vAL"
        "2i0AwjkMJFaNqc/3GOqE+f1V4fpKdU6w1eW6zDA8m0LZ9FV/C33vQv/OLxkcpb5XmvJnqety"
        "/Ts+pyS+wLiDb684NvNTtKlyJDqfn38tLDP/wkHPto0nBcXY6N3VPFkdiB0h0XG0Zd5+qeOg"
        "N0e0mrrHBuJrDjEMs9swQ6e2p+/ROWKcK4h7M6KWUrIM+GY0+t0eBjZz2pl7l5f23S7oSh1G"
        "vbXwZu5iOveJnrsNTP0mZwd+OPdYyckEBeubTIsv56rnhiv2VieQkzKoc2O5R6cZ5JXSzu3T"
        "8LN1wRj2gx4Gu0Ksbtj+0eOfVgA5pYuOXdu42llhmQHWEWH7NdgPQ++QXSE5WyEFnOrWpHAN"
        "v3v6WrjSdAliNORX0j+eHDhv/YMBsXJ1rsohjjrA8tHB7f3wKAg7c+um7X1TDHiG4V4KXBTV"
        "19ZC+69OX59hDZlBjPZnU/454+vZ0nOpyt/2Z6rLS+tOjwckNV9RWD1Ghm+4e5ugfdcv3057"
        "rW/iMadDnRfq+WcwoTjaMGgHTNdfnqz4+hjCmGcNxPsVUzqHBd5yAlzsFqYdSH4YgjxWgeWN"
        "QuDaCeSa+33LCnlYCNW0ucRfJyPPHjLQQ3Pmr8FC3pUboXky8LsZT+jbxbYbTH2daLFs0dtU"
        "mdL+DnLZPVCc4p2KH73yDFRr9DWDvlDGjPGX+l6u67amjmne/qNzFyxx4k8f3RyG1snF6Aiv"
        "gv1tNbxVRQY5fmnkROAj4HdX74fg6yBNcNknYuoG45F1+F1+tz3IFrUBXGMZ+ldJx24CmMxO"
        "3fg8z5EIZ3A9Qtn6WbbvLvgoxNp+Bqwa8nO5oR70fwZ/HvuBeUfiBwp17a0f3fhf6YvfwrPI"
        "ezXvR25jSzBdHnTlMJ+dpzPkoBv4WLvDE8tnYHuzJvM8Ar+FV5vrVF93LU5di0Zuw3XdAmRc"
        "de+WFnTgVSlKSSrR6t1cEwW1k7G9iym0p9uFNuZ0/yIlYCUM/dFpuIffs7DOmNH3dOK/nYbd"
        "+yLvYPoF2lSR0vXHL9fd8Qa5oNeNFbcJYDEPreGQLsJC4z8CdnKT3tLUG17OcWqNOj+vVKLI"
        "3FWAGXwRyL7tHOD/chC7wo4SPs3Ad4un/tLOfn7OLuYyyiK/sSB2ka0PPj5AC3umMRFH3fhn"
        "CwG+Tz87/dGHDX5K2MNohm5qzNz+4uxxTlXb5F+jno5Z8042PO9srajeA83N8Tz6wZQY6/ma"
        "bqwm5zdEX7p337aWnt/QNky2fYgzdfe+CvP/KU8y+oUF5kKyC3KhpMOH98lCSqhESTdeqqAv"
        "DtTHUvtYnScEB5eDL4ZciR8XY5va0vihpPNzy5L5/Oia66aduOur/7BEy/HqK1IN+GkYM9qN"
        "mQs+S6iUSQ5jrOSCQYaJPQLUqKgwx14nO/CSVL87pp1e9qiZ4hWiont3SBO4xivt/B/bYsvg"
        "P+7iT62a/L3thVXm4Uc3X9rhifq/MP+0Z/xLV5sE+oN+N45z/vL47n0swG/Oz0ryGhOok+MY"
        "NdlirfYO4l4K/4XyOOgLbBzXLVgD+GjmpVKvrQ3maf71eBnw/KJmjQt8A4Od1vD8DY8sHfox"
        "9Fdr/gVpr1roOFxfvnogYmYtbI9JAfoXMs5mCshqoXIk46lex6jwazT4wQY8n+HhoyuDnvHw"
        "ZNr2Jwon1RRtl0n1IsA/+014vT1wMqi1HJuVJfbwDnhJFz63UtubijFcV/jFtIVXQmYwZkFq"
        "7Z980vW97j6KbdMH6HuK7iiuWrS3xgZfgBvAvBO2zgT00p+1ahGJvo+F0R/Iu1Mzjt4f6OCb"
        "uHLCe+UdW6/FnvK81kpgjN3qBe0D014tO19dA9+5YeX6BcOPrm/8MDpw9XiBHlPIxaEP72ih"
        "205YL/r+j+XkvNTrlDt23TYObw6RSI2Obk99gfyAKx2T3PGvmJpu9QSSnrPl+dnTWDXxLRIZ"
        "cFnsu9Ebn8mtiR1ouxs/OaO3vE0w2i5M+Yz12pgYowJ4Gs+IVRh/0UNu5y/eTf/uGOKsweB7"
        "9y6avzyA3cs7gwiBue930NXzARHadH15n9Me2qw7efES/MpXhPw0NjKcGa31+mMEXJe6S7pv"
        "GhcP1JRjNIjp+10GB3zWMowhD7hoPALuIU3p8AhjdNGY1HnBSkpXWEM3iJylXl6XPBCAPc8f"
        "RHY39lxjkV3vwIf7EfiYLn68Gbz8YV/HDquQPOg5EYUPjyd2gC+CLaEpQXhvDZ42uDNrdvvT"
        "j32kNY3soj4577da80rQp/Rupg+26baR6BgEeoV40+lHTnuGi84Y3nTt6rlDjladzsAr+VPT"
        "9lqN9u77XYTiNdFlUfeseuY+qgtajsy9S8lSfjo5CzHUMWfXvVvQWq49R8uuv7eHtX6oRxA4"
        "uo0dmjp4zb/2eNm9txwWrsPOgGuMctBPbNr4Of/Innb2E4DcGp+LDuP1i6UKPadKZeIDKSns"
        "Emw+d/tCKp3jBKYNvrtr8qznl+LTD45AvjTqbGjk4FZY64hR//XhYNHJBRT8b2c/1NsowF/q"
        "GFxX7rjjl7QbTxjLgeEMdNj5A1tzWkdz2jPjQ3o+HjCRRVinAeAW7CTwD9ELvlmKu4RReD5l"
        "tHFtKmJx0+k8yP8CuSuin7/8C7FnYJ940smX3yO1R2pXWJJeOhmeZ7q5WIuJtJxNbi19aSEz"
        "743y6wLszQvKTypV4fl24XnDwqNO4bnXnJq5okk3/62ahOo1bF7XPDpFCkE0RIuJh1oXs6x0"
        "Of1j3noq2r+ttxZ6Pok1YP9urfWe63KYML1/QwPSzDdRs3+Do9/rH3EvssJKXGszzwh8un+H"
        "uNlx2KPjuiWdD2OHTBGfj9DriOGRCJMPoInLDXpbLgLI421vXtQMFUFl9XCPkeqWFZqjejtg"
        "q/FUHAY3Re+oAYN3bTYpCoL0XPXwgybXbFA+eD2wehobdJV4rzQra72+MTS5GK7QIthYtrbR"
        "TQh+v0s9AhnrdRaWyXonwlVtVbkdWZ9WU90SwfLWcmr74XxOfcgN9yMLYuXnNNK/B9YWJJsS"
        "SRbiVcwSyKcl4eocTKy2ciZi5thl5plJwE8awxPxpGiHbiJJWEN+eXvoOb9/nB80+o70/B3O"
        "/BwjcRpYXLcBOpifw4koJZ0jnqgTjnunMeKO2T/DsXt8wSrod3MINiEuvWP8HFcs9XwaqWJf"
        "c5GJAFKuceK/ZCFfYfnqlXRbhOTDdWQYIsgnsEj9BY9/9if8XmPp5GOFxgPXeCh/4yMrTIzZ"
        "FKnEhchDOOqiiinHG3yly0uyWoWf2aX0s1Nkufjw/D21ttfwFV+D2up/FCuxyZ1o/JmdS+Bd"
        "lt6fE6I2eIBeoY516xtIJ6ZIhxKm91ghWkir7Rl5DH65nr8CpgH6w7jS6+GAV5dPfspIbPU8"
        "qrYXRm56/u/rH+rN81cM9T7a/W/1LflVlro9U+a6va59pNv/o970Z+Rzf9eHEtrH0v91v3n+"
        "d/t/tNeVf7/fb/n+qDf9dfhZ4W5/2Y2HOf2GA8HRs4l9pYAfytH5Uuv1AleiD5ZecRIHM7xu"
        "m80nJ/WnwrYcos3VJvmXjcbv9nlztkkMOdC4tOebHK4XJYy4TfAVECsdtCltUlcU2buFlX9W"
        "yA2twbtgfiSDdVSL6wl+T0WQVMvRdnC/YOfTteJvs4h4fRcTfyOpnhc6oHKLUZadUYxqNkff"
        "DPlVt6bC5gFq2xD4aF0B7Bn4cemXpi6yybNcmPLMJg5BdlgxkucpdkiM7/A7zjmYqxMHUSQY"
        "xONrN19/Awd5oJCVMm8zE5BL5Tnv5ttykAFIyK/+o6wBvnPr8qMh5MTdPogFyM70GkrWreHq"
        "PVOsHAJbYMdNwUhd7HXMtbgc7uE5xYkAbvJcUynCOfD8N8uazgPw/1+LCvIn6+DaE0koMBR8"
        "K2av0wH7JHfwB4dJMXyLSqhLu7oQSDP4mgPUvZg6Wdt6rsRvGPjGA948nGIA8sk2JLM0PF5t"
        "r7Ts8HtxDklEJvn6bEcCYgs8i3fP92nPN562YQRs1Bqbvue9YA75WlJ9o1U3n1h/VPo/ifWi"
        "h2tjrY+s02fh5pBKNPsWycxGcbeGtO72BhxQ/ix3fdXJw1HRAg1AAr8WbrKWGeflbmo1oO/p"
        "llDUmPuX3f3A12Lg3YB5QodysYfxyHKU5rXfss/QLXMdu/X9i+e7BDKbgo6P2HCHbq1u+R5C"
        "ZB76y2I6qitInJ7yx9Ev+bndyQ8mVS90nejm9ppKBG/Ow1VjVC+cy9Csh0XdcztWQEJPwyNq"
        "NT5eIS7SLt7SW8EuQwrjdEwmweCm50eEzgtfg5tk/kWBznO7ac/gq/V+OKnbgqRUAQe4DD3X"
        "Y/41cp54pB9/x+NO58dmHS7s1tFgGL/GHJ7jYJfz87AQ9aAJZAq6EO+RUxYf+XA/cwFvejzj"
        "ttNJxU6mL38K5MOB/HhIeD50Jyl9E8XkGhTV93zphVlyjcG7Q95Awd5otx5Hirix6RjK4sf+"
        "NhLs7S7QS6Hn7SDnjtiQH/aFd9Q2TcNu/8DtofvsXUZJHPd1XsDDZjsmyXQ2UmrgBlIewzmB"
        "8XgLm+MQyZ2HiD0/bim2TP6Mh1Wi15f32Ormp64PsR/xu4rwZa/nh7N5yzge7g9kd2uwpKhX"
        "vDYor1m2+DgtR2KWl3od9k4EyDGBOpHbU96wI15l7ugEZ/AG4cgh+D612H2ImWQH753F6W14"
        "0PvCquVwjBP0Lb0wJzIou3mmIl/eWDShHkshT9X2o+1rYHVzbFIO+b7aIKvtcDfocvVK7O84"
        "gnL/8ZyvvGYE/OEahVnhkv2DtZq3DfFLNy93dyHnQYfIzEvo63ankxUqZv5Iz+35u8Z3u2fa"
        "ro7AGHEqm7Mg8wUuzpbG9NfDenPyloxH2l8qdK8cwW5WeZ6w4utx+1ykbnJgmfFX7kLWAvzY"
        "vLDf72jqH4Vel/DH3XxWS8CXaK7zDjyHz4BPQ7z3sZnPsT3wwR6/TR3uhrbeToLcYz4/CwXE"
        "ecce++bV/bEb/9HNyxX5pBDFWu65rLLAGrRNfpXGXodkKNH2/TkXPO8Z/BUwDsi/dnOhHQbz"
        "yw0Fs+ma3+mQA1bQtpvfsS9D5pRDlH9FPScfsnHpzDtM+/ufObZc7p849zddm9PIuruxWIDt"
        "zZA8kGML8SBEkBQegK+7+OWA3u1ZLFPNxbx7yTxxm/YE9eB9Y7h2zJO73b2riRfdHJwNydLk"
        "bheap+n9cdNCkpeRtp8p8EXLJ8LMkeV0gwoKNjsBog4cGsYIiNBcyGkF51fUIGnWiEbdWDws"
        "sOEgbK0F+0QBxCNkdLbu1hC8cgIsrTSsislhYs1YA3YGmEIqRJ7q9J9Nu1xU2xjFu+d8sJs3"
        "fXkdNFOZctnT9ux9dPNVrkUTyPXx4zBZjpJFPk3cfNJf7Ecm/80M/oFsFvTbOsNRmHd5i87S"
        "BX8Wc8Lk3BsOynIIXADiIlKJ96mojpsrQsEpUxXvIV8+H1+mStFcVsbmGfjT9WPEM+3jl934"
        "voBUMUDlNGNctdAWr2+xFOg8V1d68xhLSx6DPzjNmd87ga0UdKFAu3ZB42FBRS+iiVqatXjM"
        "7OV7sX3MRtZo//2R95cuE/o7gLlges3+lZ6DkdWWhd4vNF8wjtoLmS+BswZm/f6g1+dXlCVq"
        "iyeHfZh7YziAk3knOIILSX2cLkd7b+Wx3RL4cnoLs/RKF3Ep0ALl8sjx4I68MfY/iYuW2/KV"
        "heCzlmUpM3+YDy4nvN1cqjalCxTeM1KfS5TeWHYWXoGF12AgupvcU5sCw2+GDrUnDw2Gutl0"
        "mQGDW4MO/ZJloINkmK8v9+WQVrJYudMMvQNvDO1gePiyJHBHkCuxRH+MtzZz9XyXIGPyaYfv"
        "YqNqSq8B5tcpCW6DCd7xEC/pFC85s4NcAkAmeMOhTAMSVBO4jr8ZBhu7eaXas6OovFSthoUP"
        "+R06RVu1PBOxTIjez61yC1duRdAME1b5HxdwcpqdbDeVy6sA3tL74qlUqHfNkJdiuano7vD6"
        "cU16ozHp79byHSyLwbH6WMN7Jt/3lw2tPjefl90GfZTFCsYNX7bl6MZgfOD4huMEB3DoDHKp"
        "9cS1opdvqffb/lrPN/sDzP6qTXqw3TmdhhnkwDbhMaPdXjSh96LRbi+a3oc28ZSKkrW2cwUc"
        "VM4pbYRIJY/SAlqE35mcBGn9Zo31/mO4tucesflbSsP9opmjY7f+GOu99W5wsZRK9fzTc09O"
        "tYDkaDk/Jm+yocZ3oSDv1p7tmbjZYoLqaUtwJpLQRR4cCRbjBFWHJfwu4LBvbfwa5SQIWHbI"
        "4zf6x/6ygOTw/nu93p8g9bf9BFs0fO6PCnOk9N5380B3Jnpvbe3+7L372UPufUA6d+r2vcYP"
        "TRB/55uBXjKCps0XLZBhYESf7Zd1LbVDVHqdBuvvFPSefxaIn/1b9RjO0HKlPeLB2xVWEjSW"
        "krW+F8h27pycRMX6ew/0imQ3/6E3tWXa0Rp2SciN6P2megbJNfs/C+QgMZERopjGIM0Ucsvf"
        "39Ms9H7UkCWBDePBud6rB301YtD1cYYc18GckQlk2CBLp5NviGetkUl/cyACfW+x07wQmP1z"
        "j/Vznz+uQZHcEyp1MeQ5/iQHOZZUYEoz1CIBOPi1H/GP/eEuGqGf/YyHMgYZZ+j8lejvS8Df"
        "cogR/Gf/2strW5s9+AcZ/9qrhpXWf21Zf+hzuSGWGig9yZFFluUqZOv5oL5bIkEDx3oJ9GZ7"
        "iWg315DCsHGaEMi47tjsl+swAGWO5HPe4o9xh5HgU9nNZ6ErJMun535692efJXb0fqiA3oz+"
        "bX7N+5tuf/tbFoz1txatiJ26yhKQ/UEjt1Dz6RFwbqn50UFHm8/tfe1Y1idkEpT6ZXyE2OZ0"
        "+xMrupZ4FLDuewsvuFmDqpmfU70HdMfOIUXkY/b6Ov2aPKwDsCmuvGwP5IPnmuMEbfPPe9IB"
        "5mY/Vz0x43Fww+p4xb01DW+Ha2yJ6R05Ns0+KdL7hgeiDcyctlRkcn6Nx6cxQQpveRm6Xc43"
        "uOv9IzixIz3X5fzMde3bpP+wtqO7lmvLLfAbJgZG/zznBM908pyQnFI9dxiM/3M8iJ2In/3i"
        "7sv/tl88pyX6w/7/o50jlf/f+hiA/E/1YKW/99eSmgPuh+k1JyuANDvLZKLru2/Jfr4r+UOu"
        "H/ya781Crr91MN/shWc4g+XtwLYxD/8BbxBcLETV9akf0/7zvZ/f9yk9X6O/90EK4jvS8cF8"
        "Lwjgj4bWQrA3DuMXt/wzBcxDruHp86xNjwz8XzgSLIWzXluDa1EKftDF4fqODngcORDvKX/6"
        "Jo4zm2Sf6DQVq6QCgXBJ0D70tss1VtjDa+buX4hCK4Hwa7XASxUgyLru143cHVZCGN0x/b0V"
        "irQdN6IsO31SRtACDgZ2sMCUufC7YHp+taUpahkDt7fQbQ1UwIDHgzRbxHd5Vp5XF2ATAmeZ"
        "RCn0e61WeMnYna5WIRF5TSDHCmZqk7G+XGza9bLzJ+2Li8RgJnJgepBP2BiJEHLKkpHAxVTR"
        "kARPPOn93PIGft2DO0FH2SVFk5dVcDntOU4zCsHjrPcH+y+p3HzgxoOc+TAIV8Cxl29XliCh"
        "Lpm31jxiVYvlNKsglwrYCpH7de+txeUzpfnrDvC1TFJBRZbgRMkJUfkrtOUnnkBfy83HYH/J"
        "yKS/DS7gN+BtfXiJbdZnvt6vQP2t2Ocgw3AvD6+ELCVOljXaLdPjciiV39ledsd5980nICWs"
        "JN+7eDUmG/zBvP3b/D0/k2GKCMUKxlTtIbIfwM9uNoR4kqiNQ8AXNFvQ9rUkbEW9kur4V3yU"
        "u+XuExK0/G3T377U723xtHUztmA3cDa6NGVzXWOfdN+vPeOOruO4ykLzPR0gCVUmrgzoGsYz"
        "gDLV+krlXnI3aefooDy1TMy3kiDhpx+3u0XXl/77r//6q/uC9o+Pbc2Xtbb9f/8fgj49wA=="
    ),
})
# Experimental stubs (flasher_stub/README.md): a host must be ready to fall back
# to the ROM loader whenever a stub does not greet or fails its self-check.
STUB_EXPERIMENTAL.update(["esp32", "esp32c3", "esp32s3", "esp32c6", "esp32s2", "esp32h2", "esp32c2", "esp32c5", "esp32c61", "esp32p4", "esp32p4rev1"])
# --- END EMBEDDED STUBS ---


if __name__ == "__main__":
    # Run as a script, this module is __main__; the package beside it imports it
    # as esptool, and must get this same module (one FatalError, one registry).
    sys.modules.setdefault("esptool", sys.modules[__name__])
    _main()
