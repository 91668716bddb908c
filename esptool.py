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
        self.confirm_digest = None      # (esp, region, written) -> MD5 asked again (protocol.md §11.9)
        self.misplaced_write = lambda esp, region: ""   # -> where a ROM may have written it
        self.erase_guard = lambda esp, region, *_: contextlib.nullcontext()     # around a write
        self.rom_baud_by_divider = None     # (rom, baud): a ROM without CHANGE_BAUDRATE sped up
        self.argv_expanders = []        # expand(argv) -> argv, before parsing (@file)
        self.image_detail_describers = []   # describe(image) -> lines at image_info's end
        self.deflate = None             # (data) -> zlib level 9 of it (shared between boards)
        self.send_blocks = None         # (RegionSend) -> compressed blocks, answered, in order
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
    followed by the text of a program it started is not lost."""

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
            return ("The program on the chip crashed (%s): %r" % (marker.decode(), stray[:200]))
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
    meant, docs/protocol.md §15)."""

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
    default, as scripts written for v2.x expect)."""

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

    def write_regs(self, addresses, values):
        for address, value in zip(addresses, values):
            self.write_reg(address, value)

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
        self.check_command("write compressed data to flash after seq %d" % seq, Op.FLASH_DEFL_DATA,
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
        self.empty_flash_begin("left the loader")
        self.flash_finish(reboot)

    def empty_flash_begin(self, action):
        self.flash_begin(0, 0)      # erases nothing, unless a damaged size says otherwise

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
        regs = [self.spi_reg(self.SPI_USR_OFFS), self.spi_reg(self.SPI_USR2_OFFS)]
        saved = [self.read_reg(r) for r in regs]
        self.setup_spi_user_command(opcode, len(data) * 8, read_bits, addr, addr_bits)
        # Without data, W0 = 0 so that the bits read start clean (docs/protocol.md §8.2).
        words = struct.unpack("<%dI" % div_roundup(len(data), 4), pad_to(data, 4)) if data else [0]
        self.write_regs([self.spi_reg(self.SPI_W0_OFFS) + 4 * i for i in range(len(words))], words)
        self.start_spi_command()
        result = self.read_reg(self.spi_reg(self.SPI_W0_OFFS))
        self.write_regs(regs, saved)
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
        with self.flash_reads():
            for chunk_offset, chunk_len in chunked(offset, length, self.ROM_READ_CHUNK):
                data += self.asked_again(read, chunk_offset, chunk_len)
                if progress:
                    progress(len(data), length)
        return data

    flash_reads = contextlib.nullcontext    # a loader with a read command sets nothing up

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

    def flash_digest(self, addr, size):
        """The chip's MD5; without SPI_FLASH_MD5, the MD5 of the range read here. One read per
        chunk: this is compared with known data, and a damaged read can only differ."""
        if Op.SPI_FLASH_MD5 not in self.ROM_LACKS:
            return self.flash_md5sum(addr, size)
        return hashlib.md5(self.read_flash_chunks(addr, size)).hexdigest()

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
        if not stay_in_bootloader:     # a ROM loader is the bootloader: else, leave it
            self.run()


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
    it was read from; `name` is the ELF section it came from."""

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
    `stored_digest` and `calculated_digest`."""

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
    upstream fills chip_id and the chip revision range, decoded here too."""

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
    if `data` does not parse as an ESP32 image."""
    return read_esp32_image(data, warn=lambda message: None).length


def looks_like_esp32_image(data):
    """Guess the chip of an image given without --chip (docs/image-format.md §8).

    An ESP32 image has the disabled WP pin 0xEE at offset 8 and 0 or 1 at
    offset 23. In an ESP8266 v1 image offset 8 is the low byte of the first
    load address, and 0xEE is never a word-aligned address."""
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
    `_read_elf_file(f)`); `ELFFile(data, name)` parses bytes."""

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
    a whole extra page in some cases: images must come out identical."""
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
    lines.append("Checksum: %02x (%s)" % (image.stored_checksum,
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
    others = {name: chip for chip in CHIPS.values() for name in chip.IMAGE_RULES.ELF2IMAGE_OPTIONS}
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
        self.empty_flash_begin("attached it")     # docs/protocol.md §5.7: the attach

    def empty_flash_begin(self, action):
        # Attaching or leaving, a damaged size makes it erase at 0x0 (docs/protocol.md §11.9).
        with EXTENSIONS.erase_guard(self, None, action):     # None: no region, its own erase
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

    @contextlib.contextmanager
    def flash_reads(self):
        """docs/protocol.md §8.5: one 64-byte READ (0x03) set up for a whole read and read back at
        its end: a damaged request that changed it would make every later read agree on wrong bytes."""
        regs = [self.spi_reg(o) for o in (self.SPI_USR_OFFS, self.SPI_USR1_OFFS, self.SPI_USR2_OFFS)]
        saved, wanted = [self.read_reg(r) for r in regs], [SPI_USR_COMMAND | SPI_USR_ADDR | SPI_USR_MISO,
                                                            511 << 8 | 23 << 26, 7 << 28 | SPIFLASH_READ]
        self.write_regs(regs, wanted)
        yield
        if [self.read_reg(r) for r in regs] != wanted:
            raise FatalError("the SPI registers set up to read flash changed during the read "
                             "(a damaged request; its requests carry no check)")
        self.write_regs(regs, saved)

    def read_flash_chunk(self, offset, length):
        """Up to 64 bytes: the only way into flash this ROM offers besides writing it."""
        self.start_spi_command(addr=offset)
        words = [self.read_reg(self.spi_reg(self.SPI_W0_OFFS) + 4 * i)
                 for i in range(div_roundup(length, 4))]
        return struct.pack("<%dI" % len(words), *words)[:length]


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
    open file), or the command line's (address, name, data) triples."""
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
    `header_size` go into a bootloader's header unless "keep"."""
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
        reporter.warning("WARNING: the image is too short to hold its SHA-256 digest; not updated")
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
        size, self.address = esp.FLASH_WRITE_SIZE, address
        self.timeouts = block_timeouts(payload, size, esp.IS_STUB) if self.compress else None
        covered = inflated_sizes(payload, size) if self.compress else None
        self.blocks = [payload[seq * size:(seq + 1) * size].ljust(0 if self.compress else size,
                                                                  b"\xff") for seq in range(blocks)]
        for seq in (self.compress and EXTENSIONS.send_blocks or send_in_turn)(self):   # answered
            self.sent += len(self.blocks[seq])
            self.acknowledged.append(covered[seq] if self.compress else len(self.blocks[seq]))
            if self.written:
                self.written(min(len(self.region.data), self.resume + sum(self.acknowledged)))

    def announce_block(self, seq):
        size = self.esp.FLASH_WRITE_SIZE
        self.esp.reporter.progress("Writing at 0x%08x..." % (self.address + seq * size), seq + 1,
                                   len(self.blocks))

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


def send_in_turn(attempt):
    """Each block once the last one is answered (docs/protocol.md §4.5); yields its number."""
    for seq, block in enumerate(attempt.blocks):
        attempt.announce_block(seq)
        if attempt.compress:
            attempt.esp.flash_defl_block(block, seq, timeout=attempt.timeouts[seq])
        else:
            attempt.esp.flash_block(block, seq)
        yield seq


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
    flash_md5 = region_digest(esp, region, written=True)
    if flash_md5 != region.md5:
        esp.reporter.message("File  md5: %s" % region.md5)
        esp.reporter.message("Flash md5: %s" % flash_md5)
        esp.reporter.message("MD5 of 0xFF is %s"
                             % hashlib.md5(b"\xff" * len(region.data)).hexdigest())
        raise DigestMismatch("MD5 of file does not match data in flash! (file %s, flash %s)%s"
                             % (region.md5, flash_md5, EXTENSIONS.misplaced_write(esp, region)))
    esp.reporter.digest(region.address, len(region.data), flash_md5)
    esp.reporter.message("Hash of data verified.")


def region_digest(esp, region, written=False):
    """The chip's MD5 of the region. A request the chip does not check may have hashed another
    range that holds the data: an extension confirms such a match (`written`: just written)."""
    md5 = esp.flash_digest(region.address, len(region.data))
    if md5 != region.md5 or getattr(esp, "checked", False) or not EXTENSIONS.confirm_digest:
        return md5
    return EXTENSIONS.confirm_digest(esp, region, written)


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
    esp.reporter.message("Erase completed successfully in %.1f seconds." % (time.time() - started))


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
    compress.add_argument("--no-compress", "-u", action="store_true", help="send data uncompressed")
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
    p.add_argument("--version", "-e", choices=["1", "2"], default="1", help="ESP8266 image version")
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
        "eNqFfFuP4rq27n+Zr2wpoYAibGk/+JbEAUOcECC8HEEAJ4RLFVDkcnT++xlOoLvn3GtptVQC"
        "48QeHtdv2MP9f//a3u//557V+7/+27KGw8//an94bG6Pv/67aw57g+5Hv2/911+7zWPz13//"
        "hfQ/R8pH2ePc6Q9vlK69L4x77taMlo/b0nGq+bws8QIpNTw+Ak/41iw7dh8bcf9wJ3fh5efR"
        "PDT7635ffSvXH4+eUuhRXVxy1YwfoIApxHGRO0RFE4wKSiWfIWkhhRLBgtgmsh9hdJd2EY9p"
        "GcFLuP/l3FaL28H9nD4KTuY/9a2Hb8XIGoU3JzWTeXAkV7ReOMYui5Vzfo7McHJfPA1jOFyt"
        "eJ6xNb7lPSc24gHdb+KUTAIvzqL9KCe1FDhYnvrn7/v+43NhysloPbeZJGq/ST/EcWh2Dud6"
        "z9KuSnpFP5l2D/OHbX/ZeH85fh+y49Co1+g8umR58X2M+KDz7ODRxXH52dltZdEfHLrs8/aZ"
        "fyfGPvzAkx9jXTwnnU55+dyO/evluv+2xcyIcPDBMb3I7vRyOu+e545bZe7HYnkTAePZxTwZ"
        "1rf8TI6n8X1w9Xyr6J626/VEUD4ajWaGYS4+WBqNOt+OoQZZ3bGZwNdPFhD2SQ4nvzc98M/n"
        "9hl2q+/A7G9vczPFofyf//mr1YA/NePT/Bh8mv/11/7yuFXNT/1er/v52f+vvx778qGVhVPL"
        "t44bY25cJ8UJLUnsSTzBFvJSVLiWYYHciDswavgrClYqhpAAGbOchBXviWeER0+jUTkDHu4T"
        "s3m/z0xMVgwbh6aPJ8EEcwR8/3f9ocLszhQ9QMsjyKCWIeGrOAyNGZolhTmZS5vnzHGHRjf5"
        "oPhxis9SLo8ikwVykESCZR4LYQ6EQv0+V35hWO/1TPPAPDyNKmR9us8xmbu48zQe6Lw9ksoU"
        "6HA04EVEEf+ioZqO73U2B7pEcK8q4l7RPJ9+YBYWAZpa/APG7wg9vpzRkT/Q842EpjfUes5S"
        "zTSp+zPN355CJMLAJyssDojEUlQYIcXdILwKvOTFesUUWFgefyBUhDyXiO+HRrI3DJFz+N4z"
        "FLQ3aBwMn5ZDEUG8z7+9wVdYEISkipBk2OxNZHWVjhIl+xR5TsV+a8yOHgH+CKbtkno24jFG"
        "+F6vB/4E1lr2D9YXKrZXo8CrPEdl72ld0RBoeHgoyri8oUjghceQ7W4MU9nOR0DilAmv0QGP"
        "hLIgYzn9wrII05SjSHncPq0+8HNl6HXgBwiYutwwOUXjwqQo0PRU12nRy5V84CQmiI5Vb56E"
        "6LqdGdVYfRSu2+gd304ME9rmPrQavggg/WgQ+pIDPPKv+R9oSUpPnRC7uwXIGnjO045vlR1/"
        "FCNVkATkrQ5bo5beA/XjKcgrGPkdKa/eOLh8sZavsuHrOpPbi1Niy++EPYbHcsC/WKRYzubo"
        "4OfyLG33R7pTVN6z7Dhd5feNqMkkkaio9Tgi9zysOEL7eaNj3dNkAGt4UKFS0HnZ6Dz86/um"
        "cfAXqfG0lDeHeayYIxv4BvLiJCq4HWBOkBmTsRojrhZzLD1my4gGarHBMTj0TLD9/MOt4XlR"
        "NONq/fssQP+Q1r3UOFiekAWdSZ5dgZ0do7U/AfbJtO3o5yvXMCpF/nifkIjcETqhG1inHL/G"
        "29MvuQe/YJ3SjwWs/2HSuRQjlKlZZ868RLrd1n/ks49HXV0Fza7TH4cUKKOI9vLUVZMM4WFL"
        "A/SVDm44QS+5ejZ9n7/6TPzZ+pltPd0ntUzLynHjaJ/ijtaHsNUHrOktMm2fDb2N/XP1fK1f"
        "r9kTSZ6iw62RRXE4GBz+ZqjAHb8ZX6AMFA10Q/cT0F3+5s3fxjcKrV8ZsVr/IvK0gDE5+BgY"
        "S9u49i9/jHf8l+NZiHuSFBT4W6Ci0VeFzgyCDkPizPCbzhlmVyTdfsNP9P5My18+E1H28TSN"
        "3+Np+eDA8C0vWXEbVrqkaFEsvqYo2KJMSpuUiBdjBnFa8krKAIWMwe+gZ35UzNwFfMfQB/5V"
        "xtCfvOX0QLKiCHxSsx73zXvMtf4e/+DHRwA6UUAcGZkEAV+Kxp9fDHjcvSt7qu2wC2HbBDui"
        "eOU+QKejDD2wVCX43Ji9+STo2Jhb1hjkeW7kKa/gT++6DfySH2smaHJOP2N3kMhzOZZswObU"
        "kok5HcpujCL0YNFYoblbGSZmbHHN0MFt6DnOuAAgs5Nax0L6w/FTpEqhccjwsNUH8IIeHhij"
        "8Opb31MK9mjv511VzJ3KQ+Bre/lPsu3t9ofbcC1cWwUHH3x2yr7LXSHGiOFewzd6l7DeUrX4"
        "iaLa7Sm1rcX+MOpvP8H/ajrvDW27Q0ObfZ50+DdlZOLy6y4LPrnb13FUtLpjVSDvQtxG/sdR"
        "8+eu21y36wL4g+7em1/wpdV/6vEEbLLIS5DNFwq5QN1tRUgmwK9EiwvnXBXJkU6uKxFLNFNJ"
        "qrSiFXM+HSJJRdAdCtyTovw8jKZUuvfWT1eEfxuM5wXFaaSV4gR44WiY5hTt27WMx/WGZ+c7"
        "2q/e7Yu4Ff3JrK4FzDkci/6RZUl4FL084+XHwUo/fAv3WnyQgiPpH2kezrxiADTOdVwcj4st"
        "z7w7US992TcY4u1P88nL/3MyU2T+G2uIP+zvG7X4wJyeAzPluNGhvUnI1vWu8xxTf6L91up+"
        "XPGJKuhEFi+8Q8P6gC6XUIwo+brLb/rU2ChRQjr1tAgovuQGGIqaw/usd0JRH8nCH0vB76Hp"
        "V2M3zvcZ7mj7mTe+q5Fn+aKn9Se1AbFrzZYgJ9sEHlPnibchRax3CYsRJqaNDi1/ez4Ho5wJ"
        "UZk0BTxQj7t8AnG1itBRQcQAz0Ug3gMtJ8QHgotEpb/wDK1BfwxDD8RQ5Em7sa/ot325X+pw"
        "KocyGEfqXEqYs9q4O/Q0aakaL5pwSk0piqCeiX7ggp1VqAaHtpwOE4JEHPiy9NAiDxDgGP1G"
        "iOyYLTage8qsMv41hc9FPXEp8sKrxNnVHzlMm8qUop2gdiH2HZSYM4rE59zkDDn7aBnc63Lg"
        "VyXgDgAXDi7wFIFrhpj7KOw82EDw/mhkhWO2VNhOW3tKgebq0RsbFv0p7PWsY5UQjzyHNGrz"
        "xxjI9Rv9xuvMyLcgnJh0+lvQ+WuGn77xr+zS1/bXnQM/OzEGfx4dekaLQViGg9Ia2ddK6wn4"
        "DiLLBDCg3IrhmljgG3geJeKwMsZ2JALkmq2PV+VLp+/v+MBpigEJA65gEI5ol5O0C9/hfUYp"
        "E+CfT+VbL3775zY+lEh5Ukj+2x+YVIBvBvoqVKClWQAmaO3kQX/FGW1fvzEXEnOdLyA93gSJ"
        "93hS09eMP0Gv+KPjDILYwYCm4qjx/qiNISkkFhlSJIkyrSsK4oPf0Pv7c/K3z9/raJJbpv2b"
        "ni9A+S97qSFYYaR9my274a91CAQ28eaHL029ro/f6/ojziCNGGA8VNhaZhrLYJkDL+tX7P67"
        "vfjw40bLu6JNm0IbYj/EpwCD/K8Y/E/jX8bKgfjetAskgT/aviBQw2xdfPfkFDIeza8dGqA5"
        "D9HuHPSkZ93B1sDOGtsDPCe9G7fFN8DBo4VcNrlODu7ZqPZzVpTgl/ovrERE3OiShYKUgV2I"
        "B1XupV1vcawl1+3TC5cFlDb9x6ZNVTCU4Gsyz0fofhS7leENhQNzkiDLod8Uep6PNp4JiGfz"
        "MtOo212375vkyLSPWTqAdnU+5oPgPMM6Hz5j4+tWA+7atfKcEZaWT8Ob1JDsEYU/70U2L2zL"
        "ylHGQvzDnNyIE2qIk4U390LVGDV0uW5NOOnL8cL4cq2TP5GjB+pgQOB1j2LlIO0zXI/Y5b3e"
        "SrXlp6S2yviMbHiXKnycivIOseV+GJErWPbPG/NVHHIA56UXWfnv/HOm9dtTLsgTQmZrj9Wy"
        "ySXX0c6kM1IPBNjfZ+RKYaHBxDdJoO7IqXkhXFnNcUlAT74nkDs5RCVkZEIMyxMvF45jjBzU"
        "aKH7aP3OtjLucQy+3z8yM6O4XCbP0qp/6IN51X6Myyk9mv47pi6OnI1x/b3qXDN+LnB/2kM3"
        "bF5dVFBo2yCvBPK3bI6Lz/WSO4h9iTiXsVOL3mV/3OhYiubqDnHikhf3iuLiwooId/1Xjp6k"
        "6YftXuVB/cKdjb/roQnor85bwKfgHapNFhLuiRDizzwxcaXj1OXvNvTi5565I9/S/sQqITfR"
        "MobUwLWMqvkcNp+Nbbb+K9D5nkX181JrXjN/v7G3OIN2M555VNo/6fGNAmbyLR8y0Sa/avBR"
        "pe3XavCBR/o6n4H8hkoiT8jWbaLGsJ5C+29T+wO3Wd/vNpI7eL7A8tVu7BsLD/p3JPGkr+2b"
        "/LZ/R33B80y37xofN/beztf0s+ICz0eT4s/xiNLtf/qPto2euj15z9f2y1/PT9Hf52/m+4O+"
        "iZ4Pm97fxge/AvpMCPgn+hs/5gTwQONvqaX1/Z/Pr7U/8wv+9mc+AftAKv/b+6TI3/56pONF"
        "i0ebduNvG39IkvG/GP+hx8Mglr+t/zc/Gnm1/Gyeb+XTzN/kCxO9HlLoeHFF6kUPeKX3epr4"
        "heUP9Df60IyHdfwC3A39d93/x3x/rPd3/Gnkh+QY5Jl/MxU/PJRjF0VZLM2zbaOz7RZn2+mf"
        "bWadbcqnXI2uEQmOCvUVR4tbf5oA9rQUx/zOWXKy0+jMrPjMhsmZfVq5i9CqgWcwJrMgNyz5"
        "smdkVpeAv6vKnRTs7qXiBH81zfIPns568PesfyT5nBsePx+LjOD8aH0AFtN7HfFzlCxJycZH"
        "E+L+8UOqanP95mNE95teec/S581IB/4KcIqb/3Dnu+Difkqq6g5Y0l4zvU/TJ/vD6g65S2Uv"
        "jKLZU3Co9r+ziW3Mro83/erMBmjRxlAR9QyVscFYTrXvmioA7+C4mj4ZHYw4Y8MZCio+v/ZY"
        "GkEsuT5oYc/beAX5xKKNH+kXRIEzqznEXU6ouRvycfRNfwCHQ8zznW5BM5xnwr2uM8jgUlFN"
        "SIckK3RdH5CqK29gkTKN8Kj25PoC378QGl0ttc4tkp4sNDpZs3UG3yHurY8WxD8TpRdFvBP8"
        "9tVH+JKg9ZdF8M1EdDzpCaWAx2OnUMS5Q8Z6z/Ywz/aCUB3qudJnjNJzoTF80LTvMczNby7h"
        "l0vBnVBRGKPQ+xPnZ+E5Y0QcW0cC2vYzxLLrFPINmOOuHGelOLSv0J44M+X2RCqhzZt2r3lW"
        "wHfPieBvoZ+doaZ9kdA3Y82YE5BXpOM9yLJgcZPnjTOGWePvifPztDQ9ApVY7zulCjHRyEFA"
        "LkKxOZEWJi2+Xl5mNeRF/T4K1X065ETvX8yAjjpQGL/yaAijjqtxgTnBy3Y89Od4LubYeA6b"
        "8XqzY8aDLeTdgx2KzJm4m7HOvTqHpv/MUrPsH/qZLPgV7fcVDsfPKo4xYInjzebZzVLQN9U5"
        "gWXW+5CG7sbIbgLwWdp99huccHR52vX71c1KKqkE/mzGRs7Rt84B8HFUsLR+9iuNU4saONCN"
        "KWYqA5WB35wk0r+dYormXrOHWaG1YdRjVV7XI62kgL1gXFRdES0mFcIf/vCNRwXabTtNzP6Z"
        "7HQ+0OyLKuokTwubDQ9Qdr24eh8Bm+17709n+7SQxoHrW9Jr8B1yhXHXdmeSBs8hd9y0qTkD"
        "vIer9r3y2xiKWMdXkHMKfodiDjyiHuvkRxhHRNf11ug4RyODNRz5DNKmI/ZBN6iJO6AXz2Yc"
        "avG7whNpIIHn97xWP6DTXlmLbIwHU0onUwc53Wb+aUFmGDL7Ot/PyBA1eOget/sfmCvAQyK5"
        "r23gVXo8DM5pjbU/E2hQAX4YJwF987XM0KblV/+bctzuoWjeClTovknTlyrxm+egt/E1Nhs5"
        "YM0TJ2losjf7GvK5mnjpTDrr5jfC9fe4+c7iu1FUAsbJruhIat/CJ7/VyaE/dDzgPSJrF6lN"
        "iObmTOvk0Wjl037iHc3Nma9xtglrjeteMkNmPR4UO2ZX8fyYxfPAcRsaieMWaEQz0Id43qwB"
        "7Kbr1H1NL2lpu3cMPRZyUNv20ulxMkMWunNkj9o18XSawe9VbNuwlqm0P9u16N8BQzNqMJ9W"
        "QvfNAS+uVp1XLOnZ1wgB9FBo1fJQZswMIckNGIynx4UxZizpKtAC6nnO6NBP4PvMKxOudZBO"
        "xo516ENepWm2z828GHWuJKdOZ3De/twh97OPze+izMTc74TYJnGhZVdEnM0ot7FJJxOnBAL6"
        "AM4PE66GKVV9PxT+dT2DzPI9/rIZ59dnMef0k5aPYwca5xR8WqBYy88FffPTbOVvz37xCt6L"
        "ZjNay4nwM9TJ++UcnhHWdTsxMuBPdGjeRVGrc/zbK8FzByh6yQh45IPcpfGy047CsvEd1Cn8"
        "fqOb2o8/wN9O3vY+r/9BD/v8Jc8Qsg8tG8R6Lf/WEKxRyhFr7UhA30HLIhb6fEgCLUNZu3fl"
        "PsCJAYjGM+6jJzz/aNcYEzx3i+b3dpzv1j/cjL6o0eK7tsTdBn/KsNf6mrL3NAXoDtU5HmcV"
        "NZkM5F1KiD+Yt/4DYnKU8bnEbvtOgirw4yzeojn4i1f8cOnYOT77IIuV0zLxpd/B6p/rn/9a"
        "/wnWRuHvUleze1TWz672e58+QTXTOkxol1F47oD1ntIiqAtMUdTQc0WuKwqIb5DML0IsI3ee"
        "DEKXGqukclao1/DF9lLfBXtXbsdIWh3wwffP7iXkOGDn05uzBbnJTW/kyyjDwHGbYFv10FWG"
        "E8IIZncyVh/KrZv3yYte5ZZtG/iAgN9J4z9uyB6rO/5ajI8Lfda15edNZdmTA7P1WrcdXBQL"
        "aUeB2LijuYwetAv0IcjJG9rWBGcmRnt/9MZ7Yn1rnkPSVc0z4BPvxMTOUeDes9fuUc+DkM+L"
        "i19cgS9xz8diRK+x3fgATe8TmQXZQ3CJm7hg2aAHQ7ESbIWi+DjioA+zIyQFfq/RY9T6Wsa/"
        "SeEiseEKYkzS5KaT5tPnrdwkWAbjajEEDPWgRgTPO6foexp5+twqW98mRe31RzhseIRbfmn+"
        "FFRjjafRe8fEWXBDTVyDeKIW5z0Xy8mojVEo3frdHa4VmctkIjT21DGm5ffWuBar4AqN7aTh"
        "GYxhL/Kxjba0aR+xPuuSIwRxzRSxNLIN+O91R/NB++/vhod0hFQxb9otD/Q+4BMivHrwEnJv"
        "yM/VS58J+IhNO5f9PekgkGNzdowXU3S/+cgB2WoaIB8vlQm8QmrE6IkBfKZ4WEwERsOUXR5g"
        "v/ioaRiReH4K43kJseGO84YnmHD4jcNvfP5YKkWV0aeuby308biOnaC3tvP5NN/+RuM/8Dlj"
        "ZwC23MYHx2n57TU+T68t9Vt+845JdFu1+gMYRcDcK8iXED60MoH2Vk5CaB8aeoCWqOQHMysP"
        "1uVeAo4DOZjK7rdyWF8a7jS2Yc4gxrT8UZNOE0unHCftuHovUKBVyzND1uAj9dironenqwek"
        "V91Qt2VJ/e6UHq4ntLyNXvsbCyGPYAumjimXdm2MGXPIC5btfB9P4/Isnq5r6TG2aGLhlbgl"
        "OG7XrcwM8MsRdLHxi/au1enX55v2xbMZC/Q+KxYKL5v1o/JTH/wVaMlU6ACIysxcZxYUcqfi"
        "QSXkKHoMsX1ozDGRJo4Obz0C+iKjGbMcWriWxsXnDORk4XlLFw6NPz8p4H8dz2ItVwBkZruP"
        "h+xWniDLYYMJbNb6DMDPu4MlANMdueiz436Picq8MnIb/zZzHfXs4tIvBAVrhfejP308xLKX"
        "D2Ifv/wj0RgmwtOWvrR8FgkqWNWuEVmQNYB+sdbn8XVlSIQnrzVMGp0igFPN6upbzsboBjeY"
        "G2WejcT6AXgmDQbjlENcCx7wt4c/8CdycA2asxtX/fzan5Z5qc/KWDGyIIuYwzTiGlEhWJpJ"
        "Ucjf56r/PE8nXO8HHXW9ku8aWlF0+6TbHuHQbvaLlvo821btefaOrvOd3vM+p2Tb7rsCRtiY"
        "Ki5azDosxEzKYeoWHLL/4Z1emhh8GucAExc5/VqI/c04yuhzwhTh+6PRd/tqnIENa7y3eOrz"
        "wgfu7WsUmpS7B8A16nvM2zP+LA/G6+M+tGr3YPS1fQZrvsqDbG5/Nb5f50qOwmJ3MeYgf5zn"
        "GO3ac9g9tjlaqDSjNtCzdTuZK43OzYC5PZS5vlG7oVFd7xvgff20ILZe7x39/TC6AmX3MfKm"
        "9IS6IFcH8ZqI5GbMjsUX6tVhoKIW5wSO1OeaE19Nx4hfXPA1lWEJpP7VfmnL72b/jamNrn8x"
        "Dlalx2jrU75IiGQflRNs2e4AVBxiu645Kth0GLnv83dYJxehyd5ybc4z2Thla8xY9EU2SOpz"
        "/e1C5WXs0Hwpg2+egzwqlOc6f7CxXIvSRofVP/YfW/q0YBCvtD7I3/qRca3l+OyFyPEIO3vE"
        "dWBOWdi5EwfLhbeOz1/ZUq71OYawP17fn6Pv+AJPHFxjc/bW+AyYAPpmMi6HhvWqyTGMWeat"
        "kWrPG0izYa0gzBybDZ653t/sN/Q0+hvo/ShfrklETUeeWn1ler+qbY+w3p/U9kJivX911s//"
        "s795n3BHn0fp84Z/2Y+Zfr9pe3q8tj3T+5XN+Lj/9/52voY+qusr2v5Mjw+R993e/6L/f43H"
        "fr3/T/r+6G/ma/WHO815rlMUZxb2z0yiMwM/OAnjwB1YgENmK6bPT2aI5GkY2x5LTPvge+cr"
        "5PI35IZU4fNWjp2npB+HcHr2peek8H0uB2cXfh9LfNZ7IoCQHFrg81xOHCVp8PA7zjfkmhdj"
        "v0Mq7qBdYthkDXghfqDdOF09bvuPyK30meVQS9XZ7NB1fUayqryBSYIrw2kmMKNM9UlfoU3r"
        "s7jqJ9QXFwH0qYIJBRgIbdoaIfCRr3a739WTk4JTeVZq7NjSLTzmfCjlOaxw0KRkiQXoBuL9"
        "pt0nK6iYmtKcAi7Lu5TiMTzX7J/NNA1oPf81/+jISXAucHMuphzZvu/N9HmdPus5tjUs+pwy"
        "mytA7+ngzNXE8QqAc0eroinEjiMqPOS4rzOmjOd9lN5uhnXv78Q3ecyOkLuNIGX6RuDOgcqK"
        "9/Jnkl3HEB8C83tyvHagz3v1XXID+gLom0dNH3X13gjgaPCNIxNyzGqy1zUoIuddefrcyuXc"
        "kOfBDNoW/7b3PuCpa4i+J8pu6xPIZDYryrnILV2k2M497CcDak7HWR+v2/N856z0KYPXHAL5"
        "EuKJsrP2fT5zcV17tSD4CPlPc6Zm75u+qUle7aQ9A7PHRo1Ggjb1bDaaenusiiq4Pw3N78eV"
        "S8qb56N2bFTsWKy3+q58nuFpDfIAXBy6bAuRO5+FrAIXoZ8XL1pgvHvGT31Hyyc8tPtvSR5l"
        "rlov+fPpZAV6089+0Y/qeUN/ijC1m/nbvTd/rGuhKsunJrX9aqX0+SBr6z4Bv3NGTXnq00Y/"
        "8nOK5q3uhhXPVgowaDDg18MevO1mrXG9m8N3tVlpnrvzyUywcVMnqMfyBn4P0D28F4lIbWKj"
        "euljePm7Pj4Zas8l2elFh9EBLAHvVbRAn37mUfcAfAjhjyRGFY7PblqYAvRNy9P1W56o1Grm"
        "iu8bChMAf3jlKvEl51+Ef8d7eHYQRad0vAbvrtAIYvIMBa29jT13Iue6TV/2550R2FsX0SVX"
        "1NlCfLCOquxWfNHYtGzX4FR6ztXn6uHZbhxvwB4u3s30+L33pDQRe4L7eR/kQa8Xb6gIvkeA"
        "FQeDq4TcVOfDbpaCXEdY197eG18ywvW96iHLWRS6AlsNhSrctDS9n5o7SNLPyYUTl6Xp7DRa"
        "PdCHM4fnHNMjsPbvyQVil7zXPO3ba+U/LPgEbwAYmTvm08p6CsJgai6T1A7rtMtlCP7saNqc"
        "fKLozMZo3+55LMf2slDWVUZpMD5G2n7AvgCntHtqhKqySnNqtHrntnttJMWVyUbQ3rT7gSZZ"
        "Q6gLvhJ0yrjwKus4o83zi/Z5jTlNbLb7Kvr38L2fwc3tj2bw+snj1zuz1x6X9lUhHU91XYsz"
        "9vV53/jHMG6VKya9O/hLF5GPY4myuhOKazb+6VRfUzn1zLTJ54rpjNoE/NjnJNyb6L4eaDrQ"
        "ttes2xUeuUrAOlUCOKcwV+CXbTNu8mNfLsEHR1XxLApxkYhBKjb9ZJ9TiiFu3bNRPcl/2c3G"
        "aMYLx+zbI+ATioqk6mAc/LGzacZqayG/D689peGw0T8th/feZ6uDY2dZoMR8JJU5V6X2Add2"
        "7ylcqWM11+cPxhD0/PgxL/qtTq/bvSeKZg4uXnq+vjS/mWBa5tTGAmzPJNj0hoIEeY5Mik2w"
        "VeEuTHKQXQdLjcWWkOssSPEcILmSkH0APvm0x72gWetF05I1e0NUam/fCzVO0+f5158xmqzu"
        "YD+gc4JasdccKH+zICc8ADu8oiNgNohhBQCiAUE/CgBRTgEWaVmsng2tjmGBDScXf6T3ZhOI"
        "R7Th2a7dj1rKb7Bj2WShGU0nlnkEO4P3BUU5WrX7gfosXv/TNgY55OO1/ztzJxuyPfAfDHGl"
        "sedlyx/lWwEnlnJG5hfY9Iw9+Izd1tP6B/1A/tjua/oV4eGwI+CvXcu1M4MkCbByASCuv4K4"
        "NVdVpeMixXx508ErLWM+R7WcY7tARQiY90lR6BCtkw6kJvl6b9zLTPM0auW77CsMeoctU9UQ"
        "+/qodnS9LBFDEodFpNJQluAPsNVX2wHYCnDWh79JyAM34wHtW8EER81ZOjsGy733bfWexqP6"
        "PLvrSKSoNHxrgI7u0KjzUNcEzUJedgxrAP6GziI+iACz7jQ+/YBcZD6KZTrBV/bVBTy2Ms9s"
        "CZhsYZ1ZtI88GdvB6lEs4ih9LAAvh8UJIFkwdQLI34iD+4ULtrYy2ebKBV58z3OVI6e7DEOs"
        "tpm7X1j213l5nMpAoHMX8MZM4rBIM8jzuY10PSvHMCs+cxe+K9xjS9zjDnw3HwvlxDhxYrWR"
        "Kax7Osns/bK7UmFGvFg8FEkAO17kIf14dkgc2EDXZES3pn3Th0BmjNHEHN/keYcvlMkwTlgV"
        "3/m+Tq72vcjtSN7tqDjKva5jRlc7L6AtE75XV/jd6SuwMVIs57hIB0TXaG8zHlMtt9ENL4WH"
        "F3yMF8IlruWoGaTsJuOZ2pwX4OQAnXS/zkpUKrFRtLyXIUX0c63QQjr4rIJH73xeT4ZPc7J+"
        "7EmSMakyFmxOO1jn+LO3yMPs6/y9eOTkHHprkJsDrP0pMpBPBvLJQD4Zi9jdVvSAla6HWHVA"
        "nlXx67y+OS/X9zOmp6AnRV/eTynkwJKXTLX1wbommCnpR2rsRtAW1xVFI28Hdj4HDEpQX849"
        "jENUjEL4pPCXoetu7t4M08Mog3ZRRBNZf0l5Kn3ex59tvG5qX8R+ZVAs9RnWq0YpFZzgaDCY"
        "fFMute8SaO++arm6pA7QlbKn4LauiRMoygXmdlsTB98J/EbDeurmHfa7fuV1F0X7gd3MhfXr"
        "+gx8pU09gK4XUATaFn3Vj0KeQd/1K+9PDvkkZeJdz/a+A7PMFXxvMZkDtvNnvUsCBBsMwFB7"
        "vyYvS6WdVaHPZbC+J6Br+gFnv+vWSj02JIKQnyO1s7eZIX/VAmrGxN7f6Ou981uB0t/1bC6i"
        "pj9Q51/7Kbs8+JTMEzuT1NLPrm5P+5xS177/mitMOrpK4U/aZpJPavzcBfoeA3LL9tx2axrd"
        "WBjyX9bfNus9/7pPlJeBvjv0olPouvZmzQLWvFjen/3fdbnem962Vv8jcOWn8pFImRIWRUVp"
        "6/s+bz4p6JP8Tl3xRH+va9XQQa/foEZTXw3ylU3+jP64v6DrHy9GZ+6O0B2QNlHQPhgF44Fg"
        "UnIiux8LproEjegIPTjyUmzBn3rxYIYy1dRgtfUZteQjWum653adfTImAJ6/JwI4m8DyIlQz"
        "gnIZoiNHaSn2E+P3PQZXy+BL74m89dMjxZ/3sUb/qAlF2X/ox6/7Vv+un/+Hfvkf+nf/oX9L"
        "ro70C33/QuC5SfirHnYuI09IiDWv5wFr/K4vRQ2zsWGMLMtqZMIYFRA4uGp0RkpwlIb5qk/+"
        "m/7rAyy/1Jv0hnz3i6aOGuyikW9Ote4d/DnwGutzyPe9j9/6R2CaqK0GhRE7fkF1PRnX9WfN"
        "fRjTJLMjFyhP6vHJ7RndvYkX8FknXTdzP4xqbxJbf0JWQZMu7eqa+yJcDKUrD3NjOpQY1tuu"
        "lbzts633amuFHa3f6H1ngoN+vu+BeMbk8ef9J1374hdSjah15WBvSrerQrcT3faafgTtzl3X"
        "J33r/Zex+lU/9p/aN5K/6s2a/VHvujsHTY38PC8/BPPuUR4M5WqKL3k6lgwPW5vsi1VtMN/C"
        "dgpSA38t7r4RgwzRvs0fx9i2jD6qWAi5QkUNJN38VWst9F2yiOhzR0uZtAj47mCQWrzuUSDd"
        "Tz7PgHY5UiIj4RWnFQbcxHLQx0+7EBVZMZVs19mEwOTLT+IKo5uX4yyC3KKtBxfRY1HWKzdQ"
        "ot3fBrp9yFLrxo+TZC6bc9YXDWbAE9rQUL3uIzyf1oi+76kRhak7RaJghYBs6kdjXOTSts/p"
        "65oQtEc1rLHNud3aR9vWX/Q3hlGqZlMfWaSQnxnHP+06+zz5ogUFj0EgtyEk0PfpHKteXaYW"
        "vydZ+uG5V3Vo7gDpu15qDPGAIqHrrgeArehWTnfINCl1uL6L9fmPO0PN87q+n6JYsDrHCdjs"
        "Sq6n+Gg6ZMve95f4PeSY4ba+vb1/A2rx9s8R4CX0uieKyvCts7gz+fmlp+MCnsfJGPSJk6uu"
        "t7y96p29e3JOxxEgLLnw4v91v6kQY2bzeJ4GlbRH1DHFShbYesXc16e+TyGq8a86Xe0+vpvx"
        "E+r19xfc2TLP2l1ATycjZOnbRplDJN1Rse8Deog5KpyDHE3pI8crGSeqKKosYq/xCZe728/H"
        "05Ag/uXKN7kF831MXd7fH2GZMG/U7Cff9fpW5A74Qc/ftoG/6GPnfhWHc0kOrtc/mKQn/Qf2"
        "ximC9CDQV0X95o6DV0CuMhjq2pqjPtufouspOAMdr3tX70+Bu+Z0LkcDtDSFy4XgCrCVXjiE"
        "pcx2x4Z12xWzIVrchsP3/RviQ858P6ZA97U4ZKADEBnBP/c0vdp/M5PAWOAh/0W9+/QlrwOe"
        "orSi/JvGzX0a/3/fp2nGQwXTfsyXMruKRPt5659xAb34pfTzjT79O/3wUqLe+qD16/COs1ak"
        "XvcLOWDPBLAnHT/ABxMhizvgP/CxPuRgqJIBymQAfHzfxwNdP8jpg9pAN8UU5B+i/QvfvT6b"
        "ux3gZ1621fI9Nkn8jQ4TuQyviCGcE5R49maxwgW28YqDr4ecYAnQZHCd40Xh6j3Zx3mttrul"
        "lK2/fniooUvXL+V5q68MUPMc/sDM2BwzrvNejaQLwAqAFzisD2lsDTx2+U7n8GgD4CuN8+Py"
        "tM6wxHGsUATznq9LyC/4gy2XHpFpScDc3WmxjvmHmq/r1aJZC667FMneVKYQUQEWmRhQr+3F"
        "OScuxaxgHnFf8tT17eoOuNSGJ78Rik8RGneX7umQCBzFDNlfxxjGcLqRWn/hylZou+t5S8T2"
        "i88zD5EsTrG9Qgd/syzlYhJfY4JcvkTkcU7slTx9RywdbCH+L8JIMhmHkOepMYHkCcZyQlui"
        "22L91UtOMRl/bNzT3gQ56P0XvIk/uD6r+mDORiYp0NBP1G5AyELhcFGi7SLaL/qQAwVKXyuJ"
        "Hzh946rCuyqRULwckTX+4nbyObukR9IHV8twATItEhSoHWDh9ZoQW5FibRH3oaoNcPucE75k"
        "ds40fs++8u1i+82zW/q5/th0y0udtfO18b09z6wr+BT6zOd1HxlMob0v/8L9+n6O1olBey5U"
        "OCnkwxGko4kSRNlRgNwkSOxIQRuFH+tiEeIKFdOJ6OMeWoHM9X1sO+fj69qdPoR4ny9xcPUU"
        "PLeOjeKTFWEgwNwaP6njhIeSPPgI3S9xOOGLvgvdM9kRogCR6IGVwhV2Y0htyw774/4Nav6z"
        "Af0/CPzxnw00/7NA3/p//x9U9NQR"
    ),
    "esp32c2": (
        "eNp1u2mP6jCzLvpf3q8cKQxh2tL5YCdxJjI4ZCB8uYJAZgghNE44uv/9VtIN3WvffZa01Mpk"
        "l2t46qmy+T//OTbN/9Nkr/N//ms5nS+n/+v7xuNwf/znvybj5Xg6WU8X/P/6z+nwOPznv/6D"
        "+n8ypY92pqoyv7yL4l67YTxTjmMveNwDWe5ct22xj5JkmT8czbBXVpZPHgejmSqbxtCKy9rd"
        "jvk9zyd1otj6+knVflQFt2oyjO8gR0qQilkhC4m3wYiJIlUtRFfo+4XIkJyQCJT3MGooYaEu"
        "tj5/k+87/x4rC/PBVMH9et1n+M7Wq/X2LqfjyHVyoUJ7X+ZOWZjIl+d6vN00/pPjlsvdTi0y"
        "aY/vxUwOuXAung9hKmwcLcy887oQXtTATlDyl7o5Txf+mG7We5dIVEjOh3Rq5MvxKL68zlI6"
        "SaIZ4yNzErsPQm4En695HWf5knvt0WV9zQpW5546Hz1HeH2VFfUin46U8fN4Ii3ui6KOuPN2"
        "ijdf3J49N6NRe10cdbu6VueaGBbnYWeqYvFKJ+a1vJyel5HSZcrUD+6GI6nZdVxyq5ouorzU"
        "m3ml2Ss2KY/7/cYQ1fV6bXHc2J9Kqbce1TKXzLPXiEgGrhaSI0gLIS7tmRmri+fxuZ10tTPm"
        "j3d3nOIt/d//+z/fHvCPZ6yn6zU4zPn6uHfDrSU/maz48f/6z+Pcwkv/oY48c1YVZ07jjc2O"
        "csFHCsKG0i5P+XwUobIDW1pnxIs8rgQrwUxwMBfMHuNYt3nritnlxFpybfjjFW2wILF4hqbm"
        "rWXIxW2Ivgy9KzsL3ZggJKqvqLw7xaqOqCNd2P0kdflKvI0pUhtHZwjmZxEShFozx65uT41o"
        "zQQXw2OJBRLSIvAt8ZoIGKkLVUKqdXUQzKNSZN9ojgSKmwJlDrYUwlBefVGEisvWkSScVGhY"
        "ZzI+7gS9Vu7ng4sTZITM9REiJKkE4iwMec2y4T2VDxVhc7p2L5CPRpI5BhvPSYm8yMVFqEl8"
        "TrBseLAu7LBp0jDQ21LfgR4mSLXVMnHya5Ig7EV5hUJJ5amMdUuaJ/R7/C6fCWQ6wzRuH3ND"
        "RqjNycP7noc3rji5mK85uTxvh4ZWM/Lo74N8mCXijQ9VtUtkAfmkYN4OCVbxSDJnfz/sRoah"
        "OQuYh21B37acJtvbrLlwFYP1qBfOHOxmyi1LsUSP8jVSc5xEoN8YiY5BejlSK+rtSPvrBk3y"
        "/CtCoFfseL0ewR53ZIbt0Ue9PdlxJljTWcm+/YRaMXnMylZ7aPpYI4U5vur2eGl5TRt05V3d"
        "NaE8yTaeOb1v7Lmhb+nFzSIqScGXm42plHSejjVD3tIC9EokwfNzsokEI4L1LfSd6J17+aSm"
        "RFm61byipEIQa1pY3LfbQts0xYOEoY7AHjO0Puxut7PYziMpnI+ugF9Gw5+myDXkPSKM3lqx"
        "CFcznAgonNlTJB4ksIdVXmA9b78XlDygO/50PDv718KvGCW9/w7x0ppkHa++ytRQMMN5GXlI"
        "Gu8mHK+jZBURpHrEDqeuP/aQHRY6dmufSPIkb23fYcI64yvl63aO6GtqdsfR4BcS85A4xBna"
        "IdDpHsad3k/KECc0QuDHWPLu6qDXbmNoTVWn+kLaVIc6pUYJIWC1ydF62yOxk1zVC1TdqCtQ"
        "ZBTswsTA2JdI7KisSePCEbZHTcMB4DgyCUY4B6WLEG9M3EdoiDdJ9CS2Q59rVYSYdNvHyDiY"
        "8crFR2R+7G+qLj4hsz2esDT4E5PbbCO9nzMT4tCAOOx8CYknAutycej94gyWcjWBgC+2HXgF"
        "Jp0ByQzW3fpY2m6kARd4o4S4nzlRr68A5jjKn+8R/3/5Xu393dKb8KvVftaBxGdVeJ3zXpcg"
        "slWBSOhEIkL4iiR7hsYR+LmpAAZleDK1k3FUItCTSUUBry92mPinHPzt0fsDbyvpIoJ5fKV5"
        "xQypvJLRc1eyo6UyN0W6IVUU5SSW0KY57Po0OedFtADNV17wvk4WsYYGe0iSozb0wpKjrFfb"
        "r/SNfzLafs9nXVPm5BHnobqKIPvZcC3gfGlNQN9u63howENNkyiF8ZSyDZpkFqwaTn3Qy7i4"
        "U7eZb1/kCMC1z1r5KBwaJE/qGvzp4k4bDyGP4m1FtDRoXFH6uhbsxUTmm1K7kxDyLwXzN7fu"
        "4L/1H6Lm1h6NXU6F1yIG0KAVwZYVZ8/OdKb2wmE7vIe4Dtt4joUDeX/HcDXhKSF9XPuaBg5x"
        "7bYBYEhxE7ZLbaMW3dZFmun0ennrwRJfiRe9Uj7CYCcFWYZbcl8Ej6z9iVufHjAP9i4vwheo"
        "4QAPwusV/DaXS5dzjiuXRBRpt2Cn/uhdusx8iflIVGQO6E32Ek8e4L/8yo76tkmtttxIfqO7"
        "mG1jiO8ZMpSnxKh0bVuah8/9nDeVFsklY8bNQRI53E/77jWaBU3DQXbJD5lHFGlbLr7fe8zh"
        "u4AIi3JqOGt6mPlRw5mTHeCiRfCed3EUpG/9ILMJvc1pB+O56fh8mhpm6Gm50ueXxIqQQrYE"
        "ty9vc0Ci7lHkHs8vrJeAa9YBcLrQqoObepfre7zEjpzX3lCo3eUopmhV4MwxwU+KS7fdanpR"
        "VAOOvr+T+J1e7X/0LglLmO9Swnwfu1vy/slXZHPzfnBLyKdUcrZNIgZbD+GGz17CUXebwxr8"
        "YK0BzjmHWrpXRZaGhHzwwx7X6VjaDzgoG9sF1bP0ZchzBHnniaxwvlFQZStD3ncgf893U8h/"
        "yYJCfoK4CQsX8r2mNUUxyJ+sPAWFnnIPl86z7fHo5ff5SX04QZf39uXwITtutw9svd75qdwY"
        "NcRb5uqawZ4E+JCEtZGbcXduKzn5UQZO64UuhC0t2J2JUyMUqIbnCSH5QXidZh7GQe2AfdUs"
        "XOf8JMI0uG/T/Qd3AuNMIsfUdzvD1R6tPV6j1Qurt95eGpJqafBrrkCDX8tG5APO9X6dcvyp"
        "vVuk89ArjZwPbjKrcF6AtxR1nSf83/Mi8g5Zqet7g100qk25ht9pVLRIKwk/cYDRPJv5/DHK"
        "ygZ43uQIec5S8G0kOqsIF3woX9lEtm/x2qeeEs6WU2Sk+qP325YAfwwI8EQLuNU7f4lL3lMq"
        "9jVDmj1bMy59MsnRm4PjBMCPmsUP7mF0f/7g3sC7RmLLAzOPzAH3MeB2+sZtWVyrlZc5Gw1R"
        "Kn3yJAd5GeI2x7WEKnaAEEtQ5nny6/bznS7cfnH6bLLlD7/zzte3/6n25YPDt9snL/Dv56G+"
        "7Cjy06TCg1xGRbED+Kw1+vQjnyHMEg/qgI+9heIt760KBj5K2HdeUrnkK62IDO9/9MWpJhil"
        "z/NL2W9UwJ8+z9/0jmwk6p3r7LDQQ165YkKUYogT6zyHbOPsf+OINz0CORjwYpVn6HxOPT9z"
        "kA0FGeT9/x7n73xn2fNksdWQSog5AX7WHT7jqaauOdta06rgY6/xtpZyz7t8/FoWIR7iMdcZ"
        "qnDjga/VEuCjfp0bREWvfGXFi+7zPUL3Qtm//Vc1gY/7yPBiacDBtOfZgH8qE8dIMDINGdIY"
        "uR+8Qaq2Pi1/1pec4QtINuQlpUG8hpxfQBBdLu5ib8yut97vWnsddbqBfCTlkAyRY6BcB7Kk"
        "Ml6C+AbPGPV8Uym4cIyUSYDpLZ+vIwFFZzMTDKsEXpSzCj1aj6di3PMW7Nwssj/wPX9xy/ad"
        "/6AeiIJ1xZ468D/A5zh9sD6Ps5lvNMBXoj5fKIM9paUM/m/mi1rbVEXUtgPOOI5smALdQrxR"
        "fD9/uSfjyl2iVqXCQX796i9px9dyJwmwTkO7eMKlnLxQyCIN9cJ4p6hTgecjyU3TEKlsCXzL"
        "kgEnRScJgQ+GBHeW0SZiDml91N1OEcOthLzg9pPHWjbVpFUh/uLp209k25b4aIewCfE8IsLW"
        "sACfxfZ55arbaS1vLWPCcERh/TsDxp/H07cfVQa7zf4HnH5M4j7vKRiKTqdbkKby83kToXec"
        "UE5y8R4ZUH/M/J6/8Ilyvcc9L87TJPrmQ7AevDgAPyDXzU6uS/ADqDPFOokktQtbaWt8SQ7K"
        "N6pEVSieJcGoVMALtQT7dDiVTsuYf8wu09F9v3ycTw7YJeQcZRP2/A/nBYoaNKY9H/QgPh28"
        "NXqqmct7CfhfX8/8xIElkGR11m+tpWUU1V1xN7xmQfi5oYDlcsmm8t075bwXiT9y1yC3iw/I"
        "UKvd/q4ZCkObXOLuowreE59UKgKoS3rcYu6Nm0kHg/c1tP/gGtQjTxjHqOvFfpvCXGDH3crm"
        "OIjT5KAa1+0izhV7twA5nH2P54zk8T6SCnZMxLSvPzvsbPVPvENmbW/igMPY4ScEeBEAnSED"
        "s3bxGOov/jhHQ32J88XTQwafQ31lqgICe5s5n9L49BhZ0e156PNW3HIsz1F9cY+wDmZvet5K"
        "kgZ4R5ySqUXWaKjzjeR4Bn5g2GuyzxdqZFy/18+HowPkIKKEgAeGbN+B52rwnrjGGfBKA69x"
        "5+IY2eg48uH6uBZf2Jl/17PXJxUSz9c/OKUKIfBp0/Hqz3or7ZylwEc+dYR+mbVQjxV8rEgX"
        "I8CumicoQqnn+Q74Vg1yYY6OwtFIQTrI1eZjKhDI217q7MbeR4+b22OE5fo+vO+oDy/Opdjl"
        "V477uBhQdoff687OoP8/8vDaOx8L6HI3JhVCEye8ZAWLKLAHtFZuOR9GUgfjCjHNwtFZQUYv"
        "x3JMKp/4h7zXi76WFsBXkcm3u/Hq1uuj0xZv/qwLXsgactIM4iHWy2HOD5mLF1Dfs3wcyHae"
        "MuC7XX99H8fglwaa5XLsfr3xLlH0t5xJeZsmff9GvBjKWoZ5W2TxoJel/pun1kj/Z51IhbpV"
        "9cn2D66lx1+ei1bAf4RakqM4pFPLB5yJnJFhrR2dOMB3JLQwa8hXAsp+vhdQTY0icWRRNSQn"
        "6Ryox4wb8AJRrySadDcsIeOOHHEUTOcRUEFrd5yf3CoQ9UiiJJB2K47j9gzl1O354cjFaOD7"
        "0g8PLFuIQ4KEB98x3M/7E2codq8l8M0x0q5E/FPPVb7MAe83O578vY8qwFu9OOWLcyTUheem"
        "YYF//eaQowNFJSdy3Aj8U76QB/hzgdrJc25O1nR9esJ1iFryfC0JO65+8gvUI4DfGAmTjpk6"
        "yEnAD4JREkKQJ+p7PFXx5osQ6lgk7Jnnk+cR+B0wm+psgX38X/topRAc475PN0Ze3fM7DTkW"
        "SbHVF4CDvhvZODjUqp3OwDfIkyshEgt2ppwOcYmE9Y/c/o/cwzXIXT7aVqpOoF9eXLXHeOJP"
        "jf2aCuV+bkkw/qhUob5Vr+2j3Z0KdmKcKc8KiJ8idi1zyBdGny/ENokQ5FXlys8E0P8M6bO0"
        "lM77eWXLBOrhF/zVAC8WmYVw308MkfE6gn8GyFgfDwPuqQwpSPvgg/mNFzEDV4B6B1/4ViJz"
        "DQrGgc9hWwg8iBe//cQBEX70gZOIBhOVh/HIdPquz1rDQi3YvzsWs7bvf4xjSUp7PUDcGXTb"
        "REaD6K99Klk6LQ43aaiDgL+AnUyoJ+A6oKJspyXTBj4w2GP/I5eMZ/K5jKh+gLoCRY4a2Iqx"
        "dU+xZyue5zypT2bH0YBrqnd201W0Ded5gZEN+QBp3TxV5CgacK5gARJxSdZH8AenJMN6Pn0T"
        "AXDwj34MHPLMI5PsLn94kCT1fZW3vors2PyMC+tRplwBuJU+6fe1UJLz8esbF37Wz5Ptjz7F"
        "ZF/XJPFC7GQgB9jr1dcRCOw5l7/7E9zkGE6zY89b5cM3nmpeQJqFPuDKd3zCq3uDQDzUWfE7"
        "DyLw/haSdNX+rgfsq1eQT1yK/n7vZrUesskK+cCLP3YfvdoDQw0XEHQ0jQcVL+mf55TMcwy8"
        "0YNx3vECzgVEfvt4jgCv+SPgxdAnezjnyxx4K3aEg37x6iz9ow9VysBFPamgbk4mLvc7Hk68"
        "VCmt4jzb97xo4V6xZk7XdPUya4QgHz0cGowrsHevl3Buj1FF/uhFTGhXS//YE2GxrqgDIVFC"
        "vls7h6BN+r+/z6vP+oVK2wMO4538Iw9Al6CT20c+EW3geSIuPuvXv+Qp+8gzGwv/yIMSe1vr"
        "/8gjoZVefdWpr//qAz+0bpvgj55tckiJruGgG/pbxhkZUEl+noN+xbaqrxDXpuMaU4A3CxeS"
        "/B4vxPbh7/iUbLBDk/Djj/YCrnv/ArvI5isHXN0P8edvbuP6Y+9QiPBy+3O/+52ft9jlQqHs"
        "P8K6gS65XlA+IE8vj6P0w1PsN0/5WbeOmF7V5G9cMGFE9htjUyfimpgLL95t61y0VlumpLls"
        "T7dMHvJihcbk8WU3J3v1OqkV8LOLRDfRDuh/frKB70M9+plHRZvwNB70I02uGkSKBgAJVF/V"
        "IPr0EuwDuJOIv/Yg88rffr4XsCTg7GPvWUN0c3Ld2FPzWSLQY5vQ8BblCOIf01cuc69R2CYb"
        "sAn9/Q4nIwhPAQs/fiCgZUhI8McvaH5ZJV4USuBLA15DfcHPHzsO+J7AQrIHfrM9RLCuH9wx"
        "AB3OUvXBR1XcFczXervg4PD2x2RKoUhFv/67uphQK0Ntt9B34ei4xCpR4H2w2+WqhItR2ftF"
        "++5nh2mN/Kt6O78wD9kv2OdrqwF9HzbUsh8t9+r9iL7tl1jWe33JsvKv9o36D54oq+PKFcbI"
        "GB1HTvuNB318WKsj8Byoa0b1YYjvZAE1pUpk5B3XZOivz58rnXu95VHxeM8cY0PR65B6U/Yb"
        "97v/FvcYoO+/xb2M3GZ6LoDGK3W11VreB7t7VDwEXf3XXySxPZ1+8Uc+6B7olYrKdU2D2hWe"
        "dy6cHrx+X62Y7SYiJ8+a2clD1L8V5/Mr5Z1+v2WBJHL7xw8tkUXxRC+NC8f6/MD95Afc9w/G"
        "TvPf5BdAPr26/ZVfz7ygTqXfeElQUWdQv/x+JySCXm/cP+N0qaGMOIgr8Nc1U0VN7XmjiKXw"
        "u37UaX997XljnTiCqBcSRV2DJXt+PJav806an57ldIg7kNMPnfjFcesrEoz69jdOdDFzT1P8"
        "/d70U5/pf3CK35whHRHJnLyA35BG9CY5fyuk5pC8srDXG3BXv9a2Ve+P3dVggY60j3+39Az2"
        "hDhw9ejX75EwAz0P739wxDT1Ujb5EvBAfLnLhkVjerbvJ+7rE29NV2ub8/gfHK2M7vOc6Qfi"
        "/ckj0qqP3+wTv0y1law+A6945w2B++DrnzhvKyNhoOdvvb/5ujzwcdTVWFKNmjpI1JlEufLx"
        "tTPnkVtORzun78MJLzz38BOKzj03/vBlutkCP37jk7ipq8mvn1hCV1XXnONnX8vqWj6pLYOc"
        "+Lue4F9mA1pL9hjf3nJD6VD1fa7390gd+vSrHhc9cr0F09A7iM7Kw+H0OEVaSiYSycN1v18n"
        "eNQx1H4/+oY8bN7OogN8VZamr/IZIj8cpbjNTZUtJ8i+zGIP5Jia5YOhyD3au/7vKzSVlspm"
        "3kHdQ4X3vpDcJlBvRkXk7iae0W7HCJvS2l6v808fUlz1+z/p9mf/R68ViSUEZbWitoCfqFD4"
        "dqxwPJHD+UuGej7QgAc6s4lPQqi/igiFE6i/Kh3wLPahvgeeKBCchIp9i0Sf9nju5ZIeIag/"
        "xAkNEU7OGk4udjimCv6y9vi5wtLWcBAV9DS1FBjfzawIo7V3AS2GPe/EfCE7Ny8vDiHi20jh"
        "GCFhuyM9fgz9YNFSblQY9JZHuoxhHIiaF85gnetI5tJevxhjNsiVF+jIqa1whTxGFsfT2h/2"
        "AZYE8EdBnoG3gOfUm+dzi5dKaeoKdsw16zBAYaDPwoVL2gjVYKcp5KuGj2Qa2AvC5EO5kpQ0"
        "iQD/TR8wNWSgF+eWEDzuzxJkbtn28osKtyv9pMLDvFB3XrrKLwo+LtJ+vzZwfvp+fF0CTTLY"
        "dYI0S8LkS9TGWxV1kZTJljdnCAPvSgp+N+e4qamEq1d67/dzbAWJtYy6s5Qho2rVXC8jUm0q"
        "q0sbLzQrP1+tKdIq75BXF0u/GaJDebATzPeqQ759fHG5OSPMeJ1xIq5iqIOSrdrc4og1qX6V"
        "6rDNrAugulCOr3u164pM8f1/9ofoEHflflHv0CJSsv4cBp+9MHeC/HfK51+/fbuQo9gBPdyC"
        "Q11W1hVXiZuCftskJslr4adBlFfWQa3BbvnyLEuzeIbZ9Uran77fIgC/hfzaIqDuhgZ6z/XE"
        "Q2rH+msLrkdl6Ctqh0gmGBkOk1yzA1Xtwv66esC13vTXjGSqjpSdLL/qjXFr7npnLOVx4wbs"
        "cUe7xzybycfD4ZF+TZJhv/eryzcGahYt1M9oPdsO+bfvB2Fh2B/tsuNBunjVqEWm3u+bi5Nq"
        "GY58XaKTTcj2tTE16y079/W3MUrrvl9lj7LUEITfPhszxkOf9wn5bj2KvMrr8+Fnn90B/pf+"
        "7ctVJnJPXIX6vqBsR14xOekIT5Rwas+IoOrGtK6RPVGM2X2BUnOCqfo61BUK20iXqv68hjhG"
        "mwDqr0jbTo3dKMf/yIOMaJDnAeOvzpFV/pXHEHWJNb4kqRtp0mzQ3idqqxXoj3yqUbhCCqk+"
        "qdwAgkBtTQntCVE//R3Ae6il1XZbQN2j8JjkyyDajGC+RRFtChZ7yIG6Hhnf/TYa59dzPFJb"
        "T0Kar6THVQlyi4fikYdFo/X9Qcm+yRK7F2Q3ORbsCStkqvqnn/R0kFoNefizDqjv2hxPfTEc"
        "R4RebFK/cuGf/ueGh3WbEw6NPvsds+73eWK2/jQsFZ5tJguslH/mQ+PAtDEVTKb6SgjPfVtT"
        "vg7WDewvjYrFA/4qo1Jb+0fybQ9rN14X+OKYe8kpLtPtFjh3UclbTjuG5QsKYe3UlOOy75O7"
        "KPm1B+Sxvo+AaLnhZ+JyBPXEHz0nj9pAN6iT//GfjTf0A1QmF0g2kEPNHAfeJogvohNRDN+f"
        "so+ehFZluEBneQn6HewyQfdtOtE3lRfmifltHyWOR73dpIMvw3pg/p6Xz66Ay4qPrZOTWWjS"
        "542RdZpzC7KfW0rKI6gDoAhuI1UQiFLwZyXRDX2O1Xxj0y3kw0Lq+9J4s00hL8/xrz3vc0N5"
        "IMN3OgMtEqCxX8Zp9JzPnUcN+XhXWO8+vCA8rl58a+ZEmUJt/tfPVZ0Ofs55cT76imv2188t"
        "4apX93/74XqMgV/smnG8QJZxWJ+rnBQUa8fzMI4CfniKI+nf+BWKgf92f+NrK/orCg656/ep"
        "gjUSPvZilrHF5+/nfAy43VKUgnwijbe1F/lfnKbwXDHj2/58m6iXvE0gfy5el4D7xy8MYT/4"
        "xdnkRyPB/Mf+2tTFbYXUFuoBXYN8WYsOAzy5nfO8hu8ndQF5eZcCLwzj+8r1ILedKO71Gv7u"
        "Z574tiCzzPCBhe+dFVCRyakAfnBwEF7vxCVq2HPRx/dclkasIYbjjcVgAUlzOl8i3lQmWIH4"
        "jiOIVw/5ujzr+emZ+p99Vi3PCdodUHF4pV6D/7Er6IxnK7JQLq9/1i0IllR4wDT+4Ksu1PnZ"
        "IOlplzvJLnh6seAENrox9a+9rYKFR8gn/gQBn5xSXPGLGTpMuczb5/jm4Rz+ooWHr144xInB"
        "H30kHmV+apPxH78K1a/OyXTy+LNPmsvW6UoNE4McwhoN46NxrCDnkojUw87SUGom5ovn04qd"
        "QPRBTzwbkdXeknveSE702z6QV+fHOM8Ps/WG7vbPfj8J41wGyGSF91cPJDuOXYHbPVfgP4sg"
        "3ijAK7dTc7FnJBfsBkmsmyxbM9ogwT1zzIbvBz9u+PMSWWa+XoW/48kCXnmRK2SIhixfAi9T"
        "RK8+OYkvh9PJFZ0W5C/+Jdv6oLYnCR2IYvb9VchN80Rw8SrmstBy11xkN208ReLi8M4TmPb7"
        "pFA/HMnaj6ejb7t++k28hLJswAHx65NHsudkB3Gao2cwWsM6+Tr+0cOnL8mrbSqhY9CiSSMB"
        "mVXCkXbFP/nhXQ9GPCHIi6BGnMgY7HyQI0WtvPLwqR/wTL09BKEyrgKfDPLqt3u+kM5LNejw"
        "djaO0qAT/RH492i5xNrkG9f/+AXVNjlKgvPJ99NH8e/8R8fQF9xq0L80qQ5IM2ejhIP4O48B"
        "Pxbi9DJLBn4QQj0cXzk+EAsuBsQ3dusEjS6Jp9yOI1FjX/24RFhaijOWX2s+wtUtvvQ4MefP"
        "n/2I3JNnyTgqUHi9J2Mo4wEfruHlUw8fqgn4CxO3HcUh59zx9rcvVilLiMug0YIoK3nj2vKJ"
        "qPFnlSXxPp+kajjfXHH9s37kE55fSXfU7ycrncOmYsgpVwz3E+8cMUse/2NnAac/uPXi9ATq"
        "bIhD7x97FmpSDXwG0ybvn6usLBCs5xKuiBNB/dTrVyn9x7GbaWP/WvDRzsAv/FjG5hLyTrlM"
        "I3aMr1+3zE1Hsa0Ywcx/qbTgT1dn8iJql/S8ssZ9nYVbLdjJ2eRuyS0TLhPjvn09RPh/NKbN"
        "/dxZG3neuDVLXU3i+nPP9mSd4Ggb9vvel1nY80WmIqwZWkq92aHpzzUAEeHLjeh1J1ezRMpC"
        "Z5nvvVtJgyDc70/F/bIt95u2aKauvjdIMRnyfsMfMygBX5NE6NLcUOdUANywVKgHxQ4lkIcj"
        "IujGRkZKfjHjkX07j0pnavHtZDe6GUpKJT1DNuQNYdgvKWiU4UlgJ6vjlWslsN9xnye2subW"
        "w321W1bcl3UexZ24YR5C3RrqMYck3XI4D7VNTqMsruVTxV8SnqjSOlWBT5gBOuV4l2hh26jC"
        "xlSOiTjJl7bSMiKnr+kGos3FLJJQN5YQgvqhg3rPqndCki3KdhFKXMRDfROicaIio96lNHmV"
        "LMIGSxCFehgzZZ8vDzuJOl0WWHGAxO76WsS32+FwzYxkTaVc/fIwMbxce/TntOLy6dSWWVmj"
        "tJRnBn+qEMizT4TXehXhZnXq60QlOvbnCBOxWcUyOsJzhny8BJ48jkfcOrAN/hwO3zFh8mhT"
        "7byTLuObsTMZGrWk1U6h9ZWqvPKY7jb2+mJjyJtgc1l9OPpYWlr4EdapuASeeoEgfOcdMX9M"
        "rxu7bdVi8B/L15jXIIHIf/krXx+IxIPOnBbs5jkYCpwU8kL+3I0qfulzNzsAvaRJZ9mTeJHn"
        "3G7Ez8WSu2tULbdbH2n7VVEO5ywGueLiH54484IZdSS5fZ93AmuXo58+irya7SPwY6/vH3m7"
        "931mZzv+By+mjkLe9yt5uX4s+3NZ8m+fIgfZZRy5/b7Na6TN4blaOBiBPIKEBj76+d5wzcdY"
        "cvDnfCxKuGPfkvaH94dzmcLPeczkaNUV/UrFSEOy4AonpKDz6/9/rvndD9HFedLFGorkAT/t"
        "kX0dxQuxZRTFzpZgwUhGVJw/+OH3CVmLjrIJz0IoRtl33uKy87mjwk8/5bNfKE5m/Xnn73Nq"
        "dYquxXDu9vt3B8TZx0k79NmFF8zzyZOr1XRmshDGd3TWn1tqrZ2T4HU+t+GvvM4mU7uZna8o"
        "N3c3pr/SZSQ0a7i+G+TB9FF5hBzAcev8Bu9T8ZQ/VLgfM2RPzVc497pKR7EP9TOSHK+hA/6o"
        "TTv0H/xGOzB0tPrz49lhoRnVdjjPKLGnfmNKg7zdP3pUi3q7TbTNoE9dl0JuqwO/kxBGbppT"
        "FO1rF0f1te+z8kY89AMfbJYO5xinEU7GoYJESxlRqAOAt0+A75ScO9Jul2Ff5Nj3aYLprJnG"
        "BKnTzf28wpK/kYbfCQzn3G9WWx4F3Mz1Th/OjXapZuj9/EJTX4Uzw44jJ7H/P8nd9yuAQAT2"
        "OEtQfw6evs9XvuVymPyRi3DX0bY6btPtofdrZdgn1Oc+F9VedyteWHDw6aevBH7SJvQov9+r"
        "9K+OisN5jRc+4E8c0LCPrx8/EIQa/ONlHqAcYEFCBz/Bw+8x3uNQ/fA/jtPHxbd+heQGcWS8"
        "ggSJBqkkPMQHdWTs/Bkn1C8dRYQM3wNOyVLpOQ4mLhTx1Inztu9TW1YxxH+i++jwrxyhBhzi"
        "33lRmcjJ8P69P5uK8hvkk9g/hx37PX+I7LqjBrlyTo/3iKbBHu/vEeQQafgdCRnZCjeNkDpf"
        "qRTkFo2hP+nX1Slf6p5kviIeWLaCeZyfzx4y2c913xcLTPAtOjuthvN0IIM9nzM09GeGa1hv"
        "OLVmKB/OdwLvPM+w5+ecFaHhd0v9OTMmQBqPkLTyfNSfG/X6OCGKwbIrks2i7ecZ+ob9+X9b"
        "Hs57LVQF8qSf87YM/ACcYMifE26kypNwlat20vdBQQHDj7H6X1j9+THWzy+v/t//DzeR8TU="
    ),
    "esp32c3": (
        "eNp1u2mP6jCzLvpf3q8cKQxh2tL5YCdxJjI4ZCB8uYJAZgghNE44uv/9VtIN3WvffZa01Mpk"
        "l2t46qmy+T//OTbN/9Nkr/N//ms5nS+n/+v7xuNwf/znvybj5Xi8Wk3WcPt0eBz+81//Qf0/"
        "mdJHO1NVmV/eRXGv3TCeKcexFzzugSx3rtu22EdJsswfjmbYKyvLJ4+D0UyVTWNoxWXtbsf8"
        "nueTOlFsff2kaj+qgls1GcZ3kCMlSMWskIXE22DERJGqFqIr9P1CZEhOSATKexg1lLBQF1uf"
        "v8n3nX+PlYX5YKrgfr3uM3xn69V6e5fTceQ6uVChvS9zpyxM5MtzPd5uGv/JccvlbqcWmbTH"
        "92Imh1w4F8+HMBU2jhZm3nldCC9qYCco+UvdnKcLf0w3671LJCok50M6NfLleBRfXmcpnSTR"
        "jPGROYndByE3gs/XvI6zfMm99uiyvmYFq3NPnY+eI7y+yop6kU9Hyvh5PJEW90VRR9x5O8Wb"
        "L27PnpvRqL0ujrpdXatzTQyL87AzVbF4pRPzWl5Oz8tI6TJl6gd3w5HU7DouuVVNF1Fe6s28"
        "0uwVm5TH/X5jiOp6vbY4buxPpdRbj2qZS+bZa0QkA1cLyRGkhRCX9syM1cXz+NxOutoZ88e7"
        "O07xlv7v//2fbw/46xmTBTjG+H/953x93Lvh1pKfTFY83HqcW3jpP9SRZ84q4cxprNnsKBd8"
        "pCBsKO3ylM9HESo7sKV1RrzI40qwEswEB3PB7DGOVZu3rphdTqwl14Y/XtEGCxKLZ2hq3lqG"
        "XNyG6MvQu7Kz0I0JQqL6isq7U6zqiDrShd1PUieuxNuYIrVxdIZgfhYhQag1c+yq9tSI1kxw"
        "MTyWWCAhLQLfEq+JgJG6UCWkWlcHwTwqRfaN5kiguClQ5mBLIQzl1RdFqLhsHUnCSYWGdSbj"
        "407Qa+V+Prg4QUbIXB8hQpJKIM7CkNcsG95T+VARNqdr54J8NJLM8VG156REXuTiItQkPidY"
        "NjxYF3bYNGkY6G2p70APE6Taapk4+TVJEPaivEKhpPJUxrolzRP6PX6XzwQynWEat4+5ISPU"
        "5uThfc/DG1ecXMzXnFyet0NDqxl59PdBPswS8caHqtolsoB8UjBvhwSreCSZs78fdiPD0JwF"
        "zMO2oG9bTpPtbdZcuIrBetQLZw52M+WWpViiR/kaqTlOItBvjETHIL0cqRX1dqT9dYMmef4V"
        "IdArdrxej2CPOzLD9uij3p7sOBOs6axk335CrZg8ZmWrPTR9rJHCHF9Ve7y0vKYNuvKu7ppQ"
        "nmQbz5zeNXtu6Ft6cbOISlLw5WZjKiWdp2PNkLe0AL0SSfD8nGwiwYhgfQt9J3rnXj6pKVGW"
        "bjWvKKkQxJoWFvftttA2TfEgYagjsMcMrQ+72+0stvNICuejK+CX0fCnKXINeY8Io7dWLMLV"
        "DCcCCmf2FIkHCexhlRdYz9vvBSUP6I4/Hc/O/rXwK0ZJ779DvLQmWcerrzI1FMxwXkYeksa7"
        "CcfrKFlFBKkescOp6489ZIeFjt3aJ5I8yVvbd5iwzvhK+bqdI/qamt1xNPiFxDwkDnGGdgh0"
        "uodxp/eTMsQJjRD4MZa8uzrotdsYWlPVqb6QNtWhTqlRQghYbXK03vZI7CRX9QJVN+oKFBkF"
        "uzAxMPYlEjsqa9K4cITtUdNwADiOTIIRzkHpIsQbE/cRGuJNEj2J7dDnWhUhJt32MTIOZrxy"
        "8RGZH/ubqotPyGyPJywN/sTkNttI7+fMhDg0IA47X0LiicC6XBx6vziDpVxNIOCLbQdegUln"
        "QDKDdbc+lrYbacAF3igh7mdO1OsrgDmO8ud7xP9fvld7f7f0JvxqtZ91IPFZFV7nvNcliGxV"
        "IBI6kYgQviLJnqFxBH5uKoBBGZ5M7WQclQj0ZFJRwOuLHSb+KQd/e/T+wNtKuohgHl9pXjFD"
        "Kq9k9NyV7GipzE2RbkgVRTmJJbRpDrs+Tc55ES1A85UXvK+TRayhwR6S5KgNvbDkKOvV9it9"
        "45+Mtt/zWdeUOXnEeaiuIsh+NlwLOF9aE9C32zoeGvBQ0yRKYTylbIMmmQWrglMf9DIu7tRt"
        "5tsXOQJw7bNWPgqHBsmTugZ/urjTxkPIo3hbES0NGleUvq4FezGR+abU7iSE/EvB/M2tO/hv"
        "/YeoubVHY5dT4bWIATRoRbBlxdmzM52pvXDYDu8hrsM2nmPhQN7fMVxNeEpIH9e+poFDXLtt"
        "ABhS3ITtUtuoRbd1kWY6vV7eerDEV+JFr5SPMNhJQZbhltwXwSNrf+LWpwfMg73Li/AFajjA"
        "g/B6Bb/N5dLlnOPKJRFF2i3YqT96ly4zX2I+EhWZA3qTvcSTB/gvv7Kjvm1Sqy03kt/oLmbb"
        "GOJ7hgzlKTEqXduW5uFzP+dNpUVyyZhxc5BEDvfTvnNHs6ApOMgu+SHziCJty8X3e485fBcQ"
        "YVFODWdNDzM/KjhzsgNctAje8y6OgvStH2Q2obc57WA8Nx2fT1PDDD0tV/r8klgRUsiW4Pbl"
        "bQ5I1D2K3OP5hfUScM06AE4XWnVwU+9yfY+X2JHz2hsKtbscxRStCpw5JvhJcem2W00vimrA"
        "0fd3Er/Tq/2P3iVhCfNdSpjvY3dL3j/5imxu3g9uCfmUSs62ScRg6yHc8NlLOOpuc1iDH6w1"
        "wDnnUEv3qsjSkJAPftjjOh1L+wEHZWO7oHqWvgx5jiDvPJEVzjcKqmxlyPsO5O/5bgr5L1lQ"
        "yE8QN2HhQr7XtKYoBvmTlaeg0FPu4dJ5tj0evfw+P6kPJ+jy3r4cPmTH7faBrdc7P5Ubo4Z4"
        "y1xdM9iTAB+SsDZyM+7ObSUnP8rAab3QhbClBbszcWqEAtXwPCEkPwiv08zDOKgdsK+aheuc"
        "n0SYBvdtuv/gTmCcSeSY+m5nuNqjtcdrtHph9dbbS0NSLQ1+zRVo8GvZiHzAud6vU44/tXeL"
        "dB56pZHzwU1mFc4L8JairvOE/3teRN4hK3V9b7CLRrUp1/A7jYoWaSXhJw4wmmcznz9GWdkA"
        "z5scIc9ZCr6NRGcV4YIP5SubyPYtXvvUU8LZcoqMVH/0ftsS4I8BAZ5oAbd65y9xyXtKxb5m"
        "SLNna8alTyY5enNwnAD4UbP4wT2M7s8f3Bt410hseWDmkTngPgbcTt+4LYtrtfIyZ6MhSqVP"
        "nuQgL0Pc5riWUMUOEGIJyjxPft1+vtOF2y9On022/OF33vn69j/Vvnxw+Hb75AX+/TzUlx1F"
        "fppUeJDLqCh2AJ+1Rp9+5DOEWeJBHfCxt1C85b1VwcBHCfvOSyqXfKUVkeH9j7441QSj9Hl+"
        "KfuNCvjT5/mb3pGNRL1znR0WesgrV0yIUgxxYp3nkG2c/W8c8aZHIAcDXqzyDJ3PqednDrKh"
        "IIO8/9/j/J3vLHueLLYaUgkxJ8DPusNnPNXUNWdba1oVfOw13tZS7nmXj1/LIsRDPOY6QxVu"
        "PPC1WgJ81K9zg6jola+seNF9vkfoXij7t/+qJvBxHxleLA04mPY8G/BPZeIYCUamIUMaI/eD"
        "N0jV1qflz/qSc9RwkGzIS0qDeA05v4Agulzcxd6YXW+937X2Oup0A/lIyiEZIsdAuQ5kSWW8"
        "BPENnjHq+aZScOEYKZMA01s+X0cCis5mJhhWCbwoZxV6tB5PxbjnLdi5WWR/4Hv+4pbtO/9B"
        "PRAF64o9deB/gM9x+mB9Hmcz3yiAr0R9vlAGe0pLGfzfzBe1tqmKqG0HnHEc2TAFuoV4o/h+"
        "/nJPxpW7RK1KhYP8+tVf0o6v5U4SYJ2GdvGESzl5oZBFGuqF8U5RpwLPR5KbpiFS2RL4liUD"
        "TopOEgIfDAnuLKNNxBzS+qi7nSKGWwl5we0nj7VsqkmrQvzF07efyLYt8dEOYRPieUSErWEB"
        "Povt88pVt9Na3lrGhOGIwvp3Bow/j6dvP6oMdpv9Dzj9mMR93lMwFJ1OtyBN5efzJkLvOKGc"
        "5OI9MqD+mPk9f+ET5XqPe16cp0n0zYdgPXhxAH5ArpudXJfgB1BninUSSWoXttLW+JIclG9U"
        "iapQPEuCUamAF2oJ9ulwKp2WMf+YXaaj+375OJ8csEvIOcom7PkfzgsUNWhMez7oQXw6eGv0"
        "VDOX9xLwv76e+YkDSyDJ6qzfWkvLKKq74m54zYLwc0MBy+WSTeW7d8p5LxJ/5K5BbhcfkKFW"
        "u/1dMxSGNrnE3UcVvCc+qVQEUJf0uMXcGzeTDgbva2j/wTWoR54wjlHXi/02hbnAjruVzXEQ"
        "p8lBNa7bRZwr9m4Bcjj7Hs8ZyeN9JBXsmIhpX3922Nnqn3iHzNrexAGHscNPCPAiADpDBmbt"
        "4jHUX/xxjob6EueLp4cMPof6ylQFBPY2cz6l8ekxsqLb89DnrbjlWJ6j+uIeYR3M3vS8lSQN"
        "8I44JVOLrNFQ5xvJ8Qz8wLDXZJ8v1Mi4fq+fD0cHyEFECQEPDNm+A8/V4D1xjTPglQZe487F"
        "MbLRceTD9XEtvrAz/65nr08qJJ6vf3BKFULg06bj1Z/1Vto5S4GPfOoI/TJroR4r+FiRLkaA"
        "XTVPUIRSz/Md8K0a5MIcHYWjkYJ0kKvNx1QgkLe91NmNvY8eN7fHCMv1fXjfUR9enEuxy68c"
        "93ExoOwOv9ednUH/f+ThtXc+FtDlbkwqhCZOeMkKFlFgD2it3HI+jKQOxhVimoWjs4KMXo7l"
        "mFQ+8Q95rxd9LS2AryKTb3fj1a3XR6ct3vxZF7yQNeSkGcRDrJfDnB8yFy+gvmf5OJDtPGXA"
        "d7v++j6OwS8NNMvl2P16412i6G85k/I2Tfr+jXgxlLUM87bI4kEvS/03T62R/s86kQp1q+qT"
        "7R9cS4+/PBetgP8ItSRHcUinlg84Ezkjw1o7OnGA70hoYdaQrwSU/XwvoJoaReLIompITtI5"
        "UI8ZN+AFol5JNOluWELGHTniKJjOI6CC1u44P7lVIOqRREkg7VYcx+0Zyqnb88ORi9HA96Uf"
        "Hli2EIcECQ++Y7if9yfOUOxeS+CbY6Rdifinnqt8mQPeb3Y8+XsfVYC3enHKF+dIqAvPTcMC"
        "//rNIUcHikpO5LgR+Kd8IQ/w5wK1k+fcnKzp+vSE6xC15PlaEnZc/eQXqEcAvzESJh0zdZCT"
        "gB8EoySEIE/U93iq4s0XIdSxSNgzzyfPI/A7YDbV2QL7+L/20UohOMZ9n26MvLrndxpyLJJi"
        "qy8AB303snFwqFU7nYFvkCdXQiQW7Ew5HeISCesfuf0fuYdrkLt8tK1UnUC/vLhqj/HEnxr7"
        "NRXK/dySYPxRqUJ9q17bR7s7FezEOFOeFRA/Rexa5pAvjD5fiG0SIcirypWfCaD/GdJnaSmd"
        "9/PKlgnUwy/4qwFeLDIL4b6fGCLjdQT/DJCxPh4G3FMZUpD2wQfzGy9iBq4A9Q6+8K1E5hoU"
        "jAOfw7YQeBAvfvuJAyL86AMnEQ0mKg/jken0XZ+1hoVasH93LGZt3/8Yx5KU9nqAuDPotomM"
        "BtFf+1SydFocbtJQBwF/ATuZUE/AdUBF2U5Lpg18YLDH/kcuGc/kcxlR/QB1BYocNbAVY+ue"
        "Ys9WPM95Up/MjqMB11Tv7KaraBvO8wIjG/IB0rp5qshRNOBcwQIk4pKsj+APTkmG9Xz6JgLg"
        "4B/9GDjkmUcm2V3+8CBJ6vsqb30V2bH5GRfWo0y5AnArfdLva6Ek5+PXNy78rJ8n2x99ism+"
        "rknihdjJQA6w16uvIxDYcy5/9ye4yTGcZseet8qHbzzVvIA0C33Ale/4hFf3BoF4qLPidx5E"
        "4P0tJOmq/V0P2FevIJ+4FP393s1qPWSTFfKBF3/sPnq1B4YaLiDoaBoPKl7SP88pmecYeKMH"
        "47zjBZwLiPz28RwBXvNHwIuhT/Zwzpc58FbsCAf94tVZ+kcfqpSBi3pSQd2cTFzudzyceKlS"
        "WsV5tu950cK9Ys2crunqZdYIQT56ODQYV2DvXi/h3B6jivzRi5jQrpb+sSfCYl1RB0KihHy3"
        "dg5Bm/R/f59Xn/ULlbYHHMY7+UcegC5BJ7ePfCLawPNEXHzWr3/JU/aRZzYW/pEHJfa21v+R"
        "R0IrvfqqU1//1Qd+aN02wR892+SQEl3DQTf0t4wzMqCS/DwH/YptVV8hrk3HNaYAbxYuJPk9"
        "Xojtw9/xKdlghybhxx/tBVz3/gV2kc1XDri6H+LP39zG9cfeoRDh5fbnfvc7P2+xy4VC2X+E"
        "dQNdcr2gfECeXh5H6Yen2G+e8rNuHTG9qsnfuGDCiOw3xqZOxDUxF16829a5aK22TElz2Z5u"
        "mTzkxQqNyePLbk726nVSK+BnF4luoh3Q//xkA9+HevQzj4o24Wk86EeaXDWIFA0AEqi+qkH0"
        "6SXYB3AnEX/tQeaVv/18L2BJwNnH3rOG6CaMY0/NZ4lAj21Cw1uUI4h/TF+5zL1GYZtswCb0"
        "9zucjCA8BSz8+IGAliEhwR+/oPlllXhRKIEvDXgN9QU/f+w44HsCC8ke+M32EMG6fnDHAHQ4"
        "S9UHH1VxVzBf6+2Cg8PbH5MphSIV/frv6mJCrQy13ULfhaPjEqtEgffBbperEi5GZe8X7buf"
        "HaY18q/q7fzCPGS/YJ+vrQb0fdhQy3603Kv3I/q2X2JZ7/Uly8q/2jfqP3iirI4rVxgjY3Qc"
        "Oe03HvTxYa2OwHOgrhnVhyG+kwXUlCqRkXdck6G/Pn+udO71lkfF4z1zjA1Fr0PqTdlv3O/+"
        "W9xjgL7/FvcycpvpuQAar9TVVmt5H+zuUfEQdPVff5HE9nT6xR/5oHugVyoq1zUNald43rlw"
        "evD6fbVitpuInDxrZicPUf9WnM+vlHf6/ZYFksjtHz+0RBbFE700Lhzr8wP3kx9w3z8YO81/"
        "k18A+fTq9ld+PfOCOpV+4yVBRZ1B/fL7nZAIer1x/4zTpYYy4iCuwF/XTBU1teeNIpbC7/pR"
        "p/31teeNdeIIol5IFHUNluz58Vi+zjtpfnqW0yHuQE4/dOIXx62vSDDq29840cXMPU3x93vT"
        "T32m/8EpfnOGdEQkcwJZbk4a0Zvk/K2QmkPyysJeb8Bd/VrbVr0/dleDBTrSPv7d0jPYE+LA"
        "1aNfv0fCDPQ8vP/BEdPUS9nkS8AD8eUuGxaN6dm+n7ivT7w1Xa1tzuN/cLQyus9zph+I9yeP"
        "SKs+frNP/DLVVrL6DLzinTcE7oOvf+K8rYyEgZ6/9f7m6/LAx1FXY0k1auogUWcS5crH186c"
        "R245He2cvg8nvPDcw08oOvfc+MOX6WYL/PiNT+Kmria/fmIJXVVdc46ffS2ra/mktgxy4u96"
        "gn+ZDWgt2WN8e8sNpUPV97ne3yN16NOvelz0yPUWTEPvIDorD4fT4xRpKZlIJA/X/X6d4FHH"
        "UPv96BvysHk7iw7wVVmavspniPxwlOI2N1W2nCD7Mos9kGNqlg+GIvdo7/q/r9BUWiqbeQd1"
        "DxXe+0Jym0C9GRWRu5t4RrsdI2xKa3u9zj99SHHV7/+k25/9H71WJJYQlNWK2gJ+okLh27HC"
        "8UQO5y8Z6vlAAx7ozCY+CaH+KiIUTqD+qnTAs9iH+h54okBwEir2LRJ92uO5l0t6hKD+ECc0"
        "RDg5azi52OGYKvjL2uPnCktbw0FU0NPUUmB8N7MijNbeBbQY9rwT84Xs3Ly8OISIbyOFY4SE"
        "7Y70+DH0g0VLuVFh0Fse6TKGcSBqXjiDda4jmUt7/WKM2SBXXqAjp7bCFfIYWRxPa3/YB1gS"
        "wB8FeQbeAp5Tb57PLV4qpakr2DHXrMMAhYE+CxcuaSNUg52mkK8aPpJpYC8Ikw/lSlLSJAL8"
        "N33A1JCBXpxbQvC4P0uQuWXbyy8q3K70kwoP80Ldeekqvyj4uEj7/drA+en78XUJNMlg1wnS"
        "LAmTL1Ebb1XURVImW96cIQy8Kyn43ZzjpqYSrl7pvd/PsRUk1jLqzlKGjKpVc72MSLWprC5t"
        "vNCs/Hy1pkirvENeXSz9ZogO5cFOMN+rDvn28cXl5oww43XGibiKoQ5KtmpziyPWpPpVqsM2"
        "sy6A6kI5vu7Vrisyxff/2R+iQ9yV+0W9Q4tIyfpzGHz2wtwJ8t8pn3/99u1CjmIH9HALDnVZ"
        "WVdcJW4K+m2TmCSvhZ8GUV5ZB7UGu+XLsyzN4hlm1ytpf/p+iwD8FvJri4C6GxroPdcTD6kd"
        "668tuB6Voa+oHSKZYGQ4THLNDlS1C/vr6gHXetNfM5KpOlJ2svyqN8atueudsZTHjRuwxx3t"
        "HvNsJh8Ph0f6NUmG/d6vLt8YqFm0UD+j9Ww75N++H4SFYX+0y44H6eJVoxaZer9vLk6qZTjy"
        "dYlONiHb18bUrLfs3Nffxiit+36VPcpSQxB++2zMGA993ifku/Uo8iqvz4effXYH+F/6ty9X"
        "mcg9cRXq+4KyHXnF5KQjPFHCqT0jgqob07pG9kQxZvcFSs0JpurrUFcobCNdqvrzGuIYbQKo"
        "vyJtOzV2oxz/Iw8yokGeB4y/OkdW+VceQ9Ql1viSpG6kSbNBe5+orVagP/KpRuEKKaT6pHID"
        "CAK1NSW0J0T99HcA76GWVtttAXWPwmOSL4NoM4L5FkW0KVjsIQfqemR899tonF/P8UhtPQlp"
        "vpIeVyXILR6KRx4Wjdb3ByX7JkvsXpDd5FiwJ6yQqeqfftLTQWo15OHPOqC+a3M89cVwHBF6"
        "sUn9yoV/+p8bHtZtTjg0+ux3zLrf54nZ+tOwVHi2mSywUv6ZD40D08ZUMJnqKyE8921N+TpY"
        "N7C/NCoWD/irjEpt7R/Jtz2s3Xhd4Itj7iWnuEy3W+DcRSVvOe0Yli8ohLVTU47Lvk/uouTX"
        "HpDH+j4CouWGn4nLEdQTf/ScPGoD3aBO/sd/Nt7QD1CZXCDZQA41cxx4myC+iE5EMXx/yj56"
        "ElqV4QKd5SXod7DLBN236UTfVF6YJ+a3fZQ4HvV2kw6+DOuB+XtePrsCLis+tk5OZqFJnzdG"
        "1mnOLch+bikpj6AOgCK4jVRBIErBn5VEN/Q5VvONTbeQDwup70vjzTaFvDzHv/a8zw3lgQzf"
        "6Qy0SIDGfhmn0XM+dx415ONdYb378ILwuHrxrZkTZQq1+V8/V3U6+DnnxfnoK67ZXz+3hKte"
        "3f/th+sxBn6xa8bxAlnGYX2uclJQrB3PwzgK+OEpjqR/41coBv7b/Y2vreivKDjkrt+nCtZI"
        "+NiLWcYWn7+f8zHgdktRCvKJNN7WXuR/cZrCc8WMb/vzbaJe8jaB/Ll4XQLuH78whP3gF2eT"
        "H40E8x/7a1MXtxVSW6gHdA3yZS06DPDkds7zGr6f1AXk5V0KvDCM7yvXg9x2orjXa/i7n3ni"
        "24LMMsMHFr53VkBFJqcC+MHBQXi9E5eoYc9FH99zWRqxhhiONxaDBSTN6XyJeFOZYAXiO44g"
        "Xj3k6/Ks56dn6n/2WbU8J2h3QMXhlXoN/seuoDOerchCubz+WbcgWFLhAdP4g6+6UOdng6Sn"
        "Xe4ku+DpxYIT2OjG1L/2tgoWHiGf+BMEfHJKccUvZugw5TJvn+Obh3P4ixYevnrhECcGf/SR"
        "eJT5qU3Gf/wqVL86J9PJ488+aS5bpys1TAxyCGs0jI/GsYKcSyJSDztLQ6mZmC+eTyt2AtEH"
        "PfFsRFZ7S+55IznRb/tAXp0f4zw/zNYbuts/+/0kjHMZIJMV3l89kOw4dgVu91yB/yyCeKMA"
        "r9xOzcWekVywGySxbrJszWiDBPfMMRu+H/y44c9LZJn5ehX+jicLeOVFrpAhGrJ8CbxMEb36"
        "5CS+HE4nV3RakL/4l2zrg9qeJHQgitn3VyE3zRPBxauYy0LLXXOR3bTxFImLwztPYNrvk0L9"
        "cCRrP56Ovu366TfxEsqyAQfEr08eyZ6THcRpjp7BaA3r5Ov4Rw+fviSvtqmEjkGLJo0EZFYJ"
        "R9oV/+SHdz0Y8YQgL4IacSJjsPNBjhS18srDp37AM/X2EITKuAp8Msir3+75Qjov1aDD29k4"
        "SoNO9Efg36PlEmuTb1z/4xdU2+QoCc4n308fxb/zHx1DX3CrQf/SpDogzZyNEg7i7zwG/FiI"
        "08ssGfhBCPVwfOX4QCy4GBDf2K0TNLoknnI7jkSNffXjEmFpKc5Yfq35CFe3+NLjxJw/f/Yj"
        "ck+eJeOoQOH1noyhjAd8uIaXTz18qCbgL0zcdhSHnHPH29++WKUsIS6DRguirOSNa8snosaf"
        "VZbE+3ySquF8c8X1z/qRT3h+Jd1Rv5+sdA6biiGnXDHcT7xzxCx5/I+dBZz+4NaL0xOosyEO"
        "vX/sWahJNfAZTJu8f66yskCwnku4Ik4E9VOvX6X0H8dupo39a8FHOwO/8GMZm0vIO+Uyjdgx"
        "vn7dMjcdxbZiBDP/pdKCP12dyYuoXdLzyhr3dRZutWAnZ5O7JbdMuEyM+/b1EOH/0Zg293Nn"
        "beR549YsdTWJ688925N1gqNt2O97X2ZhzxeZirBmaCn1ZoemP9cARIQvN6LXnVzNEikLnWW+"
        "924lDYJwvz8V98u23G/aopm6+t4gxWTI+w1/zKAEfE0SoUtzQ51TAXDDUqEeFDuUQB6OiKAb"
        "Gxkp+cWMR/btPCqdqcW3k93oZigplfQM2ZA3hGG/pKBRhieBnayOV66VwH7HfZ7YyppbD/fV"
        "bllxX9Z5FHfihnkIdWuoxxySdMvhPNQ2OY2yuJZPFX9JeKJK61QFPmEG6JTjXaKFbaMKG1M5"
        "JuIkX9pKy4icvqYbiDYXs0hC3VhCCOqHDuo9q94JSbYo20UocREP9U2IxomKjHqX0uRVsggb"
        "LEEU6mHMlH2+POwk6nRZYMUBErvraxHfbofDNTOSNZVy9cvDxPBy7dGf04rLp1NbZmWN0lKe"
        "GfypQiDPPhFe61WEm9WprxOV6NifI0zEZhXL6AjPGfLxEnjyOB5x68A2+HM4fMeEyaNNtfNO"
        "uoxvxs5kaNSSVjuF1leq8spjutPs9cXGkDfB5rL6cPSxtLTwI6xTcQk89QJB+M47Yv6YXjW7"
        "bdVi8B/L15jXIIHIf/krXx+IxIPOnBbs5jkYCpwU8kL+3I0qfulzNzsAvaRJZ9mTeJHn3G7E"
        "z8WSu2tULbdbH2lQupTDOYtBrrj4hyfOvGBGHUlu3+edwNrl6KePIq9m+wj82Ov7R97ufZ/Z"
        "2Y7/wYupo5D3/Uperh/L/lyW/NunyEF2GUduv2/zGmlzeK4WDkYgjyChgY9+vjdc8zGWHPw5"
        "H4sS7ti3pP3h/eFcpvBzHjM5WnVFv1Ix0pAsuMIJKej8+v+fa373Q3RxnnSxhiJ5wE97ZF9H"
        "8UJsGUWxsyVYMJIRFecPfvh9Qtaio2zCsxCKUfadt7jsfO6o8NNP+ewXipNZf975+5xanaJr"
        "MZy7/f7dAXH2cdIOfVNhDPN88uRqNZ2ZLITxHZ3155Zaa+ckeJ3Pbfgrr7PJ1G5m5yvKzd2N"
        "6a90GQnNGq7vBnkwfVQeIQdw3Dq/wftUPOUPFe7HDNlT8xXOva7SUexD/Ywkx2vogD9q0w79"
        "B7/RDgwdrf78eHZYaEa1Hc4zSuyp35jSIG/3jx7Vot5uE20z6FPXpZDb6sDvJISRm+YURfva"
        "xVF97fusvBEP/cEHm6XDOcZphJNxqCDRUkYU6gDg7RPgOyXnjrTbZdgXOfZ9mmA6a6YxQep0"
        "cz+vsORvpOF3AsM595vVlkcBN3O904dzo12qGXo/v9DUV+HMsOPISez/T3L3/QogEIE9zhLU"
        "n4On7/OVb7kcJn/kItx1tK2O23R76P1aGeJAn/hcVHvdrXhhwcGnn74S+Emb0KP8fk/Vvzoq"
        "Duc1XviAP3FAwz6+fvxAEG7gHy/zAOUACxI6+Akefo/xO9/5fxynj4tv/QrJDeLIeAUJEg1S"
        "SXiID+rI2PlHnqyjiJDhe8ApWSo9x8HEhSKeOnHe9n1q2cqH+E90Hx3+lYPXgEP8My9CJZOT"
        "4f17fzYV5TfIJ7F/Djv2e/4Q2XVHDXLlnB7vEU2DPd7fI8gh0vA7EjKyFW4aoWo+VinILRpD"
        "f9Kvq1O+1D3JfEU8sGwF8zg/nz1ksp/rvi8WmOBbdHZaDefpQAZ7Pmdo6M8M17DecGrNUD6c"
        "7wTeeZ5hz885K0LD75b6c2ZMgDQeIWnl+ag/N+r1cUIUg2WgD7No+3mGvmF//t+Wh/NeC1WB"
        "POnnvC0DPwAnGPLnhBup8iRc5aqd9H1QUMDwY6z+F1Z/foz188ur//f/A4bg7MM="
    ),
    "esp32c5": (
        "eNp9e2mTskyT7n95vjoRuOA2EfOhCig2WYpV/HJCUFkVUdsCJ85/PwndbXe/8865I+7oQKCW"
        "XK68Miv573/i+/3/3PPX8Z//XE7ny+l/fP7w2N8e//znZLyaztbw8+I//jnsH/t//vMf1P+T"
        "KX20M1WV+eVNFHfaFeOZEo/98HELZbnzvLbFAUrTZfFwNMNeWXkxeeyN+1TZ3A2tPK89d8zv"
        "eD5tUsXW10+q9qMquFXTYXwHOVKKVMxKWUj9DUZMFKlqIbpCnw8khuRERKC8j9GdEhbpYhvw"
        "V/m2DW4nZWE+mCp4H6/bDN/YerV2b3I2TjynEGq0C2TukEepfH6ux+7mHjw5brncbtUyl3b4"
        "Vs7kiIvm4nEfZcLG0aLcP65L4UUN7IQVf27ux+kiGNPNeucRiQrpcZ9NjWI5Hp3Or6OUTdJk"
        "xvjEnJy8ByFXgo+XojnlxZJ77dB5fclL1hS+Oh89R3h9kRX1LB9iyvj5aSItbouySbijO8Wb"
        "D27HnpvRqL0sYt2uL/WxIYbF+diZqli80Il5qc6H53mkdLkyDcKb4UhqfhlX3Kqhi6So9Pu8"
        "1uwVm1TxbrcxRHW9XlscNw6mUuavR43MpfP8NSKSgeuF5AjSQjhV9sw8qYtn/HQnXeOM+fjm"
        "jTPs0v/6r38+LeC3ZfCLxWzM/8c/x8vj1n3+NIEfZmBDj2MLD/1DHXmGeQeZ3ZFQFMslnygI"
        "G0q7PBTzUYKqDnRpHREv8rgWrBQzwcFcOHuwowT6vmB2PrCWXO58fEEbLEjsNENT89oy5OE2"
        "Qh+G3lWdha5MEFI1UFTem2JVR9SRzuyWSJmExOuYIvXu6KyfnyVIEBrNZK5EZSNZM8HDcFti"
        "oYS0BGxLvKQCRupClRDM7yCYR6XIvtICCRTfS5Q72FIIQ0X9QREqz64jSTit0bDPdBxvBb1R"
        "bse9h1NkRMwLECIkrQXiLAx5zfLhOZWPFGGTXDIf1kcTyWR7iWqkQn7i4TLSJL4gWDZ82Bd2"
        "2DS9M5DbUt+CHCZItdUqdYpLmiLsJ0WNIknlqYx1S5qn9HP8rpgJZDrD9NQ+5oaMUFuQh/85"
        "j2pccHo2X3Nyfl73d1rPyKP/XTdkzFLxykeq2qWygAJSMn+LBKt8pLmzu+23I8PQnAXMw1yQ"
        "ty1nqXud3c9czWA/6pkzB72ZcssyLNFYviRqgdME5HtComOQfh2ZlfR6pP31HU2K4iNBIFfs"
        "+L0cQR83ZEZtHKBenyyeCdZ0VrFPO6HWiTxmVas9NH2skdJkZ4lKS8u/t2FX3dTtPZIn+cY3"
        "u4ZQzdBdevbyhEpS+OHlYyqlna9jzZBdWoJciST4QUE2iWAksL+FvhX9Y78+6V6hPHM1v6yo"
        "EJ40LSpvrltqm3v5IFGkI9DHDK332+v1KLbzRIrmowvgl3HnD1PkGfIOEUavrVhGqxlOBRTN"
        "7CkS9xLow6rOsJ9vuxeUIqRb/hAfnd1rEdSMkt5+B3/BJlmfVh9VZiiY4aJKfCSNtxOO11G6"
        "SghSfWJHUy8Y+8iOSh17TUAkeVK0duAwYZ3ztfJxPSb0NTW7eDTYhcTA4AY/Q1sEMt3BuNNb"
        "ogx+QhMEdowl/6YOchU2hnavm0xfSJt632TUqMAFrDaNrW99pHZaqHqJ6iv1BIqMkp2ZGBq7"
        "CokdlTVpXDqCG2saDgHHkUkwwgUIXQR/Y+IuQYO/SaIvsS16X6si+KTXPkbG3jytPBwj861/"
        "U/XwAZltfMDSYE9MbvON9H2fmeCHKvhhF8COEgL78nDk/+AMlgo1BYcv3Q6sApPOgGAG+24D"
        "LLkbacAF1ajA72c46uUVwhyx/H4f8f/L+2pv75Z+jz5a7WsfSHzWpd853/sSRLYqEYmcREQI"
        "X5Bkz9A4ATs3FcCgHE+mdjpOKgRyMqko4PXZjtLgUIC9PXp7UG0lWyQwT6DcXycGIKLk9NhV"
        "LLZU5mVIN6SaooKcJLS577d9mJzzIlqA5Gs//L5OFycNDfqQJEe90zNLY1mv3Y/sG/8M5H3O"
        "Z10y5hQJ56OmTiD62XAt4GJpTUDeXuv4aMBDTZMohfGUqg3v6UzmYUsPeh6XN+rd5+6LxABc"
        "u7yVY2F/R/KkacCezt707iPkU+zWRMvCuydKH5eSvZjIAlNqtxJCwblkweba7YNv+TPErm1s"
        "bAsqvBYnAA1aE2xZp/zZmc7UXjhsi3fg11F7mmNhT77fQ4I04SkhvV8HmgYGcencEDCkvAru"
        "UtuoZed6SDOdXi7fcrDEV+onr4xPMOhJQZbhVdwHwSNrd+DWhwfMg/3zi/AlunOAB9HlAnZb"
        "yJXHOfHKIwlF2jXcql9yBzgOJBYgUZE5oDf5S0x8wH/5lce6e8+sttpIwV33MHNP4N8zZChP"
        "iVHp0ra0iJ67OW8qLZIrxowrWCbZ35Jd5gszuQ4QRJdin/tEkdxq8fncYw7vhURYVFPDWdP9"
        "jEQBOE4IuGgRvOM9nITZWz7mPfI3yRbG87Lx8TA1zMjXCqWPL6mVIIW4BLcvf7NHou5T5MXH"
        "F9YrwDVrDzhdavXey/zz5e0nduq8doZC7a5AJ4pWJc4dE+ykPHeuq+llWQ84+v2exG/1evcl"
        "d0lYwnznCub7Hi+y5N2Tr8nm6n/hllBMqeS491QMXR/hO5+/hFj37vs12MFaA5xz9o10q8s8"
        "iwh544c9brKxtBtwUDbcBdXz7GXIcwRx54msaL5RUG0rQ9x3IH7Pt1OIf+mCQnwCv4lKD+K9"
        "pt3Lclh/uvIVFPnKLVo6z7bHo1fQxyf14YRd0etXxPs8dt0Htl7f8anaGA34W+7pmsGeBPiQ"
        "hLWRl3M3zpWcIpaB0/qRB25LS3Zj4tSIBKrheUpIsRdeh5mPcdg4oF81j9YFP0kwDW9utnvj"
        "TmgcSeKY+nZreNqjtcdrtHph9drrS0NSIw12zZVosGvgQQHgXG/XGccf2ptFOh+9ssR542Zq"
        "MecFeEtR1/nC/x4Xkb/PK13fGeysUW3K3fmtRkWLtJLw5QcILdxZwMdJXt2B57V7iHOWgq8j"
        "0VkluOQj+cImsn09rQPqK9FsOUVGpj96u8UE+GNIgCdawK2+45e45H2lZh8zpNmzNeOyJ5Mc"
        "/b53nBD40X3xhXsY3Z5fuDfwLkFseWDmiTngPgbczr5xWxbXau3nzkZDlErvOMlBXAa/LXAj"
        "oZrtwcVSlPu+/Lp+vacL1x+cPpps+cXv/OPl2/5U+/zG4ev1HRf47/uRvuwoCrK0xsO6jJpi"
        "B/BZu+vT9/oMYZb6kAe89S2U3+u91uHARwn7jEsql35kNZHh+be8ONUEpfRxfikHdxXwp4/z"
        "V70jG4n6xybfL/SIVy6YEKUc/MQ6ziHaOLsfP+JNn7RxjxeoyNHxmPlB7iAbEjKI+//q59/x"
        "zrLn6cLVkEqI2QI/6/H5Wy6mrjluo2l1+NbX2G2kwvfPb7uWRfCH05jrDFW48sDXGgnwUb/M"
        "DaKiV7GyTovu/T5Ct1LZfdtvbU49SEgN/yQNOJj1PBvwT2XiGAlGriFDGiPvjTdI1daH5df+"
        "0mNy5yDYkJeUhac1xPwSnOh89hY7Y3a59nbX2uuk0w0UIKmAYIgcAxU6kCWV8RL4N1jGqOeb"
        "SslFY6RMQkyvxXydCCg5mrlgWBXwooLVCOwcUfHY8xbsXC2y2/M9f/Gq9ss+EOQDSbiu2VMH"
        "/gf4fMoerI/jbEZUmJ0lfbxQBn1KSxns3ywWjbapy6RtB5xxHNkwBeqCv1F8O354B+PCnZNW"
        "BX3Irx/5pe34Um0lAfZpaGdfOFeTF4pYoqF+Mf4h6XqejyQvyyKksiXwLUsGnBSdNAI+GBHc"
        "WUabigWE9VF3PSQMtxLyw+tXHGvZVJNWpfiDp992Itu2xCdbhE3w5xERXMMCfBbb54Wrr4e1"
        "7FrGhOGEwv63Bow/P02/7ag22HX2b3D60R77uKdgSDqdbkHudVDM7wn69hPKSR7eIQPyjxnp"
        "+QufKpfbsefFRZYm7uDXgmXgxR74AblstnJTgR1Anik2aSKpXdRKrvEhOajYqEAhIXmWBKNW"
        "AS/UCvTT4Uw6LE/8Y3aejm675eN4cEAvEecom6jnf7goUXJHY9rzQR/808Gu0VPNQt5JwP/6"
        "fObLDyyBpKujfm0tLaeo6cqb4d8XhJ8bCmiukGwq3/xDwfuJ+LXuBtbt4T0y1Hq7u2mGwtCm"
        "kLjbqIbnxCeVyhDyEh5wi3lXbibtDT7Q0O6Na5CPfMA4RtMsdm4Gc4Eetyub48BP0z3kk+7i"
        "VCj2dgHrcHYtyJmR4rRLpJLFqZj1+WeHHVd/+ztE1vYqDjiMHX5CgBcB0BkyMGsPjyH/4uM5"
        "GvJLXCyePjL4AvIrUxUQ6Nss+IyeDo+RlVyf+z5unVqOFQVqzl4M+2D2puetJL0D7zhlZGqR"
        "NRryfCONj8APDHtNdsVCTYzL5/75aLSHGESUCPDAkO0b8FwNnhPXOAdeaeA17jx8QjaKRwFc"
        "x2vxhZ35Zz57eVIh9QP9jVOqEAGfNh2/ee+31o55BnzkzWc28iyDfKzkT4p0NkLsqUWKEsAl"
        "P3DAthpYF+boKBqNFKTDutpiTAUCcdvPnO3Yf8txc32MsNzchucd9eGfCunk8SvHe5wNSLuj"
        "z33nR5D/r/Xw2k88rm/GpEZo4kTnvGQJBfaA1sq14KNE6mBc4UTzaHRUkNGvYzkmdUCCfdHL"
        "RV9LC+CryOTb7Xh17eXRaYt3HUVIInYnB80gPmL9Osz5PvfwAvJ7VoxD2S4yBny3669v4xPY"
        "pYFmhXzyPr7xLlX073Wml+s07es34tlQ1jLM2yKLB7ks9Z84tUb6n30iFfJWNSDuL1zL4h+e"
        "i1bAf4RGkpNTRKdWADiTOCPDWjs6cYDvSGhhNhCvBJR/vS+ghhpl6siiakhO2jmQjxlX4AWi"
        "Xks07a5YQsYNOeIonM4ToILWNp4fvDoU9USiJJS2K47jdgwV1Ov5IegHDXxf+uKBVQt+SJDw"
        "4DuG+3m//AydvEsFfHOMtAsRf+VzdSBzwPvNjie/f0c14K1eHorFMRGa0veyqMQ/drMv0J6i"
        "ihM5bgT2KZ/JA+y5RO3kOTcna7o+POE6Qi15vpaExauv+AL5COA3RsKkY6ZO+sxjaoSjNAIn"
        "T9Xv8VTFny8iyGORsGN+QJ4x8DtgNvXRAv0EP/rRKiGMj32dboz8pud3GnIskmGrTwAHed9l"
        "Y+9Qq3E6A18hTq6ERCzZkXI6+CUS1l/rDr7WPVzDuqtH20r1YeRhXly18WkSTI3dmgrVbm5J"
        "MP6o6vNb9dI+2u2hZAfGmfKsBP8pT55lDvHC6OOF2KZJH1eVCz8TQP4zpM+ySjru5rUtE8iH"
        "X/BXA7xY5BbCfT0xQsYrBvsMkbGO9wPuqQwpSHvjg/mJFycGpgD5Dj7zrUTmGiSMA5/DthD6"
        "4C9B+/YDInzJQ0yPKJyoPIxHptPv/Kw1LNSC/ru4nGV9/WN8kqSslwP4nUHde2LcEf3RTy1L"
        "h8X+Kg15EPAX0JMJ+QRch1SU7axi2sAHBn3svtZl4ZF8rBKq7yGvQImjhrZiuN7h5NuK7ztP"
        "GpBZPBpwTfWPXrZK3GhelBjZEA+Q1s0zRU6SAedKFiIRV2Qdgz04FRn2866bCICDv+Rj4Ihn"
        "PpnkN/nNgySpr6t8rkvFtzy+f40L+1GmXAm4lT3p57VQkWP88YkLX/vnifslT5zGTUNSP8JO"
        "DusAfb36PAKBPufyZ32Cm8TRNI973irvP/FU80NyX+gDrnz6Jzy6Mwj4Q5OXP/MgAs+7EKTr"
        "9mc/oF+9hnjiUfT7fS9v9IhNVigAXvy1TyQfX+2eoTsXEhSbxoOK5+zXfSYHBQbe6MM43/4C"
        "xgVE3n08R4DXfAx4MdTJHs7xPAfeih1hr5/9Js9+yUOVcjBRXyqpV5CJx/2MJ6aho1RWeZxp"
        "PS9aeBesmdM1Xb3MBiGIRw+HhuMa9N3LJZrbY1STX3IRU9o10h99Iiw2NXXAJSqId2tnH7Zp"
        "//fnfv22e6HWdoDDeCt/rQegS9DJ9Wd9aAP3U3Hx3r/+IU/Zez2zsfBnPSi13Ub/sx4JrfT6"
        "o8kC/Uce+KF1boq/10Ftss+IruGwG+pbxhEZkEm+74N8xbZuLuDXpuMZU4A3C5eS/D1ehO39"
        "7/Ep2WCHptHbHu0FXPf2BXqRzVcBuLob/C/YXMfNj75hzqX79Xv3Mz9vsfOZQtofw76BLnl+"
        "WD0gTi/jUfbmKfY3T/nat46YXjfkt18wYUR2G2PTpOKamAv/tHWbQrRWLlOyQranLpOHuFij"
        "MXl82PeDvXod1Br42Vmim2QL9L842MD3IR99z6OiTXQYD/KRJhcNPEUDgASqr2piutMr0A/g"
        "Tir+6IPM68B9vy9gScD5W9+zO9HN9kyobD4rBHJsUxpdkwKB/2P6KmTuNYradAM6oT/v4XQE"
        "7ilg4csOBLSMCAl/2QUtzqvUTyIJbGnAa8gv+PljywHfE1hEdsBv3H0C+/rCHQGF9CjVb3xU"
        "xW3JAq3XCw733/aYTikkqejHfldnE3JlyO0W+jYaxUusEgWeB72dL0q0GFW9XXzr24yyBgUX"
        "9Xp8YR6iX7gr1tYd5L3fUMt+tNyrtyP6rb/Usr73ly7r4GJfafDgibKKV54wRsYoHjntJx70"
        "/mGtYuA5kKeNmv3g3+kCckqVyMiP12Sor8+fK517fa+nFuiOOcaGotc+86fsx++3/+L3GKDv"
        "X/xeRt59eiyBxitN7WotH4DefSruw675bS+S2B4OP/ij6roPcqWiclnTsPGE542Lpnu/P1cr"
        "Z9uJyMmz++zgIxpcy+Px1cefaGYvkESuf+zQEllymuiVceZYHx+4r/iA+/rB2Ln/y/oFWJ9e"
        "X3+vX8/9sMmkH39JUdnkkL/8vCekgt5svF/jdJmhjDjwq6n5XDNV1NSeN4pYij7zR53215ee"
        "NzapI4h6KVHU3bFkz+O4eh230vzwrKaD38E6g8g5vThufUGQj11/+4ku5t5hij+fm77zM/0X"
        "TvGbI4QjIpltB/yG3EV/UvDXUrrv01ce9XID7ho0mlv39thdDBbq6JuXWGJHj6BP8ANPT37s"
        "HgkzkPPw/BtHTFOvZJOvAA/El7e8s2RMj/btwH28/e3eNdrmOP6Do7XRve8zfU/8X3FEWvX+"
        "m7/9l6m2kjdH4BXfcUPg3vj6y8/b2kgZyPlT7t98XR74OOoaLKlGQx0k6kyiXPX42JrzxKum"
        "o63T1+GEF577+AlJ544bv/ky3bjAj7/xSdw09eTHTiyhq+tLwfGzj2V9qZ7UlmGd+DOf4F/m"
        "HaSW7jC+fq8bUoe6r3N9v4/UoU5v9Ljok8s1nEb+XnRWPo6m8RRpGZlIpIjW/Xmd4FPHUPvz"
        "6CvysXk9ig7wVVmavqpnhIJolOG2MFW2nCD7PDv5sI6pWT0YSrzY3vZ/X5GptACmRQd5DxW+"
        "z4XkNoV8MykTbzvxjdYdI2xKa3u9Lt51SHHVn/9k7tf5j94oEksJyhtFbQE/Uanw7VjheCJH"
        "85cM+XyoAQ90ZpOARCMvKxMUTSD/qnXAs1MA+T3wRIHgNFLsayIGtMdzv5D0BEH+IU5ohHB6"
        "1HB6tqMxVfCHtcPPFZZcw0FU0LPMUmB8L7cSjNb+GaQY9bwT86XsXP2i3EeIbxOFY4RE7Zb0"
        "+DHUg0VLuVJhkFuR6DKGccBrXjiHfa4Tmct6+WKM2bCuokQxp7bCBeIYWcSHdTCcAywJ4I+C"
        "fAO7gOfUnxdzi5cqaeoJ9om7r6MQRaE+ixYeaRPUgJ6mEK/ufCLT0F4QJu+rlaRkaQL4bwaA"
        "qREDuTjXlOBx30uQe1Xbr19UuG0VpDUe5oW889zVQVnypzLrNoYWOl91P76pgCYZ7DJBmiVh"
        "8iFqY1dFXSLlsuXPGcLAu9KS3845bmoq0eqV3frzHFtBYiOj7ijlyKhbtdCrhNSb2uqyux+Z"
        "dVCs1hRptb8v6rOlXw3RoTzoCeZ7NRHfPj64wpwRZryOOBVXJ8iDUle9X08Ju2f6RWqiNrfO"
        "OJWFanzZqV1X5koQ/DkfooPfVbtFs0WLRMn7Pgw+f2HuAPHvUMw/fup2EUexA3K4hvumqq0L"
        "rlMvA/m26Ymkr0WQhUlRW3u1Ab0Vy6MszU4zzC4X0n7V/RYh2C3E1xYBdTc0kHuhpz5SO9Zf"
        "W3A9qqJAUTtEcsHIcZQWmh2qahf11/UDrvV7f81IrupI2cryq9kY1/tN74ylPL57IXvc0PYx"
        "z2dyvN8/so9JOpz3fnTFxkD3RQv5M1rP3CH+9vUgLAzno10e76WzX49aZOr9ubk4qZfRKNAl"
        "OtlEbNcYU7Nx2bHPv41R1vT1KnuUZ4Yg/NTZmDEe6rxPiHfrUeLXfh8P3+fsDvC/7HddrjaR"
        "d+Bq1NcFZTvxy8lBR3iiRFN7RgRVN6ZNg+yJYsxuC5SZE0zV176pUdQmulT3/RriGG1CyL8S"
        "zZ0a21GB/6wHGcmwngeMvzomVvV7PYaoS+weSJK6kSb3DdoFRG21Ev1an2qUnpBBqE9rLwQn"
        "UFtTQjtC1Hd9B/Aecmm1dUvIexQek2IZJpsRzLcok03JTj5yIK9Hxme9jZ6Ky/E0UltfQlqg"
        "ZPGqgnWL+/JRROVd6+uDkn2VJXYryXYSl+wJO2Sq+que9IR0tx7i8HsfkN+1BZ4GYjROCD3b"
        "pHkVwp/654aHfZsTDo3e5x2z7ud+arbBNKoUnm0mC6xUv+ZD49C0MRVMpgZKBPcDW1M+9tYV"
        "9C+NysUD/iqjSlsHMfnUh7Udr0t8dsyd5JTnqesC5y5r2eW0OKpekAhrh3s1rvo6uYfSH31A"
        "HOvrCIhWG34mLkeQT/ySc/poDHSFPPmP/Wz8oR6gMrlEsoEcahY49Dfh6Sw6CcXw/iF/y0lo"
        "VYZLdJSXIN9BLxN0c7OJvqn9qEjNT/0op9Oo15u0D2TYD8zf8/LZBXBZCbB1cHILTfq4MbIO"
        "c25BdnNLyXgEeQAkwW2iCgJRSv6opLqhz7FabGzqQjwspb4ujTduBnF5jn/0eZsbygMZgdMZ"
        "aJECjf0wDqPnfO48GojH29Kaf5/bCY+Lf7re50SZQm7+285VnQ52zvmnYvRxathvO7eEi17f"
        "/tbD9RMGfrG9j08LZBn79bEuSEmxFh+HcRSww8Mpkf76r1AO/Lf77V+uGKwoGOS2P6cK10h4"
        "64tZhouPn/f5E+B2S1EG6xPpyW38JPjgNIXnyhnf9v1tol7xNoH4uXidQ+6PXRjCbrCLo8mP"
        "RoL5R//a1MNtjdQW8gFdg3jZiA4DPLkei6KB9ydNCXF5mwEvjE63ledDbDtQ3Ms1+jnPPPBt"
        "SWa5EQAL3zkroCKTQwn8YO8gvN6KS3Rnz0Xv33NZGrE7MRx/LIYLCJrT+RLxpjLBCvj3KQF/"
        "9VGgy7Oenx5p8D5n1YqCoO0elftX5t/xH72CzHi2Igvl/Pqzb0GwpNIHpvELX3WhKY4GyQ7b"
        "wkm34dM/CU5ooytTf+vbKlkUQzwJJgj45JTiml/M0H7K5f6uwFcfF/AXLXx88aPBTww+DpAY"
        "y/zUJuNfdhWpH52T6+Tx65y0kK3DhRomhnUIazSMj8YnBTnnVKQ+dpaG0jCxWDyf1skJxQDk"
        "xLMRWe0sueeN5EA/9QNxdR6fimI/W2/odvfsz5MwLmSATFb6v+VA8njsCdz2uQL7WYSnjQK8"
        "0p2aix0jhWDfkcS6ybI1kw0SvCPHbHh/sOM7f1wiyyzWq+hnPFnAKz/xhBzRiBVL4GWK6DcH"
        "Jw3kaDq5oMOC/Ma/1G32anuQ0J4oZl9fhdg0TwUPr05cHlnemkvse3uaInGx/44TmPbnpJA/"
        "xGQdnKajT72+6028hPJ8wAHx4x1H8udkC35aoGc4WsM++eb0JYd3XZJX20xCcdiiyV0CMqtE"
        "I+2Cv+LDdz6Y8IQgP4EccSJj0PNeThS19qv9O3/AM/X6EITauAh8OqxXv96KhXRcqmGH3dk4"
        "ycJODEZg36PlEmuTT1z/ZRdU2xQoDY+HIMge5d/5Y8fQF9xqkL80qfdIM2ejlAP/O44BPxbi"
        "9DxLB34QQT58unB8KJbcCRDf2K5TNDqnvnKNR6LGPvpxibC0FGcsv9Z8guvr6dzjxJw/vs8j"
        "Cl+epeOkRNHllo4hjQd8uETndz68rydgL0x0O4ojzrlh96cuVitL8MvwroVJXvHGpeVTUeOP"
        "KktPu2KSqdF8c8HN1/5RQHh+Jd1Qf56sdA6bihGnXDD8nvrHhFny+I+eBZx94daL01PIs8EP"
        "/T/6LNW0HvgMpveiv6+yqkSwn3O0Ik4C+VMvX6UKHnE308bBpeSTrYFf+LE8mUuIO9UyS1h8"
        "unxccy8bnWzFCGfBS6Ulf7g4kxdRu7TnlQ3u8yzcauFWzic3S26ZcJ4YN/f1EOF/bEzvt2Nn"
        "beT53WtY5mkS1/c925N1ihM36s+9zzO154tMRVgztIz6M73u+xqAiPDVRvS7g6dZImWRsyx2"
        "/rWiYRjtdofydnar3aYt71NP3xmknAxx/87HOaSAr0kqdFlhqHMqAG5YKuSDYodSiMMJEXRj"
        "IyOlOJunkX09jipnavHtZDu6GkpGJT1HNsQNYTgvKWmS40lop6v4wrUS6C/eFamtrLn18Lva"
        "LWvuwzqOTp24YT5C3RryMYek3XLoh3LTwyg/NfKh5s8pT1RpnanAJ8wQHQq8TbWovavCxlTi"
        "VJwUS1tpGZGz13QD3uZhlkioG0sIQf7QQb5nNVshzRdVu4gkLuEhv4nQOFWR0Wwzmr4qlmCD"
        "pYhCPoyZsiuW+61EnS4PrVOIxO7yWpyu1/3+khvpmkqF+uFjYviF9uj7tE7V02kss7ZGWSXP"
        "DP5QI1jPLhVe61WC76tDnycqSdz3EabifXWSUQz3GQrwEnjy+DTi1qFt8MdoeI8Jk0ebacet"
        "dB5fja3J0KglrXaIrI9M5ZVHFxJqnm0McRN0LqsPRx9LSws/oiYTl8BTz+CE33FHLB7dmVDc"
        "quVgP1agMf+OBCL/5q98sycSDzJzWtCb72BIcDKIC8VzO6r5ZcBd7RDkkqWdZU9Oi6LgtiN+"
        "LlbcTaNq5boB0narshr6LIZ1nco/PHHmhzPqSHL73e+konk1+qqjyKuZFoEd+339yN9+/87s"
        "fMt/4cXUUcj377W8XD+WfV+W/FOnKGDtMk68/tzmNdLmcF8tHYxgPYKEBj76ft/wzMdYcvC7"
        "PxalXNyXpIPh+aEvU/jqx0xjq6npRyYmGpIFTzggBR1f/7Ov+bseoovztDtpKJEH/LRH9mV0"
        "Wogto+jkuAQLRjqi4vzBD98n5C2KZRPuRZCMss+4xeXHY0eFr3rK+7xQnMz6fufPPrUmQ5dy"
        "6Lv9/O6AOLtTevqsf71gnnecXK2mM5NFML6js75vqbW2TorXxdyGv/I6n0zt++x4QYW5vTL9"
        "lS0T4b6G65tBHkyFPBmnz2vY99RxXLTwJmMfzaKli+NEWSFxXSRgUEZDnNaQs7RMWI8D7JxQ"
        "PtzMTyMhVSYBrO8FwR09GOwF4GDOIAYFG2nozx/6y69WW8VCeEfyq7ypX32RUgmcUcLGpmsS"
        "wiNC/k3/qOCyvk7w3QeIRC/XtYhzwQgNDWHkDR01u8bDSXPp+8p45bMe+Gi32dD/OE1wOo4U"
        "JFrKiEL+AHx/AjyJcH2/kqefPUPSJEIes0ngxMfXDvZRRB/aazb5rL/87TPK3aumf/a5D/1Y"
        "5w7s51df7yAHs5fDvpGM2iliO0GDHPSF9rVfHfa7W8J+D/E6d2wNfduZWjaumwbZd92Djcs8"
        "D+1xnqK+755+93N+78dh8p/9uHXsZu4e/Ah/nkvq92qUNH53LV9YcPAuTsiua7YPsBfQ03T+"
        "7q8UCq+UHCPq/ffLznThAvb3MveQbrAwpYMdYvzv3we9wPv09/uWUP679/vvRX7WJ3dUHPpS"
        "XniP3/7e++2nHuGVm4aMV5gi0SC1hAf/pY6MnV/jRPq5oyDP4X3AUVmqfMfBxJMklTqn4tTX"
        "0XXrNOBTqgdo/3cdNVhS/WdeERVMTofnb33vLCquEO9OwTHq2E9/JLKbjhrkwjl9PEI0C3d4"
        "d0sgxknDdy5kZHLcNEH8vFQprFs0hvpp0NSHYqn7kvnqa9iG4qxwcTz2dvN5jfu6XWimD0Zn"
        "Jj/0+8Ea7PmcoaF+NFzDfqOpNUPF0H8KvPg4w35QcFaChu+q+j44JgDNSJC08gPU97X6Idgt"
        "UQyWX5Bslm0/z1DX7L9PsOWhH22hKhDHg4K3ZeAvDj4M8X3CjVR5Eq0K1U4Ri9ffODUDrSHz"
        "5UOu9e7fnETRWJvHP/j87kfa3IbvetwH+sjdja89NOtVbYzgft13ZCn38S1f6huzbhbZZqGz"
        "uoTxhZ/37WuB01IwX4CnmkFG/XcjkEct0p9+mGVrEAeJx5+8TPzo8ZdZF6Oc+2MkJhPAecA9"
        "pHLOEI+EbcSw++6DE+8GO2jIs2QHAo4DvD7yw6FufJ/HU2SGZsTvh3hf01NBVqfRsH8M+SEN"
        "9AqA4l0fsC7FTrusIh5p6GoFFkUzk+K0x0nJHgfDdyfV1Hjvz9rPTAQ2X/d9PPTdx8OscIYp"
        "ZhLvS+hmVh/sne+j+SYhGH2O+64rWQZ2fvRxL3lXwiHwDGT9f/u6h32owzktwT/yO2Xxyjsk"
        "Htd/5/CO91ez7yex8MtSAJ9eAeSPKhvq5ZITr4b6OOrPIdKhL3nn/PR91siRPcxJwCPSXr4y"
        "8ve9P1s/+43Bn02yAqeOBn8HP8x++okie0xyqlT3Ev+xr0hbBn2fbF8Xb/OlZNz1d/7M/Xyf"
        "MzdK33UaDfK1fOjXTf03T0D8z74Xq/57taFOjXp77+OY25JYwPf5UH9v6hx4gy5JgOt4k4CD"
        "SbuF/T/jBfL9YR9qXRX9ObrEYOCNBTdIwRe1yPu+6ez3ilPvgF//Xg/wonvjG4wC1V6ocTzq"
        "z2EFz9/On9/fxwEv/OU/+YRsDL0+f+TxT3xFyJ0J4OvF8cduVps/vC53YSxafnQu4NvwfQw2"
        "xyO6emXqFV0Brw7aHfV9eVi2X8AbR5lo6DkVfvzuhx/V0Yhs0AjycH9rZWUjD3LudOXn+y4h"
        "P0ey4deV9hz6FjTNScJZFh6b6tVjm9RkZ/O6ZmLmDOfT6jvOLIb+Q7X/bkNoYw735wdDvHUb"
        "OZpeZsga7BeJ3/am25f+/BdlBgH4JE8Y55/PL1d/f+T6+UXr//1/Dhao2Q=="
    ),
    "esp32c6": (
        "eNp1u2mP6jCzLvpf3q8cKQxh2tL5YCdxJjI4ZCB8uYJAZgghNE44uv/9VtIN3WvffZa01Mpk"
        "l2t46qmy+T//OTbN/9Nkr/N//ms5nS+n/+v7xuNwf/znvybj1XS2htuL//Wf0+Fx+M9//Qf1"
        "/2RKH+1MVWV+eRfFvXbDeKYcx17wuAey3Llu22IfJckyfziaYa+sLJ88DkYzVTaNoRWXtbsd"
        "83ueT+pEsfX1k6r9qApu1WQY30GOlCAVs0IWEm+DERNFqlqIrtD3C5EhOSERKO9h1FDCQl1s"
        "ff4m33f+PVYW5oOpgvv1us/wna1X6+1dTseR6+RChfa+zJ2yMJEvz/V4u2n8J8ctl7udWmTS"
        "Ht+LmRxy4Vw8H8JU2DhamHnndSG8qIGdoOQvdXOeLvwx3az3LpGokJwP6dTIl+NRfHmdpXSS"
        "RDPGR+Ykdh+E3Ag+X/M6zvIl99qjy/qaFazOPXU+eo7w+ior6kU+HSnj5/FEWtwXRR1x5+0U"
        "b764PXtuRqP2ujjqdnWtzjUxLM7DzlTF4pVOzGt5OT0vI6XLlKkf3A1HUrPruORWNV1Eeak3"
        "80qzV2xSHvf7jSGq6/Xa4rixP5VSbz2qZS6ZZ68RkQxcLSRHkBZCXNozM1YXz+NzO+lqZ8wf"
        "7+44xVv6v//3f7494K9n8IvFbMz/r/+cr497931rAjdm4EOPcwsv/Yc68gzzDjK7M6HoKBd8"
        "pCBsKO3ylM9HESo7sKV1RrzI40qwEswEB3PB7MHOEtj7itnlxFpybfjjFW2wILF4hqbmrWXI"
        "xW2Ivgy9KzsL3ZggJKqvqLw7xaqOqCNd2D2SUgmJtzFFauPorJ+fRUgQas1kW4nKRrRmgovh"
        "scQCCWkR+JZ4TQSM1IUqIZjfQTCPSpF9ozkSKG4KlDnYUghDefVFESouW0eScFKhYZ3J+LgT"
        "9Fq5nw8uTpARMtdHiJCkEoizMOQ1y4b3VD5UhE10TT2Qj0aSyQ4S1UiJvMjFRahJfE6wbHiw"
        "LuywadIw0NtS34EeJki11TJx8muSIOxFeYVCSeWpjHVLmif0e/wunwlkOsM0bh9zQ0aozcnD"
        "+55HNa44uZivObk8b4eGVjPy6O/rhoxZIt74UFW7RBaQTwrm7ZBgFY8kc/b3w25kGJqzgHnY"
        "FvRty2myvc2aC1cxWI964czBbqbcshRL9ChfIzXHSQT6jZHoGKSXI7Wi3o60v27QJM+/IgR6"
        "xY7X6xHscUdm2B591NuTHWeCNZ2V7NtPqBWTx6xstYemjzVSmOwiUWlpeU0bdOVd3TWhPMk2"
        "ntnVhGqGvqUXN4uoJAVfbjamUtJ5OtYMeUsL0CuRBM/PySYSjAjWt9B3onfu5ZOaEmXpVvOK"
        "kgpBrGlhcd9uC23TFA8ShjoCe8zQ+rC73c5iO4+kcD66An4ZDX+aIteQ94gwemvFIlzNcCKg"
        "cGZPkXiQwB5WeYH1vP1eUPKA7vjT8ezsXwu/YpT0/jvECzbJOl59lamhYIbzMvKQNN5NOF5H"
        "ySoiSPWIHU5df+whOyx07NY+keRJ3tq+w4R1xlfK1+0c0dfU7I6jwS8kBg43xBnaIdDpHsad"
        "3iNliBMaIfBjLHl3ddCrsDG0pqpTfSFtqkOdUqOEELDa5Gi97ZHYSa7qBapu1BUoMgp2YWJg"
        "7EskdlTWpHHhCNujpuEAcByZBCOcg9JFiDcm7iM0xJskehLboc+1KkJMuu1jZBzMeOXiIzI/"
        "9jdVF5+Q2R5PWBr8iclttpHez5kJcahCHHY+rCgisC4Xh94vzmApVxMI+GLbgVdg0hmQzGDd"
        "rY+l7UYacEE1Soj7GQ57fQUwx1H+fI/4/8v3au/vlt6EX632sw4kPqvC65z3ugSRrQpEQicS"
        "EcJXJNkzNI7Az00FMCjDk6mdjKMSgZ5MKgp4fbHDxD/l4G+P3h9UW0kXEczjK80rZgAiSkbP"
        "XcmOlsrcFOmGVFGUk1hCm+aw69PknBfRAjRfecH7OlnEGhrsIUmO2tALS46yXm2/0jf+yWj7"
        "PZ91TZmTR5yH6iqC7GfDtYDzpTUBfbut46EBDzVNohTGU8o2aJKZzMOSHvQyLu7UbebbFzkC"
        "cO2zVj4KhwbJk7oGf7q408ZDyKN4WxEtDRpXlL6uBXsxkfmm1O4khPxLwfzNrTv4b/2HqLm1"
        "R2OXU+G1iAE0aEWwZcXZszOdqb1w2A7vIa7DNp5j4UDe3zFcTXhKSB/XvqaBQ1y7bQAYUtyE"
        "7VLbqEW3dZFmOr1e3nqwxFfiRa+UjzDYSUGW4ZbcF8Eja3/i1qcHzIO9y4vwBWo4wIPwegW/"
        "zeXS5ZzjyiURRdot2Kk/epcuM19iPhIVmQN6k73EyAP8l1/ZUd82qdWWG8lvdBezbQzxPUOG"
        "8pQYla5tS/PwuZ/zptIiuWTMuIFnksM92qeeMJMrH0F2yQ+ZRxRpWy6+33vM4buACItyajhr"
        "epiR0IfACQAXLYL3vIujIH3rB5lN6G2iHYznpuPzaWqYoaflSp9fEitCCtkS3L68zQGJukeR"
        "ezy/sF4CrlkHwOlCqw5u6l2u7/ESO3Jee0OhdpejmKJVgTPHBD8pLt12q+lFUQ04+v5O4nd6"
        "tf/RuyQsYb5LCfN97G7J+ydfkc3N+8EtIZ9Sydk2iRhsPYQbPnsJR91tDmvwg7UGOOccaule"
        "FVkaEvLBD3tcp2NpP+CgbGwXVM/SlyHPEeSdJ7LC+UZBla0Med+B/D3fTSH/JQsK+QniJixc"
        "yPea1hTFIH+y8hQUeso9XDrPtsejl9/nJ/XhBF3e21fEh+y43T6w9Xrnp3Jj1BBvmatrBnsS"
        "4EMS1kZuxt25reTkRxk4rRe6ELa0YHcmTo1QoBqeJ4TkB+F1mnkYB7UD9lWzcJ3zkwjT4L5N"
        "9x/cCYwziRxT3+0MV3u09niNVi+s3np7aUiqpcGvuQINfg08yAec6/065fhTe7dI56FXGjkf"
        "3GRW4bwAbynqOk/4v+dF5B2yUtf3BrtoVJtyDb/TqGiRVhJ+4gCjeTbz+WOUlQ3wvPYAec5S"
        "8G0kOqsIF3woX9lEtm/x2qeeEs6WU2Sk+qP3W0yAPwYEeKIF3Oqdv8Ql7ykV+5ohzZ6tGZc+"
        "meTozcFxAuBHzeIH9zC6P39wb+BdgtjywMwjc8B9DLidvnFbFtdq5WXORkOUSp88yUFehrjN"
        "cS2hih0gxBKUeZ78uv18pwu3X5w+m2z5w++88/Xtf6p9+eDw7fbJC/z7eagvO4r8NKnwIJdR"
        "UewAPmuNPv3IZwizxIM64GNvoXjLe6uCgY8S9p2XVC75Sisiw/sffXGqCUbp8/xS9hsV8KfP"
        "8ze9IxuJeuc6Oyz0kFeumBClGOLEOs8h2zj73zjiTY+0xx4vUJ6h8zn1/MxBNhRkkPf/e5y/"
        "851lz5PFVkMqIWYL/KzH57deTF1ztrWmVcHHXuNtLeWed/n4tSxCPMRjrjNU4cYDX6slwEf9"
        "OjeIil75yooX3ed7hO6Fsn/7r2oCH/eR4cXSgINpz7MB/1QmjpFgZBoypDFyP3iDVG19Wv6s"
        "LzlHDQfJhrykNIjXkPMLCKLLxV3sjdn11vtda6+jTjeQj6QckiFyDJTrQJZUxksQ3+AZo55v"
        "KgUXjpEyCTC95fN1JKDobGaCYZXAi3JWIfBzRMVzz1uwc7PI/sD3/MUt23f+g3ogCtYVe+rA"
        "/wCf4/TB+jzOZkSF2VnU5wtlsKe0lMH/zXxRa5uqiNp2wBnHkQ1ToFuIN4rv5y/3ZFy5S9Sq"
        "YA/59au/pB1fy50kwDoN7eIJl3LyQiGLNNQL452iruf5SHLTNEQqWwLfsmTASdFJQuCDIcGd"
        "ZbSJmENaH3W3U8RwKyEvuP3ksZZNNWlViL94+vYT2bYlPtohbEI8j4iwNSzAZ7F9XrnqdlrL"
        "W8uYMBxRWP/OgPHn8fTtR5XBbrP/Aacf7bnPewqGotPpFqSp/HzeROgdJ5STXLxHBtQfM9Lz"
        "Fz5Rrvdzz4vzNIm++ZBgGXhxAH5ArpudXJfgB1BninUSSWoXttLW+JIclG9UoJBQPEuCUamA"
        "F2oJ9ulwKp2WMf+YXaaj+375OJ8csEvIOcom7PkfzgsUNWhMez7oQXw6eGv0VDOX9xLwv76e"
        "+YkDSyDJ6qzfWkvLKKq74m54zYLwc0MBy+WSTeW7d8p5LxJ/5K5BbhcfkKFWu/1dMxSGNrnE"
        "3UcVvCc+qVQEUJfwgFvMvXEz6WDwvob2H1yDeuQLxjHqerHfpjAX2HG3sjkO4jQ5QD25XcS5"
        "Yu8WIIezb0HPjOTxPpIKdkzEtK8/O+xs9U+8Q2Ztb+KAw9jhJwR4EQCdIQOzdvEY6i/+OEdD"
        "fYnzxdNDBp9DfWWqAgJ7mzmf0vj0GFnR7Xno81bccizPUX1xj7AOZm963kqSBnhHnJKpRdZo"
        "qPON5HgGfmDYa7LPF2pkXL/Xz4ejA+QgooSAB4Zs34HnavCeuMYZ8EoDr3Hn4hjZ6Djy4fq4"
        "Fl/YmX/Xs9cnFRLP1z84pQoh8GnT8erPeivtnKXARz51hH6ZpVCPFXysSBcjwK6aJygCXPJ8"
        "B3yrBrkwR0fhaKQgHeRq8zEVCORtL3V2Y++jx83tMcJyfR/ed9SHF+dS7PIrx31cDCi7w+91"
        "Z2fQ/x95eO2djwV0uRuTCqGJE16ygkUU2ANaK7ecDyOpg3GFmGbh6Kwgo5djOSaVT/xD3utF"
        "X0sL4KvI5NvdeHXr9dFpizd/1gUvZA05aQbxEOvlMOeHzMULqO9ZPg5kO08Z8N2uv76PY/BL"
        "A81yOXa/3niXKPpbzqS8TZO+fyNeDGUtw7wtsnjQy1L/zVNrpP+zTqRC3ar6ZPsH19LjL89F"
        "K+A/Qi3JURzSqeUDzkTOyLDWjk4c4DsSWpg15CsBZT/fC6imRpE4sqgakpN0DtRjxg14gahX"
        "Ek26G5aQcUeOOAqm8wiooLU7zk9uFYh6JFESSLsVx3F7hnLq9vwQ7IMGvi/98MCyhTgkSHjw"
        "HcP9vD9xhmL3WgLfHCPtSsQ/9VzlyxzwfrPjyd/7qAK81YtTvjhHQl14bhoW+NdvDjk6UFRy"
        "IseNwD/lC3mAPxeonTzn5mRN16cnXIeoJc/XkrDj6ie/QD0C+I2RMOmYqZO+8pgawSgJIcgT"
        "9T2eqnjzRQh1LBL2zPPJ8wj8DphNdbbAPv6vfbRSCI7nvk83Rl7d8zsNORZJsdUXgIO+G9k4"
        "ONSqnc7AN8iTKyESC3amnA5xiYT1j9z+j9zDNchdPtpWqk4jF/Piqj3GE39q7NdUKPdzS4Lx"
        "R2Vf36rX9tHuTgU7Mc6UZwXETxG7ljnkC6PPF2KbRH1eVa78TAD9z5A+S0vpvJ9XtkygHn7B"
        "Xw3wYpFZCPf9xBAZryP4Z4CM9fEw4J7KkIK0Dz6Y33gRM3AFqHfwhW8lMtegYBz4HLaFwIN4"
        "8dtPHBDhRx84iWgwUXkYj0yn7/qsNSzUgv27YzFL+/7HOJaktNcDxJ1Bt01kNIj+2qeSpdPi"
        "cJOGOgj4C9jJhHoCrgMqynZaMm3gA4M99j9yyXgmn8uI6geoK1DkqIGtGFv3FHu24nnOk/pk"
        "dhwNuKZ6ZzddRdtwnhcY2ZAPkNbNU0WOogHnChYgEZdkfQR/cEoyrOfTNxEAB//ox8Ahzzwy"
        "ye7yhwdJUt9XeeuryI7Nz7iwHmXKFYBb6ZN+XwslOR+/vnHhZ/082f7oU0z2dU0SL8ROBnKA"
        "vV59HYHAnnP5uz/BTY7hNDv2vFU+fOOp5gWkWegDrnzHJ7y6NwjEQ50Vv/MgAu9vIUlX7e96"
        "wL56BfnEpejv925W6yGbrJAPvPhj99GrPTDUcAFBR9N4UPGS/nlOyTzHwBs9GOcdL+BcQOS3"
        "j+cI8Jo/Al4MfbKHc77MgbdiRzjoF6/O0j/6UKUMXNSTCurmZOJyv+PhxEuV0irOM63nRQv3"
        "ijVzuqarl1kjBPno4dBgXIG9e72Ec3uMKvJHL2JCu1r6x54Ii3VFHQiJEvLd2jkEbdL//X1e"
        "fdYvVNoecBjv5B95ALoEndw+8oloA88TcfFZv/4lT9lHntlY+EcelNjbWv9HHgmt9OqrTn39"
        "Vx/4oXXbBH/0bJNDSnQNB93Q3zLOyIBK8vMc9Cu2VX2FuDYd15gCvFm4kOT3eCG2D3/Hp2SD"
        "HZqEH3+0F3Dd+xfYRTZfOeDqfog/f3Mb1x97h0KEl9uf+93v/LzFLhcKZf8R1g10yfWC8gF5"
        "enkcpR+eYr95ys+6dcT0qiZ/44IJI7LfGJs6EdfEXHjxblvnorXaMiXNZXu6ZfKQFys0Jo8v"
        "uznZq9dJrYCfXSS6iXZA//OTDXwf6tHPPCrahKfxoB9pctUgUjQASKD6qgbRp5dgH8CdRPy1"
        "B5lX/vbzvYAlAWcfe88aopvthVDZfJYI9NgmNLxFOYL4x/SVy9xrFLbJBmxCf7/DyQjCU8DC"
        "jx8IaBkSEvzxC5pfVokXhRL40oDXUF/w88eOA74nsJDsgd9sDxGs6wd3DECHs1R98FEVdwXz"
        "td4uODi8/TGZUihS0a//ri4m1MpQ2y30XTg6LrFKFHgf7Ha5KuFiVPZ+0b772WFaI/+q3s4v"
        "zEP2C/b52mpA34cNtexHy716P6Jv+yWW9V5fsqz8q32j/oMnyuq4coUxMkbHkdN+40EfH9bq"
        "CDwH6rRRfRjiO1lATakSGXnHNRn66/PnSudeb3lUPN4zx9hQ9Dqk3pT9xv3uv8U9Buj7b3Ev"
        "I7eZngug8UpdbbWW98HuHhUPQVf/9RdJbE+nX/yRD7oHeqWicl3ToHaF550Lpwev31crZruJ"
        "yMmzZnbyEPVvxfn86vNPOLMXSCK3f/zQElkUT/TSuHCszw/cT37Aff9g7DT/TX4B5NOr21/5"
        "9cwL6lT6jZcEFXUG9cvvd0Ii6PXG/TNOlxrKiIO4mprPNVNFTe15o4il8Lt+1Gl/fe15Y504"
        "gqgXEkVdgyV7fjyWr/NOmp+e5XSIO5DTD534xXHrK4J67PY3TnQxc09T/P3e9FOf6X9wit+c"
        "IR0RyWw74DekEb1Jzt8KqTkkryzs9Qbc1a+1bdX7Y3c1WKAj7ePfLT2DPSEOXD369XskzEDP"
        "w/sfHDFNvZRNvgQ8EF/usmHRmJ7t+4n7+sRb09Xa5jz+B0cro/s8Z/qBeH/yiLTq4zf7xC9T"
        "bSWrz8Ar3nlD4D74+ifO28pIGOj5W+9vvi4PfBx1NZZUo6YOEnUmUa58fO3MeeSW09HO6ftw"
        "wgvPPfyEonPPjT98mW62wI/f+CRu6mry6yeW0FXVNef42deyupZPassgJ/6uJ/iX2YDWkj3G"
        "t7fcUDpUfZ/r/T1Shz690eOiR663YBp6B9FZeTicHqdIS8lEInm47vfrBI86htrvR9+Qh83b"
        "WXSAr8rS9FU+Q+SHoxS3uamy5QTZl1nsgRxTs3wwFLlHe9f/fYWm0gKY5h3UPVR47wvJbQL1"
        "ZlRE7m7iGe12jLApre31Ov/0IcVVv/+Tbn/2f/RakVhCUFYragv4iQqFb8cKxxM5nL9kqOcD"
        "DXigM5v4JBy5aRGhcAL1V6UDnsU+1PfAEwWCk1Cxb5Ho0x7PvVzSIwT1hzihIcLJWcPJxQ7H"
        "VMFf1h4/V1jaGg6igp6mlgLju5kVYbT2LqDFsOedmC9k5+blxSFEfBspHCMkbHekx4+hHyxa"
        "yo0Kg97ySJcxjANR88IZrHMdyVza6xdjzAa58gIdObUVrpDHyOJ4WvvDPsCSAP4oyDPwFvCc"
        "evN8bvFSKU1dwY65Zh0GKAz0WbhwSRuhGuw0hXzV8JFMA3tBmHwoV5KSJhHgv+kDpoYM9OLc"
        "EoLH/VmCzC3bXn5R4Xaln1R4mBfqzktX+UXBx0XabQwtcH76fnxdAk0y2HWCNEvC5EvUxlsV"
        "dZGUyZY3ZwgD70oKfjfnuKmphKtXeu/3c2wFibWMurOUIaNq1VwvI1JtKqtLGy80Kz9frSnS"
        "Ku+QVxdLvxmiQ3mwE8z3qkO+fXxxuTkjzHidcSKuYqiDkq3a3OKINal+leqwzawLoLpQjq97"
        "teuKTPH9f/aH6BB35X5R79AiUrL+HAafvTB3gvx3yudfv327kKPYAT3cgkNdVtYVV4mbgn7b"
        "JCbJa+GnQZRX1kGtwW758ixLs3iG2fVK2p++3yIAv4X82iKg7oYGes/1xENqx/prC65HZegr"
        "aodIJhgZDpNcswNV7cL+unrAtd7014xkqo6UnSy/6o1xa+56ZyzlceMG7HFHu8c8m8nHw+GR"
        "fk2SYb/3q8s3BmoWLdTPaD3bDvm37wdhYdgf7bLjQbp41ahFpt7vm4uTahmOfF2ik03I9rUx"
        "NestO/f1tzFK675fZY+y1BCE3z4bM8ZDn/cJ+W49irzK6/PhZ5/dAf6X/u3LVSZyT1yF+r6g"
        "bEdeMTnpCE+UcGrPiKDqxrSukT1RjNl9gVJzgqn6OtQVCttIl6r+vIY4RpsA6q9I206N3SjH"
        "/8iDjGiQ5wHjr86RVf6VxxB1iTW+JKkbadJs0N4naqsV6I98qlG4QgqpPqncAIJAbU0J7QlR"
        "P/0dwHuopdV2W0Ddo/CY5Msg2oxgvkURbQoWe8iBuh4Z3/02GufXczxSW09Cmq+kx1UJcouH"
        "4pGHRaP1/UHJvskSuxdkNzkW7AkrZKr6p5/0hHK3GvLwZx1Q37U5nvpiOI4IvdikfuXCP/3P"
        "DQ/rNiccGn32O2bd7/PEbP1pWCo820wWWCn/zIfGgWljKphM9ZUQnvu2pnwdrBvYXxoViwf8"
        "VUaltvaP5Nse1m68LvDFMfeSU1ym2y1w7qKSt5x2DMsXFMLaqSnHZd8nd1Hyaw/IY30fAdFy"
        "w8/E5QjqiT96Th61gW5QJ//jPxtv6AeoTC6QbCCHmjkOvE0QX0Qnohi+P2UfPQmtynCBzvIS"
        "9DvYZYLu23SibyovzBPz2z5KHI96u0kHX4b1wPw9L59dAZcVH1snJ7PQpM8bI+s05xZkP7eU"
        "lEdQB0AR3EaqIBCl4M9Kohv6HKv5xqZbyIeF1Pel8WabQl6e41973ueG8kCG73QGWiRAY7+M"
        "0+g5nzuPGvLxrrDm73074XH14lszJ8oUavO/fq7qdPBzzovz0Vdcs79+bglXvbr/2w/XYwz8"
        "YteM4wWyjMP6XOWkoFg7nodxFPDDUxxJ/8avUAz8t/sbX1vRX1FwyF2/TxWskfCxF7OMLT5/"
        "P+djwO2WohTkE2m8rb3I/+I0heeKGd/259tEveRtAvlz8boE3D9+YQj7wS/OJj8aCeY/9tem"
        "Lm4rpLZQD+ga5MtadBjgye2c5zV8P6kLyMu7FHhhGN9Xrge57URxr9fwdz/zxLcFmWWGDyx8"
        "76yAikxOBfCDg4PweicuUcOeiz6+57I0Yg0xHG8sBgtImtP5EvGmMsEKxHccQbx6yNflWc9P"
        "z9T/7LNqeU7Q7oCKwyv1GvyPXUFnPFuRhXJ5/bNuQbCkwgOm8QdfdaHOzwZJT7vcSXbB04sF"
        "J7DRjal/7W0VLDxCPvEnCPjklOKKX8zQYcpl3j7HNw/n8BctPHz1wiFODP7oI/Eo81ObjP/4"
        "Vah+dU6mk8effdJctk5XapgY5BDWaBgfjWMFOZdEpB52loZSMzFfPJ9W7ASiD3ri2Yis9pbc"
        "80Zyot/2gbw6P8Z5fpitN3S3f/b7SRjnMkAmK7y/eiDZcewK3O65Av9ZBPFGAV65nZqLPSO5"
        "YDdIYt1k2ZrRBgnumWM2fD/4ccOfl8gy8/Uq/B1PFvDKi1whQzRk+RJ4mSJ69clJfDmcTq7o"
        "tCB/8S/Z1ge1PUnoQBSz769CbpongotXMZeFlrvmIrtp4ykSF4d3nsC03yeF+uFI1n48HX3b"
        "9dNv4iWUZQMOiF+fPJI9JzuI0xw9g9Ea1snX8Y8ePn1JXm1TCR2DFk0aCcisEo60K/7JD+96"
        "MOIJQV4ENeJExmDngxwpauWVh0/9gGfq7SEIlXEV+GSQV7/d84V0XqpBh7ezcZQGneiPwL9H"
        "yyXWJt+4/scvqLbJURKcT76fPop/5z86hr7gVoP+pUl1QJo5GyUcxN95DPixEKeXWTLwgxDq"
        "4fjK8YFYcDEgvrFbJ2h0STzldhyJGvvqxyXC0lKcsfxa8xGubvGlx4k5f/7sR+SePEvGUYHC"
        "6z0ZQxkP+HANL596+FBNwF+YuO0oDjnnjre/fbFKWUJcBo0WRFnJG9eWT0SNP6ssiff5JFXD"
        "+eaK65/1I5/w/Eq6o34/WekcNhVDTrliuJ9454hZ8vgfOws4/cGtF6cnUGdDHHr/2LNQk2rg"
        "M5g2ef9cZWWBYD2XcEWcCOqnXr9K6T+O3Uwb+9eCj3YGfuHHMjaXkHfKZRqxY3z9umVuOopt"
        "xQhm/kulBX+6OpMXUbuk55U17uss3GrBTs4md0tumXCZGPft6yHC/6Mxbe7nztrI88atWepq"
        "Etefe7Yn6wRH27Df977M1J4vMhVhzdBS6s30qj/XAESELzei151czRIpC51lvvduJQ2CcL8/"
        "FffLttxv2qKZuvreIMVkyPsNf8ygBHxNEqFLc0OdUwFww1KhHhQ7lEAejoigGxsZKfnFjEf2"
        "7TwqnanFt5Pd6GYoKZX0DNmQN4Rhv6SgUYYngZ2sjleulcB+x32e2MqaWw/31W5ZcV/WeRR3"
        "4oZ5CHVrqMccknTL4TzUNjmNsriWTxV/SXiiSutUBT5hBuiU412ihW2jChtTOSbiJF/aSsuI"
        "nL6mG4g2F7NIQt1YQgjqhw7qPaveCUm2KNtFKHERD/VNiMaJiox6l9LkVbIIGyxBFOphzJR9"
        "vjzsJOp0WWDFARK762sR326HwzUzkjWVcvXLw8Twcu3Rn9OKy6dTW2ZljdJSnhn8qUIgzz4R"
        "XutVhJvVqa8TlejYnyNMxGYVy+gIzxny8RJ48jgecevANvhzOHzHhMmjTbXzTrqMb8bOZGjU"
        "klY7hdZXqvLKowsINS82hrwJNpfVh6OPpaWFH2GdikvgqRcIwnfeEfNHdyEUt2ox+I/la8xr"
        "kEDkv/yVrw9E4kFnTgt28xwMBU4KeSF/7kYVv/S5mx2AXtKks+xJvMhzbjfi52LJ3TWqltut"
        "j7T9qiiHcxaDXHHxD0+cecGMOpLcvs87gbXL0U8fRV7NtBD82Ov7R97ufZ/Z2Y7/wYupo5D3"
        "/Uperh/L/lyW/NunyEF2GUduv2/zGmlzeK4WDkYgjyChgY9+vjdc8zGWHPw5H4sS7ti3pP3h"
        "/eFcpvBzHjM5WnVFv1Ix0pAsuMIJKej8+v+fa373Q3RxnnSxhiJ5wE97ZF9H8UJsGUWxsyVY"
        "MJIRFecPfvh9Qtaio2zCsxCKUfadt7jsfO6o8NNP+ewXipNZf975+5xanaJrMZy7/f7dAXH2"
        "cRIPfVPhBfN88uRqNZ2ZLITxHZ3155Zaa+ckeJ3Pbfgrr7PJ1G5m5yvKzd2N6a90GQnNGq7v"
        "BnkwfVQeIQdw3Dq/wftUPOUPFe7HDNlT8xXOva7SUexD/Ywkx2vogD9q0w79B7/RDgwdrf78"
        "eHZYaEa1Hc4zSuyp35jSIG/3jx7Vot5uE20z6FPXpZDb6sDvJISRm+YURfvaxVF97fusvPLd"
        "H/yis3Q4xziNcDIOFSRayohCHQC8fQJ8p+TckXa7DPsix75PE0xnzTQmSJ1u7ucVlvyNNPxO"
        "YDjnfrPa8ijgZq53+nButEs1Q+/nF5r6KpwZdhw5if3/Se6+XwEEIrDHWYL6c/D0fb7yLZfD"
        "5I9chLuOttVxm24P4Nf4Ow70tc9FtdfdihcWHHz66SuBn7QJPcrv93i966g4nNd44QP+xAEN"
        "+/j68QNZuIN/vMwDlAMsSOjgJ3j4PcZ7nEQ//4/j9HHxrV8xqTcaMl5BgkSDVBIe4oM6Mnb+"
        "jFPpo44iQobvAadkqfQcBxMXinjqxHk89KmtyxD/ie6jw79y8BpwiH/mRahkcjK8f+/PpqL8"
        "Bvkk9s9hx37PHyK77qhBrpzT4z2iabDH+3sEOUQafkdCRibHTSMULpBKQW7RGPqTfl2d8qXu"
        "Sear7xEbCuZxfj57yGQ/131fLDCTB6Mzkx/O04EM9nzO0NCfGa5hveHUmqF8ON8JvPM8w56f"
        "c1aEht8t9efMmABpPELSyoOg6M/F9nFCFINlVySbRdvPM/QN+/P/tjyc91qoCuRJP+dtGfgB"
        "OMGQPyfcSJUn4SpX7aTvg4IChh9j9b+w+vtjrO9fXv2//x8P/PCQ"
    ),
    "esp32c61": (
        "eNp9e1mTskqz7n9Zt+4IHHDaEfuiCigmGYpRvDkhqIyKqG2BO85/PwndbXd/+9tnvbGiA5Ui"
        "K4cnn8xK/vuf+H7/P/f8dfznP5fT+XL6H58fPPa3xz//ORmvppP1fL1Y/cc/h/1j/89//oP6"
        "/2RKH+1MVWV+eRPFnXbFeKbEYz983EJZ7jyvbXGA0nRZPBzNsFdWXkwee+M+VTZ3QyvPa88d"
        "8zueT5tUsfX1k6r9qgpu1XRY30GOlCIVs1IWUn+DERNFqlqIrtDnDxJDciIiUN7H6E4Ji3Sx"
        "DfirfNsGt5OyMB9MFbyP122Gb2y9Wrs3ORsnnlMINdoFMnfIo1Q+P9djd3MPnhy3XG63aplL"
        "O3wrZ3LERXPxuI8yYeNoUe4f16XwogZ2woo/N/fjdBGM6Wa984hEhfS4z6ZGsRyPTufXUcom"
        "aTJjfGJOTt6DkCvBx0vRnPJiyb126Ly+5CVrCl+dj54jvL7IinqWDzFl/Pw0kRa3Rdkk3NGd"
        "4s0Ht2PPzWjUXhaxbteX+tgQw+J87ExVLF7oxLxU58PzPFK6XJkG4c1wJDW/jCtu1dBFUlT6"
        "fV5r9opNqni32xiiul6vLY4bB1Mp89ejRubSef4aEcnA9UJyBGkhnCp7Zp7UxTN+upOuccZ8"
        "fPPGGXbpf/3XP58e8Nszpos1/PuPf46Xx637cpbZmJ+BDz2OLfzoH+rIM8wTZHZHgaJYLvlE"
        "QdhQ2uWhmI8SVHVgS+uIeJHHtWClmAkO5sLZgx0x2PuC2fnAWnK58/EFbbAgsdMMTc1ry5CH"
        "2wh9GHpXdRa6MkFI1UBReW+KVR1RRzqzWyKlPhKvY4rUu6Oz/vksQYLQaCZzMZWNZM0ED8PX"
        "EgslpCXgW+IlFTBSF6qE4PkOgueoFNlXWiCB4nuJcgdbCmGoqD8oQuXZdSQJpzUa9pmO462g"
        "N8rtuPdwioyIeQFChKS1QJyFIa9ZPvxO5SNF2CSXtAT5aCKZbI+pRirkJx4uI03iC4Jlw4d9"
        "YYdN0zsDvS31LehhglRbrVKnuKQpwn5S1CiSVJ7KWLekeUo/1++KmUCmM0xP7WNuyAi1BXn4"
        "n89RjQtOz+ZrTs7P6/5O6xl59J/rhoxZKl75SFW7VBZQQErmb5FglY80d3a3/XZkGJqzgOcw"
        "F/Rty1nqXmf3M1cz2I965szBbqbcsgxLNJYviVrgNAH9npDoGKSXI7OS3o60v76jSVF8JAj0"
        "ih2/1yPY44bMqI0D1NuTxTPBms4q9ukn1DqRx6xqtYemjzVSmuyMqbS0/HsbdtVN3d4jeZJv"
        "fLNrBKoZukvPXp5QSQo/vHxMpbTzdawZsktL0CuRBD8oyCYRjAT2t9C3on/s5ZPuFcozV/PL"
        "igrhSdOi8ua6pba5lw8SRToCe8zQer+9Xo9iO0+kaD66AH4Zd/4wRZ4h7xBh9NqKZbSa4VRA"
        "0cyeInEvgT2s6gz7+fZ7QSlCuuUP8dHZvRZBzSjp/XeIF2yS9Wn1UWWGghkuqsRH0ng74Xgd"
        "pasEjOwTO5p6wdhHdlTq2GsCIsmTorUDhwnrnK+Vj+sxoa+p2cWjwS8kBgExxBnaItDpDtad"
        "3hJliBOaIPBjLPk3ddCrsDG0e91k+kLa1Psmo0YFQlltGlvf9kjttFD1EtVX6kGAGyU7MzE0"
        "dhUSOypr0rh0BDfWNBwCjiOTYIQLULoI8cbEXYKGeJNEX2Jb9L5WRYhJr32MjL15Wnk4Rubb"
        "/qbq4QMy2/iApcGfmNzmG+n7e2ZCHKoQh10gITEhsC8PR/4PzmCpUFMI+NLtwCsw6QxIZrDv"
        "NsCSu5EGXFCNCuJ+hqNeXyE8I5bf9yP+f7lf7f3d0u/RR6t97QOJz7r0O+d7X4LIViUikZOI"
        "COELkuwZGifg56YCGJTjydROx0mFQE8mFQW8PttRGhwK8LdH7w+qrWSLBJ4TKPfXiQGIKDk9"
        "dhWLLZV5GdINqaaoICcJbe77bZ8m57yIFqD52g+/r9PFSUODPSTJUe/0zNJY1mv3I/vGPwN5"
        "n8+zLhlzioTzUVMnkP1suBZwsbQmoG+vdXw04KGmSZTCekrVhvd0JvMaUh/0PC5v1LvP3ReJ"
        "Abh2eSvHwv6O5EnTgD+dvendR8in2K2JloV3T5Q+LiV7MZEFptRuJYSCc8mCzbXbB9/6Z4hd"
        "29jYFlR4LU4AGrQm2LJO+bMznam9cNgW7yCuo/Y0x8KefN+HBGnCU0L6uA40DRzi0rkhYEh5"
        "FdyltlHLzvWQZjq9Xr71YImv1E9eGZ9gsJOCLMOruA+CR9buwK0PD3gO9s8vwpfozgEeRJcL"
        "+G0hVx7nxCuPJBRp13Crfukd4DiQWIBEReaA3uQvMfEB/+VXHuvuPbPaaiMFd93DzD1BfM+Q"
        "oTwlRqVL29Iieu7mvKm0SK4YM64Oksj+luzSUpjJtYYguxT73CeK5FaLz9895nBfSIRFNTWc"
        "Nd3PSKRB4ISAixbBO97DSZi99WPeI3+TbGE9LxsfD1PDjHytUPr8kloJUohLcPvyN3sk6j5F"
        "Xnx8Yb0CXLP2gNOlVu+9zD9f3nFip85rZyjU7gp0omhV4twxwU/Kc+e6ml6W9YCj3/dJ/Fav"
        "d196l4QlPO9cwfO+14sseffka7K5+l+4JRRTKjnuPRVD10f4zucvIda9+34NfrDWAOecfSPd"
        "6jLPIkLe+GGPm2ws7QYclA13QfU8exnyHEHeeSIrmm8UVNvKkPcdyN/z7RTyX7qgkJ8gbqLS"
        "g3yvafeyHORPV76CIl+5RUvn2fZ49Ar6/KQ+nLArevuKeJ/HrvvA1us7P1Ubo4F4yz1dM9iT"
        "AB+SsDbycu7GuZJTxDJwWj/yIGxpyW5MnBoRGA3PU0KKvfA6zHyMw8YB+6p5tC74SYJpeHOz"
        "3Rt3QuNIEsfUt1vD0x6tPV6j1Qur195eGpIaafBrrkSDXwMPCgDner/OOP7Q3izS+eiVJc4b"
        "N1OLOS/AW4q6zhf+97yI/H1e6frOYGeNalPuzm81KlqklYSvOEBo4c4CPk7y6g48r933KUXB"
        "15HorBJc8pF8YRPZvp7WAfWVaLacIiPTH73fYgL8MSTAEy3gVt/5S1zyvlKzjxnS7NmacdmT"
        "SY5+3ztOCPzovvjCPYxuzy/cG3iXILY8MPPEHHAfA25n37gti2u19nNnoyFKpXee5CAvQ9wW"
        "uJFQzfYQYinKfV9+Xb/u04XrD04fTbb84nf+8fLtf6p9fuPw9frOC/z395G+7CgKsrTGg1xG"
        "TbED+Kzd9elbPkOYpT7UAW97C+W3vNc6HPgoYZ95SeXSj6wmMvz+rS9ONcEofZ5fysFdBfzp"
        "8/xV78hGov6xyfcLPeKVCyZEKYc4sY5zyDbO7ieOeNMnbdzjBSpydDxmfpA7yIaCDPL+v8b5"
        "d76z7Hm6cCE5EGK2wM96fP7Wi6lrjttoWh2+7TV2G6nw/fPbr2UR4uE05jpDFa488LVGAnzU"
        "L3ODqOhVrKzTonvfj9CtVHbf/lubUw8KUsM/SQMOZj3PBvxTmThGgpFryJDGyHvjDVK19WH5"
        "tb/0mNw5SDbkJWXhaQ05v4QgOp+9xc6YXa6937X2Oul0AwVIKiAZIsdAhQ4eqzJegvgGzxj1"
        "fFMpuWiMlEmI6bWYrxMBJUczFwyrAl5UsBqBnyMqHnvegp2rRXZ7vucvXtV++QeCeiAJ1zV7"
        "6sD/AJ9P2YP1eZzNiApSsaTPF8pgT2kpg/+bxaLRNnWZtO2AM44jG6ZAXYg3im/HD+9gXLhz"
        "0qpgD/n1o7+0HV+qrSTAPg3t7AvnavJCEUs01AvjH5Ku5/lI8rIsQipbAt+yZMBJ0Ukj4IMR"
        "wZ1ltKlYQFofdddDwnArIT+8fuWxlk01aVWKP3j67SeybUt8skXYhHgeEcE1LMBnsX1euPp6"
        "WMuuZUwYTijsf2vA+vPT9NuPaoNdZ/8Gpx/tsc97Coai0+kW5F4HxfyeoO84oZzk4R0yoP6Y"
        "kZ6/8KlyuR17XlxkaeIOcS1YBl7sgR+Qy2YrNxX4AdSZYpMmktpFreQaH5KDio0qURWKZ0kw"
        "ahXwQq3APh3OpMPyxD9m5+notls+jgcH7BJxjrKJev6HixIldzSmPR/0IT4d7Bo91SzknQT8"
        "r69nvuLAEki6OurX1tJyipquvBn+fUH4uaGA5QrJpvLNPxS8n4hfcjcgt4f3yFDr7e6mGQpD"
        "m0LibqMafic+qVSGUJfwgFvMu3IzaW/wgYZ2b1yDeuQD1jGaZrFzM3gW2HG7sjkO4jTdQz3p"
        "Lk6FYm8XIIeza0HPjBSnXSKVLE7FrK8/O+y4+jveIbO2V3HAYezwEwK8CIDOkIFZe3gM9Rcf"
        "z9FQX+Ji8fSRwRdQX5mqgMDeZsFn9HR4jKzk+tz3eevUcqwoUHP2YtgHszc9byXpHXjHKSNT"
        "i6zRUOcbaXwEfmDYa7IrFmpiXD73z0ejPeQgokSAB4Zs34DnavA7cY1z4JUGXuPOwydko3gU"
        "wHW8Fl/YmX/Ws5cnFVI/0N84pQoR8GnT8Zv3fmvtmGfAR958ZiPPMqjHSv6kSGcjxJ5apCgB"
        "XPIDB3yrAbkwR0fRaKQgHeRqizEVCORtP3O2Y/+tx831McJycxt+76gP/1RIJ49fOd7jbEDZ"
        "HX3uOz+C/n/Jw2s/+bi+GZMaoYkTnfOSJRTYA1or14KPEqmDdYUTzaPRUUFGL8dyTOqABPui"
        "14u+lhbAV5HJt9vx6trro9MW7z6KkETsTg6aQXzEejnM+T738ALqe1aMQ9kuMgZ8t+uvb+MT"
        "+KWBZoV88j6+8S5V9G8508t1mvb9G/FsKGsZntsiiwe9LPWfPLVG+p99IhXqVjUg7i9cy+If"
        "notWwH+ERpKTU0SnVgA4kzgjw1o7OnGA70hoYTaQrwSUf90voIYaZerIompITto5UI8ZV+AF"
        "ol5LNO2uWELGDTniKJzOE6CC1jaeH7w6FPVEoiSUtiuO43YMFdTr+SHYBw18X/rigVULcUiQ"
        "8OA7hvvnfsUZOnmXCvjmGGkXIv6q5+pA5oD3mx1Pfn+OasBbvTwUi2MiNKXvZVGJf/xmX6A9"
        "RRUnctwI/FM+kwf4c4nayXNuTtZ0fXjCdYRa8nwtCYtXX/kF6hHAb4yEScdMnfSVx9QIR2kE"
        "QZ6q3+upij9fRFDHImHH/IA8Y+B3wGzqowX2CX7so1VCGB/7Pt0Y+U3P7zTkWCTDVl8ADvq+"
        "y8beoVbjdAa+Qp5cCYlYsiPldIhLJKy/5A6+5B6uQe7q0bZSfRh5mBdXbXyaBFNjt6ZCtZtb"
        "Eqw/qvr6Vr20j3Z7KNmBcaY8KyF+ypNnmUO+MPp8IbZp0udV5cLPBND/DOmzrJKOu3ltywTq"
        "4Rf81QAvFrmFcN9PjJDxisE/Q2Ss4/2AeypDCtLe+GB+4sWJgStAvYPPfCuRuQYF48DnsC2E"
        "PsRL0L7jgAhf+hDTIwonKg/rken0uz5rDQu1YP8uLmdZ3/8YnyQp6/UAcWdQ954Yd0R/7FPL"
        "0mGxv0pDHQT8BexkQj0B1yEVZTurmDbwgcEeuy+5LDySj1VC9T3UFShx1NBWDNc7nHxb8X3n"
        "SQMyi0cDrqn+0ctWiRvNixIjG/IB0rp5pshJMuBcyUIk4oqsY/AHpyLDft59EwFw8Jd+DBzx"
        "zCeT/Ca/eZAk9X2VT7lUfMvj+9e6sB9lypWAW9mTfl4LFTnGH5+48LV/nrhf+sRp3DTAtyLs"
        "5CAH2OvV1xEI7DmXP/sT3CSOpnnc81Z5/4mnmh+S+0IfcOUzPuGnO4NAPDR5+fMcROD3LiTp"
        "uv3ZD9hXryGfeBT9vt/LGz1ikxUKgBd/7RPJx1e7Z+jOhQTFpvGg4jn79T2TgwIDb/Rhne94"
        "AecCIu8+niPAaz4GvBj6ZA/neJ5DBGNH2Otnv8mzX/pQpRxc1JdK6hVk4nE/64lp6CiVVR5n"
        "Ws+LFt4Fa+Z0TVcvs0EI8tHDoeG4Bnv3eonm9hjV5JdexJR2jfTHngiLTU0dCIkK8t3a2Ydt"
        "2v/9+b5++71QazvAYbyVv+QB6BJ0cv2RD23g+1RcvPevf8hT9pZnNhb+yINS2230P/JIaKXX"
        "H00W6D/6wA+tc1P8LQe1yT4juobDbuhvGUdkQCX5/h70K7Z1c4G4Nh3PmAK8WbiU5O/1Imzv"
        "f69PyQY7NI3e/mgv4Lr3L7CLbL4KwNXdEH/B5jpufuwNz1y6X593P8/nLXY+Uyj7Y9g30CXP"
        "D6sH5OllPMrePMX+5ilf+9YR0+uG/I4LJozIbmNsmlRcE3Phn7ZuU4jWymVKVsj21GXykBdr"
        "NCaPD/t+sFevg1oDPztLdJNsgf4XBxv4PtSj7+eoaBMdxoN+pMlFg0jRACCB6quamO70CuwD"
        "uJOKP/Yg8zpw3/cLWBJw/rb37E50sz0LVDafFQI9timNrkmBIP4xfRUy9xpFbboBm9Cf+3A6"
        "gvAUsPDlBwJaRoSEv/yCFudV6ieRBL404DXUF/z8seWA7wksIjvgN+4+gX194Y6AQnqU6jc+"
        "quK2ZIHW2wWH+29/TKcUilT047+rswm1MtR2C30bjeIlVokCvwe7nS9KtBhVvV9829uMsgYF"
        "F/V6fGEesl+4K9bWHfS931DLfrTcq/cj+m2/1LK+95cu6+BiX2nw4ImyileeMEbGKB457Sce"
        "9PFhrWLgOVCnjZr9EN/pAmpKlcjIj9dk6K/Pnyude33LUwt0xxxjQ9Frn/lT9hP323+JewzQ"
        "9y9xLyPvPj2WQOOVpna1lg/A7j4V92HX/PYXSWwPhx/8UXXdB71SUbmsadh4wvPGRdO935+r"
        "lbPtROTk2X128BENruXx+Mp4pz9vWSCJXP/4oSWy5DTRK+PMsT4/cF/5Aff9g7Fz/xf5BZBP"
        "r6+/5ddzP2wy6SdeUlQ2OdQvP/cJqaA3G+/XOl1mKCMO4mpqPtdMFTW1540ilqLP+lGn/fWl"
        "541N6giiXkoUdXcs2fM4rl7HrTQ/PKvpEHcgZxA5pxfHrS8I6rHr7zjRxdw7TPHn76bv+kz/"
        "hVP85gjpiEhm2wG/IXfRnxT8tZTu+/SVR73egLsGjebWvT92F4OFOvrmJZbY0SPYE+LA05Mf"
        "v0fCDPQ8/P6NI6apV7LJV4AH4stb3lkypkf7duA+3vF27xptcxz/wdHa6N7fM31P/F95RFr1"
        "8Zu/45eptpI3R+AV33lD4N74+ivO29pIGej5U+/ffF0e+DjqGiypRkMdJOpMolz1+Nia88Sr"
        "pqOt0/fhhBee+/gJReeOG7/5Mt24wI+/8UncNPXkx08soavrS8Hxs49lfame1JZBTvxZT/Av"
        "8w5aS3cYX7/lhtKh7vtc3/cjdejTGz0u+uRyDaeRvxedlY+jaTxFWkYmEimidX9eJ/jUMdT+"
        "PPqKfGxej6IDfFWWpq/qGaEgGmW4LUyVLSfIPs9OPsgxNasHQ4kX29v+7ysylRbAtOig7qHC"
        "97mQ3KZQbyZl4m0nvtG6Y4RNaW2v18W7Dymu+vOfzP06/9EbRWIpQXmjqC3gJyoVvh0rHE/k"
        "aP6SoZ4PNeCBzmwSkGjkZWWCognUX7UOeHYKoL4HnigQnEaKfU3EgPZ47heSniCoP8QJjRBO"
        "jxpOz3Y0pgr+sHb4ucKSaziICnqWWQqs7+VWgtHaP4MWo553Yr6UnatflPsI8W2icIyQqN2S"
        "Hj+GfrBoKVcqDHorEl3GsA5EzQvnsM91InNZr1+MMRvkKkoUc2orXCCPkUV8WAfDOcCSAP4o"
        "yDewC3hO/Xkxt3ipkqaeYJ+4+zoKURTqs2jhkTZBDdhpCvnqzicyDe0FYfK+WklKliaA/2YA"
        "mBox0ItzTQke97MEuVe1vfyiwm2rIK3x8FyoO89dHZQlfyqzbmNoofPV9+ObCmiSwS4TpFkS"
        "Jh+iNnZV1CVSLlv+nCEMvCst+e2c46amEq1e2a0/z7EVJDYy6o5Sjoy6VQu9Ski9qa0uu/uR"
        "WQfFak2RVvv7oj5b+tUQHcqDneB5rybi28cHV5gzwozXEafi6gR1UOqq9+spYfdMv0hN1ObW"
        "GaeyUI0vO7XrylwJgj/nQ3SIu2q3aLZokSh5P4fB5y/MHSD/HYr5x0/fLuIodkAP13DfVLV1"
        "wXXqZaDfNj2R9LUIsjApamuvNmC3YnmUpdlphtnlQtqvvt8iBL+F/NoioO6GBnovdChG1Y71"
        "1xZcj6ooUNQOkVwwchylhWaHqtpF/XX9gGv93l8zkqs6Uray/Go2xvV+0ztjKY/vXsgeN7R9"
        "zPOZHO/3j+xjkg7nvR9dsTHQfdFC/YzWM3fIv30/CAvD+WiXx3vp7NejFpl6f24uTuplNAp0"
        "iU42Eds1xtRsXHbs629jlDV9v8oe5ZkhCD99NmaMhz7vE/LdepT4td/nw/c5uwP8L/vdl6tN"
        "5B24GvV9QdlO/HJy0BGeKNHUnhFB1Y1p0yB7ohiz2wJl5gRT9bVvahS1iS7V/byGOEabEOqv"
        "RHOnxnZU4D/yICMZ5HnA+qtjYlW/5TFEXWL3QJLUjTS5b9AuIGqrleiXfKpRekIGqT6tvRCC"
        "QG1NCe0IUd/9HcB7qKXV1i2h7lF4TIplmGxG8LxFmWxKdvKRA3U9Mj77bfRUXI6nkdr6EtIC"
        "JYtXFcgt7stHEZV3re8PSvZVltitJNtJXLIn7JCp6q9+0tNBaj3k4fc+oL5rCzwNxGicEHq2"
        "SfMqhD/9zw0P+zYnHBq9zztm3c/3qdkG06hSeLaZLLBS/XoeGoemjalgMjVQIvg+sDXlY29d"
        "wf7SqFw84K8yqrR1EJNPe1jb8brEZ8fcSU55nroucO6yll1Oi6PqBYWwdrhX46rvk3so/bEH"
        "5LG+j4BoteFn4nIE9cQvPaePxkBXqJP/+M/GH/oBKpNLJBvIoWaBQ38Tns6ik1AM9x/yt56E"
        "VmW4REd5Cfod7DJBNzeb6Jvaj4rU/LSPcjqNertJ+0CG/cDze14+uwAuKwG2Dk5uoUmfN0bW"
        "Yc4tyG5uKRmPoA6AIrhNVEEgSskflVQ39DlWi41NXciHpdT3pfHGzSAvz/GPPW9zQ3kgI3A6"
        "Ay1SoLEfxmH0nM+dRwP5eFta8+9zO+Fx8U/X+5woU6jNf/u5qtPBzzn/VIw+Tg377eeWcNHr"
        "299+uH7CwC+29/FpgSxjvz7WBSkp1uLjsI4Cfng4JdLf+BXKgf92v+PLFYMVBYfc9udU4RoJ"
        "b3sxy3Dx8fN7/gS43VKUgXwiPbmNnwQfnKbwXDnj236+TdQr3iaQPxevc8j98QtD2A1+cTT5"
        "0Ugw/9hfm3q4rZHaQj2ga5AvG9FhgCfXY1E0cP+kKSEvbzPghdHptvJ8yG0Hinu9Rj/nmQe+"
        "LcksNwJg4TtnBVRkciiBH+wdhNdbcYnu7Lno43suSyN2J4bjj8VwAUlzOl8i3lQmWIH4PiUQ"
        "rz4KdHnW89MjDd7nrFpRELTdo3L/yvw7/mNX0BnPVmShnF9/9i0IllT6wDR+4asuNMXRINlh"
        "WzjpNnz6J8EJbXRl6m97WyWLYsgnwQQBn5xSXPOLGdpPudzfFfjq4wL+ooWPL340xInBxwES"
        "Y5mf2mT8y68i9aNzcp08fp2TFrJ1uFDDxCCHsEbD+mh8UpBzTkXqY2dpKA0Ti8XzaZ2cUAxA"
        "TzwbkdXOknveSA700z6QV+fxqSj2s/WGbnfP/jwJ40IGyGSl/1sPJI/HnsBtnyvwn0V42ijA"
        "K92pudgxUgj2HUmsmyxbM9kgwTtyzIb7Bz++88clssxivYp+1pMFvPITT8gRjVixBF6miH5z"
        "cNJAjqaTCzosyG/8S91mr7YHCe2JYvb9VchN81Tw8OrE5ZHlrbnEvrenKRIX++88gWl/Tgr1"
        "Q0zWwWk6+rTru9/ESyjPBxwQP955JH9OthCnBXqGozXsk29OX3p49yV5tc0kFIctmtwlILNK"
        "NNIu+Cs/fNeDCU8I8hOoEScyBjvv5URRa7/av+sHPFOvD0GojYvAp4O8+vVWLKTjUg077M7G"
        "SRZ2YjAC/x4tl1ibfOL6L7+g2qZAaXg8BEH2KP8+P3YMfcGtBv1Lk3qPNHM2SjmIv+MY8GMh"
        "Ts+zdOAHEdTDpwvHh2LJnQDxje06RaNz6ivXeCRq7KNflwhLS3HG8mvNJ7i+ns49Tsz54/s8"
        "ovDlWTpOShRdbukYynjAh0t0ftfD+3oC/sJEt6M44pwbdn/6YrWyhLgM71qY5BVvXFo+FTX+"
        "qLL0tCsmmRrNNxfcfO0fBYTnV9IN9efJSuewqRhxygXD56l/TJglj//YWcDZF269OD2FOhvi"
        "0P9jz1JN64HPYHov+u9VVpUI9nOOVsRJoH7q9atUwSPuZto4uJR8sjXwCz+WJ3MJeadaZgmL"
        "T5ePa+5lo5OtGOEseKm05A8XZ/Iiapf2vLLBfZ2FWy3cyvnkZsktE84T4+a+HiL8HxvT++3Y"
        "WRt5fvcalnmaxPVzz/ZkneLEjfpz7/NM7fkiUxHWDC2j/kyv+7kGICJ8tRH97uBplkhZ5CyL"
        "nX+taBhGu92hvJ3dardpy/vU03cGKSdD3r/zcQ4l4GuSCl1WGOqcCoAblgr1oNihFPJwQgTd"
        "2MhIKc7maWRfj6PKmVp8O9mOroaSUUnPkQ15QxjOS0qa5HgS2ukqvnCtBPaLd0VqK2tuPXyu"
        "dsua+7COo1MnbpiPULeGeswhabcc5qHc9DDKT418qPlzyhNVWmcq8AkzRIcCb1Mtau+qsDGV"
        "OBUnxdJWWkbk7DXdQLR5mCUS6sYSQlA/dFDvWc1WSPNF1S4iiUt4qG8iNE5VZDTbjKaviiXY"
        "YCmiUA9jpuyK5X4rUafLQ+sUIrG7vBan63W/v+RGuqZSoX74mBh+oT36Oa1T9XQay6ytUVbJ"
        "M4M/1Ajk2aXCa71K8H116OtEJYn7OcJUvK9OMorhe4YCvASePD6NuHVoG/wxGu5jwuTRZtpx"
        "K53HV2NrMjRqSasdIusjU3nl0YUCNc82hrwJNpfVh6OPpaWFH1GTiUvgqWcIwu+8IxaP7ixQ"
        "3Krl4D9WoDH/jgQi/+avfLMnEg86c1qwm+9gKHAyyAvFczuq+WXAXe0Q9JKlnWVPToui4LYj"
        "fi5W3E2jauW6AdJ2q7Ia5iwGuU7lH54488MZdSS5/Z53UtG8Gn31UeTVTIvAj/2+f+Rvvz9n"
        "dr7lv/Bi6ijk+/NaXq4fy34uS/7pUxQgu4wTrz+3eY20OXyvlg5GII8goYGPvu83PPMxlhz8"
        "no9FKRf3Lelg+P0wlyl8zWOmsdXU9CMTEw3JgicckIKOr/851/zdD9HFedqdNJTIA37aI/sy"
        "Oi3EllF0clyCBSMdUXH+4If3E/IWxbIJ30VQjLLPvMXlx2NHha9+yvu8UJzM+nnnzzm1JkOX"
        "cpi7/XzvgDi7U3r67H+94DnvPLlaTWcmi2B9R2f93FJrbZ0Ur4u5DX/ldT6Z2vfZ8YIKc3tl"
        "+itbJsJ9Ddc3gzyYCnUyTp/XsJ+p47ho4U3GPppFSxfHibJC4rpIwKGMhjitIWdpmbAeB9g5"
        "oXy4mZ9GQqpMApDvBckdPRjsBeBgziAHBRtpmM8f5suvVlvFQnhH8qu8qV9zkVIJnFHCxqZr"
        "EsIjQv7N/Kjgsr5P8D0HiEQv17WIc8EJDQ1h5A0TNbvGw0lz6efKeOWzH/hot9kw/zhNcDqO"
        "FCRayohC/QB8fwI8iXD9vJKnnz1D0iRCHrNJ4MTH1w72UUQf2ms2+ey//J0zyt2rpn/OuQ/z"
        "WOcO/OfXXO+gB7PXw76RjNopYjtBgx70hfa1Xx32u1vCfg/xOndsDX37mVo2rpsG2Xffg43L"
        "PA/tcZ6ifu6efs9zfu/HYfKf/bh17GbuHuIIf55L6vdqlDR+dy1fWHDwLk7Irmu2D/AXsNN0"
        "/p6vFAqvlBwj6uP3y8904QL+9zL3UG6wMKWDH2L87+8Hu8D99Pf9llD+u/v790V+5JM7Kg5z"
        "KS+8x+947+P2045wy01DxitMkWiQWsJD/FJHxs6vdSL93FHQ53A/4KgsVb7jYOJJkkqdU3Hq"
        "++i6dRrwKdUDtP8rB6RUXP95rogKJqfD72/97CwqrpDvTsEx6tjPfCSym44a5MI5fT5CNAt3"
        "eHdLIMdJw3suZGRy3DRB/LxUKcgtGkP/NGjqQ7HUfcl89T1sQ3FWuDgee7/5vMZ93y400wej"
        "M5Mf5v1ABns+Z2joHw3XsN9oas1QMcyfAi8+zrAfFJyVoOG9qn4OjglAMxIkrfwA9XOtfgh+"
        "SxSD5Rckm2XbP2foa/bvJ9jyMI+2UBXI40HB2zLwFwcfhvw+4UaqPIlWhWqniMXrb5yagdWQ"
        "+fKh1nrPb06iaKzN4x98fs8jbW7Dez3uA33k7sbXHpr1qjZGcL/uO7KU+/yWL/WNWTeLbLPQ"
        "WV3C+sLP/fa1wGkpmC/AU80go/69EaijFunPPMyyNYiDxONPXSZ+9PjLrItRzv0xEpMJ4Dzg"
        "HlI5Z8hHwjZi2H3PwYl3gx005FmyAwnHAV4f+eHQN77P4ykyQzPi90O+r+mpIKvTaNg/hvqQ"
        "BnoFQPHuD1iXYqddVhGPNHS1AouimUlx2uOkZI+D4b2Tamq892ftZyYCn6/7OR76nuNhVjjD"
        "FDOJ9yV0M6sP9q730XyTEIw+1333lSwDOz/2uJe8K+EQeAay/r9z3cM+1OGcluAf/Z2yeOUd"
        "Eo/r33N45/ur2c+TWPhlKYBPrwDqR5UN/XLJiVdDfxz15xDpMJe8c37mPmvkyB7mJOARaa9f"
        "Gfn7Pp6tn/3GEM8mWUFQR0O8QxxmP/NEkT0mOVWqe4n/+FekLYN+Trbvi7f5UjLu+rt+5n7e"
        "z5kbpe86jQb1Wj7M66b+mycg/mffi1X/vtrQp0a9v/d5zG1JLOD7fOi/N3UOvEGXJMB1vEkg"
        "wKTdwv6f+QL5/rAPta6K/hxdYrDwxoIvSMEXtcj7vuns94pT74Bf/5YHeNG98Q1GgWov1Dge"
        "9eewgudv58/v9+OAF/6Kn3xCNoZenz/y+Ce/IuTOBIj14vjjN6vNH16Xu7AWLT86F/BteD8G"
        "m+MRXb0y9YqugFcH7Y76uTws2y/gjaNMNPScCj9x98OP6mhENmgEdbi/tbKykQc9d7ry836X"
        "kJ8j2fDrSnsOcwua5iThLAuPTfXqsU1qsrN5XTMxc4bzafWdZxbD/KHav7chtDGH+/ODId+6"
        "jRxNLzNkDf6LxG9/0+1Lf/6LMoMAfJInrPPP55urf15/Ht5o/b//D5VvqL4="
    ),
    "esp32h2": (
        "eNp1u2mP6jCzLvpf3q8cKQxh2tL5YCdxJjI4ZCB8uYJAZgghNE44uv/9VtIN3WvffZa01Mpk"
        "l2t46qmy+T//OTbN/9Nkr/N//ms5nS+n/+v7xuNwf/znvybj1XQ2XY758f/6z+nwOPznv/6D"
        "+n8ypY92pqoyv7yL4l67YTxTjmMveNwDWe5ct22xj5JkmT8czbBXVpZPHgejmSqbxtCKy9rd"
        "jvk9zyd1otj6+knVflQFt2oyjO8gR0qQilkhC4m3wYiJIlUtRFfo+4XIkJyQCJT3MGooYaEu"
        "tj5/k+87/x4rC/PBVMH9et1n+M7Wq/X2LqfjyHVyoUJ7X+ZOWZjIl+d6vN00/pPjlsvdTi0y"
        "aY/vxUwOuXAung9hKmwcLcy887oQXtTATlDyl7o5Txf+mG7We5dIVEjOh3Rq5MvxKL68zlI6"
        "SaIZ4yNzErsPQm4En695HWf5knvt0WV9zQpW5546Hz1HeH2VFfUin46U8fN4Ii3ui6KOuPN2"
        "ijdf3J49N6NRe10cdbu6VueaGBbnYWeqYvFKJ+a1vJyel5HSZcrUD+6GI6nZdVxyq5ouorzU"
        "m3ml2Ss2KY/7/cYQ1fV6bXHc2J9Kqbce1TKXzLPXiEgGrhaSI0gLIS7tmRmri+fxuZ10tTPm"
        "j3d3nOIt/d//+z/fHvDXM/jxeLlY/a//nK+Pe/d9azIb8zPwoce5hZf+Qx15hnkTmd1Zougo"
        "F3ykIGwo7fKUz0cRKjuwpXVGvMjjSrASzAQHc8Hswc69va+YXU6sJdeGP17RBgsSi2doat5a"
        "hlzchujL0Luys9CNCUKi+orKu1Os6og60oXdIykZI/E2pkhtHJ3187MICUKtmWwrUtmI1kxw"
        "MTyWWCAhLQLfEq+JgJG6UCUE8zsI5lEpsm80RwLFTYEyB1sKYSivvihCxWXrSBJOKjSsMxkf"
        "d4JeK/fzwcUJMkLm+ggRklQCcRaGvGbZ8J7Kh4qwia6pBPLRSDLZQaQaKZEXubgINYnPCZYN"
        "D9aFHTZNGgZ6W+o70MMEqbZaJk5+TRKEvSivUCipPJWxbknzhH6P3+UzgUxnmMbtY27ICLU5"
        "eXjf86jGFScX8zUnl+ft0NBqRh79fd2QMUvEGx+qapfIAvJJwbwdEqzikWTO/n7YjQxDcxYw"
        "D9uCvm05Tba3WXPhKgbrUS+cOdjNlFuWYoke5Wuk5jiJQL8xEh2D9HKkVtTbkfbXDZrk+VeE"
        "QK/Y8Xo9gj3uyAzbo496e7LjTLCms5J9+wm1YvKYla320PSxRgqTXUQqLS2vaYOuvKu7JpQn"
        "2cYzu1qimqFv6cXNIipJwZebjamUdJ6ONUPe0gL0SiTB83OyiQQjgvUt9J3onXv5pKZEWbrV"
        "vKKkQhBrWljct9tC2zTFg4ShjsAeM7Q+7G63s9jOIymcj66AX0bDn6bINeQ9IozeWrEIVzOc"
        "CCic2VMkHiSwh1VeYD1vvxeUPKA7/nQ8O/vXwq8YJb3/DvGCTbKOV19laiiY4byMPCSNdxOO"
        "11GyighSPWKHU9cfe8gOCx27tU8keZK3tu8wYZ3xlfJ1O0f0NTW742jwC4l5SBziDO0Q6HQP"
        "407vkTLECY0Q+DGWvLs66FXYGFpT1am+kDbVoU6pUUIIWG1ytN72SOwkV/UCVTfqChQZBbsw"
        "MTD2JRI7KmvSuHCE7VHTcAA4jkyCEc5B6SLEGxP3ERriTRI9ie3Q51oVISbd9jEyDma8cvER"
        "mR/7m6qLT8hsjycsDf7E5DbbSO/nzIQ4VCEOOx8iKyKwLheH3i/OYClXEwj4YtuBV2DSGZDM"
        "YN2tj6XtRhpwQTVKiPsZDnt9BTDHUf58j/j/y/dq7++W3oRfrfazDiQ+q8LrnPe6BJGtCkRC"
        "JxIRwlck2TM0jsDPTQUwKMOTqZ2MoxKBnkwqCnh9scPEP+Xgb4/eH1RbSRcRzOMrzStmACJK"
        "Rs9dyY6WytwU6YZUUZSTWEKb5rDr0+ScF9ECNF95wfs6WcQaGuwhSY7a0AtLjrJebb/SN/7J"
        "aPs9n3VNmZNHnIfqKoLsZ8O1gPOlNQF9u63joQEPNU2iFMZTyjZokpnMO0h90Mu4uFO3mW9f"
        "5AjAtc9a+SgcGiRP6hr86eJOGw8hj+JtRbQ0aFxR+roW7MVE5ptSu5MQ8i8F8ze37uC/9R+i"
        "5tYejV1OhdciBtCgFcGWFWfPznSm9sJhO7yHuA7beI6FA3l/x3A14SkhfVz7mgYOce22AWBI"
        "cRO2S22jFt3WRZrp9Hp568ESX4kXvVI+wmAnBVmGW3JfBI+s/Ylbnx4wD/YuL8IXqOEAD8Lr"
        "Ffw2l0uXc44rl0QUabdgp/7oXbrMfIn5SFRkDuhN9hIjD/BffmVHfdukVltuJL/RXcy2McT3"
        "DBnKU2JUurYtzcPnfs6bSovkkjHj5iCJHO7RPpWEmVw5CLJLfsg8okjbcvH93mMO3wVEWJRT"
        "w1nTwwwcDwInAFy0CN7zLo6C9K0fZDaht4l2MJ6bjs+nqWGGnpYrfX5JrAgpZEtw+/I2ByTq"
        "HkXu8fzCegm4Zh0ApwutOripd7m+x0vsyHntDYXaXY5iilYFzhwT/KS4dNutphdFNeDo+zuJ"
        "3+nV/kfvkrCE+S4lzPexuyXvn3xFNjfvB7eEfEolZ9skYrD1EG747CUcdbc5rMEP1hrgnHOo"
        "pXtVZGlIyAc/7HGdjqX9gIOysV1QPUtfhjxHkHeeyArnGwVVtjLkfQfy93w3hfyXLCjkJ4ib"
        "sHAh32taUxSD/MnKU1DoKfdw6TzbHo9efp+f1IcTdHlvXxEfsuN2+8DW652fyo1RQ7xlrq4Z"
        "7EmAD0lYG7kZd+e2kpMfZeC0XuhC2NKC3Zk4NUKBanieEJIfhNdp5mEc1A7YV83Cdc5PIkyD"
        "+zbdf3AnMM4kckx9tzNc7dHa4zVavbB66+2lIamWBr/mCjT4NfAgH3Cu9+uU40/t3SKdh15p"
        "5Hxwk1mF8wK8pajrPOH/nheRd8hKXd8b7KJRbco1/E6jokVaSfiJA4zm2cznj1FWNsDz2gPk"
        "OUvBt5HorCJc8KF8ZRPZvsVrn3pKOFtOkZHqj95vMQH+GBDgiRZwq3f+Epe8p1Tsa4Y0e7Zm"
        "XPpkkqM3B8cJgB81ix/cw+j+/MG9gXcJYssDM4/MAfcx4Hb6xm1ZXKuVlzkbDVEqffIkB3kZ"
        "4jbHtYQqdoAQS1DmefLr9vOdLtx+cfpssuUPv/PO17f/qfblg8O32ycv8O/nob7sKPLTpMKD"
        "XEZFsQP4rDX69COfIcwSD+qAj72F4i3vrQoGPkrYd15SueQrrYgM73/0xakmGKXP80vZb1TA"
        "nz7P3/SObCTqnevssNBDXrliQpRiiBPrPIds4+x/44g3PdIee7xAeYbO59TzMwfZUJBB3v/v"
        "cf7Od5Y9TxZbDamEmC3wsx6f33oxdc3Z1ppWBR97jbe1lHve5ePXsgjxEI+5zlCFGw98rZYA"
        "H/Xr3CAqeuUrK150n+8RuhfK/u2/qgl83EeGF0sDDqY9zwb8U5k4RoKRaciQgCp88Aap2vq0"
        "/Flfco4aDpINeUlpEK8h5xcQRJeLu9gbs+ut97vWXkedbiAfSTkkQ+QYKNeBLKmMlyC+wTNG"
        "Pd9UCi4cI2USYHrL5+tIQNHZzATDKoEX5axC4OeIiueet2DnZpH9ge/5i1u27/wH9UAUrCv2"
        "1IH/AT7H6YP1eZzNiApZgUV9vlAGe0pLGfzfzBe1tqmKqG0HnHEc2TAFuoV4o/h+/nJPxpW7"
        "RK0K9pBfv/pL2vG13EkCrNPQLp5wKScvFLJIQ70w3inqep6PJDdNQ6SyJXi6JQNOik4SAh8M"
        "Ce4so03EHNL6qLudIoZbCXnB7SePtWyqSatC/MXTt5/Iti3x0Q5hE+J5RIStYQE+i+3zylW3"
        "01reWsaE4YjC+ncGjD+Pp28/qgx2m/0POP1oz33eUzAUnU63IE3l5/MmQu84oZzk4j0yoP6Y"
        "kZ6/8IlyvZ97XpynSfTNhwTLwIsD8ANy3ezkugQ/gDpTrJNIUruwlbbGl+SgfKMCBEDxLAlG"
        "pQJeqCXYp8OpdFrG/GN2mY7u++XjfHLALiHnKJuw5384L1DUoDHt+aAH8engrdFTzVzeS8D/"
        "+nrmJw4sgSSrs35rLS2jqO6Ku+E1C8LPDQUsl0s2le/eKee9SPyRuwa5XXxAhlrt9nfNUBja"
        "5BJ3H1XwnvikUhFAXcIDbjH3xs2kg8H7Gtp/cA3qkS8Yx6jrxX6bwlxgx93K5jiI0+QA9eR2"
        "EeeKvVuAHM6+BT0zksf7SCrYMRHTvv7ssLPVP/EOmbW9iQMOY4efEOBFAHSGDMzaxWOov/jj"
        "HA31Jc4XTw8ZfA71lakKCOxt5nxK49NjZEW356HPW3HLsTxH9cU9wjqYvel5K0ka4B1xSqYW"
        "WaOhzjeS4xn4gWGvyT5fqJFx/V4/H44OkIOIEgIeGLJ9B56rwXviGmfAKw28xp2LY2Sj48iH"
        "6+NafGFn/l3PXp9USDxf/+CUKoTAp03Hqz/rrbRzlgIf+dQR+mWWQj1W8LEiXYwAu2qeoAhw"
        "yfMd8K0a5MIcHYWjkYJ0kKvNx1QgkLe91NmNvY8eN7fHCMv1fXjfUR9enEuxy68c93ExoOwO"
        "v9ednUH/f+ThtXc+FtDlbkwqhCZOeMkKFlFgD2it3HI+jKQOxhVimoWjs4KMXo7lmFQ+8Q95"
        "rxd9LS2AryKTb3fj1a3XR6ct3vxZF7yQNeSkGcRDrJfDnB8yFy+gvmf5OJDtPGXAd7v++j6O"
        "wS8NNMvl2P16412i6G85k/I2Tfr+jXgxlLUM87bI4kEvS/03T62R/s86kQp1q+qT7R9cS4+/"
        "PBetgP8ItSRHcUinlg84Ezkjw1o7OnGA70hoYdaQrwSU/XwvoJoaReLIompITtI5UI8ZN+AF"
        "ol5JNOluWELGHTniKJjOI6CC1u44P7lVIOqRREkg7VYcx+0Zyqnb80OwDxr4vvTDA8sW4pAg"
        "4cF3DPfz/sQZit1rCXxzjLQrEf/Uc5Uvc8D7zY4nf++jCvBWL0754hwJdeG5aVjgX7855OhA"
        "UcmJHDcC/5Qv5AH+XKB28pybkzVdn55wHaKWPF9Lwo6rn/wC9QjgN0bCpGOmTvrKY2oEoySE"
        "IE/U93iq4s0XIdSxSNgzzyfPI/A7YDbV2QL7+L/20UohOJ77Pt0YeXXP7zTkWCTFVl8ADvpu"
        "ZOPgUKt2OgPfIE+uhEgs2JlyOsQlEtY/cvs/cg/XIHf5aFupOo1czIur9hhP/KmxX1Oh3M8t"
        "CcYflX19q17bR7s7FezEOFOeFRA/Rexa5pAvjD5fiG0S9XlVufIzAfQ/Q/osLaXzfl7ZMoF6"
        "+AV/NcCLRWYh3PcTQ2S8juCfATLWx8OAeypDCtI++GB+40XMwBWg3sEXvpXIXIOCceBz2BYC"
        "D+LFbz9xQIQffeAkosFE5WE8Mp2+67PWsFAL9u+OxSzt+x/jWJLSXg8QdwbdNpHRIPprn0qW"
        "TovDTRrqIOAvYCcT6gm4Dqgo22nJtIEPDPbY/8gl45l8LiOqH6CuQJGjBrZibN1T7NmK5zlP"
        "6pPZcTTgmuqd3XQVbcN5XmBkQz5AWjdPFTmKBpwrWIBEXJL1EfzBKcmwnk/fRAAc/KMfA4c8"
        "88gku8sfHiRJfV/lra8iOzY/48J6lClXAG6lT/p9LZTkfPz6xoWf9fNk+6NPMdnXNUm8EDsZ"
        "yAH2evV1BAJ7zuXv/gQ3OYbT7NjzVvnwjaeaF5BmoQ+48h2f8OreIBAPdVb8zoMIvL+FJF21"
        "v+sB++oV5BOXor/fu1mth2yyQj7w4o/dR6/2wFDDBQQdTeNBxUv65zkl8xwDb/RgnHe8gHMB"
        "kd8+niPAa/4IeDH0yR7O+TIH3ood4aBfvDpL/+hDlTJwUU8qqJuTicv9jocTL1VKqzjPtJ4X"
        "Ldwr1szpmq5eZo0Q5KOHQ4NxBfbu9RLO7TGqyB+9iAkF7vKPPREW64o6EBIl5Lu1cwjapP/7"
        "+7z6rF+otD3gMN7JP/IAdAk6uX3kE9EGnifi4rN+/Uueso88s7Hwjzwosbe1/o88Elrp1Ved"
        "+vqvPvBD67YJ/ujZJoeU6BoOuqG/ZZyRAZXk5znoV2yr+gpxbTquMQV4s3Ahye/xQmwf/o5P"
        "yQY7NAk//mgv4Lr3L7CLbL5ywNX9EH/+5jauP/YOhQgvtz/3u9/5eYtdLhTK/iOsG+iS6wXl"
        "A/L08jhKPzzFfvOUn3XriOlVTf7GBRNGZL8xNnUirom58OLdts5Fa7VlSprL9nTL5CEvVmhM"
        "Hl92c7JXr5NaAT+7SHQT7YD+5ycb+D7Uo595VLQJT+NBP9LkqkGkaACQQPVVDaJPL8E+gDuJ"
        "+GsPMq/87ed7AQNLzD72njVEN1uYTzafJQI9tgkNb1GOIP4xfeUy9xqFbbIBm9Df73AygvAU"
        "sPDjBwJahoQEf/yC5pdV4kWhBL404DXUF/z8seOA7wksJHvgN9tDBOv6wR0D0OEsVR98VMVd"
        "wXyttwsODm9/TKYUilT067+riwm1MtR2C30Xjo5LrBIF3ge7Xa5KuBiVvV+07352mNbIv6q3"
        "8wvzkP2Cfb62GtD3YUMt+9Fyr96P6Nt+iWW915csK/9q36j/4ImyOq5cYYyM0XHktN940MeH"
        "tToCz4E6bVQfhvhOFlBTqkRG3nFNhv76/LnSuddbHhWP98wxNhS9Dqk3Zb9xv/tvcY8B+v5b"
        "3MvIbabnAmi8UldbreV9sLtHxUPQ1X/9RRLb0+kXf+SD7oFeqahc1zSoXeF558Lpwev31YrZ"
        "biJy8qyZnTxE/VtxPr9SWEc4sxdIIrd//NASWRRP9NK4cKzPD9xPfsB9/2DsNP9NfgHk06vb"
        "X/n1zAvqVPqNlwQVdQb1y+93QiLo9cb9M06XGsqIg7iams81U0VN7XmjiKXwu37UaX997Xlj"
        "nTiCqBcSRV2DJXt+PJav806an57ldIg7kNMPnfjFcesrgnrs9jdOdDFzT1P8/d70U5/pf3CK"
        "35whHRHJbDvgN6QRvUnO3wqpOSSvLOz1BtzVr7Vt1ftjdzVYoCPt498tPYM9IQ5cPfr1eyTM"
        "QM/D+x8cMU29lE2+BDwQX+6yYdGYnu37ifv6xFvT1drmPP4HRyuj+zxn+oF4f/KItOrjN/vE"
        "L1NtJavPwCveeUPgPvj6J87bykgY6Plb72++Lg98HHU1llSjpg4SdSZRrnx87cx55JbT0c7p"
        "+3DCC889/ISic8+NP3yZbrbAj9/4JG7qavLrJ5bQVdU15/jZ17K6lk9qyyAn/q4n+JfZgNaS"
        "Pca3t9xQOlR9n+v9PVKHPr3R46JHrrdgGnoH0Vl5OJwep0hLyUQiebju9+sEjzqG2u9H35CH"
        "zdtZdICvytL0VT5D5IejFLe5qbLlBNmXWeyBHFOzfDAUuUd71/99habSApjmHdQ9VHjvC8lt"
        "AvVmVETubuIZ7XaMsCmt7fU6//QhxVW//5Nuf/Z/9FqRWEJQVitqC/iJCoVvxwrHEzmcv2So"
        "5wMNeKAzm/gkHLlpEaFwAvVXpQOexT7U98ATBYKTULFvkejTHs+9XNIjBPWHOKEhwslZw8nF"
        "DsdUwV/WHj9XWNoaDqKCnqaWAuO7mRVhtPYuoMWw552YL2Tn5uXFIUR8GykcIyRsd6THj6Ef"
        "LFrKjQqD3vJIlzGMA1Hzwhmscx3JXNrrF2PMBrnyAh05tRWukMfI4nha+8M+wJIA/ijIM/AW"
        "8Jx683xu8VIpTV3BjrlmHQYoDPRZuHBJG6Ea7DSFfNXwkUwDe0GYfChXkpImEeC/6QOmhgz0"
        "4twSgsf9WYLMLdteflHhdqWfVHiYF+rOS1f5RcHHRdptDC1wfvp+fF0CTTLYdYI0S8LkS9TG"
        "WxV1kZTJljdnCAPvSgp+N+e4qamEq1d67/dzbAWJtYy6s5Qho2rVXC8jUm0qq0sbLzQrP1+t"
        "KdIq75BXF0u/GaJDebATzPeqQ759fHG5OSPMeJ1xIq5iqIOSrdrc4og1qX6V6rDNrAugulCO"
        "r3u164pM8f1/9ofoEHflflHv0CJSsv4cBp+9MHeC/HfK51+/fbuQo9gBPdyCQ11W1hVXiZuC"
        "ftskJslr4adBlFfWQa3BbvnyLEuzeIbZ9Uran77fIgC/hfzaIqDuhgZ6z/XEQ2rH+msLrkdl"
        "6Ctqh0gmGBkOk1yzA1Xtwv66esC13vTXjGSqjpSdLL/qjXFr7npnLOVx4wbscUe7xzybycfD"
        "4ZF+TZJhv/eryzcGahYt1M9oPdsO+bfvB2Fh2B/tsuNBunjVqEWm3u+bi5NqGY58XaKTTcj2"
        "tTE16y079/W3MUrrvl9lj7LUEITfPhszxkOf9wn5bj2KvMrr8+Fnn90B/pf+7ctVJnJPXIX6"
        "vqBsR14xOekIT5Rwas+IoOrGtK6RPVGM2X2BUnOCqfo61BUK20iXqv68hjhGmwDqr0jbTo3d"
        "KMf/yIOMaJDnAeOvzpFV/pXHEHWJNb4kqRtp0mzQ3idqqxXoj3yqUbhCCqk+qdwAgkBtTQnt"
        "CVE//R3Ae6il1XZbQN2j8JjkyyDajGC+RRFtChZ7yIG6Hhnf/TYa59dzPFJbT0Kar6THVQly"
        "i4fikYdFo/X9Qcm+yRK7F2Q3ORbsCStkqvqnn/SEsqga8vBnHVDftTme+mI4jgi92KR+5cI/"
        "/c8ND+s2JxwaffY7Zt3v88Rs/WlYKjzbTBZYKf/Mh8aBaWMqmEz1lRCe+7amfB2sG9hfGhWL"
        "B/xVRqW29o/k2x7Wbrwu8MUx95JTXKbbLXDuopK3nHYMyxcUwtqpKcdl3yd3UfJrD8hjfR8B"
        "0XLDz8TlCOqJP3pOHrWBblAn/+M/G2/oB6hMLpBsIIeaOQ68TRBfRCeiGL4/ZR89Ca3KcIHO"
        "8hL0O9hlgu7bdKJvKi/ME/PbPkocj3q7SQdfhvXA/D0vn10BlxUfWycns9Ckzxsj6zTnFmQ/"
        "t5SUR1AHQBHcRqogEKXgz0qiG/ocq/nGplvIh4XU96XxZptCXp7jX3ve54byQIbvdAZaJEBj"
        "v4zT6DmfO48a8vGusObvfTvhcfXiWzMnyhRq879+rup08HPOi/PRV1yzv35uCVe9uv/bD9dj"
        "DPxi14zjBbKMw/pc5aSgWDueh3EU8MNTHEn/xq9QDPy3+xtfW9FfUXDIXb9PFayR8LEXs4wt"
        "Pn8/52PA7ZaiFOQTabytvcj/4jSF54oZ3/bn20S95G0C+XPxugTcP35hCPvBL84mPxoJ5j/2"
        "16YubiuktlAP6Brky1p0GODJ7ZznNXw/qQvIy7sUeGEY31euB7ntRHGv1/B3P/PEtwWZZYYP"
        "LHzvrICKTE4F8IODg/B6Jy5Rw56LPr7nsjRiDTEcbywGC0ia0/kS8aYywQrEdxxBvHrI1+VZ"
        "z0/P1P/ss2p5TtDugIrDK/Ua/I9dQWc8W5GFcnn9s25BsKTCA6bxB191oc7PBklPu9xJdsHT"
        "iwUnsNGNqX/tbRUsPEI+8ScI+OSU4opfzNBhymXePsc3D+fwFy08fPXCIU4M/ugj8SjzU5uM"
        "//hVqH51TqaTx5990ly2TldqmBjkENZoGB+NYwU5l0SkHnaWhlIzMV88n1bsBKIPeuLZiKz2"
        "ltzzRnKi3/aBvDo/xnl+mK03dLd/9vtJGOcyQCYrvL96INlx7Arc7rkC/1kE8UYBXrmdmos9"
        "I7lgN0hi3WTZmtEGCe6ZYzZ8P/hxw5+XyDLz9Sr8HU8W8MqLXCFDNGT5EniZInr1yUl8OZxO"
        "rui0IH/xL9nWB7U9SehAFLPvr0JumieCi1cxl4WWu+Yiu2njKRIXh3eewLTfJ4X64UjWfjwd"
        "fdv102/iJZRlAw6IX588kj0nO4jTHD2D0RrWydfxjx4+fUlebVMJHYMWTRoJyKwSjrQr/skP"
        "73ow4glBXgQ14kTGYOeDHClq5ZWHT/2AZ+rtIQiVcRX4ZJBXv93zhXReqkGHt7NxlAad6I/A"
        "v0fLJdYm37j+xy+otslREpxPvp8+in/nPzqGvuBWg/6lSXVAmjkbJRzE33kM+LEQp5dZMvCD"
        "EOrh+MrxgVhwMSC+sVsnaHRJPOV2HIka++rHJcLSUpyx/FrzEa5u8aXHiTl//uxH5J48S8ZR"
        "gcLrPRlDGQ/4cA0vn3r4UE3AX5i47SgOOeeOt799sUpZQlwGjRZEWckb15ZPRI0/qyyJ9/kk"
        "VcP55orrn/Ujn/D8Srqjfj9Z6Rw2FUNOuWK4n3jniFny+B87Czj9wa0XpydQZ0Mcev/Ys1CT"
        "auAzmDZ5/1xlZYFgPZdwRZwI6qdev0rpP47dTBv714KPdgZ+4ccyNpeQd8plGrFjfP26ZW46"
        "im3FCGb+S6UFf7o6kxdRu6TnlTXu6yzcasFOziZ3S26ZcJkY9+3rIcL/ozFt7ufO2sjzxq1Z"
        "6moS1597tifrBEfbsN/3vszUni8yFWHN0FLqzfSqP9cARIQvN6LXnVzNEikLnWW+924lDYJw"
        "vz8V98u23G/aopm6+t4gxWTI+w1/zKAEfE0SoUtzQ51TAXDDUqEeFDuUQB6OiKAbGxkp+cWM"
        "R/btPCqdqcW3k93oZigplfQM2ZA3hGG/pKBRhieBnayOV66VwH7HfZ7YyppbD/fVbllxX9Z5"
        "FHfihnkIdWuoxxySdMvhPNQ2OY2yuJZPFX9JeKJK61QFPmEG6JTjXaKFbaMKG1M5JuIkX9pK"
        "y4icvqYbiDYXs0hC3VhCCOqHDuo9q94JSbYo20UocREP9U2IxomKjHqX0uRVsggbLEEU6mHM"
        "lH2+POwk6nRZYMUBErvraxHfbofDNTOSNZVy9cvDxPBy7dGf04rLp1NbZmWN0lKeGfypQiDP"
        "PhFe61WEm9WprxOV6NifI0zEZhXL6AjPGfLxEnjyOB5x68A2+HM4fMeEyaNNtfNOuoxvxs5k"
        "aNSSVjuF1leq8sqjCyRqXmwMeRNsLqsPRx9LSws/wjoVl8BTLxCE77wj5o/uIlHcqsXgP5av"
        "Ma9BApH/8le+PhCJB505LdjNczAUOCnkhfy5G1X80ududgB6SZPOsifxIs+53YifiyV316ha"
        "brc+0varohzOWQxyxcU/PHHmBTPqSHL7Pu8E1i5HP30UeTXTQvBjr+8febv3fWZnO/4HL6aO"
        "Qt73K3m5fiz7c1nyb58iB9llHLn9vs1rpM3huVo4GIE8goQGPvr53nDNx1hy8Od8LEq4Y9+S"
        "9of3h3OZws95zORo1RX9SsVIQ7LgCiekoPPr/3+u+d0P0cV50sUaiuQBP+2RfR3FC7FlFMXO"
        "lmDBSEZUnD/44fcJWYuOsgnPQihG2Xfe4rLzuaPCTz/ls18oTmb9eefvc2p1iq7FcO72+3cH"
        "xNnHSTz0TYUXzPPJk6vVdGayEMZ3dNafW2qtnZPgdT634a+8ziZTu5mdryg3dzemv9JlJDRr"
        "uL4b5MH0UXmEHMBx6/wG71PxlD9UuB8zZE/NVzj3ukpHsQ/1M5Icr6ED/qhNO/Qf/EY7MHS0"
        "+vPj2WGhGdV2OM8osad+Y0qDvN0/elSLertNtM2gT12XQm6rA7+TEEZumlMU7WsXR/W177Py"
        "ynde+0KzdDjHOI1wMg4VJFrKiEIdALx9Anyn5NyRdrsM+yLHvk8TTGfNNCZInW7u5xWW/I00"
        "/E5gOOd+s9ryKOBmrnf6cG60SzVD7+cXmvoqnBl2HDmJ/f9J7r5fAQQisMdZgvpz8PR9vvIt"
        "l8Pkj1yEu4621XGbbg/g1/jb3/W5z0W1192KFxYcfPrpK4GftAk9yu/3Qr3rqDic13jhA/7E"
        "AQ37+PrxA0uowT9e5gHKARYkdPATPPwe4z0O0s//4zh9XHzrFyf1RkPGK0iQaJBKwkN8UEfG"
        "zp9xVH3UUUTI8D3glCyVnuNg4kIRT504j/s+tW6VQ/wnuo8O/8rBa8Ah/pkXoZLJyfD+vT+b"
        "ivIb5JPYP4cd+z1/iOy6owa5ck6P94imwR7v7xHkEGn4HQkZmRw3jRA/X6kU5BaNoT/p19Up"
        "X+qeZL76HrGhYB7n57OHTPZz3ffFAjN5MDoz+eE8Hchgz+cMDf2Z4RrWG06tGcqH853AO88z"
        "7Pk5Z0Vo+N1Sf86MCZDGIyStPB/150a9Pk6IYrDsimSzaPt5hr5hf/7flofzXgtVgTzp57wt"
        "Az8AJxjy54QbqfIkXOWqnfR9UFDA8GOs/hdWf3+M9f3Lq//3/wO5FO5s"
    ),
    "esp32p4": (
        "eNp9e1mzssyy5n/5bt0ROOB0Is5FFVBMMk/iTYegzIqoywI7+r93wlrqWvvs7jfijRUI1JDD"
        "k09mJf/7n+h2+1+3/Hn857+W0/ly+q/vH+776/2f/5rM2Ml8OllPx//657C/7//5r39Q/0+0"
        "rHs7k2WRXV55fqdcMJ5J0dgL7tdAFDvXbVvsozRdFndb0cyVkReT+167TaXNTVPK09p1xuyO"
        "ZdMmlUx1/bDkflQJt3I6jG8jW0iRjGkpcqm3wYjyvCUbyFqh7wdiTbBDwlmsh9HNIjRU+dZn"
        "L+J1618TaaHfqcy5X8/rDF/perV2rmI2jl274Gq080XmkIepeHqsx87m5j8YZrncbuUyF3b4"
        "Ws7EkAnn/HEfZtzGVsLcO65L7mlp2A4q9tTcjtOFP7Y2651LBItLj/tsqhXL8Sg5PY9CNknj"
        "GWVjfZK4d0IuBB/PRZPkxZJ57tBpfc5L2hSePB89Rnh9FiX5JB4ii7LzZCIsrouyiZmjM8Wb"
        "L2ZHH5vRqD0vItWsz/WxIZrBeNieypg/WxP9XJ0Oj9NI6nJp6gdXzRbk/DyumFVjLeKiUm/z"
        "WjFXdFJFu91G4+X1em0wzNifCpm3HjUik87z54gIGq4Xgs0JCy6pzJmeyItH9HAmXWOP2ejq"
        "jjPsWP/93/98W8Afy1jPF+zqX/8cz/dr9/0TO1/MVuy//rkfW3joH8sWZ5jZmXqXzFwaiSUb"
        "SwhrUrs8FPNRjKoOdGkcEcuzuOaMFFPOxkwwu9Nk6rLGGdPTgbbkfGOjM9pgTqDJDE31S0uR"
        "i9sQfWlqV3UGulCOS2Vfkll3imUVWbZwotdYWJcr/jK2kHyzVYpgfhojjmsUnbpTd6rFa8q5"
        "GG4LNBCQEoNt8eeUw0heyAKSjbONYB7ZQubFKhBn4VuJchsbEqGoqL8shMqTYwsCTms07DMd"
        "R1tObaTrce/iFGkhdX2ECElrjtgLTVzTfHhOZkOJ28Tn9RjWZ8WCTqOpOycV8mIXl6EisAXB"
        "oubBvrBNp+mNgtyW6hbkMEGyKVepXZzTFGEvLmoUCjJriVg1hHlqfY/fFTOOTGfYStr7XBMR"
        "agty977nYbUzTk/6c05Oj8v+ZtUzcu9/h/VhmvIXNpTlLhU55JOSelvEGeU9ze3ddb8daZpi"
        "L2Ae6oC8TTFLncvsdmJqCvuRT4w+6E0XW5phwYrEcywXOI1BvgnibY3068iMuNej1V/f0KQo"
        "vmIEcsW218sR9HFFethGPur1SaMZZ0xnFf22E8tIyH1WtcpdUccKKXV6nrrjpeHd2qCrrvL2"
        "FoqTfOPp3XXmzjXVsU5uHluCEHy5+dgS0s5TsaKJjlWCXInAeX5BNjGnxbC/hbrlvWO/PuFW"
        "oTxzFK+sLC5IFCUsr45TKptbeSdhqCLQxwyt99vL5ci381gI56Mz4Jd2Yw9T5GriDhFqXVq+"
        "DFcznHIonJlTxO8F0IdRnWA/L7vnpCKwtuwhOtq758KvqUV6+x38pdXJOll9VZkmYYqLKvaQ"
        "MN5OGFZF6SomSPaIGU5df+whMyxV7DY+EcRJ0Zq+Tbl1ztbS1+UYW8+p3kWjwS4E6iF+8DO0"
        "RSDTHYw7vcbS4CdWjMCOseBd5UGu3UZTbnWTqQthU++bzNIqcAGjTSPjpY/UTAtZLVF9sVzO"
        "QlpJT5QPtF2F+M4SFWFc2pwTKQoOAMeRTjDCBQidB3+j/C5Gg78JvCfQLXpfyzz4pNveR9pe"
        "T1YujpD+1r8uu/iA9DY6YGGwJyq2+UZ43ac6+KEJftj5AuJjAvtyceh9cAYLhZyCw5dOB1aB"
        "SadBMIN9tz4WnI0w4AKrVeD3M5z08gpgjkh8v4/Y/8f7cm/vhnoLv1rlZx+If9Sl19mvfXE8"
        "XZWIhHbMI4TPSDBnaByDnesSYFCOJ1PAj7hCICfd4jm8Pplh6h8KsLd7bw+sKWWLGObxpdsz"
        "oUhmpdw6dhWNDJm6GVI1obZQQRIBbW77bR8m5yyPFiD52gte1+kiUdCgD0Gw5Zt1omkkqrXz"
        "lb3wT0Pu93zGOaN2ETMeauoYop8J1xwulsYE5O22tocGPFQUwbJgPKlqg1s6g+hqynfrNC6v"
        "lnubO08SAXDt8laMuP0NiZOmAXs6udObh5BnYacmShbcXF74Opf0SXnq60K7FRDyTyX1N5du"
        "77/kTxG9tJG2LSzuuUgANKyaYMNI8ken21NzYdMt3oFfh20yx9yevN5DnDBhLUJ6v/YVBQzi"
        "3DkBYEh54ZylspHLznGRotu9XF5yMPhn6sXPjI0x6ElChuZWzBfBI2N3YNaHO8yDvdOTsCW6"
        "MYAH4fkMdluIlcvY0colsYWUS7CVf+QOcOwL1Ee8JDJAb/InH3uA/+Izj1TnlhlttRH8m+pi"
        "6iTg3zOkSQ+BWsK5ba0ifOzmrC61SKwo1S42Esj+Gu/W49FMfBxMiC7FPveIJDjV4vu5+xze"
        "Cwi3qKaavbb2M5IcTL3dAi4aBO9YF8dB9paPfgu9TbyF8dxsfDxMNT30lELq40tqxEgiDsHt"
        "09vsEa96FnKj4xOrFeCasQecLpV672be6fz2EzO1nztNssyuQImFViXObR3spDx1jqOoZVkP"
        "OPp6T2C3ar37kbvALWG+UwXzvcYLDXH3YGuyuXg/uMUVU0uwnVvKB46H8I3Nn1ykurf9Guxg"
        "rQDO2ftGuNZlnoWEvPHDHDfZWNgNOChqzsJS8+ypiXMEceeBjHC+kVBtSkPctyF+z7dTiH/p"
        "woL4BH4Tli7Ee0W5leWw/nTlSSj0pGu4tB9tj0dPv49P8t0OuqLXL4P3eeQ4d2w8X/Gp2mgN"
        "+FvuqopGHwT4kICVkZszV8YR7CISgdN6oQtua5X0SvmpFnKWgucpIcWeex5mHsZBY4N+5Txc"
        "F+wkxlZwdbLdG3cC7UhiW1e3W81V7q05XqPVE8uXXl8KEhphsGumRINdi1rsA871dp0x7KG9"
        "GqTz0DOL7Tdupga1n4C3Fuo6j/t/x0Xk7fNKVXcaPSmWMmVu7FaxeIO0AvfjBwgtnJnPRnFe"
        "3YDntRHEOUPClxFvr2JcsqF4phPRvCRr3/KkcLacIi1T773dtgT4Y0CAJxrArV7xi1+ynlTT"
        "rxlSzNmaMtmDCrZ629t2APzotvjBPYyujx/cG3jXiG9ZYOaxPuA+BtzOXrgt8mu59nJ7oyDL"
        "Et5xkoG4DH5b4EZANd2Di6Uo9zzxefl5T+UuH5w+6nT5w++84/llf7J5euPw5fKOC+zrfqgu"
        "Owv5WVrjYV1abWEb8Fm5qdP3+jRulnqQB7z1zZWv9V7qYOCjhH7HJZlJv7KaiPD8W16MrINS"
        "+ji/FP2bDPjTx/mL2pGNYHnHJt8v1JCVzpgQqRz8xDjOIdrYu48fsbpH2qjHi1WRo+Mx8/zc"
        "RiYkZBD3/93PX/HOMOfpwlGQTIjeAj/r9u/xZF1VbKdRlDp462vsNELheae3XYs8+EMyZjpN"
        "5i4s8LVGAHxUz3ONyOhZrIxk0b3fR+haSruX/db61IWEVPMSYcDBrOfZgH8y5ceI03IFacIY"
        "uW+8QbKyPix/9pce4xsDwYY8hSxI1hDzS3Ci08ld7LTZ+dLbXWuu407VkI+EAoIhsjVUqECW"
        "ZMoK4N9gGaOeb0olE46RNAmwdSnm65hD8VHPOc2ogBcVtEZg5xP3eex5C7YvBtnt2Z6/uFX7"
        "Yx8I8oE4WNf0oQL/A3xOsjvt4zidEfMAfCXu44U06FNYimD/erFolE1dxm074Ixti5rOWQ74"
        "m4Wvxy/3oJ2ZU9zKFrcXnx/5pe34XG0FDvapKSePO1WTJwpprKB+Md4h7mTg+UhwsyxEMl0C"
        "3zJEwEneTkPggyHBnaG1KV9AWB91l0NMcSsgL7j8xLGWThVhVfIfPH3ZiWiaAhtvEdbBn0eE"
        "czQD8JlvH2emvhzWomNoE4pjC/a/1WD8eTJ92VGt0cvsP+D0vU36uCdhSDrtbkFutV/MbzF6"
        "+YnFCC7eIQ3yjxnp+QubSufrsefFRZbGzuDXsB+82AM/IOfNVmwqsAPIM/kmjQW5C1vB0b4E"
        "GxUbWbBkSJ4FTqtlwAu5Av10OBMOy4S9z07T0XW3vB8PNuglZGxpE/b8Dxclim9obPV80AP/"
        "tLGj9VSzEHcC8L8+n/nxA4Mj6eqoXlpDyS3UdOVV824Lws41CTRXCKYlXr1DwXox/7PuBtbt"
        "4j3S5Hq7uyqaRNGmEJjrqIbn+IcllAHkJT1uUffCzIS9xvoK2r1xDfKRB4yjNc1i52QwF+hx"
        "uzIZBvw03cva2VkkhWRuF7AOe9fjOSVFsouFkkYpn/X5Z4dtR337O0TW9sIPOIxtdkKAFwHQ"
        "aSIwaxePIf9iozka8ktcLB4e0tgC8itd5hDoWy/YzEoO95ERXx77Pm4lLUOLAjUnN4J9UHPT"
        "81aS3oB3JBmZGmSNhjxfS6Mj8APNXJNdsZBj7fy9fzYc7SEGESkEPNBE8wo8V4Hn+DXOgVdq"
        "eI07FyfIRNHIh+tozT+xPf/OZ88Pi0s9X33jlMyFwKd122ve+62VY54BH3nzmY04yyAfK9lE"
        "Ek5agF25SFGMMs/zbbCtBtaFGWsUjkYSUmFdbTG2OAJx28vs7dh7y3FzuY+w2FyH52357iWF"
        "kLjsynbvJw3S7vB73/kR5P9rPazyicf1VZvUCE3s8JSXNLaAPaC1dCnYMBY6GJdLrDwcHSWk"
        "9etYjkntE39f9HJR18IC+CrS2XY7Xl16eXTK4l1H4eKQ3shB0YiHaL8Ofb7PXbyA/J4W40A0"
        "i4wC3+366+s4AbvU0KwQE/frhXeppL7WmZ4v07Sv3/AnTVqLMG+LDBbkslQ/cWqN1D/7RDLk"
        "rbJPnF+4lkUfnotWwH+4RhDjJLSmhg84E9sjzVjbKrGB7whooTcQrziU/7zPocbSytQWeVkT"
        "7LSzIR/TLsALeLUWrLS7YAFpV2Tzo2A6j4EKGttofnDrgFdjwSKBsF0xDLOjqLDcnh+OXIwG"
        "vi/88MCqBT8kiLuzHcX9vD9+hhL3XAHfHCPlTPhf+Vztiwzwfr1jye/fUQ14q5aHYnGMuab0"
        "3Cws8cdu9gXaW6hieIYZgX2KJ3IHey5RO3nM9cnaWh8ecB2iljyeS0Kj1U98gXwE8BsjbtJR"
        "XYV1ErCDYJSG4OSp/BpPlrz5IoQ8FnE76vnkEQG/A2ZTHw3Qj//Rj1JxQXTs63Rj5DU9v1OQ"
        "bZAMG30COMj7Jmp72zIau9PwBeLkiov5kh4tRgW/RNz6Z93+z7qHa1h3dW9boT6AfFl+1UbJ"
        "xJ9qu7XFVbu5IcD4o0qG/FY+txBzDyU9UEYXZyX4T5m4hj7EC62PF3ybxgjiqnRmZxzIf4bU"
        "WVYJx928NkUC+fAT/iqAF4vcQLivJ4ZIe0ZgnwHS1tF+wD2ZIgkpb3zQv/EioWAKkO/gE9sK"
        "ZK5AwjjwOWxygQf+4rdvPyDcjzz49IiCiczCeGQ6feVnrWagFvTfReUs6+sf40QQsl4O4Hea"
        "5dxi7Yasj35qUTgs9hdhyIOAv4CedMgn4DqweNHMKqoMfGDQx+5nXQYeiccqttQ95BUotuXA"
        "lDTHPSSeKXme/bB8MotGA67J3tHNVrETzosSIxPiAVK6eSaJcTzgXEkDxOOKrCOwB7siw37e"
        "dRMOcPCXfDQcstQjk/wqvnmQIPR1le91yfiaR7efcWE/0pQpAbeyh/V9zVXkGH1948LP/lni"
        "/MgTp1HTkNQLsZ3DOkBfzz6PQKDPufhdn2AmUTjNo563ivtvPFW8gNwW6oAr3/4Jj+40Av7Q"
        "5OVnHkTgeQeCdN1+9gP6VWuIJ66Ffr/v5o0a0skK+cCLf/aJxOOz3VN0YwKCIl27W/wp+3Wf"
        "in6BgTd6MM7LX8C4gMg798cI8JqNAC+GOtndPp7mwFuxze3Vk9fk2S95yEIOJuoJpeUWZOIy"
        "n/H4NLClyiiPM6XnRQv3jBV9urZWT71BCOLR3baCcQ367uUSzs0xqskvufCp1TXCH30izDe1"
        "ZYNLVBDv1vY+aNP+7+d+/bZ7rlZ2gMN4K/6sB6CLU8nlsz60gfspv3jvX/0Sp/S9ntmY+7Me"
        "lJpOo/5Zj4BWav3VZL76kQe+K52T4tc6LJPsM6IqOOiG+pZ2RBpkku/7IF++rZsz+LVuu9oU"
        "4M3ApSC+xguxuf89vkU22LbS8G2P5gKue/sCvYj6swBc3Q3+528u4+ajb5hz6fz83n3mZw16"
        "OlmQ9kewb6BLrhdUd4jTy2iUvXmK+eIpP/tWEVXrhvz2C8qNyG6jbZqUXxN94SVbpyl4Y+VQ"
        "KStEc+pQcYiLNRqT+5d5O5ir50GugZ+dBGsTb4H+FwcT+D7ko+95ZLQJD+NBPsLkrICnKACQ"
        "QPVlhU93agX6AdxJ+Y8+yLz2nff7HBY4nL/1PbsRVW/PM3eqPyoEcmxTK7zEBQL/x9azEJnn"
        "KGzTDejE+ryH0xG4J4e5Hzvg0DIkJPhlF1ZxWqVeHApgSwNeQ37Bzu9bBvgeR0OyA37j7GPY"
        "1w/ucCiwjkL9xkeZ35bUV3q94GD/ssd0akGSij72uzrpkCtDbrdQt+EoWmKZSPA86O10lsLF"
        "qOrt4qVvPcwa5J/ly/GJWYh+wa5YGzeQ935jGea9ZZ69HVkv/aWG8dpfuqz9s3mx/DtLpFW0"
        "crkx0kbRyG6/8aD3D2MVAc+BvGbU7Af/TheQU8pERF60JkN9ff5YqczztZ6as3bU1jYWeu4z"
        "b0o/fr/9N7/HAH3/5vcicm/TYwk0XmpqR2lZH/TuWfw+6Jrf9iLw7eHwwR9ZVT2Qq8VL57UV"
        "NC73uDLhdO/152rlbDvhGXF2mx08ZPmX8nh8Zqzdn7cskEAuf+zQ4GmcTNRKOzG0jw/MT3zA"
        "ff1gbN/+bf0crE+tL7/Xr+Ze0GTCx19SVDY55C+f97iUU5uN+2ucLtOkEQN+Bfa6pjKvyD1v"
        "5LEQfuePqtVfn3ve2KQ2x6ulYKHuhgVzHkXV87gV5odHNR38Dtbph3byZJj1GXFac/ntJyqf"
        "u4cp/n5u+s7P1F84xW6OEI6IoLdP4DfkxnuTgr2Uwm2fPvOwlxtwV79RnLq3x+6s0UBFL15i"
        "8J11BH2CH7hq/LF7xM1AzsPzbxzRdbUSdbYCPOCf7vJG47F1NK8H5uvtb7euUTbH8R8crbXu"
        "fZ+qe+L9iiPCqvff/O2/VDalvDkCr3jFDY554+svP29rLaUg52+5v/i6OPBx1DVYkLXGshGv"
        "UsFiqvvXVp/HbjUdbe2+Dsc98dzDD0g6d8z4zZetjQP8+IVP/KapJx87Mbiurs8Fw86+lvW5"
        "elimCOvE3/kE+9RvILV0h/HltW5IHeq+zvV6H8lDnX7V46JHzpdgGnp73l55OJxGU6RkZCKQ"
        "Ilz353WcZ9ma3J9HX5CH9cuRt4GvisL0WT1C5IejDLeFLtPlBJmnWeLBOqZ6dacodiNz2/99"
        "hrrUWqJedJD3WNzrXEhsU8g34zJ2txNPa50xwrqwNtfr4l2H5Ff9+U/m/Jz/qI0k0JSgvJHk"
        "FvATlRLbjiWGJWI4f4qQzwcK8EB7NvFJCPlXGaNwAvlXrQKeJT7k98ATOYLTUDIvMe9bPZ57"
        "haDGCPIPfmKFCKdHBacnMxxbEv4ydvixwoKj2cji1CwzJBjfzY0Yo7V3AimGPe/EbCnaF68o"
        "9yFi21hiKCFhuyU9fgz1YN6QLhY3yK2IVRHDOOA1T5zDPtexyGS9fDHGdFhXUaKIkVvuDHGM"
        "LKLD2h/OAZYE8EdCnoYdwHPLmxdzgxUqYepyZsLc1mGAwkCdhQuXtDFqQE9TiFc3NhatwFwQ"
        "Ku6rlSBlaQz4r/uAqSEFudiXlOBx30uQu1Xbr5+XmG3lpzUe5oW889TVflmySZn157WB/VP3"
        "Y5sKaJJGzxOkGAImX7wydmTUxUIuGt6cIgy8Ky3Z7ZxhproUrp7ZtT/PMSXENyLqjkKOtLqV"
        "C7WKSb2pjS67eaFe+8VqbSGl9vZFfTLUi8bbFgt6gvmeTci29y+m0GeEas8jTvlVAnlQ6si3"
        "SxLTW6aehSZsc+OEU5Grxued3HVlLvn+n/Mha/C7ardotmgRS3nfh8HmT8wcIP4divnXp24X"
        "Mha2QQ6XYN9UtXHGdepmIN82TUj6XPhZEBe1sZcb0FuxPIrCLJlhej6T9qfutwjAbiG+tgio"
        "u6aA3As19ZDc0f7agOtRFfqS3CGSc1qOw7RQzECWu7C/ru9wrd76a0pyWUXSVhSfzUa73K5q"
        "py3F8c0N6P2Ktvd5PhOj/f6efU3S4bz3qys2GrotWsif0XrmDPG3rwdhbjgf7fJoL5y8etQi"
        "Xe3PzflJvQxHvipYk01Id4021RuHHvv8WxtlTV+vMkd5pnHcp85GtfFQ531AvFuPYq/2+nj4"
        "Pme3gf9lv+tytY7cA1Ojvi4omrFXTg4qwhMpnJozwsmqNm0aZE4kbXZdoEyfYEt+7psahW2s"
        "CnXfr8GP0SaA/CtWnKm2HRX4z3qQFg/rucP4q2NsVL/Xo/GqQG++IMgbYXLboJ1P5FYp0a/1"
        "yVrpchmE+rR2A3ACudUFtCNEftd3AO8hl5Zbp4S8R2IxKZZBvBnBfIsy3pQ08ZANeT3Svutt"
        "VlKcj8lIbj0BKb6URasK1s3vy3sRljelrw8K5kUU6LUk20lU0gfskMryr3rSw0ZyPcTh9z4g"
        "v2sLPPX5cBwT62SS5llwf+qfGxb2rU8YNHqfd8y6z/1Ub/1pWEks3UwWWKp+zYfGgW5ii9Op"
        "7Esh3PdNRfraGxfQvzAqF3f4K40qZe1H5Fsfxna8LvHJ1neCXZ6mjgOcu6xFh1GisHpCIqwc"
        "btW46uvkLko/+oA41tcRkFVt2Bm/HEE+8UvO6b3R0AXy5D/2s/GGeoBMxRKJGrItvcCBtwmS"
        "E2/HFob3D/lbTlwrU1yio7gE+Q56maCrk03UTe2FRap/60dKklGvN2Hvi7AfmL/n5bMz4LLk"
        "Y+Ng5waa9HFjZBzmzILs5oaUsQjyAEiC21jmOCKV7FFKVU2dY7nYmJYD8bAU+ro03jgZxOU5"
        "/ujzOtekO9J8u9PQIgUa+6UdRo/53L43EI+3pfGqw3Pc/ewll9ucSFPIzX/buaxag50zXlKM"
        "vpKG/rZzgzur9fVvPVxNMPCL7W2cLJCh7dfHuiClhZXoOIwjgR0eklj4679cOfDf7rd/Oby/"
        "ssAgt/05VbBG3Ftf1NAcfPy+zyaA262FMlgfbyVO48X+F6NILFPO2Lbvb+PVijUJxM/F8xQw"
        "f+xC43aDXRx1djTi9D/6V6Yubmskt5APqArEy4a3KeDJ5VgUDbw/aUqIy9sMeGGYXFeuB7Ht"
        "YOFeruHnPPPAtiWZ5ZoPLHxnr4CKTA4l8IO9jfB6yy/RjT4WvX/PRWFEb0SzvTEfLCBoTudL"
        "xOrSBEvg30kM/uohXxVnPT89Wv77nFUpCoK2e1Tun5l3w3/0CjJj6YospNPzz745zhBKD5jG"
        "L3xVuaY4aiQ7bAs73QYPL+HswEQXKv/Wt1HSMIJ44k8Q8MmphWt2MUP7KZN7uwJfPFzAX7Tw"
        "8NkLBz/R2MhHfCSyU5OMf9lVKH91dq6S+69z0kI0DmdL0zGsg1ujYXw0TiRkn1Le8rC91KSG"
        "8sXi8TASO+B9kBNLR2S1M8SeN5KD9a0fiKvzKCmK/Wy9sba7R3+ehHEhAmTS0vstB5JHY5dj"
        "to8V2M8iSDYS8Epnqi92lBSceUMC7SbLVo83iHOPDDXh/cGOb+xxiQy9WK/Cz3gih1de7HI5"
        "skJaLIGXSbzXHOzUF8Pp5IwOC/Ib/1Kn2cvtQUB7Iul9fRVi0zzlXLxKmDw03DUTm7c2mSJ+"
        "sX/FCWz156SQP0Rk7SfT0bde3/UmVkB5PuAA//WOI/ljsgU/LdAjGK1hn2yT/MjhXZdk5TYT"
        "UBS0aHITgMxK4Ug545/48MoHY5YQ5MWQI05EDHrei7Ek1161f+cPeCZf7hxXa2eOTYf1qpdr"
        "sRCOSznosDMbx1nQ8f4I7Hu0XGJl8o3rv+zCUjYFSoPjwfeze/l3/sjW1AWzGuQvTOo9UvTZ"
        "KGXA/45jwI8FPz3N0oEfhJAPJ2eGDfiSSQDxte06RaNT6kmXaMQr9Ksfl3BLQ7LH4nPNxri+"
        "JKceJ+bs8X0eUXjiLB3HJQrP13QMaTzgwzk8vfPhfT0Be6G801k4ZOwrdj51sVpagl8GNyWI"
        "84rVzi2b8gp7lGma7IpJJofzzRk3P/tHPmHZlXBF/Xmy1Nl0yoeMdMbwe+odY2qI4z965nD2"
        "g1tPRk0hzwY/9P7os5TTeuAz2LoV/X2ZViWC/ZzCFbFjyJ96+UqVf4+6mTL2zyUbbzX8xPdl"
        "oi8h7lTLLKZRcv665G42SkxJC2b+U7ZK9nC2J08id2nPKxvc51m4VYKtmE+uhthS7jTRrs7z"
        "zsP/SJversfO2Ijzm9vQzFUEpu97NifrFMdO2J97n2ZyzxepjLCiKZnlzdRH39cARIStNrzX"
        "HVzF4C0a2sti510qKwjC3e5QXk9Otdu05W3qqjuNlJMh7t/YKIcU8DlJuS4rNHlucYAbhgz5"
        "IN+hFOJwTDhV24hIKk56MjIvx1FlTw22nWxHF03KLEHNkQlxgxvOS0orzvEkMNNVdGZaAfQX"
        "7YrUlNbMevhd7pY182UcR0nHb6iHULeGfMwmabcc+qGc9DDKk0Y81OwpZYksrDMZ+IQeoEOB"
        "t6kStjeZ2+hSlPKTYmlKLSVi9pxuwNtcTGMBdWMBIcgfOsj3jGbLpfmiahehwMQs5DchGqcy"
        "0pptZqXPisZYoymyIB/GVNoVy/1WsOwuD4wkQHx3fi6Sy2W/P+dauraEQv7yMNG8Qrn3fVpJ"
        "9bAbQ6+NUVaJM4091AjWs0u553oV49vq0OeJUhz1fYQpf1slIorgPkU+XgJPHicjZh2YGnsM"
        "h/coN7m3mXLcCqfxRdvqFI1a0iqH0PjKZFa6d9uZuz6ZGOIm6FyU77Y6FpYGvodNxi+Bp57A"
        "CV9xhy/u3Xnmtq1cDvZj+Ar1bogj4m/+yjZ7IrAgM7sFvXk2hgQng7hQPLajml36zMUMQC5Z"
        "2hnmJFkUBbMdsXO+Yq6KJVeO4yNltyqroc9iWFdS/uGJMy+YWbYgtq9+JxnNq9FPHUVczZQE"
        "7Njr60fe9vU7NfMt+4MXU1sir99rcbm+L/u+LPFTpyiOJU9w7PbnNs+RMof7cmljBOvhBDTw"
        "0ff7mqvfx4KN3/2xKGWiviTtD88PfZncTz9mGhlNbX1l/PHCE87lDkhCx+f/7Gt+1UNUfp52"
        "iYJiccBPc2SeR8mCb6mFEtshmNPSkcXP7+zwfULeokjUF5bmQTJKv+MWkx+PncX91FPe54X8"
        "ZNb3O3/3qTUZOpdD3+33dwfE3iVp9xjqX0+Y5x0nV6vpTF+EML6t0r5vqTW2dorXxdyEv+I6"
        "n0zN2+x4RoW+vVD1mS1j7raG66tG7lSeXWhrPS5B31PHMOHCnYw9NAuXDo5iaYX4dRGDQWkN"
        "sVtNzNIypj0O0FNsscFmnoy4VJr4sL4nBHd0p7AXgIM5hRjkb4ShP3/oL78YbRVxwQ2Jz/Iq"
        "//RFCiVwRgFrm66JCYsI+Q/9o5xD+zrBqw8Q8W6uKiHjgBFqCsLIHTpqdo2L4+bc95Wx2nU4"
        "Z7u322zof5zGOB2HEuINaWRB/gB8fwI8iTB9v5KrnlxNUARC7rOJb0fH5w72UYRfynM2+a6/"
        "/O0zyp2Lon73uQ/9WKcO7OdXX+8gB72Xw74RtNouIjNGgxwWC+Vnvyrsd7eE/R6idW6bCnrZ"
        "mVw2jpP62avuQcdlngfmOE9R33dvvfo5X/uxqfhnP04dOZmz7/1IHerWal2N4sbrLuUTczbe"
        "RTHZdc32TsNeT9P5u7+SK9xSsLWw998fO+O4M9jfU99DukGD1BrsEOP//D7oBd63fr8vcuV/"
        "er//XuSzPq6z+KEv5Yn3+O3vvd9+65FPa/Bb7RmkiNdILeDBfy1bxPavcVg17yyQ5/A+4Kgo"
        "VJ5tY+IKgmzZSdE9+jq6kQz4lKo+2v9dRw2WVP+dFxVUTIfnr8czT1BxgXiX+Mewo5/+SGQ2"
        "naWRM2P38QhZWbDDu2sMMU4YvnMhI1NlpjEK56Vswbp5baif+k19KJaqJ+jPZOK2mmSvcHE8"
        "9nbzfY37ul2gp3dqzXRm6PeTkGjO5xQN9aPhGvYbTo0ZKob+U+DFxxn2/IIxYjR8V9X3wVEO"
        "aEaMhJXno76v1QvAbomk0fyMRL1s+3mGumb/fYIpDv1oC1mCOO4XrCkCf7HxYYjvE2Yki5Nw"
        "Vchmimi0fuHUDLSG9LUne5++2kkYjpV59MHndz/S5jp81+Pc0VfubDzlrhjPaqP5t8u+I0ux"
        "j2/5Ut3odbPINguV1iWMz33eNy8FTktOX1swn0ZG/XcjkEct0k8/zLLViI344ycv4790wGZq"
        "nLVy7o0Rn/gc4WYgY5mxh3jEbUOKnXcfHH/T6EFBriHaCOwMeH3oBUPd+DaPpkgP9JDdD/G+"
        "tpKCrJLRsH8M+aHlqxUAxbs+YJyLnXJehSxS0MXwDQvNJlZm9TgpmGN/+O6kmmrv/Rn72QRY"
        "WF33fTzWu4+HGsEMW5gKrCegq1590Xe+j+abmGD0Pe67rmRo2P7o41ayjoAD4BnI+P/2dQ/7"
        "kIdzWoI/8kuyaOUeYpfpv3N4x/uL3veTGPhpSIBPTx/yR5kO9XLBjlZDfRz15xDp0Je8sz99"
        "nzWyRRczAvCItJeviLx978/GZ78R+LNOVuDU4eDv4IfZp58oNMckt6TqVuI/9hUqS7/vk+3r"
        "4m2+FLSb+s6fmc/3OXOt9By7USBfy4d+3dR78wTEfva9WPXfqw11atTbex/HnJZEHL7Nh/p7"
        "U+fAG1RBAFzHmxgcTNgtzP8ZL5DnDfuQ66roz9EFCgNvDLhBCraoedbzdHu/l+x6B/z693qA"
        "F90aT6MWUO2FHEWj/hyWc73t/PH6Pg544S//ySdko6n16SuPPvEVIWfGga8Xx4/drDZ/eF3u"
        "wFhW+dU5gG/D9zFYH4+s1TOTL+gCeHVQbqjvy8Oi+QTeOMp4Tc0t7uN3H35UhyOyQSPIw72t"
        "kZWNOMi5U6XP911cfgpFzasr5TH0LSiKHQezLDg21bPHNqHJTvplTfnMHs6n5XecWQz9h3L/"
        "3QbXRgzuzw+GeOs0Yjg9z5Ax2C/iX/ammuf+/BdlGgH4JA8Y55/vL1d/f+T6/UXr//m/9Uyn"
        "lg=="
    ),
    "esp32p4rev1": (
        "eNp9e2mTskyT7n95vjoRuOA2EfOhCig22TfxywlB2RVR2wInzn8/Cd1q9zvvnDvijg4Easnl"
        "yiuzkv/+J7rd/s8tfx7/+c/ldL6c/sf3D/f99f7Pf05m7ISdL2Yr9j/+Oezv+3/+8x/U/xMt"
        "697OZFlkl1ee3ykXjGdSNPaC+zUQxc512xb7KE2Xxd1WNHNl5MXkvtduU2lz05TytHadMbtj"
        "2bRJJVNdPyy5H1XCrZwO49vIFlIkY1qKXOptMKI8b8kGslbo+4FYE+yQcBbrYXSzCA1VvvXZ"
        "i3jd+tdEWuh3KnPu1/M6w1e6Xq2dq5iNY9cuuBrtfJE55GEqnh7rsbO5+Q+GWS63W7nMhR2+"
        "ljMxZMI5f9yHGbexlTD3juuSe1oatoOKPTW343Thj63NeucSweLS4z6basVyPEpOz6OQTdJ4"
        "RtlYnyTunZALwcdz0SR5sWSeO3Ran/OSNoUnz0ePEV6fRUk+iYfIouw8mQiL66JsYuboTPHm"
        "i9nRx2Y0as+LSDXrc31siGYwHranMubP1kQ/V6fD4zSSulya+sFVswU5P48rZtVYi7io1Nu8"
        "VswVnVTRbrfReHm9XhsMM/anQuatR43IpPP8OSKChuuFYHPCgksqc6Yn8uIRPZxJ19hjNrq6"
        "4ww71n/91z/fFvDbMuaz8WQCBnM836/d90+TNTtlx//xz/3YwkP/WLY4w4xv6l0ydWkklmws"
        "IaxJ7fJQzEcxqjrQpXFELM/imjNSTDkbM8HsTpOJyxpnTE8H2pLzjY3OaIM5gSYzNNUvLUUu"
        "bkP0pald1RnoQjkulX1JZt0pllVk2cKJXmNh7a34y9hC8s1WKYL5aYw4rlF06k7cqRavKedi"
        "uC3QQEBKDLbFn1MOI3khC0g2zjaCeWQLmRerQJyFbyXKbWxIhKKi/rIQKk+OLQg4rdGwz3Qc"
        "bTm1ka7HvYtTpIXU9REiJK05Yi80cU3z4TmZDSVuE5/XJazPigWdRhN3TirkxS4uQ0VgC4JF"
        "zYN9YZtO0xsFuS3VLchhgmRTrlK7OKcpwl5c1CgUZNYSsWoI89T6Hr8rZhyZzrCVtPe5JiLU"
        "FuTufc/DamecnvTnnJwel/3Nqmfk3v8O68M05S9sKMtdKnLIJyX1togzynua27vrfjvSNMVe"
        "wDzUAXmbYpY6l9ntxNQU9iOfGH3Qmy62NMOCFYnnWC5wGoN8E8TbGunXkRlxr0erv76hSVF8"
        "xQjkim2vlyPo44r0sI181OuTRjPOmM4q+m0nlpGQ+6xqlbuijhVS6vQ8ccdLw7u1QVdd5e0t"
        "FCf5xtO769Sda6pjndw8tgQh+HLzsSWknadiRRMdqwS5EoHz/IJsYk6LYX8Ldct7x359wq1C"
        "eeYoXllZXJAoSlheHadUNrfyTsJQRaCPGVrvt5fLkW/nsRDOR2fAL+3GHqbI1cQdItS6tHwZ"
        "rmY45VA4M6eI3wugD6M6wX5eds9JRWBt2UN0tHfPhV9Ti/T2O/hLq5N1svqqMk3CFBdV7CFh"
        "vJ0wrIrSVUyQ7BEznLr+2ENmWKrYbXwiiJOiNX2bcuucraWvyzG2nlO9i0aDXQjUQ/zgZ2iL"
        "QKY7GHd6jaXBT6wYgR1jwbvKg1y7jabc6iZTF8Km3jeZpVXgAkabRsZLH6mZFrJaovpiuZyF"
        "tJKeKB9ouwrxnSUqwri0OSdSFBwAjiOdYIQLEDoP/kb5XYwGfxN4T6Bb9L6WefBJt72PtL2e"
        "rFwcIf2tf1128QHpbXTAwmBPVGzzjfC6T3XwQxP8sPMFxMcE9uXi0PvgDBYKOQWHL50OrAKT"
        "ToNgBvtufSw4G2HABVarwO9nOOnlFcAckfh+H7H/y/tyb++Gegu/WuVnH4h/1KXX2a99cTxd"
        "lYiEdswjhM9IMGdoHIOd6xJgUI4nU8CPuEIgJ93iObw+mWHqHwqwt3tvD6wpZYsY5vGl2zOh"
        "SGal3Dp2FY0MmboZUjWhtlBBEgFtbvttHybnLI8WIPnaC17X6SJR0KAPQbDlm3WiaSSqtfOV"
        "vfBPQ+73fMY5o3YRMx5q6hiinwnXHC6WxgTk7ba2hwY8VBTBsmA8qWqDWzoTmZ0p363TuLxa"
        "7m3uPEkEwLXLWzHi9jckTpoG7OnkTm8eQp6FnZooWXBzeeHrXNIn5amvC+1WQMg/ldTfXLq9"
        "/5I/RfTSRtq2sLjnIgHQsGqCDSPJH51uT82FTbd4B34dtskcc3vyeg9xwoS1COn92lcUMIhz"
        "5wSAIeWFc5bKRi47x0WKbvdyecnB4J+pFz8zNsagJwkZmlsxXwSPjN2BWR/uMA/2Tk/ClujG"
        "AB6E5zPYbSFWLmNHK5fEFlIuwVb+kTvAsS9QH/GSyAC9yZ987AH+i888Up1bZrTVRvBvqoup"
        "k4B/z5AmPQRqCee2tYrwsZuzutQisaJUu9hIIPtrvFuXo5n42JkQXYp97hFJcKrF93P3ObwX"
        "EG5RTTV7be1nJNmZersFXDQI3rEujoPsLR/9FnqbeAvjudn4eJhqeugphdTHl9SIkUQcgtun"
        "t9kjXvUs5EbHJ1YrwDVjDzhdKvXezbzT+e0nZmo/d5pkmV2BEgutSpzbOthJeeocR1HLsh5w"
        "9PWewG7Vevcjd4FbwnynCuZ7jRca4u7B1mRz8X5wiyumlmA7t5QPHA/hG5s/uUh1b/s12MFa"
        "AZyz941wrcs8Cwl544c5brKxsBtwUNSchaXm2VMT5wjizgMZ4XwjodqUhrhvQ/yeb6cQ/9KF"
        "BfEJ/CYsXYj3inIry2H96cqTUOhJ13BpP9oej55+H5/kux10Ra9fBu/zyHHu2Hi+4lO10Rrw"
        "t9xVFY0+CPAhASsjN2eujCPYRSQCp/VCF9zWKumV8lMt5CwFz1NCij33PMw8jIPGBv3Kebgu"
        "2EmMreDqZLs37gTakcS2rm63mqvcW3O8Rqsnli+9vhQkNMJg10yJBrsWtdgHnOvtOmPYQ3s1"
        "SOehZxbbb9xMDWo/AW8t1HUe97/HReTt80pVdxo9KZYyZW7sVrF4g7QC9+MHCC2cmc9GcV7d"
        "gOe1EcQ5Q8KXEW+vYlyyoXimE9G8JGvf8qRwtpwiLVPvvd22BPhjQIAnGsCtXvGLX7KeVNOv"
        "GVLM2Zoy2YMKtnrb23YA/Oi2+ME9jK6PH9wbeNeIb1lg5rE+4D4G3M5euC3ya7n2cnujIMsS"
        "3nGSgbgMflvgRkA13YOLpSj3PPF5+XlP5S4fnD7qdPnD77zj+WV/snl64/Dl8o4L7Ot+qC47"
        "C/lZWuNhXVptYRvwWbmp0/f6NG6WepAHvPXNla/1Xupg4KOEfsclmUm/spqI8PxbXoysg1L6"
        "OL8U/ZsM+NPH+YvakY1geccm3y/UkJXOmBCpHPzEOM4h2ti7jx+xukfaqMeLVZGj4zHz/NxG"
        "JiRkEPf/1c9f8c4w5+nCUZBMiN4CP+v27/FkXVVsp1GUOnjra+w0QuF5p7ddizz4QzJmOk3m"
        "LizwtUYAfFTPc43I6FmsjGTRvd9H6FpKu5f91vrUhYRU8xJhwMGs59mAfzLlx4jTcgVpwhi5"
        "b7xBsrI+LH/2lx7jGwPBhjyFLEjWEPNLcKLTyV3stNn50ttda67jTtWQj4QCgiGyNVSoQJZk"
        "ygrg32AZo55vSiUTjpE0CbB1KebrmEPxUc85zaiAFxW0RmDnrfs89rwF2xeD7PZsz1/cqv2x"
        "DwT5QBysa/pQgf8BPifZnfZxnM6IuQO+EvfxQhr0KSxFsH+9WDTKpi7jth1wxrZFTecsB/zN"
        "wtfjl3vQzswpbmWL24vPj/zSdnyutgIH+9SUk8edqskThTRWUL8Y7xB3MvB8JLhZFiKZLoFv"
        "GSLgJG+nIfDBkODO0NqULyCsj7rLIaa4FZAXXH7iWEunirAq+Q+evuxENE2BjbcI6+DPI8I5"
        "mgH4zLePM1NfDmvRMbQJxbEF+99qMP48mb7sqNboZfZvcPreJn3ckzAknXa3ILfaL+a3GL38"
        "xGIEF++QBvnHjPT8hU2l8/XY8+IiS2Nn8GvYD17sgR+Q82YrNhXYAeSZfJPGgtyFreBoX4KN"
        "io0sWDIkzwKn1TLghVyBfjqcCYdlwt5np+noulvejwcb9BIytrQJe/6HixLFNzS2ej7ogX/a"
        "2NF6qlmIOwH4X5/P/PiBwZF0dVQvraHkFmq68qp5twVh55oEmisE0xKv3qFgvZj/WXcD63bx"
        "Hmlyvd1dFU2iaFMIzHVUw3P8wxLKAPKSHreoe2Fmwl5jfQXt3rgG+cgDxtGaZrFzMpgL9Lhd"
        "mQwDfpruZe3sLJJCMrcLWIe96/GckiLZxUJJo5TP+vyzw7ajvv0dImt74QccxjY7IcCLAOg0"
        "EZi1i8eQf7HRHA35JS4WDw9pbAH5lS5zCPStF2xmJYf7yIgvj30ft5KWoUWBmpMbwT6ouel5"
        "K0lvwDuSjEwNskZDnq+l0RH4gWauya5YyLF2/t4/G472EIOIFAIeaKJ5BZ6rwHP8GufAKzW8"
        "xp2LE2SiaOTDdbTmn9ief+ez54fFpZ6vvnFK5kLg07rtNe/91soxz4CPvPnMRpxlkI+VbCIJ"
        "Jy3ArlykKEaZ5/k22FYD68KMNQpHIwmpsK62GFscgbjtZfZ27L3luLncR1hsrsPztnz3kkJI"
        "XHZlu/eTBml3+L3v/Ajy/7UeVvnE4/qqTWqEJnZ4yksaW8Ae0Fq6FGwYCx2MyyVWHo6OEtL6"
        "dSzHpPaJvy96uahrYQF8Felsux2vLr08OmXxrqNwcUhv5KBoxEO0X4c+3+cuXkB+T4txIJpF"
        "RoHvdv31dZyAXWpoVoiJ+/XCu1RSX+tMz5dp2tdv+JMmrUWYt0UGC3JZqp84tUbqn30iGfJW"
        "2SfOL1zLog/PRSvgP1wjiHESWlPDB5yJ7ZFmrG2V2MB3BLTQG4hXHMp/3udQY2llaou8rAl2"
        "2tmQj2kX4AW8WgtW2l2wgLQrsvlRMJ3HQAWNbTQ/uHXAq7FgkUDYrhiG2VFUWG7PD0cuRgPf"
        "F354YNWCHxLE3dmO4n7eHz9DiXuugG+OkXIm/K98rvZFBni/3rHk9++oBrxVy0OxOMZcU3pu"
        "Fpb4Yzf7Au0tVDE8w4zAPsUTuYM9l6idPOb6ZG2tDw+4DlFLHs8lodHqJ75APgL4jRE36aiu"
        "wjoJ2EEwSkNw8lR+jSdL3nwRQh6LuB31fPKIgN8Bs6mPBujH/+hHqbggOvZ1ujHymp7fKcg2"
        "SIaNPgEc5H0Ttb1tGY3dafgCcXLFxXxJjxajgl8ibv2zbv9n3cM1rLu6t61QH0C+LL9qo2Ti"
        "T7Xd2uKq3dwQYPxRJUN+K59biLmHkh4oo4uzEvynTFxDH+KF1scLvk1jBHFVOrMzDuQ/Q+os"
        "q4Tjbl6bIoF8+Al/FcCLRW4g3NcTQ6Q9I7DPAGnraD/gnkyRhJQ3PujfeJFQMAXId/CJbQUy"
        "VyBhHPgcNrnAA3/x27cfEO5HHnx6RMFEZmE8Mp2+8rNWM1AL+u+icpb19Y9xIghZLwfwO81y"
        "brF2Q9ZHP7UoHBb7izDkQcBfQE865BNwHVi8aGYVVQY+MOhj97MuA4/EYxVb6h7yChTbcmBK"
        "muMeEs+UPM9+WD6ZRaMB12Tv6Gar2AnnRYmRCfEAKd08k8Q4HnCupAHicUXWEdiDXZFhP++6"
        "CQc4+Es+Gg5Z6pFJfhXfPEgQ+rrK97pkfM2j28+4sB9pypSAW9nD+r7mKnKMvr5x4Wf/LHF+"
        "5InTqGlI6oXYzmEdoK9nn0cg0Odc/K5PMJMonOZRz1vF/TeeKl5Abgt1wJVv/4RHdxoBf2jy"
        "8jMPIvC8A0G6bj/7Af2qNcQT10K/33fzRg3pZIV84MU/+0Ti8dnuKboxAUGRrt0t/pT9uk9F"
        "v8DAGz0Y5+UvYFxA5J37YwR4zUaAF0Od7G4fT3Pgrdjm9urJa/LslzxkIQcT9YTScgsycZnP"
        "eHwa2FJllMeZ0vOihXvGij5dW6un3iAE8ehuW8G4Bn33cgnn5hjV5Jdc+NTqGuGPPhHmm9qy"
        "wSUqiHdrex+0af/3c79+2z1XKzvAYbwVf9YD0MWp5PJZH9rA/ZRfvPevfolT+l7PbMz9WQ9K"
        "TadR/6xHQCu1/moyX/3IA9+Vzknxax2WSfYZURUcdEN9SzsiDTLJ932QL9/WzRn8WrddbQrw"
        "ZuBSEF/jhdjc/x7fIhtsW2n4tkdzAde9fYFeRP1ZAK7uBv/zN5dx89E3zLl0fn7vPvOzBj2d"
        "LEj7I9g30CXXC6o7xOllNMrePMV88ZSffauIqnVDfvsF5UZkt9E2Tcqvib7wkq3TFLyxcqiU"
        "FaI5dag4xMUajcn9y7wdzNXzINfAz06CtYm3QP+Lgwl8H/LR9zwy2oSH8SAfYXJWwFMUAEig"
        "+rLCpzu1Av0A7qT8Rx9kXvvO+30OCxzO3/qe3Yiqt+epO9UfFQI5tqkVXuICgf9j61mIzHMU"
        "tukGdGJ93sPpCNyTw9yPHXBoGRIS/LILqzitUi8OBbClAa8hv2Dn9y0DfI+jIdkBv3H2Mezr"
        "B3c4FFhHoX7jo8xvS+orvV5wsH/ZYzq1IElFH/tdnXTIlSG3W6jbcBQtsUwkeB70djpL4WJU"
        "9Xbx0rceZg3yz/Ll+MQsRL9gV6yNG8h7v7EM894yz96OrJf+UsN47S9d1v7ZvFj+nSXSKlq5"
        "3Bhpo2hkt9940PuHsYqA50BeM2r2g3+nC8gpZSIiL1qTob4+f6xU5vlaT81ZO2prGws995k3"
        "pR+/3/6L32OAvn/xexG5t+mxBBovNbWjtKwPevcsfh90zW97Efj2cPjgj6yqHsjV4qXz2goa"
        "l3tcmXC69/pztXK2nfCMOLvNDh6y/Et5PD4z1u7PWxZIIJc/dmjwNE4maqWdGNrHB+YnPuC+"
        "fjC2b/+yfg7Wp9aX3+tXcy9oMuHjLykqmxzyl897XMqpzcb9NU6XadKIAb8Ce11TmVfknjfy"
        "WAi/80fV6q/PPW9sUpvj1VKwUHfDgjmPoup53Arzw6OaDn4H6/RDO3kyzPqMOK25/PYTlc/d"
        "wxR/Pzd952fqL5xiN0cIR0TQ2yfwG3LjvUnBXkrhtk+fedjLDbir3yhO3dtjd9ZooKIXLzH4"
        "zjqCPsEPXDX+2D3iZiDn4fk3jui6Wok6WwEe8E93eaPx2Dqa1wPz9fa3W9com+P4D47WWve+"
        "T9U98X7FEWHV+2/+9l8qm1LeHIFXvOIGx7zx9Zeft7WWUpDzt9xffF0c+DjqGizIWmPZiFep"
        "YDHV/Wurz2O3mo62dl+H45547uEHJJ07Zvzmy9bGAX78wid+09STj50YXFfX54JhZ1/L+lw9"
        "LFOEdeLvfIJ96jeQWrrD+PJaN6QOdV/ner2P5KFOv+px0SPnSzANvT1vrzwcTqMpUjIyEUgR"
        "rvvzOs6zbE3uz6MvyMP65cjbwFdFYfqsHiHyw1GG20KX6XKCzNMs8WAdU726UxS7kbnt/z5D"
        "XWotUS86yHss7nUuJLYp5JtxGbvbiae1zhhhXVib63XxrkPyq/78J3N+zn/URhJoSlDeSHIL"
        "+IlKiW3HEsMSMZw/RcjnAwV4oD2b+CSE/KuMUTiB/KtWAc8SH/J74IkcwWkomZeY960ez71C"
        "UGME+Qc/sUKE06OC05MZji0Jfxk7/FhhwdFsZHFqlhkSjO/mRozR2juBFMOed2K2FO2LV5T7"
        "ELFtLDGUkLDdkh4/hnowb0gXixvkVsSqiGEc8JonzmGf61hksl6+GGM6rKsoUcTILXeGOEYW"
        "0WHtD+cASwL4IyFPww7gueXNi7nBCpUwdTkzYW7rMEBhoM7ChUvaGDWgpynEqxsbi1ZgLggV"
        "99VKkLI0BvzXfcDUkIJc7EtK8LjvJcjdqu3Xz0vMtvLTGg/zQt556mq/LNmkzPrz2sD+qfux"
        "TQU0SaPnCVIMAZMvXhk7MupiIRcNb04RBt6Vlux2zjBTXQpXz+zan+eYEuIbEXVHIUda3cqF"
        "WsWk3tRGl928UK/9YrW2kFJ7+6I+GepF422LBT3BfM8mZNv7F1PoM0K15xGn/CqBPCh15Nsl"
        "iektU89CE7a5ccKpyFXj807uujKXfP/P+ZA1+F21WzRbtIilvO/DYPMnZg4Q/w7F/OtTtwsZ"
        "C9sgh0uwb6raOOM6dTOQb5smJH0u/CyIi9rYyw3orVgeRWGWzDA9n0n7U/dbBGC3EF9bBNRd"
        "U0DuhZp6SO5of23A9agKfUnuEMk5LcdhWihmIMtd2F/Xd7hWb/01JbmsImkris9mo11uV7XT"
        "luL45gb0fkXb+zyfidF+f8++Julw3vvVFRsN3RYt5M9oPXOG+NvXgzA3nI92ebQXTl49apGu"
        "9ufm/KRehiNfFazJJqS7RpvqjUOPff6tjbKmr1eZozzTOO5TZ6PaeKjzPiDerUexV3t9PHyf"
        "s9vA/7LfdblaR+6BqVFfFxTN2CsnBxXhiRROzRnhZFWbNg0yJ5I2uy5Qpk+wJT/3TY3CNlaF"
        "uu/X4MdoE0D+FSvOVNuOCvxnPUiLh/XcYfzVMTaq3+vReFWgN18Q5I0wuW3Qzidyq5To1/pk"
        "rXS5DEJ9WrsBOIHc6gLaESK/6zuA95BLy61TQt4jsZgUyyDejGC+RRlvSpp4yIa8Hmnf9TYr"
        "Kc7HZCS3noAUX8qiVQXr5vflvQjLm9LXBwXzIgr0WpLtJCrpA3ZIZflXPelhI7ke4vB7H5Df"
        "tQWe+nw4jol1MknzLLg/9c8NC/vWJwwavc87Zt3nfqq3/jSsJJZuJgssVb/mQ+NAN7HF6VT2"
        "pRDu+6Yife2NC+hfGJWLO/yVRpWy9iPyrQ9jO16X+GTrO8EuT1PHAc5d1qLDKFFYPSERVg63"
        "alz1dXIXpR99QBzr6wjIqjbsjF+OIJ/4Jef03mjoAnnyH/vZeEM9QKZiiUQN2ZZe4MDbBMmJ"
        "t2MLw/uH/C0nrpUpLtFRXIJ8B71M0NXJJuqm9sIi1b/1IyXJqNebsPdF2A/M3/Py2RlwWfKx"
        "cbBzA036uDEyDnNmQXZzQ8pYBHkAJMFtLHMckUr2KKWqps6xXGxMy4F4WAp9XRpvnAzi8hx/"
        "9Hmda9Idab7daWiRAo390g6jx3xu3xuIx9vSeNXhOe5+9pLLbU6kKeTmv+1cVq3BzhkvKUZf"
        "SUN/27nBndX6+rceriYY+MX2Nk4WyND262NdkNLCSnQcxpHADg9JLPz1X64c+G/3278c3l9Z"
        "YJDb/pwqWCPurS9qaA4+ft9nE8Dt1kIZrI+3EqfxYv+LUSSWKWds2/e38WrFmgTi5+J5Cpg/"
        "dqFxu8Eujjo7GnH6H/0rUxe3NZJbyAdUBeJlw9sU8ORyLIoG3p80JcTlbQa8MEyuK9eD2Haw"
        "cC/X8HOeeWDbksxyzQcWvrNXQEUmhxL4wd5GeL3ll+hGH4vev+eiMKI3otnemA8WEDSn8yVi"
        "dWmCJfDvJAZ/9ZCvirOenx4t/33OqhQFQds9KvfPzLvhP3oFmbF0RRbS6fln3xxnCKUHTOMX"
        "vqpcUxw1kh22hZ1ug4eXcHZgoguVf+vbKGkYQTzxJwj45NTCNbuYof2Uyb1dgS8eLuAvWnj4"
        "7IWDn2hs5CM+EtmpSca/7CqUvzo7V8n91zlpIRqHs6XpGNbBrdEwPhonErJPKW952F5qUkP5"
        "YvF4GIkd8D7IiaUjstoZYs8bycH61g/E1XmUFMV+tt5Y292jP0/CuBABMmnp/ZYDyaOxyzHb"
        "xwrsZxEkGwl4pTPVFztKCs68IYF2k2WrxxvEuUeGmvD+YMc39rhEhl6sV+FnPJHDKy92uRxZ"
        "IS2WwMsk3msOduqL4XRyRocF+Y1/qdPs5fYgoD2R9L6+CrFpnnIuXiVMHhrumonNW5tMEb/Y"
        "v+IEtvpzUsgfIrL2k+noW6/vehMroDwfcID/eseR/DHZgp8W6BGM1rBPtkl+5PCuS7Jymwko"
        "Clo0uQlAZqVwpJzxT3x45YMxSwjyYsgRJyIGPe/FWJJrr9q/8wc8ky93jqu1M8emw3rVy7VY"
        "CMelHHTYmY3jLOh4fwT2PVousTL5xvVfdmEpmwKlwfHg+9m9/Dt/ZGvqglkN8hcm9R4p+myU"
        "MuB/xzHgx4KfnmbpwA9CyIeTM8MGfMkkgPjadp2i0Sn1pEs04hX61Y9LuKUh2WPxuWZjXF+S"
        "U48Tc/b4Po8oPHGWjuMShedrOoY0HvDhHJ7e+fC+noC9UN7pLBwy9hU7n7pYLS3BL4ObEsR5"
        "xWrnlk15hT3KNE12xSSTw/nmjJuf/SOfsOxKuKL+PFnqbDrlQ0Y6Y/g99Y4xNcTxHz1zOPvB"
        "rSejppBngx96f/RZymk98Bls3Yr+vkyrEsF+TuGK2DHkT718pcq/R91MGfvnko23Gn7i+zLR"
        "lxB3qmUW0yg5f11yNxslpqQFM/8pWyV7ONuTJ5G7tOeVDe7zLNwqwVbMJ1dDbCl3mmhX53nn"
        "4X+kTW/XY2dsxPnNbWjmKgLT9z2bk3WKYyfsz71PM7nni1RGWNGUzPJm6qPvawAiwlYb3usO"
        "rmLwFg3tZbHzLpUVBOFudyivJ6fabdryNnXVnUbKyRD3b2yUQwr4nKRclxWaPLc4wA1DhnyQ"
        "71AKcTgmnKptRCQVJz0ZmZfjqLKnBttOtqOLJmWWoObIhLjBDeclpRXneBKY6So6M60A+ot2"
        "RWpKa2Y9/C53y5r5Mo6jpOM31EOoW0M+ZpO0Ww79UE56GOVJIx5q9pSyRBbWmQx8Qg/QocDb"
        "VAnbm8xtdClK+UmxNKWWEjF7TjfgbS6msYC6sYAQ5A8d5HtGs+XSfFG1i1BgYhbymxCNUxlp"
        "zTaz0mdFY6zRFFmQD2Mq7YrlfitYdpcHRhIgvjs/F8nlst+fcy1dW0Ihf3mYaF6h3Ps+raR6"
        "2I2h18Yoq8SZxh5qBOvZpdxzvYrxbXXo80Qpjvo+wpS/rRIRRXCfIh8vgSePkxGzDkyNPYbD"
        "e5Sb3NtMOW6F0/iibXWKRi1plUNofGUyK9277dRdn0wMcRN0Lsp3Wx0LSwPfwybjl8BTT+CE"
        "r7jDF/fuPHXbVi4H+zF8hXo3xBHxN39lmz0RWJCZ3YLePBtDgpNBXCge21HNLn3mYgYglyzt"
        "DHOSLIqC2Y7YOV8xV8WSK8fxkbJbldXQZzGsKyn/8MSZF8wsWxDbV7+TjObV6KeOIq5mSgJ2"
        "7PX1I2/7+p2a+Zb9wYupLZHX77W4XN+XfV+W+KlTFMeSJzh2+3Ob50iZw325tDGC9XACGvjo"
        "+33N1e9jwcbv/liUMlFfkvaH54e+TO6nHzONjKa2vjL+eOEJ53IHJKHj83/2Nb/qISo/T7tE"
        "QbE44Kc5Ms+jZMG31EKJ7RDMaenI4ud3dvg+IW9RJOoLS/MgGaXfcYvJj8fO4n7qKe/zQn4y"
        "6/udv/vUmgydy6Hv9vu7A2LvkvT5GOpfT5jnHSdXq+lMX4Qwvq3Svm+pNbZ2itfF3IS/4jqf"
        "TM3b7HhGhb69UPWZLWPutobrq0buVJ5daGs9LkHfU8cw4cKdjD00C5cOjmJphfh1EYNBaQ2x"
        "W03M0jKmPQ7QU2yxwWaejLhUmviwvicEd3SnsBeAgzmFGORvhKE/f+gvvxhtFXHBDYnP8ir/"
        "9EUKJXBGAWubrokJiwj5N/2jnEP7OsGrDxDxbq4qIeOAEWoKwsgdOmp2jYvj5tz3lbHacjhn"
        "u7fbbOh/nMY4HYcS4g1pZEH+AHx/AjyJMH2/kqueXE1QBELus4lvR8fnDvZRhF/Kczb5rr/8"
        "7TPKnYuifve5D/1Ypw7s51df7yAHvZfDvhG02i4iM0aDHBYL5We/Kux3t4T9HqJ1bpsKetmZ"
        "XDaOk/rZq+5Bx2WeB+Y4T1Hfd2+9+jlf+7Gp+Gc/Th05mbPv/cgY6tZqXY3ixusu5RNzNt5F"
        "Mdl1zfZOw15P0/m7v5Ir3FKwtbD33x8747gz2N9T30O6QYPUGuwQ43//PugF3rd+vy9y5b97"
        "v/9e5LM+rrP4oS/liff47e+9337rkU9r8FvtGaSI10gt4MF/LVvE9q9xWDXvLJDn8D7gqChU"
        "nm1j4gqCbNlJ8Xz0dXQjGfApVX20/7uOGiyp/jsvKqiYDs9fj2eeoOIC8S7xj2FHP/2RyGw6"
        "SyNnxu7jEbKyYId31xhinDB850JGpsFMYxTOS9mCdfPaUD/1m/pQLFVP0J9J67aaZK9wcTz2"
        "dvN9jfu6XaCnd2rNdGbo95OQaM7nFA31o+Ea9htOjRkqhv5T4MXHGfb8gjFiNHxX1ffBUQ5o"
        "RoyEleejvq/VC8BuiaTR/IxEvWz7eYa6Zv99gikO/WgLWYI47hesKQJ/sfFhiO8TZiSLk3BV"
        "yGaKaLR+4dQMtIb0tSd7n77aSRiOlXn0wed3P9LmOnzX49zRV+5sPOWuGM9qo/m3y74jS7GP"
        "b/lS3eh1s8g2C5XWJYzPfd43LwVOS05fWzCfRkb9dyOQRy3STz/MstWIjfjjJy/jv3TAZmqc"
        "tXLujRGf+BzhZiBjmbGHeMRtQ4qddx8cf9PoQUGuIdoI7Ax4fegFQ934No+mSA/0kN0P8b62"
        "koKsktGwfwz5oeWrFQDFuz5gnIudcl6FLFLQxfANC80mVmb1OCmYY3/47qSaau/9GfvZBFhY"
        "Xfd9PNa7j4cawQxbmAqsJ6CrXn3Rd76P5puYYPQ97ruuZGjY/ujjVrKOgAPgGcj4//Z1D/uQ"
        "h3Nagj/yS7Jo5R5il+m/c3jH+4ve95MY+GlIgE9PH/JHmQ71csGOVkN9HPXnEOnQl7yzP32f"
        "NbJFFzMC8Ii0l6+IvH3vz8ZnvxH4s05W4NTh4O/gh9mnnyg0xyS3pOpW4j/2FSpLv++T7evi"
        "bb4UtJv6zp+Zz/c5c630HLtRIF/Lh37d1HvzBMR+9r1Y9d+rDXVq1Nt7H8eclkQcvs2H+ntT"
        "58AbVEEAXMebGBxM2C3M/xkvkOcN+5DrqujP0QUKA28MuEEKtqh51vN0e7+X7HoH/Pr3eoAX"
        "3RpPoxZQ7YUcRaP+HJZzve388fo+DnjhL//JJ2SjqfXpK48+8RUhZ8aBrxfHj92sNn94Xe7A"
        "WFb51TmAb8P3MVgfj6zVM5Mv6AJ4dVBuqO/Lw6L5BN44ynhNzS3u43cfflSHI7JBI8jDva2R"
        "lY04yLlTpc/3XVx+CkXNqyvlMfQtKIodB7MsODbVs8c2oclO+mVN+cwezqfld5xZDP2Hcv/d"
        "BtdGDO7PD4Z46zRiOD3PkDHYL+Jf9qaa5/78F2UaAfgkDxjnn+8vV39/5Pr9Rev//X/RcKlC"
    ),
    "esp32s2": (
        "eNqFfFuTsry27n+Zt64qsNUWV9W6yAkIGiUgKt7sUtSAtNoeWg679n/fI6Dv+37f+mbNrrIg"
        "BJKRcXxGDv1//7W93//PPav3//rv4Uev+/lf7YPH5vb41393zWFv0B986Me7zWPzr//+F9J/"
        "jpSPsse50x/eKF173xj33K0ZLR+3peNU83lZ4gVSanh8BJ7wrVl27D424v7hTu7Cy0+jeWj2"
        "1/2+uirXH4+ekutWXVxy1bQfoIApxHGRO0RFE4wKSiWfIWkhhRLBgtgmsh9hdJd2EY9pGcFH"
        "uP/t3FaL28H9nD4KTuY/9a2Hb8XIGoU3JzWTeXAkF7ReOMYui5Vzeo7McHJfPA1jOFyteJ6x"
        "Nb7lPSc24gHdb+KUTAIvzqL9KCe1FDhYfvVP1/v+43NhysloPbeZJGq/ST/EcWh2Dqd6z9Ku"
        "SnpFP5l2D/OHbX/beH8+Xg/ZcWjUa3QanbO8uB4jPug8O3h0dlx+cnZbWfQHhy77vH3m18TY"
        "hx948mOsi+ek0ynPn9uxfzlf9ldbzIwIBx8c07PsTs9fp93z1HGrzP1YLG8iYDw7m1+GdZWf"
        "yfFrfB9cPN8qul/b9XoiKB+NRjPDMBcfLI1GnatjqEFWd2wm8OWTBYR9ksOX35se+Odz+wy7"
        "1TUw+9vb3ExxKP/nf/7VasCfmvHZtUb9/n/9a39+3Kr20cgcfFrmf/3rsS8fjbLQkd8rNsbR"
        "uNwKDy3HMZF4gi3kpahwLcMCuRF3YNTwKwpWKoaQABmznIQV74lnhEdPo1E5A17uj83m+z4z"
        "MVkxbByaOp4EE8wR8P3f1YcKsztT9AAlDyFjbhkSbsVhaMzQLCnMyVzaPGeOOzS6yQfFj6/4"
        "JOXyKDJZIAdJJFjmsRD6QFCA7znyTcN6j2eaB+bhaVQh69N9jsncxZ2n8UCn7ZFUpkCHowEf"
        "Ior4Nw3VdHyvsznQJYJ7VRH3gub59AOzsAjQ1OImtN8Run1JaMcf6P5GQtMbaj1nqWaa1PVZ"
        "w98MoRwDn6ywOCASS1FhhBR3g/Ai8JIX6xVTUqA8/kCoCHkuEd8PjWRvGCLncN8zFJQ3aBwM"
        "n5ZDEUG8z6/e4DssCIxWRUgybPYmsrpIR4mSfYo8p2K/NWZHjwB/BNN2ST0b8RgjfK/XA38C"
        "Yy37B+sbFduLUeBVnqOy97QuaAg0PDwUZVzeUCTwwmPIdjeGqWznIyBxyoTX6IBHQlmQsZx+"
        "Y1mEacpRpDxuf60+8HNl6HHgBwiYutwwOUXjwqQo0PRUl2nRy5V84CQmiI5Vb56E6LKdGdVY"
        "fRSu2+gd304ME8rmPrQavggg/WgQ+pIDvPLP/A+0JOW38hC7uwXIGnjO045vlR1/FCNVkATk"
        "rQ5bo5beA/XjKcgrGPkdKS/eODh/s5avsuHrOpPbs1Niy++EPYbHcsC/WaRYzubo4OfyJG33"
        "R7pTVN6z7Dhd5feNqMkkkaiodTsi9zyswIHu542Odb8mAxjDgwqVgs7LRuf1cP2+cfAXqfG0"
        "lDeHfqyYIxv4BvLiJCq4HWBOkBmTsRojrhZzLD1my4gGarHBMTj0TLD9/MOt4X1RtO2C/n1W"
        "oH9I615qHCxPyILOJM8uwM6O0dqfAPtkje3A+5VrGJUif3xPUE7uCgzzxkGxx6/29vRb7sEv"
        "WF/pxwLG/zDpXIoRytSsM2deIt1u6z/y2cejri6CZpfpj0MKlFFEe3nqqkmG8LClAepKBzec"
        "oOdcPZu6z191Jv5s/cy2nu6TWqZl5bhxtE9xR+tD2OoD1vQWSttnQ29j/zx7vsavx+yJJE/R"
        "4dbIojgcDA6/GSpwx2/aFygDRQPd0PUEdJf/4s2f7RuF1q9sbLX+ReRpAW1y8DHQlrZx7V/+"
        "aO/4j+1ZnBNJKgr8LVTR6KtCJwZBhyFxYvhN5wyzC5Juv+Enel/T8pfPhODqPOHxr/a0fHBg"
        "+JaXrLgNI11StCgW31MUbFEmpU1KxIsxgzgteSVlgELG4DnomR8VM3cB9xjqwL/KGOqTt5we"
        "SEL74JOa8bhv3mOu9ff4Bz8+AtCJAuLIyCQI+FI0/vxswOvuXdlTbYddCNsm2BHFK/cBOh1l"
        "6IGlKsHnxuzNJ1eOjaNlXUGep0ae4QX86V2XgV/yY80ETU7pZ+wOEnkqx5IN2JxaMjGnQ9mN"
        "UYQeLBorNHcrw8SMLS4ZOrgNPccZFwBkdlLrWEh/OH6KVCk0DhketvoAXtDDA2MUXnzrOqVg"
        "j/Z+3lXF3Kk8BL62l/8k295uf7gN18K1VXDwwWen7FruCjFGDPcavtG7hPGWqsVPFNVuT6lt"
        "LfaHUX/7Cf5X03lvaNsdGtrs06TDr5SRicsvuyz45G5fx1HR2mlBDn1jh24dvyyAP4bS5S46"
        "d3wwNZD//fvNL498tfpPPZ6ATRZ5CbL5RiEXqLutCMkE+JVoceacqyI50sllJWKJZipJlVa0"
        "Ys6nQySpCLpDgXtSlJ+H0ZRK99766Yrwq8F4XlCcRlopvgAvHA3TnKJ9O5bxuN7w7HRH+9W7"
        "fBa3oj+Z1bWAPodj0T+yLAmPopdnvPw4WOmHb+Feiw9ScCT9I83DmVcMgMa5jovjcbHlmXcn"
        "6qUv+wZDvP1pfnv5f05misx/Yw3xh/1deYsPzOkpMFOOGx3am4RsXe8yzzH1J9pvre7HFZ+o"
        "gk5k8cI7NKwP6HwOxYiS77u80qfGRokS0qmnRUDxOTfAUNQcvme9LxT1kSz8sRT8Hpp+NXbj"
        "fJ/hjrafubafVp7li57Wn9QGxK41W4KcbBN4TJ0n3oYUsd45LEaYmDY6tPzt+RyMciZEZdIU"
        "8EA97vIJxNUqQkcFEQP8A4F4D7R8IT4QXCQq/YVnfOSB/hi6IcYjIu3GvqLf9uV+q8NXOZTB"
        "OFKnUkKf1cbdoadJS9V40YRTakpRBPVM9AMX7KxCdQE+ZzpMCBJx4MvSQ4s8QIBj9BchsmO2"
        "2IDuKbPK+PcUrot64lLkhReJs4s/cpg2lSlFO0HtQuw7KDFnFInPuckZcvbRMrjX5cCvSsAd"
        "AC4cXOApypABMfdR2HmwgeD90cgKx2ypsJ229pQCzdWjNzYs+lPY61nHKiEeeQ5p1OaPNpDr"
        "N/qN15mRb02jjEmnvwWdv2T46Rv/ZJeWtr9CgT124hT8eXToGS0GYRkOSmtkXyqtJ+A7iCwT"
        "wIByK4ZrYoFv4HmUiMPKGNuRCJBrtj5elS+dvr/jA6cpBiQMuIJh4HuXk7QL9/A9o5QJ8M9f"
        "5Vsv/vDPTXyA/I1IEfLf/sCkAnwz0FehAi3NAjBBaycP+ivOaPv6jbmQqyBfGJm6vQkX7/ak"
        "pq9pf0Je8UfHGQSxgwFNxVHj/VEbQ1JILDKkSBJlWlcUxAe/off3dfKX6+9x6EwjZNq/6f4C"
        "nv+ylxqCFUbat9myG/4ah0BgE29++NLU4/r4Pa4/4gz8fen2UGFrmWksg2UOvKxfsfuv9uLD"
        "Q1f735FsyhTKM14QSTMM+OOSgv9p/Ms4cyC+N+WCS+CPti9INMC+uuC+5JR4Db92aIDmPES7"
        "U9CTnnUHWwM7a2wP8Jz0btwWV4CDRwu5bHKZHNyTUe3nrCjBL/VfWImIuNElCwUpA7sQD6rc"
        "czve4lhLrstfL1wWUNrUH5syVcFQgq/JPB+h+1HsVoY3FA70SYIsh3pT6H4+2ngmQODzMtOo"
        "212335vkyLSPWTqAdnU+5oPgPMM6HT5j4/tWA+7atfKcEZaWT8Ob1B5BROHPe5HNC9uycpSx"
        "EP8wJzfihBriy8Kbe6FqjBq6XLcmnPTleGF8u9aXP5GjB+pgQOB1j2LlIO0zXI/Y5b3eSrXl"
        "X0ltlfEJ2fAtVfg4FeUdYsv9MCIXsOyfN+arOOQAzksvsvLf+edM67eXuSBPnrX+UVXLJpdc"
        "RzuTzkg9EGB/n5ErhYUGE98kgbojp+aFcGU1xyUBPblOIHdyiErIyIQYlideLhzHGDmo0UL3"
        "0fqdbWXc4xh8v39kZkZxuUyepVX/0Afzqv0Yl1N6NP13TF0cORvj+rrqXDJ+KnB/2kM3bF5c"
        "VFAo2yCvBPK3bI6Lz/WSO4h9iziXsVOL3nl/3OhYiubqDnHinBf3iuLizIoId/1Xjp6k6Yft"
        "XuRB/cKdjb/rkQnor85bwKfgHapNFhLuiRDizzwxcaXj1PmvNvTi54S7kB9rf2KVkJtoGUNq"
        "4FpG1VyHzbWxzdZ/BTrf60n9vtSa1/RfN/YWQ5aNmvZMpbR/IvC+AR4Z+ZYPmWiTXzX4qKPt"
        "12rwgTfu63wG8hsqM+khW5dJNobxFNp/m9ofuM34fpdRuIP3i1S+yo19Y/EN9btxQqSv7Zv8"
        "tn8n+4b3mS7fNT5u7L3tr6ln1Rnej27Fn+0Rpct/9x9tmTx1+fbur62Xv96fkr/23/T3B30T"
        "3R82v//SPkUp6DMk8+C/fuPHfAx4oPG31NL6/vf319qf+RV/+zN/DPYBCc9fvidV/vbXIx0v"
        "WjzalBt/2/hDklz/of2Hbg8T+6/j/82PRl4tP5v3W/k0/Tf5wkSPh1Q6XlyUetHjE/IeTxO/"
        "cPgD9Y0+NO1pqATy0vV3Xf9Hf3+M93f8aeSH5BXkmV+Zih+a3S6KsliaJ9tGJ9stTrbTP9nM"
        "OtmUT7kaXSISHBXqK44Wt/40AexpKY75nbPky06jE7PiExsmJ/Zp5S5CqwaeQZvMgtyw5Mue"
        "kVldAv6uKndSsLuXii/41TTLP3g668HvWf9I8jk3PH46FhnB+dH6ACym5zri5yhZkpKNjybE"
        "/eOHVNXmcuVjRPebXnnP0ufNSAf+CnCKm/9w51pwcf9KquoOWNJeMz1P0yf7w+oOuUtlL4yi"
        "mVNwqPa/s4ltzC6PN/3qxAZo0cZQEfUMlbHBWE6175oqAO/guJo6GR2MOGPDGQoqPr/0WBpB"
        "LLk8aGHP23gF+cSijR/pN0SBE6v53DA4oeZuyMfRlf4ADoeY5zvdAoJwngn3ss4gg0tFNSEd"
        "kqzQZX1Aqq68gUXKNMKj2pPrM9x/IzS6WGqdWyT9stDoy5qtM7gHVVofLYh/JkrPinhf8Oy7"
        "j/A5Qetvi+Cbieh40hNKAY/HTqGIcy+QuGd76Gd7RqgOdV/pM0bpqdAYPmjK9xj65jeX8PO5"
        "4E6oKLRR6PmJ07PwnDEijq0jAW3rGWLZZQr5BvRxV46zUhzKFyhPnJlyeyKVUOZNude8K+De"
        "cyL4LfS7M9SUzxLqZqxpcwLyinS8B1kWLG7yvHHGMGv8PXF+npamR6AS63mnVCEmGjkIyEUo"
        "NifSwqTF18vzrIa8qN9HobpPh5zo+YsZ0FEHCuNXHg1h1HE1LjAneNm2h/5sz8UcG89h015v"
        "dsx4sIW8e7BDkTkTdzPWuVfn0NSfWGqW/UM/kwW/oP2+wuH4WcUxBixxvNk8u1kK6qY6J7DM"
        "eh/S0N0Y2U3MwI13n/0GJxxdnnb9fnWzkkoqgT+btpFz9K1TAHwcFSytn/1K49SiBg50Y4qZ"
        "ykBl4JmTRPrZV0zR3GvmMCu0Nox6rMrLeqSVFLAXtIvAmdJiUiH84Q/feFSg3bbTxOyfyU7n"
        "A828qKJO8rSw2fAAZZezq+cRsNl+974626eFNA5c35Jeg++QK4y7tjuTNHgOueOmTM0Z4D1c"
        "td+VV2MoYh1fQc4p+B2KOfCIeqyTH6EdEV3WW6PjHI0MxnDkM0ibjhgcekFN3AG9eDbtUIvf"
        "FZ5IAwk8v+e1+gGd9spaZGM8mFI6mTrI6Tb9Twsyw5DZ1/l+RoaowUP3uJ3/wFwBHhLJfW0D"
        "r9LjYXBKa6z9mUCDCvDDOAnom69lhjYtv/pXynE7h6J5K1Ch6yZNXarEb56D3saX2GzkgDVP"
        "nKShyd7sa8jnauKlM+msm2eE6/u4uWfx3SgqAe1kF3QktW/hL7/VyaE/dDzgPSJrF6lNiObm"
        "TOvk0Wjl017xjubmzNc424SxxnUvmSGzHg+KHbOreH7M4nnguA2NxHELNKIZ6EM8b8YAdtN1"
        "6r6ml7S03TuGbgs5qC176fQ4mQHwuXNkj9ox8XSawfMqtm0Yy1Tan+1Y9HPA0IwazKeV0HVz"
        "wIurVecVS3r2JUIRiRRatTyUGTNDSHIDBu3pdqGNGUu6CrSAep4zOvQTuJ95ZcK1DtLJ2LEO"
        "fcirNM32qekXo86F5NTpDE7bnzvkfvaxeS7KTMz9TohtEhdadkXE2YxyG5t0MnFKIKAP4Pww"
        "4WqYUtX3Q+Ff1jMk0bv9ZdPOr2sx5/STlo9jBwqnFHxaoFjLzwV989Ns5W/PfvEKvotmM1rL"
        "ifAz1Mn75RzeEdZlOzEy4E90aL5FUatz/OqV4LkDFL1kBDzyQe7SeNlpR2HZ+A7qFH6/0U3t"
        "xx/gbydve5/Xf6OHff6SZwjZh5YNYr2Wf2sI1ijliLV2JKDuoGURC70+JIGWoazdu3If4MRM"
        "Y49n3EdPeP/RjjEmeO4WzfO2nWvrH25GX9Roca0tcbfBnzLstb6m7D1NAbpDdY7HWUVNJgN5"
        "lxLiD+at/4CYHGV8LrHbfpOgCvw4i7doDv7iFT9cOnaOzz7IYuW0THzpd7D6+/jnv8b/BWOj"
        "8DvX1ewelfWzq/3ep09QzbQOE9plFN47YD2ntAjqAlMUNfRckOuKAuIbJPOLEMvInSeD0KXG"
        "KqmcFeo1fLG91HfB3pXbMZJWB3zw/bN7CTkO2Pn05mxBbnLTG/kyyjBw3CbYVj10keGEMILZ"
        "nYzVh3Lr5nvyole5ZVsGPiDgd9L4jxuASHXH34vxcaHXurb8tKkse3Jgth7rtoOLYiHtKBAb"
        "dzSX0YN2gT4EOXlD25rgzMRo74/eeE+sb817SLqqeQd84p2Y2DkK3Hv22jnqeRDyeXH2iwvw"
        "Je75WIzoJbYbH6DpfSKzIHsILnETFywb9GAoVoKtUBQfRxz0YXaMIMb0Gj1Gra9l/EoKF4kN"
        "VxBjkiY3nTRXn7dyk2AZjKvFEDDUgxoRvO98Rddp5Ol1q2x9mxS11x/hsOERbvml+VNQjTWe"
        "Ru8dE2fBDTVxDeKJWpz2XCwnozZGoXTrd3e4VmQuk4nQ2FPHmJbfW+NSrIILFLaThmfQhr3I"
        "xzba0qZ8xHqtS44QxDVTxNLINuC/1x3NB+2/rw0P6QipYt6UWx7oecAnRHj14CXk3pCfq5c+"
        "E/ARm7Yv+zrpIJBjs3aMF1N0v/nIAdlqGiAfL5UJvEJqxOgXA/hM8bCYCIyGKTs/wH7xUdMw"
        "IvH8K4znJcSGO84bnmDC4RmHZ3z+WCpFldGnrm8tEERFHTtBb23n82m+/Y3Gf+Bzxs4AbLmN"
        "D47T8ttrfJ4eW+q3/OYdk+iyavUHMIqAvldoQhA+tDKB8hZSMygfGnqAlqjkBzMrD9b5XgKO"
        "AzmYyu63clifG+40tmHOIMa0/FGTThNLpxwnbbt6LlCgVcszQ9bgI3Xbq6J3p6uH9GQ31GVZ"
        "Ur87pYfLF1reRq/5jYWQR7AFU8eUczs2xow55AXLtr+Pp3F+Fk/XtXQbWzSx8ErcEhy341Zm"
        "BvjlCLrY+EV71+r06/qmffFs2gK9z4qFwstm/Kj89ItMz5EyFToAojIz15kFhdypeFAJOYpu"
        "Q2wfGnNMpImjw1uPgL7IaNoshxaupXH2OQM5WXje0oVD488rBfyv41ms5QqAzGzn8ZDdyhNk"
        "OWwwgc1anwH4eXewBGC6Ixd9dtzvMVGZV0Zu499mrqOeXVz6haBgrfB99KePh1j28kHs45d/"
        "JBrDRHja0peWzyJBBavaMSILsgbQL9b6PL6uDInw5DWGSaNTBHCqWV18y9kY3eAGfaPMs5FY"
        "PwDPpMFgnHKIa8EDfnv4gT+Rg0vQrN242c+v+WmZl3qtjBUjC7KIOXQjLhEVgqWZFIX8va76"
        "9/V0PT8Htq/3K/muoRUla+Z3oewRDuVmvmip17PtrF3P3tF1vtNz3qeUbNt5V8AIG1PFRYtZ"
        "h4WYSTlM3YLfUTG803MTg7/GOcDERU6/F2J/M44y+pwwRfj+aPTdvhpnYMMa7y2eer3wgXv7"
        "GoUm5e4BcI26jnm7xp/lwXh93IdW7R6MvrbPYM1XeZDN7e/G9+tcyVFY7M7GHOSP8xyjXbsO"
        "u8c2RwuVZtQGerZuJ3Ol0bkZ0LeHMtc3ajc0qst9A7yvnxbE1su9o+8PowtQdh8jb0q/UBfk"
        "6iBeE5HcjNmx+Ea9OgxU1OKcwJF6XXPiq+kY8bMLvqYyLIHUP82Xtvxu5t9YttH7X4yDVek2"
        "2v0p3yREso/KCbZsdwAqDrFd7zkq2HQYue/1dxgnF6HJ3nJt1jPZOGVrzFj0TTZI6nX97ULl"
        "ZezQfCmDK89BHhXKc50/2FiuRWmjw+pv848tfVowiFdaH+Rv/cj0bjeBT16IHI+wk0dcB/qU"
        "hZ07cbBceOv49J0t5VqvYwj743X/HF3jM7xxcI3NyVvjE2ACqJvJuBwa1mtPjmHMMm+NVLve"
        "QJoJawVh5thM8Mz1/Ga/oafR30DPR/nhGuXUPEmv1Vem56va8sjT85PaXkis569O+v2/1zff"
        "Q0qu16P0esM/1mOmv2/Knm6vLc/0fGXTPu7/tb7tr6GP6v0Vbb1ejpU22b7L+1/0/6/22K/v"
        "/07fH/VNf63+8FOznusUxYmF/ROT6MTAD07COHAHFuCQ2Yrp9ZMZInkaxrbHEtM++N7pArn8"
        "DbkhVfi0lWPnKenHIZyefOk5KdzP5eDkwvOxxCc9JwIIyaEFPs3lxFGSBg+/41wh1zwb+x1S"
        "cQftEsMma8AL8QPtxunqcdt/RG6l1yyHWqrOZocu6xOSVeUNTBJcGE4zgRllqk/6Cm1an8VV"
        "P6G+OAugTxVMKMBAaNPuEQIf+Sq38109OSk4lSelxo4t3cJjzodSnsMKB01KlliAbiDeb9p5"
        "soKKqSnNKeCyvEspHsN7zfzZTNOA1vNf/Y+OnASnAjfrYsqR7ffeTK/X6bWeY7uHRa9TZnMF"
        "6D0dnLiaOF4BcO5oVTSF2HFEIDnHfa0xZTzvo/R2M6x7fyeu5DE7Qu42gpTpisCdA5UV7+XP"
        "JLuMIT4E5nVyvHSgznvVnXMD6gKom0dNHXX13AjgaPCNIxNyzGqy13tQRM678utzK5dzQ54G"
        "Myhb/GrvfcBTlxBdJ8pu9yeQyWxWlHORW3qTYtv3sJ8MqDkdZ328btfznROYImVeswjkS4gn"
        "ys7a7/nMxXXt1YLgI+Q/zZqavW/qpiZ5lZN2DcweGzUaCdrsZ7PR1NtjVVTB/Wlofj8uXFLe"
        "vB+1baNix2I91Xfh8wxPa5AH4OLQZVuI3PksZBW4CP2+eNEC7d0z/tV3tHzCQzv/luRR5qr1"
        "kj+fTlagN/3sF/2onjf0pwhTu+m/nXvzx3ovVGX51KS2X62UXh9k7b5PwO+cUVN+9WmjH/kp"
        "RfNWd8OKZysFGDQY8MthD952s9a43s3hXm1WmufufDITbNzsE9RteQO/B+gevotEpDaxUb30"
        "MTz/VR+fDLXrkuzrRYfRASwB31W0QJ9+5lH3AHwI4UcSowrHJzctTAH6puXp+i1PVGo1fcX3"
        "DYUOgD+8cpX4lvNvwq/xHt4dRNFXOl6Dd1doBDF5hoLW3saeO5FzXaYv+/NOCOyti+iSK+ps"
        "IT5YR1V2K75obFq2Y3Aq3efqc/XwbDeON2APZ+9mevzee1KaiD3B/bwP8qCXszdUBN8jwIqD"
        "wUVCbnpvsE8Kch1hvff23viSEa7vVQ9ZzkKvN2M1FKpw09L0fmruIEk/J2dOXJams6/R6oE+"
        "nDm855gegbFfJ2eIXfJe87Rvr5X/sOAK3gAwMnfMp5X1FITB1FwmqR3WaZfLEPzZ0bQ5+UTR"
        "iY3Rvp3zWI7tZaGsi4zSYHyMtP2AfQFOaefUCFVllebUaPXObefaSIork42gvGnnA02yhlAX"
        "fCfoK+PCq6zjjDbvL9r3NeY0sdnOq+jn4Xs+g5vbH83g9ZPHr29mrzku7atCOp7qfS3O2Nfr"
        "feMfw7hVrpj07uAvXUQ+jiXK6k4oLtn4p1N9T+XUM9MmnyumM2oT8GOfk3Bvovt6oOlA214z"
        "bld45CIB61QJ4JzCXIFfts24yY99uQQfHFXFsyjEWSIGqdj0k31OKUYj0PdRPcl/2c3GaNoL"
        "x+zqEfAJRUVSdTAO/tjZNG21eyGvh9ec0nDY6J+Ww3vus9XBsbMsUGI+ksqcq1L7gEs79xSu"
        "1LGa6/UHYwh6fvyYF/1Wp9ft3BNFMwcXLz1fn5tnJpiWObWxANszCTa9oSBBniOTYhNsVbgL"
        "kxxk18FSY7El5DoLUjwHSK4kZB+ATz7tcS9oxnrWtGTN3BCV2tv3Qo3T9Hr+5WeMJqs72A/o"
        "nKBW7DULylcWQNgPwA4v6AiYDWJYAYBoQNCPAkCUU4BFWharZ0OrY1hgw8nZH+m52QTiEW14"
        "tmvno5byCnYsmyw0o+nEMo9gZ/C90LtRVu18oF6L13/axiCHfLzmf2fuZEO2B/6DIa409rxs"
        "+aN8K+DEUs7I/AabnrEHn7Hbelr/oB/IH9t5Tb8iPBx2BPzasVw6M0iSACsXAOL6K4hbc1VV"
        "Oi5SzJc3HbzSMuZzVMs5tgtUhIB5nxSFDtE66UBqkq/3xr3MNE+jVr7LvsKgd9gyVQ2xr49q"
        "R++XJWJI4rCIVBrKEvwBtvpqOwBbAc768JuEPHAzHtC+FUxw1Kyls2Ow3HtXq/c0HtXnyV1H"
        "IkWl4VsDdHSHRp2Hek/QLORlx7AG4G/oLOKDCDDrTuPTD6bX12OZTvCFfXcBj63ME1sCJltY"
        "JxbtI0/GdrB6FIs4Sh8LwMth8QWQLJg6AeRvxMH9wgVbW5lsc+ECL67zXOXI6S7DEKtt5u4X"
        "lv19Wh6nMhDo1AW8MZM4LNIM8nxuI72flWPoFZ+4C/cK99gS97gD9+ZjoZwYJ06sNjKFcU8n"
        "mb1fdlcqzIgXi4ciCWDHszykH88OiQMb6JqM6Na0b3oRyIwxmpjjmzzt8JkyGcYJq+I739fJ"
        "xb4XuR3Jux0VR7nX+5jRxc4LKMuE79UFnjt9BTZGiuUcF+mA6D3a24zHVMttdMNL4eEFH+OF"
        "cIlrOWoGKbvJeKY2pwU4OUAn3e+TEpVKbBQt72VIEf1cK7SQDj6p4NE7ndaT4dOcrB97kmRM"
        "qowFm68djHP82VvkYfZ9ui4eOTmF3hrk5gBrf4oM5JOBfDKQT8YidrcVPWCl90OsKpBnVf1a"
        "r2/Wy/X5jOlX0JOiL+9fKeTAkpdMtfuD9Z5gpqQfqbEbQVlcVhRg+g7sfA4YlKC+nHsYh6gY"
        "hXCl8MvQZTd3b4bpYUgQMC6KaCLrbym/Sp/38Wcbr5u9L2K/MiiWeg3rtUcpFZzgaDCYXCmX"
        "2ncJtHdfe7m6pA7QhbKn4LbeEydQlAvM7XZPHNwTeEbDeurmHfZ7/8rrLIr2Azviwvj1/gx8"
        "OTb7AfR+gYxAGcJ7u38U8gz63r/yvnLIJykT7/1s7zMwy1zBfYvJHLCdP/JNlOjlTsbZ63xN"
        "XpZKO6tCr8tgfU5A7+kHnP3et1bqtiERhPwcqS97mxny115AzZj4+y/09d75rUDp7/1sLsLI"
        "H2SnX/Mpuzz4lMwTO5PU0s8ubk/7nFLvff/VV5h09C6FP2mbST6p8XMX6HMMyC3bddutaXRj"
        "Ych/3H/bjPf06zxRXgb67NCLTqH3tTdjFop7i+X92f+9L9d709vu1f8IXPmpfCRSpoRFUVHa"
        "+rzPm08K6iS/U1c80V/3tWrooMdvUEPvr9bnAWSTP5M/zi/o/Y9nozN3R+gOSJsoKB+MgvFA"
        "MCk5kd2PBVNdgkZ0hB4ceSm24KdePJihTDV7sNr9GbXkI1rpfc/tOPtkTAA8XycCOJvA8CJU"
        "Q/e5DNGRo7QU+4nx+xyDq2XwredE3vrpjYs/z2ON/rYnFGX/oR6/zlv9u3r+H+rlf6jf/Yd6"
        "SJaw9Ct9/kLguUn4az/sXEaekBBrXu8D1vi9vxSSIklH2DBGlmU1MmGMCggcXDU6IyU4SsN8"
        "7U/+i/5TLe8S6KaGfNeLZh812EUj35xq3Tv4c+A11uuQ73Mfv/WPQAaVA1X6IBoD/1ggHe8s"
        "vf+sOQ9jmmR25ALlST3+cntGd2/iBVzrpOtm7odR7U1i6ytkFTTp0q7ec1+Ei6F05WFuTIcS"
        "w3jbsZK3fbb7vdq9wo7Wb/Q+M8FBP9/nQDxj8vjz/JOrvy+kktTKOdjbUpcrpcuxLvOmHkG5"
        "c9f7k656/mWc/do/9p/Kt3H+2m/WzI96l90paPbIz3M9RzrCU9Ou5XrAQpD/e98iVenB78uh"
        "chKzclOjnlDjA9VIupfXecKDUZs+vIMHr/mFoWJLF0WCfaEM6XMYU2Sx0I2bb4vX3CcqfIom"
        "m9UIW4APK87HytExH2A1uIPTZYlqzpMQl48Fv3O+G6wuPOkZ42wESZ3b5tsC8sVCx2O9ofFg"
        "6HVcs5X/pVjr9UAPvDBTQ4hZxQ5VQAN+0TBuaQfVqwGTJm0ePEZMJCaMba7XcJ0hyFmg5DW/"
        "sj0b4opwH3QXJW3MOog+Lpr+aHD3DY3HG4ZNMN1w5VjvfbhVDv4OQDc3EfhHlgX63BM5Ym9Q"
        "7/75PAhSV4gHFAm973oA2Ipu5XSHTJNSh+uzWJ9/OzPUvK/391MUC1bnOAGbXcn1FB9Nh2zZ"
        "+/wSv4ccM9z2056/Ibdf/jkCvIRe50RRGb51FncmP7/0dFzB+zi5gj7x8UXvt7y99jt79+SU"
        "jiNAWHLhxf/rfFMhxszm8TwNKmmPqGOKFcjLesXc11WfpxDV+D3vrGVErk37CfX6+zPubJln"
        "7c7BUE5GyNKnjTKHSLqjYt8H9BBzVDgHOZrSR45XMk5UUVRZxF7tEy53t5+PpyFrgZcr3+QW"
        "9PcxdXl/f4RhQr9RM5981+Nbje+AH3T/bRn4iz527ndxOJXk4Hr9g0l60n9gb5wiSA8CfVTU"
        "b844eAXkKoOh3ltz1Gv7U3T5Ck5Ax+vc1fsqcNeczuVogJamcLkQXAG20gOHsJTZWk9vu2I2"
        "RIvbcPg+f0N8yJnvxxTovhSHDHTARto/9zS92n8zk0Bb4CH/Yb/79CWvA56itKL8SuPmPI3/"
        "v8/TNO2hgmk/5kuZXUSi/bz197iAXvxS+v1Gn/6dfngpUW990Pp1eMdZK1Kv84UcsGcC2JOO"
        "H+CDiZDFHfAf+FgfcjBUyQBlMgA+vs/jga4f5PRBbaCbYgryD9H+he9e18bGZEGA3tc5SuB7"
        "bJL4ig4TuQwvAG5wTlDi2ZvFChfYxisOvh5ygiX4osFljheFq+dkH6e12u6WUja6qc/VNnTp"
        "/Ut53uorA9Q8hx+YGZtjxnXeq5F0AVgh0j4NfKLG1sBjl+8an7EB8JXG+XH5tc6wxDGAm6j1"
        "gZBf8AdbLj0i05KAubvTYh3zDzVf16tFMxZcdymSvalMIaLGCJkYSc/24pwTl2JWMI+4L3nq"
        "/e3qDrjUhjevCMVfERp3l+7XIRE4ihmyv48xtOF0I7X+xpWt0HbX85aI7RefJx4iWXzF9god"
        "/M2ylItJfIkJcvkSkccpsVfy6xqxdLCF+L8II8lkHEKep8YEkidoywltiW6L9Xcv+YrJ+GPj"
        "fu1NkIOef8Gb+IPrtaoP5mxkkgIN/UTtBoQsFA4XJdouov2iDzlQoPSxkviB0zeuKryLEgnF"
        "yxFZ429uJ5+zc3ok/QgRhguQaZGgQO0AC6/XhNiKFGuLuA9VbYDbp5zwJbNzpvF79p1vF9sr"
        "z27p5/pj0y3Pddb218b3dj2zruAq9JrP6zyyBhfNefkX7tf74bVODNp1ocJJIR+OIB1NlCDK"
        "jgLkJkFiRwrKKPxYF4sQV6iYTiCc9NAKZK7PY9s5mM/anT6EeK8vcXD1FDw3AzwjPlkRBkL/"
        "KwdNm44THkry4CN0v8XhC5/1WeieyY4QBcCIH1gpXGE3htS27LA/zt+g5p8N6P8g8Oc/G9D/"
        "WeCz///+P1AM27U="
    ),
    "esp32s3": (
        "eNqFfFuTsry27n/5bl1V0K22uKrWRU5AkCgBUfFmV0trQDy0h5bDrv3f9wjY/b7vN785V1dZ"
        "GgLJyDg+Ixn0//1rc7v9n1vebP/679Fr/+Xtv7oL9/fr/a//fjFH5qv5alnmf/318X5//+u/"
        "/0L6z5HyXvU5dwajK6Vr7xPjvrsx4+X9unScej6vKrxASo3299ATgTXL9y/3d3F7df2b8Irj"
        "eB6Zg/VgoC7KDSbjh+R6VBdXXLXjhyhkCnFcFg5RsY9RSankMyQtpFAqWJjYRA5ijG7SLpMJ"
        "rWJ4CA8+netqcd25b9N7ycn8q7n28bUcW+Po6mRmOg/35IzWC8f4yBPlHB9jM/Jvi4dhjEar"
        "FS9ytsbXou8kRjKk2/ckI37oJXm8HRekkQKHy8PgeLltX98WpvTH67nNJFHb9+xV7Edmb3ds"
        "tix7UWm/HKTTl938btufNt6e9pddvh8ZzRodx6e8KC/7mA97jx4enxyXH52PjSwHw90Le7u+"
        "FZfU2Eav2P8y1uXD7/Wq09tmEpxP5+3FFjMjxuErx/QkX6anw/Hjcey5de6+LpZXETKen8yD"
        "YV3kW7o/TG7DsxdY5cths177gvLxeDwzDHPxyrJ43Ls4hhrmTc9mAp/fWEjYG9kdgv50x98e"
        "m0f0Ul9Cc7C5zs0MR/J//uevTgP+0IzR25tp/ddf29P9WreXRv3R2LTg0n1b3VtloZOgX77X"
        "jXW70Q+0nCR9iX1sIS9DpWsZFsiNuEOjgU9ZskoxhATImBUkqnlfPGI8fhityhlwszcZtM8P"
        "mInJimFj1/bxNPQxR/3y3/ZHCrMbU3QHLQ+hem8ZEn6K3ciYoVlamv5c2rxgjjsyXtJXiu+H"
        "5Cjlci9yWSIHSSRY7rEI5kDQgOc5EmfD+l7PtAjN3cOoIzag2wKTuYt7D+OOjps9qU2BdnsD"
        "HkQU8U8aqenk1uRzoEuEt7om7hnNi+krZlEZoqnFTRi/J/T4klA/GOr5xkLTG2k9Z5lmmtT9"
        "ecvfHE1NDHyyonKHSCJFjRFS3A2js8BLXq5XTEmBiuQVoTLihUR8OzLSrWGIgsPvvqGg/Y4m"
        "4ehhORQRxAf84g0/o5LAalWMJMNm35f1WTpKVOxNFAUV240x23sE+COYtkvq2YgnGOFbsx4G"
        "Pqy1GuysT1RuzkaJV0WBqv7DOqMR0HD3UJxzeUWxwAuPIdt9N0xlO68hSTImvFYHPBLJkkzk"
        "9BPLMsoyjmLlcfuwesWPlaHXge8gYOpyw+QUTUqTolDTU5+nZb9Q8o7ThACLVH+eRui8mRn1"
        "RL2WrtvqHd/4hgltcxtZLV8EkL43CH3KAW75Z/6HWpLyc/+B2M0tQdbAc571AqvqBeMEqZKk"
        "IG+12xiN9O5okExBXuE46El59ibh6ZN1fJUtX9e53JycCltBL+ozPJFD/slixQo2R7ugkEdp"
        "u1/SnaLqluf76aq4vYuG+KlEZaPHEYXnYQUOdDtvdezl4A9hDXcqVAY6L1ud18sVN2MXLDLj"
        "YSlvDvNYCUc28A3kxUlccjvEnCAzIRM1QVwt5lh6zJYxDdXiHSfg0HPBtvNXt4H7RdmNC/r3"
        "VoP+Ia17mbGzPCFLOpM8PwM7e0ZnfwLsk7W2A/fXrmHUivz2PJma5KbAP1zBiOXkOd6Wfsot"
        "+AXrkL0uYP13k86lGKNczXpz5qXSfen8RzF7vTf1WdD8PP1ySIlyimi/yFzl5wiPOhqgr3Jw"
        "ywl6KtSj7Xv76TPxW+dnNs10mzYyq2rHTeJthntaH6JOH7Cmt1TaPlt6W/sX9eO5fr1mT6RF"
        "hnbXVhblbmdw+MxQiXtBO75AOSga6IbuJ6C7/Ic3v49vlFq/monV+RdRZCWMycHHwFjaxrV/"
        "+W28/T+OZ3Hel6SmwN9SNa2+KnRkEHQYEkeGv+mcYXZG0h20/ETf31n14zMhuDq3m/FrPC0f"
        "HBqB5aUrbsNKlxQtysXnFIUblEtpkwrxcsIgTkteSxmiiDG4DnoWxOXMXcBvDH3gX2UC/em3"
        "nO5I1hSBT2rX437zHnOtv+Zv/HgNQSdKiCNjkyDgS9n685MBt7s3ZU+1Hb5A2DbBjiheuXfQ"
        "6ThHdyxVBT43Yd98ckHjGsu8gDyPWp5urdWh0G3gl3xdM0HTY/aWuMNUHquJZEM2p5ZMzelI"
        "viQoRncWTxSau7VhYsYW5xzt3Jae/YwLADIfUutYRL84fohMKTSJGB51+gBe0MNDYxydA+sy"
        "pWCP9nb+osq5U3sIfG2/+Eo3/Y/t7jpaC9dW4S4An52xS/VRigliuN/yjd4krLdSHX6iqHH7"
        "Sm0asd2NB5s38L+azltL28eupc0++j1+oYz4Lj9/5OEbdwc6jorOTsGJ3QywSD+oSuCPoXT7"
        "BZ38oImAP+j2+c0vjxw6/aceT8Emy6IC2XyiiAv0sqkJyQX4lXhx4pyrMt1T/7wSiUQzlWZK"
        "K1o559MRklSELyOBwaCqt914SqV76/x0TfjFYLwoKc5irRQHwAt7wzSnaNutZTJp3nl+vKHt"
        "6rt9Etdy4M+aRsCco4kY7FmeRnvRL3Jeve6s7DWwcL/DBxk4ksGeFtHMK4dA41zHxcmk3PDc"
        "uxH11JdtiyGe/hSfr0//z8lMkfkvrCF+s78L7/CBOT2GZsZxq0Nbk5CN653nBaaBr/3W6rZf"
        "cV+V1JflE+/QqNmh0ykSY0o+b/JCHxobpUpIp5mWIcWnwgBDUXN4nvUPKB4gWQYTKfgtMoN6"
        "4ibFNsc9bT9zbT+dPKsnPZ0/aQyIXWu2BDnZJvCYOg+8iShi/VNUjjExbbTr+NsPOBjlTIja"
        "pBnggWbywn2Iq3WM9goiBvCDQLwHWg6IDwUXqcp+8EyAPNAfQw/EeNyXrLUv8cu+3E+1O1Qj"
        "GU5idawkzFm/ux/oYdJKtV405ZSaUpRhMxOD0AU7q1FTgs+ZjlKCRBIGsvLQoggR4Bj9RITs"
        "hC3eQfeUWef8cwrfi8Z3KfKis8T5ORg7TJvKlKIPQe1SbHsoNWcUibe5yRlytvEyvDXVMKgr"
        "wB0ALhxc4inKkQEx917aRfgOwfu1lRVO2FJhO+vsKQOa63t/Ylj0q7TXs55VQTzyHNJa5m9j"
        "IDdo9Ruvc6PYmEaVkN5gAzp/zvEjMP7JLi1tf6UCe+wlGfjzeNc3OgzCchxW1tg+11pPwHcQ"
        "WaWAAeVGjNbEAt/AizgVu5UxsWMRItfsfLyqnjp9+44PnGYYkDDgCoaB7y+cZC/wG55nlDIB"
        "/vlQfevFb/65jQ+Qv4H5RvyXPzCpAN8M9NWoREuzBEzQ2cmd/sQZbV+/MBdyFeQLY1OP53Px"
        "PZ7U9LXj++QZf3ScQRA7GNBU7jXeH3cxJIPEIkfgseJc64qC+BC09P769v/4/rUOnWlETPs3"
        "PV/Iix97aSBYYaR9my1fop91CAQ28c2PQJp6Xa+/1vVbnIG/gx4PlbaWmcYyWBbAy+YZu/+0"
        "lwAuutr/jmXbptCe8bIvaY4Bf5wz8D+tf5nkDsT3tl1yqfGT9s9c++cX79aXU+K1/PpAQzTn"
        "Efo4huC0rRvYGthZa3uA56R35TYYJcJ7C7nMP/s792jU2zkrK/BLgydWIiJpdclCYcbALsSd"
        "KvfUrbfcN5Lr9uGJy0JK2/5926YqHEnwNbkXIHTbi4+V4Y2EA3OSMC+g3xR6ntcungmIZ/Mq"
        "16jbXXfPm2TPtI9ZOoB2dT4WgOA8wzru3hLj89oA7vro5DkjLKsehuc3HkFE4bdbmc9L27IK"
        "lLMIfzGnMJKUGuJg4fcbQCOMWrpctyGcDORkYXy61iHw5fiOehgQeNOnWDlI+wzXI3Z1azZS"
        "bfghbawqOSIbnqUK76eiukFsue3G5AyW/fWN+WoOOYDz1Iu8+nf+Odf67eUuyJPnnX9U9bLN"
        "Jdfxh0lnpBkKsL+32JXCQkM/MEmobshpeClcWc9xRUBPLj7kTg5RKRmbEMOK1CuE4xhjB7Va"
        "6N47v7OpjVuSgO8P9szMKa6W6aOymi96Z169neBqSvdm8B1TF3vOJri5rHrnnB9LPJj20RWb"
        "ZxeVFNo2yCuF/C2f4/JtveQOYp8iKWTiNKJ/2u7fdSxFc3WDOHEqyltNcXliZYxfgmeOnmbZ"
        "q+2e5U794M7W3/WJD/qr8xbwKRhAsckiwj0RQfyZpyaudZw6/WlDT3763IX8WPsTq4LcRMsY"
        "UgPXMur2e9R+t7bZ+a9Q53t9qe+XWvPa+ZvW3pIc2u14plLaPxG43wCPjAIrgEy0za9afNTT"
        "9jtu8cG73o+Y6PyGynyu9z+gTfIJrKfU/tvU/sBt1/erjaIPuL/M5s92a99YfEL/xyTty5m2"
        "b/LL/h3yCfcz3R5rfNzaezdf28/qE7STa/P7eLTQ7b/7j7Y9iyCfobfr93zd/fHP/SL/c/52"
        "vt/o83OYD5uff4xPUQb6DMk8+K9f+LGYAB5o/S21tL7//f619mdBzb/92RRSeQkJzx/Pk7r4"
        "9tdjHS86PNq2W3/b+kMSX/5h/KseDxP7j/X8xo9WXh0/2/s7+bTzt/mCr9dDah0vzmr/pCcg"
        "5Hs9bfyy8y/gR6sP7XhYxy/KdP9N9/8232/r/RV/WvkhfgF5FhemkruHCuyiOE+kebRtdLTd"
        "8mg7g6PNrKNN+ZSr8Tkm4V6hgeJocR1MU8CeluKY3zhLD3YWH5mVHNkoPbI3q3ARWrXwDMZk"
        "FuSGFV/2jdx6IeDv6upDCnbzMnGAT0Pz4pVnsz58Hs2XJG9zw+PHfZkTXOytV8Bieq8jeYzT"
        "JanYZG9C3N+/SlW/ny98guj2vV/d8uxxNbJhsAKc4hZf3LmUYD2HtK5vgCXtNdP7NAOy3a1u"
        "kLvU9sIo2z0Fh2r/O/NtY3a+f9OvjmyIFl0MFXHfUDkbTuRU+66pAvAOjqvtk/HOSHI2mqGw"
        "5vNzn2UxxJLznZb2vItXkE8suviRfUIUOLKGzw2DE2p+jPgEFOgLcDjEvMB5KSEIF7lwz+sc"
        "MrhM1D7pkXSFzusdUk3tDS1SZTEeN55cn+D3J0Ljs6XWhUWyg4XGB2u2zuE3xL313oL4Bw7u"
        "pIh3gGufA4RPKVp/WgRfTUQnfl8oBTyeOKUizq1E4pZvYZ7NCaEm0nNljwRlx1Jj+LBt3xKY"
        "m19dwk+nkjuRojBGqfcnjo/ScyaIOLaOBLTrZ4iBUUO+AXPclOOsFIf2Gdq+M1NuX2QS2rxt"
        "99t7Bfz2nBg+C33vDLXtk4S+GWvH9EFesY73IMuSJW2eN8kZZq2/J87Xw9L0CFRhve+UKcRE"
        "KwcBwY9i05cWJh2+Xp5mDeRFgwGK1G064kTvX8yAjiZUGD/zaAijjqtxgenjZTce+n08F3Ns"
        "PEbteP3ZPufhBvLuIYBocyZuZqJzr96u7T+yzKwGu0EuS35G222No8mjThIMWGJ/tXl+tRT0"
        "TXVOYJnNNqKR+27kVzEDN/7yGLQ4Ye/y7CUY1FcrraUS+K0dGzn7wDqGwMdxybLmMag1Ti0b"
        "4MBLQjFTOagMXHPSWF87JBTNvXYPs0Zrw2gmqjqvx1pJAXvBuKg+Q6zza4Rfg9E3HhXoY9Nr"
        "Y/aX/6HzgXZfVFEnfVjYbHmA8vPJ1fsI2Oye+/52Ng8LaRy4vqb9Ft8hVxg3bXcmafEccidt"
        "m5ozwHu47p6rLsZIJDq+gpwz8DsUc+AR9Viv2MM4Ij6vN0bP2Rs5rGHPZ5A27XEAukFN3AO9"
        "eLTjUIvfFPalgQSe34pGfYFOe1Uj8gkeTin1pw5yXtr5pyWZYcjsm2I7IyPU4qFb0u1/YK4A"
        "D4n0traBV9l+NzxmDdb+TKBhDfhhkob0m69Vjt47fg0ulONuD0XzVqBS9/ltX6bEL56D3ibn"
        "xGzlgDVPnLSlyX7fNpDPNcTLZtJZt9cI17+T9jdLbkZZCxgnP6M9aQILH4JOJ0fByPGA94is"
        "XaTeIzQ3Z1on90Ynn+4bf9DCnAUaZ5uw1qTppzNkNpNh+cHsOpnv82QeOm5LI3HcEo1pDvqQ"
        "zNs1gN28OM1A00s62m49Q4+FHNS1vWy692cAfG4c2eNuTTyb5nC9Tmwb1jKV9lu3Fn0dMDSj"
        "BgtoLXTfHPDiatV7xpK+fY5RTGKFVh0PZc7MCJLckMF4elwYY8bSFwVaQD3PGe8GKfyeeVXK"
        "tQ5Sf+JYuwHkVZpm+9jOi1HvTArq9IbHzdcNcj97314XVS7mQS/CNklKLbsy5mxGuY1N6vtO"
        "BQQMAJzvfK5GGVWDIBLBeT1DEn2Pv2zH+fku55y+0eq+70HjmIFPCxXr+Lmg3/w0O/nbsx9e"
        "wXPxbEYb6YsgR71iUM3hHmGdN76RA3/iXfssijud4xevAs8dovgpI+BRAHKXxtNOewrL1ndQ"
        "pwwGrW5qP34Hf+t/2/u8+Rs97O1HnhFkH1o2iPU7/q0hWKOMI9bZkYC+nZZFIvT5kARaRrJx"
        "b8q9gxMzjS2e8QA94P57t8aE4Llbtte7cS6df7gaA9GgxaWxxM0Gf8qw1/maqv8wBegO1Tke"
        "ZzU1mQzlTUqIP5h3/gNicpzzucRu90yKavDjLNmgOfiLZ/xw6cTZPwYgi5XTMfGp3+Hq7+uf"
        "/6z/AGuj8Dk19ewWV83jRfu9t4CghmkdJvSFUbhvh/We0iJsSkxR3NJzRq4rSohvkMwvIixj"
        "d54OI5caq7R2Vqjf8sX2ssAFe1duz0g7HQjA989uFeQ4GixfnQ3ITb73x4GMcwwctwm2VR+d"
        "ZeQTRjC7kYl6VW7TPk+e9Cq36trABwT8Tlv/cUX2RN3w52KyX+izrg0/vteW7e+Yrde66eGy"
        "XEg7DsW7O57L+E5fgD4EOXlL25rg3MRoG4y/8Z5YX9v7kHRVew/4xBsxsbMXuP/od3vU8zDi"
        "8/IUlGfgS9IPsBjTc2K3PkDT+0BmSbYQXJI2Llg26MFIrARboTjZjznow2wfQ4zpt3qMOl/L"
        "+IWULhLvXEGMSdvc1G+/A97JTYJlMK4WI8BQd2rEcL9ziC/T2NPnVvn66peNNxjjqOUR7vil"
        "+VNSjTUeRv87Js7CK2rjGsQTtThuuVj64y5GoWwTvHzgRpG5TH2hsaeOMR2/N8a5XIVnaGz8"
        "lmcwhr0oJjba0La9x/qsS44RxDVTJNLI38F/r3uaD9p/X1oe0jFS5bxtdzzQ+4APiPDqzivI"
        "vSE/V099JuAj3ru57IvfQyDH9uwYL6bodg2QA7LVNEA+XikTeIXUmNEDA/hM8aj0BUajjJ3u"
        "YL94r2kYk2R+iJJ5BbHhhouWJ5hwuMbhGp/fl0pRZQyoG1gLBFFRx07QW9t5e5jf/kbjP/A5"
        "E2cIttzFB8fp+O21Pk+vLQs6fvOeSXRbdfoDGEXA3CvkE4R3nUygvZF+BO1dSw/QEld8Z+bV"
        "zjrdKsBxIAdT2YNODutTy53WNswZxJiOP8rvtbF0ynHajav3AgVadTwzZAM+Uo+9Kvs3urpL"
        "T75Eui0rGrxM6e58QMvr+Lm/sRByD7Zg6phy6tbGmDGHvGDZzff6ME6P8uG6lh5jg3wLr8Q1"
        "xUm3bmXmgF/2oIutX7Q/Op1+fn/Tvni0Y4He5+VC4WW7flS9BWWu90iZihwAUblZ6MyCQu5U"
        "3qmEHEWPITZ3jTl8aeJ4961HQF9stGNWIws30jgFnIGcLDzv6MKR8fs3Bfyv41mi5QqAzOz2"
        "8ZDdyRNkOWoxgc06nwH4+WNnCcB0ey4GbL/dYqJyr4rd1r/NXEc9XnAVlIKCtcLz8e8+HmLZ"
        "0wex1x//SDSGifG0oy+rHmWKSlZ3a0QWZA2gX6zzeXxdGxJh/7kGv9UpAjjVrM+B5bwbL+EV"
        "5ka5ZyOxvgOeycLhJOMQ18I7fLbwAX8ih+ewPbvx66+f/WlZVPqsjJVjC7KIOUwjzjEVgmW5"
        "FKX8da769/N0wvV+0F7XKwWuoRUlb/d3oe0RDu12v2ipz7PtvDvP/qDr4kPveR8zsun2XQEj"
        "vJsqKTvMOirFTMpR5pb8hsrRjZ7aGHyYFAATFwX9XIjt1djL+M1nivDt3hi4AzXJwYY13ls8"
        "9HnhHfe3DYpMyt0d4Bp1mfDujD8vwsl6v42sxt0ZA22f4ZqvijCf25+t79e5kqOw+DgZc5A/"
        "LgqMPrpz2C22OVqoLKc20LNxe7krjd7VgLk9lLuB0biRUZ9v78D75mFBbD3fevr3bnwGym4T"
        "5E3pAb2AXB3EGyLSqzHbl5+o30ShijucEzpSn2v6gZpOED+54GtqwxJI/dN+acfvdv+N5e+6"
        "/sXYWbUeo6tP+SQRkgNU+diy3SGoOMR2XXNUsukodr/P32GdXEQm+5Zre57JJhlbY8biT/KO"
        "pD7X3yxUUSUOLZYyvPAC5FGjotD5g43lWlQ22q3+tv/Y0acFg3it9UH+0o9cV7sJfPQi5HiE"
        "HT3iOjCnLO3CScLlwlsnx898Kdf6HEPYr8/fj/ElOcEdO9d4P3prfARMAH0zmVQjw3rW5BjG"
        "LPfWSHXnDaTdsFYQZvbtBs9c728OWnpa/c31flQQracmNY96f1LrK9f7VV177BV92doLTfX+"
        "VV/f//f+9nlIyfV5lD5v+Df9+vm2PdXjde2d3q9sxyfWn/3dfC19rq6v6PpzPb5NNt/txw/9"
        "/zIe/3n+7/T91t/O1+kPP7bnuU5ZHlk0ODKJjgz8oB8loTu0AIfMVkyfn8wQKbIosT2WmvYu"
        "8I5nyOWvyI2owseNnDgPSV930fQYSM/J4PdcDo8uXJ9IfNR7IoCQHFri41z6jpI0vAc95wK5"
        "5snYfiCV9NBHathkDXghuaOPSba6X7evsVvrM8uRlqrz/oHO6yOSde0NTRKeGc5ygRllakAG"
        "Cr13PourQUoDcRJAnyqZUICB0HtXIwQ+8tnu9ruAKSWn8qjUxLGlW3rMeVXKc1jpIL9iqQXo"
        "BuL9e7dPVlIxNaU5BVxWvFCKJ3Bfu3820zSg9fxn/vGek/BY4vZcTDmye96b6fM6fdaz72pY"
        "9DllPleA3rPhkSvf8UqAc3urphnEjj0qPeS4zzOmnBcDlF2vhnUbfIgLuc/2kLuNIWW6IHDn"
        "QGXN+8Ujzc8TiA+hefH35x70ec++U2FAXwh987jto67eGwEcDb5xbEKOWftbXYMiCv4iD28b"
        "uZwb8jicQdviF3sbAJ46R+jiK7urTyD+bFZWc1FYukixm3s0SIfUnE7yAV535/nOEUyRMq89"
        "BAokxBNl593zfObipvEaQfAe8p/2TM3etn2gqM922p2B2ROjQWNB23o2G029LVZlHd4ehub3"
        "/cwl5e39cTc2Kj9Yorf6znye42kD8gBcHLlsA5G7mEWsBheh7xdPWmC8W84PA0fLJ9p1+29p"
        "EeeuWi/54+HkJfqmn/3Qj5p5S3+GMLXb+bu9t2Cia6FqK6AmtYN6pfT5IOvqPgG/c0ZNeRjQ"
        "Vj+KY4bmne5GNc9XCjBoOOTn3Ra87fta43q3gN/qfaV57s79mWCTtk5Qj+UNgz6ge3guFrF6"
        "T4z6qY/R6U99fDDUnUuyw5MOowdYAp6raYnegtyj7g74EMGHpEYdTY5uVpoC9E3L0w06nqjM"
        "audKbu8UJgD+8NpV4lPOPwm/JFu4dxjHh2yyBu+u0Bhi8gyFnb1NPNeXc92mT/vzjgjs7QXR"
        "JVfU2UB8sPaqeqn5orVp2a3BqfWcq7fV3bPdJHkHezh5V9Pjt/6D0lRsCR4UA5AHPZ+8kSL4"
        "FgNWHA7PEnJTnQ+7eQZyHWNde3trfckYN7e6jyxnoc+bsRoJVbpZZXpfDXeQpG/+iROXZdns"
        "MF7d0aszh/sc0yOw9ot/gtglbw3PBvZaBXcLvsEbAEbmjvmw8r6CMJiZyzSzoyZ74TICf7Y3"
        "bU7eUHxkE7Tt9jyWE3tZKuss4yyc7GNtP2BfgFO6PTVCVVVnBTU6vXO7vTaS4dpkY2i/d/uB"
        "JllDqAs/U3TIufBqaz+j7f2L7n6NOU1sdvsq+nr0vZ/Bzc2XZvD6wZPnM7PnHpf2VRGdTHVd"
        "izMJ9Hnf5MswrrUr/P4N/KWLyOu+QnnTi8Q5n3z16s+pnHpm1uZz5XRGbQJ+7M2Ptia6rYea"
        "DrTpt+t2hUfOErBOnQLOKc0V+GXbTNr8OJBL8MFxXT7KUpwkYpCKTd/Y25RiNAZ9Hzd+8WM3"
        "70Y7XjRhF4+ATyhrkqmdsQsmzns7VlcLedk995RGo1b/tBy+9z47HZw4yxKl5j2tzbmqtA84"
        "d3tP0Urt67k+fzBGoOf713k56HR63e09UTRzcPnU8/WpvWaCaZlTGwuwPZNg0xsJEhYFMik2"
        "wVaFuzDJTr44WGostoRcZ0HKxxDJlYTsA6HwzZ70w3atJ01L3u4NUam9fT/SOE2f55+/Jshf"
        "3cB+QOcEtRKvPVC+sLAgPAQ7PKM9YDaIYSUAoiFBXwoAUUEBFmlZrB4trY5hgQ2np2Cs92ZT"
        "iEe05dlHtx+1lBewY9lmoTnNfMvcg53B84KiAq26/UB9Fq//tI1BDnl/7v/OXP+dbHb8C0Nc"
        "ae152fFHBVbIiaWcsfkJNj1jdz5j1/W0+UJfkD92+5pBTXg06gn4dGs592aQJAFWLgHEDVYQ"
        "t+aqrnVcpJgvrzp4ZVXC56iRc2yXqIwA8z4oihyiddKB1KRYb41blWuexp18lwOFQe+wZaoG"
        "Yt8ANY6ulyViRJKojFUWyQr8AbYGajMEWwHOBvDxIx66OQ/pwAp9HLdn6WwfLrfexeo/jHv9"
        "dnTXschQZQTWEO3dkdEUka4JmkW86hnWEPwNncV8GANm/dD49JXp8/VEZj4+s88XwGMr88iW"
        "gMkW1pHF29iTiR2u7uUiibP7AvByVB4AkoVTJ4T8jTh4ULpgayuTvZ+5wIvLvFAFcl6WUYTV"
        "Jne3C8v+PC73UxkKdHwBvDGTOCqzHPJ8biNdz8oxzIqP3IXfCvfZEve5A7/N+0I5CU6dRL3L"
        "DNY99XN7u3xZqSgnXiLuiqSAHU9yl70+eiQJbaDLH9ONaV/1IZCZYOSbk6s8fuATZTJKUlYn"
        "N75t0rN9Kws7ljc7Lvdyq+uY0dkuSmjLlG/VGa47AwU2RsrlHJfZkOga7U3OE6rlNr7ipfDw"
        "gk/wQrjEtRw1g5TdZDxX78cFODlAJy+fRyVqldooXt6qiCL6tlZoIR18VOG9fzyu/dHD9Nf3"
        "LUlzJlXOwvfDB6xz8tZfFFH+ebws7gU5Rt4a5OYAa7/KHOSTg3xykE/OYnazFd1hpeshVjXI"
        "s65/zuvb83L9fsb0EPalGMjbIYMcWPKKqa4+WNcEMyWDWE3cGNrivKIA0wHKszlgUIIGcu5h"
        "HKFyHME3hU+Ozh9z92qYHoYEAeOyjH3ZfEp5qAI+wG9dvG5rX8R2ZVAs9RnWs0YpE5zgeDj0"
        "L5RL7bsE2rrPWq4X0oToTNlDcFvXxAkUFwJzu6uJg98ErtGombpFj/2qX3m+i6L9wAdxYf26"
        "PgOf9209gK4XyAm0rf2zfhTyDPpdv/L9zSGfpEx817N9vwOzLBT87jCZA7bzW76JUrimGGfP"
        "92uKqlLaWZX6XAbr9wR0TT/g7O+6tUqPDYkg5OdIHexNbsifWkDNmOTzD/r63/mtQNmvejYX"
        "PomXH3/2Uz6K8E0yT3yYpJFBfnb72udUuvb9Z64o7ekqhd9pm0nuN/jxEer3GJBbdee2G9N4"
        "SYQh/6n+tlvv8ed9oqIK9btDTzqFrmtv1ywU9xbL22Pwqy73h96uVv81dOWbCpDImBIWRWVl"
        "6/d9vvmkoE/yG3XFA/1Z16qhg15/u7+DkX4fQOr8Wev37IBHUlS9hzEUO5N0tATrOMWExRC/"
        "CSqmEY05NQNfmiSRO/gk2OpyBcXPfExLyO+f59eBtO5Uul9te4ZypRpzkjewOheFQIWoAD0y"
        "BggU8XTuFob1q5aqnVuKX/WNuL4919++R/Avdcte9J/7Cbn/x377f+nn0X/u9/P/3D8rddk7"
        "0u+TURRDVHfHht7nYaat67B/3jmBnP3391/AdJTcGYCJglYXMUYN0j5Fv2tECn1YYIzaeqCf"
        "99PGz5wTtW+AwfP1d7+uISv13qGvx/pEjftm9Buzfa/nKNBv+4ZPXcHt+29I6wfCqG6s7n0c"
        "fPV1nWe9H08hrtcUea6oP8OxobH2Ar6t/jQcZOOHdbqjLBzrmgmAalM5Dsc7S7DDFgCtaxoN"
        "xDtY73OtCjmd/Q6/35cA+8i0fSCIv9/v3JVAc/t7V49+t31cwvOAfGG9kFmBfivdPuu2LmJO"
        "9KaSo5eC1eek0PVoP/ViIz3f/9aeRJ/f9We6/rt+d9fF9oh7Kzbk8lgZcv6BU9PZhixPgFmj"
        "Tv4Dvmp6bDbAp6nIBjurLo2xEiV7+neU9Q1rTPtND227vT0O99pZaVPsSa6YGuVUBpjpun94"
        "1sKDZ20mLUvyejDkjiMlckLOOMs1HmUF5AMXG8IlpD8q3SwinxDADm/EnRr1+RHBGF3toj43"
        "uXW1lcR1jUbXX3R53UQ4aaraM1UM9KiJLkrIWFbuOhrqzq9nD027cnknD4WpO0WwtlJA9gRG"
        "DxDTfebazlDXgKAt6K50cXvNbWYo7eYzN9SoVLuJjwaklK8516XkbZOln7QEg0EEchlCQv3+"
        "nGOV5zLapn35T3usoPaTs65XproOdSbtMXo16UpOp7ouQtdbP99B+nn/sr1fv++ASodiMUQr"
        "sFnbdOYyGYO3rr7fNyI+5IUh6uZp/TEeXJrv9+k6/2s85ROrp86iXT5S33pKCn3/YnKD+fIL"
        "pH7F83nZvlsRHbA4Mjtasu/3rn7ev6KQN0YOG8RpgXeyulNbv5/5Z3040HenItf7/c/33FBy"
        "6eIhqrfuZ7k7VmTnrs2tSRtAkbQuvUwNwLgb91H6Zb9Gwp5eiGISB7JIZ+fURFVNKT0LfDJn"
        "c+mvAWtMVvLdk+vDz3sLOXOS+OP6ZYoGcohs6QYltwCTvE5dPtjucc8H2cTt/vK/Wz96/fih"
        "zxt8mNTQ9J2TRbv4CwO/g81SBIBvjP5D1zPctg1kfHQSM2w9efV8F+ssZRnXnxMQFbuhqrwc"
        "GsnEBSWUwDpezOlcekO9jo2s11K6x1ZOHuTl977e/7mTxdrofdd/oz3kkwYffOzDN+EObqAz"
        "UvvzaXR9+nthL/2Iga9SdoznEHVRXUbrJrb1nPwCfudf/KrO+9vnBStRo2vtLVQuZwfuiQQf"
        "UWwSvz0frFZTJVPtwF+R2//buw/ahmPNP9rt948xmUDg/IfafH3rRM/X6etW899u52/147OV"
        "h9b/Y1Xq/Y3v935t/sRyFPx8FX2fFyjIoErClbj0jWnJK0pKNWFMn6/mDLAtI/D5jvtI10C2"
        "NihioFswoSDfw2+df/z+5rc0zyC3/rFheM7eSy8/Y+uO1+A7wOylfrV+8blIXcRiO1XTJvYR"
        "XoMvOWbCXqEUaCKv6yO+v6xxh/X0eaSmS7/nSyLZ4T+pONbngqDnoYB0AX7Dk7rOQ4SSCgXr"
        "g4SM61ruNDMTV783haovO4+m74sj5FN2Bhl2qPehssSOVW6G66TwwOHqPae0jw9q/46np+lH"
        "3K7FDWKBafpCIKnBQIkEHFDEhxzoSAUkCLLg6dNeo3JLSJkjFecYYibOFxJdF8l2MS5LOwRs"
        "vDxO9Rjg1/GxcPkS4Xs/PSQoHK4uScYxJQu1SCGv+tzYOL7nuqYtzRI0eV2Xiw+y/JSRe3gw"
        "/f5yiEKccdsn6OwT9wRjrfkCkfviePqoF4pf1+ftYiRLO1MJgMbPfQLf+yCR609c20BDVuN+"
        "wb0lsj3wqvcF0JBTtG7z8XFuOt/18BQdc7BDYW9Mr3AKtWjOb1tH+JlEHMJBWaxwiR3IVQk+"
        "FBzo8PGp5NtX6n0euaNP5xK5lHOd10+O4X3xpTes3M/T+rpydjOvnc/qzo5afu8CDt8trnji"
        "ZQQIYGMYEEhaPK/v1fiJFqSj790hUmdndo0Api1Chj4quwQeQxv76xPkpy7oh3lrlJviFGSu"
        "MdNSqktWpK9m+QvDREhom44gFDfnOfZYpQ+zYD6Nr1GB69Bd821R9WLnAx1NupPRFH8gDxET"
        "YIrL2YfK3qg7+D0f+6v7zwS//ROD9j8WjF7/3/8H6JT/6A=="
    ),
    "esp8266": (
        "eNp9e22TqjqU7n85X50qsNUWp2o+JCRAgCgBUfHLLaU1IK22L22Eqfvf7wrYe+9z5szdVb0l"
        "BJKV9fqslfDff21vt/9zK5vdX/85fhuN3/6ju3HfXO9//WffHA/eh4PRm/kff31s7pu//vMv"
        "pP+5QtyfA8bc4fhKyNr/wnjgbc10eb8uXbeez59PvEBSjg/32OeRNSsP/fuG39688Mb96jiZ"
        "J+ZwPRzKi/SiYPIQTI/q4SeT7fgxiqlEDKvKtWUaYqQIEWyGhIUkyjmNM8cWwxSjm3BUFpBn"
        "Ci/h4Zd7XS2ue+99elfMnn831wG+qok1Sa5uYebz+GCf0XrhGh9lJt3jY2Im4W3xMIzxeLVi"
        "VUnX+FoN3MzIRmS3yQo7jP2sTHeTym4Ex/Hyc3i83HZv7wtThJP13KHClrtN8cYPY7O3PzY7"
        "WvRlPlDDfNrfz++O8+Xg3elw2ZeHsdGs0XFyKit1OaRs1Hv08OTkeuzofmyFGo72ffp+fa8u"
        "ubFL3nD4bazVI+z1nqf3bRCdT+fdxeEzI8XxG8PkJPrT0+fx43HseXXpvS2WVx5TVp7MT8O6"
        "iPf88BncRmc/slT/c7teh5ywyWQyMwxz8UaLdNK7uIYclU3PoRyf32ls03d7/xkNpnv2/tg+"
        "kn59ic3h9jo3C5yI//qvvzoN+FMzxv3x29D6j792p/u1bm8NxxNz2Acduu+ed60sjPSiQb01"
        "mgn3C4zozVNs3xgc/uw5zMwyjDjIlFZ2UrMBf6S4FxmtihmGheb2WQgc4iE1sb2i2Ni3fSyP"
        "Q8zQQP2v/YnE9EYl2UPLt5FxsAwBl3w/NmZolisznAuHVdT1xkY/fyP4/pkdhVgeeCkUcpFA"
        "nJY+TWAOhBL9PpPR0NjbeTufNa1ic/8w6oQOya7C9tzDvYdxR8ftwa5NjvYHA15EBLEvkshp"
        "cGvKOdDF41td294ZzavpG6aJitHUYm8wfo/r8UVAjGik55twTW+i9ZoW8J8tdH+p+fmmEKUY"
        "Tx5WovbIzgSvMUKSeXFy5njJ1HpFpeCoyt4QUgmrBGK7sZHvDINXDK4HhoT2BgXx+GG5BNmI"
        "DdnFH30lykZIyBQJis1BKOqzcCV/0ndeVYTvtsbs4NvAH061HRLfQVp++NasR1EIa30O99YX"
        "UtuzofCqqtBz8LDOaAw03H2UlkxcUcrxwqfI8TaGKR33LbazgnK/1QHfToSyAzH9wkIlRcFQ"
        "Kn3mfK7e8GNl6HXgOwiYeMwwGUGBMgmKNT31eaoGlRR3nGc2IoEczPMEnbczow7km/I8UCXg"
        "/jY0TGibu8Rq+cKB9INhk5cc4JF/53+sJWkGz05/QdbAc1b0IuvZiyYZksrOQd5yD2ou/Dsa"
        "ZlOQVzyJekKc/SA+fdGOr6Ll67oU25P7xFbUSwYUB2LEvmgqaUXnaB9V4igc71t4U/S8leVh"
        "uqpuG97YYS6QavQ4vPJ9LMFh7uatjvU/wxGs4U64LEDnRavz8O8cWcY+WhTGw5L+HOaxMoYc"
        "4BvIi9mpYk6MmY3MzA5kgJhczLHwqSNSEsvFBmfgwEtOd/M3r4HnuWrH1fr3DiyhSOteYewt"
        "nwtFZoKVZ2Bnz+jsj4N9Um07+vnaM4xa2n+8b1NqS4QxOgNbRPAab0e+xM4bGdZn8baA9d9N"
        "Mhd8gko5682pnwuv38rRrmZv96Y+c1Kep9+urVBJEBlUhSfDEuFxRwP0PV3ccoKcKvlo+95/"
        "9Zn4/dFeb5vpLm9E8axdL0t3Be5pfUg6fcCaXlVq+2zpbe0/ktfX+vWafZ5XBdpfW1mo/d5g"
        "8DdD6sePcVSCooFu6H4bdJf98OZv408sH/SrZ986/8KrQsGYDHwMjKVtXPuXP8Y7/Ot4I8SE"
        "AAsA/oL1tfoq0ZFCkKGIHyn+oXOG6RkJb9jyE/38Fs9fPhOC6fFhGb/H0/LBsRFZfr5iDqx0"
        "SdBCLb6mKN6iUgjHfiKmAgpxWbBaiBgllMJ90LMoVTNvAdcY+sC/igz68x853ZGoCQKf1K7H"
        "++E9Zlp/ka1+8eMtBp1QfoEmpo2AL6r15ycDHvdu0plqO+xDmDbBjgheeXfQ6bREdyzkE3xu"
        "Rn/45CWB0VgyAHkamt8EfcH60iBu+SXe1pST/Fi8Z94oF8dnIOiIzoklcnM6Fv0MpehO00Ci"
        "uVcbJqZ0cS7R3mvpOcwYB+DyIbSOJeSb4QcvpERBQvG40wfwgj4eGZME1neZErBHZzfvSzV3"
        "ax+Brx1U3/l28LHbX8dr7jky3kfgswt6eX4oHiCKBy3fyE3Aep+yw0sENd5Aym3Dd/vJcPsO"
        "/lfTeWtp+9i3tDnHsMcuhNqhx84fZfzOvKGOo7zVHaLKvWV8sKsRPWvgjyF1u89ORlSjM/BH"
        "+j/8YuKz03/isxxsUlVPkM0XShhH/W1t2yUHv5IuTowxqfIDCc8rngk0k3khtaKpOZuOkSA8"
        "7o85Hgj+fN9PpkR4t85P1za7GJRViuAi1UrxaTTewTDNKdp1awmCZsPK4w3tVj/tE7+qYThr"
        "Gg5zjgM+PNAyTw58UJXs+ba3irfIwoMOHxTgSIYHUiUzX42AxrmOi0Ggtqz0b7Z86cuuxRAv"
        "f2qL4Ae/2DMJ2OUX1uB/2N8JZa2+mtNjbBYMtzq0M2176/nneYVJFGq/tbodViyUioRCQRxv"
        "5Zk0e3Q6JXxC7K+buJDHU1KUSy7cZqpigk+VAYYi5/A+HXyidIiEigLB2S0xozrwsmpX4p62"
        "n7m2n06e3y96On+iMZe3pkuQk2MCj4n7wNuEIDo4JWqCbdNB+46/g4iBUc44r01SAB5ogj4L"
        "Ia7WKTpIiBjgH2yI90DLJ2Ijzngui194JrJ90B9DD4RRCv5dgv7YZ21vnX15X3L/+RyLOEjl"
        "8SlgznrjfaCHSZ6y9aI5I8QUXMXNjA9jD+ysRo0CnzMd5zbiWRyJp48WVYwAx+g3EuRkdLEB"
        "3ZNmXbKvKfwumtAjyE/OApfnaOJSbSpTgj44cRTf9VBuzgji73OTUeTu0mV8a56jqH4C7gBw"
        "4WKFpwhcM8Tcu3KqeAPB+62VFc7oUmKn6OypAJrr+yAwLPKtnPWsZz0hHvmu3VrmH2MgL2r1"
        "G69Lo9qaxjOze8Mt6Py5xI/I+De7tLT9qRLssccx+PN0PzA6DEJLHD+tiXOutZ6A77DFMwcM"
        "KLZ8vLYt8A2sSnO+XxmBk/IYeWbn4+XzpdPyJz4wUmBAwoArKIQj0md20YdreJ8SQjn458/n"
        "j1784Z/b+PCNpBChZL/9gUk4+Gagr0YKLU0FmKCzkzv5FWe0ff3GXMgrN5AfmHo8hvjPeFTT"
        "144fiFf80XEGQeygQJM6aLw/6WJIYRlWiaSdp6XWFQnxIWrp/f0b/u339zq0Y5RU+zc93wxV"
        "v+ylgWCFkfZtjugnv9bBEdjEDz8iYep1vf1e1x9xRjt7PR5SjpaZxjJYVMDL5hW7/24vEdz0"
        "tP+dJG2bQDtEEP+IxCD/HIP/af2Lr1ywp7YNjBDCFRC/iMWA/hqDf+YA4zS/PgAOzFmCPo7x"
        "QPjWDWwN7Ky1PcBzwr8yh18ADh4s5NHwHO69o1Hv5lQ9wS8NX1jJ5lmrSxaKCwp2we9Eeqdu"
        "verQCKbbny9cFhPS9h/aNpHxWICvKf0IoduBf6wMf8xdmNOOy0pDaq7neeviGYd4Nn+WGnV7"
        "6+590z5Q7WOWLqBdnY9FIDjfsI7798z4ujaAuz46ec5sWjwfhh82kOzZEr/fVDlXjmVVqKQJ"
        "/qZuZWQ5MfinhTc3JRuddcJ4ntfYzB6KYGF8edZnFIrJHfUwIPBmQLB0kfYZnm87z1uzFXLL"
        "PvPGemZH5MC7IJfDlD9vEFtu+4kNWBZ//2C+mkEO4L70onz+b/55r/WbKQ/yOcvu/KOsl20u"
        "uU4/TDKzmxEH+3tPPcEtNAoj047lDbkNU9wT9Rw/bdCTSwi5k2vL3J6YEMOq3K+46xoTF7Va"
        "6N07v7OtjVuWge+PDtQsCX4u88fTar7Jnfr1LsDPKTmY0U9MXRwYDXBzWfXOJTsqPJwO0BWb"
        "Zw8pAm0H5JVD/lbOsXpfL5mL6BfPKpG5DR+cdoeNjqVoLm8QJ06VutUEqxNVKe5Hrxw9L4o3"
        "xzuLvfyFO1t/9yZC0F+dt4BPwR+oMWliM58nEH/muYlrHadOf7ehFz9D5BnRQPsT6wm5iZYx"
        "pAaeZdTt77j9bW2z81+xzvcGiX5eaM1r529ae8tKpO0PxjNLqf1TCc8bChgZWRFkom1+1eKj"
        "nrbfXosPKl2PCHR+AzgL8KRs6xMAiymqtP9+an/gtuv73Y5kDs9XOH61O/u+6XwA26AfU/n1"
        "Y+8dvhAXaA9129H4uLX3br62PwA+U9sK/jYeoiH+n/6jbSNxg36u+9v5uv4s+BnPU3+fv53v"
        "D/q4ng/R4O/jm7jFi1znD7/wY2EDHmj9LVH2vzy/1P4sQuzHnzE9fqQOf3vfRtWPv37X8aLD"
        "o2277PgL9GL+i/4/xl/b2h8L52/r+YMfrby69bXPd/Lp5tfrY5DBwPw6XuSoeNEzE/bPetr4"
        "xZCWT6sP7XhIxy97qPu/dP8f8/1e7x/xp5UfuWn6qwuV2d0HZfFQWmbCPDoOOjqeOjru8OhQ"
        "6+gQNmVyck7t+CDRUDK0uA6nOWBPSzLMbozmn06RHqmVHek4P9J3q/IQWrXwDMakFuSGT7Yc"
        "GKXVt4GK+vkhOL35Bf+Ev4aU1RsrZgP4ezTfwn6fGz47HlRp4+pgvQEW07WO7DHJl/aTBgcT"
        "4v7hTch6c76wAJHdZvC8lcXjahSjaAU4xau+mXtRjN8+87q+AZZ01lTXaYb2br+6Qe5SOwtD"
        "tTUFl2j/OwsdY3a+/9Avj3SEFl0M5ekAEhU6CsRU+66pBPAOjqvtE+neyEo6nqG4ZvPzgBYp"
        "xJLznShn3sUryCcWXfwoviAKHGnD5obBbGJ+jFmQXsg34HCIeZHbV6TEVcm987qEDK7gdWj3"
        "7HyFzmtw4U3tjyz7WaR40vhifYLrL4QmZ0uuK8suPi00+bRm6xKuIe6tDxbEPxMVJ2n7n3Dv"
        "a4jwKUfrLwgBVxORIBxwKYHHgauk7d4U4rdyB/NsTwg1iZ6reGSoOCqN4eO2fctgbnb1bHY6"
        "KeYmksAYStcnjg/lu+CSXEdHAtL1g7mW5ynkGzDHTbruSjJon6EdujPpDXghoM3a9qB9lsO1"
        "76bwt9DPzlDbPgnom9F2zBDklep4D7JUNGvzvKCkmLb+3na/H5amh4Oe67pTIRHlrRw45CIE"
        "m6GwsN3h6+Vp1kBeNByiRN6mY2br+sUM6GhiifErj4Yw6noaF5ghXnbjoT/H8zDDxmPcjjeY"
        "HUoWbyHvHn2g1Jzxm5np3Ku3b/uPtDCfw/2wFIqd0W5X4yR41FmGAUscrg4rr5aEvqnOCSyz"
        "2SUk8TZGeeUzpIr+Y9jihIPHin40rK9WXgvJ8Xs7NnIPkXWMgY8TRYvmMaw1TlUNcKCfEUxl"
        "CSoD99w81fc+M4LmflvDrNHaMJpAPs/riVZSwF4wLqrPEOvCGuG3aPyDRzn62PbamP0dfuh8"
        "oK2LSuLmDwubLQ9QeT55uo6Aze69n193+7CQxoHraz5o8R3yuHHTdmfaLZ5DXtC2iTkDvIfr"
        "7r3nxRjzTMdXkHMBfodgBjwiPu1VBxiHp+f11ui5B6OENRzYDNKmA45AN4iJe6AXj3Yc8PM3"
        "iUNhII7nt6qR36DT/rPhZYBHU0LCqYvcfjv/VNkzDJl9U+1m9hi1eOiWdfUPzCTgIZ7f1g7w"
        "qjjsR8eiwdqfcTSqAT8EeUx++Pos0abj1/BCGO5qKJq3HCndF7Z9heS/eQ56m50zs5UD1jxx"
        "85YmZ7NrIJ9rbL+YCXfd3rOZvs7aa5rdDFVzGKc8o4PdRBb+jDqdHEdj1wfeI3vtIblJ0Nyc"
        "aZ08GJ18ul/8QSpzFmmcbcJas2aQz5DZBCP1QZ06mx/KbB67Xkuj7XoKTUgJ+pDN2zWA3fTd"
        "ZqjptTvabj1Dj4Vc1LX9YnoIZ8hCN4acSbcmVkxLuF9njgNrmQrnvVuLvg8YmhKDRqTmum8O"
        "eHG16r1iycA5pyi1U4lWHQ9FSc0EktyYwnh6XBhjRvO+BC0gvu9O9sMcrmf+M2daB0kYuNZ+"
        "CHmVptk5tvNi1DvbFXF7o+P2+wYpj3No7/NnyedRL8GOnSktO5UyOiPMwSYJQ/cJBAwBnO9D"
        "JscFkcMo4dF5PUMC/Yy/bMf59avmjLyT5/3Qg8axAJ8WS9rxc0F++Gl28ndmv3gF76WzGWlE"
        "yKMS9arhcw7PcOu8DY0S+JPu23dR2ukcu/hP8NwxSl8yAh5FIHdhvOy0J7FofQdxVTRsdVP7"
        "8Tv42/DH3ufNP+ih77/kmUD2oWWD6KDj3xqCNSoYop0dcejba1lkXO8PCaBlLBrvJr07ODHT"
        "2OEZi9ADnr93a8xsPPdUe78b59L5h6sx5A1aXBqL3xzwpxT7na95Dh4mB90hOsdjtCYmFbGA"
        "1BTiD2ad/4CYnJZsLrDXvZOjGvw4zbZoDv7iFT88EriHxxBksXI7Jr70O179c/3zX+v/hLUR"
        "+Ds19eyWPptHX/u998hGDdU6bJM+JfDcHuua0iJuFCYobek5I8/jCuIbJPOLBIvUm+ejxCPG"
        "Kq/dFRq0fHH8IvLA3qXXM/JOByLw/bPbE3IcsPPp1d2C3MRmMIlEWmLguGNjRw7QWSShTW1M"
        "b3Yg36TXtO/bL3ql9+zawAcE/M5b/3FFTiBv+GsRHBZ6r2vLjpvacsI9dfRatz2s1EI4acw3"
        "3mQu0jvpA30IcvKWtrWNSxOjXTT5wXt8fW2fQ8KT7TPgE28Ad90Dx4PHoKtRz+OEzdUpUmfg"
        "SzaIMJ+Qc+a0PkDT+0CmsncQXLI2LlgO6MGYrzhdoTQ7TBjow+yQQowZtHqMOl9L2cVWHuIb"
        "JiHG5G1uGra/EevkJsAyKJOLMWCoOzFSeN79TC/T1Nf7VuX6GqrGH05w0vIId/zS/FFEY42H"
        "MfiJibP4itq4BvFELo47xpfhpItRqNhG/Q/cSHsu8pBr7KljTMfvrXFWq/gMjW3Y8gzGcBZV"
        "4KAtadsHrPe6xARBXDN5JoxyA/573dN80P770vKQTJBU87bd8UDXAR8Q4eWdPSH3hvxcvvTZ"
        "Bh+x6eZyLmEPgRzbvWO8mKLbNUIuyFbTAPn4U5rAKyQnlHxSgM8Ej1XIMRoX9HQH+8UHTcPE"
        "zuafSTZ/Qmy44arlCbYZ3GNwj83vSymJNIbEi6yF3h7XsRP01nHfH+aPv9H4D3xO4I7Alrv4"
        "4Lodv/3W5+m1FVHHb9Yzbd2Wnf4ARuEw9wqFNsL7TibQ3oowgfa+pQdoSZ9sb5bPvXW6PQHH"
        "gRxM6Qw7OaxPLXda2zBnEGM6/siw18bSKcN5N66uBXK06nhmiAZ8pB57pQY3sroLX/QT3RZP"
        "EvWnZH/+RMvr5FXfWHBxAFswdUw5dWuj1JhDXrDs5nt7GKeHeniepcfYotDCK37NcdatW5ol"
        "4JcD6GLrF52PTqdfvz+0Lx7tWKD3pVpIvGzXj57veuNPoSWViQsgqjQrnVkQyJ3UnQjIUfQY"
        "fHvXmCMUJk73P3oE9KVGO+ZzbOFGGKeIUZCThecdXTgx/vwlgP91PMu0XAGQmV0dDzmdPEGW"
        "4xYTOLTzGYCfP/YWB0x3YHxID7sd5Pml/0y91r/NPFc++vgZKU7AWuH99E8fD7Hs5YPo2y//"
        "aGsMk+JpR1/xfKgcKVp3a0QWZA2gX7TzeWxdGwLh8LWGsNUpG3CqWZ8jy90Y/fgKc6PSdxBf"
        "3wHPFPEoKBjEtfgOfzv4A38iRue43buZ6XrJqz4tqqfeK6NqYkEWMYdp+DklnNOiFFyJ3/uq"
        "/9xPt5muBx30+aTIM7Si6Panbvs2g3ZbL5rr/Wyquv3sD7KuPnTN+1jY267uChhhY8pMdZh1"
        "rPhMiHHhKXZDanwjpzYGfwYVwMRFRb4WfHc1DiJ9D6m02e5gDL2hDEqwYY33Fg+9X3jHg12D"
        "EpMwbw+4Rl4C1u3xl1UcrA+7xGq8vTHU9hmv2aqKy7nz1fp+nSu5EvOPkzEH+eOqwuij24fd"
        "YYehhSxK4gA9W69XesLoXQ2Y20elFxmNlxj1+bYB3jcPC2Lr+dbT1/vJGSi7Bcifkk/UB7m6"
        "iDU2z6/G7KC+0KBJYpl2OCd2hd7XDCM5DRA7eeBrasPiSP5bvbTjd1t/I2qjz78Ye6vWY3Tn"
        "U77sBIkheobYcrwRqDjEdr8ATEin49T72X+HdTKemPRHru1+Jg0KusaUpl/2Bgm9r79dyOqZ"
        "uaRaivjCKpBHjapK5w8OFmv+dNB+9Y/6Y0efFgxitdYH8Vs/Sn26jeOjnyDXt+nRtz0X5hTK"
        "qdwsXi78dXb8KpdirfcxuPP2un5MLtkJnth7xubor/ERMAH0zUT2HBvW60yOYcxKf41kt99g"
        "twVrCWHm0BZ45rq+OWzpafX3putRM7mmlJzdGHf6Gup6Vdd+x5WuZ13ael5b37v9S79+H1su"
        "9Mf4f+u3la5/tW0krj/tLz1eOz6p/t7fzdfSF+h217/X41Ox/WmPftH/z/G69u/1/UHfH/3t"
        "fK3+IMtt93NdpY40GR6pQEcKfjBMstgbWYBDZiuq909myK6KJHN8mpvOPvKPZ8jlr8hLiMTH"
        "rQjchyBv+2R6jITvFnA9F6OjB/cDgY+6JgIIySUKH+cidKUg8T3quRfINU/G7gPJrIc+csOx"
        "14AXsjv6CIrV/bp7S71a71mOtVTdzQc6r49I1LU/Mu34THFRckwJlUN7KNGm81lMDnMS8RMH"
        "+qSiXAIGQpvujBD4yFe7q3cNRKgYEUcpA9cRnvKp+yal71LlovBJcwvQDcT7TVcnU4RPTWFO"
        "AZdVfUJwAM+19bOZpgGt57/mnxyYHR8VbvfFpCu69/2Z3q/Tez2H7gyL3qcs5xLQezE6Mhm6"
        "vgI4d7BqUkDsOCDlI9d77TGVrBqi4no1rNvwg1/s++wAudsEUqYLAncOVNZsUD3y8hxAfIjN"
        "S3g496DPf/WdKgP6Yuibp20f8XRtBHA0+MaJCTlmHe70GRResb74fN+K5dwQx9EM2ha7OLsI"
        "8NQ5QZdQOt35BDuczdRzzitLH1Ls5h4P8xExp0E5xOtuP989gikS6rebQJGAeCKdsnufzTzc"
        "NH7DbXyA/KfdU3N2bd/UtF/tvNsDcwKjQRNO2vNsDpr6OyxVHd8ehub3/cwEYe3zaTc2Uh80"
        "06W+M5uXeNqAPAAXJx7dQuSuZgmtwUXo5/mLFhjvVrLPoavlk+y7+ltepaUn10v2eLilQj/0"
        "01/0o2be0l8gTJx2/q72FgX6LFRtRcQkTlSvpN4fpFa3/wTzUGKKzyFp9aM6Fmje6W5Ss3Il"
        "AYPGI3be78DbbtYa13sVXMvNSvPcm4czToP2nKAeyx9FA0D38F7KU7nJjPqlj8np7/r4oKjb"
        "l6SfLzqMHmAJeK8mCr1HpU+8PfAhgT87N+okOHqFMjnom5anF3U8kYXVzpXdNgQmAP6w2pP8"
        "S8y/bHbJdvDsKE0/i2AN3l2iCcTkGYo7ewt8LxRz3SYv+/OPCOytj8iSSeJuIT5YB/ns12zR"
        "2rTo1uDWes7V++ruO16WbcAeTv7V9Nlt8CAk5zsbD6shyIOcT/5Y2viWAlYcjc4CctNbu7de"
        "gFwnWHlW23Y3E9zc6gG4v4Xeb8ZyzKXyiqfpfzfMRYK8hydme7QoZp+T1R29uXN4zjV9G9Z+"
        "CU8Qu8StYcXQWcvobsEveAPAyMw1H1Y5kBAGC3OZF07SFH0mEvBnB9Nh9jtKjzRAu67msQyc"
        "pZLWWaRFHBxSbT9gX4BTupqaTeSzLiqIXa3eeV2tzS5wbdIJtDddPdC01xDq4q8cfZaM+7V1"
        "mJH2+UX3vMacJja7uoq+n/zUM5i5/dYMXj9Y9npn9qpxaV+VkGCqz7W4QaT3+4Jvw7jWHg8H"
        "N/CXHrLfDk9UNr2En8vgu1d/TcXUN4s2n1PTGXFs8GPvYbIz0W090nSg7aBdt8d9iFCAdeoc"
        "cI4yV+CXHTNr8+NILMEHp7V6KMVPAlFIxabv9H1KMJqAvk+asPplNxujHS8J6MW3wSeo2i7k"
        "3thHgbtpx+rOQl72r5rSeNzqn5bDT+2z08HAXSqUm/e8NufyqX3Auas9JSt5qOd6/8EYg54f"
        "3uZq2On0uqs9ETRzsXrp+frU3jPBtMypgznYnmlj0x9zO64qZBJsgq1yb2Hae9F3sdBYbAm5"
        "zsJWjxESKwHZB0LxuxMM4natJ01L2daGiNDefpBonKb388/fAQpXN7Af0DlOrMxvN5QvNK5s"
        "FoMdntEBMBvEMAWAaGSjbwmAqCIAi7QsVo+WVtewwIbzUzTRtdkc4hFpefbR1aOW4gJ2LNos"
        "tCRFaJkHsDN4nxNUoVVXD9R78fqftjHIIe+v+u/MCzf2ds++McSV1p6XHX9kZMXMtqQ7Mb/A"
        "pmf0zmb0up423+gb8seurhnVNkvGPQ5/3VrOvRkkSYCVFYC44Qri1lzWtY6LBLPlVQev4pmx"
        "OWrEHDsKqQQw74OgxLW1TrqQmlTrnXF7lpqnaSff5VBi0DtsmbKB2DdEjavPy9p8bGeJSmWR"
        "iCf4A2wN5XYEtgKcjeAvTFjslSwmQysOcdrupdNDvNz5F2vwMO71+9Fbp7xATyOyRujgjY2m"
        "SvSZoFnCnj3DGoG/IbOUjVLArB8an765en89E0WIz/SrD3hsZR7pEjDZwjrSdJf6InPi1V0t"
        "srS4LwAvJ+oTIFk8dWPI32wXD5UHtrYy6ebMOF5c5pWskNtfJgmW29LbLSzn67g8TEXM0bEP"
        "eGMmcKKKEvJ85iB9npVhmBUfmQfXEg/oEg+YC9fmfSHdDOduJjeigHVPw9LZLfsrmZS2n/G7"
        "tHPAjiexL94ePTuLHaArnJCt6Vz1JpCZYRSawVUcP/CJUJFkOa2zG9s1+dm5qcpJxc1J1UHs"
        "9DlmdHYqBW2Rs508w313KMHGbLWcY1WMbH1Ge1uyjGi5Ta54yX28YAFecM/2LFfOIGU3KSvl"
        "5rgAJwfopP91lLyWuYPS5e2ZEETe1xIthIuPMr4Pjsd1OH6Y4fq+s/OSClnSePP5AesM3geL"
        "Kim/jpfFvbKPib8GubnA2m9VgnxKkE8J8ilpSm+OJHss9XmI1TvR50Wrn/36dr9cf58x/YwH"
        "gg/F7bOAHFiwJ5Xd+WB9JphKEaUy8FJo8/OKoIn/AXY+Bwxqo6GYw0gJUpMEfgn8lej8Mfeu"
        "huljVEJbqTQUzZcQn8+IDfF7F6/bsy98tzIIFnoP63VGqeDMxuloFF4IE9p3cbTzXme5+nYT"
        "ozOhD84cfSaOo7TimDndmTi4tuEeSZqpV/Xo7/Mrr29RtB/4CDx9jusE+UdO2vMAev3KhrYi"
        "r/OjkGeQn/MrP78M8klC+c95tteZULSsJFx3mMwF2/kj30Q53JP6jGGmD7m7iKL41/cJ7bl3"
        "Qphi0gMa0BmVSH4gfbZed7Tn6CWyJXhEbC6+wwnbh4ZN2meHgGyeBuTRVH+TQSr79T0B1/Np"
        "R9uiSxak7fc8uh1pom0GOQ66IAsJGmtqbnPU0fMWe/Ekstpz8mw/NwhSTwteYYj4JO/m4Pr8"
        "NFWSXZDzc0ZPf7OyjyJN0wiVgCv1s7Z/17iQoddZYQR6oH89DxipFiBrTmuTZxeKdE0cURFL"
        "wvHPmab2vPyHjH/yf05u6Pf5cgo0mvbsHrb7uUwq5Frqde6PrE4R/fs517amB+snnvEHP/uL"
        "KjRg7FTzCzoiCF8I8tcMfA4S+8ZI9fk/W59Z1bUGLEBsKmYMopVJ9bnilw7o+rH9+7uBP85L"
        "cvWNuu8P2u8C/sc5ZK/W55nyRHXnbeuNt672n8+uBmXaAxFNsde4+vuazLaENQvR8D7EzDPQ"
        "aKzwWKhx3HiN0fuiGRViEzsQoEEnunpRvAPe5zKj7ZbWrjF2B/Y+nbc1p5JXAgXV4FR93y7G"
        "BFyR3h8qGgAftdsdx2TslpfFm++d5b793kC9vjew9Hmsuf4sQZ+f5r/P37+tvQn6Nkkj4vIs"
        "iAs+7IPw3Rv6MF1d3Y8+QZ/190DOuRZgszrnO+36UzI3nVBMdK1L/dS6mmm4MSbXb1PTdW6s"
        "UMc4mNv615qTxoMdPZaNbqI9uzn4n/IIY/8lD8mi1OfCm/zjrG1bWE7En/b/z3HwMEH/334a"
        "y3/t56j4fd40hMRceEWyoRCbKlnOMDvrfquthXnv/6SL/Oivrpuh6gl5M2q/VTpycJ8M4Qco"
        "I1XHf9G31/d5WcefbvzXureGoXB7nkxvAQuYBfSx+x7Jf4B/1N/jTaaAa2qCfI/XX/HE0LnG"
        "An6twTQeFpOHdbqjIp7oMyMAVadiEk/2FqefOwD0nmk0EO+Fevkm5RyEX56xdcdryLwEcoX+"
        "dHTxtcg9RFMnl9MmDRFeg8EeC+6sUG4zab+tj/jeX+OOd7r+rvc59HdtdiI6fgrJsK6DS/Aj"
        "HMIjXMObel+Tx4JwKW3ohztAR16YGbgDfEbPb6dMppvFEfCDUwCijHXeVWROKkszXmcV5FBU"
        "51j5AH/KwwZPT9OPtPMnUcoxyfs2BHEMlAiKUZV+lkBHziEgiorlL3+cqJ1tK/DraYmBR7hc"
        "CHRdZLvFRCknlgItj1M9xnaR4GPlsSXC90H+maF4tLpkBcPEXshFDjjia+vg9F7qMxx5kaHg"
        "ba0WH/bySyTe54Pq7/ViiC0Fc0IbnUPbO8FYa7ZA9n1xPH3UC8mu6/NuAX7DKWQG+dXXIYPf"
        "Q5SJ9ReuHaChqPGgYv4SOf6K4vsCaCgJWre2NylN9+f8J0HHEj0Vd7amX7mVXDTn953Lw0Ig"
        "JjyQ6Qor7AI2s/FnxYCOEJ8U270R/+vIXF2NzsRSzDWODY7xffGtEzTv67S+rtz9zH/Zeitb"
        "rmumHS/b86Dtfa37AWL6PGkXd9pnlVsAnkwBzuWS21LHFS+Pc5AntFGi+ZXgGlK/kA/xAK0A"
        "k+nY6VQsOK+96Z3zn/rsX92XsX98RNt+MWua//f/AYGsNpc="
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
