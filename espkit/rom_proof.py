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
and names the range the ROM erased and wrote (the misplaced_write seam). A flipped
size makes it erase past the region, which the region's proof cannot see:
erase_guard() reads the flash right after the region before and after the write.
"""
import contextlib
import hashlib
import types

from esptool import ROM_ERRORS, FatalError, Op, pad_to_multiple

SECTOR = 0x1000
LARGEST_FLASH = 16 << 20      # 24-bit flash addresses: where a flipped offset can land
SCAN_SECTORS = 256            # how far an erase past a region is followed sector by sector
# What the ESP8266 ROM's attach asks for (docs/protocol.md §5.7): nothing, at 0x0.
ATTACH = types.SimpleNamespace(address=0, data=b"", end=0)


def confirm_digest(esp, region, written=False):
    """The chip's MD5 of `region` matched: -> that MD5 if both halves match as well,
    else a text that names the half that does not (a damaged request, or a changed flash).
    `written`: the proof of a write this command just made."""
    if written and Op.SPI_FLASH_MD5 in esp.ROM_LACKS:
        # Read back 64 bytes a request (the ESP8266 ROM), every byte compared with the data
        # just written. To pass on the wrong region takes two damaged requests: one that sent
        # the write elsewhere and one that read a copy of the data, the bound the halves give
        # a verify (docs/protocol.md §11.9). A second pass would double the read for nothing.
        return region.md5
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
    found = []
    pieces = pieces_not_in_place(esp, region)
    spread = ""
    if all(start != region.address for start, _ in pieces):
        # Its start is where it belongs: the offset was right, but a damaged block size
        # puts the blocks after the first one elsewhere (docs/protocol.md §11.9).
        spread = ("; its first bytes are in place, and a damaged block size may have put "
                  "the other blocks anywhere in 0x%x-0x%x" % (region.address,
                                             spread_end(esp, region.address, size) - 1))
    for start, length in pieces:
        expected = hashlib.md5(region.data[start - region.address:][:length]).hexdigest()
        for bit in range(24):
            address = start ^ (1 << bit)
            if address + length > LARGEST_FLASH:
                continue
            try:
                if esp.flash_digest(address, length) == expected:
                    if start == region.address and length < SECTOR:
                        found.append((address, address + size))
                    else:
                        found.append(extent(esp, region, start, address))
            except FatalError:
                continue              # beyond this chip's flash, or the line failed again
    if not found:
        return ("; the ROM may have erased and written elsewhere than 0x%x-0x%x (its "
                "FLASH_BEGIN carries no check)%s" % (region.address, region.address + size - 1,
                                                     spread))
    ranges = []
    for first, end in sorted((a - a % SECTOR, -(-e // SECTOR) * SECTOR) for a, e in found):
        if ranges and first <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], end)
        else:
            ranges.append([first, end])
    return ("; the data is at %s instead: a damaged FLASH_BEGIN made the ROM erase and write "
            "%s%s" % (", ".join("0x%x" % a for a in sorted({a for a, _ in found})),
                      ", ".join("0x%x-0x%x" % (a, e - 1) for a, e in ranges), spread))


def extent(esp, region, start, address):
    """The piece of the region at `start` was found at `address`: how far the misplaced
    copy reaches either way (a run of sectors is one FLASH_BEGIN) -> (first, end)."""
    def holds(offset):
        at = start + offset
        if not region.address <= at < region.end:
            return False
        length = min(SECTOR, region.end - at)
        data = region.data[at - region.address:][:length]
        try:
            return esp.flash_digest(address + offset, length) == hashlib.md5(data).hexdigest()
        except FatalError:
            return False
    before, after = 0, SECTOR
    while holds(before - SECTOR):
        before -= SECTOR
    while holds(after):
        after += SECTOR
    return address + before, address + min(after, region.end - start)


def pieces_not_in_place(esp, region):
    """(address, length) of the region's data to look for elsewhere: where the chip hashes
    flash, each 4 KiB piece the region does not hold (a fast reflash writes runs of
    sectors, each its own FLASH_BEGIN); else the first 64 bytes (read 64 a request), if
    they are not in place."""
    if Op.SPI_FLASH_MD5 in esp.ROM_LACKS:
        length = min(len(region.data), 64)
        try:
            if esp.flash_digest(region.address, length) == hashlib.md5(
                    region.data[:length]).hexdigest():
                return []
        except FatalError:
            pass
        return [(region.address, length)]
    pieces = []
    for start in range(region.address, region.end, SECTOR):
        length = min(SECTOR, region.end - start)
        data = region.data[start - region.address:][:length]
        try:
            if esp.flash_digest(start, length) != hashlib.md5(data).hexdigest():
                pieces.append((start, length))
        except FatalError:
            pieces.append((start, length))
    return pieces


@contextlib.contextmanager
def erase_guard(esp, region, action="attached it"):
    """Around a ROM write: the first bytes after the region (the first 64 on the ESP8266
    ROM, which reads them 64 a request; the sector's MD5 elsewhere), read before and
    after. A ROM erases whole sectors from the start a FLASH_BEGIN names, so an erase
    past the region changes them, unless they were erased already (then nothing lost).
    Around the ESP8266 ROM's attach (an empty region at 0x0): the first bytes of flash,
    which every erase a damaged size of that empty FLASH_BEGIN makes starts with; the
    engine passes no region for it (None), and what the ROM did with it (`action`: it
    "attached it", or "left the loader" for run and --after soft_reset)."""
    region = region or ATTACH
    start = pad_to_multiple(region.end, SECTOR)
    length = 64 if Op.SPI_FLASH_MD5 in esp.ROM_LACKS else SECTOR
    before = None
    if not getattr(esp, "checked", False) and start + length <= LARGEST_FLASH:
        try:
            before = esp.flash_digest(start, length)
        except FatalError:
            before = None             # past this chip's flash: nothing there to lose
    try:
        yield
    except FatalError as e:           # the proof failed: did the write also reach past it?
        if before is not None and changed_after(esp, start, length, before):
            raise FatalError("%s; the flash after the region changed too, 0x%x-0x%x at least"
                             % (e, start, erased_end(esp, region, start) - 1), hint=e.hint)
        raise
    changed = before is not None and changed_after(esp, start, length, before)
    if changed and not region.data:
        raise FatalError("the flash at 0x0 changed while the ROM %s: its empty FLASH_BEGIN "
                         "(docs/protocol.md §5.7) was damaged into an erase of 0x0-0x%x at least"
                         % (action, erased_end(esp, region, start) - 1),
                         hint="nothing was written; the erased flash must be written again")
    if changed:
        raise FatalError("the ROM erased past the region: the flash after it changed, 0x%x-0x%x "
                         "at least (a damaged FLASH_BEGIN size; its requests carry no check)"
                         % (start, erased_end(esp, region, start) - 1))


def changed_after(esp, start, length, before):
    """Asked twice before it counts: a damaged reply is not a changed flash."""
    try:
        return (esp.flash_digest(start, length) != before
                and esp.flash_digest(start, length) != before)
    except FatalError:
        return False


def erased_end(esp, region, start):
    """How far an erase past the region reached: the furthest end one flipped bit of the
    erase size could give whose last sector now reads erased."""
    sent = esp.flash_erase_size(region.address, len(region.data))
    ends = set()
    for bit in range(24):
        size = sent ^ (1 << bit)
        if size > sent:
            ends.add(rom_erase_end(esp, region.address, size))
    reached = start + SECTOR
    for end in sorted((e for e in ends if start < e <= LARGEST_FLASH), reverse=True):
        if reads_erased(esp, end - SECTOR):
            reached = end
            break
    # An erase of a run of sectors inside the region reaches as far past it as the run's
    # size was damaged by: follow the erased sectors too (at most SCAN_SECTORS).
    scan = start + SECTOR
    while scan < min(start + SCAN_SECTORS * SECTOR, LARGEST_FLASH) and reads_erased(esp, scan):
        scan += SECTOR
    return max(reached, scan)


def reads_erased(esp, address):
    try:
        return esp.flash_digest(address, 64) == hashlib.md5(b"\xff" * 64).hexdigest()
    except FatalError:
        return False


def rom_erase_end(esp, offset, size):
    """Where a ROM's erase for a FLASH_BEGIN of `size` at `offset` ends (docs/protocol.md §11.4
    for the ESP8266's, which erases min(H, E) + E sectors when asked for E)."""
    first = offset - offset % SECTOR
    sectors = -(-size // SECTOR)
    if esp.erased_past(0, SECTOR) is not None:      # the ESP8266 ROM, with its erase bug
        head = 16 - (first // SECTOR) % 16
        sectors += min(head, sectors)
    return first + sectors * SECTOR


def spread_end(esp, address, size):
    """A ROM writes data block N at offset + N x the FLASH_BEGIN's block size
    (docs/protocol.md §11.9): where the blocks of `size` bytes from `address` end at the
    furthest when one bit of that size was flipped on the way (bounded by the largest flash)."""
    block = esp.FLASH_WRITE_SIZE
    last = max(0, -(-size // block) - 1)
    ends = [address + last * (block ^ (1 << bit)) + block for bit in range(32)]
    return min(max([address + size] + [e for e in ends if e <= LARGEST_FLASH] or [LARGEST_FLASH]),
               LARGEST_FLASH)


def refused_block(esp, error, attempt):
    """After a ROM refused a data block: a FatalError naming what the session may have
    written if the refusal was not its checksum or its length (which the ROM checks before
    acting), else None (the block can be sent again). Such a refusal means the session's
    FLASH_BEGIN was damaged: the ROM put the blocks it took elsewhere (block N at offset +
    N x a damaged block size, docs/protocol.md §11.9), and sending again would only hide it."""
    text = str(error)
    if (attempt is None or esp.IS_STUB or getattr(esp, "checked", False)
            or "(result was " not in text
            or any("%s)" % ROM_ERRORS[code] in text for code in (0x01, 0x07))):
        return None
    address = attempt.region.address + attempt.resume
    taken = len(attempt.acknowledged)
    end = spread_end(esp, address, taken * esp.FLASH_WRITE_SIZE) if taken else address
    where = ("0x%x-0x%x" % (address, end - 1) if taken else
             "nothing yet (it refused the first block)")
    return FatalError("%s: the ROM refused a data block for a reason other than its checksum, "
                      "so the session's FLASH_BEGIN was damaged; the blocks it took may have "
                      "been written anywhere in %s" % (error, where),
                      hint="the flash there must be written again")
