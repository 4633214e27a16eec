package dev.chit.application.staff;

import dev.chit.domain.error.Conflict;

/**
 * The change would leave the restaurant without a manager, and nobody could then run its
 * settings, menu or staff but a platform admin. Managers may not do that; admins may.
 */
public class LastManager extends Conflict {

    public LastManager() {
        super("this is the restaurant's last manager; make someone else a manager first");
    }
}
