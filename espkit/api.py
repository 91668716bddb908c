# GPLv2, see LICENSE.
"""The Python session API: esptool.connect() -> ChipSession.

    with esptool.connect("/dev/ttyUSB0", baud=921600) as chip:
        chip.write_flash({0x1000: "bootloader.bin", 0x10000: app_bytes})

Keyword arguments, no argparse; nothing is printed unless a reporter is
given; every failure is a FatalError (ConnectFailed, WrongChip, PortError,
FlashVerifyError, StubFailed, ... for the finer cases). The command line
and this API share esptool's engine.
"""
import functools
import os

from esptool import (
    elf_image_files, write_files_together,
    load_extensions,
    before_choices,
    image_info_lines, read_firmware_image, read_input_file,
    AFTER_CHOICES, CHIPS, DEFAULT_CONNECT_ATTEMPTS, DETECTED_FLASH_SIZES,
    ESP_ROM_BAUD, FLASH_MODE_CODES, FatalError, Reporter, flash_freq_code,
    choose_flash_size, connect_to_chip, erase_flash_region, erase_whole_flash, flash_files,
    flash_size_bytes, format_mac, leave_chip, plan_flash_regions, plan_write_regions,
    prepare_chip, read_flash_data, resolve_compression, verify_regions, write_regions,
)


def connect(port, chip="auto", baud=ESP_ROM_BAUD, stub=True, reporter=None,
            before="default_reset", after="hard_reset",
            connect_attempts=DEFAULT_CONNECT_ATTEMPTS, trace=False):
    """Connect to the chip on `port` (a device or a pyserial URL) -> ChipSession.

    `chip`: "auto", "esp8266" or "esp32" (another chip answering raises
    WrongChip). `stub`: upload the flasher stub (falls back to the ROM loader
    if it fails, as the command line does). `baud`: the rate for the work after
    connecting. `before`/`after`: as --before/--after; `after` is done when the
    session closes normally. Use the session as a context manager: the port is
    closed when the block ends, also on an exception.
    """
    extensions = load_extensions()      # an edge, like the command line: chips, recovery
    chip = check_choice(str(chip).lower(), ["auto"] + list(CHIPS), "chip")
    check_choice(before, before_choices(), "'before' action")
    check_choice(after, AFTER_CHOICES + list(extensions.afters), "'after' action")
    return ChipSession(port, chip, baud, stub, reporter or Reporter(), before, after,
                       connect_attempts, trace)


def talks_to_chip(method):
    """A ChipSession method: a serial failure under it becomes a FatalError, as on
    the command line."""
    @functools.wraps(method)
    def run(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except FatalError:
            raise
        except OSError as e:      # pyserial's SerialException is one
            raise FatalError("lost the serial connection: %s" % e,
                             hint="was the board unplugged or the port taken by another "
                                  "program?")
    return run


class ChipSession:
    """A connected chip, ready for flash work. Made by esptool.connect()."""

    @talks_to_chip
    def __init__(self, port, chip, baud, stub, reporter, before, after, connect_attempts, trace):
        # The command line's own connect and prepare, with this session's keywords.
        self.esp = connect_to_chip(port, chip=chip, baud=baud, before=before, trace=trace,
                                   connect_attempts=connect_attempts, reporter=reporter)
        self._after = after
        self._open = True
        try:
            self.esp, _ = prepare_chip(self.esp, baud=baud, use_stub=stub, before=before,
                                       connect_attempts=connect_attempts)
        except BaseException:
            self.close(leave=False)
            raise

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        self.close(leave=exc_type is None)

    @talks_to_chip
    def close(self, leave=True):
        """Do `after` (unless `leave` is False or run() was called) and close the port."""
        if not self._open:
            return
        self._open = False
        try:
            if leave and self._after is not None:
                leave_chip(self.esp, self._after)
        finally:
            self.esp.close()

    # -- identity ----------------------------------------------------------

    @property
    def name(self):
        """"ESP8266" or "ESP32"."""
        return self.esp.CHIP_NAME

    @property
    def is_stub(self):
        return self.esp.IS_STUB

    @talks_to_chip
    def description(self):
        """E.g. "ESP32D0WDQ6 (revision 1)"."""
        return self.esp.get_chip_description()

    @talks_to_chip
    def features(self):
        return self.esp.get_chip_features()

    @talks_to_chip
    def mac(self):
        """The factory MAC address as "aa:bb:cc:dd:ee:ff"."""
        return format_mac(self.esp.read_mac())

    @talks_to_chip
    def flash_id(self):
        """The SPI flash's JEDEC ID: manufacturer in bits 0-7, device in 8-23."""
        return self.esp.flash_id()

    @talks_to_chip
    def flash_size(self):
        """The flash size in bytes, from its JEDEC ID; None if the ID names no size."""
        name = DETECTED_FLASH_SIZES.get((self.esp.flash_id() >> 16) & 0xFF)
        return flash_size_bytes(name) if name else None

    # -- flash --------------------------------------------------------------

    @talks_to_chip
    def write_flash(self, files, progress=None, compress=None, flash_mode="keep",
                    flash_freq="keep", flash_size="keep", verify=False):
        """Write {address: bytes or path} to flash and check each region's MD5.

        `progress(done, total)` hears the bytes written so far. A bootloader's
        header gets `flash_mode`/`flash_freq`/`flash_size` unless "keep"
        ("detect" for the size: the flash's own). `compress`: None = when the
        loader can. `verify`: also read everything back and compare.
        """
        check_choice(flash_mode, ["keep"] + list(FLASH_MODE_CODES), "flash mode")
        if flash_freq != "keep":
            flash_freq_code(self.esp, flash_freq)       # the chip's own names (docs/chips.md §8)
        header_size, size = choose_flash_size(self.esp, flash_size)
        self.esp.flash_set_parameters(size)
        compress = resolve_compression(self.esp, compress)
        regions = plan_write_regions(self.esp, flash_files(files), size, flash_mode, flash_freq,
                                     header_size)
        write_regions(self.esp, regions, compress, progress)
        if verify:
            verify_regions(self.esp, regions, diff=False)

    @talks_to_chip
    def read_flash(self, address, size, progress=None):
        """`size` bytes of flash from `address`; `progress(done, total)` hears the bytes read."""
        return read_flash_data(self.esp, address, size, progress)[0]

    @talks_to_chip
    def verify_flash(self, files, diff=False):
        """Compare {address: bytes or path} with the flash; FlashVerifyError if any differs."""
        regions = plan_flash_regions(self.esp, flash_files(files),
                                     choose_flash_size(self.esp, "keep")[1])
        verify_regions(self.esp, regions, diff)

    @talks_to_chip
    def erase_flash(self):
        erase_whole_flash(self.esp)

    @talks_to_chip
    def erase_region(self, address, size):
        """Erase whole 4 KiB sectors: `address` and `size` multiples of 4096."""
        erase_flash_region(self.esp, address, size)

    # -- memory and running -------------------------------------------------

    @talks_to_chip
    def read_reg(self, address):
        return self.esp.read_reg(address)

    @talks_to_chip
    def write_reg(self, address, value, mask=0xFFFFFFFF):
        self.esp.write_reg(address, value, mask)

    @talks_to_chip
    def run(self):
        """Start the firmware in flash; the session then has nothing left to do but close."""
        if self.esp.IS_STUB:
            self.esp.hard_reset()
        else:
            self.esp.run()
        self._after = None


class ImageInfo:
    """What image_info() found in a firmware image, as data.

    `image` is the parsed FirmwareImage (segments with .addr and .data);
    `checksum_valid` compares the stored checksum byte with the calculated one;
    `digest_valid` is None when no SHA-256 is appended; `warnings` lists what
    the command line would have printed as warnings.
    """

    def __init__(self, image, warnings):
        self.image = image
        self.chip = image.chip
        self.version = image.version
        self.entrypoint = image.entrypoint
        self.flash_mode = image.flash_mode
        self.flash_size_freq = image.flash_size_freq
        self.segments = image.segments
        self.checksum = image.stored_checksum
        self.calculated_checksum = image.calculate_checksum()
        self.checksum_valid = self.checksum == self.calculated_checksum
        self.digest_valid = (None if image.calculated_digest is None
                             else image.calculated_digest == image.stored_digest)
        self.extended = image.extended
        self.warnings = warnings

    def lines(self):
        """The lines the image_info command prints."""
        return image_info_lines(self.image)

    def as_dict(self):
        """The image as `--json image_info` reports it (README, --json): header fields,
        flash settings by name, segments with their memory kinds, checksum, digest,
        chip ID and revisions, ESP-IDF's app description."""
        from espkit.image_report import image_data
        return image_data(self.image)


def image_info(source, chip="auto"):
    """Read a firmware image (a path or bytes) -> ImageInfo; prints nothing.
    Offered as esptool.image_info(), which is also v2.x's image_info command."""
    check_choice(chip, ["auto"] + list(CHIPS), "chip")
    data = bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else \
        read_input_file(source, "image")
    warnings = []
    return ImageInfo(read_firmware_image(chip, data, warn=warnings.append), warnings)


def elf2image(input, chip="auto", output=None, version=1, flash_mode="qio", flash_freq="40m",
              flash_size="1MB", write=True, reporter=None):
    """Make the flashable image(s) of ELF file `input` -> {file name: bytes}.

    The files are named as the command names them (`output` overrides) and
    written whole, unless `write` is False. chip "auto" means ESP8266, as in
    v2.3.1. Offered as esptool.elf2image(), which is also v2.x's elf2image command.
    """
    reporter = reporter or Reporter()
    check_choice(chip, ["auto"] + list(CHIPS), "chip")
    if chip != "auto" and not CHIPS[chip].IMAGE_RULES.FROM_PYTHON:
        raise FatalError("esptool.elf2image() makes %s images only from the command line "
                         "(esptool.py --chip %s elf2image ...)" % (CHIPS[chip].CHIP_NAME, chip))
    check_choice(int(version), [1, 2], "ESP8266 image version")
    outputs = elf_image_files(os.fspath(input), chip, output, int(version), flash_mode,
                              flash_freq, flash_size, reporter)
    if write:
        write_files_together(outputs)
    return dict(outputs)


def check_choice(value, choices, what):
    """A Python caller's keyword argument, checked as argparse checks the command line's."""
    if value not in choices:
        raise FatalError("unknown %s %r; choose one of %s"
                         % (what, value, ", ".join(str(c) for c in choices)))
    return value
