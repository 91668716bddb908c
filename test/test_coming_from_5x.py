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

from conftest import ROOT, assert_one_fatal_line, ok, only_the_error, run_main, run_tool

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


def test_with_the_stub_left_running_a_read_of_flash_via_espsim_sees_no_upload_and_stays(
        espsim_server, tmp_path):
    # --after no_reset_stub leaves the stub running for the next command: 5.x's way in.
    sim = espsim_server("esp32", raw=True)
    first = ok(run_tool("esptool", "--port", sim.url, "--after", "no-reset-stub", "read_mac"))
    assert "Staying in bootloader." in first            # read_mac ran on the ROM: no stub
    out = ok(run_tool("esptool", "--port", sim.url, "--after", "no-reset-stub", "read_flash",
                      "0", "16", tmp_path / "a.bin"))
    assert out.rstrip().endswith("Staying in the flasher stub.")
    out = ok(run_tool("esptool", "--port", sim.url, "--before", "no-reset", "flash_id"))
    assert "The flasher stub is already running" in out


# -- item 3: 5.x command lines that parse ------------------------------------------

@pytest.fixture
def esp32(espsim_server):
    return espsim_server("esp32", in_process=True)


def test_verify_flash_diff_is_a_plain_flag_as_in_5x(esp32, tmp_path):
    data = os.urandom(4096)
    (tmp_path / "f.bin").write_bytes(data)
    esp32.preload(0x10000, data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    result = run_tool("esptool", "--port", esp32.url, "verify-flash", "--diff", "0x10000",
                      tmp_path / "f.bin")
    assert_one_fatal_line(result, "Verify failed")
    assert "0x00010064" in result.stdout.lower() or "10064" in result.stdout, result.stdout
    # v2.3's spelling keeps its meaning: --diff no lists nothing.
    quiet = run_tool("esptool", "--port", esp32.url, "verify_flash", "--diff", "no", "0x10000",
                     tmp_path / "f.bin")
    assert_one_fatal_line(quiet, "Verify failed")
    assert "10064" not in quiet.stdout


@pytest.mark.parametrize("option", ["-v", "--verbose"])
def test_verbose_is_accepted(option, tmp_path):
    result = run_tool("esptool", option, "image_info", DEMO_IMAGE)
    assert ok(result) == ok(run_tool("esptool", "image_info", DEMO_IMAGE))


@pytest.mark.parametrize("option", ["-s", "--silent"])
def test_silent_prints_nothing_but_data_and_errors(option, esp32, tmp_path):
    assert ok(run_tool("esptool", option, "--port", esp32.url, "read_mac")) == ""
    esp32.preload(0, b"\x12\x34")
    data = run_tool("esptool", option, "--port", esp32.url, "read_flash", "0", "2", "-",
                    text=False)
    assert (data.returncode, data.stdout) == (0, b"\x12\x34")
    failed = run_tool("esptool", option, "--port", "/dev/no-such-port", "read_mac")
    assert_one_fatal_line(failed, "/dev/no-such-port")
    assert failed.stdout == ""


@pytest.mark.parametrize("argv", [["--before", "no-reset-no-sync"],
                                  ["--before", "no_reset_no_sync"]])
def test_before_no_reset_no_sync_sends_no_sync(argv, espsim_server):
    sim = espsim_server("esp32", raw=True)         # a chip already in its download mode
    out = ok(run_tool("esptool", "--port", sim.url, *argv, "read_mac"))
    assert "MAC: " in out
    SYNC = 0x08
    assert SYNC not in sim.commands_received()


@pytest.mark.parametrize("chip, watchdog", [("esp32c3", True), ("esp32s3", True),
                                            ("esp32p4", True), ("esp32c5", True),
                                            ("esp32c61", True), ("esp32c6", False),
                                            ("esp32", False)])
def test_after_watchdog_reset(chip, watchdog, espsim_server):
    sim = espsim_server(chip)
    out = ok(run_tool("esptool", "--port", sim.url, "--after", "watchdog-reset", "read_mac"))
    WRITE_REG = 0x09
    if watchdog:
        assert "Hard resetting with the RTC watchdog..." in out
        assert sim.commands_received()[-4:] == [WRITE_REG] * 4
    else:
        assert "resetting via RTS instead" in out


def test_erase_flash_and_erase_region_take_force(esp32):
    ok(run_tool("esptool", "--port", esp32.url, "erase-flash", "--force"))
    ok(run_tool("esptool", "--port", esp32.url, "erase-region", "--force", "0x1000", "0x1000"))


def test_read_flash_takes_the_flash_size(esp32, tmp_path):
    out = ok(run_tool("esptool", "--port", esp32.url, "read-flash", "--flash-size", "1MB",
                      "0xFF000", "ALL", tmp_path / "end.bin"))
    assert len((tmp_path / "end.bin").read_bytes()) == 0x1000
    assert "Auto-detected Flash size" not in out      # the size given, not the chip's 4MB
    assert_one_fatal_line(run_tool("esptool", "--port", esp32.url, "read_flash", "-fs", "1MB",
                                   "0xFF000", "0x2000", tmp_path / "x.bin"),
                          "past the end of the 1024 KiB flash")


def test_espsecure_takes_version_1(tmp_path):
    ok(run_tool("espsecure", "generate-signing-key", "--version", "1", tmp_path / "k.pem"))
    (tmp_path / "data.bin").write_bytes(b"x" * 1000)
    ok(run_tool("espsecure", "sign-data", "--version", "1", "--keyfile", tmp_path / "k.pem",
                "--output", tmp_path / "signed.bin", tmp_path / "data.bin"))
    assert "Signature is valid" in ok(run_tool("espsecure", "verify-signature", "-v", "1",
                                               "--keyfile", tmp_path / "k.pem",
                                               tmp_path / "signed.bin"))
    # --version 2 signs for Secure Boot v2: test/test_espsecure_v2.py


def test_the_python_api_takes_the_5x_after_values(espsim_server):
    import esptool
    sim = espsim_server("esp32", raw=True)
    with esptool.connect(sim.url, stub=True, after="no_reset_stub") as chip:
        chip.read_flash(0, 16)
    with esptool.connect(sim.url, before="no_reset") as chip:   # the stub is still there
        assert chip.esp.IS_STUB


# -- item 7: a typo gets one suggestion, in the user's spelling --------------------

@pytest.mark.parametrize("tool, typed, meant", [
    ("esptool", "write_flsh", "write_flash"),
    ("esptool", "write-flsh", "write-flash"),
    ("espsecure", "sign_dat", "sign_data"),
    ("espefuse", "summry", "summary"),
])
def test_a_mistyped_command_gets_one_suggestion(tool, typed, meant, tmp_path):
    result = run_tool(tool, typed, cwd=tmp_path)
    line = assert_one_fatal_line(result, "'%s'" % typed, "Did you mean '%s'?" % meant)
    assert "read_mac" not in line and "choose from" not in line
    assert only_the_error(result.stderr)


def test_a_word_like_no_command_gets_no_guess():
    line = assert_one_fatal_line(run_tool("esptool", "flash_everything_please_now"))
    assert "Did you mean" not in line


# -- item 9: list_ports' header, the help's order -----------------------------------

def test_the_help_lists_the_commands_a_to_z():
    help_text = ok(run_tool("esptool", "-h"))
    listed = [line.split()[0] for line in help_text.split("<command> ...")[1].splitlines()
              if line.startswith("    ") and not line.startswith("     ")]
    assert listed == sorted(listed)
    assert {"write_flash", "get_security_info", "read_flash_sfdp", "monitor", "list_ports"} <= set(listed)


def test_list_ports_has_a_header_over_aligned_columns(monkeypatch):
    import serial.tools.list_ports
    from serial.tools.list_ports_common import ListPortInfo
    bridge = ListPortInfo("/dev/ttyUSB0", skip_link_detection=True)
    bridge.vid, bridge.pid, bridge.description = 0x10C4, 0xEA60, "CP2102 USB to UART Bridge"
    bridge.serial_number = "0001"
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: [bridge])
    lines = run_main("esptool", "list_ports").stdout.splitlines()
    assert lines[0].split() == ["port", "VID:PID", "description", "serial"]
    assert lines[1].startswith("* /dev/ttyUSB0")
    for word in ("VID:PID", "description", "serial"):
        assert lines[0].index(word) == lines[1].index({"VID:PID": "10c4:ea60",
                                                       "description": "CP2102",
                                                       "serial": "0001"}[word])


# -- item 10: get_security_info and read_flash_sfdp --------------------------------

def upstream_5_lines(sim, *argv, start):
    """Upstream 5.6's output lines for `argv` on `sim`, from the line `start` on to the
    first blank line."""
    from oracle import upstream_cmd
    result = subprocess.run(upstream_cmd("5") + ["--port", sim.url] + list(argv),
                            capture_output=True, text=True, timeout=120, cwd="/")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    lines = lines[lines.index(start):]
    return [line.rstrip() for line in lines[:lines.index("")]]


@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3", "esp32s2", "esp32h2", "esp32c2"])
def test_get_security_info_prints_upstream_5x_lines(chip, espsim_server):
    sim = espsim_server(chip)
    ours = ok(run_tool("esptool", "--port", sim.url, "get-security-info")).splitlines()
    ours = ours[ours.index("Security Information:"):-1]     # up to the reset line
    assert ours == upstream_5_lines(sim, "get-security-info", start="Security Information:")
    assert "Chip ID: " in "\n".join(ours) or chip == "esp32s2"   # its ROM sends no chip ID


def test_get_security_info_lines_for_a_secured_chip():
    from espkit.commands5x import security_info_lines
    flags = 1 | 2 | 1 << 4 | 1 << 7 | 1 << 8 | 1 << 9
    lines = security_info_lines("ESP32-S3", (flags, 0b1, (4, 9, 0, 0, 0, 0, 0), 9, 1))
    assert lines[2] == "Flags: 0x%08x (%s)" % (flags, bin(flags))
    assert lines[4:6] == ["  BLOCK_KEY0 - XTS_AES_128_KEY", "  BLOCK_KEY1 - SECURE_BOOT_DIGEST0"]
    assert lines[12:] == ["Secure Boot: Enabled", "Secure Boot Aggressive key revocation: Enabled",
                          "Secure Boot Key Revocation Status:", "\tSecure Boot Key1 is Revoked",
                          "Flash Encryption: Enabled",
                          "SPI Boot Crypt Count (SPI_BOOT_CRYPT_CNT): 0x1",
                          "Dcache in UART download mode: Disabled",
                          "JTAG: Permanently Disabled", "USB Access: Disabled"]


@pytest.mark.parametrize("chip", ["esp8266", "esp32"])
def test_get_security_info_on_a_rom_without_it_is_one_line(chip, espsim_server):
    sim = espsim_server(chip, in_process=True)
    assert_one_fatal_line(run_tool("esptool", "--port", sim.url, "get_security_info"),
                          "%s has no GET_SECURITY_INFO" % chip.upper())


@pytest.mark.parametrize("chip", ["esp8266", "esp32", "esp32c3", "esp32s3"])
def test_read_flash_sfdp_reads_the_jedec_header_and_table(chip, espsim_server):
    sim = espsim_server(chip, in_process=True)
    out = ok(run_tool("esptool", "--port", sim.url, "read_flash_sfdp", "0", "4"))
    assert "Flash memory SFDP[0..3]: 0x53 0x46 0x44 0x50" in out      # "SFDP"
    out = ok(run_tool("esptool", "--port", sim.url, "read-flash-sfdp", "0x34", "4"))
    assert "Flash memory SFDP[52..55]: 0xff 0xff 0xff 0x01" in out     # 32 Mbit - 1


def test_read_flash_sfdp_agrees_with_upstream_5x(espsim_server):
    sim = espsim_server("esp32c3")
    ours = ok(run_tool("esptool", "--port", sim.url, "read-flash-sfdp", "8", "4"))
    theirs = upstream_5_lines(sim, "--no-stub", "read-flash-sfdp", "8", "4",
                              start="Manufacturer: ef")
    assert theirs[-1] in ours.splitlines()


def test_read_flash_sfdp_checks_its_count_before_connecting():
    assert_one_fatal_line(run_tool("esptool", "--port", "/dev/no-such-port", "read_flash_sfdp",
                                   "0", "5"), "1 to 4 bytes")


def test_espsims_flash_answers_read_sfdp_only_after_its_dummy_byte():
    from espsim.flash import NorFlash
    flash = NorFlash(size=1 << 20)
    assert flash.transaction(0x5A, 0, b"", 4, dummy_cycles=8) == b"SFDP"
    assert flash.transaction(0x5A, 0, b"", 4) == b"\xffSFD"     # no dummy byte: one late
    density = flash.transaction(0x5A, 0x34, b"", 4, dummy_cycles=8)
    assert density == ((8 << 20) - 1).to_bytes(4, "little")        # 8 Mbit, minus one
