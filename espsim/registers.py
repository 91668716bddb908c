"""The chip's address space as READ_REG / WRITE_REG reach it.

A `Bus` routes a word address to the peripheral that owns it: the SPI flash
controller (docs/protocol.md §8), the eFuse controller or ESP8266 OTP words, the
UART clock divider, a few constant identification registers (docs/protocol.md §7), and plain
RAM for everything else (so write_mem / dump_mem / load_ram round-trip).
"""
import struct

# -- SPI flash controller (docs/protocol.md §8.1, docs/chips.md §4) --
SPI_CMD = 0x00
SPI_ADDR = 0x04


class SpiLayout:
    """Where one controller flavour keeps its user-command registers."""

    def __init__(self, usr, usr1, usr2, mosi_dlen, miso_dlen, w0, addr_left_aligned,
                 dummy_mask=0xFF):
        self.usr, self.usr1, self.usr2 = usr, usr1, usr2
        self.dummy_mask = dummy_mask     # USR1's dummy cycle length field, bits 0-7 (0-5)
        self.mosi_dlen, self.miso_dlen = mosi_dlen, miso_dlen    # None: lengths in USR1
        self.w0 = w0
        self.addr_left_aligned = addr_left_aligned


SPI_LAYOUTS = {
    "esp8266": SpiLayout(0x1C, 0x20, 0x24, None, None, 0x40, True),      # SPI0
    "esp32": SpiLayout(0x1C, 0x20, 0x24, 0x28, 0x2C, 0x80, True),        # SPI1
    "spi_mem": SpiLayout(0x18, 0x1C, 0x20, 0x24, 0x28, 0x58, False, 0x3F),   # C3/S3 SPI_MEM
}

SPI_CMD_USR = 1 << 18
SPI_USR_COMMAND = 1 << 31
SPI_USR_ADDR = 1 << 30
SPI_USR_DUMMY = 1 << 29
SPI_USR_MISO = 1 << 28
SPI_USR_MOSI = 1 << 27
SPI_USR_ADDR_LEN_SHIFT = 26
SPI_W_COUNT = 16


class SpiController:
    """SPI0 (ESP8266) / SPI1 (ESP32) / SPI_MEM (ESP32-C3, -S3) user-command
    registers driving a NorFlash.

    `layout` (SPI_LAYOUTS) is the register flavour: the ESP32 has separate
    MOSI/MISO_DLEN registers, W0 at +0x80 and a left-aligned address; the
    ESP8266 keeps the lengths in USR1, W0 at +0x40 and its address left-aligned
    too (docs/protocol.md §8.2); SPI_MEM moves every
    register 4 bytes down (no USR at 0x1C), W0 to +0x58 and takes the address
    in its low bits. `attached()` says whether the flash pins are connected
    (ROM32 needs SPI_ATTACH first, docs/protocol.md §5.7); an unattached bus reads zeros.
    """

    def __init__(self, bases, flash, layout, attached):
        self.bases = bases
        self.flash = flash
        self.layout = SPI_LAYOUTS[layout] if isinstance(layout, str) else layout
        self.attached = attached
        self.w_offset = self.layout.w0
        self.regs = {}

    def owns(self, address):
        return any(base <= address < base + 0x100 for base in self.bases)

    def _offset(self, address):
        for base in self.bases:
            if base <= address < base + 0x100:
                return address - base
        raise KeyError(address)

    def read(self, address):
        return self.regs.get(self._offset(address), 0)

    def write(self, address, value):
        offset = self._offset(address)
        self.regs[offset] = value
        if offset == SPI_CMD and value & SPI_CMD_USR:
            self._run_user_command()
            self.regs[SPI_CMD] = value & ~SPI_CMD_USR   # the hardware clears USR when done

    def _lengths(self):
        """(mosi_bits, miso_bits, addr_bits) of the command being started."""
        layout = self.layout
        usr1 = self.regs.get(layout.usr1, 0)
        addr_bits = ((usr1 >> SPI_USR_ADDR_LEN_SHIFT) & 0x3F) + 1
        if layout.mosi_dlen is not None:
            mosi = (self.regs.get(layout.mosi_dlen, 0) & 0xFFFFFF) + 1
            miso = (self.regs.get(layout.miso_dlen, 0) & 0xFFFFFF) + 1
        else:
            mosi = ((usr1 >> 17) & 0x1FF) + 1
            miso = ((usr1 >> 8) & 0x1FF) + 1
        return mosi, miso, addr_bits

    def _run_user_command(self):
        usr = self.regs.get(self.layout.usr, 0)
        opcode = self.regs.get(self.layout.usr2, 0) & 0xFF
        mosi_bits, miso_bits, addr_bits = self._lengths()
        address = None
        if usr & SPI_USR_ADDR:
            address = self.regs.get(SPI_ADDR, 0)
            if self.layout.addr_left_aligned:
                address >>= 32 - addr_bits   # ESP32 keeps the address left-aligned
            address &= (1 << addr_bits) - 1
        buffer = self._buffer()
        mosi = buffer[:(mosi_bits + 7) // 8] if usr & SPI_USR_MOSI else b""
        miso_len = (miso_bits + 7) // 8 if usr & SPI_USR_MISO else 0
        dummy = ((self.regs.get(self.layout.usr1, 0) & self.layout.dummy_mask) + 1
                 if usr & SPI_USR_DUMMY else 0)
        if not self.attached():
            result = b"\x00" * miso_len
        else:
            result = self.flash.transaction(opcode, address, mosi, miso_len, dummy_cycles=dummy)
        if miso_len:
            self._store_buffer(result)

    def _buffer(self):
        return b"".join(struct.pack("<I", self.regs.get(self.w_offset + 4 * i, 0))
                        for i in range(SPI_W_COUNT))

    def _store_buffer(self, data):
        data = data + b"\x00" * (-len(data) % 4)
        for i in range(len(data) // 4):
            self.regs[self.w_offset + 4 * i] = struct.unpack_from("<I", data, 4 * i)[0]


class Memory:
    """Sparse word-addressed RAM (anything no peripheral claims)."""

    def __init__(self):
        self.words = {}

    def read(self, address):
        return self.words.get(address & ~3, 0)

    def write(self, address, value):
        self.words[address & ~3] = value & 0xFFFFFFFF

    def load(self, address, data):
        """Bytes into RAM (MEM_DATA); partial words merge with what is there."""
        for i, byte in enumerate(data):
            at = address + i
            word = self.read(at)
            shift = 8 * (at & 3)
            self.write(at, (word & ~(0xFF << shift)) | (byte << shift))


class Bus:
    """Word reads/writes dispatched to peripherals, constants, then RAM."""

    def __init__(self, constants, peripherals, memory):
        self.constants = constants          # address -> value (read only)
        self.peripherals = peripherals      # objects with owns/read/write
        self.memory = memory

    def _owner(self, address):
        for peripheral in self.peripherals:
            if peripheral.owns(address):
                return peripheral
        return None

    def read(self, address):
        address &= 0xFFFFFFFF
        if address in self.constants:
            return self.constants[address]()
        owner = self._owner(address)
        return owner.read(address) if owner else self.memory.read(address)

    def write(self, address, value, mask=0xFFFFFFFF):
        if mask != 0xFFFFFFFF:
            value = (self.read(address) & ~mask) | (value & mask)
        value &= 0xFFFFFFFF
        owner = self._owner(address)
        if owner:
            owner.write(address, value)
        elif address not in self.constants:
            self.memory.write(address, value)


class UartDivider:
    """UART_CLKDIV (UART0 base + 0x14, docs/protocol.md §7.4) at each of the chip's UART0
    addresses. A read gives the divider in use; a write hands the new value to
    `set_divider`, which retimes the chip's UART (docs/protocol.md §14.1)."""

    OFFSET = 0x14

    def __init__(self, bases, get_divider, set_divider):
        self.addresses = {base + self.OFFSET for base in bases}
        self.get_divider = get_divider
        self.set_divider = set_divider

    def owns(self, address):
        return address in self.addresses

    def read(self, address):
        return self.get_divider()

    def write(self, address, value):
        self.set_divider(value)


class Otp8266:
    """ESP8266 OTP MAC words at 0x3FF00050..0x3FF0005C (docs/protocol.md §7.2)."""

    BASE = 0x3FF00050

    def __init__(self, mac):
        mac0 = mac[5] << 24
        mac1 = (mac[3] << 8) | mac[4]
        if bytes(mac[:3]) == b"\x18\xfe\x34":
            mac3 = 0                          # the OUI the ROM implies when MAC3 is 0
        else:
            mac3 = (mac[0] << 16) | (mac[1] << 8) | mac[2]
        self.words = [mac0, mac1, 0, mac3]

    def owns(self, address):
        return self.BASE <= address < self.BASE + 16

    def read(self, address):
        return self.words[(address - self.BASE) // 4]

    def write(self, address, value):
        pass                                  # one-time programmable: not from the loader


class EfuseWords:
    """The ESP32-C3/-S3 eFuse read registers esptool reads (docs/chips.md §3),
    as a chip leaves the factory: MAC and revision in BLOCK1, nothing secured.
    Read-only: programming eFuses on these chips is not modelled (espefuse
    supports the ESP32 only)."""

    RD_MAC0 = 0x44                 # BLOCK1 word 0: MAC bytes 2-5
    SIZE = 0x200

    def __init__(self, base, words):
        self.base = base
        self.words = dict(words)   # offset -> value

    @classmethod
    def factory(cls, base, mac, revision, s3_block_version=False, layout=None):
        """`revision` is major * 100 + minor (v0.4 is 4). `layout`: None as the C3/S3;
        "word3", all of it in BLOCK1 word 3 (the ESP32-C6, docs/chips.md §13.2);
        "esp32s2", the S2's words (docs/chips.md §14.2)."""
        major, minor = divmod(revision, 100)
        if layout == "esp32s2":        # docs/chips.md §3: major and minor's top bit in
            return cls(base, {         # word 3, minor's low bits in word 4
                cls.RD_MAC0: mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5],
                cls.RD_MAC0 + 4: mac[0] << 8 | mac[1],
                cls.RD_MAC0 + 12: (major & 3) << 18 | ((minor >> 3) & 1) << 20,
                cls.RD_MAC0 + 16: (minor & 7) << 4})
        word3 = (minor & 7) << 18
        word5 = ((minor >> 3) & 1) << 23 | (major & 3) << 24
        words = {
            cls.RD_MAC0: mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5],
            cls.RD_MAC0 + 4: mac[0] << 8 | mac[1],
        }
        if layout == "word3":
            word3, word5 = (minor & 0xF) << 18 | (major & 3) << 22, 0
            words[cls.RD_MAC0 + 4] |= 0xFFFE << 16     # MAC_EXT ff:fe, the EUI-64's middle
        if layout == "h2word3":        # ESP32-H2: minor 3 bits, major at 21 (docs/chips.md §16.2)
            word3, word5 = (minor & 7) << 18 | (major & 3) << 21, 0
            words[cls.RD_MAC0 + 4] |= 0xFFFE << 16
        if layout in ("word2", "p4word2"):     # P4, C5, C61: BLOCK1 word 2 (docs/chips.md §18.2, §19.2)
            words[cls.RD_MAC0 + 8] = (minor & 0xF) | (major & 3) << 4
            if layout == "p4word2":            # the P4's third major bit
                words[cls.RD_MAC0 + 8] |= ((major >> 2) & 1) << 23
            else:
                words[cls.RD_MAC0 + 4] |= 0xFFFE << 16
            return cls(base, words)
        if layout == "c2":     # ESP32-C2: MAC, revision from base + 0x40 (docs/chips.md §15.2)
            return cls(base, {0x40: words[cls.RD_MAC0],
                              0x44: words[cls.RD_MAC0 + 4] | (minor & 0xF) << 16
                              | (major & 3) << 20})
        if s3_block_version:           # BLK_VERSION 1.1, as on shipping ESP32-S3s
            word3 |= 1 << 24
            words[0x6C] = 1
        words[cls.RD_MAC0 + 12] = word3
        words[cls.RD_MAC0 + 20] = word5
        return cls(base, words)

    def owns(self, address):
        return self.base <= address < self.base + self.SIZE

    def read(self, address):
        return self.words.get(address - self.base, 0)

    def write(self, address, value):
        pass                           # writes go to the programming registers: not modelled

    def refresh(self):
        pass

    def save(self):
        pass
