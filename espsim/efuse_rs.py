"""Reed-Solomon check bytes of the eFuse blocks of the chips since the ESP32-S2
(docs/efuse-newer-sim.md §3): RS(44, 32) over GF(2^8).

The 32 data bytes of a block (its words in address order, little-endian,
zero-padded when the block is shorter) are the coefficients of the message
polynomial, first byte highest; the 12 check bytes are the remainder of
message * x^12 divided by the generator (x - a^0)(x - a^1)...(x - a^11),
a = 2, field polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D). Only encoding is
modelled: the controller compares the stored check bytes with the ones the
stored data implies (a real decoder also corrects up to 6 bytes).
"""
import struct

FIELD_POLY = 0x11D
DATA_BYTES = 32
CHECK_BYTES = 12


def _tables():
    exp, log = [0] * 512, [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= FIELD_POLY
    for power in range(255, 512):       # so exp[log a + log b] needs no modulo
        exp[power] = exp[power - 255]
    return exp, log


EXP, LOG = _tables()


def gf_mul(a, b):
    return EXP[LOG[a] + LOG[b]] if a and b else 0


def _generator(n):
    poly = [1]
    for i in range(n):                  # times (x - a^i); minus is plus in GF(2^8)
        root = EXP[i]
        poly = [a ^ gf_mul(b, root) for a, b in zip(poly + [0], [0] + poly)]
    return poly


GENERATOR = _generator(CHECK_BYTES)


def check_bytes(data):
    """The 12 check bytes of up to 32 data bytes (shorter blocks are zero-padded)."""
    message = bytes(data).ljust(DATA_BYTES, b"\x00")
    remainder = list(message) + [0] * CHECK_BYTES
    for i in range(len(message)):
        coefficient = remainder[i]
        if coefficient:
            for j in range(1, len(GENERATOR)):
                remainder[i + j] ^= gf_mul(GENERATOR[j], coefficient)
    return bytes(remainder[len(message):])


def words_to_bytes(words):
    return b"".join(struct.pack("<I", w & 0xFFFFFFFF) for w in words)


def check_words(words):
    """CHECK_VALUE0..2 (3 words) for a block's data words."""
    return list(struct.unpack("<3I", check_bytes(words_to_bytes(words))))
