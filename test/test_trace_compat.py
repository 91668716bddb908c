"""Faithful on silicon: with --no-stub we send the packets upstream esptool 2.3.1 sends.

Given two fresh simulated chips with the same flash, when upstream 2.3.1
--no-stub and we run the same command line, then the command frames each chip
received (its espsim trace) are the same -- apart from the differences listed
in docs/differences.md, which `normalise()` removes by name and which the
tests at the end show to be real. A representative set runs by default; the
full matrix is marked `upstream_matrix`.
"""
import os
import random
import struct
import subprocess

import pytest

from conftest import ROOT, ok, run_tool, tool_argv
from oracle import upstream_cmd

SYNC = "08"
# docs/differences.md "Chip detection": we read the ROM magic word (and check
# --chip against it); v2.3.1 read the UART date register, in auto mode only.
OUR_MAGIC_READ = "000a04000000000000100040"          # READ_REG 0x40001000
# With --chip auto we first ask GET_SECURITY_INFO (docs/chips.md §2.2), which
# the ESP8266/ESP32 ROMs refuse; then the magic word decides.
OUR_SECURITY_INFO = "0014000000000000"
UPSTREAM_DATE_READ = "000a04000000000078000060"      # READ_REG 0x60000078
# docs/differences.md "ESP32 ROM on real silicon": reads we add, each pair as
# we send it. The RTC calibration and eFuse word 4 before CHANGE_BAUDRATE
# (crystal compensation, docs/protocol.md §5.9); eFuse words 5 and 3 before SPI_ATTACH (the
# flash pads, docs/protocol.md §5.7).
OUR_EXTRA_READ_PAIRS = [
    ("000a0400000000006cf0f53f", "000a04000000000010a00160"),
    ("000a04000000000014a00160", "000a0400000000000ca00160"),
]


@pytest.fixture(scope="module")
def upstream(tmp_path_factory):
    """argv running upstream 2.3.1 with espsim's URL handler and no module of ours."""
    prefix = upstream_cmd("2.3.1")
    path = tmp_path_factory.mktemp("simpath")
    os.symlink(os.path.join(ROOT, "espsim"), str(path / "espsim"))
    launcher = ("import sys, serial; serial.protocol_handler_packages.append('espsim'); "
                "import esptool; sys.argv[0] = 'esptool'; esptool._main()")
    return prefix[:1] + ["-c", launcher], str(path)


def run_against_fresh_chip(tool, args, chip, workdir, name, flash, env_path):
    flash_path = os.path.join(workdir, name + "-flash.bin")
    trace_path = os.path.join(workdir, name + "-trace.txt")
    with open(flash_path, "wb") as f:
        f.write(flash)
    url = "espsim://%s?flash=%s&size=1MB&trace=%s" % (chip, flash_path, trace_path)
    env = dict(os.environ, PYTHONPATH=env_path)
    result = subprocess.run(tool + ["--port", url] + args, capture_output=True, text=True,
                            cwd=workdir, env=env, timeout=180)
    frames = []
    if os.path.exists(trace_path):
        with open(trace_path) as f:
            frames = [line[2:].strip() for line in f if line.startswith("> ")]
    return result, frames


def normalise(frames):
    """Command frames after connecting, minus the listed, deliberate differences."""
    commands = [f for f in frames if f.startswith("00") and len(f) >= 16]
    commands = [f for f in commands
                if f[2:4] != SYNC
                and f not in (OUR_MAGIC_READ, OUR_SECURITY_INFO, UPSTREAM_DATE_READ)]
    commands = drop_erase_guards(drop_spi_reads(commands))
    return drop_second_proof(drop_read_back(drop_extra_read_pairs(commands)))


ESP8266_SPI_READ_SETUP = "0009100000000000" + "24020060" + "03000070"   # USR2 = READ (0x03)
SPI_ADDR_AND_CMD = ("04020060", "00020060")         # 0x60000204, 0x60000200


def drop_spi_reads(commands):
    """Our reads of ESP8266 flash through SPI user commands (docs/protocol.md §8.5): the
    erase guard and the read-back of a ROM write (see docs/protocol.md §11.9). Each: save
    USR, USR1 and USR2, set them (USR2 last), then per chunk ADDR, CMD, a poll and the reads
    of W0..; at the end USR, USR1, USR2 read back and restored. Upstream never reads flash
    this way."""
    kept, i = [], 0
    while i < len(commands):
        if commands[i].startswith(ESP8266_SPI_READ_SETUP) and len(kept) >= 5:
            del kept[-5:]                                 # three saving reads, two writes
            j = i + 1
            while j < len(commands) and (commands[j][2:4] == "0a" or (
                    commands[j][2:4] == "09" and commands[j][16:24] in SPI_ADDR_AND_CMD)):
                j += 1
            i = j + 3                                     # past the three restoring writes
            continue
        kept.append(commands[i])
        i += 1
    return kept


def drop_erase_guards(commands):
    """Our MD5 of the sector after a region, before and after a ROM write (the same
    request twice, docs/protocol.md §11.9). Upstream never repeats an MD5 request."""
    md5s = [f for f in commands if f[2:4] == "13"]
    return [f for f in commands if not (f[2:4] == "13" and md5s.count(f) == 2)]


def drop_second_proof(commands):
    """After a matching SPI_FLASH_MD5 of a region, ours asks for its two halves
    (docs/protocol.md §11.9; docs/differences.md). Upstream asks once."""
    kept, halves = [], ()
    for frame in commands:
        if frame[2:4] == "13":
            asked = struct.unpack_from("<II", bytes.fromhex(frame[16:32]))
            if asked in halves:
                continue
            address, size = asked
            half = max(1, size // 2)
            halves = ((address, half), (address + half, size - half))
        kept.append(frame)
    return kept


def drop_read_back(commands):
    """Register reads and writes after the last FLASH_DATA: our read-back of what an
    ESP8266 ROM wrote (it cannot hash flash; docs/differences.md). Upstream has none."""
    ops = [f[2:4] for f in commands]
    if "03" not in ops:
        return commands
    last = len(ops) - 1 - ops[::-1].index("03")
    tail = commands[last + 1:]
    if tail and all(f[2:4] in ("09", "0a") for f in tail):
        return commands[:last + 1]
    return commands


def drop_extra_read_pairs(commands):
    kept = []
    i = 0
    while i < len(commands):
        if tuple(commands[i:i + 2]) in OUR_EXTRA_READ_PAIRS:
            i += 2
            continue
        kept.append(commands[i])
        i += 1
    return kept


def compare(upstream, tmp_path, chip, args, flash=b"", files=()):
    """Run both tools; return (upstream result, our result, their frames, our frames)."""
    for name, data in files:
        (tmp_path / name).write_bytes(data)
    flash = flash or b"\xff" * (1 << 20)
    theirs, their_frames = run_against_fresh_chip(upstream[0], args, chip, str(tmp_path),
                                                  "upstream", flash, upstream[1])
    ours, our_frames = run_against_fresh_chip(tool_argv("esptool"), args, chip, str(tmp_path),
                                              "ours", flash, ROOT)
    assert "Traceback" not in ours.stdout + ours.stderr, ours.stdout + ours.stderr
    return theirs, ours, normalise(their_frames), normalise(our_frames)


def assert_same_packets(upstream, tmp_path, chip, args, **kwargs):
    theirs, ours, their_frames, our_frames = compare(upstream, tmp_path, chip, args, **kwargs)
    assert theirs.returncode == 0, theirs.stdout + theirs.stderr
    assert ours.returncode == 0, ours.stdout + ours.stderr
    assert len(their_frames) > 0
    assert our_frames == their_frames


def payload(size, seed=5):
    return random.Random(seed).randbytes(size)


# (chip, arguments after the global options, files to create)
REPRESENTATIVE = [
    ("esp32", ["--chip", "esp32", "--no-stub", "read_mac"], []),
    ("esp8266", ["--no-stub", "chip_id"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "flash_id"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "write_flash", "-z", "0x10000", "app.bin"],
     [("app.bin", payload(20000))]),
    # At 0xF000 the ESP8266 ROM erases exactly the 3 sectors (docs/protocol.md §11.4); at most
    # other offsets it would wipe a 4th, which we read first and write back (differences.md).
    ("esp8266", ["--chip", "esp8266", "--no-stub", "write_flash", "0xF000", "app.bin"],
     [("app.bin", payload(9000))]),
    ("esp32", ["--chip", "esp32", "--no-stub", "-b", "921600", "verify_flash", "0x0",
               "app.bin"], [("app.bin", b"\xff" * 4096)]),
]

MATRIX = [
    ("esp8266", ["--chip", "esp8266", "--no-stub", "read_mac"], []),
    ("esp32", ["--no-stub", "chip_id"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "flash_id"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "read_mem", "0x3ff5a004"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "write_mem", "0x3ffe8000", "5", "0xff"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "dump_mem", "0x3ffb0000", "64", "d.bin"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "dump_mem", "0x3ffe8000", "16", "d.bin"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "read_flash_status", "--bytes", "3"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "read_flash_status", "--bytes", "1"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "write_flash_status", "--bytes", "2", "0x200"],
     []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "write_flash_status", "--non-volatile",
                 "--bytes", "3", "0"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "write_flash", "-u", "0x1000", "app.bin"],
     [("app.bin", payload(5000))]),
    ("esp32", ["--chip", "esp32", "--no-stub", "write_flash", "-z", "--flash_mode", "dio",
               "--flash_size", "1MB", "0x20000", "a.bin", "0x40000", "b.bin"],
     [("a.bin", payload(3000, 1)), ("b.bin", payload(70000, 2))]),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "write_flash", "--flash_mode", "dout",
                 "0x0", "boot.bin"], [("boot.bin", b"\xe9\x01\x00\x00" + payload(8188))]),
    ("esp32", ["--chip", "esp32", "--no-stub", "write_flash", "-z", "--spi-connection", "HSPI",
               "0x1000", "app.bin"], [("app.bin", payload(4096))]),
    ("esp32", ["--chip", "esp32", "--no-stub", "-b", "460800", "write_flash", "-z", "0x8000",
               "app.bin"], [("app.bin", payload(30000))]),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "-b", "460800", "read_mac"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "verify_flash", "0x0", "app.bin"],
     [("app.bin", b"\xff" * 10000)]),
    ("esp32", ["--chip", "esp32", "--no-stub", "--after", "soft_reset", "read_mac"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "--after", "no_reset", "run"], []),
    ("esp32", ["--chip", "esp32", "--no-stub", "--after", "no_reset", "chip_id"], []),
    ("esp8266", ["--chip", "esp8266", "--no-stub", "--after", "soft_reset", "flash_id"], []),
]


def case_id(case):
    return "-".join([case[0]] + [a for a in case[1] if not a.startswith("--no-stub")][:6])


@pytest.mark.parametrize("case", REPRESENTATIVE, ids=case_id)
def test_same_packets_as_upstream(upstream, tmp_path, case):
    chip, args, files = case
    assert_same_packets(upstream, tmp_path, chip, args, files=files)


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("case", MATRIX, ids=case_id)
def test_same_packets_as_upstream_matrix(upstream, tmp_path, case):
    chip, args, files = case
    assert_same_packets(upstream, tmp_path, chip, args, files=files)


# --- the deliberate differences (docs/differences.md), shown to be real ------------

def test_difference_chip_detection_reads_the_rom_magic_word(upstream, tmp_path):
    _, ours, _, _ = compare(upstream, tmp_path, "esp32", ["--no-stub", "read_mac"])
    with open(tmp_path / "ours-trace.txt") as f:
        assert "> " + OUR_MAGIC_READ + "\n" in f.read()
    with open(tmp_path / "upstream-trace.txt") as f:
        assert "> " + UPSTREAM_DATE_READ + "\n" in f.read()


def test_difference_esp32_rom_writes_compressed_by_default(upstream, tmp_path):
    _, ours, theirs_frames, our_frames = compare(
        upstream, tmp_path, "esp32", ["--chip", "esp32", "--no-stub", "write_flash", "0x10000",
                                      "app.bin"], files=[("app.bin", payload(8192))])
    assert any(f[2:4] == "02" and f[16:24] != "00000000" for f in theirs_frames)   # FLASH_BEGIN
    assert any(f[2:4] == "10" for f in our_frames)                                # DEFL_BEGIN
    assert "Hash of data verified." in ours.stdout


@pytest.mark.parametrize("chip,args", [
    ("esp8266", ["read_flash", "0", "256", "out.bin"]),
    ("esp32", ["erase_region", "0x10000", "0x1000"]),
    ("esp8266", ["verify_flash", "0x0", "app.bin"]),
])
def test_difference_rom_mode_does_what_upstream_refused(upstream, tmp_path, chip, args):
    theirs, ours, _, _ = compare(upstream, tmp_path, chip,
                                 ["--chip", chip, "--no-stub"] + args,
                                 files=[("app.bin", b"\xff" * 256)])
    assert theirs.returncode != 0 and "does not support" in theirs.stdout
    assert ours.returncode == 0, ours.stdout


def test_difference_load_ram_works_where_upstream_crashed(upstream, tmp_path):
    (tmp_path / "seg.bin").write_bytes(bytes(64))
    ok(run_tool("esptool", "make_image", "-f", tmp_path / "seg.bin", "-a", "0x3ffe8000",
                "-e", "0x3ffe8000", tmp_path / "app", timeout=60))
    theirs, ours, _, our_frames = compare(
        upstream, tmp_path, "esp8266", ["--chip", "esp8266", "--no-stub", "--after", "no_reset",
                                        "load_ram", "app0x00000.bin"])
    assert theirs.returncode != 0 and "TypeError" in theirs.stderr
    assert ours.returncode == 0, ours.stdout
    assert [f[2:4] for f in our_frames][-3:] == ["05", "07", "06"]   # MEM_BEGIN, DATA, END


# --- stub mode: after the upload, the same commands as upstream's stub mode ---------

def after_stub_start(frames, ours):
    """Frames after MEM_END (the stub's start), minus our checked exchanges (the
    CHECKED_EXCHANGES request, each request's CRC-32 trailer, docs/protocol.md §5.14)
    and our MD5 self-check, with our READ_FLASH window (4 packets) shown as
    upstream's 64, and our ESP8266 stub's 8 KiB data blocks as upstream's 16 KiB
    (docs/differences.md)."""
    ops = [f[2:4] for f in frames]
    rest = frames[ops.index("06") + 1:]
    if ours and rest and rest[0][2:4] == "e0":
        rest = [f[:-8] for f in rest[1:]]
    if ours and rest and rest[0][2:4] == "13":
        rest = rest[1:]
    if ours:
        rest = [f[:-8] + "40000000" if f[2:4] == "d2" and f[-8:] == "00400000" else f
                for f in rest]
        rest = in_upstream_stub_blocks(rest)
    return rest


UPSTREAM_STUB_BLOCK = 0x4000
DATA_OP_OF_BEGIN = {"02": "03", "10": "11"}     # FLASH_BEGIN: FLASH_DATA; DEFL_BEGIN: DEFL_DATA


def in_upstream_stub_blocks(frames):
    """Each download sent in smaller blocks (our ESP8266 stub's 8 KiB,
    docs/protocol.md §10.9) as upstream's stub is sent it: the data joined and cut again at 16 KiB, the
    last block padded with 0xFF as before, the BEGIN's block count and size to match."""
    out, at = [], 0
    while at < len(frames):
        begin, data_op = frames[at], DATA_OP_OF_BEGIN.get(frames[at][2:4])
        end = at + 1
        while data_op and end < len(frames) and frames[end][2:4] == data_op:
            end += 1
        size, count, block, offset = (struct.unpack_from("<IIII", bytes.fromhex(begin), 8)
                                      if data_op else (0, 0, UPSTREAM_STUB_BLOCK, 0))
        if block >= UPSTREAM_STUB_BLOCK:
            out.append(begin)
            at += 1
            continue
        data = b"".join(bytes.fromhex(f)[24:] for f in frames[at + 1:end])
        pad = b"\xff" if data_op == "03" else b""
        blocks = [data[i:i + UPSTREAM_STUB_BLOCK].ljust(len(pad) and UPSTREAM_STUB_BLOCK, b"\xff")
                  for i in range(0, len(data), UPSTREAM_STUB_BLOCK)]
        if pad:                       # the padding of our last block is not upstream's block
            blocks = blocks[:-(-size // UPSTREAM_STUB_BLOCK)]
        head = bytes.fromhex(begin)
        out.append((head[:8] + struct.pack("<IIII", size, len(blocks), UPSTREAM_STUB_BLOCK, offset)
                    + head[24:]).hex())
        for seq, block_data in enumerate(blocks):
            body = struct.pack("<IIII", len(block_data), seq, 0, 0) + block_data
            out.append((struct.pack("<BBHI", 0, int(data_op, 16), len(body), xor_checksum(block_data))
                        + body).hex())
        at = end
    return out


def xor_checksum(data):
    value = 0xEF
    for byte in data:
        value ^= byte
    return value


@pytest.mark.parametrize("chip,args,files", [
    ("esp32", ["--chip", "esp32", "write_flash", "0x1000", "app.bin"],
     [("app.bin", payload(40000))]),
    ("esp8266", ["--chip", "esp8266", "-b", "460800", "write_flash", "-u", "0x0", "app.bin"],
     [("app.bin", payload(20000))]),
], ids=["esp32-write_flash", "esp8266-write_flash-u-baud"])
def test_stub_mode_sends_what_upstream_stub_mode_sends_after_the_upload(upstream, tmp_path,
                                                                        chip, args, files):
    assert_same_stub_mode_packets(upstream, tmp_path, chip, args, files)


STUB_MATRIX = [
    ("esp32", ["--chip", "esp32", "read_flash", "0x1000", "20000", "out.bin"], []),
    ("esp8266", ["--chip", "esp8266", "read_flash", "0", "8192", "out.bin"], []),
    ("esp32", ["--chip", "esp32", "erase_region", "0x10000", "0x20000"], []),
    ("esp8266", ["--chip", "esp8266", "erase_flash"], []),
    ("esp32", ["--chip", "esp32", "verify_flash", "0x0", "app.bin"],
     [("app.bin", b"\xff" * 9000)]),
    ("esp8266", ["--chip", "esp8266", "write_flash", "-z", "0x1000", "a.bin", "0x8000", "b.bin"],
     [("a.bin", payload(3000, 1)), ("b.bin", payload(50000, 2))]),
    ("esp32", ["--chip", "esp32", "-b", "921600", "--after", "no_reset", "write_flash", "-u",
               "0x1000", "app.bin"], [("app.bin", payload(40000, 3))]),
]


@pytest.mark.upstream_matrix
@pytest.mark.parametrize("case", STUB_MATRIX, ids=case_id)
def test_stub_mode_matrix(upstream, tmp_path, case):
    chip, args, files = case
    assert_same_stub_mode_packets(upstream, tmp_path, chip, args, files)


def assert_same_stub_mode_packets(upstream, tmp_path, chip, args, files):
    theirs, ours, their_frames, our_frames = compare(upstream, tmp_path, chip, args, files=files)
    assert theirs.returncode == 0 and ours.returncode == 0, theirs.stdout + ours.stdout
    assert "Stub running..." in ours.stdout
    theirs_after = after_stub_start(their_frames, False)
    if changes_baud_in_rom(our_frames) and theirs_after and theirs_after[0][2:4] == "0f":
        # Ours changes the rate in the ROM, before the upload (ESP32: CHANGE_BAUDRATE;
        # ESP8266: a WRITE_REG to its UART divider, docs/protocol.md §14.1), where upstream
        # asks the stub after it (docs/differences.md, fast reflash): the rest must be the same.
        theirs_after = theirs_after[1:]
    assert after_stub_start(our_frames, True) == theirs_after


ESP8266_UART_CLKDIV_WRITE = "0009100000000000" + "14000060"   # WRITE_REG 0x60000014, ...


def changes_baud_in_rom(frames):
    """True if the rate changed in the ROM, before MEM_END started the stub: CHANGE_BAUDRATE
    (0x0F) or a WRITE_REG to the ESP8266's UART_CLKDIV."""
    before_stub = frames[:[f[2:4] for f in frames].index("06")]
    return any(f[2:4] == "0f" or f.startswith(ESP8266_UART_CLKDIV_WRITE) for f in before_stub)
