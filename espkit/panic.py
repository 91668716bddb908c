# GPLv2, see LICENSE.
"""Crash decoding for the monitor: code addresses in a panic, named from an ELF.

`ElfAddresses` reads an ELF with pyelftools and turns an address into the
function, file and line it belongs to: the function from the DWARF debugging
information (the innermost inlined function, as addr2line -f names it, and the
calls it was inlined into, as addr2line -i adds them), else from the symbol
table; the file and line from the DWARF line tables.

`PanicDecoder` reads the chip's output a line at a time and says which lines
carry code addresses and what they are:
  * Xtensa (ESP32, ESP32-S3, ESP8266): `Backtrace: 0xPC:0xSP 0xPC:0xSP ...` and
    the `PC      : 0x...` of the register dump;
  * RISC-V (ESP32-C3): the register dump's `MEPC    : 0x...` and
    `RA      : 0x...`, and the words after `Stack memory:` that fall inside
    the ELF's code.
Each address is decoded as printed, as ESP-IDF's monitor does (ESP-IDF already
prints a backtrace's return addresses moved back onto their call instructions).
"""
import bisect
import os
import re
from collections import namedtuple

Location = namedtuple("Location", "address function file line inlined_by", defaults=((),))
Location.__doc__ = """What an address is: function (None if unknown), file and line (None if no
line table covers it); inlined_by: where `function` was inlined, innermost first, as
[(caller, file, line)] (addr2line -i's further lines)."""

FUNCTION_TAGS = ("DW_TAG_subprogram", "DW_TAG_inlined_subroutine")


class ElfAddresses:
    """One ELF's code addresses, named. Compile units are read the first time an
    address inside them is asked for, so a large application opens quickly."""

    def __init__(self, path):
        from elftools.elf.elffile import ELFFile      # pyelftools: read only when decoding
        self.path = path
        try:
            self._file = open(path, "rb")
            self.elf = ELFFile(self._file)
            self._code = sorted((s["sh_addr"], s["sh_addr"] + s["sh_size"])
                                for s in self.elf.iter_sections()
                                if s["sh_flags"] & 0x6 == 0x6 and s["sh_size"])  # ALLOC|EXECINSTR
            self._symbols = self._read_symbols()
            self.dwarf = self.elf.get_dwarf_info() if self.elf.has_dwarf_info() else None
        except Exception as e:      # a user's file: whatever pyelftools meets in it
            raise ValueError("cannot read %s as an ELF file: %s"
                             % (path, getattr(e, "strerror", None) or e))
        self._cu_ranges = None           # [(low, high, CU offset)]
        self._function_cache = {}        # CU offset -> _read_functions()
        self._line_cache = {}            # CU offset -> line_rows()

    def close(self):
        self._file.close()

    def sha256_mismatch(self, printed):
        """[a warning line] if the application's printed ELF SHA-256 (a prefix of
        the hex digest, as ESP-IDF prints it) is not this ELF's; else []."""
        import hashlib
        self._file.seek(0)
        digest = hashlib.sha256(self._file.read()).hexdigest()
        if digest.startswith(printed):
            return []
        return ["--- warning: the chip's application was built from another ELF (SHA256 %s..., "
                "%s is %s...): the names above may be wrong" % (printed, self.path, digest[:16])]

    def is_code(self, address):
        """True if `address` lies in one of the ELF's executable sections."""
        return any(low <= address < high for low, high in self._code)

    def locate(self, address):
        """-> Location, or None if nothing names `address`."""
        if not self.is_code(address):
            return None
        function = file = line = None
        inlined_by = ()
        if self.dwarf is not None:
            # Code no unit claims (literals, padding after a function): the unit of
            # the function symbol before it, as addr2line finds its line.
            units = self._units_at(address) or self._units_at(self._symbol_at(address)[0])
            for offset in units:
                chain = function_chain(self._functions(offset), address)
                if chain:
                    function = chain[0][3]
                    inlined_by = tuple((outer[3],) + inner[4] for inner, outer
                                       in zip(chain, chain[1:]) if inner[4] is not None)
                    break
            for offset in units:
                file, line = line_at(self._lines(offset), address)
                if file is not None:
                    break
        if function is None:
            function = self._symbol_at(address)[1]
        if function is None and file is None:
            return None
        return Location(address, function, file, line, inlined_by)

    # -- the symbol table --------------------------------------------------------------

    def _read_symbols(self):
        """[(address, section index, name)] of the function symbols, sorted."""
        table = self.elf.get_section_by_name(".symtab")
        symbols = []
        if table is not None:
            for symbol in table.iter_symbols():
                if (symbol["st_info"]["type"] == "STT_FUNC" and symbol.name
                        and isinstance(symbol["st_shndx"], int)):
                    symbols.append((symbol["st_value"], symbol["st_shndx"], symbol.name))
        symbols.sort()
        return symbols

    def _symbol_at(self, address):
        """(address, name) of the nearest function symbol at or before `address`
        in its section (its size not minded: addr2line names padding and
        literals after a function by that function too); (None, None) if none."""
        section = self._section_index(address)
        index = bisect.bisect_right(self._symbols, (address, float("inf"), "")) - 1
        while index >= 0:
            start, shndx, name = self._symbols[index]
            if shndx == section:
                return start, name
            index -= 1
        return None, None

    def _section_index(self, address):
        for index, section in enumerate(self.elf.iter_sections()):
            if (section["sh_flags"] & 0x2
                    and section["sh_addr"] <= address < section["sh_addr"] + section["sh_size"]):
                return index
        return None

    # -- DWARF: which compile unit, its functions and lines ----------------------------------

    def _units_at(self, address):
        """Offsets of the compile units whose address ranges hold `address`."""
        if address is None:
            return []
        if self._cu_ranges is None:
            self._cu_ranges = self._read_cu_ranges()
        found = []
        for low, high, offset in self._cu_ranges:
            if low <= address < high and offset not in found:
                found.append(offset)
        return found

    def _functions(self, offset):
        if offset not in self._function_cache:
            self._function_cache[offset] = self._read_functions(self.dwarf.get_CU_at(offset))
        return self._function_cache[offset]

    def _lines(self, offset):
        if offset not in self._line_cache:
            self._line_cache[offset] = line_rows(self.dwarf, self.dwarf.get_CU_at(offset))
        return self._line_cache[offset]

    def _read_cu_ranges(self):
        ranges = []
        aranges = self.dwarf.get_aranges()
        if aranges is not None:
            for entry in aranges.entries:
                ranges.append((entry.begin_addr, entry.begin_addr + entry.length,
                               entry.info_offset))
        covered = {offset for _, _, offset in ranges}
        for cu in self.dwarf.iter_CUs():          # units the aranges table leaves out
            if cu.cu_offset not in covered:
                for low, high in die_ranges(self.dwarf, cu, cu.get_top_DIE()):
                    ranges.append((low, high, cu.cu_offset))
        return ranges

    def _read_functions(self, cu):
        """[(low, high, nesting depth, name, call)] of the unit's functions and
        inlined calls; call: (file, line) an inlined call was made from, else None."""
        functions = []
        program = self.dwarf.line_program_for_CU(cu)
        comp_dir = compile_directory(cu)

        def call_site(die):
            attributes = die.attributes
            if die.tag != "DW_TAG_inlined_subroutine" or "DW_AT_call_line" not in attributes:
                return None
            file = None
            if program is not None and "DW_AT_call_file" in attributes:
                file = file_path(program, attributes["DW_AT_call_file"].value, comp_dir)
            return (file, attributes["DW_AT_call_line"].value)

        def walk(die, depth):
            for child in die.iter_children():
                if child.tag in FUNCTION_TAGS:
                    name, call = function_name(child), call_site(child)
                    for low, high in die_ranges(self.dwarf, cu, child):
                        functions.append((low, high, depth, name, call))
                    walk(child, depth + 1)
                elif child.has_children:
                    walk(child, depth)

        walk(cu.get_top_DIE(), 0)
        return functions


def function_name(die, hops=0):
    """A function DIE's name: its linkage name if it has one (as addr2line prints
    without -C), else its name, following abstract_origin and specification."""
    for attribute in ("DW_AT_linkage_name", "DW_AT_MIPS_linkage_name", "DW_AT_name"):
        if attribute in die.attributes:
            value = die.attributes[attribute].value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    for attribute in ("DW_AT_abstract_origin", "DW_AT_specification"):
        if attribute in die.attributes and hops < 8:
            return function_name(die.get_DIE_from_attribute(attribute), hops + 1)
    return None


def die_ranges(dwarf, cu, die):
    """[(low, high)] a DIE covers, from low_pc/high_pc or its range list."""
    attributes = die.attributes
    if "DW_AT_low_pc" in attributes and "DW_AT_high_pc" in attributes:
        low = attributes["DW_AT_low_pc"].value
        high = attributes["DW_AT_high_pc"]
        end = high.value if high.form == "DW_FORM_addr" else low + high.value
        return [(low, end)] if end > low else []
    if "DW_AT_ranges" not in attributes:
        return []
    lists = dwarf.range_lists()
    if lists is None:
        return []
    top = cu.get_top_DIE().attributes
    base = top["DW_AT_low_pc"].value if "DW_AT_low_pc" in top else 0
    offset = attributes["DW_AT_ranges"].value
    if attributes["DW_AT_ranges"].form == "DW_FORM_rnglistx":
        offset = dwarf.get_rnglist_offset_from_index(cu, offset)
    ranges = []
    for entry in lists.get_range_list_at_offset(offset, cu):
        if hasattr(entry, "base_address"):
            base = entry.base_address
        elif entry.is_absolute:
            if entry.end_offset > entry.begin_offset:
                ranges.append((entry.begin_offset, entry.end_offset))
        elif entry.end_offset > entry.begin_offset:
            ranges.append((base + entry.begin_offset, base + entry.end_offset))
    return ranges


def function_chain(functions, address):
    """The function entries holding `address`, innermost first, one per depth."""
    by_depth = {}
    for entry in functions:
        if entry[0] <= address < entry[1]:
            by_depth.setdefault(entry[2], entry)
    return [by_depth[depth] for depth in sorted(by_depth, reverse=True)]


def compile_directory(cu):
    top = cu.get_top_DIE().attributes
    return _text(top["DW_AT_comp_dir"].value) if "DW_AT_comp_dir" in top else ""


def line_rows(dwarf, cu):
    """[(start, end, file, line)] from the unit's line program: each row holds from
    its address up to the next row's (so of rows at one address the last counts)."""
    program = dwarf.line_program_for_CU(cu)
    if program is None:
        return []
    comp_dir = compile_directory(cu)
    names = {}
    rows = []
    sequence = []
    for entry in program.get_entries():
        state = entry.state
        if state is None:
            continue
        if state.end_sequence:
            for (start, file, line), nxt in zip(sequence, sequence[1:] + [(state.address,)]):
                if nxt[0] > start:
                    rows.append((start, nxt[0], file, line))
            sequence = []
            continue
        if state.file not in names:
            names[state.file] = file_path(program, state.file, comp_dir)
        sequence.append((state.address, names[state.file], state.line))
    rows.sort()
    return rows


def line_at(rows, address):
    index = bisect.bisect_right(rows, (address, float("inf"))) - 1
    if index >= 0:
        start, end, file, line = rows[index]
        if start <= address < end:
            return file, line
    return None, None


def file_path(program, index, comp_dir):
    """The path of file `index` of a line program, as addr2line prints it."""
    header = program.header
    version = header["version"]
    files = header["file_entry"]
    position = index if version >= 5 else index - 1
    if not 0 <= position < len(files):
        return None
    entry = files[position]
    name = _text(entry.name)
    if os.path.isabs(name) or name.startswith("/"):
        return name
    directories = [_text(d) for d in header["include_directory"]]
    directory = ""
    if version >= 5:
        if entry.dir_index < len(directories):
            directory = directories[entry.dir_index]
    elif entry.dir_index:
        directory = directories[entry.dir_index - 1]
    if not directory.startswith("/") and comp_dir:
        directory = comp_dir + "/" + directory if directory else comp_dir
    return directory + "/" + name if directory else name


def _text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


# -- the chip's output ---------------------------------------------------------------------

HEX = r"0x([0-9a-fA-F]{8})"
BACKTRACE = re.compile(r"Backtrace:\s*((?:" + HEX + r":" + HEX + r"\s*)+)")
BACKTRACE_PAIR = re.compile(HEX + r":" + HEX)
REGISTER = re.compile(r"\b(PC|MEPC|RA)\s*:\s*" + HEX)
STACK_START = re.compile(r"Stack memory:\s*$")
STACK_LINE = re.compile(r"^\s*[0-9a-fA-F]{8}:((?:\s+" + HEX + r")+)\s*$")
STACK_WORD = re.compile(HEX)
ELF_SHA256 = re.compile(r"ELF file SHA256:\s*([0-9a-fA-F]{8,64})")   # ESP-IDF, after a panic


class PanicDecoder:
    """Feed it the chip's output one line at a time (feed_line); it returns the
    decoded lines to show after that line, each '--- 0xADDR: FUNCTION at FILE:LINE'.
    `elves` are ElfAddresses, asked in order (the application, then the ROM)."""

    def __init__(self, elves):
        self.elves = list(elves)
        self._in_stack_dump = False

    def addresses(self, line):
        """The code addresses a line of the chip's output carries, in order."""
        line = line.rstrip("\r\n")
        if self._in_stack_dump:
            match = STACK_LINE.match(line)
            if match:
                words = [int(w, 16) for w in STACK_WORD.findall(match.group(1))]
                return [w for w in words if any(elf.is_code(w) for elf in self.elves)]
            self._in_stack_dump = False
        if STACK_START.search(line):
            self._in_stack_dump = True
            return []
        match = BACKTRACE.search(line)
        if match:
            return [int(pc, 16) for pc, _sp in BACKTRACE_PAIR.findall(match.group(1))]
        return [int(value, 16) for _name, value in REGISTER.findall(line)]

    def locate(self, address):
        for elf in self.elves:
            location = elf.locate(address)
            if location is not None:
                return location
        return None

    def feed_line(self, line):
        match = ELF_SHA256.search(line)
        if match and self.elves:
            return self.elves[0].sha256_mismatch(match.group(1).lower())
        decoded = []
        for address in self.addresses(line):
            location = self.locate(address)
            if location is not None:
                decoded += describe(location)
        return decoded


def describe(location):
    """The lines that say what an address is: its function and line, then each
    function it was inlined into and the line of that call."""
    lines = ["--- 0x%08x: %s at %s" % (location.address, location.function or "??",
                                       where(location.file, location.line))]
    for caller, file, line in location.inlined_by:
        lines.append("---     (inlined by) %s at %s" % (caller or "??", where(file, line)))
    return lines


def where(file, line):
    return "%s:%s" % (file or "??", line if line else "?")


def open_elves(paths):
    return [ElfAddresses(path) for path in paths if path]
