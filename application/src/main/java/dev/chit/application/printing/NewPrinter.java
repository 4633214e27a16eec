package dev.chit.application.printing;

import dev.chit.domain.printing.Printer;

import java.util.Objects;
import java.util.Optional;

/**
 * A printer just set up, with the CloudPRNT password it was given: shown this once (only its
 * hash is kept), for the manager to type into the printer.
 */
public record NewPrinter(Printer printer, Optional<String> cloudPrntPassword) {

    public NewPrinter {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(cloudPrntPassword, "cloudPrntPassword");
    }

    @Override
    public String toString() {
        return "NewPrinter[" + printer.id() + "]";
    }
}
