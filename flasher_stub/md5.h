/* MD5 message digest (RFC 1321), streaming. */
#ifndef MD5_H
#define MD5_H

#include <stdint.h>

struct md5 {
    uint32_t state[4];
    uint32_t total_lo, total_hi; /* message length in bytes */
    uint8_t block[64];
};

void md5_init(struct md5 *ctx);
void md5_update(struct md5 *ctx, const uint8_t *data, uint32_t len);
void md5_final(struct md5 *ctx, uint8_t digest[16]);

#endif
