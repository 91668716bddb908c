"""The 5.x compatibility mode (issue 26; docs/compat.md): asked for three ways, it makes
the tools word their output, errors and images as upstream 5.6 does; not asked for, the
output stays v2.3's."""
import json
import os
import re
import shutil
import subprocess

import pytest

from conftest import (ROOT, assert_one_fatal_line, output_of, read, run_main, run_tool,
                      write)
from oracle import upstream_cmd

ELF_DIR = os.path.join(ROOT, "test", "elf")
SECURE_DIR = os.path.join(ROOT, "test", "data", "secure")


def esp32_image(tmp_path, name="app.bin"):
    """An ESP32 image made by v2.3's rules from test/elf/esp32_app.elf -> its path."""
    out = tmp_path / name
    result = run_main("esptool", "--chip", "esp32", "elf2image", "-o", out,
                      os.path.join(ELF_DIR, "esp32_app.elf"))
    assert result.returncode == 0, output_of(result)
    return out


def env_with(**values):
    env = {k: v for k, v in os.environ.items() if k not in ("ESPTOOL_COMPAT", "ESPTOOL_CFGFILE")}
    env.update(values)
    return env


# -- asking for it -----------------------------------------------------------------------

def test_without_the_mode_image_info_speaks_v23(tmp_path):
    image = esp32_image(tmp_path)
    out = run_tool("esptool", "image_info", image, env=env_with()).stdout
    assert out.startswith("esptool.py v")
    assert "\nEntry point: 4008" in out and "Checksum: " in out
    assert "ESP32 Image Header" not in out and "Entry point: 0x" not in out


@pytest.mark.parametrize("how", ["option", "option=", "environment", "config file"])
def test_each_way_of_asking_gives_5x_image_info(how, tmp_path):
    image = esp32_image(tmp_path)
    args, env = ["image_info", image], env_with()
    if how == "option":
        args = ["--compat", "5"] + args
    elif how == "option=":
        args = ["--compat=5"] + args
    elif how == "environment":
        env["ESPTOOL_COMPAT"] = "5"
    else:
        cfg = tmp_path / "esptool.cfg"
        write(cfg, b"[esptool]\ncompat = 5\n")
        env["ESPTOOL_CFGFILE"] = str(cfg)
    result = run_tool("esptool", *args, env=env)
    assert result.returncode == 0, output_of(result)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("esptool v")
    assert "ESP32 Image Header" in lines and "Segments Information" in lines
    assert any(line.startswith("Entry point: 0x4008") for line in lines)
    assert any(line.startswith("Checksum: 0x") and line.endswith("(valid)") for line in lines)


def test_the_option_wins_over_the_environment(tmp_path):
    image = esp32_image(tmp_path)
    out = run_tool("esptool", "--compat", "2", "image_info", image,
                   env=env_with(ESPTOOL_COMPAT="5")).stdout
    assert out.startswith("esptool.py v") and "ESP32 Image Header" not in out


@pytest.mark.parametrize("args, env", [
    (["--compat", "4", "version"], {}),
    (["version"], {"ESPTOOL_COMPAT": "six"}),
])
def test_an_unknown_level_is_one_fatal_line(args, env):
    assert_one_fatal_line(run_tool("esptool", *args, env=env_with(**env)),
                          "is no compatibility level")


def test_an_unknown_level_in_the_config_file_names_the_file(tmp_path):
    cfg = tmp_path / "esptool.cfg"
    write(cfg, b"[esptool]\ncompat = 3\n")
    assert_one_fatal_line(run_tool("esptool", "version", env=env_with(ESPTOOL_CFGFILE=str(cfg))),
                          str(cfg), "compat")


def test_the_mode_does_not_outlive_its_run(tmp_path):
    """In one process (the Python API, the tests), a run in the mode leaves the next v2.3's."""
    image = esp32_image(tmp_path)
    assert "ESP32 Image Header" in run_main("esptool", "--compat", "5", "image_info", image).stdout
    out = run_main("esptool", "image_info", image).stdout
    assert "ESP32 Image Header" not in out and out.startswith("esptool.py v")


# -- what it changes ---------------------------------------------------------------------

def test_merge_bin_in_the_mode_words_uf2_output_as_5x(tmp_path):
    data = tmp_path / "a.bin"
    write(data, bytes(range(256)) * 4)
    out = tmp_path / "out.uf2"
    result = run_tool("esptool", "--compat", "5", "--chip", "esp32", "merge_bin", "--format",
                      "uf2", "-o", out, "0x100", data, env=env_with())
    assert result.returncode == 0, output_of(result)
    assert "Adding '%s' at 0x100..." % data in result.stdout
    assert ("bytes to file '%s', ready to be flashed with any ESP USB Bridge." % out
            in result.stdout)


def test_data_written_to_stdout_is_not_translated(tmp_path):
    """merge_bin -o -: the bytes on stdout are the same in both modes."""
    data = tmp_path / "a.bin"
    write(data, b"Adding x at 0x0\n" * 64)
    argv = ["--chip", "esp32", "merge_bin", "-o", "-", "0x0", data]
    plain = run_tool("esptool", *argv, text=False, env=env_with())
    in_mode = run_tool("esptool", "--compat", "5", *argv, text=False, env=env_with())
    assert plain.returncode == in_mode.returncode == 0
    assert in_mode.stdout == plain.stdout == read(data)


@pytest.mark.parametrize("chip, elf, version", [
    ("esp32", "esp32_app.elf", "1"),
    ("esp32", "esp32_page_start_shape.elf", "1"),
    ("esp32", "esp32_shared_page.elf", "1"),
    ("esp8266", "esp8266_sdk.elf", "1"),
    ("esp8266", "esp8266_sdk.elf", "2"),
    ("esp8266", "esp8266_ota.elf", "2"),
])
def test_elf2image_in_the_mode_writes_5x_bytes(chip, elf, version, tmp_path):
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    shutil.copy(os.path.join(ELF_DIR, elf), str(tmp_path))
    argv = ["--chip", chip, "elf2image", "--version", version, "-o"]
    result = run_tool("esptool", "--compat", "5", *argv, ours / "app", tmp_path / elf,
                      env=env_with())
    assert result.returncode == 0, output_of(result)
    upstream = subprocess.run(upstream_cmd("5") + argv + [str(theirs / "app"), str(tmp_path / elf)],
                              cwd=str(tmp_path), capture_output=True, timeout=120)
    assert upstream.returncode == 0, output_of(upstream)
    files = sorted(os.listdir(str(theirs)))
    assert sorted(os.listdir(str(ours))) == files
    for name in files:
        assert read(ours / name) == read(theirs / name), name
    assert "Creating %s image..." % chip.upper() in result.stdout


def test_without_the_mode_esp32_images_stay_v231s(tmp_path):
    """The mode's rules are for its runs only: esp32_page_start_shape keeps v2.3.1's
    unpadded flash segment (test_images.py has the layout)."""
    shutil.copy(os.path.join(ELF_DIR, "esp32_page_start_shape.elf"), str(tmp_path))
    for argv in (["--compat", "5"], []):
        result = run_main("esptool", *argv, "--chip", "esp32", "elf2image", "-o",
                          tmp_path / ("%d.bin" % len(argv)),
                          tmp_path / "esp32_page_start_shape.elf")
        assert result.returncode == 0, output_of(result)
    assert read(tmp_path / "2.bin") != read(tmp_path / "0.bin")
    v23 = run_main("esptool", "--chip", "esp32", "elf2image", "-o", tmp_path / "again.bin",
                   tmp_path / "esp32_page_start_shape.elf")
    assert v23.returncode == 0
    assert read(tmp_path / "again.bin") == read(tmp_path / "0.bin")


def test_espsecure_in_the_mode(tmp_path):
    small = tmp_path / "small.bin"
    write(small, bytes(100))
    key = os.path.join(SECURE_DIR, "p384_key.pem")
    argv = ["verify_signature", "--version", "2", "--keyfile", key, small]
    plain = run_tool("espsecure", *argv, env=env_with())
    assert plain.stdout.startswith("espsecure.py v")
    in_mode = run_tool("espsecure", "--compat", "5", *argv, env=env_with())
    assert in_mode.stdout.startswith("espsecure v")
    assert_one_fatal_line(in_mode, "Invalid datafile. Data size should be non-zero & a "
                                   "multiple of 4096.")
    skipping = run_tool("espsecure", *argv[:-1], "--skip-padding", small,
                        env=env_with(ESPTOOL_COMPAT="5"))
    assert_one_fatal_line(skipping, "Invalid datafile. File too small (must be at least "
                                    "4096 bytes).")


def test_espefuse_in_the_mode():
    """The ESP32's summary: the same rows, under 5.x's banner and header in the mode."""
    plain = run_tool("espefuse", "--virt", "summary", env=env_with())
    in_mode = run_tool("espefuse", "--compat", "5", "--virt", "summary", env=env_with())
    assert plain.returncode == in_mode.returncode == 0
    assert plain.stdout.startswith("espefuse.py v")
    assert in_mode.stdout.startswith("espefuse v")
    assert "EFUSE_NAME (Block)" in in_mode.stdout and "EFUSE_NAME (Block)" not in plain.stdout
    assert "(CRC 0x00 OK)" in in_mode.stdout and "(CRC 00 OK)" in plain.stdout
    rows = [line.split()[0] for line in plain.stdout.splitlines() if " = " in line]
    assert '\n=== Run "summary" command ===\n' in in_mode.stdout
    table = in_mode.stdout.split("EFUSE_NAME (Block)", 1)[1].splitlines()[1:]
    assert rows == [line.split()[0] for line in table if " = " in line]


def test_espefuse_esp32_takes_5x_command_line_in_the_mode(tmp_path):
    """5.x's line: an empty eFuse file is a blank chip, several fields and commands in one
    call, -d; without the mode the same line is refused."""
    efuse_file = tmp_path / "efuses"
    efuse_file.write_bytes(b"")
    argv = ["--chip", "esp32", "--virt", "--path-efuse-file", str(efuse_file), "-d",
            "--do-not-confirm", "burn-efuse", "JTAG_DISABLE", "1", "CHIP_VER_REV1", "1",
            "check-error"]
    plain = run_tool("espefuse", *argv, env=env_with())
    assert plain.returncode == 2 and efuse_file.read_bytes() == b""
    in_mode = run_tool("espefuse", *argv, env=env_with(ESPTOOL_COMPAT="5"))
    assert in_mode.returncode == 0, in_mode.stdout + in_mode.stderr
    assert "BLOCK0          (                ) [0 ] read_regs: 00000000" in in_mode.stdout
    assert in_mode.stdout.rstrip().endswith("No errors detected.")
    shown = run_tool("espefuse", "--chip", "esp32", "--path-efuse-file", str(efuse_file),
                     "summary", "--format", "value_only", "JTAG_DISABLE",
                     env=env_with(ESPTOOL_COMPAT="5"))
    assert shown.stdout.splitlines()[-1] == "1"


def test_on_a_chip_the_mode_words_the_connection_as_5x(tmp_path):
    """espsim over its in-process URL: the same run in both modes, 5.6's labels in the mode."""
    url = "espsim://esp32?flash=%s&size=1MB" % (tmp_path / "flash.bin")
    argv = ["--port", url, "--connect-attempts", "2", "read_mac"]
    plain = run_tool("esptool", *argv, env=env_with())
    in_mode = run_tool("esptool", "--compat", "5", *argv, env=env_with())
    assert plain.returncode == in_mode.returncode == 0, output_of(in_mode)
    assert "\nChip is ESP32" in plain.stdout and "\nMAC: " in plain.stdout
    assert "\nChip type:          ESP32" in in_mode.stdout
    assert "\nFeatures:           WiFi" in in_mode.stdout
    assert "\nMAC:                " in in_mode.stdout
    assert "Chip is" not in in_mode.stdout


# -- esptool.py on a chip in the mode (docs/compat.md §7) ----------------------------------

def espsim_url(tmp_path):
    return "espsim://esp32?flash=%s&size=1MB" % (tmp_path / "flash.bin")


def test_in_the_mode_every_chip_command_runs_the_stub_and_traces_as_5x(tmp_path):
    argv = ["--port", espsim_url(tmp_path), "--connect-attempts", "2", "--trace", "flash_id"]
    plain = run_tool("esptool", *argv, env=env_with())
    in_mode = run_tool("esptool", "--compat", "5", *argv, env=env_with())
    assert plain.returncode == in_mode.returncode == 0, output_of(in_mode)
    assert "Stub running" not in plain.stdout and "--- Cmd" not in plain.stdout
    assert "Stub flasher running." in in_mode.stdout
    assert re.search(r"\n  TRACE \+\d\.\d{3}   --- Cmd READ_REG \(0x0a\) \| data_len 4 \| "
                     r"wait_response 1 \| timeout \d\.\d{3} \| data [0-9a-f]{8} ---\n",
                     in_mode.stdout)
    assert re.search(r"TRACE \+\d\.\d{3}   Write \d+ bytes: +\n    c0", in_mode.stdout)
    assert "   Received full packet: 4f484149\n" in in_mode.stdout      # the stub's OHAI


def test_in_the_mode_dump_mem_and_the_flash_status_say_5x_lines(tmp_path):
    dump = tmp_path / "mem.bin"
    argv = ["--port", espsim_url(tmp_path), "--connect-attempts", "2"]
    dumped = run_tool("esptool", "--compat", "5", *argv, "dump_mem", "0x3ffb0000", "64", dump,
                      env=env_with())
    assert dumped.returncode == 0, output_of(dumped)
    assert re.search(r"\nDumped 64 bytes from 0x3ffb0000 in \d+\.\d seconds.* to '%s'\.\n"
                     % re.escape(str(dump)), dumped.stdout)
    assert "Done!" not in dumped.stdout and len(read(dump)) == 64
    status = run_tool("esptool", "--compat", "5", *argv, "read_flash_status", env=env_with())
    assert re.search(r"\nFlash memory status: 0x[0-9a-f]{4}\n", status.stdout), output_of(status)


def test_in_the_mode_the_config_file_is_read_by_56s_rules(tmp_path):
    cfg = tmp_path / "esptool.cfg"
    write(cfg, b"[esptool]\nconnect_attempts = 3\ntimoout = 2\nbits = 2\n")
    env = env_with(ESPTOOL_CFGFILE=str(cfg))
    assert_one_fatal_line(run_tool("esptool", "version", env=env), "unknown setting 'timoout'")
    in_mode = run_tool("esptool", "--compat", "5", "version", env=env)
    assert in_mode.returncode == 0, output_of(in_mode)
    assert "WARNING: Ignoring unknown config options: bits, timoout" in output_of(in_mode)
    assert "Loaded custom configuration from %s (set with ESPTOOL_CFGFILE)" % cfg \
        in in_mode.stdout


def test_in_the_mode_an_unaligned_write_erases_before_it_as_5x_says(tmp_path):
    data = tmp_path / "data.bin"
    write(data, bytes(range(1, 101)))
    argv = ["--port", espsim_url(tmp_path), "--connect-attempts", "2", "--no-stub",
            "write_flash", "0x1001", data]
    assert_one_fatal_line(run_tool("esptool", *argv, env=env_with()), "not a multiple of 4")
    write(tmp_path / "flash.bin", b"\x00" * 0x2000 + b"\xff" * (0x100000 - 0x2000))
    in_mode = run_tool("esptool", "--compat", "5", *argv, env=env_with())
    assert in_mode.returncode == 0, output_of(in_mode)
    assert ("Note: Flash address 0x00001001 is not aligned to a 0x1000 byte flash sector. "
            "0x1 bytes before this address will be erased.") in in_mode.stdout
    flash = read(tmp_path / "flash.bin")
    assert flash[0x1000:0x1065] == b"\xff" + bytes(range(1, 101))
    assert flash[:0x1000] == b"\x00" * 0x1000           # the sector before is not touched


# -- fatal errors, the config file's warnings, elf2image's chip, the help: as 5.6 -----------

def upstream_56(tool, *argv, cwd):
    """upstream 5.6.0's `tool` run on the same files (in `cwd`) -> CompletedProcess."""
    return subprocess.run(upstream_cmd("5", tool) + [str(a) for a in argv], cwd=str(cwd),
                          capture_output=True, text=True, timeout=120, env=env_with())


def combined_output(tool, *argv, cwd, env):
    """stdout and stderr in one stream, as a terminal or `2>&1` shows them."""
    from conftest import tool_argv
    return subprocess.run(tool_argv(tool, *argv), cwd=str(cwd), env=env, timeout=120,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout


@pytest.mark.parametrize("tool, argv, content", [
    ("esptool", ["--chip", "esp32", "image_info", "file.bin"], b"\x3f" + bytes(99)),
    ("espsecure", ["verify_signature", "--version", "2", "--keyfile",
                   os.path.join(SECURE_DIR, "p384_key.pem"), "file.bin"], bytes(100)),
    ("espefuse", ["--virt", "--chip", "esp32", "burn_key", "flash_encryption", "file.bin"],
     bytes(8)),
], ids=["esptool", "espsecure", "espefuse"])
def test_in_the_mode_a_fatal_error_is_said_as_56_says_it(tool, argv, content, tmp_path):
    """5.6 puts 'ERROR: ' before the line (esptool: on it, after an empty line on stdout;
    espsecure and espefuse: on a line of its own), on stderr, exit status 2."""
    write(tmp_path / "file.bin", content)
    ours = run_tool(tool, "--compat", "5", *argv, cwd=tmp_path, env=env_with())
    theirs = upstream_56(tool, *[a.replace("_", "-") if a in COMMANDS else a for a in argv],
                         cwd=tmp_path)
    assert ours.returncode == theirs.returncode == 2, output_of(theirs)
    assert ours.stderr == theirs.stderr, output_of(ours)
    if tool == "esptool":
        assert ours.stdout.endswith("\n\n") and theirs.stdout.endswith("\n\n")
    plain = run_tool(tool, *argv, cwd=tmp_path, env=env_with())
    assert plain.stderr.startswith("\n" + FATAL_LINE_START), output_of(plain)


FATAL_LINE_START = "A fatal error occurred: "
COMMANDS = ("image_info", "verify_signature", "burn_key")     # 5.x spells them with dashes


RIGHT_PORT_56 = "Please make sure you specified the right port with --port."


@pytest.mark.parametrize("chip", ["esp32", "esp32c3"])
def test_in_the_mode_espefuse_asks_for_the_right_port_as_56_does(chip, tmp_path):
    """5.6 ends a port that cannot be opened with an empty line and RIGHT_PORT_56, after
    the error's hint, on stderr; without the mode the error ends at its hint."""
    argv = ["--chip", chip, "--port", "/dev/no-such-port", "summary"]
    ours = run_tool("espefuse", "--compat", "5", *argv, cwd=tmp_path, env=env_with())
    theirs = upstream_56("espefuse", *argv, cwd=tmp_path)
    assert ours.returncode == theirs.returncode == 2, output_of(theirs)
    for result in (ours, theirs):
        lines = result.stderr.splitlines()
        assert lines[-2:] == ["", RIGHT_PORT_56], output_of(result)
        assert lines[-3].startswith("Hint: "), output_of(result)
    assert RIGHT_PORT_56 not in ours.stdout and RIGHT_PORT_56 not in theirs.stdout
    plain = run_tool("espefuse", *argv, cwd=tmp_path, env=env_with())
    assert plain.returncode == 2 and RIGHT_PORT_56 not in output_of(plain)
    assert plain.stderr.splitlines()[-1].startswith("Hint: "), output_of(plain)


@pytest.mark.parametrize("chip, purpose", [("esp32c3", "XTS_AES_128_KEY"),
                                           ("esp32s3", "XTS_AES_256_KEY")])
def test_in_the_mode_a_key_file_of_the_wrong_size_is_said_as_56_says_it(chip, purpose,
                                                                         tmp_path):
    """burn-key on a newer chip with an 8-byte key file: 5.6's fatal line, word for word."""
    write(tmp_path / "short.bin", bytes(range(8)))
    for name in ("ours", "theirs"):
        write(tmp_path / name, b"")
    argv = ["--chip", chip, "--virt", "--do-not-confirm", "burn-key", "BLOCK_KEY0",
            "short.bin", purpose]
    ours = run_tool("espefuse", "--compat", "5", "--path-efuse-file", "ours", *argv,
                    cwd=tmp_path, env=env_with())
    theirs = upstream_56("espefuse", "--path-efuse-file", "theirs", *argv, cwd=tmp_path)
    assert ours.returncode == theirs.returncode == 2, output_of(theirs)
    assert "Incorrect key file size 8" in theirs.stderr
    assert ours.stderr == theirs.stderr, output_of(ours)


def virtual_esp32_json_summaries(tmp_path, burn):
    """{"ours": ..., "theirs": ...}: each tool's `summary --format json` of a virtual ESP32
    of its own after the same `burn` command line (ours in the mode, theirs 5.6's)."""
    entries = {}
    for name in ("ours", "theirs"):
        write(tmp_path / name, b"")
        argv = ["--chip", "esp32", "--virt", "--path-efuse-file", name]
        show = ["summary", "--format", "json", "--file", name + ".json"]
        if name == "ours":
            results = [run_tool("espefuse", "--compat", "5", *argv, *cmd, cwd=tmp_path,
                                env=env_with()) for cmd in (burn, show)]
        else:
            results = [upstream_56("espefuse", *argv, *cmd, cwd=tmp_path) for cmd in (burn, show)]
        assert [r.returncode for r in results] == [0, 0], output_of(results[-1])
        entries[name] = json.loads(read(tmp_path / (name + ".json")))
    return entries


def test_in_the_mode_the_esp32s_json_summary_gives_numbers_as_56_does(tmp_path):
    """summary --format json after the same burns: each number field's value is the JSON
    number 5.6 gives, not its text."""
    entries = virtual_esp32_json_summaries(tmp_path, [
        "--do-not-confirm", "burn-efuse", "CLK8M_FREQ", "0xa5", "SPI_PAD_CONFIG_CLK", "5",
        "MAC_VERSION", "3"])
    numbers = {k: e["value"] for k, e in entries["theirs"].items()
               if isinstance(e["value"], int) and not isinstance(e["value"], bool)}
    assert numbers["CLK8M_FREQ"] == 165 and numbers["ADC_VREF"] == 1100
    ours = {k: entries["ours"][k]["value"] for k in numbers if k in entries["ours"]}
    assert len(ours) >= 15 and ours == {k: numbers[k] for k in ours}
    assert all(type(v) is int for v in ours.values()), ours


def test_in_the_mode_the_esp32s_json_summary_is_56s_but_for_the_descriptions(tmp_path):
    """After the same burns (a custom MAC, the revision bits, VDD_SDIO's, the package), every
    key, value, number and type of 5.6's JSON summary is ours; only the descriptions are
    our own words."""
    entries = {name: {k: {key: (type(v).__name__, v) for key, v in e.items()
                          if key != "description"} for k, e in summary.items()}
               for name, summary in virtual_esp32_json_summaries(tmp_path, [
                   "--do-not-confirm", "burn-custom-mac", "02:11:22:33:44:55", "burn-efuse",
                   "CHIP_VER_REV1", "1", "CHIP_VER_REV2", "1", "XPD_SDIO_TIEH", "1",
                   "CHIP_PACKAGE", "2", "CLK8M_FREQ", "0x5a"]).items()}
    theirs = entries["theirs"]
    assert theirs["CUSTOM_MAC"]["value"][1] == "02:11:22:33:44:55 (CRC 0xd6 OK)"
    assert theirs["WAFER_VERSION_MAJOR"]["value"] == ("int", 3)
    assert sorted(entries["ours"]) == sorted(theirs)
    for key in theirs:
        assert entries["ours"][key] == theirs[key], key


def test_in_the_mode_the_esp32s_json_summary_over_a_port_is_56s(espsim_server, tmp_path):
    """On a chip (its factory MAC in BLOCK0, the revision register read), 5.6's JSON
    summary, but for the descriptions: the MAC's raw bytes in the block's order."""
    sim = espsim_server("esp32", trace=False)
    entries = {}
    for name in ("ours", "theirs"):
        argv = ["-p", sim.url, "summary", "--format", "json", "--file", name + ".json"]
        result = (run_tool("espefuse", "--compat", "5", *argv, cwd=tmp_path, env=env_with())
                  if name == "ours" else upstream_56("espefuse", *argv, cwd=tmp_path))
        assert result.returncode == 0, output_of(result)
        entries[name] = {k: {key: v for key, v in e.items() if key != "description"}
                         for k, e in json.loads(read(tmp_path / (name + ".json"))).items()}
    assert entries["theirs"]["MAC"]["raw_value"] == "0x030201c40a24"
    assert entries["ours"] == entries["theirs"]


def test_in_the_mode_a_newer_chips_burn_report_has_56s_head_table_and_end(tmp_path):
    """burn-key on a virtual ESP32-C3: 5.6's `=== Run` line, its table of the blocks to
    burn and its closing lines, in 5.6's order, in ours as in 5.6's output."""
    write(tmp_path / "key.bin", bytes(range(32)))
    expected = ['=== Run "burn-key" command ===', "Check all blocks for burn...",
                "idx, BLOCK_NAME,          Conclusion",
                "[00] BLOCK0               is empty, will burn the new value",
                "[04] BLOCK_KEY0           is empty, will burn the new value",
                "This is an irreversible operation!",
                "BURN BLOCK4  - OK (write block == read block)",
                "Burn postponed eFuses from BLOCK0.", "Reading updated eFuses...", "Successful."]
    for name in ("ours", "theirs"):
        write(tmp_path / name, b"")
        argv = ["--chip", "esp32c3", "--virt", "--path-efuse-file", name, "--do-not-confirm",
                "burn-key", "BLOCK_KEY0", "key.bin", "XTS_AES_128_KEY"]
        result = (run_tool("espefuse", "--compat", "5", *argv, cwd=tmp_path, env=env_with())
                  if name == "ours" else upstream_56("espefuse", *argv, cwd=tmp_path))
        assert result.returncode == 0, output_of(result)
        lines = result.stdout.splitlines()
        assert [line for line in lines if line in expected] == expected, (name, result.stdout)
        assert not any(line.startswith("Working on a virtual") for line in lines)


def test_in_the_mode_the_config_files_warnings_follow_the_banner_as_in_56(tmp_path):
    write(tmp_path / "esptool.cfg", b"[esptool]\nconnect_attempts = 3\nfoo = 1\nbar = 2\n")
    env = env_with(ESPTOOL_COMPAT="5")
    ours = combined_output("esptool", "version", cwd=tmp_path, env=env).splitlines()
    from oracle import upstream_python
    if upstream_python("5") is None:
        pytest.skip("upstream esptool 5 could not be installed")
    theirs = subprocess.run(upstream_cmd("5") + ["version"], cwd=str(tmp_path), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            timeout=120).stdout.splitlines()
    assert [ours[0].split(" v")[0]] + ours[1:-1] == [theirs[0].split(" v")[0]] + theirs[1:-1]
    assert ours[1:3] == ["WARNING: Ignoring unknown config options: bar, foo",
                         "Loaded custom configuration from %s" % (tmp_path / "esptool.cfg")]


def test_in_the_mode_fast_reflash_says_the_changed_sectors_before_writing(tmp_path):
    old, new = bytes(range(256)) * 80, bytearray(bytes(range(256)) * 80)
    new[5000:5004] = b"XXXX"
    new[15000:15004] = b"XXXX"
    write(tmp_path / "old.bin", old)
    write(tmp_path / "new.bin", bytes(new))
    argv = ["--port", espsim_url(tmp_path), "--connect-attempts", "2", "write_flash", "0x10000"]
    assert run_tool("esptool", *argv, tmp_path / "old.bin", env=env_with()).returncode == 0
    out = run_tool("esptool", "--compat", "5", *argv, tmp_path / "new.bin", "--diff-with",
                   tmp_path / "old.bin", env=env_with()).stdout
    said = [line for line in out.splitlines() if line.startswith(("Changed", "Reflashing",
                                                                     "Writing", "Wrote"))]
    assert said[:3] == ["Changed data sectors found, fast reflashing...",
                        "Reflashing 1 changed sector at 0x00011000...",
                        "Reflashing 1 changed sector at 0x00013000..."], out
    assert said[3].startswith("Writing at ") and said[-1].startswith("Wrote "), out
    assert read(tmp_path / "flash.bin")[0x10000:0x10000 + len(new)] == bytes(new)


def test_in_the_mode_elf2image_asks_for_the_chip_as_56_does(tmp_path):
    elf = os.path.join(ELF_DIR, "esp32_app.elf")
    ours = run_tool("esptool", "--compat", "5", "elf2image", "-o", tmp_path / "a.bin", elf,
                    env=env_with())
    theirs = upstream_56("esptool", "elf2image", "-o", tmp_path / "b.bin", elf, cwd=tmp_path)
    assert ours.returncode == theirs.returncode == 2
    for result in (ours, theirs):
        assert result.stderr.startswith("ERROR: A fatal error occurred: Specify the --chip "
                                         "argument (choose from esp8266, esp32, "), result.stderr
    assert "Creating" not in ours.stdout and not os.path.exists(str(tmp_path / "a.bin"))
    v23 = run_tool("esptool", "elf2image", "-o", tmp_path / "c.bin", elf, env=env_with())
    assert v23.returncode == 0 and "ESP8266" in v23.stdout     # v2.3.1: the ESP8266's


@pytest.mark.parametrize("argv", [
    ["esptool", "-h"], ["espsecure", "-h"], ["espefuse", "-h"],
    ["espefuse", "--chip", "esp32c3", "-h"],
    ["espefuse", "--compat", "5", "-h"], ["espefuse", "--compat", "5", "--chip", "esp32c3", "-h"],
])
def test_every_tools_help_lists_compat(argv):
    result = run_tool(*argv, env=env_with())
    assert result.returncode == 0, output_of(result)
    assert "--compat {2,5}" in result.stdout and "ESPTOOL_COMPAT" in result.stdout


def test_in_the_mode_a_command_line_that_does_not_parse_is_one_line_in_56s_form():
    """5.6 draws a usage panel there; ours stays one line (docs/differences.md)."""
    result = run_main("esptool", "--compat", "5", "flash_id", "--bogus")
    assert assert_one_fatal_line(result, "--bogus").startswith("ERROR: A fatal error occurred: ")
