# GPLv2, see LICENSE.
"""Hints and warnings beyond v2.3's, for errors and options of esptool's core: why a
chip did not sync, from its boot log (modern upstream's, docs/protocol.md §6.7), and a
--flash_size larger than the flash. The core asks through its boot_log_hint and
flash_size_warning seams; esptool.py alone says neither.
"""
import re

from esptool import DETECTED_FLASH_SIZES, flash_size_bytes


def diagnose_boot_log(log):
    """docs/protocol.md §6.7: what the ROM printed after reset says why sync failed, if it printed."""
    match = re.search(rb"boot:(0x[0-9a-fA-F]+)(.*waiting for download)?", log, re.DOTALL)
    if not match:
        return None
    if match.group(2):
        return ("the chip printed that it is waiting for download, but its replies do "
                "not reach this computer: check the chip's TX line")
    return ("the chip booted in mode %s, not in download mode: hold GPIO0 low during "
            "reset (and GPIO2 low or floating)" % match.group(1).decode())


def warn_if_larger_than_the_chip(esp, name):
    """-fs NAME beyond what the flash chip reports makes a bootloader that maps
    flash which is not there. Sizes every chip of this kind has need no question."""
    if flash_size_bytes(name) <= min(flash_size_bytes(n) for n in esp.FLASH_SIZES):
        return
    capacity = (esp.flash_id() >> 16) & 0xFF
    detected = DETECTED_FLASH_SIZES.get(capacity)
    if detected is not None and flash_size_bytes(name) > flash_size_bytes(detected):
        esp.reporter.warning("WARNING: --flash_size %s is larger than the %s flash this chip "
                             "reports; the image's header will claim flash that is not there"
                             % (name, detected))
