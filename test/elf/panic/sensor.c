/* The other compile unit of crash.c's application. */
#include "sensor.h"

#define FLASH __attribute__((section(".flash_code"), noinline))

static int history[8];

FLASH int sensor_read(int channel)
{
    int value = history[channel & 7];
    history[channel & 7] = sensor_mix(value, channel);
    return value + sink;
}

FLASH int sensor_filter(int value)
{
    int sum = 0;
    for (int i = 0; i < 8; i++)
        sum += sensor_mix(history[i], value);
    return sum / 8;
}
