"""espsecure.py: secure boot v2 (docs/secure-boot-v2.md) and XTS-AES flash encryption
(docs/security.md §7), against upstream esptool 5.6 as the oracle.

Evidence, both ways wherever there are two: images we sign pass upstream's
verify_signature and upstream's pass ours; a changed byte fails both; blocks equal
upstream's in every byte but the signature; public-key digests, extracted public
keys and XTS ciphertexts equal upstream's byte for byte; and XTS follows the doc's
steps, rebuilt here from AES-ECB alone. Upstream runs in a few batches (one
interpreter each), so hundreds of cases stay cheap.
"""
import hashlib
import os
import random
import stat
import struct
import sys
import tempfile
import zlib

import pyaes
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import assert_one_fatal_line, read, run_main, run_tool, write
from test_espsecure import run_upstream_batch

crypto = pytest.importorskip("cryptography")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = os.path.join(ROOT, "test", "data", "secure")
sys.path.insert(0, ROOT)

SCHEMES = ("rsa3072", "ecdsa192", "ecdsa256", "ecdsa384")
SECTOR = 4096
BLOCK = 1216
# Where each scheme's signature sits in a block, and its length:
# docs/secure-boot-v2.md §4.1, §4.2
SIGNATURE_FIELD = {"rsa3072": (812, 384), "ecdsa192": (101, 64), "ecdsa256": (101, 64),
                   "ecdsa384": (149, 96)}
# Sample bytes of block 0 per field, docs/secure-boot-v2.md §4: header, digest, key, signature,
# zero fill, CRC
BLOCK_SAMPLES = {
    "rsa3072": {"magic": 0, "version": 1, "reserved": 3, "digest": 4, "digest end": 35,
                "modulus": 36, "modulus end": 419, "exponent": 420, "R^2 mod n": 424,
                "M'": 808, "signature": 812, "signature end": 1195, "crc": 1196,
                "crc end": 1199},
    "ecdsa192": {"magic": 0, "version": 1, "hash type": 2, "reserved": 3, "digest": 4,
                 "curve id": 36, "X": 37, "Y": 61, "point zero fill": 90, "r": 101, "s": 125,
                 "signature zero fill": 160, "zero fill": 165, "zero fill end": 1195,
                 "crc": 1196},
    "ecdsa256": {"magic": 0, "version": 1, "hash type": 2, "reserved": 3, "digest": 4,
                 "curve id": 36, "X": 37, "Y": 69, "r": 101, "s": 164, "zero fill": 165,
                 "crc": 1196, "crc end": 1199},
    "ecdsa384": {"magic": 0, "version": 1, "hash type": 2, "reserved": 3, "digest": 4,
                 "digest end": 51, "curve id": 52, "X": 53, "Y": 148, "r": 149, "s": 244,
                 "zero fill": 245, "crc": 1196},
}
# Bytes nothing checks, the block's 16 trailing zeros and the 0xFF after it:
# docs/secure-boot-v2.md §4.3
UNCHECKED = {"block zero tail": 1200, "block zero tail end": 1215, "empty slot": 1216,
             "sector end": SECTOR - 1}


def ours(*argv):
    """Our espsecure in this process; must succeed."""
    result = run_main("espsecure", *argv)
    assert result.returncode == 0, (argv, result.stdout + result.stderr)
    return result


def upstream_batch(workdir, name, commands):
    """[(status, output)] of upstream 5.6 espsecure for each argv (5.x spellings)."""
    return run_upstream_batch("5", str(workdir), name, commands)


def flip(data, offset, mask=0x01):
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


def with_crc(block):
    """A block with its CRC-32 recomputed over bytes 0..1195 (docs/secure-boot-v2.md §4.3)."""
    return block[:1196] + struct.pack("<I", zlib.crc32(block[:1196])) + block[1200:]


def load_private(path):
    return serialization.load_pem_private_key(read(path), password=None)


# ---------------------------------------------------------------------------
# one signing session: keys from both tools, each image signed by both tools
# ---------------------------------------------------------------------------

class Signed:
    """Keys (ours and upstream's, every scheme), images signed by both tools with each,
    and upstream's verdicts on ours; built once for the module."""

    IMAGES = {"unaligned": 5000, "aligned": 2 * SECTOR}

    def __init__(self, workdir):
        self.dir = workdir
        rng = random.Random(22)
        self.images = {name: write(self.path("%s.bin" % name), rng.randbytes(size))
                       for name, size in self.IMAGES.items()}
        self.keys = {}
        for scheme in SCHEMES:
            self.keys[("ours", scheme)] = self.path("ours_%s.pem" % scheme)
            ours("generate_signing_key", "--version", "2", "--scheme", scheme,
                 self.keys[("ours", scheme)])
            self.keys[("upstream", scheme)] = self.path("up_%s.pem" % scheme)
        generated = upstream_batch(workdir, "keys", [
            ["generate-signing-key", "--version", "2", "--scheme", scheme,
             self.keys[("upstream", scheme)]] for scheme in SCHEMES])
        assert all(status == 0 for status, _ in generated), generated
        self.commands, self.index = [], {}
        for (maker, scheme), key in self.keys.items():
            for image_name, image in self.images.items():
                case = (maker, scheme, image_name)
                ours("sign_data", "--version", "2", "--keyfile", key,
                     "--output", self.signed_by("ours", case), image)
                self.later(("sign", case), ["sign-data", "--version", "2", "--keyfile", key,
                                            "--output", self.signed_by("upstream", case),
                                            image])
                self.later(("verify ours", case), ["verify-signature", "--version", "2",
                                                   "--keyfile", key,
                                                   self.signed_by("ours", case)])
            public = self.path("pub_%s_%s.pem" % (maker, scheme))
            ours("extract_public_key", "--version", "2", "--keyfile", key, public)
            self.later(("public key", maker, scheme),
                       ["extract-public-key", "--version", "2", "--keyfile", key,
                        public + ".up"])
            for form, path in (("private", key), ("public", public)):
                digest = self.path("digest_%s_%s_%s" % (maker, scheme, form))
                ours("digest_sbv2_public_key", "--keyfile", path, "--output", digest)
                self.later(("digest", maker, scheme, form),
                           ["digest-sbv2-public-key", "--keyfile", path,
                            "--output", digest + ".up"])
            # upstream verifies with the public key we extracted
            self.later(("verify ours with public key", maker, scheme),
                       ["verify-signature", "--version", "2", "--keyfile", public,
                        self.signed_by("ours", (maker, scheme, "aligned"))])
        self.results = upstream_batch(workdir, "main", self.commands)

    def path(self, name):
        return os.path.join(self.dir, name)

    def signed_by(self, signer, case):
        return self.path("signed_by_%s_%s.bin" % (signer, "_".join(case)))

    def later(self, key, argv):
        self.index[key] = len(self.commands)
        self.commands.append(argv)

    def upstream(self, key):
        return self.results[self.index[key]]


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    return Signed(str(tmp_path_factory.mktemp("sbv2")))


CASES = [(maker, scheme, image) for maker in ("ours", "upstream") for scheme in SCHEMES
         for image in Signed.IMAGES]


@pytest.mark.parametrize("case", CASES, ids=["-".join(c) for c in CASES])
def test_our_blocks_equal_upstreams_but_for_the_signature(signed, case):
    status, log = signed.upstream(("sign", case))
    assert status == 0, log
    mine, theirs = read(signed.signed_by("ours", case)), read(signed.signed_by("upstream", case))
    assert len(mine) == len(theirs) and len(mine) % SECTOR == 0
    assert mine[:-SECTOR] == theirs[:-SECTOR]            # image and its 0xFF padding
    start, length = SIGNATURE_FIELD[case[1]]
    block, their_block = mine[-SECTOR:-SECTOR + BLOCK], theirs[-SECTOR:-SECTOR + BLOCK]
    assert block[start:start + length] != their_block[start:start + length]   # randomised
    assert with_crc(block) == block         # our CRC covers our block as upstream's covers its
    spliced = block[:start] + their_block[start:start + length] + block[start + length:]
    assert with_crc(spliced) == their_block
    assert mine[-SECTOR + BLOCK:] == theirs[-SECTOR + BLOCK:] == b"\xff" * (SECTOR - BLOCK)


@pytest.mark.parametrize("case", CASES, ids=["-".join(c) for c in CASES])
def test_upstream_verifies_ours_and_we_verify_upstreams(signed, case):
    status, log = signed.upstream(("verify ours", case))
    assert status == 0 and "verification successful" in log, log
    result = ours("verify_signature", "--version", "2", "--keyfile", signed.keys[case[:2]],
                  signed.signed_by("upstream", case))
    assert "Signature block 0 verification successful" in result.stdout


@pytest.mark.parametrize("maker", ["ours", "upstream"])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_public_keys_and_their_digests_equal_upstreams(signed, maker, scheme):
    public = signed.path("pub_%s_%s.pem" % (maker, scheme))
    assert signed.upstream(("public key", maker, scheme))[0] == 0
    assert read(public) == read(public + ".up")
    assert read(public).startswith(b"-----BEGIN PUBLIC KEY-----")
    for form in ("private", "public"):
        digest = signed.path("digest_%s_%s_%s" % (maker, scheme, form))
        assert signed.upstream(("digest", maker, scheme, form))[0] == 0
        assert read(digest) == read(digest + ".up")
        assert len(read(digest)) == 32
    status, log = signed.upstream(("verify ours with public key", maker, scheme))
    assert status == 0 and "verification successful" in log, log


def test_the_key_digest_is_the_sha256_of_the_key_as_the_block_holds_it(signed):
    """docs/secure-boot-v2.md §5, from the key's numbers alone."""
    for scheme in SCHEMES:
        key = load_private(signed.keys[("ours", scheme)]).public_key()
        numbers = key.public_numbers()
        if scheme == "rsa3072":
            n = numbers.n
            encoded = (n.to_bytes(384, "little") + struct.pack("<I", numbers.e)
                       + pow(2, 6144, n).to_bytes(384, "little")
                       + struct.pack("<I", (-pow(n, -1, 2 ** 32)) % 2 ** 32))
        else:
            size = {"ecdsa192": 24, "ecdsa256": 32, "ecdsa384": 48}[scheme]
            field = 96 if scheme == "ecdsa384" else 64
            point = numbers.x.to_bytes(size, "little") + numbers.y.to_bytes(size, "little")
            curve_id = {"ecdsa192": 1, "ecdsa256": 2, "ecdsa384": 3}[scheme]
            encoded = bytes([curve_id]) + point + bytes(field - len(point))
        assert read(signed.path("digest_ours_%s_private" % scheme)) == \
            hashlib.sha256(encoded).digest(), scheme


def corrupted_files(signed):
    """(scheme, signer, what, path, expected status) for each sampled byte changed."""
    samples = []
    for scheme in SCHEMES:
        for signer in ("ours", "upstream"):
            case = (signer, scheme, "unaligned")
            good = read(signed.signed_by(signer, case))
            image_len = len(good) - SECTOR
            places = {"image first byte": 0, "image middle": 2500,
                      "image 0xFF padding": image_len - 1}
            places.update({"block " + name: image_len + offset
                           for name, offset in BLOCK_SAMPLES[scheme].items()})
            for what, offset in places.items():
                samples.append((scheme, signer, what, offset, 2))
            for what, offset in UNCHECKED.items():
                samples.append((scheme, signer, what, image_len + offset, 0))
    files = []
    for scheme, signer, what, offset, status in samples:
        good = read(signed.signed_by(signer, (signer, scheme, "unaligned")))
        path = signed.path("bad_%s_%s_%s.bin" % (scheme, signer, what.replace(" ", "_")))
        write(path, flip(good, offset))
        files.append((scheme, signer, what, path, status))
    return files


def test_a_changed_byte_fails_both_tools_with_status_2(signed):
    files = corrupted_files(signed)
    verdicts = upstream_batch(signed.dir, "corrupted", [
        ["verify-signature", "--version", "2", "--keyfile", signed.keys[(signer, scheme)],
         path] for scheme, signer, _, path, _ in files])
    disagreements = []
    for (scheme, signer, what, path, expected), (up_status, up_log) in zip(files, verdicts):
        result = run_main("espsecure", "verify_signature", "--version", "2",
                          "--keyfile", signed.keys[(signer, scheme)], path)
        if expected == 2:
            assert_one_fatal_line(result)
        if (up_status, result.returncode) != (expected, expected):
            disagreements.append((scheme, signer, what, up_status, result.returncode))
    checked = sum(1 for f in files if f[4] == 2)
    print("%d changed bytes: both tools exit 2; %d unchecked bytes: both exit 0"
          % (checked, len(files) - checked))
    assert checked > 100 and not disagreements, disagreements


@pytest.fixture(scope="module")
def p256_signed(tmp_path_factory):
    """(key, signed file bytes): one sector of data signed with a P-256 key of ours."""
    directory = tmp_path_factory.mktemp("p256")
    key = str(directory / "key.pem")
    ours("generate_signing_key", "--version", "2", "--scheme", "ecdsa256", key)
    image = write(directory / "image.bin", random.Random(6).randbytes(SECTOR))
    ours("sign_data", "--version", "2", "-k", key, image)
    return key, read(image)


@settings(max_examples=60, deadline=None)
@given(offset=st.integers(0, 2 * SECTOR - 1), mask=st.integers(1, 255))
def test_any_changed_byte_fails_verification_but_the_unchecked_ones(p256_signed, offset, mask):
    """Every byte but the block's zero tail and the 0xFF after it
    (docs/secure-boot-v2.md §4.3, §7)."""
    key, signed = p256_signed
    unchecked = offset >= SECTOR + 1200
    with tempfile.TemporaryDirectory() as d:
        path = write(os.path.join(d, "signed.bin"), flip(signed, offset, mask))
        result = run_main("espsecure", "verify_signature", "--version", "2", "-k", key, path)
    if unchecked:
        assert result.returncode == 0, result.stdout
    else:
        assert_one_fatal_line(result)


# ---------------------------------------------------------------------------
# several keys, --append-signatures, signatures made elsewhere
# ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def three_keys(tmp_path_factory):
    """Three keys of each scheme, ours."""
    directory = tmp_path_factory.mktemp("three_keys")
    keys = {}
    for scheme in SCHEMES:
        keys[scheme] = [str(directory / ("%s_%d.pem" % (scheme, i))) for i in range(3)]
        for key in keys[scheme]:
            ours("generate_signing_key", "-v", "2", "-s", scheme, key)
    return keys


@pytest.mark.parametrize("scheme", SCHEMES)
def test_several_keys_make_one_block_each_that_both_tools_verify(tmp_path, three_keys, scheme):
    image = write(tmp_path / "image.bin", random.Random(3).randbytes(9000))
    a, b, c = three_keys[scheme]
    spread = str(tmp_path / "spread.bin")
    ours("sign-data", "--version", "2", "--keyfile", a, b, c, "--output", spread, image)
    repeated = str(tmp_path / "repeated.bin")
    ours("sign_data", "-v", "2", "-k", a, "-k", b, "-k", c, "-o", repeated, image)
    for signed_file in (spread, repeated):
        data = read(signed_file)
        assert len(data) == 4 * SECTOR     # 9000 bytes padded to 3 sectors, then the signatures
        assert data[-SECTOR + 3 * BLOCK:] == b"\xff" * (SECTOR - 3 * BLOCK)
    argv = [["verify-signature", "--version", "2", "--keyfile", key, spread] for key in (a, b, c)]
    verdicts = upstream_batch(tmp_path, "verify", argv)
    for index, ((status, log), key) in enumerate(zip(verdicts, (a, b, c))):
        assert status == 0 and "Signature block %d verification successful" % index in log, log
        result = ours("verify_signature", "--version", "2", "--keyfile", key, repeated)
        assert "Signature block %d verification successful" % index in result.stdout
    info = ours("signature_info_v2", spread).stdout
    up_status, up_info = upstream_batch(tmp_path, "info", [["signature-info-v2", spread]])[0]
    digests = [line for line in info.splitlines() if line.startswith("Public key digest")]
    assert len(digests) == 3 and up_status == 0
    assert digests == [line for line in up_info.splitlines()
                       if line.startswith("Public key digest")]


def test_append_signatures_keeps_the_blocks_there_and_adds_after_them(tmp_path, three_keys):
    image = write(tmp_path / "image.bin", random.Random(4).randbytes(3 * SECTOR))
    rsa_key, p256_key = three_keys["rsa3072"][0], three_keys["ecdsa256"][0]
    once = str(tmp_path / "once.bin")
    ours("sign_data", "--version", "2", "-k", rsa_key, "-o", once, image)
    twice = str(tmp_path / "twice.bin")
    result = ours("sign_data", "--version", "2", "--append-signatures", "-k", p256_key,
                  "-o", twice, once)
    assert "1 valid signature block(s) already present" in result.stdout
    first, second = read(once), read(twice)
    assert len(second) == len(first) == 4 * SECTOR
    assert second[:-SECTOR + BLOCK] == first[:-SECTOR + BLOCK]     # image and block 0 kept
    for key in (rsa_key, p256_key):
        ours("verify_signature", "--version", "2", "--keyfile", key, twice)
    status, log = upstream_batch(tmp_path, "verify",
                                 [["verify-signature", "--version", "2", "-k", rsa_key, twice]])[0]
    assert status == 0, log
    # a file that holds no valid block is signed afresh, all of it
    fresh = str(tmp_path / "fresh.bin")
    result = ours("sign_data", "--version", "2", "--append-signatures", "-k", rsa_key,
                  "-o", fresh, image)
    assert "No valid signature blocks found" in result.stdout
    assert read(fresh)[:-SECTOR] == read(image)


def test_a_full_sector_takes_no_more_blocks(tmp_path, three_keys):
    image = write(tmp_path / "image.bin", bytes(SECTOR))
    keys = three_keys["ecdsa256"]
    full = str(tmp_path / "full.bin")
    ours("sign_data", "--version", "2", "-k", *keys, "-o", full, image)
    result = run_main("espsecure", "sign_data", "--version", "2", "--append-signatures",
                      "-k", keys[0], "-o", tmp_path / "more.bin", full)
    assert_one_fatal_line(result, "already holds 3 signature blocks")
    four = keys + [three_keys["rsa3072"][0]]
    result = run_main("espsecure", "sign_data", "--version", "2", "-k", *four,
                      "-o", tmp_path / "four.bin", image)
    assert_one_fatal_line(result, "4 signatures asked for")
    assert not (tmp_path / "more.bin").exists() and not (tmp_path / "four.bin").exists()


def signature_made_elsewhere(key_path, image):
    """What an HSM gives: RSA-PSS bytes, or ECDSA DER, over the image
    (docs/secure-boot-v2.md §6)."""
    key = load_private(key_path)
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(hashlib.sha256(image).digest(),
                        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                        utils.Prehashed(hashes.SHA256()))
    digest = hashes.SHA384() if key.curve.name == "secp384r1" else hashes.SHA256()
    return key.sign(image, ec.ECDSA(digest))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_signatures_made_elsewhere_give_upstreams_bytes_exactly(tmp_path, three_keys, scheme):
    image_bytes = random.Random(5).randbytes(2 * SECTOR)
    image = write(tmp_path / "image.bin", image_bytes)
    publics, signatures = [], []
    for i, key in enumerate(three_keys[scheme][:2]):
        publics.append(str(tmp_path / ("pub%d.pem" % i)))
        ours("extract_public_key", "--version", "2", "-k", key, publics[-1])
        signatures.append(write(tmp_path / ("sig%d.bin" % i),
                                signature_made_elsewhere(key, image_bytes)))
    mine, theirs = str(tmp_path / "ours.bin"), str(tmp_path / "up.bin")
    args = ["--version", "2", "--pub-key", *publics, "--signature", *signatures]
    ours("sign_data", *args, "--output", mine, image)
    status, log = upstream_batch(tmp_path, "sign",
                                 [["sign-data", *args, "--output", theirs, image]])[0]
    assert status == 0, log
    assert read(mine) == read(theirs)
    for key in three_keys[scheme][:2]:
        ours("verify_signature", "--version", "2", "-k", key, mine)


def test_a_signature_made_elsewhere_must_match_its_key_and_aligned_data(tmp_path, three_keys):
    key, other = three_keys["ecdsa256"][:2]
    public = str(tmp_path / "pub.pem")
    ours("extract_public_key", "--version", "2", "-k", key, public)
    aligned = bytes(SECTOR)
    wrong = write(tmp_path / "wrong.sig", signature_made_elsewhere(other, aligned))
    image = write(tmp_path / "image.bin", aligned)
    unaligned = write(tmp_path / "short.bin", aligned[:-16])
    right = write(tmp_path / "right.sig", signature_made_elsewhere(key, aligned))
    cases = [(["--pub-key", public, "--signature", wrong, "-o", tmp_path / "o1", image],
              "does not verify"),
             (["--pub-key", public, "--signature", right, "-o", tmp_path / "o2", unaligned],
              "4096-byte boundary"),
             (["--pub-key", public, "-o", tmp_path / "o3", image], "one key for each signature")]
    verdicts = upstream_batch(tmp_path, "refusals", [
        ["sign-data", "--version", "2"] + [str(a) for a in argv] for argv, _ in cases[:2]])
    for (argv, message), (up_status, _) in zip(cases, verdicts + [(2, "")]):
        assert_one_fatal_line(run_main("espsecure", "sign_data", "--version", "2", *argv),
                              message)
        assert up_status == 2
    assert not any((tmp_path / name).exists() for name in ("o1", "o2", "o3"))


# ---------------------------------------------------------------------------
# keys
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("scheme,kind,size", [
    ("rsa3072", rsa.RSAPrivateKey, 3072), ("ecdsa192", ec.EllipticCurvePrivateKey, 192),
    ("ecdsa256", ec.EllipticCurvePrivateKey, 256), ("ecdsa384", ec.EllipticCurvePrivateKey, 384)])
def test_generate_signing_key_version_2_writes_a_private_key_of_the_scheme(tmp_path, scheme,
                                                                         kind, size):
    path = tmp_path / "key.pem"
    result = ours("generate_signing_key", "--version", "2", "--scheme", scheme, path)
    assert "private key in PEM format written to" in result.stdout
    key = load_private(path)
    assert isinstance(key, kind) and key.key_size == size
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    before = read(path)
    result = run_main("espsecure", "generate_signing_key", "--version", "2", path)
    assert_one_fatal_line(result, "already exists")
    assert read(path) == before


def test_generate_signing_key_version_2_defaults_to_rsa_3072(tmp_path):
    ours("generate-signing-key", "--version", "2", tmp_path / "key.pem")
    assert load_private(tmp_path / "key.pem").key_size == 3072


def test_version_1_is_the_v23_command_spelled_as_upstream_5(tmp_path):
    spec_key = os.path.join(KEYS, "spec_key.pem")
    data = write(tmp_path / "data.bin", bytes(range(100)))
    plain, spelled = tmp_path / "plain.bin", tmp_path / "spelled.bin"
    ours("sign_data", "--keyfile", spec_key, "--output", plain, data)
    ours("sign-data", "--version", "1", "--keyfile", spec_key, "--output", spelled, data)
    assert read(plain) == read(spelled)
    ours("verify_signature", "-v", "1", "-k", spec_key, spelled)
    for version in ([], ["--version", "1"]):
        ours("extract_public_key", *version, "-k", spec_key, tmp_path / "pub.bin")
        assert len(read(tmp_path / "pub.bin")) == 64
    ours("generate_signing_key", "--version", "1", tmp_path / "v1.pem")
    assert load_private(tmp_path / "v1.pem").curve.name == "secp256r1"
    result = run_main("espsecure", "generate_signing_key", "--version", "1", "--scheme",
                      "rsa3072", tmp_path / "v1b.pem")
    assert_one_fatal_line(result, "v1 signs with ECDSA NIST256p only")


def test_v23_order_keyfile_then_data_file_still_signs(tmp_path, three_keys):
    """--keyfile takes several words (upstream 5.x); v2.3's `--keyfile KEY DATA` must still work."""
    spec_key = os.path.join(KEYS, "spec_key.pem")
    data = write(tmp_path / "data.bin", bytes(64))
    ours("sign_data", "--keyfile", spec_key, data)
    assert len(read(data)) == 64 + 68
    image = write(tmp_path / "image.bin", bytes(100))
    a, b = three_keys["ecdsa256"][:2]
    ours("sign_data", "--version", "2", "--keyfile", a, b, image)   # signed in place
    assert len(read(image)) == 2 * SECTOR
    for key in (a, b):
        ours("verify_signature", "--version", "2", "-k", key, image)


@pytest.mark.parametrize("key_name,message", [
    ("rsa_key.pem", "RSA key has 1024 bits"), ("spec_key_encrypted.pem", "password protected"),
    ("certificate.pem", "not a private key"), ("secp521r1", "curve secp521r1")])
def test_keys_secure_boot_v2_cannot_use_are_refused(tmp_path, key_name, message):
    if key_name == "secp521r1":
        key = ec.generate_private_key(ec.SECP521R1())
        path = write(tmp_path / "p521.pem", key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption()))
    else:
        path = os.path.join(KEYS, key_name)
    data = write(tmp_path / "data.bin", bytes(SECTOR))
    result = run_main("espsecure", "sign_data", "--version", "2", "-k", path,
                      "-o", tmp_path / "out.bin", data)
    assert_one_fatal_line(result, message)
    assert not (tmp_path / "out.bin").exists()


def test_verify_names_a_block_that_holds_another_key(tmp_path, three_keys):
    a, b = three_keys["ecdsa256"][:2]
    image = write(tmp_path / "image.bin", bytes(SECTOR))
    ours("sign_data", "--version", "2", "-k", a, image)
    result = run_main("espsecure", "verify_signature", "--version", "2", "-k", b, image)
    assert_one_fatal_line(result, "Signature could not be verified")
    assert "holds another public key than the supplied one" in result.stdout


def test_verify_refuses_a_file_that_cannot_be_signed_for_v2(tmp_path, three_keys):
    key = three_keys["ecdsa256"][0]
    for size, message in ((100, "too short"), (SECTOR + 16, "not a multiple of 4096")):
        path = write(tmp_path / ("f%d" % size), bytes(size))
        assert_one_fatal_line(run_main("espsecure", "verify_signature", "--version", "2",
                                       "-k", key, path), message)


# ---------------------------------------------------------------------------
# XTS-AES (docs/security.md §7)
# ---------------------------------------------------------------------------

XTS_ADDRESSES = (0x0, 0x10, 0x1230, 0x10000, 0x3FF000)
XTS_LENGTHS = (16, 0x70, 0x80, 0x1030)


def xts_key_file(length, seed):
    return random.Random(seed).randbytes(length)


def test_xts_matches_upstream_byte_for_byte_and_both_decrypt_each_other(tmp_path):
    rng = random.Random(7)
    cases, commands = [], []
    for key_len in (16, 32, 64):
        key = write(tmp_path / ("key%d" % key_len), xts_key_file(key_len, key_len))
        for address in XTS_ADDRESSES:
            for length in XTS_LENGTHS:
                name = "%d_%x_%x" % (key_len, address, length)
                plain = write(tmp_path / ("p" + name), rng.randbytes(length))
                mine, theirs = tmp_path / ("e" + name), tmp_path / ("u" + name)
                ours("encrypt_flash_data", "--aes-xts", "-k", key, "-a", hex(address),
                     "-o", mine, plain)
                commands.append(["encrypt-flash-data", "--aes-xts", "-k", key,
                                 "-a", hex(address), "-o", str(theirs), plain])
                commands.append(["decrypt-flash-data", "-x", "-k", key, "-a", hex(address),
                                 "-o", str(tmp_path / ("d" + name)), str(mine)])
                cases.append((name, key, address, plain, mine, theirs))
    verdicts = upstream_batch(tmp_path, "xts", commands)
    assert all(status == 0 for status, _ in verdicts), [v for v in verdicts if v[0]][:2]
    for name, key, address, plain, mine, theirs in cases:
        assert read(mine) == read(theirs), name
        assert read(tmp_path / ("d" + name)) == read(plain), name
        ours("decrypt_flash_data", "--aes_xts", "-k", key, "-a", hex(address),
             "-o", tmp_path / ("o" + name), theirs)
        assert read(tmp_path / ("o" + name)) == read(plain), name
    print("%d XTS-AES cases identical to upstream 5.6" % len(cases))


def gf_double(block):
    """Multiply a 16-byte XTS tweak by α in GF(2^128), little-endian (IEEE P1619)."""
    value = int.from_bytes(block, "little") << 1
    if value >> 128:
        value = (value ^ 0x87) & ((1 << 128) - 1)
    return value.to_bytes(16, "little")


def spec_xts_encrypt(key, address, plaintext):
    """docs/security.md §7.2 and §7.3 step by step, on pyaes's AES-ECB alone."""
    if len(key) == 16:
        key = hashlib.sha256(key).digest()
    half = len(key) // 2
    data_key, tweak_key = pyaes.AES(key[:half]), pyaes.AES(key[half:])
    lead = address % 128
    padded = bytes(lead) + plaintext + bytes(-(address + len(plaintext)) % 128)
    out = b""
    for offset in range(0, len(padded), 128):
        unit = padded[offset:offset + 128][::-1]
        tweak = bytes(tweak_key.encrypt(struct.pack("<I", address - lead + offset) + bytes(12)))
        encrypted = b""
        for j in range(8):
            block = bytes(a ^ b for a, b in zip(unit[16 * j:16 * j + 16], tweak))
            block = bytes(data_key.encrypt(block))
            encrypted += bytes(a ^ b for a, b in zip(block, tweak))
            tweak = gf_double(tweak)
        out += encrypted[::-1]
    return out[lead:lead + len(plaintext)]


@pytest.mark.parametrize("backend", ["cryptography", "pyaes"])
@pytest.mark.parametrize("key_len", [16, 32, 64])
@pytest.mark.parametrize("address,length", [(0x0, 0x80), (0x1230, 0x30), (0x3FF000, 0x110)])
def test_xts_follows_the_doc_step_by_step(tmp_path, monkeypatch, backend, key_len, address,
                                          length):
    monkeypatch.setenv("ESPSECURE_AES", backend)    # docs/security.md §5.4
    key = xts_key_file(key_len, key_len + 1)
    plain = random.Random(address).randbytes(length)
    ours("encrypt_flash_data", "-x", "-k", write(tmp_path / "key", key), "-a", hex(address),
         "-o", tmp_path / "out", write(tmp_path / "plain", plain))
    assert read(tmp_path / "out") == spec_xts_encrypt(key, address, plain)


@settings(max_examples=40, deadline=None)
@given(key_len=st.sampled_from([16, 32, 64]), block=st.integers(0, (1 << 20) - 1),
       blocks=st.integers(1, 40), seed=st.integers(0, 2 ** 32))
def test_xts_anywhere_is_the_doc_and_decrypts_back(key_len, block, blocks, seed):
    rng = random.Random(seed)
    key, plain, address = xts_key_file(key_len, seed), rng.randbytes(16 * blocks), 16 * block
    if key[:key_len // 2] == key[key_len // 2:]:
        return
    with tempfile.TemporaryDirectory() as d:
        files = {name: os.path.join(d, name) for name in ("key", "plain", "enc", "dec")}
        write(files["key"], key)
        write(files["plain"], plain)
        ours("encrypt_flash_data", "-x", "-k", files["key"], "-a", hex(address),
             "-o", files["enc"], files["plain"])
        ours("decrypt_flash_data", "-x", "-k", files["key"], "-a", hex(address),
             "-o", files["dec"], files["enc"])
        assert read(files["enc"]) == spec_xts_encrypt(key, address, plain)
        assert read(files["dec"]) == plain


@pytest.mark.parametrize("what,key_len,address,length,message", [
    ("address", 64, 0x1234, 32, "0x1234 must be a multiple of 16"),
    ("length", 32, 0x1000, 40, "must be a multiple of 16"),
    ("empty", 32, 0x1000, 0, "empty"),
    ("key", 24, 0x1000, 32, "XTS-AES takes 128-, 256- or 512-bit keys")])
def test_xts_refuses_what_upstream_refuses(tmp_path, what, key_len, address, length, message):
    key = write(tmp_path / "key", xts_key_file(key_len, 9))
    data = write(tmp_path / "data", bytes(length))
    argv = ["-k", key, "-a", hex(address), "-o", str(tmp_path / "out"), data]
    status, log = upstream_batch(tmp_path, "refuse",
                                 [["encrypt-flash-data", "--aes-xts"] + argv])[0]
    assert status == 2, log
    for command in ("encrypt_flash_data", "decrypt_flash_data"):
        result = run_tool("espsecure", command, "--aes-xts", *argv)
        assert_one_fatal_line(result, message)
    assert not (tmp_path / "out").exists()


def test_xts_refuses_a_key_whose_halves_are_equal(tmp_path):
    # Upstream 5.6 refuses it too, with a traceback from OpenSSL.
    key = write(tmp_path / "key", bytes(range(32)) * 2)
    result = run_main("espsecure", "encrypt_flash_data", "--aes-xts", "-k", key, "-a", "0",
                      "-o", tmp_path / "out", write(tmp_path / "data", bytes(32)))
    assert_one_fatal_line(result, "halves of the XTS-AES key are equal")


@pytest.mark.parametrize("keylen", [128, 192, 256, 512])
def test_generate_flash_encryption_key_takes_every_key_length(tmp_path, keylen):
    path = tmp_path / "key.bin"
    ours("generate_flash_encryption_key", "--keylen", str(keylen), path)
    assert len(read(path)) == keylen // 8
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


# ---------------------------------------------------------------------------
# without the package or the library
# ---------------------------------------------------------------------------

WITHOUT = (          # runs the script after it, as `python SCRIPT` would, without one module
    "import os, runpy, sys\n"
    "sys.modules[sys.argv[1]] = None  # any import of it now fails\n"
    "sys.argv = sys.argv[2:]\n"
    "sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n")


def run_without(module, script, *args, cwd):
    return run_tool(script, *args, python=[sys.executable, "-c", WITHOUT, module], cwd=cwd,
                    timeout=60)


@pytest.mark.parametrize("argv,asked", [
    (["signature_info_v2", "signed.bin"], "signature_info_v2"),
    (["digest-sbv2-public-key", "-k", "k.pem", "-o", "d.bin"], "digest-sbv2-public-key"),
    (["sign_data", "--version", "2", "-k", "k.pem", "data.bin"], "--version"),
    (["encrypt_flash_data", "--aes-xts", "-k", "k", "-a", "0", "-o", "o", "p"], "--aes-xts"),
    (["generate_flash_encryption_key", "--keylen", "512", "k.bin"], "--keylen 512")])
def test_espsecure_copied_alone_names_what_to_install(tmp_path, argv, asked):
    for module in ("espsecure.py", "esptool.py"):
        write(tmp_path / module, read(os.path.join(ROOT, module)))
    result = run_without("espkit", tmp_path / "espsecure.py", *argv, cwd=tmp_path)
    assert_one_fatal_line(result, asked, "not part of espsecure.py alone")
    assert "pip install espkit-esptool" in result.stderr


@pytest.mark.parametrize("argv", [
    ["sign_data", "--version", "2", "-k", "key.pem", "-o", "out.bin", "data.bin"],
    ["generate_signing_key", "--version", "2", "out.bin"],
    ["verify_signature", "--version", "2", "-k", "key.pem", "data.bin"],
    ["extract_public_key", "--version", "2", "-k", "key.pem", "out.bin"],
    ["digest_sbv2_public_key", "-k", "key.pem", "-o", "out.bin"]])
def test_without_cryptography_secure_boot_v2_says_what_to_install(tmp_path, argv):
    write(tmp_path / "key.pem", read(os.path.join(KEYS, "spec_key.pem")))
    write(tmp_path / "data.bin", bytes(SECTOR))
    result = run_without("cryptography", os.path.join(ROOT, "espsecure.py"), *argv, cwd=tmp_path)
    assert_one_fatal_line(result, "needs the Python package cryptography")
    assert "pip install cryptography" in result.stderr
    assert not (tmp_path / "out.bin").exists()


def test_without_cryptography_xts_and_signature_info_still_work(tmp_path):
    key = write(tmp_path / "key.bin", xts_key_file(64, 11))
    plain = write(tmp_path / "plain.bin", random.Random(12).randbytes(0x150))
    ours("encrypt_flash_data", "--aes-xts", "-k", key, "-a", "0x1230", "-o",
         tmp_path / "expected.bin", plain)
    result = run_without("cryptography", os.path.join(ROOT, "espsecure.py"),
                         "encrypt_flash_data", "--aes-xts", "-k", key, "-a", "0x1230",
                         "-o", tmp_path / "out.bin", plain, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert read(tmp_path / "out.bin") == read(tmp_path / "expected.bin")
    signed = str(tmp_path / "signed.bin")
    ours("sign_data", "--version", "2", "-k", os.path.join(KEYS, "spec_key.pem"), "-o", signed,
         plain)
    result = run_without("cryptography", os.path.join(ROOT, "espsecure.py"),
                         "signature_info_v2", signed, cwd=tmp_path)
    assert result.returncode == 0 and "Public key digest for block 0" in result.stdout, \
        result.stdout
