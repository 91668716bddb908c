"""pyserial URL handler: `espsim://esp32?flash=f.bin&size=4MB&efuse=e.json&trace=t.txt`.

A client enables it with `serial.protocol_handler_packages.append("espsim")`
and then opens the URL like any port; the device lives in the client's
process (no network), with DTR/RTS and the baud rate carried as on a real
adapter. Other query keys: mac, revision, crystal, realtime=1, stub=cstub,
cstub=PATH (the C stub's host build; default $ESPSIM_CSTUB), usb=1 (ESP32-C3/-S3:
the chip's USB-Serial-JTAG port instead of a UART bridge), app_output=FILE (what
the stand-in application prints after its banner, see firmware.py).
Fault injection takes the keys of `espsim --help`'s fault options with
underscores, e.g. `reply_corrupt_at=120&corrupt_bit=0` (see uart.Faults).
The session holds the flash and eFuse files locked from open to close
(files.py): a second one on the same file fails to open, in one line.
Closing the port saves the flash and eFuse files.
"""
import threading
import time
import urllib.parse

from serial.serialutil import PortNotOpenError, SerialBase, SerialException, Timeout

from espsim.device import CHIPS, Device

QUERY_OPTIONS = {
    "flash": ("flash_file", str), "size": ("flash_size", str), "efuse": ("efuse_file", str),
    "trace": ("trace", str), "mac": ("mac", str), "revision": ("chip_revision", int),
    "crystal": ("crystal", int), "realtime": ("realtime", lambda v: v not in ("0", "")),
    "stub": ("stub_impl", str), "cstub": ("stub_host_build", str),
    "usb": ("usb_jtag", lambda v: v not in ("0", "")),
    "app_output": ("app_output", str),
    "secure_download": ("secure_download", lambda v: v not in ("0", "")),
    # fault injection (espsim/uart.py Faults), for in-process sweeps
    "corrupt_at": ("corrupt_at", int), "corrupt_reply_at": ("corrupt_reply_at", int),
    "corrupt_mask": ("corrupt_mask", lambda v: int(v, 0)),
}


def _flag(value):
    return value not in ("0", "")


def _integer(value):
    return int(value, 0)


# Fault injection (uart.Faults), under the keyword's own name.
QUERY_OPTIONS.update({name: (name, convert) for name, convert in (
    ("drop_at", int), ("corrupt_at", int), ("drop_rate", float), ("corrupt_rate", float),
    ("reply_drop_at", int), ("reply_corrupt_at", int), ("reply_drop_rate", float),
    ("reply_corrupt_rate", float), ("corrupt_bit", int), ("seed", int),
    ("reply_delay", float), ("stop_replies_after", int), ("reset_at_command", int),
    ("refuse_download", _flag), ("stuck_bits", _integer))})


def device_options(url):
    """Device keyword arguments from an espsim:// URL; raises SerialException."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "espsim":
        raise SerialException("expected a URL of the form espsim://esp32?flash=FILE, got %r" % url)
    chip = (parts.netloc or parts.path.strip("/")).lower()
    if chip not in CHIPS:
        raise SerialException("espsim:// chip must be one of %s, got %r"
                              % (", ".join(sorted(CHIPS)), chip))
    options = {"chip": chip}
    for key, values in urllib.parse.parse_qs(parts.query).items():
        if key not in QUERY_OPTIONS:
            raise SerialException("unknown espsim:// option %r (known: %s)"
                                  % (key, ", ".join(sorted(QUERY_OPTIONS))))
        name, convert = QUERY_OPTIONS[key]
        try:
            options[name] = convert(values[-1])
        except ValueError:
            raise SerialException("bad value for espsim:// option %r: %r" % (key, values[-1]))
    return options


class Serial(SerialBase):
    """A serial port whose other end is a simulated chip in this process."""

    def open(self):
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        if self.is_open:
            raise SerialException("Port is already open.")
        options = device_options(self._port)
        self._received = bytearray()
        self._ready = threading.Condition()
        try:
            self.device = Device(**options).start()
        except (OSError, ValueError) as error:
            raise SerialException("could not start the simulator: %s" % error)
        self.device.attach(self._deliver)
        self.is_open = True
        self._reconfigure_port()
        if not self._dsrdtr:
            self._update_dtr_state()
        if not self._rtscts:
            self._update_rts_state()
        self.reset_input_buffer()

    def _deliver(self, data):
        with self._ready:
            self._received += data
            self._ready.notify_all()

    def close(self):
        if self.is_open:
            self.is_open = False
            self.device.detach()
            self.device.close()

    def _reconfigure_port(self):
        if self.is_open:
            self.device.set_host_baud(self._baudrate)

    def _update_dtr_state(self):
        if self.is_open:
            self.device.set_lines(dtr=self._dtr_state)

    def _update_rts_state(self):
        if self.is_open:
            self.device.set_lines(rts=self._rts_state)

    def set_control_lines(self, dtr, rts):
        """Both lines in one step, as one modem-control ioctl moves them on a real
        adapter: the chip never sees a state in between (esp_rfc2217_server uses it)."""
        self._dtr_state, self._rts_state = bool(dtr), bool(rts)
        if self.is_open:
            self.device.set_lines(dtr=self._dtr_state, rts=self._rts_state)

    def _update_break_state(self):
        pass

    @property
    def in_waiting(self):
        self._check_open()
        with self._ready:
            return len(self._received)

    def read(self, size=1):
        self._check_open()
        timeout = Timeout(self._timeout)
        with self._ready:
            while len(self._received) < size and not timeout.expired():
                left = timeout.time_left()
                self._ready.wait(None if left is None else max(left, 0))
            data = bytes(self._received[:size])
            del self._received[:size]
        return data

    def write(self, data):
        self._check_open()
        data = bytes(data)
        self.device.receive(data)
        return len(data)

    def flush(self):
        self._check_open()
        time.sleep(0)

    def reset_input_buffer(self):
        self._check_open()
        with self._ready:
            self._received.clear()

    def reset_output_buffer(self):
        self._check_open()

    def _check_open(self):
        if not self.is_open:
            raise PortNotOpenError()

    @property
    def cts(self):
        return False

    @property
    def dsr(self):
        return False

    @property
    def ri(self):
        return False

    @property
    def cd(self):
        return False
