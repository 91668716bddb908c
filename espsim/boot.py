"""What the mask ROM prints and checks when the chip comes out of reset, and
the stand-in application that a good image "runs".

The boot log text follows what real chips print (docs/protocol.md §6.7: ESP32 at
115200 baud with `rst:` / `boot:` values, ESP8266 at 74880 baud with
`rst cause` / `boot mode`). A flash boot parses the image at the chip's
bootloader offset the way the ROM does (docs/image-format.md §1, §5): magic,
segment count, XOR checksum seeded 0xEF, and for ESP32 the appended SHA-256
when the extended header asks for one.
"""
import hashlib
import struct

from espsim.protocol import checksum

ESP_IMAGE_MAGIC = 0xE9
MAX_SEGMENTS = 16
ESP32_EXTENDED_HEADER_LEN = 16

# ESP32 strapping value as the `boot:` field shows it (bit 0x10 = GPIO0 high)
ESP32_BOOT_FLASH = 0x13
ESP32_BOOT_DOWNLOAD = 0x03
ESP32_RESET_CAUSES = {"poweron": (0x1, "POWERON_RESET"), "software": (0xC, "SW_CPU_RESET"),
                      "watchdog": (0x10, "RTCWDT_RTC_RESET")}
ESP8266_RESET_CAUSES = {"poweron": 2, "software": 4, "watchdog": 3}   # EN pin reset reads 2


class BadImage(Exception):
    """The ROM refuses to boot; the message is what it prints."""


def parse_image(flash_read, offset, esp32):
    """Segments [(address, length)] and entry of the image at `offset`; raises BadImage."""
    header = flash_read(offset, 8)
    magic, count, _mode, _size_freq, entry = struct.unpack("<BBBBI", header)
    if magic != ESP_IMAGE_MAGIC or count > MAX_SEGMENTS:
        raise BadImage("invalid header: 0x%08x" % struct.unpack("<I", header[:4])[0])
    position = offset + 8
    hash_appended = False
    if esp32:
        extended = flash_read(position, ESP32_EXTENDED_HEADER_LEN)
        hash_appended = extended[15] == 1
        position += ESP32_EXTENDED_HEADER_LEN
    segments = []
    contents = []
    for _ in range(count):
        address, length = struct.unpack("<II", flash_read(position, 8))
        if length > 0x400000:
            raise BadImage("invalid segment length 0x%x" % length)
        contents.append(flash_read(position + 8, length))
        segments.append((address, length))
        position += 8 + length
    position += 15 - (position - offset) % 16
    stored = flash_read(position, 1)[0]
    calculated = checksum(b"".join(contents))
    if stored != calculated:
        raise BadImage("checksum error: stored 0x%02x, calculated 0x%02x" % (stored, calculated))
    end = position + 1
    if hash_appended:
        digest = flash_read(end, 32)
        if digest != hashlib.sha256(flash_read(offset, end - offset)).digest():
            raise BadImage("SHA-256 comparison failed")
    return segments, entry


def esp32_log(cause, strap, download, image_lines):
    code, name = ESP32_RESET_CAUSES[cause]
    mode = ("DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2)" if download
            else "SPI_FAST_FLASH_BOOT")
    lines = ["ets Jun  8 2016 00:22:57", "",
             "rst:0x%x (%s),boot:0x%x (%s)" % (code, name, strap, mode)]
    if download:
        lines.append("waiting for download")
    else:
        lines += ["configsip: 0, SPIWP:0xee",
                  "clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00",
                  "mode:DIO, clock div:2"] + image_lines
    return "\r\n".join(lines) + "\r\n"


def esp_rom_log(chip, cause, download, image_lines):
    """The ESP-ROM chips' (ESP32-C3, -S3) banner, reset cause and boot mode."""
    code, name = chip.reset_causes[cause]
    mode_code, mode = chip.boot_modes["download" if download else "flash"]
    lines = list(chip.rom_banner) + ["rst:0x%x (%s),boot:0x%x (%s)" % (code, name, mode_code, mode)]
    if download:
        lines.append("waiting for download")
    else:
        lines += ["SPIWP:0xee", "mode:DIO, clock div:1"] + image_lines
    return "\r\n".join(lines) + "\r\n"


def esp8266_log(cause, download, image_lines):
    mode = "(1,7)" if download else "(3,6)"
    lines = ["", " ets Jan  8 2013,rst cause:%d, boot mode:%s" % (ESP8266_RESET_CAUSES[cause], mode),
             ""] + image_lines
    return "\r\n".join(lines) + "\r\n"


def flash_boot_lines(segments, entry, esp32):
    """The per-segment load lines of a good image."""
    if esp32:
        return ["load:0x%08x,len:%d" % (a, n) for a, n in segments] + ["entry 0x%08x" % entry]
    return ["load 0x%08x, len %d, room 16 " % (a, n) for a, n in segments]
