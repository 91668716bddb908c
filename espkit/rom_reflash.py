# GPLv2, see LICENSE.
"""Reflash without our stub: which sectors an ESP32 ROM already holds, found by
bisection with SPI_FLASH_MD5 (it hashes one range per request), in the order
upstream 5.x's --diff-with files suggest. esptool's engine asks through its
rom_sector_planner seam; esptool.py alone writes every sector in ROM mode.
"""
import argparse

# A run this short whose two halves both differ is written whole rather than asked about
# sector by sector (the changes are dense there).
DENSE_RUN_SECTORS = 4


def plan_by_bisection(esp, plan, hint):
    """Fill plan.differing: runs the hint says changed are written without asking
    (the write's MD5 check still decides), the others are bisected."""
    for lo, hi, predicted_changed in hinted_runs(plan, hint):
        if predicted_changed:
            plan.differing.extend(range(lo, hi))
        else:
            bisect_differing(esp, plan, lo, hi)


def bisect_differing(esp, plan, lo, hi, known_different=False):
    """ROM loaders only hash one range per SPI_FLASH_MD5: hash [lo, hi); if it
    differs, halve it. A right half whose left sibling matched must differ, so
    it is not asked; in a short run whose left half differs, the right half is
    written without asking (changes there are dense)."""
    if not known_different:
        chip_md5 = esp.flash_md5sum(plan.first + lo * plan.sector, (hi - lo) * plan.sector)
        if chip_md5 == plan.expected_digest(lo, hi).hexdigest():
            return True
    if hi - lo == 1:
        plan.differing.append(lo)
        return False
    mid = (lo + hi) // 2
    left_same = bisect_differing(esp, plan, lo, mid)
    if left_same:
        bisect_differing(esp, plan, mid, hi, known_different=True)
    elif hi - lo <= DENSE_RUN_SECTORS:
        plan.differing.extend(range(mid, hi))
    else:
        bisect_differing(esp, plan, mid, hi)
    return False


def hinted_runs(plan, hint):
    """(lo, hi, predicted_changed) runs of sectors from --diff-with's old file (what
    was flashed last time): only the order of questions, never what is skipped."""
    if hint is None:
        return [(0, plan.count, False)]
    old = (b"\xff" * (plan.region.address - plan.first) + hint)[:len(plan.expected)]
    old = old + b"\xff" * (len(plan.expected) - len(old))
    s = plan.sector
    changed = [old[i * s:(i + 1) * s] != plan.expected[i * s:(i + 1) * s]
               for i in range(plan.count)]
    runs = []
    for i, flag in enumerate(changed):
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], i + 1, flag)
        else:
            runs.append((i, i + 1, flag))
    return runs


def diff_hints(args):
    """--diff-with: address -> what was flashed there last time (pairs in the order given)."""
    files = getattr(args, "diff_with", None) or []
    addresses = getattr(args, "addresses_as_given", [])
    return {address: data for address, data in zip(addresses, files) if data is not None}


def read_hint_file(path):
    """--diff-with FILE: its bytes, read now so a typo fails before connecting;
    'skip' (upstream 5.x's placeholder) gives None."""
    if path == "skip":
        return None
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise argparse.ArgumentTypeError("cannot read %s: %s" % (path, e.strerror))


def add_reflash_args(p):
    """write_flash's options as upstream 5.x spells them."""
    p.add_argument("--skip-flashed", "-s", action="store_true",
                   help="accepted for upstream 5.x command lines: unchanged sectors are "
                        "skipped by default")
    p.add_argument("--diff-with", nargs="+", type=read_hint_file, metavar="FILE",
                   help="(after the address/file pairs) what was flashed last time, one file "
                        "per pair ('skip' "
                        "for none): a hint for the order of the work; the chip's digests "
                        "decide what is skipped")
