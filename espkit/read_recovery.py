# GPLv2, see LICENSE.
"""read_flash over a bad link (docs/protocol.md §12.4): what a dropped or damaged
byte costs is the block it hit, not the read.

Our stub streams READ_FLASH's packets and ends with the MD5 of the range it read, in
a checked frame naming that range (docs/protocol.md §5.14). Here a packet of the wrong length (a
dropped byte, two frames run together, a damaged acknowledgement that ended the
stream), a frame that does not decode, or a silent line ends that stream: the
stub is told to stop (a short acknowledgement, docs/protocol.md §12.1), what is left of the stream
is drained, and a new READ_FLASH starts at the first byte not received, on the
link recovery of writes (sent again; the baud rate lowered when failures go on
without a good packet between them; given up after a few). What was received
in a stream whose MD5 did not come, or did not match (a damaged data byte), is
proven afterwards by the chip's checked sector digests of just that part
(FLASH_SECTOR_MD5, docs/protocol.md §5.13); the sectors whose digest differs are read again.
The data is handed back only when every byte of it is proven so; otherwise
FatalError, and the command writes no file.
"""
import hashlib
import struct
import time

from esptool import (DEFAULT_TIMEOUT, MAX_DIGEST_SECTORS, READ_FLASH_PACKET, READ_FLASH_WINDOW,
                     FatalError, Op)
from esptool import chip_restarted
from espkit.link_recovery import LINK_MAX_RETRIES, LinkRecovery

READ_FAILURES_BEFORE_LOWER = 3   # in a row, with no packet between them
PROOF_ROUNDS = 4          # sector digests, then reads again of what they found wrong
SECTOR = 0x1000
DRAIN_QUIET = 0.1         # s of silence after which an aborted stream is over
# An acknowledgement shorter than 4 bytes ends the stream (docs/protocol.md §12.1).
END_OF_STREAM = b"\x00"


def read_flash(esp, address, size, progress=None):
    """The read_flash seam: our stub with checked exchanges reads resumably; any
    other loader reads as it always did."""
    if not (esp.IS_STUB and getattr(esp, "checked", False)) or size == 0:
        return esp.read_flash(address, size, progress)
    return ResumableRead(esp, address, size, progress).run()


class ReadLinkRecovery(LinkRecovery):
    """The write path's recovery, counting failures in a row: a packet that gets
    through since the last failure starts the count again, so faults spread over a
    long read are each recovered at the same rate, and only faults that go on (three
    in a row) lower it. Two close together are not enough: a fault can hit the stream
    that resumes after the last one (the bench's seed 2 did, and a read that halved
    its rate there took twice as long)."""

    def recover(self, error, progressed):
        if progressed:
            self.failures = 0
        self.errors_seen += 1
        self.failures += 1
        if self.failures > LINK_MAX_RETRIES or chip_restarted(error):
            raise error
        self.esp.trace("block failed (%s); trying again", error)
        self.drain()
        if self.failures % READ_FAILURES_BEFORE_LOWER == 0:
            self.lower_baud(error)

    def drain(self):
        stop_stream(self.esp)


def stop_stream(esp):
    """Tell the stub to end a READ_FLASH stream, and read what it still sends (the
    packets in flight, its digest) until the line is quiet."""
    link = esp._link
    link.reading = None                       # a CheckedLink: no stream is checked now
    raw = getattr(link, "inner", link)
    raw.write_frame(END_OF_STREAM)
    deadline = time.monotonic() + DEFAULT_TIMEOUT
    while time.monotonic() < deadline:
        try:
            raw.read_frame(DRAIN_QUIET)
        except FatalError:
            break                             # quiet: the stub is back in its command loop
    esp.flush_input()


class ResumableRead:
    def __init__(self, esp, address, size, progress=None):
        self.esp, self.address, self.size, self.progress = esp, address, size, progress
        self.data = bytearray(size)
        self.unproven = []        # (lo, hi) offsets read but not yet proven
        self.received = 0         # bytes of the stream under way received whole
        self.done = 0             # bytes received on the first pass (progress)
        self.errors = []          # every link error met, in order (the summary line)

    def run(self):
        todo = [(0, self.size)]
        for _ in range(PROOF_ROUNDS):
            for lo, hi in todo:
                self.read_range(lo, hi)
            todo, self.unproven = (self.wrong_parts(self.unproven) if self.unproven else []), []
            if not todo:
                return self.proven()
            self.esp.reporter.progress_end()
            self.esp.reporter.message("Reading %d bytes again that arrived damaged"
                                      % sum(hi - lo for lo, hi in todo))
        raise FatalError("read_flash: 0x%x-0x%x could not be read intact (the link damaged it "
                         "on every try); no file written"
                         % (self.address + todo[0][0], self.address + todo[-1][1] - 1),
                         hint="use a shorter or better cable, or a lower --baud")

    def proven(self):
        """The data, every byte of it proven; a line on what it took, if anything."""
        if self.errors:
            kinds = {}
            for error in self.errors:
                kinds[error] = kinds.get(error, 0) + 1
            self.esp.reporter.progress_end()
            self.esp.reporter.message("Read on through %d link errors: %s" % (
                len(self.errors), "; ".join("%s (%d)" % (k, n) for k, n in kinds.items())))
        return bytes(self.data)

    def read_range(self, lo, hi):
        """Read [lo, hi) of the range, resuming after each failure where it stopped."""
        recovery = ReadLinkRecovery(self.esp)
        at = lo
        while at < hi:
            self.received = 0
            try:
                self.stream(at, hi)
                at = hi
            except FatalError as error:
                self.errors.append(str(error))
                if self.received:
                    self.unproven.append((at, at + self.received))
                at += self.received
                try:
                    recovery.recover(error, self.received > 0)
                except FatalError:
                    raise FatalError("read_flash gave up at 0x%x after %d link errors (%s); "
                                     "no file written" % (self.address + at,
                                                          recovery.errors_seen, error))
                if recovery.errors_seen == 1:
                    self.esp.reporter.progress_end()
                    self.esp.reporter.message("Link error while reading (%s): resuming at "
                                              "0x%x" % (error, self.address + at))

    def stream(self, lo, hi):
        """One READ_FLASH of [lo, hi); its packets go to self.data as they come."""
        esp = self.esp
        esp.check_command("read flash", Op.READ_FLASH,
                          struct.pack("<IIII", self.address + lo, hi - lo, READ_FLASH_PACKET,
                                      READ_FLASH_WINDOW))
        while self.received < hi - lo:
            frame = esp._link.read_frame(DEFAULT_TIMEOUT)
            expected = min(READ_FLASH_PACKET, hi - lo - self.received)
            if len(frame) != expected:
                raise FatalError("a packet of %d bytes where %d were due"
                                 % (len(frame), expected))
            at = lo + self.received
            self.data[at:at + expected] = frame
            self.received += expected
            esp._link.write_frame(struct.pack("<I", self.received))
            self.report(lo + self.received)
        digest = esp._link.read_frame(DEFAULT_TIMEOUT)     # checked: names its range
        if len(digest) != 16 or digest != hashlib.md5(self.data[lo:hi]).digest():
            esp.trace("read 0x%x-0x%x: MD5 differs, its sectors will be compared",
                      self.address + lo, self.address + hi - 1)
            self.unproven.append((lo, hi))

    def report(self, end):
        if end > self.done:
            self.done = end
            if self.progress:
                self.progress(end, self.size)

    def wrong_parts(self, ranges):
        """Of the ranges read but not proven, the parts whose sectors the chip hashes
        differently (sector-aligned where the range allows): [(lo, hi)] to read again."""
        wrong = []
        for lo, hi in merged(ranges):
            for start in range(lo, hi, MAX_DIGEST_SECTORS * SECTOR):
                end = min(hi, start + MAX_DIGEST_SECTORS * SECTOR)
                wrong += self.compare_sectors(start, end)
        return merged(wrong)

    def sector_digests(self, address, size):
        """FLASH_SECTOR_MD5, asked again when the link damages the exchange."""
        recovery = ReadLinkRecovery(self.esp)
        while True:
            try:
                return self.esp.flash_sector_md5(address, size)
            except FatalError as error:
                self.errors.append(str(error))
                try:
                    recovery.recover(error, False)
                except FatalError:
                    raise FatalError("read_flash: the sector digests of 0x%x-0x%x did not come "
                                     "through after %d link errors (%s); no file written"
                                     % (address, address + size - 1, recovery.errors_seen, error))

    def compare_sectors(self, lo, hi):
        address = self.address + lo
        digests, range_md5 = self.sector_digests(address, hi - lo)
        if range_md5 == hashlib.md5(self.data[lo:hi]).hexdigest():
            return []
        wrong = []
        first = address - address % SECTOR
        for i, digest in enumerate(digests):
            start, end = first + i * SECTOR, first + (i + 1) * SECTOR
            inside = start >= self.address and end <= self.address + self.size
            mine = self.data[start - self.address:end - self.address] if inside else None
            if mine is None or hashlib.md5(mine).digest() != digest:
                wrong.append((max(start - self.address, lo), min(end - self.address, hi)))
        return wrong


def merged(ranges):
    """[(lo, hi)] sorted, overlapping and touching ones joined."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
