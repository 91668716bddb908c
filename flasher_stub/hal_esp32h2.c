/* ESP32-H2 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * The C3's HAL again (as the C6's is): UART0 at 0x60000000 with the same
 * FIFO, status and divider registers (docs/chips.md §16.6), and the ROM's
 * SPI flash routines called the same way (RV32 ilp32). What is the H2's own
 * is where things are: its ROM routines (rom_esp32h2.ld) and its smaller
 * SRAM (esp32h2.ld). UART0 only: USB-Serial-JTAG is not handled yet. */
#include "hal_esp32c3.c"
