/* RISC-V semihosting, shared by the QEMU test builds (hal_qemu.c, qemu_board.c).
 * The calls are Arm's: the call number in a0, a pointer to its arguments in a1.
 * QEMU recognises a semihosting call only by this exact three-instruction
 * sequence, uncompressed, so it is written out here once. */
#ifndef RISCV_SEMIHOST_H
#define RISCV_SEMIHOST_H

#include <stdint.h>

static inline int32_t riscv_semihost(int32_t call, const void *args)
{
    register int32_t a0 __asm__("a0") = call;
    register const void *a1 __asm__("a1") = args;
    __asm__ volatile(".option push\n.option norvc\n"
                     "slli x0, x0, 0x1f\nebreak\nsrai x0, x0, 7\n"
                     ".option pop"
                     : "+r"(a0)
                     : "r"(a1)
                     : "memory");
    return a0;
}

#endif
