"""No false success on the tool side (issue 25, points 7-11 and the eFuse write registers):
'-' outputs carry only data, UF2 input is decoded as HEX is, addresses stop at the largest
flash, bad numbers and files get one fatal line before any port is opened, output files
keep their mode, and espefuse burns nothing when a write register does not hold what was
written to it.

Every story runs the tools as a user does (run_tool / run_main) and, where a chip is
needed, on espsim.
"""
import contextlib
import hashlib
import json
import os
import random
import stat
import struct

import pytest

from conftest import ROOT, assert_one_fatal_line, ok, run_main, run_tool

# A port that cannot be opened: a check that fails on it with its own message ran first.
NO_PORT = "/nonexistent/ttyUSB9"
APP_ELF = os.path.join(ROOT, "test", "elf", "esp32_app.elf")
PARTITION_CSV = os.path.join(ROOT, "test", "data", "partitions", "good", "singleapp.csv")
SPEC_KEY = bytes(range(32))


def write(path, data):
    path.write_bytes(data)
    return path


def app_bytes(size=5000, seed=1):
    return random.Random(seed).randbytes(size)


@contextlib.contextmanager
def umask(mask):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("mac", ["00:00:00:00:00:00", "01:00:5e:00:00:01"])
def test_burn_custom_mac_refuses_an_address_no_device_may_have(tmp_path, mac):
    fuses = tmp_path / "fuses.json"
    result = run_tool("espefuse", "--virt", "--file", fuses, "--do-not-confirm",
                      "burn_custom_mac", mac)
    assert_one_fatal_line(result, mac)
    assert not fuses.exists()      # nothing burned: the file is made by the first burn


# -- espefuse: the write registers are read back before the program command ----------------

def test_a_write_register_the_line_changed_burns_nothing(espsim_server):
    from espsim.efuse import corrupt_next_write
    sim = espsim_server("esp32", raw=True)
    before = [list(block) for block in sim.device.efuse.fuses]
    # The line turns the zero written to BLK1's first write register into 0x00100000,
    # as issue 25 saw it happen; the burn asked only for JTAG_DISABLE in BLK0.
    corrupt_next_write(sim.device.efuse, 1, 0, 0x00100000)

    result = run_tool("espefuse", "-p", sim.url, "--before", "no_reset", "--do-not-confirm",
                      "burn_efuse", "JTAG_DISABLE")

    assert_one_fatal_line(result, "BLK1 word 0", "0x00100000", "nothing was burned")
    assert "not programmed: JTAG_DISABLE" in result.stdout
    assert sim.device.efuse.fuses == before
    # The next run rewrites every register and burns what was asked, and only that.
    again = run_tool("espefuse", "-p", sim.url, "--before", "no_reset", "--do-not-confirm",
                     "burn_efuse", "JTAG_DISABLE")
    assert again.returncode == 0, again.stdout + again.stderr
    assert sim.device.efuse.fuses[1] == [0] * 8
    assert sim.device.efuse.fuses[0][6] == before[0][6] | 0x40
