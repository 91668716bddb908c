# GPLv2, see LICENSE.
"""The ESP32-C3: its facts as data (docs/chips.md), over the ESP-ROM loader.
"""

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X


class ESP32C3ROM(EspRomLoader):
    """ESP32-C3 (RISC-V) mask-ROM loader: its facts (docs/chips.md)."""

    CHIP_NAME = "ESP32-C3"
    UF2_FAMILY_ID = 0xD42BA06C         # docs/files.md §2.3
    # docs/chips.md §2.1: the magic word differs by revision; §2.2 is the way to tell
    CHIP_DETECT_MAGIC_VALUES = (0x6921506F, 0x1B31506F, 0x4881606F, 0x4361606F)
    IMAGE_CHIP_ID = 5                     # docs/chips.md §2
    IMAGE_CHIP_ID_OF_ROM = 5
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = IMAGE_RULES_5X
    IROM_MAP = (0x42000000, 0x42800000)   # docs/chips.md §6
    DROM_MAP = (0x3C000000, 0x3C800000)
    # Where upstream 5.x merges adjacent ELF sections: only within the same named
    # regions (docs/chips.md §6), listed as 5.x lists them.
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3C000000, 0x3C800000, "DROM"),
        (0x3FC80000, 0x3FCE0000, "DRAM"), (0x3FC88000, 0x3FD00000, "BYTE_ACCESSIBLE"),
        (0x3FF00000, 0x3FF20000, "DROM_MASK"), (0x40000000, 0x40060000, "IROM_MASK"),
        (0x42000000, 0x42800000, "IROM"), (0x4037C000, 0x403E0000, "IRAM"),
        (0x50000000, 0x50002000, "RTC_IRAM"), (0x50000000, 0x50002000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES

    # Serial-side facts (docs/chips.md §3-§5).
    EFUSE_BASE = 0x60008800
    UART_DATE_REG_ADDR = 0x6000007C
    PACKAGES = {0: "ESP32-C3 (QFN32)", 1: "ESP8685 (QFN28)", 2: "ESP32-C3 AZ (QFN32)",
                3: "ESP8686 (QFN24)"}
    FEATURES = ("Wi-Fi", "BT 5 (LE)", "Single Core", "160MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 4MB", 2: "Embedded Flash 2MB",
                        3: "Embedded Flash 1MB", 4: "Embedded Flash 8MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT", 5: "ZBIT"}
    RTC_CNTL_WDTCONFIG0 = 0x60008090
    RTC_CNTL_WDTWPROTECT = 0x600080A8
    RTC_CNTL_SWD_CONF = 0x600080AC
    RTC_CNTL_SWD_WPROTECT = 0x600080B0


class ESP32C3StubLoader(StubLoader, ESP32C3ROM):
    ROM_LACKS = STUB_LACKS


ESP32C3ROM.STUB_CLASS = ESP32C3StubLoader
