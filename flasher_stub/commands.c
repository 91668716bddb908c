/* Command handlers. Each handler checks its request, answers, and for the
 * data-block commands answers *before* doing the flash work so the host can
 * send the next block meanwhile (docs/protocol.md §10.7); errors found while
 * working are kept and reported with the next data block or the END. */
#include "commands.h"
#include "hal.h"
#include "inflate.h"
#include "md5.h"

#define HEADER_LEN 8
#define DATA_PREFIX_LEN 16 /* <IIII> length, sequence, 0, 0 before a data payload */
#define CRC_LEN 4          /* a checked request's trailer (docs/protocol.md §5.14) */
#define REGION_LEN 8       /* <II> address, length that a checked digest reply covers */

/* ---- little helpers ---- */

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void put_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* docs/protocol.md §3.3: seed 0xEF, XOR of every payload byte. */
static uint8_t data_checksum(const uint8_t *p, uint32_t len)
{
    uint8_t sum = 0xEF;
    while (len--)
        sum ^= *p++;
    return sum;
}

/* One request, parsed from its frame (docs/protocol.md §3.1). */
struct request {
    uint8_t op;
    uint16_t len;
    uint32_t checksum;
    const uint8_t *data;
    uint32_t frame_len;
};

static uint32_t arg(const struct request *req, unsigned i)
{
    return le32(req->data + 4 * i);
}

/* Checked exchanges (docs/protocol.md §5.14): off until the host asks with
 * CHECKED_EXCHANGES, so hosts that never ask (upstream's) get the plain protocol.
 * Once on, a request is acted on only if its CRC-32 trailer is right, and each
 * reply ends with the CRC of the request it answers and its own CRC. */
static uint8_t checked;
static uint32_t request_crc;    /* the trailer of the request being answered */

static void put_word(uint32_t v)
{
    uint8_t word[4];
    put_le32(word, v);
    slip_tx_part(word, 4);
}

/* docs/protocol.md §3.2 response: direction 1, opcode, size, value, then the result
 * bytes (sent by the caller) ... */
static void reply_start(uint8_t op, uint32_t value, uint32_t result_len)
{
    uint8_t header[HEADER_LEN];
    uint32_t size = result_len + 2 + (checked ? 2 * CRC_LEN : 0);
    header[0] = 0x01;
    header[1] = op;
    header[2] = (uint8_t)size;
    header[3] = (uint8_t)(size >> 8);
    put_le32(header + 4, value);
    slip_tx_start();
    slip_tx_part(header, HEADER_LEN);
}

/* ... then the two stub status bytes [error, extra] (docs/protocol.md §4.1), and
 * when checked the request's CRC and the CRC of the whole reply. */
static void reply_end(uint8_t error, uint8_t extra)
{
    uint8_t status[2] = {error, extra};
    slip_tx_part(status, 2);
    if (checked) {
        put_word(request_crc);
        put_word(slip_tx_crc());
    }
    slip_tx_end();
}

/* A checked digest reply says first which range it covers. */
static uint32_t region_len(void)
{
    return checked ? REGION_LEN : 0;
}

static void send_region(uint32_t addr, uint32_t len)
{
    if (checked) {
        put_word(addr);
        put_word(len);
    }
}

static void send_response_data(uint8_t op, uint32_t value, const uint8_t *result, uint32_t result_len,
                               uint8_t error, uint8_t extra)
{
    reply_start(op, value, result_len);
    slip_tx_part(result, result_len);
    reply_end(error, extra);
}

static void send_response(uint8_t op, uint8_t error)
{
    send_response_data(op, 0, 0, 0, error, 0);
}

/* ---- flash geometry and range checks ---- */

static uint32_t flash_chip_size = 16u << 20; /* docs/protocol.md §10.5: 16 MiB until SPI_SET_PARAMS */

static uint32_t flash_limit(void)
{
    uint32_t physical = hal_flash_size();
    return physical < flash_chip_size ? physical : flash_chip_size;
}

static int flash_range_ok(uint32_t addr, uint32_t len)
{
    uint32_t limit = flash_limit();
    return addr <= limit && len <= limit - addr;
}

/* ---- erasing only what is not blank (docs/protocol.md §13.3) ---- */

#define SECTORS_PER_BLOCK (FLASH_BLOCK_SIZE / FLASH_SECTOR_SIZE)
/* A 64 KiB block erase takes about as long as this many 4 KiB sector erases
 * (typical 150 ms against 45 ms, docs/protocol.md §13.3): with more sectors to
 * erase than this, the block erase is the quicker. */
#define SECTOR_ERASES_PER_BLOCK_ERASE 3
/* Flash read into RAM: READ_FLASH's packets, MD5 input, the blank checks
 * below (never two of them at once). */
static uint8_t read_buf[READ_PACKET_MAX];
_Static_assert(READ_PACKET_MAX >= FLASH_SECTOR_SIZE, "a blank check reads one sector");

static int all_erased(const uint8_t *data, uint32_t len)
{
    for (uint32_t i = 0; i < len; i++)
        if (data[i] != 0xFF)
            return 0;
    return 1;
}

static int sector_is_blank(uint32_t addr)
{
    if (hal_flash_read(addr, read_buf, FLASH_SECTOR_SIZE))
        return 0; /* unknown: erase it */
    hal_background();
    return all_erased(read_buf, FLASH_SECTOR_SIZE);
}

/* Erase a sector or a 64 KiB block, skipping what is already blank: reading a
 * sector costs well under a millisecond, erasing it 45 ms; a factory-fresh
 * chip needs no erase at all. Within a block, a few sectors that hold data are
 * erased alone, more than a few by one block erase. The flash ends up the same. */
static int erase_unless_blank(uint32_t addr, uint32_t len)
{
    uint32_t dirty = 0, count = 0, sectors = len / FLASH_SECTOR_SIZE;
    for (uint32_t i = 0; i < sectors; i++) {
        if (!sector_is_blank(addr + i * FLASH_SECTOR_SIZE)) {
            dirty |= 1u << i;
            count++;
        }
    }
    if (count > SECTOR_ERASES_PER_BLOCK_ERASE && len == FLASH_BLOCK_SIZE)
        return hal_flash_erase_block(addr) ? ESP_FAILED_SPI_OP : ESP_OK;
    for (uint32_t i = 0; i < sectors; i++)
        if ((dirty & (1u << i)) && hal_flash_erase_sector(addr + i * FLASH_SECTOR_SIZE))
            return ESP_FAILED_SPI_OP;
    return ESP_OK;
}

/* Erase [addr, addr+len), both sector-aligned: 4 KiB sectors up to a 64 KiB
 * boundary, 64 KiB blocks while more than 64 KiB remain, then sectors (docs/protocol.md §13). */
static int erase_region(uint32_t addr, uint32_t len)
{
    uint32_t end = addr + len;
    while (addr < end) {
        uint32_t step = (addr & (FLASH_BLOCK_SIZE - 1)) == 0 && end - addr > FLASH_BLOCK_SIZE
                            ? FLASH_BLOCK_SIZE : FLASH_SECTOR_SIZE;
        int err = erase_unless_blank(addr, step);
        if (err)
            return err;
        addr += step;
    }
    return ESP_OK;
}

/* ---- the flash write session (FLASH_* and FLASH_DEFL_*) ---- */

static struct {
    uint8_t active;
    uint8_t compressed;
    uint8_t stream_done;     /* compressed: zlib stream ended and checked */
    uint8_t error;           /* remembered error from working on a block */
    uint32_t next_addr;      /* flash address of the next byte to write */
    uint32_t remaining;      /* bytes still expected (uncompressed) */
    uint32_t erased_to;      /* everything below this (from the start) is erased */
    uint32_t erase_end;      /* end of the session, rounded up to a sector */
    uint32_t carry_addr;     /* word-aligned address of the partial word */
    uint8_t carry[4];        /* bytes of a word not yet written */
    uint8_t carry_len;
    uint32_t offset, size;   /* the session's range */
    uint32_t read_back_to;   /* [offset, read_back_to) was read back into read_back */
    struct md5 read_back;
} session;

/* The last session written whole: its range and the MD5 of the flash read back after
 * programming (FLASH_WRITTEN_MD5, docs/protocol.md §5.16). */
static struct {
    uint8_t valid;
    uint32_t offset, size;
    uint8_t md5[16];
} written;

static struct inflate inflater;

/* Erase just in time: before writing below `end`, erase up to it, using a
 * 64 KiB block when one starts here and 16 sectors remain (docs/protocol.md §10.6). */
static int erase_up_to(uint32_t end)
{
    while (session.erased_to < end) {
        uint32_t at = session.erased_to;
        uint32_t step = (at & (FLASH_BLOCK_SIZE - 1)) == 0 && session.erase_end - at >= FLASH_BLOCK_SIZE
                            ? FLASH_BLOCK_SIZE : FLASH_SECTOR_SIZE;
        int err = erase_unless_blank(at, step);
        if (err)
            return err;
        session.erased_to += step;
    }
    return ESP_OK;
}

/* Program [addr, addr+len) of erased flash. A page of 0xFF would change nothing
 * and still cost a page program time (docs/protocol.md §13.3): such pages are
 * left out, the others are programmed in runs of neighbouring pages. */
static int write_words(uint32_t addr, const uint8_t *data, uint32_t len)
{
    int err = erase_up_to(addr + len);
    if (err)
        return err;
    uint32_t run = 0; /* bytes of pages to program, ending at `addr` */
    while (len > 0) {
        uint32_t chunk = FLASH_PAGE_SIZE - (addr & (FLASH_PAGE_SIZE - 1));
        if (chunk > len)
            chunk = len;
        if (all_erased(data, chunk)) {
            if (run && hal_flash_write(addr - run, data - run, run))
                return ESP_FAILED_SPI_OP;
            run = 0;
        } else {
            run += chunk;
        }
        addr += chunk;
        data += chunk;
        len -= chunk;
    }
    if (run && hal_flash_write(addr - run, data - run, run))
        return ESP_FAILED_SPI_OP;
    return ESP_OK;
}

static int flush_carry(void)
{
    if (session.carry_len == 0)
        return ESP_OK;
    while (session.carry_len < 4)
        session.carry[session.carry_len++] = 0xFF; /* programming 0xFF changes nothing */
    session.carry_len = 0;
    return write_words(session.carry_addr, session.carry, 4);
}

/* Write the next bytes of the session. Flash is programmed in whole words,
 * so up to three trailing bytes wait in `carry` for the rest of their word. */
static int session_write(const uint8_t *data, uint32_t len)
{
    int err;
    session.remaining -= len;
    while (len > 0 && session.carry_len > 0) {
        session.carry[session.carry_len++] = *data++;
        len--;
        session.next_addr++;
        if (session.carry_len == 4 && (err = flush_carry()) != ESP_OK)
            return err;
    }
    uint32_t whole = len & ~3u;
    if (whole) {
        if ((err = write_words(session.next_addr, data, whole)) != ESP_OK)
            return err;
        session.next_addr += whole;
        data += whole;
        len -= whole;
    }
    if (len) {
        session.carry_addr = session.next_addr;
        for (uint32_t i = 0; i < len; i++)
            session.carry[session.carry_len++] = data[i];
        session.next_addr += len;
    }
    if (session.remaining == 0)
        return flush_carry();
    return ESP_OK;
}

static int inflate_to_flash(void *ctx, const uint8_t *data, uint32_t len)
{
    (void)ctx;
    if (len > session.remaining)
        return ESP_TOO_MUCH_DATA;
    return session_write(data, len);
}

static void session_start(uint32_t size, uint32_t offset, uint8_t compressed)
{
    session.active = 1;
    session.offset = offset;
    session.size = size;
    session.read_back_to = offset;
    md5_init(&session.read_back);
    written.valid = 0;
    session.compressed = compressed;
    session.stream_done = 0;
    session.error = ESP_OK;
    session.next_addr = offset;
    session.remaining = size;
    session.erased_to = offset & ~(FLASH_SECTOR_SIZE - 1);
    session.erase_end = (offset + size + FLASH_SECTOR_SIZE - 1) & ~(FLASH_SECTOR_SIZE - 1);
    /* An unaligned start: the bytes before it in its word are left as they are. */
    session.carry_len = 0;
    session.carry_addr = offset & ~3u;
    while (session.carry_len < (offset & 3))
        session.carry[session.carry_len++] = 0xFF;
    if (compressed)
        inflate_init(&inflater, inflate_to_flash, 0);
}

/* FLASH_BEGIN / FLASH_DEFL_BEGIN: size, number of blocks, block size, offset,
 * and from modern hosts a fifth word, the encrypted-write flag (docs/protocol.md §5.5), which
 * this stub does not implement: only 0 is accepted. */
static void handle_flash_begin(const struct request *req, uint8_t compressed)
{
    if (req->len != 16 && req->len != 20) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    if (req->len == 20 && arg(req, 4) != 0) {
        session.active = 0;
        send_response(req->op, ESP_FAILED);
        return;
    }
    uint32_t size = arg(req, 0), block_size = arg(req, 2), offset = arg(req, 3);
    session.active = 0;
    if (block_size == 0 || block_size > MAX_WRITE_BLOCK) {
        send_response(req->op, ESP_BAD_BLOCKSIZE);
        return;
    }
    if (!flash_range_ok(offset, size)) {
        send_response(req->op, ESP_FAILED);
        return;
    }
    if (hal_flash_unlock()) {
        send_response(req->op, ESP_FAILED_SPI_UNLOCK);
        return;
    }
    session_start(size, offset, compressed);
    send_response(req->op, ESP_OK);
}

/* Common checks of FLASH_DATA / FLASH_DEFL_DATA / MEM_DATA (docs/protocol.md §3.3). Returns
 * the error to report, or ESP_OK with *payload_len set. */
static int check_data_block(const struct request *req, uint32_t *payload_len)
{
    if (req->len < DATA_PREFIX_LEN)
        return ESP_BAD_DATA_LEN;
    uint32_t len = arg(req, 0);
    if (len != (uint32_t)req->len - DATA_PREFIX_LEN)
        return ESP_BAD_DATA_LEN;
    if (data_checksum(req->data + DATA_PREFIX_LEN, len) != (req->checksum & 0xFF))
        return ESP_BAD_DATA_CHECKSUM;
    *payload_len = len;
    return ESP_OK;
}

static int data_block_error(const struct request *req, uint8_t compressed, uint32_t *payload_len)
{
    if (!session.active || session.compressed != compressed)
        return ESP_NOT_IN_FLASH_MODE;
    int err = check_data_block(req, payload_len);
    if (err)
        return err;
    if (session.error)
        return session.error; /* from working on the previous block */
    if (!compressed && session.remaining == 0)
        return ESP_TOO_MUCH_DATA;
    if (compressed && session.stream_done)
        return ESP_TOO_MUCH_DATA;
    return ESP_OK;
}

/* After each block: read back what is programmed (the bytes below a partial word
 * wait for it) into the session's MD5, and once all of it is, keep that MD5 for
 * FLASH_WRITTEN_MD5. The reads fall between blocks, while the next one is on the
 * wire. A session starting mid-word is not read back (the reads start aligned). */
static void read_back_written(void)
{
    if (session.error || (session.offset & 3))
        return;
    uint32_t end = session.carry_len ? session.carry_addr : session.next_addr;
    while (session.read_back_to < end) {
        uint32_t chunk = end - session.read_back_to;
        if (chunk > sizeof(read_buf))
            chunk = sizeof(read_buf);
        if (hal_flash_read(session.read_back_to, read_buf, chunk)) {
            session.error = ESP_FAILED_SPI_OP;
            return;
        }
        md5_update(&session.read_back, read_buf, chunk);
        session.read_back_to += chunk;
        hal_background();
    }
    if (session.remaining == 0 && session.carry_len == 0
        && session.read_back_to == session.offset + session.size) {
        md5_final(&session.read_back, written.md5);
        written.offset = session.offset;
        written.size = session.size;
        written.valid = 1;
        session.read_back_to++; /* finished: not again */
    }
}

static void handle_flash_data(const struct request *req)
{
    uint32_t len;
    int err = data_block_error(req, 0, &len);
    send_response(req->op, (uint8_t)err);
    if (err)
        return;
    if (len > session.remaining)
        len = session.remaining; /* the last block may be padded */
    session.error = (uint8_t)session_write(req->data + DATA_PREFIX_LEN, len);
    read_back_written();
}

static void handle_flash_defl_data(const struct request *req)
{
    uint32_t len;
    int err = data_block_error(req, 1, &len);
    send_response(req->op, (uint8_t)err);
    if (err)
        return;
    uint32_t used;
    int r = inflate_feed(&inflater, req->data + DATA_PREFIX_LEN, len, &used);
    if (r == INFLATE_DONE) {
        session.stream_done = 1;
        if (used < len)
            session.error = ESP_TOO_MUCH_DATA;      /* bytes after the stream */
        else if (session.remaining > 0)
            session.error = ESP_NOT_ENOUGH_DATA;    /* stream shorter than announced */
    } else if (r == INFLATE_SINK_STOP) {
        session.error = (uint8_t)inflater.sink_code;
    } else if (r != INFLATE_MORE) {
        session.error = ESP_INFLATE_ERROR;
    }
    read_back_written();
}

/* FLASH_END / FLASH_DEFL_END: either kind closes either kind of session
 * (upstream closes a compressed write with FLASH_BEGIN(0, 0) + DEFL_END, docs/protocol.md §11.8). */
static void handle_flash_end(const struct request *req)
{
    uint8_t err = ESP_OK;
    if (req->len != 4)
        err = ESP_BAD_DATA_LEN;
    else if (!session.active)
        err = ESP_NOT_IN_FLASH_MODE;
    else if (session.error)
        err = session.error;
    else if (session.remaining > 0 || (session.compressed && !session.stream_done))
        err = ESP_NOT_ENOUGH_DATA;
    if (req->len == 4)
        session.active = 0;
    send_response(req->op, err);
    if (err == ESP_OK && arg(req, 0) == 0) {
        /* docs/protocol.md §5.5: flag 0 reboots into the ROM loader once the reply is out. */
        hal_tx_flush();
        hal_delay_us(10000);
        hal_soft_reset();
    }
}

/* ---- RAM download (MEM_*) ---- */

static struct {
    uint8_t active;
    uint32_t next_addr;
    uint32_t remaining;
} mem;

static void handle_mem_begin(const struct request *req)
{
    if (req->len != 16) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t total = arg(req, 0), addr = arg(req, 3);
    if (!hal_mem_range_ok(addr, total)) {
        mem.active = 0;
        send_response(req->op, ESP_FAILED);
        return;
    }
    mem.active = 1;
    mem.next_addr = addr;
    mem.remaining = total;
    send_response(req->op, ESP_OK);
}

static void handle_mem_data(const struct request *req)
{
    uint32_t len;
    int err = mem.active ? check_data_block(req, &len) : ESP_NOT_IN_FLASH_MODE;
    if (err == ESP_OK && (len & 3))
        err = ESP_BAD_DATA_LEN;
    if (err == ESP_OK && len > mem.remaining)
        err = ESP_TOO_MUCH_DATA;
    if (err == ESP_OK && hal_mem_write(mem.next_addr, req->data + DATA_PREFIX_LEN, len))
        err = ESP_FAILED;
    if (err == ESP_OK) {
        mem.next_addr += len;
        mem.remaining -= len;
    }
    send_response(req->op, (uint8_t)err);
}

static void handle_mem_end(const struct request *req)
{
    uint8_t err = ESP_OK;
    if (req->len != 8)
        err = ESP_BAD_DATA_LEN;
    else if (mem.active && mem.remaining > 0)
        err = ESP_NOT_ENOUGH_DATA;
    mem.active = 0;
    send_response(req->op, err);
    uint32_t entry = req->len == 8 ? arg(req, 1) : 0;
    if (err == ESP_OK && entry != 0) {
        hal_tx_flush();
        hal_jump(entry); /* docs/protocol.md §5.4: the stub jumps whenever an entry is given */
    }
}

/* ---- registers ---- */

static void handle_read_reg(const struct request *req)
{
    if (req->len != 4) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    send_response_data(req->op, hal_read_reg(arg(req, 0)), 0, 0, ESP_OK, 0);
}

/* WRITE_REG takes one or more (address, value, mask, delay_us) tuples. */
static void handle_write_reg(const struct request *req)
{
    if (req->len == 0 || req->len % 16 != 0) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    for (unsigned i = 0; i < req->len / 16u; i++) {
        uint32_t addr = arg(req, 4 * i), value = arg(req, 4 * i + 1);
        uint32_t mask = arg(req, 4 * i + 2), delay = arg(req, 4 * i + 3);
        if (mask != 0xFFFFFFFFu)
            value = (hal_read_reg(addr) & ~mask) | (value & mask);
        hal_write_reg(addr, value);
        if (delay)
            hal_delay_us(delay);
    }
    send_response(req->op, ESP_OK);
}

/* ---- SPI flash configuration ---- */

static void handle_spi_set_params(const struct request *req)
{
    if (req->len != 24) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t params[6];
    for (unsigned i = 0; i < 6; i++)
        params[i] = arg(req, i);
    int rom_code = hal_flash_set_params(params);
    if (rom_code == 0)
        flash_chip_size = params[1];
    send_response_data(req->op, 0, 0, 0, rom_code ? ESP_FAILED : ESP_OK, (uint8_t)rom_code);
}

static void handle_spi_attach(const struct request *req)
{
    /* The stub format is 4 bytes; the 8-byte ROM32 format is accepted too. */
    if (req->len != 4 && req->len != 8) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    send_response(req->op, hal_flash_attach(arg(req, 0)) ? ESP_FAILED : ESP_OK);
}

/* docs/protocol.md §5.9: reply at the old rate, let it leave, then switch. */
static void handle_change_baudrate(const struct request *req)
{
    if (req->len != 8) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t new_baud = arg(req, 0), old_baud = arg(req, 1);
    if (new_baud == 0 || old_baud == 0) {
        send_response(req->op, ESP_FAILED);
        return;
    }
    send_response(req->op, ESP_OK);
    hal_tx_flush();
    hal_delay_us(10000);
    hal_set_baud(new_baud, old_baud);
    hal_delay_us(1000);
}

/* ---- erase, MD5, read ---- */

static void handle_erase_flash(const struct request *req)
{
    if (req->len != 0) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    if (hal_flash_unlock()) {
        send_response(req->op, ESP_FAILED_SPI_UNLOCK);
        return;
    }
    send_response(req->op, hal_flash_erase_chip() ? ESP_FAILED_SPI_OP : ESP_OK);
}

static void handle_erase_region(const struct request *req)
{
    if (req->len != 8) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t offset = arg(req, 0), size = arg(req, 1);
    if ((offset | size) & (FLASH_SECTOR_SIZE - 1) || !flash_range_ok(offset, size)) {
        send_response(req->op, ESP_FAILED);
        return;
    }
    if (hal_flash_unlock()) {
        send_response(req->op, ESP_FAILED_SPI_UNLOCK);
        return;
    }
    send_response(req->op, (uint8_t)erase_region(offset, size));
}

static int md5_of_flash(uint32_t addr, uint32_t len, uint8_t digest[16])
{
    struct md5 ctx;
    md5_init(&ctx);
    while (len > 0) {
        uint32_t chunk = len < sizeof(read_buf) ? len : sizeof(read_buf);
        if (hal_flash_read(addr, read_buf, chunk))
            return ESP_FAILED_SPI_OP;
        md5_update(&ctx, read_buf, chunk);
        addr += chunk;
        len -= chunk;
    }
    md5_final(&ctx, digest);
    return ESP_OK;
}

/* docs/protocol.md §5.10: the stub answers with 16 raw digest bytes before the status. */
static void handle_spi_flash_md5(const struct request *req)
{
    if (req->len != 16) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t addr = arg(req, 0), size = arg(req, 1);
    uint8_t digest[16];
    int err = flash_range_ok(addr, size) ? md5_of_flash(addr, size, digest) : ESP_FAILED;
    if (err) {
        send_response(req->op, (uint8_t)err);
        return;
    }
    reply_start(req->op, 0, region_len() + 16);
    send_region(addr, size);
    slip_tx_part(digest, 16);
    reply_end(ESP_OK, 0);
}

/* FLASH_WRITTEN_MD5 (ours, docs/protocol.md §5.16): the MD5 of the flash read back
 * after the last write session, asked for by its range; ESP_FAILED if no session of
 * exactly that range was written whole since. */
static void handle_flash_written_md5(const struct request *req)
{
    if (req->len != 8) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t addr = arg(req, 0), size = arg(req, 1);
    if (!written.valid || written.offset != addr || written.size != size) {
        send_response(req->op, ESP_FAILED);
        return;
    }
    reply_start(req->op, 0, region_len() + 16);
    send_region(addr, size);
    slip_tx_part(written.md5, 16);
    reply_end(ESP_OK, 0);
}

/* FLASH_SECTOR_MD5 (docs/protocol.md §5.13): the MD5 of every whole 4 KiB sector that
 * [addr, addr+size) touches, then the MD5 of exactly that range, from one pass over
 * the flash. The reply is streamed: its length is known before the first read, so
 * no digest needs to be kept in RAM. A read error still sends that many bytes
 * (zero digests from there on) and reports the error in the status. */
static void handle_flash_sector_md5(const struct request *req)
{
    if (req->len != 8) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    uint32_t addr = arg(req, 0), size = arg(req, 1);
    uint32_t first = addr & ~(FLASH_SECTOR_SIZE - 1);
    uint32_t end = addr + size;
    uint32_t span_end = (end + FLASH_SECTOR_SIZE - 1) & ~(FLASH_SECTOR_SIZE - 1);
    uint32_t sectors = (span_end - first) / FLASH_SECTOR_SIZE;
    if (end < addr || span_end < end || sectors > MAX_DIGEST_SECTORS
        || !flash_range_ok(first, span_end - first)) {
        send_response(req->op, ESP_FAILED);
        return;
    }
    uint8_t digest[16], status[2] = {ESP_OK, 0};
    reply_start(req->op, 0, region_len() + (sectors + 1) * 16);
    send_region(addr, size);
    struct md5 range;
    md5_init(&range);
    for (uint32_t at = first; at < span_end; at += FLASH_SECTOR_SIZE) {
        for (unsigned i = 0; i < 16; i++)
            digest[i] = 0;
        if (status[0] == ESP_OK && hal_flash_read(at, read_buf, FLASH_SECTOR_SIZE))
            status[0] = ESP_FAILED_SPI_OP;
        if (status[0] == ESP_OK) {
            struct md5 sector;
            md5_init(&sector);
            md5_update(&sector, read_buf, FLASH_SECTOR_SIZE);
            md5_final(&sector, digest);
            uint32_t from = addr > at ? addr - at : 0;
            uint32_t to = end < at + FLASH_SECTOR_SIZE ? end - at : FLASH_SECTOR_SIZE;
            if (to > from)
                md5_update(&range, read_buf + from, to - from);
        }
        slip_tx_part(digest, 16);
        slip_tx_push();   /* on the wire while the next sector is read and hashed */
    }
    for (unsigned i = 0; i < 16; i++)
        digest[i] = 0;
    if (status[0] == ESP_OK)
        md5_final(&range, digest);
    slip_tx_part(digest, 16);
    reply_end(status[0], status[1]);
}

/* Wait for the host's acknowledgement of the bytes it has received (docs/protocol.md §12.1).
 * Returns non-zero to end the transfer early: a short acknowledgement (as
 * upstream's stub treats it), or the link is gone. */
static int wait_read_ack(uint32_t *acked)
{
    struct rx_frame *ack = slip_rx_wait();
    if (!ack)
        return -1;
    int short_ack = ack->len < 4;
    if (!short_ack)
        *acked = le32(ack->data); /* a longer frame counts by its first word */
    slip_rx_release(ack);
    return short_ack;
}

/* READ_FLASH: reply, then stream packets while fewer than max_in_flight
 * bytes are unacknowledged, then the MD5 of everything sent (docs/protocol.md §12.1). */
static void handle_read_flash(struct rx_frame *frame, const struct request *req)
{
    if (req->len != 16) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        slip_rx_release(frame);
        return;
    }
    uint32_t offset = arg(req, 0), length = arg(req, 1);
    uint32_t packet = arg(req, 2), in_flight = arg(req, 3);
    slip_rx_release(frame); /* the acknowledgements need a receive buffer */
    if (packet == 0 || packet > READ_PACKET_MAX || !flash_range_ok(offset, length)) {
        send_response(OP_READ_FLASH, ESP_FAILED);
        return;
    }
    send_response(OP_READ_FLASH, ESP_OK);

    struct md5 ctx;
    md5_init(&ctx);
    uint32_t sent = 0, acked = 0;
    while (acked < length) {
        /* At least one packet may always be in flight, or nothing would move. */
        while (sent < length && (sent == acked || sent - acked < in_flight)) {
            uint32_t chunk = length - sent < packet ? length - sent : packet;
            if (hal_flash_read(offset + sent, read_buf, chunk))
                return; /* the host sees the stream stop and times out */
            md5_update(&ctx, read_buf, chunk);
            slip_tx_frame(read_buf, chunk);
            sent += chunk;
        }
        uint32_t ack;
        if (wait_read_ack(&ack))
            break;
        acked = ack > sent ? sent : ack;
    }
    uint8_t digest[16];
    md5_final(&ctx, digest);
    /* Checked: the range read, the MD5, and the CRC of both (docs/protocol.md §5.14). */
    slip_tx_start();
    send_region(offset, length);
    slip_tx_part(digest, 16);
    if (checked)
        put_word(slip_tx_crc());
    slip_tx_end();
}

/* Later stubs answer SYNC so a host can tell a running stub from a ROM (docs/protocol.md §5.2:
 * eight replies whose value field is 0). */
static void handle_sync(const struct request *req)
{
    for (int i = 0; i < 8; i++)
        send_response(req->op, ESP_OK);
}

/* The largest data block a receive slot holds with its request around it, in whole KiB:
 * 0x4000 in a 0x4040-byte slot, 0x2000 in the ESP8266's 0x2020-byte ones. */
static uint32_t slot_block_max(void)
{
    uint32_t block = (slip_rx_slot - HEADER_LEN - DATA_PREFIX_LEN - CRC_LEN) & ~0x3FFu;
    return block < MAX_WRITE_BLOCK ? block : MAX_WRITE_BLOCK;
}

/* CHECKED_EXCHANGES (ours, docs/protocol.md §5.14): checked from this request on,
 * its own reply included, until the stub ends. The reply's value announces the
 * receive slots (docs/protocol.md §10.9): bits 0-7 the window, how many data blocks the
 * host may have sent and not yet seen answered (one less than the slots); bits 10 up
 * the largest data block a slot holds (a multiple of 1 KiB). */
static void handle_checked_exchanges(const struct request *req)
{
    if (req->len != 0) {
        send_response(req->op, ESP_BAD_DATA_LEN);
        return;
    }
    checked = 1;
    send_response_data(req->op, (slip_rx_frames - 1) | slot_block_max(), 0, 0, ESP_OK, 0);
}

/* ---- dispatch ---- */

/* A checked request ends with the CRC-32 of everything before it. Remembers
 * the trailer as received: the reply echoes it, so a host can tell a refusal
 * of its own request from a late reply to another one. */
static int request_crc_ok(const struct rx_frame *frame)
{
    if (frame->len < HEADER_LEN + CRC_LEN || frame->truncated) {
        request_crc = 0;
        return 0;
    }
    request_crc = le32(frame->data + frame->len - CRC_LEN);
    return crc32_update(0, frame->data, frame->len - CRC_LEN) == request_crc;
}

static int parse_request(const struct rx_frame *frame, struct request *req)
{
    if (frame->len < HEADER_LEN || frame->data[0] != 0x00)
        return -1;
    req->op = frame->data[1];
    req->len = (uint16_t)(frame->data[2] | (frame->data[3] << 8));
    req->checksum = le32(frame->data + 4);
    req->data = frame->data + HEADER_LEN;
    req->frame_len = frame->len;
    return 0;
}

void commands_init(void)
{
    session.active = 0;
    mem.active = 0;
    checked = 0;
}

/* The ROM protocol's SYNC request, whole: 07 07 12 20 and 32 bytes of 0x55. */
static int is_plain_sync(const struct rx_frame *frame)
{
    static const uint8_t head[4] = {0x07, 0x07, 0x12, 0x20};
    if (frame->len != HEADER_LEN + 36 || frame->data[1] != OP_SYNC)
        return 0;
    for (uint32_t i = 0; i < 36; i++)
        if (frame->data[HEADER_LEN + i] != (i < 4 ? head[i] : 0x55))
            return 0;
    return 1;
}

void commands_handle(struct rx_frame *frame)
{
    struct request req;
    if (parse_request(frame, &req)) {
        slip_rx_release(frame); /* not a request (e.g. a stray acknowledgement) */
        return;
    }
    /* A plain SYNC while checked is a new host that found the stub still running
     * (docs/protocol.md §5.14): it speaks the plain protocol until it asks again.
     * No damaged checked request reads as this exact 44-byte frame. */
    if (checked && is_plain_sync(frame))
        checked = 0;
    if (checked || req.op == OP_CHECKED_EXCHANGES) {
        if (!request_crc_ok(frame)) {
            send_response(req.op, ESP_BAD_REQUEST_CHECKSUM); /* damaged: not acted on */
            slip_rx_release(frame);
            return;
        }
        req.frame_len -= CRC_LEN;
    }
    if (req.len > MAX_DATA_LEN) {
        send_response_data(req.op, 0, 0, 0, ESP_BAD_DATA_LEN, 0xEE);
        slip_rx_release(frame);
        return;
    }
    if (frame->truncated || req.len != req.frame_len - HEADER_LEN) {
        send_response(req.op, ESP_BAD_DATA_LEN);
        slip_rx_release(frame);
        return;
    }

    switch (req.op) {
    case OP_FLASH_BEGIN: handle_flash_begin(&req, 0); break;
    case OP_FLASH_DEFL_BEGIN: handle_flash_begin(&req, 1); break;
    case OP_FLASH_DATA: handle_flash_data(&req); break;
    case OP_FLASH_DEFL_DATA: handle_flash_defl_data(&req); break;
    case OP_FLASH_END:
    case OP_FLASH_DEFL_END: handle_flash_end(&req); break;
    case OP_MEM_BEGIN: handle_mem_begin(&req); break;
    case OP_MEM_DATA: handle_mem_data(&req); break;
    case OP_MEM_END: handle_mem_end(&req); break;
    case OP_SYNC: handle_sync(&req); break;
    case OP_READ_REG: handle_read_reg(&req); break;
    case OP_WRITE_REG: handle_write_reg(&req); break;
    case OP_SPI_SET_PARAMS: handle_spi_set_params(&req); break;
    case OP_SPI_ATTACH: handle_spi_attach(&req); break;
    case OP_CHANGE_BAUDRATE: handle_change_baudrate(&req); break;
    case OP_SPI_FLASH_MD5: handle_spi_flash_md5(&req); break;
    case OP_FLASH_SECTOR_MD5: handle_flash_sector_md5(&req); break;
    case OP_CHECKED_EXCHANGES: handle_checked_exchanges(&req); break;
    case OP_ERASE_FLASH: handle_erase_flash(&req); break;
    case OP_ERASE_REGION: handle_erase_region(&req); break;
    case OP_READ_FLASH: handle_read_flash(frame, &req); return; /* released inside */
    case OP_FLASH_WRITTEN_MD5: handle_flash_written_md5(&req); break;
    case OP_RUN_USER_CODE:
        hal_tx_flush();
        hal_run_user_code(); /* docs/protocol.md §5.11: no reply */
        break;
    default: send_response(req.op, ESP_CMD_NOT_IMPLEMENTED); break;
    }
    slip_rx_release(frame);
}
