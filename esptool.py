#!/usr/bin/env python3
#
# esptool.py - talk to the ROM serial bootloader of ESP8266 and ESP32 chips,
# and build the firmware images those bootloaders load.
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License version 2 as published by
# the Free Software Foundation. See the file LICENSE.
"""Flash and inspect ESP8266 / ESP32 chips over their ROM serial bootloader.

This module is deliberately a single file: SDKs copy it next to pyserial and
run it from there. Read it top to bottom, section by section:

  1. constants and errors      protocol tables, FatalError
  2. small utilities           argument parsing helpers, atomic file writes
  3. transport and SLIP        framing, a pure decoder
  4. ESPLoader                 the ROM command protocol shared by all chips
  5. chip classes              per-chip facts as class attributes, stub variants
  6. ELF and images            ELF reader, firmware image readers/writers
  7. commands                  one function per subcommand
  8. CLI                       argument parser, command table, main()

The offline commands (elf2image, image_info, make_image, version) never need
pyserial; it is imported only when a command opens a port.
"""

import argparse
import hashlib
import os
import shlex
import struct
import sys
import tempfile

__version__ = "2.4.0.dev0"


# ---------------------------------------------------------------------------
# 1. Constants and errors
# ---------------------------------------------------------------------------

ESP_ROM_BAUD = 115200          # every connection starts here (PROTOCOL.md §1)
DEFAULT_PORT = None            # None: try the ports the system lists


class FatalError(RuntimeError):
    """A failure the user must hear about: one line, plus an optional hint.

    Raised anywhere below; caught once in main(), printed as
    'A fatal error occurred: <message>' and turned into exit status 2.
    """

    def __init__(self, message, hint=None):
        super().__init__(message)
        self.hint = hint


class NotImplementedInROMError(FatalError):
    """The connected loader (usually a ROM) lacks the command asked for."""

    def __init__(self, loader, what):
        super().__init__("%s ROM does not support %s" % (loader.CHIP_NAME, what),
                         hint="run without --no-stub so the flasher stub can do it")


# ---------------------------------------------------------------------------
# 2. Small utilities
# ---------------------------------------------------------------------------

def arg_auto_int(text):
    """Parse '0x1000', '4096' or '0o10' the way C would."""
    return int(text, 0)


def write_file_atomically(path, data, mode=None):
    """Write `data` to `path` whole or not at all (temp file + rename)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def import_pyserial():
    """Import pyserial on first use, so offline commands work without it."""
    try:
        import serial  # noqa: F401
        import serial.tools.list_ports  # noqa: F401
    except ImportError:
        raise FatalError("this command talks to a chip and needs pyserial, which is not installed",
                         hint="install it with: python3 -m pip install pyserial")
    return serial


# ---------------------------------------------------------------------------
# 3. Transport and SLIP
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 4. ESPLoader: the ROM command protocol
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 5. Chip classes
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 6. ELF and firmware images
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def not_implemented(args):
    raise FatalError("'%s' is not implemented yet" % args.operation)


def version(args):
    print(__version__)


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

CHIP_CHOICES = ["auto", "esp8266", "esp32"]
FLASH_MODES = ["qio", "qout", "dio", "dout"]
FLASH_FREQS = ["40m", "26m", "20m", "80m"]
# The union of both chips' size names; the chip checks its own list later.
FLASH_SIZE_NAMES = ["256KB", "512KB", "1MB", "2MB", "4MB", "2MB-c1", "4MB-c1",
                    "8MB", "16MB"]
MEGABIT_SIZES = {"2m": "256KB", "4m": "512KB", "8m": "1MB", "16m": "2MB",
                 "32m": "4MB", "16m-c1": "2MB-c1", "32m-c1": "4MB-c1"}


class FlashSizeAction(argparse.Action):
    """--flash_size: byte sizes, plus the old megabit names with a warning."""

    def __init__(self, option_strings, dest, allow_detect=False, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.allow_detect = allow_detect

    def __call__(self, parser, namespace, value, option_string=None):
        if value in MEGABIT_SIZES:
            new = MEGABIT_SIZES[value]
            print("WARNING: Flash size arguments in megabits like '%s' are deprecated." % value)
            print("Please use the equivalent size '%s'." % new)
            print("Megabit arguments may be removed in a future release.")
            value = new
        known = FLASH_SIZE_NAMES + (["detect"] if self.allow_detect else [])
        if value not in known:
            raise argparse.ArgumentError(
                self, "%s is not a known flash size. Known sizes: %s" % (value, ", ".join(known)))
        setattr(namespace, self.dest, value)


class SpiConnectionAction(argparse.Action):
    """--spi-connection: SPI, HSPI, or five pins CLK,Q,D,HD,CS -> config word."""

    def __call__(self, parser, namespace, value, option_string=None):
        setattr(namespace, self.dest, parse_spi_connection(self, value))


def parse_spi_connection(action, value):
    if value.upper() == "SPI":
        return 0
    if value.upper() == "HSPI":
        return 1
    parts = value.split(",")
    if len(parts) != 5:
        raise argparse.ArgumentError(
            action, "%s is not a valid spi-connection value: use SPI, HSPI or five "
            "comma-separated pin numbers CLK,Q,D,HD,CS" % value)
    try:
        clk, q, d, hd, cs = [int(p, 0) for p in parts]
    except ValueError:
        raise argparse.ArgumentError(action, "%s: every pin must be a number" % value)
    if any(not 0 <= pin <= 33 for pin in (clk, q, d, hd, cs)):
        raise argparse.ArgumentError(action, "pin numbers must be in the range 0-33")
    # Five 6-bit fields, PROTOCOL.md §5.7.
    return (hd << 24) | (cs << 18) | (d << 12) | (q << 6) | clk


class AddrFilenamePairAction(argparse.Action):
    """<address> <filename> pairs; files are opened now so typos fail early."""

    def __init__(self, option_strings, dest, nargs="+", **kwargs):
        super().__init__(option_strings, dest, nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if len(values) % 2:
            raise argparse.ArgumentError(
                self, "must be pairs of an address and the binary filename to write there")
        pairs = []
        for addr_text, filename in zip(values[0::2], values[1::2]):
            try:
                address = int(addr_text, 0)
            except ValueError:
                raise argparse.ArgumentError(self, 'address "%s" must be a number' % addr_text)
            try:
                with open(filename, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise argparse.ArgumentError(self, "cannot read %s: %s" % (filename, e.strerror))
            pairs.append((address, filename, data))
        pairs.sort(key=lambda pair: pair[0])
        setattr(namespace, self.dest, pairs)


def add_spi_connection_arg(parser):
    parser.add_argument("--spi-connection", "-sc", action=SpiConnectionAction,
                        help="ESP32 only: flash pins to use instead of the default: SPI, HSPI, "
                             "or five pin numbers CLK,Q,D,HD,CS")


def add_flash_params_args(parser, for_elf2image):
    """--flash_freq/--flash_mode/--flash_size, with the defaults each command needs."""
    keep = [] if for_elf2image else ["keep"]
    parser.add_argument("--flash_freq", "-ff", choices=keep + FLASH_FREQS,
                        default=os.environ.get("ESPTOOL_FF", "40m" if for_elf2image else "keep"),
                        help="SPI flash clock frequency")
    parser.add_argument("--flash_mode", "-fm", choices=keep + FLASH_MODES,
                        default=os.environ.get("ESPTOOL_FM", "qio" if for_elf2image else "keep"),
                        help="SPI flash mode")
    parser.add_argument("--flash_size", "-fs", action=FlashSizeAction,
                        allow_detect=not for_elf2image,
                        default=os.environ.get("ESPTOOL_FS", "1MB" if for_elf2image else "detect"),
                        help="SPI flash size (1MB, 2MB, 4MB, ...; 'detect' reads the flash ID)")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="esptool",
        description="esptool.py v%s - flash and inspect ESP8266 and ESP32 chips" % __version__)
    parser.add_argument("--chip", "-c", choices=CHIP_CHOICES,
                        default=os.environ.get("ESPTOOL_CHIP", "auto"),
                        help="target chip (default: detect it)")
    parser.add_argument("--port", "-p", default=os.environ.get("ESPTOOL_PORT", DEFAULT_PORT),
                        help="serial port or pyserial URL (rfc2217://, socket://, espsim://)")
    parser.add_argument("--baud", "-b", type=arg_auto_int,
                        default=os.environ.get("ESPTOOL_BAUD", ESP_ROM_BAUD),
                        help="baud rate for transfers (the connection starts at 115200)")
    parser.add_argument("--before", choices=["default_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_BEFORE", "default_reset"),
                        help="how to get the chip into its bootloader")
    parser.add_argument("--after", "-a", choices=["hard_reset", "soft_reset", "no_reset"],
                        default=os.environ.get("ESPTOOL_AFTER", "hard_reset"),
                        help="what to do with the chip when done")
    parser.add_argument("--no-stub", action="store_true",
                        help="talk to the ROM bootloader only; do not upload the flasher stub")
    parser.add_argument("--trace", "-t", action="store_true",
                        help="print every packet sent and received")

    sub = parser.add_subparsers(dest="operation", metavar="<command>",
                                help="run 'esptool <command> -h' for its options")

    p = sub.add_parser("load_ram", help="load an image into RAM and run it")
    p.add_argument("filename", help="firmware image")

    p = sub.add_parser("dump_mem", help="copy a range of chip memory to a file")
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")

    p = sub.add_parser("read_mem", help="read one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to read")

    p = sub.add_parser("write_mem", help="write one 32-bit word of chip memory")
    p.add_argument("address", type=arg_auto_int, help="address to write")
    p.add_argument("value", type=arg_auto_int, help="value")
    p.add_argument("mask", type=arg_auto_int, nargs="?", default=0xFFFFFFFF,
                   help="only these bits are changed (default: all)")

    p = sub.add_parser("write_flash", help="write binary files to flash")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file to write there; repeat for more files")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")
    p.add_argument("--verify", action="store_true",
                   help="read back and compare after writing (write_flash already checks an MD5)")
    compress = p.add_mutually_exclusive_group()
    compress.add_argument("--compress", "-z", action="store_true", default=None,
                          help="compress data on the wire (default where the loader can)")
    compress.add_argument("--no-compress", "-u", action="store_true",
                          help="send data uncompressed")

    sub.add_parser("run", help="run the application in flash")

    p = sub.add_parser("image_info", help="show the headers and segments of a firmware image")
    p.add_argument("filename", help="image file")

    p = sub.add_parser("make_image", help="build an ESP8266 image from raw segment files")
    p.add_argument("output", help="output file name prefix")
    p.add_argument("--segfile", "-f", action="append", help="segment file (repeat)")
    p.add_argument("--segaddr", "-a", action="append", type=arg_auto_int,
                   help="load address of the matching --segfile (repeat)")
    p.add_argument("--entrypoint", "-e", type=arg_auto_int, default=0, help="entry point address")

    p = sub.add_parser("elf2image", help="convert an ELF file into a flashable image")
    p.add_argument("input", help="ELF file from the linker")
    p.add_argument("--output", "-o", type=str,
                   help="output prefix (ESP8266 version 1) or file name (other images)")
    p.add_argument("--version", "-e", choices=["1", "2"], default="1",
                   help="ESP8266 image version")
    add_flash_params_args(p, for_elf2image=True)

    sub.add_parser("read_mac", help="read the MAC address")
    sub.add_parser("chip_id", help="read the chip ID")

    p = sub.add_parser("flash_id", help="read the SPI flash manufacturer and device ID")
    add_spi_connection_arg(p)

    p = sub.add_parser("read_flash_status", help="read the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to read")

    p = sub.add_parser("write_flash_status", help="write the SPI flash status register")
    add_spi_connection_arg(p)
    p.add_argument("--non-volatile", action="store_true",
                   help="write the non-volatile bits (they survive power off: be careful)")
    p.add_argument("--bytes", type=int, choices=[1, 2, 3], default=2,
                   help="status bytes to write")
    p.add_argument("value", type=arg_auto_int, help="new value")

    p = sub.add_parser("read_flash", help="copy a range of flash to a file")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address")
    p.add_argument("size", type=arg_auto_int, help="number of bytes")
    p.add_argument("filename", help="output file")
    p.add_argument("--no-progress", "-p", action="store_true", help="print no progress")

    p = sub.add_parser("verify_flash", help="compare files with what the flash holds")
    p.add_argument("addr_filename", metavar="<address> <filename>", action=AddrFilenamePairAction,
                   help="address followed by the file expected there; repeat for more files")
    p.add_argument("--diff", "-d", choices=["no", "yes"], default="no",
                   help="list the differing bytes")
    add_flash_params_args(p, for_elf2image=False)
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_flash", help="erase the whole flash chip")
    add_spi_connection_arg(p)

    p = sub.add_parser("erase_region", help="erase a range of flash")
    add_spi_connection_arg(p)
    p.add_argument("address", type=arg_auto_int, help="start address (multiple of 4096)")
    p.add_argument("size", type=arg_auto_int, help="number of bytes (multiple of 4096)")

    sub.add_parser("version", help="print the esptool version")
    return parser


# name -> (function, needs a connected chip). Filled in by the sections above
# as commands are implemented; see COMMANDS below.
OFFLINE_COMMANDS = {
    "version": version,
    "elf2image": not_implemented,
    "image_info": not_implemented,
    "make_image": not_implemented,
}
CHIP_COMMANDS = {
    name: not_implemented for name in (
        "load_ram", "dump_mem", "read_mem", "write_mem", "write_flash", "run",
        "read_mac", "chip_id", "flash_id", "read_flash_status", "write_flash_status",
        "read_flash", "verify_flash", "erase_flash", "erase_region")
}


def expand_file_arguments(argv):
    """'@file' arguments are replaced by the words in that file."""
    expanded = []
    for arg in argv:
        if arg.startswith("@"):
            try:
                with open(arg[1:]) as f:
                    for line in f:
                        expanded += shlex.split(line)
            except OSError as e:
                raise FatalError("cannot read argument file %s: %s" % (arg[1:], e.strerror))
        else:
            expanded.append(arg)
    if expanded != list(argv):
        print("esptool.py %s" % " ".join(expanded))
    return expanded


def run_command(args):
    print("esptool.py v%s" % __version__)
    if args.operation in OFFLINE_COMMANDS:
        OFFLINE_COMMANDS[args.operation](args)
    else:
        CHIP_COMMANDS[args.operation](args)


def main(argv=None):
    """Entry point for the console script and `python -m esptool`."""
    try:
        argv = expand_file_arguments(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.operation is None:
            parser.print_help()
            return 1
        run_command(args)
        return 0
    except FatalError as e:
        print("\nA fatal error occurred: %s" % e)
        if e.hint:
            print("Hint: %s" % e.hint)
        return 2
    except KeyboardInterrupt:
        print("\nInterrupted: the operation did not finish.")
        return 130


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
