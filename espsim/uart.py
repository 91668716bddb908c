"""The wire between the host's serial adapter and the chip's UART0.

Three things happen on a real wire that the simulator reproduces here:

* Baud rate. Each side has its own rate. When they differ, bytes are
  re-sampled bit by bit at the receiver's rate (start bit, 8 data bits LSB
  first, stop bit), which turns them into the garbage a real mismatch gives;
  small differences (< ~4 %) pass, as on hardware.
* Time (`realtime`): 10 bits per byte at the current rate, both directions.
* Faults, for reliability tests: dropped or corrupted bytes (at a byte count
  or with a seeded probability), delayed or stopped replies.
"""
import random
import threading
import time

BITS_PER_BYTE = 10          # start + 8 data + stop, no parity (docs/protocol.md §1)


def resample(data, tx_baud, rx_baud):
    """Bytes as a receiver at rx_baud decodes a back-to-back stream sent at tx_baud."""
    if not data or abs(tx_baud - rx_baud) <= 0.02 * tx_baud:
        return bytes(data)
    bits = []
    for byte in data:
        bits.append(0)
        bits.extend((byte >> i) & 1 for i in range(8))
        bits.append(1)
    t_tx, t_rx = 1.0 / tx_baud, 1.0 / rx_baud

    def level(t):
        index = int(t / t_tx)
        return bits[index] if 0 <= index < len(bits) else 1

    out = bytearray()
    index = 0                       # search for a falling edge from this tx bit
    while index < len(bits):
        if bits[index] != 0 or (index > 0 and bits[index - 1] == 0):
            index += 1
            continue
        start = index * t_tx
        if level(start + 0.5 * t_rx) != 0:
            index += 1               # glitch, not a start bit
            continue
        value = 0
        for bit in range(8):
            value |= level(start + (1.5 + bit) * t_rx) << bit
        out.append(value)
        # The receiver hunts for the next start bit after its stop-bit sample.
        index = int((start + 9.5 * t_rx) / t_tx) + 1
    return bytes(out)


class Faults:
    """Fault plan for one device (all optional; see `espsim --help`).

    drop_at / corrupt_at: 0-based index of a byte (host to device) to drop or
    flip; corrupt_reply_at: the same for a byte device to host (boot text
    included); corrupt_mask: the bits a corruption flips (default 0x10);
    drop_rate / corrupt_rate: probability per byte, drawn from a
    `random.Random(seed)`; reply_delay: seconds before the device answers anything it received;
    stop_replies_after: number of frames the device sends before it goes
    silent; reset_at_command: the device resets itself when it receives its
    Nth command (counted from 1, SYNC not counted because how many a host
    sends depends on timing), in the middle of that command;
    refuse_download: the boot strapping is wrong (GPIO0 never seen low);
    stuck_bits: flash bits (byte mask) that programming cannot clear.
    """

    FIELDS = ("drop_at", "corrupt_at", "drop_rate", "corrupt_rate", "seed",
              "reply_delay", "stop_replies_after", "reset_at_command",
              "refuse_download", "stuck_bits", "corrupt_reply_at", "corrupt_mask")

    def __init__(self, drop_at=None, corrupt_at=None, drop_rate=0.0, corrupt_rate=0.0,
                 seed=0, reply_delay=0.0, stop_replies_after=None, reset_at_command=None,
                 refuse_download=False, stuck_bits=0, corrupt_reply_at=None, corrupt_mask=0x10):
        self.drop_at = drop_at
        self.corrupt_at = corrupt_at
        self.corrupt_reply_at = corrupt_reply_at
        self.corrupt_mask = corrupt_mask
        self.reply_bytes_seen = 0
        self.drop_rate = drop_rate
        self.corrupt_rate = corrupt_rate
        self.random = random.Random(seed)
        self.reply_delay = reply_delay
        self.stop_replies_after = stop_replies_after
        self.reset_at_command = reset_at_command
        self.refuse_download = refuse_download
        self.stuck_bits = stuck_bits
        self.bytes_seen = 0

    def damage(self, data):
        """Apply byte-level faults to bytes travelling host -> device."""
        if not (self.drop_at is not None or self.corrupt_at is not None
                or self.drop_rate or self.corrupt_rate):
            self.bytes_seen += len(data)
            return data
        out = bytearray()
        for byte in data:
            index = self.bytes_seen
            self.bytes_seen += 1
            if index == self.drop_at or (self.drop_rate and self.random.random() < self.drop_rate):
                continue
            if index == self.corrupt_at or (self.corrupt_rate
                                            and self.random.random() < self.corrupt_rate):
                byte ^= self.corrupt_mask
            out.append(byte)
        return bytes(out)

    def damage_reply(self, data):
        """Apply corrupt_reply_at to bytes travelling device -> host."""
        at = self.corrupt_reply_at
        start, self.reply_bytes_seen = self.reply_bytes_seen, self.reply_bytes_seen + len(data)
        if at is None or not start <= at < start + len(data):
            return data
        out = bytearray(data)
        out[at - start] ^= self.corrupt_mask
        return bytes(out)


class Wire:
    """Carries bytes between a transport (the host side) and the device.

    The transport sets `host_baud` (None = raw TCP: no rate, never garbled);
    the device sets `device_baud` (None = the ROM's auto-baud has not locked
    yet: it will lock onto whatever the host sends).
    """

    def __init__(self, realtime=False, faults=None):
        self.realtime = realtime
        self.faults = faults or Faults()
        self.host_baud = None
        self.device_baud = None
        self.sink = None               # callable(bytes) to the host, or None
        self.frames_sent = 0
        self._rx_clock = 0.0
        self._reply_delay_due = False
        self.closing = False             # set at shutdown: stop waiting on faults
        self._tx_clock = 0.0
        self._lock = threading.Lock()

    def _rates(self):
        host = self.host_baud or self.device_baud or 115200
        device = self.device_baud or host
        return host, device

    # -- host -> device --

    def receive(self, data, arrived):
        """Bytes as the device's UART gets them (after wire time, garbling, faults)."""
        host, device = self._rates()
        self._reply_delay_due = True
        if self.realtime:
            self._rx_clock = max(self._rx_clock, arrived) + len(data) * BITS_PER_BYTE / host
            self._sleep_until(self._rx_clock)
        return self.faults.damage(resample(data, host, device))

    # -- device -> host --

    def send(self, data, frames=1):
        """Transmit bytes from the device; returns False if replies are stopped."""
        faults = self.faults
        if faults.stop_replies_after is not None and self.frames_sent >= faults.stop_replies_after:
            return False
        self.frames_sent += frames
        if faults.reply_delay and self._reply_delay_due and not self.closing:
            self._reply_delay_due = False      # once per burst of replies to a command
            time.sleep(faults.reply_delay)
        host, device = self._rates()
        if self.realtime:
            self._tx_clock = max(self._tx_clock, time.monotonic()) + len(data) * BITS_PER_BYTE / device
            self._sleep_until(self._tx_clock)
        data = resample(faults.damage_reply(data), device, host)
        with self._lock:
            sink = self.sink
        if sink is not None and data:
            sink(data)
        return True

    def attach(self, sink):
        with self._lock:
            self.sink = sink

    def detach(self):
        with self._lock:
            self.sink = None

    def hold(self, seconds, since=None):
        """The device is busy (flash erase/program/hash) for this long, if realtime.
        With `since` (a time.monotonic() value), counted from then: the simulator's own
        work since that moment (Python, a C stub's requests) is not the chip's time."""
        if self.realtime and seconds > 0:
            if since is None:
                time.sleep(seconds)
            else:
                self._sleep_until(since + seconds)

    @staticmethod
    def _sleep_until(deadline):
        delay = deadline - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class Trace:
    """--trace FILE: one line per SLIP frame and per event.

    `> ` host to device, `< ` device to host, then the frame payload in hex
    (unescaped); `# ` lines are events (reset, boot, baud changes). Frames are
    traced as the chip's UART sees them: after faults on the way in, before
    garbling on the way out.
    """

    def __init__(self, path):
        from espsim.slip import SlipDecoder
        self.file = open(path, "a", buffering=1)
        self.rx = SlipDecoder()
        self.tx = SlipDecoder()
        self._lock = threading.Lock()

    def _line(self, text):
        with self._lock:
            if not self.file.closed:
                self.file.write(text + "\n")

    def host_bytes(self, data):
        for frame in self.rx.feed(data):
            self._line("> " + frame.hex())

    def device_bytes(self, data):
        for frame in self.tx.feed(data):
            self._line("< " + frame.hex())

    def device_text(self, text):
        self.tx.reset()
        self._line("# text %r" % text)

    def event(self, text):
        self._line("# " + text)

    def close(self):
        with self._lock:
            self.file.close()
