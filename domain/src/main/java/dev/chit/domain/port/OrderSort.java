package dev.chit.domain.port;

/** The order of a list of orders; ties on {@code placedAt} are broken by id. */
public enum OrderSort {
    OLDEST_FIRST,
    NEWEST_FIRST
}
