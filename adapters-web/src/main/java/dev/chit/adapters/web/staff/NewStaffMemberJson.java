package dev.chit.adapters.web.staff;

import dev.chit.adapters.web.support.Violations;
import dev.chit.application.staff.NewStaffMember;
import dev.chit.domain.staff.NewPassword;
import dev.chit.domain.staff.Role;

import java.util.Optional;

/**
 * Someone a manager adds. {@code name} and {@code password} make the account of someone new to
 * Chit; for someone who has one they may be left out, and are not used.
 */
record NewStaffMemberJson(String email, String name, String password, Role role) {

    // A password must not reach a log through a debugging print.
    @Override
    public String toString() {
        return "NewStaffMemberJson[email=" + email + ", name=" + name + ", password=***, role=" + role + "]";
    }

    /** @throws dev.chit.domain.error.InvalidInput listing every missing or invalid field */
    NewStaffMember toCommand() {
        Violations violations = new Violations();
        Optional<String> checkedEmail = violations.required(email, "email");
        Optional<Role> checkedRole = violations.required(role, "role");
        Optional<NewPassword> checkedPassword = Optional.ofNullable(password)
                .flatMap(given -> violations.attempt(() -> new NewPassword(given)));
        violations.throwIfAny();
        return new NewStaffMember(checkedEmail.orElseThrow(), Optional.ofNullable(name), checkedPassword,
                checkedRole.orElseThrow());
    }
}
