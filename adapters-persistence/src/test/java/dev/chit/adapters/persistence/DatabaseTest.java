package dev.chit.adapters.persistence;

import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.restaurant.Restaurant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void anExhaustedPool_saysTheDatabaseIsUnavailable_afterItsTimeout_andServesAgainOnceAConnectionIsBack(
            @TempDir Path temp) throws Exception {
        Restaurant restaurant = Fixtures.restaurant("Two connections only");
        // Flyway needs two connections to migrate; the test then holds both.
        DatabaseSettings settings = DatabaseSettings.embedded(temp).withMaxPoolSize(2)
                .withPoolTimeout(Duration.ofMillis(300));
        try (Database database = Database.open(settings)) {
            database.restaurants().add(restaurant);
            CountDownLatch holding = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            List<CompletableFuture<Void>> holders = Stream.generate(() -> CompletableFuture.runAsync(
                    () -> database.transactions().inTransaction(() -> {
                        database.restaurants().find(restaurant.id());
                        holding.countDown();
                        awaitQuietly(release);
                        return null;
                    }), Thread::startVirtualThread)).limit(2).toList();
            holding.await();

            assertThatThrownBy(() -> database.restaurants().find(restaurant.id()))
                    .isInstanceOf(DatabaseUnavailable.class);
            assertThatThrownBy(() -> database.transactions().inTransaction(() -> database.restaurants().find(restaurant.id())))
                    .isInstanceOf(DatabaseUnavailable.class);
            assertThat(database.isHealthy()).isFalse();

            release.countDown();
            for (CompletableFuture<Void> holder : holders) {
                holder.get();
            }
            assertThat(database.restaurants().find(restaurant.id())).contains(restaurant);
            assertThat(database.isHealthy()).isTrue();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
