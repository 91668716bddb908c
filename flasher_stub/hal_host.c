/* Host HAL: runs the stub as an ordinary program, for tests and for espsim.
 *
 *   stub_host [--flash FILE] [--device IN_FD,OUT_FD] [--in-fd N] [--out-fd N]
 *
 * The serial link is a byte stream: stdin/stdout by default, or the given
 * descriptors (a pipe or socket pair). The chip behind the stub is either
 *   --flash FILE    a flash image file (its size is the flash size) with a
 *                   small table standing in for registers and RAM, or
 *   --device R,W    a controlling process (espsim/cstub.py) that owns flash,
 *                   registers and the UART; every HAL call becomes one
 *                   request/reply on those descriptors (see DEVICE PROTOCOL).
 *   --bad-sector A  (with --flash) the 4 KiB sector at A fails every erase
 *                   and write, like worn-out flash: for testing error paths.
 *   --esp32-spi     (with --device) reach the flash the way the ESP32 build
 *                   does, through SPI1 register writes (spi_flash_esp32.c),
 *                   so the controller's SPI model is exercised.
 *   --esp32s3-spi   the same with the ESP32-S3 build's driver (SPI_MEM registers).
 *   --rx-frames N   receive slots (2 up to RX_SLOTS_MAX) and
 *   --rx-slot SIZE  their size: as the build for the chip espsim stands for lays
 *                   them out (docs/protocol.md §10.9), within RX_POOL_SIZE bytes.
 *
 * Flash follows NOR rules: erase sets bytes to 0xFF, programming can only
 * clear bits. What would end the stub on a chip ends the process, with an
 * exit status that says why (EXIT_* below); end of input exits with 0.
 *
 * DEVICE PROTOCOL (all integers little-endian; in device mode the serial
 * link runs over it too, so the controller sees everything in order):
 *   request: op (1 byte), a (u32), b (u32), then b data bytes for 'P', 'M', 'T'
 *   reply:   status (u32, 0 = ok), value (u32), then data: b bytes for 'r',
 *            `value` bytes for 'I'; no reply at all to 'T', 'F' and 'X'
 *   ops: 'I' serial input wanted (up to a bytes; status != 0: link closed)
 *        'T' serial output (b bytes)
 *        'r' read flash (addr a, len b)      'P' program flash (a, b, data)
 *        'E' erase (addr a, len b)            'C' erase chip
 *        'R' read register a -> value         'W' write register a = b
 *        'B' baud change (new a, old b)       'S' flash size -> value
 *        'U' unlock flash                     'A' attach flash (config a)
 *        'M' write RAM (a, b, data)           'K' may RAM [a, a+b) be written
 *        'F' a receive buffer was freed (the oldest frame taken) -- no reply
 *        'X' the stub stops (reason a: EXIT_* code, detail b) -- no reply */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fake_regs.h"
#include "hal.h"
#include "slip.h"
#include "spi_flash_esp32.h"
#include "stub.h"

enum {
    EXIT_LINK_CLOSED = 0,
    EXIT_USAGE = 2,
    EXIT_SOFT_RESET = 10,
    EXIT_RUN_USER_CODE = 11,
    EXIT_JUMP = 12,
    EXIT_DEVICE_GONE = 13,
};

static int in_fd = 0, out_fd = 1;
static int dev_in = -1, dev_out = -1; /* device mode when >= 0 */
static int flash_fd = -1;
static uint32_t flash_bytes;
static uint32_t bad_sector = 0xFFFFFFFFu;
static int esp32_spi; /* flash through SPI1 registers (device mode): 1 ESP32, 2 ESP32-S3 */
/* The ESP32-S3 build of spi_flash_esp32.c, renamed by the Makefile (S3_SPI). */
int esp32s3_spi_read(uint32_t addr, uint8_t *buf, uint32_t len);
int esp32s3_spi_write(uint32_t addr, const uint8_t *data, uint32_t len);
int esp32s3_spi_erase_sector(uint32_t addr);
int esp32s3_spi_erase_block(uint32_t addr);
int esp32s3_spi_erase_chip(void);
int esp32s3_spi_unlock(void);
#define SPI_DRIVER(fn) (esp32_spi == 2 ? esp32s3_spi_##fn : esp32_spi_##fn)

/* ---- plumbing ---- */

static void die(int code, const char *why)
{
    fprintf(stderr, "stub_host: %s\n", why);
    exit(code);
}

static void write_all(int fd, const uint8_t *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            exit(EXIT_LINK_CLOSED); /* the reader went away: nothing left to do */
        p += n;
        len -= (size_t)n;
    }
}

static int read_all(int fd, uint8_t *p, size_t len)
{
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* One device request. Returns the status; *value and reply data optional. */
static uint32_t device_call(char op, uint32_t a, uint32_t b, const uint8_t *data,
                            uint8_t *reply_data, uint32_t *value)
{
    uint8_t req[9];
    req[0] = (uint8_t)op;
    put32(req + 1, a);
    put32(req + 5, b);
    write_all(dev_out, req, sizeof(req));
    if (data)
        write_all(dev_out, data, b);
    if (op == 'X' || op == 'T' || op == 'F')
        return 0;
    uint8_t reply[8];
    if (read_all(dev_in, reply, sizeof(reply)))
        die(EXIT_DEVICE_GONE, "device closed");
    uint32_t status = get32(reply);
    if (value)
        *value = get32(reply + 4);
    uint32_t reply_len = op == 'I' ? get32(reply + 4) : b;
    if (op == 'I' && reply_len > a)
        die(EXIT_DEVICE_GONE, "device sent more input than asked for");
    if (status == 0 && reply_data && read_all(dev_in, reply_data, reply_len))
        die(EXIT_DEVICE_GONE, "device closed");
    return status;
}

static int device_mode(void)
{
    return dev_in >= 0;
}

static void stop(int code, uint32_t detail, const char *why)
{
    hal_tx_push();
    if (device_mode())
        device_call('X', (uint32_t)code, detail, 0, 0, 0);
    fprintf(stderr, "stub_host: %s\n", why);
    exit(code);
}

/* ---- serial link ---- */

static uint8_t tx_buf[8192];
static size_t tx_len;

/* Bytes are handed over only up to the end of one frame per call: a host
 * that sends ahead must not overrun the two receive buffers, as a real UART
 * would not either (its FIFO and the wire hold the rest). */
static uint8_t rx_buf[4096];
static size_t rx_pos, rx_len;

/* slip.c frees a receive buffer (HAL_RX_RELEASED): espsim counts the buffers a chip
 * would have taken, so that it delivers no frame the chip would have dropped. */
void hal_host_rx_released(void)
{
    if (device_mode())
        device_call('F', 0, 0, 0, 0, 0);
}

int hal_rx_poll(void)
{
    if (rx_pos == rx_len) {
        ssize_t n;
        if (device_mode()) {
            uint32_t got = 0;
            hal_tx_push(); /* whatever we said must be out before we wait */
            if (device_call('I', sizeof(rx_buf), 0, 0, rx_buf, &got) || got == 0)
                return -1;
            n = (ssize_t)got;
        } else {
            do {
                n = read(in_fd, rx_buf, sizeof(rx_buf));
            } while (n < 0 && errno == EINTR);
        }
        if (n <= 0)
            return -1;
        rx_pos = 0;
        rx_len = (size_t)n;
    }
    while (rx_pos < rx_len) {
        if (slip_rx_byte(rx_buf[rx_pos++]))
            break;
    }
    return 0;
}

void hal_tx(const uint8_t *data, uint32_t len)
{
    if (tx_len + len > sizeof(tx_buf))
        hal_tx_push();
    if (len > sizeof(tx_buf)) {
        if (device_mode())
            device_call('T', 0, len, data, 0, 0);
        else
            write_all(out_fd, data, len);
        return;
    }
    memcpy(tx_buf + tx_len, data, len);
    tx_len += len;
}

void hal_tx_push(void)
{
    if (tx_len == 0)
        return;
    if (device_mode())
        device_call('T', 0, (uint32_t)tx_len, tx_buf, 0, 0);
    else
        write_all(out_fd, tx_buf, tx_len);
    tx_len = 0;
}

void hal_tx_flush(void)
{
    hal_tx_push();
}

void hal_set_baud(uint32_t new_baud, uint32_t old_baud)
{
    if (device_mode())
        device_call('B', new_baud, old_baud, 0, 0, 0);
    else
        fprintf(stderr, "stub_host: baud %u -> %u\n", (unsigned)old_baud, (unsigned)new_baud);
}

void hal_background(void)
{
}

void hal_delay_us(uint32_t us)
{
    (void)us; /* nothing on the host waits for hardware */
}

/* ---- flash ---- */

uint32_t hal_flash_size(void)
{
    if (device_mode()) {
        uint32_t size = 0;
        device_call('S', 0, 0, 0, 0, &size);
        return size;
    }
    return flash_bytes;
}

static int in_flash(uint32_t addr, uint32_t len)
{
    return addr <= flash_bytes && len <= flash_bytes - addr;
}

static int touches_bad_sector(uint32_t addr, uint32_t len)
{
    return len > 0 && addr < bad_sector + 0x1000 && addr + len > bad_sector;
}

int hal_flash_read(uint32_t addr, uint8_t *buf, uint32_t len)
{
    if (esp32_spi)
        return SPI_DRIVER(read)(addr, buf, len);
    if (device_mode())
        return device_call('r', addr, len, 0, buf, 0) ? -1 : 0;
    if (!in_flash(addr, len) || pread(flash_fd, buf, len, addr) != (ssize_t)len)
        return -1;
    return 0;
}

int hal_flash_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    if ((addr | len) & 3)
        return -1;
    if (esp32_spi)
        return SPI_DRIVER(write)(addr, data, len);
    if (device_mode())
        return device_call('P', addr, len, data, 0, 0) ? -1 : 0;
    if (touches_bad_sector(addr, len))
        return -1;
    uint8_t old[4096];
    while (len > 0) {
        uint32_t chunk = len < sizeof(old) ? len : sizeof(old);
        if (hal_flash_read(addr, old, chunk))
            return -1;
        for (uint32_t i = 0; i < chunk; i++)
            old[i] &= data[i]; /* NOR: programming only clears bits */
        if (pwrite(flash_fd, old, chunk, addr) != (ssize_t)chunk)
            return -1;
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    return 0;
}

static int erase_range(uint32_t addr, uint32_t len)
{
    if (device_mode())
        return device_call('E', addr, len, 0, 0, 0) ? -1 : 0;
    if (!in_flash(addr, len) || touches_bad_sector(addr, len))
        return -1;
    uint8_t ones[4096];
    memset(ones, 0xFF, sizeof(ones));
    for (uint32_t done = 0; done < len; done += sizeof(ones)) {
        if (pwrite(flash_fd, ones, sizeof(ones), addr + done) != (ssize_t)sizeof(ones))
            return -1;
    }
    return 0;
}

int hal_flash_erase_sector(uint32_t addr)
{
    if (esp32_spi)
        return SPI_DRIVER(erase_sector)(addr);
    return (addr & 0xFFF) ? -1 : erase_range(addr, 0x1000);
}

int hal_flash_erase_block(uint32_t addr)
{
    if (esp32_spi)
        return SPI_DRIVER(erase_block)(addr);
    return (addr & 0xFFFF) ? -1 : erase_range(addr, 0x10000);
}

int hal_flash_erase_chip(void)
{
    if (esp32_spi)
        return SPI_DRIVER(erase_chip)();
    if (device_mode())
        return device_call('C', 0, 0, 0, 0, 0) ? -1 : 0;
    return erase_range(0, flash_bytes & ~0xFFFu);
}

int hal_flash_unlock(void)
{
    if (esp32_spi)
        return SPI_DRIVER(unlock)();
    if (device_mode())
        return device_call('U', 0, 0, 0, 0, 0) ? -1 : 0;
    return 0;
}

int hal_flash_attach(uint32_t config)
{
    if (device_mode())
        return device_call('A', config, 0, 0, 0, 0) ? -1 : 0;
    return 0;
}

int hal_flash_set_params(const uint32_t params[6])
{
    (void)params; /* the flash file has the size it has */
    return 0;
}

/* ---- registers and RAM ---- */

uint32_t hal_read_reg(uint32_t addr)
{
    if (device_mode()) {
        uint32_t value = 0;
        device_call('R', addr, 0, 0, 0, &value);
        return value;
    }
    return fake_reg_read(addr);
}

void hal_write_reg(uint32_t addr, uint32_t value)
{
    if (device_mode()) {
        device_call('W', addr, value, 0, 0, 0);
        return;
    }
    fake_reg_write(addr, value);
}

int hal_mem_write(uint32_t addr, const uint8_t *data, uint32_t len)
{
    if (device_mode())
        return device_call('M', addr, len, data, 0, 0) ? -1 : 0;
    return 0; /* no RAM to load into: accepted and dropped */
}

int hal_mem_range_ok(uint32_t addr, uint32_t len)
{
    if (device_mode())
        return device_call('K', addr, len, 0, 0, 0) == 0;
    return len <= 0x100000u && addr + len >= addr;
}

void hal_jump(uint32_t entry)
{
    char why[64];
    snprintf(why, sizeof(why), "jump to 0x%08x", (unsigned)entry);
    stop(EXIT_JUMP, entry, why);
}

void hal_soft_reset(void)
{
    stop(EXIT_SOFT_RESET, 0, "soft reset");
}

void hal_run_user_code(void)
{
    stop(EXIT_RUN_USER_CODE, 0, "run user code");
}

/* ---- start-up ---- */

void hal_init(void)
{
}

static int parse_fd_pair(const char *s, int *a, int *b)
{
    char *end;
    long x = strtol(s, &end, 10);
    if (*end != ',')
        return -1;
    long y = strtol(end + 1, &end, 10);
    if (*end != '\0' || x < 0 || y < 0)
        return -1;
    *a = (int)x;
    *b = (int)y;
    return 0;
}

static void open_flash_file(const char *path)
{
    flash_fd = open(path, O_RDWR);
    if (flash_fd < 0)
        die(EXIT_USAGE, "cannot open the flash file");
    off_t size = lseek(flash_fd, 0, SEEK_END);
    if (size < 0 || size > 0x40000000)
        die(EXIT_USAGE, "bad flash file size");
    flash_bytes = (uint32_t)size;
}

int main(int argc, char **argv)
{
    const char *flash_path = 0;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *val = i + 1 < argc ? argv[i + 1] : 0;
        if (!val && strcmp(opt, "--esp32-spi") && strcmp(opt, "--esp32s3-spi"))
            die(EXIT_USAGE, "usage: stub_host [--flash FILE | --device IN,OUT] [--in-fd N] [--out-fd N]");
        if (!strcmp(opt, "--flash"))
            flash_path = val;
        else if (!strcmp(opt, "--device") && !parse_fd_pair(val, &dev_in, &dev_out))
            ;
        else if (!strcmp(opt, "--esp32-spi") || !strcmp(opt, "--esp32s3-spi")) {
            esp32_spi = strcmp(opt, "--esp32-spi") ? 2 : 1;
            continue; /* takes no value */
        } else if (!strcmp(opt, "--rx-frames")) {
            slip_rx_frames = (uint32_t)strtoul(val, 0, 0);
            if (slip_rx_frames < 2 || slip_rx_frames > RX_SLOTS_MAX)
                die(EXIT_USAGE, "--rx-frames: 2 up to RX_SLOTS_MAX");
        } else if (!strcmp(opt, "--rx-slot")) {
            slip_rx_slot = (uint32_t)strtoul(val, 0, 0);
            if (slip_rx_slot < 0x400 || slip_rx_slot > RX_FRAME_MAX)
                die(EXIT_USAGE, "--rx-slot: 0x400 up to RX_FRAME_MAX");
        } else if (!strcmp(opt, "--bad-sector"))
            bad_sector = (uint32_t)strtoul(val, 0, 0) & ~0xFFFu;
        else if (!strcmp(opt, "--in-fd"))
            in_fd = atoi(val);
        else if (!strcmp(opt, "--out-fd"))
            out_fd = atoi(val);
        else
            die(EXIT_USAGE, "unknown or malformed option");
        i++;
    }
    if (!flash_path == !device_mode())
        die(EXIT_USAGE, "give exactly one of --flash FILE and --device IN,OUT");
    if (esp32_spi && !device_mode())
        die(EXIT_USAGE, "--esp32-spi / --esp32s3-spi need --device");
    if (slip_rx_frames * slip_rx_slot > RX_POOL_SIZE)
        die(EXIT_USAGE, "--rx-frames times --rx-slot: more than RX_POOL_SIZE");
    if (flash_path)
        open_flash_file(flash_path);
    stub_main();
    hal_tx_push();
    return EXIT_LINK_CLOSED;
}
