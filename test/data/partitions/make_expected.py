"""Make expected.json and expected/ from ESP-IDF's gen_esp32part.py (run once, by hand).

    python3 make_expected.py /path/to/gen_esp32part.py

gen_esp32part.py is not on PyPI: it lives in ESP-IDF (components/partition_table/,
version 1.2 of the script was used). This script runs it on every table in good/
(CSV -> binary, then that binary -> CSV) and on every table in bad/ (it must
refuse them), and records the results; test/test_partitions.py checks that
`esptool.py partition_table` produces the same bytes and refuses the same files.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Extra gen_esp32part options per table (the same ones are given to esptool.py).
OPTIONS = {"table_at_0x10000.csv": ["--offset", "0x10000"]}
NO_MD5 = ["singleapp.csv", "two_ota.csv"]     # also converted with --disable-md5sum


def gen(script, *args):
    return subprocess.run([sys.executable, script] + list(args), capture_output=True, text=True)


def main(script):
    out_dir = os.path.join(HERE, "expected")
    os.makedirs(out_dir, exist_ok=True)
    cases = []
    for name in sorted(os.listdir(os.path.join(HERE, "good"))):
        variants = [[]] + ([["--disable-md5sum"]] if name in NO_MD5 else [])
        for extra in variants:
            options = OPTIONS.get(name, []) + extra
            stem = name[:-4] + ("-nomd5" if extra else "")
            binary, csv = os.path.join(out_dir, stem + ".bin"), os.path.join(out_dir, stem + ".csv")
            for source, target in ((os.path.join(HERE, "good", name), binary), (binary, csv)):
                result = gen(script, *(options + [source, target]))
                assert result.returncode == 0, (name, result.stderr)
            cases.append({"csv": "good/" + name, "options": options,
                          "binary": "expected/" + stem + ".bin",
                          "csv_out": "expected/" + stem + ".csv"})
    refused = []
    for name in sorted(os.listdir(os.path.join(HERE, "bad"))):
        result = gen(script, os.path.join(HERE, "bad", name), os.devnull)
        assert result.returncode != 0, name
        refused.append("bad/" + name)
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"generator": "gen_esp32part.py 1.2", "good": cases, "bad": refused}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
