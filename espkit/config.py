# GPLv2, see LICENSE.
"""esptool.cfg: timeouts, retries and reset sequences a user keeps in a file
rather than typing, found and read where upstream esptool 5.x finds them
(docs/config.md).

The file is looked for each time the command line starts (an argv expander,
before the options are parsed, so `connect_attempts` becomes --connect-attempts'
default): ESPTOOL_CFGFILE, then esptool.cfg, setup.cfg or tox.ini with an
[esptool] section in the current directory, then in ~/.config/esptool/, then
in the home directory. What it sets goes into esptool's constants, which are
put back to their defaults first, so one run's file never leaks into the next
(run in one process, as the tests and the Python API do).
"""
import configparser
import difflib
import os
import sys
import time

import esptool
from esptool import FatalError
from espkit import link_recovery

SECTION = "esptool"
ENV_VARIABLE = "ESPTOOL_CFGFILE"
FILE_NAMES = ("esptool.cfg", "setup.cfg", "tox.ini")     # tried in this order in each directory
OPEN_RETRY_PAUSE = 0.1              # seconds between two tries to open the port (as 5.x)
OPEN_RETRY_DOTS_EVERY = 10          # one dot per second of retrying
CUSTOM_RESET = "config_reset"       # the --before name the custom sequence is run under


def user_config_directory(home):
    """Where 5.x looks after the current directory: ~/.config/esptool (POSIX) or
    ~/AppData/Local/esptool (Windows); XDG_CONFIG_HOME is not consulted, as in 5.x."""
    if os.name == "nt":
        return os.path.join(home, "AppData", "Local", SECTION)
    return os.path.join(home, ".config", SECTION)


def search_directories():
    home = os.path.expanduser("~")
    return [os.getcwd(), user_config_directory(home), home]


# -- values -----------------------------------------------------------------------

def number(kind, minimum, what):
    """A parser of one setting's text: `kind` (int or float) at least `minimum`."""
    def parse(text):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or value < minimum or value != value:
            raise ValueError("is not %s" % what)
        return value
    return parse


SECONDS = number(float, 0.001, "a number of seconds above 0")
DELAY = number(float, 0.0, "a number of seconds (0 or more)")
ATTEMPTS_OR_FOREVER = number(int, 0, "a whole number (0: keep trying)")
AT_LEAST_ONCE = number(int, 1, "a whole number from 1 up")


def reset_sequence(text):
    """'D0|R1|W0.1|D1|R0|W0.05|D0' -> [(step, value)], as 5.x writes reset sequences:
    D<0|1> sets DTR, R<0|1> sets RTS, U<dtr>,<rts> sets both at once, W<seconds> waits.
    The digit is what pyserial is given (1: line asserted), not a pin level."""
    steps = []
    for word in (part.strip() for part in text.split("|")):
        if not word:
            continue                # a trailing '|' is allowed, as in 5.x
        step, argument = word[0].upper(), word[1:].strip()
        digits = [a.strip() for a in argument.split(",")]
        if step in "DR" and argument in ("0", "1"):
            steps.append((step, argument == "1"))
        elif step == "U" and len(digits) == 2 and set(digits) <= {"0", "1"}:
            steps.append((step, (digits[0] == "1", digits[1] == "1")))
        elif step == "W" and argument:
            steps.append((step, DELAY(argument)))
        else:
            raise ValueError("has a step '%s' that is none of D0, D1, R0, R1, U<dtr>,<rts> "
                             "or W<seconds>" % word)
    if not steps:
        raise ValueError("has no steps")
    return steps


def compat_level(text):
    """`compat`: 5 for upstream 5.x's output and rules, 2 for v2.3's (espkit/compat.py)."""
    level = text.strip().lower().lstrip("v").split(".", 1)[0]
    if level not in ("2", "5"):
        raise ValueError("is not 5 (upstream 5.x's output) or 2 (v2.3's, the default)")
    return level


# Every setting 5.x reads from its [esptool] section (docs/config.md §2), and how
# to read its value.
SETTINGS = {
    "timeout": SECONDS,
    "chip_erase_timeout": SECONDS,
    "max_timeout": SECONDS,
    "sync_timeout": SECONDS,
    "md5_timeout_per_mb": SECONDS,
    "erase_region_timeout_per_mb": SECONDS,
    "erase_write_timeout_per_mb": SECONDS,
    "mem_end_rom_timeout": SECONDS,
    "serial_write_timeout": SECONDS,
    "connect_attempts": ATTEMPTS_OR_FOREVER,
    "write_block_attempts": AT_LEAST_ONCE,
    "reset_delay": DELAY,
    "open_port_attempts": ATTEMPTS_OR_FOREVER,
    "custom_reset_sequence": reset_sequence,
    "custom_hard_reset_sequence": reset_sequence,
    # ours, not 5.x's: 5 speaks as upstream 5.x does (espkit/compat.py, docs/compat.md)
    "compat": compat_level,
}

# The constants of esptool.py a setting replaces, and where their defaults are kept.
CORE_CONSTANTS = {
    "timeout": ("DEFAULT_TIMEOUT",),
    "chip_erase_timeout": ("CHIP_ERASE_TIMEOUT",),
    "max_timeout": ("MAX_TIMEOUT",),
    "sync_timeout": ("SYNC_TIMEOUT",),
    "md5_timeout_per_mb": ("MD5_TIMEOUT_PER_MB",),
    "erase_region_timeout_per_mb": ("ERASE_REGION_TIMEOUT_PER_MB",),
    "erase_write_timeout_per_mb": ("ERASE_TIMEOUT_PER_MB",),
    "mem_end_rom_timeout": ("ROM_MEM_END_TIMEOUT",),
    "serial_write_timeout": ("SERIAL_WRITE_TIMEOUT",),
    "connect_attempts": ("DEFAULT_CONNECT_ATTEMPTS",),
    "reset_delay": ("RESET_DELAY", "RESET_DELAY_R0"),
}
DEFAULTS = {name: getattr(esptool, name) for names in CORE_CONSTANTS.values() for name in names}
DEFAULT_LINK_MAX_RETRIES = link_recovery.LINK_MAX_RETRIES


# -- finding and reading the file ----------------------------------------------------

class Loaded:
    """The settings of this run: .path (None: no file), .values (name -> parsed value),
    .from_env (the path came from ESPTOOL_CFGFILE), .announced."""

    def __init__(self, path=None, values=None, from_env=False):
        self.path, self.values, self.from_env = path, values or {}, from_env
        self.announced = False

    def get(self, name, default=None):
        return self.values.get(name, default)

    def source(self):
        return "%s (set with %s)" % (self.path, ENV_VARIABLE) if self.from_env else self.path


CURRENT = Loaded()


def read_ini(path):
    """-> ConfigParser of `path`; configparser.Error or OSError when it cannot be read."""
    parser = configparser.ConfigParser(interpolation=None)
    with open(path, encoding="utf-8") as f:
        parser.read_file(f, path)
    return parser


def find_config():
    """-> (path, parser, from_env) of the file to use, or (None, None, False)."""
    named = os.environ.get(ENV_VARIABLE)
    if named:
        path = os.path.abspath(named)
        try:
            parser = read_ini(path)
        except OSError as e:
            raise FatalError("%s names %s, which cannot be read: %s"
                             % (ENV_VARIABLE, path, e.strerror or e))
        except (configparser.Error, UnicodeDecodeError) as e:
            raise FatalError("%s (named by %s) is not a valid config file: %s"
                             % (path, ENV_VARIABLE, one_line(e)))
        if not parser.has_section(SECTION):
            raise FatalError("%s (named by %s) has no [%s] section"
                             % (path, ENV_VARIABLE, SECTION))
        return path, parser, True
    for directory in search_directories():
        for name in FILE_NAMES:
            path = os.path.abspath(os.path.join(directory, name))
            if not os.path.isfile(path):
                continue
            parser = read_candidate(path, name)
            if parser is not None and parser.has_section(SECTION):
                return path, parser, False
    return None, None, False


def read_candidate(path, name):
    """A file found by the search: esptool.cfg is ours and must be valid; a setup.cfg
    or tox.ini that does not parse belongs to other tools and is passed over."""
    try:
        return read_ini(path)
    except (OSError, configparser.Error, UnicodeDecodeError) as e:
        if name == FILE_NAMES[0]:
            raise FatalError("%s is not a valid config file: %s" % (path, one_line(e)))
        print("WARNING: ignoring %s, which is not a valid INI file: %s" % (path, one_line(e)),
              file=sys.stderr)
        return None


def one_line(error):
    return " ".join(str(getattr(error, "strerror", None) or error).split())


def parse_settings(path, parser):
    """name -> value for every setting in the [esptool] section; FatalError naming
    the file and the setting for one that is unknown or has a bad value."""
    values = {}
    for name, text in parser.items(SECTION):
        if name not in SETTINGS:
            close = difflib.get_close_matches(name, SETTINGS, n=1)
            raise FatalError("%s: unknown setting '%s' in [%s]" % (path, name, SECTION),
                             hint=("did you mean '%s'? " % close[0] if close else "")
                             + "the settings are: " + ", ".join(SETTINGS))
        try:
            values[name] = SETTINGS[name](text.strip())
        except ValueError as e:
            raise FatalError("%s: setting '%s' = '%s' %s" % (path, name, text.strip(), e))
    return values


def load():
    """Find, read and check the file (FatalError before anything else happens) and
    make its settings this run's: CURRENT."""
    global CURRENT
    path, parser, from_env = find_config()
    CURRENT = Loaded(path, parse_settings(path, parser) if path else {}, from_env)
    apply_to_core(CURRENT)
    return CURRENT


def apply_to_core(settings):
    """Every constant back to its default, then the file's values put in."""
    for name, value in DEFAULTS.items():
        setattr(esptool, name, value)
    link_recovery.LINK_MAX_RETRIES = DEFAULT_LINK_MAX_RETRIES
    for key, names in CORE_CONSTANTS.items():
        if key in settings.values:
            for name in names:
                setattr(esptool, name, settings.values[key])
    if "chip_erase_timeout" in settings.values and "max_timeout" not in settings.values:
        esptool.MAX_TIMEOUT = 2 * settings.values["chip_erase_timeout"]   # 5.x's rule
    if "write_block_attempts" in settings.values:
        link_recovery.LINK_MAX_RETRIES = settings.values["write_block_attempts"] - 1


# -- the seams ---------------------------------------------------------------------

def register(extensions):
    """Hooked into esptool's command line once; each hook reads CURRENT."""
    extensions.argv_expanders.insert(0, load_before_parsing)
    extensions.reset_for_port.append(pick_custom_reset)
    extensions.connect = connect_retrying_open
    extensions.run_command = announcing(extensions.run_command or esptool.run_command)
    extensions.leave_command = with_custom_hard_reset(extensions.leave_command
                                                      or esptool.leave_after_command)


def load_before_parsing(argv):
    load()
    return argv


def announcing(run_command):
    """The line saying which file was loaded, once, before the command's output:
    on stdout as 5.x prints it, on stderr where stdout is for a script or the
    chip (--json, monitor, list_ports)."""
    def run(args):
        if CURRENT.path and not CURRENT.announced:
            CURRENT.announced = True
            quiet_stdout = getattr(args, "json_events", False) or not args.command.banner
            print("Loaded custom configuration from %s" % CURRENT.source(),
                  file=sys.stderr if quiet_stdout else sys.stdout)
        return run_command(args)
    return run


# -- reset sequences ---------------------------------------------------------------

def run_reset_sequence(port, steps):
    for step, value in steps:
        if step == "D":
            port.dtr = value
        elif step == "R":
            port.rts = value
        elif step == "U":
            set_dtr_and_rts(port, *value)
        else:
            time.sleep(value)


def set_dtr_and_rts(port, dtr, rts):
    """Both lines in one ioctl where the port is a local POSIX tty (no instant with
    one line changed and not the other); one after the other elsewhere."""
    try:
        import fcntl
        import struct
        import termios
        fd = port.fileno()
        status = struct.unpack("I", fcntl.ioctl(fd, termios.TIOCMGET, struct.pack("I", 0)))[0]
        for bit, on in ((termios.TIOCM_DTR, dtr), (termios.TIOCM_RTS, rts)):
            status = status | bit if on else status & ~bit
        fcntl.ioctl(fd, termios.TIOCMSET, struct.pack("I", status))
    except (ImportError, AttributeError, OSError, ValueError, TypeError):
        pass
    port.dtr = dtr                  # pyserial's own record of the lines (no change on a tty)
    port.rts = rts


def pick_custom_reset(loader):
    """--before default_reset with custom_reset_sequence set: that sequence on every
    attempt (the last pick wins, so it overrides the chip's USB reset, as in 5.x)."""
    steps = CURRENT.get("custom_reset_sequence")
    if steps is None:
        return None
    esptool.EXTENSIONS.resets.setdefault(CUSTOM_RESET, custom_reset_into_bootloader)
    return CUSTOM_RESET


def custom_reset_into_bootloader(loader):
    run_reset_sequence(loader.serial, CURRENT.get("custom_reset_sequence"))


def with_custom_hard_reset(leave_command):
    """--after hard_reset with custom_hard_reset_sequence set runs that sequence instead
    of the RTS pulse, and says so."""
    def leave(esp, args):
        steps = CURRENT.get("custom_hard_reset_sequence")
        if steps is not None and args.after == "hard_reset":
            def hard_reset():
                run_reset_sequence(esp.serial, steps)
                esp.reporter.message("Custom reset sequence executed: %s"
                                     % "|".join(word_of(step) for step in steps))
            esp.hard_reset = hard_reset
        return leave_command(esp, args)
    return leave


def word_of(step):
    kind, value = step
    if kind == "U":
        return "U%d,%d" % value
    if kind == "W":
        return "W%g" % value
    return "%s%d" % (kind, value)


# -- opening the port again --------------------------------------------------------

def connect_retrying_open(connect, port):
    """open_port_attempts (0: forever): a port that fails to open or connect is tried
    again after 0.1 s, as 5.x does, for a board still being plugged in or enumerated."""
    attempts = CURRENT.get("open_port_attempts", 1)
    if attempts == 1:
        return connect(port)
    reporter = connect.keywords.get("reporter") or esptool.ConsoleReporter()
    tried = 0
    while True:
        tried += 1
        try:
            return connect(port)
        except FatalError as e:
            if attempts and tried >= attempts:
                reporter.message("")
                raise
            if tried == 1:
                reporter.message(str(e))
                reporter.message("Retrying failed connection", end="")
            elif tried % OPEN_RETRY_DOTS_EVERY == 0:
                reporter.message(".", end="")
            time.sleep(OPEN_RETRY_PAUSE)
