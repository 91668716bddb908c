#!/usr/bin/env python3
# Installed launcher for the commands esptool[.py], espsecure[.py], espefuse[.py]
# and espsim; the other six names are links to this file. GPLv2, see LICENSE.
"""Run the main() of the module this launcher is named after."""
import importlib
import os
import sys

# pip puts launchers in the same directory, which Python puts first on
# sys.path; a launcher named esptool.py would then shadow the real esptool
# module (and, after `pip install -e .`, run a stale copy). Look elsewhere.
_here = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [p for p in sys.path if os.path.realpath(p or os.curdir) != _here]
_module = os.path.basename(__file__)
_module = _module[:-3] if _module.endswith(".py") else _module

if __name__ == "__main__":
    importlib.import_module(_module)._main()
else:
    # Imported by mistake in place of the real module: hand out the real one.
    del sys.modules[__name__]
    sys.modules[__name__] = importlib.import_module(_module)
