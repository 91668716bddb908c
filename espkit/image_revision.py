# GPLv2, see LICENSE.
"""write_flash: an image the connected chip cannot run is refused before anything is
written, as upstream 5.6 does it (docs/chips.md §22): the extended header's chip ID
and chip revision range against the chip's revision. At the chip's bootloader offset
that is a fatal line (--force writes it anyway); elsewhere a note.
"""
import struct

from esptool import FatalError, flash_files

NO_LIMIT = 0xFFFF           # max_rev_full as ESP-IDF writes it by default


def refuse_images_the_chip_cannot_run(args, esp=None):
    """An address resolver's place in the core (after connecting, before the command):
    only write_flash, only on chips that read their revision (the ESP-ROM chips)."""
    command = getattr(args, "command", None)
    if esp is None or getattr(command, "name", None) != "write_flash":
        return
    if not hasattr(esp, "chip_revision") or getattr(args, "force", False):
        return
    for address, name, data in flash_files(args.addr_filename):
        problem = incompatibility(esp, data, name)
        if problem is None:
            continue
        if address == esp.BOOTLOADER_FLASH_OFFSET:
            raise FatalError(problem, hint="--force writes it anyway")
        esp.reporter.message("Note: %s" % problem)


def extended_header(esp, data):
    """The image's extended header, or None if `data` is not an image of this chip's kind."""
    try:
        return type(esp).read_image(data).extended
    except (FatalError, struct.error, ValueError, IndexError):
        return None


def incompatibility(esp, data, name):
    """Why the chip cannot run the image `data`, or None (not an image, or it can)."""
    extended = extended_header(esp, data)
    if extended is None:
        return None
    if extended.chip_id != esp.IMAGE_CHIP_ID:
        return "'%s' is not an %s image" % (name, esp.CHIP_NAME)
    major, minor = esp.chip_revision()
    if uses_full_revisions(extended):
        low, high = extended.min_chip_rev_full, extended.max_chip_rev_full
        full = major * 100 + minor
        if low <= full <= high:
            return None
        return "'%s' needs chip revision %s (this chip is revision %s)" % (
            name, revision_range(low, high), version(full))
    # the legacy byte: the C3's minor revision, every other chip's major (ESP-IDF's Kconfig)
    found = minor if esp.CHIP_NAME == "ESP32-C3" else major
    if found >= extended.min_chip_rev:
        return None
    return "'%s' needs chip revision %d or higher (this chip is revision %d)" % (
        name, extended.min_chip_rev, found)


def uses_full_revisions(extended):
    """Which fields limit the image, as 5.6 decides: max 0 means an image without the
    full fields; the default max with no full minimum but a legacy one means the legacy."""
    if extended.max_chip_rev_full == 0:
        return False
    if extended.max_chip_rev_full == NO_LIMIT:
        return not (extended.min_chip_rev_full == 0 and extended.min_chip_rev != 0)
    return True


def revision_range(low, high):
    if high == NO_LIMIT:
        return "%s or higher" % version(low)
    if low == 0:
        return "%s or lower" % version(high)
    return "in range %s - %s" % (version(low), version(high))


def version(full):
    return "v%d.%d" % divmod(full, 100)
