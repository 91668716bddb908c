# GPLv2, see LICENSE.
"""What image_info says beyond v2.3.1's lines: the flash settings in the header
(the lines upstream 5.x prints, which people run image_info to check), and the
image as data for `--json image_info` and ImageInfo.as_dict() (docs/images.md, "image_info").
"""
import hashlib
import struct

from esptool import (CHIPS, EXTENSIONS, FLASH_MODE_CODES, read_firmware_image,
                     read_input_file)

# Memory regions of the two chips esptool.py knows alone (the later chips carry
# their own MEMORY_MAP), as upstream 5.6 lists them: docs/images.md, "image_info".
CORE_MEMORY_MAPS = {
    "esp8266": ((0x3FF00000, 0x3FF00010, "DPORT"), (0x3FFE8000, 0x40000000, "DRAM"),
                (0x40100000, 0x40108000, "IRAM"), (0x40201010, 0x402E1010, "IROM")),
    "esp32": ((0x00000000, 0x00010000, "PADDING"), (0x3F400000, 0x3F800000, "DROM"),
              (0x3F800000, 0x3FC00000, "EXTRAM_DATA"), (0x3FF80000, 0x3FF82000, "RTC_DRAM"),
              (0x3FF90000, 0x40000000, "BYTE_ACCESSIBLE"), (0x3FFAE000, 0x40000000, "DRAM"),
              (0x3FFE0000, 0x3FFFFFFC, "DIRAM_DRAM"), (0x40000000, 0x40070000, "IROM"),
              (0x40070000, 0x40078000, "CACHE_PRO"), (0x40078000, 0x40080000, "CACHE_APP"),
              (0x40080000, 0x400A0000, "IRAM"), (0x400A0000, 0x400BFFFC, "DIRAM_IRAM"),
              (0x400C0000, 0x400C2000, "RTC_IRAM"), (0x400D0000, 0x40400000, "IROM"),
              (0x50000000, 0x50002000, "RTC_DATA")),
}
# ESP-IDF's esp_app_desc_t, at the start of the first DROM segment (docs/images.md):
# magic, secure_version, 2 reserved words, version[32], project_name[32], time[16],
# date[16], idf_ver[32], app_elf_sha256[32], min/max eFuse block revision, MMU page log2.
APP_DESC = struct.Struct("<II8s32s32s16s16s32s32sHHB")
APP_DESC_MAGIC = 0xABCD5432


# -- the header's flash settings -------------------------------------------------------

def flash_settings(image):
    """(mode, size, freq) as names ("qio", "4MB", "40m"); None for a code the chip
    does not know."""
    sizes = CHIPS[image.chip].FLASH_SIZES
    size = next((name for name, code in sizes.items() if code == image.flash_size_freq & 0xF0),
                None)
    # The chip's own -ff table read backwards; where two names share a code (the C6's
    # 80m and 40m), the first, as upstream 5.6 prints it (docs/chips.md §8).
    freq = next((name for name, code in CHIPS[image.chip].FLASH_FREQ_CODES.items()
                 if code == image.flash_size_freq & 0x0F), None)
    mode = next((name for name, code in FLASH_MODE_CODES.items() if code == image.flash_mode),
                None)
    return mode, size, freq


def flash_settings_lines(image):
    """image_info's lines for the flash settings, in 5.x's words and order."""
    mode, size, freq = flash_settings(image)
    return ["Flash size: %s" % (size or "unknown (code 0x%02x)" % (image.flash_size_freq & 0xF0)),
            "Flash freq: %s" % (freq or "unknown (code 0x%x)" % (image.flash_size_freq & 0x0F)),
            "Flash mode: %s" % (mode.upper() if mode else "unknown (code %d)" % image.flash_mode)]


# -- the image as data -----------------------------------------------------------------

def memory_kinds(chip, address):
    regions = getattr(CHIPS[chip], "MEMORY_MAP", None) or CORE_MEMORY_MAPS.get(chip, ())
    return [name for start, end, name in regions if start <= address < end]


def app_description(image):
    """ESP-IDF's app description as a dict, from the first DROM segment; None without one."""
    drom = next((s for s in image.segments if "DROM" in memory_kinds(image.chip, s.addr)), None)
    if drom is None or len(drom.data) < APP_DESC.size:
        return None
    (magic, secure_version, _, version, project, time, date, idf, elf_sha256, min_efuse,
     max_efuse, mmu_page) = APP_DESC.unpack_from(drom.data)
    if magic != APP_DESC_MAGIC:
        return None
    return {"project_name": text(project), "version": text(version), "compile_date": text(date),
            "compile_time": text(time), "idf_version": text(idf),
            "elf_sha256": elf_sha256.hex(), "secure_version": secure_version,
            "min_efuse_block_revision": "%d.%d" % divmod(min_efuse, 100),
            "max_efuse_block_revision": "%d.%d" % divmod(max_efuse, 100),
            "mmu_page_size": 2 ** mmu_page if mmu_page else None}


def text(field):
    return field.split(b"\0", 1)[0].decode("utf-8", errors="replace")


def image_data(image):
    """Everything image_info reports, as JSON-ready data (docs/images.md, "image_info")."""
    mode, size, freq = flash_settings(image)
    calculated = image.calculate_checksum()
    data = {
        "chip": image.chip, "image_version": image.version, "entry_point": image.entrypoint,
        "flash_mode": mode, "flash_size": size, "flash_freq": freq,
        "header_bytes": {"flash_mode": image.flash_mode,
                         "flash_size_freq": image.flash_size_freq},
        "segments": [{"load_address": s.addr, "length": len(s.data), "file_offset": s.file_offs,
                      "kind": memory_kinds(image.chip, s.addr)} for s in image.segments],
        "checksum": {"stored": image.stored_checksum, "calculated": calculated,
                     "valid": image.stored_checksum == calculated},
        "digest": None, "chip_id": None, "min_revision": None, "max_revision": None,
        "app_description": app_description(image),
    }
    if image.calculated_digest is not None:
        data["digest"] = {"stored": bytes(image.stored_digest or b"").hex(),
                          "calculated": image.calculated_digest.hex(),
                          "valid": image.calculated_digest == image.stored_digest}
    extended = image.extended
    if extended is not None:
        data.update(chip_id=extended.chip_id,
                    min_revision=revision(extended.min_chip_rev_full),
                    max_revision=(None if extended.max_chip_rev_full in (0, 0xFFFF)
                                  else revision(extended.max_chip_rev_full)))
    return data


def revision(full):
    return "v%d.%d" % divmod(full, 100)


def result_fields(args):
    """The fields `--json image_info FILE` adds to its result event: `image` (the
    image's data), or `description` (the lines) for a file that is no image."""
    data = read_input_file(args.filename, "image")
    described = next(filter(None, (describe(data, args.filename)
                                   for describe in EXTENSIONS.file_describers)), None)
    fields = {"file": args.filename, "size": len(data),
              "sha256": hashlib.sha256(data).hexdigest()}
    if described:
        return dict(fields, image=None, description=described)
    return dict(fields, image=image_data(read_firmware_image(args.chip, data)))

