/*
 * The memory half of the HAL, the same on both chip targets (the host and
 * QEMU builds have their own): registers and RAM are plain addresses there.
 * What differs per chip, where the stub's RAM ends, comes from the linker
 * script as _stub_ram_end.
 */
#include <stdint.h>
#include "hal.h"

#define REG(addr) (*(volatile uint32_t *)(addr))

/* From the target's linker script. */
extern uint32_t _text_start[], _text_end[], _data_start[], _bss_start[], _bss_end[];
extern uint32_t _stub_ram_end[];

uint32_t hal_read_reg(uint32_t addr)
{
    return REG(addr);
}

void hal_write_reg(uint32_t addr, uint32_t value)
{
    REG(addr) = value;
}

static int overlaps(uint32_t addr, uint32_t len, const void *start, const void *end)
{
    return addr < (uint32_t)end && addr + len > (uint32_t)start;
}

/* MEM_DATA may not overwrite the running stub: its code, its data up to the
 * end of its RAM (stack included), or its .bss. */
int hal_mem_range_ok(uint32_t addr, uint32_t len)
{
    return addr + len >= addr && !overlaps(addr, len, _text_start, _text_end) &&
           !overlaps(addr, len, _data_start, _stub_ram_end) &&
           !overlaps(addr, len, _bss_start, _bss_end);
}

/* IRAM takes 32-bit stores only, so words are assembled from the bytes. */
int hal_mem_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    volatile uint32_t *dst = (volatile uint32_t *)addr;
    for (uint32_t i = 0; i < len; i += 4) {
        *dst++ = (uint32_t)data[i] | ((uint32_t)data[i + 1] << 8) | ((uint32_t)data[i + 2] << 16) |
                 ((uint32_t)data[i + 3] << 24);
    }
    return 0;
}
