"""SLIP framing as the chip's loaders see it (docs/protocol.md §2).

`SlipDecoder` is fed raw bytes and yields complete frames; `slip_encode`
wraps a payload. Both are pure, so the ROM, the stub and the trace writer can
each keep a decoder of their own over the same byte stream.
"""

END = 0xC0
ESC = 0xDB
ESC_END = 0xDC
ESC_ESC = 0xDD


def slip_encode(payload):
    """One frame: END, payload with END/ESC escaped, END."""
    body = bytes(payload).replace(b"\xdb", b"\xdb\xdd").replace(b"\xc0", b"\xdb\xdc")
    return b"\xc0" + body + b"\xc0"


class SlipDecoder:
    """Incremental decoder.

    Bytes outside a frame are ignored (the chip's receiver just waits for the
    next END). A bad escape drops the escaped byte, as the stub does (docs/protocol.md §2). An
    END right after END is an empty frame; `feed` does not report those.
    """

    def __init__(self, max_frame=None):
        self.max_frame = max_frame
        self.reset()

    def reset(self):
        self._in_frame = False
        self._escaped = False
        self._frame = bytearray()

    def feed(self, data):
        """Consume bytes; return the list of frames they completed."""
        frames, data, i = [], bytes(data), 0
        while i < len(data):
            i = self._take_plain(data, i)
            if i < len(data):
                frame = self._feed_byte(data[i])
                if frame:
                    frames.append(frame)
                i += 1
        return frames

    def _take_plain(self, data, i):
        """Inside a frame, the bytes up to the next END or ESC in one step (a register
        request is some 20 bytes: byte by byte, decoding was a good part of a request's
        cost); -> where byte-by-byte decoding goes on."""
        if not self._in_frame or self._escaped:
            return i
        stop = len(data)
        for special in (b"\xc0", b"\xdb"):
            found = data.find(special, i, stop)
            if found >= 0:
                stop = found
        if self.max_frame is not None:
            stop = min(stop, i + max(0, self.max_frame - len(self._frame) - 1))
        self._frame += data[i:stop]
        return stop

    def _feed_byte(self, byte):
        if byte == END:
            frame = bytes(self._frame) if self._in_frame else None
            self._in_frame = True
            self._escaped = False
            self._frame = bytearray()
            return frame
        if not self._in_frame:
            return None
        if self._escaped:
            self._escaped = False
            if byte == ESC_END:
                self._frame.append(END)
            elif byte == ESC_ESC:
                self._frame.append(ESC)
        elif byte == ESC:
            self._escaped = True
        else:
            self._frame.append(byte)
        if self.max_frame is not None and len(self._frame) >= self.max_frame:
            # The stub delivers an over-long frame early, cut at its buffer size.
            frame = bytes(self._frame)
            self._frame = bytearray()
            return frame
        return None
