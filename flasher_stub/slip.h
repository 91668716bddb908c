/* SLIP framing (docs/protocol.md §2) and the receiver's frame buffers. */
#ifndef SLIP_H
#define SLIP_H

#include <stdint.h>

#define SLIP_END 0xC0
#define SLIP_ESC 0xDB
#define SLIP_ESC_END 0xDC
#define SLIP_ESC_ESC 0xDD

/* Largest frame kept (docs/protocol.md §2: the stub cuts longer frames off). Room for a
 * 0x4000-byte data block, its 16-byte prefix, the 8-byte header and slack. */
#define RX_FRAME_MAX 0x4040

/* The receive buffers are slots of one pool (docs/protocol.md §10.9): RX_FRAMES slots of
 * RX_SLOT_SIZE bytes, set per build by the Makefile. One slot the core works on, one
 * filling, the rest complete and waiting: the host may have RX_FRAMES - 1 data blocks
 * unanswered, each no larger than a slot holds (the stub announces both in its reply to
 * CHECKED_EXCHANGES). A frame outgrowing its slot goes on into the next one when that
 * is free, up to RX_FRAME_MAX: so the ESP8266's four 8 KiB slots still take the 16 KiB
 * blocks of a host that never asked, one at a time. */
#ifndef RX_FRAMES
#define RX_FRAMES 2
#endif
#ifndef RX_SLOT_SIZE
#define RX_SLOT_SIZE RX_FRAME_MAX
#endif
/* The host build, which espsim runs for every chip, lays the pool out as that chip's
 * build does (--rx-frames, --rx-slot): up to RX_SLOTS_MAX slots in RX_POOL_SIZE bytes. */
#ifndef RX_SLOTS_MAX
#define RX_SLOTS_MAX RX_FRAMES
#endif
#ifndef RX_POOL_SIZE
#define RX_POOL_SIZE (RX_FRAMES * RX_SLOT_SIZE)
#endif

struct rx_frame {
    uint8_t *data;          /* its slot in the pool */
    uint32_t len;
    uint32_t cap;           /* its slot's size, and the next slots' it went on into */
    uint32_t seq;           /* arrival order: frames are taken oldest first */
    uint8_t truncated;      /* the frame was longer than it could hold */
    uint8_t spans;          /* slots after its own that it went on into */
    volatile uint8_t state; /* RX_FREE, RX_FILLING, RX_READY, RX_BUSY, RX_CONTINUED */
};

/* RX_CONTINUED: the slot holds the rest of the frame in the slot before it. */
enum { RX_FREE, RX_FILLING, RX_READY, RX_BUSY, RX_CONTINUED };

/* The slots used and their size: RX_FRAMES and RX_SLOT_SIZE on a chip. */
extern uint32_t slip_rx_frames;
extern uint32_t slip_rx_slot;

/* Receiver side: the HAL feeds every received byte here (may be an ISR).
 * Returns 1 when the byte completed a frame. */
int slip_rx_byte(uint8_t byte);
/* Core side: wait for the oldest complete frame; NULL if the link is gone. */
struct rx_frame *slip_rx_wait(void);
void slip_rx_release(struct rx_frame *frame);

/* Sender side: a frame is sent as start, any number of parts, end. */
void slip_tx_start(void);
void slip_tx_part(const uint8_t *data, uint32_t len);
void slip_tx_end(void);
/* Hand what is encoded so far to the link mid-frame: a streamed reply's parts
 * leave while the next ones are computed. */
void slip_tx_push(void);
void slip_tx_frame(const uint8_t *data, uint32_t len);

/* CRC-32 (IEEE 802.3, as zlib.crc32) of checked exchanges (docs/protocol.md §5.14):
 * crc32_update(0, data, len) is the CRC of data; feed more with the result. */
uint32_t crc32_update(uint32_t crc, const uint8_t *data, uint32_t len);
/* The CRC-32 of every byte handed to slip_tx_part() since slip_tx_start(). */
uint32_t slip_tx_crc(void);

#endif
