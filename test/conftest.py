"""Shared fixtures. Each feature's tests keep their own helpers in their file;
what several test files need lives here."""
import contextlib
import fcntl
import functools
import importlib
import io
import os
import shutil
import signal
import subprocess
import sys

import pytest

# A shell without job control starts `cmd &` with SIGINT ignored, and the tools our tests
# start would inherit that and shrug off the Ctrl-C some tests send them: give every
# process of the run Python's own handler back, which a child's exec turns into the default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "test", "data")


@pytest.hookimpl(trylast=True)           # after -m and -k have deselected
def pytest_collection_modifyitems(items):
    """Where Espressif's suites run (test_upstream_suites.py), they are the run's longest
    tests. The one on espsim mostly waits on the port: it goes first, so it waits while
    the rest runs. The others keep a core busy for a minute or more each: they are spread
    evenly over the first two thirds of the run, so that at any time one or two workers
    run one of them beside the rest, which leaves cores idle as it waits on simulated
    lines. Every xdist worker computes the same order, as xdist requires."""
    upstream = [item for item in items if item.get_closest_marker("upstream_suites")]
    if not upstream:
        return
    waiting = [item for item in upstream if "on_espsim" in item.name]
    busy = [item for item in upstream if "on_espsim" not in item.name]
    rest = [item for item in items if not item.get_closest_marker("upstream_suites")]
    step = max(len(rest) * 2 // 3 // max(len(busy), 1), 1)
    for n, item in reversed(list(enumerate(busy))):
        rest.insert(min((n + 1) * step, len(rest)), item)
    items[:] = waiting + rest


def tool_argv(tool, *args, python=(sys.executable,)):
    """The command line that runs one of our tools ("esptool", "espsecure",
    "espefuse", "esp_rfc2217_server": the checkout's TOOL.py, or a path to a
    copy of one) with `python` (an interpreter and its options)."""
    script = str(tool) if os.sep in str(tool) else os.path.join(ROOT, tool + ".py")
    return list(python) + [script] + [str(a) for a in args]


def run_tool(tool, *args, cwd=None, input=None, env=None, timeout=120, text=True,
             python=(sys.executable,)):
    """Run one of our tools as a user would (see tool_argv) -> CompletedProcess,
    its output text (bytes with text=False). Our tools never print a Python
    traceback, whatever happens: one fails the test here."""
    result = subprocess.run(tool_argv(tool, *args, python=python), cwd=cwd, input=input,
                            env=env, capture_output=True, text=text, timeout=timeout)
    output = output_of(result)
    assert "Traceback" not in output, output
    return result


class _Captured(io.TextIOWrapper):
    """A text stream with a .buffer, as sys.stdout has (data to '-' is written there)."""

    def __init__(self):
        super().__init__(io.BytesIO(), encoding="utf-8", errors="replace", newline="",
                         write_through=True)

    def text(self):
        self.flush()
        return self.buffer.getvalue().decode("utf-8", errors="replace")


@contextlib.contextmanager
def _working_directory(path):
    """In `path` for a while (None: where we are); contextlib.chdir needs Python 3.11."""
    if path is None:
        yield
        return
    here = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(here)


def run_main(tool, *args, cwd=None):
    """Run one of our tools ("esptool", "espsecure", "espefuse") by calling its
    main() in this process: fast, and the test's monkeypatches apply. ->
    CompletedProcess as run_tool gives: .returncode (main()'s status, or the
    code of a SystemExit such as --help's, as a shell would see it), .stdout and
    .stderr as text. An exception out of main() fails the test; so does a
    Python traceback in the output."""
    module = importlib.import_module(tool)
    argv = [str(a) for a in args]
    out, err = _Captured(), _Captured()
    with _working_directory(cwd), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            status = module.main(argv)
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
    result = subprocess.CompletedProcess([tool] + argv, status, out.text(), err.text())
    assert "Traceback" not in output_of(result), output_of(result)
    return result


FATAL = "A fatal error occurred: "
FATAL_5X = "ERROR: " + FATAL        # esptool's fatal line in the 5.x mode (docs/compat.md §2)


def read(path):
    """A file's bytes."""
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    """Write `data` to `path` (a Path or a string); -> the path as a string."""
    with open(path, "wb") as f:
        f.write(data)
    return str(path)


def assert_one_fatal_line(result, *fragments):
    """A tool that failed cleanly: exit status 2, no Python traceback, and
    exactly one line starting 'A fatal error occurred: ', containing each fragment.
    `result`: a CompletedProcess (run_tool's, run_main's), whose fatal line must be
    on stderr and not on stdout (stdout is what scripts read: docs/differences.md,
    "Errors on stderr"); or (status, output) with output text or lines.
    -> the fatal line."""
    if isinstance(result, tuple):
        returncode, output = result
        lines = output.splitlines() if isinstance(output, str) else list(output)
        shown = "\n".join(lines)
    else:
        returncode, shown = result.returncode, output_of(result)
        assert not fatal_lines(output_of(result.stdout)), "fatal line on stdout:\n" + shown
        lines = output_of(result.stderr).splitlines()
    assert returncode == 2, shown
    assert "Traceback" not in shown, shown
    fatal = fatal_lines(lines)
    assert len(fatal) == 1, shown
    for fragment in fragments:
        assert fragment in fatal[0], shown
    return fatal[0]


def fatal_lines(lines):
    """The 'A fatal error occurred: ' lines among `lines` (a list, or text)."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    return [line for line in lines if line.startswith((FATAL, FATAL_5X))]


def only_the_error(stderr):
    """True if `stderr` holds the fatal line (with the blank line before it and its
    hint) and nothing else: no warning, no stray output."""
    lines = [line for line in output_of(stderr).splitlines() if line]
    return bool(lines) and lines[0].startswith(FATAL) and all(
        line.startswith("Hint: ") for line in lines[1:])


def output_of(result):
    """What a CompletedProcess printed (stdout, then stderr), or one of its streams, as text."""
    if isinstance(result, subprocess.CompletedProcess):
        return output_of(result.stdout) + output_of(result.stderr)
    return result.decode(errors="replace") if isinstance(result, bytes) else result or ""


def run_make(target, **kwargs):
    """`make -s -C flasher_stub TARGET`, one at a time across the test workers
    (pytest -n): two makes writing the same build directory would race."""
    build = os.path.join(ROOT, "flasher_stub", "build")
    os.makedirs(build, exist_ok=True)
    with open(os.path.join(build, ".make.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return subprocess.run(["make", "-s", "-C", os.path.join(ROOT, "flasher_stub"), target],
                              **kwargs)


def run_in_a_terminal(argv):
    """Run argv with its stdout on a pseudo-terminal; -> everything it wrote."""
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(argv[0], argv)
    out = bytearray()
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:         # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    os.close(fd)
    return bytes(out)


@pytest.fixture
def esptool():
    """Call as esptool('--chip', 'esp32', 'image_info', path) -> CompletedProcess (run_tool)."""
    return functools.partial(run_tool, "esptool")


# ---------------------------------------------------------------------------
# espsim fixtures (owner: espsim engineer)
# ---------------------------------------------------------------------------

STUB_HOST_BUILD = os.path.join(ROOT, "flasher_stub", "build", "host", "stub_host")


@pytest.fixture(scope="session", autouse=True)
def cstub_host_build():
    """Build our C stub for this machine once per run and hand it to every
    simulator through ESPSIM_CSTUB (espsim's processes and esptool's in-process
    espsim:// chips alike): with it, espsim runs our C stub whenever a client
    uploads our stub (--stub-impl auto). Without make or a C compiler espsim
    falls back to its generic stub model. A path already in ESPSIM_CSTUB wins.
    Returns the path, or None."""
    if os.environ.get("ESPSIM_CSTUB"):
        return os.environ["ESPSIM_CSTUB"]
    if not shutil.which("make") or not shutil.which(os.environ.get("CC", "cc")):
        return None
    run_make("host", check=True, timeout=300, stdout=subprocess.DEVNULL)
    os.environ["ESPSIM_CSTUB"] = STUB_HOST_BUILD
    return STUB_HOST_BUILD

def ok(result):
    """A finished subprocess that exited 0; its stdout."""
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def send_sync_and_baud_change_together(url, baud):
    """One TCP segment to an RFC 2217 server: a SYNC frame, then a SET-BAUDRATE
    (RFC 2217 §4) to `baud`. The server must hand the SYNC to the port before it
    changes the rate. Returns once the server has had time to act on both."""
    import socket
    import time
    host, port = url[len("rfc2217://"):].rsplit(":", 1)
    sync = (b"\xc0" + bytes.fromhex("0008240000000000") + bytes.fromhex("07071220")
            + b"\x55" * 32 + b"\xc0")
    iac, sb, se, com_port_option, set_baudrate = 255, 250, 240, 44, 1
    set_baud = bytes([iac, sb, com_port_option, set_baudrate]) + baud.to_bytes(4, "big") \
        + bytes([iac, se])
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(sync + set_baud)
        time.sleep(1.0)


def traced_events(trace_path):
    """The trace's frames from the host and its events, in order (no device frames)."""
    with open(trace_path) as f:
        return [line.rstrip("\n") for line in f if not line.startswith("< ")]


class SimulatedChip:
    """One simulated chip as a test sees it (see `espsim_server`): .name, .url,
    .flash_path, .efuse_path, .trace_path, and what the chip's files say.

    By default an espsim Device in this process, served on a free loopback port
    (rfc2217://, or socket:// with raw=True), living until .stop(). With
    in_process=True, an espsim:// URL instead: each run of a tool starts its own
    device from the files (fast, no network), so only the files last between runs.
    """

    def __init__(self, chip, directory, raw=False, in_process=False, trace=True, flash=None,
                 **options):
        import espsim
        self.name = chip
        self.flash_path = (options.pop("flash_file", None)
                           or str(directory / ("%s-flash.bin" % chip)))
        default_efuse = str(directory / ("%s-efuse.json" % chip)) if chip == "esp32" else None
        self.efuse_path = options.pop("efuse_file", None) or default_efuse
        if trace is True:
            trace = str(directory / ("%s-trace.txt" % chip))
        self.trace_path = str(trace) if trace else None
        if flash is not None:           # the flash's content before the chip starts
            with open(self.flash_path, "wb") as f:
                f.write(flash)
        self.device = self.server = None
        self._stopped = False
        if in_process:
            self.flash_size = options.get("flash_size", "4MB")
            self.url = espsim_url(chip, flash_file=self.flash_path, efuse_file=self.efuse_path,
                                  trace=self.trace_path, **options)
            return
        self.device = espsim.Device(chip=chip, flash_file=self.flash_path,
                                    efuse_file=self.efuse_path, trace=self.trace_path,
                                    **options)
        self.server = espsim.serve(self.device, raw=raw)
        self.url = self.server.url

    def flash(self):
        """The flash file's content (a served device saves it first)."""
        if self.device is not None:
            self.device.save()
        with open(self.flash_path, "rb") as f:
            return f.read()

    def preload(self, offset, data):
        """Put `data` into the flash at `offset`, as if flashed earlier (or changed
        behind the tool's back)."""
        if self.device is not None:
            self.device.flash.data[offset:offset + len(data)] = data
            return
        from espsim.flash import parse_size
        content = bytearray(self.flash() if os.path.exists(self.flash_path)
                            else b"\xff" * parse_size(self.flash_size))
        content[offset:offset + len(data)] = data
        with open(self.flash_path, "wb") as f:
            f.write(content)

    def host_frames(self):
        """The frames the host sent, as hex, in order (the trace's '> ' lines); [] before any."""
        if not self.trace_path or not os.path.exists(self.trace_path):
            return []
        with open(self.trace_path) as f:
            return [line[2:].strip() for line in f if line.startswith("> ")]

    def commands_received(self):
        """The opcodes of the command frames the host sent, in order."""
        return [int(frame[2:4], 16) for frame in self.host_frames() if frame.startswith("00")]

    def stop(self):
        if self.server is not None and not self._stopped:
            self._stopped = True
            self.server.close()


def espsim_url(chip, **options):
    """The espsim:// URL of a chip with these espsim.Device options (None: left out)."""
    from espsim.protocol_espsim import QUERY_OPTIONS
    keys = {name: key for key, (name, _) in QUERY_OPTIONS.items()}
    query = []
    for name, value in options.items():
        if value is None:
            continue
        if name not in keys:
            raise TypeError("espsim:// URLs cannot give the option %r" % name)
        query.append("%s=%s" % (keys[name], int(value) if isinstance(value, bool) else value))
    return "espsim://%s?%s" % (chip, "&".join(query))


def simulators(tmp_path_factory):
    """The factory behind espsim_server: start(chip, **options) -> SimulatedChip;
    every one started is stopped (and its files saved) at the end."""
    started = []

    def start(chip="esp32", **options):
        sim = SimulatedChip(chip, tmp_path_factory.mktemp("espsim"), **options)
        started.append(sim)
        return sim
    yield start
    for sim in started:
        sim.stop()


@pytest.fixture
def espsim_server(tmp_path_factory):
    """Factory: `sim = espsim_server("esp32", flash_size="4MB", mac=..., realtime=...,
    raw=..., in_process=..., trace=True|False|path, flash=bytes, <fault options>)`
    -> SimulatedChip: .url (rfc2217://127.0.0.1:N; socket:// with raw=True;
    espsim://... with in_process=True), .flash_path, .efuse_path, .trace_path,
    .flash(), .preload(), .host_frames(), .commands_received(), .stop(). Every
    simulator is stopped (and its files saved) at test end."""
    yield from simulators(tmp_path_factory)


@pytest.fixture(scope="module")
def espsim_module_server(tmp_path_factory):
    """espsim_server for the tests of one module to share: a served chip's RAM and
    registers live from one test to the next. Stopped at the module's end."""
    yield from simulators(tmp_path_factory)
