/* Start-up for the chip targets: the ROM loader jumps to stub_entry (the
 * ELF entry point) after MEM_END. .bss is not uploaded (docs/protocol.md §10.1),
 * so it is cleared here before anything else runs. */
#include <stddef.h>
#include <stdint.h>
#include "stub.h"

extern uint32_t _bss_start[], _bss_end[];

#ifdef CHIP_ESP32
void esp32_window_reset(void);
#endif

void stub_entry(void)
{
#ifdef CHIP_ESP32
    esp32_window_reset();
#endif
    for (volatile uint32_t *p = _bss_start; p < _bss_end; p++)
        *p = 0;
    stub_main();
    for (;;) {
    }
}

/* The compiler may emit calls to these for struct copies and clears. */
void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

/* Unsigned division helpers the compiler calls; this toolchain's libgcc
 * expects them from the ESP8266 ROM, which the ESP32 does not have.
 * Plain shift-and-subtract: only the baud change and Adler-32 divide. */
static uint32_t divide(uint32_t n, uint32_t d, uint32_t *rem)
{
    uint32_t q = 0, r = 0;
    for (int bit = 31; bit >= 0; bit--) {
        r = (r << 1) | ((n >> bit) & 1);
        if (r >= d) {
            r -= d;
            q |= 1u << bit;
        }
    }
    *rem = r;
    return q;
}

uint32_t __udivsi3(uint32_t n, uint32_t d)
{
    uint32_t r;
    return divide(n, d, &r);
}

uint32_t __umodsi3(uint32_t n, uint32_t d)
{
    uint32_t r;
    divide(n, d, &r);
    return r;
}
