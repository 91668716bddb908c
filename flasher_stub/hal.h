/* The hardware abstraction every target provides (hal_host.c, hal_esp8266.c,
 * hal_esp32.c). The portable core (slip.c, commands.c, inflate.c, md5.c,
 * stub.c) reaches the chip only through these functions.
 *
 * Conventions: functions returning int return 0 on success and non-zero on
 * failure. Flash addresses are byte offsets into the SPI flash. */
#ifndef HAL_H
#define HAL_H

#include <stdint.h>

/* Bring the target up: UART receive path, flash attached with default pins. */
void hal_init(void);

/* Link to the host computer. Received bytes are handed to slip_rx_byte()
 * (slip.h), either from an interrupt handler or from hal_rx_poll().
 * hal_rx_poll() is called whenever the core waits for a frame; it returns a
 * negative value when the link is gone for good (host build: end of input). */
int hal_rx_poll(void);
void hal_tx(const uint8_t *data, uint32_t len);
/* Hand buffered output to the link without waiting for it to leave. */
void hal_tx_push(void);
/* Wait until every byte has left the UART (before a baud change or reset). */
void hal_tx_flush(void);
void hal_set_baud(uint32_t new_baud, uint32_t old_baud);
/* Called often during long work (inflating, waiting for the flash): a
 * target that receives by polling drains its receive FIFO here. */
void hal_background(void);
void hal_delay_us(uint32_t us);

/* SPI flash. hal_flash_write needs addr and len to be multiples of 4; data
 * may sit at any alignment in memory. */
uint32_t hal_flash_size(void); /* physical size if known, else 0xFFFFFFFF */
int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len);
int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len);
int hal_flash_erase_sector(uint32_t addr); /* 4 KiB, addr aligned */
int hal_flash_erase_block(uint32_t addr);  /* 64 KiB, addr aligned */
int hal_flash_erase_chip(void);
int hal_flash_unlock(void);
int hal_flash_attach(uint32_t config);
/* docs/protocol.md §5.8: id, total size, block, sector, page, status mask.
 * Returns the ROM routine's result code (0 = fine). */
int hal_flash_set_params(const uint32_t params[6]);

/* Memory and registers, for READ_REG/WRITE_REG and MEM_* (RAM download). */
uint32_t hal_read_reg(uint32_t addr);
void hal_write_reg(uint32_t addr, uint32_t value);
int hal_mem_write(uint32_t addr, const uint8_t *data, uint32_t len);
/* Non-zero if [addr, addr+len) may be written by MEM_DATA (not our own RAM). */
int hal_mem_range_ok(uint32_t addr, uint32_t len);

/* These do not return. */
void hal_jump(uint32_t entry);   /* MEM_END with an entry point */
void hal_soft_reset(void);       /* FLASH_END flag 0: back into the ROM loader */
void hal_run_user_code(void);    /* RUN_USER_CODE: boot the firmware in flash */

#endif
