# GPLv2, see LICENSE.
"""Secure Download Mode (docs/protocol.md §21): a chip whose ENABLE_SECURITY_DOWNLOAD
eFuse is burnt answers in its ROM only flash writes and erases (FLASH_BEGIN/DATA/END
and their compressed forms), SPI_ATTACH, SPI_SET_PARAMS, CHANGE_BAUDRATE,
GET_SECURITY_INFO and SYNC. Everything else, the stub upload, register reads and
writes, flash reads and MD5 included, gets the ROM's status 0x05.

esptool.py learns the mode at connect: GET_SECURITY_INFO's flags have bit 2 set.
Where the chip is named by its magic word (--chip esp32c3/esp32s3), that read is
refused first, and the connection is made again asking GET_SECURITY_INFO. Then the
commands run in ROM mode as far as the mode allows: write_flash (written, but not
verified: exit status 3, docs/differences.md), erase_region and get_security_info;
every other command is refused with one line saying why.
"""
import copy
import functools
import struct
import time

import esptool
from esptool import FatalError, Op

SECURE_DOWNLOAD_FLAG = 1 << 2          # GET_SECURITY_INFO flags (docs/protocol.md §21.1)
ROM_UNSUPPORTED = 0x05                 # the ROM's status for a refused command
UNVERIFIED_STATUS = 3                  # written, not verified (docs/differences.md)
# The largest flash the ROM is told of when nothing can be detected (as upstream 5.x).
UNDETECTED_FLASH_SIZE = "16MB"
ALLOWED = {"write_flash", "erase_region", "get_security_info"}
# Why each refused command cannot run; the rest get the generic reason.
REFUSALS = {
    "read_flash": "the ROM does not read flash in this mode",
    "verify_flash": "the ROM neither reads flash nor computes its MD5 in this mode",
    "erase_flash": "erasing the whole chip is a stub command and the stub cannot be "
                   "uploaded; erase_region 0 SIZE erases through the ROM",
    "read_mac": "the MAC is in the eFuses and the ROM refuses register reads",
    "chip_id": "the chip ID is in the eFuses and the ROM refuses register reads",
    "flash_id": "reading the flash ID needs the SPI registers, which the ROM refuses",
    "read_mem": "the ROM refuses register and memory reads", "dump_mem":
    "the ROM refuses register and memory reads", "write_mem": "the ROM refuses memory writes",
    "load_ram": "the ROM refuses RAM downloads (MEM_BEGIN/MEM_DATA)",
    "run": "the ROM has no command to start the application",
}
GENERIC_REFUSAL = ("its ROM answers only flash writes and erases, SPI set-up, baud rate "
                   "changes and GET_SECURITY_INFO")


class Session:
    """The command line being run (one per process, as config.CURRENT)."""
    args = None


CURRENT = Session()


def register(extensions):
    """After config.register: wraps the connect and run_command it installed."""
    extensions.connect = detecting_on_connect(extensions.connect)
    extensions.run_command = with_unverified_status(extensions.run_command or esptool.run_command)
    extensions.chip_identifiers[:] = [noting_security_flags(identify)
                                      for identify in extensions.chip_identifiers]


# -- detecting the mode --------------------------------------------------------------

def noting_security_flags(identify):
    """An identifier that also notes, on the link, whether GET_SECURITY_INFO's flags
    say Secure Download Mode (the reply it reads anyway: no extra exchange)."""
    def identify_and_note(loader):
        command = loader.command

        def noting(op=None, *args, **kwargs):
            value, data = command(op, *args, **kwargs)
            if op == Op.GET_SECURITY_INFO and len(data) >= 16 and data[-4] == 0:
                flags = struct.unpack_from("<I", data)[0]
                loader._link.secure_download = bool(flags & SECURE_DOWNLOAD_FLAG)
            return value, data
        loader.command = noting
        try:
            return identify(loader)
        finally:
            del loader.command
    return identify_and_note


def refused_register_read(error):
    """True for the ROM's refusal (status 0x05) of the magic word's READ_REG."""
    text = str(error)
    return text.startswith("Failed to read register") and "result was 0105" in text


def detecting_on_connect(connect_before):
    """connect(connect_to_chip, port) -> chip; a chip in Secure Download Mode comes back
    marked, in ROM mode, with --no-stub set and the flash size left to the command."""
    def connect(connect_to_chip, port):
        chained = connect_before or (lambda fn, p: fn(p))
        try:
            esp = chained(connect_to_chip, port)
        except FatalError as error:
            if not refused_register_read(error) or not isinstance(connect_to_chip,
                                                                  functools.partial):
                raise
            # The magic word was refused: ask GET_SECURITY_INFO instead (--chip checked below).
            asked = connect_to_chip.keywords.get("chip", "auto")
            try:
                esp = chained(functools.partial(connect_to_chip, chip="auto"), port)
            except FatalError as again:
                if not refused_register_read(again):
                    raise
                # Only the ESP32-S2's ROM has GET_SECURITY_INFO without a chip ID.
                raise FatalError("the chip refuses register reads and gives no chip ID: an "
                                 "ESP32-S2 in Secure Download Mode, which esptool.py cannot "
                                 "identify yet (docs/differences.md)")
            if not getattr(esp._link, "secure_download", False):
                esp.close()
                raise error
            if asked != "auto" and esptool.chip_key(type(esp)) != asked:
                esp.close()
                raise FatalError("This chip is %s, not %s." % (esp.CHIP_NAME, asked))
        if getattr(esp._link, "secure_download", False):
            enter_secure_download_mode(esp)
        return esp
    return connect


class InSecureDownloadMode:
    """Mixed into a chip's class once its ROM says it is in Secure Download Mode: what
    prepare_chip() asks of it is answered without register reads."""

    secure_download_mode = True

    def get_chip_description(self):
        return "%s in Secure Download Mode" % self.CHIP_NAME

    def get_chip_features(self):
        return ["not readable in Secure Download Mode"]

    def keep_awake(self):
        pass                     # the watchdog registers are out of reach


def enter_secure_download_mode(esp):
    cls = type(esp)
    esp.__class__ = type(cls.__name__ + "InSecureDownloadMode", (InSecureDownloadMode, cls), {})
    esp.reporter.message("%s is in Secure Download Mode: the ROM refuses the stub, register "
                         "access and flash reads; going on in ROM mode" % esp.CHIP_NAME)
    args = CURRENT.args
    if args is not None:
        args.no_stub = True
        # No flash ID can be read: the command chooses the size (prepare_chip must not ask).
        args.sdm_flash_size = getattr(args, "flash_size", None)
        if hasattr(args, "flash_size"):
            args.flash_size = None


# -- running a command in the mode ----------------------------------------------------

def with_unverified_status(run_command):
    def run(args):
        CURRENT.args = args
        command = getattr(args, "command", None)
        if command is not None and command.needs_chip:
            args.command = copy.copy(command)
            args.command.func = secure_download_aware(command)
        status = run_command(args)
        if getattr(args, "sdm_unverified", False):
            return status or UNVERIFIED_STATUS
        return status
    return run


def secure_download_aware(command):
    def run(esp, args):
        if not getattr(esp, "secure_download_mode", False):
            return command.func(esp, args)
        if command.name not in ALLOWED:
            raise FatalError("%s is not available in Secure Download Mode: %s"
                             % (command.name, REFUSALS.get(command.name, GENERIC_REFUSAL)))
        if command.name == "write_flash":
            return write_flash_unverified(esp, args)
        if command.name == "erase_region":
            return erase_region_in_rom(esp, args)
        return command.func(esp, args)
    return run


def flash_size_in_mode(esp, args):
    """The size the ROM is told (SPI_SET_PARAMS): the one given, else the largest
    (nothing can be detected); and the name for image headers ("keep" unless given)."""
    given = getattr(args, "sdm_flash_size", None)
    name = given if given not in (None, "detect", "keep") else None
    size = esptool.flash_size_bytes(name or UNDETECTED_FLASH_SIZE)
    esp.reporter.message("Configuring flash size...")
    esp.flash_set_parameters(size)
    return name or "keep", size


def write_flash_unverified(esp, args):
    """write_flash as the mode allows: erase and write through the ROM, no read-back
    and no MD5 (both refused). Says so, and the exit status is 3, not 0."""
    for option, why in (("erase_all", "erasing the whole chip is a stub command"),
                        ("verify", "the ROM does not read flash in this mode"),
                        ("encrypt", "encrypted writes are not modelled here")):
        if getattr(args, option, False):
            raise FatalError("write_flash --%s is not available in Secure Download Mode: %s"
                             % (option, why))
    esptool.hide_progress_if_asked(esp, args)
    compress = esptool.resolve_compression(esp, False if getattr(args, "no_compress", False)
                                           else getattr(args, "compress", None))
    name, size = flash_size_in_mode(esp, args)
    mode, freq, _ = esptool.header_params(args)
    regions = esptool.plan_write_regions(esp, esptool.flash_files(args.addr_filename), size,
                                         mode, freq, name)
    written = 0
    for region in regions:
        esp.reporter.message("Erasing flash...")
        sent, seconds = esptool.send_flash_region(esp, region, compress,
                                                  recovery=esptool.link_recovery(esp))
        esp.reporter.progress_end()
        esptool.report_write_speed(esp.reporter, region, sent, seconds, compress)
        written += len(region.data)
    esp.reporter.message("\nLeaving...")
    args.sdm_unverified = True
    esp.reporter.warning("Wrote %d bytes, NOT verified: in Secure Download Mode the ROM neither "
                         "reads flash nor computes its MD5 (exit status %d)"
                         % (written, UNVERIFIED_STATUS))


def erase_region_in_rom(esp, args):
    """erase_region through the ROM: FLASH_BEGIN erases the region (docs/protocol.md §5.5)."""
    _, size = flash_size_in_mode(esp, args)
    if args.address + args.size > size:
        raise FatalError("0x%x-0x%x is past the end of a %d MB flash"
                         % (args.address, args.address + args.size - 1, size >> 20))
    started = time.time()
    esp.reporter.message("Erasing region (may be slow depending on size)...")
    esp.erase_region(args.address, args.size)
    esp.reporter.message("Erase completed successfully in %.1f seconds."
                         % (time.time() - started))
