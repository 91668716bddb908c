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

struct rx_frame {
    uint8_t data[RX_FRAME_MAX];
    uint32_t len;
    uint32_t seq;           /* arrival order: frames are taken oldest first */
    uint8_t truncated;      /* the frame was longer than RX_FRAME_MAX */
    volatile uint8_t state; /* RX_FREE, RX_FILLING, RX_READY, RX_BUSY */
};

enum { RX_FREE, RX_FILLING, RX_READY, RX_BUSY };

/* Receive frame buffers: one the core works on, one filling, the rest complete and
 * waiting. A build whose RAM has room for a third sets RX_FRAMES to 3 (the
 * Makefile); the host may then have RX_FRAMES - 1 data blocks unanswered
 * (docs/protocol.md §10.9). */
#ifndef RX_FRAMES
#define RX_FRAMES 2
#endif
/* How many of the RX_FRAMES are used: all of them on a chip; the host build, which
 * espsim runs for every chip, uses as many as that chip's build has. */
extern uint32_t slip_rx_frames;

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
