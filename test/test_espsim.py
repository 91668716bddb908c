"""espsim seen from its serial port: a small SLIP client of the tests' own
(independent of esptool.py) drives the simulator over rfc2217://, socket://
or espsim://, and upstream esptool shows each injected fault failing the way
it fails on hardware. Every exchange has a timeout."""
import hashlib
import os
import signal
import struct
import subprocess
import sys
import time

import pytest
import serial
from hypothesis import given, settings, strategies as st

from conftest import (ROOT, assert_one_fatal_line, run_tool, send_sync_and_baud_change_together,
                      traced_events)
from oracle import upstream_cmd
from espsim.flash import NorFlash

serial.protocol_handler_packages.append("espsim")

SYNC = 0x08
READ_REG, WRITE_REG = 0x0A, 0x09
FLASH_BEGIN, FLASH_DATA, FLASH_END = 0x02, 0x03, 0x04
MEM_BEGIN, MEM_END, MEM_DATA = 0x05, 0x06, 0x07
SPI_ATTACH, CHANGE_BAUDRATE, SPI_FLASH_MD5 = 0x0D, 0x0F, 0x13
SYNC_DATA = b"\x07\x07\x12\x20" + b"\x55" * 32
TIMEOUT = 60


def slip(payload):
    return b"\xc0" + payload.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc") + b"\xc0"


def xor_checksum(data):
    value = 0xEF
    for byte in data:
        value ^= byte
    return value


class Client:
    """A minimal host: reset lines, SLIP frames, one command at a time."""

    def __init__(self, url, baud=115200):
        self.port = serial.serial_for_url(url, baudrate=baud, timeout=0.5)
        self.buffer = bytearray()

    def close(self):
        self.port.close()

    def reset(self, download=True):
        self.port.dtr, self.port.rts = False, True       # EN low
        time.sleep(0.05)
        self.port.dtr = download                         # (T,T) or (F,T)
        self.port.rts = False                            # EN high, GPIO0 low if download
        time.sleep(0.25)
        self.port.dtr = False
        return self.read_available()

    def read_available(self, wait=0.2):
        time.sleep(wait)
        return self.port.read(self.port.in_waiting)

    def frames(self, deadline=1.0, enough=None):
        """Complete frames that arrive within `deadline` s (or once `enough(frames)`)."""
        end = time.monotonic() + deadline
        frames = []
        while time.monotonic() < end:
            self.buffer += self.port.read(max(1, self.port.in_waiting))
            *complete, self.buffer = bytes(self.buffer).split(b"\xc0")
            self.buffer = bytearray(self.buffer)
            frames += [c.replace(b"\xdb\xdc", b"\xc0").replace(b"\xdb\xdd", b"\xdb")
                       for c in complete if c]
            if enough and enough(frames):
                break
        return frames

    def send(self, op, data=b"", check=0):
        self.port.read(self.port.in_waiting)              # drop stale bytes
        self.buffer = bytearray()
        self.port.write(slip(struct.pack("<BBHI", 0, op, len(data), check) + data))

    def command(self, op, data=b"", check=0, wait=2.0, replies=1):
        """Send one command; the matching replies (waits for `replies` of them, up to
        `wait` s: a loaded machine can keep the simulator from answering at once)."""
        self.send(op, data, check)

        def matching(frames):
            return [f for f in frames if len(f) >= 8 and f[0] == 1 and f[1] == op]
        return matching(self.frames(wait, lambda frames: len(matching(frames)) >= replies))

    def sync(self):
        # 1 s an attempt: a loaded machine can keep the simulator from answering within
        # the ROM's usual 0.1 s, and an attempt ends as soon as its 8 replies are in.
        for _ in range(10):
            if self.command(SYNC, SYNC_DATA, wait=1.0, replies=8):
                return True
        return False

    def read_reg(self, address):
        reply = self.command(READ_REG, struct.pack("<I", address))[0]
        return struct.unpack_from("<I", reply, 4)[0]

    def write_reg(self, address, value):
        assert self.command(WRITE_REG, struct.pack("<IIII", address, value, 0xFFFFFFFF, 0))


def status(reply):
    """(byte0, byte1) of the status, after any result data (ROM layout)."""
    body = reply[8:]
    return (body[0], body[1]) if len(body) in (2, 4) else (body[-4], body[-3])


@pytest.fixture
def connected(espsim_server):
    """Given a chip reset into its download loader and synced."""
    clients = []

    def connect(chip="esp32", **options):
        sim = espsim_server(chip, **options)
        client = Client(sim.url)
        clients.append(client)
        client.reset()
        assert client.sync()
        return sim, client

    yield connect
    for client in clients:
        client.close()


# -- the ROM loader --

def test_rom_answers_sync_eight_times_and_identifies_the_chip(connected):
    for chip, magic, status_len in (("esp32", 0x00F01D83, 4), ("esp8266", 0xFFF0C101, 2)):
        _sim, client = connected(chip)
        replies = client.command(SYNC, SYNC_DATA, replies=8)
        assert len(replies) == 8
        assert all(struct.unpack_from("<I", r, 4)[0] == 0x20120707 for r in replies)
        assert all(len(r) == 8 + status_len for r in replies)
        assert client.read_reg(0x40001000) == magic


def test_rom_rejects_unknown_commands_and_bad_checksums(connected):
    _sim, esp8266 = connected("esp8266")
    assert status(esp8266.command(SPI_ATTACH, bytes(8))[0]) == (1, 0x05)   # not in ROM8266
    _sim, esp32 = connected("esp32")
    assert status(esp32.command(0x14)[0]) == (1, 0x05)                   # GET_SECURITY_INFO
    assert esp32.command(MEM_BEGIN, struct.pack("<IIII", 4, 1, 0x1800, 0x3FFB0000))
    packet = struct.pack("<IIII", 4, 0, 0, 0) + b"\x01\x02\x03\xc0"
    assert status(esp32.command(MEM_DATA, packet, check=0x2E)[0]) == (1, 0x07)
    assert status(esp32.command(MEM_DATA, packet, check=0x2F)[0]) == (0, 0)


def test_rom_write_reg_takes_several_tuples_on_every_rom(connected):
    """docs/protocol.md §5.3: two (address, value, mask, delay) tuples in one WRITE_REG
    (upstream's write_reg with delay_after_us), both applied; a length that is not a
    whole number of tuples is refused."""
    for chip, ram in (("esp32", 0x3FFB0000), ("esp8266", 0x3FFE8000), ("esp32c3", 0x3FC90000)):
        _sim, client = connected(chip)
        tuples = struct.pack("<IIII", ram, 0x555, 0xFFFFFFFF, 0)
        tuples += struct.pack("<IIII", ram + 4, 0x1234567, 0xFFFFFFFF, 100)
        assert status(client.command(WRITE_REG, tuples)[0]) == (0, 0), chip
        assert (client.read_reg(ram), client.read_reg(ram + 4)) == (0x555, 0x1234567), chip
        assert status(client.command(WRITE_REG, tuples[:20])[0])[0] == 1, chip


def spi_command(client, chip, opcode, read_bits=0, mosi=b""):
    """docs/protocol.md §8.2, driven through READ_REG/WRITE_REG only."""
    base = 0x3FF42000 if chip == "esp32" else 0x60000200
    w0 = base + (0x80 if chip == "esp32" else 0x40)
    if chip == "esp32":
        if mosi:
            client.write_reg(base + 0x28, len(mosi) * 8 - 1)
        if read_bits:
            client.write_reg(base + 0x2C, read_bits - 1)
    else:
        client.write_reg(base + 0x20, ((read_bits - 1 if read_bits else 0) << 8)
                         | ((len(mosi) * 8 - 1 if mosi else 0) << 17))
    flags = 1 << 31 | (1 << 28 if read_bits else 0) | (1 << 27 if mosi else 0)
    client.write_reg(base + 0x1C, flags)
    client.write_reg(base + 0x24, (7 << 28) | opcode)
    data = mosi + bytes(-len(mosi) % 4) if mosi else bytes(4)
    for i in range(0, len(data), 4):
        client.write_reg(w0 + i, struct.unpack_from("<I", data, i)[0])
    client.write_reg(base, 1 << 18)
    assert client.read_reg(base) & (1 << 18) == 0
    return client.read_reg(w0)


def test_flash_id_and_status_register_through_spi_registers(connected):
    for chip in ("esp8266", "esp32"):
        _sim, client = connected(chip, flash_size="16MB")
        if chip == "esp32":
            assert spi_command(client, chip, 0x9F, 24) == 0      # ROM32: not attached yet
            assert client.command(SPI_ATTACH, bytes(8))
        assert spi_command(client, chip, 0x9F, 24) == 0x1840EF   # Winbond, 16 MB
        spi_command(client, chip, 0x01, mosi=b"\x1c")            # WRSR without WREN: ignored
        assert spi_command(client, chip, 0x05, 8) == 0
        spi_command(client, chip, 0x06)                          # WREN
        spi_command(client, chip, 0x01, mosi=b"\x1c")            # BP0..BP2: all protected
        assert spi_command(client, chip, 0x05, 8) == 0x1C


def test_esp8266_rom_flash_begin_erases_more_than_asked(connected, espsim_server):
    sim, client = connected("esp8266")
    sim.device.flash.data[0x3000:0x25000] = b"\x00" * 0x22000
    # Asking ROM8266 to erase 0x13000 from 0x3000 erases 0x20000 (docs/protocol.md §11.4).
    assert status(client.command(FLASH_BEGIN, struct.pack("<IIII", 0x13000, 0, 0x400, 0x3000),
                                 wait=1.0)[0]) == (0, 0)
    flash = sim.flash()
    assert flash[0x3000:0x23000] == b"\xff" * 0x20000
    assert flash[0x23000:0x25000] == b"\x00" * 0x2000


def write_one_block(client, offset, data):
    """FLASH_BEGIN + one FLASH_DATA through the ROM; both statuses."""
    begin = client.command(FLASH_BEGIN, struct.pack("<IIII", len(data), 1, len(data), offset),
                           wait=1.0)
    packet = struct.pack("<IIII", len(data), 0, 0, 0) + data
    written = client.command(FLASH_DATA, packet, xor_checksum(data))
    return status(begin[0]), status(written[0])


def rom_md5(client, offset, size):
    reply = client.command(SPI_FLASH_MD5, struct.pack("<IIII", offset, size, 0, 0), wait=1.0)[0]
    return reply[8:40].decode()


@pytest.mark.parametrize("chip", ["esp32", "esp32c3", "esp32s3", "esp32c6", "esp32s2",
                                  "esp32h2", "esp32c2"])
def test_rom32_touches_flash_only_after_spi_attach(espsim_server, chip):
    """Given an ESP32 (or ESP32-C3/-S3, same rule: docs/chips.md §4) in its ROM
    loader, when a raw client writes without SPI_ATTACH, then every command
    answers OK but nothing lands and the ROM's MD5 sees zeros
    (docs/protocol.md §5.12); after SPI_ATTACH the same write lands and the MD5
    matches."""
    sim = espsim_server(chip, raw=True)
    client = Client(sim.url)
    data = bytes(range(256)) * 4
    try:
        assert client.sync()
        assert write_one_block(client, 0x10000, data) == ((0, 0), (0, 0))
        assert rom_md5(client, 0x10000, len(data)) == hashlib.md5(bytes(len(data))).hexdigest()
        assert sim.flash()[0x10000:0x10400] == b"\xff" * 0x400
        assert status(client.command(SPI_ATTACH, bytes(8))[0]) == (0, 0)
        assert rom_md5(client, 0x10000, len(data)) == hashlib.md5(b"\xff" * 0x400).hexdigest()
        assert write_one_block(client, 0x10000, data) == ((0, 0), (0, 0))
        assert rom_md5(client, 0x10000, len(data)) == hashlib.md5(data).hexdigest()
    finally:
        client.close()
    assert sim.flash()[0x10000:0x10400] == data


def test_rom8266_flash_begin_needs_no_attach(espsim_server):
    sim = espsim_server("esp8266", raw=True)
    client = Client(sim.url)
    data = bytes(range(256)) * 4
    try:
        assert client.sync()
        assert write_one_block(client, 0x10000, data) == ((0, 0), (0, 0))
    finally:
        client.close()
    assert sim.flash()[0x10000:0x10400] == data


def test_rom32_change_baudrate_garbles_a_client_that_does_not_follow(connected):
    _sim, client = connected("esp32")
    assert client.command(CHANGE_BAUDRATE, struct.pack("<II", 921600, 0))
    assert not client.command(SYNC, SYNC_DATA)       # still at 115200: garbage both ways
    client.port.baudrate = 921600
    assert len(client.command(SYNC, SYNC_DATA, replies=8)) == 8


def test_rom8266_uart_divider_write_garbles_a_client_that_does_not_follow(connected):
    """docs/protocol.md §14.1: the ROM runs at the rate its UART divider gives, so a write to
    UART_CLKDIV changes it at once (the reply already leaves at the new rate)."""
    _sim, client = connected("esp8266")
    uart_clkdiv = 0x60000014
    divider = client.read_reg(uart_clkdiv)
    assert divider == 52000000 // 115200                      # 26 MHz crystal: 52 MHz clock
    client.send(WRITE_REG, struct.pack("<IIII", uart_clkdiv, divider // 8, 0xFFFFFFFF, 0))
    assert not [f for f in client.frames(0.3) if f[:2] == bytes([1, WRITE_REG])]
    assert not client.command(SYNC, SYNC_DATA)       # still at 115200: garbage both ways
    client.port.baudrate = 921600
    assert len(client.command(SYNC, SYNC_DATA, replies=8)) == 8
    assert client.read_reg(uart_clkdiv) == divider // 8


def start_stub(client, entry):
    """Upload 4 bytes of 'code' and jump to `entry`; returns the frames that follow."""
    assert client.command(MEM_BEGIN, struct.pack("<IIII", 4, 1, 0x1800, entry & ~0xFFF))
    code = b"\x00" * 4
    assert client.command(MEM_DATA, struct.pack("<IIII", 4, 0, 0, 0) + code, xor_checksum(code))
    client.port.write(slip(struct.pack("<BBHI", 0, MEM_END, 8, 0) + struct.pack("<II", 0, entry)))
    return client.frames(5.0, lambda frames: b"OHAI" in frames)


@pytest.mark.parametrize("entry,sync_replies,sync_value_status", [
    (0x40090564, 1, (0xFF, 0)),        # the stub upstream v2.3.1 uploads: SYNC unknown
    (0x400BE658, 8, (0, 0)),           # later stubs: 8 replies, value 0 ("stub running")
], ids=["v2.3.1-stub", "later-stub"])
def test_started_code_greets_and_speaks_the_stub_protocol(connected, entry, sync_replies,
                                                          sync_value_status):
    sim, client = connected("esp32")
    assert b"OHAI" in start_stub(client, entry)
    replies = client.command(SYNC, SYNC_DATA, replies=sync_replies)
    assert len(replies) == sync_replies
    assert struct.unpack_from("<I", replies[0], 4)[0] == 0
    assert tuple(replies[0][-2:]) == sync_value_status
    # Stub-only READ_FLASH: data frames, each acknowledged, then the MD5 (docs/protocol.md §12.1).
    sim.device.flash.data[0x2000:0x3000] = bytes(range(256)) * 16
    client.send(0xD2, struct.pack("<IIII", 0x2000, 0x1000, 0x800, 64))
    reply, *frames = client.frames(5.0, lambda frames: frames)
    assert reply[:2] == b"\x01\xd2" and reply[-2:] == b"\x00\x00"
    received = b""
    while len(received) < 0x1000:
        frames = frames or client.frames(5.0, lambda frames: frames)
        received += frames.pop(0)
        client.port.write(slip(struct.pack("<I", len(received))))
    digest = client.frames(5.0, lambda frames: frames)[0]
    assert received == bytes(range(256)) * 16 and digest == hashlib.md5(received).digest()


# -- NOR flash --

@settings(max_examples=30, deadline=None)
@given(first=st.binary(min_size=1, max_size=64), second=st.binary(min_size=1, max_size=64),
       offset=st.integers(0, 0x1FFF))
def test_programming_only_clears_bits_and_erase_sets_whole_sectors(first, second, offset):
    flash = NorFlash(size=0x2000)
    flash.program(offset, first)
    flash.program(offset, second)
    length = min(len(first), len(second))
    combined = flash.read(offset, length)               # addresses wrap at the chip size
    assert combined == bytes(a & b for a, b in zip(first[:length], second[:length]))
    flash.erase_sector(offset)
    sector = offset - offset % 0x1000
    assert flash.read(sector, 0x1000) == b"\xff" * 0x1000


# -- boot, image checks, application --

def esp32_image(data=b"\x11\x22\x33\x44" * 8, digest=True, corrupt_checksum=False):
    header = struct.pack("<BBBBI", 0xE9, 1, 2, 0x20, 0x40080000)
    header += bytes([0xEE]) + bytes(14) + bytes([1 if digest else 0])
    body = header + struct.pack("<II", 0x3FFB0000, len(data)) + data
    body += bytes(15 - len(body) % 16) + bytes([xor_checksum(data) ^ corrupt_checksum])
    return body + (hashlib.sha256(body).digest() if digest else b"")


@pytest.mark.parametrize("image,expected", [
    (esp32_image(), b"load:0x3ffb0000,len:32\r\nentry 0x40080000"),
    (esp32_image(corrupt_checksum=True), b"checksum error"),
    (esp32_image()[:-1] + b"\x00", b"SHA-256 comparison failed"),
    (b"\xff" * 64, b"invalid header: 0xffffffff"),
], ids=["good", "bad-checksum", "bad-sha256", "erased"])
def test_hard_reset_boots_the_image_and_reports_bad_ones(espsim_server, image, expected):
    sim = espsim_server("esp32")
    sim.device.flash.data[0x1000:0x1000 + len(image)] = image
    client = Client(sim.url)
    try:
        log = client.reset(download=False)
        assert b"rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)" in log
        assert expected in log
        assert not client.command(SYNC, SYNC_DATA)    # the application does not answer
    finally:
        client.close()


@pytest.mark.parametrize("chip,banner", [("esp32c3", b"ESP-ROM:esp32c3"),
                                         ("esp32s3", b"ESP-ROM:esp32s3"),
                                         ("esp32c6", b"ESP-ROM:esp32c6"),
                                         ("esp32h2", b"ESP-ROM:esp32h2"),
                                         ("esp32c2", b"ESP-ROM:esp8684")])
def test_esp_rom_chips_boot_from_offset_0_with_their_boot_log(espsim_server, chip, banner):
    """The ESP32-C3/-S3 models (docs/chips.md §12): ESP-ROM boot log, download
    mode announced, the image booted from flash offset 0 (docs/chips.md §6)."""
    sim = espsim_server(chip)
    image = esp32_image()
    sim.device.flash.data[0:len(image)] = image
    client = Client(sim.url)
    try:
        log = client.reset()
        assert banner in log and b"rst:0x1 (POWERON)" in log and b"waiting for download" in log
        log = client.reset(download=False)
        assert b"SPI_FAST_FLASH_BOOT" in log
        assert b"load:0x3ffb0000,len:32\r\nentry 0x40080000" in log
    finally:
        client.close()


def test_esp32c2_26mhz_boot_log_is_only_readable_at_74880(espsim_server):
    """The 26 MHz ESP32-C2 (docs/chips.md §15.5): its ROM's UART setup assumes 40 MHz."""
    sim = espsim_server("esp32c2", crystal=26)
    client = Client(sim.url)
    try:
        assert b"ESP-ROM:esp8684" not in client.reset()          # garbage at 115200
        client.port.baudrate = 74880
        assert b"ESP-ROM:esp8684" in client.reset()
    finally:
        client.close()


def test_esp8266_boot_log_is_only_readable_at_74880(espsim_server):
    sim = espsim_server("esp8266")
    image = esp8266_image()
    sim.device.flash.data[0:len(image)] = image
    client = Client(sim.url)
    try:
        assert b"boot mode:(1,7)" not in client.reset()          # garbage at 115200
        client.port.baudrate = 74880
        assert b"ets Jan  8 2013,rst cause:2, boot mode:(1,7)" in client.reset()
        log = client.reset(download=False)
        assert b"boot mode:(3,6)" in log and b"load 0x40100000, len 16" in log
    finally:
        client.close()


def esp8266_image(code=bytes(range(16))):
    image = struct.pack("<BBBBII", 0xE9, 1, 0, 0, 0x40100004, 0x40100000) + struct.pack(
        "<I", len(code)) + code
    return image + bytes(15 - len(image) % 16) + bytes([xor_checksum(code)])


def read_until(port, wanted, deadline=5.0):
    """Bytes from `port` until `wanted` arrives (or the deadline passes)."""
    received = b""
    end = time.monotonic() + deadline
    while wanted not in received and time.monotonic() < end:
        received += port.read(max(1, port.in_waiting))
    return received


@pytest.mark.parametrize("chip,image,offset", [("esp32", esp32_image(), 0x1000),
                                               ("esp8266", esp8266_image(), 0)],
                         ids=["esp32", "esp8266"])
def test_booted_firmware_prints_a_banner_and_echoes_its_uart(espsim_server, chip, image, offset):
    """Given a valid image in flash, when the board is reset into flash boot
    (DTR/RTS over RFC 2217, as a serial monitor does), then after the boot log
    the firmware greets at 115200 baud and sends back what it receives."""
    sim = espsim_server(chip)
    sim.device.flash.data[offset:offset + len(image)] = image
    client = Client(sim.url)
    try:
        log = client.reset(download=False)
        banner = ("espsim firmware: hello from %s" % chip.upper()).encode()
        assert banner in (log if banner in log else log + read_until(client.port, banner))
        client.port.write(b"ping 1\r\n")
        assert read_until(client.port, b"ping 1\r\n") == b"ping 1\r\n"
        client.port.write(b"\x00\xc0\xff")
        assert read_until(client.port, b"\xff") == b"\x00\xc0\xff"
    finally:
        client.close()


def test_raw_socket_client_runs_the_firmware_from_the_rom_and_talks_to_it(espsim_server):
    """Over plain TCP (no control lines) the way into the firmware is the ROM's
    "run user code" (FLASH_END 1, docs/protocol.md §5.5): the firmware then
    greets and echoes on the same socket."""
    sim = espsim_server("esp32", raw=True)
    image = esp32_image()
    client = Client(sim.url)
    try:
        assert client.sync() and client.command(SPI_ATTACH, bytes(8))
        block = image + b"\xff" * (0x400 - len(image))
        assert write_one_block(client, 0x1000, block) == ((0, 0), (0, 0))
        client.send(FLASH_END, struct.pack("<I", 1))
        banner = b"espsim firmware: hello from ESP32"
        assert banner in read_until(client.port, banner)
        client.port.write(b"are you there?\n")
        assert read_until(client.port, b"?\n").endswith(b"are you there?\n")
    finally:
        client.close()


# -- serving: raw socket, in-process URL, trace, several devices, Ctrl-C --

def test_raw_socket_device_waits_in_download_mode(espsim_server):
    sim = espsim_server("esp8266", raw=True)
    assert sim.url.startswith("socket://")
    client = Client(sim.url)
    try:
        assert client.sync()
        assert client.read_reg(0x60000078) == 0x00062000
    finally:
        client.close()


def test_data_before_a_baud_change_in_one_segment_arrives_at_the_old_rate(espsim_server):
    """A command sent just before a baud change (the ESP8266 divider write does this)
    reaches the chip at the old rate however TCP groups the bytes."""
    sim = espsim_server("esp32")
    send_sync_and_baud_change_together(sim.url, 921600)
    sim.stop()
    events = traced_events(sim.trace_path)
    syncs = [i for i, line in enumerate(events) if line.startswith("> 0008240000000000")]
    assert syncs and syncs[0] < events.index("# host baud 921600"), events


def test_in_process_url_writes_the_flash_file_on_close(tmp_path):
    path = tmp_path / "flash.bin"
    client = Client("espsim://esp32?flash=%s&size=1MB" % path)
    try:
        client.reset()
        assert client.sync() and client.command(SPI_ATTACH, bytes(8))
        data = bytes(range(256)) * 4
        assert client.command(FLASH_BEGIN, struct.pack("<IIII", 0x400, 1, 0x400, 0x2000))
        packet = struct.pack("<IIII", 0x400, 0, 0, 0) + data
        assert status(client.command(FLASH_DATA, packet, xor_checksum(data))[0]) == (0, 0)
        md5 = client.command(SPI_FLASH_MD5, struct.pack("<IIII", 0x2000, 0x400, 0, 0))[0]
        assert md5[8:40] == hashlib.md5(data).hexdigest().encode()
    finally:
        client.close()
    content = path.read_bytes()
    assert len(content) == 1 << 20 and content[0x2000:0x2400] == data


def test_trace_has_one_line_per_frame_and_the_events(connected):
    sim, client = connected("esp32", trace=True)
    client.read_reg(0x3FF5A004)
    sim.stop()
    lines = open(sim.trace_path).read().splitlines()
    assert "> 000a040000000000" + "04a0f53f" in lines
    assert any(line.startswith("< 010a0400") for line in lines)
    assert "> 0008240000000000" + SYNC_DATA.hex() in lines
    assert any(line.startswith("# reset") for line in lines)
    assert any(line.startswith("# boot download") for line in lines)
    assert all(line[:2] in ("> ", "< ", "# ") for line in lines)


def test_cli_serves_two_chips_and_saves_flash_whole_on_ctrl_c(tmp_path):
    procs = []
    try:
        for chip in ("esp32", "esp8266"):
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "espsim", "--chip", chip, "--raw",
                 "--flash-file", str(tmp_path / (chip + ".bin")), "--flash-size", "2MB"],
                cwd=ROOT, stdout=subprocess.PIPE, text=True))
        urls = [p.stdout.readline().split()[-1] for p in procs]
        assert urls[0] != urls[1]
        for url, magic in zip(urls, (0x00F01D83, 0xFFF0C101)):
            client = Client(url)
            try:
                assert client.sync() and client.read_reg(0x40001000) == magic
                if magic == 0xFFF0C101:
                    assert client.command(FLASH_BEGIN, struct.pack("<IIII", 0, 0, 0x400, 0))
                    data = b"\x5a" * 0x400
                    assert client.command(FLASH_BEGIN,
                                          struct.pack("<IIII", 0x1000, 1, 0x400, 0x4000), wait=1)
                    client.command(FLASH_DATA, struct.pack("<IIII", 0x400, 0, 0, 0) + data,
                                   xor_checksum(data))
            finally:
                client.close()
        for proc in procs:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    content = (tmp_path / "esp8266.bin").read_bytes()
    assert len(content) == 2 << 20 and content[0x4000:0x4400] == b"\x5a" * 0x400
    assert content[0x4400:0x5000] == b"\xff" * 0xC00


def test_c_stub_without_a_host_build_is_refused_in_one_line(tmp_path):
    env = dict(os.environ)
    env.pop("ESPSIM_CSTUB", None)
    result = subprocess.run([sys.executable, "-m", "espsim", "--stub-impl", "cstub"], cwd=str(tmp_path),
                            env=env, capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "espsim: the C stub needs its host build: build it with `make -C flasher_stub host` "
        "and pass build/host/stub_host as --stub-host-build PATH (or set ESPSIM_CSTUB)"]


def test_esptool_imports_espsim_only_for_an_espsim_url():
    """Opening a real port (here a TCP one nobody listens on) leaves the
    simulator unloaded; an espsim:// URL loads it."""
    script = """if True:
        import sys, esptool
        for port in sys.argv[1:]:
            try:
                esptool.main(["--port", port, "--connect-attempts", "1", "chip_id"])
            except SystemExit:
                pass
            print(port.split(":")[0], "espsim" in sys.modules, flush=True)
        """
    result = subprocess.run([sys.executable, "-c", script, "socket://127.0.0.1:9",
                             "espsim://esp32?size=1MB"], cwd=ROOT, capture_output=True,
                            text=True, timeout=TIMEOUT)
    lines = [line for line in result.stdout.splitlines() if line.split()[:1] in (["socket"], ["espsim"])]
    assert lines == ["socket False", "espsim True"], result.stdout + result.stderr


# -- eFuse controller (docs/efuse-esp32.md §6.1) --

def burn(client, writes):
    for address, value in writes:
        client.write_reg(address, value)
    for conf, cmd in ((0x5A5A, 2), (0x5AA5, 1)):
        client.write_reg(0x3FF5A0FC, conf)
        client.write_reg(0x3FF5A104, cmd)
        for _ in range(10):
            if client.read_reg(0x3FF5A104) == 0:
                break
        else:
            pytest.fail("eFuse command did not complete")


def test_efuses_only_set_bits_honour_protection_and_persist(connected, espsim_server):
    sim, client = connected("esp32")
    burn(client, [(0x3FF5A098, 0x12345678)])                  # BLK1 word 0
    assert client.read_reg(0x3FF5A038) == 0x12345678
    burn(client, [(0x3FF5A098, 0), (0x3FF5A01C, 1 << 7)])     # WR_DIS bit 7: BLK1
    burn(client, [(0x3FF5A01C, 0), (0x3FF5A09C, 0xFFFFFFFF)]) # ignored: write-protected
    assert client.read_reg(0x3FF5A03C) == 0
    burn(client, [(0x3FF5A09C, 0), (0x3FF5A01C, 1 << 16)])    # RD_DIS bit 0: BLK1 hidden
    assert client.read_reg(0x3FF5A038) == 0
    assert client.read_reg(0x6001A000) == (1 << 16) | (1 << 7)   # v2.3.1's alias base
    sim.stop()
    again = espsim_server("esp32", efuse_file=sim.efuse_path)
    client = Client(again.url)
    try:
        client.reset()
        assert client.sync() and client.read_reg(0x3FF5A000) == (1 << 16) | (1 << 7)
    finally:
        client.close()


# -- faults: upstream fails as on hardware, within a bound --

def upstream(version, sim, tmp_path, *args):
    argv = upstream_cmd(version) + ["--port", sim.url] + [str(a) for a in args]
    return subprocess.run(argv, cwd=str(tmp_path), capture_output=True, text=True,
                          timeout=TIMEOUT)


def image_file(tmp_path, size=0x1000):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes((i * 7 + 1) & 0xFF for i in range(size)))
    return path


# Faults that need the reset circuit are shown over rfc2217:// with upstream 5.x;
# the others over socket:// with upstream 2.3.1 (no telnet round trips: fast).
FAULTS = {
    "refuse-download": ("5", {"refuse_download": True},
                        ["--connect-attempts", "1", "chip_id"],
                        "Wrong boot mode detected (0x13)"),
    # Replies slower than the host's 3 s timeout.
    "reply-delay": ("2.3.1", {"reply_delay": 3.5}, ["--no-stub", "chip_id"],
                    "Timed out waiting for packet"),
    "stop-replies": ("2.3.1", {"stop_replies_after": 20}, ["--no-stub", "flash_id"],
                     "Timed out waiting for packet header"),
    # The chip's boot log arrives where a reply was expected, as on hardware.
    "reset-mid-command": ("2.3.1", {"reset_at_command": 8}, ["--no-stub", "flash_id"],
                          "Invalid head of packet"),
    "stuck-bits": ("2.3.1", {"stuck_bits": 0x01}, ["write_flash", "0x10000", "IMAGE"],
                   "MD5 of file does not match data in flash"),
    "corrupt-byte": ("2.3.1", {"corrupt_at": 1500},
                     ["--no-stub", "write_flash", "-u", "0x10000", "IMAGE"], "(result was 0107"),
    "drop-byte": ("2.3.1", {"drop_at": 1500},
                  ["--no-stub", "write_flash", "-u", "0x10000", "IMAGE"], "(result was 0101"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_makes_upstream_fail_as_on_hardware(espsim_server, tmp_path, fault):
    version, options, args, message = FAULTS[fault]
    raw = version == "2.3.1"
    sim = espsim_server("esp32", trace=False, raw=raw, **options)
    args = [str(image_file(tmp_path)) if a == "IMAGE" else a for a in args]
    before = ["--before", "no_reset"] if raw else []
    result = upstream(version, sim, tmp_path, "--chip", "esp32", *before, *args)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr, result.stdout + result.stderr


def test_esp32s2_boots_from_offset_0x1000_with_its_boot_log(espsim_server):
    """The ESP32-S2 model (docs/chips.md §14.8): ESP-ROM boot log, download mode
    announced, the image booted from flash offset 0x1000 as on the ESP32."""
    sim = espsim_server("esp32s2")
    image = esp32_image()
    sim.device.flash.data[0x1000:0x1000 + len(image)] = image
    client = Client(sim.url)
    try:
        log = client.reset()
        assert b"ESP-ROM:esp32s2" in log and b"waiting for download" in log
        log = client.reset(download=False)
        assert b"SPI_FAST_FLASH_BOOT" in log
        assert b"load:0x3ffb0000,len:32\r\nentry 0x40080000" in log
    finally:
        client.close()


# -- state files: one simulator at a time, written whole, as the user made them --

IN_USE = "is in use by another program (an espsim, an espsim:// session or espefuse.py --file)"


def espsim_cli(*args):
    """`python -m espsim ARGS` that is expected to stop at once; CompletedProcess."""
    return subprocess.run([sys.executable, "-m", "espsim", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=TIMEOUT)


@pytest.mark.parametrize("holder", ["espsim:// session", "espsim server"])
def test_a_flash_file_in_use_is_refused_to_a_second_simulator_in_one_line(espsim_server,
                                                                          tmp_path, holder):
    flash = tmp_path / "flash.bin"
    url = "espsim://esp32?flash=%s&size=1MB" % flash
    if holder == "espsim server":
        sim = espsim_server("esp32", raw=True, flash_file=str(flash), flash_size="1MB")
        client = Client(sim.url)
    else:
        client = Client(url)
        client.reset()
    data = bytes(range(256)) * 4
    try:
        assert client.sync() and client.command(SPI_ATTACH, bytes(8))
        assert write_one_block(client, 0x2000, data) == ((0, 0), (0, 0))
        result = run_tool("esptool", "--port", url, "read_mac", timeout=TIMEOUT)
        assert_one_fatal_line(result, "flash file %s %s" % (flash, IN_USE))
        result = espsim_cli("--flash-file", flash, "--flash-size", "1MB")
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr.splitlines() == [
            "espsim: flash file %s %s: only one at a time" % (flash, IN_USE)]
    finally:
        client.close()
        if holder == "espsim server":
            sim.stop()
    assert flash.read_bytes()[0x2000:0x2400] == data          # the first one's write is kept
    assert "MAC: 24:0a:c4:01:02:03" in run_tool("esptool", "--port", url, "read_mac").stdout


def test_a_lock_goes_with_a_killed_simulator(tmp_path):
    flash = tmp_path / "flash.bin"
    url = "espsim://esp32?flash=%s" % flash
    proc = subprocess.Popen([sys.executable, "-m", "espsim", "--flash-file", str(flash)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert "serving ESP32" in proc.stdout.readline()            # the file is locked
        assert_one_fatal_line(run_tool("esptool", "--port", url, "read_mac"), IN_USE)
    finally:
        proc.kill()                                                  # no chance to unlock
        proc.wait(timeout=TIMEOUT)
    assert "MAC: 24:0a:c4:01:02:03" in run_tool("esptool", "--port", url, "read_mac").stdout


def test_an_efuse_file_in_use_is_refused_to_a_second_simulator(espsim_server, tmp_path):
    efuse = tmp_path / "efuse.json"
    sim = espsim_server("esp32", efuse_file=str(efuse))
    client = Client(sim.url)
    try:
        client.reset()
        assert client.sync()
        burn(client, [(0x3FF5A098, 0x12345678)])                  # BLK1 word 0
        result = run_tool("esptool", "--port", "espsim://esp32?efuse=%s" % efuse, "read_mac")
        assert_one_fatal_line(result, "eFuse file %s %s" % (efuse, IN_USE))
        result = run_tool("espefuse", "--file", efuse, "--do-not-confirm", "burn_efuse",
                          "JTAG_DISABLE")
        assert_one_fatal_line(result, "eFuse file %s is in use by another program" % efuse)
    finally:
        client.close()
        sim.stop()
    assert "12345678" in efuse.read_text()


def test_state_files_are_created_with_the_umask_and_keep_their_mode(tmp_path):
    import espsim
    old_umask = os.umask(0o027)
    try:
        espsim.Device("esp32", flash_file=str(tmp_path / "new.bin"), flash_size="1MB",
                      efuse_file=str(tmp_path / "new.json")).start().close()
    finally:
        os.umask(old_umask)
    assert oct(os.stat(tmp_path / "new.bin").st_mode & 0o777) == oct(0o640)
    assert oct(os.stat(tmp_path / "new.json").st_mode & 0o777) == oct(0o640)
    for name in ("new.bin", "new.json"):
        os.chmod(tmp_path / name, 0o604)
    device = espsim.Device("esp32", flash_file=str(tmp_path / "new.bin"), flash_size="1MB",
                           efuse_file=str(tmp_path / "new.json")).start()
    device.flash.data[0:4] = b"\x00" * 4
    device.close()
    assert (tmp_path / "new.bin").read_bytes()[:4] == bytes(4)   # saved, by a rename
    for name in ("new.bin", "new.json"):
        assert oct(os.stat(tmp_path / name).st_mode & 0o777) == oct(0o604)
    assert sorted(os.listdir(tmp_path)) == ["new.bin", "new.json"]    # no temp files left


# -- faults on the way to the host --

# After a SYNC the ESP32's ROM sends 8 replies of 14 bytes on the wire (C0, the 12-byte
# frame 01 08 04 00 07 07 12 20 00 00 00 00, C0), then the READ_REG reply:
# C0 01 0a 04 00 <value, LSB first>. Byte 8 * 14 + 5 is the value's low byte.
READ_REG_VALUE_BYTE = 8 * 14 + 5


def read_magic_through(url, reset):
    client = Client(url)
    try:
        if reset:
            client.reset()
        assert client.sync()
        return client.read_reg(0x40001000)
    finally:
        client.close()


@pytest.mark.parametrize("how", ["espsim:// query", "espsim command line"])
def test_a_flipped_reply_byte_reaches_the_host(tmp_path, how):
    trace = tmp_path / "trace.txt"
    if how == "espsim:// query":
        url = ("espsim://esp32?reply_corrupt_at=%d&corrupt_bit=3&trace=%s"
               % (READ_REG_VALUE_BYTE, trace))
        magic = read_magic_through(url, reset=True)
    else:
        proc = subprocess.Popen([sys.executable, "-m", "espsim", "--raw", "--trace", str(trace),
                                 "--reply-corrupt-at", str(READ_REG_VALUE_BYTE),
                                 "--corrupt-bit", "3"],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
        try:
            magic = read_magic_through(proc.stdout.readline().split()[-1], reset=False)
        finally:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=TIMEOUT) == 0
    assert magic == 0x00F01D83 ^ 0x08                     # the ESP32's magic, bit 3 flipped
    lines = trace.read_text().splitlines()
    assert "# fault: flipped byte %d to the host (0x83 -> 0x8b)" % READ_REG_VALUE_BYTE in lines
    # The trace keeps the frame as the chip sent it.
    assert "< 010a0400831df00000000000" in lines
