# GPLv2, see LICENSE.
"""The ESP32-C61: its facts as data (docs/chips.md §20), over the ESP32-C5's page
(one eFuse base, the same BLOCK1 word 2 fields, one flash window); the C6's
configurable MMU page and bootloader at 0x0, its own ids, memory map, names,
one MAC line and a fixed 40 MHz crystal.
"""

from esptool import ESPLoader, StubLoader
from espkit.chips.esp_rom import STUB_LACKS
from espkit.chips.esp32c5 import ESP32C5ROM
from espkit.chips.esp32c6 import ESP32C6ROM


class ESP32C61ROM(ESP32C5ROM):
    """ESP32-C61 (RISC-V, Wi-Fi 6) mask-ROM loader (docs/chips.md §20)."""

    CHIP_NAME = "ESP32-C61"
    UF2_FAMILY_ID = 0x77D850C4         # docs/chips.md §20.1
    # docs/chips.md §20.1: 5.6 tells it by GET_SECURITY_INFO only; esptool-js names these words
    CHIP_DETECT_MAGIC_VALUES = (0x33F0206F, 0x2421606F, 0x4F81606F)
    IMAGE_CHIP_ID = 20
    IMAGE_CHIP_ID_OF_ROM = 20
    BOOTLOADER_FLASH_OFFSET = 0x0      # docs/chips.md §20.4
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x42000000, 0x44000000, "DROM"),
        (0x40800000, 0x40860000, "DRAM"), (0x40800000, 0x40860000, "BYTE_ACCESSIBLE"),
        (0x4004AC00, 0x40050000, "DROM_MASK"), (0x40000000, 0x4004AC00, "IROM_MASK"),
        (0x42000000, 0x44000000, "IROM"), (0x40800000, 0x40860000, "IRAM"),
        (0x50000000, 0x50004000, "RTC_IRAM"), (0x50000000, 0x50004000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    MMU_PAGE_SIZES = ESP32C6ROM.MMU_PAGE_SIZES     # docs/chips.md §20.4: 8-64 KB, as the C6

    FEATURES = ("Wi-Fi 6", "BT 5 (LE)", "Single Core", "160MHz")
    NAME_FLASH = {0: "", 1: "F4", 2: "F8"}
    NAME_PSRAM = {0: "", 1: "R2", 2: "R8"}
    NAME_PACKAGE = {0: "", 1: "", 2: "", 3: "LA"}
    FLASH_CAPACITIES = {0: "No Embedded Flash", 1: "Embedded Flash 4MB",
                        2: "Embedded Flash 8MB"}
    FLASH_VENDORS = {}                 # no vendor named in its features
    PSRAM_CAPACITIES = {0: "No Embedded PSRAM", 1: "Embedded PSRAM 2MB",
                        2: "Embedded PSRAM 8MB"}
    PSRAM_VENDORS = {}

    labelled_macs = ESPLoader.labelled_macs        # one line: the base MAC (docs/chips.md §20.2)

    def baud_word(self, baud):
        return baud          # a fixed 40 MHz crystal (docs/chips.md §20.5)


class ESP32C61StubLoader(StubLoader, ESP32C61ROM):
    ROM_LACKS = STUB_LACKS


ESP32C61ROM.STUB_CLASS = ESP32C61StubLoader
