"""Fast reflash (issue 12): write_flash sends only the sectors the chip does not hold.

Given a simulated chip whose flash already holds something, when the user
writes an image again (changed a little, or not at all), then the flash file
holds exactly what a full write would have left -- the files, 0xFF around
them in their first and last sectors -- while the chip received data only for
the sectors that differed.
"""
import os
import random

import pytest

from conftest import assert_one_fatal_line, ok, run_tool
FLASH_SIZE = 1 << 20
SECTOR = 0x1000
FLASH_DATA, FLASH_DEFL_DATA, SPI_FLASH_MD5, FLASH_SECTOR_MD5 = 0x03, 0x11, 0x13, 0xDA
SYNC_FRAME = "0008240000000000" + "07071220" + "55" * 32


JUNK = random.Random(99).randbytes(FLASH_SIZE)


def used_chip(espsim_server, name):
    """A simulated chip (espsim:// in the tool's process) whose 1 MB flash holds
    junk, not erased: a skipped partial sector must not keep it."""
    return espsim_server(name, in_process=True, flash_size="1MB", flash=JUNK)


def esptool(chip, *args, stub=True):
    """One run; the chip's trace then holds this run's frames only."""
    if os.path.exists(chip.trace_path):
        os.remove(chip.trace_path)
    return run_tool("esptool", "--port", chip.url, "--connect-attempts", 2,
                    *([] if stub else ["--no-stub"]), *args, timeout=180)


def after_full_write(flash, files):
    """What a write of every sector leaves: each file's sectors erased, then the file."""
    flash = bytearray(flash)
    for address, data in files:
        first = address - address % SECTOR
        end = -(-(address + len(data)) // SECTOR) * SECTOR
        flash[first:end] = b"\xff" * (end - first)
        flash[address:address + len(data)] = data
    return bytes(flash)


def write_files(tmp_path, files, tag):
    args = []
    for i, (address, data) in enumerate(files):
        path = tmp_path / ("%s-%d.bin" % (tag, i))
        path.write_bytes(data)
        args += ["0x%x" % address, path]
    return args


def changed(data, offsets, seed=3):
    rng = random.Random(seed)
    data = bytearray(data)
    for offset in offsets:
        data[offset:offset + 16] = rng.randbytes(16)
    return bytes(data)


def data_frames(chip):
    return [op for op in chip.commands_received() if op in (FLASH_DATA, FLASH_DEFL_DATA)]


ONE = [(0x10000, 200000)]
SEVERAL = [(0x8000, 6000), (0x10000, 200000), (0x50004, 140000)]   # the last starts mid-sector
# (6000 bytes: two sectors, which the ESP8266 ROM erases exactly, docs/protocol.md §11.4)


@pytest.mark.parametrize("name,stub,layout,compress", [
    (name, stub, layout, compress)
    for name in ("esp32", "esp8266") for stub in (True, False)
    for layout in ("one", "several") for compress in ("-z", "-u")
    if stub or name == "esp32" or compress == "-u"])     # the ESP8266 ROM cannot inflate
def test_every_combination_leaves_the_flash_exactly_right(espsim_server, tmp_path, name, stub,
                                                          layout, compress):
    chip = used_chip(espsim_server, name)
    rng = random.Random(len(layout) + len(name))
    layout = ONE if layout == "one" else SEVERAL
    if name == "esp8266" and not stub:
        # Its ROM erases one sector too many after an unaligned start (docs/protocol.md §11.4,
        # as upstream): a whole write, nothing to do with skipping.
        layout = [(address - address % SECTOR, size) for address, size in layout]
    files = [(address, rng.randbytes(size)) for address, size in layout]
    expected = after_full_write(chip.flash(), files)
    ok(esptool(chip, "write_flash", compress, *write_files(tmp_path, files, "v1"), stub=stub))
    assert chip.flash() == expected

    files[-1] = (files[-1][0], changed(files[-1][1], [5, 70000, 70100, len(files[-1][1]) - 1]))
    expected = after_full_write(expected, files)
    out = ok(esptool(chip, "write_flash", compress, *write_files(tmp_path, files, "v2"),
                     stub=stub))
    assert chip.flash() == expected
    assert "Hash of data verified." in out or (name == "esp8266" and not stub)
    if stub or name == "esp32":
        sectors = -(-(files[-1][0] % SECTOR + len(files[-1][1])) // SECTOR)
        assert "(%d of %d sectors already in flash, skipped)" % (sectors - 3, sectors) in out \
            or not stub     # the ROM bisects: it may write a few more than differ
        assert "sectors already in flash, skipped)" in out
    else:
        assert "ESP8266 ROM cannot hash flash: writing every sector" in out


@pytest.mark.parametrize("name,stub", [("esp32", True), ("esp8266", True), ("esp32", False)])
def test_an_unchanged_reflash_sends_no_data(espsim_server, tmp_path, name, stub):
    chip = used_chip(espsim_server, name)
    image = random.Random(1).randbytes(300000)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "0x20000", tmp_path / "app.bin", stub=stub))
    assert data_frames(chip)

    out = ok(esptool(chip, "write_flash", "0x20000", tmp_path / "app.bin", stub=stub))
    assert data_frames(chip) == []
    assert "(74 of 74 sectors already in flash, skipped)" in out
    assert "Wrote 300000 bytes" in out and "Hash of data verified." in out
    asked = FLASH_SECTOR_MD5 if stub else SPI_FLASH_MD5
    assert asked in chip.commands_received()
    assert chip.flash()[0x20000:0x20000 + len(image)] == image


@pytest.mark.parametrize("stub", [True, False])
def test_a_sector_changed_behind_the_tools_back_is_found_and_rewritten(espsim_server, tmp_path,
                                                                       stub):
    chip = used_chip(espsim_server, "esp32")
    image = random.Random(2).randbytes(256 * 1024)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "0x40000", tmp_path / "app.bin", stub=stub))
    chip.preload(0x40000 + 37 * SECTOR + 123, b"\x00")        # one byte of sector 37

    out = ok(esptool(chip, "write_flash", "0x40000", tmp_path / "app.bin", stub=stub))
    assert chip.flash()[0x40000:0x40000 + len(image)] == image
    assert "(63 of 64 sectors already in flash, skipped)" in out or not stub
    assert data_frames(chip)


@pytest.mark.parametrize("stub", [True, False])
def test_stuck_bits_in_a_sector_that_looks_skippable_still_fail(espsim_server, tmp_path, stub):
    flash_path = tmp_path / "flash.bin"
    old = random.Random(5).randbytes(200000)
    flash_path.write_bytes(after_full_write(b"\xff" * FLASH_SIZE, [(0x10000, old)]))
    new = changed(old, [100000])
    (tmp_path / "old.bin").write_bytes(old)
    (tmp_path / "new.bin").write_bytes(new)
    sim = espsim_server("esp32", flash_file=str(flash_path), flash_size="1MB", stuck_bits=0x01)
    # The hint claims nothing changed; the chip's digests decide, and the sector
    # rewritten does not take the data: the MD5 check after the write says so.
    result = run_tool("esptool", "--port", sim.url, "--connect-attempts", 2,
                      *([] if stub else ["--no-stub"]), "write_flash", "0x10000",
                      tmp_path / "new.bin", "--diff-with", tmp_path / "new.bin", timeout=180)
    assert_one_fatal_line(result, "MD5 of file does not match data in flash!")
    assert "Hash of data verified." not in result.stdout


# --- the options ---------------------------------------------------------------------

@pytest.mark.parametrize("option", ["--no-skip", "--force"])
def test_no_skip_writes_everything(espsim_server, tmp_path, option):
    chip = used_chip(espsim_server, "esp32")
    image = random.Random(3).randbytes(150000)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "0x10000", tmp_path / "app.bin"))
    out = ok(esptool(chip, "write_flash", option, "0x10000", tmp_path / "app.bin"))
    assert FLASH_SECTOR_MD5 not in chip.commands_received()
    assert len(data_frames(chip)) == -(-len(image) // 0x4000)     # the whole file again
    assert "skipped" not in out and "Hash of data verified." in out


def test_skip_flashed_is_accepted(espsim_server, tmp_path):
    chip = used_chip(espsim_server, "esp32")
    image = random.Random(4).randbytes(150000)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "--skip-flashed", "0x10000", tmp_path / "app.bin"))
    out = ok(esptool(chip, "write_flash", "--skip-flashed", "0x10000", tmp_path / "app.bin"))
    assert data_frames(chip) == []
    assert "(37 of 37 sectors already in flash, skipped)" in out


@pytest.mark.parametrize("stub", [True, False])
def test_diff_with_orders_the_work_but_the_chip_decides(espsim_server, tmp_path, stub):
    chip = used_chip(espsim_server, "esp32")
    old = random.Random(6).randbytes(400000)
    new = changed(old, [200000])
    (tmp_path / "old.bin").write_bytes(old)
    (tmp_path / "new.bin").write_bytes(new)
    ok(esptool(chip, "write_flash", "0x10000", tmp_path / "old.bin", stub=stub))
    chip.preload(0x10000 + 5 * SECTOR, b"\x12\x34")     # also changed, unknown to the hint

    out = ok(esptool(chip, "write_flash", "0x10000", tmp_path / "new.bin",
                     "--diff-with", tmp_path / "old.bin", stub=stub))
    assert chip.flash()[0x10000:0x10000 + len(new)] == new
    assert "Hash of data verified." in out
    if not stub:      # the ROM asks about the runs the hint calls unchanged, not sector by sector
        assert chip.commands_received().count(SPI_FLASH_MD5) < 40


def test_diff_with_skip_placeholder_and_a_missing_file(espsim_server, tmp_path):
    chip = used_chip(espsim_server, "esp32")
    image = random.Random(7).randbytes(150000)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "0x10000", tmp_path / "app.bin", "--diff-with", "skip"))
    result = esptool(chip, "write_flash", "0x10000", tmp_path / "app.bin",
                     "--diff-with", tmp_path / "nope.bin")
    assert_one_fatal_line(result, "nope.bin")
    assert not os.path.exists(chip.trace_path)       # refused before the port was opened


@pytest.mark.parametrize("stub", [True, False])
def test_erase_all_erases_the_chip_then_writes_everything(espsim_server, tmp_path, stub):
    chip = used_chip(espsim_server, "esp32")
    image = random.Random(8).randbytes(150000)
    (tmp_path / "app.bin").write_bytes(image)
    ok(esptool(chip, "write_flash", "0x10000", tmp_path / "app.bin", stub=stub))
    out = ok(esptool(chip, "write_flash", "--erase-all", "0x10000", tmp_path / "app.bin",
                     stub=stub))
    assert chip.flash() == after_full_write(b"\xff" * FLASH_SIZE, [(0x10000, image)])
    assert "Chip erase completed successfully" in out and "skipped" not in out
    assert data_frames(chip)


@pytest.mark.parametrize("address", [0, 0xF0000])
def test_read_flash_all_reads_to_the_end_of_the_flash(espsim_server, tmp_path, address):
    chip = used_chip(espsim_server, "esp32")
    out = ok(esptool(chip, "read_flash", "0x%x" % address, "ALL", tmp_path / "out.bin"))
    assert (tmp_path / "out.bin").read_bytes() == chip.flash()[address:]
    assert "Read %d bytes" % (FLASH_SIZE - address) in out


def test_read_flash_all_beyond_the_flash_fails(espsim_server, tmp_path):
    chip = used_chip(espsim_server, "esp32")
    result = esptool(chip, "read_flash", "0x100000", "ALL", tmp_path / "out.bin")
    assert_one_fatal_line(result, "beyond the end")
    assert not (tmp_path / "out.bin").exists()


def test_esp8266_rom_says_once_that_it_writes_everything(espsim_server, tmp_path):
    chip = used_chip(espsim_server, "esp8266")
    files = [(0x10000, random.Random(9).randbytes(140000)), (0x40000, bytes(140000))]
    out = ok(esptool(chip, "write_flash", *write_files(tmp_path, files, "a"), stub=False))
    assert out.count("cannot hash flash") == 1
    assert chip.flash() == after_full_write(bytes(random.Random(99).randbytes(FLASH_SIZE)),
                                            files)


# --- the fixed cost: the stub is uploaded at the final rate -----------------------------

CHANGE_BAUDRATE, MEM_BEGIN, MEM_END, WRITE_REG = 0x0F, 0x05, 0x06, 0x09
ESP8266_UART_CLKDIV = 0x60000014


def test_the_esp32_rom_changes_the_baud_rate_before_the_stub_upload(espsim_server, tmp_path):
    chip = used_chip(espsim_server, "esp32")
    (tmp_path / "app.bin").write_bytes(random.Random(10).randbytes(5000))
    out = ok(esptool(chip, "-b", "921600", "write_flash", "0x10000", tmp_path / "app.bin"))
    ops = chip.commands_received()
    assert ops.count(CHANGE_BAUDRATE) == 1 and out.count("Changed.") == 1
    assert ops.index(CHANGE_BAUDRATE) < ops.index(MEM_BEGIN)
    assert chip.flash()[0x10000:0x10000 + 5000] == (tmp_path / "app.bin").read_bytes()


def trace_lines(path):
    with open(path) as f:
        return [line.rstrip("\n") for line in f]


def writes_uart_clkdiv(line):
    """A WRITE_REG frame to the ESP8266's UART_CLKDIV, as espsim traces it."""
    address = ESP8266_UART_CLKDIV.to_bytes(4, "little").hex()
    return line.startswith("> 0009") and line[18:26] == address


def test_the_esp8266_rom_runs_the_stub_upload_at_the_final_rate(espsim_server, tmp_path):
    """docs/protocol.md §14.1: the ESP8266 ROM has no CHANGE_BAUDRATE; its UART divider is
    rescaled by a WRITE_REG, the host follows, syncs again, and uploads the stub at
    921600 (espsim:// carries the host's rate: a host that did not follow would read
    garbage and the upload would fail)."""
    chip = used_chip(espsim_server, "esp8266")
    (tmp_path / "app.bin").write_bytes(random.Random(10).randbytes(5000))
    out = ok(esptool(chip, "-b", "921600", "write_flash", "0x10000", tmp_path / "app.bin"))
    assert out.count("Changed.") == 1 and "Note:" not in out
    assert out.index("Changed.") < out.index("Uploading stub...")
    lines = trace_lines(chip.trace_path)
    write = next(i for i, line in enumerate(lines) if writes_uart_clkdiv(line))
    first_upload = next(i for i, line in enumerate(lines) if line.startswith("> 0005"))
    start = next(i for i, line in enumerate(lines) if line.startswith("# stub started"))
    # 52 MHz / 115200 = 451, its auto-baud divider; 451 / 8 -> 56: 928571 baud, 0.8 % fast.
    assert lines[write + 1] == "# device baud 928571 (UART_CLKDIV 56)"
    assert "# host baud 921600" in lines[write:first_upload]
    assert lines[write + 2:first_upload].count("> " + SYNC_FRAME) >= 1   # synced again
    assert not [line for line in lines[first_upload:start] if "baud" in line]
    assert CHANGE_BAUDRATE not in chip.commands_received()
    assert chip.flash()[0x10000:0x10000 + 5000] == (tmp_path / "app.bin").read_bytes()


def test_a_rate_no_esp8266_divider_gives_closely_is_left_to_the_stub(espsim_server, tmp_path):
    """52 MHz / 5 Mbaud = 10.4: 10 is 4 % off, too far (docs/protocol.md §14.1)."""
    chip = used_chip(espsim_server, "esp8266")
    (tmp_path / "app.bin").write_bytes(random.Random(10).randbytes(5000))
    ok(esptool(chip, "-b", "5000000", "write_flash", "0x10000", tmp_path / "app.bin"))
    assert not [line for line in trace_lines(chip.trace_path) if writes_uart_clkdiv(line)]
    ops = chip.commands_received()
    assert ops.count(CHANGE_BAUDRATE) == 1 and ops.index(CHANGE_BAUDRATE) > ops.index(MEM_END)
    assert chip.flash()[0x10000:0x10000 + 5000] == (tmp_path / "app.bin").read_bytes()


def test_an_esp8266_lost_after_the_divider_change_is_reset_and_flashed_at_115200(espsim_server,
                                                                                  tmp_path):
    """The chip resets itself (espsim's fault) on the WRITE_REG to its divider, so nothing
    answers at 921600: one note, a reset back into the loader at 115200, the stub
    upload there, the stub changes the rate, and the write is right."""
    (tmp_path / "app.bin").write_bytes(random.Random(11).randbytes(5000))
    clean = used_chip(espsim_server, "esp8266")
    ok(esptool(clean, "-b", "921600", "write_flash", "0x10000", tmp_path / "app.bin"))
    commands = [line for line in trace_lines(clean.trace_path)    # espsim counts no SYNC
                if line.startswith("> 00") and not line.startswith("> 0008")]
    write_command = next(i for i, line in enumerate(commands) if writes_uart_clkdiv(line)) + 1
    trace = tmp_path / "faulty-trace.txt"
    sim = espsim_server("esp8266", flash_file=str(tmp_path / "faulty.bin"), flash_size="1MB",
                        trace=str(trace), reset_at_command=write_command)
    try:
        result = run_tool("esptool", "--port", sim.url, "-b", "921600", "write_flash",
                          "0x10000", tmp_path / "app.bin", timeout=180)
    finally:
        sim.stop()
    out = ok(result)
    assert out.count("Note: the ESP8266 ROM did not answer at 921600 baud after its UART "
                     "divider was changed") == 1
    assert "Hash of data verified." in out
    ops = [int(line[4:6], 16) for line in trace_lines(trace) if line.startswith("> 00")]
    assert ops.count(CHANGE_BAUDRATE) == 1 and ops.index(CHANGE_BAUDRATE) > ops.index(MEM_END)
    with open(tmp_path / "faulty.bin", "rb") as f:
        assert f.read()[0x10000:0x10000 + 5000] == (tmp_path / "app.bin").read_bytes()
