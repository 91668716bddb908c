#!/usr/bin/env python3
#
# espsecure.py - secure boot and flash encryption tools for the ESP32.
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License version 2 as published by
# the Free Software Foundation. See the file LICENSE.
"""Host-side helpers for ESP32 secure boot (v1) and flash encryption.

Everything here reproduces, byte for byte, what the ESP32 ROM and its eFuse
keys do, so images can be prepared on a computer. The facts (bit orders, block
layouts, worked examples) are in the project's spec docs/security.md; section numbers
in comments refer to it. Sections, in order:

  1. constants             block sizes, the key tweak table
  2. AES                   pure pyaes by default, `cryptography` when installed
  3. files and keys        reading inputs, writing outputs and new keys safely
  4. secure boot digest    digest_secure_bootloader (docs/security.md §2)
  5. ECDSA signing         keys, sign, verify (docs/security.md §3)
  6. flash encryption      tweaked-key AES (docs/security.md §5)
  7. commands              one function per subcommand
  7b. extension seam       where secure boot v2 and XTS-AES plug in
  8. CLI                   argument parser, command table, main()

Needs only pyaes, and ecdsa for the commands that sign or verify (imported by
them only, so the others work without it), and esptool.py next to it. Secure
boot v2 and XTS-AES (the chips since the ESP32-S2) come with the espkit
package beside it, through section 7b. If the optional
`cryptography` package is importable, AES runs through it, which makes
encrypting a large image many times faster; the results are identical.
"""

import array
import base64
import hashlib
import os
import re
import struct
import sys

import pyaes

import esptool
from esptool import Command, FatalError, read_input_file


# ---------------------------------------------------------------------------
# 1. Constants
# ---------------------------------------------------------------------------

AES_BLOCK = 16
HW_KEY_LEN = 32                 # eFuse BLK1/BLK2 key, 256 bits
HW_KEY_LEN_3_4_CODING = 24      # same block under 3/4 coding, 192 bits (docs/security.md §5.2)

# Secure boot v1 digest, docs/security.md §2
IV_LEN = 128
SECURE_BOOT_BLOCK = 128         # the ROM hashes whole 128-byte blocks
BOOTLOADER_FLASH_OFFSET = 0x1000
ESP_IMAGE_MAGIC = 0xE9
ESP32_HEADERS_LEN = 24          # 8-byte common header + 16-byte extended header
ESP32_HASH_APPENDED_OFFSET = 23
ESP32_MAX_SEGMENTS = 16
IMAGE_SHA256_LEN = 32

# Secure boot v1 signature block, docs/security.md §3.3
SIG_BLOCK_VERSION = 0
SIG_BLOCK_LEN = 68              # u32 version + r (32) + s (32)
ECDSA_COORD_LEN = 32

# Flash encryption, docs/security.md §5.1
FLASH_CRYPT_CONF_DEFAULT = 0xF
FLASH_ENCRYPTION_REGION = 32    # all blocks in an aligned 32 bytes share a key
TWEAK_ADDR_BITS = range(5, 24)  # address bits that flip key bits


def _flash_key_tweak_table():
    """A(n) for key bit n = 0..255: the address bit that flips it (docs/security.md §5.1).

    Four ranges, one per FLASH_CRYPT_CONFIG bit; each range is three full
    runs 23..5 followed by a shorter run ending at 5.
    """
    table = []
    for last_run_top in (14, 12, 10, 8):
        table += list(range(23, 4, -1)) * 3 + list(range(last_run_top, 4, -1))
    return table


FLASH_KEY_TWEAK_ADDR_BIT = _flash_key_tweak_table()
assert len(FLASH_KEY_TWEAK_ADDR_BIT) == 256
# Key bits 0..66, 67..131, 132..194 and 195..255, each enabled by one
# FLASH_CRYPT_CONFIG bit (value 1, 2, 4, 8).
FLASH_CRYPT_CONF_RANGES = (range(0, 67), range(67, 132), range(132, 195), range(195, 256))


# ---------------------------------------------------------------------------
# 2. AES
# ---------------------------------------------------------------------------
#
# Both backends offer the same two functions on whole multiples of 16 bytes:
# ecb_encrypt(key, data) and ecb_decrypt(key, data). pyaes is the reference
# and always available; `cryptography` is an optional accelerator. The
# environment variable ESPSECURE_AES=pyaes forces the pure path.

class PyaesECB:
    name = "pyaes"

    @staticmethod
    def ecb_encrypt(key, data):
        aes = pyaes.AES(key)
        return b"".join(bytes(aes.encrypt(data[i:i + AES_BLOCK]))
                        for i in range(0, len(data), AES_BLOCK))

    @staticmethod
    def ecb_decrypt(key, data):
        aes = pyaes.AES(key)
        return b"".join(bytes(aes.decrypt(data[i:i + AES_BLOCK]))
                        for i in range(0, len(data), AES_BLOCK))


class CryptographyECB:
    name = "cryptography"

    def __init__(self):
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        self._new = lambda key: Cipher(algorithms.AES(key), modes.ECB())

    def ecb_encrypt(self, key, data):
        return self._new(key).encryptor().update(data)

    def ecb_decrypt(self, key, data):
        return self._new(key).decryptor().update(data)


def select_aes_backend(name=None):
    """The AES backend to use: `name`, else $ESPSECURE_AES, else the fastest present."""
    name = name or os.environ.get("ESPSECURE_AES", "")
    if name == "pyaes":
        return PyaesECB()
    try:
        return CryptographyECB()
    except Exception:   # absent, or installed but broken: the pure path always works
        if name == "cryptography":
            raise FatalError("ESPSECURE_AES=cryptography, but the cryptography package "
                             "is not installed")
        return PyaesECB()


# ---------------------------------------------------------------------------
# 3. Files and keys
# ---------------------------------------------------------------------------

def write_output(path, data, secret=False, mode=None):
    """Write a whole output file atomically; secrets are readable by the owner only."""
    if mode is None and secret:
        mode = 0o600
    esptool.write_file_atomically(path, data, mode)


def write_new_key_file(path, data, force):
    """Write a freshly generated key: mode 0600, whole, never over an existing file.

    v2.3.1 silently replaced an existing flash encryption key; losing the key of
    an encrypted device makes it unrecoverable, so we refuse without --force.
    An empty file holds no key (v2.x scripts pass the output file already
    opened, so it exists): it is replaced.
    """
    if force or _is_empty_file(path):
        write_output(path, data, secret=True)
        return
    if os.path.lexists(path):
        raise FatalError("key file %s already exists; not overwriting it" % path,
                         hint="choose another name, or pass --force to replace it")
    directory = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(directory, ".%s.%d.tmp" % (os.path.basename(path), os.getpid()))
    try:
        write_output(tmp, data, secret=True)
        try:
            # link() fails if the name appeared meanwhile, so nothing is replaced.
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:     # a file system without hard links (FAT, some FUSE)
            _create_exclusively(path, data)
    except FileExistsError:
        raise FatalError("key file %s already exists; not overwriting it" % path,
                         hint="choose another name, or pass --force to replace it")
    except OSError as e:
        raise FatalError("cannot write %s: %s" % (path, e.strerror or e))
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def _is_empty_file(path):
    return os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) == 0


def _create_exclusively(path, data):
    """Create `path` (mode 0600) only if it does not exist; remove it if writing fails."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        os.unlink(path)
        raise


def load_hardware_key(path, reporter):
    """An eFuse AES key file: 32 raw bytes, or 24 under 3/4 coding (docs/security.md §1, §5.2).

    The file is used in its natural byte order; espefuse reverses it when
    burning, so the same file serves both tools.
    """
    key = read_input_file(path, "key file")
    if len(key) == HW_KEY_LEN_3_4_CODING:
        reporter.message("Using 192-bit key (3/4 coding), expanded as the hardware does.")
        return key + key[8:16]
    if len(key) != HW_KEY_LEN:
        raise FatalError("Key file contains wrong length (%d bytes), 32 expected "
                         "(or 24 for a 3/4-coded eFuse key)." % len(key))
    return key


# ---------------------------------------------------------------------------
# 4. Secure boot v1 bootloader digest (docs/security.md §2)
# ---------------------------------------------------------------------------

def esp32_image_end(image):
    """Where an ESP32 image proper ends (just past its checksum byte), and
    whether a SHA-256 follows; None if `image` is not an ESP32 image.

    A file that starts like an ESP32 image but stops early is refused: its
    digest would not match what the chip reads, and the device would not boot.
    """
    if (len(image) < ESP32_HEADERS_LEN or image[0] != ESP_IMAGE_MAGIC
            or image[ESP32_HASH_APPENDED_OFFSET] not in (0, 1)
            or image[1] > ESP32_MAX_SEGMENTS):
        return None
    pos = ESP32_HEADERS_LEN
    for index in range(image[1]):
        if pos + 8 > len(image):
            raise FatalError("image is truncated: segment %d header is missing" % index)
        _, size = struct.unpack_from("<II", image, pos)
        pos += 8 + size
        if pos > len(image):
            raise FatalError("image is truncated: segment %d needs %d bytes, the file "
                             "ends %d bytes early" % (index, size, pos - len(image)))
    end = (pos | 15) + 1    # checksum sits at the next position = 15 (mod 16)
    hash_appended = image[ESP32_HASH_APPENDED_OFFSET] == 1
    needed = end + (IMAGE_SHA256_LEN if hash_appended else 0)
    if needed > len(image):
        raise FatalError("image is truncated: %d bytes expected, the file has %d"
                         % (needed, len(image)))
    return end, hash_appended


def bootloader_as_rom_reads_it(image, image_end):
    """The bytes the ROM hashes: whole 128-byte blocks, unwritten flash as 0xFF.

    `image_end` is what esp32_image_end() said about `image`.

    The ROM reads the image up to its checksum, block by block; an appended
    SHA-256 that spills into a further block is never read. v2.3.1 hashed that
    extra block too (wrong digest when len % 128 is 16 or 32); later upstream
    drops it, and so do we (docs/security.md §2.2 step 1).
    """
    has_sha256 = image_end is not None and image_end[1]
    if has_sha256 and len(image) % SECURE_BOOT_BLOCK <= IMAGE_SHA256_LEN:
        image = image[:len(image) - len(image) % SECURE_BOOT_BLOCK]
    return image + b"\xff" * (-len(image) % SECURE_BOOT_BLOCK)


_WORD_TYPECODE = "I" if array.array("I").itemsize == 4 else "L"


def _swap_word_order(data):
    """Reverse the order of the 32-bit words of `data`, keeping each word's bytes."""
    words = array.array(_WORD_TYPECODE, data)
    words.reverse()
    return words.tobytes()


def _swap_bytes_in_words(data):
    """Byte-reverse each 32-bit word of `data`, keeping the word order."""
    words = array.array(_WORD_TYPECODE, data)
    words.byteswap()
    return words.tobytes()


def secure_boot_digest(key, iv, padded_image, aes=None):
    """The 64-byte digest the ROM stores next to the bootloader (docs/security.md §2.2 steps 2-4).

    Per 16-byte block B of iv + image, SHA-512 is fed AES(reverse(B)) with its
    four words in reverse order. Reversing the whole buffer reverses every
    block and their order; AES-ECB does not care about block order, and
    reversing the word order of the whole result puts the blocks back in
    order while reversing the words inside each: one pass each, no loop.
    """
    aes = aes or select_aes_backend()
    ciphertext = aes.ecb_encrypt(key, (iv + padded_image)[::-1])
    digest = hashlib.sha512(_swap_word_order(ciphertext)).digest()
    return _swap_bytes_in_words(digest)


def secure_bootloader_flash_image(iv, digest, padded_image):
    """IV and digest at 0x0, 0xFF up to 0x1000, then the bootloader (docs/security.md §2.3)."""
    header = iv + digest
    return header + b"\xff" * (BOOTLOADER_FLASH_OFFSET - len(header)) + padded_image


# ---------------------------------------------------------------------------
# 5. ECDSA signing keys and signatures (docs/security.md §3)
# ---------------------------------------------------------------------------

def import_ecdsa():
    """python-ecdsa, imported by the commands that sign or verify only: the others
    work without it."""
    try:
        import ecdsa
        import ecdsa.util  # noqa: F401
    except ImportError:
        raise FatalError("this command signs or verifies and needs the Python package ecdsa, "
                         "which is not installed",
                         hint="install it with: python3 -m pip install ecdsa")
    return ecdsa


def curve():
    return import_ecdsa().NIST256p


CURVE_ERROR = ("ESP32 Secure Boot only supports NIST256p keys "
               "(openssl calls this curve 'prime256v1')")
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.S)


def pem_blocks(data):
    """[(label, der_bytes)] for every PEM block in `data`."""
    blocks = []
    for match in _PEM_BLOCK.finditer(data):
        if b"Proc-Type:" in match.group(2):     # OpenSSL's legacy encrypted PEM
            raise FatalError("PEM block %s is password protected; espsecure needs an "
                             "unencrypted key" % match.group(1).decode("ascii"))
        try:
            der = base64.b64decode(b"".join(match.group(2).split()), validate=True)
        except ValueError:
            raise FatalError("PEM block %s is not valid base64"
                             % match.group(1).decode("ascii"))
        blocks.append((match.group(1).decode("ascii"), der))
    return blocks


def pem_encode(label, der):
    body = base64.b64encode(der).decode("ascii")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN %s-----\n%s\n-----END %s-----\n"
            % (label, "\n".join(lines), label)).encode("ascii")


def _check_curve(key, path):
    if key.curve != curve():
        raise FatalError("%s uses curve %s. %s." % (path, key.curve.name, CURVE_ERROR))
    return key


def _parse_with_ecdsa(parse, der, path, what):
    # python-ecdsa reports malformed DER through several unrelated exception
    # types (UnexpectedDER, ValueError, AssertionError, ...); all mean "not a
    # usable key" to the user.
    try:
        return parse(der)
    except Exception as e:
        raise FatalError("%s does not hold a valid %s (%s)" % (path, what, e))


def private_key_from_pem(data, path):
    """The P-256 signing key in a PEM file (SEC1 'EC PRIVATE KEY' or PKCS#8)."""
    ecdsa = import_ecdsa()
    blocks = pem_blocks(data)
    for label, der in blocks:
        if label in ("EC PRIVATE KEY", "PRIVATE KEY"):
            key = _parse_with_ecdsa(ecdsa.SigningKey.from_der, der, path, "EC private key")
            return _check_curve(key, path)
    labels = ", ".join(label for label, _ in blocks)
    if "ENCRYPTED PRIVATE KEY" in labels:
        raise FatalError("%s is password protected; espsecure needs an unencrypted key" % path)
    raise FatalError("%s is not an EC private key in PEM format%s"
                     % (path, " (it holds: %s)" % labels if labels else ""))


def load_signing_key(path):
    return private_key_from_pem(read_input_file(path, "signing key"), path)


def load_verifying_key(path):
    """A public key from a private key PEM, a public key PEM, or 64 raw bytes X||Y (docs/security.md §3.4)."""
    ecdsa = import_ecdsa()
    data = read_input_file(path, "verification key")
    labels = [label for label, _ in pem_blocks(data)]
    if any(label.endswith("PRIVATE KEY") for label in labels):
        return private_key_from_pem(data, path).get_verifying_key()
    for label, der in pem_blocks(data):
        if label == "PUBLIC KEY":
            key = _parse_with_ecdsa(ecdsa.VerifyingKey.from_der, der, path, "EC public key")
            return _check_curve(key, path)
    if not labels and len(data) == 2 * ECDSA_COORD_LEN:
        return _parse_with_ecdsa(lambda raw: ecdsa.VerifyingKey.from_string(raw, curve=curve()),
                                 data, path, "P-256 public key (X||Y)")
    raise FatalError("%s is neither an EC key in PEM format nor a 64-byte raw public key" % path)


def new_signing_key():
    """A random P-256 key; the scalar comes straight from os.urandom."""
    ecdsa = import_ecdsa()
    while True:
        secret = int.from_bytes(os.urandom(32), "big")
        if 1 <= secret < curve().order:
            return ecdsa.SigningKey.from_secret_exponent(secret, curve=curve())


def signing_key_pem(key):
    """SEC1 'EC PRIVATE KEY' PEM with curve OID and public key, 64-column base64 (docs/security.md §3.1)."""
    return pem_encode("EC PRIVATE KEY", key.to_der(format="ssleay"))


def raw_public_key(verifying_key):
    """X || Y, 32 bytes big-endian each: the form ESP-IDF embeds (docs/security.md §3.5)."""
    return verifying_key.to_string("raw")


def private_key_digest(key):
    """SHA-256 of the private scalar as 32 big-endian bytes (docs/security.md §3.6)."""
    return hashlib.sha256(key.to_string()).digest()


def signature_block(key, data):
    """The 68-byte block appended by sign_data: version 0, r, s (docs/security.md §3.3).

    RFC 6979 deterministic ECDSA over SHA-256: the same key and data always
    give the same bytes, in any conforming implementation.
    """
    signature = key.sign_deterministic(data, hashfunc=hashlib.sha256,
                                       sigencode=import_ecdsa().util.sigencode_strings)
    r, s = signature
    if not signature_is_valid(key.get_verifying_key(), data, r + s):
        raise FatalError("the new signature does not verify; nothing was written")
    return struct.pack("<I", SIG_BLOCK_VERSION) + r + s


def split_signed_file(signed, path):
    """(data, raw r||s) of a file ending in a signature block (docs/security.md §3.4)."""
    if len(signed) < SIG_BLOCK_LEN:
        raise FatalError("%s is %d bytes long, too short to hold a %d-byte signature block"
                         % (path, len(signed), SIG_BLOCK_LEN))
    data, block = signed[:-SIG_BLOCK_LEN], signed[-SIG_BLOCK_LEN:]
    version, = struct.unpack_from("<I", block)
    if version != SIG_BLOCK_VERSION:
        raise FatalError("Signature block has version %d. This version of espsecure only "
                         "supports version 0." % version,
                         hint="the file may not be signed, or it was changed after signing")
    return data, block[4:]


def signature_is_valid(verifying_key, data, raw_signature):
    try:
        return verifying_key.verify(raw_signature, data, hashfunc=hashlib.sha256,
                                    sigdecode=import_ecdsa().util.sigdecode_string)
    except Exception:
        # BadSignatureError, or another error for an out-of-range r or s:
        # either way the signature is not valid.
        return False


# ---------------------------------------------------------------------------
# 6. Flash encryption (docs/security.md §5)
# ---------------------------------------------------------------------------

class FlashKeyTweaker:
    """Computes the per-address key the ESP32 flash controller uses (docs/security.md §5.1).

    Key bit n (counted from the most significant bit of key byte 0, so bit
    255 - n of the key as a big-endian integer) flips when address bit A(n)
    is set and its range is enabled in FLASH_CRYPT_CONFIG. The flips for the
    19 address bits are combined through two lookup tables (bits 5..13 and
    14..23) so each 32-byte region costs two lookups.
    """

    def __init__(self, key, flash_crypt_conf):
        self.key = int.from_bytes(key, "big")
        flips = {bit: 0 for bit in TWEAK_ADDR_BITS}
        for conf_bit, key_bits in enumerate(FLASH_CRYPT_CONF_RANGES):
            if flash_crypt_conf & (1 << conf_bit):
                for n in key_bits:
                    flips[FLASH_KEY_TWEAK_ADDR_BIT[n]] |= 1 << (255 - n)
        self.low = self._xor_table([flips[bit] for bit in range(5, 14)])
        self.high = self._xor_table([flips[bit] for bit in range(14, 24)])

    @staticmethod
    def _xor_table(masks):
        """table[i] = XOR of masks[j] for every bit j set in i."""
        table = [0]
        for mask in masks:
            table += [entry ^ mask for entry in table]
        return table

    def key_for(self, address):
        tweak = self.low[(address >> 5) & 0x1FF] ^ self.high[(address >> 14) & 0x3FF]
        return (self.key ^ tweak).to_bytes(HW_KEY_LEN, "big")


def flash_regions(address, length):
    """(offset, size) of the pieces of [address, address+length) that lie in
    one 32-byte aligned flash region each (so share one tweaked key)."""
    offset = 0
    while offset < length:
        size = min(FLASH_ENCRYPTION_REGION - (address + offset) % FLASH_ENCRYPTION_REGION,
                   length - offset)
        yield offset, size
        offset += size


def flash_crypt(data, key, address, flash_crypt_conf, encrypt, aes=None):
    """Encrypt (plaintext -> flash contents) or decrypt `data` stored at `address`.

    Per 16-byte block: out = reverse(AES(tweaked key, reverse(in))), with the
    AES *decrypt* direction for encryption, as the hardware does (docs/security.md §5.2). Both
    blocks of a 32-byte region share a key, so reversing the whole region
    reverses each block and swaps them; reversing the result swaps them back.
    """
    aes = aes or select_aes_backend()
    tweaker = FlashKeyTweaker(key, flash_crypt_conf)
    cipher = aes.ecb_decrypt if encrypt else aes.ecb_encrypt
    out = []
    for offset, size in flash_regions(address, len(data)):
        region = data[offset:offset + size]
        out.append(cipher(tweaker.key_for(address + offset), region[::-1])[::-1])
    return b"".join(out)


def check_flash_crypt_args(address, flash_crypt_conf, reporter):
    if address < 0 or address % AES_BLOCK:
        raise FatalError("Starting flash address 0x%x must be a multiple of 16." % address)
    if not 0 <= flash_crypt_conf <= 0xF:
        raise FatalError("--flash_crypt_conf 0x%x is out of range: FLASH_CRYPT_CONFIG is a "
                         "4-bit eFuse (0x0 to 0xF)" % flash_crypt_conf)
    if flash_crypt_conf == 0:
        reporter.warning("WARNING: Setting FLASH_CRYPT_CONF to zero is not recommended")


# ---------------------------------------------------------------------------
# 7. Commands
# ---------------------------------------------------------------------------

def reporter_of(args):
    """Where a command says what it did: the reporter run_cli put on `args`.

    v2.x scripts call the commands with a namespace of their own, without
    one; they hear the console, as print() spoke to them before.
    """
    return getattr(args, "reporter", None) or esptool.ConsoleReporter()


@esptool.accepts_open_files
def digest_secure_bootloader(args):
    reporter = reporter_of(args)
    key = load_hardware_key(args.keyfile, reporter)
    image = read_input_file(args.image, "bootloader image")
    if args.iv:
        reporter.warning("WARNING: --iv argument is for TESTING PURPOSES ONLY")
        iv = read_input_file(args.iv, "IV file")[:IV_LEN]
        if len(iv) % AES_BLOCK:
            # The digest is AES over whole 16-byte blocks of IV + image: v2.3.1 crashed here.
            raise FatalError("IV file %s holds %d bytes, not a multiple of 16; the ROM uses "
                             "%d" % (args.iv, len(iv), IV_LEN))
        if len(iv) != IV_LEN:
            # Kept as v2.3.1 does it, but the ROM always uses 128 bytes.
            reporter.warning("WARNING: IV file holds %d bytes, not %d: this digest will not "
                             "match what the chip computes" % (len(iv), IV_LEN))
    else:
        iv = os.urandom(IV_LEN)
    image_end = esp32_image_end(image)
    if image_end is None:
        reporter.message("Note: %s is not an ESP32 image; digesting it as raw data, as v2.3.1 "
                         "did." % args.image)
    padded = bootloader_as_rom_reads_it(image, image_end)
    digest = secure_boot_digest(key, iv, padded)
    output = args.output or os.path.splitext(args.image)[0] + "-digest-0x0000.bin"
    refuse_output_over_input(output, args.keyfile, args.iv, args.image)
    write_output(output, secure_bootloader_flash_image(iv, digest, padded))
    reporter.message("digest+image written to %s" % output)


@esptool.accepts_open_files
def generate_signing_key(args):
    key = new_signing_key()
    write_new_key_file(args.keyfile, signing_key_pem(key), getattr(args, "force", False))
    reporter_of(args).message("ECDSA NIST256p private key in PEM format written to %s"
                              % args.keyfile)


@esptool.accepts_open_files
def sign_data(args):
    key = load_signing_key(args.keyfile)
    data = read_input_file(args.datafile, "data file")
    signed = data + signature_block(key, data)
    in_place = args.output is None or _same_file(args.output, args.datafile)
    refuse_output_over_input(args.output or args.datafile, args.keyfile)
    if in_place:
        # Replace the file whole, keeping its permissions.
        write_output(args.datafile, signed, mode=os.stat(args.datafile).st_mode & 0o7777)
    else:
        write_output(args.output, signed)
    reporter_of(args).message("Signed %d bytes of data from %s with key %s"
                              % (len(data), args.datafile, args.keyfile))


@esptool.accepts_open_files
def verify_signature(args):
    reporter = reporter_of(args)
    key = load_verifying_key(args.keyfile)
    signed = read_input_file(args.datafile, "signed data file")
    data, raw_signature = split_signed_file(signed, args.datafile)
    reporter.message("Verifying %d bytes of data" % len(data))
    if not signature_is_valid(key, data, raw_signature):
        raise FatalError("Signature is not valid")
    reporter.message("Signature is valid")


@esptool.accepts_open_files
def extract_public_key(args):
    key = load_signing_key(args.keyfile)
    refuse_output_over_input(args.public_keyfile, args.keyfile)
    write_output(args.public_keyfile, raw_public_key(key.get_verifying_key()))
    reporter_of(args).message("%s public key extracted to %s"
                              % (args.keyfile, args.public_keyfile))


@esptool.accepts_open_files
def digest_private_key(args):
    key = load_signing_key(args.keyfile)
    digest = private_key_digest(key)[:args.keylen // 8]
    refuse_output_over_input(args.digest_file, args.keyfile)
    write_output(args.digest_file, digest, secret=True)
    reporter_of(args).message("SHA-256 digest of private key %s written to %s"
                              % (args.keyfile, args.digest_file))


@esptool.accepts_open_files
def generate_flash_encryption_key(args):
    keylen = getattr(args, "keylen", 256)       # v2.x had no --keylen
    write_new_key_file(args.key_file, os.urandom(keylen // 8), getattr(args, "force", False))
    reporter_of(args).message("Flash encryption key (%d bits) written to %s"
                              % (keylen, args.key_file))


@esptool.accepts_open_files
def encrypt_flash_data(args):
    reporter = reporter_of(args)
    key = load_hardware_key(args.keyfile, reporter)
    check_flash_crypt_args(args.address, args.flash_crypt_conf, reporter)
    data = read_input_file(args.plaintext_file, "plaintext file")
    if len(data) % AES_BLOCK:
        # v2.3.1 padded with random bytes, so decrypting never gave the file back
        # and the flash tail held noise; we refuse and let the user choose the fill.
        raise FatalError("Data length %d is not a multiple of 16 bytes: flash is encrypted "
                         "in 16-byte blocks" % len(data),
                         hint="pad the file to a multiple of 16 bytes (0xFF is what erased "
                              "flash holds)")
    refuse_output_over_input(args.output, args.keyfile, args.plaintext_file)
    write_output(args.output, flash_crypt(data, key, args.address, args.flash_crypt_conf,
                                          encrypt=True))


@esptool.accepts_open_files
def decrypt_flash_data(args):
    reporter = reporter_of(args)
    key = load_hardware_key(args.keyfile, reporter)
    check_flash_crypt_args(args.address, args.flash_crypt_conf, reporter)
    data = read_input_file(args.encrypted_file, "encrypted file")
    if len(data) % AES_BLOCK:
        raise FatalError("Data length is not a multiple of 16 bytes")
    refuse_output_over_input(args.output, args.keyfile, args.encrypted_file)
    write_output(args.output, flash_crypt(data, key, args.address, args.flash_crypt_conf,
                                          encrypt=False))


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def refuse_output_over_input(output, *inputs):
    """An output that names an input (worst: the key file) would destroy it."""
    for path in inputs:
        if path is not None and _same_file(output, path):
            raise FatalError("the output file %s is also an input file; choose another name"
                             % output)


# ---------------------------------------------------------------------------
# 7b. Extension seam
# ---------------------------------------------------------------------------
# espsecure.py alone does what v2.3 did: the ESP32's secure boot v1 and flash
# encryption. Secure boot v2 and XTS-AES live in the package installed beside
# it, which plugs in here when the command line starts; nothing else in this
# file names it. A command it adds under a v2.3 name (sign_data) takes that
# command's place and hands v2.3's forms of it back to the function above.

EXTENSION_MODULE = "espkit.secure_cli"      # whose register(EXTENSIONS) is called
# What a copied-alone espsecure.py names when asked for it: commands, and options
# (without their dashes), so the user learns what to install.
EXTENSION_COMMAND_NAMES = ("digest_sbv2_public_key", "digest_rsa_public_key",
                           "signature_info_v2")
EXTENSION_OPTION_NAMES = ("version", "v", "scheme", "s", "aes_xts", "x", "append_signatures",
                          "pub_key", "signature", "skip_padding")


class Extensions:
    """What an extension adds to espsecure's command line."""

    def __init__(self, core):
        self.loaded = False
        self.commands = []      # Command objects; one named as a v2.3 command replaces it
        # This module, for the v2.3 commands and the file helpers the extension
        # reuses. Handed over rather than imported: run as a script, this
        # module is __main__, and an import would load a second copy.
        self.core = core
        self.run_cli = None     # (argv) -> exit status, in place of run_cli (the 5.x mode)
        self.global_args = []   # add(parser): options before the command (--compat)


EXTENSIONS = Extensions(sys.modules[__name__])


def load_extensions():
    """Let the package beside this file register what it adds (once); EXTENSIONS."""
    if not EXTENSIONS.loaded:
        EXTENSIONS.loaded = True
        module = esptool.import_extension(EXTENSION_MODULE)
        if module:
            module.register(EXTENSIONS)
    return EXTENSIONS


def later_feature_asked_for(message):
    """The command or option of a later espsecure named in a parse error, or None."""
    for word in re.findall(r"[-\w]+", message):
        name = word.lstrip("-").replace("-", "_")
        if (name in EXTENSION_OPTION_NAMES if word.startswith("-")
                else name in EXTENSION_COMMAND_NAMES):
            return word
    keylen = re.match(r"argument --keylen/-l: invalid choice: (128|512) ", message)
    return "--keylen %s" % keylen.group(1) if keylen else None


class SecureCommandLineParser(esptool.CommandLineParser):
    """esptool's parser; copied alone, a later command or option is answered with
    what to install instead of argparse's complaint."""

    def error(self, message):
        later = None if EXTENSIONS.commands else later_feature_asked_for(message)
        if later:
            raise FatalError("%s is not part of espsecure.py alone" % later,
                             hint=esptool.EXTENSION_INSTALL_HINT)
        super().error(message)


# ---------------------------------------------------------------------------
# 8. CLI
# ---------------------------------------------------------------------------

def _add_flash_crypt_args(p, address_help):
    p.add_argument("--keyfile", "-k", required=True,
                   help="flash encryption key file (32 raw bytes, or 24 for 3/4 coding)")
    p.add_argument("--output", "-o", required=True, help="output file")
    p.add_argument("--address", "-a", required=True, type=esptool.arg_auto_int,
                   help=address_help + " (a multiple of 16)")
    p.add_argument("--flash_crypt_conf", type=esptool.arg_auto_int,
                   default=FLASH_CRYPT_CONF_DEFAULT,
                   help="FLASH_CRYPT_CONFIG eFuse value to assume (default 0xF)")


def digest_secure_bootloader_args(p):
    p.add_argument("--keyfile", "-k", required=True, help="secure boot key (32 raw bytes)")
    p.add_argument("--output", "-o", help="output file (default: <image>-digest-0x0000.bin)")
    p.add_argument("--iv", help="128-byte IV file, for testing only (default: random IV)")
    p.add_argument("image", help="bootloader image")


def generate_signing_key_args(p):
    p.add_argument("--force", action="store_true", help="replace KEYFILE if it exists")
    p.add_argument("keyfile", help="file to write the new private key to")


def sign_data_args(p):
    p.add_argument("--keyfile", "-k", required=True, help="private key, PEM, NIST256p")
    p.add_argument("--output", "-o",
                   help="output file (default: append the signature to DATAFILE)")
    p.add_argument("datafile", help="file to sign")


def verify_signature_args(p):
    p.add_argument("--keyfile", "-k", required=True,
                   help="public key (PEM or 64-byte raw) or the private key PEM")
    p.add_argument("datafile", help="signed file")


def extract_public_key_args(p):
    p.add_argument("--keyfile", "-k", required=True, help="private key, PEM")
    p.add_argument("public_keyfile", help="output file")


def digest_private_key_args(p):
    p.add_argument("--keyfile", "-k", required=True, help="private key, PEM")
    p.add_argument("--keylen", "-l", type=esptool.arg_auto_int, choices=[192, 256], default=256,
                   help="key length in bits (192 for 3/4 coding: first 24 bytes)")
    p.add_argument("digest_file", help="output file")


def generate_flash_encryption_key_args(p):
    p.add_argument("--keylen", "-l", type=esptool.arg_auto_int, choices=[192, 256], default=256,
                   help="key length in bits (192 for 3/4 coding)")
    p.add_argument("--force", action="store_true", help="replace KEY_FILE if it exists")
    p.add_argument("key_file", help="file to write the new key to")


def decrypt_flash_data_args(p):
    p.add_argument("encrypted_file", help="encrypted flash contents")
    _add_flash_crypt_args(p, "flash address the data was read from")


def encrypt_flash_data_args(p):
    _add_flash_crypt_args(p, "flash address the data will be written to")
    p.add_argument("plaintext_file", help="plaintext data")


# The command table (esptool.Command): each takes (args).
COMMANDS = [
    Command("digest_secure_bootloader", digest_secure_bootloader,
            "compute the secure boot v1 digest of a bootloader and write "
            "IV + digest + bootloader, to flash at 0x0", digest_secure_bootloader_args),
    Command("generate_signing_key", generate_signing_key,
            "generate an ECDSA NIST256p private key for signing, in PEM format",
            generate_signing_key_args),
    Command("sign_data", sign_data,
            "sign a file for secure boot (deterministic ECDSA, SHA-256) and "
            "append the signature block", sign_data_args),
    Command("verify_signature", verify_signature, "verify a file signed by sign_data",
            verify_signature_args),
    Command("extract_public_key", extract_public_key,
            "write the public key of a signing key as 64 raw bytes (X, Y)",
            extract_public_key_args),
    Command("digest_private_key", digest_private_key,
            "write the SHA-256 of a signing key, usable as a reproducible "
            "secure boot or flash encryption key", digest_private_key_args),
    Command("generate_flash_encryption_key", generate_flash_encryption_key,
            "generate a random flash encryption key (32 bytes)",
            generate_flash_encryption_key_args),
    Command("decrypt_flash_data", decrypt_flash_data,
            "decrypt data read from encrypted flash, with a known key", decrypt_flash_data_args),
    Command("encrypt_flash_data", encrypt_flash_data,
            "encrypt data for encrypted flash, with a known key", encrypt_flash_data_args),
]


def command_table():
    """v2.3's commands, each in the extension's later form where it has one, then its own."""
    later = {command.name: command for command in load_extensions().commands}
    return [later.pop(command.name, command) for command in COMMANDS] + list(later.values())


def build_parser():
    parser = SecureCommandLineParser(
        prog="espsecure",
        description="espsecure.py v%s - ESP32 Secure Boot & Flash Encryption tool"
        % esptool.__version__)
    for add in load_extensions().global_args:
        add(parser)
    esptool.add_commands(parser, command_table(),
                         help="run espsecure.py {command} -h for help on a command")
    return parser


def main(argv=None):
    """Entry point for the console script and `python -m espsecure`."""
    return esptool.exit_status_of(lambda: (load_extensions().run_cli or run_cli)(argv))


def run_cli(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as e:     # --help, or a usage error already printed
        return e.code
    # Data written to '-' goes to stdout alone: every line of text goes to stderr.
    with esptool.data_on_stdout(getattr(args, OUTPUT_ARGUMENTS.get(args.operation, "output"),
                                        None)):
        # One reporter for the run, carried by `args`: the commands take (args) only,
        # as v2.x scripts call them.
        args.reporter = esptool.ConsoleReporter()
        args.reporter.message("espsecure.py v%s" % esptool.__version__)
        if args.operation is None:
            parser.print_help()
            return 1
        args.command.func(args)
    return 0


# The commands whose output file is not their --output, and the argument naming it.
OUTPUT_ARGUMENTS = {"extract_public_key": "public_keyfile", "digest_private_key": "digest_file"}


def _main():
    sys.exit(main())


if __name__ == "__main__":
    _main()
