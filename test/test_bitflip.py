"""One flipped bit on the wire never makes a command report success (issue 25).

The issue's cases, each replayed with espsim flipping the one bit that fooled the
tools before (docs/protocol.md §5.14 for our stub, §11.9 for the ROMs), and a
seeded slice of bench/bitflip.py's sweep, whose full table is in bench/README.md.
Every run is the tool's main() in a fork (bench/bitflip.py run_tool_in_fork), its
outcome judged by the bench's classify().
"""
import importlib.util
import os
import struct

import pytest

from conftest import ROOT

spec = importlib.util.spec_from_file_location("bitflip", os.path.join(ROOT, "bench", "bitflip.py"))
bitflip = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bitflip)

SPI_FLASH_MD5, READ_FLASH, FLASH_SECTOR_MD5, FLASH_DATA = 0x13, 0xD2, 0xDA, 0x03
ADDRESS_BIT_20 = (8 + 2, 0x10)      # request byte and mask: 0x10000 becomes 0x110000
CLEAN_RECORDINGS = 3                # each with the bench's own AIM_ATTEMPTS flipped runs


def flipped_run(tmp_path, name, op, index, mask, occurrence=-1, direction="in"):
    """Run configuration `name` once cleanly to find the byte, then again with one bit
    of it flipped; -> (outcome, output's last lines)."""
    config = bitflip.CONFIGS[name]
    work = str(tmp_path)
    for _ in range(CLEAN_RECORDINGS):
        # A misaimed run flipped some other byte and proves nothing either way; on a loaded
        # machine the clean recording itself can be the odd one out, so it is made again.
        _, clean = bitflip.clean_run(config, work)
        at = bitflip.wire_offset(clean, direction, op, occurrence, index)
        outcome, output = bitflip.flip_run(config, work, direction, at, mask, clean)
        if outcome != "misaimed":
            break
    return outcome, output


@pytest.mark.parametrize("name, op, what", [
    ("write-esp32-stub-reflash", FLASH_SECTOR_MD5, "fast reflash asks about another region"),
    ("read-esp32-stub", READ_FLASH, "read_flash reads another region"),
    ("verify-esp32-stub", SPI_FLASH_MD5, "verify_flash hashes another region"),
    ("verify-esp8266-stub", SPI_FLASH_MD5, "verify_flash hashes another region"),
])
def test_our_stub_refuses_a_request_whose_address_was_flipped(tmp_path, name, op, what):
    # The region asked for holds A; 0x110000 holds B, one bit from A, which the command
    # was given. Before checked exchanges each of these said success with A in flash.
    outcome, output = flipped_run(tmp_path, name, op, *ADDRESS_BIT_20)
    assert outcome in ("right", "clean"), (what, outcome, output)


def test_the_esp32_rom_verify_cannot_pass_on_the_region_a_flipped_address_hashed(tmp_path):
    # The ROM protocol cannot name what a digest covers: the proof asks twice, differently.
    outcome, output = flipped_run(tmp_path, "verify-esp32-rom", SPI_FLASH_MD5, *ADDRESS_BIT_20,
                                  occurrence=0)
    assert outcome == "clean", output
    assert "verify FAILED" in output


def test_a_stub_reply_damaged_on_the_way_is_refused_not_believed(tmp_path):
    # A flipped bit in the digest of the chip's answer (chip to host): the reply's CRC-32.
    outcome, output = flipped_run(tmp_path, "verify-esp32-stub", SPI_FLASH_MD5, 8 + 4 + 3, 0x01,
                                  direction="out")
    assert outcome == "clean", output
    assert "damaged on the way" in output


def test_the_esp8266_rom_retry_keeps_the_sector_after_the_file(tmp_path):
    # One corrupted byte in data block 5: the ROM refuses it, the block is sent again in a
    # new download from sector 1, and a 15-sector FLASH_BEGIN there used to make the ROM
    # erase 16 (docs/protocol.md §11.4): the sector after the file was lost, exit 0.
    outcome, output = flipped_run(tmp_path, "write-esp8266-rom-fresh", FLASH_DATA, 8 + 16 + 100,
                                  0x01, occurrence=5)
    assert outcome == "right", output


def test_a_seeded_slice_of_the_sweep_has_no_false_success_hang_or_traceback():
    counts, bad = bitflip.sweep(["write-esp32-stub-fresh", "verify-esp32-rom"],
                                data_samples=4, seed=25, limit=6)
    assert bad == [], bitflip.table(counts)
    assert sum(counts["write-esp32-stub-fresh"][o] for o in bitflip.OUTCOMES) == 6


@pytest.mark.parametrize("name, op, index, touched", [
    ("write-esp32-rom-fresh", 0x10, 8 + 12 + 2, "0x210000-0x21ffff"),       # FLASH_DEFL_BEGIN
    ("write-esp8266-rom-fresh", 0x02, 8 + 12 + 2, "0x210000-0x21ffff"),     # FLASH_BEGIN
    # a fast reflash's run of two sectors at 0x1a000, sent to 0x21a000
    ("write-esp32-rom-reflash", 0x10, 8 + 12 + 2, "0x21a000-0x21bfff")])
def test_a_rom_write_sent_elsewhere_by_a_flipped_offset_names_where(tmp_path, name, op, index,
                                                                    touched):
    # The ROM erases and writes elsewhere (no check is possible before): the proof
    # fails and the one fatal line names the range touched.
    outcome, output = flipped_run(tmp_path, name, op, index, 0x20)
    assert outcome == "named", output
    assert touched in output


def test_a_rom_digest_reply_damaged_into_non_ascii_is_a_mismatch_not_a_traceback(tmp_path):
    # The ESP32 ROM answers SPI_FLASH_MD5 with 32 hex characters; one with its top bit
    # flipped on the way used to end in a UnicodeDecodeError.
    outcome, output = flipped_run(tmp_path, "write-esp32-rom-fresh", SPI_FLASH_MD5, 8 + 3, 0x80,
                                  occurrence=1, direction="out")     # 0: the erase guard's
    assert outcome == "clean", output
    assert "MD5 of file does not match data in flash" in output


@pytest.mark.parametrize("name, op, index, mask", [
    ("write-esp32-rom-fresh", 0x10, 8 + 1, 0x10),        # FLASH_DEFL_BEGIN size + 0x1000
    ("write-esp32-rom-fresh", 0x10, 8 + 2, 0x10),        # + 0x100000
    ("write-esp8266-rom-fresh", 0x02, 8, 0x80)])         # FLASH_BEGIN erase size + 0x80
def test_a_rom_erase_past_the_region_by_a_flipped_size_is_found_and_named(tmp_path, name, op,
                                                                          index, mask):
    # The data lands where asked and its proof passes; the sectors after it were erased.
    outcome, output = flipped_run(tmp_path, name, op, index, mask)
    assert outcome == "named", output
    assert "the ROM erased past the region" in output


def test_a_damaged_reply_to_the_erase_guard_is_asked_again_not_taken_for_an_erase(tmp_path):
    outcome, output = flipped_run(tmp_path, "write-esp32-rom-fresh", SPI_FLASH_MD5, 8 + 3, 0x01,
                                  occurrence=-1, direction="out")    # the guard's second MD5
    assert outcome == "right", output


def test_an_esp8266_rom_attach_damaged_into_an_erase_at_0x0_is_found_and_named(tmp_path):
    # The empty FLASH_BEGIN that attaches this ROM's flash (docs/protocol.md §5.7), its erase
    # size 0 flipped to 0x1000 on the way: the ROM erases 0x0-0x1fff before any command has a
    # region. It used to go on and say "Hash of data verified.", exit 0.
    outcome, output = flipped_run(tmp_path, "write-esp8266-rom-fresh", 0x02, 8 + 1, 0x10,
                                  occurrence=0)
    assert outcome == "named", output
    assert "while the ROM attached it" in output and "0x0-0x1fff" in output


def test_an_esp8266_rom_block_size_damaged_so_a_block_is_refused_ends_the_write(tmp_path):
    # The write's FLASH_BEGIN block size 0x400 flipped to 0x10400: the ROM writes block N at
    # 0x10000 + N x 0x10400, across the flash, until block 62 falls past its end and is
    # refused. Sent again in a sound session, the region's proof passed, exit 0, while 62
    # blocks were written elsewhere: now the refusal ends the command, naming the range.
    outcome, output = flipped_run(tmp_path, "write-esp8266-rom-fresh", 0x02, 8 + 8 + 2, 0x01,
                                  occurrence=1)
    assert outcome == "named", output
    assert "for a reason other than its checksum" in output


def test_an_esp8266_rom_block_size_damaged_within_the_flash_names_where_the_blocks_went(tmp_path):
    # Block size 0x400 flipped to 0xc00: every block lands inside the flash, at 0x10000 + N x
    # 0xc00, so none is refused; the region's proof fails. The first 64 bytes are in place,
    # but other copies of them (the ota_0 at 0x110000) used to be named as where the data
    # went, and the range the blocks were spread over was not.
    outcome, output = flipped_run(tmp_path, "write-esp8266-rom-fresh", 0x02, 8 + 8 + 1, 0x08,
                                  occurrence=1)
    assert outcome == "named", output
    assert "a damaged block size may have put the other blocks anywhere in 0x10000-" in output


class RunConfig(bitflip.Config):
    """`run` through the ESP8266 ROM: FLASH_BEGIN(0, 0) and FLASH_END leave the loader."""

    def argv(self, url, work):
        return ["--port", url, "--chip", self.chip, "--connect-attempts", "1", "--no-stub", "run"]


def test_an_esp8266_rom_leaving_the_loader_damaged_into_an_erase_is_found_and_named(tmp_path,
                                                                                     monkeypatch):
    # run's empty FLASH_BEGIN, its erase size 0 flipped to 0x1000 on the way: the ROM erases
    # 0x0-0x1fff. It used to start the firmware and exit 0 (docs/protocol.md §11.9).
    monkeypatch.setitem(bitflip.CONFIGS, "run-esp8266-rom",
                        RunConfig("run-esp8266-rom", "esp8266", False, "run"))
    outcome, output = flipped_run(tmp_path, "run-esp8266-rom", 0x02, 8 + 1, 0x10)
    assert outcome == "named", output
    assert "while the ROM left the loader" in output and "0x0-0x1fff" in output


def test_an_esp8266_rom_read_whose_set_up_a_damaged_request_changed_is_not_believed(tmp_path):
    # The ESP8266 ROM's flash read is set up once (docs/protocol.md §8.5). Half-way through,
    # the ADDR write of one chunk (0x60000204) is damaged into a write of USR2 (0x60000224):
    # every later chunk is read with that opcode, two reads of each agree, and the file
    # would hold wrong bytes with exit 0 unless the set-up is read back at the end.
    config = bitflip.CONFIGS["read-esp8266-rom"]
    work = str(tmp_path)
    for _ in range(CLEAN_RECORDINGS):
        _, clean = bitflip.clean_run(config, work)
        addr_writes = [offsets for frame, offsets in bitflip.slip_frames(bytes.fromhex(clean["in"]))
                       if frame[:2] == b"\x00\x09" and frame[8:12] == struct.pack("<I", 0x60000204)]
        at = addr_writes[len(addr_writes) // 2][8]
        outcome, output = bitflip.flip_run(config, work, "in", at, 0x20, clean)
        if outcome != "misaimed":
            break
    assert outcome in ("right", "clean"), (outcome, output)


def test_an_efuse_read_damaged_before_the_burn_is_not_burned_on(tmp_path):
    # A reply bit flipped in a read of BLK0 word 5 before the burn: SPI_PAD_CONFIG_CS0 read
    # as 1, so 5 asked planned only 0x4; the burn of 0x4 was "verified" and exit 0
    # (docs/efuse-esp32.md §6.3). Now the block read again differs: nothing is burned.
    outcome, output = flipped_run(tmp_path, "efuse-esp32-rom", 0x0A, 5, 0x80, occurrence=6,
                                  direction="out")        # READ_REG's reply, value bit 15
    assert outcome == "clean", output
