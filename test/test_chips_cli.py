"""Our CLI on the ESP32-C3 and ESP32-S3 (issue 16), end to end against espsim.

Given a simulated ESP32-C3 or ESP32-S3, when the user runs one of our serial
commands (with the ROM loader, or with a stub where there is one), then the
output says what upstream 5.x says about the chip and the chip's state shows
the command happened. Over the in-process espsim:// URL (fast). The USB-Serial-
JTAG cases go through the Python API with a port that lists as 303a:1001.
In stub mode espsim runs our C stub's core (host build, when the test run
built it: conftest.py) or its generic stub model for the uploaded stub.
"""
import hashlib
import random
import re
import struct
import subprocess
import sys

import pytest

from conftest import ROOT, assert_one_fatal_line, run_tool
from oracle import upstream_cmd
sys.path.insert(0, ROOT)
import esptool  # noqa: E402

CHIPS = ["esp32c3", "esp32s3"]
NAMES = {"esp32c3": "ESP32-C3", "esp32s3": "ESP32-S3"}
MACS = {"esp32c3": "58:cf:79:0a:0b:0c", "esp32s3": "7c:df:a1:0a:0b:0c"}
# What 5.x prints for espsim's default chips (docs/chips.md §3)
DESCRIPTIONS = {"esp32c3": "ESP32-C3 (QFN32) (revision v0.4)",
                "esp32s3": "ESP32-S3 (QFN56) (revision v0.2)"}
FEATURES = {"esp32c3": "Wi-Fi, BT 5 (LE), Single Core, 160MHz",
            "esp32s3": "Wi-Fi, BT 5 (LE), Dual Core + LP Core, 240MHz"}
MAGIC = {"esp32c3": 0x1B31506F, "esp32s3": 0x00000009}
RAM = {"esp32c3": 0x3FCA0000, "esp32s3": 0x3FCA0000}
# The ESP32-C6 (docs/chips.md §13): espsim's default chip, as 5.x prints it.
CHIPS.append("esp32c6")
NAMES["esp32c6"] = "ESP32-C6"
MACS["esp32c6"] = "40:4c:ca:0a:0b:0c"
DESCRIPTIONS["esp32c6"] = "ESP32-C6 (QFN40) (revision v0.1)"
FEATURES["esp32c6"] = ("Wi-Fi 6, BT 5 (LE), IEEE802.15.4, Single Core + LP Core, 160MHz, "
                       "Unknown Embedded Flash")
MAGIC["esp32c6"] = 0x2CE0806F
RAM["esp32c6"] = 0x40870000
USB_SERIAL_JTAG_CHIPS = ["esp32c3", "esp32s3", "esp32c6"]
CHIPS.append("esp32s2")      # USB-OTG, not USB-Serial-JTAG; no chip ID in GET_SECURITY_INFO
NAMES["esp32s2"] = "ESP32-S2"
MACS["esp32s2"] = "60:55:f9:0a:0b:0c"
DESCRIPTIONS["esp32s2"] = "ESP32-S2 (revision v1.0)"
FEATURES["esp32s2"] = ("Wi-Fi, Single Core, 240MHz, No Embedded Flash, No Embedded PSRAM, "
                       "No calibration in BLK2 of efuse")
MAGIC["esp32s2"] = 0x000007C6
RAM["esp32s2"] = 0x3FFC8000            # clear of our stub (docs/chips.md §9.1)
# load_ram's RAM (others: 0x40390000) and the chip ID of its image's extended header
LOAD_RAM = {"esp32c6": 0x40810000, "esp32s2": 0x40030000}   # S2: internal IRAM
IMAGE_CHIP_IDS = {"esp32c3": 5, "esp32s3": 9, "esp32s2": 2, "esp32c6": 13}
SPI_BASE = {"esp32c6": 0x60003000, "esp32s2": 0x3F402000}   # others: 0x60002000
# The ESP32-H2 (docs/chips.md §16): espsim's default chip, as 5.x prints it.
CHIPS.append("esp32h2")
NAMES["esp32h2"] = "ESP32-H2"
MACS["esp32h2"] = "60:55:f9:0a:0b:0c"
DESCRIPTIONS["esp32h2"] = "ESP32-H2 (revision v0.1)"
FEATURES["esp32h2"] = "BT 5 (LE), IEEE802.15.4, Single Core, 96MHz, No Embedded Flash"
MAGIC["esp32h2"] = 0xD7B73E80
RAM["esp32h2"] = 0x40840000
LOAD_RAM["esp32h2"] = 0x40810000
IMAGE_CHIP_IDS["esp32h2"] = 16
USB_SERIAL_JTAG_CHIPS.append("esp32h2")
SPI_BASE["esp32h2"] = 0x60003000
# The ESP32-C2 (docs/chips.md §15): espsim's default C2 (40 MHz, v1.1), as 5.x prints it.
CHIPS.append("esp32c2")
NAMES["esp32c2"] = "ESP32-C2"
MACS["esp32c2"] = "08:3a:8d:0a:0b:0c"
DESCRIPTIONS["esp32c2"] = "ESP32-C2 (revision v1.1)"
FEATURES["esp32c2"] = "Wi-Fi, BT 5 (LE), Single Core, 120MHz"
MAGIC["esp32c2"] = 0x7C41A06F
RAM["esp32c2"] = 0x3FCA0000
IMAGE_CHIP_IDS["esp32c2"] = 12
FLASH = 4 << 20


def simulated(espsim_server, name, loader):
    """The chip over the in-process espsim:// URL, and the loader (rom, stub) its tests use."""
    sim = espsim_server(name, in_process=True, mac=MACS[name])
    sim.loader = loader
    return sim


def esptool_on(chip, *args, expect=0):
    """esptool.py on `chip` with its loader -> the output; the exit status must be `expect`."""
    rom = ["--no-stub"] if chip.loader == "rom" else []
    result = run_tool("esptool", "--port", chip.url, "--connect-attempts", 2, *rom, *args)
    assert result.returncode == expect, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(params=[(c, l) for c in CHIPS for l in ("rom", "stub")],
                ids=lambda p: "-".join(p))
def chip(request, espsim_server):
    return simulated(espsim_server, *request.param)


@pytest.fixture(params=CHIPS)
def rom_chip(request, espsim_server):
    return simulated(espsim_server, request.param, "rom")


def data(size, seed):
    return random.Random(seed).randbytes(size)


# -- identification ------------------------------------------------------------

def test_auto_detection_names_the_chip_by_its_security_info(rom_chip):
    out = esptool_on(rom_chip, "read_mac")
    assert "Detecting chip type... %s" % NAMES[rom_chip.name] in out
    assert "Chip is %s" % DESCRIPTIONS[rom_chip.name] in out
    assert "Features: %s" % FEATURES[rom_chip.name] in out
    assert "MAC: %s" % MACS[rom_chip.name] in out
    # GET_SECURITY_INFO (0x14) is the first command after SYNC (docs/chips.md §2.2)
    assert [f[2:4] for f in rom_chip.host_frames() if f[2:4] != "08"][0] == "14"


def test_the_wrong_chip_is_refused_by_name(rom_chip):
    other = {"esp32c3": "esp32s3", "esp32s3": "esp32c3"}.get(rom_chip.name, "esp32c3")
    result = run_tool("esptool", "--port", rom_chip.url, "--chip", other, "--no-stub", "read_mac",
                      timeout=60)
    assert_one_fatal_line(result, "This chip is %s, not %s." % (NAMES[rom_chip.name],
                                                                NAMES[other]))


@pytest.mark.parametrize("name", ["esp8266", "esp32"])
def test_older_chips_are_still_found_by_their_magic_word(tmp_path, name):
    url = "espsim://%s?flash=%s" % (name, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--no-stub", "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Detecting chip type... %s" % name.upper() in result.stdout


def test_chip_id_says_there_is_none_and_prints_the_mac(rom_chip):
    out = esptool_on(rom_chip, "--chip", rom_chip.name, "chip_id")
    assert "WARNING: %s has no Chip ID. Reading MAC instead." % NAMES[rom_chip.name] in out
    assert mac_lines(out) == MAC_LINES.get(rom_chip.name, [("MAC", MACS[rom_chip.name])])


# -- read_mac's lines, as upstream 5.6.0 prints them (docs/chips.md §13.2) -----------

# The C6 and H2 print the EUI-64 (MAC_EXT, ff:fe from the factory, inside the base MAC),
# the base MAC and MAC_EXT; the other chips one line.
MAC_LINES = {"esp32c6": [("MAC", "40:4c:ca:ff:fe:0a:0b:0c"), ("BASE MAC", "40:4c:ca:0a:0b:0c"),
                         ("MAC_EXT", "ff:fe")],
             "esp32h2": [("MAC", "60:55:f9:ff:fe:0a:0b:0c"), ("BASE MAC", "60:55:f9:0a:0b:0c"),
                         ("MAC_EXT", "ff:fe")]}
MAC_LINE = re.compile(r"^(MAC|BASE MAC|MAC_EXT): +([0-9a-f:]+)$")


def mac_lines(out):
    """[(label, MAC)] of the MAC lines printed, each once (5.x prints them twice: when it
    connects and for the command), in order."""
    found = [m.groups() for m in map(MAC_LINE.match, out.splitlines()) if m]
    return list(dict.fromkeys(found))


def test_read_mac_prints_upstream_5s_lines(rom_chip):
    out = esptool_on(rom_chip, "read_mac")
    assert mac_lines(out) == MAC_LINES.get(rom_chip.name, [("MAC", MACS[rom_chip.name])])


@pytest.mark.parametrize("name, mac_ext", [(name, None) for name in ["esp8266", "esp32"] + CHIPS]
                         + [(name, 0x1234) for name in MAC_LINES])
def test_read_mac_as_upstream_5_on_the_same_chip(espsim_server, tmp_path, name, mac_ext):
    """Both tools on one espsim chip (ROM loader), also with a MAC_EXT other than the
    factory's: our lines are upstream 5.6.0's, label for label, MAC for MAC."""
    sim = espsim_server(name, raw=True, trace=False)
    if mac_ext is not None:
        words = sim.device.efuse.words             # BLOCK1 word 1 (docs/chips.md §13.2)
        words[0x48] = words[0x48] & 0xFFFF | mac_ext << 16
    common = ["--chip", name, "--port", sim.url, "--no-stub"]
    theirs = subprocess.run(upstream_cmd("5") + common + ["--before", "no-reset", "--after",
                                                          "no-reset", "read-mac"],
                            cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    ours = run_tool("esptool", *common, "--before", "no_reset", "--after", "no_reset",
                    "read_mac", timeout=60)
    assert ours.returncode == 0, ours.stdout
    assert mac_lines(ours.stdout) == mac_lines(theirs.stdout)
    if name in ("esp8266", "esp32"):         # v2.3.1's one line, as it printed it
        assert re.search(r"^MAC: [0-9a-f:]{17}$", ours.stdout, re.M), ours.stdout
    if mac_ext is not None:
        assert ("MAC_EXT", "12:34") in mac_lines(ours.stdout)


def test_baud_change_asks_for_the_plain_rate(rom_chip):
    esptool_on(rom_chip, "--chip", rom_chip.name, "-b", "921600", "read_mac")
    change = [f for f in rom_chip.host_frames() if f[2:4] == "0f"]
    # No crystal correction on these chips (docs/chips.md §5): 921600, then 0.
    assert change == ["000f080000000000" + struct.pack("<II", 921600, 0).hex()]


# -- memory and registers -------------------------------------------------------

def test_read_mem_write_mem_dump_mem(rom_chip, tmp_path):
    out = esptool_on(rom_chip, "read_mem", "0x40001000")
    assert "0x40001000 = 0x%08x" % MAGIC[rom_chip.name] in out
    esptool_on(rom_chip, "write_mem", hex(RAM[rom_chip.name]), "0x12345678", "0xffff")
    assert rom_chip.host_frames()[-1].endswith(struct.pack("<III", RAM[rom_chip.name], 0x12345678,
                                                      0xFFFF).hex() + "00000000")
    esptool_on(rom_chip, "dump_mem", "0x40001000", "8", tmp_path / "d.bin")
    assert (tmp_path / "d.bin").read_bytes() == struct.pack("<II", MAGIC[rom_chip.name], 0)


def test_load_ram_and_run(rom_chip, tmp_path):
    code = data(0x2000, 3)
    address = LOAD_RAM.get(rom_chip.name, 0x40390000)
    header = struct.pack("<BBBBI", 0xE9, 1, 2, 0x20, address)
    extended = struct.pack("<B3sHBHH4sB", 0xEE, bytes(3), IMAGE_CHIP_IDS[rom_chip.name],
                           0, 0, 0xFFFF, bytes(4), 0)
    body = header + extended + struct.pack("<II", address, len(code)) + code
    checksum = 0xEF
    for byte in code:
        checksum ^= byte
    body += bytes(15 - len(body) % 16) + bytes([checksum])
    (tmp_path / "ram.bin").write_bytes(body)
    out = esptool_on(rom_chip, "--after", "no_reset", "load_ram", tmp_path / "ram.bin")
    assert "All segments done, executing at %08x" % address in out
    out = esptool_on(rom_chip, "--after", "no_reset", "run")
    assert rom_chip.host_frames()[-1] == "000404000000000001000000"     # FLASH_END(run)


def test_flash_id_and_status(rom_chip):
    out = esptool_on(rom_chip, "flash_id")
    assert "Manufacturer: ef" in out and "Device: 4016" in out
    out = esptool_on(rom_chip, "write_flash_status", "--non-volatile", "--bytes", "2", "0x0200")
    assert "After flash status:   0x0200" in out
    out = esptool_on(rom_chip, "read_flash_status", "--bytes", "2")
    assert "Status value: 0x0000" in out        # a fresh chip: the status is not in the file
    # The SPI_MEM user-command registers (docs/chips.md §4): USR2 at 0x60002020, W0 at 0x58.
    writes = [f[16:24] for f in rom_chip.host_frames() if f[2:4] == "09"]
    assert struct.pack("<I", SPI_BASE.get(rom_chip.name, 0x60002000) + 0x20).hex() in writes


# -- flash, ROM and stub ----------------------------------------------------------

@pytest.mark.parametrize("option", ["", "-z", "-u"])
def test_write_flash_lands_byte_for_byte(chip, tmp_path, option):
    image = data(0x9000, 1)
    (tmp_path / "app.bin").write_bytes(image)
    args = ["write_flash"] + ([option] if option else []) + ["0x10000", tmp_path / "app.bin"]
    out = esptool_on(chip, "-b", "921600", *args)
    assert "Hash of data verified." in out
    flash = chip.flash()
    assert flash[0x10000:0x19000] == image
    assert flash[0x19000:0x20000] == b"\xff" * 0x7000
    if chip.loader == "stub":
        assert "Stub running..." in out and "WARNING" not in out


@pytest.mark.parametrize("name", CHIPS)
def test_stub_mode_runs_our_stub(espsim_server, tmp_path, name):
    chip = simulated(espsim_server, name, "stub")
    (tmp_path / "app.bin").write_bytes(data(0x4000, 2))
    out = esptool_on(chip, "write_flash", "0x0", tmp_path / "app.bin")
    assert "Stub running..." in out and "WARNING" not in out
    assert "d2" not in [f[2:4] for f in chip.host_frames()]
    assert chip.flash()[:0x4000] == data(0x4000, 2)


def test_verify_flash_finds_a_difference(chip, tmp_path):
    image = data(0x3000, 4)
    chip.preload(0x30000, image)
    (tmp_path / "good.bin").write_bytes(image)
    (tmp_path / "bad.bin").write_bytes(image[:-1] + bytes([image[-1] ^ 1]))
    assert "verify OK" in esptool_on(chip, "verify_flash", "0x30000", tmp_path / "good.bin")
    out = esptool_on(chip, "verify_flash", "0x30000", tmp_path / "bad.bin", expect=2)
    assert "verify FAILED" in out or "differ" in out


def test_read_flash_writes_the_file(chip, tmp_path):
    image = data(0x1800, 5)
    chip.preload(0x41000, image)
    esptool_on(chip, "read_flash", "0x41000", "0x1800", tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == image


def test_erase_region_and_erase_flash(chip):
    image = data(0x4000, 6)
    chip.preload(0x20000, image)
    esptool_on(chip, "erase_region", "0x21000", "0x2000")
    flash = chip.flash()
    assert flash[0x20000:0x21000] == image[:0x1000]
    assert flash[0x21000:0x23000] == b"\xff" * 0x2000
    assert flash[0x23000:0x24000] == image[0x3000:]
    esptool_on(chip, "erase_flash")
    assert hashlib.md5(chip.flash()).digest() == hashlib.md5(b"\xff" * FLASH).digest()


# -- USB-Serial-JTAG (docs/chips.md §5) ---------------------------------------------

class ListedAs:
    """An open pyserial port that the OS would list under another device name."""

    def __init__(self, port, name):
        object.__setattr__(self, "_port", port)
        object.__setattr__(self, "port", name)

    def __getattr__(self, name):
        return getattr(self._port, name)

    def __setattr__(self, name, value):
        setattr(self._port, name, value)


class PortInfo:
    def __init__(self, device, vid, pid):
        self.device, self.vid, self.pid = device, vid, pid


def usb_port(tmp_path, name="esp32c3"):
    import serial
    serial.protocol_handler_packages.append("espsim")
    link = serial.serial_for_url("espsim://%s?usb=1&flash=%s" % (name, tmp_path / "f.bin"),
                                 do_not_open=True)
    link.dtr = link.rts = False
    link.baudrate = 115200
    link.open()
    return ListedAs(link, "/dev/ttyACM7")


@pytest.mark.parametrize("name", USB_SERIAL_JTAG_CHIPS)
def test_usb_serial_jtag_port_is_reset_the_usb_way_by_its_vid_pid(tmp_path, monkeypatch, name):
    from serial.tools import list_ports
    monkeypatch.setattr(list_ports, "comports",
                        lambda: [PortInfo("/dev/ttyACM7", 0x303A, 0x1001)])
    port = usb_port(tmp_path, name)
    try:
        esp = esptool.ESPLoader.detect_chip(port, connect_attempts=1)
        assert esp.CHIP_NAME == NAMES[name]
        assert esp.on_usb_serial_jtag()
    finally:
        port.close()


def test_the_classic_reset_does_not_reach_download_mode_over_usb(tmp_path, monkeypatch):
    from serial.tools import list_ports
    monkeypatch.setattr(list_ports, "comports", lambda: [PortInfo("/dev/ttyACM7", 0x10C4, 0xEA60)])
    with pytest.raises(esptool.FatalError, match="Failed to connect"):
        esptool.ESPLoader.detect_chip(usb_port(tmp_path), connect_attempts=1)  # closes it
    port = usb_port(tmp_path)
    try:
        esp = esptool.ESPLoader.detect_chip(port, connect_mode="usb_reset", connect_attempts=1)
        assert esp.CHIP_NAME == "ESP32-C3"
    finally:
        port.close()


def test_before_usb_reset_on_the_command_line(tmp_path):
    url = "espsim://esp32s3?usb=1&flash=%s" % (tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--before", "usb_reset", "--connect-attempts", 1,
                      "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Detecting chip type... ESP32-S3" in result.stdout


def test_esp32c6_stops_its_lp_watchdogs_with_its_own_key_and_feed_bit():
    # docs/chips.md §13.5: LP_WDT registers; the super watchdog takes the RTC key, bit 18 feeds
    from espkit.chips.esp32c6 import ESP32C6ROM
    esp = object.__new__(ESP32C6ROM)
    writes = []
    esp.write_reg = lambda address, value, *rest, **options: writes.append((address, value))
    esp.read_reg = lambda address, *rest, **options: 0x1
    esp.disable_watchdogs()
    assert writes == [(0x600B1C18, 0x50D83AA1), (0x600B1C00, 0), (0x600B1C18, 0),
                      (0x600B1C20, 0x50D83AA1), (0x600B1C1C, 0x1 | 1 << 18), (0x600B1C20, 0)]


@pytest.mark.parametrize("revision, text", [(0, "v0.0"), (2, "v0.2"), (101, "v1.1"), (315, "v3.15")])
def test_esp32c6_revision_is_read_from_block1_word3_alone(tmp_path, revision, text):
    url = "espsim://esp32c6?revision=%d&flash=%s" % (revision, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--no-stub", "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Chip is ESP32-C6 (QFN40) (revision %s)" % text in result.stdout


def test_esp32h2_stops_its_lp_watchdogs_at_its_own_offsets():
    # docs/chips.md §16.5: the C6's LP_WDT block, write-protect at 0x1C, super watchdog at 0x20/0x24
    from espkit.chips.esp32h2 import ESP32H2ROM
    esp = object.__new__(ESP32H2ROM)
    writes = []
    esp.write_reg = lambda address, value, *rest, **options: writes.append((address, value))
    esp.read_reg = lambda address, *rest, **options: 0x1
    esp.disable_watchdogs()
    assert writes == [(0x600B1C1C, 0x50D83AA1), (0x600B1C00, 0), (0x600B1C1C, 0),
                      (0x600B1C24, 0x50D83AA1), (0x600B1C20, 0x1 | 1 << 18), (0x600B1C24, 0)]


@pytest.mark.parametrize("revision, text", [(0, "v0.0"), (1, "v0.1"), (102, "v1.2"), (307, "v3.7")])
def test_esp32h2_revision_is_read_from_block1_word3(tmp_path, revision, text):
    url = "espsim://esp32h2?revision=%d&flash=%s" % (revision, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--no-stub", "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Chip is ESP32-H2 (revision %s)" % text in result.stdout


# What upstream 5.6.0's ESP32H2ROM returns for these BLOCK1 word-3 fields (run once against
# its class with the same words; docs/chips.md §16.2): revision, flash, grade, vendor GD.
@pytest.mark.parametrize("revision, flash, grade, description, flash_feature", [
    (1, 1, 1, "ESP32-H2FH4 (revision v0.1)", "Embedded Flash 4MB (GD)"),
    (1, 1, 2, "ESP32-H2FN4 (revision v0.1)", "Embedded Flash 4MB (GD)"),
    (1, 1, 0, "Unknown ESP32-H2F?4 (revision v0.1)", "Embedded Flash 4MB (GD)"),
    (102, 0, 1, "ESP32-H2 (revision v1.2)", "No Embedded Flash"),
    (102, 1, 2, "ESP32-H2FN4S (revision v1.2)", "Embedded Flash 4MB (GD)"),
    (102, 3, 1, "ESP32-H2FH1S (revision v1.2)", "Embedded Flash 1MB (GD)"),
    (100, 3, 2, "ESP32-H2FN1 (revision v1.0)", "Embedded Flash 1MB (GD)"),
])
def test_esp32h2_description_and_features_as_upstream_5(revision, flash, grade, description,
                                                        flash_feature):
    from espkit.chips.esp32h2 import ESP32H2ROM
    major, minor = divmod(revision, 100)
    word3 = minor << 18 | major << 21 | flash << 24 | grade << 27 | 2 << 29
    esp = object.__new__(ESP32H2ROM)
    esp.read_reg = lambda address, *rest, **options: (
        word3 if address == ESP32H2ROM.EFUSE_BASE + 0x44 + 12 else 0)
    assert esp.get_chip_description() == description
    assert list(esp.get_chip_features()) == ["BT 5 (LE)", "IEEE802.15.4", "Single Core", "96MHz",
                                             flash_feature]
# -- the ESP32-C2's 26 MHz crystal (docs/chips.md §15.5) ------------------------------

def test_esp32c2_has_no_usb_serial_jtag_port():
    from espsim.device import Device
    with pytest.raises(ValueError, match="no USB-Serial-JTAG"):
        Device("esp32c2", usb_jtag=True)


@pytest.mark.parametrize("crystal, word", [(40, 921600), (26, 921600 * 40 // 26)])
def test_esp32c2_rom_baud_change_asks_for_the_rate_its_40mhz_arithmetic_needs(tmp_path, crystal,
                                                                             word):
    url = "espsim://esp32c2?crystal=%d&flash=%s" % (crystal, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--no-stub", "-b", "921600", "read_mac",
                      timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MAC: 08:3a:8d:01:02:03" in result.stdout


@pytest.mark.parametrize("loader", ["rom", "stub"])
@pytest.mark.parametrize("baud", [460800, 921600])
def test_esp32c2_with_a_26mhz_crystal_flashes_at_a_high_rate(espsim_server, tmp_path, loader,
                                                             baud):
    chip = espsim_server("esp32c2", in_process=True, mac=MACS["esp32c2"], crystal=26)
    chip.loader = loader
    image = data(0x6000, 7)
    (tmp_path / "app.bin").write_bytes(image)
    out = esptool_on(chip, "-b", baud, "write_flash", "0x10000", tmp_path / "app.bin")
    assert "Hash of data verified." in out
    assert chip.flash()[0x10000:0x16000] == image
    if loader == "rom":     # CHANGE_BAUDRATE names 40/26 of the rate, the old rate 0
        change = [f for f in chip.host_frames() if f[2:4] == "0f"]
        assert change == ["000f080000000000" + struct.pack("<II", baud * 40 // 26, 0).hex()]


def test_esp32c2_26mhz_rom_is_lost_if_asked_for_the_plain_rate(tmp_path, monkeypatch):
    # The model: without the correction the ROM's UART runs at 26/40 of the rate.
    from espkit.chips.esp32c2 import ESP32C2ROM
    monkeypatch.setattr(ESP32C2ROM, "baud_word", lambda self, baud: baud)
    url = "espsim://esp32c2?crystal=26&flash=%s" % (tmp_path / "f.bin")
    serial_link = __import__("serial")
    serial_link.protocol_handler_packages.append("espsim")
    port = serial_link.serial_for_url(url, do_not_open=True)
    port.baudrate = 115200
    port.open()
    try:
        esp = esptool.ESPLoader.detect_chip(port, connect_attempts=1)
        esp.change_baud(460800)
        with pytest.raises(esptool.FatalError):
            esp.read_reg(0x40001000)
    finally:
        port.close()


def test_esp32c2_baud_word_from_the_uart_divider():
    from espkit.chips.esp32c2 import ESP32C2ROM
    esp = object.__new__(ESP32C2ROM)
    esp._link = type("Link", (), {"serial": type("Port", (), {"baudrate": 115200})()})()
    for divider, word in ((347, 460800), (225, 460800 * 40 // 26)):
        esp.read_reg = lambda address, *rest, divider=divider, **options: divider
        assert esp.baud_word(460800) == word
