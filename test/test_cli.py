"""The command line of the three tools: one registration per command, the 5.x
spellings as aliases, chips from the CHIPS registry (issue 11, sections 2 and 3).

Given a simulated chip or an offline file, when the user types a command in its
v2.3 or its 5.x spelling, then the chip, the files and the output are the same.
"""
import os
import re
import struct

import pytest

import esptool
from conftest import ROOT, assert_one_fatal_line, ok, run_main, run_tool

ELF_DIR = os.path.join(ROOT, "test", "elf")


def esp32_bootloader_image():
    """A minimal ESP32 image (docs/image-format.md §5): qio, 2MB/40m, one RAM
    segment, no digest, so write_flash patches its header at 0x1000."""
    data = bytes(range(64))
    header = struct.pack("<BBBBI", 0xE9, 1, 0, 0x10, 0x40080000)
    header += bytes([0xEE]) + bytes(15)
    body = header + struct.pack("<II", 0x3FFB0000, len(data)) + data
    checksum = 0xEF
    for byte in data:
        checksum ^= byte
    return body + bytes(15 - len(body) % 16) + bytes([checksum])


def without_timings(output):
    """The output minus the lines that depend on timing: durations, speeds, and
    the dots of connection attempts."""
    return [line for line in output.splitlines()
            if not re.search(r"seconds|Took [0-9.]+s|^Connecting", line)]


# -- the 5.x spellings, end to end ------------------------------------------------

def test_write_flash_in_5x_spelling_does_what_the_v23_spelling_does(tmp_path):
    image = tmp_path / "f.bin"
    image.write_bytes(esp32_bootloader_image())
    runs = {}
    for spelling in (["write_flash", "--flash_mode", "dio"], ["write-flash", "--flash-mode", "dio"]):
        flash = tmp_path / ("%s.bin" % spelling[0])
        url = "espsim://esp32?flash=%s&size=1MB" % flash
        output = ok(run_tool("esptool", "--port", url, "--no-stub", "--connect-attempts", "2",
                             "--before", "default-reset" if "-" in spelling[0] else "default_reset",
                             *spelling, "0x1000", image))
        runs[spelling[0]] = (flash.read_bytes(), without_timings(output))
    assert runs["write_flash"] == runs["write-flash"]
    flash, output = runs["write-flash"]
    assert flash[0x1002] == 2                    # dio, docs/image-format.md §2
    assert "Flash params set to 0x0200" in output  # dio, the detected 1MB, 40m


@pytest.mark.parametrize("v23, v5", [
    (["read_mac"], ["read-mac"]),
    (["--before", "no_reset", "--after", "soft_reset", "chip_id"],
     ["--before", "no-reset", "--after", "soft-reset", "chip-id"]),
    (["--after", "hard_reset", "read_flash", "0", "0x100", "out.bin", "--no-progress"],
     ["--after", "hard-reset", "read-flash", "0", "0x100", "out.bin", "--no-progress"]),
    (["erase_region", "0x1000", "4096"], ["erase-region", "0x1000", "4096"]),
    (["image_info", "app.bin"], ["image-info", "app.bin"]),
    (["elf2image", "--flash_freq", "80m", "--flash_mode", "dout", "--flash_size", "4MB", "a.elf"],
     ["elf2image", "--flash-freq", "80m", "--flash-mode", "dout", "--flash-size", "4MB", "a.elf"]),
    (["make_image", "-f", "a.bin", "-a", "0x40100000", "out"],
     ["make-image", "-f", "a.bin", "-a", "0x40100000", "out"]),
    (["verify_flash", "--flash_size", "keep", "--diff", "yes", "0", "f.bin"],
     ["verify-flash", "--flash-size", "keep", "--diff", "yes", "0", "f.bin"]),
])
def test_5x_spellings_parse_as_the_v23_ones(v23, v5, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.bin").write_bytes(b"\x01" * 16)
    assert vars(esptool.build_parser().parse_args(v5)) == \
        vars(esptool.build_parser().parse_args(v23))


def test_the_help_lists_each_command_once_in_its_v23_spelling():
    listing = ok(run_tool("esptool", "-h"))
    for command in esptool.COMMANDS:
        assert re.search(r"^    %s\b" % command.name, listing, re.M), command.name
    assert "write-flash" not in listing
    assert "--flash-mode" not in ok(run_tool("esptool", "write_flash", "-h"))


def test_every_command_has_one_registration_with_what_it_needs():
    by_name = {command.name: command for command in esptool.COMMANDS}
    assert len(by_name) == len(esptool.COMMANDS)
    assert not by_name["elf2image"].needs_chip and not by_name["version"].needs_chip
    assert by_name["write_flash"].wants_stub and not by_name["read_mac"].wants_stub
    for name, command in by_name.items():
        args = esptool.build_parser().parse_args([name.replace("_", "-")] + sample_args(name))
        assert args.command is command and args.operation == name


def sample_args(name):
    """Enough arguments for each command's parser to accept it."""
    return {"load_ram": ["x"], "dump_mem": ["0", "4", "x"], "read_mem": ["0"],
            "write_mem": ["0", "0"], "write_flash": ["0", __file__], "image_info": ["x"],
            "make_image": ["x"], "elf2image": ["x"], "write_flash_status": ["0"],
            "read_flash": ["0", "4", "x"], "verify_flash": ["0", __file__],
            "erase_region": ["0", "4096"], "merge_bin": ["-o", "x", "0", __file__],
            "partition_table": ["x"]}.get(name, [])


# -- bad command lines: one line, no internal names ----------------------------------

@pytest.mark.parametrize("tool, argv", [
    ("esptool", ["read_mem", "xyz"]),
    ("esptool", ["--baud", "fast", "read_mac"]),
    ("esptool", ["write-flash", "0x1000x", "f.bin"]),
    ("esptool", ["--connect-attempts", "xyz", "read_mac"]),
    ("esptool", ["read_flash_status", "--bytes", "xyz"]),
    ("espsecure", ["generate-flash-encryption-key", "--keylen", "xyz", "k.bin"]),
    ("espefuse", ["--virt", "burn-efuse", "FLASH_CRYPT_CNT", "xyz"]),
    ("espsecure", ["encrypt-flash-data", "-k", "k", "-o", "o", "--address", "xyz", "p"]),
    ("espsecure", ["decrypt_flash_data", "-k", "k", "-o", "o", "-a", "0",
                   "--flash-crypt-conf", "xyz", "e"]),
])
def test_a_bad_number_is_named_without_internal_names(tool, argv, tmp_path):
    line = assert_one_fatal_line(run_tool(tool, *argv, cwd=tmp_path))
    assert "xyz" in line or "fast" in line or "0x1000x" in line
    assert "arg_auto_int" not in line and "invalid int" not in line


def test_an_unknown_command_is_named_without_a_list_of_all_commands():
    line = assert_one_fatal_line(run_tool("esptool", "flash_everything"))
    assert "'flash_everything'" in line
    assert "read_mac" not in line and "write-flash" not in line


# -- espefuse and espsecure accept the 5.x spellings too ------------------------------

def test_espefuse_commands_with_dashes(tmp_path):
    for v23, v5 in ((["summary"], ["summary"]), (["get_custom_mac"], ["get-custom-mac"]),
                    (["adc_info"], ["adc-info"])):
        assert ok(run_tool("espefuse", "--virt", "--before", "default_reset", *v23)) == \
            ok(run_tool("espefuse", "--virt", "--before", "default-reset", *v5))
    fuses = tmp_path / "fuses.json"
    ok(run_tool("espefuse", "--virt", "--file", fuses, "--do-not-confirm", "burn-efuse", "JTAG_DISABLE"))
    assert "JTAG_DISABLE" in ok(run_tool("espefuse", "--file", fuses, "summary"))


def test_espsecure_commands_and_options_with_dashes(tmp_path):
    key = tmp_path / "key.bin"
    key.write_bytes(bytes(range(32)))
    plain = tmp_path / "plain.bin"
    plain.write_bytes(bytes(range(256)) * 4)
    outputs = []
    for command, conf in (("encrypt_flash_data", "--flash_crypt_conf"),
                          ("encrypt-flash-data", "--flash-crypt-conf")):
        out = tmp_path / (command + ".out")
        ok(run_tool("espsecure", command, "-k", key, "-o", out, "-a", "0x1000", conf, "0x3",
                    plain))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] != plain.read_bytes()
    signing_key = tmp_path / "signing.pem"
    ok(run_tool("espsecure", "generate-signing-key", signing_key))
    ok(run_tool("espsecure", "sign-data", "-k", signing_key, "-o", tmp_path / "s.bin", plain))
    assert "valid" in ok(run_tool("espsecure", "verify-signature", "-k", signing_key,
                                  tmp_path / "s.bin"))


# -- chips come from the registry --------------------------------------------------

def test_chip_choices_and_help_come_from_the_registry():
    listing = ok(run_tool("esptool", "-h"))
    assert "{%s}" % ",".join(["auto"] + list(esptool.CHIPS)) in listing
    for chip in esptool.CHIPS.values():
        assert chip.CHIP_NAME in listing


class ToyROM(esptool.ESP32ROM):
    """A chip no CLI code knows: ESP32 images, one flash size more."""

    CHIP_NAME = "TOY"
    CHIP_DETECT_MAGIC_VALUE = 0x7E57C41F
    FLASH_SIZES = dict(esptool.ESP32ROM.FLASH_SIZES, **{"32MB": 0x50})
    SUPPORTS_SPI_CONNECTION = False


def test_a_chip_class_added_to_chips_reaches_the_cli(monkeypatch, tmp_path):
    monkeypatch.setitem(esptool.CHIPS, "toy", ToyROM)
    listing = esptool.build_parser().format_help()
    # Every chip known (the package's too, whichever it registers), then the toy.
    assert "{auto,%s}" % ",".join(esptool.CHIPS) in listing
    names = [chip.CHIP_NAME for chip in esptool.CHIPS.values()]
    assert names[-1] == "TOY" and {"ESP8266", "ESP32", "ESP32-C3", "ESP32-S3"} <= set(names)
    assert ", ".join(names[:-1]) + " and TOY" in " ".join(listing.split())

    image = tmp_path / "app.bin"
    made = run_main("esptool", "--chip", "toy", "elf2image", "--flash-size", "32MB",
                    "-o", image, os.path.join(ELF_DIR, "esp32_app.elf"))
    assert made.returncode == 0, made.stdout
    assert image.read_bytes()[3] == 0x50         # the toy's own size code, 40m
    info = run_main("esptool", "--chip", "toy", "image_info", image)
    assert info.returncode == 0 and "Checksum:" in info.stdout and "(valid)" in info.stdout, \
        info.stdout

    # The registered ESP32 knows no 32MB: each chip checks its own list.
    assert_one_fatal_line(run_main("esptool", "--chip", "esp32", "elf2image", "--flash-size",
                                   "32MB", "-o", tmp_path / "x.bin",
                                   os.path.join(ELF_DIR, "esp32_app.elf")),
                          "not valid for ESP32")
    # --spi-connection's help names the chips that support it; the toy does not.
    helped = run_main("esptool", "flash_id", "-h")
    assert helped.returncode == 0
    help_text = " ".join(helped.stdout.split())
    pins = [c.CHIP_NAME for c in esptool.CHIPS.values() if c.SUPPORTS_SPI_CONNECTION]
    assert pins[:3] == ["ESP32", "ESP32-C3", "ESP32-S3"]
    assert "%s and %s only: flash pins" % (", ".join(pins[:-1]), pins[-1]) in help_text
    assert "TOY" not in help_text


def test_detect_chip_is_a_module_function_and_the_v23_name_still_works(tmp_path):
    for detect in (esptool.detect_chip, esptool.ESPLoader.detect_chip):
        url = "espsim://esp8266?flash=%s" % (tmp_path / "flash.bin")
        chip = detect(url, 115200)
        try:
            assert isinstance(chip, esptool.ESP8266ROM) and chip.CHIP_NAME == "ESP8266"
            assert len(chip.read_mac()) == 6
        finally:
            chip.close()
