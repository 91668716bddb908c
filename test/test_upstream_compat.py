"""Upstream esptool against espsim: if upstream 2.3.1 and 5.x accept the
simulator as a real chip, the simulator is faithful enough to test our tool.

Each case: given a fresh simulated chip served over rfc2217://, when upstream
runs one of its serial commands (with or without its stub, at 115200 or
921600 baud), then it exits 0 and the flash file holds exactly what a chip
would hold.

The whole matrix is behind the `upstream_matrix` marker:
    python3 -m pytest -m upstream_matrix test/test_upstream_compat.py
A few representative cases run unmarked (CI).

Our esptool.py runs the same checks (version "ours") on the chips after the
ESP32-S3, for the commands issue 20 names (OURS_COMMANDS), beside 5.x's:
    python3 -m pytest -m upstream_matrix test/test_upstream_compat.py -k "ours or 5-esp32c2"
"""
import os
import random
import re
import struct
import subprocess

import pytest

from conftest import tool_argv
from oracle import upstream_cmd

VERSIONS = ("2.3.1", "5")
CHIPS = ("esp8266", "esp32", "esp32c3", "esp32s3")
CHIPS += ("esp32s2",)
NEW_CHIPS = ("esp32c3", "esp32s3")        # v2.3.1 never knew them: 5.x only
NEW_CHIPS += ("esp32s2",)
LOADERS = ("stub", "rom")
BAUDS = (115200, 921600)
MACS = {"esp8266": "18:fe:34:01:02:03", "esp32": "24:0a:c4:3a:0b:9c",
        "esp32c3": "58:cf:79:3a:0b:9c", "esp32s3": "7c:df:a1:3a:0b:9c"}
RAM_ADDRESS = {"esp8266": 0x40104000, "esp32": 0x40080000, "esp32c3": 0x40390000,
               "esp32s3": 0x40390000}
SCRATCH_RAM = {"esp8266": 0x3FFE9000, "esp32": 0x3FFB0000, "esp32c3": 0x3FCA0000,
               "esp32s3": 0x3FCA0000}
MAGIC = {"esp8266": 0xFFF0C101, "esp32": 0x00F01D83, "esp32c3": 0x1B31506F,
         "esp32s3": 0x00000009}
IMAGE_CHIP_ID = {"esp32c3": 5, "esp32s3": 9}
# The ESP32-C6 (docs/chips.md §13): in the matrix (upstream_matrix marker) only.
CHIPS += ("esp32c6",)
NEW_CHIPS += ("esp32c6",)
MACS["esp32c6"] = "40:4c:ca:3a:0b:9c"
RAM_ADDRESS["esp32c6"] = 0x40810000
SCRATCH_RAM["esp32c6"] = 0x40870000
MAGIC["esp32c6"] = 0x2CE0806F
IMAGE_CHIP_ID["esp32c6"] = 13
MACS["esp32s2"] = "60:55:f9:3a:0b:9c"
RAM_ADDRESS["esp32s2"] = 0x40030000
SCRATCH_RAM["esp32s2"] = 0x3FFC8000       # clear of both stubs (docs/chips.md §9.1)
MAGIC["esp32s2"] = 0x000007C6
IMAGE_CHIP_ID["esp32s2"] = 2
# The ESP32-H2 (docs/chips.md §16): likewise, one CI case below.
CHIPS += ("esp32h2",)
NEW_CHIPS += ("esp32h2",)
MACS["esp32h2"] = "60:55:f9:3a:0b:9c"
RAM_ADDRESS["esp32h2"] = 0x40810000
SCRATCH_RAM["esp32h2"] = 0x40840000
MAGIC["esp32h2"] = 0xD7B73E80
IMAGE_CHIP_ID["esp32h2"] = 16
# The ESP32-C2 (docs/chips.md §15): espsim's 40 MHz part in the matrix; its 26 MHz
# part below (upstream_matrix marker, but for one case in CI).
CHIPS += ("esp32c2",)
NEW_CHIPS += ("esp32c2",)
MACS["esp32c2"] = "08:3a:8d:3a:0b:9c"
RAM_ADDRESS["esp32c2"] = 0x40390000
SCRATCH_RAM["esp32c2"] = 0x3FCA0000
MAGIC["esp32c2"] = 0x7C41A06F
IMAGE_CHIP_ID["esp32c2"] = 12
# The ESP32-P4, -C5 and -C61 (docs/chips.md §18-§20): espsim's default parts (v1.0; the C5's
# 48 MHz crystal); the P4's v3.1 and the C5's 40 MHz part below. One 5.x CI case each.
CHIPS += ("esp32p4", "esp32c5", "esp32c61")
NEW_CHIPS += ("esp32p4", "esp32c5", "esp32c61")
MACS.update(esp32p4="30:ed:a0:3a:0b:9c", esp32c5="3c:dc:75:3a:0b:9c",
            esp32c61="58:e6:c5:3a:0b:9c")
RAM_ADDRESS.update(esp32p4=0x4FF30000, esp32c5=0x40810000, esp32c61=0x40830000)   # clear of 5.6's stubs
SCRATCH_RAM.update(esp32p4=0x4FF70000, esp32c5=0x40840000, esp32c61=0x40840000)
MAGIC.update(esp32p4=0x0ADDBAD0, esp32c5=0x1101406F, esp32c61=0x33F0206F)
IMAGE_CHIP_ID.update(esp32p4=18, esp32c5=23, esp32c61=20)
FLASH_SIZE = 4 << 20
TIMEOUT = 120


def payload(size, seed):
    """Deterministic test data that does not look like an image (no header patch)."""
    data = bytearray(random.Random(seed).randbytes(size))
    data[0] = 0x5A
    return bytes(data)


def ram_image(chip, address, data, entry):
    """A minimal bootable image (docs/image-format.md §3/§5): one RAM segment."""
    header = struct.pack("<BBBBI", 0xE9, 1, 2, 0x20, entry)
    if chip == "esp32":
        header += bytes([0xEE]) + bytes(15)
    elif chip in IMAGE_CHIP_ID:     # docs/chips.md §7.7: chip ID, any revision, no digest
        header += struct.pack("<B3sHBHH4sB", 0xEE, bytes(3), IMAGE_CHIP_ID[chip], 0, 0,
                              0xFFFF, bytes(4), 0)
    body = header + struct.pack("<II", address, len(data)) + data
    checksum = 0xEF
    for byte in data:
        checksum ^= byte
    body += bytes(15 - len(body) % 16) + bytes([checksum])
    return body


class Case:
    """One upstream invocation context: version, chip, loader, baud, simulator."""

    def __init__(self, version, chip, loader, baud, sim, workdir):
        self.version, self.chip, self.loader, self.baud = version, chip, loader, baud
        self.sim = sim
        self.workdir = str(workdir)

    def path(self, name):
        return os.path.join(self.workdir, name)

    def esptool(self, *args, expect_ok=True):
        tool = tool_argv("esptool") if self.version == "ours" else upstream_cmd(self.version)
        argv = tool + ["--chip", self.chip, "--port", self.sim.url, "--baud", str(self.baud)]
        if self.loader == "rom":
            argv.append("--no-stub")
        argv += [str(a) for a in args]
        result = subprocess.run(argv, cwd=self.workdir, capture_output=True, text=True,
                                timeout=TIMEOUT)
        if expect_ok:
            assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def write_file(self, name, data):
        with open(self.path(name), "wb") as f:
            f.write(data)
        return self.path(name)


# -- one function per upstream command; each asserts what the user would see --

def check_chip_id(case):
    out = case.esptool("chip_id")
    if case.chip == "esp8266":
        assert re.search(r"Chip ID: 0x00010203", out), out
    elif case.version == "2.3.1" or (case.version, case.chip) == ("ours", "esp32"):
        # v2.3.1's ESP32 chip id: (w2 & 0xFFFFFF) << 24 | (w1 >> 8) & 0xFFFFFF (docs/protocol.md §7.3)
        assert "Chip ID: 0xc5240ac43a0b" in out, out
    else:
        assert MACS[case.chip] in out, out    # 5.x: the MAC (no chip ID on the newer chips)


def check_read_mac(case):
    assert MACS[case.chip] in case.esptool("read_mac")


def check_flash_id(case):
    out = case.esptool("flash_id")
    assert re.search(r"Manufacturer: ef", out) and re.search(r"Device: 4016", out), out


def check_read_mem(case):
    out = case.esptool("read_mem", "0x40001000")
    assert ("0x%08x" % MAGIC[case.chip]) in out.lower(), out


def check_write_mem(case):
    address = SCRATCH_RAM[case.chip]
    case.esptool("write_mem", hex(address), "0x12345678", "0xffffffff")
    assert case.sim.device.bus.read(address) == 0x12345678


def check_dump_mem(case):
    case.esptool("dump_mem", "0x40001000", "16", "dump.bin")
    with open(case.path("dump.bin"), "rb") as f:
        dumped = f.read()
    assert dumped == struct.pack("<I", MAGIC[case.chip]) + bytes(12)


def check_load_ram(case):
    code = payload(0x2000, 7)[:0x1FFC] + b"\x00\x00\x00\x00"
    address = RAM_ADDRESS[case.chip]
    image = case.write_file("ram.bin", ram_image(case.chip, address, code, address))
    case.esptool("load_ram", image)
    memory = case.sim.device.memory
    loaded = b"".join(struct.pack("<I", memory.read(address + i)) for i in range(0, len(code), 4))
    assert loaded == code


def check_run(case):
    case.esptool("run")


def _write_and_check(case, *options, files=((0x10000, 0x6000, 1),)):
    args = []
    expected = {}
    for offset, size, seed in files:
        data = payload(size, seed)
        args += [hex(offset), case.write_file("f%x.bin" % offset, data)]
        expected[offset] = data
    case.esptool("write_flash", *options, *args)
    flash = case.sim.flash()
    for offset, data in expected.items():
        assert flash[offset:offset + len(data)] == data, "flash at 0x%x differs" % offset
    # Sectors not written keep their erased state.
    assert flash[0x3F0000:0x400000] == b"\xff" * 0x10000


def check_write_flash(case):
    _write_and_check(case)


def check_write_flash_z(case):
    _write_and_check(case, "-z")


def check_write_flash_u(case):
    _write_and_check(case, "-u")


def check_write_flash_multi(case):
    _write_and_check(case, files=((0x8000, 0x1800, 2), (0x20000, 0x4400, 3), (0x3000, 0x400, 4)))


def check_write_flash_verify(case):
    _write_and_check(case, "--verify")


def check_verify_flash(case):
    data = payload(0x5000, 5)
    case.sim.preload(0x30000, data)
    out = case.esptool("verify_flash", "0x30000", case.write_file("v.bin", data))
    assert re.search(r"verify OK|Verification successful", out, re.I), out
    bad = case.write_file("bad.bin", data[:-1] + bytes([data[-1] ^ 1]))
    failed = case.esptool("verify_flash", "0x30000", bad, expect_ok=False)
    assert re.search(r"verify FAILED|Verification failed", failed), failed


def check_read_flash(case):
    data = payload(0x3000, 6)
    case.sim.preload(0x41000, data)
    case.esptool("read_flash", "0x41000", "0x3000", "out.bin")
    with open(case.path("out.bin"), "rb") as f:
        assert f.read() == data


def check_erase_flash(case):
    case.sim.preload(0x1000, payload(0x1000, 8))
    case.sim.preload(0x3FF000, payload(0x1000, 9))
    case.esptool("erase_flash")
    assert case.sim.flash() == b"\xff" * FLASH_SIZE


def check_erase_region(case):
    data = payload(0x4000, 10)
    case.sim.preload(0x20000, data)
    case.esptool("erase_region", "0x21000", "0x2000")
    flash = case.sim.flash()
    assert flash[0x20000:0x21000] == data[:0x1000]
    assert flash[0x21000:0x23000] == b"\xff" * 0x2000
    assert flash[0x23000:0x24000] == data[0x3000:]


def check_read_flash_status(case):
    case.sim.device.flash.status = 0x0200
    out = case.esptool("read_flash_status", "--bytes", "2")
    assert re.search(r"(Status value|Flash memory status): 0x0*200\b", out), out


def check_write_flash_status(case):
    out = case.esptool("write_flash_status", "--non-volatile", "--bytes", "2", "0x0200")
    assert re.search(r"After flash (memory )?status: +0x0*200\b", out), out
    assert case.sim.device.flash.status == 0x0200


COMMANDS = {
    "chip_id": check_chip_id, "read_mac": check_read_mac, "flash_id": check_flash_id,
    "read_mem": check_read_mem, "write_mem": check_write_mem, "dump_mem": check_dump_mem,
    "load_ram": check_load_ram, "run": check_run, "write_flash": check_write_flash,
    "write_flash_z": check_write_flash_z, "write_flash_u": check_write_flash_u,
    "write_flash_multi": check_write_flash_multi, "write_flash_verify": check_write_flash_verify,
    "verify_flash": check_verify_flash, "read_flash": check_read_flash,
    "erase_flash": check_erase_flash, "erase_region": check_erase_region,
    "read_flash_status": check_read_flash_status, "write_flash_status": check_write_flash_status,
}


def not_applicable(version, chip, loader, command):
    """Why upstream itself does not offer this combination (None if it does)."""
    rom8266 = chip == "esp8266" and loader == "rom"
    if version == "2.3.1" and chip in NEW_CHIPS:
        return "v2.3.1 does not know the ESP32-C3 and ESP32-S3"
    if command == "write_flash_verify" and version == "5":
        return "5.x has no --verify (it always verifies)"
    if rom8266 and command == "write_flash_z":
        return "the ESP8266 ROM has no compressed download"
    if loader == "rom" and command == "erase_region" and version == "5" and chip in NEW_CHIPS:
        return None     # 5.x erases a region through the ESP32-C3/-S3 ROM (FLASH_BEGIN)
    if loader == "rom" and command in ("erase_flash", "erase_region"):
        return "upstream erases only through the stub"
    if loader == "rom" and command == "read_flash" and (version == "2.3.1" or rom8266):
        return "upstream reads flash without the stub only on ESP32 and only since v2.4"
    if version == "2.3.1" and command == "load_ram":
        return "upstream 2.3.1 load_ram crashes on Python 3 (TypeError unpacking ImageSegment)"
    if rom8266 and command in ("verify_flash", "write_flash_verify"):
        return "the ESP8266 ROM has no MD5 command"
    return None


# Our esptool.py on the same matrix: the chips after the ESP32-S3, issue 20's commands.
OURS_CHIPS = ("esp32s2", "esp32c6", "esp32h2", "esp32c2")
OURS_CHIPS += ("esp32p4", "esp32c5", "esp32c61")    # stub mode: ROM until our stub is embedded
OURS_COMMANDS = ("chip_id", "flash_id", "write_flash", "read_flash", "verify_flash",
                 "erase_region")


def our_cases():
    for chip in OURS_CHIPS:
        for loader in LOADERS:
            for baud in BAUDS:
                for command in OURS_COMMANDS:
                    yield "ours", chip, loader, baud, command


def matrix():
    for version, chip, loader, baud, command in our_cases():
        yield pytest.param(version, chip, loader, baud, command,
                           id="%s-%s-%s-%d-%s" % (version, chip, loader, baud, command),
                           marks=pytest.mark.upstream_matrix)
    for version in VERSIONS:
        for chip in CHIPS:
            for loader in LOADERS:
                for baud in BAUDS:
                    for command in COMMANDS:
                        if not_applicable(version, chip, loader, command):
                            continue
                        yield pytest.param(version, chip, loader, baud, command,
                                           id="%s-%s-%s-%d-%s" % (version, chip, loader,
                                                                  baud, command),
                                           marks=pytest.mark.upstream_matrix)


# A representative subset for CI: both upstream versions, both chips, stub and
# ROM, both baud rates, the commands that exercise the most protocol, and 5.x on
# the ESP32-C3 (ROM) and ESP32-S3 (stub). (Each 5.x
# run costs ~15 s over rfc2217:// because pyserial's client waits 50 ms steps for
# every port setting 5.x changes per command; so one 5.x case per chip family.)
CI_SUBSET = [
    ("5", "esp32", "stub", 921600, "write_flash_multi"),
    ("5", "esp32c3", "rom", 921600, "write_flash_z"),
    ("5", "esp32s3", "stub", 115200, "read_flash"),
    ("5", "esp32s2", "rom", 115200, "verify_flash"),
    ("2.3.1", "esp8266", "stub", 115200, "write_flash"),
    ("2.3.1", "esp32", "rom", 115200, "write_flash_z"),
]
CI_SUBSET.append(("5", "esp32c6", "stub", 921600, "write_flash_z"))    # its one CI case
CI_SUBSET.append(("5", "esp32h2", "rom", 921600, "write_flash"))       # the ESP32-H2's one
# The ESP32-C2 (5.x with its stub: its ROM case is the 26 MHz one below) and ours on the
# C2 and H2, on the commands that move the most data.
CI_SUBSET += [("5", "esp32c2", "stub", 921600, "read_flash"),
              ("ours", "esp32c2", "rom", 921600, "verify_flash"),
              ("ours", "esp32h2", "stub", 115200, "write_flash")]
CI_SUBSET += [("5", "esp32p4", "stub", 921600, "write_flash_z"),
              ("5", "esp32c5", "rom", 921600, "write_flash"),
              ("5", "esp32c61", "stub", 115200, "read_flash")]


@pytest.mark.parametrize("version,chip,loader,baud,command", list(matrix()))
def test_upstream_matrix(espsim_server, tmp_path, version, chip, loader, baud, command):
    sim = espsim_server(chip, mac=MACS[chip], trace=False)
    COMMANDS[command](Case(version, chip, loader, baud, sim, tmp_path))


@pytest.mark.parametrize("version,chip,loader,baud,command", CI_SUBSET,
                         ids=["-".join(map(str, case)) for case in CI_SUBSET])
def test_upstream_representative(espsim_server, tmp_path, version, chip, loader, baud, command):
    sim = espsim_server(chip, mac=MACS[chip], trace=False)
    COMMANDS[command](Case(version, chip, loader, baud, sim, tmp_path))


# -- espefuse (ESP32 only; talks to the ROM at 115200) --

def espefuse(version, sim, workdir, *args):
    argv = upstream_cmd(version, "espefuse") + ["--port", sim.url] + list(args)
    result = subprocess.run(argv, cwd=str(workdir), capture_output=True, text=True,
                            timeout=TIMEOUT)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("version", VERSIONS)
def test_upstream_espefuse_summary(espsim_server, tmp_path, version):
    sim = espsim_server("esp32", mac=MACS["esp32"], trace=False)
    out = espefuse(version, sim, tmp_path, "summary")
    assert "24:0a:c4:3a:0b:9c (CRC 0xc5 OK)" in out or "24:0a:c4:3a:0b:9c (CRC c5 OK)" in out, out


@pytest.mark.parametrize("version", [
    "2.3.1", pytest.param("5", marks=pytest.mark.upstream_matrix)])
def test_upstream_espefuse_dump(espsim_server, tmp_path, version):
    sim = espsim_server("esp32", mac=MACS["esp32"], trace=False)
    out = espefuse(version, sim, tmp_path, "dump")
    # BLK0 words 1 and 2 carry the MAC and its CRC (docs/efuse-esp32.md §7.1).
    assert re.search(r"c43a0b9c", out, re.I) and re.search(r"00c5240a", out, re.I), out



# The ESP32-C2 with a 26 MHz crystal (docs/chips.md §15.5): 5.x asks its ROM for
# 40/26 of the rate; its stub rescales the divider itself.
C2_26MHZ_COMMANDS = ("chip_id", "flash_id", "write_flash", "read_flash", "verify_flash",
                     "erase_region")
C2_26MHZ_CI = ("rom", 921600, "write_flash")


@pytest.mark.parametrize("loader,baud,command", [
    pytest.param(loader, baud, command, id="%s-%d-%s" % (loader, baud, command),
                 marks=[] if (loader, baud, command) == C2_26MHZ_CI
                 else [pytest.mark.upstream_matrix])
    for loader in LOADERS for baud in (460800, 921600) for command in C2_26MHZ_COMMANDS])
def test_upstream_esp32c2_26mhz(espsim_server, tmp_path, loader, baud, command):
    sim = espsim_server("esp32c2", mac=MACS["esp32c2"], trace=False, crystal=26)
    COMMANDS[command](Case("5", "esp32c2", loader, baud, sim, tmp_path))


# The ESP32-P4's v3.1 and v3.2 parts, whose flash 5.x powers on first, and the ESP32-C5's
# 40 MHz part, whose ROM assumes 48 MHz (docs/chips.md §18.6, §19.5): 5.x and ours.
VARIANTS = {"p4-v3.1": ("esp32p4", {"chip_revision": 301}),
            "p4-v3.2": ("esp32p4", {"chip_revision": 302}),
            "c5-40mhz": ("esp32c5", {"crystal": 40})}
VARIANT_COMMANDS = ("flash_id", "write_flash", "read_flash", "verify_flash")


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("version,variant,loader,command", [
    pytest.param(version, variant, loader, command,
                 id="%s-%s-%s-%s" % (version, variant, loader, command))
    for version in ("5", "ours") for variant in VARIANTS for loader in LOADERS
    for command in VARIANT_COMMANDS])
def test_upstream_new_chip_variants(espsim_server, tmp_path, version, variant, loader, command):
    chip, options = VARIANTS[variant]
    sim = espsim_server(chip, mac=MACS[chip], trace=False, **options)
    COMMANDS[command](Case(version, chip, loader, 921600, sim, tmp_path))
