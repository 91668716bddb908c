"""The simulated chip: reset circuit, boot, registers; it runs the ROM loader
(rom.py), a stub (stub.py, cstub.py) or, after booting a valid image, the
echoing application of firmware.py.

A `Device` is driven by three kinds of events, all put on one queue and
handled in order by the device's own thread (so the chip never sees two
things at once, as on hardware): bytes from the host, control-line changes
(DTR/RTS) and the host's baud rate. Its replies leave through `self.wire`
(uart.py), which applies baud mismatch, timing and faults.

Facts: docs/protocol.md (§4 status bytes, §5 commands, §6 reset circuit, §7 ids,
docs/protocol.md §8 SPI registers), docs/image-format.md (boot), docs/efuse-esp32.md (eFuse),
docs/chips.md (the ESP32-C3 and ESP32-S3: §2 ids, §3 eFuse words, §4 SPI_MEM, §5 USB).

Transport: a chip's UART0 behind a USB-serial bridge whose DTR/RTS drive EN
and GPIO0 through the usual two-transistor circuit (docs/protocol.md §6.1), or,
with `usb_jtag=True` (ESP32-C3/-S3 only), the chip's own USB-Serial-JTAG
port, whose DTR/RTS go to a small reset logic inside the chip instead
(docs/chips.md §5): no RC delay, no baud rate, and the classic reset sequence
does not reach download mode there.
"""
import queue
import struct
import threading
import time

from espsim import boot, cstub
from espsim.efuse import EfuseController, factory_blk0
from espsim.efuse_newer import LAYOUTS as NEWER_EFUSE_LAYOUTS, NewerEfuseController
from espsim.firmware import EchoFirmware
from espsim.power import DOWNLOAD_MODE_XPD_ON, EFUSE_RD_REPEAT_DATA1, FlashPower
from espsim.flash import CAPACITY_CODES, NorFlash, parse_size
from espsim.protocol import Op
from espsim.registers import Bus, EfuseWords, Memory, Otp8266, SpiController, UartDivider
from espsim.rom import RomLoader
from espsim.slip import slip_encode
from espsim.stub import StubHal, stub_class
from espsim.uart import USB_SERIAL_JTAG_BYTES_PER_S, Faults, Trace, Wire

# How long EN takes to rise through the RC network of a dev board (docs/protocol.md §6.1): the
# boot strapping is latched when it gets there. A local adapter moves DTR and RTS
# microseconds apart, but over RFC 2217 every line change is a round trip that
# pyserial's client acknowledges in 50 ms steps, so (DTR, RTS) goes
# (F,T) -> (T,T) [EN rises, GPIO0 still high] -> (T,F) [GPIO0 low] over ~50 ms.
# The simulated board latches "GPIO0 low" if it was low at any time while EN
# was rising; 0.1 s keeps the strap inside every upstream reset sequence.
EN_RC_DELAY = 0.1


class ChipFacts:
    """Per-chip constants as data, so adding a chip is one more entry, not new code
    paths (docs/adding-a-chip.md §2)."""

    def __init__(self, **facts):
        self.__dict__.update(facts)


# The commands each mask ROM's loader answers, as sets of the one opcode table
# (protocol.Op): the ESP32's ROM has the ESP8266's and the SPI, baud rate,
# compressed-write and MD5 commands besides.
ROM8266_COMMANDS = frozenset({Op.FLASH_BEGIN, Op.FLASH_DATA, Op.FLASH_END, Op.MEM_BEGIN,
                              Op.MEM_END, Op.MEM_DATA, Op.SYNC, Op.WRITE_REG, Op.READ_REG})
ROM32_COMMANDS = ROM8266_COMMANDS | {Op.SPI_SET_PARAMS, Op.SPI_ATTACH, Op.READ_FLASH_SLOW,
                                     Op.CHANGE_BAUDRATE, Op.FLASH_DEFL_BEGIN, Op.FLASH_DEFL_DATA,
                                     Op.FLASH_DEFL_END, Op.SPI_FLASH_MD5}
ESP8266 = ChipFacts(
    name="ESP8266", family="esp8266", spi_layout="esp8266", rom_magic=0xFFF0C101,
    uart_date=0x00062000,
    rom_status_len=2, boot_offset=0x0, boot_log_baud=74880,
    rom_commands=ROM8266_COMMANDS,
    spi_bases=(0x60000200,), uart_bases=(0x60000000,), default_mac="18:fe:34:01:02:03",
    uart_clock_per_xtal_mhz=2, default_crystal=26,
    rom_erase_workaround=True,                 # FLASH_BEGIN erases extra (docs/protocol.md §11.4)
    rom_attach="flash_begin",                  # flash reachable from reset; FLASH_BEGIN attaches
)
ESP32 = ChipFacts(
    name="ESP32", family="esp32", spi_layout="esp32", rom_magic=0x00F01D83,
    uart_date=0x15122500,
    rom_status_len=4, boot_offset=0x1000, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS,
    spi_bases=(0x3FF42000, 0x60002000), uart_bases=(0x3FF40000, 0x60000000),
    default_mac="24:0a:c4:01:02:03", uart_clock_per_xtal_mhz=1, default_crystal=40,
    rom_erase_workaround=False,
    rom_attach="spi_attach",                   # SPI_ATTACH first (docs/protocol.md §5.12)
)
# The ESP-ROM chips (docs/chips.md): the ESP32's loader plus GET_SECURITY_INFO,
# SPI_MEM registers, eFuse words at their own base, a fixed 40 MHz crystal.
ESP32C3 = ChipFacts(
    name="ESP32-C3", family="esp_rom", spi_layout="spi_mem", rom_magic=0x1B31506F,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=5, rom_api_version=3,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60002000,), uart_bases=(0x60000000,), default_mac="58:cf:79:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x60008800, default_revision=4,     # v0.4
    rom_banner=("ESP-ROM:esp32c3-api1-20210207", "Build:Feb  7 2021"),
    boot_modes={"flash": (0xC, "SPI_FAST_FLASH_BOOT"), "download": (0x5, "DOWNLOAD(USB/UART0/1)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0x3, "RTC_SW_SYS_RST"),
                  "watchdog": (0x10, "RTCWDT_RTC_RST"), "usb": (0x15, "USB_UART_CHIP_RESET")},
)
ESP32S3 = ChipFacts(
    name="ESP32-S3", family="esp_rom", spi_layout="spi_mem", rom_magic=0x00000009,
    uart_date=0x2008270, uart_date_offset=0x80, image_chip_id=9, rom_api_version=0,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60002000,), uart_bases=(0x60000000,), default_mac="7c:df:a1:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x60007000, default_revision=2,     # v0.2
    rom_banner=("ESP-ROM:esp32s3-20210327", "Build:Mar 27 2021"),
    boot_modes={"flash": (0x8, "SPI_FAST_FLASH_BOOT"), "download": (0x0, "DOWNLOAD(USB/UART0)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0x3, "RTC_SW_SYS_RST"),
                  "watchdog": (0x10, "RTCWDT_RTC_RST"), "usb": (0x15, "USB_UART_CHIP_RESET")},
)
# docs/chips.md §13: SPI_MEM at 0x60003000, eFuses at 0x600B0800, revision all in BLOCK1 word 3.
ESP32C6 = ChipFacts(
    name="ESP32-C6", family="esp_rom", spi_layout="spi_mem", rom_magic=0x2CE0806F,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=13, rom_api_version=3,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60003000,), uart_bases=(0x60000000,), default_mac="40:4c:ca:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x600B0800, default_revision=1,     # v0.1
    efuse_layout="word3",
    rom_banner=("ESP-ROM:esp32c6-20220919", "Build:Sep 19 2022"),
    boot_modes={"flash": (0xC, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(USB/UART/SDIO/REI/REO)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0xC, "SW_CPU"),
                  "watchdog": (0x9, "LP_WDT_SYS"), "usb": (0x15, "USB_UART_HPSYS")},
)
# The ESP32-S2 (docs/chips.md): an ESP-ROM whose GET_SECURITY_INFO has no chip ID
# (12 bytes), peripherals at 0x3F4xxxxx, USB-OTG instead of USB-Serial-JTAG.
ESP32S2 = ChipFacts(
    name="ESP32-S2", family="esp_rom", spi_layout="spi_mem", rom_magic=0x000007C6,
    uart_date=0x19031400, image_chip_id=None, rom_api_version=None,
    rom_status_len=4, boot_offset=0x1000, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x3F402000,), uart_bases=(0x3F400000, 0x60000000),
    default_mac="60:55:f9:01:02:03", uart_clock_per_xtal_mhz=1, default_crystal=40,
    rom_erase_workaround=False, rom_attach="spi_attach", efuse_base=0x3F41A000,
    efuse_layout="esp32s2", default_revision=100, usb_serial_jtag=False,     # v1.0
    rom_banner=("ESP-ROM:esp32s2-rc4-20191025", "Build:Oct 25 2019"),
    boot_modes={"flash": (0x8, "SPI_FAST_FLASH_BOOT"), "download": (0x0, "DOWNLOAD(USB/UART0/1)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0x3, "RTC_SW_SYS_RST"),
                  "watchdog": (0x10, "RTCWDT_RTC_RST"), "usb": (0x15, "USB_UART_CHIP_RESET")},
)
# docs/chips.md §16: the C6's SPI_MEM and eFuse bases; revision in BLOCK1 word 3 (minor 3 bits
# at 18, major at 21); a fixed 32 MHz crystal.
ESP32H2 = ChipFacts(
    name="ESP32-H2", family="esp_rom", spi_layout="spi_mem", rom_magic=0xD7B73E80,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=16, rom_api_version=3,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60003000,), uart_bases=(0x60000000,), default_mac="60:55:f9:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=32, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x600B0800, default_revision=1,     # v0.1
    efuse_layout="h2word3",
    rom_banner=("ESP-ROM:esp32h2-20221101", "Build:Nov  1 2022"),
    boot_modes={"flash": (0xC, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(USB/UART/SDIO/REI/REO)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0xC, "SW_CPU"),
                  "watchdog": (0x9, "LP_WDT_SYS"), "usb": (0x15, "USB_UART_HPSYS")},
)
# docs/chips.md §15: eFuse words from base + 0x40, no USB-Serial-JTAG, and a ROM
# that takes CHANGE_BAUDRATE's rate as if its crystal were 40 MHz (26 MHz parts too).
ESP32C2 = ChipFacts(
    name="ESP32-C2", family="esp_rom", spi_layout="spi_mem", rom_magic=0x7C41A06F,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=12, rom_api_version=2,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60002000,), uart_bases=(0x60000000,), default_mac="08:3a:8d:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x60008800, default_revision=101,   # v1.1
    efuse_layout="c2", usb_serial_jtag=False, rom_assumed_crystal=40,
    rom_banner=("ESP-ROM:esp8684-api2-20220127", "Build:Jan 27 2022"),
    boot_modes={"flash": (0xC, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(UART0)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0x3, "RTC_SW_SYS_RST"),
                  "watchdog": (0x10, "RTCWDT_RTC_RST"), "usb": (0x15, "USB_UART_CHIP_RESET")},
)
# docs/chips.md §18: peripherals at 0x5xxxxxxx, eFuse revision in BLOCK1 word 2 with a third
# major bit, the bootloader at 0x2000; flash unpowered after reset on v3.1/v3.2
# (docs/chips.md §18.6).
ESP32P4 = ChipFacts(
    name="ESP32-P4", family="esp_rom", spi_layout="spi_mem", rom_magic=0x0ADDBAD0,
    uart_date=0x2008270, uart_date_offset=0x8C, image_chip_id=18, rom_api_version=3,
    rom_status_len=4, boot_offset=0x2000, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x5008D000,), uart_bases=(0x500CA000,), default_mac="30:ed:a0:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x5012D000, default_revision=100,   # v1.0
    efuse_layout="p4word2", flash_power_revisions=(301, 302),
    rom_banner=("ESP-ROM:esp32p4-eco2-20240710", "Build:Jul 10 2024"),
    boot_modes={"flash": (0xE, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(USB/UART0/1/SPI)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0xC, "SW_CPU"),
                  "watchdog": (0x9, "LP_WDT_SYS"), "usb": (0x15, "USB_UART_HPSYS")},
)
# docs/chips.md §19: the C6's SPI_MEM and UART, eFuses at 0x600B4800 with everything in BLOCK1
# word 2, the bootloader at 0x2000, a 48 MHz crystal and a ROM whose baud arithmetic assumes
# the crystal PCR_SYSCLK_CONF names (48 here: a 40 MHz part gets baud x 40/48,
# docs/chips.md §19.5).
ESP32C5 = ChipFacts(
    name="ESP32-C5", family="esp_rom", spi_layout="spi_mem", rom_magic=0x1101406F,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=23, rom_api_version=3,
    rom_status_len=4, boot_offset=0x2000, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60003000,), uart_bases=(0x60000000,), default_mac="3c:dc:75:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=48, rom_assumed_crystal=48,
    fixed_registers={0x60096110: 48 << 24},          # PCR_SYSCLK_CONF: the ROM's crystal
    rom_erase_workaround=False, rom_attach="spi_attach", efuse_base=0x600B4800,
    default_revision=100, efuse_layout="word2",      # v1.0
    rom_banner=("ESP-ROM:esp32c5-eco2-20250121", "Build:Jan 21 2025"),
    boot_modes={"flash": (0x18, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(USB/UART/SDIO/FAST)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0xC, "SW_CPU"),
                  "watchdog": (0x9, "LP_WDT_SYS"), "usb": (0x15, "USB_UART_HPSYS")},
)
# docs/chips.md §20: the C5's eFuse words and bases, the bootloader at 0x0, a fixed 40 MHz crystal.
ESP32C61 = ChipFacts(
    name="ESP32-C61", family="esp_rom", spi_layout="spi_mem", rom_magic=0x33F0206F,
    uart_date=0x2008270, uart_date_offset=0x7C, image_chip_id=20, rom_api_version=3,
    rom_status_len=4, boot_offset=0x0, boot_log_baud=115200,
    rom_commands=ROM32_COMMANDS | {Op.GET_SECURITY_INFO},
    spi_bases=(0x60003000,), uart_bases=(0x60000000,), default_mac="58:e6:c5:01:02:03",
    uart_clock_per_xtal_mhz=1, default_crystal=40, rom_erase_workaround=False,
    rom_attach="spi_attach", efuse_base=0x600B4800, default_revision=100,   # v1.0
    efuse_layout="word2",
    rom_banner=("ESP-ROM:esp32c61-20240329", "Build:Mar 29 2024"),
    boot_modes={"flash": (0xC, "SPI_FAST_FLASH_BOOT"), "download": (0x4, "DOWNLOAD(USB/UART/SDIO)")},
    reset_causes={"poweron": (0x1, "POWERON"), "software": (0xC, "SW_CPU"),
                  "watchdog": (0x9, "LP_WDT_SYS"), "usb": (0x15, "USB_UART_HPSYS")},
)
CHIPS = {"esp8266": ESP8266, "esp32": ESP32, "esp32c3": ESP32C3, "esp32s3": ESP32S3}
CHIPS["esp32c6"] = ESP32C6
CHIPS["esp32s2"] = ESP32S2
CHIPS["esp32h2"] = ESP32H2
CHIPS["esp32c2"] = ESP32C2
CHIPS.update(esp32p4=ESP32P4, esp32c5=ESP32C5, esp32c61=ESP32C61)

CHIP_MAGIC_REG = 0x40001000
UART_DATE_OFFSET = 0x78
UART_CLKDIV_INTEGER = 0xFFFFF        # ESP32: 4 fractional bits above it (docs/protocol.md §14)
ESP32_RTC_CALI_REG = 0x3FF5F06C
ESP32_APB_CTL_DATE = 0x3FF6607C
ESP32_APB_DATE_VALUE = 0x16042000
ESP32_GPIO_STRAP_REG = 0x3FF44038
# ESP32 ROM crystal estimate (docs/protocol.md §5.9): rom_xtal = cali * 15625 * ck8m / 40
ESP32_CK8M = 100


STUB_IMPLEMENTATIONS = ("auto", "generic", "cstub")
SECURITY_FLAG_SECURE_DOWNLOAD = 1 << 2     # GET_SECURITY_INFO flags (docs/protocol.md §21.1)


def chip_facts(name):
    try:
        return CHIPS[name.lower()]
    except KeyError:
        raise ValueError("chip must be one of %s, got %r" % (", ".join(sorted(CHIPS)), name))


def parse_mac(text):
    """'24:0a:c4:01:02:03' -> 6 bytes; ValueError for anything else."""
    parts = text.split(":")
    try:
        mac = bytes(int(part, 16) for part in parts)
    except ValueError:
        mac = b""
    if len(parts) != 6 or len(mac) != 6:
        raise ValueError("MAC must be six hex bytes such as 24:0a:c4:01:02:03, got %r" % text)
    return mac


def check_flash_size(text):
    """Bytes of a flash size the RDID capacity byte can name (docs/protocol.md §8.3)."""
    try:
        size = parse_size(text)
    except ValueError:
        size = None
    if size not in CAPACITY_CODES:
        raise ValueError("flash size must be one of %s, got %r" % (", ".join(
            "%dKB" % (s >> 10) if s < 1 << 20 else "%dMB" % (s >> 20)
            for s in sorted(CAPACITY_CODES)), text))
    return size


def check_readable(path, what):
    try:
        open(path, "rb").close()
    except OSError as error:
        raise OSError("cannot read %s %s: %s" % (what, path, error.strerror or error))


def check_crystal(chip, mhz):
    """The crystal frequencies parts of a chip are made with: 26 and 40 MHz, or the
    chip's fixed one (the ESP32-H2's 32 MHz)."""
    allowed = sorted({26, 40, chip.default_crystal})
    if mhz not in allowed:
        raise ValueError("crystal must be one of %s MHz, got %r"
                         % (", ".join(map(str, allowed)), mhz))
    return mhz


class Device:
    """One simulated ESP8266 or ESP32 (see the module docstring)."""

    def __init__(self, chip="esp32", flash_file=None, flash_size="4MB", efuse_file=None,
                 mac=None, chip_revision=None, crystal=None, flash_id=None, realtime=False,
                 trace=None, stub_impl="auto", stub_host_build=None, start_in_download=False,
                 usb_jtag=False, app_output=None, secure_download=False, **fault_options):
        # Every option is checked before any file is touched: ValueError names the bad one.
        self.chip = chip_facts(chip)
        self.app_output = app_output           # a file the stand-in application prints
        self.esp32 = self.chip is ESP32
        self.esp_rom = self.chip.family == "esp_rom"
        if usb_jtag and not getattr(self.chip, "usb_serial_jtag", self.esp_rom):
            raise ValueError("%s has no USB-Serial-JTAG port" % self.chip.name)
        self.usb_jtag = usb_jtag
        if chip_revision is None:
            chip_revision = getattr(self.chip, "default_revision", 1)
        if chip_revision < 0:
            raise ValueError("chip revision must be 0 or more, got %d" % chip_revision)
        self.mac = parse_mac(mac or self.chip.default_mac)
        self.crystal_mhz = check_crystal(self.chip, crystal or self.chip.default_crystal)
        size = check_flash_size(flash_size)
        if stub_impl not in STUB_IMPLEMENTATIONS:
            raise ValueError("stub implementation must be one of %s, got %r"
                             % (", ".join(STUB_IMPLEMENTATIONS), stub_impl))
        self.stub_impl = stub_impl
        self.stub_host_build = cstub.host_build(stub_host_build)   # None: no C stub here
        if stub_impl == "cstub":
            cstub.check_host_build(self.stub_host_build)          # ValueError, before any work
        if app_output:
            check_readable(app_output, "application output file")   # now, not at a boot
        self.start_in_download = start_in_download
        if secure_download and self.chip.name not in NEWER_EFUSE_LAYOUTS:
            raise ValueError("%s has no Secure Download Mode (ENABLE_SECURITY_DOWNLOAD is an "
                             "eFuse of the ESP32-S2 and later)" % self.chip.name)
        self.secure_download = secure_download
        self.faults = Faults(**fault_options)
        self.faults.to_chip.log = self.faults.to_host.log = self.trace_event
        self.wire = Wire(realtime=realtime, faults=self.faults)
        if usb_jtag:
            self.wire.usb_bytes_per_s = USB_SERIAL_JTAG_BYTES_PER_S   # espsim/uart.py
        self.chip_revision = chip_revision
        self._lock = threading.RLock()
        self.flash = self.efuse = self.trace = None
        try:
            self._open_files(size, flash_file, flash_id, efuse_file, trace)
        except BaseException:
            self._close_files()                # a file already locked is let go
            raise
        self.memory = Memory()
        self.flash_power = self._flash_power()
        self.uart_clkdiv = None                # None: the divider the current rate implies
        self.spi_attached = self._attached_at_reset()
        self.spi = SpiController(self.chip.spi_bases, self.flash, self.chip.spi_layout,
                                 attached=lambda: self.spi_attached)
        self.bus = self._build_bus()
        self.state = "off"
        self.program = None                    # RomLoader or a stub
        self.strap = 0
        self.lines = {"dtr": False, "rts": False}
        self.commands_seen = 0
        self._events = queue.Queue()
        self._boot_at = None
        self._gpio0_seen_low = False
        self._boot_cause = "poweron"
        self._usb_download = False             # USB reset logic: download at release
        self._thread = None
        self._stopping = False

    # ------------------------------------------------------------------ setup

    def _open_files(self, size, flash_file, flash_id, efuse_file, trace):
        """Open (and lock, files.py) the flash and eFuse files, then the trace."""
        self.flash = NorFlash(size, flash_file, jedec_id=flash_id, clock=self.wire.hold)
        self.flash.stuck_bits = self.faults.stuck_bits
        if self.esp32:
            self.efuse = EfuseController(factory_blk0(self.mac, self.chip_revision, ESP32_CK8M),
                                         efuse_file, busy_reads=1)
        elif self.esp_rom:
            self.efuse = EfuseWords.factory(self.chip.efuse_base, self.mac, self.chip_revision,
                                            s3_block_version=self.chip is ESP32S3,
                                            layout=getattr(self.chip, "efuse_layout", None))
            if self.chip.name in NEWER_EFUSE_LAYOUTS:      # a controller over that factory image
                self.efuse = NewerEfuseController(self.chip.name, self.chip.efuse_base,
                                                  self.efuse.words, efuse_file)
                if self.secure_download:               # --secure-download burns the eFuse
                    self.efuse.burn_bit(0, *self.efuse.layout.sdm)
        self.trace = Trace(trace) if trace else None

    def _close_files(self):
        """Save flash and eFuses whole and let another program open their files."""
        with self._lock:
            for state in (self.flash, self.efuse):
                if hasattr(state, "close"):
                    state.close()

    def _build_bus(self):
        constants = {CHIP_MAGIC_REG: lambda: self.chip.rom_magic}
        for address, value in getattr(self.chip, "fixed_registers", {}).items():
            constants[address] = lambda value=value: value
        date_offset = getattr(self.chip, "uart_date_offset", UART_DATE_OFFSET)
        for base in self.chip.uart_bases:
            constants[base + date_offset] = lambda: self.chip.uart_date
        peripherals = [self.spi, UartDivider(self.chip.uart_bases, self._uart_clkdiv,
                                             self.set_uart_clkdiv)]
        if self.esp32:
            peripherals.append(self.efuse)
            # Calibration chosen so the ROM's crystal estimate is exact.
            cali = self.crystal_mhz * 1000000 * 40 // (15625 * ESP32_CK8M)
            constants[ESP32_RTC_CALI_REG] = lambda: cali << 7
            constants[ESP32_GPIO_STRAP_REG] = lambda: self.strap
            # Bit 31 is the third revision bit: set on ESP32 v3 (docs/efuse-esp32.md §8).
            apb_date = ESP32_APB_DATE_VALUE | (1 << 31 if self.chip_revision >= 3 else 0)
            constants[ESP32_APB_CTL_DATE] = lambda: apb_date
        elif self.esp_rom:
            peripherals += [self.efuse, self.flash_power]
        else:
            peripherals.append(Otp8266(self.mac))
        return Bus(constants, peripherals, self.memory)

    def _uart_clock(self):
        return self.crystal_mhz * 1000000 * self.chip.uart_clock_per_xtal_mhz

    def _uart_clkdiv(self):
        if self.uart_clkdiv is not None:
            return self.uart_clkdiv
        baud = self.wire.device_baud or self.wire.host_baud or 115200
        return int(self._uart_clock() // baud) & UART_CLKDIV_INTEGER

    def set_uart_clkdiv(self, value):
        """A program wrote UART_CLKDIV: from now on the UART sends and samples at
        clock / divider, whatever the host does (docs/protocol.md §14.1). A zero
        divider is ignored (the model has no stopped UART)."""
        divider = value & UART_CLKDIV_INTEGER
        if self.esp32:
            divider += ((value >> 20) & 0xF) / 16
        if not divider:
            return
        self.wire.device_baud = self._uart_clock() / divider
        self.uart_clkdiv = value & (0xFFFFFF if self.esp32 else UART_CLKDIV_INTEGER)
        self.trace_event("device baud %d (UART_CLKDIV %d)" % (self.wire.device_baud, divider))

    def boot_log_baud(self):
        """The ROM sets its UART up assuming a 40 MHz crystal: 115200 x 26/40 = 74880
        on the usual 26 MHz ESP8266 (docs/protocol.md §1)."""
        assumed = getattr(self.chip, "rom_assumed_crystal", None)
        if assumed:                            # the ESP32-C2 (docs/chips.md §15.5)
            return self.chip.boot_log_baud * self.crystal_mhz // assumed
        if self.chip is not ESP8266:
            return self.chip.boot_log_baud
        return 115200 * self.crystal_mhz // 40

    # -------------------------------------------------------------- lifecycle

    def start(self):
        """Power on: the chip boots (from flash, or into download mode if asked)."""
        if self._thread:
            return self
        self._thread = threading.Thread(target=self._run, name="espsim-" + self.chip.name,
                                        daemon=True)
        self._thread.start()
        self._events.put(("power", time.monotonic()))
        return self

    def close(self):
        """Stop the device thread and save flash and eFuses whole."""
        if self._thread:
            self._stopping = True
            self.wire.closing = True
            self._events.put(("stop", time.monotonic()))
            self._thread.join(timeout=10)
            self._thread = None
        self._close_files()
        if self.trace:
            self.trace.close()

    def save(self):
        with self._lock:
            self.flash.save()
            if self.efuse:
                self.efuse.save()

    # ---------------------------------------------------- host-side interface

    def attach(self, sink):
        """Connect the host: `sink(bytes)` receives what the chip transmits."""
        self.wire.attach(sink)

    def detach(self):
        """The host went away: lines float back to de-asserted, state is saved."""
        self.wire.detach()
        self.set_lines(dtr=False, rts=False)
        self._events.put(("save", time.monotonic()))

    def receive(self, data):
        if data:
            self._events.put(("data", time.monotonic(), bytes(data)))

    def set_lines(self, dtr=None, rts=None):
        self._events.put(("lines", time.monotonic(), dtr, rts))

    def set_host_baud(self, baud):
        self._events.put(("baud", time.monotonic(), baud))

    def in_secure_download_mode(self):
        """ENABLE_SECURITY_DOWNLOAD as the ROM read it at reset (docs/efuse-newer-sim.md §4)."""
        return bool(getattr(self.efuse, "secure_download_enabled", lambda: False)())

    def security_info(self):
        """GET_SECURITY_INFO's 20 bytes (docs/chips.md §2.2): nothing secured but the
        Secure Download flag (bit 2, docs/efuse-newer-sim.md §4). A ROM without a chip
        ID (the ESP32-S2's) sends the first 12 only."""
        flags = SECURITY_FLAG_SECURE_DOWNLOAD if self.in_secure_download_mode() else 0
        if self.chip.image_chip_id is None:
            return struct.pack("<IB7B", flags, 0, *bytes(7))
        return struct.pack("<IB7BII", flags, 0, *bytes(7), self.chip.image_chip_id,
                           self.chip.rom_api_version)

    # ------------------------------------------------------------ event loop

    def _run(self):
        while not self._stopping:
            timeout = None
            if self._boot_at is not None:
                timeout = max(0.0, self._boot_at - time.monotonic())
            try:
                event = self._events.get(timeout=timeout)
            except queue.Empty:
                self._boot_now()
                continue
            if self._boot_at is not None and event[1] >= self._boot_at:
                self._boot_now()
            if event[0] == "stop":
                return
            with self._lock:
                self._handle(event)

    def _handle(self, event):
        kind = event[0]
        if kind == "data":
            self._handle_bytes(event[1], event[2])
        elif kind == "lines":
            self._handle_lines(event[2], event[3])
        elif kind == "baud":
            if event[2] != self.wire.host_baud:
                self.trace_event("host baud %d" % event[2])
            self.wire.host_baud = event[2]
            if self.usb_jtag:                  # USB: whatever rate the host names
                self.wire.device_baud = None
        elif kind == "power":
            self._boot_cause = "poweron"
            self._boot_at = event[1]
        elif kind == "save":
            self.save()

    def _handle_bytes(self, arrived, data):
        data = self.wire.receive(data, arrived)
        if self.trace:
            self.trace.host_bytes(data)
        if self.program is not None:
            self.program.receive(data)

    # -------------------------------------------------- reset circuit (docs/protocol.md §6.1)

    def _en_high(self):
        return not (self.lines["rts"] and not self.lines["dtr"])

    def _gpio0_low(self):
        return self.lines["dtr"] and not self.lines["rts"]

    def _handle_lines(self, dtr, rts):
        if self.usb_jtag:
            return self._handle_usb_lines(dtr, rts)
        was_high = self._en_high()
        if dtr is not None:
            self.lines["dtr"] = dtr
        if rts is not None:
            self.lines["rts"] = rts
        self.trace_event("lines dtr=%d rts=%d" % (self.lines["dtr"], self.lines["rts"]))
        if was_high and not self._en_high():
            self._hold_in_reset()
        elif not was_high and self._en_high():
            self._boot_cause = "poweron"
            self._boot_at = time.monotonic() + EN_RC_DELAY
            self._gpio0_seen_low = self._gpio0_low()
        elif self._boot_at is not None and self._gpio0_low():
            self._gpio0_seen_low = True

    def _handle_usb_lines(self, dtr, rts):
        """The USB-Serial-JTAG reset logic (docs/chips.md §5): the chip is held in
        reset while RTS is asserted and DTR is not; it enters that state in
        download mode if DTR was asserted just before, and boots on release."""
        before = dict(self.lines)
        if dtr is not None:
            self.lines["dtr"] = dtr
        if rts is not None:
            self.lines["rts"] = rts
        self.trace_event("usb lines dtr=%d rts=%d" % (self.lines["dtr"], self.lines["rts"]))
        in_reset = self.lines["rts"] and not self.lines["dtr"]
        was_in_reset = before["rts"] and not before["dtr"]
        if in_reset and not was_in_reset:
            self._usb_download = before["dtr"]
            self._hold_in_reset()
        elif was_in_reset and not in_reset:
            self._boot_cause = "usb"
            download = self._usb_download and not self.faults.refuse_download
            self._usb_download = False
            self.boot(download, "usb")

    def _hold_in_reset(self):
        self._boot_at = None
        self.state = "reset"
        self.program = None
        self.trace_event("reset (EN low)")

    # ------------------------------------------------------------------ boot

    def _boot_now(self):
        self._boot_at = None
        with self._lock:
            download = self.start_in_download or (
                (self._gpio0_low() or self._gpio0_seen_low)
                and not self.faults.refuse_download)
            self._gpio0_seen_low = False
            self.start_in_download = False
            self.boot(download, self._boot_cause)

    def boot(self, download, cause="poweron"):
        """Come out of reset: print the boot log, then run the loader or the firmware."""
        self.strap = boot.ESP32_BOOT_DOWNLOAD if download else boot.ESP32_BOOT_FLASH
        self.wire.device_baud = None if self.usb_jtag else self.boot_log_baud()
        self.uart_clkdiv = None
        self.spi_attached = self._attached_at_reset()
        if self.efuse:
            self.efuse.refresh()
        self.flash_power.boot(download)
        self.trace_event("boot %s (%s)" % ("download" if download else "flash", cause))
        if download:
            self._print_boot_log(cause, True, [])
            self.state = "download"
            self.program = RomLoader(self)
            self.wire.device_baud = None       # auto-baud: locks onto the next SYNC
        else:
            self.run_firmware(cause)

    def run_firmware(self, cause="poweron", print_header=True):
        """Boot the image in flash; the chip then runs it or stops (bad image)."""
        self.program = None
        try:
            segments, entry = boot.parse_image(self.flash.read, self.chip.boot_offset,
                                               self.chip is not ESP8266)
        except boot.BadImage as error:
            self._print_boot_log(cause, False, [str(error)], print_header)
            self.state = "halted"
            return
        lines = boot.flash_boot_lines(segments, entry, self.chip is not ESP8266)
        self._print_boot_log(cause, False, lines, print_header)
        self.state = "app"
        self.trace_event("running application")
        self.program = EchoFirmware(self)
        self.program.start()

    def _print_boot_log(self, cause, download, lines, print_header=True):
        if not print_header:
            text = "\r\n".join(lines) + "\r\n"
        elif self.esp_rom:
            text = boot.esp_rom_log(self.chip, cause, download, lines)
        elif self.esp32:
            text = boot.esp32_log(cause, self.strap, download, lines)
        else:
            text = boot.esp8266_log(cause, download, lines)
        self.send_text(text)

    def send_text(self, text):
        """Text (str or bytes) on the chip's UART: boot log, application output."""
        data = text.encode() if isinstance(text, str) else bytes(text)
        if self.trace:
            self.trace.device_text(data.decode("latin-1"))
        self.wire.send(data, frames=0)

    def software_reset(self):
        """RTC software reset: straps are not re-sampled, so download mode stays."""
        self.boot(self.strap == boot.ESP32_BOOT_DOWNLOAD, "software")

    def spontaneous_reset(self):
        """A watchdog/brown-out style reset in the middle of work (fault injection)."""
        self.trace_event("fault: spontaneous reset")
        self.boot(self._gpio0_low() and not self.faults.refuse_download, "watchdog")

    # ------------------------------------------------------- output helpers

    def send_frame(self, payload):
        self.transmit(slip_encode(payload))

    def transmit(self, data):
        """Raw bytes from the chip's UART (frames; the stub seam uses this too)."""
        if self.trace:
            self.trace.device_bytes(data)
        self.wire.send(data)

    def _flash_power(self):
        """The flash supply (espsim/power.py): only the P4's v3.1 and v3.2 switch it off."""
        def rom_powers():
            xpd_on = self.efuse.read(self.chip.efuse_base + EFUSE_RD_REPEAT_DATA1)
            return self.chip_revision == 302 and bool(xpd_on & DOWNLOAD_MODE_XPD_ON)
        return FlashPower(self.chip_revision in getattr(self.chip, "flash_power_revisions", ()),
                          rom_powers)

    @property
    def spi_attached(self):
        """The flash pins are connected and the flash powered (docs/chips.md §18.6)."""
        return self._spi_attached and self.flash_power.powered()

    @spi_attached.setter
    def spi_attached(self, value):
        self._spi_attached = value

    def _attached_at_reset(self):
        """Each ROM's attach rule (docs/protocol.md §5.7): ROM32 needs SPI_ATTACH."""
        return self.chip.rom_attach != "spi_attach"

    def trace_event(self, text):
        if self.trace:
            self.trace.event(text)

    def count_command(self):
        """True if the reset-in-the-middle fault fires on this command."""
        self.commands_seen += 1
        return self.faults.reset_at_command == self.commands_seen

    def rom_baud(self, baud):
        """The rate a ROM's CHANGE_BAUDRATE for `baud` gives: the ESP32-C2's ROM
        computes its divider as if the crystal were 40 MHz (docs/chips.md §15.5)."""
        assumed = getattr(self.chip, "rom_assumed_crystal", None)
        return baud * self.crystal_mhz / assumed if assumed else baud

    def set_device_baud(self, baud):
        self.wire.device_baud = baud
        self.uart_clkdiv = None
        self.trace_event("device baud %d" % baud)

    def start_stub(self, entry):
        """Code uploaded to RAM was started: it greets and speaks the stub protocol."""
        self.spi_attached = True               # every stub attaches the flash itself (docs/protocol.md §10.5)
        name = self.stub_impl
        if name == "auto":                     # the C stub for our own stub's code only
            name = cstub.choose_implementation(name, self.chip.name, entry, self.bus.read,
                                               self.stub_host_build)
        hal = StubHal(self)
        self.program = stub_class(name)(hal, entry)
        self.state = "stub"
        self.trace_event("stub started at 0x%08x (%s)" % (entry, name))
        self.program.start()
