"""Two compressed blocks in flight to our stub (issue 24 point 5, docs/protocol.md §10.9).

Given a simulated ESP32 running our C stub (three receive buffers, window 2), when
the user writes flash, then the next block leaves before the last one's reply is
in, and the flash holds the image; when a reply in the middle of the window is
damaged or loses a byte, the write still ends with the image in flash (or, at
worst, in one fatal line), never with a success over wrong flash. The ESP8266's
stub has four 8 KiB receive slots in the RAM of two 16 KiB buffers: the host sends
it 8 KiB blocks, three in flight, and none is ever dropped.
"""
import random
import struct
import zlib

import pytest

from conftest import assert_one_fatal_line, run_tool

IMAGE = random.Random(24).randbytes(0x40000)     # random: 16 blocks of 16 KiB compressed
ADDRESS = 0x10000
DATA_BLOCK_REPLY = "01110a00"     # FLASH_DEFL_DATA's reply, checked (docs/protocol.md §5.14)


def write(espsim_server, tmp_path, chip="esp32", **faults):
    sim = espsim_server(chip, in_process=True, flash_size="4MB", trace=True, **faults)
    image = tmp_path / "image.bin"
    image.write_bytes(IMAGE)
    result = run_tool("esptool", "--trace", "--chip", chip, "--port", sim.url,
                      "--baud", "921600", "write_flash", "0x%x" % ADDRESS, image, timeout=300)
    return sim, result


def block_events(output):
    """('send', n) and ('reply',) in the order esptool's trace shows them."""
    events = []
    for line in output.splitlines():
        if "command op=0x11 " in line:
            events.append("send")
        elif "Read " in line and DATA_BLOCK_REPLY in line:
            events.append("reply")
    return events


def test_the_next_block_leaves_before_the_reply(espsim_server, tmp_path):
    sim, result = write(espsim_server, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    events = block_events(result.stdout + result.stderr)
    assert events[:3] == ["send", "send", "reply"], events[:6]
    assert sim.flash()[ADDRESS:ADDRESS + len(IMAGE)] == IMAGE


def test_the_esp8266_stub_takes_three_8k_blocks_in_flight_and_drops_none(espsim_server, tmp_path):
    sim, result = write(espsim_server, tmp_path, chip="esp8266")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert block_events(output)[:4] == ["send", "send", "send", "reply"], block_events(output)[:6]
    begin = [f for f in sim.host_frames() if f.startswith("0010")][-1]
    size, blocks, block_size, offset = struct.unpack_from("<IIII", bytes.fromhex(begin), 8)
    assert (block_size, offset) == (0x2000, ADDRESS)
    # espsim counts the four slots (docs/protocol.md §10.9): a block dropped there would
    # be sent again after its timeout, or end the write
    sent = [f for f in sim.host_frames() if f.startswith("0011")]
    assert len(sent) == blocks == -(-len(zlib.compress(IMAGE, 9)) // 0x2000)
    assert "block failed" not in output
    assert sim.flash()[ADDRESS:ADDRESS + len(IMAGE)] == IMAGE


def reply_offset(sim, block):
    """Where the reply to data block `block` starts among the bytes the chip sent
    (SLIP-encoded, as espsim's reply faults count them), from a clean run's trace."""
    sent, replies = 0, 0
    with open(sim.trace_path) as f:
        for line in f:
            if not line.startswith("< "):
                continue
            frame = bytes.fromhex(line[2:].strip())
            if frame.startswith(bytes.fromhex(DATA_BLOCK_REPLY)):
                if replies == block:
                    return sent
                replies += 1
            sent += 2 + len(frame) + frame.count(0xC0) + frame.count(0xDB)
    raise AssertionError("no reply to block %d in the trace" % block)


@pytest.mark.parametrize("fault", ["reply_corrupt_at", "reply_drop_at"])
def test_a_reply_damaged_mid_window_is_no_false_success(espsim_server, tmp_path, fault):
    clean, result = write(espsim_server, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    at = reply_offset(clean, 5) + 6               # inside block 5's reply, block 6 in flight
    sim, result = write(espsim_server, tmp_path, **{fault: at})
    output = result.stdout + result.stderr
    assert "block failed" in output               # the fault did hit a block's reply ...
    assert output.index("(block 6, not waiting)") < output.index("block failed")   # mid-window
    if result.returncode == 0:
        assert sim.flash()[ADDRESS:ADDRESS + len(IMAGE)] == IMAGE
        assert "Hash of data verified." in result.stdout
    else:
        assert_one_fatal_line(result)
