"""espefuse.py for the chips since the ESP32-S2 (issue 22 points 3 and 4;
docs/efuse-newer.md).

The same burns on upstream 5.6's virtual eFuses and on ours leave the same fields
(compared through both tools' `summary --format json`, field by field); every burn
asks first, refuses what is protected or does not fit, verifies, and stages nothing
it was not asked for.
"""
import json
import os
import random
import subprocess
import sys
import types

import pytest

import esptool
import espefuse
from espkit import efuse_newer as en
from espkit import efuse_tables
from conftest import ROOT, assert_one_fatal_line, read, run_tool, write
from oracle import upstream_cmd


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ours(tmp_path, chip, *args, input=None):
    return run_tool("espefuse", "--chip", chip, "--virt", "--path-efuse-file",
                    tmp_path / "ours.bin", "--do-not-confirm", *args, cwd=tmp_path, input=input)


def ours_asking(tmp_path, chip, *args, input):
    return run_tool("espefuse", "--chip", chip, "--virt", "--path-efuse-file",
                    tmp_path / "ours.bin", *args, cwd=tmp_path, input=input)


def upstream(tmp_path, chip, *args, path="up.bin"):
    argv = upstream_cmd("5", "espefuse") + ["--chip", chip, "--virt", "--path-efuse-file",
                                            str(tmp_path / path), "--do-not-confirm"]
    return subprocess.run(argv + [str(a) for a in args], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)


def parse_json(output):
    return json.loads(output[output.index("{"):])


def our_summary(tmp_path, chip):
    result = ours(tmp_path, chip, "summary", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    return parse_json(result.stdout)


def upstream_summary(tmp_path, chip, path="up.bin"):
    result = upstream(tmp_path, chip, "summary", "--format", "json", path=path)
    assert result.returncode == 0, result.stdout + result.stderr
    return parse_json(result.stdout)


@pytest.fixture(scope="module")
def sbv2_key(tmp_path_factory):
    """An RSA-3072 secure boot v2 signing key, made once by our espsecure."""
    path = tmp_path_factory.mktemp("sbv2") / "sb.pem"
    result = run_tool("espsecure", "generate_signing_key", "--version", "2", "--scheme",
                      "rsa3072", path)
    assert result.returncode == 0, result.stderr
    return read(path)


@pytest.fixture(scope="module")
def ecdsa_key(tmp_path_factory):
    """An ECDSA-256 secure boot v2 signing key (the ESP32-C2's scheme)."""
    path = tmp_path_factory.mktemp("sbv2") / "ec.pem"
    result = run_tool("espsecure", "generate_signing_key", "--version", "2", "--scheme",
                      "ecdsa256", path)
    assert result.returncode == 0, result.stderr
    return read(path)


@pytest.fixture(scope="module")
def ecdsa_key_192(tmp_path_factory):
    path = tmp_path_factory.mktemp("sbv2") / "ec192.pem"
    result = run_tool("espsecure", "generate_signing_key", "--version", "2", "--scheme",
                      "ecdsa192", path)
    assert result.returncode == 0, result.stderr
    return read(path)


@pytest.fixture(scope="module")
def ecdsa_key_384(tmp_path_factory):
    path = tmp_path_factory.mktemp("sbv2") / "ec384.pem"
    result = run_tool("espsecure", "generate_signing_key", "--version", "2", "--scheme",
                      "ecdsa384", path)
    assert result.returncode == 0, result.stderr
    return read(path)


@pytest.fixture
def files(tmp_path, sbv2_key, ecdsa_key, ecdsa_key_192, ecdsa_key_384):
    """Key, digest and data files the burn sequences use, in tmp_path."""
    write(tmp_path / "k1.bin", bytes(range(32)))
    write(tmp_path / "k2.bin", bytes(range(100, 132)))
    write(tmp_path / "k64.bin", bytes(range(64, 128)))
    write(tmp_path / "d.bin", b"hello world 1234")
    write(tmp_path / "d32.bin", bytes(range(200, 232)))
    write(tmp_path / "sb.pem", sbv2_key)
    write(tmp_path / "ec.pem", ecdsa_key)
    write(tmp_path / "ec192.pem", ecdsa_key_192)
    write(tmp_path / "ec384.pem", ecdsa_key_384)
    write(tmp_path / "k16.bin", bytes(range(16)))


# The same burn sequences run on both tools (docs/efuse-newer.md §12).
C3_SEQUENCE = [
    ["burn-efuse", "DIS_USB_JTAG", "1", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1",
     "WDT_DELAY_SEL", "2"],
    ["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_KEY", "BLOCK_KEY1", "k2.bin", "HMAC_UP",
     "--no-read-protect"],
    ["burn-key", "BLOCK_KEY3", "k2.bin", "HMAC_DOWN_JTAG"],
    ["burn-key-digest", "BLOCK_KEY2", "sb.pem", "SECURE_BOOT_DIGEST0"],
    ["burn-block-data", "BLOCK3", "d.bin", "--offset", "4"],
    ["burn-efuse", "DIS_ICACHE", "1", "write-protect-efuse", "DIS_ICACHE"],
    ["read-protect-efuse", "BLOCK_SYS_DATA2"],
    ["burn-bit", "BLOCK_KEY4", "0", "1", "2", "255"],
    ["burn-efuse", "KEY_PURPOSE_5", "HMAC_UP"],
]
S3_SEQUENCE = [
    ["burn-efuse", "DIS_ICACHE", "1", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1"],
    ["burn-key", "BLOCK_KEY0", "k64.bin", "XTS_AES_256_KEY"],
    ["burn-key", "BLOCK_KEY2", "k2.bin", "HMAC_UP", "--no-read-protect", "--no-write-protect"],
    ["burn-key-digest", "BLOCK_KEY3", "sb.pem", "SECURE_BOOT_DIGEST1"],
    ["burn-block-data", "BLOCK_USR_DATA", "d32.bin"],
    ["write-protect-efuse", "DIS_ICACHE"],
    ["read-protect-efuse", "BLOCK_SYS_DATA2"],
    ["burn-bit", "BLOCK_KEY4", "0", "1", "2", "255"],
]
C6_SEQUENCE = [
    ["burn-efuse", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1"],
    ["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_KEY", "BLOCK_KEY1", "k2.bin",
     "HMAC_DOWN_ALL"],
    ["burn-key-digest", "BLOCK_KEY3", "sb.pem", "SECURE_BOOT_DIGEST1"],
    ["burn-custom-mac", "02:11:22:33:44:55"],
    ["read-protect-efuse", "BLOCK_SYS_DATA2"],
]
C2_SEQUENCE = [
    ["burn-efuse", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1"],
    ["burn-block-data", "BLOCK_KEY0", "k1.bin"],
    ["burn-custom-mac", "02:11:22:33:44:55"],
    ["write-protect-efuse", "RD_DIS"],
]
C2_KEY_SEQUENCES = {       # the C2's one key block takes one write: one sequence each
    "halves": [["burn-key", "BLOCK_KEY0", "k16.bin", "XTS_AES_128_KEY_DERIVED_FROM_128_EFUSE_BITS",
                "BLOCK_KEY0", "k16.bin", "SECURE_BOOT_DIGEST"]],
    "xts": [["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_KEY"]],
    "digest": [["burn-key-digest", "ec.pem", "--no-write-protect"]],
    "readable": [["burn-key", "BLOCK_KEY0", "k16.bin",
                  "XTS_AES_128_KEY_DERIVED_FROM_128_EFUSE_BITS", "--no-read-protect"]],
}
OTHER_KEY_SEQUENCES = {
    "h2-ecdsa": ("esp32h2", [["burn-key", "BLOCK_KEY0", "ec.pem", "ECDSA_KEY"],
                             ["burn-key", "BLOCK_KEY1", "ec192.pem", "ECDSA_KEY",
                              "--no-read-protect"]]),
    "c3-no-values": ("esp32c3", [["burn-efuse", "DIS_TWAI"], ["burn-efuse", "SPI_BOOT_CRYPT_CNT"],
                                 ["burn-efuse", "SPI_BOOT_CRYPT_CNT"]]),
    "c6-custom": ("esp32c6", [["burn-key", "BLOCK_KEY2", "k1.bin", "CUSTOM_12", "BLOCK_KEY3",
                               "k2.bin", "CUSTOM_DIGEST_13"],
                              ["burn-key-digest", "BLOCK_KEY4", "sb.pem", "CUSTOM_DIGEST_14"],
                              ["burn-efuse", "KEY_PURPOSE_5", "CUSTOM_MAX"]]),
}
# The ESP32-P4 (blank: its table below v3.0), C5 and C61, with their own purposes
# (ECDSA keys by curve, KM_INIT_KEY, the C5's PSRAM key) and split fields.
P4_SEQUENCE = [
    ["burn-efuse", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1", "DIS_TWAI", "1",
     "WDT_DELAY_SEL", "2"],
    ["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_KEY", "BLOCK_KEY1", "k2.bin", "HMAC_UP",
     "--no-read-protect"],
    ["burn-key", "BLOCK_KEY2", "ec.pem", "ECDSA_KEY"],
    ["burn-key-digest", "BLOCK_KEY3", "sb.pem", "SECURE_BOOT_DIGEST0"],
    ["burn-key", "BLOCK_KEY4", "k2.bin", "KM_INIT_KEY"],
    ["burn-custom-mac", "02:11:22:33:44:55"],
    ["burn-efuse", "DIS_DOWNLOAD_MANUAL_ENCRYPT", "1", "write-protect-efuse",
     "DIS_DOWNLOAD_MANUAL_ENCRYPT"],
    ["burn-key", "BLOCK_KEY5", "k1.bin", "HMAC_DOWN_ALL", "--no-read-protect"],
    ["read-protect-efuse", "BLOCK_KEY5"],
]
C5_SEQUENCE = [
    ["burn-efuse", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1",
     "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION_LO", "3", "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION_HI",
     "1", "RECOVERY_BOOTLOADER_FLASH_SECTOR_HI", "2", "RECOVERY_BOOTLOADER_FLASH_SECTOR_LO", "7"],
    ["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_PSRAM_KEY", "BLOCK_KEY1", "ec.pem",
     "ECDSA_KEY"],
    ["burn-key", "BLOCK_KEY2", "ec192.pem", "ECDSA_KEY_P192", "--no-read-protect"],
    ["burn-key-digest", "BLOCK_KEY3", "sb.pem", "SECURE_BOOT_DIGEST1"],
    ["burn-key", "BLOCK_KEY4", "k2.bin", "KM_INIT_KEY"],
    ["burn-custom-mac", "02:11:22:33:44:55"],
    ["read-protect-efuse", "BLOCK_SYS_DATA2"],
    ["burn-efuse", "KEY_PURPOSE_5", "HMAC_UP"],
]
C61_SEQUENCE = [
    ["burn-efuse", "SECURE_VERSION", "3", "SPI_BOOT_CRYPT_CNT", "1",
     "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION", "5", "RECOVERY_BOOTLOADER_FLASH_SECTOR", "0x123"],
    ["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_128_KEY", "BLOCK_KEY1", "ec.pem", "ECDSA_KEY"],
    ["burn-key-digest", "BLOCK_KEY2", "sb.pem", "SECURE_BOOT_DIGEST0"],
    ["burn-custom-mac", "02:11:22:33:44:55"],
    ["burn-block-data", "BLOCK_KEY5", "d32.bin"],
    ["read-protect-efuse", "BLOCK_SYS_DATA2"],
    ["burn-efuse", "DIS_ICACHE", "1", "write-protect-efuse", "DIS_ICACHE"],
    ["burn-bit", "BLOCK_KEY4", "0", "1", "2", "255"],
]
# From v3.0 the P4 has another table (5-bit purposes with a KEY_PURPOSE_n_H bit, the
# recovery sector in six parts): 5.6 picks it by the revision its eFuses hold.
P4_V3_SEQUENCE = [
    ["burn-efuse", "WAFER_VERSION_MAJOR_LO", "3"],
    ["burn-key", "BLOCK_KEY0", "ec192.pem", "ECDSA_KEY_P192", "BLOCK_KEY1", "k64.bin",
     "XTS_AES_256_KEY"],
    ["burn-key", "BLOCK_KEY3", "ec.pem", "ECDSA_KEY_P256", "--no-read-protect"],
    ["burn-efuse", "RECOVERY_BOOTLOADER_FLASH_SECTOR_3_6", "5",
     "RECOVERY_BOOTLOADER_FLASH_SECTOR_11_11", "1"],
    ["burn-key-digest", "BLOCK_KEY4", "sb.pem", "SECURE_BOOT_DIGEST2"],
]
SEQUENCES = {"esp32c3": C3_SEQUENCE, "esp32s3": S3_SEQUENCE, "esp32s2": S3_SEQUENCE,
             "esp32c6": C6_SEQUENCE, "esp32h2": C6_SEQUENCE, "esp32c2": C2_SEQUENCE,
             "esp32p4": P4_SEQUENCE, "esp32c5": C5_SEQUENCE, "esp32c61": C61_SEQUENCE}
OTHER_KEY_SEQUENCES["p4-v3.0"] = ("esp32p4", P4_V3_SEQUENCE)
# ECDSA_KEY_P384: 64 bytes (16 zero bytes, the scalar) over the block named (_H) and the
# next free one (_L)
OTHER_KEY_SEQUENCES["c5-p384"] = ("esp32c5", [
    ["burn-key", "BLOCK_KEY1", "ec384.pem", "ECDSA_KEY_P384"],
    ["burn-key", "BLOCK_KEY4", "ec384.pem", "ECDSA_KEY_P384", "--no-read-protect"]])
OTHER_KEY_SEQUENCES["p4-v3.0-p384"] = ("esp32p4", [
    ["burn-efuse", "WAFER_VERSION_MAJOR_LO", "3"],
    ["burn-key", "BLOCK_KEY0", "ec384.pem", "ECDSA_KEY_P384", "BLOCK_KEY2", "k1.bin", "HMAC_UP"]])


# Every attribute of every field is compared with upstream's except `description`: ours are
# our own words (docs/efuse-newer.md §10, docs/differences.md), so they differ by design.
NOT_COMPARED = ("description",)


def comparable(entry):
    return None if entry is None else {k: v for k, v in entry.items() if k not in NOT_COMPARED}


def differing_fields(a, b):
    return {name: (a.get(name), b.get(name)) for name in set(a) | set(b)
            if comparable(a.get(name)) != comparable(b.get(name))}


def test_comparison_catches_every_attribute_but_the_description(tmp_path):
    """differing_fields, which every comparison with upstream goes through, still sees a
    change of any attribute (or a missing field); only the description is left out."""
    fields = our_summary(tmp_path, "esp32c3")
    entry = fields["SPI_BOOT_CRYPT_CNT"]
    assert set(entry) - set(NOT_COMPARED) == {"bit_len", "block", "category", "efuse_type",
                                              "name", "pos", "raw_value", "readable", "value",
                                              "word", "writeable"}
    for key in set(entry) - set(NOT_COMPARED):
        changed = dict(fields, SPI_BOOT_CRYPT_CNT=dict(entry, **{key: "changed"}))
        assert set(differing_fields(fields, changed)) == {"SPI_BOOT_CRYPT_CNT"}, key
    fewer = {k: v for k, v in fields.items() if k != "DIS_TWAI"}
    assert set(differing_fields(fields, fewer)) == {"DIS_TWAI"}
    reworded = dict(fields, SPI_BOOT_CRYPT_CNT=dict(entry, description="other words"))
    assert differing_fields(fields, reworded) == {}


@pytest.mark.parametrize("chip", list(SEQUENCES))
def test_descriptions_are_our_own_words(tmp_path, chip):
    """No field carries upstream's description sentence (house rule: facts carry over,
    wording does not); every field has one of ours."""
    theirs, mine = upstream_summary(tmp_path, chip), our_summary(tmp_path, chip)
    assert set(theirs) == set(mine)
    for name, entry in mine.items():
        ours_text, their_text = entry["description"], theirs[name]["description"]
        assert ours_text and len(ours_text) <= 50, name
        assert ours_text.lower() != their_text.lower(), name
        assert len(their_text) < 25 or their_text.lower() not in ours_text.lower(), name


# ---------------------------------------------------------------------------
# the same burns leave the same fields as upstream 5.6's (issue 22 point 3)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("chip", list(SEQUENCES))
def test_blank_chip_summary_json_equals_upstream(tmp_path, chip):
    a, b = upstream_summary(tmp_path, chip), our_summary(tmp_path, chip)
    assert len(b) > 30
    assert differing_fields(a, b) == {}


@pytest.mark.parametrize("chip", list(SEQUENCES))
def test_same_burns_leave_same_fields_as_upstream(tmp_path, files, chip):
    for step in SEQUENCES[chip]:
        theirs = upstream(tmp_path, chip, *step)
        assert theirs.returncode == 0, (step, theirs.stdout + theirs.stderr)
        mine = ours(tmp_path, chip, *step)
        assert mine.returncode == 0, (step, mine.stdout + mine.stderr)
    a, b = upstream_summary(tmp_path, chip), our_summary(tmp_path, chip)
    burned = [n for n, f in a.items() if f["raw_value"].strip("0x") or not f["readable"]
              or not f["writeable"]]
    assert len(burned) >= 8, burned        # the sequence changed many fields, not none
    assert differing_fields(a, b) == {}


@pytest.mark.parametrize("name", list(C2_KEY_SEQUENCES))
def test_c2_keys_leave_same_fields_as_upstream(tmp_path, files, name):
    for step in C2_KEY_SEQUENCES[name]:
        assert upstream(tmp_path, "esp32c2", *step).returncode == 0
        mine = ours(tmp_path, "esp32c2", *step)
        assert mine.returncode == 0, mine.stdout + mine.stderr
    a, b = upstream_summary(tmp_path, "esp32c2"), our_summary(tmp_path, "esp32c2")
    assert a["BLOCK_KEY0"]["raw_value"] != "0x" + "00" * 32 or not a["BLOCK_KEY0"]["readable"]
    assert differing_fields(a, b) == {}


# An ESP-IDF table: ID straddles words 3 and 4 of BLOCK3 and goes on in a nameless row
# (ID_0, ID_1), with another name in its comment.
CUSTOM_TABLE = """\
# field_name, efuse_block, bit_start, bit_count, comment
MODULE_VERSION,  EFUSE_BLK3,  56,  8,  Module version
ID,              EFUSE_BLK3, 122,  8,  [SERIAL] straddles words 3 and 4
,                EFUSE_BLK3, 132,  8,  [SERIAL] the next part
"""


def test_extend_efuse_table_fields_as_upstream_reads_them(tmp_path):
    """The same table and burns: the same fields, bits and descriptions as 5.6's."""
    (tmp_path / "t.csv").write_text(CUSTOM_TABLE)
    table = ["--extend-efuse-table", "t.csv"]
    burn = table + ["burn-efuse", "SERIAL_0", "0xc3", "MODULE_VERSION", "2"]
    assert upstream(tmp_path, "esp32c3", *burn).returncode == 0
    assert ours(tmp_path, "esp32c3", *burn).returncode == 0
    show = table + ["summary", "--format", "json"]
    theirs = parse_json(upstream(tmp_path, "esp32c3", *show).stdout)
    mine = parse_json(ours(tmp_path, "esp32c3", *show).stdout)
    user = ("MODULE_VERSION", "ID_0", "ID_1")
    assert [mine[n]["description"] for n in user] == [theirs[n]["description"] for n in user]
    assert mine["ID_0"]["raw_value"] == "0xc3" and mine["ID_0"]["pos"] == 26
    assert differing_fields(theirs, mine) == {}


@pytest.mark.parametrize("name", list(OTHER_KEY_SEQUENCES))
def test_other_key_purposes_leave_same_fields_as_upstream(tmp_path, files, name):
    chip, sequence = OTHER_KEY_SEQUENCES[name]
    for step in sequence:
        assert upstream(tmp_path, chip, *step).returncode == 0
        mine = ours(tmp_path, chip, *step)
        assert mine.returncode == 0, mine.stdout + mine.stderr
    assert differing_fields(upstream_summary(tmp_path, chip), our_summary(tmp_path, chip)) == {}


@pytest.mark.parametrize("chip", list(SEQUENCES))
@pytest.mark.parametrize("seed", [1])
def test_random_burn_efuse_calls_end_as_upstreams(tmp_path, chip, seed):
    """Eight BLOCK0 fields at random values in one burn_efuse: both tools burn, or both
    refuse (an undefined key purpose), and leave the same fields."""
    rnd = random.Random(seed)
    rows = [r for r in efuse_tables.FIELDS[chip] if r[1] == 0 and not r[5].startswith("bytes")
            and r[0] not in ("WR_DIS", "RD_DIS") and r[8] != "calibration" and r[6] is not None]
    argv = ["burn-efuse"]
    for row in rnd.sample(rows, 8):
        argv += [row[0], str(rnd.randrange(1, 1 << row[4]))]
    theirs, mine = upstream(tmp_path, chip, *argv), ours(tmp_path, chip, *argv)
    assert (theirs.returncode, mine.returncode) in ((0, 0), (2, 2)), (argv, mine.stderr)
    assert differing_fields(upstream_summary(tmp_path, chip), our_summary(tmp_path, chip)) == {}


def test_upstream_reads_our_file_and_we_read_upstreams(tmp_path, files):
    """docs/efuse-newer.md §9: one virtual file format."""
    for step in C3_SEQUENCE[:5]:
        assert ours(tmp_path, "esp32c3", *step).returncode == 0
    assert differing_fields(upstream_summary(tmp_path, "esp32c3", path="ours.bin"),
                            our_summary(tmp_path, "esp32c3")) == {}
    assert upstream(tmp_path, "esp32c3", "burn-efuse", "DIS_TWAI", "1",
                    path="ours.bin").returncode == 0
    assert our_summary(tmp_path, "esp32c3")["DIS_TWAI"]["value"] is True


def test_key_digest_equals_espsecure_digest(tmp_path, files):
    result = run_tool("espsecure", "digest_sbv2_public_key", "-k", "sb.pem", "-o", "dig.bin",
                      cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ours(tmp_path, "esp32c3", "burn_key_digest", "BLOCK_KEY2", "sb.pem",
                "SECURE_BOOT_DIGEST2").returncode == 0
    entry = our_summary(tmp_path, "esp32c3")["BLOCK_KEY2"]
    assert entry["value"] == " ".join("%02x" % b for b in read(tmp_path / "dig.bin"))
    assert entry["readable"] and not entry["writeable"]


def test_rs_check_bytes_equal_reedsolo(tmp_path):
    """docs/efuse-newer.md §4, against the package upstream uses."""
    python = upstream_cmd("5", "espefuse")[0]
    for data in (bytes(range(32)), bytes(32), bytes([0xFF] * 32), b"\x5a" * 7 + bytes(25)):
        check = subprocess.run([python, "-c", "import reedsolo, sys; print(bytes(reedsolo."
                                "RSCodec(12).encode(bytes.fromhex(sys.argv[1])))[32:].hex())",
                                data.hex()], capture_output=True, text=True, check=True)
        assert en.rs_check_bytes(data).hex() == check.stdout.strip()


def test_v23_spellings_and_several_commands_in_one_call(tmp_path):
    result = ours(tmp_path, "esp32c3", "burn_efuse", "DIS_TWAI", "1", "burn-efuse", "DIS_ICACHE",
                  "1", "write_protect_efuse", "DIS_ICACHE", "dump")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("This is an irreversible operation") == 1     # one confirmation
    fields = our_summary(tmp_path, "esp32c3")
    assert fields["DIS_TWAI"]["value"] is True
    assert fields["DIS_ICACHE"]["value"] is True and not fields["DIS_ICACHE"]["writeable"]
    assert "BLOCK_KEY0      (BLOCK4          ) [4 ] dump:" in result.stdout


def test_summary_text_and_custom_mac(tmp_path):
    result = ours(tmp_path, "esp32s3", "burn_custom_mac", "02:aa:bb:cc:dd:ee")
    assert result.returncode == 0, result.stderr
    assert "Custom MAC Address: 02:aa:bb:cc:dd:ee (OK)" in result.stdout
    text = ours(tmp_path, "esp32s3", "summary").stdout
    assert "Security fuses:" in text and "KEY_PURPOSE_0 (BLOCK0)" in text
    assert "CUSTOM_MAC (BLOCK3)" in text
    assert "02:aa:bb:cc:dd:ee (OK)" in ours(tmp_path, "esp32s3", "get_custom_mac").stdout


# ---------------------------------------------------------------------------
# safety (issue 22 point 4)
# ---------------------------------------------------------------------------

def test_burn_asks_and_burns_nothing_without_BURN(tmp_path):
    result = ours_asking(tmp_path, "esp32c3", "burn-efuse", "DIS_TWAI", "1", input="yes\n")
    assert_one_fatal_line(result, "not confirmed", "nothing was burned")
    assert "Type 'BURN' (all capitals) to continue." in result.stdout
    assert not (tmp_path / "ours.bin").exists()
    result = ours_asking(tmp_path, "esp32c3", "burn-efuse", "DIS_TWAI", "1", input="BURN\n")
    assert result.returncode == 0, result.stderr
    assert our_summary(tmp_path, "esp32c3")["DIS_TWAI"]["value"] is True


def test_write_protected_field_is_refused_before_anything_is_burned(tmp_path):
    assert ours(tmp_path, "esp32c3", "burn-efuse", "DIS_ICACHE", "1", "write-protect-efuse",
                "DIS_ICACHE").returncode == 0
    before = read(tmp_path / "ours.bin")
    # DIS_TWAI shares WR_DIS bit 2 with DIS_ICACHE: protected too; SECURE_VERSION is not
    result = ours(tmp_path, "esp32c3", "burn-efuse", "SECURE_VERSION", "1", "DIS_TWAI", "1")
    assert_one_fatal_line(result, "DIS_TWAI is write-protected", "nothing was burned")
    assert read(tmp_path / "ours.bin") == before


def test_read_protected_key_block_is_refused(tmp_path, files):
    assert ours(tmp_path, "esp32c3", "burn-key", "BLOCK_KEY0", "k1.bin", "HMAC_UP",
                "--no-write-protect").returncode == 0
    before = read(tmp_path / "ours.bin")
    assert not our_summary(tmp_path, "esp32c3")["BLOCK_KEY0"]["readable"]
    for argv in (["burn-block-data", "BLOCK_KEY0", "d.bin"], ["burn-bit", "BLOCK4", "3"]):
        assert_one_fatal_line(ours(tmp_path, "esp32c3", *argv), "read-protected",
                              "nothing was burned")
    assert read(tmp_path / "ours.bin") == before


@pytest.mark.parametrize("argv,fragment", [
    (["burn-efuse", "WDT_DELAY_SEL", "4"], "does not fit WDT_DELAY_SEL"),
    (["burn-efuse", "SECURE_VERSION", "0x10000"], "does not fit SECURE_VERSION"),
    (["burn-bit", "BLOCK_KEY1", "256"], "outside BLOCK_KEY1"),
    (["burn-block-data", "--offset", "20", "BLOCK3", "d.bin"], "do not fit BLOCK_USR_DATA"),
    (["burn-key", "BLOCK_KEY0", "d.bin", "HMAC_UP"], "is 32 bytes"),
    (["burn-key", "BLOCK_KEY5", "k1.bin", "XTS_AES_128_KEY"], "KEY_PURPOSE_5 cannot be"),
    (["burn-key", "BLOCK_KEY0", "k1.bin", "XTS_AES_256_KEY_1"], "not a key purpose of the ESP32-C3"),
    (["burn-key-digest", "BLOCK_KEY0", "sb.pem", "HMAC_UP"], "SECURE_BOOT_DIGESTn"),
    (["burn-custom-mac", "00:00:00:00:00:00"], "00:00:00:00:00:00 is not a MAC"),
    (["burn-custom-mac", "01:00:00:00:00:01"], "multicast"),
    (["burn-efuse", "NO_SUCH_FIELD", "1"], "unknown eFuse field"),
    (["burn-efuse", "MAC", "1"], "not a number field"),
])
def test_what_does_not_fit_is_refused(tmp_path, files, argv, fragment):
    assert_one_fatal_line(ours(tmp_path, "esp32c3", *argv), fragment)
    assert not (tmp_path / "ours.bin").exists()


def test_clearing_bits_and_reburning_an_rs_block_are_refused(tmp_path, files):
    assert ours(tmp_path, "esp32c3", "burn-efuse", "WDT_DELAY_SEL", "2", "burn-block-data",
                "BLOCK3", "d.bin").returncode == 0
    before = read(tmp_path / "ours.bin")
    assert_one_fatal_line(ours(tmp_path, "esp32c3", "burn-efuse", "WDT_DELAY_SEL", "1"),
                          "would clear bits")
    assert_one_fatal_line(ours(tmp_path, "esp32c3", "burn-bit", "BLOCK3", "255"),
                          "BLOCK_USR_DATA already holds data", "one write")
    assert_one_fatal_line(ours(tmp_path, "esp32c3", "burn_custom_mac", "02:00:00:00:00:01"),
                          "BLOCK_USR_DATA already holds data")
    assert read(tmp_path / "ours.bin") == before


def test_check_error(tmp_path):
    assert ours(tmp_path, "esp32c3", "burn-efuse", "DIS_TWAI", "1").returncode == 0
    result = ours(tmp_path, "esp32c3", "check-error")
    assert result.returncode == 0 and "No errors detected." in result.stdout
    # an RS failure recorded for BLOCK_KEY1 (C3: its fail flag is bit 3 of BLOCK_KEY2's group)
    mem = bytearray(read(tmp_path / "ours.bin")[::-1])
    mem[0x1C0:0x1C4] = ((1 << 23) | (2 << 16)).to_bytes(4, "little")
    write(tmp_path / "ours.bin", bytes(mem[::-1]))
    result = ours(tmp_path, "esp32c3", "check_error")
    assert "Error(s) in BLOCK5 [ERRORS:2 FAIL:True]" in result.stdout
    assert_one_fatal_line(result, "reports errors in BLOCK5")


def efuses_on(bus_class, chip="esp32c3"):
    chip = en.CHIPS[chip]
    bus = bus_class(chip, espefuse)
    return en.Efuses(chip, en.Controller(chip, bus, esptool.Reporter()), esptool.Reporter(),
                     espefuse)


NO_CONFIRM = types.SimpleNamespace(do_not_confirm=True)


class FlippingBus(en.VirtualController):
    """A serial line that sets bit 4 of every value written to PGM_DATA1."""

    def write_reg(self, addr, value):
        if addr == self.chip.base + 4:
            value |= 0x10
        super().write_reg(addr, value)


def test_stray_bits_in_the_write_registers_stop_the_burn():
    efuses = efuses_on(FlippingBus)
    plan = en.Plan(efuses)
    plan.add_field(efuses.field("DIS_TWAI"), 1)
    with pytest.raises(en.StrayWriteBits, match="PGM_DATA1 holds 0x00004010 where 0x00004000 was written"):
        en.run_plan(efuses, plan, NO_CONFIRM)
    efuses.refresh()
    assert not any(any(block) for block in efuses.blocks)           # nothing burned


class DeafBus(en.VirtualController):
    """A controller whose block 4 never takes a bit."""

    def _program(self, block):
        if block != 4:
            super()._program(block)


def test_a_failed_read_back_is_fatal():
    efuses = efuses_on(DeafBus)
    plan = en.Plan(efuses)
    plan.add(4, 1, "one bit of BLOCK_KEY0")
    with pytest.raises(esptool.FatalError, match="BLOCK_KEY0 failed: bits 0x1 did not read back"):
        en.run_plan(efuses, plan, NO_CONFIRM)


def test_a_failed_read_back_exits_2(tmp_path, monkeypatch):
    """Through the command line: a chip that takes no bits of BLOCK0."""
    monkeypatch.setattr(en.VirtualController, "_program", lambda self, block: None)
    from conftest import run_main
    result = run_main("espefuse", "--chip", "esp32c3", "--virt", "--do-not-confirm",
                      "burn-efuse", "DIS_TWAI", "1")
    assert_one_fatal_line(result, "burning BLOCK0 failed", "did not read back")
    assert "programmed but NOT verified: BLOCK0" in result.stdout


# ---------------------------------------------------------------------------
# the seam: espefuse.py alone, and the ESP32 unchanged
# ---------------------------------------------------------------------------

WITHOUT = (          # runs the script after it, as `python SCRIPT` would, without one module
    "import os, runpy, sys\n"
    "sys.modules[sys.argv[1]] = None  # any import of it now fails\n"
    "sys.argv = sys.argv[2:]\n"
    "sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n")


def test_espefuse_copied_alone_names_what_to_install(tmp_path):
    for module in ("espefuse.py", "esptool.py"):
        write(tmp_path / module, read(os.path.join(ROOT, module)))
    result = run_tool(tmp_path / "espefuse.py", "--chip", "esp32c3", "--virt", "summary",
                      python=[sys.executable, "-c", WITHOUT, "espkit"], cwd=tmp_path)
    assert_one_fatal_line(result, "eFuses of the esp32c3 are not part of espefuse.py alone")
    assert "pip install espkit-esptool" in result.stderr
    result = run_tool(tmp_path / "espefuse.py", "--chip", "esp32", "--virt",
                      "--path-efuse-file", "e.json", "--do-not-confirm", "burn_efuse",
                      "JTAG_DISABLE", python=[sys.executable, "-c", WITHOUT, "espkit"],
                      cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "JTAG_DISABLE" in run_tool(tmp_path / "espefuse.py", "--file", "e.json", "summary",
                                      python=[sys.executable, "-c", WITHOUT, "espkit"],
                                      cwd=tmp_path).stdout


def test_usage_without_command(tmp_path):
    result = run_tool("espefuse", "--chip", "esp32s3", "-h", cwd=tmp_path)
    assert result.returncode == 0 and "burn_key_digest" in result.stdout


class RomLoader:
    """A chip's ROM as esptool's loader sees it: READ_REG and WRITE_REG reach an eFuse
    controller (the virtual one), and every access is recorded."""
    CHIP_NAME = "ESP32-S3"

    def __init__(self, chip):
        self.controller = en.VirtualController(chip, espefuse)
        self.log = []

    def read_reg(self, addr):
        self.log.append(("read", addr))
        return self.controller.read_reg(addr)

    def write_reg(self, addr, value, mask=0xFFFFFFFF, delay_us=0):
        self.log.append(("write", addr, value))
        self.controller.write_reg(addr, value)


def test_serial_path_programs_through_read_reg_and_write_reg(tmp_path):
    """The real-chip path (docs/efuse-newer.md §5) over a loader: timing once, staged
    registers read back after CONF and before CMD, one cycle per block."""
    chip = en.CHIPS["esp32s3"]
    rom = RomLoader(chip)
    efuses = en.Efuses(chip, en.Controller(chip, en.LoaderBus(rom), esptool.Reporter()),
                       esptool.Reporter(), espefuse)
    rom.controller.fields = efuses.all_fields
    write(tmp_path / "k.bin", bytes(range(32)))
    plan = en.Plan(efuses)
    en.add_key(efuses, plan, types.SimpleNamespace(no_write_protect=False, no_read_protect=False),
               4, bytes(range(32)), "XTS_AES_128_KEY", "k.bin")
    en.run_plan(efuses, plan, NO_CONFIRM)
    base = chip.base
    assert rom.controller.read_reg(base + 0x1E8) == 0xFF << 9 | 0x28            # DAC_CONF
    assert rom.controller.read_reg(base + 0x1F4) == 0x3000 << 8                 # WR_TIM_CONF1
    assert rom.controller.read_reg(base + 0x1F8) == 0x190                       # WR_TIM_CONF2
    commands = [e[2] for e in rom.log if e[0] == "write" and e[1] == base + 0x1D4]
    assert commands == [0x2 | 4 << 2, 0x1, 0x2, 0x1, 0x2, 0x1]      # BLOCK_KEY0, BLOCK0 twice
    first_pgm = rom.log.index(("write", base + 0x1D4, 0x2 | 4 << 2))
    conf = rom.log.index(("write", base + 0x1CC, 0x5A5A))
    readbacks = [e for e in rom.log[conf:first_pgm] if e[0] == "read" and e[1] < base + 0x2C]
    assert len(readbacks) == 11                                     # PGM_DATA0-7, CHECK_VALUE0-2
    efuses.refresh()
    assert not efuses.block_readable(4)
    assert efuses.value(efuses.field("KEY_PURPOSE_0")) == "XTS_AES_128_KEY"


def test_s2_timing_is_set_from_its_apb_table_before_the_first_program(tmp_path):
    """The ESP32-S2 (docs/efuse-newer.md §5.1): every timing field of the 40 MHz row lands in
    its register before the first program command, and bits outside those fields stay."""
    chip = en.CHIPS["esp32s2"]
    rom = RomLoader(chip)
    base = chip.base
    rom.controller.write_reg(base + 0x1E8, 0xFF << 9 | 0x12)         # DAC_CONF: DAC_NUM kept
    efuses = en.Efuses(chip, en.Controller(chip, en.LoaderBus(rom), esptool.Reporter()),
                       esptool.Reporter(), espefuse)
    rom.controller.fields = efuses.all_fields
    plan = en.Plan(efuses)
    plan.add_field(efuses.field("WDT_DELAY_SEL"), 1)
    en.run_plan(efuses, plan, NO_CONFIRM)
    reg = rom.controller.read_reg
    assert reg(base + 0x1E8) == 0xFF << 9 | 0x50                        # DAC_CLK_DIV
    assert reg(base + 0x1EC) == 0x2 << 8 | 0x1                          # RD_TIM_CONF: TRD, THR_A
    assert reg(base + 0x1F0) == 0x190 << 16 | 0x2 << 8 | 0x1            # TPGM, TPGM_INACTIVE, THP_A
    assert reg(base + 0x1F4) == 0x5100 << 8 | 0x1                       # PWR_ON_NUM, TSUP_A
    assert reg(base + 0x1F8) == 0x80                                    # PWR_OFF_NUM
    first_pgm = next(i for i, e in enumerate(rom.log)
                     if e[0] == "write" and e[1] == base + 0x1D4 and e[2] & 0x2)
    timing = {e[1] for e in rom.log[:first_pgm] if e[0] == "write"}
    assert {base + off for off in (0x1E8, 0x1EC, 0x1F0, 0x1F4, 0x1F8)} <= timing
    efuses.refresh()
    assert efuses.value(efuses.field("WDT_DELAY_SEL")) == "80000"


# ---------------------------------------------------------------------------
# over a serial port: espsim's controller (docs/efuse-newer-sim.md)
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3", "esp32s2", "esp32p4", "esp32c5",
                                  "esp32c61"])
def test_burns_over_espsim_persist_in_its_efuse_file(tmp_path, files, chip):
    """espefuse.py --port espsim://... burns through READ_REG/WRITE_REG; a new chip started
    from the same eFuse file reads them back, and the controller records no error."""
    url = "espsim://%s?efuse=%s&flash=%s" % (chip, tmp_path / "efuse.json", tmp_path / "f.bin")

    def on_sim(*args):
        return run_tool("espefuse", "--chip", chip, "--port", url, "--do-not-confirm", *args,
                        cwd=tmp_path)

    result = on_sim("burn-efuse", "WDT_DELAY_SEL", "2", "burn-key", "BLOCK_KEY0", "k1.bin",
                    "XTS_AES_128_KEY", "burn-block-data", "BLOCK_USR_DATA", "d32.bin")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("- OK (verified)") == 4     # key, user data, BLOCK0, protection
    assert (tmp_path / "efuse.json").exists()
    result = on_sim("summary", "--format", "json")
    assert result.returncode == 0, result.stderr
    fields = parse_json(result.stdout)
    assert fields["WDT_DELAY_SEL"]["raw_value"] == "0x2"      # "160000" where values are named
    assert fields["KEY_PURPOSE_0"]["value"] == "XTS_AES_128_KEY"
    assert not fields["BLOCK_KEY0"]["readable"] and not fields["BLOCK_KEY0"]["writeable"]
    assert fields["BLOCK_USR_DATA"]["value"] == " ".join("%02x" % b for b in range(200, 232))
    result = on_sim("check_error")
    assert result.returncode == 0 and "No errors detected." in result.stdout


@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3", "esp32c6", "esp32p4", "esp32p4@300",
                                  "esp32c5", "esp32c61"])
def test_summary_over_a_port_equals_upstreams(espsim_server, tmp_path, files, chip):
    """A chip with a factory MAC and revision (espsim's), read over socket:// by both tools
    after the same burns: the byte order of MAC, MAC_EXT and the computed fields too
    (esp32p4@300: a P4 v3.0, whose table both tools pick by its revision)."""
    chip, _, revision = chip.partition("@")
    options = {"chip_revision": int(revision)} if revision else {}
    sim = espsim_server(chip, raw=True, start_in_download=True, trace=False,
                        efuse_file=str(tmp_path / "efuse.json"), **options)
    mine = run_tool("espefuse", "--chip", chip, "--port", sim.url, "--before", "no_reset",
                    "--do-not-confirm", "burn-efuse", "WDT_DELAY_SEL", "1", "burn-block-data",
                    "BLOCK_KEY2", "d32.bin", "burn-custom-mac", "02:aa:bb:cc:dd:ee", cwd=tmp_path)
    assert mine.returncode == 0, mine.stdout + mine.stderr
    theirs = subprocess.run(upstream_cmd("5", "espefuse") + [
        "--port", sim.url, "--chip", chip, "--before", "no-reset", "summary", "--format",
        "json"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    mine = run_tool("espefuse", "--chip", chip, "--port", sim.url, "--before", "no_reset",
                    "summary", "--format", "json", cwd=tmp_path)
    a, b = parse_json(theirs.stdout), parse_json(mine.stdout)
    assert a["MAC"]["raw_value"] != "0x000000000000"
    assert ("KEY_PURPOSE_0_H" in b) == (revision == "300")
    assert differing_fields(a, b) == {}


def s2_timing_registers(url):
    """DAC_CONF, RD_TIM_CONF, WR_TIM_CONF0..2 of an ESP32-S2 on `url`, read with esptool."""
    values = []
    for offset in (0x1E8, 0x1EC, 0x1F0, 0x1F4, 0x1F8):
        address = "0x%08x" % (en.CHIPS["esp32s2"].base + offset)
        result = run_tool("esptool", "--port", url, "--chip", "esp32s2", "--before", "no_reset",
                          "--after", "no_reset", "--no-stub", "read_mem", address)
        assert result.returncode == 0, result.stdout + result.stderr
        line = next(x for x in result.stdout.splitlines() if x.startswith(address + " = "))
        values.append(int(line.split("=")[1], 16))
    return values


def test_s2_burn_over_a_port_sets_upstreams_timing(espsim_server, tmp_path):
    """The same burn on two espsim ESP32-S2s over socket://, one by upstream 5.6's espefuse
    and one by ours, leaves the same timing registers and the same fields
    (docs/efuse-newer.md §5.1)."""
    theirs_sim = espsim_server("esp32s2", raw=True, trace=False,
                               efuse_file=str(tmp_path / "theirs.json"))
    mine_sim = espsim_server("esp32s2", raw=True, trace=False,
                             efuse_file=str(tmp_path / "mine.json"))
    theirs = subprocess.run(upstream_cmd("5", "espefuse") + [
        "--port", theirs_sim.url, "--chip", "esp32s2", "--before", "no-reset",
        "--do-not-confirm", "burn-efuse", "WDT_DELAY_SEL", "1"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    mine = run_tool("espefuse", "--chip", "esp32s2", "--port", mine_sim.url, "--before",
                    "no_reset", "--do-not-confirm", "burn-efuse", "WDT_DELAY_SEL", "1",
                    cwd=tmp_path)
    assert mine.returncode == 0, mine.stdout + mine.stderr
    assert "BURN BLOCK0 - OK (verified)" in mine.stdout
    timing = s2_timing_registers(theirs_sim.url)
    assert timing[2] == 0x190 << 16 | 0x2 << 8 | 0x1                 # upstream wrote WR_TIM_CONF0
    assert s2_timing_registers(mine_sim.url) == timing
    summaries = [parse_json(run_tool("espefuse", "--chip", "esp32s2", "--port", sim.url,
                                     "--before", "no_reset", "summary", "--format", "json",
                                     cwd=tmp_path).stdout) for sim in (theirs_sim, mine_sim)]
    assert summaries[0]["WDT_DELAY_SEL"]["value"] == "80000"
    assert differing_fields(*summaries) == {}


def test_p4_from_v3_0_takes_its_own_table(tmp_path, files):
    """Once the eFuses say v3.0, the P4's purposes take five bits (ECDSA_KEY_P192 = 16 sets
    KEY_PURPOSE_0_H) and the recovery sector is put together from its six parts."""
    blank = our_summary(tmp_path, "esp32p4")
    assert "KEY_PURPOSE_0_H" not in blank and "RECOVERY_BOOTLOADER_FLASH_SECTOR" not in blank
    for step in P4_V3_SEQUENCE:
        result = ours(tmp_path, "esp32p4", *step)
        assert result.returncode == 0, result.stdout + result.stderr
    fields = our_summary(tmp_path, "esp32p4")
    assert fields["WAFER_VERSION_MAJOR"]["value"] == 3
    assert fields["KEY_PURPOSE_0"]["value"] == "ECDSA_KEY_P192"
    assert fields["KEY_PURPOSE_0"]["raw_value"] == "0x0" and fields["KEY_PURPOSE_0_H"]["value"]
    assert fields["KEY_PURPOSE_1"]["value"] == "XTS_AES_256_KEY_1"
    assert fields["RECOVERY_BOOTLOADER_FLASH_SECTOR"]["value"] == 5 << 3 | 1 << 11


@pytest.mark.parametrize("chip,purpose", [("esp32c3", "SECURE_BOOT_DIGEST0"),
                                          ("esp32p4", "USER")])
def test_a_key_block_software_reads_is_not_read_protected(tmp_path, files, chip, purpose):
    """A secure boot digest or USER key hidden would stop the boot or its reader: refused,
    as upstream 5.6 refuses it, and nothing is burned."""
    key = "sb.pem" if purpose.startswith("SECURE") else "k1.bin"
    cmd = "burn-key-digest" if purpose.startswith("SECURE") else "burn-key"
    assert ours(tmp_path, chip, cmd, "BLOCK_KEY2", key, purpose).returncode == 0
    before = read(tmp_path / "ours.bin")
    result = ours(tmp_path, chip, "read-protect-efuse", "BLOCK_KEY2")
    assert_one_fatal_line(result, "BLOCK_KEY2 must stay readable")
    assert read(tmp_path / "ours.bin") == before
    assert upstream(tmp_path, chip, cmd, "BLOCK_KEY2", key, purpose).returncode == 0
    assert upstream(tmp_path, chip, "read-protect-efuse", "BLOCK_KEY2").returncode == 2
