# GPLv2, see LICENSE.
"""esptool.py's commands on a chip in the 5.x compatibility mode (docs/compat.md §7).

What a line-by-line translation cannot do: 5.x uploads the flasher stub for every
command that talks to a chip (ours only where it helps), traces in its own layout
(espkit/trace5x.py), and says how long dump_mem took.
"""
import configparser
import contextlib
import copy
import os
import sys
import time

import esptool
from esptool import FatalError


@contextlib.contextmanager
def on_the_chip(extensions, args):
    """While a command runs in the mode: --trace writes 5.x's lines; with --diff-with,
    any file is written by its changed sectors, as 5.x's fast reflash is (ours otherwise
    asks only about files of 128 KiB and more: under that, asking costs more than it
    saves). The chip's digests still decide which sectors those are."""
    saved = (extensions.tracer, esptool.SKIP_MIN_SIZE, extensions.stub_sector_planner,
             extensions.rom_sector_planner)
    from espkit.trace5x import Tracer5x
    extensions.tracer = Tracer5x
    if getattr(args, "diff_with", None):
        esptool.SKIP_MIN_SIZE = 0
        extensions.stub_sector_planner = saying_changed_sectors(
            extensions.stub_sector_planner or esptool.compare_stub_digests)
        if extensions.rom_sector_planner:           # None: the ROM writes every sector
            extensions.rom_sector_planner = saying_changed_sectors(extensions.rom_sector_planner)
    try:
        yield
    finally:
        (extensions.tracer, esptool.SKIP_MIN_SIZE, extensions.stub_sector_planner,
         extensions.rom_sector_planner) = saved


def saying_changed_sectors(planner):
    """A sector planner that then says what will be written, in 5.x's words, before the
    write's progress (as 5.x says it); the planner still asks the chip as it did."""
    def plan_and_say(esp, plan, *hint):
        planner(esp, plan, *hint)
        if plan.differing:
            esp.reporter.message("Changed data sectors found, fast reflashing...")
        for lo, hi in plan.runs():
            esp.reporter.message("Reflashing %d changed sector%s at %#010x..." % (
                hi - lo, "s" if hi - lo > 1 else "", plan.first + lo * plan.sector))
    return plan_and_say


def unaligned_writes_of_5x(args):
    """write_flash to an address that is not a multiple of 4 (ours refuses it): 5.x's
    way, the file padded with 0xFF back to its sector's start, which erases the bytes
    before it there; said once the chip is connected, before anything is written."""
    if getattr(args, "operation", "").replace("-", "_") != "write_flash":
        return
    sector, entries, Deferred.notes = esptool.FLASH_SECTOR_SIZE, [], []
    for address, filename, data in args.addr_filename:
        if isinstance(address, int) and address % 4 and data:
            over = address % sector
            Deferred.notes.append("Note: Flash address %#010x is not aligned to a %#x byte "
                                  "flash sector. %#x bytes before this address will be "
                                  "erased." % (address, sector, over))
            address, data = address - over, b"\xff" * over + data
        entries.append((address, filename, data))
    args.addr_filename = entries


def command_of_5x(command):
    """The command as 5.x runs it: with the stub (unless --no-stub) whenever it
    needs a chip; dump_mem saying what it dumped and how fast."""
    if not command.needs_chip:
        return command
    command = copy.copy(command)
    command.wants_stub = True
    if command.name == "dump_mem":
        command.func = timed_dump(command.func)
    return command


def timed_dump(dump_mem):
    def run(esp, args):
        esp.reporter.message("Dumping %d bytes from %#010x to file '%s'..."
                             % (args.size, args.address, args.filename))
        started = time.time()
        dump_mem(esp, args)             # its 'Done!' is not said in the mode (compat.py)
        seconds = time.time() - started
        speed = " (%.1f kbit/s)" % (args.size / seconds * 8 / 1000) if seconds > 0 else ""
        esp.reporter.message("Dumped %d bytes from %#010x in %.1f seconds%s to '%s'."
                             % (args.size, args.address, seconds, speed, args.filename))
    return run



# -- the config file as 5.6 reads it -------------------------------------------------

class Deferred:
    """What is said later: the config file's warnings (after the banner, as 5.6 says
    them), a bad value 5.6 only finds when it uses it (when the command connects,
    after the file is announced), and the notes of unaligned writes."""
    warnings = []
    error = None
    notes = []


def take_config_warnings():
    """-> the config file's warnings not said yet (each is said once)."""
    warnings, Deferred.warnings = Deferred.warnings, []
    return warnings


def say_config_warnings():
    for warning in take_config_warnings():
        print(warning, file=sys.stderr)


def loading_config(load_strictly, asked_for_5x):
    """config.py's argv expander, replaced: in the mode (`asked_for_5x(argv)`: on the
    command line or in the environment) the file is read as 5.6 reads it; otherwise as
    before."""
    def load(argv):
        if not asked_for_5x(argv):
            Deferred.error, Deferred.warnings = None, []
            return load_strictly(argv)
        load_leniently()
        return argv
    return load


def load_leniently():
    """5.6's rules: a file that does not parse is passed over with a warning (the
    search goes on), unknown settings are named and ignored, and a value that cannot
    be used is an error when the command starts, after the file is announced."""
    from espkit import config
    Deferred.warnings = []
    path, parser, from_env = find_leniently(config)
    values, Deferred.error = {}, None
    if path:
        settings = dict(parser.items(config.SECTION))
        unknown = sorted(name for name in settings if name not in config.SETTINGS)
        if unknown:
            Deferred.warnings.append("WARNING: Ignoring unknown config option%s: %s" % (
                "s" if len(unknown) > 1 else "", ", ".join(unknown)))
        for name, text in settings.items():
            if name in config.SETTINGS:
                try:
                    values[name] = config.SETTINGS[name](text.strip())
                except ValueError as e:
                    Deferred.error = Deferred.error or bad_value(path, name, text.strip(), e)
    config.CURRENT = config.Loaded(path, values, from_env)
    config.apply_to_core(config.CURRENT)


def find_leniently(config):
    named = os.environ.get(config.ENV_VARIABLE)
    candidates = [(os.path.abspath(named), True)] if named else []
    candidates += [(os.path.abspath(os.path.join(directory, name)), False)
                   for directory in config.search_directories() for name in config.FILE_NAMES]
    for path, from_env in candidates:
        if not os.path.isfile(path):
            continue
        try:
            parser = config.read_ini(path)
        except (OSError, configparser.Error, UnicodeDecodeError) as e:
            Deferred.warnings.append("WARNING: Ignoring invalid config file %s: %s" % (path, e))
            continue
        if parser.has_section(config.SECTION):
            return path, parser, from_env
    return None, None, False


def bad_value(path, name, text, error):
    if name.endswith("reset_sequence"):
        return FatalError("Invalid custom reset sequence option format: '%s' %s" % (text, error))
    return FatalError("%s: setting '%s' = '%s' %s" % (path, name, text, error))


def connecting(connect):
    """The connect seam: a bad value found in the file stops the run here, as in 5.6."""
    def run(connect_to_chip, port):
        if Deferred.error is not None:
            raise Deferred.error
        esp = connect(connect_to_chip, port) if connect else connect_to_chip(port)
        for note in Deferred.notes:
            esp.reporter.message(note)
        Deferred.notes = []
        return esp
    return run
