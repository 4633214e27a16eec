package dev.chit.adapters.web.json;

import java.util.Optional;

/**
 * A request body that is not the JSON the endpoint reads: bad syntax, a wrong type, an unknown
 * field or enum value. The client must fix the request itself (400), unlike a well-formed but
 * invalid one (422).
 *
 * @see Json#read(byte[], Class)
 */
public final class UnreadableJson extends RuntimeException {

    private final String field;
    private final String code;

    UnreadableJson(String field, String code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    /** The field in the body, as {@code lines[0].quantity}; empty when the body as a whole is wrong. */
    public Optional<String> field() {
        return Optional.ofNullable(field).filter(f -> !f.isEmpty());
    }

    /** A stable code for clients: {@code wrong-type}, {@code unknown-field}, {@code invalid-value}, ... */
    public String code() {
        return code;
    }
}
