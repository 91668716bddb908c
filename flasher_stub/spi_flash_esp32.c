/* SPI NOR flash through the ESP32's SPI1 user-command registers
 * (docs/protocol.md §8.1/§8.2, with a 24-bit address phase), JEDEC-style opcodes.
 * Waits poll the busy bit and call hal_background() meanwhile, so a polling
 * target keeps receiving. Program and read move at most 64 bytes (W0-W15). */
#include "spi_flash_esp32.h"
#include "hal.h"

/* SPI1, the flash controller (docs/protocol.md §8.1). */
#if defined(CHIP_ESP32S3) || defined(CHIP_ESP32S2) || defined(SPI_MEM_BASE)
/* ESP32-S3 SPI1 (SPI_MEM, docs/chips.md §4): the same user commands, every
 * register 4 bytes lower, W0 at 0x58, the address in the low bits. The
 * ESP32-S2's SPI1 has this layout at 0x3F402000; the C5, C61 and P4 builds,
 * which reach flash past 16 MiB through this driver, name theirs in
 * SPI_MEM_BASE (docs/chips.md §21.7). */
#if defined(SPI_MEM_BASE)
#define SPI_BASE SPI_MEM_BASE
#elif defined(CHIP_ESP32S2)
#define SPI_BASE 0x3F402000u
#else
#define SPI_BASE 0x60002000u
#endif
#define SPI_CMD (SPI_BASE + 0x00)
#define SPI_ADDR (SPI_BASE + 0x04)
#define SPI_USER (SPI_BASE + 0x18)
#define SPI_USER1 (SPI_BASE + 0x1C)
#define SPI_USER2 (SPI_BASE + 0x20)
#define SPI_MOSI_DLEN (SPI_BASE + 0x24)
#define SPI_MISO_DLEN (SPI_BASE + 0x28)
#define SPI_W0 (SPI_BASE + 0x58)
#define SPI_ADDR_VALUE(addr) (addr)
#else
#define SPI_BASE 0x3FF42000u
#define SPI_CMD (SPI_BASE + 0x00)
#define SPI_ADDR (SPI_BASE + 0x04)
#define SPI_USER (SPI_BASE + 0x1C)
#define SPI_USER1 (SPI_BASE + 0x20)
#define SPI_USER2 (SPI_BASE + 0x24)
#define SPI_MOSI_DLEN (SPI_BASE + 0x28)
#define SPI_MISO_DLEN (SPI_BASE + 0x2C)
#define SPI_W0 (SPI_BASE + 0x80)
#define SPI_ADDR_VALUE(addr) ((addr) << 8) /* left-aligned, docs/protocol.md §8.2 */
#endif
#define SPI_CMD_USR (1u << 18)
#define SPI_USR_COMMAND (1u << 31)
#define SPI_USR_ADDR (1u << 30)
#define SPI_USR_MISO (1u << 28)
#define SPI_USR_MOSI (1u << 27)
#define SPI_USR_ADDR_BITLEN_SHIFT 26
#define SPI_DATA_MAX 64

/* Flash opcodes (JEDEC-style serial NOR, as in docs/protocol.md §8.4 and §10.6). */
#define FLASH_WREN 0x06
#define FLASH_RDSR 0x05
#define FLASH_RDSR2 0x35
#define FLASH_WRSR 0x01
#define FLASH_READ 0x03
#define FLASH_PP 0x02
#define FLASH_SE 0x20
#define FLASH_BE 0xD8
#define FLASH_CE 0xC7
/* Past 16 MiB the address takes four bytes: the opcodes that carry one (W25Q256JV
 * datasheet, docs/protocol.md §20.1), so the part stays in its 3-byte power-up mode for the
 * ROM and the bootloader. Only where the controller's address phase is not left-aligned
 * in 24 bits (SPI_MEM) and the chip's flash may be larger: the S3, C5, C61, P4
 * (docs/protocol.md §20.2). */
#define FLASH_READ4 0x13
#define FLASH_PP4 0x12
#define FLASH_SE4 0x21
#define FLASH_BE4 0xDC
#define FLASH_3BYTE_END (16u << 20)
#define FLASH_STATUS_WIP 0x01
#define FLASH_STATUS_QE (1u << 9) /* docs/protocol.md §10.5: the only protection-area bit kept */
#define FLASH_PAGE 256

static void spi_wait_idle(void)
{
    while (hal_read_reg(SPI_CMD) & SPI_CMD_USR)
        hal_background();
}

/* Run one flash command: opcode, an address of addr_bits (0: none), up to
 * 64 bytes out, up to 64 bytes in. */
static void spi_command(uint8_t op, uint32_t addr_bits, uint32_t addr, const uint8_t *out,
                        uint32_t out_len, uint8_t *in, uint32_t in_len)
{
    spi_wait_idle();
    uint32_t user = SPI_USR_COMMAND;
    if (addr_bits) {
        user |= SPI_USR_ADDR;
        hal_write_reg(SPI_USER1, (addr_bits - 1) << SPI_USR_ADDR_BITLEN_SHIFT);
        hal_write_reg(SPI_ADDR, SPI_ADDR_VALUE(addr));
    }
    if (out_len) {
        user |= SPI_USR_MOSI;
        hal_write_reg(SPI_MOSI_DLEN, out_len * 8 - 1);
        for (uint32_t i = 0; i < out_len; i += 4) {
            uint32_t word = 0;
            for (uint32_t b = 0; b < 4 && i + b < out_len; b++)
                word |= (uint32_t)out[i + b] << (8 * b);
            hal_write_reg(SPI_W0 + i, word);
        }
    } else {
        hal_write_reg(SPI_W0, 0);
    }
    if (in_len) {
        user |= SPI_USR_MISO;
        hal_write_reg(SPI_MISO_DLEN, in_len * 8 - 1);
    }
    hal_write_reg(SPI_USER, user);
    hal_write_reg(SPI_USER2, (7u << 28) | op);
    hal_write_reg(SPI_CMD, SPI_CMD_USR);
    spi_wait_idle();
    for (uint32_t i = 0; i < in_len; i++)
        in[i] = (uint8_t)(hal_read_reg(SPI_W0 + (i & ~3u)) >> (8 * (i & 3)));
}

/* The opcode and address length for [addr, addr+len): 24 bits inside the first
 * 16 MiB, else the 4-byte-address form of the same command. */
static uint8_t addressed(uint8_t op3, uint8_t op4, uint32_t addr, uint32_t len, uint32_t *bits)
{
#if defined(CHIP_ESP32S3) || defined(SPI_MEM_BASE)
    if (addr + len > FLASH_3BYTE_END) {
        *bits = 32;
        return op4;
    }
#else
    (void)op4, (void)addr, (void)len;
#endif
    *bits = 24;
    return op3;
}

static uint8_t read_status_byte(uint8_t op)
{
    uint8_t s;
    spi_command(op, 0, 0, 0, 0, &s, 1);
    return s;
}

static void wait_flash_ready(void)
{
    while (read_status_byte(FLASH_RDSR) & FLASH_STATUS_WIP)
        hal_background();
}

static void write_enable(void)
{
    spi_command(FLASH_WREN, 0, 0, 0, 0, 0, 0);
}

static int erase_command(uint8_t op, uint32_t addr_bits, uint32_t addr)
{
    wait_flash_ready();
    write_enable();
    spi_command(op, addr_bits, addr, 0, 0, 0, 0);
    wait_flash_ready();
    return 0;
}

int esp32_spi_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
    while (len > 0) {
        uint32_t chunk = len < SPI_DATA_MAX ? len : SPI_DATA_MAX;
        uint32_t bits;
        uint8_t op = addressed(FLASH_READ, FLASH_READ4, addr, chunk, &bits);
        spi_command(op, bits, addr, 0, 0, buf, chunk);
        addr += chunk;
        buf += chunk;
        len -= chunk;
    }
    return 0;
}

int esp32_spi_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    while (len > 0) {
        uint32_t to_page_end = FLASH_PAGE - (addr & (FLASH_PAGE - 1));
        uint32_t chunk = len < SPI_DATA_MAX ? len : SPI_DATA_MAX;
        if (chunk > to_page_end)
            chunk = to_page_end;
        wait_flash_ready();
        write_enable();
        uint32_t bits;
        uint8_t op = addressed(FLASH_PP, FLASH_PP4, addr, chunk, &bits);
        spi_command(op, bits, addr, data, chunk, 0, 0);
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    wait_flash_ready();
    return 0;
}

int esp32_spi_erase_sector(uint32_t addr)
{
    uint32_t bits;
    uint8_t op = addressed(FLASH_SE, FLASH_SE4, addr, 0x1000, &bits);
    return erase_command(op, bits, addr);
}

int esp32_spi_erase_block(uint32_t addr)
{
    uint32_t bits;
    uint8_t op = addressed(FLASH_BE, FLASH_BE4, addr, 0x10000, &bits);
    return erase_command(op, bits, addr);
}

int esp32_spi_erase_chip(void)
{
    return erase_command(FLASH_CE, 0, 0);
}

/* docs/protocol.md §10.5: clear every protection bit but Quad Enable (status bit 9), writing
 * both status bytes with one WRSR. */
int esp32_spi_unlock(void)
{
    wait_flash_ready();
    uint32_t status = read_status_byte(FLASH_RDSR) | ((uint32_t)read_status_byte(FLASH_RDSR2) << 8);
    uint32_t wanted = status & FLASH_STATUS_QE;
    if (status == wanted)
        return 0;
    uint8_t bytes[2] = {(uint8_t)wanted, (uint8_t)(wanted >> 8)};
    write_enable();
    spi_command(FLASH_WRSR, 0, 0, bytes, 2, 0, 0);
    wait_flash_ready();
    return 0;
}
