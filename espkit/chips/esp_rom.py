# GPLv2, see LICENSE.
"""What the ESP-ROMs of the chips after the ESP32 share: the loader the chip modules
fill in with their numbers, and how such a chip is reached before it is known
(GET_SECURITY_INFO names it; its own USB-Serial-JTAG port resets it).
"""
import os
import struct
import time

from esptool import CHIPS, ESP32ROM, ESP32_FLASH_SIZES, ESPLoader, Op
from espkit.images5x import is_flash_addr

# The chips v2.3.1 never knew take sizes up to 128MB (upstream 5.x, docs/chips.md §8).
ESP32_MODERN_FLASH_SIZES = dict(ESP32_FLASH_SIZES, **{"32MB": 0x50, "64MB": 0x60, "128MB": 0x70})
RTC_WDT_WKEY = 0x50D83AA1            # write-protect keys (docs/chips.md §5)
RTC_SWD_WKEY = 0x8F1D312A
RTC_SWD_AUTO_FEED_EN = 1 << 31
# What our stub answers with "not implemented" on every ESP-ROM chip, as on the ESP32: the
# ROM's slow read (the stub has READ_FLASH) and RUN_USER_CODE (docs/protocol.md §16).
STUB_LACKS = frozenset({Op.READ_FLASH_SLOW, Op.RUN_USER_CODE})
USB_SERIAL_JTAG_IDS = (0x303A, 0x1001)     # Espressif VID, USB-Serial-JTAG PID (docs/chips.md §5)


def register(extensions):
    """The ways in these chips need before they are known (esptool's seams)."""
    extensions.chip_identifiers.append(identify_by_security_info)
    extensions.resets["usb_reset"] = usb_reset_into_bootloader
    extensions.reset_for_port.append(reset_for_usb_serial_jtag)


def identify_by_security_info(loader):
    """(chip class or None, what was read) from GET_SECURITY_INFO's chip ID
    (docs/chips.md §2.2); None where the ROM lacks the command (ESP8266, ESP32)."""
    _, data = loader.command(Op.GET_SECURITY_INFO)
    if len(data) < 22 or data[20] != 0:
        return None
    chip_id = struct.unpack_from("<I", data, 12)[0]
    found = next((c for c in CHIPS.values()
                  if getattr(c, "IMAGE_CHIP_ID_OF_ROM", None) == chip_id), None)
    return found, "chip ID %d" % chip_id


def usb_ids_of_port(name):
    """(VID, PID) of a local serial port as the OS lists it, or None (URLs, non-USB ports)."""
    if not name or "://" in name:
        return None
    try:
        from serial.tools import list_ports
        ports = list_ports.comports()
    except (ImportError, OSError):
        return None
    real = os.path.realpath(name)
    for info in ports:
        if info.device in (name, real) and info.vid is not None:
            return info.vid, info.pid
    return None


def on_usb_serial_jtag(loader):
    """True if the loader's port is a chip's own USB-Serial-JTAG (docs/chips.md §5)."""
    return usb_ids_of_port(getattr(loader.serial, "port", None)) == USB_SERIAL_JTAG_IDS


def reset_for_usb_serial_jtag(loader):
    """--before default_reset on such a port means usb_reset: picked by its VID:PID."""
    return "usb_reset" if on_usb_serial_jtag(loader) else None


def usb_reset_into_bootloader(loader):
    """docs/chips.md §5: the reset sequence of the chips' USB-Serial-JTAG port,
    whose DTR/RTS reach reset logic inside the chip, not an RC circuit."""
    port = loader.serial
    port.rts = False
    port.dtr = False
    time.sleep(0.1)
    port.dtr = True           # GPIO0 low
    port.rts = False
    time.sleep(0.1)
    port.rts = True           # reset, latching download mode
    port.dtr = False
    port.rts = True           # repeated: Windows' usbser.sys passes DTR on with RTS
    time.sleep(0.1)
    port.dtr = False
    port.rts = False          # out of reset


class EspRomLoader(ESP32ROM):
    """What the ESP-ROM loaders of the ESP32-C3 and ESP32-S3 do differently from
    the ESP32's: eFuse words for MAC, revision and features (docs/chips.md §3),
    SPI_MEM registers (docs/chips.md §4), no crystal correction on a baud change
    (docs/chips.md §5), GET_SECURITY_INFO (docs/chips.md §2.2) and the
    "encrypted" word of FLASH_BEGIN (docs/chips.md §2.5). The chip classes
    below fill in the numbers."""

    @classmethod
    def is_flash_mapped(cls, addr):
        return is_flash_addr(cls, addr)

    CHIP_DETECT_MAGIC_VALUE = None      # told apart by GET_SECURITY_INFO (docs/chips.md §2.2)
    CHIP_DETECT_MAGIC_VALUES = ()       # every value the magic word takes (docs/chips.md §2.1)
    IMAGE_CHIP_ID_OF_ROM = None         # the chip ID GET_SECURITY_INFO names (docs/chips.md §2.2)

    @classmethod
    def magic_values(cls):
        return cls.CHIP_DETECT_MAGIC_VALUES
    FLASH_BEGIN_EXTRA = struct.pack("<I", 0)      # not an encrypted write
    SPI_USR_OFFS = 0x18
    SPI_USR1_OFFS = 0x1C
    SPI_USR2_OFFS = 0x20
    SPI_MOSI_DLEN_OFFS = 0x24
    SPI_MISO_DLEN_OFFS = 0x28
    SPI_W0_OFFS = 0x58
    SPI_ADDR_REG_MSB = False
    STATUS_BYTES_LENGTH = 4
    SPI_REG_BASE = 0x60002000      # SPI1 (SPI_MEM)
    FLASH_32BIT_ADDR = False       # can the stub reach flash above 16 MB (docs/chips.md §4)
    PACKAGES = {}
    RTC_SWD_WKEY = RTC_SWD_WKEY                # the super watchdog's key and feed bit
    RTC_SWD_AUTO_FEED_EN = RTC_SWD_AUTO_FEED_EN
    FLASH_CAPACITIES = {}
    FLASH_VENDORS = {}

    def read_block1(self, word):
        """Word `word` of eFuse BLOCK1 (docs/chips.md §3)."""
        return self.read_reg(self.EFUSE_BASE + 0x44 + 4 * word)

    def chip_revision(self):
        """(major, minor) from BLOCK1 words 3 and 5 (docs/chips.md §3)."""
        word3, word5 = self.read_block1(3), self.read_block1(5)
        minor = ((word5 >> 23) & 1) << 3 | (word3 >> 18) & 7
        return (word5 >> 24) & 3, minor

    def get_chip_description(self):
        package = self.PACKAGES.get((self.read_block1(3) >> 21) & 7,
                                    "Unknown %s" % self.CHIP_NAME)
        return "%s (revision v%d.%d)" % ((package,) + self.chip_revision())

    def get_chip_features(self):
        features = list(self.FEATURES)
        capacity = (self.read_block1(3) >> 27) & 7
        if capacity:
            vendor = self.FLASH_VENDORS.get(self.read_block1(4) & 7, "")
            features.append("%s (%s)" % (self.FLASH_CAPACITIES.get(capacity,
                                                                   "Unknown Embedded Flash"),
                                         vendor))
        return features

    def read_mac(self):
        word0, word1 = self.read_block1(0), self.read_block1(1)
        return tuple(bytearray(struct.pack(">II", word1, word0)[2:]))   # no CRC byte here

    def chip_id(self):
        return None          # no chip ID word on these chips: the MAC identifies them

    def baud_word(self, baud):
        return baud          # a fixed 40 MHz crystal: the ROM's divider comes out right

    def flash_spi_attach(self, config):
        ESPLoader.flash_spi_attach(self, config)    # 0: the ROM uses the eFuse pin setting

    def on_usb_serial_jtag(self):
        return on_usb_serial_jtag(self)

    def keep_awake(self):
        if self.on_usb_serial_jtag():
            self.disable_watchdogs()

    def disable_watchdogs(self):
        """docs/chips.md §5: over USB-Serial-JTAG nothing resets the RTC watchdog,
        which would reset the chip mid-flash: stop it, let the super watchdog feed
        itself."""
        self.write_reg(self.RTC_CNTL_WDTWPROTECT, RTC_WDT_WKEY)
        self.write_reg(self.RTC_CNTL_WDTCONFIG0, 0)
        self.write_reg(self.RTC_CNTL_WDTWPROTECT, 0)
        self.write_reg(self.RTC_CNTL_SWD_WPROTECT, self.RTC_SWD_WKEY)
        self.write_reg(self.RTC_CNTL_SWD_CONF,
                       self.read_reg(self.RTC_CNTL_SWD_CONF) | self.RTC_SWD_AUTO_FEED_EN)
        self.write_reg(self.RTC_CNTL_SWD_WPROTECT, 0)
