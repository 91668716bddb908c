"""merge_bin (issue 13): raw and UF2 byte for byte as upstream 5.x's merge-bin
writes them, Intel HEX with the same content, on a matrix of chips and options.

Upstream runs once for the whole matrix (a small driver calls its esptool.main
for each argument list, in a temporary directory), so the comparison costs one
upstream start-up; our side runs in-process through esptool.main.
"""
import json
import os
import random
import subprocess
import tempfile

import pytest

import esptool
from espkit import formats
from conftest import DATA, ROOT, assert_one_fatal_line, ok, read, run_main, run_tool
from oracle import upstream_cmd

TABLE = os.path.join(DATA, "partitions", "expected", "two_ota.bin")


def esp32_bootloader(hash_appended=True):
    segments = [esptool.ImageSegment(0x3FFF0000, random.Random(1).randbytes(0x400)),
                esptool.ImageSegment(0x40078000, random.Random(2).randbytes(0x1800))]
    image = esptool.FirmwareImage("esp32", entrypoint=0x40078400, flash_mode=0,
                                  flash_size_freq=0x20, segments=segments)
    return esptool.esp32_image_bytes(image, esptool.Esp32ExtendedHeader(hash_appended))


def esp8266_bootloader():
    segments = [esptool.ImageSegment(0x40100000, random.Random(3).randbytes(0x600)),
                esptool.ImageSegment(0x3FFE8000, random.Random(4).randbytes(0x100))]
    image = esptool.FirmwareImage("esp8266", entrypoint=0x40100004, segments=segments)
    return esptool.esp8266_v1_files(image, "boot")[-1][1]


def later_chip_bootloader(chip):
    """An image of `chip` as our elf2image writes it (5.x's byte for byte, test_images_5x)."""
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, "boot.bin")
        elf = os.path.join(ROOT, "test", "elf", "%s_app.elf" % chip)
        ok(run_main("esptool", "--chip", chip, "elf2image", "-o", out, elf))
        return read(out)


INPUTS = {
    "boot32.bin": esp32_bootloader,
    "boot32-nodigest.bin": lambda: esp32_bootloader(hash_appended=False),
    "notimage.bin": lambda: b"\xe9\x03" + random.Random(5).randbytes(3000),
    "boot8266.bin": esp8266_bootloader,
    "bootc3.bin": lambda: later_chip_bootloader("esp32c3"),
    "boots3.bin": lambda: later_chip_bootloader("esp32s3"),
    "bootc6.bin": lambda: later_chip_bootloader("esp32c6"),
    "boots2.bin": lambda: later_chip_bootloader("esp32s2"),
    "booth2.bin": lambda: later_chip_bootloader("esp32h2"),
    "bootc2.bin": lambda: later_chip_bootloader("esp32c2"),
    "app.bin": lambda: random.Random(6).randbytes(50001),
    "small.bin": lambda: random.Random(7).randbytes(101),
    "table.bin": lambda: open(TABLE, "rb").read(),
    # Written by our HEX writer, read by upstream's intelhex: a check of the writer too.
    "app.hex": lambda: formats.intel_hex_bytes([(0x10000, random.Random(6).randbytes(50001)),
                                                (0x30000, random.Random(7).randbytes(101))]),
}

E32 = ["0x1000", "boot32.bin", "0x8000", "table.bin", "0x10000", "app.bin", "0x110000", "small.bin"]
E8266 = ["0x0", "boot8266.bin", "0x10000", "app.bin", "0x3fc000", "small.bin"]
EC3 = ["0x0", "bootc3.bin", "0x18000", "table.bin", "0x20000", "app.bin"]   # the image is 64 KiB
ES3 = ["0x0", "boots3.bin", "0x18000", "table.bin", "0x20000", "app.bin"]
EC6 = ["0x0", "bootc6.bin", "0x18000", "table.bin", "0x20000", "app.bin"]   # 8 KB past 64 KiB
EH2 = ["0x0", "booth2.bin", "0x18000", "table.bin", "0x20000", "app.bin"]
EC2 = ["0x0", "bootc2.bin", "0x18000", "table.bin", "0x20000", "app.bin"]   # just past 64 KiB

# (chip, options, address/file pairs); every case runs as raw and as uf2.
CASES = [
    ("esp32", [], E32),
    ("esp32", ["-fm", "dio"], E32),
    ("esp32", ["-fm", "dio", "-ff", "80m", "-fs", "4MB"], E32),
    ("esp32", ["-fs", "16MB"], E32),
    ("esp32", ["-ff", "26m", "-fs", "keep"], E32),
    ("esp32", ["--pad-to-size", "4MB"], E32),
    ("esp32", ["--fill-flash-size", "2MB", "-fm", "qout"], E32),
    ("esp32", ["--target-offset", "0x1000"], E32),
    ("esp32", ["-t", "0x1000", "--pad-to-size", "4MB", "-fm", "dio"], E32),
    ("esp32", ["--target-offset", "0x8000", "-fm", "dio"], E32[2:]),
    ("esp32", ["-fm", "dout"], ["0x10000", "app.bin"]),
    ("esp32", ["-fm", "dio", "-fs", "8MB"], ["0x1000", "notimage.bin", "0x10000", "app.bin"]),
    ("esp32", ["-fm", "dout", "-ff", "20m"],
     ["0x1000", "boot32-nodigest.bin", "0x8000", "table.bin"]),
    ("esp32", ["-fs", "2MB"], E32[4:] + E32[:4]),
    ("esp32", ["-fm", "qio", "--pad-to-size", "8MB", "-t", "0x0"], E32[:4]),
    ("esp8266", [], E8266),
    ("esp8266", ["-fm", "dout", "-fs", "1MB"], E8266),
    ("esp8266", ["-fs", "4MB-c1", "-ff", "40m"], E8266),
    ("esp8266", ["--pad-to-size", "1MB"], E8266[:4]),
    ("esp8266", ["-fm", "qio", "-ff", "20m", "--pad-to-size", "4MB"], E8266),
    ("esp8266", ["--target-offset", "0x10000"], E8266[2:]),
    ("esp8266", ["-ff", "80m"], E8266[:2]),
    ("esp8266", ["-fs", "16MB", "-fm", "dio"], E8266),
    ("esp8266", ["-fs", "2MB"], ["0x1000", "small.bin", "0x2000", "app.bin"]),
    ("esp32", ["-fm", "dio", "--pad-to-size", "1MB"], ["0x1000", "boot32.bin", "0x0", "app.hex"]),
    ("esp8266", ["-fm", "dout"], ["0x0", "boot8266.bin", "0x2000", "app.hex"]),
    ("esp32c3", [], EC3),
    ("esp32c3", ["-fm", "dio", "-ff", "80m", "-fs", "4MB"], EC3),
    ("esp32s3", ["-fm", "dout", "-fs", "8MB", "--pad-to-size", "1MB"], ES3),
    ("esp32s3", ["-t", "0x0", "-ff", "40m"], ES3),
    ("esp32c6", [], EC6),
    ("esp32c6", ["-fm", "dio", "-fs", "4MB"], EC6),
    ("esp32c6", ["-fm", "qio", "-ff", "20m", "--pad-to-size", "1MB"], EC6),
    ("esp32c6", ["-t", "0x0", "-fs", "16MB"], EC6 + ["0x3f0000", "small.bin"]),
    ("esp32c6", ["-ff", "40m"], EC6),
    # The ESP32-H2 (docs/chips.md §16.4): its own -ff names (test_flash_freq.py: all of them)
    ("esp32h2", [], EH2),
    ("esp32h2", ["-ff", "48m", "-fm", "dio"], EH2),
    ("esp32h2", ["-fm", "dio", "-fs", "4MB"], EH2),
    ("esp32h2", ["-t", "0x0", "-fs", "16MB"], EH2 + ["0x3f0000", "small.bin"]),
    ("esp32h2", ["-fm", "dout", "--pad-to-size", "1MB"], EH2),
]
# The ESP32-S2: its bootloader at 0x1000 as on the ESP32 (the image is 64 KiB).
ES2 = ["0x1000", "boots2.bin", "0x20000", "table.bin", "0x30000", "app.bin"]
CASES += [
    ("esp32s2", [], ES2),
    ("esp32s2", ["-fm", "dio", "-ff", "80m", "-fs", "4MB"], ES2),
    ("esp32s2", ["-t", "0x1000", "--pad-to-size", "1MB"], ES2),
    ("esp32s2", ["-fm", "dout", "-fs", "2MB"], ES2),
    # The ESP32-C2 (docs/chips.md §15.4): its own -ff names (test_flash_freq.py: all of them)
    ("esp32c2", [], EC2),
    ("esp32c2", ["-ff", "60m", "-fs", "2MB"], EC2),
    ("esp32c2", ["-fm", "dio", "-fs", "2MB"], EC2),
    ("esp32c2", ["-fm", "qio", "--pad-to-size", "1MB"], EC2),
    ("esp32c2", ["-t", "0x0", "-fs", "4MB"], EC2 + ["0x3f0000", "small.bin"]),
    ("esp32c2", ["-fm", "dout", "-fs", "1MB"], EC2),
    ("esp32c2", ["-fs", "keep"], EC2[:2] + ["0x40000", "small.bin"]),
]
UF2_OPTIONS = [[], ["--chunk-size", "256"], ["--md5-disable"],
               ["--chunk-size", "128", "--md5-disable"]]


def matrix():
    """(id, our argv, upstream argv) for every comparison."""
    runs = []
    for n, (chip, options, pairs) in enumerate(CASES):
        for fmt, extra in [("raw", [])] + [("uf2", UF2_OPTIONS[n % len(UF2_OPTIONS)])] + (
                [("hex", [])] if n % 3 == 0 else []):
            out = "case%02d.%s" % (n, fmt)
            ours = (["--chip", chip, "merge_bin", "-o", out, "--format", fmt]
                    + extra + options + pairs)
            theirs = ["--chip", chip, "merge-bin", "-o", out, "--format", fmt] + extra + [
                "--pad-to-size" if o == "--fill-flash-size" else o for o in options] + pairs
            runs.append(("%02d-%s-%s-%s" % (n, chip, fmt, "_".join(options + extra) or "plain"),
                         ours, theirs))
    return runs


MATRIX = matrix()
DRIVER = """
import json, sys
import esptool
for argv in json.load(open(sys.argv[1])):
    try:
        esptool.main(argv)
    except SystemExit as e:
        if e.code:
            print("FAILED", argv)
"""


def write_inputs(directory):
    for name, make in INPUTS.items():
        with open(os.path.join(directory, name), "wb") as f:
            f.write(make())


@pytest.fixture(scope="module")
def upstream_dir(tmp_path_factory):
    """Upstream 5.x's outputs for the whole matrix, in a directory of their own."""
    directory = str(tmp_path_factory.mktemp("upstream"))
    write_inputs(directory)
    with open(os.path.join(directory, "driver.py"), "w") as f:
        f.write(DRIVER)
    with open(os.path.join(directory, "argvs.json"), "w") as f:
        json.dump([theirs for _, _, theirs in MATRIX], f)
    result = subprocess.run(upstream_cmd("5")[:1] + ["driver.py", "argvs.json"], cwd=directory,
                            capture_output=True, text=True, timeout=300)
    assert "FAILED" not in result.stdout, result.stdout + result.stderr
    return directory


@pytest.fixture(scope="module")
def our_dir(tmp_path_factory):
    directory = str(tmp_path_factory.mktemp("ours"))
    write_inputs(directory)
    return directory


def hex_content(path):
    blocks = formats.parse_intel_hex(read(path), path)
    return {address: data for address, data in blocks}


@pytest.mark.parametrize("case_id, ours, theirs", MATRIX, ids=[m[0] for m in MATRIX])
def test_merge_bin_matches_upstream_5(case_id, ours, theirs, upstream_dir, our_dir):
    ok(run_main("esptool", *ours, cwd=our_dir))
    out = ours[ours.index("-o") + 1]
    mine, upstream = os.path.join(our_dir, out), os.path.join(upstream_dir, out)
    if out.endswith(".hex"):
        assert hex_content(mine) == hex_content(upstream)
    else:
        assert read(mine) == read(upstream)


def test_the_matrix_is_big_enough():
    raw_and_uf2 = [m for m in MATRIX if "-raw-" in m[0] or "-uf2-" in m[0]]
    assert len(raw_and_uf2) >= 40 and len({m[1][1] for m in MATRIX}) == 8    # every chip


# --- behaviour of our own ----------------------------------------------------

def test_overlapping_inputs_are_refused_naming_both(our_dir, tmp_path):
    result = run_tool("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "out.bin",
                      "0x10000", os.path.join(our_dir, "app.bin"),
                      "0x1c000", os.path.join(our_dir, "small.bin"))
    assert_one_fatal_line(result, "Detected overlap at address: 0x1c000 for file")
    assert "small.bin" in result.stdout and "app.bin" in result.stdout
    assert not (tmp_path / "out.bin").exists()


def test_merge_bin_needs_a_chip_and_the_dash_spelling_works(our_dir, tmp_path):
    result = run_tool("esptool", "merge_bin", "-o", tmp_path / "o.bin", "0",
                      os.path.join(our_dir, "app.bin"))
    assert_one_fatal_line(result, "merge_bin needs --chip")
    result = run_tool("esptool", "--chip", "esp32", "merge-bin", "-o", tmp_path / "o.bin",
                      "0x10000", os.path.join(our_dir, "app.bin"))
    assert result.returncode == 0, result.stdout
    assert read(tmp_path / "o.bin") == b"\xff" * 0x10000 + read(os.path.join(our_dir, "app.bin"))


@pytest.mark.parametrize("options, message", [
    (["--chunk-size", "130"], "multiple of 4"),
    (["--chunk-size", "456"], "at most 452 bytes with the MD5 tag"),
    (["-t", "0x20000"], "before --target-offset 0x20000"),
])
def test_bad_options_are_refused(options, message, our_dir, tmp_path):
    result = run_tool("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "o.bin",
                      "-f", "uf2", *options, "0x10000", os.path.join(our_dir, "app.bin"))
    assert_one_fatal_line(result, message)


def test_an_elf_input_is_refused_with_a_hint(tmp_path):
    elf = os.path.join(os.path.dirname(DATA), "elf", "esp32_app.elf")
    result = run_tool("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "o.bin",
                      "0x10000", elf)
    assert_one_fatal_line(result, "is an ELF file, not a flash image")
    assert "elf2image" in result.stderr


def test_image_info_says_what_a_merged_image_is(our_dir, tmp_path):
    out = tmp_path / "merged.bin"
    argv = ["--chip", "esp32", "merge_bin", "-o", out] + [
        a if a.startswith("0x") else os.path.join(our_dir, a) for a in E32]
    assert run_tool("esptool", *argv).returncode == 0
    text = run_tool("esptool", "image_info", out).stdout
    assert "is a merged flash image" in text
    assert "Bootloader image at 0x1000:" in text and "Checksum:" in text
    assert "Partition table at 0x8000:" in text and "App factory at 0x10000" in text
    uf2 = tmp_path / "merged.uf2"
    assert run_tool("esptool", *argv[:4], uf2, "-f", "uf2", *argv[5:]).returncode == 0
    assert "is a UF2 file" in run_tool("esptool", "image_info", uf2).stdout


def test_image_info_notes_an_esp8266_merged_image(our_dir, tmp_path):
    out = tmp_path / "merged8266.bin"
    pairs = ["0x0", os.path.join(our_dir, "boot8266.bin"), "0x8000", TABLE,
             "0x10000", os.path.join(our_dir, "app.bin")]
    assert run_tool("esptool", "--chip", "esp8266", "merge_bin", "-o", out, *pairs).returncode == 0
    text = run_tool("esptool", "--chip", "esp8266", "image_info", out).stdout
    assert "Checksum:" in text and "a merged flash image with the image at 0x0?" in text
    assert "Partition table at 0x8000:" in text and "ota_1" in text


def test_esp32c6_header_patch_writes_80m_as_the_chip_does(our_dir, tmp_path):
    ok(run_main("esptool", "--chip", "esp32c6", "merge_bin", "-o", tmp_path / "o.bin",
                "-ff", "80m", "0x0", "bootc6.bin", cwd=our_dir))
    assert read(tmp_path / "o.bin")[3] & 0x0F == 0x0


def test_esp32c2_header_patch_writes_20m_as_the_chip_does(our_dir, tmp_path):
    ok(run_main("esptool", "--chip", "esp32c2", "merge_bin", "-o", tmp_path / "o.bin",
                "-ff", "20m", "0x0", "bootc2.bin", cwd=our_dir))
    assert read(tmp_path / "o.bin")[3] & 0x0F == 0x1
