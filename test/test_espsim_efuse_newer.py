"""espsim's eFuse controller of the chips since the ESP32-S2 (docs/efuse-newer-sim.md),
driven by upstream 5.6's espefuse over a real transport (issue 22 point 5a).

Most runs use socket:// (a raw TCP port, the chip started in download mode): the
same bytes as a serial line, without RFC 2217's per-command round trips, which make
one upstream summary take half a minute. One test goes over rfc2217:// with resets.
"""
import json
import os
import struct
import subprocess

import pytest

from conftest import run_tool
from espsim.device import CHIPS as CHIP_FACTS
from oracle import upstream_cmd

# Per chip: a BLOCK0 field and value, the RS-coded data block, a key block and purpose
# (docs/efuse-newer-sim.md §2; names as upstream 5.6 spells them).
CHIPS = {
    "esp32c3": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32s3": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32s2": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32c6": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32h2": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32c2": ("UART_PRINT_CONTROL", 1, "BLOCK_KEY0", None, None),
    "esp32p4": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32c5": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
    "esp32c61": ("WDT_DELAY_SEL", 1, "BLOCK_USR_DATA", "BLOCK_KEY1", "USER"),
}
DATA = bytes(range(0x21, 0x21 + 32))
KEY = bytes(range(0xA0, 0xA0 + 32))


def espefuse(sim, chip, *args, timeout=180):
    """Upstream 5.6's espefuse on the simulated chip -> CompletedProcess (text)."""
    before = [] if sim.url.startswith("rfc2217") else ["--before", "no-reset"]
    return subprocess.run(upstream_cmd("5", "espefuse") + ["--port", sim.url, "--chip", chip]
                          + before + ["--do-not-confirm"] + list(args),
                          capture_output=True, text=True, timeout=timeout,
                          cwd=os.path.dirname(sim.flash_path))    # not beside our espefuse.py


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def summary(sim, chip):
    out = ok(espefuse(sim, chip, "summary", "--format", "json"))
    return {name: field["value"] for name, field in json.loads(out[out.index("{"):]).items()}


def hex_bytes(data):
    return " ".join("%02x" % b for b in data)


def start(espsim_server, chip, efuse_file, **options):
    return espsim_server(chip, raw=True, start_in_download=True, trace=False,
                         efuse_file=str(efuse_file), **options)


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_burns_persist_in_the_efuse_file_across_a_restart(espsim_server, tmp_path, chip):
    field, value, data_block, key_block, purpose = CHIPS[chip]
    efuse_file = tmp_path / ("%s-efuse.json" % chip)
    (tmp_path / "data.bin").write_bytes(DATA)
    (tmp_path / "key.bin").write_bytes(KEY)
    sim = start(espsim_server, chip, efuse_file)
    fresh = summary(sim, chip)
    # The factory MAC and revision, as our esptool and upstream's read them (test_chips_cli).
    assert fresh["MAC"].startswith(CHIP_FACTS[chip].default_mac)
    assert fresh.get("WAFER_VERSION_MINOR") == CHIP_FACTS[chip].default_revision % 100
    ok(espefuse(sim, chip, "burn-efuse", field, str(value)))
    ok(espefuse(sim, chip, "burn-block-data", data_block, str(tmp_path / "data.bin")))
    if key_block:
        ok(espefuse(sim, chip, "burn-key", key_block, str(tmp_path / "key.bin"), purpose))
    sim.stop()

    again = start(espsim_server, chip, efuse_file)        # a new chip on the same file
    after = summary(again, chip)
    assert after[field] != fresh[field]
    assert after[data_block] == hex_bytes(DATA)           # RS-coded: read back as burnt
    if key_block:
        assert after[key_block] == hex_bytes(KEY)
    assert after["MAC"] == fresh["MAC"]                   # the factory MAC is still there
    assert "No errors detected" in ok(espefuse(again, chip, "check-error"))
    saved = json.loads(efuse_file.read_text())
    assert saved["chip"] == chip.upper().replace("ESP32", "ESP32-")


def test_summary_over_rfc2217_with_resets(espsim_server, tmp_path):
    """The brief's transport: rfc2217://, espefuse resetting the chip into the ROM (slow:
    upstream waits on RFC 2217 round trips for each of its register reads, ~30 s; the
    burns go over socket:// above)."""
    sim = espsim_server("esp32c3", trace=False, efuse_file=str(tmp_path / "c3-efuse.json"))
    values = summary(sim, "esp32c3")
    assert values["MAC"] == "58:cf:79:01:02:03 (OK)"
    assert values["WAFER_VERSION_MINOR"] == 4              # v0.4, as esptool reads it


@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3"])
def test_a_write_protected_field_refuses_a_burn(espsim_server, tmp_path, chip):
    efuse_file = tmp_path / "efuse.json"
    sim = start(espsim_server, chip, efuse_file)
    ok(espefuse(sim, chip, "burn-efuse", "WDT_DELAY_SEL", "1"))
    ok(espefuse(sim, chip, "write-protect-efuse", "WDT_DELAY_SEL"))
    refused = espefuse(sim, chip, "burn-efuse", "WDT_DELAY_SEL", "3")
    assert refused.returncode != 0
    assert "write-protected" in refused.stdout + refused.stderr
    blocks = json.loads(efuse_file.read_text())["blocks"]
    assert int(blocks[0][2], 16) >> 16 & 3 == 1           # still 1: nothing was burnt


# ESP32-C3 controller registers (docs/efuse-newer-sim.md §1).
C3_BASE = 0x60008800
PGM_DATA0, PGM_CHECK_VALUE0, CONF, CMD = 0x000, 0x020, 0x1CC, 0x1D4
RD_REPEAT_DATA1 = 0x034                    # BLOCK0 word 2: WDT_DELAY_SEL is bits 16-17
RD_USR_DATA0 = 0x07C
RD_KEY0_DATA0 = 0x09C
RD_RS_ERR0 = 0x1C0


def write_mem(sim, *pairs):
    """Our esptool.py's write_mem (ROM loader, WRITE_REG) for each (offset, value)."""
    for offset, value in pairs:
        result = run_tool("esptool", "--chip", "esp32c3", "--port", sim.url, "--before",
                          "no_reset", "--after", "no_reset", "--no-stub", "write_mem",
                          "0x%x" % (C3_BASE + offset), "0x%x" % value, timeout=60)
        assert result.returncode == 0, result.stdout


def read_mem(sim, offset):
    result = run_tool("esptool", "--chip", "esp32c3", "--port", sim.url, "--before",
                      "no_reset", "--after", "no_reset", "--no-stub", "read_mem",
                      "0x%x" % (C3_BASE + offset), timeout=60)
    assert result.returncode == 0, result.stdout
    address = "0x%08x" % (C3_BASE + offset)
    line = next(line for line in result.stdout.splitlines() if line.startswith(address))
    return int(line.split()[-1], 16)


def program(sim, block, words):
    """Stage `words` (data, then check) and give CONF = 0x5A5A, CMD = PGM | block << 2,
    then read them in (CONF = 0x5AA5, CMD = READ)."""
    write_mem(sim, *[(PGM_DATA0 + 4 * i, w) for i, w in enumerate(words)],
              (CONF, 0x5A5A), (CMD, 0x2 | block << 2), (CONF, 0x5AA5), (CMD, 0x1))


def test_the_controller_itself_keeps_write_protected_bits(espsim_server, tmp_path):
    """Past any host-side check: programming BLOCK0 through the registers leaves a field
    whose WR_DIS bit is set unchanged, and a write-protected block unburnt."""
    sim = start(espsim_server, "esp32c3", tmp_path / "efuse.json")
    program(sim, 0, [1 << 3])                               # WR_DIS bit 3: WDT_DELAY_SEL
    program(sim, 0, [0, 0, 3 << 16])
    assert read_mem(sim, RD_REPEAT_DATA1) >> 16 & 3 == 0
    program(sim, 0, [1 << 22])                              # WR_DIS bit 22: BLOCK3
    program(sim, 3, [0x12345678])
    assert read_mem(sim, RD_USR_DATA0) == 0


def test_a_block_whose_check_bytes_do_not_match_reports_rs_errors(espsim_server, tmp_path):
    """Data programmed without its Reed-Solomon check: the RS error register counts it,
    and upstream's check-error says so (exit status non-zero)."""
    sim = start(espsim_server, "esp32c3", tmp_path / "efuse.json")
    program(sim, 3, [0xDEADBEEF] + [0] * 7 + [0, 0, 0])    # zero check words
    errors = read_mem(sim, RD_RS_ERR0)
    assert errors >> 8 & 7 != 0                             # BLOCK3's ERR_NUM (slot 2)
    result = espefuse(sim, "esp32c3", "check-error")
    assert result.returncode != 0
    assert "Error(s) in BLOCK3" in result.stdout


def test_an_efuse_file_of_another_chip_is_refused(espsim_server, tmp_path):
    efuse_file = tmp_path / "efuse.json"
    start(espsim_server, "esp32s3", efuse_file).stop()
    from espsim import Device
    with pytest.raises(ValueError, match="not an ESP32-C3 eFuse file"):
        Device(chip="esp32c3", efuse_file=str(efuse_file))


def test_rs_check_words_are_those_upstream_computes(tmp_path):
    """The 12 check bytes of a block equal reedsolo's RS(44, 32) (upstream's library),
    run in the oracle's environment."""
    from espsim.efuse_rs import check_bytes
    python = upstream_cmd("5", "espefuse")[0]
    for data in (DATA, KEY, bytes(32), b"\xff" * 32, DATA[:24]):
        theirs = subprocess.run([python, "-c", "import reedsolo,sys; d=bytes.fromhex(sys.argv[1]);"
                                 "print(bytes(reedsolo.RSCodec(12).encode(d.ljust(32, b'\\0')))"
                                 "[32:].hex())", data.hex()],
                                capture_output=True, text=True, check=True,
                                cwd=str(tmp_path)).stdout.strip()
        assert check_bytes(data).hex() == theirs
    assert struct.calcsize("<3I") == 12


def test_a_read_protected_key_block_reads_zero(espsim_server, tmp_path):
    """burn-key with an XTS purpose read-protects the block (RD_DIS bit 0 for BLOCK4): the
    key is in the fuses (the file), the read registers give zeros."""
    efuse_file = tmp_path / "efuse.json"
    (tmp_path / "key.bin").write_bytes(KEY)
    sim = start(espsim_server, "esp32c3", efuse_file)
    ok(espefuse(sim, "esp32c3", "burn-key", "BLOCK_KEY0", str(tmp_path / "key.bin"),
                "XTS_AES_128_KEY"))
    saved = json.loads(efuse_file.read_text())["blocks"]
    assert int(saved[0][1], 16) & 1                         # RD_DIS bit 0
    assert sorted(struct.pack("<8I", *(int(w, 16) for w in saved[4]))) == sorted(KEY)
    assert read_mem(sim, RD_KEY0_DATA0) == 0
    assert summary(sim, "esp32c3")["BLOCK_KEY0"].startswith("??")
