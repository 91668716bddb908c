# GPLv2, see LICENSE.
"""The ESP32-H2: its facts as data (docs/chips.md §16), over the ESP32-C6's page
(one memory map, one eFuse base, one SPI_MEM base; its own ids, eFuse fields,
LP watchdog offsets and flash frequency codes).
"""

from esptool import StubLoader
from espkit.chips.esp_rom import STUB_LACKS
from espkit.chips.esp32c6 import ESP32C6ROM


class ESP32H2ROM(ESP32C6ROM):
    """ESP32-H2 (RISC-V, 802.15.4 + BLE, no Wi-Fi) mask-ROM loader (docs/chips.md §16)."""

    CHIP_NAME = "ESP32-H2"
    UF2_FAMILY_ID = 0x332726F6         # docs/chips.md §16.1
    # docs/chips.md §16.1: upstream 5.x tells it by GET_SECURITY_INFO only;
    # the older 4.x releases name this magic word
    CHIP_DETECT_MAGIC_VALUES = (0xD7B73E80,)
    IMAGE_CHIP_ID = 16
    IMAGE_CHIP_ID_OF_ROM = 16
    # docs/chips.md §16.4: -ff's header codes, the H2's own
    FLASH_FREQ_CODES = {"48m": 0xF, "24m": 0x0, "16m": 0x1, "12m": 0x2}

    FEATURES = ("BT 5 (LE)", "IEEE802.15.4", "Single Core", "96MHz")
    # docs/chips.md §16.2: BLOCK1 word 3 bits 24-26
    FLASH_CAPACITIES = {0: "No Embedded Flash", 1: "Embedded Flash 4MB",
                        2: "Embedded Flash 2MB", 3: "Embedded Flash 1MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT"}
    # LP_WDT registers (docs/chips.md §16.5): the C6's block, other offsets
    RTC_CNTL_WDTCONFIG0 = 0x600B1C00
    RTC_CNTL_WDTWPROTECT = 0x600B1C1C
    RTC_CNTL_SWD_CONF = 0x600B1C20
    RTC_CNTL_SWD_WPROTECT = 0x600B1C24

    def chip_revision(self):
        """(major, minor): BLOCK1 word 3, bits 21-22 and 18-20 (docs/chips.md §16.2)."""
        word3 = self.read_block1(3)
        return (word3 >> 21) & 3, (word3 >> 18) & 7

    def flash_capacity(self):
        return (self.read_block1(3) >> 24) & 7

    def get_chip_description(self):
        # name: F + temperature grade (H/N) + flash size when the flash is in the package
        word3, capacity = self.read_block1(3), self.flash_capacity()
        name = "ESP32-H2"
        if capacity:
            name += "F" + {1: "H", 2: "N"}.get((word3 >> 27) & 3, "?")
            name += {1: "4", 2: "2", 3: "1"}.get(capacity, "?")
        if self.read_block1(4) & 7:       # a package other than 0
            name += "?"
        if "?" in name:
            name = "Unknown " + name
        revision = self.chip_revision()
        if capacity and revision >= (1, 2):    # the security-enhanced parts
            name += "S"
        return "%s (revision v%d.%d)" % ((name,) + revision)

    def get_chip_features(self):
        capacity = self.flash_capacity()
        flash = self.FLASH_CAPACITIES.get(capacity, "Unknown Embedded Flash")
        if capacity in (1, 2, 3):
            flash += " (%s)" % self.FLASH_VENDORS.get((self.read_block1(3) >> 29) & 7, "")
        return list(self.FEATURES) + [flash]


class ESP32H2StubLoader(StubLoader, ESP32H2ROM):
    ROM_LACKS = STUB_LACKS


ESP32H2ROM.STUB_CLASS = ESP32H2StubLoader
