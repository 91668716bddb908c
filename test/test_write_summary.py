"""write_flash's summary lines say what was written where (issue 23, item 6): a
reflash that skips sectors lists the runs it rewrote and claims no transfer rate
for bytes never sent; a region too small to compare says it is written whole;
'Compressed N bytes' names the file's size, not the sectors around it."""
import random
import re

import pytest

from conftest import ok, run_tool

SECTOR = 0x1000


@pytest.fixture
def chip(espsim_server):
    return espsim_server("esp32", in_process=True, flash_size="4MB")


def write_flash(chip, *args, stub=True):
    return ok(run_tool("esptool", "--port", chip.url, *([] if stub else ["--no-stub"]),
                       "write_flash", *args))


def wrote_line(out, address):
    return next(line for line in out.splitlines()
                if line.startswith("Wrote ") and " at 0x%08x " % address in line)


@pytest.mark.parametrize("stub", [True, False])
def test_a_one_sector_change_says_which_sector_was_rewritten(chip, tmp_path, stub):
    image = bytearray(random.Random(3).randbytes(1 << 20))
    (tmp_path / "app.bin").write_bytes(image)
    write_flash(chip, "0x10000", tmp_path / "app.bin", stub=stub)
    image[SECTOR + 5] ^= 1                              # the region's second sector
    (tmp_path / "app.bin").write_bytes(image)
    out = write_flash(chip, "0x10000", tmp_path / "app.bin", stub=stub)
    wrote = wrote_line(out, 0x10000)
    # v2.3's line, its size the region now in flash, and no rate for the 255 sectors not sent.
    assert wrote.startswith("Wrote 1048576 bytes (")
    assert "kbit/s" not in wrote
    rewritten = [line for line in out.splitlines() if line.startswith("Rewritten: ")]
    if stub:
        assert wrote.endswith("(255 of 256 sectors already in flash, skipped)...")
        assert rewritten == ["Rewritten: 0x00011000-0x00011fff (4096 bytes)"]
    else:       # the ROM finds the sector by halving ranges: it may rewrite a few more
        assert len(rewritten) == 1 and rewritten[0].startswith("Rewritten: 0x000")
        first, last = (int(x, 16) for x in re.findall(r"0x([0-9a-f]{8})", rewritten[0]))
        assert first <= 0x11000 and last >= 0x11fff
    assert chip.flash()[0x10000:0x10000 + len(image)] == image


def test_many_rewritten_runs_are_listed_up_to_eight(chip, tmp_path):
    image = bytearray(random.Random(4).randbytes(1 << 20))
    (tmp_path / "app.bin").write_bytes(image)
    write_flash(chip, "0x10000", tmp_path / "app.bin")
    for sector in range(0, 40, 4):                      # ten runs of one sector
        image[sector * SECTOR] ^= 0xFF
    (tmp_path / "app.bin").write_bytes(image)
    out = write_flash(chip, "0x10000", tmp_path / "app.bin")
    rewritten = [line for line in out.splitlines() if line.startswith("Rewritten: ")]
    assert rewritten[:2] == ["Rewritten: 0x00010000-0x00010fff (4096 bytes)",
                             "Rewritten: 0x00014000-0x00014fff (4096 bytes)"]
    assert rewritten[8:] == ["Rewritten: 2 more runs of sectors"]
    assert "(246 of 256 sectors already in flash, skipped)" in wrote_line(out, 0x10000)


def test_a_whole_write_keeps_v2_3s_line_with_its_rate(chip, tmp_path):
    (tmp_path / "app.bin").write_bytes(random.Random(5).randbytes(200000))
    out = write_flash(chip, "0x10000", tmp_path / "app.bin")
    assert re.match(r"Wrote 200000 bytes \(\d+ compressed\) at 0x00010000 in [\d.]+ seconds "
                    r"\(effective [\d.]+ kbit/s\) \(0 of 49 sectors already in flash, skipped\)"
                    r"\.\.\.$", wrote_line(out, 0x10000))
    assert "Rewritten: " not in out


def test_regions_under_128_kib_say_they_are_written_whole(chip, tmp_path):
    (tmp_path / "table.bin").write_bytes(b"\xaa\x50" + bytes(3070))
    (tmp_path / "app.bin").write_bytes(random.Random(6).randbytes(200000))
    out = write_flash(chip, "0x8000", tmp_path / "table.bin", "0x10000", tmp_path / "app.bin",
                      "0x300000", tmp_path / "table.bin")
    assert ("(0x00008000, 0x00300000: under 128 KiB, written whole without comparing sectors "
            "first)") in out.splitlines()


def test_compressed_names_the_files_size_not_its_sectors(chip, tmp_path):
    # Issue 23: a 131,280-byte file was announced as 'Compressed 135168 bytes' (33 sectors).
    (tmp_path / "app.bin").write_bytes(random.Random(7).randbytes(131280))
    out = write_flash(chip, "0x1000", tmp_path / "app.bin")
    assert re.search(r"^Compressed 131280 bytes to \d+\.\.\.$", out, re.M), out
    assert "135168" not in out
