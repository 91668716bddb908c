"""Fuzzing the inputs users hand the offline commands (issue 15): whatever the bytes,
the tools end with status 0 or one fatal line (status 2), never a traceback, and an
output file is written whole or not at all (no partial file, no temp file left).

200 examples per target here; ESPTOOL_FUZZ_EXAMPLES=10000 for a long run.
"""
import contextlib
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, ROOT, assert_one_fatal_line, read, run_main

EXAMPLES = int(os.environ.get("ESPTOOL_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))


def seeds(*paths):
    return [read(p) for p in paths]


ELF_SEEDS = seeds(os.path.join(ROOT, "test", "elf", "esp32_app.elf"))
IMAGE_SEEDS = seeds(os.path.join(ROOT, "examples", "demo-esp32.bin")) + [
    read(os.path.join(DATA, "images", name))
    for name in sorted(os.listdir(os.path.join(DATA, "images")))[:4]
    if name.endswith(".bin")]


def mutate(seed, edits, cut):
    data = bytearray(seed[:cut] if cut else seed)
    for position, value in edits:
        if data:
            data[position % len(data)] = value
    return bytes(data)


def inputs(seed_list):
    """Random bytes, or a real file with some bytes changed and maybe cut short."""
    mutated = st.builds(mutate, st.sampled_from(seed_list),
                        st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)),
                                 max_size=8),
                        st.integers(0, 4096))
    return st.one_of(st.binary(max_size=512), mutated)


def ends_cleanly(result):
    """A run_main() result (an exception out of main() has already failed the test):
    status 0, or one fatal line and status 2. -> the status."""
    assert result.returncode in (0, 2), result.stdout + result.stderr
    if result.returncode == 2:
        assert_one_fatal_line(result)
    return result.returncode


@contextlib.contextmanager
def workdir(files):
    with tempfile.TemporaryDirectory() as d:
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        yield d


def assert_nothing_new(directory, inputs):
    assert sorted(os.listdir(directory)) == sorted(inputs)


@fuzz
@given(data=inputs(IMAGE_SEEDS), chip=st.sampled_from(["auto", "esp8266", "esp32"]))
def test_image_info_never_crashes(data, chip):
    with workdir({"x.bin": data}) as d:
        ends_cleanly(run_main("esptool", "--chip", chip, "image_info", os.path.join(d, "x.bin")))


@fuzz
@given(data=inputs(ELF_SEEDS), chip=st.sampled_from(["esp8266", "esp32"]),
       version=st.sampled_from(["1", "2"]))
def test_elf2image_writes_whole_images_or_nothing(data, chip, version):
    with workdir({"x.elf": data}) as d:
        status = ends_cleanly(run_main("esptool", "--chip", chip, "elf2image", "--version",
                                       version, "-o", os.path.join(d, "out"),
                                       os.path.join(d, "x.elf")))
        if status != 0:
            assert_nothing_new(d, ["x.elf"])
        else:
            assert all(not name.startswith(".") for name in os.listdir(d))


VALID_EFUSE_JSON = (b'{"chip": "ESP32", "blocks": [' + b", ".join(
    b"[" + b", ".join([b'"00000000"'] * n) + b"]" for n in (7, 8, 8, 8)) + b"]}")


def json_like():
    words = st.one_of(st.text(max_size=10), st.integers(), st.none(), st.floats(),
                      st.lists(st.text(max_size=4), max_size=3))
    blocks = st.lists(st.lists(words, max_size=9), max_size=5)
    doc = st.fixed_dictionaries({"chip": st.one_of(st.just("ESP32"), st.text(max_size=5)),
                                 "blocks": st.one_of(blocks, words)})
    return st.one_of(doc.map(lambda d: __import__("json").dumps(d).encode()),
                     inputs([VALID_EFUSE_JSON]))


@fuzz
@given(content=json_like(), command=st.sampled_from([
    ["summary"], ["dump"], ["burn_efuse", "JTAG_DISABLE", "1"],
    ["write_protect_efuse", "MAC"]]))
def test_espefuse_file_never_crashes_nor_leaves_a_partial_file(content, command):
    with workdir({"e.json": content}) as d:
        path = os.path.join(d, "e.json")
        status = ends_cleanly(run_main("espefuse", "--virt", "--file", path, "--do-not-confirm",
                                       *command))
        assert_nothing_new(d, ["e.json"])
        if status != 0:
            assert read(path) == content


@fuzz
@given(key=st.one_of(st.binary(max_size=40), st.binary(min_size=32, max_size=32)),
       data=st.binary(max_size=256), address=st.sampled_from(["0", "0x10", "0x1000", "3"]),
       command=st.sampled_from(["encrypt_flash_data", "decrypt_flash_data",
                                "digest_secure_bootloader"]))
def test_espsecure_symmetric_commands_write_whole_outputs_or_nothing(key, data, address,
                                                                     command):
    with workdir({"k.bin": key, "in.bin": data}) as d:
        argv = [command, "--keyfile", os.path.join(d, "k.bin"), "-o", os.path.join(d, "out")]
        if command != "digest_secure_bootloader":
            argv += ["--address", address]
        status = ends_cleanly(run_main("espsecure", *argv, os.path.join(d, "in.bin")))
        if status != 0:
            assert_nothing_new(d, ["k.bin", "in.bin"])


PEM_SEED = b"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n"


@fuzz
@given(key=inputs([PEM_SEED]), data=st.binary(max_size=200),
       command=st.sampled_from(["sign_data", "verify_signature", "extract_public_key",
                                "digest_private_key"]))
def test_espsecure_key_commands_never_crash(key, data, command):
    with workdir({"k.pem": key, "in.bin": data}) as d:
        k, i, o = (os.path.join(d, n) for n in ("k.pem", "in.bin", "out"))
        argv = {"sign_data": ["sign_data", "--keyfile", k, "-o", o, i],
                "verify_signature": ["verify_signature", "--keyfile", k, i],
                "extract_public_key": ["extract_public_key", "--keyfile", k, o],
                "digest_private_key": ["digest_private_key", "--keyfile", k, o]}[command]
        status = ends_cleanly(run_main("espsecure", *argv))
        if status != 0:
            assert_nothing_new(d, ["k.pem", "in.bin"])
