# GPLv2, see LICENSE.
"""Checked exchanges with our flasher stub (docs/protocol.md §5.14).

The ROM protocol checks only data payloads, with an 8-bit XOR: one flipped bit in
a request's address makes the chip act on another region, and one in a reply's
header makes the host take it for something else, each without an error. Our
stub, once asked with CHECKED_EXCHANGES, acts only on requests whose CRC-32
trailer is right and ends each reply with the CRC-32 of the request it answers
and its own; digest replies also say which range they cover.

`turn_on(stub)` asks for it and puts a `CheckedLink` between the stub's loader
and its SlipPort: the loader's code (command(), read_flash()) stays as it is, and
every frame it sends or reads is checked here. esptool's engine asks through its
checked_exchanges seam right after the stub greets; esptool.py alone speaks the
plain protocol, which the stub still answers (upstream's hosts never ask).
"""
import struct
import zlib

from esptool import FatalError, Op, StubFailed

WORD = struct.Struct("<I")
REGION = struct.Struct("<II")
BAD_REQUEST_CHECKSUM = 0xCA        # the stub's status: a request's CRC-32 was wrong
# Replies whose result starts with the (address, length) they cover; the request's
# first two words are that range.
FLASH_WRITTEN_MD5 = Op.FLASH_WRITTEN_MD5
REGION_REPLIES = (Op.SPI_FLASH_MD5, Op.FLASH_SECTOR_MD5, FLASH_WRITTEN_MD5)
DIGEST_FRAME_LENGTH = REGION.size + 16 + WORD.size


def turn_on(stub):
    """Ask our stub to check every exchange from now on; FatalError if it does not."""
    link = CheckedLink(stub._link)
    stub._link = link
    try:
        window = stub.check_command("turn on checked exchanges", Op.CHECKED_EXCHANGES)
    except FatalError as e:
        stub._link = link.inner
        raise StubFailed("it did not turn on checked exchanges (%s)" % e)
    stub.checked = True            # its digests name their range: no second proof needed
    take_receive_slots(stub, window if isinstance(window, int) else 0)


def take_receive_slots(stub, value):
    """The reply's value announces the stub's receive slots (docs/protocol.md §10.9):
    bits 0-7 how many data blocks may be unanswered, bits 10 up the largest block a
    slot holds. A build that predates either says 0 there: one block, of the
    loader's size (two slots of 16 KiB)."""
    window, block = value & 0xFF, value & ~0x3FF
    stub.block_window = window if 0 < window < 8 else 1
    if 0 < block < stub.FLASH_WRITE_SIZE:
        stub.FLASH_WRITE_SIZE = block    # every later FLASH_(DEFL_)BEGIN and its blocks


def crc32(data):
    return zlib.crc32(data) & 0xFFFFFFFF


def region_text(address, length):
    return "0x%x-0x%x" % (address, address + length - 1) if length else "0x%x (empty)" % address


class CheckedLink:
    """A SlipPort speaking checked exchanges: requests get their CRC-32 trailer, replies
    are checked and handed on without their trailer (and without the range a digest
    reply names, once it is found to be the one asked for)."""

    def __init__(self, inner):
        self.inner = inner
        self.request = None          # the last command frame sent, without its trailer
        self.reading = None          # READ_FLASH under way: its ReadState

    def __getattr__(self, name):
        return getattr(self.inner, name)     # serial, trace, flush_input, ...

    def write_frame(self, payload):
        if len(payload) >= 8 and payload[0] == 0:         # a command (docs/protocol.md §3.1)
            self.request = payload
            self.reading = None
            if payload[1] == Op.READ_FLASH and len(payload) >= 16:
                self.reading = ReadState(*REGION.unpack_from(payload, 8))
            payload += WORD.pack(crc32(payload))
        elif self.reading is not None and len(payload) == 4:    # a READ_FLASH acknowledgement
            self.reading.acknowledged = WORD.unpack(payload)[0]
        self.inner.write_frame(payload)

    def read_frame(self, timeout):
        frame = self.inner.read_frame(timeout)
        if self.reading is not None and self.reading.started:
            if self.reading.acknowledged >= self.reading.length:    # the digest frame
                return self.digest(frame)
            return frame                            # a data packet (the MD5 checks them)
        if len(frame) < 8 or frame[0] != 1 or self.request is None:
            return frame
        frame = self.reply(frame)
        if self.reading is not None and frame[1:2] == bytes([Op.READ_FLASH]) and frame[-2] == 0:
            self.reading.started = True     # data packets follow (docs/protocol.md §12.1)
        return frame

    def reply(self, frame):
        """A reply to the last request, checked; b"" (skipped by command()) if it is a
        sound reply to another, earlier request."""
        if len(frame) < 18 or crc32(frame[:-4]) != WORD.unpack_from(frame, len(frame) - 4)[0]:
            raise FatalError("a reply from the stub was damaged on the way (its CRC-32 is wrong)")
        answered = WORD.unpack_from(frame, len(frame) - 8)[0]
        refused = frame[-10] == BAD_REQUEST_CHECKSUM and frame[1] == self.request[1]
        if answered != crc32(self.request) and not refused:
            return b""
        if refused:
            raise FatalError("the stub refused a request that was damaged on the way "
                             "(its CRC-32 was wrong); nothing was done")
        frame = frame[:-8]
        if frame[1] in REGION_REPLIES and frame[-2] == 0:
            frame = self.without_region(frame)
        return frame

    def without_region(self, frame):
        asked = REGION.unpack_from(self.request, 8)
        if len(frame) < 8 + REGION.size + 2:
            raise FatalError("the stub's digest reply names no range")
        covered = REGION.unpack_from(frame, 8)
        if covered != asked:
            raise FatalError("the stub's digest reply covers %s, not %s as asked"
                             % (region_text(*covered), region_text(*asked)))
        return frame[:8] + frame[8 + REGION.size:]

    def digest(self, frame):
        """READ_FLASH's last frame: the range read, its MD5, their CRC-32 -> the MD5."""
        offset, length = self.reading.offset, self.reading.length
        self.reading = None
        if (len(frame) != DIGEST_FRAME_LENGTH
                or crc32(frame[:-4]) != WORD.unpack_from(frame, len(frame) - 4)[0]):
            raise FatalError("the digest after the data read from %s was damaged on the way"
                             % region_text(offset, length))
        covered = REGION.unpack_from(frame)
        if covered != (offset, length):
            raise FatalError("the stub read %s, not %s as asked"
                             % (region_text(*covered), region_text(offset, length)))
        return frame[REGION.size:-4]


class ReadState:
    """A READ_FLASH under way: the range asked for, whether its reply came, and how
    many bytes the host has acknowledged (the digest frame follows the last)."""

    def __init__(self, offset, length):
        self.offset, self.length = offset, length
        self.started = False
        self.acknowledged = 0
