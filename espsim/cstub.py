"""The project's C flasher stub, run as the simulated chip's stub.

`CStub` implements the stub seam of `espsim/stub.py` (``Impl(hal, entry)``,
``start()``, ``receive(data)``) by running the host build of
``flasher_stub/`` (``build/host/stub_host --device R,W``) as a child process.
The C code owns the protocol -- SLIP, dispatch, inflate, MD5, the READ_FLASH
window -- and reaches the chip only through its HAL, which in device mode
turns every call into one request on a pipe, answered here from the
simulated device (flash, registers, RAM, UART). The request format is
documented at the top of ``flasher_stub/hal_host.c``.

Everything runs in lock-step with the device thread: `receive()` hands the
host's bytes to the stub and serves its requests until the stub waits for
more input, so replies come out in order and nothing runs behind espsim's
back. A stub that stops answering for `REQUEST_TIMEOUT` seconds is killed
and the chip goes quiet, as a crashed stub would. The reset-at-command fault
counts command frames on their way in, as the generic stub does.

Where the host build is: espsim never finds it nor builds it by itself (an
installed espsim has no flasher_stub/ beside it). The caller names it:
`Device(stub_host_build=PATH)`, `python -m espsim --stub-host-build PATH`,
`espsim://...?cstub=PATH`, or the environment variable ESPSIM_CSTUB (what
the test suite sets, after `make -C flasher_stub host`). `host_build(path)`
resolves that choice.

`is_our_stub(chip_name, entry, read_word)` says whether code uploaded to RAM
is our stub, from ``espsim/stub_ids.json`` (written by ``make -C
flasher_stub embed``); espsim never imports esptool.py.
`choose_implementation(requested, chip_name, entry, read_word, build)` turns a
``--stub-impl`` value into the implementation to run: "generic" and "cstub"
force one, "auto" runs the C stub exactly when the uploaded code is ours and
a host build is given, else the generic stub.
"""
import hashlib
import json
import os
import select
import struct
import subprocess
import threading
import time
import weakref

from espsim.flash import hash_time, read_time
from espsim.protocol import Op

STUB_IDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stub_ids.json")
ENVIRONMENT = "ESPSIM_CSTUB"

REQUEST_TIMEOUT = 20.0
# Extra stub_host options for every CStub started (tests): ["--esp32-spi"]
# makes the C code reach the flash through SPI1 register writes, the way the
# ESP32 build does, so espsim's SPI model runs under it.
HOST_OPTIONS = []
# Receive slots of our stub's build for each chip, how many and their size
# (flasher_stub/Makefile RX_FRAMES, RX_SLOT_SIZE; docs/protocol.md §10.9); the host build
# lays its pool out the same way (--rx-frames, --rx-slot).
RX_SLOTS_OF_BUILD = {"ESP32": (3, 0x4040), "ESP8266": (4, 0x2020)}
RX_SLOTS_DEFAULT = (2, 0x4040)
SLIP_END = 0xC0
DATA_BLOCK_OPS = (bytes([Op.FLASH_DATA]), bytes([Op.FLASH_DEFL_DATA]))
RECENT_FRAMES = 8             # released frames remembered for the buffer count
REQUEST = struct.Struct("<cII")
REPLY = struct.Struct("<II")
OK, FAIL = 0, 1

# Why the stub process ended (EXIT_* in hal_host.c), sent with request 'X'.
EXIT_SOFT_RESET, EXIT_RUN_USER_CODE, EXIT_JUMP = 10, 11, 12

SECTOR, BLOCK = 0x1000, 0x10000
HASHING_OPS = (Op.SPI_FLASH_MD5, Op.FLASH_SECTOR_MD5)   # charged in --realtime
# Reads while writing: the stub's checks that a sector is blank (docs/protocol.md §13.3,
# a read) and its reading back of what it programmed (docs/protocol.md §5.16, a read
# and an MD5), all charged as hashing (at once, as its erases and programs): the larger
# of the two. Reads of ERASE_REGION are blank checks; READ_FLASH's are hidden behind
# its wire time.
WRITING_OPS = (Op.FLASH_DATA, Op.FLASH_DEFL_DATA, Op.FLASH_END, Op.FLASH_DEFL_END)
HOLD_STEP = 0.01


# ------------------------------------------------------------ the binary

def host_build(path=None):
    """The host build to run: `path` if given, else $ESPSIM_CSTUB, else None."""
    return path or os.environ.get(ENVIRONMENT) or None


def check_host_build(path):
    """Raise ValueError unless `path` names an executable host build."""
    if not path:
        raise ValueError("the C stub needs its host build: build it with `make -C "
                         "flasher_stub host` and pass build/host/stub_host as "
                         "--stub-host-build PATH (or set %s)" % ENVIRONMENT)
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise ValueError("C stub host build %s is not an executable file" % path)


# ------------------------------------------------------- recognising it

def is_our_stub(chip_name, entry, read_word):
    """True if the code in RAM (read through `read_word(address)`) and the
    entry point are those of our stub for this chip."""
    try:
        with open(STUB_IDS) as f:
            builds = json.load(f)
    except (OSError, ValueError):
        return False
    chip = chip_name.lower().replace("-", "")       # ESP32-C3: esp32c3
    # A chip with one build per revision family has more ("esp32p4", "esp32p4rev1").
    for name, ids in sorted(builds.items()):
        family = name == chip or (name.startswith(chip) and name[len(chip):].startswith("rev"))
        if family and ids["entry"] == entry:
            text = b"".join(struct.pack("<I", read_word(ids["text_start"] + i))
                            for i in range(0, ids["text_size"], 4))
            if hashlib.sha256(text).hexdigest() == ids["text_sha256"]:
                return True
    return False


def choose_implementation(requested, chip_name, entry, read_word, build=None):
    """'generic' or 'cstub' for a --stub-impl value ('auto', 'generic', 'cstub').
    `build` is the host build given by the caller (None: $ESPSIM_CSTUB)."""
    if requested != "auto":
        return requested
    try:
        check_host_build(host_build(build))
        if not is_our_stub(chip_name, entry, read_word):
            return "generic"
    except (OSError, ValueError, KeyError):
        # No host build given: the generic stub speaks the same protocol.
        return "generic"
    return "cstub"


# -------------------------------------------------------------- the stub

def _close_quietly(proc, fds):
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
    if proc.poll() is None:
        proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


class CStub:
    """The C stub as a stub implementation (see the module docstring)."""

    def __init__(self, hal, entry):
        self.hal = hal
        self.entry = entry
        self.binary = host_build(getattr(hal, "stub_host_build", None))
        check_host_build(self.binary)
        self.running = False
        self.input = bytearray()
        self.input_wanted = 0         # > 0 while the stub waits for serial input
        self._lock = threading.RLock()
        self._serving = False
        self._frame_bytes = b""       # the frame being received, for fault counting
        self._op = None               # opcode of the command being handled (--realtime)
        self._owed = 0.0              # chip time charged to this command (--realtime)
        self._command_started = 0.0   # when its last byte was handed over
        # The receive buffers, counted as slip.c takes them (docs/protocol.md §10.9):
        # [taken, freed or None] per frame, taken when its first END reached the chip.
        self.rx_frames, self.rx_slot = RX_SLOTS_OF_BUILD.get(hal.chip_name, RX_SLOTS_DEFAULT)
        self._held = []
        self._in_frame = False        # inside a frame, as slip.c's receiver
        self._frame = bytearray()     # its bytes so far (still escaped)
        self._frame_started = 0.0
        self.frames_dropped = 0

    # -- the seam --

    def start(self):
        to_stub_r, to_stub_w = os.pipe()
        from_stub_r, from_stub_w = os.pipe()
        self.proc = subprocess.Popen(
            [self.binary, "--device", "%d,%d" % (to_stub_r, from_stub_w),
             "--rx-frames", str(self.rx_frames), "--rx-slot", str(self.rx_slot)] + HOST_OPTIONS,
            pass_fds=(to_stub_r, from_stub_w), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_stub_r)
        os.close(from_stub_w)
        self.requests, self.replies = from_stub_r, to_stub_w
        self._finalizer = weakref.finalize(self, _close_quietly, self.proc,
                                           (from_stub_r, to_stub_w))
        self.running = True
        self._serve()                 # the greeting, then it waits for input

    def receive(self, data):
        with self._lock:
            data = self._admit(bytes(data))
            start = 0
            for end, op in self._command_ends(data):
                self._op = op
                self._command_started, self._owed = time.monotonic(), 0.0
                self._deliver(data[start:end])
                # Fault injection counts commands as the generic stub does: a
                # reset now means the stub never sees this command's last byte.
                if self.running and self.hal.command_fault():
                    self.stop()
                start = end
            self._deliver(data[start:])

    def _deliver(self, data):
        if not self.running or not data:
            return
        self.input += data
        if not self._serving:         # a reply may loop back into receive()
            self._serve()

    def _admit(self, data):
        """`data` without the data blocks the chip would drop. On the chip the UART keeps
        receiving while the stub works, and a frame whose opening END arrives while every
        receive buffer is taken is dropped whole (slip.c). The host build reads only when
        idle, so the buffers are counted here: a frame takes one from the time its
        opening END reached the chip until the stub frees it ('F'). Each frame is handed
        over whole, at its closing END; only FLASH_DATA and FLASH_DEFL_DATA are ever
        dropped (a host keeping to the stub's window never loses one,
        docs/protocol.md §10.9): other frames' times here are the simulator's, which
        may run late."""
        if not self._in_frame and SLIP_END not in data:
            return data                         # between frames: noise the stub skips
        started, kept, at = self.hal.rx_started(), [], 0
        while at < len(data):
            end = data.find(b"\xc0", at)
            segment = data[at:] if end < 0 else data[at:end]
            if self._in_frame:
                self._frame += segment
            else:
                kept.append(segment)
            if end < 0:
                break
            if not self._in_frame:
                self._in_frame, self._frame, self._frame_started = True, bytearray(), started
            elif self._frame:
                kept.append(self._frame_if_kept())
                self._in_frame = False
            at = end + 1
        return b"".join(kept)

    def _frame_if_kept(self):
        """The frame just closed, SLIP-framed, or b"" if no buffer was free for it."""
        frame, at = bytes(self._frame), self._frame_started
        held = sum(1 for taken, freed in self._held if taken <= at and (freed is None or freed > at))
        if held >= self.rx_frames and frame[:1] == b"\x00" and frame[1:2] in DATA_BLOCK_OPS:
            self.frames_dropped += 1
            return b""
        self._held.append([at, None])
        freed = [entry for entry in self._held if entry[1] is not None]
        for entry in freed[:-RECENT_FRAMES]:
            self._held.remove(entry)
        return b"\xc0" + frame + b"\xc0"

    def _buffer_freed(self):
        for entry in self._held:
            if entry[1] is None:
                entry[1] = time.monotonic()
                return

    def _command_ends(self, data):
        """(offset, opcode) of the SLIP END bytes that close a command frame
        (direction byte 0, at least a header long) in `data`, tracking frames
        across calls."""
        ends = []
        at = data.find(b"\xc0")
        previous = 0
        while at >= 0:
            self._frame_bytes += data[previous:at]
            frame, self._frame_bytes = self._frame_bytes, b""
            if frame and frame[0] == 0x00 and len(frame) >= 8:
                ends.append((at, frame[1]))
            previous = at + 1
            at = data.find(b"\xc0", previous)
        self._frame_bytes += data[previous:]
        return ends

    def stop(self):
        """End the stub process (the chip was reset or powered off)."""
        self.running = False
        self._finalizer()

    # -- serving requests --

    def _serve(self):
        self._serving = True
        try:
            while self.running:
                if self.input_wanted:
                    if not self.input:
                        return
                    self._give_input()
                    continue
                self._handle(self._read_request())
        except (OSError, TimeoutError, EOFError):
            self.stop()               # a crashed or hung stub: the chip goes quiet
        finally:
            self._serving = False

    def _give_input(self):
        chunk = bytes(self.input[:self.input_wanted])
        del self.input[:len(chunk)]
        self.input_wanted = 0
        self._reply(OK, len(chunk), chunk)

    def _read_exact(self, length):
        data = b""
        while len(data) < length:
            ready, _, _ = select.select([self.requests], [], [], REQUEST_TIMEOUT)
            if not ready:
                raise TimeoutError("the C stub stopped answering")
            chunk = os.read(self.requests, length - len(data))
            if not chunk:
                raise EOFError("the C stub exited")
            data += chunk
        return data

    def _read_request(self):
        op, a, b = REQUEST.unpack(self._read_exact(REQUEST.size))
        payload = self._read_exact(b) if op in (b"P", b"M", b"T") and b else b""
        return op, a, b, payload

    def _reply(self, status, value=0, data=b""):
        message = REPLY.pack(status, value) + data
        while message:
            written = os.write(self.replies, message)
            message = message[written:]

    def _handle(self, request):
        op, a, b, payload = request
        if op == b"I":
            self.input_wanted = a
        elif op == b"T":
            self._hold_what_is_owed(0.0)    # the reply leaves when the chip is done
            self.hal.transmit(payload)
        elif op == b"F":
            self._buffer_freed()
        elif op == b"X":
            self._stopped(a, b)
        else:
            status, value, data = self._device_op(op, a, b, payload)
            self._reply(status, value, data)

    # -- what the HAL asks of the chip --

    def _device_op(self, op, a, b, payload):
        flash, hal = self.hal.flash, self.hal
        if op == b"S":
            return OK, flash.size, b""
        if op == b"r":
            if not self._in_flash(a, b):
                return FAIL, 0, b""
            if self._op in HASHING_OPS:
                self._charge(hash_time(b))    # the chip reads and hashes (espsim/flash.py)
            elif self._op in WRITING_OPS:
                flash.clock(hash_time(b))     # blank checks, and reading back what it wrote
            elif self._op == Op.ERASE_REGION:
                flash.clock(read_time(b))     # blank checks
            return OK, 0, flash.read(a, b)
        if op == b"P":
            if not self._in_flash(a, b) or flash.is_protected(a, b):
                return FAIL, 0, b""
            flash.program(a, payload)
            return OK, 0, b""
        if op == b"E":
            return self._erase(a, b), 0, b""
        if op == b"C":
            start, end = flash.protected_range()
            if start != end:
                return FAIL, 0, b""
            flash.erase_chip()
            return OK, 0, b""
        if op == b"U":
            flash.unlock()
            return OK, 0, b""
        if op == b"A":
            return OK, 0, b""
        if op == b"R":
            return OK, hal.read_reg(a), b""
        if op == b"W":
            hal.write_reg(a, b)
            return OK, 0, b""
        if op == b"B":
            hal.set_baud(a)
            return OK, 0, b""
        if op == b"M":
            hal.load_ram(a, payload)
            return OK, 0, b""
        if op == b"K":
            return OK, 0, b""
        return FAIL, 0, b""

    def _charge(self, seconds):
        """--realtime busy time, counted from the command's start (the stub's requests
        over the pipe are the simulator's time, not the chip's) and held in steps of
        at least HOLD_STEP: one sleep per 4 KiB read would add each sleep's overshoot."""
        self._owed += seconds
        self._hold_what_is_owed(HOLD_STEP)

    def _hold_what_is_owed(self, at_least):
        ahead = self._command_started + self._owed - time.monotonic()
        if self._owed and ahead >= at_least:
            self.hal.hold(self._owed, since=self._command_started)

    def _in_flash(self, address, length):
        return 0 <= address and address + length <= self.hal.flash.size

    def _erase(self, address, length):
        flash = self.hal.flash
        if not self._in_flash(address, length) or flash.is_protected(address, length):
            return FAIL
        if length == SECTOR:
            flash.erase_sector(address)
        elif length == BLOCK:
            flash.erase_block(address)
        else:
            flash.erase_range(address, length)
        return OK

    def _stopped(self, reason, detail):
        """The stub left: reset, user code or a jump to uploaded code."""
        self.stop()
        if reason == EXIT_SOFT_RESET:
            self.hal.hold(0.010)      # docs/protocol.md §5.5: the stub waits before resetting
            self.hal.reset_to_rom()
        elif reason == EXIT_RUN_USER_CODE:
            self.hal.run_user_code()
        elif reason == EXIT_JUMP:
            self.hal.start_program(detail)
