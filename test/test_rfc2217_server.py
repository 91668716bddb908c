"""esp_rfc2217_server.py: a serial port shared over the network.

Given our server serving a simulated chip (espsim's in-process `espsim://`
URL as its SERIALPORT, as a real adapter would be), when upstream esptool
2.3.1, upstream 5.x and ours each write and read flash through it, resetting
the chip into its loader every time, then every byte comes back and the chip
never saw the reset lines in the state that breaks auto-reset.
"""
import random
import re
import signal
import socket
import subprocess
import sys
import threading

import pytest
import serial

import esp_rfc2217_server
from conftest import (ROOT, assert_one_fatal_line, run_tool,
                      send_sync_and_baud_change_together, tool_argv, traced_events)
from oracle import upstream_cmd

DEADLINE = 60


class RunningServer:
    """esp_rfc2217_server.py as a user starts it, on a free TCP port; its log read live."""

    def __init__(self, serialport, *options):
        argv = tool_argv("esp_rfc2217_server", "-p", "0", *options, serialport)
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        self.lines = []
        self._new_line = threading.Condition()
        threading.Thread(target=self._read_log, daemon=True).start()
        served = self.wait_for(r"serving .* (on rfc2217://\S+|port \d+)")
        self.tcp_port = int(re.search(r"(?:127\.0\.0\.1:|port )(\d+)", served).group(1))
        self.url = "rfc2217://127.0.0.1:%d" % self.tcp_port

    def _read_log(self):
        for line in self.process.stderr:
            with self._new_line:
                self.lines.append(line.rstrip("\n"))
                self._new_line.notify_all()
        with self._new_line:
            self.lines.append(None)             # end of the log
            self._new_line.notify_all()

    def wait_for(self, pattern):
        """The first log line matching `pattern`, waiting for it if need be."""
        def found():
            return next((line for line in self.lines
                         if line is not None and re.search(pattern, line)), None)
        with self._new_line:
            assert self._new_line.wait_for(lambda: found() or None in self.lines, DEADLINE)
            assert found(), "%r not in the log:\n%s" % (pattern, "\n".join(map(str, self.lines)))
            return found()

    def stop(self, sig=signal.SIGTERM):
        if self.process.poll() is None:
            self.process.send_signal(sig)
        status = self.process.wait(timeout=DEADLINE)
        self.wait_for("stopped|fatal error")
        return status

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def rfc2217_server():
    """Start with rfc2217_server(serialport, *options); stopped at test end."""
    started = []

    def start(serialport, *options):
        started.append(RunningServer(serialport, *options))
        return started[-1]
    yield start
    for server in started:
        server.kill()


def espsim_port(tmp_path):
    return "espsim://esp32?flash=%s&trace=%s" % (tmp_path / "flash.bin", tmp_path / "trace.txt")


def run(argv, cwd):
    result = subprocess.run([str(a) for a in argv], cwd=str(cwd), capture_output=True,
                            text=True, timeout=DEADLINE * 3)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


OURS = tool_argv("esptool")


@pytest.mark.parametrize("client", ["2.3.1", "5", "ours"])
def test_write_and_read_flash_with_reset_through_the_server(rfc2217_server, tmp_path, client):
    server = rfc2217_server(espsim_port(tmp_path))
    esptool = OURS if client == "ours" else upstream_cmd(client)
    data = random.Random(client).randbytes(0x5000)
    (tmp_path / "data.bin").write_bytes(data)
    common = ["--port", server.url, "--chip", "esp32", "--before", "default_reset",
              "--after", "hard_reset"]
    run(esptool + common + ["write_flash", "0x10000", "data.bin"], tmp_path)
    run(esptool + common + ["read_flash", "0x10000", len(data), "back.bin"], tmp_path)

    assert (tmp_path / "back.bin").read_bytes() == data
    assert server.stop() == 0
    assert (tmp_path / "flash.bin").read_bytes()[0x10000:0x15000] == data
    trace = (tmp_path / "trace.txt").read_text()
    assert trace.count("boot download") >= 2                  # each command reset the chip
    # (DTR, RTS) went from (False, True), EN low, straight to (True, False), EN
    # high with GPIO0 low; pyserial's example server puts (True, True) between.
    states = re.findall(r"lines dtr=(\d) rts=(\d)", trace)
    released = [i for i, state in enumerate(states) if state == ("1", "0")]
    assert released
    assert all(states[i - 1] in (("0", "1"), ("1", "0")) for i in released), states
    assert sum(bool(re.search("client .* connected$", line)) for line in server.lines if line) == 2


def test_a_second_client_is_refused_and_the_first_named(rfc2217_server, tmp_path):
    server = rfc2217_server(espsim_port(tmp_path))
    first = serial.serial_for_url(server.url, timeout=1)
    try:
        held_by = server.wait_for("client .* connected").split("client ")[1].split()[0]
        result = run_tool("esptool", "--port", server.url, "read_mac", timeout=DEADLINE)
        assert_one_fatal_line(result, "A fatal error occurred: could not open port %s" % server.url)
        refused = server.wait_for("refused")
        assert ("is in use by %s (connected at " % held_by) in refused
    finally:
        first.close()
    server.wait_for("client %s disconnected" % held_by)
    out = run(OURS + ["--port", server.url, "read_mac"], tmp_path)   # free again
    assert "MAC: 24:0a:c4:01:02:03" in out
    assert server.stop() == 0


def test_loopback_by_default_and_a_warning_when_bound_wider(rfc2217_server, tmp_path):
    local = rfc2217_server(espsim_port(tmp_path))
    assert "this computer only" in local.lines[0]
    assert not any("WARNING" in line for line in local.lines if line)
    assert local.stop() == 0

    shared = rfc2217_server(espsim_port(tmp_path), "--bind", "0.0.0.0")
    assert shared.wait_for("WARNING: RFC 2217 has no authentication")
    assert shared.stop(signal.SIGINT) == 0               # Ctrl-C stops it as SIGTERM does


def test_data_before_a_baud_change_in_one_segment_leaves_at_the_old_rate(rfc2217_server,
                                                                          tmp_path):
    """Data and a SET-BAUDRATE in one TCP segment: the port gets the data first."""
    server = rfc2217_server(espsim_port(tmp_path))
    send_sync_and_baud_change_together(server.url, 921600)
    assert server.stop() == 0
    events = traced_events(tmp_path / "trace.txt")
    syncs = [i for i, line in enumerate(events) if line.startswith("> 0008240000000000")]
    assert syncs and syncs[0] < events.index("# host baud 921600"), events


def test_errors_are_one_line(tmp_path):
    result = run_tool("esp_rfc2217_server", "-p", "0", tmp_path / "no-such-tty", timeout=DEADLINE)
    assert_one_fatal_line(result, "could not open port")

    blocker = esp_rfc2217_server.listen("127.0.0.1", 0)
    try:
        busy = blocker.getsockname()[1]
        result = run_tool("esp_rfc2217_server", "-p", busy, espsim_port(tmp_path),
                          timeout=DEADLINE)
        fatal = assert_one_fatal_line(result)
        assert fatal == ("A fatal error occurred: cannot listen on 127.0.0.1 port %d: "
                         "Address already in use" % busy)
    finally:
        blocker.close()


# -- grouping of reset-line requests (pure) ------------------------------------------

def feed(requests, window=0.25):
    changes = esp_rfc2217_server.LineChanges(window)
    for now, line, value in requests:
        changes.request(now, line, value)
    return changes


def test_a_reset_into_the_loader_reaches_the_port_as_three_states():
    # Requests as pyserial's client sends esptool's reset (docs/protocol.md §6.2),
    # each line change 50 ms after the last (its acknowledgement wait).
    changes = feed([(0.00, "dtr", False), (0.05, "rts", True),     # EN low
                    (0.20, "dtr", True), (0.25, "rts", False),     # EN high, GPIO0 low
                    (0.35, "dtr", False)])                         # GPIO0 high
    assert changes.due(10) == [(False, True), (True, False), (False, False)]


def test_each_state_is_set_a_window_after_its_first_request_so_timing_is_kept():
    changes = feed([(0.00, "dtr", False), (0.05, "rts", True), (0.20, "dtr", True),
                    (0.25, "rts", False)])
    assert changes.next_due() == 0.25
    assert changes.due(0.24) == []
    assert changes.due(0.25) == [(False, True)]
    assert changes.next_due() == 0.45                 # 0.20 s later, as the client meant
    assert changes.due(0.45) == [(True, False)]
    assert changes.next_due() is None


def test_a_pulse_on_one_line_is_never_merged_away():
    changes = feed([(0.00, "rts", True), (0.10, "rts", False)])   # a hard reset
    assert changes.due(10) == [(False, True), (False, False)]


def test_upstream_5_rewrites_of_dtr_keep_their_place():
    # 5.x writes DTR again after each RTS change (docs/protocol.md §6.4).
    changes = feed([(0.00, "dtr", False), (0.05, "rts", True), (0.10, "dtr", False),
                    (0.25, "dtr", True), (0.30, "rts", False), (0.35, "dtr", True),
                    (0.45, "dtr", False)])
    assert changes.due(10) == [(False, True), (False, True), (True, False), (True, False),
                               (False, False)]


def test_a_request_later_than_the_window_is_a_state_of_its_own():
    changes = feed([(0.00, "dtr", True), (0.30, "rts", True)])
    assert changes.due(10) == [(True, False), (True, True)]


def test_a_closed_group_takes_no_more_requests():
    changes = feed([(0.00, "rts", True)])
    changes.close_group()
    changes.request(0.01, "dtr", False)
    assert changes.due(10) == [(False, True), (False, True)]
    assert changes.requested == {"dtr": False, "rts": True}


def test_a_client_connecting_the_moment_the_last_hung_up_is_served(rfc2217_server, tmp_path):
    # A script's next command connects as soon as the previous one closed its
    # socket, before the server has read the end of that connection.
    server = rfc2217_server(espsim_port(tmp_path))
    for _ in range(20):
        sock = socket.create_connection(("127.0.0.1", server.tcp_port))
        sock.close()
    out = run(OURS + ["--port", server.url, "read_mac"], tmp_path)
    assert "MAC: 24:0a:c4:01:02:03" in out
    assert not [line for line in server.lines if line and "refused" in line]
    assert server.stop() == 0


# -- malformed negotiation: one logged line, never a traceback; the next client is served --

IAC, SB, SE, COM_PORT_OPTION = 255, 250, 240, 44


def malformed_negotiations(seed, count=40):
    """Telnet subnegotiations pyserial's parser chokes on, then random ones: cut short,
    unknown commands and values, an end without a start, the client hanging up inside."""
    known = [
        bytes([IAC, SE]),                                      # an end with no start
        bytes([IAC, SB, COM_PORT_OPTION, 1, 0x01, IAC, SE]),   # SET-BAUDRATE, 1 of 4 bytes
        bytes([IAC, SB, COM_PORT_OPTION, 2, IAC, SE]),         # SET-DATASIZE, no size
        bytes([IAC, SB, COM_PORT_OPTION, 3, 99, IAC, SE]),     # SET-PARITY, no such parity
        bytes([IAC, SB, COM_PORT_OPTION, 4, 9, IAC, SE]),      # SET-STOPSIZE, no such size
        bytes([IAC, SB, COM_PORT_OPTION, 10, IAC, SE]),        # SET-LINESTATE-MASK, no mask
        bytes([IAC, SB, COM_PORT_OPTION, 11, IAC, SE]),        # SET-MODEMSTATE-MASK, no mask
        bytes([IAC, SB, COM_PORT_OPTION, 1]),                  # hangs up inside
        bytes([IAC, SB]),
        bytes([IAC]),
    ]
    rng = random.Random(seed)
    for _ in range(count - len(known)):
        body = bytes([rng.choice((COM_PORT_OPTION, rng.randrange(256))), rng.randrange(13)])
        body += rng.randbytes(rng.randrange(6))
        end = rng.choice((bytes([IAC, SE]), b"", bytes([IAC])))
        known.append(rng.randbytes(rng.randrange(3)) + bytes([IAC, SB]) + body + end)
    return known


def send_and_hang_up(tcp_port, data):
    """One client: sends `data`, hangs up, and reads until the server closes too."""
    with socket.create_connection(("127.0.0.1", tcp_port), timeout=DEADLINE) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        try:
            while sock.recv(4096):
                pass
        except ConnectionResetError:      # dropped with our bytes unread
            pass


class EspsimServer:
    """`espsim` (its own RFC 2217 server) as a user starts it; its stderr read at the end."""

    def __init__(self, tmp_path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "espsim", "--flash-file", str(tmp_path / "sim.bin")],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().split()[-1]
        self.tcp_port = int(self.url.rsplit(":", 1)[1])

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        _, err = self.process.communicate(timeout=DEADLINE)
        return self.process.returncode, err.splitlines()


@pytest.mark.parametrize("which", ["esp_rfc2217_server", "espsim"])
def test_malformed_negotiation_is_one_logged_line_and_the_next_client_is_served(
        rfc2217_server, tmp_path, which):
    if which == "espsim":
        server = EspsimServer(tmp_path)
    else:
        server = rfc2217_server(espsim_port(tmp_path))
    try:
        for data in malformed_negotiations(seed=25):
            send_and_hang_up(server.tcp_port, data)
        out = run(OURS + ["--port", server.url, "read_mac"], tmp_path)
        assert "MAC: 24:0a:c4:01:02:03" in out
    finally:
        if which == "espsim":
            status, log = server.stop()
        else:
            status, log = server.stop(), server.lines[:-1]
    shown = "\n".join(log)
    assert status == 0 and "Traceback" not in shown, shown
    dropped = [line for line in log if "malformed RFC 2217 negotiation" in line]
    assert len(dropped) >= 7, shown
    assert all(re.search(r"dropped 127\.0\.0\.1:\d+: malformed RFC 2217 negotiation \(\w+: ",
                         line) for line in dropped), shown
