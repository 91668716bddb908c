#!/usr/bin/env python3
#
# esptool.py - talk to the ROM serial bootloader of ESP8266 and ESP32 chips,
# and build the firmware images those bootloaders load.
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License version 2 as published by
# the Free Software Foundation. See the file LICENSE.
"""Flash and inspect ESP8266 / ESP32 chips over their ROM serial bootloader.

This module is deliberately a single file: SDKs copy it next to pyserial and
run it from there. Read it top to bottom, section by section:

  1. constants and errors      protocol tables, FatalError
  2. small utilities           argument parsing helpers, atomic file writes
  3. transport and SLIP        framing, a pure decoder
  4. ESPLoader                 the ROM command protocol shared by all chips
  5. chip classes              per-chip facts as class attributes, stub variants
  6. ELF and images            ELF reader, firmware image readers/writers
  7. commands                  one function per subcommand
  8. CLI                       argument parser, command table, main()

The offline commands (elf2image, image_info, make_image, version) never need
pyserial; it is imported only when a command opens a port.
"""

import argparse
import hashlib
import os
import shlex
import struct
import sys
import tempfile

__version__ = "2.4.0.dev0"


# ---------------------------------------------------------------------------
# 1. Constants and errors
# ---------------------------------------------------------------------------

ESP_ROM_BAUD = 115200          # every connection starts here (PROTOCOL.md §1)
DEFAULT_PORT = None            # None: try the ports the system lists

# Image header encodings, IMAGE_FORMAT.md §2. They live up here because the
# chip classes of section 5 point their FLASH_SIZES at them; section 6 owns them.
FLASH_MODE_CODES = {"qio": 0, "qout": 1, "dio": 2, "dout": 3}      # header byte 2
FLASH_FREQ_CODES = {"40m": 0x0, "26m": 0x1, "20m": 0x2, "80m": 0xF}  # byte 3, low nibble
# Byte 3, high nibble, already shifted into place.
ESP8266_FLASH_SIZES = {
    "512KB": 0x00, "256KB": 0x10, "1MB": 0x20, "2MB": 0x30, "4MB": 0x40,
    "2MB-c1": 0x50, "4MB-c1": 0x60, "8MB": 0x80, "16MB": 0x90,
}
ESP32_FLASH_SIZES = {"1MB": 0x00, "2MB": 0x10, "4MB": 0x20, "8MB": 0x30, "16MB": 0x40}


class FatalError(RuntimeError):
    """A failure the user must hear about: one line, plus an optional hint.

    Raised anywhere below; caught once in main(), printed as
    'A fatal error occurred: <message>' and turned into exit status 2.
    """

    def __init__(self, message, hint=None):
        super().__init__(message)
        self.hint = hint


class NotImplementedInROMError(FatalError):
    """The connected loader (usually a ROM) lacks the command asked for."""

    def __init__(self, loader, what):
        super().__init__("%s ROM does not support %s" % (loader.CHIP_NAME, what),
                         hint="run without --no-stub so the flasher stub can do it")


# ---------------------------------------------------------------------------
# 2. Small utilities
# ---------------------------------------------------------------------------

def arg_auto_int(text):
    """Parse '0x1000', '4096' or '0o10' the way C would."""
    return int(text, 0)


def write_file_atomically(path, data, mode=None):
    """Write `data` to `path` whole or not at all (temp file + rename)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def import_pyserial():
    """Import pyserial on first use, so offline commands work without it."""
    try:
        import serial  # noqa: F401
        import serial.tools.list_ports  # noqa: F401
    except ImportError:
        raise FatalError("this command talks to a chip and needs pyserial, which is not installed",
                         hint="install it with: python3 -m pip install pyserial")
    return serial


# ---------------------------------------------------------------------------
# 3. Transport and SLIP
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 4. ESPLoader: the ROM command protocol
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 5. Chip classes
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 6. ELF and firmware images
# ---------------------------------------------------------------------------
#
# Everything here turns bytes into objects and objects into bytes; the image
# commands of section 7 do the file I/O. The layouts are those of
# IMAGE_FORMAT.md, written byte for byte the way upstream esptool v2.3.1 does.
# Readers report oddities through a `warn` callback (print, by default).

ESP_IMAGE_MAGIC = 0xE9            # ESP8266 v1 and ESP32 images, §1.1
ESP8266_V2_IMAGE_MAGIC = 0xEA     # first header of an ESP8266 v2 image, §4.2
ESP8266_V2_HEADER_BYTE1 = 4       # a constant in that header, not a count
IMAGE_CHECKSUM_SEED = 0xEF        # §1.3
IMAGE_HEADER = struct.Struct("<BBBBI")      # magic, segments, mode, size|freq, entry
SEGMENT_HEADER = struct.Struct("<II")       # load address, length
MAX_IMAGE_SEGMENTS = 16           # the ROM loaders and ESP-IDF refuse more
FLASH_SECTOR_SIZE = 0x1000

ESP8266_IROM_MAP = (0x40200000, 0x40300000)     # flash-mapped code, §3.2
# Outside this window, or longer than 64 KiB, an ESP8266 segment is suspicious (§3.4).
ESP8266_USUAL_SEGMENTS = (0x3FFE0000, 0x40200000)
ESP8266_USUAL_SEGMENT_MAX_LEN = 0x10000

ESP32_IROM_MAP = (0x400D0000, 0x40400000)       # §5.3
ESP32_DROM_MAP = (0x3F400000, 0x3F800000)
ESP32_MMU_PAGE_SIZE = 0x10000     # flash is mapped in 64 KiB pages
# §5.2: wp_pin, three drive-strength bytes, chip_id, min_chip_rev,
# min_chip_rev_full, max_chip_rev_full, 4 reserved, hash_appended.
ESP32_EXTENDED_HEADER = struct.Struct("<BBBBHBHH4sB")
ESP32_WP_PIN_DISABLED = 0xEE      # the ROM then leaves the WP pin alone
ESP32_DIGEST_LEN = 32
ESP32_CHIP_IDS = {0: "ESP32", 2: "ESP32-S2", 5: "ESP32-C3", 9: "ESP32-S3",
                  12: "ESP32-C2", 13: "ESP32-C6", 16: "ESP32-H2"}

FLASH_SIZES_BY_CHIP = {"esp8266": ESP8266_FLASH_SIZES, "esp32": ESP32_FLASH_SIZES}


def xor_checksum(data, state=IMAGE_CHECKSUM_SEED):
    """Fold every byte of `data` into `state` by XOR (§1.3).

    Done on one big integer, halving it until one byte is left: a megabyte
    costs milliseconds instead of the tenth of a second a byte loop takes.
    """
    n = len(data)
    if n == 0:
        return state
    acc = int.from_bytes(data, "little")
    while n > 1:
        half = (n + 1) // 2
        acc = (acc >> (8 * half)) ^ (acc & ((1 << (8 * half)) - 1))
        n = half
    return state ^ acc


def pad_to(data, alignment, pad_byte=b"\x00"):
    """`data` extended with `pad_byte` to a multiple of `alignment` bytes."""
    return data + pad_byte * (-len(data) % alignment)


class ImageSegment:
    """Bytes to be loaded at `addr`.

    The data is zero-padded to a multiple of 4, as every tool in the chain
    does (§1.2). `file_offs` is where the segment's record starts in the image
    it was read from; `name` is the ELF section it came from.
    """

    def __init__(self, addr, data, file_offs=None, name=None, in_checksum=True):
        self.addr = addr
        self.data = pad_to(bytes(data), 4)
        self.file_offs = file_offs
        self.name = name
        self.in_checksum = in_checksum

    def __repr__(self):
        text = "len 0x%05x load 0x%08x" % (len(self.data), self.addr)
        if self.file_offs is not None:
            text += " file_offs 0x%08x" % self.file_offs
        return text


class FirmwareImage:
    """A firmware image: header fields and segments, whatever the file format.

    `chip` is "esp8266" or "esp32"; `version` is 1 or 2 (ESP8266 v2 only).
    Readers also fill in `stored_checksum` and, for ESP32, `extended`
    (an Esp32ExtendedHeader), `length` (just past the checksum byte),
    `stored_digest` and `calculated_digest`.
    """

    def __init__(self, chip, version=1, entrypoint=0, flash_mode=0, flash_size_freq=0,
                 segments=()):
        self.chip = chip
        self.version = version
        self.entrypoint = entrypoint
        self.flash_mode = flash_mode
        self.flash_size_freq = flash_size_freq
        self.segments = list(segments)
        self.stored_checksum = None
        self.extended = None
        self.length = None
        self.stored_digest = None
        self.calculated_digest = None

    def calculate_checksum(self):
        checksum = IMAGE_CHECKSUM_SEED
        for segment in self.segments:
            if segment.in_checksum:
                checksum = xor_checksum(segment.data, checksum)
        return checksum


class Esp32ExtendedHeader:
    """The 16 bytes after an ESP32 image's common header (§5.2).

    v2.3.1 writes only wp_pin, the drive strengths and hash_appended; later
    upstream fills chip_id and the chip revision range, decoded here too.
    """

    def __init__(self, hash_appended=True):
        self.wp_pin = ESP32_WP_PIN_DISABLED
        self.drive_strengths = (0, 0, 0)   # (q|clk, cs|d, wp|hd) nibble pairs
        self.chip_id = 0
        self.min_chip_rev = 0
        self.min_chip_rev_full = 0
        self.max_chip_rev_full = 0
        self.reserved = bytes(4)
        self.hash_appended = hash_appended

    @classmethod
    def unpack(cls, raw):
        (wp_pin, drv0, drv1, drv2, chip_id, min_rev, min_rev_full, max_rev_full,
         reserved, hash_appended) = ESP32_EXTENDED_HEADER.unpack(raw)
        if hash_appended not in (0, 1):
            raise FatalError("Invalid value for append_digest field (0x%02x). Should be 0 or 1."
                             % hash_appended)
        header = cls(hash_appended == 1)
        header.wp_pin = wp_pin
        header.drive_strengths = (drv0, drv1, drv2)
        header.chip_id = chip_id
        header.min_chip_rev = min_rev
        header.min_chip_rev_full = min_rev_full
        header.max_chip_rev_full = max_rev_full
        header.reserved = reserved
        return header

    def pack(self):
        return ESP32_EXTENDED_HEADER.pack(
            self.wp_pin, *self.drive_strengths, self.chip_id, self.min_chip_rev,
            self.min_chip_rev_full, self.max_chip_rev_full, self.reserved,
            1 if self.hash_appended else 0)

    def has_modern_fields(self):
        """True if anything beyond what v2.3.1 writes is set (bytes 4..14)."""
        return bool(self.chip_id or self.min_chip_rev or self.min_chip_rev_full
                    or self.max_chip_rev_full or any(self.reserved))


# --- Reading images ---------------------------------------------------------

class ImageReader:
    """A cursor over image bytes; reading past the end is a FatalError."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, length, what):
        end = self.pos + length
        if end > len(self.data):
            raise FatalError("image is truncated: %s needs %d bytes at offset 0x%x, "
                             "but the file ends at 0x%x" % (what, length, self.pos, len(self.data)))
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def unpack(self, layout, what):
        return layout.unpack(self.take(layout.size, what))

    def read_header(self, image, expected_magic):
        """Read a common header into `image`; returns its segment count."""
        magic, count, image.flash_mode, image.flash_size_freq, image.entrypoint = \
            self.unpack(IMAGE_HEADER, "the image header")
        if magic != expected_magic or count > MAX_IMAGE_SEGMENTS:
            raise FatalError("Invalid firmware image magic=%d segments=%d "
                             "(expected magic %d and at most %d segments)"
                             % (magic, count, expected_magic, MAX_IMAGE_SEGMENTS))
        return count

    def read_segment(self, warn=None):
        """One segment record; `warn` gets the ESP8266 suspicious-segment check."""
        file_offs = self.pos
        addr, length = self.unpack(SEGMENT_HEADER, "a segment header")
        if warn is not None:
            warn_if_unusual_esp8266_segment(addr, length, warn)
        left = len(self.data) - self.pos
        if length > left:
            raise FatalError("End of file reading segment 0x%x, length %d (actual length %d)"
                             % (addr, length, left))
        return ImageSegment(addr, self.take(length, "segment data"), file_offs)

    def read_checksum(self):
        # The checksum is the last byte of a 16-byte block (§1.4).
        self.pos += 15 - self.pos % 16
        return self.take(1, "the checksum byte")[0]


def warn_if_unusual_esp8266_segment(addr, length, warn):
    start, end = ESP8266_USUAL_SEGMENTS
    if addr > end or addr < start or length > ESP8266_USUAL_SEGMENT_MAX_LEN:
        warn("WARNING: Suspicious segment 0x%x, length %d" % (addr, length))


def read_esp8266_image(data, warn=print):
    """Parse an ESP8266 v1 or v2 image, told apart by the first byte (§3.4)."""
    if not data:
        raise FatalError("image file is empty")
    if data[0] == ESP_IMAGE_MAGIC:
        return read_esp8266_v1_image(data, warn)
    if data[0] == ESP8266_V2_IMAGE_MAGIC:
        return read_esp8266_v2_image(data, warn)
    raise FatalError("Invalid image magic number: %d" % data[0])


def read_esp8266_v1_image(data, warn=print):
    image = FirmwareImage("esp8266", version=1)
    reader = ImageReader(data)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    image.segments = [reader.read_segment(warn) for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    return image


def read_esp8266_v2_image(data, warn=print):
    """§4.3: header 0xEA, the irom record, then a v1 image without its irom."""
    image = FirmwareImage("esp8266", version=2)
    reader = ImageReader(data)
    byte1 = reader.read_header(image, ESP8266_V2_IMAGE_MAGIC)
    if byte1 != ESP8266_V2_HEADER_BYTE1:
        warn('Warning: V2 header has unexpected "segment" count %d (usually %d)'
             % (byte1, ESP8266_V2_HEADER_BYTE1))
    irom = reader.read_segment()
    # Its address field is 0 in the file; the code runs wherever the image is flashed.
    irom.addr = 0
    irom.in_checksum = False
    first = (image.flash_mode, image.flash_size_freq, image.entrypoint)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    warn_if_v2_headers_disagree(first, image, warn)
    image.segments = [irom] + [reader.read_segment(warn) for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    return image


def warn_if_v2_headers_disagree(first, image, warn):
    mode, size_freq, entry = first
    if mode != image.flash_mode:
        warn("WARNING: Flash mode value in first header (0x%02x) disagrees with second "
             "(0x%02x). Using second value." % (mode, image.flash_mode))
    if size_freq != image.flash_size_freq:
        warn("WARNING: Flash size/freq value in first header (0x%02x) disagrees with second "
             "(0x%02x). Using second value." % (size_freq, image.flash_size_freq))
    if entry != image.entrypoint:
        warn("WARNING: Entrypoint address in first header (0x%08x) disagrees with second "
             "header (0x%08x). Using second value." % (entry, image.entrypoint))


def read_esp32_image(data, warn=print):
    """Parse an ESP32 image (§5.5) and check its appended SHA-256, if any."""
    image = FirmwareImage("esp32")
    reader = ImageReader(data)
    count = reader.read_header(image, ESP_IMAGE_MAGIC)
    image.extended = Esp32ExtendedHeader.unpack(
        reader.take(ESP32_EXTENDED_HEADER.size, "the extended header"))
    image.segments = [reader.read_segment() for _ in range(count)]
    image.stored_checksum = reader.read_checksum()
    image.length = reader.pos
    if image.extended.hash_appended:
        image.stored_digest = data[image.length:image.length + ESP32_DIGEST_LEN]
        image.calculated_digest = hashlib.sha256(data[:image.length]).digest()
    return image


def esp32_image_length(data):
    """Offset just past the checksum byte of the ESP32 image in `data`.

    That is where its appended SHA-256 starts (§5.1, §9.3). Raises FatalError
    if `data` does not parse as an ESP32 image.
    """
    return read_esp32_image(data, warn=lambda message: None).length


def looks_like_esp32_image(data):
    """Guess the chip of an image given without --chip (§8).

    An ESP32 image has the disabled WP pin 0xEE at offset 8 and 0 or 1 at
    offset 23. In an ESP8266 v1 image offset 8 is the low byte of the first
    load address, and 0xEE is never a word-aligned address.
    """
    return (len(data) >= 24 and data[0] == ESP_IMAGE_MAGIC
            and data[8] == ESP32_WP_PIN_DISABLED and data[23] in (0, 1))


def read_firmware_image(chip, data, warn=print):
    """Parse an image for `chip` ("esp8266", "esp32" or "auto")."""
    if chip == "esp32" or (chip == "auto" and looks_like_esp32_image(data)):
        return read_esp32_image(data, warn)
    return read_esp8266_image(data, warn)


# --- Reading ELF files ------------------------------------------------------

ELF_HEADER = struct.Struct("<16sHHIIIIIHHHHHH")   # ELF32 file header, §6.1
ELF_SECTION_HEADER = struct.Struct("<IIIIII")      # the first 6 words of 10
ELF_SECTION_HEADER_LEN = 0x28
ELF_MAGIC = b"\x7fELF"
EM_XTENSA = 0x5E
SHT_PROGBITS = 1
SHT_STRTAB = 3


class ELFFile:
    """What elf2image takes from an ELF32 file: the entry point and, in
    section-header order, every PROGBITS section with a load address (§6.2)."""

    def __init__(self, data, name):
        self.name = name
        self.entrypoint, self.sections = parse_elf(data, name)

    @classmethod
    def load(cls, path):
        return cls(read_input_file(path, "ELF file"), path)


def parse_elf(data, name):
    """-> (entry point, [ImageSegment]) of the loadable sections of `data`."""
    if len(data) < ELF_HEADER.size:
        raise FatalError("Failed to read a valid ELF header from %s: the file has only %d bytes"
                         % (name, len(data)))
    (ident, _type, machine, _version, entry, _phoff, shoff, _flags, _ehsize, _phentsize,
     _phnum, shentsize, shnum, shstrndx) = ELF_HEADER.unpack_from(data)
    if ident[:4] != ELF_MAGIC:
        raise FatalError("%s has invalid ELF magic header" % name)
    if machine != EM_XTENSA:
        raise FatalError("%s does not appear to be an Xtensa ELF file. e_machine=%04x"
                         % (name, machine))
    if shentsize != ELF_SECTION_HEADER_LEN:
        raise FatalError("%s has unexpected section header entry size 0x%x (not 0x%x)"
                         % (name, shentsize, ELF_SECTION_HEADER_LEN))
    if shnum == 0:
        raise FatalError("%s has 0 section headers" % name)
    headers = read_elf_section_headers(data, name, shoff, shnum)
    if shstrndx >= shnum:
        raise FatalError("%s has no section name table: e_shstrndx %d is not below e_shnum %d"
                         % (name, shstrndx, shnum))
    names = read_elf_section_names(data, name, headers[shstrndx])
    sections = [ImageSegment(addr, elf_section_data(data, name, offset, size), name=
                             elf_section_name(names, name_offs, name))
                for name_offs, sec_type, _flags, addr, offset, size in headers
                if sec_type == SHT_PROGBITS and addr != 0]
    if not sections:
        raise FatalError("%s has no loadable sections (PROGBITS with a load address): "
                         "nothing to put in an image" % name)
    return entry, sections


def read_elf_section_headers(data, name, shoff, shnum):
    table_len = shnum * ELF_SECTION_HEADER_LEN
    table = data[shoff:shoff + table_len]
    if not table:
        raise FatalError("No section header found at offset %04x in ELF file %s." % (shoff, name))
    if len(table) != table_len:
        raise FatalError("Only read 0x%x bytes from section header (expected 0x%x.) "
                         "Truncated ELF file %s?" % (len(table), table_len, name))
    return [ELF_SECTION_HEADER.unpack_from(table, offs)
            for offs in range(0, table_len, ELF_SECTION_HEADER_LEN)]


def read_elf_section_names(data, name, header):
    _name_offs, sec_type, _flags, _addr, offset, size = header
    if sec_type != SHT_STRTAB:
        print("WARNING: ELF file has incorrect STRTAB section type 0x%02x" % sec_type)
    return elf_section_data(data, name, offset, size)


def elf_section_data(data, name, offset, size):
    if offset + size > len(data):
        raise FatalError("%s is truncated: a section of %d bytes at offset 0x%x runs past "
                         "the end of the file (%d bytes)" % (name, size, offset, len(data)))
    return data[offset:offset + size]


def elf_section_name(names, name_offs, elf_name):
    end = names.find(b"\x00", name_offs)
    if name_offs >= len(names) or end < 0:
        raise FatalError("%s is corrupt: a section name at offset %d is not inside the "
                         "section name table" % (elf_name, name_offs))
    return names[name_offs:end].decode("utf-8", "replace")


# --- Writing images ---------------------------------------------------------

def image_flash_params(chip, flash_mode, flash_size, flash_freq):
    """-> (header byte 2, header byte 3) for `chip` (§2)."""
    sizes = FLASH_SIZES_BY_CHIP[chip]
    if flash_mode not in FLASH_MODE_CODES:
        raise FatalError("unknown flash mode '%s'; choose one of %s"
                         % (flash_mode, ", ".join(FLASH_MODE_CODES)))
    if flash_freq not in FLASH_FREQ_CODES:
        raise FatalError("unknown flash frequency '%s'; choose one of %s"
                         % (flash_freq, ", ".join(FLASH_FREQ_CODES)))
    if flash_size not in sizes:
        raise FatalError("flash size '%s' is not valid for %s; choose one of %s"
                         % (flash_size, chip.upper(), ", ".join(sizes)))
    return FLASH_MODE_CODES[flash_mode], sizes[flash_size] + FLASH_FREQ_CODES[flash_freq]


def check_segment_count(count):
    if count > MAX_IMAGE_SEGMENTS:
        raise FatalError("Invalid segment count %d (max %d): the chip's loaders refuse such "
                         "an image. Usually this means the linker script should merge sections."
                         % (count, MAX_IMAGE_SEGMENTS))


def image_header(image, count, magic=ESP_IMAGE_MAGIC):
    return IMAGE_HEADER.pack(magic, count, image.flash_mode, image.flash_size_freq,
                             image.entrypoint)


def append_segment(out, addr, data, checksum):
    """Append one segment record to `out`; returns the checksum with its data folded in."""
    out += SEGMENT_HEADER.pack(addr, len(data))
    out += data
    return xor_checksum(data, checksum)


def append_checksum(out, checksum):
    out += bytes(15 - len(out) % 16)      # the checksum ends a 16-byte block, §1.4
    out.append(checksum)


def is_esp8266_irom_addr(addr):
    return ESP8266_IROM_MAP[0] <= addr < ESP8266_IROM_MAP[1]


def split_esp8266_irom(segments):
    """-> (the irom segment or None, the other segments in order), §3.2."""
    irom = [s for s in segments if is_esp8266_irom_addr(s.addr)]
    if len(irom) > 1:
        raise FatalError("Found %d segments that could be irom0 (loaded in 0x%08x-0x%08x). "
                         "Bad ELF file?" % ((len(irom),) + ESP8266_IROM_MAP))
    others = [s for s in segments if not is_esp8266_irom_addr(s.addr)]
    return (irom[0] if irom else None), others


def esp8266_loaded_part(image, segments, out):
    """Header, the RAM segments and checksum: the part the ROM loads (§3.3)."""
    check_segment_count(len(segments))
    out += image_header(image, len(segments))
    checksum = IMAGE_CHECKSUM_SEED
    for segment in segments:
        checksum = append_segment(out, segment.addr, segment.data, checksum)
    append_checksum(out, checksum)
    return out


def esp8266_v1_files(image, prefix):
    """-> [(file name, bytes)]: `<prefix>0x00000.bin` and, if there is flash
    code, `<prefix>0x<offset>.bin` holding it raw (§3.1)."""
    irom, loaded = split_esp8266_irom(image.segments)
    files = [("%s0x00000.bin" % prefix, bytes(esp8266_loaded_part(image, loaded, bytearray())))]
    if irom is not None:
        files.append(("%s0x%05x.bin" % (prefix, irom.addr - ESP8266_IROM_MAP[0]), irom.data))
    return files


def esp8266_v2_bytes(image):
    """An ESP8266 v2 image as v2.3.1 writes it (§4.2)."""
    irom, loaded = split_esp8266_irom(image.segments)
    out = bytearray(image_header(image, ESP8266_V2_HEADER_BYTE1, ESP8266_V2_IMAGE_MAGIC))
    if irom is not None:
        append_segment(out, 0, irom.data, 0)   # not checksummed; address field 0
    return bytes(esp8266_loaded_part(image, loaded, out))


def esp8266_v2_default_name(elf_path, segments):
    """`app.elf` -> `app-0x01000.bin`: the sector the image is meant for (§4.1)."""
    irom, _ = split_esp8266_irom(segments)
    offset = irom.addr - ESP8266_IROM_MAP[0] if irom is not None else 0
    return "%s-0x%05x.bin" % (os.path.splitext(elf_path)[0], offset & ~(FLASH_SECTOR_SIZE - 1))


def is_esp32_flash_addr(addr):
    return (ESP32_IROM_MAP[0] <= addr < ESP32_IROM_MAP[1]
            or ESP32_DROM_MAP[0] <= addr < ESP32_DROM_MAP[1])


def esp32_image_bytes(image, extended=None):
    """An ESP32 image as v2.3.1 writes it (§5.4), digest appended by default."""
    extended = extended or Esp32ExtendedHeader(hash_appended=True)
    by_addr = sorted(image.segments, key=lambda s: s.addr)   # stable: ties keep ELF order
    flash = [s for s in by_addr if is_esp32_flash_addr(s.addr)]
    ram = [(s.addr, s.data) for s in by_addr if not is_esp32_flash_addr(s.addr)]
    check_one_segment_per_mmu_page(flash)

    out = bytearray(image_header(image, 0)) + extended.pack()
    checksum = IMAGE_CHECKSUM_SEED
    count = 0
    for segment in flash:
        pad_len = esp32_padding_needed(len(out), segment.addr)
        while pad_len is not None:
            addr, data = esp32_padding_piece(ram, pad_len)
            checksum = append_segment(out, addr, data, checksum)
            count += 1
            pad_len = esp32_padding_needed(len(out), segment.addr)
        checksum = append_segment(out, segment.addr, segment.data, checksum)
        count += 1
    for addr, data in ram:
        checksum = append_segment(out, addr, data, checksum)
        count += 1
    append_checksum(out, checksum)
    check_segment_count(count)
    out[1] = count            # the header is outside the checksum, so patch it now
    if extended.hash_appended:
        out += hashlib.sha256(out).digest()
    return bytes(out)


def check_one_segment_per_mmu_page(flash_segments):
    """Two flash segments in one 64 KiB page cannot both be mapped (§5.4 step 3)."""
    for previous, segment in zip(flash_segments, flash_segments[1:]):
        if segment.addr // ESP32_MMU_PAGE_SIZE == previous.addr // ESP32_MMU_PAGE_SIZE:
            raise FatalError("Segment loaded at 0x%08x lands in same 64KB flash mapping as "
                             "segment loaded at 0x%08x. Can't generate binary: merge these "
                             "sections in the linker script." % (segment.addr, previous.addr))


def esp32_padding_needed(pos, addr):
    """Data bytes of a padding segment to write at `pos` so that the flash
    segment for `addr` then starts at an offset congruent to `addr` modulo
    64 KiB; None if it already would.

    The arithmetic is v2.3.1's (§5.4 step 4), including its quirk of padding
    a whole extra page in some cases: images must come out identical.
    """
    page = ESP32_MMU_PAGE_SIZE
    gap = (page - pos % page) + (addr % page) - SEGMENT_HEADER.size
    if gap in (0, page):
        return None
    pad_len = gap - SEGMENT_HEADER.size        # the padding record has a header too
    return pad_len + page if pad_len < 0 else pad_len


def esp32_padding_piece(ram, pad_len):
    """-> (addr, data) of the next padding segment: the front of the first RAM
    segment still to be written (a loader copies it like any other), or zeros
    loaded at address 0 when no RAM is left or the gap is too small."""
    if not ram or pad_len <= SEGMENT_HEADER.size:
        return 0, bytes(pad_len)
    addr, data = ram[0]
    piece, rest = data[:pad_len], data[pad_len:]
    if rest:
        ram[0] = (addr + pad_len, rest)
    else:
        del ram[0]
    return addr, piece


# --- Image files on disk ----------------------------------------------------

def read_input_file(path, what):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise FatalError("cannot read %s %s: %s" % (what, path, e.strerror or e))


def new_file_mode():
    """The mode open() would give a new file (mkstemp's are private)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_files_together(files):
    """Write every (path, data) of `files` whole, or none of them.

    All data goes to temporary files next to their targets first; only when
    every one is written are they renamed into place. A failing rename undoes
    the ones before it.
    """
    pending, placed = [], []
    try:
        for path, data in files:
            pending.append((write_temp_beside(path, data), path))
        for tmp, path in pending:
            rename_into_place(tmp, path)
            placed.append(path)
    except FatalError:
        for path in placed:
            remove_quietly(path)
        raise
    finally:
        for tmp, _ in pending:
            remove_quietly(tmp)


def write_temp_beside(path, data):
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, new_file_mode())
    except OSError as e:
        remove_quietly(tmp)
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def rename_into_place(tmp, path):
    try:
        os.replace(tmp, path)
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))


def remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def not_implemented(args):
    raise FatalError("'%s' is not implemented yet" % args.operation)


def version(args):
    print(__version__)


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

CHIP_CHOICES = ["auto", "esp8266", "esp32"]
FLASH_MODES = ["qio", "qout", "dio", "dout"]
FLASH_FREQS = ["40m", "26m", "20m", "80m"]
# The union of both chips' size names; the chip checks its own list later.
FLASH_SIZE_NAMES = ["256KB", "512KB", "1MB", "2MB", "4MB", "2MB-c1", "4MB-c1",
                    "8MB", "16MB"]
MEGABIT_SIZES = {"2m": "256KB", "4m": "512KB", "8m": "1MB", "16m": "2MB",
                 "32m": "4MB", "16m-c1": "2MB-c1", "32m-c1": "4MB-c1"}


class FlashSizeAction(argparse.Action):
    """--flash_size: byte sizes, plus the old megabit names with a warning."""

    def __init__(self, option_strings, dest, allow_detect=False, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.allow_detect = allow_detect

    def __call__(self, parser, namespace, value, option_string=None):
        if value in MEGABIT_SIZES:
            new = MEGABIT_SIZES[value]
            print("WARNING: Flash size arguments in megabits like '%s' are deprecated." % value)
            print("Please use the equivalent size '%s'." % new)
            print("Megabit arguments may be removed in a future release.")
            value = new
        known = FLASH_SIZE_NAMES + (["detect"] if self.allow_detect else [])
        if value not in known:
            raise argparse.ArgumentError(
                self, "%s is not a known flash size. Known sizes: %s" % (value, ", ".join(known)))
        setattr(namespace, self.dest, value)


class SpiConnectionAction(argparse.Action):
    """--spi-connection: SPI, HSPI, or five pins CLK,Q,D,HD,CS -> config word."""

    def __call__(self, parser, namespace, value, option_string=None):
        setattr(namespace, self.dest, parse_spi_connection(self, value))


def parse_spi_connection(action, value):
    if value.upper() == "SPI":
        return 0
    if value.upper() == "HSPI":
        return 1
    parts = value.split(",")
    if len(parts) != 5:
        raise argparse.ArgumentError(
            action, "%s is not a valid spi-connection value: use SPI, HSPI or five "
            "comma-separated pin numbers CLK,Q,D,HD,CS" % value)
    try:
        clk, q, d, hd, cs = [int(p, 0) for p in parts]
    except ValueError:
        raise argparse.ArgumentError(action, "%s: every pin must be a number" % value)
    if any(not 0 <= pin <= 33 for pin in (clk, q, d, hd, cs)):
        raise argparse.ArgumentError(action, "pin numbers must be in the range 0-33")
    # Five 6-bit fields, PROTOCOL.md §5.7.
    return (hd << 24) | (cs << 18) | (d << 12) | (q << 6) | clk


class AddrFilenamePairAction(argparse.Action):
    """<address> <filename> pairs; files are opened now so typos fail early."""

    def __init__(self, option_strings, dest, nargs="+", **kwargs):
        super().__init__(option_strings, dest, nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if len(values) % 2:
            raise argparse.ArgumentError(
                self, "must be pairs of an address and the binary filename to write there")
        pairs = []
        for addr_text, filename in zip(values[0::2], values[1::2]):
            try:
                address = int(addr_text, 0)
            except ValueError:
                raise argparse.ArgumentError(self, 'address "%s" must be a number' % addr_text)
            try:
                with open(filename, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise argparse.ArgumentError(self, "cannot read %s: %s" % (filename, e.strerror))
            pairs.append((address, filename, data))
        pairs.sort(key=lambda pair: pair[0])
        setattr(namespace, self.dest, pairs)


def add_spi_connection_arg(parser):
    parser.add_argument("--spi-connection", "-sc", action=SpiConnectionAction,
                        help="ESP32 only: flash pins to use instead of the default: SPI, HSPI, "
                             "or five pin numbers CLK,Q,D,HD,CS")


def add_flash_params_args(parser, for_elf2image):
    """--flash_freq/--flash_mode/--flash_size, with the defaults each command needs."""
    keep = [] if for_elf2image else ["keep"]
    parser.add_argument("--flash_freq", "-ff", choices=keep + FLASH_FREQS,
                        default=os.environ.get("ESPTOOL_FF", "40m" if for_elf2image else "keep"),
                        help="SPI flash clock frequency")
    parser.add_argument("--flash_mode", "-fm", choices=keep + FLASH_MODES,
                        default=os.environ.get("ESPTOOL_FM", "qio" if for_elf2image else "keep"),
                        help="SPI flash mode")
    parser.add_argument("--flash_size", "-fs", action=FlashSizeAction,
                        allow_detect=not for_elf2image,
                        default=os.environ.get("ESPTOOL_FS", "1MB" if for_elf2image else "detect"),
                        help="SPI flash size (1MB, 2MB, 4MB, ...; 'detect' reads the flash ID)")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="esptool",
        description="esptool.py v%s - flash and inspect ESP8266 and ESP32 chips" % __version__)
    parser.add_argument("--chip", "-c", choices=CHIP_CHOICES,
                        default=os.environ.get("ESPTOOL_CHIP", "auto"),
                        help="target chip (default: detect it)")
    parser.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", DEFAULT_PORT),
                        help="serial port or pyserial URL (rfc2217://, socket://, espsim://)")
    parser.add_argument("--baud", "-b", type=arg_auto_int,
                        default=os.environ.get("ESPTOOL_BAUD", ESP_ROM_BAUD),
                        help="baud rate for transfers (the connection starts at 115200)")
    parser.add_argument("--before", choices=["default_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_BEFORE", "default_reset"),
                        help="how to get the chip into its bootloader")
    parser.add_argument("--after", "-a", choices=["hard_reset", "soft_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_AFTER", "hard_reset"),
                        help="what to do with the chip when done")
    parser.add_argument("--no-stub", action="store_true",
                        help="talk to the ROM bootloader only; do not upload the flasher stub")
    parser.add_argument("--trace", "-t", action="store_true",
                        help="print every packet sent and received")

    sub = parser.add_subparsers(dest="operation", metavar="<command>",
                                help="run 'esptool <command> -h' for its options")

    p = sub.add_parser("load_ram", help="load an image into RAM and run it")
    p.add_argument("filename", help="firmware image")

    p = sub.add_parser("dump_mem", help="copy a range of chip memory to a file")
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")

    p = sub.add_parser("read_mem", help="read one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to read")

    p = sub.add_parser("write_mem", help="write one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to write")
    p.add_argument("value", type=arg_auto_int, help="value")
    p.add_argument("mask", type=arg_auto_int, nargs="?", default=0xFFFFFFFF,
                   help="only these bits are changed (default: all)")

    p = sub.add_parser("write_flash", help="write binary files to flash")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file to write there; repeat for more files")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")
    p.add_argument("--verify", action="store_true",
                   help="read back and compare after writing (write_flash already checks an MD5)")
    compress = p.add_mutually_exclusive_group()
    compress.add_argument("--compress", "-z", action="store_true", default=None,
                          help="compress data on the wire (default where the loader can)")
    compress.add_argument("--no-compress", "-u", action="store_true",
                          help="send data uncompressed")

    sub.add_parser("run", help="run the application in flash")

    p = sub.add_parser("image_info", help="show the headers and segments of a firmware image")
    p.add_argument("filename", help="image file")

    p = sub.add_parser("make_image", help="build an ESP8266 image from raw segment files")
    p.add_argument("output", help="output file name prefix")
    p.add_argument("--segfile", "-f", action="append", help="segment file (repeat)")
    p.add_argument("--segaddr", "-a", action="append", type=arg_auto_int,
                   help="load address of the matching --segfile (repeat)")
    p.add_argument("--entrypoint", "-e", type=arg_auto_int, default=0, help="entry point address")

    p = sub.add_parser("elf2image", help="convert an ELF file into a flashable image")
    p.add_argument("input", help="ELF file from the linker")
    p.add_argument("--output", "-o", type=str,
                   help="output prefix (ESP8266 version 1) or file name (other images)")
    p.add_argument("--version", "-e", choices=["1", "2"], default="1",
                   help="ESP8266 image version")
    add_flash_params_args(p, for_elf2image=True)

    sub.add_parser("read_mac", help="read the MAC address")
    sub.add_parser("chip_id", help="read the chip ID")

    p = sub.add_parser("flash_id", help="read the SPI flash manufacturer and device ID")
    add_spi_connection_arg(p)

    p = sub.add_parser("read_flash_status", help="read the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to read")

    p = sub.add_parser("write_flash_status", help="write the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--non-volatile", action="store_true",
                   help="write the non-volatile bits (they survive power off: be careful)")
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to write")
    p.add_argument("value", type=arg_auto_int, help="new value")

    p = sub.add_parser("read_flash", help="copy a range of flash to a file")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")

    p = sub.add_parser("verify_flash", help="compare files with what the flash holds")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file expected there; repeat for more files")
    p.add_argument("--diff", "-d", choices=["no", "yes"], default="no",
                   help="list the differing bytes")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_flash", help="erase the whole flash chip")
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_region", help="erase a range of flash")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address (multiple of 4096)")
    p.add_argument("size", type=arg_auto_int, help="number of bytes (multiple of 4096)")

    sub.add_parser("version", help="print the esptool version")
    return parser


# name -> (function, needs a connected chip). Filled in by the sections above
# as commands are implemented; see COMMANDS below.
OFFLINE_COMMANDS = {
    "version": version,
    "elf2image": not_implemented,
    "image_info": not_implemented,
    "make_image": not_implemented,
}
CHIP_COMMANDS = {
    name: not_implemented for name in (
        "load_ram", "dump_mem", "read_mem", "write_mem", "write_flash", "run",
        "read_mac", "chip_id", "flash_id", "read_flash_status", "write_flash_status",
        "read_flash", "verify_flash", "erase_flash", "erase_region")
}


def expand_file_arguments(argv):
    """'@file' arguments are replaced by the words in that file."""
    expanded = []
    for arg in argv:
        if arg.startswith("@"):
            try:
                with open(arg[1:]) as f:
                    for line in f:
                        expanded += shlex.split(line)
            except OSError as e:
                raise FatalError("cannot read argument file %s: %s" % (arg[1:], e.strerror))
        else:
            expanded.append(arg)
    if expanded != list(argv):
        print("esptool.py %s" % " ".join(expanded))
    return expanded


def run_command(args):
    print("esptool.py v%s" % __version__)
    if args.operation in OFFLINE_COMMANDS:
        OFFLINE_COMMANDS[args.operation](args)
    else:
        CHIP_COMMANDS[args.operation](args)


def main(argv=None):
    """Entry point for the console script and `python -m esptool`."""
    try:
        argv = expand_file_arguments(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.operation is None:
            parser.print_help()
            return 1
        run_command(args)
        return 0
    except FatalError as e:
        print("\nA fatal error occurred: %s" % e)
        if e.hint:
            print("Hint: %s" % e.hint)
        return 2
    except KeyboardInterrupt:
        print("\nInterrupted: the operation did not finish.")
        return 130


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
