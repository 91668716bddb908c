"""The monitor explains a crash: code addresses in a panic, named from the ELF.

Given a small application (test/elf/panic/: crash.c, sensor.c) built here with
the cross compilers for an ESP32-C3-like RISC-V core and an ESP32-like Xtensa
one, and a stand-in ROM ELF, then:
  * every code address (function starts, middles, inlined lines, padding and
    literals between functions) and a few that are not code are named exactly
    as the toolchain's own addr2line -f names them;
  * a C3-style panic (MEPC, RA, stack dump) and an ESP32-style one (PC,
    Backtrace) are followed by one decoded line per code address;
  * the monitor does so on its output as the chip prints, through the real
    command line: `monitor --elf --rom-elf`, `run --monitor --elf`, and
    `write_flash ... app.bin --monitor`, which finds app.elf beside app.bin.
espsim replays the panic: its stand-in application prints a given file
(espsim's --app-output, `app_output=` here).
"""
import io
import os
import re
import shutil
import signal
import subprocess

import pytest

from espkit import monitor, panic
from conftest import ROOT, assert_one_fatal_line, run_tool
from test_monitor import BANNER, session  # noqa: F401  (session: the monitor fixture)

SOURCES = os.path.join(ROOT, "test", "elf", "panic")
CHIPS = {   # chip -> (tool prefix, compiler flags, linker script, ROM address)
    "esp32c3": ("riscv64-unknown-elf-", ["-march=rv32imc", "-mabi=ilp32"], "esp32c3.ld",
                0x40000000),
    "esp32": ("xtensa-lx106-elf-", ["-mlongcalls", "-mtext-section-literals"], "esp32.ld",
              0x40000400),
}
COMMON = ["-g", "-ffreestanding", "-nostdlib", "-fno-common", "-Wl,--build-id=none"]
INLINED = {"scale", "clamp_and_scale", "sensor_mix"}    # static inline in crash.c, sensor.h


def tool(chip, name):
    path = shutil.which(CHIPS[chip][0] + name)
    if path is None:
        pytest.skip("%s%s is not installed (test/run.sh installs it)" % (CHIPS[chip][0], name))
    return path


def build(chip, directory, optimization="-O2"):
    """The application ELF, built now (a fraction of a second)."""
    prefix, flags, script, _ = CHIPS[chip]
    out = os.path.join(str(directory), "%s%s.elf" % (chip, optimization))
    subprocess.run([tool(chip, "gcc")] + flags + COMMON + [optimization, "-T",
                   os.path.join(SOURCES, script), os.path.join(SOURCES, "crash.c"),
                   os.path.join(SOURCES, "sensor.c"), "-o", out], check=True)
    return out


def build_rom(chip, directory):
    """A stand-in for the chip's ROM ELF: rom.c linked at the ROM's address."""
    prefix, flags, _, address = CHIPS[chip]
    out = os.path.join(str(directory), "%s-rom.elf" % chip)
    subprocess.run([tool(chip, "gcc")] + flags + COMMON + [
        "-O2", "-Wl,-Ttext=0x%x" % address, "-Wl,-e,0", os.path.join(SOURCES, "rom.c"),
        "-o", out], check=True)
    return out


@pytest.fixture(scope="module")
def elves(tmp_path_factory):
    """elves(chip, optimization="-O2") -> path of the application ELF; elves(chip, "rom")."""
    directory = tmp_path_factory.mktemp("panic-elves")
    built = {}

    def get(chip, optimization="-O2"):
        if (chip, optimization) not in built:
            built[chip, optimization] = (build_rom(chip, directory) if optimization == "rom"
                                         else build(chip, directory, optimization))
        return built[chip, optimization]
    return get


def addr2line(chip, elf, addresses):
    """For each address, [(function, 'file:line')] as the toolchain's
    `addr2line -a -f -i` prints them: the function and line, then each function
    it was inlined into and the line of the call ('(discriminator N)' left out:
    we do not print it)."""
    out = subprocess.run([tool(chip, "addr2line"), "-a", "-f", "-i", "-e", elf]
                         + ["0x%x" % a for a in addresses],
                         check=True, capture_output=True, text=True).stdout.splitlines()
    chains = []
    for line in out:
        if re.match(r"^0x[0-9a-f]{8,16}$", line):
            chains.append([])
        elif len(chains[-1]) and len(chains[-1][-1]) == 1:
            chains[-1][-1] += (re.sub(r" \(discriminator \d+\)$", "", line),)
        else:
            chains[-1].append((line,))
    assert len(chains) == len(addresses), out
    return chains


def as_addr2line(location):
    if location is None:
        return [("??", "??:0")]
    return [(location.function or "??", panic.where(location.file, location.line))] + [
        (caller, panic.where(file, line)) for caller, file, line in location.inlined_by]


def symbols(chip, elf):
    """{function name: address}, from the toolchain's nm."""
    out = subprocess.run([tool(chip, "nm"), elf], check=True, capture_output=True,
                         text=True).stdout
    return {name: int(value, 16) for value, kind, name in
            (line.split() for line in out.splitlines() if len(line.split()) == 3)
            if kind in "Tt"}


def code_ranges(chip, elf):
    """[(start, end)] of the ELF's executable sections, from the toolchain's readelf."""
    out = subprocess.run([tool(chip, "readelf"), "-S", "-W", elf], check=True,
                         capture_output=True, text=True).stdout
    ranges = []
    for line in out.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 7 and fields[0].startswith("[") and "X" in fields[7]:
            ranges.append((int(fields[3], 16), int(fields[3], 16) + int(fields[5], 16)))
    assert ranges, out
    return ranges


# -- addresses named as addr2line names them ------------------------------------------

@pytest.mark.parametrize("chip", sorted(CHIPS))
@pytest.mark.parametrize("optimization", ["-O2", "-Os"])
def test_every_code_address_is_named_as_addr2line_names_it(chip, optimization, elves):
    elf = elves(chip, optimization)
    addresses = [a for start, end in code_ranges(chip, elf) for a in range(start - 4, end + 4)]
    addresses += [0, 0x50000000, 0xFFFFFFFC]                        # nothing there
    expected = addr2line(chip, elf, addresses)
    book = panic.ElfAddresses(elf)
    ours = [as_addr2line(book.locate(a)) for a in addresses]
    wrong = [(hex(a), o, e) for a, o, e in zip(addresses, ours, expected) if o != e]
    assert not wrong, wrong[:20]
    named = {function for chain in expected for function, _ in chain}
    assert {"app_main", "compute", "store_through", "isr_handler", "sensor_read",
            "sensor_filter", "call_user_start"} <= named
    if optimization == "-O2":
        assert INLINED <= named                   # lines of inlined functions were asked
    assert any(where.endswith("sensor.h:6") for chain in expected for _, where in chain) \
        or optimization == "-Os"
    if optimization == "-O2":                       # inlined twice: scale in clamp_and_scale
        assert any(len(chain) == 3 for chain in expected)
    # A variable's address is no code: addr2line names its declaration, we nothing.
    sink = {"esp32c3": 0x3FC88004, "esp32": 0x3FFB0004}[chip]
    assert addr2line(chip, elf, [sink]) == [[("??", os.path.join(SOURCES, "crash.c") + ":13")]]
    assert book.locate(sink) is None


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_unoptimised_code_is_named_as_addr2line_names_it_but_for_its_dwarf5_header_slip(
        chip, elves):
    """At -O0 sensor.c keeps an out-of-line copy of sensor.h's static inline
    sensor_mix, whose rows use the line program's default file 1: sensor.h in
    DWARF 5 (file 0 is the unit itself; readelf --debug-dump=decodedline agrees).
    binutils 2.40's addr2line names sensor.c there; that is the one difference
    allowed, and only with the same function and line."""
    elf = elves(chip, "-O0")
    addresses = [a for start, end in code_ranges(chip, elf) for a in range(start - 4, end + 4)]
    expected = addr2line(chip, elf, addresses)
    book = panic.ElfAddresses(elf)
    header, unit = os.path.join(SOURCES, "sensor.h"), os.path.join(SOURCES, "sensor.c")
    slips = 0
    for address, theirs in zip(addresses, expected):
        ours = as_addr2line(book.locate(address))
        if ours != theirs:
            assert ours[0][0] == theirs[0][0] == "sensor_mix", (hex(address), ours, theirs)
            assert ours[0][1].replace(header, unit) == theirs[0][1], (hex(address), ours, theirs)
            slips += 1
    assert slips < len(addresses) // 10
    assert {"app_main", "sensor_mix", "scale"} <= {f for chain in expected for f, _ in chain}


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_without_debugging_information_the_symbols_name_the_code(chip):
    """test/elf's committed application ELFs carry symbols but no DWARF."""
    elf = os.path.join(ROOT, "test", "elf", "%s_app.elf" % chip)
    addresses = [a for start, end in code_ranges(chip, elf) for a in range(start, end, 3)]
    expected = addr2line(chip, elf, addresses)
    book = panic.ElfAddresses(elf)
    assert [as_addr2line(book.locate(a)) for a in addresses] == expected
    assert {"crc32_update", "fill_scratch"} <= {f for chain in expected for f, _ in chain}
    assert {where for chain in expected for _, where in chain} <= {"??:?", "??:0"}


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_rom_addresses_are_named_from_the_rom_elf(chip, elves):
    rom = elves(chip, "rom")
    addresses = [a for start, end in code_ranges(chip, rom) for a in range(start, end)]
    expected = addr2line(chip, rom, addresses)
    book = panic.ElfAddresses(rom)
    assert [as_addr2line(book.locate(a)) for a in addresses] == expected
    assert {"rom_delay_us", "rom_printf"} <= {f for chain in expected for f, _ in chain}


def test_a_file_that_is_no_elf_is_refused(tmp_path):
    path = tmp_path / "app.bin"
    path.write_bytes(b"\xe9" + bytes(100))
    with pytest.raises(ValueError, match="cannot read .*app.bin as an ELF file"):
        panic.ElfAddresses(str(path))


# -- panic texts ------------------------------------------------------------------------

def decoded(chip, elf, address):
    """The monitor's lines for one address, from addr2line's answer."""
    (function, where), *callers = addr2line(chip, elf, [address])[0]
    return "".join(["--- 0x%08x: %s at %s\n" % (address, function, where)] + [
        "---     (inlined by) %s at %s\n" % caller for caller in callers])


def riscv_panic(app, rom, sha="3e1f8c26a2b1c7d9"):
    """An ESP-IDF 5.x ESP32-C3 panic: register dump, stack dump; -> (text, [code
    addresses in the order they appear])."""
    fault, caller = app["store_through"], app["app_main"] + 0x1C
    in_stack = [app["isr_handler"] + 0xC, rom["rom_delay_us"] + 4, app["call_user_start"] + 2]
    text = (
        "Guru Meditation Error: Core  0 panic'ed (Store access fault). Exception was unhandled.\r\n"
        "\r\n"
        "Core  0 register dump:\r\n"
        "MEPC    : 0x%08x  RA      : 0x%08x  SP      : 0x3fc8d5a0  GP      : 0x3fc89e00  \r\n"
        "TP      : 0x3fc85c7c  T0      : 0x4005890e  T1      : 0x0000000f  T2      : 0x00000000  \r\n"
        "S0/FP   : 0x00000000  S1      : 0x00000001  A0      : 0x00000000  A1      : 0x00000005  \r\n"
        "MSTATUS : 0x00001881  MTVEC   : 0x40380001  MCAUSE  : 0x00000007  MTVAL   : 0x00000000  \r\n"
        "MHARTID : 0x00000000  \r\n"
        "\r\n"
        "Stack memory:\r\n"
        "3fc8d5a0: 0x00000000 0x3fc88004 0x%08x 0x00000000 0x%08x 0xa5a5a5a5 0x00000000 0x3fc8d5e0\r\n"
        "3fc8d5c0: 0x00000000 0x%08x 0x3fc8d600 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\r\n"
        "\r\n"
        "3fc8d5e0: 0x%08x 0x00000000\r\n"            # after the dump's end: not decoded
        "ELF file SHA256: %s\r\n"
        "\r\n"
        "Rebooting...\r\n" % (fault, caller, in_stack[0], in_stack[1], in_stack[2], fault, sha))
    return text, [fault, caller] + in_stack


def xtensa_panic(app, rom, sha="3e1f8c26a2b1c7d9"):
    """An ESP-IDF ESP32 panic: register dump and backtrace; -> (text, [code addresses])."""
    frames = [app["store_through"] + 2, app["isr_handler"] + 0xC, app["app_main"] + 0x1E,
              rom["rom_printf"] + 3, app["call_user_start"] + 9]
    text = (
        "Guru Meditation Error: Core  0 panic'ed (StoreProhibited). Exception was unhandled.\r\n"
        "\r\n"
        "Core  0 register dump:\r\n"
        "PC      : 0x%08x  PS      : 0x00060c30  A0      : 0x800d0085  A1      : 0x3ffb5a50  \r\n"
        "A2      : 0x00000000  A3      : 0x00000001  A4      : 0x3ffb0004  A5      : 0x00000000  \r\n"
        "EXCVADDR: 0x00000000  LBEG    : 0x00000000  LEND    : 0x00000000  LCOUNT  : 0x00000000  \r\n"
        "\r\n"
        "\r\n"
        "Backtrace: %s\r\n"
        "\r\n"
        "ELF file SHA256: %s\r\n"
        "\r\n"
        "Rebooting...\r\n"
        % (frames[0], " ".join("0x%08x:0x3ffb5a%02x" % (pc, 0x50 + 0x20 * i)
                               for i, pc in enumerate(frames)), sha))
    return text, [frames[0]] + frames


PANICS = {"esp32c3": riscv_panic, "esp32": xtensa_panic}


def panic_and_expected(chip, elves, with_rom=True, running_the_elf=False):
    """(panic text, the output the monitor shows for it: each line of the chip's,
    then one decoded line per code address on it, as addr2line names it). The
    panic's 'ELF file SHA256' is the application ELF's with running_the_elf,
    else another's (the monitor then warns)."""
    app, rom = elves(chip), elves(chip, "rom")
    sha = sha256_of(app)[:16] if running_the_elf else "3e1f8c26a2b1c7d9"
    text, _ = PANICS[chip](symbols(chip, app), symbols(chip, rom), sha)
    shown = []
    for line in text.splitlines(keepends=True):
        shown.append(line)
        if line.startswith("ELF file SHA256: ") and not running_the_elf:
            shown.append("--- warning: the chip's application was built from another ELF "
                         "(SHA256 3e1f8c26a2b1c7d9..., %s is %s...): the names above may be "
                         "wrong\n" % (app, sha256_of(app)[:16]))
        for address in _addresses_meant(chip, line, symbols(chip, app), symbols(chip, rom)):
            in_rom = any(s <= address < e for s, e in code_ranges(chip, rom))
            if in_rom and not with_rom:
                continue
            shown.append(decoded(chip, rom if in_rom else app, address))
    return text, "".join(shown)


def sha256_of(path):
    import hashlib
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _addresses_meant(chip, line, app, rom):
    """The code addresses a panic line carries, by construction of the texts above."""
    _, addresses = PANICS[chip](app, rom)
    if line.startswith(("MEPC", "PC ")):
        return addresses[:2] if chip == "esp32c3" else addresses[:1]
    if line.startswith("Backtrace:"):
        return addresses[1:]
    if line.startswith("3fc8d5a0:"):
        return addresses[2:4]
    if line.startswith("3fc8d5c0:"):
        return addresses[4:5]
    return []


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_a_panic_is_followed_by_its_code_addresses_named(chip, elves):
    text, expected = panic_and_expected(chip, elves)
    decoder = panic.PanicDecoder([panic.ElfAddresses(elves(chip)),
                                  panic.ElfAddresses(elves(chip, "rom"))])
    shown = "".join(line + "".join(d + "\n" for d in decoder.feed_line(line))
                    for line in text.splitlines(keepends=True))
    assert shown == expected
    assert shown.count("\n--- 0x") == (5 if chip == "esp32c3" else 6)
    assert "(inlined by) clamp_and_scale at " in shown      # a line of scale(), inlined


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_without_the_rom_elf_rom_addresses_are_left_alone(chip, elves):
    text, expected = panic_and_expected(chip, elves, with_rom=False)
    decoder = panic.PanicDecoder([panic.ElfAddresses(elves(chip))])
    shown = "".join(line + "".join(d + "\n" for d in decoder.feed_line(line))
                    for line in text.splitlines(keepends=True))
    assert shown == expected
    assert "rom_" not in shown


def test_the_monitor_shows_the_chips_bytes_at_once_and_decoded_lines_after_theirs(elves):
    text, expected = panic_and_expected("esp32c3", elves)
    out = io.BytesIO()
    watcher = monitor.Monitor(None, out, io.StringIO(), decoder=panic.PanicDecoder(
        [panic.ElfAddresses(elves("esp32c3")), panic.ElfAddresses(elves("esp32c3", "rom"))]))
    data = text.encode()
    mepc = data.index(b"MEPC")
    watcher.show(data[:mepc + 9])                     # a line begun: shown, not decoded yet
    assert out.getvalue() == data[:mepc + 9]
    for start in range(mepc + 9, len(data), 37):      # the rest in odd pieces
        watcher.show(data[start:start + 37])
    assert out.getvalue().decode() == expected


# -- through the command line, espsim replaying the panic ----------------------------------

def app_image(chip, elf, directory):
    """app.bin made from app.elf by our elf2image, with app.elf beside it."""
    shutil.copy(elf, os.path.join(str(directory), "app.elf"))
    image = os.path.join(str(directory), "app.bin")
    result = run_tool("esptool", "--chip", chip, "elf2image", "-o", image,
                      os.path.join(str(directory), "app.elf"))
    assert result.returncode == 0, result.stdout + result.stderr
    return image


BOOT_OFFSET = {"esp32": 0x1000, "esp32c3": 0x0}


@pytest.mark.parametrize("chip", sorted(CHIPS))
def test_monitor_with_elf_and_rom_elf_decodes_the_chips_panic(chip, elves, espsim_server,
                                                             session, tmp_path):
    text, expected = panic_and_expected(chip, elves, running_the_elf=True)
    (tmp_path / "panic.txt").write_text(text)
    image = open(app_image(chip, elves(chip), tmp_path), "rb").read()
    flash = b"\xff" * BOOT_OFFSET[chip] + image
    sim = espsim_server(chip, flash=flash, app_output=str(tmp_path / "panic.txt"))
    mon = session("--port", sim.url, "monitor", "--elf", elves(chip),
                  "--rom-elf", elves(chip, "rom"))
    banner = BANNER.replace(b"ESP32", sim.device.chip.name.encode())
    output = mon.expect(b"Rebooting...\r\n")
    assert banner + expected.encode() in output
    status, _, err = mon.end(signal.SIGTERM)
    assert status == 0
    assert err.decode().splitlines()[:2] == [
        "--- crash addresses of the application are decoded with %s" % elves(chip),
        "--- crash addresses of the ROM are decoded with %s" % elves(chip, "rom")]


def test_write_flash_then_monitor_finds_the_elf_next_to_the_image(elves, espsim_server,
                                                                 session, tmp_path):
    text, expected = panic_and_expected("esp32", elves, with_rom=False, running_the_elf=True)
    (tmp_path / "panic.txt").write_text(text)
    build = tmp_path / "build"
    build.mkdir()
    image = app_image("esp32", elves("esp32"), build)
    sim = espsim_server("esp32", app_output=str(tmp_path / "panic.txt"))
    mon = session("--port", sim.url, "write_flash", "0x1000", image, "--monitor",
                  cwd=tmp_path)
    output = mon.expect(b"Rebooting...\r\n")
    assert BANNER + expected.encode() in output
    status, _, err = mon.end(signal.SIGTERM)
    assert status == 0
    assert ("--- crash addresses of the application are decoded with %s (found next to %s)"
            % (build / "app.elf", image)) in err.decode().splitlines()


def test_run_monitor_takes_elf_too(elves, espsim_server, session, tmp_path):
    text, expected = panic_and_expected("esp32", elves, with_rom=False, running_the_elf=True)
    (tmp_path / "panic.txt").write_text(text)
    flash = b"\xff" * 0x1000 + open(app_image("esp32", elves("esp32"), tmp_path), "rb").read()
    sim = espsim_server("esp32", flash=flash, app_output=str(tmp_path / "panic.txt"))
    mon = session("--port", sim.url, "run", "--monitor", "--elf", elves("esp32"))
    output = mon.expect(b"Rebooting...\r\n")
    assert BANNER + expected.encode() in output
    status, _, _ = mon.end(signal.SIGTERM)
    assert status == 0


def test_an_elf_that_cannot_be_read_is_one_error_line(tmp_path):
    (tmp_path / "app.elf").write_bytes(b"not an ELF")
    result = run_tool("esptool", "--port", "espsim://esp32", "monitor", "--elf",
                      tmp_path / "app.elf")
    assert_one_fatal_line(result, "cannot read", "app.elf as an ELF file")


@pytest.mark.parametrize("line,addresses", [
    ("Backtrace: 0x400d0017:0x3ffb5a50 0x400d0082:0x3ffb5a70\r\n", [0x400D0017, 0x400D0082]),
    ("Backtrace:0x400d0017:0x3ffb5a50 0x400d0082:0x3ffb5a70 |<-CORRUPTED\n",   # ESP-IDF 4.x
     [0x400D0017, 0x400D0082]),
    ("\x1b[0;31mBacktrace: 0x42000020:0x3fc8d5a0\x1b[0m\n", [0x42000020]),
    ("PC      : 0x400d001a  PS      : 0x00060c30  A0      : 0x800d0085\n", [0x400D001A]),
    ("MEPC    : 0x42000020  RA      : 0x4200007a  SP      : 0x3fc8d5a0\n",
     [0x42000020, 0x4200007A]),
    ("EPC1    : 0x400d001a  EPC2    : 0x00000000  MTVEC   : 0x40380001\n", []),
    ("I (312) app: PC is fine, backtrace: none 0x400d0017\n", []),
    ("3fc8d5a0: 0x42000020 0x00000000\n", []),                  # no 'Stack memory:' before
])
def test_which_lines_carry_code_addresses(line, addresses):
    assert panic.PanicDecoder([]).addresses(line) == addresses


def test_no_warning_when_the_printed_elf_sha256_is_the_elfs(elves):
    elf = elves("esp32c3")
    decoder = panic.PanicDecoder([panic.ElfAddresses(elf)])
    assert decoder.feed_line("ELF file SHA256: %s\r\n" % sha256_of(elf)[:16]) == []
    assert decoder.feed_line("ELF file SHA256: %s\r\n" % sha256_of(elf)) == []
    assert "another ELF" in decoder.feed_line("ELF file SHA256: 0123456789abcdef\r\n")[0]


def test_a_decoder_that_fails_stops_decoding_but_not_the_monitor():
    class Broken:
        def feed_line(self, line):
            raise KeyError("DW_FORM_unheard_of")
    out, notes = io.BytesIO(), io.StringIO()
    watcher = monitor.Monitor(None, out, notes, decoder=Broken())
    watcher.show(b"Backtrace: 0x400d0017:0x3ffb5a50\r\nmore\r\nand more\r\n")
    assert out.getvalue() == b"Backtrace: 0x400d0017:0x3ffb5a50\r\nmore\r\nand more\r\n"
    assert notes.getvalue() == "--- crash decoding stopped: 'DW_FORM_unheard_of'\n"
