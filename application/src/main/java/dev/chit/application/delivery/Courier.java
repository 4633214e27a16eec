package dev.chit.application.delivery;

import dev.chit.domain.delivery.Queued;

import java.util.Objects;
import java.util.Optional;

/**
 * What carries one kind of message to its receiver, for the {@link DeliveryLoop}: the loop
 * claims, retries and gives up; the courier only knows how to send, and what a send came to.
 */
public interface Courier<M extends Queued> {

    /**
     * Sends the message. Called outside any transaction, after the claim committed; a runtime
     * exception counts as a failure worth retrying.
     */
    Carried carry(M message);

    /** What the message is about, as {@code key=value} pairs for the log lines. */
    String describe(M message);

    /** Runs inside the transaction that gives up on the message, once, when it does. */
    default void givenUp(M message) {
    }

    /** What a send came to. */
    sealed interface Carried {

        /** The receiver took it (with its status code, when it answers with one). */
        record Delivered(Optional<Integer> statusCode) implements Carried {

            public Delivered {
                Objects.requireNonNull(statusCode, "statusCode");
            }
        }

        /** It did not arrive; {@code permanent} when no retry can help (an address refused for good). */
        record Failed(Optional<Integer> statusCode, String error, boolean permanent) implements Carried {

            public Failed {
                Objects.requireNonNull(statusCode, "statusCode");
                Objects.requireNonNull(error, "error");
            }
        }

        /** What it belonged to is gone, and the message with it: there is nothing to report. */
        record Vanished() implements Carried {
        }

        static Carried delivered() {
            return new Delivered(Optional.empty());
        }

        static Carried failed(String error, boolean permanent) {
            return new Failed(Optional.empty(), error, permanent);
        }
    }
}
