# GPLv2, see LICENSE.
"""image_info as upstream 5.6 lays it out, for the 5.x compatibility mode
(espkit/compat.py; the layout is described in docs/compat.md §3).

The image is read by the same code as v2.3's image_info (esptool.read_firmware_image);
only the words and their order are 5.x's: titled sections for the header, the
extended header, the segments and the footer, then the app's or the bootloader's
description. An Intel HEX file of several blocks is a merged image: each block is
shown as an image of its own.
"""
import struct

from esptool import CHIPS, FatalError, read_firmware_image, read_input_file, with_paths
from espkit import formats, image_report

ESP_IMAGE_MAGIC = 0xE9
ESP8266_V2_MAGIC = 0xEA
DIGEST_FLAG_OFFSET = 23          # the extended header's last byte: 0 or 1 in an ESP32 image
CHIP_ID_OFFSET = 12
# ESP-IDF's esp_bootloader_desc_t at the start of a DRAM segment: magic byte, 3 reserved,
# version, idf_ver[32], date_time[24], 16 reserved (docs/compat.md §3).
BOOTLOADER_DESC = struct.Struct("<B3sI32s24s16s")
BOOTLOADER_DESC_MAGIC = 0x50


def image_info(args):
    args = with_paths(args)
    data = read_input_file(args.filename, "image")
    chip = None if args.chip == "auto" else args.chip
    blocks = hex_blocks(data, args.filename)
    if blocks is None or len(blocks) == 1:
        data = blocks[0][1] if blocks else data
        detected = detected_chip(data, chip)
        say("Image size: %d bytes" % len(data))
        if chip is None:
            say("Detected image type: %s" % CHIPS[detected].CHIP_NAME.upper())
        show_image(detected, data)
        return
    say("Merged binary image detected. Processing each file individually.")
    for number, (address, block) in enumerate(blocks, 1):
        heading = "Processing file %d/%d, offset: %s, size: %d bytes" % (
            number, len(blocks), hex(address), len(block))
        say("")
        say("=" * len(heading))
        say(heading)
        say("=" * len(heading))
        try:
            detected = detected_chip(block, chip)
        except FatalError as e:
            say("Error processing file %d/%d: %s" % (number, len(blocks), e))
            say("Probably not a valid firmware image (e.g. partition table).")
            continue
        if number == 1 and chip is None:
            say("Detected image type: %s" % CHIPS[detected].CHIP_NAME.upper())
            chip = detected
        show_image(detected, block)


def say(line):
    print(line)


def hex_blocks(data, name):
    """[(address, bytes)] of an Intel HEX file, None for any other file."""
    if not formats.looks_like_intel_hex(data, name):
        return None
    return formats.parse_intel_hex(data, name)


def detected_chip(data, chip):
    """The chip whose image `data` is: `chip` if given, else the one its extended header
    names; the ESP8266 where there is none (5.x's rule)."""
    if not data:
        raise FatalError("Image is empty.")
    if data[0] not in (ESP_IMAGE_MAGIC, ESP8266_V2_MAGIC):
        raise FatalError("This is not a valid image (invalid magic number: %#x)." % data[0])
    if chip is not None:
        return chip
    if len(data) > DIGEST_FLAG_OFFSET and data[DIGEST_FLAG_OFFSET] in (0, 1):
        for name, loader in CHIPS.items():
            if name != "esp8266" and getattr(loader, "IMAGE_CHIP_ID", None) == data[CHIP_ID_OFFSET]:
                return name
    return "esp8266"


def titled(title):
    return ["", title, "=" * len(title)]


def show_image(chip, data):
    image = read_firmware_image(chip, data)
    info = image_report.image_data(image)
    name = CHIPS[chip].CHIP_NAME
    mode, size, freq = image_report.flash_settings(image)
    lines = titled("%s Image Header" % name) + [
        "Image version: %d" % image.version,
        "Entry point: %#8x" % image.entrypoint if image.entrypoint else "Entry point not set",
        "Segments: %d" % len(image.segments)]
    lines += ["Flash size: %s" % size if size else
              "Warning: Invalid flash size (%#02x)" % (image.flash_size_freq & 0xF0),
              "Flash freq: %s" % freq if freq else
              "Warning: Invalid flash frequency (%#02x)" % (image.flash_size_freq & 0x0F),
              "Flash mode: %s" % mode.upper() if mode else
              "Warning: Invalid flash mode (%d)" % image.flash_mode]
    if chip != "esp8266" and image.extended is not None:
        lines += extended_header_lines(name, image.extended)
    lines += [""] + segment_lines(image)
    lines += titled("%s Image Footer" % name) + footer_lines(image, info)
    lines += description_lines(image, info)
    for line in lines:
        say(line)


def extended_header_lines(name, extended):
    owner = next((c.CHIP_NAME for c in CHIPS.values()
                  if getattr(c, "IMAGE_CHIP_ID", None) == extended.chip_id), "Unknown ID")
    wp = "WP pin: %#02x" % extended.wp_pin + (" (disabled)" if extended.wp_pin == 0xEE else "")
    drives = ("clk_drv: {:#02x}, q_drv: {:#02x}, d_drv: {:#02x}, cs0_drv: {:#02x}, "
              "hd_drv: {:#02x}, wp_drv: {:#02x}").format(*drive_settings(extended))
    return titled("%s Extended Image Header" % name) + [
        wp, "Flash pins drive settings: " + drives,
        "Chip ID: %d (%s)" % (extended.chip_id, owner),
        "Minimal chip revision: v%d.%d, (legacy min_rev = %d)"
        % (extended.min_chip_rev_full // 100, extended.min_chip_rev_full % 100,
           extended.min_chip_rev),
        "Maximal chip revision: v%d.%d" % divmod(extended.max_chip_rev_full, 100)]


def drive_settings(extended):
    """clk, q, d, cs0, hd, wp drive strengths: two bytes of nibbles after the WP pin."""
    first, second, third = extended.drive_strengths
    return (first & 0xF, first >> 4, second & 0xF, second >> 4, third & 0xF, third >> 4)


def segment_lines(image):
    lines = ["Segments Information", "=" * len("Segments Information"),
             "Segment   Length   Load addr   File offs  Memory types",
             "-------  -------  ----------  ----------  ------------"]
    for number, segment in enumerate(image.segments):
        lines.append("{:7}  {:#07x}  {:#010x}  {:#010x}  {}".format(
            number, len(segment.data), segment.addr, segment.file_offs,
            ", ".join(image_report.memory_kinds(image.chip, segment.addr))))
    return lines


def footer_lines(image, info):
    checksum = info["checksum"]
    lines = ["Checksum: {:#04x} ({})".format(
        checksum["stored"], "valid" if checksum["valid"]
        else "invalid - calculated {:#04x}".format(checksum["calculated"]))]
    if info["digest"] is not None:
        lines.append("Validation hash: %s (%s)" % (info["digest"]["calculated"], "valid"
                                                    if info["digest"]["valid"] else "invalid"))
    return lines


def description_lines(image, info):
    app = info["app_description"]
    if app:
        lines = titled("Application Information") + [
            "Project name: %s" % app["project_name"], "App version: %s" % app["version"],
            "Compile time: %s %s" % (app["compile_date"], app["compile_time"]),
            "ELF file SHA256: %s" % app["elf_sha256"], "ESP-IDF: %s" % app["idf_version"],
            "Minimal eFuse block revision: %s" % app["min_efuse_block_revision"],
            "Maximal eFuse block revision: %s" % app["max_efuse_block_revision"]]
        if app["mmu_page_size"]:
            lines.append("MMU page size: %d KB" % (app["mmu_page_size"] // 1024))
        return lines + ["Secure version: %d" % app["secure_version"]]
    bootloader = bootloader_description(image)
    if not bootloader:
        return []
    return titled("Bootloader Information") + [
        "Bootloader version: %d" % bootloader[0], "ESP-IDF: %s" % bootloader[1],
        "Compile time: %s" % bootloader[2]]


def bootloader_description(image):
    """(version, IDF version, build date and time) from the last DRAM segment long
    enough to hold ESP-IDF's bootloader description; None without one."""
    found = None
    for segment in image.segments:
        kinds = image_report.memory_kinds(image.chip, segment.addr)
        if "DRAM" in kinds and "DROM" not in kinds and len(segment.data) >= BOOTLOADER_DESC.size:
            found = segment.data
    if found is None:
        return None
    magic, _, version, idf, date_time, _ = BOOTLOADER_DESC.unpack_from(found)
    if magic != BOOTLOADER_DESC_MAGIC:
        return None
    return version, image_report.text(idf), image_report.text(date_time)
