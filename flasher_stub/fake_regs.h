/* Registers for HALs without a chip (host file mode, QEMU): a small table
 * where what was written reads back, and anything else reads as 0. */
#ifndef FAKE_REGS_H
#define FAKE_REGS_H
#include <stdint.h>
uint32_t fake_reg_read(uint32_t addr);
void fake_reg_write(uint32_t addr, uint32_t value);
#endif
