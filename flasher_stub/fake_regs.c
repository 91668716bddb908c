#include "fake_regs.h"

#define REG_SLOTS 64
static uint32_t reg_addr[REG_SLOTS], reg_value[REG_SLOTS];
static unsigned reg_used;

uint32_t fake_reg_read(uint32_t addr)
{
    for (unsigned i = 0; i < reg_used; i++) {
        if (reg_addr[i] == addr)
            return reg_value[i];
    }
    return 0;
}

void fake_reg_write(uint32_t addr, uint32_t value)
{
    unsigned i = 0;
    while (i < reg_used && reg_addr[i] != addr)
        i++;
    if (i == REG_SLOTS)
        i = REG_SLOTS - 1; /* full: the newest write takes the last slot */
    else if (i == reg_used)
        reg_used++;
    reg_addr[i] = addr;
    reg_value[i] = value;
}
