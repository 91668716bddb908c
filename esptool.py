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
            recovery.recover(error, progressed, attempt)
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
        "eNqFu11zq7qyKPpf5qt3FSQmMd5V50FCAoSRjcDYwS+nYmwLjB2S2DEft+5/Py1hjzHmXGvt"
        "nSpihKBp9Xe3mv/vr+3l8n8vZb//678nz0+2/V/Dhev79/Wv/34yJ+OXZ9seP//XX7v36/tf"
        "//0XUn+eENd2zJhnTb4J2QSfGI/9rZmur99rz+uWy7bFKyTl5HiNAx7Zi/L4dH3nl2c/vPCg"
        "Ok+XiWltLEt+ST+aTW8i92mpIWOKaYKQ9B2RzbC4UIL4HEkLk8ZBuGliV6YBKQR1WvSGZR25"
        "Ap7yy+r9ultf7UP9PEYyWEwWt9y7kXH/NLu8+3E79/hM4lO6nT4HJXp/N8Yx+2nXhmHcrru8"
        "TFhceT/LfHOcHqv5y2dJ2ZWeyiCePItwjhrXfX8r37/ayfbzLUa3pxNPYzTDL19+1kW35cto"
        "O7cSf437Ayma8Wq6AFJUqfu6X3yOZtHNmFfO9nk/Wzpfc3H8eDUs/znP8jLbPF0JOZ6MdPl1"
        "+0o+++lLmNGfyfTDsW+TiXf4vNSjcl+81mkzmQrXzyRd7Ej6vF9vnkdb6zBjh83q/dJSUc4O"
        "yZvRfZLPbpF+9WdZGT1Zr66n6tLw43hsTgwjfssSdzl+rbcjcg4jKxWNd6xjypZ1MEqN/Mk+"
        "fk1/puHb7NNfFj/XKKFu8NfA+T8l4tV8fnk1/+uv/cf1u9OXrPH46fXV+q+/rvv2qoSEEzsy"
        "+o2xtOtQnNDZ4YHAIbZRUKDGtw0bmOb4L0YPR9PQVlKEOJKIVk7SsTG/pXh6M7SoGXAzcy76"
        "eYua2Hmj2DjoOZbHIWZo3PzH+URieqGSHGAUEGQQ21Dywg8TY4EWeWOGS+Gyinr+xHjKnwm+"
        "nrKzEOsjL0WDPCQQp2UAEjluEFqq51kTNQZ3xLCeeRWbh5vRJdQi+wo7Sx+PbsYVnbdHpzM5"
        "OhwNeBARxD5JIuezS18uAS8eX7rO8Wu0rObPIPBNjOY2GwP8EVfwT4p+L2ulD1zhmwB5ED0p"
        "ogk1X6r5sUROioFOdtIckJMJ3mHQHObHSc3xum42b1QKjqrMQqhJWCUQ208MAQevGGLXGIFO"
        "ISaDgDnY/HBY8XqzvwLFB5c5yDFJ6mJzEqacHv2z0aNSHmcFSuqqJjwmSLzyqiJ8HxqLYwCI"
        "odY6TJ0a0YbXsGKE9bWxYX8ie3synvaJIH5udJLcMCvNCiescC5YNG4KuKW7o5GgdLuhQUlF"
        "UyncRBUEinbouXIJnnlU4gRVcv10SL3pwS5jkI+ng414vjWE5OibCI4pPEJmckz2CXZMt5UM"
        "8S+ym7fMKS69wb7IFuVvmi/F5cMQMI5fwoYATorn7c0G/oSYap47qaK3hcg0enGUTH2Kg2nQ"
        "B/95VTSHD+M59uORYXwCwq11be90fdF0DUoWDWMTqfGmZN8xnGt5J2wOdOacqOv8k+/Hhiit"
        "eHFsLGSivvF7k1KB5xORFrA+JRCvWrbJmt2uHlZCDvTn1wARshxobp48pKHLFmQso3utA0Lr"
        "APxZkWkcolVh3GwZLPFM2BkDfhOELz2D5TI3xsB9M3NmcgZYr5ZYBNQVKYnl6h1nYNhLTvfL"
        "Z7+H+3mj4Sp5fG2AWkjJYmEc7ICLhiwEK2uOMNBG6+Mvuqr7O98AWXB+PT+RjpM6F4RO6Bu0"
        "Vczu8PbkU+zBTtin4nnlz9HVJEvBpyCNi9GSBrnwnwZ7Ui2er31Xc1LW8x/PaVAJgjCuCl+G"
        "JcKTAQeYazXdgIYflbzpuddfcyZ+HezOtp/v814Ubef5Wbov8IiAniagp1orAd/mqPRV46vt"
        "AZeX+/rVmgOeVwU6fGs5aw4Hg8GxQA0eRRo+R2UF9mGr5x3iM/ZL5v6EbzcBwO+c5g95+wZY"
        "NwVL6byyN3/AO/5beAZigSCSAH1t1JwQvfgSnanPzhTxM8UPPBeY1kj4lqYnevwW7S8bioj1"
        "DPL/G57iD46NyA7yN+bCStcErZrV5xzFW1QK4YKfZs2Muo4QrBMiBltG4TrIWZQ2C38F5yCz"
        "AuytyGA+f/DpikRHEOiDXo//oD2mSn77P+gBugceGvzK1HQQ0KXR9v0DbMncv0gXgofGeeoF"
        "N+kSEfzmX0Gm0xJdsbjrx4NO8yX4K4gIAEDrpEr+TkAvONH0Et27v6n2Zzx6A12H9V5y01kI"
        "f4rpd9lKZSpQM533ywV9wuDgJLfR+Io5tgf+WJFoVshNY/AtHtJc8X80fYmc8isXi+U4F6Wc"
        "vvShv0B+s4TlhxDzvA7ysmZSyZVgl7wsngO/lgfNF61/T/OPaTTS/jbHgG96GBuAc+MsaYnj"
        "1p66dad8rNeBnW5z8BFiyycbxwbasCrN+eHNmLkpj5FvDjyX7WAzcDUb5AV87EICvF++lf8h"
        "X2OUan6Y83NsFgy/Zv5LvjcdZ+sH9bLCJAqVXr5djm8slA0JRXP37yTpD+jjI+FT4nxewBbf"
        "FJ655MLr501M8EdlgCDIJTxPx7AyC4EHnAnOLokZdTM/q/YlHin5WCr5gOAI5HN0x2fQl94A"
        "v7yha8aRazpg/70b3iYE0fFH0kyVj0Cgm2oh44gB1RecdyYpZIr62RMLwZd0KTpKsIigmQ74"
        "I8DlhNgLZzyXxS///UsfkFxoGUcgz1TyKJUzP4Vz8C+Cc9ENMcrU+HsMg6Ij8G9kY3lCN5T9"
        "wh9Etx0ZYE+XykZvIXxQtlAphfkf9X2k5MFQ8mxbSt8HeI3W/wH+EI9ZToARgSMxMYEYDWzp"
        "+B6b9UYHXiBoE3YIDfADINMa39+/t7/9/l4HusvjK3KBHloe6zs/LH7S9gvs+A718qLt9/6E"
        "TRKhRdJPIVYJwQ91yh/yqsmFtNGsbB1RyNpHt53XsU/f2RBc3Iz47g8ngzyuIWL2PIR3xGrn"
        "TDb56iO0D3wiJ7GTf5QyXwprShr/pNfnZh12ZP56Mr5YGVzQnuyaWbOb4YajLrjglHEfX6sM"
        "cFicVyWWeLb0AuqBj5y/jOvnkpVbRK0QbHDwwkMO7wta7qLd8m6vfJbtiviV+hZ/0EXblxGw"
        "AWQH4k+lU2/gxzCVpdLTmlfjOcrBLt35+0sHEcqReNhbG9/1kaBlwHKTCCK0Xo4Odz8AsvuQ"
        "C9AzDvH28wNe59xlVQ3v9i6CG40GrrgS3D+yUtAfrc/zBvhHNP/0mDcUxqayhy6uAsH0/Umz"
        "Qy9oyRK0O8djEdgXeW7BVn7KwwkiLi6Cb+ZC/IXiY458Gtbhwf80uv2SNi3YAQtPtH1zeKZt"
        "kY3igkK8zK9E+vWAd3PsBVPj893Px4To+epuP+OJAN0ugwihy5FDHBlMuAfvdIoSAmdicvWe"
        "sX4P4UI2S1yYyv6+D8/PZLvadBiuc3g/2N4g7AHWW98LiHO5a4n1chp3B+Ord7855404wL+o"
        "IJ9+fzqwk4271C6XbTMlT6ZjLcD8Rhl37QzCDFyCvd2yk+l7ffTBb3wNjFT31uAgS0S8V6OD"
        "w5xJwAfd10tUrIi2k0GWQp/VuzJ+Zb6ldIyDLGn96toY+Kf9MQd7D3ZJxa8t+GL9CzZD/Wpe"
        "a3tgEgn3m+p+Sh/8tzW/z+BckKPgTbV/DakP9sMGehKDACoblV954hvsh4XAfpSQYwtXjXGD"
        "IT5ZKHsSQXib4go/5gPk/21MxTs8D0blLk+sqWBsqvhm7mR/k7cvNY6kGjchuj+v5W2YP6p4"
        "ay4uf4O3QJcHPv9WfvU8qRW8q35ezws1/q1fw/30H/gM7/+Nr6GeD0X1r/qBGYPxQYUNXlMo"
        "+Eze4UfCU/ql7PEf+HGM/pz/43kq4Xl8UWPwWnd4w/NI3T9H5WMcoVw9f1L4BOJf4U8VPK7m"
        "FSP/A300Pwd69gq+pvc/14MsBS9U8Z9+P7GVPEyVf9H0w6mKF7S8aHiwtIf/CbX/4Yp+qaJv"
        "MCuoHyYgJ3Hjsg+6CAqB4LDhuMJxCIqoI5A9vbs6h50Dau77FDKfBB3gPAkd7AVxtgqKxRqO"
        "DziMADfINQYbz4pFEhQ8cSGBuy2EygMvbynBoZMtgyRb8sb8nJds+dmx5c2epOhaQSYf1DaT"
        "cseM+dGjkHxX6zfjzZWX2KlHXHI2rRg/f81KR6Lx+WpvWb19Naz98qm9lJBHlviTOyQM3vjl"
        "20MSr2PQx3oBMc7TxBvd7GId2Rz1lYOlpeOf9tC/h+c7/hYcws0Hu+QKw1JrqCDfMaekRjUk"
        "apmeo+7MeIa5o6R5SSeQ267A3s1CYeP0Hj8T6Sb6XrZ5RUBP3rmO0SE59fad3zQ0Essm7BBe"
        "Rn/4jXTIAwDWD8RJCF8lNoEWq+rplZW0Z5fQCtqM4B9l2/oueLGduKjwtA/E5sN22tpE09qW"
        "mwqun+D8ZC82JZyXOdocYb68oOJ0cYKT7RSfF4Q/BNp82g7+rsEMh2Mu5fnYzLxGOB4kVvxS"
        "7g9Ibs/wrkS9q73VqADYgFusx5cLvJt9+w77+GhCL24IwLio/Ot8awIvkI5HJcq5glNl4K1m"
        "0nTU+fsY5RuMVEw9r/WzAmIfXggYD7AsBD55zuE88OYy8HQuq/gI+H1KF66Bz+lmsmGZph/t"
        "6gIJY6grfGtnrPDgyDTxrKTY0XwhoDWo2TlmhMSHvnd17b+bw3a0QLQOyb4DP1aAT8PsYmVI"
        "RPoeVjWk/ToYBM+dZiUlvBIbxuQ3PAzZ0WE80vCKvjZLum72h9GbcOdkGS68IVbU85uCHfje"
        "H7GKOzPkv10gG/q2P1Stq2Zt1r0ks1vnBARZ74nRYNvs9wkp/Y1RfnPIOYun2yvItYq8stLq"
        "/KVxnN3aPnDg/gCQPcdAK4lo0d8skDYnr3vQVaNfJk7ICwLnm6bnYFr6Be+ERBBLH71DZMPv"
        "xtuDwILvH64jouXzSa9TyydHu7dhjedwp/IEiCocIYmXRzY2D5Mhh//wESso7ofnHr/eNrKV"
        "XKPNdzbW8QXyQ+Oi/KDp6HgC/L4eE3MO8QZuh+fa72jCsxLogZplATZkqBORgE6rI8Dhab3Z"
        "GFOvMkqII45sDnQ54gjkgph4BHz/Gfhks4vEoTAQx8tL1csryHDQ9ryc4ac5IcAj5JkDPo2z"
        "wOMZ76vdwhkjyCNfwjwbKhaYSe4Lnl82BGhdHG8v5+KIHeAHRy8dTZxZHhPghcpZUFui94Fe"
        "5hdhhcwVCEVbiAnVnK/nMMTRv2gO8prVWWf0EI/k6MKAbBonN9v1eFt2nbJPXqavOUydv+lz"
        "mn0ZDYTtiJc1eOce+FHpdeP1JJp4AdAeORsPdHCLluZc5X/H28Cf+y/E/uq6jY/RMCaJOS9u"
        "JjpGG2mSJf9e40ooOz8PijnN9mqNoHsHxS8FTw5wymyZbqMEZCUjen2zfjxFJYzfJnrMzvSZ"
        "X0zSOI1Ebzd9LS3pM1wfBzJNwc49obdBV4S6HtmNiGxhR6xRcxHgmA9rS9gyXxcCiyBBONd4"
        "Y4ct43AcX6k4UxPgmgDDivu1o2SlqratUXRwbn64Ump6X+rt1ZB6vRytl/q9lDxLyHG34/Xm"
        "+gr5IloPvOpFCLJIW+MoY34GWURiilHXoVU/GurM/Ioa913zBOJI8HWIWRECmfEaCb7m1tqX"
        "kuzonIgpa67FdZB3Rb900J/HL9gzNJX2NjLKdw/zLVMXI2GCnriD3jjAB9AJ9WxyeNBDcPpE"
        "ltI2nZ6YMtoseNo0SxKBTb9ZVwIhx4CbiwcYszLPUUkFNR4yNYd4HS3vvPqKarQc1tZ+H0Zo"
        "8E0o+M7Ap9hDngB5/D/xmR9+yYLkJQIfLzAf5GPNZCUggsBc84sAv97A/8ceUWuuAJedydsJ"
        "w2PB2sltLJbJYIdmA3/XjUzbV30daTiBfhd5N6aEA+kvBgnx2gGeJQPPIB+ZEizASgOPHcwl"
        "ZHw0DSl1ZpI2dNAvUM95AgeiGz2GXJ1d3AzFBw0jEs2VsI3iFshMrOu7tG26og5HQZ25+EMT"
        "9c4fuvgnPUj0oMdG8QjWu7Ht47fL87epcJiqN0veKtkVchqjLlu+NTmYSzeF/6JxOcg9+0IY"
        "7BX4XuCLm0q1NzBepMXP7Qn85qmZd4pOGOKqEzwPfhmyyEEmTiq+4jnkV2Dz3tszGSEK9nJp"
        "ukwKsGlCxtm8mVFaNgWScah9MuSFY43zgG+GgeZ6DP4Pvx40bG8GogcB/fsqqZ9ExVV963y5"
        "4WTcKjw2a0PksAa8okuwWanphmIK1ys81rDwWsjsioSfG/k9Xlx68XAfxc/6HUDvEF1RXPdo"
        "d5hqmSy1Xr8EvT0DujzP+2YZiWcPC00/wHfbzDn6uKGdp+3YAeeNu+/dHruNC7FpAvJB6ieU"
        "f2h4rfKlc/AdIA8X4LtXgu8Z3o1bTQOi+AV0TCHHhXe4ewNdtsJ4Uvd/rmbHldpn2bLze2fz"
        "7pqSVGrZ2X4P+H45jQ9aw4Rn6XUiVX8z8VXTwPFcw9I5cMM7j6+UrOo8corBn1k0E0bdPGNZ"
        "aXy+HzThq3VTM/yleexwqnwf0bU10crtCDlgM5YKZkaM42BfPoe17JAcZLLW7ydgm9EVogJw"
        "iG1J8MLzhm2KKenMOdr0eg3uVzhCm9t00IXw1dj2DtgBFxfg2xwCcsi4P0e3BvJ7muxtdw4w"
        "CfiKnOwkAp7qdWdUQ3bMOT/TF/NqCpSNNUzg40tPw3GUJ96wPhUH+h7kwtrewLoSZXOK63hK"
        "INtSdVlpjO86BTZPxSaZr2ERJ9oN/sYYYH+Bdp/p0+BvhvUoH2Q5FowHHoE8PfH4NmWXN1W7"
        "EARzFYfi3V3OY4keujAlwu30enDmGBBlKNzQG5kO9R4KPtj90fMR2LGy0bDtxRi9TFInXYDe"
        "gvxysZ0uxeQVkrSPQfa3HSHUAdlfKNnfDLpXGLdmCnlEqe9ZfBtPEztsW0P7y8YxwO3Mxmg1"
        "0JAtmDQc1oF+aru4HvT18fvAPRtwv9u31Xag0T6EpIsjt2C0kA1i1wD0jAmVa6naTTrIjjc5"
        "qDjCXKB0Mh38oaoLuVzD5KAXuRk99R3GP1tActAvlB7/9tuqOCg93K8N7y/q7RT4bOA6mor8"
        "YKtaSgzvKw4g0+kiqWPwE2mYsNQvWar0cfROhd4ftB718S6has+Lty2PDlGDqInQcuaiHhQq"
        "q0Auf+2nyDYU/d/qtaWqv7AOfCxpVcBfqHGQMLXfq/oidH3G1fu9mdpvUvsRzxu1D2EEtTi3"
        "ut6em87zlXm6KoqavU1IRRdWbDsh4osJ8J/hCUQqnwT4tkGvq6X/ZVimuyhbhkq/NkZ4xJz6"
        "kpVqv9TdNoTHodiNLw29og6PIZ5ls7J0wI9tufVJk3M2rm68HRsjyEFMuk7cF5pV7TvIj6Vz"
        "Sgy+G/IG03RCsQnAzu70+n0ZJxBQsky2WxGsW6MuzMj4Mrr6kghW9Ibdmjf7K/Qqh+UTA3zT"
        "Vxip87HxDpiFjnSW4kXME8hPpcOboz8z+tqeibltVpmri9FfNIYn4lnZWySRTtBCvnm5qRrZ"
        "v90/0fSOVL0LzCvwUxzGBlcwgAaLYzATlaQLxJPmgOPRYapicrX3xjHZP+FHfZWajkPoFePH"
        "fpI8Ar+cOvZEjN2ZOEuq5MR7ygK+xvLFreh7GTifxJZBoOJyLFJvyePHfuYf9V+NHyiEsrVK"
        "Hqrf8pGVOu7blKnEpSgCONqyjinHG3ymq1OyXgdf2anyskME+ePufh4a7+fgBZ/91nj+LNdi"
        "U9jR9Cs7Vh6okdrPD1Dv34CuMMeGejGSKgZUpprpAgs9SmM50vgM8qvrPaai3xznYFqUvDp0"
        "9hgT8abqh2r8rOpDc/n9r/PD8x3W9cPsP80X6nk9JtnsMfbV/usA/+cf8/p9Gj9sqXqfnudS"
        "wRfeYxzK77/B/wNe8ev5f8Hv9/ywPi0/pcIX5ODCg4L+wIHgGJmOeaYgP5Sj46ldCNoRiT5Z"
        "esZJ7M/xW99tvrjTfjXYlBbanE2n+DbR9MM8bo6mE9cpmlbmYlPA9bICjpsOPqv8zUabynTa"
        "miJzuzSKL8icA2P8IZgXSf8tasX5AOeh8JN6NXkfX0/YBlsX/+id7POHmHkbSVWtZYeqd4yy"
        "7Ihi1LIF+oH8b6jBO2zho74PIP5raxB7purv3lB/j8ADD+NSjyGfth1kBjVziiLFthPjK5zH"
        "BQd1tWM/igQr4cXDvtEFDKTKRxLmbuaiaZKi4EP9qgAckJf+en+UdajaXIb80cLVULcql4A7"
        "68AnZEO9XPVYsMqC6JftNyVz2jJHKxBZLq0cnmu4I3Ax1Mg4K4MFYu+vhhEufIhXvpf1CHL0"
        "HTFn0qGQR+NLOX8JxxBDXcEe7Gal9RpVMJcOc8FLBHN0B3NPek62pqgA646Bbdzhzc0ux4Cf"
        "7ANnngb7s+lWhhn8LI+BEzmz4u1oRuKLSngWb+/r6Y8Xnqr9B3wzpvrdi5G/AN+Z1D9oPfQL"
        "tJ+1+u/EVyAiMbGiRzbQsyQFhO5d3iOZmShu9B7L27DXukPFfTy8q01udhMt0Rgw8FpBkjeZ"
        "QZK6DY0O6B2+OxR1+v7VcL/kfgxxLuTUDrXkMgd+ZAVKi9br2VdAqoKDiVD332uKpS+zEGi8"
        "x6Xy2fd610cAkbblrcpw0tYX9MA/jn7hz80Bf4FEu1RzYti76Wrhv9o30kxRu7RPlqPmouG5"
        "LSsxmtJgj3olHy/gF+ngb+mlZCeLAp/2ycwfX2TgnQXkGPjFv0jmnRqgeWF2/RFsteqfkQrW"
        "fjltGgeec4nLvHNk3+WRfv5dHrct+Npe4REM+2/Axu8ph+c46OXiaJWiHXc+RF2+FB+RXZWf"
        "hZXPCcib4mfcDzSp2UG/yws9qfrdCsvhhUVmKX0V5ezsl/XPYuUGWXKOwbpDDExB3+hQ33XK"
        "uDMpxGlUPPRvI0HfrgI9gctozxAVR8ziu7x090qnaaDvw5ebeufoNEni+NnzJOJB9z51knA+"
        "aZox8aXcBwsH+PEadHsLya2rYq/9O8WGzqWxVSfmIhI5Nobc+HwT+YRfmwifchXjZYuecWzl"
        "O2d7AZNJ0ah86VDRsmz5eVhNxLyoABF8dQTgMYM5UZgh79gerzMyOcAvWINgYjv4GhrsamEm"
        "2c79YHF6sXaqj6ReWVOcoB/pBoWj9gN1raosVhcWzajLUsgLlf4o/Rrf61FSWjyvN8joB7kb"
        "D7lxLfIrjmD8rNcGunLOHLCHbyjISuLkN9aruM3CT0Nt4Uogr0G7aDTE3RY2B5qsUTn3Jjdb"
        "VRw7jwzP9MOcAzziVHZH4SyWuDwaSqa/b8arXfTOdKLsZYOutS3YxaiOM1Z+3y5fy5Qku3uN"
        "mSxlK8COLUrz44pCby9Und+bDjWD3gFbomKdD4hz+NwFu4x3Hpa6xuOCDXb5JbQ5CUyE53Bt"
        "XyyOohGR2LJb3r2Qh954t6GmVxazUpRvMueyznxj3HfFWWp91bnL+8e9RrMYafkrgQ/IOz9q"
        "qkoGi9MF+fPwjV+pxUFWHjVH82Qxu7JQ8R2N7MJi08peDDLt5Y/alapX3q8NNZF5GBlXEosl"
        "6N4cyZ2z78EfBGiOmh1qYK1PO/RhzmOZqljMvVbMFZdwJKgL643h2r5IruawVu0vvgdc5mDt"
        "r2ap4jRW0K+wlM7TROlPCPGi4TlC16kKukElBZ2dQaAOMTTwCAKhhZBhDb8vqENS77lMBl7c"
        "DNBhP+iNJftCPvgjNOR7W/1Ot5pBlKZzasSklRhz1oGegUyhJkBuc6+phvd8VdEGb+81LVJ0"
        "z/I87kKZcjlS+ux+6vsZMWiCbgzfdrPVJFkWYUKK2fMyn+get+xeh5Yl/TGOcJR6La/RURKw"
        "ZzF3mFy41riqLIgFwC+iJnG/Gqr85tqhYJRpE+eI0+P+KWwayNNqrfMM7OnbTdXIgaargb9P"
        "gJXKWQ9zxpseYPH2EkuBjovmTC8uY2nFY7AHhwXzRiqnK+myAeqaJY2tkopRRJNmpfeuMTNX"
        "H+X7bT4xJvnPZ/G8IkzwQ28sBFN73C/06E+Mviq56olbMo76k7NYQczqq/3u6U7tZ68pS5p3"
        "PNvlQeFO4YCYzD3A4Z+c1MPpapK7a5dtVxAvp5cgS890GVcCLVEh9xyPr8idYu/LIWj1Xr2w"
        "AGzWqqpk5lnF+HTA75tT3ad0iYJr5rTHCqUXlh2FW2LI1bFw0KZwm02J4ZyhXevKXYdhbh6u"
        "Mojg3oCGXsUyoEFiFW+n68qitSzXJMzQB8SNgelbu29DQuwIeCWGeJ7id5MRVV8SztT5MoMP"
        "sWlaSs8+5ufQ8S/jGd7yAK9oiFecmX4hQUBmeMNhTH3Hr2dwHf8wDDp2casmZ3tRu2mztkrd"
        "m3aI3pvV0RGrxFH9n00BmTGpHYjDHVZ7nycwcio6ed/UhNc+rNL95ink7aNzhtwUy01Nt7uX"
        "z3Mymkyd5+2b/ADNYnCsP99gncnP9WlD66/N12m7QZ9VuQa+4dN7Nbkw4A8cP3Ac4IAYOoNc"
        "6m1BptHTTfFT74dvITi770er/tBNujPJgoZBBjmw6fCY0QKziiJRUcwoeQJL9ARjMnObJkre"
        "lJ43EIOqPq1OiFT1aJVCCDjPVK9W+2pMnaFfK+euY/LXlAb5slug/dBXo3uPiH8ymiZVtayX"
        "wffXS0iOVot98io7qm0X8othL9eci4spZqgNewdnIgkIcuFIsJgmqN6t4FztMZmXPn6Jit/9"
        "Q797TpFPClh/HcgTclGt9tsprP+i9t991PzZX3/vH3r0iUE+2bTk0eP26Dl1PyGdOwx90PFN"
        "BYi/800fEI5acFhDP2vAc1074/yISpSDpYMcXMXZ6PBx77cE2A6IGOKq/3xt3cy/9Qc+/73/"
        "f/rIb8FP/e5HwqpAbmTsVz3F39Chp36HLiaxvvC0BZvDVW/Tr3elH1EhOiL+wI1UjmM323Gq"
        "+vUQtod+aW8aTdckMu89e36N/sBPr3eq8vX7elO1v33Hk/iv8KvWTGDNT6vvcOSQRx8V+YUv"
        "4BmwXRWbi5o0hMWMRKjhPFZ27kEnBnOmE6K2Dxvds7eT8a/ebAisYf2Nyq3Xqv+Zqu5z1ak8"
        "9Ou+pv4Vqe8ljKo1RIiAezWMx4aNHbrElEK0Mt+dYjYXMhJwR6JqFAc4sgcNJKuZ6oG76XVx"
        "04kExLXCv+rxApVS9uas7IGyPqSALphtJANKJesQy5c+5HdF8ez6tTjIVvNA8N/y6YnPO/10"
        "X/K/9Ily+T/PU/H1P8576H+eZ//LfPi/wW++cIVs9b0KQekUspep0YLMQiyh++sePeyicf7s"
        "p9fEPhjGIYo0TzBGPTiOkqn+fgcM0M0wdH/Tv8i/kndbQJBj0Mc88W2jqUAvNH8/gb+vEHeZ"
        "+luIM9icX/2eD/nD+vsa9XWLClOMo637+w3V79Wo712mc3SsO4ICn3ef8dSYvl3RCn7t8Ty2"
        "iunNhjiyiOEXsgo0notpPD3YnJ72JjZ90+j3JoL13tcqH/ppPfqvUdUWSr4R+ODHNz2N1hc4"
        "P3QT8dumIEc9b1MG6505oG+WHl/U2FfjTqgxUuOJosdC/urXelXv+1/HzRnGMkT/7NemL3wH"
        "yd3WDejedHuxeWFJhR+95Qvi2kZLDBRnwDWw1/1Mus+qBeref+jI+BCNEC9oMY5saTQUv9x7"
        "spcoBVqB3UmIwebIpokPBvXSo51x/+4n5ejnE6JdUCDCZPWFslxCLI8DINm+yAmXp5b53nNW"
        "NrL0Tz+y6KPphif1CXILDWNN3HCV50+tmZGh0RZeQRqJ8qHe8UFNvW95x2EKOCCNQ363OduJ"
        "ofas20F+a8ipVV8j5oAP235DjNvgZpgrflQfBvIlhzU2Qw3X7htv6KdaQF5gZ/6w0YgudFGX"
        "aDv02y8cfyZs1LgIQW6DZJUEFGJg/vTSH/5d/2Lm5CCvDVF2bSHcKXo2yZuYz1VfguqNHv2j"
        "p1jfr/rLUeMRzF/QG+isa3pLkU2xPLeP7xeckJZguIZecF1/JeAnHvbZVT0ukKsOtZ9U3mUW"
        "HcqJfMgpuaj7PxwJ8QX8pMNYyZPuZU9OEGFRN1nTx3ccv77nIE6BE49aaV7hg2ivxFU9N9Hd"
        "50YP/K6El8Wj7qyqd8HgP1C39z+bw7l1Dv7G3JuOIaI5hjClkBUai97/gZU8O4jjDzNaiskG"
        "rUxFC87rE37AL6n/Prl+Gybv0erUT50I3jc/xt3Cr5tDCWt0kXrvRK0vaGrwL/r9egz0beYf"
        "8Wvuv1zERwv4TNW3NhORJLXA3KEZmBjSNP4SdTnkOj97CyUmU3vlvZgF6Qbw2A9y//iFGHVH"
        "UjPaCxdioWZJHHb/1ka5pSLubsZsnJOfxn0fjRr/Y+DHEXLmCbN2x/iV+9YFZEAo+4ybu//A"
        "c72HiFjAxf1bwt+xSz4bvtdoloJx2s3kM9godOj/YTd1vKHgcaztrknZF/H19w3Rv37foOnD"
        "Uf2Qp/8gH7Co+pc8gHyNf/lZl+Gp9jcOYoWPIPbsvg/2GB0pDx1UCwEa7UBeU1EBcWqM9pM7"
        "/ZSsm2QrWoV3IzrIv6T/eY/v7r9l280oR8WgW7pPCK3n6DyTfme6YHMgiNioT2rj9WnV5CgW"
        "q07Z+gvkocCqd9qscqzi4XBzzrzxCgJlba/DROmo8j1cfYc3yCtoN1V9XSgG4YwdlfeqSJpD"
        "rADxQgfrkzq2ntu482O11+ZJ4lnrgD19rjPIzdceZKzgMjZfroT8IozdUykqlgsJ6t7n3tqZ"
        "1/Q5f3rS+2son4qGzvuUiZJ5CJJ9QZ04WQcOKpom5tgRRXPnZ4gtFqq4NGHeTCIvWCHnuipe"
        "3saQt3kY4ffsGWBA7sa8d5EXGfLGu24lsX/af5ZUUh6s8arx++fTJXWT55nq3+xcib43H3hl"
        "Bu8nzPZrW32veKKYelRCnufIC9sDLFwVKZo9rd934wDSo+sZ3gsyv9b1l/V5Xqq9qmmBz5XP"
        "1gj/+MzfC3nKUHrKhfe0AhwgB6rAN8D7Q5E94iruvDMC8f3qJs7iPcFvi+OnlTU/YGoLlANP"
        "cx/RzM8l89ZCwpou3gEVk4yfz5ncfKLSLfAGc4jf2dfGe1q/luzL2p9352u+sa3hfd3AW0Vv"
        "bNtyDJED5M93/64CKxXD6O8VneF7PSUTi2FfiOM6C/T3g29w1JBfCjymb3jFfBjT6zl3U5lL"
        "TpJ+gXaN26wS/W3oxnG+vLjfLvW7dJ0DTH0Dllv5RrIowKktIabV9kr5CUf4Ad1VxevSfxEb"
        "09mK+RQz0zVRBaFdxlAu42dIbfmh+P3NL0L/56/hq+Q/PmDWXytb9v///wA3pp0f"
    ),
    "esp32c2": (
        "eNp1e1mTsszS7X95b9kRCOK076qYQYZiErz5QlGZVLBRCzxx/vtJ6G67e5/9PRFPGChUZWWu"
        "XLmyqP4//+zb9n/a4nX8598LXhCEf31+cd993P/5NzdZTHhuxc/h68Puvvvn3/+g4Z9KyL2b"
        "6roqLD4kaWs0GE+1/STc3D82qtoHQdfhCGXZorx7huUunaLk7jur5bV1axnVZRX4E2ErCNkt"
        "01xz9SSpJhfjyFjGso9QpokkMTFpZQlZNsoELFHx8wZKPSULDSknstihGGe1q8RFtbsfNvfl"
        "qeanKDOchfNM1ac0fXFmu9O8zlYtM8PncL/ijQLtduzU0x/dhmXZ5/2QFr7uVeojSLflqqzs"
        "WVPI+l0+F4a34MnaRlRRdnGxu3WLfRN76MmdrdBDJp7dtKR3n8GM2duCr23w6yTldBqtHHBF"
        "FSrzo9Mwpvtk7Urc80czEG82Ka9zVtD4NEmLZMvdJak8s2Fwe9785rWarRP5sVhdxeVzsVBP"
        "TVszxTGf1yFdrIiiJZnsHKSQP262PLMXTqZ+2ka7tpNJYZ78mO0bqemd8Pa6ZBX7kjbR/Vy1"
        "1Cqn08mCZb048ZVgOq/3jHRZu0JIqFrWnqwHtcGEbMoty9vqsVrHZqMF+ePu+rJi/PMZ+T+I"
        "WPGrFf+vf47X+0c/frUQOG4pTP71z/3YwU3/EE+desuatfnT2qV7tRJSDWFL6+arcsak6NxD"
        "JJ0jyrCOa9HJMBU9zG6m98nJdAXniunlQDvl2gr7K1pjUaanKeLtpqMowF2CHpbZn3sHNVQU"
        "Mz3SdCHgsW4i4skX+nGQ+3IpNROC9NYzKYL5aYpE8WbYk8B0eStdUTHA8LNMNzIy0gwh6ZpZ"
        "KNDnuox05+ohmEcnyG1IiUSC2woVHnY0haKyfhCEqovvyTJgD43rzCb7WDRv2sdxF+AMWQkN"
        "IoQUJatFxZtb6ooWU6+t2XF9vaNimnnbmaN52WV+FlztTP0grxLjmj7y7WIXo+UhFhNFw0dH"
        "8cAPMt1reO1oHTX582se52FS6iiVdUo0bFoyR8loh96XU1Hhp1l4yp8zS0WoK5V7KNuTPfjV"
        "uuLsYr9myuXZ7FpST5X78D3YB/ZIjZDoep+pIoqUioYxEp3qnhXe9mMXM5ZleHNHnlEf/O2q"
        "eeY30/bC1jTRRP3C2mPcbLWjOZbJXr2meomzFPx7QpJnKYMduZMOcSTDdYu4snykCPyKvXDw"
        "I8TjA9lJt4/QEE+6n4oOPz3TT5wQ56TcqezZkxj8t7aMtjF7bMkeqbzd/gTxXjldtnf05mL4"
        "W0f20EXyZpWcCO0UJa4WoXNZBaliC/B8ZymYCLObPnxfFfnG2dtUloxJJWfzVBa3F9cGvGSO"
        "/Vyxvbed32IpPA72y8sKF55tyKS69D6JcrA71sHEmSBmK8aO8KnG3mEzrTYpc95ZMibgL+lw"
        "7V/LwDvF7LpJAgxjJ7NYQdhWVidm8KeGiajggLcr7qAgiTfELJyfPQ/fk2XAhSl6Jg8TL27x"
        "VbZWZXr5xFE3+JWWNUqRQi0gZRh31Y84QPNQQ5APyFPMXjoYkA/FS9ybZu0/cnGu3upQMkiF"
        "gjZRX02KRvzrkqD3YoNMM5RphSQD3AxxUrcE/f/rhrASgpIOnVE3xJOP0egHjLjcgjT5vhYR"
        "R0J5uT+VahmzkG9U2n7NJ0swT0ykdDOFvB3y0cJtUnTG1++W5I/5KlhnyMepl9bD88o7X3Xp"
        "qveQr6IhtxXGyEtLKA9XJLofMF7RSQMPMJIREjTiBuzMCVK75v189b88XyNPVl/Fh7pu/a91"
        "ILSYG4pVbb6vs6VrILyRYwQY3VIsraitKUSUPBoiPTscSsHWDAJ+CkJEs9O25HUlTngxWw94"
        "YKROOJ5gHsVbWNMlJBsWKq1tUpjXkgUiltgEKuriDokL9TsPqAOeNxXl+xqosidoiAeGsrmW"
        "jVZXu+Imf9T+Fy4Rmn/N10xSOZm6HAKeQmFUzgTAeMK87hAPeRlGaG0gvfK/eA3PUn8dxm0y"
        "3VotSzftZVJ9kKCd+S9lb27aTOVuwzxVXwSW2RHgS9k/VMLHgqXRhy975TYMJb/eO7m/U775"
        "vnaqw3xvEP3s+xEytsvqXPh3wyTVo/cnYz69DlyI86OV+vrFTRhuirbf/CzRWA6OZ+4le4dJ"
        "gENkCfvjO/8WUSfzzel+XxwuQ77lk90hm5w0tHVUr5nYXjmP2ShUMG8zq0zS/Y/DGe7zvMZR"
        "uq1QllnyzqOM9RU8t9Z3qBMrNnWFPWNifx6984ypsBx+6IirzggB77T00lcL9RkeStZPFSRv"
        "brk5N/R6g70fvK/M+oDVLz6UH5VY1+kLQz2p6J5KF8cHfpc6qFsyDYmkOtEqg3rjVAiFcU9U"
        "Q55UnujvDQNv1IE3FExVsJN3JvvlmD/cPoUwfKhVGNWDXd84Qbb0hRNxul22bLY8aldhKo15"
        "AvVxXX/jHMPSTQVw0BPAwXu9bC9mSPZ0usuRaaktwTXSzwpu5+/n+sUPrsvUGedB80i7zr7W"
        "L0qzb3tqq3jnEWO8fyfLCilJMvCWXLykQzXEEU/8gyan4N8PfeSrmndvdfUovJcmU0++bhU5"
        "oRMD67bWIfU+n9mT/sRsX3KOjAF/2ze/Hf1jlBJzt7XoZQufcWzhEtNKjGWoQ9xLhzouI89R"
        "FfC71JIBYA04T8WZWJyzEHTGS0WO5c9PCxNwiDSZYG93vQLOZLTXpKQKevKLJ994YuQg7yDP"
        "pqepJISGThcVgjrKnJjiPJ1sYdwYKR3KySGljhWc2d2XfyQ0La6H/1J3Rv9WwkG7bjttXW/6"
        "fONeQB+9+WgJOKsQxE2GuEHAvGIuZ2E48N+nP5BkwvUvfIq8XoeFBzyQhdHAh9LIh5ZbZ1wK"
        "OB/G6TYU6uxYf+WFGrYe9vqBB5oyO6ZyGB5HHCazxRWhXKnCzRsfPImV+6AHeweUc694xFYw"
        "gnUBj37jWq9uvp/9+K1mj5KZELAnnO7alg3q7/HEjEvOyq32fuJrSaFZX2wvnP/wo+0EmL2y"
        "Oq3NK1augJtADG8H0DeZ5Lh0xt4u+U9+YnK4vHkT9JMSos5bxtw0D6E2uBVq2VODROvCQL3e"
        "spNY7/0tsubhswlmpeFO+9OyNJ8VqineIt/yRIJKvayw3hdbeM6B60CsbocsTLE3c3mH4FWU"
        "hWbClDHKrlrFVrPhPocoZUlrdKehQKRTBPUbDzzVxMCzSRicu2/+v2HPv0xr+jSRHmo4PG3v"
        "Yx4uywICcl996c3OHPGiC1S71iYCfXJPdzew3wO9BoNQUholxLcXPFm02sxDpdnIBPRgLvtW"
        "EXpyqauyN72zxfS438/v1wc347RbfS6XYfqRTYDzVOeA+0zygJgzjpyhlVN0WmBYz7YiaLqD"
        "+b/jkpg3yRMeJ1m4GEj8MP228191XA46XbpYZIV2d493c49+8og+r7VrYyk1okUebtoKdCU0"
        "AQHznOcebxlwv7ddzuOB17BzZVOvfuVhhb/n083NiB99frtdzyZwyC/cO6KVzQ/mlYG+4NT4"
        "rwb09tCvbGzhTBPs1Yqi/+AO1YKioDeuJVQCTgQkjLh/r89a41s58iH2BE6RaQQJaKnQcgz6"
        "T4a+ZoZGHY3L+XMoZCXki62LSCqVQ8nn5HS4M47XPHcKZpxTx9JSQo9juj850C+YOfXKM0iB"
        "ZXXKFd5RVmjsZ6z1/rgCf6grZVvO9dS6Qj2SnmSSMDsNN9A/UmmyVt2PnIoG3KessG/Dp7TC"
        "RYBPyF3s+Qiu9yupBHx+1qnrk4Acjcz8x18foCMhz27vPEPmo8h3N/ld501zyoEOrYSTJl+s"
        "DfaFMgOdmodh5CWb4gZ2YZbME4bRQM9oSedO3EIZ+Cn34kn4UycGN6j1B9yPnp56D0+lfAqE"
        "pRfcLxa0F8nnuotjj3/bQ8xv/YNRtbA4KIac510KwBeRNoAXzSuFJJV7GFc8kWPCHDVkDXa8"
        "JnIdKc2uHPyCV/Ic4oVsoYsny2bwR2/Mv/WnKtoJJUpqDDxBBzvsww78OIc+hl4n0cUtc2oG"
        "uP+8PhqWZqFpqZ6Cx3f+EvXxbWdW9nw24v8BOHT6r3X5itdbFjObY2/UDXP7piuKiH7q55NY"
        "Veapkg7tUDbms9VA/ZTMWiZZ32AZWR/Ik5gNP0un586J97MD8KhkpjJRQL8uWZbdUiTtxnrL"
        "jDouW6ZQEWFAgz9T6E8VJDaLnuKfeXF2lq55tgwnyLgq0g/Po5ZTWU327Q7y5Od7lLV5J5vV"
        "oZwdU/FWhUGe/M5PtUQ7gpo91A9g1Al8Hk6he9qDPRtkbfdLpjuqrM0Ha9Dxg12gswm6p63k"
        "g6jPIY7Ks1YlnOniu38AIj1CHxgQdEkVxYsuU+CpCplaCXhWfuX/jZwvU86qWRspZg48WxCo"
        "1wl582xmQh80CaVblY52Jiy6opmlVW5fohNBzJ4f7Y7A3k+7j192p6nnODJmIJ6CtGT2LBfx"
        "1nZFxDP0/3KOHeasO9dcvzZ3BvrS4y3AU2lJ90fPg/xf2fpnnadQ5xMX+nTg/8nxUKagE4MU"
        "fRzV0JtdL9kyiZGuOfB5Rfr1pgtIQ4DLDNHusbWUBNHtIxl4LIQeJ0VvvxvMZ96wEssykG/a"
        "tISerPpeN5VbYwu4w7EKEukzvsE2JZ96DT+UfTjmNd0LgFMHzagkU0HSII+Nx+sUDv2XtyQ+"
        "8F8mAZ46bHb0C0dLl2WHOnv0ps2tIiPeKzadIH16BV01+jNh1BhVg47bfeLlyy5dI9t51KGm"
        "Ab2EOzlPlmln2NyKLA+er65wGB+ei1MMdTP3Zo7WdUZ5cYiMlsDr6Lq+yOm2A3vxsA+UIEsN"
        "Y+UBeFXDz/W8+cdQld/+0TUgRhpvzHb35Q+UuaWhvP2litvH97iwHsCv5/GO+s3PZhjZLczj"
        "Qz35XD9Ge+PLnyYub0NdKs7v+RJlhz2i/MRHNsdraT/HL9AbMK4xn6nQHxDss9w+4Ys9An5Q"
        "d5/zGeFm1s7NX/OBNgReh3y+FdXPupC6C7BP0K3ugOdPFCgB9CE+mzXgFvLnz/PizUwot0TR"
        "7r1uQbm9uh0FfQT9+d627kS65L9+r5Uz+K1GIYzz6Tcps0i4lol/fzLAu8J+MuAVIXr3jmpn"
        "IBl74s68hDeo97/8r8x1ikIZ4FIqXMD+Gg8F/k2Wj+Hc+9I/9QM4LAT/+dwv//31pyCZkK/E"
        "tV4bGIVf1m/96k7A6N9xyjbiTc7HOvjlHx3Ht5p4FGlnqGsrL+Bn2fD5/buF+e/1JyL5jzyS"
        "MgP6rOZtv5gZHeSrNP/Os8zQLgx923OaiH/sgZLs38w/9liY3OrbLY/MH/xIqy31s5+8ce6b"
        "XDGhf+ynPdRnfKQWdJLv3wUUSl79OAE/2l5g8ZAGDq5k9e0/6bT5PT5VAvBnluj7TZGr9qtE"
        "oIvFnVoJ8Voe8PU1LhJ1vPC/vi9+5suc9HIhG2s38DzIoCDcNHeov4s9k7/1h/utP77W6WDF"
        "rG9/8hL6bWW7tta3TFop9jw8xf6tlJylT7W8VF3ehz55qJ81mhj3h9se3OXroNeguy4yWacx"
        "Ad11cK9MD/3PT3wRTQ6T0R8ydzUgyQzrtYeWSDekbGueIR4y3WTS9/0yus3qyH8/r2JNxMU7"
        "nnyorO3l1XR5++OM1tjrMpI06cjHmLxKlX0xySyD5peSn+cQWi6h3mPxO+5IhnmjOlQeuqKp"
        "GDHn3hr4ZtCJ+y27Ki+0VvEG8jmtfP1XvkkTLTeR+sbbBPRM74ETSHR585dNLFn8jReuTCoi"
        "5ZtjceZdAKSPPRpdKhobcs47zybU1W/+ciRP32XKtjfjlh5NgqJLwgYfSHLUYiKVi/S0pGGo"
        "y8Y3vyDjndfYV7aveWjvj9hjVah3DZLcC/u2C9dburVgzNcmTzfCT57G/5GnIlr/Z56a6KPl"
        "jxXIa+hXfKMTImXcX9nx89vveMtoezhs3n5X+ptRN36AI2SlJw7vGstknktlx9vnM/D54VS5"
        "8/3xdeAIBj97i4Wj5TIuj2yN3nmPsX/WtINMz+CGn/VkiNudXX5KQbfk7LD/EyKoj4qOJk37"
        "Zz0S0iEfzLr5hX+UF+Hmlsu/8C+qt6LmfvN8ppu3dfDLL0vP0Rgg2y1vP1dUlwx90IsSlhOr"
        "IoNeJMP1ddCLt8wTJbOSCepbLLuz/f78Osby7PA882MegZ1R4p1eLLu6IsdaNL9x7yAjOPD4"
        "8z7+bY/zK+/p2odyo8j28mW6M6WVQq4Umkpud9mrSDzQV9YN6ovh1wOOqW/RjYm+caZKD3KE"
        "+AJ+X+B59K1HHPEF+Tve//aLezfPKvRxkN/SK1i0NJ2Qo/txYB9vXp+KN2N9nPzhwcy6vH+f"
        "zXdK+KsOqOmQj8U7PjPB1ooZY/SzbxxJlzc/4p84LhIro+DnT79/63R11OGov2FZt27EQ5JJ"
        "ZcKe74/YnqXBmWdi73NfFM9C/JTtcstO0Pf4mf04PL/nVaX+VnM/OBGlXV1fS1aYPhb19fzc"
        "KGo2OSnQ115WmZh4Bw8nvBsP7wnOshyIOEX6nCgo2MXZJNEQzu12tueRsnFrkiYv33JWRJrd"
        "pxzou0MJ2hZpMv/iFvBpgR5fhrhMltBvQv//tR+NW+ifdc3QZG4VSVZ4Ryjw3IA9Jf27f2aH"
        "fedh32ncdxZveWfpmOi3vLcI6F0DM9YBs6BTL07awaK4IkVieFhF3sathK2GVDvG1BQzydG4"
        "Yb8deqicJCp+zWPEhaD3QkXvxCuoPBatQhBLiVaQxCh5W8Z0X17InoV+qZRBHhZ1EuR9iuSh"
        "HyduZMB8G+BnkRwNXO0ifaZeAO8xZpfY21hRRxDUv/F9yCufw7oHv+lTMc9gHGhOWwp6HLkx"
        "fgqjfwlJR7v0GVJZWF9DEWj+y/QUbYb9XKcjsuJRRUJhgb2J4iRM8MCGZ1e0nLILd6NkqlLc"
        "eafq0hiZtzhbZRpaOxqulJLJU3xpThgLieY2oRSREKkW+EXeJZgc1IomejVLN2A/6VhuFiUm"
        "GudF0E61N2VrONpMT4uXGFV+m4/v08zGz3cB9MtEDHLk7bP+IBfIumI9L88O9E/h5lwbjsKc"
        "oPB4vGsJuxkBHdBRNM8zC/qaTDItX++bGO/EudTWe0WVdkrCuiESd4paz42yuAVoEjowGMyX"
        "zi+Otd8/hdehSyVrmiWI1RiwXS7WZjy11rrfdObFSsomS3DWHAzet9pGz7noZKCkCnxPNoy2"
        "qsZ95GZzvJ2pc8VCITWTo97S0xTq0jVh9leEv/Y3VdB6IfjBjC63Zic1dKfLAvjXSrQusZhz"
        "El31uXQpwN+6wEzz3J6uaGrMujQYn5edM+D2vB3wSlApgt/1vgaJbbXDtZSFyG02Qx+f4SQr"
        "9Wyj633AFaJ1Ga7N9XD9oRTD/UkBLMR1eTsvXube7NvS6e5rmWvXO6osjsm9u/CXj2R/T8b3"
        "TOu27l8AgHbYH3EPk3F/FfqdnJJbLs6Ntr7wuXE23ZZIfgZ9K13tHN49+7ls+7yl7kq73FWt"
        "NvTPklvviuGTresAZcWvfVUbjfvbnJawp6ti/t0Pm4AOrcPw535TIvL0NP/c1ymnimHHfoYO"
        "Hm+Xq44UYmnfBp3mvew5k+nBgYSixd9uANZYzM3BTwj6Gu45UzQxvJcKW9M/9iBJ+7QnAnu0"
        "q9REv+yRUJ9ba8XDotjZe5Gqkedb/hbJP8+LkiHTOkKybspcbSLfCjykeh7o8e++L7NSD/tW"
        "2Ax9G4O8hOGuInvWEqbRROj7OSQHmBJp7LP1UBNm0ytbWBFGYuQJG9YAuxHfrBPeWItb8Fsn"
        "zb3cMmc4Wm1m1nqJVpYo/synrydENM2xznyv49XfrIQezoS3NRwaZbdrBVr98jMSGVg36BDq"
        "vve97GXx631HGh0uhsdY4uqYebNf60O2UgaAnzIVFY+H36Og9xaXctyXcxvnY9yfa3zgh+4z"
        "HtJ55W7Rtgo2nrw17lV18Zutiatnv+GNdHLuxHhvHIzhvZRM9V/xyNp6eC8jGz5jU4YF3f7L"
        "jnq9KxGouuIPfkROnsac1Fu4QbhEciglNDqL3HWWTUCewfPX5PL2U+tbaIu0/NFZ5hiXFTEn"
        "9cEv5oqqC1I8xqebTtkG4obVs1dYiBt4l3EOM1YIMEeCa5iUmT3UjVN5PZ4Y0LtBLkBcuudE"
        "/khjEWXjPkIuiKX4IEBor4lcWM4M68N5D38y6I4jiX72s6CfWRBJGd4bODXo+49SO30wx3C/"
        "y0EXzaTHe1/sA/Ax3zuet7q8/uBcFKsR5ydOE9iP67z9nXdS1vQ3k4Z/8HClm9NKWdgak0ml"
        "+oxvercFf22m4/spD3A4jaf4P/K3+dw3+Z1fcsbB/YBP1ktL5Ul+9kMsqZSzuBp/d7QXmqTh"
        "cF5DoBNtcjtryv7Ze4w7sxlrfN/VN0epIyly2tn5OfmDC3RJBlxo5dF9ZuXf+B8qmu6APyPg"
        "gcJ7zXfZJDWRaca1MB/2yXeQl1IkECTw2pyVOahtcYgGv6rq+3399Wht8UEoFULQJTyBFLHj"
        "LUywqQjUPcpQ6BeZbMhvL3fbNQ7kyEbcowI98ThSaGZWxBMgv6eGteaQ4uf3uTLsjSnfdqpi"
        "InRE4TNDbYVojf7GFZ0Zy8XHfNb+WTfKytxQQGn84lcxu9XTEidxJEwShfvgNFpFJTVT8Xe8"
        "y8ZSVYpK5UBQSw8V2jnOnar3p3BWE7qLUMLBp3NGW05FQ54Ejgp6iO8edtkd0M98qrhuq6TI"
        "97uf/XId+uztRJJIXGLyJNYwPoH4UHkLPbOCwuMLz1skMB+L13USZRz0U47l5ic1yPN0OKcQ"
        "fsZnAf3AZioI/J31Jwo/9PUUkaS7csgylN9+yJPLSqZPbsEqmsCcr3036Mp7ebykOKHlAmHL"
        "uh+XQSxSVE2fS2lpKJ+872gPKpVQi9Sf8XCWnRQNeD2TVUtnKOgyypmQ14p3se9bqh3z3/yn"
        "y7dLYcXA+7n32vCDnl0xCfRhJ40VLlLFnqbSwopXGWIu1VedIMAj+xT03qU7RfHqWX3G9b2P"
        "iUHGfvLA4l1H9I9VBHkq0DX3fEKeMOaVfvnhuy84ihZ0PCrXEnuPAXwgo4otPXzWh/e+rDPs"
        "W0EduNleFqkJn19xbyrG5vHurw69uSfZTTLoQ/+sa7edwOTao1da8OtK06MW8hbw7T6gjz98"
        "8vovXMiiL1BduV6jKNlv/86vTgLx8WRH/3v2ToW8ObC1C/k3vQN/MNmquQvKoA8uyLC0Gcso"
        "2cwFncS8FDYB/VMreL5hsz5dFzBuTh6vfHLALXvU0M6MZwNPHI/a+72tzuH7cH4GqcZcsJVu"
        "rN/8e7+AqDfb7zgLTdoKbdzJjv7q403MDHn5IYJug3GN5VFH/VErLF3jk1Xiq44/o7v71/oV"
        "7+i42KTDPjVeVqmd8W43o0TxEkW7WlJ+l//EOUu+eCtl+xoITkY75U88t6JujnoGhWt9+N23"
        "jC2Um/vs4uIwNqB/Av96s2i/Wd77gzKcA1ReKKX74/R1ZIJ8dhRiS53OFrekEk7XV/dS7lza"
        "y6DPt5ND2vlWPehKMxv6LJT60bmr77tX3qaouQfmpF0Q+L952R/mtC2L7rGX560e9t4QD9Bg"
        "pwTF8kXB3Mu48y7oRUtEyA/EJFRs/mPtChEIkYfhU866hn2QUUuVjwIfmdtQOV/UTbw1Z1Wz"
        "8ZfbtV31lwBv7e1Q99eOKlS4TFcJauvkJTpgH/BGAVI/W2b6+H6aFKXYZViYlTFbzuNnA4n3"
        "sA4RewuwEGKxzqQO6ka2hD7KkDU9O0Sl4KozdumJlq7yiSB17IlNhu976zF3F+X1eV1m/VJB"
        "yHp6BJqZxHqM55Ega071dZ5fd45RO9jHbuKDnpCiTAM9IYgbay+i4uXxAlolzKtbQm7X6aqg"
        "NfBIqmFk3TFC5plCv8O+oI+o9UeTHi/YnUKzMr98vq81z0KoW7NUQ4GlI1l9cTTFfMLw506W"
        "0/pcXrkMLZslc53vNpdGKHU3xHq/PiMvUPR+HyHI69l+sivLnfSst9795Wg75Lw6PhnOG2ho"
        "72rbQa9M1aklAJYXrtZlKvyeIoUcQSfbGvtkoxKeu4zPpei+TxM/PnfG3QyUV4rc1kv9eCN9"
        "1L6DF8O5J3Zb0mjYj1Wwvw79O3Ze2X5j1oTpcsvIkPOuO8Li0PSvZeobn/g5+6myRij3il/6"
        "1TEvuQd9KJJTYsiKTPyAq6EuCAuOvTkOd5oHXJZCa2qV5SpmaoHl2IdDZqd5H4pGWJ2JuDkZ"
        "hjfgCA12bWb4t060OeU+kT3c7t711WpO2ec+B+ZsPgYcD/uxoaLMvr9H5Zn54i8Uet3263sd"
        "T9j9cTzf9GufYooRzmK5H857scURfhcNmZDBnhyNevR7XCR1r/1hPOf6Xr/L9wQpyuf9wzkZ"
        "+nNe6XaT1zWZigRnFb0STLX2v50j/T7XwiTWtScaHvnzxZYz9sqM72O1SZgTAvipELM/fp/r"
        "UbsSflNxGljqWLdc4Xodzyt/7qe8dd7qwE+/z3tBnI3ZeN7Pwwj6ZBxuYsE6DfyVTac/79+R"
        "69r3V6rC+KHfKlfQg8F5kqBTwgTcJMHP5H4oF/a0oformqdiKxyn6MONG2q+8D4Vn80GMANe"
        "SyD+kxBNk4UP32tLJK3KlHci6yZmGhcBj2E5Wssj//Rra9x/OO/FTYvUVzGcW708isCUK1oj"
        "GVvrvlniBfj7jx99w6yqWvTp6M8ih76+GPQdQkQWkgnS1B3oRPM6uSmAC22sIw6xBeB5Szhc"
        "UWIP71dfOVtBHwC6HfoBYXaasMVu2zSVUqr89BRF9/vCvnZEtIv59Ik8xe+kww3yYzxfG7Tb"
        "8XyU3xbj+T+rBl7NYH76AYX/2qIw9GpY73+xe9yv0IEvVjqskVbQng52nWZI/7JrkuK3Xd1p"
        "xlY3FfqOC9S9rPvc/9tFp6l5tm5bi5KKxJvPfSXAiZXIatd83YekBPDxsneQQ3STvfMgVPGQ"
        "X584EBH3YSDrtYHbLaWW8YgTwM/POKbk/9dxhrz48i+y/Z5I4/mLF95hNOYH2PN5Du1rHEuK"
        "fs6B49T3ciOSQ+KFHRZlORaWJ3Y4zzYJh/xPxDNRsz92WJKEdn/nFSwd1/LIF1NMcabPoZ5o"
        "XHyx2p9zP0iat5WEh3NcwPfg7+hCNnA/QRiN599OZTfsb+vuWpSHvH6N+5Pn3U1LmP6MpfTq"
        "gMrGwiFIptczklJtvKbDvlhUJutUtqen4byCBjaUzDFF499DjNew3o1d3unn+30ZdOcHjZSE"
        "fV3R+qD1JegAGAfK+BRhF4hFhPmHvyeA516W3sB4W2vcfxvPjw/njrsiRDI5Fnipq1zCSB3o"
        "AwDBWD9XJ7bA942r95Iw7IP+8/mXGr/+qOPrLzj+7/8D21KzZg=="
    ),
    "esp32c3": (
        "eNp1e1mTsszS7X95b9kRCOK076qYQYZiErz5QlGZVLBRCzxx/vtJ6G67e5/9PRFPGChUZWWu"
        "XLmyqP4//+zb9n/a4nX8598LXhCEf31+cd993P/5NzdZTCbLJbfi//XPYXff/fPvf9DwTyXk"
        "3k11XRUWH5K0NRqMp9p+Em7uHxtV7YOg63CEsmxR3j3DcpdOUXL3ndXy2rq1jOqyCvyJsBWE"
        "7JZprrl6klSTi3FkLGPZRyjTRJKYmLSyhCwbZQKWqPh5A6WekoWGlBNZ7FCMs9pV4qLa3Q+b"
        "+/JU81OUGc7CeabqU5q+OLPdaV5nq5aZ4XO4X/FGgXY7durpj27DsuzzfkgLX/cq9RGk23JV"
        "VvasKWT9Lp8Lw1vwZG0jqii7uNjdusW+iT305M5W6CETz25a0rvPYMbsbcHXNvh1knI6jVYO"
        "uKIKlfnRaRjTfbJ2Je75oxmIN5uU1zkraHyapEWy5e6SVJ7ZMLg9b37zWs3WifxYrK7i8rlY"
        "qKemrZnimM/rkC5WRNGSTHYOUsgfN1ue2QsnUz9to13byaQwT37M9o3U9E54e12yin1Jm+h+"
        "rlpqldPpZMGyXpz4SjCd13tGuqxdISRULWtP1oPaYEI25ZblbfVYrWOz0YL8cXd9WTH++Yz8"
        "b0RwcwDE5F//HK/3j378aiFw3FKAr+7HDm76h3jq1FtmrM2fDJfu1UpINYQtrZuvyhmTonMP"
        "kXSOKMM6rkUnw1T0MLuZ3icn3RWcK6aXA+2Uayvsr2iNRZmepoi3m46iAHcJelhmf+4d1FBR"
        "zPRI04WAx7qJiCdf6MdB7qWl1EwI0lvPpAjmpykSxZthTwLd5a10RcUAw88y3cjISDOEpGtm"
        "oUCf6zLSnauHYB6dILchJRIJbitUeNjRFIrK+kEQqi6+J8uAPTSuM5vsY9G8aR/HXYAzZCU0"
        "iBBSlKwWFW9uqStaTL02Y8f19Y6KaeZtZ47mZZf5WXC1M/WDvEqMa/rIt4tdjJaHWEwUDR8d"
        "xQM/yHSv4bWjddTkz695nIdJqaNU1inRsGnJHCWjHXpfTkWFn2bhKX/OLBWhrlTuoWxP9uBX"
        "64qzi/2aKZdns2tJPVXuw/dgH9gjNUKi632miihSKhrGSHSqe1Z4249dzFiW4c0deUZ98Ler"
        "5pnfTNsLW9NEE/ULa49xs9WO5lgme/Wa6iXOUvDvCUmepQx25E46xJEM1y3iyvKRIvAr9sLB"
        "jxCPD2Qn3T5CQzzpfio6/PRMP3FCnJNyp7JnT2Lw39oy2sbssSV7pPJ2+xPEe+V02d7Rm4vh"
        "bx3ZQxfJm1VyIrRTlLhahM5lFaSKLcDznaVgIsxu+vB9VeQbZ29TWTImlZzNU1ncXlwb8JI5"
        "9nPF9t52foul8DjYLy8rXHi2IZPq0vskysHuWAcTZ4KYrRg7wqcae4fNtNqkzHlnyZiAv6TD"
        "tQ+WgXeK2XWTBBjGTmaxgrCtrE7M4E8NE1HBAW9X3EFBEm+IWTg/ex6+J8uAC1P0TB4mXtzi"
        "q2ytyvTyiaNu8Csta5QihVpAyjDuqh9xgOahhiAfkKeYvXQwIB+Kl7g3zdp/5OJcvdWhZJAK"
        "BW2ivpoUjfjXJUHvxQaZZijTCkkGuBnipG4J+v/XDWElBCUdOqNuiCcfo9EPGHG5BWnyfS0i"
        "joTycn8q1TJmId+otP2aT5ZgnphI6WYKeTvko4XbpOiMr98tyR/zVbDOkI9TL82G55V3vurS"
        "Ve8hX0VDbiuMkZeWUB6uSHQ/YLyikwYeYCQjJGjEDdiZE6R2zfv56n95vkaerL6KD3Xd+l/r"
        "QGgxNxSr2nxfZ0vXQHgjxwgwuqVYWlFbU4goeTREenY4lIKtGQT8FISIZqdtyetKnPBith7w"
        "wEidcDzBPIq3sKZLSDYsVFrbpDCvJQtELLEJVNTFHRIX6nceUAc8byrK9zVQZU/QEA8MZXMt"
        "G62udsVN/qj9L1wiNP+ar5mkcjJ1OQQ8hcKonAmA8YR53SEe8jKM0NpAeuV/8Rqepf46jNtk"
        "urUqlm7ay6T6IEE781/K3ty0mcrdhnmqvggssyPAl7J/qISPBUujD1/2ym0YSn69d3J/p3zz"
        "fe1Uh/neIPrZ9yNkbJfVufDvhkmqR+9Pxnx6HbgQ50cr9fWLmzDcFG2/+VmisRwcz9xL9g6T"
        "AIfIEvbHd/4tok7mm9P9vjhchnzLJ7tDNjlpaOuoXjOxvXIes1GoYN5mVpmk+x+HM9zneY2j"
        "dFuhLLPknUcZ6yt4bq3vUCdWbOoKe8bE/jx65xlTYTn80BFXnREC3mnppa8W6jM8lKyfKkje"
        "3HJzbuj1Bns/eF+Z9QGrX3woPyqxrtMXhnpS0T2VLo4P/C51ULdkGhJJdaJVBvXGqRAK456o"
        "hjypPNHfGwbeqANvKJiqYCfvTPbLMX+4fQph+FCrMKoHu75xgmzpCyfiFJzOZsujdhWm0pgn"
        "UB/X9TfOMSzdVAAHPQEcvNfL9mKGZE+nuxyZltoSXCP9rOB2/n6uX/zgukydcR40j7Tr7Gv9"
        "ojT7tqe2inceMcb7d7KskJIkA2/JxUs6VEMc8cQ/aHIK/v3QR76qefdWV4/Ce2ky9eTrVpET"
        "OjGwbmsdUu/zmT3pT8z2JefIGPC3ffPb0T9GKTF3W4tetvAZxxYuMa3EWIY6xL10qOMy8hxV"
        "Ab9LLRkA1oDzVJyJxTkLQWe8VORY/vy0MAGHSJMJ9nbXK+BMRntNSqqgJ7948o0nRg7yDvJs"
        "eppKQmjodFEhqKPMiSnO08kWxo2R0qGcHFLqWMGZ3X35R0LT4nr4L3Vn9G8lHLTrttPW9abP"
        "N+4F9NGbj5aAswpB3GSIGwTMK+ZyFoYD/336A0kmXP/Cp8jrdVh4wANZGA18KI18aLl1xqWA"
        "82GcbkOhzo71V16oYethrx94oCmzYyqH4XHEYTJbXBHKlSrcvPHBk1i5D3qwd0A594pHbAUj"
        "WBfw6Deu9erm+9mP32r2KJkJAXvC6a6t2KD+Hk/MuOSs3GrvJ76WFJr1xfbC+Q8/2k6A2Sur"
        "09q8YuUKuAnE8HYAfZNJjktn7O2S/+QnJofLmzdBPykh6rxlzE3zEGqDW6GWPTVItC4M1Ost"
        "C0Wl97fImofPJpiVhjvtT8vSfFaopniLfMsTCSr1ssJ6X2zhOQeuA7G6HbIwxd7M5R2CV1EW"
        "mglTxii7ahDR2XCfQ5SypDW601Ag0imC+o0Hnmpi4NkkDM7dN//fsOdfpjV9mkgPNRyetvcx"
        "D5dlAQG5r770ZmeOeNEFql1rE4E+uae7G9jvgV6DQSgpjRLi2wueLFpt5qHSbGQCejCXfasI"
        "PbnUVdmb3tlietzv5/frg5tx2q0+l8sw/cgmwHmqc8B9JnlAzBlHztDKKTotMKxnWxE03cH8"
        "33FJzJvkCY+TLFwMJH6Yftv5rzouB50uXSyyQru7x7u5Rz95RJ/X2rWxlBrRIg83bQW6EpqA"
        "gHnOc4+3DLjf2y7n8cBr2LmyqVe/8rDC3/Pp5mbEjz6/3a5nEzjkF+4d0crmB/PKQF9wavxX"
        "A3p76Fc2tnCmCfZqRdF/cIdqQVHQG9cSKgEnAhJG3L/XZ63xrRz5EHsCp8g0ggS0VGg5Bv0n"
        "Q18zQ6OOxuX8ORSyEvLF1kUklcqh5HNyOtwZx2ueOwUzzqljaSmhxzHdnxzoF8yceuUZpMCy"
        "OuUK7ygrNPYz1np/XIE/1JWyLed6al2hHklPMkmYnYYb6B+pNFmr7kdORQPuU1bYt+FTWuEi"
        "wCfkLvZ8BNf7lVQCPj/r1PVJQI5GZv7jrw/QkZBnt3eeIfNR5Lub/K7zpjnlQIdWwkmTL9YG"
        "+0KZgU7NwzDykk1xA7swS+YJw2igZ7SkcyduoQz8lHvxJPypE4Mb1PoD7kdPT72Hp1I+BcLS"
        "C+4XC9qL5HPdxbHHv+0h5rf+wahaWBwUQ87zLgXgi0gbwIvmlUKSyj2MK57IMWGOGrIGO14T"
        "uY6UZlcOfsEreQ7xQrbQxZNlM/ijN+bf+lMV7YQSJTUGnqCDHfZhB36cQx9Dr5Po4pY5NQPc"
        "f14fDUuz0LRUT8HjO3+J+vi2Myt7Phvx/wAcOv3XunzF6y2Lmc2xN+qGuX3TFUVEP/XzSawq"
        "81RJh3YoG/PZaqB+SmYtk6xvsIysD+RJzIafpdNz58T72QF4VDJTmSigX5csy24pknZjvWVG"
        "HZctU6iIMKDBnyn0pwoSm0VP8c+8ODtL1zxbhhNkXBXph+dRy6msJvt2B3ny8z3K2ryTzepQ"
        "zo6peKvCIE9+56daoh1BzR7qBzDqBD4Pp9A97cGeDbK2+yXTHVXW5gMDdPxgF+hsgu5pK/kg"
        "6nOIo/KsVQlnuvjuH4BIj9AHBgRdUkXxossUeKpCplYCnpVf+X8j58uUszLWRoqZA88WBOp1"
        "Qt48m5nQB01C6Valo50Ji65oZmmV25foRBCz50e7I7D30+7jl91p6jmOjBmIpyAtmT3LRby1"
        "XRHxDP2/nGOHOevONdevzZ2BvvR4C/BUWtL90fMg/1e2/lnnKdT5xIU+Hfh/cjyUKejEIEUf"
        "RzX0ZtdLtkxipGsOfF6Rfr3pAtIQ4DJDtHtsLSVBdPtIBh4LocdJ0dvvBvOZN6zEsgzkmzYt"
        "oServtdN5dbYAu5wrIJE+oxvsE3Jp17DD2UfjnlN9wLg1EEzKslUkDTIY+PxOoVD/+UtiQ/8"
        "l0mApw6bHf3C0dJl2aHOHr1pc6vIiPeKTSdIn15BV43+TBg1RtWg43afePmyS9fIdh51qGlA"
        "L+FOzpNl2hk2tyLLg+erKxzGh+fiFEPdzL2Zo3WdUV4cIqMl8Dq6ri9yuu3AXjzsAyXIUsNY"
        "eQBe1fBzPW/+MVTlt390DYiRxhuz3X35A2VuaShvf6ni9vE9LqwH8Ot5vKN+87MZRnYL8/hQ"
        "Tz7Xj9He+PKnicvbUJeK83u+RNlhjyg/8ZHN8Vraz/EL9AaMa8xnKvQHBPsst0/4Yo+AH9Td"
        "53xGuJm1c/PXfKANgdchn29F9bMupO4C7BN0qzvg+RMFSgB9iM9mDbiF/PnzvHgzE8otUbR7"
        "r1tQbq9uR0EfQX++t607kS75r99r5Qx+q1EI43z6TcosEq5l4t+fDPCusJ8MeEWI3r2j2hlI"
        "xp64My/hDer9L/8rc52iUAa4lAoXsL/GQ4F/k+VjOPe+9E/9AA4LwX8+98t/f/0pSCbkK3Gt"
        "1wZG4Zf1W7+6EzD6d5yyjXiT87EOfvlHx/GtJh5F2hnq2soL+Fk2fH7/bmH+e/2JSP4jj6TM"
        "gD6redsvZkYH+SrNv/MsM7QLQ9/2nCbiH3ugJPs38489Fia3+nbLI/MHP9JqS/3sJ2+c+yZX"
        "TOgf+2kP9RkfqQWd5Pt3AYWSVz9OwI+2F1g8pIGDK1l9+086bX6PT5UA/Jkl+n5T5Kr9KhHo"
        "YnGnVkK8lgd8fY2LRB0v/K/vi5/5Mie9XMjG2g08DzIoCDfNHervYs/kb/3hfuuPr3U6WDHr"
        "25+8hH5b2a6t9S2TVoo9D0+xfyslZ+lTLS9Vl/ehTx7qZ40mxv3htgd3+TroNeiui0zWaUxA"
        "dx3cK9ND//MTX0STw2T0h8xdDUgyw3rtoSXSDSnbmmeIh0w3mfR9v4xuszry38+rWBNx8Y4n"
        "Hypre3nVXd7+OKM19rqMJE068jEmr1JlX0wyy6D5peTnOYSWS6j3WPyOO5Jh3qgOlYeuaCpG"
        "zLm3Br4ZdOJ+y67KC61VvIF8Titf/5Vv0kTLTaS+8TYBPdN74AQSXd78ZRNLFn/jhSuTikj5"
        "5liceRcA6WOPRpeKxoac886zCXX1m78cydN3mbLtzbilR5Og6JKwwQeSHLWYSOUiPS1pGOqy"
        "8c0vyHjnNfaV7Wse2vsj9lgV6l2DJPfCvu3C9ZZuLRjztcnTjfCTp/F/5KmI1v+Zpyb6aPlj"
        "BfIa+hXf6IRIGfdXdvz89jveMtoeDpu335X+ZtSNH+AIWemJw7vGMpnnUtnx9vkMfH44Ve58"
        "f3wdOILBz95i4Wi5jMsjW6N33mPsnzXtINMzuOFnPRnidmeXn1LQLTk77P+ECOqjoqNJ0/5Z"
        "j4R0yAezbn7hH+VFuLnl8i/8i+qtqLnfPJ/p5m0d/PLL0nM0Bsh2y9vPFdUlQx/0ooTlxKrI"
        "oBfJcH0d9OIt80TJrGSC+hbL7my/P7+OsTw7PM/8mEdgZ5R4pxfLrq7IsRbNb9w7yAgOPP68"
        "j3/b4/zKe7r2odwosr186e5MaaWQK4Wmkttd9ioSD/SVdYP6Yvj1gGPqW3Rjom+cqdKDHCG+"
        "gN8XeB596xFHfEH+jve//eLezbMKfRzkt/QKFi1NJ+TofhzYx5vXp+LNWB8nf3gwsy7v32fz"
        "nRL+qgNqOuRj8Y7PTLC1YsYY/ewbR9LlzY/4J46LxMoo+PnT7986XR11OOpvWNatG/GQZFKZ"
        "sOf7I7ZnaXDmmdj73BfFsxA/ZbvcshP0PX5mPw7P73lVqb/V3A9ORGlX19eSFaaPRX09PzeK"
        "mk1OCvS1l1UmJt7BwwnvxsN7grMsByJOkT4nCgp2cTZJNIRzu53teaRs3Jqkycu3nBWRZvcp"
        "B/ruUIK2RZrMv7gFfFqgx5chLpMl9JvQ/3/tR+MW+mddMzSZW0WSFd4RCjw3YE9J/+6f2WHf"
        "edh3GvedxVveWTom+i3vLQJ618CMdcAs6NSLk3awKK5IkRgeVpG3cSthqyHVjjE1xUxyNG7Y"
        "b4ceKieJil/zGHEh6L1Q0TvxCiqPRasQxFKiFSQxSt6WMd2XF7JnoV8qZZCHRZ0EeZ8ieejH"
        "iRsZMN8G+FkkRwNXu0ifqRfAe4zZJfY2VtQRBPVvfB/yyuew7sFv+lTMMxgHmtOWgh5Hboyf"
        "wuhfQtLRLn2GVBbW11AEmv8yPUWbYT/X6YiseFSRUFhgb6I4CRM8sOHZFS2n7MLdKJmqFHfe"
        "qbo0RuYtzlaZhtaOhiulZPIUX5oTxkKiuU0oRSREqgV+kXcJJge1oolezdIN2E86lptFiYnG"
        "eRG0U+1N2RqONtPT4iVGld/m4/s0s/HzXQD9MhGDHHn7rD/IBbKuWM/LswP9U7g514ajMCco"
        "PB7vWsJuRkAHdBTN88yCviaTTMvX+ybGO3EutfVeUaWdkrBuiMSdotZzoyxuAZqEDgwG86Xz"
        "i2Pt90/hdehSyZpmCWI1BmyXi7UZT6217jedebGSsskSnDUHg/etttFzLjoZKKkC35MNo62q"
        "cR+52RxvZ+pcsVBIzeSot/Q0hbp0TZj9FeGv/U0VtF4IfjCjy63ZSQ3d6bIA/rUSrUss5pxE"
        "V30uXQrwty4w0zy3pyuaGrMuDcbnZecMuD1vB7wSVIrgd72vQWJb7XAtZSFym83Qx2c4yUo9"
        "2+h6H3CFaF2Ga3M9XH8oxXB/UgALcV3ezouXuTf7tnS6+1rm2vWOKotjcu8u/OUj2d+T8T3T"
        "uq37FwCgHfZH3MNk3F+Ffien5JaLc6OtL3xunE23JZKfQd9KVzuHd89+Lts+b6m70i53VasN"
        "/bPk1rti+GTrOkBZ8Wtf1Ubj/janJezpqph/98MmoEPrMPy535SIPD3NP/d1yqli2LGfoYPH"
        "2+WqI4VY2rdBp3kve85kenAgoWjxtxuANRZzc/ATgr6Ge84UTQzvpcLW9I89SNI+7YnAHu0q"
        "NdEveyTU59Za8bAodvZepGrk+Za/RfLP86JkyLSOkKybMlebyLcCD6meB3r8u+/LrNTDvhU2"
        "Q9/GIC9huKvInrWEaTQR+n4OyQGmRBr7bD3UhNn0yhZWhJEYecKGNcBuxDfrhDfW4hb81klz"
        "L7fMGY5Wm5m1XqKVJYo/8+nrCRFNc6wz3+t49TcroYcz4W0Nh0bZ7VqBVr/8jEQG1g06hLrv"
        "fS97Wfx635FGh4vhMZa4Ombe7Nf6kK2UAeCnTEXF4+H3KOi9xaUc9+XcxvkY9+caH/ih+4yH"
        "dF65W7Stgo0nb417VV38Zmvi6tlveCOdnDsx3hsHY3gvJVP9Vzyyth7ey8iGz9iUYUG3/7Kj"
        "Xu9KBKqu+IMfkZOnMSf1Fm4QLpEcSgmNziJ3nWUTkGfw/DW5vP3U+hbaIi1/dJY5xmVFzEl9"
        "8Iu5ouqCFI/x6aZTtoG4YfXsFRbiBt5lnMOMFQLMkeAaJmVmD3XjVF6PJwb0bpALEJfuOZE/"
        "0lhE2biPkAtiKT4IENprIheWM8P6cN7Dnwy640iin/0s6GcWRFKG9wZODfr+o9ROH8wx3O9y"
        "0EUz6fHeF/sAfMz3juetLq8/OBfFasT5idME9uM6b3/nnZQ1/c2k4R88XOnmtFIWtsZkUqk+"
        "45vebcFfm+n4fsoDHE7jKf6P/G0+901+55eccXA/4JP10lJ5kp/9EEsq5Syuxt8d7YUmaTic"
        "1xDoRJvczpqyf/Ye485sxhrfd/XNUepIipx2dn5O/uACXZIBF1p5dJ9Z+Tf+h4qmO+DPCHig"
        "8F7zXTZJTWSacS3Mh33yHeSlFAkECbw2Z2UOalscosGvqvp+X389Wlt8EEqFEHQJTyBF7HgL"
        "E2wqAnWPMhT6RSYb8tvL3XaNAzmyEfeoQE88jhSamRXxBMjvqWGtOaT4+X2uDHtjyredqpgI"
        "HVH4zFBbIVqjv3FFZ8Zy8TGftX/WjbIyNxRQGr/4Vcxu9bTESRwJk0ThPjiNVlFJzVT8He+y"
        "sVSVolI5ENTSQ4V2jnOn6v0pnNWE7iKUcPDpnNGWU9GQJ4Gjgh7iu4dddgf0M58qrtsqKfL9"
        "7me/XIc+ezuRJBKXmDyJNYxPID5U3kLPrKDw+MLzFgnMx+J1nUQZB/2UY7n5SQ3yPB3OKYSf"
        "8VlAP7CZCgJ/Z/2Jwg99PUUk6a4csgzltx/y5LKS6ZNbsIomMOdr3w268l4eLylOaLlA2LLu"
        "x2UQixRV0+dSWhrKJ+872oNKJdQi9Wc8nGUnRQNez2TV0hkKuoxyJuS14l3s+5Zqx/w3/+ny"
        "7VJYMfB+7r02/KBnV0wCfdhJY4WLVLGnqbSw4lWGmEv1VScI8Mg+Bb136U5RvHpWn3F972Ni"
        "kLGfPLB41xH9YxVBngp0zT2fkCeMeaVffvjuC46iBR2PyrXE3mMAH8ioYksPn/XhvS/rDPtW"
        "UAdutpdFasLnV9ybirF5vPurQ2/uSXaTDPrQP+vabScwufbolRb8utL0qIW8BXy7D+jjD5+8"
        "/gsXsugLVFeu1yhK9tu/86uTQHw82dH/nr1TIW8ObO1C/k3vwB9MtmrugjLogwsyLG3GMko2"
        "c0EnMS+FTUD/1Aqeb9isT9cFjJuTxyufHHDLHjW0M+PZwBPHo/Z+b6tz+D6cn0GqMRdspRvr"
        "N//eLyDqzfY7zkKTtkIbd7Kjv/p4EzNDXn6IoNtgXGN51FF/1ApL1/hklfiq48/o7v61fsU7"
        "Oi426bBPjZdVame8280oUbxE0a6WlN/lP3HOki/eStm+BoKT0U75E8+tqJujnkHhWh9+9y1j"
        "C+XmPru4OIwN6J/Av94s2m+W9/6gDOcAlRdK6f44fR2ZIJ8dhdhSp7PFLamE0/XVvZQ7l/Yy"
        "6PPt5JB2vlUPutLMhj4LpX507ur77pW3KWrugTlpFwT+b172hzlty6J77OV5q4e9N8QDNNgp"
        "QbF8UTD3Mu68C3rREhHyAzEJFZv/MFwhAiHyMHzKWdewDzJqqfJR4CNzGyrni7qJt+asajb+"
        "cru2q/4S4K29Her+2lGFCpfpKkFtnbxEB+wD3ihA6mfLTB/fT5OiFLsMC7MyZst5/Gwg8R7W"
        "IWJvARZCLNaZ1EHdyJbQRxmypmeHqBRcdcYuPdHSVT4RpI49scnwfW895u6ivD6vy6xfKghZ"
        "T49AM5NYj/E8EmTNqb7O8+vOMWoH+9hNfNATUpRpoCcEcWPtRVS8PF5Aq4R5dUvI7TpdFbQG"
        "Hkk1jKw7Rsg8U+h32Bf0EbX+aNLjBbtTaFbml8/3teZZCHVrlmoosHQkqy+OpphPGP7cyXJa"
        "n8srl6Fls2Su893m0gil7oZY79dn5AWK3u8jBHk92092ZbmTnvXWu78cbYecV8cnw3kDDe1d"
        "bTvolak6tQTA8sLVukyF31OkkCPoZFtjn2xUwnOX8bkU3fdp4sfnzribgfJKkdt6qR9vpI/a"
        "d/BiOPfEbksaDfuxCvbXoX/Hzivbb8yaMF1uGRly3nVHWByaPlimvvGJn7OfKmuEcq/4pV8d"
        "85J70IciOSWGrMjED7ga6oKw4Nib43CnecBlKbSmVlmuYqYWWI59OGR2mvehaITVmYibk2F4"
        "A47QYNdmhn/rRJtT7hPZw+3uXV+t5pR97nNgzuZjwPGwHxsqyuz7e1SemS/+QqHXbb++1/GE"
        "3R/H802/9immGOEslvvhvBdbHOF30ZAJGezJ0ahHv8dFUvfaH8Zzru/1u3xPkKJ83j+ck6E/"
        "55VuN3ldk6lIcFbRK8FUa//bOdLvcy1MYl17ouGRP19sOWOvzPg+VpuEOSGAnwox++P3uR61"
        "K+E3FaeBpY51yxWu1/G88ud+ylvnrQ789Pu8F8TZmI3n/TyMoE/G4SYWrNP4XkHQft6/I9e1"
        "769UhfFDv1WuoAeD8yRBp4QJuEmCn8n9UC7saUP1VzRPxVY4TtGHGzfUfOF9Kj6bDWAGvJZA"
        "/CchmiYLH77XlkhalSnvRNZNzDQuAh7DcrSWR/7p19a4/3Dei5sWqa9iOLd6eRSBKVe0RjK2"
        "1n2zxAvw9x8/+oZZVbXo09GfRQ59fTHoO4SILCQTpKk70InmdXJTABfauH/mWLYAPG8JhytK"
        "7OH96itnK+gDQLdDPyDMThO22G2bplJKlZ+eouh+X9jXjoh2MZ8+kaf4nXS4QX6M52uDdjue"
        "j/LbYjz/Z9XAqxnMTz+g8F9bFIZeDev9L3aP+xU68MVKhzXSCtrTwa7TDOlfdk1S/LarO83Y"
        "6qZC33GBupd1Y92TttFpap6t29aipCLx5nNfCXBiJbLaNV/36VIM+HjZO8ghusneeRCqeMiv"
        "Lxwgbm8g67UBuFtKLeMRJ4Cfn3FMKfiv4wx58eVfZPs9kcbzFy+8w2jMD7Dn8xza257w5xw4"
        "Tn0vNyI5JF7YYVGWY2F5YrdUkl5j/ifimajZHztkCWrw33kTy8K1PPLFFFOc6XOoJxoXX6z2"
        "59wPkuZtJeHhHBfwPfg7upAN3E8QRuP5t1PZDfvbyDVFecjr17g/ed7dtITpz1hKrw6obCwc"
        "gmR6PSMp1cZrOuyLRWWyTmV7ehrOK2hgQ8kcUzT+PcR4Devd2OWdfr7fl0F3ftBISdjXFa0P"
        "Wi+BDoBxoIxPEXaBWESYf/h7AnjuZekNjLe1xv238fz4cO64K0Ikk2OBl7rKJYzUgT4AEIz1"
        "c3ViC3zfuHovCcM+6D+ff6nx6486vv6C4//+P3HTr58="
    ),
    "esp32c6": (
        "eNp1e1uTqsyy7X/5XlkRqOBtvVVBcRWwuAm+7FBUbirQqAWeOP/9JHa33b3O2jNihoFCVVbm"
        "yJEji+r/88++bf+nzZ/Hf/49n4ii+K/PL267j9s//x6PFhNhOZnOZ//657C77f759z9o+KdS"
        "eusEXVfF+Ycsb40aY0Hbj4LN7WOjqr3vdx0OUZrOi5trWOuFkxfj285qJ9qqtYzysvS9kbgV"
        "xbRJtbW5fNBEI/lrZEww8RBKNYnGJqYtkZFlo1TEMpM+b2DMVdLAkDNKpA5FOK3WSpSXu9th"
        "c1ucqomAUsOZO49EfcjCc2y2O83tbNUyU3wO9suJkaPdjhdc/d5teJ5/3A5J7uluqd79ZFss"
        "i9Ke1jnRb+ScG+58Qlc2Yoqyi/Jd0833deSix/hsBS4y8bTR4n798Kfc3hY9bYOfJzljQrh0"
        "wBVloMyOTs2Z6wdvl9J+cjR9qbFpcZ3xojZJ4iSPt+ObLBdnPvCbR+PVz+V0FZP7fHmVFo/5"
        "XD3VbcXlx2xWBWy+pIoWp8Q5yMHkuNlOuL14MvXTNty1HaG5efIivq/luneC5nlJS/4pb8Lb"
        "uWyZVQjCaM7zbhR7ii/Mqj0nX1ZrMaBMLSqX6H5lcAGfjBdFs7wvV5FZa352v609ohj/fEb+"
        "NyLE2UwYAVCO19tH//nVGL4QJv/653bs4KZ/qKsKWHSR3R8VivZqKSYawpbWzZbFlEvQuYdI"
        "OkeUYh1XkpNiJrmY3wg3diRUd66YXQ6sU66tuL+iFZYIOwloYtcdQz7uYnS3zP7cO6hmkpTq"
        "oaaL/gTrJqIuubCPhGQEyfWIIr11TTbMzxIkSY1hM49Q1UqWTPIx/EzYhiAjSRGSr6mFfH2m"
        "EwTzuwjm0Sla17RAEsVtiXIXO5rCUFHdKULlxXMJAeyh1zrT0T6SzEb7OO58nCIrZn6IkKKk"
        "laS4M0tdslzAlYte65McFbPU3U4dzU0vs7O41s7M87MyNq7JPdvOdxFaHCIpVjR8dBQX/EDY"
        "XsMrR+uYOTk/Z1EWxIWOEqIzqmHTImNGX3bofSFIykRIg1P2mFoqQl2h3AJisx341bri9GI/"
        "p8rlUe9aWgnKbfjetAZ75FqMdb1PVQmFSsmCCElOeUtzd/uxizjLMtyZQ6bMA3+v1Sz1aqG9"
        "8BWLNUm/8PYrbrbasQwTuleviV7gNAH/npDsWspgR+YkQxzpcN2icVHcEwR+xW4w+BHi8YHs"
        "uNuHaIgn2wuSMxHO7BMn1DmBrcS1IV5UWllGW5s9tohLS3e3P0K8sdOle0evL4a3dYiLLrI7"
        "LUkstgKK11qIzkXpJ4o9guexpWAqTht9+L7Ms42ztxmRjVFJ0llCpO1lbQNeUsd+LPne3c6a"
        "SA6Og/1kUeLctQ1Cy0vv0TADuyMdTJyKUrrk7BCfKuweNkK5SbjzziKYgr/k5JoFyHdPEb+q"
        "Yx/D2PE0UhC2leWJG/ypYSop2J/Y5figIHliSGkwO7suvsULfxwk6BHfTTxvoiuxlkVy4V84"
        "woNfWVGhBCnMAlKGcZf9CwdoFmgI8gG5itnLiQH5kD+lvWlW3j2TZmpTBbJBS+S3sfqsE/TC"
        "vy6Lei/VyDQDwkokG+BmiJO6pej/XzeElVIUd+iMuiGekwi9/IDROLMgTb6vJTSmAVnsT4Va"
        "RDzkG5O3X/MRGeaJqJxsBMjbIR8t3MZ5Z3z9bsneK1916wwrEnDsInheeeerLl/1HvJVMkhb"
        "YozcpIDycEXS+gPGyzt54AFJNgKKXrgBf2UUqV39fr78X56vkEvUZ/6hrlrvax0IzWeGYpWb"
        "7+t0sTYQ3pAIAUa3DMtLZmsKlWSXBUhPD4dCtDWDgp/8ALH0tC0muhLFEyldDXiQ5E48nmAe"
        "xZ1bwgKSDYul1tYJzGsRkUoFNoGKuqhD0lz9zgPmgOdNRfm+Fp1rT9EQDwxlc0WMVle7vCEf"
        "lfeFS4DC13z1KCGxsB4j4CkUhMVUBIzH3PMG8SCLIEQrA+ml98VreJp4qyBqY8HQQ8Q27WVU"
        "flC/nXpPZW9u2lQdN8M8ZZ/7ltlR4EviHUrxY86z8MMjbrENAtmr9k7m7ZRvvq+c8jDbG1Q/"
        "e16IjO2iPOfezTBpee+90SufnodxgLOjlXj6ZR1zYwFtv/lZZhHxj+fxk7iHkY8DZIn74zv/"
        "5mFHJvXpdpsnlyHfstHukI5OGto6qluPbLeYRXwYKHhic8tU1r2P5Az3uW7tKN1WLIo0fudR"
        "ynsKnlmrG9SJJZ+sxT1nYm8WvvOMKzEJPnQ0Ls8IAe+07NKXc/URHAreSxRENk1mzgy92mD3"
        "B+9Lszpg9YsPyb2Uqip5YqgnJdsz+eJ4wO9yB3WLsIDKqhMuU6g3TolQEPVUNciodCVvbxh4"
        "ow68oWCmgp0TZ7RfvPJnvE8gDB9qGYTVYNc3TpAtf+FEEgwRlNniqF1FQX7lCdTHVfWNcwxL"
        "NxXAQU8BB+/18r2UIuLqbJchqBctxRXSzwpuZ+/n+vkProvEec2DZqF2nX6tX5Kn3/ZUVv7O"
        "I854/04XJVLieOAtkj/lpBziiEfeQSMJ+PdDf/FVNVk3VXnP3adGmEuuW4XEbGRg3dY6pN5m"
        "U3vUn7jtk2TIGPC3ffPb0TuGCTV3W4tdtvAZRRYuMCuliEAdGj91qOMEuY6qgN/llg4Aq8F5"
        "Kk6l/JwGoDOeKnIsb3aam4BDpAGruLvrFXBG0F6T49Lv6S+efOOJI37WQZ4JJ0EWA0Nn8xJB"
        "HeVOXH4WRlsYN0JKhzJ6SJhj+Wd+9+UfGQn59fBf6s7Lv6V40K7bTltVmz7brC+gj958tACc"
        "lQjiRiBuEDA3n5E0CAb++/QHkk24/oVPaaJXQe4CD6RBOPCh/OJDa12l4wRwPozTbRjU2Vf9"
        "JXM1aF3s9gMP1EV6TEgQHF84jKfzK0KZUgabNz4mNFJugx6UHFDOveJSW8EI1gU8+o1rvWw8"
        "L/3xW8UfZTOmYE8gmFWI/Op7PCkdx2elqdyf+FpyYFYX2w1mP/xoOz7mr7zOKvOKlSvgxpeC"
        "5gD6JpWdNZvyzSX7yU9MD5c3b4J+UgLUuYtoLGQB1IZ1iVr+VCPJunBQr7f8KNJ7b4usWfCo"
        "/WlhrIX+tCjMR4kqhrfIs1yJokIvSqz3+Raec+Dal8rmkAYJdqfriUPxMkwDM+aKCKVXreTL"
        "6XCfQ5WiYBXoxQ2i8jHMBnwCT9UR5EMc+Ofum/8b7HoXoWIPE+mBhoPT9vbKQ1TkEJDb9Etv"
        "duYLL7rItGtlItAnt2TXgP0u6DUYhNHCKCC+vegSyWpTFxVmDaW3TzPiWXngkkJXiSvc+Fw4"
        "7vez2/U+no61pjoXiyD5SEfAeapzwH0qu0DM6ZieoZVTdJZjWM+2pEgwYf7vuMRmI7vi/UTE"
        "i4GkD9NrO+9ZRcWg0+WLRZdod3Mn68xlnzyizyrtWltKhVieBZu2BF0JTYDPPWaZO7EMuN/d"
        "LmbRwGvYufKJWz2zoMTf8+nm5oUffdY017MJHPIL945kpbODeeWgLzjV3rMGvT30KxtbPLMY"
        "u5Wi6D+4Q5WoKOiNaxkVgBMRiS/cv9dnrXBTvPgQu+JYISyEBLRUaDkG/Uegr5mil47Gxewx"
        "FLIC8sXWJSQXyqGYZPR0uHGOWz92CuacU8ezQkb3Y7I/OdAvmBlzizNIgUV5ypSJoyzRq5+x"
        "VvvjEvyhLpVtMdMT6wr1SH7QUcztNFxD/8jk0Updf2RMMuA+ZYk9Gz7lJc59fELr+X4SwvV+"
        "KReAz886dX1QkKOhmf346wN0JORZ884zZN7zbNeQd503TeEMOrQUTxq5WBvsiUUKOjULgtCN"
        "N3kDdmGezmKO00DPaHG3Hq1zZeCnzI1GwU+dGNygVh9wP3q46i04FeTkiwvXv10saC/iz3Xn"
        "xx7/toea3/oHo3JujaEYjl33kgO+qLwBvGhuIcYJ6WFc6USPMXfUkDXY8RyRKlTqXTH4BS/J"
        "DOKFbLGLRot68EdvzL71pyrZMaNKYgw8wQY77MMO/DiDPoZdR+FlXWTM9HH/eX00LM1CQqGe"
        "/Pt3/lL1/m1nWvST9IX/O+DQ6b/W5Slub1ncdIbdl26Y2Y2uKBL6qZ8PapWpq8o6tEPpK5+t"
        "GuqnbFaEpn2NCbI+kCtzm8k0Ec6dE+2nB+BR2UwIVUC/Lnie3zIk7171VnrpuHSRAOPAgMbk"
        "zKA/VZBUz3uGf+bF6Vm+ZukiGCHjqsg/PI/ascprxLM7yJOf71HaZh0xy0MxPSZSUwZ+Fv/O"
        "T7VAO4rqPdQPYNQRfB5Owfq053y8QdZ2v+C6o8rbvafQT7tAZ1N0S1rZA1GfQRyVR6XKONWl"
        "d/8ARHqEPtCn6JIoihteBOCpEplaAXhWfuV/Q88X4ay7yEaKmQHP5hTqdUzfPJua0AeNArkp"
        "k5edMY+uaGpp5bov0Ikibj952R2CvZ92H7/sThLXcQjmIJ6ivOD2/DicWNsllc7Q/5MMO9xZ"
        "d66Zfq1vHPSlx8bHgrxg+6PrQv4vbf2zzjOo8/Ea+vRBDx0PRQI60U/Qx1EN3On1ki7iCOma"
        "A59XpF8bXUQaAlymiHX3raXEiG3v8cBjAfQ4yZuHdYP7zBte5nkO8k0TCujJyu91M9IaW8Ad"
        "jlSQSJ/x9bcJ/dRr+K7sg1des70IOHXQlMmEibIGeWzcn8dg6L/cBfWA/1IZ4tZhs2NfOFqs"
        "eX6os0dXqJuSvvBe8skI6cIVdNXLnzGnRqgcdNzuEy9fduka3c7CDtU16CXckSxeJJ1hj5d0"
        "cXA9dYmD6PCYHyOom5k7dbSuM4qLQwlaAK+j6+pCkm0H9uJhHyhGlhpEyh3wqgaf63nzj6Eq"
        "v/2ja0CMLNqY7e7LHyhdF4by9pcqbe/f48J6AL+uO3HUb342g9BuYR4P6snn+jHaG1/+NHHR"
        "DHUpP7/ni5UddqnyEx9ivq7l/Qw/QW/AuMZsqkJ/QLHHj/fxJN8j4Ad19zmfEWym7cz8NR9o"
        "Q+B1yOcmL3/WhdSdjz2KmqoDnj8xoATQh/hsVoBbyJ8/z0uNGbPxAoW797pFpXl2Owb6CPrz"
        "vW3dqHzJfv1eKWfwW4UCGOfTb3Jq0WBFqHd7cMC74n404BUhdnOPamcggl1pZ16CBur9L/8r"
        "M52hgABcCmXs87/GQ77XEHIMZu6X/qnuwGEB+M8b//LfX3+Ksgn5StfWcwOjTBbVW7+uR2D0"
        "7zilG6kh2asOfvlHx1FTUZchDfrIYOn6k2k6fH7/buHJ9/pjif5HHsmpAX1W/bZfSo0O8lWe"
        "fedZamgXjr3tOY2kP/ZASfYa8489FqZN1TRZaP7gR15umZf+5I1z22SKCf1jL+RQn/GRWdBJ"
        "vn8XUSC71f0E/Gi7vjWBNHBwSdS3/+TT5vf4TPHBn2ms7zd5ptrPAoEulnZqKUYrMuDra1wk"
        "6XjufX2f/8yXOsnlQjfWbuB5kEF+sKlvUH/ney5764/1t/74WqeDFbNq/uQl9NvKdmWtmlRe"
        "KvYsOEVeU8jOwmNaVqjriQd98lA/KzQybvd1e1gvnge9At11IXSVRBR012F95Xrof37ii1h8"
        "GL38QcZXA5LMsJ57aIl0Q0635hniQdgmlb/vJ6iZVqH3fl7FmoTzdzwngbKyh/lU++OMVtjt"
        "UhrXyYuPMX0WKv/k4mkKzS+jP88htFhAvcfSd9wRgXnDKlDuuqKpGHHn3hr4ZtCJ+y2/LC6s"
        "UvEG8jkpPf1XvskjLTOR+sbbCPRM74ITaHh585dNLSL9xsu4iEsqZ5tjfp6sAZAedll4KVlk"
        "kGziPOpAV7/5y5FdfZcq296MWnY0KQovMe9/INlR85FczJPTggWBToxvfkHGO6+xp2yfs8De"
        "H7HLq3zJaiSvL/zbLlxt2daCMZ+bLNmIP3ka/UeeSmj1n3lqoo92cixBXkO/4hmdGCqv/ZXd"
        "ZNb8jjdB28Nh8/a70jdGVXs+DpGVnMZ4V1sm91gou4l9PgOfH07lerY/Pg9jisHP7nzuaBnB"
        "xZGv0DvvMfbOmnYg7Axu+FlPisa783oiMNAtGT/s/wQI6qOio1Hd/lmPjHTIB7Oqf+EfZXmw"
        "aTLyC/+S2uTV+DfPp7rZrPxfflm4jsYB2W4n9mPJdNnQB70oYxJbJR30Ih2ur4NebFJXks2S"
        "UNS3mKyn+/35eYzI9PA4T155BHaGsXt68vzyihxrXv/GvYMM/zDBn/dN3vY4v/KerTwoNwqx"
        "xZ5QQ2nlYFyIdUnaXfrMYxf0ldVAfTG8asAx8yy2MdE3zlT5To8QX8DvEzyPvvWIIz0hf1/3"
        "v/2yvplnFfo4yG/56c9blozocf1x4O9vXhekxlgdR394MLUu79+ns50S/KoDajLkY/6Oz1S0"
        "tXzKGf30G0fy5c2P+CeO89hKGfj50+/fOl196XDUN5joVkNdJJuMUP58u0f2NPHPEy5yP/dF"
        "8TTAD2IXW36EvsdP7fvh8T2vKvdNNf7BiSTvqupa8KJwn1fX82OjqOnopEBfe1mmUuweXBxP"
        "1tHwnuBMiC/hBPpjqiB/F6WjWEM4s9vpfoKUzbqiSfz0LGdJ5elNGIO+OxSgbZFGJs/xHD4t"
        "0OOLABfxAvpN6P+/9qNxC/2zrhkaGS9D2QpuCPnu2udPcf/un/lh33nYd3rtO0tN1lk6pnqT"
        "9RYFvWtgzjpgHnTqxUk6WNQ4T5AUHJahu1mX4lZDqh1hZkqp7GjjYb8deqiMxip+ziI0DkDv"
        "BYreSVdQeTxaBiCWYi2nsVFMbILZvrjQPQ/9UkFAHuZV7Gd9gsjQj9N1aMB8G+BniR4NXO5C"
        "fapeAO8R5hfY3VhhRxHUv9f7kGc2g3UPftMFKUthHGhOWwZ6HK0j/BBf/qU0edmlT5HKw/pq"
        "hkDzX4RTuBn2c52OEsVlioyCHLsjxYk5/44N1y5ZIfDz9UZJVSW/TZyySyJkNlG6TDW0cjRc"
        "KgWXJfhSnzAWY21dB3JIA6Ra4BeyizE9qCWL9XKabMB+2vHjaRib6DUvgnaqbZSt4WhTPcmf"
        "Ulh6bfZ6n2bWXrbzoV+mkp8hd5/2B5Ij64r1rDg70D8Fm3NlOAp3gsLjTtaWuJtCfXt2DM2y"
        "1IK+JpVNy9P7OsI7aSa31V5R5Z0S8+sASTtFrWZGkTc+GgUODAbzJbOLY+33D/F56BLZEtIY"
        "8RoHtpN8ZUaCtdK9ujMvVlzUaYzT+mBMPKut9WwcngwUl77nEsNoy/K1j1xvjs2ZOVcs5nI9"
        "OuotOwlQl64xt78i/LW/qYLWC8APZnhp6p1cs51ORPCvFWtdbHHnOLzqM/mSg791kROyzBaW"
        "LDGmXeK/nifOGXB73g54paiQwO96X4HEttrhWk4DtK43Qx+f4jgt9HSj670/ziXrMlybq+H6"
        "Q8mH++McWGjcZe0sf5p7s28Lp7utyLhd7ZgyP8a37jK5fMT7W/x6z7Rqq/4JAGiH/ZH1YfTa"
        "X4U4Zow2mTQz2uoyyYyzuW6p7KXQt7Llzpmsz15GbG9iqbvCLnZlqw39s7yudvnwyVeVj9L8"
        "176qjV7722Mt5k9Xxfy7HzYCHVoFwc/9pkyJcJp97usUgmLYkZeigzuxi2VHc6mwm0GnuU97"
        "xqW6f6CBZE2aBsAaSZk5+AlBXzN+TBVNCm6Fwlfsjz1I1j7tCcEe7SrX4S97ZNRn1kpxsSR1"
        "9l5iauh6lrdF5Od5STYIq0JEdJOMKxN5lu8i1XVBj3/3famVuNizgnro2zjkxtz4KvFnLeZq"
        "TYK+f4yIjxmVX322HmjiVLjyuRViJIWuuOENsBtN6lU8MVbSFvzWyTM3s8wpDpebqbVaoKUl"
        "ST/z6asRlUzzVWe+1/HsGytmhzOd2BoOjKLbtSIrf/kZSRysG3QIW7/3vexF/ut9RxIeLobL"
        "WdLymLrTX+tDtlL4gJ8ikRR3Ar+Hfu/OL8VrX25dOx+v/bnaA37oPuMhn5frLdqW/sYlW+NW"
        "lhev3pq4fPSbiZGMzp0U7Y2DMbyXIkz/FY+0rYb3MsTwOJtxPOj2X3ZUq12BQNXlf/AjjYkQ"
        "jeXewjXCBSKBHLPwLI2v03QE8gyev8aXt59az0JbpGX3zjJfcVlSc1QdvHymqLooR6/4dILA"
        "1xA3rJ7d3ELjgXc55zDlRR+PqX8N4iK1h7pxKq7HEwd6189EiEv3GJGPJJJQ+tpHyESpkO4U"
        "CO05IrnlTLE+nPfwRoPuONLwZz8L+pk5lZXhvYFTgb7/KLTTB3cM9rsMdNFUvr/3xT4AH7O9"
        "47rLy/MPziWpfOH8NNZE/uM6a3/nnZzWfWOy4A8ermxzWipzW+NSuVAfUaN3W/DXRni9n3IB"
        "h0Ik4P/I3/pz3+R3fpF0DPcDPnk3KZQH/dkPseSCpFH5+t3RnmiUBMN5DZGNtFFz1pT9o3e5"
        "9dTmrNf7rr4+yh1NkNNOz4/RH1ygSzzgQiuO60da/I3/oWTJDvgzBB7I3edsl44SE5lmVImz"
        "YZ98B3kphyJF4kSb8WQMtS0K0OBXVX2/r78erS0+iIVCKboEJ5AidrSFCTYlhbrHOAb9IpcO"
        "+e1m63aFfRLaaHwvQU/cjwyamSV1RchvwbBWY6R42W2mDHtjyredqhSLHVUmqaG2YrhCf+OK"
        "zpy1xsds2v5ZN0qLzFBAafziVyltKqHAcRSKo1gZf4w1VoYFMxPpd7yL2lJVhgrlQFHLDiXa"
        "Oc6NqbeHeFZjtgtRPIZP54y2YxUNeeI7KuihSXe3i+6AfuZTpVVbxnm23/3sl+vQZ29Hskyj"
        "AtMHtYbxKcSHkS30zAoKjk88a5HIfcyf11GYjqGfcqx1dlL9LEuGcwrBZ3zm0A9sBFGc3Hhv"
        "pEyGvp4hGnfXMbIM5bcfsviyJOwxnvOKJnLna98NuvJWHC8JjlkxR9iybseFH0kMlcJjIS8M"
        "5ZP3He3O5AJqkfozHk7Tk6IBr6dEtXSOgS5jYxPyWnEv9m3LtGP2m/900lxyKwLez9znZjLo"
        "2SUXQx920njxIpf8SZDnVrRMEXcpv+oEBR7ZJ6D3Lt0pjJaP8jOu731MDDL2kwfm7zqifyxD"
        "yFORrcaPB+QJZ17Zlx+++4KjZEHHo45bau8xgA9kVL5lh8/68N6XdYZ9K6gDje2moRpPsivu"
        "TcXY3N/91aE39zRtZIPd9c+61uxELtPuvdKCX5eaHraQt4Dv9R36+MMnr//CBZE8kenK9RqG"
        "8X77d3515Ev3B//yv2vvVMibA1+tIf+EG/AHly7rm6gM+uCCDEub8pySTtegk7inwsegfyoF"
        "zzZ82ierHMbN6P2ZjQ645Y8a2pnRdOCJ41F7v7fVx/g2nJ9BqjETbaV71e/Je7+Aqo3tdWML"
        "jdoSbdajHfvVx5uYG/LyQwLdBuMai6OO+qOWW7o2iZexpzrelO1uX+tX3KOzxiYb9qnxokzs"
        "dLLupowqbqxoV0vObuRPnNP4i7cSvq+A4AjaKX/iuZV086VnULDSh989y9hCublNL2scRAb0"
        "T+BfdxruN4tbf1CGc4DKEyVsfxSeR87PpkcxslRhOm/iUjxdn91TuY2TnoCu244OSedZ1aAr"
        "zXTos1Diheeuuu2eWZug+uabo3ZO4f/maX+YQlvk3X1PZq0e9O4QD9BgpxhF5KLg8dO49Q7o"
        "RUtCyPOlOFDsvlGoHoIQuRseG1vXoPdTZqnkKE5Ccxso54u6ibbmtKw33mK7ssv+4uOtvR3q"
        "/spRxRIXyTJGbRU/JQfsA97IQeqni1R/vZ+meSF1KRanRcQXs+hRQ+LdrUPINz4WAyxVqdxB"
        "3UgX0EcZRNPTQ1iIa3XKL1zJ0tVJLModf+Lj4fveus/W8+L6uC7SfqEgZD1cCs1MbN1f55Eg"
        "a07VdZZdd45ROdjD69gDPSGHqQZ6QpQ21l5C+dOdiGgZc89uAbldJcucVcAjiYaRdcMImWcG"
        "/Q7/hD6i0u91crzgtQDNyuzy+b7WPIuBbk0TDfmWjoj6HLMET2Jucu4ISapzcR2naFEvuOts"
        "t7nUYqGvA6z3qzNyfUXv9yGCvJ7uR7ui2MmPauveno62Q86zm8TDeQMN7dfadtArgipYImB5"
        "vta6VIXfE6TQI+hkW+MffFjAc5fXcwm67ZPYi86dcTN95ZmgdesmXrSRPyrPwfPh3JO8LVg4"
        "7Mcq2FsF3g07z3S/MSvKdZllpMh51x1xntRZADgzPvFz9hJlhVDm5r/0q2NeMhf6UEQSahCF"
        "UM8fV1AXxPmYbxxnfJr54zSB1tQqimXEVSI/5u8OnZ5mfSAZQXmm0uZkGO6AIzTYtZni3zrR"
        "Hiu3EXFxu3vXV6s+pZ/7HHhs9xvA8bAfGyjK9Pt7VJy5L/5Cgdttv77X8YjfH1/nm37tUwgY"
        "4TQi/XDei8+P8LtkEEoHezL00qPf4yK5e+4Pr3Ou7/WvJz1FivJ5/3BOhv2cV2oasqqoIFGc"
        "luxKMdPa/3aO9PtcCxdb155q+MWfT76Y8lfu9T5WGwUZpYCfEnH74/e5HrUr4DcVJ76lvurW"
        "WrxeX+eVP/dT3jpveZgI3+e9IM7G9HXez8UI+mQcbCJR+3yvIAg/79/Rem3fnokK4wdeq1xB"
        "D/rnUYxOMeePRzF+xLdDMbeFmunPcJZIrXgU0Mc6qpn5xPtEetQbwAx4LYb4jwIkxHMPvtcW"
        "SF4WycQJrUZKtXEIPIZJuCIv/pFW1mv/4byXNi1Sn/lwbvVyz32TlKxCBFurvl7gOfj7jx89"
        "wyzLSvLYy595Bn19Pug7hCgR4xHS1B3oRPM6apQzhz/3z5zAFoHnLfFwRbE9vF99ZnwJfQDo"
        "dugHxOlpxOe7bV2XSqFOhFMY3m5z+9pRyc5nwgO5itfJSQP58Tpf67fb1/kor81f5/+sCng1"
        "hfnZBxT+a4uCwK1gvf/F7td+hQ58sdRhjayE9nSw6zRF+pddowS/7epOU75sVOg7LlD30tOr"
        "7sn78CSYZ6vZWoyWNNp87isBTqyYqF39dR+Rt4CPp72DHGKb9J0HgYqH/PrEgYzGcwNZzw3A"
        "3VIqgl84Afz8jOPI/n8dZ8iLL/9Se9NT+XX+4ol3GL3yA+z5PIf2NQ6Sk59z4Djx3MwISUDd"
        "oMMSIZEoDOcTJHlUDvkfS2eqpn/sIDLU4L/zxpaFK/LiCwEznOozqCfaOLpY7c+5HyTP2lLG"
        "wzku4Hvwd3ihG7ifIoxe599OxWnY37bWlkSGvH6+9ifPu0aLuf6M5WR4ZwB16+DHwvUMy9Be"
        "12zYFwuLeJUQ+3kczitoYEPBHZPPv4d4XcN6N3ZxY5/v9wnozg8WKjH/vKJVomVE8jMYB8q4"
        "gPAaiEWC+Ye/J4DnnpZew3hb67X/9jo/Ppw77vIAEXrM8UJXxzEnd6APAASv+rk88Tm+bdZ6"
        "L4vDPug/n3+p8fuPOj7/guP//j8GhbBp"
    ),
    "esp32h2": (
        "eNp1e1uTqsyy7X/5XlkRqOBtvVVBcRWwuAm+7FBUbirQqAWeOP/9JHa33b3O2jNihoFCVVbm"
        "yJEji+r/88++bf+nzZ/Hf/49n4ii+K/PL267j9s//x6PFhNhMh+Jo3/9c9jddv/8+x80/FMp"
        "vXWCrqvi/EOWt0aNsaDtR8Hm9rFR1d73uw6HKE3nxc01rPXCyYvxbWe1E23VWkZ5WfreSNyK"
        "Ytqk2tpcPmiikfw1MiaYeAilmkRjE9OWyMiyUSpimUmfNzDmKmlgyBklUocinFZrJcrL3e2w"
        "uS1O1URAqeHMnUeiPmThOTbbneZ2tmqZKT4H++XEyNFuxwuufu82PM8/bock93S3VO9+si2W"
        "RWlP65zoN3LODXc+oSsbMUXZRfmu6eb7OnLRY3y2AheZeNpocb9++FNub4uetsHPk5wxIVw6"
        "4IoyUGZHp+bM9YO3S2k/OZq+1Ni0uM54UZskcZLH2/FNloszH/jNo/Hq53K6isl9vrxKi8d8"
        "rp7qtuLyYzarAjZfUkWLU+Ic5GBy3Gwn3F48mfppG+7ajtDcPHkR39dy3TtB87ykJf+UN+Ht"
        "XLbMKgRhNOd5N4o9xRdm1Z6TL6u1GFCmFpVLdL8yuIBPxouiWd6Xq8isNT+739YeUYx/PiP/"
        "GxHiaDSfLf71z/F6++g/vxoLI1GY/Ouf27GDm/6hripg0UZ2fyQU7dVSTDSELa2bLYspl6Bz"
        "D5F0jijFOq4kJ8VMcjG/EW7sKFPduWJ2ObBOubbi/opWWCLsJKCJXXcM+biL0d0y+3PvoJpJ"
        "UqqHmi76E6ybiLrkwj4Sko6QXI8o0lvXZMP8LEGS1Bg282SqWsmSST6GnwnbEGQkKULyNbWQ"
        "r890gmB+F8E8OkXrmhZIorgtUe5iR1MYKqo7Rai8eC4hgD30Wmc62keS2Wgfx52PU2TFzA8R"
        "UpS0khR3ZqlLlgu4stFrfZKjYpa626mjuelldhbX2pl5flbGxjW5Z9v5LkKLQyTFioaPjuKC"
        "Hwjba3jlaB0zJ+fnLMqCuNBRQnRGNWxaZMzoyw69LwRJmQhpcMoeU0tFqCuUW0BstgO/Wlec"
        "XuznVLk86l1LK0G5Dd+b1mCPXIuxrvepKqFQKVkQIckpb2nubj92EWdZhjtzyJR54O+1mqVe"
        "LbQXvmKxJukX3n7FzVY7lmFC9+o10QucJuDfE5JdSxnsyJxkiCMdrls0Lop7gsCv2A0GP0I8"
        "PpAdd/sQDfFke0FyJsKZfeKEOiewlbg224D/VpbR1maPLeLS0t3tjxBv7HTp3tHri+FtHeKi"
        "i+xOSxKLrYDitRaic1H6iWKP4HlsKZiK00Yfvi/zbOPsbUZkY1SSdJYQaXtZ24CX1LEfS753"
        "t7MmkoPjYD9ZlDh3bYPQ8tJ7NMzA7kgHE6eilC45O8SnCruHjVBuEu68swim4C85uWYE+e4p"
        "4ld17GMYO55GCsK2sjxxgz81TCUF+xO7HB8UJE8MKQ1mZ9fFt3jhj4MEPeK7iedNdCXWskgu"
        "/AtHePArKyqUIIVZQMow7rJ/4QDNAg1BPiBXMXs5MSAf8qe0N83Ku2fSTG2qQDZoifw2Vp91"
        "gl7412VR76UamWZAWIlkA9wMcVK3FP3/64awUoriDp1RN8RzEqGXHzAaZxakyfe1hMY0IIv9"
        "qVCLiId8Y/L2az4iwzwRlZONAHk75KOF2zjvjK/fLdl75atunSEfBRzbCJ5X3vmqy1e9h3yV"
        "DNKWGCM3KaA8XJG0/oDx8k4eeECSjYCiF27AXxlFale/ny//l+cr5BL1mX+oq9b7WgdC85mh"
        "WOXm+zpdrA2ENyRCgNEtw/KS2ZpCJdllAdLTw6EQbc2g4Cc/QCw9bYuJrkTxREpXAx4kuROP"
        "J5hHceeWsIBkw2KptXUC81pEpFKBTaCiLuqQNFe/84A54HlTUb6vRefaUzTEA0PZXBGj1dUu"
        "b8hH5X3hEqDwNV89SkgsrMcIeAoFYTEVAeMx97xBPMgiCNHKQHrpffEanibeKojaWDB0F7FN"
        "exmVH9Rvp95T2ZubNlXHzTBP2ee+ZXYU+JJ4h1L8mPMs/PCIW2yDQPaqvZN5O+Wb7yunPMz2"
        "BtXPnhciY7soz7l3M0xa3ntv9Mqn52Ec4OxoJZ5+WcfcWEDbb36WWUT843n8JO5h5OMAWeL+"
        "+M6/ediRSX263ebJZci3bLQ7pKOThraO6tYj2y1mER8GCp7Y3DKVde8jOcN9rls7SrcViyKN"
        "33mU8p6CZ9bqBnViySdrcc+Z2JuF7zzjSkyCDx2NyzNCwDstu/TlXH0Eh4L3EgWRTZOZM0Ov"
        "Ntj9wfvSrA5Y/eJDci+lqkqeGOpJyfZMvjge8LvcQd0iLKCy6oTLFOqNUyIURD1VDTIqXcnb"
        "GwbeqANvKJipYOfEGe0Xr/wZ7xMIw4daBmE12PWNE2TLXziRBEN0AbxH7SoK8itPoD6uqm+c"
        "Y1i6qQAOego4eK+X76UUEVdnuwxBvWgprpB+VnA7ez/Xz39wXSTOax40C7Xr9Gv9kjz9tqey"
        "8nceccb7d7ookRLHA2+R/Ckn5RBHPPIOGknAvx/6i6+qybqpynvuPjXCXHLdKiRmIwPrttYh"
        "9Tab2qP+xG2fJEPGgL/tm9+O3jFMqLnbWuyyhc8osnCBWSlFBOrQ+KlDHQdEOKoCfpdbOgCs"
        "BuepOJXycxqAzniqyLG82WluAg6RRih2d9cr4IygvSbHpd/TXzz5xhNH/KyDPBNOgiwGhs7m"
        "JYI6yp24/CyMtjBuhJQOZfSQMMfyz/zuyz8yEvLr4b/UnZd/S/GgXbedtqo2fbZZX0Afvflo"
        "ATgrEcSNQNwgYG4+I2kQDPz36Q8km3D9C5/SRK+C3AUeSINw4EP5xYfWukrHCeB8GKfbMKiz"
        "r/pL5mrQutjtBx6oi/SYkCA4vnAYT+dXhDKlDDZvfExopNwGPSg5oJx7xaW2ghGsC3j0G9d6"
        "2Xhe+uO3ij/KZkzBnkAwKxf51fd4UjqOz0pTuT/xteTArC62G8x++NF2fMxfeZ1V5hUrV8CN"
        "LwXNAfRNKjtrNuWbS/aTn5geLm/eBP2kBKhzF9FYyAKoDesStfypRpJ14aBeb/lRpPfeFlmz"
        "4FH708JYC/1pUZiPElUMb5FnuRJFhV6UWO/zLTznwLUvlc0hDRLsTtcTh+JlmAZmzBURSq9a"
        "yZfT4T6HKkXBKtCLG0TlYwj1Gw88VUeQD3Hgn7tv/m+w612Eij1MpAcaDk7b2ysPUZFDQG7T"
        "L73ZmS+86CLTrpWJQJ/ckl0D9rug12AQRgujgPj2okskq01dVJg1oaAHM+JZeeCSQleJK9z4"
        "XDju97Pb9T6ejrWmOheLIPlIR8B5qnPAfSq7QMzpmJ6hlVN0lmNYz7akSDBh/u+4xGYju+L9"
        "RMSLgaQP02s771lFxaDT5YtFl2h3cyfrzGWfPKLPKu1aW0qFWJ4Fm7YEXQlNgM89Zpk7sQy4"
        "390uZtHAa9i58olbPbOgxN/z6ebmhR991jTXswkc8gv3jmSls4N55aAvONXeswa9PfQrG1s8"
        "sxi7laLoP7hDlago6I1rGRWAExGJL9y/12etcFO8+BC74lghLIQEtFRoOQb9R6CvmaKXjsbF"
        "7DEUsgLyxdYlJBfKoZhk9HS4cY5bP3YK5pxTx7NCRvdjsj850C+YGXOLM0iBRXnKlImjLNGr"
        "n7FW++MS/KEulW0x0xPrCvVIftBRzO00XEP/yOTRSl1/ZEwy4D5liT0bPuUlzn18Quv5fhLC"
        "9X4pF4DPzzp1fVCQo6GZ/fjrA3Qk5FnzzjNk3vNs15B3nTdN4Qw6tBRPGrlYG+yJRQo6NQuC"
        "0I03eQN2YZ7OYo7TQM9ocbcerXNl4KfMjUbBT50Y3KBWH3A/erjqLTgV5OSLC9e/XSxoL+LP"
        "defHHv+2h5rf+gejcm6NoRiOXfeSA76ovAG8aG4hxgnpYVzpRI8xd9SQNdjxHJEqVOpdMfgF"
        "L8kM4oVssYtGi3rwR2/MvvWnKtkxo0piDDzBBjvsww78OIM+hl1H4WVdZMz0cf95fTQszUJC"
        "oZ78+3f+UvX+bWda9JP0hf874NDpv9blKW5vWdx0ht2XbpjZja4oEvqpnw9qlamryjq0Q+kr"
        "n60a6qdsVoSmfY0Jsj6QK3ObyTQRzp0T7acH4FHZTAhVQL8ueJ7fMiTvXvVWeum4dJFARYQB"
        "jcmZQX+qIKme9wz/zIvTs3zN0kUwQsZVkX94HrVjldeIZ3eQJz/fo7TNOmKWh2J6TKSmDPws"
        "/p2faoF2FNV7qB/AqCP4PJyC9WnP+XiDrO1+wXVHlbd7Dyruyy7Q2RTdklb2QNRnEEflUaky"
        "TnXp3T8AkR6hD/QpuiSK4oYXAXiqRKZWAJ6VX/nf0PNFOOs2spFiZsCzOYV6HdM3z6Ym9EGj"
        "QG7K5GVnzKMrmlpaue4LdKKI209edodg76fdxy+7k8R1HII5iKcoL7g9Pw4n1nZJpTP0/yTD"
        "DnfWnWumX+sbB33psfGxIC/Y/ui6kP9LW/+s8wzqfLyGPn3QQ8dDkYBO9BP0cVQDd3q9pIs4"
        "QrrmwOcV6ddGF5GGAJcpYt19aykxYtt7PPBYAD1O8uZh3eA+84aXeZ6DfNOEAnqy8nvdjLTG"
        "FnCHIxUk0md8/W1CP/Uaviv74JXXbC8CTh00ZTJhoqxBHhv35zEY+i93QT3gv1SGuHXY7NgX"
        "jhZrnh/q7NEV6qakL7yXfDJCunAFXfXyZ8ypESoHHbf7xMuXXbpGt7OwQ3UNegl3JIsXSWfY"
        "4yVdHFxPXeIgOjzmxwjqZuZOHa3rjOLiUIIWwOvourqQZNuBvXjYB4qRpQaRcge8qsHnet78"
        "Y6jKb//oGhAjizZmu/vyB0rXhaG8/aVK2/v3uLAewK/rThz1m5/NILRbmMeDevK5foz2xpc/"
        "TVw0Q13Kz+/5YmWHXar8xIeYr2t5P8NP0BswrjGbqtAfUOzx4308yfcI+EHdfc5nBJtpOzN/"
        "zQfaEHgd8rnJy591IXXnY4+ipuqA508MKAH0IT6bFeAW8ufP81Jjxmy8QOHuvW5RaZ7djoE+"
        "gv58b1s3Kl+yX79Xyhn8VqEAxvn0m5xaNFgR6t0eHPCuuB8NeEWI3dyj2hmIYFfamZeggXr/"
        "y//KTGcoIACXQhn7/K/xkO81hByDmfulf6o7cFgA/vPGv/z315+ibEK+0rX13MAok0X11q/r"
        "ERj9O07pRmpI9qqDX/7RcdRU1GVIO0NdW7r+ZJoOn9+/W3jyvf5Yov+RR3JqQJ9Vv+2XUqOD"
        "fJVn33mWGtqFY297TiPpjz1Qkr3G/GOPhWlTNU0Wmj/4kZdb5qU/eePcNpliQv/YCznUZ3xk"
        "FnSS799FFMhudT8BP9qub00gDRxcEvXtP/m0+T0+U3zwZxrr+02eqfazQKCLpZ1aitGKDPj6"
        "GhdJOp57X9/nP/OlTnK50I21G3geZJAfbOob1N/5nsve+mP9rT++1ulgxayaP3kJ/bayXVmr"
        "JpWXij0LTpHXFLKz8JiWFep64kGfPNTPCo2M233dHtaL50GvQHddCF0lEQXddVhfuR76n5/4"
        "IhYfRi9/kPHVgCQzrOceWiLdkNOteYZ4ELZJ5e/7CWqmVei9n1exJuH8Hc9JoKxs8SJT1f44"
        "oxV2u5TGdfLiY0yfhco/uXiaQvPL6M9zCC0WUO+x9B13RGDesAqUu65oKkbcubcGvhl04n7L"
        "L4sLq1S8gXxOSk//lW/ySMtMpL7xNgI907vgBBpe3vxlU4tIv/EyLuKSytnmmJ8nawCkh10W"
        "XkoWGSSbOI860NVv/nJkV9+lyrY3o5YdTYrCS8z7H0h21HwkF/PktGBBoBPjm1+Q8c5r7Cnb"
        "5yyw90fs8ipfshrJ6wv/tgtXW7a1YMznJks24k+eRv+RpxJa/WeemuijnRxLkNfQr3hGJ4bK"
        "a39lN5k1v+NN0PZw2Lz9rvSNUdWej0NkJacx3tWWyT0Wym5in8/A54dTuZ7tj8/DmGLwszuf"
        "O1pGcHHkK/TOe4y9s6YdCDuDG37Wk6Lx7ryeCAx0S8YP+z8Bgvqo6GhUt3/WIyMd8sGs6l/4"
        "R1kebJqM/MK/pDZ5Nf7N86luNiv/l18WrqNxQLbbif1YMl029EEvypjEVkkHvUiH6+ugF5vU"
        "lWSzJBT1LSbr6X5/fh4jMj08zpNXHoGdYeyenjy/vCLHmte/ce8gwz9M8Od9k7c9zq+8ZysP"
        "yo1CbLGXqaG0cjAuxLok7S595rEL+spqoL4YXjXgmHkW25joG2eqfKdHiC/g9wmeR996xJGe"
        "kL+v+99+Wd/Mswp9HOS3/PTnLUtG9Lj+OPD3N68LUmOsjqM/PJhal/fv09lOCX7VATUZ8jF/"
        "x2cq2lo+5Yx++o0j+fLmR/wTx3lspQz8/On3b52uvnQ46htMdKuhLpJNRih/vt0je5r45wkX"
        "uZ/7onga4Aexiy0/Qt/jp/b98PieV5X7phr/4ESSd1V1LXhRuM+r6/mxUdR0dFKgr70sUyl2"
        "Dy6OJ+toeE9wJsSXcAL9MVWQvwPdFGsIZ3Y73U+QsllXNImfnuUsqTy9CWPQd4cCtC3SyOQ5"
        "nsOnBXp8EeAiXkC/Cf3/1340bqF/1jVDI+NlKFvBDSHfXfv8Ke7f/TM/7DsP+06vfWepyTpL"
        "x1Rvst6ioHcNzFkHzINOvThJB4sa5wmSgsMydDfrUtxqSLUjzEwplR1tPOy3Qw+V0VjFz1mE"
        "xgHovUDRO+kKKo9HywDEUqzlNDaKiU0w2xcXuuehXyoIyMO8iv2sTxAZ+nG6Dg2YbwP8LNGj"
        "gctdqE/VC+A9wvwCuxsr7CiC+vd6H/LMZrDuwW+6IGUpjAPNactAj6N1hB/iy7+UJi+79ClS"
        "eVhfzRBo/otwCjfDfq7TUaK4TJFRkGN3pDgx59+x4dolKwR+vt4oqarkt4lTdkmEzCZKl6mG"
        "Vo6GS6XgsgRf6hPGYqyt60AOaYBUC/xCdjGmB7VksV5Okw3YTzt+PA1jE73mRdBOtY2yNRxt"
        "qif5UwpLr81e79PM2st2PvTLVPIz5O7T/kByZF2xnhVnB/qnYHOuDEfhTlB43MnaEndTqG/P"
        "jqFZllrQ16SyaXl6X0d4J83kttorqrxTYn4dIGmnqNXMKPLGR6PAgcFgvmR2caz9/iE+D10i"
        "W0IaI17jwHaSr8xIsFa6V3fmxYqLOo1xWh+MiWe1tZ6Nw5OB4tL3XGIYbVm+9pHrzbE5M+eK"
        "xVyuR0e9ZScB6tI15vZXhL/2N1XQegH4wQwvTb2Ta7bTiQj+tWKtiy3uHIdXfSZfcvC3LnJC"
        "ltnCkiXGtEv81/PEOQNuz9sBrxQVEvhd7yuQ2FY7XMtpgNb1ZujjUxynhZ5udL33x7lkXYZr"
        "czVcfyj5cH+cAwuNu6yd5U9zb/Zt4XS3FRm3qx1T5sf41l0ml494f4tf75lWbdU/AQDtsD+y"
        "Poxe+6sQx4zRJpNmRltdJplxNtctlb0U+la23DmT9dnLiO1NLHVX2MWubLWhf5bX1S4fPvmq"
        "8lGa/9pXtdFrf3usxfzpqph/98NGoEOrIPi535QpEU6zz32dQlAMO/JSdHAndrHsaC4VdjPo"
        "NPdpz7hU9w80kKxJ0wBYIykzBz8h6GvGj6miScGtUPiK/bEHydqnPSHYo13lOvxlj4z6zFop"
        "Lpakzt5LTA1dz/K2iPw8L8kGYVWIiG6ScWUiz/JdpLou6PHvvi+1Ehd7VlAPfRuH3JgbXyX+"
        "rMVcrUnQ948R8TGj8qvP1gNNnApXPrdCjKTQFTe8AXajSb2KJ8ZK2oLfOnnmZpY5xeFyM7VW"
        "C7S0JOlnPn01opJpvurM9zqefWPF7HCmE1vDgVF0u1Zk5S8/I4mDdYMOYev3vpe9yH+970jC"
        "w8VwOUtaHlN3+mt9yFYKH/BTJJLiTuD30O/d+aV47cuta+fjtT9Xe8AP3Wc85PNyvUXb0t+4"
        "ZGvcyvLi1VsTl49+MzGS0bmTor1xMIb3UoTpv+KRttXwXoYYHmczjgfd/suOarUrEKi6/A9+"
        "pDERorHcW7hGuEAkkGMWnqXxdZqOQJ7B89f48vZT61loi7Ts3lnmKy5Lao6qg5fPFFUX5egV"
        "n04Q+BrihtWzm1toPPAu5xymvOjjMfWvQVyk9lA3TsX1eOJA7/qZCHHpHiPykUQSSl/7CJko"
        "FdKdAqE9RyS3nCnWh/Me3mjQHUca/uxnQT8zp7IyvDdwKtD3H4V2+uCOwX6XgS6ayvf3vtgH"
        "4GO2d1x3eXn+wbkklS+cn8aayH9cZ+3vvJPTum9MFvzBw5VtTktlbmtcKhfqI2r0bgv+2giv"
        "91Mu4FCIBPwf+Vt/7pv8zi+SjuF+wCfvJoXyoD/7IZZckDQqX7872hONkmA4ryGykTZqzpqy"
        "f/Qut57anPV639XXR7mjCXLa6fkx+oMLdIkHXGjFcf1Ii7/xP5Qs2QF/hsADufuc7dJRYiLT"
        "jCpxNuyT7yAv5VCkSJxoM56MobZFARr8qqrv9/XXo7XFB7FQKEWX4ARSxI62MMGmpFD3GMeg"
        "X+TSIb/dbN2usE9CG43vJeiJ+5FBM7Okrgj5LRjWaowUL7vNlGFvTPm2U5VisaPKJDXUVgxX"
        "6G9c0Zmz1viYTds/60ZpkRkKKI1f/CqlTSUUOI5CcRQr44+xxsqwYGYi/Y53UVuqylChHChq"
        "2aFEO8e5MfX2EM9qzHYhisfw6ZzRdqyiIU98RwU9NOnudtEd0M98qrRqyzjP9ruf/XId+uzt"
        "SJZpVGD6oNYwPoX4MLKFnllBwfGJZy0SuY/58zoK0zH0U461zk6qn2XJcE4h+IzPHPqBjSCK"
        "kxvvjZTJ0NczROPuOkaWofz2QxZfloQ9xnNe0UTufO27QVfeiuMlwTEr5ghb1u248COJoVJ4"
        "LOSFoXzyvqPdmVxALVJ/xsNpelI04PWUqJbOMdBlbGxCXivuxb5tmXbMfvOfTppLbkXA+5n7"
        "3EwGPbvkYujDThoPPXrJnwR5bkXLFHGX8qtOUOCRfQJ679Kdwmj5KD/j+t7HxCBjP3lg/q4j"
        "+scyhDwV2Wr8eECecOaVffnhuy84ShZ0POq4pfYeA/hARuVbdvisD+99WWfYt4I60NhuGqrx"
        "JLvi3lSMzf3dXx16c0/TRjbYXf+sa81O5DLt3ist+HWp6WELeQv4Xt+hjz988vovXBDJE5mu"
        "XK9hGO+3f+dXR750f/Av/7v2ToW8OfDVGvJPuAF/cOmyvonKoA8uyLC0Kc8p6XQNOol7KnwM"
        "+qdS8GzDp32yymHcjN6f2eiAW/6ooZ0ZTQeeOB6193tbfYxvw/kZpBoz0Va6V/2evPcLqNrY"
        "Xje20Kgt0WY92rFffbyJuSEvPyTQbTCusTjqqD9quaVrk3gZe6rjTdnu9rV+xT06a2yyYZ8a"
        "L8rETifrbsqo4saKdrXk7Eb+xDmNv3gr4fsKCI6gnfInnltJN196BgUrffjds4wtlJvb9LLG"
        "QWRA/wT+dafhfrO49QdlOAeoPFHC9kfheeT8bHoUI0sVpvMmLsXT9dk9lds46Qnouu3okHSe"
        "VQ260kyHPgslXnjuqtvumbUJqm++OWrnFP5vnvaHKbRF3t33ZNbqQe8O8QANdopRRC4KHj+N"
        "W++AXrQkhDxfigPF7htC9RCEyN3w2Ni6Br2fMkslR3ESmttAOV/UTbQ1p2W98RbblV32Fx9v"
        "7e1Q91eOKpa4SJYxaqv4KTlgH/BGDlI/XaT66/00zQupS7E4LSK+mEWPGhLvbh1CvvGxGGCp"
        "SuUO6ka6gD7KIJqeHsJCXKtTfuFKlq5OYlHu+BMfD9/31n22nhfXx3WR9gsFIevhUmhmYuv+"
        "Oo8EWXOqrrPsunOMysEeXsce6Ak5TDXQE6K0sfYSyp/uRETLmHt2C8jtKlnmrAIeSTSMrBtG"
        "yDwz6Hf4J/QRlX6vk+MFrwVoVmaXz/e15lkMdGuaaMi3dETU55gleBJzk3NHSFKdi+s4RYt6"
        "wV1nu82lFgt9HWC9X52R6yt6vw8R5PV0P9oVxU5+VFv39nS0HXKe3SQezhtoaL/WtoNeEVTB"
        "EgHL87XWpSr8niCFHkEn2xr/4MMCnru8nkvQbZ/EXnTujJvpK88ErVs38aKN/FF5Dp4P557k"
        "bcHCYT9Wwd4q8G7Yeab7jVlRrsssI0XOu+6I86TOCODM+MTP2UuUFUKZm//Sr455yVzoQxFJ"
        "qEEUQj1/XEFdEOdjvnGc8Wnmj9MEWlOrKJYRV4n8mL87dHqa9YFkBOWZSpuTYbgDjtBg12aK"
        "f+tEe6zcRsTF7e5dX636lH7uc+Cx3W8Ax8N+bKAo0+/vUXHmvvgLBW63/fpexyN+f3ydb/q1"
        "TyFghNOI9MN5Lz4/wu+SQSgd7MnQS49+j4vk7rk/vM65vte/nvQUKcrn/cM5GfZzXqlpyKqi"
        "gkRxWrIrxUxr/9s50u9zLVxsXXuq4Rd/Pvliyl+51/tYbRRklAJ+SsTtj9/netSugN9UnPiW"
        "+qpba/F6fZ1X/txPeeu85WEifJ/3gjgb09d5Pxcj6JNxsIlE7fO9giD8vH9H67V9eyYqjB94"
        "rXIFPeifRzE6xZw/HsX4Ed8OxdwWaqY/w1kiteJRQB/rqGbmE+8T6VFvADPgtRjiPwqQEM89"
        "+F5bIHlZJBMntBop1cYh8Bgm4Yq8+EdaWa/9h/Ne2rRIfebDudXLPfdNUrIKEWyt+nqB5+Dv"
        "P370DLMsK8ljL3/mGfT1+aDvEKJEjEdIU3egE83rqFHOHP7cH3QCWwSet8TDFcX28H71mfEl"
        "9AGg26EfEKenEZ/vtnVdKoU6EU5heLvN7WtHJTufCQ/kKl4nJw3kx+t8rd9uX+ejvDZ/nf+z"
        "KuDVFOZnH1D4ry0KAreC9f4Xu1/7FTrwxVKHNbIS2tPBrtMU6V92jRL8tqs7TfmyUaHvuEDd"
        "S0+f+3378CSYZ6vZWoyWNNp87isBTqyYqF39dZ8lx4CPp72DHGKb9J0HgYqH/PrEAUbjuYGs"
        "5wbgbikVwS+cAH5+xlFl/7+OM+TFl3+Z7fVUfp2/eOIdRq/8AHs+z6F9jaPL+59z4Djx3MwI"
        "SUDdoMMSIZEofJ5PGJVD/sfSmarpHzuIDDX477yxZeGKvPhCwAyn+gzqiTaOLlb7c+4HybO2"
        "lPFwjgv4HvwdXugG7qcIo9f5t1NxGva3ydqSyJDXz9f+5HnXaDHXn7GcDO8MoG4d/Fi4npGc"
        "aK9rNuyLhUW8Soj9PA7nFTSwoeCOyeffQ7yuYb0bu7ixz/f7BHTnBwuVmH9e0QrGGUl+BuNA"
        "GRcQXgOxSDD/8PcE8NzT0msYb2u99t9e58eHc8ddHiBCjzle6Oo45uQO9AGA4FU/lyc+x7fN"
        "Wu9lcdgH/efzLzV+/1HH519w/N//BzFPrlE="
    ),
    "esp32s2": (
        "eNqFu12TqjyzMPxfrlPvKpiRGXFXPQf5AoJGCYiKJ0+NqAHRwRkd+Xjr/e9PB3StdV33vvee"
        "KkZCSNLp7+40/99f2+v1/17zdv/Xf41eX2z7X/2D28f37a//ejFHwzfr7fXl/V9/7T5uH3/9"
        "119I/7lS3uoh5641+qZ0418wHnpbM17dvleu2ywWdY2XSKnR8Rb6IrDn+fHl9iGur970Kvzi"
        "PF5EprWxLPWlvGAyvsvUY3k3M2aYRQgpj8hkguWVUSRmSFmYVgThqgodFfs0k4zUaI1VGTgS"
        "Rnl58XHbrW72oXwdIuXPR/N76t7psH2ZXD+8sJ65YqLwKd6OX/0cfXwYw5D/1CvDMO63XZpH"
        "PCzcn0W6OY6PxeztkjN+Y6fcD0evcjpDleN8rPOPr3q0vaxDdH85iThEE/z25SVNcF+8DbYz"
        "K/JWuD3QrBoux3NARRE77/v5ZTAJ7sasINvX/WRBvmby+PluWN5rmqR5snm5UXo8GfHi6/4V"
        "Xdrx2zRhP6PxJ7Hvo5F7uFzLQb7P3su4Go2l4yWKzXc0ft2vNq+DrXWY8MNm+XGtmcwnh2ht"
        "NBd6aebxV3tWhdHS1fJ2Kq6VOA6H5sgwwnUSOYvhe7kd0PM0sGJZuccyZHxR+oPYSF/s49f4"
        "ZzxdTy7eIvu5BRFz/L96yv/JEe8v9tiy/vXX/vP23fSPxubbu23+66/bvr51TELHgVFtjKNd"
        "fksfnSeCSDzFNvIzVHm2YQPRiPdmtHBVFasVQ0gghVhBooYPxT3G47vRsZoBL/PJtRtvMROT"
        "NcPGoevjaTjFHA2r/9gfKcyuTNEDtHyEjIVtaH4Rh5ExR/O0MqcL6fCCud7IeElfKb6dkrOU"
        "q6PIZYVcJJFguQ8cOawQNGA8R4FpiIns9zMrQvNwN5qIWXRfYLLw8OBu3NB5eySNKdDhaMBA"
        "RBG/0EjNJtc2XwBcIrw2DfFKtChmr8DwVYhmNjdh/oHQ8580/t5WWh6EhjcC9CB20kiTuj/X"
        "/UOQmAIDnuyoOiCSSNFgkBzuhVEp8KqsNmumpEBFYiFURbyQiO9HhoRLFBzxW4hAphBXvs8J"
        "Nj8Jz97v9pev6eBwgohJYwebo2ks2NE7Gy3K1XGSoagsSipCiuS7KAoq9lNjfvQJ4Ku2DmNS"
        "IlaJEnaMcPdsaNgXZG9Pxss+ktRLjUbRO+a5WeCIZ+SKZeXEAFu8OxoRircb5udMVoWGTRa+"
        "r3GHXguH4onLFI5QoVYvh9gdH+w8BP54OdhIpFtDKoG+qRSYwRA6UUO6jzAxnVpxJL7oblZz"
        "kl1bg3/RLUrXHV2y66choR2+TSsKMGma13cb6DPFrKM5iTW+LabpQTRPXdTBNNiT/qLIqsOn"
        "8Rp64cAwLgBwbd3qB17fOrz6OQ/6tol0e5Pz7xDuO36nfAZ4FoLq5+Ii9kND5lY4P1YWMlFb"
        "ea3JmMSzkYwz2J9miPeOt+mK328u1kwO+Bc3H1G66HFunlzUza5q4LGE7TsZkJ0M6PcDyzgE"
        "y8y428pf4Im0Ew70pghfW07iijshBuqbCZmoCUC9XGDpM0fGNFTLD5yAYs8F2y9evRbeF1U/"
        "L+DnvQF+RJoXM+Ng+0JWdC55XgqEATfd0r/xCu83ngG8QH6NH+UEFeSqQFC/OTD65DHfnl7k"
        "HvSEfcpel94M3Uy6kGIM3DgfLJifSu+l1yfF/PXWNqWgeTn7cUmFcmCEYZF5apojPOphgL66"
        "wxus+Vmoe9f3/qvPxO+93tm2s33ayqxuXC+J9xkeUJDTCORUE0HDWyktrx28nT4Q+fWxf71n"
        "X6RFhg7fHZ9Vh4PB4ZqjCg+Cbn6B8gL0w7brJ9Tj/Bdu/pzfri4wfzOp/uC3b5jrrufSMq/1"
        "zR/zHf/b+QzOiaSAjoLYqvIRu3oKnZnHzwyJM8NPOOeYlUh6VodP9PzN6l86FFHLPVjG7/k0"
        "fXBoBLafrrkDO11RtKyWlxkKtyiX0gE7zasJc4iUvJEyBF3G4DnwWRBXc28J98CzgDwpE+hP"
        "n3S6IdlQBPLQ7cd74h4zzb/tH/gA2QMLDXZlbBIEeKk6/f4JumTmXZUDzkNFXlopTLZAFK+9"
        "G/B0nKMblg/5eOJpJsFegUcAE9STWPPfCfAVX2SHL9l8eJtif8aDNcg67PeammQuvTFm33mt"
        "tKpA1XjWLubsBYOBU8JGwxsW2O7pYwWyWiInDsG2uKijivfT4ZeqsbgJOV8MU5mr8Vs79ebI"
        "qxaw/Sn4PO89v6y40nwl+TXNs1ffK9Who0snfy/4cxAMOnubZgBvfBgaAHNFFizHYW2PnbLR"
        "NtZtQE/XKdgIuRWjjWYGwos4FYe1MXFiESLP7Gmu6l5n4OKr55eKk7mC+X7ZVvEHfw153NHD"
        "nJ1DM+P4PfHe0r1JyNbzy0WBaTDVcrm+Htd8qio6ldXDvtOoPaDPz0iMKblcQRffNZypEtJt"
        "Z1VI8WdhACOoBYxnwxOKLSSrYCIFv0Zm0Ey8pNjneKD5Y6H5g8aaPwcPeHp5aQ2wyxu24gI5"
        "JgH9797xNqKIDT+jaqxtBALZ1BsZBhywPheiMWmmYtROXvgUbEkTo6MCjQiSScAeASwnxN8E"
        "F6nKftnvX/KA1LzjcQT8zJQIYjXxYrgH+yKFkE3vo4yNv/swKFBAv4GdKR/defILfmDdemCA"
        "Pl1oHb0F90HrQi0U5n+U94HmB0Pzs21pee/nazr57+fv/TGL+KBq4IpMTInQunT48M1aowEr"
        "4NcRP0wNsAPA0x28v3/vf/v9vQ/04Md34gA+On4sH/SwxKnTX6DHd6hV105/70/YpAGaR+0Y"
        "fJUp2KFG20NRVKlUNprkNZGZKj1037kNv3hkQ3F2N8KHPRz1/LgCj9l1Ed5Rq55xVaXLz6l9"
        "ECM1Ckn6mat0Ia0xrbxTtz8naTBR6fvJ+OK5f0V7uqsm1W6CK4Ea/4pjLjx8KxKAYX5e5ljh"
        "ycL1mQs2cvY2LF9znm8Rs6agg/03MRWwnl8LB+0WD33l8WSXhe/Ms8QTL51+GcgM6MHB/9Qy"
        "tQY7hpnKtZyWohjOUAp66UHfXzKIUMrlU9/a2UMeKVr4PDWppLKTy8HhYQeAd598AXImwN9+"
        "fc7XkAev6uZD3wXwolHBEyfnML9VgH/TyfOsAfrRjn5dWzQM2qbWh45fEGBn3vH7Dr2hBY/Q"
        "7hwOpW9f1bkGXQl+0gk8LiH9b+6A/4XCY4o8Ni2nB+9iNPsFq2rQAxYedfqNiKTTRTYKMwb+"
        "srhR5ZU93NWxlVy3zw87H1La9RcP/RmOJMh27gcIXY8C/Eh/JFxYk2Q5OM7UFHqdYbcOFVJV"
        "C5yZWv9+9OMnql5uGgzPBawPuteftjDXum0l+LnCseRqMQ6bg/HVOt9CiEoe4F+Q0YvXng78"
        "ZOMmtvNFXY3pi0msOajfIBGOnYCbgXPQt1t+Mj23DT7FXax8ICS8W4KBBDfefTcauMyJAnjQ"
        "Y79U+4poO+p5aerxcpeH79yztIwJ4KVOvpomNBZGZ48F6HvQS9p/rcEWd7+gM/RvR+tOH5hI"
        "Ab1N/T5jT/rbHb3PYFwQ0fONO/s65R7EbzbgkxoUQNno+MqNvkF/WAr0R84VkY5u4yoD/2Su"
        "9UlAgB9wkT37feL9rc2iDxjPc/TgJ94U0Da1fzObJH/jty/dDnLdrr7RY3zHb33/Uftbs+j6"
        "t/nm5PqE57/l366flnq+Wze+65e6/Vu++vfZP+Dp1/8Nr6HHT6Pi3+UD8xLaB+0/uE2m5y/V"
        "Y/4gcrV8aX38B3wiQ3/2/zGe5TAeX3XbnPDHfP14pN+fkfzZDniqx580PBf57/OP9XxC95Pr"
        "P/p/w9/Rs8dnq+fv8P3P/SBLzzfV/l+3PrU1P4y1fenwh2PtL3T80s0Hpvxpf6ad/REaf7HG"
        "rz/JmDeNYPqwcvgnm/uZRHDZcN3gOvhZ0FCInj6cLoadgT1yPsYQ+UToAPfRlGDXD5Oln81X"
        "cH3CZfi4Qo7R63iezSM/E5FTGdZ9LnUceF3HFE9JsvCjZCEq8zLL+eLS8MXdHsXoVkAk75c2"
        "V2rHjdnRZRB8F6u1sXbUNSTlQCjBxwUX569JThQanm/2lpfbd8PaL17qaw5xZI4vgtCpvxbX"
        "bxcpvApBHss5+DgvI3dwt7NVYAvUFgQrq/N/6kP7MT0/4Lfgkk7a6yVHGpbeQwHxjjmmJZhR"
        "MFxdH3Mmxiv0HRVLczaC2HYJ+m4ylTaOH/4zVU7Uvcs37wjwKRqHGA1SY3ffeFXFArmopg3C"
        "i+APuxH3cQDM9QN+EsI3hU3AxbJ4eec5a/l1avl1QvGP1m1t47/ZJMwKPG59ufm0SV2aaFza"
        "alPA8xPcn+z5Jof7PEWbI/RDiJSdrsQ/2SS7XBH+lGhzsQn+LkENT4dCqfOxmriVJO4VwLjm"
        "+wNS2zOsFem16nuJMpgbYAu79vUKa/Nvj/DPz2rqhhWFOa46/jrfK9/1FXGZQqnQ8xRJjKKJ"
        "Mom+/xiidIOR9qlnZTdWgu8jMgntfi4LgU2eCbj33Zny3S6W1XQE+C7KgWdgc5qJqnjS4Y81"
        "ZYak0ecVvjtjrOEQyDTxJGeYdHShM5SjakfMAMnP7t3lrf2uDtvBHLFySvcN2LEMbBrmVytB"
        "Muje4UVF66+DQfGMVEulYElsGKPf82GIjg7DQTdf1pZmzlbV/jBYS2dGF9O52/uKXf8m4wex"
        "9wa8EGSCvPUVoqFv+1PnukpeJ81bNLk3xKfI+oiMCttmu49o7m2M/FtAzJm93N+Br7XnleRW"
        "4y2M4+Retz6B930A9hwCrhRiWXu3gNtIWrYgq0a7iMhUZBTuN1UrFCftXDRSIfClj+4hsOF3"
        "4+6BYcH2988R7fjzpdtnx58C7db9Hs/TnY4TwKsgUlE3DWxsHkZ9DP/pIZ4x3Pbjnr/uNrA1"
        "X6PNdzLs/AvkTY2rtoMm6fwJsPtdm5oz8Ddw3Y+rv4ORSHLAB6oWGeiQPk9EfTYujjCPiMvN"
        "xhi7hZGDH3HkM8DLEQfAF9TEA6D7T08nm18VnkoDCby4Fq26AQ/7dSvyCX6ZUQo0Qq7Zw1OR"
        "OR5ORFvs5mSIII58m6ZJn7HAXAlPivS6oYDr7Hh/O2dHTIAeAr01LCKTNKRACx2zoDpHHz2+"
        "zC/KM5XqKTRuwSfUfV7Xh8GP/oVz4NekTBoIsEFq0JUD2jqYnGTX4m3eNFo/uUn3jHB9v+7u"
        "WfJlVOC2I5GX6EhaoEfR7RuvRsHI9QH3iGzAviVbtDBnOv473nv6PH7B99fPbXwM+jaNzFl2"
        "N9Ex2CiTLsT3ChdS6/mZn81Ystd7BNk7aHrp+VQ/T54s4m0QAa8ktNvfpB2OUQ7t9ahr8zN7"
        "FVeTVqRSaH3vnsU5e4XnQ1/FMei5F7TuZUXq54FdycCWdsAr3RcAjGm/t4gv0lUmsfQjhNMO"
        "bkz4IpwOwxuTZ2bCvCbMYYXtimheKYptbWQN3JufjlIdvq/l9maobr8CrRbduoy+Kohxt8PV"
        "5vYO8SJa9bRq5RR4kdXGUYXiDLyI5BijpkHLdtDnmcUNVc5HRxPwI8HWIW4FCHjGrRTYmntt"
        "X3O6YzMqx7y6Zbee3zX+4l5+nr+gz9BY2dvAyD9cLLZcPwykCXLi9HJDgA4gE3psdHjiQwr2"
        "QhfKNklLTRVs5iKuqgUNQKffrRutwAZ1sDm4n2OSpynKmWTGk6dm4K+jxYNWX0GJFv3e6u/D"
        "APW2CfnfCdgUu48TII7/Jzyzwy9eUCIH920hsej5Y8VVIcGDwKKjFwV6rcH+hy7Vey4Alp0p"
        "6hHHQ8nr0X0oF1GvhyY9fVeViuv37jnq5vG7teiHMaYCUH816BSvCNAs6mkG8ciYYglaGmhM"
        "sFAQ8bF4yhiZKFaxXr5APGcRXIhtujaGGODqJCg8dHMEsrpRvtHUAp4Ju/wuq6smK6cDv0wc"
        "/Nkh9UEfNv8nPmjwxMdG0wj2u7Ht47cj0vVYEq7zzUrUmnelGoeoSRbrKgV16cTwX1aOAL7n"
        "XwiDvgLbC3RxYqXPBobzOPu5v4DdPFWzRuMJg191gvFgl43hgydO2r8S4AguQOd91Gc6QAz0"
        "5cJ0uJKg06QKk1k1YSwH512F084mQ1w47GDu4U0w4Lxrg/3D74dubncCrFdO0ccyKl9kIXR+"
        "63y942hYazg2K0OmsAe8ZAvQWbHpTOUYnhd42M2FV1IlNyS91Egf/uLCDfv3GH7t1gB8T9EN"
        "hWWLdodxx5N5J9dvfmtPAC+vs7ZaBPLVxbLDH8C7rWYCfd7Rzu302AGnlbNvnRY7lQO+aQT8"
        "QcsXlH5289Xals7AdgA/XIHubg62p18b1x0OqKYX4DGGGBfWcPYGum6l8aLfvywnx6U+Z9ny"
        "80dji+YW01h1vLP97uH9IpUHUsOla3X7RDr/ZuJbhwPiOobVxcCVaFyx1LzaxZFjDPbMYok0"
        "yuoVq6KD5/uJE7FcVSXHXx2NiWDa9tEutyZrtR0gAjpjoedMqHHs9cul38sOqZ4ny259CroZ"
        "3cArAINY5xTPXbc/phjTxpyhTdvtwfmaDtDmPu5lYfpubFsCesDBGdg2QoEPufBm6F5BfM+i"
        "ve3MYE4KtiKlO4WApt2+E9bNTMyZOLM382ZKlAy7OYGOby2bDoM0cvv9aT/Qcy0ImrW+gX1F"
        "Wudkt+GYoqDLyypj+JAp0HnaN0m8bi5Kgl1vb4x+7i+Q7jN76e1Nvx9tgywIpdG6pxHw04sI"
        "72N+XevchaRYaD8U7x58Hir0lIUxlU7T7QcnxAAvQ8OG1nTc53sY2GDnp+sPQI/lVTe3PR+i"
        "t1FM4jnILfCvkNvxQo7efel89ry/bShlBHh/rnl/08teZtyrMcQReffO/Nt4GdnTujY6e1kR"
        "A8zOZIiWPQ75nCuD8Abks9OLq15en79P2JMe9od+W257HO2nEHQJ5GScZapC/OaDnHGpYy2d"
        "u4l73nFHB+1HmHMUj8a9PdR5IUd0cwqQi9QMXtoG458tANnLF4qPf/uttR8UHx7P+vWzcjsG"
        "Ohu4DMYyPdg6lxLCetkBeDqeR2UIdiKeRjz2ch5reRx8MNmdD1rP/HgTMX3mJepaBIegQsxE"
        "aDFxUAsClUAczn6dp6h6Ktu/5WtznX/hDdhYWmuHP9NtP+L6vFfXRXT5Gac77030eZM+j3jd"
        "6HMIwy/lue7y7alJXm/c7bKiqNrblBZsboU2mSIxHwH9OR6Bp3KhQLcNel8uvC/DMp15XnOU"
        "e6UxwANOymuS6/NSZ1tREU7lbnit2A01eAj+LJ/kOQE7thXWhUXnZFjcRT00BhCDmGwVOW8s"
        "KeoP4B+riykx2G6IG0yTTOXGBz276/bvqTACh5Inqt5Kf1UbZWYGxpfRlNdI8qw17Nq8219T"
        "tyA8HRlgm76mgb4fGh8A2ZQospBvchZBfKqIqI7exGhLeyJntlkkTpeM/mIhjAgneWvRSBG/"
        "hnjzetc5sv/2/KTDd6DzXYSfgJ7yMDSEngNwMD/6E1koNkciqg44HBzG2ifXZ28C0/0LfuZX"
        "mUkIZTeMn+dJ+RHoRcrQlSF2JvKsmOYT9yXxxQqrN6dgH7lPLtRWvq/9cixjdyHC53nmH/nf"
        "Dj6djwFdq/mh+M0fSd75fZs8VjiXmQ9XnZchE3iDz2x5ilYr/ys5FW5yCCB+3D3up8bH2X/D"
        "Z682Xi/5Sm4yOxh/JcfCBTHS5/k+ar074BX6eJ8vRkr7gFpV8y7BwpQyjoMOnp5/u3yPqfE3"
        "81MiO34l7OvZptFa5w91+1Xnh2b597/39+Mbv8sfJv+pP9PjuzZNvp5tT5+/9vP//KO/W6+D"
        "D1s639f1i1zPL8/P9jT//tv8f8yX/Rr/b/D97u/31/FPruEFPrgKP2M/cCG4BiYxzwz4hwl0"
        "PNVzyRqq0IXHZxyF3gyv22bzJUj9VWFTWWhzNkn2baLxp3ncHE0SljEaF+Z8k8HzvACKmwSf"
        "dfxmo01hkrpkyNwujOwLImffGH5K7gbKWwe1PB/gfiq9qFyOPoa3E7ZB14U/3Un2+VNO3I1i"
        "OteyQ8UHRklyRCGq+Rz9QPzX5+AJn3uobX3w/+oS2J7r/Lvb598DsMB9O+/aEE/bBJl+yUmW"
        "xdgmIb7BfZgJEFc79IJA8hwW7s+NrqAgdTwScWczk1UVZZno81cZwIDc+Nf6QdKgYnPt40cL"
        "F33eKl8A7LwBm5D0+XJdY8ELC7xfvt/knNR5ipbAskJZKYyr9MlX1ufIBM/9OeIf74YxnXvg"
        "r3wvygHE6DtqThRhEEfjaz57mw7Bh7qBPthNcus9KKAv7vv8twD62A76Xro+VZuyAKgbDrpx"
        "hzd3Ox8CfKr1ySz292fTKQzT/1kcfRKQSbY+moH8YgrG4u1jP+3xKmJ9/oDvxrhbez7w5mA7"
        "o/IHrfp6gfpS6v8kvAESqYk1PpIenznNwHVv0hapxERh1Z2xrPuz1h3KHu1+rTq621WwQEOA"
        "wK01A6sEgtTt1GgA39MPwlDTvb/s31fCC8HPhZiaMEstUqBHkqE4q92Wf/m0yASoCP3+I6eY"
        "eyqZAo73ONc2+5Hv+vTB07bcZT4d1eUVPeEPg1/wC7OHXyJZL3Sf7M9umlJ67/adVmNUL+yT"
        "RXRf0I/b8hyjMfP3qNX88QZ2kfX2ll1zfrIY0GkfTbzhVfnuWUKMgd+8q+LuqQKcZ2bTHkFX"
        "6/oZpefaL8ZVBcJsOdTh7jmwH/zILn/nx20NtrbVcPj9+RuQ8XssYJwAuZwfrVzWw8YDr8tT"
        "8jOwi/ySWemMAr9peoZtj5OSH7q13KmrdL1bZhGRWXQSs3eZT85eXv7Ml46fROcQtDv4wAzk"
        "jfX5XZKHjcnAT2PyKX8bBfJ2k+gFTEZ9Bq844JbYpbmz1zLN/O49fL3rNQenURSGr66rkPCb"
        "jzGJprNRVQ2pp9TenxOgx7vf7C2kto72vfYfDBtdLI2tMjLngUyx0cfG57tMR+JWBfiUah8v"
        "mbdcYCvdke21wYqhQf7WoKzmyeJyWI7kLCsAEHwjEuCYQJ/MzKlo+B6vEjo6wC9oA39kE3yb"
        "GvxmYa74zvnkYXy1drqOpFxaYxyhH+X4GdHngV2uKs+WVx5MmMNjiAu1/Gj5Gj7yUUpZIi03"
        "yGh7vhv2sXEp0xsOoP3a7Q1k5ZwQ0Idr5Cc5Jemdt9pvs/BLn1u4UYhr0C4Y9H63hc0eJyuU"
        "z9zR3dYZx8al/Zi27yNAI8FUc5RkvsD50dA8/X033u2sJeOR1pcVupW25FejOE54/n2/fi1i"
        "Gu0eOWa6ULUEPTbPzc8bmrp7qfP87rjPGbQEdIn2dT7BzxEzB/Qy3rlYdTkeB3SwI65TW1Df"
        "RHgGz/bZ/CgrGcgtv6fNG33KjXvvc3p5NsllvlapUGXiGcO2yc6qk9cudvn4fORo5oOO/3Kg"
        "A3LPz5yq5sHsdEXebLoWN2YJ4JVnztE8WdwuLJR9BwM7s/i4sOc9T7vpM3el85WPZ31OZDYN"
        "jBsN5QJkb4bUjuxbsAfgHKBqhyrY68sOfZqzUMXaF3NuBXfkdTqQzIH9hvBsn0U3s99rZy++"
        "e1hmoO1vZq79NJ6xr2muyMtIy88U/EXDJbLLU2Vsg3IGMjsBRx18aKAROEJzqaYl/L6hBqnu"
        "zGXU0+JugAx7fmss+BfywB6hPt7bdms6xQS8tKKvx1NWZMx4A3IGPIXAe3CqR051+ohXNW7w"
        "9pHTolnzqs7DZqpioQZanp1L9z6nBovQneP7brIcRYtsGtFs8rpIR12NW/LIQ6uc/RhHuPJu"
        "L+/BUVHQZ6EgXM0da1gUFvgCYBdRFTlfFdN2c0UYKGVWhSkS7Lh/mVYVxGllJ/Mc9On6rnPk"
        "gNNlT98XgErHrIcZF1ULc4n6GiqJjvPqzK4O53EhQtAHhzl3Bzqmy9miAuyaOQutnMlBwKJq"
        "2Z1dY24uP/OP+2xkjNKfS/a6pFyKQ2vMJddn3G/s6I2MtsiFrolbcIHaE5kvwWf19Hn3eKfP"
        "s1eMR9UHnuxSP3PGcIFP5hzg8k4kdnG8HKXOyuHbJfjL8dVP4jNbhIVEC5SpvcDDG3LG2P0i"
        "FC0/ijfug85aFoVKXCsbng74Y3Mq25gtkH9LSH0sUHzlyREcYAyxOpYEbTKn2uQY7jna1Y7a"
        "NRj6ZtNlAh7cGnDoFjwBHERWtj7dlhYrVb6i0wR9gt/om561+zYU+I4AV2TI1zH+MDnV+SVJ"
        "xuTL9D/lpqoZO3tYnKfEuw4neCt8vGRTvBTc9DIFDDLBGwFt5hGvnMBz/MMxyNjVKaqU72Xp"
        "xNXKyrvatEPwUS2PRC4jous/qwwiY1oSNMOEl+7lBEpOeycfm5KK0oNdOt8ihrh9cE6QE2O1"
        "Kdl293Y5R4PRmLxu1+oTJIvDtbqsYZ/Rz+1lw8qvzddpu0GXIl8B3fDpoxhdOdAHrh+4DnCB"
        "D51ALLUmdBC8XDU9u/Pw7YQ9z6N1fegm3pl0zqZ+AjGwSUTIWYZ5wZAsGOaMvoAmeoE2nThV"
        "FURrLecV+KC6TquRMtY1WrmUEu4TXatVvxtj0tdrpcIhpniPmZ8umjna93U1Xe0R9U5GVcU6"
        "l/XW2/5yAcHRcr6P3lXDOt2FvKw/yzVn8mrKCaqnLcGJjHyKHLgiLMcRKndLuNdnTOa1Dd+C"
        "7Hf90O+aU+ShDPZfXhRoCF7q83YG+7/q83ePV3/W1z/qh551YhBPVjV91rg9a06dC4Rzh74O"
        "OrxrB/F3vOkhjIKa4Ec9qy/SLncmxBHlKAVNBzG49rPR4fNRbwlzE2AxBB6gH66su/m3+sDX"
        "v9f/j5/xLdip3/VIuEKSGkn5K5/ibVhfU79DV5NaX3hcg84Rurbp11rxZ5DJhso/YKMFIXa1"
        "Hca6Xg9hu6+XdsfBeEUD81Gz55XoD/i6/Y51vP7Yb6zPtx9wUu8dfvWeKSdkufyeDgh91lHR"
        "X/ACnD7fFaE5L2lFechpgCohQq3nnnji0GeSKarbadXV7O1U+Ks2Gxxr2H+lY+uVrn9mROd7"
        "0CPfo95j74b09xJGURtyioB6JbSHho0JW2AGrxez3SnkM6kCCW9EOkdxgCt54kDxkusauHu3"
        "L2GSQIJfK71b156jXKnWnOQtYNaDENABtY2Uz5jiDeLpwoP4LsteHa+UB1V3NJDiN3+60eWB"
        "v64u+d/qREX+P/ez6Ot/7HfJ/9zP/5f+6f8yPwRLKEa2/l6FongM0cvYqIFnwZfo6uueNeyy"
        "In/W0wN5DXkwjEMQdDTBGLVgOHKu6/sJKKC7YXT1Tf/G/5rfbYlgPHv2U882qgLkoqPvBej7"
        "Dn6X2X0LcQad86ve88l/uPu+Bml+AR42jnZX32/oei9d17cYz9CxbCjyPdFcwrExXt/QEn7t"
        "4Sy0svHdBj8yC+EXogo0nMlxOD7Ygp32JjY902j3JoL9PvaqnvJpPeuvUVFnmr8R2ODnNz1V"
        "Jy9wf2hG8rdOAfmG8TbjsF8fVEvwonS71G1Xtxs9P8AP7ZHGxzz/Va/1rtf7X9vNGdrqG/2z"
        "Xpu9cXkGmVnscGq6+5DlEFk+60Ytvm4HbG7hzxlEXAe7KfFOiYo9664zELAxHbYDtN8+ZNjC"
        "TlY5FPuSK6ZGOZUBZtlrYDcVCKP1qKehED++noA1OMTNOSElznIdOzNw+zZfjhIN8ZhKt8to"
        "Soi3X74Tb2Y05R2COvzSx7teYF/7WnEwCBCvCLSjHQwT4aapqiJJOAZ41EQXBWQsqw49DE2f"
        "C8juGnbl8Z4eClNwnGFvlchR9mNAKIA81ve5b92ZP0TPSHq4z9O2c5T265lbatR9/QD4sZV8"
        "zcHL7PdpsfQC+g4kh8xABEmovzNy7aqson06lHn97zXaCCWTFPi1olqvzaUzRq8mXcvZTNcl"
        "6NrowT9qirv3dX05qlyKxRtag8w6pruQyRirc/38foFMWQ6Kq1+ny79S9IWe+tnRNS4Qq/b0"
        "idWDZ9EhH6knn9Krfv9zosC/IJ8w/voYL7ta9ugEHhZzohV7fsfx63sOSjIcucyK0wIfZH2j"
        "jq65CR42N3jCd6Miz555Z529u/T2AzV771IdzjU5eBtzbxJDBjMMbkqmCjSUrfcDFu+VIIE/"
        "zWAhRxu0NDUuhChP+Dl/zryP0e3bMEWLlqd2TAJYb3YMm7lXVocc9uggve5I789vSrAv3fpd"
        "G/BbzT7D99R7u8rPGuAZ629tRjKKSokFYSA1CLjaW6AmhVjnZ2+hyOT6rLyVEz/eABz7vv7p"
        "+Qs+6o7GZrCXDvhC1YICv/bf2mizlIXAp5NhSn8q52MwqLzPnh5HiJlH3Nodw3fhWVfgAan1"
        "M24e9gPPujNExH0hH98S/vZd0q/+e41qIblgzUS9go5Ch/YfelOjvptP4E7vmox/Ua/7viH4"
        "9+8bOvwIUj756T/wB2yq/MUPwF/DX3bW4Xjc6RuCeOYh8D2b74M9REcmpgSVUla0IhDXFEyC"
        "nxqi/eiBP83rJt3KWsNdyQbiL+VdHv7d41fLGBMo62uDuzohtJqh80R5jekUX2AY0EZ/Uhuu"
        "TssqRaFcNlrXXyEOBVJ9sGqZYu0PTzfnxB0uwVE+dMwaaRnVtkfo7/B6fgUPl+m6LhQCc4ZE"
        "x73akxbgK4C/0MD+VOdbz0ALeaHWGa6irrXy+ctllUBsvnIhYmW9DoT4Yho6p1wWPJUKxL1N"
        "3RWZlew1fXnpztdQOpYVm7Uxlzl3EQT74BeF0conKKuqUGAis+pBzym2+FT7pRF3QZe5/hKR"
        "2zJ7Ww8hbnMxwh/JK8wBsRt3P2SaJcgd7pqlwt5pf8mZYsJf4WXlta+na+xErxNdv9k4Cn1v"
        "PvHS9D9OmO9Xtv5e8cQwc5mCOI+oK9/DXLjIYjR5WX3shj6ER7czrAs8v+ryL6vzLNdnVeMM"
        "nwuPrxD+8bi3l+qUoPiUSvdlCTBADFQkWu++TmXy9KsE+eDUQ9XyLs/yI8Lr+fFiJdWPA+od"
        "pUDT1EMs8VLF3ZVUsKere0DZKBHnc6I2F5Q7Gd5gAf47/9q4L6v3nH9Z+/PufEs3ttWv1/S0"
        "1fjGtq2GoM4hfn7Y90p/VQg+TPe9Ium/19M8Me/PhQQuE7/7fnANVwnxpcRDtsZL7kGb3c6p"
        "E6tUCRqBOdlVTrWMum9DN4R8uWG7XXRrdXkOUPUVaG4M/gydZ4IVC+0C6/W0nSDS89muyN4X"
        "3pvcmGQrZ2PMTccEIQZ8cZSq8BVCW3HIfn/zi9D/+av/KvnPD5j118rv1v///wAWQaT4"
    ),
    "esp32s3": (
        "eNqNe1uXsrq24H9Zr54xoEqrxPOWC5cgUQKi4kuPEjUgKlpYcunR/71nQL/vW2vvs7trDEpC"
        "SDIz73Nm8r//2pbl/yqzdv/Xf4/f3wzjv/oH96/v+1///aaP9Xf93TD0//pr93X/+uu//0Lq"
        "zxbiXg8Zs0fjb0o37hXjobPVo9X9e2XbzWJR13iJpBwf74HLfWOeHd/uX7x8d7ySu/l5sgj1"
        "0WY0kjfp+NPJQySOmXUzYxObIULSISKeYlGaFPEZkiNMK4JwVQWWjFyaCpPUaI1l4VsCRjlZ"
        "/nXfre7GoXgfIunOx/NHYj/osH2bll9OUM9sPpX4FG0n726Gvr60YcB+6pWmaY/7LslCFuT2"
        "zyLZHCfHfPZxzUx2N0+ZG4zfhTdDlWV9rbOvWz3eXtcBerydeBSgKf64OXHjPxYfg+1sFDor"
        "3B5oWg2XkzmgIo+sz/38Opj6D22Wk+37frogt5k4Xj61kfOexEkWb97ulB5PWrS4PW7htZ18"
        "eLH5M55ciPEYj+3DtSwG2T79LKJqPBGWE0tzvqPR+361eR9sR4cpO2yWX2Vtimx6CNdac6XX"
        "Zh7d2rPMtZaulvdTXlb8OBzqY00L1nFoLYafxXZAz54/ikRlH4vAZIvCHURa8mYcb5Ofibee"
        "Xp1F+nP3Q9Ny/+op/zeOGH9+6sAo+8v9u+kejYfjia54576v7x2T0KmvVZumNeT3YofOUz4U"
        "2MMGclNUOYZmANGI86G1cFWVWUsTIY4kMnMSNmzIHxGePLSO1TR42Z6W3fiRqWOyNrF26PpY"
        "EniYoWH1P/aHEpulKekBWi5CzdHQFL/ww1ibo3lS6d5CWCw3bWesvSXvFN9P8VmI1ZFnokI2"
        "EoibmQscOawQNGA8Q7zQ+FT0+5nlgX54aE1ojug+x2Th4MFDu6Pz9kganaPDUYOBiCJ2paGc"
        "Tcs2WwBcPCibhjgFWuSzd2D4KkAzg+kw/4Cr+U8Kfx8rJQ9cwRsCepB5UkgTqj9T/cMMzXQM"
        "eDLC6oBILHiDQXKYE4QFx6ui2qxNKTjK4xFCVchygdh+rAm4eM4QuwcIZAox6bqMYP1CWPr5"
        "MG6uooPFCCI6jSysj72Im0fnrLUok8dpisIiLygPKBKfPM8p33va/OgSwFc9OkxIgcyKF7Bj"
        "hLtnQ824ImN70t72oaBOojWSPjDL9ByHLCUlFpUVAWzR7qiFKNpuTDczRZUr2ETuugp36D23"
        "KJ7apsQhyuXq7RDZk4ORBcAfbwcD8WSrCcnRNxUcmzCETuWQ7kNMdKuWQLIb3c1qRtKy1diN"
        "blGy7uiSlhdNQDv48CoKMCma1w8D6ONhs6M5iRS+R6aiB1E8dZVJoZkv+vM8rQ4X7T1wgoGm"
        "XQHgenSvn3j96PDqZszv2zpS7U3GvgO47/idshngmXOqnvMr3w81kY2C+bEaIR21ldPqpinw"
        "bCyiFPanGOKz4226Yo+7jRWTA/753UWULnqc6ycbdbPLGngsNvedDIhOBtT7vNQO/jLVHoZ0"
        "F3gqjJgBvSnCZctIVDErwEB9PSZTOQWolwssXNMSEQ3k8gvHoNgzbu4X704L7/Oqnxfw89kA"
        "PyLFi6l2MFwuKjoXLCs4woCbfulfeIX3G0cDXiC/xo8zMtNJKekOfYNQi+lzvj29ij3oCeOU"
        "vi+dGbrrdCH4BLhxPliYbiKct16f5PP3e9sUnGbF7McmFcqAEYZ56kgvQ3jcwwB9dYc3WPOS"
        "y0fX9/mrT8efvd7ZtrN90oq0bmwnjvYpHlCQ0xDkVBFBwVtJJa8dvJ0+4KR87l/t2eVJnqLD"
        "d8dn1eGgMbjmqMIDv5ufoywH/bDt+gl1GPuFmz/nN6orzF9Nqz/47Rvmeqi5lMwrffPHfMd/"
        "O5/G2FDQjAJ+DdnukFk6Ep1Nh51NxM8mfsE5x2aBhDPq8Ilev2n9S4ciOrKTUvs9n6IPDjTf"
        "cJM1s2CnK4qW1fI6Q8EWZUJYYKdZNTUtIgRrhAhAl5nwHPjMj6q5s4R74FkB+lbE0J+86HRH"
        "oqEI5KHbj/PCPTYV/9Z/4ANkDyw02JWJThDgper0+wV0ycwppQXOQ0XeWsF1c4EoXjt34Oko"
        "Q3csnvLxwtNMgL0CjwAmeEwj4L/wBPji10WHL9F8OZt8f8aDNcg67LdMdDIXzgSb31ktlapA"
        "1WTWLubmGwYDJ7mBhnfMsdHTZ+SLaomsKADbYqOOKs5Ph18qJ/zOxXwxTEQmJx+t58yRUy1g"
        "+x74PJ89v6yYVHwlWJlk6bvrFPLQ0aWTvzd88fxBZ2+TFOCNDkMNYK7IwsxwUBsTq2iUjbUb"
        "0NN1AjZCbPl4A8xQEZZHCT+stakV8QA5ek9zWfc6Aye3nl8qRuYS5vtlW/kf/DVkUUcPfXYO"
        "9JThz9j5SPY6IVvHLRY5pr6n5HJdHtfMkxX1RPW07zRsD+hyCfmEkmsJuvih4EwkF3Y7qwKK"
        "L7kGjCAXMN4cnlA0QqLyp4KzMtT9ZurE+T7DA8UfC8UfNFL8OXjC08tLq4Fd3pgrxpGlE9D/"
        "9gNvQ4rM4SWsJspGIJBNtZGhzwDrc84bnaYyQu30jXlgS5oIHSVoRJBMAvYIYDkh9sEZT2T6"
        "y37/kgck5x2PI+BnU3I/klMngnuwL4Jz0fQ+ykT7uw+DfAn0GxjpcYceLP4FP7BuPdBAny6U"
        "jt6C+6B0oRIK/X+U94HiB03xszFS8t7P13Ty38/f+2Mj4oKqgSvUMSVc6dLh0zdrtQasgFuH"
        "7OBpYAeApzt4f/8+/vb7ex/oyY+fxAJ8dPxYPOkx4qdOf4Ee36FWlp3+3p+wTn00D9sJ+Coe"
        "2KFG2UOeV4mQBppmNRGpLBz02NkNuzpkQ3H60IKnPRz3/LgCj9m2Ed7RUT1jskqWF8848LEc"
        "ByS5ZDJZiNGEVs6p258VN5jI5POk3VjmlmhPd6Bjd1NccdS4JY4Yd/A9jwGG+XmZYYmnC9s1"
        "bbCRs49h8Z6xbIvMkQc62P3gHof13JpbaLd46iuHxbs0+DSdEX/hpdMvA5ECPRj4n0qm1mDH"
        "sCkzJacFz4czlIBeetL3lwwilDDx0rdG+pRHihYuS3QqqOjkcnB42gHg3RdfgJxx8LffX/M1"
        "5MmrqvnUdz68qFXwxMoYzD/Kwb/p5HnWAP1oR7+uzRsT2qXSh5abD4GdWcfvO/SBFixEu3Mw"
        "FK5RynMNuvIqDyfwuLhwv5kF/hcKjglyTK/wDs5Va/YLs6pBD4zwuNNvhMedLjJQkJrgL/M7"
        "lU7Rw10dW8FU+/y08wGlXX/+1J/BWIBsZ66PUHnk4Ee6Y27DmiTNwHGmOlfrDLt1KBeyWuBU"
        "V/r3qx8/lfVy02B4zmF90L2u18Jc67YV4OdyayRWi0nQHLRba31zzitxgH9+Sq9Oezqwk4Gb"
        "yMgWdTWhbzoZzUH9+jG3jBjcDJyBvt2yk+7YrX/hD75ygZDwbgEGEtx4+1Nr4NKnEuBBz/1S"
        "5Sui7bjnJc9hxS4LPpkzUjLGgZc6+WqaoDlqnT3moO9BLyn/tQZb3P2CzlC/Ha07faAjCfTW"
        "1fum+aK/0dH7DMYFETXfpLOvHnMgfjMAn1SjAMpaxVdW8w36YyRBf2RMDoWp2rhKwT+ZK33i"
        "E+AHnKevfpc4f2ub4ReMZxl98hNrcmjryr/xpvHf+K1QbT9T7eKbPsd3/Nb3Hzt/qyn/Nt8s"
        "K1/w/Fv+7fqpVPPd1fi+n6n2b/nq3yf/gKdf/ze8AzXeC/N/lQ/MCmjvlP9gNyn0i+L4nN8P"
        "bSVfSh//AR9P6Z/9f4w3MxiPS9XWp+w5Xz8eqfdnJHu1fZYMxbwBf4VG18W/zj9W83mqn+T/"
        "6P8Nf0fPHp+tmr/D9z/3g0ZqPk/5f9361FD8MFH2pcMf5spf6Pilmw9M+cv+eJ394Qp/ocKv"
        "O01NxwuFi4LKYhdz7qYCwWXAdYfr4KZ+QyF6+rK6GHYG9sj6mkDkE6ID3IcewbYbxEs3na/g"
        "usClubhCltbreJbOQzfloVVpo8dcqDiwXEcUeyReuGG84JV+nWVscW3Y4mGMI3TPIZJ3C4NJ"
        "uWPa7GibEHznq7W2tmQZkGLAJWeTnPHzbZoRiYbnu7FlxfZTG+0Xb3WZQRyZ4Ssn1HPXvPy2"
        "kcSrAOSxmIOP8za2Bw8jXfkGR21OsBx1/k99aL+88xP+EVzCSnq9ZAltpPaQQ7yjT2gBZhQM"
        "V9dnWlPtHfqO0kwycwyx7RL03dQTBo6e/jOVVti9yzafCPDJG4toDZITe984VWX6YlF5DcIL"
        "/w+7EfVxAMz1A34SwneJdcDFMn/7ZJnZstIbuXVM8Y/SbW3jfhgkSHM8aV2xuRikLnQ0KQy5"
        "yeH5Ce5PxnyTwX2WoM0R+rMSpaeSuCeDpNcS4YtAm6tB8HcBatgbcinPx2pqV4LYJYBRZvsD"
        "ktszrBWqtepHgVKYG2ALunZZwtrs2yHscqk8O6gozFGq+Ov8qFzblcQ2JUq4miePI2A8qRN1"
        "/zVEyQYj5VPPim6sAN+HpwLa/VwjBDZ5xuHetWfStbtYVtER4LtKC56BzWmmsmJxhz+zKVIk"
        "tD6v8N0ZYwUHR7qOp5mJSUcXOkMZqnZE95G4dO8u7+13ddgO5sgsPLpvwI6lYNMwK0cxEn73"
        "DssrWt8OGsUzUi2lhCWxpo1/z4chOjoMB918aVvombmq9ofBWlgzuvDmdu8rdv2blB343hmw"
        "nJMpctYlREPfxkXlugpWx81HOH00xKVo9BVqFTb0dh/SzNlo2TeHmDN9e3wCXyvPK85GjbPQ"
        "jtNH3boE3ncB2HMAuJLITNvHCLiNJEULsqq1i5B4oIvgflO1XDLSznkjIMQt+NE++Ab8buw9"
        "MCzY/v45oh1/vnX77PiTo9263+PZ26k4AbwKIiS1E9/A+mHcx/AXB7HUxG0/7vVrb31D8TXa"
        "fMfDzr9AjqeVyg7qpPMnwO53barPwN/AdT+u/vbHPM4AH6hapKBD+jwRdc1JfoR5eFRsNtrE"
        "zrUM/IgjmwFejtgHvqA6HgDdf3o6GayU2BMa4nhR5q28Aw+7dcuzKX6bUQo0Qrbew1OROR5O"
        "eZvv5mSIII788JK4z1hgJrkjeFJuKOA6PT4+zukRE6AHRx+NGZJpElCghYpZUJ2hrx5f+o2y"
        "VCZqCoVb8AlVn9P1YfCjf+Ec+DUu4kZrwR9JUMkAbR1MVrxr8TZrGqWf7Lh7Rpi6X3f3ZnzT"
        "KnDbEc8KdCQt0CPv9o1XY39su4B7RDY2yOAWLfSZiv+Oj54+z1/w/dVzAx/9vk1DfZY+dHT0"
        "N1KnC/69wrlQen7mpjMz3qs9guwdFL3UfLKfJ4sX0dYPgVdi2u1v2g4nKIP2ety12dl856VO"
        "K1JJtH50z6LMfIfnQ1dGEei5N7TuZUWo575RCd8Qhs8q1ecDjEm/t5AtklUqsHBDhJMObkzY"
        "IvCGwd0UZ1OHeXWYYxS0K6J4Jc+3tZY2cK9fLCk7fJfF9q7Jbr8crRbduiZ9lxDjboerzf0T"
        "4kW06mnVCg940ay1owz4GXgRiQlGTYOW7aDPM/M7qqyvjibgR4KtQ2zkI+AZu5Jgax61UYKB"
        "N2dUTFh1T+89vyv8Rb38vH5Bn6GJNLa+ln3ZmG+ZeugLHeTE6uWGAB1AJtTY8PDCh+DmG11I"
        "Qyct1aW/mfOoqhbUB53+GN1pBTaog83C/RzTLElQZgpTe/HUDPx1tHjS6uYXaNHvrf4+DFBv"
        "m5D7HYNNMfo4AeL4f8IzO/ziBckzcN8WAvOeP1ZM5gI8CMw7elGg1xrsf2BTteccYNnpvB4z"
        "DA5QPX4MxSLs9dC0p++qklH92T1H3Txutxb90iaUA+pLjXp4RYBmYU8ziEcmFAvQ0kBjgrmE"
        "iM+MPNMkU2lWZi9fIJ6zEC5kbro2hhigtGIUHLo5fFHdKdsoagHPBF1+16yrJi28gVvEFr50"
        "SH3Sx5z/Ex/Uf+Fjo2gE+90YxvHb4sl6IghT+WbJa8W7Qk4C1MSLdZWAurQi+C8qiwPfsxvC"
        "oK/A9gJdrEiqs4HhPEp/Hm9gN0/VrFF4wuBXnWA82GVt+OSJk/KveALxFei8r/pMB8gEfbnQ"
        "LSYF6DQhg3hWTU0zq1IkA6+zyRAXDjuYe3hjDDjv2mD/8Oehm9ueAusVHvpahsWbyLnKb53L"
        "Bw6HtYJjs9JEAnvAS3MBOivSLU9M4HmOh91ceCVkfEfCSbTk6S8u7KB/z8Tv3RqAbw/dUVC0"
        "aHeYdDyZdXL94bbGFPDyPmurhS/ebSw6/AG822rG0eWBdnanxw44qax9a7XYqizwTUPgD1q8"
        "oeTSzVcrWzoD2wH8UALd7QxsT782rjscUEUvwGMEMS6sYe01VG6F9qbevy6nx6U6Z9my81dj"
        "8OYe0Uh2vLP97uG9kcoBqWHCHnX7RCr/puN7hwNiW9qoi4Er3th8qXi1iyMnGOzZyIyFVlTv"
        "WOYdPN8vnPDlqioYvnU0JtxUto92uTVRy+0AEdAZCzVnTLVjr1+u/V52SPY8WXTrU9DN6A5e"
        "ARjEOqN4btv9McWENvoMbdpuD9bNG6DNY9LLgvepbVsCesDCKdg2QoEPGXdm6FFBfG+Ge8Oa"
        "wZwUbEVCdxIBTbt9x2Y3M9Fn/Gx+6HddoHjYzQl0/GhNb+gnod3vT/mBjj2CoFnpG9hXqHRO"
        "eh9OKPK7vKzUhk+ZAp2nfJPY6eaixN/19kbr576BdJ/Nt97e9PtRNmgEoTRa9zQCfnrjwWPC"
        "yrXKXQiKufJD8e7J54FEL1mYUAjEu/3gmGjgZSjY0JpO+nyPCTbY+un6fdBjWdXNbcyH6GMc"
        "kWgOcgv8y8V2shDjT1dYl573tw2lJgHenyve3/Syl2qPagJxRNa9M//W3saGV9daZy8rooHZ"
        "mQ7RsschmzOpEdaAfHZ6cdXL6+v3BXvcw/7Ub8ttj6O9B0EXR1bKzFRWiN1dkDMmVKylcjdR"
        "zzv2+KD8CH2OovGkt4cqL2Txbk4OcpHo/lvbYPyzBSB7+ULR8W+/tfKDosPzWb9+WmwnQGcN"
        "F/5EJAdD5VICWC89AE9H87AIwE5EXsgiJ2ORksfBlym688HqlR9vQlOdefG65v7Br5CpI7SY"
        "WqgFgYpz4Mtf5ymy9kT7t3xtpvIvrAEbS2vl8Keq7YZMnfequoguP2N1572xOm9S5xHvG3UO"
        "obmFONddvj3Ryfud2V1WFFV7g9LcnI8Cg3iIz8dAf4bH4KlcKdBtgz6XC+emjXRrntUMZU6h"
        "DfCAkaKMM3Veam0rygNP7IZlZd5Rg4fgz7JplhGwY1s+uprhOR7mD14PtQHEILq5Cq0PM87r"
        "L+CfURdTYrDdEDfoOvHExgU9u+v278ggBIeSxbLeCndVa0Wq+9pNa4oyFCxtNaPWH8bNs3PC"
        "krEGtunm+ep+qH0BZB6RZCE+xCyE+FQSXh2dqdYWxlTMDD2PrS4ZfTMDGBFMs3ZEQ0ncGuLN"
        "8qFyZP/2/KTDt6/yXYSdgJ7iMNS4mgNwMD+6U5FLc454WB1wMDhMlE+uzt44pvs3/Mqvmjoh"
        "1Lxj/DpPyo5AL1IEtgiwNRVnaSo+sd9il6+w/LBy8ytzyZUa0nWVX45FZC948DrP/CP/28EH"
        "AqF0reKH/Dd/xFnn922ySOJMpC5cdVYEJscbfDaXp3C1cm/xKbfjgw/x4+5572lfZ/cDn51a"
        "e79mK7FJDX9yi4+5DWKkzvNd1DoPwCv0sT5fjKTyAZWqZl2CxQQHth108HT863T5Hl3hb+Ym"
        "Q9Hzq3F7tWm4hlCrkxdd5Ydm5Ptf+/vxjdvlD+P/qf+gxndtKm6vtqPOX/v5y3/0d+s5fb5S"
        "5fu6fp7B/EScX22PfP9t/j/mO/wa/0/4/ujv99fxT6bgBT4ouZuaP3AhuAY60c8m8I/J0fFU"
        "z4XZUImuLDrjMHBmeN02mxsn9a3CuhyhzVkn6beOJhf9uDnqJCgiNMn1+SaF51kOFNcJPqv4"
        "zUCbXCd1YSJ9u9DSG0TOrja8CGb70ln7tTgf4N4TTlgsx1/D+wmQSrXgpzvJPl/E1N5IU+Va"
        "dij/wiiOjyhANZujH4j/+hw8YXMHta0L/l9dANszlX+3+/y7Dxa4b2ddWx0yEaS7BSNpGmGD"
        "BPgO90HKQVyNwPF9wTJYuD83KkFBqngkZNZmJqoqTFPe569SgAHZ0a/1/bhB+abs48cRzvu8"
        "VbYA2FkDNiHu8+WqxoLlI/B+2X6TMVJnCVoCy3I5SmBcxYnAaZ8j4yxz54h9fWqaN3fAX/le"
        "FAOI0XdUn0piQhyNy2z24Q3Bh7qDPthNs9Gnn0Nf1Pe5Hz70mTvoe+v6ZK2LHKBuGOjGHd48"
        "jGwI8MnWJbPI3Z91K9d092dxdIlPpun6qPviZkoYi7fP/bTHkkfq/AE/tEm39nzgzMF2hsUP"
        "WvX1AvW1UP9JcAckUh0rfMQ9PjOaguveJC2SsY6CqjtjWfdnrTuUPtv9WnX4MCp/gYYAgV0r"
        "BpYxBKlbT2sA394XMVHTvb/s35fcCcDPhZiamCO5SIAecYqitLZbdnNpnnJQEer9Z04xc2Ts"
        "AY73OFM2+5nvurjgaY/sZeaN66JEL/gD/xf8XO/hF0jUC9Un+rObphDOp/Gg1QTVC+M0IqrP"
        "78dtWYbRxHT3qFX88QF20eztrVlm7DQygU77cOoMS+naZwExBv5wSsnsUwU4T/WmPYKuVvUz"
        "Us21X0yqCoR5ZFGL2WffePKjef07P25rsLWtgsPtz9+AjN8TDuM4yOX8OMpEPWwc8LocKS6+"
        "kWfXdJTMKPCbomfQ9jgp2KFby/ZsCQsAfghPR3QamZ8im56drPiZLy03Ds8BaHfwgU2QN7PP"
        "75IsaHQT/DRTvORvI0He7gK9gcmoz+AV+2zEd0lm7ZVMm273Hi4fas3BaRwGwbttS8Td5mtC"
        "Qm82rqohdaTcu3MC9Ph0m/0Iya2lfK/9l4m1LpbGoyLU575IsNbHxueHSMb8Xvn4lCgfL563"
        "jONRsiPbssHSRIPso0FpzeLF9bAci1maAyD4TgTAMYU+keoeb9ger2I6PsAvaAN3bBB89zR2"
        "H2Em2c66sCAqRztVR1IsRxMcoh9puSlR54FdripLlyXzp6bFIogLlfwo+Ro+81FSjnhSbJDW"
        "9nw37GPjQiR37EP7vdsbyMo5JqAP18iNM0qSB2uV3zbCb31u4U4hrkE7f9D73SOs9zhZoWxm"
        "jx+Gyjg2Nu3HtH0fARpxUzZHQeYLnB01xdPfD+3TSFsyGSt9WaF7YQhWavlxyrLvR3lbRDTc"
        "PXPMdCFrAXpsnumXO/LsvVB5fnvS5wxaArpE+ToX8HP4zAK9jHc2ll2OxwIdbPHSMzh1dYRn"
        "8Gyfzo+iEr7YskfSfNCX3NiPPqeXpdNMZGuZcFnEjjZsm/QsO3ntYpevyzNHMx90/JcBHZB9"
        "fuVUFQ+mpxI5M2/N7+aIA6+8co76acSMfITSb39gpCM2yY15z9N28spdqXzl81mfE5l5vnan"
        "gViA7M2Q3JF9C/bARTNU7VAFe33boYs+C2SkfDHrnjNLlN5AmBbsN4Bn+zS86/1eO3vx3cMy"
        "A21/1zPlp7HUvHmZJG9jJT8e+IuaTUSXp0rNDcpMkNkpOOrgQwONwBGaC+kV8PuBGiS7M5dx"
        "T4uHBjLsuK22YDfkgD1Cfby37da08il4aXlfjydHoTZjDcgZ8BSqXGRVz5yq94xXFW7w9pnT"
        "omnzLs/DxpMRlwMlz9a1e59RzQzRg+HHbroch4vUC2k6fV8k467GLX7moWVm/mhHuLJuL5/+"
        "UVLQZwEnTM6t0TDPR+ALgF1EVWjdKlPZzRUxQSmbVZAgbh73b15VQZxWdDLPQJ+uHypHDjhd"
        "9vR9A6hUzHqYMV61MBevy0AKdJxXZ7O0GItyHoA+OMyZPVAxXWYuKsCunpnBKDPFwDfDatmd"
        "XWOmLy/Z12M21sbJzzV9X1Im+KHV5oKpM+4P8+iMtTbPuKqJWzCO2hOZL8FnddR592SnzrNX"
        "JgurLzzdJW5qTeACn8w6wOWcSGTjaDlOrJXFtkvwl6PSjaOzuQhygRYolXuOh3dkTbB9IxQt"
        "v/IP5oLOWua5jO1ROjwd8NfmVLSRuUDuPSb1MUdRyeIjOMAYYnUsCNqkVrXJMNwztKstuWsw"
        "9M28ZQwe3BpwaOcsBhyEo3R9ui9HZiGzFfVidAG/0dWd0e5bk+A7AlyhJt4n+EtnVOWXBJmQ"
        "m+5exKaqTfPsYH72iFMOp3jLXbw0PbzkTHdSCQwyxRsObdMhTjGF5/iHYZCx0sqrhO1FYUXV"
        "apR1tWkH/6taHolYhkTVf1YpRMa0IGiGCSvs6wmUnPJOvjYF5YUDu7S+eQRx++AcIyvCclOY"
        "293H9RwOxhPyvl3LC0gWg2t1XcM+w5/728YsbpvbabtB1zxbAd3w6SsflwzoA9cPXAe4wIeO"
        "IZZaE+r5b6WiZ3cevp2ar/NoVR+6iXY6nZueG0MMrBMeMDPFLDeRyE3MTPoGmugN2nRqVZUf"
        "rpWcV+CDqjqtRohI1WhlQgi4j1WtVv2pTUhfr5Vwi+j8MzLdZNHM0b6vq+lqj6hz0qoqUrms"
        "j972FwsIjpbzffgpG7PTXchJ+7NcfSZKXUxR7bUExyJ0KbLgCrGYhKjYLeFenTHpZRt8+Onv"
        "+qHfNafIQSnsX16PO2SxQp23m7D/Up2/O6z6s77+WT/0qhODeLKq6avG7VVzal0hnDv0ddDB"
        "QzmIv+NNR2XLMMHPelaXJ13ujPMjylACmg5icOVno8PlWW8JcxNgMQQeoBusRg/9b/WB73+v"
        "/5+84luwU7/rkTC8atO4+JVPcTZmX1MPAZpORzc8qUHncFXb9Gut6OKnoqHiD9hoTohRbYeR"
        "qtdD2Ojrpe2JP1lRX3/W7DkF+gO+br9dvP7cb6TOt59wUucTftWeKSNkufz2BoS+6qh+wwtw"
        "umyXB/q8oBVlAaM+qjgPlJ574YlBn048VLde1dXs7WTwqzZbOdZ2n98Rqv7ZJH/UP+uUH761"
        "wcKZQMTUwfK+dJBILQT2W7o0km/kmTM9mw5oWRtBjK/WHJEpUWdWhv88f4aYQ+V/x31MIFnB"
        "+IQUJcCMK1NgQbkA64cZ4ZI4Zv3ha79r2Tra5/R3PTBObn19bAXrAo8963V/4wf9535k3I7/"
        "qR/H/4/+0X/uJ+V/7qclkRjNpvpQoMqCyFTVrqs8zwyLvH7VE8P7HKW/+QUxlU12NPCJ2p4X"
        "heCV0inquwd0xWiraU1zfvJTV6etverzkPKEYTzKXv2qZkvlDkk3l6r3fEyMSfc9jHtEf+QN"
        "X7wSd/B2/IEE2Dek9GP/vQ1S3yssBPvksiJBy28RyCb42pb6nbXRnoH8u2PBIvhVZznwzI9A"
        "D1Dsru9ohye+AfYO9iv7vTKAt5Pfrn7qKR+xko9fdf0p2PBXHfrF+Pmb7CdqPIZ9xSqyAv5W"
        "7alqYwltlVQCD1W15+H5VZ81UvXdc1L+f7RzpQ/fn/XgOj+n75u+9nAemm550MFQrGf4kgeq"
        "1v1VTz4nlqGl9Adt2gXbOxq/oXVMOX7pd7bTNF9MDO1XzSG8G8QJFlUYEYbZfCR1WgVsd9R4"
        "CYK1p8/vfAyO7teD7jTgjjEpbyiOlT+KXZDtrxTWkBD+OPZblFUSfIe9TNuDcfN0QN6zdrRu"
        "NQ/3ta1prRkTsCF9XEeO+OKw7owShfSHQVtXeiZxehiSvnaHbRXsI9z0cXEBMbSqY8Qc4GFb"
        "lQOtcN33pT8HoymQI4F3cdXxJzZa+axDnNmVZsROx+9zVJqzIkPb9vmdgDMVBggMQhDLIJmH"
        "rgk+L59y83KZ6f82xwpxGXQB/9ceHtEcH8Tsjt66bzl4LE/16xuEX7X+/fuqvpSr2sw5+FJV"
        "gHc4121fxG4pOr2sXOKaQezbr9Pr45+pfNqbvO71bw83xPIvnnVGP6NffPqh3ndD9flHfIXx"
        "H8/xOlK1rOZVLNwUR6f0VVf7+7uuqhBRms4tx0VrnW9FvQN6tU/7277gU/n+4lm72R1CT/v8"
        "YMUv6WfifJTiUr/vnDt66LQVyhWPIa5R59CSyJkEB30zobo+fxfWTuGC0qkrxHN+luL3n/Hz"
        "/HmTaOKo1ov15Jh+cmdUwrpCrTtX+yPRDeSnW79rA34TutH3FzzYmq6RXFJNeDs00M38Zir/"
        "11a6yuBYB1ghzh1ffpB5J3zfIPC1sqW9ATgez/0+fytnLd5mdJjjrai4WVUZ2vd6FMwSi4BP"
        "m/sQjUu8ejxK/PGsgzcgPmzmTqzvj3jgAQ9EnX2IXvYDdBo3m4p03yD4f/8GwZrmPb1NFfOq"
        "szMJ+vT5neEfehM956NIKD02wWQq60rp+fafdgk98TVS+Pr5D/wBtnb6ix+AvyavOq9jHb78"
        "K/CWggriK34barOK1ZRUcmqCjjUg8qEuhqgdm+L5PQhS301ZE/Su8wjg5hCBUcye3329vv9C"
        "nYx1/tPiCS+I41G4WYGNO95MJRIIAlpc5cvrMnGQGVmJBF3vIbwBUp1Tbq1RAjCR980Zgz+O"
        "e97M9BwpuMCPckkoen4VkmGV2wMxC7gppKrfAm1CEeUB6BYJ+8MqfgQcJ6mudAYuUP1jZeHs"
        "a3lmFrLSrIvBlQ60IpnpwSbOXRB1BlcyxCd5/MKzy2wXdXtx/IhjmrwRk2VgHSiEvyiPThnA"
        "kXCIs0TOkic9wT8iBDhMRhnOCoSzpUDfy3i/nFSVpWLO1Xmm5tguQ3zOHbaC2G2YnGIUfKxv"
        "ccowJUu5TLAxuW4tHN0zVeOVpDGavm+q5Y6sriJ0Tg+T46UboACnzPIIKiDKusBcG7ZE5L48"
        "X3bNUrLvTbEHU1tZqYyVg32M4ffox2JzxY0FMKQNHubMXYHvvzYhhgQYwGPY2ErvTjLdfvlV"
        "FJ0zVFfc2upubudy2Rafe5t7qUBMOEDTNa6wjYfgg59yBnB4+FKx/Tt1rxBLfoEXE4uVWNgY"
        "kek5uC9/imz641wvm++1fZi73XpGb987fB98dcZTqW/xnv6+sshgSKrOnyk6X4D3vnUP35dN"
        "BA6B5RpUTdEyMFVcWwGOoY29zQUvmcO6eEY6CU6A5sq3WQl5S/PkXa+q53d/SIbgupsVCsH7"
        "bYsFds1aVRfCeup7EZTjJnA2bJ/Xg8jeobNODyKc4R1yEdFtApGPuZPpJ3VG4o/vT/7qv0T+"
        "46Pl7gvl8fv/+b8Iza8w"
    ),
    "esp8266": (
        "eNp9e1uTqsrS4H/Zr30iwNZu8YuYh7oBhZRSICq+TChqgWhjt7ZcJua/TxbYa619zj7TETQU"
        "BUlW3jMr/T9/7W63/33L28Nf/zN+HY1G/+pv3Ldf97/+Z2COh++j4dur+a+/9tv79q//+Qvp"
        "P0fKez3k3BmNvyjdeFeMh+7OjFf3r5XjNItFXeMlUmp8uoeeCKx5fhrct+L26vo34RWXySIy"
        "R5vRSH0qN5hOHjJ1Wd5BxgyzCCHlEplMsbwxisQMqRGmFUG4qkJbxR7NJCM1WmNVBraEt9y8"
        "2N73q7t1LF+HSHnz8fyROg86bAfT29YN65kjpgqf493k1cvRdmsMQ/5drwzDeNz3aR7xsHC+"
        "F+nmNDkVs7drzvidnXMvHL9Kf4Yq296u8+1nPd5d1yF6DM4iDtEUv326SRM8Fm8vu9kocle4"
        "PdKsGi4ncyBFEdvvh/n1ZRo8jFlBdq+H6YJ8zuTp490Yua9pkubJZnCn9HQ24sXn4zO6tpM3"
        "P2Hf48kHsR7jsXO83sqX/JC9l3E1nkjbTRSb72n8elhtXl92o+OUHzfL7a1mMp8eo7XRXOm1"
        "mcef7UUVRktXy/u5uFXiNByaY8MI10lkL4bv5e6FXvxgFMvKOZUh44vSe4mNdGCdPiffE389"
        "vbqL7PseRMz2/uo5/6dEjAcgKda//jp83L+a7tZoPDFHg9d//XU/1HctJJy+BEazNdoXwWuM"
        "2M2t+LE1BBxkwQTmCUYCKcQKEjV8KB4xhhc60TIMC51IKiX28YiZmKwZNo7dHE9DH3M0rP7r"
        "fKQwuzFFjzDyCDJOlqHlQxzHxhzN08r0F9LmBXPcsTFIXym+n5OLlKuTyGWFHCSRYLkHEjis"
        "EIr0+1wFI+NBZPc9a1aE5vFhNBEb0UOBycLFLw/jji67E2lMgY4nA15EFPErjdRsemvzBeAl"
        "wlvTELdEi2L2CgJehWhm8VeA/yI0/LOm19tKy7/Q+EYM/rEz/CNSz+d6/rVCjGE8eVhRdUQk"
        "kaLBoCncDaNS4FVZbdZMSYGKZIRQFfFCIn4YGxIOUXDE7yECHUJceR4n2PwgPHt/WJ+e5oPN"
        "CSImjW1sjv1YsJN7MVqUq9M0Q1FZlFSEFMl3URRUHHxjfvII0KseHSekRKwSJawY4e7e0LCu"
        "yNqdjcEhktRNjUbRB+a5WeCIZ+SGZWXHgFu8PxkRincb5uVMVoXGTRaep2mHXgub4qnDFI5Q"
        "oVaDY+xMjlYegnwMjhYS6c6QSqAvKgVm8AqdqiE9RJiYdq04Ep90P6s5yW6twT/pDqXrji/Z"
        "7cOQMA7f/IoCTprn9cMC/viYdTwnsab3SGh+EC1TV3S0jBkpev6LIquOH8Zr6IYvhnEFhOvR"
        "vX7S9a2jq5fzoB+bSI83Of8K4bqTd8pnQGchqL4vruIwNGQ+CuenaoRM1FZuazIm8Wws4wzW"
        "pwXivZNtuuKPu4O1kAP9xd1DlC56mptnB3XQVQ0ylrBDpwOy0wH4KwPLOAbLzHhYylvgqbQS"
        "DvymCN9aTuKK2yEG7psJmaopYL1cYOkxW8Y0VMstTsCQ54IdFq9uC8+LqoOr5fEdRJQhLYuZ"
        "cbQ8ISs6lzwvBcJAm04ff9FVP9+4BsgC+f1+RRgjCmGMSmC9nD7hHehVHtw3wzpnr0t3hu4m"
        "XUgxAWmcvyyYl0p3ACYCWFXMX+9tUwqal7Nvh1QoB0EYFpmr/BzhcY8DzNUd3YCGH4V6dHPv"
        "v+ZM/P7ornft7JC2Mqsbx03iQ4ZfKOhpBHqqmaDxrXKtrx2+nT2g6vpcv16zJ9IiQ8evTs6q"
        "49HgcMxR9WPXBMoLsA+7bp5Ql/NfMvc3+JYH8Od/k7cvgPXQsLTOa3vzB7zTP8KzEJeSVBTo"
        "CxrZ2V+FLszlF4bEheEfPOeYlUi6o46e6Oec1b9sKKKjC8j/b3iaPzg0AstL19yGla4oWlbL"
        "6wyFO5RLaYNf5tWU2UAh3kgZgi1jcB/kLIirubuEa5BZCfZWJjCf/vDpjmRDEehDtx73h/aA"
        "IMiv/IMeoHvgkb0MTUyCgC5VZ98/wJbM3JuyIVioyKCVwmQLRPHavYNMxzm6Y/nUjx86zaKN"
        "0UIEAABSoKy05YUxWnphRy/ZbN1NcbjglzXoOqz3lppkLt0JZl95rbSpQNVk1i7mbICBQkpY"
        "aHjHAls9f0aBrJbIjkPwLQ7quOJ+d/SlaiLuQs4Xw1TmavLW+u4cudUClu9DjPPey8uKKy1X"
        "kt/SPHv13FIdO750+jfwPozgpQH8LYkB3/g4NLSPBd+a47C2JnbZ1IohpwE7XafgI+ROjDfE"
        "AtrwIk7FcW1M7ViEyDV7nqu6txlUej/+mswVwPvlW8Uf8mWiuOOHObuEZsbxe+K+pQeTkJ3r"
        "lYsC08DXerm+ndbcVxX1ZQV+q7NjUXtEHx+RmFByvYEtfmg8UyWk086qkOKPwgBBUAt4nw3P"
        "KB4hWQVTKfgtMoNm6ibFIccvWj4WWj5orOVz/MSn1xcdY7gbtuIC2SYB++888C6iiA0/omqi"
        "fQQC3dQLGQYcqD4XojFppmLUTgfcB1/SxOikwCKCZhLwR4DLGfE3wUWqsl/++5c+IDXvZByB"
        "PDMlglhN3Riuwb9IIWTTxygT4+8xDApy4N9LhTOMbij5hT+Ibv1igD1daBu9g/BB20KtFOZ/"
        "1fcXLQ+GlmfrpvW9h4c6/e/hiz5eIh7chSMyMSVC29JhD9ttjQa8gFdH/Ogb4AdApjt8f58f"
        "fzv/Xgd6yuObtIEenTyen/wYiXNnv8CO71Grbp39PpyxSQM0j9oJxCo++KFG+0NRVKlUFprm"
        "NZGZKl302DsNv7pkQ3H2MMKnPxz38riCCNlxEN7TUT3jqkqXH751FGM1Dkn6kat0IUcTWrnn"
        "bn120mCi0vez8clz74YOdF9Nq/0UVwI13g3HXLj4XiSAw/yyzLHC04XjMQd85OxtWL7mPN8h"
        "NvLBBntvwhfwPa8WNtovnvbK5ck+C9+ZOxI/dOnsywvDwA8O8afWqTX4McxUrvW0FMVwhlKw"
        "S0/+/tJBhDbgDp/2tsJPfaRo4fHUpJLKTi9fjk8/ALL7IxegZwJV7usPvIY8ZVUPn/YugAeN"
        "Cu6wigP8EQP96fR5hoB/tONfNxbgjhkpPJAfgsH+ut3zUbVHb2jBI7S/hEPpWTd1qcFWXtXx"
        "DBGXkN4XtyH+QuEpRS7zS//oXo3msGBVDXZghMedfSMi6WyRhcKMQbws7lS5ZY93dWol1+PL"
        "08+HlHbzxdN+hmMJup17AUK3k4A40hsLB75JshwCZ2oK/Z1h9x0qpKoWODO1/d32709Vvdw0"
        "GO4L+D7YXs9vAda6bSXEucIeydViEjZH47O1v4QQlTzCvyCjV7c9H/nZwk1s5Yu6mtCBSUZz"
        "ML9BImwLchqEc7C3O342XacNPsRDrDxJ9bMlOMgcUefdaOAwpwrwQc/1Uh0rot24lyXf5eU+"
        "D9+5O9I6JkCWOv1qqhD41/ljAfYe7JKOX2vwxd0ZbIY+d7zu7IFJFDxv6ucZ++G/1fH7As4F"
        "EQ1v0vlXH7lgPyygJzUooGLq/GqGPoD/NwT8PyKl5QHGuMAQn/jankCwB+ME/8xz6f5tTNUW"
        "xhbBT3maVwWMmfavTg//l7wt9XhewRjH0/D5fidv/fxYx1tBdfkbPCavP/j8o/z280LDC8mv"
        "+UTL82/96p9/aP//x/vd9//Al5IO3vk/9QNZHMaJnndQBvOM/8CfKwfmO3v8B35I4/vH/O/3"
        "aQXvY6XHNeFPeP37E01vIfOfsUBAr6mOV8CIZ/8J/6rX4yJNr/jf5v/E/+OHnpXGp9fvf1sP"
        "uml4XMd/3fdppeXhXfuXnn5IxwudvHTwIIP+8T++9j/0puNZX89704y5fiQ9FFY2/2BzL5MI"
        "DguOOxxHLwsaCtnT1u5y2Bn4I3s7gcwnQke4jnyCHS9Mll42X8HxAYfh4QrZRm/jeTaPvExE"
        "dmWMHnOp88DbOqbYJ8nCi5KFqMzrLOeLa8MXD2sco3sBmbxXQo6v9tyYnRwGyXexWhtrW91C"
        "UkJyLvik4OLyOc0hUxle7taOl7t3Y3RYDOpbDnlkjq+CUN9bi9uXgxRehaCP5RxinMHYeXlY"
        "2SqwBGoLgtWoi3/qY7v1L0/8R3BIO+3tki2NkV5DAfmOOaElKiFRS7o5Zk+NV5g7KZbmbAy5"
        "7RLs3dSXFo6f8TNVdtQ9yzfvCOgpGpsYDVIT59C4VcUCuaj8BuFF8IffiPs8AGB9Q5yE8F1h"
        "E2ixLAbvPGctv/kjr04o/ta2rW28N4uEWYEnrSc3HxapSxNNSkttCrh/huuzNd/kcJ2naHOC"
        "+RzMx/lGvLNFsusN4Q+JNlcQua8SzLA/FEpdTtXUqSRxboDGLT+A6u0u8K1If6t+lCgD2IBb"
        "2I1vN/g2/3IJ//iofCesKMC46fzr8qg8x1PEYQqlQsMpkhhFU2USfb0donSDkY6pZ2X3Lgj8"
        "UGQSxj2sEQKfPBNw7Tkz5TldLqv5CPhdlQ33wOc0U1XxpKMfa8oMSaOvK3x1zljjIZBp4mnO"
        "MOn4QmcoR9WemAGSH92zy3v7VR13L3PESp8eGvBjGfg0zG+jBMmge4YXFa0/jwbFM1ItlYJP"
        "YgOi3F/wMGRHx+FLBy9rSzNnq+pwfFlLe0YX/tzpY8VufpPxozi4L7wQZIrc9Q2yoS/rQ9e6"
        "Sl4nzVs0fTTEo2i0jYwKW2Z7iGjuboz8S0DOmQ0e7yDXOvJK8lHjLozT9FG3HoHnPUD2EgKt"
        "FGJZ+xiBtJG0bEFXjXYREV9kFK43VSsUJ+1cNFIhiKVPzjGw4LxxDiCw4Pv7+4h28jno1tnJ"
        "p0D7db/Gi7/XeQJEFUQq6qSBhc3juM/hP1zEM4bb/r2fs7MLLC3XaPOVDLv4Arm+cdN+0CRd"
        "PAF+vxtTcwbxBq779+qvYCySHOiBqkUGNqSvE1GPTYoTwBFxudkYE6cwcogjTnwGdDnhAOSC"
        "mvgF+P7d88niN4V9aSCBF7eiVXeQYa9uRT7FgxmlwCPkmD0+FZnj4VS0xX5OhgjyyDc/TfqK"
        "BeZKuFKktw0FWmenx9slO2EC/BDorWERmaYhBV7onAXVOdr29DI/Kc9UqkFo2kJMqOfcbg5D"
        "HP2L5iCvSZk0RgvxSIpuHMjW4WQn+xbv8qbR9slJunuE6+t1d82ST6OCsB2JvEQn0gI/im7d"
        "eDUOxo4HtEdk44AO7tDCnOn87/To+fM8Q+yv71v4FPRjGpmz7GGiU7BRJl2IrxUEndrOz7xs"
        "xpKDXiPo3lHzS8NTPZw8WcS7IAJZSWi3vmk7nKAcxutxN+YX9ipuJq1IpdD60d2Lc/YK94ee"
        "imOwcwO07nVF6vuBVcnAklbAKz0XAI5pv7aIL9JVJrH0IoTTDm9M+CL0h+GdgTc2Aa4JMEZh"
        "uyJaVopiVxtZA9fmh61UR+9bubsbqluvQKtF911GXxXkuLvhanN/h3wRrXpetdIHWWS1cVKh"
        "uIAsIjnBqGnQsn3p68zijip72/EE4kjwdYiPAgQy41QKfM2jtm453bMZlRNe3bN7L++afnGv"
        "Pz9nsGdooqxdYORbB4sd1zcDaYKe2L3eEOAD6IR+Nzr+0EMKNqALZZmkpaYKNnMRV9WCBmDT"
        "H6M7rcAHdbjZuIcxzdMU5Uwy40emZhCvo8WTV59BiRb92uqv4wvqfRPyvhLwKVafJ0Ae/+/4"
        "zI6/ZEGJHIGPl1j08rHiqpAQQWDR8YsCv9bg/0OH6jUXgMveFPWY46Hk9fgxlIuot0PTnr+r"
        "SsX1e3cfdXC87lt0a0yoANLfDOrjFQGeRT3PIB+ZUCzBSgOPCRYKMj4W+xCqTRWrWK9foJ6z"
        "CA7ENt0YQw5wsxMUHjsYgazulG80t0Bmwq6+y+qqyUr/xSsTG390RH3yh83/nR40+KHHRvMI"
        "1ruxrNOXLdL1RBKu681K1Fp2pZqEqEkW6yoFc2nH8F9WtgC5558Ig70C3wt8sWOl9waG8zj7"
        "fgzAb56rWaPphCGuOsP74JeN4VMmzjq+EinkV2DztvWFviAG9nJh2lxJsGlShcmsmjKWVxlS"
        "od/5ZMgLhx3OPb4JBpp3Y/B/+P3YwXamIHqlj7bLqBzIQuj61uX2wNGw1nhsVoZMYQ14yRZg"
        "s2LT9uUE7hd42MHCK6mSO5JuaqTPeHHhhP1zDL923wB6++iOwrJF++Okk8m80+s3r7WmQJfX"
        "WVstAvnqYNnRD/DdVTOIfR9o73R27IjTyj60dovtyobYNAL5oOUApR8dvFr70hn4DpCHG/Dd"
        "ycH39N/GdUcDqvkFdIwhx4Vv2AcD3XbSGOjnr8vpaan3WXb8sm0s0dxjGqtOdnZfPb6fpHJB"
        "a7h0Rt06ka6/mfje0YA4tjHqcuBKNI5Yalnt8sgJBn82Yok0yuoVq6LD5+uHJmK5qkqOPzse"
        "E8G076NdbU3WaveCCNiMhYaZUOPU25drv5Y9Ur1Mlt33KdhmdIeoABxinVM8d5x+m2JCG3OG"
        "Nm23BvvTf0Gbx6TXBf/d2LUE7ICNM52bUpBDLtwZelSQ37PoYNkzgEnBV6R0rxDwtFt3wjrI"
        "xJyJC3sz76ZEybCDCXx8a5k/DNLI6den40DXGQVmZ29gXZG2Odl9OKEo6Oqyyhg+dQpsno5N"
        "EreDRUmw7/2N0cP+BO2+sEHvb/r1aB80IiMY9zwCeRqI8DHht7WuXUiKhY5D8f4p56FCP7ow"
        "odJuuvXghBgQZWjc0JpO+noPAx9sf3fzAdixvOpgW/MhehvHJJ6D3oL8CrmbLOT43ZP2Ry/7"
        "u4ZSRkD251r2N73uZcajmkAekXfPzL+Mwdjy69ro/GVFDHA70yFa9jTkc64MwhvQz84urnp9"
        "/Tn/4J70uD/t23LX0+jgQ9IlkJ1xlqkK8bsHesalzrV07SbuZccZH3UcYc5RPJ70/lDXhWzR"
        "wRSgF6kZDNoG4+8dINnrF4pPfzvXOg6Kj897/fezcjcBPhu4DCYyPVq6lhLC97IjyHQ8j8oQ"
        "/ETsRzx2cx5rfXzZMtnVOosp7utxTcT0npeoaxEcgwoxE6HF1EYtKFRSgFz+2k9RtS/bv9Vr"
        "c11/4Q34WFrrgD/TYy/ier9X90F09RnW7fcK1H9Pvm70PoThlfJSd/X21CSvd+50VVFUHSxK"
        "CzYfhRbxkZiPgf8cjyFSuVLg2wa9LxfupzEy7Xlec5S7pfGCXzgpb0mu90vtXUVF6Mv98Fax"
        "O2rwEOJZPs1zAn5sJ0ZXFl2SYfEQ9dB4gRzEZKvIfmNJUW9BfkZdTonBd0PeYJrElxsP7Oy+"
        "W7+rwggCSp6oeie9VW2UmRkYn0ZT3iLJs9awavNhffpOQXg6NsA3ffqBvh4aW8DMJ4os5Juc"
        "RZCfKiKqkzs12tKaypllFondFaM/WQhvhNO8HdFIEa+GfPP20DWyf9w/6egd6HoXtuwaI3kc"
        "GkLDABrMT95UForNkYiqIw5fjhMdk+u9N4HpYYB/6qvMJISyO8ZPvtJK15tIGToyxPZUXhTT"
        "cuIMEk+ssHqzC7bNPXKllvI8HZdjGTsLEf7sZ/5R/+3wA4XQtlbLQ/FbPpK8i/s2eaxwLjMP"
        "jjovQybwBl/Y8hytVt5nci6c5BhA/rh/XvvG9uK94YtbG6/XfCU3mRVMPpNT4YAa6f18D7Xu"
        "A+gKc7yvFyOlY0BtqnlXYGG50v0c+Y/8Bl29p9T0m+JUyk5eaeX9jIlaw3ynLyFRun5W/sN8"
        "9/4Dd/XD5L/NW+RnjJmG143nGl4P39Pw/5jvvtfhR3/P+xXAJ8z59Xz3/m/4f8Drxn+s7zd+"
        "f8z33+vk54j7fpSb8DL2DQeC48Uk5oWB/DCBTud6LllDFbry+IKj0J3hddtsPgWpPytsqhHa"
        "XEySfZlo8mGeNieThGWMJoU532RwPy+A4ybBF52/WWhTmKQuGTJ3CyP7hMzZM4YfkjuBctdB"
        "LS9HuPalG5XL8XZ4P2MLbF343e1kXz7k1Nkopmste1RsMUqSEwpRzefoG/K/vgZP+NxFbetB"
        "/FeXIPZc19+dvv4egAfux3k3hnzaIsj0Sk6yLMYWCfEdrsNMgLpaoRsEkufw4X7f6AYGUucj"
        "Ebc3M1lVUZaJvn6VAQ7IiX99P0gaVGxuff44wkVft8oXgDtvwCckfb1c91jwYgTRLz9sck7q"
        "PEVLEFmhRim8VwkicdbXyATPvTni23fD8OcuxCtfi/IFcvQ9NaeKMMij8S2fvflDiKHuYA/2"
        "03z0HhQwF/dz3lsAc2wPc4NuTtWmLADrhoNt3OPNw8qHgJ9qPTKLvcPFtAvD9L4XJ48EZJqt"
        "T2YgP5mCd/HuuZ72dBOx3n/AD2PSfXv+4s7Bd0blN1r1/QL1tdT/SXgHIlITa3okPT1zmkHo"
        "3qQtUomJwqrbY1n3e617lD3H/bfq6GFVwQINAQOnljRaqwSS1J1vNEBvf0sYarrnl/3zSrgh"
        "xLmQUxM2UosU+JFkKM5qp+WfHi0yASZCP/+sKeauSnyg8QHn2mc/610fHkTaI2eZ++O6vKEf"
        "/MPgF/7C7PGXSNYLPSf7vZumlO679aDVBNUL6zwiei7o39vxHKMJ8w6o1fLxBn6R9f6W3XJ+"
        "HjHg0yGausOb8pyLhBwDv7k3xZ1zBTTPzKY9ga3W/TNKwzosJlVF4D2b2ty5BNZTHtn17/K4"
        "q8HXthoPr99/AzZ+TQS8J0Av56dRLuth40LU5Sr5EVhFfs1G6YyCvGl+hm1Pk5Ifu285vqN0"
        "d0U2IiIb0WnM3mU+vbh5+T1f2l4SXUKw7hADM9A31td3SR42JoM4jckf/dso0Le7RANwGfUF"
        "XFHAR2Kf5vZB6zTzuufw7aG/+XIeR2H46jgKCa/ZTkjkz8ZVNaSuUgdvToAf715zGCG1s3Xs"
        "ddgybHS5NB6VkTkPZIqNPje+PGQ6FvcqwOdUx3jJvOUCj9I92d0arBh6yd8alNU8WVyPy7Gc"
        "ZQUggu9EAh5TmJOZ6YuGH/AqoeMjnMEaeGOL4Ltv8PsIc8X39gcP49tor/tIyuVogiP0rWwv"
        "I3o/sKtV5dnyxoMps3kMeaHWH61fw2c9SqmRSMsNMtpe7oZ9blzK9I4DGL92awNduSQE7OEa"
        "eUlOSfrgrY7bRnjQ1xbuFPIatA9e+rh7hM2eJiuUz5zxw9IVx8ah/TttP0eAR4Kp5iTJfIHz"
        "k6Fl+uthvFtZSyZjbS8rdC8tyW9GcZry/Otx+1zENNo/a8x0oWoJdmyemx935DsHqev8zqSv"
        "GbQEbImOdT4gzhEzG+wy3jtYdTUeG2ywLW6+JahnIjyDe4dsfpKVDOSOP9Lmjf7ojfPoa3p5"
        "Ns1lvlapUGXiGsO2yS6q09cud9l+PGs085dO/nLgA3IuPzVVLYPZ+Ybcmb8WdzYSICs/NUfz"
        "POJWMULZV/BiZSM+Kax5L9NO+lO70vXK572+JjLzA+NOQ7kA3ZshtSeHFvyBh2ao2qMK1jrY"
        "ow9zFqpYx2L2veC2vPkvktmw3hDuHbLobvZr7fzFV4/LDKz93cx1nMYz9unnigzGWn98iBcN"
        "h8iuTpWxDcoZ6OwUAnWIoYFHEAjNpfJLOL+hBqluz2Xc8+JhgA67Xmss+CdywR+hPt/bdd+0"
        "iylEaV1OjbgaRcaMN6BnIFOo8pBdPWuq/jNf1bTBu2dNi2bNq7oMG1/FQr1ofbav3fOcGixC"
        "D44f++lyHC0yP6LZ9HWRjrset+RZh1Y5+zZOcOTdWt6Dk6Jgz0JBuJrbo2FRjCAWAL+Iqsj+"
        "rJj2myvCwCizKkyRYKfDwK8qyNPKTuc52NP1Q9fIgabLnr8DwErnrMcZF1ULsER9C5VEp3l1"
        "YTeb87gQIdiD45w7Lzqny9miAuqaOQtHOZMvAYuqZbd3jbm5/Mi3j9nYGKff1+x1SbnUfcNz"
        "yfUe9xs7uWOjLXKhe+IWXKD2TOZLiFldvd892ev97BXjUbXF033qZfYEDojJ7CMc7pnEDo6X"
        "49Re2Xy3hHg5vnlJfGGLsJBogTJ1EHh4R/YEO5+EouW2eOMe2KxlUajEGWXD8xFvN+eyjdkC"
        "efeE1KcCxTeenKSdY8jVsSRok9nVJsdwzdG+ttW+wTA385cJRHBroKFT8ARoEI2y9fm+HLFS"
        "5SvqJ+gD4kbPdEf7L0NB7Ah4RYZ8neCtyamuL0kyIZ+m9yE3Vc3YxcXi4hP3NpzinfDwkvl4"
        "KbjpZgoEZIo3AsbMJW45hfv4m2PQsZtdVCk/yNKOq9Uo73rTjsG2Wp6IXEZE939WGWTGtCRo"
        "hgkvnesZjJyOTrabkorShVXaXyKGvP3lkiA7xmpTst3+7XqJXsYT8rpbqw/QLA7H6rqGdUbf"
        "98GGlZ+bz/Nug65FvgK+4fO2GN848AeObziOcEAMnUAutZ5SIxh8a36qfj+a/exH6/7QTbw3"
        "6Zz5XgI5sElEyFmGecGQLBjmjA7AEg1gTKd2VQXRWut5BTGo7tNqpIx1j1YupYTrRPdq1e/G"
        "hPT9WqmwiSneY+ali2aODn1fTdd7RN2zUVWxrmW99b6/XEBytJwfonfVsM52ITfr93LNmbyZ"
        "copqvyU4kZFHkQ1HhOUkQuV+Cdd6j8m8teFbkP3uH/rdc4pcksH6kd4/J+CuJKl0v4HS++8M"
        "VX2/GOQZqPrpH/rpE4N8sqrpT4/bT8+pfYV07tj3QYcPHSD+zjddXS3Tm3x6VxAyDPjCE35R"
        "10obxKoBe4F1X7PuEeau/Ok/qidwBsiltoh7e5cbkdsYlar1sxBsZ9bRiqpQ94ejN6T6+gfV"
        "39OGtosuCRkQ3Z+md+1ot6GaIwvJqQoQ5HMhYONDbvm7/36h+/s8Hrkm8EMIyHP1txo57L9x"
        "ghzXwoKTKWTYgEtPk2/wZ22Hk97Xla5+Nt/puBAi+74n6acvGNdASGHLKqYY8hxnmgEeSyYx"
        "YwlqkXz2lKF/6yelaIy6fmDq8X0RAo4zdPqKdD862FsBPkKgYx8TD97auuvh26vwV682rjT9"
        "a8P4g57LDTGqYaWLHElgGLRCpq4HvdICSeZaxsDVzbkKsb7WEAPbBIsIZFx3DLz7kYFA90up"
        "331hv/vDqfBVX89CFwYy8+y/pT99Y9TS/UMuu3X0N8Ule924b2lfg5ro3uxWhlZdJhHg/mAB"
        "zau5fwA5N6r5wUIHU8zNtLYM4xMyCcacIjyAb7OOfb2IrRUeu7zvz7bdmzEsm/kpbnTNiZ88"
        "hsh19vbmf00fxh6iKVHZSQrBh8h0jOO2zT/1SmlQRtf/VE87fuypV3Z9vMy77S+hIf07skyW"
        "fDKk+3iHsnXvyt1jVZHp6S2cHCcEVXgrCo/2Od/wrvsxcGQGutZl/dS60jZ6fRjb8b3bBxIG"
        "2I3OBwb/XHOCd3p8jkj5TNcO3cl/8oOYkfzpv6WD/9Z/m7EC/aH//wHnwNT/dz4EQf6nedDS"
        "3/2CpBYg96P4kpEViDQ/qWiq5/vfnvz0of+B14/8dr9P8UQ8Vf1vfLwTnEHzdqDbWHj/IG/g"
        "XAzEqsuTPh3857qfvwcqpLZCuo+tAv+OtH/ofl8Ewh+MjIXk7wL4F7biMwaZh1zD1udZGx84"
        "2D9vLHkMZ72XBfeCGOwgxd76jvZ4Eljg75l42iaBE5Mkn+joy1VUAkK4ICj17O1yjSts4zWn"
        "6YBUaCURfisXeFm5CLKu+2WjdvuVlB3tdD1b7xtwbZaKoqcn4wQt4OCgBwvMuO6NyLmur7Ys"
        "Ri3nYPYWGtawcjnE8YDNFoldlhSn1RmiCYmTRKEYvnspV3jJ+Z2tVh6RWU0gx3Jn1Sbhr2qx"
        "adfL3p60A4rkcCYziPQgnzAxkh7klAUnLsWsYh5xn/Kkfx+gbmDXbXgSaJScYzQdrNzzMRU4"
        "Thg4j1MCMJxBrDZX3NiQM++H3gpi7OX7hUdIVufEXus4YlXLpZ+UkEu5fIXI/ZLaa3n+jFn2"
        "tgP5WkaxZDKJcFSpKamyN4DlRLZEX8vNdZieEzJ93bpnsBuwWgcWsU1euYN4+8qcrUwzwGGU"
        "qv0bIUuFo2WNdsv4sBypyul1L7nj7KcvufJKJVKKVxOywVdup+/zj+xERjEiDFfA0yoFz74H"
        "O7vZEGIrUm0sArag2QK1LwXhK2YXTPu//FrslrtPSNCy983rdlB/tPlT1zvegt7AuaNlN+7u"
        "a9kn/e9dnn5HzwlcJl73+xuQJFR2fmXI1sBPF8ZM0ytWqRI0audoX9nVMup+WwUYfjphu1v0"
        "39J//+t//dX/4u6PH+d1v8Qzzf/7/wCLUvzT"
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
