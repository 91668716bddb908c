"""The end of a command on a network port (espkit/leaving.py, issue 24): no EN pulse
held on a port without lines, no 0.3 s pause in the final close, and the next
command still finds the server ready."""
import threading
import time

import pytest

from conftest import run_main

PYSERIAL_RECONNECT_PAUSE = 0.3      # what socket:// and rfc2217:// close() sleep
EN_PULSE = 0.1                      # --after hard_reset's hold of EN low


@pytest.fixture
def main_thread_sleeps(monkeypatch):
    """The seconds every time.sleep() of the test's own thread asked for (the
    simulator's threads are left out); the sleeps still happen."""
    asked, real_sleep, me = [], time.sleep, threading.current_thread()

    def sleep(seconds):
        if threading.current_thread() is me:
            asked.append(seconds)
        real_sleep(seconds)
    monkeypatch.setattr(time, "sleep", sleep)
    return asked


def read_mac_twice(url, *options):
    """Two commands at once one after the other, in this process: nothing in between
    gives the server time (a new process would take a while to start)."""
    return [run_main("esptool", "--chip", "esp32", "--port", url, *options, "read_mac")
            for _ in range(2)]


def test_socket_port_leaves_without_pulse_or_pause_and_is_ready_again(espsim_server,
                                                                     main_thread_sleeps):
    sim = espsim_server("esp32", raw=True, trace=False)     # socket://: no lines reach it
    for result in read_mac_twice(sim.url, "--before", "no_reset"):
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Hard resetting via RTS pin..." in result.stdout
    assert EN_PULSE not in main_thread_sleeps
    assert PYSERIAL_RECONNECT_PAUSE not in main_thread_sleeps


def test_rfc2217_port_still_pulses_en_without_the_pause(espsim_server, main_thread_sleeps):
    sim = espsim_server("esp32")
    for result in read_mac_twice(sim.url):
        assert result.returncode == 0, result.stdout + result.stderr
    with open(sim.trace_path) as f:
        boots = [line.split()[2] for line in f if line.startswith("# boot ")]
    # Powered on into the flash; then each command: reset into the loader, and
    # --after's pulse boots the flash (the second one's may still be under way).
    assert boots[:4] == ["flash", "download", "flash", "download"], boots
    assert EN_PULSE in main_thread_sleeps
    assert PYSERIAL_RECONNECT_PAUSE not in main_thread_sleeps


def test_api_keeps_pyserials_close(espsim_server, main_thread_sleeps):
    import esptool
    sim = espsim_server("esp32", raw=True, trace=False)
    with esptool.connect(sim.url, chip="esp32", before="no_reset"):
        pass
    assert PYSERIAL_RECONNECT_PAUSE in main_thread_sleeps
