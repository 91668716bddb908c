# GPLv2, see LICENSE.
"""What this package adds to espsecure.py's command line, in one place.

espsecure.py calls register() when its command line starts (its section 7b)
and hands over itself as `extensions.core`. Secure boot v2 (upstream 5.x's
`--version 2` and its two new commands) and XTS-AES (`--aes-xts`) are added
here; each v2.3 command that gained options is replaced by a later form that
runs v2.3's own function for v2.3's forms, so those keep their bytes and
words. The algorithms are in espkit/secure_boot_v2.py and espkit/xts_aes.py;
the facts behind them in docs/secure-boot-v2.md and docs/security.md §7.
"""
import argparse
import os
import struct

from esptool import Command, FatalError, arg_auto_int, read_input_file

from espkit import compat, crypto, xts_aes
from espkit import secure_boot_v2 as sbv2

VERSIONS = ("1", "2")
SIG_V1_RAW_LEN = 64             # a secure boot v1 signature: r and s, 32 bytes each


def register(extensions):
    commands = LaterCommands(extensions.core)
    core = extensions.core
    extensions.run_cli = compat.running("espsecure", core.run_cli)
    extensions.global_args.append(compat.add_compat_arg)
    extensions.commands += [
        Command("generate_signing_key", commands.generate_signing_key,
                "generate a private key for signing: secure boot v1 (ECDSA NIST256p) or, "
                "with --version 2, v2 (--scheme rsa3072, ecdsa192, ecdsa256, ecdsa384)",
                generate_signing_key_args(core)),
        Command("sign_data", commands.sign_data,
                "sign a file for secure boot v1 (append a signature block) or v2 (append a "
                "signature sector)", sign_data_args),
        Command("verify_signature", commands.verify_signature,
                "verify a file signed by sign_data (--version 2: a secure boot v2 signature "
                "sector)", verify_signature_args(core)),
        Command("extract_public_key", commands.extract_public_key,
                "write the public key of a signing key: v1 as 64 raw bytes (X, Y), "
                "--version 2 as PEM", extract_public_key_args(core)),
        Command("digest_sbv2_public_key", commands.digest_sbv2_public_key,
                "write the SHA-256 digest of a secure boot v2 public key, as burned in eFuse",
                digest_public_key_args),
        # upstream 5.x's older name for the same command, from when v2 was RSA only
        Command("digest_rsa_public_key", commands.digest_sbv2_public_key,
                "the same as digest_sbv2_public_key (its older name)",
                digest_public_key_args),
        Command("signature_info_v2", commands.signature_info_v2,
                "show the signature blocks of a secure boot v2 image and their public-key "
                "digests", signature_info_v2_args),
        Command("generate_flash_encryption_key", core.generate_flash_encryption_key,
                "generate a random flash encryption key: 256 bits, or --keylen 128, 192 or "
                "512", generate_flash_encryption_key_args),
        Command("decrypt_flash_data", commands.decrypt_flash_data,
                "decrypt data read from encrypted flash, with a known key (--aes-xts: "
                "the chips since the ESP32-S2)", flash_crypt_args(core, "decrypt")),
        Command("encrypt_flash_data", commands.encrypt_flash_data,
                "encrypt data for encrypted flash, with a known key (--aes-xts: the chips "
                "since the ESP32-S2)", flash_crypt_args(core, "encrypt")),
    ]


class LaterCommands:
    """The commands, each handing its v2.3 form to espsecure's own function."""

    def __init__(self, core):
        self.core = core

    # -- secure boot signing keys ----------------------------------------------

    def generate_signing_key(self, args):
        if args.version == "1":
            if args.scheme not in (None, "ecdsa256"):
                raise FatalError("secure boot v1 signs with ECDSA NIST256p only; --scheme %s "
                                 "is for --version 2" % args.scheme)
            return self.core.generate_signing_key(args)
        lib = crypto.require("generate_signing_key --version 2")
        scheme = args.scheme or "rsa3072"
        key = sbv2.new_private_key(scheme, lib)
        self.core.write_new_key_file(args.keyfile, sbv2.private_key_pem(key, lib), args.force)
        self.reporter(args).message("%s private key in PEM format written to %s"
                                    % (sbv2.SCHEME_DESCRIPTIONS[scheme], args.keyfile))

    def extract_public_key(self, args):
        if args.version == "1":
            return self.core.extract_public_key(args)
        lib = crypto.require("extract_public_key --version 2")
        key = sbv2.load_private_key(read_input_file(args.keyfile, "signing key"),
                                    args.keyfile, lib)
        self.core.refuse_output_over_input(args.public_keyfile, args.keyfile)
        self.core.write_output(args.public_keyfile, sbv2.public_key_pem(key, lib))
        self.reporter(args).message("%s public key extracted to %s"
                                    % (args.keyfile, args.public_keyfile))

    def digest_sbv2_public_key(self, args):
        lib = crypto.require("digest_sbv2_public_key")
        key = self.public_key(args.keyfile, lib)
        self.core.refuse_output_over_input(args.output, args.keyfile)
        self.core.write_output(args.output, key.digest())
        self.reporter(args).message("Public key digest of %s (%s) written to %s"
                                    % (args.keyfile, sbv2.SCHEME_DESCRIPTIONS[key.scheme],
                                       args.output))

    def public_key(self, path, lib):
        return sbv2.load_public_key(read_input_file(path, "key file"), path, lib)

    # -- signing -----------------------------------------------------------------

    def sign_data(self, args):
        data_file_given_back(args)
        keyfiles, pub_keys = args.keyfile or [], args.pub_key or []
        signatures = args.signature or []
        if args.version == "1" and (pub_keys or signatures) and not keyfiles:
            return self.sign_v1_elsewhere(args, pub_keys, signatures)
        if args.version == "1":
            refuse_v2_options(args, "sign_data")
            if len(keyfiles) != 1:
                raise FatalError("secure boot v1 signs with one key (--keyfile), not %d"
                                 % len(keyfiles))
            args.keyfile = keyfiles[0]
            return self.core.sign_data(args)
        lib = crypto.require("sign_data --version 2")
        if pub_keys or signatures:
            if keyfiles:
                raise FatalError("give either --keyfile (sign here) or --pub-key with "
                                 "--signature (signed elsewhere), not both")
            if len(pub_keys) != len(signatures):
                raise FatalError("%d public keys (--pub-key) for %d signatures (--signature): "
                                 "give one key for each signature"
                                 % (len(pub_keys), len(signatures)))
        elif not keyfiles:
            raise FatalError("sign_data needs --keyfile, or --pub-key with --signature")
        output = args.output or args.datafile
        self.core.refuse_output_over_input(output, *(keyfiles + pub_keys + signatures))
        # Every key is read before any signing: a bad one fails before the work.
        private_keys = [sbv2.load_private_key(read_input_file(path, "signing key"), path, lib)
                        for path in keyfiles]
        public_keys = [self.public_key(path, lib) for path in pub_keys]
        made_elsewhere = [read_input_file(path, "signature file") for path in signatures]
        reporter = self.reporter(args)
        image, kept = image_to_sign(read_input_file(args.datafile, "data file"), args,
                                    bool(signatures), reporter)
        count = len(keyfiles) + len(signatures)
        free = sbv2.SIG_BLOCK_MAX_COUNT - len(kept)
        if count > free:
            raise FatalError("%d signatures asked for, but the signature sector has room for %d"
                             % (count, free), hint="a signature sector holds %d blocks"
                             % sbv2.SIG_BLOCK_MAX_COUNT)
        reporter.message("%d signing key(s) found." % count)
        blocks = [sbv2.sign_image(key, image, lib) for key in private_keys]
        blocks += [sbv2.block_from_signature(key, signature, image)
                   for key, signature in zip(public_keys, made_elsewhere)]
        sector = sbv2.signature_sector([block.raw for block in kept] + blocks)
        self.write_signed(args, output, image + sector)
        reporter.message("Signed %d bytes of data from %s. Signature sector now has %d "
                         "signature blocks." % (len(image), args.datafile,
                                                len(kept) + len(blocks)))

    def sign_v1_elsewhere(self, args, pub_keys, signatures):
        """Secure boot v1, signed elsewhere: the 64-byte r||s of --signature, checked
        with --pub-key, appended as v1's signature block (docs/security.md §3.3)."""
        core = self.core
        if len(pub_keys) != 1 or len(signatures) != 1:
            raise FatalError("secure boot v1 takes one signing key: one --pub-key and one "
                             "--signature, not %d and %d" % (len(pub_keys), len(signatures)))
        output = args.output or args.datafile
        core.refuse_output_over_input(output, pub_keys[0], signatures[0])
        key = core.load_verifying_key(pub_keys[0])
        signature = read_input_file(signatures[0], "signature file")
        if len(signature) != SIG_V1_RAW_LEN:
            raise FatalError("%s holds %d bytes, not a secure boot v1 signature (r and s, %d "
                             "bytes)" % (signatures[0], len(signature), SIG_V1_RAW_LEN))
        data = read_input_file(args.datafile, "data file")
        reporter = self.reporter(args)
        reporter.message("Pre-calculated signatures found...")
        if not core.signature_is_valid(key, data, signature):
            raise FatalError("the signature in %s does not verify with %s over %s"
                             % (signatures[0], pub_keys[0], args.datafile))
        block = struct.pack("<I", core.SIG_BLOCK_VERSION) + signature
        self.write_signed(args, output, data + block)
        reporter.message('Signed %d bytes of data from "%s".' % (len(data), args.datafile))

    def write_signed(self, args, output, signed):
        """Signing in place replaces the file whole, keeping its permissions."""
        if args.output is None or (os.path.exists(output)
                                   and os.path.samefile(output, args.datafile)):
            self.core.write_output(output, signed, mode=os.stat(output).st_mode & 0o7777)
        else:
            self.core.write_output(output, signed)

    # -- verifying -----------------------------------------------------------------

    def verify_signature(self, args):
        if args.version == "1":
            refuse_v2_options(args, "verify_signature")
            return self.core.verify_signature(args)
        lib = crypto.require("verify_signature --version 2")
        key = self.public_key(args.keyfile, lib)
        signed = read_signed_file(args.datafile, args.skip_padding)
        reporter = self.reporter(args)
        image = signed[:-sbv2.SECTOR_SIZE]
        verified = False
        for index, block in enumerate(sbv2.signature_sector_blocks(signed)):
            if not block.is_valid:
                reporter.message("Signature block %d invalid. Skipping." % index)
                continue
            check_block_digest(block, index, image)
            if block.key_material != key.material():
                reporter.message("Signature block %d holds another public key than the "
                                 "supplied one. Checking the next block..." % index)
            elif not key.signature_is_valid(block.signature, block.digest):
                reporter.message("Signature block %d is not signed by the supplied key. "
                                 "Checking the next block..." % index)
            else:
                reporter.message("Signature block %d verification successful using the "
                                 "supplied key (%s)." % (index, block.kind))
                verified = True
        if not verified:
            raise FatalError("Checked all blocks. Signature could not be verified with the "
                             "provided key.")

    def signature_info_v2(self, args):
        signed = read_signed_file(args.datafile, skip_padding=False)
        reporter = self.reporter(args)
        image = signed[:-sbv2.SECTOR_SIZE]
        for index, block in enumerate(sbv2.signature_sector_blocks(signed)):
            if not block.is_valid:
                reporter.message("Signature block %d absent/invalid. Skipping checking next "
                                 "blocks..." % index)
                return
            reporter.message("Signature block %d is valid (%s)." % (index, block.kind))
            check_block_digest(block, index, image)
            reporter.message("Public key digest for block %d: %s"
                             % (index, " ".join("%02x" % b for b in block.key_digest())))

    # -- flash encryption ------------------------------------------------------------

    def encrypt_flash_data(self, args):
        if not args.aes_xts:
            return self.core.encrypt_flash_data(args)
        self.xts(args, args.plaintext_file, "plaintext file", encrypt=True)

    def decrypt_flash_data(self, args):
        if not args.aes_xts:
            return self.core.decrypt_flash_data(args)
        self.xts(args, args.encrypted_file, "encrypted file", encrypt=False)

    def xts(self, args, input_path, what, encrypt):
        key, key_line = xts_aes.xts_key(read_input_file(args.keyfile, "key file"))
        data = read_input_file(input_path, what)
        xts_aes.check_xts_range(args.address, len(data))
        self.core.refuse_output_over_input(args.output, args.keyfile, input_path)
        reporter = self.reporter(args)
        reporter.message(key_line)
        if args.flash_crypt_conf != self.core.FLASH_CRYPT_CONF_DEFAULT:
            reporter.message("Note: --flash_crypt_conf is the ESP32's; XTS-AES does not use it.")
        aes = self.core.select_aes_backend()
        self.core.write_output(args.output,
                               xts_aes.xts_flash_crypt(data, key, args.address, encrypt, aes))

    def reporter(self, args):
        return self.core.reporter_of(args)


# ---------------------------------------------------------------------------
# Helpers of the commands
# ---------------------------------------------------------------------------

def image_to_sign(data, args, made_elsewhere, reporter):
    """(the image the new blocks sign, the valid blocks kept from its signature sector)."""
    sector = sbv2.SECTOR_SIZE
    if len(data) % sector:
        if made_elsewhere:
            raise FatalError("the signature sector starts on a 4096-byte boundary, and %s (%d "
                             "bytes) does not end on one" % (args.datafile, len(data)),
                             hint="a signature made elsewhere must sign the data padded with "
                                  "0xFF to a multiple of 4096 bytes; pass that padded file")
        if args.skip_padding:
            reporter.message("Skipping sector padding. Data contents are not sector aligned.")
            return data, []
        pad = sector - len(data) % sector
        reporter.message("Padding data contents by %d bytes so signature sector aligns at "
                         "sector boundary." % pad)
        return data + b"\xff" * pad, []
    if not args.append_signatures:
        return data, []
    kept = sbv2.leading_valid_blocks(data) if len(data) >= sector else []
    for index, block in enumerate(kept):
        reporter.message("Signature block %d is valid (%s)." % (index, block.kind))
    if not kept:
        reporter.message("No valid signature blocks found. Discarding --append-signatures and "
                         "signing the image afresh.")
        return data, []
    reporter.message("%d valid signature block(s) already present in the signature sector."
                     % len(kept))
    if len(kept) == sbv2.SIG_BLOCK_MAX_COUNT:
        raise FatalError("the signature sector already holds %d signature blocks, as many as "
                         "it can" % len(kept))
    return data[:-sector], kept


def read_signed_file(path, skip_padding):
    signed = read_input_file(path, "signed data file")
    if len(signed) < sbv2.SECTOR_SIZE:
        raise FatalError("%s is %d bytes long, too short to end in a 4096-byte signature "
                         "sector" % (path, len(signed)))
    if len(signed) % sbv2.SECTOR_SIZE and not skip_padding:
        raise FatalError("%s is %d bytes long, not a multiple of 4096: it is not an image "
                         "signed for secure boot v2" % (path, len(signed)),
                         hint="a file signed with --skip-padding is verified with "
                              "--skip-padding")
    return signed


def check_block_digest(block, index, image):
    """A valid block whose digest is not the image's: the image changed after signing."""
    if block.digest != block.digest_of(image):
        raise FatalError("Signature block %d holds the digest of other data than this image: "
                         "the image was changed after signing" % index)


def refuse_v2_options(args, command):
    for option in ("append_signatures", "pub_key", "signature", "skip_padding"):
        if getattr(args, option, None):
            raise FatalError("--%s is for secure boot v2: %s --version 2"
                             % (option.replace("_", "-"), command))


def data_file_given_back(args):
    """`--keyfile A B DATA`: upstream 5.x's --keyfile takes every word up to the next
    option, and v2.3's `--keyfile KEY DATA` must keep working, so the data file
    is the last word of the option that took words last when none was left."""
    if args.datafile is not None:
        return
    taken = getattr(args, args.last_taker, None) if hasattr(args, "last_taker") else None
    if not taken or len(taken) < 2:
        raise FatalError("sign_data needs a data file to sign")
    args.datafile = taken.pop()


class TakeWords(argparse.Action):
    """--keyfile A B C (as upstream 5.x), or --keyfile A --keyfile B: all of them."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or []) + values)
        namespace.last_taker = self.dest


# ---------------------------------------------------------------------------
# Arguments: v2.3's, then what came later
# ---------------------------------------------------------------------------

def add_version_arg(p, default="1"):
    p.add_argument("--version", "-v", choices=VERSIONS, default=default,
                   help="secure boot version: 1 (ESP32, the default) or 2 (ESP32 rev3 and "
                        "the chips since the ESP32-S2)")


def add_skip_padding_arg(p):
    p.add_argument("--skip_padding", action="store_true",
                   help="v2: the data is not padded to 4096 bytes before its signature sector")


def generate_signing_key_args(core):
    def add(p):
        add_version_arg(p)
        p.add_argument("--scheme", "-s", choices=sbv2.SCHEMES,
                       help="v2 signing scheme (default rsa3072); v1 is ecdsa256")
        core.generate_signing_key_args(p)
    return add


def sign_data_args(p):
    add_version_arg(p)
    p.add_argument("--keyfile", "-k", nargs="+", action=TakeWords,
                   help="private key, PEM; v2: up to 3 keys, one signature block each")
    p.add_argument("--output", "-o",
                   help="output file (default: replace DATAFILE by the signed file)")
    p.add_argument("--append_signatures", "-a", action="store_true",
                   help="v2: keep the valid signature blocks of an already signed DATAFILE "
                        "and add the new ones after them")
    p.add_argument("--pub_key", nargs="+", action=TakeWords,
                   help="v2: public key (PEM) of each signature given by --signature")
    p.add_argument("--signature", nargs="+", action=TakeWords,
                   help="v2: signature made elsewhere (an HSM, a signing server): RSA-PSS "
                        "raw bytes or ECDSA DER, over the 4096-byte aligned DATAFILE")
    add_skip_padding_arg(p)
    p.add_argument("datafile", nargs="?", help="file to sign")


def verify_signature_args(core):
    def add(p):
        add_version_arg(p)
        add_skip_padding_arg(p)
        core.verify_signature_args(p)
    return add


def extract_public_key_args(core):
    def add(p):
        add_version_arg(p)
        core.extract_public_key_args(p)
    return add


def digest_public_key_args(p):
    p.add_argument("--keyfile", "-k", required=True,
                   help="secure boot v2 key, PEM: private or public")
    p.add_argument("--output", "-o", required=True, help="file for the 32-byte digest")


def signature_info_v2_args(p):
    p.add_argument("datafile", help="image signed for secure boot v2")


def generate_flash_encryption_key_args(p):
    p.add_argument("--keylen", "-l", type=arg_auto_int, choices=[128, 192, 256, 512], default=256,
                   help="key length in bits: 256 (ESP32; XTS-AES-128), 192 (ESP32 3/4 "
                        "coding), 512 (XTS-AES-256), 128 (ESP32-C2)")
    p.add_argument("--force", action="store_true", help="replace KEY_FILE if it exists")
    p.add_argument("key_file", help="file to write the new key to")


def flash_crypt_args(core, direction):
    def add(p):
        getattr(core, "%s_flash_data_args" % direction)(p)
        p.add_argument("--aes_xts", "-x", action="store_true",
                       help="XTS-AES, as the chips since the ESP32-S2 encrypt flash (key: "
                            "32 or 64 bytes, or 16 for the ESP32-C2)")
    return add
