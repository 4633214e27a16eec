package dev.chit.domain.error;

import java.util.List;

/** Well-formed but invalid input: one or more {@link Violation}s, nothing changed. */
public class InvalidInput extends DomainException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String code, String message) {
        this(List.of(new Violation(field, code, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1
                ? violations.getFirst().message()
                : violations.size() + " problems with the request";
    }
}
