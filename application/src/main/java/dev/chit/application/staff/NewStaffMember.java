package dev.chit.application.staff;

import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone a manager adds to the restaurant. Name and password make a new user's account; for a
 * person who has one already (the same email) they are not used: a manager of one restaurant
 * must not be able to rename or re-key someone who also works elsewhere.
 */
public record NewStaffMember(String email, Optional<String> name, Optional<NewPassword> password, Role role) {

    public NewStaffMember {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }
}
