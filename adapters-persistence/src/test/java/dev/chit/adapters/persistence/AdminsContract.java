package dev.chit.adapters.persistence;

import dev.chit.domain.port.Users.Credentials;
import dev.chit.domain.staff.PasswordHash;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What creating and promoting an admin needs of {@link dev.chit.domain.port.Users}. */
abstract class AdminsContract extends ContractBase {

    private static final PasswordHash OLD = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$b2xk$b2xk");
    private static final PasswordHash NEW = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$bmV3$bmV3");

    @Test
    void aUser_isPromotedToAdmin_andGetsANewPassword() {
        User user = new User(new UserId(UUID.randomUUID()), "promoted-" + UUID.randomUUID() + "@example.org",
                "Promoted", false, List.of());
        database().users().add(user, OLD);

        database().users().grantAdmin(user.id());
        database().users().changePassword(user.id(), NEW);

        Credentials found = database().users().findByEmail(user.email()).orElseThrow();
        assertThat(found.user().admin()).isTrue();
        assertThat(found.passwordHash()).isEqualTo(NEW);
        assertThat(database().users().anyAdmin()).isTrue();
    }

    @Test
    void changingAnUnknownUser_isAnError() {
        UserId nobody = new UserId(UUID.randomUUID());

        assertThatThrownBy(() -> database().users().grantAdmin(nobody)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database().users().changePassword(nobody, NEW))
                .isInstanceOf(IllegalStateException.class);
    }
}
