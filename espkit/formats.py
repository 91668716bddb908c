# GPLv2, see LICENSE.
"""Firmware file formats besides the image itself (docs/files.md): Intel HEX
in and out, UF2 out, merged flash images (merge_bin), and what image_info
says of a file that is no image.
"""
import hashlib
import os
import struct

from esptool import (
    AddrFilenamePairAction, CHIPS, ConsoleReporter, ESP32_DIGEST_LEN, ESP_IMAGE_MAGIC,
    FLASH_SECTOR_SIZE, FatalError, FlashRegion, add_flash_params_args, arg_auto_int,
    check_regions_disjoint, chip_names, flash_freq_code, flash_size_bytes, image_info_lines,
    looks_like_elf, patch_flash_params, read_esp32_image, read_firmware_image, write_file_atomically,
)
from espkit.partitions import PARTITION_TABLE_MAX_LEN, PARTITION_TABLE_OFFSET, PARTITION_TYPES, looks_like_partition_table, parse_partition_table, resolve_partition_names


HEX_DATA, HEX_EOF, HEX_SEGMENT_BASE, HEX_SEGMENT_START, HEX_LINEAR_BASE, HEX_LINEAR_START = range(6)
HEX_BYTES_PER_RECORD = 16          # what intelhex (and so upstream 5.x) writes


def hex_record(line, name, line_no):
    """One ':LLAAAATT<data>CC' line -> (type, address field, data)."""
    def bad(why):
        return FatalError("%s line %d: %s" % (name, line_no, why),
                          hint="the file is not valid Intel HEX; regenerate it")
    if not line.startswith(":"):
        raise bad("a record must start with ':'")
    try:
        raw = bytes.fromhex(line[1:])
    except ValueError:
        raise bad("the record is not made of hex digit pairs")
    if len(raw) < 5 or len(raw) != raw[0] + 5:
        raise bad("the record's length does not match its byte count")
    if sum(raw) & 0xFF:
        raise bad("checksum mismatch (the record ends in %02X, its bytes need %02X)"
                  % (raw[-1], (raw[-1] - sum(raw)) & 0xFF))
    record_type = raw[3]
    if record_type > HEX_LINEAR_START:
        raise bad("unknown record type %02X" % record_type)
    return record_type, (raw[1] << 8) | raw[2], raw[4:-1]


def hex_lines(data):
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return None
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def looks_like_intel_hex(data, name=""):
    """HEX is recognised by content: the first line is a valid record. A file
    named *.hex that starts with ':' is HEX too, so its errors get reported."""
    if not data.startswith(b":"):
        return False
    if name.lower().endswith(".hex"):
        return True
    first_line = data.split(b"\n", 1)[0].strip()
    try:
        hex_record(first_line.decode("ascii"), name, 1)
    except (FatalError, UnicodeDecodeError):
        return False
    return True


def parse_intel_hex(data, name):
    """Intel HEX -> [(address, bytes)]: one entry per contiguous block, in address order."""
    lines = hex_lines(data)
    if lines is None:
        raise FatalError("%s: Intel HEX must be ASCII text" % name)
    pieces, base = [], 0
    for line_no, line in lines:
        record_type, field, payload = hex_record(line, name, line_no)
        if record_type == HEX_DATA:
            pieces.append((base + field, payload, line_no))
        elif record_type == HEX_EOF:
            break
        elif record_type in (HEX_SEGMENT_BASE, HEX_LINEAR_BASE):
            if len(payload) != 2:
                raise FatalError("%s line %d: an address record carries 2 bytes" % (name, line_no))
            value = int.from_bytes(payload, "big")
            base = value << 4 if record_type == HEX_SEGMENT_BASE else value << 16
    return join_hex_pieces(pieces, name)


def join_hex_pieces(pieces, name, unit="line"):
    """[(address, bytes, where)] -> [(address, bytes)] in address order, touching pieces joined;
    `where` (a line or block number) names a piece that overlaps another."""
    blocks = []
    for address, payload, line_no in sorted(pieces, key=lambda p: p[0]):
        if not payload:
            continue
        if blocks and address < blocks[-1][0] + len(blocks[-1][1]):
            raise FatalError("%s %s %d: data at 0x%x overlaps earlier %ss"
                             % (name, unit, line_no, address, "record" if unit == "line" else unit))
        if blocks and address == blocks[-1][0] + len(blocks[-1][1]):
            blocks[-1][1].extend(payload)
        else:
            blocks.append((address, bytearray(payload)))
    return [(address, bytes(block)) for address, block in blocks]


def intel_hex_bytes(regions):
    """[(address, bytes)] -> Intel HEX text, laid out as the intelhex package
    lays it out: 16-byte records that never cross a 64 KiB boundary, an
    extended linear address record at each new 64 KiB page when any address is
    above 0xFFFF, and the end-of-file record."""
    regions = join_hex_pieces([(a, d, 0) for a, d in regions], "merged data")
    if not regions:
        return b":00000001FF\n"
    need_pages = regions[-1][0] + len(regions[-1][1]) - 1 > 0xFFFF
    out, page = [], None
    for address, data in regions:
        pos = 0
        while pos < len(data):
            addr = address + pos
            if need_pages and addr >> 16 != page:
                page = addr >> 16
                out.append(hex_line(HEX_LINEAR_BASE, 0, page.to_bytes(2, "big")))
            length = min(HEX_BYTES_PER_RECORD, 0x10000 - (addr & 0xFFFF), len(data) - pos)
            out.append(hex_line(HEX_DATA, addr & 0xFFFF, data[pos:pos + length]))
            pos += length
    out.append(hex_line(HEX_EOF, 0, b""))
    return "".join(out).encode("ascii")


def hex_line(record_type, address, payload):
    raw = bytes([len(payload), address >> 8, address & 0xFF, record_type]) + payload
    return ":%s%02X\n" % (raw.hex().upper(), -sum(raw) & 0xFF)


UF2_MAGIC_START0 = 0x0A324655      # "UF2\n"
UF2_MAGIC_START1 = 0x9E5D5157
UF2_MAGIC_END = 0x0AB16F30
UF2_FLAG_FAMILY_ID_PRESENT = 0x00002000
UF2_FLAG_MD5_PRESENT = 0x00004000
UF2_BLOCK_HEADER = struct.Struct("<8I")
UF2_BLOCK_SIZE = 512
UF2_DATA_AREA = 476                # 512 - 32 header - 4 final magic
UF2_MD5_TAG = struct.Struct("<II16s")     # address, length, MD5 of the chunk


def uf2_max_chunk(md5):
    return UF2_DATA_AREA - (UF2_MD5_TAG.size if md5 else 0)


def uf2_bytes(regions, family_id, chunk_size=None, md5=True):
    """[(address, bytes)] -> UF2 blocks. Block numbers count within each input
    file, as upstream 5.x numbers them; the MD5 tag follows the chunk."""
    chunk_size = chunk_size or uf2_max_chunk(md5)
    flags = UF2_FLAG_FAMILY_ID_PRESENT | (UF2_FLAG_MD5_PRESENT if md5 else 0)
    out = bytearray()
    for address, data in regions:
        chunks = [data[i:i + chunk_size] for i in range(0, len(data), chunk_size)]
        for number, chunk in enumerate(chunks):
            addr = address + number * chunk_size
            block = UF2_BLOCK_HEADER.pack(UF2_MAGIC_START0, UF2_MAGIC_START1, flags, addr,
                                          len(chunk), number, len(chunks), family_id) + chunk
            if md5:
                block += UF2_MD5_TAG.pack(addr, len(chunk), hashlib.md5(chunk).digest())
            block += bytes(UF2_BLOCK_SIZE - 4 - len(block)) + struct.pack("<I", UF2_MAGIC_END)
            out += block
    return bytes(out)


def check_uf2_chunk_size(chunk_size, md5):
    if chunk_size is None:
        return
    if chunk_size <= 0 or chunk_size % 4:
        raise FatalError("--chunk-size %d must be a positive multiple of 4" % chunk_size)
    if chunk_size > uf2_max_chunk(md5):
        raise FatalError("--chunk-size %d does not fit a UF2 block: at most %d bytes%s"
                         % (chunk_size, uf2_max_chunk(md5), " with the MD5 tag" if md5 else ""))


UF2_MAGIC_BYTES = struct.pack("<II", UF2_MAGIC_START0, UF2_MAGIC_START1)
UF2_FLAG_NOT_MAIN_FLASH = 0x00000001      # a comment block: not written to flash
UF2_FLAG_FILE_CONTAINER = 0x00001000      # the blocks carry a file, not flash contents


def uf2_family_name(family):
    return next((name for name, cls in CHIPS.items() if cls.UF2_FAMILY_ID == family),
                "unknown family")


class UF2Payload(bytes):
    """Flash contents decoded from a UF2 file, with the chip family its blocks name
    (`uf2_family`, None when they name none): checked against the chip before writing."""
    uf2_family = None


def parse_uf2(data, name):
    """UF2 blocks (docs/files.md §2.3) -> ([(address, bytes)] in address order, family or None).

    Every block must be whole and intact (magics; with the MD5 flag, its tag matches);
    comment blocks are left out; blocks of several families or a file container are refused."""
    if len(data) % UF2_BLOCK_SIZE:
        raise FatalError("%s: a UF2 file is made of 512-byte blocks; %d bytes is not"
                         % (name, len(data)), hint="the file is cut short or not UF2")
    pieces, families = [], set()
    for number in range(len(data) // UF2_BLOCK_SIZE):
        block = data[number * UF2_BLOCK_SIZE:(number + 1) * UF2_BLOCK_SIZE]
        address, payload, flags, family = uf2_block(block, name, number)
        if flags & UF2_FLAG_NOT_MAIN_FLASH:
            continue
        if flags & UF2_FLAG_FAMILY_ID_PRESENT:
            families.add(family)
        pieces.append((address, payload, number))
    if len(families) > 1:
        raise FatalError("%s holds blocks for several chip families (%s); write one chip's "
                         "file" % (name, ", ".join("0x%08x: %s" % (f, uf2_family_name(f))
                                                   for f in sorted(families))))
    return join_hex_pieces(pieces, name, "block"), next(iter(families), None)


def uf2_block(block, name, number):
    """One 512-byte block -> (address, payload, flags, family); FatalError if damaged."""
    def bad(why):
        return FatalError("%s block %d: %s" % (name, number, why),
                          hint="the UF2 file is damaged; regenerate it")
    magic0, magic1, flags, address, size, _, _, family = UF2_BLOCK_HEADER.unpack_from(block)
    if (magic0, magic1) != (UF2_MAGIC_START0, UF2_MAGIC_START1) or \
            struct.unpack_from("<I", block, UF2_BLOCK_SIZE - 4)[0] != UF2_MAGIC_END:
        raise bad("its magic numbers are wrong")
    if flags & UF2_FLAG_FILE_CONTAINER:
        raise bad("the file carries a file container, not flash contents")
    if size > UF2_DATA_AREA:
        raise bad("its payload size %d exceeds the %d bytes a block holds" % (size, UF2_DATA_AREA))
    area = block[UF2_BLOCK_HEADER.size:UF2_BLOCK_HEADER.size + UF2_DATA_AREA]
    payload = area[:size]
    if flags & UF2_FLAG_MD5_PRESENT and not uf2_md5_tag_matches(area, address, payload):
        raise bad("its MD5 tag does not match its data")
    return address, payload, flags, family


def uf2_md5_tag_matches(area, address, payload):
    """The MD5 tag sits right after the data (upstream 5.x writes it there) or in the last
    24 bytes of the data area (the UF2 README): either must name this data and match it."""
    for offset in (len(payload), UF2_DATA_AREA - UF2_MD5_TAG.size):
        if offset + UF2_MD5_TAG.size <= UF2_DATA_AREA:
            tagged = UF2_MD5_TAG.unpack_from(area, offset)
            if tagged[:2] == (address, len(payload)):
                return tagged[2] == hashlib.md5(payload).digest()
    return False


def uf2_file_regions(address, filename, data):
    """write_flash/verify_flash/merge_bin input: a UF2 file gives its decoded contents, a
    region per contiguous run of blocks at the addresses they name; other files None."""
    if data[:8] != UF2_MAGIC_BYTES:
        return None
    blocks, family = parse_uf2(data, filename)
    ConsoleReporter().message("Note: %s is UF2%s; its blocks give the addresses (%s ignored)"
                              % (filename, "" if family is None else " for %s (family 0x%08x)"
                                 % (uf2_family_name(family), family),
                                 address if isinstance(address, str) else "0x%x" % address))
    regions = []
    for addr, block in blocks:
        payload = UF2Payload(block)
        payload.uf2_family = family
        regions.append((addr, filename, payload))
    return regions


def refuse_uf2_of_other_chips(args, esp=None):
    """A UF2 file whose blocks name another chip's family is refused before anything is
    written: by --chip before the port is opened, else by the chip that answered."""
    chip = type(esp) if esp is not None else CHIPS.get(args.chip)
    for _, filename, data in getattr(args, "addr_filename", None) or []:
        family = getattr(data, "uf2_family", None)
        if chip is not None and family is not None and family != chip.UF2_FAMILY_ID:
            raise FatalError("%s is a UF2 file for %s (family 0x%08x), not for %s"
                             % (filename, uf2_family_name(family), family, chip.CHIP_NAME),
                             hint="use the UF2 file built for this chip")


def describe_non_image(data, name):
    """Lines saying what `data` is, if it is a known file but not an image; else None."""
    if looks_like_partition_table(data):
        table = parse_partition_table(data, name)
        return (["%s is an ESP-IDF partition table (%d partitions), not a firmware image:"
                 % (name, len(table.partitions))] + table.describe())
    if data[:8] == UF2_MAGIC_BYTES:
        if len(data) < UF2_BLOCK_SIZE or len(data) % UF2_BLOCK_SIZE:
            return ["%s starts as a UF2 file but is %d bytes, not whole 512-byte blocks: cut "
                    "short or damaged" % (name, len(data))]
        family = struct.unpack("<I", data[28:32])[0]
        return ["%s is a UF2 file (%d blocks of 512 bytes, family 0x%08x: %s), not a "
                "firmware image" % (name, len(data) // UF2_BLOCK_SIZE, family,
                                    uf2_family_name(family))]
    if looks_like_intel_hex(data, name):
        blocks = parse_intel_hex(data, name)
        return ["%s is an Intel HEX file, not a firmware image; its blocks:" % name] + [
            "  0x%08x-0x%08x (%d bytes)" % (a, a + len(d) - 1, len(d)) for a, d in blocks]
    if looks_like_elf(data):
        return ["%s is an ELF file, not a firmware image: convert it with elf2image" % name]
    return describe_merged_image(data, name)


ESP32_BOOTLOADER_OFFSET = 0x1000


def describe_merged_image(data, name):
    """An ESP32 merged flash image starts with the erased 4 KiB before the bootloader."""
    boot = ESP32_BOOTLOADER_OFFSET
    if not (len(data) > boot and data[:boot] == b"\xff" * boot):
        return None
    lines = ["%s is a merged flash image (%d bytes, to be written at 0x0), not a firmware "
             "image:" % (name, len(data))]
    if data[boot] == ESP_IMAGE_MAGIC:
        lines.append("Bootloader image at 0x%x:" % boot)
        lines += ["  " + line
                  for line in image_info_lines(read_esp32_image(data[boot:], warn=print))]
    else:
        lines.append("No bootloader image at 0x%x (the flash there is erased or other data)"
                     % boot)
    table = data[PARTITION_TABLE_OFFSET:PARTITION_TABLE_OFFSET + PARTITION_TABLE_MAX_LEN]
    if looks_like_partition_table(table):
        parsed = parse_partition_table(table, "the table at 0x8000")
        lines.append("Partition table at 0x%x:" % PARTITION_TABLE_OFFSET)
        lines += ["  " + line for line in parsed.describe()]
        for p in parsed.partitions:
            if p.type == PARTITION_TYPES["app"] and p.offset < len(data):
                found = data[p.offset] == ESP_IMAGE_MAGIC
                lines.append("App %s at 0x%x: %s" % (p.name, p.offset, "starts with an image "
                             "header (0xE9)" if found else "no image (erased or other data)"))
    return lines


def merged_tail_lines(data, image):
    """An image followed by much more (an ESP8266 merged image starts with its
    bootloader at 0x0): say so, and show the partition table at 0x8000 if any."""
    end = image.length + (ESP32_DIGEST_LEN if image.stored_digest else 0)
    if len(data) - end < FLASH_SECTOR_SIZE:
        return []
    lines = ["The file goes on for %d bytes after the image: a merged flash image "
             "with the image at 0x0?" % (len(data) - end)]
    table = data[PARTITION_TABLE_OFFSET:PARTITION_TABLE_OFFSET + PARTITION_TABLE_MAX_LEN]
    if looks_like_partition_table(table):
        lines.append("Partition table at 0x%x:" % PARTITION_TABLE_OFFSET)
        lines += ["  " + line for line in parse_partition_table(table, "the table").describe()]
    return lines


def merge_bin(args):
    """Files at their addresses, as one raw, Intel HEX or UF2 file (docs/files.md §2)."""
    if args.chip == "auto":
        raise FatalError("merge_bin needs --chip (%s)" % chip_names(),
                         hint="the flash parameters and the UF2 family depend on the chip")
    check_uf2_chunk_size(args.chunk_size, not args.md5_disable)
    resolve_partition_names(args)
    refuse_uf2_of_other_chips(args)
    if any(isinstance(address, str) for address, _, _ in args.addr_filename):
        raise FatalError("partition names in merge_bin need --partition-table FILE")
    reporter = ConsoleReporter()
    regions = merged_regions(args, reporter)
    if args.format == "raw":
        out = merged_raw_bytes(regions, args.target_offset, args.pad_to_size)
    elif args.format == "hex":
        out = intel_hex_bytes([(r.address, r.data) for r in regions])
    else:
        out = uf2_bytes([(r.address, r.data) for r in regions], CHIPS[args.chip].UF2_FAMILY_ID,
                        args.chunk_size, not args.md5_disable)
    write_file_atomically(args.output, out)
    reporter.message("Wrote 0x%x bytes to file %s%s" % (
        len(out), args.output,
        ", ready to flash to offset 0x%x" % args.target_offset if args.format == "raw" else ""))


def merged_regions(args, reporter):
    """The inputs, sorted, checked for overlap, bootloader header patched."""
    facts = CHIPS[args.chip].__new__(CHIPS[args.chip])   # class facts only, no port
    facts.reporter = reporter
    if args.flash_freq != "keep":       # as write_flash: a name the chip lacks is refused
        flash_freq_code(facts, args.flash_freq)
    regions = []
    for address, filename, data in sorted(args.addr_filename, key=lambda p: p[0]):
        reporter.message("Adding %s at 0x%x" % (filename, address))
        regions.append(FlashRegion(address, filename, patch_merged_image(facts, address, filename,
                                                                         args, data)))
    if not regions:
        raise FatalError("no input data")
    if regions[0].address < args.target_offset:
        raise FatalError("%s is at 0x%x, before --target-offset 0x%x"
                         % (regions[0].filename, regions[0].address, args.target_offset))
    check_regions_disjoint(regions, FLASH_SECTOR_SIZE)
    return regions


def patch_merged_image(facts, address, filename, args, data):
    """write_flash's header patch, but only on data that parses as an image
    (as upstream 5.x's merge-bin checks), and never when every param is 'keep'."""
    if (args.flash_mode, args.flash_freq, args.flash_size) == ("keep",) * 3:
        return data
    if len(data) < 8 or address != facts.BOOTLOADER_FLASH_OFFSET:
        return data
    try:
        read_firmware_image(args.chip, data, warn=lambda message: None)
    except FatalError:
        facts.reporter.warning("WARNING: %s at 0x%x is not a valid %s image; its header is left alone"
              % (filename, address, facts.CHIP_NAME))
        return data
    return patch_flash_params(facts, address, data, args.flash_mode, args.flash_freq,
                              args.flash_size)


def merged_raw_bytes(regions, target_offset, pad_to_size):
    out = bytearray()
    for region in regions:
        out += b"\xff" * (region.address - target_offset - len(out))
        out += region.data
    if pad_to_size:
        out += b"\xff" * (flash_size_bytes(pad_to_size) - target_offset - len(out))
    return bytes(out)


def merge_bin_args(p):
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file to place there; repeat for more files")
    p.add_argument("--output", "-o", required=True, help="output file")
    p.add_argument("--format", "-f", choices=["raw", "hex", "uf2"], default="raw",
                   help="output format (default raw)")
    add_flash_params_args(p, for_elf2image=False)
    p.set_defaults(flash_size=os.environ.get("ESPTOOL_FS", "keep"))
    p.add_argument("--target-offset", "-t", type=arg_auto_int, default=0,
                   help="raw: the flash address the output will be written at")
    p.add_argument("--pad-to-size", "--fill-flash-size", dest="pad_to_size",
                   choices=["256KB", "512KB", "1MB", "2MB", "4MB", "8MB", "16MB", "32MB",
                            "64MB", "128MB"],
                   help="raw: pad the output with 0xFF up to this flash size")
    p.add_argument("--chunk-size", type=arg_auto_int,
                   help="uf2: data bytes per 512-byte block (multiple of 4; default the most)")
    p.add_argument("--md5-disable", action="store_true",
                   help="uf2: leave out the MD5 tag of each block")


def hex_file_regions(address, filename, data):
    """write_flash/verify_flash/merge_bin input: an Intel HEX file gives a region per
    contiguous block, at the addresses its records name; other files None."""
    if not looks_like_intel_hex(data, filename):
        return None
    blocks = parse_intel_hex(data, filename)
    ConsoleReporter().message("Note: %s is Intel HEX; its records give the addresses (%s ignored)"
                              % (filename, address if isinstance(address, str)
                                 else "0x%x" % address))
    return [(addr, filename, block) for addr, block in blocks]
