package dev.chit.domain.port;

import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.ManagerEmail;

/** Writes an email to the guest (or a manager) and hands it to the mail server. */
public interface EmailSender {

    /** @throws dev.chit.domain.notification.EmailNotDelivered when the server did not take it */
    void send(GuestEmail email);

    /** @throws dev.chit.domain.notification.EmailNotDelivered when the server did not take it */
    void send(ManagerEmail email);
}
