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

Where the variable is set, the README's test command runs them with the rest of the
suite, for the chips that fit CI's time; `-m upstream_suites` runs them alone, for every
chip we support (the others are marked upstream_suites_long).
"""
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from xml.etree import ElementTree

import pytest

from conftest import ROOT
from oracle import upstream_python

pytestmark = pytest.mark.upstream_suites

FOLDER_VARIABLE = "ESPTOOL_UPSTREAM_TESTS"
TOOLS = ("esptool", "espsecure", "espefuse")
SUITE_TIMEOUT_S = 1800

if not os.environ.get(FOLDER_VARIABLE):
    pytest.skip("Espressif's esptool 5.3.1 suites: %s not set, no folder to run them from "
                "(docs/compat.md §4)" % FOLDER_VARIABLE, allow_module_level=True)

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
EVERY_CHIP = ("esp8266", "esp32", "esp32s2", "esp32s3", "esp32c2", "esp32c3", "esp32c5",
              "esp32c6", "esp32c61", "esp32h2", "esp32p4")
LOADERS = ("stub", "no-stub")

# What runs with the rest of the suite, and so in CI, and what only with `-m
# upstream_suites` (marker upstream_suites_long). Every suite runs in CI; the chips
# repeat the same code, and all of them at once hold two cores for about four minutes
# more than CI's ten allow (docs/compat.md §4). So CI runs test_espefuse.py on the ESP32
# (its own eFuse code) and the ESP32-C3 (the code every newer chip shares), and
# test_esptool.py on espsim on the ESP8266, the ESP32, the ESP32-S3 and the ESP32-C3
# (each a loader of its own: its ROM, its stub, its way of reset), each with and without
# the stub.
LONG = pytest.mark.upstream_suites_long
EFUSE_CI_CHIPS = ("esp32", "esp32c3")
ESPSIM_CI_CHIPS = ("esp8266", "esp32", "esp32s3", "esp32c3")


def espsim_chip_sets():
    """The sets of chips test_esptool.py runs on at once, one test each:
    ESPTOOL_UPSTREAM_ESPSIM_CHIPS=esp32,esp32c6 picks one set (docs/compat.md §8)."""
    chosen = os.environ.get("ESPTOOL_UPSTREAM_ESPSIM_CHIPS")
    if chosen:
        return [pytest.param(tuple(chosen.split(",")), id=chosen.replace(",", "-"))]
    others = tuple(chip for chip in EVERY_CHIP if chip not in ESPSIM_CI_CHIPS)
    return [pytest.param(ESPSIM_CI_CHIPS, id="-".join(ESPSIM_CI_CHIPS)),
            pytest.param(others, id="-".join(others), marks=LONG)]

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
    folder = os.environ[FOLDER_VARIABLE]
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


def unexcused_failures(label, outcomes, exceptions):
    """One run's failures that no exception excuses, as lines; prints its count and each
    excused failure with its reason (-rP shows them; docs/compat.md §5, §8)."""
    passed = sum(outcome == "PASSED" for outcome, _ in outcomes.values())
    print("%s: %d passed of %d" % (label, passed, len(outcomes)))
    failed = []
    for test, (outcome, failure) in sorted(outcomes.items()):
        if outcome != "FAILED":
            continue
        reason = excused(test, failure, exceptions)
        if reason:
            print("  excused: %s (%s)" % (test, reason))
        else:
            failed.append("%s: %s" % (test, " ".join(failure.split())[:300]))
    return failed


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
    failed = unexcused_failures(suite, outcomes, SUITES[suite])
    assert not failed, "%d of %d failed:\n%s" % (len(failed), len(outcomes), "\n".join(failed))


# test_espefuse.py runs once per chip whose eFuses we know.
@pytest.mark.parametrize("chip", [chip if chip in EFUSE_CI_CHIPS else pytest.param(chip, marks=LONG)
                                  for chip in EFUSE_CHIPS])
def test_espefuse_suite_passes_in_compat_mode(upstream_setup, chip):
    python, tests, shim = upstream_setup
    outcomes, log = run_suite(python, tests, shim, EFUSE_SUITE, "--chip", chip)
    assert outcomes, log[-3000:]
    failed = unexcused_failures("%s --chip %s" % (EFUSE_SUITE, chip), outcomes,
                                EFUSE_EXCEPTIONS[chip])
    assert not failed, "%d of %d failed:\n%s" % (len(failed), len(outcomes), "\n".join(failed))


# test_esptool.py on espsim, each chip with and without the stub: runs of about two
# minutes each that mostly wait (pyserial's RFC 2217 client sleeps 50 ms before it looks
# for each answer, and one run of a tool makes about sixteen such exchanges). So one test
# starts those of a set of chips all at once, each on its own copy of the suites and its
# own simulated chip in a process of its own, and conftest.py puts it first, so they wait
# while the rest of the suite runs.
SIM_START_TIMEOUT_S = 60


@pytest.mark.parametrize("chips", espsim_chip_sets())
def test_upstream_esptool_suite_on_espsim(upstream_setup, tmp_path_factory, chips):
    """test_esptool.py's quick subset against ours in the mode, on each simulated chip,
    with and without the stub."""
    python, tests, shim = upstream_setup
    runs = {(chip, loader): tmp_path_factory.mktemp("%s-%s" % (chip, loader))
            for chip in chips for loader in LOADERS}
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        results = {run: pool.submit(run_suite_on_espsim, python, tests, shim, *run, directory)
                   for run, directory in runs.items()}
    failed = []
    for (chip, loader), result in results.items():
        outcomes, log = result.result()
        failed += ["%s, %s: %s" % (chip, loader, line)
                   for line in espsim_failures(chip, loader, outcomes, log)]
    assert not failed, "%d failed:\n%s" % (len(failed), "\n".join(failed))


def espsim_failures(chip, loader, outcomes, log):
    """The failures of one run that no exception excuses (each printed with its count)."""
    if not outcomes:
        return ["no test ran: %s" % log[-3000:]]
    exceptions = dict(ON_ESPSIM, **(ON_ESPSIM_NO_STUB if loader == "no-stub" else {}))
    exceptions.update(ON_ESPSIM_CHIP.get((chip, loader), {}))
    return unexcused_failures("test_esptool.py on espsim %s, %s" % (chip, loader), outcomes,
                              exceptions)


def run_suite_on_espsim(python, tests, shim, chip, loader, directory):
    """test_esptool.py's quick subset against ours, on a simulated chip of its own."""
    own_tests = str(directory / "tests")
    shutil.copytree(tests, own_tests)
    with open(str(directory / "espsim.log"), "w+") as log:
        sim = subprocess.Popen([sys.executable, "-m", "espsim", "--chip", chip,
                                "--flash-file", str(directory / "flash.bin")],
                               cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            return run_suite(python, own_tests, shim, "test_esptool.py", "-m", "quick_test",
                             "--chip", chip, "--port", served_url(log, sim),
                             "--baud", "115200", no_stub=loader == "no-stub")
        finally:
            sim.terminate()
            sim.wait(30)


def served_url(log, sim):
    """The URL espsim prints once it listens."""
    deadline = time.monotonic() + SIM_START_TIMEOUT_S
    while time.monotonic() < deadline and sim.poll() is None:
        log.seek(0)
        served = re.search(r"serving \S+ on (\S+)", log.read())
        if served:
            return served.group(1)
        time.sleep(0.1)
    log.seek(0)
    raise AssertionError("espsim did not start serving: %s" % log.read()[-2000:])
