package dev.chit.application.testing;

import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.EmailTaken;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link Users} in a map; emails are unique ignoring case, as in the database. */
public final class InMemoryUsers implements Users, Snapshotting {

    private Map<UserId, Credentials> users = new LinkedHashMap<>();

    @Override
    public synchronized void add(User user, PasswordHash passwordHash) {
        if (findByEmail(user.email()).isPresent()) {
            throw new EmailTaken(user.email());
        }
        if (users.containsKey(user.id())) {
            throw new IllegalStateException("user " + user.id() + " exists already");
        }
        users.put(user.id(), new Credentials(user, passwordHash));
    }

    @Override
    public synchronized Optional<User> find(UserId id) {
        return Optional.ofNullable(users.get(id)).map(Credentials::user);
    }

    @Override
    public synchronized Optional<Credentials> findByEmail(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return users.values().stream().filter(c -> c.user().email().equals(wanted)).findFirst();
    }

    @Override
    public synchronized void addMembership(UserId userId, Membership membership) {
        User user = existing(userId).user();
        List<Membership> memberships = new ArrayList<>(user.memberships().stream()
                .filter(m -> !m.restaurantId().equals(membership.restaurantId())).toList());
        memberships.add(membership);
        replace(new User(user.id(), user.email(), user.name(), user.admin(), memberships), existing(userId).passwordHash());
    }

    @Override
    public synchronized List<User> staffOf(RestaurantId restaurantId) {
        return users.values().stream().map(Credentials::user)
                .filter(user -> user.roleAt(restaurantId).isPresent())
                .sorted(Comparator.comparing(User::name)).toList();
    }

    @Override
    public synchronized List<User> staffPage(RestaurantId restaurantId, Optional<StaffCursor> after, int limit) {
        Comparator<User> byNameThenId = Comparator.comparing(User::name).thenComparing(user -> user.id().value());
        return users.values().stream().map(Credentials::user)
                .filter(user -> user.roleAt(restaurantId).isPresent())
                .filter(user -> after.map(cursor -> byNameThenId.compare(user,
                        new User(cursor.id(), "cursor@chit.test", cursor.name(), false, List.of())) > 0).orElse(true))
                .sorted(byNameThenId).limit(limit).toList();
    }

    @Override
    public synchronized boolean removeMembership(UserId userId, RestaurantId restaurantId) {
        User user = existing(userId).user();
        if (user.roleAt(restaurantId).isEmpty()) {
            return false;
        }
        replace(new User(user.id(), user.email(), user.name(), user.admin(), user.memberships().stream()
                .filter(m -> !m.restaurantId().equals(restaurantId)).toList()), existing(userId).passwordHash());
        return true;
    }

    /** Nothing to hold: in-memory tests run one caller at a time. */
    @Override
    public void lockStaffOf(RestaurantId restaurantId) {
    }

    @Override
    public synchronized long count() {
        return users.size();
    }

    @Override
    public synchronized boolean anyAdmin() {
        return users.values().stream().anyMatch(c -> c.user().admin());
    }

    @Override
    public synchronized void grantAdmin(UserId userId) {
        User user = existing(userId).user();
        replace(new User(user.id(), user.email(), user.name(), true, user.memberships()), existing(userId).passwordHash());
    }

    @Override
    public synchronized void changePassword(UserId userId, PasswordHash passwordHash) {
        replace(existing(userId).user(), passwordHash);
    }

    private Credentials existing(UserId userId) {
        Credentials credentials = users.get(userId);
        if (credentials == null) {
            throw new IllegalStateException("user " + userId + " was never added");
        }
        return credentials;
    }

    private void replace(User user, PasswordHash passwordHash) {
        users.put(user.id(), new Credentials(user, passwordHash));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(users);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        users = new LinkedHashMap<>((Map<UserId, Credentials>) snapshot);
    }
}
