# GPLv2, see LICENSE.
"""Many boards at once, and --json.

`--port A --port B` (or `--port A,B`, or `--all-ports`) runs one command on
every board in parallel: a thread per board, each with its own chip object,
argparse namespace and reporter, over the same engine as a single board. A
board that fails never stops the others; a table of all of them ends the
run. Work that is the same for every board happens once: the files are read
while parsing, --partition-table FILE is resolved before connecting, and each
distinct input is compressed once (deflate_once, through esptool's deflate seam).
`--json` turns any command's report into JSON lines on stdout (JsonEvents); the
usual text then goes to stderr.
"""
import argparse
import collections
import contextlib
import json
import os
import shutil
import sys
import threading
import time
import zlib

import esptool
from esptool import (
    ConsoleReporter, FatalError, Reporter, exit_status_of, format_mac,
    run_on_chip, split_ports,
)
from espkit import image_report
from espkit.ports import list_serial_ports


# Commands that stay on one board: read_flash and dump_mem write one output file
# (many boards would race for it); the monitor is a conversation with one chip.
ONE_BOARD_COMMANDS = ("read_flash", "dump_mem", "monitor")


class BoardsFailed(FatalError):
    """A board (or several) failed; each one's error was already reported."""


def run_command(args):
    """esptool's run_command, on every board given (or found), with --json's events."""
    if args.json_events and getattr(args, "events", None) is None:
        return run_with_json_events(args)
    command = args.command
    events = getattr(args, "events", None)
    ports = board_ports(args) if command.needs_chip or command.name == "monitor" else [None]
    check_boards_can_run(args, ports, events)

    def run_connected(args):
        if len(ports) > 1 or events:
            run_on_boards(args, ports)
        else:
            esptool.run_on_chip(args)
    esptool.run_command(args, run_connected)
    if events and not command.needs_chip:
        found = image_report.result_fields(args) if command.name == "image_info" else {}
        events.emit("result", ok=True, command=command.name, **found)
    return 0


def board_ports(args):
    """The ports to run the command on: every one given (--port A --port B,
    --port A,B) or found (--all-ports), or [None] for today's single board
    (the first candidate that answers)."""
    ports = split_ports(args.port)
    if getattr(args, "all_ports", False):
        if ports:
            raise FatalError("--all-ports runs on every port found; leave out --port, or name "
                             "the boards with --port only")
        ports = list_serial_ports(args.port_filter)
    repeated = sorted({port for port in ports if ports.count(port) > 1})
    if repeated:
        raise FatalError("port %s is given more than once" % ", ".join(repeated))
    if len(ports) == 1:
        args.port = ports[0]
    return ports or [None]


def check_boards_can_run(args, ports, events):
    """Refuse, before any port is opened, what cannot be done on many boards or with --json."""
    name = args.command.name
    watching = name == "monitor" or getattr(args, "monitor", False)
    if len(ports) > 1 and (name in ONE_BOARD_COMMANDS or watching):
        what = "--monitor" if watching and name != "monitor" else name
        raise FatalError("%s works on one board at a time; %d ports were given (%s)"
                         % (what, len(ports), ", ".join(ports)),
                         hint="name one board with --port")
    if events and watching:
        raise FatalError("--json cannot carry the chip's own output; run the monitor without "
                         "--json")


def board_label(port):
    """A short name for a board: ttyUSB0, COM4, labpc:4000 (for rfc2217://labpc:4000)."""
    if port is None:
        return None
    if "://" in port:
        return port.split("://", 1)[1].split("?")[0].strip("/") or port
    return os.path.basename(port) or port


def board_labels(ports):
    """Short labels, or the ports in full when short ones would be ambiguous."""
    labels = [board_label(port) for port in ports]
    return labels if len(set(labels)) == len(labels) else list(ports)


class Board:
    """One board of a run: its port and label, then what became of it."""

    def __init__(self, port, label):
        self.port = port
        self.label = label
        self.chip = None
        self.mac = None
        self.error = None
        self.seconds = 0.0
        self.digests = []       # {"address", "size", "md5"} the chip confirmed


def run_on_boards(args, ports):
    """The command on every board of `ports` at once; BoardsFailed names those that failed."""
    events = getattr(args, "events", None)
    boards = [Board(port, label) for port, label in zip(ports, board_labels(ports))]
    if len(boards) == 1:            # --json with one board: no thread, no table
        board = boards[0]
        run_board(board, args, board_reporter(board, ConsoleReporter(), events), events)
        if board.error:
            raise BoardsFailed(str(board.error), hint=board.error.hint)
        return
    lock = threading.Lock()
    bars = BoardBars([board.label for board in boards], lock) if BoardBars.wanted() else None
    workers = []
    for board in boards:
        human = LabelledReporter(board.label, lock, bars)
        worker = threading.Thread(target=run_board, name="board %s" % board.label, daemon=True,
                                  args=(board, board_args(args, board.port),
                                        board_reporter(board, human, events), events))
        worker.start()
        workers.append(worker)
    for worker in workers:
        while worker.is_alive():
            worker.join(0.2)        # in short steps, so Ctrl-C is heard
    finish_boards(boards, events)


def board_args(args, port):
    """A board's own copy of the namespace: prepare_chip() writes its findings there."""
    copy = argparse.Namespace(**vars(args))
    copy.port = port
    copy.ports_given = [port]
    return copy


def board_reporter(board, human, events):
    return EventReporter(events, board, human) if events else human


def run_board(board, args, reporter, events):
    """One board's whole command; its failure is kept in board.error, never raised."""
    started = time.monotonic()

    def connected(esp):
        board.port = board.port or esp.serial.port
        board.label = board.label or board_label(board.port)
        board.chip = esp.CHIP_NAME
        board.mac = format_mac(esp.read_mac())
        if events:
            events.emit("connected", board, chip=board.chip, mac=board.mac)

    try:
        run_on_chip(args, reporter, connected)
    except FatalError as e:
        board.error = e
    except Exception as e:       # a bug: still this board's failure only
        board.error = FatalError("internal error: %s: %s" % (type(e).__name__, e))
    board.seconds = time.monotonic() - started
    if events:
        if board.error:
            events.emit("error", board, message=str(board.error), hint=board.error.hint)
        events.emit("result", board, ok=board.error is None, command=args.command.name,
                    chip=board.chip, mac=board.mac, seconds=round(board.seconds, 3),
                    flash=board.digests)


def finish_boards(boards, events):
    """The table of all boards; the exit status says whether every one succeeded."""
    failed = [board for board in boards if board.error]
    print()
    for line in boards_table(boards):
        print(line)
    if events:
        events.emit("summary", ok=not failed, boards=len(boards),
                    failed=[board.label for board in failed])
    if failed:
        raise BoardsFailed("%d of %d boards failed: %s"
                           % (len(failed), len(boards), ", ".join(b.label for b in failed)))


def boards_table(boards):
    rows = [("board", "chip", "MAC", "result", "time", "")]
    for board in boards:
        rows.append((board.label, board.chip or "-", board.mac or "-",
                     "FAILED" if board.error else "ok", "%.1f s" % board.seconds,
                     str(board.error) if board.error else ""))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return [("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[5])
            .rstrip() for row in rows]


class LabelledReporter(Reporter):
    """One board's words among many: every line starts '[label] ', progress is
    a line per tenth (or, on a terminal, the board's bar in `bars`). Whole
    lines are written under a lock all boards share, so they never mix."""

    def __init__(self, label, lock, bars=None, stream=None):
        self.label = label
        self.prefix = "[%s] " % label
        self.lock = lock
        self.bars = bars
        self._stream = stream
        self._partial = ""
        self._last_tenth = None

    @property
    def stream(self):
        return self._stream or sys.stdout     # looked up late, as ConsoleReporter's

    def message(self, text, end="\n"):
        *lines, self._partial = (self._partial + text + end).split("\n")
        self._write([line for line in lines if line.strip()])

    def warning(self, text):
        self.message(text)

    def progress(self, text, done, total):
        if total <= 0:
            return
        percent = 100 * done // total
        if self.bars:
            self.bars.show(self.label, "%s (%d %%)" % (text, percent), done / total)
        elif percent // 10 != self._last_tenth:
            self._last_tenth = percent // 10
            self._write(["%s (%d %%)" % (text, percent)])

    def progress_end(self):
        self._last_tenth = None

    def _write(self, lines):
        if not lines:
            return
        if self.bars:
            self.bars.scroll([self.prefix + line for line in lines], self.label, lines[-1])
            return
        with self.lock:
            self.stream.write("".join(self.prefix + line + "\n" for line in lines))
            self.stream.flush()


class BoardBars:
    """On a terminal: a status line per board (its progress bar, or its last
    message) kept at the bottom and redrawn in place, the boards' messages
    scrolling above. ANSI cursor movement, so POSIX terminals only."""

    BAR_WIDTH = 20

    def __init__(self, labels, lock, stream=None):
        self.labels = labels
        self.lock = lock
        self._stream = stream
        self.status = {label: "[%s] waiting" % label for label in labels}
        self.drawn = False

    @staticmethod
    def wanted():
        return os.name == "posix" and hasattr(sys.stdout, "isatty") and sys.stdout.isatty()

    @property
    def stream(self):
        return self._stream or sys.stdout

    def show(self, label, text, fraction):
        filled = int(self.BAR_WIDTH * fraction)
        bar = "#" * filled + " " * (self.BAR_WIDTH - filled)
        with self.lock:
            self.status[label] = "[%s] [%s] %s" % (label, bar, text)
            self._draw([])

    def scroll(self, lines, label, last):
        with self.lock:
            self.status[label] = "[%s] %s" % (label, last)
            self._draw(lines)

    def _draw(self, above):
        width = shutil.get_terminal_size().columns - 1      # a wrapped line would break the count
        out = "\x1b[%dA\r\x1b[J" % len(self.labels) if self.drawn else ""
        out += "".join(line + "\n" for line in above)
        out += "".join(self.status[label][:width] + "\n" for label in self.labels)
        self.drawn = True
        self.stream.write(out)
        self.stream.flush()


class JsonEvents:
    """--json: one JSON object per line on `stream`, written whole from any thread.
    Every event has "event" and "time" (Unix seconds); a board's also "board"
    and "port". The events and their fields are listed in the README."""

    def __init__(self, stream):
        self.stream = stream
        self.lock = threading.Lock()

    def emit(self, event, board=None, **fields):
        record = {"event": event, "time": round(time.time(), 3)}
        if board is not None:
            record.update(board=board.label, port=board.port)
        record.update(fields)
        line = json.dumps(record) + "\n"
        with self.lock:
            self.stream.write(line)
            self.stream.flush()


class EventReporter(Reporter):
    """A board's reporter under --json: progress as events (one per percent),
    digests kept for its result, its words passed on to `human`."""

    def __init__(self, events, board, human):
        self.events = events
        self.board = board
        self.human = human
        self._last_percent = None

    def message(self, text, end="\n"):
        self.human.message(text, end)

    def warning(self, text):
        self.human.warning(text)

    def progress(self, text, done, total):
        self.human.progress(text, done, total)
        percent = 100 * done // total if total > 0 else 0
        if percent != self._last_percent:
            self._last_percent = percent
            self.events.emit("progress", self.board, step=text, done=done, total=total,
                             percent=percent)

    def progress_end(self):
        self.human.progress_end()
        self._last_percent = None

    def digest(self, address, size, md5):
        self.board.digests.append({"address": address, "size": size, "md5": md5})
        self.human.digest(address, size, md5)


def run_with_json_events(args):
    """--json: events on stdout; everything printed, the final error line too, on stderr."""
    args.events = JsonEvents(sys.stdout)
    with contextlib.redirect_stdout(sys.stderr):
        return exit_status_of(lambda: run_reporting_errors(args))


def run_reporting_errors(args):
    try:
        run_command(args)
    except BoardsFailed:
        raise                      # each board has reported its own
    except FatalError as e:
        args.events.emit("error", message=str(e), hint=e.hint)
        raise
    return 0


def json_usage_error(error, argv):
    """A command line that does not parse, under --json: an error event, the text on stderr."""
    if "--json" not in argv:
        return None
    return report_usage_error(error)


def report_usage_error(error):
    """A command line that does not parse, under --json: an error event, the text on stderr."""
    JsonEvents(sys.stdout).emit("error", message=str(error), hint=error.hint)

    def fail():
        raise error
    with contextlib.redirect_stdout(sys.stderr):
        return exit_status_of(fail)


# Inputs recently compressed, with their compressed bytes: boards flashed with
# the same file in parallel (espkit.boards) share one compression, the costliest
# host work per board (zlib level 9: about 0.1 s of CPU per MiB).
DEFLATED_KEPT = 4
_deflated = collections.OrderedDict()
_deflated_lock = threading.Lock()


def deflate_once(data):
    """zlib.compress(data, 9), done once for equal inputs however many threads ask."""
    with _deflated_lock:
        payload = _deflated.pop(data, None)
        if payload is None:
            payload = zlib.compress(data, 9)
        _deflated[data] = payload
        while len(_deflated) > DEFLATED_KEPT:
            _deflated.popitem(last=False)
    return payload
