"""Shell completion (issue 23, point 4): `esptool.py completion bash|zsh` prints a
script made from the argparse table; bash, with it sourced and COMP_WORDS set as
bash sets them, completes commands, options and their values."""
import shutil
import subprocess

import pytest

from conftest import output_of, run_tool

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory):
    result = run_tool("esptool", "completion", "bash")
    assert result.returncode == 0, output_of(result)
    path = tmp_path_factory.mktemp("completion") / "esptool.bash"
    path.write_text(result.stdout)
    return path


def complete(script, *words):
    """What bash offers for the command line `words` (the last one being typed)."""
    line = " ".join("'%s'" % w for w in words)
    program = ('source "%s"; COMP_WORDS=(%s); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); '
               'COMPREPLY=(); %s; printf "%%s\\n" "${COMPREPLY[@]}"'
               % (script, line, complete_function(script)))
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return sorted(filter(None, result.stdout.splitlines()))


def complete_function(script):
    """The function the script registers for esptool.py (`complete -F NAME esptool.py`)."""
    last = script.read_text().rstrip().splitlines()[-1].split()
    assert last[:2] == ["complete", "-o"] and "esptool.py" in last and "esptool" in last
    return last[last.index("-F") + 1]


def test_a_command_name_completes(bash_script):
    assert complete(bash_script, "esptool.py", "write_fl") == ["write_flash",
                                                               "write_flash_status"]
    assert complete(bash_script, "esptool.py", "--port", "/dev/ttyUSB0", "read-m") == [
        "read-mac", "read-mem"]                                  # the 5.x spelling too


def test_an_option_of_the_command_completes(bash_script):
    assert complete(bash_script, "esptool.py", "write_flash", "--flash_m") == ["--flash_mode"]
    assert "--verify" in complete(bash_script, "esptool.py", "-p", "x", "write_flash", "--")
    assert complete(bash_script, "esptool.py", "--ch") == ["--chip"]


def test_option_values_complete_from_their_choices(bash_script):
    assert complete(bash_script, "esptool.py", "--chip", "esp32c") == [
        "esp32c2", "esp32c3", "esp32c5", "esp32c6", "esp32c61"]
    assert complete(bash_script, "esptool.py", "write_flash", "--flash_mode", "d") == ["dio",
                                                                                       "dout"]
    assert complete(bash_script, "esptool.py", "write-flash", "--flash-size", "4") == [
        "4MB", "4MB-c1"]


def test_the_zsh_script_runs_the_same_function_through_bashcompinit(bash_script):
    result = run_tool("esptool", "completion", "zsh")
    assert result.returncode == 0, output_of(result)
    zsh = result.stdout.splitlines()
    assert zsh[1] == "autoload -U +X bashcompinit && bashcompinit"
    assert zsh[2:] == bash_script.read_text().splitlines()[1:]
