# GPLv2, see LICENSE.
"""The global option --compat's words, for every help that lists it: argparse's (esptool,
espsecure, the ESP32's espefuse) and the two espefuse command lines laid out by hand
(espkit/efuse_newer.py, espkit/efuse5x.py). Apart from espkit/compat.py, which runs the
ESP32's 5.x command line (espkit/efuse5x.py): importing it from there would be a cycle."""

OPTION = "--compat"
V23, V5 = "2", "5"
LEVELS = (V23, V5)
HELP = ("5: output, errors and images as upstream esptool 5.x's (docs/compat.md); 2: v2.3's, "
        "the default. Also ESPTOOL_COMPAT, or 'compat' in the config file")


def add_compat_arg(parser):
    """--compat, for the help: the word is taken out of argv before parsing
    (espkit/compat.py choose)."""
    parser.add_argument(OPTION, choices=LEVELS, default=None, help=HELP)


def help_line():
    """--compat in the help of the command lines argparse does not lay out."""
    return "  %-20s %s" % ("%s {%s}" % (OPTION, ",".join(LEVELS)), HELP)
