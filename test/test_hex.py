"""Intel HEX (issue 13): our reader and writer, and HEX files as flash input.

The reader and writer are our own (no intelhex dependency: esptool.py must run
copied alone next to pyserial); a round trip through random regions checks
them against each other, and fixed records check them against the format.
"""
import os
import random

import pytest
from hypothesis import given, settings, strategies as st

import esptool
from espkit import formats
from conftest import assert_one_fatal_line, ok, run_tool


def fails_with(data, message, name="t.hex"):
    with pytest.raises(esptool.FatalError) as e:
        formats.parse_intel_hex(data, name)
    assert message in str(e.value)


# --- the format ------------------------------------------------------------------

def test_records_with_extended_addresses_give_contiguous_blocks():
    text = (b":020000040001F9\n"              # linear base 0x10000
            b":0400000001020304F2\n"
            b":02000400AABB95\n"              # continues the block at 0x10004
            b":020000021000EC\n"              # segment base 0x10000 (0x1000 << 4)
            b":02100000556633\n"              # 0x11000, a new block
            b":04000005000000CD2A\n"          # start address: ignored
            b":00000001FF\n"
            b":0100000099666\n")              # after the end: not read
    assert formats.parse_intel_hex(text, "t.hex") == [
        (0x10000, bytes([1, 2, 3, 4, 0xAA, 0xBB])), (0x11000, b"\x55\x66")]


@pytest.mark.parametrize("text, message", [
    (b":0400000001020304F3\n", "t.hex line 1: checksum mismatch"),
    (b":00000001FF\n", None),
    (b":020000040001F9\n:04000000010203F2\n", "t.hex line 2: the record's length"),
    (b":020000040001F9\n:0400000001020G04F2\n", "line 2: the record is not made of hex digit"),
    (b":020000040001F9\n\n0400000001020304F2\n", "line 3: a record must start with ':'"),
    (b":0000000AF6\n", "line 1: unknown record type 0A"),
    (b":0400000001020304F2\n:020002000506F1\n", "line 2: data at 0x2 overlaps"),
])
def test_bad_records_are_fatal_and_name_the_line(text, message):
    if message is None:
        assert formats.parse_intel_hex(text, "t.hex") == []
    else:
        fails_with(text, message)


def test_the_writer_lays_out_records_as_intelhex_does():
    # The expected lines are what intelhex 2.3.0's write_hex_file writes for this data.
    text = formats.intel_hex_bytes([(0xFFF8, bytes(range(20)))])
    assert text.decode().splitlines() == [
        ":020000040000FA",
        ":08FFF8000001020304050607E5",
        ":020000040001F9",
        ":0C00000008090A0B0C0D0E0F1011121352",
        ":00000001FF"]


regions = st.lists(st.tuples(st.integers(0, 0x400000), st.binary(min_size=1, max_size=300)),
                   max_size=6)


@settings(max_examples=60, deadline=None)
@given(regions)
def test_write_then_read_gives_the_same_content(pieces):
    content = {}
    for address, data in pieces:        # later pieces overwrite: a byte map
        for i, b in enumerate(data):
            content[address + i] = b
    blocks = blocks_of(content)
    parsed = formats.parse_intel_hex(formats.intel_hex_bytes(blocks), "round.hex")
    assert parsed == blocks


def blocks_of(content):
    blocks = []
    for address in sorted(content):
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == address:
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + bytes([content[address]]))
        else:
            blocks.append((address, bytes([content[address]])))
    return blocks


def test_hex_is_recognised_by_content_not_name():
    hex_text = formats.intel_hex_bytes([(0x1000, b"abc")])
    assert formats.looks_like_intel_hex(hex_text, "firmware.dat")
    assert not formats.looks_like_intel_hex(b":not a record at all", "data.bin")
    assert not formats.looks_like_intel_hex(b"\xe9\x03\x02\x20", "x.hex")


# --- HEX files as flash input, on a simulated ESP32 ------------------------------

@pytest.fixture
def merged(tmp_path):
    """A merged .bin and its .hex (two blocks apart), as merge_bin writes them."""
    app, data = tmp_path / "app.bin", tmp_path / "data.bin"
    app.write_bytes(random.Random(1).randbytes(30000))
    data.write_bytes(random.Random(2).randbytes(5000))
    for fmt in ("raw", "hex"):
        ok(run_tool("esptool", "--chip", "esp32", "merge_bin", "-o",
                    tmp_path / ("merged." + fmt), "-f", fmt, "-t", "0x10000", "0x10000", app,
                    "0x30000", data))
    return tmp_path / "merged.raw", tmp_path / "merged.hex"


def test_a_merged_bin_and_its_hex_leave_the_same_flash(merged, tmp_path):
    raw, hex_file = merged
    flashes = []
    for n, source in enumerate((["0x10000", raw], ["0x0", hex_file])):
        flash = tmp_path / ("flash%d.bin" % n)
        url = "espsim://esp32?flash=%s&size=4MB" % flash
        text = ok(run_tool("esptool", "--port", url, "write_flash", *source))
        ok(run_tool("esptool", "--port", url, "verify_flash", *source))
        flashes.append(flash.read_bytes())
    assert "is Intel HEX; its records give the addresses (0x0 ignored)" in text
    assert flashes[0] == flashes[1]
    # the HEX wrote two blocks and left the gap between them erased
    assert text.count("Hash of data verified.") == 2


def test_a_bad_hex_is_refused_before_connecting(tmp_path):
    bad = tmp_path / "bad.hex"
    bad.write_bytes(b":020000040001F9\n:0400000001020304F3\n")
    result = run_tool("esptool", "--port", "socket://127.0.0.1:9", "write_flash", "0x0", bad)
    assert_one_fatal_line(result, "bad.hex line 2: checksum mismatch")
    assert "Connecting" not in result.stdout


def test_an_elf_is_refused_with_a_hint_to_convert_it(tmp_path):
    elf = os.path.join(os.path.dirname(__file__), "elf", "esp32_app.elf")
    result = run_tool("esptool", "--port", "socket://127.0.0.1:9", "write_flash", "0x10000",
                      elf)
    assert_one_fatal_line(result, "esp32_app.elf is an ELF file, not a flash image")
    assert "Hint: convert it with elf2image first, e.g. esptool.py --chip esp32 elf2image" \
        in result.stderr


def test_image_info_of_a_hex_lists_its_blocks(merged):
    text = ok(run_tool("esptool", "image_info", merged[1]))
    assert "is an Intel HEX file, not a firmware image" in text
    assert "0x00010000-0x0001752f (30000 bytes)" in text
