"""espsim: a virtual ESP8266 / ESP32 as seen from its serial port.

    device = espsim.Device(chip="esp32", flash_file="flash.bin")
    server = espsim.serve(device)          # server.url == "rfc2217://127.0.0.1:N"
    ...                                    # point any esptool at server.url
    server.close()                         # flash.bin now holds what was written

Also the `espsim` command, same as `python -m espsim` (a server), and the pyserial URL
`espsim://esp32?flash=flash.bin` (in-process, see protocol_espsim.py).
It shares no code with esptool.py: it is a second implementation of the spec.
"""
import sys

from espsim.device import Device
from espsim.server import Server, serve

__all__ = ["Device", "Server", "serve"]


def _main():
    """The installed `espsim` command (scripts/espsim)."""
    from espsim.__main__ import main
    sys.exit(main())
