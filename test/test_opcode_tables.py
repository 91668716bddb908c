"""The three implementations of the protocol agree on its opcodes.

esptool.py (the client), espsim (the simulated ROM and stubs) and the C stub
each keep one opcode table: `esptool.Op`, `espsim.protocol.Op` and the OP_*
enumerators of flasher_stub/commands.h. Nothing ties them together at run time,
so a value changed in one would only show as a command the chip refuses. Here:
a name two tables share has one value, a value two tables share has one name,
and each table is the only place its implementation spells opcodes.
"""
import ast
import glob
import itertools
import os
import re
import sys

import pytest

from conftest import ROOT
sys.path.insert(0, ROOT)
import esptool  # noqa: E402
from espsim import protocol  # noqa: E402

COMMANDS_H = os.path.join(ROOT, "flasher_stub", "commands.h")

# C has one namespace for every enumerator in a translation unit, and
# commands.h also holds the stub's status codes (ESP_*), so the C stub prefixes
# opcodes with OP_. The rest of each name is spelled as in the Python tables;
# a C name that differs beyond the prefix would be listed in C_RENAMED.
C_PREFIX = "OP_"
C_RENAMED = {}
C_OPCODE = re.compile(r"\b(OP_\w+)\s*=\s*(0[xX][0-9A-Fa-f]+|\d+)\b")
C_DEFINE = re.compile(r"^\s*#\s*define\s+(OP_\w+)\s+\(?(0[xX][0-9A-Fa-f]+|\d+)[uU]?\)?",
                      re.M)
C_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def c_opcodes(path=COMMANDS_H):
    """{name: value} of the OP_* enumerators or #defines in a C source, named as
    the Python tables name them."""
    with open(path) as f:
        text = C_COMMENT.sub("", f.read())
    table = {}
    for c_name, value in C_OPCODE.findall(text) + C_DEFINE.findall(text):
        name = C_RENAMED.get(c_name, c_name[len(C_PREFIX):])
        assert name not in table, "%s: %s defined twice" % (path, c_name)
        table[name] = int(value, 0)
    return table


def enum_table(enum_class):
    """{name: value} of an IntEnum, aliases included (an alias is a second name
    for one value, which the checks below must see)."""
    return {name: int(member) for name, member in enum_class.__members__.items()}


def tables():
    return {"esptool.Op": enum_table(esptool.Op),
            "espsim.protocol.Op": enum_table(protocol.Op),
            "flasher_stub/commands.h": c_opcodes()}


def test_the_c_header_is_parsed():
    # An empty parse would make every comparison below vacuous.
    found = c_opcodes()
    assert {"FLASH_BEGIN", "SYNC", "READ_FLASH", "FLASH_SECTOR_MD5"} <= set(found)


@pytest.mark.parametrize("name, table", list(tables().items()))
def test_each_table_names_each_value_once(name, table):
    by_value = {}
    for op, value in table.items():
        by_value.setdefault(value, []).append(op)
    shared = {hex(v): ops for v, ops in by_value.items() if len(ops) > 1}
    assert not shared, "%s: one opcode under several names: %s" % (name, shared)


@pytest.mark.parametrize("first, second", list(itertools.combinations(sorted(tables()), 2)))
def test_a_name_in_two_tables_has_one_value(first, second):
    a, b = tables()[first], tables()[second]
    differ = {op: (hex(a[op]), hex(b[op])) for op in set(a) & set(b) if a[op] != b[op]}
    assert not differ, "%s and %s disagree (name: their values): %s" % (first, second, differ)


@pytest.mark.parametrize("first, second", list(itertools.combinations(sorted(tables()), 2)))
def test_a_value_in_two_tables_has_one_name(first, second):
    a = {value: op for op, value in tables()[first].items()}
    b = {value: op for op, value in tables()[second].items()}
    differ = {hex(v): (a[v], b[v]) for v in set(a) & set(b) if a[v] != b[v]}
    assert not differ, "%s and %s name these differently: %s" % (first, second, differ)


@pytest.mark.parametrize("name", ["espsim.protocol.Op", "flasher_stub/commands.h"])
def test_the_client_knows_every_opcode_the_chip_side_names(name):
    # An opcode espsim or the C stub handles that esptool.py cannot send is
    # either dead code or a command the client forgot.
    unknown = set(tables()[name]) - set(tables()["esptool.Op"])
    assert not unknown, "%s names opcodes esptool.Op lacks: %s" % (name, sorted(unknown))


def test_the_c_stub_spells_opcodes_only_in_commands_h():
    sources = glob.glob(os.path.join(ROOT, "flasher_stub", "*.[ch]"))
    others = {os.path.basename(p): c_opcodes(p) for p in sources if p != COMMANDS_H}
    assert not {p: t for p, t in others.items() if t}


def module_level_names(path):
    with open(path) as f:
        tree = ast.parse(f.read())
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def test_espsim_spells_opcodes_only_in_its_table():
    # protocol.Op is the table; a module-level FLASH_BEGIN = 0x02 anywhere in
    # espsim would be a second one that can drift.
    opcodes = set(protocol.Op.__members__)
    found = {}
    for path in glob.glob(os.path.join(ROOT, "espsim", "*.py")):
        clash = module_level_names(path) & opcodes
        if clash:
            found[os.path.basename(path)] = sorted(clash)
    assert not found
