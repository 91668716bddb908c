# GPLv2, see LICENSE.
"""The ESP32-S3: its facts as data (docs/chips.md), over the ESP-ROM loader.
"""

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X


class ESP32S3ROM(EspRomLoader):
    """ESP32-S3 (Xtensa LX7) mask-ROM loader: its facts (docs/chips.md)."""

    CHIP_NAME = "ESP32-S3"
    UF2_FAMILY_ID = 0xC47E5767         # docs/files.md §2.3
    CHIP_DETECT_MAGIC_VALUES = (0x00000009,)
    IMAGE_CHIP_ID = 9
    IMAGE_CHIP_ID_OF_ROM = 9
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = IMAGE_RULES_5X
    IROM_MAP = (0x42000000, 0x44000000)
    DROM_MAP = (0x3C000000, 0x3E000000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3C000000, 0x3D000000, "DROM"),
        (0x3D000000, 0x3E000000, "EXTRAM_DATA"), (0x600FE000, 0x60100000, "RTC_DRAM"),
        (0x3FC88000, 0x3FD00000, "BYTE_ACCESSIBLE"), (0x3FC88000, 0x403E2000, "MEM_INTERNAL"),
        (0x3FC88000, 0x3FD00000, "DRAM"), (0x40000000, 0x4001A100, "IROM_MASK"),
        (0x40370000, 0x403E0000, "IRAM"), (0x600FE000, 0x60100000, "RTC_IRAM"),
        (0x42000000, 0x42800000, "IROM"), (0x50000000, 0x50002000, "RTC_DATA"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES

    EFUSE_BASE = 0x60007000
    UART_DATE_REG_ADDR = 0x60000080
    FLASH_32BIT_ADDR = True
    PACKAGES = {0: "ESP32-S3 (QFN56)", 1: "ESP32-S3-PICO-1 (LGA56)"}
    FEATURES = ("Wi-Fi", "BT 5 (LE)", "Dual Core + LP Core", "240MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 8MB", 2: "Embedded Flash 4MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT", 5: "BY"}
    PSRAM_CAPACITIES = {1: "Embedded PSRAM 8MB", 2: "Embedded PSRAM 2MB",
                        3: "Embedded PSRAM 16MB", 4: "Embedded PSRAM 4MB"}
    PSRAM_VENDORS = {1: "AP_3v3", 2: "AP_1v8"}
    RTC_CNTL_WDTCONFIG0 = 0x60008098
    RTC_CNTL_WDTWPROTECT = 0x600080B0
    RTC_CNTL_SWD_CONF = 0x600080B4
    RTC_CNTL_SWD_WPROTECT = 0x600080B8

    def chip_revision(self):
        """docs/chips.md §3: the first chips (block version 1.1 and a raw minor of
        x.0) used the revision fields for something else; they are v0.0."""
        major, minor = EspRomLoader.chip_revision(self)
        block_major = self.read_reg(self.EFUSE_BASE + 0x6C) & 3
        block_minor = (self.read_block1(3) >> 24) & 7
        if minor & 7 == 0 and block_major == 1 and block_minor == 1:
            return 0, 0
        return major, minor

    def get_chip_features(self):
        features = EspRomLoader.get_chip_features(self)
        word4 = self.read_block1(4)
        psram = ((self.read_block1(5) >> 19) & 1) << 2 | (word4 >> 3) & 3
        if psram:
            features.append("%s (%s)" % (self.PSRAM_CAPACITIES.get(psram,
                                                                   "Unknown Embedded PSRAM"),
                                         self.PSRAM_VENDORS.get((word4 >> 7) & 3, "")))
        return features


class ESP32S3StubLoader(StubLoader, ESP32S3ROM):
    ROM_LACKS = STUB_LACKS


ESP32S3ROM.STUB_CLASS = ESP32S3StubLoader
