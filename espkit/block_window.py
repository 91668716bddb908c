# GPLv2, see LICENSE.
"""Compressed flash blocks with more than one in flight, for our stub (docs/protocol.md §10.9).

The stub answers a data block as soon as it has arrived and then works on it
(docs/protocol.md §10.7); stop-and-wait leaves the line idle for a round trip
per block. Our stub says, in its reply to CHECKED_EXCHANGES, how many blocks
the host may have sent and not seen answered: one less than its receive
buffers, so a block always finds one free. With a window of two the next block
is already on the wire when a reply comes.

Only over checked exchanges (docs/protocol.md §5.14): each reply echoes the
CRC-32 of the request it answers, and a data block's request holds its sequence
number, so a reply names its block. Replies come in the order of the blocks; the
host takes them oldest first, and the first one that is not a success (an error
status, a damaged or missing reply) stops the sending with a FatalError. The
blocks answered until then are exactly those the engine counts as acknowledged,
so its resend from the last known-good sector (RegionSend.safe_resume_offset)
is the same as after stop-and-wait; a block still in flight is taken by the
stub before the next session's FLASH_DEFL_BEGIN and written again by it.
Upstream's stubs and the ROM keep stop-and-wait (the engine's send_in_turn).
"""
import collections
import struct

from esptool import FatalError, Op, describe_status, hexify, send_in_turn, xor_checksum
from espkit import checked

BITS_PER_BYTE = 10             # a UART byte: start, 8 data bits, stop
WIRE_MARGIN = 2                # blocks of wire time added to a reply's timeout


def window_of(esp):
    """Blocks the host may have unanswered: the stub's word, 1 where it gave none."""
    if not isinstance(getattr(esp, "_link", None), checked.CheckedLink):
        return 1
    return max(1, getattr(esp, "block_window", 1))


def send_blocks(attempt):
    """The engine's RegionSend `attempt`'s compressed blocks, up to the stub's window
    in flight; yields each block's number once its reply is in, in order."""
    esp = attempt.esp
    window = window_of(esp)
    if window < 2:
        yield from send_in_turn(attempt)
        return
    in_flight = collections.deque()
    for seq, block in enumerate(attempt.blocks):
        if len(in_flight) >= window:
            yield take_reply(esp, attempt, *in_flight.popleft())
        attempt.announce_block(seq)
        in_flight.append((seq, send_block(esp, block, seq)))
    while in_flight:
        yield take_reply(esp, attempt, *in_flight.popleft())


def send_block(esp, block, seq):
    """Send FLASH_DEFL_DATA for `block` without waiting; the request frame sent."""
    data = struct.pack("<IIII", len(block), seq, 0, 0) + block
    request = struct.pack("<BBHI", 0, Op.FLASH_DEFL_DATA, len(data), xor_checksum(block)) + data
    esp.trace("command op=0x%02x data len=%d (block %d, not waiting)",
              Op.FLASH_DEFL_DATA, len(data), seq)
    esp._link.write_frame(request)
    return request


def reply_timeout(esp, attempt, seq, request):
    """The engine's timeout for block `seq` (the work on the block before it), plus
    the wire time of the blocks that may still be ahead of its reply."""
    baud = getattr(esp._link.serial, "baudrate", None) or 115200
    return attempt.timeouts[seq] + WIRE_MARGIN * len(request) * BITS_PER_BYTE / baud


def take_reply(esp, attempt, seq, request):
    """Wait for the reply to block `seq` (the oldest in flight) and check it; -> seq."""
    esp._link.request = request         # the reply must echo this block's CRC-32
    value, reply = esp.command(None, timeout=reply_timeout(esp, attempt, seq, request))
    n = esp.STATUS_BYTES_LENGTH
    what = "write compressed data to flash after seq %d" % seq
    if len(reply) < n:
        raise FatalError("Failed to %s. Only got %d byte status response." % (what, len(reply)))
    status = reply[-n:]
    if status[0] != 0:
        raise FatalError("Failed to %s (result was %s: %s)"
                         % (what, hexify(status), describe_status(status, esp.IS_STUB)))
    return seq
