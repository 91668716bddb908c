"""Flash past 16 MiB (docs/protocol.md §20): which loader reaches it.

A 3-byte flash address ends at 16 MiB. The ROM loaders send 3-byte addresses,
and so do the stubs of chips without 32-bit flash addresses; to a 32 MiB part
in its power-up 3-byte mode, an address past 16 MiB sent so lands 16 MiB
lower, over the bootloader. Only the stub of a chip whose page says
FLASH_32BIT_ADDR (the ESP32-S3, C5, C61 and P4, as upstream 5.6) uses the
4-byte-address commands there. So a range past 16 MiB is refused in one line
before the first byte is read, erased or written, unless that stub runs; and
that stub is told the flash's size first, as it takes 16 MiB until told
(docs/protocol.md §10.5). esptool.py asks through its flash_reach seam for
every range of write_flash, verify_flash, read_flash and erase_region.
"""
from esptool import FatalError, detected_flash_size, flash_size_bytes

THREE_BYTE_END = 16 << 20       # the first address three bytes cannot carry


def reaches(esp):
    """Can this loader address flash past 16 MiB?"""
    return esp.IS_STUB and getattr(esp, "FLASH_32BIT_ADDR", False)


def refuse_unreachable(esp, address, size, flash_size=None):
    """The flash_reach seam: `flash_size` in bytes where the command knows it, else None."""
    if address + size <= THREE_BYTE_END:
        return
    if reaches(esp):
        tell_the_stub_the_size(esp, flash_size)
        return
    if esp.IS_STUB:
        why, hint = ("the %s's flasher stub sends 24-bit flash addresses" % esp.CHIP_NAME,
                     "flash past 16 MiB is out of reach on this chip")
    elif getattr(esp, "FLASH_32BIT_ADDR", False):
        why, hint = ("the %s's ROM loader sends 24-bit flash addresses" % esp.CHIP_NAME,
                     "leave out --no-stub: the flasher stub reaches flash past 16 MiB")
    else:
        why, hint = ("the %s sends 24-bit flash addresses" % esp.CHIP_NAME,
                     "flash past 16 MiB is out of reach on this chip")
    raise FatalError("0x%x bytes at 0x%x reach past 16 MiB (0x%x): %s"
                     % (size, address, THREE_BYTE_END, why), hint=hint)


def tell_the_stub_the_size(esp, flash_size):
    """SPI_SET_PARAMS with the flash's size (the detected one where the command has none:
    read_flash and erase_region set none themselves), once per size and loader."""
    if flash_size is None:
        flash_size = flash_size_bytes(detected_flash_size(esp))
    if getattr(esp, "large_flash_size_told", None) != flash_size:
        esp.flash_set_parameters(flash_size)
        esp.large_flash_size_told = flash_size
