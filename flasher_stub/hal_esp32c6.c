/* ESP32-C6 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * The C3's HAL, unchanged: UART0 sits at the same address with the same
 * FIFO, status and divider registers (docs/chips.md §13.6), and the ROM's SPI
 * flash routines take the same arguments in the same RV32 ilp32 convention.
 * What differs is where things are: the ROM routines (rom_esp32c6.ld) and
 * the stub's RAM (esp32c6.ld). Like the C3 build, UART0 only: the
 * USB-Serial-JTAG link is not handled yet. */
#include "hal_esp32c3.c"
