"""No false success on the tool side (issue 25, points 7-11 and the eFuse write registers):
'-' outputs carry only data, UF2 input is decoded as HEX is, addresses stop at the largest
flash, bad numbers and files get one fatal line before any port is opened, output files
keep their mode, and espefuse burns nothing when a write register does not hold what was
written to it.

Every story runs the tools as a user does (run_tool / run_main) and, where a chip is
needed, on espsim.
"""
import contextlib
import hashlib
import json
import os
import random
import stat
import struct

import pytest

from conftest import ROOT, assert_one_fatal_line, ok, run_main, run_tool

# A port that cannot be opened: a check that fails on it with its own message ran first.
NO_PORT = "/nonexistent/ttyUSB9"
APP_ELF = os.path.join(ROOT, "test", "elf", "esp32_app.elf")
PARTITION_CSV = os.path.join(ROOT, "test", "data", "partitions", "good", "singleapp.csv")
SPEC_KEY = bytes(range(32))


def write(path, data):
    path.write_bytes(data)
    return path


def app_bytes(size=5000, seed=1):
    return random.Random(seed).randbytes(size)


@contextlib.contextmanager
def umask(mask):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


# -- 7. '-' as an output: the data on stdout, byte for byte; all text on stderr ------------

def data_and_file(tmp_path, tool, argv_with_output):
    """Run `tool` twice: with '-' for the OUTPUT placeholder, and with a file.
    -> (the first run, its stdout bytes, the file's bytes)."""
    to_stdout = run_tool(tool, *["-" if a == "OUTPUT" else a for a in argv_with_output],
                         cwd=tmp_path, text=False)
    out = tmp_path / "out.file"
    ok_file = run_tool(tool, *[out if a == "OUTPUT" else a for a in argv_with_output],
                       cwd=tmp_path, text=False)
    assert ok_file.returncode == 0, ok_file.stdout + ok_file.stderr
    return to_stdout, to_stdout.stdout, out.read_bytes()


@pytest.mark.parametrize("fmt", ["raw", "hex", "uf2"])
def test_merge_bin_to_stdout_writes_only_the_data(tmp_path, fmt):
    app = write(tmp_path / "app.bin", app_bytes())
    result, stdout, file_bytes = data_and_file(
        tmp_path, "esptool", ["--chip", "esp32", "merge_bin", "-f", fmt, "-o", "OUTPUT",
                              "0x10000", app])
    assert result.returncode == 0, result.stderr
    assert stdout == file_bytes
    assert b"Adding app.bin" in result.stderr or b"Adding " in result.stderr


def test_elf2image_to_stdout_writes_only_the_image(tmp_path):
    result, stdout, file_bytes = data_and_file(
        tmp_path, "esptool", ["--chip", "esp32", "elf2image", "-o", "OUTPUT", APP_ELF])
    assert result.returncode == 0, result.stderr
    assert stdout == file_bytes and stdout[0] == 0xE9
    assert b"esptool.py v" in result.stderr


def test_partition_table_to_stdout_writes_only_the_binary(tmp_path):
    result, stdout, file_bytes = data_and_file(
        tmp_path, "esptool", ["partition_table", PARTITION_CSV, "OUTPUT"])
    assert result.returncode == 0, result.stderr
    assert stdout == file_bytes and stdout[:2] == b"\xaa\x50"
    assert b"partition table" in result.stderr


def test_espsecure_sign_data_to_stdout_writes_only_the_signed_file(tmp_path):
    key = tmp_path / "key.pem"
    ok(run_tool("espsecure", "generate_signing_key", key))
    data = write(tmp_path / "data.bin", app_bytes(1000))
    result, stdout, file_bytes = data_and_file(
        tmp_path, "espsecure", ["sign_data", "--keyfile", key, "--output", "OUTPUT", data])
    assert result.returncode == 0, result.stderr
    assert stdout == file_bytes and stdout[:1000] == data.read_bytes()
    assert b"Signed 1000 bytes" in result.stderr


def test_espsecure_encrypt_flash_data_to_stdout_writes_only_the_ciphertext(tmp_path):
    key = write(tmp_path / "key.bin", SPEC_KEY)
    plain = write(tmp_path / "plain.bin", app_bytes(1024))
    result, stdout, file_bytes = data_and_file(
        tmp_path, "espsecure", ["encrypt_flash_data", "--keyfile", key, "--address", "0x1000",
                                "--output", "OUTPUT", plain])
    assert result.returncode == 0, result.stderr
    assert stdout == file_bytes and len(stdout) == 1024
    assert b"espsecure.py v" in result.stderr


def test_an_error_while_writing_to_stdout_goes_to_stderr(tmp_path, espsim_server):
    sim = espsim_server("esp32", in_process=True)
    failing = [run_tool("esptool", "partition_table", "--offset", "0xfffff000", PARTITION_CSV,
                        "-", text=False),
               run_tool("esptool", "--chip", "esp32", "--port", sim.url, "read_flash",
                        "0x3ff000", "0x2000", "-", text=False)]
    for result in failing:
        assert result.stdout == b""
        assert_one_fatal_line(result)
        assert b"A fatal error occurred" in result.stderr


# -- 8. UF2 input is decoded, never written as container bytes -----------------------------

def uf2_of(tmp_path, chip, address, data, name="app.uf2"):
    src = write(tmp_path / ("%s.src" % name), data)
    ok(run_main("esptool", "--chip", chip, "merge_bin", "-f", "uf2", "-o", tmp_path / name,
                hex(address), src))
    return tmp_path / name


def test_write_flash_of_a_uf2_file_writes_its_payload_at_its_addresses(espsim_server, tmp_path):
    sim = espsim_server("esp32", in_process=True)
    app = app_bytes(10000)
    uf2 = uf2_of(tmp_path, "esp32", 0x20000, app)

    result = run_tool("esptool", "--chip", "esp32", "--port", sim.url, "write_flash",
                      "0x0", uf2)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "is UF2 for esp32" in result.stdout
    flash = sim.flash()
    assert flash[0x20000:0x20000 + len(app)] == app
    assert flash[:0x20000] == b"\xff" * 0x20000       # the address given is not used
    verify = run_tool("esptool", "--chip", "esp32", "--port", sim.url, "verify_flash",
                      "0x0", uf2)
    assert verify.returncode == 0 and "verify OK" in verify.stdout, verify.stdout


def test_a_uf2_for_another_chip_is_refused_before_the_port_is_opened(tmp_path):
    uf2 = uf2_of(tmp_path, "esp32s3", 0x10000, app_bytes())

    result = run_tool("esptool", "--chip", "esp32", "--port", NO_PORT, "write_flash",
                      "0x10000", uf2)

    assert_one_fatal_line(result, "app.uf2 is a UF2 file for esp32s3", "not for ESP32")


def test_a_uf2_for_another_chip_is_refused_by_the_chip_that_answers(espsim_server, tmp_path):
    sim = espsim_server("esp32", in_process=True)
    uf2 = uf2_of(tmp_path, "esp8266", 0x10000, app_bytes())

    result = run_tool("esptool", "--port", sim.url, "write_flash", "0x10000", uf2)

    assert_one_fatal_line(result, "UF2 file for esp8266", "not for ESP32")
    assert not os.path.exists(sim.flash_path) or sim.flash() == b"\xff" * len(sim.flash())


def test_a_damaged_uf2_block_is_refused(tmp_path):
    uf2 = uf2_of(tmp_path, "esp32", 0x10000, app_bytes(3000))
    data = bytearray(uf2.read_bytes())
    data[512 + 40] ^= 0x01                 # block 1's payload, under its MD5 tag
    write(uf2, bytes(data))

    result = run_tool("esptool", "--chip", "esp32", "--port", NO_PORT, "write_flash",
                      "0x10000", uf2)

    assert_one_fatal_line(result, "app.uf2 block 1", "MD5")


def test_image_info_of_a_cut_short_uf2_file_says_so(tmp_path):
    uf2 = uf2_of(tmp_path, "esp32", 0x10000, app_bytes(3000))
    write(uf2, uf2.read_bytes()[:10])
    result = run_tool("esptool", "image_info", uf2)
    assert "starts as a UF2 file but is 10 bytes" in result.stdout, result.stdout


def test_merge_bin_decodes_uf2_inputs(tmp_path):
    app = app_bytes(3000)
    uf2 = uf2_of(tmp_path, "esp32", 0x1000, app)
    ok(run_main("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "m.bin", "0", uf2))
    assert (tmp_path / "m.bin").read_bytes() == b"\xff" * 0x1000 + app


def test_a_uf2_written_by_the_spec_layout_is_read_too(tmp_path):
    # The UF2 README puts the MD5 tag in the last 24 bytes of the data area, pads with 0xFF.
    payload, address = app_bytes(256), 0x3000
    tag = struct.pack("<II16s", address, len(payload), hashlib.md5(payload).digest())
    body = payload + b"\xff" * (476 - 24 - len(payload)) + tag
    block = struct.pack("<8I", 0x0A324655, 0x9E5D5157, 0x6000, address, len(payload), 0, 1,
                        0x1C5F21B0) + body + struct.pack("<I", 0x0AB16F30)
    uf2 = write(tmp_path / "spec.uf2", block)
    ok(run_main("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "m.bin", "0", uf2))
    assert (tmp_path / "m.bin").read_bytes() == b"\xff" * address + payload


# -- 9. addresses stop at the end of the largest flash (128 MiB) --------------------------

def test_merge_bin_refuses_an_address_past_the_largest_flash(tmp_path):
    # Issue 25 gave 0xfffff000 (a 4 GiB file); the first address past the end shows the
    # bound as well, and costs only 128 MiB where the check is missing.
    app = write(tmp_path / "app.bin", app_bytes())

    result = run_main("esptool", "--chip", "esp32", "merge_bin", "-o", tmp_path / "m.bin",
                      "0x8000000", app)

    assert_one_fatal_line(result, "0x8000000", "largest flash")
    assert not (tmp_path / "m.bin").exists()


@pytest.mark.parametrize("argv", [
    ["write_flash", "0x7fff000", "APP"],
    ["read_flash", "0x8000000", "16", "out.bin"],
    ["erase_region", "0xfffff000", "0x1000"],
])
def test_flash_ranges_past_the_largest_flash_are_refused_before_the_port(tmp_path, argv):
    app = write(tmp_path / "app.bin", app_bytes())
    argv = [app if a == "APP" else a for a in argv]
    result = run_tool("esptool", "--chip", "esp32", "--port", NO_PORT, *argv, cwd=tmp_path)
    assert_one_fatal_line(result, "largest flash")


# -- 10. numbers and files that crashed: one fatal line, before the port ------------------

@pytest.mark.parametrize("argv, fragment", [
    (["write_flash", "--", "-0x1000", "APP"], "-0x1000 is out of range"),
    (["write_flash", "0x100000000", "APP"], "0x100000000 is out of range"),
    (["read_flash", "0", "0x100000000", "out.bin"], "0x100000000 is out of range"),
    (["-b", "99999999999", "read_mac"], "99999999999 is out of range"),
    (["--connect-attempts", "-1", "read_mac"], "-1 is out of range"),
    (["dump_mem", "0xfffffffc", "8", "out.bin"], "0x100000000 at most"),
    (["write_mem", "0x3ff00000", "0x100000000"], "out of range"),
    (["write_flash_status", "--bytes", "2", "0x10000"], "does not fit 2 byte"),
    (["write_flash_status", "--bytes", "1", "0x1000000000"], "out of range"),
    (["write_flash_status", "--", "-1"], "-1 is out of range"),
])
def test_bad_numbers_get_one_fatal_line_before_the_port(tmp_path, argv, fragment):
    app = write(tmp_path / "app.bin", app_bytes())
    argv = [app if a == "APP" else a for a in argv]
    result = run_tool("esptool", "--chip", "esp32", "--port", NO_PORT, *argv, cwd=tmp_path)
    assert_one_fatal_line(result, fragment)


@pytest.mark.parametrize("content, fragment", [
    (b"version \xff\xfe\n", "not UTF-8"),
    (b'version "unclosed\n', "line 1"),
])
def test_a_bad_argument_file_gets_one_fatal_line(tmp_path, content, fragment):
    args = write(tmp_path / "args.txt", content)
    assert_one_fatal_line(run_tool("esptool", "@%s" % args), "argument file", fragment)


def test_an_iv_that_is_not_whole_aes_blocks_is_refused(tmp_path):
    key = write(tmp_path / "key.bin", SPEC_KEY)
    iv = write(tmp_path / "iv.bin", bytes(31))
    boot = write(tmp_path / "boot.bin", app_bytes(4096))
    env = dict(os.environ, ESPSECURE_AES="pyaes")

    result = run_tool("espsecure", "digest_secure_bootloader", "-k", key, "--iv", iv,
                      "-o", tmp_path / "out.bin", boot, env=env)

    assert_one_fatal_line(result, "31 bytes", "multiple of 16")
    assert not (tmp_path / "out.bin").exists()


@pytest.mark.parametrize("argv, fragment", [
    (["-b", "99999999999", "summary"], "out of range"),
    (["burn_block_data", "--offset", "0x100000000", "BLK3", "DATA"], "out of range"),
    (["burn_efuse", "FLASH_CRYPT_CNT", "--", "-1"], "-1 is out of range"),
])
def test_espefuse_bad_numbers_get_one_fatal_line(tmp_path, argv, fragment):
    data = write(tmp_path / "data.bin", b"\x01\x02\x03")
    argv = [data if a == "DATA" else a for a in argv]
    result = run_tool("espefuse", "--file", tmp_path / "fuses.json", "--virt",
                      "--do-not-confirm", *argv)
    assert_one_fatal_line(result, fragment)
    assert not (tmp_path / "fuses.json").exists()


# -- 11. files keep their mode; the umask is respected; values fit ------------------------

def test_read_flash_over_a_private_file_keeps_it_private(espsim_server, tmp_path):
    sim = espsim_server("esp32", in_process=True)
    out = write(tmp_path / "dump.bin", b"secret")
    os.chmod(out, 0o600)

    with umask(0o022):
        result = run_tool("esptool", "--chip", "esp32", "--port", sim.url, "read_flash",
                          "0", "0x1000", out)

    assert result.returncode == 0, result.stdout + result.stderr
    assert mode_of(out) == 0o600 and out.read_bytes() == b"\xff" * 0x1000


@pytest.mark.parametrize("mask, mode", [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_a_new_output_file_respects_the_umask(tmp_path, mask, mode):
    app = write(tmp_path / "app.bin", app_bytes())
    out = tmp_path / "merged.bin"
    with umask(mask):
        ok(run_tool("esptool", "--chip", "esp32", "merge_bin", "-o", out, "0x1000", app))
    assert mode_of(out) == mode


@pytest.mark.parametrize("tool, argv", [
    ("esptool", ["--chip", "esp32", "merge_bin", "-o", "OUT", "0x1000", "APP"]),
    ("esptool", ["--chip", "esp32", "elf2image", "-o", "OUT", APP_ELF]),
    ("esptool", ["partition_table", PARTITION_CSV, "OUT"]),
    ("espsecure", ["encrypt_flash_data", "-k", "KEY", "-a", "0", "-o", "OUT", "APP"]),
])
def test_replacing_an_output_file_keeps_its_mode(tmp_path, tool, argv):
    app = write(tmp_path / "app.bin", app_bytes(4096))
    key = write(tmp_path / "key.bin", SPEC_KEY)
    out = write(tmp_path / "out.bin", b"old")
    os.chmod(out, 0o640)
    names = {"OUT": out, "APP": app, "KEY": key}
    with umask(0o022):
        ok(run_tool(tool, *[names.get(a, a) for a in argv]))
    assert mode_of(out) == 0o640 and out.read_bytes() != b"old"


def test_write_flash_status_refuses_a_value_wider_than_asked_on_the_chip(espsim_server):
    sim = espsim_server("esp32", in_process=True)
    result = run_tool("esptool", "--chip", "esp32", "--port", sim.url, "write_flash_status",
                      "--bytes", "1", "0x100")
    assert_one_fatal_line(result, "0x100 does not fit 1 byte")
    assert "Setting flash status" not in result.stdout


@pytest.mark.parametrize("mac", ["00:00:00:00:00:00", "01:00:5e:00:00:01"])
def test_burn_custom_mac_refuses_an_address_no_device_may_have(tmp_path, mac):
    fuses = tmp_path / "fuses.json"
    result = run_tool("espefuse", "--virt", "--file", fuses, "--do-not-confirm",
                      "burn_custom_mac", mac)
    assert_one_fatal_line(result, mac)
    assert not fuses.exists()      # nothing burned: the file is made by the first burn


# -- espefuse: the write registers are read back before the program command ----------------

def test_a_write_register_the_line_changed_burns_nothing(espsim_server):
    from espsim.efuse import corrupt_next_write
    sim = espsim_server("esp32", raw=True)
    before = [list(block) for block in sim.device.efuse.fuses]
    # The line turns the zero written to BLK1's first write register into 0x00100000,
    # as issue 25 saw it happen; the burn asked only for JTAG_DISABLE in BLK0.
    corrupt_next_write(sim.device.efuse, 1, 0, 0x00100000)

    result = run_tool("espefuse", "-p", sim.url, "--before", "no_reset", "--do-not-confirm",
                      "burn_efuse", "JTAG_DISABLE")

    assert_one_fatal_line(result, "BLK1 word 0", "0x00100000", "nothing was burned")
    assert "not programmed: JTAG_DISABLE" in result.stdout
    assert sim.device.efuse.fuses == before
    # The next run rewrites every register and burns what was asked, and only that.
    again = run_tool("espefuse", "-p", sim.url, "--before", "no_reset", "--do-not-confirm",
                     "burn_efuse", "JTAG_DISABLE")
    assert again.returncode == 0, again.stdout + again.stderr
    assert sim.device.efuse.fuses[1] == [0] * 8
    assert sim.device.efuse.fuses[0][6] == before[0][6] | 0x40


def test_efuse_files_stay_json(tmp_path):
    # The mode rules above also cover espefuse's eFuse file: a 0600 file stays 0600.
    fuses = tmp_path / "fuses.json"
    ok(run_tool("espefuse", "--virt", "--file", fuses, "--do-not-confirm", "burn_efuse",
                "JTAG_DISABLE"))
    os.chmod(fuses, 0o600)
    ok(run_tool("espefuse", "--file", fuses, "--do-not-confirm", "burn_efuse",
                "FLASH_CRYPT_CNT"))
    assert mode_of(fuses) == 0o600 and json.loads(fuses.read_text())["chip"] == "ESP32"
