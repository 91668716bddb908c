/* SLIP framing, docs/protocol.md §2.
 *
 * Receiving uses two to four frame buffers (slots of one pool, slip.h) so that the
 * next commands can arrive while the previous one is still being worked on
 * (docs/protocol.md §10.7 "ACK, then work"): one slot is being filled (by the UART
 * interrupt on the ESP8266, by polling elsewhere) while the core works on another.
 * A frame that arrives while every slot is taken is dropped; the host never has
 * more data blocks unanswered than the window this stub announces, one less than its
 * slots, nor larger than a slot, so a block always finds one free (docs/protocol.md §10.9). */
#include "slip.h"
#include "hal.h"

#ifdef HAL_RX_RELEASED
void HAL_RX_RELEASED(void);
#endif

static uint8_t pool[RX_POOL_SIZE];
static struct rx_frame frames[RX_SLOTS_MAX];
uint32_t slip_rx_frames = RX_FRAMES;
uint32_t slip_rx_slot = RX_SLOT_SIZE;
static struct rx_frame *filling;   /* NULL: outside a frame or dropping */
static uint8_t in_frame;
static uint8_t escaped;
static uint32_t next_seq;

static int slot_free(uint32_t i)
{
    return i < slip_rx_frames && frames[i].state == RX_FREE;
}

/* A free slot, one with a free slot after it if there is one (where slots are smaller
 * than the largest frame, a long frame can then go on into it). */
static struct rx_frame *claim_free_frame(void)
{
    uint32_t pick = slip_rx_frames;
    for (uint32_t i = 0; i < slip_rx_frames; i++) {
        if (!slot_free(i))
            continue;
        if (pick == slip_rx_frames)
            pick = i;
        if (slip_rx_slot >= RX_FRAME_MAX || slot_free(i + 1)) {
            pick = i;
            break;
        }
    }
    if (pick == slip_rx_frames)
        return 0;
    struct rx_frame *frame = &frames[pick];
    frame->data = pool + pick * slip_rx_slot;
    frame->len = 0;
    frame->cap = slip_rx_slot;
    frame->truncated = 0;
    frame->spans = 0;
    frame->state = RX_FILLING;
    return frame;
}

/* The frame being filled is full: take the slot after it if that one is free. */
static void go_on_into_next_slot(struct rx_frame *frame)
{
    uint32_t next = (uint32_t)(frame - frames) + 1 + frame->spans;
    if (frame->cap + slip_rx_slot > RX_FRAME_MAX || !slot_free(next))
        return;
    frames[next].state = RX_CONTINUED;
    frame->spans++;
    frame->cap += slip_rx_slot;
}

static int finish_frame(void)
{
    in_frame = 0;
    if (!filling)
        return 0;
    filling->seq = next_seq++;
    filling->state = RX_READY;
    filling = 0;
    return 1;
}

static void store_byte(uint8_t byte)
{
    if (!filling)
        return;
    if (filling->len == filling->cap)
        go_on_into_next_slot(filling);
    if (filling->len < filling->cap)
        filling->data[filling->len++] = byte;
    else
        filling->truncated = 1;
}

int slip_rx_byte(uint8_t byte)
{
    if (!in_frame) {
        /* Between frames only END matters; anything else is line noise. */
        if (byte == SLIP_END) {
            in_frame = 1;
            escaped = 0;
            filling = claim_free_frame();
        }
        return 0;
    }
    if (byte == SLIP_END) {
        /* END right after END is the start of the next frame, not an empty one. */
        if (filling && filling->len == 0 && !filling->truncated)
            return 0;
        return finish_frame();
    }
    if (escaped) {
        escaped = 0;
        /* A bad escape sequence is dropped, as the lenient decoder of docs/protocol.md §2 does. */
        if (byte == SLIP_ESC_END)
            store_byte(SLIP_END);
        else if (byte == SLIP_ESC_ESC)
            store_byte(SLIP_ESC);
        return 0;
    }
    if (byte == SLIP_ESC)
        escaped = 1;
    else
        store_byte(byte);
    return 0;
}

static struct rx_frame *oldest_ready(void)
{
    struct rx_frame *best = 0;
    for (uint32_t i = 0; i < slip_rx_frames; i++) {
        if (frames[i].state == RX_READY && (!best || frames[i].seq - best->seq > 0x80000000u))
            best = &frames[i];
    }
    return best;
}

struct rx_frame *slip_rx_wait(void)
{
    for (;;) {
        struct rx_frame *frame = oldest_ready();
        if (frame) {
            frame->state = RX_BUSY;
            return frame;
        }
        if (hal_rx_poll() < 0)
            return 0;
    }
}

void slip_rx_release(struct rx_frame *frame)
{
    uint32_t at = (uint32_t)(frame - frames);
    for (uint32_t i = 1; i <= frame->spans; i++)
        frames[at + i].state = RX_FREE;
    frame->spans = 0;
    frame->state = RX_FREE;
#ifdef HAL_RX_RELEASED
    HAL_RX_RELEASED(); /* the host build tells espsim, which counts the buffers taken */
#endif
}

/* CRC-32, reflected polynomial 0xEDB88320, four bits a step: a 64-byte table
 * instead of 1 KiB, at about twice the bytewise table's time (a 16 KiB block
 * still takes well under a millisecond at 80 MHz). */
static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
    0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C,
};

uint32_t crc32_update(uint32_t crc, const uint8_t *data, uint32_t len)
{
    crc = ~crc;
    while (len--) {
        crc ^= *data++;
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return ~crc;
}

/* Sending: escape into a small buffer and hand it to the HAL in pieces. */
static uint8_t tx_buf[128];
static uint32_t tx_len;
static uint32_t tx_crc;     /* of the frame's bytes so far, before escaping */

static void tx_byte(uint8_t byte)
{
    if (tx_len == sizeof(tx_buf)) {
        hal_tx(tx_buf, tx_len);
        tx_len = 0;
    }
    tx_buf[tx_len++] = byte;
}

void slip_tx_start(void)
{
    tx_crc = 0;
    tx_byte(SLIP_END);
}

uint32_t slip_tx_crc(void)
{
    return tx_crc;
}

void slip_tx_part(const uint8_t *data, uint32_t len)
{
    tx_crc = crc32_update(tx_crc, data, len);
    for (uint32_t i = 0; i < len; i++) {
        uint8_t b = data[i];
        if (b == SLIP_END) {
            tx_byte(SLIP_ESC);
            tx_byte(SLIP_ESC_END);
        } else if (b == SLIP_ESC) {
            tx_byte(SLIP_ESC);
            tx_byte(SLIP_ESC_ESC);
        } else {
            tx_byte(b);
        }
    }
}

void slip_tx_end(void)
{
    tx_byte(SLIP_END);
    hal_tx(tx_buf, tx_len);
    tx_len = 0;
    hal_tx_push();
}

void slip_tx_push(void)
{
    hal_tx(tx_buf, tx_len);
    tx_len = 0;
    hal_tx_push();
}

void slip_tx_frame(const uint8_t *data, uint32_t len)
{
    slip_tx_start();
    slip_tx_part(data, len);
    slip_tx_end();
}
