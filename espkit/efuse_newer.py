"""espefuse for the chips since the ESP32-S2: ESP32-C3, ESP32-S3 (and S2, C2, C6, H2).

espefuse.py hands a command line naming one of these chips (`--chip esp32c3`) to
run_cli() here; copied alone it says what to install instead. The facts (register map,
blocks, Reed-Solomon coding, programming sequence, errors, key purposes, virtual file)
are docs/efuse-newer.md; section numbers below refer to it. The field tables are data,
espkit/efuse_tables.py, generated from upstream's tables (docs/efuse-newer.md §10).

Read top to bottom:
  1. chips            the controller of each chip (docs/efuse-newer.md §2, §3, §8)
  2. RS coding        the 12 check bytes of a block (docs/efuse-newer.md §4)
  3. register buses   a real chip through esptool's loader, or a virtual one in a file
  4. the controller   program / read cycles over a bus, with the stray-bit check
                      (docs/efuse-newer.md §5, §6)
  5. fields           values, protection, summary rows and JSON
  6. burning          plan -> confirm -> program -> verify, one cycle per block
  7. commands
  8. CLI              several commands in one call, 5.6 and v2.3 spellings
"""
import argparse
import json
import os
import time

import esptool
from esptool import FatalError

from espkit import compat_option, efuse_tables

# ---------------------------------------------------------------------------
# 1. Chips (docs/efuse-newer.md §2, §3, §8)
# ---------------------------------------------------------------------------

# name, other names, read offset, words, WR_DIS bit, RD_DIS bits
STD_BLOCKS = (
    ("BLOCK0", (), 0x02C, 6, None, ()),
    ("MAC_SPI_8M_0", ("BLOCK1",), 0x044, 6, 20, ()),
    ("BLOCK_SYS_DATA", ("BLOCK2",), 0x05C, 8, 21, ()),
    ("BLOCK_USR_DATA", ("BLOCK3",), 0x07C, 8, 22, ()),
    ("BLOCK_KEY0", ("BLOCK4",), 0x09C, 8, 23, (0,)),
    ("BLOCK_KEY1", ("BLOCK5",), 0x0BC, 8, 24, (1,)),
    ("BLOCK_KEY2", ("BLOCK6",), 0x0DC, 8, 25, (2,)),
    ("BLOCK_KEY3", ("BLOCK7",), 0x0FC, 8, 26, (3,)),
    ("BLOCK_KEY4", ("BLOCK8",), 0x11C, 8, 27, (4,)),
    ("BLOCK_KEY5", ("BLOCK9",), 0x13C, 8, 28, (5,)),
    ("BLOCK_SYS_DATA2", ("BLOCK10",), 0x15C, 8, 29, (6,)),
)
C2_BLOCKS = (
    ("BLOCK0", (), 0x02C, 2, None, ()),
    ("BLOCK1", (), 0x034, 3, 5, ()),
    ("BLOCK2", (), 0x040, 8, 6, ()),
    ("BLOCK_KEY0", ("BLOCK3",), 0x060, 8, 7, (0, 1)),
)

# Register offsets from EFUSE_BASE (docs/efuse-newer.md §2).
STD_REGS = dict(pgm_data=0x000, check_value=0x020, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x190),
                rs_err=(0x1C0, 0x1C4), conf=0x1CC, status=0x1D0, cmd=0x1D4, dac_conf=0x1E8,
                wr_tim_conf1=0x1F0, wr_tim_conf2=0x1F4)
S_REGS = dict(STD_REGS, wr_tim_conf1=0x1F4, wr_tim_conf2=0x1F8)
S2_REGS = dict(S_REGS, rd_tim_conf=0x1EC, wr_tim_conf0=0x1F0)
H2_REGS = dict(STD_REGS, repeat_err=(0x17C, 0x180, 0x184, 0x188, 0x18C))
# The ESP32-C5 and ESP32-C61 moved the RS error registers to 0x190; the C5 also moved
# status, command and timing one word up (docs/efuse-newer.md §2).
C61_REGS = dict(H2_REGS, rs_err=(0x190, 0x194))
C5_REGS = dict(C61_REGS, status=0x1D4, cmd=0x1D8, dac_conf=0x1EC, wr_tim_conf1=0x1F4,
               wr_tim_conf2=0x1F8)
C2_REGS = dict(pgm_data=0x000, check_value=0x020, repeat_err=(0x080,), rs_err=(0x084,),
               conf=0x08C, status=0x090, cmd=0x094, dac_conf=0x108, wr_tim_conf1=0x114,
               wr_tim_conf2=0x118)

# The ESP32-S2's programming and read timing, in APB clock cycles, by APB frequency in MHz
# (docs/efuse-newer.md §5.1): each value goes into a register field named (register, shift,
# width). The other chips take fixed values (docs/efuse-newer.md §5 step 1).
S2_TIMING_FIELDS = dict(
    TSUP_A=("wr_tim_conf1", 0, 8), PWR_ON_NUM=("wr_tim_conf1", 8, 16),
    THP_A=("wr_tim_conf0", 0, 8), TPGM_INACTIVE=("wr_tim_conf0", 8, 8),
    TPGM=("wr_tim_conf0", 16, 16), PWR_OFF_NUM=("wr_tim_conf2", 0, 16),
    DAC_CLK_DIV=("dac_conf", 0, 8), THR_A=("rd_tim_conf", 0, 8), TRD=("rd_tim_conf", 8, 8))
S2_TIMING_BY_APB_MHZ = {
    80: dict(TSUP_A=0x2, TPGM=0x320, THP_A=0x2, TPGM_INACTIVE=0x4, DAC_CLK_DIV=0xA0,
             PWR_ON_NUM=0xA200, PWR_OFF_NUM=0x100, TRD=0x4, THR_A=0x2),
    40: dict(TSUP_A=0x1, TPGM=0x190, THP_A=0x1, TPGM_INACTIVE=0x2, DAC_CLK_DIV=0x50,
             PWR_ON_NUM=0x5100, PWR_OFF_NUM=0x80, TRD=0x2, THR_A=0x1),
    20: dict(TSUP_A=0x1, TPGM=0xC8, THP_A=0x1, TPGM_INACTIVE=0x1, DAC_CLK_DIV=0x28,
             PWR_ON_NUM=0x2880, PWR_OFF_NUM=0x40, TRD=0x1, THR_A=0x1),
}

EFUSE_MEM_SIZE = 0x200
EFUSE_WRITE_OP_CODE = 0x5A5A
EFUSE_READ_OP_CODE = 0x5AA5
EFUSE_READ_CMD = 0x1
EFUSE_PGM_CMD = 0x2
EFUSE_CMD_BUSY = 0x3
EFUSE_CMD_TIMEOUT = 0.250
RS_CHECK_BYTES = 12
BLOCK_DATA_WORDS = 8            # PGM_DATA0..7

# Key purposes (docs/efuse-newer.md §8):
# name -> (value, stored reversed, read-protected when burned).
PURPOSES_C3 = {"USER": (0, False, False), "RESERVED": (1, False, False),
               "XTS_AES_128_KEY": (4, True, True), "HMAC_DOWN_ALL": (5, False, True),
               "HMAC_DOWN_JTAG": (6, False, True), "HMAC_DOWN_DIGITAL_SIGNATURE": (7, False, True),
               "HMAC_UP": (8, False, True), "SECURE_BOOT_DIGEST0": (9, False, False),
               "SECURE_BOOT_DIGEST1": (10, False, False), "SECURE_BOOT_DIGEST2": (11, False, False)}
PURPOSES_S3 = dict(PURPOSES_C3, XTS_AES_256_KEY_1=(2, True, True), XTS_AES_256_KEY_2=(3, True, True))
PURPOSES_H2 = dict(PURPOSES_C3, ECDSA_KEY=(1, True, True))
del PURPOSES_H2["RESERVED"]
PURPOSES_H2["RESERVED"] = (2, False, False)
# The ESP32-P4, C5 and C61 (docs/efuse-newer.md §8.2): ECDSA keys by curve, the key
# manager's KM_INIT_KEY; 5-bit purposes on the C5 and on the P4 from v3.0 (16 and up).
PURPOSES_C61 = {"USER": (0, False, False), "ECDSA_KEY": (1, True, True),
                "XTS_AES_128_KEY": (4, True, True), "SECURE_BOOT_DIGEST0": (9, False, False),
                "SECURE_BOOT_DIGEST1": (10, False, False), "SECURE_BOOT_DIGEST2": (11, False, False)}
PURPOSES_ECDSA_CURVES = {"ECDSA_KEY_P192": (16, True, True), "ECDSA_KEY_P384_L": (17, True, True),
                         "ECDSA_KEY_P384_H": (18, True, True)}
PURPOSES_P4 = dict({"USER": (0, False, False), "ECDSA_KEY_P256": (1, True, True)},
                   **{k: v for k, v in PURPOSES_S3.items() if k not in ("USER", "RESERVED")},
                   ECDSA_KEY=(1, True, True), KM_INIT_KEY=(12, False, True),
                   **PURPOSES_ECDSA_CURVES)
PURPOSES_C5 = dict({"USER": (0, False, False), "ECDSA_KEY_P256": (1, True, True),
                    "ECDSA_KEY": (1, True, True), "RESERVED": (1, False, False)},
                   **{k: v for k, v in PURPOSES_C3.items() if k not in ("USER", "RESERVED")},
                   KM_INIT_KEY=(12, False, True), XTS_AES_128_PSRAM_KEY=(15, True, True),
                   **PURPOSES_ECDSA_CURVES)
ECDSA_PURPOSES = ("ECDSA_KEY", "ECDSA_KEY_P256", "ECDSA_KEY_P192")
DIGEST_PURPOSES = ("SECURE_BOOT_DIGEST0", "SECURE_BOOT_DIGEST1", "SECURE_BOOT_DIGEST2")


def with_custom_purposes(purposes, bits):
    """The ESP32-C6 (4 bits), P4 and C5 (5 bits) also take every unnamed value as CUSTOM_n
    (CUSTOM_DIGEST_n for a digest), and the largest as CUSTOM_MAX, as upstream 5.6 (its
    `key_purpose_len`; docs/efuse-newer.md §8)."""
    out = dict(purposes)
    used = {v[0] for v in purposes.values()}
    for n in range(1 << bits):
        if n not in used:
            out["CUSTOM_%d" % n] = (n, False, False)
            out["CUSTOM_DIGEST_%d" % n] = (n, False, False)
    out["CUSTOM_MAX"] = out["CUSTOM_DIGEST_MAX"] = ((1 << bits) - 1, False, False)
    return out


def purpose_names(purposes):
    """value -> name; the first name listed for a value wins."""
    names = {}
    for name, (value, _reverse, _rd) in purposes.items():
        names.setdefault(value, name)
    return names


def is_digest_purpose(name):
    return name in DIGEST_PURPOSES or name.startswith("CUSTOM_DIGEST_")


class Chip:
    """What differs between the chips: a row of docs/efuse-newer.md §2, §3, §8."""

    def __init__(self, key, name, base, blocks=STD_BLOCKS, regs=STD_REGS, purposes=PURPOSES_C3,
                 xtal_mhz=40, calibration_from=1, fail_bit_shifted=False, calc=(),
                 apb_timing=None, keep_timing=False):
        self.key, self.name, self.base = key, name, base
        self.blocks, self.regs, self.purposes = blocks, regs, purposes
        self.xtal_mhz = xtal_mhz
        self.calibration_from = calibration_from     # block version from which they are shown
        # docs/efuse-newer.md §6: the C3's fail flags sit one group up
        self.fail_bit_shifted = fail_bit_shifted
        self.calc = calc
        # timing by APB frequency (the S2's, docs/efuse-newer.md §5.1), or None for §5 step 1
        self.apb_timing = apb_timing
        self.keep_timing = keep_timing      # the P4's reset timing (docs/efuse-newer.md §5)

    def reg(self, name):
        return self.base + self.regs[name]

    def block_index(self, name):
        """Block number of a block name or alias (BLOCK_KEY0, BLOCK4, 4); FatalError otherwise."""
        key = str(name).upper()
        for n, (bname, aliases, _o, _w, _wr, _rd) in enumerate(self.blocks):
            if key == bname or key in aliases or key == "BLOCK%d" % n:
                return n
        raise FatalError("%s has no eFuse block %s" % (self.name, name),
                         hint="blocks: " + ", ".join(b[0] for b in self.blocks))


CHIPS = {c.key: c for c in (
    Chip("esp32c3", "ESP32-C3", 0x60008800, calibration_from=100, fail_bit_shifted=True,
         calc=("WAFER_VERSION_MINOR",)),
    Chip("esp32s3", "ESP32-S3", 0x60007000, regs=S_REGS, purposes=PURPOSES_S3,
         calibration_from=100, calc=("WAFER_VERSION_MINOR", "PSRAM_CAPACITY")),
    Chip("esp32s2", "ESP32-S2", 0x3F41A000, regs=S2_REGS, purposes=PURPOSES_S3,
         calc=("WAFER_VERSION_MINOR",), apb_timing=S2_TIMING_BY_APB_MHZ),
    Chip("esp32c2", "ESP32-C2", 0x60008800, blocks=C2_BLOCKS, regs=C2_REGS, purposes={}),
    Chip("esp32c6", "ESP32-C6", 0x600B0800, purposes=with_custom_purposes(PURPOSES_C3, 4),
         calc=("MAC_EUI64",)),
    Chip("esp32h2", "ESP32-H2", 0x600B0800, regs=H2_REGS, purposes=PURPOSES_H2, xtal_mhz=32,
         calibration_from=2, calc=("MAC_EUI64",)),
    Chip("esp32p4", "ESP32-P4", 0x5012D000, regs=H2_REGS,
         purposes=with_custom_purposes(PURPOSES_P4, 5),
         calc=("WAFER_VERSION_MAJOR", "RECOVERY_BOOTLOADER_FLASH_SECTOR"), keep_timing=True),
    Chip("esp32c5", "ESP32-C5", 0x600B4800, regs=C5_REGS,
         purposes=with_custom_purposes(PURPOSES_C5, 5),
         calc=("MAC_EUI64", "RECOVERY_BOOTLOADER_FLASH_SECTOR",
               "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION")),
    Chip("esp32c61", "ESP32-C61", 0x600B4800, regs=C61_REGS, purposes=PURPOSES_C61),
)}


# ---------------------------------------------------------------------------
# 2. Reed-Solomon coding (docs/efuse-newer.md §4)
# ---------------------------------------------------------------------------

def _gf_tables():
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i], log[x] = x, i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


GF_EXP, GF_LOG = _gf_tables()


def gf_mul(a, b):
    return 0 if a == 0 or b == 0 else GF_EXP[GF_LOG[a] + GF_LOG[b]]


def rs_generator(nsym):
    """prod(x - alpha^i, i = 0..nsym-1), highest power first."""
    g = [1]
    for i in range(nsym):
        root = GF_EXP[i]
        g = [a ^ gf_mul(b, root) for a, b in zip(g + [0], [0] + g)]
    return g


RS_GENERATOR = rs_generator(RS_CHECK_BYTES)


def rs_check_bytes(data):
    """The 12 check bytes of 32 data bytes: the remainder of data(x)*x^12 by the generator."""
    remainder = [0] * RS_CHECK_BYTES
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        if factor:
            for i in range(RS_CHECK_BYTES):
                remainder[i] ^= gf_mul(RS_GENERATOR[i + 1], factor)
    return bytes(remainder)


def words_of(data):
    return [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]


def bytes_of(words):
    return b"".join(w.to_bytes(4, "little") for w in words)


# ---------------------------------------------------------------------------
# 3. Register buses
# ---------------------------------------------------------------------------

class LoaderBus:
    """A real (or espsim) chip's eFuse registers through esptool's loader (READ_REG/WRITE_REG)."""

    def __init__(self, esp):
        self.esp = esp

    def read_reg(self, addr):
        return self.esp.read_reg(addr)

    def write_reg(self, addr, value):
        self.esp.write_reg(addr, value)

    def describe(self):
        return "%s on %s" % (self.esp.CHIP_NAME, getattr(self.esp, "port_name", "a serial port"))

    def close(self):
        close = getattr(self.esp, "close", None)
        if close:
            close()


class VirtualController:
    """The controller of docs/efuse-newer.md §5 in memory, its register space kept in
    upstream 5.6's virtual file format (docs/efuse-newer.md §9), so upstream's espefuse
    reads our file and we read its. Bits only get set; write-protected bits ignore programming; a block
    programmed over data it already holds, or with check bytes that do not match its
    data, reports an RS failure (docs/efuse-newer.md §4, §6); read-protected blocks read
    as zeros."""

    def __init__(self, chip, core, path=None):
        self.chip, self.core, self.path = chip, core, path
        self.mem = bytearray(EFUSE_MEM_SIZE)
        self._locked = core.lock_efuse_file(path) if path else None
        if self._locked is not None:
            with open(path, "rb") as f:
                content = f.read()
            if len(content) == EFUSE_MEM_SIZE:      # anything else is a blank chip, as upstream
                self.mem[:] = content[::-1]
        self.fields = None      # set by the model: the controller needs the WR_DIS groups

    def describe(self):
        where = "in %s" % self.path if self.path else "in memory; burns are not saved"
        return "virtual %s (%s)" % (self.chip.name, where)

    def read_reg(self, addr):
        off = self._offset(addr)
        return int.from_bytes(self.mem[off:off + 4], "little")

    def write_reg(self, addr, value):
        off = self._offset(addr)
        self.mem[off:off + 4] = (value & 0xFFFFFFFF).to_bytes(4, "little")
        if off == self.chip.regs["cmd"]:
            self._command(value)

    def close(self):
        if self._locked is not None:
            os.close(self._locked)
            self._locked = None

    def _offset(self, addr):
        off = addr - self.chip.base
        if not 0 <= off < EFUSE_MEM_SIZE or off % 4:
            raise FatalError("virtual eFuse controller: no register at 0x%08x" % addr)
        return off

    def _reg(self, name, index=None):
        off = self.chip.regs[name] if index is None else self.chip.regs[name][index]
        return self.read_reg(self.chip.base + off)

    def _command(self, value):
        conf = self._reg("conf")
        self.mem[self.chip.regs["cmd"]:self.chip.regs["cmd"] + 4] = bytes(4)   # done at once
        if value & EFUSE_PGM_CMD and conf == EFUSE_WRITE_OP_CODE:
            self._program((value >> 2) & 0xF)

    def _program(self, block):
        if block >= len(self.chip.blocks):
            return
        _name, _al, rd_off, nwords, wr_bit, rd_bits = self.chip.blocks[block]
        pgm = [self.read_reg(self.chip.base + 4 * i) for i in range(BLOCK_DATA_WORDS + 3)]
        data = bytes_of(pgm[:BLOCK_DATA_WORDS])
        old = bytes(self.mem[rd_off:rd_off + 4 * nwords])
        wr_dis = int.from_bytes(self.mem[0x2C:0x30], "little")
        protected = self._write_protected_bits(block, wr_dis)
        new = bytes((o | (n & ~p)) & 0xFF for o, n, p in zip(old, data, protected))
        if block and (any(data[4 * nwords:]) or rs_check_bytes(data) != bytes_of(pgm[8:])
                      or (any(old) and new != old)):
            self._set_rs_fail(block)
        self.mem[rd_off:rd_off + 4 * nwords] = new
        for i in range(BLOCK_DATA_WORDS + 3):                   # docs/efuse-newer.md §5 step 5
            self.mem[4 * i:4 * i + 4] = bytes(4)
        self._apply_read_protection()
        self._save()

    def _write_protected_bits(self, block, wr_dis):
        size = 4 * self.chip.blocks[block][3]
        wr_bit = self.chip.blocks[block][4]
        if wr_bit is not None and wr_dis >> wr_bit & 1:
            return bytes([0xFF] * size)
        mask = 0
        for f in self.fields or ():
            if f.block == block and f.wr is not None and wr_dis >> f.wr & 1:
                mask |= ((1 << f.bits) - 1) << f.start
        return mask.to_bytes(size, "little")

    def _apply_read_protection(self):
        rd_dis = read_rd_dis(self.chip, lambda off: int.from_bytes(self.mem[off:off + 4], "little"))
        for _n, _a, rd_off, nwords, _w, rd_bits in self.chip.blocks:
            for half, bit in enumerate(rd_bits):
                if rd_dis >> bit & 1:
                    span = 4 * nwords // len(rd_bits)
                    start = rd_off + half * span
                    self.mem[start:start + span] = bytes(span)

    def _set_rs_fail(self, block):
        reg, shift = rs_error_position(self.chip, block)
        off = self.chip.regs["rs_err"][reg]
        fail_bit = 1 << (shift + 3)
        if self.chip.fail_bit_shifted:
            reg, shift = rs_error_position(self.chip, block + 1) if block < 10 else (None, None)
            if reg is None:
                return
            off, fail_bit = self.chip.regs["rs_err"][reg], 1 << (shift + 3)
        value = int.from_bytes(self.mem[off:off + 4], "little") | fail_bit
        self.mem[off:off + 4] = value.to_bytes(4, "little")

    def _save(self):
        if not self.path:
            return
        mode = None if self._locked is None else os.fstat(self._locked).st_mode & 0o7777
        tmp = esptool.write_temp_beside(self.path, bytes(self.mem[::-1]), mode)
        fd = os.open(tmp, os.O_RDONLY)
        self.core.take_lock(fd)
        try:
            os.replace(tmp, self.path)
        except OSError as e:
            os.close(fd)
            esptool.remove_quietly(tmp)
            raise FatalError("cannot write %s: %s" % (self.path, e.strerror or e))
        if self._locked is not None:
            os.close(self._locked)
        self._locked = fd


def read_rd_dis(chip, read_word_at_offset):
    """RD_DIS (BLOCK0 word 1, bits 0-6; the C2's bits 0-1 of word 1 too)."""
    return read_word_at_offset(chip.blocks[0][2] + 4) & (0x3 if chip.key == "esp32c2" else 0x7F)


def rs_error_position(chip, block):
    """(index into rs_err registers, bit shift of the block's 4-bit group),
    docs/efuse-newer.md §6."""
    return (block - 1) // 8, 4 * ((block - 1) % 8)


# ---------------------------------------------------------------------------
# 4. The controller (docs/efuse-newer.md §5, §6)
# ---------------------------------------------------------------------------

class StrayWriteBits(FatalError):
    """A write register holds something other than what was written: nothing was burned."""


class Controller:
    def __init__(self, chip, bus, reporter):
        self.chip, self.bus, self.reporter = chip, bus, reporter
        self._timing_set = isinstance(bus, VirtualController)

    def read_block(self, block):
        _n, _a, rd_off, nwords, _w, _r = self.chip.blocks[block]
        return [self.bus.read_reg(self.chip.base + rd_off + 4 * i) for i in range(nwords)]

    def read_all(self):
        return [self.read_block(b) for b in range(len(self.chip.blocks))]

    def program(self, block, words):
        """One cycle: stage the block's words (and RS check bytes), verify the staging,
        program, read."""
        if not self._timing_set:
            self._set_timing()
            self._timing_set = True
        data = bytes_of(list(words) + [0] * (BLOCK_DATA_WORDS - len(words)))
        check = rs_check_bytes(data) if block else bytes(RS_CHECK_BYTES)
        staged = words_of(data) + words_of(check)
        self._wait_idle()
        for i, value in enumerate(staged):
            self.bus.write_reg(self.chip.reg("pgm_data") + 4 * i, value)
        self.bus.write_reg(self.chip.reg("conf"), EFUSE_WRITE_OP_CODE)
        self._check_staged(block, staged)
        self.bus.write_reg(self.chip.reg("cmd"), EFUSE_PGM_CMD | block << 2)
        self._wait_idle()
        self.read_cycle()

    def read_cycle(self):
        self.bus.write_reg(self.chip.reg("conf"), EFUSE_READ_OP_CODE)
        self.bus.write_reg(self.chip.reg("cmd"), EFUSE_READ_CMD)
        self._wait_idle()

    def _check_staged(self, block, staged):
        """Every write register read back before the program command
        (docs/efuse-newer.md §5): WRITE_REG carries no checksum, and a bit a noisy line set would be burned for good."""
        for i, value in enumerate(staged):
            held = self.bus.read_reg(self.chip.reg("pgm_data") + 4 * i)
            if held != value:
                for j in range(len(staged)):                      # leave nothing staged
                    self.bus.write_reg(self.chip.reg("pgm_data") + 4 * j, 0)
                what = "PGM_DATA%d" % i if i < BLOCK_DATA_WORDS else "CHECK_VALUE%d" % (i - 8)
                raise StrayWriteBits(
                    "%s: %s holds 0x%08x where 0x%08x was written (the serial line changed "
                    "it); nothing was burned" % (self.chip.blocks[block][0], what, held, value),
                    hint="check the cable and the baud rate, then run the burn again")

    def _wait_idle(self):
        deadline = time.monotonic() + EFUSE_CMD_TIMEOUT
        polls = 0
        while self.bus.read_reg(self.chip.reg("cmd")) & EFUSE_CMD_BUSY:
            polls += 1
            if polls >= 3 and time.monotonic() > deadline:
                raise FatalError("timed out waiting for the eFuse controller to finish")

    def _set_timing(self):
        """docs/efuse-newer.md §5 step 1, only the named bits changed."""
        if self.chip.keep_timing:
            return
        if self.chip.apb_timing:
            # in the ROM loader the APB clock runs from the crystal (the S2's: 40 MHz only)
            self._set_apb_timing(self.chip.apb_timing[self.chip.xtal_mhz])
            return
        self._update(self.chip.reg("dac_conf"), 0xFF << 9, 0xFF << 9)
        self._update(self.chip.reg("dac_conf"), 0xFF, 0x28)
        self._update(self.chip.reg("wr_tim_conf1"), 0xFFFF << 8, 0x3000 << 8)
        self._update(self.chip.reg("wr_tim_conf2"), 0xFFFF, 0x190)

    def _set_apb_timing(self, values):
        """The S2's timing (docs/efuse-newer.md §5.1): each field of its row, only its bits
        changed."""
        for name, value in values.items():
            reg, shift, width = S2_TIMING_FIELDS[name]
            mask = (1 << width) - 1
            self._update(self.chip.reg(reg), mask << shift, value << shift)

    def _update(self, addr, mask, value):
        old = self.bus.read_reg(addr)
        self.bus.write_reg(addr, (old & ~mask & 0xFFFFFFFF) | (value & mask))

    def block_errors(self):
        """[(errors, failed)] per block (docs/efuse-newer.md §6)."""
        regs = self.chip.regs
        out = []
        for block in range(len(self.chip.blocks)):
            if block == 0:
                bits = sum(bin(self.bus.read_reg(self.chip.base + r)).count("1")
                           for r in regs["repeat_err"])
                out.append((bits, bits != 0))
                continue
            reg, shift = rs_error_position(self.chip, block)
            value = self.bus.read_reg(self.chip.base + regs["rs_err"][reg])
            errors = value >> shift & 0x7
            if self.chip.fail_bit_shifted:
                if block == len(self.chip.blocks) - 1:
                    failed = False
                else:
                    reg2, shift2 = rs_error_position(self.chip, block + 1)
                    failed = bool(self.bus.read_reg(self.chip.base + regs["rs_err"][reg2])
                                  >> (shift2 + 3) & 1)
            else:
                failed = bool(value >> (shift + 3) & 1)
            out.append((errors, failed))
        return out


# ---------------------------------------------------------------------------
# 5. Fields
# ---------------------------------------------------------------------------

class Field:
    def __init__(self, row):
        (self.name, self.block, self.word, self.pos, self.bits, self.type, self.wr, rd,
         self.category, self.kind, self.values, self.alt, self.description) = row
        self.rd = () if rd is None else (rd if isinstance(rd, tuple) else (rd,))

    @property
    def start(self):
        return self.word * 32 + self.pos

    @property
    def is_bytes(self):
        return self.type.startswith("bytes")


class CalcField:
    """A value upstream's summary computes from other fields (not burnable)."""
    kind = "calc"
    wr, rd, alt, values = None, (), (), None

    def __init__(self, name, block, bits, type_, description, category=None):
        self.name, self.block, self.bits, self.type = name, block, bits, type_
        self.description = description
        self.category = category or ("MAC" if name == "MAC_EUI64" else "identity")


# Descriptions in our own words, as in the generated tables (docs/efuse-newer.md §10).
CALC_FIELDS = {
    "WAFER_VERSION_MINOR": CalcField("WAFER_VERSION_MINOR", 0, 4, "uint:4",
                                     "Chip revision, minor: _HI * 8 + _LO (computed)"),
    "PSRAM_CAPACITY": CalcField("PSRAM_CAPACITY", 0, 3, "uint:3",
                                "PSRAM size: PSRAM_CAP_3 * 4 + PSRAM_CAP (computed)"),
    "MAC_EUI64": CalcField("MAC_EUI64", 1, 64, "bytes:8",
                           "EUI-64: MAC with MAC_EXT after byte 3 (computed)"),
    "WAFER_VERSION_MAJOR": CalcField("WAFER_VERSION_MAJOR", 0, 3, "uint:3",
                                     "Chip revision, major: _HI * 4 + _LO (computed)"),
    "RECOVERY_BOOTLOADER_FLASH_SECTOR": CalcField(
        "RECOVERY_BOOTLOADER_FLASH_SECTOR", 0, 12, "uint:12",
        "Recovery bootloader sector, from parts (computed)", "config"),
    "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION": CalcField(
        "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION", 0, 4, "uint:4",
        "Bootloader anti-rollback: _HI * 8 + _LO (computed)", "config"),
}

# The P4's (from v3.0) recovery sector is spread over six fields: (field, lowest bit of
# the sector number it holds); the C5's over two (docs/efuse-newer.md §8.2).
RECOVERY_SECTOR_PARTS = (("RECOVERY_BOOTLOADER_FLASH_SECTOR_0_1", 0),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_2_2", 2),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_3_6", 3),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_7_7", 7),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_8_10", 8),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_11_11", 11),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_LO", 0),
                         ("RECOVERY_BOOTLOADER_FLASH_SECTOR_HI", 9))

CATEGORY_TITLES = ("config", "flash", "identity", "jtag", "MAC", "security", "spi pad", "usb",
                   "vdd", "wdt", "calibration", "User")


def fields_of_csv(chip, path):
    """The fields of an ESP-IDF eFuse table, as `--extend-efuse-table` adds them
    (docs/efuse-newer.md §10.1; the table read as for the ESP32, espkit/efuse5x.py)."""
    from espkit import efuse5x
    return [csv_field(chip, row) for row in efuse5x.csv_table(path)]


def csv_field(chip, row):
    try:
        block = chip.block_index(row.block.upper().replace("EFUSE_BLK", "BLOCK"))
    except FatalError:
        raise FatalError("eFuse table: '%s' is no block of the %s" % (row.block, chip.name))
    kind = "bool" if row.bits == 1 else "uint:%d" % row.bits
    return Field((row.name, block, row.start // 32, row.start % 32, row.bits, kind,
                  chip.blocks[block][4], None, "User", "", None, row.alt, row.description))


class Efuses:
    """The fuses of one chip as read, and what the field table says about them."""

    def __init__(self, chip, controller, reporter, core, extra_fields=()):
        """`core`: espefuse.py, whose confirmation (BURN) the burns use; `extra_fields`:
        those of --extend-efuse-table."""
        self.chip, self.controller, self.reporter, self.core = chip, controller, reporter, core
        self.all_fields = [Field(row) for row in efuse_tables.FIELDS[chip.key]]
        self.blocks = None
        self.refresh()
        table, revision = efuse_tables.FROM_REVISION.get(chip.key, (None, None))
        if table and self.chip_version() >= revision:
            # the whole table differs from this revision on (the P4's v3.0), as 5.6 picks it
            self.all_fields = [Field(row) for row in efuse_tables.FIELDS[table]]
        self.all_fields += extra_fields
        if isinstance(controller.bus, VirtualController):
            controller.bus.fields = self.all_fields

    def refresh(self):
        self.blocks = self.controller.read_all()

    # -- raw access -------------------------------------------------------------
    def block_bytes(self, block):
        return bytes_of(self.blocks[block])

    def block_int(self, block):
        return int.from_bytes(self.block_bytes(block), "little")

    def raw(self, field):
        return self.block_int(field.block) >> field.start & ((1 << field.bits) - 1)

    def raw_bytes(self, field):
        off = field.start // 8
        return self.block_bytes(field.block)[off:off + field.bits // 8]

    def named(self, name):
        return self.raw(self.field(name))

    @property
    def wr_dis(self):
        return self.blocks[0][0]

    @property
    def rd_dis(self):
        return read_rd_dis(self.chip, lambda off: self.blocks[0][(off - self.chip.blocks[0][2]) // 4])

    # -- the table ----------------------------------------------------------------
    @property
    def fields(self):
        """The fields summary shows: calibration ones only from the block version on
        that defines them (upstream does so), and the computed ones."""
        too_new = efuse_tables.UP_TO_REVISION.get(self.chip.key, {})
        shown = [f for f in self.all_fields if f.category != "calibration"
                 and self.chip_version() <= too_new.get(f.name, self.chip_version())]
        if self.block_version() >= self.chip.calibration_from:
            shown += [f for f in self.all_fields if f.category == "calibration"]
        names = {f.name for f in self.all_fields}
        return shown + [CALC_FIELDS[n] for n in self.chip.calc if n not in names and (
            n != "RECOVERY_BOOTLOADER_FLASH_SECTOR" or names & {p for p, _ in RECOVERY_SECTOR_PARTS})]

    def chip_version(self):
        names = {f.name for f in self.all_fields}
        if "WAFER_VERSION_MINOR" in names:
            minor = self.named("WAFER_VERSION_MINOR")
        else:
            minor = self.named("WAFER_VERSION_MINOR_HI") << 3 | self.named("WAFER_VERSION_MINOR_LO")
        if "WAFER_VERSION_MAJOR" in names:
            major = self.named("WAFER_VERSION_MAJOR")
        else:                                       # the P4's, in two fields
            major = self.named("WAFER_VERSION_MAJOR_HI") << 2 | self.named("WAFER_VERSION_MAJOR_LO")
        return major * 100 + minor

    def block_version(self):
        names = {f.name for f in self.all_fields}
        if "BLK_VERSION_MAJOR" not in names:
            return 0
        return self.named("BLK_VERSION_MAJOR") * 100 + self.named("BLK_VERSION_MINOR")

    def field(self, name, fields=None):
        key = str(name).upper()
        for f in self.all_fields if fields is None else fields:
            if f.name == key or key in f.alt:
                return f
        raise FatalError("unknown eFuse field '%s' on the %s" % (name, self.chip.name),
                         hint="'espefuse.py --chip %s summary' lists them" % self.chip.key)

    # -- protection -----------------------------------------------------------------
    def block_readable(self, block):
        return not any(self.rd_dis >> bit & 1 for bit in self.chip.blocks[block][5])

    def block_writeable(self, block):
        bit = self.chip.blocks[block][4]
        return bit is None or not self.wr_dis >> bit & 1

    def is_readable(self, field):
        if field.kind == "calc":
            return True
        if field.rd:
            return not any(self.rd_dis >> bit & 1 for bit in field.rd)
        return self.block_readable(field.block)

    def is_writeable(self, field):
        if field.kind == "calc":
            return True
        if field.wr is not None and self.wr_dis >> field.wr & 1:
            return False
        return field.block == 0 or self.block_writeable(field.block)

    # -- values ---------------------------------------------------------------------
    def hidden_bytes(self, field):
        """Offsets (in the field) of the bytes read protection hides: all of them, or the
        halves of the C2's key block whose RD_DIS bit is set (docs/efuse-newer.md §3)."""
        size = field.bits // 8
        rd_bits = field.rd or self.chip.blocks[field.block][5]
        if len(rd_bits) < 2 or field.rd and field.rd != self.chip.blocks[field.block][5]:
            return set(range(size)) if not self.is_readable(field) else set()
        span = 4 * self.chip.blocks[field.block][3] // len(rd_bits)
        first = field.start // 8
        return {i for i in range(size) for n, bit in enumerate(rd_bits)
                if self.rd_dis >> bit & 1 and n * span <= first + i < (n + 1) * span}

    def value(self, field):
        """The value as upstream 5.6's JSON gives it (docs/efuse-newer.md §7)."""
        if field.type.startswith("bytes") and field.kind != "mac" and field.kind != "calc":
            hidden = self.hidden_bytes(field)
            return " ".join("??" if i in hidden else "%02x" % b
                            for i, b in enumerate(self.raw_bytes(field)))
        if not self.is_readable(field):
            return "??"
        if field.kind == "calc":
            return self.calc_value(field)
        if field.kind == "mac":
            data = self.raw_bytes(field)
            if field.name == "MAC" or field.name == "MAC_EXT":
                data = data[::-1]
            return "%s %s" % (":".join("%02x" % b for b in data), self.mac_check(field.block))
        raw = self.raw(field)
        if field.kind == "keypurpose" and not field.name.endswith("_H"):
            return purpose_names(self.chip.purposes).get(self.purpose_raw(field),
                                                         "FORBIDDEN_STATE")
        if field.values and raw in field.values:
            return field.values[raw]
        if field.type == "bool":
            return bool(raw)
        return raw

    def purpose_high_bit(self, field):
        """The P4's (from v3.0) fifth purpose bit, KEY_PURPOSE_n_H, or None."""
        names = {f.name: f for f in self.all_fields}
        return names.get(field.name + "_H")

    def purpose_raw(self, field):
        """A key purpose's value, with its fifth bit where it has one elsewhere."""
        high = self.purpose_high_bit(field)
        return self.raw(field) | (self.raw(high) << field.bits if high else 0)

    def raw_value(self, field):
        if field.kind == "calc":
            v = self.calc_value(field)
            if isinstance(v, int):
                return "0x%0*x" % ((field.bits + 3) // 4, v)
            return "0x" + v.split()[0].replace(":", "")
        if field.is_bytes:          # what the read registers hold: zeros where hidden
            return "0x" + self.raw_bytes(field).hex()
        return "0x%0*x" % ((field.bits + 3) // 4, self.raw(field) if self.is_readable(field) else 0)

    def calc_value(self, field):
        if field.name == "WAFER_VERSION_MINOR":
            return self.named("WAFER_VERSION_MINOR_HI") << 3 | self.named("WAFER_VERSION_MINOR_LO")
        if field.name == "PSRAM_CAPACITY":
            return self.named("PSRAM_CAP_3") << 2 | self.named("PSRAM_CAP")
        if field.name == "WAFER_VERSION_MAJOR":
            return self.named("WAFER_VERSION_MAJOR_HI") << 2 | self.named("WAFER_VERSION_MAJOR_LO")
        if field.name == "RECOVERY_BOOTLOADER_FLASH_SECTOR":
            names = {f.name for f in self.all_fields}
            return sum(self.named(p) << shift for p, shift in RECOVERY_SECTOR_PARTS if p in names)
        if field.name == "BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION":
            return (self.named("BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION_HI") << 3
                    | self.named("BOOTLOADER_ANTI_ROLLBACK_SECURE_VERSION_LO"))
        mac = self.raw_bytes(self.field("MAC"))[::-1]
        ext = self.raw_bytes(self.field("MAC_EXT"))[::-1]
        eui = mac[:3] + ext + mac[3:]
        return "%s %s" % (":".join("%02x" % b for b in eui), self.mac_check(1))

    def mac_check(self, block):
        errors, failed = self.controller.block_errors()[block]
        if errors or failed:
            return "(Block%d has ERRORS:%d FAIL:%s)" % (block, errors, failed)
        return "(OK)"

    def json_entry(self, field):
        calc = field.kind == "calc"
        return {"bit_len": field.bits, "block": field.block, "category": field.category,
                "description": field.description, "efuse_type": field.type, "name": field.name,
                "pos": None if calc else field.pos, "raw_value": self.raw_value(field),
                "readable": self.is_readable(field), "value": self.value(field),
                "word": None if calc else field.word, "writeable": self.is_writeable(field)}


# ---------------------------------------------------------------------------
# 6. Burning
# ---------------------------------------------------------------------------

class Plan:
    """What one call will burn: the bits to set per block, what for, and the protection
    bits of BLOCK0 that go last (docs/efuse-newer.md §11). Every request is checked as it
    is added, so a refusal comes before anything is burned."""

    def __init__(self, efuses):
        self.efuses = efuses
        self.bits = {}            # block -> int of bits to set
        self.protect = 0          # BLOCK0 bits (WR_DIS and RD_DIS) burned after the rest
        self.labels = []
        self.after = []           # reports to give once the burn is done

    def add(self, block, bits, label):
        if bits:
            self.bits[block] = self.bits.get(block, 0) | bits
            self.labels.append(label)

    def add_protection(self, bits, label):
        if bits & ~self.efuses.block_int(0):
            self.protect |= bits
            self.labels.append(label)

    def add_field(self, field, value, label=None):
        """Set `field` to `value` (an int, or bytes for byte fields), after the checks of
        docs/efuse-newer.md §11."""
        e = self.efuses
        refuse_protected(e, field)
        if isinstance(value, (bytes, bytearray)):
            if len(value) != field.bits // 8:
                raise FatalError("%s takes %d bytes, not %d" % (field.name, field.bits // 8,
                                                               len(value)))
            value = int.from_bytes(value, "little")
        if value < 0 or value >> field.bits:
            raise FatalError("value 0x%x does not fit %s, which has %d bit%s (0x%x at most)"
                             % (value, field.name, field.bits, "s" * (field.bits > 1),
                                (1 << field.bits) - 1))
        old = e.raw(field)
        if old & ~value:
            raise FatalError("%s holds 0x%x; 0x%x would clear bits, and eFuse bits only go "
                             "from 0 to 1" % (field.name, old, value),
                             hint="burn 0x%x to keep the set bits" % (old | value))
        self.add(field.block, (value & ~old) << field.start,
                 label or "%s = 0x%x" % (field.name, value))

    def check_rs_blocks(self):
        """docs/efuse-newer.md §4: a block with RS coding is programmed once; burning more
        bits into one that already holds data would leave check bytes matching neither."""
        for block, bits in self.bits.items():
            if block and bits and any(self.efuses.blocks[block]):
                raise FatalError("%s already holds data; its Reed-Solomon check bytes allow "
                                 "one write, so more bits cannot be added"
                                 % self.efuses.chip.blocks[block][0])

    def cycles(self, postpone=True):
        """[(block, words to program)] data blocks first, BLOCK0 then its protection bits
        (with them, unless `postpone`: 5.x's --no-postpone)."""
        e = self.efuses
        out = []
        if not postpone and self.protect:
            self.bits[0], self.protect = self.bits.get(0, 0) | self.protect, 0
        for block in sorted(self.bits, key=lambda b: (b == 0, b)):
            nwords = e.chip.blocks[block][3]
            new = self.bits[block]
            if block:
                new |= e.block_int(block)          # RS: the whole block in one write
            out.append((block, words_of(new.to_bytes(4 * nwords, "little"))))
        if self.protect:
            out.append((0, words_of(self.protect.to_bytes(4 * e.chip.blocks[0][3], "little"))))
        return out



def refuse_protected(efuses, field):
    if not efuses.is_writeable(field):
        raise FatalError("%s is write-protected: it cannot be burned; nothing was burned"
                         % field.name)
    if not efuses.is_readable(field):
        raise FatalError("%s is read-protected: its bits are unknown, so burning it is "
                         "refused; nothing was burned" % field.name)


def run_plan(efuses, plan, args):
    if not plan.bits and not plan.protect:
        efuses.reporter.message("Nothing to burn: every requested bit is set already.")
        return
    plan.check_rs_blocks()
    cycles = plan.cycles(postpone=not getattr(args, "no_postpone", False))
    confirm_plan(efuses, plan, cycles, args)
    done = []
    in_5x = in_5x_mode()
    for block, words in cycles:
        name = efuses.chip.blocks[block][0]
        if in_5x and block == 0 and name in done:
            efuses.reporter.message("Burn postponed eFuses from BLOCK0.")
        before = reread_block(efuses, block, done)
        try:
            efuses.controller.program(block, words)
            efuses.refresh()
        except KeyboardInterrupt:
            report_cut_short(efuses, done, name)
            raise
        except StrayWriteBits:
            report_cut_short(efuses, done, None)
            raise
        except FatalError as e:
            report_cut_short(efuses, done, name)
            raise FatalError("the burn was cut short while programming %s: %s" % (name, e))
        problem = cycle_problem(efuses, block, words) or unexpected_words(efuses, block,
                                                                          words, before)
        if problem:
            report_cut_short(efuses, done, None, failed=name)
            raise FatalError("burning %s failed: %s" % (name, problem),
                             hint="'espefuse.py --chip %s summary' shows the chip's state"
                             % efuses.chip.key)
        efuses.reporter.message("BURN BLOCK%d  - OK (write block == read block)" % block
                                if in_5x else "BURN %s - OK (verified)" % name)
        done.append(name)
    if in_5x:
        efuses.reporter.message("Reading updated eFuses...")
    efuses.reporter.message("Successful.")


def reread_block(efuses, block, done):
    """-> the block as read again before its cycle; FatalError, nothing burned, if it
    differs from the read the plan was made from: a field's new bits are its value less
    what it holds, so one damaged READ_REG reply would burn the wrong bits
    (docs/efuse-esp32.md §6.3 has the case the bit-flip bench found)."""
    planned = list(efuses.blocks[block])
    if efuses.controller.read_block(block) != planned:
        report_cut_short(efuses, done, None)
        raise FatalError("%s read differently twice before its burn (a read was damaged on "
                         "the line); not burned" % efuses.chip.blocks[block][0],
                         hint="run the command again")
    return planned


def unexpected_words(efuses, block, words, before):
    """Each 32-bit word the cycle programmed must read back as the read before it plus
    the bits burned, not only hold the bits burned; -> the problem, or None."""
    if not efuses.block_readable(block):
        return None
    got = efuses.blocks[block]
    wrong = efuses.core.words_not_as_planned(got, before, words)
    if not wrong:
        return None
    w = wrong[0]
    return ("word %d reads back 0x%08x, not the 0x%08x read before plus the bits burned"
            % (w, got[w], before[w] | words[w]))


def confirm_plan(efuses, plan, cycles, args):
    lines = ["Burning:"] + ["  %s" % label for label in plan.labels]
    if in_5x_mode():
        lines += blocks_to_burn_5x(efuses, cycles)
    else:
        lines += ["Program cycles: %s" % ", ".join(efuses.chip.blocks[b][0] for b, _ in cycles)]
    efuses.core.confirm("\n".join(lines) + "\n", args, efuses.reporter)


def blocks_to_burn_5x(efuses, cycles):
    """5.6's table of the blocks a burn writes, each once (espkit/efuse5x.py)."""
    from espkit import efuse5x
    return efuse5x.blocks_to_burn_lines([(block, efuses.chip.blocks[block][0],
                                          any(efuses.blocks[block]))
                                         for block in sorted({block for block, _ in cycles})])


def cycle_problem(efuses, block, words):
    """Why the cycle just run did not take, or None: each bit programmed must read back
    as set (data is read before any read protection of the same call, which comes
    last), and the controller must report no failure for the block (docs/efuse-newer.md §6)."""
    if not efuses.block_readable(block):
        return None          # only a cycle that read-protects it; BLOCK0 is always readable
    want = int.from_bytes(bytes_of(words), "little")
    missing = want & ~efuses.block_int(block)
    if missing:
        return "bits 0x%x did not read back as set. Is it write-protected?" % missing
    errors, failed = efuses.controller.block_errors()[block]
    if failed or (block == 0 and errors):
        return "the controller reports %d error(s)%s" % (errors, ", FAIL" * failed)
    return None


def report_cut_short(efuses, done, current, failed=None):
    say = efuses.reporter.message
    say("")
    say("The burn did not complete.")
    for name in done:
        say("  programmed and verified: %s" % name)
    if failed:
        say("  programmed but NOT verified: %s" % failed)
    if current:
        say("  unknown (cut short while programming): %s" % current)


# ---------------------------------------------------------------------------
# 7. Commands: each adds to the plan (burns) or reports (reads)
# ---------------------------------------------------------------------------

def cmd_summary(efuses, plan, args):
    chosen = [efuses.field(n) for n in getattr(args, "efuses", None) or ()]
    if args.format == "value_only":
        if len(chosen) != 1:
            raise FatalError("The 'value_only' format can be used exactly for one eFuse.")
        return print(efuses.value(chosen[0]))
    fields = sorted(chosen or efuses.fields, key=lambda f: f.name)
    if args.format == "json":
        text = json.dumps({f.name: efuses.json_entry(f) for f in fields}, indent=4,
                          sort_keys=True)
        if args.file:
            write_text(args.file, text)
        else:
            print(text)
        return
    say = efuses.reporter.message
    say("EFUSE_NAME (Block) Description  = [Meaningful Value] [Readable/Writeable] (Hex Value)")
    say("-" * 88)
    for category in CATEGORY_TITLES:
        rows = [f for f in chosen or efuses.fields if f.category == category]
        if not rows:
            continue
        say("%s fuses:" % (category[0].upper() + category[1:]))
        for f in rows:
            value = efuses.value(f)
            perms = "%s/%s" % ("R" if efuses.is_readable(f) else "-",
                               "W" if efuses.is_writeable(f) else "-")
            head = "%-50s %-50s" % ("%s (BLOCK%d)" % (f.name, f.block),
                                    (purpose_shown(efuses, f) or f.description)[:50])
            if len(str(value)) > 20:
                say("%s\n   = %s %s" % (head, value, perms))
            else:
                say("%s = %s %s (%s)" % (head, value, perms, efuses.raw_value(f)))
        say("")


def purpose_shown(efuses, field):
    """In the 5.x mode a key block's row says its purpose, as 5.x's summary does."""
    blocks = key_blocks(efuses)
    if not in_5x_mode() or field.block not in blocks or not efuses.chip.purposes or \
            not field.name.startswith("BLOCK_KEY"):
        return None
    kp = efuses.field("KEY_PURPOSE_%d" % blocks.index(field.block))
    return "Purpose: %s" % efuses.value(kp)


def write_text(path, text):
    tmp = esptool.write_temp_beside(path, (text + "\n").encode())
    os.replace(tmp, path)


def cmd_dump(efuses, plan, args):
    form, path = getattr(args, "format", "default"), getattr(args, "file_name", None)
    if form in ("split", "joint"):
        return dump_bytes(efuses, form, path)
    if path:
        return dump_bytes(efuses, "split", path)
    say_blocks(efuses, "dump")


def say_blocks(efuses, what):
    """Each block's words, as dump (and 5.x's -d, `read_regs`) show them."""
    for n, block in enumerate(efuses.blocks):
        name, aliases = efuses.chip.blocks[n][:2]
        efuses.reporter.message("%-15s (%-16s) [%-2d] %s: %s" % (
            name, " ".join(aliases), n, what, " ".join("%08x" % w for w in block)))


def dump_bytes(efuses, form, path):
    """The blocks' bytes as 5.x's dump --format split|joint writes them: one file per block
    (NAME0.ext, NAME1.ext ...) or all in one; without a file, hex lines."""
    blocks = [efuses.block_bytes(n) for n in range(len(efuses.blocks))]
    if not path:
        for data in blocks:
            print(data[::-1].hex())
    elif form == "joint":
        efuses.reporter.message("Dump eFuse blocks -> %s" % path)
        write_bytes(path, b"".join(blocks))
    else:
        stem, ext = os.path.splitext(path)
        for n, data in enumerate(blocks):
            efuses.reporter.message("Dump eFuse block%d -> %s%d%s" % (n, stem, n, ext))
            write_bytes("%s%d%s" % (stem, n, ext), data)


def write_bytes(path, data):
    tmp = esptool.write_temp_beside(path, data)
    os.replace(tmp, path)


# set_flash_voltage: the fields that fix VDD_SPI, overriding the GPIO45 strap (S2, S3),
# and what each voltage burns (docs/efuse-newer.md §8.3)
FLASH_VOLTAGE_FIELDS = ("VDD_SPI_FORCE", "VDD_SPI_XPD", "VDD_SPI_TIEH")
FLASH_VOLTAGE_SENTENCES = {
    "OFF": "Disable internal flash voltage regulator (VDD_SPI). SPI flash will need to be "
           "powered from an external source.",
    "1.8V": "Set internal flash voltage regulator (VDD_SPI) to 1.8V.",
    "3.3V": "Enable internal flash voltage regulator (VDD_SPI) to 3.3V.",
}


def cmd_set_flash_voltage(efuses, plan, args):
    if not set(FLASH_VOLTAGE_FIELDS) <= {f.name for f in efuses.all_fields}:
        raise FatalError("the %s has no eFuses that set the flash voltage" % efuses.chip.name)
    force, xpd, tieh = (efuses.field(n) for n in FLASH_VOLTAGE_FIELDS)
    if args.voltage == "OFF" and efuses.raw(xpd):
        raise FatalError("cannot switch the flash regulator OFF: VDD_SPI_XPD is already burned")
    if args.voltage == "1.8V" and efuses.raw(tieh):
        raise FatalError("cannot set 1.8V: VDD_SPI_TIEH is already burned, which means 3.3V")
    want = {"OFF": (force,), "1.8V": (force, xpd), "3.3V": (force, xpd, tieh)}[args.voltage]
    efuses.reporter.message(FLASH_VOLTAGE_SENTENCES[args.voltage])
    efuses.reporter.message("The eFuses burned for it: %s." % ", ".join(f.name for f in want))
    for field in want:
        if not efuses.raw(field):
            plan.add_field(field, 1)
    plan.after.append(lambda: efuses.reporter.message("VDD_SPI setting complete."))


def cmd_adc_info(efuses, plan, args):
    """The calibration fields the chip's eFuses hold, by name."""
    rows = [f for f in efuses.all_fields if f.category == "calibration"]
    if efuses.block_version() < efuses.chip.calibration_from or not rows:
        efuses.reporter.message("No calibration data in the eFuses (block version %d)."
                                % efuses.block_version())
        return
    for f in rows:
        efuses.reporter.message("%s = %s" % (f.name, efuses.value(f)))


def name_value_pairs(efuses, words):
    """[(field name, value text or None)]: a value may be left out where a field name
    follows (or at the end), as upstream 5.6 allows for flags and bit counters."""
    from espkit import efuse5x
    names = {f.name for f in efuses.all_fields} | {a for f in efuses.all_fields for a in f.alt}
    return efuse5x.pair_with_values(words, names)


def cmd_burn_efuse(efuses, plan, args):
    pairs = name_value_pairs(efuses, args.name_value_pairs)
    if in_5x_mode():
        refuse_incompatible_as_5x(efuses, [efuses.field(name).name for name, _ in pairs], args)
    for name, text in pairs:
        field = efuses.field(name)
        if in_5x_mode():
            if field.is_bytes or field.kind == "mac":
                data = bytes_value_as_5x(efuses, field, text)
                plan.add_field(field, data, "%s -> 0x%s" % (field.name, data[::-1].hex()))
                continue
            check_value_as_5x(efuses, field, text)
        if text is None:
            text = str(default_value(efuses, field))
        if field.is_bytes or field.kind in ("mac", "calc"):
            raise FatalError("%s is not a number field: use burn_block_data, burn_key or "
                             "burn_custom_mac for it" % field.name)
        value = parse_value(field, text, efuses)
        if field.kind == "keypurpose" and not field.name.endswith("_H"):
            check_purpose_for(efuses, field, value)
            add_purpose(efuses, plan, field, value)
        else:
            plan.add_field(field, value)


# Flags a chip must never have together: (chip, flags, why) (upstream 5.6's
# `is_efuses_incompatible_for_burn`, docs/efuse-newer.md §7).
INCOMPATIBLE_FLAGS = (
    ("esp32s3", ("DIS_USB_JTAG", "DIS_USB_SERIAL_JTAG"),
     "a bug of the ROM bootloader: with both set the chip can no longer be reached"),
)


def refuse_incompatible_as_5x(efuses, names, args):
    """5.x refuses to burn flags that together leave the chip unreachable (the 5.x mode;
    --force burns them anyway)."""
    for chip, flags, why in INCOMPATIBLE_FLAGS:
        if chip != efuses.chip.key or not set(flags) & set(names):
            continue
        if all(n in names or efuses.raw(efuses.field(n)) for n in flags):
            efuses.reporter.message("%s cannot be set together: %s." % (" and ".join(flags), why))
            if not getattr(args, "force", False):
                raise FatalError("Incompatible eFuse settings detected, abort. (use --force "
                                 "flag to skip it).")


def in_5x_mode():
    compat = esptool.import_extension("espkit.compat")
    return bool(compat and compat.is_5x())


def check_value_as_5x(efuses, field, text):
    """5.x's refusals of a value burn_efuse would take (the 5.x mode, docs/compat.md §7):
    a flag takes 1 only, a number field no 0, a bit counter no more bits than it has."""
    value = None if text is None else parse_value(field, text, efuses)
    if field.bits == 1 and field.kind != "keypurpose":
        if value not in (None, 1):
            raise FatalError("New value is not accepted for eFuse '%s' (will always burn "
                             "0->1), given value=%d" % (field.name, value))
        return
    if field.kind == "bitcount":
        old = efuses.raw(field)
        value = (old | (old + 1) if old != (1 << field.bits) - 1 else old | 1 << field.bits) \
            if value is None else value
    elif value is None:
        raise FatalError("New value required for eFuse '%s' (given None)" % field.name)
    elif value == 0 and field.kind != "keypurpose":
        raise FatalError("New value should not be 0 for '%s' (given value= 0)" % field.name)
    if value >> field.bits:
        raise FatalError("%d is too large an unsigned integer for a bitstring of length %d. "
                         "The allowed range is [0, %d]." % (value, field.bits,
                                                            (1 << field.bits) - 1))


def bytes_value_as_5x(efuses, field, text):
    """A byte field's value as 5.x's burn_efuse takes it: a MAC as AA:BB:..; 0x.. a number
    (stored least significant byte first); plain hex the bytes in order."""
    if text is None:
        raise FatalError("New value required for eFuse '%s' (given None)" % field.name)
    if field.kind == "mac" or ":" in text:
        return efuses.core.parse_mac(text)
    number = text.lower().startswith("0x")
    digits = text[2:] if number else text
    try:
        data = bytes.fromhex(digits)
    except ValueError:
        raise FatalError("'%s' is not a hex value for %s" % (text, field.name))
    if len(data) * 8 != field.bits:
        raise FatalError("The length of eFuse '%s' (%d bits) (given len of the new value= %d "
                         "bits)" % (field.name, field.bits, len(data) * 8))
    return data[::-1] if number else data


def add_purpose(efuses, plan, field, value, label=None):
    """Set a key purpose; on the P4 from v3.0 its fifth bit goes to KEY_PURPOSE_n_H."""
    high = efuses.purpose_high_bit(field)
    if high and value >> field.bits:
        plan.add_field(high, value >> field.bits)
        value &= (1 << field.bits) - 1
    if value or not high:
        plan.add_field(field, value, label)


def default_value(efuses, field):
    """The value of a field named without one: 1 for a flag, the next bit of a bit
    counter (SPI_BOOT_CRYPT_CNT, SECURE_VERSION)."""
    old = efuses.raw(field)
    if field.kind == "bitcount":
        if old == (1 << field.bits) - 1:
            raise FatalError("%s has all its bits set: there is no next bit to burn" % field.name)
        return old | (old + 1)
    if field.bits == 1:
        return 1
    raise FatalError("%s needs a value (it has %d bits)" % (field.name, field.bits))


def parse_value(field, text, efuses):
    if field.kind == "keypurpose" and text.upper() in efuses.chip.purposes:
        return efuses.chip.purposes[text.upper()][0]
    if field.values:
        for raw, name in field.values.items():
            if str(name).lower() == text.lower():
                return raw
    try:
        return int(text, 0)
    except ValueError:
        raise FatalError("'%s' is not a value for %s" % (text, field.name),
                         hint="give a number (0x.. for hex)")


def check_purpose_for(efuses, field, value):
    names = purpose_names(efuses.chip.purposes)
    if value not in names:
        raise FatalError("%d is not a key purpose of the %s" % (value, efuses.chip.name),
                         hint="purposes: " + ", ".join(efuses.chip.purposes))
    if field.name == "KEY_PURPOSE_5" and names[value] in KEY5_QUIRK.get(efuses.chip.key, ()):
        raise FatalError("KEY_PURPOSE_5 cannot be %s: the hardware takes such keys from "
                         "BLOCK_KEY0..4 only (docs/efuse-newer.md §8)" % names[value])


# The purposes BLOCK_KEY5 cannot serve on each chip, a quirk of the hardware
# (ESP-IDF's SOC_EFUSE_BLOCK9_KEY_PURPOSE_QUIRK; docs/efuse-newer.md §8).
KEY5_QUIRK = {"esp32c3": ("XTS_AES_128_KEY",), "esp32s3": ("XTS_AES_128_KEY",),
              "esp32c6": ("XTS_AES_128_KEY",), "esp32h2": ("XTS_AES_128_KEY", "ECDSA_KEY")}


def cmd_burn_bit(efuses, plan, args):
    block = efuses.chip.block_index(args.block)
    size = 32 * efuses.chip.blocks[block][3]
    bits = 0
    for n in args.bit_number:
        if not 0 <= n < size:
            raise FatalError("bit %d is outside %s (bits 0-%d)" % (n, efuses.chip.blocks[block][0],
                                                                   size - 1))
        bits |= 1 << n
    refuse_unwriteable_bits(efuses, block, bits)
    plan.add(block, bits & ~efuses.block_int(block),
             "%s bits %s" % (efuses.chip.blocks[block][0], " ".join(map(str, args.bit_number))))


def refuse_unwriteable_bits(efuses, block, bits):
    name = efuses.chip.blocks[block][0]
    if not efuses.block_readable(block):
        raise FatalError("%s is read-protected: its bits are unknown; nothing was burned" % name)
    if not efuses.block_writeable(block):
        raise FatalError("%s is write-protected; nothing was burned" % name)
    for f in efuses.all_fields:
        if f.block == block and bits >> f.start & ((1 << f.bits) - 1) and not efuses.is_writeable(f):
            raise FatalError("the bits asked for touch %s, which is write-protected; nothing "
                             "was burned" % f.name)


def block_field(efuses, block):
    """The field spanning a whole block (BLOCK_KEY0, BLOCK_USR_DATA, ...), if any."""
    for f in efuses.all_fields:
        if f.block == block and f.start == 0 and f.bits == 32 * efuses.chip.blocks[block][3]:
            return f
    return None


def cmd_burn_block_data(efuses, plan, args):
    pairs = args.block_datafile
    if len(pairs) % 2:
        if in_5x_mode():
            raise FatalError("Expected multiple of 2 values, got %d" % len(pairs))
        raise FatalError("burn_block_data takes pairs of block and data file")
    refuse_repeated_blocks(efuses, pairs[::2])
    if in_5x_mode():
        check_block_data_as_5x(efuses, pairs, args.offset)
    for name, path in zip(pairs[::2], pairs[1::2]):
        block = efuses.chip.block_index(name)
        if block == 0:
            raise FatalError("BLOCK0 holds the configuration fields: use burn_efuse for them")
        data = esptool.read_input_file(path, "data file")
        size = 4 * efuses.chip.blocks[block][3]
        if not data:
            raise FatalError("data file %s is empty" % path)
        if args.offset < 0 or args.offset + len(data) > size:
            raise FatalError("%d bytes at offset %d do not fit %s, which holds %d bytes"
                             % (len(data), args.offset, efuses.chip.blocks[block][0], size))
        new = bytearray(size)
        new[args.offset:args.offset + len(data)] = data
        bits = int.from_bytes(new, "little")
        refuse_unwriteable_bits(efuses, block, bits)
        if bits & ~efuses.block_int(block) == 0:
            continue
        plan.add(block, bits, "%d bytes of %s at offset %d into %s" % (
            len(data), path, args.offset, efuses.chip.blocks[block][0]))


def check_block_data_as_5x(efuses, pairs, offset):
    """5.x's refusals of burn_block_data's arguments, in its words (the 5.x mode)."""
    if offset and len(pairs) > 2:
        raise FatalError("The 'offset' option is not applicable when a few blocks are passed.")
    for name, path in zip(pairs[::2], pairs[1::2]):
        block = efuses.chip.block_index(name)
        size = 4 * efuses.chip.blocks[block][3]
        from espkit import efuse5x
        efuse5x.check_fits_as_5x(block, size, len(esptool.read_input_file(path, "data file")),
                                 offset)


def refuse_repeated_blocks(efuses, names):
    """5.x refuses a block named twice in one command (the 5.x mode: its words)."""
    blocks = [efuses.chip.blocks[efuses.chip.block_index(n)][0] for n in names]
    repeated = [b for i, b in enumerate(blocks) if b in blocks[:i]]
    if repeated and in_5x_mode():
        raise FatalError("Found repeated %s in the name list." % repeated)


def key_blocks(efuses):
    return [n for n, b in enumerate(efuses.chip.blocks) if b[0].startswith("BLOCK_KEY")]


def cmd_burn_key(efuses, plan, args, digest=False):
    groups = args.block_keyfile_keypurpose
    if digest and not efuses.chip.purposes and len(groups) == 1:
        groups = ["BLOCK_KEY0", groups[0], "SECURE_BOOT_DIGEST"]     # the C2's 5.6 form: KEYFILE
    if len(groups) % 3:
        if in_5x_mode():
            raise FatalError("Expected multiple of 3 values, got %d" % len(groups))
        raise FatalError("burn_key takes groups of block, key file and key purpose")
    if efuses.chip.purposes:         # the C2 names BLOCK_KEY0 twice for its two halves
        refuse_repeated_blocks(efuses, groups[::3])
    if not efuses.chip.purposes:
        return burn_c2_keys(efuses, plan, args, groups, digest)
    for name, path, purpose in zip(groups[::3], groups[1::3], groups[2::3]):
        purpose = purpose.upper()
        if digest:
            if not is_digest_purpose(purpose):
                raise FatalError("burn_key_digest takes a SECURE_BOOT_DIGESTn purpose, not %s"
                                 % purpose)
            key = public_key_digest(path)
        elif purpose in ECDSA_PURPOSES:
            key = ecdsa_private_key(path)
        elif purpose == "ECDSA_KEY_P384" and "ECDSA_KEY_P384_L" in efuses.chip.purposes:
            # 16 zero bytes and the 48-byte scalar: the first half to the block named
            # (_H), the second to the next free one (_L), as 5.6 (docs/efuse-newer.md §8.2)
            key = ecdsa_private_key(path, p384=True)
            first = efuses.chip.block_index(name)
            add_key(efuses, plan, args, first, key[:32], "ECDSA_KEY_P384_H", path)
            add_key(efuses, plan, args, next_free_key_block(efuses, plan, first, purpose),
                    key[32:], "ECDSA_KEY_P384_L", path)
            continue
        else:
            key = esptool.read_input_file(path, "key file")
        if purpose == "XTS_AES_256_KEY" and "XTS_AES_256_KEY_1" in efuses.chip.purposes:
            if len(key) != 64:
                raise FatalError("an XTS_AES_256_KEY is 64 bytes; %s holds %d" % (path, len(key)))
            first = efuses.chip.block_index(name)
            add_key(efuses, plan, args, first, key[:32], "XTS_AES_256_KEY_1", path)
            add_key(efuses, plan, args, next_free_key_block(efuses, plan, first, purpose), key[32:],
                    "XTS_AES_256_KEY_2", path)
            continue
        add_key(efuses, plan, args, efuses.chip.block_index(name), key, purpose, path)


# The ESP32-C2's one key block (docs/efuse-newer.md §8.1): purpose -> (field, bytes, reversed,
# read-protected)
C2_PURPOSES = {"XTS_AES_128_KEY": ("BLOCK_KEY0", 32, True, True),
               "XTS_AES_128_KEY_DERIVED_FROM_128_EFUSE_BITS": ("BLOCK_KEY0_LOW_128", 16, True, True),
               "SECURE_BOOT_DIGEST": ("BLOCK_KEY0_HI_128", 16, False, False)}
C2_HALF_PURPOSES = ("XTS_AES_128_KEY_DERIVED_FROM_128_EFUSE_BITS", "SECURE_BOOT_DIGEST")


def burn_c2_keys(efuses, plan, args, groups, digest):
    purposes = [p.upper() for p in groups[2::3]]
    for purpose in purposes:
        if purpose not in C2_PURPOSES or (digest and purpose != "SECURE_BOOT_DIGEST"):
            raise FatalError("%s is not a key purpose for %s on the ESP32-C2" % (
                purpose, "burn_key_digest" if digest else "burn_key"),
                hint="purposes: " + ("SECURE_BOOT_DIGEST" if digest else ", ".join(C2_PURPOSES)))
    if len(purposes) > 2 or (len(purposes) == 2 and (
            len(set(purposes)) != 2 or not set(purposes) <= set(C2_HALF_PURPOSES))):
        raise FatalError("these key purposes cannot share the ESP32-C2's key block: %s"
                         % ", ".join(purposes))
    rd = efuses.field("RD_DIS")
    for name, path, purpose in zip(groups[::3], groups[1::3], purposes):
        if efuses.chip.block_index(name) != 3:
            raise FatalError("the ESP32-C2's keys go into BLOCK_KEY0 (BLOCK3), not %s" % name)
        field_name, size, reverse, needs_rd = C2_PURPOSES[purpose]
        field = efuses.field(field_name)
        key = public_key_digest(path) if digest else esptool.read_input_file(path, "key file")
        if purpose == "SECURE_BOOT_DIGEST" and len(key) == 32:
            key = key[:16]            # the chip keeps the digest's first 128 bits
        if len(key) != size:
            raise FatalError("a %s key is %d bytes; %s holds %d" % (purpose, size, path, len(key)))
        stored = key[::-1] if reverse else key
        # 5.x burns a key again where the block holds it already: only protection is added
        again = in_5x_mode() and efuses.is_readable(field) and efuses.raw_bytes(field) == stored
        if not again:
            refuse_protected(efuses, field)
        if any(efuses.blocks[3]) and not again:
            raise FatalError("BLOCK_KEY0 already holds data: a key block is burned once; "
                             "nothing was burned")
        if not again:
            plan.add_field(field, stored, "%s: %s key from %s%s" % (
                field_name, purpose, path, " (byte order reversed)" * reverse))
        if purpose == "XTS_AES_128_KEY":
            length = efuses.field("XTS_KEY_LENGTH_256")
            if not efuses.raw(length):
                plan.add_field(length, 1)
        if needs_rd and not args.no_read_protect:
            for bit in field.rd:
                plan.add_protection(1 << (rd.start + bit), "read protection of %s (RD_DIS bit %d)"
                                    % (field_name, bit))
        if not args.no_write_protect:
            plan.add_protection(1 << field.wr, "write protection of BLOCK_KEY0 (WR_DIS bit %d)"
                                % field.wr)


def next_free_key_block(efuses, plan, after, purpose):
    """The first free key block after `after`, going round to BLOCK_KEY0 (as 5.6): empty,
    readable, writeable, its purpose USER and changeable, and not taken by this call."""
    blocks = key_blocks(efuses)
    i = blocks.index(after)
    for n in blocks[i + 1:] + blocks[:i]:
        kp = efuses.field("KEY_PURPOSE_%d" % blocks.index(n))
        blockf = block_field(efuses, n)
        if n not in plan.bits and not any(efuses.blocks[n]) and efuses.is_readable(blockf) \
                and efuses.is_writeable(blockf) and efuses.is_writeable(kp) \
                and not efuses.purpose_raw(kp):
            return n
    raise FatalError("no free key block for the second half of the %s" % purpose)


def add_key(efuses, plan, args, block, key, purpose, path):
    chip = efuses.chip
    name = chip.blocks[block][0]
    if block not in key_blocks(efuses):
        raise FatalError("%s is not a key block (BLOCK_KEY0..BLOCK_KEY5)" % name)
    if purpose not in chip.purposes:
        raise FatalError("%s is not a key purpose of the %s" % (purpose, chip.name),
                         hint="purposes: " + ", ".join(chip.purposes))
    if len(key) != 32:
        raise FatalError("a key for %s is 32 bytes; %s holds %d" % (name, path, len(key)))
    value, reverse, needs_rd = chip.purposes[purpose]
    index = key_blocks(efuses).index(block)
    kp = efuses.field("KEY_PURPOSE_%d" % index)
    check_purpose_for(efuses, kp, value)
    blockf = block_field(efuses, block)
    refuse_protected(efuses, blockf)
    stored = int.from_bytes(key[::-1] if reverse else key, "little")
    # 5.x burns a key again without complaint where the block holds it already with this
    # purpose: only the protection is then added (the 5.x mode)
    again = in_5x_mode() and stored and efuses.block_int(block) == stored and \
        efuses.purpose_raw(kp) == value and block not in plan.bits
    if (any(efuses.blocks[block]) or block in plan.bits) and not again:
        raise FatalError("%s already holds data (or another key of this call): a key block is "
                         "burned once; nothing was burned" % name)
    if efuses.purpose_raw(kp) not in (0, value):
        raise FatalError("%s is %s already" % (kp.name, efuses.value(kp)))
    if not again:
        plan.add(block, stored, "%s: %s key from %s%s" % (name, purpose, path,
                                                          " (byte order reversed)" * reverse))
    if efuses.purpose_raw(kp) != value:
        add_purpose(efuses, plan, kp, value, "%s = %s" % (kp.name, purpose))
    if purpose == "ECDSA_KEY" and "ECDSA_FORCE_USE_HARDWARE_K" in {f.name for f in efuses.fields}:
        # up to revision 1.1 the H2 must then take k from its random generator (upstream 5.6)
        force_k = efuses.field("ECDSA_FORCE_USE_HARDWARE_K")
        if not efuses.raw(force_k):
            plan.add_field(force_k, 1)
    plan.add_protection(1 << kp.wr, "write protection of %s (WR_DIS bit %d)" % (kp.name, kp.wr))
    if not args.no_write_protect:
        plan.add_protection(1 << blockf.wr, "write protection of %s (WR_DIS bit %d)"
                            % (name, blockf.wr))
    if needs_rd and not args.no_read_protect:
        rd = efuses.field("RD_DIS")
        for bit in blockf.rd:
            plan.add_protection(1 << (rd.start + bit), "read protection of %s (RD_DIS bit %d)"
                                % (name, bit))


def public_key_digest(path):
    """SHA-256 of the SBv2 public key (docs/secure-boot-v2.md), from a public or private PEM."""
    from espkit import crypto, secure_boot_v2
    lib = crypto.require("burn_key_digest")
    key = secure_boot_v2.load_public_key(esptool.read_input_file(path, "key file"), path, lib)
    return key.digest()


def ecdsa_private_key(path, p384=False):
    """An ECDSA_KEY (H2; P4, C5, C61 by curve) from a PEM private key (P-256, or P-192
    zero-padded in front to 32 bytes; P-384 to 64 with `p384`), big-endian as the curve
    defines it; burned reversed (docs/efuse-newer.md §8, §8.2)."""
    from espkit import crypto
    lib = crypto.require("burn_key with ECDSA_KEY")
    data = esptool.read_input_file(path, "key file")
    try:
        key = lib.serialization.load_pem_private_key(data, password=None)
        curves = {"secp384r1": 48} if p384 else {"secp256r1": 32, "secp192r1": 24}
        size = curves[key.curve.name]
    except (ValueError, TypeError, AttributeError, KeyError, lib.exceptions.UnsupportedAlgorithm):
        raise FatalError("%s is not an ECDSA %s private key in PEM format"
                         % (path, "P-384" if p384 else "P-256 or P-192"))
    scalar = key.private_numbers().private_value.to_bytes(size, "big")
    return bytes((64 if p384 else 32) - size) + scalar


def cmd_burn_key_digest(efuses, plan, args):
    cmd_burn_key(efuses, plan, args, digest=True)


def cmd_read_protect_efuse(efuses, plan, args):
    rd = efuses.field("RD_DIS")
    for name in args.efuse_name:
        field = efuses.field(name)
        if not field.rd:
            raise FatalError("%s cannot be read-protected (no RD_DIS bit guards it)" % field.name)
        if not efuses.is_writeable(rd):
            raise FatalError("RD_DIS is write-protected: no read protection can be added")
        if in_5x_mode() and all(efuses.rd_dis >> bit & 1 for bit in field.rd):
            efuses.reporter.message("Efuse %s is already read protected" % field.name)
            continue
        refuse_hiding_a_public_key_block(efuses, field)
        for bit in field.rd:
            plan.add_protection(1 << (rd.start + bit), "read protection of %s (RD_DIS bit %d)"
                                % (field.name, bit))


def refuse_hiding_a_public_key_block(efuses, field):
    """A key block whose purpose is read by software or the ROM (USER, a secure boot
    digest) must stay readable: hidden, it would stop the boot (as upstream 5.6 refuses)."""
    if not efuses.chip.purposes and in_5x_mode():
        return refuse_hiding_the_c2_digest(efuses, field)
    blocks = key_blocks(efuses)
    if field.block not in blocks or not efuses.chip.purposes or field.start or (
            field.bits != 32 * efuses.chip.blocks[field.block][3]):
        return
    kp = efuses.field("KEY_PURPOSE_%d" % blocks.index(field.block))
    purpose = efuses.value(kp)
    if not efuses.chip.purposes.get(purpose, (0, False, True))[2]:
        raise FatalError("%s must stay readable: it holds a %s key (%s); nothing was burned"
                         % (field.name, purpose, kp.name))


def refuse_hiding_the_c2_digest(efuses, field):
    """The C2 (the 5.x mode, 5.6's rule): its whole key block stays readable unless it holds
    one 256-bit XTS key (XTS_KEY_LENGTH_256), and its upper half, the secure boot digest,
    once secure boot is on."""
    whole = field.name == "BLOCK_KEY0" and not efuses.named("XTS_KEY_LENGTH_256")
    digest = field.name in ("BLOCK_KEY0", "BLOCK_KEY0_HI_128") and efuses.named("SECURE_BOOT_EN")
    if whole or digest:
        raise FatalError("%s must be readable, stop this operation!" % field.name)


def cmd_write_protect_efuse(efuses, plan, args):
    for name in args.efuse_name:
        field = efuses.field(name)
        wr = field.wr if field.block == 0 else efuses.chip.blocks[field.block][4]
        if wr is None:
            raise FatalError("%s cannot be write-protected (no WR_DIS bit guards it)" % field.name)
        if in_5x_mode() and efuses.block_int(0) >> wr & 1:
            efuses.reporter.message("Efuse %s is already write protected." % field.name)
            continue
        plan.add_protection(1 << wr, "write protection of %s (WR_DIS bit %d)" % (field.name, wr))


def cmd_burn_custom_mac(efuses, plan, args):
    mac = efuses.core.parse_mac(args.mac)          # espefuse.py's: the same rules on every chip
    field = efuses.field("CUSTOM_MAC")
    if any(efuses.raw_bytes(field)):
        raise FatalError("a custom MAC is burned already: %s" % efuses.value(field))
    plan.add_field(field, mac, "CUSTOM_MAC = %s" % args.mac.lower())
    if "CUSTOM_MAC_USED" in {f.name for f in efuses.all_fields}:      # the C2 says so in BLOCK0
        plan.add_field(efuses.field("CUSTOM_MAC_USED"), 1)
    plan.after.append(lambda: cmd_get_custom_mac(efuses, plan, args))


def cmd_get_custom_mac(efuses, plan, args):
    efuses.reporter.message("Custom MAC Address: %s" % efuses.value(efuses.field("CUSTOM_MAC")))


def cmd_check_error(efuses, plan, args):
    bad = [(n, e, f) for n, (e, f) in enumerate(efuses.controller.block_errors()) if e or f]
    for n, errors, failed in bad:
        efuses.reporter.message("Error(s) in BLOCK%d [ERRORS:%d FAIL:%s]" % (n, errors, failed))
    if bad and getattr(args, "recovery", False):
        raise FatalError("check_error --recovery is not supported by this espefuse")
    if bad:
        raise FatalError("the eFuse controller reports errors in %s"
                         % ", ".join("BLOCK%d" % n for n, _e, _f in bad))
    efuses.reporter.message("No errors detected.")


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

def summary_args(p):
    p.add_argument("efuses", nargs="*", help="the fields to show (default: all)")
    p.add_argument("--format", choices=["summary", "json", "value_only"], default="summary",
                   type=lambda t: t.replace("-", "_"), help="text (default) or JSON")
    p.add_argument("--file", help="write the output to this file instead of stdout")


def dump_args(p):
    p.add_argument("--format", choices=["default", "split", "joint"], default="default",
                   help="split/joint: the blocks' bytes (one file per block, or one file)")
    p.add_argument("--file-name", help="write the bytes to this file")


def burn_efuse_args(p):
    p.add_argument("name_value_pairs", nargs="+", metavar="NAME VALUE",
                   help="field names and their new values")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--force", action="store_true",
                   help="5.x mode: burn flags it calls incompatible anyway")


def burn_bit_args(p):
    p.add_argument("block", help="block name or number (BLOCK_USR_DATA, BLOCK3)")
    p.add_argument("bit_number", nargs="+", type=int, help="bit numbers in the block")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)


def burn_block_data_args(p):
    p.add_argument("block_datafile", nargs="+", metavar="BLOCK DATAFILE",
                   help="block names and data files")
    p.add_argument("--offset", "-o", type=esptool.arg_auto_int, default=0,
                   help="byte offset in the block")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)


def burn_key_args(p, chip=None):
    names = "" if chip is None else " BLOCK: %s. KEYPURPOSE: %s." % (
        ", ".join(b[0] for n, b in enumerate(chip.blocks) if b[0].startswith("BLOCK_KEY")),
        ", ".join(chip.purposes or C2_PURPOSES))
    p.add_argument("block_keyfile_keypurpose", nargs="+", metavar="BLOCK KEYFILE KEYPURPOSE",
                   help="key block, key file (32 raw bytes; for burn_key_digest a PEM key), "
                        "key purpose." + names)
    p.add_argument("--no-read-protect", action="store_true",
                   help="leave keys of the purposes that are normally hidden readable")
    p.add_argument("--no-write-protect", action="store_true",
                   help="leave the key block writeable (its KEY_PURPOSE is protected anyway)")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--show-sensitive-info", action="store_true", help=argparse.SUPPRESS)


def efuse_names_args(p):
    p.add_argument("efuse_name", nargs="+", help="field names")


def voltage_args(p):
    p.add_argument("voltage", choices=["1.8V", "3.3V", "OFF"], help="voltage")


def mac_args(p):
    p.add_argument("mac", help="MAC, six hex bytes separated by colons")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)


def check_error_args(p):
    p.add_argument("--recovery", action="store_true",
                   help="with errors: not supported by this espefuse (refused); without: "
                        "nothing to recover")


COMMANDS = (
    ("summary", cmd_summary, summary_args, "print every field, decoded, with its protection"),
    ("dump", cmd_dump, dump_args, "print the words of every block"),
    ("burn_efuse", cmd_burn_efuse, burn_efuse_args, "burn fields: NAME VALUE [NAME VALUE ...]"),
    ("burn_bit", cmd_burn_bit, burn_bit_args, "burn single bits of a block"),
    ("burn_key", cmd_burn_key, burn_key_args, "burn keys into key blocks with their purposes"),
    ("burn_key_digest", cmd_burn_key_digest, burn_key_args,
     "burn the SHA-256 digest of a secure boot v2 public key into a key block"),
    ("burn_block_data", cmd_burn_block_data, burn_block_data_args, "burn raw data into blocks"),
    ("read_protect_efuse", cmd_read_protect_efuse, efuse_names_args,
     "stop software from reading fields"),
    ("write_protect_efuse", cmd_write_protect_efuse, efuse_names_args,
     "stop any further change of fields"),
    ("burn_custom_mac", cmd_burn_custom_mac, mac_args, "burn a custom MAC"),
    ("get_custom_mac", cmd_get_custom_mac, None, "show the custom MAC"),
    ("adc_info", cmd_adc_info, None, "show the calibration fields"),
    ("set_flash_voltage", cmd_set_flash_voltage, voltage_args,
     "fix the flash voltage regulator (S2, S3): 1.8V, 3.3V or OFF, overriding GPIO45"),
    ("check_error", cmd_check_error, check_error_args,
     "report the errors the controller records for each block"),
)
COMMAND_NAMES = {n: c for c in COMMANDS for n in (c[0], c[0].replace("_", "-"))}


def global_parser(prog):
    esptool.load_extensions()               # the resets they add to --before
    p = esptool.CommandLineParser(prog=prog, add_help=False,
                                  description="read and burn the eFuses of the chips since the "
                                  "ESP32-S2 (%s)" % ", ".join(c.name for c in CHIPS.values()))
    p.add_argument("--chip", "-c", required=True, type=str.lower, choices=list(CHIPS))
    p.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", esptool.DEFAULT_PORT))
    p.add_argument("--baud", "-b", type=esptool.arg_auto_int,
                   default=os.environ.get("ESPTOOL_BAUD", esptool.ESP_ROM_BAUD))
    p.add_argument("--before", default="default_reset", type=esptool.underscored,
                   choices=esptool.before_choices())
    p.add_argument("--do-not-confirm", action="store_true")
    p.add_argument("--virt", action="store_true")
    p.add_argument("--path-efuse-file", "--file", dest="path_efuse_file")
    p.add_argument("--debug", "-d", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--postpone", action="store_true", help=argparse.SUPPRESS)   # the default
    p.add_argument("--extend-efuse-table", metavar="CSV",
                   help="more fields, from an ESP-IDF eFuse table (CSV)")
    p.add_argument("--no-postpone", action="store_true",
                   help="burn BLOCK0's protection bits with its fields, in one cycle")
    p.add_argument("-h", "--help", action="store_true")
    return p


def command_parser(name, func, add_args, help, chip=None):
    p = esptool.CommandLineParser(prog="espefuse.py %s" % name, description=help)
    if add_args is burn_key_args:
        add_args(p, chip)
    elif add_args:
        add_args(p)
    return p


def usage(chip_names):
    lines = ["usage: espefuse.py --chip {%s} [--port PORT | --virt [--path-efuse-file F]] "
             "[--do-not-confirm] [--compat {2,5}] COMMAND [ARGS] [COMMAND [ARGS] ...]"
             % ",".join(chip_names), "", "commands (also with dashes, burn-key for burn_key):"]
    lines += ["  %-20s %s" % (c[0], c[3]) for c in COMMANDS]
    return "\n".join(lines + ["", "options:", compat_option.help_line()])


def run_cli(argv, core):
    """espefuse.py's command line for a newer chip; `core` is espefuse.py itself (its
    confirmation, file lock and loader connection are reused)."""
    from espkit import efuse5x
    globals_, groups = efuse5x.split_commands(argv, COMMAND_NAMES)
    args = global_parser("espefuse.py").parse_args(globals_)
    in_5x = in_5x_mode()
    if args.help or not groups:
        if in_5x:
            print(efuse5x.USAGE)
        print(usage(CHIPS))
        return 0 if args.help else 1
    parsed = []
    for (name, func, add_args, help), cargv in groups:
        parser = command_parser(name, func, add_args, help, CHIPS[args.chip])
        if in_5x and ("-h" in cargv or "--help" in cargv):
            return efuse5x.say_command_help(name.replace("_", "-"), args.chip, parser)
        cargs = parser.parse_args(cargv)
        for key, value in vars(args).items():
            setattr(cargs, key, value)
        cargs.command_name = name.replace("_", "-")
        parsed.append((func, cargs))
    reporter = esptool.ConsoleReporter()
    reporter.message("espefuse.py v%s" % esptool.__version__)
    chip = CHIPS[args.chip]
    try:
        bus = connect_bus(chip, args, core, reporter)
    except FatalError as e:
        raise esptool.import_extension("espkit.compat").naming_the_port(e) if in_5x else e
    try:
        if isinstance(bus, VirtualController) and not in_5x:
            reporter.message("Working on a %s." % bus.describe())
        extra = fields_of_csv(chip, args.extend_efuse_table) if args.extend_efuse_table else ()
        efuses = Efuses(chip, Controller(chip, bus, reporter), reporter, core, extra)
        if in_5x and args.debug:
            say_blocks(efuses, "read_regs")
        run_commands(efuses, parsed, args)
    except core.AbortBurn:
        raise FatalError("the burn was not confirmed: nothing was burned")
    finally:
        bus.close()
    return 0


def run_commands(efuses, parsed, args):
    """Reads run in order; burns are collected into one plan, confirmed once, burned
    once, then the reports asked for after a burn (get_custom_mac) run."""
    plan = Plan(efuses)
    in_5x = in_5x_mode()
    for func, cargs in parsed:
        if in_5x:                              # 5.6 heads each command's output so
            efuses.reporter.message("")
            efuses.reporter.message('=== Run "%s" command ===' % cargs.command_name)
        func(efuses, plan, cargs)
    run_plan(efuses, plan, args) if plan.labels else None
    for after in plan.after:
        after()


def connect_bus(chip, args, core, reporter):
    if args.virt:
        return VirtualController(chip, core, args.path_efuse_file)
    esptool.import_pyserial()
    esptool.load_extensions()
    ports = [args.port] if args.port else esptool.ports_to_try()
    mode = args.before
    last = None
    for port in ports:
        try:
            esp = esptool.ESPLoader.detect_chip(port, baud=esptool.ESP_ROM_BAUD, connect_mode=mode,
                                                reporter=reporter)
        except FatalError as e:
            last = e
            continue
        if esp.CHIP_NAME != chip.name:
            esp.close()
            raise FatalError("the chip on %s is an %s, not an %s" % (port, esp.CHIP_NAME,
                                                                     chip.name),
                             hint="use --chip %s" % esp.CHIP_NAME.lower().replace("-", ""))
        if args.baud != esptool.ESP_ROM_BAUD:
            esp.change_baud(args.baud)
        return LoaderBus(esp)
    raise last or FatalError("no serial port found")
