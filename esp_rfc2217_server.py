#!/usr/bin/env python3
#
# esp_rfc2217_server.py - share a serial port, reset lines included, over the
# network with RFC 2217, so esptool.py on another computer can flash the board.
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License version 2 as published by
# the Free Software Foundation. See the file LICENSE.
"""Serve one serial port over RFC 2217 (telnet with serial-port control).

    esp_rfc2217_server.py [-p 4000] [--bind 127.0.0.1] SERIALPORT

SERIALPORT is anything pyserial opens: /dev/ttyUSB0, COM4, or a URL such as
espsim://esp32?flash=flash.bin. Clients use `--port rfc2217://HOST:4000`.

The telnet and RFC 2217 negotiation is pyserial's (serial.rfc2217.PortManager).
What this server adds to pyserial's example server:

  * DTR and RTS requests are applied the way the chip's reset circuit needs
    (ResetLines, LineChanges): the reason auto-reset works through it;
  * it listens on loopback unless --bind says otherwise, and then warns that
    RFC 2217 has no authentication;
  * one client at a time: a second one is refused and told who has the port;
  * connects, disconnects and refusals are logged with the time.
"""

import errno
import ipaddress
import signal
import socket
import sys
import threading
import time

import esptool

DEFAULT_TCP_PORT = 4000
# How long a DTR or RTS request waits for a request for the other line to
# join it (see LineChanges). pyserial's client waits at least 50 ms for each
# acknowledgement, so the second line of a pair arrives 50 ms + a round trip
# after the first; a group of two never needs longer than this.
PAIR_WINDOW = 0.25
PORT_READ_TIMEOUT = 0.05        # how often the port reader looks for the end
PREVIOUS_CLIENT_GRACE = 1.0    # how long a new client waits for the last to be seen hanging up
LINES = ("dtr", "rts")
MODEM_STATUS_LINES = ("cts", "dsr", "ri", "cd")
# What a modem-control ioctl gets from a port that has no such lines (a pseudo-terminal).
NO_MODEM_LINES = (errno.ENOTTY, errno.EINVAL)


def log(message):
    sys.stderr.write("%s esp_rfc2217_server: %s\n" % (time.strftime("%H:%M:%S"), message))
    sys.stderr.flush()


# -- reset lines ------------------------------------------------------------------

class LineChanges:
    """DTR/RTS requests grouped into the states the port is set to. Pure: fed
    request(now, line, value), asked due(now); times are monotonic seconds.

    Why: on an ESP board DTR drives GPIO0 and RTS drives EN through two
    transistors (docs/protocol.md §6.1). A reset into the download loader ends
    with EN rising while GPIO0 is low, (DTR, RTS) going from (False, True) to
    (True, False) in one step (docs/protocol.md §6.2). A client over RFC 2217
    can only send the two lines as two requests, and pyserial's client waits
    for each one's acknowledgement (>= 50 ms). pyserial's example server applies each request
    as it comes, so for that long the port sits at (True, True) or
    (False, False): EN high with GPIO0 high, longer than the EN capacitor
    bridges, and the chip boots its firmware instead of the loader. That is why
    auto-reset through it is unreliable.

    So requests are grouped: a request for the other line that arrives within
    `window` of a group's first request joins the group, and the group's state
    is set with both lines at once. A second request for the same line starts
    a new group, so no pulse is ever merged away. Each group is set `window`
    after its first request: every change is late by the same amount, and the
    time between steps (the 0.1 s in reset, the 0.05 s of GPIO0 low) is kept.
    """

    def __init__(self, window=PAIR_WINDOW, dtr=False, rts=False):
        self.window = window
        self.requested = {"dtr": dtr, "rts": rts}    # the latest request per line
        self._state = dict(self.requested)            # after every group so far
        self._groups = []                              # [start, {line: value}, open]

    def request(self, now, line, value):
        self.requested[line] = value
        last = self._groups[-1] if self._groups else None
        if last and last[2] and now - last[0] < self.window and line not in last[1]:
            last[1][line] = value
        else:
            self._groups.append([now, {line: value}, True])

    def close_group(self):
        """The next request starts a new group (both lines released together, say)."""
        if self._groups:
            self._groups[-1][2] = False

    def next_due(self):
        return self._groups[0][0] + self.window if self._groups else None

    def due(self, now):
        """The (dtr, rts) states whose time has come, in the order requested."""
        states = []
        while self._groups and self._groups[0][0] + self.window <= now:
            self._state.update(self._groups.pop(0)[1])
            states.append((self._state["dtr"], self._state["rts"]))
        return states


def set_both_lines(port, dtr, rts):
    """Set DTR and RTS in one step where the port can, else DTR then RTS at once.
    -> False for a port without the lines (a pty), where nothing can be set."""
    if hasattr(port, "set_control_lines"):         # espsim://, or any port that offers it
        port.set_control_lines(dtr, rts)
        return True
    if getattr(port, "fd", None) is not None:       # a POSIX tty: one modem-control ioctl
        try:
            set_lines_with_ioctl(port.fd, dtr, rts)
            return True
        except OSError:
            pass                                    # a driver without TIOCMSET
    try:
        port.dtr = dtr
        port.rts = rts
    except OSError as e:
        if e.errno not in NO_MODEM_LINES:
            raise
        return False
    return True


def set_lines_with_ioctl(fd, dtr, rts):
    import fcntl
    import struct
    import termios
    get = getattr(termios, "TIOCMGET", 0x5415)
    put = getattr(termios, "TIOCMSET", 0x5418)
    dtr_bit = getattr(termios, "TIOCM_DTR", 0x002)
    rts_bit = getattr(termios, "TIOCM_RTS", 0x004)
    bits = struct.unpack("I", fcntl.ioctl(fd, get, struct.pack("I", 0)))[0]
    bits = (bits | dtr_bit) if dtr else (bits & ~dtr_bit)
    bits = (bits | rts_bit) if rts else (bits & ~rts_bit)
    fcntl.ioctl(fd, put, struct.pack("I", bits))


class ResetLines:
    """Applies LineChanges to the port from a thread of its own, on time."""

    def __init__(self, port, verbose=False):
        self.port = port
        self.verbose = verbose
        self.changes = LineChanges()
        self._wake = threading.Condition()
        self._closing = False
        if not set_both_lines(port, False, False):
            log("the port has no modem control lines (a pseudo-terminal?): clients' DTR/RTS "
                "requests change nothing")
        self._thread = threading.Thread(target=self._run, name="reset-lines", daemon=True)
        self._thread.start()

    def request(self, line, value):
        with self._wake:
            self.changes.request(time.monotonic(), line, bool(value))
            self._wake.notify_all()

    def requested(self, line):
        return self.changes.requested[line]

    def release(self, timeout=5.0):
        """After a client: both lines released together (the chip runs), once
        everything it asked for has been applied in order."""
        with self._wake:
            self.changes.close_group()
            now = time.monotonic()
            for line in LINES:
                self.changes.request(now, line, False)
            self._wake.notify_all()
            self._wake.wait_for(lambda: self.changes.next_due() is None, timeout)

    def close(self):
        with self._wake:
            self._closing = True
            self._wake.notify_all()
        self._thread.join(timeout=2)

    def _run(self):
        while True:
            with self._wake:
                while not self._closing:
                    due_at = self.changes.next_due()
                    now = time.monotonic()
                    if due_at is not None and due_at <= now:
                        break
                    self._wake.wait(None if due_at is None else due_at - now)
                if self._closing:
                    return
                states = self.changes.due(time.monotonic())
            for dtr, rts in states:
                set_both_lines(self.port, dtr, rts)
                if self.verbose:
                    log("DTR=%d RTS=%d" % (dtr, rts))
            with self._wake:
                self._wake.notify_all()


class ServedPort:
    """The serial port as PortManager sees it: settings pass through to the
    port; DTR and RTS requests go to ResetLines."""

    def __init__(self, port, lines, before_change=lambda: None):
        object.__setattr__(self, "_port", port)
        object.__setattr__(self, "_lines", lines)
        object.__setattr__(self, "_before_change", before_change)

    def __getattr__(self, name):
        if name in LINES:
            return self._lines.requested(name)
        if name in MODEM_STATUS_LINES:
            return modem_status(self._port, name)
        return getattr(self._port, name)

    def __setattr__(self, name, value):
        self._before_change()
        if name in LINES:
            self._lines.request(name, value)
        else:
            setattr(self._port, name, value)


def modem_status(port, name):
    """CTS, DSR, RI or CD as PortManager reports them; low on a port without them (a pty)."""
    try:
        return getattr(port, name)
    except OSError as e:
        if e.errno not in NO_MODEM_LINES:
            raise
        return False


# -- one client -------------------------------------------------------------------

class ClientSession:
    """Carries bytes both ways between one client and the port until either ends."""

    def __init__(self, sock, address, port, lines):
        self.sock = sock
        self.name = "%s:%d" % address[:2]
        self.port = port
        self.lines = lines
        self.since = time.strftime("%H:%M:%S")
        self.port_failure = None
        self.to_port = self.from_port = 0
        self._pending = bytearray()          # client data not yet written to the port
        self._send_lock = threading.Lock()
        self._ended = threading.Event()

    def write(self, data):
        """PortManager's connection: thread-safe sends to the client."""
        with self._send_lock:
            try:
                self.sock.sendall(data)
            except OSError:
                self._ended.set()

    def run(self):
        import serial.rfc2217
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        served = ServedPort(self.port, self.lines, before_change=self._hand_over)
        manager = serial.rfc2217.PortManager(served, self)
        reader = threading.Thread(target=self._port_to_client, args=(manager,),
                                  name="port-to-client", daemon=True)
        reader.start()
        try:
            self._client_to_port(manager)
        finally:
            self._ended.set()
            reader.join()
            self.end()

    def _client_to_port(self, manager):
        while not self._ended.is_set():
            try:
                data = self.sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            try:
                for byte in manager.filter(data):
                    self._pending += byte
            except Exception as e:     # pyserial's parser on a malformed request: the
                # bytes after it went with the parser's state, so the client is dropped
                log("dropped %s: malformed RFC 2217 negotiation (%s: %s)"
                    % (self.name, type(e).__name__, e))
                return
            self._hand_over(drain=False)

    def _hand_over(self, drain=True):
        """Write the client's data received so far. Before a baud, line or other setting
        changes (PortManager applies one in the middle of a received chunk), that data
        must also have left the UART: a command sent just before a baud change goes at
        the old rate."""
        if self._pending:
            self.port.write(bytes(self._pending))
            self.to_port += len(self._pending)
            self._pending.clear()
            if drain:
                self.port.flush()

    def _port_to_client(self, manager):
        while not self._ended.is_set():
            try:
                data = self.port.read(self.port.in_waiting or 1)
                manager.check_modem_lines()
            except Exception as e:         # the port is gone: any pyserial or OS error
                self.port_failure = e
                self.end()
                return
            if data:
                self.from_port += len(data)
                self.write(b"".join(manager.escape(data)))

    def leaving(self, grace):
        """Whether this client has hung up, waiting up to `grace` seconds to see it:
        a script's next command connects as soon as the previous one closed, often
        before this session's thread has read the end of the connection."""
        return self._ended.wait(grace)

    def end(self):
        self._ended.set()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


# -- the server ---------------------------------------------------------------------

class Stop(Exception):
    """SIGTERM: stop serving, as Ctrl-C does."""


class Server:
    """Listens for clients and serves them the port, one at a time."""

    def __init__(self, port, port_name, host, tcp_port, verbose=False):
        self.port = port
        self.port_name = port_name
        self.listener = listen(host, tcp_port)
        self.address = self.listener.getsockname()[:2]
        self.lines = ResetLines(port, verbose)
        self.settings = port.get_settings()
        self.client = None              # the session whose connection is open
        self.failure = None             # why the port stopped working, if it did
        # A session starts once the one before has put the port back (lines
        # released, settings restored): the next client is accepted meanwhile,
        # so a script's next command is never refused.
        self._port_in_use = threading.Lock()

    def announce(self):
        host, tcp_port = self.address
        if is_loopback(host):
            log("serving %s on rfc2217://%s:%d (this computer only; --bind to share it)"
                % (self.port_name, url_host(host), tcp_port))
        else:
            log("serving %s on %s port %d (clients: rfc2217://%s:%d)"
                % (self.port_name, host, tcp_port, socket.gethostname(), tcp_port))
            log("WARNING: RFC 2217 has no authentication: anyone who can reach this port "
                "can reset, read and reflash the board.")

    def serve_forever(self):
        self.listener.settimeout(0.5)
        while True:
            if self.failure is not None:
                raise esptool.FatalError("lost the serial port %s: %s"
                                         % (self.port_name, self.failure),
                                         hint="was the board unplugged?")
            try:
                sock, address = self.listener.accept()
            except socket.timeout:
                continue
            if self.client is not None and not self.client.leaving(PREVIOUS_CLIENT_GRACE):
                self.refuse(sock, address)
            else:
                self.start_session(sock, address)

    def refuse(self, sock, address):
        busy = self.client
        text = "port %s is in use by %s (connected at %s)" % (self.port_name, busy.name, busy.since)
        log("refused %s:%d: %s" % (address[0], address[1], text))
        try:
            sock.sendall(("esp_rfc2217_server: %s\r\n" % text).encode())
        except OSError:
            pass
        sock.close()

    def start_session(self, sock, address):
        session = ClientSession(sock, address, self.port, self.lines)
        self.client = session
        log("client %s connected" % session.name)
        threading.Thread(target=self._serve_client, args=(session,), name="client",
                         daemon=True).start()

    def _serve_client(self, session):
        with self._port_in_use:
            started = time.monotonic()
            try:
                session.run()
            finally:
                sock_close(session.sock)
                if self.client is session:      # not the next client, accepted meanwhile
                    self.client = None
                log("client %s disconnected after %.1f s (%d bytes to the port, %d from it)"
                    % (session.name, time.monotonic() - started, session.to_port,
                       session.from_port))
                self.failure = session.port_failure
                self.put_port_back()

    def put_port_back(self):
        """What the client asked for is applied in order, then the lines are
        released (the chip runs) and settings it changed (the baud rate) restored."""
        self.lines.release()
        try:
            self.port.apply_settings(self.settings)
        except Exception:       # a port gone bad: serve_forever reports it
            pass

    def close(self):
        sock_close(self.listener)
        if self.client is not None:
            self.client.end()
        self.lines.close()


def sock_close(sock):
    try:
        sock.close()
    except OSError:
        pass


def listen(host, tcp_port):
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, tcp_port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        listener = socket.socket(family, kind, proto)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(2)
    except OSError as e:
        raise esptool.FatalError("cannot listen on %s port %d: %s" % (host, tcp_port,
                                                                       e.strerror or e),
                                 hint="is another server using that port? choose one with -p")
    return listener


def is_loopback(host):
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_host(host):
    return "[%s]" % host if ":" in host else host


def open_port(name):
    """The served port, lines released, with a short read timeout (for the reader)."""
    esptool.load_extensions()          # its URL schemes (espsim://) too, as esptool's
    port = esptool.open_serial_port(name, esptool.ESP_ROM_BAUD)
    port.timeout = PORT_READ_TIMEOUT
    return port


# -- command line ---------------------------------------------------------------------

def build_parser():
    parser = esptool.CommandLineParser(
        prog="esp_rfc2217_server",
        description="Share a serial port, reset lines included, over the network with "
                    "RFC 2217, one client at a time. Clients: esptool.py --port "
                    "rfc2217://HOST:PORT ...",
        epilog="RFC 2217 has no authentication: anyone who can reach the TCP port can use "
               "the board. The server listens on this computer only unless --bind says "
               "otherwise.")
    parser.add_argument("serialport", metavar="SERIALPORT",
                        help="serial port or pyserial URL (/dev/ttyUSB0, COM4, espsim://esp32)")
    parser.add_argument("-p", "--localport", type=int, default=DEFAULT_TCP_PORT,
                        metavar="TCPPORT",
                        help="TCP port to listen on (default %d; 0: any free one)"
                             % DEFAULT_TCP_PORT)
    parser.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                        help="address to listen on (default 127.0.0.1: this computer only; "
                             "0.0.0.0: every network)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also log every DTR/RTS state set on the port")
    return parser


def run(argv):
    args = build_parser().parse_args(argv)
    port = open_port(args.serialport)
    server = None
    previous = signal.signal(signal.SIGTERM, raise_stop)
    try:
        server = Server(port, args.serialport, args.bind, args.localport, args.verbose)
        server.announce()
        server.serve_forever()
    except (KeyboardInterrupt, Stop):
        log("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server is not None:
            server.close()
        port.close()
    return 0


def raise_stop(signum, frame):
    raise Stop()


def main(argv=None):
    return esptool.exit_status_of(lambda: run(sys.argv[1:] if argv is None else argv))


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
