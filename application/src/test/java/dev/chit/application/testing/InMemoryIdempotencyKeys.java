package dev.chit.application.testing;

import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.IdempotencyRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyKeys} in a map: claimed, then completed with a response, or released; an
 * open claim may be taken over while it is as the taker saw it.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys, Snapshotting {

    private record Entry(String fingerprint, Instant claimedAt, Optional<IdempotencyRecord> completed) {
    }

    private record Key(String scope, String key) {
    }

    private Map<Key, Entry> entries = new HashMap<>();

    @Override
    public Claim claim(String scope, String key, String fingerprint, Instant at) {
        Entry existing = entries.get(new Key(scope, key));
        if (existing == null) {
            entries.put(new Key(scope, key), new Entry(fingerprint, at, Optional.empty()));
            return new Claim.Claimed();
        }
        return existing.completed().<Claim>map(Claim.Completed::new)
                .orElseGet(() -> new Claim.InProgress(existing.fingerprint(), existing.claimedAt()));
    }

    @Override
    public boolean takeOver(String scope, String key, String fingerprint, Instant claimedAt, Instant at) {
        Entry existing = entries.get(new Key(scope, key));
        boolean asSeen = existing != null && existing.completed().isEmpty()
                && existing.fingerprint().equals(fingerprint) && existing.claimedAt().equals(claimedAt);
        if (asSeen) {
            entries.put(new Key(scope, key), new Entry(fingerprint, at, Optional.empty()));
        }
        return asSeen;
    }

    @Override
    public void complete(String scope, String key, int responseStatus, byte[] responseBody) {
        Entry claimed = entries.get(new Key(scope, key));
        if (claimed == null || claimed.completed().isPresent()) {
            throw new IllegalStateException("key " + scope + "/" + key + " is not claimed and open");
        }
        entries.put(new Key(scope, key), new Entry(claimed.fingerprint(), claimed.claimedAt(), Optional.of(
                new IdempotencyRecord(scope, key, claimed.fingerprint(), responseStatus, responseBody, claimed.claimedAt()))));
    }

    @Override
    public void release(String scope, String key) {
        Entry claimed = entries.get(new Key(scope, key));
        if (claimed != null && claimed.completed().isEmpty()) {
            entries.remove(new Key(scope, key));
        }
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(entry -> entry.claimedAt().isBefore(cutoff));
        return before - entries.size();
    }

    /** Whether anyone holds {@code key}, finished or not. */
    public boolean isHeld(String scope, String key) {
        return entries.containsKey(new Key(scope, key));
    }

    /** When {@code key}'s current claim was made (or last taken over). */
    public Optional<Instant> claimedAt(String scope, String key) {
        return Optional.ofNullable(entries.get(new Key(scope, key))).map(Entry::claimedAt);
    }

    public Optional<IdempotencyRecord> completed(String scope, String key) {
        return Optional.ofNullable(entries.get(new Key(scope, key))).flatMap(Entry::completed);
    }

    @Override
    public Object snapshot() {
        return new HashMap<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        entries = new HashMap<>((Map<Key, Entry>) snapshot);
    }
}
