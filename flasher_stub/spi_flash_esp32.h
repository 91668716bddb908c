/* SPI NOR flash through the ESP32's SPI1 "user command" registers. Register
 * access goes through hal_read_reg/hal_write_reg, so the same driver runs on
 * the chip (hal_esp32.c) and, in tests, against espsim's SPI1 model
 * (hal_host.c --esp32-spi). Functions return 0 on success. */
#ifndef SPI_FLASH_ESP32_H
#define SPI_FLASH_ESP32_H
#include <stdint.h>
int esp32_spi_read(uint32_t addr, uint8_t *buf, uint32_t len);
int esp32_spi_write(uint32_t addr, const uint8_t *data, uint32_t len);
int esp32_spi_erase_sector(uint32_t addr);
int esp32_spi_erase_block(uint32_t addr);
int esp32_spi_erase_chip(void);
int esp32_spi_unlock(void);
#endif
