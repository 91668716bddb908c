"""Nothing lost, nothing surprising (issue 15): ordinary use that used to trip.

Each story goes through the command line against a simulated chip (espsim://
in-process URL) or through the Python API where the command line cannot reach.
"""
import os
import re
import socket
import stat
import struct
import subprocess
import sys
import threading

import pytest

import esptool
from espkit import ports
from conftest import ROOT, assert_one_fatal_line, ok, run_tool, tool_argv
from test_flash import erases_started, esptool as run_esptool, random_file


@pytest.fixture
def esp32(espsim_server):
    return espsim_server("esp32", in_process=True, flash_size="1MB")


@pytest.fixture
def esp8266(espsim_server):
    return espsim_server("esp8266", in_process=True, flash_size="1MB")


def flash_with(chip, data, at=0):
    """Give the simulated chip's flash file this content at `at` (1 MB, erased elsewhere)."""
    flash = bytearray(b"\xff" * (1 << 20))
    flash[at:at + len(data)] = data
    with open(chip.flash_path, "wb") as f:
        f.write(flash)
    return bytes(flash)


# --- output files: streams, symlinks, directories checked first -------------------

def test_read_flash_to_dash_writes_the_data_to_stdout_and_the_log_to_stderr(esp32):
    flash = flash_with(esp32, os.urandom(64))
    result = run_tool("esptool", "--port", esp32.url, "--no-stub", "read_flash", "0", "64", "-",
                      text=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == flash[:64]
    assert b"Read 64 bytes" in result.stderr


def test_read_flash_to_dev_stdout_keeps_the_device(esp32, tmp_path):
    flash = flash_with(esp32, os.urandom(64))
    before = os.lstat("/dev/stdout")
    with open(tmp_path / "out", "wb") as out:
        argv = tool_argv("esptool", "--port", esp32.url, "--no-stub", "read_flash", "0", "16",
                         "/dev/stdout")
        result = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISLNK(os.lstat("/dev/stdout").st_mode) == stat.S_ISLNK(before.st_mode)
    assert (tmp_path / "out").read_bytes().endswith(flash[:16])


def test_read_flash_through_a_symlink_writes_its_target(esp32, tmp_path):
    flash = flash_with(esp32, os.urandom(32))
    (tmp_path / "target.bin").write_bytes(b"old")
    os.symlink("target.bin", tmp_path / "link.bin")
    ok(run_esptool(esp32, "read_flash", "0", "32", tmp_path / "link.bin"))
    assert os.path.islink(tmp_path / "link.bin")
    assert (tmp_path / "target.bin").read_bytes() == flash[:32]


def test_read_flash_into_a_fifo_streams_to_its_reader(esp32, tmp_path):
    flash = flash_with(esp32, os.urandom(48))
    fifo = str(tmp_path / "fifo")
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    ok(run_esptool(esp32, "read_flash", "0", "48", fifo))
    reader.join(30)
    assert got == [flash[:48]]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_missing_output_directory_is_found_before_connecting(esp32, tmp_path):
    assert_one_fatal_line(run_esptool(esp32, "read_flash", "0", "4096",
                                      tmp_path / "nope" / "out.bin"), "does not exist")
    assert esp32.commands_received() == []


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst) == str(second):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(esptool.FatalError):
        esptool.write_files_together([(str(first), b"new a"), (str(second), b"new b")])
    monkeypatch.undo()
    assert first.read_bytes() == b"old a" and second.read_bytes() == b"old b"
    assert sorted(os.listdir(tmp_path)) == ["a.bin", "b.bin"]


def test_new_files_get_the_umask_without_changing_it(tmp_path, monkeypatch):
    old = os.umask(0o027)
    try:
        monkeypatch.setattr(os, "umask", lambda *_: pytest.fail("umask changed"))
        esptool.write_file_atomically(str(tmp_path / "f.bin"), b"x")
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "f.bin").st_mode) == 0o640


# --- checks before connecting, and before erasing ------------------------------------

@pytest.mark.parametrize("args,message", [
    (["erase_region", "0x1000", "0x100"], "must be multiples of 4096"),
    (["read_flash", "0", "0", "x.bin"], "size must be greater than 0"),
    (["dump_mem", "0x3ffb0000", "6", "x.bin"], "multiples of 4"),
])
def test_what_needs_no_chip_is_checked_before_the_port_is_opened(esp32, tmp_path, args,
                                                                message):
    assert_one_fatal_line(run_esptool(esp32, *args), message)
    assert esp32.commands_received() == []


def test_an_overlap_is_refused_before_connecting_in_upstreams_words(esp32, tmp_path):
    random_file(tmp_path / "a.bin", 100)
    random_file(tmp_path / "b.bin", 100)
    result = run_esptool(esp32, "write_flash", "0x1000", tmp_path / "a.bin", "0x1800",
                         tmp_path / "b.bin")
    assert_one_fatal_line(result, "Detected overlap at address: 0x1800 for file: %s"
                          % (tmp_path / "b.bin"))
    assert "also written by" in result.stderr
    assert esp32.commands_received() == []


@pytest.mark.parametrize("args", [["read_flash", "0xFF000", "0x2000", "OUT"],
                                  ["erase_region", "0xFF000", "0x2000"]])
def test_reads_and_erases_past_the_end_of_flash_are_refused_first(esp32, tmp_path, args):
    before = flash_with(esp32, os.urandom(4096), at=0xFF000)
    args = [str(tmp_path / "out.bin") if a == "OUT" else a for a in args]
    assert_one_fatal_line(run_esptool(esp32, *args), "reach past the end of the 1024 KiB flash")
    assert erases_started(esp32) == []
    assert esp32.flash() == before
    assert not os.path.exists(tmp_path / "out.bin")


def test_an_elf_file_is_refused_where_an_image_belongs(esp32, tmp_path):
    elf = os.path.join(ROOT, "test", "elf", "esp32_app.elf")
    result = run_esptool(esp32, "write_flash", "0x10000", elf)
    assert_one_fatal_line(result, "is an ELF file")
    assert "elf2image" in result.stderr
    assert esp32.commands_received() == []


def test_an_intel_hex_text_file_is_never_written_as_bytes(esp32, tmp_path):
    (tmp_path / "app.hex").write_text(":10000000000102030405060708090A0B0C0D0E0F78\n"
                                      ":00000001FF\n")
    result = run_esptool(esp32, "write_flash", "0x10000", tmp_path / "app.hex")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Intel HEX" in result.stdout                   # the address given is ignored, said so
    flash = esp32.flash()
    assert flash[0:16] == bytes(range(16))                # the records' data, at their address
    assert b":1000" not in flash                          # never the text itself


def test_a_flash_size_larger_than_the_chip_draws_a_warning(esp32, tmp_path):
    image = tmp_path / "app.bin"
    image.write_bytes(os.urandom(4096))
    larger = run_esptool(esp32, "write_flash", "-fs", "4MB", "0x10000", image)     # a 1MB chip
    assert larger.returncode == 0, larger.stdout
    assert "WARNING: --flash_size 4MB is larger than the 1MB flash this chip reports" in \
        larger.stdout
    fitting = run_esptool(esp32, "write_flash", "-fs", "1MB", "0x10000", image)
    assert fitting.returncode == 0 and "larger than the" not in fitting.stdout


def test_only_empty_files_are_refused_before_connecting(esp32, tmp_path):
    (tmp_path / "empty.bin").write_bytes(b"")
    assert_one_fatal_line(run_esptool(esp32, "write_flash", "0x10000", tmp_path / "empty.bin"),
                          "is empty")
    assert esp32.commands_received() == []
    (tmp_path / "app.bin").write_bytes(os.urandom(64))
    mixed = run_esptool(esp32, "write_flash", "0x10000", tmp_path / "empty.bin",
                        "0x20000", tmp_path / "app.bin")
    assert mixed.returncode == 0, mixed.stdout
    # v2.3.1's warning, once, before the port is opened
    assert mixed.stdout.count("WARNING: File %s is empty" % (tmp_path / "empty.bin")) == 1
    assert mixed.stdout.index("is empty") < mixed.stdout.index("Connecting")
    assert esp32.flash()[0x20000:0x20040] == (tmp_path / "app.bin").read_bytes()


def test_load_ram_refuses_segments_aimed_at_flash(esp8266, tmp_path):
    segment = bytes(16)
    image = struct.pack("<BBBBI", 0xE9, 1, 0, 0, 0x40200010)
    image += struct.pack("<II", 0x40200010, len(segment)) + segment
    image += bytes(15 - len(image) % 16) + bytes([esptool.xor_checksum(segment)])
    (tmp_path / "app.bin").write_bytes(image)
    assert_one_fatal_line(run_esptool(esp8266, "load_ram", tmp_path / "app.bin"), "flash-mapped")
    assert 0x05 not in esp8266.commands_received()       # no MEM_BEGIN


# --- clean ends -----------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "esptool.py image_info %s" % os.path.join(ROOT, "examples", "demo-esp32.bin"),
    "espefuse.py --virt summary",
])
def test_a_closed_pipe_ends_quietly(command):
    tool, rest = command.split(".py ", 1)
    shell = "%s %s | head -1" % (" ".join(tool_argv(tool)), rest)
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True,
                            text=True, timeout=120)
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("port,message", [
    ("/dev/ttyUSB-does-not-exist", "could not open port /dev/ttyUSB-does-not-exist: no such port"),
    ("espsim://esp32?bogus=1", "unknown espsim:// option 'bogus'"),
])
def test_a_port_that_does_not_open_is_one_line_naming_the_cause(port, message):
    result = run_tool("esptool", "--port", port, "read_mac")
    assert_one_fatal_line(result, message)
    assert "Errno" not in result.stdout


def test_a_port_without_permission_names_the_dialout_group(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root opens any device")
    path = tmp_path / "tty"
    path.write_bytes(b"")
    os.chmod(path, 0)
    out = run_tool("esptool", "--port", path, "read_mac").stdout
    assert "permission denied" in out and "dialout" in out


def test_a_line_that_echoes_everything_is_named_in_the_hint():
    result = run_tool("esptool", "--port", "loop://", "--connect-attempts", 1, "read_mac")
    assert_one_fatal_line(result)
    out = result.stderr
    assert "echoes everything back" in out and "loopback" in out


def test_a_short_image_at_the_bootloader_offset_is_written_not_crashed(esp32, tmp_path):
    short = b"\xe9\x01\x02\x20" + bytes(16)
    (tmp_path / "short.bin").write_bytes(short)
    ok(run_esptool(esp32, "write_flash", "-fm", "dio", "-ff", "80m", "0x1000",
                   tmp_path / "short.bin"))
    assert esp32.flash()[0x1000:0x1004] == b"\xe9\x01\x02\x0f"    # detected 1MB, 80m


def test_esp8266_rom_write_keeps_the_sector_the_rom_would_also_erase(esp8266, tmp_path):
    neighbour = os.urandom(4096)
    flash_with(esp8266, neighbour, at=0x10000)
    data = random_file(tmp_path / "k.bin", 1024)
    ok(run_esptool(esp8266, "write_flash", "0xFC00", tmp_path / "k.bin"))
    flash = esp8266.flash()
    assert flash[0xFC00:0x10000] == data
    assert flash[0x10000:0x11000] == neighbour


def test_the_python_api_keeps_that_sector_too(esp8266):
    neighbour = os.urandom(4096)
    flash_with(esp8266, neighbour, at=0x10000)
    data = os.urandom(1024)
    with esptool.connect(esp8266.url, chip="esp8266", stub=False, connect_attempts=2) as chip:
        chip.write_flash({0xFC00: data})
    flash = esp8266.flash()
    assert flash[0xFC00:0x10000] == data
    assert flash[0x10000:0x11000] == neighbour


# --- smaller ones ---------------------------------------------------------------------

def test_esp8266_rom_write_with_verify_does_not_ask_for_verify(esp8266, tmp_path):
    random_file(tmp_path / "a.bin", 4096)
    out = ok(run_esptool(esp8266, "write_flash", "--verify", "0x20000", tmp_path / "a.bin"))
    assert "use --verify" not in out
    assert "-- verify OK" in out


def test_elf2image_help_does_not_offer_detect():
    out = run_tool("esptool", "elf2image", "-h").stdout
    assert "detect" not in out


def test_image_info_shows_a_bad_magic_in_hex(tmp_path):
    (tmp_path / "bad.bin").write_bytes(b"\x12" + bytes(40))
    out = run_tool("esptool", "--chip", "esp32", "image_info", tmp_path / "bad.bin").stderr
    assert "magic=0x12" in out


def test_the_esp8266_stub_runs_the_firmware_with_run_user_code(tmp_path):
    # FLASH_END from a stub resets into the ROM loader (docs/protocol.md §16).
    sent = []

    class Link:
        def write_frame(self, frame):
            sent.append(frame)
    stub = esptool.ESP8266StubLoader.__new__(esptool.ESP8266StubLoader)
    stub._link = Link()
    stub.run()
    assert [frame[1] for frame in sent] == [esptool.Op.RUN_USER_CODE]


def test_the_overlap_wording_starts_with_upstreams():
    region = esptool.FlashRegion
    with pytest.raises(esptool.FatalError) as e:
        esptool.check_regions_disjoint([region(0x1000, "images/one_kb.bin", bytes(1024)),
                                        region(0x1000, "images/one_kb.bin", bytes(1024))],
                                       0x1000)
    assert str(e.value).startswith(
        "Detected overlap at address: 0x1000 for file: images/one_kb.bin")


# --- a bad link is survived -------------------------------------------------------------

# espsim flips bit 4 of a garbled byte; two flips in one block pass the 8-bit XOR checksum
# and only the final MD5 sees them (then the region is written again).
@pytest.mark.parametrize("no_stub", [[], ["--no-stub"]], ids=["stub-asked", "rom"])
def test_a_lossy_link_at_921600_is_survived_at_a_lower_rate(espsim_server, tmp_path, no_stub):
    import random
    data = random.Random(5).randbytes(120000)
    (tmp_path / "app.bin").write_bytes(data)
    sim = espsim_server("esp32", corrupt_rate=0.00002, seed=2, trace=False)
    result = run_tool("esptool", "--port", sim.url, "-b", "921600", *no_stub, "write_flash",
                      "0x10000", tmp_path / "app.bin", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "going on at 460800 baud" in result.stdout
    assert sim.flash()[0x10000:0x10000 + len(data)] == data


def test_a_rom_read_over_a_lossy_link_asks_again_and_reads_the_right_bytes(espsim_server,
                                                                           tmp_path):
    import random
    flash = random.Random(9).randbytes(1 << 20)
    (tmp_path / "flash.bin").write_bytes(flash)
    sim = espsim_server("esp32", flash_file=str(tmp_path / "flash.bin"), flash_size="1MB",
                        drop_rate=0.002, seed=4, trace=False)
    result = run_tool("esptool", "--port", sim.url, "--no-stub", "--connect-attempts", 4,
                      "read_flash", "0x1000", "2048", tmp_path / "out.bin", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out.bin").read_bytes() == flash[0x1000:0x1800]


def test_permission_denied_on_a_port_names_the_dialout_group():
    # As root every device opens, so the cause is handed in as pyserial reports it.
    error = OSError(13, "Permission denied: '/dev/ttyUSB0'")
    fatal = ports.port_open_error("/dev/ttyUSB0", error)
    assert str(fatal) == "could not open port /dev/ttyUSB0: permission denied"
    assert "dialout" in fatal.hint


def test_old_content_is_kept_where_hard_links_are_not_allowed(tmp_path, monkeypatch):
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def no_links(*_):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(os, "link", no_links)
    esptool.write_file_atomically(str(target), b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["a.bin"]


# --- issue 25: bad simulator options, lost links, shared eFuse files ------------------

@pytest.mark.parametrize("query,message", [
    ("size=0", "flash size must be one of 256KB, 512KB, 1MB, 2MB, 4MB, 8MB, 16MB, 32MB, got '0'"),
    ("size=-4MB", "flash size must be one of"),
    ("size=3MB", "flash size must be one of"),
    ("size=lots", "flash size must be one of"),
    ("mac=1:2", "MAC must be six hex bytes"),
    ("mac=24:0a:c4:01:02:300", "MAC must be six hex bytes"),
    ("crystal=13", "crystal must be one of 26, 40 MHz, got 13"),
    ("revision=-5", "chip revision must be 0 or more"),
    ("stub=foo", "stub implementation must be one of"),
    ("corrupt_bit=8", "fault corrupt_bit must be 0 to 7"),
    ("reply_corrupt_rate=2", "must be a probability from 0 to 1"),
    ("drop_at=-1", "fault drop_at must be 0 or more"),
    ("app_output=NOWHERE", "cannot read application output file"),
    ("efuse=NOT_JSON", "is not an ESP32 eFuse file"),
    ("flash=DIRECTORY", "cannot open flash file"),
])
def test_a_bad_espsim_url_value_is_one_line_before_any_work(tmp_path, query, message):
    (tmp_path / "e.json").write_text("{}")
    query = (query.replace("NOWHERE", str(tmp_path / "nowhere"))
             .replace("NOT_JSON", str(tmp_path / "e.json")).replace("DIRECTORY", str(tmp_path)))
    result = run_tool("esptool", "--port", "espsim://esp32?" + query, "read_mac", timeout=60)
    assert_one_fatal_line(result, "could not open port espsim://esp32?", message)
    assert os.listdir(tmp_path) == ["e.json"]


@pytest.mark.parametrize("args,message", [
    (["--listen", "127.0.0.1:99999"], "--listen wants HOST:PORT with a port from 0 to 65535"),
    (["--listen", "nowhere"], "--listen wants HOST:PORT"),
    (["--flash-size", "0"], "flash size must be one of"),
    (["--reply-corrupt-at", "-3"], "fault reply_corrupt_at must be 0 or more"),
])
def test_a_bad_espsim_option_is_one_line(tmp_path, args, message):
    result = subprocess.run([sys.executable, "-m", "espsim", "--flash-file",
                             str(tmp_path / "f.bin"), *args], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("espsim: ") and message in lines[0], lines
    assert not os.path.exists(tmp_path / "f.bin")            # checked before the file


@pytest.mark.parametrize("when", ["at once", "after the first bytes"])
def test_a_socket_peer_that_hangs_up_while_connecting_is_one_line(when):
    listener = socket.create_server(("127.0.0.1", 0))

    def hang_up():
        sock, _ = listener.accept()
        if when != "at once":
            sock.recv(16)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
        sock.close()

    threading.Thread(target=hang_up, daemon=True).start()
    try:
        result = run_tool("esptool", "--port", "socket://127.0.0.1:%d" % listener.getsockname()[1],
                          "read_mac", timeout=60)
    finally:
        listener.close()
    assert_one_fatal_line(result, "lost the serial connection")


def test_a_second_espefuse_on_a_virtual_efuse_file_is_refused_and_no_burn_is_lost(tmp_path):
    path = tmp_path / "fuses.json"
    ok(run_tool("espefuse", "--virt", "--file", path, "--do-not-confirm", "burn_efuse",
                "JTAG_DISABLE"))
    first = subprocess.Popen(tool_argv("espefuse", "--file", path, "burn_efuse",
                                       "CONSOLE_DEBUG_DISABLE"),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        prompt = ""
        while "Type 'BURN'" not in prompt:                   # the first waits at its question
            line = first.stdout.readline()
            assert line, prompt
            prompt += line
        second = run_tool("espefuse", "--file", path, "--do-not-confirm", "burn_efuse",
                          "UART_DOWNLOAD_DIS")
        assert_one_fatal_line(second, "eFuse file %s is in use by another program" % path)
        out, _ = first.communicate("BURN\n", timeout=60)
    finally:
        first.kill()
    assert first.returncode == 0 and "Burned CONSOLE_DEBUG_DISABLE: verified." in out, out
    summary = ok(run_tool("espefuse", "--file", path, "summary"))
    for name, value in (("JTAG_DISABLE", 1), ("CONSOLE_DEBUG_DISABLE", 1),
                        ("UART_DOWNLOAD_DIS", 0)):
        assert re.search(r"^%s .* = %d R/W" % (name, value), summary, re.M), summary
