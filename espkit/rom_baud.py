# GPLv2, see LICENSE.
"""A faster rate for a ROM that lacks CHANGE_BAUDRATE (the ESP8266's): its UART
divider rescaled by a register write (docs/protocol.md §14.1). esptool's engine
asks for this before the stub upload, where the stub's ~10 KB take most of a
reflash's fixed cost at 115200; esptool.py alone stays at 115200 until the stub
runs, as v2.3 did.
"""
import struct
import time

from esptool import FatalError, Op, set_port_baudrate

UART_CLKDIV_MASK = 0xFFFFF         # the divider field of UART_CLKDIV (docs/protocol.md §7.4)
BAUD_TOLERANCE = 0.03              # a rate this far off still works (docs/protocol.md §14.1)


def change_baud_by_divider(rom, baud):
    """docs/protocol.md §14.1: rescale the UART divider the ROM's auto-baud found, then
    sync again at `baud`. False if no divider gives `baud` closely enough (nothing
    is written then). The reply to the write may leave at either rate, so it is not
    waited for; FatalError if the chip does not answer at `baud` afterwards (its
    rate is then unknown: reset it)."""
    old = rom.serial.baudrate
    register = rom.read_reg(rom.ROM_UART_CLKDIV_REG)
    divider = register & UART_CLKDIV_MASK
    new_divider = (divider * old + baud // 2) // baud
    if new_divider < 1 or (abs(divider * old - new_divider * baud)
                           > BAUD_TOLERANCE * divider * old):
        return False
    rom.reporter.message("Changing baud rate to %d" % baud)
    value = (register & ~UART_CLKDIV_MASK) | new_divider
    rom.trace("UART_CLKDIV %d -> %d, WRITE_REG without waiting for its reply",
               divider, new_divider)
    rom._link.write_frame(struct.pack("<BBHI", 0, Op.WRITE_REG, 16, 0)
                           + struct.pack("<IIII", rom.ROM_UART_CLKDIV_REG, value,
                                         0xFFFFFFFF, 0))
    rom.serial.flush()          # the command has left the host before the rate changes
    set_port_baudrate(rom.serial, baud)
    time.sleep(0.05)             # its reply, at either rate, is noise now (Appendix A.3)
    try:
        resync(rom)
    except FatalError as e:
        raise FatalError("the %s ROM did not answer at %d baud after its UART divider "
                         "was changed (%s)" % (rom.CHIP_NAME, baud, e))
    rom.reporter.message("Changed.")
    return True

def resync(rom, attempts=3):
    """SYNC again on a connected chip, no reset (docs/protocol.md §6.5)."""
    for attempt in range(attempts):
        rom.flush_input()
        try:
            rom.sync()
            return
        except FatalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)
