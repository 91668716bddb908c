#!/usr/bin/env python3
# espefuse.py - part of the esptool.py toolkit. GPLv2, see LICENSE.
"""espefuse.py: not implemented yet (see the project's issues)."""
import sys


def main(argv=None):
    print("A fatal error occurred: espefuse.py is not implemented yet")
    return 2


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
