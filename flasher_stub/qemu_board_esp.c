/* The QEMU board's ESP half (qemu_board.h): test doubles of what a RISC-V
 * ESP chip's stub reaches outside its own RAM -- the mask-ROM routines it
 * calls and the registers it touches -- for qemu_board.c, which routes the
 * stub's faulting calls and accesses here.
 *
 * The chip table is this double's own copy of the facts, not the stub's
 * linker scripts (RAM: docs/chips.md §6, §13.3, §15.3, §16.3; ROM routines:
 * docs/chips.md §9.2, §13.6, §15.6, §16.6): a wrong address in rom_<chip>.ld
 * makes the stub call where this ROM has no routine, which ends the run with
 * EXIT_FAULT.
 *
 * What the doubles do, and which of it is fact and which the board's own
 * choice, is docs/chips.md §9.4: the flash routines work on flash.bin with NOR
 * rules (programming only clears bits, erasing sets 0xFF) and check their
 * arguments against the geometry given to config_param; UART0 has the FIFO,
 * STATUS with the receive count, INT_ENA/INT_CLR and CLKDIV (whose writes are
 * logged, so a baud change shows), with the board's console behind it. Any
 * other register in the peripheral window is a plain word of storage. */
#include <stdint.h>
#include "qemu_board.h"

/* ---- the chips ---- */

/* The peripheral window, then UART0's address in it, then SPI_MEM's where the
 * build drives it itself (past 16 MiB: docs/chips.md §21.7). */
#define PERIPHERALS 0x60000000u, 0x60100000u, 0x60000000u, 0
#define C5_C61_PERIPHERALS 0x60000000u, 0x60100000u, 0x60000000u, 0x60003000u
#define P4_PERIPHERALS 0x50000000u, 0x50200000u, 0x500CA000u, 0x5008D000u
#define C5_C61_ROM                                                                             \
    {[ROM_ETS_DELAY_US] = 0x4000003Cu, [ROM_SOFTWARE_RESET] = 0x40000094u,                     \
     [ROM_SPIFLASH_ERASE_CHIP] = 0x40000134u, [ROM_SPIFLASH_ERASE_SECTOR] = 0x40000154u,       \
     [ROM_SPIFLASH_ERASE_BLOCK] = 0x40000158u, [ROM_SPIFLASH_WRITE] = 0x4000015Cu,             \
     [ROM_SPIFLASH_READ] = 0x40000160u, [ROM_SPIFLASH_UNLOCK] = 0x40000164u,                   \
     [ROM_SPIFLASH_CONFIG_PARAM] = 0x40000170u, [ROM_SPIFLASH_ATTACH] = 0x400001F0u}
#define P4_ROM                                                                                 \
    {[ROM_ETS_DELAY_US] = 0x4FC0003Cu, [ROM_SOFTWARE_RESET] = 0x4FC00094u,                     \
     [ROM_SPIFLASH_ERASE_CHIP] = 0x4FC0012Cu, [ROM_SPIFLASH_ERASE_SECTOR] = 0x4FC0014Cu,       \
     [ROM_SPIFLASH_ERASE_BLOCK] = 0x4FC00150u, [ROM_SPIFLASH_WRITE] = 0x4FC00154u,             \
     [ROM_SPIFLASH_READ] = 0x4FC00158u, [ROM_SPIFLASH_UNLOCK] = 0x4FC0015Cu,                   \
     [ROM_SPIFLASH_CONFIG_PARAM] = 0x4FC00168u, [ROM_SPIFLASH_ATTACH] = 0x4FC001E8u}

static const struct chip chips[] = {
    /* IRAM 0x40380000 is DRAM 0x3FC80000: one SRAM, mapped twice. */
    {"esp32c3", {{0x3FC80000u, 0x60000u, 0}, {0x40380000u, 0x60000u, 0}}, 0x3FCDE000u,
     {[ROM_ETS_DELAY_US] = 0x40000050u, [ROM_SOFTWARE_RESET] = 0x40000090u,
      [ROM_SPIFLASH_ERASE_CHIP] = 0x40000120u, [ROM_SPIFLASH_ERASE_BLOCK] = 0x40000124u,
      [ROM_SPIFLASH_ERASE_SECTOR] = 0x40000128u, [ROM_SPIFLASH_WRITE] = 0x4000012Cu,
      [ROM_SPIFLASH_READ] = 0x40000130u, [ROM_SPIFLASH_CONFIG_PARAM] = 0x40000134u,
      [ROM_SPIFLASH_UNLOCK] = 0x40000140u, [ROM_SPIFLASH_ATTACH] = 0x40000164u},
     PERIPHERALS},
    /* IRAM 0x40380000 is DRAM 0x3FCA0000 (256 KB). */
    {"esp32c2", {{0x3FCA0000u, 0x40000u, 0}, {0x40380000u, 0x40000u, 0}}, 0x3FCDE000u,
     {[ROM_ETS_DELAY_US] = 0x40000044u, [ROM_SOFTWARE_RESET] = 0x40000088u,
      [ROM_SPIFLASH_ERASE_CHIP] = 0x40000110u, [ROM_SPIFLASH_ERASE_SECTOR] = 0x40000130u,
      [ROM_SPIFLASH_ERASE_BLOCK] = 0x40000134u, [ROM_SPIFLASH_WRITE] = 0x40000138u,
      [ROM_SPIFLASH_READ] = 0x4000013Cu, [ROM_SPIFLASH_UNLOCK] = 0x40000140u,
      [ROM_SPIFLASH_CONFIG_PARAM] = 0x4000014Cu, [ROM_SPIFLASH_ATTACH] = 0x40000178u},
     PERIPHERALS},
    /* HP SRAM: one range for code and data. */
    {"esp32c6", {{0x40800000u, 0x80000u, 0}, {0, 0, 0}}, 0x4087E000u,
     {[ROM_ETS_DELAY_US] = 0x40000040u, [ROM_SOFTWARE_RESET] = 0x40000090u,
      [ROM_SPIFLASH_ERASE_CHIP] = 0x40000124u, [ROM_SPIFLASH_ERASE_SECTOR] = 0x40000144u,
      [ROM_SPIFLASH_ERASE_BLOCK] = 0x40000148u, [ROM_SPIFLASH_WRITE] = 0x4000014Cu,
      [ROM_SPIFLASH_READ] = 0x40000150u, [ROM_SPIFLASH_UNLOCK] = 0x40000154u,
      [ROM_SPIFLASH_CONFIG_PARAM] = 0x40000160u, [ROM_SPIFLASH_ATTACH] = 0x400001DCu},
     PERIPHERALS},
    /* The H2's smaller SRAM; the ROM's own data sits at its top. */
    {"esp32h2", {{0x40800000u, 0x50000u, 0}, {0, 0, 0}}, 0x4084E000u,
     {[ROM_ETS_DELAY_US] = 0x40000040u, [ROM_SOFTWARE_RESET] = 0x40000090u,
      [ROM_SPIFLASH_ERASE_CHIP] = 0x4000011Cu, [ROM_SPIFLASH_ERASE_SECTOR] = 0x4000013Cu,
      [ROM_SPIFLASH_ERASE_BLOCK] = 0x40000140u, [ROM_SPIFLASH_WRITE] = 0x40000144u,
      [ROM_SPIFLASH_READ] = 0x40000148u, [ROM_SPIFLASH_UNLOCK] = 0x4000014Cu,
      [ROM_SPIFLASH_CONFIG_PARAM] = 0x40000158u, [ROM_SPIFLASH_ATTACH] = 0x400001D4u},
     PERIPHERALS},
    /* issue 21 (docs/chips.md §21): the C5's and C61's SRAM with the ROM
     * loader's stack top (SOC_ROM_STACK_START), the same flash routines in
     * both ROMs; the P4's HP L2MEM, whose ROM loader stack moved at
     * revision 3.0 ("esp32p4rev1": below 3.0), its peripherals and UART0
     * at 0x500xxxxx. */
    {"esp32c5", {{0x40800000u, 0x60000u, 0}, {0, 0, 0}}, 0x4085E5A0u, C5_C61_ROM, C5_C61_PERIPHERALS},
    {"esp32c61", {{0x40800000u, 0x50000u, 0}, {0, 0, 0}}, 0x4084E670u, C5_C61_ROM,
     C5_C61_PERIPHERALS},
    {"esp32p4", {{0x4FF00000u, 0xC0000u, 0}, {0, 0, 0}}, 0x4FFBCFC0u, P4_ROM, P4_PERIPHERALS},
    {"esp32p4rev1", {{0x4FF00000u, 0xC0000u, 0}, {0, 0, 0}}, 0x4FF3CFC0u, P4_ROM,
     P4_PERIPHERALS},
};

static const struct chip *chip;

const struct chip *esp_chip_named(const char *name)
{
    for (unsigned i = 0; i < sizeof(chips) / sizeof(chips[0]); i++) {
        const char *a = chips[i].name, *b = name;
        while (*a && *a == *b)
            a++, b++;
        if (*a == *b)
            return &chips[i];
    }
    return 0;
}

/* ---- UART0 ---- */

#define UART0 (chip->uart0)
enum { UART_FIFO = 0x00, UART_INT_RAW = 0x04, UART_INT_ST = 0x08, UART_INT_ENA = 0x0C,
       UART_INT_CLR = 0x10, UART_CLKDIV = 0x14, UART_STATUS = 0x1C, UART_REG_UPDATE = 0x98 };
#define UART_FIFO_SIZE 128
#define UART_CLKDIV_INT_MASK 0xFFFu        /* bits 0-11; bits 20-23 sixteenths */
#define UART_RXFIFO_FULL_INT (1u << 0)
#define UART_RXFIFO_TOUT_INT (1u << 8)
#define BOOT_BAUD 115200u

/* A polling stub reads STATUS in a loop both while idle and, from
 * hal_background(), while busy; only the first may wait for the host. After
 * this many empty polls with nothing else in between the board sleeps until
 * a byte comes or WAIT_US pass, so idle costs no CPU and busy costs little. */
#define POLLS_BEFORE_WAIT 32
#define WAIT_US 2000u
#define LINK_IDLE_US 60000000u             /* a minute without input: the host is gone */

static struct {
    uint8_t rx[UART_FIFO_SIZE];
    uint32_t rx_head, rx_count;
    uint32_t int_raw, int_ena, clkdiv, xtal_hz;
    uint32_t empty_polls, idle_us;
} uart;

static uint32_t baud_of(uint32_t clkdiv)
{
    uint32_t sixteenths = ((clkdiv & UART_CLKDIV_INT_MASK) << 4) | ((clkdiv >> 20) & 0xF);
    return sixteenths ? uart.xtal_hz * 16 / sixteenths : 0; /* crystals below 268 MHz */
}

static void uart_init(uint32_t xtal_hz)
{
    uart.xtal_hz = xtal_hz;
    /* What the ROM's auto-baud leaves for the host's 115200 from this clock. */
    uint32_t sixteenths = (xtal_hz * 16 + BOOT_BAUD / 2) / BOOT_BAUD;
    uart.clkdiv = (sixteenths >> 4) | ((sixteenths & 0xF) << 20);
    /* The ROM loader's receive interrupts (which would take the bytes from a
     * polling stub) are on until the stub turns them off. */
    uart.int_ena = UART_RXFIFO_FULL_INT | UART_RXFIFO_TOUT_INT;
    board_log("UART0 CLKDIV 0x%x: %u baud from a %u Hz clock", uart.clkdiv, baud_of(uart.clkdiv),
              xtal_hz);
}

static void uart_fill(void)
{
    while (uart.rx_count < UART_FIFO_SIZE && console_rx_ready()) {
        uart.rx[(uart.rx_head + uart.rx_count++) % UART_FIFO_SIZE] = console_rx();
        uart.idle_us = 0;
    }
}

static uint32_t uart_status(void)
{
    uart_fill();
    if (uart.rx_count == 0 && ++uart.empty_polls >= POLLS_BEFORE_WAIT) {
        uart.empty_polls = 0;
        uart.idle_us += console_wait(WAIT_US);
        if (uart.idle_us > LINK_IDLE_US) {
            board_log("no input for %u s: the host has gone", LINK_IDLE_US / 1000000);
            board_exit(EXIT_LINK_IDLE);
        }
        uart_fill();
    }
    return uart.rx_count; /* RXFIFO_CNT in bits 0-9; TXFIFO_CNT (bits 16-25) is always 0 */
}

static uint32_t uart_read_fifo(void)
{
    if (uart.int_ena & (UART_RXFIFO_FULL_INT | UART_RXFIFO_TOUT_INT))
        board_fault("UART0 read with the ROM loader's receive interrupts still on "
                    "(INT_ENA 0x%x): its handler would take these bytes", uart.int_ena);
    uart_fill();
    if (uart.rx_count == 0)
        board_fault("UART0 FIFO read while STATUS says it is empty");
    uint8_t byte = uart.rx[uart.rx_head];
    uart.rx_head = (uart.rx_head + 1) % UART_FIFO_SIZE;
    uart.rx_count--;
    return byte;
}

static void uart_set_clkdiv(uint32_t value)
{
    board_log("UART0 CLKDIV 0x%x -> 0x%x: %u baud", uart.clkdiv, value, baud_of(value));
    uart.clkdiv = value;
}

/* ---- other registers: plain words ---- */

#define PLAIN_REGISTERS 64
static struct {
    uint32_t addr, value;
} plain[PLAIN_REGISTERS];
static unsigned plain_used;

static uint32_t *plain_register(uint32_t addr)
{
    for (unsigned i = 0; i < plain_used; i++) {
        if (plain[i].addr == addr)
            return &plain[i].value;
    }
    if (plain_used == PLAIN_REGISTERS)
        board_fault("more than %u registers touched", PLAIN_REGISTERS);
    plain[plain_used].addr = addr;
    plain[plain_used].value = 0;
    return &plain[plain_used++].value;
}

int esp_is_register(uint32_t addr)
{
    return addr >= chip->periph_start && addr < chip->periph_end;
}

/* The offset of a UART0 register, or UART0_NONE for any other address. */
#define UART0_NONE 0xFFFFFFFFu
static uint32_t uart0_offset(uint32_t addr)
{
    return addr - UART0 < 0x100u ? addr - UART0 : UART0_NONE;
}

uint32_t esp_reg_load(uint32_t addr)
{
    uint32_t reg = uart0_offset(addr);
    if (reg == UART_STATUS)
        return uart_status();
    uart.empty_polls = 0;
    switch (reg) {
    case UART_FIFO: return uart_read_fifo();
    case UART_INT_RAW: return uart.int_raw;
    case UART_INT_ST: return uart.int_raw & uart.int_ena;
    case UART_INT_ENA: return uart.int_ena;
    case UART_INT_CLR: return 0;
    case UART_CLKDIV: return uart.clkdiv;
    case UART_REG_UPDATE: return 0; /* the update is done at once */
    default: return *plain_register(addr);
    }
}

static uint32_t merged(uint32_t old, uint32_t value, int width, uint32_t lane_shift)
{
    uint32_t mask = width == 4 ? 0xFFFFFFFFu : ((1u << (8 * width)) - 1) << lane_shift;
    return (old & ~mask) | (value & mask);
}

static void spi_mem_store(uint32_t addr); /* SPI_MEM user commands, below */

/* A store of `width` bytes at `addr` (aligned to its width): `value` is
 * what the instruction stores, in its low bytes. */
void esp_reg_store(uint32_t addr, uint32_t value, int width)
{
    uart.empty_polls = 0;
    uint32_t lanes = 8 * (addr & 3);
    value <<= lanes;
    addr &= ~3u;
    switch (uart0_offset(addr)) {
    case UART_FIFO:
        console_tx((uint8_t)(value >> lanes));
        return;
    case UART_INT_ENA:
        uart.int_ena = merged(uart.int_ena, value, width, lanes);
        return;
    case UART_INT_CLR:
        uart.int_raw &= ~value;
        return;
    case UART_CLKDIV:
        uart_set_clkdiv(merged(uart.clkdiv, value, width, lanes));
        return;
    case UART_STATUS:
        return; /* read-only */
    case UART_REG_UPDATE:
        if (value & 1)
            board_log("UART0 REG_UPDATE: CLKDIV 0x%x in effect", uart.clkdiv);
        return;
    default: {
        uint32_t *reg = plain_register(addr);
        *reg = merged(*reg, value, width, lanes);
        if (chip->spi_mem && addr == chip->spi_mem) /* SPI_MEM_CMD */
            spi_mem_store(addr);
    }
    }
}

/* ---- the ROM's SPI flash routines, over flash.bin ---- */

enum { ROM_OK = 0, ROM_ERR = 1 };
#define FLASH_SECTOR 0x1000u   /* the 20h command's erase: 4 KiB */
#define FLASH_BLOCK 0x10000u   /* the D8h command's erase: 64 KiB */

static struct {
    uint32_t chip_size, block_size, sector_size, page_size;
    int attached;
} geometry;

static uint8_t chunk[256];

static int in_file(uint32_t offset, uint32_t len)
{
    if (offset <= flash_file_size() && len <= flash_file_size() - offset)
        return 1;
    board_log("flash access 0x%x+0x%x beyond flash.bin (%u bytes)", offset, len,
              flash_file_size());
    return 0;
}

static void check_attached(const char *routine)
{
    if (!geometry.attached)
        board_fault("%s before esp_rom_spiflash_attach: the flash pins are not routed", routine);
}

static int erase(uint32_t offset, uint32_t len)
{
    if (!in_file(offset, len))
        return ROM_ERR;
    for (uint32_t i = 0; i < sizeof(chunk); i++)
        chunk[i] = 0xFF;
    for (uint32_t done = 0; done < len; done += sizeof(chunk)) {
        if (flash_file_write(offset + done, chunk, sizeof(chunk)))
            return ROM_ERR;
    }
    return ROM_OK;
}

/* The ROM's routines send 3-byte flash addresses (docs/protocol.md §20.1): a
 * range past 16 MiB would land 16 MiB lower on a real part. A build that asks
 * this of its ROM is wrong on any chip. */
#define FLASH_3BYTE_END (16u << 20)
static void check_3byte(const char *routine, uint32_t offset, uint32_t len)
{
    if (offset > FLASH_3BYTE_END || len > FLASH_3BYTE_END - offset)
        board_fault("%s at 0x%x+0x%x: past 16 MiB, where the ROM's 24-bit addresses do not reach",
                    routine, offset, len);
}

static uint32_t rom_erase_sector(uint32_t sector)
{
    check_attached("esp_rom_spiflash_erase_sector");
    if (!geometry.sector_size || sector >= geometry.chip_size / geometry.sector_size)
        return ROM_ERR;
    uint32_t offset = sector * geometry.sector_size;
    if (offset % FLASH_SECTOR)
        return ROM_ERR;
    check_3byte("esp_rom_spiflash_erase_sector", offset, FLASH_SECTOR);
    return erase(offset, FLASH_SECTOR);
}

static uint32_t rom_erase_block(uint32_t block)
{
    check_attached("esp_rom_spiflash_erase_block");
    if (!geometry.block_size || block >= geometry.chip_size / geometry.block_size)
        return ROM_ERR;
    check_3byte("esp_rom_spiflash_erase_block", block * geometry.block_size, FLASH_BLOCK);
    return erase(block * geometry.block_size & ~(FLASH_BLOCK - 1), FLASH_BLOCK);
}

static uint32_t rom_erase_chip(void)
{
    check_attached("esp_rom_spiflash_erase_chip");
    return erase(0, flash_file_size() & ~(FLASH_SECTOR - 1));
}

/* The routines move whole words from and to word-aligned buffers. */
static void check_buffer(const char *routine, uint32_t buffer)
{
    if (buffer & 3)
        board_fault("%s with a buffer at 0x%x, not word-aligned", routine, buffer);
}

static uint32_t rom_read(uint32_t offset, uint32_t dest, int32_t len)
{
    check_attached("esp_rom_spiflash_read");
    check_buffer("esp_rom_spiflash_read", dest);
    if (len < 0 || offset + (uint32_t)len > geometry.chip_size)
        return ROM_ERR;
    uint32_t bytes = ((uint32_t)len + 3) & ~3u;
    check_3byte("esp_rom_spiflash_read", offset, bytes);
    if (!in_file(offset, bytes))
        return ROM_ERR;
    for (uint32_t done = 0; done < bytes; done += sizeof(chunk)) {
        uint32_t n = bytes - done < sizeof(chunk) ? bytes - done : sizeof(chunk);
        if (flash_file_read(offset + done, chunk, n))
            return ROM_ERR;
        if (board_write_chip(dest + done, chunk, n))
            board_fault("esp_rom_spiflash_read into 0x%x, which is not RAM", dest + done);
    }
    return ROM_OK;
}

/* Page programs only take whole words, so the offset and length must be too. */
static uint32_t rom_write(uint32_t offset, uint32_t src, int32_t len)
{
    check_attached("esp_rom_spiflash_write");
    check_buffer("esp_rom_spiflash_write", src);
    if (len < 0 || offset + (uint32_t)len > geometry.chip_size || ((offset | (uint32_t)len) & 3))
        return ROM_ERR;
    check_3byte("esp_rom_spiflash_write", offset, (uint32_t)len);
    if (!in_file(offset, (uint32_t)len))
        return ROM_ERR;
    static uint8_t data[sizeof(chunk)];
    for (uint32_t done = 0; done < (uint32_t)len; done += sizeof(chunk)) {
        uint32_t n = (uint32_t)len - done < sizeof(chunk) ? (uint32_t)len - done : sizeof(chunk);
        if (board_read_chip(src + done, data, n))
            board_fault("esp_rom_spiflash_write from 0x%x, which is not RAM", src + done);
        if (flash_file_read(offset + done, chunk, n))
            return ROM_ERR;
        for (uint32_t i = 0; i < n; i++)
            chunk[i] &= data[i]; /* NOR: programming only clears bits */
        if (flash_file_write(offset + done, chunk, n))
            return ROM_ERR;
    }
    return ROM_OK;
}

static uint32_t rom_config_param(const uint32_t *a)
{
    geometry.chip_size = a[1];
    geometry.block_size = a[2];
    geometry.sector_size = a[3];
    geometry.page_size = a[4];
    return ROM_OK;
}

/* ---- SPI_MEM user commands over flash.bin ---- */
/* The C5, C61 and P4 builds drive SPI1 themselves past 16 MiB, with the S3's
 * SPI_MEM user-command layout (docs/chips.md §21.7): opcode in USER2 bits 0-7,
 * address in ADDR with USER1 bits 26-31 + 1 bits, data in W0-W15. The part
 * is a 32 MiB NOR in its power-up 3-byte mode (docs/protocol.md §20.1): the
 * 3-byte opcodes take 24-bit addresses, the 4-byte ones 32-bit; either sent
 * with the other width is a fault, as is an opcode not modelled here. It is
 * never busy and never protected, so RDSR reads 0. */
enum { SPI_CMD = 0x00, SPI_ADDR = 0x04, SPI_USER = 0x18, SPI_USER1 = 0x1C, SPI_USER2 = 0x20,
       SPI_MOSI_DLEN = 0x24, SPI_MISO_DLEN = 0x28, SPI_W0 = 0x58 };
#define SPI_CMD_USR (1u << 18)
#define SPI_USR_ADDR (1u << 30)
#define SPI_USR_MISO (1u << 28)
#define SPI_USR_MOSI (1u << 27)
#define SPI_DATA_MAX 64u

static struct {
    int write_enabled;
    uint32_t seen[8];          /* opcodes logged once */
} spi;

static uint32_t spi_reg(uint32_t offset)
{
    return *plain_register(chip->spi_mem + offset);
}

/* 0: no address; 24 or 32 for the opcodes that carry one. */
static uint32_t address_bits_of(uint8_t op)
{
    switch (op) {
    case 0x03: case 0x02: case 0x20: case 0xD8: return 24;
    case 0x13: case 0x12: case 0x21: case 0xDC: return 32;
    default: return 0;
    }
}

static void spi_program(uint32_t offset, const uint8_t *data, uint32_t n)
{
    if (!in_file(offset, n) || (offset & 0xFF) + n > 0x100)
        board_fault("SPI_MEM page program at 0x%x+0x%x: past flash.bin or a page", offset, n);
    flash_file_read(offset, chunk, n);
    for (uint32_t i = 0; i < n; i++)
        chunk[i] &= data[i];
    flash_file_write(offset, chunk, n);
}

static void spi_user_command(void)
{
    check_attached("a SPI_MEM user command");
    uint32_t user = spi_reg(SPI_USER);
    uint8_t op = (uint8_t)spi_reg(SPI_USER2);
    uint32_t bits = user & SPI_USR_ADDR ? (spi_reg(SPI_USER1) >> 26) + 1 : 0;
    if (bits != address_bits_of(op))
        board_fault("SPI_MEM opcode 0x%x with a %u-bit address phase", op, bits);
    uint32_t offset = bits == 24 ? spi_reg(SPI_ADDR) & 0xFFFFFFu : spi_reg(SPI_ADDR);
    uint32_t out = user & SPI_USR_MOSI ? spi_reg(SPI_MOSI_DLEN) / 8 + 1 : 0;
    uint32_t in = user & SPI_USR_MISO ? spi_reg(SPI_MISO_DLEN) / 8 + 1 : 0;
    if (out > SPI_DATA_MAX || in > SPI_DATA_MAX)
        board_fault("SPI_MEM user command moving more than 64 bytes");
    if (!(spi.seen[op / 32] & (1u << (op % 32)))) {
        spi.seen[op / 32] |= 1u << (op % 32);
        board_log("SPI_MEM opcode 0x%x first used, address 0x%x (%u bits)", op, offset, bits);
    }
    uint8_t data[SPI_DATA_MAX] = {0};
    for (uint32_t i = 0; i < out; i++)
        data[i] = (uint8_t)(spi_reg(SPI_W0 + (i & ~3u)) >> (8 * (i & 3)));
    int wel = spi.write_enabled;
    spi.write_enabled = 0;
    switch (op) {
    case 0x06: spi.write_enabled = 1; break;                     /* WREN */
    case 0x05: case 0x35: break;                                 /* RDSR, RDSR2: 0 */
    case 0x01: break;                                            /* WRSR: nothing protected */
    case 0x03: case 0x13:                                        /* READ, READ4 */
        if (!in_file(offset, in))
            board_fault("SPI_MEM read at 0x%x+0x%x past flash.bin", offset, in);
        flash_file_read(offset, data, in);
        break;
    case 0x02: case 0x12:                                        /* PP, PP4 */
        if (wel)
            spi_program(offset, data, out);
        break;
    case 0x20: case 0x21:                                        /* SE, SE4 */
        if (wel)
            erase(offset & ~(FLASH_SECTOR - 1), FLASH_SECTOR);
        break;
    case 0xD8: case 0xDC:                                        /* BE, BE4 */
        if (wel)
            erase(offset & ~(FLASH_BLOCK - 1), FLASH_BLOCK);
        break;
    case 0xC7:                                                   /* CE */
        if (wel)
            erase(0, flash_file_size() & ~(FLASH_SECTOR - 1));
        break;
    default:
        board_fault("SPI_MEM opcode 0x%x is not modelled", op);
    }
    for (uint32_t i = 0; i < in; i += 4)
        *plain_register(chip->spi_mem + SPI_W0 + i) =
            (uint32_t)data[i] | (uint32_t)data[i + 1] << 8 | (uint32_t)data[i + 2] << 16 |
            (uint32_t)data[i + 3] << 24;
}

static void spi_mem_store(uint32_t addr)
{
    uint32_t *cmd = plain_register(addr);
    if (*cmd & SPI_CMD_USR) {
        spi_user_command();
        *cmd &= ~SPI_CMD_USR; /* done at once */
    }
}

uint32_t esp_rom_call(uint32_t addr, const uint32_t a[6])
{
    uart.empty_polls = 0;
    int routine = -1;
    for (int r = 0; r < ROM_ROUTINES; r++) {
        if (chip->rom[r] == addr)
            routine = r;
    }
    switch (routine) {
    case ROM_ETS_DELAY_US:
        return 0; /* time is not modelled */
    case ROM_SOFTWARE_RESET:
        board_log("software_reset");
        board_exit(EXIT_SOFT_RESET);
    case ROM_SPIFLASH_ERASE_CHIP: return rom_erase_chip();
    case ROM_SPIFLASH_ERASE_SECTOR: return rom_erase_sector(a[0]);
    case ROM_SPIFLASH_ERASE_BLOCK: return rom_erase_block(a[0]);
    case ROM_SPIFLASH_WRITE: return rom_write(a[0], a[1], (int32_t)a[2]);
    case ROM_SPIFLASH_READ: return rom_read(a[0], a[1], (int32_t)a[2]);
    case ROM_SPIFLASH_UNLOCK: check_attached("esp_rom_spiflash_unlock"); return ROM_OK;
    case ROM_SPIFLASH_CONFIG_PARAM: return rom_config_param(a);
    case ROM_SPIFLASH_ATTACH:
        geometry.attached = 1;
        return 0;
    default:
        board_fault("the stub jumped to 0x%x: no routine of the %s ROM is there", addr, chip->name);
    }
}

void esp_doubles_init(const struct chip *which, uint32_t xtal_hz)
{
    chip = which;
    uart_init(xtal_hz);
    /* The geometry is unset until config_param: a stub relying on whatever
     * the ROM left there fails here. */
    geometry.chip_size = 0;
}
