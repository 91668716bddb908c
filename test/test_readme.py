"""The README's Quick start does what it says."""
import os
import re
import shutil
import subprocess
import sys

from conftest import ROOT


def quick_start_commands():
    text = open(ROOT + "/README.md").read()
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_quick_start_has_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert commands[1] == "./test/run.sh"


def test_quick_start_flashes_the_example_and_verifies_it(tmp_path):
    # The whole command: where the venv module is there (as here: run.sh installed it),
    # it must not touch apt.
    command = quick_start_commands()[0]
    work = tmp_path / "checkout"
    shutil.copytree(ROOT, work, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "*.egg-info", "build", "__pycache__", ".pytest_cache", ".hypothesis"))
    result = subprocess.run(command, shell=True, cwd=work, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Hash of data verified." in result.stdout
    assert "verify OK" in result.stdout
    image = (work / "examples" / "demo-esp32.bin").read_bytes()
    flash = (work / "demo-flash.bin").read_bytes()
    assert flash[0x1000:0x1000 + len(image)] == image


def quoted_quick_start_output():
    text = open(ROOT + "/README.md").read()
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    quoted = section.split("It ends with", 1)[1]
    return re.search(r"```\n(.*?)\n```", quoted, re.S).group(1).splitlines()


def as_pattern(line):
    """A quoted line as a pattern: compressed sizes, times and rates may differ."""
    for number in (r"(?<=to )\d+(?=\.\.\.)", r"(?<=\()\d+(?= compressed)",
                   r"(?<=in )[\d.]+(?= seconds)", r"(?<=effective )[\d.]+"):
        line = re.sub(number, "NUMBER", line)
    return "^" + re.escape(line).replace("NUMBER", r"[\d.]+") + "$"


def test_quick_start_output_is_what_it_prints(tmp_path):
    command = quick_start_commands()[0]
    write = command[command.index("write_flash"):]
    result = subprocess.run([sys.executable, os.path.join(ROOT, "esptool.py"), "--port",
                             "espsim://esp32?flash=%s" % (tmp_path / "demo-flash.bin")]
                            + write.split(), cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    quoted = quoted_quick_start_output()
    lines = result.stdout.splitlines()
    start = len(lines) - len(quoted)
    for line, printed in zip(quoted, lines[start:]):
        assert re.match(as_pattern(line), printed), (line, printed)


def python_example():
    text = open(ROOT + "/README.md").read()
    section = text.split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    examples = re.findall(r"```python\n(.*?)\n```", section, re.S)
    assert len(examples) == 1
    return examples[0]


def test_the_python_example_runs_against_espsim(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT + "/examples")
    result = subprocess.run([sys.executable, "-c", python_example()], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PYTHONPATH=ROOT))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "ESP32 24:0a:c4:01:02:03 4194304"
    image = (tmp_path / "examples" / "demo-esp32.bin").read_bytes()
    assert lines[-3] == "written %d of %d bytes" % (len(image), len(image))
    assert lines[-2] == "image header " + image[:4].hex()
    assert lines[-1] == "checksum valid: True - segments: 9"
    flash = (tmp_path / "flash.bin").read_bytes()
    assert flash[0x1000:0x1000 + len(image)] == image


def apt_part(tmp_path, with_sudo):
    """Run the Quick start's apt part with a python3 that lacks ensurepip, a recording
    apt-get and (or not) a recording sudo on PATH; -> the commands recorded."""
    first = quick_start_commands()[0]
    command = first[:first.index(" && python3 -m venv")]
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "log"
    scripts = {"python3": "exit 1",      # every python3 -c here imports ensurepip
               "apt-get": 'echo "apt-get $*" >> %s' % log}
    if with_sudo:
        scripts["sudo"] = 'echo "sudo $*" >> %s; "$@"' % log
    for name, body in scripts.items():
        (bindir / name).write_text("#!/bin/sh\n" + body + "\n")
        (bindir / name).chmod(0o755)
    result = subprocess.run(["/bin/sh", "-c", command], env={"PATH": str(bindir)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return log.read_text().splitlines()


def test_quick_start_installs_venv_as_root_where_there_is_no_sudo(tmp_path):
    assert apt_part(tmp_path, with_sudo=False) == [
        "apt-get update", "apt-get install -y python3-venv"]


def test_quick_start_installs_venv_through_sudo_where_there_is_one(tmp_path):
    assert apt_part(tmp_path, with_sudo=True) == [
        "sudo apt-get update", "apt-get update",
        "sudo apt-get install -y python3-venv", "apt-get install -y python3-venv"]
