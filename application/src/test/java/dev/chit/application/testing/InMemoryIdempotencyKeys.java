package dev.chit.application.testing;

import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyKeys} in a map: claimed by a holder under a lease, then completed with a
 * response, or released by its holder; an open claim may be taken over while it is held by the
 * holder the taker saw.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys, Snapshotting {

    private record Entry(String fingerprint, Instant claimedAt, String holder, Instant leaseUntil,
                         Optional<IdempotencyRecord> completed) {

        boolean openFor(String someHolder) {
            return completed.isEmpty() && holder.equals(someHolder);
        }
    }

    private record Key(String scope, String key) {
    }

    private Map<Key, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(String scope, String key, String fingerprint, String holder, Instant at,
                                    Instant leaseUntil) {
        Entry existing = entries.get(new Key(scope, key));
        if (existing == null) {
            entries.put(new Key(scope, key), new Entry(fingerprint, at, holder, leaseUntil, Optional.empty()));
            return new Claim.Claimed();
        }
        return existing.completed().<Claim>map(Claim.Completed::new)
                .orElseGet(() -> new Claim.InProgress(existing.fingerprint(), existing.claimedAt(), existing.holder(),
                        existing.leaseUntil()));
    }

    @Override
    public synchronized boolean takeOver(String scope, String key, String fingerprint, String heldBy, String holder,
                                         Instant at, Instant leaseUntil) {
        Entry existing = entries.get(new Key(scope, key));
        boolean asSeen = existing != null && existing.openFor(heldBy) && existing.fingerprint().equals(fingerprint);
        if (asSeen) {
            entries.put(new Key(scope, key), new Entry(fingerprint, at, holder, leaseUntil, Optional.empty()));
        }
        return asSeen;
    }

    @Override
    public synchronized boolean renew(String scope, String key, String holder, Instant leaseUntil) {
        Entry existing = entries.get(new Key(scope, key));
        if (existing == null || !existing.openFor(holder)) {
            return false;
        }
        entries.put(new Key(scope, key), new Entry(existing.fingerprint(), existing.claimedAt(), holder, leaseUntil,
                Optional.empty()));
        return true;
    }

    @Override
    public synchronized void complete(String scope, String key, int responseStatus, byte[] responseBody) {
        Entry claimed = entries.get(new Key(scope, key));
        if (claimed == null || claimed.completed().isPresent()) {
            throw new IllegalStateException("key " + scope + "/" + key + " is not claimed and open");
        }
        entries.put(new Key(scope, key), new Entry(claimed.fingerprint(), claimed.claimedAt(), claimed.holder(),
                claimed.leaseUntil(), Optional.of(new IdempotencyRecord(scope, key, claimed.fingerprint(),
                responseStatus, responseBody, claimed.claimedAt()))));
    }

    @Override
    public synchronized void release(String scope, String key, String holder) {
        Entry claimed = entries.get(new Key(scope, key));
        if (claimed != null && claimed.openFor(holder)) {
            entries.remove(new Key(scope, key));
        }
    }

    @Override
    public synchronized int purgeCreatedBefore(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(entry -> entry.claimedAt().isBefore(cutoff));
        return before - entries.size();
    }

    /** Whether anyone holds {@code key}, finished or not. */
    public synchronized boolean isHeld(String scope, String key) {
        return entries.containsKey(new Key(scope, key));
    }

    /** When {@code key}'s current claim was made (or last taken over). */
    public synchronized Optional<Instant> claimedAt(String scope, String key) {
        return Optional.ofNullable(entries.get(new Key(scope, key))).map(Entry::claimedAt);
    }

    /** Until when {@code key}'s open claim is leased. */
    public synchronized Optional<Instant> leaseUntil(String scope, String key) {
        return Optional.ofNullable(entries.get(new Key(scope, key))).filter(entry -> entry.completed().isEmpty())
                .map(Entry::leaseUntil);
    }

    public synchronized Optional<IdempotencyRecord> completed(String scope, String key) {
        return Optional.ofNullable(entries.get(new Key(scope, key))).flatMap(Entry::completed);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries = new HashMap<>((Map<Key, Entry>) snapshot);
    }
}
