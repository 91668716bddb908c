"""Each chip's own --flash_freq names and header codes (docs/chips.md §8), against
upstream 5.6.0, for every chip and every name 5.6's -ff offers.

Given a chip and a frequency name, when the user asks elf2image, merge_bin or
write_flash (its bootloader header patch) for it, then our output is upstream
5.6.0's byte for byte where 5.6.0 takes the name, and where it refuses the name
we refuse it too: one fatal line, nothing written, and for write_flash with
--chip named, before the port is opened.

Upstream's elf2image and merge-bin run once for the whole matrix (one driver
process); its write-flash runs against espsim under the `upstream_matrix` marker
(a few cases in the default run):
    python3 -m pytest -m upstream_matrix test/test_flash_freq.py
"""
import json
import os
import subprocess

import pytest

from conftest import ROOT, assert_one_fatal_line, read, run_main
from oracle import upstream_cmd
from test_merge_bin import esp32_bootloader, esp8266_bootloader, later_chip_bootloader

CHIPS = ["esp8266", "esp32", "esp32s2", "esp32s3", "esp32c3", "esp32c2", "esp32c6", "esp32h2"]
# upstream 5.6.0's -ff choices (esptool/__init__.py), every chip's names among them
NAMES_5X = ["80m", "64m", "60m", "48m", "40m", "32m", "30m", "26m", "24m", "20m", "16m", "15m",
            "12m"]
# upstream 5.6.0 targets/*.py FLASH_FREQUENCY (docs/chips.md §8): the names each chip takes
ESP32_NAMES = ["80m", "40m", "26m", "20m"]
TAKES = {"esp8266": ESP32_NAMES, "esp32": ESP32_NAMES, "esp32s2": ESP32_NAMES,
         "esp32s3": ESP32_NAMES, "esp32c3": ESP32_NAMES, "esp32c6": ["80m", "40m", "20m"],
         "esp32h2": ["48m", "24m", "16m", "12m"], "esp32c2": ["60m", "30m", "20m", "15m"]}
BOOT_OFFSET = {"esp32": 0x1000, "esp32s2": 0x1000}     # the others: 0x0
ELF = {"esp8266": "esp8266_sdk.elf", "esp32": "esp32_app.elf"}       # others: <chip>_app.elf
# v2.3.1's elf2image writes these two chips' images (not 5.x's): the header byte is compared
V23_IMAGES = ("esp8266", "esp32")
# The ESP32-P4 (the ESP32's codes), -C5 and -C61 (docs/chips.md §18.4, §19.4, §20.4)
CHIPS += ["esp32p4", "esp32c5", "esp32c61"]
TAKES.update(esp32p4=ESP32_NAMES, esp32c5=["80m", "40m", "20m"], esp32c61=["80m", "40m", "20m"])
BOOT_OFFSET.update(esp32p4=0x2000, esp32c5=0x2000)
CASES = [(chip, name) for chip in CHIPS for name in NAMES_5X]


def bootloader(chip):
    if chip == "esp8266":
        return esp8266_bootloader()
    if chip == "esp32":
        return esp32_bootloader()
    return later_chip_bootloader(chip)


def elf_path(chip):
    return os.path.join(ROOT, "test", "elf", ELF.get(chip, "%s_app.elf" % chip))


def case_id(chip, name):
    return "%s-%s" % (chip, name)


def offline_argvs(directory, chip, name):
    """(merge_bin argv, elf2image argv) for one case, output inside `directory`."""
    merged = os.path.join(directory, "m-%s.bin" % case_id(chip, name))
    images = os.path.join(directory, "e-%s" % case_id(chip, name))
    os.makedirs(images, exist_ok=True)
    boot = os.path.join(directory, "boot-%s.bin" % chip)
    return (["--chip", chip, "merge-bin", "-o", merged, "-ff", name,
             hex(BOOT_OFFSET.get(chip, 0)), boot],
            ["--chip", chip, "elf2image", "-ff", name, "-o",
             os.path.join(images, "app-" if chip == "esp8266" else "app.bin"), elf_path(chip)])


def write_bootloaders(directory):
    for chip in CHIPS:
        with open(os.path.join(directory, "boot-%s.bin" % chip), "wb") as f:
            f.write(bootloader(chip))


DRIVER = """
import json, sys
import esptool
statuses = []
for argv in json.load(open(sys.argv[1])):
    try:
        esptool.main(argv)
        statuses.append(0)
    except SystemExit as e:
        statuses.append(e.code or 0)
    except Exception:              # its FatalError: a refusal
        statuses.append(2)
json.dump(statuses, open(sys.argv[2], "w"))
"""


def run_upstream_driver(directory, argvs):
    """Upstream 5.6.0's exit status for each argv, all run in one process."""
    with open(os.path.join(directory, "driver.py"), "w") as f:
        f.write(DRIVER)
    with open(os.path.join(directory, "argvs.json"), "w") as f:
        json.dump(argvs, f)
    result = subprocess.run(upstream_cmd("5")[:1] + ["driver.py", "argvs.json", "status.json"],
                            cwd=directory, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    with open(os.path.join(directory, "status.json")) as f:
        return json.load(f)


@pytest.fixture(scope="module")
def upstream(tmp_path_factory):
    """{(chip, name): (merge-bin status, elf2image status)} and the directory of
    upstream 5.6.0's outputs."""
    directory = str(tmp_path_factory.mktemp("upstream"))
    write_bootloaders(directory)
    argvs = [argv for chip, name in CASES for argv in offline_argvs(directory, chip, name)]
    statuses = run_upstream_driver(directory, argvs)
    results = {case: (statuses[2 * i], statuses[2 * i + 1]) for i, case in enumerate(CASES)}
    return results, directory


@pytest.fixture(scope="module")
def ours_dir(tmp_path_factory):
    directory = str(tmp_path_factory.mktemp("ours"))
    write_bootloaders(directory)
    return directory


def image_of(directory):
    """The one image file elf2image wrote into `directory` (the ESP8266's: the one
    starting with the image magic 0xE9)."""
    files = [os.path.join(directory, n) for n in sorted(os.listdir(directory))]
    images = [read(path) for path in files if read(path)[:1] == b"\xe9"]
    assert len(images) == 1, files
    return images[0]


def refusal(name):
    """What our one fatal line says when a chip lacks `name`: the chip's own list, or
    argparse's for 64m and 32m, which no chip of ours has (5.6.0 refuses them on each)."""
    if any(name in names for names in TAKES.values()):
        return "flash frequency %s is not supported by" % name
    return "invalid choice: '%s'" % name


def our_argv(argv):
    """Our spelling of an upstream argv (merge_bin; -ff is the same)."""
    return [a.replace("merge-bin", "merge_bin") for a in argv]


@pytest.mark.parametrize("chip, name", CASES, ids=[case_id(*c) for c in CASES])
def test_merge_bin_and_elf2image_as_upstream_5(chip, name, upstream, ours_dir):
    results, upstream_dir = upstream
    merged_status, elf_status = results[(chip, name)]
    assert (merged_status == 0) == (name in TAKES[chip]), "5.6.0 disagrees with TAKES"
    assert (elf_status == 0) == (name in TAKES[chip]), "5.6.0 disagrees with TAKES"
    merge_argv, elf_argv = offline_argvs(ours_dir, chip, name)
    for argv, status in ((merge_argv, merged_status), (elf_argv, elf_status)):
        result = run_main("esptool", *our_argv(argv))
        if status:
            assert_one_fatal_line(result, refusal(name))
        else:
            assert result.returncode == 0, result.stdout
    merged = os.path.join(ours_dir, "m-%s.bin" % case_id(chip, name))
    images = os.path.join(ours_dir, "e-%s" % case_id(chip, name))
    if merged_status:
        assert not os.path.exists(merged) and not os.listdir(images)
        return
    assert read(merged) == read(os.path.join(upstream_dir, os.path.basename(merged)))
    mine, theirs = image_of(images), image_of(os.path.join(upstream_dir,
                                                           os.path.basename(images)))
    if chip in V23_IMAGES:
        assert mine[2:4] == theirs[2:4]
    else:
        assert mine == theirs


# -- write_flash's header patch --------------------------------------------------

ACCEPTED = [(chip, name) for chip, name in CASES if name in TAKES[chip]]
REFUSED = [(chip, name) for chip, name in CASES if name not in TAKES[chip]]


def upstream_merged_bootloader(upstream, chip, name):
    """The bootloader as 5.6.0's merge-bin patched it (its write-flash patches alike)."""
    merged = read(os.path.join(upstream[1], "m-%s.bin" % case_id(chip, name)))
    return merged[BOOT_OFFSET.get(chip, 0):]


@pytest.mark.parametrize("chip, name", ACCEPTED, ids=[case_id(*c) for c in ACCEPTED])
def test_write_flash_patches_the_header_as_upstream_5(chip, name, upstream, ours_dir,
                                                      espsim_server):
    sim = espsim_server(chip, in_process=True)
    boot = os.path.join(ours_dir, "boot-%s.bin" % chip)
    offset = BOOT_OFFSET.get(chip, 0)
    result = run_main("esptool", "--chip", chip, "--port", sim.url, "--no-stub", "write_flash",
                      "-ff", name, "-fs", "keep", hex(offset), boot)   # as merge_bin's default
    assert result.returncode == 0, result.stdout
    expected = upstream_merged_bootloader(upstream, chip, name)
    assert sim.flash()[offset:offset + len(expected)] == expected


@pytest.mark.parametrize("chip, name", REFUSED, ids=[case_id(*c) for c in REFUSED])
def test_write_flash_refuses_a_name_the_chip_lacks_before_opening_the_port(chip, name,
                                                                          ours_dir):
    boot = os.path.join(ours_dir, "boot-%s.bin" % chip)
    result = run_main("esptool", "--chip", chip, "--port", "/dev/ttyUSB-not-there",
                      "write_flash", "-ff", name, hex(BOOT_OFFSET.get(chip, 0)), boot)
    assert_one_fatal_line(result, refusal(name))


def test_write_flash_refuses_after_detection_with_chip_auto(espsim_server, ours_dir):
    sim = espsim_server("esp32c6", in_process=True)
    result = run_main("esptool", "--port", sim.url, "--no-stub", "write_flash", "-ff", "26m",
                      "0x10000", os.path.join(ours_dir, "boot-esp32c6.bin"))
    assert_one_fatal_line(result, "flash frequency 26m is not supported by ESP32-C6; choose "
                                  "one of 80m, 40m, 20m")
    assert sim.flash()[0x10000:0x10010] == b"\xff" * 16


# Upstream 5.6.0's own write-flash on espsim: in the default run one accepted name
# per chip with codes of its own and one refusal; every case under the marker.
UPSTREAM_DEFAULT = {("esp32c6", "80m"), ("esp32c2", "20m"), ("esp32h2", "48m"),
                    ("esp32c6", "26m")}


@pytest.mark.parametrize("chip, name", [
    pytest.param(chip, name, id=case_id(chip, name),
                 marks=() if (chip, name) in UPSTREAM_DEFAULT else (pytest.mark.upstream_matrix,))
    for chip, name in CASES if name in TAKES["esp32"] + TAKES["esp32c2"] + TAKES["esp32h2"]])
def test_upstream_write_flash_patches_as_its_merge_bin(chip, name, upstream, ours_dir,
                                                       espsim_server, tmp_path):
    sim = espsim_server(chip, raw=True, trace=False)
    offset = BOOT_OFFSET.get(chip, 0)
    argv = upstream_cmd("5") + ["--chip", chip, "--port", sim.url, "--before", "no-reset",
                                "--after", "no-reset", "--no-stub", "write-flash", "-ff", name,
                                "-fs", "keep", hex(offset), os.path.join(ours_dir, "boot-%s.bin" % chip)]
    result = subprocess.run(argv, cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    flash = sim.flash()
    if name not in TAKES[chip]:
        assert result.returncode != 0 and "is not supported by this chip" in result.stdout + \
            result.stderr, result.stdout + result.stderr
        assert flash[offset:offset + 16] == b"\xff" * 16
        return
    assert result.returncode == 0, result.stdout + result.stderr
    expected = upstream_merged_bootloader(upstream, chip, name)
    assert flash[offset:offset + len(expected)] == expected
