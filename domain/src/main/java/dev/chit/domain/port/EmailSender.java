package dev.chit.domain.port;

import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.ReportEmail;

/** Writes an email to the guest (or a manager) and hands it to the mail server. */
public interface EmailSender {

    /** @throws dev.chit.domain.notification.EmailNotDelivered when the server did not take it */
    void send(GuestEmail email);

    /** @throws dev.chit.domain.notification.EmailNotDelivered when the server did not take it */
    void send(ManagerEmail email);

    /** With the report's files attached. @throws dev.chit.domain.notification.EmailNotDelivered as above */
    void send(ReportEmail email);
}
