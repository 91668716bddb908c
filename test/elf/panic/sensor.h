/* The sensor "driver" of crash.c: one inline helper here, the rest in sensor.c. */
extern volatile int sink;

static inline int sensor_mix(int a, int b)
{
    return (a << 2) ^ (b >> 1);
}

int sensor_read(int channel);
int sensor_filter(int value);
