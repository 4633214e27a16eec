package dev.chit.adapters.web.support;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a request while it is mapped to the domain, so that a guest hears
 * of every missing field at once instead of one per round trip.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** {@code value}, or a "required" violation for {@code field} when it is absent. */
    public <T> Optional<T> required(T value, String field) {
        if (value == null) {
            found.add(new Violation(field, "required", field + " is required"));
        }
        return Optional.ofNullable(value);
    }

    /** Builds a domain value, keeping its {@link InvalidInput} violations instead of throwing them. */
    public <T> Optional<T> attempt(Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidInput invalid) {
            found.addAll(invalid.violations());
            return Optional.empty();
        }
    }

    public void add(String field, String code, String message) {
        found.add(new Violation(field, code, message));
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** @throws InvalidInput listing everything found, if anything was */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
