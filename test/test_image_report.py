"""image_info beyond v2.3.1's lines (issue 23, item 5): the flash settings of the header,
as upstream 5.x shows them with each chip's own frequency codes, and `--json image_info`
giving the image's data (docs/images.md)."""
import hashlib
import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT, output_of, run_tool
from oracle import upstream_cmd

ELF = os.path.join(ROOT, "test", "elf")
CHIPS = ["esp8266", "esp32", "esp32c3", "esp32s3", "esp32c6", "esp32s2", "esp32h2", "esp32c2"]
CHIPS += ["esp32p4", "esp32c5", "esp32c61"]
# Per chip: a frequency code of its own table other than 0, and its 4MB size code.
FREQ_CODE = {"esp32c6": 0x2}
SIZE_CODE = {"esp8266": 0x40}
DOUT = 3


def image_of(chip, directory):
    """An image of test/elf/<chip>_app.elf (esp8266: the SDK ELF's first file) -> path."""
    elf = os.path.join(ELF, "%s_%s.elf" % (chip, "sdk" if chip == "esp8266" else "app"))
    out = os.path.join(directory, "app-" if chip == "esp8266" else "app.bin")
    result = run_tool("esptool", "--chip", chip, "elf2image", "-o", out, elf)
    assert result.returncode == 0, output_of(result)
    return out + "0x00000.bin" if chip == "esp8266" else out


def with_header(path, mode, size_freq):
    """The image at `path` with header bytes 2 and 3 replaced (the digest left stale)."""
    data = bytearray(open(path, "rb").read())
    data[2], data[3] = mode, size_freq
    open(path, "wb").write(bytes(data))
    return path


def flash_lines(text):
    return [line for line in text.splitlines()
            if line.startswith(("Flash size:", "Flash freq:", "Flash mode:"))]


@pytest.mark.parametrize("chip", CHIPS)
def test_image_info_shows_the_flash_settings_as_5x_does(chip, tmp_path):
    path = with_header(image_of(chip, tmp_path), DOUT,
                       SIZE_CODE.get(chip, 0x20) | FREQ_CODE.get(chip, 0xF))
    ours = run_tool("esptool", "--chip", chip, "image_info", path)
    assert ours.returncode == 0, output_of(ours)
    upstream = subprocess.run(upstream_cmd("5") + ["--chip", chip, "image-info", path],
                              cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    expected = flash_lines(upstream.stdout)
    assert len(expected) == 3, upstream.stdout + upstream.stderr
    assert flash_lines(ours.stdout) == expected


def test_the_new_lines_come_after_v2_3_1s(tmp_path):
    path = image_of("esp32", tmp_path)
    lines = run_tool("esptool", "--chip", "esp32", "image_info", path).stdout.splitlines()
    hash_line = next(i for i, line in enumerate(lines) if line.startswith("Validation Hash"))
    assert lines[hash_line + 1:hash_line + 4] == ["Flash size: 1MB", "Flash freq: 40m",
                                                  "Flash mode: QIO"]


def test_an_unknown_code_is_named_not_guessed(tmp_path):
    path = with_header(image_of("esp32c6", tmp_path), 7, 0xF3)
    out = run_tool("esptool", "--chip", "esp32c6", "image_info", path).stdout
    assert flash_lines(out) == ["Flash size: unknown (code 0xf0)",
                                "Flash freq: unknown (code 0x3)",
                                "Flash mode: unknown (code 7)"]


def json_result(*args):
    result = run_tool("esptool", "--json", *args)
    assert result.returncode == 0, output_of(result)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["event"] for e in events] == ["result"], result.stdout
    return events[0], result.stderr


def test_json_image_info_gives_the_images_data(tmp_path):
    path = image_of("esp32c3", tmp_path)
    event, text = json_result("image_info", path)
    assert event["ok"] and event["command"] == "image_info"
    assert event["size"] == os.path.getsize(path)
    assert event["sha256"] == hashlib.sha256(open(path, "rb").read()).hexdigest()
    image = event["image"]
    assert (image["chip"], image["entry_point"]) == ("esp32c3", 0x40380018)
    assert (image["flash_mode"], image["flash_size"], image["flash_freq"]) == ("qio", "1MB", "40m")
    # The segments are those of the text (on stderr under --json), with their kinds.
    printed = [line for line in text.splitlines() if line.startswith("Segment ")]
    assert printed == ["Segment %d: len 0x%05x load 0x%08x file_offs 0x%08x"
                       % (i, s["length"], s["load_address"], s["file_offset"])
                       for i, s in enumerate(image["segments"], 1)]
    assert [s["kind"] for s in image["segments"]][:2] == [["DROM"], ["DRAM", "BYTE_ACCESSIBLE"]]
    assert image["checksum"]["valid"] and image["digest"]["valid"]
    assert image["checksum"]["stored"] == image["checksum"]["calculated"]
    assert (image["chip_id"], image["min_revision"], image["max_revision"]) == (5, "v0.0", None)
    # elf2image wrote the ELF's SHA-256 into ESP-IDF's app description.
    elf = open(os.path.join(ELF, "esp32c3_app.elf"), "rb").read()
    assert image["app_description"]["elf_sha256"] == hashlib.sha256(elf).hexdigest()


def test_json_image_info_says_what_is_wrong_with_a_damaged_image(tmp_path):
    path = image_of("esp32", tmp_path)
    data = bytearray(open(path, "rb").read())
    data[0x20] ^= 0xFF                      # the first segment's first data byte
    open(path, "wb").write(bytes(data))
    image = json_result("image_info", path)[0]["image"]
    assert image["checksum"]["valid"] is False and image["digest"]["valid"] is False
    assert image["digest"]["stored"] != image["digest"]["calculated"]
    assert image["app_description"] is None    # the ESP32 test ELF has none


def test_json_image_info_of_an_esp8266_image_has_no_digest(tmp_path):
    image = json_result("image_info", image_of("esp8266", tmp_path))[0]["image"]
    assert image["digest"] is None and image["chip_id"] is None
    assert image["segments"] and all(s["kind"] for s in image["segments"])


def test_json_image_info_of_a_partition_table_describes_it(tmp_path):
    source = os.path.join(ROOT, "test", "data", "partitions", "good")
    csv = next(os.path.join(source, name) for name in sorted(os.listdir(source))
               if name.endswith(".csv"))
    shutil.copy(csv, tmp_path / "table.csv")
    binary = tmp_path / "table.bin"
    assert run_tool("esptool", "partition_table", tmp_path / "table.csv", binary).returncode == 0
    event = json_result("image_info", binary)[0]
    assert event["image"] is None and event["description"]
