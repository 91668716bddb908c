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

from espkit import crypto

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


def xts_flash_crypt(data, key, address, encrypt):
    """Encrypt (plaintext -> flash contents) or decrypt `data` stored at `address`.

    Each 128-byte unit, counted from address 0: reverse its bytes, run AES-XTS
    over it as one data unit with the tweak u32 LE(unit address) + 12 zero
    bytes, reverse the result. `data` need not start or end on a unit: the
    partial units are filled with zeros, which the result drops again
    (XTS blocks do not depend on each other, so the fill changes nothing).
    """
    check_xts_range(address, len(data))
    lib = crypto.require("XTS-AES flash encryption")
    ciphers = lib.ciphers
    aes = ciphers.algorithms.AES(key)
    lead = address % XTS_UNIT
    first_unit = address - lead
    padded = bytes(lead) + data + bytes(-(address + len(data)) % XTS_UNIT)
    out = []
    for offset in range(0, len(padded), XTS_UNIT):
        tweak = struct.pack("<I", first_unit + offset) + bytes(12)
        cipher = ciphers.Cipher(aes, ciphers.modes.XTS(tweak))
        context = cipher.encryptor() if encrypt else cipher.decryptor()
        out.append(context.update(padded[offset:offset + XTS_UNIT][::-1])[::-1])
    return b"".join(out)[lead:lead + len(data)]
