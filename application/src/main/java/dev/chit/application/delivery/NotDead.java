package dev.chit.application.delivery;

import dev.chit.domain.error.Conflict;

import java.util.UUID;

/** Only a message given up on can be sent again; this one is still pending, or arrived (409). */
public class NotDead extends Conflict {

    public NotDead(UUID id) {
        super("message " + id + " was not given up on: it is still on its way, or arrived");
    }
}
