"""The offline image commands: elf2image, image_info, make_image.

The bulk of it replays test/data/images/expected.json: what upstream esptool
2.3.1 printed and wrote for every test ELF, option combination and image
(recorded once by test/data/images/make_expected.py). Our tool must print the
same lines and write the same bytes, except where we deliberately do better
(DELIBERATE below, each with its reason). Those replays call esptool.main()
in-process for speed; the stories further down run the CLI as a user would.
"""
import hashlib
import json
import os
import shutil
import sys
import tarfile
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, assert_one_fatal_line, ok, only_the_error, read, run_main, run_tool

sys.path.insert(0, ROOT)
import esptool  # noqa: E402

ELF_DIR = os.path.join(ROOT, "test", "elf")
EXPECTED_DIR = os.path.join(ROOT, "test", "data", "images")
with open(os.path.join(EXPECTED_DIR, "expected.json")) as f:
    CASES = json.load(f)["cases"]
CASES_BY_ID = {case["id"]: case for case in CASES}


@pytest.fixture(scope="module")
def recorded_files():
    """Every file upstream wrote, and the inputs made for it, by tar path."""
    with tarfile.open(os.path.join(EXPECTED_DIR, "expected.tar.gz")) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


# What image_info prints after v2.3.1's lines since issue 23 (test/test_image_report.py).
FLASH_SETTINGS_LINES = ("Flash size: ", "Flash freq: ", "Flash mode: ")


def printed(result):
    """A run's stdout lines, then its stderr's (where the fatal line is, which 2.3.1
    printed last on stdout), without the 'esptool.py v...' line (argparse warnings
    may come before it), and without the lines image_info adds to v2.3.1's."""
    lines = result.stdout.splitlines() + result.stderr.splitlines()
    banner = [i for i, line in enumerate(lines) if line.startswith("esptool.py v")][:1]
    return [line for i, line in enumerate(lines)
            if i not in banner and not line.startswith(FLASH_SETTINGS_LINES)]


def files_under(top):
    found = {}
    for base, _dirs, names in os.walk(top):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                found[os.path.relpath(path, top)] = f.read()
    return found


def prepare_inputs(case, directory, recorded_files):
    os.makedirs(os.path.join(directory, "out"))
    for name, source in case["inputs"].items():
        if source.startswith("elf/"):
            data = read(os.path.join(ELF_DIR, source[4:]))
        else:
            data = recorded_files[source]
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def replay(case, directory, recorded_files):
    """Run the case's command in `directory` -> (result, lines, new files)."""
    prepare_inputs(case, directory, recorded_files)
    before = set(files_under(directory))
    result = run_main("esptool", *[a.replace("{dir}", directory) for a in case["argv"]])
    lines = [line.replace(directory, "{dir}") for line in printed(result)]
    written = {k: v for k, v in files_under(directory).items() if k not in before}
    return result, lines, written


# --- Where we differ from 2.3.1 on purpose ---------------------------------

def check_too_many_segments(status, lines, written, case):
    # 2.3.1 writes a header with more than 16 segments; every ESP loader refuses it.
    assert_one_fatal_line((status, lines))
    assert "Invalid segment count" in lines[-1]
    assert not written


def check_no_loadable_sections(status, lines, written, case):
    # 2.3.1 writes an image with nothing in it.
    assert_one_fatal_line((status, lines))
    assert "no loadable sections" in lines[-1]
    assert not written


def check_empty_padding_segment(status, lines, written, case):
    # 2.3.1 stops on an internal assertion; the right answer is an empty
    # padding segment, after which the flash code lands on its page offset.
    assert status == 0, lines
    (name, data), = written.items()
    image = esptool.read_esp32_image(data)
    irom = image.segments[-1]
    assert (irom.addr, irom.file_offs + 8) == (0x400D0000, 0x10000)
    assert [(s.addr, len(s.data)) for s in image.segments[1:-1]] == [(0, 0)]
    assert image.calculated_digest == image.stored_digest


def check_decoded_revisions(status, lines, written, case):
    # 2.3.1 warns about the fields later esptool writes; we decode them,
    # after the lines 2.3.1 prints.
    warning = "Warning: some reserved header fields have non-zero values."
    expected = [line for line in case["stdout"] if not line.startswith(warning)]
    assert status == 0
    assert lines[:len(expected)] == expected
    assert lines[len(expected):] == ["Chip ID: 0 (ESP32)",
                                     "Minimum chip revision: v1.0 (legacy field: 1)",
                                     "Maximum chip revision: v3.99"]


DELIBERATE = {
    "esp8266_17seg-esp8266": check_too_many_segments,
    "esp32_17seg-esp32": check_too_many_segments,
    "esp8266_16seg-as-esp32": check_too_many_segments,    # 15 RAM segments + padding
    "no_loadable-esp8266": check_no_loadable_sections,
    "esp32_empty_pad_shape-esp32": check_empty_padding_segment,
}


def deliberate_check(case_id):
    if case_id.endswith("-chip-revisions"):
        return check_decoded_revisions
    return DELIBERATE.get(case_id)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_same_output_as_upstream_2_3_1(case, recorded_files, tmp_path):
    result, lines, written = replay(case, str(tmp_path), recorded_files)
    status = result.returncode
    if status:
        assert_one_fatal_line(result)      # on stderr, where 2.3.1 printed it on stdout
    check = deliberate_check(case["id"])
    if check is not None:
        check(status, lines, written, case)
    elif case["returncode"] == 0:
        assert (status, lines) == (0, case["stdout"])
        assert sorted(written) == sorted(case["outputs"])
        for name, data in written.items():
            assert data == recorded_files["%s/%s" % (case["id"], name)], name
    else:
        # 2.3.1 failed too (sometimes with a traceback): we say why in one line.
        assert_one_fatal_line((status, lines))
        assert not written


def test_every_deliberate_difference_is_still_recorded():
    assert set(DELIBERATE) <= set(CASES_BY_ID)


# --- docs/image-format.md §11: the worked examples -------------------------------

def test_make_image_worked_example_11_1(tmp_path):
    (tmp_path / "a.bin").write_bytes(bytes(range(1, 11)))
    (tmp_path / "b.bin").write_bytes(bytes((7 * i) & 0xFF for i in range(100)))
    result = run_tool("esptool", "make_image", "-f", "a.bin", "-a", "0x40100000",
                      "-f", "b.bin", "-a", "0x3FFE8000", "-e", "0x40100004", "out.bin",
                      cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert sorted(os.listdir(tmp_path)) == ["a.bin", "b.bin", "out.bin0x00000.bin"]
    image = (tmp_path / "out.bin0x00000.bin").read_bytes()
    assert len(image) == 0x90
    assert image[:0x20] == bytes.fromhex("e902000004001040 000010400c000000"
                                         "0102030405060708 090a0000 0080fe3f".replace(" ", ""))
    assert image[0x20:0x28] == bytes.fromhex("6400000000070e15")
    assert image[0x80:] == bytes.fromhex("848b9299a0a7aeb5 00000000000000 58".replace(" ", ""))


def test_elf2image_sdk_shape_worked_example_11_2(tmp_path):
    elf = copy_elf("esp8266_sdk2018_shape.elf", tmp_path, "X.elf")
    ok(run_main("esptool", "elf2image", elf))
    image = esptool.read_esp8266_image(read(str(tmp_path / "X.elf-0x00000.bin")))
    assert [(s.addr, s.file_offs) for s in image.segments] == [
        (0x3FFE8000, 0x8), (0x3FFE8BA0, 0xBB0), (0x40100000, 0x19C8)]
    assert (tmp_path / "X.elf-0x00000.bin").stat().st_size == 0x8F60
    assert read(str(tmp_path / "X.elf-0x10000.bin")) == b"\x5a" * 0x3721C


def test_elf2image_v2_worked_example_11_3(tmp_path):
    elf = copy_elf("esp8266_ota_shape.elf", tmp_path, "X.elf")
    ok(run_main("esptool", "--chip", "esp8266", "elf2image", "--version", "2",
                "--flash_mode", "dio", "--flash_size", "2MB", elf))
    data = read(str(tmp_path / "X-0x01000.bin"))
    assert data[:8] == bytes.fromhex("ea040230") + (0x40100010).to_bytes(4, "little")
    assert data[8:16] == bytes(4) + (0x5BF9C).to_bytes(4, "little")


def test_esp32_padding_worked_example_11_4(tmp_path):
    elf = copy_elf("esp32_worked_shape.elf", tmp_path)
    ok(run_main("esptool", "--chip", "esp32", "elf2image", "-fm", "dio", "-fs", "4MB",
                "-o", tmp_path / "app.bin", elf))
    data = read(str(tmp_path / "app.bin"))
    assert data[:24] == bytes.fromhex("e9050220040008 40ee0000000000000000000000000000 01"
                                      .replace(" ", ""))
    image = esptool.read_esp32_image(data)
    assert [(s.addr, len(s.data), s.file_offs) for s in image.segments] == [
        (0x3F400020, 0x100, 0x18), (0x3FFB0000, 0x10, 0x120), (0x40080000, 0x200, 0x138),
        (0, 0xFCC8, 0x340), (0x400D0018, 0x100, 0x10010)]
    assert (image.stored_checksum, image.length, len(data)) == (0xEF, 0x10120, 0x10140)
    lines = printed(run_main("esptool", "--chip", "esp32", "image_info", tmp_path / "app.bin"))
    assert lines[-1] == ("Validation Hash: 4adb91cf6b4c12473d77a411a17eb7b24a1dabc86c80e79"
                         "fde73761ca3adc371 (valid)")


@pytest.mark.parametrize("elf, layout, length", [
    ("esp32_nonminimal_shape.elf", [(0, 0x100D8, 0x18), (0x3F400100, 0x20, 0x100F8)], 0x10150),
    ("esp32_nonminimal_ram_shape.elf",
     [(0x3FFB0000, 0x40, 0x18), (0, 0x10090, 0x60), (0x3F400100, 0x20, 0x100F8)], None),
    ("esp32_page_start_shape.elf",
     [(0x3FFB0000, 4, 0x18), (0, 0xFFCC, 0x24), (0x400D0000, 0x20, 0xFFF8)], None),
])
def test_esp32_non_minimal_padding_worked_example_11_5(elf, layout, length, tmp_path):
    path = copy_elf(elf, tmp_path)
    ok(run_main("esptool", "--chip", "esp32", "elf2image", "-o", tmp_path / "app.bin", path))
    data = read(str(tmp_path / "app.bin"))
    image = esptool.read_esp32_image(data)
    assert [(s.addr, len(s.data), s.file_offs) for s in image.segments] == layout
    if length is not None:
        assert len(data) == length


def test_esp32_image_without_digest_worked_example_11_6(tmp_path):
    image = esptool.FirmwareImage("esp32", segments=[esptool.ImageSegment(0x3FFB0000, b"\1\2\3")])
    data = esptool.esp32_image_bytes(image, esptool.Esp32ExtendedHeader(hash_appended=False))
    assert data == bytes.fromhex(
        "e901000000000000ee00000000000000" "00000000000000000000fb3f04000000"
        "010203000000000000000000000000ef")
    (tmp_path / "app.bin").write_bytes(data)
    lines = printed(run_main("esptool", "--chip", "esp32", "image_info", tmp_path / "app.bin"))
    assert lines == ["Image version: 1", "Entry point not set", "1 segments",
                     "Segment 1: len 0x00004 load 0x3ffb0000 file_offs 0x00000018",
                     "Checksum: ef (valid)"]


# --- image_info beyond 2.3.1 ------------------------------------------------

def test_image_info_recognises_an_esp32_image_without_chip(tmp_path):
    elf = copy_elf("esp32_app.elf", tmp_path)
    run_main("esptool", "--chip", "esp32", "elf2image", elf)
    image = tmp_path / "esp32_app.bin"
    with_chip = printed(run_main("esptool", "--chip", "esp32", "image_info", image))
    without = run_main("esptool", "image_info", image)
    assert without.returncode == 0
    assert printed(without) == with_chip + [
        "Image type: ESP32 (detected from the header; give --chip to choose)"]


def test_image_info_decodes_a_modern_extended_header(tmp_path):
    elf = copy_elf("esp32_worked_shape.elf", tmp_path)
    run_main("esptool", "--chip", "esp32", "elf2image", "-o", tmp_path / "a.bin", elf)
    data = bytearray(read(str(tmp_path / "a.bin")))
    data[12:19] = bytes([2, 0, 0, 0x2C, 0x01, 0xFF, 0xFF])  # S2 id, min v3.0, no max
    (tmp_path / "a.bin").write_bytes(bytes(data))
    result = run_main("esptool", "--chip", "esp32", "image_info", tmp_path / "a.bin")
    assert result.returncode == 0
    lines = printed(result)
    assert lines[-3:] == ["Chip ID: 2 (ESP32-S2; not an ESP32 image)",
                          "Minimum chip revision: v3.0 (legacy field: 0)",
                          "Maximum chip revision: no limit"]
    # The digest covers the header, so it now reads as invalid, as it should.
    assert lines[-4].endswith("(invalid)")


# --- esp32_image_length(): the contract the loader relies on ----------------

def test_esp32_image_length_is_where_the_digest_starts(recorded_files):
    images = [data for name, data in recorded_files.items()
              if name.endswith(".bin") and name.startswith("esp32_") and data[23:24] == b"\1"
              and data[1] <= 16]
    assert len(images) > 10
    for data in images:
        length = esptool.esp32_image_length(data + b"\xff" * 100)   # merged binaries go on
        assert length == len(data) - 32
        assert hashlib.sha256(data[:length]).digest() == data[length:]


@pytest.mark.parametrize("data", [b"", b"\xe9", b"\xe8" + bytes(40), b"\xe9\x01" + bytes(30)])
def test_esp32_image_length_refuses_what_is_not_an_image(data):
    with pytest.raises(esptool.FatalError):
        esptool.esp32_image_length(data)


# --- Bad input: one line, exit 2, no traceback, no file ----------------------

def copy_elf(name, directory, as_name=None):
    target = os.path.join(str(directory), as_name or name)
    shutil.copy(os.path.join(ELF_DIR, name), target)
    return target


def elf_with(patches, source="esp8266_sdk.elf"):
    data = bytearray(read(os.path.join(ELF_DIR, source)))
    for offset, value in patches:
        data[offset:offset + len(value)] = value
    return bytes(data)


def section_header_offset(data, index):
    shoff = int.from_bytes(data[32:36], "little")
    return shoff + 40 * index


SDK_ELF = read(os.path.join(ELF_DIR, "esp8266_sdk.elf"))
BAD_ELFS = {
    "missing": None,
    "empty": b"",
    "truncated header": SDK_ELF[:40],
    "not an ELF": b"#!/bin/sh\necho this is a shell script\n" * 3,
    "wrong machine (x86)": elf_with([(18, b"\x03\x00")]),
    "section headers cut off": SDK_ELF[:int.from_bytes(SDK_ELF[32:36], "little") + 100],
    "section data past the end": elf_with(
        [(section_header_offset(SDK_ELF, 5) + 20, (0x7FFFFF).to_bytes(4, "little"))]),
    "name table index out of range": elf_with([(50, b"\x40\x00")]),
}


@pytest.mark.parametrize("what", sorted(BAD_ELFS))
def test_elf2image_refuses_a_bad_elf_in_one_line(what, tmp_path):
    elf = tmp_path / "app.elf"
    if BAD_ELFS[what] is not None:
        elf.write_bytes(BAD_ELFS[what])
    result = run_tool("esptool", "--chip", "esp8266", "elf2image", elf, cwd=tmp_path)
    assert_one_fatal_line(result)
    assert only_the_error(result.stderr)
    assert sorted(os.listdir(tmp_path)) == ([] if BAD_ELFS[what] is None else ["app.elf"])


def test_elf2image_without_loadable_sections_writes_nothing(tmp_path):
    elf = copy_elf("no_loadable.elf", tmp_path)
    result = run_tool("esptool", "--chip", "esp32", "elf2image", elf)
    assert_one_fatal_line(result)
    assert only_the_error(result.stderr)
    assert "no loadable sections" in result.stderr
    assert os.listdir(tmp_path) == ["no_loadable.elf"]


def test_elf2image_refuses_an_esp8266_size_for_esp32(tmp_path):
    elf = copy_elf("esp32_app.elf", tmp_path)
    result = run_tool("esptool", "--chip", "esp32", "elf2image", "-fs", "2MB-c1", elf)
    assert_one_fatal_line(result)
    assert only_the_error(result.stderr)
    assert "1MB, 2MB, 4MB, 8MB, 16MB" in result.stderr
    assert os.listdir(tmp_path) == ["esp32_app.elf"]


def test_unknown_chip_is_refused(tmp_path):
    elf = copy_elf("esp32_app.elf", tmp_path)
    result = run_tool("esptool", "--chip", "esp31", "elf2image", elf)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "esp31" in result.stdout + result.stderr
    assert os.listdir(tmp_path) == ["esp32_app.elf"]


@pytest.mark.parametrize("image", [b"", b"\xe9", b"\x00" * 64, b"\xe9\x11" + bytes(62),
                                   b"\xea\x04\x00\x00\x00\x00\x00\x00" + b"\xff" * 16])
@pytest.mark.parametrize("chip", ["auto", "esp32"])
def test_image_info_refuses_a_bad_image_in_one_line(image, chip, tmp_path):
    (tmp_path / "image.bin").write_bytes(image)
    result = run_tool("esptool", "--chip", chip, "image_info", tmp_path / "image.bin")
    assert_one_fatal_line(result)
    assert only_the_error(result.stderr)


def test_make_image_needs_segments_and_readable_files(tmp_path):
    for argv in (["out"], ["-f", "nope.bin", "-a", "0", "out"]):
        result = run_tool("esptool", "make_image", *argv, cwd=tmp_path)
        assert_one_fatal_line(result)
        assert only_the_error(result.stderr)
    assert os.listdir(tmp_path) == []


def test_a_failed_v1_write_leaves_neither_file(tmp_path):
    """The flash-code file cannot be written (a directory has its name):
    then the bootable file must not appear either."""
    elf = copy_elf("esp8266_sdk.elf", tmp_path)
    (tmp_path / "fw-0x10000.bin").mkdir()
    assert_one_fatal_line(run_main("esptool", "elf2image", "-o", tmp_path / "fw-", elf))
    assert sorted(os.listdir(tmp_path)) == ["esp8266_sdk.elf", "fw-0x10000.bin"]


def test_output_files_get_the_usual_permissions(tmp_path):
    elf = copy_elf("esp32_app.elf", tmp_path)
    old = os.umask(0o022)
    try:
        run_main("esptool", "--chip", "esp32", "elf2image", elf)
    finally:
        os.umask(old)
    assert (tmp_path / "esp32_app.bin").stat().st_mode & 0o777 == 0o644


# --- Fuzzing: mutated real ELFs and images ------------------------------------

def mutated(data):
    """A strategy for `data` with a few bytes overwritten, cut short or extended."""
    edits = st.lists(st.tuples(st.integers(0, max(len(data) - 1, 0)), st.integers(0, 255)),
                     max_size=6)
    return st.tuples(edits, st.integers(0, len(data) + 8)).map(
        lambda e: apply_edits(data, *e))


def apply_edits(data, edits, length):
    out = bytearray(data)
    for offset, value in edits:
        out[offset] = value
    return bytes(out[:length]) + bytes(max(0, length - len(out)))


def header_focused(data, span=64):
    """Mutations inside the first `span` bytes, where the structure lives."""
    edits = st.lists(st.tuples(st.integers(0, span - 1), st.integers(0, 255)), min_size=1,
                     max_size=4)
    return edits.map(lambda e: apply_edits(data, e, len(data)))


def some_elf(name):
    return read(os.path.join(ELF_DIR, name))


FUZZ_ELFS = [some_elf("esp8266_sdk.elf"), some_elf("esp32_app.elf"),
             some_elf("esp32_many_shape.elf")]
# ESPTOOL_FUZZ_EXAMPLES=5000 for a long random run; the default run is short and repeatable.
FUZZ_EXAMPLES = int(os.environ.get("ESPTOOL_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES or 200, deadline=None, derandomize=not FUZZ_EXAMPLES,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.sampled_from(FUZZ_ELFS).flatmap(lambda d: st.one_of(mutated(d), header_focused(d))),
       st.sampled_from([["--chip", "esp8266"], ["--chip", "esp8266", "-e", "2"],
                        ["--chip", "esp32"]]))
def test_elf2image_survives_mutated_elfs(data, chip_args):
    with tempfile.TemporaryDirectory() as directory:
        elf = os.path.join(directory, "app.elf")
        with open(elf, "wb") as f:
            f.write(data)
        options = chip_args[:2] + ["elf2image"] + chip_args[2:] + ["-o", directory + "/out-"]
        result = run_main("esptool", *options, elf)
        assert result.returncode in (0, 2), result.stdout
        if result.returncode == 2:
            assert_one_fatal_line(result)
            assert os.listdir(directory) == ["app.elf"]


def image_samples():
    with tarfile.open(os.path.join(EXPECTED_DIR, "expected.tar.gz")) as tar:
        wanted = ["esp8266_sdk-v1-default/esp8266_sdk.elf-0x00000.bin",
                  "esp8266_sdk-v2-default/esp8266_sdk-0x10000.bin",
                  "esp32_many_shape-default/esp32_many_shape.bin"]
        return [tar.extractfile(name).read() for name in wanted]


FUZZ_IMAGES = image_samples()


@FUZZ
@given(st.sampled_from(FUZZ_IMAGES).flatmap(
    lambda d: st.one_of(mutated(d[:4096]), header_focused(d, 48))),
    st.sampled_from(["auto", "esp8266", "esp32"]))
def test_image_info_survives_mutated_images(data, chip):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "image.bin")
        with open(path, "wb") as f:
            f.write(data)
        result = run_main("esptool", "--chip", chip, "image_info", path)
        assert result.returncode in (0, 2), result.stdout
        if result.returncode == 2:
            assert_one_fatal_line(result)


def test_mutated_inputs_in_a_real_process_fail_cleanly(tmp_path):
    """A few of the fuzzed shapes again, as separate processes: exit 2, one line, no traceback."""
    elf = bytearray(SDK_ELF)
    elf[section_header_offset(SDK_ELF, 0) + 40 + 4] = 0xFF     # first section: odd type
    elf[48:50] = (999).to_bytes(2, "little")                     # e_shnum past the end
    image = bytearray(FUZZ_IMAGES[2])
    image[0x18 + 4:0x18 + 8] = (0x7FFFFFFF).to_bytes(4, "little")  # segment longer than file
    (tmp_path / "a.elf").write_bytes(bytes(elf))
    (tmp_path / "a.bin").write_bytes(bytes(image))
    for argv in (["elf2image", tmp_path / "a.elf"],
                 ["--chip", "esp32", "image_info", tmp_path / "a.bin"]):
        result = run_tool("esptool", *argv, cwd=tmp_path)
        assert_one_fatal_line(result)
        assert only_the_error(result.stderr)
    assert sorted(os.listdir(tmp_path)) == ["a.bin", "a.elf"]


# --- Without pyserial ------------------------------------------------------------

BLOCK_PYSERIAL = (
    "import sys, runpy\n"
    "sys.modules['serial'] = None  # any 'import serial' now fails\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n")


@pytest.mark.parametrize("launcher", [
    [sys.executable, "-c", BLOCK_PYSERIAL],
    [sys.executable, "-I", "-S"],    # no site-packages at all
])
def test_offline_commands_work_without_pyserial(launcher, tmp_path):
    elf = copy_elf("esp32_app.elf", tmp_path)

    def run(*args):
        return run_tool("esptool", *args, python=launcher, timeout=60, cwd=tmp_path)

    made = run("--chip", "esp32", "elf2image", elf)
    assert made.returncode == 0, made.stdout + made.stderr
    info = run("--chip", "esp32", "image_info", tmp_path / "esp32_app.bin")
    assert info.returncode == 0 and "Validation Hash" in info.stdout, info.stderr
    (tmp_path / "seg.bin").write_bytes(b"\1\2\3\4")
    assert run("make_image", "-f", "seg.bin", "-a", "0x3ffe8000", "x").returncode == 0
    assert (tmp_path / "x0x00000.bin").exists()
