"""Upstream esptool from PyPI, installed in its own virtualenv, as an oracle.

Our tool and upstream share module names, so upstream never enters this
process: tests run it as a separate program with `upstream_cmd(version)`.
The virtualenvs live in a cache directory and are created on first use; where
PyPI cannot be reached the oracle is unavailable and those tests skip.
"""
import os
import subprocess
import sys

import pytest

CACHE = os.environ.get("ESPTOOL_ORACLE_DIR",
                       os.path.join(os.path.expanduser("~"), ".cache", "esptool-oracle"))
VERSIONS = {"2.3.1": "esptool==2.3.1", "5": "esptool==5.6.0"}


def _venv_dir(version):
    return os.path.join(CACHE, "v" + version)


def upstream_python(version):
    """Path of the python of an upstream virtualenv, creating it if needed, or None."""
    venv = _venv_dir(version)
    python = os.path.join(venv, "bin", "python")
    marker = os.path.join(venv, ".installed")
    if os.path.exists(marker):
        return python
    os.makedirs(CACHE, exist_ok=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True,
                       capture_output=True, timeout=300)
        subprocess.run([python, "-m", "pip", "install", "-q", VERSIONS[version]], check=True,
                       capture_output=True, timeout=600)
    except (subprocess.SubprocessError, OSError):
        return None
    open(marker, "w").close()
    return python


def upstream_cmd(version, tool="esptool"):
    """argv prefix that runs upstream's `tool` (esptool, espsecure, espefuse); skips if absent."""
    python = upstream_python(version)
    if python is None:
        pytest.skip("upstream esptool %s could not be installed" % version)
    module = {"esptool": "esptool", "espsecure": "espsecure", "espefuse": "espefuse"}[tool]
    if version != "2.3.1":
        # 5.x keeps the tools in the esptool package.
        module = {"esptool": "esptool", "espsecure": "espsecure", "espefuse": "espefuse"}[tool]
    # Run from an empty directory so our own top-level modules are not on sys.path.
    return [python, "-m", module]
