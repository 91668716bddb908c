"""Scripts written for esptool v2.3 keep working (issue 11, part 5).

Each test runs a short script, in its own Python process, written the way
tools of that time used the modules: ESP-IDF 3.x's espcoredump.py subclassed
esptool.ELFFile / ImageSegment / ELFSection and ran `esptool.__file__` as a
program; flashing GUIs called ESPLoader.detect_chip(port, baud), run_stub(),
detect_flash_size(esp, args) and write_flash(esp, args) with an argparse
namespace of open files; build scripts read images with LoadFirmwareImage;
espsecure's and espefuse's command functions got namespaces whose file
arguments argparse.FileType had opened. The names are v2.3.1's (checked
against its esptool.py, espsecure.py and espefuse.py).
"""
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT

EXAMPLES = os.path.join(ROOT, "examples")


def run_script(source, *args, cwd=None):
    """Run `source` as a script that imports the modules from the checkout; -> its stdout."""
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(source)] + [str(a) for a in args],
                            capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def sim(espsim_server):
    return espsim_server("esp32", flash_size="4MB", trace=False)


def test_an_espcoredump_style_script_subclasses_the_elf_and_segment_classes(tmp_path):
    out = run_script("""
        import struct, sys
        import esptool

        class CoreSegment(esptool.ImageSegment):
            def __init__(self, addr, data, type, flags):
                super(CoreSegment, self).__init__(addr, data)
                self.type, self.flags = type, flags

        class CoreSection(esptool.ELFSection):
            def __init__(self, name, addr, data, flags):
                super(CoreSection, self).__init__(name, addr, data)
                self.flags = flags

        class CoreElf(esptool.ELFFile):
            def __init__(self, name=None):
                if name:
                    super(CoreElf, self).__init__(name)
                else:
                    self.sections = []

            def _read_elf_file(self, f):
                fields = struct.unpack("<16sHHLLLLLHHHHHH", f.read(0x34))
                self.e_type, self.entrypoint = fields[1], fields[4]
                self.sections = [CoreSection(".x", 0x3ffb0000, b"abcd", 1)]

        elf = CoreElf(sys.argv[1])
        print("core", elf.e_type, hex(elf.entrypoint), elf.sections[0].name, elf.sections[0].flags)
        seg = CoreSegment(0x3ffb0000, b"\\x01\\x02\\x03", 1, 6)
        print("segment", repr(seg), len(seg.data), seg.type)
        plain = esptool.ELFFile(sys.argv[1])
        print("plain", hex(plain.entrypoint), plain.get_section(".iram0.text").addr == 0x4008001c)
        print("consts", esptool.ELFFile.SEC_TYPE_PROGBITS, esptool.ELFFile.SEC_TYPE_STRTAB,
              esptool.ESPLoader.ESP_ROM_BAUD)
        """, os.path.join(EXAMPLES, "demo-esp32.elf"))
    assert "core 2 0x40080028 .x 1" in out
    assert "segment len 0x00004 load 0x3ffb0000 4 1" in out
    assert "plain 0x40080028 True" in out
    assert "consts 1 3 115200" in out


def test_espcoredump_runs_esptool_file_as_a_program_to_read_flash(sim, tmp_path):
    with open(os.path.join(EXAMPLES, "demo-esp32.bin"), "rb") as f:
        image = f.read()
    run_script("""
        import subprocess, sys
        import esptool
        subprocess.check_call([sys.executable, esptool.__file__, "-c", "esp32", "-p", sys.argv[1],
                               "write_flash", "0x110000", sys.argv[2]])
        out = subprocess.check_output([sys.executable, esptool.__file__, "-c", "esp32",
                                       "-p", sys.argv[1], "-b", str(esptool.ESPLoader.ESP_ROM_BAUD),
                                       "read_flash", "0x110000", "0x100", sys.argv[3]])
        """, sim.url, os.path.join(EXAMPLES, "demo-esp32.bin"), tmp_path / "core.bin")
    assert (tmp_path / "core.bin").read_bytes() == image[:0x100]


def test_a_flasher_script_drives_the_loader_classes_and_command_functions(sim, tmp_path):
    app = tmp_path / "app.bin"
    app.write_bytes(bytes(range(256)) * 40)
    out = run_script("""
        import argparse, sys
        import esptool

        esp = esptool.ESPLoader.detect_chip(sys.argv[1], 115200)
        print("chip", esp.CHIP_NAME, isinstance(esp, esptool.ESP32ROM))
        print("mac", ":".join("%02x" % b for b in esp.read_mac()))
        print("magic", hex(esp.read_reg(0x40001000)))
        esp = esp.run_stub()
        try:
            esp.change_baud(230400)
        except esptool.NotImplementedInROMError:
            print("no baud change")
        args = argparse.Namespace(addr_filename=[(0x10000, open(sys.argv[2], "rb"))],
                                  flash_mode="keep", flash_freq="keep", flash_size="detect",
                                  compress=None, no_compress=False, verify=True)
        esptool.detect_flash_size(esp, args)
        print("size", args.flash_size)
        esptool.write_flash(esp, args)
        esp.hard_reset()
        esp._port.close()
        """, sim.url, app)
    assert "chip ESP32 True" in out
    assert "mac 24:0a:c4:01:02:03" in out
    assert "magic 0xf01d83" in out
    assert "size 4MB" in out
    assert "Hash of data verified." in out
    assert "-- verify OK (digest matched)" in out
    assert sim.flash()[0x10000:0x10000 + 10240] == app.read_bytes()


def test_a_build_script_reads_images_and_elf_files(tmp_path):
    out = run_script("""
        import sys
        import esptool
        image = esptool.LoadFirmwareImage("esp32", sys.argv[1])
        print("entry", hex(image.entrypoint), "mode", image.flash_mode,
              "size_freq", image.flash_size_freq)
        print("checksum", image.checksum == image.calculate_checksum())
        print("segments", [(hex(s.addr), len(s.data)) for s in image.segments][:2])
        elf = esptool.ELFFile(sys.argv[2])
        print("elf", hex(elf.entrypoint), len(elf.sections))
        """, os.path.join(EXAMPLES, "demo-esp32.bin"), os.path.join(EXAMPLES, "demo-esp32.elf"))
    assert "entry 0x40080028 mode 2 size_freq 32" in out
    assert "checksum True" in out
    assert "segments [('0x3ffb0000', 16), ('0x40080000', 28)]" in out
    assert "elf 0x40080028 7" in out


def test_main_takes_an_argument_list_and_image_info_a_namespace(tmp_path):
    out = run_script("""
        import argparse, sys
        import esptool
        status = esptool.main(["--chip", "esp32", "image_info", sys.argv[1]])
        print("status", status)
        esptool.image_info(argparse.Namespace(chip="esp32", filename=sys.argv[1]))
        esptool.elf2image(argparse.Namespace(chip="esp32", input=sys.argv[2], output=sys.argv[3],
                                             version="1", flash_mode="dio", flash_freq="40m",
                                             flash_size="4MB"))
        """, os.path.join(EXAMPLES, "demo-esp32.bin"), os.path.join(EXAMPLES, "demo-esp32.elf"),
        tmp_path / "out.bin")
    assert "status 0" in out
    assert out.count("Image version: 1") == 2
    with open(os.path.join(EXAMPLES, "demo-esp32.bin"), "rb") as f:
        assert (tmp_path / "out.bin").read_bytes() == f.read()


def test_espsecure_functions_take_argparse_file_objects_and_paths(tmp_path):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(bytes(range(256)) * 4)
    (tmp_path / "data.bin").write_bytes(b"firmware" * 100)
    out = run_script("""
        import argparse, sys
        import espsecure
        opened = argparse.FileType
        key, plain, enc, dec, pem, data = sys.argv[1:7]
        espsecure.generate_flash_encryption_key(argparse.Namespace(key_file=opened("wb")(key)))
        espsecure.encrypt_flash_data(argparse.Namespace(
            keyfile=opened("rb")(key), output=opened("wb")(enc), address=0x1000,
            flash_crypt_conf=0xF, plaintext_file=opened("rb")(plain)))
        espsecure.decrypt_flash_data(argparse.Namespace(
            keyfile=key, output=dec, address=0x1000, flash_crypt_conf=0xF, encrypted_file=enc))
        espsecure.generate_signing_key(argparse.Namespace(keyfile=pem))
        espsecure.sign_data(argparse.Namespace(keyfile=opened("rb")(pem), output=None,
                                               datafile=opened("rb")(data)))
        espsecure.verify_signature(argparse.Namespace(keyfile=opened("rb")(pem),
                                                      datafile=opened("rb")(data)))
        """, *[tmp_path / n for n in ("key.bin", "plain.bin", "enc.bin", "dec.bin", "key.pem",
                                      "data.bin")], cwd=tmp_path)
    assert len((tmp_path / "key.bin").read_bytes()) == 32
    assert (tmp_path / "enc.bin").read_bytes() != plain.read_bytes()
    assert (tmp_path / "dec.bin").read_bytes() == plain.read_bytes()
    assert "Signature is valid" in out
    assert len((tmp_path / "data.bin").read_bytes()) == 800 + 68


def test_espefuse_functions_take_a_loader_and_an_open_key_file(sim, tmp_path):
    key = tmp_path / "key.bin"
    key.write_bytes(bytes(range(32)))
    out = run_script("""
        import argparse, sys
        import esptool, espefuse
        esp = esptool.ESP32ROM(sys.argv[1], baud=115200)
        esp.connect()
        args = argparse.Namespace(block="BLK3", keyfile=argparse.FileType("rb")(sys.argv[2]),
                                  no_protect_key=True, force_write_always=False,
                                  do_not_confirm=True)
        espefuse.burn_key(esp, [], args)
        espefuse.dump(esp, [], argparse.Namespace())
        esp._port.close()
        """, sim.url, key)
    assert "Key is left unprotected as per --no-protect-key argument." in out
    assert "EFUSE block 3:\n03020100 07060504" in out
