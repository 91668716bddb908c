"""write_flash, verify_flash, read_flash and erasing in ROM mode, end to end (issue 5).

Given a simulated chip (the in-process espsim:// URL: a device per run that
keeps its flash in a file), when the user runs a flash command, then the
flash file holds exactly what it should -- and nothing at all changed when
the command refused to run.
"""
import hashlib
import os
import random
import struct
import subprocess

import pytest

from conftest import assert_one_fatal_line, ok, run_tool, tool_argv
FLASH_SIZE = 1 << 20


def esptool(chip, *args, **kwargs):
    return run_tool("esptool", "--port", chip.url, "--no-stub", "--connect-attempts", 2, *args,
                    **kwargs)


def random_file(path, size, seed=1):
    data = random.Random(seed).randbytes(size)
    path.write_bytes(data)
    return data


def frames_received(chip):
    """(opcode, data) of the command frames the chip got, in order (its trace)."""
    return [(int(frame[2:4], 16), bytes.fromhex(frame[16:])) for frame in chip.host_frames()
            if frame.startswith("00")]


def erases_started(chip):
    """FLASH_BEGIN / FLASH_DEFL_BEGIN that asked the ROM to erase something."""
    return [data for op, data in frames_received(chip)
            if op in (FLASH_BEGIN, FLASH_DEFL_BEGIN) and struct.unpack("<I", data[:4])[0]]


@pytest.fixture(params=["esp8266", "esp32"])
def chip(request, espsim_server):
    return espsim_server(request.param, in_process=True, flash_size="1MB")


@pytest.fixture
def esp32(espsim_server):
    return espsim_server("esp32", in_process=True, flash_size="1MB")


@pytest.fixture
def esp8266(espsim_server):
    return espsim_server("esp8266", in_process=True, flash_size="1MB")


FLASH_BEGIN, FLASH_DATA, FLASH_END = 0x02, 0x03, 0x04
FLASH_DEFL_BEGIN, FLASH_DEFL_DATA, FLASH_DEFL_END, SPI_FLASH_MD5 = 0x10, 0x11, 0x12, 0x13


# --- writing -----------------------------------------------------------------

def test_esp32_rom_writes_compressed_by_default_and_checks_the_md5(esp32, tmp_path):
    data = random_file(tmp_path / "app.bin", 50000)
    out = ok(esptool(esp32, "write_flash", "0x10000", tmp_path / "app.bin"))
    assert "Compressed 50000 bytes to" in out
    assert "Wrote 50000 bytes (" in out and " compressed) at 0x00010000 in " in out
    assert "Hash of data verified." in out
    assert "Leaving..." in out
    assert esp32.flash()[0x10000:0x10000 + 50000] == data
    ops = esp32.commands_received()
    assert FLASH_DEFL_BEGIN in ops and SPI_FLASH_MD5 in ops
    assert FLASH_DEFL_END not in ops and FLASH_END not in ops   # would leave the ROM loader


def test_no_compress_sends_plain_blocks_padded_with_ff(esp32, tmp_path):
    data = random_file(tmp_path / "app.bin", 3000)
    out = ok(esptool(esp32, "write_flash", "-u", "0x20000", tmp_path / "app.bin"))
    assert "Wrote 3072 bytes at 0x00020000 in " in out
    assert "Hash of data verified." in out
    flash = esp32.flash()
    assert flash[0x20000:0x20000 + 3000] == data
    assert flash[0x20000 + 3000:0x21000] == b"\xff" * (0x1000 - 3000)
    ops = esp32.commands_received()
    assert FLASH_BEGIN in ops and ops.count(FLASH_DATA) == 3 and FLASH_DEFL_BEGIN not in ops


def test_esp8266_rom_writes_uncompressed_and_says_it_cannot_hash(esp8266, tmp_path):
    data = random_file(tmp_path / "app.bin", 70000)
    out = ok(esptool(esp8266, "write_flash", "0x3000", tmp_path / "app.bin"))
    assert "ESP8266 ROM cannot compute an MD5" in out
    assert esp8266.flash()[0x3000:0x3000 + 70000] == data
    # the erase-size workaround of docs/protocol.md §11.4 erased nothing before 0x3000 either
    assert esp8266.flash()[:0x3000] == b"\xff" * 0x3000


def test_esp8266_verify_option_reads_the_data_back(esp8266, tmp_path):
    random_file(tmp_path / "app.bin", 3000)
    out = ok(esptool(esp8266, "write_flash", "--verify", "0x0", tmp_path / "app.bin"))
    assert "-- verify OK (digest matched)" in out


def test_esp8266_rom_refuses_compression_before_touching_the_flash(esp8266, tmp_path):
    random_file(tmp_path / "app.bin", 4096)
    assert_one_fatal_line(esptool(esp8266, "write_flash", "-z", "0x0", tmp_path / "app.bin"),
                          "ESP8266 ROM does not support compressed download")
    assert erases_started(esp8266) == []


def test_several_files_in_one_run(chip, tmp_path):
    first = random_file(tmp_path / "a.bin", 5000, seed=2)
    second = random_file(tmp_path / "b.bin", 9000, seed=3)
    ok(esptool(chip, "write_flash", "0x8000", tmp_path / "a.bin", "0x40000", tmp_path / "b.bin"))
    flash = chip.flash()
    assert flash[0x8000:0x8000 + 5000] == first
    assert flash[0x40000:0x40000 + 9000] == second


@pytest.mark.parametrize("pairs,message", [
    ((("0x1000", 8192), ("0x2000", 100)), "Detected overlap at address: 0x2000 for file: "),
    ((("0x1000", 100), ("0x1800", 100)), "Detected overlap at address: 0x1800 for file: "),
    ((("0xFF000", 8192),), "will not fit in 1048576 bytes of flash"),
    ((("0x1002", 100),), "is not a multiple of 4"),
])
def test_bad_plans_are_refused_before_anything_is_erased(esp32, tmp_path, pairs, message):
    args = []
    for i, (address, size) in enumerate(pairs):
        random_file(tmp_path / ("f%d.bin" % i), size, seed=i)
        args += [address, tmp_path / ("f%d.bin" % i)]
    assert_one_fatal_line(esptool(esp32, "write_flash", *args), message)
    assert erases_started(esp32) == []


def test_a_missing_file_is_refused_before_connecting(esp32, tmp_path):
    result = esptool(esp32, "write_flash", "0x1000", tmp_path / "nope.bin")
    assert_one_fatal_line(result, "cannot read")
    assert "nope.bin" in result.stderr
    assert esp32.commands_received() == []


# --- header patching (docs/image-format.md §9) -------------------------------------

def esp8266_image():
    segment = bytes(range(16))
    body = struct.pack("<BBBBI", 0xE9, 1, 0, 0x00, 0x40100000)
    body += struct.pack("<II", 0x40100000, len(segment)) + segment
    return image_with_checksum(body, segment)


def esp32_image(append_digest):
    segment = bytes(range(32))
    body = struct.pack("<BBBBI", 0xE9, 1, 0, 0x20, 0x40080000)
    body += bytes([0xEE]) + bytes(14) + bytes([1 if append_digest else 0])
    body += struct.pack("<II", 0x40080000, len(segment)) + segment
    image = image_with_checksum(body, segment)
    if append_digest:
        image += hashlib.sha256(image).digest()
    return image


def image_with_checksum(body, segment):
    checksum = 0xEF
    for b in segment:
        checksum ^= b
    return body + bytes(15 - len(body) % 16) + bytes([checksum])


def test_esp8266_bootloader_header_gets_the_flash_params(esp8266, tmp_path):
    (tmp_path / "boot.bin").write_bytes(esp8266_image())
    out = ok(esptool(esp8266, "write_flash", "--flash_mode", "dio", "--flash_freq", "80m",
                     "--flash_size", "1MB", "0x0", tmp_path / "boot.bin"))
    assert "Flash params set to 0x022f" in out
    assert esp8266.flash()[2:4] == b"\x02\x2f"


def test_detected_size_is_patched_and_keep_leaves_the_header_alone(esp32, tmp_path):
    image = esp32_image(append_digest=False)
    (tmp_path / "boot.bin").write_bytes(image)
    out = ok(esptool(esp32, "write_flash", "0x1000", tmp_path / "boot.bin"))
    assert "Auto-detected Flash size: 1MB" in out
    assert "Flash params set to 0x0000" in out           # 1MB code 0x00, mode/freq kept
    out = ok(esptool(esp32, "write_flash", "--flash_size", "keep", "0x1000", tmp_path / "boot.bin"))
    assert "Flash params set to" not in out
    assert esp32.flash()[0x1000:0x1000 + len(image)] == image


def test_esp32_appended_digest_is_recomputed_after_patching(esp32, tmp_path):
    image = esp32_image(append_digest=True)
    (tmp_path / "boot.bin").write_bytes(image)
    out = ok(esptool(esp32, "write_flash", "--flash_mode", "dio", "--flash_size", "1MB",
                     "0x1000", tmp_path / "boot.bin"))
    assert "SHA digest in image updated" in out
    written = esp32.flash()[0x1000:0x1000 + len(image)]
    assert written[2:4] == b"\x02\x00"
    body = written[:-32]
    assert written[-32:] == hashlib.sha256(body).digest()
    assert written[-32:] != image[-32:]


# --- verifying and reading ----------------------------------------------------

def test_verify_flash_matches_then_lists_the_differing_ranges(chip, tmp_path):
    data = random_file(tmp_path / "app.bin", 2048)
    ok(esptool(chip, "write_flash", "0x4000", tmp_path / "app.bin"))
    assert "-- verify OK (digest matched)" in ok(
        esptool(chip, "verify_flash", "0x4000", tmp_path / "app.bin"))
    changed = bytearray(data)
    changed[16:20] = bytes(b ^ 0xFF for b in changed[16:20])
    (tmp_path / "other.bin").write_bytes(bytes(changed))
    result = esptool(chip, "verify_flash", "--diff", "yes", "0x4000", tmp_path / "other.bin")
    assert_one_fatal_line(result, "Verify failed.")
    out = result.stdout
    assert "-- verify FAILED: 4 differences, first @ 0x00004010" in out
    assert "0x00004010-0x00004013 (4 bytes)" in out


def test_read_flash_in_rom_mode_copies_the_range_to_a_file(chip, tmp_path):
    data = random_file(tmp_path / "app.bin", 1024)
    ok(esptool(chip, "write_flash", "0x9000", tmp_path / "app.bin"))
    out = ok(esptool(chip, "read_flash", "0x9000", 1000, tmp_path / "back.bin"))
    assert "Read 1000 bytes at 0x9000 in " in out
    assert (tmp_path / "back.bin").read_bytes() == data[:1000]


# --- erasing -----------------------------------------------------------------

def test_erase_region_erases_exactly_the_region(chip, tmp_path):
    data = random_file(tmp_path / "app.bin", 0x10000)
    ok(esptool(chip, "write_flash", "0x10000", tmp_path / "app.bin"))
    out = ok(esptool(chip, "erase_region", "0x12000", "0x4000"))
    assert "Erase completed successfully" in out
    flash = chip.flash()[0x10000:0x20000]
    assert flash[:0x2000] == data[:0x2000]
    assert flash[0x2000:0x6000] == b"\xff" * 0x4000
    assert flash[0x6000:] == data[0x6000:]


def test_erase_region_needs_sector_alignment(chip):
    assert_one_fatal_line(esptool(chip, "erase_region", "0x1001", "0x1000"), "multiples of 4096")


def test_esp8266_rom_refuses_an_erase_it_would_overshoot(esp8266, tmp_path):
    assert_one_fatal_line(esptool(esp8266, "erase_region", "0x11000", "0x3000"),
                          "cannot erase exactly 3 sectors")


def test_erase_flash_in_rom_mode_erases_everything(chip, tmp_path):
    random_file(tmp_path / "app.bin", 8192)
    ok(esptool(chip, "write_flash", "0xF0000", tmp_path / "app.bin"))
    out = ok(esptool(chip, "erase_flash"))
    assert "Chip erase completed successfully" in out
    assert chip.flash() == b"\xff" * FLASH_SIZE


# --- baud rate ----------------------------------------------------------------

def test_esp32_rom_switches_to_a_faster_baud_rate(esp32, tmp_path):
    data = random_file(tmp_path / "app.bin", 20000)
    out = ok(esptool(esp32, "-b", "921600", "write_flash", "0x0", tmp_path / "app.bin"))
    assert "Changing baud rate to 921600" in out and "Changed." in out
    assert "Hash of data verified." in out
    assert esp32.flash()[:20000] == data


def test_esp8266_rom_keeps_115200_with_a_note(esp8266, tmp_path):
    out = ok(esptool(esp8266, "-b", "921600", "read_mac"))
    assert "WARNING: ROM doesn't support changing baud rate. Keeping initial baud rate 115200" \
        in out


# --- progress and transports --------------------------------------------------------

def test_progress_is_a_bar_on_a_terminal_and_absent_with_no_progress(esp32, tmp_path):
    import pty
    random_file(tmp_path / "app.bin", 60000)
    master, slave = pty.openpty()
    argv = tool_argv("esptool", "--port", esp32.url, "--no-stub", "write_flash", "0x10000",
                     tmp_path / "app.bin")
    proc = subprocess.Popen(argv, stdout=slave, stderr=slave)
    os.close(slave)
    output = b""
    try:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    finally:
        proc.wait(timeout=60)
        os.close(master)
    text = output.decode(errors="replace")
    assert proc.returncode == 0, text
    assert "\rWriting at 0x00010000... (" in text and "[#" in text
    out = ok(esptool(esp32, "write_flash", "--no-progress", "0x10000", tmp_path / "app.bin"))
    assert "Writing at" not in out and "Hash of data verified." in out


def test_write_and_read_over_rfc2217(espsim_rfc2217, tmp_path):
    data = random_file(tmp_path / "app.bin", 20000, seed=9)
    out = ok(esptool(espsim_rfc2217, "write_flash", "0x30000", tmp_path / "app.bin"))
    assert "Hash of data verified." in out
    ok(esptool(espsim_rfc2217, "read_flash", "0x30000", 20000, tmp_path / "back.bin"))
    assert (tmp_path / "back.bin").read_bytes() == data


@pytest.fixture
def espsim_rfc2217(espsim_server):
    """An ESP32 served over rfc2217://."""
    return espsim_server("esp32", flash_size="1MB")


def test_environment_variables_name_the_port_and_the_flash_params(esp8266, tmp_path):
    (tmp_path / "boot.bin").write_bytes(esp8266_image())
    env = dict(os.environ, ESPTOOL_PORT=esp8266.url, ESPTOOL_FM="dout", ESPTOOL_FF="20m",
               ESPTOOL_FS="2MB")
    result = run_tool("esptool", "--no-stub", "write_flash", "0x0", tmp_path / "boot.bin",
                      timeout=60, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Flash params set to 0x0332" in result.stdout     # dout, 2MB | 20m
    assert esp8266.flash()[2:4] == b"\x03\x32"


def test_spi_connection_is_for_esp32_only(esp8266, tmp_path):
    random_file(tmp_path / "app.bin", 100)
    assert_one_fatal_line(esptool(esp8266, "write_flash", "--spi-connection", "HSPI", "0x0",
                                  tmp_path / "app.bin"),
                          "Chip ESP8266 does not support --spi-connection option.")
    assert erases_started(esp8266) == []


def test_esp32_spi_connection_pins_are_sent_to_the_rom(esp32, tmp_path):
    data = random_file(tmp_path / "app.bin", 2000)
    ok(esptool(esp32, "write_flash", "--spi-connection", "6,17,8,11,16", "0x2000",
               tmp_path / "app.bin"))
    attach = [d for op, d in frames_received(esp32) if op == 0x0D]
    config = 11 << 24 | 16 << 18 | 8 << 12 | 17 << 6 | 6
    assert attach == [struct.pack("<I", config) + bytes(4)]
    assert esp32.flash()[0x2000:0x2000 + 2000] == data
