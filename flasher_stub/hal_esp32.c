/* ESP32 HAL -- EXPERIMENTAL, never run on a chip by this project.
 *
 * Built with the lx106 (call0 ABI) compiler. The ESP32 ROM routines use the
 * windowed ABI, so this HAL calls exactly one of them (flash attach) through
 * the hand-encoded trampoline in rom_call_esp32.S, and drives everything else
 * through registers: UART0 by polling its FIFO, SPI1 with "user" commands
 * (spi_flash_esp32.c). With no interrupts, the
 * receive FIFO is drained from hal_background() during long work and while
 * waiting for the flash, so the next command can still arrive meanwhile.
 * Register facts: README.md. */
#include <stdint.h>
#include "hal.h"
#include "slip.h"
#include "spi_flash_esp32.h"

uint32_t rom_call_windowed(uint32_t fn, uint32_t arg0, uint32_t arg1, uint32_t arg2);
void esp_rom_spiflash_attach(uint32_t config, uint32_t legacy);

#define REG(addr) (*(volatile uint32_t *)(addr))

#ifdef CHIP_ESP32S3
/* ESP32-S3 (CHIP_ESP32S3, experimental like the rest): UART0 at 0x60000000
 * with 10-bit FIFO counts and a 12-bit divider, RTC_CNTL at 0x60008000, the
 * same windowed-ABI ROM call for the attach (docs/chips.md §5, §9.3). */
#define UART_FIFO REG(0x60000000u)
#define UART_INT_ENA REG(0x6000000Cu)
#define UART_INT_CLR REG(0x60000010u)
#define UART_CLKDIV REG(0x60000014u)
#define UART_STATUS REG(0x6000001Cu)
#define UART_RXFIFO_CNT(status) ((status) & 0x3FF)
#define UART_TXFIFO_CNT(status) (((status) >> 16) & 0x3FF)
#define UART_CLKDIV_INT_MASK 0xFFFu     /* bits 0-11; bits 20-23 are sixteenths */
#define RTC_CNTL_OPTIONS0 REG(0x60008000u)
#elif defined(CHIP_ESP32S2)
/* ESP32-S2 (CHIP_ESP32S2, experimental): UART0 registers at 0x3F400000 with
 * its FIFO through the 0x60000000 alias, 10-bit FIFO counts, a 20-bit divider,
 * RTC_CNTL at 0x3F408000, the same windowed-ABI ROM call for the attach
 * (docs/chips.md §9). */
#define UART_FIFO REG(0x60000000u)
#define UART_INT_ENA REG(0x3F40000Cu)
#define UART_INT_CLR REG(0x3F400010u)
#define UART_CLKDIV REG(0x3F400014u)
#define UART_STATUS REG(0x3F40001Cu)
#define UART_RXFIFO_CNT(status) ((status) & 0x3FF)
#define UART_TXFIFO_CNT(status) (((status) >> 16) & 0x3FF)
#define UART_CLKDIV_INT_MASK 0xFFFFFu   /* bits 0-19; bits 20-23 are sixteenths */
#define RTC_CNTL_OPTIONS0 REG(0x3F408000u)
#else
/* UART0: FIFO through its AHB alias, the rest through the DPORT addresses. */
#define UART_FIFO REG(0x60000000u)
#define UART_INT_ENA REG(0x3FF4000Cu)
#define UART_INT_CLR REG(0x3FF40010u)
#define UART_CLKDIV REG(0x3FF40014u)
#define UART_STATUS REG(0x3FF4001Cu)
#define UART_RXFIFO_CNT(status) ((status) & 0xFF)
#define UART_TXFIFO_CNT(status) (((status) >> 16) & 0xFF)
#define UART_CLKDIV_INT_MASK 0xFFFFFu   /* bits 0-19; bits 20-23 are sixteenths */
#define RTC_CNTL_OPTIONS0 REG(0x3FF48000u)
#endif
#define UART_FIFO_SIZE 128

#define RTC_CNTL_SW_SYS_RST (1u << 31)

/* Delays count CPU cycles assuming the fastest clock, so they never end early. */
#define MAX_CPU_MHZ 240

/* ---- UART: polled through its FIFO ---- */

#include "hal_uart_fifo.h"

static uint32_t ccount(void)
{
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=a"(c));
    return c;
}

void hal_delay_us(uint32_t us)
{
    uint32_t start = ccount(), cycles = us * MAX_CPU_MHZ;
    while (ccount() - start < cycles)
        hal_background();
}

/* docs/protocol.md §14: scale the current divider (with its four fractional bits). */
void hal_set_baud(uint32_t new_baud, uint32_t old_baud)
{
    uint32_t reg = UART_CLKDIV;
    uint32_t sixteenths = ((reg & UART_CLKDIV_INT_MASK) << 4) | ((reg >> 20) & 0xF);
    uint32_t scaled = sixteenths / new_baud * old_baud + sixteenths % new_baud * old_baud / new_baud;
    UART_CLKDIV = (scaled >> 4) | ((scaled & 0xF) << 20);
}

/* ---- SPI flash: spi_flash_esp32.c ---- */

uint32_t hal_flash_size(void)
{
    return 0xFFFFFFFFu;
}

int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
    return esp32_spi_read(addr, buf, len);
}

int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    return esp32_spi_write(addr, data, len);
}

int hal_flash_erase_sector(uint32_t addr)
{
    return esp32_spi_erase_sector(addr);
}

int hal_flash_erase_block(uint32_t addr)
{
    return esp32_spi_erase_block(addr);
}

int hal_flash_erase_chip(void)
{
    return esp32_spi_erase_chip();
}

int hal_flash_unlock(void)
{
    return esp32_spi_unlock();
}

int hal_flash_attach(uint32_t config)
{
    rom_call_windowed((uint32_t)esp_rom_spiflash_attach, config, 0, 0);
    return 0;
}

int hal_flash_set_params(const uint32_t params[6])
{
    (void)params; /* user commands do not consult the ROM's flash geometry */
    return 0;
}

/* ---- reset (memory access: hal_chip_mem.c) ---- */

void hal_jump(uint32_t entry)
{
    ((void (*)(void))entry)();
    for (;;) {
    }
}

void hal_soft_reset(void)
{
    RTC_CNTL_OPTIONS0 |= RTC_CNTL_SW_SYS_RST;
    for (;;) {
    }
}

/* Upstream refuses RUN_USER_CODE on the ESP32 (docs/protocol.md §5.11); a reset is the
 * closest safe thing. */
void hal_run_user_code(void)
{
    hal_soft_reset();
}

void hal_init(void)
{
    UART_INT_ENA = 0; /* the ROM loader's receive interrupt would steal our bytes */
    UART_INT_CLR = 0xFFFFFFFFu;
    hal_flash_attach(0); /* docs/protocol.md §10.5: default pins, or those recorded in eFuse */
}
