"""The wire between the host's serial adapter and the chip's UART0.

Three things happen on a real wire that the simulator reproduces here:

* Baud rate. Each side has its own rate. When they differ, bytes are
  re-sampled bit by bit at the receiver's rate (start bit, 8 data bits LSB
  first, stop bit), which turns them into the garbage a real mismatch gives;
  small differences (< ~4 %) pass, as on hardware.
* Time (`realtime`): 10 bits per byte at the current rate, both directions.
* Faults, for reliability tests: dropped or corrupted bytes in either
  direction (at a byte count or with a seeded probability), delayed or
  stopped replies.
"""
import random
import threading
import time

BITS_PER_BYTE = 10          # start + 8 data + stop, no parity (docs/protocol.md §1)

# --realtime over a chip's own USB-Serial-JTAG port (docs/chips.md §5): USB full
# speed (12 Mbit/s) with 64-byte bulk packets, no baud rate. The rate each way is a
# published figure, not a measurement here, and not proven on silicon: about
# 500 KB/s over the CDC port of an ESP32-S3 (esp32.com, "Is there a way to increase
# the flash speed using esptool", 2026-03-02), the lower of the figures found (one
# blog measured 5-7 Mbit/s from an S3 to the host). No separate C3 figure was
# found: the port is the same block on both chips, so both get this rate.
USB_SERIAL_JTAG_BYTES_PER_S = 500_000


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


class ByteFaults:
    """Dropped and flipped bytes in one direction of the wire.

    Bytes are counted from 0 as they pass; byte `drop_at` is dropped and byte
    `corrupt_at` has bit `corrupt_bit` inverted; besides, each byte is dropped
    with probability `drop_rate` and flipped (same bit) with `corrupt_rate`,
    drawn from `rng`. `log` (set by the device) hears each fault as a line.
    """

    def __init__(self, direction, drop_at=None, corrupt_at=None, drop_rate=0.0,
                 corrupt_rate=0.0, corrupt_bit=4, rng=None):
        self.direction = direction           # "from the host" / "to the host", for the log
        self.drop_at = drop_at
        self.corrupt_at = corrupt_at
        self.drop_rate = drop_rate
        self.corrupt_rate = corrupt_rate
        self.flip = 1 << corrupt_bit
        self.random = rng or random.Random(0)
        self.bytes_seen = 0
        self.log = None

    def active(self):
        return (self.drop_at is not None or self.corrupt_at is not None
                or bool(self.drop_rate) or bool(self.corrupt_rate))

    def damage(self, data):
        if not self.active():
            self.bytes_seen += len(data)
            return data
        out = bytearray()
        for byte in data:
            index = self.bytes_seen
            self.bytes_seen += 1
            if index == self.drop_at or (self.drop_rate and self.random.random() < self.drop_rate):
                self._note("dropped byte %d %s (0x%02x)" % (index, self.direction, byte))
                continue
            if index == self.corrupt_at or (self.corrupt_rate
                                            and self.random.random() < self.corrupt_rate):
                self._note("flipped byte %d %s (0x%02x -> 0x%02x)"
                           % (index, self.direction, byte, byte ^ self.flip))
                byte ^= self.flip
            out.append(byte)
        return bytes(out)

    def _note(self, text):
        if self.log:
            self.log("fault: " + text)


class Faults:
    """Fault plan for one device (all optional; see `espsim --help`).

    Host to chip: drop_at / corrupt_at: 0-based index of a byte the host sends
    to drop or to flip; drop_rate / corrupt_rate: probability per byte.
    Chip to host (reply_ ...): the same, counted over the bytes of the SLIP
    frames the chip sends (boot log and application text are neither counted
    nor damaged), as a frame's bytes leave the chip's UART, so the trace shows
    them undamaged. A flip inverts bit `corrupt_bit` (0-7, default 4: 0x10) of
    the byte, in both directions. The rates draw from two `random.Random`s
    seeded from `seed`, one per direction, so faults on replies do not move the
    faults on commands. reply_delay: seconds before the device answers anything
    it received; stop_replies_after: number of frames the device sends before
    it goes silent; reset_at_command: the device resets itself when it
    receives its Nth command (counted from 1, SYNC not counted because how many
    a host sends depends on timing), in the middle of that command;
    refuse_download: the boot strapping is wrong (GPIO0 never seen low);
    stuck_bits: flash bits (byte mask) that programming cannot clear.
    """

    FIELDS = ("drop_at", "corrupt_at", "drop_rate", "corrupt_rate", "seed",
              "reply_drop_at", "reply_corrupt_at", "reply_drop_rate", "reply_corrupt_rate",
              "corrupt_bit", "reply_delay", "stop_replies_after", "reset_at_command",
              "refuse_download", "stuck_bits")

    def __init__(self, drop_at=None, corrupt_at=None, drop_rate=0.0, corrupt_rate=0.0,
                 seed=0, reply_drop_at=None, reply_corrupt_at=None, reply_drop_rate=0.0,
                 reply_corrupt_rate=0.0, corrupt_bit=4, reply_delay=0.0,
                 stop_replies_after=None, reset_at_command=None, refuse_download=False,
                 stuck_bits=0):
        for name, value in (("drop_at", drop_at), ("corrupt_at", corrupt_at),
                            ("reply_drop_at", reply_drop_at),
                            ("reply_corrupt_at", reply_corrupt_at),
                            ("stop_replies_after", stop_replies_after),
                            ("reply_delay", reply_delay)):
            if value is not None and value < 0:
                raise ValueError("fault %s must be 0 or more, got %r" % (name, value))
        for name, value in (("drop_rate", drop_rate), ("corrupt_rate", corrupt_rate),
                            ("reply_drop_rate", reply_drop_rate),
                            ("reply_corrupt_rate", reply_corrupt_rate)):
            if not 0.0 <= value <= 1.0:
                raise ValueError("fault %s must be a probability from 0 to 1, got %r"
                                 % (name, value))
        if corrupt_bit not in range(8):
            raise ValueError("fault corrupt_bit must be 0 to 7, got %r" % corrupt_bit)
        if reset_at_command is not None and reset_at_command < 1:
            raise ValueError("fault reset_at_command counts from 1, got %r" % reset_at_command)
        if stuck_bits not in range(256):
            raise ValueError("fault stuck_bits is a byte mask, got %r" % stuck_bits)
        self.to_chip = ByteFaults("from the host", drop_at, corrupt_at, drop_rate,
                                  corrupt_rate, corrupt_bit, random.Random(seed))
        self.to_host = ByteFaults("to the host", reply_drop_at, reply_corrupt_at,
                                  reply_drop_rate, reply_corrupt_rate, corrupt_bit,
                                  random.Random("%d to the host" % seed))
        self.reply_delay = reply_delay
        self.stop_replies_after = stop_replies_after
        self.reset_at_command = reset_at_command
        self.refuse_download = refuse_download
        self.stuck_bits = stuck_bits

    def damage(self, data):
        """Apply byte-level faults to bytes travelling host -> device."""
        return self.to_chip.damage(data)

    def damage_reply(self, data):
        """Apply byte-level faults to frame bytes travelling device -> host."""
        return self.to_host.damage(data)


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
        self.usb_bytes_per_s = None    # a USB-Serial-JTAG port: its rate, whatever the baud
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
        # When these bytes start reaching the chip: after the bytes before them.
        self.rx_started = max(self._rx_clock, arrived) if self.realtime else arrived
        if self.realtime:
            self._rx_clock = self.rx_started + self._seconds(data, host)
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
        if frames:
            data = faults.damage_reply(data)
        host, device = self._rates()
        if self.realtime:
            self._tx_clock = max(self._tx_clock, time.monotonic()) + self._seconds(data, device)
            self._sleep_until(self._tx_clock)
        data = resample(data, device, host)
        with self._lock:
            sink = self.sink
        if sink is not None and data:
            sink(data)
        return True

    def _seconds(self, data, baud):
        """Wire time of `data`: UART bits at `baud`, or the USB port's byte rate."""
        if self.usb_bytes_per_s:
            return len(data) / self.usb_bytes_per_s
        return len(data) * BITS_PER_BYTE / baud

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
