"""The house rules of the layout, checked: esptool.py works copied alone, the
three Python parts import in one direction only, esptool.py reads top to
bottom, the flash engine takes keywords, and docs/architecture.md points at
code that exists.

esptool.py is one file SDKs copy next to pyserial; espkit/ plugs in through
its extension seams (esptool.py section 2b) and espsim/ shares nothing with
either but the serial protocol (esptool.py's module docstring).
"""
import ast
import functools
import os
import random
import re
import shutil
import struct
import subprocess
import sys

import pytest

from conftest import ROOT, assert_one_fatal_line, output_of, run_tool

ESPTOOL_PY = os.path.join(ROOT, "esptool.py")
SECTION_HEADER = re.compile(r"^# (\d+[a-z]?)\. (.*)$")


@functools.lru_cache(maxsize=None)
def parse(path):
    with open(path) as f:
        return ast.parse(f.read(), path)


def relative(path):
    return os.path.relpath(path, ROOT)


# ---------------------------------------------------------------------------
# 1. esptool.py copied alone, into a virtualenv that holds only pyserial
# ---------------------------------------------------------------------------

def ok_run(result, *expected):
    """A run that exited 0, printed each expected line fragment; its output."""
    output = output_of(result)
    assert result.returncode == 0, output
    for fragment in expected:
        assert fragment in output, output
    return output


def venv_with_only_pyserial(directory):
    """`python -m venv --without-pip DIR/venv`, pyserial copied into its site-packages
    (no network). -> the venv's python."""
    import serial
    venv = os.path.join(directory, "venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True,
                   timeout=120)
    python = os.path.join(venv, "bin", "python")
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                              "['purelib'])"], check=True, capture_output=True, text=True,
                             timeout=60).stdout.strip()
    assert os.path.realpath(purelib).startswith(os.path.realpath(venv)), purelib
    shutil.copytree(os.path.dirname(serial.__file__), os.path.join(purelib, "serial"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    return python


def esp32_ram_image(address, data, entry):
    """A one-segment ESP32 image (docs/image-format.md §5, no digest) for load_ram."""
    header = struct.pack("<BBBBI", 0xE9, 1, 2, 0x20, entry) + bytes([0xEE]) + bytes(15)
    body = header + struct.pack("<II", address, len(data)) + data
    checksum = 0xEF
    for byte in data:
        checksum ^= byte
    return body + bytes(15 - len(body) % 16) + bytes([checksum])


def trace_text(sim):
    with open(sim.trace_path) as f:
        return f.read()


def test_esptool_py_copied_alone_does_all_v23_did(tmp_path, espsim_server):
    alone_dir = tmp_path / "alone"
    alone_dir.mkdir()
    shutil.copy(ESPTOOL_PY, alone_dir / "esptool.py")
    python = venv_with_only_pyserial(str(alone_dir))
    assert sorted(os.listdir(alone_dir)) == ["esptool.py", "venv"]
    files = tmp_path / "files"            # everything the commands read and write
    files.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}

    def in_venv(code):
        return subprocess.run([python, "-c", code], cwd=str(alone_dir), env=env,
                              capture_output=True, text=True, timeout=60)

    # Only pyserial is there: neither the package beside esptool.py nor the simulator.
    for package in ("espkit", "espsim"):
        result = in_venv("import %s" % package)
        assert result.returncode != 0 and "ModuleNotFoundError" in result.stderr, package
    where = in_venv("import serial; print(serial.__file__)")
    assert where.returncode == 0, where.stderr
    assert os.path.realpath(where.stdout.strip()).startswith(
        os.path.realpath(str(alone_dir / "venv"))), where.stdout

    def esptool(*args):
        return run_tool(alone_dir / "esptool.py", *args, python=(python,), cwd=str(alone_dir),
                        env=env, timeout=60)

    mac = "24:0a:c4:5a:6b:7c"
    sim = espsim_server("esp32", raw=True, mac=mac)
    # socket:// has no reset lines: the chip waits in its loader, and --after
    # no_reset has our stub reset it back into the ROM loader for the next run.
    on_chip = ["--chip", "esp32", "--port", sim.url, "--after", "no_reset"]
    data = random.Random(23).randbytes(0x5000 + 123)
    data_bin = files / "data.bin"
    data_bin.write_bytes(data)
    end = 0x10000 + len(data)

    # -- with the flasher stub (the default): it is uploaded and runs on the chip
    stub_runs = 0

    def with_stub(*args):
        nonlocal stub_runs
        output = ok_run(esptool(*on_chip, *args), "Uploading stub...", "Stub running...")
        stub_runs += 1
        assert trace_text(sim).count("# stub started at ") == stub_runs
        return output

    with_stub("write_flash", "0x10000", data_bin)
    assert sim.flash()[0x10000:end] == data
    assert "-- verify OK (digest matched)" in with_stub("verify_flash", "0x10000", data_bin)
    with_stub("read_flash", "0x10000", hex(len(data)), files / "back.bin")
    assert (files / "back.bin").read_bytes() == data
    with_stub("erase_region", "0x10000", "0x1000")
    flash = sim.flash()
    assert flash[0x10000:0x11000] == b"\xff" * 0x1000 and flash[0x11000:end] == data[0x1000:]
    with_stub("erase_flash")
    assert sim.flash() == b"\xff" * (4 << 20)

    # -- the ROM loader alone (--no-stub)
    rom = on_chip + ["--no-stub"]

    def rom_only(*args):
        output = ok_run(esptool(*rom, *args))
        assert "Uploading stub" not in output and "Stub running" not in output, output
        assert trace_text(sim).count("# stub started at ") == stub_runs
        return output

    rom_only("write_flash", "0x10000", data_bin)
    assert sim.flash()[0x10000:end] == data
    assert "-- verify OK (digest matched)" in rom_only("verify_flash", "0x10000", data_bin)
    rom_only("read_flash", "0x10000", hex(len(data)), files / "rom-back.bin")
    assert (files / "rom-back.bin").read_bytes() == data
    rom_only("erase_region", "0x11000", "0x1000")
    flash = sim.flash()
    assert flash[0x11000:0x12000] == b"\xff" * 0x1000 and flash[0x10000:0x11000] == data[:0x1000]
    # The chip now holds something else, and verify_flash says so. (A failed
    # command leaves the chip as it is: a stub would still be running.)
    assert_one_fatal_line(esptool(*rom, "verify_flash", "0x10000", data_bin), "Verify failed")

    # --chip auto (the default) finds the ESP32 by itself.
    ok_run(esptool("--port", sim.url, "--after", "no_reset", "--no-stub", "read_mac"),
           "Chip is ESP32", "MAC: %s" % mac)
    mac_bytes = bytes.fromhex(mac.replace(":", ""))
    out = rom_only("chip_id")
    chip_id = int(re.search(r"^Chip ID: 0x([0-9a-f]+)$", out, re.M).group(1), 16)
    # docs/protocol.md §7.3: bytes 2..4 of the MAC, below its first two.
    assert chip_id & 0xFFFFFF == int.from_bytes(mac_bytes[2:5], "big"), out
    assert (chip_id >> 24) & 0xFFFF == int.from_bytes(mac_bytes[:2], "big"), out
    out = rom_only("flash_id")
    for line in ("Manufacturer: ef", "Device: 4016", "Detected flash size: 4MB"):
        assert line in out, out
    assert "Status value: 0x0000" in rom_only("read_flash_status", "--bytes", "2")
    rom_only("write_flash_status", "--bytes", "2", "0x0200")
    assert "Status value: 0x0200" in rom_only("read_flash_status", "--bytes", "2")
    rom_only("write_mem", "0x3ffb0000", "0x12345678", "0xffffffff")
    assert "0x3ffb0000 = 0x12345678" in rom_only("read_mem", "0x3ffb0000")
    assert sim.device.memory.read(0x3ffb0000) == 0x12345678
    rom_only("dump_mem", "0x3ffb0000", "8", files / "mem.bin")
    assert (files / "mem.bin").read_bytes() == struct.pack("<II", 0x12345678, 0)

    # run: the application in flash starts (the simulated chip boots it and greets).
    demo = os.path.join(ROOT, "examples", "demo-esp32.bin")
    rom_only("write_flash", "0x1000", demo)
    assert "running application" not in trace_text(sim)
    rom_only("run")
    sim.stop()
    trace = trace_text(sim)
    assert "# running application" in trace and "espsim firmware: hello from ESP32" in trace

    # load_ram (its code runs, so on a chip of its own): the segment reaches RAM.
    ram_sim = espsim_server("esp32", raw=True)
    code = random.Random(5).randbytes(0x1800)
    ram_bin = files / "ram.bin"
    ram_bin.write_bytes(esp32_ram_image(0x3ffb8000, code, 0x3ffb8000))
    ok_run(esptool("--chip", "esp32", "--port", ram_sim.url, "--after", "no_reset", "load_ram",
                   ram_bin), "Downloading 6144 bytes at 3ffb8000...",
           "All segments done, executing at 3ffb8000")
    loaded = b"".join(struct.pack("<I", ram_sim.device.memory.read(0x3ffb8000 + i))
                      for i in range(0, len(code), 4))
    assert loaded == code

    # -- offline commands
    image = files / "demo.bin"
    ok_run(esptool("--chip", "esp32", "elf2image", "--flash_mode", "dio", "--flash_size", "4MB",
                   "-o", image, os.path.join(ROOT, "examples", "demo-esp32.elf")))
    with open(demo, "rb") as f:
        assert image.read_bytes() == f.read()
    out = ok_run(esptool("image_info", image), "Entry point: 40080028", "9 segments",
                 "Checksum: 50 (valid)")
    assert re.search(r"^Validation Hash: [0-9a-f]{64} \(valid\)$", out, re.M), out
    seg1, seg2 = random.Random(1).randbytes(100), random.Random(2).randbytes(64)
    (files / "s1.bin").write_bytes(seg1)
    (files / "s2.bin").write_bytes(seg2)
    ok_run(esptool("make_image", "-f", files / "s1.bin", "-a", "0x40100000",
                   "-f", files / "s2.bin", "-a", "0x3ffe8000", "-e", "0x40100004", files / "app"))
    made = (files / "app0x00000.bin").read_bytes()
    assert made[:8] == struct.pack("<BBBBI", 0xE9, 2, 0, 0, 0x40100004)
    assert made[8:16 + 100] == struct.pack("<II", 0x40100000, 100) + seg1
    assert made[116:124 + 64] == struct.pack("<II", 0x3ffe8000, 64) + seg2
    ok_run(esptool("image_info", files / "app0x00000.bin"), "Entry point: 40100004",
           "2 segments", "(valid)")
    with open(ESPTOOL_PY) as f:
        version = re.search(r'^__version__ = "([^"]+)"$', f.read(), re.M).group(1)
    assert ok_run(esptool("version")).splitlines()[-1] == version

    # -- what only the package has: one fatal line, and the hint says what to install
    for name, args in [("merge_bin", ["-o", files / "merged.bin", "0x1000", data_bin]),
                       ("list_ports", []), ("monitor", []), ("partition_table", ["x.csv"]),
                       ("merge-bin", [])]:
        result = esptool("--port", ram_sim.url, name, *args)
        assert_one_fatal_line(result, "'%s' is not a command of esptool.py alone" % name)
        assert "pip install espkit-esptool" in output_of(result), output_of(result)
    assert not (files / "merged.bin").exists()
    # The chips after the ESP32 come with the package too: refused before any connection.
    frames = len(ram_sim.host_frames())
    result = esptool("--chip", "esp32c3", "--port", ram_sim.url, "read_mac")
    assert_one_fatal_line(result, "argument --chip", "invalid choice: 'esp32c3'")
    assert len(ram_sim.host_frames()) == frames


# ---------------------------------------------------------------------------
# 2. Layering: esptool.py <- espkit; espsim apart; no import cycles
# ---------------------------------------------------------------------------

def python_files(package):
    """{module name: path} of a package's modules (espkit/chips/__init__.py: espkit.chips)."""
    modules = {}
    for directory, _, names in os.walk(os.path.join(ROOT, package)):
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(directory, name)
                parts = relative(path)[:-len(".py")].split(os.sep)
                if parts[-1] == "__init__":
                    parts.pop()
                modules[".".join(parts)] = path
    return modules


def imported_modules(path, module, known=None):
    """(line, module name) of every import in the file, function-level ones included;
    relative imports are resolved against `module`. `from a import b` gives a.b if it
    is one of the `known` modules, else a (without `known`: both). Importing a.b also
    runs a's __init__ first, which is not counted: a package that imports its own
    submodules would be a cycle with each of them."""
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    for node in ast.walk(parse(path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                full = base + "." + alias.name
                if known is None or full in known:
                    yield node.lineno, full
                if known is None or full not in known:
                    yield node.lineno, base


def top_package(name):
    return name.split(".")[0]


def imports_of(package, forbidden):
    """'path:line imports name' for each import in `package` of a top-level package in forbidden."""
    found = []
    for module, path in sorted(python_files(package).items()):
        for line, name in imported_modules(path, module):
            if top_package(name) in forbidden:
                found.append("%s:%d imports %s" % (relative(path), line, name))
    return sorted(set(found))


def test_esptool_py_imports_neither_espkit_nor_espsim():
    found = ["esptool.py:%d imports %s" % (line, name)
             for line, name in imported_modules(ESPTOOL_PY, "esptool")
             if top_package(name) in ("espkit", "espsim")]
    assert found == []


def test_espsim_imports_neither_esptool_nor_espkit():
    assert python_files("espsim"), "no espsim modules found"
    assert imports_of("espsim", ("esptool", "espkit")) == []


def import_graph(package):
    """{module: {modules of the same package it imports}}: a name imported from a
    package is an edge to its submodule when there is one, else to the package."""
    modules = python_files(package)
    graph = {}
    for module, path in modules.items():
        graph[module] = {name for _, name in imported_modules(path, module, modules)
                         if name in modules and name != module}
    return graph


def find_cycle(graph):
    """One import cycle as [a, b, ..., a], or None."""
    state = {}          # module -> "open" while on the DFS path, "done" after

    def visit(module, path):
        state[module] = "open"
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target, path)
                if cycle:
                    return cycle
        path.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = visit(module, [])
            if cycle:
                return cycle
    return None


@pytest.mark.parametrize("package", ["espkit", "espsim"])
def test_a_packages_modules_import_each_other_without_a_cycle(package):
    graph = import_graph(package)
    assert len(graph) > 3 and any(graph.values()), graph     # the graph was really built
    assert find_cycle(graph) is None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


# ---------------------------------------------------------------------------
# 3. esptool.py reads top to bottom: no section uses a name of a later one
# ---------------------------------------------------------------------------

def esptool_sections(source=None):
    """[(first line, label, title)] of the '# N. Title' section headers of esptool.py
    (or of the source given)."""
    if source is None:
        with open(ESPTOOL_PY) as f:
            source = f.read()
    return [(number, match.group(1), match.group(2))
            for number, line in enumerate(source.splitlines(), 1)
            for match in [SECTION_HEADER.match(line)] if match]


def section_index(sections, line):
    """0 before the first header, i for the i-th section (1-based)."""
    return sum(1 for first, _, _ in sections if first <= line)


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def bindings(body):
    """(name, line) of each name the statements bind in their own scope: assignments,
    for/with/except targets, imports, def and class names; not what nested
    functions, classes, lambdas or comprehensions bind inside themselves (but a
    walrus in a comprehension binds outside it). `global` names are left out."""
    found, declared_global = [], set()
    todo = list(body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append((node.name, node.lineno))
            continue
        if isinstance(node, ast.Lambda):
            continue
        if isinstance(node, COMPREHENSIONS):
            found += [(n.target.id, n.lineno) for n in ast.walk(node)
                      if isinstance(n, ast.NamedExpr)]
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            found.append((node.id, node.lineno))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found += [((alias.asname or alias.name).split(".")[0], node.lineno)
                      for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.ExceptHandler) and node.name:
            found.append((node.name, node.lineno))
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            found.append((node.name, node.lineno))
        elif isinstance(node, ast.MatchMapping) and node.rest:
            found.append((node.rest, node.lineno))
        elif isinstance(node, ast.Global):
            declared_global.update(node.names)
        elif isinstance(node, ast.Nonlocal):
            found += [(name, node.lineno) for name in node.names]
        todo.extend(ast.iter_child_nodes(node))
    return [(name, line) for name, line in found if name not in declared_global]


def argument_names(arguments):
    every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
    every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return [a.arg for a in every]


class GlobalLoads(ast.NodeVisitor):
    """The names a piece of code loads from the module's namespace: (name, line) of
    each ast.Name load that no enclosing function, lambda, comprehension (or, directly
    in a class body, the class) binds. Python's rules: a class body's names are not
    seen by the functions inside it; decorators, defaults, annotations, base
    classes and a comprehension's first iterable are evaluated outside."""

    def __init__(self):
        self.scopes = []        # [(kind, names)], innermost last
        self.loads = []

    def bound(self, name):
        for depth, (kind, names) in enumerate(reversed(self.scopes)):
            if kind == "class" and depth > 0:
                continue
            if name in names:
                return True
        return False

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and not self.bound(node.id):
            self.loads.append((node.id, node.lineno))

    def in_scope(self, kind, names, nodes):
        self.scopes.append((kind, set(names)))
        for node in nodes:
            self.visit(node)
        self.scopes.pop()

    def visit_outside(self, arguments):
        for default in arguments.defaults + [d for d in arguments.kw_defaults if d]:
            self.visit(default)
        for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs + [
                arguments.vararg, arguments.kwarg]:
            if a is not None and a.annotation is not None:
                self.visit(a.annotation)

    def visit_FunctionDef(self, node):
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit_outside(node.args)
        if node.returns is not None:
            self.visit(node.returns)
        names = argument_names(node.args) + [name for name, _ in bindings(node.body)]
        self.in_scope("function", names, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node):
        self.visit_outside(node.args)
        self.in_scope("function", argument_names(node.args), [node.body])

    def visit_ClassDef(self, node):
        for outside in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.visit(outside)
        self.in_scope("class", [name for name, _ in bindings(node.body)], node.body)

    def visit_comprehension_node(self, node):
        first, *rest = node.generators
        self.visit(first.iter)
        targets = [n.id for g in node.generators for n in ast.walk(g.target)
                   if isinstance(n, ast.Name)]
        inside = list(first.ifs) + [part for g in rest for part in [g.iter] + g.ifs]
        inside += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self.in_scope("function", targets, inside)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = \
        visit_comprehension_node


def global_loads(node):
    visitor = GlobalLoads()
    visitor.visit(node)
    return visitor.loads


def later_section_uses(source, sections):
    """'line L (section a) uses NAME of section b (line M)' for each module-level name a
    top-level statement loads that is first bound in a later section."""
    tree = ast.parse(source)
    defined = {}
    for name, line in bindings(tree.body):
        defined[name] = min(line, defined.get(name, line))
    labels = ["(preamble)"] + [label for _, label, _ in sections]
    found = []
    for statement in tree.body:
        here = section_index(sections, statement.lineno)
        for name, line in global_loads(statement):
            if name in defined and section_index(sections, defined[name]) > here:
                there = section_index(sections, defined[name])
                found.append("line %d (section %s) uses %s of section %s (line %d)"
                             % (line, labels[here], name, labels[there], defined[name]))
    return found


def test_esptool_py_has_its_numbered_sections():
    labels = [label for _, label, _ in esptool_sections()]
    assert labels == sorted(labels, key=lambda label: (int(label.rstrip("abcdefgh")), label))
    assert {"1", "2b", "4", "7", "9"} <= set(labels), labels


def test_no_section_of_esptool_py_uses_a_name_of_a_later_one():
    with open(ESPTOOL_PY) as f:
        source = f.read()
    assert later_section_uses(source, esptool_sections()) == []


LATER_USES = '''\
import os
# 1. First
def early(flash_id, *rest):
    chip_id = 1
    def inner():
        return chip_id + flash_id + len(rest)
    return [FLASH_END for FLASH_END in (1, 2)] + [inner()]

class Early:
    VALUE = 3
    def method(self, VALUE=VALUE):
        return VALUE + late_function()

def uses_os():
    return os.sep
# 2. Second
def flash_id():
    return 1
def chip_id():
    return 2
def late_function():
    return 3
FLASH_END = 4
VALUE = 5
rest = 6
'''


def test_the_section_check_sees_through_local_names_only():
    sections = esptool_sections(LATER_USES)
    assert [(line, label) for line, label, _ in sections] == [(2, "1"), (16, "2")]
    assert later_section_uses(LATER_USES, sections) == [
        "line 12 (section 1) uses late_function of section 2 (line 21)"]


# ---------------------------------------------------------------------------
# 4. The flash engine takes keywords, not argparse namespaces
# ---------------------------------------------------------------------------

ENGINE_SECTION = "Connecting and the flash engine"


def test_no_function_of_the_flash_engine_takes_args():
    sections = esptool_sections()
    titles = [title for _, _, title in sections]
    assert ENGINE_SECTION in titles, titles
    index = titles.index(ENGINE_SECTION)
    first = sections[index][0]
    end = sections[index + 1][0] if index + 1 < len(sections) else float("inf")
    functions = [node for node in ast.walk(parse(ESPTOOL_PY))
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                 and first <= node.lineno < end]
    assert len(functions) > 10, "section 7 holds too few functions: %d" % len(functions)
    taking_args = ["line %d: %s" % (node.lineno, getattr(node, "name", "lambda"))
                   for node in functions if "args" in argument_names(node.args)]
    assert taking_args == []


def test_the_python_api_builds_no_namespace():
    with open(os.path.join(ROOT, "espkit", "api.py")) as f:
        assert "Namespace(" not in f.read()


# ---------------------------------------------------------------------------
# 6. docs/architecture.md points at code that exists
# ---------------------------------------------------------------------------

ARCHITECTURE_MD = os.path.join(ROOT, "docs", "architecture.md")
# `PATH::NAME`: a file of the repository and a definition in it. A double-backtick
# span (`` `PATH::NAME` ``) shows the notation itself and is no reference.
REFERENCE = re.compile(r"`([^`\s:]+)::([^`\s]+)`")
EXAMPLE_SPAN = re.compile(r"``.*?``", re.S)
# What the doc must show by reference (the issue): write_flash's compressed path,
# where a SLIP frame is decoded, where a chip is added, where each stub is built.
STUB_TARGETS = ("esp8266", "esp32", "esp32c3", "esp32s3")
STUB_TARGETS += ("esp32s2",)
REQUIRED_REFERENCES = ["esptool.py::send_flash_region", "esptool.py::SlipDecoder.feed",
                       "espkit/chips/__init__.py::register"] + [
    "flasher_stub/Makefile::%s" % target for target in STUB_TARGETS]
C_SOURCES = (".c", ".h", ".S", ".s")


def references(text):
    """['PATH::NAME', ...] written in the text, in order."""
    return ["%s::%s" % match for match in REFERENCE.findall(EXAMPLE_SPAN.sub("", text))]


def python_definition(path, dotted):
    """Whether `dotted` (name, or Class.method, Class.Inner.attr) is defined in the file:
    a def, class or assignment at module level (also under if/try), then in the class body."""
    body = parse(path).body
    for part in dotted.split("."):
        found = None
        for node in flat_statements(body):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                    and node.name == part:
                found = node
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if part in [name for target in targets for name in assigned_names(target)]:
                    found = found or node
        if found is None:
            return False
        body = found.body if isinstance(found, ast.ClassDef) else []
    return True


def assigned_names(target):
    """The names an assignment target binds (not `a.b = ...` nor `a[i] = ...`)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Starred):
        return assigned_names(target.value)
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in assigned_names(element)]
    return []


def flat_statements(body):
    """The statements of a body, with those inside if/try/with blocks (not inside defs)."""
    for node in body:
        yield node
        if isinstance(node, (ast.If, ast.Try, ast.With)):
            for block in ("body", "orelse", "finalbody", "handlers"):
                yield from flat_statements(getattr(node, block, []))
        elif isinstance(node, ast.ExceptHandler):
            yield from flat_statements(node.body)


def makefile_target(path, name):
    """Whether a rule's targets (before its ':', not ':=' or a variable) include `name`."""
    with open(path) as f:
        for line in f:
            if line[:1] in ("\t", " ", "#", "\n", ""):
                continue
            match = re.match(r"([^:=#]+?)\s*::?(?!=)", line)
            if match and name in match.group(1).split():
                return True
    return False


def c_symbol(path, name):
    """Whether a C or assembly file defines `name`: a function or object at the start of
    a line after its type (`int slip_rx_byte(uint8_t byte)`, `static const char *x =`),
    an assembler label (`name:`) or a #define."""
    with open(path) as f:
        text = f.read()
    n = re.escape(name)
    patterns = [
        r"^(?!\s|return\b|else\b|case\b|goto\b)(?:[A-Za-z_][\w]*[\s*]+)+%s\s*(\(|=|;|\[)" % n,
        r"^\s*%s:" % n,
        r"^\s*#\s*define\s+%s\b" % n,
    ]
    return any(re.search(pattern, text, re.M) for pattern in patterns)


def reference_problem(reference):
    """Why `PATH::NAME` does not resolve, or None."""
    path, name = reference.split("::", 1)
    full = os.path.normpath(os.path.join(ROOT, path))
    if os.path.isabs(path) or not full.startswith(ROOT + os.sep):
        return "%s: not a path inside the repository" % reference
    if not os.path.isfile(full):
        return "%s: no such file" % reference
    if path.endswith(".py"):
        found, kind = python_definition(full, name), "definition"
    elif os.path.basename(path) == "Makefile" or path.endswith(".mk"):
        found, kind = makefile_target(full, name), "make target"
    elif path.endswith(C_SOURCES):
        found, kind = c_symbol(full, name), "function or symbol"
    else:
        return "%s: cannot check names in such a file (.py, Makefile, .c/.h/.S)" % reference
    return None if found else "%s: no %s %s there" % (reference, kind, name)


def architecture_references():
    assert os.path.isfile(ARCHITECTURE_MD), "docs/architecture.md is missing"
    with open(ARCHITECTURE_MD) as f:
        return references(f.read())


def test_architecture_md_references_resolve():
    found = architecture_references()
    assert found, "docs/architecture.md holds no `PATH::NAME` reference"
    assert [problem for problem in map(reference_problem, found) if problem] == []


def test_architecture_md_shows_the_paths_people_ask_about():
    found = set(architecture_references())
    assert [reference for reference in REQUIRED_REFERENCES if reference not in found] == []


def test_the_reference_checks_tell_real_from_made_up():
    text = ("`esptool.py::SlipDecoder.feed`, `` `PATH::NAME` ``, `a b::c`, "
            "`flasher_stub/Makefile::esp32` and `flasher_stub/slip.c::slip_rx_byte`")
    assert references(text) == ["esptool.py::SlipDecoder.feed", "flasher_stub/Makefile::esp32",
                                "flasher_stub/slip.c::slip_rx_byte"]
    for good in references(text) + ["espkit/chips/esp32c3.py::ESP32C3ROM",
                                    "esptool.py::RegionSend.send", "esptool.py::CHIPS",
                                    "esptool.py::ESPLoader.flash_defl_block",
                                    "esptool.py::ESPLoader.IS_STUB",
                                    "flasher_stub/Makefile::host"]:
        assert reference_problem(good) is None, good
    for bad in ["esptool.py::SlipDecoder.nothing", "esptool.py::feed", "esptool.py::nothing",
                "esptool.py::FatalError.hint", "espkit/nothing.py::x", "../esptool.py::main",
                "flasher_stub/Makefile::PHONY", "flasher_stub/Makefile::B",
                "flasher_stub/Makefile::stub_host", "flasher_stub/slip.c::rx_byte",
                "flasher_stub/slip.c::uint8_t", "flasher_stub/slip.c::store_byte_",
                "README.md::Install"]:
        assert reference_problem(bad) is not None, bad


# -- 7. the core's size ---------------------------------------------------------------

CORE_LINE_BUDGET = 4500      # the house issue's target: the card's core and nothing more


def test_esptool_py_holds_the_core_and_nothing_more():
    """esptool.py without its generated stub block stays within the budget: what v2.3
    never had goes into espkit behind a seam (docs/architecture.md §3)."""
    with open(os.path.join(ROOT, "esptool.py")) as f:
        lines = f.read().split("\n")
    begin = next(i for i, line in enumerate(lines) if line.startswith("# --- BEGIN EMBEDDED STUBS"))
    end = next(i for i, line in enumerate(lines) if line.startswith("# --- END EMBEDDED STUBS"))
    counted = len(lines) - (end - begin + 1)
    assert counted <= CORE_LINE_BUDGET, (
        "esptool.py has %d lines besides its stubs (budget %d): move what v2.3 never had "
        "into espkit" % (counted, CORE_LINE_BUDGET))
