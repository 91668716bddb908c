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
        self.reflash_proof = lambda esp, plan: False    # -> True: written sectors' digests prove it
        self.read_flash = lambda esp, *range_progress: esp.read_flash(*range_progress)
        self.resets = {}                # --before name -> reset(loader) into the bootloader
        self.afters = {}                # --after name -> leave(loader), beside v2.3's
        self.reset_for_port = []        # pick(loader) -> the --before name its port needs, or None
        self.chip_identifiers = []      # identify(loader) -> (chip class or None, what was read)
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
            recovery.recover(error, attempt.safe_resume_offset() > resume)    # progressed?
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
        "eNqFe2uTqjq37n9ZX91VYKst7qr9ITcgaJSAqPjllKIGRJvu1pbLqfPfzwjonHOt9917d5UN"
        "IZCMjIzLM5KR//vX/nb7P7esOf71n+O3vmX9R/fgvvu+//WffXM8GL1Z1uDtP/467O67v/7z"
        "L6T/HCnv1YBzZzj+pnTrfWI8cPdmtL5/rx2nXi6rCq+QUuPzPfCEby2yc/++E7c3d3YTXn6d"
        "LENzuB0O1Zdy/enkIROXZW3LmGEWIqRcIuMpljdGkZgjNcS0JAiXZWCryKOpZKRCG6wK35bw"
        "lZvlu/thfbdOxdsAKW8xXjwS50EHTX9627lBNXfEVOFLtJ+8eRna7YxBwH+qtWEYj/shyUIe"
        "5M7PMtmeJ+d8PvrMGL+zS+YF4zc5m6PStnebbPdVjfefmwA9+hcRBWiKR19uXPuP5ai3nw9D"
        "d42bE03LwWqyAFbkkf1+XHz2pv7DmOdk/3acLsnXXJ4/3o2h+5bESRZv+3dKzxcjWn49vsLP"
        "ZjKaxexnPPkg1mM8dk6ft6KXHdP3IirHE2m7sWKLA43ejuvtW28/PE35abva3Soms+kp3Bj1"
        "J/2sF9FXc1W50dD16n7Jb6U4Dwbm2DCCTRzay8F7se/R68wfRrJ0zkXA+LLwepGR9K3z1+Rn"
        "MttMP91l+nP3Q2Z7f3Uz/6dEvJtvo3fzP/46fty/6/bRcDDov78P/+Ov+7G6ayER1PKNZmss"
        "J8VMXdAbkZ7EM2whL0WlaxkWTBpxR0YDv7JklWIICaQQy0lY84F4RHjyMFpRM+DlmJTt90Nm"
        "YrJh2Di1dTwJZpijQfnf1ocKsxtT9AQljyKDWoaWF3EaGwu0SEpztpQ2z5njjo1+8kbx/RJf"
        "pVyfRSZL5CCJBMs8kMhBidBSf89LvzQSEnXjmeeBeXoYdciG9JhjsnRx72Hc0XV/JrUp0Ols"
        "wIeIIv5JQzWf3ppsCXSJ4FbXxC3QMp+/gcCXAZpbfADt94Ru/6L5N1prfRCa3hDYg9hFM03q"
        "+kzXDxQiEQY+WWF5QiSWosagOdwNwkLgdVFuN0xJgfJ4iFAZ8lwifhwbEn4i54jfAwQ6hbjy"
        "PE6w+UF4+v6wvjw9DzYniJg0srE5nkWCnd2r0aBMnacpCou8oCKgSL6LPKfiODMWZw8IQ9Xw"
        "NCEFYqUoYMQIt88GhvWJrP3F6B9DSd3EqBV9YJ6ZOQ55Sm5YlnYEtEWHsxGiaL9lXsZkmWva"
        "ZO55mnfoLbcpnjpM4RDlat0/Rc7kZGUByEf/ZCGR7A2pBPqmUmAGn9CpGtBjiIlpV4oj8UUP"
        "84qT9NYY/IvuUbJp5yW9fRgSysFoVlKgSc959bBgfmaYtXNOIs3vIaITf0S0TH3Kk2lEr/kX"
        "eVqePoy3wA16hvEJBFfDe/Xk66jlq5dxvyubSJe3Gf8O4L6Vd8rnwGchqH4uPsVxYMhsGCzO"
        "5RCZqCndxmRM4vlYRimMTwvEeyvbdM0fdwdrIQf+i7uHKF12PDcvDmpbVxXIWMyOrQ7IVgfg"
        "b+ibxslfpcbDUt4ST6UVc5hvivCt4TBcbgcYZt+MyVRNgerVEkuP2TKigVrtcAyGPRPsuHxz"
        "G3hflG27Wh7fS+AW0rKYGifLE7KkC8mzQiAMvGn18Rdf9fu1a4AskF/fjxUhEbkhdEHfoK1y"
        "+mzvSD/lEeyEdUnfVu4c3U26lGIC0rjoLZmXSLff2ZN88XZv6kLQrJj/OKREGQjCIE9dNcsQ"
        "Hnc0QF3V8g14+JGrR1v3/qvOxO+d3dk382PSyLSqHTeOjinuUdDTEPS01UqgtzxrfW3pbe0B"
        "Uj/P8esxeyLJU3T6buWsPJ0MDr8FKnHPb9sXKMvBPuzbekJdzn/J3J/tT8CwXRAhwz/k7Rva"
        "eui2tM5re/NHe+d/256BuCeposBfC5UXxG6uQlfm8itD4srwi84FZgWS7rDlJ3pd0+qXDUV0"
        "+Aby/7s9PT84MHzLSzbchpGuKVqVq885CvYok9IGP83LKbOJlLyWMgBbxuA5yJkflQt3Bfcg"
        "sxLsrYyhPnnN0x3JmiLQh3Y87ov3mGn5pX/wA3QPPDT4lYlJEPClbO37B9iSuXtTNoCHkvQb"
        "KUy2RBRv3DvIdJShO5ZP/XjxyV96xrJneeCvnHY+5QeJ6E2XgV/ybcsETa7pe+yOEnmtppKN"
        "2JJaMjFBPfsxitCdRVOFlm5tmJixVZGhk9vSc15wwRQ6SC1jIf3h+CFSpdA0ZHjcyUPGpYdH"
        "xiQsfOtrTkEf7eOyr8qlU3tIVGyQ/yT7weF4+h5vhWur4OSDDU/ZV3UoxRQxPGj5Rm8SxltB"
        "2+1socYdKLVvxPE0Ge7fjRJrOm8tbYdTS5t9nfXAJjIyc3lxyIJ37g61XxWd/ctnqB1/yclC"
        "keVv3yr+kK8B6uyhOb8GZspxy6OjScje9Ypljqk/03q5uZ03fKZKOpPl07/TsDmhj49QTCj5"
        "vIEtfmgskCghnWZeBhR/5AYIglrC92xwQdEQgQecSsFvoenXUzfOjxnuaflYavmgUQ3y2UN/"
        "2ufGAL+8ZWsukG0SGKvzwPuQIjb4CMuJ9hHo1PFi4HMQuoUQtUlTFaFm2ucz8CV1hM4KLCJo"
        "JgF/BLRcEB8JLhKV/vLfcy0/gCihIVf3P5dXkJ/ot/y4n+p0qcYymEbqWknos965B/QwaaVa"
        "K5FwSk0pyqBZiGHgghzV4ANAp+bjhCARB76sPLTKAwQ+XH8RIjtmq11NiDLrjH/O4bpqZi5F"
        "XlhInBX+BHwmvDin6CCoXYpjDyXmAkD1+9LkDDnHaB3cmmrk11XKQV6mDi7xHGXIAJ91L+08"
        "2EmG39q5wjFbK2ynnbykQHN9H0wNi/6U9nbRsyqwt55DOhz/uw3k+q0dwdvMyPemUcWkN9zf"
        "DKvI8MM3/p3c9cXHxO81mp8CA/+i08DQMgjyl+GgsiZ2UWs5Ad0gskoA88i9GG+JBbLP8ygR"
        "p40xtSMRINfsbJiqnj5w+LJ/nKYYkB8SOcPA9z6ggz7cw/eMUibA/lyql1z8tj+d/QMmetKH"
        "IKW199TjiUkF2B6gr0YlWpsl+LxOT+70lx3V9uYpK7ronwEfG6Zub4HEq71E09e2D5Cks6/a"
        "jiKwjQxoKs8a3046G5kCkM6QIkmUaVlRYP/8lt7f19nfrr/HoWWis3cY+mtQrPtzn/7WixP3"
        "3ZhcgoEUw5mfV2TjfsoDyCLNb4b0tG/dizMqD9QTLuM+IsVN5hwitnI2CG7ZNCivsoz3hhnT"
        "Vhyedtx+zHpVqtBG9sQy5GDHtrXhNovhwpQf3rBwmbnwpYVHLe/wWihZuIvP03vGsz1y1SAh"
        "NzdUCcgvlFeE4nK/dYAG+nmJVYzCvMoCrPaiOR7e50XGryVekBJ843FJGuiPJIBm3Ojl1/7V"
        "t3f2o4EYUhK3Z1RgQ2yT+jLgXOUVyL03b6Q7k9Frfn/bQRcx4F8rX0f9fRvvlKwOwT+ZyOQo"
        "B3n6eMYDIF/lUy4A/0H5Fe+0NuU3XuvoMRp40bd8jUcJ4IEFcyf+pLTBviQYyq39nbdlgcFe"
        "zwnIjy13UGb6fW1/FpLVTLnb/GCS04x7t5cvC9GZkV2Nl1NVsniAcEXeyaB6P1kfeSWErM0F"
        "OjadH3PAhmaej1gM0Fvb8SF+f+IZbplEl0fdOD4BwzdtuasfMvAHYDuzZYlmvHFjoz42+Ax9"
        "FnEK9WD/oZ9D10/DwF+W8UELQWd7ENjc1TpRsWAN9E8VrkOrXpa2ZQFOZkt8ZHZuRMmH8X6r"
        "dg2lgrkNFXQo3wNrtKm9E0ouPs+txJeTA/qhynYbiPdOOsZDcS42YEsOuLo1o2bW2BlMJLwL"
        "fnU9VKj6eVjpz0PHNgiXL/xWA3ZHTq+Tpaz6F1/U6pd10/FCbw72rHEnEOuCfRGATyAOaa+P"
        "9trOdWsPJi0+n+j3K/xr/tv5HmUcHrTtBQuIR4zO31BgmFFOEJrKG0hH669/ND4T0oNypMsJ"
        "ki+8diNgT7da39t6Kgj6s0yYA/JbofyXPGn8OdF4yG3x0G95WyhdHuqy0Hisa6+Vt7ZelBfo"
        "L9Lx/+/2kNLllp75v5Pfrn6q2/Pl5VXPdPkP/Wrft9Hf6XmO5xe9tNT+1/T+jX5khGt7d9Xx"
        "Btf+Wa9PdO2Xmh+tPf6Dvgb9vf6P77n+/luXMcpf7bXfo/Z96b3aA5cDZdMD+l2tn/9sn2r+"
        "on/q8++yp+e342/7fjdfbf8PEut4KdP80eOboRc91EJQL7Q96vB/Kw+fer2kbe+f/qbjX67p"
        "86Ypd2chDCAobf7BFl4aIPhZ8LvD7+SlgMwgut3Z7RrDHKJGezeByDREJ7gPZwQ7XhCvvNR3"
        "vHTxAT/Dw3pZpdUZm6c+8VIR2pUxfCykjtNvm4jiGYmXXhgvRWl+zjO+/Kz58mGNAV/nRh16"
        "hcWVOnBjfnYYMDlf742NrW4BKXpCCT7Jubh+TTOi0OB6t/a8ANw7BCxd3TKI8zP8GRE68zbi"
        "9u0ghdeBb2XFAjBof+z0QM/XJ0ugJidYDVt8Wp2a3ez6pH8IP2kfWvqpHRhDni7CHOJRc0IL"
        "VEAgvW3rmD0z3qDurFiSsfG84ivxRacz8G0r/4kLlL1s3+VbCwE/RW1TwHtq4hxrtyyZL5fl"
        "rEZ4eXrZG5Oi6BnffEEM8QUh+11hE3ixyvvvPGMNv82GXhVT/BOD8Whqb2SRIM3xpPHk9sMi"
        "VWGiSWGpbQ7PL3B/sRbbDO6zBG3PUJ/dUHoxiXexSPp5Q/hDou2nRfB3gYD6gVDqei6nTimJ"
        "A4GvuGXHE1L7K/QV6r6qRwHfM42xg7Z8u0Hf/Nsl/OOjnDlBSaGNm46Pr4/SczxFND5NhG4n"
        "jwF9TJVJ9P1ugJItRUrH5EX7rZTuQKQSyl1bQ8XgXsC95ywAdy5K3s0j0PepbHgGvqoG/8Lj"
        "ln+sLlIU0G7d57tlqqZDINPE04xBjNLGIxq3lgdi+kh2MfHq3nxD/N5bIFbM6LEG/5dq/8Nv"
        "wxjJZfsOz0tafZ0MiuekXCkFXWL0Z3sY0MVp3GvbS5vCzNi6PJ57G2nP6XK2cIheK/xo67cp"
        "P4kjYOxckClyNzeIVr+tD+2nCl7F9SicPmriUTTchRDPWWZzDGnm7ozsWyxQmfaNd5DrFq5n"
        "wxqwznn6qBqPwPseEHsNlOcoxNLGGNYaOxYN6KrRLEMyEymF+23ZCDBVEIPUUmm/e3ZOvgXX"
        "rXMEgQWs0j1HtJXPN3/8kk+BDvtujNfZQeNzigIiFXUS38LmY9ytsXy4Om7FZvfd6+rsfUvL"
        "Ndp+xwONjwA3C+OmcSrgBtqWp22ZmgDBOK6776rv01jEGfADlcsUbEi3jkc9NsnP0I6Iiu3W"
        "mDgXI5uq6gw+G8dn7INcUBP3YN4fbTvU4jeFZ9IAJLa85Y26a6xXNSKb4v6cUpgj5PQ7ekqy"
        "wIOpaPLDggyQsNBolsRdvI25Eq4UyW2rBS09G6NresYE5kOgUc1CMk0CCnOhY0pUZWjX8cv8"
        "ojxVSYtzpH631HWztg4r8ZvnIK9xEddGMwWtQTeOnKSlyY4PDd5nda3tk7NtnxGu7+P2nsVf"
        "RllrnJkV6EwamI9LO268HvtjxwPeI7J1QAf3aGnOdXx+Nrr5eV4nKNfPLXw+dWUamvP0YaKz"
        "v1UmXYrvNc7lGvqfe+mcxUc9RtC9k54v3Z7q2sniZbT3Q5CV2G3HN20GE5RBeWO0ZX5lb+Jm"
        "0pKUECg07bMoY2/wfOCpKAI710ebTlekfu5bpfQtafm81HU6fjh0Ywv5MlmnEksvRDhp6caE"
        "LwOIUe5MXpkJ7ZrQxjBo1kTLSp7vKyOt4d78sJVq+X0r9ndDteMVaL1p+2X0TU2l2A/W2/t7"
        "bWK07uaqkTOQRVYbZxWIq46n5QSjukarQe837rf37ZwAfgZfh/jQRyAzTqnA1zwq65bRA5tT"
        "OeHlPb138q75F3X687qCPUMTZe19I9s5WOx5G1JKE/TE7vQGfOscdEJ/Gz5e/JCC9elSAVZv"
        "qKn87UJEZbmkPtj0x/BOS/BBLW026dqYZkmCMgZg6yVTcwp8WD7n6ssv0LIbGyhiD3W+CXnf"
        "MfiU1lYAPWz4T3rmj1+yoESGwMdLLDr5WEOcJQFBYNHOF4X52oD/Dxyqx5wDLQdTVGOOB5JX"
        "Y2Mgl2Fnh6bd/K5LFVXv7XPUtuO1fdGdMaGitHc3g87wmsCchd2cicPHhGIJVlrHIFioCWYs"
        "mjFGpoqVrNMvUM95CD/Edm0Zl5Tf7BgF57YNX5Z3yrf3Lk4J2vV3VpV1Wsx6XhHb+KNl6nN+"
        "mP9PftDTix9bPUcw3q1lnb9tkewnknC9H6BEpWVXqkmA6ni5KRMwl3YE/2VpC5B7/gWRWyPA"
        "98K82JHSezeDRZT+GH3wm5dyXms+YcBVFXx/wz1/8JSJSuMrCDvLJdi8XXWlPcTAXi5NmysJ"
        "Nk2qIJ6XU8ayMkUqmLU+GY9Pg27dsqU3xsDztgz+D78/2radKYheMUO7VVj0JcQ5EGNdbw8c"
        "DipNx3ZtyATGgFdsCTYrMu2ZnMDzEg/atvBaqviOpHswkidepE7YvafXpAZdXDhDdxQUDTqc"
        "J61MZq1eW15jTYEvb/OmXPryzcGy5R/Quy/nAn080MFp7dgJJ6V9bOwG26UN2DQE+aBFHyXf"
        "bXtVu34GvgPk4Qbz7mQcV13fuGp5QPV8AR8jiI2hD/tooNteGn39/udqel7pfbA9v+5qS9T3"
        "iEaqlZ39o6P3i5QuaA2XzqgdZxtXm/je8oA4tgE4VNtSUTtipWW13aeaYPBnQxZLoyjfsMpb"
        "er5fPIFYuSw4/m7nmAimfR9t1z5lpfY9RMBm6HhfxNQ4d/blsxvLBKlOJou2/xa/PAAVgEOs"
        "MoqF43RLyzpe99F20I7B/pr10LZp7ylezdHt20dOFIAtsFdnziq93+UDtmV0xZK6pnhQziAS"
        "GwTs467cA25pmADuv2j5BD0o8LmTIZizi5ZRHQeslaLSGFLXt1YIvKj2tSCLtjMwzOe4tWzy"
        "611NnTcD7JTV+kjc8vUPfTt1sgrBgl6zgPLpyTfwj6BbaEYQPna8hPK+3SM6/tKXqHIeZlad"
        "rI9baYIdBsyq7Kbtg4EP7WzkHG3cjjfnWU9onfyiIVqP22cgv+CL7Xv7jW+KIDOfbW/KcUI/"
        "7hCcjcLWXlf4BPjjUVzA97Tfrh5cCOlOlnIIumFn3djciUHNBVrT9p33h7F5lA/XtXQbezSz"
        "8EZ8J3jdjVsNM8A7Z5BzjFKIWeJO7p7XF/2rfdsWyGar06t2/HqPt9S2cs1UqG1yZoJN5il9"
        "k6rUMc2ibUOAzyz1OId46b/kCOiLnjo1tnAjjY3PmTN6WDjo6MLB488rdSBYxMHp+ayTZSf1"
        "zbrwLUed+qCHem3PY0jsqCF5GowgZhVwvcPvCD+fp3JUBN36irr9Wq+VeaX3Rlg5sQClLyW4"
        "mwJiX8HSTIpS/t5HY3cq/lyPI1znqZw5KIHvwqekzVu56LJHwAeTWJfXev/SVt3+5YFu84Ne"
        "67umZN/tAQBO2JkqLjvMOC7FQspx6pb8hsrxjX7clHtHl2kOMG2V08+VOH4bZxm9z5gi/Hg2"
        "hu5QTTPQCY0JVw+9P3THg2ODQpNy9wR+Rn1Nebenm+XBdHs+hlbjnoyhlvdgyzd5kC3tT7Ct"
        "qo1BHYXBDxpLye84zzE6dOu1R2xztFJpRm2gZ+/2MlcavW8D+vZQ5vpG44ZGXdx2wPvmYb37"
        "pLj19P1pUgBltyny5vSC+hCJOYg3RCTfBviyTzRowkBFXTwQOFLvY818NZ8i/uFC/FYbEIOr"
        "f7Om9uS3UQLRQsU6/8E4QWwCbQAP3kX+ScDtD1G7buuODL2H3uaclGw+jtzXfiuMk4vQZK95"
        "bff72DRlW+37P8kOSb2Pu1+pvIodmq9l8MVzmI8a5bnG7zaWW1HZ6LR5yclzXb+jT08M4rWW"
        "B/lbPtr1O4GvgEYdj7CrR1wH+gT/nTtxsF552/j6ma3lVq/rC/vtef+YfMUf8MbJNXZXb4uv"
        "bmlA3ULGgH+sZw6GYSwyb4tUtx9H2gAQgjh0bvejQr1eOGzpaeW30us/rtT8Mx106eRV6PWg"
        "rnzASu9HaH2JZ1Lvh5r/Wt9+j7ijLsjE+X9TT9nsVcbq/ir/6Pba9unw7/Vdfy19s/b9tp7g"
        "wpNztH2Ve7/o/5f22vLv8f1B3x/1bX+t/FDutPubTlleWTi8MomubDmWszAO3JElIdbbsBFa"
        "8gUieRrGtscS0z753rUoZ843ckOq8HUvp85D0rdTOL/60nNSuF/K0dWF51OJrzPJHYgQHVri"
        "61LOHCVpcPd7zhfEeh/G8YBU3EOHxLDJFvwvYJ7DNN3cv49vkVvrPbyxnlVnd0DF9ookRHkj"
        "kwQFw2kmMKNMDclQoV1ns7gaJtQXHwLoUyUTSq/f77p1CrCRz3K3HzSQs5JTeVXgL23plh5z"
        "3pTyHFY6aFaxxILIDPznrtunKKmYm9Kcc7XK+7TNx2mF31xoGtB2+av/yZmT4FriFu8qR3bf"
        "ewu9f6V9wrlb09f7dtlSQWSXjq5czRyvxGt0tmqagi85o9JDjtutr5cZz4co/f42rNvwIL7I"
        "fXGGeGVi+vILgTkHKms+yB9JVkzBPwTm1+xc9KDOe9Z95AbUBVC3jNo66uq1CcBlYBsnpn01"
        "6tlR5xyInPfl5X0v10tDXkcLKFv8yz76gE+KEH3NlH3rxjNbLMpqKXJLJ6l1fY+HyQh85zQb"
        "4m23v+1cQRUp8wCPWGCXmfaRWfc9X7i4aTzA7PgssatjJWUf27q5SZ7l5LnWODUaNBE0CVGx"
        "t9HcO2JV1sHtYWh+3wsuKW/f7/a2CCoPLLbhruDLDM8bmI+M4dBle5EV+SKE6FG1a5DiSQu0"
        "d8v4Zejo+Qmf+29JHmWu2q754+FkJXrRz37Rj5plS3+KMLXb/ru1XX+qc19qy6cmtf16ozjU"
        "sS7vD0M/jJryMqStfOTXFC072Q1rnm0UYLpgxIvTEaztbgsxqHJzuFe7jea5u5wtBJsqxMAO"
        "Q1veyB/ofaWNikSkdrFRP+Ux/Pi7PD4YateRFLs86TB6DxNoiyAyQu9+5lH3BHwI4UcSow6n"
        "VzcFgAfypufT9TueqNRq+4pvO73GA/zhtavEp1x+Ar6Oj/DuKIou6XQL1l2hCfjkBQo6fZt6"
        "7kwudZk+9c+7ItC3vs7nUtTZg3+wzqrq13zV6rTsxuDUus/N++bu2W4c70AfPrxv0+O3wYPS"
        "RBwJHuZDmA9afHhjRfAtAuw1GhXS7bWxppulMK8TrHMvb60tmeDmVg+Q5ax0vgJWY6FKN61M"
        "76cBkyjp++yDE5el6eIy2dzRm7OE9xzTIzD2r9kH+C55a3g6tLfKv1twBWvw8Si5Yz6sbKDA"
        "DabmOkntsEn7XIZgz84QT5J3FF3ZFB2Xbdy8ntoQr1uFjNJgeo60/oB+AU5p17R2hKqqTnNq"
        "dHLndrE4SXFtsgmUd6/1wS24uuAzQZeMC6+2zgvavr/q3td7yiY2u/UF/Tx8rpkRbu5/NIO3"
        "Dx4/v1l062Vc26qQTuc6z8OZ6vUxf/pjGN+1K2aDG9hLF5G3c4WypheKIpv+9OrPuZx7ZtrG"
        "R+V8QW0Cdux9Fh5NdNuONB1o362VuMIjhQSsUyeAc0pzA3bZNmOnWyNYgw2O6vJRluJDIgah"
        "wfydvc8phqDvlk2aWf5Lb3bdOkw4ZV8eAZtQ1iRVJ+PkT51d21aX+/b1XF8oxuNW/vQ8vNYe"
        "OxmcOusSJeY9qc2lqrQNKLr1l3CjzvVSEedmjEHOz2/LctjJ9LZ5rmktNE5/PuvW5UxQLXNu"
        "YwG6Z+ocyLEgQZ4jk2ITdFW4K5OcZB9ico3F1hA7rEj5GCG5kchmCAXv9lTnEcBYPzQtWbeG"
        "I7W1H4Qap6GMhcXPFM02N9AfkDlBrdhrN9C/WJATHoAeFugMmA18WAmAaETQjwJAlNM2t3WB"
        "No+WVsewQIeTD3+i10YT8Ee05dmhW6Nayy/QY9nGvBlNZ5Z5Bj2D7yGAy9GGtm0Eqlvf0ToG"
        "Mdn9uVa2cGc7sj/xHwx+pdXndccf5VsBJ5ZyJuYn6PSC3fmCfW/nzQ/6gXjs3H7v14SH456A"
        "XzeWordAQq+dlwDihhvwW0tV19ovUszX39p5pVXMl6iRS2yXqAwB8z4oCh2iZdKB0CTfHo1b"
        "lWmeRt38rocKg9xhy1QN+L4hahydH0nEmMRhGak0lBXYA2wN1X4EugKc9eE3C3ngZjygQyuY"
        "4ajNA2PnYH30vqzBw7jX71d3G4kUVYZvjdDZHRtNHur97kXIq55hjcDe0EXERxFg1kTj0/5A"
        "GctJLNMZLthnH/DYxryyNWCylXVl0REgemwHm3u5iqP0vgK8HJYXgGTB3AkgfiMOHpYu6NrG"
        "ZLuCC7z6WuYqR05/HYZY7TP3uLLsz+v6PJeBQNc+4I2FxGGZZnO05jbS+YscQ6/4yl24V3jA"
        "1njAHbg37yvlxDhxYrWTKYx7Psvs47q/UWFGvFjcFUkAO37IU/r26JE4sIGu2YTuTftbKoHN"
        "GKOZOf2W1wP+oEyGccLq+MaPTVLYtzK3I3mzo/Isjzq3BhV2XkJZJvyoCnjuDBXoGCnXS1ym"
        "I6JzcvcZ17k12Jp847Xw8IpP8Uq4xIXIeKE4MhnP1O66AiMH6KT/eVWiVomNovWtCimi71uF"
        "VtLBVxXcB9frdjZ+mLPt/UiSjEmVsWB3OcA4p++DVR5mn9ev1T0n19Dbwrw5wNqfMoP5yWB+"
        "MpifjEXsZiu9lqbzF9Y9mM93vR/d7Yd3++MzPJx3OUXydkkhBpa8YqrLB9U5oExJP1JTN4Ky"
        "KDYUTbwD6PkSMChBQ7n0MA5ROQnhSuGXoeKwdL8N08Mog3JZRjPZfEp5qXz+yksB2QZ+iuPG"
        "oFjqPaTO95NUcIKj0Wj2RbnUtkugY5er6cs+aQJUUPYQ3NY5YgJFucDc7nLE4F7ncNCwmbt5"
        "j/EkSdM32y3k8yyCtgPJwoXx6/wILEmp9/+lBzcEyhHt8nFKiDPoKx/odeUQT1ImXvldr5yg"
        "da7gvsNkbcLJ73gTJUCwwQAMdflGeVUpbazKGqjEOu9c53ADzn7lK1W6bQgEIT5H6mDvM0P+"
        "yo3Tf7H3N/oGr/hWoPR3vqeLqOlX6vJrPeWQB++SeeJgkkb6WeEOtM2pdK7zr77CpGfrfPc/"
        "aFtIPmvw4xAoHRq7VTs3Ym8a/VgY8t/mr7fjdV759zDeQJ8dedIpdB5zO2YBY16tb4/h7/ws"
        "/KK3y81+C1z5rnwkUqaERVFZ2XqP9cUnBXWS36grHujveZ4aOujxG9Ro82khfpQ6fmboj3x1"
        "nQ/4YfSW7gTdAGkTBeWTUTIeCCYlJ7L/tmKqT9CETtCdIy/FFvzUkwcLfdbC9NHR6PKhJJ/Q"
        "2py/8uiGZEoAPH/NBHA2geFFqGEE5TJEZ47SSp/J+J3b5uo5+NRrIi/5/CTFn+dxJv/IkUSE"
        "3P7H+vR/qS/+l/ryf6mf/C/1e1I4EK7qfHuBlybhz/zQpYw8IcHXPN8HrPE73xK1zMaGMbEs"
        "q50TxqgAx8FVKzNSgqGctPk5/5R/2sq7XvSeyFe9aPOKQS/a+c2plr2T353BiHX+p/+P/MBp"
        "ez5ArwbpFnt+ScHfGZbO/2zPP5gmWZy5QHnSTC/uwOgfTbyCa5P03cx9M+qjSWx9haiCJn3a"
        "d/tGWYarsXTlaWnMxxLDeLuxkl/62eZTdbmzTpvr9sqR5yCfr7x/z5jd/7ApiOvvS6km1Co4"
        "6JvS5brU5USXvbYe6fJtip75WqQdX/Erf+t/KM+Izq9EP8/1Ua84XIM2F3GZV2+CebcoD8Zy"
        "M8cfeTqVDI87nRyKTWMw38J2CrMG9lp8oU2sU7qOXfw4xbZlDFHNQn3OiBpIuvkz91hgwPMR"
        "2B3uW8qkZcAPJ4M04pk3j3Q9eb8C2uVIiYyEBU5rDLiJ5Qgd3u1S1GTDVLLfZjMCna/fiSuM"
        "fl5NswibRpcfLaL7qmo2btCd1UkroNuHKLVp7ThJlkCD/EWDGfCEtjTU3fjSx8Oa0NLt1jyI"
        "wtSdI1GyUkA09aMxLnJpV+cM2xyAo04Fc7uY2218tO/sxXBnGFWXT4AsUsr3jOOfbpxDnnzS"
        "koLFIBDbEBLoc2GO1Ww+5ha/JVn65rmFOrVnPkp6IkrPL0VC5yGPAFvRvZwfkGlS6nB99ub9"
        "72dEuvd1vilFOlczxwno7EZu5/hsOmTPXudV+C3kmOEu37s7b4G+ftnnSOcvPc8Joip8ySzu"
        "zX5+ySkpv3R+3BT8VdHKU9l9f0Btbus0AoQlV178L+dZSjFlNo+XaVBLe0IdU2xkia2nz31e"
        "9fkCUU9f685auKAb3X5CveHxA/f2zLMOHyCnswmy9OmSzCGSHqg4DgE9xByVzklO5vSe440E"
        "XpRlnUXs2T7h8vD98/YwJEz/euOb3IL+3uYuHx7PMEzoN2r7vU1BXwYk92TXf1sG/qK3g/tZ"
        "nq4VObne8GSSgfTv2JumCMKDQGfU+m3Ov1dCrDIa69yWs3tTIFDFJbgCHc9zNq+rwH1zvpST"
        "EVqbgmIhuAJspQcObimz3alhfR/KxRitvsdjdHzmxfsQM9/OKdBdlKcMZMBuc1k3L//CTAJt"
        "gYXUuc/N39fK7ed8nbA+o6P3nuP2fIn/r+dL2vZQybQd86XMCpFoO2/90y+gJ79Q+z76H+TD"
        "S4l6yYOWr9PLz1qRep4n44A9E8CedHoHG0yELG+A/8DG+hCDoVoGKJMB8PF1/gpk/STnd2oD"
        "3RRTmP8QHZ/47nltzzqAnel0C3V8j00Sf6HTTK7DAjGEc4ISz96tNrjENt5wsPUQE6wBmoyK"
        "JV6Vrl6TvV+3an9YS9nZa33+T9Ol84fyvJNXBqh5CT9QM7bEjOu4VyPpErAC4AUO40MaWwOP"
        "XX7QMTzaAfhK4/y8vmwzLHEcKxRBv9diDfEFv7P12iMyrQiouzsvtzF/U8tts1m1Y8FNnyI5"
        "mMsUPCrAIhMD6rW9OOfEpZiVzCPucz71+QsFkQG34c0vAJ2XCE37a/dySgSOYobsz7PO53f6"
        "kdp+4tpWaH8YeGvEjqv3Kw+RLC+xvUEnf7eu5GoWFzFBLl8jcr8m9kZeviKWjvbg/1dhJJmM"
        "Q4jz1JRA8ARtOaEt0fdq+zlILjGZvu3cy9GEedDrL3gXv3G9V/XGnJ1MUqBhmKjDiJCVwuGq"
        "QvtVdFwNIQYKlD5mEd9x+sJVpVcokVC8npAt/uR28r74SM9kCKaW4RLmtExQoA6AhbdbQmxF"
        "yq1F3Luqd8Dta074mtk50/g9+8z3q/0Xz77T9+3brl99NFnXX+ffW367TQ1Xofd8Ov/ugip0"
        "56WfuF+fZ9AyMer2hUonhXg4gnA0UYIoOwqQmwSJHSkoo/BtW65CXKNyPhNDPEAbmPP2LHDO"
        "p8XWnd+FeO0vcTD1oNetbxTvrAwDIaEfTZv2Ex5K8uAtdD/F6YI/pHdHA5OdwQsQie5YKVxj"
        "N4bQtuqxP86joP/6r7+6E+R/HDZvT5YPrf/3/wGd3yxC"
    ),
    "esp32c2": (
        "eNp1e9mOq8zS5bt8txwJD3g6Ul9EMoOZzeSblsFmtI0xLgNu9bt3QFW5qs5/ektbFlNmZAwr"
        "VmRG/Z9/oqb5303+Ov3z79WMYZh/fd54HO6Pf/49nawms+lmtsTbx8Pj8M+//4Hhn2hZj24u"
        "yyKzunPcXrkRMpeiies/7r4o9rtd1xEP0nRVPGxFM9dGXkwfB62ZSdtGU8rLZudMmD3DpHUq"
        "mermacUSn48jE57wDkAqsVaoEqvhOdB0SBnCteznC21rC6mrcJnFsx0EJK1MIcjLw+PoP9ZJ"
        "NZtDqhgr4xmLT27+mqrNQbI7XdTUlJzdaDNTcjgc6Lktf3Q+TdPPxzHOHdkuxY9dvC82Rakv"
        "bjkvP/hzrtirmbXVoRWEQ5Af6m4V3QIbntOz5tqgkkUthb353C2oSGccySevhMvaubcxUBWl"
        "KyxPxo1SzSetl2w0O6k7ttat4rqkGWkWh3Ee7qcPjivOtLurn7Vze20W25D/WG2u7Pq5WonJ"
        "ramo/JQtK7ddbSxBClPeOHLu7OTvZ1TEJKqc7L1D0/FWriZOQPc37tYbbv26pCX94nzvcS6b"
        "Vivm88mKpu0gdITdfFlFFHfZmoxrtWJR2by8qxTKpePpuqg3H5ttoN6kXfbxMB1eUP75tPwf"
        "j9jMNpvZv/45XR/3fry1YqbTNTP51z+PU4cv/WPZ4txeV7Q+S7ZmG4klE0tANKlbbooFFcO5"
        "R0saJwDWJRVrpKRlbUL788ckUU3GuJL2cmw74dow0RW2hOXbZA4z/da1sCNdCB+a2p97A24t"
        "y6ayJ8nMbkZkFSybv7T3I98Xa+42sUBubLUFnL+NgWVrRZ/sVHOmxZuW3RF8zLc+D0qcAnDX"
        "lIeLvJR5kI2rDTiPbIF5swpgLdKUkNvEkIQWiurDAigvjs3z6HswrjOdRAGr1tL9dNiRFLSw"
        "3XkAgpBWrGAvNXHT5nO7qehxfb0hkja19wtDstPL8syY0rl1dlkZKtf4I9uvDgGsjwEbChI5"
        "GYKNeuDbSCJbQ+padXZ+LYPMDQsZYl5uLYmoGj9trVEOuS/mrDCbp26SPReaCNAVwsPl9UmE"
        "etWuJL3or4Vwed4OjVXNhcdwH+VDebgbE8pyn4oseELZugGwRvlIc3t/PwSUpin20uAXrYP6"
        "NsUsdW7z5kJXbSix8oXWR7vpYtdmhLci8RrLBUlj1G8CnK0JgxyZEQ92tIbrBqZF8RED6pXY"
        "7qBHtMcd9LCLPBjs2UZz1pjNz+2nn1hGIjxa3tYnAepvqynNTe2JxttWaR+iBO29Mbo0MuTb"
        "RXH2Bm/DhbMXJR8yzRxCU/LgXJS7WNAZ/L7TBGIxi1oe7pd55huR3vKcMin5dBnz7P5i6ugv"
        "qaE/N3Rv75d1wLmnQX5+XZLc1hXeKi+9Y3kZyh3IKOKCgZT90D2SVMQ++vPSj6nzQeOJhfri"
        "jtf+td7ZSUBvb+GO4NjhIhCA6MImoQZ9SsRiBbKb6eX0KAA3U9jUXZ5tmzzC9W7qxvAMP1Sy"
        "qoMrr22K+PLpR92g17aoIAah1RCUcdxNP/oBLF0JMB7AFtSeOyoYD/mLjVS1cj4ydinWlcsp"
        "Vgm7JhRftxhG/5c5Ru7ZG6iqy7clcAqqGe0k7i34n+tGs1oWhB2coRvsOQtg1AOBaaZhmHxf"
        "szC1XH4dJYVYBDTGW8vtv+bjOZwnsLjYn2PcDvGokSbMO+XrucY5Y7wy2hnjcW7H1fC98I5X"
        "4JZyj/HKKnxTEgJ2XGB6uIJqbnC8vOMGHKA4xbVg9BuUM7NA7G7v7+f/n++XYPPiK7+L28b5"
        "WgfAaqkIWul/X6drUwHi8wGgj+5bwm1aXRIslrNbF+T0eCwYXVIs1NPOhTZN9sVMFoJwxqbb"
        "wR8ormNOCc4j2CttvsZgI0wpNbcY59V4xmILoiIUdUEH7Er8joPWQM2rgvB9jVDZWzDYg2Da"
        "3PJKI4tdXvP3yvnySxao++d8t0nMh3NzCohT4HrFgkEfD6nXA+3Br10PtgrIpfOFa2QRe3dZ"
        "nz63GG+u8lDUCb8y3Kbz+/NKDBv70l7uQB6HGv1JKTd39EWBB7cmTujd+bbbXheatoa1sLM1"
        "r8OH+5smOIv15bz/0r/MvdTYfwnMBBrqugBwMeHviitzXxfusaDKWGj9mNiiFlCWdcm+vzOA"
        "1U88sSPFks+O44GyX5fn3EEZrfKjd3pFK0sEePdPfMJcFiSNOUlg6RJpuYJfJKvMSopLkNBB"
        "hPOApzTdSYGtOddbUVm0Ls90N5ee+DTfBegnB++dt8zHY4o4ZkHXPZlK2N7cLz+AYgm87TQp"
        "5zsukIYZ427XHDb2zNwo6Bv2YbAP4k74Y0fLnNTZhN/z+JwTNWdpqXn20sQFIC4+wQgXWwkq"
        "Uxrzko35ZRHM0GXSpYX4mSgQlju0m6I0ZSmEoYrOifEfutI9XNnPESde3mN+7uSH7ffF0e1f"
        "NDnkkeM8iPE63+UAcWB63mo14kO+UxWtfSI+Ib4qs11O32mHt4tIdAm44Y5NwSrbe8vNtJC1"
        "FLJIBaE4sK/j3CXEr+1F18l5uCmYaUws/+5k+ze+lNpJiG1dDQJtpzw6c7KB9YvINwjnhgJ8"
        "zadu/MroEmCCfEHUYg/jnVDGPqOZY3c3hN6FVxbbb/4QGmC/Rjv0vcsqbnm2WD9RlLC8O06p"
        "bJvyMeoD3EN+VtW91l4US5nRDRMoFmcIHf/tH1w6Z+ceE8X5uUEeMo22Zof5+Tbj7HVMSmYv"
        "Xq2paN6SjWe5UjhfzUDL1Mc0wPcE5DeBcM0NA3P/Gw9WjCtV7cccFHO+aensifkLyaht+yn6"
        "xfILRzh4jjgi/sGFItbHeEY8/Mi+8VDkNnLl5jbGqWW9caegR5znC1LzULWHDsQUctf9wXWW"
        "ZR4DD0OekS0ovV2N+Yi7uafk2/9k8/KN3+nj214sx7xxZvv6whkY5NL06Q7XrUm2MontPlKd"
        "JhvzbxFSde4sFUmLd/jisXTtgrMwr04SHg7zeznfKfTiqjnItbJm+fZ/2RCUBaLE7Va+2P0Z"
        "f49xK2pYBCixBYIUaDlnNxbhmdAHVjMQT17Zx+AnoYj5yidWXBRaCEy3vdFNjf4F6CWCUJ9O"
        "aD/kb7Ge26jnSWmzTqQov3C7WNojr9sd6djMrLLgkN+l62hBL9Ugscui0GMIeMzP0xeObwSb"
        "b72q3EU9zntLVPifcUc7BmjHXTY5Ha88ErpIFUIqQv4bc2N+4c0O85jFffLVvANB3FYOsZE3"
        "vXF+e8DrH3wAVcszZ8hT7MiXvvN9S+Wch0GB9s9fQsQi3lz68i7vmr3T8YI05Pv8YpBFa9v2"
        "4pOHXZF3sbxv2/u3X0kEc7C3bmiZqaSr7AkwcXnAda1L7htXcuemqD96Y4sNo90yQHl2x0P/"
        "2hjvOFc5Lnf9OuN/7Ntqcp2HU2FXfedPLm33mkQl64JN65j3T3Vua4pzm+2IAxpDc1eqPvxa"
        "/4LMvvGfZ6my9SxOkLokOAl2rwFlsa8NVYLcRwvkj1cac7milPC6OdTZvGglnSh0r9X4XgFC"
        "SeSOV9CPcsPiCxXfk1sGg1BTcX5it4JU0uECpCn61a1Y6jHLxqcdtRvfW4BvmGzKzoVdBvoa"
        "eUU7xv85HfiFbWCi+OQHy0oQ1OhUsOsKMisW7M0FcQXjsDewcuzn3cDXmVDix/y8Lgo4nTBf"
        "2ft+2tU3lJ9HGrusJMJqFw3je5vxltz3hGe1urShUFnelnvF5h0tDW3pNKe2x8XjWc9Oq+Dq"
        "oj59s7P7j5GPhIuJpILOD/zEY13gLbdgh1Knu9jAHe/or29ec0beki/WuzwsQUWe/RK2RnYy"
        "kLdiHuq4CamnUkgJEnziSFGnp1PZ+inHqoJ96HcEyQzTmUu6xnq1vU7ITbi+bifEtZhfJptO"
        "LAzBscS3H5TRsR7HqeuTW0VGNvg9zdE0dYJKuiBvqROme02p89ZAXr3L2piE8xwLf0FMXTd/"
        "+x3PWnhN7H3SYl2P+YasyzZIuWzw+/6Nb20j1mNdyghS4bo74iFxafcAmYa8wHllzxLj/yCC"
        "aNYbC165geNPUhkMzZuZB4FsZnNmIV42lSsxC1qiWU1jF4vusV4G6bqWiGj4SPp7m+KDkAkm"
        "oIw8/fFYod7aaOJdzCpr+6M904wNZxeLKhZL5DtgWk1IfSBvP+N7wUSQh/fNiYjfr4F+PPee"
        "FHbPiaGhf448wThtQEU8qH/4oFLWmTwVnHecAVwOqlC/+SCXVlEiIS/eZevYCbtQ2OYGYP0t"
        "2LYnZAf1hnJJG+5WrJAfVigXT1uU7CI+OYKQ2N98mE07VANzyB/4PrvhD1Ob0uyNWXSCMQvb"
        "FMvgcd29spKFX/IQKL/5t8w6zQuTIecJ4kHFuh7rP/SXo2hmWbtTcFxlQxYjT21RDsm0nMz1"
        "z7U26EWa7G6ahKyuEJJdP+pDvlbfvKCSu4KA1444QQY5ptNa0aQK6xk2sf2QMiTA72W8Btpm"
        "yjZuuZO23xjLr/hl4fAtp8oa2wM7+j/64WT1ta7FWKe+VleM85G3VbMK/U9mlXfe3UDvED7U"
        "0tYWuTGe+xLrY61ObZZTSx5pS0N4cxFF59cp4BfH53lqZKF2a5GMhnbyounNFTTdHfPtYuRj"
        "XNdawLc2fz0EXLqOXVCvzy3wP/OKLGucRK7bWXCJXd3+iY+XG61jW55LKOfPfZbtJd6qkZ+e"
        "F61a27Yh5O/4hLQ6aOQG7PmB+QMR1X4s9OnG2myeeB1Cd36+VgITreee1tCjXCHya2Cnfaur"
        "AqBfzTSfSkNNhFT+jutWqhbLUBd0YPet6wl+hHkaGUZ1MtCfvR9/Vm+sP9b36wnWFoizvgIo"
        "X0a+cZaDu6hFtmXUmAdQTlKs2Zgr25NFqxrZALd47ge5O+/5JffjS+5H1/EMY0loTyk1X4sn"
        "7QVhd8X6yLuWjMPzq6WbLk98frrMmdYVlugvsfkij4WAcS9NJsVnnieY59N1OO5v2YuZ3lam"
        "oLfsg9nb0uV04LoM66x4yXV5DPmpKlKs1xEvgePEBfpnypHLYsQxRxvi8K33K/MZN2uTpod4"
        "O1Dajpyc7/wCTns+o98J8R4p0hhPRDt3X7xYnHgPZ4hrjjzTYX+MQz/acal2Ql5xWenroa7W"
        "pY7IO+KDxrc7nr9L3KcffeEnchXpdKntMX763eZlQXGK4+Ea9Vkw+5gdedzt01/4L3yNu+sN"
        "+dLljHxJ4h2h6F58OQ+mXDcV5Ggi2McZ/VgP+2CIY0wi8Rcsb8BCv0ZeEn+EdndFeUEacDOF"
        "dm/H/gr1s7fH9bBv/ClD75d+IA0+EL+PYY31/ac+RNgM9fq3vkLlsvoeF3kQ+i/mJyb6xueb"
        "7c5eqeup2Xf+4MnhW5+MqNaYl0TV/ZnPQvvA+5qk2/Ha1Z+VNPCNCcjXexlifQbClvYexUFp"
        "YFhH9Tnf2Y4ur6r6NR8QD3EM47lWf60Lq1JNQLJSF3z9zosgaHWB93Ugv7931OpWcEFLvOq9"
        "7tS/m8IdkB+FLmkm/RSMg/DznEv9gWenZKjTPvXGQkesxibqjGYQd7OnBSO+slOMc74ES+CV"
        "qt47tfpH/zu5AGI5NjG0wDM3P+MB0dXKshe7mzTWIb2RL1qL2Iib21/60/7ok02lIV6xPtRD"
        "HCXqs2/+WtIW+8dOIhGR5wpjHvzST8oj/ySYHk6+YO+mghldyPD7gz+Hb5xP5f+MIxbOcuVf"
        "3vIbcEG+Dua3X6kYBtGKfMtzpi31jzwq0GpV/5Gn5ZZ1XteC+0tfW+FKVPiJm+X5wLtVKUTb"
        "Y4R8SFhBG/48h5RYupgvKMTHqaC9IrzLiJZ1eOtP0Q+/xufA0wSBJWn2OKg81tca8uJSqQ67"
        "zP1InLf9CciW9Pi+/zMfB4v8sCdhdxtw3oJOtw+XWeYGj+fyzT/iN//4WifDaXVe/YlLJPNe"
        "2bQfNZgTd36zN0e11rRVt4WTqIX0fgsYx/zAH63LjKG6Cf3SJ3mKvCu04dEdMf70CZWs1MxR"
        "3/NYZJrNR32sd35cot+VL70B4NPSIGXtpwOvO4D+jheSXDLv5/uQj2VR+bYnF1puM/fjhg5n"
        "Hy40giQSkp/7AY9B4Awtos1FcYEKOFTX+zue6zFcZf4bL3mORj/wM8tnUjcOeW4ZyC3ijTzw"
        "xMeVnhkRm4af+2D7df4r3kzrxFfw9jfOxrygXPuUEP/wxq8ptNZvf1mJWNOCIeyxTsX6ckVk"
        "QcL3d8S9JFK4pM5WGn7jl6zzWQ3eVb6dXoTBLOnvi43RoG0OW8swHx39wryQWm9/Nd9+lA71"
        "lHmzpg/ky+uI2rElaFREveUSsysp2xtw6H9dlL/j9Jz8R5zKcPjPOK3I5bVfWkivT8hbr1I2"
        "2M0G/R7V9W97Y8U5nX7rhwe/ujkDb9dOyZQcbppKPTfF/oaPXX93TFxzHZ1ex6mF+rvYi5Uh"
        "ZTwpYroCy7/+8aMKvI52a7ePaGLPDGkD47kQ5kM35ezL8j/kt1G+Oi9/y88qw36e8yvuMNTV"
        "4vd3Bhh19TB+cJpLeCZZ0ox3DWf0HFKtTJEfykjv0t4e+OEN8FqNB35YE17WagurNLXlLfr8"
        "+Aj0Rbw7z6hgjJtBTi8TaJx8hnz91f/1c/Ooz0Ph870feZa/4/whY3pxrXmA/K30W33nm/nF"
        "crqaM5RBb+u+wnxyVjP0252yfpGwgjfPMBZkMfCy1tMGf33ny62pZvbwPvWN57DkaxfrNhfr"
        "KFM3P17kZROGesypxbdcnKJW5WNl/cY9Fvq33Jx7qzznrUek6EP8iT/x56WT0/bKXLdvP9aN"
        "9/zC7f1elPbcoOdR729e/sm7ObXirbS/ER60O9gc5c8W8fzcGUG0OArj/o4mnS1xbc30K6ai"
        "N871+xn9xkGdqovffq6d8vxk0sVp9ZGffEzFB85euyScRTNQMmHKC0W4QZ5Ysa5la/JwzngD"
        "l+hYN9tpDCI/e52fIRYFVEa6Qpfb1RTMyzxxkc/N9POjhXgXmcHw+0L+3VmiXvRYX1osm+L6"
        "5MYSu1Tg07iMd8HU1TpngmmZ35ibTfFz3rIezjmHfSbLwnWqtcS3qQB5Lckd4hiUEtNNJJoR"
        "xHDxEkE2faUFxZ5PPSHEerKMIZzGElQq4kriAQz77KxA0lDC3Ml5Vow47Ra8ivVctOamFpKj"
        "9KSQ9GKGE0siH8aePNeEdzQbLFbNMkPC8XdYfxPYuBcEsRDxWCFMKdo3tygPw35fLNGtIIRd"
        "MJw/COP+G2dIt+EcBvVWxKpIcBySqi+C/Bs2sUhng34JIe0oV1FCRMsde0XwEJbRceON++cr"
        "ASxPAlcjDuKq5WIdajD8mZ/tWDOhm03oQ+ir83C5E7oYarTTDHl9w8Si5ZtLoRUP5zUvZWmM"
        "OKx7iClhi3qxb6lAJsMZcb47d4P8nEQHZy+tyDgv2Pylr7wSeXGZDeecvq32/EokDVOfVeGm"
        "tVifKAZPhA9OmTgy9DGfi4a7aJFnHvy0ZIIFAoEuhetXdj9DODcl4GoReqxjQKs6uVDPsVBt"
        "K6PPGjfUK69YbyxQKvdQVBdDvWmcbTFoJ5zvVYdM9/igC30utNrrRFJunSxRdkdubkncNpl6"
        "5euwy40LwaLzPLnu5b4vc8nz/ss56Xk4R4VlLOXD+TqTvwh9xDx0LBYfv84vaeSFqIebf6jP"
        "lXElVbrLUL9dmgjpa+llflxUxkEe9seK1Unk58mctNer0H1+by199FvMcx1g6akpqPcCyRnI"
        "fTtcG3hNnUOsh3oQclbLSZgWiunLch8O19UDr9VmuG6FXFZBCkTxVW+1W3NXe20lTpqd3z7u"
        "EDwW+VyMDodH9jFN0c8t+OiLrQbNssN6FzZzZ75fI54yJ4mwNb+tLn0eHfiLW1Ed6CrBOpWb"
        "VquQ8lTemm7Ddl9rM7122tNQL2tUVg/7HyaVZxrLqr/2USfjfvYTefmGit3q9/6XzNnIOzPb"
        "+Xm/0od97WrcxxHN2C2nRxXIVApn5lxgZVWb1cjLppI2vy8h06fEkl+HuoKwi1W+GvY3uAls"
        "fbp0Y8WZaQFVkD/ygBaP8jxw/PUpNs6/5dE4lW8bj+flLT9ttrD3BLlTSvgln6yVOzZzwUqr"
        "nY9BIHc6D3tBkN/7RViMdDx+55RYp0kMEYqVH28pnG9ZxtuyTVywse4Dbayrh/O86ymh5M7l"
        "QfGkLFqfUW7uUD6KsGyU67CfZd5Evr2XQjCNyvaJK2zln/kgfdogV2Oeea/DVKuuIDOPCyex"
        "YF1MoX4V7G89w5bBdetTGqj3Pte8/3me6p03C88S026nSyKdf80HE183icXqrexJIT73TEX6"
        "OBjDPhxPlcthf02izsrGi4RPexjBZFOSi63vebu8zBxnr57LSnRoJQrPLyfglWNznpyHc68d"
        "pD/2MNh+PIexzltmzq0o5Om/9Jw+ag1ugHzmt/9s3ZFPya1YgqiBbekF8d2tn1w4O7YIfn/M"
        "33piO7klJfL6Fep3tMsU7k42VbeVGxap/mkfKUmowW78wRNxPTj/wI/nV8RlySPG0c4NmA55"
        "gzKOC3opDH0yGQOFSFvOo4tllh32DU5SqmrqgsjF1rQczIcln2kikK0z8I4F+bHnfaFJD9C8"
        "4ZxgmYLAfmhH6rlY2I8aeVFQGov3Ptjj6ia3ZiFIs0j/4+eyao1+TrtJQX0kdfvbzw32qlZ3"
        "8scf1ITs6UnQTJIl8p3D5lQVQmkRJfo8j5LQD49JzP+NX7Yc90n63/HlcN7aQocMNkKv+chP"
        "3/ZqDc0hp8/nTIK43VmQoXyclTi1G3sftCIxdDlnuuF8i1PPjClg/ly+Lj79xy80dj/6xUln"
        "KIrV/9hfme1IVw19CBNQFcyXNWe3iCe3U1HU+P20LjEvBxlwRZjc1zsXc9vRIoNew+/xgT0y"
        "XSnMc80jwO7tNVKR6bFEfnCwgWwCbgVN+1wO8b0QeaptBM12J5yPdUE4W6yQTElTImF8JzHG"
        "qwueKs4rrBNOlvctZ6gUhQDBAcrDK3Mb8seuqDOmXQtL6fL6s26WNfjSRabxC19Vti5OmpAd"
        "g8JOA//pJqztm3Br5d/2Nso2jDCfeFNgX2RmkYpZzuEwo3N3X5CbSwr8haVLrm44xonGRB5w"
        "kcjMTGHyy69C+aO3c1V4/NofL0TjeLU0naAc7AbG8WGSSGBfsEZ2ib3SpLrliuXzaSS2z3mo"
        "J6alhPXeEAfeKBytT/tgXl1ESVEc5putFeyxjpeAkEJEyGxL97cehDya7Fg6eK7Rf5Z+spWQ"
        "VzozfblvhYI1G+Dbfrrq9HiL9dGJbk38/vNclTmtsD4vNuvwZzyRJWs33rE5WGFbrJCXSZxb"
        "H+3UE8PZ9ArHpfAb/1KnPsjdkYeDIOnRAfmsOV+kWIetEzoPjd2Gjs2mS2ZYWB2+8wSxkuyB"
        "vI+NhI2XzKhPu773wRge8nzEAe7jnUfy5zTAOC3g6VMbXCdTJ196+PpOI4zcZTxEfgfThkcy"
        "K4WUciVf+eF7Xyoe96liwammIkE7H8RYkiv3fPiuY1gyl28Plq20K8uko7zq7V4s+dNK9nvi"
        "zCdx5vecR6F/U6sVUaafuP7LLyxlW0Dqn46elz3Kv/NHtqYu6fWof35aHUDR51RKY/ydJogf"
        "S252macjPwgBcfZKMz5X0gkivhZsUqAuqSvdIopT2o9hXIHF+tieiK8NE5PqllwGnFgwp/f5"
        "XOGK83QSlxBe7+kEyzLEh2t4+d53gkM1RX9pOae3SEjbd/K7vpZWGJd+o/hxfma0a8eknMKc"
        "5LEfaprJ4WJ7Hc4Tx/WDJzDMmr9j3YDlRm+3My6kpSvB+6l7iltDnPyxM0uyL9x60WrKqYiv"
        "n3j6tmcpp9XIZ4jVFMNzuT2XgOu5hGvBjrF+GvQrnb1H1M+VybDvHwcaeZHHKtFXmHfOqyxu"
        "o+T6cct3GZWYkubPvZdslczxak9fgtynA6+syVBnkU7xAzGf3g2xa9nLVLs7rweH/yNt1txP"
        "vbEVF82ubrOdwtNDP6s53aQkdkJXCrTLPBz4YisDUTQls9z5oWnozEUiwpy3nNsfd4rBQRva"
        "q2Lv3s6W74f7/bG8X5zzftuVzWynDgcd0zHvN0yUYwn4mqZsnxWavLBYxA1DxnqQ6yEdz6NZ"
        "VduKIBUXPaHM24k62zOD6aYBddOkzOLVHEzMGyzXYR1VWnFOpr6ZrqMr3fFov2hfpKa0oTfj"
        "fblfVfSHcaKSntu2LhbDG2FoPkz71dhHxKZHKk9q8Vgxl5QRZH6TycgndB+OBQlSJewamd3q"
        "UpRy02JlSl0riNlrtsVoG/oleegnPADWDz3We0YdsGm+PHfLkKdjBuubcDyf1eogs9LXuY2J"
        "1qZgYT1MWmlfrA4Bb9l97huJD1x/fS2T2+1wuOZaurH4Qv5wiaC5hfIY+puS89OuDb0yqOws"
        "zjXmWAHKs0/Z12Ydk2Z9HOpEKY7iV4a+3KwTESJ83oJHVsiTJwlFb3xTY07h+F3LTh9dppwC"
        "/jK5aYHeAtUJnXIMjY9MZqTHLNiam4tJMG9msSvID3vssyOPsM64FfLUCwbhd97hisfsujW7"
        "Ti5H/zE8pXUbYAXxN39l6oPAM6gzu0O7uTbBAifDvFA8A6piVh59M33US5b2hjlNlkVBBxSz"
        "4M70/U8/3dg3NcoVlX944twd+zWHPsqv/Ar9mfra95Dc+T5GPx728Sw3+L5fEczBX/ve604S"
        "vu9bUrB5rIZ+JvFnn6JA2UUS74a+qRelLFZDX6JNAOVheRj56Pf3qb7SHxPeJs3hvX46UtBE"
        "3vj+2BfD/vQn1ZX1kXGxAiK7Y48gwen1P/t3lHcfyyLtEwViccRPkzKvVLIcz18T2xEIq6WU"
        "xS0ezHcfTyTq+CzEYrT9zFt0fjr1Fvu1n6K867TpPDp+93fVGVzLsb/8s59csPdJ2o3nGpz+"
        "c94OsF7P5nob4vi22vrJRuiMwE7JpliY+Ctu8unMbOanKxR6cGvVV7aK2WaD13dNeLQqdY4w"
        "B9D0prjh+xZ3LB4y3k9aMGf6K1y4faVC4mH9DLztNtaIP3LTjfsPXqMcWogMpanq/LBUtMoZ"
        "+wD59qleW6kBN/ijR7msHSdVtqM+VZUPaUdFfscDgV1WWBDv6x2J6/EcgtGScd90Ys2zsf9v"
        "FpN0EkrAGRI19EUjb5+2w19J7CjldrlcLF+Lhn0afzZvZokA8mx7P60J7215fXbffvWHG915"
        "6IdaqL069lv2maKpw/xsUyfsqSW2LaaJ99/kHvvc8tw3h3OIHWthefrVl/gtl92Kb7kE+ko5"
        "VeRkzmHwa2mMA+3o0XHt9rfyRVibHL/2ldBPunTo8/p6L9X83uK0aQXI8w7kHQdWOMTXlx8A"
        "x6N/vPQDlgOtn1qf/bljn/33OLLG/tdxhrj41C8LLcaFNvZbaELFkzE+LFv87Dv7GsfSjN4C"
        "QRi/R5wS+bNr20TYYRFv2UnRjf0IBjXGf6p6cPgrh4UuXf2Zl6QNiOn4/n3o6YTihvkk8U5h"
        "3/7qbzPr3tKEoW9r6LOwMn9P9vcYcwj/2e9GmdKwvw2rUrZQbk4b9ye9ujoWK9Xl9T5mkGVL"
        "ZLYvTicX9PbretgX8/X00Vrz43roTxhkMBeLFsb9mfEa1xvOjDkUn336ZH16EtcraCOGsc8e"
        "eQBpWUzjX33SQ7+lO8SJIGltfgVRL7thnnHfMMbnpqhYYJOlLGGe9ArGFJEfoBOM+XNKU7I4"
        "DdeFbKbDPuj/+ufzr2Z+/YHN11/T/N//BytoLfI="
    ),
    "esp32c3": (
        "eNp1e1mTss7y5nf53XIicMHtRMxFFlBssguINxOCsqqI2gJOzHefhO62u8//zBvxhsFWlZXL"
        "k09WZf+ff6L7/X/f89fxn38vJhzH/evzxmN/e/zz7/FoMRotl+PV5F//HPaP/T///gf6f5Jt"
        "P9qpokjc4iYIO/VKyFSORl7wuAWS1G02bUt8SNNF8XBU3VqaeTF+7PX7RF7fdbU8rzbuiNtx"
        "XFqnsqWtnnYsi/kwMhGJ6AKkMm+HGrHvogC6ASlHhIb/fKFpHJp6qpDZIt/ClqSVRbd5uX8c"
        "gscyqSZTSFVzYT5j6SlMX2Ptvped1pB0LSUnL1pN1Bz2e3bqKB9twLLs83GIc1dxSuljE++K"
        "VVEas2suKg/xlKvOYmKvDWgo3W/zfd0uouvWgef4pHsOaGRWy2FnPTczJjI4Vw7IKxGyZuqv"
        "TFRF6dH50bwymvVkjZKPJkdtw9eGXVzmLCdP4jDOw934IQjFifU29bN2r6/VbB2KH4vVhV8+"
        "Fwspud4rJj9m88prFiubymEqmgfBmxyD3YSJuERTkp2/v7einWuJu2W7q3DtTK9+ndOSfQmB"
        "/ziV90YvptPRgmWdbejSzXReRYxwXlucZzdSUTmisqlUxmPj8bKoVx+r9Va7ypvs42G5IlX/"
        "+bT8b48Yz9EhRv/653h53Lrh1oIbj5cc3nocW3zpH9uRps4yZY1JolpNJJVcLAPR5Xa+KmZM"
        "DKcOLWkeAXiPVLyZkoZ3CBtMH6NEsTjzQprzoWnp5c5FF1gTXmySKUyMa9vAhrQhfOhad+pM"
        "uDY8nyq+rHCbCVE0sB3x3NwOYicshevIBuXuaA3g/E0MPF+rxmijWBM9XjX8huBjsQlEUOMU"
        "QLikIpyVuSKCYl4cwHkUG6yrXQBvk3sJuUNMmTZQVB82QHl2HVFE34Nhneko2vJaLd+O+w1J"
        "QQ+bjQ9AaVrx1Jnr0qrJp849ZYf1daZEmtTZzUzZSc/zE2fJp8bdZGWoXuKPbLfYb2F52PIh"
        "lcnRpA7qQWwimaxNuW20yek132ZeWCgQi0pjy0TTxXFjD3IoXTHl6WSaekn2nOkSQFvQhyca"
        "owj1ql9IejZeM3p+Xvd3u5rSR38f5UN5hCsXKkqXSjz4tGy8LfBm+UhzZ3fbbxldV525Kc4a"
        "F/VtSVnqXqf3M1s1ocwrZ9YY7GZIbZMR0Y6kS6wUJI1RvwkIjk57OTIz7u1o99d3GBfFRwyo"
        "V+J4vR7RHjcwwjbyobdnE015czI9NZ9+YpsJfTSiY4y2qL+1rt6vWkd00bFLZx8laO+V2aaR"
        "qVzPqrszRQfOgjMrxZC7TyG0ZB9ORbmJqcHh961Oic3NaqW/X+ZZYEZGIwrqqBTTeSzyu7Nl"
        "oL+kpvFcsZ2zm9dbwTv28ovLkuSOoYp2ee5c289Q7q2CIs44SPkPwydJRZxDMC2DmDntdZHY"
        "qC/hcOk2y42TbNn1NdwQHDucbSkQg64SptenTGyeks3EKMcHCsJE5VNvfnIc8giXm7EXwzP8"
        "0Mii3l5EfVXE508/anu9NkUFMdBGR1DGcVfd4Acw92TAeACHap1wUDEe8hcfaVrlfmT8XKor"
        "T1DtEjb3UHpdYxj8XxE4peOvoGme2JQgqKhmtJO0s+F/rhvNatsQtnCCtrfnZAuDHgiMMx3D"
        "5Puah7HticsoKaRiy2K8NcLuaz5RwHm2thAHU4zbPh51cg/zVv16rgvuEK+cfsJ4nDpx2n9P"
        "3/EKwlzpMF55VbyXhIATF5geLqBZKxwvb4UeBxhB9WwY/AblzGyQ2uv7++n/5/s5OKL0ym/S"
        "+u5+rQNgMVepXgbf1+nSUoEE4hbQR3cNEVaNIVObF5zGAyU9HArOkFUb9bTxoEmTXTFR6Dac"
        "8Om69wdGaLljgvNQZ6FPlxhshCvl+zXGeXWRs/mCaAhF7bYFfiF9x0FjouY1Sr+vESo7G3p7"
        "EEyba1G9K1Kb1+Ktcr/8kgfm9jnfdRSL4dQaA+IUeH4x49DHQ+b1QHuIS8+HtQpK6X7hGpnF"
        "/k0xxk8V481TH6o2Ehemd2+D7rSQwrtzbs43II99jf6klqsb+iIVwauJG/o3sWnXl5muL2FJ"
        "N47ut/hwd9WpO1ueT7sv/SvCS4uDF+VGcGcuMwAPE/6muHC3ZeEdCqaMaRPExJH0LWPb5+z7"
        "OxN44ygSJ1Jt5eS6Pqi7ZXnKXZTRLj86t1P1skSA9/7EJ0wVKuvcUQbbkEkjFOIsWWR2Upy3"
        "CbuNcB7w1Xt7VGFtTY1GUmeNJ3Lt1WNHASu2W/STvf/OW9bjMUYcs6Ftn1xF11fvyw+gmIPo"
        "uPdUCFwPyJ0b4m5z36+cibVS0TecfW8fxJ3wx462NaqzkbgT8bkg6e7c1vLspUszQFx8ghnO"
        "1jJUljzkJQfzy2w7QZdJ5zbiZ6JCWG7Qbqp6L0sahho6J8Z/6Mm3cOE8B5x4+Y/pqVUeTtAV"
        "B6/bsGSfR677IObrdFO2iAPj01qvER/yjabqzRPxCfFVnWxy9sa6olNEkkfACzd8CnbZ3Bph"
        "ooe8rZJZSmmx51+HqUdIUDuztlXycFVw45jYwc3Ndm98KfUjjR1D2271jfpordEKli+iXCGc"
        "miqItZh68StjS4AR8gVJj32Md8KYu4zlDu3NpJ0Hryx23vwhNMF5DXboOo9XvfJk80GiqmF5"
        "c91SXd/Lx6AP8Pb5SdN2enNWbXXC3rmtagsmbcVv/xDSKT/1uSjOT3fkIeNItVrMz9eJ4Cxj"
        "UnI76WKPJeuarHzbk8PpYgJ6pj3GW3yPIr/Z0ktumpj733iw4Dy5aj6moFrTVcNmT8xfSEYd"
        "J0jRL+ZfOCLAc8AR6Q8uFLExxDPi4Uf2jYeSsFIqL3cwTm37jTsFO+C8WJBahKrZtyClkHve"
        "D67zPPfoeRjyjGzGGM1iyEfC1Tsm3/6nWOdv/E4f3/biBe6NM+vXF85AL5dujDe4bl121FHs"
        "dJHm3rMh/xYhU+fuXJX1eIMvHkrPKQQb8+ooEWE/vZXTjcrOLrqLXCu7z9/+r5hUnSFKXK/l"
        "i9+d8PcQN5KORYAa20DlrZ4Lzt0mIhcGwOsm4skr++j9JJQwXwXEjotCD4Fr11f2XqN/AXoJ"
        "pfXxiPZD/hYbuYN6HpUO70aq+gu3i7kz8LrNgY2tzC4LAflduoxm7FzbJk5ZFEYMWxHz8/iF"
        "45vb1bdeNeGsHaadLaniz7iDHbdox002Oh4uIhK6SKMhEyH/jYUhv4hWi3nMFj75at4CldaV"
        "SxzkTW+cX+/x+gcfQNPzzO3zFD/wpe983zC54GNQoP3zF414xJtzV96UzX3ntiKV+3yfn00y"
        "axzHmX3ysAvyLl4MHGf39iuZYA72lyWrcJV8UXwKI08EXNeyFL5xJXevqvajN75Ycfo1A5Rn"
        "c9h3m5X5jnNNEHIvqDPxx76NrtR5OKab6jt/Cmmz02UmWRZ8WsdicKxzR1fd62RDXNA5Vrgw"
        "9f7X+mdk8o3/Is+UjW8LVG6T7ZE6nQ6Mzb9WTAlKF82QP15YzOWqWsLr6jIn66yXbKKynV7j"
        "ewXQkiitqKIf5aYtFhq+pzQcBqGu4fzEaahcsuEM5DH61bWYGzHPx0e06PDeDALT4lN+SjcZ"
        "GEvkFc0Q/6e05xeOiYnikx/MK0q16FjwywoyO6bO6oy4gnHYmVg5dtO25+tcKItDfl4WBRyP"
        "mK+cXTdu6yvKLyKNnVcy4fWzjvG9zkRb6Toi8npdOlBovOgoneqIrp6GjnycMuvD7PGsJ8fF"
        "9uKhPgOrdbqPgY+Es5GsgSH2/MTnPRBtr+D7Uqc9OyAcbuivb15zQt6Sz5abPCxBQ579omsz"
        "O5rIWzEPtcKI1GM5ZKgMnzhS1OnxWDZBKvAaddATCJIZrrXmbI31anMZkSu9vK5HxLVYnCer"
        "VipM6trS2w/K6FAP49T10asiM+v9nhVYljlCJZ+Rt9QJ177GzGltIq/eZE1MwmmOhT+VUs/L"
        "334n8jZeE2eXNFjXY74hy7LZpkLW+333xrfmLtVDXcpRufC8DfGRuDQ7gExHXuC+smeJ8b+X"
        "QLLqlQ2v3MTxR6kCpu5PrD0lq8mUm0nnVeXJ3IyVWV7X+dmsfSzn23RZy0QyAyT9ncOI25Db"
        "jkAdePrjsUC9NdHIP1tV1nQHZ6KbK8EpZlUslch3wLLvIfOBvP2E721HVOnft0YSfr8E9vHc"
        "+XLYPkemjv458ATzuAIN8aD+4YNqWWfKmLrvOAM47zVav/mgkFZRIiMv3mTL2A3bkK5zE7D+"
        "po7j02yvXVEueSVciwXywwrlElmbUTzEJ5fSxPnmw3zaohq4ff7A9/mVuB87jO6srKKl5iRs"
        "UiyDh3V36kKhv+QhUH7zb4V37y9MhoJPpb2GdT3Wf+gvB8nKsmaj4rjqiswGntqgHLJlu5kX"
        "nGq914s82lx1GVldQZNNN+hDuVTfvKBS2oKA3ww4QXo5xuNa1eUK6xk+cYKQMWXA7xW8Btbh"
        "yiZuhKO+W5nzr/jlYf8tp8ab6z0/+D/64Wjxta7ZUKe+FheM84G3VZMK/U/h1XfeXUHnEjHU"
        "08aRhCGeuxLrY71OHV7QShFpy52I1iyKTq/jVpwdnqexmYX6tUEyGjrJi2VXF9ANb8i3s4GP"
        "CW1jg9g44mW/FdJl7IF2ea5B/JlX4nnzKAntxoZz7BnOT3y8vGgZO8pURjl/7vN8J4t2jfz0"
        "NGu02nFMmr/jE9Jqr5Mr8KcH5g9EVOcxM8Yre7V64nUI7en5WlAuWk59RNlBrhD5NfDjrjE0"
        "CuhXEz1g0lCXIFW+47qRq9k8NKgB/K7xfBpEmKeRYVRHE/3Z//Fn7coHQ32/HGFtgTgbqIDy"
        "ZeQbZwW4SXrk2GaNeQDlJMWSj4WyOdqsppMVCLPnrpe79Z9fcj++5H60rchxtoz2lFPrNXuy"
        "/jZsL1gf+ZeSc0VxMffS+VHMj+cp13h0jv4SWy/ymFGMe3k0Kj7zPME8ny7DYX/LmU2MprKo"
        "0fAPbufI5+NeaDOss+K50OYx5MeqSLFeR7wEQZBm6J+pQM6zAcdcvY/Dt94v3GfcLC2W7eNt"
        "z+gbcnS/8wu4zemEfkfjHVKkIZ6Ifmq/eLE08h9uH9cCeab9/piAfrQRUv2IvOK8MJZ9XW3I"
        "LVE2JABdbDaieJOFTz/6wk/kKvLxXDtD/GCGf9lQHOO4v0Z9Ftwu5gced/30F/ELX+P2ckW+"
        "dD4hX5JFlxbtSyyn27HQjqkSjahzmLCPZb8PhjjGJbJ4xvIGbPRr5CXxR+i0F5QX5B43U2h2"
        "ThwsUD87Z1gP/8afMvR/6QfS7Qfi9yGssb7/1IcEq75e/9ZXqJ4X3+MiD0L/xfzERd/4fHW8"
        "ySv1fC37zh8i2X/rk5O0GvOSpHk/89loH3hfk3Q9XHvGs5J7vjEC5XIrQ6zPgK5Z/1Hs1Tv0"
        "66g+5zs50flVVb/mA+IjjmE819qvdWFVqlMkK3Uh1u+8CFSvC7xvAPn9vatV10LYNsSv3utO"
        "g5tFb4D8KPTIfdSNwdzTn+dCGvQ8OyV9nfapNx5aYt8dok1YDnE3e9ow4Cs/xjgXS7CpqFb1"
        "zq21P/rfKAUQ23WIqW99a/UzHhBDq2xntrnKQx3SmfmssYmDuLn+pT/9jz75VO7jFetDI8RR"
        "oi775q8la/N/7CQRCXkuHfLgl35SEfknwfRwDKizGVMrOpP+9wd/9t84nyr/GUc8nJQqOL/l"
        "N+GMfB2sb7/SMAyiBfmW58Ta2h95NGC1qv4jTyPM67yuqfdLX2t6IRr8xM38tBe9qqTR+hAh"
        "H6ILaMKf55AS25DyGYP4OKb6K8K7nGTb+7f+VGP/a3wBfJ1SnqTZY6+JWF/ryItLtdpvMu8j"
        "cd/2J6DY8uP7/s98Aszy/Y6E7bXHeRtaw9mfJ5m3fTznb/4Rv/nH1zo5Qa/z6k9cIpn3y3vz"
        "UYM18qZXZ3XQal1ftGs4SnrI7taAcSz2/NE+TzimHbEvY5SnyLtCBx7tAePPGDHJQstc7T2P"
        "TcbZdNDHchPEJfpd+TLuAGJamqSsg7TndXsw3vFCknPm/3wfirEiqd/2FELbu09xHDacfHhw"
        "p7JESH7qejwGKph6xFqz4gwVCKiu93ei0GG4KuI3XooCi34QZHbApV4cisJ8qzSIN0rPEx8X"
        "dmJGfBp+7oPtlvmveLPso1jB298EB/OCeulSQoL9G7/G0Ni//WUhYU0LJt1hnYr15YIoVMb3"
        "N8Q7J3I4Z052Gn7jl2KIWQ3+RbkeX4TDLBnsipV5R9vs17ZpPVr2hXkhtd/+ar39KO3rKetq"
        "jx/Il5cRs+FL0JmIecslZRdSNlcQ0P/aKH/H6Sn5jzhVYP+fcVqR82s3t5FeH5G3XuSst5sD"
        "xi2q69/2xopzPP7WjwhBdXV73q4fkzHZX3WNea6K3RUfe8HmkHjWMjq+DmMb9Xd2ZgtTzkRS"
        "xGwFdnD540cV+C3r1V4XscSZmPIKhnMhzIdeKjjn+X/I76B8dV7+lp9X+/0891fcYahrxe/v"
        "TDDr6mH+4LSQiFwyZzn/Ek7YKaR6mSI/VJDepZ3T88Mr4LUW9/ywJqKi1zZWaVoj2uzp8bE1"
        "ZvHmNGG2Q9z0cvoZZXHyCfL1V/fXz62DMQ3p53s/8sx/x/lDwfTi2dMtZq0yaIxNYOVn221r"
        "wVR7vS27CvPJScvQbzfq8kXCCt48w5yRWc/LGl/v/fWdL9eWljn9+8w3nsNcrD2s2zysoyzD"
        "+niRl0M45jFlZt9yCapWlY+F/Rv3eOjecgvetfLdtx6RovfxJ/3En5+OjusLd1m//dgw3/PT"
        "6/u9KO2EXs+D3t+8/JN3C1ol2ml3JSLoN3AEJpjM4umpNbfR7ECH/R1dPtnS0p4YF0xFb5zr"
        "dhP2jYMGUxe//Vw/5vnRYovj4iM/BpiK94Kz9Eg4iSagZnQs0iJcIU+seM92dKU/Z7yCRwys"
        "m500BkmcvE7PEIsCJiNtYSjNYgzWeZp4yOcmxunRQLyJrG3/+0L+3dqSUXRYX9o8n+L6lLst"
        "tSkV07iMN9uxp7fuCNOyuLJWq+LnvGXZn3P2+0y2jevUallsUgp5LSst4hiUMteOZJajUjh7"
        "SaBYgdqA6kzHPg2xnixjCMexDJWGuJL4AP0+O09JGsqYOwXfjhGnvULUsJ6LlsLYRnKUHlWS"
        "nq1wZMvkw9yR55KIru6AzWtZZso4/gbrbwIr74wgFiIeq4QrJefqFeW+3++LZbahNGy3/fkD"
        "HfbfBFO+9ucwqLci1iSC45BUexHk37CKJTbr9UsIaQa5ihIiVmn5C4IHnUeHlT/sny8o2L4M"
        "nk5cxFXbwzrU5MSTONnwVsLeV2EAYaBNw/mGtjHUaKcJ8vo7F0t2YM1pI+1PS1HO0hhx2PAR"
        "U8IG9eJcU0pG/Rlxvjm1vfyCzG5PflqRYV5wxHNX+SXy4jLrzzkDR+vEhUTuXH3S6FVvsD5R"
        "TZHQD0EduQp0sZhLpjdrkGfug7TktjMEAkMOl6/sdoJwaskg1BJ0WMeAXrVKoZ1iWq0rs8vu"
        "XmhUfrFc2aBW3r6ozqZ21QXH5tBOON+rDrn28cEWxpQ2+utIUmGZzFF2V7lfk7i5Z9pFrMM2"
        "N88Ei87T6LJTuq7MZd//L+ekp/4cFeaxnPfn61z+IuwB89ChmH38Or9kkReiHq7Bvj5V5oVU"
        "6SZD/bZpQtPX3M+CuKjMvdLvjxWLoyROkylpLhfafn5vzwP0W8xzLWDpqauo9wLJGShd01+b"
        "eM2cQqyHOqA5r+ckTAvVChSlC/vr6oHX2r2/bmiuaCBvJelVr/Xr/aZ1+kIa3TdB87jB9jHL"
        "p1K03z+yj3GKfm7DR1esdbjPW6x3YTV1p7sl4il3lAlfi+vq3OXRXjx7FdOCoRGsU4VxtQgZ"
        "XxPt8TpsdrU+MWq3Ofb1ss5kdb//YTF5pvO89msfdTTsZz+Rl6+Y2Kt+738pgoO8M3Pcn/cr"
        "o9/XroZ9HMmKvXJ80ICM5XBiTSmvaPqkRl42lvXpbQ6ZMSa28trXFYRtrIlVv78hjGAdsKUX"
        "q+5E3zIF+SMP6PEgzwPHXx5j8/RbHl3QxObui6KyFsf3Nex8qrRqCb/kU/Ryw2ce2Gm1CTAI"
        "lNYQYUep8t4vwmKkFfE7t8Q6TeYILRZBvGZwvnkZr8sm8cDBug/0oa7uz/Mux4RRWk8E1Zez"
        "aHlCuYV9+SjC8q5e+v0s6yqJza2k23FUNk9cYaP8zAfp0wGlGvLMex2WVrUFmfhCOIqpfbZo"
        "/Sr433qGNYfrNsYsMO99rmn38zw1Wn8SnmSuWY/nRD79mg9GgWERmzcaxZdDfO5bqvyxN/t9"
        "OJEp5/3+msyc1JUf0U97mNvRqiRnx9iJTnmeuO5OO5WV5LJqFJ5e7lZUD/fT6NSfe20g/bGH"
        "yXfDOYx9WnNTYcEgT/+l5/RR63AF5DO//WftDXxKaaQSJB0c2yhI4K2D5Cw4sU3w+0P+1hPf"
        "Kg0pkdcvUL+DXcZwc7Oxtq68sEiNT/vIScL0dhP3voTrwfl7fjy9IC7LPjEPTm7CuM8bjHmY"
        "sXPa98lkHBQSa7uPNlZ4vt83OMqppmszohRry3YxH5ZipktA1m7PO2bkx563mS4/QPf7c4J5"
        "CpT/0A/MczZzHjXyom1pzt77YI+Ll1zvMypPIuOPnyuaPfg56yUF85HUzW8/N/mLVt3IH3/Q"
        "ErJjR9v7KJkj39mvjlVBS5uo0ed5lIx+eEhi8W/88uWwT9L9ji9X8Jc2OuR2RTs9QH76tldj"
        "6i45fj7nEsTt1oYM5RPsxK292P9gVZljyynX9udbgnbiLIr5c/46B+wfv9D53eAXR4NjGN74"
        "Y391siFt1fchjEBTMV/WgtMgnlyPRVHj9+O6xLy8zUAowuS23HiY2w426fUafo8P/IFrSzrN"
        "dZ8Av3OWSEXGhxL5wd4BstoKC7g3z3kf3zNJZJo71R1vJARYF4ST2QLJlDwmMsZ3EmO8euBr"
        "0rTCOuFo+99yhmpRUNjuody/Mu9O/tgVdcY1SzqXz68/6+Z5Uyw9ZBq/8FXj6+Ko0+ywLZx0"
        "Gzy9hHcCC66N8tveZtmEEeYTfwz8i0xsUnHzKewnbO7tCnL1SIG/MPfIxQuHONG5yAchkriJ"
        "RUe//CpUPjon1+jj1/54IZmHi60bBOXgVzCMD6NEBueMNbJHnIUu141QzJ9PM3ECwUc9cQ1D"
        "lztT6nkjPdif9sG8OouSothPV2t7u8M6XgZCCgkhsym933qgeTTa8Oz2uUT/mQfJWkZe6U6M"
        "+a6hBW/dQWy68aI14jXWR0e2sfD7z3NV7rjA+rxYLcOf8SSeLL14w+dgh02xQF4mC159cFJf"
        "CifjCxzm9Df+pW69V9qDCHsqG9Ee+aw1naVYhy0TNg/NzYqNrXubTLCw2n/nCWIn2QN5Hx/R"
        "lZ9MmE+7vvfBOBHyfMAB4eOdR/LneItxWsAzYFa4Tq5OvvTw9Z1OOKXNRIiCFsZ3EcmsHDLq"
        "hXzlh+99qXjYp4qpW40lgnbeS7GsVN5p/13H8GSqXB88X+kXnksHebXrrZiLx4USdMSdjuIs"
        "6ASfQf9mFguijj9x/Zdf2Oq6gDQ4Hnw/e5R/548cXZuzy0H/4rjag2pMmZTF+DuOED/mwuQ8"
        "TQd+EALi7IXlAqFkE0R8fbtKgTmnnnyNGEFtPvpxKY/1sTOSXisuJtU1Ofc4MeOO7/O5wpOm"
        "6SguIbzc0hGWZYgPl/D8ve8E+2qM/tIIbmeTkHVu5Hd9LS8wLoO7GsT5idMvLZcKKndUhn6o"
        "caaEs/WlP08c1g8+5bileMO6AcuNzmkmQsjKF4L3U+8YN6Y0+mNnnmRfuPVitVTQEF8/8fRt"
        "z1JJq4HPEPte9M+V5lQCruccLqkTY/3U61c++Y+om6qjft8/3urkRR6LxFhg3jktsriJksvH"
        "Nd9kTGLJejD1X4pdcoeLM35RpUt7XlmTvs4irRpspXx8M6W24c9j/ea+HgL+j/TJ/XbszLU0"
        "u2/qJtuoItv3s1rjVUpiN/TkrX6ehj1fbBQgqq5mtjfd30s285CIcKe14HWHjWoK0ITOoth5"
        "15MdBOFudyhvZ/e0W7flfbLR+oOO8ZD371yUYwn4Gqd8lxW6MrN5xA1TwXpQ6CAdzqN5TV9L"
        "IBdnI2Gs65E5OROTa8db5qrLmS1qOViYN3ihxTqqtOOcjAMrXUYXthXRftGuSC15xa6G+0q3"
        "qNgP88gknbBuPCyGV7RvPky7xdBHxKcHJk9q6VBx55SjirjKFOQTRgCHgmxTNWzvCr825CgV"
        "xsXCktuGStlrssZo6/slRehGIgDWDx3We2a95dN8fmrnocjGHNY34XA+q9fbzE5fpyYmepOC"
        "jfUwaeRdsdhvRdvp8sBMAhC6y2ueXK/7/SXX05UtFsqHR6juFeqj729KTk+nNo3KZLKTNNW5"
        "QwUozy7lX6tlTO7LQ18nynEUvzL05fsykSDC5w34ZIE8eZQw7CqwdO4YDt81/PjRZupxK55H"
        "V31rNMC0tFUPofmRKZz8mGxVa3W2CObNLPao8nCGPjvyCOtMWCBPPWMQfucdoXhMLqrVtko5"
        "+I/pq413B55Kv/krV++pyKHOnBbt5jkEC5wM80Lx3DIVt/DZqxWgXrK0M61xMi8KdstwM+HE"
        "3v700w19U4NcUfmHJ069oV+z76P8yq/QnZivfQ/Zm+5i9ON+H8/2tt/3K4I5+Gvfe9nK9Pu+"
        "LW9Xj0XfzyT97FMUKLtE4k3fN/Vi1Nmi70t0CKA8vAgDH/3+PjUWxmMkOuS+f6+fjVQ0kT+8"
        "P/TF8D/9SXVlf2RCrILEb/gDyHB8/c/+HfXdxzJLu0SFWBrw02KsC5PMh/PXxHEp4fWUsYXZ"
        "g/vu44kkA5+FWIw2n3mLzY/Hzua/9lPUd502nkaH7/6uOoNLOfSXf/aTU2eXpO2Ab4L5c94O"
        "sFxOpkYT4viO1gTJirbm1knJqphZ+Cut8vHEuk+PFyiM7bXRXtki5u8rvL7p9NFozCnCHMCy"
        "q+KK79vCoXgoeD9pwJoYr3DmdZUGiY/1M4iOd7cH/FHu7bD/4N/VfQORqd6rOt/PVb1yhz5A"
        "sXlql0a+g7f9o0elrF03VdeDPjVNDFlXQ34nAoFNVtgQ7+oNievhHILTk2H/bGRPs6H/bxKT"
        "dBTKIJgy0/dFI28fN/1fSWwY9Xo+n+1Aj/p9mmAyvU8SCspkfTsuieivRWNyU7/6w8321PdD"
        "zbROG/otu0zVtX5+/l4n/LEhjiOlif/f5B763PI8sPpziA1vY3n61Zf4LZfTSG+5KHth3Cpy"
        "M3ff+7Xc+6WiH3w2rr3uWr4I75DD174S+kmb9n1eX++BHnS2oI8rQJ63J+84sMM+vr78AAQB"
        "/eNl7PH1Jkjtz/7coc/+Zz7pv47Tx8WnfnloMC70od9Cp5VIhviwHemz7+wtj9bZQOnwPeKU"
        "JJ48xyF0g0W87SRF2/cjiOZqiP9U82H/V44GXbr6M6+Q3kFKh/dvfU8nFFfMJ4l/DLvmV3+b"
        "VXe2Tvu+rb7Pws6CHdndYswh4me/G2PJ/f52uogVG+UW9GF/0q+rQ7HQPNHoYg5Ztkwmu+J4"
        "9MBovq77fbHASB+NPT0s+/6EXgZrNmtg2J8ZrnG94cScQvHZp0+Wxyfx/II1Yxj67JEHkIbH"
        "NP7VJ933W3p9nFBZb/ILSEbZ9vMM+4YxPrck1QaHzBUZ86RfcJaE/ACdYMifY5ZRpHG4LBQr"
        "7fdB/9c/n3818+sPbL7+mub//j9raSom"
    ),
    "esp32c6": (
        "eNp1e1mTss7y5nf53XIicMHtRMxFFlBssguINxOCsqqI2gJOzHefhO62u8//zBvxRgdbVVYu"
        "Tz6ZVf6ff6L7/X/f89fxn38vJhzH/evzxmN/e/zz7/FoOZmuJrPF/F//HPaP/T///gf6f5Jt"
        "P9qpokjc4iYIO/VKyFSORl7wuAWS1G02bUt8SNNF8XBU3VqaeTF+7PX7RF7fdbU8rzbuiNtx"
        "XFqnsqWtnnYsi/kwMhGJ6AKkMm+HGrHvogC6ASlHhIb/fKFpHJp6qpDZIt/ClqSVRbd5uX8c"
        "gscyqSZTSFVzYT5j6SlMX2Ptvped1pB0LSUnL1pN1Bz2e3bqKB9twLLs83GIc1dxSuljE++K"
        "VVEas2suKg/xlKvOYmKvDWgo3W/zfd0uouvWgef4pHsOaGRWy2FnPTczJjI4Vw7IKxGyZuqv"
        "TFRF6dH50bwymvVkjZKPJkdtw9eGXVzmLCdP4jDOw934IQjFifU29bN2r6/VbB2KH4vVhV8+"
        "Fwspud4rJj9m88prFiubymEqmgfBmxyD3YSJuERTkp2/v7einWuJu2W7q3DtTK9+ndOSfQmB"
        "/ziV90YvptPRgmWdbejSzXReRYxwXlucZzdSUTmisqlUxmPj8bKoVx+r9Va7ypvs42G5IlX/"
        "+bT8b4/g5vPpCB3leHncus9bY7wxnfzrn8exxZf+sR1pSjgHjO5IbYikkotlILrczlfFjInh"
        "1KElzSMA75GKN1PS8A5hg+mjOYq2Yl5Icz40Lb3cuegCa8KLTTKFiXFtG9iQNoQPXetOnQnX"
        "hudTxZcVbjMhiga2I56bWyxmIgjXkQ3K3dGafv4mBp6vVaNxRVvS41XDbwg+FptABDVOAYRL"
        "KsJZmSsi4PwO4DyKDdbVLoC3yb2E3CGmTBsoqg8boDy7jiii78GwznQUbXmtlm/H/YakoIfN"
        "xgegNK146sx1adXkU1I5MKyPNyXSpM5uZspOep6fOEs+Ne4mK0P1En9ku8V+C8vDlg+pTI4m"
        "dVAPYhPJZG3KbaNNTq/5NvPCQoFYVBpbJpoujht7kEPpiilPJ9PUS7LnTJcA2oI+PNFo9qhX"
        "/ULSs/Ga0fPzur/b1ZQ++vua3ssjXLlQUbpU4sGnZeNtgTfLR5o7u9t+y+i66sxNcda4qG9L"
        "ylL3Or2f2aoJZV45s8ZgN0Nqm4yIdiRdYqUgaYz6TUBwdNrLkZlxb0e7v77DuCg+YkC9Esfr"
        "9Yj2uIERtpEPvT2baMqbk+mp+fQT20xQVtEx0F42v9bV+1XriC46dunsoyPam5htGpnK9ay6"
        "O1N04Cw4s1IMufsUQkv24VSUm5gaI/ye6JTY3KxW+vtlngVmZDSioI5KMZ3HIr87Wwb6S2oa"
        "zxXbObt5vRW8Yy+/uCxJ7hiqaJfnzrX9DOXeKijijIOU/zB8klTEOQTTMoiZ014XiY36EuJL"
        "5sHGSbbs+hpuCI4dzrYUiEFXCdPrUyY2T8lmYpTjAwVhovKpNz85DnmEy83Yi+EZfmhkUW8v"
        "or4q4jM7+BHp9doUFcRAGx1BGcdddYMfwNyTAeMBHKp1QqxiPOQvPtK0yv3I+LlUV56g2iVs"
        "7qH0usYw+L8icErHX0HTPLEpQVBRzWgnaWfD/1w3mtW2IWzhBG1vz8kWBj0QGGc6hsn3NQ9j"
        "2xOXUVJIxZbFeGuE3dd8ooDzbG0hDqYYt3086uQe5q369VwX3CFeFf2EK5qS0AH8nr7jFYS5"
        "0mG88qp4LwkBJy4wPVxAs1Y4Xt4KPQ7wgurZMPgN6iuzQWqv7++n/5/v5+CI0iu/Seu7+7UO"
        "gMVcpXoZfF+nS0sFEohbQB/dNURYNYZMbV5wGg+U9HAoOENWbdTTxoMmTXbFRKHbcMKn694f"
        "eKHljgnOQ52FPl1isBGulO/XGOfVRc7mC6IhFLXbFviF9B0HjYma1yj9vubMS2dDbw+CaXMt"
        "qndFavNavFXul1/ywNw+57uOYjGcWmNAnALPL2Yc+njIvB5oD3Hp+bBWQSndL1wjs9i/KUb7"
        "gUtae+pD1UbiwvTubdCdFlJ4d87N+Qbksa/Rn9RydUNfpCJ4NXFD/yY27foy0/UlLOnG0f0W"
        "H+6uOnVny/Np96V/RXhpcfCi3AjuzGUG4GHC3xQX7rYsvEPBlDFtgpg4kr5lbPucfX9nAm8c"
        "ReJEqq2cXNcHdbcsT7mLMtrlR+d2ql6WCPDen/iEqUJlnTvKYBsyaYRCnCWLzE6K8zZhtxHO"
        "A756b48qrK2p0UjqrPFErr167ChgxXaLfrL333nLejzGiGM2tO2Tq+j66n35ARRzEB33ngqB"
        "6wG5c0Pcbe77lTOxVir6hrPv7YO4E/7Y0bZGdTYSdyI+FyTdndtanr10aQaIi08ww9lahsqS"
        "h7zkYH6ZbSfoMuncRvxMVAjLDdpNVe9lScNQQ+fE+A89+RYunGfb48TLf0xPrfJwgq6IvcwT"
        "yD6PXPdBzNfppmwRB8antV4jPuQbTdWbJ+IT4qs62eTsjXVFp4gkj4AXbvgU7LK5NcJED3lb"
        "JbOU0mLPvw5Tj5CgdmZtq+ThquDGMbGDm5vt3vhS6kcaO4a23eob9dFaoxUsX0S5Qjg1VRBr"
        "MfXiV8aWACPkC5infYx3wpi7jOUO7c2knQevLHbe/CE0wXkNdug6j1e98mTzQaKqYXlz3VJd"
        "38vHoA/w9vlJ03Z6c1ZtdcLeua1qCyZtxW//ENIpP/W5KM5Pd+Qh7Z7amO+d60RwljEpuZ10"
        "sceSdU1Wvu3J4XQxAT3THm2A71HkN1t6yU0Tc/8bDxacJ1fNxxRUa7pq2OyJ+QvJqOMEKfrF"
        "/AtHBHgOOCL9wYUiNoZ4Rjz8yL7xUBJWSuXlDsapbb9xp2AHnBcLUotQNfsWpBRyz/vBdZ7n"
        "Hj0PwzyTzRijWQz5SLh6x+Tb/xTr/I3f6ePbXrzAvXFm/frCGejl0o3WxXXrsqOOYqeLNPee"
        "Dfm3CJk6d+eqrMcbfPFQek4h2JhXR4kI++mtnG5UdnbRXeRa2X3+9n/FpOoMUeJ6LV/87oR/"
        "D3Ej6VgEqLENVN7queDcbSJyYQC8biKevLKP3k9CCfNVQOy4KPQQuHZ9Ze81+hegl1BaH49o"
        "P+RvsZE7qOdR6fBupKq/cLuYOwOv2xzY2MrsshCQ36XLaMbOtW3ilEVhxLAVMT+PXzi+uV19"
        "61UTztph2tmSKv6MO9gR+Rm/yUbHw0VEQhdpNGQi5L+xMOQX0Woxj9nCJ1/NW6DSunKJg7zp"
        "jfPrPV7/4ANoep65fZ7iB770ne8bJhd8DAq0f/6iEY94c+7Km7K579xWpHKf7/OzSWaN4ziz"
        "Tx52Qd7Fi4Hj7N5+JRPMwZRD6sVV8kXxKYw8EXBdy1L4xpXcvaraj974YsXp1wxQnk28zzxi"
        "vuNcE4TcC+pM/LFvoyt1Ho7ppvrOn0La7HSZSZYFn9axGBzr3NFV9zrZEBd0jhUuTL3/tf4Z"
        "mXzjv8gzZePbApXbZHukTqcDY/OvFVMi/41myB8vLOZyVS3hdXWZk3XWSzZR2U6v8b0CaEmU"
        "VlTRj3LTFgsN31MaDoNQ13B+4jRULtlwBvIY/epazI2Y5+PjhtkM780gMC0+5ac0JGBwyCtg"
        "iP9TijibOSYmik9+MK8o1aJjwS8ryOyYOqsz4grGIW9i5dhNs56vc6EsDvkZigKOR8xXzq4b"
        "t/UV5ReRxs4rmfD6Wcf4XmdIhbqOiLxelw4UGi86Sqc6oqunoSMfp8z6MHs868lxsb14qM/A"
        "ap3uY+Aj4Wwka2CIPT/xeQ9E2yv4vtRpzw4I8Q399c1rTshb8tlyk4claMizX3RtZkcTeSvm"
        "oVYYkXoshwyV4RNHijo9HssmSAVeo86+2xAkM1xrzdka69XmMiJXenldj4hrsThPVq1UmNS1"
        "pbcflFFcD+PU9dGrIjPr/Z4VWJY5QiWfkbfUCde+xsxpbSKv3mRNTMJpjoU/lVLPy99+J/I2"
        "XhNnlzRY12O+Icuy2aZC1vt998a35i7VQ12KfKDwvA3xkbg0O4BMR17gvrJnifG/l0Cy6pUN"
        "r9zE8UepAqbuT6w9JavJlJtJ51XlydyMlVle1/nZrH0s59t0WctEMgMk/Z3DiNuQ245AHXj6"
        "47FAvTXRyD9bVdZ0B2eimyvBKWZVLJXId8Cy7yHzgbz9hO9tR1Tp37dGEn6/BPbx3Ply2D5H"
        "po7+OfAE87gCDfGg/uGDallnypi67zgDOO81Wr/5oJBW0VFGXrzJlrEbtiFd5yZg/U0dx6fZ"
        "XruiXPJKuBYL5IcVyiWyNqN4iE8upYnzzYf5tEU1cPv8ge/zK3E/dhjdWVlFS81J2KRYBg/r"
        "7tSFQn/JQ6D85t8K795fmAwFn0p7Det6rP/QXw6SlWXNRsVx1RWZDTy1QTlky3YzLzjVeq8X"
        "ebS56jKyuoImm27Qh3KpvnlBpbQFAb8ZcGKok8bjWtXlCusZPnGCkDFlwO8VvAbW4comboSj"
        "vluZ86/45WH/LafGm+s9P/g/+uFo8bWu2VCnvhYXjPOBt1WTCv1P4dV33l1B5xIx1NPGkYQh"
        "nrsS62O9Th1e0EqEju5ORGsWRafXcSvODs/T2MxC/dogGQ2d5MWyqwvohjfkW3XgY0Lb2FgH"
        "OeJlvxXSZeyBdnmuQfyZV+J58ygJ7caGc+wZzk98vLxoGTvKVEY5f+7zfCeLdo389DRrtNpx"
        "TJq/4xPSaq+TK/CnB+YPRFTnMTPGK3u1euJ1CO3p+VpQLlpOqeJ/yhUivwZ+3DWGRgH9aqIH"
        "TBrqEqTKd1w3cjWbhwY1gN81nk+DCPM0MozqaKI/+z/+rF35YKjvYYS1BeJsoALKl5FvnBXg"
        "JumRY5s15gGUkxRLPhbK5mizmk5WIMyeu17u1n9+yf34kvvRtiLH2TLaU06t1+zJ+tuwvWB9"
        "5F9KzhXFxdxL50cxP56nXOPROfpLbL3IY0Yx7uXRqPjM8wTzfLoMh/6WM5sYTWVRo+Ef3M6R"
        "z8e90GZYZ8Vzoc1jyI9VkWK9jngJgiDN0D9TgZxnA465eh+Hb71fuM+4WVos28fbntE35Oh+"
        "5xdwm9MJ/Y7GO6RIQzwR/dR+8WJp5D/cPq4F8kz7/piAfrQRUv2IvOK8MLi+rjbkligbEoAu"
        "NhtRvMnCpx994SdyFfl4rp0hfrrN6mVDcYzj/hr1WXC7mB943PXTX8QvfI3byxX50vmEfEkW"
        "XVq0L7GcbsdCO6ZKNKLOYcI+uL4PhjjGJbJ4xvIGbPRr5CXxR+i0F5QX5B43U2h2ThwsUD87"
        "Z1gP/8afMvR/6QfS7Qfi9yGssb7/1IcEq75e/9ZXqJ4X3+MiD0L/xfzERd/4fHW8ySv1fC37"
        "zh8i2X/rk5O0GvOSpHk/89loH3hfk3Q9XHvGs5J7vjEC5XIrQ6zPgK5Z/1Hs1Tv066g+5zs5"
        "0flVVb/mA+IjjmE819qvdWFVqlMkK3Uh1u+8CFSvC7xvAPn9vatV10LYNsSv3utOg5tFb4D8"
        "KPTIfdSNwdzTn+dCGvQ8OyV9nfapNx5aYt8dok1YDnE3e9ow4Cs/xjgXS7CpqFb1zq21P/rf"
        "KAUQ23WIqW99a/UzHhBDq2xntrnKQx3Cm/mssYmDuLn+pT/9jz75VO7jFetDI8RRoi775q8l"
        "a/N/7CQRCXkuHfLgl35SEfknwfRwDKizGVMrOpP+7w/+7L9xPlX+M454OClVcH7Lb8IZ+TpY"
        "336lYRhEC/Itz4m1tT/yaMBqVf1HnkaY13ldU++Xvtb0QjT4iZv5aS96VUmjdRwhH6ILaMKf"
        "55AS25DyGYP4OKb6K8K7nGTb+7f+VGP/a3wBfJ1SnqTZY6+JWF/ryItLtdpvMu8jcd/2J6DY"
        "8uP7/s98Aszy/Y6E7bXHeRtaw9mfJ5m3fTznb/4Rv/nH1zo5Qa/z6k9cIpn3y3vzUYM18qZX"
        "Z3XQal1ftGs4SnrI7taAcSz2/NE+TzimHbEvY5SnyLtCBx7tAePPGDHJQstc7T2PTcbZdNDH"
        "chPEJfpd+TLuAGJamqSsg7TndXsw3vFCknPm/3wfirEiqd/2FELbu0+l0Idw8uHBncoSIfmp"
        "6/EYqGDqEWvNijNUIKC63t+JQofhqojfeCkKLPpBkNkBl3pxKArzrdIg3ig9T3xc2IkZ8Wn4"
        "2QfbLfNf8WbZR7GCt78JDuYF9dKlhAT7N36NobF/+8tCwpoWTLrDOhXrywVBPovvb4h3TuRw"
        "zpzsNPzGL8UQsxr8i3I9vgiHWTLYFSvzjrbZr23TerTsC/NCar/91Xr7UdrXU9bVHj84Ki8j"
        "ZsOXoDMR85ZLyi6kbK4goP+1Uf6O01PyH3GqwP4/47Qi59dubiO9PiJvvchZbzcHjFtU17/t"
        "jRXnePytHxGC6ur2vF0/JmOyv+oa81wVuys+9oLNIfGsZXR8HcY26u/szBYm8l1SxGwFdnD5"
        "40cV+C3r1V4XscSZmPIKhn0hzIdeKjjn+X/I76B8dV7+lp9X+36e+yvuMNS14vd3Jph19TB/"
        "cFpIRC6Zs5x/CSfsFFK9TJEfKkjv0s7p+eEV8FqLe35YE1HRaxurNK0Rbfb0+Ngas3hzmjDb"
        "IW56Of2Msjj5BPn6q/vr59bBmIb0870feea/4/yhYHrx7KmM/K0MGmMTWPnZdttaMNVeb8uu"
        "wnxy0jL02426fJGwgjfPMGdk1vOyxtd7f33ny7WlZU7/PvON5zAXaw/rNg/rKMuwPl7k5RCO"
        "eUyZ2bdcgqpV5WNh/8Y9Hrq33IJ3rXz3rUek6H38ST/x56ej4/rCXdZvPzbM9/z0+n4vSjuh"
        "1/Og9zcv/+TdglaJdtpdiQj6DRyBCSazeHpqzW00O9Chv6PLJ1ta2hPjgqnojXPdbsK+cdBg"
        "6uK3n+vHPD9abHFcfOTHAFPxXnCWHgkn0QTUjI5FWoQr5IkV79mOrvT7jFfwiIF1s5PGIImT"
        "1+kZYlHAZKQtDKVZjME6TxMP+dzEOD0aiDeRte3/vpB/t7ZkFB3WlzbPp7g+5W5LbUrFNC7j"
        "zXbs6a07wrQsrqzVqvjZb1n2+5x9n8m2cZ1aLYtNSiGvZaVFHINS5tqRzHJUCmcvCRQrUBtQ"
        "nenYpyGzycoYwnEsQ6UhriQ+QN9n5ylJQxlzp+DbMeK0V4ga1nPRUhjbSI7So0rSsxWObJl8"
        "mDvyXBLR1R2weS3LTBnH32D9TWDlnRHEQsRjlXCl5Fy9otz3/b5YZhtKw3bb7z/Qof8mmPK1"
        "34dBvRWxJhEch6TaiyD/hlUssVmvX0JIM8hVlBCxSstfEDzoPDqs/KF/vqBg+zJ4OnERV20P"
        "61CTE0/iZMNbCXtfhQGEgTYN5xvaxlCjnSbI6+9cLNmBNaeNtD8tRTlLY8Rhw0dMCRvUi3NN"
        "KRn1e8T55tT28gsyuz35aUWGecERz13ll8iLy6xb62rgaJ24kMidq08aveoN1ieqKRL6Iagj"
        "V4EuFnPJ9GYN8sx9kJbcdoZAYMjh8pXdThBOLRmEWoIO6xjQq1YptFNMq3VldtndC43KL5Yr"
        "G9TK2xfV2dSuuuDYHNoJ53vVIdc+PtjCmNJGfx1JKiyTOcruKvdrEjf3TLuIddjm5plg0Xka"
        "XXZK15W57Pv/ZZ/01O+jwjyW835/nctfhD1gHjoUs49f+5cs8kLUwzXY16fKvJAq3WSo3zZN"
        "aPqa+1kQF5W5V/r+WLE4SuI0mZLmcqHt5/f2PEC/xTzXApaeuop6L5CcgdI1/bWJ18wpxHqo"
        "A5rzek7CtFCtQFG6sL+uHnit3fvrhuaKBvJWkl71Wr/eb1qnL6TRfRM0jxtsH7N8KkX7/SP7"
        "GKfo5zZ8dMVah/u8xXoXVlN3qnKIp9xRJnwtrqtzl0d78exVTAuGRrBOFcbVImR8TbTH67DZ"
        "1frEqN3m2NfLOpPVff/DYvJM53ntVx91NPSzn8jLV0zsVb/7X4rgIO/MHPfn/cro+9rV0MeR"
        "rNgrxwcNyFgOJ9aU8oqmT2rkZWNZn97mkBljYiuvfV1B2MaaWPX9DWEE64AtvVh1J/qWKcgf"
        "eUCPB3keOP7yGJun3/LogiY2d18UlbU4vq9h51OlVUv4JZ+ilxseya6dVpsAg0BpDRF2lCrv"
        "fhEWI62I37kl1mkyR2ixCOI1g/PNy3hdNokHDtZ9oA91db+fdzkmjNJ6Iqi+nEXLE8ot7MtH"
        "EZZ39dL3s6yrJDa3km7HUdk8cYWN8jMfpE8HlGrIM+91WFrVFmTiC+EopvbZovWr4H/rGdYc"
        "rtsYs8C8+1zT7ud5arT+JDzJXLMez4l8+jUfjALDIjZvNIovh/jct1T5Y2/2fTiRKed9f01m"
        "TurKj+inPcztaFWSs2PsRKc8T1x3p53KSnJZNQpPL3crqof7aXTq9702kP7Yw+S7YR/GPq25"
        "qbBgkKf/0nP6qHW4AvKZ3/6z9gY+pTRSCZIOjm0UJPDWQXIWnNgm+P0hf+uJb5WGlMjrF6jf"
        "wS5juLnZWFtXXlikxqd95CRheruJe1/C9eD8PT+eXhCXZZ+YByc3YdznDcY8zNg57c/JZBwU"
        "Emu7jzZW+KFvcJRTTddmRCnWlu1iPizFTJeArN2ed8zIjz1vM11+gO73+wTzFCj/oR+Y52zm"
        "PGrkRdvSnL37YI+Ll1zvMypPIuOPnyuaPfg56yUF85HUzW8/N/mLVt3IH3/QErJjR9v7KJkj"
        "39mvjlVBS5uo0ed+lIx+eEhi8W/88uXQJ+l+x5cr+EsbHXK7op0eID9926sxdZccP59zCeJ2"
        "a0OG8gl24tZe7H+wqsyx5ZRr+/0tQTtxFsX8OX+dA/aPX+j8bvCLo8ExDG/8sb862ZC26s8h"
        "jEBTMV/WgtMgnlyPRVHj9+O6xLy8zUAowuS23HiY2w426fUafo8P/IFrSzrNdZ8Av3OWSEXG"
        "hxL5wd4BstoKC7g3z3kf3zNJZJo71R1vJARYF4ST2QLJlDwmMsZ3EmO8euBr0rTCOuFo+99y"
        "hmpRUNjuody/Mu9O/tgVdcY1SzqXz68/6+Z5Uyw9ZBq/8FXj6+Ko0+ywLZx0Gzy9hHcCC66N"
        "8tveZtmEEeYTfwz8i0xsUnHzKewnbO7tCnL1SIF/Ye6RixcOcaJzkQ9CJHETi45++VWofHRO"
        "rtHHr/54IZmHi60bBOXgVzCMD6NEBueMNbJHnIUu141QzJ9PM3ECwUc9cQ1DlztT6nkjPdif"
        "9sG8OouSothPV2t7u8M6XgZCCgkhsym933qgeTTa8Oz2uUT/mQfJWkZe6U6M+a6hBW/dQWy6"
        "8aI14jXWR0e2sfD7z31V7rjA+rxYLcOf8SSeLL14w+dgh02xQF4mC159cFJfCifjCxzm9Df+"
        "pW69V9qDCHsqG9Ee+aw1naVYhy0TNg/NzYqNrXubTLCw2n/nCWIn2QN5Hx/RlZ9MmE+7vvtg"
        "nAh5PuCA8PHOI/lzvMU4LeAZMCtcJ1cnX3r4+k4nnNJmIkRBC+O7iGRWDhn1Qr7yw3dfKh76"
        "VDF1q7FE0M57KZaVyjvtv+sYnkyV64PnK/3Cc+kgr3a9FXPxuFCCjrjTUZwFneAz6N/MYkHU"
        "8Seu//ILW10XkAbHg+9nj/Lv/JGja3N2OehfHFd7UI0pk7IYf8cR4sdcmJyn6cAPQkCcvbBc"
        "IJRsgoivb1cpMOfUk68RI6jNRz8u5bE+dkbSa8XFpLom5x4nZtzxvT9XeNI0HcUlhJdbOsKy"
        "DPHhEp6/+06wr8boL43gdjYJWedGftfX8gLjMrirQZyfOP3ScqmgckdlOA81zpRwtr70+4nD"
        "+sGnHLcUb1g3YLnROc1ECFn5QvB+6h3jxpRGf+zMk+wLt16slgoa4usnnr7tWSppNfAZYt+L"
        "/rnSnErA9ZzDJXVirJ96/con/xF1U3XU9/3jrU5e5LFIjAXmndMii5souXxc803GJJasB1P/"
        "pdgld7g44xdVurTnlTXp6yzSqsFWysc3U2ob/jzWb+7rIeD/SJ/cb8fOXEuz+6Zuso0qsv15"
        "Vmu8Sknshp681c9TpeeLjQJE1dXM9qZa5SOeIxHhTmvB6w4b1RSgCZ1FsfOuJzsIwt3uUN7O"
        "7mm3bsv7ZKP1Gx3jIe/fuSjHEvA1TvkuK3RlZvOIG6aC9aDQQTrsR/OavpZALs5GwljXI3Ny"
        "JibXjrfMVZczW9RysDBv8EKLdVRpxzkZB1a6jC5sK6L9ol2RWvKKXQ33lW5RsR/mkUk6Yd14"
        "WAyvaH/4MO0WwzkiPj0weVJLh4o7pxxVxFWmIJ8wAjgUZJuqYXtX+LUhR6kwLhaW3DZUyl6T"
        "NUZbf15ShG4kAmD90GG9Z9ZbPs3np3YeimzMYX0TDvuzer3N7PR1amKiNynYWA+TRt4Vi/1W"
        "tJ0uD8wkAKG7vObJ9brfX3I9XdlioXx4hOpeoT76803J6enUplGZTHaSpjp3qADl2aX8a7WM"
        "yX156OtEOY7iV4a+fF8mEkT4vAGfLJAnjxKGXQWWzh3D4buGHz/aTD1uxfPoqm+NBpiWtuoh"
        "ND8yhZMfXUBt42wRzJtZ7FHl4Qzn7MgjrDNhgTz1jEH4nXeE4tGdqU1apRz8x/TVxrsDT6Xf"
        "/JWr91TkUGdOi3bzHIIFToZ5oXhumYpb+OzVClAvWdqZ1jiZFwW7ZbiZcGJvf87TDeemBrmi"
        "8g9PnHrDec3+HOVXfoXuxHz1PWRvqobox30fz/a23/crgjn4q++9bGX6fd+Wt6vHoj/PJP30"
        "KQqUXSLxpj839WLU2aI/l+gQQHl4EQY++v19aiyMx0h0yH3/Xj8bqWgif3h/OBfD/5xPqiv7"
        "IxNiFSR+wx9AhuPrf57fUd/nWGZpl6gQSwN+Wox1YZL5sP+aOC4lvJ4ytjB7cN/neCLJwGch"
        "FqPNZ95i8+Oxs/mvfor6rtPG0+jwfb6rzuBSDufLP8+TU2eXpMmAb4Lxs98OsFxOpkYT4viO"
        "1gTJirbm1knJqphZ+Fda5eOJdZ8eL1AY22ujvbJFzN9XeH3T6aPRmFOEOYBlV8UV37eFQ/FQ"
        "8H7SgDUxXuHM6yoNEh/rZxAd724P+KPc26H/4N/VfQORqd6rOt/PVb1yh3OAYvPULo18B2/7"
        "R49KWbtuqq4HfWqaGLKuhvxOBAKbrLAh3tUbEtfDPgQnf/bPRs00G87/TWKSjkIZBFNm+nPR"
        "yNvHTf8riQ2jXs/nsx3oUd+nCSbT+yShoEzWt+OSiP5aNLqafp0PN9tTfx5qpnXacN6yy1Rd"
        "6+fn73XCHxviOFKa+P9N7uGcW54HVr8PseFtLE+/ziV+y+U00lsuyl4Yt4rczN2jX5PBLxX9"
        "5LNx7XXX8kV4hxy++kroJ23an/P6eq/R950t6OMKkOftyTsO7LCPry8/EAWK/vEy9lgONEFq"
        "f57PHc7Zf48T6tJ/HaePi0/9Yuq4qaAP5y10WolkiA/bkT7PnX2Nk+rnzgZKh+8RpyTx5DkO"
        "oRss4m0nKZL+PAJYMMR/qvmw/ytHgy5d/Z03vYOUDu/f+jOdUFwxnyT+MeyaX+fbrLqzddqf"
        "2+rPWdhZsCO7W4w5RPw878YYQ3/bXlSKjXIL+tCf9OvqUCw0D+3e7wnpMpnsiuPRA6P5uu77"
        "YoGRPhp7anD9+YReBms2a2DozwzXuN5wYk6h+DynT5bHJ/H8gjXjz99rqGbfx8Q0/nVOuj9v"
        "6fVxQmW9yS8gGWXbzzP0DWN8bkmqDQ6ZKzLmSb/gLAn5ATrBkD/HLKNI43BZKFba90H/1z+f"
        "v5r5/QObz1/T/N//B8z4K0g="
    ),
    "esp32h2": (
        "eNp1e1mTss7y5nf53XIicMHtRMxFFhSr7ALizYSgrCqitoAT890nobvt7vM/80a80cFWlZXL"
        "k09mlf/nn+h+/9/3/HX859+LCcdx//q88djfHv/8ezxaTqaTxYgb/eufw/6x/+ff/0D/T7Lt"
        "RztVFIlb3ARhp14JmcrRyAset0CSus2mbYkPabooHo6qW0szL8aPvX6fyOu7rpbn1cYdcTuO"
        "S+tUtrTV045lmg8jE0qoC5DKvB1qxL5TAXQDUo4IDf/5QtM4YuqpQmZTvoUtSStL3Obl/nEI"
        "HsukmkwhVc2F+YylpzB9jbX7XnZaQ9K1lJy8aDVRc9jv2amjfLQBy7LPxyHOXcUppY9NvCtW"
        "RWnMrjlVHvSUq85iYq8NaERxv833dbuIrlsHnuOT7jmgkVkth5313MyYyOBcOSCvRMiaqb8y"
        "URWlJ86P5pXRrCdrlHw0OWobvjbs4jJnOXkSh3Ee7sYPQShOrLepn7V7fa1m65B+LFYXfvlc"
        "LKTkeq+Y/JjNK69ZrGxRDlNqHgRvcgx2EybiEk1Jdv7+3lI71xJ3y3ZX4dqZXv06pyX7EgL/"
        "cSrvjV5Mp6MFyzrb0BU303kVMcJ5bXGe3UhF5VBlU6mMx8bjZVGvPlbrrXaVN9nHw3KpqP7z"
        "afnfHsGNRov58l//HC+PW/d5azwdcdPJv/55HFt86R/bkaaEM8DojtSGSCq5WAaiy+18VcyY"
        "GE4dWtI8AvAeqXgzJQ3vEDaYPpqjYCvmhTTnQ9OKlzsXXWBNeNokU5gY17aBDWlD+NC17tSZ"
        "cG14PlV8WeE2E6JoYDv03Nximo5AuI5sUO6O1vTzNzHwfK0ajSvYkh6vGn5D8DFtAgpqnAII"
        "l5TCWZkrFHB+B3AexQbrahfA2+ReQu4QUxYbKKoPG6A8uw6l6HswrDMdRVteq+Xbcb8hKehh"
        "s/EBRDGteNGZ69KqyaekMmBYH29KpEmd3cyUnfQ8P3GWfGrcTVaG6iX+yHaL/RaWhy0fijI5"
        "mqKDeqBNJJO1KbeNNjm95tvMCwsFYqo0tkw0nY4be5BD6YopL06mqZdkz5kuAbSF+PCo0exR"
        "r/qFpGfjNRPPz+v+bldT8dHf1/ReHuHKhYrSpRIPvlg23hZ4s3ykubO77beMrqvO3KSzxkV9"
        "W1KWutfp/cxWTSjzypk1BrsZUttkhNqRdImVgqQx6jcBwdHFXo7MjHs72v31HcZF8RED6pU4"
        "Xq9HtMcNjLCNfOjt2URT3pxMT82nn9hmgrJSx2gC1N9aV+9XrSM6dezS2UdHtDcx2zQyletZ"
        "dXcmdeAsOLOShtx9CqEl+3Aqyk0sGiP8nugisblZrfT3yzwLzMhoqKCOSprOY8rvzpaB/pKa"
        "xnPFds5uXm8F79jLT5clyR1DpXZ57lzbz1DurYIizjhI+Q/DJ0lFnEMwLYOYOe11SmzUlxBf"
        "MgobJ9my62u4ITh2ONuKQAxxlTC9PmVi8yLZTIxyfBBBmKh86s1PjkMe4XIz9mJ4hh8aWdTb"
        "C9VXRXxmBz8ivV6booIYxEZHUMZxV93gBzD3ZMB4AEfUOiFWMR7yFx9pWuV+ZPxcqitPUO0S"
        "NvdQel1jGPxfETil46+gaR5tShBUVDPaSdrZ8D/XjWa1bQhbOEHb23OyhUEPBMaZjmHyfc3D"
        "2PboMkoKqdiyGG+NsPuajwo4z9YW4mCKcdvHo07uYd6qX891wR3iVdFPGI9TEhqA34vveAVh"
        "rnQYr7xK7yUh4MQFpocLaNYKx8tboccBXlA9Gwa/QX1lNkjt9f399P/z/RwcKr3ym7S+u1/r"
        "AFjMVVEvg+/rdGmpQAK6BfTRXUOEVWPIos0LTuOBkh4OBWfIqo162njQpMmumCjiNpzw6br3"
        "B15ouWOC84jOQp8uMdgIV8r3a4zz6pSz+YJoCEXttgV+IX3HQWOi5jVR/L7mzEtnQ28Pgmlz"
        "TdW7IrV5TW+V++WXPDC3z/muo5iGU2sMiFPg+cWMQx8PmdcD7UGXng9rFZTS/cI1Mov9m2K0"
        "HxTjzVMfqjaiC9O7t0F3Wkjh3Tk35xuQx75Gf1LL1Q19UaTg1cQN/Rtt2vVlputLWIobR/db"
        "fLi76qI7W55Puy/9K8JLi4OXyI3gzlxmAB4m/E1x4W7LwjsUTBmLTRATR9K3jG2fs+/vTOCN"
        "IyVOpNrKyXV9UHfL8pS7KKNdfnRup+pliQDv/YlPmCqirHNHGWxDJo1Q0FmyyOykOG8Tdhvh"
        "POCr9/aowtqaGo2kzhqPcu3VY0cBS9st+snef+ct6/EYI47Z0LZPrhLXV+/LD6CYA3XceyoE"
        "rgfkzg1xt7nvV87EWqnoG86+tw/iTvhjR9sa1dmI7ig+FyTdndtanr10aQaIi08ww9lahsqS"
        "h7zkYH6ZbSfoMuncRvxMVAjLDdpNVe9lKYahhs6J8R968i1cOM+2x4mX/5ieWuXhBF0RexkV"
        "yD6PXPdBzNfppmwRB8antV4jPuQbTdWbJ+IT4qs62eTsjXWpU0SSR8ALN3wKdtncGmGih7yt"
        "klkqisWefx2mHiFB7czaVsnDVcGNY2IHNzfbvfGl1I9i7Bjadqtv1EdrjVawfBHlCuHUVIHW"
        "NPXiV8aWACPkC5infYx3wpi7jOUO7c0UOw9eWey8+UNogvMa7NB1Hq965cnmg0RVw/LmuqW6"
        "vpePQR/g7fOTpu305qza6oS9c1vVFkyxpd/+IaRTfupzUZyf7shD2j21Md8714ngLGNScjvp"
        "Yo8l65qsfNuTw+liAnqmPdoA3xOR32zFS26amPvfeLDgPLlqPqagWtNVw2ZPzF9IRh0nSNEv"
        "5l84IsBzwBHpDy4UsTHEM+LhR/aNh5KwUiovdzBObfuNOwU74DwtSE2havYtSCnknveD6zzP"
        "PXoehnkmmzFGsxjykXD1jsm3/ynW+Ru/08e3vXiBe+PM+vWFM9DLpRuti+vWZUcdxU4Xae49"
        "G/JvETJ17s5VWY83+OKh9JxCsDGvjhIK++mtnG5UdnbRXeRa2X3+9n/FFNUZosT1Wr743Qn/"
        "HuJG0rEIUGMbRHmr54JztwnlwgB43UQ8eWUfvZ+EEuargNhxUeghcO36yt5r9C9ALxHF+nhE"
        "+yF/i43cQT2PSod3I1X9hdvF3Bl43ebAxlZml4WA/C5dRjN2rm0TpywKI4Ytxfw8fuH45nb1"
        "rVdNOGuHaWdLKv0Zd7DjFu24yUbHw4UioYs0MWQi5L+xMOQXarWYx2zhk6/mLYjSunKJg7zp"
        "jfPrPV7/4ANoep65fZ7iB770ne8bJhd8DAq0f/4SIx7x5tyVN2Vz37ktFeU+3+dnk8wax3Fm"
        "nzzsgryLp4Hj7N5+JRPMwSLngMJV8kXxRRh5FHBdy1L4xpXcvaraj974YsXp1wxQnk28zygx"
        "33GuCULuBXVGf+zb6Eqdh2NxU33nTyFtdrrMJMuCT+uYBsc6d3TVvU42xAWdY4ULU+9/rX9G"
        "Jt/4T3mmbHxbEOU22R5Fp9OBsfnXiimR/0Yz5I8XFnO5qpbwurrMyTrrJZuobKfX+F4BYkmU"
        "lqroR7lp00LD95SGwyDUNZyfOI0ol2w4A3mMfnUt5kbM8/Fxw2yG92YQmBaf8lMxJGBwyCtg"
        "iP9TijibOSYmik9+MK9EUYuOBb+sILNj0VmdEVcwDnkTK8dumvV8nQtlOuRnKAo4HjFfObtu"
        "3NZXlJ8ijZ1XMuH1s47xvc4whLuOUF6vSwcKjaeO0qkOdfU0dOTjlFkfZo9nPTkuthcP9RlY"
        "rdN9DHwknI1kDQza8xOf94DaXsH3pU57dkCIb+ivb15zQt6Sz5abPCxBQ579EtdmdjSRt2Ie"
        "aoURqcdyyIgyfOJIUafHY9kEqcBrorPvNgTJDNdac7bGerW5jMhVvLyuR8S1mM6TVSsVpuja"
        "0tsPyiiuh3Hq+uhVkZn1fs8KLMscoZLPyFvqhGtfY+a0NpFXb7ImJuE0x8JflFLPy99+R3kb"
        "r4mzSxqs6zHfkGXZbFMh6/2+e+Nbc5fqoS5FPlB43ob4SFyaHUCmIy9wX9mzxPjfSyBZ9cqG"
        "V27i+KNUAVP3J9ZeJKvJlJtJ51XlydyMlVle1/nZrH0s59t0WctEMgMk/Z3D0G3IbUegDjz9"
        "8Vig3ppo5J+tKmu6gzPRzZXgFLMqlkrkO2DZ95D5QN5+wve2I1Hp37dGEn6/BPbx3Ply2D5H"
        "po7+OfAE87gCDfGg/uGDallnylh033EGcN5rYv3mg0JaRUcZefEmW8Zu2IbiOjcB62/RcXwx"
        "22tXlEteCddigfywQrkoazOKh/jkimLifPNhPm1RDdw+f+D7/Iruxw6jOyuraEVzEjYplsHD"
        "ujt1oYi/5CFQfvNvhXfvL0yGgi9Kew3reqz/0F8OkpVlzUbFcdUVmQ08tUE5ZMt2My841Xqv"
        "F3m0ueoysrpCTDbdoA/lUn3zgkppCwJ+M+DEUCeNx7WqyxXWM3ziBCFjyoDfK3gNrMOVTdwI"
        "R323Mudf8cvD/ltOjTfXe37wf/TD0eJrXbOhTn0tLhjnA2+rJhX6n8Kr77y7gs4lNNTTxpGE"
        "IZ67EutjvU4dXtBKirTlTqg1i6LT67ils8PzNDazUL82SEZDJ3mx7OoCuuEN+VYd+JjQNjbW"
        "QQ697LdCuow90C7PNdCfeSWeN4+S0G5sOMee4fzEx8uLlrGjTGWU8+c+z3cytWvkp6dZo9WO"
        "Y4r5Oz4hrfY6uQJ/emD+QER1HjNjvLJXqydeh9Cenq+FyEXLqag4n3KFyK+BH3eNoYmAfjXR"
        "AyYNdQlS5TuuG7mazUNDNIDfNZ4vBhHmaWQY1dFEf/Z//Fm78sFQ38MIawvE2UAFlC8j3zgr"
        "wE3SI8c2a8wDKCcplnwslM3RZjWdrECYPXe93K3//JL78SX3o20px9ky2lNOrdfsyfrbsL1g"
        "feRfSs6ldDH30vmR5sfzlGs8cY7+Elsv8piJGPfyaFR85nmCeT5dhkN/y5lNjKayRKPhH9zO"
        "kc/HvdBmWGfFc6HNY8iPVZFivY54CYIgzdA/U4GcZwOOuXofh2+9X7jPuFlaLNvH257RN+To"
        "fucXcJvTCf1OjHdIkYZ4Ivqp/eLF0sh/uH1cC+SZ9v0xAf1oI6T6EXnFeWFwfV1tyC1RNiQA"
        "nTYbSm+y8OlHX/iJXEU+nmtniJ9us3rZUBzjuL9GfRbcLuYHHnf99Bf6ha9xe7kiXzqfkC/J"
        "1BWL9kXL6XYstGNRiUaic5iwD67vgyGOcYlMz1jegI1+jbwk/gid9oLygtzjZgrNzomDBepn"
        "5wzr4d/4U4b+L/1Auv1A/D6ENdb3n/qQYNXX69/6CtXz4ntc5EHov5ifuOgbn6+ON3mlnq9l"
        "3/mDkv23PjlJqzEvSZr3M5+N9oH3NUnXw7VnPCu55xsjUC63MsT6DMQ16z+KvXqHfh3V53wn"
        "Jzq/qurXfEB8xDGM51r7tS6sSnURyUpd0PqdF0HU6wLvG0B+f+9q1bUQtg3xq/e60+BmiTdA"
        "fhR65D7qxmDuxZ/nQhr0PDslfZ32qTceWmLfHaJNWA5xN3vaMOArP8Y4pyXYIlWreufW2h/9"
        "b5QCiO06xNS3vrX6GQ+IoVW2M9tc5aEO4c181tjEQdxc/9Kf/keffCr38Yr1oRHiKFGXffPX"
        "krX5P3aSiIQ8Vxzy4Jd+Uor8k2B6OAaisxmLVnQm/d8f/Nl/43yq/Gcc8XBSquD8lt+EM/J1"
        "sL79SsMwiBbkW54Ta2t/5NGA1ar6jzyNMK/zuha9X/paixeiwU/czE976lWlGK3jCPmQuIAm"
        "/HkOKbENKZ8xiI9jUX9FeJeTbHv/1p9q7H+NL4CviyJP0uyx1yjW1zry4lKt9pvM+0jct/0J"
        "KLb8+L7/M58As3y/I2F77XHehtZw9udJ5m0fz/mbf8Rv/vG1Tk7Q67z6E5dI5v3y3nzUYI28"
        "6dVZHbRa1xftGo6SHrK7NWAc054/2ucJx7Qj9mWM8hR5V+jAoz1g/BkjJllomau957HJOJsO"
        "+lhugrhEvytfxh2ApqVJyjpIe163B+MdLyQ5Z/7P9yGNFUn9tqcQ2t59KuF84eTDg7soS4Tk"
        "p67HYxAFU49Ya1acoQIB1fX+jgodhqtCv/GSCiz6QZDZAZd6cUiF+VZpEG+Unic+LuzEjPg0"
        "/OyD7Zb5r3iz7COt4O1vgoN5Qb10KSHB/o1fY2js3/6ykLCmBVPcYZ2K9eWCIJ/F9zfEOydy"
        "OGdOdhp+45di0KwG/6Jcjy/CYZYMdsXKvKNt9mvbtB4t+8K8kNpvf7XefpT29ZR1tccPTpSX"
        "EbPhS9CZiHnLJWUXUjZXEND/2ih/x+kp+Y84VWD/n3FakfNrN7eRXh+Rt17krLebA8Ytquvf"
        "9saKczz+1g+FoLq6PW/Xj8mY7K+6xjxXxe6Kj71gc0g8axkdX4exjfo7O7OFKWN9WsRsBXZw"
        "+eNHFfgt69VeF7HEmZjyCoZ9IcyHXio45/l/yO+gfHVe/pafV/t+nvsr7jDUteL3dyaYdfUw"
        "f3BaSCiXzFnOv4QTdgqpXqbIDxWkd2nn9PzwCnitxT0/rAlV9NrGKk1rqM2eHh9bYxZvThNm"
        "O8RNL6efiSxOPkG+/ur++rl1MKah+Pnejzzz33H+UDC9ePZURv5WBo2xCaz8bLttLZhqr7dl"
        "V2E+OWkZ+u1GXb5IWMGbZ5gzMut5WePrvb++8+Xa0jKnf5/5xnOY09rDus3DOsoyrI8XeTmE"
        "Yx5TZvYtl6BqVflY2L9xj4fuLbfgXSvffesRKXoff9JP/Pnp6Li+cJf1248N8z2/eH2/F6Wd"
        "0Ot50Publ3/ybkGrqJ12V0JBv4EjMMFkFk9PrbmNZgdx6O/o8smWlvbEuGAqeuNct5uwbxw0"
        "mLr47ef6Mc+PFlscFx/5McBUvBecpUfCSTQBNRPHVCzCFfLEivdsR1f6fcYreMTAutlJY5Do"
        "5HV6hlgUMBlpC0NpFmOwztPEQz43MU6PBuJNZG37vy/k360tGUWH9aXN8ymuT7nbUpuKNI3L"
        "eLMde3rrjjAt05W1WhU/+y3Lfp+z7zPZNq5Tq2XapCLktay0iGNQylw7kllOlMLZSwLFCtQG"
        "VGc69sWQ2WRlDOE4lqHSEFcSH6Dvs/MiSUMZc6fg2zHitFdQDeu5aCmMbSRH6VEl6dkKR7ZM"
        "PswdeS4JdXUHbF7LMlPG8TdYfxNYeWcEsRDxWCVcKTlXryj3fb8vltlGFMN22+8/iEP/TTDl"
        "a78Pg3orYk0iOA5JtRdB/g2rWGKzXr+EkGaQqyghYpWWvyB4iPPosPKH/vlCBNuXwdOJi7hq"
        "e1iHmhw90cmGtxL2vgoDCANtGs43YhtDjXaaIK+/c7FkB9ZcbKT9aUnlLI0Rhw0fMSVsUC/O"
        "NRXJqN8jzjentpdfkNntyU8rMswLDj13lV8iLy6zbq2rgaN1dCGRO1efNPGqN1ifqCYl4oeg"
        "jlwFupjmkunNGuSZ+yAtue0MgcCQw+Uru50gnFoyCLUEyLty0KtWKbRTLFbryuyyuxcalV8s"
        "VzaolbcvqrOpXXXBsTm0E873qkOufXywhTEVG/11JKmwTOYou6vcr0nc3DPtQuuwzc0zwaLz"
        "NLrslK4rc9n3/8s+6anfR4V5LOf9/jqXvwh7wDx0KGYfv/YvWeSFqIdrsK9PlXkhVbrJUL9t"
        "mojpa+5nQVxU5l7p+2PF4ijRaTIlzeUitp/f2/MA/RbzXAtYeuoq6r1AcgZK1/TXJl4zpxDr"
        "oQ7EnNdzEqaFagWK0oX9dfXAa+3eXzdirmggbyXpVa/16/2mdfpCGt03QfO4wfYxy6dStN8/"
        "so9xin5uw0dXrHW4z1usd2E1dacqh3jKHWXC13Rdnbs82tOzVzEtGBrBOlUYV4uQ8TVqj9dh"
        "s6v1iVG7zbGvl3Umq/v+h8Xkmc7z2q8+6mjoZz+Rl6+Y2Kt+978UwUHemTnuz/uV0fe1q6GP"
        "I1mxV44PGpCxHE6sqcgrmj6pkZeNZX16m0NmjImtvPZ1BWEba7Tq+xvCCNYBW3qx6k70LVOQ"
        "P/KAHg/yPHD85TE2T7/l0QWNNnefUmVNx/c17HxRadUSfsmn6OWGzzyw02oTYBAorUFhJ4rK"
        "u1+ExUhL8Tu3xDpN5ohYLIJ4zeB88zJel03igYN1H+hDXd3v512OCaO0HgXVl7NoeUK5hX35"
        "KMLyrl76fpZ1lWhzK8XtOCqbJ66wUX7mg/TpgFINeea9Dkur2oJMfCEcxaJ9tsT6VfC/9Qxr"
        "DtdtjFlg3n2uaffzPDVafxKeZK5Zj+dEPv2aD0aBYRGbNxrFl0N87luq/LE3+z4cZcp531+T"
        "mZO68iPx0x7mdrQqydkxdtQpzxPX3WmnspJcVo3C08vdUvVwP41O/b7XBtIfe5h8N+zD2Kc1"
        "NxUWDPL0X3pOH7UOV0A+89t/1t7Ap5RGKkHSwbGNggTeOkjOghPbBL8/5G898a3SkBJ5/QL1"
        "O9hlDDc3G2vryguL1Pi0j5wkTG83uvclXA/O3/Pj6QVxWfaJeXByE8Z93mDMw4ydi/05mYyD"
        "QmJt99HGCj/0DY5yqunajCjF2rJdzIclzXQJyNrteceM/NjzNtPlB+h+v08wT0HkP/QD85zN"
        "nEeNvGhbmrN3H+xx8ZLrfSbKk8j44+eKZg9+znpJwXwkdfPbz03+olU38scftITs2NH2Pkrm"
        "yHf2q2NViKVN1OhzP0pGPzwkMf0bv3w59Em63/HlCv7SRofcrsROD5Cfvu3VmLpLjp/PuQRx"
        "u7UhQ/kEO3FrL/Y/WFXm2HLKtf3+lqCdOEvE/Dl/nQP2j1/o/G7wi6PBMQxv/LG/OtmQturP"
        "IYxAUzFf1oLTIJ5cj0VR4/fjusS8vM1AKMLkttx4mNsONun1Gn6PD/yBa0txmus+AX7nLJGK"
        "jA8l8oO9A2S1FRZwb57zPr5nEmWau6g73kgIsC4IJ7MFkil5TGSM7yTGePXA16RphXXC0fa/"
        "5QzVohBhu4dy/8q8O/ljV9QZ1yzFuXx+/Vk3z5u09JBp/MJXja+Loy5mh23hpNvg6SW8E1hw"
        "bZTf9jbLJowwn/hj4F9kYpOKm09hP2Fzb1eQq0cK/Atzj1y8cIgTnYt8ECKJm1ji6JdfhcpH"
        "5+Sa+PjVHy8k83CxdYOgHPwKhvFhlMjgnLFG9oiz0OW6EYr582kmTiD4qCeuYcTlzpR63ige"
        "7E/7YF6dRUlR7Kertb3dYR0vAyGFhJDZlN5vPYh5NNrw7Pa5RP+ZB8laRl7pToz5rhEL3roD"
        "bbrxojXiNdZHR7ax8PvPfVXuuMD6vFgtw5/xJJ4svXjD52CHTbFAXiYLXn1wUl8KJ+MLHObi"
        "b/xL3XqvtAcKe1E2oj3yWWs6S7EOWyZsHpqbFRtb9zaZYGG1/84TxE6yB/I+PhJXfjJhPu36"
        "7oNxFPJ8wAHh451H8ud4i3FawDNgVrhOrk6+9PD1nU44pc0oREEL4ztFMiuHjHohX/nhuy8V"
        "D32qWHSrsUTQznsplpXKO+2/6xieTJXrg+cr/cJz6SCvdr0Vc3pcKEFH3OkozoJO8Bn0b2ax"
        "IOr4E9d/+YWtrgtIg+PB97NH+Xf+yNG1Obsc9E/H1R5UY8qkLMbfcYT4MRcm52k68IMQEGcv"
        "LBcIJZsg4uvbVQrMOfXka8QIavPRjyvyWB87I+m14mJSXZNzjxMz7vjenys8aZqO4hLCyy0d"
        "YVmG+HAJz999J9hXY/SXRnA7m4SscyO/62t5gXEZ3NUgzk+cfmm5VFC5ozKchxpnSjhbX/r9"
        "xGH94Isct6Q3rBuw3OicZiKErHwheD/1jnFjSqM/duZJ9oVbL1ZLBQ3x9RNP3/YslbQa+Ayx"
        "70X/XGlOJeB6zuFSdGKsn3r9yif/EXVTddT3/eOtTl7ksUiMBead0yKLmyi5fFzzTcYklqwH"
        "U/+l2CV3uDjjl6h0ac8ra9LXWaRVg62Uj2+m1Db8eazf3NdDwP+RPrnfjp25lmb3Td1kG5Wy"
        "/XlWa7xKSeyGnrzVz1Ol54uNAkTV1cz2plrlIJ4jEeFOa8HrDhvVFKAJnUWx864nOwjC3e5Q"
        "3s7uabduy/tko/UbHeMh79+5KMcS8DVO+S4rdGVm84gbpoL1oNBBOuxH85q+lkAuzkbCWNcj"
        "c3ImJteOt8xVlzObajlYmDd4ocU6qrTjnIwDK11GF7alaL9oV6SWvGJXw32lW1Tsh3lkkk5Y"
        "Nx4WwyuxP3yYdovhHBGfHpg8qaVDxZ1TTlToKlOQTxgBHAqyTdWwvSv82pCjVBgXC0tuG1HK"
        "XpM1Rlt/XpJCN6IAWD90WO+Z9ZZP8/mpnYeUjTmsb8Jhf1avt5mdvk5NTPQmBRvrYdLIu2Kx"
        "31Lb6fLATAIQustrnlyv+/0l19OVTQvlwyOi7hXqoz/flJyeTm0alclkJ2mqc4cKUJ5dyr9W"
        "y5jcl4e+TpTjKH5l6Mv3ZSJBhM8b8MkCefIoYdhVYOncMRy+a/jxo83U45aeR1d9azTAtGKr"
        "HkLzI1M4+dEF1DbOFsG8mcWeqDyc4ZwdeYR1JiyQp54xCL/zjlA8ujO1SauUg/+Yvtp4d+BF"
        "6Td/5eq9SDnUmdOi3TyHYIGTYV4onlum4hY+e7UC1EuWdqY1TuZFwW4Zbiac2Nuf83TDualB"
        "rqj8wxOn3nBesz9H+ZVfoTsxX30P2ZuqIfpx38ezve33/YpgDv7qey9bWfy+b8vb1WPRn2eS"
        "fvoUBcoukXjTn5t6Meps0Z9LdAigPDyFgY9+f58aC+Mxog6579/rZyMVTeQP7w/nYvif80l1"
        "ZX9kQqyCxG/4A8hwfP3P8zvq+xzLLO0SFWJpwE+LsS5MMh/2XxPHFQmvp4wtzB7c9zmeSDLw"
        "WYjFaPOZt9j8eOxs/qufor7rtPE0Onyf76ozuJTD+fLP8+Sis0vSZMA3wfjZbwdYLidTowlx"
        "fEdrgmQltubWScmqmFn4V1rl44l1nx4vUBjba6O9skXM31d4fdPFR6MxpwhzAMuuiiu+bwuH"
        "4qHg/aQBa2K8wpnXVRokPtbPQB3vbg/4o9zbof/g39V9A5Gp3qs6389VvXKHc4C0eWqXRr6D"
        "t/2jR6WsXTdV14M+NY2GrKshv6NAYJMVNsS7ekPietiH4OTP/twonWbD+b9JTNJRKINgykx/"
        "Lhp5+7jpfyWxYdTr+Xy2Az3q+zTBZHqfJCIok/XtuCTUX1Ojq+nX+XCzPfXnoWZapw3nLbtM"
        "1bV+fv5eJ/yxIY4jpYn/3+QezrnleWD1+xAb3sby9Otc4rdcTiO95RLZC+NWkZu5e/Rr8tXv"
        "y3w2rr3uWr4I75DDV18J/aRN+3NeX+/Z+r6zBX1cAfK8PXnHgR328fXlB7pA0T9exh7LgSZI"
        "7c/zucM5++9xOJ3/r+P0cfGpXwLNTQV9OG+hixUlQ3zYjvR57uxrHNDPnQ2iOHyPOCXRk+c4"
        "RNxgEW87SZH05xEUkx3iP9V82P+Vo0GXrv7MK6R3kNLh/Vt/phOKK+aTxD+GXfPrfJtVd7Yu"
        "9ue2+nMWdhbsyO4WYw6hn+fdGGPob2OZp9got6AP/Um/rg7FQvPQ7v2ekC6Tya44Hj0wmq/r"
        "vi8WGOmjsacG159P6GWwZrMGhv7McI3rDSfmFIrPc/pkeXwSzy9YM/78vYZq9n1MTONf56T7"
        "85ZeHyeirDf5BSSjbPt5hr5hjM8tSbXBIXNFxjzpF5wlIT9AJxjy55hlFGkcLgvFSvs+6P/6"
        "5/NXM79/YPP5a5r/+/8A0UApHQ=="
    ),
    "esp32s2": (
        "eNqFe12Tqjq37n9Zt+4qsNUWd9W+SEiAoFECouLNKUUNSNvYrS0fp85/PyNB55xrve/ee1b1"
        "hBhIRsbnM5LB//1rf7v9n1veHv/6z/Fb37L+o/vhvvu+//WffXM8GA1Hb/33//jrsLvv/vrP"
        "v5D65wpxrweMucPxNyFb/4rxwNub8fr+vXbdZrmsa7xCUo7P99DngbXIz/37jt/evNmN+8Vl"
        "sozM4XY4lF/SC6aTh0g9muuRMcU0Qkh6tkimWNwoQXyO5BCTyka4qkJHxj7JBLVrtMGyDBwB"
        "b3l5sbsf1nfrVL4NkPQX48UjdR9k0Pant50X1nOXTyX+iPeTNz9Hu50xCNlPvTYM43E/pHnE"
        "wsL9Wabb8+RczEfXnLI7/cj9cPwmZnNUOc5uk+++6vH+ugnRo//B4xBN8ejLS5rgsRz19vNh"
        "5K1xeyJZNVhNFsCKInbej4trbxo8jHlh79+O06X9NRfnz3dj6L2lSZon2/6dkPOHES+/Hl/R"
        "tZ2MZgn9GU8+besxHrun663s5cfsvYyr8UQ4XiLp4kDit+N6+9bbD09Tdtqudreainx6ijZG"
        "cyXXZhF/tRdZGC1Zr+4fxa3i58HAHBtGuEkiZzl4L/c9cpkFw1hU7rkMKVuWfi820r51/pr8"
        "TGab6dVbZj/3IKKO/1cn+T814r1vTYbD//jr+Hn/brqfJubo3TL/46/7sb5rJSGTwKi2xnlS"
        "fksfvU2FLfAMW8jPUOVZhgVCs72R0cJfVdFaUoQ4kogWdtSwAX/EePIwtKoZ8HAyrfT7Q2pi"
        "e0OxcdJ9LA1nmKFB9d/2RxLTG5XkBC0fIWNpGUpf+GlsLNAirczZUjisoK43NvrpG8H3j+Qi"
        "xPrMc1EhFwnEae6DRg4qBA14n6HANNJp3K1nXoTm6WE0ER2SY4HtpYd7D+OOLvuz3Zgcnc4G"
        "vIgIYlcSyfn01uZLoIuHt6axvRIti/kbKHwVornFTBi/x9X4H4p/o7WyB67ojYA9iH4opgnV"
        "n6v+AVhMgYFPVlSdkJ0I3mCwHOaFUcnxuqy2GyoFR0UyRKiKWCEQO44NAX+8YIjdQwQ2hZj0"
        "fWZj89Nm2fvD+vKVHBxmI9sksYPN8Szm9OxdjBbl8jzNUFQWJeEhQeKdFwXhx5mxOPs28Kse"
        "niZ2iWjFS1gxwvq3gWFdkbX/MPrHSBAvNRpJHpjlZoEjltk3LConBtriw9mIULzfUj+noioU"
        "baLwfcU79FY4BE9dKnGECrnun2J3crLyEPSjf7IQT/eGkBx9E8ExhVfIVA7IMcK26dSSIf5F"
        "DvOa2dmtNdgX2aN0o+WS3T4NAe1wNKsI0KRkXj8skM8MUy1zO1b8HlIlD1vp1FWeTCN+yZ8X"
        "WXX6NN5CL+wZxhUIrof3+snXkearn7Oga5tItbc5+w7hXus7YXPgM+dE/c6v/DgwRD4MF+dq"
        "iEzUVl5rUirwfCziDNanFOJd6zZZs8fdxUrJgf/87iNClh3PzQ8X6dFlDTqW0KO2AaFtQD0f"
        "DI1TsMqMhyX9JZ4KK2Egb4LwrWV2XDEnxCB9M7GncgpUr5ZY+NQRMQnlaocTcOw5p8flm9fC"
        "87zqxgX+vDegj0jpYmacLJ+LiiwEy0uOMPBGT/2br/B84xmgC/av98e5jQr7JsFQvxko+vQ5"
        "3pFcxRH8hPWRva28ObqbZCn4BLRx0VtSPxVev/MnxeLt3jYlJ3k5/3HtCuWgCIMi8+QsR3jc"
        "0QB9teYbzPlZyIfue//VZ+L3zu/s2/kxbUVWN66XxMcM9wjYaQR2qoSg6K2ksldNr/YHKP95"
        "rl+t2edpkaHTt9az6nQyGPwtUIV7gR6fo7wA/7DX/TbxGPvFmz/Hn1RX4SN7OvxD375hrIca"
        "S9m88jd/jHf+t+MZjNmCADsK25KVj+jNk+hCPXahiF8oftG5wLREwhtqfqLXNat/+VBEhu5p"
        "aPweT8kHh0Zg+emGObDSNUGranWdo3CPciEciNOsmlLHFoI1QoTgyyj8DnoWxNXCW8E96KwA"
        "fysS6E9fcroj0RAE9qDX4714j6nSX/IHP8D2IEJDXJmYNgK+VNq/f4IvmXs36QB4qOx+K7hJ"
        "l4jgjXcHnY5zdMfiaR8vPgXCN8496wrxytXyjD5RQW6qDfwSb1vKSXrJ3hNvlIpLPRV0RJfE"
        "EqkJ5tlPUIzuNJ5KtPQaw8SUrsocnTxNz3nBOJXoIJSOReSH4QfPpETTiOJxpw85Ez4eGZOo"
        "DKyvOQF7dI7LvqyWbuMjXtNB8ZPuB4fj6Xu85Z4jw1MAPjyjX/Wh4lNE8UDzjdwErLeGsbW0"
        "UOsNpNy3/HiaDPfvRoUVnTdN2+GkaXMusx74RGrPPFYe8vCdeUMVV3nn/4pvpNdfMXsh7eXv"
        "2Mr/0K8B6/yhOb+EZsaw5tHRtO2955fLApNgpuxycztv2ExWZCaqZ3wnUXtCn58RnxD7egNf"
        "/FBYIJVcuO28Cgn+LAxQBLmE9+ngA8VDJKpgKji7RWbQTL2kOOa4p/RjqfSDxDboZ4/96Z9b"
        "A+Lylq4ZR45pw1rdB95HBNHBZ1RNVIxAp44Xg4CB0i04b0ySyRi10z6bQSxpYnSW4BHBMm2I"
        "R0DLB2Ijzngqs1/xe670BxAlDOSp+efRBfQn/q0/HsSOj3oswmksL7WAOZudd0APk9RSe4mU"
        "EWIKXoXtgg9DD/SogRgANjUfpzbiSRiI2kerIkQQw9UbEXISuto1ti3NJmfXOVxX7cwjyI9K"
        "gfMymEDMhAfnBB04cSp+7KHUXACofl+ajCL3GK/DW1uPgqbOGOjL1MUVnqMcGRCz7pVThDtB"
        "8ZuWFU7oWmIn6/QlA5qb+2BqWOSncraLnlWDQ/Bdu8Pxv8dAXqD9CN7mRrE3jTqxe8P9zbDK"
        "HD8C49/pXR999oJepfgJduKj+DQwlA6C/uU4rK2JUzZKT8A2bFGngHnEno+3yrnZrIhTftoY"
        "UyfmIfLMzofJ+hkDhy//x0iGAfkhXlAMfO8DOujDPbxPCaEc/M9H/dKL3/6n8389ltoiyL3O"
        "3xOfpSbh4HuAvgZVaG1WEPM6O7mTX35U+ZunrqhmIAEfG6YaD9zDa7xU0afHnzVP/6r8KALf"
        "SIGm6qzw7aTzkRkA6RxJO41zpSsS/F+g6f19nf3t+nsdSic6f5fBfC1L1HzeM976Seq9G5OP"
        "cCD4cBYUtb3xruIAukiKmyF8FVv3/IyqA/G5Bx4Z2eVNFAwytmo2CG/5NKwuokr2hpkQrQ5P"
        "P+48Zr06k2gjenwZMfBj28bw2sVwYYpPf1h61FwEwsIjzTu85lKU3uJ6es9ZvkeeHKT2zYtk"
        "CvoL7ZVNcLXfukADuX4kMkFRUechlnveHg/v8zJnlwov7Api43FptzCfnQKa8eJXXPvX2N75"
        "j5ZJW9hez6jBhzgmCUTImCxq0Ht/3gpvJuKXfH/7Qc+mwD+tX0f1vs53KtpEEJ9MZDJUgD59"
        "PvMB0K/qqReA/6D9yne0T/mN1zp6jBYeDKxA4dEc8MCCeZNg0jjgX9IM2tr/znWbZ+Cv51PQ"
        "HyfaQZuq55X/WQjaUOlti4Npn2bMv71iWYTO1N41eDmVFU0GCNf2uz2o30/WZ1FzLhpzgY5t"
        "F8dc8KG5HyCaAPRWfnyI3594hlmmrdqjbh1XwPCtbnf9QwrxAHxnvqzQjLVeYjTHFp9hzjLJ"
        "oB/8P8xz6OZpKcTLKjkoJeh8DwKfu1qnMuG0hfmJxE1kNcvKsSzAyXSJj9QpjDj9NN5v9a4l"
        "hFOvJZwMxXtojTaNf0LpR8AKKw3E5IB+iHS8FvK9k8rxUFLwDfiSA65v7aidtU4eoyE8C3F1"
        "PZSo/nlY2c9D5TYIVy/81gB2R26v06W8/pdYpO3Luql8oYfBn7XeBHJd8C8c8AnkIfr60Fct"
        "a+0PJhqfT9TzNf4lfy3vUc7gBz1eaBOAkV28IcAwo5ogABM3wHc6Xv8ofMYjH9qxaqdMvPDa"
        "LQd/ulX2rvsJz9GfbZteQH9rVvzSJ4U/JwoPeRoP/da3Ra7aQ9XmCo9142l90/28+YD5YpX/"
        "/x4PSdXW9Mz/nf52/VM1XhB9vPqpav9hX/p5x/47Pc/1/KKXNCr+mtd/Yx/5lCl/d1H5Rqni"
        "s9qf6MavFD+0P/6Dvpb9vf+P95l6/1u1sV28xtPvI/28uL7G80B+BTKvQL+n7POf4xPFX/RP"
        "e/7d9pV8O/7q5zt56fkf00TlS7nij1rfjL3oIZaEfq78UYf/tT5c1X6JHu+f8abjX6Ho86cZ"
        "82YRNMPKYZ904Wchgj8L/u7wd/IzQGaQ3e4cvccwh6zR2U0gM43QCe6jmY1dP0xWfha4frb4"
        "hD/Dx2pbRduMw7LA9jMeObUxfCyEytNvm5jgmZ0s/ShZ8sq8znO2vDZs+bDGgK8Lo4n80mJS"
        "HpgxP7sUbLdY742NI2+hXfa45GxSMH75mua2RIPL3dqzEnDvELB0fcshz8/xNbbJzN/w27eL"
        "JF6HgZWXC8Cg/bHbAztfnyyO2sLGcqjxaX1qd7PLk/4h/AnnoOknTmgMWbaICshHzQkpUQmJ"
        "9Fb3UWdmvEHfWdI0p+N5zVb8i0xnENtWwRMXSGepn2VbCwE/eeMQwHty4h4br6poIJbVrEF4"
        "eXr5G5Og+JnffEEO8QUp+11iE3ixKvrvLKctu82Gfp0Q/JOA82gbf2TZYVbgSeuL7adl16WJ"
        "JqUltwX8/gH3H9Zim8N9nqLtGfrzG8o+TNv/sOzsekP4U6Dt1bLxd4mA+gGX8nKupm4lbPcG"
        "ZNzy4wnJ/QXmitRc9aOE96nC2KFu324wN/v2bPb5Wc3csCIwxk3lx5dH5bu+tBU+Tbkap0hi"
        "FE2laav73QClW4KkyslL/a4Q3oBnAtrdWENJ4Z7Dve8uAHcuKtbJEei7Sgd+g1jVQHxhieYf"
        "bcoMhaTb9/nWTFV0cGSaeJpTyFF0PqJwa3WwzQCJLide3dtvyN97C0TLGTk2EP8yFX/YbZgg"
        "sdTPsKIi9dfJIHhuVyspYUqM/hwPA7o4jXt6vKwtzZyuq+O5txHOnCxnC9dWe4Wfun+bsRM/"
        "AsYuuD1F3uYG2eq39aniVMnqpBlF00dj+wQNdxHkc5bZHiOSezsj/+YLVGV94x30WsP1fNgA"
        "1jlPH3Xr2/C8D8ReQum7EtGsNYaNwo5lC7ZqtMvInvGMwP22arlkNuQgjZAq7p7dU2DBdese"
        "QWEBq3S/I6L18y0Yv/STo8O+W+NldlD4nKDQFpK4aWBh8zHu9lg+PZW3YrN773V194Gl9Bpt"
        "v5OBwkeAm7lxUzgVcAPR7aluExMgGMNN9179fRrzJAd+oGqZgQ/p9vGITyfFGcbhcbndGhP3"
        "w8insj5DzMbJGQegF8TEPZD7Q49DLHaTeCYMQGLLW9HKu8J6dcvzKe7PCQEZIbff0VPZCzyY"
        "8rY4LOwB4hYazdKky7cxk9wTPL1tlaJlZ2N0yc7YBnlwNGpoZE/TkIAsVE6J6hztOn6ZX4Rl"
        "MtU4R6hnK9U3031Y8t88B31NyqQx2ilYDbox5KaaJic5tHifN43yT+5W/2YzdZ/oe5p8GVWj"
        "cGZeorPdgjw+9LrxehyMXR94j+ytCza4R0tzrvLzs9HJ53mdoEL9buHzqWuTyJxnDxOdg600"
        "yZJ/r3Eh1jD/3M/mNDmqNYLtnZS81HiyGydPlvE+iEBXEk+vb9oOJiiH9sbQbXahb/xmksqu"
        "IFFo9W9xTt/g94Ev4xj8XB9tOlsR6vfAqkRgCStglepT+cOhW1vEluk6ExhCHcKpphvbbBlC"
        "jnKn4kJNGNeEMYZhu7aVrhTFvjayBu7NT0dKze9bub8bUq+Xo/VGz0vJm5wKvh+st/f3xsRo"
        "3cmqFTPQRdoYZxnyi8qnxQSjpkGrQe837nf2WiaAnyHWITYMEOiMW0mINY/auuXkQOdETFh1"
        "z+6dviv+xZ39vK7gz9BEWvvAyHcu5numU0phgp04nd1AbJ2DTah3o8eLH4LTPllKwOotMWWw"
        "XfC4qpYkAJ/+GN5JBTFI0+bY3RjTPE1RToWDXjo1J8CH5VNWX0GJlt3awBB7qItNyP9OIKZo"
        "XwH00OE/6Zk/fumCBAAKMV5g3unHGvIsAQgCcy0vAvLaQPwPXaLWXAAtB5PXY4YHgtVjYyCW"
        "UeeHpp1815WM63f9O9Lj+HousjMmhFfO7maQGV7bILOokxk/fE4IFuClVQ6CuZxgSuMZpfZU"
        "0op29gXmOY/gD9GdbuOKsJuToPCsxwhEdSdse+/ylFDvv9O6arJy1vPLxMGfmqlP+dDgn/wg"
        "pxc/tkpGsN6tZZ2/HZ7uJ8Jm6jxA8lrprpCTEDXJclOl4C6dGP4XlcNB79kXZG4th9gLcnFi"
        "qc5uBos4+zH6EDc/qnmj+IQBV9Xw/g33gsFTJ2qFryDtrJbg83b1hfQQBX+5NB0mBfg0IcNk"
        "Xk0pzasMyXCmYzIenwbdvqWmN8HAc92G+IffH3psdwqqV87QbhWVfQF5DuRYl9sDR4Na0bFd"
        "GyKFNeAVXYLPik1nJibwe4UHeiy8FjK5I+EdjPSJF4kbdc+pPalBlxfO0B2FZYsO54nWyVzb"
        "teW31hT48jZvq2Ug3lwsNP+A3n015+jzgQ6u9mMnnFbOsXVa7FQOYNMI9IOUfZR+6/FqvX8G"
        "sQP04QZyd3OG625uXGseECUv4GMMuTHM4RwNdNsLo6+ev66m55U6B9uzy66xeHOPSSy17uwf"
        "Hb1fduWB1TDhjvQ6dV5t4rvmge06BuBQ5Ut54/KV0lV9TjXBEM+GNBFGWb1hWWh6vl88gVy5"
        "Khn+1jK2OVWxj+i9T1HLfQ/Z4DNUvs8TYpw7/3Lt1jJBstPJUs+v8csDUAEExDonmLtut7Ws"
        "8vUAbQd6Dc7XrIe2rb4neDVHt+8AuXEIvsBZnRmt1XlXANiWkhVNm4bgQTXjGA1C+nmX3gFr"
        "GiaA+z+UfoIdlPjc6RDI7EPpqMoD1lISYQyJF1grBFFUxVrQRccdGOZz3Uo32eUup+6bAX7K"
        "0jESa77+YW+nTlchWVB7FtA+PfkG8RFsC81shI8dL6G912dEx1/2Etfuw8zrk/V5q0zww4BZ"
        "pdPqOSjE0M5HztHG63hznvW4sskvEqH1WP8G+gux2LnrdwKTh7n5HHtTjVPyeRe+GEXaX9f4"
        "BPjjUX5A7NHvrh6Mc+FNlmIItuHk3dq8iUHMBVoT/cz7w9g8qofnWWqMPZpZeMO/U7zu1i2H"
        "OeCdM+g5RhnkLEmnd8/ri/7VXo8FuqlteqXXr854K+Ur11RGyifnJvhklpE3ISuV0yz0GBxi"
        "ZqXWOcTL4KVHQF/8tKmxhVthbAJG3dHDwmFHFw4ff16JC8kiDk/P3zpddrPAbMrAcuWpD3ao"
        "9vZ8iviOGIJl4QhyVg7XO/wd4S9gmRiVYbe/kt9+7deKolZnI7SaWIDSlwLCTRkTzmmWC16J"
        "3+do9E74n/txNlN1KmcGRhB48Kqt61Y+VNu3IQbbSa6DGLJBNN355YFsi4Pa67tk9r47AwCc"
        "sDNlUnWYcVzxhRDjzKvYDVXjG/m8Se+OPqYFwLRVQa4rfvw2ziJ+n1Fps+PZGHpDOc3BJhQm"
        "XD3U+dAdD44tikzCvBPEGfk1Zd2Zbl6E0+35GFmtdzKGSt/DLdsUYb50ruBbpc5BXYkhDhpL"
        "we64KDA6dPu1R+wwtJJZThygZ+/1ck8YvW8D5vZR7gVG60VGU952wPv2Yb0HdnnrqfvTpATK"
        "blPkz8kH6kMm5iLW2jz9NiCWXdGgjUIZd/lA6Ap1jjUL5HyK2KcH+VtjQA4u/82e2pPfRgVE"
        "g6mq+gfjBLkJjAE8eOfF1YawP0R639YbGeoMXdecVHQ+jr3XeSusk/HIpC+56vM+Os3oVsX+"
        "q71DQp3j7leyqBOXFGsRfrEC5NGgolD43cFiy2sHnTYvPXnu63f0KcEg1ih9EL/1Q+/fcXwB"
        "NOr6Nr34tufCnBC/CzcJ1yt/m1yu+Vps1b4+d96e94/JV/IJT5w8Y3fxt/jiVQb0LUQC+Md6"
        "1mAYxiL3t0h253G2TgAhiUNnfR4Vqf3CoaZH62+t9n+8SPHPvCC/01eu9oO69gESc9HZS/It"
        "1Hmo+a/9+n2A69JHpl/8N/2Efr/aOL+/2j9qPD0+Gf69v5tP0zfTz+t+2y9tMbe3r3bvF/3/"
        "Mp5u/17fH/T90a/n0/pD2EWfb7pVdaHR8EIFutDlWMyiJPRGloBcb0NHaMkWyC6yKHF8mprO"
        "KfAvZTVzv5EXEYkvezF1H4K8naL5JRC+m8H9UowuHvw+FfgyE8yFDNElFb4sxcyVgoT3oOd+"
        "Qa73aRwPSCY9dEgNx95C/AXMc5hmm/v38S32GnWGN1ZSdXcHVG4vSECWNzLtsKQ4yzmmhMqh"
        "PZRo1/ksJocpCfgnB/pkRblU+/e7bp8CfOSz3Z0HDcSsYkRcJMRLR3iVT903KX2XVi6a1TS1"
        "IDOD+LnrzikqwuemMOdMroo+0fU4WvnNhaIBbZe/5p+cmR1eKqzxrnRF976/UOdXKiacuz19"
        "dW6XLyVkdtnowuTM9Su8RmerIRnEkjOqQPO8bn+9ylkxRNn3t2Hdhgf+Zd8XZ8hXJmYgvhC4"
        "c6CyYYPikeblFOJDaH7NzmUP+vxn32dhQF8IfctY9xFP7U0ALgPfODGdi9HMjqrmgBesLz7e"
        "92K9NMRltIC2xb6cYwD4pIzQ10w6t249s8Wiqpe8sFSRWjf3eJiOIHZO8yHedufb7gVMkVAf"
        "8IgFfpmqGJl377OFh9vWB8yOzwJ7KleSzlH3zU372U6fe41To0UTTtIIlXsHzf0jllUT3h6G"
        "4ve9ZIIw/Xx3tmWj6kATB+5KtszxvAV55BRHHt3zvCwWEWSPUu9B8ictMN4tZx9DV8knep6/"
        "pUWce3K7Zo+Hm1foRT/9RT9ql5r+DGHi6Pm7vd1gqmpfGisgJnGCZiMZ9NGu7g/DPJSY4mNI"
        "tH4UlwwtO92NGpZvJGC6cMTK0xG87W4LOaj0CriXu43iubecLTidSkTBD8NY/igYqHOljYx5"
        "LHeJ0Tz1Mfr8uz4+KNL7SJJ+POkweg8TaIshM0LvQe4T7wR8iODPTo0mml68DAAe6JuSpxd0"
        "PJGZpedKbju1xwP8YY0n+VUsr4CvkyM8O4rjj2y6Be8u0QRi8gKFnb1NfW8mlqpNnvbnXxDY"
        "W1/Vc0ni7iE+WGdZ9xu20jYtujW4jZpz8765+46XJDuwh0//2/TZbfAgJOVHGw+LIciDlJ/+"
        "WNr4FgP2Go1K4fV0runlGch1glXt5U37kglub80AWe5K1StgOeay8rLa9H9a5iJB3mefzPZo"
        "li0+Jps7enOX8Jxr+jas/Wv2CbFL3FqWDZ2tDO4WXMEbfD4q5poPKx9ICIOZuU4zJ2qzPhMR"
        "+LMz5JP2O4ovdIqOS503r6cO5OtWKeIsnJ5jZT9gX4BT9J7WziaybrKCGJ3eeV0ubme4MekE"
        "2rvX/uAWQl14TdFHzrjfWOcF0c+vuufVmbKJzW5/Qf0ePffMbGbufxSDtw+WPN9ZdPtlTPmq"
        "iEznqs7Dnar9sWD6Yxjfjcdngxv4Sw/Zb+ca5W0v4mU+/ek117mY+2am86NqviCODX7sfRYd"
        "TXTbjhQdaN/tlXjct0sBWKdJAedU5gb8smMmbrdHsAYfHDfVo6r4p0AUUoP5O32fEwxJ3y2f"
        "tLPil93sun2YaEq/fBt8QtXYmTwZp2Dq7vRYXe3b13N/oRyPtf4pObz2HjsdnLrrCqXmPW3M"
        "payVDyi7/ZdoI8/NUtruzRiDnp/fltWw0+lt+9zTWiic/vyt25czwbTMuYM52J6paiDH3A6L"
        "ApkEm2Cr3FuZ9kn0ISdXWGwNucPKrh4jJDYCORSh8N2ZqjoCWOunoiXv9nCE8vaDSOE0lNOo"
        "/Jmi2eYG9gM6x4mV+PoA/YuGhc1CsMMSnQGzQQyrABCNbPQjARAVRNe2LtDmoWl1DQtsOP0M"
        "JmpvNIV4RDTPDt0e1Vp8gR0LnfPmJJtZ5hnsDN7n6jR1Q/QYoez2d5SNQU52f+6VLbzZzt6f"
        "2A+GuKLted3xRwZWyGxLuhPzCja9oHe2oN/befuDfiAfO+v3g8Zm0bjH4a9bS9lbIK72zisA"
        "ccMNxK2lbBoVFwlm628VvLI6YUvUiiV2KlRFgHkfBEWurXTShdSk2B6NW50rnsadfNdDiUHv"
        "sGXKFmLfELWuqo+0+dhOoiqWWSRq8AfYGsr9CGwFOBvA3yxioZezkAytcIZjXQdGz+H66H9Z"
        "g4dxb94v3jbmGaqNwBqhszc22iJS592LiNU9wxqBvyGLmI1iwKypwqd9UxrnSSKyGS7ptQ94"
        "bGNe6Bow2cq60PgY+yJxws29WiVxdl8BXo6qD4Bk4dwNIX+zXTysPLC1jUl3JeN49bUsZIHc"
        "/jqKsNzn3nFlOdfL+jwXIUeXPuCNhcBRleVzAMAOUvWLDMOs+MI8uJd4QNd4wFy4N+8r6SY4"
        "dRO5Exmsez7LneO6v5FRbvsJv0s7Bez4KU7Z26NnJ6EDdM0mZG8630JybCYYzczpt7gc8Ceh"
        "IkpS2iQ3dmzT0rlVhROLmxNXZ3FUtTWodIoK2iJlR1nC7+5Qgo3Z1XqJq2xkq5rcfc5UbQ22"
        "Jt94zX28YlO84p7tQWa8kAyZlOVyd1mBkwN00r9eJG9k6qB4fasjgsj7VqKVcPFFhvfB5bKd"
        "jR/mbHs/2mlOhcxpuPs4wDqn74NVEeXXy9fqXtiXyN+C3Fxg7U+Vg3xykE8O8slpTG+OVHtp"
        "qn5h3YA839V5dHce3p2Pz/Bw3tUUidtHBjmwYDWVXT2oqgGlUgSxnHoxtHm5IWjiH8DOl4BB"
        "bTQUSx/jCFWTCK4E/nJUHpbet2H6GOXQrqp4JtqrEB91wF51KaDbwE9+3BgEC3WG1MV+O+PM"
        "xvFoNPsiTCjfxdGxq9UMRN9uQ1QS+uDMUTViHMUFx8zpasTgXtVwkKide0WPsjTNsjfHK8Xz"
        "WwTlB1Lbg/Wr+ggs8kqd/wtb2I0N7fjc1eNUkGeQVz3Q68ognySUv+q7XjVB60LCfYfJdMHJ"
        "73wTpYgigzL6rDcq6loqZ1U1QCVWdeeqhhtw9qteqVZjQyII+TmSH84+N8Sv2jj1L7n+jb7B"
        "K7/lKPtd7+mp4806//i1n3IowndBfX4w7RYSrdIbKJ9Tq1rnX3NFac9R9e5/0LYQbNbixyGU"
        "KjX2ai0bvjeNfsIN8W/r1/V63Vf9Paw3VN+OPOnkqo5Zr5lL5q/Wt8fwd30WftHb1Wa/hZ54"
        "lwHiGZXcIqiqHXXG+uKThD7BbsTjD/T3Ok8FHfTxLjFUPa2q/xYqf6b2H/Xqqh7w0+gtvQm6"
        "AdK2JbRPRkVZyKkQYA39txWVfRtNyATdGfIzbMGffPJgob61MAN0NLp6KMEmpDHnrzq6oT21"
        "ATx/zThwNoXlxaiF6QsRoTNDWa2+yfhd2+YpGVzVnshLP6/T8s/vcSb/qJEEyH37H/uz/6W/"
        "/F/6q/+lf/K/9EOyhIXXqHp7jpemzZ71oUsR+1xArHk+D1jjd70lJEWCTLBhTCzL0jKhlHAI"
        "HExqnRECHOVE1+f8U/+J1nek3hevfq7risEutHwLonTvFHTfYCSq/jP4R33gVH8fgJS+IAr+"
        "sUIQ7wxL1X/q7x9M016cGUdF2k4/vIHRP5p4Bdc27Xu592Y0R9N21BWyCpL2Sd/rG1UVrcbC"
        "E6elMR8LDOvt1mr/sk9dT9XVzrq61u1VI89AP191/74xu//hU5Cn3q+EFMQqGNjbWrUbqdqJ"
        "ajPdj1T7Bil2V69l6/WVv+q3/of2bKrqK+2f5/6oXx4uoa5FXBZqj3SC56bTiu2IRiB/5N27"
        "HFhmp2AoxtJNzcbL1Bm484ZaJLzy+T3ZyWjNAJ551SDKsaRrD8WcfqAcqbr7ObJo5CVGO4ME"
        "7Ln3iaqAoNluM8EW4MOGsal0VcwHWA3u4FKuUctYGuH6vmI3xg6jTcnSgTHNJ5DUPWtJOeSL"
        "VVfrytIT5CsVNjv5l9W2bgj2wQtTOYaYVR1QAzTgJw3TjnZQvRYwadrlwVNEeWrC2pZAj+2O"
        "Qc4cpc/9lf2nwb8QHoLuorSLWSc+fNYlkvAWGAqPa4bNMNkx6VpP/oVNAf4OQDczEfhHqr6f"
        "2rf2Gfuj9vDf1P9LJV+CuKpDHgG2InsxPyDTJMRl6tub979/I9I9r+pNCVK1mgVOwWY3YjvH"
        "Z9O19/T1vQq7RQxT3M3TfW9hf/3yz7GqX3p+J4jq6KWzuDf7+aWndvOl6uO+IF6VWp+a7v0D"
        "0rWt0xgQllj5yb98z1LxKXVYsszCRjgT4pp8A/KynjH3eVXfF/Bm+tp3VkKxSz1+Svzh8RP3"
        "9tS3Dp/hWMwmyFJfl+SuLciB8OMQ0EPCUOWexGRO7gXeCOBFVTV5TJ/j20wcvn/eHoZoOV5v"
        "ApNZMN/b3GPD4xmWCfPGet7bF9jLYFrYoptft4G/6O3gXavTpbZPnj88mfZABHfsTzME6UGo"
        "KmoDXfPvV5CrjMaqtuXs3aQ3R+VHeAE6nt/ZvK4c9835UkxGaG1ygjlnErCVWjiEpdxRevp9"
        "qBZjtPoej9HxWRcfQM58O2dAd1mdctABR9eybl7xhZo2jAUeUtU+t3/fK3ee8jph9Y2OOntO"
        "9Pclwb9+X6LHQxVVfiwQIi95qvy89c+4gJ78Qvp5+3/QDz+z5UsflH6dXnHWiuXzezIG2DMF"
        "7Emmd/DBNhfVDfAf+NgAcjDUiBDlIgQ+vr6/Al0/ifmdOEA3wQTkH6HjE989r9rGRGUDvc/v"
        "5oDviWknX+g0E+uoBHCDCxulvrNbbXCFHbxh4OshJ1iDLxqVS7yqPLUne79s5f6wFkLrJlPf"
        "/ym6VP1QUXT6SgE1L+EPzIwuMWUq71VIugKsECufBj5RYWvgsccO2mfsAHxlSXFef2xzLHAC"
        "4CbufCDkF+xO12vfFlltg7l782qbsDe53LablV4LbvsEicFcZBBRE4RMjITv+EnBbI9gWlHf"
        "9p7yVN9fyBvgUgee/ALQ+RGjaX/tfZxSjuOEIud6VvX8bj+W2ytuHIn2h4G/RvS4er+wCInq"
        "I3E26BTs1rVYzZIysZHH1si+X1JnIz6+YpqN9hD/V1EsqEgiyPPk1IbkCcZyI0eg79X2Okg/"
        "Env6tvM+jibIQe2/4F3yxtRZ1Rt1dyLNgIZhKg8j215JHK1qtF/Fx9UQcqBQqs8skjvOXriq"
        "8kvJU4LXE3uLr8xJ3xef2dkexsimuAKZVikK5QGw8HZr2460q61le3fZ7IDbl8Jma+oUVOH3"
        "/FrsV/svln9n79u3Xb/+bPNuvi6+a357bQNXrs58uvjuKXChv5d+4n71PYPSiVF3LlS5GeTD"
        "MaSjqeS2dOIQeWmYOrGENorettUqwg2q5jMIJwO0AZnrb4ELNi233vzO+et8iYGrB7tGFPAM"
        "f6dVFHKAwNpfqTjho7QI3yLvyk8f+FP4dzQw6RmiABjlHUuJG+wlkNrWPfrH9yjov/7rr+4L"
        "8j8/Nldflr8P/9//B5l9NAQ="
    ),
    "esp32s3": (
        "eNqFe12Tqjq37n9Zt+4q6NZucVfti4QECBolICrenFLUgKjYrS0fp85/PyNB55xrve/eu6ts"
        "CIFkZOQZX8nI//1re7v9n1ve7v/6z+H7m2X9R/fgvvm+//Wfb+bQfDffLcv8j792m/vmr//8"
        "C6k/V4h73WfMHQy/CVn7V4z73taMl/fvpes283ld4wWScni8hz4PrFl+fLtv+O3dm9y4X5xH"
        "88gcrAcD+SW9YDx6iNSjuW4ZU0wjhKRni2SMxY0SxKdIDjCpbISrKnRk7JNMULtGKyzLwBHw"
        "lZcXm/tuebcO5XsfSX82nD1S90H67dv4tvHCeuryscSneDt693O02Rj9kP3US8MwHvddmkcs"
        "LNyfebo+jo7F9OOaU3anp9wPh+9iMkWV42xW+earHm6vqxA93k48DtEYf3x5SRM85h+97XQQ"
        "eUvcHkhW9RejGbCiiJ3P/ezaGwcPY1rY2/f9eG5/TcXx8mkMvPc0SfNk/XYn5Hgy4vnX4yu6"
        "tqOPSUJ/hqOLbT2GQ/dwvZW9fJ99lnE1HAnHSySd7Uj8vl+u33vbwWHMDuvF5lZTkY8P0cpo"
        "ruTazOKv9iwLoyXLxf1U3Cp+7PfNoWGEqyRy5v3Pctsj50kwiEXlHsuQsnnp92IjfbOOX6Of"
        "0WQ1vnrz7OceRNTx/+pm/m+IGH5+mgCU/eX+3ehHw/5wZCrs3Pf1XYOEjAOjWjftSH4fd+h9"
        "LPoCT7CF/AxVnmVYMGm292G08KsqWkuKEEcS0cKOGtbnjxiPHoaGmgEvL8eV/n5ATWyvKDYO"
        "uo6l4QQz1K/+2/pIYnqjkhyg5CPUHC1D4YUfhsYMzdLKnMyFwwrqekPjLX0n+H5KzkIsjzwX"
        "FXKRQJzmPiCyXyEowPcM8dJIx3E3nmkRmoeH0UR0QPYFtuce7j2MOzpvj3ZjcnQ4GvAhIohd"
        "SSSn41ubz4EuHt6axvZKNC+m7wD4KkRTi5nQfo+r9k+Kfx9LJQ9c0RsBexA9KaYJVZ+r+n6O"
        "piYGPllRdUB2IniDQXKYF0Ylx8uyWq+oFBwVyQChKmKFQGw/NAT8eMEQu4cIZAox6fvMxubF"
        "Ztnnw/ry1Tw4zEa2SWIHm8NJzOnROxstyuVxnKGoLErCQ4LEJy8KwvcTY3b0beBXPTiM7BLR"
        "ipcwYoT1s75hXZG1PRlv+0gQLzUaSR6Y5WaBI5bZNywqJwba4t3RiFC8XVM/p6IqFG2i8H3F"
        "O/ReOASPXSpxhAq5fDvE7uhg5SHg4+1gIZ5uDSE5+iaCYwqfkLHsk32EbdOpJUzZF9lNa2Zn"
        "t9ZgX2SL0pWel+x2MQSUw49JRYAmNef1w4L5mWCq59yOFb8HVM2HrTB1lWlpxK/550VWHS7G"
        "e+iFPcO4AsH14F4/+fqh+ernLOjKJlLldc6+Q7jXeCdsCnzmnKjn/Mr3fUPkg3B2rAbIRG3l"
        "tSalAk+HIs5gfAoQnxrbZMkedxcrkAP/+d1HhMw7npsnF+nWZQ0YS+hey4DQMqDe5zfjECwy"
        "42FJf47HwkoYzDdB+NYyO66YE2KYfTOxx3IMVC/mWPjUETEJ5WKDE1DsOaf7+bvXwvu86toF"
        "/nw2gEeksJgZB8vnoiIzwfKSIwy86br+xVd4v/EMwIL96/thbk9N+ybJDn2DUIvxs709uYo9"
        "6AnrlL0vvCm6m2Qu+AjQOOvNqZ8K763TJ8Xs/d42JSd5Of1x7QrlAIR+kXlykiM87GiAulrz"
        "Dfq8FPKh6z5/1Zn4s9M723a6T1uR1Y3rJfE+wz0CchqBnKpJUPRWUsmrplfrA2T/PMevxuzz"
        "tMjQ4VvjrDocDAa/GapwL9Dtc5QXoB+2ut4mHmO/ePNn+6PqOt8hNB78gbdvaOuh2lIyr/TN"
        "H+0d/217BmN9QXIC/LVku0P05kl0ph47U8TPFL/onGFaIuENND/R65rVv3QoIgM3vRm/21Pz"
        "g0MjsPx0xRwY6ZKgRbW4TlG4RbkQDthpVo2pYwvBGiFC0GUUngPOgriaeQu4B8wK0Lcigfr0"
        "NU93JBqCQB70eLwX7zFV+MV/8ANkDyw02JWRaSPgS6X1+wV0ydS7SQech8p+awU36RwRvPLu"
        "gOk4R3csnvLx4lMg/KbtmVewV66az6A5T01SqDLwS7yvKSfpOftMvI9UnOuxoB90TiyRmiCe"
        "bwmK0Z3GY4nmXmOYmNJFmaODp+k5zhinEu2EwlhEfhh+8ExKNI4oHnZ4yJnw8YcxisrA+poS"
        "kEdnP3+T1dxtfMRr2i9+0m1/tz98D9fcc2R4CECHZ/Sr3lV8jCjua76Rm4Dx1tC2ni3Uen0p"
        "ty3fH0aD7adRYUXnTdO2O2janPOkBzqR2hOPlbs8/GTeQNlV3um/9Jvo8VfMnkl7/tu28j/w"
        "1WedPjSn59DMGNY82pu2vfX8cl5gEkyUXK5uxxWbyIpMRPW07yRqD+hyifiI2Ncb6OKH8gVS"
        "yYXbTquQ4EthABDkHL6n/ROKB0hUwVhwdovMoBl7SbHPcU/hY67wQWIb8Nljf+rn1gC7vKZL"
        "xpFj2jBW94G3EUG0f4mqkbIR6NDxoh8wAN2M88YkmYxRO35jE7AlTYyOEjQiSKYN9ghoOSH2"
        "wRlPZfbLfk8VfsCjhIY81T/X+OG/8eNd5eFUD0U4juW5FtBns/F26GGSWmotkTJCTMGrsJ3x"
        "QegBjhqwASBT02FqI56Egah9tChCBDZcfREhJ6GLTWPb0mxydp3CddFOPIL8qBQ4L4MR2Ex4"
        "cUrQjhOn4vseSs0ZONWfc5NR5O7jZXhr64+gqTMGeBm7uMJTlCMDbNa9copwIyh+13OFE7qU"
        "2Mk6vGRAc3Pvjw2L/FTOetazatC3vmt3fvzvNpAXaD2C17lRbE2jTuzeYHszrDLHj8D4d7h7"
        "Q5dJ0KsUP3kG/IsPfUNhEPCX47C2Rk7ZKJyAbNiiTsHnEVs+XINyq2xWxCk/rIyxE/MQeWan"
        "w2T9tIGDl/5jJMPg+SFeUAx8fwPv4A3u4XtKCOWgf071Cxe/9U+n/3osBf2Qe52+Jz5LYaJB"
        "9wB9DarQ0qzA5nVycie/9KjSN0+sqGIgwT82TNUeqIdXe6miT7c/aZ76VelRBLqRAk3VUfm3"
        "o05HZuBI50jaaZwrrEjQf4Gm9/d18rfr73EoTGh9Z2XQX8sS1Z/3tLd+knqfxugUAogHk6Co"
        "7ZV3FfBaRYqbIXxlW7f8iKod8blHWYDs8iYKBhFbNemHt3wcVmdRJVvDTIiGw1OPO49Jr84k"
        "Woken0cM9Ni6Mbx2NpiZ4uIPSo+as0BY+EPzDi+5FKU3ux4+c5ZvkSf7qX3zIpkCfqG8sAmu"
        "tmsXaCDXUyITFBV1HmK55e1+9zktc3au8MyuwDbu53YL/dkpeDNe/LJr/2rbO/3RMtkXttcz"
        "atAhjkkCETImixpw709b4U1E/Jrf33rQsynwT+Nrr77X8U5Fmwjsk4lMhgrA0+UZDwC+qicu"
        "wP+D8ive0Trlt7/W0WO08GJgBcofzcEfmDFvHIwaB/RLmkFZ69+pLvMM9PVkDPhxog2UqXpf"
        "6Z+ZoA2V3rrYmfZhwvzby5ZF6EjtTYPnY1nRpI9wbX/a/frzYF2KmnPRmDO0bzs75oIOzf0A"
        "0QRcb6XHB/jz6c8wy7RV+aMbxxV8+FaXu/oBBXsAujOfV2jCWi8xmn2Lj9BnmWRQD/of+tl1"
        "/bRg5WmV7BQIOt2DQOculqlMOG2hfyJxE1nNvHIsC/xkOsd76hRGnF6Mz1u9aQnh1GsJJwPx"
        "GVofq8Y/oPQUsMJKAzHaoR8iHa+FeO+gYjyUFHwFumSH61v70U5aJ4/RAN4Fu7ocSFT/PKzs"
        "56FiG4Srl//WgO+O3F6Hpbz+F1uk5cu6qXihh0Gftd4IYl3QLxDigU3qrg991XOt9cFI++cj"
        "9X6Nf82/nu+PnMED3V5ok0lgdPaGAMOMagTxbXMD/07b6x/ln/HIhzJX5ZSJl792y0GfrpW8"
        "63rCc/Jn2aZnwG/Nil94Uv7nSPlDbnP5G95mtioPVHms/LGuPY23fmf/TtAfV/H/7/ZQosqa"
        "num/w29Xz1R7QXR61duq/Id86fdp/nd6nuP5RS/Jlf01r/9GPvIx8GcSnVW8USr7rNYnuvYr"
        "xQ+tj/+gr2V/r//je6a+/1ZlbBev9vT3SL8vrq/2vJwp/l+BfkfJ5z/btxV/0T/l+XeZqfnt"
        "+Kvf7+ZL938fJypeyhV/tPyzFz3EklDPlT7q/H+Nh4taL9Ht/dPedPzLFX3+OGPeJBI+CiuH"
        "XejMz0IEPwt+d/gd/Aw8M4huN45eY5hC1OhsRhCZRugA99HExq4fJgs/C1w/m13gZ/hYLato"
        "mXFYFth+xiOnNgaPmVBx+m0VEzyxk7kfJXNemddpzubXhs0f1hD868JoIr+0mJQ7ZkyPLgXZ"
        "LZZbY+XIW2iXPS45GxWMn7/GuS1R/3y3tqwEv3cAvnR9yyHOz/E1BunxV/z27SKJl2Fg5eUM"
        "fNC3odsDOV8eLI7awsZyoP3T+tBuJucn/QP4CWen6SdOaAxYNosKiEfNESlRCYH0WtdRZ2K8"
        "Q91R0jSnw2nNFvyLjCdg2xbB0y+Qzly/y9YWAn7yxiHg78mRu2+8qqKBmFeTBuH54aVvTILi"
        "Z3zzBTHEF4Tsd4lN4MWiePtkOW3ZbTLw64TgnwSUR9v4H5YdZgUetb5YXyy7Lk00Ki25LuD5"
        "Ce5P1mydw32eovUR6vMbyk6m7Z8sO7veEL4ItL5aNv4uISKd9LmU52M1dithuzcg45bvD0hu"
        "z9BXpPqqHyV8T5WPHery7QZ9s2/PZpdLNXHDikAbNxUfnx+V7/rSVv5pylU7RRKjaCxNW91v"
        "+ihdEyRVTF7qb4Xw+jwTUO7aGkgK9xzufXcGfuesYt08An1X6cAzsFUN2BeWaP7RpsxQSLp1"
        "n2/NVEUHR6aJxzmFGEXHI8pvrXa2GSDRxcSLe/sN8Xtvhmg5IfsG7F+m7A+7DRIk5vodVlSk"
        "/joYBE/taiEldInRn+1h8C4Ow55uL2tLM6fLan/srYQzJfPJzLXVWuFF168zduB78LELbo+R"
        "t7pBtPptXZSdKlmdNB/R+NHYPkGDTQTxnGW2+4jk3sbIv/kMVdmb8Qm41u56PmjA1zmOH3Xr"
        "2/C+D8SeQ+m7EtGsNQaN8h3LFmTVaOeRPQHdCPfrquWS2RCDNEIqu3t0D4EF17W7B8CCr9I9"
        "R0Tj8z0YvvDJ0W7bjfE82Sn/nKDQFpK4aWBh8zHs1lgunopbsdl997q628BSuEbr76Sv/CPw"
        "m7lxU34q+A1El8e6TExwwRhuuu/q78OQJznwA1XzDHRIt45HfDoqjtAOj8v12hi5JyMfy/oI"
        "NhsnRxwALoiJezDvD90OsdhN4okwwBOb34pW3pWvV7c8H+O3KSEwR8h96+ip7Bnuj3lb7GZ2"
        "H3ELfUzSpIu3MZPcEzy9rRXQsqPxcc6O2Ib54OijoZE9TkMCc6FiSlTnaNPxy/wiLJOp9nOE"
        "erdSdRNdhyX/zXPAa1ImjdGOQWrQjSE31TQ5ya7F27xplH5y1/qZzdR9ou9p8mVUjfIz8xId"
        "7Rbm46THjZfDYOj6wHtkr12QwS2am1MVnx+Nbn6e1xEq1HMLHw9dmUTmNHuY6BispUnm/HuJ"
        "C7GE/qd+NqXJXo0RZO+g5ku1J7t28mQeb4MIsJJ4enzjtj9COZRXhi6zM33nN5NUdgWBQquf"
        "xTl9h+d9X8Yx6Lk3tOpkRajngVWJwBJWwCpVp+KHXTe2iM3TZSaw8COEU003ttk8hBjlTsWZ"
        "mtCuCW0MwnZpK6wUxbY2sgbuzYsjpeb3rdzeDanHy9Fypful5F2OBd/2l+v7Z2NitOzmqhUT"
        "wCJtjKMM+VnF02KEUdOgRb/32+93tnpOwH8GW4fYIECAGbeSYGsetXUDB4NOiRix6p7dO7wr"
        "/sWd/LyuoM/QSFrbwMg3LuZbpkNKYYKcOJ3cgG2dgkyob6PHix+C0zcyl+Crt8SUwXrG46qa"
        "kwB0+mNwJxXYIE2bY3dtjPM0RTkVDnphakqAD/PnXH0FJZp3YwNB7KHONiH/OwGbonUF0EMH"
        "/6Rn+viFBclzBDZeYN7hYwlxlgAPAnM9XwTmawX2P3SJGnMBtOxMXg8ZBgemHhp9MY86PTTu"
        "5ndZybj+1M+RbsfXfZGNMSK8cjY3g0zw0oY5i7o547vLiGABWlrFIJjLEaY0nlBqjyWtaCdf"
        "IJ7TCH6IbnQZV4TdnASFR91GIKo7Yet7F6eEev2d1lWTlZOeXyYOvmimPueHBv/kBzm8+LFW"
        "cwTjXVvW8dvh6XYkbKb2AySvFXaFHIWoSearKgV16cTwX1QOB9yzL4jcWg62F+bFiaXau+nP"
        "4uzHeAO7eaqmjeITBr+qhu9vuBf0n5iolX8FYWc1B523qc+khyjoy7npMClApwkZJtNqTGle"
        "ZUiGE22T8fDQ79YtNb0JBp7rMtg//PnQbbtjgF45QZtFVL4JiHMgxjrfHjjq14qO9dIQKYwB"
        "L+gcdFZsOhMxgucV7uu28FLI5I6EtzPSp79I3Kh7T61J9bu4cILuKCxbtDuONCZzLdeW31pj"
        "4Mv7tK3mgXh3sdD8A3q31ZSjywPtXK3HDjitnH3rtNipHPBNI8AHKd9Q+q3bq/X6GdgOwMMN"
        "5t3NGa67vnGteUDUfAEfY4iNoQ9nb6DbVhhv6v3rYnxcqH2wLTtvGos395jEUmNn++jo/bIr"
        "D6SGCfdDj1PH1Sa+ax7YrmMMkNalvHH5QmFV71ONMNizAU2EUVbvWBaanu8XTyBWrkqGv/Uc"
        "25wq20f02qeo5baHbNAZKt7nCTGOnX65dmMZIdlhstT9a//lAV4BGMQ6J5i7bre0rOL1AK37"
        "egzO16SH1q2+J3gxRbfvALlxCLrAWRwZrdV+VwC+LSULmjYNwf1qwjHqh/Ryl94OaxpG4Pef"
        "FD5BDkp87DAEc3ZSGFVxwFJKIowB8QJrgcCKKlsLWHTcvmE+x62wyc53OXbfDdBTlraRWPP1"
        "D3k7dFiFYEGtWUD58OQb2EeQLTSxEd53vITyVu8R7X/JS1y7DzOvD9blVpmgh8FnlU6r+6Bg"
        "QzsdOUUrr+PNcdLjSia/SISWQ/0M8Au22LnrbwKTh7n5bHtVDVNyuQtffERaX9f4AP7HozyB"
        "7dHfLh6Mc+GN5mIAsuHk3di8kUHMGVoS/c7nw1g9qofnWaqNLZpYeMW/U7zsxi0HOfg7R8A5"
        "RhnELEmHu+f1Rf9iq9sCbGqZXujxqz3eSunKJZWR0sm5CTqZZeRdyErFNDPdBgebWalxDvA8"
        "eOEI6IufMjW0cCuMVcCo+/GwcNjRhcPHn1fiQrCIw8PzWYdlNwvMpgwsVx7eQA7V2p5PEd8Q"
        "Q7As/ICYlcP1Dr89/AKWiY8y7NZX7Nuv9VpR1GpvhFYjC7z0uQBzU8aEc5rlglfi9z4avRP+"
        "53qczVSeypGBEAQefGrrvJWTKvs22GA7ybURQ32Ymm7/ckfWxU6t9Z0ze9vtAYCfsDFlUnU+"
        "47DiMyGGmVexG6qGN3K5Se+OTuMC3LRFQa4Lvv82jiL+nFBps/3RGHgDOc5BJpRPuHio/aE7"
        "7u9bFJmEeQewM/JrzLo93bwIx+vjPrJa72AMFN7DNVsVYT53rqBbpY5BXYnBDhpzwe64KDDa"
        "deu1e+wwtJBZThygZ+v1ck8YvW8D+vZR7gVG60VGU942wPv2YX0GdnnrqfvDqATKbmPkT8kJ"
        "vUEk5iLW2jz9NsCWXVG/jUIZd/FA6Aq1jzUJ5HSM2MWD+K0xIAaX/2ZN7clvowKiQVRV/oNx"
        "gNgE2gAefPLiaoPZHyC9but9GGoPXeecVHQ6jL3XfiuMk/HIpK951ft9dJzRtbL9V3uDhNrH"
        "3S5kUScuKZYi/GIFzEeDikL57w4Wa1476LB64eS5rt/RpyYGsUbhQfzGh16/4/gM3qjr2/Ts"
        "254LfYL9LtwkXC78dXK+5kuxVuv63Hl/3j9GX8kF3jh4xubsr/HZqwyom4kE/B/rmYNhGLPc"
        "XyPZ7cfZOgCEIA4d9X5UpNYLB5oejd+HWv/xIsU/80x2HV4naj2oK+982RedvIhvtX48Nv+1"
        "Xn8P7vpxh0y/+G/qbev7Vcb2/VW+qfZ0+6T6e33Xn6Zvospdve2XfTG116+y9Yv+f7bXlX+P"
        "7w/6/qjX/Wn8EHbW+5tuVZ1pNDhTgc50PhSTKAm9D0tArLeiH2jOZsgusihxfJqaziHwz2U1"
        "cb+RFxGJz1sxdh+CvB+i6TkQvpvB/Vx8nD14Phb4PBHMhQjRJRU+z8XElYKE96DnfkGsdzH2"
        "OySTHtqlhmOvwf6Cz7MbZ6v79/499hq1hzdUs+pudqhcn5GAKO/DtMOS4iznmBIqB/ZAok2n"
        "s5gcpCTgFw70yYpyqdbvN906BejIZ7nbDwImV4yIswR76Qiv8qn7LqXv0spFk5qmFkRmYD83"
        "3T5FRfjUFOaUyUXxRnQ+jga/OVM0oPX8V/+jI7PDc4W1vytd0X3vz9T+lbIJx25NX+3b5XMJ"
        "kV32cWZy4voVXqKj1ZAMbMkRVT5yvW59vcpZMUDZ97dh3QY7/mXfZ0eIV0ZmIL4QqHOgsmH9"
        "4pHm5RjsQ2h+TY5lD+r8Z92lMKAuhLp5rOuIp9YmwC8D3TgynbPRTPYq54AX7E2cPrdiOTfE"
        "+WMGZYt9OfsA/JMyQl8T6dy68Uxms6qe88JSSWpd38NB+gG2c5wP8Lrb33bPIIqE+uCPWKCX"
        "qbKRefc9m3m4bX3w2fFRYE/FStLZ6zoA6rOcPtcax0aLRpykESq3Dpr6eyyrJrw9DMXve8kE"
        "Yfr9bm/LRtWOJg7clWye42kL85FTHHl0y/OymEUQPUq9BsmftEB7t5ydBq6an+i5/5YWce7J"
        "9ZI9Hm5eoRf99Bf9qJ1r+jOEiaP779Z2g7HKfWmsgJjECZqVZFBHu7w/DP1QYorTgGh8FOcM"
        "zTvsRg3LVxJ8uvCDlYc9aNvNGmJQ6RVwLzcrxXNvPplxOpaIgh6GtvyPoK/2lVYy5rHcJEbz"
        "xGN0+TseHxTpdSRJT086jN7DBNpiiIzQZ5D7xDsAHyL42anRROOzl4GDB3hT8+kFHU9kZum+"
        "kttGrfEAf1jjSX4V8yv418ke3v2I41M2XoN2l2gENnmGwk7exr43EXNVJk/5888I5O1N5XNJ"
        "4m7BPlhHWb81bKFlWnRjcBvV5+pzdfcdL0k2IA8X/9v02a3/ICTlexsPigHMBykv/lDa+BaD"
        "7/XxUQqvp2NNL89gXkdY5V7etC4Z4fbW9JHlLlS+ApZDLisvq03/p2UuEuRzcmG2R7Nsdhqt"
        "7ujdncN7runbMPavyQVsl7i1LBs4axncLbiCNrg8KuaaDyvvSzCDmblMMydqszcmItBnR4gn"
        "7U8Un+kY7ec6bl6OHYjXrVLEWTg+xkp+QL7AT9FrWhubyLrJCmJ0uPO6WNzOcGPSEZQ3r/XB"
        "NZi68JqiU86431jHGdHvL7r31Z4yGKZufUE9j55rZjYztz+KwesHS57fzLr1MqZ0VUTGU5Xn"
        "4Y7V+lgw/jGM78bjk/4N9KWH7PdjjfK2F/EyH//0mutUTH0z0/FRNZ0RxwY99jmJ9ia6rT8U"
        "HWjbrZV43LdLAb5Ok4KfU5kr0MuOmbjdGsESdHDcVI+q4heBKIQG00/6OSUYgr5bPmonxS+5"
        "2XTrMNGYfvk26ISqsTN5MA7B2N3otrrct6/n+kI5HGr8qXl4rT12GBy7ywql5j1tzLmslQ4o"
        "u/WXaCWPzVza7s0YAs6P7/Nq0GF63T7XtGbKT38+69blTBAtc+pgDrJnqhzIIbfDokAmwSbI"
        "KvcWpn0QbxCTK19sCbHDwq4eH0isBHIoQuGnM1Z5BDDWi6Il79ZwhNL2/Uj5aSinUfkzRpPV"
        "DeQHMMeJlfh6A/2LhoXNQpDDEh3BZwMbVoFD9GGjHwkOUUF0busMrR6aVtewQIbTSzBSa6Mp"
        "2COiebbr1qiW4gvkWOiYNyfZxDKPIGfwPQRwBVoR3UYou/UdJWMQk92fa2Uzb7Kxtwf2g8Gu"
        "aHledvyRgRUy25LuyLyCTM/onc3o93ra/qAfiMeO+vugsVk07HH4dWMpezPE1dp5BU7cYAV2"
        "ay6bRtlFgtnyWxmvrE7YHLVijp0KVRH4vA+CItdWmHQhNCnWe+NW54qncTe/y4HEgDtsmbIF"
        "2zdAravyI20+tJOoimUWiRr0AbYGcvsBsgKcDeA3iVjo5SwkAyuc4FjngdFjuNz7X1b/Ydyb"
        "z7O3jnmGaiOwPtDRGxptEan97lnE6p5hfYC+IbOYfcTgs6bKP30zZdOOEpFNcEmvb+CPrcwz"
        "XYJPtrDONN7HvkiccHWvFkmc3RfgL0fVCVyycOqGEL/ZLh5UHsjayqSbknG8+JoXskDu2zKK"
        "sNzm3n5hOdfz8jgVIUfnN/A3ZgJHVZZPwQF2kMpfZBh6xWfmwb3EfbrEfebCvXlfSDfBqZvI"
        "jchg3NNJ7uyXbysZ5baf8Lu0U/AdL+KQvT96dhI6QNdkRLam8y0kx2aC0cQcf4vzDl8IFVGS"
        "0ia5sX2bls6tKpxY3Jy4Ooq9yq1BpVNUUBYp28sSnrsDCTJmV8s5rrIPW+XkbnOmcmuwNfrG"
        "S+7jBRvjBfdsDyLjmWTIpCyXm/MClBx4J2/Xs+SNTB0UL291RBD5XEu0EC4+y/DeP5/Xk+HD"
        "nKzvezvNqZA5DTenHYxz/NlfFFF+PX8t7oV9jvw1zJsLrP2pcpifHOYnh/nJaUxvjlRraSp/"
        "YdnAfH6q/ehuP7zbH5/gwbTLKRK3UwYxsGA1lV0+qMoBpVIEsRx7MZR5uSJo5O9Azufgg9po"
        "IOY+xhGqRhFcCfxyVO7m3rdh+hjlUK6qeCLaqxCnOmCvvBTANvCT71cGwULtIXW23844s3H8"
        "8TH5Ikwo3cXRvsvVDMSb3YaoJPTBmaNyxDiKC46Z0+WIwb3K4SBRO/WKHmVpmmXvjleK51kE"
        "pQdS24Pxq/wILPJW7f/r/X0byvGxy8epIM4gr3yg15VBPEkof+V3vXKCloWE+84n0wknv+NN"
        "lKodIsroM9+oqGuplFXVAJVY5Z2rHG7ws1/5SrVqGwJBiM+RPDnb3BC/cuPUX3L9G339V3zL"
        "UfY739NTL+L89Gs9ZVeEn4L6fGfarQjy0usrnVOrXOdffUVpz1H57n/QNhNs0uLHLpQqNPZq"
        "PTd8axpvCTfEv81f1+N1X/n3MN5QnR150slVHrMeM5fMXyxvj8Hv/Kxf9Ha52e+hJz5lgHhG"
        "JbcIqmpH7bG++CShTrAb8fgD/T3PU7kOavx6fQcjlf8tVPys8D074aHgde9hfPCDaXe0BOs4"
        "xTaNwX7bqJhGJGbEDCbCtBNxgF+CrS5WkKxkI1JBfK/5YNqBsO5EeD+6PEO5lK05zlsYnYdC"
        "oILX4D1SCh4oYuncKwzricWDrHXfgv/O9/Obr+f4dd74v+bx2t//Y73X/M/1fv4/10/+l/rZ"
        "/9L+rFJpzqbKDyIoBqvujXR+HjUdlZf864wBxOx/nncA0ZHiYIBPFGgsYoxapHSKOn9hFxQ/"
        "DGOr8l1+n08aPWNOpE8AwffRq56A/1yptcOJauuKWu/T6LemPqty5uiPdcPXepA+/4QUPhBG"
        "TWvp/C5D5XdV6jzSaAp2vSHI93hzDUeG8rUXcLX603CQjR7W5Y6yEK7gm6D+VIzC0cHi9LQH"
        "h9YzjRbsHYz3OVYJ9Gr5dV/58SAfmZIPBPb3deaqApr1/aEZ/in7uFLfUwbjhcgK8C1VuVRl"
        "ldSb2Lp9pOvHKj9Sn3eQv/K1/tdyVL7yu1Q+YrPx1sX+jHsr+sHEuTbEfIdT092HNE+AWcNu"
        "/gds1fbobIAvU54N1Fof3kle0VfeYdY3rBHptz2079b2GLzrZJVDsC+YpHKYExFgmr0HVgOC"
        "hQfP/D1SVfb7yRAHhiTPbbvEWa78UVpAPPDlgLmE8Eem20U0sW3wHT5tb2o05SOCNt663A4v"
        "sG7avgBfPaNV+Q9dXDfmbprKKhKg54AeOVZJARnNqkNHQ9Pp9eyhaJce6+ZDYuJNEYyt4hA9"
        "gdCDi+k9Y233Q+/57wG7wsP6mdfOUNr1Z26JUXf5A2hgV+I9Zyq1usu7TK+kAoFBNsQyth2q"
        "c2CuVZVVtAdQ/7s1VoTOan5RRVSe9Ew4I/RukpWYTlVegso/fp45+XX+Tr+v8v9R5RLMP9AK"
        "ZNYx3blIRlie69f5EnsCcWGIun60PiaDr6e9seed/jWe8xPLJ2bRIR/KXzgtvgA/b+MCwhZ1"
        "XKcrKzzpswbRCfMzdaIlfZ2z+XXehkDcGLl0EKcFPoj6ThyVc/P3fGmg7054rtb7n+ea7OSr"
        "O/+Amr13rQ7n2j54a3Nv2oYIphhc8Qx8zL5ovR/Q9O824vhiBnMxXKOFqXjBeXnCr/Zz6m2G"
        "d3BZeIsWp3ZkB9Df9Bg2M6+sDjmM0dG5oP5YrXdGV/CfdP+6DPytppfwM/U+buJSAz0jdRZq"
        "KCKV689tClKDANXeHDUpxLk/+wH4NUztlbdi7MdroGNvdON9Xgna7UhsBnuIWcACzgngtTsL"
        "pcxSFgJOx/1U5fdver3Ku3TzcYT4cMgGu2P4yb3BDTAglH52oqd9wVO9h4iYz8XzrOev/Hsc"
        "P+ermkPMq/bO3nVedPsPvamMrG6PY613wZ39Ip4+fxL86/kTzZ8gv77w9N/gAwZV/sID4Kv/"
        "y8467Olf2RBfeQjiq+b7YPXRkfKJjUohKlLZTPCCClbQX+cvCFJYN8lW1IruSjSIU+ldn+en"
        "rr9zgzv/iT/pJWg5VULmNaZTfIFhQGt15DlcnhZVikKxaJSuvyEHdNF+Q6tFilXMN1mfExf8"
        "caqxaU8iJaPK9nB1TlLjVeUaqbU9G4UAztBWnhd8KTlS2xWg08Ab1PEjyF/jhUpnuJK4g6XP"
        "3q7LRMZo6TIdgysduIjsSeicclGwVEgQ9zZ1l/a0pO/p25vQY0lHoqLTNmYiZ2AdpkhQO4yW"
        "YEGyqgo5+PVZ1c2n8o/YxAa/O2JqZcz1F8i+L7KPVZ+gBcSceJO8Qxv4vmDuRqRZgtz+rllI"
        "7J3215xKyv0lXlRe+366xU70Plb5m40j0ff6ghemvzlhtl9a6jzpiWLqUhnfmC0hyoK2cJHF"
        "aPy23Oz6/hLl9zP0C5hfuhhi4+V5mmNp81GGz4XHlgj/eMzbC3lKUHxKhfu2ABogpiwSpXff"
        "JyJ5+VXc3jDioWrxEGexifBqdrwOkuoHXMQMpTCnqYdo4qWSuUshYUw394CyYcLP50SuryiH"
        "EGONeUIR+1pDrPqZs6/B/rw739O1Nej6a7q5VfzGlgXxMkEM5q+z75WyyODD6POkdnee8ulb"
        "a/pwmfj6fOcKfiVeUAFx7QriRQ/K9H5OnVimUsUzM7SrnGoR6bO7a9v+csN2O9d9aVUIqr4C"
        "zY19APAs47SYU+hH9afshC08n+6K7HPufYi1aW/FdISZ6YAIIuAXQ6kM322v5Ifs95lshP7r"
        "r+7U+B8HzPVp8uH7//v/QCQtOw=="
    ),
    "esp8266": (
        "eNp9e12Tqjr353c5t/1UQbfa4v8uIQGCRAmIijdTihqQVuzWlpep+e6zEuy99znPmdlVbgiB"
        "ZGXlt16z+n//tbvd/tet6A5//c/4bTgc/qd/cN9+3f/6n1dzPHgfDkZv5n/+2m/v27/+5y+k"
        "/rlC3JsBY+5w/EXIxr9iPPB2ZrK6f61ct10smgYvkZTj0z3yeWjNi9Prfctvb15w4355nixi"
        "c7gZDuWn9MLp5CEyjxZ6ZEwxjRGSni3SKRY3ShCfITnEpLYRruvIkYlPckHtBq2xrEJHwFde"
        "UW7v+9XdOlZvAyT9+Xj+yNwHGXSv09vWi5qZy6cSfyS7yZtfoO3WGETsu1kZhvG477MiZlHp"
        "fi+yzWlyKmeja0HZnX4UfjR+E8EM1Y6zXRfbz2a8u64j9Hj94EmEpnj06aVt+FiMXnazYeyt"
        "cHckeT1YTubAijJx3g/z68s0fBiz0t69HaYL+3MmTpd3Y+i9ZWlWpJvXOyGnDyNZfD4+42s3"
        "GQUp/R5PLrb1GI/d4/VWvRSH/L1K6vFEOF4q6XxPkrfDavP2shsep+y4WW5vDRXF9BivjfZK"
        "ru08+ezOsjQ6slreP8pbzU+DgTk2jGidxs5i8F7tXsg5CIeJqN1TFVG2qPyXxMherdPn5HsS"
        "rKdXb5F/38OYOv5f/c7/iYjxKyDF+s9fh8v9q9WPhuOJOXx9+89f90NzVyBh5CU02q3RGdzH"
        "GNGbV7MjNOBnLyjHLMWII4loacctG/BHguEDDS3DsFBnSyFwgIfUxPaaYuOo+1gWBZihQf3/"
        "7I8lpjcqyRFavo2Mk2UofPDj2JijeVabwUI4rKSuNzZeszeC7x/pWYjViReiRi4SiNPCBwQO"
        "aoRi9T2T4dAw7ETPZ83KyDw+jDamQ3Iosb3w8MvDuKPz7mS3JkfHkwEfIoLYlcRyNr11xQLo"
        "4tGtbW2vQoty9gYAryM0s9gbjP/C1fgfil+jlcI/V/TGFP6jH/CfLVR/ofrfakQpxpOHFddH"
        "ZKeCtxgkhXlRXHG8qurNmkrBUZkOEapjVgrEDmNDwI+XDLF7hECGEJO+z2xsXmyWvz+sT1/t"
        "g8NsZJskcbA5DhJOT97Z6FAhT9McxVVZER4RJN55WRJ+CIz5ybeBX83wOLErRGtewYoR1s8G"
        "hnVF1u7DeD3EgniZ0UrywKwwSxyz3L5hUTsJ0JbsT0aMkt2G+gUVdaloE6XvK96ht9IheOpS"
        "iWNUytXrMXEnR6uIAB+vRwvxbGcIydEXERxT+IRM5YAcYmybTiMZ4p9kP2uYnd86g32SHcrW"
        "el/y28UQ0I5GQU2AJrXnzcOC/Qkw1XtuJ4rfQ672w1aYuqKjZeztqt9/Xub18WK8RV70YhhX"
        "ILgZ3psnX0ear37Bwr5tItXeFOwrgnuNd8JmwGfOiXrOr/wwMEQxjOaneohM1NVeZ1Iq8Gws"
        "khzWpwDxrrFNVuxxd7ECOfCf331EyKLnufnhIj26bABjKT1oGRBaBuBfFVrGMVzmxsOS/gJP"
        "hZUy2G+C8K1jdlIzJ8Kw+2ZqT+UUqF4usPCpIxISyeUWp6DIC04Pizevg/d5rcdVeHwHiFKk"
        "sJgbR8vnoiZzwYqKIwy80fL4i6/q/dYzAAv27+9rm1JbItAPFWy9mD7HO5CrOHgjw/rI35be"
        "DN1NshB8AmicvyyonwnvFVQEbFU5f7t3bcVJUc2+XbtGBQBhUOaeDAqExz0N0NdovgEPL6V8"
        "6L73X30mfn/o+103O2SdyJvW9dLkkOMXAnIag5yqTVD01oWSV02v1gee/HyuX63Z51mZo+OX"
        "xll9PBoMfnNU/+g1jooS9MNO99vEY+wX5v4c37D8CKPD3/D2BWM91FhK5pW++WO807+OZyEm"
        "hF0T4C9IpNa/Ep2px84U8TPFP3TOMa2Q8Iaan+jnmje/dCgiwzPg//d4an9wZISWn62ZAytd"
        "EbSsl9cZinaoEMIBu8zqKXVsIVgrRAS6jMJzwFmY1HNvCfeAWQH6VqTQn/3s0x2JliCQB70e"
        "74f3QCDgV/7BD5A9sMh+jiamjYAvtdbvF9AlM+8mHXAWavu1E9ykC0Tw2rsDppMC3bF4yscP"
        "n8LYN7oX6efADjV+gC7Ar8Tv+SXeNpST7Jy/p94oE+dmKuiILoglMhPE8zVFCbrTZCrRwmsN"
        "E1O6rAp09DQ9pznjVKK9UBiLyTfDD55LiaYxxeMeDwUTPh4ZkxjW9zkjII/OYfEq64Xb+og3"
        "dFB+Z7vB/nD8Gm+458joGIIOz+lns6/5FFE80HwjNwHrbWBsvVuo8wZS7jp+OE6Gu3ejxorO"
        "m6Ztf9S0OefgBXQitQOPVfsiemfeUNlV3mNHTKOnvbbnEmz1L9vK/8CXiXp7aM7OkZkzrHl0"
        "MG175/nVosQkDJRcrm+nNQtkTQJRg93S9MbdEV0uMZ8Q+3oDXfxoJEWZ5MLtZnVE8KU0AAhy"
        "Ad/TwQdKhkjU4VRwdovNsJ16aXko8IvCx0LhgyQF4HP8pKeXF+VjeBu6Yhw5pg1rdR94FxNE"
        "B5e4nigbgY49LwYhA9DNOW9NkssEddNXFoAtaRN0kqARQTJtsEdAywdiI854JvNf9num8AMe"
        "JAxE1fy2BPyg6jd+vKs8fjRjEU0TeW4EzNluvT16mKSRWktkjBBT8Drq5nwYeYCjFmwAyNRs"
        "nNmIp1EoGh8tywiBDVdfxMhJ6XLb2rY024JdZ3BddoFHkB9XAhdVOAGbCS/OCNpz4tT88IIy"
        "cw5O9PvCZBS5h2QV3bpmFLZNzgAvUxfXeIZA9YDNutdOGW0FxW96r3BKVxI7eY+XHGhu74Op"
        "YZHv2tnMX6wG9K3v2r3f/nsM5IVaj+BNYZQ702hS+2W4uxlWVeBHaPwb7l7ZxQhfWsVPhEEe"
        "k+PAUBgE/BU4aqyJU7UKJyAbtmgy8HnEjo83tgXYZ2WS8ePamDoJj5Bn9jpMNk8bePvRf4zk"
        "GDw/xEsK6pa8gnfwCvfwPSWEctA/H80PLn7rn17/jVEmxLz2en1PfJaZhIPuAfpaVKOVWYPN"
        "6+XkTn7pUaVvnlhRzbDYwPpMNV6A+M94QtGnxw/QU78qPYpAN1KgqT4p/3bS68gcNHGBpJ0l"
        "hcKKBP0Xanp/X4O/XX+vQ2FC67saw3w1StV83tPe+mnmvRuTj2gg+DAIy8Zee1exByyS8mYI"
        "X9nWHT+hek987lEWIru6iZJBhFYHg+hWTKP6LOp0Z5gp0XB46nHnEbw0uURr8cIXMQM9tmkN"
        "r5sP56a4+MPKo+Y8FBYead7hFZei8ubX43vBih3y5CCzb14sM8AvtJc2wfVu4wIN5PqRyhTF"
        "ZVNEWO54d9i/z6qCnWs8t2uwjYeF3cF8dgbejJf82LX/tu29/qgRxBO292I0oEMck4QiYkyW"
        "DeDen3XCC0Tys7+/9aArKPBP42uH+njEQjVtY7BPJjIZKgFPl2c8APiqn7gA/w/aT32ItE75"
        "7a/19BgdvBhaIbzMbNDHc+QZ4QQ5lBKBoa3170y3wR3BaGQDfqjcgv0a2r3+FnNBWyq9Tbk3"
        "7WPA/NuPLYvRidrbFi+msqbpAOHGfrcHzfvRupQN56I15+jQ9XbMBR1a+CGiKbjeSo8P8fvT"
        "n2GWaav2qF/HFXz4Trf7/iEFewC6s1jUKGCdlxrtocMnmLNKc+gH/Q/z7Pt5Ogr2sk73CgS9"
        "7kGgc5erTKacdjA/kbiNrXZRO5YFfjJd4AN1SiPJLsb7rdl2hHDqdYSToXiPrNG69Y8o+whZ"
        "aWWhmOzRN5GO10G8d1QxHkpLvgZdssfNrRt1QecUCRrCu2BXV0OJmu+HlX8/VGyDcP3jv7Xg"
        "uyP3pcdS0fyXLdLyZd1UvPDigz7rvIlRK/3EkYp7++tDX/Vea30w0f75RL3f4F/7r/d7VDB4"
        "oMeLpsQIjd7eEGCYUU+AMuA57e31l/LPAulDG6n2Btzpp78mbdCnKy3vqp8gG//ZxkMX5v1G"
        "5RNP6Kb8oRw8TeHI6m9484Vq31T7Q/tL6vseb7rfrs/wvTXFf45n02n+pGf2b/jt+09qPCbO"
        "P/2uiu//kC/9flhf/vZ9v97f9FI1v01V+5/ycbSZii9Uv2TQrzzQ5/il4ofWx3/QV6O/9//+"
        "Hlvq+0q1Ifj7GU9/HwrFb+r/jOfWDMYrlT/QKfn85/hzofyFf8rz77aSqSd/9fv9fj3nTxU9"
        "hVq/Wh9DP/QAOqDf1/pM77/GA7XL53j/ZW80/3aK3/40Z14QCx9FtcMudO7nEYKfBb87/I5+"
        "Dp4ZRLdbR+cYZhA1OtsJRKYxOsJ9HNjY9aN06eeh6+fzC/wMH6u0ipYZh+Wh7ec8dhpj+JgL"
        "Faff1gnBgZ0u/Dhd8Nq8zgq2uLZs8bDG4F+XRhv7lcWk3DNjdnIpLKJc7Yy1I2+RXb1wydmk"
        "ZPz8OS0gkhyc79aOVeD3DsGXbm4FxPkFviY2Cfw1v325SOJVFFpFNQcf9HXsvoCcr44WRx1s"
        "sxxq/7Q5dtvg/KR/CD/h7DX9xImMIcvncQnxqDkhFaogkN7oPuoExhv0nSTNCjqeNWzJP8k0"
        "ANu2DJ9+gXQW+l22sRDwk7cOAX9PTtxD69U1DcWiDlqEF8cffWMSlDzjm0+IIT4By3eJTeDF"
        "snx9ZwXt2C0Y+k1K8HcKyqNr/ZFlR3mJJ50vNhfLbioTTSpLbkp4/gH3H9Z8U8B9kaHNCfqL"
        "G8o/TNv/sOz8ekP4ItDmatn4q0JA/YBLeT7VU7cWtnsDMm7F4Yjk7gxzxWqu5lHB91T52JFu"
        "324wN/vybHa51IEb1QTGuKn4+PyofdeXtvJPM67GKdMExVNp2up+O0DZhiCpYvJKfwsB9oDn"
        "Atr9WENJ4Z7Dve/Owe+c16zfR6DvKh14BraqBfvCUs0/2lY5ikif9/nSTFV0cGSaeFpQiFF0"
        "PKL81npvmyESfUy8vHdfEL+/zBGtAnJowf7lyv6w2zBFYqHfYWVNms+jQfDMrpdSwpQY/Tke"
        "Bu/iOH7R4+VdZRZ0VR9OL2vhzMgimLu2yhVedP8mZ0d+AB+75PYUeesbRKtf1kXZqYo1aTuK"
        "p4/W9gkabmOI5yyzO8Sk8LZG8cXnqM5fjXfAtXbXi2ELvs5p+mg634b3fSD2HEnflYjmnTFs"
        "le9YdSCrRreI7YDnBO43dcclsyEGaYVUdvfkHkMLrhv3AIAFX6V/jojG51s4/sEnR/tdv8Zz"
        "sFf+OUGRLSRxs9DC5mPc51gunopbsdl/93N1d6GlcI02X+lA+UfgN3PjpvxU8BuIbk91m5jg"
        "gjHc9t81X8cxTwvgB6oXOeiQPo9HfDopTzAOT6rNxpi4H0Yxlc0JbDZOTzgEXBATv8C+P/Q4"
        "xGI3iQNhgCe2uJWdvCtfr+l4McWvM0Jgj5D72tNT23M8mPKu3M/tAeIWGgVZ2sfbmEnuCZ7d"
        "Ngpo+ckYnfMTtmE/OBq1NLanWURgL1RMiZoCbXt+mZ+E5TLTfo5Q79aqL9B9WPLfPAe8plXa"
        "Gt0UpAbdGHIzTZOT7ju8K9pW6Sd3o5/ZTN2n+p6mn0bdKj+zqMC6drAfH3rdeDUOx64PvEf2"
        "xgUZ3KGFOVPx+cno9+d5naBSPbfw6di3SWzO8oeJTuFGmmTBv1a4FCuYf+bnM5oe1BpB9o5q"
        "v9R4sh+nSBfJLowBK6mn1zftBhNUQHtt6DY70zd+M0lt1xAodPpZUtA3eD7wZZKAnntF615W"
        "hHoeWrUILWGFrFZ9Kn7Y92uL2SJb5QILP0Y403Rjmy0iiFHuFLwLE8Y1YYxh1K1shZWy3DVG"
        "3sK9eXGk1Py+Vbu7IfV6OVqt9byUvMmp4LvBanN/b01woPq96kQAWKStcZIRP6t4Wkwwalu0"
        "HLz89vudnd4T8J/B1iE2DBFgxq0l2JpHY90KsqczIiasvuf3Hu+Kf0kvPz9X0GdoIq1daBRb"
        "F/Md0yGlMEFOnF5uwLbOQCbUt/Hjhx+C01eykOCrd8SU4WbOk7pekBB0+mN4JzXYIE2bY/dj"
        "TIssA79COOgHUzMCfFg89+ozrNCiXxsI4gvqbRPyv1KwKVpXAD10+E96Zo9fWJC8QGDjBeY9"
        "PlYQZwnwIDDX+0Vgv9Zg/yOXqDWXQMve5M2Y4YFgzdgYiEXc66Fpv7+rWibNu36O9Di+nots"
        "jQnhtbO9GSTAKxv2LO73jO8vE4IFaGkVg2AuJ5jSJABXayppTXv5AvGcxfBDdKvbuCbs5qQo"
        "OukxQlHfCdvc+zgl0vl32tRtXgUvfpU6+KKZ+twfGv6TH+T4w4+N2iNY78ayTl8Oz3YTYTN1"
        "HiB5o7Ar5CRCbbpY1xmoSyeB/0XtcMA9+4TIreNge2FfnESqs5vBPMm/jVewmx/1rFV8wuBX"
        "NfD9Db+EgycmGuVfQdhZL0DnbZszeUEU9OXCdJgUoNOEjNJZPaW0qHMko0DbZDw+Dvq8paY3"
        "xcBz3Qb7h98femx3CtCrArRdxtWrgDgHYqzz7YHjQaPo2KwMkcEa8JIuQGclphOICTyv8UCP"
        "hVdCpnckvL2RPf1F4sb9eyonNejjwgDdUVR1aH+aaEwWWq4tv7OmwJe3WVcvQvHmYqH5B/Tu"
        "6hlHlwfau1qPHXFWO4fO6bBTO+CbxoAPUr2i7EuP1+j8GdgOwMMN9t0tGG76uXGjeUDUfgEf"
        "E4iNYQ7nYKDbThiv6v3rcnpaqnOwHTtvW4u394QkUmNn9+jp/bRrD6SGCXek16njahPfNQ9s"
        "1zHAD1W6lLcuXyqs6nOqCQZ7NqSpMKr6DctS0/P1wxOIleuK4S+9xzanyvYRnfsUjdy9IBt0"
        "hor3eUqMU69frv1aJkj2mKz0/Np/eYBXAAaxKQjmrtunllW8HqLNQK/B+Qxe0KbT9wQvZ+j2"
        "FSI3iUAXOMsTo4067wrBt6VkSbO2JXhQBxyjQUQvd+ntsaZhAn7/h8InyEGFTz2GYM8+FEZV"
        "HLCSkghjSLzQWqrjXGVrAYuOOzDM57oVNtn5LqfumwF6ytI2Emu+/iFvxx6rECyonAW0j0++"
        "gX0E2UKBjfCh5yW0d/qM6PBLXpLGfZhFc7Qut9oEPQw+q3Q6PQcFG9rryBlaez1vTsELVzL5"
        "SWK0GutngF+wxc5dfxOaPCrM59jrepyRyx2C61Gs9XWDj+B/PKoPsD362+WDcS68yUIMQTac"
        "ol+bNzGIOUcrot95fxjrR/3wPEuNsUOBhdf8K8Orft1yWIC/cwKcQ6gMMUva4+55/aF/udNj"
        "ATa1TC/1+tUZb6105YrKWOnkwgSdzHLyJmStYpq5HoODzazVOod4Ef7gCOhLnjI1tnAnjHXI"
        "qDt6WDjq6cLR488rcSFYxNHx+azHspuHZluFliuPryCHKrfnU8S3xBAsj0YQs3K43uF3gF/I"
        "cjGqIp1fccX1V75WlI06G6H1xAIvfSHA3FQJ4ZzmheC1+H2ORu+E/5mPs5mqSzkxEILQg09t"
        "Xafyodq+DTbYTlV7oc4vad2fX+7JptyrXN85t3f9GQD4CVtTpnXvM45rPhdinHs1u6F6fCOX"
        "m/Tu6GNagpu2LMl1yQ9fxkkk7wGVNjucjKE3lNMCZEL5hMuHOh+648GhQ7FJmHcEOyM/p6w/"
        "0y3KaLo5HWKr847GUOE92rB1GRUL5wq6VeoY1JUY7KCxEOyOyxKjfZ+vPWCHoaXMC+IAPTvv"
        "pfCE8fJlwNw+KrzQ6LzYaKvbFnjfPaz30K5uL+r+OKmAstsU+TPygV4hEnMR62yefRlgy65o"
        "0MWRTPp4IHKFOscKQjmbInbxIH5rDYjB5b/k1J78NmogOqhTVf9gHCE2gTGAB++8vNpg9odI"
        "5229kaHO0BHEaxBPz8aJ93PeCutkPDbpz77q8z46zelG2f6rvUVCnePulrJsUpeUKxF9shL2"
        "o0Vlqfx3B4sNbxx0XP/g5JnX7+lTG4NYq/AgfuND5+84PoM36vo2Pfu258KcYL9LN41WS3+T"
        "nq/FSmxUXp87b8/7x+QzvcAbR8/Ynv0NPnu1AX1zkYL/Yz1rMAxjXvgbJPvzOFsHgBDEoZM+"
        "j4pVvnCo6dH45Sr/40rFv8rFuMcrUfmgvr3FOt921fm4SOXTyn/pV98Ty4X+Bv+/+lGtvtdt"
        "puVPt33Fbz0+Lv/e38+n6bPF50+/ocbnYvPT3vyi/5/j9e3f6/uDvj/69XwaP7bl6nokt67P"
        "NB6eqUBnuhiLIE4jb2QJiPXWdIQWbI7sMo9Tx6eZ6RxD/1zVgfuFvJhIfN6JqfsQ5O0Yz86h"
        "8N0c7hdidPbg+VTgcyCYCxGiS2p8XojAlYJE9/DF/YRY72Ic9kimL2ifGY69AfsLPs9+mq/v"
        "X4e3xGvVGd5Y7aq73aNqc0YCoryRaUcVxXnBMSVUDu2hRNteZzE5zEjILxzokzXlUuXvt32e"
        "AnTks92fBw2ACYyIswR76Qiv9qn7JqXv0tpFQUMzCyIzsJ/b/pyiJnxmCnPG5LJ8JboeR4Pf"
        "nCsa0Gbxa/7JidnRucba35Wu6L/35+r8StmEU5/TV+d2xUJCZJePzkwGrl/jFTpZLcnBlpxQ"
        "7SPX6/PrdcHKIcq/vgzrNtzzT/s+P0G8MjFD8YlAnQOVLRuUj6yopmAfIvMzOFUv0Oc/+y6l"
        "AX0R9C0S3Uc8lZsAvwx048R0zkYbHFTNAS/Zq/h434nVwhDn0RzaFvt0DiH4J1WMPgPp3Pr1"
        "BPN53Sx4aakitX7u8TAbge2cFkO86c+33TOIIqE++CMW6GWqbGTRf8/mHu46H3x2fBLYU7GS"
        "dA66b2baz3b2zDVOjQ5NOMliVO0cNPMPWNZtdHsYit/3ignC9Pv92ZaN6j1NHVXuwxYFnnWw"
        "HwXFsUd3vKjKeQzRo9Q5SP6kBca7Fexj6Kr9iZ/nb1mZFJ7crNjj4RY1+qGf/qIfdQtNf44w"
        "cfT8fW43nKral9YKiUmcsF1LBn3U6s+BYR5KTPExJBof5TlHix67ccuKtQSfLhqx6ngAbbvd"
        "QAwqvRLu5XateO4tgjmnU4ko6GEYyx+FA3WutJYJT+Q2NdonHuPL3/H4oEjnkST9eNJhvDxM"
        "oC2ByAi9h4VPvCPwIYafnRltPD17OTh4gDe1n17Y80Tmlp4rvW1Vjgf4w1pP8qtYXMG/Tg/w"
        "7ihJPvLpBrS7RBOwyXMU9fI29b1ALFSbPOXPPyOQt1dVzyWJuwPVbJ1k89qypZZp0a/BbdWc"
        "6/f13Xe8NN2CPFz8L9Nnt8GDkIwfbDwsh7AfpLr4Y2njWwK+12hUCe9Fx5pekcO+TnDtWbrt"
        "bie4u7UDZLlLmMDDcsxl7eWN6X93zEWCvAcXZns0z+cfk/UdvbkLeM81fRvW/hlcwHaJW8fy"
        "obOR4d2CK2iDy6NmrvmwioEEM5ibqyx34i5/ZSIGfXaCeNJ+R8mZTtFhoePm1dSBeN2qRJJH"
        "01Oi5AfkC/wUndPa2kQ2bV6C7dK48/pY3M5xa9IJtLc/+cENmLromqGPgnG/tU5zot9f9u+r"
        "M2UTm31+QT2Pnzkzm5m7b8XgzYOlz2/mfb6MKV0Vk+lM1Xm4U5UfC6ffhvHVejwY3EBfesh+"
        "OzWo6F5iXhXT75f2OhMz38x1fFTP5sSxQY+9B/HBRLfNSNGBdn2uxOPKYoGv02bg59TmGvSy"
        "Y6ZunyNYgQ5O2vpR1/wiEIXQYPZO32cEQ9B3KyZdUP6Sm22fh4mn9NO3QSfUrZ3Lo3EMp+5W"
        "j9XXvn0+8wvVeKzxp/bhJ/fYY3DqrmqUmfesNReyUTqg6vMv8Vqe2oW03ZsxBpyf3hb1sMf0"
        "pnvmtObKT38+6/NyJoiWOXMwB9kzVQ3kmNtRWSKTYBNklXtL0z6KV4jJlS+2gthhadePERJr"
        "gRyKUPTuTFUdAaz1omgp+hyOUNp+ECs/DRU0rr6nKFjfQH4Ac5xYqa8P0D9pVNosAjms0Al8"
        "NrBhNThEIxt9S3CISqJrW+do/dC0uoYFMpxdwonKjWZgj4jm2b7PUa3EJ8ix0DFvQfLAMk8g"
        "Z/A9BHAlWhM9RiT7/I6SMYjJ7s9c2dwLtvbuyL4x2BUtz6uePzK0ImZb0p2YV5DpOb2zOf3a"
        "zLpv9A3x2El/H7Y2i8cvHH79WqqXOeIqd16DEzdcg91ayLZVdpFgtvpSxitvUrZAnVhgp0Z1"
        "DD7vg6DYtRUmXQhNys3BuDWF4mnS7+9qKDHgDlum7MD2DVHnqvpIm4/tNK4TmceiAX2AraHc"
        "jUBWgLMh/IKYRV7BIjK0ogAnug6MnqLVwf+0Bg/j3r6fvU3Cc9QYoTVCJ29sdGWszrvnMWte"
        "DGsE+obMEzZKwGfNlH/6+iaNbpKKPMAVvb6CP7Y2z3QFPtnSOtPkkPgidaL1vV6mSX5fgr8c"
        "1x/gkkUzN4L4zXbxsPZA1tYm3VaM4+XnopQlcl9XcYzlrvAOS8u5nlenmYg4Or+CvzEXOK7z"
        "YoZWzEGqfpFhmBWfmQf3Eg/oCg+YC/fmfSndFGduKrcih3XPgsI5rF7XMi5sP+V3aWfgO17E"
        "MX97vNhp5ABdwYTsTOdLSI7NFKPAnH6J8x5fCBVxmtE2vbFDl1XOrS6dRNycpD6Jg6qtQZVT"
        "1tAWGTvICp67QwkyZterBa7zka1qcncFU7U12Jp84RX38ZJN8ZJ7tgeR8VwyZFJWyO15CUoO"
        "vJPX61nyVmYOSla3JiaIvG8kWgoXn2V0H5zPm2D8MIPN/WBnBRWyoNH2Yw/rnL4PlmVcXM+f"
        "y3tpn2N/A/vmAmu/6wL2p4D9KWB/CprQmyNVLk3VL6zeYT/f1Xl0fx6uz8dVff6srykSt48c"
        "YmDBGir7elB1Ak+lCBM59RJo82pN0MTfwxgL8EFtNBQLH+MY1ZMYrgR+Bar2C+/LMH2MCmjX"
        "dRKI7irERxOyn7oUwDbwkx/WBsFCnSH1tt/OObNxMhoFn4QJpbs4OvS1mqF4tbsIVYQ+OHNU"
        "jRhHSckxc/oaMbhXNRwk7mZe+UJZluX5m+NV4vm3CEoPZFMP4i30AfEKtRt1/q/qLyA4VKVm"
        "z3pKiDPITz3Qz5VBPEko/6nv+qkJWpUS7nufTBec/I43UaZOiFTNnTrxhSibouf49sLTdc6E"
        "sJpJD0HwV6ECyT1StdSqQ9dNS2RLourSl9/BhB0Dwyb63SF4No2qf6K6Tr20n/XjXM2nFK32"
        "LhlLVH2y+vOENFRE2wxiHPSJLCRopKi5LVBPj6qRn4SWrotmx4VBUN1Y8AlDxCdZPwdX9bK0"
        "luwTOT81a+pvFo5hqGgaoQL8SvWu7d+VX8iQd3vWKn/pq+cBI+sl7DWnrcnTTwrqOIkQFZEk"
        "HKPD+nd99F5GP/E/Jzf0u56YAo2mPb8H+hyVyRq5Vv2s9yLrS0j/Xvepc2SwfuIZf/DzdVkG"
        "BoydKH5BRwjmC0E8moLOQeLYGQn81N8FxDrXgIUq64gYU2dhVNXZPjGg8rH27zrxP+oHef2N"
        "+npzXQf+X3W5YbsxOiuL677+q916m/L40fQ5KNMeiHCGvc7Nc4ZS2xLWPEDD+xAzz0CjcY3H"
        "oh5HndcZL1eaUiG2kQMGGjDR54uiA/A+gxBbTZocOuNwYu+zhc45FbwUaFoOLuX37dOYgCri"
        "nTr3BuejdfvyRMZuWZG/+V4lj7q+vH7Wu1mqHnKhytBVPTH/XW/9tvEm6NsknYiKShAXdNie"
        "8MMb2ptwzz7DD8Czqeqmq7Y/a2CXy+F1Rhb6XEHluuqfXFc3C7bG5OvbVHRVnRUoGwe61PrX"
        "nJPyB3t6LBvdhFB1fIP/3o8g8p/7IVmY+CpH+4/aU/UFjcWf8v/PcfAwRv/ffhrJf+3nKP9d"
        "jx1AYC68PN5SsE2lLOaYVarf0rkw7/2fdJEf/Kq8GSobiJv137CIMwf1yRB+ABhpff4XvOm/"
        "z1rYac+ffvznuneGUROu6rnUUa2AWVQdo7IPhv9lqD+KMU6TGfg1LUG+x9trNDFUrLGEqzWY"
        "RcN88rAud5RHcAXfDA1mYhJNjhanHwdw6D3T6MDei/qpm2rnJPyiwtYdbyDyEsgVDNfl8rrM"
        "PEQTJ5OzLgkQ3oDAnnPurFFmM2m/bc74/rrBPe9UPludG4A+8u1Y9PwUkoEvy5AEPcLBPKr6"
        "CCYBa4RHgnApbeiHJ0BHlpspqANcoebbKeLZdnkG/8HJwaNUf620zVMnkYUZbdISYiiqYqxs"
        "gD/kaYtnl9k+6fVJmHBMslcbjDgGSgTFqEw+CqAj42AQRcmypz6O64Nt16DXkwIDj3CxFOhr"
        "mR6Wk7p2IinQ6jxTY+yWMT6XHlshfB9kHymKRuvPNGeY2Eu5zMCPuO4cnNwLVUOR5Smavm3q"
        "5d5eXUXsfTzAKC39CGxLzpzARlVgexcYa8OWyL4vz5d9u5Tsa1MdlqA3nFymEF9dT6om9xSm"
        "YnPFrQM05C0elMxfIcdfU3xfAg0FQRste5PCdH/+zoSgc4Gamjs70y/dUi676v3g8iAXiAkP"
        "9nSNa+yCb2bjj5IBHQG+1OzwRvzrmbkqG52KlVgoP3Z6ju7LbxWgedfL5mvtHuf+U9b13nKV"
        "M+15qdr9c4X9KWKqHri3O/rd2s3Bn0zAncskt6WyK14WZbCf0Eax4leMWwj9Aj7EA7QGn0z/"
        "LV3JptXGm905/8nP/tX/ZeQff0Sp/2LSNP/P/wW2y4rm"
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
