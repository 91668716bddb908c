"""The ESP32 eFuse controller as software sees it (docs/efuse-esp32.md §1-§6).

The fuses themselves (`fuses`: 4 blocks of 7/8/8/8 words) can only go from
0 to 1. Software sees them through read registers that are refreshed at reset
and by a READ command, hides read-protected blocks and fields, and programs
them by staging bits in write registers and issuing a PROGRAM command, which
honours the write-protect bits. The fuse state is backed by a file (JSON,
written whole, locked while in use: files.py).
"""
import json

from espsim.files import StateFile

EFUSE_BASE = 0x3FF5A000
EFUSE_BASE_AHB = 0x6001A000       # alias read by esptool v2.3.1 (docs/efuse-esp32.md §1)
EFUSE_REGISTERS_SIZE = 0x120

BLOCK_WORDS = (7, 8, 8, 8)
# Offsets of each block's read and write registers (docs/efuse-esp32.md §1)
READ_OFFSETS = (0x000, 0x038, 0x058, 0x078)
WRITE_OFFSETS = (0x01C, 0x098, 0x0B8, 0x0D8)
EFUSE_CLK = 0x0F8
EFUSE_CONF = 0x0FC
EFUSE_CMD = 0x104
EFUSE_DAC_CONF = 0x118
EFUSE_DEC_STATUS = 0x11C

CONF_PROGRAM = 0x5A5A
CONF_READ = 0x5AA5
CMD_READ = 0x1
CMD_PROGRAM = 0x2

# Write-disable bit -> (word, mask) of BLK0 it protects (docs/efuse-esp32.md §3.1); BLK1..3 whole.
BLK0_WRITE_PROTECT = {
    0: [(0, 0x000F0000)],
    1: [(0, 0x0000FFFF)],
    2: [(0, 0x0FF00000)],
    3: [(1, 0xFFFFFFFF), (2, 0xFFFFFFFF), (3, 0x1F << 4)],
    4: [(4, 0x000000FF)],
    5: [(4, 0x7 << 14 | 1 << 16)],
    6: [(5, 0x000FFFFF)],
    10: [(5, 0xF << 28), (6, 0x3 | 1 << 10)],
    12: [(6, 1 << 4)],
    13: [(6, 1 << 5)],
    14: [(6, 1 << 6)],
    15: [(6, 1 << 2 | 1 << 7 | 1 << 8 | 1 << 9)],
}
BLOCK_WRITE_PROTECT_BIT = {1: 7, 2: 8, 3: 9}
BLOCK_READ_PROTECT_BIT = {1: 0, 2: 1, 3: 2}
# RD_DIS bit 3 hides these BLK0 fields (docs/efuse-esp32.md §3.2)
BLK0_READ_PROTECT_3 = [(5, 0xF << 28), (6, 0x3 | 1 << 10)]

CODING_NONE, CODING_34 = 0, 1


def mac_crc8(mac):
    """CRC-8 over the 6 MAC bytes: reflected poly 0x8C, init 0 (docs/efuse-esp32.md §7.1)."""
    crc = 0
    for byte in mac:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8C if crc & 1 else crc >> 1
    return crc


def factory_blk0(mac, chip_revision=1, ck8m=100):
    """BLK0 words of a fresh chip: MAC + CRC, revision bit, CLK8M calibration."""
    w1 = int.from_bytes(bytes(mac[2:6]), "big")
    w2 = (mac_crc8(mac) << 16) | (mac[0] << 8) | mac[1]
    w3 = (1 << 15) if chip_revision >= 1 else 0
    w4 = ck8m & 0xFF
    w5 = (1 << 20) if chip_revision >= 2 else 0
    return [0, w1, w2, w3, w4, w5, 0]


def decode_34(words):
    """Read side of 3/4 coding: 24 data bytes -> 6 words, plus error flags."""
    raw = b"".join(w.to_bytes(4, "little") for w in words)
    data, errors = bytearray(), 0
    for group in range(4):
        chunk = raw[8 * group:8 * group + 8]
        payload, check = chunk[:6], chunk[6:]
        xor = 0
        weighted = 0
        for i, byte in enumerate(payload):
            xor ^= byte
            weighted += (i + 1) * bin(byte).count("1")
        if chunk != bytes(8) and (xor != check[0] or weighted & 0xFF != check[1]):
            errors |= 0x7 << (3 * group)
        data += payload
    out = [int.from_bytes(data[4 * i:4 * i + 4], "little") for i in range(6)]
    return out + [0, 0], errors


class SavedFuses:
    """A controller whose fuses live in a file (`self.file`, a StateFile or None): saved
    whole by `_encoded()` after each program cycle, locked until close(); its command
    register (`cmd`) reads busy for `_busy_left` polls after a command."""

    def save(self):
        if self.file:
            self.file.save(self._encoded())

    def close(self):
        """Save, and let another program open the backing file."""
        if self.file and not self.file.closed:
            self.save()
            self.file.close()

    def _read_cmd(self):
        # The command bits stay set for a few polls (busy_reads), then the hardware
        # clears them; both controllers poll the same way.
        if self.cmd and self._busy_left > 0:
            self._busy_left -= 1
            return self.cmd
        self.cmd = 0
        return 0


class EfuseController(SavedFuses):
    """Registers at EFUSE_BASE (and its AHB alias) over a fuse array."""

    def __init__(self, blk0, path=None, busy_reads=0):
        self.path = path
        self.fuses = [list(blk0)] + [[0] * 8 for _ in range(3)]
        self.file = StateFile(path, "eFuse file") if path else None
        if self.file:
            content = self.file.open(self._encoded)          # locked until close()
            if content is not None:
                self._load(content)
        self.write_regs = [[0] * n for n in BLOCK_WORDS]
        self.clk = 0
        self.conf = 0
        self.dac_conf = 0
        self.cmd = 0
        self.busy_reads = busy_reads   # CMD reads before the command completes
        self._busy_left = 0
        self.refresh()

    # -- persistence --

    def _load(self, content):
        try:
            blocks = [[int(w, 16) & 0xFFFFFFFF for w in block]
                      for block in json.loads(content)["blocks"]]
            if [len(block) for block in blocks] != list(BLOCK_WORDS):
                raise ValueError("not 7, 8, 8, 8 words")
        except (ValueError, KeyError, TypeError, AttributeError):
            self.file.close()
            raise ValueError("%s is not an ESP32 eFuse file (expected JSON with 4 'blocks' "
                             "of 7, 8, 8, 8 hex words)" % self.path)
        self.fuses = blocks

    def _encoded(self):
        content = {"chip": "ESP32",
                   "blocks": [["%08x" % w for w in block] for block in self.fuses]}
        return (json.dumps(content, indent=1) + "\n").encode()


    # -- what software sees --

    @property
    def wr_dis(self):
        return self.fuses[0][0] & 0xFFFF

    @property
    def rd_dis(self):
        return (self.fuses[0][0] >> 16) & 0xF

    @property
    def coding_scheme(self):
        return self.fuses[0][6] & 0x3

    def refresh(self):
        """READ command / reset: recompute read registers from the fuses."""
        self.read_regs = [list(block) for block in self.fuses]
        self.dec_status = 0
        for block in (1, 2, 3):
            if self.coding_scheme == CODING_34:
                self.read_regs[block], errors = decode_34(self.fuses[block])
                self.dec_status |= errors
            if self.rd_dis & (1 << BLOCK_READ_PROTECT_BIT[block]):
                self.read_regs[block] = [0] * 8
        if self.rd_dis & (1 << 3):
            for word, mask in BLK0_READ_PROTECT_3:
                self.read_regs[0][word] &= ~mask

    def program(self):
        """PROGRAM command: OR staged bits into every block not write-protected."""
        wr_dis = self.wr_dis
        staged = [list(block) for block in self.write_regs]
        for bit, fields in BLK0_WRITE_PROTECT.items():
            if wr_dis & (1 << bit):
                for word, mask in fields:
                    staged[0][word] &= ~mask
        for block in (1, 2, 3):
            if wr_dis & (1 << BLOCK_WRITE_PROTECT_BIT[block]):
                staged[block] = [0] * 8
        for block, words in enumerate(staged):
            for i, value in enumerate(words):
                self.fuses[block][i] |= value
        self.save()

    # -- register interface --

    def owns(self, address):
        return (EFUSE_BASE <= address < EFUSE_BASE + EFUSE_REGISTERS_SIZE
                or EFUSE_BASE_AHB <= address < EFUSE_BASE_AHB + EFUSE_REGISTERS_SIZE)

    @staticmethod
    def _offset(address):
        if EFUSE_BASE_AHB <= address:
            return address - EFUSE_BASE_AHB
        return address - EFUSE_BASE

    def _locate(self, offset, offsets):
        for block, start in enumerate(offsets):
            if start <= offset < start + 4 * BLOCK_WORDS[block]:
                return block, (offset - start) // 4
        return None

    def read(self, address):
        offset = self._offset(address)
        where = self._locate(offset, READ_OFFSETS)
        if where:
            return self.read_regs[where[0]][where[1]]
        where = self._locate(offset, WRITE_OFFSETS)
        if where:
            return self.write_regs[where[0]][where[1]]
        if offset == EFUSE_CMD:
            return self._read_cmd()
        return {EFUSE_CLK: self.clk, EFUSE_CONF: self.conf, EFUSE_DAC_CONF: self.dac_conf,
                EFUSE_DEC_STATUS: self.dec_status}.get(offset, 0)

    def write(self, address, value):
        offset = self._offset(address)
        where = self._locate(offset, WRITE_OFFSETS)
        if where:
            self.write_regs[where[0]][where[1]] = value
        elif offset == EFUSE_CLK:
            self.clk = value
        elif offset == EFUSE_CONF:
            self.conf = value & 0xFFFF
        elif offset == EFUSE_DAC_CONF:
            self.dac_conf = value
        elif offset == EFUSE_CMD:
            self._command(value & 0x3)

    def _command(self, cmd):
        if cmd == CMD_PROGRAM and self.conf == CONF_PROGRAM:
            self.program()
        elif cmd == CMD_READ and self.conf == CONF_READ:
            self.refresh()
        else:
            return
        self.cmd = cmd
        self._busy_left = self.busy_reads


def corrupt_next_write(controller, block, word, flip):
    """Fault injection (issue 25): the next write to `block`'s write register `word` is
    stored with the bits of `flip` inverted, as when a noisy line changes a bit of a
    WRITE_REG's value (the ROM protocol does not checksum it). Once only."""
    offset = WRITE_OFFSETS[block] + 4 * word
    write = controller.write

    def corrupted(address, value):
        if controller._offset(address) == offset:
            controller.write = write            # once only
            value ^= flip
        write(address, value)
    controller.write = corrupted
