"""Our flasher stub on the ESP32-C5, ESP32-C61 and ESP32-P4 through the command line
(issue 21; docs/chips.md §21): esptool.py uploads our build for the chip (the P4's for its
revision family), espsim recognises it as ours and runs its C code (the host build, as for
every chip: espsim/cstub.py), and write_flash, read_flash and verify_flash work through it.
The chip builds themselves run on the QEMU board (test/test_stub_host.py)."""
import random

import pytest

from conftest import ok, run_tool

# chip, espsim revision option, the build esptool.py must upload (its stub_key)
CASES = [("esp32c5", None, "esp32c5"), ("esp32c61", None, "esp32c61"),
         ("esp32p4", 100, "esp32p4rev1"), ("esp32p4", 301, "esp32p4")]


@pytest.mark.parametrize("chip,revision,build", CASES,
                         ids=["esp32c5", "esp32c61", "esp32p4-v1.0", "esp32p4-v3.1"])
def test_write_read_and_verify_with_our_stub(tmp_path, cstub_host_build, chip, revision, build):
    if not cstub_host_build:
        pytest.skip("no make / C compiler to build the host stub")
    import esptool
    flash, trace = tmp_path / "flash.bin", tmp_path / "trace.txt"
    url = "espsim://%s?flash=%s&trace=%s" % (chip, flash, trace)
    if revision is not None:
        url += "&revision=%d" % revision
    data = random.Random(chip).randbytes(0x9000)
    (tmp_path / "data.bin").write_bytes(data)

    out = ok(run_tool("esptool", "--chip", chip, "--port", url, "write_flash", "0x20000",
                      tmp_path / "data.bin"))
    assert "Stub running" in out and "Hash of data verified" in out
    ok(run_tool("esptool", "--chip", chip, "--port", url, "read_flash", "0x21000", "0x4000",
                tmp_path / "back.bin"))
    assert (tmp_path / "back.bin").read_bytes() == data[0x1000:0x5000]
    assert "verify OK" in ok(run_tool("esptool", "--chip", chip, "--port", url, "verify_flash",
                                      "0x20000", tmp_path / "data.bin"))

    assert flash.read_bytes()[0x20000:0x29000] == data
    # each session ran our build for the chip (espsim: "stub started at ENTRY (cstub)")
    entry = esptool.stub_image(build)["entry"]
    log = trace.read_text(errors="replace")
    assert log.count("stub started at 0x%08x (cstub)" % entry) == 3, log[-2000:]
