package dev.chit.bootstrap;

import dev.chit.adapters.persistence.DatabaseSettings;
import io.helidon.config.Config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything Chit reads from its configuration, read in one place: {@code application.yaml}
 * on the classpath, overridden by environment variables ({@code CHIT_DB_URL} for
 * {@code chit.db.url}) and system properties.
 */
public record ChitSettings(String host, int port, DatabaseSettings database, DemoDataMode demoData) {

    public static ChitSettings from(Config root) {
        Config chit = root.get("chit");
        String url = chit.get("db.url").asString().orElse("").strip();
        DatabaseSettings database = new DatabaseSettings(
                url.isEmpty() ? Optional.empty() : Optional.of(url),
                chit.get("db.user").asString().orElse(""),
                chit.get("db.password").asString().orElse(""),
                Path.of(chit.get("data.dir").asString().orElse("./data")),
                chit.get("db.pool.size").asInt().orElse(10));
        return new ChitSettings(
                chit.get("host").asString().orElse("0.0.0.0"),
                chit.get("port").asInt().orElse(8080),
                database,
                DemoDataMode.valueOf(chit.get("demo.data").asString().orElse("auto").strip().toUpperCase(Locale.ROOT)));
    }

    public ChitSettings withPort(int newPort) {
        return new ChitSettings(host, newPort, database, demoData);
    }
}
