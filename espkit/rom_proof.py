# GPLv2, see LICENSE.
"""The last proof of a write or a verify where the chip checks no request (a ROM loader,
docs/protocol.md §11.9).

A ROM's SPI_FLASH_MD5 request carries no check and its reply does not say what it
hashed: one flipped address bit makes it hash another range, and where that range
holds the data (an ota_0 beside its factory app), the proof passes on the wrong
region. So a match is asked again, as the MD5s of the two halves: different
requests, each of which must match too. One damaged request can fool one of the
two proofs, never both. esptool's engine asks through its confirm_digest seam.

A flipped bit in a ROM's FLASH_BEGIN acts before anything can check it: the ROM
erases and writes where the damaged offset says. When the write's proof then fails,
misplaced_write() looks for the data where one flipped offset bit would have put it
and names the range the ROM erased and wrote (the misplaced_write seam).
"""
import hashlib

from esptool import FatalError, Op

SECTOR = 0x1000
LARGEST_FLASH = 16 << 20      # 24-bit flash addresses: where a flipped offset can land


def confirm_digest(esp, region):
    """The chip's MD5 of `region` matched: -> that MD5 if both halves match as well,
    else a text that names the half that does not (a damaged request, or a changed flash)."""
    data = region.data
    half = max(1, len(data) // 2)
    for start, end in ((0, half), (half, len(data))):
        if start == end:
            continue
        address = region.address + start
        got = esp.flash_digest(address, end - start)
        if got != hashlib.md5(data[start:end]).hexdigest():
            return "%s of 0x%x-0x%x, which the second proof found different" % (
                got, address, region.address + end - 1)
    return region.md5


def misplaced_write(esp, region):
    """After a ROM write whose proof failed: "" for a loader that checks its requests,
    else a sentence naming where the data was found instead (the sectors the ROM may
    have erased and written there; a copy that was there before is named too), or
    saying that it may have gone elsewhere."""
    if getattr(esp, "checked", False):
        return ""
    size = len(region.data)
    probe = min(size, 64 if Op.SPI_FLASH_MD5 in esp.ROM_LACKS else SECTOR)
    expected = hashlib.md5(region.data[:probe]).hexdigest()
    found = []
    for bit in range(24):
        address = region.address ^ (1 << bit)
        if address + size > LARGEST_FLASH:
            continue
        try:
            if esp.flash_digest(address, probe) == expected:
                found.append(address)
        except FatalError:
            continue                  # beyond this chip's flash, or the line failed again
    if not found:
        return ("; the ROM may have erased and written elsewhere than 0x%x-0x%x (its "
                "FLASH_BEGIN carries no check)" % (region.address, region.address + size - 1))
    ranges = ", ".join("0x%x-0x%x" % (a - a % SECTOR, -(-(a + size) // SECTOR) * SECTOR - 1)
                       for a in found)
    return ("; the data is at %s instead: a damaged FLASH_BEGIN made the ROM erase and write "
            "%s" % (", ".join("0x%x" % a for a in found), ranges))
