/* Checks the ESP32 trampoline (rom_call_esp32.S) on QEMU: call0 code calls
 * a windowed routine deep enough to spill and refill every register window,
 * and afterwards its own callee-saved registers and stack are intact. Exit
 * status 0 = pass; otherwise the number of the failed check. */
#include <stdint.h>

uint32_t rom_call_windowed(uint32_t fn, uint32_t arg0, uint32_t arg1, uint32_t arg2);
void esp32_window_reset(void);
void wfn(void);

static const uint32_t DEPTHS[] = {0, 1, 2, 5, 9, 30, 100};

static __attribute__((noinline)) uint32_t call_deep(uint32_t depth, uint32_t x)
{
    return rom_call_windowed((uint32_t)wfn, depth, x, (uint32_t)wfn);
}

int wincall_main(void)
{
    esp32_window_reset();
    volatile uint32_t guard[16];
    for (uint32_t i = 0; i < 16; i++)
        guard[i] = 0xC0DE0000u + i;
    /* Live across every call: the compiler keeps some in a12-a15. */
    uint32_t a = 0x11111111u, b = 0x22222222u, c = 0x33333333u, d = 0x44444444u;
    for (uint32_t i = 0; i < sizeof(DEPTHS) / sizeof(DEPTHS[0]); i++) {
        uint32_t x = 1000u * (i + 1);
        if (call_deep(DEPTHS[i], x) != x + DEPTHS[i])
            return (int)(10 + i);
        a = a * 3 + b;
        b ^= c + i;
        c += d;
        d = (d << 1) | (d >> 31);
    }
    if (a != 0x999999D1u || b != 0x33333332u || c != 0x1111110Fu || d != 0x22222222u)
        return 2;
    for (uint32_t i = 0; i < 16; i++) {
        if (guard[i] != 0xC0DE0000u + i)
            return 3;
    }
    return 0;
}
