"""Shared fixtures. Each feature's tests keep their own helpers in their file;
what several test files need lives here."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "test", "data")


def run_tool(tool, *args, cwd=None, input=None, env=None, timeout=120):
    """Run one of our tools as a user would; returns CompletedProcess (text)."""
    argv = [sys.executable, os.path.join(ROOT, tool + ".py")] + [str(a) for a in args]
    return subprocess.run(argv, cwd=cwd, input=input, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def esptool():
    """Call as esptool('--chip', 'esp32', 'image_info', path) -> CompletedProcess."""
    def run(*args, **kwargs):
        return run_tool("esptool", *args, **kwargs)
    return run
