"""Connecting, and every way a connection or a transfer can go wrong (issue 5).

Given a port that is missing, busy, not a chip, or a simulated chip with an
injected fault, when the user runs esptool, then it says what happened in one
fatal line, exits 2 (130 for Ctrl-C), never prints a traceback, and never
reports success over flash that does not hold the data.
"""
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT, assert_one_fatal_line, run_tool, tool_argv


def esptool(port, *args, attempts=1, **kwargs):
    return run_tool("esptool", "--port", port, "--no-stub", "--connect-attempts", attempts,
                    *args, **kwargs)


def no_success_claimed(out):
    assert "Hash of data verified." not in out
    assert "Leaving..." not in out
    assert "Hard resetting" not in out


def random_file(path, size, seed=7):
    data = random.Random(seed).randbytes(size)
    path.write_bytes(data)
    return data


class LineServer:
    """A TCP port that is not a chip: it says `reply` to whatever arrives, or nothing."""

    def __init__(self, reply=b""):
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.url = "socket://127.0.0.1:%d" % self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(30)
            try:
                while conn.recv(4096):
                    if self.reply:
                        conn.sendall(self.reply)
            except OSError:
                pass

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


@pytest.fixture
def line_server():
    servers = []

    def make(reply=b""):
        server = LineServer(reply)
        servers.append(server)
        return server
    yield make
    for server in servers:
        server.close()


# --- connecting --------------------------------------------------------------

def test_auto_detection_names_the_chip_and_its_features(tmp_path):
    out = esptool("espsim://esp32?flash=%s" % (tmp_path / "f.bin"), "chip_id").stdout
    assert "Connecting..." in out
    assert "Detecting chip type... ESP32" in out
    assert "Chip is ESP32D0WDQ6 (revision 1)" in out
    assert "Features: WiFi, BT, Dual Core" in out


def test_the_wrong_chip_argument_is_caught(tmp_path):
    result = esptool("espsim://esp32?flash=%s" % (tmp_path / "f.bin"),
                     "--chip", "esp8266", "read_mac")
    assert_one_fatal_line(result, "This chip is ESP32, not ESP8266.")
    assert "use --chip esp32" in result.stderr


def test_default_runs_rom_mode_with_a_note_until_the_stub_exists(tmp_path):
    result = run_tool("esptool", "--port", "espsim://esp8266?flash=%s" % (tmp_path / "f.bin"),
                      "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "MAC: 18:fe:34:" in result.stdout


def test_trace_prints_every_packet_with_a_timestamp(tmp_path):
    out = esptool("espsim://esp32?flash=%s" % (tmp_path / "f.bin"), "--trace", "read_mac").stdout
    assert "TRACE +0.000 command op=0x08" in out
    assert "Write 46 bytes: c000082400000000000707122055" in out


def test_a_raw_socket_chip_in_download_mode_needs_no_reset(espsim_server):
    # socket:// has no reset lines: the default reset is skipped (docs/protocol.md §18)
    sim = espsim_server("esp32", raw=True)
    result = esptool(sim.url, "--after", "no_reset", "read_mac")
    assert result.returncode == 0, result.stdout
    assert "MAC: 24:0a:c4:01:02:03" in result.stdout
    assert "Staying in bootloader." in result.stdout


# --- ports that are not a chip -------------------------------------------------

def test_a_missing_port_is_one_fatal_line():
    assert_one_fatal_line(esptool("/dev/ttyUSB-does-not-exist", "read_mac"),
                          "could not open port")


def test_a_port_in_use_is_reported(espsim_server):
    sim = espsim_server("esp32")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, serial; p = serial.serial_for_url(sys.argv[1]); "
        "print('open', flush=True); time.sleep(30)"), sim.url],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert_one_fatal_line(esptool(sim.url, "read_mac"))
    finally:
        holder.kill()
        holder.wait(10)


def test_a_local_port_held_by_another_program_is_reported_as_busy():
    import pty
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, serial; s = serial.Serial(sys.argv[1], exclusive=True); "
        "print('held', flush=True); time.sleep(30)"), path], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = esptool(path, "read_mac")
        assert_one_fatal_line(result, "could not open port %s" % path)
        out = result.stderr         # the fatal line and its hint
        assert "Could not exclusively lock port" in out
        assert "is another program (a serial monitor?) using it?" in out
    finally:
        holder.kill()
        holder.wait(10)
        os.close(master)
        os.close(slave)


def test_a_port_with_nothing_behind_it_times_out(line_server):
    server = line_server()
    result = esptool(server.url, "read_mac")
    assert_one_fatal_line(result, "Failed to connect to Espressif device: "
                                  "Timed out waiting for packet header")
    assert "Hint:" in result.stderr


def test_a_port_that_talks_text_is_not_taken_for_a_chip(line_server):
    server = line_server(reply=b"hello from a modem\r\n")
    assert_one_fatal_line(esptool(server.url, "--chip", "esp32", "read_mac"),
                          "Failed to connect to ESP32: Timed out waiting for packet header; "
                          "got instead: Invalid head of packet")


def test_without_a_port_each_listed_port_is_tried(tmp_path):
    env = dict(os.environ)
    env.pop("ESPTOOL_PORT", None)
    result = run_tool("esptool", "--no-stub", "--connect-attempts", 1, "read_mac", env=env)
    assert_one_fatal_line(result)
    assert ("No serial ports found" in result.stderr
            or "Could not connect to an Espressif device on any of the" in result.stderr)


def test_a_chip_that_never_enters_download_mode_gets_a_boot_mode_hint(espsim_server):
    sim = espsim_server("esp32", refuse_download=True)
    result = esptool(sim.url, "read_mac")
    assert_one_fatal_line(result, "Failed to connect to Espressif device")
    assert "booted in mode 0x13, not in download mode" in result.stderr


# --- faults during a transfer ----------------------------------------------------

def test_replies_that_stop_mid_write_end_in_a_timeout(espsim_server, tmp_path):
    sim = espsim_server("esp32", stop_replies_after=40)
    random_file(tmp_path / "app.bin", 200000)
    result = esptool(sim.url, "write_flash", "-u", "0x10000", tmp_path / "app.bin")
    assert_one_fatal_line(result, "Timed out waiting for packet header")
    out = result.stdout
    no_success_claimed(out)


def test_replies_that_stop_mid_read_leave_no_file(espsim_server, tmp_path):
    sim = espsim_server("esp32", stop_replies_after=40)
    result = esptool(sim.url, "read_flash", "0", 8192, tmp_path / "out.bin")
    assert_one_fatal_line(result, "Timed out waiting for packet")
    out = result.stdout
    assert "Read 8192 bytes" not in out
    assert not (tmp_path / "out.bin").exists()


def test_a_corrupted_byte_on_the_way_in_fails_the_block_checksum_and_is_sent_again(
        espsim_server, tmp_path):
    # Issue 15: the block with a checksum error is sent again; the MD5 decides.
    sim = espsim_server("esp32", corrupt_at=3000)
    data = random_file(tmp_path / "app.bin", 8192)
    result = esptool(sim.url, "--trace", "write_flash", "-u", "0x10000", tmp_path / "app.bin")
    assert result.returncode == 0, result.stdout
    assert "checksum mismatch" in result.stdout          # the trace shows the failed block
    assert "Hash of data verified." in result.stdout
    sim.stop()
    assert open(sim.flash_path, "rb").read()[0x10000:0x10000 + 8192] == data


@pytest.mark.parametrize("command", ["write_flash", "read_flash"])
def test_a_chip_reset_mid_transfer_is_named(espsim_server, tmp_path, command):
    sim = espsim_server("esp32", reset_at_command=30)
    random_file(tmp_path / "app.bin", 100000)
    args = (["write_flash", "-u", "0x10000", tmp_path / "app.bin"] if command == "write_flash"
            else ["read_flash", "0", 8192, tmp_path / "out.bin"])
    result = esptool(sim.url, *args)
    assert_one_fatal_line(result, "The chip reset")
    out = result.stdout
    no_success_claimed(out)
    assert not (tmp_path / "out.bin").exists()


def test_flash_that_does_not_take_the_data_fails_the_md5(espsim_server, tmp_path):
    sim = espsim_server("esp32", stuck_bits=0x01)
    random_file(tmp_path / "app.bin", 4096)
    result = esptool(sim.url, "write_flash", "0x10000", tmp_path / "app.bin")
    assert_one_fatal_line(result, "MD5 of file does not match data in flash!")
    out = result.stdout
    assert "File  md5: " in out and "Flash md5: " in out
    no_success_claimed(out)


def test_esp8266_verify_catches_flash_that_does_not_take_the_data(espsim_server, tmp_path):
    sim = espsim_server("esp8266", stuck_bits=0x01)
    random_file(tmp_path / "app.bin", 2048)
    result = esptool(sim.url, "write_flash", "--verify", "0x10000", tmp_path / "app.bin")
    assert_one_fatal_line(result, "Verify failed.")
    out = result.stdout
    assert "-- verify FAILED" in out


def test_ctrl_c_during_a_write_exits_130(espsim_server, tmp_path):
    sim = espsim_server("esp32", realtime=True)
    random_file(tmp_path / "app.bin", 300000)
    argv = tool_argv("esptool", "--port", sim.url, "--no-stub", "write_flash", "-u", "0x10000",
                     tmp_path / "app.bin")
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = ""
        deadline = time.time() + 60
        while "Writing at" not in seen and time.time() < deadline:
            seen += proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, seen + out + err
    assert "Traceback" not in out + err
    assert "Interrupted" in err and "Interrupted" not in seen + out
    no_success_claimed(seen + out)


def test_a_damaged_esp32_rom_read_is_caught_by_the_chips_md5_and_read_again(espsim_server,
                                                                            tmp_path):
    # Damage the address of one READ_FLASH_SLOW request: the chip reads the
    # wrong bytes and nothing in its reply says so, but the MD5 check does, and
    # the range is read again (each chunk until two reads agree).
    flash = random.Random(3).randbytes(4 << 20)
    args = ("read_flash", "0", 8192, tmp_path / "out.bin")
    clean = espsim_server("esp32", flash=flash, flash_size="4MB")
    assert esptool(clean.url, *args).returncode == 0
    sim = espsim_server("esp32", flash=flash, flash_size="4MB",
                        corrupt_at=wire_offset_of_read_address(clean.trace_path, request=20))
    os.remove(tmp_path / "out.bin")
    result = esptool(sim.url, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out.bin").read_bytes() == flash[:8192]


def wire_offset_of_read_address(trace, request):
    """Index, in the bytes the host sent, of address byte 1 of the Nth READ_FLASH_SLOW."""
    sys.path.insert(0, ROOT)
    import esptool as tool
    offset, seen = 0, 0
    with open(trace) as f:
        for line in f:
            if not line.startswith("> "):
                continue
            frame = bytes.fromhex(line[2:].strip())
            if frame[:2] == b"\x00\x0e":
                seen += 1
                if seen == request and frame[9] not in (0xC0, 0xDB):
                    return offset + len(tool.slip_encode(frame[:9])) - 1
            offset += len(tool.slip_encode(frame))
    raise AssertionError("no READ_FLASH_SLOW request %d in the trace" % request)
