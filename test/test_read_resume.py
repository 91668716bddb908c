"""read_flash over a bad link (issue 24 point 3, docs/protocol.md §12.4).

Given a simulated chip whose replies lose or damage a byte mid-read, when the user
reads flash through our stub, then the read goes on from where it stopped (or
reads again the sectors that arrived damaged) and the file holds exactly the
flash; when the faults never stop, the command fails in one line and writes no file.
"""
import random

import pytest

from conftest import assert_one_fatal_line, ok, run_tool

FLASH = random.Random(7).randbytes(1 << 20)
ADDRESS, SIZE = 0x10000, 0x80000            # 512 KiB: chip-to-host bytes ~2 KB to ~530 KB


def read(espsim_server, tmp_path, **faults):
    chip = espsim_server("esp32", in_process=True, flash_size="1MB", flash=FLASH, **faults)
    out = tmp_path / "read.bin"
    result = run_tool("esptool", "--port", chip.url, "read_flash", "0x%x" % ADDRESS,
                      "0x%x" % SIZE, out, timeout=300)
    return result, out


@pytest.mark.parametrize("at", [100000, 400000])
def test_a_dropped_byte_resumes_the_read(espsim_server, tmp_path, at):
    result, out = read(espsim_server, tmp_path, reply_drop_at=at)
    assert "resuming at 0x" in ok(result)
    assert out.read_bytes() == FLASH[ADDRESS:ADDRESS + SIZE]


def test_a_damaged_byte_is_read_again(espsim_server, tmp_path):
    result, out = read(espsim_server, tmp_path, reply_corrupt_at=250000)
    assert "Reading 4096 bytes again that arrived damaged" in ok(result)
    assert out.read_bytes() == FLASH[ADDRESS:ADDRESS + SIZE]


def test_faults_spread_over_the_read(espsim_server, tmp_path):
    # About one fault per 100 KB each way: some dropped, some damaged.
    result, out = read(espsim_server, tmp_path, reply_drop_rate=5e-6, reply_corrupt_rate=5e-6,
                       seed=3)
    ok(result)
    assert out.read_bytes() == FLASH[ADDRESS:ADDRESS + SIZE]


def test_a_link_that_stays_down_writes_no_file(espsim_server, tmp_path):
    # The chip goes silent mid-read (after 80 frames; the read's packets are 128).
    result, out = read(espsim_server, tmp_path, stop_replies_after=80)
    assert "resuming at 0x" in result.stdout
    assert_one_fatal_line(result, "read_flash gave up at 0x", "no file written")
    assert not out.exists()



def test_a_damaged_digest_reply_is_asked_again(espsim_server, tmp_path):
    # 2 MiB at about one fault per 100 KB each kind (seed 1): a packet loses a byte, some
    # arrive damaged, and the sector digests asked to find them are hit too.
    image = random.Random(1).randbytes(2 << 20)
    flash = bytearray(b"\xff" * (4 << 20))
    flash[ADDRESS:ADDRESS + len(image)] = image
    chip = espsim_server("esp32", in_process=True, flash=bytes(flash), reply_drop_rate=5e-6,
                         reply_corrupt_rate=5e-6, seed=1)
    out = tmp_path / "read.bin"
    result = run_tool("esptool", "--port", chip.url, "read_flash", "0x%x" % ADDRESS,
                      "0x%x" % len(image), out, timeout=300)
    assert "again that arrived damaged" in ok(result)
    assert out.read_bytes() == image
