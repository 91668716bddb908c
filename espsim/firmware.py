"""The application a simulated chip runs after booting a valid image.

espsim cannot execute the image's code, so every valid image "is" the same
small program, enough for a serial monitor to be tested in both directions:
it sets its UART to `APP_BAUD`, prints one banner line, then sends back each
byte it receives, as it arrives (a terminal sees what it types; a line comes
back as a line). Given an output file (Device(app_output=FILE), `--app-output`,
`espsim://...?app_output=FILE`), it prints that file's bytes after its banner at
each boot, so a monitor can be shown a recorded crash (a panic's backtrace). It answers no protocol: to flash again, reset the chip into
download mode as on a board.
"""

APP_BAUD = 115200          # what ESP-IDF and Arduino applications use on both chips
BANNER = "espsim firmware: hello from %s, echoing what it receives\r\n"


class EchoFirmware:
    """The program the device runs in state "app" (see the module docstring)."""

    def __init__(self, device):
        self.device = device

    def start(self):
        self.device.set_device_baud(APP_BAUD)
        self.device.send_text(BANNER % self.device.chip.name)
        if self.device.app_output:
            with open(self.device.app_output, "rb") as f:
                self.device.send_text(f.read())

    def receive(self, data):
        self.device.send_text(data)
