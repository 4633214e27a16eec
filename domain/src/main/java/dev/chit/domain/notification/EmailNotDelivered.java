package dev.chit.domain.notification;

/**
 * The mail server did not take an email. {@code permanent} when trying again cannot help (the
 * address was refused); otherwise the outbox tries again later.
 */
public final class EmailNotDelivered extends RuntimeException {

    private final boolean permanent;

    public EmailNotDelivered(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
