#!/usr/bin/env python3
"""Build the test ELFs with Debian's cross compilers (gcc-xtensa-lx106, gcc-riscv64-unknown-elf).

    python3 test/elf/build.py            # rebuild every ELF in test/elf/
    python3 test/elf/build.py --check    # rebuild into a temp dir, compare

Two kinds:
  * realistic ELFs: src/app.c linked with one of the scripts in ld/, so they
    carry what a linker really emits (.comment at address 0, NOBITS .bss,
    empty kept sections, literals, symbol tables);
  * shape ELFs: sections of exact addresses and sizes (docs/image-format.md §11
    and the edge cases of the ESP32 padding), generated below as an
    assembler file plus a linker script that are written next to the ELF
    (gen/) so what went in can be read.

ESP32-C3 ELFs (esp32c3_*) are RISC-V, built for the C3's RV32IMC core; the
ESP32-S3 ones (esp32s3_*) are lx106 code placed in the S3's memory map, as the
ESP32 ones are: elf2image only cares where the bytes land.

The ELFs are committed; the tests never need the compiler. The expected
images in test/data/images/ were made from them by upstream esptool 2.3.1
(see make_expected.py there) and, for the C3 and S3, by upstream 5.6.0
(make_expected_5x.py).
"""
import argparse
import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CC = "xtensa-lx106-elf-gcc"
# Small files: sections packed on 16-byte file boundaries, not 64 KiB pages.
LDFLAGS = ["-nostdlib", "-Wl,-z,max-page-size=16", "-Wl,--no-warn-rwx-segments",
           "-Wl,--build-id=none"]
CFLAGS = ["-Os", "-ffreestanding", "-mlongcalls", "-mtext-section-literals", "-fno-common"]
RISCV_CC = "riscv64-unknown-elf-gcc"
RISCV_ARCH = ["-march=rv32imc", "-mabi=ilp32"]
RISCV_CFLAGS = ["-Os", "-ffreestanding", "-fno-common"] + RISCV_ARCH


def toolchain(elf_name):
    """-> (compiler, compile flags, extra link flags) for the ELF's core."""
    if elf_name.startswith(("esp32c3", "esp32c6", "esp32h2", "esp32c2", "esp32p4", "esp32c5")):
        return RISCV_CC, RISCV_CFLAGS, RISCV_ARCH
    return CC, CFLAGS, []


REALISTIC = {   # ELF name -> linker script in ld/
    "esp8266_sdk.elf": "esp8266_sdk.ld",
    "esp8266_ota.elf": "esp8266_ota.ld",
    "esp8266_ram.elf": "esp8266_ram.ld",
    "esp32_app.elf": "esp32_app.ld",
    "esp32_shared_page.elf": "esp32_shared_page.ld",
    "esp32c3_app.elf": "esp32c3_app.ld",
    "esp32s3_app.elf": "esp32s3_app.ld",
    "esp32c6_app.elf": "esp32c6_app.ld",
    "esp32s2_app.elf": "esp32s2_app.ld",
    "esp32c2_app.elf": "esp32c2_app.ld",
}
REALISTIC["esp32h2_app.elf"] = "esp32h2_app.ld"
REALISTIC.update({chip + "_app.elf": chip + "_app.ld" for chip in ("esp32p4", "esp32c5", "esp32c61")})

PROGBITS, NOBITS, INIT_ARRAY = "progbits", "nobits", "init_array"
APPDESC = "appdesc"     # an app description: its magic word, `fill` as its MMU page field


def section(name, addr, size, fill=None, kind=PROGBITS):
    """One output section: `size` bytes at `addr`, all `fill` (default: a
    value derived from the address, so sections differ)."""
    if fill is None:
        fill = (addr >> 2) & 0xFF
    return (name, addr, size, fill, kind)


def ram_run(prefix, base, count, stride=0x40):
    return [section("%s%d" % (prefix, i), base + i * stride, 0x10 + i) for i in range(count)]


SHAPES = {  # ELF name -> (entry, [sections in section-header order])
    # docs/image-format.md §11.2: a 2018 NONOS SDK app.
    "esp8266_sdk2018_shape.elf": (0x40100004, [
        section(".data", 0x3FFE8000, 0xBA0),
        section(".rodata", 0x3FFE8BA0, 0xE10),
        section(".bss", 0x3FFE99B0, 0x1000, kind=NOBITS),
        section(".irom0.text", 0x40210000, 0x3721C, fill=0x5A),
        section(".text", 0x40100000, 0x758C),
    ]),
    # docs/image-format.md §11.3: an image v2 app for flash offset 0x1000, odd-sized flash code.
    "esp8266_ota_shape.elf": (0x40100010, [
        section(".text", 0x40100000, 0x100),
        section(".data", 0x3FFE8000, 0x23),
        section(".irom0.text", 0x40201010, 0x5BF9B, fill=0x3C),
    ]),
    # The most RAM segments an ESP8266 image can hold, plus flash code.
    "esp8266_16seg.elf": (0x40100000, ram_run(".data", 0x3FFE8000, 15) + [
        section(".irom0.text", 0x40240000, 0x40),
        section(".text", 0x40100000, 0x44),
    ]),
    # One too many: v2.3.1 writes a header the ROM refuses; we stop.
    "esp8266_17seg.elf": (0x40100000, ram_run(".data", 0x3FFE8000, 17)),
    # Two candidates for the flash-code file: an error for both tools.
    "esp8266_two_irom.elf": (0x40100000, [
        section(".text", 0x40100000, 0x20),
        section(".irom0.text", 0x40210000, 0x20),
        section(".irom1.text", 0x40220000, 0x20),
    ]),
    # Only NOBITS: nothing to put in an image (v2.3.1 writes an empty one).
    "no_loadable.elf": (0, [section(".bss", 0x3FFE8000, 0x100, kind=NOBITS)]),
    # docs/image-format.md §11.4: RAM segments used as padding, then a zero padding segment.
    "esp32_worked_shape.elf": (0x40080004, [
        section(".flash.text", 0x400D0018, 0x100, fill=0xAA),
        section(".flash.rodata", 0x3F400020, 0x100, fill=0xBB),
        section(".iram0.text", 0x40080000, 0x200, fill=0xCC),
        section(".dram0.data", 0x3FFB0000, 0x10, fill=0xDD),
    ]),
    # docs/image-format.md §11.5: the padding v2.3.1 makes one page longer than needed.
    "esp32_nonminimal_shape.elf": (0, [section(".flash.rodata", 0x3F400100, 0x20)]),
    "esp32_nonminimal_ram_shape.elf": (0, [
        section(".flash.rodata", 0x3F400100, 0x20),
        section(".dram0.data", 0x3FFB0000, 0x40),
    ]),
    "esp32_page_start_shape.elf": (0x400D0000, [
        section(".flash.text", 0x400D0000, 0x20),
        section(".dram0.data", 0x3FFB0000, 0x4),
    ]),
    # Several flash pages, unsorted; RAM that is odd-sized, empty or in RTC
    # memory, eaten piecewise by the padding.
    "esp32_many_shape.elf": (0x40080404, [
        section(".iram0.text", 0x40080400, 0x1235),
        section(".flash.text2", 0x400E0020, 0x40),
        section(".rtc.text", 0x400C0000, 0),
        section(".flash.rodata", 0x3F400020, 0x2000),
        section(".dram0.data", 0x3FFB0000, 0x8),
        section(".flash.rodata2", 0x3F410008, 0x100),
        section(".dram0.empty", 0x3FFB1000, 0),
        section(".flash.text", 0x400D0018, 0x300),
        section(".iram0.vectors", 0x40080000, 0x400),
        section(".rtc.data", 0x50000000, 0x10),
        section(".dram0.bss", 0x3FFB2000, 0x100, kind=NOBITS),
    ]),
    # Seventeen RAM segments: too many for the ROM; v2.3.1 writes it anyway.
    "esp32_17seg.elf": (0x40080000, ram_run(".dram0.data", 0x3FFB0000, 17)),
    # The flash code must start 16 bytes after a page boundary's record
    # position: only an empty padding segment fits (v2.3.1 fails an assert).
    "esp32_empty_pad_shape.elf": (0, [
        section(".flash.rodata", 0x3F400020, 0xFFD0),
        section(".flash.text", 0x400D0000, 0x10),
    ]),
}


def c3_s3_shapes(chip, iram, dram, drom, irom, rtc):
    """The same shapes for ESP32-C3 and ESP32-S3 (docs/chips.md §7): each
    chip's IRAM, DRAM, DROM, IROM and RTC base addresses, and the boundary
    between two of its memory regions inside DRAM or DROM."""
    boundary = {"esp32c3": 0x3FC88000, "esp32s3": 0x3D000000, "esp32c6": 0x40880000,
                "esp32s2": 0x3FFA0000, "esp32c2": 0x3FCE0000,
                "esp32h2": 0x40880000,      # H2: the C6's (docs/chips.md §16.3)
                "esp32p4": 0x4FFA0000, "esp32c5": 0x40860000, "esp32c61": 0x40860000}[chip]
    return {
        # Flash code and data, padded with the RAM that follows them.
        chip + "_worked_shape.elf": (iram + 4, [
            section(".flash.text", irom + 0x20, 0x100, fill=0xAA),
            section(".flash.rodata", drom + 0x20, 0x100, fill=0xBB),
            section(".iram0.text", iram, 0x200, fill=0xCC),
            section(".dram0.data", dram, 0x10, fill=0xDD),
        ]),
        # Adjacent sections merged within a region, not across regions or
        # gaps; an INIT_ARRAY section copied; an empty one dropped.
        chip + "_merge_shape.elf": (iram, [
            section(".iram0.vectors", iram, 0x100),
            section(".iram0.text", iram + 0x100, 0x106),
            section(".iram0.empty", iram + 0x208, 0),
            section(".iram0.late", iram + 0x400, 0x20),
            section(".dram0.data", dram, 0x30),
            section(".init_array", dram + 0x30, 0x8, kind=INIT_ARRAY),
            section(".dram0.bss", dram + 0x40, 0x100, kind=NOBITS),
            section(".region.lo", boundary - 0x10, 0x10),
            section(".region.hi", boundary, 0x20),
            section(".flash.appdesc", drom + 0x20, 0x100, fill=0),
            section(".flash.rodata", drom + 0x120, 0x80),
            section(".flash.text", irom + 0x10020, 0x200),
            section(".rtc.data", rtc, 0x10),
        ]),
        # Several flash pages, out of order; odd-sized RAM eaten piecewise.
        chip + "_many_shape.elf": (iram + 0x404, [
            section(".iram0.text", iram + 0x400, 0x1235),
            section(".flash.text2", irom + 0x20020, 0x40),
            section(".flash.rodata", drom + 0x20, 0x2000),
            section(".dram0.data", dram, 0x8),
            section(".flash.rodata2", drom + 0x10008, 0x100),
            section(".flash.text", irom + 0x30018, 0x300),
            section(".iram0.vectors", iram, 0x300),
            section(".rtc.data", rtc, 0x10),
        ]),
        # A second-stage bootloader: RAM only, its description first whatever its address.
        chip + "_bootdesc_shape.elf": (iram + 0x100, [
            section(".iram0.text", iram + 0x100, 0x400),
            section(".dram0.data", dram + 0x100, 0x40),
            section(".dram0.bootdesc", dram + 0x800, 0x50),
        ]),
        # Zeroed flash data where --elf-sha256-offset 0xb0 writes the ELF's digest.
        chip + "_sha_shape.elf": (irom + 0x10020, [
            section(".flash.rodata", drom + 0x20, 0x200, fill=0),
            section(".flash.text", irom + 0x10020, 0x40),
            section(".dram0.data", dram, 0x20),
        ]),
        # Seventeen RAM sections that do not touch: too many even after merging.
        chip + "_17seg.elf": (iram, ram_run(".dram0.data", dram, 17)),
        # Two flash sections in one 64 KiB page: refused.
        chip + "_shared_page.elf": (irom + 0x20, [
            section(".flash.text", irom + 0x20, 0x40),
            section(".flash.text2", irom + 0x8000, 0x40),
        ]),
    }


def mmu_page_shapes(chip, page, iram, dram, drom, irom):
    """Shapes for a chip whose flash MMU page is configurable, its smallest `page`
    bytes (docs/chips.md §13.4, §15.4): an app description aligned to that page and
    to 32 KB past the headers (5.x picks the page from it), one aligned to half the
    page (refused) and one aligned to none (5.x warns, keeps 64 KB), and two flash
    sections `page` apart (one MMU page at 64 KB, two at `page`)."""
    kb = page // 1024
    half = page // 2
    return {
        "%s_desc%dk_shape.elf" % (chip, kb): (iram, [
            section(".flash.appdesc", drom + page + 0x20, 0x100, fill=0, kind=APPDESC),
            section(".flash.rodata", drom + page + 0x120, 0x80),
            section(".flash.text", irom + 2 * page + 0x20, 0x200),
            section(".iram0.text", iram, 0x1234),
            section(".dram0.data", dram, 0x40),
        ]),
        # The description's page field is log2 of the page: 15 is 32 KB.
        "%s_desc32k_shape.elf" % chip: (iram, [
            section(".flash.appdesc", drom + 0x8020, 0x100, fill=15, kind=APPDESC),
            section(".flash.text", irom + 0x10020, 0x100),
            section(".iram0.text", iram, 0x300),
        ]),
        "%s_desc%dk_shape.elf" % (chip, half // 1024): (iram, [
            section(".flash.appdesc", drom + half + 0x20, 0x100, fill=half.bit_length() - 1,
                    kind=APPDESC),
            section(".iram0.text", iram, 0x300),
        ]),
        "%s_unaligned_desc_shape.elf" % chip: (iram, [
            section(".flash.appdesc", drom + 0x120, 0x100, fill=0, kind=APPDESC),
            section(".flash.text", irom + 0x10020, 0x100),
            section(".dram0.data", dram, 0x20),
        ]),
        "%s_shared%dk_shape.elf" % (chip, kb): (irom + 0x20, [
            section(".flash.text", irom + 0x20, 0x40),
            section(".flash.text2", irom + page + 0x20, 0x40),
            section(".iram0.text", iram, page + 0x100),
        ]),
    }


SHAPES.update(c3_s3_shapes("esp32c3", iram=0x40380000, dram=0x3FC80000, drom=0x3C000000,
                           irom=0x42000000, rtc=0x50000000))
SHAPES.update(c3_s3_shapes("esp32s3", iram=0x40378000, dram=0x3FC88000, drom=0x3C000000,
                           irom=0x42000000, rtc=0x600FE000))
SHAPES.update(c3_s3_shapes("esp32c6", iram=0x40800000, dram=0x40830000, drom=0x42800000,
                           irom=0x42000000, rtc=0x50000000))
SHAPES.update(mmu_page_shapes("esp32c6", 0x2000, iram=0x40800000, dram=0x40830000,
                              drom=0x42800000, irom=0x42000000))
SHAPES.update({     # the ESP32-C6's own (docs/chips.md §13.3)
    # Code and data meet at the IROM/DROM halves of the one flash window
    # (merged: both regions span it); LP memory, and RAM in several pieces.
    "esp32c6_union_shape.elf": (0x40800010, [
        section(".flash.text", 0x427FFF00, 0x100),
        section(".flash.rodata", 0x42800000, 0x104),
        section(".iram0.vectors", 0x40800000, 0x10),
        section(".iram0.text", 0x40800010, 0x4F0),
        section(".dram0.data", 0x40810000, 0x22),
        section(".rtc.text", 0x50000000, 0x40),
        section(".rtc.data", 0x50000040, 0x10),
        section(".lp.reserved", 0x50003FF0, 0x10),
    ]),
})
# ESP32-S2: lx106 code in the S2's map; the boundary is RTC_DRAM's end inside
# the byte-accessible internal memory.
SHAPES.update(c3_s3_shapes("esp32s2", iram=0x40022000, dram=0x3FFB8000, drom=0x3F000000,
                           irom=0x40080000, rtc=0x3FF9E000))

# The ESP32-H2 (docs/chips.md §16.3, §16.4): the shared shapes in its SRAM, and
# the C6's page shapes again (its flash MMU page is configurable the same way).
SHAPES.update(c3_s3_shapes("esp32h2", iram=0x40800000, dram=0x40830000, drom=0x42800000,
                           irom=0x42000000, rtc=0x50000000))
SHAPES.update({"esp32h2" + name[len("esp32c6"):]: shape for name, shape in list(SHAPES.items())
               if name.startswith("esp32c6_") and name[len("esp32c6_"):] in (
                   "desc8k_shape.elf", "desc32k_shape.elf", "unaligned_desc_shape.elf",
                   "shared8k_shape.elf", "union_shape.elf")})

# The ESP32-C2 (docs/chips.md §15.3, §15.4): the C3's shapes at its addresses (its
# DRAM ends at 0x3FCE0000 inside the byte-accessible range), and its own for the
# 16-64 KB MMU page.
SHAPES.update(c3_s3_shapes("esp32c2", iram=0x40380000, dram=0x3FCC0000, drom=0x3C000000,
                           irom=0x42000000, rtc=0x50000000))
SHAPES.update(mmu_page_shapes("esp32c2", 0x4000, iram=0x40380000, dram=0x3FCC0000,
                              drom=0x3C000000, irom=0x42000000))

# The ESP32-P4, -C5 and -C61 (docs/chips.md §18.3, §19.3, §20.3): the shared shapes in
# their maps (the P4's one flash window at 0x40000000, code and data in its HP L2 memory;
# the C5's and C61's 32 MB window at 0x42000000), and the C6's page shapes for the C61,
# whose MMU page is configurable as the C6's (docs/chips.md §20.4).
SHAPES.update(c3_s3_shapes("esp32p4", iram=0x4FF00000, dram=0x4FF30000, drom=0x40800000,
                           irom=0x40000000, rtc=0x50108000))
for _chip in ("esp32c5", "esp32c61"):
    SHAPES.update(c3_s3_shapes(_chip, iram=0x40800000, dram=0x40830000, drom=0x42800000,
                               irom=0x42000000, rtc=0x50000000))
SHAPES.update(mmu_page_shapes("esp32c61", 0x2000, iram=0x40800000, dram=0x40830000,
                              drom=0x42800000, irom=0x42000000))
SHAPES.update({     # a flash-page shape in each new map: code and data meeting in one window
    chip + "_union_shape.elf": (iram + 0x10, [
        section(".flash.text", window + 0x7FFF00, 0x100),
        section(".flash.rodata", window + 0x800000, 0x104),
        section(".iram0.vectors", iram, 0x10),
        section(".iram0.text", iram + 0x10, 0x4F0),
        section(".dram0.data", iram + 0x10000, 0x22),
        section(".rtc.text", rtc, 0x40),
        section(".rtc.data", rtc + 0x40, 0x10),
    ]) for chip, iram, window, rtc in (("esp32p4", 0x4FF00000, 0x40000000, 0x50108000),
                                       ("esp32c5", 0x40800000, 0x42000000, 0x50000000),
                                       ("esp32c61", 0x40800000, 0x42000000, 0x50000000))})


def shape_sources(entry, sections):
    """-> (assembler text, linker script text) for one shape."""
    asm = ["/* generated by test/elf/build.py */"]
    ld = ["/* generated by test/elf/build.py */", "_entry = 0x%08x;" % entry,
          "ENTRY(_entry)", "SECTIONS", "{"]
    for index, (name, addr, size, fill, kind) in enumerate(sections):
        flags = '"aw",@%s' % kind
        asm.append("    .section in%d,%s" % (index, flags))
        if kind == APPDESC:        # magic word, zeros, the page byte at 180, zeros
            flags = '"aw",@progbits'
            asm[-1] = "    .section in%d,%s" % (index, flags)
            asm.append("    .4byte 0xABCD5432\n    .fill 176, 1, 0\n    .byte 0x%02x\n"
                       "    .fill 0x%x, 1, 0" % (fill, size - 181))
        elif size:
            asm.append("    .skip 0x%x" % size if kind == NOBITS
                       else "    .fill 0x%x, 1, 0x%02x" % (size, fill))
        # ". = ALIGN(1)" keeps an empty section, as SDK scripts do.
        keep_empty = "" if size else " . = ALIGN(1);"
        nolo = " (NOLOAD)" if kind == NOBITS else ""
        ld.append("    %s 0x%08x%s : {%s KEEP(*(in%d)) }" % (name, addr, nolo, keep_empty, index))
    ld.append("}")
    return "\n".join(asm) + "\n", "\n".join(ld) + "\n"


def run(cmd):
    subprocess.run(cmd, check=True)


def build_app_object(outdir, elf_name):
    cc, cflags, _ = toolchain(elf_name)
    obj = os.path.join(outdir, "app-%s.o" % os.path.basename(cc))
    run([cc] + cflags + ["-c", os.path.join(HERE, "src", "app.c"), "-o", obj])
    return obj


def build_shape(name, outdir, gendir):
    entry, sections = SHAPES[name]
    asm, script = shape_sources(entry, sections)
    base = os.path.join(gendir, os.path.splitext(name)[0])
    with open(base + ".S", "w") as f:
        f.write(asm)
    with open(base + ".ld", "w") as f:
        f.write(script)
    cc, _, arch = toolchain(name)
    run([cc] + arch + LDFLAGS + ["-T", base + ".ld", base + ".S",
                                 "-o", os.path.join(outdir, name)])


def build_all(outdir, gendir):
    os.makedirs(gendir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in REALISTIC.items():
            cc, _, arch = toolchain(name)
            run([cc] + arch + LDFLAGS + ["-T", os.path.join(HERE, "ld", script),
                                         build_app_object(tmp, name),
                                         "-o", os.path.join(outdir, name)])
    for name in SHAPES:
        build_shape(name, outdir, gendir)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="build into a temp dir and report ELFs that differ from the committed ones")
    args = parser.parse_args()
    if not args.check:
        build_all(HERE, os.path.join(HERE, "gen"))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build_all(tmp, os.path.join(tmp, "gen"))
        names = list(REALISTIC) + list(SHAPES)
        differ = [n for n in names if not filecmp.cmp(os.path.join(tmp, n), os.path.join(HERE, n),
                                                     shallow=False)]
    for name in differ:
        print("differs: %s" % name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
