# GPLv2, see LICENSE.
"""A few sectors probed before the digests of every sector (docs/protocol.md §5.17).

Asking for every sector's digest costs the chip a read of the whole region (0.4 s per
MiB in espsim's model, docs/protocol.md §5.13) and pays only when some sectors already
hold the image. On a blank chip, or after a rebuild that moved everything, none does,
and that pass is pure cost before a write of the whole region. So a handful of sectors
spread over the region are asked first: if none of them holds its part of the image,
the region is written whole without the pass (and proven as any whole write is, by the
stub's read-back, docs/protocol.md §5.16). If one does, every sector is asked as before.
The probe only decides what to ask; it proves nothing, so a wrong guess costs time,
never correctness.
"""
import esptool

PROBE_SECTORS = 8          # sampled sectors; each is one round trip and 4 KiB hashed
PROBE_MIN_SECTORS = 64     # below 256 KiB the whole pass (0.1 s in the model) is cheap


def probe_indexes(plan, count=PROBE_SECTORS):
    """Sector indexes spread evenly over the sectors the region covers whole."""
    lo = 0 if plan.first == plan.region.address else 1
    end_of_last = plan.first + plan.count * plan.sector
    hi = plan.count if end_of_last == plan.region.end else plan.count - 1
    if hi - lo <= count:
        return list(range(lo, hi))
    return sorted({lo + j * (hi - 1 - lo) // (count - 1) for j in range(count)})


def some_probe_matches(esp, plan):
    """True at the first sampled sector that already holds its part of the image."""
    for index in probe_indexes(plan):
        digests, _ = esp.flash_sector_md5(plan.first + index * plan.sector, plan.sector)
        if digests[0] == plan.expected_digest(index, index + 1).digest():
            return True
    return False


def plan_after_probe(esp, plan):
    """Every sector's digest when a probe finds one already in place; else all differ."""
    if plan.count < PROBE_MIN_SECTORS or some_probe_matches(esp, plan):
        esptool.compare_stub_digests(esp, plan)
        return
    plan.differing = list(range(plan.count))
    esp.reporter.message("None of %d sectors sampled holds the image: writing all %d, "
                         "without asking for each one's digest first"
                         % (len(probe_indexes(plan)), plan.count))
