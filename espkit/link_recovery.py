# GPLv2, see LICENSE.
"""Surviving a bad serial link while writing flash: a block that fails is sent
again, and if failures go on the baud rate is lowered. esptool's engine asks
for this through its link_recovery seam; esptool.py alone gives up at once.
"""
import time

from esptool import FatalError, Op, chip_restarted
from espkit import rom_proof


# A bad link (cheap cables at high rates) garbles bytes: how hard to try before giving up.
LINK_RETRIES_PER_BAUD = 2       # failed sends at one rate before the rate is lowered
LINK_MAX_RETRIES = 6            # failures in a row with no block getting through: give up
LINK_BAUD_STEPS = (921600, 460800, 230400, 115200)


class LinkRecovery:
    """What to do when a block fails: send again; after repeated failures lower the
    baud rate (CHANGE_BAUDRATE, docs/protocol.md §5.9) and say so in one line; after
    too many, give up with the error."""

    def __init__(self, esp):
        self.esp = esp
        self.failures = 0
        self.at_this_rate = 0
        self.errors_seen = 0

    def recover(self, error, progressed, attempt=None):
        """Called after a failed send; `progressed`: some blocks got through since the last;
        `attempt`: the engine's RegionSend that failed (a ROM's refusal may end it all)."""
        damaged = rom_proof.refused_block(self.esp, error, attempt)
        if damaged:
            raise damaged
        if progressed:
            self.failures = 0
        self.errors_seen += 1
        self.failures += 1
        self.at_this_rate += 1
        if self.failures > LINK_MAX_RETRIES or chip_restarted(error):
            raise error
        self.esp.trace("block failed (%s); trying again", error)
        self.drain()
        if self.at_this_rate >= LINK_RETRIES_PER_BAUD and self.lower_baud(error):
            self.at_this_rate = 0

    def drain(self):
        """Late replies and a half-read frame on either side are dropped."""
        time.sleep(0.05)
        self.esp.flush_input()

    def lower_baud(self, error):
        esp = self.esp
        current = esp.serial.baudrate
        lower = [b for b in LINK_BAUD_STEPS if b < current]
        if not lower or Op.CHANGE_BAUDRATE in esp.ROM_LACKS:
            return False
        esp.reporter.progress_end()
        esp.reporter.message("Link errors at %d baud (%s): going on at %d baud"
                             % (current, error, lower[0]))
        try:
            esp.change_baud(lower[0], announce=False)
        except FatalError as e:
            esp.trace("lowering the baud rate failed: %s", e)
            self.drain()
        return True
