/* Start-up for the RISC-V QEMU test build (hal_qemu.c). qemu-system-riscv32
 * -M virt -bios none starts at the ELF entry in RAM at 0x80000000 with no
 * stack; the ESP32-C3 ROM would have given us one, here it is the top of the
 * RAM the linker script (qemu_riscv.ld) leaves for it. */
    .section .text.qemu_start, "ax"
    .global qemu_start
qemu_start:
    la sp, _qemu_stack_top
    call stub_entry
1:  j 1b
