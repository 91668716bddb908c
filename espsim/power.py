"""The ESP32-P4's flash supply as its v3.1 and v3.2 parts have it (docs/chips.md §18.6).

After a reset in download mode their flash is unpowered: the loader reaches nothing
(reads are zeros, writes vanish, as before SPI_ATTACH) until the host has run the
power-on sequence: the pad group's power on (LP_SYSTEM ANA_XPD_PAD_GROUP) and
PMU_DATE's two FLASH_FORCE_ON bits set. A v3.2 part with eFuse DOWNLOAD_MODE_XPD_ON
burnt is powered by its ROM instead, which sets the FLASH_FORCE_ON bits itself at each
download boot; when they are still set from before (a reset that kept the PMU's
state) that second run leaves the flash unusable until the host clears them.
"""

LP_SYSTEM_ANA_XPD_PAD_GROUP = 0x5011010C
PMU_EXT_LDO_P0_0P1A = 0x501151B8
PMU_EXT_LDO_P0_0P1A_ANA = 0x501151BC
PMU_DATE = 0x501153FC
FLASH_FORCE_ON = 0x3
EFUSE_RD_REPEAT_DATA1 = 0x34        # from the eFuse base
DOWNLOAD_MODE_XPD_ON = 1 << 16


class FlashPower:
    """The PMU and LP_SYSTEM registers of the sequence and the state they give the flash.
    `needed`: the revision powers its flash off at reset; `rom_powers()`: the ROM
    powers it (v3.2 with DOWNLOAD_MODE_XPD_ON)."""

    REGISTERS = (LP_SYSTEM_ANA_XPD_PAD_GROUP, PMU_EXT_LDO_P0_0P1A, PMU_EXT_LDO_P0_0P1A_ANA,
                 PMU_DATE)

    def __init__(self, needed, rom_powers):
        self.needed = needed
        self.rom_powers = rom_powers
        self.regs = dict.fromkeys(self.REGISTERS, 0)
        self.upset = False

    def owns(self, address):
        return address in self.regs

    def read(self, address):
        return self.regs[address]

    def write(self, address, value):
        self.regs[address] = value & 0xFFFFFFFF

    def boot(self, download):
        """A reset: what the flash supply is when the ROM (or the image) starts."""
        self.upset = False
        if not (self.needed and download):
            return
        if self.rom_powers():
            self.upset = self.regs[PMU_DATE] & FLASH_FORCE_ON == FLASH_FORCE_ON
            self.regs[PMU_DATE] |= FLASH_FORCE_ON
        else:
            self.regs = dict.fromkeys(self.REGISTERS, 0)     # off after every reset

    def powered(self):
        if not self.needed:
            return True
        forced = self.regs[PMU_DATE] & FLASH_FORCE_ON == FLASH_FORCE_ON
        if self.rom_powers():
            return not (self.upset and forced)
        return forced and self.regs[LP_SYSTEM_ANA_XPD_PAD_GROUP] & 1 == 1
