"""Stub mode, esptool.py's default for flash commands (issue 6, "Stub mode in esptool.py").

Given a simulated chip that runs either espsim's generic stub or our C stub
built for the host (`stub=cstub`), when the user runs a flash command without
--no-stub, then our embedded stub is uploaded, greets, passes its self-check,
and the command does its work through it. When the stub cannot start, the
command warns and finishes correctly in ROM mode.
"""
import random

import pytest

from conftest import run_tool

READ_FLASH, ERASE_FLASH, ERASE_REGION, MEM_END, SYNC = 0xD2, 0xD0, 0xD1, 0x06, 0x08


def have_cstub():
    try:
        from espsim import cstub  # noqa: F401
    except Exception:
        return False
    return True


@pytest.fixture(params=[("esp8266", "generic"), ("esp32", "generic"),
                        ("esp8266", "cstub"), ("esp32", "cstub")],
                ids=lambda p: "%s-%s" % p)
def chip(request, espsim_server):
    name, impl = request.param
    if impl == "cstub" and not have_cstub():
        pytest.skip("espsim has no C stub implementation here")
    return espsim_server(name, in_process=True, flash_size="1MB", stub_impl=impl)


def esptool(url, *args, **kwargs):
    return run_tool("esptool", "--port", url, "--connect-attempts", 2, *args, **kwargs)


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING: the flasher stub failed" not in result.stdout, result.stdout
    return result.stdout


def random_file(path, size, seed=11):
    data = random.Random(seed).randbytes(size)
    path.write_bytes(data)
    return data


def test_write_read_verify_and_erase_through_the_stub(chip, tmp_path):
    data = random_file(tmp_path / "app.bin", 100000)
    out = ok(esptool(chip.url, "-b", "921600", "write_flash", "0x10000", tmp_path / "app.bin"))
    assert "Stub running..." in out and "Changed." in out
    assert "Hash of data verified." in out
    out = ok(esptool(chip.url, "read_flash", "0x10000", 100000, tmp_path / "back.bin"))
    assert (tmp_path / "back.bin").read_bytes() == data
    assert "-- verify OK (digest matched)" in ok(
        esptool(chip.url, "verify_flash", "0x10000", tmp_path / "app.bin"))
    ok(esptool(chip.url, "erase_region", "0x11000", "0x3000"))
    flash = chip.flash()
    assert flash[0x10000:0x11000] == data[:0x1000]
    assert flash[0x11000:0x14000] == b"\xff" * 0x3000
    assert flash[0x14000:0x10000 + 100000] == data[0x4000:]
    ops = chip.commands_received()
    assert READ_FLASH in ops and ERASE_REGION in ops


def test_uncompressed_write_and_erase_flash_through_the_stub(chip, tmp_path):
    data = random_file(tmp_path / "app.bin", 40000, seed=3)
    out = ok(esptool(chip.url, "write_flash", "-u", "0x0", tmp_path / "app.bin"))
    # Blocks are padded: three of 16 KiB, five of 8 KiB to our ESP8266 stub (docs/protocol.md §10.9)
    padded = 40960 if chip.name == "esp8266" and "stub=cstub" in chip.url else 49152
    assert "Wrote %d bytes at 0x00000000" % padded in out
    assert chip.flash()[:40000] == data
    out = ok(esptool(chip.url, "erase_flash"))
    assert "Chip erase completed successfully" in out
    assert chip.flash() == b"\xff" * (1 << 20)
    assert ERASE_FLASH in chip.commands_received()


def test_register_commands_do_not_need_the_stub(tmp_path):
    url = "espsim://esp32?flash=%s" % (tmp_path / "flash.bin")
    out = ok(esptool(url, "read_mac"))
    assert "Uploading stub..." not in out


@pytest.mark.parametrize("fault_at,reason", [(0, "it did not greet"),
                                              (1, "it did not turn on checked exchanges"),
                                              (2, "its MD5 self-check failed")],
                         ids=["never-greets", "no-checked-exchanges", "self-check-fails"])
def test_a_stub_that_fails_to_start_ends_in_a_correct_rom_mode_write(espsim_server, tmp_path,
                                                                     fault_at, reason):
    """The chip resets (espsim's reset fault) at the command that starts the
    stub, at the stub's first command (CHECKED_EXCHANGES, docs/protocol.md §5.14) or
    at its MD5 self-check: esptool warns, resets back into the ROM loader and writes
    in ROM mode."""
    data = random_file(tmp_path / "app.bin", 30000, seed=5)
    start_command = commands_until_stub_starts(tmp_path)
    sim = espsim_server("esp32", flash_file=str(tmp_path / "faulty.bin"),
                        reset_at_command=start_command + fault_at)
    try:
        result = esptool(sim.url, "write_flash", "0x10000", tmp_path / "app.bin")
        flash = None
    finally:
        sim.stop()
    with open(tmp_path / "faulty.bin", "rb") as f:
        flash = f.read()
    assert result.returncode == 0, result.stdout
    assert "WARNING: the flasher stub failed: " + reason in result.stdout
    assert "Going on with the ROM loader" in result.stdout
    assert "Hash of data verified." in result.stdout
    assert flash[0x10000:0x10000 + 30000] == data


def commands_until_stub_starts(tmp_path):
    """How many commands a clean run sends up to MEM_END (from a traced run),
    not counting SYNCs, as espsim's reset fault does not."""
    trace = tmp_path / "clean-trace.txt"
    url = "espsim://esp32?flash=%s&trace=%s" % (tmp_path / "clean.bin", trace)
    ok(esptool(url, "write_flash", "0x10000", tmp_path / "app.bin"))
    with open(trace) as f:
        ops = [int(line[4:6], 16) for line in f if line.startswith("> 00")]
    ops = [op for op in ops if op != SYNC]
    return ops.index(MEM_END) + 1


def test_after_no_reset_the_stub_hands_the_chip_back_to_the_rom(espsim_server, tmp_path):
    """--after no_reset with the stub: FLASH_BEGIN(0,0) + FLASH_END(reboot) make
    the stub reset the chip into the ROM loader (docs/protocol.md §16), so the next run can
    connect without a reset."""
    data = random_file(tmp_path / "app.bin", 5000)
    sim = espsim_server("esp8266", flash_file=str(tmp_path / "flash.bin"))
    try:
        out = ok(esptool(sim.url, "--after", "no_reset", "write_flash", "0x0",
                         tmp_path / "app.bin"))
        assert "Staying in bootloader." in out
        out = ok(esptool(sim.url, "--before", "no_reset", "--no-stub", "read_mac"))
        assert "MAC: 18:fe:34:" in out
    finally:
        sim.stop()
    with open(tmp_path / "flash.bin", "rb") as f:
        assert f.read(5000) == data
