# GPLv2, see LICENSE.
"""The ESP32-C2 (ESP8684): its facts as data (docs/chips.md §15), over the ESP-ROM loader.
"""

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X

CRYSTALS_MHZ = (26, 40)      # the two crystals a C2 board carries (docs/chips.md §15.5)
ROM_ASSUMED_CRYSTAL_MHZ = 40


class ESP32C2ROM(EspRomLoader):
    """ESP32-C2 (RISC-V) mask-ROM loader: its facts (docs/chips.md §15)."""

    CHIP_NAME = "ESP32-C2"
    UF2_FAMILY_ID = 0x2B88D29C         # docs/chips.md §15.1
    # docs/chips.md §15.1: upstream 5.x tells it by GET_SECURITY_INFO only; the
    # magic words of ECO0 and ECO1 as other loaders name them
    CHIP_DETECT_MAGIC_VALUES = (0x6F51306F, 0x7C41A06F)
    IMAGE_CHIP_ID = 12
    IMAGE_CHIP_ID_OF_ROM = 12
    BOOTLOADER_FLASH_OFFSET = 0x0
    IMAGE_RULES = IMAGE_RULES_5X
    # docs/chips.md §15.3: 4 MB windows, code and data on their own buses (as the C3)
    IROM_MAP = (0x42000000, 0x42400000)
    DROM_MAP = (0x3C000000, 0x3C400000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3C000000, 0x3C400000, "DROM"),
        (0x3FCA0000, 0x3FCE0000, "DRAM"), (0x3FC88000, 0x3FD00000, "BYTE_ACCESSIBLE"),
        (0x3FF00000, 0x3FF50000, "DROM_MASK"), (0x40000000, 0x40090000, "IROM_MASK"),
        (0x42000000, 0x42400000, "IROM"), (0x4037C000, 0x403C0000, "IRAM"),
    )
    # docs/chips.md §15.4: the flash MMU page is configurable, 16-64 KB
    MMU_PAGE_SIZES = (0x4000, 0x8000, 0x10000)
    # docs/chips.md §15.4: -ff's header codes, the C2's own (no -ff: 0, the ROM's 30 MHz)
    FLASH_FREQ_CODES = {"60m": 0xF, "30m": 0x0, "20m": 0x1, "15m": 0x2}
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES     # as 5.x: the ESP32's (docs/chips.md §15.4)
    SUPPORTS_SPI_CONNECTION = False    # no custom flash pins (docs/chips.md §15.5)

    # Serial-side facts (docs/chips.md §15.2, §15.5).
    EFUSE_BASE = 0x60008800
    EFUSE_WORDS_OFFSET = 0x40          # MAC, revision, package (docs/chips.md §15.2)
    SPI_REG_BASE = 0x60002000
    UART_DATE_REG_ADDR = 0x6000007C
    UART_CLKDIV_REG = 0x60000014
    PACKAGES = {0: "ESP32-C2", 1: "ESP8684H"}
    FEATURES = ("Wi-Fi", "BT 5 (LE)", "Single Core", "120MHz")
    FLASH_CAPACITIES = {1: "Embedded Flash 4MB", 2: "Embedded Flash 2MB",
                        3: "Embedded Flash 1MB"}
    FLASH_VENDORS = {1: "XMC", 2: "GD", 3: "FM", 4: "TT", 5: "ZBIT"}
    RTC_CNTL_WDTCONFIG0 = 0x60008084
    RTC_CNTL_WDTWPROTECT = 0x6000809C
    RTC_CNTL_SWD_CONF = 0x600080AC
    RTC_CNTL_SWD_WPROTECT = 0x600080B0

    def read_block1(self, word):
        """Word `word` of the eFuse words 5.x reads MAC, revision and package from
        (base + 0x40, docs/chips.md §15.2)."""
        return self.read_reg(self.EFUSE_BASE + self.EFUSE_WORDS_OFFSET + 4 * word)

    def chip_revision(self):
        """(major, minor): word 1, bits 20-21 and 16-19 (docs/chips.md §15.2)."""
        word1 = self.read_block1(1)
        return (word1 >> 20) & 3, (word1 >> 16) & 0xF

    def get_chip_description(self):
        package = self.PACKAGES.get((self.read_block1(1) >> 22) & 7, "Unknown ESP32-C2")
        return "%s (revision v%d.%d)" % ((package,) + self.chip_revision())

    def get_chip_features(self):
        features = list(self.FEATURES)
        word7 = self.read_block1(7)
        capacity = (word7 >> 29) & 7
        if capacity:
            vendor = self.FLASH_VENDORS.get((word7 >> 24) & 7, "")
            features.append("%s (%s)" % (self.FLASH_CAPACITIES.get(
                capacity, "Unknown Embedded Flash"), vendor))
        return features

    def on_usb_serial_jtag(self):
        return False         # no USB-Serial-JTAG on the C2 (docs/chips.md §15.5)

    def crystal_mhz(self):
        """26 or 40: the UART divider the ROM's auto-baud found times our rate is the
        UART clock, the crystal itself on the C2 (docs/chips.md §15.5)."""
        divider = self.read_reg(self.UART_CLKDIV_REG) & 0xFFFFF
        estimate = self.serial.baudrate * divider / 1e6
        return 40 if estimate > 33 else 26

    def baud_word(self, baud):
        """docs/chips.md §15.5: the ROM computes CHANGE_BAUDRATE's divider as if its
        crystal were 40 MHz; on a 26 MHz part ask for baud x 40/26 so the divider
        comes out right."""
        crystal = self.crystal_mhz()
        if crystal == ROM_ASSUMED_CRYSTAL_MHZ:
            return baud
        return baud * ROM_ASSUMED_CRYSTAL_MHZ // crystal


class ESP32C2StubLoader(StubLoader, ESP32C2ROM):
    ROM_LACKS = STUB_LACKS


ESP32C2ROM.STUB_CLASS = ESP32C2StubLoader
