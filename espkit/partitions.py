# GPLv2, see LICENSE.
"""ESP-IDF partition tables (docs/files.md §3): CSV and binary both ways, the
partition_table command, and partition names given as flash addresses.
"""
import hashlib
import os
import re
import struct

from esptool import (
    names_given,
    ConsoleReporter, FLASH_SECTOR_SIZE, FatalError, arg_auto_int, ignore_warning,
    pad_to_multiple, read_input_file, write_file_atomically,
)


PARTITION_TABLE_OFFSET = 0x8000     # where ESP-IDF's bootloader looks by default
PARTITION_TABLE_SECTOR = 0x1000
PARTITION_TABLE_MAX_LEN = 0xC00     # gen_esp32part pads the binary to this
PARTITION_MAGIC = b"\xaa\x50"
PARTITION_MD5_MAGIC = b"\xeb\xeb"
PARTITION_ENTRY = struct.Struct("<2sBBII16sI")   # magic, type, subtype, offset, size, name, flags
PARTITION_TYPES = {"app": 0x00, "data": 0x01}
PARTITION_SUBTYPES = {
    0x00: dict([("factory", 0x00), ("test", 0x20)]
               + [("ota_%d" % n, 0x10 + n) for n in range(16)]),
    0x01: {"ota": 0x00, "phy": 0x01, "nvs": 0x02, "coredump": 0x03, "nvs_keys": 0x04,
           "efuse": 0x05, "undefined": 0x06, "esphttpd": 0x80, "fat": 0x81, "spiffs": 0x82},
}
PARTITION_ALIGNMENT = {0x00: 0x10000}            # every other type: 4 bytes
PARTITION_FLAGS = {"encrypted": 0}               # flag name -> bit
OTADATA_SIZE = 0x2000


class Partition:
    """One row of a partition table."""

    def __init__(self, name, ptype, subtype, offset, size, flags=(), line_no=None):
        self.name = name
        self.type = ptype
        self.subtype = subtype
        self.offset = offset
        self.size = size
        self.flags = list(flags)
        self.line_no = line_no

    @property
    def end(self):
        return self.offset + self.size

    def pack(self):
        bits = sum(1 << PARTITION_FLAGS[flag] for flag in self.flags)
        return PARTITION_ENTRY.pack(PARTITION_MAGIC, self.type, self.subtype, self.offset,
                                    self.size, self.name.encode(), bits)

    def csv_row(self):
        return ",".join([self.name, partition_type_name(self.type),
                         partition_subtype_name(self.type, self.subtype),
                         "0x%x" % self.offset, size_with_suffix(self.size),
                         ":".join(self.flags)])


def partition_type_name(ptype):
    return key_of(PARTITION_TYPES, ptype) or "%d" % ptype


def partition_subtype_name(ptype, subtype):
    return key_of(PARTITION_SUBTYPES.get(ptype, {}), subtype) or "%d" % subtype


def key_of(table, value):
    return next((k for k, v in table.items() if v == value), None)


def size_with_suffix(size):
    """gen_esp32part's size column: 1M, 24K, else hex (0 prints as 0M, as there)."""
    for unit, suffix in ((0x100000, "M"), (0x400, "K")):
        if size % unit == 0:
            return "%d%s" % (size // unit, suffix)
    return "0x%x" % size


class PartitionTable:
    """A parsed table: `partitions` in file order, and where it lives in flash."""

    def __init__(self, partitions, table_offset=PARTITION_TABLE_OFFSET, md5=True):
        self.partitions = partitions
        self.table_offset = table_offset
        self.md5 = md5

    def find(self, name):
        return next((p for p in self.partitions if p.name == name), None)

    def to_binary(self):
        rows = b"".join(p.pack() for p in self.partitions)
        if self.md5:
            rows += PARTITION_MD5_MAGIC + b"\xff" * 14 + hashlib.md5(rows).digest()
        if len(rows) >= PARTITION_TABLE_MAX_LEN:
            raise FatalError("the binary partition table would be %d bytes; at most %d fit"
                             % (len(rows), PARTITION_TABLE_MAX_LEN - 1))
        return rows + b"\xff" * (PARTITION_TABLE_MAX_LEN - len(rows))

    def to_csv(self):
        rows = ["# ESP-IDF Partition Table", "# Name, Type, SubType, Offset, Size, Flags"]
        return "\n".join(rows + [p.csv_row() for p in self.partitions]) + "\n"

    def describe(self):
        """The readable table partition_table and image_info print."""
        row = "%-16s %-5s %-9s %-10s %-18s %s"
        lines = [row % ("Name", "Type", "SubType", "Offset", "Size", "Flags")]
        for p in self.partitions:
            lines.append((row % (p.name, partition_type_name(p.type),
                                 partition_subtype_name(p.type, p.subtype), "0x%x" % p.offset,
                                 "0x%x (%s)" % (p.size, size_with_suffix(p.size)),
                                 ":".join(p.flags))).rstrip())
        return lines


class CsvError(FatalError):
    pass


def looks_like_partition_table(data):
    return data[:2] == PARTITION_MAGIC


def parse_partition_table(data, name, table_offset=PARTITION_TABLE_OFFSET, md5=True,
                          warn=ignore_warning):
    """CSV or binary (told apart by the magic, as gen_esp32part does), checked."""
    if looks_like_partition_table(data):
        table = partition_table_from_binary(data, name, table_offset, md5, warn)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FatalError("%s is neither a binary partition table (it does not start with "
                             "AA 50) nor CSV text" % name)
        table = partition_table_from_csv(text, name, table_offset)
    table.md5 = md5
    check_partition_table(table, name, warn)
    return table


def partition_table_from_binary(data, name, table_offset, md5=True, warn=ignore_warning):
    partitions, digest = [], hashlib.md5()
    for pos in range(0, len(data), PARTITION_ENTRY.size):
        row = data[pos:pos + PARTITION_ENTRY.size]
        if len(row) != PARTITION_ENTRY.size:
            raise FatalError("%s: a partition table is a multiple of 32 bytes" % name)
        if row == b"\xff" * PARTITION_ENTRY.size:
            return PartitionTable(partitions, table_offset, md5)
        if md5 and row[:2] == PARTITION_MD5_MAGIC:
            if row[16:] != digest.digest():
                raise FatalError("%s: the table's MD5 row does not match its entries "
                                 "(computed %s, stored %s)"
                                 % (name, digest.hexdigest(), row[16:].hex()))
            continue
        digest.update(row)
        partitions.append(partition_from_binary(row, name, pos, warn))
    raise FatalError("%s: the partition table has no end marker (a row of 0xFF)" % name)


def partition_from_binary(row, name, pos, warn=ignore_warning):
    magic, ptype, subtype, offset, size, raw_name, bits = PARTITION_ENTRY.unpack(row)
    if magic != PARTITION_MAGIC:
        raise FatalError("%s: entry at 0x%x has magic %s, not AA 50" % (name, pos, magic.hex()))
    flags = [flag for flag, bit in PARTITION_FLAGS.items() if bits & (1 << bit)]
    unknown = bits & ~sum(1 << bit for bit in PARTITION_FLAGS.values())
    if unknown:
        warn("WARNING: partition at 0x%x has unknown flag bits 0x%08x" % (offset, unknown))
    text = raw_name.split(b"\x00", 1)[0].decode("utf-8", "replace")
    return Partition(text, ptype, subtype, offset, size, flags)


CSV_FIELDS = ("name", "type", "subtype", "offset", "size", "flags")


def partition_table_from_csv(text, name, table_offset):
    partitions = []
    for line_no, line in enumerate(text.splitlines(), 1):
        line = expand_csv_variables(line, name, line_no).strip()
        if line and not line.startswith("#"):
            partitions.append(partition_from_csv(line, name, line_no))
    fill_in_offsets(partitions, name, table_offset)
    return PartitionTable(partitions, table_offset)


def expand_csv_variables(line, name, line_no):
    """$VARS from the environment, as gen_esp32part expands them."""
    expanded = os.path.expandvars(line)
    unknown = re.match(r"(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)", expanded)
    if unknown:
        raise CsvError("%s line %d: unknown variable '%s'" % (name, line_no, unknown.group(1)))
    return expanded


def partition_from_csv(line, name, line_no):
    fields = [f.strip() for f in (line + ",,,,").split(",")]
    where = "%s line %d" % (name, line_no)

    def field(index, keywords=None):
        try:
            return parse_csv_number(fields[index], keywords or {})
        except CsvError as e:
            raise CsvError("%s, field '%s': %s" % (where, CSV_FIELDS[index], e))

    def fail(index, message):
        return CsvError("%s, field '%s': %s" % (where, CSV_FIELDS[index], message))

    part_name = fields[0]
    if not part_name:
        raise fail(0, "a partition needs a name")
    if len(part_name.encode()) > 16:
        raise fail(0, "'%s' is longer than 16 bytes" % part_name)
    if not fields[1]:
        raise fail(1, "the type can't be left empty")
    ptype = field(1, PARTITION_TYPES)
    if fields[2]:
        subtype = field(2, PARTITION_SUBTYPES.get(ptype, {}))
    elif ptype == PARTITION_TYPES["app"]:
        raise fail(2, "an app partition needs a subtype")
    else:
        subtype = PARTITION_SUBTYPES[0x01]["undefined"]
    offset = field(3) if fields[3] else None
    if not fields[4]:
        raise fail(4, "the size can't be left empty")
    size = field(4)
    flags = [flag for flag in fields[5].split(":") if flag]
    for flag in flags:
        if flag not in PARTITION_FLAGS:
            raise fail(5, "unknown flag '%s' (known: %s)" % (flag, ", ".join(PARTITION_FLAGS)))
    for index, value, limit in ((1, ptype, 0xFF), (2, subtype, 0xFF),
                                (3, offset or 0, 0xFFFFFFFF)):
        if not 0 <= value <= limit:
            raise fail(index, "%d does not fit in %d bits" % (value, limit.bit_length()))
    return Partition(part_name, ptype, subtype, offset, size, flags, line_no)


def parse_csv_number(text, keywords):
    """A number (0x.., decimal) with an optional K or M suffix, or a keyword."""
    for suffix, unit in (("k", 1024), ("m", 1024 * 1024)):
        if text.lower().endswith(suffix):
            return parse_csv_number(text[:-1], keywords) * unit
    try:
        return int(text, 0)
    except ValueError:
        pass
    if not keywords:
        raise CsvError("'%s' is not a number" % text)
    try:
        return keywords[text.lower()]
    except KeyError:
        raise CsvError("'%s' is not valid. Known keywords: %s" % (text, ", ".join(keywords)))


def fill_in_offsets(partitions, name, table_offset):
    """Empty offsets follow the previous partition, aligned for their type;
    a negative size means 'up to this address'."""
    last_end = table_offset + PARTITION_TABLE_SECTOR
    for p in partitions:
        if p.offset is not None and p.offset < last_end:
            what = ("the partition table's end 0x%x" % last_end if p is partitions[0]
                    else "the end of the previous partition, 0x%x" % last_end)
            raise CsvError("%s line %d, field 'offset': 0x%x overlaps %s"
                           % (name, p.line_no, p.offset, what))
        if p.offset is None:
            p.offset = pad_to_multiple(last_end, PARTITION_ALIGNMENT.get(p.type, 4))
        if p.size < 0:
            p.size = -p.size - p.offset
        last_end = p.offset + p.size


def check_partition_table(table, name, warn=ignore_warning):
    """gen_esp32part's checks of a whole table (its errors, our words)."""
    for p in table.partitions:
        where = "%s line %d" % (name, p.line_no) if p.line_no else name
        if not (0 <= p.offset <= 0xFFFFFFFF and 0 <= p.size <= 0xFFFFFFFF):
            raise CsvError("%s: partition %s: offset 0x%x / size 0x%x do not fit in 32 bits"
                           % (where, p.name, p.offset, p.size))
        align = PARTITION_ALIGNMENT.get(p.type, 4)
        if p.offset % align:
            raise CsvError("%s: partition %s: offset 0x%x is not aligned to 0x%x"
                           % (where, p.name, p.offset, align))
        if p.type != PARTITION_TYPES["app"] and p.offset % FLASH_SECTOR_SIZE:
            warn("WARNING: partition %s is not aligned to 0x%x (deprecated)"
                 % (p.name, FLASH_SECTOR_SIZE))
    names = [p.name for p in table.partitions]
    duplicates = sorted(set(n for n in names if names.count(n) > 1))
    if duplicates:
        raise CsvError("%s: partition names must be unique (%s repeated)"
                       % (name, ", ".join(duplicates)))
    check_partitions_disjoint(table, name)
    otadata = [p for p in table.partitions if (p.type, p.subtype) == (0x01, 0x00)]
    if len(otadata) > 1:
        raise CsvError("%s: only one otadata (data, ota) partition is allowed; found %s"
                       % (name, ", ".join(p.name for p in otadata)))
    if otadata and otadata[0].size != OTADATA_SIZE:
        raise CsvError("%s: the otadata partition %s must be 0x%x bytes, not 0x%x"
                       % (name, otadata[0].name, OTADATA_SIZE, otadata[0].size))


def check_partitions_disjoint(table, name):
    last = None
    for p in sorted(table.partitions, key=lambda p: p.offset):
        if p.offset < table.table_offset + PARTITION_TABLE_SECTOR:
            raise CsvError("%s: partition %s at 0x%x is below 0x%x, the end of the table"
                           % (name, p.name, p.offset, table.table_offset + PARTITION_TABLE_SECTOR))
        if last is not None and p.offset < last.end:
            raise CsvError("%s: partition %s at 0x%x overlaps %s (0x%x-0x%x)"
                           % (name, p.name, p.offset, last.name, last.offset, last.end - 1))
        last = p


def resolve_partition_names(args, esp=None):
    """Turn partition names in a command's arguments into flash addresses.

    The table comes from --partition-table FILE (resolved before the port is
    opened) or from the chip at --partition-table-offset (after connecting,
    before anything is erased). Also checks that named files fit."""
    if not names_given(args):
        return
    if args.partition_table is None and esp is None:
        return
    reporter = esp.reporter if esp is not None else ConsoleReporter()
    table = load_partition_table(args, esp, reporter)
    if getattr(args, "addr_filename", None):
        args.addr_filename = sorted(
            [resolve_pair(table, pair, reporter) for pair in args.addr_filename],
            key=lambda p: p[0])
    if isinstance(getattr(args, "address", None), str):
        partition = find_partition(table, args.address)
        if args.size is not None:
            raise FatalError("%s is a partition name: leave out the size (the partition's, "
                             "0x%x, is used)" % (args.address, partition.size))
        reporter.message("Partition %s: 0x%x bytes at 0x%x"
                         % (partition.name, partition.size, partition.offset))
        args.address, args.size = partition.offset, partition.size


def resolve_pair(table, pair, reporter):
    address, filename, data = pair
    if not isinstance(address, str):
        return pair
    partition = find_partition(table, address)
    if len(data) > partition.size:
        raise FatalError("%s (%d bytes) does not fit partition %s (%d bytes at 0x%x)"
                         % (filename, len(data), partition.name, partition.size,
                            partition.offset))
    reporter.message("Partition %s: %s goes to 0x%x" % (partition.name, filename, partition.offset))
    return partition.offset, filename, data


def find_partition(table, name):
    partition = table.find(name)
    if partition is None:
        raise FatalError("no partition named '%s'; the table has: %s"
                         % (name, ", ".join(p.name for p in table.partitions) or "none"))
    return partition


def load_partition_table(args, esp, reporter):
    offset = args.partition_table_offset
    if args.partition_table is not None:
        data = read_input_file(args.partition_table, "partition table")
        return parse_partition_table(data, args.partition_table, offset, warn=reporter.warning)
    reporter.message("Reading the partition table at 0x%x..." % offset)
    data = esp.read_flash(offset, PARTITION_TABLE_MAX_LEN)
    if not looks_like_partition_table(data):
        raise FatalError("no partition table at 0x%x (the flash there starts with %s)"
                         % (offset, data[:4].hex()),
                         hint="write one, give --partition-table FILE, or "
                              "--partition-table-offset if the table is elsewhere")
    return parse_partition_table(data, "the table at 0x%x" % offset, offset,
                                 warn=reporter.warning)


def partition_table(args):
    """CSV -> binary or binary -> CSV, as gen_esp32part.py converts (docs/files.md §3)."""
    data = read_input_file(args.input, "partition table")
    reporter = ConsoleReporter()
    table = parse_partition_table(data, args.input, args.offset, not args.disable_md5sum,
                                  warn=reporter.warning)
    binary_input = looks_like_partition_table(data)
    reporter.message("%s partition table %s:" % ("Binary" if binary_input else "CSV", args.input))
    for line in table.describe():
        reporter.message("  " + line)
    if args.output is not None:
        out = table.to_csv().encode() if binary_input else table.to_binary()
        write_file_atomically(args.output, out)
        reporter.message("Wrote %s (%d bytes, %s)" % (args.output, len(out),
                                                      "CSV" if binary_input else "binary"))


def partition_table_args(p):
    p.add_argument("input", help="partition table, CSV or binary")
    p.add_argument("output", nargs="?", help="converted file (leave out to just print the table)")
    p.add_argument("--offset", type=arg_auto_int, default=PARTITION_TABLE_OFFSET,
                   help="flash address of the table (default 0x8000)")
    p.add_argument("--disable-md5sum", action="store_true",
                   help="no MD5 row in the binary (and none expected when reading one)")
