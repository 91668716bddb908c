#!/usr/bin/env python3
# espsecure.py - part of the esptool.py toolkit. GPLv2, see LICENSE.
"""espsecure.py: not implemented yet (see the project's issues)."""
import sys


def main(argv=None):
    print("A fatal error occurred: espsecure.py is not implemented yet")
    return 2


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
