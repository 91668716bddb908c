/* Streaming decoder for zlib streams (RFC 1950 wrapper around RFC 1951
 * deflate data). Input arrives in pieces of any size; output leaves through a
 * sink callback in pieces of at most INFLATE_FLUSH_SIZE bytes. Memory use is
 * fixed: the 32 KiB window plus the code tables in struct inflate. */
#ifndef INFLATE_H
#define INFLATE_H

#include <stdint.h>

#define INFLATE_WINDOW_SIZE 32768u /* RFC 1951 §2: distances reach 32 KiB back */
#define INFLATE_FLUSH_SIZE 4096u

/* Returns 0 to continue, anything else to stop decoding with that code. */
typedef int (*inflate_sink)(void *ctx, const uint8_t *data, uint32_t len);

enum inflate_result {
    INFLATE_MORE = 0,        /* all input used, stream not finished */
    INFLATE_DONE = 1,        /* stream finished and its Adler-32 matched */
    INFLATE_BAD_DATA = -1,   /* not a valid zlib/deflate stream */
    INFLATE_BAD_ADLER = -2,  /* trailer does not match the output */
    INFLATE_SINK_STOP = -3,  /* the sink refused data: see sink_code */
};

/* A canonical Huffman code (RFC 1951 §3.2.2) stored as counts per length
 * and the symbols sorted by code. */
struct huffman {
    uint16_t count[16];
    uint16_t symbol[288];
};

struct inflate {
    /* where the decoder stopped, and what it already knows there */
    uint8_t state;
    uint8_t last_block;
    uint8_t block_type;
    uint16_t lit_count, dist_count, lens_count, lens_done;
    uint16_t stored_left;
    uint16_t match_len;
    uint16_t dist_code;
    uint8_t adler_bytes;
    uint32_t adler_expected;

    uint32_t bits;      /* bit buffer, least significant bit first */
    uint8_t bit_count;

    uint8_t lens[288 + 32]; /* code lengths being read for a dynamic block */
    struct huffman litlen, dist, lencode;

    /* output: the window doubles as the buffer of bytes not yet sunk */
    uint8_t window[INFLATE_WINDOW_SIZE];
    uint32_t written;   /* total bytes produced */
    uint32_t sunk;      /* total bytes handed to the sink */
    uint32_t adler_a, adler_b;

    inflate_sink sink;
    void *sink_ctx;
    int sink_code;
};

void inflate_init(struct inflate *z, inflate_sink sink, void *sink_ctx);
/* Decode as much of in[0..len) as possible. *used (if not NULL) receives the
 * number of input bytes consumed, which is less than len only when the stream
 * ended inside this piece or an error occurred. */
int inflate_feed(struct inflate *z, const uint8_t *in, uint32_t len, uint32_t *used);

#endif
