package dev.chit.application.testing;

import dev.chit.domain.port.LoginFailures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link LoginFailures} in a list. */
public final class InMemoryLoginFailures implements LoginFailures, Snapshotting {

    private record Failure(String email, String clientAddress, Instant at) {
    }

    private List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void record(String email, String clientAddress, Instant at) {
        failures.add(new Failure(email, clientAddress, at));
    }

    @Override
    public synchronized List<Instant> ofEmailSince(String email, Instant since) {
        return failures.stream().filter(f -> f.email().equals(email) && !f.at().isBefore(since)).map(Failure::at).toList();
    }

    @Override
    public synchronized List<Instant> ofAddressSince(String clientAddress, Instant since) {
        return failures.stream().filter(f -> f.clientAddress().equals(clientAddress) && !f.at().isBefore(since))
                .map(Failure::at).toList();
    }

    @Override
    public synchronized void forgetEmail(String email) {
        failures.removeIf(f -> f.email().equals(email));
    }

    @Override
    public synchronized int purgeBefore(Instant cutoff) {
        int before = failures.size();
        failures.removeIf(f -> f.at().isBefore(cutoff));
        return before - failures.size();
    }

    public synchronized int size() {
        return failures.size();
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(failures);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        failures = new ArrayList<>((List<Failure>) snapshot);
    }
}
