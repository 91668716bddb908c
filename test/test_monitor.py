"""The serial monitor: `esptool.py monitor` and `--monitor` after write_flash.

Given a simulated chip whose flash holds a valid image (espsim then runs a
stand-in application that prints a banner and echoes what it receives), when
the user runs the monitor, then the chip's output arrives on stdout and what
is typed (or piped) reaches the chip. Interactive keys are tested through a
pseudo-terminal, as a person at a terminal would type them.
"""
import os
import pty
import re
import select
import signal
import subprocess
import termios
import time

import pytest

from espkit import monitor
from conftest import ROOT, assert_one_fatal_line, tool_argv

DEMO_IMAGE = os.path.join(ROOT, "examples", "demo-esp32.bin")
BANNER = b"espsim firmware: hello from ESP32, echoing what it receives\r\n"
BOOT_LOG = b"rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)"
DEADLINE = 30          # seconds; only a failing test waits this long
STAMP = re.compile(rb"^\[\d\d:\d\d:\d\d\.\d{3}\] ")


@pytest.fixture
def chip(espsim_server, tmp_path):
    """A simulated ESP32, powered on with the demo image at 0x1000: its app is running."""
    flash = bytearray(b"\xff" * 0x1000) + open(DEMO_IMAGE, "rb").read()
    path = tmp_path / "flash.bin"
    path.write_bytes(bytes(flash))
    return espsim_server("esp32", flash_file=str(path))


class Session:
    """esptool.py run as a user would, its stdout read as it arrives.

    With tty=True its stdin, stdout and stderr are one pseudo-terminal (stderr
    then arrives with stdout), as in an interactive shell.
    """

    def __init__(self, *args, tty=False, cwd=None):
        argv = tool_argv("esptool", *args)
        self.output = b""
        if tty:
            self.master, slave = pty.openpty()
            self.terminal = slave
            self.modes = termios.tcgetattr(slave)
            self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave,
                                            cwd=cwd, start_new_session=True)
            self.read_fd, self.write_fd = self.master, self.master
        else:
            self.terminal = None
            self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, cwd=cwd)
            self.read_fd, self.write_fd = self.process.stdout.fileno(), self.process.stdin.fileno()

    def shown(self):
        """All output so far; at a terminal, without the CR its output processing
        adds before each LF (the chip's CR LF arrives as CR CR LF)."""
        return self.output.replace(b"\r\r\n", b"\r\n") if self.terminal else self.output

    def expect(self, text, count=1):
        """Read until `text` has appeared `count` times in all output so far."""
        end = time.monotonic() + DEADLINE
        while self.shown().count(text) < count:
            left = end - time.monotonic()
            assert left > 0, "%r not seen %d times in %r" % (text, count, self.output)
            ready, _, _ = select.select([self.read_fd], [], [], left)
            if ready:
                try:
                    data = os.read(self.read_fd, 4096)
                except OSError:          # pty: the other side closed
                    data = b""
                assert data, "output ended before %r: %r" % (text, self.output)
                self.output += data
        return self.shown()

    def type(self, data):
        os.write(self.write_fd, data)

    def end(self, sig=None):
        """Send `sig` (or nothing) and wait: (exit status, rest of stdout, stderr)."""
        if sig is not None:
            self.process.send_signal(sig)
        if self.terminal is not None:
            status = self.process.wait(timeout=DEADLINE)
            rest = self._drain_pty()
            os.close(self.terminal)
            os.close(self.master)
            return status, rest, b""
        rest, err = self.process.communicate(timeout=DEADLINE)
        self.output += rest
        return self.process.returncode, rest, err

    def _drain_pty(self):
        rest = b""
        while select.select([self.master], [], [], 0.2)[0]:
            try:
                data = os.read(self.master, 4096)
            except OSError:
                break
            if not data:
                break
            rest += data
        self.output += rest
        return rest

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def session():
    """Start with session(*args, tty=...); every process is gone at test end."""
    started = []

    def start(*args, **kwargs):
        started.append(Session(*args, **kwargs))
        return started[-1]
    yield start
    for s in started:
        s.kill()


# -- keys and timestamps, without a chip ---------------------------------------

@pytest.mark.parametrize("typed,actions", [
    ([b"ls\r"], [("send", b"ls\r")]),
    ([b"a\x1db"], [("send", b"a"), ("quit", b""), ("send", b"b")]),
    ([b"\x14\x12"], [("reset", b"\x12")]),
    ([b"\x14", b"\x12"], [("reset", b"\x12")]),             # the two keys in two reads
    ([b"\x14\x08", b"\x14h"], [("help", b"\x08"), ("help", b"h")]),
    ([b"x\x14\x14y"], [("send", b"x\x14y")]),               # Ctrl-T twice sends one
    ([b"\x14\x1d"], [("send", b"\x1d")]),
    ([b"\x14z"], [("unknown", b"z")]),
    ([b"\x03\x04"], [("send", b"\x03\x04")]),               # Ctrl-C, Ctrl-D go to the chip
])
def test_keys_become_actions(typed, actions):
    keys = monitor.MonitorKeys()
    got = []
    for data in typed:
        got += keys.feed(data)
    assert got == actions


def test_timestamps_start_each_line_with_the_time_its_first_byte_came():
    clock = iter([3600.5, 3601.25, 3602.0])
    stamper = monitor.LineStamper(clock=lambda: next(clock))
    text = stamper.feed(b"boot\r\nhel") + stamper.feed(b"lo\r\n") + stamper.feed(b"x")
    lines = text.split(b"\n")
    assert [STAMP.sub(b"", line) for line in lines] == [b"boot\r", b"hello\r", b"x"]
    assert all(STAMP.match(line) for line in lines)
    assert lines[0][-10:] != lines[1][-10:]
    assert lines[0].startswith(b"[") and lines[0][9:14] == b".500]"
    assert lines[1][9:14] == b".250]"


# -- monitor, both directions, over a pipe ------------------------------------------

def test_monitor_resets_the_chip_shows_its_output_and_sends_it_stdin(chip, session):
    mon = session("--port", chip.url, "monitor")
    mon.expect(BOOT_LOG)
    mon.expect(BANNER)
    mon.type(b"ping 1 2 3\n")
    mon.expect(BANNER + b"ping 1 2 3\n")
    status, _, err = mon.end(signal.SIGTERM)
    assert status == 0
    assert err.decode().splitlines() == [
        "--- esptool.py monitor on %s at 115200 baud; Ctrl-C or SIGTERM ends it" % chip.url,
        "--- resetting the chip"]


def test_no_reset_watches_the_running_firmware_without_resetting_it(chip, session):
    mon = session("--port", chip.url, "monitor", "--no-reset")
    mon.type(b"still there?\n")
    mon.expect(b"still there?\n")
    status, _, err = mon.end(signal.SIGINT)        # Ctrl-C in a shell, stdin not a terminal
    assert status == 0
    assert BOOT_LOG not in mon.output and b"resetting" not in err


def test_log_and_timestamps(chip, session, tmp_path):
    log = tmp_path / "monitor.log"
    mon = session("--port", chip.url, "monitor", "--timestamps", "--log", log)
    mon.expect(BANNER[:-2])
    mon.type(b"echo me\n")
    mon.expect(b"echo me\n")
    status, _, _ = mon.end(signal.SIGTERM)
    assert status == 0
    content = log.read_bytes()
    assert content == mon.output                  # the log holds what was shown
    lines = content.split(b"\n")[:-1]
    assert lines and all(STAMP.match(line) for line in lines), content
    assert any(line.endswith(BANNER[:-1]) for line in lines)
    assert any(STAMP.sub(b"", line) == b"echo me" for line in lines)


def test_a_log_file_that_cannot_be_written_is_one_error_line(chip, session, tmp_path):
    mon = session("--port", chip.url, "monitor", "--log", tmp_path / "no" / "such" / "dir.log")
    status, out, err = mon.end()
    assert status == 2
    assert err.decode().startswith("\nA fatal error occurred: cannot write ")


def test_losing_the_port_ends_the_monitor_with_an_error(chip, session):
    mon = session("--port", chip.url, "monitor")
    mon.expect(BANNER)
    chip.stop()                                    # the remote server goes away
    status, out, err = mon.end()
    assert status == 2
    # The chip's log is stdout: the error is not mixed into it (issue 23, item 1).
    assert_one_fatal_line(subprocess.CompletedProcess(mon, status, out, err),
                          "lost the serial connection")


def test_write_flash_then_monitor(espsim_server, session, tmp_path):
    sim = espsim_server("esp32")
    mon = session("--port", sim.url, "--baud", "460800", "write_flash", "0x1000", DEMO_IMAGE,
                  "--monitor", cwd=tmp_path)
    output = mon.expect(BANNER)
    assert output.index(b"Hash of data verified.") < output.index(BOOT_LOG)
    assert output.index(b"Hard resetting via RTS pin...") < output.index(BOOT_LOG)
    mon.type(b"hello\n")
    mon.expect(BANNER + b"hello\n")
    status, _, _ = mon.end(signal.SIGTERM)
    assert status == 0


def test_run_then_monitor(chip, session):
    mon = session("--port", chip.url, "run", "--monitor")
    output = mon.expect(BANNER)
    assert output.index(b"Hard resetting via RTS pin...") < output.index(BOOT_LOG)
    mon.type(b"42\n")
    mon.expect(b"42\n")
    status, _, _ = mon.end(signal.SIGTERM)
    assert status == 0


# -- interactive keys, through a pseudo-terminal -------------------------------------

def test_keys_at_a_terminal(chip, session):
    mon = session("--port", chip.url, "monitor", tty=True)
    mon.expect(b"Ctrl-] quits, Ctrl-T Ctrl-H lists the keys")
    mon.expect(BANNER)
    mon.type(b"abc")
    mon.expect(BANNER + b"abc")              # the chip's echo, once: the terminal's is off
    mon.type(b"\x14\x08")
    mon.expect(b"Ctrl-T Ctrl-R   reset the chip")
    mon.type(b"\x14\x12")
    mon.expect(BANNER, count=2)              # reset: the firmware booted again
    mon.type(b"\x1d")
    status, _, _ = mon.end()
    assert status == 0
    assert mon.output.count(b"abc") == 1


def test_the_terminal_is_restored_on_exit(chip, session):
    mon = session("--port", chip.url, "monitor", "--no-reset", tty=True)
    before = mon.modes
    mon.expect(b"lists the keys")
    during = termios.tcgetattr(mon.terminal)
    assert not during[3] & termios.ECHO and not during[3] & termios.ICANON
    mon.type(b"\x1d")
    assert mon.process.wait(timeout=DEADLINE) == 0
    assert termios.tcgetattr(mon.terminal) == before
    mon.end()
