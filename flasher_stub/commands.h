/* Command dispatch: one handler per opcode of docs/protocol.md §5 and §5.11. */
#ifndef COMMANDS_H
#define COMMANDS_H

#include <stdint.h>
#include "slip.h"

/* Opcodes (docs/protocol.md §5.1). */
enum {
    OP_FLASH_BEGIN = 0x02,
    OP_FLASH_DATA = 0x03,
    OP_FLASH_END = 0x04,
    OP_MEM_BEGIN = 0x05,
    OP_MEM_END = 0x06,
    OP_MEM_DATA = 0x07,
    OP_SYNC = 0x08,
    OP_WRITE_REG = 0x09,
    OP_READ_REG = 0x0A,
    OP_SPI_SET_PARAMS = 0x0B,
    OP_SPI_ATTACH = 0x0D,
    OP_CHANGE_BAUDRATE = 0x0F,
    OP_FLASH_DEFL_BEGIN = 0x10,
    OP_FLASH_DEFL_DATA = 0x11,
    OP_FLASH_DEFL_END = 0x12,
    OP_SPI_FLASH_MD5 = 0x13,
    OP_ERASE_FLASH = 0xD0,
    OP_ERASE_REGION = 0xD1,
    OP_READ_FLASH = 0xD2,
    OP_RUN_USER_CODE = 0xD3,
    OP_FLASH_SECTOR_MD5 = 0xDA, /* ours: docs/protocol.md §5.13 */
    OP_CHECKED_EXCHANGES = 0xE0, /* ours: docs/protocol.md §5.14 */
    OP_FLASH_WRITTEN_MD5 = 0xE1, /* ours: docs/protocol.md §5.16 */
};

/* Stub error codes, byte 0 of the status (docs/protocol.md §4.3). */
enum {
    ESP_OK = 0x00,
    ESP_FAILED = 0x01,
    ESP_BAD_DATA_LEN = 0xC0,
    ESP_BAD_DATA_CHECKSUM = 0xC1,
    ESP_BAD_BLOCKSIZE = 0xC2,
    ESP_INVALID_COMMAND = 0xC3,
    ESP_FAILED_SPI_OP = 0xC4,
    ESP_FAILED_SPI_UNLOCK = 0xC5,
    ESP_NOT_IN_FLASH_MODE = 0xC6,
    ESP_INFLATE_ERROR = 0xC7,
    ESP_NOT_ENOUGH_DATA = 0xC8,
    ESP_TOO_MUCH_DATA = 0xC9,
    ESP_BAD_REQUEST_CHECKSUM = 0xCA, /* ours: a checked request's CRC-32 is wrong (docs/protocol.md §5.14) */
    ESP_CMD_NOT_IMPLEMENTED = 0xFF,
};

#define FLASH_SECTOR_SIZE 0x1000u
#define FLASH_BLOCK_SIZE 0x10000u
#define FLASH_PAGE_SIZE 0x100u     /* what one page program writes at most */
#define MAX_WRITE_BLOCK 0x4000u   /* FLASH_DATA / FLASH_DEFL_DATA payload */
#define MAX_DATA_LEN 0x4010u      /* docs/protocol.md §4.3: longer requests get 0xC0 / 0xEE */
#define READ_PACKET_MAX 0x1000u   /* docs/protocol.md §12.1 */
#define MAX_DIGEST_SECTORS 1024u  /* FLASH_SECTOR_MD5: 16 KiB of digests per reply (docs/protocol.md §5.13) */

void commands_init(void);
/* Handle one received frame; releases it when done with it. */
void commands_handle(struct rx_frame *frame);

#endif
