package dev.chit.adapters.web.auth;

import dev.chit.application.access.Caller;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;

import java.util.List;
import java.util.UUID;

/** The signed-in user: {@code {"id","email","name","memberships":[{"restaurantId","role"}],"admin"}}. */
record UserJson(UUID id, String email, String name, List<MembershipJson> memberships, boolean admin) {

    record MembershipJson(UUID restaurantId, Role role) {

        static MembershipJson of(Membership membership) {
            return new MembershipJson(membership.restaurantId().value(), membership.role());
        }
    }

    static UserJson of(Caller caller) {
        return new UserJson(caller.userId().value(), caller.email(), caller.name(),
                caller.memberships().stream().map(MembershipJson::of).toList(), caller.admin());
    }
}
