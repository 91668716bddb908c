/*
 * Payload of the "realistic" test ELFs: code and data of every kind the
 * image commands meet, in the input sections the linker scripts in ../ld
 * place (IRAM code, flash code, read-only data, initialised data, bss, RTC
 * memory). It is compiled for the lx106 core and never runs: the tests only
 * care about where the bytes land and what they are.
 */
#include <stdint.h>

#define FLASH_CODE  __attribute__((section(".flash_code"), noinline))
#define VECTORS     __attribute__((section(".vectors"), noinline))
#define RTC_DATA    __attribute__((section(".rtc_data")))

/* Read-only data: a CRC table and some text. */
const uint32_t crc_table[64] = {
    0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f,
    0xe963a535, 0x9e6495a3, 0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988,
    0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91, 0x1db71064, 0x6ab020f2,
    0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
    0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9,
    0xfa0f3d63, 0x8d080df5, 0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172,
    0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b, 0x35b5a8fa, 0x42b2986c,
    0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
    0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423,
    0xcfba9599, 0xb8bda50f, 0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924,
    0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
};
const char banner[] = "esptool test payload: not meant to run";

/* Initialised data; its length is deliberately not a multiple of 4. */
volatile uint8_t counters[13] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
/* Zero-initialised: NOBITS, never part of an image. */
volatile uint32_t scratch[256];
RTC_DATA volatile uint32_t boot_count = 0x5a5a5a5a;

FLASH_CODE uint32_t crc32_update(uint32_t crc, const uint8_t *data, uint32_t len)
{
    while (len--) {
        crc = crc_table[(crc ^ *data) & 0x3f] ^ (crc >> 6);
        crc = crc_table[(crc ^ (*data++ >> 6)) & 0x3f] ^ (crc >> 6);
    }
    return crc;
}

FLASH_CODE void fill_scratch(uint32_t seed)
{
    for (int i = 0; i < 256; i++) {
        seed = seed * 1103515245u + 12345u;
        scratch[i] = seed ^ crc32_update(seed, (const uint8_t *)banner, sizeof banner);
    }
}

VECTORS void exception_vector(void)
{
    counters[0]++;
}

void call_user_start(void)
{
    boot_count++;
    fill_scratch(boot_count);
    for (int i = 0; i < 13; i++)
        counters[i] += (uint8_t)scratch[i];
    exception_vector();
}
