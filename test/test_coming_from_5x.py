"""A day with our tools for someone coming from upstream 5.x (issue 23): each
friction they met, run as they typed it.

Errors go to stderr (item 1), a stub left running is used again (item 2), 5.x
command lines parse (item 3), a typo gets one suggestion (item 7), list_ports
has a header and the help an order (item 9), get_security_info and
read_flash_sfdp exist (item 10).
"""
import os
import subprocess
import sys

import pytest

from conftest import ROOT, assert_one_fatal_line, ok, only_the_error, run_tool

DEMO_IMAGE = os.path.join(ROOT, "examples", "demo-esp32.bin")
MEM_BEGIN = 0x05


# -- item 1: fatal errors on stderr, stdout keeps what a script reads --------------

def test_esptool_says_a_fatal_error_on_stderr_only():
    result = run_tool("esptool", "--port", "/dev/ttyUSB9-no-such-port", "read_mac")
    assert_one_fatal_line(result, "/dev/ttyUSB9-no-such-port")
    assert only_the_error(result.stderr)
    assert result.stdout.startswith("esptool.py v")       # the log stays where it was


def test_the_error_of_a_command_writing_data_to_stdout_stays_out_of_the_data(tmp_path):
    result = run_tool("esptool", "--port", "/dev/ttyUSB9-no-such-port", "read_flash", "0",
                      "16", "-", text=False)
    assert_one_fatal_line(result, "/dev/ttyUSB9-no-such-port")
    assert result.stdout == b""


@pytest.mark.parametrize("tool, argv, fragment", [
    ("espsecure", ["digest_secure_bootloader", "--keyfile", "no-such-key.bin",
                   "--output", "out.bin", "no-such-image.bin"], "no-such"),
    ("espefuse", ["--file", "no-such-efuse.json", "summary"], "does not exist"),
    ("esp_rfc2217_server", ["-p", "0", "/dev/no-such-tty"], "could not open port"),
])
def test_the_other_tools_say_a_fatal_error_on_stderr_only(tool, argv, fragment, tmp_path):
    result = run_tool(tool, *argv, cwd=tmp_path, timeout=60)
    assert_one_fatal_line(result, fragment)
    assert only_the_error(result.stderr)


def test_espsim_says_why_it_cannot_start_on_stderr_only():
    result = subprocess.run([sys.executable, "-m", "espsim", "--listen", "256.0.0.1:0"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2
    assert "cannot listen on 256.0.0.1:0" in result.stderr
    assert result.stdout == ""


# -- item 2: a chip whose stub still runs (no reset line) ------------------------

@pytest.mark.parametrize("chip", ["esp32", "esp8266", "esp32c3"])
def test_a_stub_left_running_is_used_again_not_uploaded(espsim_server, tmp_path, chip):
    sim = espsim_server(chip, raw=True)           # socket://: no reset line reaches it
    sim.preload(0, b"first bytes!")
    argv = ("--port", sim.url, "--before", "no_reset", "read_flash", "0", "12")
    first = ok(run_tool("esptool", *argv, tmp_path / "1.bin"))
    assert "Stub running..." in first
    uploads = sim.commands_received().count(MEM_BEGIN)
    second = ok(run_tool("esptool", *argv, tmp_path / "2.bin"))
    assert "The flasher stub is already running: going on with it, no upload." in second
    assert "Uploading stub" not in second
    assert sim.commands_received().count(MEM_BEGIN) == uploads
    assert (tmp_path / "2.bin").read_bytes() == b"first bytes!"
    # A command that would not upload the stub also talks to it as a stub.
    assert "MAC: " in ok(run_tool("esptool", "--port", sim.url, "--before", "no_reset",
                                  "read_mac"))
