/* ESP32-C2 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * The C3's HAL, unchanged: UART0 has the same registers at the same address
 * (docs/chips.md §15.6), and hal_set_baud rescales the divider the ROM left
 * by old/new rate, so a 26 MHz crystal needs nothing of its own. The ROM's
 * SPI flash routines take the same arguments in the RV32 ilp32 convention;
 * what differs is where they are (rom_esp32c2.ld) and the stub's RAM
 * (esp32c2.ld). The C2 has no USB-Serial-JTAG: UART0 is its only link. */
#include "hal_esp32c3.c"
