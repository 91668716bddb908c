"""espsim (or python -m espsim): serve a simulated chip on a TCP port until Ctrl-C."""
import argparse
import signal
import sys
import threading

from espsim.device import CHIPS, Device
from espsim.server import serve


def build_parser():
    parser = argparse.ArgumentParser(
        prog="espsim",
        description="Serve a simulated ESP8266/ESP32/ESP32-C3/ESP32-S3/ESP32-C6/ESP32-H2 serial bootloader "
                    "over TCP (RFC 2217 by default; point esptool at the printed URL).")
    parser.add_argument("--chip", choices=sorted(CHIPS), default="esp32")
    parser.add_argument("--flash-file", help="flash content; created if missing, saved on exit; "
                        "locked while espsim runs")
    parser.add_argument("--flash-size", default="4MB",
                        help="256KB, 512KB, 1MB, 2MB, 4MB, 8MB or 16MB (default 4MB)")
    parser.add_argument("--efuse-file", help="eFuse state (JSON); created if missing, saved at "
                                             "every burn")
    parser.add_argument("--secure-download", action="store_true",
                        help="ESP32-S2 and later: burn ENABLE_SECURITY_DOWNLOAD (into "
                             "--efuse-file if given): the ROM then answers only what "
                             "Secure Download Mode allows")
    parser.add_argument("--mac", help="factory MAC, e.g. 24:0a:c4:01:02:03")
    parser.add_argument("--chip-revision", type=int,
                        help="ESP32: 0-3 (default 1); ESP32-C3/-S3/-C6/-S2/-H2: major * 100 + minor "
                             "(default v0.4 / v0.2 / v0.1 / v1.0 / v0.1)")
    parser.add_argument("--usb-jtag", action="store_true",
                        help="ESP32-C3/-S3/-C6/-H2: the host is on the chip's USB-Serial-JTAG port "
                             "(its own reset logic, no baud rate) instead of a UART bridge")
    parser.add_argument("--crystal", type=int, choices=(26, 40, 48),
                        help="crystal MHz (ESP32-C2: 40 by default, 26 for its 26 MHz part; "
                             "its chip revision defaults to v1.1; ESP32-C5: 48 by default, 40 "
                             "for a part whose ROM assumes 48)")
    parser.add_argument("--flash-id", type=lambda s: int(s, 0),
                        help="JEDEC id as RDID returns it, e.g. 0x1640ef (default: "
                             "Winbond, capacity from --flash-size)")
    parser.add_argument("--listen", default="127.0.0.1:0",
                        help="HOST:PORT to listen on (port 0: let the OS choose)")
    parser.add_argument("--raw", action="store_true",
                        help="plain TCP for socket:// (no control lines; starts in download mode)")
    parser.add_argument("--trace", metavar="FILE", help="log every SLIP frame and event")
    parser.add_argument("--app-output", metavar="FILE",
                        help="after booting a valid image, the stand-in application prints "
                             "this file's bytes after its banner (e.g. a recorded panic, for "
                             "the monitor's crash decoding), then echoes as usual")
    parser.add_argument("--realtime", action="store_true",
                        help="take as long as a real chip: wire time and flash times")
    parser.add_argument("--stub-impl", default="auto", choices=("generic", "cstub", "auto"),
                        help="what runs when a client uploads a flasher stub: generic (a "
                             "Python model of the stub protocol), cstub (our C stub's host "
                             "build, see --stub-host-build) or auto (default): the C stub "
                             "when the uploaded code is ours and a host build is given, "
                             "else the generic model; with no host build auto always runs "
                             "the generic model, and says so at start-up")
    parser.add_argument("--stub-host-build", metavar="PATH",
                        help="the C stub built for this machine (make -C flasher_stub host "
                             "writes flasher_stub/build/host/stub_host); default: the "
                             "ESPSIM_CSTUB environment variable")
    faults = parser.add_argument_group(
        "fault injection", "Bytes are counted from 0 in each direction: host to chip, every "
        "byte the host sends; chip to host (--reply-...), the bytes of the SLIP frames the "
        "chip sends (boot log and application text are not counted). A flip inverts bit "
        "--corrupt-bit of the byte. The --trace file logs each fault as '# fault: ...' "
        "and the frames undamaged.")
    faults.add_argument("--drop-at", type=int, metavar="N", help="drop byte N (host to chip)")
    faults.add_argument("--corrupt-at", type=int, metavar="N", help="flip byte N (host to chip)")
    faults.add_argument("--drop-rate", type=float, default=0.0, metavar="P",
                        help="drop each byte from the host with probability P")
    faults.add_argument("--corrupt-rate", type=float, default=0.0, metavar="P",
                        help="flip each byte from the host with probability P")
    faults.add_argument("--reply-drop-at", type=int, metavar="N",
                        help="drop byte N of the chip's frames (chip to host)")
    faults.add_argument("--reply-corrupt-at", type=int, metavar="N",
                        help="flip byte N of the chip's frames (chip to host)")
    faults.add_argument("--reply-drop-rate", type=float, default=0.0, metavar="P",
                        help="drop each byte of the chip's frames with probability P")
    faults.add_argument("--reply-corrupt-rate", type=float, default=0.0, metavar="P",
                        help="flip each byte of the chip's frames with probability P")
    faults.add_argument("--corrupt-bit", type=int, default=4, metavar="B",
                        help="the bit (0-7) a flip inverts, both directions (default 4: 0x10)")
    faults.add_argument("--seed", type=int, default=0,
                        help="seed for the fault rates (one random stream per direction)")
    faults.add_argument("--reply-delay", type=float, default=0.0, metavar="SECONDS")
    faults.add_argument("--stop-replies-after", type=int, metavar="FRAMES")
    faults.add_argument("--reset-at-command", type=int, metavar="N",
                        help="the chip resets itself while handling its Nth command "
                             "(SYNC commands are not counted)")
    faults.add_argument("--refuse-download", action="store_true",
                        help="wrong strapping: the chip never enters download mode")
    faults.add_argument("--stuck-bits", type=lambda s: int(s, 0), default=0, metavar="MASK",
                        help="flash bits that programming cannot clear (e.g. 0x01)")
    return parser


def device_from_args(args):
    return Device(chip=args.chip, flash_file=args.flash_file, flash_size=args.flash_size,
                  efuse_file=args.efuse_file, mac=args.mac, chip_revision=args.chip_revision,
                  crystal=args.crystal, flash_id=args.flash_id, realtime=args.realtime,
                  trace=args.trace, usb_jtag=args.usb_jtag, app_output=args.app_output,
                  stub_impl=args.stub_impl, stub_host_build=args.stub_host_build,
                  drop_at=args.drop_at, corrupt_at=args.corrupt_at,
                  drop_rate=args.drop_rate, corrupt_rate=args.corrupt_rate, seed=args.seed,
                  reply_drop_at=args.reply_drop_at, reply_corrupt_at=args.reply_corrupt_at,
                  reply_drop_rate=args.reply_drop_rate,
                  reply_corrupt_rate=args.reply_corrupt_rate, corrupt_bit=args.corrupt_bit,
                  reply_delay=args.reply_delay, stop_replies_after=args.stop_replies_after,
                  reset_at_command=args.reset_at_command,
                  refuse_download=args.refuse_download, stuck_bits=args.stuck_bits,
                  secure_download=args.secure_download)


def listen_address(text):
    """--listen HOST:PORT -> (host, port); ValueError naming what is wrong."""
    host, _, port = text.rpartition(":")
    if not port.isdigit() or int(port) > 65535:
        raise ValueError("--listen wants HOST:PORT with a port from 0 to 65535, got %r" % text)
    return host or "127.0.0.1", int(port)


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        host, port = listen_address(args.listen)       # checked before any file is opened
        device = device_from_args(args)
    except (OSError, ValueError) as error:
        print("espsim: %s" % error, file=sys.stderr)
        return 2
    stop = threading.Event()
    # Installed explicitly: a server started in the background of a shell
    # inherits SIGINT as ignored, and Ctrl-C / kill must still save the flash.
    # Installed before the URL is printed: a supervisor may stop us as soon as
    # it has read it.
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        server = serve(device, host, port, raw=args.raw)
    except (OSError, OverflowError) as error:
        device.close()                # lets go of the flash and eFuse files
        print("espsim: cannot listen on %s: %s" % (args.listen, error), file=sys.stderr)
        return 2
    print("espsim: serving %s on %s" % (device.chip.name, server.url), flush=True)
    if args.stub_impl == "auto" and device.stub_host_build is None:
        print("espsim: no C stub host build given (--stub-host-build, ESPSIM_CSTUB): "
              "uploaded stubs run on the generic stub model", flush=True)
    while not stop.wait(0.5):
        pass
    server.close()                    # saves the flash file whole
    print("espsim: stopped, flash saved", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
