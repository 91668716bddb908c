# GPLv2, see LICENSE.
"""The chips v2.3.1 never knew: a module each (its facts as class data), registered
with esptool's CHIPS when the package is loaded (docs/adding-a-chip.md)."""
from espkit.chips import esp_rom
from espkit.chips.esp32c2 import ESP32C2ROM
from espkit.chips.esp32c3 import ESP32C3ROM
from espkit.chips.esp32c5 import ESP32C5ROM
from espkit.chips.esp32c61 import ESP32C61ROM
from espkit.chips.esp32c6 import ESP32C6ROM
from espkit.chips.esp32h2 import ESP32H2ROM
from espkit.chips.esp32p4 import ESP32P4ROM
from espkit.chips.esp32s2 import ESP32S2ROM
from espkit.chips.esp32s3 import ESP32S3ROM

# In the order --chip lists them, after esptool.py's own.
PACKAGE_CHIPS = {"esp32c3": ESP32C3ROM, "esp32s3": ESP32S3ROM}
PACKAGE_CHIPS["esp32c6"] = ESP32C6ROM
PACKAGE_CHIPS["esp32s2"] = ESP32S2ROM
PACKAGE_CHIPS["esp32h2"] = ESP32H2ROM
PACKAGE_CHIPS["esp32c2"] = ESP32C2ROM
# issue 21 (docs/chips.md §18-§20)
PACKAGE_CHIPS.update(esp32p4=ESP32P4ROM, esp32c5=ESP32C5ROM, esp32c61=ESP32C61ROM)


def register(extensions, chips):
    chips.update(PACKAGE_CHIPS)
    esp_rom.register(extensions)
