/* MD5 (RFC 1321), written from the RFC's definition: four rounds of sixteen
 * steps over each 64-byte block; step i of the whole 64 uses the sine
 * constant K[i] = floor(|sin(i + 1)| * 2^32), a per-round rotation schedule
 * and a per-round word order. All words are little-endian. */
#include "md5.h"

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Rotation amounts: four per round, repeated four times within the round. */
static const uint8_t ROTATE[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21},
};

static uint32_t rotl(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

static uint32_t load_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void store_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void compress_block(uint32_t state[4], const uint8_t block[64])
{
    uint32_t x[16];
    for (int i = 0; i < 16; i++)
        x[i] = load_le32(block + 4 * i);

    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    for (unsigned i = 0; i < 64; i++) {
        unsigned round = i >> 4;
        uint32_t mix;
        unsigned word;
        switch (round) {
        case 0: mix = (b & c) | (~b & d); word = i; break;
        case 1: mix = (d & b) | (~d & c); word = 5 * i + 1; break;
        case 2: mix = b ^ c ^ d; word = 3 * i + 5; break;
        default: mix = c ^ (b | ~d); word = 7 * i; break;
        }
        uint32_t rotated = rotl(a + mix + K[i] + x[word & 15], ROTATE[round][i & 3]);
        a = d;
        d = c;
        c = b;
        b = b + rotated;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
}

void md5_init(struct md5 *ctx)
{
    ctx->state[0] = 0x67452301;
    ctx->state[1] = 0xefcdab89;
    ctx->state[2] = 0x98badcfe;
    ctx->state[3] = 0x10325476;
    ctx->total_lo = 0;
    ctx->total_hi = 0;
}

void md5_update(struct md5 *ctx, const uint8_t *data, uint32_t len)
{
    uint32_t used = ctx->total_lo & 63;
    uint32_t old = ctx->total_lo;
    ctx->total_lo += len;
    if (ctx->total_lo < old)
        ctx->total_hi++;

    while (len > 0) {
        uint32_t take = 64 - used;
        if (take > len)
            take = len;
        for (uint32_t i = 0; i < take; i++)
            ctx->block[used + i] = data[i];
        used += take;
        data += take;
        len -= take;
        if (used == 64) {
            compress_block(ctx->state, ctx->block);
            used = 0;
        }
    }
}

void md5_final(struct md5 *ctx, uint8_t digest[16])
{
    /* Padding: 0x80, zeros up to 56 mod 64, then the bit length (64-bit LE). */
    uint8_t length[8];
    store_le32(length, ctx->total_lo << 3);
    store_le32(length + 4, (ctx->total_hi << 3) | (ctx->total_lo >> 29));

    static const uint8_t first_pad = 0x80;
    static const uint8_t zero = 0;
    md5_update(ctx, &first_pad, 1);
    while ((ctx->total_lo & 63) != 56)
        md5_update(ctx, &zero, 1);
    md5_update(ctx, length, 8);

    for (int i = 0; i < 4; i++)
        store_le32(digest + 4 * i, ctx->state[i]);
}
