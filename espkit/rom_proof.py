# GPLv2, see LICENSE.
"""The last proof of a write or a verify where the chip checks no request (a ROM loader,
docs/protocol.md §11.9).

A ROM's SPI_FLASH_MD5 request carries no check and its reply does not say what it
hashed: one flipped address bit makes it hash another range, and where that range
holds the data (an ota_0 beside its factory app), the proof passes on the wrong
region. So a match is asked again, as the MD5s of the two halves: different
requests, each of which must match too. One damaged request can fool one of the
two proofs, never both. esptool's engine asks through its confirm_digest seam.
"""
import hashlib


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
