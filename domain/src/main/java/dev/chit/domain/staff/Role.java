package dev.chit.domain.staff;

/** A person's role in one restaurant. Managers can do all that staff can, and more. */
public enum Role {
    STAFF,
    MANAGER
}
