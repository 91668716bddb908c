"""The ESP32-S2's eFuse reading, against upstream 5.6.0's own class.

Given the eFuse words of an ESP32-S2 (revision, embedded flash and PSRAM, BLK2
calibration), when our chip page and upstream 5.6.0's ESP32-S2 class read them,
then both name the same part, revision and features (docs/chips.md §14.2).
Upstream's class runs in its own interpreter with a register map in place of a
port; nothing here touches a serial line.
"""
import json
import subprocess

import pytest

from espkit.chips.esp32s2 import ESP32S2ROM
from oracle import upstream_python

EFUSE = 0x3F41A000
BLOCK1, BLOCK2 = EFUSE + 0x44, EFUSE + 0x5C


def words(major=0, minor=0, flash=0, psram=0, blk2=0):
    """eFuse words as the S2 keeps them (docs/chips.md §14.2)."""
    return {BLOCK1 + 12: (major & 3) << 18 | ((minor >> 3) & 1) << 20 | (flash & 0xF) << 21
            | (psram & 0xF) << 28,
            BLOCK1 + 16: (minor & 7) << 4,
            BLOCK2 + 16: (blk2 & 7) << 4}


CASES = [words(), words(1, 0), words(0, 9), words(1, 3, flash=1), words(flash=2, blk2=1),
         words(psram=1), words(flash=2, psram=1, blk2=2), words(flash=3, psram=3, blk2=5),
         words(2, 15, flash=1, psram=2)]

UPSTREAM = """
import json, sys
from esptool.targets.esp32s2 import ESP32S2ROM
out = []
for regs in json.load(sys.stdin):
    chip = ESP32S2ROM.__new__(ESP32S2ROM)
    regs = {int(k): v for k, v in regs.items()}
    chip.read_reg = lambda addr, regs=regs: regs.get(addr, 0)
    out.append([chip.get_chip_description(), chip.get_chip_features()])
print(json.dumps(out))
"""


def ours(regs):
    chip = ESP32S2ROM.__new__(ESP32S2ROM)
    chip.read_reg = lambda addr: regs.get(addr, 0)
    return [chip.get_chip_description(), chip.get_chip_features()]


def test_part_revision_and_features_as_upstream_reads_them(tmp_path):
    python = upstream_python("5")
    if python is None:
        pytest.skip("upstream esptool 5.6.0 is not available")
    result = subprocess.run([python, "-c", UPSTREAM], input=json.dumps(CASES), cwd=str(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [ours(regs) for regs in CASES]


def test_the_s2_is_told_apart_by_its_magic_word_alone():
    # Its ROM's GET_SECURITY_INFO names no chip (docs/chips.md §14.1).
    assert ESP32S2ROM.IMAGE_CHIP_ID_OF_ROM is None
    assert ESP32S2ROM.magic_values() == (0x000007C6,)
    assert ESP32S2ROM.BOOTLOADER_FLASH_OFFSET == 0x1000
