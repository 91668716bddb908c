"""The ESP32-P4, ESP32-C5 and ESP32-C61 (issue 21), end to end against espsim.

Given a simulated P4, C5 or C61, when the user runs one of our serial commands (ROM
loader, or stub mode), then the output says what upstream 5.6.0 says about the chip
and the chip's flash shows the command happened. Until our own stub runs on these
chips, stub mode uploads upstream 5.6.0's stub for the chip (its JSON, as the earlier
chips were tested before ours existed): espsim runs its generic stub model for any
uploaded stub, so this checks our host side of the stub protocol on these chips.

Also: the P4's revisions (its third major bit, the flash power-on of v3.1/v3.2), the
image revision checks of write_flash (docs/chips.md §22), the C5's crystal, and
merge_bin byte for byte against upstream 5.6.0 over each chip's ELF images.
"""
import base64
import functools
import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import zlib

import pytest

from conftest import ROOT, assert_one_fatal_line, ok, read, run_main, run_tool
from oracle import upstream_cmd, upstream_python
sys.path.insert(0, ROOT)
import esptool  # noqa: E402

CHIPS = ["esp32p4", "esp32c5", "esp32c61"]
NAMES = {"esp32p4": "ESP32-P4", "esp32c5": "ESP32-C5", "esp32c61": "ESP32-C61"}
MACS = {"esp32p4": "30:ed:a0:0a:0b:0c", "esp32c5": "3c:dc:75:0a:0b:0c",
        "esp32c61": "58:e6:c5:0a:0b:0c"}
# What 5.6.0 prints for espsim's default chips (v1.0, factory eFuses; docs/chips.md §18-§20)
DESCRIPTIONS = {"esp32p4": "ESP32-P4 (revision v1.0)", "esp32c5": "ESP32-C5N (revision v1.0)",
                "esp32c61": "ESP32-C61N (revision v1.0)"}
FEATURES = {
    "esp32p4": "Dual Core + LP Core, 400MHz",
    "esp32c5": ("Wi-Fi 6 (dual-band), BT 5 (LE), IEEE802.15.4, Single Core + LP Core, 240MHz, "
                "No Embedded Flash, No Embedded PSRAM"),
    "esp32c61": "Wi-Fi 6, BT 5 (LE), Single Core, 160MHz, No Embedded Flash, No Embedded PSRAM",
}
# read_mac's lines: the C5 keeps the C6's three (docs/chips.md §19.2), the others one
MAC_LINES = {"esp32c5": [("MAC", "3c:dc:75:ff:fe:0a:0b:0c"), ("BASE MAC", "3c:dc:75:0a:0b:0c"),
                         ("MAC_EXT", "ff:fe")]}
MAGIC = {"esp32p4": 0x0ADDBAD0, "esp32c5": 0x1101406F, "esp32c61": 0x33F0206F}
RAM = {"esp32p4": 0x4FF40000, "esp32c5": 0x40840000, "esp32c61": 0x40840000}
SPI_BASE = {"esp32p4": 0x5008D000, "esp32c5": 0x60003000, "esp32c61": 0x60003000}
IMAGE_CHIP_IDS = {"esp32p4": 18, "esp32c5": 23, "esp32c61": 20}
BOOTLOADER = {"esp32p4": 0x2000, "esp32c5": 0x2000, "esp32c61": 0x0}
FLASH = 4 << 20
STUB_DIR = "esptool/targets/stub_flasher/2"


def data(size, seed):
    return random.Random(seed).randbytes(size)


# -- upstream 5.6.0's stub, uploaded by our host beside ours ------------------------------

@functools.lru_cache(maxsize=None)
def upstream_site():
    """Where upstream 5.6.0 is installed (asked with -I: not our esptool.py from the cwd)."""
    python = upstream_python("5")
    if python is None:
        return None
    return subprocess.run([python, "-I", "-c", "import esptool, os; print(os.path.dirname("
                           "os.path.dirname(esptool.__file__)))"],
                          capture_output=True, text=True, check=True).stdout.strip()


def upstream_stub(json_name):
    """One of upstream 5.6.0's stub JSONs, packed as esptool.STUB_IMAGES holds ours."""
    site = upstream_site()
    if site is None:
        pytest.skip("upstream esptool 5.6.0 is not available")
    with open(os.path.join(site, STUB_DIR, json_name)) as f:
        stub = json.load(f)
    keep = {key: stub[key] for key in ("text", "text_start", "data", "data_start", "entry")}
    return base64.b64encode(zlib.compress(json.dumps(keep).encode())).decode()


def stub_json_name(name, revision):
    """The stub 5.6.0 picks (docs/chips.md §18.7): the P4's by its revision family."""
    if name == "esp32p4" and revision < 300:
        return "esp32p4-rev1.json"
    return name + ".json"


@pytest.fixture
def upstream_stubs(monkeypatch):
    """Stub mode on the new chips uploads upstream 5.6.0's stub for them."""
    def use(name, revision=100):
        monkeypatch.setitem(esptool.STUB_IMAGES, name,
                            upstream_stub(stub_json_name(name, revision)))
    return use


def simulated(espsim_server, name, loader, upstream_stubs, **options):
    """loader: "rom", "stub" (ours, embedded in esptool.py) or "stub5" (upstream 5.6.0's,
    uploaded by our host: the same commands through the other implementation)."""
    sim = espsim_server(name, in_process=True, mac=MACS[name], **options)
    sim.loader = loader
    if loader == "stub5":
        upstream_stubs(name, options.get("chip_revision", 100))
    return sim


def esptool_on(chip, *args, expect=0):
    """Our esptool.py (in this process, so the stub patch applies) -> its output."""
    rom = ["--no-stub"] if chip.loader == "rom" else []
    result = run_main("esptool", "--port", chip.url, "--connect-attempts", 2, *rom, *args)
    assert result.returncode == expect, result.stdout + result.stderr
    return result.stdout + result.stderr


@pytest.fixture(params=[(c, l) for c in CHIPS for l in ("rom", "stub", "stub5")],
                ids=lambda p: "-".join(p))
def chip(request, espsim_server, upstream_stubs):
    return simulated(espsim_server, *request.param, upstream_stubs)


@pytest.fixture(params=CHIPS)
def rom_chip(request, espsim_server, upstream_stubs):
    return simulated(espsim_server, request.param, "rom", upstream_stubs)


MAC_LINE = re.compile(r"^(MAC|BASE MAC|MAC_EXT): +([0-9a-f:]+)$")


def mac_lines(out):
    found = [m.groups() for m in map(MAC_LINE.match, out.splitlines()) if m]
    return list(dict.fromkeys(found))


# -- identification -------------------------------------------------------------------

def test_chip_lists_eleven_chips_and_auto():
    result = run_tool("esptool", "--help")
    choices = re.search(r"--chip \{([^}]*)\}", result.stdout).group(1).split(",")
    assert choices == ["auto", "esp8266", "esp32", "esp32c3", "esp32s3", "esp32c6", "esp32s2",
                       "esp32h2", "esp32c2", "esp32p4", "esp32c5", "esp32c61"]


def test_auto_detection_names_the_chip_by_its_security_info(rom_chip):
    out = esptool_on(rom_chip, "read_mac")
    assert "Detecting chip type... %s" % NAMES[rom_chip.name] in out
    assert "Chip is %s" % DESCRIPTIONS[rom_chip.name] in out
    assert "Features: %s" % FEATURES[rom_chip.name] in out
    assert mac_lines(out) == MAC_LINES.get(rom_chip.name, [("MAC", MACS[rom_chip.name])])
    # GET_SECURITY_INFO (0x14) is the first command after SYNC (docs/chips.md §2.2)
    assert [f[2:4] for f in rom_chip.host_frames() if f[2:4] != "08"][0] == "14"


def test_the_wrong_chip_is_refused_by_name(rom_chip):
    other = "esp32c6" if rom_chip.name != "esp32c6" else "esp32c3"
    result = run_main("esptool", "--port", rom_chip.url, "--chip", other, "--no-stub",
                      "read_mac")
    assert_one_fatal_line(result, "This chip is %s, not ESP32-C6." % NAMES[rom_chip.name])


def test_chip_id_says_there_is_none_and_prints_the_mac(rom_chip):
    out = esptool_on(rom_chip, "--chip", rom_chip.name, "chip_id")
    assert "WARNING: %s has no Chip ID. Reading MAC instead." % NAMES[rom_chip.name] in out
    assert mac_lines(out) == MAC_LINES.get(rom_chip.name, [("MAC", MACS[rom_chip.name])])


def upstream_5_on(sim, tmp_path, *args):
    """Upstream 5.6.0 on a served espsim chip (ROM loader unless asked) -> its stdout."""
    theirs = subprocess.run(upstream_cmd("5") + ["--chip", sim.name, "--port", sim.url,
                                                 "--before", "no-reset", "--after", "no-reset"]
                            + list(args), cwd=str(tmp_path), capture_output=True, text=True,
                            timeout=180)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    return theirs.stdout


@pytest.mark.parametrize("name, revision", [("esp32p4", 100), ("esp32p4", 301),
                                            ("esp32p4", 3), ("esp32c5", 100),
                                            ("esp32c5", 1), ("esp32c61", 100),
                                            ("esp32c61", 102)])
def test_chip_line_features_and_macs_as_upstream_5_on_the_same_chip(espsim_server, tmp_path,
                                                                    name, revision):
    """Both tools on one espsim chip: the same description (with the P4's third major
    bit), features and MAC lines (docs/chips.md §18.2, §19.2, §20.2)."""
    sim = espsim_server(name, raw=True, trace=False, chip_revision=revision)
    theirs = upstream_5_on(sim, tmp_path, "--no-stub", "read-mac")
    ours = run_tool("esptool", "--chip", name, "--port", sim.url, "--no-stub", "--before",
                    "no_reset", "--after", "no_reset", "read_mac", timeout=60)
    assert ours.returncode == 0, ours.stdout
    description = re.search(r"^Chip type: +(.*)$", theirs, re.M).group(1)
    features = re.search(r"^Features: +(.*)$", theirs, re.M).group(1)
    assert "Chip is %s" % description in ours.stdout
    assert "Features: %s" % features in ours.stdout
    assert mac_lines(ours.stdout) == mac_lines(theirs)
    major, minor = divmod(revision, 100)
    assert "(revision v%d.%d)" % (major, minor) in description


# What upstream 5.6.0's classes return for these BLOCK1 word-2 values (asked of them with the
# same words below; docs/chips.md §19.2, §20.2).
DESCRIPTION_ROWS = [
    ("esp32c5", 1 << 4 | 1 << 13 | 1 << 16 | 2 << 19 | 1 << 22 | 1 << 24,
     "ESP32-C5HF4R8 (revision v1.0)", ["Embedded Flash 4MB (XMC)", "Embedded PSRAM 8MB (AP_3v3)"]),
    ("esp32c5", 1 << 4 | 1 | 1 << 19 | 2 << 24, "Unknown ESP32-C5?R4 (revision v1.1)",
     ["No Embedded Flash", "Embedded PSRAM 4MB ()"]),      # vendor 0: empty brackets
    ("esp32c5", 3 << 13, "Unknown ESP32-C5NF? (revision v0.0)",
     ["Unknown Embedded Flash", "No Embedded PSRAM"]),
    ("esp32c61", 1 << 4 | 2 << 13 | 1 << 19 | 3 << 26, "ESP32-C61NF8R2LA (revision v1.0)",
     ["Embedded Flash 8MB", "Embedded PSRAM 2MB"]),
    ("esp32c61", 1 << 4 | 2 | 1 << 13 | 1 << 24 | 4 << 26, "Unknown ESP32-C61HF4? (revision v1.2)",
     ["Embedded Flash 4MB", "No Embedded PSRAM"]),
]


@pytest.mark.parametrize("name, word2, description, extra", DESCRIPTION_ROWS)
def test_c5_c61_descriptions_and_features_as_upstream_5(name, word2, description, extra):
    from espkit.chips import PACKAGE_CHIPS
    cls = PACKAGE_CHIPS[name]
    esp = object.__new__(cls)
    esp.read_reg = lambda address, *rest, **options: (
        word2 if address == cls.EFUSE_BASE + 0x44 + 8 else 0)
    assert esp.get_chip_description() == description
    assert esp.get_chip_features()[-2:] == extra


def test_the_same_descriptions_from_upstream_5s_own_classes(tmp_path):
    """The table above, asked of upstream 5.6.0's classes with the same eFuse words."""
    script = """
import json, sys
from esptool.targets import CHIP_DEFS
out = []
for name, word2 in json.loads(sys.argv[1]):
    esp = object.__new__(CHIP_DEFS[name])
    esp.read_reg = lambda a, w=word2, c=CHIP_DEFS[name]: w if a == c.EFUSE_BLOCK1_ADDR + 8 else 0
    out.append([esp.get_chip_description(), esp.get_chip_features()[-2:]])
print(json.dumps(out))
"""
    rows = DESCRIPTION_ROWS
    python = upstream_python("5") or pytest.skip("upstream esptool 5.6.0 is not available")
    result = subprocess.run([python, "-I", "-c", script,
                             json.dumps([[r[0], r[1]] for r in rows])],
                            cwd=str(tmp_path), capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [[r[2], r[3]] for r in rows]


# -- memory, registers, flash ID ---------------------------------------------------------

def test_baud_change_asks_for_the_plain_rate(rom_chip):
    esptool_on(rom_chip, "--chip", rom_chip.name, "-b", "921600", "read_mac")
    change = [f for f in rom_chip.host_frames() if f[2:4] == "0f"]
    # the P4's and C61's 40 MHz and a C5 whose ROM assumes its 48 MHz crystal: no correction
    assert change == ["000f080000000000" + struct.pack("<II", 921600, 0).hex()]


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
    address = RAM[rom_chip.name]
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
    esptool_on(rom_chip, "--after", "no_reset", "run")
    assert rom_chip.host_frames()[-1] == "000404000000000001000000"     # FLASH_END(run)


def test_flash_id_and_status(rom_chip):
    out = esptool_on(rom_chip, "flash_id")
    assert "Manufacturer: ef" in out and "Device: 4016" in out
    out = esptool_on(rom_chip, "write_flash_status", "--non-volatile", "--bytes", "2", "0x0200")
    assert "After flash status:   0x0200" in out
    writes = [f[16:24] for f in rom_chip.host_frames() if f[2:4] == "09"]
    # the chip's own SPI_MEM registers (docs/chips.md §18.5, §19.5): USR2 at base + 0x20
    assert struct.pack("<I", SPI_BASE[rom_chip.name] + 0x20).hex() in writes


# -- flash, ROM and stub --------------------------------------------------------------------

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
    if chip.loader in ("stub", "stub5"):
        assert "Stub running..." in out and "WARNING" not in out
        assert "d2" not in [f[2:4] for f in chip.host_frames()]      # no ROM slow read


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
    assert chip.flash() == b"\xff" * FLASH


def test_write_flash_patches_the_bootloader_header_at_the_chips_offset(chip, tmp_path):
    """The bootloader offset (docs/chips.md §18.1, §19.1, §20.1): -fm/-ff/-fs patch the
    image written there, the digest refreshed; the same image elsewhere is left alone."""
    out_image = tmp_path / "boot.bin"
    ok(run_main("esptool", "--chip", chip.name, "elf2image", "-o", out_image,
                os.path.join(ROOT, "test", "elf", "%s_app.elf" % chip.name)))
    image = read(out_image)
    offset = BOOTLOADER[chip.name]
    esptool_on(chip, "--chip", chip.name, "write_flash", "-fm", "dio", "-ff", "20m", "-fs", "4MB",
               hex(offset), out_image, "0x100000", out_image)
    flash = chip.flash()
    assert flash[offset + 2:offset + 4] == bytes([2, 0x22])         # DIO, 4MB | 20m
    assert flash[0x100000:0x100000 + len(image)] == image


# -- USB-Serial-JTAG and the watchdogs ------------------------------------------------------

@pytest.mark.parametrize("name", CHIPS)
def test_usb_serial_jtag_reset_reaches_download_mode(tmp_path, name):
    url = "espsim://%s?usb=1&flash=%s" % (name, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--before", "usb_reset", "--connect-attempts", 1,
                      "--no-stub", "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Detecting chip type... %s" % NAMES[name] in result.stdout


@pytest.mark.parametrize("name, registers", [
    # docs/chips.md §18.5: the P4's LP_WDT at 0x50116000; §19.5/§20.5: the C6's block
    ("esp32p4", (0x50116018, 0x50116000, 0x50116020, 0x5011601C)),
    ("esp32c5", (0x600B1C18, 0x600B1C00, 0x600B1C20, 0x600B1C1C)),
    ("esp32c61", (0x600B1C18, 0x600B1C00, 0x600B1C20, 0x600B1C1C)),
])
def test_lp_watchdogs_are_stopped_at_the_chips_own_addresses(name, registers):
    from espkit.chips import PACKAGE_CHIPS
    wprotect, config0, swd_wprotect, swd_conf = registers
    esp = object.__new__(PACKAGE_CHIPS[name])
    writes = []
    esp.write_reg = lambda address, value, *rest, **options: writes.append((address, value))
    esp.read_reg = lambda address, *rest, **options: 0x1
    esp.disable_watchdogs()
    assert writes == [(wprotect, 0x50D83AA1), (config0, 0), (wprotect, 0),
                      (swd_wprotect, 0x50D83AA1), (swd_conf, 0x1 | 1 << 18), (swd_wprotect, 0)]


# -- the ESP32-P4's revisions and its flash supply (docs/chips.md §18.2, §18.6) -------------------

PMU_DATE = 0x501153FC


@pytest.mark.parametrize("revision, text", [(0, "v0.0"), (100, "v1.0"), (103, "v1.3"),
                                            (300, "v3.0"), (301, "v3.1"), (302, "v3.2"),
                                            (315, "v3.15")])
def test_esp32p4_revision_has_a_third_major_bit(tmp_path, revision, text):
    url = "espsim://esp32p4?revision=%d&flash=%s" % (revision, tmp_path / "f.bin")
    result = run_tool("esptool", "--port", url, "--no-stub", "read_mac", timeout=60)
    assert result.returncode == 0, result.stdout
    assert "Chip is ESP32-P4 (revision %s)" % text in result.stdout


@pytest.mark.parametrize("loader", ["rom", "stub"])
@pytest.mark.parametrize("revision", [100, 300, 301, 302])
def test_esp32p4_flash_works_on_every_revision(espsim_server, upstream_stubs, tmp_path, loader,
                                               revision):
    sim = simulated(espsim_server, "esp32p4", loader, upstream_stubs, chip_revision=revision)
    image = data(0x5000, 8)
    (tmp_path / "app.bin").write_bytes(image)
    out = esptool_on(sim, "write_flash", "0x10000", tmp_path / "app.bin")
    assert "Hash of data verified." in out
    assert sim.flash()[0x10000:0x15000] == image
    # the power-on sequence ran exactly where 5.6 runs it: PMU_DATE's force-on bits set
    pmu_writes = [f for f in sim.host_frames()
                  if f[2:4] == "09" and f[16:24] == struct.pack("<I", PMU_DATE).hex()]
    assert bool(pmu_writes) == (revision in (301, 302))


def test_esp32p4_v31_flash_is_unreachable_without_the_power_on(espsim_server, upstream_stubs,
                                                               tmp_path, monkeypatch):
    """The model (espsim/power.py): skip our power-on and the write goes nowhere."""
    from espkit.chips.esp32p4 import ESP32P4ROM
    monkeypatch.setattr(ESP32P4ROM, "power_on_flash", lambda self: None)
    sim = simulated(espsim_server, "esp32p4", "rom", upstream_stubs, chip_revision=301)
    (tmp_path / "app.bin").write_bytes(data(0x3000, 9))
    result = run_main("esptool", "--port", sim.url, "--no-stub", "write_flash", "0x10000",
                      tmp_path / "app.bin")
    assert_one_fatal_line(result, "MD5 of file does not match data in flash")
    assert sim.flash()[0x10000:0x13000] == b"\xff" * 0x3000


@pytest.mark.parametrize("clear", [True, False])
def test_esp32p4_v32_with_xpd_on_second_download_entry(espsim_server, tmp_path, monkeypatch,
                                                       clear):
    """v3.2 with DOWNLOAD_MODE_XPD_ON: the ROM powers the flash; entered a second time it
    runs its power-on again and upsets the flash until its force-on bits are cleared,
    which our power-on does (5.6's workaround). Without it the second session fails."""
    sim = espsim_server("esp32p4", trace=False, chip_revision=302)     # RFC 2217: resets
    sim.device.efuse.words[0x34] = 1 << 16                 # DOWNLOAD_MODE_XPD_ON
    if not clear:
        from espkit.chips.esp32p4 import ESP32P4ROM
        monkeypatch.setattr(ESP32P4ROM, "power_on_flash", lambda self: None)
    (tmp_path / "app.bin").write_bytes(data(0x2000, 10))
    for attempt in range(2):             # --before default_reset: a second ROM entry
        result = run_main("esptool", "--port", sim.url, "--no-stub", "--after", "no_reset",
                          "write_flash", hex(0x10000 + attempt * 0x10000), tmp_path / "app.bin")
        if attempt == 0 or clear:
            assert result.returncode == 0, result.stdout + result.stderr
        else:
            assert_one_fatal_line(result, "MD5 of file does not match data in flash")


def test_esp32p4_stub_name_follows_the_revision_family():
    from espkit.chips.esp32p4 import ESP32P4ROM
    esp = object.__new__(ESP32P4ROM)
    for revision, key in ((100, "esp32p4rev1"), (299, "esp32p4rev1"), (300, "esp32p4"),
                          (302, "esp32p4")):
        esp.revision_full = lambda revision=revision: revision
        assert esp.stub_key() == key


# -- the ESP32-C5's crystal (docs/chips.md §19.5) -----------------------------------------------

@pytest.mark.parametrize("loader", ["rom", "stub"])
def test_esp32c5_40mhz_part_with_a_rom_assuming_48_flashes_at_921600(espsim_server,
                                                                    upstream_stubs, tmp_path,
                                                                    loader):
    sim = simulated(espsim_server, "esp32c5", loader, upstream_stubs, crystal=40)
    image = data(0x6000, 11)
    (tmp_path / "app.bin").write_bytes(image)
    out = esptool_on(sim, "-b", "921600", "write_flash", "0x10000", tmp_path / "app.bin")
    assert "Hash of data verified." in out
    assert sim.flash()[0x10000:0x16000] == image
    change = [f for f in sim.host_frames() if f[2:4] == "0f"]
    # the ROM is asked for 48/40 of the rate, as 5.6.0 asks (in stub mode too: the rate
    # changes while the ROM runs, before the upload)
    assert change == ["000f080000000000" + struct.pack("<II", 921600 * 48 // 40, 0).hex()]


def test_esp32c5_rom_is_lost_if_asked_for_the_plain_rate(tmp_path, monkeypatch):
    from espkit.chips.esp32c5 import ESP32C5ROM
    monkeypatch.setattr(ESP32C5ROM, "baud_word", lambda self, baud: baud)
    url = "espsim://esp32c5?crystal=40&flash=%s" % (tmp_path / "f.bin")
    result = run_main("esptool", "--port", url, "--no-stub", "--connect-attempts", 1,
                      "-b", "921600", "read_mac")
    assert result.returncode == 2


# -- images the chip's revision refuses (docs/chips.md §22) --------------------------------------

def image_for(tmp_path, name, *options):
    out = tmp_path / ("%s-%d.bin" % (name, len(os.listdir(str(tmp_path)))))
    ok(run_main("esptool", "--chip", name, "elf2image", "-o", out, *options,
                os.path.join(ROOT, "test", "elf", "%s_app.elf" % name)))
    return out


@pytest.mark.parametrize("name, revision, options, message", [
    ("esp32p4", 100, ["--min-rev-full", "301"], "needs chip revision v3.1 or higher "
                                                "(this chip is revision v1.0)"),
    ("esp32p4", 301, ["--max-rev-full", "199"], "needs chip revision v1.99 or lower "
                                                "(this chip is revision v3.1)"),
    ("esp32p4", 103, ["--min-rev-full", "300", "--max-rev-full", "399"],
     "needs chip revision in range v3.0 - v3.99 (this chip is revision v1.3)"),
    ("esp32p4", 100, ["--min-rev", "3"], "needs chip revision 3 or higher "
                                         "(this chip is revision 1)"),
    ("esp32c5", 100, ["--min-rev-full", "101"], "needs chip revision v1.1 or higher"),
    ("esp32c61", 100, ["--max-rev-full", "99"], "needs chip revision v0.99 or lower"),
])
def test_a_bootloader_the_revision_refuses_is_refused_before_anything_is_written(
        espsim_server, tmp_path, name, revision, options, message):
    sim = espsim_server(name, in_process=True, chip_revision=revision)
    sim.loader = "rom"
    image = image_for(tmp_path, name, *options)
    result = run_main("esptool", "--port", sim.url, "--no-stub", "write_flash",
                      hex(BOOTLOADER[name]), image)
    assert_one_fatal_line(result, "'%s' %s" % (image, message))
    assert "Hint: --force writes it anyway" in result.stderr
    assert not {0x02, 0x10} & set(sim.commands_received())       # no FLASH_BEGIN of any kind
    out = esptool_on(sim, "write_flash", "--force", hex(BOOTLOADER[name]), image)
    assert "Hash of data verified." in out


@pytest.mark.parametrize("name", CHIPS)
def test_images_the_chip_can_run_or_not_at_the_bootloader_offset(espsim_server, tmp_path, name):
    sim = espsim_server(name, in_process=True)
    sim.loader = "rom"
    fits = image_for(tmp_path, name, "--min-rev-full", "100", "--max-rev-full", "199")
    elsewhere = image_for(tmp_path, name, "--min-rev-full", "200")
    out = esptool_on(sim, "write_flash", hex(BOOTLOADER[name]), fits, "0x40000", elsewhere)
    assert "Note: '%s' needs chip revision v2.0 or higher" % elsewhere in out
    assert sim.flash()[0x40000:0x40000 + 8] == read(elsewhere)[:8]
    other = image_for(tmp_path, "esp32c6")
    result = run_main("esptool", "--port", sim.url, "--no-stub", "write_flash",
                      hex(BOOTLOADER[name]), other)
    assert_one_fatal_line(result, "'%s' is not an %s image" % (other, NAMES[name]))


def test_upstream_5_refuses_the_same_image_on_the_same_chip(espsim_server, tmp_path):
    sim = espsim_server("esp32p4", raw=True, trace=False, chip_revision=100)
    image = image_for(tmp_path, "esp32p4", "--min-rev-full", "301")
    theirs = subprocess.run(upstream_cmd("5") + ["--chip", "esp32p4", "--port", sim.url,
                                                 "--before", "no-reset", "--no-stub",
                                                 "write-flash", "0x2000", str(image)],
                            cwd=str(tmp_path), capture_output=True, text=True, timeout=180)
    assert theirs.returncode == 2
    assert "requires chip revision v3.1 or higher (this chip is revision v1.0)" in (
        theirs.stdout + theirs.stderr)


# -- merge_bin over each chip's ELF images, against upstream 5.6.0 ---------------------------------

MERGE_ELVES = {name: ["%s_app.elf" % name] + ["%s_%s.elf" % (name, shape) for shape in (
    "worked_shape", "merge_shape", "many_shape", "bootdesc_shape", "union_shape")]
    for name in CHIPS}
MERGE_OPTIONS = [[], ["-fm", "dio", "-fs", "4MB"], ["-ff", "20m", "--pad-to-size", "4MB"],
                 ["-fm", "qio", "-ff", "80m", "-fs", "16MB"], ["-t", "{boot}"],
                 ["--format", "uf2"], ["--format", "uf2", "--chunk-size", "256", "-fs", "2MB"],
                 ["--format", "hex", "-fm", "dout"]]


def merge_cases():
    cases = []
    for name in CHIPS:
        for n, elf in enumerate(MERGE_ELVES[name]):
            for m, options in enumerate(MERGE_OPTIONS):
                if (n + m) % 2 and m:          # a spread of the pairs, not all 48
                    continue
                cases.append(("%s-%s-%d" % (name, elf[:-4], m), name, elf, options))
    return cases


MERGE_CASES = merge_cases()


def merge_argv(name, elf, options, out, dash):
    boot = "%s.bin" % elf[:-4]
    options = [o.replace("{boot}", hex(BOOTLOADER[name])) for o in options]
    return (["--chip", name, "merge-bin" if dash else "merge_bin", "-o", out] + options
            + [hex(BOOTLOADER[name]), boot, "0x300000", "app.bin"])


@pytest.fixture(scope="module")
def merge_inputs(tmp_path_factory):
    """Each ELF's image (ours, byte-identical to 5.6.0's: test_images_5x), one data file, and
    upstream 5.6.0's merge-bin output for every case (one process runs them all)."""
    directory = tmp_path_factory.mktemp("merge")
    for name in CHIPS:
        for elf in MERGE_ELVES[name]:
            shutil.copy(os.path.join(ROOT, "test", "elf", elf), str(directory))
            ok(run_main("esptool", "--chip", name, "elf2image", "-o",
                        directory / ("%s.bin" % elf[:-4]), directory / elf))
    (directory / "app.bin").write_bytes(data(30001, 12))
    python = upstream_python("5") or pytest.skip("upstream esptool 5.6.0 is not available")
    argvs = [merge_argv(name, elf, options, "up-%s" % case_id, True)
             for case_id, name, elf, options in MERGE_CASES]
    (directory / "argvs.json").write_text(json.dumps(argvs))
    (directory / "driver.py").write_text(
        "import json, sys\nimport esptool\nfor argv in json.load(open(sys.argv[1])):\n"
        "    try:\n        esptool.main(argv)\n    except SystemExit as e:\n"
        "        if e.code:\n            print('FAILED', argv)\n")
    result = subprocess.run([python, "driver.py", "argvs.json"], cwd=str(directory),
                            capture_output=True, text=True, timeout=600)
    assert "FAILED" not in result.stdout, result.stdout + result.stderr
    return directory


def test_twenty_merge_cases_a_chip():
    for name in CHIPS:
        assert len([c for c in MERGE_CASES if c[1] == name]) >= 20


@pytest.mark.parametrize("case_id, name, elf, options", MERGE_CASES,
                         ids=[c[0] for c in MERGE_CASES])
def test_merge_bin_matches_upstream_5(merge_inputs, case_id, name, elf, options):
    ok(run_main("esptool", *merge_argv(name, elf, options, "ours-" + case_id, False),
                cwd=str(merge_inputs)))
    ours, theirs = merge_inputs / ("ours-" + case_id), merge_inputs / ("up-" + case_id)
    if "hex" in options:
        from espkit import formats
        assert formats.parse_intel_hex(read(ours), str(ours)) == formats.parse_intel_hex(
            read(theirs), str(theirs))
    else:
        assert read(ours) == read(theirs)
