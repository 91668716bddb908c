/* ESP32-C3 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * Built for RV32IMC. Unlike the ESP32's windowed Xtensa ROM, the C3's ROM
 * uses the standard RISC-V calling convention, so the flash is driven through
 * the ROM's own SPI flash routines, called directly (rom_esp32c3.ld). UART0
 * is polled through its FIFO; with no interrupts, the receive FIFO is drained
 * from hal_background() during long work, so the next command can arrive
 * meanwhile. Only UART0: the USB-Serial-JTAG link is not handled yet.
 * Register and ROM facts: docs/chips.md §4, §5, §9. */
#include <stdint.h>
#include "hal.h"
#include "slip.h"

/* ROM routines (esp_rom_spiflash.h's signatures); they return 0 on success. */
int esp_rom_spiflash_read(uint32_t src_addr, uint32_t *dest, int32_t len);
int esp_rom_spiflash_write(uint32_t dest_addr, const uint32_t *src, int32_t len);
int esp_rom_spiflash_erase_sector(uint32_t sector_number);
int esp_rom_spiflash_erase_block(uint32_t block_number);
int esp_rom_spiflash_erase_chip(void);
int esp_rom_spiflash_unlock(void);
int esp_rom_spiflash_config_param(uint32_t device_id, uint32_t chip_size, uint32_t block_size,
                                  uint32_t sector_size, uint32_t page_size, uint32_t status_mask);
void esp_rom_spiflash_attach(uint32_t config, int legacy);
void ets_delay_us(uint32_t us);
void software_reset(void);

#define REG(addr) (*(volatile uint32_t *)(addr))

/* UART0 (TRM: UART_FIFO_REG .. UART_STATUS_REG). A chip whose UART0 sits
 * elsewhere (the P4) defines UART0_BASE before including this file. */
#ifndef UART0_BASE
#define UART0_BASE 0x60000000u
#endif
#define UART_FIFO REG(UART0_BASE + 0x00u)
#define UART_INT_ENA REG(UART0_BASE + 0x0Cu)
#define UART_INT_CLR REG(UART0_BASE + 0x10u)
#define UART_CLKDIV REG(UART0_BASE + 0x14u)
#define UART_STATUS REG(UART0_BASE + 0x1Cu)
/* Chips whose UART registers live in the UART's own clock domain (the C5,
 * C61, P4) take a new divider only once UART_REG_UPDATE (bit 0 at 0x98,
 * self-clearing) is written; the including HAL defines UART_HAS_REG_UPDATE. */
#define UART_REG_UPDATE REG(UART0_BASE + 0x98u)
#define UART_RXFIFO_CNT(status) ((status) & 0x3FF)
#define UART_TXFIFO_CNT(status) (((status) >> 16) & 0x3FF)
#define UART_FIFO_SIZE 128
#define UART_CLKDIV_INT_MASK 0xFFFu    /* bits 0-11; bits 20-23 are sixteenths */

#ifdef SPI_MEM_BASE
/* docs/chips.md §21.7: the ROM's flash routines send 24-bit addresses, so a
 * build whose chip has 32-bit ones (the C5, C61, P4) reaches flash past 16 MiB
 * through SPI_MEM user commands with 4-byte-address opcodes instead. */
#include "spi_flash_esp32.h"
#define FLASH_3BYTE_END (16u << 20)
#define PAST_3BYTE(addr, len) ((addr) + (len) > FLASH_3BYTE_END)
#endif

#define SECTOR_SIZE 0x1000u
#define BLOCK_SIZE 0x10000u
/* docs/protocol.md §10.5: 16 MiB until the host's SPI_SET_PARAMS says otherwise. */
#define DEFAULT_FLASH_SIZE (16u << 20)

/* ---- UART: polled through its FIFO ---- */

#include "hal_uart_fifo.h"

void hal_delay_us(uint32_t us)
{
    while (us--) {
        ets_delay_us(1);
        hal_background();
    }
}

/* docs/protocol.md §14: scale the current divider (with its four fractional bits),
 * whatever clock the ROM chose for the UART. */
void hal_set_baud(uint32_t new_baud, uint32_t old_baud)
{
    uint32_t reg = UART_CLKDIV;
    uint32_t sixteenths = ((reg & UART_CLKDIV_INT_MASK) << 4) | ((reg >> 20) & 0xF);
    uint32_t scaled = sixteenths / new_baud * old_baud + sixteenths % new_baud * old_baud / new_baud;
    UART_CLKDIV = (reg & ~(UART_CLKDIV_INT_MASK | 0xF00000u)) | (scaled >> 4) |
                  ((scaled & 0xF) << 20);
#ifdef UART_HAS_REG_UPDATE
    UART_REG_UPDATE = 1;
    while (UART_REG_UPDATE & 1) {
    }
#endif
}

/* ---- SPI flash, through the ROM ---- */

/* The ROM reads and writes whole words from word-aligned buffers; the core's
 * buffers may sit anywhere, so data goes through this one. */
static uint32_t bounce[64];

uint32_t hal_flash_size(void)
{
    return 0xFFFFFFFFu;
}

int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
#ifdef SPI_MEM_BASE
    if (PAST_3BYTE(addr, len))
        return esp32_spi_read(addr, buf, len);
#endif
    while (len > 0) {
        uint32_t chunk = len < sizeof(bounce) ? len : sizeof(bounce);
        if (esp_rom_spiflash_read(addr, bounce, (int32_t)((chunk + 3) & ~3u)))
            return -1;
        const uint8_t *from = (const uint8_t *)bounce;
        for (uint32_t i = 0; i < chunk; i++)
            buf[i] = from[i];
        addr += chunk;
        buf += chunk;
        len -= chunk;
    }
    return 0;
}

int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    if ((addr | len) & 3)
        return -1;
#ifdef SPI_MEM_BASE
    if (PAST_3BYTE(addr, len))
        return esp32_spi_write(addr, data, len);
#endif
    while (len > 0) {
        uint32_t chunk = len < sizeof(bounce) ? len : sizeof(bounce);
        uint8_t *to = (uint8_t *)bounce;
        for (uint32_t i = 0; i < chunk; i++)
            to[i] = data[i];
        if (esp_rom_spiflash_write(addr, bounce, (int32_t)chunk))
            return -1;
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    return 0;
}

int hal_flash_erase_sector(uint32_t addr)
{
#ifdef SPI_MEM_BASE
    if (PAST_3BYTE(addr, SECTOR_SIZE))
        return esp32_spi_erase_sector(addr);
#endif
    return esp_rom_spiflash_erase_sector(addr / SECTOR_SIZE) ? -1 : 0;
}

int hal_flash_erase_block(uint32_t addr)
{
#ifdef SPI_MEM_BASE
    if (PAST_3BYTE(addr, BLOCK_SIZE))
        return esp32_spi_erase_block(addr);
#endif
    return esp_rom_spiflash_erase_block(addr / BLOCK_SIZE) ? -1 : 0;
}

int hal_flash_erase_chip(void)
{
    return esp_rom_spiflash_erase_chip() ? -1 : 0;
}

int hal_flash_unlock(void)
{
    return esp_rom_spiflash_unlock() ? -1 : 0;
}

int hal_flash_attach(uint32_t config)
{
    esp_rom_spiflash_attach(config, 0);
    return 0;
}

/* docs/protocol.md §5.8: the ROM's write and erase routines check addresses
 * against the geometry set here. */
int hal_flash_set_params(const uint32_t params[6])
{
    return esp_rom_spiflash_config_param(params[0], params[1], params[2], params[3], params[4],
                                         params[5]);
}

/* ---- reset (memory access: hal_chip_mem.c) ---- */

void hal_jump(uint32_t entry)
{
    ((void (*)(void))entry)();
    for (;;) {
    }
}

/* A system reset: with the boot strap still held, the chip comes back in
 * the ROM loader, as FLASH_END asks. */
void hal_soft_reset(void)
{
    software_reset();
    for (;;) {
    }
}

/* As on the ESP32 (docs/protocol.md §5.11): a reset is the closest safe thing. */
void hal_run_user_code(void)
{
    hal_soft_reset();
}

void hal_init(void)
{
    UART_INT_ENA = 0; /* the ROM loader's receive interrupt would steal our bytes */
    UART_INT_CLR = 0xFFFFFFFFu;
    hal_flash_attach(0); /* docs/protocol.md §10.5: default pins */
    esp_rom_spiflash_config_param(0, DEFAULT_FLASH_SIZE, BLOCK_SIZE, SECTOR_SIZE, 256, 0xFFFF);
}
