"""espefuse.py: reading and burning ESP32 eFuses (docs/efuse-esp32.md).

Each story runs the real command line against a chip: the virtual chip in
an eFuse file (fast, most stories), then espsim's ESP32 over RFC2217, where
every burn is checked bit by bit in the simulator's eFuse file. Upstream
2.3.1 and 5.x act as oracles for `summary`.
"""
import json
import os
import re
import struct

import pytest

from conftest import assert_one_fatal_line, output_of, run_main, run_tool

BLANK = [[0] * 7] + [[0] * 8 for _ in range(3)]
# docs/efuse-esp32.md §13: a rev1 chip with MAC 24:0a:c4:3a:0b:9c and ADC VRef 1079 mV
SNAPSHOT_BLK0 = [0x00000000, 0xC43A0B9C, 0x00C5240A, 0x0000A200, 0x00001300, 0, 0]

KEY = bytes(range(32))
# docs/efuse-esp32.md §11: key 00..1f lands reversed: the register byte stream is the file backwards
KEY_WORDS = [0x1c1d1e1f, 0x18191a1b, 0x14151617, 0x10111213,
             0x0c0d0e0f, 0x08090a0b, 0x04050607, 0x00010203]


# -- helpers -----------------------------------------------------------------

def write_fuses(path, blocks):
    content = {"chip": "ESP32", "blocks": [["%08x" % w for w in b] for b in blocks]}
    with open(path, "w") as f:
        json.dump(content, f)


def read_fuses(path):
    with open(path) as f:
        return [[int(w, 16) for w in b] for b in json.load(f)["blocks"]]


def blocks_with(blk0=None, **blocks):
    """Blank fuses, with BLK0 words and any `blk1=[...]`... replaced."""
    result = [list(b) for b in BLANK]
    if blk0:
        result[0] = list(blk0) + [0] * (7 - len(blk0))
    for name, words in blocks.items():
        result[int(name[-1])] = list(words) + [0] * (8 - len(words))
    return result


class VirtualChip:
    """An eFuse file and the command line that works on it."""

    def __init__(self, tmp_path, blocks=BLANK):
        self.tmp = tmp_path
        self.path = str(tmp_path / "efuse.json")
        write_fuses(self.path, blocks)

    def run(self, *args, confirm=True, input=None):
        pre = ["--file", self.path] + (["--do-not-confirm"] if confirm and input is None else [])
        return run_tool("espefuse", *(pre + [str(a) for a in args]), input=input, timeout=60)

    def burn(self, *args):
        r = self.run(*args)
        assert r.returncode == 0, r.stdout + r.stderr
        return r

    def refused(self, *args, match):
        """The command fails with one fatal line, no traceback, and burns nothing."""
        before = self.fuses()
        r = self.run(*args)
        assert_one_fatal_line(r)
        assert re.search(match, output_of(r)), output_of(r)
        assert self.fuses() == before
        return r

    def fuses(self):
        return read_fuses(self.path)

    def file(self, name, data):
        path = self.tmp / name
        path.write_bytes(data)
        return str(path)


def summary_values(text):
    """{field: (value, perms)} from a summary printed in v2.3.1's row layout."""
    text = re.sub(r"\n  = ", " = ", text)
    values = {}
    for line in text.splitlines():
        m = re.match(r"^([A-Z0-9_]+) .*?= (.*) ([R-]/[W-]) ?(\(.*\))?\s*$", line)
        if m:
            values[m.group(1)] = (m.group(2), m.group(3))
    return values


@pytest.fixture
def chip(tmp_path):
    return VirtualChip(tmp_path)


# -- reading -------------------------------------------------------------------

def test_summary_decodes_the_reference_snapshot(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with(SNAPSHOT_BLK0))
    r = chip.run("summary")
    assert r.returncode == 0, r.stdout
    v = summary_values(r.stdout)
    assert v["MAC"] == ("24:0a:c4:3a:0b:9c (CRC c5 OK)", "R/W")
    assert v["CHIP_VER_REV1"][0] == "1"
    assert v["CHIP_VERSION"][0] == "2"
    assert v["CHIP_PACKAGE"][0] == "1"
    assert v["ADC_VREF"][0] == "1079"
    assert v["FLASH_CRYPT_CNT"] == ("0", "R/W")
    assert v["BLK1"][0] == " ".join(["00"] * 32)
    headings = re.findall(r"^(\w+) fuses:$", r.stdout, re.M)
    assert headings == ["Security", "Efuse", "Config", "Identity", "Calibration"]
    assert "determined by GPIO12 on reset" in r.stdout


def test_dump_prints_every_block_word(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with(SNAPSHOT_BLK0, blk2=range(1, 9)))
    r = chip.run("dump")
    assert r.returncode == 0
    assert ("EFUSE block 0:\n00000000 c43a0b9c 00c5240a 0000a200 00001300 00000000 00000000\n"
            "EFUSE block 1:\n" + " ".join(["00000000"] * 8) + "\n"
            "EFUSE block 2:\n00000001 00000002 00000003 00000004 00000005 00000006 00000007 00000008\n"
            ) in r.stdout


def test_read_protected_block_shows_unknown_not_zero(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with([0x00020000], blk2=[0xFFFFFFFF] * 8))
    v = summary_values(chip.run("summary").stdout)
    assert v["BLK2"] == (" ".join(["??"] * 32), "-/W")
    assert v["BLK1"][1] == "R/W"


def test_adc_info_decodes_vref_and_two_point_calibration(tmp_path):
    # ADC1_TP_LOW raw 0x7F is -1 step: 278 - 4 = 274 (docs/efuse-esp32.md §9); ADC1_TP_HIGH raw 1: 3269
    chip = VirtualChip(tmp_path, blocks_with([0, 0, 0, 1 << 14, 0x13 << 8],
                                             blk3=[0, 0, 0, 0x7F | 1 << 7]))
    r = chip.run("adc_info")
    assert "ADC VRef calibration: 1079mV" in r.stdout
    assert "ADC1 Low reading  (150mV): 274" in r.stdout
    assert "ADC1 High reading (850mV): 3269" in r.stdout
    assert "ADC2 Low reading  (150mV): 421" in r.stdout
    assert "ADC1_TP_LOW" in chip.run("summary").stdout


def test_blank_vref_is_nominal(chip):
    assert "ADC VRef calibration: None (1100mV nominal)" in chip.run("adc_info").stdout


# -- burn_efuse ------------------------------------------------------------------

def test_flash_crypt_cnt_counts_up_seven_bits_and_never_touches_bit_27(chip):
    for n in range(1, 8):
        r = chip.burn("burn_efuse", "FLASH_CRYPT_CNT")
        assert chip.fuses()[0][0] == ((1 << n) - 1) << 20
    assert "0x3f -> 0x7f" in r.stdout and "verified" in r.stdout
    chip.refused("burn_efuse", "FLASH_CRYPT_CNT", match="does not fit FLASH_CRYPT_CNT")
    assert not chip.fuses()[0][0] & (1 << 27)


def test_burn_shows_the_change_and_waits_for_BURN(chip):
    r = chip.run("burn_efuse", "JTAG_DISABLE", input="no\n")
    assert_one_fatal_line(r, "A fatal error occurred: the burn was not confirmed: "
                             "nothing was burned")
    assert "Burning efuse JTAG_DISABLE" in r.stdout
    assert "BLK0 word 6: 0x00000000 -> 0x00000040 (bits 0x00000040)" in r.stdout
    assert "Type 'BURN' (all capitals) to continue." in r.stdout
    assert "Aborting." in r.stdout
    assert chip.fuses() == BLANK
    assert "Aborting." in chip.run("burn_efuse", "JTAG_DISABLE", input="").stdout  # EOF
    assert chip.fuses() == BLANK
    chip.run("burn_efuse", "JTAG_DISABLE", input="BURN\n")
    assert chip.fuses()[0][6] == 1 << 6


def test_spi_pin_32_and_33_are_stored_as_30_and_31(chip):
    chip.burn("burn_efuse", "SPI_PAD_CONFIG_CLK", 32)
    assert chip.fuses()[0][5] == 30
    assert summary_values(chip.run("summary").stdout)["SPI_PAD_CONFIG_CLK"][0] == "32"
    chip.refused("burn_efuse", "SPI_PAD_CONFIG_Q", 30, match="GPIO30 cannot carry")
    chip.refused("burn_efuse", "SPI_PAD_CONFIG_Q", 34, match="GPIO34 cannot carry")


def test_burn_efuse_refusals(chip):
    chip.burn("burn_efuse", "FLASH_CRYPT_CONFIG", 0x5)
    chip.refused("burn_efuse", "NO_SUCH_FUSE", 1, match="unknown eFuse field 'NO_SUCH_FUSE'")
    chip.refused("burn_efuse", "FLASH_CRYPT_CONFIG", 0x10, match="does not fit")
    chip.refused("burn_efuse", "FLASH_CRYPT_CONFIG", 0x2, match="would clear bits")
    chip.refused("burn_efuse", "CODING_SCHEME", match="needs a value")
    chip.refused("burn_efuse", "JTAG_DISABLE", 2, match="is a flag")
    chip.refused("burn_efuse", "ABS_DONE_0", "one", match="not a number")
    chip.refused("burn_efuse", "MAC", 1, match="burn_custom_mac")
    chip.refused("burn_efuse", "BLK1", 1, match="burn_key")
    chip.refused("burn_efuse", "ADC_VREF", 1, match="cannot be changed")


def test_write_protected_field_cannot_be_burned(chip):
    r = chip.burn("write_protect_efuse", "ABS_DONE_0")
    assert "Permanently write-disabling efuse ABS_DONE_0" in r.stdout
    assert chip.fuses()[0][0] == 1 << 12
    chip.refused("burn_efuse", "ABS_DONE_0", match="write-protected")
    assert "already write protected" in chip.burn("write_protect_efuse", "ABS_DONE_0").stdout
    chip.refused("write_protect_efuse", "DISABLE_SDIO_HOST", match="cannot be write-protected")


def test_write_protect_lists_every_field_sharing_the_bit(chip):
    r = chip.run("write_protect_efuse", "DISABLE_DL_CACHE", input="\n")
    assert ("efuses CONSOLE_DEBUG_DISABLE, DISABLE_DL_ENCRYPT, DISABLE_DL_DECRYPT, "
            "DISABLE_DL_CACHE") in r.stdout


def test_read_protection_never_hides_the_flash_key_behind_identity_fields(chip):
    # v2.3.1 offered this and burned RD_DIS bit 0, hiding BLK1 (docs/efuse-esp32.md §3.2)
    chip.refused("read_protect_efuse", "CHIP_VER_REV1", match="cannot be read-protected")
    chip.refused("read_protect_efuse", "CODING_SCHEME", match="RD_DIS bit 3")


def test_read_protect_blk3_then_it_reads_unknown(chip):
    chip.burn("read_protect_efuse", "BLK3")
    assert chip.fuses()[0][0] == 1 << 18
    assert summary_values(chip.run("summary").stdout)["BLK3"][1] == "-/W"
    assert "already read protected" in chip.burn("read_protect_efuse", "BLK3").stdout


def test_blk3_with_calibration_or_custom_mac_is_not_read_protected(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with([0, 0, 0, 1 << 14]))
    chip.refused("read_protect_efuse", "BLK3", match="ADC calibration")
    chip = VirtualChip(tmp_path, blocks_with(blk3=[0, 0, 0, 0, 0, 1 << 24]))
    chip.refused("read_protect_efuse", "BLK3", match="custom MAC")


# -- keys and block data -----------------------------------------------------------

def test_burn_key_stores_key_reversed_then_write_and_read_protects(chip):
    r = chip.burn("burn_key", "flash_encryption", chip.file("key.bin", KEY))
    fuses = chip.fuses()
    assert fuses[1] == KEY_WORDS
    assert fuses[0][0] == 1 << 7 | 1 << 16
    steps = re.findall(r"^Burned (.*): verified\.$", r.stdout, re.M)
    assert steps == ["key in BLK1", "write protection of BLK1 (WR_DIS bit 7)",
                     "read protection of BLK1 (RD_DIS bit 0)"]
    chip.refused("burn_key", "BLK1", chip.file("key2.bin", KEY), match="read-protected")


def test_burn_key_unprotected_reads_back_in_file_order(chip):
    chip.burn("burn_key", "--no-protect-key", "secure_boot", chip.file("key.bin", KEY))
    assert chip.fuses()[2] == KEY_WORDS and chip.fuses()[0][0] == 0
    v = summary_values(chip.run("summary").stdout)
    assert v["BLK2"] == (" ".join("%02x" % b for b in KEY), "R/W")
    chip.refused("burn_key", "BLK2", chip.file("key2.bin", KEY), match="already has value")
    chip.refused("burn_key", "--force-write-always", "BLK2", chip.file("key3.bin", bytes(32)),
                 match="bits that the new data has clear")
    r = chip.burn("burn_key", "--no-protect-key", "--force-write-always", "BLK2",
                  chip.file("key4.bin", b"\x80" + KEY[1:]))
    assert "WARNING" in r.stdout and chip.fuses()[2][7] == KEY_WORDS[7] | 0x80000000


def test_burn_key_blk3_is_in_file_order(chip):
    chip.burn("burn_key", "--no-protect-key", "BLK3", chip.file("key.bin", KEY))
    assert chip.fuses()[3] == list(struct.unpack("<8I", KEY))


def test_burn_key_refusals(tmp_path, chip):
    chip.refused("burn_key", "BLK1", chip.file("short.bin", bytes(31)),
                 match="holds 31 bytes; BLK1 needs exactly 32 bytes")
    chip.refused("burn_key", "BLK1", str(tmp_path / "missing.bin"), match="cannot read key file")
    chip.refused("burn_key", "BLK4", chip.file("k.bin", KEY), match="invalid choice")
    calibrated = VirtualChip(tmp_path, blocks_with([0, 0, 0, 1 << 14]))
    calibrated.refused("burn_key", "BLK3", chip.file("k.bin", KEY), match="ADC calibration")


def test_a_key_into_a_write_protected_block_is_refused_even_when_forced(tmp_path):
    # The hardware ignores it; --force-write-always only skips the "already written" check.
    chip = VirtualChip(tmp_path, blocks_with([1 << 7]))
    chip.refused("burn_key", "--force-write-always", "BLK1", chip.file("k.bin", KEY),
                 match="BLK1 is write-protected")


def test_bits_that_do_not_stick_are_a_fatal_error_with_what_was_programmed(tmp_path):
    # A chip whose fuses do not take the burn: the bits do not read back as set.
    import espefuse
    chip = VirtualChip(tmp_path)
    original = espefuse.VirtualBackend.program
    try:
        espefuse.VirtualBackend.program = lambda self, words: None     # nothing sticks
        result = run_main("espefuse", "--file", chip.path, "--do-not-confirm", "burn_efuse",
                          "JTAG_DISABLE")
    finally:
        espefuse.VirtualBackend.program = original
    assert_one_fatal_line(result, "A fatal error occurred: "
                          "burning JTAG_DISABLE failed: bits did not read back")
    assert "programmed but NOT verified (read-back differs): JTAG_DISABLE" in result.stdout


def test_a_burn_that_cannot_be_read_back_is_not_a_success(tmp_path):
    # BLK2 read-protected (RD_DIS bit 1): forced, the key is programmed but cannot be read back.
    chip = VirtualChip(tmp_path, blocks_with([1 << 17]))
    r = chip.run("burn_key", "--no-protect-key", "--force-write-always", "BLK2",
                 chip.file("k.bin", KEY))
    assert_one_fatal_line(r, "A fatal error occurred: key in BLK2 could not be read back")
    assert "cannot be verified, BLK2 is read-protected" in r.stdout
    assert "NOT verified" not in r.stdout


def test_three_quarter_coding_key_is_24_bytes_group_encoded(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with([0, 0, 0, 0, 0, 0, 1]))
    chip.refused("burn_key", "BLK1", chip.file("k32.bin", KEY), match="exactly 24 bytes")
    # reversed on the way in, so the register bytes are 00..17: the docs/efuse-esp32.md §5.1 example
    chip.burn("burn_key", "--no-protect-key", "BLK1", chip.file("k.bin", bytes(range(23, -1, -1))))
    assert chip.fuses()[1] == [0x03020100, 0x1e010504, 0x09080706, 0x2f010b0a,
                               0x0f0e0d0c, 0x32011110, 0x15141312, 0x41011716]
    assert "= 17 16 15" in chip.run("summary").stdout.replace("\n  =", " =")


def test_burn_block_data_at_an_offset_in_file_order(chip):
    chip.burn("burn_block_data", "--offset", 4, "BLK3", chip.file("d.bin", b"\x01\x02\x03\x04\x05"))
    assert chip.fuses()[3][:3] == [0, 0x04030201, 0x05]
    chip.refused("burn_block_data", "--offset", 8, "BLK3", chip.file("e.bin", b"\x10"),
                 match="already hold data")
    chip.burn("burn_block_data", "--offset", 8, "--force-write-always", "BLK3",
              chip.file("f.bin", b"\x07"))
    assert chip.fuses()[3][2] == 0x07
    chip.refused("burn_block_data", "--offset", 30, "BLK2", chip.file("g.bin", bytes(4)),
                 match="do not fit BLK2")


def test_burn_block_data_under_three_quarter_coding_needs_whole_groups(tmp_path):
    chip = VirtualChip(tmp_path, blocks_with([0, 0, 0, 0, 0, 0, 1]))
    chip.refused("burn_block_data", "--offset", 3, "BLK3", chip.file("d.bin", bytes(6)),
                 match="multiples of 6")
    chip.burn("burn_block_data", "--offset", 6, "BLK3", chip.file("d.bin", b"\xff" * 6))
    # group 1 (words 2-3) encodes as ff ff ff ff ff ff 00 a8 (docs/efuse-esp32.md §5.1)
    assert chip.fuses()[3] == [0, 0, 0xFFFFFFFF, 0xA800FFFF, 0, 0, 0, 0]
    chip.refused("burn_block_data", "--offset", 6, "--force-write-always", "BLK3",
                 chip.file("e.bin", b"\xff" * 5 + b"\xfe"), match="new data has clear")


# -- custom MAC, flash voltage ---------------------------------------------------------

def test_custom_mac_burns_crc_mac_and_version(chip):
    assert "No custom MAC is set" in chip.run("get_custom_mac").stdout
    # docs/efuse-esp32.md §7.1: this MAC has CRC c5; §7.2 places CRC, then the MAC bytes, in BLK3
    chip.burn("burn_custom_mac", "24:0A:C4:3A:0B:9C")
    assert chip.fuses()[3] == [0xC40A24C5, 0x009C0B3A, 0, 0, 0, 0x01000000, 0, 0]
    r = chip.run("get_custom_mac")
    assert "Custom MAC Address version 1: 24:0a:c4:3a:0b:9c (CRC c5 OK)" in r.stdout
    chip.refused("burn_custom_mac", "24:0A:C4:3A:0B:9D", match="already burned")


def test_custom_mac_refuses_bad_input(chip):
    chip.refused("burn_custom_mac", "AB:CD:EF:01:02", match="not a MAC address")
    chip.refused("burn_custom_mac", "01:CD:EF:01:02:03", match="multicast")


def test_set_flash_voltage_burns_the_override_and_refuses_impossible_combinations(chip):
    r = chip.run("set_flash_voltage", "1.8V")
    assert "GPIO12 (MTDI)" in r.stdout and "raised to 3.3V" in r.stdout
    assert chip.fuses()[0][4] == 1 << 16 | 1 << 14
    assert "set to 1.8V by efuse" in chip.run("summary").stdout
    chip.refused("set_flash_voltage", "OFF", match="XPD_SDIO_REG is already burned")
    chip.burn("set_flash_voltage", "3.3V")
    assert chip.fuses()[0][4] == 1 << 16 | 1 << 15 | 1 << 14
    chip.refused("set_flash_voltage", "1.8V", match="XPD_SDIO_TIEH is already burned")


def test_set_flash_voltage_off(chip):
    r = chip.burn("set_flash_voltage", "OFF")
    assert "to 1.8V or 3.3V" in r.stdout
    assert chip.fuses()[0][4] == 1 << 16
    assert "internal regulator disabled" in chip.run("summary").stdout


# -- the 5.x mode: fields of an ESP-IDF table (docs/efuse-newer.md §10.1) -------------------

# Bits 122-129 of BLOCK3 straddle its words 3 and 4; a nameless row continues the field
# above (ID_0, ID_1); [ALT] in the comment is another name; ROLE's first bit is left out
# (after MODULE_VERSION's last, as ESP-IDF's table tool takes it).
CUSTOM_TABLE = """\
# field_name, efuse_block, bit_start, bit_count, comment
MODULE_VERSION,  EFUSE_BLK3,  56,  8,  Module version
ROLE,            EFUSE_BLK3,    ,  3,  Device role
ID,              EFUSE_BLK3, 122,  8,  [SERIAL] straddles words 3 and 4
,                EFUSE_BLK3, 132,  8,  [SERIAL] the next part
READY,           EFUSE_BLK3, 200,  1,  Ready flag
"""


def in_5x_mode(path, table, *args):
    return run_tool("espefuse", "--compat", "5", "--chip", "esp32", "--virt", "--path-efuse-file",
                    path, "--do-not-confirm", "--extend-efuse-table", table, *args, timeout=60)


def test_extend_efuse_table_burns_a_field_across_two_words_in_the_5x_mode(chip):
    table = chip.file("table.csv", CUSTOM_TABLE.encode())
    burned = in_5x_mode(chip.path, table, "burn-efuse", "SERIAL_0", "0xc3", "MODULE_VERSION",
                        "5", "READY", "1", "ROLE", "6")
    assert burned.returncode == 0, output_of(burned)
    # 0xc3 at bit 122: its low six bits (000011) end word 3, its top two (11) start word 4
    assert chip.fuses()[3] == [0, 0x05000000, 0x6, 0x03 << 26, 0x3, 0, 0x100, 0]
    shown = in_5x_mode(chip.path, table, "summary")
    assert shown.returncode == 0, output_of(shown)
    user = shown.stdout.split("User fuses:\n", 1)[1]
    assert re.search(r"^ID_0 \(BLOCK3\) +\[SERIAL\] straddles words 3 and 4 \(122-129\) += 195 "
                     r"R/W \(0xc3\)$", user, re.M), user
    assert re.search(r"^ID_1 \(BLOCK3\) .*= 0 R/W", user, re.M), user
    shown = in_5x_mode(chip.path, table, "summary", "--format", "json", "ID_0").stdout
    entry = json.loads(shown[shown.index("{"):])["ID_0"]      # after 5.6's two head lines
    assert (entry["word"], entry["pos"], entry["bit_len"], entry["raw_value"]) == (3, 26, 8, "0xc3")


def test_a_burn_in_the_5x_mode_is_one_cycle_reported_as_5x_reports_it(chip):
    """Two fields of BLOCK0 and the flash encryption counter: one cycle for the fields, one
    for the postponed counter, in 5.6's report lines (upstream 5.6 base_fields.py)."""
    burned = run_tool("espefuse", "--compat", "5", "--chip", "esp32", "--path-efuse-file",
                      chip.path, "--do-not-confirm", "burn-efuse", "JTAG_DISABLE", "1",
                      "CLK8M_FREQ", "5", "FLASH_CRYPT_CNT", "1")
    assert burned.returncode == 0, output_of(burned)
    lines = burned.stdout.splitlines()
    assert lines[lines.index("Check all blocks for burn..."):][:3] == [
        "Check all blocks for burn...", "idx, BLOCK_NAME,          Conclusion",
        "[00] BLOCK0               is empty, will burn the new value"]
    assert lines[lines.index("This is an irreversible operation!"):] == [
        "This is an irreversible operation!",
        "BURN BLOCK0  - OK (write block == read block)",
        "Burn postponed eFuses from BLOCK0.",
        "BURN BLOCK0  - OK (write block == read block)",
        "Reading updated eFuses...",
        "Checking eFuses...",
        "Successful."]
    assert chip.fuses()[0][4] == 5 and chip.fuses()[0][6] == 0x40 and chip.fuses()[0][0] == 1 << 20


@pytest.mark.parametrize("row, words", [
    ("SWITCHES, EFUSE_BLK0, 200, 4, x", "is no block an ESP32 table may use"),
    ("WIDE, EFUSE_BLK3, 250, 8, x", "bits 250-257 are not in a block of 256"),
    ("ODD, EFUSE_BLK3, ten, 8, x", "'ten' is not a number"),
    ("MAC_VERSION, EFUSE_BLK3, 0, 8, x", "Duplicate names found in eFuses: MAC_VERSION"),
])
def test_extend_efuse_table_refuses_a_bad_table_before_anything_runs(chip, row, words):
    table = chip.file("table.csv", (row + "\n").encode())
    before = chip.fuses()
    assert_one_fatal_line(in_5x_mode(chip.path, table, "burn-efuse", "JTAG_DISABLE", "1"), words)
    assert chip.fuses() == before


# -- bad input -------------------------------------------------------------------------

def test_a_file_that_is_not_an_efuse_file_is_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("not json")
    r = run_tool("espefuse", "--file", str(path), "summary")
    assert_one_fatal_line(r, "is not an eFuse file")


def test_an_efuse_file_that_cannot_be_written_is_a_fatal_error(tmp_path):
    r = run_tool("espefuse", "--virt", "--file", str(tmp_path / "no-dir" / "f.json"),
                 "--do-not-confirm", "burn_efuse", "JTAG_DISABLE")
    assert_one_fatal_line(r, "cannot write %s" % (tmp_path / "no-dir" / "f.json"))


def test_a_missing_port_is_one_fatal_line(tmp_path):
    r = run_tool("espefuse", "--port", str(tmp_path / "no-such-port"), "summary", timeout=60)
    assert_one_fatal_line(r)


# -- on espsim's ESP32 -------------------------------------------------------------------

@pytest.fixture
def sim_with_fuses(espsim_server, tmp_path_factory):
    """Start espsim's ESP32 with the given fuse words already burned.

    raw=True serves socket:// (no reset lines; the chip waits in its loader),
    which keeps these stories quick; the RFC2217 path has its own story.
    """
    def start(blocks=None, chip="esp32", raw=True, **options):
        if blocks is not None:
            options["efuse_file"] = str(tmp_path_factory.mktemp("efuse") / "esp32-efuse.json")
            write_fuses(options["efuse_file"], blocks)
        return espsim_server(chip, raw=raw, **options)
    return start


def on_sim(sim, *args, input=None, timeout=60):
    pre = ["-p", sim.url] + (["--before", "no_reset"] if sim.url.startswith("socket") else [])
    if input is None:
        pre.append("--do-not-confirm")
    return run_tool("espefuse", *(pre + [str(a) for a in args]), input=input, timeout=timeout)


def test_summary_over_rfc2217_reads_the_simulated_chip(espsim_server):
    sim = espsim_server("esp32", mac="24:0a:c4:3a:0b:9c")
    r = on_sim(sim, "summary")
    assert r.returncode == 0, r.stdout + r.stderr
    v = summary_values(r.stdout)
    assert v["MAC"] == ("24:0a:c4:3a:0b:9c (CRC c5 OK)", "R/W")
    assert v["CHIP_VER_REV1"][0] == "1" and v["WR_DIS"][0] == "0"


def test_every_burn_lands_bit_by_bit_in_the_simulated_fuses(sim_with_fuses, tmp_path):
    sim = sim_with_fuses()
    before = read_fuses(sim.efuse_path) if os.path.exists(sim.efuse_path) else None
    key = tmp_path / "key.bin"
    key.write_bytes(KEY)
    data = tmp_path / "data.bin"
    data.write_bytes(b"\xa5\x5a\x0f")
    for args in (["burn_efuse", "FLASH_CRYPT_CNT"],
                 ["burn_efuse", "SPI_PAD_CONFIG_CS0", 33],
                 ["burn_key", "flash_encryption", key],
                 ["burn_block_data", "--offset", 5, "BLK2", data],
                 ["burn_custom_mac", "24:0a:c4:3a:0b:9c"],
                 ["set_flash_voltage", "3.3V"],
                 ["write_protect_efuse", "JTAG_DISABLE"]):
        r = on_sim(sim, *args)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "verified" in r.stdout
    fuses = read_fuses(sim.efuse_path)
    factory = before[0] if before else fuses[0]
    assert fuses[0] == [factory[0] | 1 << 20 | 1 << 7 | 1 << 16 | 1 << 14,
                        factory[1], factory[2], factory[3],
                        factory[4] | 1 << 14 | 1 << 15 | 1 << 16,
                        factory[5] | 31 << 15, factory[6]]
    assert fuses[1] == KEY_WORDS
    assert fuses[2] == [0, 0x0f5aa500, 0, 0, 0, 0, 0, 0]
    assert fuses[3] == [0xC40A24C5, 0x009C0B3A, 0, 0, 0, 0x01000000, 0, 0]
    r = on_sim(sim, "dump")
    assert "EFUSE block 1:\n" + " ".join(["00000000"] * 8) in r.stdout   # read-protected
    r = on_sim(sim, "burn_efuse", "JTAG_DISABLE")
    assert_one_fatal_line(r, "write-protected")


def register_traffic(trace_path):
    """[("w", addr, value) | ("r", addr)] of the READ_REG/WRITE_REG commands the host sent."""
    traffic = []
    with open(trace_path) as f:
        for line in f:
            if not line.startswith("> "):
                continue
            packet = bytes.fromhex(line[2:].strip())
            if packet[1] == 0x09:
                traffic.append(("w",) + struct.unpack_from("<II", packet, 8))
            elif packet[1] == 0x0A:
                traffic.append(("r", struct.unpack_from("<I", packet, 8)[0]))
    return traffic


def test_burn_programs_the_controller_as_the_chip_needs(sim_with_fuses):
    # docs/efuse-esp32.md §13: burning FLASH_CRYPT_CNT on the snapshot chip stages 0x00100000 in
    # BLK0's first write register, then one program + read cycle (docs/efuse-esp32.md §6.1), with
    # the programming timing for this chip's 26 MHz crystal set first (docs/efuse-esp32.md §6.2),
    # estimated from the UART divider after a baud change.
    sim = sim_with_fuses(blocks_with(SNAPSHOT_BLK0), crystal=26)
    r = on_sim(sim, "--baud", 460800, "burn_efuse", "FLASH_CRYPT_CNT")
    assert r.returncode == 0, r.stdout + r.stderr
    traffic = register_traffic(sim.trace_path)
    writes = [t[1:] for t in traffic if t[0] == "w"]
    clk = [v for a, v in writes if a == 0x3FF5A0F8]
    dac = [v for a, v in writes if a == 0x3FF5A118]
    assert [v & 0xFFFF for v in clk] == [250 | 255 << 8] and [v & 0xFF for v in dac] == [52]
    trigger = writes.index((0x3FF5A104, 0x2))
    staged = dict(w for w in writes[:trigger] if 0x3FF5A01C <= w[0] <= 0x3FF5A0F4)
    write_regs = [0x3FF5A01C + 4 * i for i in range(7)] + [0x3FF5A098 + 4 * i for i in range(24)]
    assert staged == {a: 0x00100000 if a == 0x3FF5A01C else 0 for a in write_regs}
    assert writes[trigger - 1:trigger + 3] == [(0x3FF5A0FC, 0x5A5A), (0x3FF5A104, 0x2),
                                               (0x3FF5A0FC, 0x5AA5), (0x3FF5A104, 0x1)]
    program_at = traffic.index(("w", 0x3FF5A104, 0x2))
    read_at = traffic.index(("w", 0x3FF5A0FC, 0x5AA5))
    assert ("r", 0x3FF5A104) in traffic[program_at:read_at]     # waited for the controller
    assert read_fuses(sim.efuse_path)[0][0] == 0x00100000


def test_chip_going_silent_mid_burn_is_reported_step_by_step(sim_with_fuses, tmp_path):
    # Count the replies a connect plus a full read takes, then let the chip
    # fall silent 136 replies later: inside the second program cycle (docs/efuse-esp32.md §6.1;
    # the first cycle's replies include the read-back of its 31 write registers,
    # docs/efuse-esp32.md §6.3, and each cycle starts by reading its block again: 8 words
    # for BLK1, 7 for BLK0, docs/efuse-esp32.md §6.3).
    probe = sim_with_fuses()
    assert on_sim(probe, "dump").returncode == 0
    probe.stop()
    with open(probe.trace_path) as f:
        replies = sum(1 for line in f if line.startswith("<"))
    sim = sim_with_fuses(stop_replies_after=replies + 8 + 90 + 31 + 7)
    key = tmp_path / "key.bin"
    key.write_bytes(KEY)
    r = on_sim(sim, "burn_key", "BLK1", key)
    assert_one_fatal_line(r, "A fatal error occurred: the burn was cut short")
    assert "programmed and verified: key in BLK1" in r.stdout
    assert "unknown (cut short while programming): write protection of BLK1" in r.stdout
    assert "not programmed: read protection of BLK1 (RD_DIS bit 0)" in r.stdout
    sim.stop()
    assert read_fuses(sim.efuse_path)[1] == KEY_WORDS


def test_esp8266_on_the_port_is_refused(sim_with_fuses):
    sim = sim_with_fuses(chip="esp8266")
    r = on_sim(sim, "summary")
    assert_one_fatal_line(r)
    assert re.search(r"A fatal error occurred: .*ESP8266, not an ESP32", r.stderr)


# -- upstream as an oracle ---------------------------------------------------------------

# A chip with something in nearly every field (docs/efuse-esp32.md §3): rev1+rev2 bits, PICO-D4
# package, SPI pins (CLK on GPIO32 = stored 30), VRef 1079 mV, 1.8 V flash,
# security bits, a key in BLK1, custom MAC + ADC two-point calibration +
# secure version in BLK3, BLK3 write-protected.
ORACLE_FUSES = [
    [0x00500200, 0xc4010203, 0x0038240a,
     1 << 15 | 1 << 14 | 1 << 13 | 5 << 9 | 9 << 4 | 1 << 1,
     0x64 | 0x13 << 8 | 1 << 16 | 1 << 14,
     30 | 17 << 5 | 8 << 10 | 16 << 15 | 1 << 20 | 1 << 24 | 0xF << 28,
     1 << 2 | 1 << 4 | 1 << 6 | 1 << 7 | 1 << 9],
    KEY_WORDS,
    [0] * 8,
    [0xC40A24C5, 0x009C0B3A, 0, 0x7F | 0x101 << 7 | 0x05 << 16 | 0x1FF << 23, 7, 1 << 24, 0, 0],
]


def upstream_summary_values(text):
    """{field: value} from upstream 5.x's summary ('NAME (BLOCKn) desc = value perms (hex)')."""
    values = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^([A-Z0-9_]+) \(BLOCK\d\)", line)
        if not m:
            continue
        row = line if re.search(r"= .* [R-]/[W-]", line) else lines[i + 1]
        v = re.search(r"= (.*) ([R-]/[W-]) ?(\((0x|0b)([0-9a-f]+)\))?\s*$", row)
        value, raw = v.group(1), v.group(5)
        if raw is not None and not re.match(r"^-?\d+$", value):
            value = str(int(raw, 16 if v.group(4) == "0x" else 2))   # True/1.8V/NONE...
        values[m.group(1)] = value
    return values


def register_order(name, value, tool):
    """Key block bytes as they sit in the registers: v2.3.1 shows every block
    reversed; 5.x none; we reverse BLK1/BLK2 only (documented in burn_key)."""
    reversed_by = {"2.3.1": ("BLK1", "BLK2", "BLK3"), "ours": ("BLK1", "BLK2"), "5": ()}[tool]
    return " ".join(reversed(value.split())) if name in reversed_by else value


def normalized(values, tool):
    out = {}
    for name, value in values.items():
        name = {"BLOCK1": "BLK1", "BLOCK2": "BLK2", "BLOCK3": "BLK3"}.get(name, name)
        value = re.sub(r"\(CRC 0x", "(CRC ", value)
        out[name] = register_order(name, value, tool)
    if "CHIP_CPU_FREQ_RATED" in out:    # v2.3.1's CHIP_VERSION is these two bits
        out["CHIP_VERSION"] = str(int(out.pop("CHIP_CPU_FREQ_RATED")) << 1
                                  | int(out.pop("CHIP_CPU_FREQ_LOW")))
    return out


def test_upstream_summaries_agree_on_every_field_value(sim_with_fuses, tmp_path):
    import subprocess
    from oracle import upstream_cmd
    sim = sim_with_fuses(ORACLE_FUSES)
    dump = on_sim(sim, "dump").stdout
    for n, words in enumerate(ORACLE_FUSES):
        assert "EFUSE block %d:\n%s\n" % (n, " ".join("%08x" % w for w in words)) in dump
    ours = on_sim(sim, "summary")
    assert ours.returncode == 0, ours.stdout
    mine = normalized({k: v for k, (v, _) in summary_values(ours.stdout).items()}, "ours")
    for version in ("2.3.1", "5"):
        theirs = subprocess.run(upstream_cmd(version, "espefuse") + ["-p", sim.url, "summary"],
                                capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
        assert theirs.returncode == 0, theirs.stdout + theirs.stderr
        parse = upstream_summary_values if version == "5" else (
            lambda text: {k: v for k, (v, _) in summary_values(text).items()})
        other = normalized(parse(theirs.stdout), version)
        common = sorted(set(mine) & set(other))
        differing = {n: (mine[n], other[n]) for n in common if mine[n] != other[n]}
        print("espefuse summary vs upstream %s: %d/%d field values agree"
              % (version, len(common) - len(differing), len(common)))
        assert len(common) >= 30
        assert differing == {}


def test_file_naming_a_missing_file_is_an_error_unless_virt_creates_it(tmp_path):
    path = tmp_path / "new.json"
    r = run_tool("espefuse", "--file", str(path), "summary")
    assert_one_fatal_line(r, "eFuse file %s does not exist" % path)
    assert "--virt" in r.stderr         # the hint, with the fatal line
    r = run_tool("espefuse", "--virt", "--file", str(path), "--do-not-confirm", "burn_efuse",
                 "JTAG_DISABLE")
    assert r.returncode == 0, r.stdout
    assert path.exists()


@pytest.mark.parametrize("name", ["ESP32-C3", "ESP32-S3"])
def test_c3_and_s3_found_without_chip_are_told_to_name_it(name):
    # docs/efuse-newer.md: without --chip espefuse.py reads an ESP32; a newer chip is named.
    import sys
    from conftest import ROOT
    sys.path.insert(0, ROOT)
    import espefuse

    class Chip:
        CHIP_NAME = name
        closed = False

        def close(self):
            self.closed = True

    chip = Chip()
    with pytest.raises(espefuse.FatalError, match="is an %s: name it" % name) as caught:
        espefuse.refuse_other_chips(chip, "/dev/ttyACM0")
    assert "--chip %s" % name.lower().replace("-", "") in caught.value.hint and chip.closed
