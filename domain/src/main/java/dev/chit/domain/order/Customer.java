package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.chit.domain.error.Checks.text;

/**
 * The guest who placed the order, as they gave themselves at checkout, and the language they
 * ordered in (their emails and receipts speak it).
 */
public record Customer(String name, String email, Optional<String> phone, GuestLanguage language) {

    // Deliberately loose: one @, something either side, a dot in the domain. Real proof of
    // an address is a delivered receipt, not a regular expression.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,30}$");

    public Customer {
        name = text(name, "customer.name", 200);
        email = text(email, "customer.email", 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInput("customer.email", "invalid-email", "customer.email is not an email address");
        }
        Objects.requireNonNull(language, "language");
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(p -> !p.isEmpty());
        phone.ifPresent(p -> {
            if (!PHONE.matcher(p).matches()) {
                throw new InvalidInput("customer.phone", "invalid-phone", "customer.phone is not a phone number");
            }
        });
    }

    /** A guest who ordered in English, the first of the {@link GuestLanguage}s. */
    public Customer(String name, String email, Optional<String> phone) {
        this(name, email, phone, GuestLanguage.EN);
    }
}
