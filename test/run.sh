#!/bin/sh
# Install what the test suite needs, then run all of it.
# This is the README's test command, and what CI runs (.ci/run).
# Extra arguments go to pytest (e.g. -m upstream_matrix, -k flash).
set -eu
cd "$(dirname "$0")/.."

need_apt=""
command -v xtensa-lx106-elf-gcc >/dev/null 2>&1 || need_apt=1   # ESP8266 stub + test ELFs
command -v make >/dev/null 2>&1 || need_apt=1
command -v gcc >/dev/null 2>&1 || need_apt=1                    # host build of the stub
command -v qemu-system-xtensa >/dev/null 2>&1 || need_apt=1     # runs the cross-built stub core
command -v riscv64-unknown-elf-gcc >/dev/null 2>&1 || need_apt=1 # ESP32-C3 stub + test ELFs
python3 -c "import ensurepip" >/dev/null 2>&1 || need_apt=1     # Debian splits venv out
if [ -n "$need_apt" ]; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends \
        gcc-xtensa-lx106 gcc-riscv64-unknown-elf make gcc libc6-dev python3-venv \
        qemu-system-misc >/dev/null
fi

# A virtualenv of our own: Debian's system Python refuses pip installs.
VENV=${ESPTOOL_TEST_VENV:-.venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q -e ".[test]"
# Six workers: the suite mostly waits on simulated serial lines, so 2 cores keep up
# (measured: 6 min 5 s with six, 75 % of both cores busy; 7 min 50 s with four, 10 min 7 s
# with three).
# Our tools run as thousands of child processes here: let Python cache their compiled
# code (a machine may set PYTHONDONTWRITEBYTECODE; compiling esptool.py each time more
# than doubled the upstream suites' time).
unset PYTHONDONTWRITEBYTECODE
exec "$VENV/bin/python" -m pytest -q -n 6 "$@"
