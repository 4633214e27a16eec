package dev.chit.domain.promotion;

import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a manager sets on a promotion (API.md, "Menu and pricing for every market"), checked as a
 * whole: every field in error is named at once, and nothing is kept unless all are right.
 *
 * @param value        percent (1..100) for {@code PERCENT}, minor units (more than 0) for {@code AMOUNT}
 * @param minSubtotal  the subtotal (before the discount) a cart must reach, in minor units
 * @param endsAt       the first instant the code no longer applies; after {@code startsAt}
 */
public record PromotionTerms(
        String code,
        PromotionKind kind,
        long value,
        Optional<Long> minSubtotal,
        Optional<Instant> startsAt,
        Optional<Instant> endsAt,
        Optional<Integer> maxRedemptions,
        Optional<Integer> maxPerCustomer,
        boolean firstOrderOnly,
        boolean active) {

    public static final int MAX_CODE_LENGTH = 40;
    // What a guest can type and read out over the phone: letters, digits, '-' and '_'.
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_-]+");

    public PromotionTerms {
        code = Objects.requireNonNull(code, "code").strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minSubtotal, "minSubtotal");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(maxRedemptions, "maxRedemptions");
        Objects.requireNonNull(maxPerCustomer, "maxPerCustomer");
        List<Violation> violations = violations(code, kind, value, minSubtotal, startsAt, endsAt, maxRedemptions,
                maxPerCustomer);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** The code as it is compared: codes match whatever their case. */
    public static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public String codeKey() {
        return key(code);
    }

    private static List<Violation> violations(String code, PromotionKind kind, long value, Optional<Long> minSubtotal,
                                              Optional<Instant> startsAt, Optional<Instant> endsAt,
                                              Optional<Integer> maxRedemptions, Optional<Integer> maxPerCustomer) {
        List<Violation> violations = new ArrayList<>();
        if (code.isEmpty() || code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            violations.add(new Violation("code", "invalid",
                    "code is 1 to " + MAX_CODE_LENGTH + " letters, digits, '-' or '_'"));
        }
        if (kind == PromotionKind.PERCENT && (value < 1 || value > 100)) {
            violations.add(new Violation("value", "out-of-range", "a PERCENT promotion's value is 1 to 100"));
        } else if (kind == PromotionKind.AMOUNT && value < 1) {
            violations.add(new Violation("value", "out-of-range",
                    "an AMOUNT promotion's value is more than 0 minor units"));
        }
        if (minSubtotal.filter(min -> min < 0).isPresent()) {
            violations.add(new Violation("minSubtotal", "negative", "minSubtotal must not be negative"));
        }
        if (startsAt.isPresent() && endsAt.isPresent() && !endsAt.get().isAfter(startsAt.get())) {
            violations.add(new Violation("endsAt", "not-after-start", "endsAt must be after startsAt"));
        }
        if (maxRedemptions.filter(max -> max < 1).isPresent()) {
            violations.add(new Violation("maxRedemptions", "out-of-range", "maxRedemptions is at least 1"));
        }
        if (maxPerCustomer.filter(max -> max < 1).isPresent()) {
            violations.add(new Violation("maxPerCustomer", "out-of-range", "maxPerCustomer is at least 1"));
        }
        return violations;
    }
}
