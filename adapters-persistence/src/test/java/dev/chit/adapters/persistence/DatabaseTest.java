package dev.chit.adapters.persistence;

import dev.chit.domain.restaurant.Restaurant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening and reopening the embedded database: what a restart of a small Chit does. */
class DatabaseTest {

    @Test
    void embeddedDatabase_createsItsDirectory_andKeepsItsDataAcrossRestarts(@TempDir Path temp) {
        Path dataDir = temp.resolve("data").resolve("chit");
        Restaurant restaurant = Fixtures.restaurant("Survives restarts");

        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            database.restaurants().add(restaurant);
            assertThat(database.isHealthy()).isTrue();
            assertThat(database.describe()).isEqualTo("embedded H2 at " + dataDir.toAbsolutePath().resolve("chit"));
        }
        assertThat(Files.isDirectory(dataDir)).isTrue();

        try (Database reopened = Database.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(reopened.restaurants().find(restaurant.id())).contains(restaurant);
        }
    }

    @Test
    void closedDatabase_isNotHealthy(@TempDir Path temp) {
        Database database = Database.open(DatabaseSettings.embedded(temp));
        database.close();

        assertThat(database.isHealthy()).isFalse();
    }
}
