"""esptool.cfg (issue 23, point 2): found where upstream 5.x finds it, every setting
5.x knows honoured, a wrong one refused in one line naming the file and the
setting, and one line saying which file was loaded (docs/config.md)."""
import os

import pytest

from conftest import assert_one_fatal_line, output_of, run_tool

LOADED = "Loaded custom configuration from "


@pytest.fixture
def user(tmp_path):
    """A user's world: .cwd (where the command is typed), .home, .env (HOME pointing
    there, no ESPTOOL_* variables), and .write(path, text)."""
    class User:
        cwd = tmp_path / "project"
        home = tmp_path / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith("ESPTOOL_")}

        def write(self, path, text):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            return path

        def esptool(self, *args, **env):
            return run_tool("esptool", *args, cwd=self.cwd, env=dict(self.env, **env))
    User.cwd.mkdir()
    User.home.mkdir()
    User.env["HOME"] = str(User.home)
    return User()


def loaded_from(result):
    lines = [line for line in output_of(result).splitlines() if line.startswith(LOADED)]
    assert len(lines) == 1, output_of(result)
    return lines[0][len(LOADED):]


def section(**settings):
    return "[esptool]\n" + "".join("%s = %s\n" % item for item in settings.items())


# -- where the file is found --------------------------------------------------------------

def test_the_home_directory_is_the_last_place_looked(user):
    found = user.write(user.home / "esptool.cfg", section(timeout=5))
    result = user.esptool("version")
    assert result.returncode == 0, output_of(result)
    assert loaded_from(result) == str(found)


def test_the_user_config_directory_comes_before_home(user):
    user.write(user.home / "esptool.cfg", section(timeout=5))
    found = user.write(user.home / ".config" / "esptool" / "esptool.cfg", section(timeout=6))
    assert loaded_from(user.esptool("version")) == str(found)


def test_the_current_directory_comes_first_and_tox_ini_counts(user):
    user.write(user.home / ".config" / "esptool" / "esptool.cfg", section(timeout=6))
    found = user.write(user.cwd / "tox.ini", "[tox]\nenvlist = py3\n\n" + section(timeout=7))
    assert loaded_from(user.esptool("version")) == str(found)


def test_a_setup_cfg_without_an_esptool_section_is_passed_over(user):
    user.write(user.cwd / "setup.cfg", "[flake8]\nmax-line-length = 100\n")
    found = user.write(user.cwd / "tox.ini", section(timeout=7))
    assert loaded_from(user.esptool("version")) == str(found)


def test_esptool_cfg_wins_over_setup_cfg_in_one_directory(user):
    user.write(user.cwd / "setup.cfg", section(timeout=8))
    found = user.write(user.cwd / "esptool.cfg", section(timeout=7))
    assert loaded_from(user.esptool("version")) == str(found)


def test_esptool_cfgfile_comes_before_everything(user, tmp_path):
    user.write(user.cwd / "esptool.cfg", section(timeout=7))
    named = user.write(tmp_path / "elsewhere" / "mine.cfg", section(timeout=9))
    result = user.esptool("version", ESPTOOL_CFGFILE=str(named))
    assert loaded_from(result) == "%s (set with ESPTOOL_CFGFILE)" % named


def test_without_a_file_nothing_is_said(user):
    result = user.esptool("version")
    assert result.returncode == 0
    assert LOADED not in output_of(result)


# -- what is refused, in one line naming the file and the setting --------------------------

def test_an_unknown_setting_is_refused_with_its_file_and_a_suggestion(user):
    path = user.write(user.cwd / "esptool.cfg", section(conect_attempts=1))
    result = user.esptool("version")
    assert_one_fatal_line(result, str(path), "'conect_attempts'")
    assert "did you mean 'connect_attempts'" in output_of(result)


@pytest.mark.parametrize("key, value", [("timeout", "fast"), ("connect_attempts", "-1"),
                                        ("write_block_attempts", "0"),
                                        ("custom_reset_sequence", "D0|X1|W0.1")])
def test_a_bad_value_is_refused_with_its_file_and_setting(user, key, value):
    path = user.write(user.cwd / "esptool.cfg", section(**{key: value}))
    assert_one_fatal_line(user.esptool("version"), str(path), "'%s'" % key)


def test_an_esptool_cfgfile_that_is_not_there_is_refused(user, tmp_path):
    result = user.esptool("version", ESPTOOL_CFGFILE=str(tmp_path / "missing.cfg"))
    assert_one_fatal_line(result, "ESPTOOL_CFGFILE", "missing.cfg")


def test_a_broken_esptool_cfg_is_refused_but_a_broken_tox_ini_is_passed_over(user):
    user.write(user.cwd / "tox.ini", "this is not an INI file\n")
    found = user.write(user.home / "esptool.cfg", section(timeout=5))
    assert loaded_from(user.esptool("version")) == str(found)
    broken = user.write(user.cwd / "esptool.cfg", "[esptool\ntimeout = 5\n")
    assert_one_fatal_line(user.esptool("version"), str(broken))


# -- every setting does what 5.x makes it do ------------------------------------------------

def test_connect_attempts_one_gives_up_after_one_reset(user, espsim_server):
    # Issue 23: 5.6 gave up after one attempt, ours went through all seven (17.7 s).
    sim = espsim_server("esp32", refuse_download=True, trace=False)
    user.write(user.cwd / "esptool.cfg", section(connect_attempts=1))
    result = user.esptool("--port", sim.url, "read_mac")
    assert_one_fatal_line(result, "Failed to connect")
    connecting = next(line for line in result.stdout.splitlines()
                      if line.startswith("Connecting"))
    # One reset and its five SYNCs: five dots; a second reset would print "_" (ESP32 rev0 timing).
    assert connecting == "Connecting..." + ".....", result.stdout


def test_the_timeouts_reach_every_command(user, espsim_server, tmp_path):
    sim = espsim_server("esp32", in_process=True)
    user.write(user.cwd / "esptool.cfg", section(timeout=7, sync_timeout=0.25,
                                                 md5_timeout_per_mb=900,
                                                 erase_region_timeout_per_mb=500,
                                                 max_timeout=1000))
    image = user.write(tmp_path / "app.bin", "x" * 4096)
    result = user.esptool("--port", sim.url, "--trace", "write_flash", "0x10000", image)
    assert result.returncode == 0, output_of(result)
    out = result.stdout
    assert "op=0x08 data len=36 timeout=0.250" in out                  # SYNC
    assert "op=0x0a data len=4 timeout=7.000" in out                   # READ_REG
    assert "op=0x13 data len=16 timeout=7.000" in out                  # SPI_FLASH_MD5: 4 KiB
    result = user.esptool("--port", sim.url, "--trace", "erase_region", "0x100000", "0x100000")
    assert "op=0xd1 data len=8 timeout=%.3f" % (500 * 0x100000 / 1e6) in result.stdout


def test_chip_erase_timeout_also_raises_the_longest_wait_as_in_5x(user, espsim_server):
    sim = espsim_server("esp32", in_process=True)
    user.write(user.cwd / "esptool.cfg", section(chip_erase_timeout=300))
    result = user.esptool("--port", sim.url, "--trace", "erase_flash")
    assert result.returncode == 0, output_of(result)
    assert "op=0xd0 data len=0 timeout=300.000" in result.stdout    # not capped at 240


def test_custom_reset_sequences_drive_the_lines(user, espsim_server):
    sim = espsim_server("esp32", in_process=True)
    user.write(user.cwd / "esptool.cfg", section(
        custom_reset_sequence="D1|D0|R1|W0.1|U1,0|W0.05|D0",
        custom_hard_reset_sequence="D1|R1|W0.02|D0|R0"))
    result = user.esptool("--port", sim.url, "read_mac")
    assert result.returncode == 0, output_of(result)
    assert "Custom reset sequence executed: D1|R1|W0.02|D0|R0" in result.stdout
    with open(sim.trace_path) as f:
        events = [line[2:].strip() for line in f
                  if line.startswith(("# lines ", "# boot download"))]
    booted = events.index("boot download (poweron)")
    # Opening the port releases both lines; then the sequence, whose first step (DTR
    # alone) the built-in reset never takes; U1,0 sets DTR, then releases RTS.
    assert events[2:booted] == ["lines dtr=1 rts=0", "lines dtr=0 rts=0", "lines dtr=0 rts=1",
                                "lines dtr=1 rts=1", "lines dtr=1 rts=0", "lines dtr=0 rts=0"]
    assert events[booted + 1:booted + 4] == ["lines dtr=1 rts=0", "lines dtr=1 rts=1",
                                             "lines dtr=0 rts=1"], events


def test_open_port_attempts_tries_a_port_that_will_not_open_again(user):
    user.write(user.cwd / "esptool.cfg", section(open_port_attempts=3))
    result = user.esptool("--port", "rfc2217://127.0.0.1:1", "read_mac")
    assert_one_fatal_line(result, "127.0.0.1:1")
    assert "Retrying failed connection" in result.stdout


def test_write_block_attempts_one_gives_up_on_the_first_bad_block(user, espsim_server,
                                                                   tmp_path):
    image = user.write(tmp_path / "app.bin", "y" * 8192)
    sim = espsim_server("esp32", corrupt_at=3000, trace=False)
    user.write(user.cwd / "esptool.cfg", section(write_block_attempts=1))
    result = user.esptool("--port", sim.url, "--no-stub", "write_flash", "-u", "0x10000", image)
    assert_one_fatal_line(result, "checksum mismatch")
