# GPLv2, see LICENSE.
"""What this package adds to esptool.py's command line, in one place.

esptool.py calls register() when its command line starts (load_extensions),
and hands it the seams it offers (esptool.Extensions). Everything the package
adds is wired here: commands, options, and the steps it takes over.
"""
import shlex
import sys

from esptool import CHIPS, OUTPUT_ARGUMENTS, Command, FatalError, arg_auto_int
from espkit import (boards, checked, chips, commands5x, compat, compat5x, completion, config,
                    formats, hints, image_report, image_revision, images5x, link_recovery,
                    monitor, partitions, ports, read_recovery, reflash_proof, rom_baud,
                    rom_proof, rom_reflash, secure_download)
from espkit import large_flash  # issue 21; apart from the list above, which many branches edit
from espkit import reflash_probe  # issue 24, second pass; apart from the list above too
from espkit import leaving  # issue 24 point 5; apart from the list above too
from espkit import block_window  # issue 24 point 5: two blocks in flight to our stub


def register(extensions):
    chips.register(extensions, CHIPS)
    # Their output may be '-': the data alone goes to stdout, every line of text to stderr.
    OUTPUT_ARGUMENTS.update(merge_bin="output", partition_table="output")
    extensions.commands += [
        Command("merge_bin", formats.merge_bin,
                "merge files into one raw, Intel HEX or UF2 file for flashing",
                formats.merge_bin_args, needs_chip=False),
        Command("partition_table", partitions.partition_table,
                "convert an ESP-IDF partition table: CSV to binary, binary to CSV",
                partitions.partition_table_args, needs_chip=False),
        # These open the port themselves and print no version banner (list_ports --json
        # is for scripts; monitor's stdout is the chip's).
        Command("list_ports", ports.list_ports, "list serial ports, likely ESP boards first",
                ports.list_ports_args, needs_chip=False, banner=False),
        Command("monitor", monitor.monitor,
                "show what the chip's firmware prints; keys go to the chip",
                monitor.monitor_args, needs_chip=False, banner=False),
        Command("completion", completion.completion,
                "print a bash or zsh completion script (eval \"$(esptool.py completion bash)\")",
                completion.completion_args, needs_chip=False, banner=False),
    ]
    extensions.port_args += [ports.add_port_filter_arg, add_board_args]
    extensions.global_args.append(add_partition_table_args)
    extensions.command_args.setdefault("elf2image", []).append(images5x.add_5x_image_args)
    for name in ("write_flash", "run"):
        extensions.command_args.setdefault(name, []).append(monitor.add_monitor_args)
    extensions.input_decoders += [formats.uf2_file_regions, formats.hex_file_regions]
    extensions.address_resolvers += [partitions.resolve_partition_names,
                                     formats.refuse_uf2_of_other_chips,
                                     image_revision.refuse_images_the_chip_cannot_run]
    extensions.file_describers.append(formats.describe_non_image)
    extensions.image_tail_describers.append(formats.merged_tail_lines)
    extensions.list_ports = ports.list_serial_ports
    extensions.link_recovery = link_recovery.LinkRecovery
    extensions.checked_exchanges = checked.turn_on
    extensions.confirm_digest = rom_proof.confirm_digest
    extensions.misplaced_write = rom_proof.misplaced_write
    extensions.erase_guard = rom_proof.erase_guard
    extensions.boot_log_hint = hints.diagnose_boot_log
    extensions.flash_size_warning = hints.warn_if_larger_than_the_chip
    extensions.flash_reach = large_flash.refuse_unreachable
    extensions.rom_baud_by_divider = rom_baud.change_baud_by_divider
    extensions.rom_sector_planner = rom_reflash.plan_by_bisection
    extensions.reflash_hints = rom_reflash.diff_hints
    extensions.command_args.setdefault("write_flash reflash", []).extend(
        [rom_reflash.add_reflash_args, reflash_proof.add_verify_all_arg])
    extensions.reflash_proof = reflash_proof.prove_by_sector_digests
    extensions.stub_sector_planner = reflash_probe.plan_after_probe
    extensions.read_flash = read_recovery.read_flash
    extensions.argv_expanders.append(expand_file_arguments)
    extensions.image_detail_describers.append(image_report.flash_settings_lines)
    extensions.image_detail_describers.append(images5x.extended_header_lines)
    extensions.deflate = boards.deflate_once
    extensions.send_blocks = block_window.send_blocks
    extensions.explain_port_error = ports.port_open_error
    extensions.url_schemes["espsim"] = ports.register_espsim_urls
    extensions.run_command = compat5x.silenced(boards.run_command)
    extensions.leave_command = monitor.leave_chip_and_watch
    extensions.usage_error = boards.json_usage_error
    commands5x.register(extensions)
    compat5x.register(extensions)
    config.register(extensions)         # it wraps run_command and leave_command
    secure_download.register(extensions)    # around config's connect and run_command
    compat.register(extensions)         # outermost: the mode may come from the config file
    leaving.register(extensions)        # around config's leave_command (custom reset wins)
    register_api(extensions)


def register_api(extensions):
    """esptool.connect() and its session for Python callers, imported when first asked for."""
    from espkit import api
    extensions.api.update(connect=api.connect, ChipSession=api.ChipSession,
                          image_info=api.image_info, ImageInfo=api.ImageInfo,
                          elf2image=api.elf2image)


def add_board_args(parser):
    parser.add_argument("--all-ports", action="store_true",
                        help="without --port: run the command on every port found (narrowed "
                             "by --port-filter) at once, not on the first that answers")
    parser.add_argument("--json", action="store_true", dest="json_events",
                        help="report as JSON lines on stdout (connected, progress, result, "
                             "error events); the usual text goes to stderr")


def add_partition_table_args(parser):
    parser.add_argument("--partition-table", metavar="FILE",
                        help="partition table (CSV or binary) for partition names given as "
                             "flash addresses (default: read it from the chip)")
    parser.add_argument("--partition-table-offset", type=arg_auto_int,
                        default=partitions.PARTITION_TABLE_OFFSET,
                        help="where the chip's partition table is (default 0x8000)")


def expand_file_arguments(argv):
    """'@file' arguments are replaced by the words in that file."""
    expanded = []
    for arg in argv:
        if arg.startswith("@"):
            try:
                with open(arg[1:], encoding="utf-8") as f:
                    for line_no, line in enumerate(f, 1):
                        expanded += argument_words(line, arg[1:], line_no)
            except OSError as e:
                raise FatalError("cannot read argument file %s: %s" % (arg[1:], e.strerror))
            except UnicodeDecodeError:
                raise FatalError("argument file %s is not UTF-8 text" % arg[1:])
        else:
            expanded.append(arg)
    if expanded != list(argv):
        print("esptool.py %s" % " ".join(expanded),
              file=sys.stderr if "--json" in expanded else sys.stdout)
    return expanded


def argument_words(line, path, line_no):
    """The words of one line of an argument file, split as a shell would."""
    try:
        return shlex.split(line)
    except ValueError as e:     # an unclosed quote
        raise FatalError("argument file %s line %d: %s" % (path, line_no, e))
