package dev.chit.adapters.web.promotions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.support.Violations;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.promotion.PromotionTerms;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A promotion's terms as a manager sends them: every field for {@code POST} ({@code code},
 * {@code kind} and {@code value} required; {@code active} true and {@code firstOrderOnly} false
 * unless given), or a merge patch over the current terms for {@code PATCH} ({@code null} clears
 * an optional field). Every field in error is named at once (422).
 */
final class PromotionBody {

    private static final Set<String> FIELDS = Set.of("code", "kind", "value", "minSubtotal", "startsAt", "endsAt",
            "maxRedemptions", "maxPerCustomer", "firstOrderOnly", "active");

    private PromotionBody() {
    }

    static PromotionTerms created(JsonNode body) {
        return read(body, Optional.empty());
    }

    static PromotionTerms patched(JsonNode body, PromotionTerms current) {
        return read(body, Optional.of(current));
    }

    private static PromotionTerms read(JsonNode body, Optional<PromotionTerms> current) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            violations.add("body", "not-an-object", "the body is a JSON object");
            violations.throwIfAny();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                violations.add(name, "unknown-field", name + " is not a field of a promotion");
            }
        }
        Optional<String> code = field(body, "code", violations, current.map(PromotionTerms::code), PromotionBody::text);
        Optional<PromotionKind> kind = field(body, "kind", violations, current.map(PromotionTerms::kind),
                PromotionBody::kind);
        Optional<Long> value = field(body, "value", violations, current.map(PromotionTerms::value),
                PromotionBody::whole);
        Optional<Long> minSubtotal = optional(body, "minSubtotal", violations,
                current.flatMap(PromotionTerms::minSubtotal), PromotionBody::whole);
        Optional<Instant> startsAt = optional(body, "startsAt", violations, current.flatMap(PromotionTerms::startsAt),
                PromotionBody::instant);
        Optional<Instant> endsAt = optional(body, "endsAt", violations, current.flatMap(PromotionTerms::endsAt),
                PromotionBody::instant);
        Optional<Integer> maxRedemptions = optional(body, "maxRedemptions", violations,
                current.flatMap(PromotionTerms::maxRedemptions), PromotionBody::count);
        Optional<Integer> maxPerCustomer = optional(body, "maxPerCustomer", violations,
                current.flatMap(PromotionTerms::maxPerCustomer), PromotionBody::count);
        Optional<Boolean> firstOrderOnly = field(body, "firstOrderOnly", violations,
                Optional.of(current.map(PromotionTerms::firstOrderOnly).orElse(false)), PromotionBody::bool);
        Optional<Boolean> active = field(body, "active", violations,
                Optional.of(current.map(PromotionTerms::active).orElse(true)), PromotionBody::bool);
        if (violations.any()) {
            // The domain's checks name what else is wrong, when the fields could be read at all.
            if (code.isPresent() && kind.isPresent() && value.isPresent() && firstOrderOnly.isPresent()
                    && active.isPresent()) {
                violations.attempt(() -> terms(code, kind, value, minSubtotal, startsAt, endsAt, maxRedemptions,
                        maxPerCustomer, firstOrderOnly, active));
            }
            violations.throwIfAny();
        }
        return terms(code, kind, value, minSubtotal, startsAt, endsAt, maxRedemptions, maxPerCustomer,
                firstOrderOnly, active);
    }

    private static PromotionTerms terms(Optional<String> code, Optional<PromotionKind> kind, Optional<Long> value,
                                        Optional<Long> minSubtotal, Optional<Instant> startsAt,
                                        Optional<Instant> endsAt, Optional<Integer> maxRedemptions,
                                        Optional<Integer> maxPerCustomer, Optional<Boolean> firstOrderOnly,
                                        Optional<Boolean> active) {
        return new PromotionTerms(code.orElseThrow(), kind.orElseThrow(), value.orElseThrow(), minSubtotal, startsAt,
                endsAt, maxRedemptions, maxPerCustomer, firstOrderOnly.orElseThrow(), active.orElseThrow());
    }

    /** A value read from JSON, or the reason it cannot be. */
    @FunctionalInterface
    private interface Reader<T> {
        /** @return the value, or empty when {@code node} is of the wrong kind */
        Optional<T> read(JsonNode node);
    }

    /** A field that always has a value: given, or the current one; {@code null} is not allowed. */
    private static <T> Optional<T> field(JsonNode body, String name, Violations violations, Optional<T> current,
                                         Reader<T> reader) {
        JsonNode node = body.get(name);
        if (node == null) {
            if (current.isEmpty()) {
                violations.required(null, name);
            }
            return current;
        }
        if (node.isNull()) {
            violations.add(name, "required", name + " cannot be null");
            return Optional.empty();
        }
        return readOrReport(node, name, violations, reader);
    }

    /** A field that may be absent: {@code null} clears it, absence keeps the current value. */
    private static <T> Optional<T> optional(JsonNode body, String name, Violations violations, Optional<T> current,
                                            Reader<T> reader) {
        JsonNode node = body.get(name);
        if (node == null) {
            return current;
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        return readOrReport(node, name, violations, reader);
    }

    private static <T> Optional<T> readOrReport(JsonNode node, String name, Violations violations, Reader<T> reader) {
        Optional<T> value = reader.read(node);
        if (value.isEmpty()) {
            violations.add(name, "invalid", name + " is not a valid value");
        }
        return value;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Optional<PromotionKind> kind(JsonNode node) {
        return text(node).flatMap(name -> Arrays.stream(PromotionKind.values())
                .filter(kind -> kind.name().equals(name)).findFirst());
    }

    private static Optional<Long> whole(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? Optional.of(node.asLong()) : Optional.empty();
    }

    private static Optional<Integer> count(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() ? Optional.of(node.asInt()) : Optional.empty();
    }

    private static Optional<Boolean> bool(JsonNode node) {
        return node.isBoolean() ? Optional.of(node.asBoolean()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode node) {
        try {
            return text(node).map(Instant::parse);
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }
}
