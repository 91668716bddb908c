/* The UART half of the HAL for targets that poll UART0's FIFO registers
 * directly (ESP32, ESP32-S3, ESP32-C3). The register layout is the same on
 * those chips; only the addresses and the width of the FIFO counts differ, so
 * the target's HAL defines UART_FIFO, UART_STATUS, UART_RXFIFO_CNT(),
 * UART_TXFIFO_CNT() and UART_FIFO_SIZE, then includes this file once.
 * (The ESP8266 HAL transmits through its ROM's UART routines instead.) */
#ifndef HAL_UART_FIFO_H
#define HAL_UART_FIFO_H

#include <stdint.h>
#include "hal.h"
#include "slip.h"

/* With no receive interrupt, bytes that arrive during long work wait in the
 * FIFO; draining it here lets the next command arrive meanwhile. */
void hal_background(void)
{
    while (UART_RXFIFO_CNT(UART_STATUS) > 0)
        slip_rx_byte((uint8_t)UART_FIFO);
}

int hal_rx_poll(void)
{
    hal_background();
    return 0;
}

/* Waits while the FIFO is nearly full (two places kept free as a margin). */
void hal_tx(const uint8_t *data, uint32_t len)
{
    while (len > 0) {
        if (UART_TXFIFO_CNT(UART_STATUS) < UART_FIFO_SIZE - 2) {
            UART_FIFO = *data++;
            len--;
        } else {
            hal_background();
        }
    }
}

/* Bytes in the FIFO are already on their way: nothing to hand over. */
void hal_tx_push(void)
{
}

void hal_tx_flush(void)
{
    while (UART_TXFIFO_CNT(UART_STATUS) > 0)
        hal_background();
}

#endif
