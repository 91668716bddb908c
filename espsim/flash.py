"""A NOR SPI flash chip: what the SPI lines of an ESP8266/ESP32 talk to.

Semantics of real NOR flash (Winbond W25Q-style parts are the model):
programming can only clear bits (new = old AND data), erasing sets whole
4 KiB sectors, 64 KiB blocks or the whole chip to 0xFF, addresses wrap at the
chip size (the part ignores address bits above its capacity), program and
erase need WREN first and are refused inside the block-protected area.
The content is backed by a file so it survives restarts and can be inspected;
the file is always written whole and locked while in use (files.py).

Only the commands a host reaches through the SPI controller registers are
modelled (docs/protocol.md §8): RDID, RDSR/RDSR2/RDSR3, WRSR/WRSR2/WRSR3, WREN,
WRDI, volatile-SR write enable, READ/FAST_READ, PP, SE, BE, CE, and Read SFDP
(espsim/sfdp.py).

A 32 MiB part (W25Q256JV-style, docs/protocol.md §20) has more address than
three bytes carry: it starts in 3-byte address mode, where READ/PP/SE/BE reach
the first 16 MiB only, and takes the 4-byte-address opcodes (READ4, FAST_READ4,
PP4, SE4, BE4) anywhere; EN4B/EX4B switch the mode the 3-byte opcodes use.
"""
from espsim.files import StateFile

from espsim import sfdp

SECTOR_SIZE = 0x1000
BLOCK_SIZE = 0x10000
PAGE_SIZE = 0x100
BLANK_SECTOR = b"\xff" * SECTOR_SIZE
SECTOR_ERASES_PER_BLOCK_ERASE = 3   # more to erase in a block: one block erase is quicker

# Flash opcodes (JEDEC / Winbond datasheet names)
WRSR = 0x01
PP = 0x02
READ = 0x03
WRDI = 0x04
RDSR = 0x05
WREN = 0x06
FAST_READ = 0x0B
WRSR3 = 0x11
RDSR3 = 0x15
SE = 0x20
WRSR2 = 0x31
RDSR2 = 0x35
VOLATILE_SR_WREN = 0x50
CE = 0xC7
CE_ALT = 0x60
BE = 0xD8
RDID = 0x9F
# 4-byte-address opcodes and the address mode switch (W25Q256JV, docs/protocol.md §20.1)
FAST_READ4 = 0x0C
PP4 = 0x12
READ4 = 0x13
SE4 = 0x21
EN4B = 0xB7
BE4 = 0xDC
EX4B = 0xE9
THREE_BYTE_OPCODES = {READ: READ4, FAST_READ: FAST_READ4, PP: PP4, SE: SE4, BE: BE4}
FOUR_BYTE_OPCODES = {four: three for three, four in THREE_BYTE_OPCODES.items()}

# Status register bits (SR1 bits 0-7, SR2 bits 8-15)
SR_WIP = 1 << 0
SR_WEL = 1 << 1
SR_BP_SHIFT = 2          # BP0..BP2
SR_TB = 1 << 5
SR_SEC = 1 << 6
SR_QE = 1 << 9
SR_CMP = 1 << 14

# --realtime: the typical times of the AC characteristics of the Winbond W25Q32JV
# datasheet (revision F, 2017-05-11; the 4 MB part on many ESP32 modules):
# tSE 45 ms (4 KiB sector erase), tBE2 150 ms (64 KiB block erase), tCE 10 s
# (whole chip, 4 MiB), tPP 0.4 ms (page program, per 256-byte page touched).
# Typical, not worst case (the maxima are 400 ms, 2 s, 50 s and 3 ms); no part
# was measured here (docs/protocol.md §13.2).
SECTOR_ERASE_S = 0.045
BLOCK_ERASE_S = 0.150
CHIP_ERASE_S_PER_MIB = 10.0 / 4
PAGE_PROGRAM_S = 0.0004
# Reading flash, as a loader does to check that a sector is blank: one data line
# at 40 MHz, 5 MB/s (the read half of HASH_SECONDS_PER_BYTE below).
READ_SECONDS_PER_BYTE = 8 / 40e6

# --realtime: what reading flash and hashing it costs the chip, charged by every
# command that hashes flash (SPI_FLASH_MD5, FLASH_SECTOR_MD5) in the ROM and both
# stubs, so it lives here, below all of them. An estimate, not a measurement on
# silicon: the loaders read flash over one data line at 40 MHz (40 Mbit/s, 5 MB/s),
# and a software MD5 on an 80-160 MHz core costs about as long again: ~2.5 MB/s,
# 0.4 s per MiB. No published figure backs it; the nearest one (ESP-IDF's floor for
# 2 KB reads through SPI1) suggests silicon is slower (docs/protocol.md §13.2).
HASH_SECONDS_PER_BYTE = 0.4 / (1 << 20)


def hash_time(nbytes):
    """Seconds a chip is busy reading and hashing `nbytes` of flash (--realtime)."""
    return nbytes * HASH_SECONDS_PER_BYTE


def read_time(nbytes):
    """Seconds a chip is busy reading `nbytes` of flash into RAM (--realtime)."""
    return nbytes * READ_SECONDS_PER_BYTE


def pages_touched(address, length):
    """256-byte pages [address, address+length) reaches into: each is one page program."""
    if length <= 0:
        return 0
    return (address + length - 1) // PAGE_SIZE - address // PAGE_SIZE + 1


WINBOND = 0xEF
MEMORY_TYPE = 0x40
# RDID capacity byte for each size (docs/protocol.md §8.3)
CAPACITY_CODES = {
    256 * 1024: 0x12, 512 * 1024: 0x13, 1 << 20: 0x14, 2 << 20: 0x15,
    4 << 20: 0x16, 8 << 20: 0x17, 16 << 20: 0x18, 32 << 20: 0x19,
}


def parse_size(text):
    """'4MB' / '512KB' / 4194304 -> bytes."""
    if isinstance(text, int):
        return text
    value = text.strip().upper()
    for suffix, factor in (("MB", 1 << 20), ("KB", 1 << 10), ("M", 1 << 20), ("K", 1 << 10)):
        if value.endswith(suffix):
            return int(value[:-len(suffix)]) * factor
    return int(value, 0)


def jedec_id_for(size):
    """Manufacturer, memory type, capacity, as RDID returns them (LSB first)."""
    capacity = CAPACITY_CODES.get(size, 0x16)
    return WINBOND | (MEMORY_TYPE << 8) | (capacity << 16)


class NorFlash:
    """Flash content plus status register, optionally backed by a file.

    `clock` is called with a number of seconds each time the chip would be
    busy (erase/program); the device passes a sleeper in --realtime mode.
    `stuck_bits` (fault injection) is a byte mask of bits that never clear.
    """

    def __init__(self, size=4 << 20, path=None, jedec_id=None, clock=None):
        self.size = size
        self.path = path
        self.jedec_id = jedec_id if jedec_id is not None else jedec_id_for(size)
        self.clock = clock or (lambda seconds: None)
        self.status = 0
        self.write_enabled = False
        self.four_byte_mode = False       # power-up: 3-byte addresses (docs/protocol.md §20.1)
        self.stuck_bits = 0
        self.data = bytearray(b"\xff" * size)
        self.dirty = False
        self.file = StateFile(path, "flash file") if path else None
        if self.file:
            content = self.file.open(lambda: bytes(self.data))   # locked until close()
            if content is not None:
                self.data[:len(content[:size])] = content[:size]

    def save(self):
        """Write the whole content to the backing file (if any)."""
        if self.file:
            self.file.save(bytes(self.data))
            self.dirty = False

    def close(self):
        """Save, and let another program open the backing file."""
        if self.file and not self.file.closed:
            self.save()
            self.file.close()

    # -- plain access (no protection; what the loaders use after unlocking) --

    def read(self, address, length):
        address %= self.size
        end = address + length
        if end <= self.size:
            return bytes(self.data[address:end])
        head = bytes(self.data[address:])
        return head + self.read(0, end - self.size)

    def program(self, address, data):
        """Clear bits: new = old AND data (a NOR cell cannot be set by programming)."""
        address %= self.size
        if address + len(data) > self.size:          # the address counter wraps
            split = self.size - address
            self.program(address, data[:split])
            self.program(0, data[split:])
            return
        data = bytes(data)
        if self.stuck_bits:
            data = bytes(byte | self.stuck_bits for byte in data)
        old = int.from_bytes(self.data[address:address + len(data)], "little")
        new = old & int.from_bytes(data, "little")
        self.data[address:address + len(data)] = new.to_bytes(len(data), "little")
        self.dirty = True
        self.clock(pages_touched(address, len(data)) * PAGE_PROGRAM_S)

    def erase_sector(self, address):
        self._erase(address - address % SECTOR_SIZE, SECTOR_SIZE)
        self.clock(SECTOR_ERASE_S)

    def erase_block(self, address):
        self._erase(address - address % BLOCK_SIZE, BLOCK_SIZE)
        self.clock(BLOCK_ERASE_S)

    def erase_chip(self):
        self._erase(0, self.size)
        self.clock(CHIP_ERASE_S_PER_MIB * self.size / (1 << 20))

    def _erase(self, start, length):
        start %= self.size
        self.data[start:start + length] = b"\xff" * length
        self.dirty = True

    def erase_range(self, start, length, unless_blank=False):
        """Erase whole sectors covering [start, start+length), 64 KiB blocks where
        aligned and more than a block remains (as both loaders do, docs/protocol.md §13).
        `unless_blank`: as our stub does, skip what is blank (erase_unless_blank)."""
        address = start - start % SECTOR_SIZE
        end = start + length
        while address < end:
            step = BLOCK_SIZE if address % BLOCK_SIZE == 0 and end - address > BLOCK_SIZE \
                else SECTOR_SIZE
            if unless_blank:
                self.erase_unless_blank(address, step)
            elif step == BLOCK_SIZE:
                self.erase_block(address)
            else:
                self.erase_sector(address)
            address += step

    def erase_unless_blank(self, address, length):
        """What our stub does before writing a sector or a 64 KiB block
        (docs/protocol.md §13.3): read each sector (charged as a read), erase none that is blank, the
        others one by one if few, else the whole block. Returns the sectors erased."""
        self.clock(read_time(length))
        dirty = [at for at in range(address, address + length, SECTOR_SIZE)
                 if self.read(at, SECTOR_SIZE) != BLANK_SECTOR]
        if len(dirty) > SECTOR_ERASES_PER_BLOCK_ERASE and length == BLOCK_SIZE:
            self.erase_block(address)
        else:
            for at in dirty:
                self.erase_sector(at)
        return len(dirty)

    # -- block protection (status register BP/TB/SEC/CMP, W25Q table) --

    def protected_range(self):
        """(start, end) of the area the BP bits protect, end == start if none."""
        bp = (self.status >> SR_BP_SHIFT) & 0x7
        if bp == 0:
            start, end = 0, 0
        elif bp == 7:
            start, end = 0, self.size
        else:
            length = min(self.size, (self.size // 64) << (bp - 1))
            start, end = (0, length) if self.status & SR_TB else (self.size - length, self.size)
        if self.status & SR_CMP:
            # CMP complements the protected area (only the part outside stays writable).
            return (end, self.size) if start == 0 else (0, start)
        return start, end

    def is_protected(self, address, length=1):
        start, end = self.protected_range()
        address %= self.size
        return address < end and address + length > start

    def unlock(self, keep_qe=True):
        """What the loaders' unlock routine leaves: no protection bits."""
        self.status &= SR_QE if keep_qe else 0

    # -- one SPI transaction, as driven through the controller registers --

    def transaction(self, opcode, address=None, mosi=b"", miso_bytes=0, dummy_cycles=0):
        """Run one command; return the bytes the chip drives on MISO."""
        if opcode == sfdp.RDSFDP:
            return sfdp.read_sfdp(self.size, address or 0, miso_bytes, dummy_cycles)
        handler = {
            RDID: lambda: self.jedec_id.to_bytes(3, "little"),
            RDSR: lambda: bytes([self.status & 0xFF | (SR_WEL if self.write_enabled else 0)]),
            RDSR2: lambda: bytes([(self.status >> 8) & 0xFF]),
            RDSR3: lambda: bytes([(self.status >> 16) & 0xFF]),
        }.get(opcode)
        if handler is not None:
            return self._repeat(handler(), miso_bytes)
        if opcode in (EN4B, EX4B):
            self.four_byte_mode = opcode == EN4B
            return b"\x00" * miso_bytes
        opcode, address = self._full_address(opcode, address)
        if opcode in (READ, FAST_READ):
            return self.read(address or 0, miso_bytes)
        self._execute(opcode, address or 0, mosi)
        return b"\x00" * miso_bytes

    def _full_address(self, opcode, address):
        """(the 3-byte opcode of the same work, the byte address it reaches): a 4-byte
        opcode takes its address whole; a 3-byte one in 3-byte mode only its low 24 bits,
        the upper byte being the extended address register's, 0 (never written here)."""
        if opcode in FOUR_BYTE_OPCODES:
            return FOUR_BYTE_OPCODES[opcode], address or 0
        if opcode in THREE_BYTE_OPCODES and not self.four_byte_mode:
            return opcode, (address or 0) & 0xFFFFFF
        return opcode, address

    @staticmethod
    def _repeat(value, count):
        # A status or ID read keeps clocking the same register out.
        return (value * (count // len(value) + 1))[:count]

    def _execute(self, opcode, address, mosi):
        if opcode in (WREN, VOLATILE_SR_WREN):
            self.write_enabled = True
            return
        if opcode == WRDI:
            self.write_enabled = False
            return
        if not self.write_enabled:
            return                     # the part ignores writes without WEL
        if opcode == WRSR:
            self._write_status_bytes(0, mosi[:2])
        elif opcode == WRSR2:
            self._write_status_bytes(1, mosi[:1])
        elif opcode == WRSR3:
            self._write_status_bytes(2, mosi[:1])
        elif opcode == PP and not self.is_protected(address, len(mosi)):
            self.program(address, mosi)
        elif opcode == SE and not self.is_protected(address, SECTOR_SIZE):
            self.erase_sector(address)
        elif opcode == BE and not self.is_protected(address, BLOCK_SIZE):
            self.erase_block(address)
        elif opcode in (CE, CE_ALT) and self.protected_range()[0] == self.protected_range()[1]:
            self.erase_chip()
        self.write_enabled = False

    def _write_status_bytes(self, first, values):
        for i, value in enumerate(values):
            shift = 8 * (first + i)
            self.status = (self.status & ~(0xFF << shift)) | (value << shift)
        self.status &= ~(SR_WIP | SR_WEL)
