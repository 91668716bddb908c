"""Faithful on the ESP32-C3 and ESP32-S3: with --no-stub we send the data-path
packets upstream 5.x --no-stub sends, for write, read, verify and erase.

Given two fresh simulated chips with the same flash, when upstream 5.x
--no-stub and we run the same command line, then the flash commands each chip
received (FLASH_*, FLASH_DEFL_*, SPI_FLASH_MD5, READ_FLASH_SLOW, in its espsim
trace) are the same, byte for byte. The connection before them differs by
design (docs/differences.md "ESP32-C3 and ESP32-S3"): 5.x reads more eFuses
and registers, we attach the flash for every command. The tests at the end
show the named data-path differences to be real. One case per chip runs by
default; the rest is marked `upstream_matrix`.
"""
import random
import subprocess

import pytest

from conftest import tool_argv
from oracle import upstream_cmd
from test_trace_compat import drop_erase_guards, drop_second_proof

CHIPS = ("esp32c3", "esp32s3")
CHIPS += ("esp32c6",)        # docs/chips.md §13: its cases all marked upstream_matrix
CHIPS += ("esp32s2",)
CHIPS += ("esp32h2",)        # docs/chips.md §16: likewise
CHIPS += ("esp32c2",)        # docs/chips.md §15: its cases all marked upstream_matrix
CHIPS += ("esp32p4", "esp32c5", "esp32c61")   # docs/chips.md §18-§20: likewise
# FLASH_BEGIN/DATA/END, READ_FLASH_SLOW, FLASH_DEFL_BEGIN/DATA/END, SPI_FLASH_MD5
DATA_PATH = {"02", "03", "04", "0e", "10", "11", "12", "13"}
FLASH = 1 << 20


def payload(size, seed=5):
    """Data that compresses (5.x sends uncompressed what would not shrink)."""
    noise = random.Random(seed).randbytes(size // 2)
    return (noise + bytes(size))[:size]


def run(espsim_server, tool, chip, args, workdir, flash):
    sim = espsim_server(chip, flash_size="1MB", flash=flash)
    argv = upstream_cmd("5") if tool == "upstream" else tool_argv("esptool")
    result = subprocess.run(argv + ["--port", sim.url, "--chip", chip, "--no-stub"] + args,
                            cwd=workdir, capture_output=True, text=True, timeout=300)
    sim.stop()
    commands = [f for f in sim.host_frames() if f.startswith("00") and len(f) >= 16]
    return result, commands


def data_path(commands):
    return [f for f in commands if f[2:4] in DATA_PATH]


def compare(espsim_server, tmp_path, chip, args, flash=b"", files=()):
    for name, data in files:
        (tmp_path / name).write_bytes(data)
    flash = flash or b"\xff" * FLASH
    theirs, their_frames = run(espsim_server, "upstream", chip, args, str(tmp_path), flash)
    ours, our_frames = run(espsim_server, "ours", chip, args, str(tmp_path), flash)
    assert "Traceback" not in ours.stdout + ours.stderr, ours.stdout + ours.stderr
    return theirs, ours, their_frames, our_frames


def assert_same_data_path(espsim_server, tmp_path, chip, args, **kwargs):
    theirs, ours, their_frames, our_frames = compare(espsim_server, tmp_path, chip, args,
                                                     **kwargs)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    assert ours.returncode == 0, ours.stdout + ours.stderr
    assert data_path(their_frames), "upstream sent no flash commands"
    # Ours also confirms a ROM-mode MD5 by its halves and guards the sector after a
    # ROM write (docs/protocol.md §11.9); upstream asks each once.
    assert data_path(drop_second_proof(drop_erase_guards(our_frames))) == data_path(their_frames)
    # Both identified the chip by GET_SECURITY_INFO (docs/chips.md §2.2).
    first = [[f[2:4] for f in frames if f[2:4] != "08"][:1]
             for frames in (our_frames, their_frames)]
    assert first == [["14"], ["14"]]


IMAGE = payload(0x6000, 1)
CASES = [
    (["write_flash", "-u", "0x10000", "app.bin"], [("app.bin", IMAGE)], b""),
    (["write_flash", "-z", "0x10000", "app.bin"], [("app.bin", IMAGE)], b""),
    (["write_flash", "-z", "0x20000", "a.bin", "0x40000", "b.bin"],
     [("a.bin", payload(3000, 2)), ("b.bin", payload(70000, 3))], b""),
    (["-b", "921600", "write_flash", "-u", "0x8000", "app.bin"], [("app.bin", IMAGE)], b""),
    (["verify_flash", "0x10000", "app.bin"], [("app.bin", IMAGE)],
     b"\xff" * 0x10000 + IMAGE + b"\xff" * (FLASH - 0x10000 - len(IMAGE))),
    # 5.x erases a region in ROM mode as we do: one FLASH_BEGIN over it, nothing after.
    (["erase_region", "0x10000", "0x2000"], [], payload(FLASH, 8)),
]
DEFAULT = {("esp32c3", 1), ("esp32s3", 4)}
DEFAULT.add(("esp32s2", 5))


def params():
    for chip in CHIPS:
        for index, (args, files, flash) in enumerate(CASES):
            marks = () if (chip, index) in DEFAULT else (pytest.mark.upstream_matrix,)
            yield pytest.param(chip, args, files, flash, marks=marks,
                               id="%s-%s" % (chip, "-".join(a for a in args if "." not in a)))


@pytest.mark.parametrize("chip,args,files,flash", list(params()))
def test_same_data_path_as_upstream_5x(espsim_server, tmp_path, chip, args, files, flash):
    assert_same_data_path(espsim_server, tmp_path, chip, args, files=files, flash=flash)


# --- the deliberate data-path differences (docs/differences.md), shown to be real ---

@pytest.mark.upstream_matrix
@pytest.mark.parametrize("chip", CHIPS)
def test_difference_read_flash_is_confirmed_by_md5(espsim_server, tmp_path, chip):
    flash = payload(FLASH, 7)
    theirs, ours, their_frames, our_frames = compare(
        espsim_server, tmp_path, chip, ["read_flash", "0x1000", "0x400", "out.bin"],
        flash=flash)
    assert theirs.returncode == 0 and ours.returncode == 0, ours.stdout
    assert data_path(our_frames)[:-1] == data_path(their_frames)      # the same 64-byte reads
    assert data_path(our_frames)[-1][2:4] == "13"                     # then SPI_FLASH_MD5
    assert (tmp_path / "out.bin").read_bytes() == flash[0x1000:0x1400]


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("chip", CHIPS)
def test_difference_rom_mode_erases_the_chip_where_upstream_refuses(espsim_server, tmp_path,
                                                                   chip):
    flash = payload(FLASH, 8)
    theirs, ours, _, our_frames = compare(espsim_server, tmp_path, chip, ["erase_flash"],
                                          flash=flash)
    assert theirs.returncode != 0
    assert ours.returncode == 0, ours.stdout
    # FLASH_BEGIN(the whole 1 MiB from 0, not encrypted) erases; no data follows.
    begin = [f for f in data_path(our_frames) if f[2:4] == "02"]
    assert begin == ["0002140000000000" "00001000" "00040000" "00040000" "00000000" "00000000"]


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("chip", CHIPS)
def test_difference_rom_write_compresses_by_default(espsim_server, tmp_path, chip):
    theirs, ours, their_frames, our_frames = compare(
        espsim_server, tmp_path, chip, ["write_flash", "0x10000", "app.bin"],
        files=[("app.bin", IMAGE)])
    assert theirs.returncode == 0 and ours.returncode == 0, ours.stdout
    assert "02" in [f[2:4] for f in data_path(their_frames)]    # 5.x: FLASH_BEGIN
    assert "10" in [f[2:4] for f in data_path(our_frames)]      # ours: FLASH_DEFL_BEGIN
    assert "Hash of data verified." in ours.stdout
