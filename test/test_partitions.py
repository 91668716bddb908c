"""Partition tables (issue 13): `partition_table` against ESP-IDF's gen_esp32part.py,
and partition names where flash commands take an address, on a simulated ESP32.

The expected bytes in test/data/partitions/expected/ were made by gen_esp32part.py
1.2 (see make_expected.py there); every conversion here must match them exactly.
"""
import json
import os

import pytest
from hypothesis import given, settings, strategies as st

from espkit import partitions as partition_tables
from conftest import DATA, assert_one_fatal_line, ok, read, run_tool

PARTS = os.path.join(DATA, "partitions")
with open(os.path.join(PARTS, "expected.json")) as f:
    EXPECTED = json.load(f)


# --- partition_table against gen_esp32part ----------------------------------

@pytest.mark.parametrize("case", EXPECTED["good"], ids=lambda c: c["binary"])
def test_csv_to_binary_and_back_matches_gen_esp32part(case, tmp_path):
    options = case["options"]
    binary, csv = tmp_path / "out.bin", tmp_path / "out.csv"
    ok(run_tool("esptool", "partition_table", *options, os.path.join(PARTS, case["csv"]), binary))
    assert read(binary) == read(os.path.join(PARTS, case["binary"]))
    ok(run_tool("esptool", "partition_table", *options, os.path.join(PARTS, case["binary"]), csv))
    assert read(csv) == read(os.path.join(PARTS, case["csv_out"]))


@pytest.mark.parametrize("name", EXPECTED["bad"])
def test_bad_csvs_are_refused_naming_the_line_or_partition(name, tmp_path):
    out = tmp_path / "out.bin"
    result = run_tool("esptool", "partition_table", os.path.join(PARTS, name), out)
    assert os.path.basename(name) in assert_one_fatal_line(result)
    assert not out.exists()


@pytest.mark.parametrize("name, line, field", [
    ("app_without_subtype.csv", 2, "subtype"),
    ("bad_size.csv", 2, "size"),
    ("empty_type.csv", 1, "type"),
    ("empty_size.csv", 1, "size"),
    ("unknown_subtype.csv", 2, "subtype"),
    ("unknown_type.csv", 1, "type"),
    ("unknown_flag.csv", 1, "flags"),
    ("overlap.csv", 2, "offset"),
    ("unknown_variable.csv", 1, "offset"),
])
def test_a_csv_error_names_its_line_and_field(name, line, field, tmp_path):
    assert_one_fatal_line(run_tool("esptool", "partition_table",
                                   os.path.join(PARTS, "bad", name), tmp_path / "o.bin"),
                          "line %d, field '%s'" % (line, field))


def test_the_table_is_printed_readably(tmp_path):
    text = ok(run_tool("esptool", "partition_table",
                       os.path.join(PARTS, "good", "two_ota_encr_nvs.csv")))
    assert "otadata          data  ota       0xd000     0x2000 (8K)" in text
    assert "nvs_key          data  nvs_keys  0x310000   0x1000 (4K)        encrypted" in text
    assert not list(tmp_path.iterdir())


def test_a_damaged_md5_row_is_refused(tmp_path):
    data = bytearray(read(os.path.join(PARTS, "expected", "singleapp.bin")))
    data[3 * 32 + 20] ^= 1
    (tmp_path / "t.bin").write_bytes(bytes(data))
    assert_one_fatal_line(run_tool("esptool", "partition_table", tmp_path / "t.bin"), "MD5")


def test_dash_spelling_and_image_info_of_a_table(tmp_path):
    ok(run_tool("esptool", "partition-table", os.path.join(PARTS, "good", "singleapp.csv"),
                tmp_path / "t.bin"))
    text = ok(run_tool("esptool", "image_info", tmp_path / "t.bin"))
    assert "is an ESP-IDF partition table (3 partitions), not a firmware image" in text
    assert "factory" in text


# --- partition names on a simulated ESP32 -------------------------------------

TWO_OTA = os.path.join(PARTS, "expected", "two_ota.bin")     # nvs 0x9000, otadata 0xd000, ...


@pytest.fixture
def esp32(espsim_server):
    """A simulated ESP32 (the in-process espsim:// URL) whose flash lives in a file."""
    return espsim_server("esp32", in_process=True, flash_size="4MB")


@pytest.fixture
def esp32_with_table(esp32):
    """An ESP32 whose flash holds ESP-IDF's two-OTA table at 0x8000."""
    ok(run_tool("esptool", "--port", esp32.url, "write_flash", "0x8000", TWO_OTA))
    return esp32


def chip(sim, *args):
    return run_tool("esptool", "--port", sim.url, *args)


@pytest.mark.parametrize("mode", [[], ["--no-stub"]], ids=["stub", "rom"])
def test_write_read_verify_and_erase_a_partition_by_name(esp32_with_table, tmp_path, mode):
    sim = esp32_with_table

    def chip(sim, *args):
        return run_tool("esptool", "--port", sim.url, *mode, *args)

    nvs = os.urandom(0x3000)
    (tmp_path / "nvs.bin").write_bytes(nvs)
    text = ok(chip(sim, "write_flash", "nvs", tmp_path / "nvs.bin"))
    assert "Partition nvs:" in text and "0x9000" in text
    assert sim.flash()[0x9000:0xC000] == nvs

    ok(chip(sim, "verify_flash", "nvs", tmp_path / "nvs.bin"))
    text = ok(chip(sim, "read_flash", "nvs", tmp_path / "backup.bin"))
    assert ("Reading through the ESP32 ROM" in text) == (mode == ["--no-stub"])
    assert read(tmp_path / "backup.bin") == nvs + b"\xff" * 0x1000     # the whole 0x4000

    (tmp_path / "ota.bin").write_bytes(b"\x00" * 0x2000)
    ok(chip(sim, "write_flash", "otadata", tmp_path / "ota.bin"))
    ok(chip(sim, "erase_region", "otadata"))
    flash = sim.flash()
    assert flash[0xD000:0xF000] == b"\xff" * 0x2000
    assert flash[0x9000:0xC000] == nvs


def test_a_table_in_a_file_or_at_another_offset(esp32, tmp_path):
    sim = esp32
    ok(chip(sim, "write_flash", "0x10000", os.path.join(PARTS, "expected", "table_at_0x10000.bin")))
    (tmp_path / "app.bin").write_bytes(b"\xaa" * 0x1000)
    ok(chip(sim, "--partition-table-offset", "0x10000", "write_flash", "factory",
            tmp_path / "app.bin"))
    assert sim.flash()[0x20000:0x21000] == b"\xaa" * 0x1000
    ok(chip(sim, "--partition-table", os.path.join(PARTS, "good", "two_ota.csv"),
            "write_flash", "ota_1", tmp_path / "app.bin"))
    assert sim.flash()[0x210000:0x211000] == b"\xaa" * 0x1000


def test_a_file_larger_than_its_partition_is_refused_before_erasing(esp32_with_table, tmp_path):
    sim = esp32_with_table
    before = sim.flash()
    (tmp_path / "big.bin").write_bytes(b"\x11" * 0x2001)
    assert_one_fatal_line(chip(sim, "write_flash", "otadata", tmp_path / "big.bin"),
                          "does not fit partition otadata")
    assert sim.flash() == before


def test_an_unknown_name_lists_the_known_ones(esp32_with_table, tmp_path):
    (tmp_path / "x.bin").write_bytes(b"x")
    assert_one_fatal_line(chip(esp32_with_table, "write_flash", "nvram", tmp_path / "x.bin"),
                          "no partition named 'nvram'; the table has: "
                          "nvs, otadata, phy_init, factory, ota_0, ota_1")


def test_names_from_a_table_file_are_checked_before_connecting(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"x")
    result = run_tool("esptool", "--port", "socket://127.0.0.1:9", "--partition-table",
                      os.path.join(PARTS, "good", "singleapp.csv"), "erase_region", "ota_0")
    assert_one_fatal_line(result, "no partition named 'ota_0'")
    text = result.stdout
    assert "Connecting" not in text


def test_no_table_on_the_chip_says_so(esp32):
    assert_one_fatal_line(chip(esp32, "erase_region", "nvs"), "no partition table at 0x8000")


def test_a_number_still_needs_a_size(tmp_path):
    assert_one_fatal_line(run_tool("esptool", "--port", "socket://127.0.0.1:9", "read_flash",
                                   "0x1000", tmp_path / "x"), "read_flash needs a size")


# --- round trips through the Python API ---------------------------------------

rows = st.lists(st.tuples(st.sampled_from([0x00, 0x01, 0x40]), st.integers(0, 0xFE),
                          st.integers(1, 64), st.integers(0, 4), st.booleans()),
                min_size=1, max_size=20)


@settings(max_examples=80, deadline=None)
@given(rows)
def test_csv_binary_csv_round_trip(spec):
    partitions, offset = [], 0x9000
    for n, (ptype, subtype, sectors, gap, encrypted) in enumerate(spec):
        if (ptype, subtype) == (0x01, 0x00):
            subtype = 0x02                       # one otadata at most, of a fixed size
        align = 0x10000 if ptype == 0x00 else 0x1000
        offset = -(-(offset + gap * 0x1000) // align) * align
        size = sectors * 0x1000 + (0x400 if n % 3 == 1 else 0)
        flags = ["encrypted"] if encrypted else []
        name = "p%d_%x" % (n, subtype)
        partitions.append(partition_tables.Partition(name, ptype, subtype, offset, size, flags))
        offset += size
    table = partition_tables.PartitionTable(partitions)
    binary = table.to_binary()
    from_binary = partition_tables.parse_partition_table(binary, "t.bin")
    assert from_binary.to_binary() == binary
    csv = from_binary.to_csv()
    assert partition_tables.parse_partition_table(csv.encode(), "t.csv").to_binary() == binary
