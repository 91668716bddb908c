"""Our C flasher stub, built for the host and driven over pipes.

Each test starts the host build (flasher_stub/build/host/stub_host) on a flash
image file, talks the stub protocol of docs/protocol.md §10-§12 to it, and checks
the replies and what ends up in the flash file."""
import hashlib
import os
import random
import select
import shutil
import struct
import subprocess
import zlib

import pytest

from conftest import run_make

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STUB_DIR = os.path.join(ROOT, "flasher_stub")
STUB_HOST = os.path.join(STUB_DIR, "build", "host", "stub_host")

FLASH_BEGIN, FLASH_DATA, FLASH_END = 0x02, 0x03, 0x04
MEM_BEGIN, MEM_END, MEM_DATA = 0x05, 0x06, 0x07
SYNC, WRITE_REG, READ_REG = 0x08, 0x09, 0x0A
SPI_SET_PARAMS, SPI_ATTACH, CHANGE_BAUDRATE = 0x0B, 0x0D, 0x0F
DEFL_BEGIN, DEFL_DATA, DEFL_END, SPI_FLASH_MD5 = 0x10, 0x11, 0x12, 0x13
ERASE_FLASH, ERASE_REGION, READ_FLASH, RUN_USER_CODE = 0xD0, 0xD1, 0xD2, 0xD3
FLASH_SECTOR_MD5 = 0xDA

OK, FAILED = 0x00, 0x01
BAD_DATA_LEN, BAD_DATA_CHECKSUM, BAD_BLOCKSIZE = 0xC0, 0xC1, 0xC2
FAILED_SPI_OP, NOT_IN_FLASH_MODE, INFLATE_ERROR = 0xC4, 0xC6, 0xC7
NOT_ENOUGH_DATA, TOO_MUCH_DATA, CMD_NOT_IMPLEMENTED = 0xC8, 0xC9, 0xFF

EXIT_SOFT_RESET, EXIT_RUN_USER_CODE, EXIT_JUMP = 10, 11, 12
BLOCK = 0x4000
FLASH_SIZE = 0x100000
TIMEOUT = 10


@pytest.fixture(scope="session")
def stub_host():
    if not shutil.which("make") or not shutil.which(os.environ.get("CC", "cc")):
        pytest.skip("no make / C compiler to build the host stub")
    run_make("host", check=True, timeout=300)
    return STUB_HOST


# ---- the wire: SLIP (docs/protocol.md §2), packets (§3) ----

def slip_encode(payload):
    return b"\xc0" + payload.replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc") + b"\xc0"


def checksum(payload):
    value = 0xEF
    for b in payload:
        value ^= b
    return value


def packet(op, data=b"", chk=0):
    return struct.pack("<BBHI", 0, op, len(data), chk) + data


def data_block(payload, seq=0):
    return struct.pack("<IIII", len(payload), seq, 0, 0) + payload


class Stub:
    """A running stub on a flash file, spoken to over its stdin/stdout: the
    host build, or with argv given, any command (e.g. QEMU running the
    cross-compiled core, which opens flash.bin in `cwd`)."""

    def __init__(self, exe, flash_path, *options, argv=None):
        argv = argv or [exe, "--flash", str(flash_path), *options]
        self.proc = subprocess.Popen(argv, cwd=os.path.dirname(str(flash_path)),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.pending = b""

    def send_raw(self, raw):
        self.proc.stdin.write(raw)
        self.proc.stdin.flush()

    def send(self, op, data=b"", chk=0):
        self.send_raw(slip_encode(packet(op, data, chk)))

    def _read_some(self, timeout):
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise TimeoutError("no data from the stub")
        chunk = os.read(fd, 65536)
        if not chunk:
            raise EOFError("the stub closed its output")
        self.pending += chunk

    def frame(self, timeout=TIMEOUT):
        """Next SLIP frame's payload (strict decoding, as a host does)."""
        while True:
            start = self.pending.find(b"\xc0")
            end = self.pending.find(b"\xc0", start + 1) if start >= 0 else -1
            if end > start + 1:
                raw, self.pending = self.pending[start + 1:end], self.pending[end + 1:]
                return raw.replace(b"\xdb\xdc", b"\xc0").replace(b"\xdb\xdd", b"\xdb")
            if end == start + 1:
                self.pending = self.pending[end:]  # C0 C0: end of one frame, start of the next
                continue
            self._read_some(timeout)

    def nothing_more(self, timeout=0.3):
        """True if the stub sends nothing further within `timeout`."""
        if self.pending.strip(b"\xc0"):
            return False
        try:
            self._read_some(timeout)
        except TimeoutError:
            return True
        return False

    def response(self, op):
        """(value, result bytes, (error, extra)) of the reply to `op`."""
        frame = self.frame()
        assert frame[0] == 0x01 and frame[1] == op, frame.hex()
        value, = struct.unpack_from("<I", frame, 4)
        body = frame[8:]
        return value, body[:-2], (body[-2], body[-1])

    def command(self, op, data=b"", chk=0):
        self.send(op, data, chk)
        return self.response(op)

    def status(self, op, data=b"", chk=0):
        return self.command(op, data, chk)[2][0]

    def close(self):
        """Close the link; returns the exit status, keeps stderr in .log."""
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=TIMEOUT)
            self.log = self.proc.stderr.read().decode()
        finally:
            self.proc.stdout.close()
            self.proc.stderr.close()
        return self.proc.returncode

    def wait_exit(self):
        """Wait for the stub to end by itself; its stderr is kept in .log."""
        try:
            status = self.proc.wait(timeout=TIMEOUT)
            self.pending += self.proc.stdout.read()
            self.log = self.proc.stderr.read().decode()
            return status
        finally:
            self.proc.stdin.close()
            self.proc.stdout.close()
            self.proc.stderr.close()


@pytest.fixture
def flash_file(tmp_path):
    """1 MiB of flash with a recognisable pattern (not erased)."""
    path = tmp_path / "flash.bin"
    path.write_bytes(bytes(i * 7 & 0xFF for i in range(256)) * (FLASH_SIZE // 256))
    return path


QEMU = ["qemu-system-xtensa", "-M", "sim", "-cpu", "lx106", "-display", "none", "-serial", "none",
        "-monitor", "none", "-semihosting", "-kernel"]


@pytest.fixture(scope="session")
def stub_qemu():
    """The ESP8266 build of the core over flasher_stub/hal_qemu.c, in QEMU."""
    if not shutil.which("xtensa-lx106-elf-gcc") or not shutil.which(QEMU[0]):
        pytest.skip("needs xtensa-lx106-elf-gcc and qemu-system-xtensa (qemu-system-misc)")
    run_make("qemu", check=True, timeout=300)
    return QEMU + [os.path.join(STUB_DIR, "build", "qemu", "stub.elf")]


QEMU_RV32 = ["qemu-system-riscv32", "-M", "virt", "-bios", "none", "-display", "none",
             "-serial", "none", "-monitor", "none", "-semihosting", "-kernel"]


@pytest.fixture(scope="session")
def stub_qemu_rv32():
    """The ESP32-C3 (RV32IMC) build of the core over flasher_stub/hal_qemu.c, in QEMU."""
    if not shutil.which("riscv64-unknown-elf-gcc") or not shutil.which(QEMU_RV32[0]):
        pytest.skip("needs riscv64-unknown-elf-gcc (gcc-riscv64-unknown-elf) and "
                    "qemu-system-riscv32 (qemu-system-misc)")
    run_make("qemu-rv32", check=True, timeout=300)
    return QEMU_RV32 + [os.path.join(STUB_DIR, "build", "qemu-rv32", "stub.elf")]


def started(s):
    assert s.frame() == b"OHAI"
    yield s
    if s.proc.poll() is None:
        s.proc.kill()
        s.wait_exit()


@pytest.fixture
def host_stub(stub_host, flash_file):
    yield from started(Stub(stub_host, flash_file))


@pytest.fixture(params=["host", "qemu-lx106", "qemu-rv32"])
def stub(request, flash_file):
    """Each test runs three times: on the host build, then on the core
    cross-compiled for the ESP8266's lx106 and for the ESP32-C3's RV32IMC,
    each running in QEMU (skipped when QEMU is not installed)."""
    if request.param == "host":
        s = Stub(request.getfixturevalue("stub_host"), flash_file)
    elif request.param == "qemu-lx106":
        s = Stub(None, flash_file, argv=request.getfixturevalue("stub_qemu"))
    else:
        s = Stub(None, flash_file, argv=request.getfixturevalue("stub_qemu_rv32"))
    yield from started(s)


# ---- helpers that speak for a host ----

def write_uncompressed(stub, offset, image, block=BLOCK):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", len(image), -(-len(image) // block),
                                                  block, offset)) == OK
    for seq, i in enumerate(range(0, len(image), block)):
        payload = image[i:i + block]
        payload += b"\xff" * (block - len(payload))  # hosts pad the last block (docs/protocol.md §5.5)
        assert stub.status(FLASH_DATA, data_block(payload, seq), checksum(payload)) == OK


def send_compressed(stub, offset, size, stream, slice_size=BLOCK):
    """Returns the statuses of BEGIN and every DATA block."""
    statuses = [stub.status(DEFL_BEGIN, struct.pack("<IIII", size, -(-len(stream) // BLOCK),
                                                    BLOCK, offset))]
    for seq, i in enumerate(range(0, len(stream), slice_size)):
        piece = stream[i:i + slice_size]
        statuses.append(stub.status(DEFL_DATA, data_block(piece, seq), checksum(piece)))
    return statuses


def flash_md5(stub, offset, size):
    _, digest, status = stub.command(SPI_FLASH_MD5, struct.pack("<IIII", offset, size, 0, 0))
    assert status == (OK, 0)
    return digest.hex()


def end_session(stub, op=DEFL_END):
    """docs/protocol.md §11.8: FLASH_BEGIN(0, 0) then END with flag 1 (stay in the stub)."""
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0, 0, BLOCK, 0)) == OK
    return stub.status(op, struct.pack("<I", 1))


def real_firmware_like():
    """Compressible, structured bytes: this repository's own Python sources."""
    data = b""
    for name in sorted(os.listdir(ROOT)):
        if name.endswith(".py"):
            with open(os.path.join(ROOT, name), "rb") as f:
                data += f.read()
    return (data * (1 + 200000 // max(len(data), 1)))[:200000]


# ---- start-up ----

def test_stub_greets_then_exits_when_the_link_closes(stub):
    assert stub.close() == 0


def test_sync_is_answered_eight_times_with_value_zero(stub):
    stub.send(SYNC, b"\x07\x07\x12\x20" + b"\x55" * 32)
    for _ in range(8):
        assert stub.response(SYNC)[0::2] == (0, (OK, 0))


# ---- registers ----

def test_write_reg_then_read_reg_returns_the_value_and_honours_the_mask(stub):
    assert stub.status(WRITE_REG, struct.pack("<IIII", 0x3FF00050, 0x12345678, 0xFFFFFFFF, 0)) == OK
    assert stub.command(READ_REG, struct.pack("<I", 0x3FF00050))[0] == 0x12345678
    two_writes = struct.pack("<IIII", 0x3FF00050, 0x0000AB00, 0x0000FF00, 0) + \
        struct.pack("<IIII", 0x60000200, 7, 0xFFFFFFFF, 5)
    assert stub.status(WRITE_REG, two_writes) == OK
    assert stub.command(READ_REG, struct.pack("<I", 0x3FF00050))[0] == 0x1234AB78
    assert stub.command(READ_REG, struct.pack("<I", 0x60000200))[0] == 7


def test_register_commands_with_wrong_lengths_are_refused(stub):
    assert stub.status(READ_REG, b"\0" * 8) == BAD_DATA_LEN
    assert stub.status(WRITE_REG, b"\0" * 12) == BAD_DATA_LEN


# ---- uncompressed writes and erase semantics ----

def test_uncompressed_write_erases_whole_sectors_around_the_image(stub, flash_file):
    before = flash_file.read_bytes()
    image = random.Random(1).randbytes(0x5432)  # ends inside a sector, needs two blocks
    offset = 0x21000 + 0x100                     # starts inside a sector
    write_uncompressed(stub, offset, image)
    assert flash_md5(stub, offset, len(image)) == hashlib.md5(image).hexdigest()
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == OK
    assert stub.close() == 0

    after = flash_file.read_bytes()
    end = offset + len(image)
    sector_start, sector_end = 0x21000, (end + 0xFFF) & ~0xFFF
    assert after[offset:end] == image
    # docs/protocol.md §10.6: the sectors touched are erased, including bytes before the start
    assert after[sector_start:offset] == b"\xff" * (offset - sector_start)
    assert after[end:sector_end] == b"\xff" * (sector_end - end)
    assert after[:sector_start] == before[:sector_start]
    assert after[sector_end:] == before[sector_end:]


def test_write_at_an_unaligned_address_keeps_every_byte(stub, flash_file):
    image = bytes(range(1, 200))
    write_uncompressed(stub, 0x3003, image)
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == OK
    stub.close()
    assert flash_file.read_bytes()[0x3003:0x3003 + len(image)] == image


ESP8266_SLOTS = ("--rx-frames", "4", "--rx-slot", "0x2020")    # flasher_stub/Makefile ESP8266_RX


def checked_exchanges_value(stub):
    """The value of the reply to CHECKED_EXCHANGES (docs/protocol.md §5.14, §10.9)."""
    request = packet(0xE0)
    stub.send_raw(slip_encode(request + struct.pack("<I", zlib.crc32(request))))
    frame = stub.frame()
    assert frame[:2] == b"\x01\xe0" and frame[8] == OK, frame.hex()
    return struct.unpack_from("<I", frame, 4)[0]


@pytest.mark.parametrize("options,window,block", [((), 2, 0x4000), (ESP8266_SLOTS, 3, 0x2000)],
                         ids=["esp32-slots", "esp8266-slots"])
def test_checked_exchanges_announce_the_window_and_the_block_a_slot_holds(
        stub_host, flash_file, options, window, block):
    s = Stub(stub_host, flash_file, *options)
    assert s.frame() == b"OHAI"
    assert checked_exchanges_value(s) == window | block
    assert s.close() == 0


def test_esp8266_slots_take_the_16k_blocks_of_a_host_that_never_asked(stub_host, flash_file):
    """Each goes on into the next 8 KiB slot (docs/protocol.md §10.9); a frame longer
    than 16 KiB is refused whole, and the stub goes on."""
    s = Stub(stub_host, flash_file, *ESP8266_SLOTS)
    assert s.frame() == b"OHAI"
    image = random.Random(8266).randbytes(3 * BLOCK + 0x123)
    write_uncompressed(s, 0x40000, image)
    too_long = b"\x55" * (BLOCK + 0x400)
    assert s.status(FLASH_DATA, data_block(too_long, 4), checksum(too_long)) == BAD_DATA_LEN
    assert flash_md5(s, 0x40000, len(image)) == hashlib.md5(image).hexdigest()
    assert s.status(FLASH_END, struct.pack("<I", 1)) == OK
    assert s.close() == 0
    assert flash_file.read_bytes()[0x40000:0x40000 + len(image)] == image


def test_modern_five_word_begin_is_accepted_unless_it_asks_for_encryption(stub):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIIII", 0x1000, 1, BLOCK, 0, 0)) == OK
    assert stub.status(DEFL_BEGIN, struct.pack("<IIIII", 0x1000, 1, BLOCK, 0, 1)) == FAILED
    assert stub.status(FLASH_BEGIN, struct.pack("<III", 0x1000, 1, BLOCK)) == BAD_DATA_LEN


def test_block_sizes_over_16k_are_refused(stub):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0x1000, 1, 0x8000, 0)) == BAD_BLOCKSIZE


def test_data_beyond_the_announced_size_is_refused(stub):
    write_uncompressed(stub, 0, b"\x11" * 16)
    payload = b"\x22" * 16
    assert stub.status(FLASH_DATA, data_block(payload, 1), checksum(payload)) == TOO_MUCH_DATA


def test_end_with_bytes_outstanding_is_refused(stub):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0x2000, 1, BLOCK, 0)) == OK
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == NOT_ENOUGH_DATA
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == NOT_IN_FLASH_MODE


def test_data_or_end_without_begin_is_refused(stub):
    payload = b"\x00" * 4
    assert stub.status(FLASH_DATA, data_block(payload), checksum(payload)) == NOT_IN_FLASH_MODE
    assert stub.status(DEFL_DATA, data_block(payload), checksum(payload)) == NOT_IN_FLASH_MODE
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == NOT_IN_FLASH_MODE


def test_write_error_is_reported_with_the_next_block(stub_host, flash_file):
    """docs/protocol.md §10.7: the stub acknowledges a block before writing it, so a failure
    while writing shows up in the answer to the next block."""
    stub = Stub(stub_host, flash_file, "--bad-sector", "0x81000")  # worn flash
    assert stub.frame() == b"OHAI"
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 3 * BLOCK, 3, BLOCK, 0x80000)) == OK
    payload = b"\x5a" * BLOCK
    assert stub.status(FLASH_DATA, data_block(payload, 0), checksum(payload)) == OK
    assert stub.status(FLASH_DATA, data_block(payload, 1), checksum(payload)) == FAILED_SPI_OP
    assert stub.status(FLASH_END, struct.pack("<I", 1)) == FAILED_SPI_OP
    assert stub.close() == 0


def test_erase_region_over_a_bad_sector_fails(stub_host, flash_file):
    stub = Stub(stub_host, flash_file, "--bad-sector", "0x5000")
    assert stub.frame() == b"OHAI"
    assert stub.status(ERASE_REGION, struct.pack("<II", 0x4000, 0x2000)) == FAILED_SPI_OP
    assert stub.close() == 0


def test_flash_end_with_flag_zero_resets_the_chip(stub):
    assert end_session(stub, FLASH_END) == OK
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0, 0, BLOCK, 0)) == OK
    assert stub.status(FLASH_END, struct.pack("<I", 0)) == OK  # reply first, then reset
    assert stub.wait_exit() == EXIT_SOFT_RESET


# ---- compressed writes: our inflate against zlib ----

@pytest.mark.parametrize("level", [0, 1, 6, 9])
@pytest.mark.parametrize("kind", ["random", "firmware", "zeros"])
def test_compressed_write_matches_the_image(stub, flash_file, level, kind):
    image = {"random": lambda: random.Random(level).randbytes(70000),
             "firmware": real_firmware_like,
             "zeros": lambda: bytes(300000)}[kind]()
    stream = zlib.compress(image, level)
    assert set(send_compressed(stub, 0x10000, len(image), stream)) == {OK}
    assert flash_md5(stub, 0x10000, len(image)) == hashlib.md5(image).hexdigest()
    assert end_session(stub) == OK
    stub.close()
    assert flash_file.read_bytes()[0x10000:0x10000 + len(image)] == image


@pytest.mark.parametrize("slice_size", [1, 7, 1000, 4093])
def test_inflate_resumes_at_any_split_of_the_stream(stub, flash_file, slice_size):
    """Blocks may cut the stream anywhere: inside a code, a header, the trailer."""
    image = (b"head" + random.Random(2).randbytes(1500) + b"abcabcabc" * 300 + bytes(2000))
    if slice_size == 1:
        image = image[:600]
    stream = zlib.compress(image, 9)
    assert set(send_compressed(stub, 0x2000, len(image), stream, slice_size)) == {OK}
    assert end_session(stub) == OK
    stub.close()
    assert flash_file.read_bytes()[0x2000:0x2000 + len(image)] == image


def test_inflate_handles_mixed_blocks_in_one_stream(stub, flash_file):
    """zlib picks stored blocks for random data, fixed codes for short runs and
    dynamic codes for skewed data; full flushes end blocks mid-stream, and
    back-references reach across the whole 32 KiB window."""
    rng = random.Random(3)
    compressor = zlib.compressobj(9)
    parts = [rng.randbytes(40000), b"x" * 100, bytes(rng.randrange(4) for _ in range(60000))]
    parts.append(parts[2][-32768:])  # a repeat of data exactly one window back
    stream = b""
    for part in parts:
        stream += compressor.compress(part) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream += compressor.flush()
    image = b"".join(parts)
    assert set(send_compressed(stub, 0, len(image), stream)) == {OK}
    assert flash_md5(stub, 0, len(image)) == hashlib.md5(image).hexdigest()


@pytest.mark.parametrize("where", [BLOCK + 100, 2 * BLOCK + 7, 5000])
def test_corrupt_stream_never_ends_in_success(stub, where):
    """Depending on what the flipped byte does, the decoder finds a bad code,
    too much output or a wrong Adler-32; the session fails either way."""
    image = real_firmware_like()
    stream = bytearray(zlib.compress(image, 6))
    stream[where] ^= 0xFF
    statuses = send_compressed(stub, 0, len(image), bytes(stream))
    statuses.append(stub.status(DEFL_END, struct.pack("<I", 1)))
    errors = set(statuses) - {OK}
    assert errors and errors <= {INFLATE_ERROR, TOO_MUCH_DATA, NOT_ENOUGH_DATA}
    assert statuses[:where // BLOCK + 2] == [OK] * (where // BLOCK + 2)  # reply before the work


def test_wrong_adler32_is_reported_as_inflate_error(stub):
    image = b"hello flash" * 100
    stream = zlib.compress(image)[:-1] + b"\x00"
    assert set(send_compressed(stub, 0, len(image), stream)) == {OK}
    assert stub.status(DEFL_END, struct.pack("<I", 1)) == INFLATE_ERROR


def test_bad_zlib_header_is_reported_as_inflate_error(stub):
    stream = b"\x78\x9d" + zlib.compress(b"abc")[2:]  # check bits wrong
    send_compressed(stub, 0, 3, stream)
    assert stub.status(DEFL_END, struct.pack("<I", 1)) == INFLATE_ERROR


def test_truncated_stream_is_not_enough_data(stub):
    image = random.Random(5).randbytes(50000)
    stream = zlib.compress(image, 9)
    assert set(send_compressed(stub, 0, len(image), stream[:BLOCK * 2])) == {OK}
    assert stub.status(DEFL_END, struct.pack("<I", 1)) == NOT_ENOUGH_DATA


def test_stream_longer_than_announced_is_too_much_data(stub):
    image = bytes(100000)
    stream = zlib.compress(image, 9)
    assert set(send_compressed(stub, 0, 50000, stream)) == {OK}
    assert stub.status(DEFL_END, struct.pack("<I", 1)) == TOO_MUCH_DATA


def test_stream_shorter_than_announced_is_not_enough_data(stub):
    stream = zlib.compress(b"short", 9)
    assert set(send_compressed(stub, 0, 4096, stream)) == {OK}
    assert stub.status(DEFL_END, struct.pack("<I", 1)) == NOT_ENOUGH_DATA


# ---- MD5 ----

@pytest.mark.parametrize("offset,size", [(0, 0), (0, 1), (3, 61), (0x1000, 64), (0x1001, 0x12345),
                                         (0, FLASH_SIZE)])
def test_md5_of_any_range_matches_hashlib(stub, flash_file, offset, size):
    expected = hashlib.md5(flash_file.read_bytes()[offset:offset + size]).hexdigest()
    assert flash_md5(stub, offset, size) == expected


def test_md5_beyond_the_end_of_flash_is_refused(stub):
    _, digest, status = stub.command(SPI_FLASH_MD5, struct.pack("<IIII", FLASH_SIZE - 16, 32, 0, 0))
    assert (digest, status[0]) == (b"", FAILED)


# ---- FLASH_SECTOR_MD5 (docs/protocol.md §5.13) ----

def expected_sector_digests(flash, offset, size):
    """What the stub must answer: each whole sector touched, then the range's MD5."""
    first = offset & ~0xFFF
    end = -(-(offset + size) // 0x1000) * 0x1000
    sectors = b"".join(hashlib.md5(flash[a:a + 0x1000]).digest() for a in range(first, end, 0x1000))
    return sectors + hashlib.md5(flash[offset:offset + size]).digest()


@pytest.mark.parametrize("offset,size", [(0, 0), (0x1000, 0x1000), (0x1004, 100), (0x3000, 0x2001),
                                         (0x10, 0x5000), (0, FLASH_SIZE)])
def test_sector_digests_cover_every_sector_touched_and_the_range(stub, flash_file, offset, size):
    flash = bytearray(flash_file.read_bytes())
    flash[0x2000:0x3000] = b"\xff" * 0x1000          # a blank sector among patterned ones
    flash_file.write_bytes(bytes(flash))
    _, digests, status = stub.command(FLASH_SECTOR_MD5, struct.pack("<II", offset, size))
    assert status == (OK, 0)
    assert digests == expected_sector_digests(bytes(flash), offset, size)


def test_sector_digests_see_a_write_made_in_the_same_session(stub, flash_file):
    image = random.Random(4).randbytes(0x1800)
    write_uncompressed(stub, 0x4000, image)
    _, digests, status = stub.command(FLASH_SECTOR_MD5, struct.pack("<II", 0x4000, 0x2000))
    assert status == (OK, 0)
    assert digests[:16] == hashlib.md5(image[:0x1000]).digest()
    assert digests[16:32] == hashlib.md5(image[0x1000:] + b"\xff" * 0x800).digest()


@pytest.mark.parametrize("offset,size", [(FLASH_SIZE - 0x1000, 0x1001), (0, 1025 * 0x1000),
                                         (0xFFFFF000, 0x2000)])
def test_sector_digests_out_of_range_or_too_many_are_refused(stub, offset, size):
    _, digests, status = stub.command(FLASH_SECTOR_MD5, struct.pack("<II", offset, size))
    assert (digests, status[0]) == (b"", FAILED)


def test_sector_digests_with_a_wrong_length_are_refused(stub):
    assert stub.status(FLASH_SECTOR_MD5, struct.pack("<III", 0, 0x1000, 0)) == BAD_DATA_LEN


# ---- erase ----

def test_erase_region_erases_exactly_the_region(stub, flash_file):
    before = flash_file.read_bytes()
    start, size = 0x3000, 0x3D000  # sectors, a 64 KiB-aligned middle, sectors
    assert stub.status(ERASE_REGION, struct.pack("<II", start, size)) == OK
    stub.close()
    after = flash_file.read_bytes()
    assert after[start:start + size] == b"\xff" * size
    assert after[:start] == before[:start] and after[start + size:] == before[start + size:]


@pytest.mark.parametrize("start,size", [(0x800, 0x1000), (0x1000, 0x800), (FLASH_SIZE - 0x1000, 0x2000)])
def test_erase_region_refuses_unaligned_or_out_of_range(stub, start, size):
    assert stub.status(ERASE_REGION, struct.pack("<II", start, size)) == FAILED


def test_erase_flash_erases_everything(stub, flash_file):
    assert stub.status(ERASE_FLASH) == OK
    stub.close()
    assert flash_file.read_bytes() == b"\xff" * FLASH_SIZE


def test_flash_begin_beyond_the_end_of_flash_is_refused(stub):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0x2000, 1, BLOCK, FLASH_SIZE - 0x1000)) == FAILED
    assert stub.status(DEFL_BEGIN, struct.pack("<IIII", 16, 1, BLOCK, 0xFFFFFFF0)) == FAILED


def test_spi_set_params_limits_the_flash_the_stub_will_touch(stub):
    assert stub.status(SPI_SET_PARAMS, struct.pack("<IIIIII", 0, 0x80000, 0x10000, 0x1000, 0x100,
                                                   0xFFFF)) == OK
    assert stub.status(ERASE_REGION, struct.pack("<II", 0x80000, 0x1000)) == FAILED
    assert stub.status(ERASE_REGION, struct.pack("<II", 0x7F000, 0x1000)) == OK


# ---- READ_FLASH and its acknowledgement window (docs/protocol.md §12.1) ----

def read_flash(stub, offset, length, packet_size=0x1000, in_flight=64, ack_every=True):
    assert stub.status(READ_FLASH, struct.pack("<IIII", offset, length, packet_size, in_flight)) == OK
    data = b""
    while len(data) < length:
        frame = stub.frame()
        data += frame
        if ack_every:
            stub.send_raw(slip_encode(struct.pack("<I", len(data))))
    digest = stub.frame()
    return data, digest


@pytest.mark.parametrize("offset,length,packet_size", [(0, 0x10000, 0x1000), (0x1234, 5000, 0x400),
                                                       (0, 1, 0x1000)])
def test_read_flash_returns_the_flash_and_its_md5(stub, flash_file, offset, length, packet_size):
    data, digest = read_flash(stub, offset, length, packet_size)
    expected = flash_file.read_bytes()[offset:offset + length]
    assert data == expected
    assert digest == hashlib.md5(expected).digest()
    assert stub.command(READ_REG, struct.pack("<I", 0))[2] == (OK, 0)  # back to commands


def test_read_flash_waits_for_the_acknowledgement_window(stub, flash_file):
    """The window is counted in bytes: with 64 bytes allowed, one 4 KiB packet
    is in flight at a time; with 3 packets allowed, three arrive before any
    acknowledgement."""
    assert stub.status(READ_FLASH, struct.pack("<IIII", 0, 0x4000, 0x1000, 64)) == OK
    first = stub.frame()
    assert len(first) == 0x1000 and stub.nothing_more()
    stub.send_raw(slip_encode(struct.pack("<I", 0x1000)))
    assert len(stub.frame()) == 0x1000 and stub.nothing_more()
    stub.proc.kill()
    stub.wait_exit()


def test_read_flash_sends_a_full_window_before_waiting(stub_host, flash_file):
    s = Stub(stub_host, flash_file)
    assert s.frame() == b"OHAI"
    assert s.status(READ_FLASH, struct.pack("<IIII", 0, 0x5000, 0x1000, 0x3000)) == OK
    assert [len(s.frame()) for _ in range(3)] == [0x1000] * 3 and s.nothing_more()
    s.send_raw(slip_encode(struct.pack("<I", 0x3000)))
    assert [len(s.frame()) for _ in range(2)] == [0x1000] * 2
    s.send_raw(slip_encode(struct.pack("<I", 0x5000)))
    assert s.frame() == hashlib.md5(flash_file.read_bytes()[:0x5000]).digest()
    assert s.close() == 0


def test_short_acknowledgement_ends_the_read_early_with_the_digest(stub, flash_file):
    assert stub.status(READ_FLASH, struct.pack("<IIII", 0, 0x3000, 0x1000, 64)) == OK
    first = stub.frame()
    stub.send_raw(slip_encode(b"\x01"))
    assert stub.frame() == hashlib.md5(first).digest()


@pytest.mark.parametrize("request_words", [(FLASH_SIZE - 0x800, 0x1000, 0x1000, 64),
                                           (0, 0x1000, 0x2000, 64), (0, 0x1000, 0, 64)])
def test_read_flash_refuses_bad_requests(stub, request_words):
    assert stub.status(READ_FLASH, struct.pack("<IIII", *request_words)) == FAILED
    assert stub.nothing_more()


# ---- malformed packets (docs/protocol.md §3, §4.3) ----

def test_bad_checksum_is_refused_and_nothing_is_written(stub, flash_file):
    before = flash_file.read_bytes()
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 4, 1, BLOCK, 0)) == OK
    payload = b"\x00\x01\x02\x03"
    assert stub.status(FLASH_DATA, data_block(payload), checksum(payload) ^ 1) == BAD_DATA_CHECKSUM
    assert stub.status(DEFL_DATA, data_block(payload), checksum(payload) ^ 1) == NOT_IN_FLASH_MODE
    stub.close()
    assert flash_file.read_bytes() == before


def test_length_field_disagreeing_with_the_frame_is_refused(stub):
    raw = struct.pack("<BBHI", 0, READ_REG, 8, 0) + b"\0\0\0\0"
    stub.send_raw(slip_encode(raw))
    assert stub.response(READ_REG)[2] == (BAD_DATA_LEN, 0)


def test_oversized_request_gets_bad_data_len_ee(stub):
    payload = b"\xaa" * 0x4001
    stub.send(FLASH_DATA, data_block(payload), checksum(payload))
    assert stub.response(FLASH_DATA)[2] == (BAD_DATA_LEN, 0xEE)


def test_data_length_word_must_match_the_payload(stub):
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 8, 1, BLOCK, 0)) == OK
    payload = b"\x01" * 8
    assert stub.status(FLASH_DATA, struct.pack("<IIII", 9, 0, 0, 0) + payload,
                       checksum(payload)) == BAD_DATA_LEN


def test_unknown_opcode_is_not_implemented(stub):
    assert stub.status(0x42) == CMD_NOT_IMPLEMENTED
    assert stub.status(0x0E, struct.pack("<II", 0, 64)) == CMD_NOT_IMPLEMENTED


def test_noise_short_frames_and_replies_are_ignored(stub):
    stub.send_raw(b"garbage outside frames" + slip_encode(b"\x00\x0a") +
                  slip_encode(b"\x01\x0a\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00") +
                  b"\xc0\xc0\xc0" + slip_encode(b"\xdb\x99" + packet(READ_REG, struct.pack("<I", 0))[:-4]))
    assert stub.nothing_more()
    assert stub.command(READ_REG, struct.pack("<I", 0))[2] == (OK, 0)


def test_escaped_bytes_reach_the_flash_intact(stub, flash_file):
    image = b"\xc0\xdb\xdb\xc0" * 64
    write_uncompressed(stub, 0x4000, image)
    assert flash_md5(stub, 0x4000, len(image)) == hashlib.md5(image).hexdigest()


def test_frame_cut_off_mid_command_then_link_closed_exits_cleanly(stub):
    stub.send_raw(b"\xc0" + packet(FLASH_BEGIN, b"\0" * 16)[:10])
    assert stub.close() == 0


# ---- RAM download, baud, leaving the stub ----

def test_mem_download_then_jump_ends_the_stub(stub):
    code = b"\x01\x02\x03\x04" * 16
    assert stub.status(MEM_BEGIN, struct.pack("<IIII", len(code), 1, 0x1800, 0x40108000)) == OK
    assert stub.status(MEM_DATA, data_block(code), checksum(code)) == OK
    assert stub.status(MEM_DATA, data_block(b"\0" * 4, 1), checksum(b"\0" * 4)) == TOO_MUCH_DATA
    assert stub.status(MEM_END, struct.pack("<II", 0, 0x40108004)) == OK
    assert stub.wait_exit() == EXIT_JUMP


def test_mem_data_must_be_whole_words_and_follow_mem_begin(stub):
    assert stub.status(MEM_DATA, data_block(b"\0" * 4), checksum(b"\0" * 4)) == NOT_IN_FLASH_MODE
    assert stub.status(MEM_BEGIN, struct.pack("<IIII", 8, 1, 0x1800, 0x3FFE8000)) == OK
    assert stub.status(MEM_DATA, data_block(b"\0" * 6), checksum(b"\0" * 6)) == BAD_DATA_LEN
    assert stub.status(MEM_END, struct.pack("<II", 1, 0)) == NOT_ENOUGH_DATA


def test_change_baudrate_answers_before_switching(host_stub):
    assert host_stub.status(CHANGE_BAUDRATE, struct.pack("<II", 921600, 115200)) == OK
    assert host_stub.status(SPI_ATTACH, struct.pack("<I", 0)) == OK
    assert host_stub.close() == 0
    assert "baud 115200 -> 921600" in host_stub.log


def test_run_user_code_leaves_without_a_reply(stub):
    stub.send(RUN_USER_CODE)
    assert stub.wait_exit() == EXIT_RUN_USER_CODE



def test_esp32_windowed_call_trampoline_survives_window_spills(stub_qemu):
    """The ESP32 stub reaches windowed ROM code through rom_call_esp32.S. On
    QEMU's sample_controller core (which has register windows) a ROM double
    recurses up to 100 calls deep through it, spilling and refilling every
    window; the call0 caller's registers, stack and results must survive.
    The program's exit status names the failed check (0 = all passed)."""
    elf = os.path.join(STUB_DIR, "build", "qemu", "wincall.elf")
    argv = [a if a != "lx106" else "sample_controller" for a in QEMU] + [elf]
    assert subprocess.run(argv, timeout=60, capture_output=True).returncode == 0

# ---- robustness: random input against the sanitized build ----

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="session")
def stub_asan():
    """The host build with AddressSanitizer and UBSan: any memory error or
    undefined behaviour ends the process with a non-zero status."""
    result = run_make("host-asan", capture_output=True, timeout=300)
    if result.returncode != 0:
        pytest.skip("cannot build with -fsanitize=address,undefined here")
    return os.path.join(STUB_DIR, "build", "host-asan", "stub_host")


def image_strategy():
    """Data shaped like firmware: runs, repeats, text and noise, mixed."""
    piece = st.one_of(st.binary(max_size=3000),
                      st.tuples(st.integers(0, 255), st.integers(1, 5000)).map(
                          lambda t: bytes([t[0]]) * t[1]),
                      st.sampled_from([b"\x00\x01\x02\x03", b"esptool ", b"\xc0\xdb"]).flatmap(
                          lambda s: st.integers(1, 800).map(lambda n: s * n)))
    return st.lists(piece, min_size=1, max_size=8).map(b"".join)


@FUZZ
@given(image=image_strategy(), level=st.integers(0, 9), slice_size=st.integers(1, BLOCK))
def test_fuzz_inflate_equals_zlib_at_any_split(stub_asan, tmp_path, image, level, slice_size):
    flash = tmp_path / "flash.bin"
    flash.write_bytes(b"\x00" * 0x40000)
    s = Stub(stub_asan, flash)
    assert s.frame() == b"OHAI"
    stream = zlib.compress(image, level)
    slice_size = max(slice_size, len(stream) // 200)  # keep the command count bounded
    assert set(send_compressed(s, 0x1000, len(image), stream, slice_size)) == {OK}
    assert flash_md5(s, 0x1000, len(image)) == hashlib.md5(image).hexdigest()
    assert s.status(DEFL_END, struct.pack("<I", 1)) == OK
    assert s.close() == 0, s.log


@FUZZ
@given(image=image_strategy(), flips=st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(1, 255)),
                                              min_size=1, max_size=4))
def test_fuzz_corrupt_streams_fail_cleanly(stub_asan, tmp_path, image, flips):
    """Whatever the damage, the decoder reports an error or (if the damage
    happens to be harmless) success -- it never crashes or hangs."""
    flash = tmp_path / "flash.bin"
    flash.write_bytes(b"\x00" * 0x40000)
    s = Stub(stub_asan, flash)
    assert s.frame() == b"OHAI"
    stream = bytearray(zlib.compress(image, 9))
    for where, mask in flips:
        stream[where % len(stream)] ^= mask
    statuses = send_compressed(s, 0, len(image), bytes(stream), 997)
    statuses.append(s.status(DEFL_END, struct.pack("<I", 1)))
    assert set(statuses) <= {OK, INFLATE_ERROR, TOO_MUCH_DATA, NOT_ENOUGH_DATA}
    if set(statuses) == {OK}:
        assert flash.read_bytes()[:len(image)] == image
    assert s.close() == 0, s.log


SAFE_OPS = [FLASH_BEGIN, FLASH_DATA, MEM_BEGIN, MEM_DATA, SYNC, WRITE_REG, READ_REG, SPI_SET_PARAMS,
            SPI_ATTACH, CHANGE_BAUDRATE, DEFL_BEGIN, DEFL_DATA, SPI_FLASH_MD5, ERASE_REGION, 0x0E, 0x42]


@FUZZ
@given(frames=st.lists(st.tuples(st.sampled_from(SAFE_OPS), st.binary(max_size=64),
                                 st.integers(0, 0xFFFFFFFF), st.booleans()), max_size=12))
def test_fuzz_random_requests_never_break_the_stub(stub_asan, tmp_path, frames):
    """Random requests with random lengths and fields: each gets a reply (or
    is ignored as noise), and the stub still answers afterwards."""
    flash = tmp_path / "flash.bin"
    flash.write_bytes(b"\x00" * 0x40000)
    s = Stub(stub_asan, flash)
    assert s.frame() == b"OHAI"
    for op, data, chk, lie_about_length in frames:
        header = struct.pack("<BBHI", 0, op, (len(data) + 3) if lie_about_length else len(data), chk)
        s.send_raw(slip_encode(header + data))
    s.send(READ_REG, struct.pack("<I", 0x1234))
    for _ in range(8 * len(frames) + 1):
        frame = s.frame()
        if frame[1] == READ_REG and frame[4:8] == b"\0\0\0\0" and frame[-2:] == b"\0\0":
            break
    assert s.close() == 0, s.log


# ---- the embedded copy in esptool.py ----

def test_embedded_stubs_match_a_fresh_build():
    if not shutil.which("xtensa-lx106-elf-gcc"):
        pytest.skip("xtensa-lx106-elf-gcc is not installed (test/run.sh installs it)")
    result = run_make("check-embed", capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- the same C code as espsim's stub (espsim/cstub.py) ----

class SocketLink:
    """A bare protocol client on espsim's raw TCP port (socket://)."""

    def __init__(self, url):
        import socket
        host, port = url[len("socket://"):].rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=TIMEOUT)
        self.pending = b""

    def send(self, op, data=b"", chk=0):
        self.sock.sendall(slip_encode(packet(op, data, chk)))

    def send_raw(self, raw):
        self.sock.sendall(raw)

    def frame(self):
        while True:
            start = self.pending.find(b"\xc0")
            end = self.pending.find(b"\xc0", start + 1) if start >= 0 else -1
            if end > start + 1:
                raw, self.pending = self.pending[start + 1:end], self.pending[end + 1:]
                return raw.replace(b"\xdb\xdc", b"\xc0").replace(b"\xdb\xdd", b"\xdb")
            if start >= 0:
                self.pending = self.pending[start:] if end < 0 else self.pending[end:]
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("espsim closed the connection")
            self.pending += chunk

    def response(self, op):
        """(value, data) of the first reply to `op`, skipping anything else."""
        for _ in range(100):
            frame = self.frame()
            if len(frame) >= 8 and frame[0] == 1 and frame[1] == op:
                return struct.unpack_from("<I", frame, 4)[0], frame[8:]
        raise AssertionError("no reply to 0x%02x" % op)

    def status(self, op, data=b"", chk=0):
        self.send(op, data, chk)
        return self.response(op)[1][-2]  # stub status: [error, extra]

    def command(self, op, data=b"", chk=0):
        self.send(op, data, chk)
        value, body = self.response(op)
        return value, body[:-2], (body[-2], body[-1])

    def close(self):
        self.sock.close()


def stop_server(srv):
    """Stop a raw espsim server at once. Its accept() does not notice the
    listener closing, so client connections keep waking it until it is done."""
    import socket
    import threading
    host, port = srv.url[len("socket://"):].rsplit(":", 1)
    stopper = threading.Thread(target=srv.stop)
    stopper.start()
    while stopper.is_alive():
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
        except OSError:
            pass
        stopper.join(timeout=0.05)


def sync_with_rom(link):
    for _ in range(50):
        link.send(SYNC, b"\x07\x07\x12\x20" + b"\x55" * 32)
        try:
            link.sock.settimeout(0.1)  # docs/protocol.md §15: the sync timeout
            link.response(SYNC)
            break
        except (OSError, AssertionError):
            continue
    link.sock.settimeout(TIMEOUT)


def upload_our_stub(link, chip):
    """docs/protocol.md §10.2: MEM_BEGIN/MEM_DATA per segment, MEM_END(entry), then OHAI."""
    import esptool
    stub = esptool.stub_image(chip)
    for segment, start in ((stub["text"], stub["text_start"]), (stub["data"], stub["data_start"])):
        blocks = -(-len(segment) // 0x1800)
        link.send(MEM_BEGIN, struct.pack("<IIII", len(segment), blocks, 0x1800, start))
        assert link.response(MEM_BEGIN)[1][0] == 0
        for seq in range(blocks):
            payload = segment[seq * 0x1800:(seq + 1) * 0x1800]
            link.send(MEM_DATA, data_block(payload, seq), checksum(payload))
            assert link.response(MEM_DATA)[1][0] == 0
    link.send(MEM_END, struct.pack("<II", 0, stub["entry"]))
    assert link.response(MEM_END)[1][0] == 0
    assert link.frame() == b"OHAI"
    return stub


@pytest.mark.parametrize("chip", ["esp8266", "esp32"])
def test_espsim_runs_our_c_stub_for_a_whole_flash_session(stub_host, espsim_server, chip):
    """Given a simulated chip whose stub implementation is our C code, when a
    host uploads our stub and writes, reads and erases through it, then the
    simulated flash holds exactly that."""
    from espsim.cstub import is_our_stub
    srv = espsim_server(chip, raw=True, stub_impl="cstub", trace=False)
    link = SocketLink(srv.url)
    sync_with_rom(link)
    stub = upload_our_stub(link, chip)
    assert is_our_stub(chip, stub["entry"], srv.device.memory.read)

    image = real_firmware_like()[:150000]
    stream = zlib.compress(image, 9)
    assert link.status(DEFL_BEGIN, struct.pack("<IIII", len(image), -(-len(stream) // BLOCK),
                                               BLOCK, 0x10000)) == OK
    for seq, i in enumerate(range(0, len(stream), BLOCK)):
        piece = stream[i:i + BLOCK]
        assert link.status(DEFL_DATA, data_block(piece, seq), checksum(piece)) == OK
    _, digest, status = link.command(SPI_FLASH_MD5, struct.pack("<IIII", 0x10000, len(image), 0, 0))
    assert (digest, status) == (hashlib.md5(image).digest(), (OK, 0))

    assert link.status(READ_FLASH, struct.pack("<IIII", 0x10000, 0x3000, 0x1000, 64)) == OK
    read_back = b""
    while len(read_back) < 0x3000:
        read_back += link.frame()
        link.send_raw(slip_encode(struct.pack("<I", len(read_back))))
    assert read_back == image[:0x3000]
    assert link.frame() == hashlib.md5(read_back).digest()

    assert link.status(ERASE_REGION, struct.pack("<II", 0x20000, 0x1000)) == OK
    assert link.status(FLASH_BEGIN, struct.pack("<IIII", 0, 0, BLOCK, 0)) == OK
    assert link.status(DEFL_END, struct.pack("<I", 1)) == OK
    link.close()

    stop_server(srv)
    flash = srv.flash()
    expected = bytearray(image)
    expected[0x10000:0x11000] = b"\xff" * 0x1000
    assert flash[0x10000:0x10000 + len(image)] == bytes(expected)


@pytest.mark.parametrize("chip,option", [("esp32", "--esp32-spi"), ("esp32s3", "--esp32s3-spi")])
def test_esp32_spi_flash_driver_against_espsim_spi_registers(stub_host, espsim_server, monkeypatch,
                                                             chip, option):
    """Given an ESP32 (or ESP32-S3) whose flash is write-protected (status BP
    bits), when our stub runs with that chip build's SPI1 register driver
    (spi_flash_esp32.c; SPI_MEM registers for the S3, docs/chips.md §4) against
    espsim's SPI controller model, then it unlocks the flash (keeping Quad
    Enable), and writes, erases and reads land where they should."""
    from espsim import cstub
    from espsim.flash import SR_BP_SHIFT, SR_QE
    monkeypatch.setattr(cstub, "HOST_OPTIONS", [option])
    srv = espsim_server(chip, raw=True, stub_impl="cstub", trace=False)
    flash = srv.device.flash
    flash.data[:] = bytes(range(256)) * (flash.size // 256)  # not erased
    flash.status = SR_QE | (7 << SR_BP_SHIFT)  # everything protected
    link = SocketLink(srv.url)
    sync_with_rom(link)
    link.send(SPI_ATTACH, struct.pack("<IBBBB", 0, 0, 0, 0, 0))  # ROM32 attach (docs/protocol.md §5.7)
    assert link.response(SPI_ATTACH)[1][0] == 0
    upload_our_stub(link, chip)

    image = random.Random(7).randbytes(0x2345) + bytes(0x3000)  # crosses pages and sectors
    stream = zlib.compress(image, 9)
    assert link.status(DEFL_BEGIN, struct.pack("<IIII", len(image), 1, BLOCK, 0x1F80)) == OK
    assert link.status(DEFL_DATA, data_block(stream), checksum(stream)) == OK
    _, digest, status = link.command(SPI_FLASH_MD5, struct.pack("<IIII", 0x1F80, len(image), 0, 0))
    assert (digest, status) == (hashlib.md5(image).digest(), (OK, 0))
    assert link.status(ERASE_REGION, struct.pack("<II", 0x20000, 0x11000)) == OK
    assert flash.data[:0x1000] == bytes(range(256)) * 16  # untouched
    assert flash.data[0x1000:0x1F80] == b"\xff" * 0xF80  # its sector was erased whole
    assert flash.data[0x1F80:0x1F80 + len(image)] == image
    assert flash.data[0x20000:0x31000] == b"\xff" * 0x11000
    assert flash.data[0x31000:0x31100] == bytes(range(256))

    flash.status |= 7 << SR_BP_SHIFT  # protected again: ERASE_FLASH must unlock too
    assert link.status(ERASE_FLASH) == OK
    assert flash.data == b"\xff" * flash.size
    link.close()
    stop_server(srv)

    assert srv.device.flash.status & 0xFFFF == SR_QE


def test_injected_reset_in_the_middle_of_a_command_stops_our_stub(stub_host, espsim_server):
    """espsim's reset-at-command fault works with the C stub too: the chip
    resets on receiving the chosen command, which gets no reply, and the C
    stub's process ends with it."""
    srv = espsim_server("esp8266", raw=True, stub_impl="cstub", trace=False)
    link = SocketLink(srv.url)
    sync_with_rom(link)
    upload_our_stub(link, "esp8266")
    c_stub = srv.device.program
    srv.device.faults.reset_at_command = srv.device.commands_seen + 3
    image = random.Random(8).randbytes(3 * BLOCK)
    assert link.status(FLASH_BEGIN, struct.pack("<IIII", len(image), 3, BLOCK, 0)) == OK
    assert link.status(FLASH_DATA, data_block(image[:BLOCK]), checksum(image[:BLOCK])) == OK
    link.send(FLASH_DATA, data_block(image[BLOCK:2 * BLOCK], 1), checksum(image[BLOCK:2 * BLOCK]))
    link.sock.settimeout(1.0)
    with pytest.raises(OSError):
        link.response(FLASH_DATA)
    assert srv.device.program is not c_stub and srv.device.state != "stub"
    assert not c_stub.running and c_stub.proc.poll() is not None
    link.close()
    stop_server(srv)


def test_only_our_uploaded_stub_is_recognised(stub_host, espsim_server):
    from espsim.cstub import choose_implementation, is_our_stub
    import esptool
    ours = esptool.stub_image("esp32")
    srv = espsim_server("esp32", raw=True, trace=False)
    read_word = srv.device.memory.read
    assert not is_our_stub("esp32", ours["entry"], read_word)  # RAM holds zeros
    srv.device.memory.load(ours["text_start"], ours["text"])
    assert is_our_stub("esp32", ours["entry"], read_word)
    assert not is_our_stub("esp32", ours["entry"] + 4, read_word)
    assert not is_our_stub("esp8266", ours["entry"], read_word)
    assert choose_implementation("auto", "ESP32", ours["entry"], read_word) == "cstub"
    assert choose_implementation("auto", "ESP32", 0x40090564, read_word) == "generic"
    assert choose_implementation("generic", "ESP32", ours["entry"], read_word) == "generic"
    stop_server(srv)


# ---- the RISC-V chip builds (docs/chips.md §9, §13.6, §15.6, §16.6) ----
# Their HALs never ran on a chip (flasher_stub/README.md): what can be checked here is
# that each build links where its linker script says and that its ROM calls go to the
# addresses of its chip's ROM table.

def riscv_chip_build(chip):
    """make CHIP -> (stub.json's dict, text bytes, data bytes, {ROM symbol: address})."""
    if not shutil.which("riscv64-unknown-elf-gcc"):
        pytest.skip("needs riscv64-unknown-elf-gcc (gcc-riscv64-unknown-elf)")
    import base64
    import json
    run_make(chip, check=True, timeout=300, capture_output=True)
    with open(os.path.join(STUB_DIR, "build", chip, "stub.json")) as f:
        stub = json.load(f)
    symbols = subprocess.run(["riscv64-unknown-elf-nm", os.path.join(STUB_DIR, "build", chip,
                                                                    "stub.elf")],
                             capture_output=True, text=True, check=True).stdout
    rom = {name: int(addr, 16) for addr, kind, name in
           (line.split() for line in symbols.splitlines() if len(line.split()) == 3)
           if kind == "A"}
    return stub, base64.b64decode(stub["text"]), base64.b64decode(stub["data"]), rom


def assert_placed(stub, text, data, text_start, text_end, bss_start, data_start, data_end):
    assert stub["text_start"] == text_start and stub["text_start"] + len(text) <= text_end
    assert stub["text_start"] <= stub["entry"] < stub["text_start"] + len(text)
    assert stub["bss_start"] == bss_start
    assert stub["bss_start"] + stub["bss_size"] <= stub["data_start"] == data_start
    assert stub["data_start"] + len(data) <= data_end


def test_esp32c3_stub_links_inside_its_placement_and_calls_the_rom_where_documented():
    stub, text, data, rom = riscv_chip_build("esp32c3")
    # IRAM 0x4038xxxx is DRAM 0x3FC8xxxx: the code must end before the .bss begins.
    assert_placed(stub, text, data, 0x40380000, 0x40384000, 0x3FC84000, 0x3FC96000, 0x3FC97000)
    assert rom["esp_rom_spiflash_write"] == 0x4000012C
    assert rom["esp_rom_spiflash_read"] == 0x40000130
    assert rom["esp_rom_spiflash_erase_sector"] == 0x40000128
    assert rom["esp_rom_spiflash_attach"] == 0x40000164


def rom_table(delay, reset, chip_erase, sector, block, write, read, unlock, config, attach):
    return {"ets_delay_us": delay, "software_reset": reset,
            "esp_rom_spiflash_erase_chip": chip_erase, "esp_rom_spiflash_erase_sector": sector,
            "esp_rom_spiflash_erase_block": block, "esp_rom_spiflash_write": write,
            "esp_rom_spiflash_read": read, "esp_rom_spiflash_unlock": unlock,
            "esp_rom_spiflash_config_param": config, "esp_rom_spiflash_attach": attach}


C5_C61_ROM = rom_table(0x4000003C, 0x40000094, 0x40000134, 0x40000154, 0x40000158,
                       0x4000015C, 0x40000160, 0x40000164, 0x40000170, 0x400001F0)
P4_ROM = rom_table(0x4FC0003C, 0x4FC00094, 0x4FC0012C, 0x4FC0014C, 0x4FC00150,
                   0x4FC00154, 0x4FC00158, 0x4FC0015C, 0x4FC00168, 0x4FC001E8)

# The C3's HAL over each chip's addresses: (text start, text end, .bss start, data start,
# data end) from its linker script, and every ROM call it makes, none of another chip's.
LATER_RISCV_BUILDS = {
    # the C6's one SRAM range (docs/chips.md §13.6)
    "esp32c6": ((0x40800000, 0x40810000, 0x40840000, 0x40852000, 0x40853000),
                rom_table(0x40000040, 0x40000090, 0x40000124, 0x40000144, 0x40000148,
                          0x4000014C, 0x40000150, 0x40000154, 0x40000160, 0x400001DC)),
    # the H2's smaller SRAM: all of it below 0x40850000 (docs/chips.md §16.6)
    "esp32h2": ((0x40800000, 0x40810000, 0x40830000, 0x40842000, 0x40843000),
                rom_table(0x40000040, 0x40000090, 0x4000011C, 0x4000013C, 0x40000140,
                          0x40000144, 0x40000148, 0x4000014C, 0x40000158, 0x400001D4)),
    # code before the IRAM alias of the C2's .bss (docs/chips.md §15.6)
    "esp32c2": ((0x40380000, 0x40384000, 0x3FCA4000, 0x3FCB6000, 0x3FCB7000),
                rom_table(0x40000044, 0x40000088, 0x40000110, 0x40000130, 0x40000134,
                          0x40000138, 0x4000013C, 0x40000140, 0x4000014C, 0x40000178)),
    # issue 21 (docs/chips.md §21.2, §21.3): the C5 as the C6 in a smaller SRAM, the C61
    # low in its own, the P4 in HP L2MEM around where its ROM loader keeps its RAM: in
    # the middle below revision 3.0, at the top from it. One ROM table for the C5 and
    # C61, one for both P4 families.
    "esp32c5": ((0x40800000, 0x40810000, 0x40840000, 0x40852000, 0x40853000), C5_C61_ROM),
    "esp32c61": ((0x40800000, 0x40810000, 0x40810000, 0x40822000, 0x40823000), C5_C61_ROM),
    "esp32p4": ((0x4FF50000, 0x4FF60000, 0x4FF60000, 0x4FF72000, 0x4FF73000), P4_ROM),
    "esp32p4rev1": ((0x4FF10000, 0x4FF20000, 0x4FF50000, 0x4FF62000, 0x4FF63000), P4_ROM),
}


@pytest.mark.parametrize("chip", sorted(LATER_RISCV_BUILDS))
def test_later_riscv_stub_links_inside_its_placement_and_calls_its_own_rom(chip):
    placement, calls = LATER_RISCV_BUILDS[chip]
    stub, text, data, rom = riscv_chip_build(chip)
    assert_placed(stub, text, data, *placement)
    assert {name: rom[name] for name in rom if not name.startswith("_")} == calls


# ---- the RISC-V chip builds themselves, on the QEMU board ----
# flasher_stub/qemu_board*.c (README "QEMU"): the unmodified build/<chip>/stub.elf runs in
# S-mode at its own addresses under qemu-system-riscv32 -M virt, against the board's doubles
# of the chip's ROM routines and registers (docs/chips.md §9.4). Its own HAL, start code and
# linker map run; a call to a ROM address the double lacks, or a load or store where the
# chip has neither RAM nor registers, ends QEMU with EXIT_FAULT and a line on stderr.

QEMU_BOARD = ["qemu-system-riscv32", "-M", "virt", "-bios", "none", "-display", "none",
              "-monitor", "none", "-serial", "stdio", "-semihosting", "-kernel"]
BOARD_IMAGE_ADDR = 0x80800000     # qemu_board.c BOARD_IMAGE
BOARD_CHIPS = ("esp32c2", "esp32c3", "esp32c6", "esp32h2",
               "esp32c5", "esp32c61", "esp32p4", "esp32p4rev1")
EXIT_FAULT = 3
UART0_FIFO, UART0_CLKDIV = 0x00, 0x14        # offsets from UART0 (docs/chips.md §9.4)


def uart0(chip):
    """UART0's address: 0x60000000, the P4's 0x500CA000 (docs/chips.md §21.4)."""
    return 0x500CA000 if chip.startswith("esp32p4") else 0x60000000


# Free RAM for MEM_* per chip, away from the stub's and the "ROM loader's" stack:
# (DRAM address, the same byte as code fetches it: the C2's and C3's IRAM view).
FREE_RAM = {"esp32c2": (0x3FCB8000, 0x40398000), "esp32c3": (0x3FC98000, 0x40398000),
            "esp32c6": (0x40860000, 0x40860000), "esp32h2": (0x40844000, 0x40844000),
            "esp32c5": (0x40854000, 0x40854000), "esp32c61": (0x40830000, 0x40830000),
            "esp32p4": (0x4FF80000, 0x4FF80000), "esp32p4rev1": (0x4FF70000, 0x4FF70000)}
SOFTWARE_RESET = {"esp32c3": 0x40000090,
                  **{chip: calls["software_reset"] for chip, (_, calls) in LATER_RISCV_BUILDS.items()}}


@pytest.fixture(scope="session")
def qemu_board():
    """make qemu-board: the board and the four chip builds it runs."""
    if not shutil.which("riscv64-unknown-elf-gcc") or not shutil.which(QEMU_BOARD[0]):
        pytest.skip("needs riscv64-unknown-elf-gcc (gcc-riscv64-unknown-elf) and "
                    "qemu-system-riscv32 (qemu-system-misc)")
    run_make("qemu-board", check=True, timeout=300, capture_output=True)
    return os.path.join(STUB_DIR, "build", "qemu-board", "board.elf")


def elf_load_segments(path):
    """(entry, [(address, bytes)]) of an ELF32's PT_LOAD segments with file contents."""
    with open(path, "rb") as f:
        elf = f.read()
    entry, phoff = struct.unpack_from("<II", elf, 24)
    phentsize, phnum = struct.unpack_from("<HH", elf, 42)
    segments = []
    for i in range(phnum):
        kind, offset, _, paddr, filesz = struct.unpack_from("<5I", elf, phoff + i * phentsize)
        if kind == 1 and filesz:
            segments.append((paddr, elf[offset:offset + filesz]))
    return entry, segments


def boot_image(chip, elf, xtal_hz):
    """What the board loads before the stub runs (qemu_board.c struct boot_image): the
    ELF's segments, as the ROM loader's MEM_BEGIN/MEM_DATA would place them."""
    entry, segments = elf_load_segments(elf)
    image = struct.pack("<I16sIII", 0x44524251, chip.encode(), xtal_hz, entry, len(segments))
    for address, data in segments:
        image += struct.pack("<II", address, len(data)) + data + b"\0" * (-len(data) % 4)
    return image


def board_stub(board, chip, flash_file, elf=None, xtal_hz=40000000):
    elf = elf or os.path.join(STUB_DIR, "build", chip, "stub.elf")
    image = flash_file.parent / "boot.bin"
    image.write_bytes(boot_image(chip, elf, xtal_hz))
    return Stub(None, flash_file, argv=QEMU_BOARD + [
        board, "-device", "loader,file=%s,addr=0x%X,force-raw=on" % (image, BOARD_IMAGE_ADDR)])


@pytest.fixture(params=BOARD_CHIPS)
def chip_stub(request, qemu_board, flash_file):
    """A chip's own stub build, greeted, on the QEMU board."""
    s = board_stub(qemu_board, request.param, flash_file)
    s.chip = request.param
    yield from started(s)


def soft_reset(stub):
    """FLASH_END with flag 0 (docs/protocol.md §5.5): the stub calls the ROM's
    software_reset, which ends the board -> its exit status."""
    assert stub.status(FLASH_BEGIN, struct.pack("<IIII", 0, 0, BLOCK, 0)) == OK
    assert stub.status(FLASH_END, struct.pack("<I", 0)) == OK
    return stub.wait_exit()


def read_reg(stub, addr):
    value, _, status = stub.command(READ_REG, struct.pack("<I", addr))
    assert status == (OK, 0)
    return value


@pytest.mark.parametrize("chip", BOARD_CHIPS)
def test_the_board_runs_exactly_the_stub_esptool_embeds(qemu_board, chip):
    """What the board loads (the ELF's segments) is what esptool.py uploads for the chip."""
    import esptool
    entry, segments = elf_load_segments(os.path.join(STUB_DIR, "build", chip, "stub.elf"))
    embedded = esptool.stub_image(chip)
    assert entry == embedded["entry"]
    loaded = {address: data + b"\0" * (-len(data) % 4) for address, data in segments}
    assert loaded == {embedded["text_start"]: embedded["text"],
                      embedded["data_start"]: embedded["data"]}


def test_chip_build_writes_reads_and_erases_flash_through_its_rom(chip_stub, flash_file):
    before = flash_file.read_bytes()
    image = random.Random(7).randbytes(0x2345)
    write_uncompressed(chip_stub, 0x3100, image)
    assert chip_stub.status(FLASH_END, struct.pack("<I", 1)) == OK
    firmware = real_firmware_like()[:0x10000]
    stream = zlib.compress(firmware, 9)  # in 4 KiB pieces: the inflater resumes across them
    assert set(send_compressed(chip_stub, 0x20000, len(firmware), stream, 0x1000)) == {OK}
    assert end_session(chip_stub) == OK
    assert flash_md5(chip_stub, 0x20000, len(firmware)) == hashlib.md5(firmware).hexdigest()
    # a 64 KiB block and a sector: both ROM erase routines
    assert chip_stub.status(ERASE_REGION, struct.pack("<II", 0x60000, 0x11000)) == OK
    data, digest = read_flash(chip_stub, 0x5F000, 0x3000, packet_size=0x800)
    assert soft_reset(chip_stub) == EXIT_SOFT_RESET

    after = flash_file.read_bytes()
    assert data == after[0x5F000:0x62000] and digest == hashlib.md5(data).digest()
    assert after[0x3100:0x3100 + len(image)] == image
    # the sectors the image touches are erased around it (docs/protocol.md §10.6), the rest kept
    assert after[0x3000:0x3100] == b"\xff" * 0x100 and after[0x5445:0x6000] == b"\xff" * 0xBBB
    assert after[:0x3000] == before[:0x3000] and after[0x6000:0x20000] == before[0x6000:0x20000]
    assert after[0x20000:0x20000 + len(firmware)] == firmware
    assert after[0x60000:0x71000] == b"\xff" * 0x11000
    assert after[0x5F000:0x60000] == before[0x5F000:0x60000] and after[0x71000:] == before[0x71000:]


def test_chip_build_refuses_flash_beyond_the_size_the_host_sets(chip_stub, flash_file):
    """SPI_SET_PARAMS reaches the ROM's config_param; the ROM double then refuses what the
    geometry excludes, and the core refuses before asking it."""
    assert chip_stub.status(SPI_SET_PARAMS, struct.pack("<IIIIII", 0, 0x80000, 0x10000, 0x1000,
                                                        0x100, 0xFFFF)) == OK
    assert chip_stub.status(ERASE_REGION, struct.pack("<II", 0x80000, 0x1000)) == FAILED
    assert chip_stub.status(ERASE_REGION, struct.pack("<II", 0x7F000, 0x1000)) == OK
    assert soft_reset(chip_stub) == EXIT_SOFT_RESET
    assert flash_file.read_bytes()[0x7F000:0x80000] == b"\xff" * 0x1000


def clkdiv_sixteenths(clkdiv):
    """UART_CLKDIV: integral divider in bits 0-11, sixteenths in bits 20-23 (docs/chips.md §9.4)."""
    return (clkdiv & 0xFFF) * 16 + (clkdiv >> 20 & 0xF)


def clkdiv_baud(clkdiv, clock_hz):
    return clock_hz * 16 / clkdiv_sixteenths(clkdiv)


@pytest.mark.parametrize("chip,xtal_hz", [("esp32c6", 40000000), ("esp32h2", 32000000),
                                          ("esp32c2", 40000000), ("esp32c2", 26000000),
                                          ("esp32c3", 40000000), ("esp32c5", 48000000),
                                          ("esp32c61", 40000000), ("esp32p4", 40000000),
                                          ("esp32p4rev1", 40000000)])
def test_chip_build_changes_the_baud_rate_by_scaling_clkdiv(qemu_board, flash_file, chip, xtal_hz):
    """The board's UART0 starts with the divider for 115200 from the chip's clock; after
    CHANGE_BAUDRATE the stub's divider gives the new rate from that clock
    (docs/protocol.md §14), whatever the crystal, which the stub never knows."""
    stub = board_stub(qemu_board, chip, flash_file, xtal_hz=xtal_hz)
    assert stub.frame() == b"OHAI"
    boot = read_reg(stub, uart0(chip) + UART0_CLKDIV)
    assert abs(clkdiv_baud(boot, xtal_hz) / 115200 - 1) < 0.001
    assert stub.status(CHANGE_BAUDRATE, struct.pack("<II", 921600, 115200)) == OK
    fast = read_reg(stub, uart0(chip) + UART0_CLKDIV)
    # the divider the ROM left, scaled by old/new rate, fraction included (docs/protocol.md §14)
    assert clkdiv_sixteenths(fast) == clkdiv_sixteenths(boot) * 115200 // 921600
    assert abs(clkdiv_baud(fast, xtal_hz) / 921600 - 1) < 0.002
    assert soft_reset(stub) == EXIT_SOFT_RESET
    assert "UART0 CLKDIV 0x%08x -> 0x%08x" % (boot, fast) in stub.log
    # the C5, C61 and P4 take a new divider through UART_REG_UPDATE (docs/chips.md §21.4)
    took = "UART0 REG_UPDATE: CLKDIV 0x%08x in effect" % fast in stub.log
    assert took == (chip in ("esp32c5", "esp32c61", "esp32p4", "esp32p4rev1"))


def rv32_program(software_reset, uart_fifo):
    """Writes '!' to UART0's FIFO, then jumps to the ROM's software_reset (RV32I)."""
    t0, t1 = 5, 6
    lui = lambda rd, upper: upper << 12 | rd << 7 | 0x37
    addi = lambda rd, rs1, imm: (imm & 0xFFF) << 20 | rs1 << 15 | rd << 7 | 0x13
    sw = lambda rs2, rs1: rs2 << 20 | rs1 << 15 | 2 << 12 | 0x23
    jalr = lambda rd, rs1, imm: (imm & 0xFFF) << 20 | rs1 << 15 | rd << 7 | 0x67
    assert software_reset & 0xFFF < 0x800
    words = [lui(t0, uart_fifo >> 12), addi(t1, 0, ord("!")), sw(t1, t0),
             lui(t0, software_reset >> 12), jalr(0, t0, software_reset & 0xFFF)]
    return struct.pack("<%dI" % len(words), *words)


def test_chip_build_downloads_to_ram_and_runs_it(chip_stub):
    """MEM_BEGIN/DATA land in the chip's RAM (read back through READ_REG, and on the C2
    and C3 through the IRAM view of the same SRAM); MEM_END jumps to the code."""
    dram, iram = FREE_RAM[chip_stub.chip]
    program = rv32_program(SOFTWARE_RESET[chip_stub.chip], uart0(chip_stub.chip) + UART0_FIFO)
    assert chip_stub.status(MEM_BEGIN, struct.pack("<IIII", len(program), 1, 0x1800, dram)) == OK
    assert chip_stub.status(MEM_DATA, data_block(program), checksum(program)) == OK
    first = struct.unpack_from("<I", program)[0]
    assert read_reg(chip_stub, dram) == first and read_reg(chip_stub, iram) == first
    assert chip_stub.status(MEM_END, struct.pack("<II", 0, iram)) == OK
    assert chip_stub.wait_exit() == EXIT_SOFT_RESET
    assert chip_stub.pending.strip(b"\xc0") == b"!"


def test_chip_build_touching_what_the_chip_lacks_stops_the_board(chip_stub):
    """READ_REG where the chip has neither RAM nor registers: the board reports the load."""
    chip_stub.send(READ_REG, struct.pack("<I", 0x30000000))
    assert chip_stub.wait_exit() == EXIT_FAULT
    assert "load from 0x30000000" in chip_stub.log


def test_a_chip_build_with_a_wrong_rom_address_fails_on_the_board(qemu_board, tmp_path,
                                                                  flash_file):
    """The board's ROM table is its own (docs/chips.md §13.6), not the stub's rom_*.ld:
    a C6 build whose attach routine is one entry off never greets and stops the board."""
    source = tmp_path / "flasher_stub"
    shutil.copytree(STUB_DIR, source, ignore=shutil.ignore_patterns("build"))
    rom = source / "rom_esp32c6.ld"
    right = "esp_rom_spiflash_attach = 0x400001dc"
    assert right in rom.read_text()
    rom.write_text(rom.read_text().replace(right, "esp_rom_spiflash_attach = 0x400001d8"))
    subprocess.run(["make", "-s", "-C", str(source), "esp32c6"], check=True, capture_output=True,
                   timeout=300)
    stub = board_stub(qemu_board, "esp32c6", flash_file,
                      elf=str(source / "build" / "esp32c6" / "stub.elf"))
    assert stub.wait_exit() == EXIT_FAULT
    assert b"OHAI" not in stub.pending
    assert "jumped to 0x400001d8: no routine of the esp32c6 ROM" in stub.log
