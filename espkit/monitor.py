# GPLv2, see LICENSE.
"""The monitor: what the chip's firmware prints, live, with keys going to the
chip (the monitor command and write_flash/run --monitor).
"""
import os
import signal
import sys
import threading
import time

from esptool import (
    FatalError, arg_auto_int, leave_chip, open_serial_port, remove_quietly, set_port_baudrate,
)
from espkit.ports import list_serial_ports


MONITOR_BAUD = 115200                  # what ESP-IDF and most SDKs print at
MONITOR_READ_TIMEOUT = 0.05            # how often the reader looks at the stop flag
KEY_QUIT = 0x1D                        # Ctrl-]
KEY_MENU = 0x14                        # Ctrl-T, then one of MENU_KEYS
MENU_KEYS = {0x12: "reset", ord("r"): "reset", ord("R"): "reset",          # Ctrl-R
             0x08: "help", ord("h"): "help", ord("H"): "help", ord("?"): "help"}  # Ctrl-H
DECODE_LINE_LIMIT = 4096               # longer "lines" (binary noise) are not decoded
MONITOR_HELP = """\
--- esptool.py monitor keys:
---   Ctrl-]          quit
---   Ctrl-T Ctrl-R   reset the chip (it boots its firmware again)
---   Ctrl-T Ctrl-H   this list
---   Ctrl-T Ctrl-T   send Ctrl-T itself;  Ctrl-T Ctrl-]  send Ctrl-] itself
--- Everything else typed goes to the chip (Enter sends CR, Ctrl-C goes to it too)."""


class MonitorKeys:
    """What the user types, turned into actions. Pure (fed bytes, no I/O), like
    SlipDecoder: feed() returns [(action, data)] with action one of 'send'
    (data: bytes for the chip), 'quit', 'reset', 'help', 'unknown' (data: the key)."""

    def __init__(self):
        self._after_menu_key = False

    def feed(self, data):
        actions = []
        for byte in bytes(data):
            if self._after_menu_key:
                self._after_menu_key = False
                if byte in (KEY_MENU, KEY_QUIT):
                    self._send(actions, byte)
                else:
                    actions.append((MENU_KEYS.get(byte, "unknown"), bytes([byte])))
            elif byte == KEY_MENU:
                self._after_menu_key = True
            elif byte == KEY_QUIT:
                actions.append(("quit", b""))
            else:
                self._send(actions, byte)
        return actions

    @staticmethod
    def _send(actions, byte):
        if actions and actions[-1][0] == "send":
            actions[-1] = ("send", actions[-1][1] + bytes([byte]))
        else:
            actions.append(("send", bytes([byte])))


class LineStamper:
    """--timestamps: '[HH:MM:SS.mmm] ' (local time) before each line, stamped when
    its first byte arrives. Pure apart from `clock`, which returns seconds."""

    def __init__(self, clock=time.time):
        self.clock = clock
        self._at_line_start = True

    def feed(self, data):
        out = bytearray()
        for line in bytes(data).splitlines(keepends=True):
            if self._at_line_start:
                now = self.clock()
                out += ("[%s.%03d] " % (time.strftime("%H:%M:%S", time.localtime(now)),
                                        int(now * 1000) % 1000)).encode()
            out += line
            self._at_line_start = line.endswith(b"\n")
        return bytes(out)


class Console:
    """The user's side of the monitor: keys from a terminal (put in cbreak mode
    without echo, signals or CR translation while the monitor runs, restored
    after), or bytes from a pipe or file. POSIX and Windows differ only here."""

    def __init__(self, stream):
        self.stream = stream
        try:
            self.fd = stream.fileno()
        except (AttributeError, OSError, ValueError):
            self.fd = None                     # no stdin at all
        self.is_tty = self.fd is not None and os.isatty(self.fd)
        self._saved = None

    def __enter__(self):
        if self.is_tty and os.name == "posix":
            import termios
            self._saved = termios.tcgetattr(self.fd)
            mode = termios.tcgetattr(self.fd)
            mode[0] &= ~(termios.ICRNL | termios.IXON)                     # iflag
            mode[3] &= ~(termios.ICANON | termios.ECHO | termios.ISIG)     # lflag
            mode[6][termios.VMIN], mode[6][termios.VTIME] = 1, 0
            termios.tcsetattr(self.fd, termios.TCSANOW, mode)
        return self

    def __exit__(self, *exc):
        if self._saved is not None:
            import termios
            termios.tcsetattr(self.fd, termios.TCSAFLUSH, self._saved)
            self._saved = None

    def read(self, timeout):
        """Bytes typed or piped in; None if nothing came within `timeout`; b"" at EOF."""
        if self.fd is None:
            return b""
        if os.name == "nt":
            return self._read_windows(timeout)
        import select
        ready, _, _ = select.select([self.fd], [], [], timeout)
        return os.read(self.fd, 1024) if ready else None

    def _read_windows(self, timeout):
        if not self.is_tty:
            return os.read(self.fd, 1024)      # blocks; the reading thread is a daemon
        import msvcrt
        deadline = time.monotonic() + timeout
        while not msvcrt.kbhit():
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.01)
        return msvcrt.getwch().encode("utf-8")


def pulse_reset(port):
    """EN low for 0.1 s with GPIO0 high: the chip boots its firmware (docs/protocol.md §16)."""
    port.dtr = False
    port.rts = True
    time.sleep(0.1)
    port.rts = False


class Monitor:
    """Copies the chip's output to `out` (and a log) as it arrives, and what the
    user types to the chip, until quit, a stop signal, or the port fails.

    Two threads do the copying; the calling thread waits for the end, so a
    signal handler can end the monitor from any state.
    """

    def __init__(self, port, out, notes, log=None, timestamps=False, decoder=None):
        self.port = port
        self.out = out                  # binary stream: the chip's bytes
        self.notes = notes              # text stream: the monitor's own lines
        self.log = log
        self.stamper = LineStamper() if timestamps else None
        self.decoder = decoder          # a panic.PanicDecoder: crash addresses named
        self._line = bytearray()        # the chip's current line, for the decoder
        self.stop = threading.Event()
        self.failure = None

    def run(self, console, reset, greeting):
        """Watch until the end; `greeting` is noted once keys work (the terminal is set)."""
        self.port.timeout = MONITOR_READ_TIMEOUT
        threads = [threading.Thread(target=self._copy_output, name="monitor-output", daemon=True),
                   threading.Thread(target=self._copy_input, args=(console,),
                                    name="monitor-input", daemon=True)]
        previous = self._catch_stop_signals()   # before any output: a signal then ends us well
        try:
            with console:
                self.note(greeting)
                if reset:
                    self.reset_chip()
                for thread in threads:
                    thread.start()
                while not self.stop.wait(0.2):
                    if reader_gone(self.out):   # `monitor | head` while the chip is silent
                        silence_stdout()
                        self.stop.set()
                for thread in threads:
                    thread.join(timeout=1.0)    # a blocked Windows pipe read may stay behind
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        if self.failure is not None:
            raise FatalError("lost the serial connection: %s" % self.failure,
                             hint="was the board unplugged or the port taken by another program?")

    def note(self, text):
        self.notes.write(text + "\n")
        self.notes.flush()

    def reset_chip(self):
        self.note("--- resetting the chip")
        pulse_reset(self.port)

    def show(self, data):
        """The chip's bytes, shown as they come; with a decoder, each line that
        carries code addresses is followed by what they are."""
        if self.decoder is None:
            self._emit(data)
            return
        for piece in bytes(data).splitlines(keepends=True):
            self._emit(piece)
            if len(self._line) < DECODE_LINE_LIMIT:
                self._line += piece
            if piece.endswith(b"\n"):
                self._decode(self._line.decode("utf-8", "replace"))
                self._line = bytearray()

    def _decode(self, line):
        if self.decoder is None:
            return
        try:
            decoded = self.decoder.feed_line(line)
        except Exception as e:     # an ELF pyelftools cannot follow: stop decoding, keep watching
            self.decoder = None
            self.note("--- crash decoding stopped: %s" % (e,))
            return
        if decoded:
            self._emit("".join(text + "\n" for text in decoded).encode())

    def _emit(self, data):
        if self.stamper:
            data = self.stamper.feed(data)
        self.out.write(data)
        self.out.flush()
        if self.log:
            self.log.write(data)
            self.log.flush()

    def _copy_output(self):
        while not self.stop.is_set():
            try:
                data = self.port.read(max(1, self.port.in_waiting))
            except Exception as e:      # the port is gone; any pyserial or OS error says so
                self.failure = e
                break
            try:
                if data:
                    self.show(data)
            except BrokenPipeError:     # `esptool.py monitor | head`: the reader has enough
                silence_stdout()
                break
        self.stop.set()

    def _copy_input(self, console):
        keys = MonitorKeys()
        while not self.stop.is_set():
            data = console.read(0.1)
            if data is None:
                continue
            if not data:
                return                  # stdin ended: keep watching, nothing more to send
            for action, payload in (keys.feed(data) if console.is_tty else [("send", data)]):
                self._act(action, payload)

    def _act(self, action, payload):
        if action == "send":
            self.port.write(payload)
        elif action == "quit":
            self.stop.set()
        elif action == "reset":
            self.reset_chip()
        elif action == "help":
            self.note(MONITOR_HELP)
        else:
            self.note("--- Ctrl-T %r: no such key; Ctrl-T Ctrl-H lists them" % payload)

    def _catch_stop_signals(self):
        """SIGTERM, SIGHUP and SIGINT end the monitor normally; -> the handlers they replace."""
        previous = {}
        if threading.current_thread() is threading.main_thread():
            for name in ("SIGTERM", "SIGHUP", "SIGINT"):
                number = getattr(signal, name, None)
                if number is not None:
                    previous[number] = signal.signal(number, lambda *_: self.stop.set())
        return previous


def reader_gone(stream):
    """True when what `stream` writes into has no reader left: a pipe whose reader
    exited (poll reports an error on our end) or a terminal that hung up. Found
    without writing, so a silent chip does not keep the monitor running for no one."""
    import select
    try:
        poller = select.poll()
        poller.register(stream.fileno(), 0)     # errors and hang-ups are always reported
        return any(events & (select.POLLERR | select.POLLHUP)
                   for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return False                 # no fd (a test double, an IDE console) or no poll (Windows)


def silence_stdout():
    """After a broken pipe, send what is left (Python's final flush) nowhere."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def open_monitor_log(path):
    """--log FILE: written as the output arrives, so it holds what was seen even
    if the monitor is killed (a stream, unlike the tool's other output files)."""
    if path is None:
        return None
    try:
        return open(path, "wb")
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))


def watch(port, name, baud, log=None, timestamps=False, reset=True, decoder=None):
    """Run the monitor on an open port until the user or a signal ends it."""
    set_port_baudrate(port, baud)
    sys.stdout.flush()                 # what was printed comes before the chip's bytes
    out = getattr(sys.stdout, "buffer", None) or _TextOut(sys.stdout)
    console = Console(sys.stdin)
    how_to_quit = ("Ctrl-] quits, Ctrl-T Ctrl-H lists the keys" if console.is_tty
                   else "Ctrl-C or SIGTERM ends it")
    monitor = Monitor(port, out, sys.stderr, log, timestamps, decoder)
    monitor.run(console, reset, "--- esptool.py monitor on %s at %d baud; %s"
                % (name, baud, how_to_quit))


class _TextOut:
    """A binary face for a text-only stdout (an IDE console, a test double)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, data):
        self.stream.write(data.decode("utf-8", "replace"))

    def flush(self):
        self.stream.flush()


def monitor(args):
    """The monitor command: open the port (the first candidate without --port) and watch."""
    name = args.port or pick_monitor_port(args.port_filter)
    decoder = crash_decoder(args)
    log = open_monitor_log(args.log)
    try:
        port = open_serial_port(name, args.monitor_baud)
    except FatalError:
        if log:
            log.close()
            remove_quietly(args.log)      # nothing was watched: leave no empty log behind
        raise
    try:
        watch(port, name, args.monitor_baud, log, args.timestamps, reset=not args.no_reset,
              decoder=decoder)
    finally:
        port.close()
        if log:
            log.close()


def pick_monitor_port(filters):
    """The monitor cannot probe ports as the chip commands do: it takes the best candidate."""
    ports = list_serial_ports(filters)
    if len(ports) > 1:
        print("--- no --port given: watching %s, the first of %d candidates (%s)"
              % (ports[0], len(ports), ", ".join(ports[1:])), file=sys.stderr)
    return ports[0]


def leave_chip_and_watch(esp, args):
    """--after, then --monitor. Before a hard reset the port is already at the
    monitor's rate, so the chip's first words after the reset arrive readable."""
    watching = getattr(args, "monitor", False)
    decoder = crash_decoder(args, getattr(args, "addr_filename", None)) if watching else None
    if watching and args.after == "hard_reset":
        set_port_baudrate(esp.serial, args.monitor_baud)
    leave_chip(esp, args.after)
    if watching:
        watch(esp.serial, esp.serial.port, args.monitor_baud, reset=False, decoder=decoder)


def crash_decoder(args, flashed=None):
    """The panic decoder for --elf/--rom-elf, or for an ELF found next to a
    flashed file (`flashed`: write_flash's (address, filename, data) list); None
    without an ELF. Says on stderr which ELF it reads."""
    elf, rom_elf = getattr(args, "elf", None), getattr(args, "rom_elf", None)
    found_next_to = None
    if elf is None and flashed:
        elf, found_next_to = elf_next_to_flashed(flashed)
    if elf is None and rom_elf is None:
        return None
    from espkit import panic    # here: a write without an ELF needs none of it at start
    elves = []
    for path, what in ((elf, "the application"), (rom_elf, "the ROM")):
        if path is None:
            continue
        try:
            elves.append(panic.ElfAddresses(path))
        except ImportError:
            raise FatalError("decoding crash addresses needs pyelftools",
                             hint="pip install pyelftools")
        except ValueError as e:
            if found_next_to is not None and path == elf:
                print("--- not decoding crash addresses: %s" % e, file=sys.stderr)
                continue
            raise FatalError(str(e))
        how = (" (found next to %s)" % found_next_to) if found_next_to and path == elf else ""
        print("--- crash addresses of %s are decoded with %s%s" % (what, path, how),
              file=sys.stderr)
    return panic.PanicDecoder(elves) if elves else None


def elf_next_to_flashed(flashed):
    """(ELF path, flashed file) for the first flashed file with an ELF of the same
    name beside it (app.bin -> app.elf), preferring an application to a
    bootloader; (None, None) if there is none."""
    found = []
    for _address, filename, _data in flashed:
        if not isinstance(filename, str):
            continue
        candidate = os.path.splitext(filename)[0] + ".elf"
        if candidate != filename and os.path.isfile(candidate):
            found.append((candidate, filename))
    found.sort(key=lambda pair: "bootloader" in os.path.basename(pair[0]).lower())
    return found[0] if found else (None, None)


def add_monitor_args(parser):
    """--monitor for write_flash and run: watch the firmware afterwards."""
    parser.add_argument("--monitor", action="store_true",
                        help="then show the chip's output, as the monitor command does")
    parser.add_argument("--monitor-baud", type=arg_auto_int, default=MONITOR_BAUD,
                        help="baud rate of --monitor (default %d)" % MONITOR_BAUD)
    add_elf_args(parser, " (default: an ELF of the same name next to a flashed file, "
                         "app.elf beside app.bin)")


def add_elf_args(parser, default=""):
    parser.add_argument("--elf", metavar="FILE",
                        help="the application's ELF: crash backtraces and register dumps are "
                             "followed by the functions and file:line of their code addresses"
                             + default)
    parser.add_argument("--rom-elf", metavar="FILE",
                        help="the chip ROM's ELF, to name ROM addresses in crashes too")


def monitor_args(p):
    p.add_argument("--baud", "-b", dest="monitor_baud", type=arg_auto_int, default=MONITOR_BAUD,
                   help="baud rate (default %d; the global --baud is the flashing rate)"
                        % MONITOR_BAUD)
    p.add_argument("--no-reset", action="store_true",
                   help="do not reset the chip first: watch it from where it is")
    p.add_argument("--timestamps", action="store_true",
                   help="begin each line with the time it arrived, [HH:MM:SS.mmm]")
    p.add_argument("--log", metavar="FILE", help="also write the output to FILE")
    add_elf_args(p)
