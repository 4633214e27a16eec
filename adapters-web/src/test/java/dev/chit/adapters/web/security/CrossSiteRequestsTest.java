package dev.chit.adapters.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
