/* ESP32-C5 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * The C3's HAL: UART0 at 0x60000000 with the same FIFO, status and divider
 * registers, and the ROM's SPI flash routines called the same way (RV32
 * ilp32). The C5's own: its ROM routine addresses (rom_esp32c5.ld), its
 * SRAM (esp32c5.ld), and a divider that takes effect only through
 * UART_REG_UPDATE (docs/chips.md §21.4). UART0 only: USB-Serial-JTAG is not
 * handled yet. */
#define UART_HAS_REG_UPDATE
#include "hal_esp32c3.c"
