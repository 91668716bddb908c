"""The eFuse controller of the chips since the ESP32-S2 (S2, C3, S3, C2, C6, H2, P4, C5,
C61) as software sees it (docs/efuse-newer-sim.md §1-§5).

The fuses (`fuses`: BLOCK0..BLOCK10, or BLOCK0..BLOCK3 on the ESP32-C2) only go
from 0 to 1; each block from BLOCK1 on carries 12 Reed-Solomon check bytes
(`checks`, efuse_rs.py). Software sees the fuses through read registers that
are refreshed at reset and by a READ command (CONF = 0x5AA5, CMD = READ), with
read-protected blocks reading zero and RS mismatches counted in the RS error
registers. It programs one block at a time: data in PGM_DATA0..7, check bytes
in PGM_CHECK_VALUE0..2, CONF = 0x5A5A, CMD = PGM | block << 2; the WR_DIS bits
in BLOCK0 keep what they protect unchanged. The fuse state lives in a file
(JSON, written whole, locked while in use: files.py).
"""
import json
import struct

from espsim.efuse import SavedFuses
from espsim.efuse_rs import check_words
from espsim.files import StateFile

CONF_PROGRAM = 0x5A5A
CONF_READ = 0x5AA5
CMD_READ = 0x1
CMD_PROGRAM = 0x2
CMD_BLOCK_SHIFT = 2
PGM_DATA0 = 0x000            # 8 words
PGM_CHECK_VALUE0 = 0x020     # 3 words
PGM_WORDS = 8
CHECK_WORDS = 3


class EfuseLayout:
    """One chip's controller facts (docs/efuse-newer-sim.md §1, §2), as data."""

    def __init__(self, **facts):
        self.__dict__.update(facts)


# BLOCK0: WR_DIS bit -> {BLOCK0 word: bits it protects} (docs/efuse-newer-sim.md §2.2).
_WR_DIS_S2 = {0: {1: 0x0000007F}, 1: {1: 0x00000080}, 2: {1: 0x000EFF00, 2: 0x0000FF80},
              3: {1: 0xE0000000, 2: 0x0003007F}, 4: {2: 0x001C0000}, 5: {2: 0x00200000},
              6: {2: 0x00400000}, 7: {2: 0x00800000}, 8: {2: 0x0F000000}, 9: {2: 0xF0000000},
              10: {3: 0x0000000F}, 11: {3: 0x000000F0}, 12: {3: 0x00000F00},
              13: {3: 0x0000F000}, 14: {3: 0x000F0000}, 15: {3: 0x00100000},
              16: {3: 0x00200000}, 18: {3: 0xF0000000, 4: 0x07FFFFF7}, 30: {1: 0x1FF00000}}
_WR_DIS_C3 = {0: {1: 0x0000007F}, 1: {1: 0x00000080}, 2: {1: 0x0018DF00},
              3: {1: 0xE0000000, 2: 0x00030000}, 4: {2: 0x001C0000}, 5: {2: 0x00200000},
              6: {2: 0x00400000}, 7: {2: 0x00800000}, 8: {2: 0x0F000000}, 9: {2: 0xF0000000},
              10: {3: 0x0000000F}, 11: {3: 0x000000F0}, 12: {3: 0x00000F00},
              13: {3: 0x0000F000}, 15: {3: 0x00100000}, 16: {3: 0x00200000},
              18: {3: 0xF0000000, 4: 0x3FFFFFFF}, 19: {4: 0x80000000, 5: 0x00000003},
              30: {1: 0x1FE00000}, 31: {1: 0x00070000}}
_WR_DIS_S3 = {
    **_WR_DIS_C3, 2: {1: 0x0018FF00, 3: 0x03C00000}, 3: {1: 0xE0000000, 2: 0x0003FFFF},
    17: {3: 0x0C000000, 4: 0x40000000}}
_WR_DIS_C6 = {**_WR_DIS_C3, 1: {3: 0x00040000}, 2: {1: 0x0018DF80}, 3: {2: 0x00030000},
              14: {3: 0x00030000}, 17: {1: 0x00002000}, 18: {3: 0xF0000000, 4: 0x3FFFE0F7},
              19: {4: 0x40000000, 5: 0x00000003}, 30: {1: 0x07E00000}}
_WR_DIS_H2 = {**{k: v for k, v in _WR_DIS_C3.items() if k != 1}, 2: {1: 0x0018FF00, 3: 0x07C00000}, 3: {2: 0x00030000},
              14: {1: 0xC0000000, 3: 0x000B0000}, 17: {1: 0x38000000, 3: 0x00040000},
              18: {3: 0xF0000000, 4: 0x03FFFFF7}, 19: {4: 0xFC000000, 5: 0x003FFFFF},
              30: {1: 0x07E00000}}
_WR_DIS_C2 = {0: {1: 0x00000003}, 1: {1: 0x0000003C}, 2: {1: 0x002007C0},
              3: {1: 0x001FF800}, 4: {1: 0x1FC00000}}

# The ESP32-P4 (both revision tables together: v3.0 adds fields to some groups), ESP32-C5
# and ESP32-C61 (docs/efuse-newer-sim.md §2.2).
_WR_DIS_P4 = {0: {1: 0x0000007F}, 1: {2: 0x00007FF8, 3: 0x00C00000, 4: 0x00000008, 5: 0x00000F80},
              2: {1: 0x0018FA00, 2: 0x00030000, 4: 0x04000000, 5: 0x003000FF},
              3: {5: 0x00C40004}, 4: {2: 0x001C0000}, 5: {2: 0x00200000}, 6: {2: 0x00400000},
              7: {2: 0x00800000}, 8: {2: 0x0F000000, 4: 0x08000000},
              9: {2: 0xF0000000, 4: 0x10000000}, 10: {3: 0x0000000F, 4: 0x20000000},
              11: {3: 0x000000F0, 4: 0x40000000}, 12: {3: 0x00000F00, 4: 0x80000000},
              13: {3: 0x0000F000, 5: 0x00000010}, 14: {2: 0x00008000, 3: 0x000B0000, 5: 0x00030000},
              15: {3: 0x00100000}, 16: {3: 0x00200000}, 17: {3: 0x00040000, 5: 0x00040000},
              18: {3: 0xFF800000, 4: 0x03FFFFF7}, 19: {1: 0xFC000000, 2: 0x00000007},
              30: {1: 0x03E00180, 5: 0x0000F000}, 31: {1: 0x00070000}}
_WR_DIS_C5 = {0: {1: 0x0000007F}, 1: {2: 0x00007FFF, 3: 0x08000000, 4: 0x00000008},
              2: {1: 0x0018FB00, 4: 0x04000000}, 3: {1: 0x18000000}, 4: {2: 0x00070000},
              5: {2: 0x00080000}, 6: {2: 0x00100000}, 7: {2: 0x00200000}, 8: {2: 0x07C00000},
              9: {2: 0xF8000000}, 10: {3: 0x0000001F}, 11: {3: 0x000003E0},
              12: {3: 0x00007C00}, 13: {3: 0x000F8000},
              14: {3: 0x00300000, 4: 0xB8000000, 5: 0x00002000}, 15: {3: 0x02000000},
              16: {3: 0x04000000}, 17: {5: 0x00001E00}, 18: {3: 0xF0000000, 4: 0x0203FFF7},
              19: {5: 0x000001FF}, 30: {1: 0x07E00000}, 31: {1: 0x00070000}}
_WR_DIS_C61 = {0: {1: 0x0000007F}, 2: {1: 0x00007F80, 3: 0x22000000}, 3: {1: 0x00600000},
               4: {1: 0x03800000}, 5: {1: 0x04000000}, 6: {1: 0x08000000},
               7: {1: 0x10000000}, 8: {2: 0x0000000F}, 9: {2: 0x000000F0},
               10: {2: 0x00000F00}, 11: {2: 0x0000F000}, 12: {2: 0x000F0000},
               13: {2: 0x00F00000}, 14: {2: 0x03000000, 3: 0xDC000000}, 15: {2: 0x04000000},
               16: {2: 0x08000000}, 18: {2: 0xF0000000, 3: 0x01FFFFFF}, 30: {1: 0x001F8000}}

# BLOCK0..BLOCK10 read registers of the S2/C3/S3/C6/H2: (offset, words).
_READ_ELEVEN = ((0x02C, 6), (0x044, 6)) + tuple((0x05C + 0x20 * i, 8) for i in range(9))
_KEY_READ_PROTECT = {block: [(block - 4, range(8))] for block in range(4, 11)}
_ELEVEN = dict(
    reads=_READ_ELEVEN, rd_dis=(1, 0, 0x7F), block_wr_dis={b: 19 + b for b in range(1, 11)},
    block_rd_dis=_KEY_READ_PROTECT, sdm=(4, 5),
    rs_err=(0x1C0, 0x1C4), repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x190),
    clk=0x1C8, conf=0x1CC, status=0x1D0, cmd=0x1D4, fail_slot_shift=0)

LAYOUTS = {
    "ESP32-S2": EfuseLayout(**_ELEVEN, wr_dis_fields=_WR_DIS_S2),
    "ESP32-C3": EfuseLayout(**dict(_ELEVEN, fail_slot_shift=1), wr_dis_fields=_WR_DIS_C3),
    "ESP32-S3": EfuseLayout(**_ELEVEN, wr_dis_fields=_WR_DIS_S3),
    "ESP32-C6": EfuseLayout(**_ELEVEN, wr_dis_fields=_WR_DIS_C6),
    "ESP32-H2": EfuseLayout(**dict(_ELEVEN, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x18C)),
                            wr_dis_fields=_WR_DIS_H2),
    "ESP32-P4": EfuseLayout(**dict(_ELEVEN, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x18C)),
                            wr_dis_fields=_WR_DIS_P4),
    # the C5 and C61 moved the RS error registers, the C5 also CONF's neighbours
    "ESP32-C5": EfuseLayout(**dict(_ELEVEN, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x18C),
                                   rs_err=(0x190, 0x194), status=0x1D4, cmd=0x1D8),
                            wr_dis_fields=_WR_DIS_C5),
    "ESP32-C61": EfuseLayout(**dict(_ELEVEN, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x18C),
                                    rs_err=(0x190, 0x194), sdm=(3, 4)),
                             wr_dis_fields=_WR_DIS_C61),
    # The ESP32-C2: four blocks, the key block's halves read-protected apart.
    "ESP32-C2": EfuseLayout(
        reads=((0x02C, 2), (0x034, 3), (0x040, 8), (0x060, 8)), rd_dis=(1, 0, 0x3),
        block_wr_dis={1: 5, 2: 6, 3: 7}, block_rd_dis={3: [(0, range(4)), (1, range(4, 8))]},
        sdm=(1, 16), rs_err=(0x084,), repeat_err=(0x080,), clk=0x088, conf=0x08C,
        status=0x090, cmd=0x094, fail_slot_shift=0, wr_dis_fields=_WR_DIS_C2),
}
REGISTERS_SIZE = 0x200


def differing_bytes(words, others):
    """How many of the bytes of two equally long word lists differ."""
    ours, theirs = struct.pack("<%dI" % len(words), *words), struct.pack("<%dI" % len(others),
                                                                        *others)
    return sum(a != b for a, b in zip(ours, theirs))


def factory_blocks(layout, words):
    """The fuses of a fresh chip from its factory read-register image (offset -> value)."""
    return [[words.get(offset + 4 * i, 0) for i in range(count)]
            for offset, count in layout.reads]


class NewerEfuseController(SavedFuses):
    """Registers at `base` over the fuse array of chip `name` (see the module docstring)."""

    def __init__(self, name, base, factory_words, path=None, busy_reads=1):
        self.name, self.base, self.path = name, base, path
        self.layout = LAYOUTS[name]
        self.fuses = factory_blocks(self.layout, factory_words)
        self.checks = [[]] + [check_words(block) for block in self.fuses[1:]]
        self.file = StateFile(path, "eFuse file") if path else None
        if self.file:
            content = self.file.open(self._encoded)          # locked until close()
            if content is not None:
                self._load(content)
        self.pgm = [0] * (PGM_WORDS + CHECK_WORDS)
        self.plain = {}              # clock, timing, CONF: kept as written
        self.cmd = 0
        self.busy_reads = busy_reads
        self._busy_left = 0
        self.refresh()

    # -- persistence --

    def _shape(self):
        return [count for _, count in self.layout.reads]

    def _load(self, content):
        try:
            state = json.loads(content)
            blocks = [[int(w, 16) & 0xFFFFFFFF for w in b] for b in state["blocks"]]
            checks = [[int(w, 16) & 0xFFFFFFFF for w in c] for c in state["rs_check"]]
            if (state["chip"] != self.name or [len(b) for b in blocks] != self._shape()
                    or [len(c) for c in checks] != [0] + [CHECK_WORDS] * (len(blocks) - 1)):
                raise ValueError("wrong shape")
        except (ValueError, KeyError, TypeError, AttributeError):
            self.file.close()
            raise ValueError("%s is not an %s eFuse file (expected JSON with 'chip', and "
                             "'blocks' of %s hex words with their 'rs_check')"
                             % (self.path, self.name, ", ".join(map(str, self._shape()))))
        self.fuses, self.checks = blocks, checks

    def _encoded(self):
        content = {"chip": self.name,
                   "blocks": [["%08x" % w for w in block] for block in self.fuses],
                   "rs_check": [["%08x" % w for w in check] for check in self.checks]}
        return (json.dumps(content, indent=1) + "\n").encode()

    # -- BLOCK0 fields the controller obeys --

    def _field(self, blocks, word, shift, mask):
        return (blocks[0][word] >> shift) & mask

    @property
    def wr_dis(self):
        return self.fuses[0][0]

    @property
    def rd_dis(self):
        return self._field(self.fuses, *self.layout.rd_dis)

    def secure_download_enabled(self):
        """ENABLE_SECURITY_DOWNLOAD as the ROM read it at reset (docs/efuse-newer-sim.md §4)."""
        word, bit = self.layout.sdm
        return bool(self.read_regs[0][word] >> bit & 1)

    def burn_bit(self, block, word, bit):
        """Factory/test set-up: one fuse burnt directly (RS check kept valid)."""
        self.fuses[block][word] |= 1 << bit
        if block:
            self.checks[block] = check_words(self.fuses[block])
        self.save()
        self.refresh()

    @property
    def words(self):
        """Test and factory set-up: the fuses by read-register offset; a word set here is
        the chip as made (its RS check follows), not a burn."""
        return FactoryWords(self)

    # -- READ and PGM commands --

    def refresh(self):
        """READ command / reset: read registers and RS error registers from the fuses."""
        self.read_regs = [list(block) for block in self.fuses]
        errors = {}
        for block in range(1, len(self.fuses)):
            wrong = differing_bytes(check_words(self.fuses[block]), self.checks[block])
            if wrong:
                errors[block] = min(wrong, 7)     # ERR_NUM has 3 bits
            for bit, words in self.layout.block_rd_dis.get(block, ()):
                if self.rd_dis >> bit & 1:
                    for i in words:
                        self.read_regs[block][i] = 0
        self.rs_err = self._rs_error_words(errors)

    def _rs_error_words(self, errors):
        """Per block from BLOCK1: ERR_NUM (3 bits) and FAIL in a 4-bit slot; the ESP32-C3
        reports each FAIL one slot higher (docs/efuse-newer-sim.md §2.4)."""
        value = 0
        for block, count in errors.items():
            slot = block - 1
            value |= count << (4 * slot)
            value |= 1 << (4 * (slot + self.layout.fail_slot_shift) + 3)
        return [(value >> (32 * i)) & 0xFFFFFFFF for i in range(len(self.layout.rs_err))]

    def program(self, block):
        """PGM command for `block`: OR the staged bits in where WR_DIS allows."""
        if block >= len(self.fuses):
            return
        count = len(self.fuses[block])
        data = list(self.pgm[:count])
        wr_dis = self.wr_dis
        bit = self.layout.block_wr_dis.get(block)
        if bit is not None and wr_dis >> bit & 1:
            return                               # the whole block is write-protected
        if block == 0:
            for bit, words in self.layout.wr_dis_fields.items():
                if wr_dis >> bit & 1:
                    for word, mask in words.items():
                        data[word] &= ~mask
        for i, value in enumerate(data):
            self.fuses[block][i] |= value
        if block:
            check = self.pgm[PGM_WORDS:]
            self.checks[block] = [a | b for a, b in zip(self.checks[block], check)]
        self.save()

    # -- register interface --

    def owns(self, address):
        return self.base <= address < self.base + REGISTERS_SIZE

    def _read_register(self, offset):
        for block, (start, count) in enumerate(self.layout.reads):
            if start <= offset < start + 4 * count:
                return ("read", block, (offset - start) // 4)
        if PGM_DATA0 <= offset < PGM_DATA0 + 4 * (PGM_WORDS + CHECK_WORDS):
            return ("pgm", None, (offset - PGM_DATA0) // 4)
        return None

    def read(self, address):
        offset = address - self.base
        where = self._read_register(offset)
        if where and where[0] == "read":
            return self.read_regs[where[1]][where[2]]
        if where:
            return self.pgm[where[2]]
        if offset in self.layout.rs_err:
            return self.rs_err[self.layout.rs_err.index(offset)]
        if offset in self.layout.repeat_err:
            return 0                             # BLOCK0's backup copies always agree
        if offset == self.layout.cmd:
            return self._read_cmd()
        return self.plain.get(offset, 0)

    def write(self, address, value):
        offset = address - self.base
        where = self._read_register(offset)
        if where and where[0] == "pgm":
            self.pgm[where[2]] = value
        elif where or offset in self.layout.rs_err + self.layout.repeat_err:
            pass                                 # read-only
        elif offset == self.layout.cmd:
            self._command(value)
        else:
            self.plain[offset] = value

    def _command(self, value):
        conf = self.plain.get(self.layout.conf, 0) & 0xFFFF
        if value & CMD_PROGRAM and conf == CONF_PROGRAM:
            self.program((value >> CMD_BLOCK_SHIFT) & 0xF)
        elif value & CMD_READ and conf == CONF_READ:
            self.refresh()
        else:
            return
        self.cmd = value & (CMD_READ | CMD_PROGRAM)
        self._busy_left = self.busy_reads


class FactoryWords:
    """`controller.words[offset]`: one fuse word, by the offset of its read register."""

    def __init__(self, controller):
        self.controller = controller

    def _locate(self, offset):
        for block, (start, count) in enumerate(self.controller.layout.reads):
            if start <= offset < start + 4 * count:
                return block, (offset - start) // 4
        raise KeyError(offset)

    def __getitem__(self, offset):
        block, word = self._locate(offset)
        return self.controller.fuses[block][word]

    def __setitem__(self, offset, value):
        block, word = self._locate(offset)
        controller = self.controller
        controller.fuses[block][word] = value & 0xFFFFFFFF
        if block:
            controller.checks[block] = check_words(controller.fuses[block])
        controller.save()
        controller.refresh()
