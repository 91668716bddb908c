/*
 * A stand-in for a chip's ROM ELF (test/test_panic.py links it at the ROM's
 * address): a few functions with debugging information, for --rom-elf.
 */
volatile unsigned rom_ticks;

__attribute__((noinline)) void rom_delay_us(unsigned us)
{
    unsigned end = rom_ticks + us * 40;
    while ((int)(rom_ticks - end) < 0)
        rom_ticks++;
}

__attribute__((noinline)) int rom_printf(const char *format)
{
    int count = 0;
    while (*format++)
        count++;
    rom_delay_us(count);
    return count;
}
