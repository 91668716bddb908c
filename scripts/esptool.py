#!/usr/bin/env python3
# Installed launcher for the commands esptool[.py], espsecure[.py], espefuse[.py],
# esp_rfc2217_server[.py] and espsim; the other names are links to this file. GPLv2, see LICENSE.
"""Run the main() of the module this launcher is named after."""
import importlib
import os
import sys

# pip puts launchers in the same directory, which Python puts first on
# sys.path; a launcher named esptool.py would then shadow the real esptool
# module (and, after `pip install -e .`, run a stale copy). Look elsewhere.
# An old pip's `install -e` puts a wrapper there that runs this file by exec(), so
# the wrapper's directory (sys.argv[0]'s) must go too.
_here = {os.path.dirname(os.path.realpath(path)) for path in (__file__, sys.argv[0])}
sys.path[:] = [p for p in sys.path if os.path.realpath(p or os.curdir) not in _here]
_module = os.path.basename(__file__)
_module = _module[:-3] if _module.endswith(".py") else _module

if __name__ == "__main__":
    importlib.import_module(_module)._main()
else:
    # Imported by mistake in place of the real module: hand out the real one.
    del sys.modules[__name__]
    sys.modules[__name__] = importlib.import_module(_module)
