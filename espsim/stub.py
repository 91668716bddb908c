"""The flasher stub: what runs after a host uploads code to RAM and starts it.

The chip cannot execute the uploaded Xtensa code, so the device runs a stub
*implementation* in its place. Two exist:

* ``generic`` (`GenericStub`, this module): the stub protocol of docs/protocol.md
  docs/protocol.md §4.3, §5.11, §10, §12 written from the spec. It is lenient where the stub
  generations differ (16- or 20-byte FLASH_BEGIN, block size up to 0x4000,
  SPI_ATTACH of 4 or 8 bytes) and copies the quirks a client can observe
  from the generation it recognises by the entry point (v2.3.1 stubs: SYNC
  is unknown, WRITE_REG ignores the mask, the response size field is 0).
* ``cstub`` (`espsim/cstub.py`): the project's C stub built for the host,
  plugged in through the same seam. (``auto`` picks it when the uploaded
  code is that stub's and a host build was given, see
  `cstub.choose_implementation`.)

The seam (all a stub implementation needs):

``Impl(hal, entry)``
    construct; `entry` is the address the host jumped to.
``impl.start()``
    called once; the stub sends its ``OHAI`` greeting through the HAL.
``impl.receive(data: bytes)``
    raw bytes from the host, exactly as the chip's UART receives them (the
    implementation does its own SLIP decoding).

``StubHal`` (what the device offers): `chip_name`, `flash` (a NorFlash:
`read`, `program`, `erase_sector`, `erase_block`, `erase_chip`, `unlock`,
`size`), `read_reg(a)`, `write_reg(a, v, mask)`, `load_ram(a, data)`,
`stub_host_build` (path of the C stub's host build, or None),
`transmit(bytes)`, `baud()`, `set_baud(b)`, `hold(seconds, since=None)` (busy time in
--realtime mode), `reset_to_rom()`, `run_user_code()`, `start_program(entry)`
and `command_fault()` (True if an injected fault resets the chip now, after
which the implementation must stop handling the frame).
"""
import hashlib
import struct
import time
import zlib

from espsim.cstub import CStub
from espsim.flash import hash_time
from espsim.protocol import (
    STUB_BAD_BLOCKSIZE, STUB_BAD_DATA_CHECKSUM, STUB_BAD_DATA_LEN, STUB_BAD_REQUEST_CHECKSUM,
    STUB_CMD_NOT_IMPLEMENTED,
    STUB_FAILED, STUB_FAILED_SPI_OP, STUB_INFLATE_ERROR, STUB_NOT_ENOUGH_DATA,
    STUB_NOT_IN_FLASH_MODE, STUB_OK, STUB_TOO_MUCH_DATA, SYNC_REPLIES, Op, checksum)
from espsim.rom import DetachedFlash
from espsim.slip import SlipDecoder, slip_encode

OHAI = b"OHAI"

MAX_DATA_LEN = 0x4010
OVERSIZE_EXTRA = 0xEE
SYNC_PAYLOAD = b"\x07\x07\x12\x20" + b"\x55" * 32     # the ROM protocol's SYNC request data
FLASH_BLOCK = 0x4000
SECTOR = 0x1000
BLOCK = 0x10000
PAGE = 0x100
DEFAULT_FLASH_SIZE = 16 << 20          # the stub's geometry at start-up (docs/protocol.md §10.5)
MD5_CHUNK = 0x1000
MAX_DIGEST_SECTORS = 1024              # FLASH_SECTOR_MD5 reply limit (docs/protocol.md §5.13)

# Entry points of the stubs upstream v2.3.1 uploads (docs/protocol.md §10.4)
V231_ENTRIES = {0x40100004, 0x40090564}


class StubHal:
    """The device as a running stub sees it (see the module docstring)."""

    def __init__(self, device):
        self._device = device
        self.chip_name = device.chip.name
        # an unpowered flash (docs/chips.md §18.6) reaches nothing, as before SPI_ATTACH
        self.flash = device.flash if device.flash_power.powered() else DetachedFlash(device.flash.size)
        self.stub_host_build = device.stub_host_build    # for the C stub (cstub.py)
        # GET_SECURITY_INFO's reply, for chips whose ROM has it (docs/chips.md §2.2)
        self.security_info = device.security_info if device.esp_rom else None

    def read_reg(self, address):
        return self._device.bus.read(address)

    def write_reg(self, address, value, mask=0xFFFFFFFF):
        self._device.bus.write(address, value, mask)

    def load_ram(self, address, data):
        self._device.memory.load(address, data)

    def transmit(self, data):
        self._device.transmit(data)

    def baud(self):
        wire = self._device.wire
        return wire.device_baud or wire.host_baud or 115200

    def set_baud(self, baud):
        self._device.set_device_baud(baud)

    def rx_started(self):
        """When the bytes handed over last started reaching the chip (time.monotonic())."""
        return getattr(self._device.wire, "rx_started", None) or time.monotonic()

    def hold(self, seconds, since=None):
        self._device.wire.hold(seconds, since)

    def reset_to_rom(self):
        self._device.software_reset()

    def run_user_code(self):
        self._device.run_firmware(print_header=False)

    def start_program(self, entry):
        self._device.start_stub(entry)

    def command_fault(self):
        if self._device.count_command():
            self._device.spontaneous_reset()
            return True
        return False


def programmed_runs(address, data):
    """[(start, end)] of flash to program for `data` at `address`: the 256-byte pages
    (or their parts) that hold anything but 0xFF, neighbours merged. Programming 0xFF
    changes nothing; our C stub leaves such pages out (docs/protocol.md §13.3)."""
    runs, at, end = [], address, address + len(data)
    while at < end:
        stop = min(end, at - at % PAGE + PAGE)
        if data[at - address:stop - address].count(0xFF) != stop - at:
            if runs and runs[-1][1] == at:
                runs[-1] = (runs[-1][0], stop)
            else:
                runs.append((at, stop))
        at = stop
    return runs


def stub_class(name):
    """The stub implementation selected by --stub-impl."""
    if name == "generic":
        return GenericStub
    if name == "cstub":
        return CStub
    raise ValueError("unknown stub implementation %r (generic, cstub)" % name)


class GenericStub:
    """Stub protocol written from the spec (see the module docstring)."""

    def __init__(self, hal, entry):
        self.hal = hal
        self.legacy = entry in V231_ENTRIES
        self.decoder = SlipDecoder(max_frame=MAX_DATA_LEN + 8 + 32)
        self.flash_size = DEFAULT_FLASH_SIZE
        self.write = None            # open FLASH_BEGIN / FLASH_DEFL_BEGIN session
        self.written = None          # (offset, size) of the last session written whole
        self.mem = None
        self.reading = None          # READ_FLASH transfer waiting for acks
        self.running = True
        self.checked = False         # CHECKED_EXCHANGES received (docs/protocol.md §5.14)
        self.request_crc = 0         # the trailer of the request being answered
        self.handlers = {
            Op.FLASH_BEGIN: self.flash_begin, Op.FLASH_DATA: self.flash_data,
            Op.FLASH_END: self.flash_end, Op.FLASH_DEFL_BEGIN: self.flash_defl_begin,
            Op.FLASH_DEFL_DATA: self.flash_defl_data, Op.FLASH_DEFL_END: self.flash_end,
            Op.MEM_BEGIN: self.mem_begin, Op.MEM_DATA: self.mem_data, Op.MEM_END: self.mem_end,
            Op.SYNC: self.sync, Op.WRITE_REG: self.write_reg, Op.READ_REG: self.read_reg,
            Op.SPI_SET_PARAMS: self.spi_set_params, Op.SPI_ATTACH: self.spi_attach,
            Op.CHANGE_BAUDRATE: self.change_baudrate, Op.SPI_FLASH_MD5: self.spi_flash_md5,
            Op.FLASH_SECTOR_MD5: self.flash_sector_md5,
            Op.CHECKED_EXCHANGES: self.checked_exchanges,
            Op.FLASH_WRITTEN_MD5: self.flash_written_md5,
            Op.ERASE_FLASH: self.erase_flash, Op.ERASE_REGION: self.erase_region,
            Op.READ_FLASH: self.read_flash, Op.RUN_USER_CODE: self.run_user_code,
        }
        if self.legacy:
            del self.handlers[Op.CHECKED_EXCHANGES]      # ours only
            del self.handlers[Op.FLASH_WRITTEN_MD5]
        if getattr(hal, "security_info", None) is not None:
            # Stubs for these chips pass the command on to the ROM's routine.
            self.handlers[Op.GET_SECURITY_INFO] = self.get_security_info

    def start(self):
        self.hal.transmit(slip_encode(OHAI))
        # The stub attaches the flash and clears protection it may not write (docs/protocol.md §10.5).
        self.hal.flash.unlock()

    # -- framing --

    def receive(self, data):
        for frame in self.decoder.feed(data):
            if not self.running:
                return
            if self.reading is not None:
                self.read_flash_ack(frame)
            else:
                self.handle(frame)

    def handle(self, frame):
        if len(frame) < 8 or frame[0] != 0x00:
            return
        op, size, check = struct.unpack_from("<BHI", frame, 1)
        if self.hal.command_fault():
            self.running = False
            return
        if self.checked and op == Op.SYNC and frame[8:] == SYNC_PAYLOAD and len(frame) == 44:
            self.checked = False    # a new host found us running (docs/protocol.md §5.14)
        if self.checked or (op == Op.CHECKED_EXCHANGES and not self.legacy):
            # docs/protocol.md §5.14: act only on a request whose CRC-32 trailer is right
            self.request_crc = struct.unpack_from("<I", frame, len(frame) - 4)[0] \
                if len(frame) >= 12 else 0
            if len(frame) < 12 or zlib.crc32(frame[:-4]) != self.request_crc:
                return self.reply(op, STUB_BAD_REQUEST_CHECKSUM)
            frame = frame[:-4]
        data = frame[8:]
        if size > MAX_DATA_LEN or len(data) > MAX_DATA_LEN:
            return self.reply(op, STUB_BAD_DATA_LEN, extra=OVERSIZE_EXTRA)
        handler = self.handlers.get(op)
        if handler is None:
            return self.reply(op, STUB_CMD_NOT_IMPLEMENTED)
        handler(op, data[:size] if size <= len(data) else data, check)

    def reply(self, op, error=STUB_OK, value=0, data=b"", extra=0):
        body = data + bytes([error, extra])
        if self.checked:           # the request answered, then the reply's own CRC-32
            body += struct.pack("<I", self.request_crc)
            size = len(body) + 4
        else:
            size = 0 if self.legacy else len(body)
        frame = struct.pack("<BBHI", 1, op, size, value) + body
        if self.checked:
            frame += struct.pack("<I", zlib.crc32(frame))
        self.hal.transmit(slip_encode(frame))

    def region(self, address, size):
        """What a checked digest reply starts with: the range it covers."""
        return struct.pack("<II", address, size) if self.checked else b""

    def checked_exchanges(self, op, data, check):
        if data:
            return self.reply(op, STUB_BAD_DATA_LEN)
        self.checked = True
        self.reply(op)

    # -- registers and RAM --

    def sync(self, op, data, check):
        if self.legacy:
            return self.reply(op, STUB_CMD_NOT_IMPLEMENTED)
        for _ in range(SYNC_REPLIES):
            self.reply(op)                     # value 0: "a stub is running" (docs/protocol.md §5.2)

    def get_security_info(self, op, data, check):
        self.reply(op, data=self.hal.security_info())

    def read_reg(self, op, data, check):
        if len(data) != 4:
            return self.reply(op, STUB_BAD_DATA_LEN)
        self.reply(op, value=self.hal.read_reg(struct.unpack("<I", data)[0]))

    def write_reg(self, op, data, check):
        if len(data) == 0 or len(data) % 16 or (self.legacy and len(data) != 16):
            return self.reply(op, STUB_BAD_DATA_LEN)
        for offset in range(0, len(data), 16):
            address, value, mask, _delay = struct.unpack_from("<IIII", data, offset)
            # The v2.3.1 stub writes the value whole, ignoring the mask (docs/protocol.md §5.3).
            self.hal.write_reg(address, value, 0xFFFFFFFF if self.legacy else mask)
        self.reply(op)

    def mem_begin(self, op, data, check):
        if len(data) != 16:
            return self.reply(op, STUB_FAILED)
        size, _blocks, _block_size, address = struct.unpack("<IIII", data)
        self.mem = {"address": address, "size": size, "written": 0}
        self.reply(op)

    def mem_data(self, op, data, check):
        if self.mem is None:
            return self.reply(op, STUB_NOT_IN_FLASH_MODE)
        length = struct.unpack_from("<I", data)[0] if len(data) >= 16 else -1
        payload = data[16:]
        if length != len(payload) or length % 4:
            return self.reply(op, STUB_BAD_DATA_LEN)
        if self.mem["written"] + length > self.mem["size"]:
            return self.reply(op, STUB_TOO_MUCH_DATA)
        self.hal.load_ram(self.mem["address"] + self.mem["written"], payload)
        self.mem["written"] += length
        self.reply(op)

    def mem_end(self, op, data, check):
        if len(data) != 8 or (self.mem and self.mem["written"] < self.mem["size"]):
            return self.reply(op, STUB_FAILED)
        _no_exec, entry = struct.unpack("<II", data)
        self.mem = None
        self.reply(op)
        if entry:
            self.running = False
            self.hal.start_program(entry)

    # -- flash parameters --

    def spi_set_params(self, op, data, check):
        if len(data) != 24:
            return self.reply(op, STUB_BAD_DATA_LEN)
        self.flash_size = struct.unpack_from("<IIIIII", data)[1]
        self.reply(op)

    def spi_attach(self, op, data, check):
        if len(data) not in (4, 8):
            return self.reply(op, STUB_BAD_DATA_LEN)
        self.reply(op)

    def change_baudrate(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, STUB_BAD_DATA_LEN)
        new_baud = struct.unpack("<II", data)[0]
        self.reply(op)                         # at the old rate, then switch (docs/protocol.md §5.9)
        self.hal.set_baud(new_baud)

    # -- writing: ACK first, then work (docs/protocol.md §10.7) --

    def flash_begin(self, op, data, check, compressed=False):
        if len(data) not in (16, 20):
            return self.reply(op, STUB_FAILED)
        size, _blocks, block_size, offset = struct.unpack_from("<IIII", data)
        if block_size > FLASH_BLOCK or block_size == 0:
            return self.reply(op, STUB_BAD_BLOCKSIZE)
        if offset + size > self.flash_size:
            return self.reply(op, STUB_FAILED)
        self.hal.flash.unlock()
        self.written = None
        self.write = {"offset": offset, "size": size, "remaining": size,
                      "next_erase": offset - offset % SECTOR, "error": STUB_OK,
                      "inflate": zlib.decompressobj() if compressed else None}
        self.reply(op)

    def flash_defl_begin(self, op, data, check):
        self.flash_begin(op, data, check, compressed=True)

    def _checked_payload(self, op, data, check, compressed):
        """Payload of a data packet, or None after an error reply."""
        session = self.write
        if session is None or (session["inflate"] is not None) != compressed:
            self.reply(op, STUB_NOT_IN_FLASH_MODE)
            return None
        length = struct.unpack_from("<I", data)[0] if len(data) >= 16 else -1
        payload = data[16:]
        if length != len(payload):
            self.reply(op, STUB_BAD_DATA_LEN)
            return None
        if checksum(payload) != check & 0xFF:
            self.reply(op, STUB_BAD_DATA_CHECKSUM)
            return None
        return payload

    def flash_data(self, op, data, check):
        payload = self._checked_payload(op, data, check, compressed=False)
        if payload is None:
            return
        self._reply_with_late_error(op)
        session = self.write
        payload = payload[:session["remaining"]]      # the last block may be padded
        self._write_out(payload)

    def flash_defl_data(self, op, data, check):
        payload = self._checked_payload(op, data, check, compressed=True)
        if payload is None:
            return
        self._reply_with_late_error(op)
        session = self.write
        if session["error"] != STUB_OK:
            return
        try:
            output = session["inflate"].decompress(payload)
        except zlib.error:
            session["error"] = STUB_INFLATE_ERROR
            return
        if len(output) > session["remaining"]:
            session["error"] = STUB_TOO_MUCH_DATA
            output = output[:session["remaining"]]
        self._write_out(output)

    def _reply_with_late_error(self, op):
        """A failure while writing block N is reported with block N+1 (docs/protocol.md §4.3)."""
        session = self.write
        error = session["error"]
        self.reply(op, error)

    def _write_out(self, data):
        session = self.write
        if not data or session["error"] != STUB_OK:
            return
        address = session["offset"] + session["size"] - session["remaining"]
        self._erase_ahead(session, address + len(data))
        flash = self.hal.flash
        if flash.is_protected(address, len(data)):
            session["error"] = STUB_FAILED_SPI_OP
            return
        session["remaining"] -= len(data)
        if session["remaining"] == 0 and not session["offset"] % 4:
            self.written = (session["offset"], session["size"])    # FLASH_WRITTEN_MD5
        if self.legacy:
            flash.program(address, data)
            return
        for start, end in programmed_runs(address, data):     # 0xFF pages left out
            flash.program(start, data[start - address:end - address])

    def _erase_ahead(self, session, end):
        """Just-in-time erase up to `end`: 64 KiB blocks where possible (docs/protocol.md §10.6)."""
        flash = self.hal.flash
        limit = session["offset"] + session["size"]
        while session["next_erase"] < end:
            at = session["next_erase"]
            step = BLOCK if at % BLOCK == 0 and limit - at >= BLOCK else SECTOR
            if not self.legacy:
                flash.erase_unless_blank(at, step)      # as our C stub (docs/protocol.md §13.3)
            elif step == BLOCK:
                flash.erase_block(at)
            else:
                flash.erase_sector(at)
            session["next_erase"] += step

    def flash_end(self, op, data, check):
        session = self.write
        if session is None:
            return self.reply(op, STUB_NOT_IN_FLASH_MODE)
        if session["error"] != STUB_OK:
            error = session["error"]
        elif session["remaining"] > 0:
            error = STUB_NOT_ENOUGH_DATA
        else:
            error = STUB_OK
        self.write = None
        reboot = len(data) >= 4 and struct.unpack_from("<I", data)[0] == 0
        self.reply(op, error)
        if reboot and error == STUB_OK:
            self.running = False
            self.hal.hold(0.010)
            self.hal.reset_to_rom()

    # -- stub-only commands (docs/protocol.md §5.11) --

    def spi_flash_md5(self, op, data, check):
        if len(data) != 16:
            return self.reply(op, STUB_FAILED)
        address, size = struct.unpack_from("<II", data)
        started = time.monotonic()
        md5 = hashlib.md5()
        for offset in range(0, size, MD5_CHUNK):
            md5.update(self.hal.flash.read(address + offset, min(MD5_CHUNK, size - offset)))
        self.hal.hold(hash_time(size), since=started)
        self.reply(op, data=self.region(address, size) + md5.digest())

    def flash_written_md5(self, op, data, check):
        """The MD5 of the last session written whole, read back (docs/protocol.md §5.16). Our
        C stub reads back between blocks; this model reads when asked and charges it then."""
        if len(data) != 8:
            return self.reply(op, STUB_BAD_DATA_LEN)
        address, size = struct.unpack("<II", data)
        if self.written != (address, size) or (self.write and self.write["error"] != STUB_OK):
            return self.reply(op, STUB_FAILED)
        started = time.monotonic()
        md5 = hashlib.md5(self.hal.flash.read(address, size)).digest()
        self.hal.hold(hash_time(size), since=started)
        self.reply(op, data=self.region(address, size) + md5)

    def flash_sector_md5(self, op, data, check):
        """Each whole sector touched, then the exact range (docs/protocol.md §5.13)."""
        if len(data) != 8:
            return self.reply(op, STUB_BAD_DATA_LEN)
        address, size = struct.unpack("<II", data)
        first = address - address % SECTOR
        end = -(-(address + size) // SECTOR) * SECTOR
        limit = min(self.flash_size, self.hal.flash.size)
        if (end - first) // SECTOR > MAX_DIGEST_SECTORS or end > limit:
            return self.reply(op, STUB_FAILED)
        started = time.monotonic()
        span = self.hal.flash.read(first, end - first)
        digests = b"".join(hashlib.md5(span[i:i + SECTOR]).digest()
                           for i in range(0, len(span), SECTOR))
        whole = hashlib.md5(span[address - first:address - first + size]).digest()
        self.hal.hold(hash_time(len(span)), since=started)
        self.reply(op, data=self.region(address, size) + digests + whole)

    def erase_flash(self, op, data, check):
        self.hal.flash.unlock()
        self.hal.flash.erase_chip()
        self.reply(op)

    def erase_region(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, STUB_FAILED)
        offset, size = struct.unpack("<II", data)
        if offset % SECTOR or size % SECTOR or offset + size > self.flash_size:
            return self.reply(op, STUB_FAILED)
        self.hal.flash.unlock()
        self.hal.flash.erase_range(offset, size, unless_blank=not self.legacy)
        self.reply(op)

    def read_flash(self, op, data, check):
        if len(data) != 16:
            return self.reply(op, STUB_BAD_DATA_LEN)
        offset, length, packet_size, in_flight = struct.unpack("<IIII", data)
        self.reply(op)
        self.reading = {"offset": offset, "length": length, "packet": packet_size,
                        "window": in_flight, "sent": 0, "acked": 0, "md5": hashlib.md5()}
        self._send_read_packets()

    def _send_read_packets(self):
        r = self.reading
        # The window is counted in bytes, so upstream's 64 means one packet (docs/protocol.md §12.1).
        while r["sent"] < r["length"] and (r["sent"] == r["acked"]
                                           or r["sent"] - r["acked"] < r["window"]):
            chunk = self.hal.flash.read(r["offset"] + r["sent"],
                                        min(r["packet"], r["length"] - r["sent"]))
            r["md5"].update(chunk)
            r["sent"] += len(chunk)
            self.hal.transmit(slip_encode(chunk))

    def read_flash_ack(self, frame):
        r = self.reading
        if len(frame) < 4:
            r["acked"] = r["length"]          # a short ack ends the transfer early
        else:
            r["acked"] = struct.unpack_from("<I", frame)[0]
        if r["acked"] >= r["length"]:
            self.reading = None
            digest = self.region(r["offset"], r["length"]) + r["md5"].digest()
            if self.checked:
                digest += struct.pack("<I", zlib.crc32(digest))
            self.hal.transmit(slip_encode(digest))
        else:
            self._send_read_packets()

    def run_user_code(self, op, data, check):
        self.running = False                  # no reply: the firmware runs (docs/protocol.md §5.11)
        self.hal.run_user_code()

