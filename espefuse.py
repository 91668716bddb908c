#!/usr/bin/env python3
# espefuse.py - part of the esptool.py toolkit. GPLv2, see LICENSE.
"""Read and burn the one-time-programmable eFuses of an ESP32.

Facts (register map, field table, protection bits, coding schemes, MAC CRC,
calibration encodings) come from docs/efuse-esp32.md; section numbers below refer
to it. Read this file top to bottom:

  1. controller registers     addresses of the eFuse controller (docs/efuse-esp32.md §1)
  2. the field table          every field: where it lives, how it is protected (docs/efuse-esp32.md §3)
  3. encodings                MAC CRC, 3/4 coding, key byte order, ADC values
  4. backends                 a real chip (through esptool's loader) or a file
  5. the eFuse model          reading fields, permissions, display values
  6. burning                  plan -> confirm -> program -> verify, with a
                              precise report when a burn is cut short
  7. commands                 one function per subcommand
  7b. extension seam          where the chips since the ESP32-S2 plug in
  8. CLI                      argument parser, command table, main()

A backend is deliberately tiny: read the read registers of a block, program
the write registers of all blocks in one cycle, and say whether the last
cycle left 3/4-decode errors. Everything else (which bits to set, whether
that is allowed, whether it worked) lives above it, so the virtual chip and a
real chip behave identically from the user's side.
"""
import json
import os
import struct
import sys
import time

import esptool
from esptool import Command, FatalError


# ---------------------------------------------------------------------------
# 1. Controller registers (docs/efuse-esp32.md §1)
# ---------------------------------------------------------------------------

EFUSE_REG_BASE = 0x3FF5A000                  # DPORT alias; 0x6001A000 reaches the same
EFUSE_BLK_RDATA_REG = (EFUSE_REG_BASE + 0x000, EFUSE_REG_BASE + 0x038,
                       EFUSE_REG_BASE + 0x058, EFUSE_REG_BASE + 0x078)
EFUSE_BLK_WDATA_REG = (EFUSE_REG_BASE + 0x01C, EFUSE_REG_BASE + 0x098,
                       EFUSE_REG_BASE + 0x0B8, EFUSE_REG_BASE + 0x0D8)
EFUSE_CLK_REG = EFUSE_REG_BASE + 0x0F8
EFUSE_CONF_REG = EFUSE_REG_BASE + 0x0FC
EFUSE_CMD_REG = EFUSE_REG_BASE + 0x104
EFUSE_DAC_CONF_REG = EFUSE_REG_BASE + 0x118
EFUSE_DEC_STATUS_REG = EFUSE_REG_BASE + 0x11C
UART0_CLKDIV_REG = 0x3FF40014

EFUSE_CONF_WRITE = 0x5A5A
EFUSE_CONF_READ = 0x5AA5
EFUSE_CMD_PGM = 0x2
EFUSE_CMD_READ = 0x1
EFUSE_CMD_TIMEOUT = 0.250                    # docs/efuse-esp32.md §6.1: the controller finishes well within this
EFUSE_DEC_STATUS_MASK = 0xFFF

BLOCK_WORDS = (7, 8, 8, 8)
BLOCK_NAMES = ("BLK0", "BLK1", "BLK2", "BLK3")

# docs/efuse-esp32.md §6.2: programming timing for the APB clock (= crystal in download mode):
# APB MHz -> (clk_sel0, clk_sel1, dac_clk_div)
EFUSE_TIMING = {26: (250, 255, 52), 40: (160, 255, 80), 80: (80, 128, 100)}

# docs/efuse-esp32.md §5: CODING_SCHEME values
CODING_NONE, CODING_34, CODING_REPEAT, CODING_NONE_ALT = 0, 1, 2, 3
CODING_NAMES = {CODING_NONE: "NONE", CODING_34: "3/4", CODING_REPEAT: "REPEAT",
                CODING_NONE_ALT: "NONE"}


# ---------------------------------------------------------------------------
# 2. The field table (docs/efuse-esp32.md §3)
# ---------------------------------------------------------------------------

class Field:
    """One named eFuse field.

    `word`/`mask` locate it in `block` (a mask wider than 32 bits goes on into the next
    words: a field of an ESP-IDF table may straddle two); `wr`/`rd` are its bit numbers in
    WR_DIS / RD_DIS (None: it cannot be protected that way). `kind` says how
    the value is shown and burned. WR/RD follow the modern (ESP-IDF) table,
    which corrects v2.3.1's: v2.3.1 gave RD_DIS bit 0 (the bit that hides
    the flash encryption key) to CHIP_VER_REV1, CHIP_PACKAGE, ADC_VREF... (docs/efuse-esp32.md §3.2).
    """
    alt_names = ()                       # other names of a field from an ESP-IDF table

    def __init__(self, name, category, block, word, mask, wr, rd, kind, description):
        self.name, self.category, self.kind = name, category, kind
        self.block, self.word, self.mask = block, word, mask
        self.wr, self.rd = wr, rd
        self.description = description
        self.shift = (mask & -mask).bit_length() - 1

    @property
    def width_mask(self):
        return self.mask >> self.shift

    def bit_spans(self):
        """[(block, word, mask)] of every bit this field occupies."""
        if self.kind == "mac":           # docs/efuse-esp32.md §7.1: MAC in words 1-2, CRC in word 2 bits 16-23
            return [(0, 1, 0xFFFFFFFF), (0, 2, 0x00FFFFFF)]
        if self.kind == "custom_mac":    # docs/efuse-esp32.md §7.2: CRC + 6 bytes in BLK3 bytes 0..6
            return [(3, 0, 0xFFFFFF00), (3, 1, 0x00FFFFFF)]
        if self.kind == "keyblock":
            return [(self.block, w, 0xFFFFFFFF) for w in range(BLOCK_WORDS[self.block])]
        return [(self.block, self.word + i, self.mask >> 32 * i & 0xFFFFFFFF)
                for i in range((self.mask.bit_length() + 31) // 32) if self.mask >> 32 * i]


SECURITY, EFUSE, CONFIG, IDENTITY, CALIBRATION = (
    "security", "efuse", "config", "identity", "calibration")
# docs/efuse-esp32.md §12.2: v2.3.1 under Python 2 printed its categories in this order
CATEGORY_ORDER = (SECURITY, EFUSE, CONFIG, IDENTITY, CALIBRATION)

FIELDS = [
    # name                   category     blk wd mask         wr    rd    kind
    Field("WR_DIS",                EFUSE,    0, 0, 0x0000FFFF, 1, None, "int",
       "Write-protect bits (one per group of fields)"),
    Field("RD_DIS",                EFUSE,    0, 0, 0x000F0000, 0, None, "int",
       "Read-protect bits (BLK1, BLK2, BLK3, config)"),
    # docs/efuse-esp32.md §3: only 7 bits; bit 27 is UART_DOWNLOAD_DIS on rev3 silicon
    Field("FLASH_CRYPT_CNT",       SECURITY, 0, 0, 0x07F00000, 2, None, "bitcount",
       "Flash encryption counter"),
    Field("UART_DOWNLOAD_DIS",     SECURITY, 0, 0, 1 << 27,    2, None, "flag",
       "Disable UART download mode (rev3 and later)"),
    Field("MAC",                   IDENTITY, 0, 1, 0xFFFFFFFF, 3, None, "mac",
       "Factory MAC address"),
    Field("MAC_CRC",               IDENTITY, 0, 2, 0xFF << 16, 3, None, "int",
       "CRC-8 of the factory MAC"),
    Field("DISABLE_APP_CPU",       IDENTITY, 0, 3, 1 << 0,     3, None, "flag",
       "APP CPU disabled (single-core chip)"),
    Field("DISABLE_BT",            IDENTITY, 0, 3, 1 << 1,     3, None, "flag",
       "Bluetooth disabled"),
    Field("CHIP_PACKAGE_4BIT",     IDENTITY, 0, 3, 1 << 2,     None, None, "flag",
       "Fourth bit of the package code"),
    Field("DIS_CACHE",             CONFIG,   0, 3, 1 << 3,     3, None, "flag",
       "Cache disabled"),
    Field("XPD_SDIO_FORCE",        CONFIG,   0, 4, 1 << 16,    5, None, "flag",
       "VDD_SDIO set by eFuse, GPIO12 strap ignored"),
    Field("XPD_SDIO_REG",          CONFIG,   0, 4, 1 << 14,    5, None, "flag",
       "VDD_SDIO regulator on (if XPD_SDIO_FORCE)"),
    Field("XPD_SDIO_TIEH",         CONFIG,   0, 4, 1 << 15,    5, None, "flag",
       "VDD_SDIO voltage: 1 is 3.3V, 0 is 1.8V"),
    Field("CLK8M_FREQ",            CALIBRATION, 0, 4, 0xFF,    4, None, "int",
       "8 MHz oscillator calibration"),
    Field("SPI_PAD_CONFIG_CLK",    CONFIG,   0, 5, 0x1F << 0,  6, None, "spipin",
       "Flash CLK on this GPIO (0: default pin GPIO6)"),
    Field("SPI_PAD_CONFIG_Q",      CONFIG,   0, 5, 0x1F << 5,  6, None, "spipin",
       "Flash Q/MISO on this GPIO (0: default GPIO7)"),
    Field("SPI_PAD_CONFIG_D",      CONFIG,   0, 5, 0x1F << 10, 6, None, "spipin",
       "Flash D/MOSI on this GPIO (0: default GPIO8)"),
    Field("SPI_PAD_CONFIG_HD",     CONFIG,   0, 3, 0x1F << 4,  None, None, "spipin",
       "Flash HD on this GPIO (0: default GPIO9)"),
    Field("SPI_PAD_CONFIG_CS0",    CONFIG,   0, 5, 0x1F << 15, 6, None, "spipin",
       "Flash CS0 on this GPIO (0: default GPIO11)"),
    Field("CHIP_VER_REV2",         IDENTITY, 0, 5, 1 << 20,    None, None, "flag",
       "Silicon revision bit 2 (rev2 and later)"),
    Field("VOL_LEVEL_HP_INV",      CALIBRATION, 0, 5, 0x3 << 22, 3, None, "int",
       "Voltage level for 240 MHz CPU / 80 MHz flash"),
    Field("WAFER_VERSION_MINOR",   IDENTITY, 0, 5, 0x3 << 24,  None, None, "int",
       "Minor silicon revision"),
    Field("FLASH_CRYPT_CONFIG",    SECURITY, 0, 5, 0xF << 28,  10, 3, "int",
       "Flash encryption key tweak ranges"),
    Field("CHIP_VER_REV1",         IDENTITY, 0, 3, 1 << 15,    None, None, "flag",
       "Silicon revision 1 or later"),
    Field("BLK3_PART_RESERVE",     CALIBRATION, 0, 3, 1 << 14, 10, 3, "flag",
       "BLK3 word 3 holds ADC calibration"),
    Field("CHIP_VERSION",          IDENTITY, 0, 3, 0x3 << 12,  None, None, "int",
       "CPU frequency rating bits (RATED, LOW)"),
    Field("CHIP_PACKAGE",          IDENTITY, 0, 3, 0x7 << 9,   None, None, "int",
       "Package code"),
    Field("CODING_SCHEME",         EFUSE,    0, 6, 0x3,        10, 3, "int",
       "BLK1-3 coding"),
    Field("CONSOLE_DEBUG_DISABLE", SECURITY, 0, 6, 1 << 2,     15, None, "flag",
       "ROM BASIC console fallback disabled"),
    Field("DISABLE_SDIO_HOST",     CONFIG,   0, 6, 1 << 3,     None, None, "flag",
       "SDIO host disabled"),
    Field("ABS_DONE_0",            SECURITY, 0, 6, 1 << 4,     12, None, "flag",
       "Secure boot v1 enabled"),
    Field("ABS_DONE_1",            SECURITY, 0, 6, 1 << 5,     13, None, "flag",
       "Secure boot v2 enabled (rev3 and later)"),
    Field("JTAG_DISABLE",          SECURITY, 0, 6, 1 << 6,     14, None, "flag",
       "JTAG disabled"),
    Field("DISABLE_DL_ENCRYPT",    SECURITY, 0, 6, 1 << 7,     15, None, "flag",
       "UART bootloader may not encrypt flash"),
    Field("DISABLE_DL_DECRYPT",    SECURITY, 0, 6, 1 << 8,     15, None, "flag",
       "UART bootloader may not decrypt flash"),
    Field("DISABLE_DL_CACHE",      SECURITY, 0, 6, 1 << 9,     15, None, "flag",
       "UART bootloader may not use the flash cache"),
    Field("KEY_STATUS",            EFUSE,    0, 6, 1 << 10,    10, 3, "flag",
       "BLK3 usage flag (reserved)"),
    Field("ADC_VREF",              CALIBRATION, 0, 4, 0x1F << 8, 4, None, "vref",
       "ADC reference voltage in mV"),
    Field("BLK1",                  SECURITY, 1, 0, 0xFFFFFFFF, 7, 0, "keyblock",
       "Flash encryption key"),
    Field("BLK2",                  SECURITY, 2, 0, 0xFFFFFFFF, 8, 1, "keyblock",
       "Secure boot key"),
    Field("BLK3",                  SECURITY, 3, 0, 0xFFFFFFFF, 9, 2, "keyblock",
       "User data block (register byte order)"),
    Field("SECURE_VERSION",        SECURITY, 3, 4, 0xFFFFFFFF, 9, 2, "int",
       "App anti-rollback version (if used)"),
    Field("CUSTOM_MAC",            IDENTITY, 3, 0, 0xFFFFFFFF, 9, 2, "custom_mac",
       "Custom MAC in BLK3 (used if MAC_VERSION is 1)"),
    Field("MAC_VERSION",           IDENTITY, 3, 5, 0xFF << 24, 9, 2, "int",
       "Custom MAC version"),
]

# docs/efuse-esp32.md §3: present only when BLK3_PART_RESERVE says BLK3 word 3 holds calibration
ADC_TP_FIELDS = [
    Field("ADC1_TP_LOW",  CALIBRATION, 3, 3, 0x7F << 0,   9, 2, "adc_tp", "ADC1 reading at 150 mV"),
    Field("ADC1_TP_HIGH", CALIBRATION, 3, 3, 0x1FF << 7,  9, 2, "adc_tp", "ADC1 reading at 850 mV"),
    Field("ADC2_TP_LOW",  CALIBRATION, 3, 3, 0x7F << 16,  9, 2, "adc_tp", "ADC2 reading at 150 mV"),
    Field("ADC2_TP_HIGH", CALIBRATION, 3, 3, 0x1FF << 23, 9, 2, "adc_tp", "ADC2 reading at 850 mV"),
]
ADC_TP_OFFSET = {"ADC1_TP_LOW": 278, "ADC2_TP_LOW": 421,
                 "ADC1_TP_HIGH": 3265, "ADC2_TP_HIGH": 3406}     # docs/efuse-esp32.md §9

# Names later upstream (and ESP-IDF) use for the same things.
FIELD_ALIASES = {"BLOCK1": "BLK1", "BLOCK2": "BLK2", "BLOCK3": "BLK3",
                 "FLASH_ENCRYPTION": "BLK1", "SECURE_BOOT": "BLK2",
                 "SECURE_BOOT_V1": "BLK2", "MAC_FACTORY": "MAC",
                 "CUSTOM_MAC_VERSION": "MAC_VERSION", "ENCRYPT_CONFIG": "FLASH_CRYPT_CONFIG",
                 "DISABLE_JTAG": "JTAG_DISABLE", "SDIO_FORCE": "XPD_SDIO_FORCE",
                 "SDIO_TIEH": "XPD_SDIO_TIEH", "CK8M_FREQ": "CLK8M_FREQ"}

# Kinds burn_efuse can set, and where to send the user for the others.
BURNABLE_KINDS = ("int", "flag", "bitcount", "spipin")
OTHER_COMMAND_FOR_KIND = {
    "mac": "the factory MAC cannot be changed; use burn_custom_mac to give the chip another MAC",
    "custom_mac": "use burn_custom_mac",
    "keyblock": "use burn_key for a key or burn_block_data for data",
    "vref": "calibration values are written at the factory and cannot be changed",
    "adc_tp": "calibration values are written at the factory and cannot be changed",
}
# Fields that are not single numbers for burn_efuse either.
NOT_BURNABLE_NAMES = {"MAC_VERSION": "use burn_custom_mac", "MAC_CRC": "the factory MAC cannot be changed"}

# The ESP32 ROM takes GPIOs 30 and 31 as codes for 32 and 33 (docs/efuse-esp32.md §12.3).
SPI_PIN_STORED = {32: 30, 33: 31}
SPI_PIN_SHOWN = {30: 32, 31: 33}


def field_by_name(name, fields=None):
    """The field called `name` (any case, modern aliases too), or FatalError."""
    fields = FIELDS + ADC_TP_FIELDS if fields is None else fields
    key = name.upper()
    key = FIELD_ALIASES.get(key, key)
    for f in fields:
        if f.name == key or key in f.alt_names:
            return f
    raise FatalError("unknown eFuse field '%s'" % name,
                     hint="known fields: " + ", ".join(f.name for f in fields))


# ---------------------------------------------------------------------------
# 3. Encodings
# ---------------------------------------------------------------------------

def crc8(data):
    """ROM esp_crc8: CRC-8, reflected polynomial 0x8C, init 0, no final XOR (docs/efuse-esp32.md §7.1)."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8C if crc & 1 else crc >> 1
    return crc


def format_mac(mac):
    return ":".join("%02x" % b for b in mac)


def parse_mac(text):
    parts = text.split(":")
    try:
        mac = bytes(int(p, 16) for p in parts)
    except ValueError:
        mac = b""
    if len(parts) != 6 or len(mac) != 6 or any(len(p) not in (1, 2) for p in parts):
        raise FatalError("'%s' is not a MAC address" % text,
                         hint="give six hex bytes separated by colons, e.g. AA:CD:EF:01:02:03")
    if mac[0] & 1:
        raise FatalError("%s is a multicast address: bit 0 of the first byte must be 0"
                         % format_mac(mac))
    if not any(mac):
        # An all-zero custom MAC reads as "none set", and it is no address a device may use.
        raise FatalError("00:00:00:00:00:00 is not a MAC a device can have; nothing was burned")
    return mac


def mac_with_crc(mac, stored_crc):
    """MAC text with the CRC verdict, as v2.3.1 printed it (docs/efuse-esp32.md §7.1)."""
    calculated = crc8(mac)
    if calculated == stored_crc:
        return "%s (CRC %02x OK)" % (format_mac(mac), stored_crc)
    return "%s (CRC %02x invalid - calculated 0x%02x)" % (format_mac(mac), stored_crc, calculated)


def words_to_bytes(words):
    return struct.pack("<%dI" % len(words), *words)


def bytes_to_words(data):
    return list(struct.unpack("<%dI" % (len(data) // 4), data))


def encode_34_group(group):
    """6 data bytes -> 8 bytes: data, XOR of the data, weighted popcount (docs/efuse-esp32.md §5.1)."""
    xor = 0
    weight = 0
    for i, b in enumerate(group, 1):
        xor ^= b
        weight += i * bin(b).count("1")
    return bytes(group) + bytes([xor, weight])


def encode_34(data):
    """24 data bytes (register byte order) -> the 8 words a 3/4 block is programmed with."""
    assert len(data) == 24
    return bytes_to_words(b"".join(encode_34_group(data[i:i + 6]) for i in range(0, 24, 6)))


def decode_34(raw_words):
    """8 programmed words -> (8 read-register words, groups with bad check bytes)."""
    raw = words_to_bytes(raw_words)
    data = b""
    bad = 0
    for g in range(4):
        chunk = raw[g * 8:g * 8 + 8]
        data += chunk[:6]
        if chunk != bytes(8) and encode_34_group(chunk[:6]) != chunk:
            bad += 1
    return bytes_to_words(data) + [0, 0], bad


def swap_key_order(data):
    """docs/efuse-esp32.md §11: BLK1/BLK2 keys sit in the block reversed (register byte stream = key
    file reversed), which is what the hardware engines and espsecure expect.
    The same reversal turns register bytes back into key-file order."""
    return bytes(reversed(data))


def vref_millivolts(raw):
    """docs/efuse-esp32.md §9: 5-bit sign-magnitude, 7 mV per step around 1100 mV."""
    magnitude = raw & 0x0F
    return 1100 + 7 * (-magnitude if raw & 0x10 else magnitude)


def adc_tp_reading(name, raw):
    """docs/efuse-esp32.md §9: two's complement, 4 counts per step, around a fixed offset."""
    sign = 0x40 if name.endswith("LOW") else 0x100
    delta = (raw & (sign - 1)) - (raw & sign)
    return ADC_TP_OFFSET[name] + 4 * delta


def package_name(code):
    """docs/efuse-esp32.md §8, later upstream's 4-bit package code."""
    return {0: "ESP32-D0WDQ6", 1: "ESP32-D0WD", 2: "ESP32-D2WD", 4: "ESP32-U4WDH",
            5: "ESP32-PICO-D4", 6: "ESP32-PICO-V3-02", 7: "ESP32-D0WDR2-V3"}.get(
                code, "unknown package %d" % code)


# ---------------------------------------------------------------------------
# 4. Backends
# ---------------------------------------------------------------------------

class ChipBackend:
    """The eFuse controller of a real (or simulated) ESP32, through esptool's loader.

    Uses only READ_REG / WRITE_REG, as the ROM offers them (docs/efuse-esp32.md §6).
    """

    def __init__(self, esp, baud):
        self.esp = esp
        self.baud = baud
        self._staged = [None] * sum(BLOCK_WORDS)   # what we know the write registers hold
        self._timing_set = False

    def read_block(self, block):
        base = EFUSE_BLK_RDATA_REG[block]
        return [self.esp.read_reg(base + 4 * i) for i in range(BLOCK_WORDS[block])]

    def program(self, write_words):
        """Stage `write_words` (4 lists of words) in every write register, check that
        they hold exactly that, burn, re-read."""
        if not self._timing_set:
            self._set_timing()
            self._timing_set = True
        index = 0
        for block, words in enumerate(write_words):
            for i, value in enumerate(words):
                # docs/efuse-esp32.md §2: stale write-register contents would be burned too, so every
                # register is written, zeros included, unless we know it holds the value.
                if self._staged[index] != value:
                    self.esp.write_reg(EFUSE_BLK_WDATA_REG[block] + 4 * i, value)
                    self._staged[index] = value
                index += 1
        # Checked after CONF is set: a CONF write whose address the line changed would
        # have landed in a write register.
        self._run(EFUSE_CONF_WRITE, EFUSE_CMD_PGM, before=lambda: self._check_staged(write_words))
        self._run(EFUSE_CONF_READ, EFUSE_CMD_READ)

    def _check_staged(self, write_words):
        """docs/efuse-esp32.md §6.3: every write register is read back before the program
        command. WRITE_REG carries no checksum, so a line that flips a bit of its value
        would have the chip burn a bit nobody asked for: any difference stops the burn."""
        for block, words in enumerate(write_words):
            for i, value in enumerate(words):
                held = self.esp.read_reg(EFUSE_BLK_WDATA_REG[block] + 4 * i)
                if held != value:
                    self._staged = [None] * len(self._staged)    # rewrite all next time
                    raise StrayWriteBits(
                        "%s word %d: its write register holds 0x%08x where 0x%08x was written "
                        "(the serial line changed it); nothing was burned"
                        % (BLOCK_NAMES[block], i, held, value),
                        hint="check the cable and the baud rate, then run the burn again")

    def decode_errors(self):
        return self.esp.read_reg(EFUSE_DEC_STATUS_REG) & EFUSE_DEC_STATUS_MASK

    def close(self):
        close = getattr(self.esp, "close", None)
        if close:
            close()

    def _run(self, conf, cmd, before=None):
        self.esp.write_reg(EFUSE_CONF_REG, conf)
        if before:
            before()
        self.esp.write_reg(EFUSE_CMD_REG, cmd)
        deadline = time.monotonic() + EFUSE_CMD_TIMEOUT
        polls = 0
        # At least a few polls: over a slow link one round trip may outlast the deadline.
        while self.esp.read_reg(EFUSE_CMD_REG) != 0:
            polls += 1
            if polls >= 3 and time.monotonic() > deadline:
                raise FatalError("timed out waiting for the eFuse controller to finish "
                                 "(command 0x%x still pending)" % cmd)

    def _crystal_mhz(self):
        """docs/efuse-esp32.md §1: the ROM set UART0's divider for our baud rate from the crystal clock."""
        clkdiv = self.esp.read_reg(UART0_CLKDIV_REG) & 0xFFFFF
        return 40 if self.baud * clkdiv / 1e6 > 33 else 26

    def _set_timing(self):
        """docs/efuse-esp32.md §6.2: programming pulse timing for the APB clock, which in download mode
        is the crystal; only the named bits are changed."""
        sel0, sel1, dac_div = EFUSE_TIMING[self._crystal_mhz()]
        clk = self.esp.read_reg(EFUSE_CLK_REG)
        self.esp.write_reg(EFUSE_CLK_REG, (clk & ~0xFFFF & 0xFFFFFFFF) | sel0 | sel1 << 8)
        dac = self.esp.read_reg(EFUSE_DAC_CONF_REG)
        self.esp.write_reg(EFUSE_DAC_CONF_REG, (dac & ~0xFF & 0xFFFFFFFF) | dac_div)


class StrayWriteBits(FatalError):
    """A write register does not hold what was written to it: the program command was not
    sent, so nothing was burned."""


class VirtualBackend:
    """A chip that exists only in a file: for learning, rehearsing and tests.

    The file holds the fuse bits as burned (3/4-coded blocks in their encoded
    form), in the JSON layout espsim uses for its eFuse file, so a simulator's
    fuses can be inspected offline too:
    {"chip": "ESP32", "blocks": [["%08x" x 7], ["%08x" x 8] x 3]}.
    It obeys the hardware rules of docs/efuse-esp32.md §2: bits only set, write-protected bits
    ignore programming, read-protected data reads as zero.
    """

    def __init__(self, path=None):
        self.path = path
        self.fuses = [[0] * n for n in BLOCK_WORDS]
        # The file is locked while we run (a second espefuse.py or an espsim on it is
        # refused), so a burn can never be undone by another run saving after us.
        self._locked = lock_efuse_file(path) if path else None    # None: no file yet
        if self._locked is not None:
            try:
                self.fuses = load_efuse_file(path)
            except FatalError:
                self.close()
                raise

    def describe(self):
        return "virtual ESP32 in %s" % self.path if self.path else "virtual ESP32 (in memory)"

    def read_block(self, block):
        if self._read_protected_block(block):
            return [0] * BLOCK_WORDS[block]
        if block == 0:
            words = list(self.fuses[0])
            if self.fuses[0][0] >> 16 & (1 << 3):
                for b, w, mask in protection_spans(rd=3):
                    words[w] &= ~mask
            return words
        if self._coding_scheme() == CODING_34:
            return decode_34(self.fuses[block])[0]
        return list(self.fuses[block])

    def program(self, write_words):
        protected = [[self._write_protected_mask(b, w) for w in range(n)]
                     for b, n in enumerate(BLOCK_WORDS)]
        for block, words in enumerate(write_words):
            for w, value in enumerate(words):
                self.fuses[block][w] |= value & ~protected[block][w]
        if self.path:
            self._locked = save_efuse_file(self.path, self.fuses, self._locked)

    def decode_errors(self):
        if self._coding_scheme() != CODING_34:
            return 0
        return sum(decode_34(self.fuses[b])[1] for b in (1, 2, 3))

    def close(self):
        if self._locked is not None:
            os.close(self._locked)
            self._locked = None

    def _coding_scheme(self):
        return self.fuses[0][6] & 0x3

    def _read_protected_block(self, block):
        return block > 0 and bool(self.fuses[0][0] >> 16 & (1 << (block - 1)))

    def _write_protected_mask(self, block, word):
        wr_dis = self.fuses[0][0] & 0xFFFF
        mask = 0
        for bit in range(16):
            if wr_dis & (1 << bit):
                for b, w, m in protection_spans(wr=bit):
                    if (b, w) == (block, word):
                        mask |= m
        return mask


def load_efuse_file(path):
    """Fuse words of every block from an eFuse file (espsim's JSON layout)."""
    try:
        with open(path) as f:
            content = json.load(f)
        blocks = [[int(w, 16) for w in block] for block in content["blocks"]]
    except OSError as e:
        raise FatalError("cannot read eFuse file %s: %s" % (path, e.strerror))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise FatalError("%s is not an eFuse file (expected JSON with 4 'blocks' of hex words)"
                         % path)
    if [len(b) for b in blocks] != list(BLOCK_WORDS) or content.get("chip", "ESP32") != "ESP32":
        raise FatalError("%s is not an ESP32 eFuse file (expected blocks of 7, 8, 8, 8 words)"
                         % path)
    return [[w & 0xFFFFFFFF for w in block] for block in blocks]


def save_efuse_file(path, fuses, locked):
    """Write the file whole (temp + rename), its mode kept; -> the new file's locked
    descriptor. `locked`: the old file's, or None where there was no file: then it is
    created only if no other program created it meanwhile. The new file is locked
    before the rename shows it, so it is never free (see lock_efuse_file)."""
    content = {"chip": "ESP32", "blocks": [["%08x" % w for w in block] for block in fuses]}
    mode = None if locked is None else os.fstat(locked).st_mode & 0o7777
    tmp = esptool.write_temp_beside(path, (json.dumps(content, indent=1) + "\n").encode(), mode)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        take_lock(fd)                          # nobody else knows this file yet
        if locked is None:
            try:
                os.link(tmp, path)             # fails if the file appeared since we began
            except FileExistsError:
                raise
            except OSError:                    # no hard links here (FAT): unguarded
                os.replace(tmp, path)
        else:
            os.replace(tmp, path)
    except OSError as e:
        os.close(fd)
        if isinstance(e, FileExistsError):
            raise FatalError("eFuse file %s was created by another program while this one "
                             "ran: nothing was burned" % path)
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    finally:
        esptool.remove_quietly(tmp)
    if locked is not None:
        os.close(locked)
    return fd


def lock_efuse_file(path):
    """A descriptor of the eFuse file holding an exclusive advisory lock (flock), or None
    if there is no file. The lock is on the file itself, which espsim's eFuse file lock
    is too; the kernel drops it when the process ends. FatalError if another program
    holds it. Without fcntl (Windows) nothing is locked."""
    while True:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise FatalError("cannot read eFuse file %s: %s" % (path, e.strerror))
        if not take_lock(fd):
            os.close(fd)
            raise FatalError("eFuse file %s is in use by another program (espefuse.py or an "
                             "espsim): only one at a time" % path)
        try:
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)                           # replaced as we locked it: lock the new one


def take_lock(fd):
    """Lock `fd` without waiting; False if another program holds the lock."""
    try:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except (ImportError, OSError):             # no fcntl, or a file system without locks
        pass
    return True


def protection_spans(wr=None, rd=None):
    """[(block, word, mask)] of every bit guarded by WR_DIS bit `wr` or RD_DIS bit `rd`."""
    spans = []
    for f in FIELDS:
        if (wr is not None and f.wr == wr) or (rd is not None and f.rd == rd):
            spans += f.bit_spans()
    return spans


def connect_backend(args, reporter):
    """The backend the global options ask for; FatalError if there is no ESP32."""
    if args.file and not args.virt and not os.path.exists(args.file):
        raise FatalError("eFuse file %s does not exist" % args.file,
                         hint="add --virt to start a blank virtual ESP32 there (the file is "
                              "created on the first burn)")
    if args.virt or args.file:
        return VirtualBackend(args.file)
    esptool.import_pyserial()
    esp = connect_to_esp32(args, reporter)
    if args.baud != esptool.ESP_ROM_BAUD:
        try:
            esp.change_baud(args.baud)
        except BaseException:
            esp.close()
            raise
    return ChipBackend(esp, args.baud)


def connect_to_esp32(args, reporter):
    """Connect at the ROM's baud rate (docs/efuse-esp32.md §12.1: v2.3 always used 115200) through
    esptool's loader, trying each serial port when none is named."""
    mode = "default_reset" if args.before == "esp32r1" else args.before
    esptool.load_extensions()          # the installed package's port order, as esptool's
    ports = [args.port] if args.port else esptool.ports_to_try()
    for i, port in enumerate(ports):
        if not args.port:
            reporter.message("Serial port %s" % port)
        try:
            esp = esptool.ESPLoader.detect_chip(port, baud=esptool.ESP_ROM_BAUD,
                                                connect_mode=mode, reporter=reporter)
        except FatalError as e:
            if args.port or i == len(ports) - 1:
                raise
            reporter.message("%s failed to connect: %s" % (port, e))
            continue
        refuse_other_chips(esp, port)
        return esp


def refuse_other_chips(esp, port):
    name = getattr(esp, "CHIP_NAME", "unknown chip")
    if name == "ESP32":
        return
    esp.close()
    if name.lower().replace("-", "") in NEWER_CHIPS:
        raise FatalError("the chip on %s is an %s: name it, as espefuse.py reads the ESP32 "
                         "unless told otherwise" % (port, name),
                         hint="add --chip %s (docs/efuse-newer.md)" % name.lower().replace("-", ""))
    raise FatalError("the chip on %s is an %s, not an ESP32: it has no eFuse blocks like "
                     "the ESP32's (its MAC lives in OTP registers), so espefuse.py cannot "
                     "work with it" % (port, name),
                     hint="for the ESP8266 MAC use: esptool.py read_mac")


# ---------------------------------------------------------------------------
# 5. The eFuse model
# ---------------------------------------------------------------------------

class Efuses:
    """Everything the commands need to know about the fuses of one chip, and
    `reporter`, where the commands working on them say what they do (the
    console's unless another is given: a Python caller heard print() before)."""

    def __init__(self, backend, reporter=None):
        self.backend = backend
        self.reporter = reporter or esptool.ConsoleReporter()
        self.blocks = None
        self.refresh()

    def refresh(self):
        self.blocks = [self.backend.read_block(b) for b in range(4)]

    @property
    def fields(self):
        extra = ADC_TP_FIELDS if self.raw(field_by_name("BLK3_PART_RESERVE")) else []
        return FIELDS + extra

    @property
    def coding_scheme(self):
        return self.blocks[0][6] & 0x3

    @property
    def wr_dis(self):
        return self.blocks[0][0] & 0xFFFF

    @property
    def rd_dis(self):
        return self.blocks[0][0] >> 16 & 0xF

    def block_bytes(self, block):
        """Readable data of a block in register byte order (24 bytes under 3/4 coding)."""
        data = words_to_bytes(self.blocks[block])
        return data[:self.block_size(block)]

    def block_size(self, block):
        return 24 if block and self.coding_scheme == CODING_34 else 4 * BLOCK_WORDS[block]

    def raw(self, field):
        words = self.blocks[field.block][field.word:]
        return (sum(w << 32 * i for i, w in enumerate(words)) & field.mask) >> field.shift

    def is_readable(self, field):
        return field.rd is None or not self.rd_dis & (1 << field.rd)

    def is_writeable(self, field):
        return field.wr is None or not self.wr_dis & (1 << field.wr)

    def is_readable_block(self, block):
        return block == 0 or not self.rd_dis & (1 << (block - 1))

    def block_is_empty(self, block):
        return not any(self.blocks[block])

    def display(self, field):
        """(value text, raw text) for summary."""
        if not self.is_readable(field):
            if field.kind == "keyblock":
                return " ".join(["??"] * self.block_size(field.block)), ""
            if field.kind in ("mac", "custom_mac"):
                return "??:??:??:??:??:?? (read-protected)", ""
            return "?", "(read-protected)"
        raw = self.raw(field)
        if field.kind == "mac":
            return mac_with_crc(self.factory_mac(), self.blocks[0][2] >> 16 & 0xFF), ""
        if field.kind == "custom_mac":
            data = self.block_bytes(3)
            return mac_with_crc(data[1:7], data[0]), ""
        if field.kind == "keyblock":
            data = self.block_bytes(field.block)
            if field.block in (1, 2):
                data = swap_key_order(data)
            return " ".join("%02x" % b for b in data), ""
        if field.kind == "spipin":
            return str(SPI_PIN_SHOWN.get(raw, raw)), "(0x%x)" % raw
        if field.kind == "vref":
            return str(vref_millivolts(raw)), "(0x%x)" % raw
        if field.kind == "adc_tp":
            return str(adc_tp_reading(field.name, raw)), "(0x%x)" % raw
        return str(raw), "(0x%x)" % raw

    def meaning(self, field):
        """A short decoded meaning for fields whose number alone says little."""
        if not self.is_readable(field):
            return None
        raw = self.raw(field)
        if field.name == "FLASH_CRYPT_CNT":
            # docs/efuse-esp32.md §3: an odd number of set bits turns flash encryption on
            return "encryption %s" % ("ON" if bin(raw).count("1") % 2 else "off")
        if field.name == "CODING_SCHEME":
            usable = {CODING_34: 192, CODING_REPEAT: 128}.get(raw, 256)
            return "%s, %d bits per block" % (CODING_NAMES[raw], usable)
        if field.name == "CHIP_PACKAGE":
            return package_name(self.package_code())
        if field.name == "MAC_VERSION":
            return "custom MAC in use" if raw == 1 else "factory MAC in use"
        return None

    def factory_mac(self):
        w1, w2 = self.blocks[0][1], self.blocks[0][2]
        return struct.pack(">II", w2, w1)[2:]

    def package_code(self):
        w3 = self.blocks[0][3]
        return (w3 >> 2 & 1) << 3 | (w3 >> 9 & 7)

    def flash_voltage_sentence(self):
        """docs/efuse-esp32.md §10, in the order the chip decides."""
        if not self.raw(field_by_name("XPD_SDIO_FORCE")):
            return ("Flash voltage (VDD_SDIO) determined by GPIO12 on reset "
                    "(High for 1.8V, Low/NC for 3.3V).")
        if not self.raw(field_by_name("XPD_SDIO_REG")):
            return "Flash voltage (VDD_SDIO) internal regulator disabled by efuse."
        if not self.raw(field_by_name("XPD_SDIO_TIEH")):
            return "Flash voltage (VDD_SDIO) set to 1.8V by efuse."
        return "Flash voltage (VDD_SDIO) set to 3.3V by efuse."


# ---------------------------------------------------------------------------
# 6. Burning
# ---------------------------------------------------------------------------

class BurnStep:
    """One program cycle: set `bits` (read-register view of `block`)."""

    def __init__(self, label, block, bits):
        self.label = label
        self.block = block
        self.bits = list(bits) + [0] * (BLOCK_WORDS[block] - len(bits))


def field_bits(field, value):
    """The block words that hold `value` in `field`."""
    bits = [0] * BLOCK_WORDS[field.block]
    for _block, word, mask in field.bit_spans():
        bits[word] = (value << field.shift) >> 32 * (word - field.word) & mask
    return bits


def wr_dis_step(field):
    return BurnStep("write protection of %s (WR_DIS bit %d)" % (field.name, field.wr), 0,
                    [1 << field.wr])


def rd_dis_step(field):
    return BurnStep("read protection of %s (RD_DIS bit %d)" % (field.name, field.rd), 0,
                    [1 << (16 + field.rd)])


def check_step(efuses, step):
    """Refuse a step the chip cannot carry out as asked; raise FatalError."""
    block = step.block
    if block and efuses.rd_dis & (1 << 3):
        # docs/efuse-esp32.md §3.2: RD_DIS bit 3 hides CODING_SCHEME, so the encoding is unknown
        raise FatalError("CODING_SCHEME is read-protected, so how %s must be encoded is "
                         "unknown; refusing to burn it" % BLOCK_NAMES[block])
    if block and efuses.coding_scheme == CODING_REPEAT:
        raise FatalError("%s uses the REPEAT coding scheme, which no tool supports; "
                         "refusing to burn %s" % (BLOCK_NAMES[block], BLOCK_NAMES[block]))
    if block and efuses.coding_scheme == CODING_34:
        check_34_groups(efuses, step)


def check_34_groups(efuses, step):
    """docs/efuse-esp32.md §5.1: under 3/4 coding a 6-byte group is burned once, whole."""
    new = words_to_bytes(step.bits)
    if any(new[24:]):
        raise FatalError("%s holds only 24 bytes under 3/4 coding" % BLOCK_NAMES[step.block])
    old = efuses.block_bytes(step.block)
    for g in range(0, 24, 6):
        group_new, group_old = new[g:g + 6], old[g:g + 6]
        if any(group_new) and any(group_old) and any(n & ~o for n, o in zip(group_new, group_old)):
            raise FatalError("bytes %d-%d of %s already hold data; under 3/4 coding they "
                             "cannot be burned again" % (g, g + 5, BLOCK_NAMES[step.block]))


def write_words_for(efuses, step):
    """The contents of all write registers for one step (docs/efuse-esp32.md §5.1 encoding, zeros elsewhere)."""
    out = [[0] * n for n in BLOCK_WORDS]
    bits = step.bits
    if step.block and efuses.coding_scheme == CODING_34:
        new = words_to_bytes(bits)[:24]
        old = efuses.block_bytes(step.block)
        groups = b""
        for g in range(0, 24, 6):
            wanted = new[g:g + 6]
            # A group whose bits are all set already is left alone: burning it
            # again would add nothing, and a partial group would spoil the checks.
            if not any(n & ~o for n, o in zip(wanted, old[g:g + 6])):
                wanted = bytes(6)
            groups += wanted
        # An all-zero group encodes as eight zero bytes: it stays unprogrammed.
        out[step.block] = encode_34(groups)
        return out
    out[step.block] = list(bits)
    return out


def missing_bits(efuses, step):
    """Bits the step asked for that do not read back as set."""
    got = efuses.blocks[step.block]
    return [(w, want & ~got[w]) for w, want in enumerate(step.bits) if want & ~got[w]]


def words_not_as_planned(got, before, bits):
    """The words a cycle programmed (non-zero in `bits`) that do not read back (`got`) as
    the read before it plus the bits burned: one of the reads was damaged on the line, or
    the burn was planned from a wrong 'before'. Shared with the newer chips' espefuse."""
    return [w for w, b in enumerate(bits) if b and got[w] != before[w] | b]


def unexpected_words(efuses, step, before):
    """A word the step programmed must read back as what was read before it plus the bits
    burned, or success cannot be claimed. -> the problem, or None."""
    got = efuses.blocks[step.block]
    wrong = words_not_as_planned(got, before, step.bits)
    if not wrong:
        return None
    return "the block reads back otherwise than before the burn plus the bits burned (%s)" % (
        ", ".join("%s word %d: 0x%08x, expected 0x%08x" % (BLOCK_NAMES[step.block], w, got[w],
                                                         before[w] | step.bits[w]) for w in wrong))


def run_burn(efuses, steps):
    """Program each step in its own cycle and verify it, in order.

    Data goes first and protection bits last (callers order the steps), so a
    burn cut short never leaves data behind a protection it was meant to
    precede. On any failure the user learns exactly what was programmed.
    """
    for step in steps:
        check_step(efuses, step)
    steps = [s for s in steps if not efuses.is_readable_block(s.block) or missing_bits(efuses, s)]
    done, unverified = [], []
    for i, step in enumerate(steps):
        verifiable = efuses.is_readable_block(step.block)
        before = list(efuses.blocks[step.block])
        if efuses.backend.read_block(step.block) != before:
            # A damaged read reply would make the plan (value & ~old) burn the wrong bits.
            report_interrupted(efuses.reporter, done, None, steps[i:], None)
            raise FatalError("%s read differently twice before burning %s (a read was "
                             "damaged on the line); not burned" % (BLOCK_NAMES[step.block],
                                                                   step.label),
                             hint="run the command again")
        try:
            efuses.backend.program(write_words_for(efuses, step))
            efuses.refresh()
        except StrayWriteBits as e:
            report_interrupted(efuses.reporter, done, None, steps[i:], e.args[0])
            raise
        except KeyboardInterrupt:
            report_interrupted(efuses.reporter, done, step, steps[i + 1:],
                               "interrupted by the user")
            raise
        except FatalError as e:
            report_interrupted(efuses.reporter, done, step, steps[i + 1:], e)
            raise FatalError("the burn was cut short while programming %s: %s"
                             % (step.label, e), hint="see above for what was and was not "
                             "programmed; 'espefuse.py summary' shows the chip's state")
        problem = None
        if not verifiable:
            efuses.reporter.message("Burned %s: cannot be verified, %s is read-protected."
                                    % (step.label, BLOCK_NAMES[step.block]))
            unverified.append(step)
            continue
        else:
            missing = missing_bits(efuses, step)
            if missing:
                problem = "bits did not read back as set (%s)" % ", ".join(
                    "%s word %d mask 0x%08x" % (BLOCK_NAMES[step.block], w, m) for w, m in missing)
            elif step.block and efuses.coding_scheme == CODING_34 and efuses.backend.decode_errors():
                problem = "the controller reports 3/4 decode errors after the burn"
            else:
                problem = unexpected_words(efuses, step, before)
        if problem:
            report_interrupted(efuses.reporter, done, None, steps[i + 1:], None, failed=step)
            raise FatalError("burning %s failed: %s. Is it write-protected?" % (step.label, problem))
        efuses.reporter.message("Burned %s: verified." % step.label)
        done.append(step)
    if unverified:
        raise FatalError("%s could not be read back, so whether the burn took is unknown"
                         % ", ".join(s.label for s in unverified),
                         hint="its block is read-protected; only what uses it can tell")


def report_interrupted(reporter, done, current, not_started, error, failed=None):
    # The console reporter flushes each line, so all of this is out before the error is.
    reporter.message("")
    reporter.message("The burn did not complete%s." % (": %s" % error if error else ""))
    for step in done:
        reporter.message("  programmed and verified: %s" % step.label)
    if failed:
        reporter.message("  programmed but NOT verified (read-back differs): %s" % failed.label)
    if current:
        reporter.message("  unknown (cut short while programming): %s" % current.label)
    for step in not_started:
        reporter.message("  not programmed: %s" % step.label)


def describe_steps(efuses, steps):
    """The 'what will change' table printed before the confirmation."""
    lines = []
    for step in steps:
        lines.append("  %s" % step.label)
        for w, bits in enumerate(step.bits):
            if not bits:
                continue
            if efuses.is_readable_block(step.block):
                old = efuses.blocks[step.block][w]
                change = "0x%08x -> 0x%08x" % (old, old | bits)
            else:
                change = "unknown (read-protected)"
            lines.append("      %s word %d: %s (bits 0x%08x)"
                         % (BLOCK_NAMES[step.block], w, change, bits))
    return "\n".join(lines)


def confirm(action, args, reporter):
    """docs/efuse-esp32.md §12.4: show what will happen; unless --do-not-confirm, go on only on 'BURN'."""
    reporter.message("%s%sThis is an irreversible operation."
                     % (action, "" if action.endswith("\n") else ". "))
    if args.do_not_confirm:
        return
    # The console reporter has flushed the question before we wait for the answer.
    reporter.message("Type 'BURN' (all capitals) to continue.")
    answer = sys.stdin.readline()
    if answer.rstrip("\r\n") != "BURN":
        reporter.message("Aborting.")
        raise AbortBurn()


class AbortBurn(Exception):
    """The user did not type BURN: nothing was burned, exit status 2."""


def confirm_and_burn(efuses, args, title, steps):
    if getattr(efuses, "collect", None):     # a caller that burns several commands at once
        return efuses.collect(title, steps)
    confirm("%s\n%s\n" % (title, describe_steps(efuses, steps)), args, efuses.reporter)
    run_burn(efuses, steps)


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def cmd_dump(efuses, args):
    for block in range(4):
        efuses.reporter.message("EFUSE block %d:" % block)
        efuses.reporter.message(" ".join("%08x" % w for w in efuses.blocks[block]))


def cmd_summary(efuses, args):
    fields = efuses.fields
    say = efuses.reporter.message
    for category in CATEGORY_ORDER:
        say("%s fuses:" % category.title())
        for field in (f for f in fields if f.category == category):
            say(summary_row(efuses, field))
        say("")
    say(efuses.flash_voltage_sentence())


def summary_row(efuses, field):
    """docs/efuse-esp32.md §12.2 row: name(22) description(50) [newline+2 if long] = value perms raw."""
    value, raw = efuses.display(field)
    perms = "%s/%s" % ("R" if efuses.is_readable(field) else "-",
                       "W" if efuses.is_writeable(field) else "-")
    description = field.description
    meaning = efuses.meaning(field)
    if meaning:
        description = "%s (%s)" % (description, meaning)
    wrap = "\n  " if len(value) > 20 else ""
    return "%-22s %-50s%s= %s %s %s" % (field.name, description, wrap, value, perms, raw)


def cmd_burn_efuse(efuses, args):
    field = field_by_name(args.efuse_name, efuses.fields)
    refuse_unburnable(field)
    old = efuses.raw(field)
    value = burn_value(field, old, args.new_value)
    if value & field.width_mask != value:
        raise FatalError("value 0x%x does not fit %s: the field holds 0x%x at most (mask 0x%x)"
                         % (value, field.name, field.width_mask, field.width_mask))
    if field.kind == "flag" and old:
        efuses.reporter.message("Efuse %s is already burned." % field.name)
        return
    if old & ~value:
        raise FatalError("%s holds 0x%x; 0x%x would clear bits, and eFuse bits only go from "
                         "0 to 1" % (field.name, old, value),
                         hint="burn 0x%x to keep the set bits" % (old | value))
    if value == old:
        efuses.reporter.message("Efuse %s already holds 0x%x; nothing to burn."
                                % (field.name, old))
        return
    require_writeable(efuses, field)
    if not efuses.is_readable(field):
        raise FatalError("%s is read-protected, so its current value is unknown; "
                         "refusing to burn it" % field.name)
    step = BurnStep(field.name, field.block, field_bits(field, value & ~old))
    title = "Burning efuse %s (%s) 0x%x -> 0x%x" % (field.name, field.description, old, old | value)
    confirm_and_burn(efuses, args, title, [step])
    if not getattr(efuses, "collect", None):          # burned now, not with others later
        efuses.reporter.message("%s now reads 0x%x." % (field.name, efuses.raw(field)))


def refuse_unburnable(field):
    if field.kind not in BURNABLE_KINDS:
        raise FatalError("%s cannot be burned with burn_efuse: %s"
                         % (field.name, OTHER_COMMAND_FOR_KIND[field.kind]))
    if field.name in NOT_BURNABLE_NAMES:
        raise FatalError("%s cannot be burned with burn_efuse: %s"
                         % (field.name, NOT_BURNABLE_NAMES[field.name]))


def burn_value(field, old, value):
    """The value the user means, per field kind (docs/efuse-esp32.md §12.3)."""
    if field.kind == "flag":
        if value not in (None, 1):
            raise FatalError("%s is a flag: give no value, or 1" % field.name)
        return 1
    if field.kind == "bitcount" and value is None:
        bit = 0
        while old & (1 << bit):
            bit += 1
        return old | (1 << bit)   # too many bits is caught by the caller's fit check
    if value is None:
        raise FatalError("%s needs a value" % field.name)
    if field.kind == "spipin":
        if value == 0 or value in (30, 31) or value > 33:
            raise FatalError("GPIO%d cannot carry a flash signal: give 1-29, 32 or 33" % value)
        return SPI_PIN_STORED.get(value, value)
    return value


def require_writeable(efuses, field):
    if not efuses.is_writeable(field):
        raise FatalError("%s is write-protected (WR_DIS bit %d is set): its bits can no "
                         "longer change" % (field.name, field.wr))


def cmd_read_protect_efuse(efuses, args):
    field = field_by_name(args.efuse_name, efuses.fields)
    if field.rd is None:
        raise FatalError("%s cannot be read-protected (no RD_DIS bit guards it)" % field.name)
    if not efuses.is_readable(field):
        efuses.reporter.message("Efuse %s is already read protected" % field.name)
        return
    refuse_hiding_needed_data(efuses, field)
    rd_dis = field_by_name("RD_DIS")
    require_writeable(efuses, rd_dis)
    sharing = [f.name for f in efuses.fields if f.rd == field.rd]
    title = "Permanently read-disabling efuse%s %s" % ("s" if len(sharing) > 1 else "",
                                                       ", ".join(sharing))
    confirm_and_burn(efuses, args, title, [rd_dis_step(field)])


def refuse_hiding_needed_data(efuses, field):
    """Software must keep reading some fields; hiding them breaks the chip's firmware."""
    if field.rd == 2:
        if efuses.raw(field_by_name("BLK3_PART_RESERVE")):
            raise FatalError("BLK3 holds the ADC calibration (BLK3_PART_RESERVE is set); "
                             "read-protecting it would hide that from the firmware")
        if efuses.raw(field_by_name("MAC_VERSION")) == 1:
            raise FatalError("BLK3 holds the custom MAC (MAC_VERSION is 1); read-protecting "
                             "it would hide the MAC from the firmware")
    if field.rd == 3:
        raise FatalError("RD_DIS bit 3 would hide CODING_SCHEME, FLASH_CRYPT_CONFIG and "
                         "BLK3_PART_RESERVE, which the bootloader and the tools must read "
                         "to handle the key blocks; refusing")


def cmd_write_protect_efuse(efuses, args):
    field = field_by_name(args.efuse_name, efuses.fields)
    if field.wr is None:
        raise FatalError("%s cannot be write-protected (no WR_DIS bit guards it)" % field.name)
    if not efuses.is_writeable(field):
        efuses.reporter.message("Efuse %s is already write protected" % field.name)
        return
    require_writeable(efuses, field_by_name("WR_DIS"))
    sharing = [f.name for f in efuses.fields if f.wr == field.wr]
    title = "Permanently write-disabling efuse%s %s" % ("s" if len(sharing) > 1 else "",
                                                        ", ".join(sharing))
    confirm_and_burn(efuses, args, title, [wr_dis_step(field)])


KEY_BLOCKS = {"flash_encryption": 1, "secure_boot": 2, "BLK1": 1, "BLK2": 2, "BLK3": 3,
              "BLOCK1": 1, "BLOCK2": 2, "BLOCK3": 3}


@esptool.accepts_open_files
def cmd_burn_key(efuses, args):
    block = KEY_BLOCKS[args.block]
    field = field_by_name(BLOCK_NAMES[block])
    size = efuses.block_size(block)
    key = esptool.read_input_file(args.keyfile, "key file")
    if len(key) != size:
        raise FatalError("key file %s holds %d bytes; %s needs exactly %d bytes (%d bits) of "
                         "raw binary key%s" % (args.keyfile, len(key), BLOCK_NAMES[block], size,
                                               size * 8, " under 3/4 coding" if size == 24 else ""))
    if block == 3 and efuses.raw(field_by_name("BLK3_PART_RESERVE")):
        raise FatalError("BLK3 holds the ADC calibration (BLK3_PART_RESERVE is set); "
                         "it cannot take a key")
    check_key_block_state(efuses, field, args.force_write_always)
    data = key if block == 3 or getattr(args, "file_order", False) else swap_key_order(key)
    if efuses.is_readable(field):
        refuse_clearing_bits(efuses.block_bytes(block), data, BLOCK_NAMES[block])
    readable = getattr(args, "keep_readable", False)      # 5.x's keys in BLOCKn: write-protected only
    if not args.no_protect_key and not readable:
        refuse_hiding_needed_data(efuses, field)
    steps = [BurnStep("key in %s" % BLOCK_NAMES[block], block, bytes_to_words(data))]
    if not args.no_protect_key and readable:
        steps += [wr_dis_step(field)]
        protection = "The key block will be write-protected (no further changes), not read-protected"
    elif not args.no_protect_key:
        steps += [wr_dis_step(field), rd_dis_step(field)]
        protection = "The key block will be read- and write-protected (no further changes or readback)"
    else:
        protection = "The key block will be left readable and writeable (due to --no-protect-key)"
    order = "file order" if data is key else "reversed, as the hardware expects"
    title = "Write key in efuse block %d (bytes %s). %s" % (block, order, protection)
    confirm_and_burn(efuses, args, title, steps)
    if args.no_protect_key:
        efuses.reporter.message("Key is left unprotected as per --no-protect-key argument.")


def check_key_block_state(efuses, field, force):
    """docs/efuse-esp32.md §11 steps 2-3: an occupied, unknown or locked block needs --force-write-always."""
    problems = []
    if not efuses.is_readable(field):
        problems.append("%s is read-protected, so its contents are unknown (it probably "
                        "holds a key)" % field.name)
    elif not efuses.block_is_empty(field.block):
        problems.append("key block already has value %s" % efuses.display(field)[0])
    if not efuses.is_writeable(field):
        # The hardware ignores a burn into a write-protected block: no flag makes it work.
        problems.append("%s is write-protected; a burn cannot change it" % field.name)
        raise FatalError("; ".join(problems))
    if problems and not force:
        raise FatalError("; ".join(problems), hint="--force-write-always burns anyway if no "
                         "set bit would have to be cleared")
    for p in problems:
        efuses.reporter.warning("WARNING: %s. Trying anyway (--force-write-always)." % p)


def refuse_clearing_bits(old, new, where):
    """eFuse bits only go from 0 to 1: a burn that needs a 1 to become 0 would
    leave a mix of old and new (a corrupt key) and is refused."""
    if any(o & ~n for o, n in zip(old, new)):
        raise FatalError("%s already holds bits that the new data has clear; eFuse bits "
                         "only go from 0 to 1, so the result would be neither old nor new"
                         % where)


@esptool.accepts_open_files
def cmd_burn_block_data(efuses, args):
    block = KEY_BLOCKS[args.block]
    field = field_by_name(BLOCK_NAMES[block])
    data = getattr(args, "data", None) or esptool.read_input_file(args.datafile, "data file")
    size = efuses.block_size(block)
    offset = args.offset
    if offset < 0 or offset + len(data) > size:
        raise FatalError("%d bytes at offset %d do not fit %s, which holds %d bytes"
                         % (len(data), offset, BLOCK_NAMES[block], size))
    if not data:
        raise FatalError("data file %s is empty" % args.datafile)
    if size == 24 and (offset % 6 or len(data) % 6):
        raise FatalError("under 3/4 coding data goes in whole 6-byte groups: offset and "
                         "length must be multiples of 6 (got %d and %d)" % (offset, len(data)))
    require_writeable(efuses, field)
    if not efuses.is_readable(field):
        raise FatalError("%s is read-protected, so its contents are unknown" % field.name)
    new = bytearray(4 * BLOCK_WORDS[block])
    new[offset:offset + len(data)] = data
    old = efuses.block_bytes(block)
    region = old[offset:offset + len(data)]
    if any(region) and not args.force_write_always:
        raise FatalError("bytes %d-%d of %s already hold data" % (offset, offset + len(data) - 1,
                                                                  BLOCK_NAMES[block]),
                         hint="--force-write-always burns anyway if no set bit must be cleared")
    refuse_clearing_bits(region, data, BLOCK_NAMES[block])
    bits = bytes_to_words(bytes(n & ~o for n, o in zip(new, old + bytes(len(new) - len(old)))))
    step = BurnStep("%d bytes of data at offset %d of %s" % (len(data), offset, BLOCK_NAMES[block]),
                    block, bits)
    if not any(bits):
        efuses.reporter.message("%s already holds this data; nothing to burn."
                                % BLOCK_NAMES[block])
        return
    confirm_and_burn(efuses, args, "Burn data into %s (file order, not reversed)"
                     % BLOCK_NAMES[block], [step])


def cmd_burn_custom_mac(efuses, args):
    mac = parse_mac(args.mac)
    blk3 = field_by_name("BLK3")
    require_writeable(efuses, blk3)
    if not efuses.is_readable(blk3):
        raise FatalError("BLK3 is read-protected: firmware could not read a custom MAC there")
    version = efuses.raw(field_by_name("MAC_VERSION"))
    data = efuses.block_bytes(3)
    if version not in (0, 1):
        raise FatalError("MAC_VERSION is %d: BLK3 is used for something else" % version)
    if any(data[0:7]):
        raise FatalError("a custom MAC is already burned: %s" % efuses.display(
            field_by_name("CUSTOM_MAC"))[0])
    new = bytearray(4 * 8)
    new[0] = crc8(mac)
    new[1:7] = mac
    if version == 0:
        new[23] = 1
    step = BurnStep("custom MAC %s (CRC %02x)%s" % (format_mac(mac), new[0],
                                                      " and MAC_VERSION 1" if version == 0 else ""),
                    3, bytes_to_words(bytes(new)))
    confirm_and_burn(efuses, args, "Burn custom MAC %s into BLK3" % format_mac(mac), [step])
    if not getattr(efuses, "collect", None):          # burned now, not with others later
        cmd_get_custom_mac(efuses, args)


def cmd_get_custom_mac(efuses, args):
    blk3 = field_by_name("BLK3")
    if not efuses.is_readable(blk3):
        raise FatalError("BLK3 is read-protected: the custom MAC cannot be read")
    version = efuses.raw(field_by_name("MAC_VERSION"))
    data = efuses.block_bytes(3)
    if version != 1 or not any(data[0:7]):
        efuses.reporter.message("No custom MAC is set (MAC_VERSION %d)." % version)
        return
    efuses.reporter.message("Custom MAC Address version 1: %s" % mac_with_crc(data[1:7], data[0]))


def cmd_set_flash_voltage(efuses, args):
    force, reg, tieh = (field_by_name(n) for n in ("XPD_SDIO_FORCE", "XPD_SDIO_REG", "XPD_SDIO_TIEH"))
    want = {"OFF": (force,), "1.8V": (force, reg), "3.3V": (force, reg, tieh)}[args.voltage]
    if args.voltage == "OFF" and efuses.raw(reg):
        raise FatalError("cannot switch the flash regulator OFF: XPD_SDIO_REG is already burned")
    if args.voltage == "1.8V" and efuses.raw(tieh):
        raise FatalError("cannot set 1.8V: XPD_SDIO_TIEH is already burned, which means 3.3V")
    todo = [f for f in want if not efuses.raw(f)]
    if not todo:
        efuses.reporter.message("VDD_SDIO is already set to %s by eFuse; nothing to burn."
                                % args.voltage)
        return
    require_writeable(efuses, force)
    confirm_and_burn(efuses, args, flash_voltage_text(efuses, args.voltage, want),
                     [BurnStep(f.name, 0, field_bits(f, 1)) for f in todo])
    efuses.reporter.message("VDD_SDIO setting complete.")


def flash_voltage_text(efuses, voltage, fields):
    """docs/efuse-esp32.md §10: say which strap the burn overrides and what stays possible afterwards."""
    lines = ["",
             "This overrides the GPIO12 (MTDI) strapping pin, which otherwise picks the "
             "flash voltage (VDD_SDIO) at every reset.",
             "The following efuses are burned: %s." % ", ".join(f.name for f in fields)]
    if voltage == "OFF":
        lines.insert(1, "Disable internal flash voltage regulator (VDD_SDIO). SPI flash will "
                        "need to be powered from an external source.")
        lines.append("The internal regulator can later be re-enabled (%s) by burning more efuses."
                     % ("to 3.3V" if efuses.raw(field_by_name("XPD_SDIO_TIEH"))
                        else "to 1.8V or 3.3V"))
    elif voltage == "1.8V":
        lines.insert(1, "Set internal flash voltage regulator (VDD_SDIO) to 1.8V.")
        lines.append("The voltage can later be raised to 3.3V (permanently) by burning "
                     "XPD_SDIO_TIEH.")
    else:
        lines.insert(1, "Enable internal flash voltage regulator (VDD_SDIO) to 3.3V.")
    return "\n".join(lines)


def cmd_adc_info(efuses, args):
    raw = efuses.raw(field_by_name("ADC_VREF"))
    if raw == 0:
        efuses.reporter.message("ADC VRef calibration: None (1100mV nominal)")
    else:
        efuses.reporter.message("ADC VRef calibration: %dmV" % vref_millivolts(raw))
    if efuses.raw(field_by_name("BLK3_PART_RESERVE")):
        efuses.reporter.message("ADC readings stored in efuse BLK3:")
        for name, label in (("ADC1_TP_LOW", "ADC1 Low reading  (150mV)"),
                            ("ADC1_TP_HIGH", "ADC1 High reading (850mV)"),
                            ("ADC2_TP_LOW", "ADC2 Low reading  (150mV)"),
                            ("ADC2_TP_HIGH", "ADC2 High reading (850mV)")):
            field = field_by_name(name)
            efuses.reporter.message("    %s: %d"
                                    % (label, adc_tp_reading(name, efuses.raw(field))))


# ---------------------------------------------------------------------------
# 7b. Extension seam
# ---------------------------------------------------------------------------
# espefuse.py alone knows the ESP32. A command line naming a newer chip goes whole to
# the package installed beside it (docs/efuse-newer.md); nothing else here names it.

EXTENSION_MODULE = "espkit.efuse_newer"     # its run_cli(argv, core) takes such a command line
NEWER_CHIPS = ("esp32s2", "esp32s3", "esp32c3", "esp32c2", "esp32c6", "esp32h2", "esp32p4", "esp32c5",
               "esp32c61")


def newer_chip_named(argv):
    """The chip --chip (-c) names, if it is one of NEWER_CHIPS; else None."""
    for i, word in enumerate(argv):
        name = word.split("=", 1)[1] if word.startswith("--chip=") else (
            argv[i + 1] if word in ("--chip", "-c") and i + 1 < len(argv) else "")
        if name.lower() in NEWER_CHIPS:
            return name.lower()
    return None


def run_newer_chip(chip, argv):
    module = esptool.import_extension(EXTENSION_MODULE)
    if module is None:
        raise FatalError("eFuses of the %s are not part of espefuse.py alone" % chip,
                         hint=esptool.EXTENSION_INSTALL_HINT)
    return module.run_cli(argv, sys.modules[__name__])


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

def v2_command(command):
    """`command` under the call v2.x scripts make: name(esp, efuses, args), `esp`
    a connected loader. v2.x's `efuses` (its own field list) means nothing here:
    the fuses are read afresh from `esp` unless an Efuses is passed."""
    def run_v2(esp, efuses, args):
        if not isinstance(efuses, Efuses):
            efuses = Efuses(ChipBackend(esp, esp.serial.baudrate), getattr(esp, "reporter", None))
        return command(efuses, args)
    run_v2.__name__ = run_v2.__qualname__ = command.__name__[len("cmd_"):]
    return run_v2


dump = v2_command(cmd_dump)
summary = v2_command(cmd_summary)
burn_efuse = v2_command(cmd_burn_efuse)
read_protect_efuse = v2_command(cmd_read_protect_efuse)
write_protect_efuse = v2_command(cmd_write_protect_efuse)
burn_key = v2_command(cmd_burn_key)
set_flash_voltage = v2_command(cmd_set_flash_voltage)
adc_info = v2_command(cmd_adc_info)


def burn_efuse_args(p):
    p.add_argument("efuse_name", help="field name, as summary prints it")
    p.add_argument("new_value", nargs="?", type=esptool.arg_auto_int,
                   help="new value (omit for flags; FLASH_CRYPT_CNT: sets the next bit)")


def efuse_name_arg(p):
    p.add_argument("efuse_name", help="field name")


def burn_key_args(p):
    p.add_argument("--no-protect-key", action="store_true",
                   help="leave the key readable and writeable (default: protect both)")
    p.add_argument("--force-write-always", action="store_true",
                   help="burn even if the block looks used or is protected (bits are ORed; "
                   "nothing is ever cleared or unprotected)")
    p.add_argument("block", choices=list(KEY_BLOCKS),
                   help="flash_encryption = BLK1, secure_boot = BLK2; BLK1/BLK2 keys are "
                   "stored reversed as v2.3 did, BLK3 in file order")
    p.add_argument("keyfile", help="raw key: 32 bytes (24 under 3/4 coding)")


def burn_block_data_args(p):
    p.add_argument("--offset", "-o", type=esptool.arg_auto_int, default=0,
                   help="byte offset in the block")
    p.add_argument("--force-write-always", action="store_true",
                   help="burn even if the region already holds data (only adds bits)")
    p.add_argument("block", choices=list(KEY_BLOCKS)[2:], help="block to write")
    p.add_argument("datafile", help="data to burn")


def set_flash_voltage_args(p):
    p.add_argument("voltage", choices=["1.8V", "3.3V", "OFF"], help="voltage")


def burn_custom_mac_args(p):
    p.add_argument("mac", help="MAC, six hex bytes separated by colons")


# The command table (esptool.Command): each takes (efuses, args).
COMMANDS = [
    Command("dump", cmd_dump, "print the raw words of every eFuse block"),
    Command("summary", cmd_summary, "print every field, decoded, with its protection"),
    Command("burn_efuse", cmd_burn_efuse, "burn one field (bits only go from 0 to 1)",
            burn_efuse_args),
    Command("read_protect_efuse", cmd_read_protect_efuse, "stop software from reading a field",
            efuse_name_arg),
    Command("write_protect_efuse", cmd_write_protect_efuse,
            "stop any further change of a field", efuse_name_arg),
    Command("burn_key", cmd_burn_key, "burn a key into BLK1/BLK2/BLK3 and protect it",
            burn_key_args),
    Command("burn_block_data", cmd_burn_block_data,
            "burn raw data (file order) into BLK1/BLK2/BLK3", burn_block_data_args),
    Command("set_flash_voltage", cmd_set_flash_voltage,
            "fix the flash voltage regulator to 1.8V, 3.3V or OFF, overriding the GPIO12 strap",
            set_flash_voltage_args),
    Command("adc_info", cmd_adc_info, "show the ADC calibration stored in eFuse"),
    Command("burn_custom_mac", cmd_burn_custom_mac, "burn a custom MAC into BLK3 (MAC_VERSION 1)",
            burn_custom_mac_args),
    Command("get_custom_mac", cmd_get_custom_mac, "show the custom MAC burned in BLK3"),
]


def build_parser():
    parser = esptool.CommandLineParser(prog="espefuse.py",
                                       description="espefuse.py v%s - read and burn ESP32 eFuses"
                                       % esptool.__version__)
    parser.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", esptool.DEFAULT_PORT),
                        help="serial port or pyserial URL (rfc2217://, socket://, espsim://)")
    parser.add_argument("--baud", "-b", type=esptool.arg_auto_int,
                        default=os.environ.get("ESPTOOL_BAUD", esptool.ESP_ROM_BAUD),
                        help="baud rate (default 115200)")
    parser.add_argument("--before", default="default_reset", type=esptool.underscored,
                        choices=["default_reset", "no_reset", "esp32r1"],
                        help="how to get the chip into its bootloader (esp32r1 = default_reset)")
    parser.add_argument("--do-not-confirm", action="store_true",
                        help="burn without asking for 'BURN' first. Use with caution.")
    parser.add_argument("--virt", action="store_true",
                        help="use a virtual ESP32 instead of a serial port (blank unless --file)")
    parser.add_argument("--chip", "-c", default="auto", type=str.lower, choices=["auto", "esp32"],
                        help="the chip (others: see docs/efuse-newer.md)")
    parser.add_argument("--file", "--path-efuse-file", dest="file", metavar="EFUSE_FILE",
                        help="virtual ESP32 whose fuses live in this file (implies --virt); "
                        "with --virt a missing file starts blank and is created on the first "
                        "burn")
    compat = esptool.import_extension("espkit.compat")
    if compat:                          # it takes --compat out of argv before parsing
        compat.add_compat_arg(parser)
    esptool.add_commands(parser, COMMANDS,
                         help="run 'espefuse.py <command> -h' for its options")
    return parser


def run(args, reporter):
    reporter.message("espefuse.py v%s" % esptool.__version__)
    backend = connect_backend(args, reporter)
    try:
        efuses = Efuses(backend, reporter)
        if isinstance(backend, VirtualBackend):
            reporter.message("Working on a %s%s." % (backend.describe(), "" if backend.path
                                                      else "; burns are not saved"))
        args.command.func(efuses, args)
    finally:
        backend.close()


def main(argv=None):
    """Entry point for the console script; returns the exit status. The package beside
    this file, where installed, words the output as asked (its compat module: --compat 5)."""
    compat = esptool.import_extension("espkit.compat")
    run = compat.running("espefuse", run_cli) if compat else run_cli
    return esptool.exit_status_of(lambda: run(argv))


def run_cli(argv):
    argv = sys.argv[1:] if argv is None else argv
    if newer_chip_named(argv):
        return run_newer_chip(newer_chip_named(argv), argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.operation is None:
        parser.print_help()
        return 1
    try:
        # One reporter for everything this run says: the banner, the loader, the commands.
        run(args, esptool.ConsoleReporter())
    except AbortBurn:       # the user did not type BURN: nothing was done
        raise FatalError("the burn was not confirmed: nothing was burned")
    return 0


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
