package dev.chit.adapters.persistence;

import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the repository contracts: each is written once, against the ports, and run on every
 * database Chit supports by {@link RepositoryContract}'s subclasses.
 */
abstract class ContractBase {

    /** Skips the test when its database is unavailable (see {@link RepositoryContract}). */
    @BeforeEach
    void requireDatabase() {
        given();
    }

    /** Test data on the database under test. */
    protected abstract Fixtures given();

    protected Database database() {
        return given().database();
    }
}
