/* ESP8266 HAL: flash through the mask-ROM SPI routines, UART transmit and
 * baud change through the ROM UART routines, UART receive through an
 * interrupt handler of our own (so the next command arrives while a block is
 * being erased and written, docs/protocol.md §10.7).
 * ROM addresses: rom_esp8266.ld. Register layout: README.md. */
#include <stdint.h>
#include "hal.h"
#include "slip.h"

/* ---- ROM routines (call0 ABI, like this code) ---- */
int SPIRead(uint32_t addr, uint32_t *dst, uint32_t len);
int SPIWrite(uint32_t addr, const uint32_t *src, uint32_t len);
int SPIEraseSector(uint32_t sector);
int SPIEraseBlock(uint32_t block);
int SPIEraseChip(void);
int SPIUnlock(void);
int SPIParamCfg(uint32_t id, uint32_t size, uint32_t block, uint32_t sector, uint32_t page,
                uint32_t status_mask);
void spi_flash_attach(void);
void uart_div_modify(uint32_t uart, uint32_t divider);
int uart_tx_one_char(uint8_t c);
void ets_isr_attach(int irq, void (*handler)(void *), void *arg);
void ets_isr_unmask(uint32_t mask);
void ets_delay_us(uint32_t us);
void software_reset(void);

/* ---- UART0 registers ---- */
#define UART0_BASE 0x60000000u
#define REG(addr) (*(volatile uint32_t *)(addr))
#define UART_FIFO REG(UART0_BASE + 0x00)
#define UART_INT_ST REG(UART0_BASE + 0x08)
#define UART_INT_ENA REG(UART0_BASE + 0x0C)
#define UART_INT_CLR REG(UART0_BASE + 0x10)
#define UART_CLKDIV REG(UART0_BASE + 0x14)
#define UART_STATUS REG(UART0_BASE + 0x1C)
#define UART_CONF1 REG(UART0_BASE + 0x24)

#define UART_RXFIFO_CNT(status) ((status) & 0xFF)
#define UART_TXFIFO_CNT(status) (((status) >> 16) & 0xFF)
#define UART_RXFIFO_FULL_INT (1u << 0)
#define UART_RXFIFO_TOUT_INT (1u << 8)
#define UART_RX_TOUT_EN (1u << 31)
#define UART_CLKDIV_MASK 0xFFFFFu
#define ETS_UART_INUM 5

/* Fire when 80 bytes wait (of the 128-byte FIFO) or the line idles for
 * 2 byte times, so a burst at 921600 baud never overflows the FIFO. */
#define RX_FULL_THRESHOLD 80
#define RX_TIMEOUT_BYTES 2

static void uart_rx_isr(void *arg)
{
    (void)arg;
    while (UART_RXFIFO_CNT(UART_STATUS) > 0)
        slip_rx_byte((uint8_t)UART_FIFO);
    UART_INT_CLR = UART_INT_ST;
}

void hal_init(void)
{
    /* Take the UART interrupt over from the ROM loader's handler. */
    UART_INT_ENA = 0;
    UART_CONF1 = RX_FULL_THRESHOLD | (RX_TIMEOUT_BYTES << 24) | UART_RX_TOUT_EN;
    ets_isr_attach(ETS_UART_INUM, uart_rx_isr, 0);
    UART_INT_CLR = 0xFFFFFFFFu;
    UART_INT_ENA = UART_RXFIFO_FULL_INT | UART_RXFIFO_TOUT_INT;
    ets_isr_unmask(1u << ETS_UART_INUM);

    /* docs/protocol.md §10.5: default pins, 16 MiB until the host tells the real size. */
    spi_flash_attach();
    SPIParamCfg(0, 16u << 20, 0x10000, 0x1000, 0x100, 0xFFFF);
}

int hal_rx_poll(void)
{
    return 0; /* the interrupt handler does the receiving */
}

void hal_tx(const uint8_t *data, uint32_t len)
{
    while (len--)
        uart_tx_one_char(*data++);
}

void hal_tx_push(void)
{
}

void hal_tx_flush(void)
{
    while (UART_TXFIFO_CNT(UART_STATUS) > 0) {
    }
}

/* docs/protocol.md §14: scale the divider the ROM's auto-baud found, so crystal tolerance cancels. */
void hal_set_baud(uint32_t new_baud, uint32_t old_baud)
{
    uint32_t divider = UART_CLKDIV & UART_CLKDIV_MASK;
    uart_div_modify(0, divider * old_baud / new_baud);
}

void hal_background(void)
{
}

void hal_delay_us(uint32_t us)
{
    ets_delay_us(us);
}

/* ---- flash ---- */

/* The ROM routines move whole aligned words; this buffer bridges unaligned
 * addresses, lengths and memory. */
static uint32_t bounce[64];

uint32_t hal_flash_size(void)
{
    return 0xFFFFFFFFu;
}

int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
    while (len > 0) {
        uint32_t aligned = addr & ~3u, skip = addr - aligned;
        uint32_t chunk = sizeof(bounce) - skip;
        if (chunk > len)
            chunk = len;
        if (SPIRead(aligned, bounce, (skip + chunk + 3) & ~3u))
            return -1;
        const uint8_t *src = (const uint8_t *)bounce + skip;
        for (uint32_t i = 0; i < chunk; i++)
            buf[i] = src[i];
        addr += chunk;
        buf += chunk;
        len -= chunk;
    }
    return 0;
}

int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    while (len > 0) {
        uint32_t chunk = len < sizeof(bounce) ? len : sizeof(bounce);
        uint8_t *dst = (uint8_t *)bounce;
        for (uint32_t i = 0; i < chunk; i++)
            dst[i] = data[i];
        if (SPIWrite(addr, bounce, chunk))
            return -1;
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    return 0;
}

int hal_flash_erase_sector(uint32_t addr)
{
    return SPIEraseSector(addr >> 12);
}

int hal_flash_erase_block(uint32_t addr)
{
    return SPIEraseBlock(addr >> 16);
}

int hal_flash_erase_chip(void)
{
    return SPIEraseChip();
}

int hal_flash_unlock(void)
{
    return SPIUnlock();
}

int hal_flash_attach(uint32_t config)
{
    (void)config; /* the ESP8266 has one set of flash pins */
    spi_flash_attach();
    return 0;
}

int hal_flash_set_params(const uint32_t p[6])
{
    return SPIParamCfg(p[0], p[1], p[2], p[3], p[4], p[5]);
}

/* ---- jumping into code (memory access: hal_chip_mem.c) ---- */

void hal_jump(uint32_t entry)
{
    UART_INT_ENA = 0;
    ((void (*)(void))entry)();
    for (;;) {
    }
}

void hal_soft_reset(void)
{
    software_reset();
    for (;;) {
    }
}

/* Booting the firmware from here needs the ROM's boot path, which this stub
 * does not know how to enter; a software reset is the honest fallback (the
 * chip comes back in the download loader). See README.md. */
void hal_run_user_code(void)
{
    hal_soft_reset();
}
