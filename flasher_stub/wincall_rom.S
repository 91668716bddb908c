/* Test double of the ESP32 ROM for the windowed-call trampoline test
 * (wincall_test.c), run on QEMU's `sample_controller` core, which has the
 * windowed register option. It provides what the real ROM provides: window
 * overflow/underflow handlers at the vector base, and windowed code to call.
 * The lx106 assembler lacks the windowed instructions, so they are encoded by
 * hand (Xtensa ISA): S32E/L32E (op1 9, op2 4/0, offset = 4 * (r - 16)),
 * RFWO 00 34 00, RFWU 00 35 00, ENTRY a1,32 36 41 00, RETW 90 00 00,
 * CALLX8 E0 s 00. The handlers are the ISA's standard spill sequences. */

    .section .reset_vector, "ax"
    .global wincall_reset
wincall_reset:
    j 1f
    .align 4
2:  .word wincall_start
1:  l32r a0, 2b
    jx a0

    .section .window_vectors, "ax"
    .global window_vectors
window_vectors:
/* +0x00 WindowOverflow4: a0-a3 of the frame below the next frame's sp (a5) */
    .byte 0x00, 0xC5, 0x49      /* s32e a0, a5, -16 */
    .byte 0x10, 0xD5, 0x49      /* s32e a1, a5, -12 */
    .byte 0x20, 0xE5, 0x49      /* s32e a2, a5, -8 */
    .byte 0x30, 0xF5, 0x49      /* s32e a3, a5, -4 */
    .byte 0x00, 0x34, 0x00      /* rfwo */
    .org 0x40
/* +0x40 WindowUnderflow4 */
    .byte 0x00, 0xC5, 0x09      /* l32e a0, a5, -16 */
    .byte 0x10, 0xD5, 0x09      /* l32e a1, a5, -12 */
    .byte 0x20, 0xE5, 0x09      /* l32e a2, a5, -8 */
    .byte 0x30, 0xF5, 0x09      /* l32e a3, a5, -4 */
    .byte 0x00, 0x35, 0x00      /* rfwu */
    .org 0x80
/* +0x80 WindowOverflow8: a4-a7 go to the extra save area of the caller's frame */
    .byte 0x00, 0xC9, 0x49      /* s32e a0, a9, -16 */
    .byte 0x00, 0xD1, 0x09      /* l32e a0, a1, -12 */
    .byte 0x10, 0xD9, 0x49      /* s32e a1, a9, -12 */
    .byte 0x20, 0xE9, 0x49      /* s32e a2, a9, -8 */
    .byte 0x30, 0xF9, 0x49      /* s32e a3, a9, -4 */
    .byte 0x40, 0x80, 0x49      /* s32e a4, a0, -32 */
    .byte 0x50, 0x90, 0x49      /* s32e a5, a0, -28 */
    .byte 0x60, 0xA0, 0x49      /* s32e a6, a0, -24 */
    .byte 0x70, 0xB0, 0x49      /* s32e a7, a0, -20 */
    .byte 0x00, 0x34, 0x00      /* rfwo */
    .org 0xC0
/* +0xC0 WindowUnderflow8 */
    .byte 0x10, 0xD9, 0x09      /* l32e a1, a9, -12 */
    .byte 0x00, 0xC9, 0x09      /* l32e a0, a9, -16 */
    .byte 0x70, 0xD1, 0x09      /* l32e a7, a1, -12 */
    .byte 0x20, 0xE9, 0x09      /* l32e a2, a9, -8 */
    .byte 0x40, 0x87, 0x09      /* l32e a4, a7, -32 */
    .byte 0x30, 0xF9, 0x09      /* l32e a3, a9, -4 */
    .byte 0x50, 0x97, 0x09      /* l32e a5, a7, -28 */
    .byte 0x60, 0xA7, 0x09      /* l32e a6, a7, -24 */
    .byte 0x70, 0xB7, 0x09      /* l32e a7, a7, -20 */
    .byte 0x00, 0x35, 0x00      /* rfwu */
    .org 0x100
/* +0x100, +0x140: 12-register frames are never made here; stop loudly */
    .byte 0x00, 0x00, 0x00      /* ill */
    .org 0x140
    .byte 0x00, 0x00, 0x00      /* ill */

    .text
    .literal_position
    .align 4
/* A windowed "ROM routine": uint32_t wfn(depth, x, self) = x + depth, by
 * recursing `depth` times with CALLX8, scribbling on its own registers, so
 * that deep calls spill and refill every window, ours included. */
    .global wfn
wfn:
    .byte 0x36, 0x41, 0x00      /* entry a1, 32 */
    movi a5, 0x5A5A             /* clobber what a callee may clobber */
    movi a6, -1
    movi a7, 0x1234
    beqz a2, 1f
    addi a10, a2, -1
    mov a11, a3
    mov a12, a4
    .byte 0xE0, 0x04, 0x00      /* callx8 a4 */
    addi a2, a10, 1
    .byte 0x90, 0x00, 0x00      /* retw */
1:  mov a2, a3
    .byte 0x90, 0x00, 0x00      /* retw */

/* Entry: a stack, PS with window overflow exceptions on (WOE) and interrupts
 * off, then the call0 test, whose result becomes QEMU's exit status. */
    .global wincall_start
    .align 4
wincall_start:
    movi a1, 0x3FFFFFF0
    movi a2, (1 << 18) | 0xF    /* PS.WOE, INTLEVEL 15, EXCM 0 */
    wsr a2, ps
    rsync
    call0 wincall_main
    mov a3, a2
    movi a2, 1                  /* semihosting exit(a3) */
    simcall
3:  j 3b
