package dev.chit.adapters.web.staff;

import dev.chit.application.staff.StaffMember;
import dev.chit.domain.staff.Role;

import java.util.List;
import java.util.UUID;

/** Someone of the restaurant's staff, with their role there. Never their password, nor its hash. */
record StaffMemberJson(UUID id, String email, String name, Role role) {

    static StaffMemberJson of(StaffMember member) {
        return new StaffMemberJson(member.id().value(), member.email(), member.name(), member.role());
    }

    /** A page of the staff, and where the next one starts ({@code null}: this is the last). */
    record PageJson(List<StaffMemberJson> items, String nextCursor) {
    }
}
