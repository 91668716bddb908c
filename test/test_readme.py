"""The README's Quick start does what it says."""
import re
import shutil
import subprocess

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
    first = quick_start_commands()[0]
    # The apt-get part needs root and is the machine's business; run the rest.
    command = first[first.index("python3 -m venv"):]
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
