#!/usr/bin/env python3
"""Record what upstream esptool 2.3.1 does with our test inputs (run once).

    python3 test/data/images/make_expected.py

writes, next to this script:
  expected.json    one entry per case: the command line, upstream's exit
                   status, its output (banner line dropped), and the SHA-256
                   of every file it wrote;
  expected.tar.gz  those files, as <case id>/<file name>, plus the inputs
                   made here (segment files, mutated images) as inputs/...

test/test_images.py replays every case against our esptool.py. Upstream comes
from its own virtualenv (test/oracle.py) and runs in a scratch directory.
Command lines name files as {dir}/<name>; {dir} is the scratch directory.
"""
import hashlib
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
ELF_DIR = os.path.join(ROOT, "test", "elf")
sys.path.insert(0, os.path.join(ROOT, "test"))

FLASH_MODES = ["qio", "qout", "dio", "dout"]
FLASH_FREQS = ["40m", "26m", "20m", "80m"]
ESP8266_SIZES = ["256KB", "512KB", "1MB", "2MB", "4MB", "2MB-c1", "4MB-c1", "8MB", "16MB"]
ESP32_SIZES = ["1MB", "2MB", "4MB", "8MB", "16MB"]
MEGABIT_SIZES = ["2m", "4m", "8m", "16m", "32m", "16m-c1", "32m-c1"]

ESP8266_ELFS = ["esp8266_sdk.elf", "esp8266_ota.elf", "esp8266_ram.elf",
                "esp8266_sdk2018_shape.elf", "esp8266_ota_shape.elf", "esp8266_16seg.elf"]
ESP32_ELFS = ["esp32_app.elf", "esp32_worked_shape.elf", "esp32_nonminimal_shape.elf",
              "esp32_nonminimal_ram_shape.elf", "esp32_page_start_shape.elf",
              "esp32_many_shape.elf"]
# Inputs one of the tools refuses; the tests say which and why.
BAD_ELFS = ["esp8266_17seg.elf", "esp8266_two_irom.elf", "no_loadable.elf",
            "esp32_17seg.elf", "esp32_shared_page.elf", "esp32_empty_pad_shape.elf"]


def case(case_id, argv, inputs, image_chip=None):
    """inputs: {file name: ("elf", name in test/elf) | ("data", bytes)}.
    image_chip: the --chip to read the outputs back with, if they are images."""
    return {"id": case_id, "argv": argv, "inputs": inputs, "image_chip": image_chip}


def elf_case(case_id, elf, chip, options, image_chip):
    argv = (["--chip", chip] if chip else []) + ["elf2image"] + options + ["{dir}/" + elf]
    return case(case_id, argv, {elf: ("elf", elf)}, image_chip)


def elf2image_cases():
    for elf in ESP8266_ELFS:
        stem = elf[:-4]
        yield elf_case(stem + "-v1-default", elf, None, [], "esp8266")
        yield elf_case(stem + "-v1-esp8266", elf, "esp8266", ["-fm", "dout", "-ff", "26m"],
                       "esp8266")
        yield elf_case(stem + "-v1-prefix", elf, "esp8266", ["-o", "{dir}/out/fw-"], "esp8266")
        yield elf_case(stem + "-v2-default", elf, "esp8266", ["--version", "2"], "esp8266")
        yield elf_case(stem + "-v2-dio-2MB", elf, "esp8266",
                       ["-e", "2", "-fm", "dio", "-fs", "2MB"], "esp8266")
        yield elf_case(stem + "-v2-named", elf, "esp8266", ["-e", "2", "-o", "{dir}/app.bin"],
                       "esp8266")
        yield elf_case(stem + "-as-esp32", elf, "esp32", [], "esp32")
    for elf in ESP32_ELFS:
        stem = elf[:-4]
        yield elf_case(stem + "-default", elf, "esp32", [], "esp32")
        yield elf_case(stem + "-dio-4MB", elf, "esp32", ["-fm", "dio", "-fs", "4MB"], "esp32")
        yield elf_case(stem + "-named", elf, "esp32", ["--output", "{dir}/fw.img", "-ff", "80m"],
                       "esp32")
        yield elf_case(stem + "-spi-connection", elf, "esp32", ["--spi-connection", "HSPI"],
                       "esp32")
        yield elf_case(stem + "-as-esp8266", elf, None, [], "esp8266")
    for elf in BAD_ELFS:
        chip = "esp32" if elf.startswith("esp32") else "esp8266"
        yield elf_case(elf[:-4] + "-" + chip, elf, chip, [], chip)


def flash_matrix_cases():
    for mode, freq, size in itertools.product(FLASH_MODES, FLASH_FREQS, ESP8266_SIZES):
        options = ["-fm", mode, "-ff", freq, "-fs", size]
        yield elf_case("matrix-esp8266-v1-%s-%s-%s" % (mode, freq, size), "esp8266_ram.elf",
                       "esp8266", options, "esp8266")
        yield elf_case("matrix-esp8266-v2-%s-%s-%s" % (mode, freq, size), "esp8266_ota.elf",
                       "esp8266", ["-e", "2"] + options, "esp8266")
    for mode, freq, size in itertools.product(FLASH_MODES, FLASH_FREQS, ESP32_SIZES):
        yield elf_case("matrix-esp32-%s-%s-%s" % (mode, freq, size), "esp32_app.elf", "esp32",
                       ["-fm", mode, "-ff", freq, "-fs", size], "esp32")
    for size in MEGABIT_SIZES:
        yield elf_case("megabit-esp8266-%s" % size, "esp8266_ram.elf", "esp8266",
                       ["-fs", size], "esp8266")
    yield elf_case("esp32-size-512KB", "esp32_app.elf", "esp32", ["-fs", "512KB"], "esp32")
    yield elf_case("esp32-size-2MB-c1", "esp32_app.elf", "esp32", ["-fs", "2MB-c1"], "esp32")


def make_image_cases():
    # docs/image-format.md §11.1
    seg_a = bytes(range(1, 11))
    seg_b = bytes((7 * i) & 0xFF for i in range(100))
    yield case("make_image-worked", ["make_image", "-f", "{dir}/a.bin", "-a", "0x40100000",
                                     "-f", "{dir}/b.bin", "-a", "0x3FFE8000",
                                     "-e", "0x40100004", "{dir}/out.bin"],
               {"a.bin": ("data", seg_a), "b.bin": ("data", seg_b)}, "esp8266")
    irom = bytes((i * 13 + 5) & 0xFF for i in range(301))
    yield case("make_image-irom", ["--chip", "esp32", "make_image", "--segfile", "{dir}/a.bin",
                                   "--segaddr", "0x3FFE8000", "--segfile", "{dir}/irom.bin",
                                   "--segaddr", "0x40230000", "--entrypoint", "1074790404",
                                   "{dir}/fw-"],
               {"a.bin": ("data", seg_a), "irom.bin": ("data", irom)}, "esp8266")
    yield case("make_image-empty-segment", ["make_image", "-f", "{dir}/empty.bin", "-a", "0x3FFE8000",
                                            "{dir}/e"], {"empty.bin": ("data", b"")}, "esp8266")
    # Flash code at offset 0 collides with the bootable file's name: the latter wins.
    yield case("make_image-irom-at-0", ["make_image", "-f", "{dir}/irom.bin", "-a", "0x40200000",
                                        "-f", "{dir}/a.bin", "-a", "0x3FFE8000", "{dir}/z"],
               {"a.bin": ("data", seg_a), "irom.bin": ("data", irom)}, "esp8266")
    yield case("make_image-mismatch", ["make_image", "-f", "{dir}/a.bin", "{dir}/x"],
               {"a.bin": ("data", seg_a)}, "esp8266")


def mutations(image, chip, version):
    """(name, bytes) variants of a good image for image_info."""
    def patched(offset, value):
        data = bytearray(image)
        data[offset] = value
        return bytes(data)

    last = len(image) - 1
    if chip == "esp32":
        checksum_at = last - 32 if image[23] == 1 else last
        yield "bad-digest", patched(last, image[last] ^ 1)
        yield "bad-checksum", patched(checksum_at, image[checksum_at] ^ 0x40)
        yield "bad-data", patched(0x18 + 8, image[0x18 + 8] ^ 0x11)
        yield "no-digest-flag", patched(23, 0)
        yield "bad-digest-flag", patched(23, 2)
        # Later esptool's fields: min rev v1.0 (legacy 1), max v3.99 (docs/image-format.md §5.2)
        yield "chip-revisions", image[:14] + bytes([1, 100, 0, 0x8F, 0x01]) + image[19:]
        yield "truncated-digest", image[:-7]
        yield "truncated-checksum", image[:checksum_at]
    else:
        yield "bad-checksum", patched(last, image[last] ^ 0x21)
        if version == 1:   # first load address 0x60xxxxxx: outside the usual window
            yield "suspicious", patched(11, 0x60)
        yield "truncated", image[:len(image) // 2]
        yield "truncated-checksum", image[:last]
        if version == 2:
            yield "headers-disagree", patched(2, image[2] ^ 3)[:3] + bytes([image[3] ^ 0x10]) + \
                image[4:]
            yield "odd-v2-count", patched(1, 3)
    yield "too-many-segments", patched(1, 17)
    yield "bad-magic", patched(0, 0xE8)
    yield "empty", b""


def run_upstream(argv, scratch):
    from oracle import upstream_python
    python = upstream_python("2.3.1")
    if python is None:
        sys.exit("upstream esptool 2.3.1 is not available")
    words = [a.replace("{dir}", scratch) for a in argv]
    result = subprocess.run([python, "-m", "esptool"] + words, cwd=scratch,
                            capture_output=True, text=True, timeout=60)
    lines = result.stdout.splitlines()
    # The version banner differs by design; argparse's warnings may precede it.
    banner = [i for i, line in enumerate(lines) if line.startswith("esptool.py v")][:1]
    lines = [line for i, line in enumerate(lines) if i not in banner]
    return result.returncode, [line.replace(scratch, "{dir}") for line in lines]


def run_case(spec, tar):
    scratch = tempfile.mkdtemp(prefix="upstream-")
    try:
        os.makedirs(os.path.join(scratch, "out"))
        for name, (kind, source) in spec["inputs"].items():
            path = os.path.join(scratch, name)
            if kind == "elf":
                shutil.copy(os.path.join(ELF_DIR, source), path)
            else:
                with open(path, "wb") as f:
                    f.write(source)
        before = set(walk(scratch))
        returncode, stdout = run_upstream(spec["argv"], scratch)
        outputs = {}
        for name in sorted(set(walk(scratch)) - before):
            with open(os.path.join(scratch, name), "rb") as f:
                outputs[name] = f.read()
        return returncode, stdout, outputs
    finally:
        shutil.rmtree(scratch)


def walk(top):
    for base, _dirs, files in os.walk(top):
        for name in files:
            yield os.path.relpath(os.path.join(base, name), top)


def add_to_tar(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 0
    tar.addfile(info, io.BytesIO(data))


def is_image(name, spec):
    """Outputs image_info can read: all but the raw flash-code file of a v1 image."""
    argv = spec["argv"]
    v1 = "make_image" in argv or (spec["image_chip"] == "esp8266"
                                  and "-e" not in argv and "--version" not in argv)
    return not v1 or name.endswith("0x00000.bin")


def record(spec, tar, entries):
    returncode, stdout, outputs = run_case(spec, tar)
    entry = {"id": spec["id"], "argv": spec["argv"], "returncode": returncode,
             "stdout": stdout, "inputs": {}, "outputs": {}}
    for name, (kind, source) in spec["inputs"].items():
        if kind == "elf":
            entry["inputs"][name] = "elf/" + source
        else:
            entry["inputs"][name] = "inputs/%s/%s" % (spec["id"], name)
            add_to_tar(tar, entry["inputs"][name], source)
    for name, data in outputs.items():
        entry["outputs"][name] = hashlib.sha256(data).hexdigest()
        add_to_tar(tar, "%s/%s" % (spec["id"], name), data)
    entries.append(entry)
    print("%-60s rc=%d files=%d" % (spec["id"], returncode, len(outputs)))
    return outputs


def info_case(case_id, name, data, chip):
    argv = (["--chip", chip] if chip == "esp32" else []) + ["image_info", "{dir}/" + name]
    return case(case_id, argv, {name: ("data", data)})


def main():
    entries = []
    tar_path = os.path.join(HERE, "expected.tar.gz")
    with tarfile.open(tar_path + ".tmp", "w:gz") as tar:
        specs = list(elf2image_cases()) + list(flash_matrix_cases()) + list(make_image_cases())
        for spec in specs:
            outputs = record(spec, tar, entries)
            chip = spec["image_chip"]
            for name, data in outputs.items():
                if not is_image(name, spec):
                    continue
                base = "info-%s-%s" % (spec["id"], name.replace("/", "_"))
                record(info_case(base, os.path.basename(name), data, chip), tar, entries)
                if spec["id"].startswith(("matrix", "megabit")) or "default" not in spec["id"]:
                    continue
                version = 2 if data[:1] == b"\xea" else 1
                for label, variant in mutations(data, chip, version):
                    record(info_case("%s-%s" % (base, label), "image.bin", variant, chip),
                           tar, entries)
    os.replace(tar_path + ".tmp", tar_path)
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"generated_with": "esptool 2.3.1", "cases": entries}, f, indent=1,
                  sort_keys=True)
        f.write("\n")
    print("%d cases" % len(entries))


if __name__ == "__main__":
    main()
