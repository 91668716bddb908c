/* Start-up for the QEMU test build (hal_qemu.c). QEMU's sim machine starts
 * at the lx106 reset vector in its sysrom (0x50000000) rather than at the ELF
 * entry, so a jump sits there; the ESP8266 ROM would have given us a stack,
 * here we set one up at the top of DRAM. */
    .section .reset_vector, "ax"
    .global qemu_reset
qemu_reset:
    j 1f
    .align 4
2:  .word qemu_start
1:  l32r a0, 2b
    jx a0

    .text
    .literal_position
    .global qemu_start
    .align 4
qemu_start:
    movi a1, 0x3FFFFFF0
    call0 stub_entry
3:  j 3b
