"""elf2image and image_info for the ESP32-C3 and ESP32-S3: images as upstream 5.x writes them.

v2.3.1 never knew these chips, so the reference is upstream 5.6.0: the bulk of
this file replays test/data/images/expected_5x.json (recorded once by
test/data/images/make_expected_5x.py from the ELFs test/elf/build.py makes)
and wants the same bytes for every ELF and option combination. The stories
below check the rules of docs/chips.md §7 one at a time.
"""
import hashlib
import json
import os
import shutil
import struct
import sys

import pytest

from conftest import FATAL, ROOT, assert_one_fatal_line, fatal_lines, ok, run_main

sys.path.insert(0, ROOT)
import esptool  # noqa: E402

ELF_DIR = os.path.join(ROOT, "test", "elf")
with open(os.path.join(ROOT, "test", "data", "images", "expected_5x.json")) as f:
    CASES = json.load(f)["cases"]


def elf2image(tmp_path, chip, elf, *options):
    """Run elf2image on a copy of test/elf/<elf> -> (status, lines, {file: bytes});
    the lines are stdout's, then stderr's (where a fatal line is, never on stdout)."""
    shutil.copy(os.path.join(ELF_DIR, elf), str(tmp_path))
    before = set(os.listdir(str(tmp_path)))
    result = run_main("esptool", "--chip", chip, "elf2image", *options,
                      os.path.join(str(tmp_path), elf))
    written = {}
    for name in set(os.listdir(str(tmp_path))) - before:
        with open(os.path.join(str(tmp_path), name), "rb") as f:
            written[name] = f.read()
    assert not fatal_lines(result.stdout), result.stdout
    return result.returncode, result.stdout.splitlines() + result.stderr.splitlines(), written


CASES_BY_ID = {case["id"]: case for case in CASES}


def check_padded_without_digest(case, status, written, tmp_path):
    # docs/differences.md: 5.x pads from offset 2 when no digest follows (its
    # file position is still at the segment count it patched), so all but the
    # first two bytes of its image are 0xFF. We pad after the image.
    chip = case["argv"][1]
    assert status == 0
    (name, data), = written.items()
    unpadded = CASES_BY_ID[chip + "-app-no-digest"]["outputs"][chip + "_app.bin"]
    length = esptool.esp32_image_length(data)
    assert len(data) == 0x100000
    assert hashlib.sha256(data[:length]).hexdigest() == unpadded
    assert data[length:] == b"\xff" * (len(data) - length)


DELIBERATE = {
    "esp32c3-app-pad-to-1MB-no-digest": check_padded_without_digest,
    "esp32s3-app-pad-to-1MB-no-digest": check_padded_without_digest,
    "esp32s2-app-pad-to-1MB-no-digest": check_padded_without_digest,
}
DELIBERATE["esp32c6-app-pad-to-1MB-no-digest"] = check_padded_without_digest
DELIBERATE["esp32h2-app-pad-to-1MB-no-digest"] = check_padded_without_digest
DELIBERATE["esp32c2-app-pad-to-1MB-no-digest"] = check_padded_without_digest
DELIBERATE.update({chip + "-app-pad-to-1MB-no-digest": check_padded_without_digest
                   for chip in ("esp32p4", "esp32c5", "esp32c61")})


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_same_image_as_upstream_5x(case, tmp_path):
    shutil.copy(os.path.join(ELF_DIR, case["elf"]), str(tmp_path))
    argv = [a.replace("{dir}", str(tmp_path)) for a in case["argv"]]
    result = run_main("esptool", *argv)
    status, lines = result.returncode, result.stdout.splitlines()
    written = {}
    for name in os.listdir(str(tmp_path)):
        if name != case["elf"]:
            with open(os.path.join(str(tmp_path), name), "rb") as f:
                written[name] = f.read()
    if case["id"] in DELIBERATE:
        return DELIBERATE[case["id"]](case, status, written, tmp_path)
    written = {name: hashlib.sha256(data).hexdigest() for name, data in written.items()}
    if case["returncode"] == 0:
        assert status == 0, lines
        assert written == case["outputs"]
    else:
        fatal = assert_one_fatal_line(result)
        assert fatal in result.stderr.splitlines()[-2:], result.stderr
        assert not written


def test_the_recording_covers_ten_combinations_per_chip():
    for chip in ("esp32c3", "esp32s3", "esp32s2"):
        written = [c for c in CASES if c["argv"][1] == chip and c["returncode"] == 0]
        assert len(written) >= 10, chip


# --- The rules, one story each (docs/chips.md §7) -----------------------------

@pytest.mark.parametrize("chip, chip_id", [("esp32c3", 5), ("esp32s3", 9), ("esp32s2", 2)])
def test_extended_header_names_the_chip_and_any_revision(chip, chip_id, tmp_path):
    status, _, written = elf2image(tmp_path, chip, chip + "_worked_shape.elf")
    assert status == 0
    (data,) = written.values()
    wp, _d0, _d1, _d2, got_id, min_rev, min_full, max_full = struct.unpack_from("<BBBBHBHH",
                                                                               data, 8)
    assert (wp, got_id, min_rev, min_full, max_full) == (0xEE, chip_id, 0, 0, 0xFFFF)
    assert data[23] == 1        # SHA-256 appended
    assert hashlib.sha256(data[:-32]).digest() == data[-32:]


def test_adjacent_sections_merge_only_within_one_memory_region(tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c3", "esp32c3_merge_shape.elf")
    assert status == 0
    image = esptool.read_esp32_image(next(iter(written.values())), chip="esp32c3")
    loaded = sorted((s.addr, len(s.data)) for s in image.segments if s.addr)
    # vectors + text merged; the late IRAM section after a gap is not; .data
    # and the INIT_ARRAY after it merged; the two sides of 0x3FC88000 (DRAM
    # alone, then DRAM and byte-accessible) stay apart.
    assert (0x40380000, 0x208) in loaded
    assert (0x40380400, 0x20) in loaded
    assert (0x3FC80000, 0x38) in loaded
    assert (0x3FC87FF0, 0x10) in loaded and (0x3FC88000, 0x20) in loaded
    assert "Merged 3 ELF sections." in lines


def test_app_description_gets_the_elf_sha256(tmp_path):
    status, _, written = elf2image(tmp_path, "esp32c3", "esp32c3_app.elf")
    assert status == 0
    (data,) = written.values()
    with open(os.path.join(ELF_DIR, "esp32c3_app.elf"), "rb") as f:
        assert data[0xB0:0xD0] == hashlib.sha256(f.read()).digest()


def test_image_info_reads_the_chip_from_the_header(tmp_path):
    status, _, written = elf2image(tmp_path, "esp32s3", "esp32s3_app.elf")
    path = tmp_path / "image.bin"
    path.write_bytes(next(iter(written.values())))
    info = run_main("esptool", "image_info", path)
    assert info.returncode == 0
    lines = info.stdout.splitlines()
    hash_line = next(line for line in lines if line.startswith("Validation Hash: "))
    assert "Checksum: " in "\n".join(lines) and "(valid)" in hash_line
    assert "Chip ID: 9 (ESP32-S3)" in lines
    assert lines[-1].startswith("Image type: ESP32-S3")
    lines = run_main("esptool", "--chip", "esp32c3", "image_info", path).stdout.splitlines()
    assert "Chip ID: 9 (ESP32-S3; not an ESP32-C3 image)" in lines


@pytest.mark.parametrize("option", [["--min-rev-full", "3"], ["--dont-append-digest"],
                                    ["--ram-only-header"], ["--pad-to-size", "1MB"]])
def test_5x_options_are_refused_for_the_v2_3_1_chips(option, tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32", "esp32_worked_shape.elf", *option)
    assert_one_fatal_line((status, lines))
    assert lines[-1].startswith(FATAL + option[0])
    assert not written


def test_serial_commands_on_the_new_chips_go_to_the_port():
    # Phase 1 refused them before opening the port; now they are supported
    # (test_chips_cli.py), so a missing port is what the user hears about.
    assert_one_fatal_line(run_main("esptool", "--chip", "esp32c3", "--port",
                                   "/dev/does-not-exist", "read_mac"), "could not open port")


# --- The ESP32-C6 (docs/chips.md §13.4) -------------------------------------------

def test_esp32c6_takes_its_mmu_page_from_where_the_app_description_sits(tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c6", "esp32c6_desc8k_shape.elf")
    assert status == 0
    assert "MMU page size not specified, set to 8 KB" in lines
    image = esptool.read_esp32_image(next(iter(written.values())), chip="esp32c6")
    for segment in image.segments:
        if 0x42000000 <= segment.addr < 0x43000000:       # flash: at its offset mod 8 KB
            assert (segment.file_offs + 8) % 0x2000 == segment.addr % 0x2000
    lines = run_main("esptool", "image_info", tmp_path / "esp32c6_desc8k_shape.bin").stdout
    assert "Chip ID: 13 (ESP32-C6)" in lines.splitlines()


def test_esp32c6_refuses_a_page_it_does_not_have(tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c6", "esp32c6_desc4k_shape.elf")
    assert_one_fatal_line((status, lines), "4096 bytes is not a valid ESP32-C6 page size, "
                                           "select from 8KB, 16KB, 32KB, 64KB.")
    assert not written


@pytest.mark.parametrize("freq, code", [("80m", 0x0), ("40m", 0x0), ("20m", 0x2)])
def test_esp32c6_flash_frequency_codes_are_its_own(freq, code, tmp_path):
    status, _, written = elf2image(tmp_path, "esp32c6", "esp32c6_worked_shape.elf", "-ff", freq)
    assert status == 0
    assert next(iter(written.values()))[3] & 0x0F == code


def test_image_info_names_the_esp32s2_by_its_chip_id(tmp_path):
    # The S2's bootloader sits at 0x1000 as the ESP32's; its extended header
    # names chip 2, which image_info reads back with --chip auto.
    status, _, written = elf2image(tmp_path, "esp32s2", "esp32s2_app.elf")
    assert status == 0
    path = tmp_path / "image.bin"
    path.write_bytes(next(iter(written.values())))
    lines = ok(run_main("esptool", "image_info", path)).splitlines()
    assert "Chip ID: 2 (ESP32-S2)" in lines
    assert lines[-1].startswith("Image type: ESP32-S2")
# --- The ESP32-C2 (docs/chips.md §15.4) -------------------------------------------

def test_esp32c2_takes_a_16kb_page_from_where_the_app_description_sits(tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c2", "esp32c2_desc16k_shape.elf")
    assert status == 0
    assert "MMU page size not specified, set to 16 KB" in lines
    image = esptool.read_esp32_image(next(iter(written.values())), chip="esp32c2")
    for segment in image.segments:
        if 0x42000000 <= segment.addr < 0x42400000 or 0x3C000000 <= segment.addr < 0x3C400000:
            assert (segment.file_offs + 8) % 0x4000 == segment.addr % 0x4000
    lines = run_main("esptool", "image_info", tmp_path / "esp32c2_desc16k_shape.bin").stdout
    assert "Chip ID: 12 (ESP32-C2)" in lines.splitlines()


def test_esp32c2_refuses_the_8kb_page_it_does_not_have(tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c2", "esp32c2_app.elf",
                                       "--flash-mmu-page-size", "8KB")
    assert_one_fatal_line((status, lines), "8192 bytes is not a valid ESP32-C2 page size, "
                                           "select from 16KB, 32KB, 64KB.")
    assert not written


@pytest.mark.parametrize("freq, code", [("60m", 0xF), ("30m", 0x0), ("20m", 0x1), ("15m", 0x2)])
def test_esp32c2_flash_frequency_codes_are_its_own(freq, code, tmp_path):
    status, _, written = elf2image(tmp_path, "esp32c2", "esp32c2_worked_shape.elf", "-ff", freq)
    assert status == 0
    assert next(iter(written.values()))[3] & 0x0F == code


@pytest.mark.parametrize("freq", ["80m", "40m", "26m"])
def test_esp32c2_refuses_frequencies_it_does_not_have(freq, tmp_path):
    status, lines, written = elf2image(tmp_path, "esp32c2", "esp32c2_worked_shape.elf", "-ff", freq)
    assert_one_fatal_line((status, lines), "flash frequency %s is not supported by ESP32-C2; "
                                           "choose one of 60m, 30m, 20m, 15m" % freq)
    assert not written


def test_esp32c2_without_ff_writes_code_0_the_roms_30mhz(tmp_path):
    status, _, written = elf2image(tmp_path, "esp32c2", "esp32c2_worked_shape.elf")
    assert status == 0 and next(iter(written.values()))[3] & 0x0F == 0x0
