"""SLIP framing and packet building, without a device (docs/protocol.md §2-§4, Appendix C).

The loader is given an in-memory serial port: what it writes is captured, what
it reads was queued by the test. Everything else is tested against espsim.
"""
import os
import struct
import sys

import pytest
from hypothesis import given, settings, strategies as st

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import esptool  # noqa: E402


class MemorySerial:
    """Just enough of a pyserial port: a queue to read, a log of writes."""

    def __init__(self, incoming=b""):
        self.incoming = bytearray(incoming)
        self.written = bytearray()
        self.timeout = None
        self.baudrate = 115200

    @property
    def in_waiting(self):
        return len(self.incoming)

    def read(self, n):
        chunk = bytes(self.incoming[:n])
        del self.incoming[:n]
        return chunk

    def write(self, data):
        self.written += data

    def reset_input_buffer(self):
        self.incoming.clear()

    def close(self):
        pass


def rom_reply(op, value=0, data=b"", status=b"\x00\x00"):
    body = data + status
    return esptool.slip_encode(struct.pack("<BBHI", 1, op, len(body), value) + body)


def esp32_loader(incoming):
    port = MemorySerial(incoming)
    return esptool.ESP32ROM(port), port


# --- framing --------------------------------------------------------------

def test_sync_request_is_the_46_bytes_of_appendix_c():
    loader, port = esp32_loader(rom_reply(esptool.Op.SYNC, status=b"\0\0\0\0") * 8)
    loader.sync()
    assert bytes(port.written) == (bytes.fromhex("c000082400000000000707122 0".replace(" ", ""))
                                   + b"\x55" * 32 + b"\xc0")
    assert len(port.written) == 46


def test_flash_data_payload_is_escaped_and_checksummed_as_appendix_c():
    loader, port = esp32_loader(rom_reply(esptool.Op.FLASH_DATA, status=b"\0\0\0\0"))
    loader.flash_block(b"\x01\x02\x03\xc0", 0)
    assert bytes(port.written) == bytes.fromhex(
        "c00003140 02f000000 04000000 00000000 00000000 00000000 010203dbdc c0"
        .replace(" ", ""))


def test_read_reg_of_the_chip_magic_matches_appendix_c():
    loader, port = esp32_loader(rom_reply(esptool.Op.READ_REG, value=0x00F01D83,
                                          status=b"\0\0\0\0"))
    assert loader.read_reg(0x40001000) == 0x00F01D83
    assert bytes(port.written) == bytes.fromhex("c0000a04000000000000100040c0")


@settings(max_examples=200, deadline=None)
@given(frames=st.lists(st.binary(max_size=64), min_size=1, max_size=5),
       cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_decoder_returns_the_frames_whatever_the_chunking(frames, cuts):
    wire = b"".join(esptool.slip_encode(f) for f in frames)
    decoder = esptool.SlipDecoder()
    got = []
    points = sorted(set(c % (len(wire) + 1) for c in cuts)) + [len(wire)]
    start = 0
    for point in points:
        got += decoder.feed(wire[start:point])
        start = point
    assert got == frames


def test_line_noise_between_frames_is_an_invalid_head():
    with pytest.raises(esptool.FatalError, match="Invalid head of packet"):
        esptool.SlipDecoder().feed(b"\x00\x80\xfe")


def test_a_boot_log_between_frames_means_the_chip_reset():
    with pytest.raises(esptool.FatalError, match="The chip reset"):
        esptool.SlipDecoder().feed(b"ets Jun  8 2016 00:22:57\r\n\r\nrst:0x1 (POWERON_RESET)")


def test_a_reply_before_stray_text_is_still_delivered():
    decoder = esptool.SlipDecoder()
    assert decoder.feed(b"\xc0\x01\x04\xc0invalid header") == [b"\x01\x04"]
    with pytest.raises(esptool.FatalError, match="Invalid head of packet"):
        decoder.feed(b"")


def test_a_crash_report_is_named_as_a_crash():
    with pytest.raises(esptool.FatalError, match="crashed.*Guru Meditation Error"):
        esptool.SlipDecoder().feed(b"Guru Meditation Error: Core  0 panic'ed")


def test_a_bad_escape_is_an_error_and_the_decoder_recovers():
    decoder = esptool.SlipDecoder()
    with pytest.raises(esptool.FatalError, match="Invalid SLIP escape"):
        decoder.feed(b"\xc0\x01\xdb\x01")
    assert decoder.feed(b"\xc0\x01\xc0") == [b"\x01"]


# --- responses ------------------------------------------------------------

def test_stray_sync_replies_and_short_frames_are_skipped():
    incoming = (rom_reply(esptool.Op.SYNC) + esptool.slip_encode(b"OHAI")
                + rom_reply(esptool.Op.READ_REG, value=0x1234, status=b"\0\0\0\0"))
    loader, _ = esp32_loader(incoming)
    assert loader.read_reg(0x3FF5A004) == 0x1234


def test_a_rom_error_names_the_failure():
    loader, _ = esp32_loader(rom_reply(esptool.Op.FLASH_DATA, status=b"\x01\x07\x00\x00"))
    with pytest.raises(esptool.FatalError, match=r"after seq 3 \(result was 01070000: checksum"):
        loader.flash_block(b"\xff" * 0x400, 3)


def test_a_silent_line_times_out_waiting_for_the_header():
    loader, _ = esp32_loader(b"")
    with pytest.raises(esptool.FatalError, match="Timed out waiting for packet header"):
        loader.command(esptool.Op.READ_REG, struct.pack("<I", 0x60000078), timeout=0.2)


def test_a_frame_cut_short_times_out_waiting_for_the_content():
    loader, _ = esp32_loader(b"\xc0\x01\x0a")
    with pytest.raises(esptool.FatalError, match="Timed out waiting for packet content"):
        loader.command(esptool.Op.READ_REG, struct.pack("<I", 0x60000078), timeout=0.2)


def test_rom32_md5_result_is_the_hex_text_before_the_status():
    digest = b"0123456789abcdef0123456789abcdef"
    loader, port = esp32_loader(rom_reply(esptool.Op.SPI_FLASH_MD5, data=digest,
                                          status=b"\0\0\0\0"))
    assert loader.flash_md5sum(0x1000, 0x400) == digest.decode()
    assert port.written[1:3] == b"\x00\x13"


def test_esp8266_rom_refuses_commands_it_lacks_without_sending_them():
    port = MemorySerial()
    loader = esptool.ESP8266ROM(port)
    with pytest.raises(esptool.FatalError, match="ESP8266 ROM does not support"):
        loader.flash_md5sum(0, 16)
    assert port.written == b""


# --- ESP8266 ROM erase size (docs/protocol.md §11.4) ------------------------------------------

@pytest.mark.parametrize("offset,size,sent", [
    (0, 0x1000, 0x1000), (0, 0x10000, 0x8000), (0, 0x40000, 0x30000),
    (0x1000, 0x3000, 0x2000), (0x3000, 0x20000, 0x13000), (0xF000, 0x2000, 0x1000)])
def test_esp8266_flash_begin_asks_for_the_size_that_makes_the_rom_erase_right(offset, size, sent):
    port = MemorySerial(rom_reply(esptool.Op.FLASH_BEGIN))
    esptool.ESP8266ROM(port).flash_begin(size, offset)
    erase_size, blocks, block_size, addr = struct.unpack("<IIII", bytes(port.written[9:25]))
    assert (erase_size, blocks, block_size, addr) == (sent, (size + 0x3FF) // 0x400, 0x400, offset)


# --- ESP32 ROM on real silicon (docs/protocol.md §5.7, §5.9) ------------------------

def sent_frames(port):
    return esptool.SlipDecoder().feed(bytes(port.written))


def test_esp32_rom_attach_passes_the_flash_pads_recorded_in_efuse():
    # PICO-D4 style pads: CLK 6, Q 17, D 8, CS 16 in word 5; HD 11 in word 3.
    word5 = 6 | 17 << 5 | 8 << 10 | 16 << 15
    word3 = 11 << 4
    loader, port = esp32_loader(rom_reply(esptool.Op.READ_REG, value=word5, status=b"\0" * 4)
                                + rom_reply(esptool.Op.READ_REG, value=word3, status=b"\0" * 4)
                                + rom_reply(esptool.Op.SPI_ATTACH, status=b"\0" * 4))
    loader.flash_spi_attach(0)
    attach = sent_frames(port)[-1]
    config = 11 << 24 | 16 << 18 | 8 << 12 | 17 << 6 | 6
    assert attach[8:] == struct.pack("<I", config) + b"\0\0\0\0"


def test_esp32_rom_attach_keeps_0_when_no_pads_are_recorded():
    loader, port = esp32_loader(rom_reply(esptool.Op.READ_REG, value=0, status=b"\0" * 4) * 2
                                + rom_reply(esptool.Op.SPI_ATTACH, status=b"\0" * 4))
    loader.flash_spi_attach(0)
    assert sent_frames(port)[-1][8:] == bytes(8)


def test_esp32_rom_baud_change_compensates_the_roms_crystal_estimate():
    # The ROM believes its 40 MHz crystal runs at 41 MHz: ask for 2.5 % more.
    ck8m = 100
    cali = 41000000 * 40 // (15625 * ck8m)
    loader, port = esp32_loader(rom_reply(esptool.Op.READ_REG, value=cali << 7, status=b"\0" * 4)
                                + rom_reply(esptool.Op.READ_REG, value=ck8m, status=b"\0" * 4)
                                + rom_reply(esptool.Op.CHANGE_BAUDRATE, status=b"\0" * 4))
    loader.change_baud(921600)
    change = sent_frames(port)[-1]
    rom_xtal = cali * 15625 * ck8m / 40                   # ~41 MHz
    assert struct.unpack("<II", change[8:]) == (int(921600 * rom_xtal // 40000000), 0)
    assert struct.unpack("<I", change[8:12])[0] > 921600 * 1.02
    assert port.baudrate == 921600
