# GPLv2, see LICENSE.
"""The proof after a fast reflash without a second pass over the whole region
(docs/protocol.md §5.15).

Before writing, our stub sent the MD5 of every sector of the region (FLASH_SECTOR_MD5,
in a checked reply that names the range it covers, docs/protocol.md §5.14). Each
sector whose digest matched what a full write would leave was skipped: that digest is
its proof. After writing, only the sectors written are hashed again, in the same
checked form; when each matches, every sector of the region is proven, and with it
the region. A region written whole is proven by the MD5 the stub took of it reading it
back as it wrote (FLASH_WRITTEN_MD5, docs/protocol.md §5.16). A sector that does not
match, or a link that is not checked, leaves the proof to the core's MD5 of the whole
region, which then decides as it always did (and `--verify-all` asks for that pass
every time).
"""
import struct

from esptool import (MAX_DIGEST_SECTORS, MD5_TIMEOUT_PER_MB, FatalError, Op, contiguous_ranges,
                     hexify, timeout_per_mb)

from espkit.checked import FLASH_WRITTEN_MD5


def add_verify_all_arg(parser):
    parser.add_argument("--verify-all", action="store_true",
                        help="after a fast reflash, hash the whole region on the chip again "
                             "(default: only the sectors written; the skipped ones were "
                             "proven by their digests before writing)")


def prove_by_sector_digests(esp, plan):
    """True when the region is proven: each rewritten sector's checked digest, taken
    after writing, is that of what was meant to be there. False leaves the proof to
    the MD5 of the whole region."""
    runs = plan.runs()
    if (getattr(esp, "verify_all", False) or not getattr(esp, "checked", False)
            or Op.FLASH_SECTOR_MD5 in esp.ROM_LACKS):
        return False
    if runs == [(0, plan.count)]:
        return prove_by_read_back(esp, plan)
    hashed = 0
    for lo, hi in sectors_to_hash_again(runs, plan.count):
        for start in range(lo, hi, MAX_DIGEST_SECTORS):
            end = min(hi, start + MAX_DIGEST_SECTORS)
            address = plan.first + start * plan.sector
            try:
                digests, _ = esp.flash_sector_md5(address, (end - start) * plan.sector)
            except FatalError as e:
                esp.trace("sector digests after writing failed (%s): hashing the region", e)
                return False
            for i, digest in enumerate(digests):
                if digest != plan.expected_digest(start + i, start + i + 1).digest():
                    return False
            hashed += end - start
    plan.region_md5 = plan.region.md5       # every sector of it proven, so the region is
    esp.reporter.message("Proven by sector digests: %d sectors hashed again after writing "
                         "(the rewritten ones and their neighbours), %d by their digests before"
                         % (hashed, plan.count - hashed))
    return True


def sectors_to_hash_again(runs, count):
    """The runs written, each widened by one sector either side (a write or an erase that
    spilt past its run would show there), merged: [(first index, end index)]."""
    indexes = sorted({i for lo, hi in runs for i in range(max(0, lo - 1), min(count, hi + 1))})
    return [(lo, hi + 1) for lo, hi in contiguous_ranges(indexes)]


def prove_by_read_back(esp, plan):
    """Every sector written, as one download of the region: our stub read back what it
    programmed, between blocks, into an MD5 of the region (FLASH_WRITTEN_MD5,
    docs/protocol.md §5.16), which is the region's MD5 without a pass after writing."""
    region = plan.region
    try:
        result = esp.check_command("read back the written region", FLASH_WRITTEN_MD5,
                                   struct.pack("<II", region.address, len(region.data)),
                                   timeout=timeout_per_mb(MD5_TIMEOUT_PER_MB, len(region.data)))
    except FatalError as e:
        esp.trace("no read-back digest (%s): hashing the region", e)
        return False
    if not isinstance(result, bytes) or hexify(result[:16]) != region.md5:
        return False
    plan.region_md5 = region.md5
    esp.reporter.message("Proven by the stub's read-back of what it wrote (no second pass)")
    return True
