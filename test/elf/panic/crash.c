/*
 * A small "application" that crashes, for the panic decoder's tests
 * (test/test_panic.py): plain calls, static inline helpers the compiler
 * folds into their callers, a helper in another file (sensor.c, with a
 * header of its own), and code in flash and in IRAM. It never runs: the
 * tests decode addresses in it and compare with the toolchain's addr2line.
 */
#include "sensor.h"

#define IRAM  __attribute__((section(".iram1"), noinline))
#define FLASH __attribute__((section(".flash_code"), noinline))

volatile int sink;
int *volatile null_pointer;

static inline int scale(int value)
{
    int result = value * 3;
    if (result > 100)
        result -= 7;
    return result;
}

static inline __attribute__((always_inline)) int clamp_and_scale(int value)
{
    if (value < 0)
        value = 0;
    return scale(value) + 1;
}

FLASH void store_through(int *where, int value)
{
    *where = value;                 /* the crash: a store through NULL */
}

FLASH int compute(int seed)
{
    int total = 0;
    for (int i = 0; i < seed; i++) {
        total += clamp_and_scale(i ^ seed);
        sink = total;
    }
    return total;
}

IRAM void isr_handler(int value)
{
    sink = clamp_and_scale(value);
    sink += sensor_read(value);
}

FLASH void app_main(void)
{
    int value = compute(sink);
    isr_handler(value);
    store_through(null_pointer, sensor_filter(value));
    sink = value;
}

void call_user_start(void)
{
    app_main();
    for (;;)
        ;
}
