#!/bin/sh
# Install what the test suite needs, then run all of it.
# This is the README's test command, and what CI runs (.ci/run).
set -eu
cd "$(dirname "$0")/.."

# The cross compiler builds the ESP8266 flasher stub and the test ELFs.
if ! command -v xtensa-lx106-elf-gcc >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq gcc-xtensa-lx106 make gcc python3-venv >/dev/null
fi

python3 -m pip install -q -e ".[test]"
exec python3 -m pytest -q test "$@"
