# GPLv2, see LICENSE.
"""The end of a command-line run on a network port, without waits that buy nothing
(issue 24; docs/differences.md "Leaving a network port").

Two of pyserial's URL ports end a run slower than they need to:

* socket:// carries bytes only: its RTS and DTR setters change nothing (they only
  log). --after hard_reset's EN pulse then pulses nothing, and its 0.1 s hold is
  spent for nothing. rfc2217:// does carry the lines to the server, and espsim://
  to the simulated board: there the pulse is kept as it is.
* socket:// and rfc2217:// close() sleep 0.3 s after closing, so that a client
  reconnecting at once finds the server ready. At the end of a command the process
  exits; what a following command needs is a server that has seen this client go.
  So the last close half-closes the connection and waits (at most those 0.3 s) for
  the server to hang up in turn: when it returns, the server has let go of the
  port. A server that never hangs up costs what pyserial's pause cost.

Only the command line's own final close does this; the Python API (espkit/api.py)
keeps pyserial's close() as it is.
"""
import contextlib
import socket
import sys
import time

# The longest the final close waits for the server to hang up: pyserial's own
# pause before a reconnect, so no server gets less time than it had before.
SERVER_HANGUP_WAIT = 0.3


def register(extensions):
    """Outside config's wrapper: a custom_hard_reset_sequence set in the config
    file replaces the pulse after this has, and so is run as given."""
    extensions.leave_command = leaving_quickly(extensions.leave_command)


def leaving_quickly(leave_command):
    def leave(esp, args):
        if not has_modem_lines(esp.serial):
            esp.hard_reset = lambda: esp.trace("no RTS line on this port: no pulse to wait for")
        leave_command(esp, args)
        port = esp.serial
        esp.close = lambda: close_for_exit(port)
    return leave


def pyserial_url_class(port, handler):
    """True if `port` is pyserial's port for the URL handler module `handler`
    (only loaded once such a URL was opened, so never imported here)."""
    module = sys.modules.get(handler)
    return module is not None and isinstance(port, module.Serial)


def has_modem_lines(port):
    """False only for socket://, whose line setters do nothing."""
    return not pyserial_url_class(port, "serial.urlhandler.protocol_socket")


def close_for_exit(port):
    """Close the port, not pausing 0.3 s as pyserial's network ports do: wait
    instead for the server to hang up (docs/differences.md "Leaving a network port")."""
    sock = getattr(port, "_socket", None)
    if sock is None or not port.is_open:
        port.close()
    elif pyserial_url_class(port, "serial.urlhandler.protocol_socket"):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
            wait_for_hangup(sock, SERVER_HANGUP_WAIT)
        close_socket(sock)
        port._socket = None
        port.is_open = False        # what its close() does, less the pause
    elif pyserial_url_class(port, "serial.rfc2217"):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
        reader = getattr(port, "_thread", None)
        if reader is not None:
            reader.join(SERVER_HANGUP_WAIT)     # it ends when the server hangs up
        close_socket(sock)          # also wakes a reader still waiting
        port._thread = None         # its close() pauses only after joining the reader
        port.close()
    else:
        port.close()


def wait_for_hangup(sock, seconds):
    """Read (and drop: the run is over) until the peer closes, for at most `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        sock.settimeout(left)
        try:
            if not sock.recv(4096):
                return True
        except socket.timeout:
            return False


def close_socket(sock):
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
