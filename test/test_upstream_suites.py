"""Espressif's own esptool 5.3.1 test suites, run unchanged against our tools in the
5.x compatibility mode (issue 26; docs/compat.md §4).

The suites are not part of this project. Point ESPTOOL_UPSTREAM_TESTS at the `test/`
folder of esptool's source at tag v5.3.1 (`.ci/run` does, where the CI machine has
one beside the checkout); without it each test here skips with one line.

How a suite runs: from a copy of that folder (its tests write files beside
themselves), by a Python that has upstream's esptool 5.3.1 (its tests import
upstream's package for their helpers). Only the tools they start as
`python -m esptool|espsecure|espefuse` are redirected: PYTHONPATH, set for the
child processes alone, finds a folder of three tiny packages of those names whose
`__main__` replaces the process with ours (ESPTOOL_COMPAT=5).

Opt-in (marker upstream_suites): `test/run.sh -m upstream_suites` runs all of it;
CI runs `-m "upstream_suites and not upstream_suites_long"` (what fits its budget).
"""
import os
import re
import shutil
import subprocess
import sys
from xml.etree import ElementTree

import pytest

from conftest import ROOT
from oracle import upstream_python

pytestmark = pytest.mark.upstream_suites

FOLDER_VARIABLE = "ESPTOOL_UPSTREAM_TESTS"
TOOLS = ("esptool", "espsecure", "espefuse")
SUITE_TIMEOUT_S = 1800

# Each offline suite, with the tests that may fail for ours and why (docs/compat.md §5).
# An id here that passes is fine; one not here that fails fails this test.
SUITES = {
    "test_merge_bin.py": {},
    "test_image_info.py": {},
    "test_imagegen.py": {
        # The ELF's one section is made unknown, so nothing is left to load: 5.x writes an
        # image of no segments, ours refuses to (docs/compat.md §5).
        r"TestELFSectionHandling::test_unknown_section_type_warning$":
            "deliberate: no image without loadable sections",
    },
    "test_espsecure.py": {},
}

# test_espefuse.py runs once per chip (`--chip CHIP`, virtual eFuses), for each chip
# whose eFuses espefuse.py knows. Each chip's exceptions: the tests upstream 5.6 itself
# fails and the deliberate differences, with the reason (docs/compat.md §5), then the
# tests not made to pass yet, each reason starting "not yet" (docs/compat.md §6).
EFUSE_SUITE = "test_espefuse.py"
EFUSE_CHIPS = ("esp32", "esp32c3", "esp32s3", "esp32c6", "esp32h2", "esp32s2", "esp32c2",
               "esp32p4", "esp32c5", "esp32c61")
EFUSE_EVERY_CHIP = {
    # 5.6 warns of the underscored command names in other words than 5.3.1 expects
    r"TestMultipleCommands::test_burn_bit_deprecated_commands$": "upstream 5.6 fails it",
    # BLOCK0 holds the protection and security switches: ours burns its fields by name
    # (burn-efuse), never raw data over them (docs/compat.md §5)
    r"TestBurnBlockDataCommands::test_burn_block_data_with_(1_key_block|3_key_blocks|6_keys|"
    r"offset_for_3_key_blocks)$": "deliberate: no raw data into BLOCK0",
}
EFUSE_ESP32 = {
    # the ESP32's virtual file is espsim's JSON layout, which upstream's own Python API
    # (these tests import it and read the file) cannot read (docs/compat.md §5)
    r"TestPublicAPI::test_public_api_(batch_mode|nesting)$":
        "deliberate: the ESP32's eFuse file is espsim's",
    # RD_DIS bit 3 would hide CODING_SCHEME, FLASH_CRYPT_CONFIG and BLK3_PART_RESERVE,
    # which the bootloader must read: ours refuses it (docs/compat.md §5)
    r"TestReadProtectionCommands::test_read_protect_efuse$":
        "deliberate: CODING_SCHEME is never read-protected",
    # the ADC calibration in BLOCK3 is the factory's: ours does not burn it
    r"TestBurnEfuseCommands::test_burn_efuse_with_34_coding_scheme2?$":
        "deliberate: no burning of the factory's ADC calibration",
    # the burn lines name each field with upstream's description; ours are our own words
    r"TestBurnEfuseCommands::test_set_spi_flash_pin_efuses$":
        "deliberate: the field descriptions are ours",
}
EFUSE_NEWER = {}
EFUSE_EXCEPTIONS = {chip: dict(EFUSE_EVERY_CHIP, **(EFUSE_ESP32 if chip == "esp32" else
                                                    EFUSE_NEWER))
                    for chip in EFUSE_CHIPS}

# test_esptool.py's quick subset on espsim, per chip and loader (docs/compat.md §5, §8):
# the tests that may fail for ours, and why. Upstream 5.3.1 itself fails the first one
# on espsim (measured with the same harness, docs/compat.md §8).
ON_ESPSIM = {
    r"TestLoadRAM::test_load_ram$":
        "upstream too: a RAM app's printed output needs its code run (docs/differences.md)",
    r"TestConfigFile::test_load_config_file$":
        "5.6 itself fails it: it says 'unknown config options', 5.3.1's test wants 'file'",
}
# Without the stub, upstream also fails the tests that look for the stub's words (checked
# on each of our eleven chips, docs/compat.md §8).
ON_ESPSIM_NO_STUB = {
    r"TestFlashDetection::test_flash_id_trace$": "upstream too: it looks for the stub's OHAI",
    r"TestChipDetectionValidation::test_chips_with_chip_id_detection$":
        "upstream too: it looks for 'Stub flasher running.'",
}
# On one chip only, and why.
ON_ESPSIM_CHIP = {
    ("esp8266", "stub"): {
        r"TestESPObjectOperations::test_attach_flash$":
            "upstream too: upstream's own package, in-process; espsim's ESP8266 flash answers "
            "before SPI_ATTACH",
    },
    ("esp8266", "no-stub"): {
        r"TestESPObjectOperations::test_attach_flash$": "upstream too (as with the stub)",
        r"TestFlashing::test_fast_reflash_basic$":
            "deliberate: the ESP8266 ROM cannot hash flash, so ours writes every sector "
            "rather than trust --diff-with's old file as 5.x does",
    },
}
# The ESP32 by default (stub and no-stub: about 3 minutes each); ESPTOOL_UPSTREAM_ESPSIM_CHIPS
# =esp32,esp32c3,esp32s3,esp8266,esp32s2,... runs more, any of our chips (docs/compat.md §8).
ESPSIM_CHIPS = tuple(os.environ.get("ESPTOOL_UPSTREAM_ESPSIM_CHIPS", "esp32").split(","))
LOADERS = ("stub", "no-stub")

SHIM_MAIN = '''\
"""Started as `python -m {tool}` by upstream's tests: become our {tool}.py."""
import os
import sys

env = dict(os.environ)
env.pop("PYTHONPATH", None)         # it was set for this redirection only
env["ESPTOOL_COMPAT"] = "5"
os.execve({python!r}, [{python!r}, {script!r}] + sys.argv[1:], env)
'''


# test_esptool.py starts `python $ESPTOOL_PY` where that is set: ours without the stub.
NO_STUB_MAIN = '''\
"""Started by upstream's test_esptool.py (ESPTOOL_PY): our esptool.py, --no-stub."""
import os
import sys

env = dict(os.environ)
env.pop("PYTHONPATH", None)
env["ESPTOOL_COMPAT"] = "5"
os.execve({python!r}, [{python!r}, {script!r}, "--no-stub"] + sys.argv[1:], env)
'''


def upstream_tests_folder():
    folder = os.environ.get(FOLDER_VARIABLE)
    if not folder:
        pytest.skip("%s not set: no upstream 5.3.1 test folder to run" % FOLDER_VARIABLE)
    if not os.path.isfile(os.path.join(folder, "test_merge_bin.py")):
        pytest.fail("%s=%s holds no upstream test suites" % (FOLDER_VARIABLE, folder))
    return folder


def write_redirection(directory):
    """The folder of packages `esptool`, `espsecure`, `espefuse` that exec ours."""
    for tool in TOOLS:
        package = os.path.join(directory, tool)
        os.makedirs(package)
        open(os.path.join(package, "__init__.py"), "w").close()
        with open(os.path.join(package, "__main__.py"), "w") as f:
            f.write(SHIM_MAIN.format(tool=tool, python=sys.executable,
                                     script=os.path.join(ROOT, tool + ".py")))
    with open(os.path.join(directory, "esptool_no_stub.py"), "w") as f:
        f.write(NO_STUB_MAIN.format(python=sys.executable,
                                    script=os.path.join(ROOT, "esptool.py")))
    return directory


def run_suite(python, tests, shim, suite, *extra, no_stub=False):
    """pytest on one upstream file, its child processes redirected
    -> ({test id: (outcome, failure text)}, pytest's output)."""
    xml = os.path.join(tests, suite + ".xml")
    starter = ("import os, sys, pytest; os.environ['PYTHONPATH'] = %r; "
               "sys.exit(pytest.main(sys.argv[1:]))" % shim)
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "ESPTOOL_COMPAT", "ESPTOOL_CFGFILE", "ESPTOOL_PY")}
    if no_stub:
        env["ESPTOOL_PY"] = os.path.join(shim, "esptool_no_stub.py")
    result = subprocess.run([python, "-c", starter, suite, "-q", "-p", "no:cacheprovider",
                             "-o", "addopts=", "--junitxml", xml, *extra],
                            cwd=tests, env=env, capture_output=True, text=True,
                            timeout=SUITE_TIMEOUT_S)
    with open(os.path.join(tests, suite + ".log"), "w") as f:
        f.write(result.stdout + result.stderr)
    return outcomes_of(xml) if os.path.exists(xml) else {}, result.stdout + result.stderr


def outcomes_of(junit_xml):
    outcomes = {}
    for case in ElementTree.parse(junit_xml).iter("testcase"):
        name = "%s::%s" % (case.get("classname").rsplit(".", 1)[-1], case.get("name"))
        bad = case.find("failure")
        if bad is None:
            bad = case.find("error")
        if bad is not None:
            outcomes[name] = ("FAILED", (bad.get("message") or "") + (bad.text or ""))
        else:
            outcomes[name] = ("SKIPPED" if case.find("skipped") is not None else "PASSED", "")
    return outcomes


def excused(test, failure, exceptions):
    """Why a failing test does not count against us (docs/compat.md §5), or None."""
    for pattern, reason in exceptions.items():
        if re.search(pattern, test):
            return reason
    # Some tests pick one of upstream's chips at random: one we do not support is
    # refused by our --chip, which is not a failure of the mode.
    chip = re.search(r"'--chip', '(esp[0-9a-z]+)'", failure)
    if chip and chip.group(1) not in our_chips():
        return "a chip we do not support"
    return None


def our_chips():
    import esptool
    return esptool.load_extensions() and set(esptool.CHIPS)


@pytest.fixture(scope="module")
def upstream_setup(tmp_path_factory):
    folder = upstream_tests_folder()
    python = upstream_python("5.3.1")
    if python is None:
        pytest.skip("upstream esptool 5.3.1 and its test tools could not be installed")
    work = tmp_path_factory.mktemp("upstream")
    tests = str(work / "tests")
    shutil.copytree(folder, tests)
    for root, dirs, files in os.walk(tests):      # the shared copy may be read-only
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o755)
    return python, tests, write_redirection(str(work / "redirect"))


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_upstream_suite_passes_in_compat_mode(upstream_setup, suite):
    python, tests, shim = upstream_setup
    outcomes, log = run_suite(python, tests, shim, suite)
    assert outcomes, log[-3000:]
    failed = ["%s: %s" % (test, " ".join(failure.split())[:300])
              for test, (outcome, failure) in sorted(outcomes.items())
              if outcome == "FAILED" and not excused(test, failure, SUITES[suite])]
    passed = sum(outcome == "PASSED" for outcome, _ in outcomes.values())
    print("%s: %d passed of %d" % (suite, passed, len(outcomes)))
    assert not failed, "%d of %d failed:\n%s" % (len(failed), len(outcomes), "\n".join(failed))


# CI runs what fits its 10 minutes (marker upstream_suites, without upstream_suites_long):
# the four offline suites and test_espefuse.py on the ESP32 (its own eFuse code) and the
# ESP32-C3 (the code every newer chip shares). The other chips and test_esptool.py on
# espsim, minutes each, are marked upstream_suites_long: `test/run.sh -m upstream_suites`
# runs them all (docs/compat.md §4).
EFUSE_CI_CHIPS = ("esp32", "esp32c3")
LONG = pytest.mark.upstream_suites_long


@pytest.mark.parametrize("chip", [chip if chip in EFUSE_CI_CHIPS else pytest.param(chip, marks=LONG)
                                  for chip in EFUSE_CHIPS])
def test_espefuse_suite_passes_in_compat_mode(upstream_setup, chip):
    python, tests, shim = upstream_setup
    outcomes, log = run_suite(python, tests, shim, EFUSE_SUITE, "--chip", chip)
    assert outcomes, log[-3000:]
    failed = ["%s: %s" % (test, " ".join(failure.split())[:300])
              for test, (outcome, failure) in sorted(outcomes.items())
              if outcome == "FAILED" and not excused(test, failure, EFUSE_EXCEPTIONS[chip])]
    passed = sum(outcome == "PASSED" for outcome, _ in outcomes.values())
    print("%s --chip %s: %d passed of %d" % (EFUSE_SUITE, chip, passed, len(outcomes)))
    assert not failed, "%d of %d failed:\n%s" % (len(failed), len(outcomes), "\n".join(failed))


@LONG
@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("chip", ESPSIM_CHIPS)
def test_upstream_esptool_suite_on_espsim(upstream_setup, espsim_server, chip, loader):
    """test_esptool.py's quick subset against ours in the mode, on a simulated chip."""
    python, tests, shim = upstream_setup
    sim = espsim_server(chip, trace=False)
    outcomes, log = run_suite(python, tests, shim, "test_esptool.py", "-m", "quick_test",
                              "--chip", chip, "--port", sim.url, "--baud", "115200",
                              no_stub=loader == "no-stub")
    assert outcomes, log[-3000:]
    exceptions = dict(ON_ESPSIM, **(ON_ESPSIM_NO_STUB if loader == "no-stub" else {}))
    exceptions.update(ON_ESPSIM_CHIP.get((chip, loader), {}))
    failed = ["%s: %s" % (test, " ".join(failure.split())[:300])
              for test, (outcome, failure) in sorted(outcomes.items())
              if outcome == "FAILED" and not excused(test, failure, exceptions)]
    passed = sum(outcome == "PASSED" for outcome, _ in outcomes.values())
    print("test_esptool.py on espsim %s, %s: %d passed of %d" % (chip, loader, passed,
                                                                  len(outcomes)))
    for test, (outcome, failure) in sorted(outcomes.items()):    # for docs/compat.md §8
        reason = outcome == "FAILED" and excused(test, failure, exceptions)
        if reason:
            print("  excused: %s (%s)" % (test, reason))
    assert not failed, "%d of %d failed:\n%s" % (len(failed), len(outcomes), "\n".join(failed))
