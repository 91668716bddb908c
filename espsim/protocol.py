"""The serial download protocol's numbers, shared by the ROM loader and the stubs.

Opcodes (docs/protocol.md §5.1, §5.11), the ROM's and the stub's status codes
(docs/protocol.md §4.2, §4.3), the SYNC exchange (docs/protocol.md §5.2) and
the data checksum (docs/protocol.md §3.3). Defined here once, so the ROM
(rom.py) and the generic stub (stub.py) cannot drift apart.
"""
import enum


# -- opcodes (docs/protocol.md §5.1) --
class Op(enum.IntEnum):
    """Every command opcode espsim knows: the one table the ROM loader, both stubs
    and the chip facts name commands by. test/test_opcode_tables.py holds it
    against esptool.py's table and the C stub's commands.h."""
    FLASH_BEGIN = 0x02
    FLASH_DATA = 0x03
    FLASH_END = 0x04
    MEM_BEGIN = 0x05
    MEM_END = 0x06
    MEM_DATA = 0x07
    SYNC = 0x08
    WRITE_REG = 0x09
    READ_REG = 0x0A
    SPI_SET_PARAMS = 0x0B
    SPI_ATTACH = 0x0D
    READ_FLASH_SLOW = 0x0E
    CHANGE_BAUDRATE = 0x0F
    FLASH_DEFL_BEGIN = 0x10
    FLASH_DEFL_DATA = 0x11
    FLASH_DEFL_END = 0x12
    SPI_FLASH_MD5 = 0x13
    GET_SECURITY_INFO = 0x14           # ESP32-C3/-S3 ROMs (docs/chips.md §2.2)
    # stub only (docs/protocol.md §5.11)
    ERASE_FLASH = 0xD0
    ERASE_REGION = 0xD1
    READ_FLASH = 0xD2
    RUN_USER_CODE = 0xD3
    FLASH_SECTOR_MD5 = 0xDA            # our stub's only (docs/protocol.md §5.13)
    CHECKED_EXCHANGES = 0xE0           # our stub's only (docs/protocol.md §5.14)
    FLASH_WRITTEN_MD5 = 0xE1           # our stub's only (docs/protocol.md §5.16)


# -- SYNC (docs/protocol.md §5.2) --
SYNC_PAYLOAD = b"\x07\x07\x12\x20" + b"\x55" * 32
SYNC_REPLY_VALUE = 0x20120707          # the ROM's value; a stub answers 0
SYNC_REPLIES = 8

# -- ROM error codes: status [1, code] (docs/protocol.md §4.2) --
ROM_INVALID_PARAM = 0x01
ROM_UNSUPPORTED = 0x05
ROM_FAILED = 0x06
ROM_BAD_CHECKSUM = 0x07
ROM_INFLATE_FAILED = 0x0B

# -- stub status codes: status [code, 0] (docs/protocol.md §4.3) --
STUB_OK = 0x00
STUB_FAILED = 0x01
STUB_BAD_DATA_LEN = 0xC0
STUB_BAD_DATA_CHECKSUM = 0xC1
STUB_BAD_BLOCKSIZE = 0xC2
STUB_FAILED_SPI_OP = 0xC4
STUB_NOT_IN_FLASH_MODE = 0xC6
STUB_INFLATE_ERROR = 0xC7
STUB_NOT_ENOUGH_DATA = 0xC8
STUB_TOO_MUCH_DATA = 0xC9
STUB_BAD_REQUEST_CHECKSUM = 0xCA       # our stub's, checked exchanges (docs/protocol.md §5.14)
STUB_CMD_NOT_IMPLEMENTED = 0xFF

CHECKSUM_SEED = 0xEF


def checksum(data):
    """XOR of the bytes, seeded 0xEF: the data-packet checksum (docs/protocol.md §3.3),
    also the image checksum the boot ROM checks (docs/image-format.md §1.3)."""
    value = CHECKSUM_SEED
    for byte in data:
        value ^= byte
    return value
