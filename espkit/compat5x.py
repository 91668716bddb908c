# GPLv2, see LICENSE.
"""Upstream 5.x command lines that v2.3's parser did not take (issue 23, item 3).

Each is a spelling or an option a 5.x user types from habit: `-v`/`-s`,
`verify-flash --diff` as a flag, `--after no-reset-stub`/`watchdog-reset`,
`read-flash --flash-size`, `erase-flash --force`. What each means here, and
where it differs from 5.x, is in docs/cli-5x.md.
"""
import contextlib
import functools
import os
import time

from esptool import FlashSizeAction

VERIFY_COMMANDS = ("verify_flash", "verify-flash")
DIFF_OPTIONS = ("--diff", "-d")
DIFF_VALUES = ("yes", "no")
# docs/cli-5x.md §2: the RTC watchdog words 5.x writes for --after watchdog-reset.
RTC_WDT_WKEY = 0x50D83AA1
WDT_STAGE0_TIMEOUT = 2000            # RTC slow clock cycles: some milliseconds
WDT_CONFIG0_RESET = (1 << 31) | (5 << 28) | (1 << 8) | 2
WATCHDOG_RESET_CHIPS = ("ESP32-C3", "ESP32-S3", "ESP32-S2", "ESP32-C2", "ESP32-P4", "ESP32-C5",
                        "ESP32-C61")
WATCHDOG_SETTLE_S = 0.5              # the reset comes after the stage-0 timeout


def register(extensions):
    extensions.global_args.append(add_verbosity_args)
    extensions.argv_expanders.append(diff_as_a_flag)
    extensions.afters.update(no_reset_stub=stay_in_stub, watchdog_reset=watchdog_reset)
    for name in ("erase_flash", "erase_region"):
        extensions.command_args.setdefault(name, []).append(add_force_arg)
    extensions.command_args.setdefault("read_flash", []).append(add_flash_size_arg)


def add_verbosity_args(parser):
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="accepted for 5.x command lines: nothing is collapsed here anyway")
    parser.add_argument("--silent", "-s", action="store_true",
                        help="print nothing but errors (and data written to '-')")


def silenced(run_command):
    """run_command, with the log (stdout) going nowhere under --silent; errors go to
    stderr anyway, and data for '-' to the stdout it was given before (data_on_stdout)."""
    @functools.wraps(run_command)
    def run(args):
        if not getattr(args, "silent", False):
            return run_command(args)
        with open(os.devnull, "w") as nowhere, contextlib.redirect_stdout(nowhere):
            return run_command(args)
    return run


def diff_as_a_flag(argv):
    """`verify_flash --diff` followed by anything but yes/no is 5.x's flag: --diff yes.
    v2.3's `--diff yes` / `--diff no` keep their meaning."""
    command = next((i for i, arg in enumerate(argv) if arg in VERIFY_COMMANDS), None)
    if command is None:
        return argv
    out = list(argv[:command + 1])
    rest = argv[command + 1:]
    for i, arg in enumerate(rest):
        out.append(arg)
        if arg in DIFF_OPTIONS and (i + 1 == len(rest) or rest[i + 1] not in DIFF_VALUES):
            out.append("yes")
    return out


def add_force_arg(parser):
    parser.add_argument("--force", action="store_true",
                        help="accepted for 5.x command lines: this tool does not refuse to "
                             "erase a chip with security features on, so there is nothing "
                             "to force")


def add_flash_size_arg(parser):
    parser.add_argument("--flash_size", "-fs", action=FlashSizeAction, allow_detect=True,
                        default=None,
                        help="the flash's size, for ALL and the end-of-flash check (default: "
                             "read the flash ID when needed)")


def stay_in_stub(esp):
    """--after no_reset_stub: leave the chip as it is, the stub running (if it was)."""
    esp.reporter.message("Staying in the flasher stub." if esp.IS_STUB
                         else "Staying in bootloader.")


def watchdog_reset(esp):
    """--after watchdog_reset: the chip's RTC watchdog resets it, where that is known to
    work (docs/cli-5x.md §2); elsewhere the usual reset through RTS."""
    if esp.CHIP_NAME not in WATCHDOG_RESET_CHIPS:
        esp.reporter.message("Note: no watchdog reset for %s here; resetting via RTS instead."
                             % esp.CHIP_NAME)
        esp.reporter.message("Hard resetting via RTS pin...")
        esp.hard_reset()
        return
    esp.reporter.message("Hard resetting with the RTC watchdog...")
    config0 = esp.RTC_CNTL_WDTCONFIG0
    esp.write_reg(esp.RTC_CNTL_WDTWPROTECT, RTC_WDT_WKEY)
    esp.write_reg(config0 + 4, WDT_STAGE0_TIMEOUT)      # WDTCONFIG1: stage 0's timeout
    esp.write_reg(config0, WDT_CONFIG0_RESET)
    esp.write_reg(esp.RTC_CNTL_WDTWPROTECT, 0)
    time.sleep(WATCHDOG_SETTLE_S)
