"""Installing the project gives the commands users and scripts call."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, assert_one_fatal_line, only_the_error, run_tool

COMMANDS = ["esptool.py", "esptool", "espsecure.py", "espsecure", "espefuse.py", "espefuse",
            "espsim",
            "esp_rfc2217_server.py", "esp_rfc2217_server"]


def install(tmp_path, editable):
    """pip install a copy of the checkout into a fresh virtualenv; returns its bin dir."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "*.egg-info", "build", "__pycache__", ".pytest_cache", ".hypothesis"),
        symlinks=True)
    venv = tmp_path / "venv"
    # A plain venv, and pip installs the dependencies as a user's would: the test must
    # pass where the base Python has none of them (issue 15, fresh machines).
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    result = subprocess.run(pip + (["-e", str(src)] if editable else [str(src)]),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return src, venv / "bin"


@pytest.mark.parametrize("editable", [False, True], ids=["install", "editable"])
def test_every_command_is_installed_and_runs(tmp_path, editable):
    src, bindir = install(tmp_path, editable)
    for command in COMMANDS:
        result = subprocess.run([str(bindir / command), "-h"], cwd="/", capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert "usage" in result.stdout.lower(), command

    # The dependencies come from the venv itself, not from the Python it was made from.
    where = subprocess.run([str(bindir / "python"), "-c",
                            "import pyaes, ecdsa, serial; print(pyaes.__file__, ecdsa.__file__, "
                            "serial.__file__)"], cwd="/", capture_output=True, text=True,
                           timeout=60)
    assert where.returncode == 0, where.stderr
    assert all(path.startswith(str(bindir.parent)) for path in where.stdout.split()), where.stdout

    version = subprocess.run([str(bindir / "python"), "-m", "esptool", "version"], cwd="/",
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0
    assert version.stdout.splitlines()[-1] == read_version(src)
    assert_espsim_command_serves(bindir)


def assert_espsim_command_serves(bindir):
    """The installed `espsim` serves a chip that knows our stub (its ids travel
    with the package) and says what runs an uploaded stub without a C build."""
    env = dict(os.environ)
    env.pop("ESPSIM_CSTUB", None)
    server = subprocess.Popen([str(bindir / "espsim"), "--chip", "esp8266"], cwd="/", env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().startswith("espsim: serving ESP8266 on rfc2217://")
        assert "uploaded stubs run on the generic stub model" in server.stdout.readline()
    finally:
        server.terminate()
        assert server.wait(timeout=30) == 0
    known = subprocess.run([str(bindir / "python"), "-c",
                            "from espsim import cstub; print(open(cstub.STUB_IDS).read())"],
                           cwd="/", capture_output=True, text=True, timeout=60)
    assert '"esp32"' in known.stdout, known.stderr


def test_editable_install_runs_the_live_source(tmp_path):
    src, bindir = install(tmp_path, editable=True)
    path = src / "esptool.py"
    path.write_text(path.read_text().replace(read_version(src), "99.0.live", 1))
    for command in ("esptool.py", "esptool"):
        out = subprocess.run([str(bindir / command), "version"], cwd="/", capture_output=True,
                             text=True, timeout=60).stdout
        assert out.splitlines()[-1] == "99.0.live", command


def read_version(src):
    for line in open(os.path.join(str(src), "esptool.py")):
        if line.startswith("__version__"):
            return line.split('"')[1]
    raise AssertionError("no __version__ in esptool.py")


def test_a_serial_command_without_pyserial_says_what_is_missing(tmp_path):
    # -I -S: no site-packages, so no pyserial; the copy alone stands for a vendored esptool.py.
    shutil.copy(os.path.join(ROOT, "esptool.py"), tmp_path / "esptool.py")
    result = run_tool(tmp_path / "esptool.py", "--port", "/dev/ttyUSB0", "read_mac",
                      python=[sys.executable, "-I", "-S"], cwd=tmp_path, timeout=60)
    fatal = assert_one_fatal_line(result)
    assert only_the_error(result.stderr)
    assert fatal == ("A fatal error occurred: this command talks to a chip and needs pyserial, "
                     "which is not installed")
