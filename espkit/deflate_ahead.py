# GPLv2, see LICENSE.
"""write_flash's files deflated while the chip is being connected (issue 24 point 5).

zlib level 9 of 2 MiB takes about 0.1 s, which came between the stub's probe and
the first data block. The files are in memory from the command line on, so their
compression starts in a thread before the port is opened, while the host mostly
waits for the chip (zlib lets other threads run while it works); the write then
finds it done: the engine's deflate seam is boards.deflate_once, which keeps a
result by the bytes compressed. The bytes on the wire are the same. A file the
write changes first (a bootloader's patched header, a decoded Intel HEX file, a
run of a fast reflash) is compressed again as before; the thread only cost CPU
time while the host was waiting.
"""
import threading

from esptool import pad_to
from espkit.boards import deflate_once


def deflating_ahead(run_command):
    """esptool's run_command, with write_flash's files deflated beside the connection."""
    def run(args):
        start(args)
        return run_command(args)
    return run


def start(args):
    if (getattr(args, "operation", None) != "write_flash" or getattr(args, "no_compress", False)
            or getattr(args, "no_stub", False)):
        return                          # nothing will be compressed, or only by a ROM
    files = [entry[2] for entry in getattr(args, "addr_filename", None) or ()
             if len(entry) == 3 and isinstance(entry[2], bytes)]
    if files:
        threading.Thread(target=deflate_all, args=(files,), daemon=True).start()


def deflate_all(files):
    for data in files:
        deflate_once(pad_to(data, 4, b"\xff"))     # as plan_flash_regions pads it
