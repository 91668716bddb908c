"""The proof after a fast reflash (issue 24 point 1, docs/protocol.md §5.15).

Given a chip that holds an image, when the user writes it again with a sector
or two changed, then the chip hashes again only the sectors written (and their
neighbours), in checked FLASH_SECTOR_MD5 requests, and no whole-region
SPI_FLASH_MD5 follows; `--verify-all` asks for that pass all the same; a write
the chip does not keep is still caught.
"""
import random
import struct

from conftest import assert_one_fatal_line, ok, run_tool

SECTOR = 0x1000
ADDRESS = 0x10000
SPI_FLASH_MD5, FLASH_SECTOR_MD5 = 0x13, 0xDA
IMAGE = random.Random(24).randbytes(64 * SECTOR)


def changed_sectors(image, sectors, seed=5):
    rng = random.Random(seed)
    data = bytearray(image)
    for s in sectors:
        data[s * SECTOR + 100:s * SECTOR + 140] = rng.randbytes(40)
    return bytes(data)


def chip_holding(espsim_server, image, **faults):
    flash = bytearray(b"\xff" * (1 << 20))
    flash[ADDRESS:ADDRESS + len(image)] = image
    return espsim_server("esp32", in_process=True, flash_size="1MB", flash=bytes(flash),
                         **faults)


def write(chip, tmp_path, image, *options):
    path = tmp_path / "image.bin"
    path.write_bytes(image)
    return run_tool("esptool", "--port", chip.url, "write_flash", *options,
                    "0x%x" % ADDRESS, path, timeout=180)


def digest_requests(chip):
    """(opcode, address, size) of every hashing request the host sent, in order, past the
    stub's self-check (docs/protocol.md §10.8, at the flash's start)."""
    asked = []
    for frame in chip.host_frames():
        data = bytes.fromhex(frame)
        if data[0] == 0 and data[1] in (SPI_FLASH_MD5, FLASH_SECTOR_MD5):
            address, size = struct.unpack_from("<II", data, 8)
            if address >= ADDRESS:
                asked.append((data[1], address, size))
    return asked


def test_only_the_written_sectors_are_hashed_again(espsim_server, tmp_path):
    chip = chip_holding(espsim_server, IMAGE)
    new = changed_sectors(IMAGE, [7, 40])
    out = ok(write(chip, tmp_path, new))
    assert chip.flash()[ADDRESS:ADDRESS + len(new)] == new
    assert "Hash of data verified." in out
    assert "Proven by sector digests: 6 sectors hashed again" in out
    probe, first, *after = digest_requests(chip)
    assert probe == PROBE_FIRST      # sector 0 holds the image: every sector is asked
    assert first == (FLASH_SECTOR_MD5, ADDRESS, len(new))
    # Sectors 6-8 and 39-41: each run written and one sector either side, nothing else.
    assert after == [(FLASH_SECTOR_MD5, ADDRESS + 6 * SECTOR, 3 * SECTOR),
                     (FLASH_SECTOR_MD5, ADDRESS + 39 * SECTOR, 3 * SECTOR)]


def test_verify_all_hashes_the_whole_region_again(espsim_server, tmp_path):
    chip = chip_holding(espsim_server, IMAGE)
    new = changed_sectors(IMAGE, [7])
    out = ok(write(chip, tmp_path, new, "--verify-all"))
    assert chip.flash()[ADDRESS:ADDRESS + len(new)] == new
    assert "Proven by sector digests" not in out
    assert digest_requests(chip)[-1] == (SPI_FLASH_MD5, ADDRESS, len(new))


def test_an_unchanged_image_is_proven_by_the_one_pass(espsim_server, tmp_path):
    chip = chip_holding(espsim_server, IMAGE)
    out = ok(write(chip, tmp_path, IMAGE))
    assert "Hash of data verified." in out
    assert digest_requests(chip) == [PROBE_FIRST, (FLASH_SECTOR_MD5, ADDRESS, len(IMAGE))]


def test_a_write_the_flash_does_not_keep_is_caught(espsim_server, tmp_path):
    # A bit that never clears: the rewritten sector's digest after writing is not
    # the one meant, so the whole region is hashed, and the command fails.
    chip = chip_holding(espsim_server, IMAGE, stuck_bits=0x01)
    new = changed_sectors(IMAGE, [7])
    result = write(chip, tmp_path, new)
    assert_one_fatal_line(result, "MD5 of file does not match data in flash")
    assert (SPI_FLASH_MD5, ADDRESS, len(new)) in digest_requests(chip)


FLASH_WRITTEN_MD5 = 0xE1
PROBE_FIRST = (FLASH_SECTOR_MD5, ADDRESS, SECTOR)    # docs/protocol.md §5.17
PROBED = (0, 9, 18, 27, 36, 45, 54, 63)            # 8 spread over 64 sectors


def test_a_region_written_whole_is_proven_by_the_stub_reading_it_back(espsim_server, tmp_path):
    chip = espsim_server("esp32", in_process=True, flash_size="1MB")      # blank
    out = ok(write(chip, tmp_path, IMAGE))
    assert chip.flash()[ADDRESS:ADDRESS + len(IMAGE)] == IMAGE
    assert "Proven by the stub's read-back" in out
    # Eight sampled sectors, none holding the image: no digest of every sector follows.
    assert "None of 8 sectors sampled holds the image: writing all 64" in out
    assert digest_requests(chip) == [(FLASH_SECTOR_MD5, ADDRESS + i * SECTOR, SECTOR)
                                     for i in PROBED]
    asked = [bytes.fromhex(f) for f in chip.host_frames()]
    assert [struct.unpack_from("<II", f, 8) for f in asked
            if f[:2] == bytes([0, FLASH_WRITTEN_MD5])] == [(ADDRESS, len(IMAGE))]


def test_a_region_written_whole_that_does_not_keep_is_caught(espsim_server, tmp_path):
    chip = espsim_server("esp32", in_process=True, flash_size="1MB", stuck_bits=0x01)
    result = write(chip, tmp_path, IMAGE)
    assert_one_fatal_line(result, "MD5 of file does not match data in flash")
    assert (SPI_FLASH_MD5, ADDRESS, len(IMAGE)) in digest_requests(chip)


def test_one_sampled_sector_in_place_asks_for_every_digest(espsim_server, tmp_path):
    # Only the last sampled sector (63) holds its part: the probe stops there, and the
    # digests of every sector decide, so only what differs is written.
    new = changed_sectors(IMAGE, range(63))
    chip = chip_holding(espsim_server, IMAGE)
    out = ok(write(chip, tmp_path, new))
    assert chip.flash()[ADDRESS:ADDRESS + len(new)] == new
    assert "1 of 64 sectors already in flash, skipped" in out
    assert digest_requests(chip)[:9] == [(FLASH_SECTOR_MD5, ADDRESS + i * SECTOR, SECTOR)
                                         for i in PROBED] + [(FLASH_SECTOR_MD5, ADDRESS,
                                                              len(new))]


def test_a_region_too_small_to_probe_asks_for_every_digest(espsim_server, tmp_path):
    chip = espsim_server("esp32", in_process=True, flash_size="1MB")      # blank
    image = IMAGE[:48 * SECTOR]         # 192 KiB: worth skipping, too small to probe
    out = ok(write(chip, tmp_path, image))
    assert chip.flash()[ADDRESS:ADDRESS + len(image)] == image
    assert "sampled" not in out
    assert digest_requests(chip)[0] == (FLASH_SECTOR_MD5, ADDRESS, len(image))
