"""The Python API (issue 11, parts 4 and 5): esptool.connect() and friends, against espsim.

Given a simulated chip served over RFC2217 (a real transport, as a test rig
would use), when a script drives it through the API, then the flash holds what
it should, errors arrive as FatalError subclasses, nothing is printed unless a
reporter is given, and the port is closed afterwards.
"""
import hashlib
import os
import random
import sys

import pytest

from conftest import ROOT, run_in_a_terminal, tool_argv

sys.path.insert(0, ROOT)
import esptool  # noqa: E402

KB = 1024


@pytest.fixture
def sim(espsim_server):
    return espsim_server("esp32", flash_size="4MB", trace=False)


def random_bytes(n, seed=1):
    return random.Random(seed).randbytes(n)


def test_connect_identifies_the_chip_and_its_flash(sim, capsys):
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        assert chip.name == "ESP32"
        assert chip.is_stub
        assert chip.mac() == "24:0a:c4:01:02:03"
        assert chip.flash_size() == 4 * KB * KB
        assert chip.flash_id() >> 16 == 0x16      # JEDEC capacity byte of 4 MB
        assert chip.description().startswith("ESP32")
        assert "WiFi" in chip.features()
    assert capsys.readouterr().out == ""


def test_write_reports_progress_and_the_flash_holds_the_data(sim, capsys):
    app, table = random_bytes(100 * KB), random_bytes(3 * KB, seed=2)
    seen = []
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0x10000: app, 0x8000: table},
                         progress=lambda done, total: seen.append((done, total)))
        assert chip.read_flash(0x10000, len(app)) == app
    total = len(app) + len(table)
    assert {t for _, t in seen} == {total}
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(set(done)) == len(done)
    assert done[-1] == total
    flash = sim.flash()
    assert flash[0x10000:0x10000 + len(app)] == app
    assert flash[0x8000:0x8000 + len(table)] == table
    assert capsys.readouterr().out == ""


def test_write_takes_paths_and_the_rom_loader_too(sim, tmp_path):
    image = tmp_path / "app.bin"
    image.write_bytes(random_bytes(5 * KB, seed=3))
    with esptool.connect(sim.url, stub=False, connect_attempts=2) as chip:
        assert not chip.is_stub
        chip.write_flash({0x20000: str(image)}, verify=True)
    assert sim.flash()[0x20000:0x20000 + 5 * KB] == image.read_bytes()


def test_read_reports_progress(sim):
    seen = []
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0: random_bytes(16 * KB)})
        data = chip.read_flash(0, 16 * KB, progress=lambda done, total: seen.append((done, total)))
    assert data == random_bytes(16 * KB)
    assert seen[-1] == (16 * KB, 16 * KB)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_verify_passes_and_a_difference_is_a_flash_verify_error(sim):
    data = random_bytes(8 * KB, seed=4)
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0x3000: data})
        chip.verify_flash({0x3000: data})
        changed = data[:100] + bytes([data[100] ^ 1]) + data[101:]
        with pytest.raises(esptool.FlashVerifyError) as caught:
            chip.verify_flash({0x3000: changed})
    assert isinstance(caught.value, esptool.FatalError)
    assert str(caught.value) == "Verify failed."


def test_erase_region_and_erase_flash(sim):
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0: random_bytes(12 * KB, seed=5)})
        chip.erase_region(0x1000, 0x1000)
        flash = chip.read_flash(0, 12 * KB)
        assert flash[0x1000:0x2000] == b"\xff" * 0x1000
        assert flash[:0x1000] == random_bytes(12 * KB, seed=5)[:0x1000]
        chip.erase_flash()
        assert chip.read_flash(0, 12 * KB) == b"\xff" * 12 * KB


def test_registers_read_and_write(sim):
    with esptool.connect(sim.url, stub=False, connect_attempts=2) as chip:
        chip.write_reg(0x3FFB0000, 0x12345678)
        assert chip.read_reg(0x3FFB0000) == 0x12345678
        assert chip.read_reg(0x40001000) == 0x00F01D83     # the chip-detect magic word


def test_the_wrong_chip_is_a_catchable_wrong_chip_error_and_the_port_is_closed(sim):
    with pytest.raises(esptool.WrongChip) as caught:
        esptool.connect(sim.url, chip="esp8266", connect_attempts=2)
    assert str(caught.value) == "This chip is ESP32, not ESP8266."
    # Closed: the simulator takes a new connection at once.
    with esptool.connect(sim.url, connect_attempts=2, stub=False) as chip:
        assert chip.name == "ESP32"


def test_a_chip_that_never_answers_is_connect_failed(espsim_server, capsys):
    sim = espsim_server("esp32", refuse_download=True, trace=False)
    with pytest.raises(esptool.ConnectFailed) as caught:
        esptool.connect(sim.url, connect_attempts=1)
    assert isinstance(caught.value, esptool.FatalError)
    assert str(caught.value).startswith("Failed to connect to Espressif device")
    assert capsys.readouterr().out == ""


def test_a_port_that_does_not_exist_is_a_port_error(tmp_path):
    with pytest.raises(esptool.PortError):
        esptool.connect(str(tmp_path / "no-such-tty"))


def test_the_port_is_closed_after_the_block_also_on_an_exception(sim):
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        port = chip.esp.serial
        assert port.is_open
    assert not port.is_open
    with pytest.raises(KeyError):
        with esptool.connect(sim.url, connect_attempts=2) as chip:
            port = chip.esp.serial
            raise KeyError("the script's own error")
    assert not port.is_open


def test_a_reporter_hears_what_the_command_line_would_print(sim, capsys):
    class Collect(esptool.Reporter):
        def __init__(self):
            self.lines, self.progress_calls = [], 0

        def message(self, text, end="\n"):
            self.lines.append(text)

        def progress(self, text, done, total):
            self.progress_calls += 1

    reporter = Collect()
    with esptool.connect(sim.url, connect_attempts=2, reporter=reporter) as chip:
        chip.write_flash({0: random_bytes(4 * KB)})
    assert "Connecting..." in reporter.lines
    assert "Stub running..." in reporter.lines
    assert "Hash of data verified." in reporter.lines
    assert "Hard resetting via RTS pin..." in reporter.lines
    assert reporter.progress_calls > 0
    assert capsys.readouterr().out == ""


def test_the_console_reporter_prints_the_command_lines_text(sim, capsys):
    with esptool.connect(sim.url, connect_attempts=2,
                         reporter=esptool.ConsoleReporter(show_progress=False)) as chip:
        chip.erase_region(0, 0x1000)
    out = capsys.readouterr().out
    assert "Detecting chip type... ESP32\n" in out
    assert "Erase completed successfully in" in out


def test_image_info_returns_data_and_prints_nothing(capsys):
    info = esptool.image_info(os.path.join(ROOT, "examples", "demo-esp32.bin"), chip="esp32")
    assert info.chip == "esp32"
    assert info.checksum_valid and info.digest_valid
    assert info.segments and all(len(s.data) % 4 == 0 for s in info.segments)
    assert info.lines()[0] == "Image version: 1"
    assert capsys.readouterr().out == ""


def test_elf2image_returns_the_image_without_writing_or_printing(tmp_path, capsys):
    elf = os.path.join(ROOT, "examples", "demo-esp32.elf")
    outputs = esptool.elf2image(elf, chip="esp32", output=str(tmp_path / "x.bin"), write=False)
    assert list(outputs) == [str(tmp_path / "x.bin")]
    assert not (tmp_path / "x.bin").exists()
    info = esptool.image_info(outputs[str(tmp_path / "x.bin")], chip="esp32")
    assert info.entrypoint == esptool.ELFFile(elf).entrypoint
    written = esptool.elf2image(elf, chip="esp32", output=str(tmp_path / "y.bin"))
    assert (tmp_path / "y.bin").read_bytes() == outputs[str(tmp_path / "x.bin")]
    assert list(written.values()) == list(outputs.values())
    assert capsys.readouterr().out == ""


def test_image_info_on_a_damaged_image_is_a_fatal_error():
    with pytest.raises(esptool.FatalError):
        esptool.image_info(b"\xe9\x05" + bytes(10), chip="esp32")


def test_md5_of_what_was_written_matches(sim):
    data = random_bytes(64 * KB, seed=7)
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0x40000: data}, compress=False)
        assert hashlib.md5(chip.read_flash(0x40000, len(data))).digest() == \
            hashlib.md5(data).digest()


def test_a_bootloader_header_gets_the_flash_params_asked_for(sim):
    image = open(os.path.join(ROOT, "examples", "demo-esp32.bin"), "rb").read()
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        chip.write_flash({0x1000: image}, flash_mode="dio", flash_size="detect")
        header = chip.read_flash(0x1000, 4)
    assert header[2] == 2                 # dio
    assert header[3] >> 4 == 2            # 4MB on an ESP32
    info = esptool.image_info(sim.flash()[0x1000:0x1000 + len(image)], chip="esp32")
    assert info.digest_valid              # the appended SHA-256 follows the new header



def test_a_chip_lost_mid_session_is_a_fatal_error_and_the_port_is_closed(sim):
    with pytest.raises(esptool.FatalError):
        with esptool.connect(sim.url, connect_attempts=2) as chip:
            port = chip.esp.serial
            sim.stop()
            chip.read_flash(0, 4 * KB)
    assert not port.is_open


@pytest.mark.parametrize("stub", [True, False])
def test_an_esp8266_writes_reads_and_verifies_with_and_without_the_stub(espsim_server, stub):
    sim = espsim_server("esp8266", flash_size="1MB", trace=False)
    data = random_bytes(8 * KB, seed=8)
    with esptool.connect(sim.url, chip="esp8266", stub=stub, connect_attempts=2) as chip:
        assert (chip.name, chip.is_stub) == ("ESP8266", stub)
        assert chip.mac() == "18:fe:34:01:02:03"
        assert chip.flash_size() == 1024 * KB
        chip.write_flash({0x8000: data})
        assert chip.read_flash(0x8000, len(data)) == data
        chip.verify_flash({0x8000: data})
    assert sim.flash()[0x8000:0x8000 + len(data)] == data


def test_on_a_terminal_the_console_reporter_draws_the_progress_bar(tmp_path):
    app = tmp_path / "app.bin"
    app.write_bytes(random_bytes(50000, seed=9))
    url = "espsim://esp32?flash=%s" % (tmp_path / "flash.bin")
    out = run_in_a_terminal(tool_argv("esptool", "--port", url, "write_flash", "-u", "0x10000",
                                      app))
    # 50000 bytes in 0x4000-byte stub blocks (the last padded): 4 blocks, the bar redrawn
    # in place, then cleared.
    assert (b"\rWriting at 0x00010000... (25 %) [#######                       ]"
            b"\rWriting at 0x00014000... (50 %) [###############               ]"
            b"\rWriting at 0x00018000... (75 %) [######################        ]"
            b"\rWriting at 0x0001c000... (100 %) [##############################]"
            b"\r" + b" " * 79 + b"\rWrote 65536 bytes at 0x00010000 in ") in out
    assert b"Hash of data verified." in out


@pytest.mark.parametrize("arguments,message", [
    ({"chip": "esp31"}, "unknown chip 'esp31'; choose one of auto, esp8266, esp32"),
    ({"after": "hard-reset"}, "unknown 'after' action 'hard-reset'"),
    ({"before": "esp32r1"}, "unknown 'before' action 'esp32r1'"),
])
def test_bad_arguments_are_refused_before_the_port_is_opened(tmp_path, arguments, message):
    with pytest.raises(esptool.FatalError) as caught:
        esptool.connect(str(tmp_path / "no-such-tty"), **arguments)
    assert not isinstance(caught.value, esptool.PortError)
    assert str(caught.value).startswith(message)


def test_a_bad_flash_mode_is_refused_before_anything_is_written(sim):
    with esptool.connect(sim.url, connect_attempts=2) as chip:
        with pytest.raises(esptool.FatalError, match="unknown flash mode 'dual'"):
            chip.write_flash({0x1000: b"\xe9" + bytes(31)}, flash_mode="dual")
        assert chip.read_flash(0x1000, 32) == b"\xff" * 32
