# GPLv2, see LICENSE.
"""XTS-AES flash encryption, as the chips since the ESP32-S2 do it (docs/security.md §7).

The flash controller encrypts each 128-byte unit of flash on its own, with
AES-XTS keyed by the eFuse key and tweaked by the unit's flash address. Both
directions are here, bytes in and bytes out; the command line is in
espkit/secure_cli.py.
"""
import hashlib
import struct

from esptool import FatalError

XTS_UNIT = 0x80             # bytes encrypted together under one tweak (docs/security.md §7.2)
AES_BLOCK = 16              # addresses and lengths are multiples of this
TWEAK_ADDRESS_LIMIT = 1 << 32   # the tweak holds the address as a u32

# Key file length -> what the chip runs with it: docs/security.md §7.1.
KEY_KINDS = {16: "128-bit key, extended to 256 bits by SHA-256 (AES-128-XTS)",
             32: "256-bit key (AES-128-XTS)",
             64: "512-bit key (AES-256-XTS)"}


def xts_key(key_file_bytes):
    """(the XTS key, a line saying what it is) from a key file's bytes.

    A 16-byte key (the ESP32-C2's 128-bit eFuse key) is expanded with
    SHA-256, as the chip does. The key is used in file order: its first half
    encrypts the data, its second half the tweak.
    """
    length = len(key_file_bytes)
    if length not in KEY_KINDS:
        raise FatalError("Key file contains %d bytes (%d bits): XTS-AES takes 128-, 256- or "
                         "512-bit keys (16, 32 or 64 bytes)" % (length, 8 * length))
    key = hashlib.sha256(key_file_bytes).digest() if length == 16 else key_file_bytes
    half = len(key) // 2
    if key[:half] == key[half:]:
        # XTS's security rests on two independent keys; OpenSSL refuses equal halves.
        raise FatalError("the two halves of the XTS-AES key are equal; XTS needs two "
                         "different keys", hint="generate one with "
                         "generate_flash_encryption_key --keylen 256 (or 512)")
    return key, "Using %s." % KEY_KINDS[length]


def check_xts_range(address, length):
    """The refusals that need no key: docs/security.md §7.2."""
    if address < 0 or address % AES_BLOCK:
        raise FatalError("Starting flash address 0x%x must be a multiple of 16." % address)
    if length == 0:
        raise FatalError("Input data is empty: nothing to encrypt or decrypt")
    if length % AES_BLOCK:
        raise FatalError("Input data length (%d) must be a multiple of 16: flash is encrypted "
                         "in 16-byte blocks" % length,
                         hint="pad the file to a multiple of 16 bytes (0xFF is what erased "
                              "flash holds)")
    if address + length > TWEAK_ADDRESS_LIMIT:
        raise FatalError("0x%x bytes at 0x%x reach beyond 4 GiB, which the XTS tweak cannot "
                         "address" % (length, address))


def xts_flash_crypt(data, key, address, encrypt, aes):
    """Encrypt (plaintext -> flash contents) or decrypt `data` stored at `address`.

    Each 128-byte unit, counted from address 0: reverse its bytes, run AES-XTS
    over it as one data unit with the tweak u32 LE(unit address) + 12 zero
    bytes, reverse the result (docs/security.md §7.3). `data` need not start or
    end on a unit: partial units are filled with zeros, which the result drops
    again (XTS blocks do not depend on each other, so the fill changes nothing).

    `aes` is one of espsecure's AES-ECB backends (pyaes, or `cryptography` when
    installed): XTS is built here from ECB for the whole input at once, which
    is what makes 4 MiB take milliseconds instead of a cipher object per unit.
    """
    check_xts_range(address, len(data))
    lead = address % XTS_UNIT
    padded = bytes(lead) + data + bytes(-(address + len(data)) % XTS_UNIT)
    units = len(padded) // XTS_UNIT
    half = len(key) // 2
    # Reversing the whole buffer reverses each unit, as the flash controller's
    # byte order wants, and also the order of the units: their tweaks are
    # listed last unit first, and reversing the result puts everything back.
    last_unit = address - lead + XTS_UNIT * (units - 1)
    masks = block_masks(aes.ecb_encrypt(key[half:], unit_tweaks(last_unit, units)), units)
    crypt = aes.ecb_encrypt if encrypt else aes.ecb_decrypt
    out = xor(crypt(key[:half], xor(padded[::-1], masks)), masks)[::-1]
    return out[lead:lead + len(data)]


def unit_tweaks(last_unit, units):
    """The tweaks of `units` units from the one at `last_unit` down: u32 LE(address)
    and 12 zero bytes each, built with one pack and four strided copies."""
    addresses = struct.pack("<%dI" % units, *range(last_unit, last_unit - XTS_UNIT * units,
                                                     -XTS_UNIT))
    tweaks = bytearray(AES_BLOCK * units)
    for byte in range(4):
        tweaks[byte::AES_BLOCK] = addresses[byte::4]
    return bytes(tweaks)


def block_masks(encrypted_tweaks, units):
    """The XTS mask of every block, laid out as the data: block j of unit i gets
    E(key 2, tweak i) multiplied by alpha^j in GF(2^128) (IEEE P1619).

    The 16-byte values are little-endian numbers, so all units' values sit side
    by side in one big integer, 128 bits each, and one shift doubles them all;
    a bit carried out of a lane's top folds back as 0x87 into its bottom byte.
    """
    lanes = int.from_bytes(encrypted_tweaks, "little")
    lane_bottoms = int.from_bytes((b"\x01" + bytes(AES_BLOCK - 1)) * units, "little")
    lane_tops = lane_bottoms << 127
    masks = bytearray(units * XTS_UNIT)
    # Copied in 8-byte words (two per mask), which strided slices move 8 times faster than bytes.
    words, per_unit = memoryview(masks).cast("Q"), XTS_UNIT // 8
    for block in range(XTS_UNIT // AES_BLOCK):
        values = memoryview(lanes.to_bytes(units * AES_BLOCK, "little")).cast("Q")
        words[2 * block::per_unit] = values[0::2]
        words[2 * block + 1::per_unit] = values[1::2]
        carries = (lanes >> 127) & lane_bottoms
        lanes = ((lanes & ~lane_tops) << 1) ^ (carries * 0x87)
    return bytes(masks)


def xor(a, b):
    """a XOR b, for two byte strings of one length, as big integers (fast for megabytes)."""
    return (int.from_bytes(a, "little") ^ int.from_bytes(b, "little")).to_bytes(len(a), "little")
