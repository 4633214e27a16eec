package dev.chit.domain.error;

/**
 * The thing asked for does not exist, or is not visible to the caller: the two look the same
 * from outside so that ids do not leak.
 */
public class NotFound extends DomainException {

    private final String kind;

    public NotFound(String kind, Object id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
