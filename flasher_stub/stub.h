#ifndef STUB_H
#define STUB_H
/* Entry of the portable core; the target's start code calls it. */
void stub_main(void);
#endif
