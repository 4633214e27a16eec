package dev.chit.domain.port;

import dev.chit.domain.notification.GuestEmail;

/** Writes an email to the guest and hands it to the mail server. */
public interface EmailSender {

    /** @throws dev.chit.domain.notification.EmailNotDelivered when the server did not take it */
    void send(GuestEmail email);
}
