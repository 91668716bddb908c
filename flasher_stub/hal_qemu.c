/* Test-double HAL: the core cross-compiled for a chip's ISA, run under QEMU
 * with semihosting: the ESP8266 build under `qemu-system-xtensa -M sim -cpu
 * lx106 -semihosting`, the ESP32-C3 (RV32IMC) build under
 * `qemu-system-riscv32 -M virt -bios none -semihosting`. QEMU has no ESP
 * peripherals, so where the chip HALs call ROM routines this HAL uses QEMU
 * semihosting instead: the serial link is QEMU's stdin/stdout, the
 * flash is the file "flash.bin" in QEMU's working directory (NOR rules, as in
 * hal_host.c), and leaving the stub exits QEMU with the host build's exit
 * statuses. The point is to run the cross-compiled core on the real ISA. */
#include <stdint.h>
#include "fake_regs.h"
#include "hal.h"
#include "slip.h"

/* QEMU's Xtensa semihosting call numbers (a2 = call, a3-a5 = arguments),
 * which are also the calls the rest of this file makes on RISC-V. */
enum { SYS_EXIT = 1, SYS_READ = 3, SYS_WRITE = 4, SYS_OPEN = 5, SYS_LSEEK = 19 };
#define HOST_O_RDWR 2
#define SEEK_SET 0
#define SEEK_END 2

enum { EXIT_LINK_CLOSED = 0, EXIT_NO_FLASH = 2, EXIT_SOFT_RESET = 10, EXIT_RUN_USER_CODE = 11,
       EXIT_JUMP = 12 };

#ifdef __riscv
/* RISC-V semihosting is Arm's: one call number in a0, a pointer to the
 * arguments in a1, trapped by this exact three-instruction sequence. Its
 * calls differ from Xtensa's (handles instead of file descriptors, "bytes
 * not transferred" results, no lseek whence), so semihost() translates. */
enum { ARM_SYS_OPEN = 0x01, ARM_SYS_WRITE = 0x05, ARM_SYS_READ = 0x06, ARM_SYS_SEEK = 0x0A,
       ARM_SYS_FLEN = 0x0C, ARM_SYS_EXIT_EXTENDED = 0x20 };
#define ARM_MODE_RB 1          /* fopen modes by number: "rb" */
#define ARM_MODE_RPLUSB 3      /* "r+b" */
#define ARM_MODE_WB 5          /* "wb"; ":tt" opened for writing is stdout */
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

#include "riscv_semihost.h"

static int32_t arm_open(const char *name, int32_t mode)
{
    int32_t len = 0;
    while (name[len])
        len++;
    int32_t args[3] = {(int32_t)name, mode, len};
    return riscv_semihost(ARM_SYS_OPEN, args);
}

/* Xtensa-style file descriptors: 0 and 1 are the console, opened once; a
 * file's handle is shifted past them (Arm handles may be 0 or 1 too). */
#define FIRST_FILE_FD 2

static int32_t handle_of(int32_t fd)
{
    static int32_t console[FIRST_FILE_FD] = {-1, -1};
    if (fd >= FIRST_FILE_FD)
        return fd - FIRST_FILE_FD;
    if (console[fd] < 0)
        console[fd] = arm_open(":tt", fd == 0 ? ARM_MODE_RB : ARM_MODE_WB);
    return console[fd];
}

static int32_t semihost(int32_t call, int32_t a, int32_t b, int32_t c)
{
    int32_t args[3] = {a, b, c};
    switch (call) {
    case SYS_OPEN: {
        int32_t handle = arm_open((const char *)a, ARM_MODE_RPLUSB);
        return handle < 0 ? handle : handle + FIRST_FILE_FD;
    }
    case SYS_READ:
    case SYS_WRITE:
        args[0] = handle_of(a);
        return c - riscv_semihost(call == SYS_READ ? ARM_SYS_READ : ARM_SYS_WRITE, args);
    case SYS_LSEEK:
        args[0] = handle_of(a);
        if (c == SEEK_END)
            return riscv_semihost(ARM_SYS_FLEN, args);
        return riscv_semihost(ARM_SYS_SEEK, args) == 0 ? b : -1;
    case SYS_EXIT:
        args[0] = ADP_STOPPED_APPLICATION_EXIT;
        args[1] = a;
        return riscv_semihost(ARM_SYS_EXIT_EXTENDED, args);
    default:
        return -1;
    }
}
#else
static int32_t semihost(int32_t call, int32_t a, int32_t b, int32_t c)
{
    register int32_t a2 __asm__("a2") = call;
    register int32_t a3 __asm__("a3") = a;
    register int32_t a4 __asm__("a4") = b;
    register int32_t a5 __asm__("a5") = c;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
    return a2;
}
#endif

static void leave(int code)
{
    hal_tx_push();
    semihost(SYS_EXIT, code, 0, 0);
    for (;;) {
    }
}

static int32_t flash_fd = -1;
static uint32_t flash_bytes;

void hal_init(void)
{
    static const char name[] = "flash.bin";
    flash_fd = semihost(SYS_OPEN, (int32_t)name, HOST_O_RDWR, 0);
    if (flash_fd < 0)
        leave(EXIT_NO_FLASH);
    flash_bytes = (uint32_t)semihost(SYS_LSEEK, flash_fd, 0, SEEK_END);
}

/* ---- link ---- */

static uint8_t rx_buf[256];
static uint32_t rx_pos, rx_len;

int hal_rx_poll(void)
{
    if (rx_pos == rx_len) {
        hal_tx_push();
        int32_t n = semihost(SYS_READ, 0, (int32_t)rx_buf, sizeof(rx_buf));
        if (n <= 0)
            leave(EXIT_LINK_CLOSED);
        rx_pos = 0;
        rx_len = (uint32_t)n;
    }
    while (rx_pos < rx_len) {
        if (slip_rx_byte(rx_buf[rx_pos++]))
            break; /* one frame per call, as a UART delivers them */
    }
    return 0;
}

static uint8_t tx_buf[256];
static uint32_t tx_len;

void hal_tx_push(void)
{
    uint32_t done = 0;
    while (done < tx_len) {
        int32_t n = semihost(SYS_WRITE, 1, (int32_t)(tx_buf + done), (int32_t)(tx_len - done));
        if (n <= 0)
            leave(EXIT_LINK_CLOSED);
        done += (uint32_t)n;
    }
    tx_len = 0;
}

void hal_tx(const uint8_t *data, uint32_t len)
{
    while (len--) {
        if (tx_len == sizeof(tx_buf))
            hal_tx_push();
        tx_buf[tx_len++] = *data++;
    }
}

void hal_tx_flush(void)
{
    hal_tx_push();
}

void hal_set_baud(uint32_t new_baud, uint32_t old_baud)
{
    (void)new_baud;
    (void)old_baud;
}

void hal_background(void)
{
}

void hal_delay_us(uint32_t us)
{
    (void)us;
}

/* ---- flash ---- */

static int in_flash(uint32_t addr, uint32_t len)
{
    return addr <= flash_bytes && len <= flash_bytes - addr;
}

static int file_io(int32_t call, uint32_t addr, uint8_t *buf, uint32_t len)
{
    if (semihost(SYS_LSEEK, flash_fd, (int32_t)addr, SEEK_SET) != (int32_t)addr)
        return -1;
    return semihost(call, flash_fd, (int32_t)buf, (int32_t)len) == (int32_t)len ? 0 : -1;
}

uint32_t hal_flash_size(void)
{
    return flash_bytes;
}

int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
    return in_flash(addr, len) ? file_io(SYS_READ, addr, buf, len) : -1;
}

static uint8_t scratch[256];

int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    if (((addr | len) & 3) || !in_flash(addr, len))
        return -1;
    while (len > 0) {
        uint32_t chunk = len < sizeof(scratch) ? len : sizeof(scratch);
        if (file_io(SYS_READ, addr, scratch, chunk))
            return -1;
        for (uint32_t i = 0; i < chunk; i++)
            scratch[i] &= data[i]; /* NOR: programming only clears bits */
        if (file_io(SYS_WRITE, addr, scratch, chunk))
            return -1;
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    return 0;
}

static int erase(uint32_t addr, uint32_t len)
{
    if (!in_flash(addr, len))
        return -1;
    for (uint32_t i = 0; i < sizeof(scratch); i++)
        scratch[i] = 0xFF;
    for (uint32_t done = 0; done < len; done += sizeof(scratch)) {
        if (file_io(SYS_WRITE, addr + done, scratch, sizeof(scratch)))
            return -1;
    }
    return 0;
}

int hal_flash_erase_sector(uint32_t addr)
{
    return erase(addr, 0x1000);
}

int hal_flash_erase_block(uint32_t addr)
{
    return erase(addr, 0x10000);
}

int hal_flash_erase_chip(void)
{
    return erase(0, flash_bytes & ~0xFFFu);
}

int hal_flash_unlock(void)
{
    return 0;
}

int hal_flash_attach(uint32_t config)
{
    (void)config;
    return 0;
}

int hal_flash_set_params(const uint32_t params[6])
{
    (void)params;
    return 0;
}

/* ---- registers (a table, as in the host build) and RAM ---- */

uint32_t hal_read_reg(uint32_t addr)
{
    return fake_reg_read(addr);
}

void hal_write_reg(uint32_t addr, uint32_t value)
{
    fake_reg_write(addr, value);
}

int hal_mem_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    (void)addr;
    (void)data;
    (void)len;
    return 0; /* accepted and dropped, as in the host build */
}

int hal_mem_range_ok(uint32_t addr, uint32_t len)
{
    return addr + len >= addr;
}

void hal_jump(uint32_t entry)
{
    (void)entry;
    leave(EXIT_JUMP);
}

void hal_soft_reset(void)
{
    leave(EXIT_SOFT_RESET);
}

void hal_run_user_code(void)
{
    leave(EXIT_RUN_USER_CODE);
}
