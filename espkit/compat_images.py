# GPLv2, see LICENSE.
"""Image rules of the 5.x compatibility mode (espkit/compat.py; docs/compat.md §3):
the ESP32 and the ESP8266 make images as upstream 5.x does, for the length of one run.

The ESP32 takes the rules the later chips already follow (espkit/images5x.py). The
ESP8266's differ from v2.3.1's in two ways: adjacent ELF sections in one memory
region are merged into one segment, and a v2 image's flash code (irom) is padded to a
multiple of 16 bytes. The file formats are v2.3.1's (esptool.py section 5).
"""
import contextlib
import struct
import zlib

from esptool import (CHIPS, FirmwareImage, ImageRules, MAX_IMAGE_SEGMENTS, FatalError,
                     ImageSegment, esp8266_v1_files, esp8266_v2_bytes, esp8266_v2_default_name,
                     image_flash_params, read_input_file, split_esp8266_irom,
                     write_files_together)
from espkit import images5x

ESP8266_V2_IROM_ALIGN = 16       # docs/compat.md §3: 5.x ends the irom segment on 16 bytes


class Esp8266Upstream5xImageRules(ImageRules):
    NAME = "5.x"
    ELF2IMAGE_OPTIONS = ("use_segments",)

    def elf2image_command(self, args):
        chip = CHIPS["esp8266"]
        data = read_input_file(args.input, "ELF file")
        entry, segments = images5x.parse_elf_5x(data, args.input,
                                                bool(getattr(args, "use_segments", False)),
                                                say=print)
        merged = images5x.merge_adjacent_segments(segments, chip, False, say=print)
        if len(merged) != len(segments):
            delta = len(segments) - len(merged)
            print("Merged %d ELF section%s." % (delta, "s" if delta > 1 else ""))
        if len(merged) > MAX_IMAGE_SEGMENTS:
            raise FatalError("Invalid segment count %d (max %d). Usually this indicates a "
                             "linker script problem." % (len(merged), MAX_IMAGE_SEGMENTS))
        mode, size_freq = image_flash_params("esp8266", args.flash_mode, args.flash_size,
                                             args.flash_freq)
        image = FirmwareImage("esp8266", entrypoint=entry, flash_mode=mode,
                              flash_size_freq=size_freq, segments=merged)
        if int(args.version) == 2:
            files = [(args.output or esp8266_v2_default_name(args.input, merged),
                      with_sdk_crc(esp8266_v2_bytes(with_irom_padded(image))))]
        else:
            files = esp8266_v1_files(image, args.output if args.output is not None
                                     else args.input + "-")
        write_files_together(files)
        return dict(files)


def with_irom_padded(image):
    irom, _ = split_esp8266_irom(image.segments)
    if irom is None:
        return image
    padded = ImageSegment(irom.addr, irom.data + bytes(-len(irom.data) % ESP8266_V2_IROM_ALIGN))
    image.segments = [padded if s is irom else s for s in image.segments]
    return image


def with_sdk_crc(image_bytes):
    """A v2 image and, after it, the CRC the ESP8266 SDK's bootloader checks: zlib's CRC-32
    of the file, plus one if its top bit is clear, else inverted (docs/compat.md §3)."""
    crc = zlib.crc32(image_bytes) & 0xFFFFFFFF
    crc = crc ^ 0xFFFFFFFF if crc & 0x80000000 else crc + 1
    return image_bytes + struct.pack("<I", crc)


ESP8266_RULES_5X = Esp8266Upstream5xImageRules()


@contextlib.contextmanager
def rules_of_5x():
    """The ESP32 and ESP8266 make and read images by 5.x's rules while this lasts."""
    saved = {name: CHIPS[name].IMAGE_RULES for name in ("esp32", "esp8266")}
    CHIPS["esp32"].IMAGE_RULES = images5x.IMAGE_RULES_5X
    CHIPS["esp8266"].IMAGE_RULES = ESP8266_RULES_5X
    try:
        yield
    finally:
        for name, rules in saved.items():
            CHIPS[name].IMAGE_RULES = rules


def elf2image_announced(elf2image):
    """elf2image, saying which image it makes and that it made it, as 5.x does. 5.x
    makes no image for a chip not named (v2.3: the ESP8266's): it asks for --chip."""
    def run(args):
        if args.chip == "auto":
            raise FatalError("Specify the --chip argument (choose from %s)." % ", ".join(CHIPS))
        print("Creating %s image..." % CHIPS[args.chip].CHIP_NAME)
        result = elf2image(args)
        print("Successfully created %s image." % CHIPS[args.chip].CHIP_NAME)
        return result
    return run
