# GPLv2, see LICENSE.
"""The ESP32-C6: its facts as data (docs/chips.md), over the ESP-ROM loader.
"""
import struct

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X


class ESP32C6ROM(EspRomLoader):
    """ESP32-C6 (RISC-V) mask-ROM loader: its facts (docs/chips.md §13)."""

    CHIP_NAME = "ESP32-C6"
    UF2_FAMILY_ID = 0x540DDF62         # docs/chips.md §13.1
    # docs/chips.md §13.1: upstream 5.x tells it by GET_SECURITY_INFO only;
    # esptool-js names this magic word
    CHIP_DETECT_MAGIC_VALUES = (0x2CE0806F,)
    IMAGE_CHIP_ID = 13
    IMAGE_CHIP_ID_OF_ROM = 13
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = IMAGE_RULES_5X
    # docs/chips.md §13.3: one bus for code and data: IROM and DROM halves of one window
    IROM_MAP = (0x42000000, 0x42800000)
    DROM_MAP = (0x42800000, 0x43000000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x42000000, 0x43000000, "DROM"),
        (0x40800000, 0x40880000, "DRAM"), (0x40800000, 0x40880000, "BYTE_ACCESSIBLE"),
        (0x4004AC00, 0x40050000, "DROM_MASK"), (0x40000000, 0x4004AC00, "IROM_MASK"),
        (0x42000000, 0x43000000, "IROM"), (0x40800000, 0x40880000, "IRAM"),
        (0x50000000, 0x50004000, "RTC_IRAM"), (0x50000000, 0x50004000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    # docs/chips.md §13.4: the flash MMU page is configurable (8-64 KB)
    MMU_PAGE_SIZES = (0x2000, 0x4000, 0x8000, 0x10000)
    # docs/chips.md §13.4: -ff's header codes; the ROM's MSPI divider for 80m is the 40m one
    FLASH_FREQ_CODES = {"80m": 0x0, "40m": 0x0, "20m": 0x2}
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES
    SUPPORTS_SPI_CONNECTION = False    # no custom flash pins (docs/chips.md §13.5)

    # Serial-side facts (docs/chips.md §13.2, §13.5).
    EFUSE_BASE = 0x600B0800
    SPI_REG_BASE = 0x60003000
    UART_DATE_REG_ADDR = 0x6000007C
    FEATURES = ("Wi-Fi 6", "BT 5 (LE)", "IEEE802.15.4", "Single Core + LP Core", "160MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 4MB", 2: "Embedded Flash 8MB"}
    # LP_WDT registers; the super watchdog takes the RTC watchdog's key here
    RTC_CNTL_WDTCONFIG0 = 0x600B1C00
    RTC_CNTL_WDTWPROTECT = 0x600B1C18
    RTC_CNTL_SWD_CONF = 0x600B1C1C
    RTC_CNTL_SWD_WPROTECT = 0x600B1C20
    RTC_SWD_WKEY = 0x50D83AA1
    RTC_SWD_AUTO_FEED_EN = 1 << 18

    def chip_revision(self):
        """(major, minor): BLOCK1 word 3, bits 22-23 and 18-21 (docs/chips.md §13.2)."""
        word3 = self.read_block1(3)
        return (word3 >> 22) & 3, (word3 >> 18) & 0xF

    def flash_capacity(self):
        return self.read_block1(4) & 7

    def get_chip_description(self):
        package = (self.read_block1(3) >> 24) & 7
        name = "Unknown ESP32-C6"
        if package == 0:
            name = "ESP32-C6 (QFN40)"
        elif package == 1:        # C6FH4 and C6FH8 share it: the flash tells them apart
            name = {1: "ESP32-C6FH4 (QFN32)", 2: "ESP32-C6FH8 (QFN32)"}.get(
                self.flash_capacity(), name)
        return "%s (revision v%d.%d)" % ((name,) + self.chip_revision())

    def labelled_macs(self):
        """read_mac's lines as 5.x prints them (docs/chips.md §13.2): the EUI-64, MAC_EXT
        (BLOCK1 word 1 bits 16-31) between the base MAC's OUI and its last three bytes; the
        base MAC; MAC_EXT."""
        base = self.read_mac()
        ext = tuple(struct.pack(">H", self.read_block1(1) >> 16))
        return [("MAC", base[:3] + ext + base[3:]), ("BASE MAC", base), ("MAC_EXT", ext)]

    def get_chip_features(self):
        # as 5.x prints them: the embedded flash always named, "Unknown" without one
        return list(self.FEATURES) + [self.FLASH_CAPACITIES.get(self.flash_capacity(),
                                                                "Unknown Embedded Flash")]


class ESP32C6StubLoader(StubLoader, ESP32C6ROM):
    ROM_LACKS = STUB_LACKS


ESP32C6ROM.STUB_CLASS = ESP32C6StubLoader
