package dev.chit.benchmarks;

import dev.chit.domain.order.Customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** The bistro's guests: one who checks out in the benchmarks, and a neighbourhood of regulars for history. */
final class Guests {

    static final Customer ADA = new Customer("Ada Guest", "ada@example.com", Optional.of("+1 555 0100"));

    private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald",
            "Frances", "John", "Margaret", "Ken", "Radia", "Dennis", "Katherine", "Tim", "Hedy", "Linus", "Sophie",
            "Niklaus", "Jean", "Bjarne");
    /** "Garcia" is one surname in twenty: a search for it finds about 250 of 5,000 orders. */
    private static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones",
            "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
            "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin");

    private Guests() {
    }

    static Customer random(Random random) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String email = (first + "." + last + random.nextInt(100) + "@example.com").toLowerCase(Locale.ROOT);
        String phone = "+1 718 555 %04d".formatted(random.nextInt(10_000));
        return new Customer(first + " " + last, email, Optional.of(phone));
    }
}
