/* The QEMU board's entry and trap vector (qemu_board.h). QEMU's virt machine
 * with -bios none starts at the start of its RAM, 0x80000000, in M-mode:
 * qemu_board.ld puts board_start there. */
    .section .text.board_start, "ax"
    .global board_start
board_start:
    la sp, _board_stack_top
    csrw mscratch, zero        /* 0 while the board itself runs (board_trap_entry) */
    la t0, board_trap_entry
    csrw mtvec, t0
    call board_main            /* ends in board_enter_stub or an exit */
1:  j 1b

/* board_enter_stub(entry, sp): drop to S-mode at the stub's entry with the
 * stack the ROM loader would have left, ra 0 (returning from stub_entry
 * would fetch from an unmapped page: a fault the board reports). */
    .section .text.board_enter_stub, "ax"
    .global board_enter_stub
board_enter_stub:
    csrw mepc, a0
    la t0, _board_stack_top    /* the stub's traps get the board's stack */
    csrw mscratch, t0
    mv sp, a1
    li t0, 0x1800              /* mstatus.MPP */
    csrc mstatus, t0
    li t0, 0x0800              /* MPP = S */
    csrs mstatus, t0
    li ra, 0
    li a0, 0
    li a1, 0
    li t0, 0
    mret

/* Every trap from the stub: save its registers as x[0..31] on the board's
 * stack (x[2] = its sp), let board_trap (C) handle it, restore, return.
 * mscratch holds the board's stack top while the stub runs and 0 while the
 * board does, so a trap in the board itself is told apart and reported. */
    .section .text.board_trap_entry, "ax"
    .balign 4
board_trap_entry:
    csrrw sp, mscratch, sp
    beqz sp, trap_in_board
    addi sp, sp, -128
    sw x1, 4(sp)
    sw x3, 12(sp)
    sw x4, 16(sp)
    sw x5, 20(sp)
    sw x6, 24(sp)
    sw x7, 28(sp)
    sw x8, 32(sp)
    sw x9, 36(sp)
    sw x10, 40(sp)
    sw x11, 44(sp)
    sw x12, 48(sp)
    sw x13, 52(sp)
    sw x14, 56(sp)
    sw x15, 60(sp)
    sw x16, 64(sp)
    sw x17, 68(sp)
    sw x18, 72(sp)
    sw x19, 76(sp)
    sw x20, 80(sp)
    sw x21, 84(sp)
    sw x22, 88(sp)
    sw x23, 92(sp)
    sw x24, 96(sp)
    sw x25, 100(sp)
    sw x26, 104(sp)
    sw x27, 108(sp)
    sw x28, 112(sp)
    sw x29, 116(sp)
    sw x30, 120(sp)
    sw x31, 124(sp)
    csrr t0, mscratch
    sw t0, 8(sp)
    sw zero, 0(sp)
    csrw mscratch, zero
    mv a0, sp
    call board_trap
    addi t0, sp, 128
    csrw mscratch, t0
    lw x1, 4(sp)
    lw x3, 12(sp)
    lw x4, 16(sp)
    lw x5, 20(sp)
    lw x6, 24(sp)
    lw x7, 28(sp)
    lw x8, 32(sp)
    lw x9, 36(sp)
    lw x10, 40(sp)
    lw x11, 44(sp)
    lw x12, 48(sp)
    lw x13, 52(sp)
    lw x14, 56(sp)
    lw x15, 60(sp)
    lw x16, 64(sp)
    lw x17, 68(sp)
    lw x18, 72(sp)
    lw x19, 76(sp)
    lw x20, 80(sp)
    lw x21, 84(sp)
    lw x22, 88(sp)
    lw x23, 92(sp)
    lw x24, 96(sp)
    lw x25, 100(sp)
    lw x26, 104(sp)
    lw x27, 108(sp)
    lw x28, 112(sp)
    lw x29, 116(sp)
    lw x30, 120(sp)
    lw x31, 124(sp)
    lw x2, 8(sp)
    mret

trap_in_board:
    csrrw sp, mscratch, sp     /* the board's sp back, mscratch 0 again */
    j board_trapped_itself
