package dev.chit.application.printing;

import java.time.Duration;
import java.util.Objects;

/**
 * The print queue's times: a job not printed after {@code failoverAfter} goes to its printer's
 * backup; managers are emailed when a printer has held jobs for {@code alertAfter}; a job handed
 * to a printer is its for {@code lease} (a CloudPRNT job not confirmed by then is handed out
 * again, marked as a reprint); a job waiting for a printer is tried every {@code retryEvery}.
 */
public record PrintSettings(Duration failoverAfter, Duration alertAfter, Duration lease, Duration retryEvery) {

    public PrintSettings {
        Objects.requireNonNull(failoverAfter, "failoverAfter");
        Objects.requireNonNull(alertAfter, "alertAfter");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retryEvery, "retryEvery");
    }

    /** 60 s to the backup, 5 minutes to the email, a minute's lease, a try every 2 s. */
    public static PrintSettings standard() {
        return new PrintSettings(Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(1),
                Duration.ofSeconds(2));
    }
}
