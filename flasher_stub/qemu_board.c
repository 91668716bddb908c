/* The QEMU board's machine half (qemu_board.h): it plays the part of the
 * chip's ROM loader and memory system for a RISC-V chip build of the stub on
 * `qemu-system-riscv32 -M virt -bios none -semihosting`.
 *
 * The virt machine has RAM only from 0x80000000; the chips' SRAM (0x3FCxxxxx,
 * 0x4038xxxx, 0x408xxxxx), ROM (0x400000xx) and registers (0x600xxxxx) are
 * elsewhere. So the board runs the stub in S-mode under Sv32 paging:
 *   - the chip's SRAM is mapped at its own addresses onto RAM here (both
 *     views of it where IRAM and DRAM are one memory), and the stub's ELF
 *     segments are loaded there from a boot image, as the ROM loader's
 *     MEM_BEGIN/MEM_DATA would;
 *   - the ROM is not mapped: a call into it faults on the instruction fetch,
 *     and the board runs the routine at that address (qemu_board_esp.c) and
 *     returns to ra, so a wrong ROM address in the stub's build is a fault;
 *   - the registers are not mapped: a load or store there faults, the board
 *     decodes the instruction (RV32I and the compressed forms), lets the
 *     register double answer and steps over it.
 * Nothing else is mapped: any other access is reported on stderr and ends
 * QEMU with EXIT_FAULT. The link is QEMU's 16550 UART on its stdio (a
 * polled FIFO must be readable without blocking, which semihosting's reads
 * are not); the flash file and the exit status go through semihosting. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "qemu_board.h"

/* Where things are in the virt machine's RAM (qemu_board.ld keeps the board
 * itself below BOARD_BACKING). */
#define BOARD_BACKING 0x80100000u   /* the chip's SRAM, up to 1 MiB */
#define BOARD_BACKING_SIZE 0x100000u
#define BOARD_IMAGE 0x80800000u     /* the boot image (-device loader) */

#define BOOT_MAGIC 0x44524251u       /* "QBRD" */
struct boot_image {
    uint32_t magic;
    char chip[16];                  /* "esp32c6", NUL-padded */
    uint32_t xtal_hz;
    uint32_t entry;
    uint32_t segments;              /* then {addr, len, bytes padded to 4} each */
};

/* QEMU virt machine devices (hw/riscv/virt.c memory map). */
#define NS16550 0x10000000u
#define NS16550_IRQ 10
#define PLIC 0x0C000000u
#define CLINT_MTIMECMP 0x02004000u
#define CLINT_MTIME 0x0200BFF8u
#define MTIME_PER_US 10u            /* the virt machine's timebase: 10 MHz */

#define REG8(a) (*(volatile uint8_t *)(a))
#define REG32(a) (*(volatile uint32_t *)(a))

#define csr_read(csr) ({ uint32_t v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, v) __asm__ volatile("csrw " #csr ", %0" : : "r"(v))
#define csr_set(csr, v) __asm__ volatile("csrs " #csr ", %0" : : "r"(v))
#define csr_clear(csr, v) __asm__ volatile("csrc " #csr ", %0" : : "r"(v))

void board_enter_stub(uint32_t entry, uint32_t sp) __attribute__((noreturn));
void board_trap(uint32_t *x);
void board_trapped_itself(void) __attribute__((noreturn));
void board_main(void);
extern uint32_t _board_bss_start[], _board_bss_end[];

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

/* ---- semihosting (RISC-V uses Arm's calls, trapped by this exact sequence) ---- */

enum { SH_OPEN = 0x01, SH_WRITE = 0x05, SH_READ = 0x06, SH_SEEK = 0x0A, SH_FLEN = 0x0C,
       SH_EXIT_EXTENDED = 0x20 };
#define SH_MODE_RPLUSB 3
#define SH_MODE_APPEND 8              /* ":tt" opened for appending is stderr */
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

#include "riscv_semihost.h"

static uint32_t length_of(const char *s)
{
    uint32_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int32_t sh_open(const char *name, uint32_t mode)
{
    uint32_t args[3] = {(uint32_t)name, mode, length_of(name)};
    return riscv_semihost(SH_OPEN, args);
}

/* ---- diagnostics on stderr ---- */

static int32_t stderr_handle = -1;

static void put_hex(char *line, uint32_t *n, uint32_t value, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        line[(*n)++] = "0123456789abcdef"[(value >> (4 * i)) & 0xF];
}

static void put_decimal(char *line, uint32_t *n, uint32_t value)
{
    char digits[10];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    while (count)
        line[(*n)++] = digits[--count];
}

/* A small printf: %s, %u, %x (eight digits), %c. One line per call. */
static void vlog(const char *fmt, va_list ap)
{
    char line[200];
    uint32_t n = 0;
    static const char prefix[] = "qemu-board: ";
    for (const char *p = prefix; *p; p++)
        line[n++] = *p;
    for (const char *p = fmt; *p && n < sizeof(line) - 16; p++) {
        if (*p != '%') {
            line[n++] = *p;
            continue;
        }
        switch (*++p) {
        case 's':
            for (const char *s = va_arg(ap, const char *); *s && n < sizeof(line) - 16; s++)
                line[n++] = *s;
            break;
        case 'u':
            put_decimal(line, &n, va_arg(ap, uint32_t));
            break;
        case 'x':
            put_hex(line, &n, va_arg(ap, uint32_t), 8);
            break;
        case 'c':
            line[n++] = (char)va_arg(ap, int);
            break;
        default:
            line[n++] = '?';
        }
    }
    line[n++] = '\n';
    if (stderr_handle < 0)
        stderr_handle = sh_open(":tt", SH_MODE_APPEND);
    uint32_t args[3] = {(uint32_t)stderr_handle, (uint32_t)line, n};
    riscv_semihost(SH_WRITE, args);
}

void board_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(fmt, ap);
    va_end(ap);
}

static void console_drain(void);

void board_exit(int code)
{
    console_drain();
    uint32_t args[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)code};
    riscv_semihost(SH_EXIT_EXTENDED, args);
    for (;;) {
    }
}

void board_fault(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(fmt, ap);
    va_end(ap);
    board_exit(EXIT_FAULT);
}

/* ---- the flash file ---- */

static int32_t flash_handle = -1;
static uint32_t flash_bytes;

int flash_file_open(void)
{
    flash_handle = sh_open("flash.bin", SH_MODE_RPLUSB);
    if (flash_handle < 0)
        return -1;
    uint32_t args[1] = {(uint32_t)flash_handle};
    flash_bytes = (uint32_t)riscv_semihost(SH_FLEN, args);
    return 0;
}

uint32_t flash_file_size(void)
{
    return flash_bytes;
}

static int flash_seek(uint32_t offset)
{
    uint32_t args[2] = {(uint32_t)flash_handle, offset};
    return riscv_semihost(SH_SEEK, args);
}

/* Semihosting's read and write return the number of bytes NOT transferred. */
int flash_file_read(uint32_t offset, void *dst, uint32_t len)
{
    uint32_t args[3] = {(uint32_t)flash_handle, (uint32_t)dst, len};
    return flash_seek(offset) == 0 && riscv_semihost(SH_READ, args) == 0 ? 0 : -1;
}

int flash_file_write(uint32_t offset, const void *src, uint32_t len)
{
    uint32_t args[3] = {(uint32_t)flash_handle, (uint32_t)src, len};
    return flash_seek(offset) == 0 && riscv_semihost(SH_WRITE, args) == 0 ? 0 : -1;
}

/* ---- the link: the virt machine's 16550 ---- */

enum { NS_RBR_THR = 0, NS_IER = 1, NS_FCR = 2, NS_LCR = 3, NS_LSR = 5 };
#define NS_LSR_DR 0x01
#define NS_LSR_THRE 0x20
#define NS_LSR_TEMT 0x40

static int held_byte = -1;

static void console_init(void)
{
    /* Turning the FIFO on empties it; keep a byte that already arrived. */
    if (REG8(NS16550 + NS_LSR) & NS_LSR_DR)
        held_byte = REG8(NS16550 + NS_RBR_THR);
    REG8(NS16550 + NS_LCR) = 0x03;  /* 8 data bits */
    REG8(NS16550 + NS_FCR) = 0x01;  /* FIFO on */
    REG8(NS16550 + NS_IER) = 0x01;  /* interrupt while data is waiting (for console_wait) */
    REG32(PLIC + 4 * NS16550_IRQ) = 1;                        /* priority */
    REG32(PLIC + 0x2000) = 1u << NS16550_IRQ;                 /* enabled for hart 0, M-mode */
    REG32(PLIC + 0x200000) = 0;                               /* threshold */
}

int console_rx_ready(void)
{
    return held_byte >= 0 || (REG8(NS16550 + NS_LSR) & NS_LSR_DR);
}

uint8_t console_rx(void)
{
    if (held_byte >= 0) {
        uint8_t byte = (uint8_t)held_byte;
        held_byte = -1;
        return byte;
    }
    return REG8(NS16550 + NS_RBR_THR);
}

void console_tx(uint8_t byte)
{
    while (!(REG8(NS16550 + NS_LSR) & NS_LSR_THRE)) {
    }
    REG8(NS16550 + NS_RBR_THR) = byte;
}

static void console_drain(void)
{
    while (!(REG8(NS16550 + NS_LSR) & NS_LSR_TEMT)) {
    }
}

static uint64_t mtime(void)
{
    uint32_t hi, lo;
    do {
        hi = REG32(CLINT_MTIME + 4);
        lo = REG32(CLINT_MTIME);
    } while (hi != REG32(CLINT_MTIME + 4));
    return ((uint64_t)hi << 32) | lo;
}

static void set_mtimecmp(uint64_t when)
{
    REG32(CLINT_MTIMECMP + 4) = 0xFFFFFFFFu; /* never a moment too early */
    REG32(CLINT_MTIMECMP) = (uint32_t)when;
    REG32(CLINT_MTIMECMP + 4) = (uint32_t)(when >> 32);
}

static void plic_complete_pending(void)
{
    uint32_t irq = REG32(PLIC + 0x200004);
    if (irq)
        REG32(PLIC + 0x200004) = irq;
}

#define MIE_MTIE (1u << 7)
#define MIE_MEIE (1u << 11)

/* WFI wakes when an enabled interrupt is pending, even with interrupts off
 * in M-mode (which they are here: nothing is taken, only waited for). */
uint32_t console_wait(uint32_t us)
{
    plic_complete_pending();
    if (console_rx_ready())
        return 0;
    uint64_t start = mtime();
    set_mtimecmp(start + (uint64_t)us * MTIME_PER_US);
    csr_set(mie, MIE_MTIE | MIE_MEIE);
    __asm__ volatile("wfi");
    csr_clear(mie, MIE_MTIE | MIE_MEIE);
    set_mtimecmp(~(uint64_t)0);
    plic_complete_pending();
    return (uint32_t)(mtime() - start) / MTIME_PER_US; /* waits are short */
}

/* ---- Sv32 page tables for the stub's view ---- */

#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_X 0x08u
#define PTE_A 0x40u
#define PTE_D 0x80u
#define PAGE 4096u
#define L2_TABLES 4

static uint32_t root_table[1024] __attribute__((aligned(PAGE)));
static uint32_t leaf_tables[L2_TABLES][1024] __attribute__((aligned(PAGE)));
static unsigned leaf_tables_used;

static uint32_t *leaf_table_for(uint32_t va, int create)
{
    uint32_t *entry = &root_table[va >> 22];
    if (!(*entry & PTE_V)) {
        if (!create)
            return 0;
        if (leaf_tables_used == L2_TABLES)
            board_fault("too many page tables for the chip's RAM");
        *entry = (((uint32_t)leaf_tables[leaf_tables_used++] >> 12) << 10) | PTE_V;
    }
    return (uint32_t *)((*entry >> 10) << 12);
}

/* A and D set up front: nothing should depend on hardware updating them. */
static void map_page(uint32_t va, uint32_t pa)
{
    leaf_table_for(va, 1)[(va >> 12) & 0x3FF] =
        ((pa >> 12) << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
}

/* Physical address of a mapped byte, or 0. */
static uint32_t translate(uint32_t va)
{
    uint32_t *table = leaf_table_for(va, 0);
    if (!table)
        return 0;
    uint32_t pte = table[(va >> 12) & 0x3FF];
    return (pte & PTE_V) ? ((pte >> 10) << 12) | (va & (PAGE - 1)) : 0;
}

int board_read_chip(uint32_t va, void *dst, uint32_t len)
{
    uint8_t *d = dst;
    for (uint32_t i = 0; i < len; i++) {
        uint32_t pa = translate(va + i);
        if (!pa)
            return -1;
        d[i] = REG8(pa);
    }
    return 0;
}

int board_write_chip(uint32_t va, const void *src, uint32_t len)
{
    const uint8_t *s = src;
    for (uint32_t i = 0; i < len; i++) {
        uint32_t pa = translate(va + i);
        if (!pa)
            return -1;
        REG8(pa) = s[i];
    }
    return 0;
}

static void map_chip_ram(const struct chip *chip)
{
    for (unsigned r = 0; r < 2 && chip->ram[r].size; r++) {
        const struct chip_ram *ram = &chip->ram[r];
        if (ram->backing_offset + ram->size > BOARD_BACKING_SIZE)
            board_fault("%s RAM does not fit the backing", chip->name);
        for (uint32_t off = 0; off < ram->size; off += PAGE)
            map_page(ram->va + off, BOARD_BACKING + ram->backing_offset + off);
    }
}

/* ---- traps from the stub ---- */

enum { CAUSE_FETCH_PAGE_FAULT = 12, CAUSE_LOAD_PAGE_FAULT = 13, CAUSE_STORE_PAGE_FAULT = 15 };

/* The ROM routine's return: a0 is the result; the caller-saved registers
 * are scrambled, as any real routine may leave them. */
static void call_rom(uint32_t *x, uint32_t addr)
{
    uint32_t args[6] = {x[10], x[11], x[12], x[13], x[14], x[15]};
    uint32_t result = esp_rom_call(addr, args);
    static const uint8_t caller_saved[] = {5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 28, 29, 30, 31};
    for (unsigned i = 0; i < sizeof(caller_saved); i++)
        x[caller_saved[i]] = 0x5CA3B1E0u + caller_saved[i];
    x[10] = result;
    csr_write(mepc, x[1]);
}

struct access {
    int reg;        /* rd of a load, rs2 of a store */
    int width;      /* bytes */
    int is_signed;
    int is_store;
    int length;     /* of the instruction */
};

static uint16_t fetch_half(uint32_t pc)
{
    uint16_t half;
    if (board_read_chip(pc, &half, 2))
        board_fault("cannot read the instruction at 0x%x", pc);
    return half;
}

/* Loads and stores of RV32I and RVC that can reach a register. */
static int decode_access(uint32_t pc, struct access *a)
{
    uint32_t insn = fetch_half(pc);
    if ((insn & 3) != 3) {
        uint32_t funct3 = insn >> 13, quadrant = insn & 3;
        a->length = 2;
        a->width = 4;
        a->is_signed = 0;
        if (quadrant == 0 && (funct3 == 2 || funct3 == 6)) {         /* c.lw, c.sw */
            a->reg = 8 + ((insn >> 2) & 7);
            a->is_store = funct3 == 6;
            return 0;
        }
        if (quadrant == 2 && funct3 == 2) {                          /* c.lwsp */
            a->reg = (insn >> 7) & 31;
            a->is_store = 0;
            return 0;
        }
        if (quadrant == 2 && funct3 == 6) {                          /* c.swsp */
            a->reg = (insn >> 2) & 31;
            a->is_store = 1;
            return 0;
        }
        return -1;
    }
    insn |= (uint32_t)fetch_half(pc + 2) << 16;
    uint32_t opcode = insn & 0x7F, funct3 = (insn >> 12) & 7;
    a->length = 4;
    if (opcode == 0x03 && funct3 != 3 && funct3 < 6) {               /* lb lh lw lbu lhu */
        a->reg = (insn >> 7) & 31;
        a->width = 1 << (funct3 & 3);
        a->is_signed = funct3 < 4;
        a->is_store = 0;
        return 0;
    }
    if (opcode == 0x23 && funct3 < 3) {                              /* sb sh sw */
        a->reg = (insn >> 20) & 31;
        a->width = 1 << funct3;
        a->is_signed = 0;
        a->is_store = 1;
        return 0;
    }
    return -1;
}

static void access_register(uint32_t *x, uint32_t pc, uint32_t addr, int is_store)
{
    if (!esp_is_register(addr))
        board_fault("%s 0x%x (no RAM, no register there) by the instruction at 0x%x",
                    is_store ? "store to" : "load from", addr, pc);
    struct access a;
    if (decode_access(pc, &a) || a.is_store != is_store)
        board_fault("cannot decode the access to 0x%x at 0x%x", addr, pc);
    if (addr & (uint32_t)(a.width - 1))
        board_fault("misaligned access to register 0x%x at 0x%x", addr, pc);
    if (a.is_store) {
        esp_reg_store(addr, a.reg ? x[a.reg] : 0, a.width);
    } else {
        uint32_t value = esp_reg_load(addr & ~3u) >> (8 * (addr & 3));
        if (a.width < 4) {
            uint32_t bits = 8 * (uint32_t)a.width;
            value &= (1u << bits) - 1;
            if (a.is_signed && (value >> (bits - 1)))
                value |= ~((1u << bits) - 1);
        }
        if (a.reg)
            x[a.reg] = value;
    }
    csr_write(mepc, pc + (uint32_t)a.length);
}

void board_trap(uint32_t *x)
{
    uint32_t cause = csr_read(mcause), pc = csr_read(mepc), tval = csr_read(mtval);
    switch (cause) {
    case CAUSE_FETCH_PAGE_FAULT:
        call_rom(x, tval);
        break;
    case CAUSE_LOAD_PAGE_FAULT:
    case CAUSE_STORE_PAGE_FAULT:
        access_register(x, pc, tval, cause == CAUSE_STORE_PAGE_FAULT);
        break;
    default:
        board_fault("the stub trapped: mcause %u at 0x%x, mtval 0x%x (ra 0x%x, sp 0x%x)", cause,
                    pc, tval, x[1], x[2]);
    }
}

void board_trapped_itself(void)
{
    board_fault("trap in the board itself: mcause %u at 0x%x, mtval 0x%x", csr_read(mcause),
                csr_read(mepc), csr_read(mtval));
}

/* ---- start: the ROM loader's part ---- */

static void load_segments(const struct boot_image *image, const struct chip *chip)
{
    const uint8_t *p = (const uint8_t *)(image + 1);
    for (uint32_t i = 0; i < image->segments; i++) {
        uint32_t addr = ((const uint32_t *)p)[0], len = ((const uint32_t *)p)[1];
        p += 8;
        if (board_write_chip(addr, p, len)) {
            board_log("segment 0x%x (%u bytes) is not in the %s's RAM", addr, len, chip->name);
            board_exit(EXIT_BAD_IMAGE);
        }
        board_log("loaded %u bytes at 0x%x", len, addr);
        p += (len + 3) & ~3u;
    }
}

/* S-mode may use all memory as far as PMP is concerned; the page tables
 * decide. Every exception stays in M-mode (medeleg 0). */
static void enter_stub(const struct chip *chip, uint32_t entry)
{
    csr_write(pmpaddr0, 0xFFFFFFFFu);
    csr_write(pmpcfg0, 0x1Fu);                     /* NAPOT, R W X */
    csr_write(medeleg, 0u);
    csr_write(mideleg, 0u);
    csr_write(mie, 0u);
    csr_write(satp, (1u << 31) | ((uint32_t)root_table >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
    board_log("%s: entering the stub at 0x%x, sp 0x%x", chip->name, entry, chip->stack_top);
    board_enter_stub(entry, chip->stack_top);
}

void board_main(void)
{
    for (uint32_t *p = _board_bss_start; p < _board_bss_end; p++)
        *p = 0;
    console_init();
    const struct boot_image *image = (const struct boot_image *)BOARD_IMAGE;
    if (image->magic != BOOT_MAGIC) {
        board_log("no boot image at 0x%x (-device loader,file=...,addr=...)", BOARD_IMAGE);
        board_exit(EXIT_BAD_IMAGE);
    }
    char name[sizeof(image->chip) + 1] = {0};
    memcpy(name, image->chip, sizeof(image->chip));
    const struct chip *chip = esp_chip_named(name);
    if (!chip) {
        board_log("no chip named '%s' on this board", name);
        board_exit(EXIT_BAD_IMAGE);
    }
    /* Stands in for RAM nobody cleared: the stub must clear its own .bss. */
    memset((void *)BOARD_BACKING, 0xA5, BOARD_BACKING_SIZE);
    map_chip_ram(chip);
    load_segments(image, chip);
    if (flash_file_open()) {
        board_log("no flash.bin in QEMU's working directory");
        board_exit(EXIT_NO_FLASH);
    }
    esp_doubles_init(chip, image->xtal_hz);
    enter_stub(chip, image->entry);
}
