package dev.chit.adapters.persistence.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTest {

    @Test
    void testDatabaseUrl_pointsAtTheNewDatabase_onTheSameServer_withTheSameParameters() {
        assertThat(TestDatabases.databaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres", "chit_test_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/chit_test_1");
        assertThat(TestDatabases.databaseUrl("jdbc:postgresql://db:5433/admin?sslmode=require", "chit_test_2"))
                .isEqualTo("jdbc:postgresql://db:5433/chit_test_2?sslmode=require");
        assertThat(TestDatabases.databaseUrl("jdbc:postgresql://db", "chit_test_3"))
                .isEqualTo("jdbc:postgresql://db/chit_test_3");
    }
}
