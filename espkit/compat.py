# GPLv2, see LICENSE.
"""The 5.x compatibility mode (issue 26): all three tools speak as upstream 5.6 does.

Asked for by the global option `--compat 5`, the environment variable
ESPTOOL_COMPAT=5 or `compat = 5` in the config file (in that order of
precedence); without it only the choosing runs, and the output is v2.3's byte for byte.

The engine and the commands keep saying what they say, through their reporter or
print(); in the mode, the lines they write pass through a translation, one line at
a time, by a table of v2.3 wording -> 5.x wording (MESSAGES_5X). Where 5.x lays a
whole command's output out differently (image-info), the mode runs that command's
5.x form instead (with_5x_commands), and the ESP32 and ESP8266 make images by 5.x's
rules (espkit/compat_images.py). What the mode changes is listed in docs/compat.md.
"""
import contextlib
import io
import os
import re
import sys

from espkit.compat_option import LEVELS, OPTION, V23, V5, add_compat_arg

MODE_VARIABLE = "ESPTOOL_COMPAT"
CONFIG_KEY = "compat"


class Mode:
    """This run's level: V23 unless asked for V5 (set before the options are parsed)."""
    level = V23


def is_5x():
    return Mode.level == V5


# -- choosing the mode -------------------------------------------------------------

def level_text(text, source):
    """'5' or '2' (also '5.x', 'v5', '2.3'...) -> the level; a FatalError naming `source`."""
    word = str(text).strip().lower().lstrip("v")
    level = word.split(".", 1)[0]
    if level not in LEVELS:
        from esptool import FatalError
        raise FatalError("%s: '%s' is no compatibility level" % (source, text),
                         hint="use 5 (upstream 5.x's output and rules) or 2 (v2.3's, the "
                              "default)")
    return level


def take_option(argv):
    """-> (the level `--compat N` / `--compat=N` names or None, argv without it).
    It is taken wherever it stands on the line, before or after the command."""
    level, rest, i = None, [], 0
    while i < len(argv):
        word = argv[i]
        if word == OPTION and i + 1 < len(argv):
            level = level_text(argv[i + 1], OPTION)
            i += 2
            continue
        if word.startswith(OPTION + "="):
            level = level_text(word.split("=", 1)[1], OPTION)
        else:
            rest.append(word)
        i += 1
    return level, rest


def choose(argv, config_value=None, tool="esptool"):
    """Set this run's level from argv, the environment and the config file's value;
    -> argv without --compat."""
    level, argv = take_option(argv)
    if level is None and os.environ.get(MODE_VARIABLE):
        level = level_text(os.environ[MODE_VARIABLE], MODE_VARIABLE)
    set_level(level or config_value or V23, tool)
    return argv


# How a fatal error's line starts (esptool.FatalError.heading). 5.6 (run, exit status 2)
# says "ERROR: " before it on stderr: esptool on the same line, espsecure and espefuse
# on a line of its own; esptool also ends stdout with an empty line (in_the_mode).
FATAL_HEADINGS_5X = {
    "esptool": "ERROR: A fatal error occurred: ",
    "espsecure": "ERROR: \nA fatal error occurred: ",
    "espefuse": "ERROR: \nA fatal error occurred: ",
}


def set_level(level, tool):
    """This run's level, and the start of `tool`'s fatal error line that goes with it."""
    from esptool import FatalError
    if not hasattr(Mode, "v23_heading"):
        Mode.v23_heading = FatalError.heading
    Mode.level = level
    FatalError.heading = FATAL_HEADINGS_5X[tool] if level == V5 else Mode.v23_heading


# -- the translation of lines ------------------------------------------------------

class Rule:
    """One v2.3 line in 5.x's words: `replacement` is a re.sub template, a function
    (match, args) -> the line(s) or None (5.x says nothing there); `when(args)` limits
    it to some runs of a command."""

    def __init__(self, pattern, replacement, when=None):
        self.pattern, self.replacement, self.when = re.compile(pattern), replacement, when

    def applies(self, line, args):
        return (self.when is None or self.when(args)) and self.pattern.match(line)

    def apply(self, match, args):
        if self.replacement is AFTER_THE_NEXT_LINE:
            return AFTER_THE_NEXT_LINE
        if callable(self.replacement):
            return self.replacement(match, args)
        return match.expand(self.replacement)


rule = Rule


AFTER_THE_NEXT_LINE = "after the next line"     # a replacement: move the line down one


def merging(format):
    return lambda args: getattr(args, "operation", "").replace("-", "_") == "merge_bin" \
        and getattr(args, "format", "raw") == format


RAW_HINT = ("HINT: Consider using --format hex to avoid flashing unused 0xFF padding "
            "between input regions.")
HEX_ONE_FILE_WARNING = (
    "WARNING: Only one input file specified, output may include additional padding if "
    "input file was previously merged. Please refer to the documentation for more "
    "information: https://docs.espressif.com/projects/esptool/en/latest/esptool/"
    "basic-commands.html#hex-output-format")


def column(label, value):
    return "%-20s%s" % (label, value)


def hex_written(match, args):
    line = "Wrote %s bytes to file '%s', ready to flash to offset %#x." % (
        match.group(1), match.group(2), getattr(args, "target_offset", 0) or 0)
    return (HEX_ONE_FILE_WARNING + "\n" + line) if len(args.addr_filename) == 1 else line


# -- esptool.py on a chip: the serial commands' words in the mode (docs/compat.md §7) --

def running(command):
    return lambda args: getattr(args, "operation", "").replace("-", "_") == command


ESPTOOL_ON_A_CHIP_5X = [
    rule(r"^Done!$", lambda match, args: None, when=running("dump_mem")),   # serial5x says it
    # --diff-with: serial5x says the sectors that changed before the write, in 5.x's words
    rule(r"^Rewritten: ", lambda match, args: None,
         when=lambda args: bool(getattr(args, "diff_with", None))),
    rule(r"^Status value: (0x[0-9a-f]+)$", r"Flash memory status: \1"),
    rule(r"^(Initial|Setting|After) flash status:(\s+0x[0-9a-f]+)$", r"\1 flash memory status:\2"),
]


# v2.3 wording -> 5.6's, each line as a whole, the first rule that fits
# (facts: docs/compat.md §2).
MESSAGES_5X = {
    "esptool": [
        rule(r"^esptool\.py v(\S+)$", r"esptool v\1"),
        # 5.x says which config file it loaded after its banner; ours before it
        rule(r"^Loaded custom configuration from ", AFTER_THE_NEXT_LINE),
        rule(r"^Adding (.+) at (0x[0-9a-f]+)$", r"Adding '\1' at \2...", when=merging("uf2")),
        rule(r"^Adding (.+) at (0x[0-9a-f]+)$", lambda match, args: None,
             when=lambda args: getattr(args, "operation", "").replace("-", "_") == "merge_bin"),
        rule(r"^Wrote (0x[0-9a-f]+) bytes to file (.+)$",
             r"Wrote \1 bytes to file '\2', ready to be flashed with any ESP USB Bridge.",
             when=merging("uf2")),
        rule(r"^Wrote (0x[0-9a-f]+) bytes to file (.+)$", hex_written, when=merging("hex")),
        rule(r"^Wrote (0x[0-9a-f]+) bytes to file (.+?), ready to flash to offset "
             r"(0x[0-9a-f]+)$", RAW_HINT + "\n" + r"Wrote \1 bytes to file '\2', ready to "
             r"flash to offset \3.", when=merging("raw")),
        # the connection summary and read_mac: a label padded to 20 columns
        rule(r"^Chip is (.+)$", lambda match, args: column("Chip type:", match.group(1))),
        rule(r"^(Features|MAC|BASE MAC|MAC_EXT): (.+)$",
             lambda match, args: column(match.group(1) + ":", match.group(2))),
        rule(r"^Uploading stub\.\.\.$", "Uploading stub flasher..."),
        rule(r"^Running stub\.\.\.$", "Running stub flasher..."),
        rule(r"^Stub running\.\.\.$", "Stub flasher running."),
        rule(r"^Changing baud rate to (\d+)$", r"Changing baud rate to \1..."),
        rule(r"^Flash params set to (0x[0-9a-f]{4})$", r"Flash parameters set to \1."),
        rule(r"^WARNING: File (.+) is empty$", r"WARNING: '\1' is empty."),
        rule(r"^Chip erase completed successfully in .*$", "Flash memory erased successfully."),
        *ESPTOOL_ON_A_CHIP_5X,
    ],
    "espsecure": [
        rule(r"^espsecure\.py v(\S+)$", r"espsecure v\1"),
    ],
    "espefuse": [
        rule(r"^espefuse\.py v(\S+)$", r"espefuse v\1"),
        # the ESP32's MAC CRC in hex, its custom MAC when none is set
        rule(r"^(.*) \(CRC ([0-9a-f]{2}) OK\)(.*)$", r"\1 (CRC 0x\2 OK)\3"),
        rule(r"^No custom MAC is set \(MAC_VERSION \d+\)\.$",
             "Custom MAC Address is not set in the device."),
        rule(r"^This is an irreversible operation\.$", "This is an irreversible operation!"),
        # the ESP32's burns, collected into one per call (espkit/efuse5x.py Batch)
        rule(r"^Burned BLOCK(\d): verified\.$", r"BURN BLOCK\1  - OK (write block == read block)"),
        rule(r"^Burned BLOCK0 \(postponed\): verified\.$", "Burn postponed eFuses from "
             "BLOCK0.\nBURN BLOCK0  - OK (write block == read block)"),
    ],
}


def skip_padding(argv):
    return "--skip-padding" in argv or "--skip_padding" in argv


# A fatal error's message -> 5.6's, for the tests and scripts that look for its words.
FATAL_5X = {
    "esptool": [
        rule(r"^(This chip is \S+, not \S+\.)$", r"\1 Wrong chip argument?"),
    ],
    "espsecure": [
        rule(r"^the output file (.+) is also an input file; choose another name$",
             r'The input "\1" and output "\1" should not be the same!'),
        rule(r"^.+ too short to end in a 4096-byte signature sector$",
             "Invalid datafile. File too small (must be at least 4096 bytes).",
             when=skip_padding),
        rule(r"^.+ (too short to end in a 4096-byte signature sector|not a multiple of 4096: "
             r"it is not an image signed for secure boot v2)$",
             "Invalid datafile. Data size should be non-zero & a multiple of 4096."),
    ],
    "espefuse": [
        rule(r"^'.+' is not a MAC address$",
             "MAC Address needs to be a 6-byte hexadecimal format separated by colons (:)!"),
        rule(r"^\S+ is a multicast address: .*$", "Custom MAC must be a unicast MAC!"),
        rule(r"^RD_DIS is write-protected.*$", "This eFuse cannot be read-disabled due to the "
             "RD_DIS field being already write-disabled"),
        rule(r"^WR_DIS is write-protected.*$", "This eFuse cannot be write-disabled due to the "
             "WR_DIS field being already write-disabled"),
        rule(r"^(\S+) must stay readable: .*$", r"\1 must be readable, stop this operation!"),
        rule(r"^value 0x([0-9a-f]+) does not fit (\S+?)[,:] .*?0x([0-9a-f]+) at most.*$",
             lambda match, args: too_large(int(match.group(1), 16), match.group(2),
                                           int(match.group(3), 16))),
        rule(r"^unknown eFuse field '(.+)'$", r"Invalid value: '\1' is no eFuse field"),
        rule(r"^GPIO3[01] cannot carry a flash signal.*$",
             "IO pins 30 & 31 cannot be set for SPI flash. 0-29, 32 & 33 only."),
        rule(r"^GPIO(\d+) cannot carry a flash signal.*$",
             r"IO pin \1 cannot be set for SPI flash. 0-29, 32 & 33 only."),
        rule(r"^key file .+ holds (\d+) bytes; \S+ needs exactly (\d+) bytes \((\d+) bits\).*$",
             r"Incorrect key file size \1. Key file must be \2 bytes (\3 bits) of raw binary "
             r"key data."),
        rule(r"^(\S+) already holds data; its Reed-Solomon check bytes allow one write.*$",
             r"Burn into \1 is forbidden (RS coding scheme does not allow this)."),
        rule(r"^KEY_PURPOSE_5 cannot be (\S+): the hardware takes such keys .*$",
             r"KEY_PURPOSE_5 can not have \1 key due to a hardware bug (please see TRM for "
             r"more details)"),
        # a key file of the wrong size on the newer chips (5.6 burn-key, run): the 64-byte
        # XTS_AES_256_KEY in its own words; every other key, ours said of a block ('a key
        # for BLOCK_KEY0') or of a purpose (the ESP32-C2's), in 5.6's one form
        rule(r"^an XTS_AES_256_KEY is 64 bytes; .+ holds (\d+)$",
             r"Incorrect key file size \1, XTS_AES_256_KEY should be 64 bytes"),
        rule(r"^a (?:key for \S+|\S+ key) is (\d+) bytes; .+ holds (\d+)$", lambda match, args:
             "Incorrect key file size %s. Key file must be %s bytes (%d bits) of raw binary "
             "key data." % (match.group(2), match.group(1), 8 * int(match.group(1)))),
        rule(r"^these key purposes cannot share the ESP32-C2's key block: (.+)$",
             lambda match, args: "These keypurposes are incompatible %s"
             % match.group(1).split(", ")),
        rule(r"^cannot switch the flash regulator OFF: (\S+) is already burned$",
             r"Can't set flash regulator to OFF as \1 eFuse is already burned"),
        rule(r"^cannot set 1\.8V: (\S+) is already burned.*$",
             r"Can't set regulator to 1.8V is \1 eFuse is already burned"),
        rule(r"^bytes \d+-\d+ of BLK(\d) already hold data; under 3/4 coding.*$",
             r"Burn into BLOCK\1 is forbidden (3/4 coding scheme does not allow this)."),
    ],
}


def too_large(value, name, largest):
    """5.x's words for a value wider than its eFuse field."""
    bits = largest.bit_length()
    if bits == 1:
        return ("New value is not accepted for eFuse '%s' (will always burn 0->1), given "
                "value=%d" % (name, value))
    return ("%d is too large an unsigned integer for a bitstring of length %d. The allowed "
            "range is [0, %d]." % (value, bits, largest))
# Commands 5.x still runs but says are on their way out: their names (with dashes),
# as the user typed them.
DEPRECATED_5X = {
    "espsecure": ("digest-rsa-public-key",),
}


def translate(line, rules, args=None):
    """-> the line in 5.x's words: None where 5.x says nothing."""
    for each in rules:
        match = each.applies(line, args)
        if match:
            return each.apply(match, args)
    return line


class TranslatingStream(io.TextIOBase):
    """A text stream that writes each whole line to `inner` as `rules` word it. A line
    still open when flush() is called (a message ended with end="") goes out as it is."""

    def __init__(self, inner, rules, args=None):
        super().__init__()
        self.inner, self.rules, self.args, self.pending = inner, rules, args, ""
        self.held = []          # lines that go out after the next one

    def writable(self):
        return True

    def write(self, text):
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            said = translate(line, self.rules, self.args)
            if said is AFTER_THE_NEXT_LINE:
                self.held.append((self.inner, line))
            elif said is not None:
                self.inner.write(said + "\n")
                self.write_held()
        return len(text)

    def hold_for_after_the_next_line(self, stream, lines):
        """`lines` go to `stream` (another stream's inner one) after this one's next line."""
        self.held += [(stream, line) for line in lines]

    def write_held(self):
        for stream, line in self.held:
            if stream is not self.inner:
                self.inner.flush()          # the order of the two streams, kept in a 2>&1
            stream.write(line + "\n")
            stream.flush()
        self.held = []

    def flush(self):
        if self.pending:
            self.write_held()
            self.inner.write(self.pending)
            self.pending = ""
        self.inner.flush()

    def isatty(self):
        return self.inner.isatty()

    def fileno(self):
        return self.inner.fileno()

    @property
    def buffer(self):           # data for '-' goes to the bytes underneath, untranslated
        return self.inner.buffer

    @property
    def encoding(self):
        return getattr(self.inner, "encoding", "utf-8")


@contextlib.contextmanager
def speaking(tool, args=None, warnings_after_the_banner=()):
    """While in the 5.x mode, stdout and stderr say each line in 5.x's words (some
    rules depend on the command line: `args`). `warnings_after_the_banner` go to stderr
    after the first line on stdout (the banner), as 5.6 says the config file's."""
    if not is_5x():
        yield
        return
    rules = MESSAGES_5X[tool]
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (TranslatingStream(saved[0], rules, args),
                              TranslatingStream(saved[1], rules, args))
    sys.stdout.hold_for_after_the_next_line(saved[1], warnings_after_the_banner)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.write_held()
                stream.flush()
        sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def fatal_errors_in_5x_words(tool, context=None):
    from esptool import FatalError
    try:
        yield
    except FatalError as e:
        said = translate(str(e), FATAL_5X[tool], context)
        if said == str(e):
            raise
        raise FatalError(said, hint=e.hint) from None


# 5.6's espefuse adds this line to any fatal error in reaching the chip (run with a port
# that does not exist: after the error and its hint, an empty line between, on stderr).
RIGHT_PORT_5X = "Please make sure you specified the right port with --port."


def naming_the_port(error):
    """A FatalError raised while espefuse reaches its chip, with 5.6's line after it."""
    if error.hint:
        error.hint += "\n\n" + RIGHT_PORT_5X
    else:
        error.args = ("%s\n%s" % (error, RIGHT_PORT_5X),)
    return error


def say_deprecations(tool, argv):
    for word in argv:
        if word.replace("_", "-") in DEPRECATED_5X.get(tool, ()):
            print("DeprecationWarning: The command '%s' is deprecated." % word.replace("_", "-"),
                  file=sys.stderr)


# -- espsecure.py's and espefuse.py's seam ---------------------------------------------

def running(tool, run_cli):
    """run_cli(argv) of espsecure or espefuse, in the mode asked for: its argv without
    --compat; in the 5.x mode, its output and its fatal errors in 5.x's words."""
    def run(argv):
        argv = choose(list(sys.argv[1:] if argv is None else argv), level_in_config_file(),
                      tool)
        if not is_5x():
            return run_cli(argv)
        with speaking(tool), fatal_errors_in_5x_words(tool, argv):
            say_deprecations(tool, argv)
            return in_5x_spelling(tool, run_cli)(argv)
    return run


# -- espefuse in the mode ----------------------------------------------------------------

def in_5x_spelling(tool, run_cli):
    """espefuse's run_cli for the ESP32 in 5.x's command line (espkit/efuse5x.py); the
    newer chips' command line (espkit/efuse_newer.py) is 5.x's already."""
    if tool != "espefuse":
        return run_cli
    core = sys.modules[run_cli.__module__]

    def run(argv):
        if core.newer_chip_named(argv):
            return run_cli(argv)
        from espkit import efuse5x
        return efuse5x.run_cli(argv, core)
    return run


def level_in_config_file():
    """The config file's `compat`, for the tools that read nothing else from it: a file
    that cannot be read or checked is esptool's to complain of, not theirs."""
    from esptool import FatalError
    from espkit import config
    try:
        path, parser, _ = config.find_config()
        text = parser.get(config.SECTION, CONFIG_KEY, fallback=None) if path else None
        return config.compat_level(text) if text is not None else None
    except (FatalError, ValueError):
        return None


# -- esptool.py's seams ----------------------------------------------------------------

def register(extensions):
    """Wired after config.register (its argv expander, which reads the file, runs first)."""
    # The level the command line and the environment ask for holds from the start (a
    # fatal error in reading @files is worded by it); the config file's joins it later.
    extensions.argv_expanders.insert(0, level_before_the_file)
    extensions.argv_expanders.append(choose_from_argv)
    extensions.global_args.append(add_compat_arg)
    extensions.run_command = in_the_mode(extensions.run_command, extensions)
    from espkit import config, serial5x
    at = extensions.argv_expanders.index(config.load_before_parsing)
    extensions.argv_expanders[at] = serial5x.loading_config(config.load_before_parsing,
                                                            asked_before_the_file)
    extensions.connect = serial5x.connecting(extensions.connect)
    extensions.usage_error = saying_config_warnings(extensions.usage_error)


def saying_config_warnings(usage_error):
    """A command line that does not parse: the config file's warnings are still said
    (5.6 says them before its usage error too)."""
    def run(error, argv):
        from espkit import serial5x
        serial5x.say_config_warnings()
        return usage_error(error, argv) if usage_error else None
    return run


def asked_before_the_file(argv):
    """True if the command line or the environment asks for the 5.x mode."""
    level = take_option(argv)[0]
    if level is None and os.environ.get(MODE_VARIABLE):
        level = level_text(os.environ[MODE_VARIABLE], MODE_VARIABLE)
    return level == V5


def level_before_the_file(argv):
    """-> argv as it is (--compat stays for the config file's reader to see)."""
    set_level(V5 if asked_before_the_file(argv) else V23, "esptool")
    return argv


def choose_from_argv(argv):
    from espkit import config
    return choose(argv, config.CURRENT.get(CONFIG_KEY))


def in_the_mode(run_command, extensions):
    def run(args):
        from esptool import DATA_STDOUT, FatalError
        from espkit import compat_images, serial5x
        # Where no banner opens stdout, the config file's warnings are said at once.
        if not is_5x() or not args.command.banner or getattr(args, "json_events", False) \
                or DATA_STDOUT[0]:
            serial5x.say_config_warnings()
        # monitor, list_ports and completion: their stdout is the chip's or a script's
        if not is_5x() or not args.command.banner:
            return run_command(args)
        try:
            with speaking("esptool", args, serial5x.take_config_warnings()), \
                    compat_images.rules_of_5x(), \
                    fatal_errors_in_5x_words("esptool", args), \
                    serial5x.on_the_chip(extensions, args):
                return run_command(with_5x_commands(args))
        except FatalError:
            end_stdout_before_a_fatal_error()
            raise
    return run


def end_stdout_before_a_fatal_error():
    """5.6's esptool prints an empty line on stdout before its fatal error's line; not
    where stdout carries the command's data ('-')."""
    import esptool
    if not esptool.DATA_STDOUT[0]:
        print()
        sys.stdout.flush()


def with_5x_commands(args):
    """args, its command replaced by its 5.x form where 5.x lays the output out anew."""
    from espkit import compat_images, image_info5x, serial5x
    args.command = serial5x.command_of_5x(args.command)
    serial5x.unaligned_writes_of_5x(args)
    replaced = {"image_info": image_info5x.image_info,
                "elf2image": compat_images.elf2image_announced(args.command.func),
                }.get(args.command.name)
    if replaced is not None:
        import copy
        args.command = copy.copy(args.command)
        args.command.func = replaced
    return args
