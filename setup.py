"""Packaging for esptool.py, espsecure.py, espefuse.py and the espsim simulator."""
import re

from setuptools import setup


def read_version():
    with open("esptool.py") as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


def console_scripts():
    scripts = []
    for tool in ("esptool", "espsecure", "espefuse"):
        # Both spellings: scripts and Makefiles call the '.py' names.
        scripts.append("%s.py = %s:_main" % (tool, tool))
        scripts.append("%s = %s:_main" % (tool, tool))
    return scripts


setup(
    name="espkit-esptool",
    version=read_version(),
    description="Flash, inspect and secure ESP8266 and ESP32 chips over their serial bootloader",
    long_description=open("README.md").read(),
    long_description_content_type="text/markdown",
    license="GPLv2",
    python_requires=">=3.9",
    py_modules=["esptool", "espsecure", "espefuse"],
    packages=["espsim"],
    install_requires=["pyserial>=3.0", "pyaes", "ecdsa"],
    extras_require={"test": ["pytest", "hypothesis"]},
    entry_points={"console_scripts": console_scripts()},
    classifiers=[
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        "Programming Language :: Python :: 3",
        "Topic :: Software Development :: Embedded Systems",
    ],
)
