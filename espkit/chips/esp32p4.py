# GPLv2, see LICENSE.
"""The ESP32-P4: its facts as data (docs/chips.md §18), over the ESP-ROM loader.

A RISC-V chip without a radio whose peripherals sit at 0x5xxxxxxx; its major revision
has a third bit, its flash may need powering on before the loader can reach it
(revisions v3.1 and v3.2), and its second-stage bootloader lives at 0x2000.
"""
import time

from esptool import StubLoader
from espkit.chips.esp_rom import ESP32_MODERN_FLASH_SIZES, STUB_LACKS, EspRomLoader
from espkit.images5x import IMAGE_RULES_5X

# docs/chips.md §18.6: the registers of the flash power-on 5.6 does on v3.1/v3.2 parts
LP_SYSTEM_REG_ANA_XPD_PAD_GROUP_REG = 0x5011010C
PMU_EXT_LDO_P0_0P1A_REG = 0x501151B8
PMU_EXT_LDO_P0_0P1A_ANA_REG = 0x501151BC
PMU_DATE_REG = 0x501153FC
PMU_ANA_0P1A_EN_CUR_LIM_0 = 1 << 27
PMU_0P1A_TARGET0_0 = 0xFF << 23
PMU_0P1A_FORCE_TIEH_SEL_0 = 1 << 7
PMU_0P1A_EFUSE_VOLTAGE = 0x80        # "take the voltage the eFuses name"
PMU_DATE_FLASH_FORCE_ON = 0x3
EFUSE_DOWNLOAD_MODE_XPD_ON = 1 << 16   # BLOCK0 RD_REPEAT_DATA1 (base + 0x34)
FLASH_POWER_REVISIONS = (301, 302)     # v3.1 (ECO6), v3.2 (ECO7)


class ESP32P4ROM(EspRomLoader):
    """ESP32-P4 (RISC-V, dual core + LP core, no radio) mask-ROM loader (docs/chips.md §18)."""

    CHIP_NAME = "ESP32-P4"
    UF2_FAMILY_ID = 0x3D308E94         # docs/chips.md §18.1
    # docs/chips.md §18.1: 5.6 tells it by GET_SECURITY_INFO only; esptool-js names these words
    # (the flash-mapped 0x40001000 reads the bus-error marker); its 0x0 is left out
    CHIP_DETECT_MAGIC_VALUES = (0x0ADDBAD0, 0x7039AD9)
    IMAGE_CHIP_ID = 18
    IMAGE_CHIP_ID_OF_ROM = 18
    BOOTLOADER_FLASH_OFFSET = 0x2000   # docs/chips.md §18.4: two sectors kept for the ROM
    IMAGE_RULES = IMAGE_RULES_5X
    # docs/chips.md §18.3: one cache window for code and data, 192 MB
    IROM_MAP = (0x40000000, 0x4C000000)
    DROM_MAP = (0x40000000, 0x4C000000)
    MEMORY_MAP = (
        (0x00000000, 0x00010000, "PADDING"), (0x40000000, 0x4C000000, "DROM"),
        (0x4FF00000, 0x4FFA0000, "DRAM"), (0x4FF00000, 0x4FFA0000, "BYTE_ACCESSIBLE"),
        (0x4FC00000, 0x4FC20000, "DROM_MASK"), (0x4FC00000, 0x4FC20000, "IROM_MASK"),
        (0x40000000, 0x4C000000, "IROM"), (0x4FF00000, 0x4FFA0000, "IRAM"),
        (0x50108000, 0x50110000, "RTC_IRAM"), (0x50108000, 0x50110000, "RTC_DRAM"),
        (0x600FE000, 0x60100000, "MEM_INTERNAL2"),
    )
    FLASH_SIZES = ESP32_MODERN_FLASH_SIZES
    SUPPORTS_SPI_CONNECTION = False    # no custom flash pins (docs/chips.md §18.5)
    FLASH_32BIT_ADDR = True            # docs/chips.md §18.5: 5.6's stub goes past 16 MB

    # Serial-side facts (docs/chips.md §18.2, §18.5).
    EFUSE_BASE = 0x5012D000
    SPI_REG_BASE = 0x5008D000          # SPI_MEM1
    UART_DATE_REG_ADDR = 0x500CA08C
    FEATURES = ("Dual Core + LP Core", "400MHz")
    PACKAGES = {0: "ESP32-P4"}
    # LP_WDT registers at 0x50116000; the super watchdog takes the RTC watchdog's key
    RTC_CNTL_WDTCONFIG0 = 0x50116000
    RTC_CNTL_WDTWPROTECT = 0x50116018
    RTC_CNTL_SWD_CONF = 0x5011601C
    RTC_CNTL_SWD_WPROTECT = 0x50116020
    RTC_SWD_WKEY = 0x50D83AA1
    RTC_SWD_AUTO_FEED_EN = 1 << 18

    def chip_revision(self):
        """(major, minor): BLOCK1 word 2, minor bits 0-3, major bits 4-5 with bit 23 as
        its third bit (docs/chips.md §18.2): v3.x parts read major 3, v1.x major 1."""
        word2 = self.read_block1(2)
        return ((word2 >> 23) & 1) << 2 | (word2 >> 4) & 3, word2 & 0xF

    def get_chip_description(self):
        name = self.PACKAGES.get((self.read_block1(2) >> 20) & 7, "Unknown ESP32-P4")
        return "%s (revision v%d.%d)" % ((name,) + self.chip_revision())

    def get_chip_features(self):
        return list(self.FEATURES)

    def revision_full(self):
        major, minor = self.chip_revision()
        return major * 100 + minor

    def keep_awake(self):
        EspRomLoader.keep_awake(self)
        self.power_on_flash()

    def power_on_flash(self):
        """docs/chips.md §18.6: on v3.1 and v3.2 the flash supply is off after reset (the
        default moved from 1.8 V to 3.3 V); power it before the flash is attached. On
        v3.2 with DOWNLOAD_MODE_XPD_ON burnt the ROM has powered it: running the sequence
        again would upset it, only the force-on bits are let go."""
        revision = self.revision_full()
        if revision not in FLASH_POWER_REVISIONS:
            return
        if revision == 302 and (self.read_reg(self.EFUSE_BASE + 0x34)
                                & EFUSE_DOWNLOAD_MODE_XPD_ON):
            date = self.read_reg(PMU_DATE_REG)
            if date & PMU_DATE_FLASH_FORCE_ON == PMU_DATE_FLASH_FORCE_ON:
                self.write_reg(PMU_DATE_REG, date & ~PMU_DATE_FLASH_FORCE_ON)
            return
        self.write_reg(LP_SYSTEM_REG_ANA_XPD_PAD_GROUP_REG, 1)
        time.sleep(0.01)
        self.set_bits(PMU_EXT_LDO_P0_0P1A_ANA_REG, PMU_ANA_0P1A_EN_CUR_LIM_0)
        self.set_bits(PMU_EXT_LDO_P0_0P1A_REG, PMU_0P1A_FORCE_TIEH_SEL_0)
        self.set_bits(PMU_DATE_REG, PMU_DATE_FLASH_FORCE_ON)
        time.sleep(0.00005)
        self.clear_bits(PMU_EXT_LDO_P0_0P1A_ANA_REG, PMU_ANA_0P1A_EN_CUR_LIM_0)
        self.clear_bits(PMU_EXT_LDO_P0_0P1A_REG, PMU_0P1A_TARGET0_0)
        self.set_bits(PMU_EXT_LDO_P0_0P1A_REG, PMU_0P1A_EFUSE_VOLTAGE)
        self.clear_bits(PMU_EXT_LDO_P0_0P1A_REG, PMU_0P1A_FORCE_TIEH_SEL_0)
        time.sleep(0.0018)

    def set_bits(self, address, bits):
        self.write_reg(address, self.read_reg(address) | bits)

    def clear_bits(self, address, bits):
        self.write_reg(address, self.read_reg(address) & ~bits & 0xFFFFFFFF)

    def stub_key(self):
        """docs/chips.md §18.7: upstream ships one stub for parts below v3.0, another from it."""
        return "esp32p4" if self.revision_full() >= 300 else "esp32p4rev1"


class ESP32P4StubLoader(StubLoader, ESP32P4ROM):
    ROM_LACKS = STUB_LACKS


ESP32P4ROM.STUB_CLASS = ESP32P4StubLoader
