package dev.chit.adapters.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    private static final Path DATA = Path.of("/var/lib/chit");

    @Test
    void noUrl_meansTheEmbeddedDatabase_inPostgresqlMode_underTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.embedded(DATA);

        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/var/lib/chit/chit;MODE=PostgreSQL;");
        assertThat(settings.effectiveUser()).isEqualTo("sa");
        assertThat(settings.describe()).isEqualTo("embedded H2 at /var/lib/chit/chit");
    }

    @Test
    void blankUrl_meansTheEmbeddedDatabase_too() {
        assertThat(new DatabaseSettings(Optional.of("  "), null, null, DATA, 5).isEmbedded()).isTrue();
    }

    @Test
    void postgresqlUrl_isUsedAsGiven() {
        DatabaseSettings settings = DatabaseSettings.postgres("jdbc:postgresql://db.internal:5432/chit", "chit",
                "s3cret", DATA);

        assertThat(settings.isEmbedded()).isFalse();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/chit");
        assertThat(settings.effectiveUser()).isEqualTo("chit");
        assertThat(settings.describe()).isEqualTo("PostgreSQL at jdbc:postgresql://db.internal:5432/chit");
    }

    @Test
    void passwords_neverShow_notEvenInTheUrl() {
        DatabaseSettings settings = DatabaseSettings.postgres(
                "jdbc:postgresql://db.internal/chit?user=chit&password=hunter2&ssl=true", "chit", "s3cret", DATA);

        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("hunter2").contains("password=***");
        assertThat(settings.describe()).doesNotContain("hunter2").contains("ssl=true");
    }

    @Test
    void otherDatabases_andEmptyPools_areRefused() {
        assertThatThrownBy(() -> DatabaseSettings.postgres("jdbc:mysql://db/chit?password=hunter2", "chit", "", DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseSettings.embedded(DATA).withMaxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseSettings.embedded(DATA).withPoolTimeout(java.time.Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 250 ms");
    }

    @Test
    void thePoolTimeout_isFiveSecondsUnlessSaidOtherwise() {
        assertThat(DatabaseSettings.embedded(DATA).poolTimeout()).isEqualTo(DatabaseSettings.DEFAULT_POOL_TIMEOUT)
                .isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(DatabaseSettings.embedded(DATA).withPoolTimeout(java.time.Duration.ofSeconds(1)).poolTimeout())
                .isEqualTo(java.time.Duration.ofSeconds(1));
    }
}
