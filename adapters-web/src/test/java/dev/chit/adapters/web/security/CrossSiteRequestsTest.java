package dev.chit.adapters.web.security;

import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteRequestsTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, localhost:8080, true",
            "http://LOCALHOST:8080, localhost:8080, true",
            "https://chit.example.com, chit.example.com, true",
            "https://chit.example.com, chit.example.com:443, true",
            "http://chit.example.com, chit.example.com:80, true",
            "http://[::1]:8080, [::1]:8080, true",
            "http://localhost:8081, localhost:8080, false",
            "https://chit.example.com, chit.example.com:80, false",
            "https://evil.example, chit.example.com, false",
            "https://chit.example.com.evil.example, chit.example.com, false",
            "null, localhost:8080, false",
            "file://, localhost:8080, false",
            "not a url, localhost:8080, false"})
    void anOriginIsSameOnlyWithTheSameHostAndPort(String origin, String host, boolean same) {
        assertThat(CrossSiteRequests.sameOrigin(origin, host)).isEqualTo(same);
    }

    @Test
    void behindAProxyThatRewritesHost_anUpgradeFromAPublicOrigin_isOurs_andAnotherSiteIsNot() {
        CrossSiteRequests rule = new CrossSiteRequests(false, Set.of("https://order.example.com"));

        assertThat(rule.allowedUpgrade(upgrade("chit-1.internal:8080", "https://order.example.com"))).isTrue();
        assertThat(rule.allowedUpgrade(upgrade("chit-1.internal:8080", "https://evil.example"))).isFalse();
        assertThat(new CrossSiteRequests(false, Set.of())
                .allowedUpgrade(upgrade("chit-1.internal:8080", "https://order.example.com"))).isFalse();
    }

    private static WritableHeaders<?> upgrade(String host, String origin) {
        return WritableHeaders.create().set(HeaderNames.HOST, host).set(HeaderNames.ORIGIN, origin);
    }
}
