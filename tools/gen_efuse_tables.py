#!/usr/bin/env python3
"""Write espkit/efuse_tables.py: the eFuse field tables of the chips since the ESP32-S2.

The facts (names, blocks, bit positions, protection bits, types, value names) come
from upstream esptool's espefuse/efuse_defs/<chip>.yaml, which Espressif generates
from ESP-IDF's components/efuse/<chip>/esp_efuse_table.csv (docs/efuse-newer.md §10).
The yaml's description sentences are NOT carried over: every field's description is
our own, from OUR_WORDING below or else built from the facts by describe()
(docs/efuse-newer.md §10). Run it with a Python that has PyYAML, e.g. the 5.6 oracle:

    ~/.cache/esptool-oracle/v5/bin/python tools/gen_efuse_tables.py \
        ~/.cache/esptool-oracle/v5/lib/python3.11/site-packages/espefuse/efuse_defs

Only fields the table marks as shown are kept (the others are reserved bits).
"""
import ast
import os
import pprint
import sys

import yaml

CHIPS = ("esp32c3", "esp32s3", "esp32s2", "esp32c2", "esp32c6", "esp32h2", "esp32p4", "esp32c5",
         "esp32c61")
UPSTREAM = "esptool 5.6.0, espefuse/efuse_defs"

# Blocks that summary shows as whole byte strings (key and user-data blocks).
KEY_BLOCK_FIELDS = ("BLOCK_USR_DATA", "BLOCK_KEY0", "BLOCK_KEY1", "BLOCK_KEY2", "BLOCK_KEY3",
                    "BLOCK_KEY4", "BLOCK_KEY5", "BLOCK_SYS_DATA2")

# Category of a field from its name: the first rule whose words occur in the name wins
# (upstream sorts its summary by these groups; docs/efuse-newer.md §7).
CATEGORY_RULES = (
    ("spi pad", ("^SPI_PAD_CONFIG",)),
    ("usb", ("USB",)),
    ("wdt", ("WDT",)),
    ("jtag", ("JTAG",)),
    ("flash", ("FLASH", "FORCE_SEND_RESUME")),
    ("vdd", ("VDD_SPI_", "XPD")),
    ("MAC", ("MAC",)),
    ("security", ("BLOCK_KEY0", "BLOCK_KEY1", "BLOCK_KEY2", "BLOCK_KEY3", "BLOCK_KEY4",
                  "BLOCK_KEY5", "BLOCK1", "BLOCK2")),
    ("security", ("KEY", "SECURE", "DOWNLOAD", "SPI_BOOT_CRYPT_CNT", "DPA", "ECDSA",
                  "FLASH_CRYPT_CNT", "ENCRYPT", "DECRYPT", "ABS_DONE")),
    ("identity", ("VERSION", "WAFER", "_ID", "PKG", "PACKAGE", "REV")),
    ("calibration", ("ADC", "LDO", "DBIAS", "_HVT", "CALIB", "OCODE", "TEMPERATURE", "LSLP",
                     "DSLP")),
)


def category_of(name):
    for category, words in CATEGORY_RULES:
        for word in words:
            if name.startswith(word[1:]) if word.startswith("^") else word in name:
                return category
    return "config"


def kind_of(name, category):
    """How a value is shown: mac, keyblock, keypurpose, bitcount or plain."""
    if name in ("MAC", "CUSTOM_MAC", "MAC_EXT"):
        return "mac"
    if name in KEY_BLOCK_FIELDS or name == "OPTIONAL_UNIQUE_ID" or (
            category == "security" and any(w in name for w in CATEGORY_RULES[7][1])):
        return "keyblock"
    if name.startswith("KEY_PURPOSE"):
        return "keypurpose"
    if category == "security" and any(w in name for w in ("FLASH_CRYPT_CNT", "SPI_BOOT_CRYPT_CNT",
                                                          "SECURE_VERSION")):
        return "bitcount"
    return ""


# Per chip: fields the summary leaves out (the C3's JTAG_SEL_ENABLE does not work in
# silicon, upstream hides it), extra tables that hold only up to a chip revision, and
# the two halves of the C2's key block, which have their own read protection bits.
HIDDEN = {"esp32c3": ("JTAG_SEL_ENABLE",)}
UP_TO_REVISION = {"esp32h2": ("esp32h2_v0.0_v1.1", 101)}
# Chips whose whole table changes from a revision on (major * 100 + minor): the
# ESP32-P4 from v3.0 (upstream 5.6 picks esp32p4_v3.0.yaml there, and in --virt mode).
FROM_REVISION = {"esp32p4": ("esp32p4_v3.0", 300)}
C2_KEY_HALVES = (("BLOCK_KEY0_LOW_128", 0, 0), ("BLOCK_KEY0_HI_128", 4, 1))

# Our own words for the fields people look for first (security, keys, download modes,
# JTAG/USB, MAC, revisions). A key is a field name, or (chip, name) where one chip's
# field does something else. Kept under 50 characters: the text summary shows 50.
OUR_WORDING = {
    "WR_DIS": "Write-protect bits: each locks a group of fields",
    "RD_DIS": "Read-protect bits: each hides one key block",
    ("esp32c2", "RD_DIS"): "Read-protect bits: each hides one BLOCK_KEY0 half",
    "SECURE_BOOT_EN": "Turns Secure Boot v2 on",
    "SECURE_BOOT_KEY_REVOKE0": "Retires secure boot key digest 0",
    "SECURE_BOOT_KEY_REVOKE1": "Retires secure boot key digest 1",
    "SECURE_BOOT_KEY_REVOKE2": "Retires secure boot key digest 2",
    "SECURE_BOOT_AGGRESSIVE_REVOKE": "Retire a key digest once a signature fails on it",
    "SECURE_BOOT_DISABLE_FAST_WAKE": "Re-check the app signature on deep-sleep wake-up",
    "SECURE_VERSION": "Anti-rollback: lowest app security version (bits)",
    "SPI_BOOT_CRYPT_CNT": "Flash encryption: on while an odd count is set",
    "DIS_DOWNLOAD_MANUAL_ENCRYPT": "No flash en-/decryption from download mode",
    "XTS_KEY_LENGTH_256": "Flash encryption key: 128 bits or all 256",
    "CRYPT_DPA_ENABLE": "Power-analysis (DPA) guard for the crypto engines",
    "SEC_DPA_LEVEL": "Strength of the power-analysis (DPA) guard",
    "ECDSA_FORCE_USE_HARDWARE_K": "ECDSA always takes its nonce k from hardware",
    "ECDSA_CURVE_MODE": "Which curves (P-192, P-256) the ECDSA unit takes",
    "DIS_DOWNLOAD_MODE": "No ROM download mode at all",
    "ENABLE_SECURITY_DOWNLOAD": "Download mode only as Secure Download Mode",
    "DIS_FORCE_DOWNLOAD": "Software may no longer force download mode",
    "DIS_DOWNLOAD_ICACHE": "No instruction cache in download mode",
    "DIS_DOWNLOAD_DCACHE": "No data cache in download mode",
    "DIS_USB_SERIAL_JTAG_DOWNLOAD_MODE": "No download mode over USB-Serial-JTAG",
    "DIS_USB_OTG_DOWNLOAD_MODE": "No download mode over USB-OTG",
    "DIS_USB_DOWNLOAD_MODE": "No download mode over USB",
    "DIS_DIRECT_BOOT": "No direct boot (legacy SPI boot) mode",
    "DIS_LEGACY_SPI_BOOT": "No legacy SPI boot mode",
    "UART_PRINT_CONTROL": "When the ROM prints its boot messages",
    "SOFT_DIS_JTAG": "JTAG off while an odd count is set (HMAC undoes)",
    "DIS_PAD_JTAG": "JTAG on the GPIO pads off for good",
    "HARD_DIS_JTAG": "JTAG off for good",
    "DIS_USB_JTAG": "JTAG over the USB-Serial-JTAG port off",
    "JTAG_SEL_ENABLE": "A strapping pin picks USB or pad JTAG",
    "STRAP_JTAG_SEL": "A strapping pin picks USB or pad JTAG",
    "DIS_USB_SERIAL_JTAG": "USB-Serial-JTAG peripheral off",
    "DIS_USB_SERIAL_JTAG_ROM_PRINT": "ROM prints nothing to USB-Serial-JTAG",
    "DIS_USB_OTG": "USB-OTG peripheral off",
    "DIS_USB": "USB-OTG peripheral off",
    "DIS_ICACHE": "Instruction cache off",
    "DIS_DCACHE": "Data cache off",
    "DIS_TWAI": "TWAI (CAN) controller off",
    "DIS_APP_CPU": "Second (APP) CPU off",
    "MAC": "Base MAC address written at the factory",
    "CUSTOM_MAC": "A MAC address of the user's own",
    "CUSTOM_MAC_USED": "Set once CUSTOM_MAC holds an address",
    "MAC_EXT": "The two bytes that make MAC an EUI-64",
    "WAFER_VERSION_MAJOR": "Chip revision, major number",
    "WAFER_VERSION_MINOR": "Chip revision, minor number",
    "WAFER_VERSION_MINOR_LO": "Chip revision, minor number: low 3 bits",
    "WAFER_VERSION_MINOR_HI": "Chip revision, minor number: high bit",
    "DISABLE_WAFER_VERSION_MAJOR": "Boot ignores the major chip revision",
    "BLK_VERSION_MAJOR": "Calibration data layout, major version",
    "BLK_VERSION_MINOR": "Calibration data layout, minor version",
    "DISABLE_BLK_VERSION_MAJOR": "Boot ignores the calibration layout major",
    "PKG_VERSION": "Which package the die is in",
    "OPTIONAL_UNIQUE_ID": "128-bit identifier of this one chip",
    "BLOCK_USR_DATA": "32 bytes free for the user",
    "BLOCK_SYS_DATA2": "Second system data block, 32 bytes",
    "BLOCK_KEY0_LOW_128": "Low half of BLOCK_KEY0: flash encryption key",
    "BLOCK_KEY0_HI_128": "High half of BLOCK_KEY0: secure boot digest",
    ("esp32c2", "BLOCK_KEY0"): "Key block: encryption key and/or boot digest",
    "WDT_DELAY_SEL": "RTC watchdog timeout while booting",
    "VDD_SPI_AS_GPIO": "VDD_SPI pin used as a GPIO",
    "USB_EXCHG_PINS": "USB D+ and D- pins swapped",
}
for _n in range(6):
    OUR_WORDING["KEY_PURPOSE_%d" % _n] = "What BLOCK_KEY%d holds (a key purpose)" % _n
    OUR_WORDING["BLOCK_KEY%d" % _n] = "Key block %d: key or digest per KEY_PURPOSE_%d" % (_n, _n)
    OUR_WORDING["KEY_PURPOSE_%d_H" % _n] = "Fifth bit of KEY_PURPOSE_%d (purposes 16 and up)" % _n

CATEGORY_WORDS = {"config": "Config", "flash": "Flash", "identity": "Identity", "jtag": "JTAG",
                  "MAC": "MAC", "security": "Security", "spi pad": "SPI pad", "usb": "USB",
                  "vdd": "VDD_SPI", "wdt": "Watchdog", "calibration": "Calibration"}


def what_of(bits, ftype, kind, values):
    """What sort of value a field holds, in a word or two."""
    if kind == "bitcount":
        return "%d-bit counter" % bits
    if ftype == "bool":
        return "flag"
    if values:
        return "%d-bit choice" % bits
    if ftype.startswith("bytes"):
        return "%d bytes" % (bits // 8)
    return "%d bits" % bits


def describe(chip, name, block, word, pos, bits, ftype, wr_dis, rd_dis, category, kind, values):
    """Our description of a field: OUR_WORDING, or else its kind and place, e.g.
    "Calibration 8 bits at BLOCK2 140-147, WR_DIS 21" (bit numbers counted from the
    block's first bit, as burn_bit counts them)."""
    own = OUR_WORDING.get((chip, name), OUR_WORDING.get(name))
    if own:
        return own
    start = word * 32 + pos
    where = ("BLOCK%d bit %d" % (block, start) if bits == 1
             else "BLOCK%d %d-%d" % (block, start, start + bits - 1))
    text = "%s %s at %s" % (CATEGORY_WORDS[category], what_of(bits, ftype, kind, values), where)
    if wr_dis is not None:
        text += ", WR_DIS %d" % wr_dis
    if rd_dis is not None:
        bits_of_rd = rd_dis if isinstance(rd_dis, tuple) else (rd_dis,)
        text += ", RD_DIS " + " ".join(str(b) for b in bits_of_rd)
    return text


def rd_dis_of(value):
    if isinstance(value, str):
        return tuple(int(x) for x in value.split())
    return value


def field_rows(chip, efuses, hidden=()):
    rows = []
    for name, d in efuses.items():
        if d["show"] != "y" or name in hidden:
            continue
        category = category_of(name)
        bits, ftype = d["len"], d["type"]
        if name == "BLOCK_USR_DATA":         # shown whole, though the csv splits it
            bits, ftype = 256, "bytes:32"
        values = ast.literal_eval(d["dict"]) if d["dict"] else None
        alt = tuple(d["alt"].split()) if d["alt"] else ()
        facts = (name, d["blk"], d["word"], d["pos"], bits, ftype, d["wr_dis"],
                 rd_dis_of(d["rd_dis"]), category, kind_of(name, category), values)
        rows.append(facts + (alt, describe(chip, *facts)))
    return rows


HEADER = '''"""eFuse field tables of the chips since the ESP32-S2, as data.

GENERATED by tools/gen_efuse_tables.py from %s/<chip>.yaml
(themselves from ESP-IDF components/efuse/<chip>/esp_efuse_table.csv); see
docs/efuse-newer.md §10. Do not edit by hand: regenerate. Descriptions are our own
wording (the generator's OUR_WORDING, or the field's kind and place), not upstream's.

FIELDS[chip]: (name, block, word, pos, bits, type, wr_dis, rd_dis, category, kind,
value names, other names, description). rd_dis is a bit number, a tuple of them, or None.
"""

''' % UPSTREAM


def main(defs_dir, out_path):
    versions, fields, until, since = {}, {}, {}, {}
    for chip, (table, revision) in FROM_REVISION.items():
        with open(os.path.join(defs_dir, table + ".yaml")) as f:
            desc = yaml.safe_load(f)
        versions[table] = desc["VER_NO"]
        fields[table] = field_rows(chip, desc["EFUSES"], HIDDEN.get(chip, ()))
        since[chip] = (table, revision)
    for chip in CHIPS:
        with open(os.path.join(defs_dir, chip + ".yaml")) as f:
            desc = yaml.safe_load(f)
        versions[chip] = desc["VER_NO"]
        fields[chip] = field_rows(chip, desc["EFUSES"], HIDDEN.get(chip, ()))
        if chip in UP_TO_REVISION:
            table, revision = UP_TO_REVISION[chip]
            with open(os.path.join(defs_dir, table + ".yaml")) as f:
                extra = field_rows(chip, yaml.safe_load(f)["EFUSES"])
            fields[chip] += extra
            until[chip] = {row[0]: revision for row in extra}
        if chip == "esp32c2":
            key = next(row for row in fields[chip] if row[0] == "BLOCK_KEY0")
            for name, word, rd in C2_KEY_HALVES:
                facts = (name, key[1], word, 0, 128, "bytes:16", key[6], rd) + key[8:11]
                fields[chip].append(facts + (key[11], describe(chip, *facts)))
    text = HEADER + ("SOURCE = %r\n\nVER_NO = %s\n\n# Fields that exist only up to a chip "
                     "revision (major * 100 + minor)\nUP_TO_REVISION = %s\n\n# Chips whose table is another "
                     "from a revision on: chip -> (table, revision)\nFROM_REVISION = %s\n\n"
                     "FIELDS = {}\n") % (
        UPSTREAM, pprint.pformat(versions), pprint.pformat(until), pprint.pformat(since))
    for chip in list(CHIPS) + [t for t, _r in since.values()]:
        text += "\nFIELDS[%r] = [\n%s]\n" % (chip, "".join("    %r,\n" % (row,)
                                                          for row in fields[chip]))
    tmp = out_path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, out_path)
    print("wrote %s: %s" % (out_path, ", ".join("%s %d fields" % (c, len(fields[c]))
                                                 for c in fields)))


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    main(sys.argv[1], os.path.join(here, "espkit", "efuse_tables.py"))
