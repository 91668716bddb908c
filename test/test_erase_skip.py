"""Erase only what needs it (issue 24 point 2, docs/protocol.md §13.3).

Given a simulated chip whose flash is partly blank, when the user writes or
erases a region through our stub, then the stub erases no sector that is
already blank and programs no page of 0xFF, and the flash ends up exactly as
before this change: the data, 0xFF elsewhere in the region's sectors. espsim's
own stub model (which runs stubs other than ours, the v2.3.1 ones aside) does
the same as our C stub.
"""
import random

import pytest

from conftest import ok, run_tool

SECTOR, BLOCK, PAGE = 0x1000, 0x10000, 0x100
ADDRESS = 0x20000
SIZE = 0x30000          # three 64 KiB blocks


def counting(chip):
    """Record the flash operations of a served chip: [(what, address, length)]."""
    flash, seen = chip.device.flash, []
    for name in ("erase_sector", "erase_block", "erase_chip", "program"):
        original = getattr(flash, name)

        def record(*args, _name=name, _original=original):
            address = args[0] if args else 0
            length = len(args[1]) if _name == "program" else 0
            seen.append((_name, address, length))
            return _original(*args)
        setattr(flash, name, record)
    return seen


def image_with_a_blank_page(seed=1):
    data = bytearray(random.Random(seed).randbytes(SIZE))
    data[0x1200:0x1300] = b"\xff" * PAGE          # one whole page of 0xFF
    return bytes(data)


def chip(espsim_server, impl, flash=None):
    sim = espsim_server("esp32", flash_size="1MB", stub_impl=impl, trace=False, flash=flash)
    return sim, counting(sim)


def esptool(sim, *args):
    return run_tool("esptool", "--port", sim.url, *args, timeout=180)


def write(sim, tmp_path, data, *options):
    path = tmp_path / "image.bin"
    path.write_bytes(data)
    return esptool(sim, "write_flash", *options, "0x%x" % ADDRESS, path)


def in_region(ops, what):
    return [(a, n) for op, a, n in ops if op == what and ADDRESS <= a < ADDRESS + SIZE]


IMPLS = ["cstub", "generic"]


@pytest.mark.parametrize("impl", IMPLS)
def test_a_blank_chip_is_not_erased_and_0xff_pages_are_not_programmed(espsim_server,
                                                                         tmp_path, impl):
    sim, ops = chip(espsim_server, impl)
    data = image_with_a_blank_page()
    out = ok(write(sim, tmp_path, data, "-z"))
    assert "Hash of data verified." in out
    assert sim.flash()[ADDRESS:ADDRESS + SIZE] == data
    assert in_region(ops, "erase_sector") == [] and in_region(ops, "erase_block") == []
    blank_page = ADDRESS + 0x1200
    programmed = in_region(ops, "program")
    assert programmed
    assert not [(a, n) for a, n in programmed if a < blank_page + PAGE and a + n > blank_page]


@pytest.mark.parametrize("impl", IMPLS)
def test_only_sectors_holding_data_are_erased(espsim_server, tmp_path, impl):
    old = bytearray(b"\xff" * (1 << 20))
    for sector in (3, 20):                   # two sectors of data in a blank region
        at = ADDRESS + sector * SECTOR
        old[at:at + 16] = b"\x00" * 16
    # A third block full of data: more than a few sectors to erase, so one block erase.
    old[ADDRESS + 2 * BLOCK:ADDRESS + 3 * BLOCK] = random.Random(2).randbytes(BLOCK)
    sim, ops = chip(espsim_server, impl, flash=bytes(old))
    data = image_with_a_blank_page(seed=3)
    ok(write(sim, tmp_path, data, "-u", "--force"))
    assert sim.flash()[ADDRESS:ADDRESS + SIZE] == data
    assert in_region(ops, "erase_sector") == [(ADDRESS + 3 * SECTOR, 0),
                                              (ADDRESS + 20 * SECTOR, 0)]
    assert in_region(ops, "erase_block") == [(ADDRESS + 2 * BLOCK, 0)]


@pytest.mark.parametrize("impl", IMPLS)
def test_erase_region_skips_blank_sectors(espsim_server, impl):
    old = bytearray(b"\xff" * (1 << 20))
    old[ADDRESS + 5 * SECTOR] = 0x12
    sim, ops = chip(espsim_server, impl, flash=bytes(old))
    ok(esptool(sim, "erase_region", "0x%x" % ADDRESS, "0x%x" % SIZE))
    assert sim.flash()[ADDRESS:ADDRESS + SIZE] == b"\xff" * SIZE
    assert in_region(ops, "erase_sector") == [(ADDRESS + 5 * SECTOR, 0)]
    assert in_region(ops, "erase_block") == []
