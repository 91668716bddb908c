/* The QEMU board: an M-mode monitor for `qemu-system-riscv32 -M virt` that
 * runs a RISC-V chip build of the stub (build/<chip>/stub.elf, unmodified) at
 * its own addresses, in S-mode under Sv32 paging, against test doubles of the
 * chip's ROM and registers. qemu_board.c is the machine (paging, traps,
 * instruction decode, console, semihosting); qemu_board_esp.c the ESP doubles
 * (which chip has what where, the ROM routines, UART0 and other registers). */
#ifndef QEMU_BOARD_H
#define QEMU_BOARD_H

#include <stdint.h>

/* How QEMU ends, for the test to assert (the first three as hal_qemu.c). */
enum {
    EXIT_NO_FLASH = 2,     /* flash.bin missing in QEMU's working directory */
    EXIT_FAULT = 3,        /* the stub did something no chip would survive: see stderr */
    EXIT_BAD_IMAGE = 4,    /* the boot image at BOARD_IMAGE is missing or does not fit */
    EXIT_LINK_IDLE = 5,    /* nothing arrived for a long time: the host has gone */
    EXIT_SOFT_RESET = 10,  /* the ROM's software_reset */
};

/* One range of the chip's SRAM as the stub sees it. Ranges with the same
 * backing offset are one memory at two addresses (the C2's and C3's IRAM
 * and DRAM views). */
struct chip_ram {
    uint32_t va, size, backing_offset;
};

/* The ROM routines the double provides, by what they do. */
enum rom_routine {
    ROM_ETS_DELAY_US, ROM_SOFTWARE_RESET, ROM_SPIFLASH_ERASE_CHIP, ROM_SPIFLASH_ERASE_SECTOR,
    ROM_SPIFLASH_ERASE_BLOCK, ROM_SPIFLASH_WRITE, ROM_SPIFLASH_READ, ROM_SPIFLASH_UNLOCK,
    ROM_SPIFLASH_CONFIG_PARAM, ROM_SPIFLASH_ATTACH, ROM_ROUTINES
};

struct chip {
    const char *name;
    struct chip_ram ram[2];          /* size 0: unused */
    uint32_t stack_top;              /* where the "ROM loader" leaves sp */
    uint32_t rom[ROM_ROUTINES];      /* address of each routine */
    uint32_t periph_start, periph_end;
    uint32_t uart0;                  /* UART0's registers */
    uint32_t spi_mem;                /* SPI_MEM (SPI1) user commands, where the build uses them; 0: none */
};

/* ---- qemu_board.c: services for the doubles ---- */
void board_exit(int code) __attribute__((noreturn));
void board_fault(const char *fmt, ...) __attribute__((noreturn));
void board_log(const char *fmt, ...);
/* Copy between the board and the stub's view of memory (virtual
 * addresses, through the page tables); -1 if a byte is not mapped RAM. */
int board_read_chip(uint32_t va, void *dst, uint32_t len);
int board_write_chip(uint32_t va, const void *src, uint32_t len);

/* The link: QEMU's 16550 on its stdio. */
int console_rx_ready(void);
uint8_t console_rx(void);
void console_tx(uint8_t byte);
/* Sleep until a byte arrives or `us` microseconds pass; -> microseconds slept. */
uint32_t console_wait(uint32_t us);

/* The flash file, through semihosting. */
int flash_file_open(void);
uint32_t flash_file_size(void);
int flash_file_read(uint32_t offset, void *dst, uint32_t len);
int flash_file_write(uint32_t offset, const void *src, uint32_t len);

/* ---- qemu_board_esp.c: the doubles ---- */
const struct chip *esp_chip_named(const char *name);
void esp_doubles_init(const struct chip *chip, uint32_t xtal_hz);
/* A call to `addr` in the chip's ROM, arguments a0-a5 -> a0. */
uint32_t esp_rom_call(uint32_t addr, const uint32_t args[6]);
int esp_is_register(uint32_t addr);
uint32_t esp_reg_load(uint32_t addr);                        /* addr word-aligned */
void esp_reg_store(uint32_t addr, uint32_t value, int width);  /* value in its low bytes */

#endif
