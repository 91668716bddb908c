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

    Raised anywhere below; caught once in main(), printed as `heading` + message
    and turned into exit status 2.
    """
    heading = "\nA fatal error occurred: "     # the 5.x mode puts 5.x's in its place

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

    This is the one place a FatalError is caught: it becomes the line 'A fatal error
    occurred: ...' (plus its hint) and status 2; Ctrl-C becomes status 130 and never a
    success message. Both go to stderr; stdout holds only what a script reads (v2.3: stdout).
    """
    console = ConsoleReporter(stream=sys.stderr)
    try:
        return work()
    except FatalError as e:
        console.message(FatalError.heading + str(e))
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
        "eNqFfG2Tqjyz7n+5v7qrwFFH3FX7Q154CRolICp+OaWoARmHGXUZ4NT576cDOmvdz76felaV"
        "S2Ig6XT65epOM//3r/3t9n9ueXP8678tyzLN/+p+uO+u97/+u2+OB6P+23Bo/ddfh91999d/"
        "/4X0P1eIezVgzB2Or5Ru/S+MB97ejNf369p16+WyqvAKSTk+30OfB9YiP/fvO35782Y37heX"
        "yTIyh9vhUH5LL5hOHjHWo1L9H1ZpxNpJbGGHDBGU+liWDlGCI2USKu0AMeRRbK+xKBYOEjMb"
        "py6R1ko/dZyG3/3+blD1zvuUoGJ8e5+onRWcgvi7Kg+ebSbqG7mr8DFILgx/XY2DnY+dvWH0"
        "ev1+7bPMFbvRvLoEbwsxuFyYyM1ozT68xxbdTIri1dfR/756918fB5sY67gKbVR6l/JwZr1J"
        "8Dm6DTJ2SLy5tfDoYWOOw3AXis3X8P1zWPYM6034j+3wi0/LPlmcroY8baus9rPPtckXi80k"
        "XHz3vqafwaC4y2j8eEtntfG4bXuX+vzuv3vf2ZI++ig+5EiMzPlyO9p+7kePzCqzycfqu7FD"
        "wr4m/smYFotPNoquix1ZGny+Xb+towbVwem0fBgT55CxVXD6zh7DRXIzspCi3SKzRbaQn6Pl"
        "pNnUi+vb2Lyn38Vh4b6bEybi4n/+6qTgT+l4N99G7yA0x8/7tW5/Gg4G/ff34X/9dT9Wdy0w"
        "jFpBj+6MpRFz9IFWJPUFnmEL+RlSnmVYsGvEGxkNfJSyK2kjxJFEdkGimg04SMfkYbRiZ8DN"
        "AzJsnx/aJiYbGxunto+l4QwzNFD/tj+S2L7Zkp60bC2lsezFMlAGP40NisQQNcfayVFdEm9s"
        "1KgpNQ2EUVuqJSPYZPaCzoSYa3KRT5BBJ2gYmMaHXp814A2vhgjWZ988MRV21jsZo/QkCdl7"
        "fnm4hO+Jvb6qfenV8uGPRj47AUOkFUaI5aVwpoNvlNuHtI5qTxnVfcW4gdjRMBRnGeM1WYfO"
        "riEmR8eBoYCENXZvxdkrDYvyksIHVUQRWGihoriwwrfIKmf1sUdrGSyQvV8Wxek9Z7WQyEUC"
        "cTv3AxvlVT31kuKY455nR2qJuvWhCNZnMc2f8Wu/5kVonh5GHdlDeiwwWXq49zDu6LI/kxro"
        "Op1buihiXzSS8+mtyZdADg9vdU28Ei2L+RuGOUKYg73B+D2uxw8XdBKYFPbDMgQ83/Jzovnb"
        "E7o/1+0BbEWMW/7egfvt/lKvMdRHVa+9bXz8wNbFpkpypPdKfFO0yhULK2ZTNHMD1K6Xgpx9"
        "Gz3valiwgcT7MgxJBsIC44HQTCg8bmWFpOX9eEI3mjIiF/y4NPwxJ1k+RG6t8MjQ9+C1Jct9"
        "w4+nPlKkX1lf/DAwTPImOZlKfvg0IsSrN8MQfeb77Hw9UMRH9tmPCFJL88KQ3itesIgfNsZU"
        "BO7AmHjFeYXNh1VinOT4Q0afQczxCuh2vMBopOO+8RGX6vx6VvMau4VDMXNtiSOUofXHKXQn"
        "J6t6PCYRTHKbC+XEBUf8m6bzEbNnYumCZNfl3BzY0nfrk5WX8xt+dOtyq8eElPO7VzyePON7"
        "YkxMju8bg3geSw5Z+G57Q/7Ut3b/RlpeDO6rVv4VyAZJBMvA3lU9Y1IiqUgj/AkykykimJQe"
        "tlv9spltFxgd3KSwyyZd04rxPraV1/RtJ8bhOMaN4Ht2nlHHPUZmWd8onYH9R/kS+3odYPGv"
        "rdz1v2fvhNp3ymUGei7oibT63aQNb1yvB/alZ7xhomxM2BLb8pMRW6gVRWcXKTydL0Hn3afe"
        "M5/a2X21Gp9uwIBaZJ6eE77ZUz+0vE6syRrGrNEHt79oJSWKQf7chkt/ieTKtiWjoWTfqEQ5"
        "XnEHFWKFxdzFq9KRTkyYCkdBcgq4ZE2nd5reFbI7fSPexFBFpeUG5VOpENildnJZdevr7mcn"
        "w5gi9vP8F+K+cAQGfYmRAHv7HG+4+MDD06fR6ktqgtzP56gxyRSNR1x8VOi0afk4FePdIID5"
        "FlP5NkxmYAM5Co6RfUS/wO8+Ons9lQM7sVtWLI4R6bV9158+AXqmr/GD90fN/J/kRlthTS/R"
        "+t3X9NKblh9QlOf69ZqLCuyNtjOa53hiWBl8hhR5w44XikxBb5/+gfH0tfcdgvgZv6c+gR8m"
        "7+yzqiNtuywtnzBW64fe/xyvF/zTeLREQJ+PhC+m0iYxitQRgZyneSJQnYgXnWhog6952cPX"
        "N9H2NXra13mj/eHv8fT+OOALwZ6lMoaVJhxv8LowsXMjPkbxzEZnVIoYrs8+xjZmIoJvkLPJ"
        "Eg0Pa/jdhk8Nv+l+9donE1PGn3btt49EdqPld/gHP7Z2CugGbOhAMNxrbQGqeqcJQ+axRjEA"
        "LzTbgMCIEEyJkx5NkOmIEdMh1GPsIMMXn974dRI08ovEJNb7KUnhC1e3gV8Hui2Emtc770ue"
        "Piqyt7/AL4Q8qEDPB3e6klgQMxTfCPPTzBC2CNc5w1Znl/lQAgdxX8tYxhZD6Vq1C6bwiwnv"
        "1q2XZajwPo3+VBp1aXLQx9UoWFMMNqRAjb08RqPqceiPeo97odI1dixLgt+Nrs4AqRIJ79SO"
        "s6j0evXY+h+n/HQkIMvVyBhkj6uBHE2namnrd7xaJ49hXnLBbmmevfleKU+Z1lPVyo6znMJ+"
        "J/XDNKTmj6nb1lC3F5o/RH68+HUmSSf/vMgU6CTY0q0N/pZJRVcPxqZMSYbDdSplTnHN+a8s"
        "rTKE3nHtUqW1hMvBDYP38TY35R1QA37ONOfo2LRyeGYsv1oCfDN3HXC47Lgx+DEwlsJ8+jZU"
        "XudlPt2Brzs924u0flB5Gwe8pri5lU3OI7+a8uYYsbO3NWovMWCuJ5bbGNC/CNnwkxZAI9eY"
        "o7ziW84uavqSl3f0xAIt6kePVj5OSLJ35HMBtu9fbB0MLHHnX8Tb1ots2cnQWDD/ll6yhbC5"
        "9QCbMT/W81T+Art5Bzvx1o4zn80tcjywxuTTS0XKhQEYCNeoQns+wDZ3j8sJZQus7d7yGOOl"
        "xBRZX0jl1UwYrDzk4Tvzhlp/uNafdj971pOe1p4YgeXzQxEmYLU2AjAd31nOHWzn8niYURP8"
        "LuDYlr80tc7w+1A1M7FwsaD8Gssb+GeQg4X2GGC5oP88lXWMzoWSFeCnxIa5bZh7peXHaAdi"
        "WH6gWMuPg37r1/GCexvvju2viOwdPSfgT5MYgDFoa0UBJQUharDHh01mp6BnjAba5gzuiqEq"
        "sycUnPI6tPG4tWdgMlYyXF1B9uhyyvLCnNJww28pmI9phlzQNTOJ9A4BSjAV36BqPAR9BvPS"
        "fAVCCrQdhVu3CbzCmAFOAXRfJh6yTTDNgHHJAAG2/QLd27V75chwh+y13epTBDTT6SAFH78Y"
        "o1UxHjcu8KZInjHi7zFQarTy7VxmvfCxNBw5G2e/GqPOmQtBxj/oJY61/u01P0cwBMAN42Rp"
        "GfR5xBzPa8z1eaaxMtgOnzo1kgd8a+7FrAbclYehqgBnlStR2QiwfGvj6VOmiXj5B7mw7VyA"
        "fxDCBr7HcurFcM3gN85F3cUonVz8YZ9b/9CDYT7QAxU/9gCwEOApkLMlowjvAV5DzNTZ+R/8"
        "3erXU1b0oIM5rG9yhvEsQFrP8ZD2X6Qd//vlf7SfofCJwGcQ7qfCGzz1GZjICPKriIGsANbA"
        "Vkfv7+/H375/rwP+bVAMct3ywwIz99KXOUbKbm3biq7Yax1IQYzFX/yY0Eiva/97XX/4Ge0P"
        "9HgQksOeYY1lHLKEeO/lu/+mLxb8SFBrb7t20E4G6/+0vUnwjjzgR2tfSgTxzrRtDzH037R+"
        "AZACfCI84F+NypZfJi0wzxgGW3RAnxDi6Div1T3AfRW63GRcA5Z0A4VS8UverePe8Ed8SW2w"
        "S/KJlViVa1laKuzaEJOh2lyg46mLo0gwR7luP3FZaHPe9gdte4G9u8bVrLAQqXnVP1mfN5XA"
        "nL47BbseCKXn2bfzcPBnOHB9zRmITfTzgZhyATamShJA0SrS47AU8OHW+Dr3Lo8F4C7ziWdY"
        "5LmGVTwg5kDAmu+G+AHaNLUgLGTuUOyWk0wFVr1RDvRRbqOWrvTEmZxl6GvTK051bN3pm0mH"
        "DopPQcpdlLTuNS3Yxm3mdwL+YdUEjZMnCOLXdIFcbjZuZdTwMadAo/vCfJRJE6H9Uy5m3r+z"
        "z0jLd4GkLxhE7K0+Uj9JAetNPsKB4MNZUFRk430J8JKKFjdD+C5R4BPOCEypzz2bBYiUN1Gw"
        "ZIrVbBDe8mmoLkIle7B5bcLqFY87j1mvyiTY/h5fRox7zrY2vGYxXJji0x+Wnm0uAmE9fSpe"
        "cylKb/GlY/J8jzw5SMnNi2QKfgvaK9gvtd+6QAP9+khkgqKiykMs9+BzD+/gn8GX4gVRHOXH"
        "JWlgPpIusfDijkdZVbteEh8z3KMv3NnZux1SoI8Qt1RgUxyTBiJkTBYVA/8zb4Sn/VTv9Hcd"
        "evJTiJNptPak0bGJ3mMAg6fG6L4f7Xerm639mjCdH3nT91c6wdfN3+rbKAf7Tdrxljp+nJw1"
        "PjI0fjHUBOx6G1/Z+vnFb7wkZtrfEgv0U1DQR6b1f6vjHYJmsL8leemnC2H4n23YJbi/1P6y"
        "bbf6jdkU+lMC8hFo//mH/rviW9tH3f7U8QiX09d8bb8tS+hHHP05HuG6/Yf9+D0eA2YBvuOv"
        "+br5rZ/7ufr7/O18f9A30/NhNUX/2z5B4OQL2uJrIOSJHx3lAL2mlv8uXvlNzy9tj//o/+N5"
        "Wz8/1W2mLq/x2ucXSvsL7stnmwGOi4maQv9F28d/HX/W4pEWn/wjP9zf+9fe3663m/83HkaF"
        "Xt8EgvGOni7+mmj/1foTXKCXPLTjwXwv/9bGZ3/M96/8oOqHv5TAMv1pZvsoVHM/EwcZoYtD"
        "1cUhw4uDrIttsIv9NilNEp4LNATR5XKIVjc+j+UQbNGQWHKIIaIPmRPLqB5F8dquk+VHlCyv"
        "tUgRPnX6lCdLOwOQU7PlhSBJSSMz0hxEXgJ7kuUM7p8j/jWP2PJrzUFp2SiwzHwXUMqyecmo"
        "HTQl4DNt9cLNY5KuSWVPz8MaqfObkPWu/IYl0ePurbrlOk7JRsHSrX2v+MXcb1Dn2z2tqxvY"
        "XWfLjHoKlB9P69v+3aidEPSZLgRrMaJ5G1hv+Qjo+Qa6AAt2OBBHjx5hy+ILU3MB8cIdBlq3"
        "9sZ2HKPPssVZ2vOKbQHLTmdg6+LOf+RsmeA46PJLhdDQjcLYPAsCS7Ig3NzkV1QuRgT8JUfW"
        "PtFx3PzOiM3UAV9swnK7YbfZ0K9iij+G4Dea2h9ZpMoAKzS+2H7C9RcAhtKS28Ii2YeFJh/W"
        "YpvDdV6g7dkiYW6i7DMm/gf89jVE+DNF2y+L4KsJCHM24FJezmrqKkncm0L8lh9PqNwXMFek"
        "58oeAmWXgoCdDNv2LYW52dUj7PNTMTeSFMZQgFnR5aHAByPiOrBSj3b9FNl5OUdwPYXxXXet"
        "IEaYl9CeuXPlDXgGcjBnbf+b0vdyuPbdGMFH37tAbftD9y3s9noK4y4l4GHYS2Un2jcup7mN"
        "aRcvu78CK295WmEMCA68k+13eEDjZmzqPcLPfKa3aAC/DYcokrf5mBGQebQAmptM5zK6fVyi"
        "uevpXKo5w+t2PPADt9/jeVjnDsbteJvFOWLhHg+N0QHF5pzfhsmszdW0/Rc7M6vBaZgLxUp0"
        "ONY4mj7qJMEQ5p2vjo5RJfTNXaywZUKcSSNvbeRXvkAqMx/DNvd39lhmBsP6aqUQY3I8asdG"
        "bv6wLiHI8kTaWf0A/ZAkVQ1woJ9QbMscRAZ+c9NY//YBfnzpExACWaPtxGgAE5XbsXbqbe5P"
        "50oRVbMa4f6pHV/jNI4OQU/7/dVldtBnFhSFREjqpoGFm5YHKC8/PcQyGzfdc69vdx9YOh+L"
        "ttd48IxT/ZaPc5NQ2ra9tk1NcMkMV91z1Zcx5onOycI+ZxAnUgxxhKK+PSnOMA6Py+3WmLgn"
        "I4c1nNkc4eTcxrTUxD2Qi1/tOBSCIYkhrkUcL29FI+/a91cNz6e4P6d0tnCRW3f0KLLAA4jz"
        "i8MCYixuodEsTboMKGaSe4Knty0FXmX5aXTJlhjsGvBnVNsRmaYhffG1ytGu45f5TcEv6MQt"
        "0rzlSEHf1mj7Msl/8xzkNimT2uhyGsATd9vS5CSHBu/zuvYh5nfX7W9gL+B61V7bybehaq5x"
        "VAnesIH9KE6dTI6DsesD7xHZOqjYCbQ051omz0G3P903PlCQ10CwO1Ugj0nzEc+R2fh9sbId"
        "sFvnO02SVK9LoeTwE6ckXrsG0BvTbUyg1zE62m4TQ4+FnE5XiJ/Nl7M5stCNIee9oxnsXQS/"
        "14ntaNuHnEG3Vv07NbhDDTugNdd91ATsPWvnErk9OLvijpGj2vvx41c06YP/yDZBCTRBpIUf"
        "+x7CNaHI/HRE2fL1Jve1ITv50uvfdvIlgh36QtXjsL0MrjNh46TVJ8qTs10ZhQzFpd0f7hBM"
        "ZY0BNtd1dit1fsUxvLpmc1OYQOCZDsAu2T/jr57y//zmdo0mEuy8psEvYxIWCQ5Ey7OgXccC"
        "9KDdc2fetkHeh/MFbcSMBxGaFMNqCf3cKvfcyIEf8anlB4r33R58+xWg0xDFy7Y9E8MJjEU7"
        "/k/P78gh3bh7YkAMpMiuj4rk3sWfCgednhwgvlrq9uKpz8lSTCAmm6PlZzuuc2dM82ne9tMJ"
        "PcL+sGSm4ykdGzVi/HmT3hwM1ZsRm1zbW97J2LqUcWU9QN8wyhiy750dfeY57mOL35xEjz19"
        "6j5gYeA7xP3ge5n9Tk1bhOImBPtGSxR1usVz2zSJKVHUyaIHv6iVxF5H/4RCPJllQwy2x85k"
        "x1ePTt2zMbxkInbbAzh9X6pl0+50K3jthR3/yO8K1rn0AmN1DU6Br23ce0BQYxP6sCn0L3Cj"
        "HIjZTqmFPuBb4xcC32na6LMMRPCKOSA/8+aDpcHk0LBtSlPAI0MZX+z39GKPkKDtGuIc2rk9"
        "ajwGcjOVb7ftL0NifD2ZExwxG9kwXoQdOUCliGbEJti+wVxv0usbqd4WrUMgI6dg0soG8BWd"
        "Zu11CNgg/ibK/Yi/5zHYVYhBt9eZiu9DAXT0V5+mR/EKrUK7Kk/9OY7MhaYPYvT2+dWNOXqP"
        "RqeB3lPQu7K6PNr7MDp2c3A9/pnfkfBkSw/o9OKR9qjWZbA/fqPmWGrG63OpjQRz5T3QTG44"
        "3twqqcIUh/nD1Pv4PtfxnR4DJW3FBNhSm8H4sM87Jj3R9cG+6O8F6/ZJx+I2k6vxkFT3mfFP"
        "6218zUvw6chz2meBfzesqMYSyhi8fN48vLbniKBfVK4ua5+vl5POB6Fs/zDrK9JnXTMyoii3"
        "QbYY5aE/5uBreLU7meBuJF2KeMYbVDOYQ5+otvOxBGwB4U6yA6PhPrp9Ax+22pEMuffuHhXB"
        "vHagc6tz6tKTllnfPaqn/d11ewK2FuREtzdtG/ynBN8t2SziCegz7gS/y48o8JV6bLzLDeke"
        "O/6p1VjMpo3CH/YSaDjVNZZtRkYBVkX90AP7qQ4WaZCYm7C+BA9EomkItGwkWna33uQlu4mW"
        "XXcGsD81Gn2GRpA6wNrNeP+l9e3Jz8i/xqT6tZnwb30KpSRKOvq1P3n6P/qk7zxo/YmLX3xC"
        "4Avnrc46vW7/tC+BvZeO9ZK5+dI+GhHY6frYtHsDc6JNx7PwErc8AZxtgh3Gh6Dd8zV6DFts"
        "aUqn2yd9noQUTtt+sHc8ubZjn+hdLY599EE/mG5TwJmxuejlMd51urG+ZaLCoENggzBa77u1"
        "CW8SiCHeduN9G5OjQaz0pPQYFnooJ63vyun2iNCcBSrXdtEmtkSrph3j9f2iff1oaU9RreXZ"
        "SToeeR/6IBDNmqiSN32UEE0KBvZ4iONWvqk7fmhcIBdo5b3k5k6l0+kSPxooNYN+UzsAogwU"
        "P+eOH3/7rnK4mewcDHKj+G5hiM6fhB1N3J6YpG13672jHDAthMGI1XSB2eBTiJLl6RGrdn+y"
        "qpxNRDqzgOc5KLz2u1xOsG3HM9umJrcg8kTLbg8DAVIbITxv+Y2y6qFSpOymox9ZECVom151"
        "urRtQPbAF7X34lnLA+LuDbMuAwvwqVkBiOKoPf/fPkCnMjGCGJnD9x0+4OdEwLJgVIZtvscV"
        "z/Mb6jOhz6wbz1YTnXRd6mnKmHJuZ7ngSvzOU/95Vt/mc1nenk+BfgaeztfaeVsPokEC0fmi"
        "JG+FEkE8r+tBnucdB30WfMnIvjsPAoywM2WiOow6VnwhxDjzFLshNb5R7Y/v4JMKsLOrgn6t"
        "+PFqnEX8PrMlYUfwhN5QTvMqZxqDrh6IV/YdD44NikzKvBPwWX5Pmc6/35q8CKfb8zGyGu9k"
        "DPXehlu2KcJ82Z5nyDbWciXW9SBLkCdc6GKHLl94xI4+V8ly6gA9e6+Xg/3uXQ2Y2we5CIzG"
        "i4y6vO2A983DAv9a3nr6+jQpgbLbFPlz+oH6sK8uYg3h6dVYnNUXGjRRKOMu/ghdeML+ngVy"
        "PkXs04PYsjYsjuQ/1f10/DaUpWvv9iSG0PBk1XoM4ME7L75IpOuk2ryhNzJM1Kj27FzZ83Hs"
        "vfL0sE7GI9N+7euHrh+yQXa2Wm6/yA4JfcayX8miSlxarEX4zQrYjxoVhY4XABdseeW86hF+"
        "zlSe9OmNAX1p84e/5UPnEyGcufgRcn1iX3ziuTCnUE7hJuF65W+Ty1e+FtvMgvU7b8/rx+Q7"
        "+YQ7Tp6xu/hbfPGUAX0LkVRjw4I1FxRU31jk/hbJ7jyDtEUnEpT23B44xTp/OWzpaeWX63xU"
        "gHYkBu8iPzp5pfp8s2tbWOcntb4QW+czM33/v/a3zxNbnzcssfo3/Ujp59s2a/Wvbfs6X9mO"
        "j4u/93fztfQRoV79mR7fVumrvf2h/1/H69q/1/cHfX/0t/N18mO77fmoq9TFjoYXW6CLvdRW"
        "Kgm9kQUkLDbgK5dsgUiRRYnj26npAJ68lGrmXpEXUYkvezF1H4K+naL5JQB/n8H1UowuHvw+"
        "FfgygzgfIlKXKnxZipkrBQ3vQc/9htjy0zgChk966JAaDtlO4PqODtNsc78e32IPbN3EHetd"
        "dXcHVG4vSEBUOTJJWNo4yzm2qd1iUrTrbBaTw5QG/JMDfVLZXOrzmF139qdxR9eete2BmClG"
        "xUXKqesIT/m2+yal79rKRbPKTi2IJBhM3J2xKcrb2AlwWtGnFE/hvtbfLjQNaLv8mX9yZiS8"
        "qC5ekq7onvcXSKiz9mfnLucmmSfypQT0kI0ugIBcX4E7PFs1zQD3nJHykes9z1NyVgxRdr0a"
        "1m14ALx6X5yHdzoBd/oNLroAKms2KB5pXk7BP4Tm9+xc9qDPf/Z9Fgb0hdC3jNs+6ulcCNoz"
        "sI0T07kY9ewIvKW8YH3x8b4X66UhLqMFtC327RwDMSFlhL5n0nnWccwWC1UteWHpos9u7vEw"
        "HUE8Oc0BL3T1QO4FVBGghqsP+QNha3+dP+tAFh5uGr/hBJ8F9nSORTrHrhbAJM922rapMzUa"
        "NOE0jVC5d9DcPwLeq8Pbw9D8vpdMUNbe352taPxmJzq1V7JljucN7Afg5Miz9zwvi0UE0a1E"
        "+n7+pAXGu+XsY+jq/Yme5z9pEeee3K7Z4+HmCr3ot3/oR82ypT9DmDrt/KjtC6YZOl1rK6Am"
        "dYJ6IzVOsbs6Wl1jAcBAfAxpKx/FJUPLTnajmuUbKWCfRqw8HcHa7rYa53sFXMvdRvPcW84W"
        "XMdTNthhGMsfBQN9PrmRMY/lLjHqpzxGn3+Xx4eN2ryVtD+edBg9iAfguZoq9B4AjvBOwIcI"
        "PiQ16mh68TJlcpA3vZ9elxtey8xq50puO51TAv6w2pP8Syy/CPtOjnDvKI4/sukWrLtEE/DJ"
        "CxR2+jb1vZlY6jZ96p9/QaBvfUTXTFJ3D6bZOsuqX7NVq9OiW4Nb6zk375u773hJsgN9+PSv"
        "ps9ugwelKT8SPCyGsB+0/PTHkuBbjGZiNCqF12vjYS/PdH4B61rmW2tLJri51QNkuSuYwMNy"
        "zKXyssr0fzXMhbj2ffbJiGdn2eJjsrmjN3cJ97mmT2Dt37NP8F3i1rBs6GxlcLfgG6zB50Mx"
        "13xY+UCCG8zMdZo5UZP1mYjAnp1Nh5F3BPHHFB27nMd66qyVtEoRZ+H0HGv9Af0CnNLmlXaE"
        "yqrOCmp0cuelXWyf4dq0J9DevfKRW3B14VeKPnLG/do6L2h7f5drI/pM08Rml1/Qv0fPHB1h"
        "5v6XZvD2wZLnM4tnrkvbqohO54iNuDvV+bhg+sswrrXHZ4Mb2EsPkbdzhfKmF/Eyn/7q1V9z"
        "MffNZ85ivqAOATv2PouOJrptR5oOtB90OQ/uk1IA1qlTwDnK3IBddszE7WK+NdjguFYPpfin"
        "QLYJS3y333USZgLyPmlmxY/e7LqcZDS1v30CNkHVJJMn4xRM3V07lidnOcLfp2eudzxu5U/v"
        "A9p1eahOBqfuWkH0cE9rcykrbQPKLr8UbeS5XurzBmMMcn5+W6phJ9PbptfVUi9crJ5yvu1y"
        "Tiaoljl3IBAYpibBpq5NDosCQZBogq5yb2WSk+i7WGgstn4TckXUY4TERiAHouvw3Znqc2xY"
        "66emJe9yfEJb+0GkcZquhyt/TdFscwP9AZnj1Era0gH2bYcFYSHoYYnOgNnAhykARCOCfkkA"
        "RIWOZfRebB4tra5hgQ6nn8FE52JT8Ee05dmhy9OvxbfX1ipo/tFsZpln0DN4nlNUoE2X/wll"
        "m6hrc3hIOPdnvnfhzXZkf2K/MPiVVp/XHX9kYIUM4iJ3Yn6BTi/sO1vY1+28+aVrVJ1zl9Oq"
        "CYvGPQ6fbi1lbwFBEmBlBSBuuAG/tZR1rf0ixWx91c4rqxK2hLBwiR2FVASY90FR1NaOIxdC"
        "k2J7NG5V3saU3f6uhxK7uizGlA34viFq3MrFiPAxSSIVyywSla5Ds4ZyPwJdAc4G8JlFLPRy"
        "FtKhFc5w3NbR2OdwffS/rcHDuNfvF28b8wxVRmCN0NkbG00R6fP3RcR0fZCuEaeLmI1iwKxH"
        "jU/fNvo8PRHZDJf2Vx/w2Ma82GvAZCvrYsfH2BeJE27uapXE2X0FeDlSHwDJwrkbQvxGXDxU"
        "HujaxrR3JeN49b0sZIHc/jqKsNzn3nFlOV+X9Xmu60MvfcAbC4EjleVztGYO2sCHYZgVX5gH"
        "1xIP7DUeMBeuzftKuglO3UTuRAbrns9y57jub2SUEz/hd0lSwI6f4pS9PXokCR2gazahe9O5"
        "6kMfM8FoZk6v4nLAn9QWUZLadXJjxyYtnZsqnFjcnFidxVHXdqDSKRS0RcqOsoTf3aEEHSNq"
        "DUA2GxG5WuJ9znRtB7YmV7zmPl6xKV5xj3iWKxeSIdNmudxdVmDkAJ30vy6S1zJ1ULy+VRFF"
        "9H0r0Uq4+CLD++By2c7GD3O2vR9JmttC5na4+zjAOqfvg1UR5V+X79W9IJfI38K+ucDaXyqH"
        "/clhf3LYn9yO7Zsj6QkXuh4i6cF+1u35ePlzXq/rt+ZdTYu4fWQQAwtW2TJqa88w0bVnoqs9"
        "03Vn5YaiiX8APV8CBiVoKJY+xhFSE11TTOGTo/Kw9K6G6WOU63piFc9E8yXERxWwIX5/nuUi"
        "pVMjG4Nioc+sOt9PMs4Ijkej2TdlQtsujo7es+aoT5oQldR+cOZkWNeLxAXHzKF9RrI+XOua"
        "Eho1c6/o2SxNs+zN8UrxRz3ZceHB+nV9Bpa0Pc+H9QeC6HoK+qzH1HXM6PT5rL9+YhWIJ6n9"
        "U1v2qhlfFxKuO0zmgu78EW+iFAiGZ5/1+KioqjZPq/Q5DNbvYEBMrXH2q16m0mMznQPVtYLO"
        "PjfE3+pXY/9v9A1e8S1H2e96PQ9RMxiJz598yqEI34Xt84NJGhHkpTfQNqfSNeo/c0Vpz6Fs"
        "/idtC8FmDX4c2npS5FXdue/eNPoJ13S1NaXH9p2oV718u96Pn/eziirUZzhPOvnpanRr5rDm"
        "1fr2GP6uD/Jf9CKfp0X2FnriXQaIZ7bkOntVObqO8sUnCX2C3ajHH12N/c97QRo66PUbFGJr"
        "nOj3fYSOn22EnvVbX+JoUg572lt6E3TT72hJaJ8MZbOQ20IwIvpvK1v2CZrQCboz5GfYgo98"
        "8mCBcnk2A3Ts6kUbwSa01vXR3TqHZEoAPH/POHA2heXF+lwDFSJCZ4ayih9nxu/aqva9kC+d"
        "E3nJJyPmn++3/a865uw/9KPn+2v/rt/7D/3Bf+hP/0P/npSuWEgF/OZ4aRIG+69ldiliXZf9"
        "8w4KYI3f9duoZTY2jIllWe2e2Dbl4DiYbGVGCDCURlsv9K/yrw+0gkofOhn81a9rysgS9KLd"
        "34Jq2TsFS+A1JolCv9/PeMkfFhVpU14fesReoHT9mCHfHqbRvn9ommSha66LtJl+eAOjfzTx"
        "Cr6btO/l3ptRH03i6G99VpX2ad/rG0pFq7HwxGlpzMcC0+c7NqCwT/3s6r26951cLd+gK4+n"
        "rfk00Kl7L8k3Zvc/bArIBzyvhJxQq2Sgb1K3a6XbqW77bT+Cdq+cyg/0ofMvvvipH/tP7W9d"
        "z9TWm7X50ee7h94oXRbVG7f9W1yEY7GZ488imwr79W7IkG8aww4s7GSwa2Cv+S0wEthDdOzi"
        "xyl2LGOIajuCWKGmBhJe0cV6W44Bz8dgd1hgSZOqkB1OBmk4HnS2VveT9wugXYYkz0lU4qzG"
        "gJvsAqHDu6N4TTa2TPfbfEZg8vU78bjRL6ppHkNs0drmhMf3VdVsvFDyLr8NdAcQpTaP7p29"
        "pWjPXJ80mCFLaUtD3a0vezysCVVel/MgElNvjriyFYdo6pfGuMijXZ871DUg6IgaWGMXc3tN"
        "gPadvRjuDKOS7UEMsogS7znDv4xnnWz6RRUFi0EgtiEkZIVArtVsPuf/VH+O0qnS9ctc14mP"
        "AFvRvZgfkGlS6jJdf/3+quV8vrfa3q/ff6Ao4XZT4BR0diO2c3w2XbL/ef+I3SKGbdzVwrb2"
        "3FO3H/sc67PD53u3qIpeMot7s18/cjqVcD9OZiBPHrnperru+QNq37WYxoCwxMpPxOs9rJ/3"
        "sfjUdliyzMJaOBPqmnwj1L/WiwN9Jq+nf7xvitW1HT+l/vD4iXt727cOnyCnswmyTA1TXCLo"
        "gfLjENBDwpByT2Iyp/cCb0SSSqXqPLaf4xMmDtdfbw9DwPavN4HJLJjvbe6x4fEMy4R54zaf"
        "XOr1rYkCe6jn79rAX/R28L7U6VKRk+cPT/pdueCO/WmGIDwIMw1kKDpw6iuIVUZjXUtz9tpz"
        "/vIjvAAd4+d6xy/575vzpZiM0NrkHuOcveq/wS3ljjc1rOuhPfe/jsev+m8SQMx8O2dAd6lO"
        "OciA09bWvrX0gv22TQJjgYUsKnRq/p4rnz/3S9fFZzVl3zT5p9p43WjHQ8rWdiwQIi95qu28"
        "9Q/v37T8Oen7W3n6d/LhZ0S+5EHL1+nlZ61Yn8m3RhCwZwrYk07vYIMJF+oG+A9sbAAxGKpF"
        "iHLx8/4JBGYg6ycxv1MH6KaYwv5H6PjEd8/vtg4c7MzPO1ea74lJkm90mol1VCIb4UL/OQFn"
        "t9pghR28YWDrISZYAzQZlUu8Up7Oyd4vW7k/rJ/vegvJINYGw2ULjS8kXINX03UYPBSUSwk2"
        "R/s5rZ+ZmXiw7SWqfjl5NN+tLhDfOBlEvKHOC2WJE8vcDLdJ4RPP1jmgdIA/5HmH55/zQ9zO"
        "5+l3fjVdEGSAjaRgolERf+RAR8pBE0QBlq1bH9gNQlSOZJxjiK9xvhLoukqOq4lSTghYdX2Z"
        "6zH2qwhfCo+tEb4P0o8EhaPNd5IxTMlKrlKIc772Do7vua4pS7METd+2anUg6y8ReR8PW7+D"
        "HKIQZ8yZEVTOiPcJY23ZCpH76vJ5qFeSXbflEdylcjIJsM35Ouua9XOQiO0Xrh2gASz+oGD+"
        "Gjn+xsb3FdCQU7Rt4+NJbrqvd/MpuuSoUtzZm37hFnLVlO9Hl88yoY+LsSr03rkQOxL8UTCg"
        "Y4Y/FTu+Uf/rwlx9WpaItVjqOHt6Ce+rXzqB5H19bq8b97Tw2/ms7iyn5fcp0H5dEZj7iV8B"
        "zLTGnnb4Wt+r3wmmBeno24Et0tGSUyM11bUh6FA5CngMbTzbfkK86IF8mLdGeilOYc81BloL"
        "+Z0V6Zup2rla5YoQ57ZCEUCHBuTPtyt9uKTxDMRzqMB16G3Zsah6sXtAF5OeRDTHoGOIgL1H"
        "HrMPMnun3vDP+Oiv7i8v/PFHGtq/yDC0/t//B1VyLzU="
    ),
    "esp32c2": (
        "eNp1e1mTusq35Xc5r/wjcACHG9EPmZCMMiSj+NIBqCCoiKigHf3de0OVVtW5t0/E71SoQGbu"
        "Ya21dyb/55+kaf53c3jt/vmv+YRfLP7z9cUtvt7++a/xaD6ajJeTGfeff7bxLf7nv/5B/X8y"
        "pbduqqoyN7+K4ka7YDxVkpEf3q6hLD89r+twgLJsXtwczbAX1qEY32KjmSirxtDK09JzR9yG"
        "47I6U2x9+fBx/1Sh/x9uU1cdBiGUOCp8mWo4qyShpQZqR4KYERt9XaCImISYlpaE6IrgVBay"
        "RbDTnXo8jqcdUySpgMp5M1u28cLe237dVVuFjKK2RnLgPKbRScWXK7slh7mUsCzDjMdPTc1l"
        "GvNmd7InFp2eTio9jNxQPSqPDWpGIvKDy06rr8rtftwSgQ39ziGoUk7VtlCZpX3mm2mubiPF"
        "XFiKuF2P5o4TO3R94WZnrmLYxYRqjw13MfRqLFj7K5vtN13+1PJzODIsa710rJq56Gd7Wt4y"
        "d/6YpKsn+2g2zOlZzLSZUuee+Bgjf3tAlB+Z3obfnBP+kS+qfHkM6hdxBPWy1PasXlpnlXev"
        "Vix4rGFuwknovtDT3u+9B7uUtrka2Ps6f3BW1LC5I6LYygnNrezMe8vX+mldJ/PRLa3LrSXP"
        "RkuV+uX/+ucrCv5Ex3KyXE7+88/ufLs+h6/m3Hi84Eb/+ee26+Cif6gjT51FxZqT/cpuE7nk"
        "UgVhQ+nmecEzKTo+wZXWDnGEw5VgZbgVHMyG01t/PWedndYp9qyPfD994Z0v3EZ73eYtxWlP"
        "9bG1Ja0lnun4KKsQdiIdoe/x1KYVL33wNNzpWV5Vr9m4nZQIYYNuL9W4OAiljlCvIn7O49X2"
        "/HwtxDpLSRnuvLxNiXepRTenOGI2Cn5ttWex8AS/1JqWljTZr18GeE2zlPHi+cptKuT0Gh6F"
        "WDq2X+uJ7DRvt5LScN4IXSRFu5SFsC9R1eY+co3SQSR1ZPvFUDWl2FJkGKo1ZmuVw2e011BU"
        "eq5DNK0py4N70XRUNlIE68v9tBBsiqbJFhM3AXt4ut2CnRA6dOSKcBN7uEWqXpVTx6jYqHtN"
        "kWZICGUejujH3hnxiyqjKJttCfiD5AgxR8FAGpKfVNAI4dI1EqwDD4npbjRCKeSXuFWeBSM6"
        "t1RFDpFfh5WhNRf9Seay37h1vljfyzZComysxhT88e91ZEGeVYLkzAx52R6+/MRFivC2v9/b"
        "/4QdUhNzcl2BnzWGmoV0KUnmbwuxKoWRv3thlgpmHwed0cfB7Pjq72dEDfz3/r5rm1euRoI6"
        "UxWkeYrKZwqCEbC/Q+3T0vgWfY3/LKYCkadaFa57VOE5IePysxl1loaEmGTPVMey/WBo5uUO"
        "2O/bv5yFN3zkkzjZeThDRtStAogjubfPpY20In1Q2k1hnoluw3pxm4kaF6nqLJMFFEhl66+R"
        "WSgC+FNbwffc+QyGY9EiUpCjxJOEKXCWqkaSDvPMRokiqGtZbcFekD8tGnmYwrhcce7zaYSm"
        "xfG+v5M2bMVNCpMUz5khJotk4uErMrnuHLBVoKhtMhVseaxVNL+1xNGaeogTt8mt7rgiQaMO"
        "fjUn58H+Djo6bnXU0XOjYYhTB4F/WolEvKigwxkVfTzuKVqU6JCHGhmVjuAmmqaWtfvt71de"
        "puLrEovdIcIRfwsRVVSPOL7DTaxbC7kLeQDxMstVX/Hpdvzg02yYv4pKbmxIzGnCDn7lB3+D"
        "/wN0WybGSzUlicpefkuMQ7R75ctUIO1GEaJA9v28WC59yLdMQoKhYSpA/FrKMkMvIBkxp9Hz"
        "+ITvW9G8DfGz8Jz9ml1dIsifFEX8WkLYlJZ7RshUW4H7JexNzHK8lZA40YTMnx0dB9+ihTf2"
        "U/SI7jqe1+szMZZFemJvX3EIedcWFUqR1BpAnCniltbgTzTzFchSwCtJf4oDvhxeQqLrlXvP"
        "hZlcV76o0RJ5TSS/Lt/+VEVOfQoXpOs+aUskapB+aFzIm97++OCYkKfl6enS3u5IdChFUYeO"
        "CObRoMl3fIvo5RhS+/mM0Iv6ZJHsC7lYs/+KnxVp11RMwyl1yBBvuIkOnfb9OxF1s8cfzjgC"
        "/kydtOrvl5D27T8DUfWpEgR40pQYIyctgOLPSDZ8eN6hE7ekzxfNp8gcrQd75RTJ3eVzv/n/"
        "ud/5wp+rvGrczzrmM00yynceo2xhawiHZI0gZzctFpetqUhUEB2IOTXbbgvOVDQKdvJ81AIT"
        "FxNVWkcTIVt94UnH7SoYR3LmxnQBYIi5UmkuKYxrEI4KBdYJUrt1h4S5/MaF1gLL65L0gxPn"
        "J0W9PzDg9YpokF/doSbXyl2rwzwxIsnXeJdFSqKpPUZ6rYDSKHguRVnEvG7gD7LwA7TSkFq6"
        "gKcENBHm0+CqmuPHyn6ufO2m6SMyt/ymC5/HuRw1zqk9AR/c4hriSSuXV4hFiSC/xm4UXEnb"
        "rWrNMBZoIXmOEXTw4+ZiSO4sOx033/YnEGlp+JK4EWqYM1CBr2PqFWfuuigAj5kyldowxY5s"
        "rBlKT/n7Ph1tzB3BTqJR9ei6AdI2i/J4cGGOtLw/3admlGUreP6AD992ENGikhSD2ymImgrk"
        "ZUH4/Tyn++K03rPrBMZBgdZ0Ow2t7KnZyoDhPuG6i8+OQpZ0a4iTOHjzW4ul2xjinKKuewDO"
        "gR6YBkbD/lsPlMD1FeS32Yp43hkE6yj11clqstuJzoLiS2qIuk8xDutpmDbsbQy8BBweTaoj"
        "djpy2d2H6667NPUheu+XbUH2vnwbr1f2axuAX72chnvII6l6x7UlbmRJmAaLhi25rXK+FWIo"
        "CVHXAj5zIuB55+c0TcfCJEPPI0FkMm1a90Jl83XKBGkjxKCjAq1+55ksTkgKOD8SF1ULVGD/"
        "d/2AQ+Dv933Ykp61/m13lN3zzr9cYLz384iYnRJGx+4seONWtSwx8a8qGpdHhBIL7Al2nMsP"
        "iAPWTSVEwjrXZ5pahdjZfPBhqVdbLDs9DnYFuZdCVYGOu1NUtkkrniy3a3WxG1FEWp+KshUA"
        "PheVVUKorZ9U/uGTYf6qLeFWlvBsYo2SxYBH42TLp+7KD5pq8G8bVqdReaVew8dPaS7j28Z9"
        "6X2+lc+DZ6w6ijyM3KzkHjN2lJNo0h0RlWTSVohohr5Ay0JGpUB3EejJSdZMt2NEg7oE/7rq"
        "yY4Yc418qR599AICBFbyNfHc4/hFnknqLW1qG62r9/46UKznah/Xe8ifPq5xoUipNMR1tGeU"
        "NH7l6REZ3JrQt/11sSIp8LuPjOaIDoGm+eh4froh5Hh5Edy5tnJ6eyBJri7u4eQZ2sEXto85"
        "+NVH8Dzno/NUy7+Nd/JUvSTSbb4Ne57L2zjLRnsFbSwZ18h0itmaDXwJT0xmmYmqe+3jduE4"
        "F0vKY1IUWfThL8owYH9jdYP0XbKpzSULwLWrXPpB1cfFG/eoPv/GPWG6gTjPFjulVqfigPso"
        "kVfVG7dxxrq6BLj2pIBr73Ei9gnrg7xt4xzphtxQXCH1KOFm9tFpdfKD00VqDeOgWaDUb34S"
        "RP6Dw3r84QXm/bss3EG3DLr6i48A0P0I8Bl09Wd+IrpxkoT8H39fhO/56rFUlk7PS+LAS4LN"
        "raoYO5UkfezFPsUAnAI8D/oqEQB/Bp4HveV2RFLq6nQ/nCzMt47j8F95cr6nSCCh88kjSwww"
        "cHCPFyqHlEoNpKikYgf6YFGK/8rzN9+JBRNZ5YEK2PG2Mfizx+e3XdyD79cH96deoSapc3Us"
        "/ehgnI00Q1naC+DcOiPhrs6hThBqwcMuhCsrnpmm/tyPdB5P3viPxKBsAypKSmf2OMgFyoB/"
        "BwMtESrUAxWxicgHbywB7de77/WpyvlqT3mE004NzixwviZQDPUTc/JMfkYh7hYeuzYOBZIo"
        "VjsC+Ogh9ZmVUFdZGCEPIiPLfOAL3p6YCC+DzNcjZr9GmaIUUVaIF9BF3EJHqzSwCJp2oFuQ"
        "H3t5FA76RdJS+o1fbOavpUdsrJ6AuxjwmQMeAh43zLG36uuMni+c5+BPq8sSq4gYsOtMU4z0"
        "C2d8pxAp1C+jPUHx9FpOPY3lz4ZL0ClvZh/7qcZW44GFL5fyJWyO8HebtrKhCLSfjKTAekUH"
        "koBwUQh61gK+fuV3wMlRJANLh5imRWFEiOtWF7ap12sD5oUkqf7msSY1Dw7wwg+efnRR8eos"
        "BQSht4V8zmlZiIDP2SLh2Zm+3jtlUZgpWhNY//gFz7fWy7ce1UVD307/O06vtuuB99pddibp"
        "PU90KWISqPu/84TYHdiZiqB/b2Oo858WwjNh2g31IKeQ66DHixztKtA5t3SbJNnzIiFjvlef"
        "kUMEo8wciKMLAX2JcrJdbSe3827MrAL+ZtejzRjy6lgsx+kNPSsJqaYiZLgoadpkIzrrP+sQ"
        "pA5ASpV52wKD7gHeEdRez50cJG6vMP93/md5ZCqHWeYJEUg7qHdfUmLlO6uvs62om4+wPlYi"
        "Rlqj+de8q2xXlW2YiYATo9j1MIhHjrdnbC0pUfsYYdAbAlV4liWx0QYx+uS5gG6TXs9Zh3qW"
        "h/lNH3BnYbNsj3exap3dWVEoj/UsaGbOZkGUiJ2ssWbIHOKGOjTz/cMnz2VR1mP6hb/+znSA"
        "h33ke7gEeGl3Cl4ZMgNg0FURipjrGImWCnWx6KIM/AxUB/XYFOqC8yyZ9Hx1XuwXaktXtRRO"
        "s0WlodAKoah6OgxZR9x69NVneOa3OdijvY6Ck13l7XPrTAxtKeYFX6XAE9tCYOk9Yu5Q/xzh"
        "Onskq/31r5EM+hP0aP7gAyXqkpFtSArUyVAWW7sl0rHj/8IbrRzwyv3h4eyk61L9S1fXyb7v"
        "V3j5IvUiAFvjAHHWCpLjBJIb1xeYl7AU+WIOOruCeRHWQarvYseVpL3zxn8B3U9TjsT1bbie"
        "HMYOYzhLu+gkaxK1GZj9a93aXJV+zQdn5eaDb5vmFfawKGlx7eEOmVG7H+1Odp63ngbPJUtB"
        "G/R+C/OQ9zTM/SCojd4u65F3MRQorwpp7z0He6jn6s3vSHMKlAWTAW9xP4/psgLcrkCVINaJ"
        "IsZSENyv9p/3DgN6txV3xmZpzUAwf8V3+sFtITzHwldct6tRAvcRNC9k22sqf/fVb+DnI1T9"
        "XqeA8romMF/9E3e6IA153ffpYIAO6mm9optumYtQV5dI6xSuPY9JFUiD7qtDwGtfFd68jIQa"
        "PV1MVCNrHUHUCKHoCfpT5uPp8WKFcz5ZHZ+7NeK3XrVmwkDKJRaSZAL10ms26EAo0EDXg95C"
        "gpcDDl9SwEEQf9ed0SCaqUdWZFlmhyKF4/nIlEwkbDo6/sVnJv/gO1Kkd+z8+p7T5dQRLpDv"
        "5zOqLzD/UP/kryBMK06G9e1blmWhfsX1te8PbZCxTRhvu/ftNfzFITKcZMF0qcx+8wjUHX1d"
        "StEtvfd9R5RDHBwflSziDOzy/TyCJ9buBPUqRadUkpxkwmajtES6UmR+IDk/84jp8TTtjIo1"
        "kaTnkFeHjAC/Uf/Yfff/VriQj75Yl1BTx8CHLDoj3lBK+wlxQtHje97B97z3/WeY9yZJU0dX"
        "9mW7Q6wRTpdBH68+uvR9U5X6j4srXjhXWyRpMN0YSmq/nBsvgZWT0av44gUMvJD1fS4M/DkT"
        "zLayJbMVbtzGUU67WOxy8GM6E7tDig4g7TKUQr0QIhHLHcR5JtoTZsA51+jz+aMHi++4/MJL"
        "nG0YI8Q79zvOQRi0xyPEmwTx/sXvKqZve0QKud3cHh/w8ZF912GGJ2bGDjt7mTcXfZ/DVDps"
        "DHYgrUfIXBFXiPz4x8AHZXeqnSEPn97yRVEBdUP/uQRdx21SYeD9wR/y97xwtu3OF+DXE9QP"
        "SCGuVHQvUk7XY7EbSyQZSc52wt4We91+Ah5ye4VMrIhHdMgrIb1HTndWel3Y42+G2o2zD19g"
        "n40zrEf44GMWBb/sI2bhztDxNqq7y7c9ZIz7/snbXpuVPH8/F3Tp8gF+jLjkG+fbi7M+zbMh"
        "77/Xj3D4ticnx3UeSTLo6YvjAM2kYA+Wgj/vTjb0IR7LcGJWpxb0qXPKBlwTIJET65D3OP+d"
        "n6qke5CAqK4uP+PALXA9xH1t/KwHZb5QG/D9CJFf95NFfTgZ5h5JYf7j932zCBu0ssc5lV/e"
        "ykd8Ffz8TvAualMdUkf65IsYSQJozWvC5s7EkpeAKz0ervz15e5SjHx6OlyOelX9sgfBGkhe"
        "Cfft9G7rs+Of50WS6vDeRRn2OZ7WiW9db/vwbeMVZ7BoaeX7Y6D/N/95H/77XhciPvDfb3+i"
        "zIE6l6QI8+Bn2w+PTST1fz+/x5/1o1oIQQfQoHvPBwntIY/jz/xaAerPCDGf9QtX7dF85rNd"
        "ovrPfKg4qw9V8Cf/7Lhe1YNd3/ZAqZuWFfrYWezWlRMeaNCYfV/lpWSAdz+/I2SgUbyqwR6e"
        "77/MBr7NNhhfvp+nIn/6+/ky9lrgEfmdjzB1yIM+vuqqcoqUa1Ee0iH/3DrXP/6WAft2o+/v"
        "f41viQ3UHVKhnKaAO0gkY+mSxJKzm7A/fPj68OF3XiHDrfX8d15YqM1D9yXMKqBkb3dUxqO6"
        "al8P0mAu6opl2eDcB3/EyMRJUswVjzWmrg56TMuJMJVGCHFTjwddL6nVjx4UZWU72AebGyi2"
        "JcEzJkBTrkA52b1AHQp6r0KTjz/wPZb8H/8gh2bRx98mj93XdvN8LYuEp0LrpxGR9bXaQv4j"
        "3+C6x4I9WREU5QZBP/dFdgHpmdF3HFTWDDtB/BMXxDjeVEmRMcTSc8BrCTNWsmGXxamtZBzG"
        "HvZPVb+ubz0C6KDkOnrjo4DGUBe7MfiFBqf3uJVZQjGa4U/82lrR18R5uDscJ/aJaUHHtcEJ"
        "/KbVQJuPSx8X3341xFCNM2nz1NdNu9MpCk4R613B3vJhJBbzdL/o44i840gXy/d6WouRNq+Z"
        "LyXAC6zMlu0FifaJLVN3iAfS58dDfvb7dNi+V+99TNxSZ8OTdcmmSiubr2UrOJv3vpWfksyP"
        "sPMYBdNo2NexElZ8LN64rKNETmVPKJExrgLn/oMLwb9xgcPGv3EBkbl5hlm6eFaTQ7qT+rgg"
        "aILv9e94ErOFsg4++I3BjlpfL3Q860t12V5n7MQ8HaGAczbmeEnZ7jY3pwEiUrxRzg23I32/"
        "i8kwjtM/cYoWirJ0L572WPT8sX/zR99HMJeJ8Hf+qJacuNZ/z1+ojpL+B/+RVld38w/+oKwu"
        "yOwH943Iy9kHm4fbIn6kwv+oJ21+kxyvu7Dkk8exua81PhWPk8E+oJedyNm/WHbZ7zfUo984"
        "Y4mHdCvjr+smn3zUf8fjKsUulchtfAb/j41oArVxIlfN0Be0XydQ4fm7HytaoAeET/xDWXfU"
        "qtjLIS9+8gCjWx1LZOj7vu0g+trFKcDymGsXJTM3FI0oxYzbzz/xupLrXFhf/uCqJa7ev0Mu"
        "uPnvfMU93UJ+v/1hgC7l7tUhvX9w5MG/8wLRn+tiUTV6uw52LilU0TollD0e7+GNj73jnQmf"
        "fHo+ttYaaB7q+pSG9plFwgc3m0CeCoQcDh8/i4ZeAS5/PgstNw3NhVxrJElFp7pXWY+bDrKM"
        "VwJW4mRK4w/fPWf60M/6xFHR9zXZwW94wwS3kyRno72EQvO0zITI2To4mtjrfl/uSIgn4BSp"
        "MyohL15no16v5mbDJxOQEnZF0+jlGtaSivxtOlb6/WnQxqDfJq/xHP4aE9FZ+LiIFoX46M8n"
        "fO3/4AbyXFU0hYyXgWj4N5Clju2x++j56Tey/T5P5R++9nmEOu8MUKpqnT8NCrWZhhlji1kG"
        "Oycr7cBIY9DJgr9dBk5ol9xGQbK5xq0+7HeO+/0t0Ik5jWT8mq3R2O/xXFI7AfStzKKlLyNQ"
        "vwcaacXEJLhNihNNWOSQglCCDhXk0TNFpN9npnagwXgh6HGB7jRcxoHKyyew/hqzC+yERtD1"
        "+/5f+4+vfAbr7u2mToU8g+e0kdC00RnAeo0f3GBfStNhXiqPZBbWd2lBL+1O030Q9v1+q6NE"
        "clpJRP4BOyPJihjvjjXHLNtiys7tUMpk6XCbWGWXrkEPrrNlpqCVpWCgbSZP8emyx0Cyin3x"
        "xYD6kMpgFxJHmG7lso3Ukk9DmD/t2DEfRDoaxkXDvri00SyFV9PDSwjKd39Pv7h57BnakvZ1"
        "pZNkzy05IOOM1bw4WlB/ge6qNEti9kBwzsQ2uJjvcbFr0SzPjHOuZqJuuOrzssaxMBObKpFk"
        "MZYi1vaREEtyNdOKQ+2hkW/Bw2C8dHayjCR5cK9tl4rGNIsQq0AdH5HDSl9PjZXqXjr9ZETF"
        "JYtwdtlqE9doLmo+Dv6evxj63FCn1ZCCZ8wdxMtopzbtfgr8d46Y5Pzpz8n2CNYBgBac6kss"
        "XtpYHc6DGJHSRQZzjIKzOhNPB7C3yjHTPDenyzbV+C71vvp71hHi9rjp4xVKIAHsrvZ9OMFo"
        "+s9i5iP7EkrO08hwlBVqFqrq0xsfBOPUf9ZX/eerdOivjw6AquMub2aHl57oz6awutuKjJtV"
        "3ErzXXTrTpPTNUpu0bCvu2qq5wsCoIF8RPZ2NPAvD/HQ+sM+aFOdJrl21O2Gim4GdW+7jK2J"
        "fXRzYroTQ44Ls4jLRunrb9Gu4kP/l60qD2U/fTVDNFHfz03GSsTuz1AmDHz37oeMQP9Vv/tw"
        "ukjJdD9DwNsg96aSZq7dDG2diVksO3oQCrOuM3HpvMwZk6nelvqCMalrCNa1kOu9nRDUG+O+"
        "/hL8WyGxVftnPkhUvuYTwHyUs3gJfs1HRM/cWEkOFoTOTIRWDhzXcDeIHH7tB2ikrYDKVZ2M"
        "gXJcw3OQ7Diu/ul7ZAaUsa7hX/q6h0FOxIzPAntUIuaiCLyhjBGBup6KQ72o+lDvT8/swQgw"
        "EgKHC1kN5o0mlxXw4ErYgN06cebkhs7jYBnyxmqBloYg/IynrkZU0PVBr37OLTxrI2q3Rzox"
        "FexrRRc3XFv+sjMSGFi3t9239s++xuLnd1VMg+1JcxhDWO4yh/+1PmRKBRQPqEgFaejzBd7T"
        "mZ+KGvyP7Yt17f+yFxfwofvyh3hc2hu0Kb3QIRvtVpYn97LRcfl4hhMtHR07YZ1oW63vh5NW"
        "/eWPrKlMpUNEcxmzZVjQO7/mUa3iAoEiPfyJH2FM+n7A08AXhAuo/cSoDY7C+MxnI5AHcP85"
        "On3s1LgG2iAlv3eGPvhlSfVRtXUPM0lWOXE9+KebTtkL+A3LRweK1HGPu4y15VnOw2Pqnf2o"
        "yMyeN/bFebdn8r6/w4FfuseIXNO1gLLcgbzKOaEQ7hQA7TUiB8Pisdr3od1RBby8o8HHnzrj"
        "4TkVJdDFyKoQptdC2V+ZnZ/EOfAxL94/fYorxMcssRxneXr9iXMBFHAf5/uxwrHX86z5nXdi"
        "dnnWeuv/iYdzG+6X0txUmEws5Me6VrsN2CucDvsxDsThdD3F/8rfi9br28Xv/CLZGK6H+Oz3"
        "o6THzzmwyhALkq3L4XdLeaFRCmAXKFw7Ukb1UZGSx9NhbN5kDC/vUvS87MSOpshq+ONj9Ccu"
        "0Cnq40IpdvYjK/76f1u2aQz4CXpfODivWZyNUh3p+rriZsCnZgx5KQYcRdxEmbFkDNy29lFv"
        "V1n+7Fued8YGb7lCohSd/D1IEXO9gQHCkgLvtUy7MlZM1ue3k9vNCnskMNH4XoKeuO9aS3SW"
        "1OEgv6easRojyc1vM4m061L67DcIEddRaZJpcsMFK/TXr+jIGDbe5XzzZ90oK3IN6pHDL3wV"
        "srqaFjhaB9woksbXsdKWQdHqqfDb38XFkOUWFdKWoqbdlii2rFsr3x7cUY7aOEDRGP5aR7QZ"
        "y6jPE8+SQQ9NurtZdFv0a59EWDVldMiTX/uhalecNyNRpOsC0wc1+udT8E9LNhUaSag/hzhr"
        "EMdc56/zKMjGuxJ0hJ3vZS/P0/5ckP/ln/kZWeGU4yY31h1Jk77/2yIadecxMjTptx3y6LQk"
        "7WM8ZyWFY47nZ9fryluxO6U4aos5woZx2y28tdCicvpYiAtN+sJ9S7m3YgFcJKu/9h+yvaQA"
        "rmdENlSmBV3WjnXIa8k5mbdNq+zy3/inkvp0MNaA+7nzCie9nl0yESrbvcJyJ7Fk91NxbqyX"
        "GWJO5TdPUH/YD3XoqdsH6+Wj/PLrW2/vMMjYLxyYf3hEvS4DyFOuXY0fD8gTRj+333Z41wE7"
        "wYhgHuOGmgmG4AMZddi02y9+ePcZFAvGlYAHatPJAjma5Gf8BL0f3j/6f/vUE5rVotbe1S9e"
        "q2OOyZX7U2rArktFDRrIW4hv+8607vYL13/FBRFcrlWl8zkIomTzd3x55An3BzvY3zFjGfJm"
        "y1Y25N/0BvjBZMvLjZN6fXCCelfhWUbKeBt0EvOS2Aj0TyXhWchmz3R1gOfm9P7KR1vcsDsF"
        "xfqa73Fit1M++w7qGN/682pI1macKXUDf0+0T90m16bbjQ00akoU2qO47fHjXadhps/LqwC6"
        "DZ6rLXYqeu6Ug6Eqk2gZubLl8m18+16/5OwsG+vtsG+8KFMzm9gd31LJiSTlbIj5jfzxcxZ9"
        "41bKPisAOIJi6Y8/N4KqD3oG+Su1/901tA3QzY0/2dhfa1A/gX0dPkjCxe25lTbAK9ILpW2y"
        "m752jJfzO25tyFN+Xkcltz+/upd0G6dPAvp8M9qmnWtUva7Us+EceOoGx666xa+8SdHl5umj"
        "Zk7hX/gyr/q0KQ7dPSGzRvWfTu8P0GD7CK3Jqd/f1m4TG/SiISDkekLkS8M5ZC4AIXLX3HZs"
        "nP2nl3GGTHbcJNA3vnQ8yeF6o/PlJXQXm5VZPk8e3pibYR/ckrkSF+kyQk0VvQQL5ge4cQCp"
        "ny0ytedhTA+F0GWY44s1W8zWjwsk3t3YBmztYc7HQpWJHfDGsF8Cxb2abYOCs2WeXTiCocqT"
        "iBM7ds9G/fdP4z6z58X5cV5kz4WEkPFwKBQzkXEfzj2plbKvzrP8HFtaZWEX25ELekIMMgX0"
        "BCeERiKgw8uZcGgZMa9uAbldpctDWwGOpApGxg0jpB9bqHfYF9QRlXq/pLsTtqdQrMxOyFQF"
        "KPuPnK8afKogz1ARkV/jNsWTiJkcO0LS6licxxlaXBbMeRaHpwtXqLaP1efqiBxPUp9JgCCv"
        "+WQUF0UsPqqNc3tZSoysVzcBO7J7BSW2sun1ylSeGhzE8txWukyG31Mk0R3oZFNhH2xQwH2n"
        "4b4U3ZI0ctfHTrvpnvRKkd04qbsOxWvlWni+PT5f7KZog74fI+HDyndv2HplSahXlOlyQ8uQ"
        "9eEdbr69PF+L1NW+4ufoptIKodw5/NKvln7KHag7EEmpRiRCXW9cAS9w8zFbW9Z4P/PGWQql"
        "qVEUyzVTceyYvVuU38+evqD55ZEK4V7Tvs559fPyefzr+ZU5lm4j4uDmc64JGZd99t0Hb83J"
        "GuJYkobzLPz395bIH5lv/DIzp9t8f2/gB5vshvNXv/oUU4xwtib9vk3KHna74b2A4T0AlKNB"
        "j76fSwT21b+PQJPPOVjVnvQtaenr+uH85fe5y0h+1TVZVXQqUJyV7ZniVmn++/nln309JjLO"
        "T6rgAT9fbMGzZyZbpAQpIz+nFOKnREyyA53dj0PlroDfZJx6hjzwls2dz4CK737KR+ctt5Pp"
        "+zwa+Fnjh/O1DkZQJ2M/XHPGfuhfVtOR/+FJ2zZvr1SG5/tuI/Xnk7zjKEL7iPHGowg/otu2"
        "mJvTS6u+glkqNNxuiq72+tLqL5ykwuMSQsyA1SLw/8hH02juwvfKAonLIp1YgVELmTIO+vdZ"
        "SLD6eg/iuTK+zucP76/Ir0N/Tvx0P3g6Kftzi9hYPesMz8Hef+zoanpZVoLbDvY85FDXH3p9"
        "hxAlXDRCihyDTtTrfr+MEZWhj6enJhf15xW3ZxSZEEnolbMl1AGg26Ee4Pj9iD3Em0u/LyJP"
        "pvsguN3m5rmjgnmYTR/IkdxO3NaQH8M5N6/ZhG2WWG5zGM6HGhXgagbjt1e9RucG+b5TwXr/"
        "h3kP/Qq1P8ejwhrbEsrT73OU6ve8Rin+zKvb82xZy1B39P3CrBv2f4RdsJ/qR6PeGP17O+vw"
        "q68EcWJERO4u39fpQgLx8TJjyKE2zD554Mu4z6+vOEDZ6aohYzjHYUgVwUOcQPz8PIeAe/6n"
        "5/R58W3fSoM8Eo1xhdALxxgN+QHzyXz/5zmysIHnYMcf7k9dJ9cC4lPH77BAyJpb7Nn+fN+R"
        "9PkfCUcqZ3/mIQugIf6Om6kRrobr4ylucabOgE+U8fpkND/ndZE4a0oRb1gQy20K9g5ONITr"
        "KcLIh1Le2Rdd3w8XLFsgfV6/hv7kMa6ViHkesZhOLVDZuN3RaHo+IjFVvj73fbGgiFYpMaf7"
        "r3NzLS6YXYqG98KGz7De0CxurTqcVyKgO+8okCL2dUar7dc5HngO0PgUYRuARejPv0rDe18v"
        "Q73A8zbG0H8b3tfoz/l3Bx8RujvghSqPI0bsQB9AEAz8udyzB3wLbfUpckMfFKH+Bbf+rbVf"
        "L7h9v832f/8fsdxZpA=="
    ),
    "esp32c3": (
        "eNp1e1mTusq35Xc5r9wIHMDhRvRDJiSjDMkovnQIKggqICpoR3/33lClVXX+t0/E71SIQGbu"
        "Ya21d6b/55+4af53c3zt//nv+YRfLP7r68Jte73989/j0Xw0WizGy8l//bPb3rb//Pc/qP9P"
        "pvTWTVVV5uZXUdxoFcZTJR754e0ayvLT87oOByhN5/nN0Qx7YR3z8W1rNBNl1RhacV567ojb"
        "cFxap4qtLx8+7t8q9P/DbeKqwyCEEkeFi4mG01ISWmqgdiSIKbHR1w2KiEmIaWFJiK4ITmQh"
        "XQR73anH4+20Y/I4EVAxb2bLdruwD7Zfd+VOIaOorZEcOI9pdFZxdWV35DiXYpZlmPH4qamZ"
        "TLe82Z3tiUWn57NKjyM3VE/KY4OakYj8oNpr9VW53U87IrCh3zkElcq53OUqs7QvfDPN1F2k"
        "mAtLEXfr0dxxtg5dV9zswpUMu5hQ7bHhKkMvx4J1uLLpYdNlTy27hCPDstZLx6qZSr/Y0+KW"
        "uvPHJFk92UezYc7PfKbNlDrzxMcY+bsjovzI9Db85hLzj2xRZstTUL+II6jVUjuwemFdVN69"
        "WlvBYw1zE05C94We9uHgPdiltMvUwD7U2YOzoobNHBFtrYzQzEovvLd8rZ/WdTIf3ZK62Fny"
        "bLRUqV/8r3++ouB3dIxnEByj//pnf7ldn8OlOTceLzi4dNt3cNM/1JGnziJlzclBs9tYLrhE"
        "QdhQunmW80yCTk9wpbVHHOFwKVgpbgUHs+H01t/PWRendfID6yPfT1547wu30UG1eUtx2nN9"
        "am1Ja4lnOj5KS4SdSEfoezy1acWqD56GOz+Lq+o1G7eTYiFs0O2lGpWDUOII9Sri5zxe7S5P"
        "byHWaUKKcO9lbUK8qhbdjOKI2Sj4tdOe4sIT/EJrWlrQ+LB+GeA1zVLGi+crs6mQ0Wt4ErbS"
        "qf1aT2QnWbuTlIbzRqiSFK0qcuFQoLLNfOQahYNI4sj2i6FqQrGlyDBUa8zWKocv6KChqPBc"
        "h2haUxRHt9J0VDRSBOvL/CQXbIqm8Q4TNwZ7eKrdgp0QOnbkinCz9XCLVL0spo6RslH3miLN"
        "kBBKPRzRj71T4udlSlE62xHwB8kQYk6CgTQkP6mgEcIlayRYRx4S091ohFLIL3GnPEVGdG6J"
        "ihwiv44rQ2sq/Unmst+4dbZY34s2QqJsrMYU/PHvdaRBlpaC5MwMedkev/zERYrwtr/f2/+M"
        "HVITc3LVwM8aQ81cqgqS+rtcLAth5O9fmKWC2cdBZ/RxMDu9+ucZUQP/va93bfPK1EhQZ6qC"
        "NE9R+VRBMAL296h9Whrfoq/xn/lUIPJUK8N1jyo8J6RcdjGjztKQsCXpM9GxbD8YmnqZA/b7"
        "9i9n4Q0f+WQb7z2cIiPqVgHEkdzbp2ojLU8elHZTmGes2rBe3KaixkWqOktlAQVS0fprZOaK"
        "AP7UVnCdu1zAcCxaRApylO0kZnKcJqoRJ8M801GsCOpaVluwF+RPi0YepjAul1/6fBqhaX66"
        "H+6kDVtxk8AkxUtqiPEinnj4ikyuuwRsGShqG08FWx5rJc1uLXG0ph7ixG0yqzutSNCog1/N"
        "yWWwv4NOjluedPTcaBji1EHgn1YiES8q6HhBeR+PB4oWBTpmoUZGhSO4saapRe1++/uVFYn4"
        "qrZid4xwxN9CRBXVI47vcBPr1kLuQh5AvMwy1Vd8uhs/+CQd5q+ighsbEnOesINf+cHf4P8A"
        "3Zax8VJNSaKyl91i4xjtX9kyEUi7UYQokH0/y5dLH/ItlZBgaJgKEL+WskzRC0hGzGj0PD3h"
        "eiuatyF+Fp5zWLOrKoL8SVDEryWETWl5YIRUtRV4XsLexCzGOwmJE01I/dnJcfAtWnhjP0GP"
        "6K7jeb2+EGOZJ2f29hWHkHdtXqIESa0BxJkgbmkN/kQzX4EsBbyS9Kc44MvxJcS6Xrr3TJjJ"
        "demLGi2Q10Tyq/r2pypy6lOokK77pC2QqEH6oXEub3r746NjQp4W56dLe7sj0aEURR06IZhH"
        "gybf8S2il2NI7eczQi/qk0V8yOV8zf4rflakXVMxCafUIUO84SY6dtr390TUzR5/OOME+DN1"
        "krR/XkLat/8MRNWnShDgSVNgjJwkB4q/INnw4X3HTtyRPl80nyJztB7slVEkd9XnefP/87zz"
        "hT9XedW4n3XMZ5pkFO88RunC1hAOyRpBzm5aLC5bU5GoIDoQc2q62+WcqWgU7OT5qAUmzieq"
        "tI4mQrr6wpOO25cwjuTMjekCwBBzhdJUCYxrEI4KOdYJUrt1h4S5/MaF1gLL65L0gxOXJ0W9"
        "PzDg9YpokF/dsSbX0l2rwzwxIvHXeNUiIdHUHiO9VkBp5DyXoDRiXjfwB1n4AVppSC1cwFMC"
        "mgjzSXBVzfFDs58rX7tp+ojMLb/pwudpLkeNc27PwAe3bQ3xpBXLK8SiRJBfYzcKrqTtVrVm"
        "GAu0kDzHCDr4clMZkjtLz6fNt/0JRFoSviRuhBrmAlTg65h6+YW7LnLAY6ZIpDZMsCMba4bS"
        "c/Z+Tkcbc0+wE2tUPblugLTNojgdXZgjLe5P96kZRdEKnj/gw7cdRLQoJcXg9gqipgJ5mRP+"
        "MM/oIT+vD+w6hnFQoDXdXkMre2q2MmC4T7iu8tlRyJJuDXGyDd781mLpNoY4p6jrHoBzoAem"
        "gVGw/9YDBXB9CflttiKedwbBOkp8dbKa7Peis6C4SgxR9ynGYT0Nk4K9jYGXgMOjSXnCTkeq"
        "/X2477pPEh+i917tcnLw5dt4rdmvXQB+9TIaHiCPpPId15a4kSVhGiwKtuB2yuWWi6EkRF0L"
        "+MyJgOedn9EkGQuTFD1PBJHJtGndisrm65wK0kbYgo4KtPqdZ7I4IQng/EhclC1Qgf2f+gGH"
        "wN/v57AlPWv92+4ovWedX1Uw3vt9REzPMaNjdxa8catcFpj4VxWNixNCsQX2BDvO5QfEAesm"
        "EiJhnekzTS1D7Gw++LDUyx2WnR4Hu5zcC6EsQcfdKSrauBXPltu1utiNKCKtT0XZCgCf89Iq"
        "INTWTyr/8Mkwf9WWcCtLeDaxRvFiwKNxvOMTd+UHTTn4tw3L86i4Uq/ht09pLuPbxn3pfb4V"
        "z6NnrDqKPIzctOAeM3aUkWjSnRCVZNKWiGiGvkDLXEaFQPcR6MlJ2kx3Y0SDugD/uurZjhhz"
        "jXypHn30AgIEVrI18dzT+EWeceItbWobrav3/jpSrGdqH9cHyJ8+rnGuSIk0xHV0YJRk+8qS"
        "EzK4NaFv++tiSRLgdx8ZzQkdA03z0enydEPI8aIS3Lm2cnp7IEkuK/d49gzt6Au7xxz86iN4"
        "n/PRearl38Z7eapWsXSb78Ke57J2m6ajg4I2loxrZDr5bM0GvoQnJrNMRdW99nG7cJzKkrIt"
        "yfM0+vAXZRiwv7G6Qfou2cTm4gXg2lUu/KDs4+KNe1Sff+OeMIXkZ9PFXqnVqTjgPorlVfnG"
        "bQziQ5cA154UcO09TsQ+YX2Qt+02Q7ohNxSXSD1JuJl9dFod/+B0nljDOGgWKPWbnwSR/+Cw"
        "vv3wAvP+XhbuoFsGXf3FRwDofgT4DLr6Mz8R3ThJQv6Pvyvhe776VioKp+clceAlweZW5RY7"
        "pSR97MU+xQCcAjwP+ioWAH8Gnge95XZEUuryfD+eLcy3juPwX3lyuSdIIKHzySNLDDBwcI8X"
        "KoeUUg2kqKBiB/pgUYj/yvM334k5E1nFkQrY8XZb8GePz2+7uEffr4/uT71CTVJn6lj60cE4"
        "HWmGsrQXwLl1SsJ9nUGdINSCh10IV1a8ME39eR7pPJ688R+JQdEGVJSUzuxxkAuUAf+OBloi"
        "lKtHKmITkQ/eWAI6rPff61OVy9We8ggnnRpcWOB8TaAY6ifm7Jn8jELcLTx2bRxzJFGsdgTw"
        "0UPqMy2grrIwQh5ERpr6wBe8PTERXgapr0fMYY1SRcmjNBcr0EXcQkerJLAImnagW5C/9bIo"
        "HPSLpCX0G7/Y1F9Lj62xegLuYsBnDngIeNwwx57W1xk9XzjPwZ9Wl8ZWHjFg15mmGMkXzvhO"
        "LlKoX0YHgrbTazH1NJa/GC5B56yZfeynGjuNBxauquIlbE7wd5e0sqEItJ+MpMB6RQeSgHBR"
        "CHrWAr5+ZXfAyVEkA0uHmCZ5bkSI61YV29TrtQHzQpJUf/NYk5hHB3jhB08/uih/dZYCgtDb"
        "QT5ntMhFwOd0EfPsTF8fnCLPzQStCax//IL3W+vlW4/qoqHvpv+J06vdeuC9dp9eSHLPYl2K"
        "mBjq/u88IXYHdqYi6N/bGOr8p4XwTJh2Qz3IKeQ66PE8Q/sSdM4t2cVx+qwkZMwP6jNyiGAU"
        "qQNxVBHQlygju9Vucrvsx8wq4G92PdqMIa9O+XKc3NCzlJBqKkKK84ImTTqis/6zDkHqAKSU"
        "qbfLMege4B1B7fXc2UHi7grzf+d/mkWmcpylnhCBtIN69yXFVra3+jrbirr5COtjJWKkNZp/"
        "zbtM92XRhqkIODHauh4G8cjx9oytJSVqHyMMekOgCs+yZGu0wRZ98lxAt0mv56xjPcvC7KYP"
        "uLOwWbbHu61qXdxZniuP9SxoZs5mQZSInayxZsgc4oY6NPX94yfPZVHWt/QLf/296QAP+8j3"
        "cAHw0u4VvDJkBsCgKyMUMdcxEi0V6mLRRSn4GagO6rEp1AWXWTzp+eqyOCzUlq5qKZymi1JD"
        "oRVCUfV0GLKOuPXoq8/wzG5zsEd7HQVnu8za586ZGNpSzHK+TIAndrnA0nvE3KH+OcF99khW"
        "+/tfIxn0J+jR7MEHStTFI9uQFKiToSy29kukY8f/hTdaMeCV+8PD6VnXpfqXrq7jQ9+v8LJF"
        "4kUAtsYR4qwVJMcJJHdbVzAvYSny+Rx0dgnzIqyDVN/FjitJB+eN/wK6n6cc2da34X5yHDuM"
        "4SztvJOsSdSmYPavdWtzVfo1H5wWmw++bZpX2MOipG1rD3fIjNrDaH+2s6z1NHgvWQraoPdb"
        "mId8oGHmB0Ft9HZZj7zKUKC8yqWD9xzsoV7KN78jzclRGkwGvMX9PKbLEnC7BFWCWCeKGEtB"
        "8Lzafz44DOjdVtwbm6U1A8H8Fd/JB7eF8LIVvuK6XY1ieI6geS7bXlP6+69+Az8fofL3OgWU"
        "1TWB+eqfuNMFacjrvk8HA3RQT+sl3XTLTIS6ukBap3DtZUzKQBp0Xx0CXvuq8OZlJNTo6WKi"
        "GmnrCKJGCEVP0J8yv52eKiuc8/Hq9NyvEb/zyjUTBlImsZAkE6iXXrNBB0KBBroe9BYSvAxw"
        "uEoAB0H8XfdGg2iqnliRZZk9ihSO5yNTMpGw6ej4F5+Z/IPvSJ7csfPrOqfLiSNUkO+XC6or"
        "mH+of/JXEKYlJ8P6Di3LslC/4vra94c2yNjFjLc7+PYa/uIQGU68YLpEZr95BOqOvi6l6Jbc"
        "+74jyiAOTo9SFnEKdvl+H8ETa3+GepWicyJJTjxh01FSIF3JUz+QnJ95bOnpPO2MlDWRpGeQ"
        "V8eUAL9R/9R99/9WOJdPvlgXUFNvgQ9ZdEG8oRT2E+KEosf3vIPveR/6zzDvTZwkjq4cinaP"
        "WCOcLoM+Xn1U9X1TlfqPyhUrztUWcRJMN4aS2C/nxktg5Xj0yr94AQMvpH2fCwN/zgSzLW3J"
        "bIUbt3GU834rdhn4MZmJ3TFBR5B2KUqgXgiRiOUO4jwV7Qkz4Jxr9Pn80YP5d1x+4SVON4wR"
        "4r37HecgDNrTCeJNgnj/4ncV07c9IoXcbm6PD/j0SL/rMMMTU2OPnYPMm4u+z2EqHTYGO5DW"
        "I2SuiCtEfvxj4KOyP9fOkIdPb/miKIe6of9cgK7jNokw8P7gD/l7XjjddZcK+PUM9QNSiCvl"
        "3YsU0/VY7MYSiUeSs5uwt8VBtZ+Ah9xBIRMr4hEd8kpI7pHTXZReF/b4m6J24xzCF9hn4wzr"
        "ET74mEbBL/uIabg3dLyL6q76toeMcd8/edtrs5Ln7/eCLl0+wI8RF3/jfFs56/M8HfL+e/0I"
        "h297cvK2ziJJBj1dOQ7QTAL2YCn48+6kQx/isQwnZnluQZ8653TANQESObaOWY/z3/mpSroH"
        "CYjqsvoZBx6B+yHua+NnPSj1hdqA6yNEfj1PFvXxbJgHJIXZj98PzSJs0MoeZ1R+eSsf8WXw"
        "8z3B+6hNdEgd6ZMvYiQJoDWvMZs5E0teAq70eLjy19XdpRj59HysTnpZ/rIHwRpIXgn37fRu"
        "57Pjn/dFkurwXqUM+xxP68y3rrd7+Lbx2qawaGnl+2Og/zf/eR/++14XIj7w329/otSBOpck"
        "CPPgZ9sPT00k9X8/328/60e1EIIOoEH3ng8S2mO23X7m1wpQf0aI+axfuGqP5jOf3RLVf+ZD"
        "xVl9LIM/+Wdv61U92PVtD5S4SVGij53Fbl064ZEGjdn3VV5KCnj38z1CBhptVzXYw/P9l9nA"
        "1XSDcfX9PhX509/vl7HXAo/I73yEqUMe9PFVl6WTJ1yLspAO+efWmf7xtwzYtx99X/81viU2"
        "UHdIuXKeAu4gkYylKt5Kzn7C/vDh68OH33mFDLfWs995YaE2C92XMCuBkr39SRmP6rJ9PUiD"
        "uajLl0WDMx/8sUUmjuN8rnisMXV10GNaRoSpNEKIm3o86HpJLX/0oCgru8E+2NxAsS0JnjEB"
        "mnIFysluBXUo6L0STT7+wPet5P/4Bzk0jT7+NnnsvnYbyNI85qnQ+klEZH2ttpD/yDe47rFg"
        "z1YERblB0M9zkZ1Deqb0HQelNcNOsP2JC2KcbqqkyBhi6TngtYQZK96wy/zcljIOtx72z2W/"
        "rm89AuigZDp646OAxlAXu1vwCw3O73FLs4BiNMWf+LW1vK+Js3B/PE3sM9OCjmuDM/hNq4E2"
        "H1UfF99+NcRQ3abS5qmvm3avUxScI9a7gr3l40jM58lh0ccReceRLhbv9bQWI21eM1+KgRdY"
        "mS3aCon2mS0Sd4gH0ufHQ372+3TYvpfvfUzcUmfDk3XBJkorm69lKzib976Vn5DUj7DzGAXT"
        "aNjXsWJWfCzeuKyjWE5kTyiQMS4D5/6DC8G/cYHDxr9xAZG5eYFZunhWk2Oyl/q4IGiC7/Xv"
        "eBLThbIOPviNwY5aXy90POtLddFeZ+zEPJ+ggHM25nhJ2e42N6cBItJ2o1wabk/6fheTYrxN"
        "/sQpWijK0q087bHo+ePw5o++j2AuY+Hv/FEtOdta/z1/oTxJ+h/8R1pd3s0/+IPSOiezH9w3"
        "Ii9jH2wW7vLtIxH+Rz1p85v4dN2HBR8/Ts19rfGJeJoM9gG97ETO4cWyy36/oR79xhlLPCY7"
        "GX/dN/nko/47HlcJdqlEbuML+H9sRBOojWO5bIa+oP06gwrP3v1Y0QI9IHziH8q6k1ZuvQzy"
        "4icPMLrVW4kMfd+3HURfq5wcLI+5dlEwc0PRiJLPuMP8E68ruc6EdfUHVy1x9f4ecsHNfucr"
        "7ukW8vvtDwN0KXcvj8n9gyMP/p0XiP7ctxVVo7frYOeCQhWtU0LZ0+ke3vitd7oz4ZNPLqfW"
        "WgPNQ12f0NC+sEj44GYTyFOBkOPx42fR0EvA5c9noeWmobmQa43EieiU9zLtcdNBlvGKwUqc"
        "TOn2w3fPmT70sz5xlPd9TXbwG94wwe0syenoIKHQPC9TIXJ2Do4m9rrflzsR4gk4QeqMSsjb"
        "rtNRr1czs+HjCUgJu6RJ9HINa0lF/jYdK/3+NGhj0G+T13gOf42J6Cx8nEeLXHz05xO+9n9w"
        "A3muKppCxstANPwbyFLH9thD9Pz0G9l+n6f0j1/7PEKddQYoVbXOngaF2kzDjLHDLIOds5V0"
        "YKQx6GTB3y0DJ7QLbqMg2VzjVh/2O8f9/hboxIxGMn7N1mjs93guqZ0A+lZm0dKXEajfI420"
        "fGIS3Mb5mcYsckhOKEHHEvLomSDS7zNTO9BgvBD0uED3Gi62gcrLZ7D+GrML7IRG0PX7/l/7"
        "j69sBuvu7aZOhSyF97SR0LTRBcB6jR/cYF9Kk2FeKo9kFtZXtaCX9ufpIQj7fr/VUSI5rSQi"
        "/4idkWRFjHfHmmMWbT5l53YopbJ0vE2sokvWoAfX6TJV0MpSMNA2kyX4XB0wkKxiV74YUB9S"
        "GexCthGmO7loI7XgkxDmTzt2zAeRjoZx0bAvLm00S+HV5PgSguLd39MrN9t6hrakfV3pxOlz"
        "R47IuGA1y08W1F+gu0rNkpgDEJwzsQ1uy/e42LVolqXGJVNTUTdc9Vmt8VaYiU0ZS7K4lSLW"
        "9pGwleRypuXH2kMj34KXwXjJ7GwZcfzgXrsuEY1pGiFWgTo+IseVvp4aK9WtOv1sRHmVRjit"
        "dtrENZpKzcbB3/MXQ58b6rQaUvCCuaNYjfZq0x6mwH+XiIkvn/6cbI9gHQBowbmutmLVbtXh"
        "PIgRKV1kMKcouKgz8XwEe6scM80yc7psE43vEu+rv2edIG5Pmz5eoQQSwO5q34cTjKb/LKY+"
        "sqtQcp5GiqM0V9NQVZ/e+CgY5/6zvuo/X6Vjf390BFQdd1kzO770WH82udXdVmTcrLatNN9H"
        "t+48OV+j+BYN+7qrpny+IAAayEdk70YD//IQD60/7IM25XmSaSfdbqjoplD3tsutNbFPbkZM"
        "d2LI29zMt0Wj9PW3aJfbY/+XLUsPpT99NUM0Ud/PjcdKxB4uUCYMfPfuh4xA/5W/+3C6SMn0"
        "MEPA2yD3ppJmrt0U7ZyJmS87ehRys65Tcem8zBmTqt6O+oIxqWsI1rWQ6b2dENQb477+Evxb"
        "LrFl+2c+SFS+5hPAfJSLWAW/5iOiZ2asJAcLQmfGQisHjmu4G0SOv/YDNNKWQOWqTsZAOa7h"
        "OUh2HFf/9D1SA8pY1/Crvu5hkBMx44vAnpSIqRSBN5QxIlDXU3GoF1Uf6v3phT0aAUZC4HAh"
        "q8G80aRaAQ+uhA3YrRNnTmboPA6WIW+sFmhpCMLPeOpqRAVdH/Tq59zCszaidneiE1PBvpZ3"
        "24Zri192RgID6/Z2h9b+2ddY/HyvikmwO2sOYwjLferwv9aHTCmH4gHliSANfb7Aezrzc16D"
        "/7FdWdf+L1u5gA/dlz/E09LeoE3hhQ7ZaLeiOLvVRsfF4xlOtGR06oR1rO20vh9OWvWXP9Km"
        "NJUOEc1lzJZhQe/8mke52uYIFOnxT/wIY9L3A54GrhDOofYTozY4CeMLn45AHsDzl+j8sVPj"
        "GmiDlOzeGfrglyXVR+XOPc4kWeXE9eCfbjplK/Ablk8OFKnjHncZa8eznIfH1Lv4UZ6aPW8c"
        "8sv+wGR9f4cDv3SPEbkmawGlmQN5lXFCLtwpANprRI6GxWO170O7oxJ4eU+Djz91xsNzKkqg"
        "i5FVIkyvuXK4Mns/3mbAx7x4//QprhAfs9hynOX59SfOBVDAfZwfxgrHXi+z5nfeiWn1rPXW"
        "/xMPlzY8LKW5qTCpmMuPda12G7BXOB32YxyIw+l6iv+Vv5XW69vF7/wi6Rjuh/js96Okx885"
        "sNIQc5Kui+F7S3mhUQJgFyhcO1JG9UmR4sfTYWzeZAwv6xL0rPZiRxNkNfzpMfoTF+gc9XGh"
        "5Hv7keZ//b8r2mQL+Al6Xzg6r9k2HSU60vV1yc2AT80t5KUYcBRxE2XGkjFw29pHvV1l+bNv"
        "edkbG7zjcolSdPYPIEXM9QYGCAsKvNcy7cpYMWmf305mNyvskcBE43sBeuK+by3RWVKHg/ye"
        "asZqjCQ3u80k0q4L6bPfIERcR6VJqskNF6zQX7+iE2PYeJ/xzZ91ozTPNKhHjr/wVUjrcprj"
        "aB1wo0gaX8dKWwR5qyfCb3/nlSHLLcqlHUVNuyvQ1rJurXx7cCc5arcBisbw1zqhzVhGfZ54"
        "lgx6aNLdzbzboV/7JMKqKaJjFv/aD1W7/LIZiSJd55g+qNG/n4J/WrIp0UhC/TnEWYM45jp/"
        "XUZBOt4XoCPs7CB7WZb054L8L//ML8gKpxw3ubHuSJr0/d8W0ai7jJGhSb/tkEXnJWkf4zkr"
        "KRxzujy7Xlfe8v05wVGbzxE2jNt+4a2FFhXTx0JcaNIX7lvKvRVz4CJZ/bX/kB4kBXA9JbKh"
        "Mi3osnasQ15Lztm8bVpln/3GP5XU56OxBtzPnFc46fXskolQ0R4UljuLBXuYinNjvUwRcy6+"
        "eYL6w36oQ8/dIVgvH8WXX996e49Bxn7hwPzDI+p1GUCecu1q/HhAnjD6pf22w7sO2AtGBPMY"
        "N9SMMQQfyKjjpt198cO7z6BYMK4EPFCbThrI0SS74Cfo/fD+0f+7px7TtBa19q5+8Vq95ZhM"
        "uT+lBuy6VNSggbyF+LbvTOvuvnD9V1wQweVaVbpcgiCKN3/Hl0eecH+wg/0dcytD3uzY0ob8"
        "m94AP5h0Wd04qdcHZ6h3FZ5lpJS3QScxL4mNQP+UEp6FbPpMVkd4b0bvr2y0ww27V9BWX/M9"
        "Tuz3ymffQR3jW39eDcnajDOlbuDvifap2+TadLuxgUZNgUJ7tG17/HjXaZjp8/IqgG6D92qL"
        "vYqee+VoqMokWkaubLl8u719r19y9paN9XbYN14UiZlO7I5vqeREknIxxOxG/vg5jb5xK2Gf"
        "JQAcQVvpjz83gqoPegb5K7X/3jW0DdDNjT/b2F9rUD+BfR0+iMPF7bmTNsAr0gslbbyfvvaM"
        "l/F7bm3IU35eRwV3uLy6l3QbJ08C+nwz2iWda5S9rtTT4Rx44ganrrxtX1mToOrm6aNmTuFf"
        "+DKv+rTJj909JrNG9Z9O7w/QYIcIrcm539/WbhMb9KIhIOR6QuRLwzlkLgAhctfcdmxc/KeX"
        "coZM9twk0De+dDrL4Xqj80UVuovNyiyeZw9vzM2wD27JXIHzZBmhpoxeggXzA9w4gtRPF6na"
        "8zCmx1zoUszx+ZrNZ+tHBYl3N3YBW3uY87FQpmIHvDHsl0Bxr6a7IOdsmWcXjmCo8iTixI49"
        "sFF//WncZ/Y8vzwui/S5kBAyHg6FYiYy7sO5J7VUDuVlll22llZa2MV25IKeEINUAT3BCaER"
        "C+j4ciYcWkbMq1tAbpfJ8tiWgCOJgpFxwwjppxbqHfYFdUSp3qtkf8b2FIqV2RmZqgBl/4nz"
        "VYNPFOQZKiLya9wmeBIxk1NHSFKe8ss4RYtqwVxm2/Bccblq+1h9rk7I8ST1GQcI8pqPR9s8"
        "34qPcuPcXpayRdarm4Ad2YOCYlvZ9HplKk8NDmJ5bitdKsP3CZLoHnSyqbAPNsjhufPwXIJu"
        "cRK561On3XRPeiXIbpzEXYfitXQtPN+dnh67ydug78dI+Ljy3Ru2Xmkc6iVluszQUmR9eIeb"
        "76qnt0hc7St+Tm4irRDKnOMv/Wrp58yBugORhGpEItT1xiXwAjcfs7VljQ8zb5wmUJoaeb5c"
        "MyXHjtm7RfnD7OkLml+cqBAeNO3rnFc/L5/Hv95fmmPpNiIObj7nmpBRHdLvPnhrTtYQx5I0"
        "nGfhv69bIn9ivvHLTJ1u833dwA823g/nr371KaYY4XRN+n2bhD3u98PvAobfAaAMDXr0/V4i"
        "sK/+9wg0/pyDVe1J35KWvu4fzl9+n7uM5Fddk1VJpwLFadFeKG6V5j/PL//s6zGRcXlSBQ/4"
        "+WJznr0w6SIhSBn5GaUQPwVi4j3o7H4cKnc5fCfjxDPkgbds7nIBVHz3Uz46b7mbTN/n0cDP"
        "Gj+cr3UwgjoZ++GaMw5Dn7yCcT48advm7ZXI8H7fbaT+fJJ3GkXoEDHeeBThR3Tb5XNzWrXq"
        "K5glQsPtp+hqr6tWf+E4ER5VCDEDVovA/yMfTaO5C9eVBRKXeTKxAqMWUmUc9L9nIcHq63cQ"
        "z5XxdT5/+P2K/Dr258TP96Onk6I/t4iN1bNO8Rzs/ceOrqYXRSm47WDPYwZ1/bHXdwhRwkUj"
        "pMhb0Il63e+XMaIy9E31xOSi/rzi7oIiEyIJvTK2gDoAdDvUAxx/GLHH7abq90XkyfQQBLfb"
        "3Lx0VDCPs+kDOZLbibsa8mM45+Y1m7BNY8ttjsP5UKMEXE1h/Paq1+jSIN93Sljv/zDvoV+h"
        "9ud4VFhjW0B5+n2OUv2e1yjBn3l1B54tahnqjr5fmHZfcbkLDlP9ZNQbo//dzjr86itBnBgR"
        "kbvq+z5BiCE+XuYWcqgN008e+DLu8+srDlB6jjVkDOc4DKkkeIgTiJ+f9xBh/T++p8+Lb/uW"
        "GuSRaIxLhF54i9GQHzCf1Pd/zyeC92DHH55PXCfTAuJTx++wQMiaWxzY/txWMeR/JJyonP6Z"
        "hyWAhvg7LlITXJIBL6a4xak6Az5Rxuuz0fyc10XirClEvGFBLLcJ2Ds40xDupwgjH0p555B3"
        "fT9ct0yB9Hn9GvqTp22tRMzzhMVkaoHKxu2eRtPLCYmJ8vW574sFebRKiDk9fJ2bg/kz+wQN"
        "vwsbPsN6QzO/tepwXomA7ryjQIrY1wWtdl/neOA9QONThG0AFqE//yoNv/t6GWoF79sYQ/9t"
        "+L1Gf86/O/qI0P0RL1R5HDFiB/oAgmDgz+WBPeJbaKtPkRv6oAj1P3Drf7X26wdu379m+7//"
        "D9AxVDk="
    ),
    "esp32c5": (
        "eNp9e1uTssq25X9Zr+wIvICXE3EeMiGTm4DJVXzpUFQQVERUkI7+7z2hSqtqn929Ir5VoQKZ"
        "OS9jjDkz+d//bKvqf1XHdv/Pf01H4mz2r68v7pvb/Z//Gg5mo/F8JE4n//pnt7lv/vmvf1D3"
        "n8LYvRlrmiJMb7K81q8Yj9XtwA/vt1BRXp7XNDhASTLN7o5uLmf2MRveN2Y1UheVqefnuecO"
        "hLUgJGWiLo3508fdU6Xuf7iOXa0fhDDiaPBlrOOkoFLNTFQPJDkhS/R1gSpjEmKW2xSxBcGx"
        "IiWzYG845XC4GTdcto0llE+rybzezJaHpV82xU4lg6gukRI4z3F01vD1xu/IcUq3PM9xw+FL"
        "11KFbUSrOS9HNhufzxo7DtxQO6nPNaoGMvKD614vb+r9cdoRiQ/9xiGoUM/FLtO4+fIiVuNU"
        "20WqNbNVebcaTB1n47DVVZhchILjZyOmP9fC1TSKoWQfbnxyWDfpS08v4cC07dXcsUvualyW"
        "4/yeuNPnKF68+Ge15s6vbKJP1DL15OcQ+bsjYuLA8tbi+rIVn+msSOenoGyJI2nXuX7gjdy+"
        "aKJ7szeSx5vWOhyFbotey8PBe/Jzuku1YHko06dgRxWfOjLa2ClhqZ1cRG/erl72bTQd3OMy"
        "39nKZDDXmJ//9z9fUfA7OoTJZDwQ/vXP/nK/vb6+GsIX49G//rnvG7joH+YoYyw4yHrtKUNb"
        "JRdiFWFTbaZpJnIxOr3AlfYeCUTAhWQnuJYczIfje3e9Zl+c2skOvI98P27x3pfu9Z4w3Vad"
        "+lye6iXVa+JZjo+SAmEnMhD6Hk+ravnaBU8lnF/5TfOqtdvQrRRW6N5q5tVBKHakchGJUxEv"
        "4kvqI7lMYpKHey+tY+JdS9lNGY64tYrbWE8J8iQ/16ua5Wx7WLUmeA3mMZy92nTJpJTdwpO0"
        "oaf6az3RMk7rHVUrwRugK1X1a55JhxwVNYzkmrmDSOwoy5ZjWsywrSowVG1OVpqAL+igoyj3"
        "XIfoepXnR/eqGyivaATrS/04k5YMjbc7TNwt2MMlDIGdEDo25IZwtfFwjTSjyMdYc1DUtGOk"
        "mxShxMMR+9g7IX5WJAwlkx0Bf5AUIe4kmUhHyotJOiFCvEKSfRQhMd21ThiD/JJjNSWS7Nxj"
        "DTlEaY8LU6+uxotMFb9yy3S2euR1hGTFXAwZ+OPf15EEaVJI1JmYyrw+fvlJiFTpbX+/s/8Z"
        "O6Qk1quk4GedY1ZGrzlJ/F0mF7k08Pct5plkdXEAcQRxMDm13f2SrIP/3t83ddWmWiRpE01F"
        "uqdqYqJ2I2B/j+qXrYs1+hr/lY0looz1Ilx1qCIKUiKkFytqbB1JG5K8YgMryyfHEi91wH7f"
        "/hVsvBYjn2y2ew8nyIyaRQBxpHT2udaRnsVPxpoxzHNDmGEquE5kXYg0bZIoEgpoXvsrZGWq"
        "BP7UF/C9cLmA4Xg0i1TkqJvRlstwEmvmNu7nmQy2qqStFK0Ge8H6ajTwMINxhezS5dMAjbPT"
        "4/AgdVjL6xgmKV8SU97OtiMP35AlNJeALwJVq7djaakM9YKl95o4elX2ceJWqd2cFiSotN6v"
        "1uvc299BJ8ctTgZ6rXUMceog8E9NSSTKKjpeUNbF44GhWY6OaaiTQe5I7lbXtbx0v/3dpnks"
        "t9eN3BwjHIn3EDFV84jjO8LIvteQu5AHEC+TVPNVn+2GTzFO+vlrKBeGJuXOI773q977G/wf"
        "oPt8a7aaRSlTvPS+NY/Rvk3nsUTqtSpFgeL7aTaf+5BvCUWSqWMmQfza6jxBLZCMnLLodXrB"
        "97Vs3fv4QZ5zWPGLawT5E6NIXFGELTo/cFKiLVW4n2JvZOXDHUXySJcSf3JyHHyPZt7Qj9Ez"
        "ehh4Wq4uxJxn8Zm/f8Uh5F2dFShGtDaBOGMkzO3en2jiq5ClgFfUeMk9vhxbaWsYhftIpYlS"
        "Fr6ssxx5VaS0129/arKgvaQrMgyf1DmSdUg/NMyUdWd/fHQsyNP8/HJZZ3ckO4xB/qMTakxa"
        "odF3fMuodUxafz4j1DKfzLaHTMlW/L/Fz4LUKybH4Zg5pI83XEXHRv/+nciG1eGPZp5gRWMc"
        "AarVIUX6t/9MxLSXRhDgSZVjjJw4A4q/IMX04XnHRo5Jly+6z5BVh729UoaU5vq53/p/3O98"
        "4c9NWVTuZx3TiU7N/J3HKJktdYRDskKQs+say/PaUikD/IKY05LdLhMsVWdgJ89HNTBxNtLo"
        "KhpJyeILTxphX8A41Jma4xmAIRZytbrGMK5JBCZl2CBIa1YNkqbKGxdqGyxvUPqDE5cXQ50/"
        "MOD1guiQX82xJLfCXWnfeENuX+NdZzGJxsshMkoVlEYmCjFKIq69gz/IzA/QQkda7gKeEtBE"
        "WIyDm2Y1D1jSwtfvujEgU9uvmvB1mipR5ZzrM/DBfVNCPOn5/AaxSAnyS+xGwY3UzaLUTXOG"
        "ZtRzzKCBH9dXk7qT5Hxaf9vfQAsjDlsqDFDFXYAKfAMzL7sIt1kGeMzlMa3DGDuKueIYO6fv"
        "+2x0sPYEO1udaSfXDZC+nuWnowtzZPnj5b50M89ryfN7fPi2g4xmBVVNYa8iZqmQlxkRD9OU"
        "HbLz6sCvtjAOCvSq2etosRxbtQIY7hOhufr8IORJs4I42QRvfqvx+j6EOGeoaZ6Ac6AHxlQL"
        "0L/rgRy4voD8tmoZTxuTYAPFvjZajPZ72ZkxfI1N2fAZxmE5ViLAnQZ4CVg4GhUn7DTkun/0"
        "1932cexD9D6uu4wcfOXehBQSJwC/eikLD5BHtHjHtS2vFSqNqRAAwO3Uyz2TQypFTQ34LMiA"
        "542fsjgeSqMEvU4EkdG4qt0rU6z2nEh0LW1ARwV6+ckzeUxiwPmBPCtqoILl/9QPOAT+ft+H"
        "bfoqjW+7o+SRNv71CuO9n0fk5LzlDOxOgjduFfMcE/+moWF+Qmhrgz3BjlPlCXHAuzFFJCxT"
        "Y6JrRYid9Qcf5kaxw4rT4WCTkUcuFQXouAdDeb2t5bPtNrUhNwMGuOEzWbEDwOessHMItdWL"
        "KT980s9fW1JcKxRPRvZgO+vxaLjdibG78IOq6P1bh8V5kN+YV4mbF50q+L52W6PLt/x19MxF"
        "w5CHkZvkwnPCD1ISjZoTYlQhdYGIbhozNM8UlEtsH4GeHCXVeDdELChz8K+rnZcRZ62QT8vB"
        "Ry8gQGA1XRHPPQ1b8trG3nzJlmbtGp2/jgwbqdbF9QHyp4trnKk0pn1cRwdOjTdtGp+QKayA"
        "377tr8g3EgO/+8isTugY6LqPTpeXG0KO51fJneoLp7MHokpxdY9nz9SPvrR7TsGvPoLnOT+6"
        "2o7vw70y1q5bep/GYcdzab1JksFBRWtbwSWynGyy4gOf4pHFzRNZc29d3CLHudo03ZAsS6IP"
        "fzGOA/ubizuk75yPl8J2Brh2U3I/KLq4eOMeM6bfuCeNdYjzZLZXS20s97gPdcCieOM2TnjX"
        "oIBrLwa49h4n4l+wPsjbepMi0E8VwwXSThRXk49OK7c/OJ3Fdj8OmgRq+eYnSRY/OGxsPrzA"
        "vX9XpAfoll5Xf/ERALofAT6Drv7MT0Z3gVLk//j7Kn3P19jQPHc6XpJ7XpKWwqLYYKeg9GMv"
        "/iUH4BTgedBXWwnwp+d50FtuQ6haFufH8WxjsXYcR/zKk8sjRhIJnU8e2XKAgYM7vNAEpBZa"
        "QKOcyQ3og1ku/1uev/lOzrjIzo9Mwo4Xb8CfHT6/7eIefb88uj/1CrNImWpD+qODcTIAvTVf"
        "zoBzy4SE+zKFOkEqJQ+7EK68fOGq8nM/MkQ8euO/Jsd5HTCZqo3V4aAWqD3+HU00RyjTjkzG"
        "FiIfvLEldFjtv9enqZfbciwiHDdacOGB83WJYaifuLNniRMGcTfz+JV5zBBlWGsI4KMHOj7J"
        "oa6yMYI6LSmTxAe+EJcjC+F5kPhGxB1WKFHVLEoy+Qq6SJgBu8VBQtA4Bd2C/I2XRmGnfyjV"
        "Y/aNX3zir+hzYy5egLsY8FkAHgIeN63GpV2d0fGF8+r9aTfJ1s4iDuw60VUz/sIZ38lkBvXL"
        "4EDQZnzLx57OixfTJeCPavKxn2budBFY+HrNW2l9gr+7uFZMVWLdZKgK65UdSAIiRCHoWRv4"
        "uk0fgJODSAE9GGIWZ5kZIaFZXPmqXK1MmBeitPzmsSq2jg7wwg+efnRR1ja2CoLQ20E+pyzP"
        "ZMDnZLYV+YmxOjh5llkxWhFY/7CF59ur+VuPGrJp7Mb/E6cX8arnvXqfXEj8SLcGjbgt1P3f"
        "eUKWDdiZyaB/7w3U+ZKN8EQap309KKhfeghlKdoXoHPu8W67TV5XiszpQXtFDpHMPHEgjq4g"
        "PV8oJbvFbnS/7IfcIhDvy3KwHkJenbL5ML6jV0GRZqlSgrOcxVUyYJPus5GA7gNIKRJvl4Hu"
        "dIF3JK3Tc2cHyfEN5v/O/ySNLPU4STwpAmkH9W5Lt3a6t7s6246a6QAbQzXi6ApNv+ZdJPsi"
        "r8NEBpwYbFwPg3gUxOWEL6ka1c8BBr0hMVXkebIx62CDPnkuofur03P2sZykYXo3etyZLXm+"
        "w7uNZl/cSZapz9UkqCbOekbUiB+tsG4qAhL6OjTx/eMnzxVZMTbsC3/9veUAD/vI93AO8FLv"
        "VbwwFQ7AoCkiFHG3IZJtDepi2UUJ+BmoDuqxMdQFl8l21PHVZXaYaTVblDQcJ7NCR6EdQlH1"
        "cjiyioTV4KvP8ErvU7BHfRsE52WR1q+dMzL1uZxmYhEDT+wyiWePiHtA/XOC65YDReuubwcK"
        "6E/Qo+lTDNSo2Q6WJlWhToay2N7PkYEd/xfe6HmPV+4PDydnw6DlR1fLqFrsu36Fl85iLwKw"
        "NY8QZ7VEHSeg7qa8wrykuSxmU9DZBcyL8BB/vosdl9KD88Z/CT3OY4Fsynt/PTkOHc505sus"
        "ofYoqhMw+9e69alGf80HJ/kbDxUprdoQIi6g+qb0cIOsqD4M9udlmtaeDs8lc0nv9X4N81AO"
        "DHg6CEqzs8tq4F1NFcqrjB68V28P7VJ8+jj6PUNJMOrxtq83x/MCcLsAVYJ4J4o4W0Vwv9Z9"
        "Pjgc6N1a3pvruT0BwfwV3/EHt6XdZSN9xXW9GGzhPoKmmbL0qsLff/UbxOkAFb/XKaG0LAnM"
        "1/jEnSHRPq+7Ph0M0EA9bRRs3cxTGerqHOmNKtSXISkC2uu+MgS89jXpzctIKtHLxUQzk9qB"
        "+pAQhl6gPxVxMz5d7XAqbhen136FxJ1XrLgwoCnlIUlGUC+1k14HQoEGuh70FgL/Aw5fY8BB"
        "EH+3vVkhlmgnXuZ5bo8iVRDFyKIWktYNG/7iM0t8ig3J4gd2fn0vGErsSFfI98sFlVeYf2h8"
        "8leSxoWgwPoONc/zoMtxeev6Q2tk7ractzv4yxX8xSEyne2Ma2KF/+YRqDu6upShe/zo+o5Q"
        "Yeyy07NQZAxeeT+P4JG9P0O9ytA5ptTZjvhkEOfIULPED6jzM48NO53HqeYgC1Ejhbw6JgT4"
        "jfmn5jtuFjhTTr5c5lBTb4APeXRBoqnmyxfECUPP73kH3/M+dJ9h3uttHDuGesjrPeLNcDwP"
        "unj10bXrm2rMf15d+Sq4+mwbB+O1qcbL1rmLFKy8HbTZFy9g4IWk63N1/DmRrLpYUquW7sLa"
        "Uc/7jdyk4Md4IjfHGB1B2iUohnohRDJWGojzRF6OuB7nXLPL548ezL7j8gsvcbLmzBDv3e84"
        "B2FQn04QbxTi/YvfNcze9hDU5H53O3zAp2fyXYeZnpyYe+wcFNESuj6HpTbY7O1Aao+QqSov"
        "EPnxj4mP6v5cOn0evrx5y1AGdUP3OQddJ6xjqef93h/KJ/8O6eUK/HqG+gGpxKVZ05J8vBrK"
        "zZCS7YA6uxF/F/aESYCHwkElIzsSEevzSoofkdNc1E4XdviboHrtHMIW7LN2+vVIH3xMouCX"
        "feQk3JsG3kVlc/22h4Jx1z8h33m9mSrT93NBl86f4MdI2H7jfH11Vudp0uf99/oRDt/2jJRJ"
        "mUZUAT19dRygmRjswTPw58NJ+j7Ecx6OrOJcgz51zkmPaxIk8tY+ph3Of+enRg0PEhCVxfVn"
        "HLgFroe4L82f9QDFSaUJ3w8Q+XU/mZXHs2kdEA3Tt99Bg1SzsEKL5TBlSustfCQWwc/vJj5F"
        "dWxA6tBPvsgRlUBr3rZ86oxsZQ640uHhwl9dHy7DyGfn4/VkFMUvexCsg+SluGunNzufH/48"
        "T6C5I3pXtd/nkOyzWLve7ukvzXaTwKLpwveHQP9v/vM+/Pe9LkR84L/f/kSJA3UuiREWwc9L"
        "PzxVEe3+fn7ffOIelVIIOoAFzXs+SKqP6WbzmV8tQf0ZIe6zfummP6vPfHZzVP6ZD5Mn5bEI"
        "/uTfclMuyt6ub3ug2I3zAq0/+rpZFU54ZEFldX0VWU0A735+R8hEg82iBHt4vt9aFXybrDG+"
        "fj9PQ/749/MV7NXAI8o7H2HqkAddfJVF4WSxUKM0ZH3+uWVq/PgbFWg/+P7+1/i2XEHdQTP1"
        "PAbcQTIZ0ut2Q539iP/hw/bDh995hUy3NNLfeWGjOg3dVpoUQMne/qQOB2VRt09SYSFqsnle"
        "4dQHf2yQhbfbbKp6vDl2DdBjOuiXMR0gJIw9EXQ91YofPSgr6q63D7bWUGxTyTNHQFOuxATF"
        "vUIdCnqvQKOPP/BjQ/0f/yCHJdHH35aI3TZepz7OtiKTaj+OiGKstBryH/mm0Dxn/NmOoCg3"
        "Cfq5L1pmkJ4Je8dBYU+wE2x+4oKYp7tGVQVDLL16vKaYs7drfp6d60LB4cbD/rno1vWN0wnN"
        "1dRAygeHhlAXuxvwCwvO73ELK4diNMGf+F3qWVcTp+H+eBotz1wNOq4OzuA3vQTafF67uHj7"
        "Ww61TULXL2NV1XuDoeAc8d4N7K0cB3I2jQ+zLo7IO44MOX+vp7Y5um4nPt0CL/AKn9dXJC/P"
        "fB67fTyQLj+eyqvbp8PLR/Hex8Q1c9YiWeV8rNaK1c5ryVm/9638mCR+hJ3nIBhH/b6OveXl"
        "5+yNyxLKlFjxpByZwyJwHj+4EPw7LgjY/HdcQGRqXWCWLp6U5BjvaRcXBI3wo/wdT3IyU1fB"
        "x6+YO570rl5oRN6nZV7fJvzIOp+ggHPW1nDO+OY+tcagtOhmrV6qjp9gXVyC8Sb+E6dopqpz"
        "9+rpz1nHH4c3f3R9BGu+lf7OH5XU2ZTG7/lLxYkaf/Af6WXxsP7gD0rKjEx+cN+MvJR/8mm4"
        "yzbPWPqPenIprren2z7Mxe3zVD1WuhjLp1FvH9DLTuQcWp6fd/sN5eA3ztjyMd4p+Ou60Scf"
        "jd/xuIixyyi5N2fw/9CMRlAbb5Wi6vuCy/YMKjx992NlG/SA9In/Wa6e9GLjpZAXP3mA0b3c"
        "UNL3fd92kH396mTdTpNQz3Juaqo6UbOJcJh+4nWhlKm0uv7BVVtevH+HXHDT3/mKO7qF/H77"
        "wwRdKjyKY/z44MhTfOcFYj/XbWTN7Oza2zlnUEUbjDD+dHqEd3HjnR5c+BLjy6m2V0DzUNfH"
        "LFxeeCR9cLMKlLFEyPH48bNsGgXg8uezVAvj0JoppU62sewUjyLpcNNBttluwUqCwtjmw3ev"
        "idH3sz5xlHV9Tbn3G15zwf1MlWRwoCi0zvNEipydg6PRctXty50I8SQcI23CKPI2q2TQ6dXU"
        "qsTtCKTEsmBx1LqmPWeyeB8P1W5/GrQx6LdRO5zCX3MkOzMA02iWyc/ufMLX/g+uIM81VVfJ"
        "cB7Ipn8HWeosPf4QvT79Rr7b5yn849c+j1SmjQlKVSvTl8mgNtMxZ+4wz2HnbMcNGGkIOlny"
        "d/PACZe5sFaRYq1wbfT7ncNufwt0YsoiBbeTFRr6HZ5TrZFA3yo8mvsKgiroyCI9G1kE19vs"
        "zLY8ckhGGEHHAvLoFUM9lV0QWwY6jBeCHpfYXsf5JtBE5QzWX2F+hp3QDJpu3/9r/7FNJ7Du"
        "zm7aWEoTeE4dSVUdXQCsV/gp9PZlLO7npYlI4WF91xr00v48PgRh1++3G0aoU1MZ+UfsDKgd"
        "cd4D646V19mYny5Dmij0eB/ZeROvQA+uknmiooWtYqBtLo3x+XrAQLLq8urLAfMhlcEuZBNh"
        "tlPyOtJyMQ5h/qzhh2IQGagfF/X74nQN9auoxcdWCvJ3f8+4uunGM/U56+pKZ5u8duSIzAvW"
        "0uxkQ/0FuqvQbcodgOCc0dIUNmKHi02NJmliXlItkQ3T1V7XFd5IE7kqtlSRNzTilz6SNlQp"
        "Jnp2LD008G14GIwXT862ud0+hXbXxLI5TiLEq1DHR+S4MFZjc6G518Y4m1F2TSKcXHf6yDWr"
        "q5YOg7/nL/o+N9RpJaTgBQtH+TrYa1V9GAP/XSJue/n055TlANYBgBacy+tGvtYbrT8PYkZq"
        "E5ncKQou2kQ+H8HemsCN09Qaz+tYF5vY++rv2SeI29O6i1cogSSwu9b14SSz6j7LiY+W15A6"
        "LzPBUZJpSahpL294lMxz99lYdJ9v9NhdHx0BVYdNWk2OrbE1XlVmN/cFGVaLTU2n+wgAdnS+"
        "Rdt71O/rLqri1UIAVJCPaLkb9PwLfsS13++DVsV5lOonY1kx2U2g7q3nG3u0PLkpsdyRqWwy"
        "K9vkldrV3/Ky2By7v3xReCj56auZsoW6fu52qEb84QJlQs93737IAPRf8bsPZ8iMjA8TBLwN"
        "cm9MdWvlJmjnjKxs3rCjlFllmchzp7UmXKJ5O+ZL5qgsIVhXUmp0dkJQbwy7+kvy7xnli/rP"
        "fJCsfs0ngPmoF/ka/JqPjF6puaAOlqTG2kq1Ejiu6a4ROf7aD9BJXQCVawYZAuW4pucgxXFc"
        "49P3SEwoY13Tv3Z1D4eciBteJP6kRtxVlURTHSICdT2T+3pR86HeH1/4oxlgJAWOEPI6zBuN"
        "rgvgwYW0Brs18sRJTUPEwTwUzcUMzU1J+hlPWwyYZBi9Xv2cW3iVZlTvTmxkqdjXs2ZTCXX+"
        "y85I4mDd3u5QL3/2NWY/v2tyHOzOusOZ0nyfOOKv9SGLZlA8oCyWaN/nC7yXMz1nJfgfL6/2"
        "rfvLX13Ah+bLH/Jpvlyjde6FDlnr9zw/u9e1gfPnKxzp8eDUSKutvtO7fjiptV/+SKrCUhtE"
        "dJezao4HvfNrHsVikyFQpMc/8SMNSdcPeJn4inAGtZ8c1cFJGl7EZADyAO6/ROePnSrXRGuk"
        "po/GNHq/zJkxKHbucUIVTZBXvX+a8Zi/gt+wcnKgSB12uMvZO5EXPDxk3sWPssTqeOOQXfYH"
        "Lu36OwL4pXkOyC1eSShJHdFWU0HKpAcDQGsH5GjaIta6PrQ7KICX9yz4+NPgPDxlMgVdjOwC"
        "YXbL1MON2/vbTQp8LMqPT5/iBvEx2dqOMz+3f+JcAgXcxflhqAr87TKpfuednFxfpVH7f+Lh"
        "UoeHOZ1aKpfImfJclVqzBnuF434/xoE4HK/G+N/y96p3+nb2O79IMoTrIT67/Sj6/DkHVphy"
        "RpJV3v9uqy0axAB2gSrUA3VQnlS6fb4cbilanOmlTYxe173csBjZlXh6Dv7EBTpHXVyo2X75"
        "TLK//t/ldbwB/AS9Lx2ddrJJBrGBDGNVCBPgU2sDeSkHAkPCSJ3wZAjctvJRZ1dF+exbXvbm"
        "Gu+EjDKGzv4BpIi1WsMAYc6A92quXpgLLuny20mX1QJ7JLDQ8JGDnnjsa1t25swRIL/HurkY"
        "Iuqm9wkl9Sqnn/0GKRIaRkeJrlRCsEB//YpOnLnE+1Ss/qwbJVmqQz1y/IWvUlIW4wxHq0AY"
        "RHR4G6p1HmS1EUu//Z1dTUWpUUZ3DFX1Lkcb277Xyv0pnJSo3gQoGsJf+4TWQwV1eeLZCuih"
        "UfOwsmaHfu2TSIsqj47p9td+qNZkl/VAltkqw+zJzO75DPxTk3WBBhR15xAnFRK427S9DIJk"
        "uM9BRyzTg+KladydC/K//DO9IDscC8LozrsDOur6vzViUXMZIlOnv+2QRuc5qZ/DKU9VgTtd"
        "Xk2nK+/Z/hzjqM6mCJvmfT/zVlKN8vFzJs90+oX7tvqo5Qy4SNF+7T8kB6oCridEMTWuBl1W"
        "Dw3Ia+qcrfu6Vvfpb/zTSHk+mivA/dRpw1GnZ+dchPL6oPLCWc75w1iemqt5grhz/s0TzO/3"
        "Qx12bg7Bav7Mv/z61tt7DDL2CwemHx7RbvMA8lSoF8PnE/KEMy71tx3edcBeMiOYx7Bi1hZD"
        "8IGMOq7r3Rc/vPsMqg3jUuCB0nKSQIlG6QW/QO+Hj4/+372MLUtKWa8f2hevlRuBS9XHi1Zg"
        "17mqBRXkLcT38sHV7u4L13/FBZFcodbo5RIE0Xb9d3xl4EmPJ9/b37E2CuTNji+WkH/jO+AH"
        "l8yvd4F2+uAM9a4q8hxNxCXoJK6lfAT6p6B4EvLJK14c4bkpe7TpYIcrfq+ijbESO5zY79XP"
        "voM2xPfuvBpS9Ilg0abn75H+qduU0nKboYkGVY7C5WBTd/jxrtMw1+XlTQLdBs/VZ3sNvfbq"
        "0dTUUTSPXMV2xXpz/14/dfb2Eht1v288y2MrGS0bsWbUiah6MeX0Tv74OYm+cSvmXwUAHEEb"
        "+sefa0kzej2D/IXW/e6a+hro5i6el9hf6VA/gX0dMdiGs/trR9fAK7RFcb3dj9s956XiXliZ"
        "ylicllEuHC5t09L7MH4R0HXrwS5uXLPodKWR9OfAYzc4NcV906ZVjK53zxhUUwb/wta6GeMq"
        "OzaPLZlUmv9yOn+ABjtEaEXO3f62fn/ZoBdNCSHXkyKf9ueQtQCEyEN366F58V9eIpgK2Quj"
        "wFj79HRWwtXaEPNr6M7WCyt/nT28ttb9PritCDnO4nmEqiJqJdvv9mHbI0j9ZJZoHQ9jdsyk"
        "JsGCmK34bLJ6XiHxHuYu4EsPCz6WikRugDf6/RIo7rVkF2TCUhH5mSOZmjKKBLnhD3zUff8y"
        "H5PlNLs8L7PkNaMImU+HQTETmY/+3JNWqIfiMkkvG1svbOziZeSCnpCDRAU9IUihuZXQsXVG"
        "AppHXNvMILeLeH6sC8CRWMXIvGOEjFMN9Q7fQh1RaI9rvD/j5RiKlckZWZoEZf9J8DVTjFXk"
        "mRoiSjusYzyKuNGpISQuTtllmKDZdcZdJpvwfBUybelj7bU4Icej2msbIMhrcTvYZNlGfhZr"
        "597a6gbZbTMCO/IHFW2X6rrTK2NlbAoQy9Ol2iQK/B4jyvagky2Vf/JBBved+/tidN/Gkbs6"
        "Nfrd8Ggbo2XlxO4qlG+Fa+NpfEp9eZ3VQdePofi48N07tttkGxoF45rU1BNkf3hHmMbX1Ic4"
        "07/i5+TGdIFQ6hx/6VfbOKcO1B2IxEwnlDDXGxbAC8J0yJe2PTxMvGESQ2lqZtl8xRUCP+Qf"
        "NhMPk5cv6X5+YlJ40PWvc17dvHwR/3p+YQ3pfUAcXG0+usVeH5LvPnhtvUKIY0r78yzi9/e2"
        "LJ64b/yyEqd5X2/iJ7/d9+evfvUpxhjhZEW6fZuYP+73/XsB/XsAKEW9Hn0/l0h8272PwLaf"
        "c7DactS1pOnX9f35y+9zl5HSliVZFGwsMZzk9YXhWq3+5/nln309LjIvL6biHj9bPhP5C5fM"
        "YoLUgZ8yBvGTI267B53djcOUJoPfFBx7ptLz1lK4XAAV3/2Uj73mu9H4fR4N/KyL/flaByOo"
        "k7EfrgT1i8eK8cD/8ORy2Z0XV+D5vlvR7nySdxpE6BBx3nAQ4Wd032VTa3yttTaYxFIl7Mfo"
        "tlxda6PF21iyurPli0lw5+Nuw9rO5zuKrJE9SMIx5hHiozEElGekfuzhItJV0wAciPULsemR"
        "W/Hgn3nXpzDrA0ULyDFEM8GG9TrUbeS4hLjsz5d51TqsT937IKLx+j7/mOomLAx50qws8P4/"
        "vJ/x6z2T9/k1NBCOR+CTYwL3McRIHYlIVTagL42ye9+Fw199RCMOhKg757i7oMiCCERtyudQ"
        "P4DehzpCaA7d/oX/uuYtlhzsbHfzwA/H1QjWoY0Wx3g+/+q//D33+fMeAerPXUEBr7S/zu9W"
        "nR3kzg5KmcoGiUbtGPV2kB7H9fd6q7JQ9jV2ViEP632xd5y5upHnBY3e5/dMS9e6c0Nagbrz"
        "9eR9blP7Xs8gxn/Wk5cK1DldfzI59PtN0lY/XIyTWa7N7j2hEHwaxuVpCvECfpo/fs5RFgMR"
        "E0/BXf5+xZmUnKY6MvtzIiYtCO7jkP0/7kfd/f7v++XktPgP9ztEaa6f+TmQB621AWaow+ST"
        "713efvsx0o0Xk81hgVCLNxj1+Qt5lfj+z3MUaQ3PwY7f3x+7TqoHxGeO32CJkJUw5vl1LWVZ"
        "j0+RdGJK8mceBtDr5nvc+de4tTrDBenxbIxrnGgT4Dt1uDqb1c95YiRPqlzGax7EPOQR0YIz"
        "C+F6Bl72A4ycQ3bo+vW2rUukw52275+eNqUaca8TluNxAlUAHhxYNL6curjpP9dd3y7IokVM"
        "rHb/da6vxhm3j7/eW+s/w3pDK7vXWn+eioAufqCARnx76fKwP2cEzwGZMUZ4CcAndedzaf9e"
        "WmtqV3je2uz7g/37JN17CM3RR4Ttj3imKcOIkxvQLzlb9fw+P/BHfA+X2ksWuj7tG6esmhGY"
        "9xAp0kfnz0PFkvbhDz7rn/Nkk6Y7H+3f2KLIj0Np63qV6LZ0a4RVum96fnu8ju3GeBQud6wM"
        "HZ6Pfu6XJ1Ed6SiLBzCehw8XHuo9gvYF/XnfYeZhn6Hxr7ps2uGvKV9b3YYCEo0twPl7d1Zh"
        "OQhIHVB0GpnIP3/wfSqbqstIm+Zwob8HO4Pdur7xwg7niRxkoa30feEJUSHvVD7r1g9+A33m"
        "Xn1H+uljXYWRu+YVG0nM8E5ejqzWB7zt3jmU59Tp3i/Rd9nP+s73lkGaGJQIIUE//b1T915S"
        "jG2KkdGut9Wn3k9sF+KNfT1X//SVMuT/nGee6jZJUZDRlsn/3/PbX37s9yNS9mO/sRDywK+E"
        "f22CH76feLvuPEkSt6lQIHO4GiLJRL1dSMj3/fGaqv0+YkGp4vuf850T4F+o4xqEAg119k2o"
        "0uXz570iUz7PciQ7UMr05zf7PIwC5+cc4RxHORa3OvoTX4q0H3bnYdnWNqro0cgL6VM/L0c/"
        "5609qO/zzRHqNa0/lyvQj05AtvJZN/fUIT/8nn8QxHvHY37lhHWytfv+e1lqt4K9Ugy4jtwx"
        "JBhW9tl/4AtKv953MPSo20fHJjzYbY9ugiNOmyCOUtkPz+lgo7hF8mc+DGqEk2wSkNr2URnx"
        "3T4ryoeU287F2N26vS48/eSPdnfcVir1W3H+4dcakXtdIRSNk0/cLKU/ui7Kb66b64sqB3zr"
        "34NB3m6ZL03BNZixUWHe265uBENkMwH0asFaqcjRT969PvkzUZapWy9Th51oW6yNNOntfEzF"
        "z3sYrLiecUYN3e36DwxJrr+idyG4lNd43GGbUayzzQF4rdtPg98/PMOV/efunB6qQr7u9g/a"
        "jm9JmZ6t67yW0y5+EzT4jjcpE/tz7JqHAT6b7Qzm8N/dy8PdG8G/Xx7+elP4//xfsv8Neg=="
    ),
    "esp32c6": (
        "eNp1e1mTusq35Xc5r/wjcACHG9EPmZDJJGAyii8diAqCiogK2tHfvTdUaVWde/tE/E6FCGTm"
        "HtZae2f6f/7Z1PX/rg+v3T//NR2Js9l/vi7c4uvtn/8aDmaj8XwkTif/+Wcb3+J//usf1P2n"
        "MHZrx5qmCNOrLK/1C8ZjdTPww9s1VJSn57UtDlCaTvObo5vLmX3Ih7fYrEfqojb14jT33IGw"
        "FoS0StWlMX/4uHur1P0PN4mr9YMQRhwNLiY6TksqNcxEzUCSU7JEXzeoMiYhZoVNEVsQnChS"
        "Ogt2hlMNh/G45fJNIqFiWk/mTTxb7pd+1ZZblQyipkJK4DzG0UnDlyu/JYcp3fA8xw2HT13L"
        "FBaLVntajmw2Pp00dhi4oXZUH2tUD2TkB5edXl3V2/24JRIf+q1DUKmeym2ucfPlWazHmbaN"
        "VGtmq/J2NZg6Tuyw1UWYnIWS42cjpj/WwsU0yqFk7698ul+32VPPzuHAtO3V3LEr7mKcl+Pi"
        "lrrTxyhZPPlHveZOz3yiT9Qq8+THEPnbA2LiwPLW4vq8ER/ZrMzmx6B6EUfSLnN9zxuFfdZE"
        "92rHkseb1joche4LPZf7vffg53SbacFyX2UPwY5qPnNkFNsZYZmdnkVv/lo97etoOrglVbG1"
        "lclgrjG/+F//fEXB7+gQJpPxQPjPP7vz7fr8ujSEC+PRf/657Vq46R/mKGMsOMh67ihDG6UQ"
        "EhVhU22nWS5yCTo+wZX2DglEwKVkp7iRHMyH41t3v2afncbJ97yPfD954Z0v3ZodYbqtOs2p"
        "OjZLqjfEsxwfpSXCTmQg9D2eVjfypQueWjg9i6vm1Wu3pRsprNHtpZkXB6HEkapFJE5FvEjO"
        "mY/kKk1IEe68rEmId6lkN2M44tYqfiV6RpAn+YVeN6xgm/3qZYLXYB7D2fOVLZmUsWt4lGJ6"
        "bL7WEy2TrNlStRa8AbpQVb8UubQvUNnASK5ZOIgkjrJ8cUxLGLZVBYZqzMlKE/AZ7XUUFZ7r"
        "EF2vi+LgXnQDFTWNYH2Zn+TSkqHxZouJuwF7uIQhsBNCh5ZcEa5jDzdIM8pijDUHRe1rjHST"
        "IpR6OGIfe6fEz8uUoXSyJeAPkiHEHSUT6Uh5MkknREhWSLIPIiSmu9YJY5BfcqJmRJKdW6Ih"
        "hyivw8LU64vxJFPFr90qm63uRRMhWTEXQwb++Pc60iBLS4k6E1OZN4cvPwmRKr3t73f2P2GH"
        "VMR6VhT8rHPMyumlIKm/zeWykAb+7oV5JlldHEAcQRxMjq/ueUnWwX/v621TvzItkrSJpiLd"
        "UzUxVbsRsL9DzdPWxQZ9jf/MxxJRxnoZrjpUEQUpFbKzFbW2jqSYpM/EwMrywbHUyxyw37d/"
        "BRuvxcgn8Wbn4RSZUbsIII6Uzj6XJtLz5MFYO4Z5xoQZpoKbVNaFSNMmqSKhgBaNv0JWrkrg"
        "T30B14XzGQzHo1mkIkeNRxsux2mimZukn2c62KiStlK0BuwF62vQwMMMxhXyc5dPAzTOj/f9"
        "nTRhI68TmKR8Tk15M9uMPHxFltCeA74MVK3ZjKWlMtRLlt0a4uh11ceJW2d2e1yQoNZ6v1rP"
        "U29/Bx0dtzwa6LnWMcSpg8A/DSWRKKvocEZ5F497hmYFOmShTgaFI7kbXdeKyv329ysrEvl1"
        "ieX2EOFIvIWIqZpHHN8RRvatgdyFPIB4mWSar/psO3yISdrPX0OFMDQpdxrxvV/13t/g/wDd"
        "5hvzpVmUMsXLbhvzEO1e2TyRSLNWpShQfD/L53Mf8i2lSDJ1zCSIX1udp+gFJCNnLHoen3C9"
        "ka1bHz/Ic/YrfnGJIH8SFIkrirBF53tOSrWlCs9T7I2sYrilSB7pUupPjo6Db9HMG/oJekR3"
        "A0+r1ZmY8zw58bevOIS8a/ISJYg2JhBngoS53fsTTXwVshTwihpPuceXw0vaGEbp3jNpolSl"
        "L+usQF4dKa/Ltz81WdCe0gUZhk+aAsk6pB8a5sq6sz8+OBbkaXF6uqyzO5IdxiD/0RG1Jq3R"
        "6Du+ZfRyTNp8PiP0Yj6Zbfa5kq/4f8XPgjQrJifhmDmkjzdcR4dW//6eyIbV4Y9mHmFFYxwB"
        "qjUhRfq3/0zEtKdGEOBJXWCMnCQHij8jxfThfYdWTkiXL7rPkNWEvb0yhpT28nne+v8873zh"
        "z1VZ1O5nHdOJTs3incconS11hEOyQpCz6wbL88ZSKQP8gpjT0u02FyxVZ2Anz0cNMHE+0ugq"
        "Gknp4gtPWmFXwjjUmZrjGYAhFgq1viQwrkkEJuXYIEhrVy2SpsobFxobLG9Q+oMT5ydDnT8w"
        "4PWC6JBf7aEi19Jdaf08MSKbr/Eus4RE4+UQGZUKSiMXhQSlEfe6gT/IzA/QQkda4QKeEtBE"
        "WEyCq2a1d1jSwtdvujEgU9uv2/B5nCpR7ZyaE/DBLa4gnvRifoVYpAT5FXaj4EqadlHppjlD"
        "M+o5ZtDCl+uLSd1Jejquv+1PINKS8EWFAaq5M1CBb2Dm5WfhOssBj7kioU2YYEcxVxxjp+z9"
        "nIHW1o5gZ6Mz7ei6AdLXs+J4cGGOrLg/3aduFkUjeX6PD992kNGspKop7FTELBXyMififpqx"
        "fX5a7fnVBsZBgV63Ox0tlmOrUQDDfSK0F58fhDxpVxAncfDmtwbT2xDinKG2fQDOgR4YUy1A"
        "/9YDBXB9CfltNTKetibBBkp8bbQY7XayM2P4kpiy4TOMw2qsRIA7LfASsHA0Ko/Yaclld+/v"
        "u+6SxIfovV+2Odn7yq0NKSROAH71MhbuIY9o+Y5rW14rVBpTIQCA26rnWy6HVIraBvBZkAHP"
        "Wz9jSTKURil6Hgkio3HduBemWK9TKtG1FIOOCvTqnWeKPCIJ4PxAnpUNUMHyv+sHHAJ/v5/D"
        "Nn1WxrfdUXrPWv9ygfHe7yNyetpwBnYnwRu3ynmBiX/V0LA4IrSxwZ5gx6nygDjg3YQiElaZ"
        "MdG1MsTO+oMPc6PcYsXpcLDNyb2QyhJ03J2hotk08sl228aQ2wED3PCZrNgB4HNe2gWE2urJ"
        "lB8+6eevLSluFIonI3uwmfV4NNxsxcRd+EFd9v5twvI0KK7Mq8X4SacKvq3dl9HlW/E8eOai"
        "ZcjDyE0L4THhBxmJRu0RMaqQpkREN40ZmucKKiS2i0BPjtJ6vB0iFlQF+NfVTsuIs1bIp9Xg"
        "oxcQILCarYjnHocv8twk3nzJlmbjGp2/DgwbmdbF9R7yp4trnKs0oX1cR3tOTeJXlhyRKayA"
        "3975I5ckAX73kVkf0SHQdR8dz083hBwvLpI71RdOZw9ElfLiHk6eqR98afuYgl99BO9zPjpP"
        "s/3bcKeMtcuG3qZJ2PFc1sRpOtiraG0ruEKWk09WfOBTPLK4eSpr7rWLW+Q4F5tmMcnzNPrw"
        "F+M4sL+5uEH6zvlkKWxmgGtXpfCDsouLN+4xY/qNe9JYhzhPZzu10sZyj/tQByzKN27jlHcN"
        "Crj2ZIBr73Ei/gnrg7xt4gyBfqoZLpF2pLiefHRatfnB6Tyx+3HQJFCrNz9JsvjBYSP+8AL3"
        "/l6R7qBbel39xUcA6H4E+Ay6+jM/Gd0ESpH/4++L9D1fI6ZF4XS8JPe8JC2FRRljp6T0Yy/+"
        "KQfgFOB50FcbCfCn53nQW25LqFqVp/vhZGOxcRxH/MqT8z1BEgmdTx7ZcoCBgzu80ASkllpA"
        "o4LJLeiDWSH/K8/ffCfnXGQXByZhx0ti8GeHz2+7uAffrw7uT73CLFJl2pD+6GCcDkBvzZcz"
        "4NwqJeGuyqBOkCrJwy6EKy+fubr6PI8MEY/e+I/koGgCJlO1tToc1AK1x7+DieYI5dqBydhC"
        "5IM3toT2q933+jT1fF2ORYSTVgvOPHC+LjEM9RN38ixxwiDuZh6/Mg85ogxrLQF89EDHpwXU"
        "VTZGUKelVZr6wBficmQhPA9S34i4/QqlqppHaS5fQBcJMwMtkgA4bpyBbkF+7GVR2OkfSvWE"
        "feMXn/or+ojNxRNwFwM+C8BDwOOm1bq0qzM6vnCevT/tNt3YecSBXSe6aiZfOOM7ucygfhns"
        "CYrH12Ls6bx4Nl0C/qgnH/tp5lYXgYUvl+IlrY/wd5s0iqlKrJsMVWG9sgNJQIQoBD1rA1+/"
        "sjvg5CBSgKVDzJI8NyMktIsLX1erlQnzQpRW3zxWJ9bBAV74wdOPLspfra2CIPS2kM8ZK3IZ"
        "8DmdbUR+Yqz2TpHnVoJWBNY/fMH77dX8rUcN2TS24/+O04tk1fNes0vPJLlnG4NG3Abq/u88"
        "IcsW7Mxk0L+3Fup8yUZ4Io2zvh4UVHLt9XieoV0JOueWbDeb9HmhyJzutWfkEMksUgfi6ALS"
        "84kysl1sR7fzbsgtAvG2rAbrIeTVMZ8Pkxt6lhRpliqlOC9YUqcDNuk+GxCkDkBKmXrbHHSn"
        "C7wjaZ2eOzlITq4w/3f+p1lkqYdJ6kkRSDuod190Y2c7u6uz7aidDrAxVCOOrtD0a95luiuL"
        "JkxlwIlB7HoYxKMgLid8RdWoeQww6A2JqSLPk9hsghh98lxCt2en5+xDNcnC7Gb0uDNb8nyH"
        "d7Fmn91JnquP1SSoJ856RtSIH62wbioCEvo6NPX9wyfPFVkxYvaFv/7OcoCHfeR7uAB4aXYq"
        "XpgKB2DQlhGKuOsQybYGdbHsohT8DFQH9dgY6oLzZDPq+Oo828+0hi0qGo7TWamj0A6hqHo6"
        "HFlFwmrw1Wd4Zrcp2KO5DoLTssya59YZmfpcznKxTIAntrnEs3vE3aH+OcJ9y4Gidfe/Bgro"
        "T9Cj2UMM1KjdDJYmVaFOhrLY3s2RgR3/F97oRY9X7g8PpyfDoNUvXV1tdl2/wstmiRcB2JoH"
        "iLNGoo4TUDeuLjAvaS6L+RR0dgnzIjzEn+9ix6V077zxX0L301ggcXXr7yeHocOZznyZt9Qe"
        "RU0KZv9atz7V6K/54LRYf/BtXb/CDhapHlcebpEVNfvB7rTMssbT4b1kLum93m9gHsqeAU8H"
        "QWV2dlkNvIupQnmV07337O2hncs3vyPdyVEajHq87evN8bwE3C5BlSDeiSLOVhE8r3Wf9w4H"
        "ereRd+Z6bk9AMH/Fd/LBbSk8x9JXXDeLwQaeI2iaK0uvLv3dV79BnA5Q+XudEsqqisB8jU/c"
        "GRLt87rr08EALdTTRsnW7TyToa4ukN6qQnMekjKgve6rQsBrX5PevIykCj1dTDQzbRyoDwlh"
        "6An6UxHj8fFih1Nxszg+dyskbr1yxYUBzSgPSTKCeuk16XUgFGig60FvIfA/4PAlARwE8Xfd"
        "mTViqXbkZZ7ndihSBVGMLGohad2y4S8+s8SH2JI8uWPn13XBUBJHukC+n8+ousD8Q+OTv5I0"
        "LgUF1rdveJ6H+hVX164/tEbmdsN5272/XMFfHCLT2cy4NlH4bx6BuqOrSxm6Jfeu7wgVxjY/"
        "PkpFxinY5ft9BI/s3QnqVYZOCaXOZsSng6RAhpqnfkCdn3nE7HgaZ5qDLESNDPLqkBLgN+Yf"
        "2+/+3wLnytGXqwJq6hj4kEdnJJpqsXxCnDD0+J538D3vffcZ5r3eJIljqPui2SHeDMfzoItX"
        "H126vqnG/MfFlS+Cq882STBem2qyfDk3kYKVN4NX/sULGHgh7fpcHX9OJKspl9RqpJuwdtTT"
        "LpbbDPyYTOT2kKADSLsUJVAvhEjGSgtxnsrLEdfjnGt2+fzRg/l3XH7hJU7XnBninfsd5yAM"
        "muMR4o1CvH/xu4bZ2x6RSm43t8MHfHyk33WY6cmpucPOXhEtoetzWGqLzd4OpPEImaryApEf"
        "/5j4oO5OldPn4dObvxjKoW7oPheg64R1IvW83/tD+Z4XTrft+QL8eoL6AanEpXn7IsV4NZTb"
        "ISWbAXW2I/4m7AiTAA+FvUpGdiQi1ueVlNwjpz2rnS7s8DdFzdrZhy+wz9rp1yN98DGNgl/2"
        "kdNwZxp4G1Xt5dseCsZd/+Rtr/VCmb7fC7p0/gA/RsLmG+ebi7M6TdM+77/Xj3D4tqegxFUW"
        "UQX09MVxgGYSsAfPwJ93J+37EI95OLLKUwP61DmlPa5JkMgb+5B1OP+dnxo1PEhAVJWXn3Hg"
        "Ebgf4r4yf9YDFCdVJlwfIPLreTKrDifT2iMaZj9+39ezsEaL5TBjystb+Egsg5/vCd5FTWJA"
        "6tBPvsgRlUBrXjd85oxsZQ640uHhwl9d7i7DyGenw+VolOUvexCsg+SluGunt1ufH/68L6Ka"
        "I3oXtd/nkOyT2Lje9uEvzVecwqLpwveHQP9v/vM+/Pe9LkR84L/f/kSpA3UuSRAWwc9LPzzW"
        "Ee3+fr6PP+tHlRSCDmBB+54PkppDFsef+TUS1J8R4j7rl676o/7MZztH1Z/5MHlSHcrgT/4t"
        "42pR9XZ92wMlblKU6GNnuV2VTnhgQW11fRVZTQHvfr5HyESDeFGBPTzff1k1XE3XGF++36ch"
        "f/z7/Qr2GuAR5Z2PMHXIgy6+qrJ08kRoUBayPv/cKjM+/lYA+3aD7+u/xrflGuoOmqunMeAO"
        "ksmQXjYxdXYj/ocPXx8+/M4rZLqVkf3OCxs1Wei+pEkJlOztjupwUJXN60FqLERtPi9qnPng"
        "jxhZeLPJp6rHm2PXAD2mg34Z0wFCwtgTQddTrfzRg7Kibnv7YGsNxTaVPHMENOVKTFDcC9Sh"
        "oPdKNPr4A99j6v/4BzksjT7+tkTsvpJ15uN8IzKp8ZOIKMZKayD/kW8K7WPGn+wIinKToJ/n"
        "omUO6ZmydxyU9gQ7QfwTF8Q83jSqKhhi6dnjNcWcvVnz8/zUlAoOYw/7p7Jb17ceAXRQMwO9"
        "8VFCQ6iL3Rj8woLTe9zSKqAYTfEnfpd63tXEWbg7HEfLE9eAjmuCE/hNr4A2H5cuLr79asqh"
        "Fqd0/TRWdbMzGApOEe9dwd7KYSDn02Q/6+KIvOPIkIv3ehqbo+vXxKcb4AVe4YvmguTliS8S"
        "t48H0uXHQ3l2+3R4eS/f+5i4Yc5aJKuCT9RGsV7zRnLW730rPyGpH2HnMQjGUb+vY294+TF7"
        "47KBNkqieFKBzGEZOPcfXAj+jQsCNv+NC4hMrTPM0sWTihySHe3igqARvle/40lOZ+oq+OA3"
        "BjvqXb3QirxPq6K5TviRdTpCAeesreGc8e1tao1BadF4rZ7rjp9gXVyKcZz8iVM0U9W5e/H0"
        "x6zjj/2bP7o+gjXfSH/njyrqxJXxe/5SeaTGH/xHelXerT/4g9IqJ5Mf3DcjL+MffBZu8/iR"
        "SP+jnlyK683xugsLcfM41veVLibycdTbB/SyEzn7F8/Pu/2GavAbZ2z5kGwV/HXf6JOPxu94"
        "XCTYZZTc2hP4f2hGI6iNN0pZ933B5esEKjx792NlG/SA9Il/KOuOehl7GeTFTx5gdKtiSvq+"
        "79sOsq9fnLzbaRKaWcFNTVUnaj4R9tNPvC6UKpNWlz+4asuL9/eQC272O19xR7eQ329/mKBL"
        "hXt5SO4fHHmI77xA7Oe+WNbMzq69nQsGVbTBCOOPx3t4E2PveOfCp5icj429ApqHuj5h4fLM"
        "I+mDm3WgjCVCDoePn2XTKAGXP5+lRhiH1kypdLJJZKe8l2mHmw6yzdcGrCQojMUfvntOjL6f"
        "9YmjvOtryr3f8JoLbieqpIM9RaF1mqdS5GwdHI2Wq25f7kiIJ+EEaRNGkRev0kGnVzOrFjcj"
        "kBLLkiXRyzXtOZPF23iodvvToI1Bv41ewyn8NUeyMwMwjWa5/OjOJ3zt/+Aa8lxTdZUM54Fs"
        "+jeQpc7S4/fR89Nv5Lt9ntI/fO3zSFXWmqBUtSp7mgxqMx1z5hbzHHZOdtKCkYagkyV/Ow+c"
        "cFkIaxUp1go3Rr/fOez2t0AnZixS8GuyQkO/w3OqtRLoW4VHc19BoH4PLNLzkUVws8lPbMMj"
        "h+SEEXQoIY+eCdRT+RmxZaDDeCHocYntdFzEgSYqJ7D+CvMz7IRm0Hb7/l/7j69sAuvu7KaN"
        "pSyF9zSRVDfRGcB6hR9Cb1/Gkn5emogUHtZ3aUAv7U7jfRB2/X67ZYQ6DZWRf8DOgNoR592x"
        "7lhFk4/56TKkqUIPt5FdtMkK9OAqnacqWtgqBtrmsgSfLnsMJKsuL74cMB9SGexC4gizrVI0"
        "kVaISQjzZy0/FIPIQP24qN8Xp2uoX0UtObykoHj394yLm8Weqc9ZV1c6m/S5JQdknrGW5Ucb"
        "6i/QXaVuU24PBOeMlqYQix0utg2aZKl5zrRUNkxXe15WOJYmcl1uqCLHNOKXPpJiqpQTPT9U"
        "Hhr4NrwMxksmJ9vcbB7Ca9smsjlOI8SrUMdH5LAwVmNzobmX1jiZUX5JI5xetvrINeuLlg2D"
        "v+cv+j431GkVpOAZCwf5MthpdbMfA/+dI25z/vTnlOUA1gGAFpyqSyxfmljrz4OYkdpGJneM"
        "grM2kU8HsLcmcOMss8bzJtHFNvG++nv2EeL2uO7iFUogCeyudX04yay7z3Lqo+UlpM7TTHGU"
        "5loaatrTGx4k89R9Nhbd5ys9dPdHB0DVYZvVk8PL2BjPOrfb24IM60Xc0OkuAoAdna7R5hb1"
        "+7qLuny+IABqyEe03A56/gU/4sbv90Hr8jTK9KOxrJnsplD3NvPYHi2PbkYsd2QqcW7lcVGr"
        "Xf0tL8v40P3ly9JD6U9fzZQt1PVzN0M14vdnKBN6vnv3Qwag/8rffThDZmS8nyDgbZB7Y6pb"
        "KzdFW2dk5fOWHaTcqqpUnjsva8KlmrdlvmSOqgqCdSVlRmcnBPXGsKu/JP+WU75s/swHyerX"
        "fAKYj3qWL8Gv+cjomZkL6mBJaq2N1CiB45ruGpHDr/0AnTQlULlmkCFQjmt6DlIcxzU+fY/U"
        "hDLWNf1LV/dwyIm44Vnij2rEXVRJNNUhIlDXM7mvFzUf6v3xmT+YAUZS4Aghr8O80eiyAB5c"
        "SGuwWytPnMw0RBzMQ9FczNDclKSf8bTFgEmG0evVz7mFZ2VGzfbIRpaKfT1v41poil92RhIH"
        "6/a2+2b5s68x+/lek5Nge9IdzpTmu9QRf60PWTSH4gHliUT7Pl/gPZ3pKa/A/3h5sa/dX/7i"
        "Aj60X/6Qj/PlGq0LL3TIWr8Vxcm9rA1cPJ7hSE8Gx1ZabfSt3vXDSaP98kdal5baIqK7nNVw"
        "POidX/MoF3GOQJEe/sSPNCRdP+Bp4gvCOdR+ctQER2l4FtMByAN4/hydPnaqXROtkZrdW9Po"
        "/TJnxqDcuocJVTRBXvX+acdj/gJ+w8rRgSJ12OEuZ29FXvDwkHlnP8pTq+ONfX7e7bms6+8I"
        "4Jf2MSDXZCWhNHNEW80EKZfuDADtNSAH0xax1vWh3UEJvLxjwcefBufhKZMp6GJklwiza67u"
        "r9zO38QZ8LEo3z99iivEx2RjO8789PoT5xIo4C7O90NV4K/nSf077+T08qyMxv8TD+cm3M/p"
        "1FK5VM6Vx6rS2jXYKxz3+zEOxOF4Ncb/yt+L3unb2e/8IukQ7of47Paj6OPnHFhpyjlJV0X/"
        "va2+0CABsAtUoRmog+qo0s3j6XBL0eJML2sT9Lzs5JYlyK7F42PwJy7QKeriQs13y0ea//X/"
        "tmiSGPAT9L50cF6TOB0kBjKMVSlMgE+tGPJSDgSGhJE64ckQuG3lo86uivLZtzzvzDXeCjll"
        "DJ38PUgRa7WGAcKCAe81XLMwF1za5beTLesF9khgoeG9AD1x3zW27MyZI0B+j3VzMUTUzW4T"
        "SppVQT/7DVIktIyOUl2phWCB/voVHTlziXeZWP9ZN0rzTId65PALX6W0Ksc5jlaBMIjo8DpU"
        "myLIGyORfvs7v5iK0qCcbhmqm22BYtu+NcrtIRyVqIkDFA3hr31E66GCujzxbAX00Ki9W3m7"
        "Rb/2SaRFXUSHbPNrP1Rr8/N6IMtslWP2YGb3fgb+aci6RAOKunOIkxoJ3HX6Og+CdLgrQEcs"
        "s73iZVnSnQvyv/wzPSM7HAvC6Ma7Azrq+r8NYlF7HiJTp7/tkEWnOWkewylPVYE7np9tpytv"
        "+e6U4KjJpwib5m0381ZSg4rxYybPdPqF+7Z6b+QcuEjRfu0/pHuqAq6nRDE1rgFd1gwNyGvq"
        "nKzbulF32W/800h1OpgrwP3MeYWjTs/OuQgVzV7lhZNc8PuxPDVX8xRxp+KbJ5jf74c67NTu"
        "g9X8UXz59a23dxhk7BcOTD88ol3nAeSp0CyGjwfkCWecm287vOuAnWRGMI9hzawNhuADGXVY"
        "N9svfnj3GVQbxqXAA5XlpIESjbIzfoLeD+8f/b99GhuWVrLe3LUvXqtigcvU+5PWYNe5qgU1"
        "5C3E9/LONe72C9d/xQWRXKHR6PkcBNFm/Xd8ZeBJ9wff29+xYgXyZsuXS8i/8Q3wg0vnl5tA"
        "O31wgnpXFXmOpuISdBL3onwE+qekeBLy6TNZHOC9Gbu/ssEW1/xORbGxEjuc2O3Uz76DNsS3"
        "7rwaUvSJYNG25++R/qnblMpy26GJBnWBwuUgbjr8eNdpmOvy8iqBboP36rOdhp479WBq6iia"
        "R65iu2IT377XT52dvcRG0+8bz4rESkfLVmwYdSKqnk05u5E/fk6jb9xK+GcJAEdQTP/4cy1p"
        "Rq9nkL/Quu9dU18D3dzE0xL7Kx3qJ7CvIwabcHZ7bukaeIW+UNJsduPXjvMycSesTGUsTquo"
        "EPbnV/uit2HyJKDr1oNt0rpm2elKI+3PgSducGzLW/zK6gRdbp4xqKcM/oUv62qM6/zQ3jdk"
        "Umv+0+n8ARpsH6EVOXX72/rtaYNeNCWEXE+KfNqfQ9YCECJ33W2G5tl/eqlgKmQnjAJj7dPj"
        "SQlXa0MsLqE7Wy+s4nny8Npa9/vgtiIUOE/mEarL6CXZfrcP+zqA1E9nqdbxMGaHXGpTLIj5"
        "is8nq8cFEu9ubgO+8rDgY6lM5RZ4o98vgeJeS7dBLiwVkZ85kqkpo0iQW37PR931p3mfLKf5"
        "+XGepc8ZRch8OAyKmci89+eetFLdl+dJdo5tvbSxi5eRC3pCDlIV9IQgheZGQoeXMxLQPOJe"
        "7Qxyu0zmh6YEHElUjMwbRsg4NlDv8C+oI0rtfkl2J7wcQ7EyOSFLk6DsPwq+ZoqJijxTQ0R5"
        "DZsEjyJudGwJScpjfh6maHaZcedJHJ4uQq4tfaw9F0fkeFR7bgIEeS1uBnGex/KjXDu3l63G"
        "yH61I7Ajv1fRZqmuO70yVsamALE8XaptqsD3CaJsBzrZUvkHH+Tw3Kl/LkG3TRK5q2Or3wyP"
        "vhK0rJ3EXYXytXRtPE2OmS+v8ybo+jEUHxa+e8P2K92ERsm4NjP1FNkf3hGmySXzIc70r/g5"
        "ugldIJQ5h1/61TZOmQN1ByIJ0wklzPWGJfCCMB3ylW0P9xNvmCZQmpp5Pl9xpcAP+bvNxP3k"
        "6Uu6XxyZFO51/eucVzcvX8S/3l9aQ3obEAfXn3NNyLzs0+8+eGM9Q4hjSvvzLOL3dVsWj9w3"
        "flmp066/r5v4wW92/fmrX32KMUY4XZFu3ybhD7td/7uA/ncAKEO9Hn2/l0j8q/s9Att8zsFq"
        "y1HXkqZf9/fnL7/PXUbKq6rIomRjieG0aM4MN2r9388v/+zrcZF5fjIV9/j54nORP3PpLCFI"
        "HfgZYxA/BeI2O9DZ3ThMaXP4TsGJZyo9by2F8xlQ8d1P+ei8+XY0fp9HAz/rYn++1sEI6mTs"
        "hytB/eqTl+OB/+HJ5bI7L67A+323pt35JO84iNA+4rzhIMKP6LbNp9b40mivYJJItbAbo+ty"
        "dWmMF94k0uMSQsyA1SLw/8BH42jqwnV1huR5nozswKykVB0G3e9ZSLD4+h2EtDC/zuf3v19R"
        "XofunPjpfvAMUnTnFrG5eFYpnoK9/9jR1Y2iKCW36e15yKCuP3T6DiFGhGiAVCUGnWhU3X4Z"
        "h7/6pkZhCVF3XnF7RpEFkYReGV9AHQC6HeoBQdwP+EO8vnT7IspovA+C221qnVsmWYfJ+IEc"
        "6rZyUkF+9OfcvHodNunGdutDfz7ULAFXUxi/uRoVOtfI950S1vs/zLvvV2jdOR4N1tgUUJ5+"
        "n6PUvuc1SPBnXu1e5ItKgbqj6xem+6+43Af7sXE0q7XZ/W5nFX71lSBOzIgo7eX7PltKID5e"
        "Vgw51ITpJw98BXf59R0H6WmqI7M/x2HSkuA+TiB+ft6jSav/8T1dXnzbV9APTyabwxKhF44x"
        "6vMD5pP6/s97DGkP78GO3z+fuE6mB8Rnjt9iiZCVMOZ5wL/8WHT5H0lHpqR/5mFLoCH+jou0"
        "BJekx4sxbnCqTYBP1OHqZNY/53WRPKkLGa95EMtNAvYOTiyE+xnCyIdS3tnn+74fbjOJdHn9"
        "6vuTx7hSI+55xHIyTkFl42bHovH5iORE/frc9cWCPFokxHrtvs7NNTjndsnX78L6z7De0Mpv"
        "jdafVyKgO+8ooBH/OqNF8nWOB94DND5GeAnAInXnX2n/u6+XqV3gfWuz77/1v9fozvm3Bx8R"
        "tjvgmaYMI05uQR9AEPT8Od/zB3wLl9pTFvo+KELdD9y6X639/oHb16/Z/u//A9NSVr8="
    ),
    "esp32c61": (
        "eNp9e1uTgkiX7X/pVyYCL+BlIuYhEzK5CZhcxZcTigqCiogKMnH++9lQpVX1zTenO7orVEgy"
        "92WttXcm//3Ptqr+T3Vs9//853Qkzmb/8fXFfXO7//Ofw8FsNJyL8wl8vdvcN//85z+o+0dh"
        "7N6MNU0RpjdZXutXjMfqduCH91uoKC/PaxocoCSZZndHN5cz+5gN7xuzGqmLytTz89xzB8Ja"
        "EJIyUZfG/OnjblSp+x+uY1frH0IYcTT4MtZxUlCpZiaqB5KckCX6ukCVMQkxy22K2ILgWJGS"
        "WbA3nHI43IwbLtvGEsqn1WReb2bLw9Ivm2KnkkFUl0gJnOc4Omv4euN35DilW57nuOHwpWup"
        "wjai1ZyXI5uNz2eNHQduqJ3U5xpVAxn5wXWvlzf1/jjtiMSHfuMQVKjnYpdp3Hx5Eatxqu0i"
        "1ZrZqrxbDaaOs3HY6ipMLkLB8bMR059r4WoaxVCyDzc+Oayb9KWnl3Bg2vZq7tgldzUuy3F+"
        "T9zpcxQvXvyzWnPnVzbRJ2qZevJziPzdETFxYHlrcX3Zis90VqTzU1C2xJG061w/8EZuXzTR"
        "vdkbyeNNax2OQrdFr+Xh4D35Od2lWrA8lOlTsKOKTx0ZbeyUsNROLqI3b1cv+zaaDu5xme9s"
        "ZTKYa8zP/+ufryj4HR2jyRz+/Y9/9pf77fUdMOOBMB79xz/3fQMX/cMcZYwFiqzXXmJoq+RC"
        "rCJsqs00zUQuRqcXuNLeI4EIuJDsBNeSg/lwfO+u1+yLUzvZgfeR78ct3vvSvd5jptuqU5/L"
        "U72kek08y/FRUiDsRAZC38/Tqlq+dsFTCedXftO8au02dCuFFbq3mnl1EIodqVxE4lTEi/iS"
        "5Eguk5jk4d5L65h411J2U4Yjbq3iNtYTH3mSn+tVzXK2PaxaE7wG8xjOXm26ZFLKbuFJ2tBT"
        "/bWeaBmn9Y6qleAN0JWq+jXPpEOOijr1kWvmDiKxoyxbjmkxw7aqwKNqc7LSBHxBBx1Fuec6"
        "RNerPD+6V91AeUUjWF/qx5m0ZGi83WHibsEeLmYI7ITQsSE3hKuNh2ukGUU+xhpFUdOOkW5S"
        "hBIPR+xj74T4WZEwlEx2BPxBUoS4k2QiHSkvJumECPEKSfZRhMR01zphDPJLjtXEl2TnHmvI"
        "IUp7XJh6dTVeZKr4lVums9UjryMkK+ZiyMAf/7qOJEiTQqLOxFTm9fHLT0KkSm/7+539z9gh"
        "JbFepQR+1jlmZfSak8TfZXKRSwN/32KeSVYXBxBHEAeTU9vdL8k6+O/9fVNXbapFkjbRVKR7"
        "qiYmavcE7O9R/bJ1sUZfz39lY4koY70IVx2qiIKUCOnFihpbR9KGJK/YwMryybHESx2w37d/"
        "BRuvxcgnm+3ewwkyo2YRQBwpnX2udaRn8ZOxZgzz3GBmmAquE1kXIk2bJIqEAprX/gpZmSqB"
        "P/UFfC9cLmA4Hs0iFTnqZrTlMpzEmrmN+3kmg60qaStFq8FesL4aDTxwvBkJ2aXLpwEaZ6fH"
        "4UHqsJbXMUxSviSmvJ1tRx6+IUtoLgFfBKpWb8fSUhnqBUvvNXH0quzjxK1SuzktSFBpvV+t"
        "17m3v4NOjlucDPRa6xji1EHgn5qSSJRVdLygrIvHA0OzHB3TUCeD3JHcra5reel++7tN81hu"
        "rxu5OUY4Eu8hYqrmEcd3hJF9ryF3IQ8gXiap5qs+2w2fYpz089dQLgxNyp1HfO9Xvfc3+D9A"
        "9/nWbDWLUqZ46X1rHqN9m85jidRrVYoCxffTbD73Id8SiiRTx0yC+LXVeYJaIBk5ZdHr9ILv"
        "a9m69/GDPOew4hfXCPInRpG4oghbdH7gpERbqnA/xd7Iyoc7iuSRLiX+5OQ4+B7NvKEfo2f0"
        "MPC0XF2IOc/iM3//ikPIuzorUIxobQJxxkiY270/0cRXIUsBr6jxknt8ObbS1jAK95FKE6Us"
        "fFlnMKkqUtrrtz81WdBe0hUZhk9qSBgd0g8NM2Xd2R8fHQvyND+/XNbZHckOY5D/6IQak1Zo"
        "9B3fMmodk9afzwi1zCez7SFTshX/L/GzIPWKyXE4Zg7p4w1X0bHRv38nsmF1+KOZJ8CfMY4o"
        "gvsp0r/9ZyKmvTSCAE+qHGPkxBlQ/AUppg/jHRs5Jl2+6D5DVh329koZUprr537rf7nf+cKf"
        "m7Ko3M86phOdmvk7j1EyW+oIh2SFIGfXNZbntaVSBvgFMaclu10mWKrOwE6ej2pg4myk0VU0"
        "kpLFF540wr6A51Bnao5nAIZYyNXqGsNzTSIwKcMGQVqzapA0Vd64UNtgeYPSH5y4vBjq/IEB"
        "rxdEh/xqjiW5Fe5K+8Ybcvt63nUWk2i8HCKjVEFpZKIQoyTi2jv4g8z8AC10pOUu4CkBTYTF"
        "OLhpVvOQmLTw9btuDMjU9qsmfJ2mSlQ55/oMfHDflBBPej6/QdBRgvwSu1FwI3WzKHXTnKEZ"
        "9RwzaODH9dWk7iQ5n9bf9jfQwojDlgoDVHEXoALfwMzLLsJtlgEec3lM6zDGjmKuOMbO6fs+"
        "Gx2sPcHOVmfayXUDpK9n+enowhxZ/ni5L93M81ry/B4fvu0go1lBVVPYq4hZKuRlRsTDNGWH"
        "7Lw68KstPAcFetXsdbRYjq1aAQz3idBcfX4Q8qRZQZxsgje/1Xh9H0KcM9Q0T8A50ANjqkE8"
        "/IseyIHrC8hvq5bxtDEJNlDsa6PFaL+XnRnD19iUDZ9hHJZjJdLRvQFeAhaORsUJOw257h/9"
        "dbd9HPsQvY/rLiMHX7k3oQSJE4BfvZSFB8gjWrzj2pbXCpXGVNAB4Hbq5Z7JIZWipgZ8FmTA"
        "88ZPWRwPpVGCXieCyGhc1e6VKVZ7TiS6ljagowK9/OSZPCYx4PxAnhU1UMHyf+oHHAJ/v+/D"
        "Nn2VxrfdUfJIG/96hee9xyNyct5yBnYnwRu3inmOiX/T0DA/IbS1wZ5gx6nyhDjg3RgSPyxT"
        "Y6JrRYid9Qcf5kaxw4rT4WCTkUcuFQXouAdDeb2t5bPtNrUhNwMGuOEzWbEDwOessHMItdWL"
        "KT980s9fW1JcKxRPRvZgO+vxaLjdibG78IOq6P1bh8V5kN+YV4mbF50q+L52W6PLt/x19MxF"
        "w5CHkZvkwnPCD1ISjZoTYlQhdYGIbhozNM8UlEtsH4GeHCXVeDdELChz8K+rnZcRZ62QT8vB"
        "Ry8gQGA1XRHPPQ1b8trG3nzJlmbtGp2/jgwbqdbF9QHyp4trnKk0pn1cRwdOjTdtGp+QKawI"
        "e9tfkW8kBn73kVmd0DHQdR+dLi83hBzPr5I71RdOZw9EleLqHs+eqR99afecgl99BOM5P7ra"
        "ju/DvTLWrlt6n8Zhx3NpvUmSwUFFa1vBJbKcbLLiA5/ikcXNE1lzb13cIse52jTdkCxLog9/"
        "MY4D+5uLO6TvnI+XwnYGuHZTcj8ourh44x4zpt+4J411iPNktldLbSz3uA91wKJ44zZOeNeg"
        "gGsvBrj2fk7Ev2B9kLf1JkWgnyqGC6SdKK4mH51Wbn9wOovt/jloEqjlm58kWfzgsLH58AL3"
        "/l2RHqBbel39xUcA6H4E+Ay6+jM/Gd0FSpH/4++r9D1fY0Pz3Ol4Se55SVoKi2KDnYLSj734"
        "lxyAU4DnQV9tJcCfnudBb7kNoWpZnB/Hs43F2nEc8StPLo8YSSR0PnlkywEGDu7wQhOQWmgB"
        "jXImN6APZrn8L3n+5js54yI7PzIJO168AX92+Py2i3v0/fLo/tQrzCJlqg3pjw7GyQD01nw5"
        "A84tExLuyxTqBKmUPOxCuPLyhavKz/3IEPHojf+aHOd1wGSqNlaHg1qg9vh3NNEcoUw7Mhlb"
        "iHzwxpbQYbX/Xp+mXm7LsYhw3GjBhQfO1yWGoX7izp4lThjE3czjV+YxQ5RhrSGAjx7oeFih"
        "a9oYQZ2WlEniA1+Iy5GF8DxIfCPiDiuUqGoWJZl8BV0kzIDdIM4JGqegW5C/8dIo7PQPpXrM"
        "vvGLT/wVfW7MxQtwFwM+C8BDwOOm1bhSV2d0fOG8en/aTbK1s4gDu0501Yy/cMZ3MplB/TI4"
        "ELQZ3/Kxp/PixXQJ+KOafOynmTtdBBa+XvNWWp/g7y6uFVMFEQ6ToSqsV3YgCYgQhaBnbeDr"
        "Nn0ATg4iBfQgiKc4y8wICc3iylflamXCvBCl5TePVbF1dIAXfvD0o4uytrFVEITeDvI5ZXkm"
        "Az4ns63IT4zVwcmzzIrRisD6hy2Mb6/mbz1qyKaxG/9PnF7Eq5736n1yIfEj3Ro04rZQ93/n"
        "CVk2YGcmg/69N1DnSzbCE2mc9vWgoH7pIZSlaF+AzrnHu+02eV0pMqcH7RU5RDLzxIE4uhLQ"
        "lyglu8VudL/sh9wiEO/LcrAeQl6dsvkwvqNXAYNaqpTgLGdxlQzYpPtsJKD7AFKKxNtloDtd"
        "4B1J6/Tc2UFyfIP5v/M/SSNLPU4ST4pA2kG929Ktne7trs62o2Y6wMZQjTi6QtOveRfJvsjr"
        "MJEBJwYb18MgHgVxOeFLqkb1c4BBb0hMFXmebMw62KBPnkvo/ur0nH0sJ2mY3o0ed2ZLnu/w"
        "bqPZF3eSZepzNQmqibOeETXiRyusm4qAhL4OTXz/+MlzRVaMDfvCX39vOcDDPvI9nAO81HsV"
        "L0yFAzBoighF3G2IZFuDulh2UQJ+BqqDemwMdcFlsh11fHWZHWZazRYlDcfJrNBRaIdQVL0c"
        "jqwiYTX46jO80vsU7FHfBsF5WaT1a+eMTH0up5lYxMATu0zi2SPiHlD/nOC65UDRuuvbgQL6"
        "E/Ro+hQDNWq2g6VJVaiToSy293NkYMf/hTd63uOV+8PDydkwaPnR1TKqFvuuX+Gls9iLAGzN"
        "I8RZLVHHCai7Ka8wL2kui9kUdHYB8yK8gzTfxY5L6cF547+EHuexQDblvb+eHIcOZzrzZdZQ"
        "exTVCZj9a936VKO/5oOT/I2HipRWbQgRF1B9U3q4QVZUHwb78zJNa0+Hcclc0nu9X8M8lAML"
        "Uz8ISrOzy2rgXU0VyquMHrxXbw/tUnz6OPo9Q0kw6vG2rzfH8wJwuwBVgngnijhbRXC/1n0+"
        "OBzo3Vrem+u5PQHB/BXf8Qe3pd1lI33Fdb0YbOE+gqaZsvSqwt9/9RvE6QAVv9cpobQsCczX"
        "+MSdIdE+r7s+HTyggXraKNi6macy1NU50htVqC9DUgS0131lCHjta9Kbl5FUopeLiWYmtQP1"
        "ISEMvUB/KuJmfLra4VTcLk6v/QqJO69YcWFAU8pDkoygXmonvQ6EAg10PegtBP4HHL7GgIMg"
        "/m57s0Is0U68zPPcHkWqIIqRRS0krRs2/MVnlvgUG5LFD+z8+l4wlNiRrpDvlwsqrzD/0Pjk"
        "rySNC0GB9R1qnudBl+Py1vWH1sjcbTlvd/CXK/iLQ2Q62xnXxAr/zSNQd3R1KUP3+NH1HaHC"
        "2GWnZ6HIGLzyHo/gkb0/Q73K0Dmm1NmO+GQQ58hQs8QPqPMzjw07ncegO5GFqJFCXh0TAvzG"
        "/FPzHTcLnCknXy5zqKk3wIc8uiDRVPPlC+KEoef3vIPveR+6zzDv9TaOHUM95PUe8WY4ngdd"
        "vPro2vVNNeY/r658FVx9to2D8dpU42Xr3EUKVt4O2uyLFzDwQtL1uTr+nEhWXSypVUt3Ye2o"
        "5/1GblLwYzyRm2OMjiDtEhRDvRAiGSsNxHkiL0dcj3Ou2eXzRw9m33H5hZc4WXNmiPfud5yD"
        "MKhPJ4g3CvH+xe8aZm97CGpyv7sdPuDTM/muw0xPTsw9dg6KaAldn8NSG2z2diC1R8hUlReI"
        "/PjHxEd1fy6dPg9f3rxlKIO6ofucg64T1rHU837vD+WTf4f0cgV+PUP9gFTi0qxpST5eDeVm"
        "SMl2QJ3diL8L+64FpebCQSUjOxIR6/NKih+R01zUThd2+Jugeu0cwhbss3b69UgffEyi4Jd9"
        "5CTcmwbeRWVz/baHgnHXPyHfeb2ZKtP3uKBL50/wYyRsv3G+vjqr8zTp8/57/QiHb3tGyqQE"
        "XaWAnr46DtBMDPbgGfjz4SR9H+I5D0dWca5BnzrnpMc1CRJ5ax/TDue/81OjhgcJiMri+vMc"
        "uAWuh7gvzZ/1AMVJpQnfDxD5dT+ZlcezaR0QDdO330GDVLOwQovlMGVK6y18JBbBz+8mPkV1"
        "bEDq0E++yBGVQGvetnzqjGxlDrjS4eHCX10fLsPIZ+fj9WQUxS97EKyD5KW4a6c3O58f/own"
        "0NwRvava73NI9lmsXW/39Jdmu0lg0XTh+0Og/zf/eR/++14XIj7w329/osSBOpfECIvg56Uf"
        "nqqIdn8/v28+cY9KKQQdwILmPR8k1cd0s/nMr5ag/owQ91m/dNOf1Wc+uzkq/8yHyZPyWAR/"
        "8m+5KRdlb9e3PVDsxnmB1h993awKJzyyoLK6voqsJoB3P78jZKLBZlGCPTzfb60Kvk3WGF+/"
        "x9OQP/49voK9GnhEeecjTB3yoIuvsiicLBZqlIaszz+3TI0ff6MC7Qff3/96vi1XUHfQTD2P"
        "AXeQTIb0ut1QZz/if/iw/fDhd14h0y2N9Hde2KhOQ7eVJgVQsrc/qcNBWdTtk1RYiJpsnlc4"
        "9cEfG2Th7Tabqh5vjl0D9JieEmlMBwgJY08EXU+14kcPyoq66+2DrTUU21TyzBHQFBCKoLhX"
        "qENB7xVo9PEHfmyo/+Mf5LAk+vjbErHbxuskx9lWZFLtxxFRjJVWQ/4j3xSa54w/2xEU5SZB"
        "P/dFywzSM2HvOCjsCXaCzU9cEPN016iqYIilV4/XFHP2ds3Ps3NdKDjceNg/F926vnE6obma"
        "Gkj54NAQ6mJ3A35hwfn93MLKoRhN8Cd+l3rW1cRpuD+eRsszV4OOq4Mz+E0vgTaf1y4u3v6W"
        "Q22T0PXLWFX13mAoOEe8dwN7K8eBnE3jw6yLI/KOI0PO3+upbY6u24lPt8ALvMLn9RXJyzOf"
        "x24fD6TLj6fy6vbp8PJRvPcxcc2ctUhWOR+rtWK181py1u99K7/rg0fYeQ6CcdTv69hbXn7O"
        "3rgsoUyJFU/KkTksAufxgwvBv+KCgM1/xQVEptYFZuniSUmO8Z52cUHQCD/K3/EkJzN1FXz8"
        "irnjSe/qhUbkfVrm9W3Cj6zzCQo4Z20N54xv7lNrHCBCN2v1Ugl70vW7uATjTfwnTtFMVefu"
        "1dOfs44/Dm/+6PoI1nwr/Z0/KqmzKY3f85eKEzX+4D/Sy+Jh/cEflJQZmfzgvhl5Kf/k03CX"
        "bZ6x9G/15FJcb0+3fZiL2+epeqx0MZZPo94+oJedyDm0PD/v9hvKwW+cseVjvFPw13WjTz4a"
        "v+NxEWOXUXJvzuD/oRmNoDbeKkXV9wWX7RlUePrux8o26AHpE/+zXD3pxcZLIS9+8gCje7mh"
        "pO/7vu0g+/rVycDyWKhnOTc1VZ2o2UQ4TD/xulDKVFpd/+CqLS/ev0MuuOnvfMUd3UJ+v/1h"
        "gi4VHsUxfnxw5Cm+8wKxn+s2smZ2du3tnDOoog1GGH86PcK7uPFODy58ifHlVNsroHmo62MW"
        "Li88kj64WQXKWCLkePz4WTaNAnD581mqhXFozZRSJ9tYdopHkXS46SDbbLdgJUFhbPPhu9fE"
        "6PtZnzjKur6m3PsNr7ngfqZKMjhQFFrneSJFzs7B0Wi56vblToR4Eo6RNmEUeZtVMuj0ampV"
        "4nYEUmJZsDhqXdOeM1m8j4dqtz8N2hj026gdTuGvOZKdmY+zaJbJz+58wtf+D64gzzVVV8lw"
        "HsimfwdZ6iw9/hC9Pv1GvtvnKfzj1z6PVKaNCUpVK9OXyaA20zFn7jDPYedsxw0YaQg6WfJ3"
        "88AJl7mwVpFirXBt9Pudw25/C3RiyiIFt5MVGvodnlOtkUDfKjya+wqCKujIIj0bWQTX2+zM"
        "tjxySEYYQccC8ugVQz2VXRBbBjo8LwQ9LrG9jvNNoInKGay/wvwMO6EZNN2+/9f+Y5tOYN2d"
        "3bSxlCYwTh1JVR1dAKxX+Cn09mUs7ueliUjhYX3XGvTS/jw+BGHX77cbRqhTUxn5R+wMqB1x"
        "3gPrjpXX2ZifLkOaKPR4H9l5E69AD66SeaKiha1ioG0ujfH5esBAsury6ssB8yGVwS5kE2G2"
        "U/I60nIxDmH+rOGHYhAZqH8u6vfF6RrqV1GLj60U5O/+nnF1041n6nPW1ZXONnntyBGZF6yl"
        "2cmG+gt0V6HblDsAwTmjpSlsxA4XmxpN0sS8pFoiG6arva4rvJEmclVsqSJvaMQvfSRtqFJM"
        "9OxYemjg2zAYPC+enG1zu30K7a6JZXOcRIhXoY6PyHFhrMbmQnOvjXE2o+yaRDi57vSRa1ZX"
        "LR0Gf89f9H1uqNNKSMELFo7ydbDXqvowBv67RNz28unPKcsBrAMALTiX1418rTdafx7EjNQm"
        "MrlTFFy0iXw+gr01gRunqTWe17EuNrH31d+zTxC3p3UXr1ACSWB3revDSWbVfZYTHy2vIXVe"
        "ZoKjJNOSUNNe3vAomefus7HoPt/osbs+OgKqDpu0mhxbY2u8qsxu7gsyrBabmk73EQDs6HyL"
        "tveo39ddVMWrhQCoIB/Rcjfo+Rf8iGu/3wetivMo1U/GsmKym0DdW8839mh5clNiuSNT2WRW"
        "tskrtau/5WWxOXZ/+aLwUPLTVzNlC3X93O1QjfjDBcqEnu/e/ZAB6L/idx/OkBkZHyYIeBvk"
        "3pjq1spN0M4ZWdm8YUcps8oykedOa024RPN2zJfMUVlCsK6k1OjshKDeGHb1l+TfM8oX9Z/5"
        "IFn9mk8A81Ev8jX4NR8ZvVJzQR0sSY21lWolcFzTXSNy/LUfoJO6ACrXDDIEynFNz0GK47jG"
        "p++RmFDGuqZ/7eoeDjkRN7xI/EmNuKsqiaY6RATqeib39aLmQ70/vvBHM8BIChwh5HWYNxpd"
        "F8CDC2kNdmvkiZOahoiDeSiaixmam5L08zxtMWCSYfR69XNu4VWaUb07sZGlYl/Pmk0l1Pkv"
        "OyOJg3V7u0O9/NnXmP38rslxsDvrDmdK833iiL/WhyyaQfGAsliifZ8v8F7O9JyV4H+8vNq3"
        "7i9/dQEfmi9/yKf5co3WuRc6ZK3f8/zsXtcGzp+vcKTHg1Mjrbb6Tu/64aTWfvkjqQpLbRDR"
        "Xc6qOR70zq95FItNhkCRHv/EjzQkXT/gZeIrwhnUfnJUBydpeBGTAcgDuP8SnT92qlwTrZGa"
        "PhrT6P0yZ8ag2LnHCVU0QV71/mnGY/4KfsPKyYEiddjhLmfvRF7w8JB5Fz/KEqvjjUN22R+4"
        "tOvvCOCX5jkgt3gloSR1RFtNBSmTHgwArR2Qo2mLWOv60O6gAF7es+DjT4Pz8JTJFHQxsguE"
        "2S1TDzdu7283KfCxKD8+fYobxMdkazvO/Nz+iXMJFHAX54ehKvC3y6T6nXdycn2VRu3/iYdL"
        "HR7mdGqpXCJnynNVas0a7BWO+/0YB+JwvBrjf8nfq97p29nv/CLJEK6H+Oz2o+jz5xxYYcoZ"
        "SVZ5/7uttmgQA9gFqlAP1EF5Uun2+XK4pWhxppc2MXpd93LDYmRX4uk5+BMX6Bx1caFm++Uz"
        "yf76f5fX8QbwE/S+dHTaySYZxAYyjFUhTIBPrQ3kpRwIDAkjdcKTIXDbykedXRXls2952Ztr"
        "vBMyyhg6+weQItZqDQ8Icwa8V3P1wlxwSZffTrqsFtgjgYWGjxz0xGNf27IzZ44A+T3WzcUQ"
        "UTe9TyipVzn97DdIkdAwOkp0pRKCBfrrV3TizCXep2L1Z90oyVId6pHjL3yVkrIYZzhaBcIg"
        "osPbUK3zIKuNWPrt7+xqKkqNMrpjqKp3OdrY9r1W7k/hpET1JkDREP7aJ7QeKqjLE89WQA+N"
        "moeVNTv0a59EWlR5dEy3v/ZDtSa7rAeyzFYZZk9mduMz8E9N1gUaUNSdQ5xUSOBu0/YyCJLh"
        "PgcdsUwPipemcXcuyP/yz/SC7HAsCKM77w7oqOv/1ohFzWWITJ3+tkManeekfg6nPFUF7nR5"
        "NZ2uvGf7c4yjOpsibJr3/cxbSTXKx8+ZPNPpF+7b6qOWM+AiRfu1/5AcqAq4nhDF1LgadFk9"
        "NCCvqXO27uta3ae/8U8j5florgD3U6cNR52enXMRyuuDygtnOecPY3lqruYJ4s75N08wv98P"
        "ddi5OQSr+TP/8utbb+8xyNgvHJh+eES7zQPIU6FeDJ9PyBPOuNTfdnjXAXvJjGAew4pZWwzB"
        "BzLquK53X/zw7jOoNjyXAg+UlpMESjRKL/gFej98fPT/7mVsWVLKev3Qvnit3Ahcqj5etAK7"
        "zlUtqCBvIb6XD652d1+4/isuiOQKtUYvlyCItuu/z1cGnvR48r39HWujQN7s+GIJ+Te+A35w"
        "yfx6F2inD85Q76oiz9FEXIJO4lrKR6B/CoonIZ+84sURxk3Zo00HO1zxexVtjJXY4cR+r372"
        "HbQhvnfn1ZCiTwSLNj1/j/RP3aaUltsMTTSochQuB5u6w493nYa5Li9vEug2GFef7TX02qtH"
        "U1NH0TxyFdsV6839e/3U2dtLbNT9vvEsj61ktGzEmlEnourFlNM7+ePnJPrGrZh/FQBwBG3o"
        "H3+uJc3o9QzyF1r3u2vqa6Cbu3heYn+lQ/0E9nXEYBvO7q8dXQOv0BbF9XY/bvecl4p7YWUq"
        "Y3FaRrlwuLRNS+/D+EVA160Hu7hxzaLTlUbSnwOP3eDUFPdNm1Yxut49Y1BNGfwXttbNGFfZ"
        "sXlsyaTS/JfT+QM02CFCK3Lu9rf1+8sGvWhKCLmeFPm0P4esBSBEHrpbD82L//ISwVTIXhgF"
        "xtqnp7MSrtaGmF9Dd7ZeWPnr7OG1te73wW1FyHEWzyNUFVEr2X63D9seQeons0TreBizYyY1"
        "CRbEbMVnk9XzCon3MHcBX3pY8LFUJHIDvNHvl0BxryW7IBOWisjPHMnUlFEkyA1/4KPu+5f5"
        "mCyn2eV5mSWvGUXIfDoMipnIfPTnnrRCPRSXSXrZ2HphYxcvIxf0hBwkKugJQQrNrYSOrTMS"
        "0Dzi2mYGuV3E82NdAI7EKkbmHSNknGqod/gW6ohCe1zj/Rkvx1CsTM7I0iQo+0+Cr5lirCLP"
        "1BBR2mEd41HEjU4NIXFxyi7DBM2uM+4y2YTnq5BpSx9rr8UJOR7VXtsAQV6L28Emyzbys1g7"
        "99ZWN8humxHYkT+oaLtU151eGStjU4BYni7VJlHg9xhRtgedbKn8kw8yuO/c3xej+zaO3NWp"
        "0e+GR9sYLSsndlehfCtcG0/jU5LL66wOun4MxceF796x3Sbb0CgY16SmniD7wzvCNL4mOcSZ"
        "/hU/JzemC4RS5/hLv9rGOXWg7kAkZjqhhLnesABeEKZDvrTt4WHiDZMYSlMzy+YrrhD4If+w"
        "mXiYvHxJ9/MTk8KDrn+d8+rm5Yv41/iFNaT3AXFwtfnoFnt9SL774LX1CiGOKe3Ps4jf39uy"
        "eOK+8ctKnOZ9vYmf/Hbfn7/61acYY4STFen2bWL+uN/37wX07wGgFPV69D0ukfi2ex+BbT/n"
        "YLXlqGtJ06/r+/OX3+cuI6UtS7Io2FhiOMnrC8O1Wv3P88s/+3pcZF5eTMU9frZ8JvIXLpnF"
        "BKkDP2UM4idH3HYPOrt7DlOaDH5TcOyZSs9bS+FyAVR891M+9prvRuP3eTTwsy7252sdjKBO"
        "xn64EtQvHivGA//Dk8tld15cgfF9t6Ld+STvNIjQIeK84SDCz+i+y6bW+FprbTCJpUrYj9Ft"
        "ubrWRou3sWR1Z8sXk+DOx92GtZ3PdxRZI3uQhGPMI8RHYwgoz0j92MNFpKumATgQ6xdi0yO3"
        "4sE/865PYdYHihaQY4hmgg3rdajbyHEJcdmfL/OqdVifuvdBROP1ff4x1U1YGPKkWVng/b95"
        "P+PXeybv82toIByPwCfHBO5jiJE6EpGqbEBfGmX3vguHv/qIRhwIUXfOcXdBkQURiNqUz6F+"
        "AL0PdYTQHLr9C/91zVssOdjZ7uaBH46rEaxDGy2O8Xz+1X/5e+7z5z0C1J+7ggJeaX+d3606"
        "O8idHZQylQ0Sjdox6u0gPY7r7/VWZaHsa+ysQh7W+2LvOHN1I88LGr3P75mWrnXnhrQCdefr"
        "yfvcpva9nkGM/6wnLxWoc7r+ZHLo95ukrX64GCezXJvde0Ih+DSMy9MU4gX8NH/8nKMsBiIm"
        "noK7/P2KMyk5TXVk9udETFoQ3Mch+1/uR939/u/75eS0+Df3O0Rprp/5OZAHrbUBZqjD5JPv"
        "Xd5++zHSjReTzWGBUIs3GPX5C3mV+P7POIq0hnGw4/f3x66T6gHxmeM3WCJkJYx5fl1LWdbj"
        "UySdmJL8mYcB9Lr5fu7867m1OsMF6fFsjGucaBPgO3W4OpvVz3liJE+qXMZrHsQ85BHRgjML"
        "4XoGXvYDjJxDduj69batS6TDnbbvn542pRpxrxOW43ECVQAeHFg0vpy6uOk/113fLsiiRUys"
        "dv91rq/GGbePv95b6z/DekMru9daf56KgC5+oIBGfHvp8rA/ZwTjgMwYI7wE4JO687m0fy+t"
        "NbUrjLc2+/5g/z5J9x5Cc/QRYfsjnmnKMOLkBvRLzlY9v88P/BHfw6X2koWuT/vGKatmBOY9"
        "RIr00fnzULGkffiDz/rnPNmk6c5H+ze2KPLjUNq6XiW6Ld0aYZXum57fHq9juzEehcsdK0OH"
        "8dHP/fIkqiMdZfEAnufhw4WHeo+gfUF/3neYedhnaPyrLpt2+GvK11a3oYBEYwtw/t6dVVgO"
        "AlIHFJ1GJvLPH3yfyqbqMtKmOVzo78HOYLeub7yww3kiB1loK31feEJUyDuVz7r1g99An7lX"
        "35F++lhXYeSuecVGEjO8k5cjq/UBb7t3DuU5dbr3S/Rd9rO+871lkCYGJUJI0E9/79S9lxRj"
        "m2JktOtt9an3E9uFeGNf4+qfvlKG/J/zzFPdJikKMtoy+f97fvvLj/1+RMp+7DcWQh74lfCv"
        "TfDD9xNv150nSeI2FQpkDldDJJmotwsJ+b4/XlO130csKFV8/3O+cwL8C3Vcg1Cgoc6+CVW6"
        "fP68V2TK51mOZAdKmf78Zp+HUeD8nCOc4yjH4lZHf+JLkfbD7jws29pGFT0aeSF96ufl6Oe8"
        "tQf1fb45Qr2m9edyBfrRCchWPuvmnjrkh9/zD4J473jMr5ywTrZ2338vS+1WsFeKAdeRO4YE"
        "w8o++zd8QenX+w6GHnX76NiEgd326CY44rQJ4iiV/fCcDjaKWyR/5sOgRjjJJgGpbR+VEd/t"
        "s6J8SLntXIzdrdvrwtNP/mh3x22lUr8V5x9+rRG51xVC0Tj5xM1S+qProvzmurm+qHLAt/49"
        "GOTtlvnSFFyDGRsV5r3t6kYwRDYTQK8WrJWKHP3k3euTPxNlmbr1MnXYibbF2kiT3s7HVPy8"
        "h8GK6xln1NDdrv/AkOT6K3oXgkt5jccdthnFOtscgNe6/TT4/cMzXNl/7s7poSrk627/oO34"
        "lpTp2brOaznt4jdBg+94kzKxP8eueRjgs9nOYA7/1b083L0R/OfV8v5N4f/7/wA9Nw5h"
    ),
    "esp32h2": (
        "eNp1e1mTusq35Xc5r94IHMDhRvTDTkhGAZNRfOlQVBBURFTQjv7uvaFKq+r8b5+I36lQgczc"
        "w1pr70z+zz+bqvrf1eG1++e/J0NhOv2vry9u6+vtn/8e9KfD0XDS5/v/9c92fVv/89//QPuf"
        "wtitGWmawk+ukrTSL4SM1E3fD2/XUFGentc0JIAkmWQ3RzcXU/uQDW5rsxqq88rU89PMc/v8"
        "iueTMlEXxuzhk/apYvs/Useu1g1CGXU0/DLWSVLIYs1MqPuilNAFfF2gSoSGhOW2DGxOSayI"
        "yTTYGU45GKxHTS/bxCLkk2o8q9fTxX7hl02xVWk/qktQAucxik4auVy5LT1M5A3H9XqDwVPX"
        "UoWtBas5LYY2G51OGjv03VA7qo8VVH0J/OCy08urersft1TkQr9xKBTqqdhmWm+2OAvVKNW2"
        "kWpNbVXaLvsTx1k7bHnhx2e+6HHTIdMfK/5iGsVAtPdXLtmvmvSpp+ewb9r2cubYZe9inBej"
        "/Ja4k8cwnj+5R7XqnZ7ZWB+rZepJjwH42wMwoW95K2F13giPdFqks2NQvqgjapeZvueM3D5r"
        "gnu116LHmdYqHIbuC56L/d57cDN5m2rBYl+mD96OKi51JFjbKWWpnZwFb/ZaPu0r+v0Wl/nW"
        "Vsb9mcb8/H/98xUFv6OD7/cnYwya3fl2fX59NRj1+dHwv/657Rq86B/mKCPCW2A9d5TBRsn5"
        "WAViqs0kzYReDMcnutLeAU95Uoh2QmrRIVw4urXXa/bZqZ1sz/ng+/GL7HzxVu8kptuqU5/K"
        "Y72Q9Zp6luNDUgBxIgPgezytqqVLGzwVf3rmV82rVm4jb8SwgttLMy8OQOyI5TwSJgKZx+eU"
        "glQmMc3DnZfWMfUupeSmjES9lUpesZ70wRP9XK9qlrPNfvky0Ws4j8H0+UoXTEzZNTyKa/lY"
        "f60nWsRpvZXVivf6cJFV/ZJn4j6Hok59cM3cARo7yuLVY1rMiK0qOFRtjpcaT86w1yHKPdeh"
        "ul7l+cG96AbklRzh+lI/zsQFg9FmS6i7QXu4EgO0E8ChoVcg1dojNWhGkY+IZkHUvEagmzJA"
        "4pGIfeydUD8rEgbJeEvRHzQF6B1FE3RQnkzUKeXjJYj2QcDEdFc6ZQzzS4rVBHPQucUaOFR5"
        "HeamXl2MJ50ofuWW6XR5z+sIJMWcDxj649/rSII0KUTZGZvKrD58+YmPVPFtf7+1/4k4tKTW"
        "s6ToZ73HrEy+5DTxt5lU5GLf370Ix0SrjQOMI4yD8fHV3i9KOvrv/X1TV69Ui0RtrKmge6om"
        "JGo7AvF3UD9tXajha/xnNhKpMtKLcNmiisCLCZ+eraixdRDXNHnGBlEWjx5LvNRB+337l7fJ"
        "Soh8ut7sPJKAGTXzAONIae1zqSM9ix+MNSOc51pihqmQOpF0PtK0caKIEMh57S/BylQR/anP"
        "8Xv+fEbDcTCNVHDU9XDTy0gSa+Ym7uaZ9DeqqC0VrUZ74fpq6HuE4bh8dm7zqQ+j7Hjf32kd"
        "1tIqxklK58SUNtPN0CNXsPjmHHBFoGr1ZiQulIFesPRWU0evyi5O3Cq1m+OcBpXW+dV6njr7"
        "O3B03OJowHOlE4xTB9A/tUwjQVLhcIasjcc9g2kOhzTUaT93RHej61peut/+fqV5LL0ua6k5"
        "RCQSbiEwVfOo4zv80L7VmLuYBxgv41TzVZ9tBw8hTrr5a5DzA1PunYZc51e98zf6P4DbbGO+"
        "NEuWmeKlt415iHavdBaLtF6pYhQovp9ms5mP+ZbIIJo6YSLGr63OEnghyUgpi57HJ35fS9at"
        "ix/wnP2Sm18izJ8YImEpA7Hk2b4nJtpCxftl4g2tfLCVQRrqYuKPj45DbtHUG/gxPKK7QSbl"
        "8kzNWRafuNtXHGLe1VkBMci1icQZAz+zO3/C2FcxSxGvZOMpdfhyeIkbwyjceyqOlbLwJZ3l"
        "4FWR8rp8+1OTeO0pXsAwfFrnIOmYfjDIlFVrf3JwLMzT/PR0WWt3kBzGMP/hCI0pVzD8jm8J"
        "Xo4p15/PAC/m0+lmnynZkvtX/MxpvWRSHI6YQ7t4I1V0aPTv36lkWC3+aOYR8WdEIgvwfhn0"
        "b/+ZwLSnRgHxpMoJASfOkOLPoJg+Pu/QSDFt80X3GVh12NkrZaA0l8/91v/nfucLf67KvHI/"
        "65iMddnM33kMyXShAwnpEjBnVzWRZrWlygzxC2NOS7bbjLdUnaGdPB9qZOJsqMnLaCgm8y88"
        "afhdgePIzsQcTREMCZ+r1SXGcU3KMzEjBgWtWTYgTpQ3LtQ2Wt6Q5R+cOD8ZtP4giNdzqmN+"
        "NYeSXgt3qXXzJEA3X+NdpjGNRosBGKWKSiMT+BiSqPe6oT/o1A9groOWu4inFDUREeLgqlnN"
        "nTJx7us33ejTie1XTfg8TpSock71Cfngti4xnvR8dsVYlCn4JXGj4ErrZl7qpjmFqew5ZtDg"
        "j6uLKbvj5HRcfdufYqTF4Uvm+1D1zkgFvkGYl5356zRDPO7lsVyHMXEUc9lj7JS+7zNgZe0o"
        "cTY6046uG4C+mubHg4tzZPn96T51M89r0fM7fPi2gwTTQlZNfqcCs1TMy4wK+0nK9tlpueeW"
        "GxwHAr1qdjrMFyOrVhDDfco3F5/rhxxtlhgn6+DNbzWRbwOMcwZN80CcQz0wkjUH/q0HcuT6"
        "AvPbqiUyaUxKDIh9bTgf7naSM2XkEpuS4TNCwnKkRA7cGuQlZOFoWByJ09DL7t5dd93FsY/R"
        "e79sM7r3lVsTUkycAP3qpSzcYx7JxTuubWmlyOJI5h0EuK16vmVSKItRUyM+8xLieeOnLI4H"
        "4jCB55ECHY6q2r0wxXqdElFeiWvUUYFevvNMkYY0RpzvS9OiRipY/Kd+ICHy9/s+YsvP0vi2"
        "OyT3tPEvFxzv/TwqJadNzyDuOHjjVjHLCfWvGgzyI8DGRnuiHSfKA+OAc2MZaFimxljXipA4"
        "qw8+zIxiSxSnxcEmo/dcLArUcXcGeb2ppZPtNrUhNX2GuOEzSbEDxOessHMMteWTKT980s1f"
        "W8ikVmQyHtr9zbTDo8FmK8Tu3A+qovNvHRanfn5lXiWsn/JEIbeV+zLafMufB8+cNww8Am6S"
        "848x109pNGyOwGSF1gVQ3TSmMMsUyEW2i1BPDpNqtB0AC8oc/etqp0XUs5bgy2X/oxcAEVhN"
        "l9Rzj4MXfW5ib7ZgC7N2jdZfB0aMVGvjeo/508Y1yVQ5lru4jvY9NV6/0vgIJr9Evn3nj1TQ"
        "GPndB7M6wiHQdR+O56cbYo7nF9Gd6HOntQfISnFxDyfP1A++uH1M0K8+4POcj87TbP822Ckj"
        "7bKRb5M4bHkurddJ0t+rsLIVUoLlZOMlF/gyGVq9WSJp7rWNW3Cciy2na5plSfThL9brof3N"
        "+Q3Td8bFC34zRVy7KrkfFG1cvHGPGZNv3BNHOsZ5Mt2ppTaSOtzHOmBevHGbJJxryIhrT4a4"
        "9h4n4p64Pszbep0C6qeKkQK0o0yq8UenlZsfnM5iuxsHxoFavvlJlIQPDhvrDy/03r8r4h11"
        "S6erv/gIAd2PEJ9RV3/mJ8GNl2Xwf/x9Eb/na6zlPHdaXpI6XhIX/LxYE6eQ5Y+9uKcUoFOQ"
        "51FfbUTEn47nUW+5DZXVsjjdDyebCLXjOMJXnpzvMYg0dD55ZEsBQQ5u8ULjQS20QI5yJjWo"
        "D6a59K88f/OdlPUiOz8wkThevEZ/tvj8tot78P3y4P7UK8yiZaoN5B8dTJI+6q3ZYoqcWyY0"
        "3JUp1gliKXrExXDlpHOvKj/3gyGQ4Rv/QQryOmCSrDZWi4NaoHb4dzBhBpBpByYRlAofvLFF"
        "2C933+vT1PN1MRKAxI0WnDnkfF1kBOun3smzhDHDuJt63NI8ZCAzojUU8dFDHZ/kWFfZBLBO"
        "S8ok8ZEvhMXQAjILEt+IevslJKqaRUkmXVAX8VMD5nGAHDdKUbeAv/bSKGz1jyzrMfvGLy7x"
        "l/Jjbc6fiLsE8ZlHHkIeN63GpW2d0fKF8+z8aTfJxs6iHtp1rKtm/IUzvpNJDOuX/p7CenTN"
        "R57OCWfTbf1RjT/208ytLiALXy75S1wd8e82rhVTFVk7GVnF9UoOJgHloxD1rI18/UrviJP9"
        "SEGWDgmLs8yMgG/mF64ql0sT5wWyXH7zWBVbBwd54QdPP7ooezW2ioLQ22I+pyzPJMTnZLoR"
        "uLGx3Dt5llkxLCmuf/DC59vL2VuPGpJpbEf/idPzeNnxXr1LzjS+pxtDjnobrPu/84QuGrQz"
        "k1D/3hqs80UbyFgcpV09yKv02unxLIVdgTrnFm83m+R5kcGc7LVn5FDRzBMH4+iCofWElG7n"
        "2+HtvBv05oFwW5T91QDz6pjNBvENnoUMmqWKCclyFldJn43bzwYGqYOQUiTeNkPd6SLviFqr"
        "504OSPEV5//O/wTjQz2ME0+MUNphvfuSN3a6s9s6246aSZ8YAzXqyUuYfM27SHZFXoeJhDjR"
        "X7seQfHIC4sxV8pqVD/6BPWGyFSB4+jarIM1fPJchNuz1XP2oRynYXozOtyZLjiuxbu1Zp/d"
        "cZapj+U4qMbOakrViBsuiW4qPPBdHZr4/uGT54qkGGv2hb/+znKQh33wPZIjvNQ7lcxNpYdg"
        "0BQRRL3rACRbw7pYciFBPyPVYT02wrrgPN4MW746T/dTrWbzUg5HybTQIbRDLKqeTo8uI37Z"
        "/+ozPNPbBO1RX/vBaVGk9XPrDE19JqWZUMTIE9tM5Ng96t2x/jnidYu+orXXv/oK6k/Uo+lD"
        "CNSo2fQXpqxinYxlsb2bgUEc/xfe6HmHV+4PDycnw5DLX7q63OzafoWXTmMvQrA1DxhntSg7"
        "TiC76/KC8xJnkpBNUGcXOC/KIf74LnFcWd47b/wX4X4a8XRd3rrr6WHg9Exntsga2R5GdYJm"
        "/1q3PtHkX/MhSb764NuqeoUtLMr6uvRIA1ZU7/u70yJNa0/H59KZqHd6v8Z5KHsWpn4QlGZr"
        "l2Xfu5gqlleZvPeenT20c/Hmd9CdDJJg2OFtV2+OZgXidoGqBDgninq2Cni/1n7eOz3Uu7W0"
        "M1cze4yC+Su+4w9ui+F5LX7FdT3vb/A+CpNMWXhV4e+++g3CpA/F73WKkJYlxfkan7gzRLnL"
        "67ZPhwM0WE8bBVs1s1TCujoHvVH5+jygRSB3uq8MEa99TXzzMoglPF1CNTOpHawPKUruJ+pP"
        "RViPjhc7nAib+fG5W4Kw9YplLwzkVOYwSYZYL73GnQ7EAg11PeotQP8jDl9ixEEUf9edWQFL"
        "tCMncVxvB5HKC0JkyRaIq4YNfvGZJTyEhmbxnTi/vucNJXbEC+b7+QzlBecfGp/8FcVRwSu4"
        "vn3NcRzWr6S8tv2hFZjbTc/b7v3FEv+SEExnM+01scJ98wjWHW1dyuAW39u+I1YY2+z4KBSJ"
        "JGiX7+dRMrR3J6xXGZxiWXY2Qy7pxzkYapb4gez8zGPNjqdRqllggWykmFeHhCK/Mf/YfPf/"
        "5iRTjr5U5lhTr5EPOTiDYKr54olxwuDxPe/ge9779jPOe7WJY8dQ93m9A84MR7OgjVcfLm3f"
        "VGP+4+JKF97Vp5s4GK1MNV68nJsgo5U3/Vf2xQsEeSFp+1wtf45Fqy4WslWLN37lqKfdWmpS"
        "9GM8lppDDAeUdgnEWC+EIBGlwThPpMWw1+Gca7b5/NGD2XdcfuElSVY9MyQ79zvOURjUxyPG"
        "m4zx/sXvGmFve0Qqvd3cFh/I8ZF812GmJyXmjjh7RbD4ts9hqQ0xOzvQ2qN0okpzoD/+MclB"
        "3Z1Kp8vDpzd7Mciwbmg/56jr+FUsdrzf+UP5nhdJts35gvx6wvoBVOrKWfOi+Wg5kJqBTDd9"
        "2dkOuRu/k5iIeMjvVTq0IwFYl1difI+c5qy2urDF3wTqlbMPX2ifldOtR/zgYxIFv+wjJeHO"
        "NMg2KpvLtz0UQtr+ydteq7kyeT8XdensgX6M+M03ztcXZ3maJF3ef68fSPi2J6+syzSSFdTT"
        "F8dBmonRHhxDf96dpOtDPGbh0CpONepT55R0uCZiIm/sQ9ri/Hd+arLhYQJCWVx+xsFb8HqM"
        "+9L8WQ9SnFia+H0f6K/76bQ8nExrD3KY/vh9X03DCuaLQcqUlzf3QSiCn98p2UV1bGDqyJ98"
        "kSJZRK153XCpM7SVGeJKi4dzf3m5u4yAz06Hy9Eoil/2oERHySuTtp3ebH1u8PO8CEFK8C5q"
        "t88h2iehdr3tw1+Yr3WCi5bnvj9A+n/zn/fhv+91AfWR/377ExIH61waAxHQzws/PFaR3P79"
        "/L7+rB9KMUQdwILmPR8Q60O6Xn/mV4tYf0bQ+6xfvOqP6jOf7QzKP/Nh0rg8FMGf/Fusy3nZ"
        "2fVtD4jdOC/gY2epWRZOeGBBZbV9FUlNEO9+fgcwob+el2gPz/dfVoXfJitCLt/P08Af/X6+"
        "QrwaeUR55yNOHfOgja+yKJws5mtIQ9bln1umxsffCmLfrv/9/a/xbanCukPO1NMIcQckOpAv"
        "m7Xs7IbcDx++Pnz4nVdguqWR/s4LG+o0dF/iuEBK9nZHddAvi/r1oBXhoyab5RVJffTHGiyy"
        "2WQT1ePMkWugHtMRL0dyH4AfeQLqelkrfvSgpKjbzj7EWmGxLYueOUSackXGK+4F61DUewUM"
        "P/4g97Xs//gHHJZEH39bAnFf8SqlJNsITKz9OKKKsdRqzH/wTb55TLmTHWFRblL4uS9aZJie"
        "CXvHQWGPiROsf+KCmsebJqsKwVh6dngtk569WXGz7FQXCgnXHvFPRbuubz2C6KCmBrzxUYQB"
        "1sXuGv3CgtN73MLKsRhNyCd+F3rW1sRpuDsch4tTr0YdVwcn9JteIm0+Lm1cfPvVlEJtncir"
        "p7Gs6p3BIDhFnHdFeyuHvpRN4v20jSP6jiNDyt/rqe2evHqNfXmDvMApXF5fQFqcuDx2u3ig"
        "bX48lGe7T0cW9+K9j0lq5qwEusy5WK0V6zWrRWf13rfyY5r4EXEe/WAUdfs69oaTHtM3Lhuw"
        "UWLFE3MwB0Xg3H9wIfg3LvDE/DcuAJ1YZ5ylS8YlPcQ7uY0LCkNyL3/Hk5RM1WXwwW+CdtTb"
        "eqEROF8u8/o65obW6YgFnLOyBjPGNbeJNQqAyuuVeq54XCeuq5cQso7/xClMVXXmXjz9MW35"
        "Y//mj7aPYM024t/5Qyk769L4PX+xOMrGH/wHvSzu1h/8gaTM6PgH983IS7kHl4bbbP2Ixf9R"
        "Ty6E1eZ43YW5sHkcq/tSF2LpOOzsg3rZiZz9i+Nm7X5D2f+NM7Z0iLcK+bpu+MlH43c8zmPi"
        "MpnemhP6f2BGQ6yNN0pRdX3BxeuEKjx992MlG/WA+Il/LOuOerH2UsyLnzwgcCvXMu36vm87"
        "SL5+cTK0POHrad6bmKpO1WzM7yefeJ0rZSouL39w1Zbm798xF9z0d76Slm4xv9/+MFGX8vfi"
        "EN8/OPIQ3nkB7Oe6taSZrV07O+cMq2iDUcYdj/fwJqy9470XPoX4fKztJdI81vUxCxdnDsQP"
        "blaBMhIpPRw+fpZMo0Bc/nwWa34UWlOl1OkmlpziXiQtbjpgm68NWolXGFt/+O45Nrp+1ieO"
        "sravKXV+I6tecDvJStLfyxBap1kiRs7WIdFwsWz35Y6UeiKJQRszGbz1Mum3ejW1KmEzRCmx"
        "KFgcvVzTnjFJuI0Gars/jdoY9dvwNZjgX3MoOVOfZNE0kx7t+YSv/R9SYZ5rqq7SwSyQTP+G"
        "stRZeNw+en76jVy7z1P4h699HrFMGxOVqlamT5NhbaaTnrklXI84Jztu0EgD1Mmiv50FTrjI"
        "+ZUKirUktdHtdw7a/S3UiSmLFPIaL2Hgt3gua42I+lbhYOYrgOr3wCI9G1qU1JvsxDYcODSj"
        "jMKhwDx6xlhPZWdgi0DH8ULU4yLb6SRfB5qgnND6S8JNiROaQdPu+3/tP77SMa67tZs2EtME"
        "n1NHYlVHZwTrJXnwnX0Zi7t5aQIoHK7vUqNe2p1G+yBs+/12w6js1LIE/oE4fdmOet6d6I6V"
        "19mImyxCOVHkw21o5028RD24TGaJCnNbJUjbvTQmp8ueIMmqi4svBczHVEa70HVE2FbJ60jL"
        "hTjE+bOGGwhBZEA3LnT74vIK61dBiw8vMcjf/T3j4qZrz9RnrK0rnU3y3NIDmGeipdnRxvoL"
        "dVeh23JvjwTnDBcmvxZaXGxqGKeJeU61RDJMV3telmQtjqWq2MiKtJYjbuGDuJaVYqxnh9KD"
        "vm/jw3C8eHyyzc3mwb+2TSyZoyQCTsU6PqKHubEcmXPNvTTGyYyySxKR5LLVh65ZXbR0EPw9"
        "f9H1ubFOKzEFz4Q/SJf+Tqvq/Qj57xz1NudPf05Z9HEdCGjBqbyspUu91rrzIGakNpHZO0bB"
        "WRtLpwPaW+N7ozS1RrM61oUm9r76e/YR4/a4auMVSyAR7a61fTjRrNrPUuLD4hLKztNMSJRk"
        "WhJq2tMbHETz1H425u3nq3xor48OiKqDJq3Gh5exMZ5VZje3OR1U83UtT3YRAuzwdI02t6jb"
        "151XxfOFAVBhPsJi2+/4F/1Iar/bB62K0zDVj8aiYpKbYN1bz9b2cHF0U2q5Q1NZZ1a2ziu1"
        "rb+lRbE+tH+5ovAg+emrmZIFbT93M1Ajbn/GMqHju3c/pI/6r/jdhzMkRkf7MSBvo9wbybq1"
        "dBPYOkMrmzXsIGZWWSbSzHlZ416ieVvmi+awLDFYl2JqtHYCrDcGbf0l+rdM5or6z3xAUr/m"
        "E+B81LN0CX7NR4Jnas5lh4hiY23EWgkc13RXQA+/9gN0WhdI5ZpBB0g5ruk5oDiOa3z6HomJ"
        "Zaxr+pe27umBE/UGZ5E7qlHvooqCqQ6AYl3PpK5e1Hys90dn7mAGBMTA4UNOx3nD8DJHHpyL"
        "K7RbI42d1DQEEsxCwZxPYWaK4s942rzPRMPo9Orn3MKzNKN6e2RDSyW+njXriq/zX3YGsYfr"
        "9rb7evGzrzH9+V2T4mB70p2eKc52iSP8Wh9YcobFA2SxKHd9vsB7OpNTVqL/yeJiX9u/3MVF"
        "fGi+/CEdZ4sVrHIvdOhKv+X5yb2sDJI/nuFQj/vHRlxu9K3e9sNprf3yR1IVltoA1d2eVfc4"
        "1Du/5lHM1xmgIj38iR9xQNt+wNMkFyAZ1n5SVAdHcXAWkj7KA7z/HJ0+dqpcE1agpvfGNDq/"
        "zJjRL7buYSwrGi8tO/80oxF3Qb8R5ehgkTpocbdnbwWO98iAeWc/yhKr5Y19dt7te2nb3+HR"
        "L82jT6/xUoQkdQRbTXkxE+8MAe3VpwfTFojW9qHdfoG8vGPBx59GzyMTJsmoi8EugLBrpu6v"
        "vZ2/WafIx4J0//Qprhgf443tOLPT60+ci6iA2zjfD1Seu57H1e+8k5LLszRq/088nOtwP5Mn"
        "ltpLpEx5LEutWaG9wlG3H+NgHI6WI/Kv/L3orb6d/s4vmgzweozPdj9KfvycAytMKaPJMu9+"
        "t9UX9GMEu0Dl677aL4+qvHk8nd5CsHqmlzYxPC87qWEx2JVwfPT/xAWcojYu1Gy3eCTZX/9v"
        "8zpeI36i3hcPzmu8TvqxAYaxLPgx8qm1xryUAp4BP1THHB0gty19aO2qKJ99y/POXJEtn8mM"
        "wcnfoxSxliscIMwZ8l7dq+fmvJe0+e2ki2pOPBpYMLjnqCfuu9qWnBlzeMzvkW7OByC76W0s"
        "03qZy5/9BjHiGyYPE12p+GAOf/0Kx565ILtUqP6sG5Is1bEeOfzCVzEpi1FGomXA9yN5cB2o"
        "dR5ktRGLv/2dXUxFqSGTtwyqepvD2rZvtXJ78EclqtcBRAP8ax9hNVCgzRPPVlAPDZu7lTVb"
        "+LVPIs6rPDqkm1/7oVqTnVd9SWLLjLAHM9vnM/RPTVcF9GVozyGOK+B718nr3A+SwS5HHbFI"
        "94qXpnF7Lsj/8s/kDHY44vnhjXP78rDt/9bAouY8AFOXf9shjU4zWj8GE05W+d7x/GxaXXnL"
        "dqeYRHU2AWKat93UW4o15KPHVJrq8hfu2+q9ljLkIkX7tf+Q7GUVcT2hiqn1atRl9cDAvJad"
        "k3Vb1eou/Y1/Gi1PB3OJuJ86r3DY6tlZL4K83qscf5Jybj+SJuZylkDvlH/zBPO7/VCHnZp9"
        "sJw98i+/vvX2jqCM/cKByYdHtOsswDzl6/ng8cA86Rnn+tsO7zpgJ5oRzmNQMWtDMPhQRh1W"
        "9faLH959BtXGcWXkgdJykkCJhumZPFHvh/eP/t8+jQ1LSkmv79oXr5Vrvpeq96dcoV1nqhZU"
        "mLcY34t7r3a3X7j+Ky6o6PK1Jp/PQRBtVn/HV/qeeH9wnf0da61g3my5YoH5N7ohfvSS2eXG"
        "y60+OGG9qwpcT06EBeqk3kvmItQ/hUzGIZc84/kBn5uy+yvtb0nF7VRYG0uhxYndTv3sO2gD"
        "cmvPq4Gij3lLbjr+Huqfuk0pLbcZmNCvcggX/XXd4se7TiO9Ni+vIuo2fK4+3Wnw3KkHU1OH"
        "0SxyFdsV6vXte/2ys7MXxKi7feNpHlvJcNEINZOdSFbPppTe6B8/J9E3bsXcs0CAo7CW//hz"
        "JWpGp2fAn2vt766pr5BubsJpQfyljvUT2tcRgk04vT238gp5RX5BXG92o9eu56XCjl+aykiY"
        "lFHO78+v5iXfBvGToq5b9bdx45pFqyuNpDsHHrvBsSlu61daxXC5eUa/mjD8F76sqzGqskNz"
        "39BxpflPp/UHarB9BEt6ave39dvTRr1oigCuJ0a+3J1D1gIUInfdrQfm2X96CW8qdMcPA2Pl"
        "y8eTEi5XhpBfQne6mlv58+SRlbXq9sFthc9JFs8iqIroJdp+uw/7OqDUT6aJ1vIwYYdMbBLC"
        "C9mSy8bLxwUT725uA670CO8TsUikBnmj2y/B4l5LtkHGLxSBmzqiqSnDiJcabs9F7fdP8z5e"
        "TLLz4zxNnlMZwHw4DIuZyLx35560Qt0X53F6Xtt6YROXLCIX9YQUJCrqCV4MzY0Ih5cz5GEW"
        "9V7NFHO7iGeHukAciVUC5o0AGMca6x3uhXVEod0v8e5EFiMsVsYnsDQRy/4j72umEKvgmRpQ"
        "5TWoYzKMesNjQ2lcHLPzIIHpZdo7j9fh6cJn2sIn2nN+BMeTtecmAMxrYdNfZ9laehQr5/ay"
        "1TXYr2aIduT2KmwW6qrVKyNlZPIYy5OF2iQK/h6DzHaoky2Ve3BBhveduvtiuG3iyF0eG/1m"
        "ePIrhkXlxO4ylK6Fa5NJfEyptMrqoO3HyOQw990bsV/JJjQK1mtSU0/A/vAOP4kvadvL1r/i"
        "5+jG8hwgdQ6/9KttnFIH6w6gMdOpTJnrDQrkBX4y4ErbHuzH3iCJsTQ1s2y27BU8N+DuNhP2"
        "46cv6n5+ZGK41/Wvc17tvHyB/Hp+YQ3kW586pPqcawLzsk++++C19QwxjmW5O88ifH9vS8Kx"
        "941fVuI0q+/vTfLgNrvu/NWvPsWIAEmWtN23ibnDbte9F9C9BwApdHr0/Vwqcq/2fQS2+ZyD"
        "1RbDtiUtf13fnb/8PncZKa+ypPOCjURGkrw+M1Kr1X+eX/7Z1+tF5vnJVNLh54vLBO7cS6Yx"
        "BbXvp4xh/OTQ2+xQZ7fjMKXJ8DeFxJ6pdLy14M9nRMV3P+Wj82bb4eh9Hg39rAvd+VqHANbJ"
        "xA+XvPrVJy9Gff/Dk4tFe15cwef7biW355O8Yz+CfdTzBv2IPKLbNptYo0utvYJxLFb8bgTX"
        "xfJSGy+yicXHJcSYQatF6P++D6No4uL36hSkWRYP7cAsxUQdBO37LDSYf70HIc7Nr/P53fsr"
        "yuvQnhM/3Q+eQfP23CIx588yIRO09x87urqR54Xo1p09DynW9YdW3wEwykd9UJU16kSjbPfL"
        "euQrLozE4qP2vOL2DJGFkQSvlMuxDkDdjvUAL+z73GG9urT7IspwtA+C221inRsmWofx6AGO"
        "7DZSXGJ+dOfcvGoV1snGdqtDdz7ULBBXExy/vholnCvwfafA9f4P8+76FVp7jkfDNdY5lqff"
        "5yi173n1Y/KZV7MXuLxUsO5o+4XJvotrcRfsR8bRLFdm+97OMvzqK2GcmBFVmsv3dYoYY3y8"
        "rDXmUB0mnzzwFdLm11ccSMnpqoPZneMw5YKSLk4wfn6eA+Lyf3xOmxff9o30w5NJ5qAAeJE1"
        "gS4/cD6J7/88RxT3+Bzi+N39seukekB95vgNESld8iOOW9VidvTb/I/EI1OSP/OwRdQQf8cF"
        "LSYF7fBiRGqSaGPkE3WwPJnVz3ldkMZVLpEVh2K5jtHewYmFeD0DAj6W8s4+27f9cNteiLTN"
        "61fXnzyuSzXqPY9EikcJqmxS71g0Oh+hfV+o+9z2xYIsmsfUeu2+zs3VJOvt4q/3wrrPuN7Q"
        "ym611p1Xoqg77xDIEfc6wzz+OseDz0EaHwFZILCI7flXuXvv62VqF3zeyuz6b937Gu05/+bg"
        "A2W7A5lqyiDqSQ3qAwyCjj9ne+5AbuFCe0p81wcFaF9wa99a+/2C29fbbP/3/wEIOlSe"
    ),
    "esp32p4": (
        "eNp9e2mTskqX7X85X+kIHMChI/pDJpBMMiSj+OUGooKgIqKCdNz/fjdUaVW9/fY9Ec+pUIHM"
        "3MNaa+9M/vufbV3/n/rY7f/5z/mEXyz+4+uLe3y7//Of4yk35ifj5WT0H//s4nv8z3/+g/r/"
        "ZErv7VRVZW5+E8WNdsV4qmxHfni/hbL88ry2xQFK03l+dzTDXljHfHyPjXqirGpDK85Lzx1x"
        "G45Lq1Sx9eXTx/1Thf5/uElcdRhEopKjwpeJhtOSCA01UDMSxFSy0dcFioilENPCIoiuJJzI"
        "QroI9rpTjcfxtGXybSKgYl7Plk28sA+2X7XlTpFGUVMhOXCe0+is4uuN3UnHOdmyLMOMxy9N"
        "zWQa82Z7ticWnZ7PKj2O3FA9Kc8Nqkci8oPrXqtuyv1x2kkCG/qtI6FSOZe7XGWW9oWvp5m6"
        "ixRzYSnibj2aO07s0PWVm124kmEXE6o9N9zV0MuxYB1ubHrYtNlLyy7hyLCs9dKxKuaqX+xp"
        "cU/d+XOSrF7ss94w51c+02ZKlXnic4z83RFRfmR6G35z2fLPbFFmy1NQdZIjqNeldmD1wrqo"
        "vHuzYsFjDXMTTkK3Qy/7cPCe7JLsMjWwD1X25KyoZjNHRLGVSTSz0gvvLbv1y7pN5qN7UhU7"
        "S56Nlir1i//65ysK/kTHkp9xEDT7y/32+vqK42fTBfcf/9z3LVz0D3XkKWY3tvk6TL1mKxdc"
        "oiBsKO08y3kmQacXuNLaI07icClYKW4EB7Ph9N5fz1kXp3HyA+sj3086vPeFe3OYeLylOM25"
        "OjU20RrJMx0fpSXCTqQj9D2eWjfitQ+emju/ipvq1Ru3JVshrNG9U42rg1DiCNUq4uc8XiWX"
        "5WghVmkiFeHey5pE8q6V6GYUR8xGwV2iLYuFJ/iFVje0oNvDujPAa5qljBevLrOpkNFbeBJi"
        "cmq+1hPZSdbsiFJz3ghdiaJdi1w4FKhsMh+5RuEgKXFku2OomlBsKTIM1RiztcrhCzpoKCo8"
        "15E0rS6Ko3vVdFTUJIL1ZX6SCzZF0+0OS+4W7OFNvAbshNCxlW4I17GHG6TqZTHF9saO2m6K"
        "NIMglHo4oh97p5KflylF6WwngT+kDCHmJBhIQ/KLCpokcckaCdaRh8R0N5pEKeSXmCjLghGd"
        "e6IiR5K748rQ6qv+kuayX7tVtlg/iiZComysxhT88a/rSIMsLQXizAx52Ry//MRFivC2v9/b"
        "/4wdqZLM120KftYYaubkWkipv8vFshBG/r7DLBXMPg5ao4+D2anr72dEDfz3/r5t6i5TI0Gd"
        "qQrSPEXlUwXBCNjfo+ZlaXyDvsZ/5VNBkqdaGa57VOE5IeWyixm1loaEWEpfiY5l+8nQ1Msc"
        "sN+3fzkLb/jIl+Lt3sMpMqJ2FUAcyb19rk2k5cmT0nYK89xOPFgvblJR4yJVnaWygAJSNP4a"
        "mbkigD+1FXzPXS5gOBYtIgU5SjzZMjlOE9XYJsM809FWEdS1rDZgL8ifBo08TGFcLr/0+TRC"
        "0/z0ODykJmzETQKTFC+pIW4XMDy+IZNrLwFbBorabKeCLY+1kmb3RnK0uhrixK0zqz2tpKBW"
        "B7+ar8tgfwedHLc86ei10TDEqYPAPw2RIl5U0PGC8j4eDxQtCnTMQk0aFY7gbjVNLSr3299d"
        "ViRid43F9hjhiL+HiCqqJzm+w02sewO5C3kA8TLLVF/x6W785JN0mL+KCm5sEOY8YQe/8oO/"
        "wf8Bui+3RqeahFDZy+5b4xjtu2yZCFKzUYQokH0/y5dLH/ItJUgwNEwFiF9LWaaoA5IRMxq9"
        "Ti/4vhHN+xA/C885rNnVNYL8SVDErwnCJlkeGCFVbQXuJ9ibmMV4R5A40YTUn50cB9+jhTf2"
        "E/SMHjqeV+uLZCzz5Mzev+IQ8q7JS5Qg0hhAnAniltbgTzTzFchSwCuiv8QBX46dsNX10n1k"
        "wkyuSl/UaIG8OpK767c/VZFTX8IV6bovNQUSNUg/NM7lTW9/fHRMyNPi/HJpb3ckOpSiqEUn"
        "BPOo0eQ7vkXUOQZpPp8R6qgvLbaHXM7X7L/Ez0pq1lRMwil1pCHecB0dW+37d0nUzR5/OOME"
        "+DPFh40N9xOkffvPQFR9qRICPKkLjJGT5EDxFyQbPjzv2IqJ1OeL5lNkNuvBXhlFcnv93G/+"
        "L/c7X/hzk1e1+1nHfKYRo3jnMUoXtoZwKK0R5OymweKyMRVCBdGBmFPT3S7nTEWjYCfPRw0w"
        "cT5RyTqaCOnqC09abl/COMSZG9MFgCHmCqW+JjCuIXFUyLEuIbVdt0iYy29caCywvE7ID05c"
        "XhT1/sCA1ytJg/xqj5V0K921+o030u1rvOsikaKpPUZ6pYDSyHkuQWnEdHfwh7TwA7TSkFq4"
        "gKcSaCLMJ8FNNdvn1HutfO2u6SNpbvl1G75OczmqnXNzBj64xxXEk1YsbxCLREJ+hd0ouElN"
        "u6o0w1igBfEcI2jhx83VIO4sPZ823/bX0UpPwo5wI1QzF6ACX8fUyy/cbZEDHjNFQpowwY5s"
        "rBlKz9n7PgsdzL2Ena1G1ZPrBkjbLIrT0YU50uLxcl+aURSN4PkDPnzbQUSLkigGt1cQNRXI"
        "y1ziD/OMHvLz+sCutzAOCrS63WtoZU/NRgYM9yWuvfrsKGSldg1xEgdvfmvw5j6GOKeobZ+A"
        "c6AHpsTe2f+qBwrg+hLy22xEPG8NCeso8dXJarLfi86C4mtiiLpPMQ6rqXzY2fcWeAk4PJqU"
        "J+y00nX/GK677ZPEh+h9XHe5dPDle7ueel0SgF+9jIYHyCNSvuPaEjcyEaaE3dkFt1Mu91wM"
        "iRC1DeAzJwKet35Gk2QsTFL0OklImkzrxr1S2ezOqUA2Qgw6KtCqT56JUykBnB+Ji7IBKrD/"
        "p37AIfD3+z5skVelf9sdpY+s9a9XGO/9PElMz1tGx+4seONWuSyw5N9UNC5OCG0tsCfYcS4/"
        "IQ5YNyFICqtMn2lqGWJn88GHpV7usOz0ONjm0qMQyhJ03IOiotk24tly20YX2xFFUuNTUbYC"
        "wOe8tAoItfWLyj98MsxftQluZIJnE2u0XQx4NN7u+MRd+UFdDv5twvI8Km7Uq/n4ReYyvm/c"
        "Tu/zrXgdPWPVUuRh5KYF95yxo0yKJu0JUSJLTYkkzdAXaJnLqBDoPgI9OUnr6W6MaFAV4F9X"
        "PdsRY66RT6rRRy8gQGAlW0ueexp30mubeEub2kbj6r2/jhTrmdrH9QHyp49rnCskIUNcRwdG"
        "SeIuS07I4NYSfdtfFm9SAvzuI6M+oWOgaT46XV5uCDleXAV3rq2c3h6IyOXVPZ49Qzv6wu45"
        "B7/6CJ7n/OhqK7mP9/JUvW7JfZ6EPc9lTZymo4OCNpaMK2Q6+WzNBj7BE5NZpqLq3vq4XTjO"
        "1SJZLOV5Gn34izIM2N9Y3SF9l2xic9sF4NpNLvyg7OPijXtUn3/jnjDVIM7TxV6p1Kk44D7a"
        "yqvyjds4ZV2dAK69KODae5yIfcH6IG+bOEO6IdcUl0g9EVzPPjqt2v7gdJ5YwzhoFijVm58E"
        "kf/gsB5/eIF5/y4LD9Atg67+4iMAdD8CfAZd/ZmfiO4cIcj/8fdV+J6vHpOicHpeEgdeEmxu"
        "VcbYKQn52It9iQE4BXge9NVWAPwZeB70lttKRKnK8+N4tjDfOI7Df+XJ5ZEgQQqdTx5ZYoCB"
        "g3u8UDmklGpAooKKLeiDRSH+S56/+U7MmcgqjlTAjpfE4M8en992cY++Xx3dn3qFmlKVqWPy"
        "o4NxOtIMZWkvgHOrVAr3VQZ1glAJHnYhXFnxwtTV536k83jyxn9VTIomoCJRWrPHQS5QBvw7"
        "GmiJUK4eqYhNJH3wxhLQYb3/Xp+qXG72lEc4adXgwgLnawLFUD8xZ8/kZxTibuGxa+OYI0Kx"
        "2kqAjx5SX2kBdZWFEfIgMtLUB77g7YmJ8DJIfT1iDmuUKkoepbl4BV3ELYDdIM79xTQD3YL8"
        "2MuisNc/hGgJ/cYvNvXX5BkbqxfgLgZ85oCHgMcNs/WmfZ3R84XzGvxptenWyiMG7DrTFCP5"
        "whnfyUUK9cvoIKF4eiumnsbyF8OV0DmrZx/7qcZO44GFr9eiEzYn+LtLGtlQBNpPhiiwXtGB"
        "JJC4KAQ9awFfd9kDcHIUyaAHQ0yTPDcixLWrK1tX67UB80KEVN88Vifm0QFe+MHTjy7Ku9ZS"
        "QBB6O8jnjBa5CPicLrY8O9PXB6fIczNBawnWP+7g+dZ6+dajumjou+n/xOlVsh54r9mnFyl5"
        "ZFudRMwW6v7vPJHsFuxMRdC/9xbq/JeF8EyYZkM9yClfemiRZ2hfgs65J7vtNn1dCTLmB/UV"
        "OZJgFKkDcXSVQF+iTNqtdpP7ZT9mVgF/t6vRZgx5dcqX4+SOXiVBqqkIKc4LmtTpiM76z3oK"
        "ug8gpUy9XY5B9wDvCGqv584OEpMbzP+d/2kWmcpxlnpCBNIO6t2ObK1sb/V1thW18xHWx0rE"
        "kDWaf827TPdl0YSpCDgxil0Pg3jkeHvGVkSJmucIg94QqMKzrBQbTRCjT54L6P7q9Zx1rGZZ"
        "mN31AXcWNsv2eBer1sWd5bnyXM+CeuZsFpISsZM11gyZQ9xQh6a+f/zkuSzKeky/8Nffmw7w"
        "sI98DxcAL81ewStDZgAM2jJCEXMbI9FSoS4WXZSCn4HqoB6bQl1wmW0nPV9dFoeF2tBVRcJp"
        "uig1FFohFFUvh5HWEbceffUZXtl9DvZobqPgbJdZ89o5E0NbilnOlwnwxC4XWPqImAfUPye4"
        "zh7Jan99N5JBf4IezZ58oETtdmQbRIE6Gcpia79EOnb8X3ijFQNeuT88nJ51nVQfXS2ierXv"
        "+xVetki8CMDWOEKcNQJxnIC4cXWFeQlLkc/noLNLmJfEOkj1Xey4hBycN/4L6HGeclJc3Yfr"
        "pePYYQxnaectsSZRk4LZv9atzVXyaz44Ld54KAtZ3YUQcQHR4srDLTKj5jDan+0sazwNnist"
        "BW3Q+w3MQz7QMPODoDJ6u6xH3tVQoLzKycF7DfZQL+Wnj6Pdc5QGkwFvcT+P6bIE3C5BlSDW"
        "iSLGUhDcr/afDw4DercR98Zmac1AMH/Fd/LBbWF3iYWvuG5Woy3cJ6F5LtteXfr7r34DPx+h"
        "8vc6BZRVlQTz1T9xpwtkyOu+TwcDtFBP6yXdtMtMhLq6QFqrcM1lLJUBGXRfFQJe+6rw5mUk"
        "VOjlYkk10sYRRE2SKHqB/pT5eHq6WuGc365Or/0a8TuvXDNhQDLCQpJMoF7qZoMOhAINdD3o"
        "LSR4GeDwNQEcBPF32xs1oql6YkWWZfYoUjiej0xiImHT0vEvPjP5J99KefLAzq/vOV1OHOEK"
        "+X65oOoK8w/1T/4KwrTkZFjfoWFZFnQ5rm59f2iDjN2W8XYH317DXxwiw9kumDaR2W8egbqj"
        "r0spuiePvu+IMoiD07OURQxeeT9PwhNrf4Z6laJzQoiznbDpKCmQruSpHxDnZx4xPZ2nmb2x"
        "TUT0DPLqmErAb9Q/td9xs8K5fPLFqoCaOgY+ZNEF8YZS2C+IE4qe3/MOvud96D/DvDfbJHF0"
        "5VA0e8Qa4XQZ9PHqo2vfN1Wp/7y64pVztcU2CaYbQ0nszrnzBKy8HXX5Fy9g4IW073Nh4M+Z"
        "YDalTcxGuHMbRznvY7HNwI/JTGyPCTqCtEtRAvVCiEQstxDnqWhPmAHnXKPP548ezL/j8gsv"
        "cbphjBDv3e84B2HQnE4QbwTi/YvfVUzf9uCU9H53e3zAp2f6XYcZnpgae+wcZN7k+j6HqbTY"
        "GOwgNZ4kzRVxhaQf/xj4qOzPlTPk4ctbdhTlUDf0nwvQddwmEQbeH/whf/LvkF2uwK9nqB+Q"
        "IrkkbzupmK7HYjsm0nZEnN2EvXOHifcCPOQOijSxIh7RIa+E5BE57UXpdWGPvylqNs4h7MA+"
        "G2dYj/DBxzQKftlHTMO9oeNdVLXXb3vIGPf9E+k7r+O5PH8/F3Tp8gl+jLjtN843V2d9nqdD"
        "3n+vH+Hwbc9InlVZRGTQ01fHAZpJwB4sBX8+nHToQzyX4cQszw3oU+ecDrgmQCJvrWPW4/x3"
        "fqpE9yABUVVef8aBW+B6iPvK+FkPSn2hMuD7EZJ+3S8tquPZMA+IhNnb76BB6kVYo5U9zqjc"
        "eSsf8WXw87uBT1GT6JA65JMvYkQE0Jq3LZs5E0teAq70eLjy19eHSzHy6fl4Pell+cseEtZA"
        "8hLct9Pbnc+Of57HkcLhvasy7HO8rDPfuN7u6dtGF6ewaLLy/THQ/5v/vA//fa8LST7w329/"
        "otSBOldKEObBz7YfnuqI9H8/v8efuEeVEIIOoEH7ng8SmmMWx5/5NQLUnxFiPusXbtqz/sxn"
        "t0TVn/lQcVYdy+BP/tlxtaoGu77tgRI3KUq0+ejrdl064ZEGtdn3VTolBbz7+R0hA43iVQX2"
        "8Hy/M2v4Nt1gfP1+nor86e/ny9hrgEfkdz7C1CEP+viqytLJE65BWUiH/HOrTP/xNyrRfvT9"
        "/a/xLbGGuoPkynkKuINEaUyu25g4+wn7w4fdhw+/8woZbqVnv/PCQk0Wup0wK4GSvf1JGY+q"
        "sumeUo25qM2XRY0zH/wRIxNvt/lc8Vhj6uqgx7RMEqZkhBAHbAq6nqjljx4UZWU32AebGyi2"
        "ieAZE6ApV6Cc7F6hDgW9V6LJxx/4ERP/xz/IoWn08bfJY7dLNsvRMt/yVGj8JJJkfa02kP/I"
        "N7j2uWDPVgRFuSGhn/siO4f0TOk7Dkprhp0g/okLyTjdVaLIGGLpNeA1wYy13bDL/NyUMg5j"
        "D/vnsl/XN06npFAyHckfHBpDXezG4BcanN/jlmYBxWiKP/Fra3lfE2fh/nia2GemAR3XBGfw"
        "m1YBbT6vfVy8/S2GapySzUtf181epyg4R6x3A3vLx5GYz5PDoo8j6R1Huli819NYDNl0M59s"
        "gRdYmS2aKxLtM1sk7hAPUp8fT/nV79Nh+1G+9zFxQ50NL60LNlEa2eyWjeBs3vtWfiKlfoSd"
        "5yiYRsO+jrVlxefijcsCyuVE9oQCGeMycB4/uBD8Ky5w2PhXXEDS3LzALF08q6Rjsid9XEho"
        "gh/V73gS04WyDj5+xczxpPX1QsuzPqmK5jZjJ+b5BAWcszHHS8q297k5DZBE4o1yqbm91Pe7"
        "mBTjOPkTp2ihKEv36mnPRc8fhzd/9H0Ec7kV/s4fVcSJK/33/IXyRPQ/+I+0qnyYf/AHpVUu"
        "zX5w34i8jH2yWbjL42ci/Fs9afOb7em2Dwt++zzVj7XGJ+JpMtgH9LITOYeOZZf9fkM1+o0z"
        "lnhMdjL+um7yyUf9dzyuEuxSIt3bC/h/bEQTqI23clkPfUG7O4MKz979WNECPSB84n9RKCet"
        "jL0M8uInDzC6VzGRhr7v2w6ir12dHCyPuWZRMHND0SQln3GH+SdeV3KVCevrH1y1xNX7d8gF"
        "N/udr7inW8jvtz8M0KXcozwmjw+OPPl3XiD6c10sqkZv18HOBYUqWqcSZU+nR3jnY+/0YMIX"
        "n1xOjbUGmoe6PqGhfWGR8MHNOpCngiQdjx8/i4ZeAi5/PgsNNw3NhVxp0jYRnfJRpj1uOsgy"
        "ui1YiZMpjT9895rpQz/rE0d539dkB7/hDRPcz0RORweCQvO8TIXI2Tk4mtjrfl/uJEmegBOk"
        "zihBXrxOR71ezcya305AStglTaLONawlFfn7dKz0+9OgjUG/TbrxHP4aE9FZ+DiPFrn47M8n"
        "fO3/4BryXFU0RRovA9Hw7yBLHdtjD9Hr029k+32e0j9+7fMIVdYaoFTVKnsZFGozDTPGDrMM"
        "ds5W0oKRxqCTBX+3DJzQLriNgmRzjRt92O8c9/tboBMzGsm4m63R2O/xnKitAPpWZtHSlxFU"
        "QUcaafnElHCzzc90yyJHyiUqoWMJefRKkNTvM1M70GC8EPS4QPcaLuJA5eUzWH+N2QV2QiNo"
        "+33/r/3HLpvBunu7qVMhS+E5TSTUTXQBsF7jJzfYl9JkmJfKI5mF9V0b0Ev78/QQhH2/32qp"
        "RJyGiMg/YmdErIjxHlhzzKLJp+zcDkkqk+N9YhVtsgY9uE6XqYJWloKBtpkswefrAQPJKvbV"
        "FwPqQyqDXaQ4wnQnF02kFnwSwvxpy475INLRMC4a9sXJRrMUXk2OnRAU7/6efnWz2DO0Je3r"
        "SmebvnbSERkXrGb5yYL6C3RXqVmEOQDBORPb4GK+x8W2QbMsNS6Zmoq64aqv6xrHwkysyy2R"
        "xZhErO0jISZyOdPyY+WhkW/Bw2C8ZHa2jO32yXW7NhGNaRohVoE6PpKOK309NVaqe231sxHl"
        "1zTC6XWnTVyjvqrZOPh7/mLoc0OdVkEKXjB3FK+jvVo3hynw3yVitpdPf062R7AOALTgXF1j"
        "8drE6nAexIiUNjKYUxRc1Jl4PoK9VY6ZZpk5XTaJxreJ99Xfs04Qt6dNH69QAglgd7XvwwlG"
        "3X8WUx/Z15A4LyPFUZqraaiqL298FIxz/1lf9Z9v5NhfHx0BVcdtVs+Onb7VX3VutfeVNK5X"
        "cUPm++jenifnW7S9R8O+7qouXx0EQA35iOzdaOBfHuKh8Yd90Lo8TzLtpNs1Fd0U6t5mGVsT"
        "++RmkulODDnOzTwuaqWvv0W7jI/9X7YsPZT+9NUM0UR9P3c7ViL2cIEyYeC7dz9kBPqv/N2H"
        "00UqTQ8zBLwNcm9KNHPtpmjnTMx82dKjkJtVlYpLpzNnTKp6O+oLxqSqIFjXQqb3dkJQb4z7"
        "+kvw7zlhy+bPfJCofM0ngPkoF/Ea/JqPiF6ZsSIOFoTW3AqNHDiu4W6QdPy1H6BJTQlUrurS"
        "GCjHNTwHyY7j6p++R2pAGesa/rWvexjkRMz4IrAnJWKuisAbyhhJUNdTcagXVR/q/emFPRoB"
        "RkLgcCGrwbzR5LoCHlwJG7BbK86czNB5HCxD3lgt0NIQhJ/x1NWICro+6NXPuYVXZUTN7kQn"
        "poJ9LW/jmmuKX3ZGAgPr9naHxv7Z11j8/K6KSbA7aw5jCMt96vC/1odMkkPxgPJEIEOfL/Be"
        "zvycV+B/bF+tW/+XvbqAD+2XP8TT0t6gTeGFjrTR7kVxdq8bHRfPVzjRktGpFdZbbaf1/XCp"
        "UX/5I61LU2mRpLmM2TAs6J1f8yhXcY5AkR7/xI8wlvp+wMvAV4RzqP3EqAlOwvjCpyOQB3D/"
        "JTp/7FS7BtogJXu0hj74ZUn1UblzjzMiq5y4HvzTTqfsFfyG5ZMDReq4x13G2vEs5+Ex9S5+"
        "lKdmzxuH/LI/MFnf3+HAL+1zJN2StYDSzIG8yjghFx4UAK0bSUfD4rHa96HdUQm8vKfBx586"
        "4+E5FQnoYmSVCNNbrhxuzN7fxhnwMS8+Pn2KG8THbGs5zvLc/YlzARRwH+eHscKxt8us/p13"
        "Ynp9VXrj/4mHSxMelmRuKkwq5vJzXantBuwVTof9GAficLqe4n/J36vW69vF7/yS0jFcD/HZ"
        "70eR5885sNIQcyldF8PvltKhUQJgFyhcM1JG1Ukh2+fLYWzeZAwvaxP0uu7FlibIqvnTc/Qn"
        "LtA56uNCyff2M83/+n9XNEkM+Al6Xzg63SxOR4mOdH1dcjPgUzOGvBQDjiJuosxYaQzctvZR"
        "b1dZ/uxbXvbGBu+4nFCKzv4BpIi53sAAYUGB9xqmWRkrJu3z28nseoU9KTDR+FGAnnjsG0t0"
        "ltThIL+nmrEaI+Jm9xmRmnVBPvsNQsS1lExSTa65YIX++hWdGMPG+4yv/6wbpXmmQT1y/IWv"
        "QlqV0xxH64AbRWR8GytNEeSNngi//Z1fDVluUE52FNXNrkCxZd0b+f7kTnLUxAGKxvDXOqHN"
        "WEZ9nniWDHpo0j7MvN2hX/skwqouomO2/bUfqrb5ZTMSRbrOMX1So38+Bf800qZEI4L6c4iz"
        "GnHMbd5dRkE63hegI+zsIHtZlvTngvwv/8wvyAqnHDe5s+6ITPr+b4No1F7GyNDIbztk0Xkp"
        "Nc/xnCUKx5wur7bXlfd8f05w1ORzhA3jvl94a6FBxfS5EBca+cJ9S3k0Yg5cJKu/9h/SA1EA"
        "11NJNlSmAV3WjHXIa+KczfumUfbZb/xTpep8NNaA+5nThZNezy6ZCBXNQWG5s1iwh6k4N9bL"
        "FDHn4psnqD/shzr03B6C9fJZfPn1rbf3GGTsFw7MPzyi3pYB5CnXrMbPJ+QJo1+abzu864C9"
        "YEQwj3FNzS2G4AMZddw0uy9+ePcZFAvGJcADlemkgRxNsgt+gd4PHx/9v3vpW5pWotY81C9e"
        "q2KOyZTHi9Rg16WiBjXkLcS3/WAad/eF67/iQhJcrlHJ5RIE0Xbzd3x55AmPJzvY3zFjGfJm"
        "x5Y25N/0DvjBpMvrnSO9PjhDvavwLENS3gadxHSEjUD/lATPQjZ9JasjPDejjy4b7XDN7hUU"
        "62u+x4n9XvnsO6hjfO/PqyFZm3EmaQf+nmifuk2uTLcdG2hUFyi0R3HT48e7TsNMn5c3AXQb"
        "PFdb7FX02itHQ1Um0TJyZcvlm/j+vX7i7C0b682wb7woEjOd2C3fUOJERLkYYnaX/vg5jb5x"
        "K2FfJQCchGLyx58bQdUHPYP8ldr/7hraBujmzp9t7K81qJ/Avg4fbMPF/bUjG+AV0qGk2e6n"
        "3Z7xMn7PrQ15ys+rqOAOl67tyH2cvCTQ55vRLmldo+x1pZ4O58ATNzi15T3usjpB17unj+o5"
        "hX9hZ970aZ0f28dWmtWq/3J6f4AGO0RoLZ37/W3t/rJBLxoCQq4nRD4ZziFzAQiRh+Y2Y+Pi"
        "v7yUM2Rpz00CfeOT01kO1xudL66hu9iszOJ19vDG3Az74JbMFThPlhGqy6gTLJgf4MYRpH66"
        "SNWehzE95kKbYo7P12w+Wz+vkHgPYxewlYc5HwtlKrbAG8N+CRT3aroLcs6WeXbhCIYqTyJO"
        "bNkDG/Xfv4zHzJ7nl+dlkb4WBCHj6VAoZiLjMZx7UkvlUF5m2SW2tNLCLrYjF/SEGKQK6AlO"
        "CI2tgI6dM+HQMmK6dgG5XSbLY1MCjiQKRsYdI6SfGqh32A7qiFJ9XJP9GdtTKFZmZ2SqApT9"
        "J85XDT5RkGeoSJK7cZPgScRMTq0kJeUpv4xTtLgumMssDs9XLldtH6uv1Qk5HlFf2wBBXvPb"
        "UZznsfgsN869s5QYWV07ATuyBwVtbWXT65WpPDU4iOW5rbSpDL8niNA96GRTYZ9skMN95+G+"
        "BN23SeSuT6121z3SJciuncRdh+KtdC08T07LEbvJm6DvxxB8XPnuHVtdug31kjJtZmgpsj68"
        "w82T63K0SFztK35ObkJWCGXO8Zd+tfRz5kDdgaSEahKRqOuNS+AFbj5mK8saH2beOE2gNDXy"
        "fLlmSo4dsw+L8ofZyxc0vzhRITxo2tc5r35ePo9/Pb80x+Q+khxcxx/dYm0O6XcfvDFfa4hj"
        "QobzLPz395bIn5hv/DJTp31fb+Anu90P569+9SmmV9TStdTv2yTscb8f3gsY3gNAGRr06Pu5"
        "ksB2/fsIdPs5B6vak74lTb6uH85ffp+7jOSuqqRVSacVbWnRXChulPp/nl/+2ddjIuPyogoe"
        "8LNjc569MOkikZAy8jNKIX4KxGz3oLP7cajc5vtCJDjxDHngLZu7XAAV3/2Uj72Wu8n0fR4N"
        "/Kzxw/laByOok7EfrjnjNvBYOR35H560bfPe7c/wfN+tSX8+yTuNInSIGG88ivAzuu/yuTm9"
        "NmoXzBKh5vZTdLPX10bv8DYRzFli+KtZcGeTfsPaKpY7gsyJNUrDKWYRYqMpBJSnZ37i4TLS"
        "FEMHHEi0i2SRI7NmwT/Lvk9hNAeCVpBjiOScBbZwiNuKSQVxOZwv8+pN2Jz690F4/fV9/jHT"
        "DFgY8oRFVeL9v3k/49d7Ju/za2jEHY/AJ8cU7qOISk3EI0WOQV/qVf++CyPqw36UngRc1J9z"
        "3F1QZEIEoi5jC6gfQO9DHcG1h37/wn9diw4LDna2u2Xgh9N6AutQJ6tjslx+9V/+nvv8eY8A"
        "DeeuoICXu1/nd+veDmJvB7nKRF2KJt0UDXZgHsfN93rrqpT3DXbWIQvrfdF3nLmaXhQlid7n"
        "9wxTU/tzQ2qJ+vP10vvcpvq9nlGC/6ynqGSoc/r+ZPp69vtRQqwdLvrJqDZG/55QCD4Nk+o0"
        "T+TeT8vHzznKcsRjyZNxn7/fcZae5hoyhnMiBiklPMQh/V/uR/39/u/7cXpa/Zv7HUlur5/5"
        "UciDzoyBGZow/eR7n7fffuQ0+UVFY1wi1OEYoyF/Ia9S3/95jiVE8Bzs+MP9ietkWiD51PFb"
        "LEjSmlvcWMDnPB/wKRJOVE7/zEMHeo2/x11+jdsoC1xKA55B7rRUnQHfKeP12ah/zhMjcVYX"
        "It6wIOabBPwTnGkYT4H7MfIDjJxD/nr2/XpLE6Qed7qhf3qKKyViXicsJtOlv/Dw6ECj6eXU"
        "x83wuen7dkEerRLJ7A5f5/oanDP7BA3vrQ2fYb2hmd8bdThPJYEufqCARGx36fNwOGcEzwGZ"
        "MUXYBuAT+vO5ZHgvrTPUKzxvYwz9weF9kv49hPboI4nuj3ihyuOIEVvQLwVdD/y+PLBHfA9t"
        "9SVyfZ/2jVNmQyUkHgKBCB+dvwxlU9iHP/isfc6Tzdr+fLR/o6uyOI6FrevVvNuRrR7W2b4d"
        "+O3xOnax/ihd5ljrGjwf/dwvzqIm0lB+8GE8Dx8uLNR7EtqX5Od9B7CfT9H0V102zwGPDPHa"
        "aRYUkGg6phm992cV7FEgNQFBp4mB/PMH3+eiobhU6rKCYtBHYGewW983XlnhMhWDPLTkoS88"
        "kxTIO4XN+/WDngF95l59R/jpY125ibthZQsJVPdOXoHMpa/6PU5icUmc/v0SbZf/rO98X1LV"
        "13UicaGEfvp7p/69pARbBCO922zrT72fWi7EG/16rvbpK+XI/znPPNcsKUNBTjoq/n/Pb3/5"
        "cdiPyOiP/aZcyAK/SuwrDn74fubt+vMkadJlXImM8XqMBAMNdpFCduiPN0QZ9hFLQmTf/5zv"
        "nAH/Qh3XIhSoqLdvSuQ+nz/vFRnieVEg0YFSZji/OeRhFDg/5wiXOCowv9XQn/iShf24Pw9L"
        "t5ZeR49WXAmf+tme/Jy39qC+L+Ij1GvqcC6XIx+dgCz5s27mqUF++AP/IIj3nsf82gmbdGsN"
        "/feqUm8lfWUYcB25U0gwLO/zf8MXhHy976BrUb+Pjg14sNsd3RRHjDpDDCGiH56zUSy7Zfpn"
        "PhRqhJNoSCC1raM8Yft9VlSMCbNd8om7dQddePrJH/XuuJ1Qabfy/MOvDZLuTY1QNE0/cWML"
        "f3RdVNxct9BWdQH4NrwHg7ydXdgG5+pUjxWY97avG8EQ+YIDvVrSTigL9JN3r0/+zGQ7cxs7"
        "c+iJdOVGz9LBzseM/7yHQcvrGedE19y+/0CR4PprcueCS3VNpj226eUmjw/Aa/1+Gvz+4Rmm"
        "Gj735/RQHbJNv3/Q9XwrVdnZvC4bMevjN0Wj73gTcn44x656GOCz3S5gDv/VvzzcvxH8++Xh"
        "rzeF/+//A1LsCgM="
    ),
    "esp32p4rev1": (
        "eNp9e1mTssq27X9Zr+wIbMDmRJyHTCDppEla8eUGooKgIqKC3Lj//U6o0qraZ9+7Ir5VoQKZ"
        "OZsxxpyZ/O9/tnX9v+pjt//nv+YTfrH419cX9/h2/+e/xlNuzPGz6YL71z+7+B7/81//oP4/"
        "mdJ7O1VVmZvfRHGjXTGeKtuRH95voSy/PK9tcYDSdJ7fHc2wF9YxH99jo54oq9rQivPSc0fc"
        "huPSKlVsffn0cf9Uof8fbhJXHQaRqOSo8GWi4bQkQkMN1IwEMZVs9HWBImIpxLSwCKIrCSey"
        "kC6Cve5U43E8bZl8mwiomNezZRMv7IPtV225U6RR1FRIDpznNDqr+Hpjd9JxTrYsyzDj8UtT"
        "M5nGvNme7YlFp+ezSo8jN1RPynOD6pGI/OC616qbcn+cdpLAhn7rSKhUzuUuV5mlfeHraabu"
        "IsVcWIq4W4/mjhM7dH3lZheuZNjFhGrPDXc19HIsWIcbmx42bfbSsks4MixrvXSsirnqF3ta"
        "3FN3/pwkqxf7rDfM+ZXPtJlSZZ74HCN/d0SUH5neht9ctvwzW5TZ8hRUneQI6nWpHVi9sC4q"
        "796sWPBYw9yEk9Dt0Ms+HLwnuyS7TA3sQ5U9OSuq2cwRUWxlEs2s9MJ7y279sm6T+eieVMXO"
        "kmejpUr94r//+YqC39HBT0fj8eRf/+wv99vr66vxkptwo3/9c9+3cNE/1JGnmA1s83WYeM1W"
        "LrhEQdhQ2nmW80yCTi9wpbVHnMThUrBS3AgOZsPpvb+esy5O4+QH1ke+n3R47wv35jD2eEtx"
        "mnN1amyiNZJnOj5KS4SdSEfoezy1bsRrHzw1d34VN9WrN25LtkJYo3unGlcHocQRqlXEz3m8"
        "Si7LYiFWaSIV4d7LmkTyrpXoZhRHzEbBXaIt/YUn+IVWN7Sg28O6M8BrmqWMF68us6mQ0Vt4"
        "EmJyar7WE9lJ1uyIUnPeCF2Jol2LXDgUqGwyH7lG4SApcWS7Y6iaUGwpMgzVGLO1yuELOmgo"
        "KjzXkTStLoqje9V0VNQkgvVlfpILNkXT7Q5L7hbs4Y29BuyE0LGVbgjXsYcbpOplMcV2YEdt"
        "N0WaQRBKPRzRj71Tyc/LlKJ0tpPAH1KGEHMSDKQh+UUFTZK4ZI0E68hDYrobTaIU8ktMlKXP"
        "iM49UZEjyd1xZWj1VX9Jc9mv3SpbrB9FEyFRNlZjCv7493WkQZaWAnFmhrxsjl9+4iJFeNvf"
        "7+1/xo5USebrNgE/aww1c3ItpNTf5WJZCCN/32GWCmYfB63Rx8Hs1PX3M6IG/nt/3zZ1l6mR"
        "oM5UBWmeovKpgmAE7O9R87I0vkFf47/yqSDJU60M1z2q8JyQctnFjFpLQ0Ispa9Ex7L9ZGjq"
        "ZQ7Y79u/nIU3fORL8Xbv4RQZUbsKII7k3j7XJtLy5ElpO4V5bscerBc3qahxkarOUllAASka"
        "f43MXBHAn9oKvucuFzAcixaRghwlnmyZHKeJamyTYZ7paKsI6lpWG7AX5E+DRh6mMC6XX/p8"
        "GqFpfnocHlITNuImgUmKl9QQt4vtxMM3ZHLtJWDLQFGb7VSw5bFW0uzeSI5WV0OcuHVmtaeV"
        "FNTq4FfzdRns76CT45YnHb02GoY4dRD4pyFSxIsKOl5Q3sfjgaJFgY5ZqEmjwhHcraapReV+"
        "+7vLikTsrrHYHiMc8fcQUUX1JMd3uIl1byB3IQ8gXmaZ6is+3Y2ffJIO81dRwY0Nwpwn7OBX"
        "fvA3+D9A9+XW6FSTECp72X1rHKN9ly0TQWo2ihAFsu9n+XLpQ76lBAmGhqkA8WspyxR1QDJi"
        "RqPX6QXfN6J5H+Jn4TmHNbu6RpA/CYr4NUHYJMsDI6SqrcD9BHsTsxjvCBInmpD6s5Pj4Hu0"
        "8MZ+gp7RQ8fzan2RjGWenNn7VxxC3jV5iRJEGgOIM0Hc0hr8iWa+AlkKeEX0lzjgy7ETtrpe"
        "uo9MmMlV6YsaLZBXR3J3/fanKnLqS7giXfelpkCiBumHxrm86e2Pj44JeVqcXy7t7Y5Eh1IU"
        "teiEYB41mnzHt4g6xyDN5zNCHfWlxfaQy/ma/bf4WUnNmopJOKWONMQbrqNjq33/Lom62eMP"
        "Z5wAf6b4ENhwP0Hat/8MRNWXKiHAk7rAGDlJDhR/QbLhw/OOrZhIfb5oPkVmsx7slVEkt9fP"
        "/eb/437nC39u8qp2P+uYzzRiFO88RunC1hAOpTWCnN00WFw2pkKoIDoQc2q62+WcqWgU7OT5"
        "qAEmzicqWUcTIV194UnL7UsYhzhzY7oAMMRcodTXBMY1JI4KOdYlpLbrFglz+Y0LjQWW1wn5"
        "wYnLi6LeHxjweiVpkF/tsZJupbtWv/FGun2Nd10kUjS1x0ivFFAaOc8lKI2Y7g7+kBZ+gFYa"
        "UgsX8FQCTYT5JLipZvuceK+Vr901fSTNLb9uw9dpLke1c27OwAf3uIJ40orlDWKRSMivsBsF"
        "N6lpV5VmGAu0IJ5jBC38uLkaxJ2l59Pm2/46WulJ2BFuhGrmAlTg65h6+YW7LXLAY6ZISBMm"
        "2JGNNUPpOXvfZ6GDuZews9WoenLdAGmbRXE6ujBHWjxe7ksziqIRPH/Ah287iGhREsXg9gqi"
        "pgJ5mUv8YZ7RQ35eH9j1FsZBgVa3ew2t7KnZyIDhvsS1V58dhazUriFO4uDNbw3e3McQ5xS1"
        "7RNwDvTAlNgb+9/1QAFcX0J+m42I560hYR0lvjpZTfZ70VlQfE0MUfcpxmE1lQ8b+94CLwGH"
        "R5PyhJ1Wuu4fw3W3fZL4EL2P6y6XDr58b9cTr0sC8KuX0fAAeUTKd1xb4kYmwpSwG7vgdsrl"
        "noshEaK2AXzmRMDz1s9okoyFSYpeJwlJk2nduFcqm905FchGiEFHBVr1yTNxKiWA8yNxUTZA"
        "Bfb/1A84BP5+34ct8qr0b7uj9JG1/vUK472fJ4npecvo2J0Fb9wqlwWW/JuKxsUJoa0F9gQ7"
        "zuUnxAHrJgRJYZXpM00tQ+xsPviw1Msdlp0eB9tcehRCWYKOe1BUNNtGPFtu2+hiO6JIanwq"
        "ylYA+JyXVgGhtn5R+YdPhvmrNsGNTPBsYo22iwGPxtsdn7grP6jLwb9NWJ5HxY16NR+/yFzG"
        "943b6X2+Fa+jZ6xaijyM3LTgnjN2lEnRpD0hSmSpKZGkGfoCLXMZFQLdR6AnJ2k93Y0RDaoC"
        "/OuqZztizDXySTX66AUECKxka8lzT+NOem0Tb2lT22hcvffXkWI9U/u4PkD+9HGNc4UkZIjr"
        "6MAoSdxlyQkZ3Fqib/vL4k1KgN99ZNQndAw0zUeny8sNIceLq+DOtZXT2wMRuby6x7NnaEdf"
        "2D3n4FcfwfOcH11tJffxXp6q1y25z5Ow57msidN0dFDQxpJxhUwnn63ZwCd4YjLLVFTdWx+3"
        "C8e5WiSLpTxPow9/UYYB+xurO6Tvkk1sbrsAXLvJhR+UfVy8cY/q82/cE6YaxHm62CuVOhUH"
        "3EdbeVW+cRunrKsTwLUXBVx7jxOxL1gf5G0TZ0g35JriEqknguvZR6dV2x+czhNrGAfNAqV6"
        "85Mg8h8c1uMPLzDv32XhAbpl0NVffASA7keAz6CrP/MT0Z0jBPk//r4K3/PVY1IUTs9L4sBL"
        "gs2tyhg7JSEfe7EvMQCnAM+DvtoKgD8Dz4PecluJKFV5fhzPFuYbx3H4rzy5PBIkSKHzySNL"
        "DDBwcI8XKoeUUg1IVFCxBX2wKMR/y/M334k5E1nFkQrY8ZIY/Nnj89su7tH3q6P7U69QU6oy"
        "dUx+dDBOR5qhLO0FcG6VSuG+yqBOECrBwy6EKytemLr63I90Hk/e+K+KSdEEVCRKa/Y4yAXK"
        "gH9HAy0RytUjFbGJpA/eWAI6rPff61OVy82e8ggnrRpcWOB8TaAY6ifm7Jn8jELcLTx2bRxz"
        "RChWWwnw0UPqKy2grrIwQh5ERpr6wBe8PTERXgapr0fMYY1SRcmjNBevoIu4BbBbEiz8xTQD"
        "3YL82MuisNc/hGgJ/cYvNvXX5BkbqxfgLgZ85oCHgMcNs/UmfZ3R84XzGvxptenWyiMG7DrT"
        "FCP5whnfyUUK9cvoIKF4eiumnsbyF8OV0DmrZx/7qcZO44GFr9eiEzYn+LtLGtlQBNpPhiiw"
        "XtGBJJC4KAQ9awFfd9kDcHIUyaAHQ0yTPDcixLWrK1tX67UB80KEVN88Vifm0QFe+MHTjy7K"
        "u9ZSQBB6O8jnjBa5CPicLrY8O9PXB6fIczNBawnWP+7g+dZ6+dajumjou+n/xOlVsh54r9mn"
        "Fyl5ZFudRMwW6v7vPJHsFuxMRdC/9xbq/JeF8EyYZkM9yClfemiRZ2hfgs65J7vtNn1dCTLm"
        "B/UVOZJgFKkDcXSVQF+iTNqtdpP7ZT9mVgF/t6vRZgx5dcqX4+SOXiVBqqkIKc4LmtTpiM76"
        "z3oKug8gpUy9XY5B9wDvCGqv584OEpMbzP+d/2kWmcpxlnpCBNIO6t2ObK1sb/V1thW18xHW"
        "x0rEkDWaf827TPdl0YSpCDgxil0Pg3jkeHvGVkSJmucIg94QqMKzrBQbTRCjT54L6P7q9Zx1"
        "rGZZmN31AXcWNsv2eBer1sWd5bnyXM+CeuZsFpISsZM11gyZQ9xQh6a+f/zkuSzKeky/8Nff"
        "mw7wsI98DxcAL81ewStDZgAM2jJCEXMbI9FSoS4WXZSCn4HqoB6bQl1wmW0nPV9dFoeF2tBV"
        "RcJpuig1FFohFFUvh5HWEbceffUZXtl9DvZobqPgbJdZ89o5E0NbilnOlwnwxC4XWPqImAfU"
        "Pye4zh7Jan99N5JBf4IezZ58oETtdmQbRIE6Gcpia79EOnb8X3ijFQNeuT88nJ51nVQfXS2i"
        "erXv+xVetki8CMDWOEKcNQJxnIC4cXWFeQlLkc/noLNLmJfEOkj1Xey4hBycN/4L6HGeclJc"
        "3YfrpePYYQxnaectsSZRk4LZv9atzVXyaz44Ld54KAtZ3YUQcQHR4srDLTKj5jDan+0sazwN"
        "nistBW3Q+w3MQz7QMPODoDJ6u6xH3tVQoLzKycF7DfZQL+Wnj6Pdc5QGkwFvcT+P6bIE3C5B"
        "lSDWiSLGUhDcr/afDw4DercR98Zmac1AMH/Fd/LBbWF3iYWvuG5Woy3cJ6F5LtteXfr7r34D"
        "Px+h8vc6BZRVlQTz1T9xpwtkyOu+TwcDtFBP6yXdtMtMhLq6QFqrcM1lLJUBGXRfFQJe+6rw"
        "5mUkVOjlYkk10sYRRE2SKHqB/pT5eHq6WuGc365Or/0a8TuvXDNhQDLCQpJMoF7qZoMOhAIN"
        "dD3oLSR4GeDwNQEcBPF32xs1oql6YkWWZfYoUjiej0xiImHT0vEvPjP5J99KefLAzq/vOV1O"
        "HOEK+X65oOoK8w/1T/4KwrTkZFjfoWFZFnQ5rm59f2iDjN2W8XYH317DXxwiw9kumDaR2W8e"
        "gbqjr0spuiePvu+IMoiD07OURQxeeT9PwhNrf4Z6laJzQoiznbDpKCmQruSpHxDnZx4xPZ2n"
        "mR3YJiJ6Bnl1TCXgN+qf2u+4WeFcPvliVUBNHQMfsuiCeEMp7BfECUXP73kH3/M+9J9h3ptt"
        "kji6ciiaPWKNcLoM+nj10bXvm6rUf15d8cq52mKbBNONoSR259x5Albejrr8ixcw8ELa97kw"
        "8OdMMJvSJmYj3LmNo5z3sdhm4MdkJrbHBB1B2qUogXohRCKWW4jzVLQnzIBzrtHn80cP5t9x"
        "+YWXON0wRoj37necgzBoTieINwLx/sXvKqZve3BKer+7PT7g0zP9rsMMT0yNPXYOMm9yfZ/D"
        "VFpsDHaQGk+S5oq4QtKPfwx8VPbnyhny8OUtO4pyqBv6zwXoOm6TCAPvD/6QP/l3yC5X4Ncz"
        "1A9IkVySt51UTNdjsR0TaTsizm7C3rnD2HsBHnIHRZpYEY/okFdC8oic9qL0urDH3xQ1G+cQ"
        "dmCfjTOsR/jgYxoFv+wjpuHe0PEuqtrrtz1kjPv+ifSd1/Fcnr+fC7p0+QQ/Rtz2G+ebq7M+"
        "z9Mh77/Xj3D4tmckz6osIjLo6avjAM0kYA+Wgj8fTjr0IZ7LcGKW5wb0qXNOB1wTIJG31jHr"
        "cf47P1Wie5CAqCqvP+PALXA9xH1l/KwHpb5QGfD9CEm/7pcW1fFsmAdEwuztd9Ag9SKs0coe"
        "Z1TuvJWP+DL4+d3Ap6hJdEgd8skXMSICaM3bls2ciSUvAVd6PFz56+vDpRj59Hy8nvSy/GUP"
        "CWsgeQnu2+ntzmfHP8/jSOHw3lUZ9jle1plvXG/39G2ji1NYNFn5/hjo/81/3of/vteFJB/4"
        "77c/UepAnSslCPPgZ9sPT3VE+r+f3+NP3KNKCEEH0KB9zwcJzTGL48/8GgHqzwgxn/ULN+1Z"
        "f+azW6Lqz3yoOKuOZfAn/+y4WlWDXd/2QImbFCXafPR1uy6d8EiD2uz7Kp2SAt79/I6QgUbx"
        "qgJ7eL7fmTV8m24wvn4/T0X+9PfzZew1wCPyOx9h6pAHfXxVZenkCdegLKRD/rlVpv/4G5Vo"
        "P/r+/tf4llhD3UFy5TwF3EGiNCbXbUyc/YT94cPuw4ffeYUMt9Kz33lhoSYL3U6YlUDJ3v6k"
        "jEdV2XRPqcZc1ObLosaZD/6IkYm323yueKwxdXXQY1omCVMyQoibejzoeqKWP3pQlJXdYB9s"
        "bqDYJoJnTICmXIFysnuFOhT0XokmH3/gR0z8H/8gh6bRx98mj90u2SyLZb7lqdD4SSTJ+lpt"
        "IP+Rb3Dtc8GerQiKckNCP/dFdg7pmdJ3HJTWDDtB/BMXknG6q0SRMcTSa8Brghlru2GX+bkp"
        "ZRzGHvbPZb+ub5xOSaFkOpI/ODSGutiNwS80OL/HLc0CitEUf+LX1vK+Js7C/fE0sc9MAzqu"
        "Cc7gN60C2nxe+7h4+1sM1Tglm5e+rpu9TlFwjljvBvaWjyMxnyeHRR9H0juOdLF4r6exGLLp"
        "Zj7ZAi+wMls0VyTaZ7ZI3CEepD4/nvKr36fD9qN872PihjobXloXbKI0stktG8HZvPet/ERK"
        "/Qg7z1EwjYZ9HWvLis/FG5cFlMuJ7AkFMsZl4Dx+cCH4d1zgsPHvuICkuXmBWbp4VknHZE/6"
        "uJDQBD+q3/EkpgtlHXz8ipnjSevrhZZnfVIVzW3GTszzCQo4Z2OOl5Rt73NzGiCJxBvlUnN7"
        "qe93MSnGcfInTtFCUZbu1dOei54/Dm/+6PsI5nIr/J0/qogTV/rv+Qvlieh/8B9pVfkw/+AP"
        "Sqtcmv3gvhF5Gftks3CXx89E+I960uY329NtHxb89nmqH2uNT8TTZLAP6GUncg4dyy77/YZq"
        "9BtnLPGY7GT8dd3kk4/673hcJdilRLq3F/D/2IgmUBtv5bIe+oJ2dwYVnr37saIFekD4xP+i"
        "UE5aGXsZ5MVPHmB0r2IiDX3ftx1EX7s6OVgec82iYOaGoklKPuMO80+8ruQqE9bXP7hqiav3"
        "75ALbvY7X3FPt5Dfb38YoEu5R3lMHh8cefLvvED057pYVI3eroOdCwpVtE4lyp5Oj/DOx97p"
        "wYQvPrmcGmsNNA91fUJD+8Ii4YObdSBPBUk6Hj9+Fg29BFz+fBYabhqaC7nSpG0iOuWjTHvc"
        "dJBldFuwEidTGn/47jXTh37WJ47yvq/JDn7DGya4n4mcjg4EheZ5mQqRs3NwNLHX/b7cSZI8"
        "ASdInVGCvHidjnq9mpk1v52AlLBLmkSda1hLKvL36Vjp96dBG4N+m3TjOfw1JqKz8HEeLXLx"
        "2Z9P+Nr/wTXkuapoijReBqLh30GWOrbHHqLXp9/I9vs8pX/82ucRqqw1QKmqVfYyKNRmGmaM"
        "HWYZ7JytpAUjjUEnC/5uGTihXXAbBcnmGjf6sN857ve3QCdmNJJxN1ujsd/jOVFbAfStzKKl"
        "LyOogo400vKJKeFmm5/plkWOlEtUQscS8uiVIKnfZ6Z2oMF4Iehxge41XMSBystnsP4aswvs"
        "hEbQ9vv+X/uPXTaDdfd2U6dClsJzmkiom+gCYL3GT26wL6XJMC+VRzIL67s2oJf25+khCPt+"
        "v9VSiTgNEZF/xM6IWBHjPbDmmEWTT9m5HZJUJsf7xCraZA16cJ0uUwWtLAUDbTNZgs/XAwaS"
        "VeyrLwbUh1QGu0hxhOlOLppILfgkhPnTlh3zQaSjYVw07IuTjWYpvJocOyEo3v09/epmsWdo"
        "S9rXlc42fe2kIzIuWM3ykwX1F+iuUrMIcwCCcya2wcV8j4ttg2ZZalwyNRV1w1Vf1zWOhZlY"
        "l1siizGJWNtHQkzkcqblx8pDI9+Ch8F4yexsGdvtk+t2bSIa0zRCrAJ1fCQdV/p6aqxU99rq"
        "ZyPKr2mE0+tOm7hGfVWzcfD3/MXQ54Y6rYIUvGDuKF5He7VuDlPgv0vEbC+f/pxsj2AdAGjB"
        "ubrG4rWJ1eE8iBEpbWQwpyi4qDPxfAR7qxwzzTJzumwSjW8T76u/Z50gbk+bPl6hBBLA7mrf"
        "hxOMuv8spj6yryFxXkaKozRX01BVX974KBjn/rO+6j/fyLG/PjoCqo7brJ4dO32rv+rcau8r"
        "aVyv4obM99G9PU/Ot2h7j4Z93VVdvjoIgBryEdm70cC/PMRD4w/7oHV5nmTaSbdrKrop1L3N"
        "MrYm9snNJNOdGHKcm3lc1Epff4t2GR/7v2xZeij96asZoon6fu52rETs4QJlwsB3737ICPRf"
        "+bsPp4tUmh5mCHgb5N6UaObaTdHOmZj5sqVHITerKhWXTmfOmFT1dtQXjElVQbCuhUzv7YSg"
        "3hj39Zfg33PCls2f+SBR+ZpPAPNRLuI1+DUfEb0yY0UcLAituRUaOXBcw90g6fhrP0CTmhKo"
        "XNWlMVCOa3gOkh3H1T99j9SAMtY1/Gtf9zDIiZjxRWBPSsRcFYE3lDGSoK6n4lAvqj7U+9ML"
        "ezQCjITA4UJWg3mjyXUFPLgSNmC3Vpw5maHzOFiGvLFaoKUhCD/jqasRFXR90Kufcwuvyoia"
        "3YlOTAX7Wt7GNdcUv+yMBAbW7e0Ojf2zr7H4+V0Vk2B31hzGEJb71OF/rQ+ZJIfiAeWJQIY+"
        "X+C9nPk5r8D/2L5at/4ve3UBH9ovf4inpb1Bm8ILHWmj3Yvi7F43Oi6er3CiJaNTK6y32k7r"
        "++FSo/7yR1qXptIiSXMZs2FY0Du/5lGu4hyBIj3+iR9hLPX9gJeBrwjnUPuJUROchPGFT0cg"
        "D+D+S3T+2Kl2DbRBSvZoDX3wy5Lqo3LnHmdEVjlxPfinnU7ZK/gNyycHitRxj7uMteNZzsNj"
        "6l38KE/NnjcO+WV/YLK+v8OBX9rnSLolawGlmQN5lXFCLjwoAFo3ko6GxWO170O7oxJ4eU+D"
        "jz91xsNzKhLQxcgqEaa3XDncmL2/jTPgY158fPoUN4iP2dZynOW5+xPnAijgPs4PY4Vjb5dZ"
        "/TvvxPT6qvTG/xMPlyY8LMncVJhUzOXnulLbDdgrnA77MQ7E4XQ9xf+Wv1et17eL3/klpWO4"
        "HuKz348iz59zYKUh5lK6LobfLaVDowTALlC4ZqSMqpNCts+Xw9i8yRhe1ibodd2LLU2QVfOn"
        "5+hPXKBz1MeFku/tZ5r/9f+uaJIY8BP0vnB0ulmcjhId6fq65GbAp2YMeSkGHEXcRJmx0hi4"
        "be2j3q6y/Nm3vOyNDd5xOaEUnf0DSBFzvYEBwoIC7zVMszJWTNrnt5PZ9Qp7UmCi8aMAPfHY"
        "N5boLKnDQX5PNWM1RsTN7jMiNeuCfPYbhIhrKZmkmlxzwQr99Ss6MYaN9xlf/1k3SvNMg3rk"
        "+AtfhbQqpzmO1gE3isj4NlaaIsgbPRF++zu/GrLcoJzsKKqbXYFiy7o38v3JneSoiQMUjeGv"
        "dUKbsYz6PPEsGfTQpH2YebtDv/ZJhFVdRMds+2s/VG3zy2YkinSdY/qkRv98Cv5ppE2JRgT1"
        "5xBnNeKY27y7jIJ0vC9AR9jZQfayLOnPBflf/plfkBVOOW5yZ90RmfT93wbRqL2MkaGR33bI"
        "ovNSap7jOUsUjjldXm2vK+/5/pzgqMnnCBvGfb/w1kKDiulzIS408oX7lvJoxBy4SFZ/7T+k"
        "B6IArqeSbKhMA7qsGeuQ18Q5m/dNo+yz3/inStX5aKwB9zOnCye9nl0yESqag8JyZ7FgD1Nx"
        "bqyXKWLOxTdPUH/YD3XouT0E6+Wz+PLrW2/vMcjYLxyYf3hEvS0DyFOuWY2fT8gTRr8033Z4"
        "1wF7wYhgHuOamlsMwQcy6rhpdl/88O4zKBaMS4AHKtNJAzmaZBf8Ar0fPj76f/fStzStRK15"
        "qF+8VsUckymPF6nBrktFDWrIW4hv+8E07u4L13/FhSS4XKOSyyUIou3m7/jyyBMeT3awv2PG"
        "MuTNji1tyL/pHfCDSZfXO0d6fXCGelfhWYakvA06iekIG4H+KQmehWz6SlZHeG5GH1022uGa"
        "3Sso1td8jxP7vfLZd1DH+N6fV0OyNuNM0g78PdE+dZtcmW47NtCoLlBoj+Kmx493nYaZPi9v"
        "Aug2eK622KvotVeOhqpMomXkypbLN/H9e/3E2Vs21pth33hRJGY6sVu+ocSJiHIxxOwu/fFz"
        "Gn3jVsK+SgA4CcXkjz83gqoPegb5K7X/3TW0DdDNnT/b2F9rUD+BfR0+2IaL+2tHNsArpENJ"
        "s91Puz3jZfyeWxvylJ9XUcEdLl3bkfs4eUmgzzejXdK6RtnrSj0dzoEnbnBqy3vcZXWCrndP"
        "H9VzCv/Czrzp0zo/to+tNKtV/+X0/gANdojQWjr3+9va/WWDXjQEhFxPiHwynEPmAhAiD81t"
        "xsbFf3kpZ8jSnpsE+sYnp7Mcrjc6X1xDd7FZmcXr7OGNuRn2wS2ZK3CeLCNUl1EnWDA/wI0j"
        "SP10kao9D2N6zIU2xRyfr9l8tn5eIfEexi5gKw9zPhbKVGyBN4b9Eiju1XQX5Jwt8+zCEQxV"
        "nkSc2LIHNuq/fxmPmT3PL8/LIn0tCELG06FQzETGYzj3pJbKobzMsktsaaWFXWxHLugJMUgV"
        "0BOcEBpbAR07Z8KhZcR07QJyu0yWx6YEHEkUjIw7Rkg/NVDvsB3UEaX6uCb7M7anUKzMzshU"
        "BSj7T5yvGnyiIM9QkSR34ybBk4iZnFpJSspTfhmnaHFdMJdZHJ6vXK7aPlZfqxNyPKK+tgGC"
        "vOa3ozjPY/FZbpx7Zykxsrp2AnZkDwra2sqm1ytTeWpwEMtzW2lTGX5PEKF70Mmmwj7ZIIf7"
        "zsN9Cbpvk8hdn1rtrnukS5BdO4m7DsVb6Vp4npyWBbvJm6DvxxB8XPnuHVtdug31kjJtZmgp"
        "sj68w82T67JYJK72FT8nNyErhDLn+Eu/Wvo5c6DuQFJCNYlI1PXGJfACNx+zlWWNDzNvnCZQ"
        "mhp5vlwzJceO2YdF+cPs5QuaX5yoEB407eucVz8vn8e/nl+aY3IfSQ6u449usTaH9LsP3piv"
        "NcQxIcN5Fv77e0vkT8w3fpmp076vN/CT3e6H81e/+hTTK2rpWur3bRL2uN8P7wUM7wGgDA16"
        "9P1cSWC7/n0Euv2cg1XtSd+SJl/XD+cvv89dRnJXVdKqpNOKtrRoLhQ3Sv0/zy//7OsxkXF5"
        "UQUP+NmxOc9emHSRSEgZ+RmlED8FYrZ70Nn9OFRu830hEpx4hjzwls1dLoCK737Kx17L3WT6"
        "Po8Gftb44XytgxHUydgP15wxH3isnI78D0/atnnv9md4vu/WpD+f5J1GETpEjDceRfgZ3Xf5"
        "3JxeG7ULZolQc/sputnra6N3eJsI5iwx/NUsuLNJv2FtFcsdQebEGqXhFLMIsdEUAsrTMz/x"
        "cBlpiqEDDiTaRbLIkVmz4J9l36cwmgNBK8gxRHLOAls4xG3FpIK4HM6XefUmbE79+yC8/vo+"
        "/5hpBiwMecKiKvH+P7yf8es9k/f5NTTijkfgk2MK91FEpSbikSLHoC/1qn/fhRGtYT9KTwIu"
        "6s857i4oMiECUZexBdQPoPehjuDaQ79/4b+uRYcFBzvb3TLww2k9gXWok9UxWS6/+i9/z33+"
        "vEeAhnNXUMDL3a/zu3VvB7G3g1xloi5Fk26KBjswj+Pme711Vcr7BjvrkIX1vug7zlxNL4qS"
        "RO/ze4apqf25IbVE/fl66X1uU/1ezyjBf9ZTVDLUOX1/Mu2e/X6UEGuHi34yqo3RvycUgk/D"
        "pDrNE7n30/Lxc46yHPFY8mTc5+93nKWnuYaM4ZyIQUoJD3FI/x/3o/5+//f9OD2t/sP9jiS3"
        "18/8KORBZ8bADE2YfvK9z9tvP3Ka/KKiMS4R6nCM0ZC/kFep7/88xxIieA52/OH+xHUyLZB8"
        "6vgtFiRpzS3mLOBzng/4FAknKqd/5qEDvcbf4y6/xm2UBS6lAc8gd1qqzoDvlPH6bNQ/54mR"
        "OKsLEW9YEPNNAv4JzjSMp8D9GPkBRs4h7559v97SBKnHnW7on57iSomY1wmLyXThLzw8OtBo"
        "ejn1cTN8bvq+XZBHq0Qyu8PXub4G58w+QcN7a8NnWG9o5vdGHc5TSaCLHyggEdtd+jwczhnB"
        "c0BmTBG2AfiE/nwuGd5L6wz1Cs/bGEN/cHifpH8PoT36SKL7I16o8jhixBb0S0HXA78vD+wR"
        "30NbfYlc36d945TZUAmJh0AgwkfnL0PZFPbhDz5rn/Nks7Y/H+3f6KosjmNh63o173Zkq4d1"
        "tm8Hfnu8jl2sP0qXOda6Bs9HP/eLs6iJNJQffBjPw4cLC/WehPYl+XnfAeznUzT9VZfNc8Aj"
        "Q7x2mgUFJJqOaUbv/VkFexRITUDQaWIg//zB97loKC6VuqygGPQR2Bns1veNV1a4TMUgDy15"
        "6AvPJAXyTmHzfv2gZ0CfuVffEX76WFdu4m5Y2UIC1b2TVyBz6at+j5NYXBKnf79E2+U/6zvf"
        "l1T1dZ1IXCihn/7eqX8vKcEWwUjvNtv6U++nlgvxRr+eq336Sjnyf84zzzVLylCQk46K/9/z"
        "219+HPYjMvpjvykXssCvEvuKgx++n3m7/jxJmnQZVyJjvB4jwUCDXaSQHfrjDVGGfcSSENn3"
        "P+c7Z8C/UMe1CAUq6u2bErnP5897RYZ4XhRIdKCUGc5vDnkYBc7POcIljgrMbzX0J75kYT/u"
        "z8PSraXX0aMVV8KnfrYnP+etPajvi/gI9Zo6nMvlyEcnIEv+rJt5apAf/sA/COK95zG/dsIm"
        "3VpD/72q1FtJXxkGXEfuFBIMy/v8P/AFIV/vO+ha1O+jYwMe7HZHN8URo84QQ4joh+dsFMtu"
        "mf6ZD4Ua4SQaEkht6yhP2H6fFRVjwmyXfOJu3UEXnn7yR707bidU2q08//Brg6R7UyMUTdNP"
        "3NjCH10XFTfXLbRVXQC+De/BIG9nF7bBuTrVYwXmve3rRjBEvuBAr5a0E8oC/eTd65M/M9nO"
        "3MbOHHoiXbnRs3Sw8zHjP+9h0PJ6xjnRNbfvP1AkuP6a3LngUl2TaY9ternJ4wPwWr+fBr9/"
        "eIaphs/9OT1Uh2zT7x90Pd9KVXY2r8tGzPr4TdHoO96EnB/OsaseBvhstwuYw3/3Lw/3bwT/"
        "fnn4603h//N/AQVZDPY="
    ),
    "esp32s2": (
        "eNqFfFuTqrr273dZr+4qsNUW/1XnITcgaJSAqPhySlED0ja2OuVy6nz3MwJ2z7nW2bv2rHJK"
        "DCQj4/obyaD/z1/7+/1/37Pm+Nf/jN8Gg7d/dT88drfHX//TN8eD0XD01n//11+H3WP31//8"
        "hfQ/R8pHNeDcGY5vlG69K8YDd29G68dt7Tj1cllVeIWUGp8fgSd8a5Gd+4+duL+5s7vw8stk"
        "GZrD7XCovpTrTyfPCOtRif4Pl0nI20mYZAGHHxMPq8ImpRSoNAlVzEccuRSzNZb5wkZyxnDi"
        "EGWt9FPHafDV7+8GVe+8TwjKx/f3Sbmz/JMffVXFwWVmXH4hZxU8B/GF4+vNOLBsbO8No9fr"
        "92uPp47cjebVxX9byMHlwmVmhmv+4T636G5SFK2uR+/r5j5+fRwYMdZRFTBUuJficOa9if85"
        "ug9SfojdubVw6WFjjoNgF8jNdfj+OSx6hvUmved2eBXTok8Wp5uhTtsqrb30c22KxWIzCRZf"
        "vev00x/kDxWOn2/JrDae923vUp/fvXf3K13SZx9FhwzJkTlfbkfbz/3omVpFOvlYfTUsIPw6"
        "8U7GNF988lF4W+zI0hDz7fptHTao9k+n5dOY2IeUr/zTV/ocLuK7kQYU7RYpk+lCfY6Wk2ZT"
        "L25vY/ORfOWHhfNuTriM8v/1V6cFf2rHe9+aDIf/+uv4+bjV3U8Tc/Rumf/663GsHq3C0Ik/"
        "LHfG2YjuyEOraUIknmELeSkqXcuwtOjdkdHApyxZpRhCAinEchLWfCBAOyZPo1U7A24eTIft"
        "80NmYrJh2Di1fTwJZpijQfkf+0OF2Z0pemp1SxnnXoR80xCnsUGRHKLmWNsZqgvijo0aNYWm"
        "gXDKVLnkBJucLehMyrkmF5aBjOUEcX9ofOj1WQPRiGqooIPdXTmVLO2djFFyUoTsXa84XIL3"
        "mK1v5b5wa/X0RiOPn5ZGpKwgRDwrpD0dfKGMHZI6rN3SqB4rLgzEj4ZRCp5yUZN1YO8aYgp0"
        "HBglkLDGzj0/u4VhUVFQ+KCKlGBCPC/DKLeCt9AqZvWxR2vlLxDbL/P89J7xWirkIIkEyzyf"
        "oayqp26cHzPcc1lYLlG3PrjBWFpc82f8La95Hpinp1GHbEiPOSZLF/eexgNd9mdSA12nc0sX"
        "RfxKQzWf3ptsCeSI4F7XxC3QMp+/YZgjgDm4CeP3hB4/ILTnmwjkYRkSnm/5OS51v9T9mW4P"
        "MoRy3PL3AT6hlS91G6P8qOq1u42OH9i6MFoqgbSs5BdFq6zkQcUZRTPHR+16KejZl9Fzb4bl"
        "Ebi+GoYiA2mB80BoJks8bnWFJMXjeEJ3mnCiFuK4NLyxIGk2RE5d4pGh78FrSxX7RhxPfVSS"
        "fmVdxWFgmORNCTJV4vBphEhUb4Yh+9zz+Pl2oEiM2NkLCSqX5oUjLSuR81AcNsZU+s7AmLj5"
        "eYXNp1VgHGf4Q4WffiTwCui2Xd9olO28iZFQ5fn7Wc1r7OQ2xdxhCocoReuPU+BMTlb1fE5C"
        "mOQ+l6Ud5QKJL5rMR5zN5NIBza6LuTlgynPqk5UV8zt+dutyqueEFPOHmz9fPBN7YkxMgR8b"
        "g7gujw9p8M7coXjZWyu/kdYXQ1zLVv9L0A0SS56Cv6t6xqRAqiSN9CbIjKeIYFK4mLX2xThj"
        "OUYHJ85Z0SRrWnHRx6x0mz6zIxyMI9xIsefnGbWdY2gW9Z3SGfh/lC2xp9cBHv/W6l3/a/ZO"
        "KHtQoVKwc0lPpLXvJmlE47g98C894w2TkmHCl5ipT06YLFcUnR1U4ul8CTbvvOyee5Slj9Vq"
        "fLoDA2qZunpO+OYv+9D6OrEmaxizRh+CXWmlFIpA/5xGKG+J1IoxxWmg+BcqUIZXwka5XGE5"
        "d/CqsJUdEV4GIz8++ULx5mV3QO+Ks87eiDsxyrzSeoOyqSoR+KX2JlV16+vu5yfDmCL+8/yV"
        "CyLtEIO9REqCv32NN1x84OHp02jtJTFB7+dz1JhkisYjIT8qdNq0fJzK8W7gw3yLqXobxjPw"
        "gWCnx5Ad0S+Iu8/OX0/VgMWs5cTiGJJe23f76ZNgZ/oaP0V/1Mz/nd5oL6zpJdq++5peetf6"
        "c5ih1/r1mvMK/I32M9qz4IlhpfAZUuQOO16UZAp2+4oPXCTfsu8QxM/4vfoT+GHeO/9c1qH2"
        "XZbWTxirjUPvf47X8//deLRQQJ/HJZHTjKEcheURgZ4nWSxRHctvOtGQQaz59off30T71/Al"
        "Z650PPw9npaPDbEQ/FmiIlhpLPAGr3MT23fiYRTNGDqjQkZwffYwZpjLEL5BzyZLNDys4XcG"
        "nxp+0/3lt5xMTLl4+bXfMRKxUuvv8A9+bFkC6AZ86EBy3Gt9Aap6pwlH5rFGEQAvNNuAwsgA"
        "XImdHE3Q6ZAT0ybU5fyggm8+pejW85vsinISaXmqaU6ko9vArwPd5rKc1zv3qk4fFdmzK8SF"
        "QPgV2PngQVcKS2IG8gthcZoZkslgnXFsdX5ZDBVwEPe1jqV8MVSOVTvgCq9cuvduvTxFuftp"
        "9KfKqAtTgD2uRv6aYvAhOWrY8hiOquehP+o9H3mZrLFtWQribnizB6gskHRP7TiLSq/XIZ2t"
        "CypORwK6XI2MQfq8GcjWdJYtbf2OV+v4OcwKIfk9ydI3zy3UKdV2Wr50cQp4g5Hn0Jhp/hjI"
        "A/nn5DQ0Fpo/JPv45td5Gnf6L/K0BJsEX7plEG+5KunqyfmUl4rjYJ0olVFcC/ErTaoUoXdc"
        "O7TUViLU4I4h+ribe+keUANxzjTn6Ni0enjmPLtZEmKzcGwIuPy4McTRN5bSfMU2VNzmRTbd"
        "Qaw7vdqLpH5SdR/7oqa4uRdNJkKvmormGPKzuzVqNzZgrheW2xjQvwj48JPmQKPQmKO44XvG"
        "L+X0W1/e0QsLtKifPFv9OCHF35EnJPi+f/o6RFTaxRf5tnVDpjodGkvu3ZNLupBMWE/wGfNj"
        "PU/UL/CbD/ATb+0489ncIscDb0wxvVSkWBiAgXCNKrQXA8yEc1xOKF9g7feWxwgvFabIuqIy"
        "q2bS4MUhC965O9T2IzrfpeVpvehp/YnhW5445EEMXmsjAdOJnWU/wHcuj4cZNSHuAo5t+UsT"
        "6wy/D8tmJhcOllTcInWH+OxJstARAzwX9J+nqo7QOS9VBfgpZjA3a+fW+tMOxFPloUjrj01+"
        "29fxgnsb94HZNSR7W88J+NMkBmAM2npRQEl+gBrsimGTsgTsjFNf+5zBo+SoStmEQlBeBwyP"
        "W38GLmOlgtUNdI8upzzLzSkNNuKeCPQxTZEDtmbGoZYQoASzFBtUjYdgz0OBmqsvlUTbUbB1"
        "Gt/NjRngFED3RewiZgK6BoxLBgiw7RVsb9fKylbBDrE1a+0pBJrpdJBAjF+M0SofjxsHeJPH"
        "rxzx9xgoMVr9ti+zXvBcGraajdNfjVFn3IEk49/apbZHR/NzRDjEh8A4WVoHPRFy23Ubc32e"
        "aawMvsOjdo3UAd+bRz6rAXdlQVBWgLOKlawYAizf+nj60mkSfscHtWAskxAfpGTA90hN3Qiu"
        "OfwmhKy7HKXTiz/8cxsfelYG8fvJ8x9/AFgI8BTo2ZJThPcAryFn6vz8D/5u7etHVwAoYVjf"
        "UMJ4Vp6i13hIxy/Sjv/1HX90nKHwCSFmEOEl0h287BmYyAnyqpCDrgDWwFZH7+/v59++f68D"
        "/m14BP6t5YeVqR97mWNUsta3reiKf68DlZBjiW9+TGio17X/va4/4oyOB3o8SMlBZlhjGZss"
        "Id/7jt1/sxdL/3jX8h6hT9329WRnWH/I3Yn/TlzgR+tfCg75zrRtD1Pov2v7QiH4Zyo/gX81"
        "L1p+mTTHIuUYfNEBfUKKo/O81vYA91XocldRDVjS8UuUyF/qYR33hjcSS8rAL6kXVuJVpnVp"
        "WWKHQU6GanOBjqcujyL+HGW6/cJlAROi7ffb9gK7D42reW4hUouqf7I+72UMc3rOFPy6L0s9"
        "z76dR0A8w77jac5AbqKf9+VUSPAxVRwDii5DPQ5PAB9ujeu5d3kuAHeZLzzDQ9cxrPwJOQea"
        "IverIZ6PNk0tCQ+4A8q1nKSlb9Wb0oY+Khhq6UpOgqtZiq6bXn6qI+tB30w6tFF08hPhoLgN"
        "r0nON04zfxCID6vGb+wsRpC/JgvkCLNxKqOGjzkFGp1vzEe5MhHav/Ri5v4n/4y0fudcEcmJ"
        "19kj9eIEsN7kIxhIMZz5eUU27lVClCxpfjek55ASYsIZgSv1hMu4j0hxlzmPp7icDYJ7Ng3K"
        "iyzjPfg82vqgVz5uP2e9KlXg+3tiGXLh2tvacJvFcGHKT29YuMxc+NJ6xVS8FkoW7uKqc/Js"
        "j1w1SMjdDVUCcQvaK5BXud86QAO9fsQqRmFeZQFWe4i5h3eIzxBL8YKUAmXHJWlgPpIssXSj"
        "jkdpVTtuHB1T3KO/cafW/x0vwR4hb6nAp9gm9WXAucorDvFn3khXx6ne6Z82pPkJUOkE+bj2"
        "J43OTbSMAQyeGqP7frbfrW22/mvC9f5Iqu+v2g2+dv7W3kaZ9t/teEudPw4ljG8YGr8Y5UQj"
        "d41PmX6+s1eNlyx50/F2aoF9QuqbU67tf6vzHUJmIN8i+7ZPJxN/ayNyhPsLHS/bdmvfGFIz"
        "DyVT0A9fx88/7N8Jv7R/1O1PnY+IbPo9X9vPsgL60R39OR4Ruv2H//g9Hq9Lje/u3/N181s/"
        "94v67/O38/1B30zPh8sv9P/7JzwF/0pbfF1c5Qs/2jVkm9TU+t/lK7/p+aX98R/9fzzP9PNT"
        "3eb15Xu89vlFreOFuKpXm9dAHym/oP+i/eM/x5+1eKTFJ/+WH85v+bX3t+vt5v+Nh1Gu1wda"
        "9KKny78mOn618QTn6lsf2vFgvu/41uZnf8z3T37Q+oe/dAry86Yp81BQzr1UHlSILjYtLzYZ"
        "XmxkXZjBL+xtUpgkOOdoCKor1BCt7mIeqSH4oiGx1BBDRh9wO1JhPQqjNavj5UcYL2+1TBA+"
        "dfaUxUuWAsip+fJCkKKkUSlpDhKE65J4OYP750hc5yFfXtcCjJaPfMvMdj6lPJ0XnDK/KQCf"
        "aUsKNs9JsiYVm56HNUSyN6nqXfHFp4ged2/VPdN5Sjryl07tufkv7nyBOd8fSV3dwe/aW27U"
        "U6D8eFrf9+9GbQdgz3QheYsRzfvAestGQM8X0AVYsMOBOHz2CF/mV0zNBeQLDxho3fobZttG"
        "n6eLs2Lzim8By05n4OuiLn5kfBnjyO/2l3KpTZ/C2CL1fUtxP9jc1TUsFiMC8VIgax/rPG7+"
        "4ITx8oAvjPCMNfw+G3pVRPHHEOJGU3sji1QpYIXGk9tPuL4CYCgstc0tkn5YaPJhLbYZXGc5"
        "2p4tEmQmSj8j4n3Ab9chwp8J2l4tgm8m6MBsIJS6nMupUyri3Esk7tnxhIp9DnOFeq70KVF6"
        "yQn4yaBt3xOYm99cwj8/S+6EisIYJWBWdHmWEIMRcWxYqUu7forAacwRXE9hfMdZl5AjzAto"
        "z5x56Q5ECnow523/W6nvFXDtORGCj753gdr2h+5bsPZ6CuMuFeBhkGXJYh0bl6D6mHb5svPL"
        "t7KWpxXGgOAgOjGvwwMaN2NTywi/9jPdRQP4bThEobrPx5yAzqMF0Nykei+jk+MSzR1X76Wa"
        "M7xux4M4cP89nov13sG4HW+zOIc82GPw4AcUmXNxH8azdq+m7b+w1KwGp2EmS16gw7HG4fRZ"
        "xzGGNO98s3WOqqBv7uASWybkmTR010Z2EwtUpuZz2O79nV2emv6wvlkJ5JgCj9qxkZM9rUsA"
        "ujxRLK2fYB+KJGUDHOjHFDOVgcrAb04S6d8+II4vPQJKoGq0nRgNYKJiO9ZBvd3703uliJaz"
        "GuH+qR1f4zSBDn5PB8bVZXbQZxYUBUQq6iS+hZuWBygrPl1wSgw33XPf387et/R+LNreosEr"
        "T/VaPs5NQmnbdts2NSEkc1x1z1VXYyxivScLck4hT6QY8oiSemySn2EcERXbrTFxTkYGazjz"
        "OcLxuc1pqYl7oBe/2nEoJEMKQ16LBF7e80Y9dOyvGnDCuD+ndLZwkFN39JRkgQeQ5+eHBeRY"
        "wkKjWRK3sRzmVsKVIrlvKfAqzU6jS7rE4NeAP6OahWSaBPSbr1WGdh2/zC/KsdIbt0jzVqAS"
        "+rZG25cq8ZvnoLdxEddGt6cBPHG2LU12fGjwPqtrD3J+Z93+Bv4CrlftNYu/jLIWGkcV6Ewa"
        "kEd+6nRy7I8dD3iPyBbiwU6ipTnXOnn2O/l03/hAQV99yR+0BH2Mm49ojszG68sVs8FvnR80"
        "jhO9rhLFh588JXbbNYDdmE5jAr220dF2nxh6LGR3tkK8dL6czZGF7hzZ7x3N4O9C+L2Oma19"
        "H7IH3Vr179QQNjWYT2uh+6gJ2HvWziUzNjg78oGRXbb34+evcNKH+JFu/AJogkwLP/c9hGtC"
        "kflpy6Ll613ta0N1+qXXv+30S/o7dEXV87C9DG4zyXDc2hMV8ZlVRq4CeWnlI2yCqaoxwOa6"
        "Tu+F3l+xDbeu+dyUJhB4pgPwS+xn/NVL/1/fgtVoosDPaxq8IiJBHmNftjzz23UswA5amdvz"
        "tg36PpwvaCNnwg/RJB9WS+gXVrEXRgb8iE4tP1C072Tw5VWATgMULdv2TA4nMBbt+D89vyOb"
        "dOPuiQE5UEl2fZTHjy7/LLHf2ckB8qulbi9e9hwv5QRysjlafrbj2g/ONZ/mbT+d0CPIh8cz"
        "nU/p3KiR48+7cufgqN6MyBTa34pOx9aFiirrCfaGUcoRe3R+9LXP8Rhb4m7Heuzpy/aHvgl8"
        "h7wfYi9n79RkMpB3KQHELFHY2ZbImGkSU6Gw00UXfilXCrsd/RMK+WSaDjH4Hpaqjq8unTpn"
        "Y3hJZeS0B3D6vkTrJutsy/+WBYt+9HcF61y6vrG6+Sff0z7u3SeoYYQ+GYX+BW5KG3K2U2Kh"
        "D/jW+IXAd5I0+iwDEbziNujPvPngiT85NHyb0ATwyFBFF/aeXNgISdquIcqgnbFR43LQm6l6"
        "u29/GQrj28mc4JAzAICwXmyrASpkOCOMYHaHud6U2zcSLRZtQ6AjJ3/S6gbwFZ1m7XUA2CD6"
        "IqXzEX3NI/CrkINub7Myegwl0NFffZouxSu0ClhVnPpzHJoLTR/k6O3zqzu3tYxGp4GWKdhd"
        "UV2e7X0YHbs5hB7/LB5IuqqlB2x68Ux6VNsy+B+vKedYyXYTlC83CtyV+0QztRF4c69UGSQ4"
        "yJ6mluP7XOd3egwUtwkV+FLGYXyQ844rV3Z9IBf9veCdnHQuzrhajYekesyMf7fextO8hJiO"
        "XLt9Fvh3xyXVWKI0Bt8xbx7c2nNEsC+qVpe1J9bLSReDULp/mvUN6bOuGRlRvcFULjkVgTcW"
        "EGtEtTuZEG4UXcpoJhpIm2AOfaLazsdj8AVE2PEOnIbz7OQGMWy1IylyHt09ZQjzMl/vrc6p"
        "Q09aZz3nWL78766TCfha0BPd3rRtiJ8KYrfis1DEYM+4U/xuf6SEWKnHxrvMUM6x41+5GsvZ"
        "tCnxB1sCDae6xqrdkSkBq6J+4IL/LA8WaZCcm7C+GA9krGnwtW7EWne37uRbd2Otu84MYH9i"
        "NPoMjaDyAGs3o/1V29uLn6F3i0j1azMRX/oUqlQo7ujX8eQV/+iLvvOgjScO/uYTglg4b23W"
        "7nXy07EEZK9s61vn5kt2NELw0/WxaWUDc6JNx7PgErU8AZxtgh/GB7+V+Ro9hy22NJXdyUmf"
        "J6ESJ20/+DsR39qxT/RRLo599EE/uG5TwJmRuehlEd51trG+p7LCYEPggzBa77u1SXfiyyHe"
        "duN9GZOjQazkVOoxLPQs7aR+lHYnI0Iz7peZ9ouMMIVWTTvG9/c37etnS3uCaq3PdtzxyP0w"
        "tO+cNWGl7vooIZzkHPzxEEetflNn/NS4QC3Qyv3WmwdVdmdL4migxPT7TW0DiDJQ9Jo7ev7t"
        "u8rgZrKzMehNKXYLQ3bxJOhoEmxikrbdrfeBMsC0FDSC13SB+eBTyoJnyRGXrXzSqphNZDKz"
        "gOcZGLyOu0JNMGPRjDFqCgsyT7TsZOhL0NoQ4XnLb5RWzzJBJWs6+pEFWYL26VVnS9sGdA9i"
        "UXsvnrU8IM7eMOvCtwCfmhWAKIHa8//tE2wqlSPIkQV8P+ADcU76PPVHRdDu9zjh6/yGQnqt"
        "z6wbl5UTvem61NMUERWCpZkUpfy9T/3nWX27O8Sz9nwK7NN34VHCdPtDtz0CSSOJdXut6z9s"
        "XQ/yOu846LPgS0r23XkQYISdqeKyw6jjUiykHKduye+oHN+pjscPiEk5+NlVTq8rcbwZZxm9"
        "z5gi/AiR0B2qaVZlXGPQ1ROJij3w4Nig0KTcPQGf1deU6/33e5PlwXR7PoZW456MoZZtsOWb"
        "PMiW7XmGanMtR2FdD7IEfcK5Lnbo9guP2NbnKmlGbaBn7/Yy8N+9mwFze6AXvtG4oVEX9x3w"
        "vnlaEF+Le09fnyYFUHafIm9OP1Af5Oog3hCR3IzFubyiQRMGKuryj8CBJ9jXzFfzKeKfLuSW"
        "tWEJpP5d3U/Hb6MEolm4Rzmkhier1mMAD95FfiWhrpNq9w3dkWGipmzPzks2H0fu9z49rJOL"
        "0GTfcv3Q9UMMdGer9fZKdkjqM5b9SuVV7NB8LYMvnoM8apTnOl8AXLAVlf1dj/BzpvKiTwsG"
        "7EXrg/ytH+1+osAXL0SOR9jFI64Dc8rSzp04WK+8bXy5Zmu5TS1Yv/32un5OvuJPuOPkGruL"
        "t8UXtzSgbyHjamxYsOacgukbi8zbItWdZ5C26ESB0Z7bA6eo3b9s6Wn1V+j9KB+WmdPyorxO"
        "X6k+3+zalqf3J7W9EKb3M1N9/z/72+cJ0+cNS6/8D/2o1M+3bd7aX9v29H5lOz7O/97fzdfS"
        "R8Lyuz/V47M6+W5vf+j/53hd+/f6/qDvj/52vk5/2KU9H3XK8sLC4YVJdGFL7aXiwB1ZEnLL"
        "DcTKJV8gkqdhbHssMW3Ak5einDk35IZU4cteTp2npG+ncH7xId6ncL2Uo4sLv08lvswgz4eM"
        "1KElvizlzFGSBg+/53xBbvlpHAHDxz10SAybbCdw/UCHabp53I5vkQu+buKMtVSd3QEV2wuS"
        "kFWOTBIUDKeZwIyyFpOiXeezuBom1BefAuhTJRNKn8fsurM/jTu69qxtD+Ss5FRelJo6tnRL"
        "jzlvSnkOKx00q1hiQSbBYeLujK2kos2dAKflfUrxFO5r4+1C04C2y5/5J2dOgkvZ5UvKkd3z"
        "3gLJ8qzj2bnbc1PcldlSAXpIRxdAQI5XQjg8WzVNAfecEUjGcV/nKRnPhyi93QzrPjwAXn0s"
        "zsMHnUA4/YIQnQOVNR/kzyQrphAfAvNrdi560Oe9+j5zA/oC6FtGbR919V4I2nPwjRPTvhj1"
        "7Ai8pSLnffnxvpfrpSEvowW0Lf5lH305IUWIvmbKftVxzBaLslqK3NJFn93c42EygnxymgFe"
        "6OqBnAuYIkANRx/y+5LpeJ296kAWLm4arxEEnyV29R6Lso9dLYBJXu2kbVN7ajRoImgSomJv"
        "o7l3BLxXB/enofn9KLikvL2/O1vR+I3Femuv4MsMzxuQB+Dk0GV7kRX5IoTsViF9v3jRAuPd"
        "M/4xdLR8wtf5T5JHmau2a/58OlmJvulnP/SjZtnSnyJM7XZ+1Pb50xSdbrXlU5Pafr1RGqew"
        "ro5W11gAMJAfQ9rqR35J0bLT3bDm2UZJkNOIF6cjeNvdVuN8N4drtdtonrvL2ULofIqBH4ax"
        "vJE/0OeTGxWJSO1io37pY/j5d318MtTuWyn28aLD6EE+AM/VtETvPuAI9wR8COFDEqMOpxc3"
        "LU0B+qbl6XZ7w2uVWu1c8X2n95SAP7x2lbjK5ZXwr/gI946i6COdbsG7KzSBmLxAQWdvU8+d"
        "yaVu05f9eRcE9tZHdM0Vdfbgmq2zqvo1X7U2Lbs1OLWec/O+eXi2G8c7sIdP72Z6/D54UpqI"
        "I8HDfAjyoMWnN1YE3yM0k6NRId1emw+7War3F7CuZb63vmSCm3s9QJazgglcrMZClW5amd6v"
        "hjuQ177PPjlxWZouPiabB3pzlnCfY3oE1v41+4TYJe8NT4f2VvkPC77BG3w+S+6YTysbKAiD"
        "qblOUjts0j6XIfizs2lz8o4g/5iiY7fnsZ7a61JZhYzSYHqOtP2AfQFOafeVdoSqqk5zanR6"
        "5yZdbp/i2mQTaO++9yO3EOqCa4I+Mi682jovaHt/t9dG9Jmmic1uf0H/Hr726Ag39780g7dP"
        "Hr+eWbz2urSvCul0jvhIOFO9H+dPfxnGrXbFbHAHf+ki8nauUNb0QlFk01+9+jqXc8987VnM"
        "F9Qm4MfeZ+HRRPftSNOB9oNuz0N4pJCAdeoEcE5pbsAv22bsdDnfGnxwVJfPshSfEjETlvjO"
        "3vUmzAT0fdLM8h+72XV7kuGUfXkEfEJZk1SdjJM/dXbtWK6aZQh/nV57veNxq39aDmjX7UN1"
        "Ojh11iVkD4+kNpeq0j6g6PaXwo0610t93mCMQc/Pb8ty2On0tul1tdQLB5cvPd92e04mmJY5"
        "tyERGCYmwaauTQ7yHEGSaIKtCndlkpPsO1hqLLZ+k2pFyucIyY1ENmTXwbs91efYsNZPTUvW"
        "7fFJ7e0HocZpuh6u+DVFs80d7Ad0TlArbksH+BcLcsIDsMMCnQGzQQwrARCNCPqlABDlOpfR"
        "stg8W1odwwIbTj79id6LTSAe0ZZnh26ffi2/3LZWQfOPpjPLPIOdwfNCn+Ztuv2fQLUbde0e"
        "HpL247Xfu3BnO7I/8V8Y4kprz+uOP8q3Ag55kTMxr2DTC/bgC3bbzptfukbVPnd7WjXh4bgn"
        "4NOtpegtIEkCrFwCiBtuIG4tVV3ruEgxX9908EqrmC8hLVxiu0RlCJj3SVHY1o4jB1KTfHs0"
        "7lXW5pSdfNdDhR1dFmOqBmLfEDVO5WBExJjEYRmpNJSVrkOzhmo/AlsBzvrwmYU8cDMe0KEV"
        "zHDUnr+zc7A+el/W4Gk86veLu41EiirDt0bo7I6NJg/1+fsi5Lo+SNeI00XERxFg1qPGp2+R"
        "Pk+PZTrDBbv2AY9tzAtbAyZbWRcWHSNPxnaweZSrOEofK8DLYfkBkCyYOwHkb8TBw9IFW9uY"
        "bFdwgVdfy1zlyOmvwxCrfeYeV5Z9vazPc10feukD3lhIHJZpNgcAbKMNfDiGWfGFu3Ct8ICt"
        "8YA7cG0+VsqJceLEaidTWPd8ltnHdX+jwox4sXgokgB2/JSn9O3ZI3FgA12zCd2b9k0f+pgx"
        "RjNzepOXA/6kTIZxwur4zo9NUtj3Mrcjebej8iyPurYDFXZeQlsm/KgK+N0ZKrAxUq6XuExH"
        "RK2WeJ9xXduBrckNr4WHV3yKV8IlruWoheLIZDxTu8sKnBygk/71okStEhtF63sVUkTftwqt"
        "pIMvKngMLpftbPw0Z9vHkSQZkypjwe7jAOucvg9WeZhdL1+rR04uobcFuTnA2l9lBvLJQD4Z"
        "yCdjEbvbip5wrush4hrkWbfn48XPeb2u35p3NS3y/pFCDix5xVTY1p5homvPZFd7puvOig1F"
        "E+8Adr4EDErQUC49jENUTnRNMYVPhorD0r0ZpodRpuuJy2gmm6uUH5XPh/j9dZaLSr01sjEo"
        "lvrMqov9JBWc4Gg0mn1RLrXvEujovmqO+qQJUEHZU3A7xbpeJMoF5jbtc5L24VrXlNCwmbt5"
        "j/EkSdM32y3kH/VkR+LC+nV9Blbn9jwf1u+HRNdTnF/1mLqOGZ0+X/XXL6wC+SRlP7Vl3zXj"
        "61zBdYfJHLCdP/JNlCAG6fB3PT7Kq6rdpy31OQzW72BATq1x9ne9TKXH5noPFBDVh73PDPm3"
        "+tXo+jf6Bt/5rUDp73o9F2Hkj8LPn/2UQx68S+aJg0ka6WeFO9A+p9JFMT9zhUnPpnz+J20L"
        "yWcNfh7aelLkVt257940+rHQdLU1pcf2najvevl2vR8/72flVaDPcF50itPN6NYsFPdW6/tz"
        "+Ls+yPumF3kiydO3wJXvykciZUro3avK1nWU33xS0Cf5nbri2dXY/7wXpKGDXr9BIbfGsX7f"
        "R+r8mRH0qt+6yqNJBci0t3Qn6K7f0VLQPhkl44FgUnIi+28rpvoETehEvy7kpdiCj3rxYIEy"
        "dTZ9dOzqRRvJJ7TW9dHdOodkSgA8f80EcDaB5UX6XAPlMkRnjtJKHGfG79qq9r2Qq94T+dZP"
        "PjX/fL/t/6tjTv9LP3q9v/af+t3/0u//l/7kv/RDsoTlAjKSXB8Pm4SD/LXOLmWk67J/3kEB"
        "rPG7fhuSIkkn2DAmlmW1MmGMCggcXLU6IyU4SqOtF/qn/lMt7wrB84b47tc1ZWQJdtHKN6da"
        "907+EniNSVyi3+9nfOsfDiugF2l9QQz8Y6nrx3rCeQ6N9v1D0yQLXXOdJ830wx0Y/aOJV/Dd"
        "JH03c9+M+mgSW3/rs6qkT/tu3yjLcDWWrjwtjflYYvr9jg35ts+u3qt738nR+g228nz5mk8D"
        "nbr3kjxj9vjDpyBXP19KJamVc7C3tW7XSrdj3eZtP4J2r/hSHvrQ+y9e+FM/9t/aX7qeqa03"
        "a/dHX+8euqNkmes90gmem3YjtyMWgvyR++hyYJWe/KEcKycxazc1mhk13lCDpH6/sK0BPhmN"
        "6cM9ePTaXxgrtnZRJNgHylBIf4H3sVjoxu2z5WvvE5U+RbPdZoItwIc151Pl6JgPsBrcwaVY"
        "o4bzJMT6fcc754fRpuDJwJhmE0jqXrWMAvLFsqu15MkJ8pUSm538i3Jb1RR74IWZGkPMKg+o"
        "ZroWv6Nh2tEOqtcAJk26PHiKmEhMWNtSn0E5Y5CzQMlrf2X/CUqI8BB0FyVdzDqJIS7b+Whw"
        "9w2Nx1uGzTDdceVYL/4FdQ7+DkA3NxH4R5YFCO0bcsbeqDn8hxrV5KvU9ctC14mPAFvRvZwf"
        "kGlS6nBdf/3+Xcv5em+1vV+//0BRLFiT4wRsdiO3c3w2HbL/ef+I30OOGe7maf25W99//HOk"
        "zw5f792iKvzWWdyb/frR02kG9+P4BvrkTu+6nq57/oDady2mESAsufJi+f0e1s/7WGLKbB4v"
        "06CW9oQ6ptiAvP5RLw70maKe/vG+Ka5v7fgJ9YbHT9zbM886fAZjOZsgy9QwxSGSHqg4DgE9"
        "xByVzklO5vSR442ME1WWdRax1/iEy8Pt19vTkI3A641vcgvme5u7fHg8wzJh3qjdTy70+tbT"
        "Evyhnr9rA3/R28G9lqdLRU6uNzzpd+X8B/amKYL0IEg1kKHoIKhXQq4yGutamrPbnvMXH8EF"
        "6Bi/1vv6FrhvzpdyMkJrU7hcCP5d/w1hKbO1nt4O7bn/bTz+rv8mPuTM93MKdBflKQMdsNva"
        "2reWXvDfzCQwFnjIvEKn5u975fOXvHRdfFpT/kXjf18b/xoPlUz7MV/KrBCJ9vPWv3n/puXP"
        "Sd/f6tN/0g8vJepbH7R+nb7jrBXpM/m27h2wZwLYk04f4IOJkOUd8B/4WF8XcdYyQJn8ef8E"
        "EjPQ9ZOcP6gNdFNMQf4hOr7w3eu7tTFZkj/euRI4Nkn8hU4zuQ4LADc4139OwN6tNrjENt5w"
        "8PWQE6zBF42KJV6Vrt6TfVy2an9Yv971lopDrs2RYlLjCwXXENV0HYYIJBVKAd7ScU7bZ2rG"
        "Loi9QNUvOwvnu9UFfJ2dQsYb6H2hNLYjlZnBNs494jK9B5QM8Ic67/D8c36Iuvig3/nVdEGS"
        "gSEaSYZRHn1kQEciwBJkzpPX+sBvEFJmSEUZhvwaZyuJbqv4uJqUpR0AVl1f5nqM/SrEl9zl"
        "a4Qfg+QjRsFo8xWnHFOyUqsE8pzr3sbRI9M1ZUkao+nbtlwdyPoqQ/fjyfQ7yAEKcMrtGUHF"
        "jLifMNaWrxB5rC6fh3ql+G1bHCFclnaqYgBx17OuWT/7sdxecW0DDWmNBzn31sj2Ngw/VkBD"
        "RtG2zY8nmel8v5tP0SVDVSnsvenlTq5WTfF+dMQslfq4GJe5lp0DuSPBHzkHOmb4s+THN+pd"
        "L9zRp2WxXMulzrOnl+Cx+qU3kNzr5/a2cU4Lr53P6s5yWn6ffB3XSwJzv/Cr/kMUe0ArtMPX"
        "+l79TjDNSUffDnyRzpbsGpVTXRuCDpVdAo+hjWfbT8gXXdAP894oN8EJyFxjoLVUX2mevJll"
        "O1drXCESgpU6FqIG9M9jlT5c0ngG8jkwsDpwt/yYV73IOaCLSU8ynGOwMUTA3yOXs4NK36k7"
        "/DM/+qv7ywt//pEG/RcZ3of/9/8B5lYzFg=="
    ),
    "esp32s3": (
        "eNqFfGuTqrq26H9ZX/tUQbfa4qm6H/ICgkYJiIpfbilqQLTR1pbHrfvf7wjonHPts/a+s8oJ"
        "IZCMjPcYGen/89f2dvvft6zZ//Xfw49e7+O/ugf3zff9r/9+N4fmh/lhWeZ//bXb3Dd//fdf"
        "SP9zpLxXPc6d/vCb0rV3wbjnbs1oef9eOk49n1cVXiClhsd74AnfmmXH9/tG3D7cyU14+Xk0"
        "D83+ut9XV+X649EjwnpUov/DZRLydhImWcDhYeJhVdiklAKVJqGK+Ygjl2K2xDKf2UhOGE4c"
        "oqyF/mo/Dq7v75te9XbcJgTlw9vnqNxY/sGPrlWxc5kZl1fkLIJHLz5zfPk2diwb2lvDeHt7"
        "f689njpyM5hWZ/9jJnvnM5eZGS75yX2s0c2kKFpc9t71273/nHaMGMuoChgq3HOxO/K3kf81"
        "uPVSvovdqTVz6W5lDoNgE8jVpf/51S/eDOtDeo91/yLGxTuZHb4NdVhXae2lX0tTzGarUTC7"
        "vl3GX34vv6tw+PhIJrXxuK3fzvXx0/t0r+mcPt5RtMuQHJjT+Xqw/toOHqlVpKPT4tqwgPDL"
        "yDsY43z2xQfh92xD5oaYrpcfy7BBtX84zB/GyN6lfOEfrumjP4tvRhpQtJmlTKYz9TWYj5pV"
        "Pfv+GJr35JrvZs6nOeIyyv/XXx0X/I07hp+fpvVff+2/7t91+2jYG45MCx7d99W9ZRg69vvl"
        "pm6s+DbfocU46Uk8wRbyUlS6lmFp0rsDo4FfWbJKMYQEUojlJKx5TwB3jB5Gy3YGvMzHVvt9"
        "n5mYrBg2Dm0fT4IJ5qhX/tv+UGF2Y4oeWt5SdfMWIVEY4jA0KJJ91OxrO0N1QdyhUaOm0DAQ"
        "Tpkq55xgk7MZnUg51eAiD6H6OEJc3IyTXp/VE42o+oruELu5cixZ+nYwBslBEbJ1vWJ3Dj5j"
        "tvwut4Vbq4c3GHj8MDciZQUh4lkh7XHvijK2S+qwdkujui+4MBDfG0YpeMpFTZaBvWmIKdC+"
        "Z5QAwhI7t/zoFoZFRUHhhypSggjxvAyj3Ao+QquY1Ps3Wit/hth2nueHz4zXUiEHSSRY5vkM"
        "ZVU9duN8n+E3l4XlHHXrgxfqo8U1foYvek3zwDw8jDpkfbrPMZm7+O1h3NF5eyQ1wHU4tnBR"
        "xC80VNPxrcnmAI4IbnVN3ALN8+kHhjkCmIObMP6b0OMHhE58EwE9LEPC9y0+h6Xul7o/0+1e"
        "hqYmbvF7ByK39KVuY5Snql6662h/wtaZ0VIJpGklrxQtspIHFWcUTRwfteulwGdX4839NiyP"
        "wP3FMBTpSQuUB0ITWeJhyyskKe77A7rRhBM1E/u54Q0FSbM+cuoSDwz9Dl5aqtg2Yn94RyV5"
        "r6yL2PUMk3woQcZK7L6MEInqwzDkO/c8fvzeUSQG7OiFBJVz88yRppXIeSh2K2MsfadnjNz8"
        "uMDmwyowjjN8UuGXHwm8ALht1zcaZTsfYiBUeXx9q3GNndymmDtM4RClaHk6BM7oYFWPxyiE"
        "SW5TWdpRDqi+0mQ64Gwi5w5wdl1MzR5TnlMfrKyY3vCjW5dTPUakmN7d/PHEmdgSY2QKfF8Z"
        "xHV5vEuDT+b2xVPeWvoNNL8Y4tK0/F8Cb5BY8hT0XfVmjAqkStJIb4TMeIwIJoWLWStfjDOW"
        "Y7Rz4pwVTbKkFRfvmJVu887sCAfDCDdSbPlxQm1nH5pFfaN0AvofZXPs6XWAxv9u+e79Ovkk"
        "lN2pUCnIuaQH0sp3kzSicdw30C9vxgcmJcOEzzFTX5wwWS4oOjqoxOPpHGTeeco99yhL74vF"
        "8HADBNQydfWccOVP+dD8OrJGSxizRifBLrRSCkXAf04jlDdHasGY4jRQ/IoKlOGFsFEuF1hO"
        "HbwobGVHhJfBwI8PvlC8ecodwLvgrJM34o6MMq8036BsrEoEeql9SVXd+rr3+cEwxoj/+v7C"
        "RU/aIQZ5iZTWt8/x+rMT7h++jFZeEhP4fjpFjUnGaDgQ8lShw6rF41gONz0f5puN1Uc/noAO"
        "FMjfh2yPfsDuPjp9PVY9FrMWE7N9SN7avu9ffRLkTN/jh3gfNNN/4huthTW8RMv3u4aX3jT/"
        "/EzQc/16zXkF+kbrGa1Z8MiwUvj1KXL7HS5KMga5fdoHLpIX7TsP4tf4b/XX1CT9W6efyzrU"
        "usvS/AljtXbo88/x3vx/Go8WCuDzuOzJccamJgrLPQI+T7IY2D+WLzhRn4GteenD15Vo/Ro+"
        "6cwV2EPj93iaPjbYQtBniYpgpbHAK7zMTWzfiIdRNGHoiAoZwf3Rw5hhLkO4Ap+N5qi/W8Jz"
        "Br8anun+8kUnE1Munnrtt41ErNT2z/oDH2uWgHcDOrQnOX5rdQGq3g4jjsx9jSJwvNBkBQwj"
        "A1AldrI3gadDTkybUJfznQpeeErR98RvyAXwHWl67sd5Tzq6Dfja0XUuy2m9cS/qcKrIll3A"
        "LgTCr0DOe3e6UFgSM5BXhMVhYkgmg2XGsdXpZdFXgEH8rnks5bO+cqzaAVV44dK9devlKcrd"
        "L+N9rIy6MAXI42LgLykGHZKjhs334aB67N4Hb497XiZLbFuWArsbfts9VBZIuod2nFml1+uQ"
        "TtYFFYc9AV6uBkYvfXwbyNZwli1s7x2ulvGjnxVC8luSpR+eW6hDquW0fPLiGPDNyO1mTDR+"
        "DOQB/XOS3Ayh8UOy0wtfx3Hc8b/I0xJkEnTpmoG95aqkiwfnY14qjoNlolRGcS3ET5pUKUKf"
        "uHZoqaVEqN4Ng/VxV7fS3aEG7JxpTtG+afnwyHn2bUmwzcKxweDy/coQe9+YS/Np21DxPS2y"
        "8QZs3eHZniX1g6rb0Bc1xc2taDIRetVYNPuQH921UbuxAXM9fbmVAf2zgPe/aA4wCu1zFN/4"
        "lvFzOX7xyyd6+gJ6Bjt8tPxxQIp/Ik9I0H3/qusQUWlnX+TH2g2Z6nhoKLl3S87pTDJhPUBn"
        "TPf1NFE/oDfvoCc+2nGmk6lF9jvemGJ8rkgxM8AHwjWq0Fb0MBPOfj6ifIa13pvvIzxXmCLr"
        "gsqsmkiDF7ss+ORuX8uP6HSXpqf1hKfVJ4ZveWKXBzForZUEn05sLPsOunO+302oCXYX/NgW"
        "vzSxjvC8XzYTOXOwpOI7Ujewz54kM20xQHNB/3Gs6ggd81JV4D/FDOZm7dyaf9qBeHrcoVDz"
        "D8t+y9f+jN9W7h2zS0i2tp4T/E+TGOBj0FaLgpfkB6jBrug3KUtAzjj1tc7p3UuOqpSNKBjl"
        "ZcDwsNVnoDIWKlh8A+/R+ZhnuTmmwUrcEoFO4xQ5IGtmHGoKgZdglmKFqmEf5LkvUHPxpZJo"
        "PQjWTuO7uTEBPwW8+yJ2ETPBuwYfl/QQ+LYXkL1NSytbBRvElqyVpxBgpuNeAjZ+NkSLfDhs"
        "HMBNHj9jxN9joMRo+ds+T96Cx9yw1WSY/jRGnXEHgox/lEstj47G54BwsJeBcbA0D3oi5Lbr"
        "NubyONG+MugOj9o1Ujt8a+75pAa/KwuCsgI/q1jIiiHw5VsdT588TcKXfVAzxjIJ9kFKBniP"
        "1NiN4J7DMyFk3cUoHV/8oZ9b+/BmZWC/Hzz/pQ/AFwJ/CvhszinCW3CvIWbq9Pwv/7uVr1+8"
        "Ao4ShvX1pY6/8pQ+x0PafpF2/OvL/mg7Q+EXgs0gwkuk23vKMyCRE+RVIQdeAV8DWx28v6+P"
        "v11/rwP+rXgE+q3Fh5Udf8nLFKOStbptQRf8tQ5UQowlXvgY0VCva/t7XX/YGW0P9HgQkgPN"
        "sPZlbDKHeO9lu/8mL5Z+eNP0HqAv3fb1ZEdYf8jdsf9JXMBHq18KDvHOuG33U40fLV8oBP1M"
        "5Rfgr+ZFiy+T5likHIMu2qEvCHF0nNfKHvh9FTrfVFSDL+n4JUrkj7pb+63hDcScMtBL6ukr"
        "8SrTvDQvscMg2kG1OUP7QxdHEX+KMt1++mUBE6Lt99v2DLt37Vfz3EKkFtX7wfq6lTHM6Tlj"
        "0Ou+LPU823YeAfYM+46nMQOxif7el2MhQcdUcQxedBnqcXgC/uHauBzfzo8Z+F3m05/hoesY"
        "Vv6AmAONkXttiOejVVNLwgPuAHPNR2npW/WqtKGPCoZauJKD4GqSosvqLT/UkXWnHybt2yg6"
        "+IlwUNya1yTnK6eZ3gnYh0XjN3YWI4hfkxlyhNk4lVHDzxwDjM7L56NcmQhtn3wxcf+dfkaa"
        "v3MO7ignXieP1IsT8PVGp6AnRX/i5xVZuRcJVrKk+c2QnkNKsAlHBKrUEy7jPiLFTeY8HuNy"
        "0gtu2Tgoz7KMt6DzaKuDnvG4/Zi8VakC3f8m5iEXrr2uDbeZ9Wem/PL6hcvMmS+tp03FS6Fk"
        "4c4uOibPtshVvYTc3FAlYLegvQB6ldu1AzDQyylWMQrzKguw2oLN3X2CfQZbimekFCjbz0kD"
        "85FkjqUbdThKq9px42if4jf62+/U/L/hJcgjxC0V6BTbpL4MOFd5xcH+TBvpajv1dvhXGdL4"
        "BFcpgXhc65NGxyaaxuAMHhqjuz7aayubrf4acZ0fSfX7VZvga+dv5W2Qaf3djjfX8WNfwviG"
        "of0Xoxxpz13HV0x/38mr9pdG0Xej80cWyGdIQR65lv+1jncImQB9i+wln04m/tZGZA/vF9pe"
        "tu1WvjEseYcSHa7MtP38Q/7t+qr1o273dTwisvFrvrafQchsUnajf45HpW7/oT9+jzclJfTH"
        "t9d83fvo1/si/Pv87Xx/wDcJYT5cXun/1E94DPqVtv51cZk//Ue7tmF8U/N/F6/8hudH6+M/"
        "+v/4nunvx7rN6/NrvPb7Wa3thbgcn21eA3ykuGr50vrxX8cft/5I65/8Iz6c3/Rr32/X283/"
        "2x9GuV4fcNETni7+Gmn71doTnKsXP7TjwXwv+9bGZ3+j59/xQetf+MVjoJ83TpmHgnLqpXKn"
        "QnS2aXm2Sf9sI+vMDH5mH6PCJMExR31gXaH6aHET00j1QRf1iaX6GCL6gNuRCutBGC1ZHc9P"
        "YTz/rmWC8KGTpyyesxScnJrPzwQpShqVkmYnswK5JJ5P4P0pEpdpyOeXpQCh5QPfMrONTylP"
        "pwWnzG8K8M+0JAWrxyhZkoqNj/0aLNmHVPWmuPIxovvNR3XLdJySDvy5U3tu/sOdq85W3pO6"
        "uoHetdfcqMcA+f6wvG0/jdoOQJ7pTPLWRzRvPesjGwA8V4ALfMHOD8Th443weX7B1JxBvHCH"
        "gZatvmG2bbzzdHZUbFrxNfiy4wnouqizHxmfxzjyu/xSLrXoUxhbpL5vKe4Hq5u6hMVsQMBe"
        "CmRtYx3HTe+cMF7u8JkRnrGG3yZ9r4ooPvXBbjS1N7BIlYKv0Hhy/QX3F3AYCkutc4ukJwuN"
        "TtZsncF9lqP10SJBZqL0KyLeCZ5d+gh/JWh9sQj+NsHDnPSEUudjOXZKRZxbicQt2x9Qsc1h"
        "rlDPlT4kSs85AaYJ2vYtgbn5t0v411fJnVBRGKMEnxWdHyXYYEQcG1bq0q6fIq00ENyPYXzH"
        "WZYQI0wLaE+caen2RAp8MOVt/0ep3xVw7zkRgp9+d4ba9kn3zVh7P4Zx5wr8YaBlyWJtG+fA"
        "+ph28bLz41tZi9MKY/DgwDoxr/MHtN+MTU0j/MxnurMG/Ld+H4XqNh1yAjyPZgBzk+pcRkfH"
        "OZo6rs6lmhO8bMcDO3D7PZ6Lde5g2I63mh1DHmxx3xjsUGROxa0fT9pcTdt/ZqlZ9Q79TJa8"
        "QLt9jcPxo45jDGHe8dvWMaqCvqmDS2yZEGfS0F0a2beYoTI1H/0293d0eWr6/frbSiDGFHjQ"
        "jo2c7GGdA+DlkWJp/QD5UCQpG8DAe0wxUxmwDDxzkkg/O4Edn3s6TaRqtB4ZDfhExXqojXqb"
        "+9O5UkTLSY3w+6EdX/tpAu38N20YF+fJTu9ZUBQQqaiT+BZuWhygrPhyQSkx3HTfva7O1rd0"
        "Phatv6PeM071WjyC0qK0bbttm5pgkjmuuu+qizEUsc7JAp1TiBMphjiipB4b5UcYR0TFem2M"
        "nIORwRqOfIpwfGxjWmriN+CLn3YcCsGQwhDXIoHnt7xRd237qwaUMH6fUjqZOcipO3hKMsM9"
        "iPPz3QxiLGGhwSSJW1sOcyvhSpHc1hRwlWaHwTmdY9BrgJ9BzUIyTgL6wmuVoU2HL/NKOVY6"
        "cYs0bgUqoW9ttH2pEr9xDnwbF3FtdDkNwImzbmGy412Dt1ldexDzO8v2GegLuF+09yy+GmUt"
        "tB9VoCNpgB75oePJoT90PMA9Imsb5RuJ5uZU8+TR7+jTXfGOAr/6kt9pCfwYN6doiszGe5cL"
        "ZoPeOt5pHCd6XSWKd7/ilNht1wByYzqNCfDaRgfbbWTosZDdyQrx0ul8MkUWunFkf3Ywg74L"
        "4XkdM1vrPmT3urXq59QQNjWYT2uh+6gJvveknUtmrHd05B0ju2zfx4+fcPQO9iNd+QXABJEW"
        "fmzfEK4JReaXLYsWrze1rQ3V8Zde/7rjL+lv0AVVj9363PueSIbjVp6oiI+sMnIVyHNLH2ET"
        "TFWNwW2u6/RW6PyKbbh1DUG0NAHAI+2BXmK/xl88+f95FaxGIwV6XsPgFREJ8hj7ssWZ365j"
        "BnLQ0tyetm3g9/50Rhs5EX6IRnm/mkO/sIqtMDLAR3Ro8YGibUeDq1eBdxqgaN62J7I/grFo"
        "h//x8RPZpBt3SwyIgUqyeUd5fO/izxL7nZzsIL6a6/bsKc/xXI4gJpui+Vc7rn3nXONp2vbT"
        "Ed0DfXg80fGUjo0aOfy6KXcKiurDiEyh9a3oeGxZqKiyHiBvGKUcsXunR595jvvQEjc71mOP"
        "n7Lf903AO8T9YHs5+6Qmk4G8ScmvaI7CTrZExkyTmAqFHS+68KRcKOx28I8oxJNp2sege1iq"
        "Ory6dOwcjf45lZHTbsDp9xLNm6yTLf9FCxb94t8FrHPu+sbi2z/4ntZxnz5BDSP0wSj0z3BT"
        "2hCzHRILneCq/RcC1yRp9F4GInjBbeCfaXPiiT/aNXyd0AT8kb6KzuwzObMBkrRdQ5RBO2OD"
        "xuXAN2P1cVv/GArj74M5wiFniMF4IbZVDxUynBBGMLvBXB/KfTcSTRYtQ8AjB3/U8gbgFR0m"
        "7X0AvkF0JaVziq7TCPQqxKDr70kZ3fsS4HhffJkuxQu0CFhVHN6nODRnGj6I0dvvFzduaxoN"
        "Dj1NU5C7ojo/2vcw2ndzCD3+UdyRdFULD8j07JG8US3LoH+8ppxipRGv96VWCtSV+0ATtRJ4"
        "datUGSQ4yB6mpuPnVMd3egwUtwEV6FLGYXyg84YrV3Z9QBd9nfGOTjoWZ1wthn1S3SfGP623"
        "8TQuwaYj126/BfzdcEm1L1EavZfNmwbf7T4iyBdVi/PSE8v5qLNBKN0+zPob6b2uCRlQlDHg"
        "LU5F4A0F2BpRbQ4mmBtF5zKaiAbCJphD76i28/EYdAERdrwBpeE8OrqBDVtsSIqce/dOGcK8"
        "zNe51Sl16EHzrOfsy6f+3XQ0AV0LfKLbq7YN9lOB7VZ8EooY5Bl3jN/lR0qwlXpsvMkM5ew7"
        "/JWLoZyMmxKf2BxgONQ1Vm1GpgRfFb0HLujPcmeRBsmpCeuLcU/GGgZf80aseXftjl68G2ve"
        "dSbg9idGo/fQCCp3sHYz2l60vD3xGXrfEal+ViNx1btQpUJxB7+2J0/7R5/wHXutPXHwC08I"
        "bOG0lVn7raOftiVAe2VbL56bztneCEFP1/umpQ3MiVYdzoJz1OIE/GwT9DDe+S3Nl+jRb31L"
        "U9kdnfR+Eipx0vaDvhPxdzv2gd7L2f4dneiJ6zYFPzMyZ29ZhDedbCxvqawwyBDoIIyW225t"
        "0h35so/X3XhXY7Q3iJUcSj2GhR6lndT30u5oRGjG/TLTepERptCiacd4XV+wLx8t7AmqNT/b"
        "cYcj92Ro3Tlpwkrd9FZCOMo56OM+jlr+ps7wof0CNUML98U3d6rsTpbE3kCJ6b83tQ1OlIGi"
        "59zR42/XKoOXycbGwDel2MwM2dmToINJsJFJ2na33jvKwKelwBG8pjPMe19SFjxL9rhs6ZNW"
        "xWQkk4kFOM9A4LXdFWqEGYsmjFFTWBB5onlHQ18C14YIT1t8o7R6lAkqWdPBjyyIErROrzpZ"
        "WjfAe2CL2nfxpMUBcbaGWRe+Bf6pWYETJVC7/79+gEylcgAxsoDrHX5g56TPU39QBG2+Z5w9"
        "928ohNd6z7pxWTnSSde5nqaIqBAszaQo5e889Z979W12iGft/hTIp+/Cp4Tp9km3PQJBI4l1"
        "e6nrP2xdD/Lc79jpveBzSrbdfhD4CBtTxWXnow5LMZNymLolv6FyeKPaHt/BJuWgZxc5vSzE"
        "/ts4yuhzwhThe7CEbl+Nsyrj2gddPJCo2B339g0KTcrdA+BZXcdc599vTZYH4/VxH1qNezD6"
        "mrbBmq/yIJu3+xmqjbUchXU9yBz4Cee62KHLF+6xrfdV0ozaAM/WfctAf799GzC3B3zhG40b"
        "GnVx2wDum4cF9rW4ven7w6gAyG5j5E3pCb0DXR3EGyKSb2N2LC+o14SBirr4I3DgC3ad+Go6"
        "RvzLhdiyNiyB1D/V/XT4NkoAmoXbqQmh4cGq9RiAg0+RX0io66TavKE7MEzUlO3eecmmw8h9"
        "5elhnVyEJnvR9aTrhxjwzlrz7YVskNR7LNuFyqvYoflSBleeAz1qlOc6XgC/YC0q+1WP8GtP"
        "5QmfJgzIi+YH+Zs/2nyiwGcvRI5H2NkjrgNzytLOnThYLrx1fL5kS7lOLVi//fG8f4yu8Re8"
        "cXCNzdlb47NbGtA3k3E1NCxYc05B9I1Z5q2R6vYzSFt0okBoj+2GU9TmL1t4Wv7d6XyUTzZT"
        "k5bn467jV1fvb3Zty9P5Qi0vlOt8Zq3f/9f+9nvC9H7D3Cv/TT829fdtW+jxuvZG5yvb8Unx"
        "9/5uvhY+Jytf/aken9XJq339Bf+/jte1f6/vD/j+6G/n6/iHndv9Uacszyzsn5lEZzbXWioO"
        "3IElIbZcga2c8xkieRrGtscS0wZ/8lyUE+cbuSFV+LyVY+ch6cchnJ59sPcp3M/l4OzC87HE"
        "5wnE+RCROrTE57mcOErS4O6/OVeILb+MPfjw8RvaJYZN1iO4v8MC0tX9e/8RuaDrRs5QU9XZ"
        "7FCxPiMJUeXAJEHBcJoJzChrfVK06XQWV/2E+uJLAHyqZELp/ZhNt/en/Y6uPWnbPTkpOZVn"
        "pcaOLd3SY86HUp7DSgdNKpZYEElwmLjbYyupaGMn8NPyd0rxGN5r7e1Mw4DW81/zj46cBOey"
        "i5eUI7vvvRmS5VHbs2OXc1PcldlcgfeQDs7gATleCebwaNU0Bb/niEoPOe5zPyXjeR+l39+G"
        "devvwF+9z479Ox2BOb2Cic4Bypr38keSFWOwD4F5nRyLN+jznn1fuQF9AfTNo7aPujoXgrYc"
        "dOPItM9GPdkDbqnI+bs8fW7lcm7I82AGbYtf7b0vR6QI0XWi7Gcdx2Q2K6u5yC1d9NnNPewn"
        "A4gnxxn4C109kHMGUQRXw9Gb/L5k2l5nzzqQmYubxmsEwUeJXZ1jUfa+qwUwybOdtG1qj40G"
        "jQRNQlRsbTT19uDv1cHtYWh83wsuKW/f7/ZWtP/GYp3aK/g8w9MG6AF+cuiyrciKfBZCdKuQ"
        "fl88YYHxbhk/9R1Nn/C5/5PkUeaq9ZI/HiCN6AU/+wU/auYt/CnC1G7nR22fP07R4bu2fGpS"
        "269XSvsprKuj1TUW4BjIU5+2/JGfUzTveDesebZSEug04MVhD9p2s9Z+vpvDvdqsNM7d+WQm"
        "dDzFQA/DWN7A7+n9yZWKRKQ2sVE/+TH8+js/Phhq81aKnZ5wGG8QD8B3NS3Rpw9+hHsAPITw"
        "I4lRh+Ozm5amAH7T9HS73PBSpVY7V3zb6JwS4IfXrhIXOb8Qfo338O4gik7peA3aXaER2OQZ"
        "Cjp5G3vuRM51mz7lzzsjkLd3RJdcUWcL9sE6quq95otWpmW3BqfWc64+V3fPduN4A/Lw5X2b"
        "Hr/1HpQmYk9wP+8DPWjx5Q0VwbcITeRgUEj3rY2H3SzV+QWsa5lvrS4Z4eZW95DlLGACF6uh"
        "UKWbVqb303AH4trPyRcnLkvT2Wm0uqMPZw7vOaZHYO3XyRfYLnlreNq318q/W3AFbfD1KLlj"
        "Pqysp8AMpuYySe2wSd+5DEGfHU2bk08E8ccY7bucx3JsL0tlFTJKg/Ex0vID8gV+SptX2hCq"
        "qjrNqdHxnZt0sX2Ka5ONoL155SPXYOqCS4JOGRdebR1ntH2/y7URvacJir/LL+jn4TNHR7i5"
        "/dEIXj94/Pxm9sx1aV0V0vEU8YFwxjof549/DOO7dsWkdwN96SLycaxQ1ryFosjGP2/1ZSqn"
        "nvnMWUxn1Cagxz4n4d5Et/VAw4G2vS7nITxSSPB16gT8nNJcgV62zdjpYr4l6OCoLh9lKb4k"
        "YiYs8ZN96iTMCPh91EzyX3Kz6XKS4ZhdPQI6oaxJqg7GwR87m3YsV00yhK+HZ653OGz5T9MB"
        "bbo8VMeDY2dZQvRwT2pzriqtA4ouvxSu1LGe6/0GYwh8fvyYl/2Op9fNW1dLPXNw+eTzdZdz"
        "MkG0zKkNgUA/MQk2dW1ykOcIgkQTZFW4C5Mc5LuDpfbFlh9SLUj5GCC5ksiG6Dr4tMd6HxvW"
        "+qVhybocn9TavhdqP03XwxU/YzRZ3UB+gOcEteK2dIBfWZATHoAcFugIPhvYsBIcogFBPwoc"
        "olzHMpoWq0cLq2NYIMPJlz/SudgE7BFtcbbr8vRLeXXbWgWNP5pOLPMIcgbfC4pytOryP4Fq"
        "E3VtDg9J+/7M987cyYZsD/wHg11p5XnZ4Uf5VsAhLnJG5gVkesbufMa+19PmR9eo2scup1UT"
        "Hg7fBPy6tRRvMwiSwFcuwYnrr8BuzVVda7tIMV9+a+OVVjGfQ1g4x3aJyhB83gdFYVs7jhwI"
        "TfL13rhVWRtTdvRd9hV2dFmMqRqwfX3UOJWDERFDEodlpNJQVroOzeqr7QBkBTDrw28S8sDN"
        "eED7VjDBUbv/zo7Bcu9drd7DuNefZ3cdiRRVhm8N0NEdGk0e6v33Wch1fZCuEaeziA8i8Fn3"
        "2j/9iPR+eizTCS7Y5R38sZV5ZkvwyRbWmUX7yJOxHazu5SKO0vsC/OWwPIFLFkydAOI34uB+"
        "6YKsrUy2KbjAi+s8Vzly3pdhiNU2c/cLy76cl8eprg89v4O/MZM4LNNsCg6wjVbw4xhmxWfu"
        "wr3CPbbEPe7AvXlfKCfGiROrjUxh3dNJZu+X7ysVZsSLxV2RBHzHL3lIPx5vJA5sgGsyolvT"
        "/tabPmaM0cQcf8vzDn9RJsM4YXV84/smKexbmduRvNlReZR7XduBCjsvoS0TvlcFPHf6CmSM"
        "lMs5LtMBUYs53mZc13Zga/SNl8LDCz7GC+ES13LUTHFkMp6pzXkBSg68k/fLWYlaJTaKlrcq"
        "pIh+rhVaSAefVXDvnc/ryfBhTtb3PUkyJlXGgs1pB+scf/YWeZhdztfFPSfn0FsD3RxA7U+Z"
        "AX0yoE8G9MlYxG62ogec63qIuAZ61u3+ePFrv17Xb027mhZ5O6UQA0teMRW2tWeY6Noz2dWe"
        "6bqzYkXRyNuBnM/BByWoL+cexiEqR7qmmMIvQ8Vu7n4bpodRpuuJy2gim4uUp8rnffz53MtF"
        "pU6NrAyKpd6z6mw/SQUnOBoMJlfKpdZdAu3dZ83RO2kCVFD2ENxOsa4XiXKBuU3fOUnf4V7X"
        "lNCwmbr5G+NJkqYftlvIP+rJ9sSd+JWuz8Dq2O7nw/r9kEDbOj7rMXUdMzp8Peuvn74KxJOU"
        "/aote9WML3MF951P5oDs/BFvogSeqfJVj4/yqmrztKXeh8H6DAbE1NrPftXLVHpsrnOg4FGd"
        "7G1myL/Vr0aXv8HXe8W3AqW/6/Vcnd31wq9f+ZRdHnxK5omdSRrpZ4Xb0zqn0jXqv+YKkzeb"
        "8umfsM0knzT4sWvrSZFbdfu+W9N4j4WGq60p3bdnol718u16T7/OZ+VVoPdwnnCKw7fRrVko"
        "7i2Wt0f/d33QL3iRJ5I8/Qhc+al8JFKmhM5eVbauo3zhSUGf5DfqikdXY//rXJB2HfT62/wO"
        "Rvq8j3yd95md8FDXPz6MgTiYpIPFX0cJJiwC+01QPg1pxKnpT6RJYnmAX/ysSaSKF3xES4jv"
        "n/vfvrTuVLo/Xb03ypRqzHHWwOpcFAAUogLvUZ/hqBFP5m5uWE9ePKiqnVuK3/X8OLs/1w9z"
        "il9nzn7jh/znflz//Md+9v/p5+Q/90/C/9w/K8eIoZs+n0dRBFbdHbX1YayrqXyeB+ACYvY/"
        "+AXCHKzkwQCfyG95EWPUIK1T2rNzOdOHij7H+Z/n/Z513drhBY6A76tXP9XnH3TusD3fc0GN"
        "+2n0GlPjWu87/pE3fPIKbs8TIs0fCKO6sdrzeEddb1a25/OmYNdrijxX1JdgZGhfewFXqzcN"
        "+unoYX3dURrAFXwT1JvKUTA6WIKd9uDQuqbRgL2D9T7XqpDTya/5Op8C8pFq+Xidy9FnGF/n"
        "SMihHv4p+7jUp+4Yh/VCZAX8rXS70G19yCDWSSVHLwWrQtcjTbNf9WIfer7/X3tMrq/6M10f"
        "X2/cZx04G3B5rgw53+HEdPYB02dVXudB+nzVvLFZH39NRdo/WHVpjJQo2VO/o7RnWCPaa97Q"
        "vsvtcXjXTkubYk9yxdQwo9LHLP3w9bcW7nffCVqW5ONkyANHSmSEFDjNtD/KcogHrjaYSwh/"
        "VLJdhBNCwHfQ5bdGXTxCGOO9HYO6vnVr7Qvg1TUaXW/RxXVj4SSJavdXsT4DMtZFCClLy0MH"
        "Q93p9fShYVcu7+ihMHWnCNZWCoieQOjBxXSfsbYz0DUfaA+8K13cPnObGUq6+cwtNSrVbryg"
        "PinlR8bxw3+e80kutASBQQRiGUICnkvkWGVRhntQov98ttIe34BfSwp0UjNpj9CHSVf6LFZZ"
        "ZboW/O1faqjb93W9MSodisUArUBmbdOZy3iE1blCh+9nHSzEhQHq5mn1MTa/6es8Xqd/n7XR"
        "EMu/zpIdsqF68SlR+v1oXMJ84beun3t+L9va5vCExZnZ4ZK9zke9roJC3Bg6rB8lOT7I6k5t"
        "XbftP+2v/4LvTkWW/nEmJrp29hDVe/dSHs4VObhrc29SfcqI1qWXqj4wd+M+yknZq5Gwp1ei"
        "mMS+zJNZkZioqimlhcBfuh5tsgZfY7ySG0+uTwHatyU84OQ4cbT7/jFFAzFEunT9klvgk3xM"
        "Xd7fH/HbBGgTtfnlf7d+9LH7BZ/X35nU0PAVcXvgXFwZ6B197sEH/8boPRTEz7d9AxEfHUcM"
        "W09cDZ9na6Qso/oyBlKxG6rK66mRTFxRTAms492czqU30OvYynotpXtu6eRBXH7v6fzPnSzW"
        "xptyjx39ju35lP7uGHwKt38DnpFan0/J7anvhb2chAx0lbIjPAeri+oyXDeRrefkV9A7/0Ov"
        "6ri//V6wEjX63ImFyuXsxD0R47M+CzbRtTXTajVVMlF6Tx49zwr87bwOlRp/tMv3jzAZg+HM"
        "gV+b/znfWM/X8etO499u52/5o2jpofn/XJU6v/E6Z2zz13ka0PNV+NovUBBBlYQrce0Z05JX"
        "lJRqzMDHsoAVwLdlBH4vu490zWMrgyICuAUTCuI9/Nnpx9e1PTsCsfUf56NL+yi9rMDWHa9B"
        "d4DYS3C78sVlkbiIRXaipk00QXgNuuScCnuFEoCJfKzP+P6+xq2vp2uldK6QoACzMiDak4Po"
        "Uwmktz9AR4J32cajU9BqbqB1kKOo0196/P2yjFWElg5vY3qtUxchmQT2KZM5T6QC9dEkzpJM"
        "C/aRvL/L1rdMRrJkABeXGQdrM0WSkSBcgkVKyzIQECek5dOfAX+LTwj48SHXmTbHWyByX6SD"
        "VY+iBcSweBN/wBj4vuDORiZpjJzertalJqf9JWOKCW+JF6XbfJxukR1+jB2I+Wpboe/1F16Y"
        "3uaE+X5p6bPJJ4aZw1R040RB1AZj4TyN0Ph9udn1vCXK7meYF+KLpYMh1l6epxlWRIxSfM5d"
        "vkT4x+XuXqpTjKJTIp33BcAAEpnHWo9/TGT88tME2XDqonLxkGe5CfFqdrz04/LH1qcWE5cE"
        "mnaxmyjuLKWCNd2cA0qHsTifY7W+oAxCljUWMQj8dQ2x72fGr/39eXe+J2ur381Xd7zf0tey"
        "IP6m+mzu018otYXXB61b/0i1vsXTV2/hw0XsIZtTiJcpeFMLUHU9iJkXEDNTxO7nxI5UonR8"
        "NEO70i4X+gQ4MBkhVydotnP6OgdMwHSUwK3YA/GYpYLlcwbz6Pm03SHS9dguTz/n7kCuTbKV"
        "0xHmpm2iHHRkzFGigg/iFuKQ/v6bCQjpPwCh/6rDH38Aov1rD8OP//v/AMyVVR0="
    ),
    "esp8266": (
        "eNp9e22Tqrqz73fZbz1V4Kgjnqr7Ik9AkCgBUfHNLUUNyDg46ohw63732wFnrbX32f87VVMS"
        "Ap2k0w+/7jT/56/d7fa/b3lz+Ou/x2/vb9Z/dTfu2+v9r//um+PB+3AwejP/66/99r7967//"
        "QvrPkfL+HHDuDMdXSjfeBeOBuzPj1f26cpx6sXg+8RIpNT7dQ08E1jw/9e9bcXtz/ZvwivNk"
        "EZnDzXCovpQbTCePCCmgyjRpXKURbwdhkoUcEZR6WJU2qaRAlUmoYgHiyKWYrbAs5jaSPsOp"
        "Q5S11G8dpuFXv78dPHunXUpQMb69T6qtFRyD+OtZ7l1mJtUXcpbhY5CcOb5cjT3Lx/bOMHq9"
        "fr/2eObI7Wj2PAdvczk4n7nMzWjFP9zHBt1MiuLl5eB9Xd3798eeEWMVP0OGSvdc7k+8Nwk+"
        "R7dBxveJO7PmLt2vzXEYbkO5vgzfP4dlz7DepPfYDC9iWvbJ/Hg11HHzzGov+1yZYj5fT8L5"
        "V+8y/QwGxV1F48db6tfG47bpnevTu/fufmUL+uijeJ8jOTJni81o87kbPTKrzCYfy6+GhYRf"
        "Jt7RmBbzTz6KrvMtWRhitlm9raIG1cHxuHgYE3uf8WVw/Moew3lyM7KQou08YzKbq8/RYtKs"
        "6/n1bWze069iP3fezQmXcfG//uqk4E/pGPfHb0MQmsPn/Vq3t4bjiTnsv/3XX/fD864FhtNe"
        "MI52RjPh3hMjdnMrfmwMAf9kwQTmCUYCBIAVJKr5QDxi3AuMVswMw0IRuUmJfTxkJiZrho1j"
        "28fT0MccDar/2B8pzG5M0aOWpUgZTS9WwRDGHRsUySFqDrWdo7ok7tioUVPqORBOmaoWnGCT"
        "szn1pZxZmppHkHGaoDKwjA+9HmsgGvG8IdyuR04ly3pHY5QeFSE71yv35/A9YatrtSvdWj28"
        "0cjjx4URKyuMEM9LaU8HXyhn+7SOarcynvclFwbiB8OoBM+4qMkqtLcNMQU6DIwKprDCzq04"
        "uaVhUVFS+EdPUhFYaFFFcWGFb5FV+vWhR2sVzBHbLYri+J7zWirkIIkEy72AofxZT92kOOS4"
        "57KoWqBufSiC9Vlc8+dAVMtPa1aE5vFh1BEb0kOBycLFvYdxR+fdidQwr+OpnRdF/EIjNZve"
        "mnwB0xHhra6JW6JFMXvDMEYIY/A3oN8Tmn44pUZgEtgPy5DwfsvPnh6/J3V/rttvFWIMt/z9"
        "QqjbX+o2RvXxrFfuJj58YOvMaKUE0nslvyha5hUPn5xR5DsBatdLEXG/jJ57NSzYQOJeDEOR"
        "gbTAWCDkywqPW1khaXk/HNGNppyouTgsDG8sSJYPkVNXeGToZ/DKUuWuEYdjH1Wk/7QuYj8w"
        "TPKmBJkqsf80IiSeb4Yh+9zz+Om6p0iM2MmLCKoW5pkjvVei4JHYr42pDJyBMXGL0xKbD6vE"
        "OMnxh4o+g1jgJczbdgOjUbbzJkZCVaefdzWvsVPYFHOHKRyhDK0+jqEzOVrPx2MSwSC3mazs"
        "uBBIfNF0NuLMlwsHJLsuZ+aAKc+pj1Zezm740a3LeT4mpJzd3eLx4pnYEWNiCnxfG8R1ebLP"
        "wnfmDsVL39r9G+n9MpTfyX8FskESyTOwb8+eMSmRqkgjvQkykykimJQuZq1+Mc5YgdHeSQpW"
        "NumKPrnoY1a5TZ/ZMQ7HMW6k2PGTT23nEJllfaPUB3uP8gX2nNZNHK6t3PW//HdC2Z0KlYGe"
        "S3okrX43aSMax+0ZDfy/YVIxTPgCM/XJCZPVkqKTgyo8nS1A552X3nOPsuy+XI6PN2BALTNX"
        "jwm//KUfWl4n1mQFNGv0IdiFPpVCMcif0wjlLZBaMqY4DRX/QiXK8VLYqJBLLGcOXpa2smPC"
        "q3AUJMdAKN50eqfnG4Gja/WNuBOjKp5ablA+VRUCu9QOrp7d+rrn+dEwpoj/ev+MhJQgDKAv"
        "HIUY/dAbzj/w8PhptPqSmiD3sxlqTDJF45GQH090XLd8nMrxdhDAePOpehsmPthAgYJDxA7o"
        "G/zso50DyPiAJa2DRvNDRHpt3/VXnwQ909f4IfqjZvZvcqOtsJ4v0fpttvMdTkF+RuDZu/Xr"
        "NRdPsDfazmjLgieGlcH/kCJ32PGiIlPQ28mjs/Ei/dn7DjH8oj9QJWO0+JHPOtK2y9LyCbS8"
        "DFXu+5/0Xv7mH/RoisBfgfGU0qsYYyiqDgjkPM0TiepE/swTDcG94B97+PNLtH2NXvbVJ1uj"
        "MX7T0/tju5a2Z6mKYaWJwGu8Kkxs34iHUewzdEKljOH65GEMeysj+AU5myzQcL+C+wz+a7in"
        "+6uffTIx5eJl1377SMRqkF/j9gc/NiwFNAM2dCA57rW2AD17xwlH5qFGMQAt5K9BYGQIpsRO"
        "DybIdMSJaRPqcr5X4Q+frvxqBM/qAvwuNX2flLA+9NXya083haxm9da9qOPHk+zYBfxCKIIn"
        "6PngTpcKS2KG8gthcfQNyWS4yjm2Orsshgo4iPtaxjI+HyrHqh0whRcu3Vu3Xp6hwv00+lNl"
        "1KUpQB+Xo2BFMdiQAjVscYhGz8e+P+o97kWVrrBtWQr8bnS1B6gqkXSPLZ35U69X09Z/gorj"
        "gYAsP0fGIHtcDWTreVbt3Podr1bJY5iXQvJbmmdvnluqY6b1tGplh+RTwBu3/GEZy5Y/um0J"
        "3XZJAfypPn74pUCiWvkXRVaBToIt3TDwt1xVdPngfMorxXG4SpXKKa6F+M7SZ4bQO64dWmkt"
        "EWpwAwj1dNe3yt2jBvycac7QoWnl8MR5frUk+Gbh2OBw+WFtiENgLKT58m2ovM7KfLoFX3d8"
        "tedp/aDqNg5ETXFzK5tcRN5zKppDxE/uxqjdxICxuj1w1wb0z0M+/KQFzFFozFFe8S3n52r6"
        "Iy/v6IUF9AhudW3l44gUf0eekGD7/mHrgHCMO7wo3zZuxFQnQ2PJvVt6zuaSCesBNmN2qGep"
        "+ga7eQc78dbSmfkzixz2vDHF9Pwk5dwAtcM1eqKdGGAmnMNiQvkca7u3OMR4oTBF1gVV+dOX"
        "Bi/3efjO3aHWH6H1p9vP6jWf1p4YgeWJfREmYLXWEjCd2Fr2HWzn4rD3qQl+Nwb71dqx1DrB"
        "/WHV+HLuYEnFNVY38M+eJHPtMcByQf9pquoYnYpKPQE/JQzGZjD2VMuPoQlRC4N9v2j5mcrL"
        "L/06nHFv7d4xu0RkZ+sxAX+axACMQVsrCigpCFGDXTFsMpaCnnEaaJszuFccPTM2oeCUVyHD"
        "49aegclYqnB5BdmjiynPC3NKw7W4pQJ9TDPkgK6ZSaR3CFCCWYk1eo6HoM9DgZpLIJVEm1G4"
        "cZrALQwfcAqg+zJxETPBNAPGJQME2PYCurdt98pW4RaxFWv1KYI50+kgBR8/H6NlMR43DvCm"
        "SF4x4W8aKDVa+bbPfi98LAxb+ePsuzHqnDuWYf2bXpZa/6Tm51ACEMGhcbS0DHoi4rbrNubq"
        "5GusDLbDo3aN1B7fmnvh14C78jCsnoCzyqV8MgRYvrXx9CXTWP34BzVnLJfgH7RTFkGspm4M"
        "1xzuCSHrLkbp5OIP+9z6h15FYH9vqPhlDwALAZ4COVtwivAO4LU7etn5X/i71a+XrGiiNw/W"
        "914DPSvB+EUvqChjpKX/+eN/tJ+h8B+BzyDCS6U7eOkzMJET5D0jDrICWANb3Xx//z7+9vt7"
        "HfAXoxjot/yoSPZLX2YYVay1bUu65D/rQBXEWOKHHxMa6XXtfq/rDz8Dd5CmByE47BnWWMaG"
        "+BH08OW7/6YvFtzEsd5v2rUhJEAFhfWnyAX8Kl3gR2tfPlAK/r1t37R+Jdp/BaoA+8xc4N8D"
        "lS2/TFpgkXEMtmiPPiHE0XFeq3uA+57ofFNxDVjSCSog+K3u1mFneCOxoAzsknphJf7MtSwt"
        "KuwwiMlQbc7R4djFUSSYoVy3X7gsZEK0/UHbnmP3rnE1LyxEavHsH63PW5XAmJ4zBbseyEqP"
        "s2vHEeDPcOB4mjMQm+j3AzkVEmzMM0kARVeRpsNTwIcb43LqnR9zwF3mC8/wyHUMq3hAzIGm"
        "yP1qiBegdVNLwkPuDOV2McmqwKrXlQ19VOitBnrpUXDlZ+iy7hXHOrbu9M2kQxvFxyAVDnBW"
        "E08Lvnaa2Z2Af1g2QWPnCYL4NZ0jR5iN8zRq+DenMEfnB/NRrkyEdi+58N3/YJ8nppbvDEH8"
        "6kqv00fqJSlgvclHOJBi6AfFk6zdiwQvWdHiZkjPIRX4hBMCU+oJl/EAkfImC55MceUPwls+"
        "DauzrJId2Dza2qBXPG4//N4zU2D7e2IRceHam9pwm/lwbspPb1i6zJwH0nr5VLwSSpbu/KJj"
        "8nyHXDVIyc2NVAp+C9pL2K9qt3FgDvTykagERcUzD7Hagc/dv4N/Bl+K56QSKD8sSAPjkXSB"
        "pRt3PMqeteMm8SHDPfoLd7b2bo0AXxOIW55gU2yTBjLkXBVPDv5n1khX+6ne8e869OJngY6W"
        "0dqTRscmeo8BDB4bo/t9tL+tbrb2a8J1fuSqnwe9Qq/xO33LwX7jlt5Cx4/vNdA3DI1fjGoC"
        "dr2Nr5h+n/7CSxNrCnSOOr/jKW2/LK3/Kx3vYOnD/qbkRz/tSvytHcg96G+Ks1e70+9SxxtI"
        "+8+Z/Pqb/mN01fZRt8G2SulX05/x2v6pjifIcPo3erTS+O0P+/GbXoBu0D/0f8Z79U9/6Lnq"
        "7+N34/2en9DjaRvwP+1Tj2j7rfE2Sr3whR9tZGs8qeW/i1d+z+eq7fEf/b/fp0OIHJBLoJ9D"
        "JPCi174/R2C/wQVkrzaYAfCXSs8/IuX/pO9ovN/hk3/lh/17/9rn2/X+jP+Dh1Gi339H/DWf"
        "Lv56b/2h9ic4QT/y0NKjlm63/q2Nz/4c7x/8oOgXf9/b+U8z5qGwmnmZ3KsInW1anW0yPNvI"
        "OjODn9nbpARzcirQEERXqCFa3sQsVkOwRUNiqSGGiD7kdqyiehTFK1Yni48oWVxrmSJ87PQp"
        "TxYsA5BT88WZIEVJozLS7GVewqqThQ/Pz5C4zCK+uKwEKC0fBZaZbwNKeTYrOWVBUwI+01Yv"
        "XD8m6Yo82fQ0rFF1epOq3pZffIroYfv2vOU6TslGwcKpPbf45s4XqPPtntbPG9hde8ONegoz"
        "PxxXt927Udsh6DOdS95iRPM2sN7yEcznC+YFWLDDgTh69AhfFBdMzTnEC3cgtGrtDbNto8+z"
        "+Umx2ZNvAMtOfbB1cec/cr5IcBx0+aVCauhGgbbIgsBSPAjXN3WJyvmIgL8UyNolOo6b3Tlh"
        "vNrjMyM8Zw2/+UPvGVP8MQS/0dTeyCLPDLBC48nNJ1xfADCUltoUIFYfFpp8WPNNDtd5gTYn"
        "i4S5ibLPmHgfcO8yRPgzRZuLRfDVBITpD4RS51M1dSpFnFuFxC0/AELcFTBWpMfKHhJl54KA"
        "nQzb9i2FsfnVJfzzs+JOpCjQqACzovOjAh+MiGPr0IZ2/RSxvJwhuJ4CfcdZVRAjzEpo+86s"
        "cgciAzmY8bb/rdLPCrj2nBjBv352jtr2h+6bs/Z6CnQXCvAw7GXFEu0bF9OcYdrFy853YOUt"
        "T58YA4ID78S8Dg9o3IxNvUf4lc905w3gt+EQReo2G3MCMo9A7fMm07mMbh8XaOa4Opdq+njV"
        "0gM/cPtNz8U6dzBu6a3np4iHOzw0RnsUmzNxGyZ+m6tp+88sM5+D4zCXFS/R/lDjaPqokwQj"
        "ok5XW8eoCvpmDq6wZUKcSSN3ZeRXMUdVZj6Gbe7v5PLMDIb11UohxhR41NJGDviZcwiyPFEs"
        "qx+gH4qkVQMc6CcUM5WDyMA9J431vQ/w4wuPgBCoGm0mRgOYqNyMtVNvc386V4rAttcI948t"
        "fY3TBNoHPe33l2d//1QMng2JVNRJAws3LQ9QXn66iGcMN917P7/OLrB0PhZtrvHgFad6LR9n"
        "JqG0bbttm5rgkjl+du89L8ZYJDonC/ucQZxIMcQRFfXYpDgBHRGXm40xcY5GDms48RnCyamN"
        "aamJeyAX3y0dCsGQwhDXIoEXt6JRd+37n43Ip7g/o9SfO8ipu/lUZI4HEOcX+znEWMJCIz9N"
        "WtgDYyvhSpHeNhR4leXH0TlbYLBrwJ9RzSIyTUP6w9dnjrYdv8wvyrHSiVukeStQBX0bo+3L"
        "lPjNc5DbpExqo8tpAE+cTTsnO9k3eJfXtQcxv7Nq74G9gOtle82SL6OqhcZRJTqRBvajOHYy"
        "OQ7Gjge8R2Rjo2Ir0cKcaZk8Bd3+dL94T0FeA8nvtAJ5TJqPeIbMxuvLJbPBbp3uNElSva4K"
        "JftfcUritmsAvTGdxoT52kY3t9vE0LSQ3ekK8bLZwp8hC904st+7OYO9i+B+nTBb2z5kD7q1"
        "6vvUEDY1WEBrofuoCdjbb8eSORucHHnHyK7a5/HjO5r0wX9k66CEOUGkhR+7HsI1ocj8tGXZ"
        "8vWmdrWhOvnS69908iWDLbqg52O/OQ+uvgQH2+oTFcmJPY1ChfLc7o+wCaaqxgCb6zq7lTq/"
        "YhtuXfOZKU2Y4IkOwC6xX/SXL/l//QpWo4kCO6/n4JUxCYsEB7LlWdCuYw560O65PWvbIO/D"
        "2Zw20hdBhCbF8LmAfmGVO2HkwI/42OuCzV23B1/eE9BpiOJF2/blcAK0aMf/6ekd2aSjuyMG"
        "xEAV2fZRkdy7+LPCQacne4ivFro9f+lzspATiMlmaPHZ0rXvnGs+zdp+OqEH2B+e+Dqe0rFR"
        "I8efN+XOwFC9GbEptL0VnYytShU/rQfoG4QoHLF7Z0dfeY772BI3O9G0py/dHwYm8B3ifvC9"
        "nL1Tk8lQAvThX2iBok63RM5Mk5gKRZ0sunCnWirsdvOfUIgns2yIwfawTHV8denUORnDcyZj"
        "pz2A08+lWjZZp1vBz16w+Jf8LmGdCzcwltfgGHjaxr0HBDWM0Aej0D/HTWVDzHZMLfQBvxq/"
        "EPhN00afZSCCl9wG+Zk1HzwNJvuGb1KaAh4ZqvjM3tMzGyFJ2zXEObRzNmpcDnIzVW+3zbeh"
        "ML4ezQmOOEMM6EXYVgMA4pFPGMHsBmO9KbcPwQZqx45ARo7BpJUN4Cs6+u11CNgg/iKV8xF/"
        "zWKwqxCDbq5+Fd+HEubRX36aLsVLtAzZszz2Zzgy53p+EKO37y9v3NZ7NDoO9J6C3pXP86N9"
        "DqNDN4bQ9E/ijgDkt/MBnZ4/0h7Vugz2x2uqGVaa8fpcaq3AXLkP5Ku1wOvbU1VhisP8Yep9"
        "fJ/p+E7TAGiMOlvKONCHfd5y5cquD/ZF/855t086FmdcLcdD8rz7xr+tt/E0L8GnI9du3wX+"
        "3XBFNZaojMGPz5uF1/YcEfSLquV55YnVYtL5IJTtHmZ9RfqsyycjinIGssWpCL2xAF8jntuj"
        "Ce5G0YWMfdGgmsMY+kS1HY8nYAuIsJMtGA3n0e0b+LDllmTIuXfPVBGMywKdW51Rhx61zHrO"
        "oXrZ3223J2BrQU50e922wX8q8N2K+5FIQJ9xJ/hdfqQCX6lp421uKOfQ8a9ajqU/bSr8wRYw"
        "h2NdY9VmZCrAqqgfumA/q71FGiRnJqwvwQOZ6DkEWjYSLbsbd/Iju4mWXccH2J8ajT5DI6ja"
        "w9rNeHfR+vbiZ+RdY/L8Xk/Elz6FqhRKuvlrf/Lyf/Q1v9Og9ScO/uETAl84a3XW7nX7p30J"
        "7L2yrR+Zmy3YwYjATteHpt0bGBOtO56F57jlCeBsE+ww3gftnq/QY9hiS1PZ3T7p8yRU4bTt"
        "B3snkmtL+0jv1fzQRx/0g+s2BZwZm/NeHuNtpxurWyafGHQIbBAE7btubdKdBHKINx29L2Ny"
        "MIiVHitNw0KPyk7re2V3e0RozoMq13aREabQsmlp/Pz+zH31aOeeolrLs510PHI/9EEg8pvo"
        "qW76+DaaFBzs8RDHrXxTZ/zQuEDN0dL9kZs7VXanS+JgoNQM+k1tA4gyUPwaO3787feZw8Nk"
        "a2OQm0ps54bs/EnYzUmwiUnadrfeO8oB01KQCF7TOeaDTylLnqcHXLX7kz1LfyJT3wKe56Dw"
        "2u8KNcGMxT6Es6awIPJEi24PAwlSGyE8a/mNsuejSlHFmm7+yIIoQdv0Z6dLmwZkD3xR+yz2"
        "Wx4QZ2eYdRlYgE/NJ4Aogdrz/80DdCqTI4iRBfze4R/8nAx4FozKsM33zNDr/IZ6XOoz68Zl"
        "1UQnXRd6mDKmQrAsl6KSv/PUf57Vt/lcnrfnU6CfgQuvEpa39SAaJBAIGkmi2wtd/8F0Pcjr"
        "vGOvz4LPGdl150GAEbamSqoOo44rMZdynLkVv6FqfKPaH9/BJxVgZ5cFvSzF4WqcZPzuM0X4"
        "ATyhO1TT/JlzjUGXDySe7I4HhwZFJuXuEfisvqZc599vTV6E083pEFmNezSGem/DDV8XYb5o"
        "zzNUG2s5Cut6kAXIEy50sUOXLzxgW5+rZDm1YT47t5eD/e5dDRjbA7kIjMaNjLq8bYH3zcMC"
        "/1reevr6OClhZrcp8mb0A/VhXx3EGyLSqzE/VRc0aKJQxV38ETrwBvvyAzWbIv7pQmxZG5ZA"
        "6t/qfjp+GxVMmqodYxAaHq1a0wAevIviQiJdJ9XmDd2RYaKmas/OKzYbx+5Pnh7WyUVksp99"
        "fdfn+QxkZ6Pl9kK2SOozlt1SFc/EocVKhl+8gP2oUVHoeAFwwUY87Z96hF9nKq/56Y0BfdHy"
        "IH/Lh84nQjhz9iLkeISdPeI6MKas7MJJwtXS2yTnS76Sm8yC9dtvr+vH5Cv5hCeOrrE9ext8"
        "disD+uYyeY4NC9ZcUFB9Y557G6S68wzSFp0oUNpTe+AU6/zlsJ1PK7+fOh81l1tdb+BkuJNX"
        "T59vdu0RLqVs9YVWOp9ptfnMf/S37+OhPm+QuPoP/STV77ftoM1Xtu1C87ujL//e343Xzs9r"
        "85Ft/0HTZyj9aZu/5v9Pel379/r+mN8f/e14rfygodOejzpVdWbR8MwkOrOFtlJJ6I4sCbHl"
        "Gnzlgs8RKbIosT2WmjbgyXNZ+c4VuRFV+LyTU+ch6dsxmp0D8PcZXC/k6OzC/anEZx/ifIhI"
        "HVrh80L6jpI0vAc95wtiy0/jABg+6aF9athkM4HrO9pPs/X9eniLXbB1E2esd9XZ7lG5OSMJ"
        "UeXIJGHJcJYLzChrMSnadjaLq2FKA/EpYH6qYkLp85htd/ancUfX9tv2QPoVp/Ks1NSxpVt5"
        "zHlTynNY5SD/yVILIgkOA3dnbBUVbewEOK3oU4qn8Fzrb+d6Dmiz+DX+5MRJeK66eEk5snvf"
        "myNZnbQ/O3U5N8VdmS8UoIdsdAYE5HgVuMOTVdMMcM8JVR5y3Nd5Ss6LIcquV8O6DfeAV+/z"
        "0/BOJ+BOv8BFFzDLmg+KR5qXU/APofnln8oe9Hmvvs/CgL4Q+hZx20ddnQtBOw62cWLaZ6P2"
        "D8BbKgrelx/vO7laGPI8mkPb4l/2IZATUkboy1f2q47Dn8+r50IUli767MYeD9MRxJPTHPBC"
        "Vw/knEEVAWo4+pA/kEz76/xVBzJ3cdN4jSD4JLGrcyzKPnS1ACZ5tdO2Te2p0aCJoGmEyp2N"
        "Zt4B8F4d3h6G5ve95JLy9vnubEXjN5bo1F7JFzmeNbAfgJMjl+1EXhbzCKJbhfTz4jUXoHfL"
        "+cfQ0fsTvc5/0iLOXbVZ8cfDySv0M3/2a/6oWbTzzxCmdjs+avuCaYaO19oKqEntoF4rjVOY"
        "1dVbwTgADOTHkLbyUZwztOhkN6p5vlYS9mnEy+MBrO12o3G+W8C12q41z92FPxc6nmJgh4GW"
        "NwoG+nxyrWIRq21i1C95jD7/Lo8Phtq8lWIfr3kYPYgH4L2aVug9ABzhHoEPEfyT1Kij6dnN"
        "KlOAvOn9dLvc8EplVjtWctvqnBLwh9euEhe5uBD+lRzg2VEcf2TTDVh3hSbgk+co7PRt6rm+"
        "XOg2femfd0agb31EV1xRZwf+wTqpZ7/my1anZbcGp9Zjrt/Xd892k2QL+vDpXU2P3wYPSlNx"
        "IHhYDGE/aPnpjRXBtxj5cjQqpdtr42E3z3R+AVeu1bad7QQ3t3qALGcJA7hYjYWq3Oxpet8N"
        "dyCuffc/OXFZls0/Jus7enMW8JxjegTW/uV/gu+St4ZnQ3ujgrsFv2ANPh8Vd8yHlQ8UuMHM"
        "XKWZHTVZn8sI7NnJtDl5RxB/TNGhy3mspvaqUlYp4yycnmKtP6BfgFPavNKWUPWsswJ8Vyt3"
        "btrF9hmuTTaB9vYnH7kBVxdeUvSRc+HV1mlO2+e7XBvRZ5omNrv8gr4fvXJ0hJu7b83gzYMn"
        "r3fmr1yXtlURnc4QHwlnqvNxwfTbMK61K/zBDeyli8jb6YnypheJMp9+9+rLTM4885WzmM2p"
        "TcCOvfvRwUS3zUjPA+0GXc5DeKSUgHXqFHBOZa7BLttm4nQx3wpscFxXj6oSnxIxE5b4zt51"
        "EmYC8j5p/OKX3my7nGQ0ZV8eAZtQ1SRTR+MYTJ1tS8tVfo7w1/GV6x2PW/nT+4C2XR6qk8Gp"
        "s6ogerintblQT20Dyi6/FK3VqV7o8wZjDHJ+eltUw06mN02vq6WeO7h6yfmmyzmZoFrmzIZA"
        "YJiaBJu6NjksCgRBogm6KtylSY6y72CpsdjqTaolqR4jJNcS2RBdh+/2VJ9jw1o/9VzyLscn"
        "tbUfRBqn6Xq48nuK/PUN9AdkTlAraUsH+BcLC8JD0MMSnQCzgQ+rABCNCPpWAIgKHcvovVg/"
        "2rk6hgU6nH4GE52LTcEf0ZZn+y5Pv5JfbluroPlHM98yT6Bn8L6gqEDrLv8TqjZR1+bwkLTv"
        "r3zv3PW3ZHfk3xj8SqvPq44/KrBCDnGRMzEvoNNzdudzdt3Mmm9do2qfupxWTXg07gn479ZS"
        "9uYQJAFWrgDEDdfgtxaqrrVfpJivrtp5Zc+ELyAsXGC7QlUEmPdBUdTWjiMHQpNiczBuz7yN"
        "Kbv9XQ0VdnRZjKka8H1D1DhPByMixiSJqlhlkXzqOjRrqHYj0BXgbAD/fsRDN+chHVqhj+O2"
        "joadwtXB+7IGD+Nev5/dTSwy9DQCa4RO7thoikifv88jruuDdI04ncd8FANmPWh8+rbS5+mJ"
        "zHxcsksf8NjaPLMVYLKldWbxIfZkYofre7VM4uy+BLwcVR8AycKZE0L8Rhw8rFzQtbXJtiUX"
        "ePm1KFSBnP4qirDa5e5hadmX8+o00/Wh5z7gjbnEUZXlM7TiNlrDP8cwKj5zF64VHrAVHnAH"
        "rs37UjkJTp1EbWUG6575uX1Y9dcqyomXiLsiKWDHT3nM3h49koQ2zMuf0J1pX/Whj5lg5JvT"
        "qzzv8SdlMkpSVic3fmjS0r5VhR3Lmx1XJ3nQtR2otIsK2jLlB1XCfWeoQMdItVrgKhsRtVzg"
        "Xc51bQe2Jle8Eh5e8ileCpe4lqPmiiOT8Vxtz0swcoBO+pezErVKbRSvbs+IIvq+UWgpHXxW"
        "4X1wPm/88cP0N/cDSXMmVc7C7cce1jl9HyyLKL+cv5b3gpwjbwP75gBrv6sc9ieH/clhf3IW"
        "s5ut6BEXuh4ieae6vvbj53y+Pa/X9VuzrqZF3j4yiIElfzIVtbVnmOjaM9nVnum6s3JN0cTb"
        "g54vAIMSNJQLD+MIVRNdU0zhP0flfuFeDdPDKNf1xFXsy+Yi5ccz4EP8/jrLRZVOjawNiqU+"
        "s+p8P8kEJzgejfwvyqW2XQId3FfNUZ80ISopewhuZ1jXi8SFwNymfU6yPlzrmhIaNTO36DGe"
        "pln2Zrul/KOe7DB1jcCoPiH+iGl7ng/rnysC7Yq+6jF1HTM6fr7qr19YBeJJyn7Vlv3UjK8K"
        "BdcdJnNAd/6IN1EK9xT5ybY6xNT19K/vGxx9i1JecdV+G1CiHKn9Tx0bdfvwqxBRVH+Psvz2"
        "J7p2jtD22SEgm6euv2H6WwNakFe9utDjaUPboks+le33Ubod6EkTDjEO+kIWkix0oOO2QN18"
        "3kI3nOj607TI9HdFFFVPXZvHEfVo2o0hIMatWKW/R4DYusNM/DAGf6a/n0P6G4MM6WeJd9e4"
        "kKNXTfVPXb/rAiOrJex1m19NvhiY4zhETIaKCvxTp/bPOj1Bb+infvEtZDBHk8zvfnt+y1WF"
        "HKt61RvR9WfA2pr7X98JtWcYsH7qGn/ws78sfANox5pfhq7lo+DLGU3A5iB5bIwY/vU3MlGb"
        "a8AStq0KOddnN0zXCP7UF+r6ud/1hX/UI4vqG3X1yCSR4tc3ZL/qofxI11OmUdXVI9dbd1O0"
        "9ew6B6W/rQhm2G2cLOMoIZa05j4a3oeYuwYajSs8ltU4bNzG6F1YwqTchjY4aJCJLl8UHoD3"
        "qeq+r4gPjXE48fdZW/N5y0Uh0bQYfBbfty9jAqZINGiZNQA+6hbjHAP+7zXo4JjPD8tYsLLd"
        "D1Ocs/fEHaXy/HzbuBP0bdJGhnkpqa653VNxeEN709HZ6eAD5NmE8e2ylqCzOub7PPRndGHa"
        "vpzoXFf1k+tqZv7WmFy/TT2vsrF87ePAllrqP3xr9pqPRdBNyuKJjoP/uR9+6KGf+vAg/k/1"
        "4SySf+r/P+ngYYT+v/0sVP/aL1D2u57Wh8Bculm0ZeCbCpXPMS91v/W370h+z4v+yK/Om6Hi"
        "Kdv8PkL6LLUCzWs/vGLV+V/krf3ecUGSjj8d/de6dzr3NPTD9hhIShgF5LH9HvHuPYygar9P"
        "nAGuqSnyXFFfwomhY40l/FqDWTjMJg/r846yEH4Bm6HBTE7CydES7OMAgN41jQb8vaxetqmy"
        "T9LLS2zd8QYiL4kcyXFVLC/L1EUstlM1a2If4Q0o7DkT9hqlhCvytjnje3+DW97p2gAdGxMw"
        "o6wKCdKnMmA1BdLpPlETsAct/ppZuHZDlWp5os5w5fH+ZZWoGK0c3mLYzZetlhHxQ/sjlwVP"
        "peJp2KTOisxK9pb2+7Ldq3QiKwbz4jKHuAvNwG6SMFpBbJtVVSjAL2ZVJ1/af3KfgG2JuI4s"
        "HW+JyH2ZjdYQ/y7B1uNt8gY08H3Jna1MswQ5g32tj1Y/DpecKSa8FV5WbvP2cYvt6G0K9g3X"
        "tkLXzSdemt72A/PDytLf4n0wzBym4hsnClAK0MJFFqNpf7XdD7wVyu9nGBf86crBYCNX51kO"
        "XkhMMnwuXL5C+Nvl7kGqjwTFH6l0+kuYA2CyIgHeN2++TH7qPQXZcvA41fIhz3Ib4fX8dBkm"
        "1Td4FzD1Lgn13iVuqrizkgrWdHOOKBsn4nxO1OaCcnDRGyzADvGvDWC995x/DQ/n/fmebqxh"
        "N179kg8tJy0v23Z7n3Z+UedN//BzFG0dIjXasGtUTfXZKto/7WoZYWhjX/MLMCKFQKeBsBSn"
        "dqytNAQL6isr0jez+pFJpD9A1l8V//EBcvu1sWn+3/8HmeyROg=="
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
