/* ESP32 (experimental): calling a windowed-ABI ROM routine from call0 code.
 *
 * The lx106 compiler only emits call0-ABI code, which the ESP32's LX6 core
 * runs unchanged; but the ESP32 ROM is compiled for the windowed ABI, and the
 * lx106 assembler does not know the windowed instructions. The three we need
 * are encoded by hand below (Xtensa ISA encodings, checked against the
 * assembler's encoding of their call0 / special-register siblings):
 *
 *   callx4 a9             = D0 09 00   (CALLX0 is C0 09 00: n field 0 -> 1)
 *   rsr    a2, WINDOWBASE = 20 48 03   (RSR op1=3, sr=72)
 *   wsr    a3, WINDOWSTART= 30 49 13   (WSR op1=3 op2=1, sr=73)
 *
 * Why callx4: the callee's ENTRY rotates the register window by four, so it
 * sees our a4..a15 as its a0..a11 and cannot touch our a0..a3. Our frame then
 * looks like a CALL4 caller, whose spill (on window overflow) only needs our
 * stack pointer, never an older frame's. */

    .text
    .literal_position

/* Make our window the only live one, so no ROM frames from before the jump
 * to the stub are ever spilled onto our stack. Called first thing. */
    .global esp32_window_reset
    .type esp32_window_reset, @function
    .align 4
esp32_window_reset:
    .byte 0x20, 0x48, 0x03      /* rsr a2, WINDOWBASE */
    movi a3, 1
    ssl a2
    sll a3, a3                  /* a3 = 1 << WINDOWBASE */
    .byte 0x30, 0x49, 0x13      /* wsr a3, WINDOWSTART */
    rsync
    ret

/* uint32_t rom_call_windowed(uint32_t fn, uint32_t arg0, uint32_t arg1, uint32_t arg2)
 * call0 ABI in: a2 = fn, a3..a5 = arguments; out: a2. The callee sees our
 * a6..a8 as its a2..a4 and returns in its a2 (our a6). */
    .global rom_call_windowed
    .type rom_call_windowed, @function
    .align 4
rom_call_windowed:
    addi a1, a1, -32
    s32i a0, a1, 0
    s32i a12, a1, 4             /* callee-saved under call0; the callee's */
    s32i a13, a1, 8             /* window covers our a4..a15 */
    s32i a14, a1, 12
    s32i a15, a1, 16
    mov a9, a2
    mov a6, a3                  /* the callee's a2 */
    mov a7, a4                  /* the callee's a3 */
    mov a8, a5                  /* the callee's a4 */
    .byte 0xD0, 0x09, 0x00      /* callx4 a9 */
    mov a2, a6                  /* the callee's return value (its a2) */
    l32i a0, a1, 0
    l32i a12, a1, 4
    l32i a13, a1, 8
    l32i a14, a1, 12
    l32i a15, a1, 16
    addi a1, a1, 32
    ret
