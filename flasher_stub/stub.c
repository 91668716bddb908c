/* The stub's main loop: greet, then answer commands until the link closes
 * (host build) or forever (on a chip). */
#include "stub.h"
#include "commands.h"
#include "hal.h"
#include "slip.h"

void stub_main(void)
{
    hal_init();
    commands_init();
    /* docs/protocol.md §10.3: the greeting tells the host that the stub runs. */
    static const uint8_t greeting[4] = {'O', 'H', 'A', 'I'};
    slip_tx_frame(greeting, sizeof(greeting));
    for (;;) {
        struct rx_frame *frame = slip_rx_wait();
        if (!frame)
            return;
        commands_handle(frame);
    }
}
