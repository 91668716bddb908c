"""Upstream esptool from PyPI, installed in its own virtualenv, as an oracle.

Our tool and upstream share module names, so upstream never enters this
process: tests run it as a separate program with `upstream_cmd(version)`.
The virtualenvs live in a cache directory and are created on first use; where
PyPI cannot be reached the oracle is unavailable and those tests skip.
"""
import fcntl
import os
import subprocess
import sys

import pytest

CACHE = os.environ.get("ESPTOOL_ORACLE_DIR",
                       os.path.join(os.path.expanduser("~"), ".cache", "esptool-oracle"))
# 2.3.1 is the behaviour we match; 5.x is the newest upstream, a second opinion.
VERSIONS = {"2.3.1": "esptool==2.3.1", "5": "esptool==5.6.0",
            # the Python that runs upstream 5.3.1's own test suites (test_upstream_suites.py)
            "5.3.1": "esptool==5.3.1 pytest pytest-timeout pyelftools bitstring<5"}


def _create_venv(venv, requirement):
    python = os.path.join(venv, "bin", "python")
    subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True,
                   capture_output=True, timeout=300)
    subprocess.run([python, "-m", "pip", "install", "-q", *requirement.split()], check=True,
                   capture_output=True, timeout=600)


def upstream_python(version):
    """Path of the python of an upstream virtualenv, creating it if needed, or None."""
    venv = os.path.join(CACHE, "v" + version)
    python = os.path.join(venv, "bin", "python")
    marker = os.path.join(venv, ".installed")
    if os.path.exists(marker):
        return python
    os.makedirs(CACHE, exist_ok=True)
    # Several test processes may ask at once; one creates, the others wait.
    with open(os.path.join(CACHE, "v%s.lock" % version), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(marker):
            try:
                _create_venv(venv, VERSIONS[version])
            except (subprocess.SubprocessError, OSError):
                return None
            open(marker, "w").close()
    return python


def upstream_cmd(version, tool="esptool"):
    """argv prefix running upstream's `tool` (esptool, espsecure, espefuse); skips if absent.

    Run it with cwd set to a directory that does not hold our own modules.
    """
    python = upstream_python(version)
    if python is None:
        pytest.skip("upstream esptool %s could not be installed" % version)
    return [python, "-m", tool]
