"""A seeded slice of bench/soak.py (issue 15): faulty links and chips end in the right
bytes or one clean fatal line, never a false success, a hang or a traceback.

The full soak (500+ runs, every fault) is `python3 bench/soak.py`; its table is in
bench/README.md. This slice takes the faults that end quickly.
"""
import importlib.util
import os

from conftest import ROOT

spec = importlib.util.spec_from_file_location("soak", os.path.join(ROOT, "bench", "soak.py"))
soak = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soak)


def test_a_seeded_slice_of_the_soak_has_no_false_success_hang_or_traceback():
    results = soak.soak(soak.cases(40, seed=15, faults=soak.FAST_FAULTS), jobs=2, timeout=60)
    bad = [(case, outcome, tail) for case, outcome, tail in results
           if outcome in soak.BAD_OUTCOMES]
    assert bad == [], soak.table(results)
    assert len(results) == 40
