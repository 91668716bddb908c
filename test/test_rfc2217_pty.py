"""Issue 23, item 8: esp_rfc2217_server.py serves a pseudo-terminal (no modem lines);
a client refused because the port is taken is told so; `esptool.py monitor | head`
ends when head does, even while the chip says nothing."""
import os
import pty
import select
import socket
import subprocess
import sys
import threading
import tty

import pytest
import serial

from conftest import assert_one_fatal_line, output_of, run_tool, tool_argv
from test_rfc2217_server import DEADLINE, RunningServer, espsim_port  # noqa: F401


@pytest.fixture
def servers():
    started = []

    def start(serialport):
        started.append(RunningServer(serialport))
        return started[-1]
    yield start
    for server in started:
        server.kill()


class PtyBridge:
    """A pseudo-terminal whose other end is a simulated chip's raw TCP port (socket://):
    what is written to .name reaches the chip and back, as through a USB adapter
    without DTR/RTS."""

    def __init__(self, url):
        host, port = url.split("://")[1].rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)))
        self.master, slave = pty.openpty()
        tty.setraw(slave)
        self.name = os.ttyname(slave)
        self._slave = slave
        self._stop = False
        threading.Thread(target=self._copy, daemon=True).start()

    def _copy(self):
        while not self._stop:
            ready, _, _ = select.select([self.master, self.sock], [], [], 0.1)
            try:
                if self.master in ready:
                    self.sock.sendall(os.read(self.master, 4096))
                if self.sock in ready:
                    data = self.sock.recv(4096)
                    if not data:
                        return
                    os.write(self.master, data)
            except OSError:
                return

    def close(self):
        self._stop = True
        self.sock.close()


def test_a_pty_is_served_and_its_missing_modem_lines_said_once(servers, espsim_server):
    sim = espsim_server("esp32", raw=True, trace=False)        # starts in download mode
    bridge = PtyBridge(sim.url)
    try:
        server = servers(bridge.name)
        server.wait_for("no modem control lines")
        result = run_tool("esptool", "--port", server.url, "read_mac", timeout=DEADLINE)
        assert result.returncode == 0, output_of(result)
        assert "MAC: 24:0a:c4:01:02:03" in result.stdout
        server.wait_for("disconnected")
        assert server.process.poll() is None                 # still serving
        assert server.stop() == 0
        log = "\n".join(line for line in server.lines if line)
        assert "Traceback" not in log and "Inappropriate ioctl" not in log, log
        assert log.count("no modem control lines") == 1
    finally:
        bridge.close()


def test_a_second_client_learns_the_port_is_busy(servers, tmp_path):
    server = servers(espsim_port(tmp_path))
    first = serial.serial_for_url(server.url, timeout=1)
    try:
        held_by = server.wait_for("client .* connected").split("client ")[1].split()[0]
        result = run_tool("esptool", "--port", server.url, "read_mac", timeout=DEADLINE)
        assert_one_fatal_line(result, "could not open port %s" % server.url,
                              "is in use by %s" % held_by)
        assert "wait for it to finish" in output_of(result)
    finally:
        first.close()


def test_monitor_piped_into_head_ends_with_head_while_the_chip_is_silent():
    master, slave = pty.openpty()
    tty.setraw(slave)
    command = " ".join(tool_argv("esptool", "--port", os.ttyname(slave), "monitor",
                                 "--no-reset")) + " | head -n 2"
    shell = subprocess.Popen(["/bin/sh", "-c", command], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "esptool.py monitor on" in shell.stderr.readline()      # the port is open
        os.write(master, b"".join(b"line %d\r\n" % i for i in range(5)))   # then silence
        # Before the fix the monitor outlived head until killed: the timeout fails the test.
        out, _ = shell.communicate(timeout=30)
        assert out.splitlines() == ["line 0", "line 1"]
    finally:
        shell.kill()
        shell.wait()
        os.close(master)
        os.close(slave)
