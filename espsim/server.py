"""Serving a Device over TCP: RFC 2217 (baud and DTR/RTS carried) or raw.

RFC 2217 is handled by pyserial's own `serial.rfc2217.PortManager`; the
device is presented to it as a serial port (`DevicePort`), so the telnet
negotiation is pyserial's, not ours. A request its parser cannot take (a
subnegotiation cut short, say) drops that client with one line on stderr. One client at a time, as with a real
serial port: a second connection is closed at once.
"""
import socket
import sys
import threading

import serial.rfc2217


class DevicePort:
    """The attributes PortManager expects of a serial port, mapped onto a Device."""

    def __init__(self, device, before_change=lambda: None):
        self._device = device
        self._before_change = before_change    # hands over the data that came first
        self._baudrate = 115200
        self._dtr = False
        self._rts = False
        self.bytesize = 8
        self.parity = "N"
        self.stopbits = 1
        self.xonxoff = False
        self.rtscts = False
        self.break_condition = False
        # Inputs the chip does not drive.
        self.cts = self.dsr = self.ri = self.cd = False

    @property
    def baudrate(self):
        return self._baudrate

    @baudrate.setter
    def baudrate(self, value):
        self._before_change()
        self._baudrate = value
        self._device.set_host_baud(value)

    @property
    def dtr(self):
        return self._dtr

    @dtr.setter
    def dtr(self, value):
        self._before_change()
        self._dtr = bool(value)
        self._device.set_lines(dtr=self._dtr)

    @property
    def rts(self):
        return self._rts

    @rts.setter
    def rts(self, value):
        self._before_change()
        self._rts = bool(value)
        self._device.set_lines(rts=self._rts)

    def reset_input_buffer(self):
        pass          # nothing is buffered: bytes go to the client as the chip sends them

    def reset_output_buffer(self):
        pass


class _Connection:
    """Thread-safe writer for one client socket (what PortManager calls)."""

    def __init__(self, sock):
        self.sock = sock
        self.lock = threading.Lock()
        self.closed = False

    def write(self, data):
        with self.lock:
            if self.closed:
                return
            try:
                self.sock.sendall(data)
            except OSError:
                self.closed = True


class Server:
    """Listens on host:port and connects each client in turn to the device."""

    def __init__(self, device, host="127.0.0.1", port=0, raw=False):
        self.device = device
        self.raw = raw
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, port))
        self.listener.listen(2)
        self.host, self.port = self.listener.getsockname()[:2]
        scheme = "socket" if raw else "rfc2217"
        self.url = "%s://%s:%d" % (scheme, self.host, self.port)
        self._busy = threading.Lock()
        self._client = None
        self._closing = False
        self._thread = threading.Thread(target=self._accept_loop, daemon=True,
                                        name="espsim-accept-%d" % self.port)
        self._thread.start()

    def _accept_loop(self):
        while not self._closing:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            if not self._busy.acquire(blocking=False):
                sock.close()                 # the port is already open elsewhere
                continue
            self._client = sock
            threading.Thread(target=self._serve_client, args=(sock,), daemon=True,
                             name="espsim-client-%d" % self.port).start()

    def _serve_client(self, sock):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection = _Connection(sock)
        try:
            if self.raw:
                self._pump_raw(sock, connection)
            else:
                self._pump_rfc2217(sock, connection)
        finally:
            connection.closed = True
            self.device.detach()
            # Free before the client sees its connection end: a script's next
            # command, connecting the moment the last one hung up, is served.
            self._client = None
            self._busy.release()
            try:
                sock.close()
            except OSError:
                pass

    def _pump_raw(self, sock, connection):
        self.device.attach(connection.write)
        while True:
            data = self._recv(sock)
            if not data:
                return
            self.device.receive(data)

    def _pump_rfc2217(self, sock, connection):
        # One recv() can hold data, then a baud or line change, then more data. PortManager
        # applies a change while its filter runs, so the data before it is handed to the
        # device first: a command sent just before a baud change must arrive at the old rate.
        pending = bytearray()

        def hand_over():
            if pending:
                self.device.receive(bytes(pending))
                pending.clear()

        port = DevicePort(self.device, before_change=hand_over)
        manager = serial.rfc2217.PortManager(port, connection)
        self.device.attach(lambda data: connection.write(b"".join(manager.escape(data))))
        while True:
            data = self._recv(sock)
            if not data:
                return
            try:
                for byte in manager.filter(data):
                    pending += byte
            except Exception as error:         # pyserial's parser on a malformed request
                self._drop_client(sock, "malformed RFC 2217 negotiation (%s: %s)"
                                  % (type(error).__name__, error))
                return
            hand_over()

    @staticmethod
    def _drop_client(sock, why):
        """One line on stderr; the client is dropped. The bytes after the bad request are
        lost with the parser's state, so going on could feed the chip part of a command."""
        try:
            peer = "%s:%d" % sock.getpeername()[:2]
        except OSError:
            peer = "a client"
        print("espsim: dropped %s: %s" % (peer, why), file=sys.stderr, flush=True)

    @staticmethod
    def _recv(sock):
        try:
            return sock.recv(65536)
        except OSError:
            return b""

    def close(self):
        """Stop listening, drop the client, stop the device and save its state."""
        self._closing = True
        try:
            # shutdown() wakes a thread blocked in accept(); close() alone does not.
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self.listener.close()
        except OSError:
            pass
        client = self._client
        if client is not None:
            try:
                client.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._thread.join(timeout=5)
        self.device.close()


def serve(device, host="127.0.0.1", port=0, raw=False, trace=None):
    """Start `device` (if needed) and serve it; returns a Server (`.url`, `.close()`).

    `trace` is accepted for symmetry with the CLI; a device traces to the file
    given when it was created.
    """
    if trace and device.trace is None:
        from espsim.uart import Trace
        device.trace = Trace(trace)
    if raw:
        device.start_in_download = True       # no control lines: wait in the loader
    device.start()
    return Server(device, host, port, raw)
