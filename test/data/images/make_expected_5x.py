#!/usr/bin/env python3
"""Record what upstream esptool 5.6.0's elf2image writes for the ESP32-C3,
ESP32-S3 and ESP32-C6 test ELFs (run once; the ELFs come from test/elf/build.py).

    python3 test/data/images/make_expected_5x.py

writes expected_5x.json next to this script: per case the command line,
upstream's exit status and the SHA-256 of every file it wrote. Those images
are byte-identical to ours or the test fails, so hashes are all we keep;
test/test_images_5x.py replays every case against our esptool.py.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
ELF_DIR = os.path.join(ROOT, "test", "elf")
sys.path.insert(0, os.path.join(ROOT, "test"))

# Options run on each chip's realistic app (an IDF-like ELF with an app description).
APP_OPTIONS = {
    "default": [],
    "dio-4MB": ["-fm", "dio", "-fs", "4MB"],
    "80m-16MB-named": ["-ff", "80m", "-fs", "16MB", "-o", "{dir}/fw.img"],
    "32MB": ["-fs", "32MB"],
    "dout-20m-128MB": ["-fm", "dout", "-ff", "20m", "-fs", "128MB"],
    "qout-26m-64MB": ["-fm", "qout", "-ff", "26m", "-fs", "64MB"],
    "rev-range": ["--min-rev-full", "3", "--max-rev-full", "199"],
    "legacy-min-rev": ["--min-rev", "3"],
    "no-digest": ["--dont-append-digest"],
    "secure-pad-v2": ["--secure-pad-v2"],
    "pad-to-64KB": ["--pad-to-size", "64KB"],
    "pad-to-1MB-no-digest": ["--pad-to-size", "1MB", "--dont-append-digest"],
    "ram-only-header": ["--ram-only-header"],
    "use-segments": ["--use-segments"],
    "mmu-64KB": ["--flash-mmu-page-size", "64KB"],
    "elf-sha256-offset": ["--elf-sha256-offset", "0xb0"],
}
# Shapes (test/elf/build.py c3_s3_shapes) and the options each is run with.
SHAPE_OPTIONS = {
    "worked_shape": {"default": [], "no-digest": ["--dont-append-digest"]},
    "merge_shape": {"default": [], "ram-only-header": ["--ram-only-header"],
                    "use-segments": ["--use-segments"]},
    "many_shape": {"default": [], "secure-pad-v2": ["--secure-pad-v2"],
                   "ram-only-header": ["--ram-only-header"]},
    "bootdesc_shape": {"default": [], "ram-only-header": ["--ram-only-header"]},
    "sha_shape": {"default": [], "sha-at-0xb0": ["--elf-sha256-offset", "0xb0"],
                  "sha-in-header": ["--elf-sha256-offset", "0x1c"]},
    # Refused by both tools.
    "17seg": {"default": []},
    "shared_page": {"default": []},
}
CHIPS = ["esp32c3", "esp32s3"]
CHIPS.append("esp32c6")
# The ESP32-C6's own (docs/chips.md §13.4): its configurable MMU page, its flash
# frequency codes (80m is 40m's; no 26m), and the shapes of test/elf/build.py for it.
C6_APP_OPTIONS = {
    "mmu-8KB": ["--flash-mmu-page-size", "8KB"],
    "mmu-16KB": ["--flash-mmu-page-size", "16KB"],
    "mmu-32KB-secure-pad-v2": ["--flash-mmu-page-size", "32KB", "--secure-pad-v2"],
    "mmu-16KB-ram-only-header": ["--flash-mmu-page-size", "16KB", "--ram-only-header"],
    "80m": ["-ff", "80m"],
    "20m-pad-to-64KB": ["-ff", "20m", "--pad-to-size", "64KB"],
    "rev-range-v0.1-v0.99": ["--min-rev-full", "1", "--max-rev-full", "99"],
}
C6_SHAPE_OPTIONS = {
    "desc8k_shape": {"default": [], "mmu-64KB": ["--flash-mmu-page-size", "64KB"],
                     "secure-pad-v2": ["--secure-pad-v2"],
                     "ram-only-header": ["--ram-only-header"]},
    "desc32k_shape": {"default": [], "mmu-8KB": ["--flash-mmu-page-size", "8KB"]},
    "desc4k_shape": {"default": [], "mmu-16KB": ["--flash-mmu-page-size", "16KB"]},
    "unaligned_desc_shape": {"default": []},
    "shared8k_shape": {"default": [], "mmu-8KB": ["--flash-mmu-page-size", "8KB"],
                       "mmu-16KB": ["--flash-mmu-page-size", "16KB"]},
    "union_shape": {"default": [], "use-segments": ["--use-segments"],
                    "mmu-8KB-ram-only-header": ["--flash-mmu-page-size", "8KB",
                                                "--ram-only-header"]},
}
CHIPS.append("esp32s2")

CHIPS.append("esp32h2")
# The ESP32-H2's own (docs/chips.md §16.4): the C6's configurable page, and the
# C6's page shapes built for it. Its frequency codes (48m/24m/16m/12m) are not
# among the core's -ff choices: the shared options above with -ff 80m/20m/26m
# are refused by both tools; the default header nibble is 0 in both.
H2_APP_OPTIONS = {
    "mmu-8KB": ["--flash-mmu-page-size", "8KB"],
    "mmu-32KB-secure-pad-v2": ["--flash-mmu-page-size", "32KB", "--secure-pad-v2"],
    "dio-2MB-rev-v1.2": ["-fm", "dio", "-fs", "2MB", "--min-rev-full", "102"],
}
H2_SHAPE_OPTIONS = {shape: variants for shape, variants in C6_SHAPE_OPTIONS.items()
                    if shape != "desc4k_shape"}

# The ESP32-C2's own (docs/chips.md §15.4): MMU pages of 16-64 KB (8 KB refused),
# its frequency codes (20m is 1; 80m and 26m refused), its shapes.
CHIPS.append("esp32c2")
C2_APP_OPTIONS = {
    "mmu-16KB": ["--flash-mmu-page-size", "16KB"],
    "mmu-32KB-secure-pad-v2": ["--flash-mmu-page-size", "32KB", "--secure-pad-v2"],
    "mmu-16KB-ram-only-header": ["--flash-mmu-page-size", "16KB", "--ram-only-header"],
    "mmu-8KB-refused": ["--flash-mmu-page-size", "8KB"],
    "20m-pad-to-64KB": ["-ff", "20m", "--pad-to-size", "64KB"],
    "rev-range-v1.0-v2.99": ["--min-rev-full", "100", "--max-rev-full", "299"],
}
C2_SHAPE_OPTIONS = {
    "desc16k_shape": {"default": [], "mmu-64KB": ["--flash-mmu-page-size", "64KB"],
                      "secure-pad-v2": ["--secure-pad-v2"],
                      "ram-only-header": ["--ram-only-header"]},
    "desc32k_shape": {"default": [], "mmu-16KB": ["--flash-mmu-page-size", "16KB"]},
    "desc8k_shape": {"default": [], "mmu-16KB": ["--flash-mmu-page-size", "16KB"]},
    "unaligned_desc_shape": {"default": []},
    "shared16k_shape": {"default": [], "mmu-16KB": ["--flash-mmu-page-size", "16KB"],
                        "mmu-32KB": ["--flash-mmu-page-size", "32KB"]},
}

# The ESP32-P4, -C5 and -C61 (docs/chips.md §18.4, §19.4, §20.4): the shared app options and
# shapes, the revision fields (the P4's v1.x and v3.x families: its images name them), the
# fixed 64 KB page of the P4 and C5 (the option only warns), the C61's configurable page
# and the C6's page shapes for it, each chip's frequency codes.
CHIPS += ["esp32p4", "esp32c5", "esp32c61"]
NEW_CHIP_APP_OPTIONS = {
    "esp32p4": {
        "rev-v3.1-up": ["--min-rev-full", "301"],
        "rev-v1.0-v1.99": ["--min-rev-full", "100", "--max-rev-full", "199"],
        "rev-v3.0-v3.99-legacy-3": ["--min-rev", "3", "--min-rev-full", "300",
                                    "--max-rev-full", "399"],
        "rev-up-to-v1.99": ["--max-rev-full", "199"],
        "mmu-16KB-warns": ["--flash-mmu-page-size", "16KB"],
        "26m-dio": ["-ff", "26m", "-fm", "dio"],
    },
    "esp32c5": {
        "rev-v1.0-v1.99": ["--min-rev-full", "100", "--max-rev-full", "199"],
        "mmu-16KB-warns": ["--flash-mmu-page-size", "16KB"],
        "80m-qio": ["-ff", "80m", "-fm", "qio"],
        "20m-pad-to-64KB": ["-ff", "20m", "--pad-to-size", "64KB"],
    },
    "esp32c61": {
        "rev-v1.0-v1.99": ["--min-rev-full", "100", "--max-rev-full", "199"],
        "mmu-8KB": ["--flash-mmu-page-size", "8KB"],
        "mmu-32KB-secure-pad-v2": ["--flash-mmu-page-size", "32KB", "--secure-pad-v2"],
        "mmu-16KB-ram-only-header": ["--flash-mmu-page-size", "16KB", "--ram-only-header"],
        "80m-qio": ["-ff", "80m", "-fm", "qio"],
    },
}
NEW_CHIP_SHAPE_OPTIONS = {
    "esp32p4": {"union_shape": {"default": [], "use-segments": ["--use-segments"],
                                "ram-only-header": ["--ram-only-header"]}},
    "esp32c5": {"union_shape": {"default": [], "use-segments": ["--use-segments"],
                                "ram-only-header": ["--ram-only-header"]}},
    "esp32c61": dict(C6_SHAPE_OPTIONS),
}


def cases():
    for chip in CHIPS:
        elf = chip + "_app.elf"
        for label, options in APP_OPTIONS.items():
            yield case("%s-app-%s" % (chip, label), chip, elf, options)
        for shape, variants in SHAPE_OPTIONS.items():
            elf = "%s_%s.elf" % (chip, shape)
            for label, options in variants.items():
                yield case("%s-%s-%s" % (chip, shape, label), chip, elf, options)
    for label, options in C6_APP_OPTIONS.items():
        yield case("esp32c6-app-%s" % label, "esp32c6", "esp32c6_app.elf", options)
    for shape, variants in C6_SHAPE_OPTIONS.items():
        for label, options in variants.items():
            yield case("esp32c6-%s-%s" % (shape, label), "esp32c6", "esp32c6_%s.elf" % shape,
                       options)
    for label, options in H2_APP_OPTIONS.items():
        yield case("esp32h2-app-%s" % label, "esp32h2", "esp32h2_app.elf", options)
    for shape, variants in H2_SHAPE_OPTIONS.items():
        for label, options in variants.items():
            yield case("esp32h2-%s-%s" % (shape, label), "esp32h2", "esp32h2_%s.elf" % shape,
                       options)
    for chip, variants in NEW_CHIP_APP_OPTIONS.items():
        for label, options in variants.items():
            yield case("%s-app-%s" % (chip, label), chip, chip + "_app.elf", options)
    for chip, shapes in NEW_CHIP_SHAPE_OPTIONS.items():
        for shape, variants in shapes.items():
            for label, options in variants.items():
                yield case("%s-%s-%s" % (chip, shape, label), chip,
                           "%s_%s.elf" % (chip, shape), options)
    for label, options in C2_APP_OPTIONS.items():
        yield case("esp32c2-app-%s" % label, "esp32c2", "esp32c2_app.elf", options)
    for shape, variants in C2_SHAPE_OPTIONS.items():
        for label, options in variants.items():
            yield case("esp32c2-%s-%s" % (shape, label), "esp32c2", "esp32c2_%s.elf" % shape,
                       options)


def case(case_id, chip, elf, options):
    return {"id": case_id, "elf": elf,
            "argv": ["--chip", chip, "elf2image"] + options + ["{dir}/" + elf]}


def run_upstream(spec):
    from oracle import upstream_python
    python = upstream_python("5")
    if python is None:
        sys.exit("upstream esptool 5.6.0 is not available")
    scratch = tempfile.mkdtemp(prefix="upstream5-")
    try:
        shutil.copy(os.path.join(ELF_DIR, spec["elf"]), scratch)
        before = set(os.listdir(scratch))
        argv = [a.replace("{dir}", scratch) for a in spec["argv"]]
        result = subprocess.run([python, "-m", "esptool"] + argv, cwd=scratch,
                                capture_output=True, text=True, timeout=60)
        outputs = {}
        for name in sorted(set(os.listdir(scratch)) - before):
            with open(os.path.join(scratch, name), "rb") as f:
                outputs[name] = hashlib.sha256(f.read()).hexdigest()
        return result.returncode, outputs
    finally:
        shutil.rmtree(scratch)


def main():
    """With a chip name (esp32h2): record only its cases, keep the others as they are."""
    only = sys.argv[1] if len(sys.argv) > 1 else None
    entries = []
    if only:
        with open(os.path.join(HERE, "expected_5x.json")) as f:
            entries = [c for c in json.load(f)["cases"] if c["argv"][1] != only]
    for spec in cases():
        if only and spec["argv"][1] != only:
            continue
        returncode, outputs = run_upstream(spec)
        if returncode not in (0, 2):
            sys.exit("%s: upstream exited with %d (a crash, not a refusal)"
                     % (spec["id"], returncode))
        entries.append(dict(spec, returncode=returncode, outputs=outputs))
        print("%-50s rc=%d files=%d" % (spec["id"], returncode, len(outputs)))
    with open(os.path.join(HERE, "expected_5x.json"), "w") as f:
        json.dump({"generated_with": "esptool 5.6.0", "cases": entries}, f, indent=1,
                  sort_keys=True)
        f.write("\n")
    print("%d cases" % len(entries))


if __name__ == "__main__":
    main()
