# GPLv2, see LICENSE.
"""Which serial port a board is on: list_ports, --port-filter, and the order
ports are tried in. Nothing here assumes one board: selection returns every
candidate, best first.
"""
import argparse
import errno
import json
import re
import socket
import time
import urllib.parse

from esptool import (
    PortError,
    FatalError, import_pyserial,
)


# USB vendor IDs of the serial bridges found on ESP boards: such a port is
# tried before any other.
ESP_USB_VENDORS = {
    0x303A: "Espressif",      # the chip's own USB-Serial/JTAG, ESP-Prog
    0x10C4: "Silicon Labs",   # CP210x
    0x1A86: "WCH",            # CH340, CH9102
    0x0403: "FTDI",           # FT232, FT2232 (ESP-WROVER-KIT)
    0x067B: "Prolific",       # PL2303
}
# The PC's own UARTs: almost never a board, and probing one costs the full
# connect timeout, so they are tried only when nothing else exists.
LEGACY_PORT = re.compile(r"^/dev/ttyS\d+$")
PORT_FILTER_KEYS = ("vid", "pid", "name", "serial")


def arg_port_filter(text):
    """--port-filter 'vid=0x303a,pid=0x1001,name=USB,serial=ABC' -> [(key, value)]."""
    terms = []
    for term in text.split(","):
        key, sep, value = term.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not value:
            raise argparse.ArgumentTypeError(
                "%r is not KEY=VALUE (keys: %s)" % (term, ", ".join(PORT_FILTER_KEYS)))
        if key not in PORT_FILTER_KEYS:
            raise argparse.ArgumentTypeError(
                "unknown port filter key %r (keys: %s)" % (key, ", ".join(PORT_FILTER_KEYS)))
        if key in ("vid", "pid"):
            try:
                value = int(value, 0)
            except ValueError:
                raise argparse.ArgumentTypeError("%s=%s is not a number (hexadecimal needs "
                                                 "0x: %s=0x%s)" % (key, value, key, value))
        terms.append((key, value))
    return terms


def port_matches(port, filters):
    """Upstream 5.x's rule: values given for one key are alternatives, different
    keys must all match; name and serial match a part of the text, in any case."""
    wanted = {}
    for key, value in filters:
        wanted.setdefault(key, []).append(value)
    found = {"vid": port.vid, "pid": port.pid, "name": (port.device or "").lower(),
             "serial": (port.serial_number or "").lower()}
    for key, values in wanted.items():
        if key in ("vid", "pid"):
            if found[key] not in values:
                return False
        elif not any(value.lower() in found[key] for value in values):
            return False
    return True


def esp_bridge(port):
    """The bridge maker's name if `port` is a USB serial bridge used on ESP boards."""
    return ESP_USB_VENDORS.get(port.vid)


def is_legacy_port(port):
    return bool(LEGACY_PORT.match(port.device or ""))


def ordered_ports(filters=()):
    """Every port matching `filters` (pyserial ListPortInfo records), best first:
    Espressif's own USB, the other ESP bridges, the rest, the legacy UARTs."""
    serial = import_pyserial()
    ports = [p for p in serial.tools.list_ports.comports() if port_matches(p, filters)]

    def rank(port):
        if port.vid == 0x303A:
            return 0
        return 1 if esp_bridge(port) else 3 if is_legacy_port(port) else 2
    return sorted(ports, key=lambda p: (rank(p), p.device))


def without_legacy_ports(ports):
    """The legacy UARTs are left out, unless nothing else is there."""
    return [p for p in ports if not is_legacy_port(p)] or ports


def candidate_ports(filters=()):
    """The ports worth trying, best first."""
    return without_legacy_ports(ordered_ports(filters))


def describe_filters(filters):
    return ",".join("%s=%s" % (key, "0x%04x" % value if isinstance(value, int) else value)
                    for key, value in filters)


def list_serial_ports(filters=()):
    """Device names of candidate_ports(), or a FatalError saying why there are none."""
    ports = [p.device for p in candidate_ports(filters)]
    if not ports:
        if filters:
            raise FatalError("No serial port matches --port-filter %s" % describe_filters(filters),
                             hint="'esptool.py list_ports' shows every port with its VID:PID "
                                  "and serial number")
        raise FatalError("No serial ports found and no --port given",
                         hint="connect the board, or name its port with --port or ESPTOOL_PORT")
    return ports


def port_record(port, tried):
    """What list_ports shows of one port (its --json object)."""
    return {"device": port.device, "vid": port.vid, "pid": port.pid,
            "description": port.description, "serial_number": port.serial_number,
            "manufacturer": port.manufacturer, "likely_esp": esp_bridge(port) is not None,
            "tried": tried}


PORT_COLUMNS = ("port", "VID:PID", "description", "serial")


def port_table(records):
    """list_ports' lines: a header, then a row per port, in aligned columns."""
    rows = [PORT_COLUMNS] + [port_columns(record) for record in records]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    marks = [" "] + ["*" if record["likely_esp"] else " " for record in records]
    notes = [""] + ["" if record["tried"] else "  (not tried: the computer's own UART)"
                    for record in records]
    return [("%s %-*s  %-*s  %-*s  %s" % (mark, widths[0], row[0], widths[1], row[1],
                                          widths[2], row[2], row[3])).rstrip() + note
            for mark, row, note in zip(marks, rows, notes)]


def port_columns(record):
    usb = ("%04x:%04x" % (record["vid"], record["pid"])
           if record["vid"] is not None and record["pid"] is not None else "-")
    return (record["device"], usb, record["description"] or "-", record["serial_number"] or "-")


def list_ports(args):
    """Every serial port (narrowed by --port-filter) in the order esptool.py tries them."""
    ports = ordered_ports(args.port_filter)
    tried = without_legacy_ports(ports)
    records = [port_record(p, p in tried) for p in ports]
    events = getattr(args, "events", None)
    if events:
        for record in records:
            events.emit("port", **record)
    elif args.json:
        for record in records:
            print(json.dumps(record, sort_keys=True))
    elif not records:
        print("No serial ports found%s." % (" matching --port-filter " +
                                            describe_filters(args.port_filter)
                                            if args.port_filter else ""))
    else:
        for line in port_table(records):
            print(line)
        if any(r["likely_esp"] for r in records):
            print("* USB serial bridge used on ESP boards (tried first)")


def add_port_filter_arg(parser):
    parser.add_argument("--port-filter", action="extend", type=arg_port_filter, default=[],
                        metavar="KEY=VALUE[,...]",
                        help="without --port, only try ports matching vid=N, pid=N, name=TEXT, "
                             "serial=TEXT (repeat or separate with commas)")


def list_ports_args(p):
    p.add_argument("--json", action="store_true", help="one JSON object per port and line")


def register_espsim_urls(serial):
    """Let --port take espsim:// URLs when the simulator is installed. Only
    called for such a URL: opening a real port never imports the simulator."""
    try:
        import espsim  # noqa: F401
    except ImportError:
        return
    if "espsim" not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append("espsim")


def port_open_error(port, error):
    """One line per cause of a failed open, without pyserial's doubled '[Errno N]' text."""
    number = getattr(error, "errno", None)
    if number == errno.ENOENT:
        return PortError("could not open port %s: no such port" % port,
                          hint="check the port name (esptool.py lists the ports it finds when "
                               "run without --port)")
    if number == errno.EACCES:
        return PortError("could not open port %s: permission denied" % port,
                          hint="add your user to the port's group (often 'dialout': sudo usermod "
                               "-a -G dialout $USER, then log in again)")
    if number in (errno.EBUSY, errno.EAGAIN) or "exclusively lock" in str(error):
        return PortError("could not open port %s: it is busy (Could not exclusively lock port)"
                          % port, hint="is another program (a serial monitor?) using it?")
    text = str(error.strerror if getattr(error, "strerror", None) else error)
    text = re.sub(r"\[Errno \d+\] ", "", text)
    said = what_the_server_says(port) if port.lower().startswith("rfc2217://") else None
    if said:
        return PortError("could not open port %s: the server says: %s" % (port, said),
                         hint="another client has the board: wait for it to finish, or stop it")
    if "could not open port" not in text.lower():
        text = "could not open port %s: %s" % (port, text)
    if "://" in port:
        return PortError(text, hint="check the URL and its options")
    return PortError(text, hint="check the port name; is another program (a serial "
                                 "monitor?) using it?")


# esp_rfc2217_server.py refuses a second client with one line of text starting so,
# then closes; pyserial's open reports only the failed negotiation (or a broken pipe).
SERVER_TEXT_PREFIX = b"esp_rfc2217_server: "
# Seconds to wait for that line on a second connection: longer than the server's own
# grace for the last client to hang up (esp_rfc2217_server.PREVIOUS_CLIENT_GRACE, 1 s),
# which comes before the line; at 1 s the two raced and the line was often missed.
SERVER_TEXT_WAIT = 3.0


def what_the_server_says(url):
    """The refusal our server sends a client that finds the port taken ("port X is in use
    by HOST:PORT (connected at T)"), read on a connection of our own; None when the
    server is another one, says nothing, or cannot be reached."""
    parts = urllib.parse.urlsplit(url)
    try:
        if parts.hostname is None or parts.port is None:
            return None
        with socket.create_connection((parts.hostname, parts.port),
                                      timeout=SERVER_TEXT_WAIT) as sock:
            received, deadline = b"", time.monotonic() + SERVER_TEXT_WAIT
            while b"\n" not in received and time.monotonic() < deadline:
                chunk = sock.recv(512)
                if not chunk:
                    break
                received += chunk
    except (OSError, ValueError):
        return None
    if not received.startswith(SERVER_TEXT_PREFIX):
        return None
    return received[len(SERVER_TEXT_PREFIX):].split(b"\n")[0].decode(errors="replace").strip()
