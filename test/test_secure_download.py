"""Secure Download Mode (issue 22 point 5b; docs/protocol.md §21): a chip whose eFuses
enable it answers in its ROM only what the mode allows. Our esptool.py detects it,
writes flash in ROM mode without a stub, says the write is not verified (exit status 3,
docs/differences.md), and refuses the rest in one line each; upstream 5.6 against the
same simulated chip behaves as docs/protocol.md §21.3 records.
"""
import json
import os
import subprocess

import pytest

from conftest import assert_one_fatal_line, run_tool
from oracle import upstream_cmd

MEM_BEGIN, READ_REG, SPI_FLASH_MD5 = 0x05, 0x0A, 0x13
DATA = bytes((i * 7) & 0xFF for i in range(5000))


def sdm_chip(espsim_server, chip="esp32c3", **options):
    return espsim_server(chip, raw=True, start_in_download=True, secure_download=True,
                         **options)


def ours(sim, chip, *args):
    return run_tool("esptool", "--chip", chip, "--port", sim.url, "--before", "no_reset",
                    "--after", "no_reset", *args, timeout=120)


def theirs(sim, chip, *args, tool="esptool"):
    before = ["--before", "no-reset"] + (["--after", "no-reset"] if tool == "esptool" else [])
    return subprocess.run(upstream_cmd("5", tool) + ["--chip", chip, "--port", sim.url] + before
                          + list(args), capture_output=True, text=True, timeout=120,
                          cwd=os.path.dirname(sim.flash_path))


@pytest.mark.parametrize("chip", ["esp32c3", "esp32s3", "esp32c6", "esp32p4", "esp32c5",
                                  "esp32c61", "auto"])
def test_write_flash_writes_in_rom_mode_and_says_it_is_not_verified(espsim_server, tmp_path,
                                                                    chip):
    """C3/S3 are named by their magic word (refused: asked again by GET_SECURITY_INFO),
    the C6 by GET_SECURITY_INFO at once, 'auto' too."""
    sim = sdm_chip(espsim_server, "esp32s3" if chip == "auto" else chip)
    (tmp_path / "app.bin").write_bytes(DATA)
    result = ours(sim, chip, "write_flash", "0x10000", str(tmp_path / "app.bin"))
    assert result.returncode == 3, result.stdout
    assert "in Secure Download Mode: the ROM refuses the stub" in result.stdout
    assert "Wrote 5000 bytes, NOT verified" in result.stdout
    assert "Hash of data verified" not in result.stdout
    assert sim.flash()[0x10000:0x10000 + len(DATA)] == DATA
    assert MEM_BEGIN not in sim.commands_received()          # no stub upload was tried
    assert SPI_FLASH_MD5 not in sim.commands_received()


def test_get_security_info_shows_the_secure_download_flag(espsim_server):
    result = ours(sdm_chip(espsim_server), "esp32c3", "get_security_info")
    assert result.returncode == 0, result.stdout
    assert "Flags: 0x00000004 (0b100)" in result.stdout


def test_erase_region_goes_through_the_rom(espsim_server):
    sim = sdm_chip(espsim_server, flash=b"\x00" * 0x400000)
    result = ours(sim, "esp32c3", "erase_region", "0x20000", "0x1000")
    assert result.returncode == 0, result.stdout
    flash = sim.flash()
    assert flash[0x20000:0x21000] == b"\xff" * 0x1000
    assert flash[0x1F000:0x20000] == flash[0x21000:0x22000] == b"\x00" * 0x1000


@pytest.mark.parametrize("args, why", [
    (["read_flash", "0", "0x1000", "out.bin"], "does not read flash"),
    (["verify_flash", "0x10000", "app.bin"], "nor computes its MD5"),
    (["read_mac"], "refuses register reads"),
    (["chip_id"], "refuses register reads"),
    (["flash_id"], "SPI registers"),
    (["erase_flash"], "erase_region 0 SIZE"),
    (["dump_mem", "0x3fc80000", "4", "out.bin"], "refuses register and memory reads"),
    (["load_ram", "app.bin"], "RAM downloads"),
    (["write_flash", "--verify", "0x10000", "app.bin"], "does not read flash"),
])
def test_each_refusal_is_one_line(espsim_server, tmp_path, args, why):
    sim = sdm_chip(espsim_server)
    (tmp_path / "app.bin").write_bytes(DATA)
    result = run_tool("esptool", "--chip", "esp32c3", "--port", sim.url, "--before",
                      "no_reset", "--after", "no_reset", *args, cwd=str(tmp_path), timeout=120)
    assert_one_fatal_line(result, "not available in Secure Download Mode", why)
    assert sim.commands_received().count(READ_REG) <= 1      # only the magic word, refused


def test_the_mode_follows_the_efuse_bit(espsim_server, tmp_path):
    """No --secure-download: upstream's espefuse burns ENABLE_SECURITY_DOWNLOAD, and the
    ROM answers as in the mode from its next command on (and after a restart, from the
    eFuse file)."""
    efuse_file = str(tmp_path / "efuse.json")
    sim = espsim_server("esp32c3", raw=True, start_in_download=True, efuse_file=efuse_file)
    (tmp_path / "app.bin").write_bytes(DATA)
    assert ours(sim, "esp32c3", "write_flash", "0x10000", str(tmp_path / "app.bin")).returncode == 0
    burn = theirs(sim, "esp32c3", "--do-not-confirm", "burn-efuse", "ENABLE_SECURITY_DOWNLOAD",
                  "1", tool="espefuse")
    assert burn.returncode == 0, burn.stdout + burn.stderr
    assert ours(sim, "esp32c3", "write_flash", "0x10000", str(tmp_path / "app.bin")).returncode == 3
    sim.stop()
    again = espsim_server("esp32c3", raw=True, start_in_download=True, efuse_file=efuse_file)
    assert "0x00000004" in ours(again, "esp32c3", "get_security_info").stdout
    assert json.loads(open(efuse_file).read())["blocks"][0][4] == "00000020"


@pytest.mark.parametrize("chip", ["esp32s2", "auto"])
def test_an_esp32s2_in_the_mode_is_named_by_the_form_of_its_reply(espsim_server, tmp_path, chip):
    """Its ROM's GET_SECURITY_INFO has no chip ID and its magic word cannot be read: the
    short reply with the mode's flag names it."""
    sim = sdm_chip(espsim_server, "esp32s2")
    info = ours(sim, chip, "get_security_info")
    assert info.returncode == 0, info.stdout + info.stderr
    assert "Flags: 0x00000004 (0b100)" in info.stdout
    (tmp_path / "app.bin").write_bytes(DATA)
    result = ours(sim, chip, "write_flash", "0x10000", str(tmp_path / "app.bin"))
    assert result.returncode == 3, result.stdout + result.stderr
    assert "ESP32-S2 is in Secure Download Mode" in result.stdout
    assert sim.flash()[0x10000:0x10000 + len(DATA)] == DATA


def test_the_esp32_has_no_secure_download_mode():
    from espsim import Device
    with pytest.raises(ValueError, match="ESP32 has no Secure Download Mode"):
        Device(chip="esp32", secure_download=True)


def test_upstream_5_6_in_the_same_mode(espsim_server, tmp_path):
    """docs/protocol.md §21.3: 5.6 writes without a stub, says it cannot verify and exits 0;
    refuses read-flash and read-mac by name; its espefuse cannot read the eFuses."""
    sim = sdm_chip(espsim_server)
    (tmp_path / "app.bin").write_bytes(DATA)
    written = theirs(sim, "esp32c3", "write-flash", "0x10000", str(tmp_path / "app.bin"))
    assert written.returncode == 0, written.stdout + written.stderr
    assert "Cannot verify written data if encrypted or in secure download mode" in written.stdout
    assert sim.flash()[0x10000:0x10000 + len(DATA)] == DATA
    for command in ("read-flash", "read-mac"):
        args = ["read-flash", "0", "16", str(tmp_path / "o.bin")] if command == "read-flash" \
            else [command]
        refused = theirs(sim, "esp32c3", *args)
        assert refused.returncode == 2
        assert ("The '%s' command is not available in Secure Download Mode" % command
                in refused.stdout + refused.stderr)
    efuses = theirs(sim, "esp32c3", "summary", tool="espefuse")
    assert efuses.returncode != 0
    assert "Secure Download Mode is enabled" in efuses.stdout + efuses.stderr
    assert MEM_BEGIN not in sim.commands_received()
