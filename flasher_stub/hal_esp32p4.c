/* ESP32-P4 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * The C3's HAL over the P4's addresses: UART0 at 0x500CA000 with the C3's
 * FIFO, status and divider layout, its divider taken through UART_REG_UPDATE,
 * and the ROM's SPI flash routines at the P4's addresses (rom_esp32p4.ld,
 * the same for every revision). Built for the P4's RV32IMAFC (the stub has
 * no floating point; the ilp32f ABI passes integer arguments as ilp32 does).
 * Two builds differ only in where they sit in RAM, because the ROM loader's
 * own RAM moved at revision 3.0 (esp32p4rev1.ld below 3.0, esp32p4.ld from
 * it; docs/chips.md §21.3). UART0 only: USB-Serial-JTAG and USB-OTG are not
 * handled yet. */
#define UART0_BASE 0x500CA000u
#define UART_HAS_REG_UPDATE
#include "hal_esp32c3.c"
