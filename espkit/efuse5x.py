# GPLv2, see LICENSE.
"""espefuse.py's ESP32 command line as upstream 5.x spells it, for the 5.x mode
(issue 26; docs/compat.md §7).

Without the mode espefuse.py reads the ESP32 with v2.3's command line: one command a
call, underscored names, `--file`. 5.x's scripts and test suites write
`espefuse --chip esp32 --virt --path-efuse-file F -d burn-efuse A 1 B 2 check-error`:
several commands in one call, dashed names, several fields per command. In the mode
such a line runs here: each 5.x command is a row of COMMANDS_5X, which parses the
command's own options and runs espefuse.py's v2.3 command (cmd_*) once for each
field, block or key it names. The engine, its checks and its burns stay espefuse.py's;
only the command line and a few report lines (check-error, dump, JSON, the burn's) are
5.x's. The burns of a call are collected and burned together, one cycle per block, as 5.x
does (Batch).
"""
import argparse
import collections
import json
import os
import tempfile

import esptool
from esptool import FatalError
from espkit import compat_option

# 5.x's names for the ESP32's blocks, with the purpose it shows beside each
# (upstream 5.6 `dump` and `-d`, docs/compat.md §7).
BLOCK_PURPOSES = ("", "flash_encryption", "secure_boot_v1 s", "")
KEY_BLOCK_NAMES = {"BLOCK1": 1, "BLOCK2": 2, "BLOCK3": 3, "BLK1": 1, "BLK2": 2, "BLK3": 3,
                   "FLASH_ENCRYPTION": 1, "SECURE_BOOT_V1": 2, "SECURE_BOOT_V2": 2}
# 5.x stores a key in reverse byte order, and read-protects it, only when the block is
# named by these purposes (the hardware reads those keys so); a block named BLOCKn, or
# secure_boot_v2's digest, holds the file's bytes in order and stays readable, only
# write-protected (upstream 5.6 `burn-key`, docs/compat.md §7).
REVERSED_KEY_NAMES = ("FLASH_ENCRYPTION", "SECURE_BOOT_V1")
USAGE = "Usage: python -m espefuse [OPTIONS] COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]..."


def ns(args, **values):
    """The v2.3 command's arguments: the global ones and `values`."""
    merged = dict(vars(args))
    merged.update(values)
    return argparse.Namespace(**merged)


def block_number(name):
    number = KEY_BLOCK_NAMES.get(name.upper())
    if number is None:
        raise FatalError("Invalid value: '%s' is no ESP32 block (BLOCK1, BLOCK2, BLOCK3, "
                         "flash_encryption, secure_boot_v1, secure_boot_v2)" % name)
    return number


def pairs_of(words, what):
    if len(words) % 2:
        raise FatalError("Expected multiple of 2 values, got %d (%s)" % (len(words), what))
    return list(zip(words[0::2], words[1::2]))


# -- more fields: an ESP-IDF eFuse table (--extend-efuse-table) -----------------------

# One field of the table; `block` as written (EFUSE_BLK3), `start` its first bit in the
# block, `alt` its other names, `description` the comment with its bits, as 5.x shows it.
CsvField = collections.namedtuple("CsvField", "name block start bits alt description")
USER = "User"                            # their category, as 5.x names it
BITS_OF_A_BLOCK = 256                    # MAX_BLK_LEN: a whole block (docs/efuse-newer.md §10.1)


def csv_table(path):
    """The fields of an ESP-IDF eFuse table (`name, block, first bit, bits, comment`; `#`
    starts a comment), as 5.x's --extend-efuse-table reads it (docs/efuse-newer.md §10.1):
    a field whose first bit is left out starts where the row above ended, if that row is
    in the same block (else at bit 0); rows without a name continue the field above, all its parts then named NAME_0,
    NAME_1 ...; `[ALT ...]` at the start of the comment are other names (with the same
    suffix); a dotted name (a part of another field) has `_` for its dots."""
    text = esptool.read_input_file(path, "eFuse table").decode("utf-8", "replace")
    groups, last = [], (None, 0)          # the row above: its block, its end
    for number, line in enumerate(text.splitlines(), 1):
        if not line.split("#", 1)[0].strip():
            continue
        cells = [c.strip() for c in (line.split("#", 1)[0] + ",,,,").split(",", 4)]
        name, block, first, count, comment = cells[0], cells[1], cells[2], cells[3], \
            cells[4].rstrip(",").strip()
        if not block:
            raise FatalError("eFuse table %s line %d: no block" % (path, number))
        start = table_number(path, number, first) if first else \
            last[1] if last[0] == block else 0
        bits = BITS_OF_A_BLOCK if count == "MAX_BLK_LEN" else table_number(path, number, count)
        if start < 0 or bits <= 0 or start + bits > BITS_OF_A_BLOCK:
            raise FatalError("eFuse table %s line %d: bits %d-%d are not in a block of %d"
                             % (path, number, start, start + bits - 1, BITS_OF_A_BLOCK))
        last = (block, start + bits)
        if name:
            groups.append([])
        elif not groups:
            raise FatalError("eFuse table %s line %d: a field without a name" % (path, number))
        groups[-1].append((name, block, start, bits, comment))
    return [csv_field(parts[0][0], i if len(parts) > 1 else None, *part[1:])
            for parts in groups for i, part in enumerate(parts)]


def table_number(path, number, text):
    try:
        return int(text, 0)
    except ValueError:
        raise FatalError("eFuse table %s line %d: '%s' is not a number" % (path, number, text))


def csv_field(name, index, block, start, bits, comment):
    suffix = "" if index is None else "_%d" % index
    alt = comment[1:].split("]", 1)[0].split() if comment.startswith("[") else []
    return CsvField(name.replace(".", "_") + suffix, block, start, bits,
                    tuple(a.replace(".", "_") + suffix for a in alt),
                    "%s (%d-%d)" % (comment, start, start + bits - 1))


def esp32_fields_of_csv(core, path):
    """The ESP32's fields of an ESP-IDF table, in BLOCK1-3: protected with their block
    (its WR_DIS and RD_DIS bits); one may straddle two words of it."""
    fields = []
    for row in csv_table(path):
        number = esp32_block_of(row.block)
        whole = core.field_by_name("BLK%d" % number)
        mask = ((1 << row.bits) - 1) << row.start % 32
        field = core.Field(row.name, USER, number, row.start // 32, mask, whole.wr, whole.rd,
                           "flag" if row.bits == 1 else "int", row.description)
        field.alt_names = row.alt
        fields.append(field)
    refuse_taken_names(core, fields)
    return fields


def esp32_block_of(text):
    """EFUSE_BLK3, BLOCK3, BLK3 or 3 -> 3; BLOCK0 holds the chip's own fields and
    protections, which a table of the project's fields may not redefine."""
    word = text.upper()
    for prefix in ("EFUSE_BLK", "BLOCK", "BLK"):
        word = word[len(prefix):] if word.startswith(prefix) else word
    if word not in ("1", "2", "3"):
        raise FatalError("eFuse table: '%s' is no block an ESP32 table may use (EFUSE_BLK1, "
                         "EFUSE_BLK2, EFUSE_BLK3)" % text)
    return int(word)


def refuse_taken_names(core, fields):
    """A name in the table that names another field too (5.x: `Duplicate names found`)."""
    taken = {f.name for f in core.FIELDS + core.ADC_TP_FIELDS} | set(core.FIELD_ALIASES)
    for field in fields:
        for name in (field.name,) + field.alt_names:
            if name in taken:
                raise FatalError("Duplicate names found in eFuses: %s (eFuse table)" % name)
            taken.add(name)


# -- the commands ------------------------------------------------------------------

def run_summary(core, efuses, args):
    fields = [core.field_by_name(n, efuses.fields) for n in args.efuses] if args.efuses \
        else efuses.fields
    if args.format == "value_only":
        if len(fields) != 1:
            raise FatalError("The 'value_only' format can be used exactly for one eFuse.")
        return say_to(args.output_file, efuses.display(fields[0])[0])
    if args.format == "json":
        entries = json_entries(core, efuses, fields, whole=not args.efuses)
        return say_to(args.output_file, json.dumps(entries, indent=4, sort_keys=True))
    say = efuses.reporter.message
    say("EFUSE_NAME (Block) Description  = [Meaningful Value] [Readable/Writeable] (Hex Value)")
    say("-" * 88)
    for category in core.CATEGORY_ORDER + (USER,):
        rows = [f for f in fields if f.category == category]
        if rows:
            say("%s fuses:" % category.title())
            for field in rows:
                say(summary_row(core, efuses, field))
            say("")
    if not args.efuses:
        say(efuses.flash_voltage_sentence())


def summary_row(core, efuses, field):
    """espefuse.py's row, its name column as 5.x's: `NAME (BLOCKn)`, 50 wide."""
    row = core.summary_row(efuses, field)
    name = "%s (BLOCK%d)" % (name_5x(field), field.block)
    return "%-50s %s" % (name, row[len(field.name):].lstrip(" "))


def say_to(path, text):
    if not path:
        print(text)
        return
    tmp = esptool.write_temp_beside(path, (text + "\n").encode())
    os.replace(tmp, path)


def json_entries(core, efuses, fields, whole):
    """5.6's `summary --format json` of `fields`: its field list differs from ours in a few
    rows (docs/efuse-esp32.md §3.3): CHIP_VERSION is its two flags, CUSTOM_MAC its CRC
    and its MAC, and two numbers are worked out from other fields."""
    entries = {}
    for field in fields:
        for part in fields_5x(core, field) if whole else [field]:
            entries[name_5x(part)] = json_entry(core, efuses, part)
    if whole:                              # the summary of all fields, not of named ones
        for name, bits, value in computed_5x(core, efuses):
            entries[name] = computed_entry(name, bits, value)
    return entries


def fields_5x(core, field):
    """The rows 5.6 has for one of ours (docs/efuse-esp32.md §3.3)."""
    if field.name == "CHIP_VERSION":
        return [core.Field("CHIP_CPU_FREQ_LOW", field.category, 0, 3, 1 << 12, None, None,
                           "flag", "CPU rated for 160 MHz (with CHIP_CPU_FREQ_RATED)"),
                core.Field("CHIP_CPU_FREQ_RATED", field.category, 0, 3, 1 << 13, None, None,
                           "flag", "CPU frequency rated (CHIP_CPU_FREQ_LOW says which)")]
    if field.kind == "custom_mac":
        return [core.Field("CUSTOM_MAC_CRC", field.category, 3, 0, 0xFF, field.wr, field.rd,
                           "int", "CRC-8 of the custom MAC"), field]
    return [field]


# 5.6's categories of the ESP32's fields where they are not ours (its eFuse table,
# docs/efuse-esp32.md §3.3).
CATEGORIES_5X = dict(
    [(n, "config") for n in ("WR_DIS", "RD_DIS", "BLK3_PART_RESERVE", "CLK8M_FREQ",
                             "CODING_SCHEME", "CONSOLE_DEBUG_DISABLE", "DISABLE_APP_CPU",
                             "DISABLE_BT", "DISABLE_DL_CACHE", "VOL_LEVEL_HP_INV",
                             "CHIP_CPU_FREQ_LOW", "CHIP_CPU_FREQ_RATED")]
    + [(n, "MAC") for n in ("MAC", "MAC_CRC", "MAC_VERSION", "CUSTOM_MAC", "CUSTOM_MAC_CRC")]
    + [("SPI_PAD_CONFIG_" + n, "spi pad") for n in ("CLK", "Q", "D", "HD", "CS0")]
    + [("XPD_SDIO_" + n, "vdd") for n in ("FORCE", "REG", "TIEH")]
    + [("FLASH_CRYPT_CNT", "flash"), ("FLASH_CRYPT_CONFIG", "flash"),
       ("JTAG_DISABLE", "jtag"), ("KEY_STATUS", "security")])
# Fields whose value 5.6 gives as words, by raw value (docs/efuse-esp32.md §3.3, §5, §10).
MEANINGS_5X = {
    "XPD_SDIO_TIEH": {0: "1.8V", 1: "3.3V"},
    "CODING_SCHEME": {0: "NONE (BLK1-3 len=256 bits)", 1: "3/4 (BLK1-3 len=192 bits)",
                      2: "REPEAT (BLK1-3 len=128 bits) not supported",
                      3: "NONE (BLK1-3 len=256 bits)"},
    "MAC_VERSION": {1: "Custom MAC in BLOCK3"},
}
# APB_CTL_DATE bit 31, the third bit of the major revision: 5.6's virtual ESP32 has it
# set (docs/efuse-esp32.md §3.3, §8).
APB_CTL_DATE_ADDR, APB_CTL_DATE_S = 0x3FF6607C, 31
MAJOR_OF_REVISION_BITS = {0: 0, 1: 1, 3: 2, 7: 3}      # docs/efuse-esp32.md §8


def json_entry(core, efuses, field):
    """One field as 5.x's `summary --format json` gives it (names of its keys: upstream
    5.6's output)."""
    value, _ = efuses.display(field)
    readable = efuses.is_readable(field)
    if field.kind in ("keyblock", "mac", "custom_mac"):
        bits = 8 * (efuses.block_size(field.block) if field.kind == "keyblock" else 6)
        kind, raw = "bytes:%d" % (bits // 8), field_bytes(core, efuses, field)
        shown = raw if readable else bytes(bits // 8)
        # 5.6 gives the bytes in the block's order (field_bytes: the factory MAC's are in
        # it, the custom MAC's are not)
        raw_text = "0x" + (shown[::-1] if field.kind == "custom_mac" else shown).hex()
        if field.kind != "keyblock" and readable:
            value = value.replace("(CRC ", "(CRC 0x", 1)       # 5.6: `CRC 0x56`
    else:
        bits = bin(field.width_mask).count("1")
        kind = "bool" if bits == 1 else "uint:%d" % bits
        number = efuses.raw(field) if readable else 0
        raw_text = "0x%0*x" % ((bits + 3) // 4, number)
        value = bool(number) if kind == "bool" else number_if_decimal(value)
        if readable:
            value = MEANINGS_5X.get(field.name, {}).get(number, value)
    return {"bit_len": bits, "block": field.block,
            "category": CATEGORIES_5X.get(field.name, field.category),
            "description": field.description, "efuse_type": kind, "name": name_5x(field),
            "pos": 8 if field.kind == "custom_mac" else field.shift, "raw_value": raw_text,
            "readable": readable, "value": value, "word": field.word,
            "writeable": efuses.is_writeable(field)}


def computed_5x(core, efuses):
    """(name, bits, value) of the two numbers 5.6 works out of other fields
    (docs/efuse-esp32.md §8): the major revision and the package."""
    def bit(name):
        return efuses.raw(core.field_by_name(name))
    date = read_apb_ctl_date(efuses)
    revision_bits = (date >> APB_CTL_DATE_S & 1) << 2 | bit("CHIP_VER_REV2") << 1 \
        | bit("CHIP_VER_REV1")
    return [("WAFER_VERSION_MAJOR", 3, MAJOR_OF_REVISION_BITS.get(revision_bits, 0)),
            ("PKG_VERSION", 4, bit("CHIP_PACKAGE_4BIT") << 3 | bit("CHIP_PACKAGE"))]


def read_apb_ctl_date(efuses):
    """The chip's APB_CTL_DATE register; a virtual ESP32 has none, and answers as 5.6's
    virtual one does."""
    esp = getattr(efuses.backend, "esp", None)
    return esp.read_reg(APB_CTL_DATE_ADDR) if esp else 1 << APB_CTL_DATE_S


def computed_entry(name, bits, value):
    """A worked-out number: 5.6 gives it no place (word, pos) and lets it be read and
    "written" (burning it is refused)."""
    return {"bit_len": bits, "block": 0, "category": "identity",
            "description": COMPUTED_DESCRIPTIONS[name], "efuse_type": "uint:%d" % bits,
            "name": name, "pos": None, "raw_value": "0x%x" % value, "readable": True,
            "value": value, "word": None, "writeable": True}


COMPUTED_DESCRIPTIONS = {
    "WAFER_VERSION_MAJOR": "Major silicon revision, from CHIP_VER_REV1, CHIP_VER_REV2 and "
                           "APB_CTL_DATE bit 31 (read only)",
    "PKG_VERSION": "Package: CHIP_PACKAGE_4BIT as bit 3 above CHIP_PACKAGE (read only)",
}


def number_if_decimal(value):
    """5.6 gives a number field's value as a JSON number (run: CLK8M_FREQ 165, ADC_VREF
    1100); the words some fields show (CODING_SCHEME's) stay text."""
    return int(value) if isinstance(value, str) and value.isdigit() else value


def name_5x(field):
    """5.x calls the ESP32's key blocks BLOCK1..3 (v2.3: BLK1..3)."""
    return "BLOCK%d" % field.block if field.kind == "keyblock" else field.name


def field_bytes(core, efuses, field):
    if field.kind == "mac":
        return efuses.factory_mac()[::-1]
    if field.kind == "custom_mac":
        return efuses.block_bytes(3)[1:7][::-1]
    return efuses.block_bytes(field.block)


def run_dump(core, efuses, args):
    blocks = efuses.blocks
    if args.format == "split" and args.file_name:
        stem, ext = os.path.splitext(args.file_name)
        for n, words in enumerate(blocks):
            path = "%s%d%s" % (stem, n, ext)
            efuses.reporter.message("Dump eFuse block%d -> %s" % (n, path))
            say_bytes(path, core.words_to_bytes(words))
    elif args.format == "joint" and args.file_name:
        efuses.reporter.message("Dump eFuse blocks -> %s" % args.file_name)
        say_bytes(args.file_name, b"".join(core.words_to_bytes(w) for w in blocks))
    elif args.format in ("split", "joint"):
        for words in blocks:
            print(core.words_to_bytes(words)[::-1].hex())
    else:
        for n, words in enumerate(blocks):
            efuses.reporter.message("%-15s (%-16s) [%-2d] dump: %s" % (
                "BLOCK%d" % n, BLOCK_PURPOSES[n], n, " ".join("%08x" % w for w in words)))


def say_bytes(path, data):
    tmp = esptool.write_temp_beside(path, data)
    os.replace(tmp, path)


def run_burn_efuse(core, efuses, args):
    pairs = name_value_pairs(core, efuses, args.name_value_pairs)
    for name, text in pairs:
        field = core.field_by_name(name, efuses.fields)
        if field.kind == "keyblock":
            burn_block_value(core, efuses, args, field, text)
        elif field.kind == "mac":
            raise FatalError("Writing Factory MAC address is not supported")
        elif field.kind == "custom_mac":
            run_burn_custom_mac(core, efuses, ns(args, mac=text or ""))
        elif field.name == "MAC_VERSION":
            burn_field_bits(core, efuses, args, field, number_of(text))
        else:
            core.cmd_burn_efuse(efuses, ns(args, efuse_name=name, new_value=number_of(text)))
        efuses.refresh()
    efuses.batch.after.append(lambda: say_checked(core, efuses, [name for name, _ in pairs]))


def say_checked(core, efuses, names):
    """After the burn, as 5.x: the fields that cannot be read back."""
    efuses.reporter.message("Checking eFuses...")
    for name in names:
        if not efuses.is_readable(core.field_by_name(name, efuses.fields)):
            efuses.reporter.message("Efuse %s is read-protected. Read back the burn value is "
                                    "not possible." % name)


def burn_field_bits(core, efuses, args, field, value):
    """A field v2.3's burn_efuse keeps for another command (MAC_VERSION: burn_custom_mac),
    which 5.x burns as any number."""
    if value is None or value & field.width_mask != value:
        raise FatalError("New value required for eFuse '%s' (a number that fits it)" % field.name)
    core.require_writeable(efuses, field)
    old = efuses.raw(field)
    if old & ~value:
        raise FatalError("%s holds 0x%x; eFuse bits only go from 0 to 1" % (field.name, old))
    if value != old:
        step = core.BurnStep(field.name, field.block, core.field_bits(field, value))
        core.confirm_and_burn(efuses, args, "Burning efuse %s 0x%x -> 0x%x"
                              % (field.name, old, value), [step])


def run_burn_custom_mac(core, efuses, args):
    """A second custom MAC: 5.x says which bits it cannot clear."""
    mac = core.parse_mac(args.mac)
    old = efuses.block_bytes(3)[1:7] if efuses.is_readable(core.field_by_name("BLK3")) else b""
    if any(old) and any(o & ~n for o, n in zip(old, mac)):
        raise FatalError("New value contains some bits that cannot be cleared (value will be "
                         "0x%s)" % bytes(o | n for o, n in zip(old, mac))[::-1].hex())
    core.cmd_burn_custom_mac(efuses, args)
    efuses.batch.after.append(lambda: core.cmd_get_custom_mac(efuses, args))


def number_of(text):
    try:
        return None if text is None else esptool.arg_auto_int(text)
    except ValueError as e:
        raise FatalError(str(e))


def burn_block_value(core, efuses, args, field, text):
    """burn-efuse BLOCKn VALUE as 5.x takes it: 0x.. a number (least significant byte
    first in the block), plain hex the bytes in order."""
    if text is None:
        raise FatalError("New value required for eFuse '%s' (given None)" % field.name)
    number = text.lower().startswith("0x")
    try:
        data = bytes.fromhex(text[2:] if number else text)
    except ValueError:
        raise FatalError("'%s' is not a hex value for %s" % (text, field.name))
    data = data[::-1] if number else data
    size = efuses.block_size(field.block)
    if len(data) != size:
        raise FatalError("The length of eFuse 'BLOCK%d' (%d bits) (given len of the new "
                         "value= %d bits)" % (field.block, size * 8, len(data) * 8))
    core.require_writeable(efuses, field)
    core.refuse_clearing_bits(efuses.block_bytes(field.block), data, "BLOCK%d" % field.block)
    efuses.reporter.message("    - 'BLOCK%d' -> 0x%s" % (field.block, data[::-1].hex()))
    step = core.BurnStep("BLOCK%d" % field.block, field.block, core.bytes_to_words(data))
    core.confirm_and_burn(efuses, args, "Burn BLOCK%d" % field.block, [step])


def name_value_pairs(core, efuses, words):
    """[(field, value or None)]: a flag's value may be left out where a field name
    follows, as 5.x allows."""
    names = {n for f in efuses.fields for n in (f.name,) + f.alt_names}
    return pair_with_values(words, names | set(core.FIELD_ALIASES))


def pair_with_values(words, names):
    """[(name, the word after it, or None where the next word is in `names`)]."""
    pairs, i = [], 0
    while i < len(words):
        has_value = i + 1 < len(words) and words[i + 1].upper() not in names
        pairs.append((words[i], words[i + 1] if has_value else None))
        i += 2 if has_value else 1
    return pairs


def run_protect(cmd_name):
    def run(core, efuses, args):
        if cmd_name == "cmd_read_protect_efuse":
            core.require_writeable(efuses, core.field_by_name("RD_DIS"))    # 5.x asks first
            for name in args.efuse_name:
                check_block2_readable(core, efuses, name)
        # 5.x burns them all in one go; one at a time, WR_DIS and RD_DIS must come last
        last = ("RD_DIS", "WR_DIS")
        for name in sorted(args.efuse_name, key=lambda n: last.index(n.upper()) + 1
                           if n.upper() in last else 0):
            getattr(core, cmd_name)(efuses, ns(args, efuse_name=name))
            efuses.refresh()
    return run


def check_block2_readable(core, efuses, name):
    """BLOCK2 holds the secure boot v2 key digest, which the ROM must read (5.x's check)."""
    if core.field_by_name(name, efuses.fields).name != "BLK2":
        return
    if efuses.raw(core.field_by_name("ABS_DONE_1")):
        raise FatalError("Secure Boot V2 is on (ABS_DONE_1 = True), BLOCK2 must be readable, "
                         "stop this operation!")
    efuses.reporter.message("If Secure Boot V2 is used, BLOCK2 must be readable, please stop "
                            "this operation!")


def run_burn_key_digest(core, efuses, args):
    """The SHA-256 of a secure boot v2 public key into BLOCK2, write-protected but
    readable (the ROM reads it)."""
    if efuses.coding_scheme != core.CODING_NONE:
        raise FatalError("burn-key-digest only works with 'None' coding scheme")
    from espkit import crypto, secure_boot_v2
    pem = esptool.read_input_file(args.keyfile, "key file")
    digest = secure_boot_v2.load_public_key(pem, args.keyfile,
                                            crypto.require("burn-key-digest")).digest()
    path = esptool.write_temp_beside(os.path.join(tempfile.gettempdir(), "digest"), digest)
    try:
        core.cmd_burn_key(efuses, ns(args, block="BLK2", keyfile=path, force_write_always=False,
                                     file_order=True, keep_readable=True))
    finally:
        esptool.remove_quietly(path)


def run_burn_key(core, efuses, args):
    pairs = pairs_of(args.block_keyfile, "block and key file")
    refuse_repeated([name for name, _ in pairs])
    for name, keyfile in pairs:
        number, purpose = block_number(name), name.upper().replace("-", "_")
        readable = purpose not in REVERSED_KEY_NAMES
        key_args = ns(args, block="BLK%d" % number, keyfile=keyfile,
                      file_order=purpose not in REVERSED_KEY_NAMES, keep_readable=readable)
        if holds_this_key_already(core, efuses, key_args, number):
            efuses.reporter.message("BLOCK%d already holds this key." % number)
            if not args.no_protect_key:
                protect_key_block(core, efuses, args, number, readable)
        else:
            core.cmd_burn_key(efuses, key_args)
        efuses.refresh()


def holds_this_key_already(core, efuses, key_args, number):
    """5.x burns a key again without complaint where the block holds it already: only the
    protection is then added."""
    key = esptool.read_input_file(key_args.keyfile, "key file")
    stored = key if key_args.file_order or number == 3 else core.swap_key_order(key)
    return (len(key) == efuses.block_size(number) and any(key)
            and efuses.is_readable(core.field_by_name("BLK%d" % number))
            and efuses.block_bytes(number) == stored)


def protect_key_block(core, efuses, args, number, readable):
    """What is not protected yet: writes, and reads unless the ROM must read the key."""
    field = core.field_by_name("BLK%d" % number)
    todo = [("cmd_write_protect_efuse", efuses.is_writeable(field)),
            ("cmd_read_protect_efuse", efuses.is_readable(field) and not readable)]
    for cmd_name, needed in todo:
        if needed:
            getattr(core, cmd_name)(efuses, ns(args, efuse_name=field.name))
            efuses.refresh()


def run_burn_block_data(core, efuses, args):
    pairs = pairs_of(args.block_datafile, "block and data file")
    check_block_data_as_5x(core, efuses, pairs, args.offset)
    for block, datafile in pairs:
        number = block_number(block)
        offset, data = in_whole_groups(efuses, number, args.offset,
                                       esptool.read_input_file(datafile, "data file"))
        core.cmd_burn_block_data(efuses, ns(args, block="BLK%d" % number, datafile=datafile,
                                            data=data, offset=offset))
        efuses.refresh()


def in_whole_groups(efuses, number, offset, data):
    """Under 3/4 coding a block is burned in 6-byte groups: 5.x takes any offset and
    length and burns the groups they touch, zeros around the data."""
    if efuses.block_size(number) != 24 or not (offset % 6 or len(data) % 6):
        return offset, data
    start = offset - offset % 6
    end = min(24, -(-(offset + len(data)) // 6) * 6)
    return start, bytes(offset - start) + data + bytes(end - offset - len(data))


def any_block_number(name):
    return 0 if name.upper() in ("BLOCK0", "BLK0") else block_number(name)


def refuse_repeated(names):
    blocks = ["BLOCK%d" % any_block_number(n) for n in names]
    repeated = [b for i, b in enumerate(blocks) if b in blocks[:i]]
    if repeated:
        raise FatalError("Found repeated %s in the name list." % repeated)


def check_block_data_as_5x(core, efuses, pairs, offset):
    """5.x's refusals of burn-block-data's arguments, in its words."""
    refuse_repeated([block for block, _ in pairs])
    if offset and len(pairs) > 1:
        raise FatalError("The 'offset' option is not applicable when a few blocks are passed.")
    for name, path in pairs:
        number = any_block_number(name)
        size = 4 * core.BLOCK_WORDS[number] if number == 0 else efuses.block_size(number)
        check_fits_as_5x(number, size, len(esptool.read_input_file(path, "data file")), offset)


def check_fits_as_5x(block, size, length, offset):
    """5.x's refusal, in its words, of data that does not fit its block at `offset`."""
    if offset >= size:
        raise FatalError("Invalid offset: the block%d only holds %d bytes." % (block, size))
    if offset + length > size:
        raise FatalError("Data does not fit: the block%d size is %d bytes, data file is %d "
                         "bytes, offset %d" % (block, size, length, offset))


def run_burn_bit(core, efuses, args):
    number = 0 if args.block.upper() in ("BLOCK0", "BLK0") else block_number(args.block)
    words = [0] * core.BLOCK_WORDS[number]
    for bit in args.bit_number:
        if not 0 <= bit < 32 * len(words):
            raise FatalError("bit %d is outside %s" % (bit, args.block))
        words[bit // 32] |= 1 << (bit % 32)
    core.confirm_and_burn(efuses, args, "Burn bits into BLOCK%d" % number,
                          [core.BurnStep("bits of BLOCK%d" % number, number, words)])


# -- the burns of a call: one burn at the end, as 5.x --------------------------------------

# The commands that burn: their bits are collected and burned together after the last of
# them (before a command that reads), one cycle per block, as 5.x burns: so `burn-efuse A 1
# B 2` is one cycle, and `burn-bit BLOCK2 0 1 burn-bit BLOCK2 2 3` under 3/4 coding, where
# a group is burned once, works as in 5.x.
BURNING = ("burn-efuse", "burn-key", "burn-key-digest", "burn-bit", "burn-block-data",
           "read-protect-efuse", "write-protect-efuse")
# BLOCK0's fields 5.x burns in a cycle of their own after all others ("postponed";
# upstream 5.6 `espefuse/efuse/esp32/fields.py`): the protections and the security switches.
POSTPONED = ("WR_DIS", "RD_DIS", "UART_DOWNLOAD_DIS", "ABS_DONE_1", "FLASH_CRYPT_CNT")


class Batch:
    """The burns of a call, collected (`collect`) and burned by `burn`; `after`: what the
    commands report once they are burned (5.x: after `Reading updated eFuses...`)."""

    def __init__(self, core, efuses, args):
        self.core, self.efuses, self.args, self.titles, self.steps = core, efuses, args, [], []
        self.after = []

    def collect(self, title, steps):
        self.titles.append(title)
        self.steps += steps

    def burn(self):
        """The collected steps merged by block: data blocks from BLOCK3 down, BLOCK0,
        then (unless --no-postpone) BLOCK0's postponed fields; 5.x's report around them."""
        core, efuses = self.core, self.efuses
        if not self.steps:
            return self.say_after()
        postponed = [0] * core.BLOCK_WORDS[0]
        if not self.args.no_postpone:
            for name in POSTPONED:
                for _b, word, mask in core.field_by_name(name).bit_spans():
                    postponed[word] |= mask
        merged = {}
        for step in self.steps:
            for w, bits in enumerate(step.bits):
                parts = [(step.block, bits)] if step.block else \
                    [(0, bits & ~postponed[w]), ("0p", bits & postponed[w])]
                for key, part in parts:
                    merged.setdefault(key, [0] * len(step.bits))[w] |= part
        order = sorted((k for k in merged if k not in (0, "0p")), reverse=True) + [0, "0p"]
        steps = [core.BurnStep("BLOCK0 (postponed)" if k == "0p" else "BLOCK%d" % k,
                               0 if k == "0p" else k, merged[k])
                 for k in order if k in merged and any(merged[k])]
        titles, self.titles, self.steps = self.titles, [], []
        say_blocks_to_burn(efuses, sorted({s.block for s in steps}))
        efuses.collect = None
        try:
            core.confirm_and_burn(efuses, self.args, "\n".join(titles), steps)
        finally:
            efuses.collect = self.collect
        efuses.refresh()
        efuses.reporter.message("Reading updated eFuses...")
        self.say_after()
        efuses.reporter.message("Successful.")

    def say_after(self):
        after, self.after = self.after, []
        for report in after:
            report()


def say_blocks_to_burn(efuses, blocks):
    """5.x's table of the blocks a burn writes, before it asks."""
    for line in blocks_to_burn_lines([(block, "BLOCK%d" % block, any(efuses.blocks[block]))
                                      for block in blocks]):
        efuses.reporter.message(line)


def blocks_to_burn_lines(blocks):
    """5.x's table of the blocks a burn writes, each given as (index, name, holds bits
    already) -> its lines (upstream 5.6 `base_fields.py` burn_all; every chip's)."""
    lines = ["", "Check all blocks for burn...", "idx, BLOCK_NAME,          Conclusion"]
    return lines + ["[%02d] %-20s %s" % (index, name, "is not empty" if holds_bits
                                         else "is empty, will burn the new value")
                    for index, name, holds_bits in blocks]


def run_check_error(core, efuses, args):
    errors = efuses.backend.decode_errors()
    if errors:
        raise FatalError("Error(s) were detected in eFuses (%d 3/4 decode errors)" % errors)
    efuses.reporter.message("No errors detected.")


def plain(cmd_name, **fixed):
    def run(core, efuses, args):
        getattr(core, cmd_name)(efuses, ns(args, **fixed))
    return run


# -- each 5.x command: its runner and its options -------------------------------------

def summary_args(p):
    p.add_argument("efuses", nargs="*", help="the eFuses to show (default: all)")
    p.add_argument("--format", default="summary", type=lambda t: t.replace("-", "_"),
                   choices=["summary", "json", "value_only"])
    p.add_argument("--file", dest="output_file", help="write to this file instead of stdout")


def dump_args(p):
    p.add_argument("--format", default="default", choices=["default", "split", "joint"])
    p.add_argument("--file-name", help="write the blocks to this file (split: one per block)")


def burn_efuse_args(p):
    p.add_argument("name_value_pairs", nargs="+", metavar="[EFUSE_NAME VALUE]")
    p.add_argument("--force", action="store_true", help=argparse.SUPPRESS)


def names_args(p):
    p.add_argument("efuse_name", nargs="+", metavar="EFUSE_NAME")


def burn_key_args(p):
    p.add_argument("block_keyfile", nargs="+", metavar="[BLOCK KEYFILE]",
                   help="BLOCK1 (flash_encryption), BLOCK2 (secure_boot_v1, secure_boot_v2), "
                        "BLOCK3, each with its key file")
    p.add_argument("--no-protect-key", action="store_true")
    p.add_argument("--force-write-always", action="store_true")
    p.add_argument("--show-sensitive-info", action="store_true", help=argparse.SUPPRESS)


def burn_key_digest_args(p):
    p.add_argument("keyfile", help="secure boot v2 RSA key (PEM, public or private)")
    p.add_argument("--no-protect-key", action="store_true")
    p.add_argument("--show-sensitive-info", action="store_true", help=argparse.SUPPRESS)


def burn_block_data_args(p):
    p.add_argument("block_datafile", nargs="+", metavar="[BLOCK DATAFILE]")
    p.add_argument("--offset", "-o", type=esptool.arg_auto_int, default=0)
    p.add_argument("--force-write-always", action="store_true")


def burn_bit_args(p):
    p.add_argument("block")
    p.add_argument("bit_number", nargs="+", type=int)
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)


def voltage_args(p):
    p.add_argument("voltage", choices=["1.8V", "3.3V", "OFF"])


def mac_args(p):
    p.add_argument("mac")
    p.add_argument("--force-write-always", action="store_true", help=argparse.SUPPRESS)


def check_error_args(p):
    p.add_argument("--recovery", action="store_true",
                   help="5.x's option; a virtual ESP32 has nothing to recover")


# 5.x name -> (runner, options, help)
COMMANDS_5X = {
    "summary": (run_summary, summary_args, "print every field, decoded"),
    "dump": (run_dump, dump_args, "print the words of every block"),
    "burn-efuse": (run_burn_efuse, burn_efuse_args, "burn fields: NAME VALUE [NAME VALUE ...]"),
    "read-protect-efuse": (run_protect("cmd_read_protect_efuse"), names_args,
                           "stop software from reading fields"),
    "write-protect-efuse": (run_protect("cmd_write_protect_efuse"), names_args,
                            "stop any further change of fields"),
    "burn-key": (run_burn_key, burn_key_args, "burn keys into BLOCK1-3"),
    "burn-key-digest": (run_burn_key_digest, burn_key_digest_args,
                        "burn the digest of a secure boot v2 public key into BLOCK2"),
    "burn-block-data": (run_burn_block_data, burn_block_data_args, "burn raw data into blocks"),
    "burn-bit": (run_burn_bit, burn_bit_args, "burn single bits of a block"),
    "set-flash-voltage": (plain("cmd_set_flash_voltage"), voltage_args,
                          "fix the flash voltage regulator"),
    "adc-info": (plain("cmd_adc_info"), None, "show the ADC calibration"),
    "burn-custom-mac": (run_burn_custom_mac, mac_args, "burn a custom MAC into BLOCK3"),
    "get-custom-mac": (plain("cmd_get_custom_mac"), None, "show the custom MAC"),
    "check-error": (run_check_error, check_error_args, "report eFuse read errors"),
}
COMMAND_WORDS = dict({n: n for n in COMMANDS_5X},
                     **{n.replace("-", "_"): n for n in COMMANDS_5X})


def global_parser():
    p = esptool.CommandLineParser(prog="python -m espefuse", add_help=False)
    p.add_argument("--chip", "-c", default="esp32", type=str.lower, choices=["auto", "esp32"])
    p.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", esptool.DEFAULT_PORT))
    p.add_argument("--baud", "-b", type=esptool.arg_auto_int,
                   default=os.environ.get("ESPTOOL_BAUD", esptool.ESP_ROM_BAUD))
    p.add_argument("--before", default="default_reset", type=esptool.underscored,
                   choices=["default_reset", "no_reset", "esp32r1"])
    p.add_argument("--do-not-confirm", action="store_true")
    p.add_argument("--virt", action="store_true")
    p.add_argument("--path-efuse-file", dest="efuse_file")
    p.add_argument("--extend-efuse-table", metavar="CSV",
                   help="more fields, in BLOCK1-3, from an ESP-IDF eFuse table (CSV)")
    p.add_argument("--debug", "-d", action="store_true")
    p.add_argument("--postpone", action="store_true", help=argparse.SUPPRESS)   # the default
    p.add_argument("--no-postpone", action="store_true",
                   help="with several burning commands: BLOCK0's protections and security "
                        "switches in the same cycle as its other fields")
    p.add_argument("-h", "--help", action="store_true")
    return p


def split_commands(argv, names=None):
    """[(command name, its argv)] and the global argv: a new command starts at each word
    that names one (several commands in one call, as 5.x). `names`: the words that start
    a command -> its name (the ESP32's in the mode unless given; efuse_newer gives its own)."""
    names = COMMAND_WORDS if names is None else names
    globals_, groups = [], []
    for word in argv:
        if word in names:
            groups.append((names[word], []))
        elif groups:
            groups[-1][1].append(word)
        else:
            globals_.append(word)
    return globals_, groups


# What 5.x's help shows after `Usage: python -m espefuse COMMAND [OPTIONS]`, where the
# suites look for it: per command, the ESP32's (and the C2's) and the other chips'.
USAGE_ARGS_5X = {
    "burn-key": {"esp32": "[<BLOCK> <KEYFILE>] ...", None: "[<BLOCK> <KEYFILE> <KEYPURPOSE>] ..."},
    "burn-key-digest": {"esp32": "KEYFILE", "esp32c2": "KEYFILE",
                        None: "[<BLOCK> <KEYFILE> <KEYPURPOSE>] ..."},
}


def say_command_help(name, chip, parser):
    """A command's -h in the mode: 5.x's usage line, then our options; -> exit status 0."""
    words = USAGE_ARGS_5X.get(name, {})
    print("Usage: python -m espefuse %s [OPTIONS] %s" % (name, words.get(chip, words.get(
        None, "[ARGS]..."))))
    print()
    print(parser.format_help())
    return 0


def usage():
    lines = [USAGE, "", "Commands:"]
    lines += ["  %-20s %s" % (name, row[2]) for name, row in COMMANDS_5X.items()]
    return "\n".join(lines + ["", "Options:", compat_option.help_line()])


def command_parser(name):
    runner, add_args, help = COMMANDS_5X[name]
    parser = esptool.CommandLineParser(prog="python -m espefuse %s" % name, description=help)
    if add_args:
        add_args(parser)
    return parser


def command_args(name, argv, global_args):
    runner = COMMANDS_5X[name][0]
    args = command_parser(name).parse_args(argv)
    for key, value in vars(global_args).items():
        setattr(args, key, value)
    return runner, args


def run_cli(argv, core):
    """The ESP32's command line in 5.x's spelling; `core` is espefuse.py."""
    globals_, groups = split_commands(argv)
    args = global_parser().parse_args(globals_)
    if args.help or not groups:
        print(usage())
        return 0 if args.help else 2
    for name, cargv in groups:
        if "-h" in cargv or "--help" in cargv:
            return say_command_help(name, "esp32", command_parser(name))
    commands = [command_args(name, cargv, args) for name, cargv in groups]
    extra = esp32_fields_of_csv(core, args.extend_efuse_table) if args.extend_efuse_table \
        else []
    reporter = esptool.ConsoleReporter()
    reporter.message("espefuse.py v%s" % esptool.__version__)
    backend = open_backend(args, core, reporter)
    try:
        efuses = efuses_5x(core)(backend, reporter, extra)
        efuses.batch = batch = Batch(core, efuses, args)
        efuses.collect = batch.collect
        for (name, _), (runner, cargs) in zip(groups, commands):
            if name not in BURNING:
                batch.burn()
            if args.debug:
                say_read_regs(efuses)
            reporter.message("")
            reporter.message('=== Run "%s" command ===' % name)
            runner(core, efuses, cargs)
            efuses.refresh()
        batch.burn()
    except core.AbortBurn:
        raise FatalError("the burn was not confirmed: nothing was burned")
    finally:
        backend.close()
    return 0


def efuses_5x(core):
    class Efuses5x(core.Efuses):
        """5.x shows BLOCK1 and BLOCK2 in the order their registers hold the bytes;
        `extra`: the fields of --extend-efuse-table."""

        def __init__(self, backend, reporter, extra=()):
            self.extra = list(extra)
            super().__init__(backend, reporter)

        @property
        def fields(self):
            return super().fields + self.extra

        def display(self, field):
            if field.kind == "keyblock" and self.is_readable(field):
                return " ".join("%02x" % b for b in self.block_bytes(field.block)), ""
            return super().display(field)
    return Efuses5x


def say_read_regs(efuses):
    for n, words in enumerate(efuses.blocks):
        efuses.reporter.message("%-15s (%-16s) [%-2d] read_regs: %s" % (
            "BLOCK%d" % n, BLOCK_PURPOSES[n], n, " ".join("%08x" % w for w in words)))


def open_backend(args, core, reporter):
    """A virtual ESP32 (an empty file is a blank chip, as 5.x takes it) or the chip."""
    path = args.efuse_file
    if args.virt or path:
        if path and os.path.isfile(path) and os.path.getsize(path) == 0:
            return blank_file_backend(core, path)
        return core.VirtualBackend(path)
    try:
        return core.connect_backend(argparse.Namespace(file=None, virt=False, **{
            k: v for k, v in vars(args).items() if k not in ("efuse_file", "virt")}), reporter)
    except FatalError as e:
        raise esptool.import_extension("espkit.compat").naming_the_port(e)


def blank_file_backend(core, path):
    """core.VirtualBackend on an empty file: a blank chip, saved there on the first burn."""
    backend = core.VirtualBackend(None)
    backend.path = path
    backend._locked = core.lock_efuse_file(path)
    return backend

