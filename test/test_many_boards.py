"""Many boards at once: `--port A --port B` (or A,B, or --all-ports) runs one
command on every board in parallel; `--json` reports any command as events.

Each board is an espsim chip served over RFC 2217 (so resets work as on a
real board); a fault flag makes one of them fail. The tool runs as a user runs
it, in its own process, except where pyserial's port listing is replaced.
"""
import hashlib
import json
import os

import pytest
import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

import esptool
from conftest import assert_one_fatal_line, ok, run_in_a_terminal, run_main, tool_argv

IMAGE_ADDRESS = 0x10000


@pytest.fixture
def image(tmp_path):
    path = tmp_path / "app.bin"
    path.write_bytes(os.urandom(12 * 1024) + bytes(20 * 1024))
    return path


def board(espsim_server, number, **faults):
    return espsim_server("esp32", trace=False, mac="24:0a:c4:00:00:%02x" % number, **faults)


@pytest.fixture
def four_boards(espsim_server):
    """Four chips; the last one's flash has a stuck bit, so its MD5 check fails."""
    return [board(espsim_server, n) for n in range(3)] + [board(espsim_server, 3, stuck_bits=0x01)]


def label(sim):
    return sim.url.split("://")[1]


def flashed(sim, image):
    data = image.read_bytes()
    return sim.flash()[IMAGE_ADDRESS:IMAGE_ADDRESS + len(data)] == data


def port_args(sims):
    return [arg for sim in sims for arg in ("--port", sim.url)]


# -- many boards ------------------------------------------------------------------

def test_one_failing_board_does_not_stop_the_others(esptool, four_boards, image):
    result = esptool(*port_args(four_boards), "write_flash", "0x10000", image)
    good, bad = four_boards[:3], four_boards[3]
    assert result.returncode == 2, result.stdout
    assert all(flashed(sim, image) for sim in good)
    assert assert_one_fatal_line(result) == ("A fatal error occurred: 1 of 4 boards failed: %s"
                                             % label(bad))
    lines = result.stdout.splitlines()
    table = lines[lines.index("") + 1:]
    assert table[0].split() == ["board", "chip", "MAC", "result", "time"]
    rows = {row.split()[0]: row.split() for row in table[1:]}
    assert set(rows) == {label(sim) for sim in four_boards}
    for number, sim in enumerate(good):
        assert rows[label(sim)][1:4] == ["ESP32", "24:0a:c4:00:00:%02x" % number, "ok"]
    assert rows[label(bad)][1:4] == ["ESP32", "24:0a:c4:00:00:03", "FAILED"]
    assert "MD5 of file does not match data in flash" in table[-1]


def test_every_line_names_its_board(esptool, espsim_server, image):
    sims = [board(espsim_server, n) for n in range(2)]
    result = esptool(*port_args(sims), "write_flash", "0x10000", image)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith("esptool.py v")
    board_lines = lines[1:lines.index("")]
    for sim in sims:
        mine = [line for line in board_lines if line.startswith("[%s] " % label(sim))]
        assert "[%s] Hash of data verified." % label(sim) in mine
        assert any(line.endswith("(100 %)") and "Writing at" in line for line in mine)
    assert all(line.startswith(tuple("[%s] " % label(sim) for sim in sims))
               for line in board_lines)


def test_a_comma_list_is_the_same_as_repeating_port(esptool, espsim_server, image):
    sims = [board(espsim_server, n) for n in range(2)]
    result = esptool("--port", ",".join(sim.url for sim in sims), "write_flash", "0x10000", image)
    assert result.returncode == 0, result.stdout
    assert all(flashed(sim, image) for sim in sims)
    rows = result.stdout.splitlines()[-2:]
    assert [row.split()[0] for row in rows] == [label(sim) for sim in sims]


def test_all_ports_runs_on_every_port_the_filter_matches(monkeypatch, tmp_path, image):
    def port(name, serial_number):
        info = ListPortInfo("espsim://esp32?flash=%s" % (tmp_path / name), skip_link_detection=True)
        info.vid, info.pid, info.serial_number = 0x10C4, 0xEA60, serial_number
        return info
    ports = [port("a.bin", "LAB-1"), port("b.bin", "LAB-2"), port("c.bin", "OTHER")]
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(ports))
    ok(run_main("esptool", "--port-filter", "serial=lab", "--all-ports",
                "write_flash", "0x10000", image))
    data = image.read_bytes()
    for name in ("a.bin", "b.bin"):
        assert (tmp_path / name).read_bytes()[IMAGE_ADDRESS:IMAGE_ADDRESS + len(data)] == data
    assert not (tmp_path / "c.bin").exists()


def test_boards_across_a_lab_through_rfc2217_servers_and_a_local_port(esptool, tmp_path, image):
    from test_rfc2217_server import RunningServer
    flashes = [tmp_path / name for name in ("bench1.bin", "bench2.bin", "local.bin")]
    servers = [RunningServer("espsim://esp32?flash=%s" % path) for path in flashes[:2]]
    try:
        ports = [server.url for server in servers] + ["espsim://esp32?flash=%s" % flashes[2]]
        result = esptool("--port", ",".join(ports), "write_flash", "0x10000", image)
        assert result.returncode == 0, result.stdout
    finally:
        for server in servers:
            server.stop()                   # the simulated chips save their flash
    data = image.read_bytes()
    for path in flashes:
        assert path.read_bytes()[IMAGE_ADDRESS:IMAGE_ADDRESS + len(data)] == data


def test_one_board_prints_what_it_always_printed(esptool, espsim_server, image):
    sim = board(espsim_server, 0)
    result = esptool("--port", sim.url, "write_flash", "0x10000", image)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[1:3] == ["Connecting...", "Detecting chip type... ESP32"]
    assert "Hash of data verified." in lines
    assert lines[-1] == "Hard resetting via RTS pin..."
    assert not any(line.startswith("[") or line.startswith("board ") for line in lines)


def test_on_a_terminal_each_board_has_a_bar_redrawn_in_place(tmp_path, image):
    urls = ["espsim://esp32?flash=%s" % (tmp_path / name) for name in ("a.bin", "b.bin")]
    out = run_in_a_terminal(tool_argv("esptool", "--port", urls[0], "--port", urls[1],
                                      "write_flash", "0x10000", image))
    # The two status lines at the bottom: up two lines, clear, messages, then the bars.
    assert b"\x1b[2A\r\x1b[J" in out
    for url in urls:
        done = "[%s] [%s] Writing at 0x00014000... (100 %%)" % (url, "#" * 20)
        assert done.encode()[:79] in out
        assert ("[%s] Hash of data verified." % url).encode() in out
    table = out.split(b"\r\n\r\n")[-1].decode().splitlines()
    assert [row.split()[0] for row in table] == ["board"] + urls


@pytest.mark.parametrize("argv, message", [
    (["--port", "/dev/nope1", "--port", "/dev/nope2", "read_flash", "0", "16", "out.bin"],
     "read_flash works on one board at a time; 2 ports were given (/dev/nope1, /dev/nope2)"),
    (["--port", "/dev/nope1,/dev/nope2", "monitor"],
     "monitor works on one board at a time; 2 ports were given"),
    (["--port", "/dev/nope1,/dev/nope2", "run", "--monitor"],
     "--monitor works on one board at a time"),
    (["--json", "--port", "/dev/nope1", "monitor"], "--json cannot carry the chip's own output"),
    (["--port", "/dev/nope1", "--port", "/dev/nope1", "chip_id"],
     "port /dev/nope1 is given more than once"),
    (["--port", "/dev/nope1", "--all-ports", "chip_id"], "--all-ports runs on every port found"),
])
def test_what_cannot_run_on_many_boards_is_refused_before_any_port_is_opened(esptool, argv,
                                                                             message):
    result = esptool(*argv)
    assert_one_fatal_line(result, "A fatal error occurred: %s" % message)
    output = result.stdout + result.stderr
    assert "could not open port" not in output


# -- --json ------------------------------------------------------------------------

def events_of(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_events_tell_each_boards_story(esptool, four_boards, image):
    result = esptool("--json", *port_args(four_boards), "write_flash", "0x10000", image)
    assert result.returncode == 2
    events = events_of(result)           # every stdout line is a JSON object
    md5 = hashlib.md5(image.read_bytes()).hexdigest()
    for number, sim in enumerate(four_boards):
        mine = [e for e in events if e.get("port") == sim.url]
        kinds = [e["event"] for e in mine]
        assert kinds[0] == "connected" and kinds[-1] == "result" and kinds.count("result") == 1
        assert mine[0]["mac"] == mine[-1]["mac"] == "24:0a:c4:00:00:%02x" % number
        assert all(e["board"] == label(sim) for e in mine)
        progress = [e for e in mine if e["event"] == "progress"]
        assert progress and progress[-1]["percent"] == 100
        assert [p["percent"] for p in progress] == sorted(p["percent"] for p in progress)
    results = {e["port"]: e for e in events if e["event"] == "result"}
    for sim in four_boards[:3]:
        assert results[sim.url]["ok"] is True
        assert results[sim.url]["flash"] == [{"address": IMAGE_ADDRESS,
                                              "size": len(image.read_bytes()), "md5": md5}]
    bad = four_boards[3]
    assert results[bad.url]["ok"] is False and results[bad.url]["flash"] == []
    errors = [e for e in events if e["event"] == "error"]
    assert [e["port"] for e in errors] == [bad.url]
    assert "MD5 of file does not match" in errors[0]["message"]
    assert events[-1]["event"] == "summary"
    assert events[-1]["ok"] is False and events[-1]["failed"] == [label(bad)]
    assert "1 of 4 boards failed" in result.stderr and "FAILED" in result.stderr


def test_json_result_has_the_digest_also_when_the_flash_already_held_the_data(esptool,
                                                                             espsim_server,
                                                                             tmp_path):
    image = tmp_path / "big.bin"       # large enough for write_flash to skip what is there
    image.write_bytes(os.urandom(4096) + bytes(160 * 1024))
    md5 = hashlib.md5(image.read_bytes()).hexdigest()
    sim = board(espsim_server, 0)
    for _ in range(2):
        result = esptool("--json", "--port", sim.url, "write_flash", "0x10000", image)
        assert result.returncode == 0, result.stderr
        assert events_of(result)[-1]["flash"] == [{"address": IMAGE_ADDRESS,
                                                   "size": len(image.read_bytes()), "md5": md5}]
    assert "sectors already in flash, skipped" in result.stderr


def test_json_with_one_board_moves_the_text_to_stderr(esptool, espsim_server):
    sim = board(espsim_server, 5)
    result = esptool("--json", "--port", sim.url, "read_mac")
    assert result.returncode == 0, result.stderr
    events = events_of(result)
    assert [e["event"] for e in events] == ["connected", "result"]
    assert events[-1]["ok"] is True and events[-1]["mac"] == "24:0a:c4:00:00:05"
    assert "MAC: 24:0a:c4:00:00:05" in result.stderr


def test_json_errors_are_events_too(esptool, espsim_server):
    sim = board(espsim_server, 0, refuse_download=True)
    result = esptool("--json", "--connect-attempts", "1", "--port", sim.url, "chip_id")
    assert_one_fatal_line(result, "Failed to connect")
    events = events_of(result)
    assert [e["event"] for e in events] == ["error", "result"]
    assert events[0]["message"].startswith("Failed to connect")
    assert "A fatal error occurred: Failed to connect" in result.stderr

    result = esptool("--json", "--port", sim.url, "write_flash", "0x10000")
    assert result.returncode == 2
    (event,) = events_of(result)
    assert event["event"] == "error" and "write_flash" in event["message"]


def test_json_for_a_command_without_a_chip(esptool, tmp_path):
    result = esptool("--json", "version")
    assert result.returncode == 0
    assert [e["event"] for e in events_of(result)] == ["result"]
    assert result.stderr.splitlines()[-1] == esptool_version()


def esptool_version():
    return esptool.__version__


def test_json_list_ports_gives_a_port_event_per_port(monkeypatch):
    info = ListPortInfo("/dev/ttyUSB7", skip_link_detection=True)
    info.vid, info.pid, info.serial_number = 0x10C4, 0xEA60, "0007"
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: [info])
    listed = ok(run_main("esptool", "--json", "list_ports"))
    events = [json.loads(line) for line in listed.splitlines()]
    assert [e["event"] for e in events] == ["port", "result"]
    assert events[0]["device"] == "/dev/ttyUSB7" and events[0]["likely_esp"] is True

