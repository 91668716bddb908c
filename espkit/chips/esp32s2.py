# GPLv2, see LICENSE.
"""The ESP32-S2: its facts as data (docs/chips.md), over the ESP-ROM loader.

It sits between the ESP32 and the later chips: an ESP-ROM with SPI_MEM registers
and GET_SECURITY_INFO, but its ROM's GET_SECURITY_INFO has no chip ID (12 bytes,
docs/chips.md §2.2), so it is told apart by the magic word alone; its peripherals
sit at 0x3F4xxxxx; its USB port is USB-OTG (CDC), not USB-Serial-JTAG.
"""

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X


class ESP32S2ROM(EspRomLoader):
    """ESP32-S2 (single-core Xtensa LX7) mask-ROM loader: its facts (docs/chips.md)."""

    CHIP_NAME = "ESP32-S2"
    UF2_FAMILY_ID = 0xBFDD4EEE         # docs/files.md §2.3, docs/chips.md §6
    CHIP_DETECT_MAGIC_VALUES = (0x000007C6,)    # docs/chips.md §2.1
    IMAGE_CHIP_ID = 2
    IMAGE_CHIP_ID_OF_ROM = None        # its GET_SECURITY_INFO names no chip (docs/chips.md §2.2)
    BOOTLOADER_FLASH_OFFSET = 0x1000   # as on the ESP32 (docs/chips.md §6)
    IMAGE_RULES = IMAGE_RULES_5X
    IROM_MAP = (0x40080000, 0x40B80000)    # docs/chips.md §6
    DROM_MAP = (0x3F000000, 0x3F3F0000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x3F000000, 0x3FF80000, "DROM"),
        (0x3F500000, 0x3FF80000, "EXTRAM_DATA"), (0x3FF9E000, 0x3FFA0000, "RTC_DRAM"),
        (0x3FF9E000, 0x40000000, "BYTE_ACCESSIBLE"), (0x3FF9E000, 0x40072000, "MEM_INTERNAL"),
        (0x3FFB0000, 0x40000000, "DRAM"), (0x40000000, 0x4001A100, "IROM_MASK"),
        (0x40020000, 0x40070000, "IRAM"), (0x40070000, 0x40072000, "RTC_IRAM"),
        (0x40080000, 0x40800000, "IROM"), (0x50000000, 0x50002000, "RTC_DATA"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES

    # Serial-side facts (docs/chips.md §3-§5): peripherals at 0x3F4xxxxx.
    SPI_REG_BASE = 0x3F402000          # SPI1 (SPI_MEM), same register layout as the S3's
    EFUSE_BASE = 0x3F41A000
    UART_DATE_REG_ADDR = 0x60000078
    FLASH_32BIT_ADDR = False
    FEATURES = ("Wi-Fi", "Single Core", "240MHz")
    # flash capacity + 100 * PSRAM capacity -> the part's name
    PARTS = {0: "ESP32-S2", 1: "ESP32-S2FH2", 2: "ESP32-S2FH4", 102: "ESP32-S2FNR2",
             100: "ESP32-S2R2"}
    FLASH_CAPACITIES = {0: "No Embedded Flash", 1: "Embedded Flash 2MB",
                        2: "Embedded Flash 4MB"}
    PSRAM_CAPACITIES = {0: "No Embedded PSRAM", 1: "Embedded PSRAM 2MB",
                        2: "Embedded PSRAM 4MB"}
    BLOCK2_CALIBRATION = {0: "No calibration in BLK2 of efuse",
                          1: "ADC and temperature sensor calibration in BLK2 of eFuse V1",
                          2: "ADC and temperature sensor calibration in BLK2 of eFuse V2"}
    RTC_CNTL_WDTCONFIG0 = 0x3F408094
    RTC_CNTL_WDTWPROTECT = 0x3F4080AC

    def chip_revision(self):
        """docs/chips.md §3: major in BLOCK1 word 3 bits 18-19; minor's top bit is
        word 3 bit 20, its low three bits word 4 bits 4-6."""
        word3, word4 = self.read_block1(3), self.read_block1(4)
        return (word3 >> 18) & 3, ((word3 >> 20) & 1) << 3 | (word4 >> 4) & 7

    def _capacities(self):
        word3 = self.read_block1(3)
        return (word3 >> 21) & 0xF, (word3 >> 28) & 0xF

    def get_chip_description(self):
        flash, psram = self._capacities()
        part = self.PARTS.get(flash + 100 * psram, "Unknown ESP32-S2")
        return "%s (revision v%d.%d)" % ((part,) + self.chip_revision())

    def get_chip_features(self):
        flash, psram = self._capacities()
        block2 = (self.read_reg(self.EFUSE_BASE + 0x5C + 4 * 4) >> 4) & 7
        return list(self.FEATURES) + [
            self.FLASH_CAPACITIES.get(flash, "Unknown Embedded Flash"),
            self.PSRAM_CAPACITIES.get(psram, "Unknown Embedded PSRAM"),
            self.BLOCK2_CALIBRATION.get(block2, "Unknown calibration in BLK2")]

    def on_usb_serial_jtag(self):
        return False         # its USB is USB-OTG (docs/chips.md §5): the UART reset applies


class ESP32S2StubLoader(StubLoader, ESP32S2ROM):
    ROM_LACKS = STUB_LACKS


ESP32S2ROM.STUB_CLASS = ESP32S2StubLoader
