"""Packaging for esptool.py, espsecure.py, espefuse.py and the espsim simulator."""
import re

from setuptools import find_packages, setup


def read_version():
    with open("esptool.py") as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


TOOLS = ("esptool", "espsecure", "espefuse", "esp_rfc2217_server")


setup(
    name="espkit-esptool",
    version=read_version(),
    description="Flash, inspect and secure ESP8266 and ESP32 chips over their serial bootloader",
    long_description=open("README.md").read(),
    long_description_content_type="text/markdown",
    license="GPLv2",
    python_requires=">=3.9",
    py_modules=list(TOOLS),
    packages=find_packages(include=["espsim", "espkit", "espkit.*"]),
    package_data={"espsim": ["stub_ids.json"]},     # how espsim recognises our stub
    # cryptography: secure boot v2 (RSA-3072-PSS, ECDSA on P-192/P-256/P-384), in
    # espsecure's later commands only (espkit/crypto.py imports it when one runs);
    # elsewhere it only makes AES faster, and everything else works without it.
    install_requires=["pyserial>=3.0", "pyaes", "ecdsa", "pyelftools", "cryptography"],
    extras_require={"test": ["pytest", "pytest-xdist", "hypothesis", "cryptography"]},
    # Installed commands are small launchers (scripts/), not copies of the
    # modules: see scripts/esptool.py for why.
    scripts=["scripts/%s%s" % (tool, ext) for tool in TOOLS for ext in ("", ".py")]
    + ["scripts/espsim"],
    classifiers=[
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        "Programming Language :: Python :: 3",
        "Topic :: Software Development :: Embedded Systems",
    ],
)
