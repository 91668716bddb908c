/* zlib stream decoder written from RFC 1950 (wrapper, Adler-32) and RFC 1951
 * (deflate). It is a resumable state machine: every state first makes sure
 * all the bits it needs are in the bit buffer and only then consumes them,
 * so running out of input anywhere just means "come back with more". */
#include "inflate.h"
#include "hal.h"

enum {
    S_ZLIB_HEADER, S_BLOCK_HEADER, S_STORED_HEADER, S_STORED_COPY,
    S_DYNAMIC_COUNTS, S_CODELEN_LENS, S_CODE_LENS, S_LITLEN, S_DIST_SYMBOL,
    S_DIST_EXTRA, S_ADLER, S_DONE, S_FAILED,
};

/* RFC 1951 §3.2.7: order in which code-length code lengths are sent. */
static const uint8_t CODELEN_ORDER[19] = {
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
};

#define ADLER_MOD 65521u

/* Length codes 257..285 and distance codes 0..29 (RFC 1951 §3.2.5): the
 * number of extra bits grows by one every four (lengths) or two (distances)
 * codes, and each base is the previous base plus the previous code's span. */
static uint8_t length_extra(unsigned code) /* code = symbol - 257 */
{
    if (code < 8 || code == 28)
        return 0;
    return (uint8_t)((code - 4) >> 2);
}

static uint16_t length_base(unsigned code)
{
    if (code == 28)
        return 258;
    uint16_t base = 3;
    for (unsigned c = 0; c < code; c++)
        base += (uint16_t)(1u << length_extra(c));
    return base;
}

static uint8_t dist_extra(unsigned code)
{
    return code < 4 ? 0 : (uint8_t)((code - 2) >> 1);
}

static uint16_t dist_base(unsigned code)
{
    uint32_t base = 1;
    for (unsigned c = 0; c < code; c++)
        base += 1u << dist_extra(c);
    return (uint16_t)base;
}

/* ---- bit buffer ---- */

struct input {
    const uint8_t *data;
    uint32_t len, pos;
};

/* Top the bit buffer up to at least 25 bits, as far as input allows. Every
 * state needs at most 20 bits at once (15-bit code + 5 extra). */
static void refill(struct inflate *z, struct input *in)
{
    while (z->bit_count <= 24 && in->pos < in->len) {
        z->bits |= (uint32_t)in->data[in->pos++] << z->bit_count;
        z->bit_count += 8;
    }
}

static int have_bits(struct inflate *z, struct input *in, unsigned n)
{
    refill(z, in);
    return z->bit_count >= n;
}

static uint32_t peek_bits(struct inflate *z, unsigned n)
{
    return n == 0 ? 0 : z->bits & ((1u << n) - 1);
}

static void drop_bits(struct inflate *z, unsigned n)
{
    z->bits = n >= 32 ? 0 : z->bits >> n;
    z->bit_count -= (uint8_t)n;
}

static uint32_t take_bits(struct inflate *z, unsigned n)
{
    uint32_t v = peek_bits(z, n);
    drop_bits(z, n);
    return v;
}

/* ---- Huffman codes ---- */

/* Build a code from per-symbol lengths. Returns non-zero if the lengths
 * over-subscribe the code space (incomplete codes are allowed, as RFC 1951
 * permits a single distance code). */
static int huffman_build(struct huffman *h, const uint8_t *lens, unsigned n)
{
    uint16_t offset[16];
    for (unsigned l = 0; l < 16; l++)
        h->count[l] = 0;
    for (unsigned s = 0; s < n; s++)
        h->count[lens[s]]++;

    int32_t room = 1;
    for (unsigned l = 1; l < 16; l++) {
        room = (room << 1) - h->count[l];
        if (room < 0)
            return -1;
    }

    offset[1] = 0;
    for (unsigned l = 1; l < 15; l++)
        offset[l + 1] = (uint16_t)(offset[l] + h->count[l]);
    for (unsigned s = 0; s < n; s++) {
        if (lens[s])
            h->symbol[offset[lens[s]]++] = (uint16_t)s;
    }
    return 0;
}

/* Decode one symbol from the buffered bits without consuming them. Returns
 * the symbol, -1 if more bits are needed, -2 if the bits match no code.
 * *nbits receives the code length. Codes are sent most significant bit first
 * (RFC 1951 §3.1.1), so the code grows one bit at a time from the buffer. */
static int huffman_peek(const struct huffman *h, const struct inflate *z, unsigned *nbits)
{
    uint32_t code = 0;      /* code read so far */
    uint32_t first = 0;     /* first code of the current length */
    uint32_t index = 0;     /* index in symbol[] of that first code */
    for (unsigned len = 1; len < 16; len++) {
        if (len > z->bit_count)
            return -1;
        code |= (z->bits >> (len - 1)) & 1;
        uint32_t count = h->count[len];
        if (code - first < count) {
            *nbits = len;
            return h->symbol[index + (code - first)];
        }
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -2;
}

static void build_fixed_codes(struct inflate *z)
{
    unsigned s = 0;
    for (; s < 144; s++) z->lens[s] = 8;
    for (; s < 256; s++) z->lens[s] = 9;
    for (; s < 280; s++) z->lens[s] = 7;
    for (; s < 288; s++) z->lens[s] = 8;
    huffman_build(&z->litlen, z->lens, 288);
    for (s = 0; s < 30; s++) z->lens[s] = 5;
    huffman_build(&z->dist, z->lens, 30);
}

/* ---- output ---- */

static void adler_update(struct inflate *z, const uint8_t *p, uint32_t len)
{
    uint32_t a = z->adler_a, b = z->adler_b;
    while (len > 0) {
        /* 5552 bytes is the most that can be summed before b may overflow. */
        uint32_t chunk = len < 5552 ? len : 5552;
        len -= chunk;
        while (chunk--) {
            a += *p++;
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    z->adler_a = a;
    z->adler_b = b;
}

static int sink_pending(struct inflate *z)
{
    while (z->sunk != z->written) {
        uint32_t start = z->sunk & (INFLATE_WINDOW_SIZE - 1);
        uint32_t len = z->written - z->sunk;
        if (len > INFLATE_WINDOW_SIZE - start)
            len = INFLATE_WINDOW_SIZE - start; /* up to the wrap, then the rest */
        adler_update(z, z->window + start, len);
        z->sunk += len;
        int code = z->sink(z->sink_ctx, z->window + start, len);
        if (code) {
            z->sink_code = code;
            return INFLATE_SINK_STOP;
        }
    }
    return 0;
}

/* At 921600 baud a 128-byte UART FIFO fills in 1.4 ms; producing 128 bytes
 * takes far less, so this keeps a polling target's receiver fed. */
static void put_byte(struct inflate *z, uint8_t b)
{
    z->window[z->written++ & (INFLATE_WINDOW_SIZE - 1)] = b;
    if ((z->written & 127) == 0)
        hal_background();
}

/* Pending output is sunk in pieces so it is never overwritten unsent. */
static int maybe_sink(struct inflate *z)
{
    if (z->written - z->sunk >= INFLATE_FLUSH_SIZE)
        return sink_pending(z);
    return 0;
}

/* ---- states ---- */

/* Each step returns CONTINUE, 0 when it needs more input, INFLATE_DONE, or
 * a negative inflate_result. */
#define CONTINUE 2

static int step_zlib_header(struct inflate *z, struct input *in)
{
    if (!have_bits(z, in, 16))
        return 0;
    uint32_t cmf = take_bits(z, 8), flg = take_bits(z, 8);
    /* RFC 1950 §2.2: method 8 (deflate), window <= 32 KiB, check bits, no dictionary. */
    if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7 || ((cmf << 8) | flg) % 31 != 0 || (flg & 0x20))
        return INFLATE_BAD_DATA;
    z->state = S_BLOCK_HEADER;
    return CONTINUE;
}

static int step_block_header(struct inflate *z, struct input *in)
{
    if (!have_bits(z, in, 3))
        return 0;
    z->last_block = (uint8_t)take_bits(z, 1);
    z->block_type = (uint8_t)take_bits(z, 2);
    switch (z->block_type) {
    case 0:
        drop_bits(z, z->bit_count & 7); /* stored blocks start on a byte boundary */
        z->state = S_STORED_HEADER;
        return CONTINUE;
    case 1:
        build_fixed_codes(z);
        z->state = S_LITLEN;
        return CONTINUE;
    case 2:
        z->state = S_DYNAMIC_COUNTS;
        return CONTINUE;
    default:
        return INFLATE_BAD_DATA;
    }
}

static int step_stored_header(struct inflate *z, struct input *in)
{
    if (!have_bits(z, in, 32))
        return 0;
    uint32_t len = take_bits(z, 16), nlen = take_bits(z, 16);
    if ((len ^ 0xFFFF) != nlen)
        return INFLATE_BAD_DATA;
    z->stored_left = (uint16_t)len;
    z->state = S_STORED_COPY;
    return CONTINUE;
}

static int step_stored_copy(struct inflate *z, struct input *in)
{
    while (z->stored_left > 0) {
        uint8_t b;
        if (z->bit_count >= 8) {
            b = (uint8_t)take_bits(z, 8);
        } else if (in->pos < in->len) {
            b = in->data[in->pos++];
        } else {
            return 0;
        }
        put_byte(z, b);
        z->stored_left--;
        int r = maybe_sink(z);
        if (r)
            return r;
    }
    z->state = z->last_block ? S_ADLER : S_BLOCK_HEADER;
    return CONTINUE;
}

static int step_dynamic_counts(struct inflate *z, struct input *in)
{
    if (!have_bits(z, in, 14))
        return 0;
    z->lit_count = (uint16_t)(take_bits(z, 5) + 257);
    z->dist_count = (uint16_t)(take_bits(z, 5) + 1);
    z->lens_count = (uint16_t)(take_bits(z, 4) + 4);
    if (z->lit_count > 286 || z->dist_count > 30)
        return INFLATE_BAD_DATA;
    for (unsigned i = 0; i < 19; i++)
        z->lens[i] = 0;
    z->lens_done = 0;
    z->state = S_CODELEN_LENS;
    return CONTINUE;
}

static int step_codelen_lens(struct inflate *z, struct input *in)
{
    while (z->lens_done < z->lens_count) {
        if (!have_bits(z, in, 3))
            return 0;
        z->lens[CODELEN_ORDER[z->lens_done++]] = (uint8_t)take_bits(z, 3);
    }
    if (huffman_build(&z->lencode, z->lens, 19))
        return INFLATE_BAD_DATA;
    z->lens_done = 0;
    z->state = S_CODE_LENS;
    return CONTINUE;
}

/* Literal/length and distance code lengths, run-length coded with the
 * code-length code (RFC 1951 §3.2.7: 16 = repeat previous, 17/18 = zeros). */
static int step_code_lens(struct inflate *z, struct input *in)
{
    unsigned total = z->lit_count + z->dist_count;
    while (z->lens_done < total) {
        refill(z, in);
        unsigned nbits;
        int sym = huffman_peek(&z->lencode, z, &nbits);
        if (sym == -1)
            return 0;
        if (sym < 0)
            return INFLATE_BAD_DATA;
        if (sym < 16) {
            drop_bits(z, nbits);
            z->lens[z->lens_done++] = (uint8_t)sym;
            continue;
        }
        unsigned extra = sym == 16 ? 2 : sym == 17 ? 3 : 7;
        if (z->bit_count < nbits + extra)
            return 0;
        drop_bits(z, nbits);
        unsigned repeat = take_bits(z, extra) + (sym == 16 ? 3 : sym == 17 ? 3 : 11);
        uint8_t value = 0;
        if (sym == 16) {
            if (z->lens_done == 0)
                return INFLATE_BAD_DATA;
            value = z->lens[z->lens_done - 1];
        }
        if (z->lens_done + repeat > total)
            return INFLATE_BAD_DATA;
        while (repeat--)
            z->lens[z->lens_done++] = value;
    }
    if (z->lens[256] == 0) /* a block without an end-of-block code cannot end */
        return INFLATE_BAD_DATA;
    if (huffman_build(&z->litlen, z->lens, z->lit_count) ||
        huffman_build(&z->dist, z->lens + z->lit_count, z->dist_count))
        return INFLATE_BAD_DATA;
    z->state = S_LITLEN;
    return CONTINUE;
}

static int step_litlen(struct inflate *z, struct input *in)
{
    for (;;) {
        refill(z, in);
        unsigned nbits;
        int sym = huffman_peek(&z->litlen, z, &nbits);
        if (sym == -1)
            return 0;
        if (sym < 0)
            return INFLATE_BAD_DATA;
        if (sym < 256) {
            drop_bits(z, nbits);
            put_byte(z, (uint8_t)sym);
            int r = maybe_sink(z);
            if (r)
                return r;
            continue;
        }
        if (sym == 256) {
            drop_bits(z, nbits);
            z->state = z->last_block ? S_ADLER : S_BLOCK_HEADER;
            return CONTINUE;
        }
        unsigned code = (unsigned)sym - 257;
        if (code > 28)
            return INFLATE_BAD_DATA;
        unsigned extra = length_extra(code);
        if (z->bit_count < nbits + extra)
            return 0;
        drop_bits(z, nbits);
        z->match_len = (uint16_t)(length_base(code) + take_bits(z, extra));
        z->state = S_DIST_SYMBOL;
        return CONTINUE;
    }
}

static int step_dist_symbol(struct inflate *z, struct input *in)
{
    refill(z, in);
    unsigned nbits;
    int sym = huffman_peek(&z->dist, z, &nbits);
    if (sym == -1)
        return 0;
    if (sym < 0 || sym > 29)
        return INFLATE_BAD_DATA;
    drop_bits(z, nbits);
    z->dist_code = (uint16_t)sym;
    z->state = S_DIST_EXTRA;
    return CONTINUE;
}

static int step_dist_extra(struct inflate *z, struct input *in)
{
    unsigned extra = dist_extra(z->dist_code);
    if (!have_bits(z, in, extra))
        return 0;
    uint32_t distance = dist_base(z->dist_code) + take_bits(z, extra);
    if (distance > z->written)
        return INFLATE_BAD_DATA; /* reaches back before the start of the stream */
    for (unsigned i = 0; i < z->match_len; i++)
        put_byte(z, z->window[(z->written - distance) & (INFLATE_WINDOW_SIZE - 1)]);
    z->state = S_LITLEN;
    return maybe_sink(z) ? INFLATE_SINK_STOP : CONTINUE;
}

/* RFC 1950 §2.2: Adler-32 of the uncompressed data, most significant byte
 * first, on a byte boundary after the last block. */
static int step_adler(struct inflate *z, struct input *in)
{
    if (z->adler_bytes == 0)
        drop_bits(z, z->bit_count & 7);
    while (z->adler_bytes < 4) {
        if (!have_bits(z, in, 8))
            return 0;
        z->adler_expected = (z->adler_expected << 8) | take_bits(z, 8);
        z->adler_bytes++;
    }
    int r = sink_pending(z);
    if (r)
        return r;
    if (((z->adler_b << 16) | z->adler_a) != z->adler_expected)
        return INFLATE_BAD_ADLER;
    z->state = S_DONE;
    return INFLATE_DONE;
}

static int step(struct inflate *z, struct input *in)
{
    switch (z->state) {
    case S_ZLIB_HEADER: return step_zlib_header(z, in);
    case S_BLOCK_HEADER: return step_block_header(z, in);
    case S_STORED_HEADER: return step_stored_header(z, in);
    case S_STORED_COPY: return step_stored_copy(z, in);
    case S_DYNAMIC_COUNTS: return step_dynamic_counts(z, in);
    case S_CODELEN_LENS: return step_codelen_lens(z, in);
    case S_CODE_LENS: return step_code_lens(z, in);
    case S_LITLEN: return step_litlen(z, in);
    case S_DIST_SYMBOL: return step_dist_symbol(z, in);
    case S_DIST_EXTRA: return step_dist_extra(z, in);
    case S_ADLER: return step_adler(z, in);
    case S_DONE: return INFLATE_DONE;
    default: return INFLATE_BAD_DATA;
    }
}

void inflate_init(struct inflate *z, inflate_sink sink, void *sink_ctx)
{
    z->state = S_ZLIB_HEADER;
    z->last_block = 0;
    z->adler_bytes = 0;
    z->adler_expected = 0;
    z->bits = 0;
    z->bit_count = 0;
    z->written = 0;
    z->sunk = 0;
    z->adler_a = 1;
    z->adler_b = 0;
    z->sink = sink;
    z->sink_ctx = sink_ctx;
    z->sink_code = 0;
}

/* Bytes still in the bit buffer were taken from the input but not decoded;
 * when the stream ends they are handed back by lowering the used count. */
static uint32_t input_used(const struct inflate *z, const struct input *in)
{
    uint32_t unread = z->bit_count >> 3;
    return in->pos >= unread ? in->pos - unread : 0;
}

int inflate_feed(struct inflate *z, const uint8_t *data, uint32_t len, uint32_t *used)
{
    struct input in = {data, len, 0};
    int r;
    if (z->state == S_FAILED)
        return INFLATE_BAD_DATA;
    do {
        r = step(z, &in);
    } while (r == CONTINUE);

    if (r == 0)
        r = sink_pending(z); /* input exhausted: hand over what we have */
    if (r < 0)
        z->state = S_FAILED;
    if (used)
        *used = r == INFLATE_DONE ? input_used(z, &in) : in.pos;
    return r == 0 ? INFLATE_MORE : r;
}
