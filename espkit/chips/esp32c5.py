# GPLv2, see LICENSE.
"""The ESP32-C5: its facts as data (docs/chips.md §19), over the ESP32-C6's page
(one SPI_MEM base, one LP watchdog block, read_mac's three lines); its own ids,
eFuse base and fields (all in BLOCK1 word 2), memory map, image rules (a fixed
64 KB MMU page, its bootloader at 0x2000) and a 48 MHz or 40 MHz crystal whose
ROM may assume the other one.
"""

from esptool import StubLoader
from espkit.chips.esp_rom import STUB_LACKS
from espkit.chips.esp32c6 import ESP32C6ROM

PCR_SYSCLK_CONF_REG = 0x60096110      # bits 24-30: the crystal (MHz) the ROM assumes


class ESP32C5ROM(ESP32C6ROM):
    """ESP32-C5 (RISC-V, dual-band Wi-Fi 6) mask-ROM loader (docs/chips.md §19)."""

    CHIP_NAME = "ESP32-C5"
    UF2_FAMILY_ID = 0xF71C0343         # docs/chips.md §19.1
    # docs/chips.md §19.1: 5.6 tells it by GET_SECURITY_INFO only; esptool-js names these words
    CHIP_DETECT_MAGIC_VALUES = (0x1101406F, 0x63E1406F, 0x5FD1406F)
    IMAGE_CHIP_ID = 23
    IMAGE_CHIP_ID_OF_ROM = 23
    BOOTLOADER_FLASH_OFFSET = 0x2000   # docs/chips.md §19.4
    IROM_MAP = (0x42000000, 0x44000000)
    DROM_MAP = (0x42000000, 0x44000000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x42000000, 0x44000000, "DROM"),
        (0x40800000, 0x40860000, "DRAM"), (0x40800000, 0x40860000, "BYTE_ACCESSIBLE"),
        (0x4003A000, 0x40040000, "DROM_MASK"), (0x40000000, 0x4003A000, "IROM_MASK"),
        (0x42000000, 0x44000000, "IROM"), (0x40800000, 0x40860000, "IRAM"),
        (0x50000000, 0x50004000, "RTC_IRAM"), (0x50000000, 0x50004000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    MMU_PAGE_SIZES = ()                # docs/chips.md §19.4: 5.6 keeps its page at 64 KB
    FLASH_FREQ_CODES = {"80m": 0xF, "40m": 0x0, "20m": 0x2}    # docs/chips.md §19.4
    FLASH_32BIT_ADDR = True            # docs/chips.md §19.5: 5.6's stub goes past 16 MB

    EFUSE_BASE = 0x600B4800            # docs/chips.md §19.2
    UART_CLKDIV_REG = 0x60000014
    FEATURES = ("Wi-Fi 6 (dual-band)", "BT 5 (LE)", "IEEE802.15.4", "Single Core + LP Core",
                "240MHz")
    # BLOCK1 word 2 fields (docs/chips.md §19.2): value -> part of the name / feature
    TEMPERATURES = {0: "N", 1: "H"}
    NAME_FLASH = {0: "", 1: "F4"}
    NAME_PSRAM = {0: "", 1: "R4", 2: "R8"}
    NAME_PACKAGE = None                # the C5's package is not in its name
    FLASH_CAPACITIES = {0: "No Embedded Flash", 1: "Embedded Flash 4MB"}
    FLASH_VENDORS = {1: "XMC"}
    PSRAM_CAPACITIES = {0: "No Embedded PSRAM", 1: "Embedded PSRAM 4MB",
                        2: "Embedded PSRAM 8MB"}
    PSRAM_VENDORS = {1: "AP_3v3"}

    def word2_field(self, shift, mask):
        return (self.read_block1(2) >> shift) & mask

    def chip_revision(self):
        """(major, minor): BLOCK1 word 2, bits 4-5 and 0-3 (docs/chips.md §19.2)."""
        return self.word2_field(4, 3), self.word2_field(0, 0xF)

    def flash_capacity(self):
        return self.word2_field(13, 7)

    def psram_capacity(self):
        return self.word2_field(19, 7)

    def get_chip_description(self):
        """Name, temperature grade, flash and PSRAM in the package (docs/chips.md §19.2);
        a field of unknown value is a "?" and makes the part "Unknown"."""
        name = self.CHIP_NAME + self.TEMPERATURES.get(self.word2_field(24, 3), "?")
        name += self.NAME_FLASH.get(self.flash_capacity(), "F?")
        name += self.NAME_PSRAM.get(self.psram_capacity(), "R?")
        if self.NAME_PACKAGE is not None:
            name += self.NAME_PACKAGE.get(self.word2_field(26, 7), "?")
        if "?" in name:
            name = "Unknown " + name
        return "%s (revision v%d.%d)" % ((name,) + self.chip_revision())

    def get_chip_features(self):
        flash, psram = self.flash_capacity(), self.psram_capacity()
        flash_text = self.FLASH_CAPACITIES.get(flash, "Unknown Embedded Flash")
        if self.FLASH_VENDORS and flash == 1:
            flash_text += " (%s)" % self.FLASH_VENDORS.get(self.word2_field(16, 7), "")
        psram_text = self.PSRAM_CAPACITIES.get(psram, "Unknown Embedded PSRAM")
        if self.PSRAM_VENDORS and psram in (1, 2):
            psram_text += " (%s)" % self.PSRAM_VENDORS.get(self.word2_field(22, 3), "")
        return list(self.FEATURES) + [flash_text, psram_text]

    def crystal_mhz(self):
        """48, 40 or 26: the UART divider the ROM's auto-baud found times our rate
        (docs/chips.md §19.5)."""
        estimate = self.serial.baudrate * (self.read_reg(self.UART_CLKDIV_REG) & 0xFFFFF) / 1e6
        return 48 if estimate > 45 else 40 if estimate > 33 else 26

    def rom_crystal_mhz(self):
        """The crystal the ROM's baud arithmetic assumes (PCR_SYSCLK_CONF)."""
        return (self.read_reg(PCR_SYSCLK_CONF_REG) >> 24) & 0x7F

    def baud_word(self, baud):
        """docs/chips.md §19.5: a ROM that assumes 40 MHz on a 48 MHz part (or the other
        way round) sets its divider from the wrong clock: ask for the rate that comes
        out right."""
        crystal, assumed = self.crystal_mhz(), self.rom_crystal_mhz()
        if (crystal, assumed) in ((48, 40), (40, 48)):
            return baud * assumed // crystal
        return baud


class ESP32C5StubLoader(StubLoader, ESP32C5ROM):
    ROM_LACKS = STUB_LACKS

    def baud_word(self, baud):
        return baud          # the stub knows its clock


ESP32C5ROM.STUB_CLASS = ESP32C5StubLoader
