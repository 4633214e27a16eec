package dev.chit.adapters.persistence.staff;

import dev.chit.adapters.persistence.sql.SqlFailures;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.EmailTaken;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Users and their memberships, in the tables {@code users} and {@code memberships}. */
public final class SqlUsers implements Users {

    private static final String INSERT_USER =
            "INSERT INTO users (id, email, name, password_hash, admin) VALUES (?, ?, ?, ?, ?)";
    private static final String USER_BY_ID =
            "SELECT id, email, name, password_hash, admin FROM users WHERE id = ?";
    private static final String USER_BY_EMAIL =
            "SELECT id, email, name, password_hash, admin FROM users WHERE email = ?";
    private static final String MEMBERSHIPS =
            "SELECT restaurant_id, role FROM memberships WHERE user_id = ? ORDER BY restaurant_id";
    private static final String CHANGE_ROLE =
            "UPDATE memberships SET role = ? WHERE user_id = ? AND restaurant_id = ?";
    private static final String INSERT_MEMBERSHIP =
            "INSERT INTO memberships (user_id, restaurant_id, role) VALUES (?, ?, ?)";
    private static final String COUNT = "SELECT COUNT(*) AS users FROM users";
    private static final String ANY_ADMIN = "SELECT COUNT(*) AS admins FROM users WHERE admin = TRUE";
    private static final String GRANT_ADMIN = "UPDATE users SET admin = TRUE WHERE id = ?";
    private static final String CHANGE_PASSWORD = "UPDATE users SET password_hash = ? WHERE id = ?";
    private static final String STAFF_OF = """
            SELECT u.id, u.email, u.name, u.password_hash, u.admin FROM users u
            JOIN memberships m ON m.user_id = u.id
            WHERE m.restaurant_id = ? ORDER BY u.name, u.id""";
    private static final String STAFF_PAGE = """
            SELECT u.id, u.email, u.name, u.password_hash, u.admin FROM users u
            JOIN memberships m ON m.user_id = u.id
            WHERE m.restaurant_id = ? AND (u.name > ? OR (u.name = ? AND u.id > ?))
            ORDER BY u.name, u.id LIMIT ?""";
    private static final String FIRST_STAFF_PAGE = """
            SELECT u.id, u.email, u.name, u.password_hash, u.admin FROM users u
            JOIN memberships m ON m.user_id = u.id
            WHERE m.restaurant_id = ? ORDER BY u.name, u.id LIMIT ?""";
    private static final String REMOVE_MEMBERSHIP = "DELETE FROM memberships WHERE user_id = ? AND restaurant_id = ?";
    // The restaurant's row stands for its staff list: staff changes of one restaurant queue on it.
    private static final String LOCK_STAFF = "SELECT id FROM restaurants WHERE id = ? FOR UPDATE";

    private final Statements sql;

    public SqlUsers(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void add(User user, PasswordHash passwordHash) {
        sql.inTransaction(() -> {
            try {
                sql.update("user-insert", INSERT_USER, user.id().value(), user.email(), user.name(),
                        passwordHash.encoded(), user.admin());
            } catch (RuntimeException failed) {
                if (SqlFailures.isUniqueViolation(failed)) {
                    throw new EmailTaken(user.email());
                }
                throw failed;
            }
            user.memberships().forEach(membership -> addMembership(user.id(), membership));
        });
    }

    @Override
    public Optional<User> find(UserId id) {
        return sql.inTransaction(() -> sql.get("user-by-id", USER_BY_ID, id.value()).map(this::user));
    }

    /** Emails are stored lower-case (see {@link User}), so the address asked for is too. */
    @Override
    public Optional<Credentials> findByEmail(String email) {
        String lowerCase = email.strip().toLowerCase(Locale.ROOT);
        return sql.inTransaction(() -> sql.get("user-by-email", USER_BY_EMAIL, lowerCase)
                .map(row -> new Credentials(user(row), new PasswordHash(text(row, "password_hash")))));
    }

    /** A user who already works at the restaurant gets the new role. */
    @Override
    public void addMembership(UserId userId, Membership membership) {
        UUID restaurantId = membership.restaurantId().value();
        sql.inTransaction(() -> {
            if (sql.update("membership-change-role", CHANGE_ROLE, membership.role(), userId.value(), restaurantId) == 0) {
                sql.update("membership-insert", INSERT_MEMBERSHIP, userId.value(), restaurantId, membership.role());
            }
        });
    }

    @Override
    public List<User> staffOf(RestaurantId restaurantId) {
        return sql.inTransaction(() -> sql.query("staff-of-restaurant", STAFF_OF, restaurantId.value()).stream()
                .map(this::user)
                .toList());
    }

    @Override
    public List<User> staffPage(RestaurantId restaurantId, Optional<StaffCursor> after, int limit) {
        return sql.inTransaction(() -> after
                .map(cursor -> sql.query("staff-page", STAFF_PAGE, restaurantId.value(), cursor.name(), cursor.name(),
                        cursor.id().value(), limit))
                .orElseGet(() -> sql.query("staff-first-page", FIRST_STAFF_PAGE, restaurantId.value(), limit))
                .stream()
                .map(this::user)
                .toList());
    }

    @Override
    public boolean removeMembership(UserId userId, RestaurantId restaurantId) {
        return sql.update("membership-delete", REMOVE_MEMBERSHIP, userId.value(), restaurantId.value()) > 0;
    }

    @Override
    public void lockStaffOf(RestaurantId restaurantId) {
        if (sql.get("staff-lock", LOCK_STAFF, restaurantId.value()).isEmpty()) {
            throw new NotFound("restaurant", restaurantId);
        }
    }

    @Override
    public long count() {
        return sql.get("users-count", COUNT).map(row -> longValue(row, "users")).orElse(0L);
    }

    @Override
    public boolean anyAdmin() {
        return sql.get("users-any-admin", ANY_ADMIN).map(row -> longValue(row, "admins")).orElse(0L) > 0;
    }

    @Override
    public void grantAdmin(UserId userId) {
        requireOne(sql.update("user-grant-admin", GRANT_ADMIN, userId.value()), userId);
    }

    @Override
    public void changePassword(UserId userId, PasswordHash passwordHash) {
        requireOne(sql.update("user-change-password", CHANGE_PASSWORD, passwordHash.encoded(), userId.value()), userId);
    }

    private static void requireOne(long updated, UserId userId) {
        if (updated != 1) {
            throw new IllegalStateException("user " + userId + " does not exist");
        }
    }

    private User user(DbRow row) {
        UUID id = uuid(row, "id");
        List<Membership> memberships = sql.query("user-memberships", MEMBERSHIPS, id).stream()
                .map(m -> new Membership(new RestaurantId(uuid(m, "restaurant_id")), enumValue(m, "role", Role.class)))
                .toList();
        return new User(new UserId(id), text(row, "email"), text(row, "name"), bool(row, "admin"), memberships);
    }
}
