"""Flash past 16 MiB (issue 21 point 4, docs/protocol.md §20).

A 3-byte flash address ends at 16 MiB. On the chips where upstream 5.6 goes past it
with its stub (ours: the ESP32-S3, C5, C61, P4), our stub reaches a 32 MiB flash there
with the 4-byte-address commands; a ROM loader, or the stub of another chip, would
send an address that lands 16 MiB lower (over the bootloader), so esptool.py refuses
such a range in one line before anything is touched. espsim models the 32 MiB part
(3-byte power-up mode, the 4-byte opcodes).
"""
import hashlib
import random
import struct
import zlib

import pytest

from conftest import assert_one_fatal_line, ok, run_tool
from test_stub_host import (DEFL_BEGIN, DEFL_DATA, ERASE_REGION, EXIT_SOFT_RESET, OK,
                            READ_FLASH, SPI_ATTACH, SPI_FLASH_MD5, SPI_SET_PARAMS, SocketLink,
                            board_stub, checksum, data_block, end_session, flash_md5,
                            qemu_board, read_flash, send_compressed, slip_encode, soft_reset,
                            stop_server, sync_with_rom, upload_our_stub)

MIB = 1 << 20
SIZE_32M = 32 * MIB
BOUNDARY = 16 * MIB             # the first address three bytes cannot carry


def espsim_32m(chip, flash_path, size="32MB"):
    return "espsim://%s?size=%s&flash=%s" % (chip, size, flash_path)


def image(length, seed=21):
    return random.Random(seed).randbytes(length)


# ---- espsim's 32 MiB part ----

def test_espsim_models_a_32mib_part_that_starts_in_three_byte_mode():
    """W25Q256JV-style (docs/protocol.md §20.1): RDID names 32 MiB (0x19); in 3-byte mode
    READ/PP/SE reach the first 16 MiB only, the 4-byte opcodes anywhere; EN4B/EX4B switch
    what the 3-byte opcodes take; SFDP says 3- or 4-byte addresses."""
    from espsim import sfdp
    from espsim.flash import NorFlash
    flash = NorFlash(size=SIZE_32M)
    assert flash.transaction(0x9F, miso_bytes=3) == bytes([0xEF, 0x40, 0x19])
    flash.transaction(0x06)
    flash.transaction(0x12, BOUNDARY + 0x100, mosi=b"high")        # PP4
    flash.transaction(0x06)
    flash.transaction(0x02, BOUNDARY + 0x200, mosi=b"low!")        # PP, 3-byte mode
    assert flash.read(BOUNDARY + 0x100, 4) == b"high"
    assert flash.read(0x200, 4) == b"low!" and flash.read(BOUNDARY + 0x200, 4) == b"\xff" * 4
    assert flash.transaction(0x13, BOUNDARY + 0x100, miso_bytes=4) == b"high"     # READ4
    assert flash.transaction(0x03, BOUNDARY + 0x100, miso_bytes=4) == b"\xff" * 4
    flash.transaction(0xB7)                                         # EN4B
    assert flash.transaction(0x03, BOUNDARY + 0x100, miso_bytes=4) == b"high"
    flash.transaction(0x06)
    flash.transaction(0x20, BOUNDARY)                               # SE, 4-byte mode
    assert flash.read(BOUNDARY + 0x100, 4) == b"\xff" * 4 and flash.read(0x200, 4) == b"low!"
    flash.transaction(0xE9)                                         # EX4B
    flash.transaction(0x06)
    flash.transaction(0xDC, 0)                                      # BE4
    assert flash.read(0x200, 4) == b"\xff" * 4
    address_bytes = lambda size: sfdp.bfpt_dwords(size)[0] >> 17 & 3
    assert (address_bytes(16 * MIB), address_bytes(SIZE_32M)) == (0, 1)


# ---- our stub's ESP32-S3 SPI driver against espsim's SPI_MEM registers ----

def test_s3_stub_driver_reaches_past_16mib_with_4_byte_commands(cstub_host_build, espsim_server,
                                                                monkeypatch):
    """The S3 build's SPI_MEM driver (flasher_stub/spi_flash_esp32.c), run by the host build
    against espsim's SPI controller model: a write across 16 MiB, an erase and a read past
    it land where asked. A 3-byte command would have landed 16 MiB lower, whose bytes stay;
    the part stays in its 3-byte power-up mode (no EN4B) for the ROM and bootloader."""
    if not cstub_host_build:
        pytest.skip("no make / C compiler to build the host stub")
    from espsim import cstub
    monkeypatch.setattr(cstub, "HOST_OPTIONS", ["--esp32s3-spi"])
    srv = espsim_server("esp32s3", flash_size="32MB", raw=True, stub_impl="cstub", trace=False)
    flash = srv.device.flash
    flash.data[:] = bytes(range(256)) * (flash.size // 256)
    link = SocketLink(srv.url)
    sync_with_rom(link)
    link.send(SPI_ATTACH, struct.pack("<IBBBB", 0, 0, 0, 0, 0))
    assert link.response(SPI_ATTACH)[1][0] == 0
    upload_our_stub(link, "esp32s3")
    assert link.status(SPI_SET_PARAMS, struct.pack("<IIIIII", 0, SIZE_32M, 0x10000, 0x1000,
                                                   0x100, 0xFFFF)) == OK

    start, data = BOUNDARY - 0x3000, image(0x6000)       # 12 KiB below, 12 KiB above
    stream = zlib.compress(data, 9)
    blocks = [stream[i:i + 0x4000] for i in range(0, len(stream), 0x4000)]
    assert link.status(DEFL_BEGIN, struct.pack("<IIII", len(data), len(blocks), 0x4000,
                                               start)) == OK
    for seq, block in enumerate(blocks):
        assert link.status(DEFL_DATA, data_block(block, seq), checksum(block)) == OK
    _, digest, status = link.command(SPI_FLASH_MD5, struct.pack("<IIII", start, len(data), 0, 0))
    assert (digest, status) == (hashlib.md5(data).digest(), (OK, 0))
    assert link.status(ERASE_REGION, struct.pack("<II", BOUNDARY + 0x20000, 0x11000)) == OK
    assert link.status(READ_FLASH, struct.pack("<IIII", BOUNDARY + 0x1000, 0x2000, 0x1000, 64)) == OK
    read_back = b""
    while len(read_back) < 0x2000:
        read_back += link.frame()
        link.send_raw(slip_encode(struct.pack("<I", len(read_back))))
    assert link.frame() == hashlib.md5(read_back).digest()
    link.close()
    stop_server(srv)

    pattern = bytes(range(256))
    assert read_back == data[0x4000:0x6000]
    assert flash.data[start:start + len(data)] == data
    assert flash.data[BOUNDARY + 0x20000:BOUNDARY + 0x31000] == b"\xff" * 0x11000
    # 16 MiB lower, where 3-byte commands would have gone: untouched
    assert flash.data[:0x3000] == pattern * 0x30
    assert flash.data[0x20000:0x31000] == pattern * 0x110
    assert not flash.four_byte_mode


# ---- the C5, C61 and P4 builds on the QEMU board ----

@pytest.mark.parametrize("chip", ["esp32c5", "esp32c61", "esp32p4", "esp32p4rev1"])
def test_riscv_builds_reach_past_16mib_through_spi_mem(qemu_board, tmp_path, chip):
    """docs/chips.md §21.7: their ROM routines send 24-bit addresses (the board's ROM double
    stops the run if asked past 16 MiB), so past 16 MiB these builds drive SPI_MEM user
    commands with the 4-byte-address opcodes; below it they keep calling the ROM. A write
    across 16 MiB, an erase and a read past it, on a 32 MiB flash.bin."""
    assert qemu_board  # the fixture builds the board and these four builds
    flash = tmp_path / "flash.bin"
    pattern = bytes(range(256))
    flash.write_bytes(pattern * (SIZE_32M // 256))
    stub = board_stub(qemu_board, chip, flash)
    assert stub.frame() == b"OHAI"
    assert stub.status(SPI_SET_PARAMS, struct.pack("<IIIIII", 0, SIZE_32M, 0x10000, 0x1000,
                                                   0x100, 0xFFFF)) == OK
    start, data = BOUNDARY - 0x3000, image(0x6000, seed=len(chip))
    assert set(send_compressed(stub, start, len(data), zlib.compress(data, 9), 0x1000)) == {OK}
    assert end_session(stub) == OK
    assert flash_md5(stub, start, len(data)) == hashlib.md5(data).hexdigest()
    assert stub.status(ERASE_REGION, struct.pack("<II", BOUNDARY + 0x20000, 0x11000)) == OK
    back, digest = read_flash(stub, BOUNDARY + 0x1000, 0x2000, packet_size=0x800)
    assert soft_reset(stub) == EXIT_SOFT_RESET

    assert back == data[0x4000:0x6000] and digest == hashlib.md5(back).digest()
    content = flash.read_bytes()
    assert content[start:start + len(data)] == data
    assert content[BOUNDARY + 0x20000:BOUNDARY + 0x31000] == b"\xff" * 0x11000
    assert content[BOUNDARY + 0x31000:BOUNDARY + 0x31100] == pattern
    assert content[:0x40000] == pattern * 0x400              # 16 MiB lower: untouched
    for opcode in (0x12, 0x13, 0x21, 0xDC):                  # PP4, READ4, SE4, BE4
        assert "SPI_MEM opcode 0x%08x first used" % opcode in stub.log


# ---- the command line on espsim://esp32s3?size=32MB, with our stub ----

@pytest.mark.parametrize("chip", ["esp32s3", "esp32c5", "esp32c61", "esp32p4"])
def test_write_read_and_verify_past_16mib_with_our_stub(tmp_path, chip):
    """write_flash across 16 MiB, read_flash and verify_flash past it, erase_region there:
    the flash holds exactly that, and its first 16 MiB are untouched."""
    flash = tmp_path / "flash.bin"
    url = espsim_32m(chip, flash)
    data = image(0x20000)
    source = tmp_path / "data.bin"
    source.write_bytes(data)
    start = BOUNDARY - 0x8000
    out = ok(run_tool("esptool", "--chip", chip, "--port", url, "write_flash",
                      "0x%x" % start, source))
    assert "Stub running" in out and "Hash of data verified" in out
    ok(run_tool("esptool", "--chip", chip, "--port", url, "read_flash",
                "0x%x" % BOUNDARY, "0x10000", tmp_path / "back.bin"))
    assert (tmp_path / "back.bin").read_bytes() == data[0x8000:0x18000]
    assert "verify OK" in ok(run_tool("esptool", "--chip", chip, "--port", url,
                                      "verify_flash", "0x%x" % start, source))
    ok(run_tool("esptool", "--chip", chip, "--port", url, "erase_region",
                "0x%x" % (BOUNDARY + 0x10000), "0x1000"))

    content = flash.read_bytes()
    assert len(content) == SIZE_32M
    expected = bytearray(data)
    expected[0x18000:0x19000] = b"\xff" * 0x1000
    assert content[start:start + len(data)] == bytes(expected)
    assert content[:BOUNDARY - 0x8000] == b"\xff" * (BOUNDARY - 0x8000)


# ---- refused in one line where the addresses do not reach ----

@pytest.mark.parametrize("command", [["write_flash", "0x%x" % (BOUNDARY - 0x1000), "{data}"],
                                     ["read_flash", "0x%x" % BOUNDARY, "0x1000", "{out}"],
                                     ["erase_region", "0x%x" % BOUNDARY, "0x1000"]])
@pytest.mark.parametrize("chip,name", [("esp32s3", "ESP32-S3"), ("esp32p4", "ESP32-P4")])
def test_rom_mode_is_refused_past_16mib_before_anything_is_touched(tmp_path, command, chip, name):
    """--no-stub: the ROM loader sends 24-bit addresses (docs/protocol.md §20.3)."""
    flash = tmp_path / "flash.bin"
    source = tmp_path / "data.bin"
    source.write_bytes(image(0x2000))
    argv = [a.format(data=source, out=tmp_path / "out.bin") for a in command]
    result = run_tool("esptool", "--chip", chip, "--port", espsim_32m(chip, flash),
                      "--no-stub", *argv)
    assert_one_fatal_line(result, "past 16 MiB", "%s's ROM loader" % name, "24-bit")
    assert "--no-stub" in result.stderr             # the hint says how to get there
    assert not (tmp_path / "out.bin").exists()
    content = flash.read_bytes()
    assert content == b"\xff" * len(content)         # nothing written or erased anywhere


def test_a_chip_without_32_bit_addresses_is_refused_past_16mib_even_with_its_stub(tmp_path):
    """The C3 (upstream 5.6: FLASH_32BIT_ADDR_SUPPORTED False) with a 32 MiB part."""
    flash = tmp_path / "flash.bin"
    source = tmp_path / "data.bin"
    source.write_bytes(image(0x2000))
    result = run_tool("esptool", "--chip", "esp32c3", "--port", espsim_32m("esp32c3", flash),
                      "write_flash", "0x%x" % BOUNDARY, source)
    assert_one_fatal_line(result, "past 16 MiB", "ESP32-C3's flasher stub", "24-bit")
    assert "Stub running" in result.stdout
    content = flash.read_bytes()
    assert content == b"\xff" * len(content)


def test_ranges_below_16mib_of_a_32mib_flash_still_work_in_rom_mode(tmp_path):
    """The refusal is about the addresses, not the part: the first 16 MiB stay reachable."""
    flash = tmp_path / "flash.bin"
    source = tmp_path / "data.bin"
    data = image(0x1000)
    source.write_bytes(data)
    url = espsim_32m("esp32s3", flash)
    ok(run_tool("esptool", "--chip", "esp32s3", "--port", url, "--no-stub", "write_flash",
                "0x%x" % (BOUNDARY - 0x1000), source))
    assert flash.read_bytes()[BOUNDARY - 0x1000:BOUNDARY] == data
