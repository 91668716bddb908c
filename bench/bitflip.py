"""One flipped bit per run, everywhere that matters (issue 25): does any command report
success on a noisy line?

    python3 bench/bitflip.py [--configs NAME,...] [--data-samples 2000] [--limit N]
                             [--seed 25] [--jobs N] [--log RUNS.jsonl] [--table FILE]
    python3 bench/bitflip.py --table-from RUNS.jsonl

For each configuration (write_flash with our stub and through the ROM, ESP32 and
ESP8266, on a fresh region and as a reflash; read_flash; verify_flash; an espefuse
burn) the bench records one clean run against an in-process espsim chip, then
replays it once per position, with one bit of one byte flipped on the wire
(espsim's corrupt_at / reply_corrupt_at, corrupt_bit):

  * every byte of every command frame's header (its 8-byte header, the arguments
    of a command without a payload, the 16-byte prefix of a data block, the CRC
    trailer of a checked request) and every byte of every reply that is not bulk
    data (header, digests, status, trailer) -- frames whose header bytes repeat
    an earlier frame's exactly are swept once;
  * a random sample of data-byte positions (block payloads host to chip, read
    data and register values chip to host), --data-samples in each direction over
    the whole sweep.

Each run is a fork of this process running the tool's main() (so the tool is
imported once) with 60 s to exit. Outcomes:

  right       exit 0 and exactly what was asked (flash, file, eFuses)
  clean       exit 2 with one 'A fatal error occurred:' line, nothing changed
              outside what was asked
  named       exit 2, one fatal line, and flash outside the region changed: in ROM
              mode a flipped request header acts before any check can run, so the
              line must name the range changed (else: unnamed)
  false       exit 0 with anything other than what was asked, or, with our stub,
              a bit changed outside the asked region
  unnamed     ROM mode, exit 2, flash changed outside the region and the fatal
              line does not name a range covering it
  hang        no exit within 60 s
  traceback   a Python traceback, or any other ending
  misaimed    three runs in a row did not flip the byte meant (the exchange before it
              differed from the clean run's): not counted either way

test/test_bitflip.py runs a small seeded slice; the full sweep's table is in
bench/README.md.
"""
import argparse
import collections
import contextlib
import io
import json
import os
import random
import re
import signal
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import esptool  # noqa: E402
import espsim.uart  # noqa: E402

IMAGE_SIZE = 0x10000              # the 64 KiB image
REFLASH_SIZE = 0x20000            # the smallest region the fast reflash asks the chip about
REGION = 0x10000                  # where the image goes (a factory app)
OTHER = 0x110000                  # where its near twin lives (an ota_0)
FLASH_SIZE = "4MB"
FLASH_BYTES = 4 << 20
HANG_SECONDS = 60
EFUSE_FIELD = ("SPI_PAD_CONFIG_CS0", 5)     # burn_efuse NAME VALUE: a 5-bit field in BLK0
OUTCOMES = ("right", "clean", "named", "false", "unnamed", "hang", "traceback", "misaimed")
BAD_OUTCOMES = ("false", "unnamed", "hang", "traceback")
# Repeated frames of one kind (kind_of) that differ only in a value, as the 1,024
# address-setting requests of a ROM read do: the first KIND_SWEPT distinct ones are
# swept, then one in KIND_SAMPLED.
KIND_SWEPT = 8
KIND_SAMPLED = 64
DATA_OPS = (0x03, 0x07, 0x11)     # FLASH_DATA, MEM_DATA, FLASH_DEFL_DATA: a payload follows
READ_FLASH = 0xD2
READ_FLASH_SLOW = 0x0E
CHECKED_EXCHANGES = 0xE0


class Config:
    """One command line, the flash it starts from, and what a right ending leaves."""

    def __init__(self, name, chip, stub, command, reflash=False):
        self.name, self.chip, self.stub, self.command = name, chip, stub, command
        self.reflash = reflash

    @property
    def rom(self):
        return not self.stub

    def data(self):
        """(flash before, the file written/verified) for this configuration."""
        rng = random.Random(self.name)
        flash = bytearray(rng.randbytes(FLASH_BYTES))
        size = REFLASH_SIZE if self.reflash else IMAGE_SIZE
        twin = bytearray(rng.randbytes(size))
        flash[OTHER:OTHER + size] = twin
        image = bytes(twin)
        near = bytearray(twin)
        near[size // 3] ^= 0x04             # the factory app: one bit from the ota_0
        if self.reflash or self.command in ("verify", "read"):
            flash[REGION:REGION + size] = near
        return bytes(flash), image

    def argv(self, url, work):
        base = ["--port", url, "--chip", self.chip, "--connect-attempts", "1"]
        if self.rom:
            base.append("--no-stub")
        path = os.path.join(work, "in.bin")
        if self.command == "write":
            return base + ["write_flash", "--no-progress", hex(REGION), path]
        if self.command == "verify":
            return base + ["verify_flash", hex(REGION), path]
        if self.command == "read":
            return base + ["read_flash", "--no-progress", hex(REGION), hex(IMAGE_SIZE),
                           os.path.join(work, "out.bin")]
        return ["--port", url, "--do-not-confirm", "burn_efuse"] + [str(v) for v in EFUSE_FIELD]

    @property
    def tool(self):
        return "espefuse" if self.command == "efuse" else "esptool"


CONFIGS = {c.name: c for c in (
    [Config("write-%s-%s-%s" % (chip, loader, kind), chip, loader == "stub", "write",
            reflash=kind == "reflash")
     for chip in ("esp32", "esp8266") for loader in ("stub", "rom")
     for kind in ("fresh", "reflash")]
    + [Config("%s-%s-%s" % (command, chip, loader), chip, loader == "stub", command)
       for command in ("read", "verify") for chip in ("esp32", "esp8266")
       for loader in ("stub", "rom")]
    + [Config("efuse-esp32-rom", "esp32", False, "efuse")])}


# -- one run in a fork -------------------------------------------------------

def url_of(config, work, faults=None, trace=None):
    query = ["flash=%s" % os.path.join(work, "flash.bin"), "size=%s" % FLASH_SIZE,
             "efuse=%s" % os.path.join(work, "efuse.json")]
    if trace:
        query.append("trace=%s" % trace)
    for key, value in (faults or {}).items():
        query.append("%s=%s" % (key, value))
    return "espsim://%s?%s" % (config.chip, "&".join(query))


def prepare(config, work):
    flash, image = config.data()
    with open(os.path.join(work, "flash.bin"), "wb") as f:
        f.write(flash)
    with open(os.path.join(work, "in.bin"), "wb") as f:
        f.write(image)
    for name in ("out.bin", "efuse.json"):
        if os.path.exists(os.path.join(work, name)):
            os.remove(os.path.join(work, name))
    return flash, image


def run_tool_in_fork(tool, argv, record=None, timeout=HANG_SECONDS):
    """-> (exit status or None for a hang, output text): the tool's main() in a child.
    `record`: a file to which the child writes the bytes both ways (a clean run)."""
    out_fd, out_path = tempfile.mkstemp(prefix="bitflip-out-")
    pid = os.fork()
    if pid == 0:                                      # the child: never returns
        status = 3
        try:
            os.environ["ESPTOOL_CFGFILE"] = bench_config()
            if record:
                start_recording(record)
            module = __import__(tool)
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                try:
                    status = module.main(argv)
                except SystemExit as e:
                    status = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
                except BaseException:
                    import traceback
                    buffer.write(traceback.format_exc())
                    status = 1
            os.write(out_fd, buffer.getvalue().encode("utf-8", "replace"))
            if record:
                stop_recording(record)
        finally:
            os._exit(status if isinstance(status, int) and 0 <= status < 256 else 1)
    os.close(out_fd)
    deadline = time.time() + timeout
    status = None
    while time.time() < deadline:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(code)
            break
        time.sleep(0.01)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        output = f.read()
    os.remove(out_path)
    return status, output


# espsim answers at once, but a loaded machine can make a SYNC's answer later than the
# 0.1 s a host waits: one more SYNC would shift every byte after it from the clean run's
# (a misaimed flip). Only the wait for a SYNC's answer is longer; every other timeout is
# the tool's own.
BENCH_CONFIG = "[esptool]\nsync_timeout = 1.0\n"


def bench_config():
    path = os.path.join(tempfile.gettempdir(), "bitflip-esptool-%d.cfg" % os.getuid())
    if not os.path.exists(path):
        with open("%s.%d" % (path, os.getpid()), "w") as f:
            f.write(BENCH_CONFIG)
        os.replace("%s.%d" % (path, os.getpid()), path)
    return path


_recorded = {"in": bytearray(), "out": bytearray()}


def start_recording(path):
    """Tap espsim's wire: every byte host -> chip as the chip gets it, and chip -> host."""
    faults = espsim.uart.Faults
    damage, damage_reply = faults.damage, faults.damage_reply

    def tapped_in(self, data):
        data = damage(self, data)
        _recorded["in"].extend(data)
        return data

    def tapped_out(self, data):
        data = damage_reply(self, data)
        _recorded["out"].extend(data)
        return data
    faults.damage, faults.damage_reply = tapped_in, tapped_out


def stop_recording(path):
    with open(path, "w") as f:
        json.dump({k: v.hex() for k, v in _recorded.items()}, f)


# -- where to flip --------------------------------------------------------------

def slip_frames(stream):
    """(payload, [wire offset of each payload byte]) of every SLIP frame in `stream`."""
    frames, payload, offsets, escaped, inside = [], bytearray(), [], False, False
    for at, byte in enumerate(stream):
        if byte == 0xC0:
            if inside and payload:
                frames.append((bytes(payload), offsets))
            payload, offsets, escaped, inside = bytearray(), [], False, True
        elif not inside:
            continue                                  # text outside frames (boot log)
        elif escaped:
            payload.append({0xDC: 0xC0, 0xDD: 0xDB}.get(byte, byte))
            offsets.append(at)
            escaped = False
        elif byte == 0xDB:
            escaped = True
        else:
            payload.append(byte)
            offsets.append(at)
    return frames


def split_frame(frame, direction, state):
    """(header length, data length) of a frame: its header is swept byte by byte, its
    bulk data only sampled. `state` carries what earlier frames said (a checked
    link, a READ_FLASH stream)."""
    if direction == "in":
        if len(frame) >= 2 and frame[:2] == bytes([0, CHECKED_EXCHANGES]):
            state["checked"] = True
        if len(frame) >= 8 and frame[0] == 0 and frame[1] in DATA_OPS:
            trailer = 4 if state.get("checked") else 0
            return 24, len(frame) - 24 - trailer      # the trailer is swept with the header
        return len(frame), 0                          # a command's arguments, an ack
    if state.get("streaming"):
        if len(frame) <= 28:                          # READ_FLASH's digest frame
            state["streaming"] = False
            return len(frame), 0
        return 0, len(frame)
    if len(frame) >= 8 and frame[0] == 1:
        if frame[1] == READ_FLASH:
            state["streaming"] = True
        if frame[1] == READ_FLASH_SLOW and len(frame) >= 8 + 64:
            return 8, 64                              # 64 data bytes, then the status
        return len(frame), 0
    return len(frame), 0


def kind_of(frame, direction):
    """Frames of one kind: one direction, opcode and length (and for register access
    the register): what the sampling of repeated frames counts by."""
    register = frame[8:12] if len(frame) >= 12 and frame[1] in (0x09, 0x0A) else b""
    return (direction, frame[:2], len(frame), register)


def positions(recording, seen=None, kinds=None):
    """{"in"/"out": (header offsets, data offsets)} in the wire streams of a clean run.
    `seen`, `kinds`: what earlier configurations of the same chip and loader swept
    (their connection and stub upload are the same frames): swept once."""
    found = {}
    seen = set() if seen is None else seen
    kinds = collections.Counter() if kinds is None else kinds
    for direction in ("in", "out"):
        stream = bytes.fromhex(recording[direction])
        header, data, state = [], [], {}
        for frame, offsets in slip_frames(stream):
            n, d = split_frame(frame, direction, state)
            if direction == "out" and len(frame) >= 10 and frame[:2] == b"\x01\x0a":
                n, d = 4, 4                           # a register's value: data, not header
            rest = offsets[n + d:]                    # status bytes, a trailer
            key = (direction, frame[:n], bytes(frame[n + d:]))
            if key not in seen:
                seen.add(key)
                kind = kind_of(frame, direction)
                kinds[kind] += 1
                if kinds[kind] <= KIND_SWEPT or kinds[kind] % KIND_SAMPLED == 0:
                    header.extend(offsets[:n] + rest)
            data.extend(offsets[n:n + d])
        found[direction] = (header, data)
    return found


def wire_offset(recording, direction, op, occurrence=0, index=8):
    """The wire offset of byte `index` of the `occurrence`-th frame (0-based) with opcode
    `op` going `direction` ("in": a command, "out": a reply)."""
    kind = 0 if direction == "in" else 1
    matching = [offsets for frame, offsets in slip_frames(bytes.fromhex(recording[direction]))
                if len(frame) > index and frame[0] == kind and frame[1] == op]
    return matching[occurrence][index]


# -- classifying a run --------------------------------------------------------------

FATAL = "A fatal error occurred:"


def changed_ranges(before, after):
    """[(first, last)] byte ranges that differ, merged across 4 KiB gaps."""
    ranges = []
    step = 4096
    for at in range(0, len(before), step):
        if before[at:at + step] != after[at:at + step]:
            diff = [i for i in range(step) if before[at + i] != after[at + i]]
            lo, hi = at + diff[0], at + diff[-1]
            if ranges and lo - ranges[-1][1] <= step:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
    return ranges


def named_ranges(text):
    """Ranges a message names as 0xA-0xB."""
    return [(int(a, 16), int(b, 16)) for a, b in re.findall(r"0x([0-9a-fA-F]+)-0x([0-9a-fA-F]+)",
                                                            text)]


def classify(config, status, output, before, image, work):
    if status is None:
        return "hang"
    if "Traceback" in output:
        return "traceback"
    with open(os.path.join(work, "flash.bin"), "rb") as f:
        after = f.read()
    expected = before
    size = len(image)
    if config.command == "write":
        expected = before[:REGION] + image + before[REGION + size:]
    if status == 0:
        if after != expected:
            return "false"
        if config.command == "read":
            out = os.path.join(work, "out.bin")
            if not os.path.exists(out) or open(out, "rb").read() != before[REGION:REGION + size]:
                return "false"
        if config.command == "verify" and before[REGION:REGION + size] != image:
            return "false"
        if config.command == "efuse" and not efuse_burned_as_asked(work):
            return "false"
        return "right"
    fatal = [line for line in output.splitlines() if line.startswith(FATAL)]
    if status != 2 or len(fatal) != 1:
        return "traceback"
    if config.command == "write":           # what was asked may have changed; what else?
        after = after[:REGION] + before[REGION:REGION + size] + after[REGION + size:]
    outside = changed_ranges(before, after)
    if config.command == "efuse" and efuse_changed_beyond_ask(work):
        return "false"
    if not outside:
        return "clean"
    if config.stub:
        return "false"
    named = named_ranges(fatal[0])
    if all(any(lo <= first and last <= hi for lo, hi in named) for first, last in outside):
        return "named"
    return "unnamed"


def efuse_words(work):
    path = os.path.join(work, "efuse.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def efuse_burned_as_asked(work):
    words = efuse_words(work)
    return words is not None and words == EFUSE_EXPECTED.get("words")


def efuse_changed_beyond_ask(work):
    """A failed burn may have burned the asked bits, or none; never others."""
    words = efuse_words(work)
    if words is None or words == EFUSE_EXPECTED.get("before"):
        return False
    return words != EFUSE_EXPECTED.get("words")


EFUSE_EXPECTED = {}


# -- the sweep ----------------------------------------------------------------------

CLEAN_RECORDINGS = 3        # at most; the first exchange seen twice is the one swept


def clean_run(config, work, seen=None, kinds=None):
    """Record the exchange of a run without faults; -> (positions, the recording). The
    run is recorded until one exchange has been seen twice: a loaded machine can make
    one run differ (a late answer to the first SYNC makes the host send another), and
    flips aimed by such a run's offsets would all miss."""
    recordings = []
    for _ in range(CLEAN_RECORDINGS):
        recording = record_clean(config, work)
        if recording in recordings:
            break
        recordings.append(recording)
    if config.command == "efuse":
        EFUSE_EXPECTED["words"] = efuse_words(work)
        prepare(config, work)
        run_tool_in_fork("espefuse", ["--port", url_of(config, work), "summary"])
        EFUSE_EXPECTED["before"] = efuse_words(work)
    return positions(recording, seen, kinds), recording


def record_clean(config, work):
    prepare(config, work)
    record = os.path.join(work, "record.json")
    status, output = run_tool_in_fork(config.tool, config.argv(url_of(config, work), work),
                                      record=record)
    expected_status = 2 if config.command == "verify" else 0
    if status != expected_status:
        raise RuntimeError("%s: the clean run ended with %s:\n%s" % (config.name, status, output))
    with open(record) as f:
        return json.load(f)


def shares(available, total):
    """{config: data positions to draw}: `total` shared as evenly as the configurations'
    `available` data bytes allow (one with only 40 leaves the rest to the others)."""
    result, left = {}, total
    ordered = sorted(available, key=available.get)
    for i, name in enumerate(ordered):
        result[name] = min(available[name], -(-left // (len(ordered) - i)))
        left -= result[name]
    return result


def plan(found, share, rng):
    """[(direction, wire offset, mask)]: every header byte, share[direction] data bytes;
    the bit flipped is drawn per run."""
    runs = []
    for direction in ("in", "out"):
        header, data = found[direction]
        runs += [(direction, at, 1 << rng.randrange(8)) for at in header]
        runs += [(direction, at, 1 << rng.randrange(8))
                 for at in rng.sample(data, min(share[direction], len(data)))]
    return runs


AIM_ATTEMPTS = 3


def flip_run(config, work, direction, at, mask, clean):
    """One run with byte `at` flipped by `mask`, checked to have flipped the byte the
    clean recording has there: a loaded machine can make an exchange differ before
    it (one more SYNC when the first reply is late), and the run is then made again.
    -> (outcome, output); "misaimed" after AIM_ATTEMPTS such runs."""
    faults = {("corrupt_at" if direction == "in" else "reply_corrupt_at"): at,
              "corrupt_bit": mask.bit_length() - 1}
    for _ in range(AIM_ATTEMPTS):
        before, image = prepare(config, work)
        path = os.path.join(work, "flipped.json")
        if os.path.exists(path):
            os.remove(path)
        status, output = run_tool_in_fork(config.tool, config.argv(url_of(config, work, faults),
                                                                    work), record=path)
        if status is None or aimed(clean, path, direction, at, mask):
            return classify(config, status, output, before, image, work), output
    return "misaimed", ""


def aimed(clean, path, direction, at, mask):
    """Whether the flipped run's bytes up to `at` are the clean run's, with `at` flipped."""
    try:
        with open(path) as f:
            flipped = bytes.fromhex(json.load(f)[direction][:2 * (at + 1)])
    except (OSError, ValueError):
        return False
    expected = bytes.fromhex(clean[direction][:2 * (at + 1)])
    return (len(flipped) == at + 1 and flipped[:at] == expected[:at]
            and flipped[at] == expected[at] ^ mask)


def sweep(config_names, data_samples, seed, report=None, limit=None, jobs=1, log=None):
    """-> ({config name: Counter of outcomes}, [bad runs]). `data_samples` data-byte
    positions per direction in all, shared by the configurations that have data going
    that way (shares()); `limit`: at most this many runs per configuration (a slice);
    `jobs`: runs at once (each in its own work directory); `log`: a file to which each
    run's result is appended as one JSON line when it ends (a sweep cut short keeps
    what it did)."""
    rng = random.Random(seed)
    counts, bad = {}, []
    swept = collections.defaultdict(lambda: (set(), collections.Counter()))
    with tempfile.TemporaryDirectory(prefix="bitflip-") as work:
        found, clean = {}, {}
        for name in config_names:
            config = CONFIGS[name]
            found[name], clean[name] = clean_run(
                config, work, *swept[(config.chip, config.stub, config.command)])
        share = {direction: shares({n: len(found[n][direction][1]) for n in config_names},
                                   data_samples) for direction in ("in", "out")}
        tasks = []
        for name in config_names:
            runs = plan(found[name], {d: share[d][name] for d in share}, rng)
            if limit is not None:
                runs = rng.sample(runs, min(limit, len(runs)))
            counts[name] = collections.Counter()
            tasks += [(name, n, len(runs), direction, at, mask)
                      for n, (direction, at, mask) in enumerate(runs)]
        _pool_state.update(clean=clean)
        for task, (outcome, tail) in run_all(tasks, jobs, work):
            name, n, total, direction, at, mask = task
            counts[name][outcome] += 1
            kind = "header" if at in found[name][direction][0] else "data"
            counts[name][kind] += 1
            if outcome in BAD_OUTCOMES:
                bad.append((name, direction, at, mask, outcome, tail))
            if log:
                with open(log, "a") as f:
                    f.write(json.dumps({"config": name, "n": n, "of": total, "dir": direction,
                                        "at": at, "mask": mask, "kind": kind,
                                        "outcome": outcome, "tail": tail}) + "\n")
            if report:
                report(name, n, total, direction, at, mask, outcome, tail)
    return counts, bad


_pool_state = {}


def run_all(tasks, jobs, work):
    """(task, (outcome, last lines)) for each task, `jobs` at a time, in the order given
    when jobs is 1."""
    if jobs <= 1:
        for task in tasks:
            yield task, run_task(task, work)
        return
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start) as pool:
        yield from pool.imap_unordered(_worker_run, tasks, chunksize=1)


def run_task(task, work):
    name, _n, _total, direction, at, mask = task
    outcome, output = flip_run(CONFIGS[name], work, direction, at, mask,
                               _pool_state["clean"][name])
    return outcome, "\n".join(output.splitlines()[-4:])


def _worker_start():
    _pool_state["work"] = tempfile.mkdtemp(prefix="bitflip-job-")


def _worker_run(task):
    return task, run_task(task, _pool_state["work"])


def table(counts):
    lines = ["| configuration | runs | header | data | " + " | ".join(OUTCOMES) + " |",
             "|---|---:|---:|---:|" + "---:|" * len(OUTCOMES)]
    total = collections.Counter()
    for name, row in counts.items():
        total.update({k: v for k, v in row.items() if k != "planned"})
        runs = sum(row[o] for o in OUTCOMES)
        planned = " of %d" % row["planned"] if row["planned"] else ""
        lines.append("| %s | %d%s | %d | %d | %s |" % (
            name, runs, planned, row["header"], row["data"],
            " | ".join(str(row[o]) for o in OUTCOMES)))
    lines.append("| **all** | %d | %d | %d | %s |" % (
        sum(total[o] for o in OUTCOMES), total["header"], total["data"],
        " | ".join(str(total[o]) for o in OUTCOMES)))
    return "\n".join(lines)


def counts_of_log(path):
    """{config name: Counter} of the runs a --log file holds, in the order first seen."""
    counts = {}
    with open(path) as f:
        for line in f:
            run = json.loads(line)
            row = counts.setdefault(run["config"], collections.Counter())
            row[run["outcome"]] += 1
            row[run["kind"]] += 1
            row["planned"] = run["of"]
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--configs", default=",".join(CONFIGS),
                        help="comma-separated configurations (default: all)")
    parser.add_argument("--data-samples", type=int, default=2000,
                        help="data-byte positions per direction, shared by the configurations "
                             "(default 2000)")
    parser.add_argument("--limit", type=int, help="at most this many runs per configuration")
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--table", help="also write the markdown table to this file")
    parser.add_argument("--jobs", type=int, default=1, help="runs at once (default 1)")
    parser.add_argument("--log", help="append each run's result to this file (JSON lines)")
    parser.add_argument("--table-from", metavar="LOG",
                        help="print the table of the runs a --log file holds, and stop")
    args = parser.parse_args(argv)
    if args.table_from:
        print(table(counts_of_log(args.table_from)))
        return 0
    names = [n for n in args.configs.split(",") if n]
    started = time.time()

    def report(name, n, total, direction, at, mask, outcome, tail):
        if outcome in BAD_OUTCOMES or n % 200 == 0:
            print("%-28s %5d/%d %-3s %7d %02x %s" % (name, n, total, direction, at, mask,
                                                     outcome), flush=True)
        if outcome in BAD_OUTCOMES:
            print("     " + tail.replace("\n", "\n     "), flush=True)

    counts, bad = sweep(names, args.data_samples, args.seed, report, args.limit, args.jobs,
                        args.log)
    text = table(counts)
    print(text)
    print("%.0f s" % (time.time() - started))
    if args.table:
        with open(args.table, "w") as f:
            f.write(text + "\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
