package dev.chit.domain.port;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins, kept where every server instance sees them, so that the
 * {@link dev.chit.domain.staff.SignInThrottle} holds however many instances run. Emails are
 * compared as given: the caller normalises them.
 */
public interface LoginFailures {

    void record(String email, String clientAddress, Instant at);

    /** When sign-in failed for {@code email} since {@code since}, from any address. */
    List<Instant> ofEmailSince(String email, Instant since);

    /** When sign-in failed from {@code clientAddress} since {@code since}, for any email. */
    List<Instant> ofAddressSince(String clientAddress, Instant since);

    /** Forgets the failures for {@code email} (it signed in). */
    void forgetEmail(String email);

    /** Forgets failures older than {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);
}
