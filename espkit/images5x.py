# GPLv2, see LICENSE.
"""Images as upstream 5.x writes them (docs/chips.md §7), for the chips v2.3.1 never
knew: ELF sections of more types, adjacent sections merged within one memory region,
the chip ID and revision range in the extended header, and 5.x's elf2image options.
A chip takes these rules with IMAGE_RULES = IMAGE_RULES_5X.
"""
import hashlib
import os
import struct

from esptool import (
    CHIPS, ConsoleReporter, ELF_HEADER, ELF_MAGIC, ELF_SECTION_HEADER_LEN, EM_XTENSA,
    ESP32_DIGEST_LEN, ESP32_DROM_MAP, ESP32_IROM_MAP, ESP32_MMU_PAGE_SIZE, Esp32ExtendedHeader, FatalError, FirmwareImage,
    IMAGE_CHECKSUM_SEED, ImageRules, ImageSegment, MAX_IMAGE_SEGMENTS, SEGMENT_HEADER,
    SHT_PROGBITS, SHT_STRTAB, append_checksum, append_segment, arg_auto_int,
    check_one_segment_per_mmu_page, elf_section_data, elf_section_name, esp32_padding_needed,
    esp32_padding_piece, flash_size_bytes, ignore_warning, image_flash_params, image_header,
    read_elf_section_headers, read_elf_section_names, read_input_file, write_files_together,
)


EM_RISCV = 0xF3
SHT_NOBITS = 8
# PROGBITS, INIT_ARRAY, FINI_ARRAY, PREINIT_ARRAY: the section types 5.x copies.
ELF_PROGRAM_SECTION_TYPES = (SHT_PROGBITS, 14, 15, 16)
ELF_FULL_SECTION_HEADER = struct.Struct("<IIIIIIIIII")
ELF_PROGRAM_HEADER = struct.Struct("<IIIIIIII")
PT_LOAD = 1
APP_DESC_SECTION = ".flash.appdesc"      # ESP-IDF's app description, first in flash
APP_DESC_ELF_SHA256_OFFSET = 0xB0        # where IDF's app description keeps the ELF's SHA-256
APP_DESC_MAGIC = 0xABCD5432              # the app description's first word
APP_DESC_MMU_PAGE_OFFSET = 180           # its log2 of the MMU page (0: not set; docs/chips.md §13.4)
BOOT_DESC_SECTION = ".dram0.bootdesc"    # ESP-IDF's bootloader description, first in RAM
MAX_SEGMENT_LEN = 0x1000000
# 5.x pads an ESP32 flash segment that ends fewer bytes than this into an MMU page: ESP-IDF's
# old second-stage bootloader left such a last page unmapped (docs/compat.md §3).
ESP32_SHORT_TAIL = 0x24


class ImageOptions:
    """What elf2image may ask of a 5.x-rules image; the defaults are 5.x's."""

    def __init__(self, min_rev=0, min_rev_full=0, max_rev_full=0xFFFF, append_digest=True,
                 secure_pad_v2=False, elf_sha256_offset=None, pad_to_size=0,
                 ram_only_header=False, use_segments=False, mmu_page_size=None):
        self.min_rev = min_rev
        self.min_rev_full = min_rev_full
        self.max_rev_full = max_rev_full
        self.append_digest = append_digest and not ram_only_header
        self.secure_pad_v2 = secure_pad_v2
        self.elf_sha256_offset = elf_sha256_offset
        self.pad_to_size = pad_to_size
        self.ram_only_header = ram_only_header
        self.use_segments = use_segments
        self.mmu_page_size = mmu_page_size


def parse_elf_5x(data, name, use_segments=False, say=ignore_warning):
    """-> (entry point, [ImageSegment]) as 5.x reads an ELF: the sections of
    ELF_PROGRAM_SECTION_TYPES with an address and a size, or with
    `use_segments` the PT_LOAD program headers (by physical address)."""
    if len(data) < ELF_HEADER.size:
        raise FatalError("Failed to read a valid ELF header from %s: the file has only %d bytes"
                         % (name, len(data)))
    (ident, _type, machine, _version, entry, phoff, shoff, _flags, _ehsize, _phentsize,
     phnum, shentsize, shnum, shstrndx) = ELF_HEADER.unpack_from(data)
    if ident[:4] != ELF_MAGIC:
        raise FatalError("%s has invalid ELF magic header" % name)
    if machine not in (EM_XTENSA, EM_RISCV):
        raise FatalError("%s does not appear to be an Xtensa or a RISC-V ELF file. "
                         "e_machine=%04x" % (name, machine))
    if shentsize != ELF_SECTION_HEADER_LEN:
        raise FatalError("%s has unexpected section header entry size 0x%x (not 0x%x)"
                         % (name, shentsize, ELF_SECTION_HEADER_LEN))
    if shnum == 0:
        raise FatalError("%s has 0 section headers" % name)
    if use_segments:
        segments = elf_load_segments(data, name, phoff, phnum)
    else:
        segments = elf_program_sections(data, name, shoff, shnum, shstrndx, say)
    if not segments:
        raise FatalError("%s has no loadable sections (with a load address and a size): "
                         "nothing to put in an image" % name)
    return entry, segments


def elf_program_sections(data, name, shoff, shnum, shstrndx, say=ignore_warning):
    read_elf_section_headers(data, name, shoff, shnum)      # checks the table is there
    headers = [ELF_FULL_SECTION_HEADER.unpack_from(data, shoff + i * ELF_SECTION_HEADER_LEN)
               for i in range(shnum)]
    if shstrndx >= shnum:
        raise FatalError("%s has no section name table: e_shstrndx %d is not below e_shnum %d"
                         % (name, shstrndx, shnum))
    names = read_elf_section_names(data, name, headers[shstrndx][:6], say)
    sections = []
    for name_offs, sec_type, _flags, addr, offset, size, _link, _info, align, _es in headers:
        if addr == 0 or size == 0:
            continue
        if sec_type in ELF_PROGRAM_SECTION_TYPES:
            segment = ImageSegment(addr, elf_section_data(data, name, offset, size),
                                   name=elf_section_name(names, name_offs, name))
            segment.align = align
            sections.append(segment)
        elif sec_type not in (SHT_NOBITS, SHT_STRTAB):
            say("WARNING: Unknown section type 0x%02x in ELF file" % sec_type)
    return sections


def elf_load_segments(data, name, phoff, phnum):
    table_len = phnum * ELF_PROGRAM_HEADER.size
    if phnum and len(data[phoff:phoff + table_len]) != table_len:
        raise FatalError("%s is truncated: its program header table runs past the end"
                         % name)
    segments = []
    for i in range(phnum):
        (p_type, offset, _vaddr, paddr, filesz, _memsz, _flags,
         align) = ELF_PROGRAM_HEADER.unpack_from(data, phoff + i * ELF_PROGRAM_HEADER.size)
        if p_type == PT_LOAD and paddr != 0 and filesz > 0:
            segment = ImageSegment(paddr, elf_section_data(data, name, offset, filesz),
                                   name="PHDR")
            segment.align = align
            segments.append(segment)
    return segments


def memory_regions(chip, addr):
    """The memory regions of `chip` (a class) `addr` lies in; the ESP32 and ESP8266 take
    theirs from image_report, where the 5.x mode hands them these rules (espkit/compat.py)."""
    from espkit.image_report import memory_kinds
    return memory_kinds(next(name for name, c in CHIPS.items() if c is chip), addr)


def merge_adjacent_segments(segments, chip, ram_only_header, say=ignore_warning):
    """Join each segment that starts where the previous one ends, if both lie in
    the same memory regions (5.x's rule; a gap is never filled, except that a
    --ram-only-header image pads up to the next section's own alignment)."""
    merged = []
    for segment in segments:
        if merged:
            last = merged[-1]
            end = last.addr + len(last.data)
            if ram_only_header:
                aligned_end = end + (-end % max(segment.align, 1))
                if aligned_end != end and aligned_end == segment.addr:
                    say("Note: Inserting %d bytes padding between %s and %s"
                        % (segment.addr - end, last.name, segment.name))
                    last.data += bytes(segment.addr - end)
                    end = aligned_end
            if (segment.addr == end and memory_regions(chip, last.addr)
                    == memory_regions(chip, segment.addr)):
                last.data += segment.data
                continue
        copy_ = ImageSegment(segment.addr, segment.data, name=segment.name)
        copy_.align = getattr(segment, "align", 4)
        merged.append(copy_)
    return merged


def is_flash_addr(chip, addr):
    irom = getattr(chip, "IROM_MAP", ESP32_IROM_MAP)    # the ESP32 keeps them as constants
    drom = getattr(chip, "DROM_MAP", ESP32_DROM_MAP)
    return irom[0] <= addr < irom[1] or drom[0] <= addr < drom[1]


def move_first(segments, name):
    for segment in segments:
        if segment.name == name:
            segments.remove(segment)
            segments.insert(0, segment)
            return


class ImageWriter:
    """Appends segment records as 5.x does, patching the ELF's SHA-256 in
    where asked (docs/chips.md §7.4)."""

    def __init__(self, head, elf_sha256=None, elf_sha256_offset=None):
        self.out = bytearray(head)
        self.checksum = IMAGE_CHECKSUM_SEED
        self.count = 0
        self.elf_sha256 = elf_sha256
        self.elf_sha256_offset = elf_sha256_offset

    def put(self, addr, data, checksummed=True, name=""):
        data = self.patched(bytes(data))
        if len(data) % 4:
            raise FatalError("Invalid %s segment length 0x%x. It has to be multiple of 4."
                             % (name, len(data)))
        if len(data) >= MAX_SEGMENT_LEN:
            raise FatalError("Invalid %s segment length 0x%x. The 16 MB limit has been "
                             "exceeded." % (name, len(data)))
        if checksummed:
            self.checksum = append_segment(self.out, addr, data, self.checksum)
        else:
            append_segment(self.out, addr, data, 0)
        self.count += 1

    def patched(self, data):
        pos, offset = len(self.out), self.elf_sha256_offset
        if self.elf_sha256 is None or not pos <= offset < pos + len(data):
            return data
        inside = offset - pos          # 5.x counts from the record header, not the data
        if inside < SEGMENT_HEADER.size or inside + ESP32_DIGEST_LEN > len(data):
            raise FatalError("Cannot place SHA256 digest on segment boundary "
                             "(elf_sha256_offset=%d, file_pos=%d, segment_size=%d)"
                             % (offset, pos, len(data)))
        inside -= SEGMENT_HEADER.size
        if any(data[inside:inside + ESP32_DIGEST_LEN]):
            raise FatalError("Contents of segment at SHA256 digest offset 0x%x are not zero. "
                             "Refusing to overwrite." % offset)
        return data[:inside] + self.elf_sha256 + data[inside + ESP32_DIGEST_LEN:]


def esp32_5x_image_bytes(image, chip, options, elf_sha256=None, elf_sha256_offset=None):
    """An image for a 5.x-rules `chip` class from `image`'s (merged) segments."""
    extended = Esp32ExtendedHeader(hash_appended=options.append_digest)
    extended.chip_id = chip.IMAGE_CHIP_ID
    extended.min_chip_rev = options.min_rev
    extended.min_chip_rev_full = options.min_rev_full
    extended.max_chip_rev_full = options.max_rev_full
    by_addr = sorted(image.segments, key=lambda s: s.addr)
    flash = [s for s in by_addr if is_flash_addr(chip, s.addr)]
    ram = [s for s in by_addr if not is_flash_addr(chip, s.addr)]
    move_first(flash, APP_DESC_SECTION)
    move_first(ram, BOOT_DESC_SECTION)
    page = options.mmu_page_size or ESP32_MMU_PAGE_SIZE
    check_one_segment_per_mmu_page(flash, page)

    writer = ImageWriter(image_header(image, 0) + extended.pack(), elf_sha256, elf_sha256_offset)
    if options.ram_only_header:
        write_ram_first(writer, flash, ram, chip, page)
    else:
        write_flash_first(writer, flash, ram, page, short_tail_pad=chip.CHIP_NAME == "ESP32")
    if options.secure_pad_v2:
        write_secure_pad_v2(writer, options, page)
    if not options.ram_only_header:
        append_checksum(writer.out, writer.checksum)
    out = writer.out
    out[1] = len(ram) if options.ram_only_header else writer.count
    if options.append_digest:
        out += hashlib.sha256(out).digest()
    if options.pad_to_size:
        out += b"\xff" * (-len(out) % options.pad_to_size)
    return bytes(out)


def write_flash_first(writer, flash, ram, page=ESP32_MMU_PAGE_SIZE, short_tail_pad=False):
    """Each flash segment at a file offset congruent to its address modulo the
    MMU page, the gaps filled with the front of the RAM segments. `short_tail_pad`
    (the ESP32): a flash segment ending less than ESP32_SHORT_TAIL bytes into a page
    is padded with zeros to end that far in (docs/compat.md §3)."""
    ram = [(s.addr, s.data) for s in ram]
    for segment in flash:
        pad_len = esp32_padding_needed(len(writer.out), segment.addr, page)
        while pad_len is not None:
            addr, data = esp32_padding_piece(ram, pad_len)
            writer.put(addr, data, name=segment.name)
            pad_len = esp32_padding_needed(len(writer.out), segment.addr, page)
        data = segment.data
        tail = (len(writer.out) + SEGMENT_HEADER.size + len(data)) % page
        if short_tail_pad and tail < ESP32_SHORT_TAIL:
            data = data + bytes(ESP32_SHORT_TAIL - tail)
        writer.put(segment.addr, data, name=segment.name)
    for addr, data in ram:
        writer.put(addr, data)


def write_ram_first(writer, flash, ram, chip, page=ESP32_MMU_PAGE_SIZE):
    """--ram-only-header: the RAM segments and their checksum are all the ROM
    sees; each flash segment follows behind an unchecksummed zero pad."""
    for segment in ram:
        writer.put(segment.addr, segment.data, name=segment.name)
    append_checksum(writer.out, writer.checksum)
    for segment in reversed(flash):
        pad_len = (segment.addr - len(writer.out) - 2 * SEGMENT_HEADER.size) % page
        if pad_len < chip.BOOTLOADER_FLASH_OFFSET:
            pad_len += page
        pad_len -= chip.BOOTLOADER_FLASH_OFFSET
        writer.put(0, bytes(pad_len), checksummed=False, name=segment.name)
        writer.put(segment.addr, segment.data, checksummed=False, name=segment.name)


def write_secure_pad_v2(writer, options, page=ESP32_MMU_PAGE_SIZE):
    """Pad so that checksum and digest end the last MMU page: the Secure Boot v2
    signature sector then starts on the next one (docs/chips.md §7.5)."""
    if not options.append_digest:
        raise FatalError("secure_pad only applies if a SHA-256 digest is also appended "
                         "to the image")
    align_past = (len(writer.out) + SEGMENT_HEADER.size) % page
    pad_len = (page - align_past - 16 - ESP32_DIGEST_LEN) % page
    writer.put(0, bytes(pad_len))


def elf2image_5x(args, chip_name):
    say = ConsoleReporter().message      # a command-line path: the API refuses these chips
    chip = CHIPS[chip_name]
    options = image_options(args, chip, say)
    data = read_input_file(args.input, "ELF file")
    entry, segments = parse_elf_5x(data, args.input, options.use_segments, say)
    mode, size_freq = image_flash_params(chip_name, args.flash_mode, args.flash_size,
                                         args.flash_freq)
    if options.mmu_page_size is None and getattr(chip, "MMU_PAGE_SIZES", ()):
        sections = segments if not options.use_segments else parse_elf_5x(data, args.input)[1]
        options.mmu_page_size = mmu_page_of_app(chip, sections, say)
    elf_sha256, offset = None, options.elf_sha256_offset
    if offset:
        elf_sha256 = hashlib.sha256(data).digest()
    else:
        appdesc = [s for s in segments if APP_DESC_SECTION in s.name]
        if appdesc and is_flash_addr(chip, appdesc[0].addr):
            elf_sha256, offset = hashlib.sha256(data).digest(), APP_DESC_ELF_SHA256_OFFSET
    if options.ram_only_header:
        say("Image has only RAM segments visible. ROM segments are hidden and SHA256 "
            "digest is not appended.")
        segments = sorted(segments, key=lambda s: s.addr)
    merged = merge_adjacent_segments(segments, chip, options.ram_only_header, say)
    if len(merged) != len(segments):
        delta = len(segments) - len(merged)
        say("Merged %d ELF section%s." % (delta, "s" if delta > 1 else ""))
    if len(merged) > MAX_IMAGE_SEGMENTS:
        raise FatalError("Invalid segment count %d (max %d). Usually this indicates a linker "
                         "script problem." % (len(merged), MAX_IMAGE_SEGMENTS))
    image = FirmwareImage(chip_name, entrypoint=entry, flash_mode=mode, flash_size_freq=size_freq,
                          segments=merged)
    name = args.output if args.output is not None else os.path.splitext(args.input)[0] + ".bin"
    write_files_together([(name, esp32_5x_image_bytes(image, chip, options, elf_sha256,
                                                      offset))])


def mmu_page_of_app(chip, sections, say=ignore_warning):
    """The MMU page of a chip whose page is configurable, as 5.x finds it without
    --flash-mmu-page-size (docs/chips.md §13.4): the app description's page field
    (ESP-IDF 5.4 on), else the largest page the description's address, less the
    image and segment headers, is aligned to. None: the default, 64 KB."""
    appdesc = next((s for s in sections if APP_DESC_SECTION in s.name), None)
    if appdesc is None or not is_flash_addr(chip, appdesc.addr):
        return None
    desc = bytes(appdesc.data[:256])
    if len(desc) < 256 or struct.unpack_from("<I", desc)[0] != APP_DESC_MAGIC:
        return None
    if desc[APP_DESC_MMU_PAGE_OFFSET]:
        return checked_mmu_page(chip, (2 ** desc[APP_DESC_MMU_PAGE_OFFSET] // 1024) * 1024)
    for page in sorted(chip.MMU_PAGE_SIZES, reverse=True):
        if (appdesc.addr - 24 - SEGMENT_HEADER.size) % page == 0:
            say("MMU page size not specified, set to %d KB" % (page // 1024))
            return page
    say("WARNING: App description segment is not aligned to MMU page size, probably linker "
        "script issue or wrong MMU page size. Try to set MMU page size parameter manually.")
    return None


def checked_mmu_page(chip, size):
    if size not in chip.MMU_PAGE_SIZES:
        raise FatalError("%d bytes is not a valid %s page size, select from %s."
                         % (size, chip.CHIP_NAME,
                            ", ".join("%dKB" % (p // 1024) for p in chip.MMU_PAGE_SIZES)))
    return size


def image_options(args, chip, say=ignore_warning):
    """ImageOptions from elf2image's arguments, checked before any file is read."""
    options = ImageOptions(
        min_rev=args.min_rev or 0, min_rev_full=args.min_rev_full or 0,
        max_rev_full=0xFFFF if args.max_rev_full is None else args.max_rev_full,
        append_digest=not args.dont_append_digest, secure_pad_v2=args.secure_pad_v2,
        elf_sha256_offset=args.elf_sha256_offset,
        pad_to_size=pad_size_bytes(args.pad_to_size) if args.pad_to_size else 0,
        ram_only_header=args.ram_only_header, use_segments=args.use_segments)
    if not 0 <= options.min_rev <= 0xFF:
        raise FatalError("--min-rev must be 0-255, not %d" % options.min_rev)
    for flag, value in (("--min-rev-full", options.min_rev_full),
                        ("--max-rev-full", options.max_rev_full)):
        if not 0 <= value <= 0xFFFF:
            raise FatalError("%s must be 0-65535 (major * 100 + minor), not %d" % (flag, value))
    if args.flash_mmu_page_size and getattr(chip, "MMU_PAGE_SIZES", ()):
        options.mmu_page_size = checked_mmu_page(chip, flash_size_bytes(args.flash_mmu_page_size))
    elif args.flash_mmu_page_size and \
            flash_size_bytes(args.flash_mmu_page_size) != ESP32_MMU_PAGE_SIZE:
        say("WARNING: Changing MMU page size is not supported on %s! Defaulting to 64KB."
            % chip.CHIP_NAME)
    return options


def pad_size_bytes(text):
    try:
        return flash_size_bytes(text)
    except (FatalError, ValueError):
        raise FatalError("Unknown size %s (give it as <n>KB or <n>MB)" % text)


def add_5x_image_args(parser):
    """elf2image's options for the chips whose images follow upstream 5.x, spelled as 5.x does."""
    group = parser.add_argument_group("ESP32-C3 / ESP32-S3 images (as upstream 5.x)")
    group.add_argument("--min-rev", "-r", type=arg_auto_int, dest="min_rev",
                       help="minimum chip revision, legacy one-byte field (default 0)")
    group.add_argument("--min-rev-full", type=arg_auto_int, dest="min_rev_full",
                       help="minimum chip revision as major * 100 + minor (default 0)")
    group.add_argument("--max-rev-full", type=arg_auto_int, dest="max_rev_full",
                       help="maximum chip revision as major * 100 + minor (default 65535: any)")
    group.add_argument("--secure-pad-v2", action="store_true", dest="secure_pad_v2",
                       help="pad so that the Secure Boot v2 signature starts a 64 KB page")
    group.add_argument("--elf-sha256-offset", type=arg_auto_int, dest="elf_sha256_offset",
                       help="write the ELF file's SHA-256 at this image offset")
    group.add_argument("--dont-append-digest", action="store_true", dest="dont_append_digest",
                       help="append no SHA-256 of the image")
    group.add_argument("--use-segments", action="store_true", dest="use_segments",
                       help="take the ELF's program headers instead of its sections")
    group.add_argument("--flash-mmu-page-size", choices=["64KB", "32KB", "16KB", "8KB"],
                       dest="flash_mmu_page_size",
                       help="MMU page size (64KB; 8KB-64KB on the ESP32-C6)")
    group.add_argument("--pad-to-size", dest="pad_to_size",
                       help="pad the image with 0xFF to a multiple of this size (KB, MB)")
    group.add_argument("--ram-only-header", action="store_true", dest="ram_only_header",
                       help="show the ROM only the RAM segments (implies --dont-append-digest)")


class Upstream5xImageRules(ImageRules):
    """Images as upstream 5.x writes them, for the chips v2.3.1 never knew."""

    NAME = "5.x"
    NAMES_CHIP = True
    FROM_PYTHON = False         # elf2image_5x reads its options from the command line
    ELF2IMAGE_OPTIONS = ("min_rev", "min_rev_full", "max_rev_full", "secure_pad_v2",
                         "elf_sha256_offset", "dont_append_digest", "use_segments",
                         "flash_mmu_page_size", "pad_to_size", "ram_only_header")

    def elf2image_command(self, args):
        return elf2image_5x(args, args.chip)


IMAGE_RULES_5X = Upstream5xImageRules()


# The chip_id field's values (docs/image-format.md §5.2), named for image_info.
ESP32_CHIP_IDS = {0: "ESP32", 2: "ESP32-S2", 5: "ESP32-C3", 9: "ESP32-S3",
                  12: "ESP32-C2", 13: "ESP32-C6", 16: "ESP32-H2"}


def extended_header_lines(image):
    """image_info's lines for the extended header fields later esptool versions write,
    where they are set or the chip's images always carry them."""
    if image.extended is None or not (image.extended.has_modern_fields()
                                      or CHIPS[image.chip].IMAGE_RULES.NAMES_CHIP):
        return []
    return esp32_extended_header_lines(image.extended, CHIPS[image.chip])


def esp32_extended_header_lines(extended, expected):
    """The fields later esptool versions write (v2.3.1 only warned about them)."""
    chip = ESP32_CHIP_IDS.get(extended.chip_id, "unknown chip")
    if extended.chip_id != expected.IMAGE_CHIP_ID:
        chip += "; not an %s image" % expected.CHIP_NAME
    lines = ["Chip ID: %d (%s)" % (extended.chip_id, chip),
             "Minimum chip revision: %s (legacy field: %d)"
             % (chip_revision_text(extended.min_chip_rev_full), extended.min_chip_rev)]
    if extended.max_chip_rev_full in (0, 0xFFFF):    # both mean "no limit" to ESP-IDF
        lines.append("Maximum chip revision: no limit")
    else:
        lines.append("Maximum chip revision: %s" % chip_revision_text(extended.max_chip_rev_full))
    if any(extended.reserved):
        lines.append("Reserved extended header bytes are not zero: %s" % extended.reserved.hex())
    return lines


def chip_revision_text(full):
    return "v%d.%d" % divmod(full, 100)     # stored as major * 100 + minor
