"""Finding the board's port: the order ports are tried in, --port-filter, list_ports.

pyserial's port listing is replaced by a fixture (`fake_ports`), so each test
states exactly which ports the computer has. An `espsim://` URL can stand in
for a port's device name: esptool.py then really connects to a simulated chip
through that "port".
"""
import json
import os
import signal
import threading
import time

import pytest
import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

from conftest import assert_one_fatal_line, run_main

CP2102 = dict(vid=0x10C4, pid=0xEA60, description="CP2102 USB to UART Bridge Controller",
              serial_number="0001", manufacturer="Silicon Labs")
USB_JTAG = dict(vid=0x303A, pid=0x1001, description="USB JTAG/serial debug unit",
                serial_number="24:0A:C4:00:00:01", manufacturer="Espressif")
ARDUINO = dict(vid=0x2341, pid=0x0043, description="Arduino Uno", serial_number="8573",
               manufacturer="Arduino")


def port(device, vid=None, pid=None, description="n/a", serial_number=None, manufacturer=None):
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid, info.description = vid, pid, description
    info.serial_number, info.manufacturer = serial_number, manufacturer
    return info


@pytest.fixture
def fake_ports(monkeypatch):
    """Call with ListPortInfo records: from then on they are the computer's ports."""
    def install(*ports):
        monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(ports))
    return install


def espsim_url(tmp_path, name="flash.bin"):
    return "espsim://esp32?flash=%s" % (tmp_path / name)


# -- list_ports ----------------------------------------------------------------

def test_list_ports_shows_esp_bridges_first_and_marks_them(fake_ports):
    fake_ports(port("/dev/ttyS0"), port("/dev/ttyACM3", **ARDUINO),
               port("/dev/ttyUSB1", **CP2102), port("/dev/ttyACM0", **USB_JTAG))
    result = run_main("esptool", "list_ports")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "  port          VID:PID    description                           serial",
        "* /dev/ttyACM0  303a:1001  USB JTAG/serial debug unit            24:0A:C4:00:00:01",
        "* /dev/ttyUSB1  10c4:ea60  CP2102 USB to UART Bridge Controller  0001",
        "  /dev/ttyACM3  2341:0043  Arduino Uno                           8573",
        "  /dev/ttyS0    -          n/a                                   -  (not tried: the "
        "computer's own UART)",
        "* USB serial bridge used on ESP boards (tried first)",
    ]


def test_a_legacy_uart_is_tried_when_it_is_the_only_port(fake_ports):
    fake_ports(port("/dev/ttyS0"), port("/dev/ttyS1"))
    result = run_main("esptool", "list-ports")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["  port        VID:PID  description  serial",
                                          "  /dev/ttyS0  -        n/a          -",
                                          "  /dev/ttyS1  -        n/a          -"]


def test_list_ports_json_is_one_object_per_port(fake_ports):
    fake_ports(port("/dev/ttyS0"), port("/dev/ttyUSB1", **CP2102))
    result = run_main("esptool", "list_ports", "--json")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [
        {"device": "/dev/ttyUSB1", "vid": 0x10C4, "pid": 0xEA60, "serial_number": "0001",
         "description": "CP2102 USB to UART Bridge Controller", "manufacturer": "Silicon Labs",
         "likely_esp": True, "tried": True},
        {"device": "/dev/ttyS0", "vid": None, "pid": None, "serial_number": None,
         "description": "n/a", "manufacturer": None, "likely_esp": False, "tried": False},
    ]


def test_list_ports_with_no_ports_says_so(fake_ports):
    fake_ports()
    listed = run_main("esptool", "list_ports")
    assert (listed.returncode, listed.stdout) == (0, "No serial ports found.\n")
    listed = run_main("esptool", "list_ports", "--json")
    assert (listed.returncode, listed.stdout) == (0, "")


# -- --port-filter ---------------------------------------------------------------

BOARDS = [port("/dev/ttyUSB0", **CP2102),
          port("/dev/ttyUSB1", **dict(CP2102, serial_number="0002")),
          port("/dev/ttyACM0", **USB_JTAG),
          port("/dev/ttyACM1", **ARDUINO)]


@pytest.mark.parametrize("filters,expected", [
    (["vid=0x10c4"], ["/dev/ttyUSB0", "/dev/ttyUSB1"]),
    (["vid=0x10c4,serial=0002"], ["/dev/ttyUSB1"]),                  # different keys: all
    (["vid=0x10c4", "serial=0002"], ["/dev/ttyUSB1"]),               # repeated option
    (["vid=0x303a", "vid=0x2341"], ["/dev/ttyACM0", "/dev/ttyACM1"]),   # same key: any
    (["pid=4097"], ["/dev/ttyACM0"]),                                # decimal, as 5.x
    (["name=acm"], ["/dev/ttyACM0", "/dev/ttyACM1"]),                # part of the name, any case
    (["serial=24:0a:c4"], ["/dev/ttyACM0"]),
    (["vid=0x0403"], []),
], ids=["vid", "vid-and-serial", "repeated", "two-vids", "decimal", "name", "serial", "none"])
def test_port_filter_narrows_the_candidates(fake_ports, filters, expected):
    fake_ports(*BOARDS)
    argv = []
    for value in filters:
        argv += ["--port-filter", value]
    result = run_main("esptool", *argv, "list_ports", "--json")
    assert result.returncode == 0
    assert [json.loads(line)["device"] for line in result.stdout.splitlines()] == expected


@pytest.mark.parametrize("value,message", [
    ("vid", "'vid' is not KEY=VALUE"),
    ("colour=red", "unknown port filter key 'colour'"),
    ("vid=303a", "vid=303a is not a number (hexadecimal needs 0x: vid=0x303a)"),
])
def test_a_bad_port_filter_is_one_error_line(value, message):
    result = run_main("esptool", "--port-filter", value, "list_ports")
    assert_one_fatal_line(result, "A fatal error occurred: argument --port-filter: %s" % message)


def test_a_filter_that_matches_nothing_stops_before_any_port_is_opened(fake_ports):
    fake_ports(*BOARDS)
    result = run_main("esptool", "--port-filter", "vid=0x0403", "read_mac")
    assert_one_fatal_line(result, "A fatal error occurred: "
                                  "No serial port matches --port-filter vid=0x0403")
    assert "Serial port" not in result.stdout


# -- which port a chip command tries first -----------------------------------------

def test_without_port_an_esp_bridge_is_tried_before_other_ports(fake_ports, tmp_path):
    # The legacy UART and the Arduino would each cost a full connect timeout.
    fake_ports(port("/dev/ttyS0"), port("/dev/ttyACM1", **ARDUINO),
               port(espsim_url(tmp_path), **CP2102))
    result = run_main("esptool", "read_mac")
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[1] == "Serial port %s" % espsim_url(tmp_path)
    assert "MAC: 24:0a:c4:01:02:03" in result.stdout
    assert "/dev/ttyS0" not in result.stdout and "/dev/ttyACM1" not in result.stdout


def test_without_port_the_filter_picks_the_board(fake_ports, tmp_path):
    first = espsim_url(tmp_path, "a.bin")
    second = espsim_url(tmp_path, "b.bin") + "&mac=24:0a:c4:00:00:02"
    fake_ports(port(first, **CP2102), port(second, **dict(CP2102, serial_number="0002")))
    result = run_main("esptool", "--port-filter", "serial=0002", "read_mac")
    assert result.returncode == 0, result.stdout
    assert "Serial port %s" % second in result.stdout and first not in result.stdout
    assert "MAC: 24:0a:c4:00:00:02" in result.stdout


def stop_once_watching():
    """SIGTERM this process once the monitor has installed its handler (never before)."""
    original = signal.getsignal(signal.SIGTERM)

    def wait_and_stop():
        end = time.monotonic() + 30
        while signal.getsignal(signal.SIGTERM) is original:
            if time.monotonic() > end:
                return
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGTERM)
    threading.Thread(target=wait_and_stop, daemon=True).start()


def test_monitor_without_port_watches_the_best_candidate(fake_ports, tmp_path):
    url = espsim_url(tmp_path)
    fake_ports(port("/dev/ttyS0"), port("/dev/ttyACM1", **ARDUINO), port(url, **CP2102))
    stop_once_watching()
    watched = run_main("esptool", "monitor", "--no-reset")
    assert watched.returncode == 0
    assert watched.stderr.splitlines()[:2] == [
        "--- no --port given: watching %s, the first of 2 candidates (/dev/ttyACM1)" % url,
        "--- esptool.py monitor on %s at 115200 baud; Ctrl-C or SIGTERM ends it" % url]
