"""The SFDP table the simulated flash answers Read SFDP (0x5A) with.

A modest table built from the fields of JEDEC JESD216 (docs/sfdp.md): the SFDP
header, one parameter header, and the 9-DWORD JEDEC Basic Flash Parameter
Table of revision 1.0, describing a W25Q-style part of the simulated size
(4 KiB / 32 KiB / 64 KiB erases, 1-1-2, 1-2-2, 1-1-4 and 1-4-4 fast reads,
3-byte addresses, or 3 or 4 past 16 MiB). Past the table, the SFDP space reads 0xFF.
"""
import struct

RDSFDP = 0x5A
DUMMY_CYCLES = 8                      # docs/sfdp.md §2
SIGNATURE = 0x50444653                # "SFDP", low byte first (docs/sfdp.md §3)
SFDP_REVISION = (0, 1)                # minor, major: JESD216 (docs/sfdp.md §3)
BFPT_REVISION = (0, 1)
BFPT_ADDRESS = 0x30                   # DWORD-aligned (docs/sfdp.md §4); 0x10-0x2F: 0xFF
BFPT_DWORDS = 9
UNUSED = 0xFF


def bfpt_dwords(size):
    """The Basic Flash Parameter Table's nine DWORDs (docs/sfdp.md §5)."""
    dword1 = (0b01                    # bits 1:0: 4 KiB erase everywhere
              | 1 << 2                # write granularity: 64 bytes or more
              | 0b111 << 5            # unused
              | 0x20 << 8             # 4 KiB erase opcode
              | 1 << 16               # 1-1-2 fast read
              | (size > 16 << 20) << 17    # address bytes: 3 only, or 3 or 4 past 16 MiB
              | 1 << 20               # 1-2-2 fast read
              | 1 << 21               # 1-4-4 fast read
              | 1 << 22               # 1-1-4 fast read
              | 0x1FF << 23)          # unused
    dword2 = size * 8 - 1             # density in bits, minus one (up to 2 Gbit)
    dword3 = 4 | 2 << 5 | 0xEB << 8 | 8 << 16 | 0 << 21 | 0x6B << 24     # 1-4-4, 1-1-4
    dword4 = 8 | 0 << 5 | 0x3B << 8 | 0 << 16 | 4 << 21 | 0xBB << 24     # 1-1-2, 1-2-2
    dword5 = 0xFFFFFFEE               # neither 2-2-2 nor 4-4-4
    dword6 = dword7 = 0x0000FFFF      # their (absent) instructions
    dword8 = 12 | 0x20 << 8 | 15 << 16 | 0x52 << 24      # erase types 1, 2: 2^12, 2^15 bytes
    dword9 = 16 | 0xD8 << 8                               # erase type 3: 2^16 bytes; no type 4
    return [dword1, dword2, dword3, dword4, dword5, dword6, dword7, dword8, dword9]


def sfdp_table(size):
    """The SFDP space of a flash of `size` bytes, up to the end of its BFPT."""
    header = struct.pack("<IBBBB", SIGNATURE, SFDP_REVISION[0], SFDP_REVISION[1],
                         0, UNUSED)                       # 0: one parameter header
    parameter_header = struct.pack("<BBBB", 0x00, BFPT_REVISION[0], BFPT_REVISION[1],
                                   BFPT_DWORDS) + BFPT_ADDRESS.to_bytes(3, "little") + b"\xff"
    table = bytearray(b"\xff" * BFPT_ADDRESS)
    table[:16] = header + parameter_header
    return bytes(table) + struct.pack("<%dI" % BFPT_DWORDS, *bfpt_dwords(size))


def read_sfdp(size, address, count, dummy_cycles):
    """What the flash drives on MISO for `count` bytes of Read SFDP at `address`.
    A host that sends no dummy byte samples the line while the flash still waits:
    it reads 0xFF (nothing drives the line) and then the table one byte late."""
    table = sfdp_table(size)
    data = table[address:address + count]
    data += b"\xff" * (count - len(data))
    if dummy_cycles != DUMMY_CYCLES:
        data = (b"\xff" + data)[:count]
    return data
