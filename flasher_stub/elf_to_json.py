#!/usr/bin/env python3
"""Turn a linked stub ELF into the JSON description the host needs
(docs/protocol.md §10.1): text bytes and load address, data bytes and load
address, entry point, plus the .bss range for the record.

Usage: elf_to_json.py STUB.elf OUT.json

Standard library only; the output is byte-for-byte reproducible."""
import base64
import json
import struct
import sys

EM_XTENSA = 94
EM_RISCV = 243      # the ESP32-C3 build


def read_sections(elf):
    """Map section name -> (address, size, file offset, type)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 1 or elf[5] != 1:
        raise SystemExit("not a 32-bit little-endian ELF file")
    (machine,) = struct.unpack_from("<H", elf, 18)
    if machine not in (EM_XTENSA, EM_RISCV):
        raise SystemExit("not an Xtensa or RISC-V ELF file")
    shoff, = struct.unpack_from("<I", elf, 32)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 46)

    headers = [struct.unpack_from("<IIIIIIIIII", elf, shoff + i * shentsize) for i in range(shnum)]
    names_offset = headers[shstrndx][4]

    def name_at(offset):
        end = elf.index(b"\0", names_offset + offset)
        return elf[names_offset + offset:end].decode()

    return {name_at(h[0]): (h[3], h[5], h[4], h[1]) for h in headers}


def segment_bytes(elf, sections, name):
    address, size, offset, _ = sections[name]
    return elf[offset:offset + size], address


def describe(elf):
    sections = read_sections(elf)
    (entry,) = struct.unpack_from("<I", elf, 24)
    text, text_start = segment_bytes(elf, sections, ".text")
    data, data_start = segment_bytes(elf, sections, ".data") if ".data" in sections else (b"", 0)
    bss_start, bss_size = sections[".bss"][:2] if ".bss" in sections else (0, 0)
    # docs/protocol.md §5.4: RAM download segments are sent in whole words.
    text += b"\0" * (-len(text) % 4)
    data += b"\0" * (-len(data) % 4)
    return {
        "text": base64.b64encode(text).decode(),
        "text_start": text_start,
        "data": base64.b64encode(data).decode(),
        "data_start": data_start,
        "entry": entry,
        "bss_start": bss_start,
        "bss_size": bss_size,
    }


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    with open(argv[1], "rb") as f:
        description = describe(f.read())
    with open(argv[2], "w") as f:
        json.dump(description, f, indent=1, sort_keys=True)
        f.write("\n")
    print("%s: text %d bytes @ 0x%08x, data %d bytes @ 0x%08x, bss %d bytes @ 0x%08x, entry 0x%08x" % (
        argv[2], len(base64.b64decode(description["text"])), description["text_start"],
        len(base64.b64decode(description["data"])), description["data_start"],
        description["bss_size"], description["bss_start"], description["entry"]))


if __name__ == "__main__":
    main(sys.argv)
