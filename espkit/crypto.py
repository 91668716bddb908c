# GPLv2, see LICENSE.
"""The `cryptography` package, for the security commands that need it.

Secure boot v2 signs with RSA-3072-PSS and ECDSA on three curves: no package we
already use does all of that, so these commands need `cryptography` (as
upstream 5.x does). It is imported here, when such a command runs: every other
command works without it (XTS-AES and the ESP32's scheme use it only to run AES
faster, through espsecure's AES backends). Its absence is one line saying what
to install.
"""
import importlib
from types import SimpleNamespace

from esptool import FatalError

INSTALL_HINT = "install it with: python3 -m pip install cryptography"
_MODULES = {
    "hashes": "cryptography.hazmat.primitives.hashes",
    "serialization": "cryptography.hazmat.primitives.serialization",
    "ec": "cryptography.hazmat.primitives.asymmetric.ec",
    "rsa": "cryptography.hazmat.primitives.asymmetric.rsa",
    "padding": "cryptography.hazmat.primitives.asymmetric.padding",
    "utils": "cryptography.hazmat.primitives.asymmetric.utils",
    "ciphers": "cryptography.hazmat.primitives.ciphers",
    "exceptions": "cryptography.exceptions",
}


def require(what):
    """The parts of `cryptography` we use, as one namespace; a FatalError naming
    `what` (the command asked for) if the package is not installed."""
    try:
        return SimpleNamespace(**{name: importlib.import_module(module)
                                  for name, module in _MODULES.items()})
    except ImportError:
        raise FatalError("%s needs the Python package cryptography, which is not installed"
                         % what, hint=INSTALL_HINT)
