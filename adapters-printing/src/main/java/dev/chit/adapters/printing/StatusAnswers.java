package dev.chit.adapters.printing;

import dev.chit.domain.printing.PrinterStatus;

/**
 * The printer's answers to {@code DLE EOT 1}, {@code 2} and {@code 4}, one byte each. Every
 * real-time status byte has bit 1 and bit 4 set and bits 0 and 7 clear; a byte that does not is
 * not a status (some printers echo), and counts as no answer.
 */
record StatusAnswers(int printer, int offlineCause, int paperSensor) {

    private static final int FIXED_MASK = 0b1001_0011;
    private static final int FIXED_BITS = 0b0001_0010;
    /** DLE EOT 1, bit 3: the printer is offline. */
    static final int OFFLINE = 0b0000_1000;
    /** DLE EOT 4, bits 5 and 6: the roll paper sensor sees the paper's end. */
    static final int PAPER_END = 0b0110_0000;

    boolean wellFormed() {
        return fixed(printer) && fixed(offlineCause) && fixed(paperSensor);
    }

    PrinterStatus status() {
        if (!wellFormed()) {
            return PrinterStatus.OFFLINE;
        }
        if ((paperSensor & PAPER_END) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        return (printer & OFFLINE) != 0 ? PrinterStatus.OFFLINE : PrinterStatus.ONLINE;
    }

    private static boolean fixed(int answer) {
        return (answer & FIXED_MASK) == FIXED_BITS;
    }

    @Override
    public String toString() {
        return String.format("DLE EOT 1/2/4 answered %02X %02X %02X", printer, offlineCause, paperSensor);
    }
}
