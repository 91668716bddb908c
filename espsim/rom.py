"""The mask-ROM UART download loader (docs/protocol.md §4-§5, §11).

`RomLoader(device)` is the program a chip runs after a reset into download
mode: it decodes SLIP frames from the host and answers the ROM commands its
chip has (`device.chip.rom_commands`), with the ROM's status layout and
quirks. It reaches the chip through the device: flash, memory, register bus,
the wire (baud) and the reset/boot entry points.

Each ROM has its own rule for connecting the SPI flash, the chip's
`rom_attach` fact (docs/protocol.md §5.7, §5.12). ROM8266 ("flash_begin") reaches the
flash from reset and FLASH_BEGIN attaches it again; ROM32 ("spi_attach")
reaches it only after SPI_ATTACH. Until then its flash routines drive pins
that lead nowhere: erasing and programming change nothing, reads (MD5, slow
read) see zeros, and every command still reports success, as the ROM cannot
tell. A client that forgets SPI_ATTACH learns it from a wrong digest or a
chip that does not boot, as on a board.
"""
import hashlib
import struct
import time
import zlib

from espsim.flash import SECTOR_SIZE, hash_time
from espsim.protocol import (ROM_BAD_CHECKSUM, ROM_FAILED, ROM_INFLATE_FAILED, ROM_INVALID_PARAM,
                             ROM_UNSUPPORTED, SYNC_PAYLOAD, SYNC_REPLIES, SYNC_REPLY_VALUE, Op,
                             checksum)
from espsim.slip import SlipDecoder

# What a ROM whose eFuses enable Secure Download Mode still answers (docs/protocol.md §21.1):
# writing and erasing flash, the SPI set-up, the baud rate, GET_SECURITY_INFO and SYNC.
# Everything else (RAM download, register access, flash reads and MD5) gets status 0x05.
SECURE_DOWNLOAD_COMMANDS = frozenset({
    Op.SYNC, Op.FLASH_BEGIN, Op.FLASH_DATA, Op.FLASH_END, Op.FLASH_DEFL_BEGIN,
    Op.FLASH_DEFL_DATA, Op.FLASH_DEFL_END, Op.SPI_ATTACH, Op.SPI_SET_PARAMS,
    Op.CHANGE_BAUDRATE, Op.GET_SECURITY_INFO})


class RomLoader:
    """The ROM download loader of one device (see the module docstring)."""

    def __init__(self, device):
        self.device = device
        self.chip = device.chip
        self.decoder = SlipDecoder()
        self.flash_size = device.flash.size       # as configured by SPI_SET_PARAMS
        self.mem = None                           # (address, size, block size)
        self.write = None                         # current FLASH_BEGIN/DEFL session
        self.detached = DetachedFlash(device.flash.size)
        self.commands = self.chip.rom_commands
        self._check_secure_download()               # the eFuses as read at reset
        self.handlers = {
            Op.SYNC: self.sync, Op.READ_REG: self.read_reg, Op.WRITE_REG: self.write_reg,
            Op.MEM_BEGIN: self.mem_begin, Op.MEM_DATA: self.mem_data, Op.MEM_END: self.mem_end,
            Op.FLASH_BEGIN: self.flash_begin, Op.FLASH_DATA: self.flash_data,
            Op.FLASH_END: self.flash_end, Op.SPI_ATTACH: self.spi_attach,
            Op.SPI_SET_PARAMS: self.spi_set_params, Op.CHANGE_BAUDRATE: self.change_baudrate,
            Op.FLASH_DEFL_BEGIN: self.flash_defl_begin, Op.FLASH_DEFL_DATA: self.flash_defl_data,
            Op.FLASH_DEFL_END: self.flash_end, Op.SPI_FLASH_MD5: self.spi_flash_md5,
            Op.READ_FLASH_SLOW: self.read_flash_slow, Op.GET_SECURITY_INFO: self.get_security_info,
        }

    # -- framing --

    def receive(self, data):
        for frame in self.decoder.feed(data):
            if self.device.program is not self:
                return                   # an earlier frame left the loader
            self.handle(frame)

    def handle(self, frame):
        if len(frame) < 8 or frame[0] != 0x00:
            return                        # not a command: the ROM waits for the next frame
        op, size, check = struct.unpack_from("<BHI", frame, 1)
        data = frame[8:]
        if op != Op.SYNC and self.device.count_command():   # SYNCs are not counted: how
            self.device.spontaneous_reset()               # many a host sends depends on timing
            return
        if op not in self.commands:
            self.reply(op, error=ROM_UNSUPPORTED)
            return
        if size != len(data):
            self.reply(op, error=ROM_INVALID_PARAM)
            return
        self.handlers[op](op, data, check)
        self._check_secure_download()

    def _check_secure_download(self):
        # The ROM looks at the eFuses again after each command: a READ of the controller
        # bringing in ENABLE_SECURITY_DOWNLOAD takes effect at once
        # (docs/efuse-newer-sim.md §4).
        if self.device.in_secure_download_mode():
            self.commands = self.commands & SECURE_DOWNLOAD_COMMANDS

    def reply(self, op, value=0, data=b"", error=None):
        status = bytes([0, 0]) if error is None else bytes([1, error])
        status += b"\x00" * (self.chip.rom_status_len - 2)
        body = data + status
        self.device.send_frame(struct.pack("<BBHI", 1, op, len(body), value) + body)

    # -- basic commands --

    def sync(self, op, data, check):
        if data != SYNC_PAYLOAD:
            self.reply(op, error=ROM_INVALID_PARAM)
            return
        wire = self.device.wire
        if wire.device_baud is None:
            self.device.set_device_baud(wire.host_baud or 115200)
        for _ in range(SYNC_REPLIES):
            self.reply(op, value=SYNC_REPLY_VALUE)

    def read_reg(self, op, data, check):
        if len(data) != 4:
            return self.reply(op, error=ROM_INVALID_PARAM)
        self.reply(op, value=self.device.bus.read(struct.unpack("<I", data)[0]))

    def write_reg(self, op, data, check):
        # Every ROM loader takes several (address, value, mask, delay) tuples in one
        # command, the ESP32's and ESP8266's too (docs/protocol.md §5.3).
        if not data or len(data) % 16:
            return self.reply(op, error=ROM_INVALID_PARAM)
        for offset in range(0, len(data), 16):
            address, value, mask, delay_us = struct.unpack_from("<IIII", data, offset)
            self.device.bus.write(address, value, mask)
            self.device.wire.hold(delay_us / 1e6)
        self.reply(op)

    # -- RAM download --

    def mem_begin(self, op, data, check):
        if len(data) != 16:
            return self.reply(op, error=ROM_INVALID_PARAM)
        size, _blocks, block_size, address = struct.unpack("<IIII", data)
        self.mem = (address, size, block_size)
        self.reply(op)

    def mem_data(self, op, data, check):
        parsed = self._data_block(op, data, check)
        if parsed is None:
            return
        seq, payload = parsed
        if self.mem is None:
            return self.reply(op, error=ROM_FAILED)
        address, size, block_size = self.mem
        offset = seq * block_size
        if offset + len(payload) > size:
            return self.reply(op, error=ROM_INVALID_PARAM)
        self.device.memory.load(address + offset, payload)
        self.reply(op)

    def mem_end(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, error=ROM_INVALID_PARAM)
        no_exec, entry = struct.unpack("<II", data)
        self.reply(op)
        self.mem = None
        if no_exec == 0:
            self.device.start_stub(entry)

    def _data_block(self, op, data, check):
        """(seq, payload) of a MEM/FLASH data packet, or None after an error reply."""
        if len(data) < 16:
            self.reply(op, error=ROM_INVALID_PARAM)
            return None
        length, seq = struct.unpack_from("<II", data)
        payload = data[16:]
        if length != len(payload):
            self.reply(op, error=ROM_INVALID_PARAM)
            return None
        if checksum(payload) != check & 0xFF:
            self.reply(op, error=ROM_BAD_CHECKSUM)
            return None
        return seq, payload

    # -- flash --

    @property
    def flash(self):
        """The flash as the ROM's routines reach it: through the pins if attached."""
        if self.device.spi_attached:
            return self.device.flash
        self.device.trace_event("flash not attached: access goes nowhere (SPI_ATTACH first)")
        return self.detached

    def flash_begin(self, op, data, check, compressed=False):
        # The ESP-ROM chips take a fifth word, "encrypted" (docs/chips.md §2.5).
        lengths = (16, 20) if self.chip.family == "esp_rom" else (16,)
        if len(data) not in lengths:
            return self.reply(op, error=ROM_INVALID_PARAM)
        size, blocks, block_size, offset = struct.unpack_from("<IIII", data)
        if len(data) == 20 and struct.unpack_from("<I", data, 16)[0]:
            return self.reply(op, error=ROM_FAILED)      # encrypted writes: not modelled
        if self.chip.rom_attach == "flash_begin":
            self.device.spi_attached = True    # ROM8266 attaches here (docs/protocol.md §5.7)
        flash = self.flash
        flash.unlock()
        if self.chip.rom_erase_workaround:
            erase = self._esp8266_erase_length(size, offset)
        else:
            erase = size
        if offset + erase > self.flash_size:
            return self.reply(op, error=ROM_FAILED)
        if erase:
            first = offset - offset % SECTOR_SIZE
            flash.erase_range(first, offset + erase - first)
        self.write = {"offset": offset, "block_size": block_size, "blocks": blocks,
                      "size": size, "written": 0,
                      "inflate": zlib.decompressobj() if compressed else None}
        self.reply(op)

    @staticmethod
    def _esp8266_erase_length(size, offset):
        """ROM8266 erases min(H, E) + E sectors when asked for E (docs/protocol.md §11.4)."""
        sectors = (size + SECTOR_SIZE - 1) // SECTOR_SIZE
        head = 16 - (offset // SECTOR_SIZE) % 16
        return (min(head, sectors) + sectors) * SECTOR_SIZE if sectors else 0

    def flash_data(self, op, data, check):
        parsed = self._data_block(op, data, check)
        if parsed is None:
            return
        seq, payload = parsed
        if self.write is None or self.write["inflate"] is not None:
            return self.reply(op, error=ROM_FAILED)
        address = self.write["offset"] + seq * self.write["block_size"]
        if address + len(payload) > self.flash_size:
            return self.reply(op, error=ROM_FAILED)
        self.flash.program(address, payload)
        self.reply(op)

    def flash_end(self, op, data, check):
        if len(data) != 4:
            return self.reply(op, error=ROM_INVALID_PARAM)
        run_user_code = struct.unpack("<I", data)[0]
        self.write = None
        self.reply(op)
        # Either way the ROM leaves the download loader (docs/protocol.md §5.5).
        if run_user_code:
            self.device.run_firmware(print_header=False)
        else:
            self.device.software_reset()

    def flash_defl_begin(self, op, data, check):
        self.flash_begin(op, data, check, compressed=True)

    def flash_defl_data(self, op, data, check):
        parsed = self._data_block(op, data, check)
        if parsed is None:
            return
        _seq, payload = parsed
        session = self.write
        if session is None or session["inflate"] is None:
            return self.reply(op, error=ROM_FAILED)
        try:
            output = session["inflate"].decompress(payload)
        except zlib.error:
            return self.reply(op, error=ROM_INFLATE_FAILED)
        address = session["offset"] + session["written"]
        if address + len(output) > self.flash_size:
            return self.reply(op, error=ROM_FAILED)
        self.flash.program(address, output)
        session["written"] += len(output)
        self.reply(op)

    def get_security_info(self, op, data, check):
        if data:
            return self.reply(op, error=ROM_INVALID_PARAM)
        self.reply(op, data=self.device.security_info())

    def spi_attach(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, error=ROM_INVALID_PARAM)
        self.device.spi_attached = True
        self.reply(op)

    def spi_set_params(self, op, data, check):
        if len(data) != 24:
            return self.reply(op, error=ROM_INVALID_PARAM)
        self.flash_size = struct.unpack_from("<IIIIII", data)[1]
        self.reply(op)

    def change_baudrate(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, error=ROM_INVALID_PARAM)
        new_baud = struct.unpack_from("<I", data)[0]
        self.reply(op)                      # sent at the old rate
        if new_baud:
            self.device.set_device_baud(self.device.rom_baud(new_baud))

    def spi_flash_md5(self, op, data, check):
        if len(data) != 16:
            return self.reply(op, error=ROM_INVALID_PARAM)
        address, size = struct.unpack_from("<II", data)
        if address + size > self.flash_size:
            return self.reply(op, error=ROM_FAILED)
        started = time.monotonic()
        digest = hashlib.md5(self.flash.read(address, size)).hexdigest()
        self.device.wire.hold(hash_time(size), since=started)   # --realtime (espsim/flash.py)
        self.reply(op, data=digest.encode())

    def read_flash_slow(self, op, data, check):
        if len(data) != 8:
            return self.reply(op, error=ROM_INVALID_PARAM)
        address, length = struct.unpack("<II", data)
        if length > 64:
            return self.reply(op, error=ROM_INVALID_PARAM)
        block = self.flash.read(address, length).ljust(64, b"\x00")
        self.reply(op, data=block)


class DetachedFlash:
    """What ROM32's flash routines reach before SPI_ATTACH: nothing. Reads
    are zeros (as the SPI registers read, registers.py), writes vanish."""

    def __init__(self, size):
        self.size = size

    def read(self, address, length):
        return bytes(length)

    def program(self, address, data):
        pass

    def erase_range(self, address, length):
        pass

    def unlock(self):
        pass
