"""The small serial commands, end to end against espsim, ROM mode (issue 5).

Given a simulated chip, when the user runs a command, then the output and the
chip's state say it happened. Both chips; mostly over the in-process espsim://
URL (fast), and over rfc2217:// (one module-wide simulator per chip) where a
state must live from one run to the next.
"""
import re
import struct

import pytest

from conftest import ok, run_tool

CHIPS = ["esp8266", "esp32"]
MACS = {"esp8266": "18:fe:34:0a:0b:0c", "esp32": "24:0a:c4:0a:0b:0c"}
RAM = {"esp8266": 0x3FFE8000, "esp32": 0x3FFB0000}
MAGIC = {"esp8266": 0xFFF0C101, "esp32": 0x00F01D83}


def esptool(port, *args, **kwargs):
    return run_tool("esptool", "--port", port, "--no-stub", "--connect-attempts", 2, *args,
                    **kwargs)


@pytest.fixture(scope="module", params=CHIPS)
def served_chip(request, espsim_module_server):
    """One simulator per chip behind rfc2217://, shared by this module's tests
    (its RAM lives as long as the module: write_mem then read_mem works)."""
    return espsim_module_server(request.param, mac=MACS[request.param])


@pytest.fixture(scope="module")
def chip(served_chip, espsim_module_server):
    """The same chip over the in-process espsim:// URL (a fresh device per
    run that shares only the flash file: no RAM survives), which is fast."""
    return espsim_module_server(served_chip.name, in_process=True, mac=MACS[served_chip.name])


def test_read_mac_prints_the_factory_mac_and_names_the_chip(chip):
    name, url = chip.name, chip.url
    out = ok(esptool(url, "read_mac"))
    assert "MAC: %s" % MACS[name] in out
    assert "Detecting chip type... %s" % name.upper() in out
    assert "Hard resetting via RTS pin..." in out


def test_chip_id_is_derived_from_the_mac(chip):
    name, url = chip.name, chip.url
    out = ok(esptool(url, "chip_id"))
    chip_id = int(re.search(r"Chip ID: 0x([0-9a-f]+)", out).group(1), 16)
    if name == "esp8266":
        assert chip_id == 0x0A0B0C          # docs/protocol.md §7.2: last three MAC bytes
    else:
        assert chip_id & 0xFFFFFF == 0xC40A0B    # docs/protocol.md §7.3: bytes 3..5 of the MAC, shifted


def test_read_mem_reads_a_word_of_the_chip(chip):
    out = ok(esptool(chip.url, "read_mem", "0x40001000"))
    assert "0x40001000 = 0x%08x" % MAGIC[chip.name] in out     # docs/protocol.md §7.1


def test_write_mem_sends_the_value_with_the_mask(chip):
    address = RAM[chip.name]
    out = ok(esptool(chip.url, "write_mem", hex(address), "0x0000ab00", "0x0000ff00"))
    assert "Wrote 0000ab00, mask 0000ff00 to %08x" % address in out
    write_reg = [f for f in chip.host_frames() if f.startswith("0009")][-1]
    assert write_reg[16:] == struct.pack("<IIII", address, 0xAB00, 0xFF00, 0).hex()


def test_masked_writes_change_only_the_masked_bits(served_chip):
    esp = esptool_module().ESPLoader.detect_chip(served_chip.url, connect_attempts=2)
    try:
        address = RAM[served_chip.name]
        esp.write_reg(address, 0x12345678)
        esp.write_reg(address, 0x0000AB00, 0x0000FF00)
        assert esp.read_reg(address) == 0x1234AB78
    finally:
        esp.close()


def test_dump_mem_writes_the_words_to_a_file(served_chip, tmp_path):
    address = RAM[served_chip.name] + 0x100
    esp = esptool_module().ESPLoader.detect_chip(served_chip.url, connect_attempts=2)
    try:
        esp.write_reg(address, 0x03020100)
        esp.write_reg(address + 4, 0x07060504)
    finally:
        esp.close()
    out = ok(esptool(served_chip.url, "dump_mem", hex(address), 8, tmp_path / "dump.bin"))
    assert "Done!" in out
    assert (tmp_path / "dump.bin").read_bytes() == bytes(range(8))


def esptool_module():
    import esptool as module
    return module


def test_flash_id_reports_manufacturer_device_and_size(chip):
    url = chip.url
    out = ok(esptool(url, "flash_id"))
    assert re.search(r"Manufacturer: [0-9a-f]{2}\n", out)
    assert re.search(r"Device: [0-9a-f]{2}16\n", out)      # capacity byte 0x16 = 4MB
    assert "Detected flash size: 4MB" in out


def test_write_flash_status_sets_the_volatile_bits_for_this_session(chip):
    out = ok(esptool(chip.url, "write_flash_status", "--bytes", 2, "0x0200"))
    assert "Setting flash status: 0x0200" in out
    assert "After flash status:   0x0200" in out


def test_non_volatile_flash_status_is_there_on_the_next_connection(served_chip):
    url = served_chip.url
    ok(esptool(url, "write_flash_status", "--non-volatile", "--bytes", 2, "0x0200"))
    assert "Status value: 0x0200" in ok(esptool(url, "read_flash_status", "--bytes", 2))


def test_run_starts_the_firmware_with_flash_begin_and_flash_end(chip):
    url = chip.url
    ok(esptool(url, "--after", "no_reset", "run"))
    frames = chip.host_frames()
    # FLASH_BEGIN(0, 0, 0x400, 0) then FLASH_END(1): "run user code" (docs/protocol.md §9).
    # Between them on the ESP8266 ROM: the register reads of the flash at 0x0 that would
    # see a damaged FLASH_BEGIN erase there (docs/protocol.md §11.9).
    begin = max(i for i, f in enumerate(frames) if f[2:4] == "02")
    assert frames[begin] == "0002100000000000" + "00000000" + "00000000" + "00040000" + "00000000"
    assert all(f[2:4] in ("09", "0a") for f in frames[begin + 1:-1])
    assert frames[-1] == "000404000000000001000000"


def test_load_ram_sends_each_segment_then_starts_the_entry(chip, tmp_path):
    name, url = chip.name, chip.url
    segment = tmp_path / "seg.bin"
    segment.write_bytes(bytes(range(256)) * 40)            # 10240 bytes: two MEM_DATA blocks
    load_addr = RAM[name] + 0x1000
    ok(run_tool("esptool", "make_image", "-f", segment, "-a", hex(load_addr),
                "-e", hex(load_addr), tmp_path / "app", timeout=60))
    image = tmp_path / "app0x00000.bin"
    if name == "esp32":
        image = tmp_path / "app32.bin"
        make_esp32_image(image, load_addr, segment.read_bytes())
    out = ok(esptool(url, "--after", "no_reset", "load_ram", image))
    assert "Downloading 10240 bytes at %08x..." % load_addr in out
    assert "All segments done, executing at %08x" % load_addr in out
    frames = chip.host_frames()
    mem_end = [f for f in frames if f.startswith("0006")][-1]
    assert mem_end.endswith("00000000" + load_addr.to_bytes(4, "little").hex())


def make_esp32_image(path, address, data):
    """A one-segment ESP32 image (docs/image-format.md §5) without a digest."""
    header = struct.pack("<BBBBI", 0xE9, 1, 2, 0x20, address)
    extended = bytes([0xEE]) + bytes(15)
    body = header + extended + struct.pack("<II", address, len(data)) + data
    checksum = 0xEF
    for b in data:
        checksum ^= b
    body += bytes(15 - len(body) % 16) + bytes([checksum])
    path.write_bytes(body)


def test_version_needs_no_chip():
    result = run_tool("esptool", "version", timeout=60)
    assert result.returncode == 0
    assert re.fullmatch(r"esptool.py v(\S+)\n\1\n", result.stdout)


# Every serial command over rfc2217:// for both chips (slow: a second per run for
# the RFC 2217 negotiation); the default run covers rfc2217 with a few of them.
RFC2217_SWEEP = [
    (["read_mac"], "MAC: "),
    (["chip_id"], "Chip ID: 0x"),
    (["flash_id"], "Detected flash size: 4MB"),
    (["read_mem", "0x40001000"], "0x40001000 = 0x"),
    (["read_flash_status"], "Status value: 0x"),
    (["--no-stub", "write_flash", "0x20000", "{app}"], "Leaving..."),
    (["write_flash", "0x20000", "{app}"], "Hash of data verified."),
    (["--no-stub", "verify_flash", "0x20000", "{app}"], "-- verify OK"),
    (["verify_flash", "0x20000", "{app}"], "-- verify OK"),
    (["--no-stub", "read_flash", "0x20000", "256", "{out}"], "Read 256 bytes"),
    (["read_flash", "0x20000", "8192", "{out}"], "Read 8192 bytes"),
    (["--no-stub", "erase_region", "0x30000", "0x2000"], "Erase completed successfully"),
    (["erase_region", "0x30000", "0x2000"], "Erase completed successfully"),
    (["--no-stub", "-b", "460800", "chip_id"], "Chip ID: 0x"),
    (["--after", "no_reset", "run"], "Staying in bootloader."),
]


@pytest.mark.exhaustive
@pytest.mark.parametrize("args,expected", RFC2217_SWEEP, ids=lambda v: str(v)[:40])
def test_every_command_over_rfc2217(served_chip, tmp_path, args, expected):
    (tmp_path / "app.bin").write_bytes(bytes(range(256)) * 40)
    args = [a.format(app=tmp_path / "app.bin", out=tmp_path / "out.bin") for a in args]
    result = run_tool("esptool", "--port", served_chip.url, "--connect-attempts", 2, *args,
                      timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert expected in result.stdout
