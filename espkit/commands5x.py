# GPLv2, see LICENSE.
"""Two commands upstream 5.x has and v2.3 had not (issue 23, item 10):
get_security_info (the ROM's GET_SECURITY_INFO, docs/cli-5x.md §3) and
read_flash_sfdp (the flash's SFDP table through the SPI user-command
registers, docs/sfdp.md)."""
import argparse
import struct

from esptool import (Command, ESP8266ROM, FatalError, Op, add_spi_connection_arg, arg_auto_int,
                     flash_id)

# docs/cli-5x.md §3: the flag bits of GET_SECURITY_INFO's first word.
SECURE_BOOT_EN = 1 << 0
SECURE_BOOT_AGGRESSIVE_REVOKE = 1 << 1
SECURE_BOOT_KEY_REVOKE = (1 << 3, 1 << 4, 1 << 5)
SOFT_DIS_JTAG = 1 << 6
HARD_DIS_JTAG = 1 << 7
DIS_USB = 1 << 8
DIS_DOWNLOAD_DCACHE = 1 << 9
DIS_DOWNLOAD_ICACHE = 1 << 10
KEY_BLOCKS = 6                       # BLOCK_KEY0..5 (the reply has 7 purpose bytes)

# docs/cli-5x.md §3: eFuse key purpose values, by chip.
_PURPOSES = {0: "USER/EMPTY", 1: "RESERVED", 2: "XTS_AES_256_KEY_1", 3: "XTS_AES_256_KEY_2",
             4: "XTS_AES_128_KEY", 5: "HMAC_DOWN_ALL", 6: "HMAC_DOWN_JTAG",
             7: "HMAC_DOWN_DIGITAL_SIGNATURE", 8: "HMAC_UP", 9: "SECURE_BOOT_DIGEST0",
             10: "SECURE_BOOT_DIGEST1", 11: "SECURE_BOOT_DIGEST2"}
_WITHOUT_XTS_256 = {k: v for k, v in _PURPOSES.items() if k not in (2, 3)}
KEY_PURPOSES = {
    "ESP32-S2": _PURPOSES, "ESP32-S3": _PURPOSES,
    "ESP32-C3": _WITHOUT_XTS_256, "ESP32-C6": _WITHOUT_XTS_256,
    "ESP32-H2": {**_PURPOSES, 1: "ECDSA_KEY"},
    "ESP32-C2": {},                  # its key block has no purpose field
}

# docs/sfdp.md §2: the Read SFDP instruction.
SPIFLASH_RDSFDP = 0x5A
SFDP_ADDRESS_BITS = 24
SFDP_DUMMY_CYCLES = 8
SPI_USR_DUMMY = 1 << 29
SPI_USR1_ADDR_BITLEN_SHIFT = 26
SPI_USR1_MISO_BITLEN_SHIFT = 8       # the ESP8266 keeps its MISO length in USR1


def register(extensions):
    extensions.commands += [
        Command("get_security_info", get_security_info,
                "show the chip's security state as its ROM reports it (ESP32-S2 and later)"),
        Command("read_flash_sfdp", read_flash_sfdp,
                "read 1-4 bytes of the flash's SFDP table (JEDEC JESD216)", read_flash_sfdp_args),
    ]


# -- get_security_info ----------------------------------------------------------------

def get_security_info(esp, args):
    for line in security_info_lines(esp.CHIP_NAME, read_security_info(esp)):
        esp.reporter.message(line)


def read_security_info(esp):
    """GET_SECURITY_INFO's reply -> (flags, crypt count, 7 key purposes, chip ID or None,
    API version or None); docs/chips.md §2.2."""
    if esp.CHIP_NAME in ("ESP8266", "ESP32"):
        raise FatalError("%s has no GET_SECURITY_INFO: its ROM predates the command "
                         "(the ESP32-S2 and later have it)" % esp.CHIP_NAME,
                         hint="espefuse.py summary shows the ESP32's security eFuses")
    data = esp.check_command("get security info", Op.GET_SECURITY_INFO)
    if isinstance(data, int) or len(data) < 12:
        raise FatalError("the chip's GET_SECURITY_INFO reply is too short (%d bytes)"
                         % (0 if isinstance(data, int) else len(data)))
    flags, crypt_count, *purposes = struct.unpack_from("<IB7B", data)
    chip_id, api_version = struct.unpack_from("<II", data, 12) if len(data) >= 20 else (None,
                                                                                       None)
    return flags, crypt_count, tuple(purposes), chip_id, api_version


def security_info_lines(chip_name, info):
    """The report, in upstream 5.x's lines (docs/cli-5x.md §3)."""
    flags, crypt_count, purposes, chip_id, api_version = info
    title = "Security Information:"
    lines = [title, "=" * len(title), "Flags: 0x%08x (%s)" % (flags, bin(flags))]
    names = KEY_PURPOSES.get(chip_name, {})
    if names:
        lines.append("Key Purposes: %s" % (purposes,))
        lines += ["  BLOCK_KEY%d - %s" % (n, names.get(p, "UNKNOWN"))
                  for n, p in enumerate(purposes[:KEY_BLOCKS])]
    if chip_id is not None:
        lines += ["Chip ID: %d" % chip_id, "API Version: %d" % api_version]
    lines += secure_boot_lines(flags)
    lines.append("Flash Encryption: %s" % ("Enabled" if bin(crypt_count).count("1") % 2
                                           else "Disabled"))
    lines.append("SPI Boot Crypt Count (SPI_BOOT_CRYPT_CNT): 0x%x" % crypt_count)
    lines += [text for bit, text in ((DIS_DOWNLOAD_DCACHE, "Dcache in UART download mode: "
                                      "Disabled"),
                                     (DIS_DOWNLOAD_ICACHE, "Icache in UART download mode: "
                                      "Disabled")) if flags & bit]
    if flags & HARD_DIS_JTAG:
        lines.append("JTAG: Permanently Disabled")
    elif flags & SOFT_DIS_JTAG:
        lines.append("JTAG: Software Access Disabled")
    if flags & DIS_USB:
        lines.append("USB Access: Disabled")
    return lines


def secure_boot_lines(flags):
    if not flags & SECURE_BOOT_EN:
        return ["Secure Boot: Disabled"]
    lines = ["Secure Boot: Enabled"]
    if flags & SECURE_BOOT_AGGRESSIVE_REVOKE:
        lines.append("Secure Boot Aggressive key revocation: Enabled")
    revoked = [n for n, bit in enumerate(SECURE_BOOT_KEY_REVOKE) if flags & bit]
    if revoked:
        lines.append("Secure Boot Key Revocation Status:")
        lines += ["\tSecure Boot Key%d is Revoked" % n for n in revoked]
    return lines


# -- read_flash_sfdp ------------------------------------------------------------------

def read_flash_sfdp_args(p):
    add_spi_connection_arg(p)
    p.add_argument("address", type=sfdp_address, help="SFDP address (0: the header)")
    p.add_argument("bytes", type=sfdp_byte_count, nargs="?", default=1,
                   help="how many bytes to read, 1-4 (default 1)")


def sfdp_address(text):
    """An address the 24-bit address phase can carry (checked before the port opens)."""
    address = arg_auto_int(text)
    if not 0 <= address < 1 << SFDP_ADDRESS_BITS:
        raise argparse.ArgumentTypeError("SFDP address %s does not fit 24 bits" % text)
    return address


def sfdp_byte_count(text):
    """1-4: one user command reads at most one 32-bit word back."""
    count = arg_auto_int(text)
    if not 1 <= count <= 4:
        raise argparse.ArgumentTypeError("read_flash_sfdp reads 1 to 4 bytes at a time, not %s"
                                         % text)
    return count


def read_flash_sfdp(esp, args):
    flash_id(esp, args)                # which flash answers, as flash_id shows it
    value = read_sfdp(esp, args.address, args.bytes)
    shown = " ".join("0x%02x" % ((value >> (8 * i)) & 0xFF) for i in range(args.bytes))
    esp.reporter.message("Flash memory SFDP[%d..%d]: %s"
                         % (args.address, args.address + args.bytes - 1, shown))


def read_sfdp(esp, address, nbytes):
    """Read SFDP (0x5A): opcode, 24-bit address, 8 dummy clocks, then data
    (docs/sfdp.md §2), as a user command; -> the bytes read, LSB first, as a number.
    The controller's user-command registers are put back as they were."""
    registers = [esp.spi_reg(offset) for offset in (esp.SPI_USR_OFFS, esp.SPI_USR1_OFFS,
                                                      esp.SPI_USR2_OFFS)]
    saved = [esp.read_reg(register) for register in registers]
    try:
        esp.setup_spi_user_command(SPIFLASH_RDSFDP, 0, nbytes * 8, addr=address,
                                   addr_bits=SFDP_ADDRESS_BITS)
        usr1 = ((SFDP_ADDRESS_BITS - 1) << SPI_USR1_ADDR_BITLEN_SHIFT) | (SFDP_DUMMY_CYCLES - 1)
        if isinstance(esp, ESP8266ROM):     # its USR1 holds the data lengths too
            usr1 |= (nbytes * 8 - 1) << SPI_USR1_MISO_BITLEN_SHIFT
        esp.write_reg(registers[1], usr1)
        esp.write_reg(registers[0], esp.read_reg(registers[0]) | SPI_USR_DUMMY)
        esp.start_spi_command(addr=address, addr_bits=SFDP_ADDRESS_BITS)
        return esp.read_reg(esp.spi_reg(esp.SPI_W0_OFFS)) & ((1 << (8 * nbytes)) - 1)
    finally:
        for register, value in zip(registers, saved):
            esp.write_reg(register, value)
