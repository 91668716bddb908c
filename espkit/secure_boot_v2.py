# GPLv2, see LICENSE.
"""Secure boot v2: signature blocks, keys and public-key digests (docs/secure-boot-v2.md).

An image signed for secure boot v2 is followed by one 4 KiB signature sector
holding up to three 1216-byte signature blocks (RSA-3072-PSS or ECDSA on
P-192, P-256 or P-384). The chip checks a block's CRC, that its public key
hashes to a digest burned in eFuse, and the signature over the image.
Everything here is bytes in and bytes out; the command line is in
espkit/secure_cli.py.
"""
import hashlib
import struct
import zlib

from esptool import FatalError

from espkit import crypto

# docs/secure-boot-v2.md §3, §4, §4.3
SECTOR_SIZE = 4096                  # the signature sector, and the image's alignment
SIG_BLOCK_SIZE = 1216               # one signature block
SIG_BLOCK_CRC_COVERS = 1196         # the CRC-32 covers the block up to itself
SIG_BLOCK_MAX_COUNT = 3
SIG_BLOCK_MAGIC = 0xE7
SIG_BLOCK_VERSION_RSA = 0x02
SIG_BLOCK_VERSION_ECDSA = 0x03
ECDSA_SHA_256 = 0x00                # hash type byte of an ECDSA block
ECDSA_SHA_384 = 0x01
RSA_KEY_BITS = 3072
RSA_LEN = RSA_KEY_BITS // 8

# Scheme name -> (curve name in `cryptography`, curve id, coordinate bytes,
# hash name, hash type byte, key/signature field bytes): docs/secure-boot-v2.md §4.2, §5.
ECDSA_SCHEMES = {
    "ecdsa192": ("secp192r1", 1, 24, "sha256", ECDSA_SHA_256, 64),
    "ecdsa256": ("secp256r1", 2, 32, "sha256", ECDSA_SHA_256, 64),
    "ecdsa384": ("secp384r1", 3, 48, "sha384", ECDSA_SHA_384, 96),
}
SCHEMES = ("rsa3072",) + tuple(ECDSA_SCHEMES)
SCHEME_DESCRIPTIONS = {"rsa3072": "RSA 3072", "ecdsa192": "ECDSA NIST192p",
                       "ecdsa256": "ECDSA NIST256p", "ecdsa384": "ECDSA NIST384p"}
CURVE_ERROR = ("secure boot v2 signs with RSA-3072 or ECDSA on NIST P-192, P-256 or P-384 "
               "(openssl: prime192v1, prime256v1, secp384r1)")


# ---------------------------------------------------------------------------
# Keys
# ---------------------------------------------------------------------------

class PublicKey:
    """A secure boot v2 public key: its scheme, its encoding in a signature
    block (docs/secure-boot-v2.md §5) and the signature check the chip makes with it."""

    def __init__(self, key, lib):
        self.key = key
        self.lib = lib
        self.scheme = scheme_of(key, lib)

    @property
    def is_rsa(self):
        return self.scheme == "rsa3072"

    @property
    def hash_name(self):
        return "sha256" if self.is_rsa else ECDSA_SCHEMES[self.scheme][3]

    def image_digest(self, image):
        """SHA-256 of the image, or SHA-384 for P-384 (docs/secure-boot-v2.md §4)."""
        return hashlib.new(self.hash_name, image).digest()

    def material(self):
        """The key as the signature block holds it, and as its eFuse digest hashes it
        (docs/secure-boot-v2.md §5)."""
        numbers = self.key.public_numbers()
        if self.is_rsa:
            n, e = numbers.n, numbers.e
            if e >= 1 << 32:
                raise FatalError("the RSA public exponent 0x%x does not fit the 32-bit field "
                                 "of a signature block" % e)
            # The chip's RSA peripheral works in Montgomery form: R^2 mod n and
            # -n^-1 mod 2^32 are stored so it need not compute them.
            r_squared = pow(2, 2 * RSA_KEY_BITS, n)
            m_prime = -pow(n, -1, 1 << 32) & 0xFFFFFFFF
            return (n.to_bytes(RSA_LEN, "little") + struct.pack("<I", e)
                    + r_squared.to_bytes(RSA_LEN, "little") + struct.pack("<I", m_prime))
        _, curve_id, coord_len, _, _, field_len = ECDSA_SCHEMES[self.scheme]
        return bytes([curve_id]) + little_endian_pair(numbers.x, numbers.y, coord_len, field_len)

    def digest(self):
        """The SHA-256 burned into eFuse for this key (docs/secure-boot-v2.md §5)."""
        return hashlib.sha256(self.material()).digest()

    def signature_is_valid(self, signature_field, digest):
        """Whether a block's signature field signs `digest` with this key
        (docs/secure-boot-v2.md §7)."""
        lib = self.lib
        prehashed = lib.utils.Prehashed(getattr(lib.hashes, self.hash_name.upper())())
        try:
            if self.is_rsa:
                self.key.verify(signature_field[::-1], digest, pss_padding(lib), prehashed)
            else:
                coord_len = ECDSA_SCHEMES[self.scheme][2]
                r = int.from_bytes(signature_field[:coord_len], "little")
                s = int.from_bytes(signature_field[coord_len:2 * coord_len], "little")
                self.key.verify(lib.utils.encode_dss_signature(r, s), digest,
                                lib.ec.ECDSA(prehashed))
        except (lib.exceptions.InvalidSignature, ValueError):
            return False
        return True

    def signature_field(self, signature):
        """A signature as `cryptography` makes it (RSA: big-endian bytes; ECDSA:
        DER) -> as a signature block holds it (docs/secure-boot-v2.md §4)."""
        if self.is_rsa:
            if len(signature) != RSA_LEN:
                raise FatalError("an RSA-3072 signature is %d bytes, not %d"
                                 % (RSA_LEN, len(signature)))
            return signature[::-1]
        _, _, coord_len, _, _, field_len = ECDSA_SCHEMES[self.scheme]
        try:
            r, s = self.lib.utils.decode_dss_signature(signature)
        except ValueError:
            raise FatalError("the ECDSA signature is not DER-encoded (r, s)")
        return little_endian_pair(r, s, coord_len, field_len)


def little_endian_pair(a, b, coord_len, field_len):
    """Two numbers of `coord_len` bytes each, little-endian, zero-filled to `field_len`
    (docs/secure-boot-v2.md §4.2)."""
    if a >= 1 << (8 * coord_len) or b >= 1 << (8 * coord_len):
        raise FatalError("a number of the ECDSA key or signature is out of range")
    pair = a.to_bytes(coord_len, "little") + b.to_bytes(coord_len, "little")
    return pair + bytes(field_len - len(pair))


def pss_padding(lib):
    """RSA-PSS as the chip checks it: MGF1 with SHA-256, 32-byte salt
    (docs/secure-boot-v2.md §6)."""
    return lib.padding.PSS(mgf=lib.padding.MGF1(lib.hashes.SHA256()), salt_length=32)


def scheme_of(key, lib):
    """'rsa3072', 'ecdsa192', ... for a `cryptography` key; a FatalError for any other key."""
    if isinstance(key, (lib.rsa.RSAPublicKey, lib.rsa.RSAPrivateKey)):
        if key.key_size != RSA_KEY_BITS:
            raise FatalError("the RSA key has %d bits; %s" % (key.key_size, CURVE_ERROR))
        return "rsa3072"
    if isinstance(key, (lib.ec.EllipticCurvePublicKey, lib.ec.EllipticCurvePrivateKey)):
        for scheme, (curve_name, *_rest) in ECDSA_SCHEMES.items():
            if key.curve.name == curve_name:
                return scheme
        raise FatalError("the key uses curve %s; %s" % (key.curve.name, CURVE_ERROR))
    raise FatalError("the key is neither RSA nor ECDSA; %s" % CURVE_ERROR)


def load_private_key(data, path, lib):
    """A secure boot v2 private key from PEM (PKCS#1, SEC1 or PKCS#8)."""
    if b"PRIVATE KEY-----" not in data:
        raise FatalError("%s is not a private key in PEM format" % path)
    try:
        key = load_pem_private_key_quickly(data, lib)
    except TypeError:
        raise FatalError("%s is password protected; espsecure needs an unencrypted key" % path)
    except (ValueError, lib.exceptions.UnsupportedAlgorithm) as e:
        raise FatalError("%s does not hold a usable private key (%s)" % (path, e))
    scheme_of_file(key, path, lib)
    return key


def load_pem_private_key_quickly(data, lib):
    """load_pem_private_key without its RSA consistency check, where `cryptography`
    offers that (39 and later): the check costs a third of a second per RSA-3072
    key, and every signature made here is verified with the public key before it
    is written (sign_image), which a broken key fails, so no faulty signature
    (which could reveal a factor of n) ever leaves."""
    load = lib.serialization.load_pem_private_key
    try:
        return load(data, password=None, unsafe_skip_rsa_key_validation=True)
    except TypeError as e:
        if "unsafe_skip_rsa_key_validation" not in str(e):
            raise
        return load(data, password=None)


def load_public_key(data, path, lib):
    """The PublicKey of a PEM file holding a private key or a public key."""
    if b"PRIVATE KEY-----" in data:
        return PublicKey(load_private_key(data, path, lib).public_key(), lib)
    if b"-----BEGIN PUBLIC KEY-----" not in data:
        raise FatalError("%s is neither a private nor a public key in PEM format" % path)
    try:
        key = lib.serialization.load_pem_public_key(data)
    except (ValueError, lib.exceptions.UnsupportedAlgorithm) as e:
        raise FatalError("%s does not hold a usable public key (%s)" % (path, e))
    scheme_of_file(key, path, lib)
    return PublicKey(key, lib)


def scheme_of_file(key, path, lib):
    try:
        return scheme_of(key, lib)
    except FatalError as e:
        raise FatalError("%s: %s" % (path, e))


def new_private_key(scheme, lib):
    """A fresh key of `scheme` (RSA: public exponent 65537) from the OS's randomness."""
    if scheme == "rsa3072":
        return lib.rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    curve = getattr(lib.ec, ECDSA_SCHEMES[scheme][0].upper())
    return lib.ec.generate_private_key(curve())


def private_key_pem(key, lib):
    """PKCS#1 ('RSA PRIVATE KEY') or SEC1 ('EC PRIVATE KEY') PEM, unencrypted, as upstream
    writes."""
    s = lib.serialization
    return key.private_bytes(encoding=s.Encoding.PEM, format=s.PrivateFormat.TraditionalOpenSSL,
                             encryption_algorithm=s.NoEncryption())


def public_key_pem(key, lib):
    """SubjectPublicKeyInfo PEM ('PUBLIC KEY') of a private or public key."""
    public = key.public_key() if hasattr(key, "public_key") else key
    s = lib.serialization
    return public.public_bytes(encoding=s.Encoding.PEM,
                               format=s.PublicFormat.SubjectPublicKeyInfo)


# ---------------------------------------------------------------------------
# Signature blocks (docs/secure-boot-v2.md §4)
# ---------------------------------------------------------------------------

def signature_block(public_key, digest, signature_field):
    """The 1216-byte block: header, digest, key, signature, zeros to 1196, CRC-32, 16 zeros."""
    if public_key.is_rsa:
        header = bytes([SIG_BLOCK_MAGIC, SIG_BLOCK_VERSION_RSA, 0, 0])
    else:
        hash_type = ECDSA_SCHEMES[public_key.scheme][4]
        header = bytes([SIG_BLOCK_MAGIC, SIG_BLOCK_VERSION_ECDSA, hash_type, 0])
    body = header + digest + public_key.material() + signature_field
    body += bytes(SIG_BLOCK_CRC_COVERS - len(body))
    return body + struct.pack("<I", zlib.crc32(body)) + bytes(SIG_BLOCK_SIZE - 4 - len(body))


def sign_image(private_key, image, lib):
    """A signature block for `image` (already sector-aligned) made with `private_key`
    (docs/secure-boot-v2.md §6).

    RSA-PSS salts are random, so RSA blocks differ from run to run in their
    signature (and CRC). ECDSA uses RFC 6979 nonces where the installed
    `cryptography` offers them (43 and later), so its blocks repeat.
    """
    public_key = PublicKey(private_key.public_key(), lib)
    digest = public_key.image_digest(image)
    prehashed = lib.utils.Prehashed(getattr(lib.hashes, public_key.hash_name.upper())())
    if public_key.is_rsa:
        signature = private_key.sign(digest, pss_padding(lib), prehashed)
    else:
        try:
            algorithm = lib.ec.ECDSA(prehashed, deterministic_signing=True)
        except TypeError:       # cryptography before 43: random nonces
            algorithm = lib.ec.ECDSA(prehashed)
        signature = private_key.sign(digest, algorithm)
    field = public_key.signature_field(signature)
    if not public_key.signature_is_valid(field, digest):
        raise FatalError("the signature just made does not verify with its own public key: "
                         "the %s private key is damaged; nothing was written"
                         % SCHEME_DESCRIPTIONS[public_key.scheme])
    return signature_block(public_key, digest, field)


def block_from_signature(public_key, signature, image):
    """A signature block from a signature made elsewhere (an HSM, a signing server),
    checked first."""
    digest = public_key.image_digest(image)
    field = public_key.signature_field(signature)
    if not public_key.signature_is_valid(field, digest):
        raise FatalError("the signature does not verify with the %s public key; nothing was "
                         "written" % SCHEME_DESCRIPTIONS[public_key.scheme],
                         hint="a signature made elsewhere must sign this very data (after "
                              "its padding to 4096 bytes) with the key given by --pub-key")
    return signature_block(public_key, digest, field)


class ParsedBlock:
    """One signature block of a signed image, as its own header describes it
    (docs/secure-boot-v2.md §4)."""

    def __init__(self, block):
        self.raw = block
        self.magic, self.version, self.hash_type = block[0], block[1], block[2]
        crc, = struct.unpack_from("<I", block, SIG_BLOCK_CRC_COVERS)
        self.crc_ok = crc == zlib.crc32(block[:SIG_BLOCK_CRC_COVERS])
        wide = self.version == SIG_BLOCK_VERSION_ECDSA and self.hash_type == ECDSA_SHA_384
        self.digest_len = 48 if wide else 32
        key_start = 4 + self.digest_len
        if self.version == SIG_BLOCK_VERSION_RSA:
            key_len, signature_len = 2 * RSA_LEN + 8, RSA_LEN
        else:
            key_len, signature_len = (97, 96) if wide else (65, 64)
        self.digest = block[4:key_start]
        self.key_material = block[key_start:key_start + key_len]
        self.signature = block[key_start + key_len:key_start + key_len + signature_len]

    @property
    def is_valid(self):
        """What the chip and upstream check before anything else: magic, version, CRC."""
        return (self.magic == SIG_BLOCK_MAGIC and self.crc_ok
                and self.version in (SIG_BLOCK_VERSION_RSA, SIG_BLOCK_VERSION_ECDSA))

    @property
    def kind(self):
        return "RSA" if self.version == SIG_BLOCK_VERSION_RSA else "ECDSA"

    def key_digest(self):
        """The SHA-256 of the block's public key: what eFuse must hold for it
        (docs/secure-boot-v2.md §5)."""
        return hashlib.sha256(self.key_material).digest()

    def digest_of(self, image):
        """The digest this block's type asks for, of `image`."""
        return hashlib.new("sha384" if self.digest_len == 48 else "sha256", image).digest()


def signature_sector_blocks(signed):
    """The three block slots of the last 4096 bytes of `signed`, parsed."""
    sector = signed[-SECTOR_SIZE:]
    return [ParsedBlock(sector[i * SIG_BLOCK_SIZE:(i + 1) * SIG_BLOCK_SIZE])
            for i in range(SIG_BLOCK_MAX_COUNT)]


def leading_valid_blocks(signed):
    """The valid blocks at the start of the signature sector, up to the first invalid one."""
    blocks = []
    for block in signature_sector_blocks(signed):
        if not block.is_valid:
            break
        blocks.append(block)
    return blocks


def signature_sector(blocks):
    """Blocks, then 0xFF to 4096 bytes (docs/secure-boot-v2.md §3)."""
    if len(blocks) > SIG_BLOCK_MAX_COUNT:
        raise FatalError("a signature sector holds %d signature blocks at most, not %d"
                         % (SIG_BLOCK_MAX_COUNT, len(blocks)))
    sector = b"".join(blocks)
    return sector + b"\xff" * (SECTOR_SIZE - len(sector))
