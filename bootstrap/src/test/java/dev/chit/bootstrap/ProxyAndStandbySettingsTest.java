package dev.chit.bootstrap;

import dev.chit.adapters.persistence.ReplicaSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code CHIT_PUBLIC_ORIGINS}, {@code CHIT_CORS_ORIGINS} and {@code CHIT_DB_REPLICA_*} as the start reads them. */
class ProxyAndStandbySettingsTest {

    private static ChitSettings from(Map<String, String> values) {
        return ChitSettings.from(Config.just(ConfigSources.create(values)));
    }

    @Test
    void origins_areRead_inTheFormBrowsersSend() {
        ChitSettings settings = from(Map.of("chit.public.origins", "https://Order.Example.com",
                "chit.cors.origins", "https://harbour-lane.example, http://localhost:5173"));

        assertThat(settings.signIn().security().publicOrigins()).containsExactly("https://order.example.com");
        assertThat(settings.signIn().security().guestOrigins())
                .containsExactlyInAnyOrder("https://harbour-lane.example", "http://localhost:5173");
        assertThat(from(Map.of()).signIn().security().guestOrigins()).as("no cross-origin by default").isEmpty();
    }

    @Test
    void aMalformedOrigin_stopsTheStart_sayingWhichSettingAndWhy() {
        assertThatThrownBy(() -> from(Map.of("chit.public.origins", "order.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHIT_PUBLIC_ORIGINS").hasMessageContaining("order.example.com")
                .hasMessageContaining("scheme://host[:port]");
        assertThatThrownBy(() -> from(Map.of("chit.cors.origins", "https://shop.example/order")))
                .hasMessageContaining("CHIT_CORS_ORIGINS");
    }

    @Test
    void theStandby_signsInAsThePrimary_unlessToldOtherwise() {
        ReplicaSettings standby = from(Map.of("chit.db.url", "jdbc:postgresql://db1/chit", "chit.db.user", "chit",
                "chit.db.password", "secret", "chit.db.replica.url", "jdbc:postgresql://db2/chit")).replica().orElseThrow();

        assertThat(standby.user()).isEqualTo("chit");
        assertThat(standby.password()).isEqualTo("secret");
        assertThat(standby.maxLag()).isEqualTo(Duration.ofSeconds(10));
        assertThat(standby.toString()).doesNotContain("secret");

        ReplicaSettings own = from(Map.of("chit.db.url", "jdbc:postgresql://db1/chit", "chit.db.replica.url",
                "jdbc:postgresql://db2/chit", "chit.db.replica.user", "reader", "chit.db.replica.password", "other",
                "chit.db.replica.max.lag.seconds", "3")).replica().orElseThrow();
        assertThat(own.user()).isEqualTo("reader");
        assertThat(own.maxLag()).isEqualTo(Duration.ofSeconds(3));
        assertThat(from(Map.of()).replica()).isEmpty();
    }

    @Test
    void aStandbyThatIsNotPostgres_stopsTheStart() {
        assertThatThrownBy(() -> from(Map.of("chit.db.replica.url", "jdbc:h2:mem:x")))
                .hasMessageContaining("CHIT_DB_REPLICA_URL");
    }
}
